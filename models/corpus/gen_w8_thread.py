"""Writer w8: INBOX replies from recruiters and hiring managers that quote the candidate's
earlier mail (Gmail "On ... wrote:" and Outlook header blocks). Only the new text decides the
label: feedback answering a feedback request is feedback, a polite no-feedback answer is a plain
reply, a confirmation quoting an old invitation is no invitation."""

from __future__ import annotations

import importlib
import random
from typing import Iterable


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


C = _load("_w8_compose")
S = _load("_w8_sent")
kit, L = C.kit, C.L

FAMILY_PREFIX = "w8thr"

NO_FB_REPLY = [
    "I did ask, but {co} have a strict policy of not sharing interview feedback, sorry. It really was close from what I could tell.",
    "Unfortunately we're not able to give individual feedback - we had a very strong shortlist and it came down to fine margins.",
    "Sadly I couldn't get anything useful out of them beyond 'we had a lot of great candidates'. Sorry {me}.",
    "hi - our legal team doesn't let us share feedback after interviews, I know that's frustrating. wishing you luck",
]
CONFIRM_REPLY = [
    "Perfect, you're booked in for {day} at {time}. See you then!",
    "Great, I've let {hm} know. The calendar invite is on its way.",
    "confirmed 👍 speak {day}",
    "Thanks {me}, all locked in. Any questions before then just shout.",
]
PENDING_REPLY = [
    "No news yet - they're seeing two more people this week. I'll update you as soon as I hear.",
    "Still waiting on them I'm afraid, {hm} has been travelling. Should be early next week.",
    "Your application is still being reviewed, thanks for your patience!",
]
WITHDRAW_REPLY = [
    "Thanks for letting me know and congrats on the new role! I'll update {co}.",
    "Sorry to lose you from the process but totally understand. Best of luck!",
]
# kind -> (what the candidate wrote earlier, labels of the new text)
KINDS = {"fb": 15, "nofb": 14, "rej": 8, "offer": 6, "inv": 10, "confirm": 10, "pending": 8, "withdraw": 4, "rej_fb": 6}
QUOTED = {"fb": "fbreq", "nofb": "fbreq", "rej": "status", "offer": "status", "inv": "apply", "confirm": "schedule",
          "pending": "status", "withdraw": "withdraw", "rej_fb": "status"}


def _candidate_text(rng: random.Random, kind: str) -> str:
    if kind == "fbreq":
        return kit.join_paras([rng.choice(S.FBREQ_OPEN), rng.choice(S.FBREQ_ASK), rng.choice(S.FBREQ_CLOSE)])
    bank = {"status": S.STATUS_CHASE, "apply": S.APPLY, "schedule": S.SCHEDULE, "withdraw": S.WITHDRAW}[kind]
    return rng.choice(bank)


def thread_message(rng: random.Random, family: str, n: int, outlook: bool, kind: str) -> dict:
    ctx = C.employer_ctx(rng)
    style = rng.choice(["agency_uk", "agency_us", "phone", "hm", "founder", "ramble"])
    p = C.persona(rng, style, ctx)
    ctx["agency"] = p["agency"] or ctx["co"]
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    if kind in ("fb", "rej", "offer", "inv", "rej_fb"):
        paras, labels, topics, outside = C.core(rng, kind, bool(p["agency"]))
    else:
        bank = {"nofb": NO_FB_REPLY, "confirm": CONFIRM_REPLY, "pending": PENDING_REPLY, "withdraw": WITHDRAW_REPLY}[kind]
        paras = [rng.choice(bank)]
    body = C.wrap(rng, p, paras, ctx, short=rng.random() < 0.5)
    cand_text = kit.join_paras([rng.choice(S.SENT_HI), _candidate_text(rng, QUOTED[kind]), ctx["me"]])
    ctx["rec"] = p["first"]
    cand_text = kit.fill(cand_text, ctx)
    base_subj = kit.fill(rng.choice(["{role} - {co}", "Your application to {co}", "{co} update", "Interview - {role}",
                                     "feedback?", "Update", "{role} ({req})"]), ctx)
    if outlook:
        q = kit.quote_outlook(rng, ctx["me_full"], ctx["me_addr"], p["from_addr"], base_subj, cand_text)
    else:
        q = kit.quote_gmail(rng, ctx["me_full"], ctx["me_addr"], cand_text)
    if rng.random() < 0.3:
        q = "\n".join(q.split("\n")[:8]) + ("\n> ..." if not outlook else "\n[...]")
    body = body + "\n\n" + q
    subject = kit.dress_subject(rng, base_subj, reply=True)
    co = ctx["co"]
    company = co if (co in subject or co in body or not p["agency"]) else None
    return kit.record(FAMILY_PREFIX, family, n, folder="INBOX", lang="en", from_name=p["from_name"],
                      from_addr=p["from_addr"], to_addr=ctx["me_addr"], subject=subject, body=body, labels=labels,
                      company=company, topics=topics, outside=outside)


def generate(rng: random.Random) -> Iterable[dict]:
    for family, outlook, count in (("gmailquote", False, 45), ("outlookquote", True, 40)):
        for n, kind in enumerate(C.quota(rng, KINDS, count)):
            yield thread_message(rng, family, n, outlook, kind)
