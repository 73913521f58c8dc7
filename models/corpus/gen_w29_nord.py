"""w29 Swedish, Danish, Norwegian: kommuner/regioner, banks, energy, retail, bemanning, localised ATS."""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w29nord"

import _w29_core as core
import _w29_lang_sv as sv
import _w29_lang_da as da
import _w29_lang_no as no
import _w29_lang_en as en


def generate(rng: random.Random) -> Iterable[dict]:
    plan = [("sv-arbetsgivare", sv.B, "sv", "hr", sv.COMPANIES, 30, 0.15), ("sv-ats", sv.B, "sv", "ats", sv.COMPANIES, 16, 0.1),
            ("sv-bemanning", sv.B, "sv", "agency", sv.COMPANIES, 14, 0.0),
            ("da-arbejdsgivere", da.B, "da", "hr", da.COMPANIES, 28, 0.15), ("da-ats", da.B, "da", "ats", da.COMPANIES, 16, 0.1),
            ("no-arbeidsgivere", no.B, "no", "hr", no.COMPANIES, 28, 0.15), ("no-ats", no.B, "no", "ats", no.COMPANIES, 16, 0.1),
            ("sokande", sv.B, "sv", "sent", sv.COMPANIES, 10, 0.0), ("sokande", da.B, "da", "sent", da.COMPANIES, 9, 0.0),
            ("sokande", no.B, "no", "sent", no.COMPANIES, 9, 0.0)]
    return core.run_plan(FAMILY_PREFIX, plan, rng, en)
