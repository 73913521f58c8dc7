"""w25 Spanish: dueños de pymes, jefes de equipo, RRHH and consultoras (España, México, Argentina, Colombia, Chile)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w25_compose as compose  # noqa: E402
import _w25_es as bank  # noqa: E402

FAMILY_PREFIX = "w25es"

PERSONAS = [
    {"key": "pyme", "region": "es", "register": "informal", "owner": True, "typos": 0.06, "oneblock": 0.4,
     "titles": ["Gerente", "Encargado", "Dueña"], "footer": 0.1},
    {"key": "rrhh", "region": "es", "register": "formal", "hr": True, "footer": 0.6, "html_only": 0.15,
     "titles": ["Técnica de RRHH", "Responsable de Selección", "Directora de Personas"]},
    {"key": "consultora", "region": "es", "register": "formal", "agency": True, "typos": 0.02, "titles": ["Consultor"]},
    {"key": "mexico", "region": "mx", "register": "formal", "typos": 0.04, "hr": True, "footer": 0.4,
     "titles": ["Reclutadora", "Gerente de Capital Humano", "Lic. en RRHH"]},
    {"key": "argentina", "region": "ar", "register": "informal", "typos": 0.04,
     "titles": ["Socio gerente", "Líder técnico", "Dueño"], "boost": {"fbreq": 1.6}},
    {"key": "andes", "region": "co", "register": "formal", "footer": 0.4, "hr": True,
     "titles": ["Analista de Talento Humano", "Jefe de Selección", "Gerente General"]},
    {"key": "startup", "region": "es", "register": "informal", "typos": 0.03, "oneblock": 0.5,
     "titles": ["CTO", "Cofundadora", "Head of Product"]},
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from compose.run(bank, FAMILY_PREFIX, PERSONAS, 265, rng)
