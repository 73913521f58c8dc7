"""Writer 40: HR advisers and recruiters of corporate employers writing personally, by region.

One family per regional register (Ireland, Australia, South Africa, Singapore, Canada, UK).
Some messages are replies over the candidate's earlier email.
"""

from __future__ import annotations

import random
from typing import Iterable

import _w40_kit as K
import _w40_mail as M
import _w40_say as S

FAMILY_PREFIX = "w40hr"

PLAN = {"ie": 40, "au": 38, "za": 38, "sg": 34, "ca": 34, "uk": 30}

CAND_EARLIER = [
    "Hi {hr},\n\nI hope you're well. I just wanted to check in on the status of my application for {role}. I interviewed on {when} and was told I'd hear back within a fortnight.\n\nThanks,\n{me}",
    "Dear {hr},\n\nThank you again for the interview last week. Could you let me know whether there is any update on the {role} position?\n\nKind regards\n{me}",
    "Hello {hr},\n\nApologies for chasing. Is there any news on the {role} vacancy? I have another process moving quickly and wanted to keep you informed.\n\nBest,\n{me}",
    "Hi {hr}, just following up on {role} - anything you can share on timelines? Thanks, {me}",
]


def generate(rng: random.Random) -> Iterable[dict]:
    for reg, count in PLAN.items():
        for n in range(count):
            x = M.context(rng, region=reg)
            table = S.POSITIVE if rng.random() < 0.7 else S.NEGATIVE
            fn = S.choose(rng, table)
            kind = fn(rng, x)
            m = M.compose(rng, kind, x, "human")
            if rng.random() < 0.2 and fn in (S.k_reject, S.k_reject_hold, S.k_reject_fb, S.k_reject_other, S.k_offer, S.n_delay, S.n_review, S.k_inv_panel):
                hr_first = m["from_name"].split()[0]
                earlier = K.pick(rng, CAND_EARLIER).format(hr=hr_first, role=x["role"], when=K.date_str(rng, reg), me=x["full"])
                q = K.quote_block(rng, x["full"], x["cand_addr"], K.when_str(rng), earlier)
                subj = "Application follow-up - " + x["role"]
                q = q.replace("{SUBJ}", subj).replace("{TO}", m["from_addr"])
                m["subject"] = "RE: " + subj if rng.random() < 0.6 else "Re: " + subj
                m["body_text"] = m["body_text"] + "\n\n" + q
            yield K.record(FAMILY_PREFIX, reg, n, folder="INBOX", labels=kind["labels"], topics=kind["topics"],
                           oc=kind["oc"], **m)
