"""w12 generator: Italian, Dutch, Brazilian Portuguese, Polish and Swedish mail from small local employers."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Iterable

FAMILY_PREFIX = "w12eu"


def _load(stem: str):
    if stem not in sys.modules:
        spec = importlib.util.spec_from_file_location(stem, Path(__file__).resolve().parent / f"{stem}.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[stem] = mod
        spec.loader.exec_module(mod)
    return sys.modules[stem]


def generate(rng: random.Random) -> Iterable[dict]:
    C = _load("_w12_compose")
    E = _load("_w12_eu")
    common = {"register": "mix", "short": 0.4, "phone": 0.25, "footer": 0.25, "sender": "mix",
              "html_only": 0.07, "html_alt": 0.08, "quote": 0.15, "sent_share": 0.1}
    for fam, count, bank in [("it", 32, E.IT), ("nl", 30, E.NL), ("pt", 30, E.PT), ("pl", 25, E.PL), ("sv", 25, E.SV)]:
        yield from C.run_families(rng, bank, FAMILY_PREFIX, [(fam, count, common)])
