"""w7 public-sector employer mail: hospital job portals, ward managers, schools, universities,
councils, civil-service style portals and charities (UK, Ireland, Australia, India, Canada, South Africa)."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w7pub"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


C = _load("_w7_compose")
PORTAL = {"fb_reply": 0, "reply_ping": 0}

STYLES = [
    (C.Style("w7pub-hospitalportal", ("health",), "portal", html_only=.2, html_alt=.4, greet=(0, 6, 7, 8, 16),
             close=(0, 6, 14), footers=(0, 8, 6, 7, 11), weights={**PORTAL, "profile": 0.75}), 38),
    (C.Style("w7pub-wardmanager", ("health",), "person", wrap=76, short=.12, greet=(0, 2, 3, 4, 5, 10, 13),
             close=(0, 2, 3, 4, 11, 13, 12), footers=(0, 12, 13, 20, 21), weights={"ack": 1, "profile": 0}), 38),
    (C.Style("w7pub-school", ("school",), "person", html_alt=.2, letter=.2, greet=(0, 1, 6, 15, 3),
             close=(0, 2, 6, 5, 4), footers=(17, 0, 20, 21), weights={"profile": 0}), 38),
    (C.Style("w7pub-unihr", ("university",), "portal", html_alt=.5, html_only=.1, greet=(0, 6, 7, 8),
             close=(0, 6, 4), footers=(4, 6, 11, 2, 8), weights=PORTAL), 38),
    (C.Style("w7pub-council", ("council",), "person", html_alt=.3, letter=.35, greet=(0, 6, 11, 15, 19),
             close=(0, 6, 7, 5), footers=(1, 2, 0, 15, 8), weights={"profile": 0.15}), 38),
    (C.Style("w7pub-civilportal", ("civil",), "portal", html_only=.3, html_alt=.3, greet=(0, 7, 8, 16),
             close=(0, 6, 5), footers=(6, 7, 11, 8), weights={**PORTAL, "status": 1.75}), 38),
    (C.Style("w7pub-charity", ("charity",), "person", greet=(2, 3, 0, 13, 17), close=(1, 2, 3, 13, 12, 18),
             footers=(18, 20, 21, 9, 12), weights={"profile": 0}), 38),
]


def generate(rng: random.Random) -> Iterable[dict]:
    for style, count in STYLES:
        yield from C.run_family(rng, style, count, FAMILY_PREFIX)
