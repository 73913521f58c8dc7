"""Writer w14: machine-sent mail (ATS no-reply notices in text and HTML, job-board notifications,
career newsletters). The same templates carry acknowledgements, status pings, rejections and invites.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w14_compose as C  # noqa: E402
import _w14_world as W  # noqa: E402

FAMILY_PREFIX = "w14auto"

ATS_FOOT = [
    "This is an automated message from {co}'s recruiting system. Please do not reply.",
    "You're receiving this email because you applied for a position at {co}. Manage preferences: {link}",
    "Powered by a candidate experience platform · Privacy · Unsubscribe from job updates",
    "{co} is an equal opportunity employer. We celebrate diversity and are committed to an inclusive workplace.",
    "Questions? Visit our candidate FAQ. Replies to this address are not read.",
]
BOARD_FOOT = [
    "You received this email because you have an account on {board}. Unsubscribe | Email settings",
    "{board} Ltd, 1 Canal Wharf, Leeds LS1 4AB. Don't want these emails? Turn them off in Settings.",
    "Sent by {board}. Reply STOP to stop job alerts.",
]
NEWS_FOOT = [
    "You're receiving this because you subscribed to {paper}. Unsubscribe any time.",
    "Forwarded this? Subscribe at {paper_dom}. · Unsubscribe · View in browser",
    "{paper} is reader-supported. Manage your subscription.",
]
PAPERS = [("The Career Letter", "careerletter.co"), ("Offer & Onward", "offeronward.substack.com"),
          ("Hiring Signals Weekly", "hiringsignals.news"), ("The Candid Candidate", "candidcandidate.blog"),
          ("Second Round", "secondround.email")]


def s_ats(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    relay = rng.choice(W.ATS_RELAYS)
    slug = ctx["dom"].split(".")[0]
    disp = rng.choice(["{co} Recruiting", "Jobs at {co}", "{co} Hiring Team", "{co}", "{co} Careers",
                       "no-reply ({co})"])
    addr = rng.choice([f"no-reply@{relay}", f"{slug}@{relay}", f"notifications+{slug}@{relay}", f"donotreply@{ctx['dom']}"])
    sig = rng.choice([["The {co} Recruiting Team"], ["{co} Talent Team"], ["Team {co}"], ["{me} {me_last}", "Recruiter, {co}"]])
    return C.fill(disp, ctx), addr, [C.fill(x, ctx) for x in sig]


def s_board(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    board, dom = rng.choice(W.BOARDS)
    ctx["board"] = board
    return rng.choice([board, f"{board} Alerts", f"{board} Applications"]), \
        rng.choice([f"noreply@{dom}", f"alerts@mail.{dom}", f"applications@{dom}"]), [f"The {board} team"]


def s_news(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    paper, dom = rng.choice(PAPERS)
    ctx.update(paper=paper, paper_dom=dom)
    writer = f"{ctx['me']} {ctx['me_last']}"
    return rng.choice([paper, f"{writer} from {paper}", writer]), f"hello@{dom}", [writer, paper]


def ats_subj(rng: random.Random, subject: str) -> str:
    if rng.random() < 0.7:
        return subject
    num = rng.randrange(1000, 99999)
    return subject + rng.choice([f" [Ref #{num}]", f" (Job ID {num})", f" - {num}"])


STYLES = {
    "atstext": (C.Style("atstext", None, s_ats, ["Hi {you},", "Dear {you},", "Hello {you},", "Dear Candidate,",
                        "Hi {you} {you_last},"], ["Best,", "Kind regards,", "Regards,", "Thank you,", ""], ATS_FOOT,
                        subj_fmt=ats_subj, pad=0.5), [
        (["ack", "status", "complete_profile"], 3), (["ack_assess", "ack"], 2), (["rej_plain", "status"], 1), (["rej_reason"], 0.6),
        (["rej_manystrong", "status"], 1), (["invite_direct", "reminder"], 2), (["rej_apply_other", "rej_invite_other"], 1),
        (["reschedule", "interview_cancel"], 0.7),
    ], 62),
    "atshtml": (C.Style("atshtml", None, s_ats, ["Hi {you},", "Dear {you},", "Hello {you},", "Dear Candidate,"],
                        ["Best,", "Kind regards,", "Regards,", ""], ATS_FOOT, html_only=0.75, html_alt=0.25,
                        subj_fmt=ats_subj, pad=0.5, button=True), [
        (["ack", "status", "complete_profile"], 3), (["ack_assess", "ack"], 2), (["rej_plain", "rej_reason"], 1.4),
        (["rej_fb", "rej_manystrong"], 1), (["invite_direct", "reminder"], 2), (["offer", "onboard"], 1),
    ], 52),
    "boardnote": (C.Style("boardnote", None, s_board, ["Hi {you},", "{you}, ", ""], ["", ""], BOARD_FOOT,
                          html_alt=0.4, html_only=0.15, button=True), [
        (["board_sent"], 2), (["board_sent", "board_viewed"], 2), (["job_alert", "profile_view"], 1), (["board_rej", "board_viewed"], 2),
        (["board_invite", "complete_profile"], 2), (["webinar"], 0.7),
    ], 48),
    "newsletter": (C.Style("newsletter", None, s_news, ["Hi {you},", "Hello friends,", "Hey there,", ""],
                           ["Until next week,", "Onwards,", "Warmly,", ""], NEWS_FOOT, html_only=0.5, html_alt=0.4), [
        (["newsletter"], 4), (["webinar"], 1),
    ], 12),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for name, (style, groups, n) in STYLES.items():
        yield from C.episodes(style, groups, n, rng, f"{FAMILY_PREFIX}-{name}")
