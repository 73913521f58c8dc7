"""Writer w14: the candidate's own Sent mail (feedback requests next to thank-you notes, withdrawals,
acceptances, scheduling replies and applications), plain, as replies with quoted history, and from a phone.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w14_compose as C  # noqa: E402

FAMILY_PREFIX = "w14sent"


def s_none(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:  # Sent mail: render() sets the sender
    return "", "", []


STYLES = {
    "plain": (C.Style("plain", None, s_none, [], [], []), [
        (["fbreq", "thank_note", "withdraw"], 3), (["fbreq", "application_sent"], 1.5), (["fbreq"], 1), (["accept_offer", "sched_reply"], 1.5),
    ], 42),
    "replyquote": (C.Style("replyquote", None, s_none, [], [], [], quote_p=0.9), [
        (["fbreq", "withdraw"], 3), (["fbreq", "sched_reply"], 1.5), (["accept_offer", "fbreq"], 1),
    ], 34),
    "outlookquote": (C.Style("outlookquote", None, s_none, [], [], [], quote_p=0.9, quote_style="outlook"), [
        (["fbreq", "accept_offer", "sched_reply"], 2), (["withdraw", "fbreq"], 1.5),
    ], 22),
    "mobile": (C.Style("mobile", None, s_none, [], [], [], quote_p=0.5), [
        (["fbreq", "thank_note", "sched_reply"], 2), (["withdraw", "accept_offer"], 1), (["fbreq"], 0.8),
    ], 20),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for name, (style, groups, n) in STYLES.items():
        yield from C.episodes(style, groups, n, rng, f"{FAMILY_PREFIX}-{name}")
