"""w29 Swedish, Danish, Norwegian: kommuner/regioner, banks, energy, retail, bemanning, localised ATS."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Iterable

FAMILY_PREFIX = "w29nord"


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
sv = _load("_w29_lang_sv")
da = _load("_w29_lang_da")
no = _load("_w29_lang_no")
en = _load("_w29_lang_en")


def generate(rng: random.Random) -> Iterable[dict]:
    plan = [("sv-arbetsgivare", sv.B, "sv", "hr", sv.COMPANIES, 30, 0.15), ("sv-ats", sv.B, "sv", "ats", sv.COMPANIES, 16, 0.1),
            ("sv-bemanning", sv.B, "sv", "agency", sv.COMPANIES, 14, 0.0),
            ("da-arbejdsgivere", da.B, "da", "hr", da.COMPANIES, 28, 0.15), ("da-ats", da.B, "da", "ats", da.COMPANIES, 16, 0.1),
            ("no-arbeidsgivere", no.B, "no", "hr", no.COMPANIES, 28, 0.15), ("no-ats", no.B, "no", "ats", no.COMPANIES, 16, 0.1),
            ("sokande", sv.B, "sv", "sent", sv.COMPANIES, 10, 0.0), ("sokande", da.B, "da", "sent", da.COMPANIES, 9, 0.0),
            ("sokande", no.B, "no", "sent", no.COMPANIES, 9, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
