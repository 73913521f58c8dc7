"""Writer 40: automated candidate-portal mail from large non-tech employers (UK, IE, CA, AU, ZA, SG, US).

Families: portal (plain-text system mail with team sign-off and long legal footers), html
(HTML-only system mail with layout tables and buttons), outlook (named HR staff with an HTML
alternative part). Each mixes real decisions with the look-alikes of the same senders.
"""

from __future__ import annotations

import random
from typing import Iterable

import _w40_kit as K
import _w40_mail as M
import _w40_say as S

FAMILY_PREFIX = "w40ats"

PLAN = {"portal": (170, 0.69), "html": (110, 0.68), "outlook": (80, 0.72)}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (count, pos_share) in PLAN.items():
        for n in range(count):
            x = M.context(rng)
            table = S.POSITIVE if rng.random() < pos_share else S.NEGATIVE
            kind = S.choose(rng, table)(rng, x)
            m = M.compose(rng, kind, x, fam)
            yield K.record(FAMILY_PREFIX, fam, n, folder="INBOX", labels=kind["labels"], topics=kind["topics"],
                           oc=kind["oc"], **m)
