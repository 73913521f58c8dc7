"""w29 Italian: HR offices of banks/utilities/retail, public bodies, agenzie per il lavoro, localised ATS."""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w29it"

import _w29_core as core
import _w29_lang_it as it
import _w29_lang_en as en


def generate(rng: random.Random) -> Iterable[dict]:
    priv = [c for c in it.COMPANIES if c["t"] == "hr"]
    pub = [c for c in it.COMPANIES if c["t"] == "public"]
    plan = [("aziende", it.B, "it", "hr", priv, 40, 0.12), ("ats", it.B, "it", "ats", it.COMPANIES, 36, 0.08),
            ("agenzia", it.B, "it", "agency", priv, 24, 0.0), ("pa", it.B, "it", "public", pub, 26, 0.0),
            ("candidato", it.B, "it", "sent", it.COMPANIES, 24, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
