"""Writer w20: formal, non-native English hiring mail from Eastern European software houses and
Korean, Japanese, Taiwanese/Chinese and Vietnamese employers, every label and its look-alikes."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w20_wrap as W  # noqa: E402

FAMILY_PREFIX = "w20formal"

SPEC = [
    ("w20formal-ee", "formal", ["EE"], dict(ack=4, invite=6, resched=1, rejection=5, rej_fb=6, fb_reply=2, offer=4, thanks_today=4,
                                            reminder=2, confirmed=2, status=3, cant_share=2, withdrawal_ack=1, docs_after=2,
                                            interviewer_ask=1, approach=1, cand_form=1, cancel_filled=1)),
    ("w20formal-kr", "formal", ["EA:.co.kr"], dict(ack=3, invite=4, rejection=4, rej_fb=3, offer=2, thanks_today=2, reminder=2, status=3,
                                                   confirmed=2, docs_after=2, cant_share=1, bgv=1, rej_inv=1)),
    ("w20formal-jp", "formal", ["EA:.co.jp"], dict(ack=3, invite=4, rejection=4, rej_fb=3, offer=2, thanks_today=2, reminder=2, status=2,
                                                   confirmed=2, docs_after=1, cant_share=1, withdrawal_ack=1, ack_assess=1)),
    ("w20formal-twvn", "formal", ["EA:.com.tw", "EA:.vn"], dict(ack=2, ack_assess=2, invite=4, rejection=4, rej_fb=3, fb_reply=1, offer=2,
                                                               thanks_today=2, reminder=2, status=2, confirmed=2, docs_after=2,
                                                               cancel_filled=1, cant_share=1)),
]


def generate(rng: random.Random) -> Iterable[dict]:
    return W.run_families(rng, FAMILY_PREFIX, SPEC)
