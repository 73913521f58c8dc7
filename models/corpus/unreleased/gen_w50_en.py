"""Writer w50: English mail written by employers and candidates in CEE, Turkey, Greece and Finland."""

import random
from typing import Iterable

from _w50_en import P
from _w50_shapes import run_language

FAMILY_PREFIX = "w50"

FAMILIES = {"ats": "cee-ats-portal", "hr": "cee-hr-letters", "rec": "cee-recruiters-founders",
            "sent": "cee-sent", "look": "cee-lookalikes"}


def generate(rng: random.Random) -> Iterable[dict]:
    return run_language(P, rng, families=FAMILIES, scale=1.3)
