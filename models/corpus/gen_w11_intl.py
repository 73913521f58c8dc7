"""w11 writer: NGOs and international organisations (competitive recruitment with written tests,
panels and rosters), charities writing as people, and sector recruitment agencies."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w11intl"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


SH = _load("_w11_shell")


def generate(rng: random.Random) -> Iterable[dict]:
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "unsys", 60, "unsys", ["ngo"],
                                 {"ack": 10, "ack_invite": 6, "invite": 7, "reschedule": 1, "reject": 7, "reserve_reject": 3,
                                  "roster_offer": 2, "offer": 3, "reject_feedback": 1, "status": 8, "reminder": 4,
                                  "incomplete": 4, "onboarding": 3, "references": 2.5})
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "charity", 45, "committee", ["ngo"],
                                 {"ack": 5, "invite": 8, "reject": 6, "reject_feedback": 5, "feedback_reply": 2.5, "offer": 5,
                                  "reject_other_invite": 1.5, "cancel_filled": 1.5, "status": 4, "thanks_today": 3,
                                  "cant_share": 2.5, "onboarding": 3, "reminder": 3.5, "reschedule": 1})
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "agency", 40, "agency", ["museum", "ngo", "academia", "publishing", "screen"],
                                 {"invite": 8, "reject": 7, "reject_feedback": 4, "offer": 4, "status": 5, "reminder": 3,
                                  "closed_early": 5, "thanks_today": 1, "cancel_filled": 1.5, "reschedule": 1.5})
