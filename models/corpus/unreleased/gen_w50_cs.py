"""Writer w50: Czech messages (ATS, HR letters, recruiters/founders, Sent, look-alikes)."""

import random
from typing import Iterable

from _w50_cs import P
from _w50_shapes import run_language

FAMILY_PREFIX = "w50"


def generate(rng: random.Random) -> Iterable[dict]:
    return run_language(P, rng)
