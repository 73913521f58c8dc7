"""Writer w19, Dutch and Flemish: winkels, horeca, praktijken, uitzendbureaus, start-ups."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w19_core as core  # noqa: E402
import _w19_nl as bank  # noqa: E402

FAMILY_PREFIX = "w19nl"

FAMILIES = [
    ("winkel", 40, {"sender": "owner", "greet_p": 0.5, "typo_p": 0.4, "lower_p": 0.3, "oneblock": True, "mobile_p": 0.3}),
    ("uitzend", 32, {"sender": "agency", "greet_p": 0.9, "footer_p": 0.5, "html_alt": 0.3, "html_only": 0.1, "quote_p": 0.3}),
    ("praktijk", 30, {"sender": "owner", "greet_p": 0.95, "footer_p": 0.4, "typo_p": 0.1, "quote_p": 0.4, "html_alt": 0.15}),
    ("startup", 22, {"sender": "noreply", "greet_p": 0.8, "html_only": 0.3, "html_alt": 0.3, "lower_subj_p": 0.4}),
    ("verzonden", 20, {"sent": True, "greet_p": 0.8, "typo_p": 0.3, "lower_p": 0.25}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from core.run(rng, FAMILY_PREFIX, bank.B, "nl", FAMILIES)
