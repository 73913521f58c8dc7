"""w12 generator: French-language mail from PME, collectivités, agences d'intérim, Québec and Belgium."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w12fr"


def _load(stem: str):
    """The helper module ``stem`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(stem)


def generate(rng: random.Random) -> Iterable[dict]:
    C = _load("_w12_compose")
    B = _load("_w12_fr").B
    qc = ["Caisse populaire de Rimouski", "Informatique Saguenay inc.", "Quincaillerie Pelletier",
          "Chocolaterie Maison Rivard", "Clinique vétérinaire des Tilleuls", "Paysages Vert Tendre", "Hôtel Les Embruns"]
    be = ["Ville de Namur – service du personnel", "Brasserie de la Senne", "Librairie La Plume", "Atelier couture Fil d'Or",
          "Pharmacie du Marché", "Agence web Pixelbleu"]
    families = [
        ("pme", 45, {"register": "mix", "short": 0.45, "phone": 0.25, "footer": 0.2, "sender": "mix",
                     "html_only": 0.05, "html_alt": 0.05}),
        ("collectivite", 35, {"register": "f", "short": 0.1, "footer": 0.6, "sender": "noreply",
                              "html_only": 0.1, "html_alt": 0.15}),
        ("interim", 30, {"register": "mix", "agency": True, "phone": 0.15, "footer": 0.3}),
        ("quebec", 35, {"register": "mix", "tld": ["ca"], "companies": qc, "phone": 0.2, "quote": 0.3,
                        "sender": "person"}),
        ("belgique", 20, {"register": "f", "tld": ["be"], "companies": be, "footer": 0.4, "html_only": 0.15,
                          "html_alt": 0.1}),
        ("envoyes", 20, {"sent": True, "phone": 0.4}),
    ]
    yield from C.run_families(rng, B, FAMILY_PREFIX, families)
