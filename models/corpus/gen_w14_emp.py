"""Writer w14: employers writing themselves (HR letters, hiring managers, founders, big corporates,
public bodies, shops and restaurants, quick phone replies). Each family mixes look-alike pairs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w14_compose as C  # noqa: E402
import _w14_world as W  # noqa: E402

FAMILY_PREFIX = "w14emp"

LEGAL = [
    "This message is confidential and intended only for the addressee. If you received it in error, please "
    "delete it and tell the sender. {co} Ltd, registered in England and Wales, no. 0{n}4471.",
    "CONFIDENTIALITY NOTICE: The information in this email may be privileged. Any unauthorised use is prohibited.",
    "{co} processes candidate data in line with our recruitment privacy notice: https://{dom}/privacy",
    "Please consider the environment before printing this email.",
    "",
]
TITLES = ["Talent Acquisition Partner", "HR Advisor", "People Operations Coordinator", "Recruitment Lead",
          "Resourcing Officer", "Senior Recruiter", "HR Business Partner", "Talent Coordinator"]
DEPTS = ["Engineering", "Data", "Operations", "Finance", "People", "Design", "Product", "Customer Success",
         "Estates", "Marketing"]


def _phone(rng: random.Random) -> str:
    return rng.choice([f"+44 20 7946 0{rng.randrange(100, 999)}", f"+1 (617) 555-0{rng.randrange(100, 199)}",
                       f"0161 496 0{rng.randrange(100, 999)}", f"+353 1 555 {rng.randrange(1000, 9999)}"])


def s_hr(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    name = f"{ctx['me']} {ctx['me_last']}"
    disp = rng.choice([name, name, f"{name} ({ctx['co']})", f"{ctx['co']} Recruitment"])
    sig = [name, rng.choice(TITLES), ctx["co"]] + ([_phone(rng)] if rng.random() < 0.5 else [])
    return disp, W.addr_of(ctx["me"], ctx["me_last"], ctx["dom"], rng), sig


def s_mgr(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    name = f"{ctx['me']} {ctx['me_last']}"
    sig = rng.choice([[ctx["me"]], [name, f"Head of {rng.choice(DEPTS)} | {ctx['co']}"],
                      [name, f"{rng.choice(DEPTS)} Manager", ctx["co"], _phone(rng)]])
    return name, W.addr_of(ctx["me"], ctx["me_last"], ctx["dom"], rng), sig


def s_founder(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    sig = rng.choice([[ctx["me"]], [ctx["me"].lower()], [f"{ctx['me']}", f"Co-founder, {ctx['co']}"],
                      [f"{ctx['me']} {ctx['me_last']} | CEO & co-founder", f"{ctx['co']} · we're hiring"]])
    return rng.choice([ctx["me"], f"{ctx['me']} {ctx['me_last']}", f"{ctx['me']} from {ctx['co']}"]), \
        f"{ctx['me'].lower()}@{ctx['dom']}", sig


def s_corp(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    disp = rng.choice(["{co} Careers", "{co} Recruiting", "Jobs at {co}", "{co} Talent Acquisition",
                       "{me} {me_last} via {co} Careers"])
    addr = rng.choice(["careers@{dom}", "no-reply@{dom}", "recruiting@{dom}", f"{ctx['dom'].split('.')[0]}@myworkday-mail.com"])
    sig = rng.choice([["{co} Global Talent Acquisition"], ["The Recruiting Team", "{co}"], ["{me} {me_last}",
                      "Campus & Early Careers", "{co}"]])
    return C.fill(disp, ctx), C.fill(addr, ctx), [C.fill(x, ctx) for x in sig]


def s_public(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    disp = rng.choice(["Recruitment Team - {co}", "{co} HR", "{me} {me_last}", "{co} Recruitment"])
    sig = ["{me} {me_last}", rng.choice(["HR Officer", "Recruitment Administrator", "Resourcing Team"]),
           "{co}", "Reference: {req}"]
    return C.fill(disp, ctx), C.fill(rng.choice(["recruitment@{dom}", "hr.enquiries@{dom}", "jobs@{dom}"]), ctx), \
        [C.fill(x, ctx) for x in sig]


def s_shop(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    own = rng.random() < 0.4
    addr = W.user_addr(ctx["me"], ctx["me_last"], rng) if own else f"{rng.choice(['hello', 'manager', 'jobs', 'info'])}@{ctx['dom']}"
    sig = rng.choice([[ctx["me"]], [f"{ctx['me']}", f"Manager, {ctx['co']}"], [f"{ctx['me']} @ {ctx['co']}"]])
    return rng.choice([ctx["me"], ctx["co"], f"{ctx['me']} {ctx['me_last']}"]), addr, sig


def s_mobile(rng: random.Random, ctx: dict) -> tuple[str, str, list[str]]:
    return f"{ctx['me']} {ctx['me_last']}", W.addr_of(ctx["me"], ctx["me_last"], ctx["dom"], rng), \
        rng.choice([[ctx["me"]], [ctx["me"][0]], []])


def external(rng: random.Random, subject: str) -> str:
    return ("[External] " + subject) if rng.random() < 0.35 else subject


def lower_some(rng: random.Random, subject: str) -> str:
    return subject.lower() if rng.random() < 0.3 else subject


STYLES = {
    "hrletter": (C.Style("hrletter", None, s_hr, C.GREET[:8], C.SIGNOFF[:11], LEGAL, html_alt=0.2, quote_p=0.2), [
        (["rej_soft", "delay"], 1.5), (["rej_fb", "rej_manystrong"], 1.6), (["delay", "status"], 0.5), (["rej_reason"], 0.8),
        (["offer", "onboard"], 1.5), (["ack", "status"], 1.8), (["rej_apply_other", "rej_invite_other"], 1.2),
        (["invite_direct", "thanks_today"], 1.5), (["fb_reply", "cant_share"], 1.5), (["interview_cancel", "reschedule"], 0.8), (["ack"], 1), (["fb_reply"], 0.8),
    ], 72),
    "hiringmgr": (C.Style("hiringmgr", None, s_mgr, ["Hi {you},", "{you},", "Hello {you},", "Hi {you} -", ""],
                          ["Best,", "Thanks,", "Cheers,", "Speak soon,", ""], ["", "", "Sent from Outlook"], quote_p=0.3), [
        (["invite_question", "coffee"], 3), (["rej_fb", "delay"], 1.8), (["fb_reply", "cant_share"], 1.5),
        (["reschedule", "reminder"], 1), (["invite_direct", "thanks_today"], 1.5), (["offer"], 1.5),
        (["rej_invite_other", "rej_apply_other"], 1),
    ], 58),
    "founder": (C.Style("founder", ("tech", "media"), s_founder, ["hey {you}", "Hi {you}!", "{you}!", "Hey!", "hi {you},"],
                        ["cheers", "—", "x", "Thanks!", "talk soon", ""], ["", "", "Sent from Superhuman",
                                                                            "We're hiring! {link}"]), [
        (["invite_question", "coffee"], 3), (["offer", "onboard", "scam"], 2), (["rej_soft", "delay"], 1.8),
        (["rej_fb"], 1.5), (["thanks_today", "invite_question"], 1),
    ], 45),
    "bigcorp": (C.Style("bigcorp", ("finance", "industry", "consulting", "tech"), s_corp, ["Dear {you},", "Dear Candidate,",
                        "Hello {you},", "Dear {you} {you_last},"], ["Kind regards,", "Regards,", "Best regards,"], LEGAL,
                        html_alt=0.35, html_only=0.1, subj_fmt=external, button=True), [
        (["ack", "status", "complete_profile"], 2), (["rej_reason", "status"], 1.5), (["rej_manystrong"], 0.6), (["ack_assess", "ack"], 1.5),
        (["invite_direct", "reminder"], 2), (["offer", "onboard"], 1.5), (["webinar"], 0.8),
    ], 60),
    "public": (C.Style("public", ("public", "charity", "health"), s_public, ["Dear {you} {you_last},", "Dear {you},",
                       "Dear Applicant,"], ["Yours sincerely,", "Kind regards,", "With best wishes,"], LEGAL), [
        (["ack", "status"], 2), (["rej_plain", "delay"], 1.3), (["ack"], 0.7), (["invite_direct", "reminder"], 2),
        (["rej_fb", "fb_reply"], 2), (["offer", "onboard"], 1.2), (["rej_reason", "delay"], 1.5),
    ], 48),
    "shopfloor": (C.Style("shopfloor", ("retail",), s_shop, ["Hi {you},", "Hiya {you}!", "Hello,", "{you},", ""],
                          ["Thanks,", "Cheers,", "See you soon,", "Thanks!", ""], ["", "", "{co} - {sector} since 1987"],
                          quote_p=0.15, pad=0.4), [
        (["invite_question", "coffee"], 2), (["rej_plain", "delay"], 2), (["offer", "onboard"], 1.5),
        (["ack", "complete_profile"], 1), (["rej_fb"], 0.8), (["reminder", "thanks_today"], 1),
    ], 36),
    "phone": (C.Style("phone", None, s_mobile, ["{you}", "Hi {you}", ""], ["", "Thx", "Best"],
                      ["Sent from my iPhone", "Sent from my Android", "Get Outlook for iOS", ""],
                      subj_fmt=lower_some, pad=0.15), [
        (["rej_plain", "invite_question"], 1.2), (["delay", "coffee"], 1), (["invite_question"], 1), (["offer"], 1), (["thanks_today"], 0.8),
        (["reschedule", "interview_cancel"], 0.8), (["rej_fb"], 0.5),
    ], 32),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for name, (style, groups, n) in STYLES.items():
        yield from C.episodes(style, groups, n, rng, f"{FAMILY_PREFIX}-{name}")
