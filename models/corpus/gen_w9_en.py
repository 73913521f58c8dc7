"""Writer w9: English mail by and for international companies (global ATS, EU offices, localised footers)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w9_en  # noqa: E402
import _w9_kit  # noqa: E402

FAMILY_PREFIX = "w9en"
PLAN = _w9_kit.standard_plan("casual", scale=1.45, extra=(("startup", "inv_casual", 1), ("startup", "offer", 1)))


def generate(rng: random.Random) -> Iterable[dict]:
    yield from _w9_kit.run_plan(rng, FAMILY_PREFIX, _w9_en.BANK, PLAN)
