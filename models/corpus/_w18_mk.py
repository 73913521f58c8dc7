"""Writer w18's assembly helpers: feedback paragraphs, rejection sentences with reasons, invite/ack/offer lines."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w18_bank as B  # noqa: E402
import _w18_say as S  # noqa: E402


def feedback(rng: random.Random, k: int | None = None, praise: float = 0.6) -> tuple[str, list[str]]:
    """A feedback paragraph naming ``k`` weaknesses (0 = praise only); returns (text, topics)."""
    if k is None:
        k = rng.choice([1, 1, 1, 2, 2, 3])
    topics = rng.sample(sorted(S.WEAK), k) if k else []
    parts = []
    if rng.random() < praise or not topics:
        parts.append(rng.choice(S.PRAISE))
        if topics:
            parts.append(rng.choice(["That said,", "On the other side,", "Where it was less strong:", "However,", "But"]))
    for t in topics:
        w = rng.choice(S.WEAK[t])
        intro = rng.choice(S.WEAK_INTRO)
        parts.append(intro.format(w=w, W=w[0].upper() + w[1:]))
    text = " ".join(parts).replace(": That", ": that").replace("That said, The", "That said, the")
    text = text.replace("However, The", "However, the").replace("But The", "But the")
    return text, topics


def rejection(rng: random.Random, reasons: list[str] | None = None, p_reason: float = 0.35) -> tuple[str, list[str]]:
    """A rejection sentence, optionally carrying outside-control reasons; returns (text, reasons)."""
    j = rng.choice(S.REJECT)
    if reasons is None:
        reasons = [rng.choice(sorted(S.REASON))] if rng.random() < p_reason else []
    if not reasons:
        lead = rng.choice(["Unfortunately", "I'm sorry to say", "I'm afraid", "After a lot of discussion",
                           "Having reviewed everything", "I wanted to let you know personally that", "Sadly"])
        return f"{lead} {j}.", []
    r = rng.choice(S.REASON[reasons[0]])
    frame = rng.choice(S.REASON_FRAME)
    return frame.format(r=r, R=r[0].upper() + r[1:], j=j), reasons


def invite(rng: random.Random) -> str:
    line = rng.choice(S.INVITE).format(step=rng.choice(S.STEPS), who=rng.choice(S.WHO), link=S.booking_link(rng),
                                        slot=B.slot(rng))
    line = re.sub(r"\ba ([aeiou])", r"an \1", line)
    return line[0].upper() + line[1:] + rng.choice([".", "!", ".", "."])


def ack(rng: random.Random, role: str) -> str:
    line = rng.choice(S.ACK).format(role=role, req=B.req_no(rng))
    nxt = rng.choice(S.ACK_NEXT).format(date=B.human_date(rng))
    return (line[0].upper() + line[1:] + ". " + nxt).strip()


def offer(rng: random.Random, role: str) -> str:
    line = rng.choice(S.OFFER).format(role=role)
    terms = rng.choice(S.OFFER_TERMS).format(money=S.money(rng), extra=rng.choice(S.EXTRAS), date=B.human_date(rng))
    return line[0].upper() + line[1:] + ". " + terms


def greet(rng: random.Random, first: str) -> str:
    return rng.choice([f"Hi {first},", f"Dear {first},", f"Hello {first},", f"{first},", f"Hi {first} —", f"Morning {first},",
                       f"Hey {first},", f"Good afternoon {first},"])


def signoff(rng: random.Random) -> str:
    return rng.choice(["Best,", "Kind regards,", "Thanks,", "Cheers,", "All the best,", "Warm regards,", "Many thanks,",
                       "Best wishes,", "Speak soon,", "Regards,"])
