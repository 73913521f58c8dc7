"""w3 hard cases from outside the employer: job boards, non-job organisations and personal contacts.

Job boards confirm applications (a real acknowledgement naming the employer) next to status pings,
saved-job expiries, alerts, weekly summaries, tips and premium "offers". The non-employer family
holds rejections of non-jobs (grants, admissions, talks, rentals), "unfortunately" service mail,
career fairs, requests to interview someone else, friends proposing coffee and scam job "offers".
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

import _w3_meanings as M  # noqa: E402
import _w3_styles as S  # noqa: E402
from _w3_shell import make_ctx  # noqa: E402

FAMILY_PREFIX = "w3out"
PERSONAL = {"friend", "interview_someone"}


def generate(rng: random.Random) -> Iterator[dict]:
    for n in range(55):
        ctx = make_ctx(rng)
        _, build = M.choose(rng, M.BOARD)
        yield S.board(rng, ctx, build(rng, ctx.as_dict()), FAMILY_PREFIX, "w3-jobboard", n)
    for n in range(60):
        ctx = make_ctx(rng)
        key, build = M.choose(rng, M.NONJOB)
        yield S.nonjob(rng, ctx, build(rng, ctx.as_dict()), FAMILY_PREFIX, "w3-nonjob", n, personal=key in PERSONAL)
