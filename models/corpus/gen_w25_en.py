"""w25 English written by the same German/French/Spanish-speaking people: owners, leads, HR and agencies."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w25_compose as compose  # noqa: E402
import _w25_en as bank  # noqa: E402

FAMILY_PREFIX = "w25en"

PERSONAS = [
    {"key": "eulead", "region": "eu", "register": "informal", "typos": 0.03, "oneblock": 0.3,
     "titles": ["Team Lead", "Head of Engineering", "CTO"]},
    {"key": "euhr", "region": "eu", "register": "formal", "hr": True, "footer": 0.5, "html_only": 0.12,
     "titles": ["HR Manager", "Recruiting Specialist", "People & Culture"]},
    {"key": "euagency", "region": "eu", "register": "formal", "agency": True, "typos": 0.02, "titles": ["Consultant"]},
    {"key": "euowner", "region": "eu", "register": "informal", "owner": True, "typos": 0.05,
     "titles": ["Owner", "Managing Director", "Founder"], "boost": {"fbreq": 1.5}},
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from compose.run(bank, FAMILY_PREFIX, PERSONAS, 140, rng)
