"""Writer w14: mail outside any job decision that still uses hiring words: rejections of grants, talks,
flats, admissions, loans and memberships; colleagues at the current job (rotas, sitting on an interview
panel); friends and family; auto-replies and bounces.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w14_compose as C  # noqa: E402
import _w14_world as W  # noqa: E402

FAMILY_PREFIX = "w14misc"

NONJOB_SENDERS = {
    "grant": ("{fund} Panel", "grants@fundingoffice.org"),
    "talk": ("{conf} Programme Committee", "cfp@{conf_dom}"),
    "flat": ("{me} at Keyhole Lettings", "lettings@keyholelettings.co.uk"),
    "admission": ("{uni} Admissions", "admissions@westmarch.ac.uk"),
    "loan": ("Penny Lane Bank", "noreply@pennylanebank.com"),
    "visa": ("Visa Application Centre", "no-reply@visa-decisions.gov.example"),
    "club": ("{club}", "secretary@clubmail.org.uk"),
    "journal": ("Editorial Office", "editorial@journalsubmit.org"),
}


def s_nonjob(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    key = ctx.get("nonjob", "grant")
    ctx["conf_dom"] = ctx.get("conf", "conf").lower().replace(" ", "") + ".org"
    disp, addr = NONJOB_SENDERS[key]
    return C.fill(disp, ctx), C.fill(addr, ctx), rng.choice([[C.fill(disp, ctx)], ["{me} {me_last}".format(**ctx)]])


def s_friend(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    if "addr" in ctx:  # set by the bounce kind
        return "Mail Delivery Subsystem", f"mailer-daemon@{rng.choice(W.MAIL_HOSTS)}", []
    return rng.choice([ctx["me"], f"{ctx['me']} {ctx['me_last']}"]), W.user_addr(ctx["me"], ctx["me_last"], rng), \
        rng.choice([[ctx["me"]], [ctx["me"][0]], [], ["xx"]])


def s_colleague(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    return f"{ctx['me']} {ctx['me_last']}", W.addr_of(ctx["me"], ctx["me_last"], ctx["dom"], rng), \
        rng.choice([[ctx["me"]], [f"{ctx['me']} {ctx['me_last']}", "Team Lead"], []])


def s_recruiter(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    return f"{ctx['me']} {ctx['me_last']}", W.addr_of(ctx["me"], ctx["me_last"], ctx["dom"], rng), []


STYLES = {
    "notajob": (C.Style("notajob", None, s_nonjob, ["Dear {you},", "Dear {you} {you_last},", "Hi {you},", "Dear Applicant,"],
                        ["Kind regards,", "Best wishes,", "Yours sincerely,", "Regards,"], ["", "", ""], html_alt=0.2), [
        (["nonjob"], 1),
    ], 24),
    "friends": (C.Style("friends", None, s_friend, ["hey", "Hi {you}!", "{you}!!", ""], ["", "x", "love,", "cheers"],
                        ["", "", "Sent from my iPhone"]), [
        (["personal"], 3), (["bounce"], 1),
    ], 16),
    "workplace": (C.Style("workplace", None, s_colleague, ["Hi {you},", "Hey,", "{you} -", "Hi all,", ""],
                          ["Thanks,", "Cheers,", "Ta,", ""], ["", "", "Internal - do not forward"]), [
        (["interview_someone"], 2), (["work"], 1.5),
    ], 17),
    "outofoffice": (C.Style("outofoffice", None, s_recruiter, [""], [""], ["", "{co}"]), [
        (["autoreply"], 1),
    ], 8),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for name, (style, groups, n) in STYLES.items():
        yield from C.episodes(style, groups, n, rng, f"{FAMILY_PREFIX}-{name}")
