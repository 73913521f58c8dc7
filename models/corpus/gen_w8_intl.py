"""Writer w8: in-house recruiters and managers writing in non-native English (German, Indian,
Brazilian, Chinese, Polish authors)."""

from __future__ import annotations

import importlib
import random
from typing import Iterable


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


C = _load("_w8_compose")

FAMILY_PREFIX = "w8int"

FAMILIES = {"germanen": "nn_de", "indianen": "nn_in", "brazilen": "nn_br", "chinaen": "nn_cn", "polishen": "nn_pl"}


def generate(rng: random.Random) -> Iterable[dict]:
    for family, style in FAMILIES.items():
        weights = dict(C.EMPLOYER_WEIGHTS)
        weights.update(checkin=0, referral=0)
        for n, kind in enumerate(C.quota(rng, weights, 26)):
            mode = "both" if rng.random() < 0.1 else "text"
            yield C.employer_message(rng, FAMILY_PREFIX, family, n, style, kind, html_mode=mode)
