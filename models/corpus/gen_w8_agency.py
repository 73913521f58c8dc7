"""Writer w8: agency and staffing recruiters (UK, US, EU, APAC, LinkedIn InMail) relaying clients' decisions."""

from __future__ import annotations

import importlib
import random
from typing import Iterable


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


C = _load("_w8_compose")

FAMILY_PREFIX = "w8agy"

# family -> (persona style, how many)
FAMILIES = {
    "ukdesk": ("agency_uk", 55),
    "usstaffing": ("agency_us", 50),
    "eudesk": ("agency_eu", 45),
    "apacdesk": ("agency_apac", 45),
    "inmail": ("inmail", 35),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for family, (style, count) in FAMILIES.items():
        weights = dict(C.EMPLOYER_WEIGHTS)
        if style == "inmail":  # InMail is mostly first contact: fewer acks/offers, more pitches
            weights.update(ack=2, ack_inv=0.5, offer=2.5, onboarding=0, pitch=8, coffee=3)
        weights.update(referral=0)
        for n, kind in enumerate(C.quota(rng, weights, count)):
            yield C.employer_message(rng, FAMILY_PREFIX, family, n, style, kind)
