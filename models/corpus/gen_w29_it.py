"""w29 Italian: HR offices of banks/utilities/retail, public bodies, agenzie per il lavoro, localised ATS."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Iterable

FAMILY_PREFIX = "w29it"


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
it = _load("_w29_lang_it")
en = _load("_w29_lang_en")


def generate(rng: random.Random) -> Iterable[dict]:
    priv = [c for c in it.COMPANIES if c["t"] == "hr"]
    pub = [c for c in it.COMPANIES if c["t"] == "public"]
    plan = [("aziende", it.B, "it", "hr", priv, 40, 0.12), ("ats", it.B, "it", "ats", it.COMPANIES, 36, 0.08),
            ("agenzia", it.B, "it", "agency", priv, 24, 0.0), ("pa", it.B, "it", "public", pub, 26, 0.0),
            ("candidato", it.B, "it", "sent", it.COMPANIES, 24, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
