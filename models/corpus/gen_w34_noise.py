"""w34 generator: mail in the same European English that is not about an application decision."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w34_kit as K  # noqa: E402

FAMILY_PREFIX = "w34noise"
ALL = ["de", "fr", "es", "it", "nl", "pl", "nord", "pt"]

PLAN = [
    ("media", "", ALL, {"news": 15, "webinar": 11}),
    ("boards", "", ALL, {"alert": 18, "views": 10}),
    ("life", "", ALL, {"nonjob": 26, "personal": 8}),
    ("scam", "", ALL, {"scam": 14}),
    ("workplace", "", ALL, {"current": 16}),
    ("postmaster", "", ALL, {"ooo": 10, "bounce": 6}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from K.run(rng, FAMILY_PREFIX, PLAN)
