"""Writer w19, Italian: shop owners, workshops, clinics, agencies and start-ups typing quickly."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w19_core as core  # noqa: E402
import _w19_it as bank  # noqa: E402

FAMILY_PREFIX = "w19it"

FAMILIES = [
    ("negozio", 52, {"sender": "owner", "greet_p": 0.45, "strip_p": 0.5, "typo_p": 0.4, "lower_p": 0.35, "oneblock": True, "mobile_p": 0.3, "html_alt": 0.05}),
    ("agenzia", 42, {"sender": "agency", "greet_p": 0.9, "footer_p": 0.5, "html_alt": 0.3, "html_only": 0.1, "quote_p": 0.3}),
    ("studio", 40, {"sender": "owner", "greet_p": 0.9, "footer_p": 0.4, "typo_p": 0.15, "quote_p": 0.4, "html_alt": 0.1}),
    ("startup", 32, {"sender": "noreply", "greet_p": 0.8, "html_only": 0.3, "html_alt": 0.3, "lower_subj_p": 0.3}),
    ("inviati", 26, {"sent": True, "greet_p": 0.8, "strip_p": 0.3, "typo_p": 0.3, "lower_p": 0.2}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from core.run(rng, FAMILY_PREFIX, bank.B, "it", FAMILIES)
