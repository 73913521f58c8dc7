"""w12 generator: Italian, Dutch, Brazilian Portuguese, Polish and Swedish mail from small local employers."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w12eu"


def _load(stem: str):
    """The helper module ``stem`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(stem)


def generate(rng: random.Random) -> Iterable[dict]:
    C = _load("_w12_compose")
    E = _load("_w12_eu")
    common = {"register": "mix", "short": 0.4, "phone": 0.25, "footer": 0.25, "sender": "mix",
              "html_only": 0.07, "html_alt": 0.08, "quote": 0.15, "sent_share": 0.1}
    for fam, count, bank in [("it", 32, E.IT), ("nl", 30, E.NL), ("pt", 30, E.PT), ("pl", 25, E.PL), ("sv", 25, E.SV)]:
        yield from C.run_families(rng, bank, FAMILY_PREFIX, [(fam, count, common)])
