"""Writer w14: replies inside threads (Outlook and Gmail quoting), agency recruiters, and small
unfamiliar senders where a real offer, onboarding mail and an offer-shaped scam look alike.
The quoted history never decides the label; only the new text does.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w14_compose as C  # noqa: E402
import _w14_world as W  # noqa: E402

FAMILY_PREFIX = "w14reply"


def s_person(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    name = f"{ctx['me']} {ctx['me_last']}"
    sig = rng.choice([[ctx["me"]], [name, ctx["co"]], [name, rng.choice(["Recruiter", "Hiring Manager",
                      "People Partner", "Team Lead"]) + f" | {ctx['co']}"]])
    return name, W.addr_of(ctx["me"], ctx["me_last"], ctx["dom"], rng), sig


def s_agency(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    ag, dom = rng.choice(W.AGENCIES)
    name = f"{ctx['me']} {ctx['me_last']}"
    sig = [name, rng.choice(["Senior Consultant", "Principal Recruiter", "Associate Director", "Talent Partner"]),
           ag, f"M: 07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}"]
    ctx["agency"] = ag
    return rng.choice([name, f"{name} | {ag}"]), W.addr_of(ctx["me"], ctx["me_last"], dom, rng), sig


def s_small(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    name = f"{ctx['me']} {ctx['me_last']}"
    if rng.random() < 0.5:
        addr = W.user_addr(ctx["me"], ctx["me_last"], rng)
    else:
        addr = W.addr_of(ctx["me"], ctx["me_last"], ctx["dom"], rng)
    return rng.choice([name, "HR Department", f"{ctx['co']} Hiring", ctx["me"]]), addr, \
        rng.choice([[name], [name, "HR Manager"], ["Human Resources"], []])


AG_FOOT = [
    "{agency} acts as an employment agency in relation to permanent vacancies.",
    "Privacy: we hold your CV in line with our candidate privacy policy. Reply REMOVE to be deleted.",
    "",
]

STYLES = {
    "outlookthread": (C.Style("outlookthread", None, s_person, ["Hi {you},", "Dear {you},", "{you},", "Hello {you},"],
                              ["Best regards,", "Kind regards,", "Thanks,", "Best,"], ["", "", "[External email] Be cautious with links."],
                              quote_p=0.95, quote_style="outlook", html_alt=0.15), [
        (["fb_reply", "cant_share"], 3), (["fb_reply"], 1), (["rej_soft", "delay"], 1.5), (["invite_question", "thanks_today"], 1.5),
        (["offer", "onboard"], 1), (["rej_fb", "rej_manystrong"], 1.5), (["reschedule", "reminder"], 1),
    ], 58),
    "gmailthread": (C.Style("gmailthread", None, s_person, ["Hi {you},", "Hey {you},", "{you} -", "Hi {you}!", ""],
                            ["Best,", "Cheers,", "Thanks!", "", "All best,"], ["", "", ""], quote_p=0.95), [
        (["fb_reply", "cant_share"], 2.5), (["fb_reply", "offer"], 1), (["invite_question", "coffee"], 2), (["reminder", "thanks_today", "invite_direct"], 2),
        (["rej_soft", "delay"], 1.2), (["rej_invite_other", "rej_apply_other"], 1), (["offer"], 1),
        (["interview_cancel", "reschedule"], 0.8),
    ], 58),
    "agency": (C.Style("agency", None, s_agency, ["Hi {you},", "Hey {you},", "Morning {you},", "{you},"],
                       ["Speak soon,", "Best,", "Cheers,", "Thanks,"], AG_FOOT, agency=True, quote_p=0.25, pad=0.35), [
        (["invite_question", "coffee"], 2.5), (["rej_plain", "invite_question"], 1.5), (["rej_fb", "delay"], 2),
        (["offer"], 1.5), (["role_closed_early", "rej_reason"], 1.2), (["fb_reply", "cant_share"], 1.5),
    ], 56),
    "smallsender": (C.Style("smallsender", ("retail", "media", "charity", "consulting"), s_small,
                            ["Dear {you},", "Hello {you},", "Dear Applicant,", "Hi,"],
                            ["Regards,", "Best Regards,", "Thanks,", ""], ["", "", ""], pad=0.4), [
        (["offer", "scam", "onboard"], 3), (["rej_plain", "scam"], 1), (["invite_question", "scam"], 1),
    ], 30),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for name, (style, groups, n) in STYLES.items():
        yield from C.episodes(style, groups, n, rng, f"{FAMILY_PREFIX}-{name}")
