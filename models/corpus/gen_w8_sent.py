"""Writer w8: the candidate's own Sent mail in many tones - feedback requests (short, long,
chasers, replies quoting the rejection), thank-yous, withdrawals, acceptances, negotiations,
scheduling replies, applications and status chasers."""

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

FAMILY_PREFIX = "w8snt"

WEIGHTS = {"fbreq": 29, "thanks": 10, "withdraw": 8, "accept": 6, "decline": 2, "negotiate": 6, "schedule": 11,
           "apply": 8, "status": 8, "rej_noask": 8, "pitch_reply": 4}
NONNATIVE = {
    "ask": ["I would like to kindly ask if you can share the feedback about my interview.",
            "Could you please tell me the reasons of the decision, so I can improve myself?",
            "Please, if possible, send me some feedback about my performance in the technical round.",
            "I will be grateful if you can provide me the feedback regarding my application."],
    "open": ["Thank you for your email and the information.", "I am sorry to hear this, but I understand the decision.",
             "Thank you for the update, I appreciate it very much."],
    "bye": ["Best regards,", "Thanks and regards,", "Kind regards,", "With regards,", "Pozdrawiam,", "Viele Grüße,"],
}
SUBJ = {
    "fbreq": ["Re: {role} - {co}", "Re: Your application to {co}", "Feedback request - {role}", "Re: {co} update",
              "feedback?", "Re: Update", "Request for feedback", "Re: Outcome - {role}", "{co} interview feedback"],
    "thanks": ["Thank you", "Re: Interview - {role}", "Thanks for today", "Following up - {role} interview"],
    "withdraw": ["Withdrawing my application", "Re: {role} at {co}", "{co} process", "Re: Next steps"],
    "accept": ["Re: Offer - {role}", "Acceptance", "Re: {co} - great news", "Signed offer"],
    "decline": ["Re: Offer - {role}", "Re: Your offer from {co}"],
    "negotiate": ["Re: Offer - {role}", "question about the offer", "Re: {co} - great news"],
    "schedule": ["Re: Interview - {role}", "Re: Next steps", "Re: {co} want to meet you!", "Re: Quick call?"],
    "apply": ["Application: {role}", "{role} - {me_full}", "CV for {role} ({req})", "Application for {role}"],
    "status": ["Re: {role} application", "any news?", "Following up - {role}", "Re: {co} update"],
    "rej_noask": ["Re: {co} update", "Re: Update", "Re: Your application to {co}"],
    "pitch_reply": ["Re: Opportunity at {co} - {role}", "Re: quick q"],
}
BANK = {"thanks": S.THANKS_AFTER, "withdraw": S.WITHDRAW, "accept": S.ACCEPT, "decline": S.DECLINE_OFFER,
        "negotiate": S.NEGOTIATE, "schedule": S.SCHEDULE, "apply": S.APPLY, "status": S.STATUS_CHASE,
        "rej_noask": S.REPLY_REJ_NOASK, "pitch_reply": S.REPLY_PITCH}
# What the other side said, for replies that quote it.
QUOTED_SOURCE = {"fbreq": ("rej", None), "thanks": (None, None), "withdraw": (None, None), "accept": ("offer", None),
                 "decline": ("offer", None), "negotiate": ("offer", None), "schedule": ("inv", None),
                 "apply": (None, None), "status": (None, None), "rej_noask": ("rej", None), "pitch_reply": (None, "pitch")}


def _fbreq_body(rng: random.Random, tone: str) -> str:
    if tone == "brief":
        return rng.choice([
            rng.choice(S.FBREQ_ASK),
            rng.choice(S.FBREQ_OPEN) + " " + rng.choice(S.FBREQ_ASK),
        ])
    if tone == "nonnative":
        return kit.join_paras([rng.choice(NONNATIVE["open"]), rng.choice(NONNATIVE["ask"]), rng.choice(S.FBREQ_CLOSE)])
    if tone == "chaser":
        return rng.choice(S.CHASE_FBREQ)
    return kit.join_paras([rng.choice(S.FBREQ_OPEN), rng.choice(S.FBREQ_ASK) + " " + rng.choice(S.FBREQ_DETAIL),
                           rng.choice(S.FBREQ_CLOSE)])


def sent_message(rng: random.Random, family: str, n: int, tone: str, quoted: bool, kind: str) -> dict:
    ctx = C.employer_ctx(rng)
    if tone == "chaser" and rng.random() < 0.5:
        kind = rng.choice(["fbreq", "status"])
    rec_f, rec_l = kit.person(rng)
    agency = rng.random() < 0.4
    if agency:
        ag, adom = rng.choice(kit.AGENCIES)
        to_addr = kit.addr_for(rng, rec_f, rec_l, adom)
    else:
        to_addr = kit.addr_for(rng, rec_f, rec_l, ctx["domain"]) if rng.random() < 0.8 else f"careers@{ctx['domain']}"
    ctx["rec"] = rec_f
    if kind == "fbreq":
        text = _fbreq_body(rng, tone)
        labels = ["feedback_request"]
    else:
        text = rng.choice(BANK[kind])
        labels = []
    if tone == "brief":
        text = kit.casual(rng, text, lower=rng.random() < 0.5)
    hi = rng.choice(S.SENT_HI) if tone != "brief" or rng.random() < 0.4 else ""
    bye = rng.choice(NONNATIVE["bye"]) if tone == "nonnative" else rng.choice(S.SENT_BYE)
    name = ctx["me"] if rng.random() < 0.6 else ctx["me_full"]
    parts = [hi, text, (bye + "\n" + name) if bye else name]
    if tone == "brief" and rng.random() < 0.4:
        parts.append(rng.choice(kit.PHONE_TAILS))
    if tone == "formal" and rng.random() < 0.4:
        parts.append(f"{ctx['me_full']}\n{rng.choice(['+44 7700 900', '+1 206 555 0', '+49 160 44'])}{rng.randint(100, 999)}\nlinkedin.com/in/{kit.slug(ctx['me_full'])}")
    body = kit.join_paras(parts)
    subj = rng.choice(SUBJ[kind])
    src_kind, src_look = QUOTED_SOURCE[kind]
    if quoted and (src_kind or src_look):
        p = C.persona(rng, "agency_uk" if agency else rng.choice(["phone", "hm", "ramble"]), ctx)
        if src_kind:
            paras, *_ = C.core(rng, src_kind, bool(p["agency"]))
        else:
            _, paras, _ = C.lookalike(rng, src_look)
        ctx["rec"] = p["first"]
        to_addr = p["from_addr"]
        old = C.wrap(rng, p, paras, ctx, short=True)
        body += "\n\n" + kit.quote(rng, p["from_name"], p["from_addr"], ctx["me_addr"], kit.fill(subj.replace("Re: ", ""), ctx), old)
        subject = kit.dress_subject(rng, kit.fill(subj, ctx) if subj.startswith("Re:") else kit.fill(subj, ctx), reply=not subj.startswith("Re:"))
    else:
        subject = kit.dress_subject(rng, kit.fill(subj, ctx))
    body = kit.fill(body, ctx)
    co = ctx["co"]
    company = co if (co in subject or co in body or not agency) else None
    return kit.record(FAMILY_PREFIX, family, n, folder="Sent", lang="en", from_name=ctx["me_full"],
                      from_addr=ctx["me_addr"], to_addr=to_addr, subject=subject, body=body, labels=labels,
                      company=company)


FAMILIES = {"brief": ("brief", 42, 0.2), "formal": ("formal", 40, 0.3), "nonnative": ("nonnative", 32, 0.2),
            "chaser": ("chaser", 30, 0.3), "replyquote": ("formal", 40, 1.0)}


def generate(rng: random.Random) -> Iterable[dict]:
    for family, (tone, count, quote_share) in FAMILIES.items():
        for n, kind in enumerate(C.quota(rng, WEIGHTS, count)):
            yield sent_message(rng, family, n, tone, rng.random() < quote_share, kind)
