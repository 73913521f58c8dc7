"""w15: short replies typed over quoted history (phone, Outlook, Gmail).

The new text is one to three lines; the quoted part is the earlier mail of the thread and never
decides the label (a reply quoting an old invitation that only confirms has no label).
"""

from __future__ import annotations

import random
from collections.abc import Iterable

import _w15_compose as C
import _w15_neg as N
import _w15_say as S
import _w15_world as W

FAMILY_PREFIX = "w15thread"
PER_FAMILY = 44

# (quoted kind, new-text kind, labels, weight)
SCENARIOS = [
    ("chase", "rej", ["rejection"], 4),
    ("chase", "wait", [], 5),
    ("chase", "inv", ["interview_invite"], 4),
    ("chase", "offer", ["offer"], 3),
    ("fbreq", "fb", ["feedback"], 7),
    ("fbreq", "cant", [], 4),
    ("invite", "confirm", [], 6),
    ("invite", "late", [], 3),
    ("invite", "resched", ["interview_invite"], 4),
    ("invite", "cancel", ["rejection"], 3),
    ("apply", "ack", ["application_ack"], 3),
    ("apply", "ackinv", ["application_ack", "interview_invite"], 2),
    ("apply", "filled", ["rejection"], 2),
    ("thankyou", "thanks", [], 4),
    ("thankyou", "offer", ["offer"], 2),
    ("thankyou", "rej", ["rejection"], 2),
    ("accept", "onboard", [], 3),
    ("salary", "noted", [], 2),
]

NEW = {
    "rej": ["Ah sorry {cand}, should've told you sooner — they've gone with someone else.",
            "Bad news I'm afraid, it's a no. Sorry mate.",
            "Hi {cand}, the hiring manager's decided not to take it further. Sorry it's not better news.",
            "They've picked another candidate. Gutted for you, honestly.",
            "Sorry — we've decided not to move forward. Thanks for sticking with the process.",
            "Afraid we're passing on this one, {cand}. Good luck with everything."],
    "wait": ["Nothing yet, sorry! Still waiting on {other} to sign off.", "No news, they've extended the shortlisting by a week.",
             "Still with the panel, I'll chase Monday.", "Haven't heard, will nudge them today."],
    "inv": ["Good timing — they want to see you! Can you do {day} at {time}?",
            "Yes! Next step is a chat with {other}, pick a slot: {link}",
            "They'd like you in for a second round, how's {day} looking?",
            "Was just about to email — can you do a 30 min video call {day}?"],
    "offer": ["Was about to ring you — they want to offer you the job! Letter to follow today.",
              "Great news: offer coming your way, {sal}. Can I call you at {time} to go through it?",
              "You got it! We'd love to offer you the role, paperwork on its way.",
              "Short answer: yes, we're offering. Formal letter attached."],
    "fb": None,  # built from WEAK
    "cant": ["Sorry {cand}, we're not able to give individual feedback. It was very close.",
             "Afraid company policy is no written feedback, sorry. Best of luck.",
             "Honestly nothing specific — lots of good applicants, it just went the other way."],
    "confirm": ["Perfect, see you then.", "Great, booked in 👍", "Lovely, that works. See you {day}.", "Confirmed, thanks!"],
    "late": ["Running 10 late, sorry!!", "On my way down now, two mins.", "Zoom crashed, rejoining, bear with."],
    "resched": ["Sorry {cand}, can we push this to {day} {time}? Something's come up.",
                "Need to move this one, apologies — here's a link to rebook: {link}",
                "Could we do {time} instead of the original time? {other} can't make it earlier."],
    "cancel": ["Really sorry {cand}, I have to cancel — they filled the role internally this morning.",
               "Apologies, we'll need to cancel the interview. The position has been withdrawn after a budget review.",
               "I'm so sorry, the role's been pulled completely so there's nothing to interview for any more."],
    "ack": ["Got it, thanks — will have a look this week.", "Received, cheers! I'll come back to you shortly.",
            "Thanks {cand}, CV received and passed to {other}.", "Got your application, thank you. Will be in touch."],
    "ackinv": ["Thanks, got it! Could you do a quick call {day} so I can tell you more?",
               "Received, thanks. First step is a short online test, link here: {link}"],
    "filled": ["Thanks for sending this through, but sorry, we filled it on Monday.",
               "Appreciate it, but I'm afraid the job's already gone to someone else — should've taken the ad down."],
    "thanks": ["Thanks {cand}, was great to meet you too. We'll be in touch next week.",
               "Pleasure! Speak soon.", "Likewise, thanks for the note."],
    "onboard": ["Amazing, welcome aboard! I'll send the starter pack tomorrow.",
                "So pleased! HR will be in touch with contract and IT bits.",
                "Brilliant. First day details to follow, you'll start with an induction at 9."],
    "noted": ["Thanks, noted. That's within range so all good.", "Cheers, I'll pass that on to {other}."],
}

CANCEL_OC = {0: ["role_filled"], 1: ["role_cancelled", "budget_freeze"], 2: ["role_cancelled"]}


def _quoted(kind: str, c: dict, rng: random.Random) -> tuple[str, str, str]:
    """Return (quoted text, who wrote it, old subject)."""
    cand = f"{c['cand']} {c['cand_last']} <{c['cand_addr']}>"
    me = f"{c['me']} {c['me_last']}"
    if kind == "invite":
        txt = f"Hi {c['cand']},\n\n" + C.fill(rng.choice(S.INVITE), c) + "\n\n" + c["me"]
        return txt, me, C.fill(rng.choice(["Interview - {r}", "Next steps", "{r} chat"]), c)
    if kind == "fbreq":
        old_no = C.fill(rng.choice(S.NO), c)
        txt = f"Hi {c['me']},\n\n" + rng.choice(N.FB_REQUEST) + f"\n\nThanks,\n{c['cand']}"
        if rng.random() < 0.5:
            txt += "\n\n" + W.quote(f"Hi {c['cand']},\n{old_no}\n{c['me']}", me, rng).replace("{subj}", c["r"])
        return txt, cand, C.fill(rng.choice(["{r}", "Update", "Your application"]), c)
    mapping = {"chase": "chase", "apply": "apply", "thankyou": "thankyou", "accept": "accept", "salary": None}
    if kind == "salary":
        txt = f"Hi {c['me']},\n\nI'm looking for around {c['sal']}, and my notice period is a month.\n\n{c['cand']}"
        return txt, cand, "Quick question"
    subs, lines, _ = N.SENT_NEG[mapping[kind]]
    txt = f"Hi {c['me']},\n\n" + C.fill(rng.choice(lines), c) + f"\n\nBest,\n{c['cand']} {c['cand_last']}"
    return txt, cand, C.fill(rng.choice(subs), c)


def generate(rng: random.Random) -> Iterable[dict]:
    for style in ("mobile", "outlook", "gmail"):
        fam = f"{FAMILY_PREFIX}-{style}"
        for n in range(PER_FAMILY):
            c = C.ctx(rng)
            qk, nk, labels, _ = rng.choices(SCENARIOS, weights=[s[3] for s in SCENARIOS])[0]
            topics: list[str] = []
            oc: list[str] = []
            if nk == "fb":
                k = rng.choice([1, 1, 2, 2, 3])
                ts = rng.sample(list(S.WEAK), k)
                topics = ts
                lead = rng.choice(["Of course. ", "Sure — ", "Happy to. ", "Fair question. ", ""])
                new = lead + rng.choice(S.FB_INTRO) + " " + " ".join(rng.choice(S.WEAK[t]) for t in ts)
                if rng.random() < 0.4:
                    new = rng.choice(S.PRAISE) + " " + new
            else:
                i = rng.randrange(len(NEW[nk]))
                new = NEW[nk][i]
                if nk == "cancel":
                    oc = CANCEL_OC[i]
                if nk == "filled":
                    oc = ["role_filled"]
                if nk == "rej" and rng.random() < 0.3:
                    reason = rng.choice(list(S.REASON))
                    new += " " + rng.choice(S.REASON[reason])
                    oc = [reason]
            new = C.vary(C.fill(new, c), rng, 0.1)
            qtext, who, oldsub = _quoted(qk, c, rng)
            if style == "mobile":
                body = new + "\n\n" + rng.choice(W.MOBILE) + "\n\n" + W.quote(qtext, who, rng)
            elif style == "outlook":
                sig = f"{c['me']} {c['me_last']}\n{c['title']} | {c['co']}"
                body = f"Hi {c['cand']},\n\n{new}\n\n{rng.choice(['Regards', 'Thanks', 'Best'])},\n{sig}\n\n"
                body += "-----Original Message-----\n" if rng.random() < 0.4 else "________________________________\n"
                body += (f"From: {who}\nSent: {rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, "
                         f"{rng.choice(W.MONTHS)} {rng.randint(1, 28)}, 2026 {rng.randint(8, 17)}:{rng.randint(10, 59)}\n"
                         f"To: {c['me'] if who.startswith(c['cand']) else c['cand']}\nSubject: {oldsub}\n\n{qtext}")
                if rng.random() < 0.3:
                    body = body.replace(sig, sig + "\n\n" + W.footer(c["co"], rng, c["coobj"]["tld"]), 1)
            else:
                greet = rng.choice(["Hi {cand},\n\n", "{cand} -\n\n", "", "Hey {cand}!\n\n"])
                body = C.fill(greet, c) + new + "\n\n" + rng.choice(["{me}", "Cheers,\n{me}", "x {me}", "— {me}"]).format(**c)
                body += "\n\n" + W.quote(qtext, who, rng)
            body = body.replace("{subj}", oldsub)
            subj = (rng.choice(["Re: ", "RE: ", "Re: ", "AW: "]) if style != "mobile" or rng.random() < 0.9 else "") + oldsub
            from_name, from_addr = C.sender(c, rng, "terse")
            company = c["co"]
            yield C.record(fam, n, folder="INBOX", from_name=from_name, from_addr=from_addr, to_addr=c["cand_addr"],
                           subj=subj, body=C.tidy(body), labels=labels, company=company, topics=topics, oc=oc,
                           rng=rng, html_rate=0.1 if style == "mobile" else 0.25)
