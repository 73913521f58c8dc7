"""Writer w8: unlabelled mail that word-spotting gets wrong - newsletters and blog digests about
rejections and offers, job alerts, profile pings, webinar and careers-fair invitations, rejections
of things that are not jobs, scams imitating offers, auto-replies and bounces, colleagues asking
the user to interview someone, networking coffees, salary surveys and everyday personal mail."""

from __future__ import annotations

import importlib
import random
from typing import Iterable


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


C = _load("_w8_compose")
kit, L, N = C.kit, C.L, C.N

FAMILY_PREFIX = "w8noi"

BRANDS = [("CareerCompass Weekly", "news.careercompass.example"), ("The Hiring Digest", "digest.hiringdigest.example"),
          ("JobNest", "alerts.jobnest.example"), ("Tech Talent Radar", "radar.ttr.example"),
          ("WorkWise", "mail.workwise.example"), ("Stellenradar", "info.stellenradar.example"),
          ("Grad Careers Hub", "hub.gradcareers.example"), ("DevJobs Pulse", "pulse.devjobs.example")]
NONJOB_SENDERS = [("Graduate Admissions", "admissions@uni-northfield.example.ac.uk"), ("Research Grants Office", "grants@foundation.example.org"),
                  ("Program Committee", "cfp@pyconf.example.org"), ("Harbour Lettings", "lettings@harbourlets.example.co.uk"),
                  ("Brightline Bank", "noreply@brightline-bank.example"), ("Riverside Rowing Club", "secretary@riversiderc.example"),
                  ("Consulate Visa Section", "visa@consulate.example.gov"), ("The Long Read Editors", "pitches@longread.example"),
                  ("City Marathon Volunteers", "volunteers@citymarathon.example")]
EXTRA_NEWS = [
    "Also this week: remote work numbers, a guide to notice periods, and our salary calculator.",
    "Reader question: 'I was told I was overqualified - what now?' Our columnist answers.",
    "Podcast: a hiring manager explains why she stopped doing whiteboard interviews.",
    "Poll results: 61% of you never received feedback after a final round.",
    "Events: virtual careers fair on the 14th, CV clinic on the 21st.",
    "Template of the week: how to politely chase after an interview.",
]
BOARD_FOOT = ["You are receiving this because you subscribed at {dom}. Unsubscribe | Manage preferences",
              "Don't want these emails? Unsubscribe here. {brand}, 10 Market Street.",
              "Manage alert settings · Privacy · Unsubscribe", "© 2026 {brand}. All rights reserved. Unsubscribe."]


def _ctx(rng: random.Random) -> dict:
    return C.employer_ctx(rng)


def board(rng: random.Random, n: int) -> dict:
    ctx = _ctx(rng)
    kind = rng.choice(["newsletter", "newsletter", "job_alert", "job_alert", "profile", "webinar", "webinar"])
    subj, lines, _ = C.lookalike(rng, kind)
    brand, dom = rng.choice(BRANDS)
    parts = [rng.choice(["Hi {me},", "Hello {me}", "", "Hey {me} 👋"])] + lines
    if kind == "newsletter":
        parts += kit.pick(rng, EXTRA_NEWS, rng.randint(1, 3))
    parts.append(rng.choice(BOARD_FOOT).format(brand=brand, dom=dom))
    body = kit.fill(kit.join_paras(parts), ctx)
    subject = kit.fill(subj, ctx)
    if rng.random() < 0.2:
        subject = rng.choice(["📬 ", "🔥 ", "✨ ", "🎯 "]) + subject
    mode = rng.choice(["html_only", "html_only", "both", "text"])
    return kit.record(FAMILY_PREFIX, "boards", n, folder="INBOX", lang="en", from_name=brand,
                      from_addr=rng.choice(["noreply@", "hello@", "news@"]) + dom, to_addr=ctx["me_addr"],
                      subject=subject, body=body, labels=[], company=None, html_mode=mode, rng=rng)


def nonjob(rng: random.Random, n: int) -> dict:
    ctx = _ctx(rng)
    subj, lines = rng.choice(N.GENERIC_LOOKALIKE["nonjob_reject"])
    name, addr = rng.choice(NONJOB_SENDERS)
    first, last = kit.person(rng)
    parts = [rng.choice(L.HI_FORMAL + ["Hi {me},", "Dear applicant,"])] + lines
    parts.append(rng.choice(["We wish you every success.", "Thank you for your interest.", "You may reapply next year.",
                             "Please see our website for other options.", "", "Sorry!"]))
    parts.append(rng.choice(L.BYE_FORMAL) + "\n" + rng.choice([f"{first} {last}", name]))
    body = kit.fill(kit.join_paras(parts), ctx)
    subject = kit.dress_subject(rng, subj, reply=rng.random() < 0.15)
    return kit.record(FAMILY_PREFIX, "notajob", n, folder="INBOX", lang="en", from_name=name, from_addr=addr,
                      to_addr=ctx["me_addr"], subject=subject, body=body, labels=[], company=None,
                      html_mode="both" if rng.random() < 0.2 else "text", rng=rng)


def colleague(rng: random.Random, n: int) -> dict:
    ctx = _ctx(rng)
    kind = rng.choice(["interview_someone", "interview_someone", "personal", "personal", "personal", "coffee", "salary_survey", "referral"])
    subj, lines, _ = C.lookalike(rng, kind)
    first, last = kit.person(rng)
    work = kind in ("interview_someone",) or (kind == "personal" and rng.random() < 0.4)
    addr = kit.addr_for(rng, first, last, ctx["domain"]) if work else kit.personal_addr(rng, first, last)
    p = {"style": "mate", "first": first, "last": last, "lower": rng.random() < 0.4, "phone": rng.random() < 0.3,
         "formal": False, "ramble": False, "voice": None, "footer": work, "agency": "", "title": "Engineer",
         "org": ctx["co"], "domain": ctx["domain"], "plain_sig": not work}
    body = C.wrap(rng, p, lines, ctx, short=True)
    subject = kit.dress_subject(rng, kit.fill(subj, ctx), reply=rng.random() < 0.25)
    company = ctx["co"] if kind == "referral" else None
    return kit.record(FAMILY_PREFIX, "colleagues", n, folder="INBOX", lang="en", from_name=f"{first} {last}",
                      from_addr=addr, to_addr=ctx["me_addr"], subject=subject, body=body, labels=[], company=company)


def system(rng: random.Random, n: int) -> dict:
    ctx = _ctx(rng)
    kind = rng.choice(["autoreply", "autoreply", "scam", "scam"])
    subj, lines, _ = C.lookalike(rng, kind)
    if kind == "scam":
        first, last = kit.person(rng)
        from_name, from_addr = rng.choice([f"HR {first} {last}", "Recruitment Dept", f"{first} {last}"]), kit.personal_addr(rng, first, last)
        body = kit.join_paras([rng.choice(["Dear Candidate,", "Hello Dear,", "Good day {me},"])] + lines +
                              [rng.choice(["Regards,\nHR Manager", "Best,\nRecruitment Team", "Thanks,\n" + first])])
    elif subj.startswith(("Undeliverable", "Mail delivery")):
        from_name, from_addr = "Mail Delivery System", rng.choice(["MAILER-DAEMON@mx.example.net", "postmaster@outlook.example.com"])
        body = kit.join_paras(lines + [kit.quote_outlook(rng, ctx["me_full"], ctx["me_addr"], "hr@" + ctx["domain"],
                                                        "Thank you", "Thank you for the interview today. Best, " + ctx["me"])])
    else:
        first, last = kit.person(rng)
        from_name, from_addr = f"{first} {last}", kit.addr_for(rng, first, last, ctx["domain"])
        f2, l2 = kit.person(rng)
        extra = rng.choice([f"I'll be back on {kit.date_line(rng)}.", f"For anything urgent please contact {f2} {l2} ({kit.addr_for(rng, f2, l2, ctx['domain'])}).",
                            "Your message will not be forwarded.", f"Responses may be delayed until {kit.date_line(rng)}.", ""])
        body = kit.join_paras(lines + [extra, rng.choice(["", f"{first} {last}\n{ctx['co']}"])])
    subject = kit.fill(subj, ctx)
    return kit.record(FAMILY_PREFIX, "sysmail", n, folder="INBOX", lang="en", from_name=from_name, from_addr=from_addr,
                      to_addr=ctx["me_addr"], subject=subject, body=kit.fill(body, ctx), labels=[], company=None)


def generate(rng: random.Random) -> Iterable[dict]:
    for fn, count in ((board, 28), (nonjob, 22), (colleague, 24), (system, 15)):
        for n in range(count):
            yield fn(rng, n)
