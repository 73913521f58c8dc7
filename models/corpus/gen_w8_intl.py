"""Writer w8: in-house recruiters and managers writing in non-native English (German, Indian,
Brazilian, Chinese, Polish authors)."""

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

FAMILY_PREFIX = "w8int"

FAMILIES = {"germanen": "nn_de", "indianen": "nn_in", "brazilen": "nn_br", "chinaen": "nn_cn", "polishen": "nn_pl"}


def generate(rng: random.Random) -> Iterable[dict]:
    for family, style in FAMILIES.items():
        weights = dict(C.EMPLOYER_WEIGHTS)
        weights.update(checkin=0, referral=0)
        for n, kind in enumerate(C.quota(rng, weights, 26)):
            mode = "both" if rng.random() < 0.1 else "text"
            yield C.employer_message(rng, FAMILY_PREFIX, family, n, style, kind, html_mode=mode)
