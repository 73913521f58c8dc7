"""Writer w8: agency and staffing recruiters (UK, US, EU, APAC, LinkedIn InMail) relaying clients' decisions."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Iterable


def _load(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


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
