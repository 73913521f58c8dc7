"""Writer w16, French-speaking employers: formal French HR, Parisian start-ups (tutoiement),
Québec and Belgium, HR platforms, the candidate's Sent mail and everyday look-alikes."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w16_compose as C  # noqa: E402

FAMILY_PREFIX = "w16fr"

FAMILIES = [
    ("rh-formel", C.COMPANY_MIX, 54, dict(sender="person", register="sie", p_footer=0.5, p_reason=0.5)),
    ("startup-tutoiement", C.COMPANY_MIX, 44, dict(sender="person", register="du", p_emoji=0.3, p_ascii=0.1)),
    ("quebec-belgique", C.COMPANY_MIX, 38, dict(sender="person", register="sie", p_external=0.25, p_footer=0.4)),
    ("plateforme", C.COMPANY_MIX, 40, dict(sender="ats", p_html_only=0.35, p_html_alt=0.3, p_footer=0.7)),
    ("cabinet", C.COMPANY_MIX, 24, dict(sender="agency", register="sie")),
    ("envoyes", C.SENT_MIX, 40, dict(p_ascii=0.2)),
    ("quotidien", C.NEG_MIX, 18, dict(p_html_only=0.15, p_html_alt=0.2)),
]


def generate(rng: random.Random) -> Iterable[dict]:
    R = C.core.Recorder()
    for name, mix, n, style in FAMILIES:
        for kind in C.kinds(rng, mix, n):
            yield C.build(rng, R, f"{FAMILY_PREFIX}-{name}", "fr", kind, style)
