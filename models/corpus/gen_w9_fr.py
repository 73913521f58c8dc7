"""Writer w9: French-language mail (portails RH, cabinets, candidats, courrier divers)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w9_fr  # noqa: E402
import _w9_kit  # noqa: E402

FAMILY_PREFIX = "w9fr"
PLAN = _w9_kit.standard_plan("tu", scale=0.9, extra=(("startup", "inv_tu", 1), ("startup", "offer", 1)))


def generate(rng: random.Random) -> Iterable[dict]:
    yield from _w9_kit.run_plan(rng, FAMILY_PREFIX, _w9_fr.BANK, PLAN)
