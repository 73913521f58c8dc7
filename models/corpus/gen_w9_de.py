"""Writer w9: German-language mail (HR portals, Personalberater, Bewerber-Mails, Alltagspost)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w9_de  # noqa: E402
import _w9_kit  # noqa: E402

FAMILY_PREFIX = "w9de"

# (shell, kind, count): shells become families (w9de-ats, w9de-human, ...)
PLAN = _w9_kit.standard_plan("du", scale=0.9, extra=(("startup", "rej_fb_du", 2), ("startup", "offer_du", 2)))


def generate(rng: random.Random) -> Iterable[dict]:
    yield from _w9_kit.run_plan(rng, FAMILY_PREFIX, _w9_de.BANK, PLAN)
