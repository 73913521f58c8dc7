"""w29 English written by HR teams in the Netherlands, Italy, Portugal, Poland, Brazil and the Nordics."""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w29en"

import _w29_core as core
import _w29_lang_en as en


def generate(rng: random.Random) -> Iterable[dict]:
    priv = [c for c in en.COMPANIES if c["t"] == "hr"]
    pub = [c for c in en.COMPANIES if c["t"] == "public"]
    plan = [("intl-hr", en.B, "en", "hr", priv, 50, 0.0), ("intl-ats", en.B, "en", "ats", en.COMPANIES, 45, 0.0),
            ("intl-agency", en.B, "en", "agency", priv, 28, 0.0), ("intl-public", en.B, "en", "public", pub, 32, 0.0),
            ("intl-candidate", en.B, "en", "sent", en.COMPANIES, 30, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, None)
