"""w29 Dutch/Flemish: corporate HR, gemeenten and ziekenhuizen, uitzendbureaus, localised ATS."""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w29nl"

import _w29_core as core
import _w29_lang_nl as nl
import _w29_lang_en as en


def generate(rng: random.Random) -> Iterable[dict]:
    priv = [c for c in nl.COMPANIES if c["t"] == "hr"]
    pub = [c for c in nl.COMPANIES if c["t"] == "public"]
    plan = [("bedrijven", nl.B, "nl", "hr", priv, 38, 0.15), ("ats", nl.B, "nl", "ats", nl.COMPANIES, 34, 0.1),
            ("uitzendbureau", nl.B, "nl", "agency", priv, 22, 0.0), ("overheid", nl.B, "nl", "public", pub, 24, 0.0),
            ("kandidaat", nl.B, "nl", "sent", nl.COMPANIES, 22, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
