"""w38: the candidate's Sent folder (US/CA/AU/NZ/IE idiom): feedback requests after a rejection,
and the mail around them that asks for nothing of the kind: thank-you notes, scheduling replies,
withdrawals, accepting an offer, applications and questions to HR, notes to referees."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w38_engine as E  # noqa: E402
import _w38_kit as K  # noqa: E402

FAMILY_PREFIX = "w38sent"

FBREQ_OPEN = [
    "Thank you for letting me know the outcome for {role}.",
    "Thanks for your email - disappointing news, but I appreciate you telling me promptly.",
    "I received the notice of results for {ref} today.",
    "Thanks for the call yesterday about the {role} position.",
    "I understand the panel has made its decision on {role}.",
    "Thanks for getting back to me, even if it wasn't the news I was hoping for.",
]
FBREQ_ASK = [
    "Would it be possible to get some feedback on my application and interview? I'd like to understand where I could strengthen my responses to the selection criteria.",
    "If the panel has a few minutes, I'd really value any feedback on how I could improve for future rounds.",
    "Could you share any comments from the panel? Even a couple of dot points would help.",
    "Is there anything in my interview you'd suggest I work on? I'm keen to apply for similar roles in the department.",
    "I'd be grateful for a short phone call to go over the panel's assessment, if that's something you offer.",
    "Any feedback on where I fell short would be much appreciated - particularly on the technical questions.",
    "Would you be willing to tell me what separated the successful candidate from my application?",
    "I'd love to know what I could have done better in the presentation.",
]
FBREQ_CLOSE = ["Thanks again for your time.", "I hope to cross paths again.", "Many thanks.",
               "I'd still love to work with {org} one day.", ""]

OTHER = {
    "thanks": [("Thank you - {role} interview", "Thank you for meeting with me today about the {role} position. I enjoyed hearing about the team's plans for the next year and I'm excited about the chance to contribute. Please let me know if you need anything further from me.")],
    "sched": [("Re: Invitation to interview - {role}", "Thanks so much for the invitation. {date} at {time} works well for me - I'll see you then."),
              ("Re: {role} - next steps", "Happy to chat! I'm free most mornings next week, or {date} after 2. Let me know what suits."),
              ("Re: Interview: {ref}", "Confirming I'll attend the panel interview on {date}. Could you let me know if there's parking on site?")],
    "withdraw": [("Withdrawal of application - {ref}", "I'd like to withdraw my application for {role}. I have accepted another position and don't want to take up the panel's time. Thank you for considering me."),
                 ("Re: {role}", "Thanks for the update. After some thought I've decided to withdraw from the process - the commute wouldn't work for my family. All the best with the search.")],
    "accept": [("Re: Offer of employment - {role}", "I'm delighted to accept the offer for {role}. I've signed and attached the letter of offer. I can start on {date}."),
               ("Acceptance - {role}", "Thank you for the offer. I'm pleased to accept and look forward to starting on {date}. Please let me know what you need for the pre-employment checks.")],
    "apply": [("Application - {role} ({ref})", "Please find attached my resume and a statement addressing the selection criteria for the {role} position. I look forward to hearing from you."),
              ("{role} application", "Hi, I'd like to apply for the {role} role advertised on your website. My CV is attached. I've spent six years in similar roles and would love to bring that experience to {org}.")],
    "ask": [("Question about {ref}", "Could you confirm whether the {role} position is open to permanent residents, or only to citizens? Thanks."),
            ("Salary range for {role}?", "Before I apply, could you let me know the salary band and whether the role is hybrid?")],
    "referee": [("Heads up - reference check", "Hi {p1f}, hope you're well! I've just interviewed for {role} at {org} and gave your name as a referee. They may call you this week. Thanks so much again.")],
}
OTHER_W = {"thanks": 5, "sched": 6, "withdraw": 4, "accept": 4, "apply": 5, "ask": 2, "referee": 3}

SIGNOFF = {"formal": ["Kind regards,\n{me}", "Sincerely,\n{me}\n{phone}", "Regards,\n{me}", "Yours faithfully,\n{me}"],
           "casual": ["Thanks,\n{mef}", "Cheers,\n{mef}", "Best,\n{mef}", "{mef}", "Ngā mihi,\n{mef}"],
           "thread": ["Thanks,\n{mef}", "Kind regards,\n{me}", "Cheers\n{mef}\n\nSent from my iPhone"]}


def generate(rng: random.Random) -> Iterable[dict]:
    plan = [("formal", 44), ("casual", 40), ("thread", 46)]
    for style, count in plan:
        family = f"{FAMILY_PREFIX}-{style}"
        for n in range(count):
            region = rng.choice(["us", "ca", "au", "nz", "ie"])
            emp = K.employer(rng, region)
            region = emp[1]
            cand = K.candidate(rng)
            ctx = E.ctx_for(rng, region, emp, cand)
            ctx.update(last=cand[1], me=f"{cand[0]} {cand[1]}", mef=cand[0], p1f=ctx["p1"].split(" ")[0], phone=E.phone(rng, region))
            to_name, to_addr = E.sender(rng, rng.choice(["letter", "portal"]), emp, ctx)
            fbreq = rng.random() < 0.36
            greet = rng.choice([f"Dear {ctx['p1'].split(' ')[0]},", f"Hi {ctx['p1'].split(' ')[0]},", "Hello,",
                                "Dear Hiring Manager,", f"Dear {ctx['p1']},", "Hi there,"])
            if fbreq:
                body = "\n\n".join([K.pick(rng, FBREQ_OPEN, ctx),
                                    K.para(K.pick(rng, FBREQ_ASK, ctx), K.maybe(rng, 0.4, FBREQ_ASK, ctx)),
                                    K.pick(rng, FBREQ_CLOSE, ctx)])
                subj = rng.choice([f"Feedback request - {ctx['role']}", f"Re: Outcome of your application - {ctx['role']}",
                                   f"Request for feedback: {ctx['ref']}", "Re: Application outcome", f"Re: {ctx['role']}"])
                labels = ["feedback_request"]
                quoted_kind = rng.choice(["rej", "rej_oc"])
            else:
                kind = rng.choices(list(OTHER_W), list(OTHER_W.values()))[0]
                subj, body = rng.choice(OTHER[kind])
                subj, body = K.fill(subj, ctx), K.fill(body, ctx)
                labels = []
                quoted_kind = {"sched": "inv", "accept": "offer", "withdraw": "ack", "thanks": None}.get(kind)
                if kind == "withdraw" and rng.random() < 0.5:
                    quoted_kind = "inv"
            text = f"{greet}\n\n{body}\n\n" + K.fill(rng.choice(SIGNOFF[style]), ctx)
            if region != "nz":
                text = text.replace("Ngā mihi", "Cheers")
            text = K.spell(text.replace("\n\n\n\n", "\n\n"), region)
            if quoted_kind and (style == "thread" or rng.random() < 0.35):
                q = E.kind_body(rng, quoted_kind, ctx)
                qtext = E.wrap(rng, "letter", region, ctx, q["paras"], True)
                if not subj.startswith("Re:"):
                    subj = "Re: " + q["subj"]
                text += "\n\n" + K.quote_block(rng, qtext, to_name, to_addr, region, q["subj"], cand[2])
            company = emp[0]
            yield K.record(FAMILY_PREFIX, family, n, folder="Sent", from_name=f"{cand[0]} {cand[1]}", from_addr=cand[2],
                           to_addr=to_addr, subject=K.spell(subj, region), body_text=text, labels=labels, company=company)
