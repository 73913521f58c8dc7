"""w3 hard cases in the Sent folder: feedback requests after a rejection next to look-alikes.

The look-alikes answer the same rejection (thanks for the decision, asking about other roles) or
are other candidate mail with interview vocabulary (status chases, preparation questions, slot
confirmations, withdrawals, offer acceptance).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

import _w3_styles as S  # noqa: E402
from _w3_shell import make_ctx  # noqa: E402

FAMILY_PREFIX = "w3snt"
KINDS = [("fb_req", 0.42), ("other_roles", 0.12), ("thanks", 0.14), ("status", 0.12), ("tips", 0.1), ("misc", 0.1)]


def generate(rng: random.Random) -> Iterator[dict]:
    for n in range(80):
        x, kind = rng.random(), KINDS[-1][0]
        for k, w in KINDS:
            x -= w
            if x <= 0:
                kind = k
                break
        yield S.sent(rng, make_ctx(rng), kind, FAMILY_PREFIX, "w3-sent", n)
