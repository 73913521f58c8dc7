"""w29 Portuguese (Portugal and Brazil): corporate RH, câmaras/prefeituras, hospitals, agencies, localised ATS."""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w29pt"

import _w29_core as core
import _w29_lang_pt as pt
import _w29_lang_en as en


def generate(rng: random.Random) -> Iterable[dict]:
    plan = [("pt-empresas", pt.B, "pt", "hr", pt.COMPANIES, 36, 0.1), ("pt-ats", pt.B, "pt", "ats", pt.COMPANIES, 26, 0.05),
            ("br-empresas", pt.B_BR, "pt", "hr", pt.COMPANIES_BR, 34, 0.0), ("br-ats", pt.B_BR, "pt", "ats", pt.COMPANIES_BR, 26, 0.0),
            ("candidato", pt.B, "pt", "sent", pt.COMPANIES, 9, 0.0), ("candidato", pt.B_BR, "pt", "sent", pt.COMPANIES_BR, 9, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
