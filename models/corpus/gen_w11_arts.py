"""w11 writer: hiring mail from museums, publishers, newsrooms, film/TV/games studios, design and
architecture practices, sports clubs and orchestras. Labelled and unlabelled meanings share each shell."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w11arts"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


SH = _load("_w11_shell")

W = {"ack": 6, "ack_invite": 1.2, "invite": 7.5, "reschedule": 1.2, "reject": 6.5, "reject_feedback": 4.5,
     "feedback_reply": 2, "reject_other_invite": 1, "offer": 4.5, "reserve_reject": 0.5, "cancel_filled": 0.8,
     "status": 4.5, "reminder": 4.5, "thanks_today": 3, "incomplete": 1.5, "onboarding": 3, "cant_share": 2,
     "references": 1.5, "closed_early": 1.2}


def _w(**over: float) -> dict[str, float]:
    d = dict(W)
    d.update(over)
    return d


def generate(rng: random.Random) -> Iterable[dict]:
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "museum", 55, "letter", ["museum", "music"], _w(incomplete=0))
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "press", 50, "admin", ["publishing", "news"], _w())
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "studio", 50, "studio", ["screen", "design"],
                                 _w(reject_feedback=6, references=0.3))
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "careers", 40, "portal", ["museum", "publishing", "screen", "news"],
                                 _w(ack=10, ack_invite=3, feedback_reply=0, cant_share=0, incomplete=5, status=7,
                                    thanks_today=0, reject_feedback=0.7))
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "club", 40, "pi", ["sport", "music"],
                                 _w(ack=3, incomplete=0))
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "games", 40, "studio", ["screen"], _w(reject_feedback=6, feedback_reply=3),
                                 roles=["Gameplay Programmer", "Technical Artist", "Tools Programmer", "Engine Programmer",
                                        "Build and Release Engineer", "Technical Designer", "Pipeline TD (VFX)"])
