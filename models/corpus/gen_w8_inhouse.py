"""Writer w8: in-house people typing fast - recruiters on phones, founders, hiring managers,
rambling talent partners, small-company HR sending HTML mail."""

from __future__ import annotations

import importlib
import random
from typing import Iterable


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


C = _load("_w8_compose")

FAMILY_PREFIX = "w8hum"

# family -> (persona style, how many, html share)
FAMILIES = {
    "phonerec": ("phone", 50, 0.0),
    "founder": ("founder", 45, 0.0),
    "hiringmgr": ("hm", 45, 0.05),
    "ramble": ("ramble", 40, 0.1),
    "smallhr": ("html", 40, 0.85),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for family, (style, count, html_share) in FAMILIES.items():
        weights = dict(C.EMPLOYER_WEIGHTS)
        weights.update(checkin=0, withdraw_ack=0.6, closed_before=1.0, referral=0)
        for n, kind in enumerate(C.quota(rng, weights, count)):
            mode = "text"
            if rng.random() < html_share:
                mode = "html_only" if rng.random() < 0.6 else "both"
            yield C.employer_message(rng, FAMILY_PREFIX, family, n, style, kind, html_mode=mode)
