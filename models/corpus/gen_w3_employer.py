"""w3 hard cases from employers: the same meaning pool rendered in seven sender styles.

Families (one style each): ATS plain text, ATS HTML-only, in-house/agency recruiter, hiring manager
or founder, formal letter, reply thread quoting earlier mail, and mail the candidate forwarded from
another account. Positives and their look-alikes (withdrawal confirmations, reminders, status pings,
onboarding, ...) come from ``_w3_meanings`` so each family holds both sides of every boundary.
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

FAMILY_PREFIX = "w3emp"

# family -> (count, meaning tag, renderer)
PLAN = {
    "w3-ats-plain": (110, "ats", lambda rng, c, core, fam, n: S.ats(rng, c, core, FAMILY_PREFIX, fam, n)),
    "w3-ats-html": (70, "ats", lambda rng, c, core, fam, n: S.ats(rng, c, core, FAMILY_PREFIX, fam, n, html_only=True)),
    "w3-recruiter": (100, "human", lambda rng, c, core, fam, n: S.recruiter(rng, c, core, FAMILY_PREFIX, fam, n)),
    "w3-manager": (80, "human", lambda rng, c, core, fam, n: S.manager(rng, c, core, FAMILY_PREFIX, fam, n)),
    "w3-letter": (50, "letter", lambda rng, c, core, fam, n: S.letter(rng, c, core, FAMILY_PREFIX, fam, n)),
    "w3-thread": (80, "human", None),
    "w3-forward": (40, "human", lambda rng, c, core, fam, n: S.forward(rng, c, core, FAMILY_PREFIX, fam, n)),
}


def _thread(rng: random.Random, ctx, core, fam: str, n: int) -> dict:
    if rng.random() < 0.5:
        return S.recruiter(rng, ctx, core, FAMILY_PREFIX, fam, n, quote_prior=True)
    return S.manager(rng, ctx, core, FAMILY_PREFIX, fam, n, quote_prior=True)


def generate(rng: random.Random) -> Iterator[dict]:
    for fam, (count, tag, render) in PLAN.items():
        table = M.employer_table(tag)
        if fam == "w3-thread":  # only meanings that plausibly answer an earlier message
            table = [t for t in M.EMPLOYER if t[0] not in ("survey", "incomplete", "profile", "ack_inv", "webinar")]
        for n in range(count):
            ctx = make_ctx(rng)
            _, build = M.choose(rng, table)
            core = build(rng, ctx.as_dict())
            if fam == "w3-thread" and core.prior is None:
                core.prior = rng.choice(["sent_status", "inv"])
            yield (_thread if render is None else render)(rng, ctx, core, fam, n)
