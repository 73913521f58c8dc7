"""w29 English written by HR teams in the Netherlands, Italy, Portugal, Poland, Brazil and the Nordics."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Iterable

FAMILY_PREFIX = "w29en"


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
en = _load("_w29_lang_en")


def generate(rng: random.Random) -> Iterable[dict]:
    priv = [c for c in en.COMPANIES if c["t"] == "hr"]
    pub = [c for c in en.COMPANIES if c["t"] == "public"]
    plan = [("intl-hr", en.B, "en", "hr", priv, 50, 0.0), ("intl-ats", en.B, "en", "ats", en.COMPANIES, 45, 0.0),
            ("intl-agency", en.B, "en", "agency", priv, 28, 0.0), ("intl-public", en.B, "en", "public", pub, 32, 0.0),
            ("intl-candidate", en.B, "en", "sent", en.COMPANIES, 30, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, None)
