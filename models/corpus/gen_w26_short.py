"""Writer w26: the shortest human mail -- phones, busy managers, chatty recruiters, founders, agencies,
and messages whose subject carries the meaning. One to three sentences of new text, every label."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w26_kit as K  # noqa: E402
import _w26_say as S  # noqa: E402
import _w26_world as W  # noqa: E402

FAMILY_PREFIX = "w26short"


def say(rng: random.Random, intent: str, ctx: dict) -> dict:
    if intent.startswith("neg:"):
        return S.neg_employer(rng, ctx, intent[4:] or None)
    return getattr(S, intent)(rng, ctx)


PHONE = {"rejection": 3, "rejection_reason": 2, "rejection_feedback": 3, "invite": 7, "invite_resched": 2,
         "ack": 4, "offer": 4, "rejection_plus_invite": 1, "interview_cancel_filled": 1,
         "neg:reminder": 3, "neg:late": 3, "neg:thanks_today": 3, "neg:status": 3, "neg:booked": 1,
         "neg:onboarding": 3, "neg:cant_share": 1}
MGR = {"rejection": 2, "rejection_feedback": 4, "feedback_midprocess": 2, "invite": 6, "offer": 4,
       "rejection_reason": 2, "interview_cancel_filled": 1, "rejection_praise_only": 1, "neg:thanks_today": 4,
       "neg:late": 3, "neg:reminder": 3, "neg:status": 2, "neg:onboarding": 2}
CHAT = {"invite": 6, "rejection": 2, "rejection_feedback": 2, "offer": 3, "ack": 3, "rejection_plus_invite": 2,
        "ack_invite": 1, "neg:status": 4, "neg:closed_before": 3, "neg:late": 2, "neg:reminder": 3,
        "neg:webinar": 2, "neg:thanks_noted": 2}
FOUNDER = {"invite": 5, "offer": 4, "rejection": 2, "rejection_feedback": 2, "rejection_reason": 2,
           "ack": 2, "neg:thanks_today": 3, "neg:onboarding": 3, "neg:status": 2, "neg:late": 2}
AGENCY = {"rejection": 3, "rejection_reason": 2, "rejection_feedback": 3, "invite": 5, "offer": 2,
          "neg:status": 4, "neg:closed_before": 4, "neg:reminder": 2, "neg:cant_share": 2, "neg:late": 1}


def human(rng: random.Random, family: str, n: int, weights: dict, style: str) -> dict:
    ctx = K.make_ctx(rng)
    intent = K.pick_weighted(rng, weights)
    company: str | None = ctx["co"]
    agency = None
    if style == "agency":
        agency = rng.choice(W.AGENCIES)
        ctx["agency"] = True
        if rng.random() < 0.55:
            ctx["co_named"] = True
        else:
            ctx["co_named"] = False
            company = None
            ctx["client"] = "the client"
            ctx["co"] = rng.choice(["the client", "the firm", "the team"])
    said = say(rng, intent, ctx)
    if style == "agency" and not ctx["co_named"] and intent == "rejection_plus_invite":
        said = S.rejection(rng, ctx)
    lines = list(said["lines"])
    if style in ("chat", "founder") or (style == "phone" and rng.random() < 0.3):
        lines = [K.chatty(rng, x) for x in lines]
    greet = K.fill(rng.choice(K.GREET_CHAT if style == "chat" else K.GREET), ctx)
    parts = [greet] if greet else []
    parts.append(K.join_lines(rng, lines))
    if style == "phone":
        sign = K.fill(rng.choice(K.SIGN_HUMAN), ctx)
        tail = [sign] if sign else []
        tail.append(rng.choice(K.DEVICE))
        addr_dom = ctx["dom"] if rng.random() < 0.75 else None
    elif style == "mgr":
        tail = [K.fill(rng.choice(["— {sender_first}", "{sender_first}", "Thanks\n{sender_first}", ""]), ctx)]
        if rng.random() < 0.55:
            tail.append(K.sig_block(rng, ctx))
        if rng.random() < 0.3:
            tail.append(K.legal(rng, ctx))
        addr_dom = ctx["dom"]
    elif style == "chat":
        tail = [rng.choice(K.CHAT_END) + (" " + ctx["sender_first"] if rng.random() < 0.4 else "")]
        addr_dom = ctx["dom"] if rng.random() < 0.7 else None
    elif style == "founder":
        tail = [K.fill(rng.choice(["{sender_first}", "— {sender_first}, founder @ {co}", "{sender_first} ({co})",
                                   "Sent from my phone\n{sender_first}"]), ctx)]
        addr_dom = ctx["dom"]
    else:  # agency
        tail = [K.fill(rng.choice(K.SIGN_HUMAN), ctx)]
        tail.append(f"{ctx['sender_first']} {ctx['sender_last']} | {rng.choice(['Senior Consultant', 'Recruiter', 'Director', 'Talent Consultant'])}\n{agency[0]}")
        if rng.random() < 0.4:
            tail.append(K.legal(rng, {**ctx, "co": agency[0]}))
        addr_dom = agency[1]
    parts += [t for t in tail if t.strip()]
    body = "\n\n".join(parts) if rng.random() < 0.7 else "\n".join(parts)
    if addr_dom:
        from_addr = W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], addr_dom)
    else:
        from_addr = W.personal_addr(rng, ctx["sender_first"], ctx["sender_last"])
        if company and ctx["co"] not in body and style != "agency":
            # a personal address with nothing naming the employer: say who it is in the signature
            body += f"\n{ctx['sender_first']} @ {ctx['co']}"
    fname = rng.choice([f"{ctx['sender_first']} {ctx['sender_last']}", ctx["sender_first"],
                        f"{ctx['sender_last']}, {ctx['sender_first']}", f"{ctx['sender_first']} ({ctx['co']})"
                        if style != "agency" else f"{ctx['sender_first']} | {agency[0]}"])
    subj = K.subject(rng, said["subjects"], ctx)
    return K.record(family, n, from_name=fname, from_addr=from_addr, to_addr=ctx["cand_addr"], subject=subj,
                    body_text=body, said=said, company=company)


# the subject carries the meaning; the body is a token
SUBJLINE = [
    (["rejection"], [], [], ["Unsuccessful – {role} ({req})", "{role}: not this time", "Re: {role} — sorry, it's a no",
                             "Your {co} application – unsuccessful", "No go on {role} 😕"],
     ["Sorry.", "As above, sorry {first}.", "Best of luck.", "Sorry — all the best.", "."]),
    (["rejection"], [], ["role_filled"], ["{role} – filled, sorry", "Re: {role}: we've hired"], ["Sorry!", "Best, {sender_first}"]),
    (["rejection"], [], ["budget_freeze"], ["{role} on hold – hiring freeze, so it's a no for now"], ["Sorry, not our call.", "Gutted."]),
    (["rejection", "feedback"], ["technical_depth"], [], ["Re: {role} — no, they wanted more depth on {tech}"], ["Sorry!", "Sorry {first}"]),
    (["rejection", "feedback"], ["communication"], [], ["{role}: a no — answers were hard to follow, per panel"], ["Sorry.", "Happy to chat."]),
    (["interview_invite"], [], [], ["Interview {day} {time}?", "Call {day} re {role}?", "Final round – can you do {day}?",
                                    "Coffee w/ the team {day}?", "Phone screen this week?"],
     ["Let me know.", "?", "Lmk", "Ta", "Works?"]),
    (["offer"], [], [], ["Offer – {role}", "Your offer letter ({co})", "Offer! {role} 🎉", "Verbal offer: {sal}k, {role}"],
     ["Attached. Congrats!", "See attached 🎉", "Call me.", "Details inside."]),
    (["application_ack"], [], [], ["Application received – {role}", "Got your CV", "Received: {role} ({req})"],
     ["Thanks.", "👍", "Will read this week."]),
    ([], [], [], ["Running late", "See you at {time}", "Thanks for today", "Still waiting on HM", "Interview tmrw {time} – confirmed",
                  "Accepted: Interview with {first} {cand_last}", "Role's closed, sorry (before you applied)",
                  "Need your passport copy for right-to-work", "Still under review"],
     ["", "Sorry!", "👍", "Cheers", "—{sender_first}", "Thanks"]),
]


def subjline(rng: random.Random, family: str, n: int) -> dict:
    ctx = K.make_ctx(rng)
    idx = rng.choices(range(len(SUBJLINE)), weights=[4, 1, 1, 1, 1, 5, 3, 3, 14])[0]
    labels, topics, reasons, subjects, bodies = SUBJLINE[idx]
    said = {"labels": labels, "topics": topics, "reasons": reasons}
    body = S.fill(rng.choice(bodies), ctx)
    if rng.random() < 0.4:
        body = (body + "\n\n" + rng.choice(K.DEVICE)).strip()
    return K.record(family, n, from_name=rng.choice([f"{ctx['sender_first']} {ctx['sender_last']}", ctx["sender_first"]]),
                    from_addr=W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], ctx["dom"]),
                    to_addr=ctx["cand_addr"], subject=S.fill(rng.choice(subjects), ctx), body_text=body,
                    said=said, company=ctx["co"])


def subjline_sent(rng: random.Random, family: str, n: int) -> dict:
    ctx = K.make_ctx(rng)
    if rng.random() < 0.5:
        said = {"labels": ["feedback_request"], "topics": [], "reasons": []}
        subj = S.fill(rng.choice(["Feedback on my interview?", "Re: {role} – any feedback?", "Any pointers? ({role})",
                                  "Feedback please – {role}"]), ctx)
        body = rng.choice(["Would really appreciate it.", "Thanks in advance.", "", "Even a line would help.", "🙏"])
    else:
        said = {"labels": [], "topics": [], "reasons": []}
        subj = S.fill(rng.choice(["Thanks for today!", "Re: Offer – accepted!", "Withdrawing – {role}",
                                  "Re: Interview – Tuesday works", "CV – {role}", "Re: {role} – any news?"]), ctx)
        body = rng.choice(["", "Thanks!", "{first}", "Speak soon.", "Best, {first}"]).format(first=ctx["first"])
    return K.record(family, n, folder="Sent", from_name=f"{ctx['first']} {ctx['cand_last']}", from_addr=ctx["cand_addr"],
                    to_addr=W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], ctx["dom"]), subject=subj,
                    body_text=body, said=said, company=ctx["co"])


def generate(rng: random.Random) -> Iterable[dict]:
    plan = [("phone", PHONE, 66), ("mgr", MGR, 60), ("chat", CHAT, 56), ("founder", FOUNDER, 40),
            ("agency", AGENCY, 52)]
    for style, weights, count in plan:
        fam = f"{FAMILY_PREFIX}-{style}"
        for i in range(count):
            yield human(rng, fam, i, weights, style)
    for i in range(34):
        yield subjline(rng, f"{FAMILY_PREFIX}-subjline", i)
    for i in range(16):
        yield subjline_sent(rng, f"{FAMILY_PREFIX}-subjsent", i)
