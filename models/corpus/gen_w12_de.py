"""w12 generator: German-language mail from Handwerk, Mittelstand, Ämter and Personalvermittler (DE/AT/CH)."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w12de"


def _load(stem: str):
    """The helper module ``stem`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(stem)


def generate(rng: random.Random) -> Iterable[dict]:
    C = _load("_w12_compose")
    B = _load("_w12_de").B
    ch = [c for c in B["companies"] if any(k in c for k in ("Kantons", "Käserei", "Verkehrsbetriebe", "Genossenschaft",
                                                             "Maschinenbau", "Hotel", "Bioladen", "Optik"))]
    families = [
        ("handwerk", 45, {"register": "mix", "short": 0.6, "phone": 0.35, "footer": 0.05, "html_only": 0.03,
                          "html_alt": 0.02, "sender": "person"}),
        ("amt", 40, {"register": "f", "short": 0.1, "footer": 0.7, "html_only": 0.08, "html_alt": 0.15,
                     "sender": "noreply"}),
        ("agentur", 35, {"register": "mix", "agency": True, "phone": 0.15, "footer": 0.3, "short": 0.3}),
        ("schweiz", 30, {"register": "f", "region": "ch", "tld": ["ch"], "companies": ch, "footer": 0.4,
                         "sender": "mix", "html_only": 0.1, "html_alt": 0.1}),
        ("faden", 25, {"register": "mix", "quote": 0.6, "sender": "person", "phone": 0.1, "short": 0.3}),
        ("gesendet", 20, {"sent": True, "phone": 0.35}),
    ]
    yield from C.run_families(rng, B, FAMILY_PREFIX, families)
