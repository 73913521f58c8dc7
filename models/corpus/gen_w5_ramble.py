"""Writer w5: long, rambling hand-written mails that carry several topics at once (a rejection that
also pitches a future role, feedback wrapped in praise and chit-chat, an invite with parking notes,
a reminder with directions that is NOT an invite). One family, one chatty register."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w5_text as T  # noqa: E402
from _w5_compose import meaning, subject, wrap  # noqa: E402
from _w5_kit import context, fill, pick, record, slug  # noqa: E402

FAMILY_PREFIX = "w5"

ASIDES = [
    "Random aside, but the cafe you recommended was excellent - we've been back twice.",
    "Our office dog, Biscuit, has been particularly chaotic this week, so if you hear barking, that's why.",
    "We finally launched the new booking flow on Tuesday, which is partly why I've been slow on email.",
    "It's been raining for about nine days straight here and morale is... fine.",
    "I'm off on holiday from the 20th, so {f2} will pick up anything urgent.",
    "Also, congrats on the marathon! You mentioned it at the end and I forgot to say.",
    "We're doing a team offsite in the Lake District next month, which I'm weirdly excited about.",
    "I've been meaning to send you that podcast episode about hiring in small teams - link at the bottom.",
    "The kitchen refit is nearly done, so the place looks a lot less like a building site now.",
    "Term ends next week and the staff room is running entirely on biscuits.",
    "Our new espresso machine arrived and nobody knows how to use it.",
    "Side note: my inbox is a disaster, so if I miss something, just nudge me.",
]
WHATS_NEXT = [
    "Anyway, enough from me.",
    "Right, I'll stop rambling.",
    "Sorry, that was a lot of words.",
    "OK, back to the actual point of this email.",
    "Where was I. Yes.",
    "Long email, sorry!",
    "Hope that all makes sense.",
    "I think that covers everything?",
]
MIX = dict(
    rej=10, rej_fb=10, inv=12, offer=6, fb=6, ack=4, reminder=8, thanks_today=6, deciding=6, cold_pitch=2
)


def generate(rng: random.Random):
    kinds = [k for k, m in MIX.items() for _ in range(m)]
    rng.shuffle(kinds)
    for n, kind in enumerate(kinds):
        c = context(rng, 0.45)
        paras, labels, topics, outside = meaning(kind, rng, c)
        if kind == "inv" and len(paras) == 1:
            paras.append(fill(pick(rng, T.LOGISTICS), c))
        if kind == "reminder":  # directions make a reminder look like an invite; it is still a reminder
            paras.append(fill(pick(rng, T.LOGISTICS), c))
        asides = [fill(a, c) for a in rng.sample(ASIDES, rng.choice([1, 2, 2, 3]))]
        pos = rng.randrange(len(paras) + 1)
        paras = paras[:pos] + asides + paras[pos:]
        if rng.random() < 0.5:
            paras.insert(len(paras) - 1 if len(paras) > 1 else 1, pick(rng, WHATS_NEXT))
        sig = T.SIG_SMALL if c["sector"] != "tech" else T.SIG_TECH
        body = wrap(rng, c, paras, sig=sig, hello=0.95, emoji=0.25, typos=0.012)
        if rng.random() < 0.3:
            body += "\n\nP.S. " + fill(
                pick(
                    rng,
                    [
                        "the parking validation thing at reception is broken, ignore it",
                        "say hi to {f2} if you see them",
                        "sorry for the essay",
                        "I meant to attach the photo from the summer party, ignore that",
                        "we're hiring a designer too if you know anyone",
                    ],
                ),
                c,
            )
        company = None if kind == "cold_pitch" and rng.random() < 0.5 else c["co"]
        yield record(
            FAMILY_PREFIX,
            "ramble",
            n,
            from_name=f"{c['fn']} {c['ln']}",
            from_addr=f"{slug(c['fn'])}.{slug(c['ln'])}@{c['dom']}",
            to_addr=c["me_addr"],
            subject=subject(rng, kind, c),
            body=body,
            labels=labels,
            company=company,
            topics=topics,
            outside=outside,
        )
