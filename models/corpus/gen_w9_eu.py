"""Writer w9: Italian, Dutch and Portuguese mail; one family per language (its HR, recruiters, candidates)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w9_kit  # noqa: E402
import _w9_small  # noqa: E402

FAMILY_PREFIX = "w9eu"


def generate(rng: random.Random) -> Iterable[dict]:
    n = 0
    for bank in (_w9_small.IT, _w9_small.NL, _w9_small.PT):
        for rec in _w9_kit.run_plan(rng, FAMILY_PREFIX, bank, _w9_small.SMALL_PLAN, family=f"{FAMILY_PREFIX}-{bank['code']}", start=n):
            n += 1
            yield rec
