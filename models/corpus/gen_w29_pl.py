"""w29 Polish: banks, energetyka, handel, urzędy and szpitale, agencje pracy, localised ATS."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Iterable

FAMILY_PREFIX = "w29pl"


def _load(name: str):
    # helpers live beside this file; build.py loads generators by path, so import by path too
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


core = _load("_w29_core")
pl = _load("_w29_lang_pl")
en = _load("_w29_lang_en")


def generate(rng: random.Random) -> Iterable[dict]:
    priv = [c for c in pl.COMPANIES if c["t"] == "hr"]
    pub = [c for c in pl.COMPANIES if c["t"] == "public"]
    plan = [("firmy", pl.B, "pl", "hr", priv, 34, 0.15), ("ats", pl.B, "pl", "ats", pl.COMPANIES, 28, 0.1),
            ("agencja", pl.B, "pl", "agency", priv, 18, 0.0), ("urzedy", pl.B, "pl", "public", pub, 22, 0.0),
            ("kandydat", pl.B, "pl", "sent", pl.COMPANIES, 18, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
