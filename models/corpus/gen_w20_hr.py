"""Writer w20: in-house HR mail from employers in India, the Philippines, the Gulf,
Singapore/Malaysia and Nigeria/Kenya (human recruiters and HRMS robots), every label plus the
look-alikes of their hiring process (CTC requests, BGV, forms, reminders, visa and medicals)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w20_wrap as W  # noqa: E402

FAMILY_PREFIX = "w20hr"

SPEC = [
    ("w20hr-itsvc", "itsvc", ["IN"], dict(ack=3, invite=6, resched=2, rejection=5, rej_fb=5, fb_reply=2, rej_inv=2, offer=5,
                                          cancel_filled=1, ctc_request=4, bgv=2, cand_form=2, docs_after=2, reminder=2, confirmed=1,
                                          thanks_today=3, status=4, cant_share=1, withdrawal_ack=1, interviewer_ask=2)),
    ("w20hr-hrms", "hrms", ["IN", "IN", "SGMY", "PH", "AF"], dict(ack=10, ack_assess=4, invite=4, rejection=6, rej_fb=3, offer=3,
                                                                 reminder=4, confirmed=3, status=5, bgv=2, docs_after=2, cand_form=2,
                                                                 cancel_filled=1)),
    ("w20hr-gulf", "gulf", ["GULF"], dict(ack=2, invite=6, rejection=5, rej_fb=2, offer=5, visa_medical=6, docs_after=3, ctc_request=2,
                                          reminder=2, thanks_today=2, status=2, cancel_filled=1, resched=1, withdrawal_ack=1)),
    ("w20hr-bpo", "bpo", ["PH"], dict(ack=3, ack_assess=2, invite=5, rejection=4, rej_fb=3, offer=3, reminder=3, confirmed=2, status=2,
                                      thanks_today=2, docs_after=2, cand_form=2)),
    ("w20hr-sgmy", "sgmy", ["SGMY"], dict(ack=3, invite=4, rejection=4, rej_fb=3, fb_reply=1, offer=2, rej_inv=1, status=2, thanks_today=2,
                                          reminder=2, cant_share=2, interviewer_ask=1, confirmed=1, bgv=2)),
    ("w20hr-africa", "africa", ["AF"], dict(ack=3, invite=5, rejection=5, rej_fb=3, fb_reply=1, offer=3, rej_inv=1, status=2,
                                            thanks_today=2, reminder=2, ctc_request=2, docs_after=2, cant_share=1, withdrawal_ack=1,
                                            interviewer_ask=1, bgv=1)),
]


def generate(rng: random.Random) -> Iterable[dict]:
    return W.run_families(rng, FAMILY_PREFIX, SPEC)
