"""w7 private-sector employer mail outside tech: retail and hospitality chains, hotel managers, depots
and factories, banks and insurers, law firms, Indian HR desks, temp agencies and family businesses."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w7prv"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


C = _load("_w7_compose")
PORTAL = {"fb_reply": 0, "reply_ping": 0}

STYLES = [
    (C.Style("w7prv-retailats", ("retail", "hospitality"), "portal", html_only=.25, html_alt=.35,
             greet=(0, 2, 3, 9, 8), close=(0, 1, 2, 15, 16), footers=(4, 6, 7, 9, 11, 19), weights={**PORTAL, "profile": 0.75}), 38),
    (C.Style("w7prv-hotelgm", ("hospitality",), "person", short=.3, greet=(2, 3, 9, 12, 13, 20), close=(2, 10, 11, 13, 19, 14),
             footers=(12, 13, 9, 20, 21), weights={"profile": 0, "ack": 1.25}), 38),
    (C.Style("w7prv-depot", ("logistics", "engineering"), "person", wrap=72, short=.15, greet=(2, 3, 4, 14, 12, 0),
             close=(0, 5, 10, 14, 1), footers=(0, 3, 13, 20, 21), weights={"profile": 0.12}), 38),
    (C.Style("w7prv-bankgrad", ("finance",), "portal", html_only=.2, html_alt=.4, greet=(0, 6, 3, 7),
             close=(0, 3, 9, 6), footers=(5, 0, 11, 4, 6), weights={**PORTAL, "ack_invite": 1.25}), 38),
    (C.Style("w7prv-lawfirm", ("law",), "person", html_alt=.3, letter=.4, greet=(0, 6, 11, 16), close=(0, 6, 1, 5),
             footers=(0, 15, 3, 20), weights={"profile": 0}), 38),
    (C.Style("w7prv-indiahr", ("finance", "engineering", "health", "school", "retail", "hospitality", "logistics",
                                "university", "law", "charity"), "person", idiom="in", countries=("in",),
             greet=(10, 0, 11, 19, 2), close=(16, 9, 5, 0), footers=(5, 0, 20, 21)), 38),
    (C.Style("w7prv-agency", ("health", "logistics", "school", "engineering", "hospitality"), "agency",
             greet=(2, 3, 17, 13, 9, 4), close=(0, 10, 14, 19, 12), footers=(0, 12, 13, 20, 4),
             weights={"ack": 1.5, "profile": 0, "onboard": 0.5}), 38),
    (C.Style("w7prv-familybiz", ("family",), "owner", short=.45, greet=(2, 3, 9, 14, 12, 20), close=(10, 11, 12, 14, 2),
             footers=(12, 13, 20, 21, 21), brand=False, weights={"profile": 0, "ack": 1.5, "ack_invite": 0.12}), 38),
]


def generate(rng: random.Random) -> Iterable[dict]:
    for style, count in STYLES:
        yield from C.run_family(rng, style, count, FAMILY_PREFIX)
