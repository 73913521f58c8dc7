"""w34 generator: European career portals (often HTML-only) and reply threads over quoted history."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w34_kit as K  # noqa: E402

FAMILY_PREFIX = "w34sys"
ALL = ["de", "fr", "es", "it", "nl", "pl", "nord", "pt"]

PLAN = [
    ("portal", "ats", ALL, {"ack": 17, "ack_task": 6, "rej": 5, "rej_oc": 2, "inv_task": 5, "inv": 4, "status": 4,
                            "profile": 4, "event": 3, "offer": 2, "remind": 4}),
    ("thread", "thread", ALL, {"fb_reply": 12, "fbreq": 4, "cant_share": 7, "confirm": 6, "withdraw_ack": 4, "rej": 2, "rej_fb": 3,
                               "inv": 5, "inv_resched": 4, "status": 4, "remind": 4, "thanks_today": 4, "offer": 4,
                               "cancel": 2, "rej_inv": 2}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from K.run(rng, FAMILY_PREFIX, PLAN)
