"""Writer w16, language mixes: English subjects over German/French/Spanish bodies, English letters
from continental employers, and reply threads whose quoted history never decides the label."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w16_compose as C  # noqa: E402

FAMILY_PREFIX = "w16mix"

EN_KINDS = set(C.EN.K)
THREAD_MIX = {"fb_reply": 10, "nofb": 7, "reminder": 6, "s_schedule": 5, "s_accept": 4, "s_withdraw": 4, "fbreq": 5,
              "rej": 4, "invite": 6, "ack": 3, "role_closed": 3, "interim": 3, "offer": 2}


def generate(rng: random.Random) -> Iterable[dict]:
    R = C.core.Recorder()
    fam = f"{FAMILY_PREFIX}-englishsubject"
    for kind in C.kinds(rng, C.COMPANY_MIX, 40, only=set(C.EN.SUBJ)):
        lang = rng.choice(["de", "fr", "es"])
        yield C.build(rng, R, fam, lang, kind, dict(sender=rng.choice(["ats", "person"]), en_subject=True, p_footer=0.4,
                                                     p_html_alt=0.2, p_external=0.2))
    fam = f"{FAMILY_PREFIX}-englishletter"
    for kind in C.kinds(rng, {**C.COMPANY_MIX, "fbreq": 4, "s_accept": 2}, 34, only=EN_KINDS):
        yield C.build(rng, R, fam, "en", kind, dict(sender=rng.choice(["person", "owner", "ats"]), bank_lang="en",
                                                     p_native_subject=0.4, p_footer=0.4, p_html_only=0.1))
    fam = f"{FAMILY_PREFIX}-faden"
    for kind in C.kinds(rng, THREAD_MIX, 42):
        lang = rng.choice(["de", "fr", "es"])
        yield C.build(rng, R, fam, lang, kind, dict(sender="person", thread=True, p_ascii=0.15))
