"""Writer w16, German-speaking employers: Mittelstand owners, HR portals, bilingual corporates,
Swiss HR, Berlin start-ups, the candidate's own Sent mail and everyday look-alikes."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w16_compose as C  # noqa: E402

FAMILY_PREFIX = "w16de"

FAMILIES = [
    ("mittelstand", C.COMPANY_MIX, 56, dict(sender="owner", register="sie", p_reason=0.5, p_ascii=0.25, p_footer=0.25)),
    ("bewerbungsportal", C.COMPANY_MIX, 60, dict(sender="ats", p_html_only=0.3, p_html_alt=0.35, p_footer=0.7, p_reason=0.35)),
    ("konzern-zweisprachig", C.COMPANY_MIX, 40, dict(sender="person", bilingual=True, p_external=0.3, p_footer=0.6, p_html_alt=0.2)),
    ("schweiz", C.COMPANY_MIX, 44, dict(sender="person", swiss=True, region="de", p_footer=0.4, p_reason=0.6)),
    ("startup-du", C.COMPANY_MIX, 44, dict(sender="person", register="du", p_emoji=0.25, p_ascii=0.1)),
    ("personalvermittler", C.COMPANY_MIX, 30, dict(sender="agency", register="sie", p_footer=0.3)),
    ("gesendet", C.SENT_MIX, 48, dict(p_ascii=0.15)),
    ("alltag", C.NEG_MIX, 22, dict(p_html_only=0.15, p_html_alt=0.2)),
]


def generate(rng: random.Random) -> Iterable[dict]:
    R = C.core.Recorder()
    for name, mix, n, style in FAMILIES:
        for kind in C.kinds(rng, mix, n):
            yield C.build(rng, R, f"{FAMILY_PREFIX}-{name}", "de", kind, style)
