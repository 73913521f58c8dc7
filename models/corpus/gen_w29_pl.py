"""w29 Polish: banks, energetyka, handel, urzędy and szpitale, agencje pracy, localised ATS."""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w29pl"

import _w29_core as core
import _w29_lang_pl as pl
import _w29_lang_en as en


def generate(rng: random.Random) -> Iterable[dict]:
    priv = [c for c in pl.COMPANIES if c["t"] == "hr"]
    pub = [c for c in pl.COMPANIES if c["t"] == "public"]
    plan = [("firmy", pl.B, "pl", "hr", priv, 34, 0.15), ("ats", pl.B, "pl", "ats", pl.COMPANIES, 28, 0.1),
            ("agencja", pl.B, "pl", "agency", priv, 18, 0.0), ("urzedy", pl.B, "pl", "public", pub, 22, 0.0),
            ("kandydat", pl.B, "pl", "sent", pl.COMPANIES, 18, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
