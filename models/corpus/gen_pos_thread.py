"""Job-related positive mail that carries history: replies with Gmail-style quotes, Outlook
original-message blocks, forwarded notes, and feedback replies quoting the candidate's own request.
The quoted/forwarded history never decides the label; the new text (or, for a forward, the forwarded
employer note) does.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pos_pool import maybe, pick, slug  # noqa: E402
from _pos_shell import (CAND_FEEDBACK_REQ, CAND_PRIOR, HUMAN_WEIGHTS, TITLES, en_body, en_core,  # noqa: E402
                        forward_block, kinds, make_ctx, quote_gmail, quote_outlook, record, sig_person, subject)

FAMILY_PREFIX = "posthr"


def _sender(rng: random.Random, ctx: dict) -> tuple[str, str]:
    name = f"{ctx['rfirst']} {ctx['rlast']}"
    addr = f"{slug(ctx['rfirst'])}.{slug(ctx['rlast'])}@{slug(ctx['co_short'])}.{pick(rng, ['com', 'io', 'co.uk', 'org'])}"
    return name, addr


def _reply_subject(rng: random.Random, ctx: dict, kind: str) -> str:
    base = subject(rng, ctx, kind, 0.15)
    base = base[4:] if base.lower().startswith("re: ") else base
    return pick(rng, ["Re: ", "RE: ", "Re: Re: ", "AW: " if maybe(rng, 0.1) else "Re: "]) + base


def _gmail_reply(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng)
    name, addr = _sender(rng, ctx)
    paras, labels, topics, oc = en_core(rng, ctx, kind)
    sig = sig_person(rng, ctx["rfirst"] if maybe(rng, 0.5) else name, pick(rng, TITLES), ctx["co_short"],
                     dashes=maybe(rng, 0.4))
    body = en_body(rng, ctx, paras, formal=maybe(rng, 0.2), signature=sig)
    prior = pick(rng, CAND_PRIOR)
    body += "\n\n" + quote_gmail(rng, ctx, prior, f"{ctx['first']} {ctx['last']}", ctx["cand_addr"])
    return ctx, name, addr, _reply_subject(rng, ctx, kind), body, labels, topics, oc


def _outlook_reply(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng)
    name, addr = _sender(rng, ctx)
    paras, labels, topics, oc = en_core(rng, ctx, kind)
    sig = sig_person(rng, name, pick(rng, TITLES), ctx["co"], phone_p=0.8)
    if maybe(rng, 0.5):
        sig += "\n\n" + pick(rng, [
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.",
            "Please consider the environment before printing this email.",
            f"{ctx['co']} Ltd is registered in England and Wales, company number {rng.randrange(1000000, 9999999)}.",
        ])
    body = en_body(rng, ctx, paras, formal=maybe(rng, 0.6), signature=sig)
    subj = _reply_subject(rng, ctx, kind)
    body += "\n\n" + quote_outlook(rng, ctx, pick(rng, CAND_PRIOR), f"{ctx['first']} {ctx['last']}",
                                   ctx["cand_addr"], subj[4:])
    if maybe(rng, 0.3):
        # a deeper thread: the recruiter's earlier message below the candidate's
        body += "\n\n" + quote_outlook(rng, ctx, "Hi {first},\n\nThanks for your interest in {role}. I'll share your profile with the team and come back to you.\n\n{rfirst}",
                                       name, addr, subj[4:])
    return ctx, name, addr, subj, body, labels, topics, oc


def _forwarded(rng: random.Random, kind: str) -> tuple:
    """A recruiter forwards the hiring manager's (or coordinator's) note to the candidate."""
    ctx = make_ctx(rng)
    name, addr = _sender(rng, ctx)
    paras, labels, topics, oc = en_core(rng, ctx, kind)
    hm_addr = f"{slug(ctx['hm'].split()[0])}@{slug(ctx['co_short'])}.com"
    inner = en_body(rng, ctx, paras, formal=maybe(rng, 0.4), signature=ctx["hm"])
    top = pick(rng, [
        "Hi {first}, passing on the note from {hm} below.", "{first} - see below from the hiring manager.",
        "Forwarding this on so you have it directly.", "FYI, {hm}'s message below. Happy to chat.",
        "Hi {first},\n\nSharing {hm}'s email with you - let me know if you have questions.", "See below.",
    ]).format(**ctx)
    subj_in = subject(rng, ctx, kind, 0.2)
    body = f"{top}\n\n{ctx['rfirst']}\n\n" + forward_block(rng, ctx["hm"], hm_addr, addr, subj_in, inner)
    return ctx, name, addr, pick(rng, ["Fwd: ", "FW: ", "Fw: "]) + subj_in, body, labels, topics, oc


FB_LEADS = [
    "Thanks for asking, and sorry again that it didn't work out this time.",
    "Of course - I went back to the panel's notes.",
    "Happy to share. I spoke with {hm} and the interviewers.",
    "Really appreciate you asking; not everyone does.",
    "Sure thing.",
    "Thanks for the gracious reply. Here's what I can share.",
    "Apologies for the delay in getting back to you on this.",
    "I can give you a bit more detail than our standard email did.",
]


def _feedback_reply(rng: random.Random, kind: str) -> tuple:
    """A reply to the candidate's feedback request, quoting that request below."""
    import _pos_core_en as core
    ctx = make_ctx(rng)
    name, addr = _sender(rng, ctx)
    fb, topics = core.feedback(rng, ctx, n_topics=rng.choice([1, 1, 2, 2, 3]), praise=maybe(rng, 0.6))
    paras = [pick(rng, FB_LEADS).format(**ctx)] + fb
    labels = ["feedback"]
    oc: list[str] = []
    if kind == "rej_fb":
        # the reply also delivers (or restates as the decision) the rejection itself
        rej, oc = core.rejection(rng, ctx, after_interview=True, reason=pick(rng, [None, None, "closer_fit", "role_filled"]),
                                 soft=False, no_feedback=False)
        paras = [rej[0], rej[1] if len(rej) > 1 else ""] + fb if maybe(rng, 0.5) else [paras[0]] + rej[:2] + fb
        paras = [p for p in paras if p]
        labels = ["rejection", "feedback"]
    paras.append(pick(rng, ["Wishing you the best of luck.", "I hope it's useful.", "Do stay in touch.",
                            "Please do apply again in future.", ""]))
    sig = sig_person(rng, ctx["rfirst"], pick(rng, TITLES), ctx["co_short"], dashes=maybe(rng, 0.3))
    body = en_body(rng, ctx, [p for p in paras if p], formal=maybe(rng, 0.3), signature=sig)
    req = pick(rng, CAND_FEEDBACK_REQ)
    if maybe(rng, 0.6):
        body += "\n\n" + quote_gmail(rng, ctx, req, f"{ctx['first']} {ctx['last']}", ctx["cand_addr"])
    else:
        body += "\n\n" + quote_outlook(rng, ctx, req, f"{ctx['first']} {ctx['last']}", ctx["cand_addr"],
                                       f"Re: {ctx['role']}")
    subj = pick(rng, ["Re: Your application", "Re: {role}", "Re: Update on your application", "Re: Feedback",
                      "RE: Interview outcome", "Re: {co} - {role}", "Re: Following up"]).format(**ctx)
    return ctx, name, addr, subj, body, labels, topics, oc


FAMILIES = {
    "reply_gmail_quote": (_gmail_reply, 95, None),
    "reply_outlook_block": (_outlook_reply, 90, None),
    "forwarded_note": (_forwarded, 70, None),
    "feedback_reply_quoted": (_feedback_reply, 55, {"fb": 70, "rej_fb": 30}),
}


def generate(rng: random.Random) -> Iterator[dict]:
    """Yield the threaded/forwarded positive records."""
    for family, (fn, count, weights) in FAMILIES.items():
        for n, kind in enumerate(kinds(rng, weights or HUMAN_WEIGHTS, count)):
            ctx, from_name, from_addr, subj, body, labels, topics, oc = fn(rng, kind)
            yield record(FAMILY_PREFIX, family, n, lang="en", from_name=from_name, from_addr=from_addr,
                         to_addr=ctx["cand_addr"], subj=subj, body_text=body, body_html=None, labels=labels,
                         company=ctx["co_short"], topics=topics, oc=oc)
