"""w22: the candidate's Sent folder - replies typed on a phone to notifications, texts and calls.

Family sentreply: feedback requests after a rejection (often answering a forwarded voicemail,
a platform message or a one-line subject), and the everyday Sent mail around them (thank-you
notes, slot picks, withdrawals, accepting or declining an offer, applications sent).
Labels describe the candidate's new text only; quoted history never decides.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w22_bank import slug, Counter, date_str, make_ctx, pick, qp_wrap, record, weighted  # noqa: E402
from _w22_say import say  # noqa: E402

FAMILY_PREFIX = "w22sent"

FBQ_OPEN = [
    "Thanks for letting me know, {rf}.", "Hi {rf}, thanks for the update - disappointing, but I appreciate you telling me.",
    "Got your voicemail, thanks for calling rather than just emailing.", "Thank you for getting back to me about the {r} role.",
    "Sorry I missed your call earlier - I listened to the message.", "Hi {rf}, understood.",
    "Hello {rf}, I received the decision on {r}.",
]
FBQ_ASK = [
    "Would you be able to share any feedback on my interview? Even a couple of lines would help.",
    "Is there anything the panel felt I could have done better? I'd value an honest view.",
    "If you have a moment, could you tell me what tipped the decision? I'm keen to improve for next time.",
    "Could I ask for some feedback on the technical round in particular?",
    "Any pointers on where my application fell short would be much appreciated.",
    "Would it be possible to have a short call about what I could work on?",
    "I'd be grateful for any feedback on the case study - I wasn't sure how it landed.",
    "Was there something specific in my CV or the interviews that held me back?",
]
FBQ_CLOSE = ["Thanks again for your time.", "Hope to cross paths again.", "Best, {cf}", "Cheers, {cf}", "Kind regards\n{cf} {cl}",
             "Thanks!", "All the best,\n{cf}", "Sent from my phone, excuse typos"]

SENT_NEG = {
    "thanks": ["Hi {rf}, thanks again for your time today - I really enjoyed hearing about the team's plans for the platform.",
               "Thank you for the conversation this morning. Looking forward to hearing about next steps.",
               "Just wanted to say thanks for showing me around the office today!"],
    "slot": ["Thursday at 2pm works perfectly for me, thank you.", "Yes, {when} is fine - I'll join from the link in the invite.",
             "Thanks for the voicemail! Tuesday morning suits me for the interview, any time after 10.", "Booked the 11:30 slot via the link, see you then."],
    "withdraw": ["Hi {rf}, I wanted to let you know I've accepted another offer, so I'd like to withdraw from the {r} process. Thank you for everything.",
                 "After a lot of thought I'm going to withdraw my application for {r} - the commute would be too much. Sorry for the late notice."],
    "accept": ["I'm delighted to accept the offer for {r}! Signed contract attached.", "Yes!! Happy to accept - thank you so much. Looking forward to starting on {start}."],
    "decline": ["Thank you so much for the offer. After careful thought I've decided to decline, as I've accepted a role closer to home."],
    "apply": ["Please find attached my CV and cover letter for the {r} position ({req}).", "Hi {rf}, as discussed on the phone, here is my CV for the {r} role."],
    "personal": ["running late, save me a seat", "Can you send me the photos from Saturday?", "Did you get my text about Sunday?"],
    "followup": ["Hi {rf}, just checking whether there's any news on the {r} role? Thanks!", "Hello, I applied for {r} three weeks ago - is the role still open?"],
}
SENT_NEG_COMPANY = {"thanks", "slot", "withdraw", "accept", "decline", "apply", "followup"}
TABLE = [("fbq", 50), ("thanks", 8), ("slot", 8), ("withdraw", 6), ("accept", 6), ("decline", 3), ("apply", 7), ("personal", 3), ("followup", 6)]
QUOTED_INTENT = {"fbq": "rej", "slot": "inv", "accept": "offer", "decline": "offer", "thanks": None, "withdraw": None, "apply": None,
                 "personal": None, "followup": None}


def sentreply(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(97):
        ctx = make_ctx(rng)
        ctx["p"] = pick(rng, ["Linkfolio", "ProNexus", "Careerloop", "Worklane"])
        k = weighted(rng, TABLE)
        if k == "fbq":
            parts = [pick(rng, FBQ_OPEN), pick(rng, FBQ_ASK), pick(rng, FBQ_CLOSE)]
            if rng.random() < 0.3:
                parts = parts[1:]
            new = "\n\n".join(parts).format(**ctx)
            labels, comp = ["feedback_request"], ctx["c"]
        else:
            new = pick(rng, SENT_NEG[k]).format(**ctx)
            if rng.random() < 0.5 and k != "personal":
                new += "\n\n" + pick(rng, FBQ_CLOSE).format(**ctx)
            labels, comp = [], (ctx["c"] if k in SENT_NEG_COMPANY else None)
        qi = QUOTED_INTENT[k]
        quote = ""
        if qi and rng.random() < 0.75:
            paras, *_ = say(qi, ctx, rng)
            old = "\n".join(paras)
            style = rng.randrange(3)
            if style == 0:
                quote = f"On {date_str(rng)} at {ctx['time']}, {ctx['rf']} {ctx['rl']} <{slug(ctx['rf'])}@{ctx['dom']}> wrote:\n" + "\n".join("> " + ln for ln in old.split("\n"))
            elif style == 1:
                quote = (f"From: {ctx['rf']} {ctx['rl']} <{slug(ctx['rf'])}@{ctx['dom']}>\nSent: {date_str(rng)} {ctx['time']}\nTo: {ctx['cf']} {ctx['cl']}\n"
                         f"Subject: {ctx['r']}\n\n{old}")
            else:
                quote = f"---- {ctx['p']} notification ----\n{ctx['rf']} {ctx['rl']} sent you a message:\n\"{old}\""
        body = new + ("\n\n" + quote if quote else "")
        if rng.random() < 0.2:
            body = qp_wrap(body, rng)
        subj = pick(rng, [f"Re: {ctx['r']}", f"RE: Your application - {ctx['r']}", f"Re: {ctx['rf']} sent you a message", "Re: Voicemail",
                          f"{ctx['r']} - {ctx['cf']} {ctx['cl']}", "Re: Update", "Feedback?" if k == "fbq" else "Re: next steps", f"AW: {ctx['r']}"])
        fam = "sentquoted" if quote else "sentbare"
        yield record(FAMILY_PREFIX, fam, cnt.next(fam), folder="Sent", from_name=f"{ctx['cf']} {ctx['cl']}",
                     from_addr=ctx["caddr"], to_addr=f"{slug(ctx['rf'])}@{ctx['dom']}", subject=subj, body_text=body,
                     labels=labels, company=comp)


def generate(rng: random.Random) -> Iterable[dict]:
    cnt = Counter()
    yield from sentreply(rng, cnt)
