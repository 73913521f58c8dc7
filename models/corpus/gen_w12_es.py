"""w12 generator: Spanish-language mail from pymes, organismos públicos, ETT and Latin-American employers."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w12es"


def _load(stem: str):
    """The helper module ``stem`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(stem)


def generate(rng: random.Random) -> Iterable[dict]:
    C = _load("_w12_compose")
    B = _load("_w12_es").B
    latam = ["Constructora Andina SAS", "Software Pampa SRL", "Servicios Eléctricos Cóndor", "Logística Caribe Express",
             "Estudio Contable Ruiz & Asoc.", "Textiles Oaxaca", "Viveros Jacarandá", "Cervecería Artesanal Guayacán",
             "Consultora Tecnológica Quetzal", "Fundación Manos Unidas del Valle", "Restaurante El Fogón de Mamá"]
    families = [
        ("pyme", 45, {"register": "mix", "short": 0.45, "phone": 0.3, "footer": 0.15, "sender": "mix",
                      "tld": ["es"], "html_only": 0.05, "html_alt": 0.05}),
        ("publico", 30, {"register": "f", "short": 0.1, "footer": 0.7, "sender": "noreply", "tld": ["es"],
                         "html_only": 0.1, "html_alt": 0.2}),
        ("latam", 45, {"register": "mix", "tld": ["com.mx", "com.ar", "co", "cl"], "companies": latam,
                       "phone": 0.35, "quote": 0.25, "sender": "person", "short": 0.4}),
        ("ett", 35, {"register": "mix", "agency": True, "phone": 0.15, "footer": 0.35}),
        ("enviados", 20, {"sent": True, "phone": 0.4}),
    ]
    yield from C.run_families(rng, B, FAMILY_PREFIX, families)
