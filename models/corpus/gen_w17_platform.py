"""Writer w17: HTML-heavy transactional mail from recruiting platforms (INBOX).

Each family is one invented vendor's template; every family mixes decisions (ack, invite,
rejection, feedback, offer) with the look-alike notices the same vendor sends, so that only the
deciding sentence — often buried under a banner, a facts table and a progress widget — tells
them apart.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import _w17_bank as B  # noqa: E402
import _w17_kinds as K  # noqa: E402
import _w17_special as X  # noqa: E402
from _w17_html import Platform, render  # noqa: E402
from _w17_vendors import PLATFORMS  # noqa: E402

FAMILY_PREFIX = "w17plat"

ATS_WEIGHTS = {
    "ack": 4.4, "ack_assess": 1.5, "invite": 2.6, "assess": 0.9, "resched": 0.6, "reject": 4.3, "reject_fb": 3.6,
    "reject_invite": 1.8, "cancel_filled": 1.0, "fb_only": 0.6, "offer": 3.0, "msg_fb": 1.0, "msg_nofb": 0.8,
    "status": 1.8, "incomplete": 0.9, "profile": 0.35, "survey": 1.4, "remind": 1.4, "confirm": 1.4, "thanks": 1.1,
    "privacy": 0.7, "delete": 0.8, "reset": 0.5, "viewed": 0.4, "event": 0.9, "newsletter": 0.9, "alerts": 0.8,
    "withdraw": 0.7, "closed": 0.6, "panel": 0.9, "submitted": 0.6, "assess_remind": 0.4,
}
ATS_FAMILIES = {"hirelane": 56, "talentloom": 50, "recrutio": 48, "quorrahire": 50, "applyflow": 46,
                "crewbase": 50, "headwater": 48, "kandidly": 52, "jobfolio": 44, "rosterly": 46}

SPECIAL = {
    "calendra": (44, {"cal_invite": 9, "cal_resched": 6, "cal_confirm": 9, "cal_remind": 8, "cal_cancel_you": 3, "cal_cancel_filled": 4, "thanks": 2}),
    "codeprobe": (40, {"assess": 9, "assess_remind": 6, "submitted": 6, "probe_reject": 5, "probe_reject_fb": 5, "reset": 2, "probe_practice": 4}),
    "vidscreen": (28, {"assess": 7, "assess_remind": 5, "submitted": 5, "reject": 3, "survey": 3, "resched": 2}),
    "inkpact": (36, {"sign_offer": 17, "sign_onboard": 8, "sign_nda": 3, "sign_completed": 7, "reset": 1}),
    "brightpath": (46, {"board_ack": 9, "alerts": 8, "viewed": 5, "closed": 5, "board_reject": 4, "board_invite": 3, "board_viewed_app": 4, "profile": 2, "reset": 2}),
    "gigboard": (34, {"board_ack": 7, "alerts": 6, "board_reject": 4, "board_invite": 3, "closed": 3, "board_viewed_app": 3, "incomplete": 3, "viewed": 3}),
    "eventhive": (19, {"event": 14, "newsletter": 8, "privacy": 2, "delete": 2, "survey": 2}),
}

BOARDS = {"brightpath", "gigboard", "jobfolio"}
NULL_CO_KINDS = {"panel", "reset", "profile"}

EXTRA_PLATFORMS = {
    "portals": Platform(
        key="portals", brand="ApplyCentral", relay="applycentral.net", track="ac.applycentral.net",
        senders=["{org}", "{org} via ApplyCentral", "{org} (no-reply)"], addrs=["noreply@applycentral.net", "decisions@applycentral.net"],
        greetings=["Dear {first} {last},", "Dear {first},", "Hello {first},"], signoffs=["Kind regards,\n{org}", "Yours sincerely,\nThe Selection Team"],
        footers=["This is an automated message from ApplyCentral.", "Privacy notice · Terms of use"], skeletons=["table", "nested", "mso"],
        ents=["plain", "num", "named"], textmodes={"none": 5, "full": 4, "short": 1}, accent="#5a2d82"),
    "lures": Platform(
        key="lures", brand="", relay="", track="secure-hr-portal.top",
        senders=["HR Department", "Recruitment Manager", "Global Staffing Team", "Talent Acquisition"],
        addrs=["hr.department{n}@gmail.com", "recruitment@careers-offer-{n}.xyz", "offers@hr-global-{n}.online"],
        greetings=["Dear Candidate,", "Hello,", "Dear {first},", "Attention: {first} {last}"], signoffs=["Regards,\nHR Manager", "Mrs. Linda Carter\nHiring Department", ""],
        footers=["Confidential", "This email is intended for the addressee only."], skeletons=["plainish", "table", "card"],
        ents=["plain"], textmodes={"none": 6, "full": 4}, accent="#c00000"),
    "autoreply": Platform(
        key="autoreply", brand="", relay="", track="",
        senders=["{rec}", "Mail Delivery System", "Microsoft Outlook"], addrs=["{recslug}@{codomain}"],
        greetings=[""], signoffs=["{rec}\n{rectitle} | {coname}", "Kind regards,\n{rec}"],
        footers=[], skeletons=["mso", "plainish"], ents=["plain", "nbsp"], textmodes={"full": 6, "none": 3}, accent="#444"),
}

SPECIAL_BUILDERS = {
    "board_ack": X.board_ack, "board_reject": X.board_reject, "board_invite": X.board_invite, "board_viewed_app": X.board_viewed_app,
    "cal_invite": X.cal_invite, "cal_resched": X.cal_resched, "cal_confirm": X.cal_confirm, "cal_remind": X.cal_remind,
    "cal_cancel_you": X.cal_cancel_you, "cal_cancel_filled": X.cal_cancel_filled,
    "probe_reject": lambda r, c, p: X.probe_reject(r, c, p, False), "probe_reject_fb": lambda r, c, p: X.probe_reject(r, c, p, True),
    "probe_practice": X.probe_practice,
    "sign_offer": lambda r, c, p: X.sign_doc(r, c, p, "offer"), "sign_onboard": lambda r, c, p: X.sign_doc(r, c, p, "onboard"),
    "sign_nda": lambda r, c, p: X.sign_doc(r, c, p, "nda"), "sign_completed": X.sign_completed,
}

TITLES = ["Senior Recruiter", "Talent Partner", "Recruiting Coordinator", "Technical Recruiter", "Head of Talent", "People Partner", "Hiring Manager"]


def make_ctx(rng: random.Random, p: Platform) -> dict:
    coname, codomain = B.company(rng)
    first, last = rng.choice(B.CANDIDATES)
    rf, rl = B.person(rng)
    r2f, r2l = B.person(rng)
    role = rng.choice(B.ROLES)
    email = rng.choice([f"{first}.{last}@gmail.com", f"{first[0]}{last}@outlook.com", f"{first}{rng.randint(1, 99)}@proton.me",
                        f"{first}.{last}@fastmail.com"]).lower()
    co_body = rng.choice(["the company", "our organisation"]) if p.hide_co_body else coname
    ctx = {
        "co": co_body, "coname": coname, "codomain": codomain, "coslug": B.slug(coname), "first": first, "last": last,
        "rec": f"{rf} {rl}", "rec_first": rf, "recslug": B.slug(f"{rf}.{rl}").replace("-", "."), "rec2": f"{r2f} {r2l}",
        "rectitle": rng.choice(TITLES), "role": role, "role2": rng.choice([r for r in B.ROLES if r != role]),
        "req": B.req_id(rng), "date": B.date_phrase(rng), "date2": B.date_phrase(rng), "time": B.time_phrase(rng),
        "city": rng.choice(B.CITIES), "code": str(rng.randint(100000, 999999)), "brand": p.brand or "us",
        "salary": rng.choice(["£58,000", "$132,000", "€64,500", "£41,250", "$96,000 + equity", "€72,000", "CA$105,000", "A$118,000"]),
        "month": rng.choice(B.MONTHS), "n": str(rng.randint(3, 40)), "email": email, "tok": B.token(rng, 10),
        "cand": " ".join(B.person(rng)), "org": rng.choice(X.NONJOB_ORG), "_p": p,
    }
    ctx["co_header"] = coname if p.header_co else ""
    return ctx


def _tidy(block: tuple) -> tuple:
    """Smooth the grammar where a vendor hides the employer's name behind 'the company'."""
    if block[0] not in ("p", "note"):
        return block
    fixes = [("The the company", "The company"), ("the the company", "the company"), ("The our organisation", "Our organisation"),
             ("the our organisation", "our organisation"), ("a career with the company", "a career with us"),
             ("interest in the company", "interest in us"), ("interest in our organisation", "interest in us")]
    t = block[-1]
    for a, b in fixes:
        t = t.replace(a, b)
    return block[:-1] + (t,)


def record(rng: random.Random, fam: str, n: int, p: Platform, ctx: dict, mail, company: str | None) -> dict:
    rctx = dict(ctx, co=ctx["coname"])
    if p.key == "portals":
        rctx["co_header"] = ctx["org"]
    if p.key in ("lures", "autoreply"):
        rctx["co_header"] = ""
    if p.hide_co_body:
        mail.blocks = [_tidy(b) for b in mail.blocks]
    text, html = render(mail, p, rng, rctx)
    if p.key == "lures":
        rctx["n"] = str(rng.randint(10, 999))
    from_name = rng.choice(p.senders).format(**rctx)
    from_addr = rng.choice(p.addrs).format(**rctx).lower()
    if p.key == "autoreply" and mail.signoff is False:
        from_name, from_addr = rng.choice(["Mail Delivery System", "Microsoft Outlook", "Mail Delivery Subsystem"]), rng.choice(["postmaster@" + ctx["codomain"], "mailer-daemon@googlemail.com"])
    elif p.key == "autoreply":
        from_name = ctx["rec"]
    return {
        "id": f"{FAMILY_PREFIX}-{fam}-{n}", "family": f"{FAMILY_PREFIX}-{fam}", "folder": "INBOX", "lang": "en",
        "from_name": from_name, "from_addr": from_addr, "to_addr": ctx["email"], "subject": mail.subject,
        "body_text": text, "body_html": html, "labels": mail.labels, "company": company,
        "topics": mail.topics if "feedback" in mail.labels else [],
        "outside_control": mail.oc if "rejection" in mail.labels else [],
    }


def _company_for(kind: str, fam: str, ctx: dict) -> str | None:
    if kind in NULL_CO_KINDS:
        return None
    if fam in BOARDS and kind in ("alerts", "viewed", "incomplete", "newsletter", "survey", "privacy", "delete"):
        return None if kind != "incomplete" else ctx["coname"]
    if fam == "codeprobe" and kind == "probe_practice":
        return None
    return ctx["coname"]


def _quota(rng: random.Random, table: dict, count: int) -> list[str]:
    """Kinds for one family in proportion to their weights (largest remainder), shuffled."""
    total = sum(table.values())
    exact = {k: w * count / total for k, w in table.items()}
    out = {k: int(v) for k, v in exact.items()}
    rest = sorted(exact, key=lambda k: (exact[k] - out[k], rng.random()), reverse=True)
    for k in rest[: count - sum(out.values())]:
        out[k] += 1
    kinds = [k for k, v in out.items() for _ in range(v)]
    rng.shuffle(kinds)
    return kinds


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, count in ATS_FAMILIES.items():
        p = PLATFORMS[fam]
        for n, kind in enumerate(_quota(rng, ATS_WEIGHTS, count)):
            ctx = make_ctx(rng, p)
            ctx["_board"] = fam in BOARDS
            mail = K.BUILDERS[kind](rng, ctx, p)
            company = _company_for(kind, fam, ctx)
            if company is None and kind != "panel":
                ctx["co_header"] = p.brand
            yield record(rng, fam, n, p, ctx, mail, company)
    for fam, (count, table) in SPECIAL.items():
        p = PLATFORMS[fam]
        for n, kind in enumerate(_quota(rng, table, count)):
            ctx = make_ctx(rng, p)
            ctx["_board"] = fam in BOARDS
            builder = SPECIAL_BUILDERS.get(kind) or K.BUILDERS[kind]
            mail = builder(rng, ctx, p)
            company = _company_for(kind, fam, ctx)
            if company is None:
                ctx["co_header"] = p.brand
            yield record(rng, fam, n, p, ctx, mail, company)
    for fam, count, fn in (("portals", 27, X.nonjob), ("lures", 16, X.lure), ("autoreply", 14, None)):
        p = EXTRA_PLATFORMS[fam]
        for n in range(count):
            ctx = make_ctx(rng, p)
            if fam == "autoreply":
                mail, company = X.autoreply(rng, ctx, p)
            else:
                mail, company = fn(rng, ctx, p), None
                if fam == "portals" and rng.random() < 0.5:
                    mail.signoff = True
            yield record(rng, fam, n, p, ctx, mail, company)
