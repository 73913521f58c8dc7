"""Writer w19, English typed by small employers and recruiters in NL, PT/BR, PL, Italy and Scandinavia."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w19_core as core  # noqa: E402
import _w19_en as bank  # noqa: E402

FAMILY_PREFIX = "w19en"

FAMILIES = [
    ("amsstartup", 44, {"sender": "noreply", "greet_p": 0.85, "html_only": 0.3, "html_alt": 0.3, "lower_subj_p": 0.3, "tld": [".nl", ".be", ".io", ".ai"]}),
    ("lisbonhosp", 38, {"sender": "owner", "greet_p": 0.6, "typo_p": 0.4, "lower_p": 0.3, "oneblock": True, "mobile_p": 0.3, "tld": [".pt", ".com.br", ".com"]}),
    ("plnearshore", 40, {"sender": "agency", "greet_p": 0.95, "footer_p": 0.5, "html_alt": 0.3, "html_only": 0.1, "quote_p": 0.35}),
    ("nordictech", 34, {"sender": "owner", "greet_p": 0.9, "footer_p": 0.3, "quote_p": 0.4, "html_alt": 0.15, "tld": [".se", ".no", ".dk", ".fi", ".ai"]}),
    ("italyhotel", 34, {"sender": "owner", "greet_p": 0.7, "typo_p": 0.35, "lower_p": 0.2, "mobile_p": 0.25, "tld": [".it"]}),
    ("sent", 34, {"sent": True, "greet_p": 0.85, "typo_p": 0.2, "lower_p": 0.15}),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from core.run(rng, FAMILY_PREFIX, bank.B, "en", FAMILIES)
