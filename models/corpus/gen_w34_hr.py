"""w34 generator: in-house HR departments of continental European employers writing English.

One family per country tradition (German Mittelstand and Konzern, French RH, Spanish RRHH,
Italian ufficio personale, Dutch B.V., Polish Sp. z o.o., Nordic AB/AS/Oy, Portuguese Lda.).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w34_kit as K  # noqa: E402

FAMILY_PREFIX = "w34hr"

BASE = {"rej": 3, "rej_oc": 3, "rej_fb": 3, "fb_reply": 2, "inv": 5, "inv_task": 1, "inv_resched": 1, "ack": 5,
        "ack_task": 1, "offer": 4, "status": 3, "remind": 2, "confirm": 1, "thanks_today": 2, "profile": 1,
        "onboard": 1, "cant_share": 1, "event": 1, "withdraw_ack": 1}

PLAN = [
    ("mittelstand", "hr", ["de"], BASE),
    ("konzern", "bilingual", ["de"], BASE),
    ("rh", "hr", ["fr"], BASE),
    ("rrhh", "hr", ["es"], BASE),
    ("personale", "bilingual", ["it"], BASE),
    ("bv", "hr", ["nl"], BASE),
    ("spzoo", "bilingual", ["pl"], BASE),
    ("nordic", "hr", ["nord"], BASE),
    ("lda", "bilingual", ["pt"], BASE),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from K.run(rng, FAMILY_PREFIX, PLAN)
