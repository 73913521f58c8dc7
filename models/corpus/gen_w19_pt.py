"""Writer w19, Portuguese: Brazilian shops, agencies and start-ups; Portuguese tascas, clinics and workshops."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w19_core as core  # noqa: E402
import _w19_pt as bank  # noqa: E402

FAMILY_PREFIX = "w19pt"

BR_FAMILIES = [
    ("brloja", 34, {"sender": "owner", "greet_p": 0.6, "strip_p": 0.5, "typo_p": 0.4, "lower_p": 0.35, "oneblock": True, "mobile_p": 0.3}),
    ("bragencia", 26, {"sender": "agency", "greet_p": 0.9, "footer_p": 0.4, "html_alt": 0.3, "html_only": 0.1, "quote_p": 0.3}),
    ("brstartup", 20, {"sender": "noreply", "greet_p": 0.8, "html_only": 0.35, "html_alt": 0.25, "lower_subj_p": 0.3}),
    ("enviados", 12, {"sent": True, "greet_p": 0.7, "strip_p": 0.4, "typo_p": 0.3, "lower_p": 0.3}),
]
PT_FAMILIES = [
    ("pttasca", 26, {"sender": "owner", "greet_p": 0.6, "strip_p": 0.4, "typo_p": 0.3, "lower_p": 0.2, "mobile_p": 0.2}),
    ("ptclinica", 20, {"sender": "owner", "greet_p": 0.95, "footer_p": 0.5, "quote_p": 0.4, "html_alt": 0.2}),
    ("enviados", 9, {"sent": True, "greet_p": 0.9, "strip_p": 0.2, "typo_p": 0.2}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    counter: dict = {}  # the Sent family spans both varieties
    yield from core.run(rng, FAMILY_PREFIX, bank.BR, "pt", BR_FAMILIES, counter)
    yield from core.run(rng, FAMILY_PREFIX, bank.PT, "pt", PT_FAMILIES, counter)
