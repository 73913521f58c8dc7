"""w32 (early careers): the student's own Sent mail (feedback requests after rejected internships,
thank-yous, accepting/declining offers, withdrawals, scheduling replies, applications) and the
employers' replies to feedback requests (real feedback, or a polite 'we can't share').
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w32_en as E  # noqa: E402
import _w32_kit as K  # noqa: E402
from _w32_compose import _ctx, fmt  # noqa: E402

FAMILY_PREFIX = "w32sent"
P = K.pick

QUOTED = {
    "fbreq": ["Thank you for attending our {stage}. Unfortunately, we will not be offering you a place on the {prog} this year. We wish you the best of luck.",
              "We regret to inform you that your application for the {role} internship has been unsuccessful.",
              "Thanks for your time on the {stage}. The team has decided not to progress your application further."],
    "thanks": ["Looking forward to meeting you on {date} at {time}."],
    "accept": ["We are delighted to offer you a place on the {prog}. Please let us know your decision by {date}."],
    "decline": ["We are pleased to offer you the {role} internship starting in June."],
    "withdraw": ["You are invited to our assessment centre on {date}."],
    "schedule": ["We'd like to invite you to a first-round interview. Are you available on {date} at {time}?",
                 "Please let us know a convenient time for a 30-minute call with the hiring manager."],
    "applied": [""],
}


def _sent_family(rng: random.Random, fam: str, plan: list[str], casual: bool) -> Iterable[dict]:
    for n, kind in enumerate(plan, 1):
        co = P(rng, K.ALL_COMPANIES)
        cf, cl = K.person(rng)
        sf, sl = K.person(rng)
        c = _ctx(rng, co, cf, sf, sl)
        dom = K.domain(co)
        rec_name, rec_addr = P(rng, [(f"{sf} {sl}", f"{K.ascii_local(sf)}.{K.ascii_local(sl)}@{dom}"),
                                     (f"{co} Early Careers", f"earlycareers@{dom}"), (f"{co} Graduate Recruitment", f"graduates@{dom}")])
        old_subj = fmt(P(rng, E.REJ_SUBJ if kind == "fbreq" else E.OFFER_SUBJ if kind in ("accept", "decline") else E.INV_AC_SUBJ), c)
        c["subj"] = old_subj
        subj_t, cores = E.SENT[kind]
        subj = fmt(P(rng, subj_t), c)
        core = fmt(P(rng, cores), c)
        if casual:
            greet = P(rng, [f"Hi {sf},", "Hi,", "Hello,", f"hey {sf.lower()},"])
            sign = P(rng, [f"Thanks,\n{cf}", f"cheers\n{cf}", cf, f"Thanks so much!\n{cf}\n\nSent from my iPhone"])
            if kind == "fbreq" and rng.random() < 0.5:
                core = core.replace("I'd be really grateful", "i'd really appreciate").replace("Thanks for", "thanks for")
        else:
            greet = P(rng, [f"Dear {sf},", f"Dear {sf} {sl},", "Dear Graduate Recruitment Team,", "Dear Hiring Team,"])
            sign = P(rng, [f"Kind regards,\n{cf} {cl}", f"Best wishes,\n{cf} {cl}\nBSc Economics, {c['uni']}",
                           f"Yours sincerely,\n{cf} {cl}\n{P(rng, ['+44 7700 9', '+61 412 ', '+65 9', '+353 87 '])}{rng.randrange(10000, 99999)}"])
        body = "\n\n".join(x for x in [greet, core, sign] if x)
        q = P(rng, QUOTED[kind])
        if q and rng.random() < 0.8:
            old = f"Dear {cf},\n\n" + fmt(q, c) + f"\n\nKind regards,\n{rec_name}"
            if rng.random() < 0.5:
                body += "\n\n" + K.quote_gmail(old, P(rng, K.QUOTE_WHEN), rec_name, rec_addr)
            else:
                body += "\n\n" + K.quote_outlook(old, P(rng, K.QUOTE_WHEN), rec_name, rec_addr, K.student_addr(rng, cf, cl), old_subj)
        labels = ["feedback_request"] if kind == "fbreq" else []
        if kind == "applied":
            rec_name, rec_addr = P(rng, [(f"{co} Careers", f"careers@{dom}"), ("", f"hr@{dom}"), (f"{sf} {sl}", f"{K.ascii_local(sf)}@{dom}")])
        yield K.rec(fam, n, folder="Sent", from_name=f"{cf} {cl}", from_addr=K.student_addr(rng, cf, cl),
                    to_addr=rec_addr, subject=subj, body_text=body, labels=labels, company=co)


FB_REPLY_OPEN = [
    "Thanks for getting in touch and for asking - it's a great sign that you want to learn from the process.",
    "Of course, happy to share what the assessors wrote.",
    "I've spoken to the team who interviewed you, and here is what they said.",
    "Thank you for your message. I've pulled together the notes from your assessment centre.",
    "Apologies for the slow reply - it's been a busy season. Here's the feedback from your interview.",
]
FB_REPLY_CLOSE = [
    "I hope this is useful, and I'd really encourage you to apply again next year.",
    "Best of luck with the rest of your applications.",
    "Please don't be discouraged - it was a strong application overall.",
    "",
]


def _reply_family(rng: random.Random) -> Iterable[dict]:
    fam = "w32sent-employerreply"
    plan = ["fb"] * 20 + ["fb_rej"] * 4 + ["cantshare"] * 8 + ["callback"] * 4
    rng.shuffle(plan)
    for n, kind in enumerate(plan, 1):
        co = P(rng, K.ALL_COMPANIES)
        cf, cl = K.person(rng)
        sf, sl = K.person(rng)
        c = _ctx(rng, co, cf, sf, sl)
        dom = K.domain(co)
        to = K.student_addr(rng, cf, cl)
        labels: list[str] = []
        topics: list[str] = []
        if kind in ("fb", "fb_rej"):
            topics = rng.sample(list(E.FB_WEAK), 1 if rng.random() < 0.5 else 2)
            bits = [fmt(P(rng, E.FB_PRAISE), c)] + [fmt(P(rng, E.FB_WEAK[t]), c) for t in topics]
            if rng.random() < 0.5:
                core = [P(rng, FB_REPLY_OPEN), " ".join(b for b in bits if b)]
            else:
                core = [P(rng, FB_REPLY_OPEN)] + [f"- {b}" for b in bits if b]
                core = [core[0], "\n".join(core[1:])]
            labels = ["feedback"]
            if kind == "fb_rej":
                core.insert(0, fmt(P(rng, E.REJ_CORE), c))
                labels.append("rejection")
            core.append(P(rng, FB_REPLY_CLOSE))
            req = fmt(P(rng, E.SENT["fbreq"][1]), c) if kind == "fb" else f"Hi, I haven't heard anything since my {c['stage']} - is there any news on my application?"
        elif kind == "cantshare":
            core = [fmt(P(rng, E.NEG_EMP["cantshare"][1]), c), P(rng, ["We wish you the very best with your search.", "Thank you again for your interest in us.", ""])]
            req = fmt(P(rng, E.SENT["fbreq"][1]), c)
        else:
            core = [P(rng, [f"Happy to help. Feedback is best given over the phone - could you let me know a good time for a 10-minute call next week?",
                            f"Thanks for asking. The interview panel is away until {c['date']}; I'll collect their notes and come back to you then."])]
            req = fmt(P(rng, E.SENT["fbreq"][1]), c)
        body = "\n\n".join(x for x in [P(rng, [f"Hi {cf},", f"Dear {cf},"])] + core +
                           [P(rng, [f"Best,\n{sf} {sl}\nGraduate Recruitment, {co}", f"Kind regards,\n{sf}", f"Thanks,\n{sf} {sl} | Early Careers Advisor"])] if x)
        body += "\n\n" + (K.quote_gmail if rng.random() < 0.5 else lambda t, w, nm, a: K.quote_outlook(t, w, nm, a, f"{K.ascii_local(sf)}@{dom}", "Feedback"))(
            f"Dear {sf},\n\n{req}\n\nMany thanks,\n{cf}", P(rng, K.QUOTE_WHEN), f"{cf} {cl}", to)
        subj = P(rng, ["Re: Request for feedback", "RE: Feedback on my application", f"Re: {c['prog']} - feedback?", "Re: Application update"])
        yield K.rec(fam, n, from_name=f"{sf} {sl}", from_addr=f"{K.ascii_local(sf)}.{K.ascii_local(sl)}@{dom}",
                    to_addr=to, subject=subj, body_text=body, labels=labels, company=co, topics=topics)


def generate(rng: random.Random) -> Iterable[dict]:
    formal = ["fbreq"] * 19 + ["thanks"] * 5 + ["accept"] * 5 + ["decline"] * 5 + ["withdraw"] * 5 + ["schedule"] * 6 + ["applied"] * 5
    casual = ["fbreq"] * 15 + ["thanks"] * 4 + ["accept"] * 5 + ["decline"] * 3 + ["withdraw"] * 4 + ["schedule"] * 6 + ["applied"] * 3
    rng.shuffle(formal)
    rng.shuffle(casual)
    yield from _sent_family(rng, "w32sent-formal", formal, casual=False)
    yield from _sent_family(rng, "w32sent-casual", casual, casual=True)
    yield from _reply_family(rng)
