"""Writer w30: the candidate's Sent folder. Requests for feedback after a no (feedback_request),
and everything else a job seeker sends that decides nothing (thanks, withdrawals, accepting,
scheduling replies, applications, chasers).
"""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w30sent"

import _w30_kit as K
import _w30_rec as R
W = K.W
S = K.S

ASK_EXTRA = [
    "I'm applying for similar jobs and want to make sure I don't repeat the same mistakes.",
    "I thought the second conversation went well, so I'm curious what I missed.",
    "Even a couple of bullet points would be brilliant.",
    "I know you're busy, so a quick reply is plenty.",
    "Happy to jump on a five-minute call instead if that's easier than writing it down.",
    "Specifically, I wasn't sure how the take-home landed.",
]
SENT_NEG = {
    "thanks": ["Thanks so much for your time today. I really enjoyed meeting {other} and hearing about the {role} team.",
               "Just a quick thank-you for this morning. The conversation about your roadmap was fascinating, and I'm even keener now.",
               "Thanks for having me in. Let me know if there's anything else you need from me."],
    "withdraw": ["I wanted to let you know I've accepted another position, so I'd like to withdraw from the {role} process. Thanks for everything.",
                 "After a lot of thought I've decided to pull out of the running for {role}; the commute just isn't going to work for me.",
                 "Please take me out of consideration for {role}. It's nothing to do with {co}, my circumstances have changed."],
    "accept": ["Thank you! I'm delighted to accept. Signed contract attached, and {day} works for a start date.",
               "I'm very happy to say yes. Could you let me know what you need from me for onboarding?",
               "Great news, and yes, I'd love to join. I'll hand in my notice tomorrow."],
    "decline": ["Thank you for the generous terms. After a lot of thought I've decided to stay where I am, so I'll have to say no.",
                "I really appreciate it, but I've accepted a role closer to home, so I'll decline with thanks."],
    "schedule": ["{day} at {time} works well for me. See you then.",
                 "Thanks! I've booked the 2:30 slot on {day}.",
                 "Could we do {day2} instead? {day} clashes with something at my current job.",
                 "Confirmed, I'll join the video call at {time}."],
    "apply": ["Please find attached my CV and cover letter for the {role} position advertised on your website.",
              "I'd like to apply for the {role} role ({ref}). I've spent four years doing very similar work and would love to bring that to {co}.",
              "I saw the {role} job on LinkedIn and I'm attaching my CV. I'm available to start with a month's notice."],
    "chase": ["Just checking in on the {role} role. Is there any update on timelines?",
              "I hope you're well. I wanted to follow up on my application for {role}, which I sent a couple of weeks ago.",
              "Any news from the team after Thursday? No pressure, just keen to know where things stand."],
    "thanks_fb": ["Thanks for taking the time to send such detailed notes. That's really helpful and I'll work on the design side.",
                  "Really appreciate the honest feedback. It makes sense, and I'll bear it in mind."],
    "refs": ["As requested, here are my two referees: {other} (my current manager) and my previous team lead. Both know to expect a call.",
             "Attached are my right-to-work documents and the signed consent form for the background check."],
}
QUOTED_REJ = [
    "Hi {fn},\n\nWe've had a long think and we're going to keep looking for {role}. Thanks for your time.\n\n{me}",
    "Dear {fn},\n\nThank you for your interest in {co}. We will not be taking your application further.\n\nKind regards,\n{me}",
    "Hi {fn}, the team landed on someone else for this one. Sorry! {me}",
    "Dear {fn},\n\nUnfortunately we have decided not to move forward with your application.\n\nThe {co} team",
]


def generate(rng: random.Random) -> Iterable[dict]:
    # two families of feedback requests, one of everyday sent mail
    for fam, count in (("askshort", 27), ("askletter", 23)):
        f = R.Family(FAMILY_PREFIX, fam)
        for _ in range(count):
            c = K.Ctx(rng, "casual" if fam == "askshort" else rng.choice(["uk", "stiff", "ca", "ie"]))
            parts = []
            if fam == "askshort":
                parts.append(f"Hi {c.me},")
                lines = [c.f(rng.choice(S.ASK_OPEN)), c.f(rng.choice(S.ASK))]
                if rng.random() < 0.4:
                    lines.append(c.f(rng.choice(ASK_CLOSE_SHORT)))
                parts.append(" ".join(lines))
                parts.append(rng.choice([c.fn, f"Thanks,\n{c.fn}", f"Cheers\n{c.fn}", f"{c.fn}\n\n{rng.choice(W.MOBILE)}"]))
            else:
                parts.append(rng.choice([f"Dear {c.me},", f"Dear {c.me} {c.mel},", f"Hello {c.me},"]))
                parts.append(c.f(rng.choice(S.ASK_OPEN)) + " " + c.f(rng.choice(ASK_EXTRA)))
                parts.append(c.f(rng.choice(S.ASK)) + (" " + c.f(rng.choice(ASK_EXTRA)) if rng.random() < 0.5 else ""))
                parts.append(c.f(rng.choice(S.ASK_CLOSE)))
                parts.append(f"{rng.choice(W.SIGNOFF[c.reg])}\n{c.fn} {c.ln}\n{rng.choice(['', 'linkedin.com/in/' + c.fn.lower() + c.ln.lower(), '+353 87 ' + str(rng.randint(1000000, 9999999))])}".rstrip())
            body = "\n\n".join(parts)
            if rng.random() < 0.7:
                body += "\n\n" + W.quote(rng, c.f(rng.choice(QUOTED_REJ)), f"{c.me} {c.mel}", f"{c.me.lower()}@{W.domain(c.co)}")
                subj = "Re: " + c.f(rng.choice(K.SUBJ_SHARED))
            else:
                subj = c.f(rng.choice(["Feedback on my application?", "{role} - a quick favour", "Following up on {role}",
                                       "Thank you, and a question", "Any pointers?"]))
            yield f.record(folder="Sent", from_name=f"{c.fn} {c.ln}", from_addr=c.cand_addr,
                           to_addr=f"{c.me.lower()}@{W.domain(c.co)}", subject=subj, body=body,
                           labels=["feedback_request"], company=c.co)
    f = R.Family(FAMILY_PREFIX, "outbox")
    for _ in range(50):
        c = K.Ctx(rng, "casual")
        kind = rng.choice(list(SENT_NEG))
        text = c.f(rng.choice(SENT_NEG[kind]))
        greet = rng.choice([f"Hi {c.me},", f"Dear {c.me},", f"Hello {c.me},", f"{c.me},", "Dear Hiring Manager,"])
        sign = rng.choice([c.fn, f"Best,\n{c.fn}", f"Kind regards,\n{c.fn} {c.ln}", f"Thanks,\n{c.fn}"])
        body = "\n\n".join([greet, text, sign])
        subj = c.f(rng.choice(K.SUBJ_SHARED))
        if kind not in ("apply",) and rng.random() < 0.55:
            old = {"thanks": S.INVITE, "schedule": S.INVITE, "accept": S.OFFER, "decline": S.OFFER,
                   "thanks_fb": ["Your system design answers stayed at a high level, so we went with someone else."],
                   }.get(kind, S.FILLER)
            body += "\n\n" + W.quote(rng, f"Hi {c.fn},\n\n" + c.f(rng.choice(old)) + f"\n\n{c.me}", f"{c.me} {c.mel}", f"{c.me.lower()}@{W.domain(c.co)}")
            subj = "Re: " + subj
        elif kind == "apply":
            subj = c.f(rng.choice(["Application: {role}", "{role} ({ref}) - {fn} {ln}".replace("{ln}", c.ln), "CV for {role}"]))
        yield f.record(folder="Sent", from_name=f"{c.fn} {c.ln}", from_addr=c.cand_addr,
                       to_addr=f"{c.me.lower()}@{W.domain(c.co)}", subject=subj, body=body, labels=[], company=c.co)


ASK_CLOSE_SHORT = ["No stress if not!", "Totally fine if you can't.", "Thanks either way.", "Appreciate it 🙏"]
