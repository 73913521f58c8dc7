"""w34 generator: the candidate's Sent folder, written to European employers (the candidate may be non-native too)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w34_kit as K  # noqa: E402

FAMILY_PREFIX = "w34sent"

MIX = {"fbreq": 16, "sched": 6, "accept": 4, "thanks": 3, "withdraw": 4, "apply": 3, "askstatus": 3}
PLAN = [
    ("west", "sent", ["de", "fr", "nl"], MIX),
    ("south", "sent", ["es", "it", "pt"], MIX),
    ("east", "sent", ["pl", "nord", "de"], MIX),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from K.run(rng, FAMILY_PREFIX, PLAN)
