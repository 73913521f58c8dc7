"""w25 German: owners, team leads, HR generalists and Personalvermittler in Germany, Austria and Switzerland."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w25_compose as compose  # noqa: E402
import _w25_de as bank  # noqa: E402

FAMILY_PREFIX = "w25de"

PERSONAS = [
    {"key": "handwerk", "region": "de", "register": "informal", "owner": True, "typos": 0.05, "oneblock": 0.4,
     "titles": ["Inhaber", "Meister", "Chef"], "footer": 0.1},
    {"key": "mittelstandhr", "region": "de", "register": "formal", "hr": True, "typos": 0.0, "footer": 0.6,
     "titles": ["Personalreferentin", "HR Generalist", "Personalleitung"], "html_only": 0.15},
    {"key": "teamlead", "region": "de", "register": "informal", "typos": 0.02,
     "titles": ["Teamlead Backend", "Leitung Entwicklung", "Head of Product"]},
    {"key": "vermittler", "region": "de", "register": "formal", "agency": True, "typos": 0.02, "titles": ["Berater"]},
    {"key": "wien", "region": "at", "register": "formal", "typos": 0.02, "hr": True, "footer": 0.4,
     "titles": ["Personalverrechnung & HR", "Geschäftsführung", "Office Management"]},
    {"key": "schweiz", "region": "ch", "register": "formal", "typos": 0.01, "footer": 0.5, "hr": True,
     "titles": ["HR Business Partnerin", "Leiter Personal", "Inhaber"]},
    {"key": "gruender", "region": "de", "register": "informal", "typos": 0.04, "oneblock": 0.5,
     "titles": ["Co-Founder", "Gründerin & CEO", "Founder"], "boost": {"fbreq": 1.8}},
]


def generate(rng: random.Random) -> Iterable[dict]:
    for rec in compose.run(bank, FAMILY_PREFIX, PERSONAS, 280, rng):
        if rec["family"].endswith("schweiz"):
            rec["body_text"] = rec["body_text"].replace("ß", "ss")
            if rec["body_html"]:
                rec["body_html"] = rec["body_html"].replace("ß", "ss")
            rec["subject"] = rec["subject"].replace("ß", "ss")
        yield rec
