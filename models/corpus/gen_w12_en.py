"""w12 generator: English written by non-native speakers at firms in Africa, Asia, Latin America and Europe."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w12en"


def _load(stem: str):
    """The helper module ``stem`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(stem)


def generate(rng: random.Random) -> Iterable[dict]:
    C = _load("_w12_compose")
    B = _load("_w12_en").B
    def subset(*keys: str) -> list:
        return [c for c in B["companies"] if any(k in c for k in keys)]

    africa = subset("Lagos", "Nairobi", "Kumasi", "Cape", "Addis", "Kampala", "Kigali", "Casablanca", "Tunis",
                    "Johannesburg", "Accra", "Dar es", "Sunrise")
    asia = subset("Bengaluru", "Shakti", "Manila", "Surabaya", "Saigon", "Jakarta", "Penang", "Colombo", "Hanoi",
                  "Pune", "Dhaka", "Chennai", "Kuala", "Cebu", "Mumbai")
    europe = subset("Warsaw", "Brno", "Lisbon", "Tallinn", "Porto", "Bogotá")
    families = [
        ("africa", 45, {"register": "f", "companies": africa, "tld": ["ng", "co.ke", "com", "co.za"], "footer": 0.5,
                        "sender": "mix", "phone": 0.1, "html_only": 0.05, "html_alt": 0.1}),
        ("asia", 50, {"register": "f", "companies": asia, "tld": ["in", "com.ph", "co.id", "vn", "com"], "footer": 0.5,
                      "sender": "mix", "html_only": 0.05, "html_alt": 0.1, "short": 0.3}),
        ("europe", 35, {"register": "mix", "companies": europe, "tld": ["pl", "cz", "pt", "ee", "com"], "footer": 0.3,
                        "sender": "person", "quote": 0.3, "short": 0.4}),
        ("agency", 25, {"register": "mix", "agency": True, "phone": 0.2, "footer": 0.3}),
        ("portal", 25, {"register": "f", "sender": "relay", "html_only": 0.45, "html_alt": 0.35, "footer": 0.6}),
        ("sent", 25, {"sent": True, "phone": 0.3}),
    ]
    yield from C.run_families(rng, B, FAMILY_PREFIX, families)
