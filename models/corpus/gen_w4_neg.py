"""Writer w4: English (and a few multilingual out-of-office) messages that look like job mail but
carry no label: portal accounts, password resets, alerts, newsletters, events, status pings,
onboarding after acceptance, reminders, internal panel requests, non-job rejections, scams."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w4_kit as K  # noqa: E402
import _w4_neg as N  # noqa: E402
from _w4_env import context, fill, wrap  # noqa: E402

FAMILY_PREFIX = "w4n"
PORTAL = ["w4-wd", "w4-sf", "w4-ic", "w4-pub", "w4-bank", "w4-latam"]
PEOPLE = ["w4-consult", "w4-hm", "w4-inrec", "w4-eurec", "w4-latam", "w4-ic"]
KIND_FAMS = {
    "account": PORTAL, "password": PORTAL, "profile": PORTAL + ["w4-inrec"], "alert": PORTAL, "newsletter": PORTAL,
    "event": PORTAL + ["w4-consult"], "review": PORTAL + PEOPLE, "onboard": PORTAL + ["w4-hm", "w4-inrec"],
    "reminder": PORTAL + PEOPLE, "recruiter": ["w4-inrec", "w4-eurec", "w4-latam"], "survey": PORTAL,
    "withdrawn": PORTAL + PEOPLE,
}
NO_COMPANY = {"recruiter"}


def _internal(rng: random.Random, ids: K.Counter):
    ctx = context(rng, "w4-hm")
    pf, pl = K.person(rng)
    ask = rng.choice(N.PANEL_ASK)
    body = fill(" ".join(x for x in (ask[:1].upper() + ask[1:], rng.choice(N.PANEL_DETAIL), rng.choice(N.PANEL_LOGISTICS)) if x), ctx)
    greet = rng.choice([f"Hi {ctx['first']},", f"Hello {ctx['first']},", "Hi all,", "Team,"])
    sig = rng.choice([f"Thanks,\n{pf}", f"Cheers\n{pf} {pl}\nEngineering Manager", f"{pf}"])
    colleague = f"{ctx['first'].lower()}.{ctx['last'].lower()}@{ctx['dom']}.com"
    return K.record(ids, "w4-internal", from_name=f"{pf} {pl}", from_addr=f"{pf.lower()}.{pl.lower()}@{ctx['dom']}.com".replace("'", ""),
                    to_addr=colleague, subject=fill(rng.choice(N.NEG["panel"][1]), ctx),
                    body_text=f"{greet}\n\n{body}\n\n{sig}", labels=[], company=None)


def _nonjob(rng: random.Random, ids: K.Counter, kind: str):
    bodies, subjects = N.NONJOB[kind]
    ctx = context(rng, "w4-pub")
    pf, pl = K.person(rng)
    inst = rng.choice([ctx["org"], "Graduate Admissions Office", "Immigration Service", "Procurement Unit", "Housing Office",
                       "Programme Committee", "Scholarship Board"])
    text = fill(rng.choice(bodies), ctx)
    text = fill(rng.choice(N.NONJOB_PRE), ctx) + (" " if text else "") + text
    extra = " ".join(rng.sample(N.NONJOB_POST, 2)).strip()
    body = "\n\n".join(x for x in [rng.choice([f"Dear {ctx['first']} {ctx['last']},", "Dear Applicant,", "Dear Sir/Madam,"]),
                                   text, extra, f"Yours sincerely,\n{pf} {pl}\n{inst}"] if x)
    html = rng.random() < .3
    return K.record(ids, "w4-nonjob", from_name=inst, from_addr=f"noreply@{ctx['dom']}.org", to_addr=ctx["to"],
                    subject=fill(rng.choice(subjects), ctx), body_text="" if html else body,
                    body_html=K.to_html(rng, body.split("\n\n"), brand=inst) if html else None, labels=[], company=None)


def _scam(rng: random.Random, ids: K.Counter):
    ctx = context(rng, "w4-wd")
    name = rng.choice(["HR Department", "Global Recruitment Desk", "Mrs. Linda Howard", "Hiring Manager", ctx["org"] + " HR"])
    body = fill(" ".join(rng.choice(part) for part in N.SCAM), ctx)
    body = rng.choice(["Dear Candidate,", "Hello Dear,", "Attention:", "Hi,"]) + "\n\n" + body + "\n\n" + rng.choice(["Regards,\nHR", "God bless", "Best regards,\nRecruitment Officer"])
    return K.record(ids, "w4-scam", from_name=name, from_addr=f"hr.{rng.randint(10, 999)}@{rng.choice(['gmail.com', 'mail.ru', 'outlook.com', 'jobsoffer-hr.top'])}",
                    to_addr=ctx["to"], subject=rng.choice(N.SCAM_SUBJ), body_text=body, labels=[], company=None)


def _ooo(rng: random.Random, ids: K.Counter):
    lang = rng.choice(["en", "en", "de", "fr", "es"])
    ctx = context(rng, "w4-bank")
    pf, pl = K.person(rng)
    orig = rng.choice([f"Application for {ctx['role']}", "Follow-up on my interview", "Feedback request", "Thank you", f"Re: {ctx['role']}"])
    subj = rng.choice(N.OOO_SUBJ[lang]).format(s=orig)
    body = " ".join(x for x in (rng.choice(part) for part in N.OOO[lang]) if x).format(when=K.when(rng, lang).split(" at ")[0].split(" um ")[0].split(" à ")[0].split(" a las ")[0])
    body += f"\n\n{pf} {pl}\n{ctx['org']}"
    return K.record(ids, "w4-ooo", lang=lang, from_name=f"{pf} {pl}", from_addr=f"{pf[0].lower()}{pl.lower()}@{ctx['dom']}.com".replace("'", ""),
                    to_addr=ctx["to"], subject=subj, body_text=body, labels=[], company=None)


def generate(rng: random.Random):
    ids = K.Counter(FAMILY_PREFIX)
    for kind, fams in KIND_FAMS.items():
        n = 14 if kind not in ("recruiter", "survey", "withdrawn") else 10
        bodies, subjects = N.NEG[kind]
        for j in range(n):
            fam = fams[j % len(fams)]
            ctx = context(rng, fam)
            paras = list(rng.choice(bodies))
            fields = wrap(rng, fam, ctx, paras, subjects, hint_p=.6)
            yield K.record(ids, fam, labels=[], company=None if kind in NO_COMPANY else ctx["org"], **fields)
    for _ in range(16):
        yield _internal(rng, ids)
    for kind in N.NONJOB:
        for _ in range(6):
            yield _nonjob(rng, ids, kind)
    for _ in range(14):
        yield _scam(rng, ids)
    for _ in range(18):
        yield _ooo(rng, ids)
