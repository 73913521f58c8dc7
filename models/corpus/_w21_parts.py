"""Paragraph builders for writer w21: feedback, rejection, invitation and offer paragraphs.

What: turns the sentence banks of ``_w21_say`` into paragraphs and returns the labels-relevant
facts (topics, reasons) next to the text. When: called by the ``gen_w21_*`` generators.
"""

from __future__ import annotations

import random

import _w21_say as S
from _w21_bank import Ctx, pick


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def feedback_par(rng: random.Random, ctx: Ctx, n_weak: int | None = None,
                 pool: list[str] | None = None) -> tuple[str, list[str]]:
    """A paragraph of evaluative feedback; returns (text, weakness topics)."""
    topics_pool = pool or list(S.WEAK)
    n_weak = rng.choice([1, 1, 2, 2, 3]) if n_weak is None else n_weak
    topics = rng.sample(topics_pool, min(n_weak, len(topics_pool)))
    weak = [rng.choice(S.WEAK[t]) for t in topics]
    praise = rng.sample(S.PRAISE, rng.choice([0, 1, 1, 2]))
    style = rng.randint(0, 4) if weak else 5
    if style == 0:
        lead = pick(rng, "Here's what I heard in the debrief:", "A summary of the interviewer notes:",
                    "The panel's feedback, in short:", "From the loop:", "What came out of the debrief:")
        lines = [f"+ {cap(p)}" for p in praise] + [f"- {cap(w)}" for w in weak]
        text = lead + "\n" + "\n".join(lines)
    elif style == 1:
        good = ("What went well: " + "; ".join(praise) + ".\n") if praise else ""
        text = good + "Where to grow: " + "; ".join(weak) + "."
    elif style == 2:
        bits = []
        if praise:
            bits.append(pick(rng, "To be clear, there was a lot to like: ", "On the positive side, ", "The good news is that ") + " and ".join(praise) + ".")
        bits.append(pick(rng, "Where it fell short: ", "The concerns: ", "What held the decision back was that ", "However, ") + weak[0] + ".")
        for w in weak[1:]:
            bits.append(pick(rng, "Also, ", "In addition, ", "A second point: ", "Separately, ") + w + ".")
        text = " ".join(bits)
    elif style == 3:
        who = pick(rng, "The loop felt", "The interviewers felt", "The committee noted that", "Candidly, the team thought",
                   "My read of the debrief is that")
        text = f"{who} " + (" and ".join(praise) + ", but " if praise else "") + weak[0] + "."
        if len(weak) > 1:
            text += " " + " ".join(cap(w) + "." for w in weak[1:])
    elif style == 4:
        text = ("Interviewer notes (lightly edited so they're shareable):\n" +
                "\n".join(f"* {rng.choice(['Round', 'Session', 'Interview'])} {i + 1}: {cap(w)}." for i, w in enumerate(weak)))
        if praise:
            text += "\n" + cap(praise[0]) + ", which came up more than once."
    else:
        text = "The feedback was warm across the board: " + ", ".join(praise or ["everyone enjoyed talking with you"]) + "."
    if weak and rng.random() < 0.3:
        text += " " + pick(rng, "I hope this is useful for what comes next.", "Take it as direction, not a verdict.",
                           "None of this is unusual, and it's very fixable.", "I'd focus prep there next time.")
    return text, topics


def reasons_par(rng: random.Random, p: float = 0.45) -> tuple[str, list[str]]:
    """Optionally a sentence with an outside-control reason."""
    if rng.random() >= p:
        return "", []
    reason = rng.choice(list(S.OC))
    phrase = rng.choice(S.OC[reason])
    lead = pick(rng, "In the meantime, ", "The honest reason is that ", "To be transparent, ", "", "As it happens, ",
                "This is not a reflection of your interviews: ", "Part of the picture is that ")
    return cap(lead + phrase) + ".", [reason]


def reject_par(rng: random.Random, ctx: Ctx) -> str:
    core = rng.choice(S.REJ_CORE)
    lead = pick(rng, "Unfortunately, ", "I'm sorry to say that ", "", "After much discussion, ", "Regrettably, ",
                "I wanted to let you know that ", "This time around, ")
    tail = pick(rng, "", f" for the {ctx.role} position", f" for {ctx.role} ({ctx.req})", " for this role", "")
    return cap(lead + core) + tail + "."


def reject_opening(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(S.REJ_OPEN).format(co=ctx.co, role=ctx.role)


def offer_par(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(S.OFFER_CORE).format(co=ctx.co, role=ctx.role)


def deadline(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(S.OFFER_DEADLINE).format(day=ctx.day())
