"""w29 Dutch/Flemish: corporate HR, gemeenten and ziekenhuizen, uitzendbureaus, localised ATS."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Iterable

FAMILY_PREFIX = "w29nl"


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
nl = _load("_w29_lang_nl")
en = _load("_w29_lang_en")


def generate(rng: random.Random) -> Iterable[dict]:
    priv = [c for c in nl.COMPANIES if c["t"] == "hr"]
    pub = [c for c in nl.COMPANIES if c["t"] == "public"]
    plan = [("bedrijven", nl.B, "nl", "hr", priv, 38, 0.15), ("ats", nl.B, "nl", "ats", nl.COMPANIES, 34, 0.1),
            ("uitzendbureau", nl.B, "nl", "agency", priv, 22, 0.0), ("overheid", nl.B, "nl", "public", pub, 24, 0.0),
            ("kandidaat", nl.B, "nl", "sent", nl.COMPANIES, 22, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
