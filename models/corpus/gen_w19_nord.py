"""Writer w19, Scandinavia: Swedish, Danish and Norwegian small firms, kommuner and staffing agencies."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w19_core as core  # noqa: E402
import _w19_nord as bank  # noqa: E402

FAMILY_PREFIX = "w19nord"

SV_FAMILIES = [
    ("svbutik", 20, {"sender": "owner", "greet_p": 0.6, "typo_p": 0.3, "lower_p": 0.3, "oneblock": True, "mobile_p": 0.2}),
    ("svbemanning", 10, {"sender": "agency", "greet_p": 0.9, "footer_p": 0.4, "html_alt": 0.3, "html_only": 0.15}),
    ("sent", 6, {"sent": True, "greet_p": 0.8, "typo_p": 0.2}),
]
DA_FAMILIES = [
    ("dkbutik", 15, {"sender": "owner", "greet_p": 0.7, "typo_p": 0.3, "lower_p": 0.2, "html_alt": 0.1, "quote_p": 0.3}),
    ("sent", 5, {"sent": True, "greet_p": 0.8}),
]
NO_FAMILIES = [
    ("nobutikk", 14, {"sender": "noreply", "greet_p": 0.7, "html_only": 0.25, "html_alt": 0.2, "typo_p": 0.2}),
    ("sent", 4, {"sent": True, "greet_p": 0.8, "lower_p": 0.3}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    counter: dict = {}  # the Sent family spans the three languages
    yield from core.run(rng, FAMILY_PREFIX, bank.SV, "sv", SV_FAMILIES, counter)
    yield from core.run(rng, FAMILY_PREFIX, bank.DA, "da", DA_FAMILIES, counter)
    yield from core.run(rng, FAMILY_PREFIX, bank.NO, "no", NO_FAMILIES, counter)
