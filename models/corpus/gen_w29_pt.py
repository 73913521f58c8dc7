"""w29 Portuguese (Portugal and Brazil): corporate RH, câmaras/prefeituras, hospitals, agencies, localised ATS."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Iterable

FAMILY_PREFIX = "w29pt"


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
pt = _load("_w29_lang_pt")
en = _load("_w29_lang_en")


def generate(rng: random.Random) -> Iterable[dict]:
    plan = [("pt-empresas", pt.B, "pt", "hr", pt.COMPANIES, 36, 0.1), ("pt-ats", pt.B, "pt", "ats", pt.COMPANIES, 26, 0.05),
            ("br-empresas", pt.B_BR, "pt", "hr", pt.COMPANIES_BR, 34, 0.0), ("br-ats", pt.B_BR, "pt", "ats", pt.COMPANIES_BR, 26, 0.0),
            ("candidato", pt.B, "pt", "sent", pt.COMPANIES, 9, 0.0), ("candidato", pt.B_BR, "pt", "sent", pt.COMPANIES_BR, 9, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
