"""w34 generator: founders, team leads and agency consultants across Europe writing English themselves."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w34_kit as K  # noqa: E402

FAMILY_PREFIX = "w34direct"
ALL = ["de", "fr", "es", "it", "nl", "pl", "nord", "pt"]

PEOPLE = {"rej": 3, "rej_oc": 4, "rej_fb": 3, "rej_inv": 2, "cancel": 1, "inv": 8, "offer": 5, "fb_reply": 2,
          "thanks_today": 3, "remind": 3, "confirm": 2, "status": 3, "cant_share": 1, "onboard": 2}
AGENCY = {"rej": 2, "rej_oc": 3, "rej_fb": 2, "rej_inv": 1, "inv": 7, "offer": 3, "ack": 3, "closed_before": 6,
          "status": 4, "remind": 2, "thanks_today": 3}

PLAN = [
    ("founder", "founder", ALL, PEOPLE),
    ("teamlead", "lead", ALL, PEOPLE),
    ("agency", "agency", ALL, AGENCY),
]


def generate(rng: random.Random) -> Iterable[dict]:
    yield from K.run(rng, FAMILY_PREFIX, PLAN)
