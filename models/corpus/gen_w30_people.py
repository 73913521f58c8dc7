"""Writer w30: people who hire (founders, managers, recruiters, coordinators) in six English registers.

Decisions are said in plain words without the stock phrases; the same senders also write mail
that decides nothing (thanks for today, reminders, confirmations, status notes, onboarding).
"""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w30ppl"

import _w30_kit as K
import _w30_rec as R
W = K.W

MIX = {
    "rej": 6.5, "rej_fb": 3.5, "cancel_filled": 1.3, "invite": 7.5, "reschedule": 1, "ack": 3.5,
    "ack_invite": 0.8, "rej_invite": 1.3, "fb_invite": 0.6, "offer": 5.5, "fb_reply": 2,
    "thanks_today": 2.1, "reminder": 1.8, "confirmed": 2, "still_review": 2.1, "cant_share": 2,
    "withdraw_ok": 1.5, "onboarding": 2.2, "question": 1.6,
}
# family: (register, agency, count, chance of HTML alternative, chance of HTML-only)
FAMILIES = {
    "founder": ("casual", False, 62, 0.1, 0.0),
    "mgruk": ("uk", False, 60, 0.25, 0.05),
    "irish": ("ie", False, 58, 0.15, 0.0),
    "aussie": ("au", False, 58, 0.2, 0.05),
    "canuck": ("ca", False, 56, 0.3, 0.08),
    "stiff": ("stiff", False, 52, 0.4, 0.15),
    "agency": ("ie", True, 50, 0.1, 0.0),
    "thumbs": ("casual", False, 60, 0.05, 0.0),
    "panel": ("uk", False, 42, 0.2, 0.05),
}
# families that lean on one part of the mix
TILT = {
    "thumbs": {"rej": 10, "invite": 11, "offer": 6, "confirmed": 4, "reminder": 3, "fb_reply": 1, "rej_fb": 3,
               "still_review": 1.5, "onboarding": 1, "cant_share": 0.5, "question": 3},
    "panel": {"rej_fb": 10, "fb_reply": 7, "cant_share": 5, "fb_invite": 1, "thanks_today": 5, "rej": 4,
              "invite": 3, "offer": 2, "reminder": 1.5, "still_review": 2.5, "ack": 0.5, "cancel_filled": 0.5,
              "confirmed": 0.5, "question": 0.5, "withdraw_ok": 0.5, "onboarding": 0.5, "rej_invite": 0.5},
}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (reg, agency, count, p_alt, p_only) in FAMILIES.items():
        f = R.Family(FAMILY_PREFIX, fam)
        mix = dict(MIX)
        if fam in TILT:
            mix = dict(TILT[fam])
        if agency:
            mix.update({"closed_before": 4, "ack": 1.5, "onboarding": 0.5, "ack_invite": 0})
        for _ in range(count):
            kind = R.weighted(rng, mix)
            this_reg = reg if not agency else rng.choice(["ie", "au", "uk", "casual"])
            c = K.Ctx(rng, this_reg if fam != "panel" else rng.choice(["uk", "au", "ie", "ca"]), agency=agency)
            c.short = fam == "thumbs"
            m = K.compose(rng, kind, c)
            name, addr = c.sender(rng)
            html = None
            only = False
            r = rng.random()
            if r < p_only:
                only = True
                html = W.to_html(m["body"], rng)
            elif r < p_only + p_alt:
                html = W.to_html(m["body"], rng)
            yield f.record(folder="INBOX", from_name=name, from_addr=addr, to_addr=c.cand_addr,
                           subject=m["subject"], body=m["body"], labels=m["labels"],
                           company=m["company"], topics=m["topics"], oc=m["oc"], html=html,
                           html_only=only)
