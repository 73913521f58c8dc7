"""Writer w27: long formal English letters from public bodies, universities, hospitals, law firms, banks,
insurers, consultancies and charities (UK/IE/AU/US/CA), plus the candidate's formal Sent mail.

Each family is one employer type in one country register; all kinds (labelled and look-alike) share its skeleton.
"""

from __future__ import annotations

import os
import random
import sys
from typing import Iterable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _w27_compose as C  # noqa: E402

FAMILY_PREFIX = "w27let"

FAMILIES = [
    {"name": "w27let-nhstrust", "sector": "health", "loc": "uk", "n": 64, "header": 0.4},
    {"name": "w27let-ukuni", "sector": "uni", "loc": "uk", "tld": "ac.uk", "n": 62},
    {"name": "w27let-civilservice", "sector": "civil", "loc": "uk", "n": 58, "html_only": 0.15},
    {"name": "w27let-council", "sector": "council", "loc": "uk", "n": 58, "header": 0.5},
    {"name": "w27let-lawfirm", "sector": "law", "loc": "uk", "tld": "co.uk", "n": 52, "boiler": (0, 3)},
    {"name": "w27let-bank", "sector": "bank", "loc": "uk", "n": 50, "html_only": 0.2},
    {"name": "w27let-insurer", "sector": "insurer", "loc": "au", "tld": "com.au", "n": 50},
    {"name": "w27let-consult", "sector": "consult", "loc": "ca", "tld": "ca", "n": 50, "boiler": (0, 3)},
    {"name": "w27let-charity", "sector": "charity", "loc": "uk", "tld": "org.uk", "n": 48},
    {"name": "w27let-iepublic", "sector": "council", "loc": "ie", "tld": "ie", "n": 50, "header": 0.5},
    {"name": "w27let-aupublic", "sector": "uni", "loc": "au", "tld": "edu.au", "n": 50},
    {"name": "w27let-cahealth", "sector": "health", "loc": "ca", "tld": "ca", "n": 44},
    {"name": "w27let-usstate", "sector": "civil", "loc": "us", "tld": "gov", "n": 50, "html_only": 0.15},
]
SENT_FAMILIES = [
    {"name": "w27let-sentformal", "sector": "civil", "loc": "uk", "n": 66},
    {"name": "w27let-sentnortham", "sector": "bank", "loc": "ca", "n": 44},
]

KIND_WEIGHTS = {
    "ack": 4.2, "ack_inv": 1.7, "invite": 5.0, "inv_online": 1.5, "reschedule": 0.8,
    "reject_sl": 2.3, "reject_int": 2.0, "reject_reason": 2.0, "rej_fb": 4.6, "rej_inv": 1.2,
    "feedback": 2.4, "offer": 5.2,
    "update": 3.0, "booked": 3.0, "thanks_today": 2.0, "refs_after": 2.6, "dbs": 1.3, "referee": 1.4,
    "panel": 1.4, "payroll": 1.8, "grant": 2.0, "civic": 1.4, "admission": 1.6, "cantshare": 2.4,
    "withdraw_ack": 1.4, "closed": 1.4, "event": 1.8, "alert": 1.4, "newsletter": 1.4, "scam": 1.0,
    "autoreply": 1.3, "bounce": 0.9,
}
SENT_WEIGHTS = {"fbreq": 6.0, "s_withdraw": 1.4, "s_accept": 1.4, "s_decline": 0.6, "s_confirm": 1.4, "s_apply": 1.2,
                "s_thanks": 0.9, "s_refreply": 0.5}


def _draw(rng: random.Random, weights: dict[str, float]) -> str:
    kinds = list(weights)
    return rng.choices(kinds, weights=[weights[k] for k in kinds])[0]


def generate(rng: random.Random) -> Iterable[dict]:
    for fam in FAMILIES:
        for i in range(fam["n"]):
            kind = _draw(rng, KIND_WEIGHTS)
            if kind in ("autoreply", "bounce"):
                rec = C.special_record(rng, fam, kind)
            else:
                rec = C.inbox_record(rng, fam, kind)
            rec["id"] = f"{fam['name']}-{i}"
            yield rec
    for fam in SENT_FAMILIES:
        for i in range(fam["n"]):
            rec = C.sent_record(rng, fam, _draw(rng, SENT_WEIGHTS))
            rec["id"] = f"{fam['name']}-{i}"
            yield rec
