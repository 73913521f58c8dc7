"""w11 writer: hiring mail from universities and research groups (search committees, department
administrators, HR portals, PIs writing informally). Labelled and unlabelled meanings share each shell."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w11acad"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


SH = _load("_w11_shell")

BASE = {"ack": 6, "ack_invite": 1.2, "invite": 7.5, "reschedule": 1.2, "reject": 6.5, "reject_feedback": 4.5,
        "feedback_reply": 2, "reject_other_invite": 1, "offer": 4.5, "reserve_reject": 0.6, "cancel_filled": 0.8,
        "status": 4.5, "reminder": 4.5, "thanks_today": 3, "incomplete": 1.5, "onboarding": 3, "cant_share": 2,
        "references": 2, "closed_early": 1}


def _w(**over: float) -> dict[str, float]:
    d = dict(BASE)
    d.update(over)
    return d


def generate(rng: random.Random) -> Iterable[dict]:
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "search", 60, "committee", ["academia"],
                                 _w(ack=2, incomplete=0, reject_feedback=6))
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "deptadmin", 55, "admin", ["academia", "research"], _w())
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "hrportal", 50, "portal", ["academia", "research"],
                                 _w(ack=10, ack_invite=3, reject_feedback=0.7, feedback_reply=0, cant_share=0, incomplete=5,
                                    status=7, thanks_today=0, reject_other_invite=0))
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "labpi", 50, "pi", ["research"],
                                 _w(ack=3, ack_invite=0, incomplete=0, references=2))
    yield from SH.employer_batch(rng, FAMILY_PREFIX, "rse", 45, "admin", ["research"], _w(reject_feedback=6, feedback_reply=3),
                                 roles=["Research Software Engineer", "Senior Research Software Engineer", "Research Data Engineer",
                                        "Digital Humanities Developer", "HPC Systems Specialist", "Bioinformatician",
                                        "Data Manager, Cohort Study", "Scientific Programmer (Computational Neuroscience)"])
