"""Writer w5: the candidate's own Sent mail. Feedback requests after a rejection (labelled
feedback_request) and everything else a job seeker sends (thanks, accepting, declining, negotiating,
withdrawing, status pings, referral asks: unlabelled), often with the employer's mail quoted below."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w5_other as O  # noqa: E402
from _w5_compose import meaning, wrap  # noqa: E402
from _w5_kit import context, fill, phone_sig, pick, quote, record, slug, typo  # noqa: E402

FAMILY_PREFIX = "w5"

MY_BYE = [
    "Thanks,\n{me}",
    "Best,\n{me}",
    "{me}",
    "Cheers,\n{me}",
    "Many thanks,\n{me}",
    "Kind regards,\n{me}",
    "All the best\n{me}",
    "thx\n{me}",
    "- {me}",
]
HI_THEM = [
    "Hi {fn},",
    "Hey {fn}!",
    "Dear {fn},",
    "{fn} -",
    "Hello {fn},",
    "hi {fn}",
    "Dear {fn} {ln},",
    "Morning {fn},",
]
REPLY_SUBJ = [
    "Re: Update on your application",
    "Re: {role}",
    "Re: Sorry {me}",
    "Re: {role} - decision",
    "Re: Our decision",
    "Re: your application",
    "Re: news",
    "Re: {co}",
    "Re: Not this time",
    "Re: difficult news",
    "Re: final round",
]


def _mine(rng: random.Random, c: dict, paras: list[str], lower: float, typos: float, phone: float) -> str:
    text = "\n\n".join(paras)
    if rng.random() < lower:
        text = text.lower()
    text = typo(text, rng, typos)
    out = [fill(pick(rng, HI_THEM), c)] if rng.random() < 0.85 else []
    out += [text, fill(pick(rng, MY_BYE), c)]
    if rng.random() < phone:
        out.append(phone_sig(rng))
    return "\n\n".join(out)


def generate(rng: random.Random):
    # feedback requests: two registers, each its own family
    for fam, count, lower, typos, phone in (
        ("sent-fbreq", 36, 0.1, 0.005, 0.1),
        ("sent-fbreq-quick", 24, 0.5, 0.03, 0.5),
    ):
        for n in range(count):
            c = context(rng, 0.3)
            paras = [fill(pick(rng, O.FBR), c)]
            if rng.random() < 0.6:
                paras.append(fill(pick(rng, O.FBR_CTX), c))
            if fam == "sent-fbreq-quick":
                paras = paras[:1]
            body = _mine(rng, c, paras, lower, typos, phone)
            if rng.random() < 0.75:  # their rejection quoted below
                rp, _, _, _ = meaning("rej", rng, c)
                them = wrap(rng, c, rp, sig=None)
                body += "\n\n" + quote(them, f"{c['fn']} {c['ln']}", f"{c['fn'].lower()}@{c['dom']}", rng)
            yield record(
                FAMILY_PREFIX,
                fam,
                n,
                folder="Sent",
                from_name=c["me"],
                from_addr=c["me_addr"],
                to_addr=f"{slug(c['fn'])}@{c['dom']}",
                subject=fill(pick(rng, REPLY_SUBJ), c),
                body=body,
                labels=["feedback_request"],
                company=c["co"],
            )
    # everything else the candidate sends
    plan = [
        ("thanks", 8),
        ("accept", 6),
        ("decline", 6),
        ("negotiate", 7),
        ("withdraw", 6),
        ("status", 8),
        ("cv_review", 7),
        ("referral", 8),
    ]
    kinds = [k for k, m in plan for _ in range(m)]
    rng.shuffle(kinds)
    subj = {
        "thanks": ["Thank you!", "Re: Thanks for today", "Re: Interview - {day}", "thanks"],
        "accept": ["Re: Your offer", "Re: Offer!", "Accepting the offer", "Re: We'd love to have you"],
        "decline": ["Re: Your offer", "Re: Offer letter", "Offer - decision", "Re: Good news 🎉"],
        "negotiate": ["Re: Your offer", "Re: Offer letter", "Question about the offer", "Re: Offer!"],
        "withdraw": ["Withdrawing my application", "Re: Next step", "Re: {role}", "Re: Interview - {day}"],
        "status": ["Following up", "Re: Application - {role}", "Any news?", "{role} - status?"],
        "cv_review": ["CV feedback?", "could you look at this?", "portfolio - thoughts?", "quick favour"],
        "referral": ["favour?", "quick ask", "{co} referral?", "hey :)"],
    }
    for n, kind in enumerate(kinds):
        c = context(rng, 0.3)
        paras = [fill(pick(rng, O.SENT_MISC[kind]), c)]
        if rng.random() < 0.4:
            paras.append(
                fill(
                    pick(
                        rng,
                        [
                            "Have a great weekend.",
                            "Speak soon.",
                            "Thanks again for everything.",
                            "Let me know if you need anything else from me.",
                            "Hope the hiring goes well!",
                            "Sorry for the essay.",
                            "Happy to jump on a call.",
                        ],
                    ),
                    c,
                )
            )
        body = _mine(rng, c, paras, 0.25, 0.01, 0.2)
        to_addr = f"{slug(c['fn'])}@{c['dom']}"
        if kind in ("referral", "cv_review"):
            to_addr = f"{slug(c['fn'])}.{slug(c['ln'])}@gmail.com"
        elif rng.random() < 0.5:
            src = {
                "thanks": "thanks_today",
                "accept": "offer",
                "decline": "offer",
                "negotiate": "offer",
                "withdraw": "inv",
                "status": "ack",
            }[kind]
            tp, _, _, _ = meaning(src, rng, c)
            body += "\n\n" + quote(wrap(rng, c, tp, sig=None), f"{c['fn']} {c['ln']}", to_addr, rng)
        yield record(
            FAMILY_PREFIX,
            "sent-misc",
            n,
            folder="Sent",
            from_name=c["me"],
            from_addr=c["me_addr"],
            to_addr=to_addr,
            subject=fill(pick(rng, subj[kind]), c),
            body=body,
            labels=[],
            # a note to a friend is about an employer only when it names one
            company=c["co"] if kind not in ("referral", "cv_review") or c["co"] in body else None,
        )
