"""Writer w19, short informal German, French and Spanish mail of small employers and temp agencies."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w19_core as core  # noqa: E402
import _w19_dfe as bank  # noqa: E402

FAMILY_PREFIX = "w19dfe"

DE_FAMILIES = [
    ("dekneipe", 30, {"sender": "owner", "greet_p": 0.6, "typo_p": 0.35, "lower_p": 0.4, "oneblock": True, "mobile_p": 0.3, "html_alt": 0.05}),
    ("sent", 6, {"sent": True, "greet_p": 0.8, "lower_p": 0.3}),
]
FR_FAMILIES = [
    ("frboutique", 26, {"sender": "owner", "greet_p": 0.7, "strip_p": 0.4, "typo_p": 0.3, "lower_p": 0.3, "quote_p": 0.3, "html_only": 0.1}),
    ("sent", 5, {"sent": True, "greet_p": 0.9, "strip_p": 0.3}),
]
ES_FAMILIES = [
    ("esett", 26, {"sender": "agency", "greet_p": 0.8, "strip_p": 0.4, "typo_p": 0.3, "html_alt": 0.25, "html_only": 0.1, "footer_p": 0.3}),
    ("sent", 5, {"sent": True, "greet_p": 0.8, "strip_p": 0.4, "lower_p": 0.3}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    counter: dict = {}  # the Sent family spans the three languages
    yield from core.run(rng, FAMILY_PREFIX, bank.DE, "de", DE_FAMILIES, counter)
    yield from core.run(rng, FAMILY_PREFIX, bank.FR, "fr", FR_FAMILIES, counter)
    yield from core.run(rng, FAMILY_PREFIX, bank.ES, "es", ES_FAMILIES, counter)
