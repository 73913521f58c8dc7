"""Writer w26: short mail that is not a hiring decision -- friends, the user's current job, shops,
newsletters about rejection/offers, non-job rejections, scams, auto-replies and bounces."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w26_kit as K  # noqa: E402
import _w26_say as S  # noqa: E402
import _w26_world as W  # noqa: E402

FAMILY_PREFIX = "w26noise"

INSTITUTIONS = {
    "nonjob_rej": [("Admissions Office", "admissions.northbridge-uni.ac.uk"), ("Lettings Team", "lettings.parkviewhomes.co.uk"),
                   ("Grants Panel", "grants.arts-fund.org"), ("Programme Committee", "cfp.devsummit.events"),
                   ("Loans", "notify.quickcredit-bank.com"), ("Visa Section", "noreply.visa-centre.gov"),
                   ("Membership Secretary", "rowingclub-members.org")],
    "newsletter": [("The Job Hunt Weekly", "news.jobhuntweekly.com"), ("Career Notes", "hello.careernotes.blog"),
                   ("Offer Lab", "digest.offerlab.io")],
    "scam": [("HR Department", "hr-global-recruit@mail.ru"), ("Remote Jobs Team", "hiring.remotejobs-now.biz"),
             ("Recruitment Manager", "offers.topcareers-intl.net")],
    "auto": [None], "bounce": [("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
                               ("Postmaster", "postmaster@outlook.com")],
    "shop": [("Tailor & Thread", "mail.tailorthread.com"), ("Bookshed", "offers.bookshed.co.uk"),
             ("Kettle & Co", "news.kettleco.com")],
    "fair": [("City Careers Fair", "events.citycareersfair.org"), ("CV Clinic", "hello.cvclinic.org")],
}


def personal(rng: random.Random, family: str, n: int) -> dict:
    ctx = K.make_ctx(rng)
    kind = rng.choice(["friend", "friend", "friend", "work", "work"])
    said = S.noise(rng, ctx, kind)
    line = S.fill(rng.choice(said["lines"]), ctx)
    if kind == "friend":
        fname = ctx["sender_first"]
        faddr = W.personal_addr(rng, ctx["sender_first"], ctx["sender_last"])
        to = ctx["cand_addr"]
        tail = rng.choice(["x", "xx", "", "😘", ctx["sender_first"], rng.choice(K.DEVICE)])
    else:
        wdom = W.slug(rng.choice(W.COMPANIES)[0]) + rng.choice([".com", ".co.uk", ".io"])
        fname = f"{ctx['sender_first']} {ctx['sender_last']}"
        faddr = W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], wdom)
        to = W.work_addr(rng, ctx["first"], ctx["cand_last"], wdom)
        tail = rng.choice(["", "Thanks!", ctx["sender_first"], "ta"])
    body = "\n\n".join(p for p in [line, tail] if p)
    subj = K.subject(rng, said["subjects"], ctx, reply=0.2)
    return K.record(family, n, from_name=fname, from_addr=faddr, to_addr=to, subject=subj, body_text=body,
                    said=said, company=None)


def institutional(rng: random.Random, family: str, n: int) -> dict:
    ctx = K.make_ctx(rng)
    kind = K.pick_weighted(rng, {"nonjob_rej": 8, "newsletter": 5, "scam": 4, "auto": 4, "bounce": 3, "shop": 3,
                                 "fair": 3})
    said = S.noise(rng, ctx, kind)
    src = rng.choice(INSTITUTIONS[kind])
    if src is None:  # an auto-reply from whoever the user wrote to
        fname = f"{ctx['sender_first']} {ctx['sender_last']}"
        faddr = W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], ctx["dom"])
    else:
        fname, dom = src
        faddr = dom if "@" in dom else rng.choice(["noreply@", "info@", "team@"]) + dom
    body = said["lines"][0]
    if kind in ("nonjob_rej",) and rng.random() < 0.5:
        body = S.fill(rng.choice(["Dear {first},\n\n", "Hi {first}, "]), ctx) + body
    if kind == "bounce":
        body += f"\n\n{ctx['sender_first'].lower()}@{ctx['dom']}\n\n----- Original message -----\nSubject: {ctx['role']} application"
    if kind in ("newsletter", "shop", "fair") and rng.random() < 0.7:
        body += "\n\n" + rng.choice(["Unsubscribe", "You're getting this because you signed up. Unsubscribe here.",
                                     "View in browser · Unsubscribe"])
    html = None
    if kind in ("newsletter", "shop") and rng.random() < 0.5:
        html = K.to_html(rng, body.split("\n\n"), "", brand=fname)
        body = "" if rng.random() < 0.5 else body
    subj = K.subject(rng, said["subjects"], ctx, reply=0.0)
    company = ctx["co"] if src is None else None  # an out-of-office from someone at the employer
    return K.record(family, n, from_name=fname, from_addr=faddr, to_addr=ctx["cand_addr"], subject=subj,
                    body_text=body, body_html=html, said=said, company=company)


def generate(rng: random.Random) -> Iterable[dict]:
    for i in range(44):
        yield personal(rng, f"{FAMILY_PREFIX}-personal", i)
    for i in range(48):
        yield institutional(rng, f"{FAMILY_PREFIX}-inst", i)
