"""Writer w19, Polish: shops, workshops, dental clinics, transport firms and temp agencies."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w19_core as core  # noqa: E402
import _w19_pl as bank  # noqa: E402

FAMILY_PREFIX = "w19pl"

FAMILIES = [
    ("sklep", 32, {"sender": "owner", "greet_p": 0.6, "strip_p": 0.5, "typo_p": 0.3, "lower_p": 0.3, "oneblock": True, "mobile_p": 0.2}),
    ("agencja", 24, {"sender": "agency", "greet_p": 0.95, "footer_p": 0.5, "html_alt": 0.3, "html_only": 0.15, "quote_p": 0.3}),
    ("wyslane", 10, {"sent": True, "greet_p": 0.9, "strip_p": 0.4, "typo_p": 0.2}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from core.run(rng, FAMILY_PREFIX, bank.B, "pl", FAMILIES)
