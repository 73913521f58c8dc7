"""w25 French: patrons de TPE, managers, RH généralistes and cabinets de recrutement (France, Belgique, Québec, Romandie)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w25_compose as compose  # noqa: E402
import _w25_fr as bank  # noqa: E402

FAMILY_PREFIX = "w25fr"

PERSONAS = [
    {"key": "artisan", "region": "fr", "register": "informal", "owner": True, "typos": 0.06, "oneblock": 0.4,
     "titles": ["Gérant", "Patron", "Cheffe d'atelier"], "footer": 0.1},
    {"key": "pmerh", "region": "fr", "register": "formal", "hr": True, "footer": 0.6, "html_only": 0.15,
     "titles": ["Responsable RH", "Chargée de recrutement", "DRH"]},
    {"key": "cabinet", "region": "fr", "register": "formal", "agency": True, "typos": 0.02, "titles": ["Consultant"]},
    {"key": "belgique", "region": "be", "register": "formal", "typos": 0.03, "hr": True, "footer": 0.4,
     "titles": ["Office manager", "Administratrice déléguée", "Responsable du personnel"]},
    {"key": "quebec", "region": "qc", "register": "informal", "typos": 0.03,
     "titles": ["Directrice des opérations", "Chef d'équipe", "Président"], "boost": {"fbreq": 1.6}},
    {"key": "romandie", "region": "chfr", "register": "formal", "footer": 0.5, "hr": True,
     "titles": ["Responsable des ressources humaines", "Directeur", "Assistante RH"]},
    {"key": "startup", "region": "fr", "register": "informal", "typos": 0.03, "oneblock": 0.5,
     "titles": ["CTO", "Cofondatrice", "Head of Engineering"]},
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from compose.run(bank, FAMILY_PREFIX, PERSONAS, 265, rng)
