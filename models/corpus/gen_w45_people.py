"""w45: hiring mail written by people acting for one employer (in-house recruiters in en/de/fr/es, agency
recruiters), the candidate's own Sent mail, and mail about no single employer (job alerts, vendor marketing,
newsletters)."""

from __future__ import annotations

import random
from typing import Iterable

import _w45_agency as AG
import _w45_en as EN
from _w45_alerts import job_alert, marketing, newsletter_eu
from _w45_compose import LANG, REASON_LIST, TOPIC_LIST, an, build, cap, sent_msg, set_step
from _w45_rec import Counter, pick, record, weighted
from _w45_shell import plain_ats, quote
from _w45_world import FIRST, LAST, ascii_slug, fill, make_ctx

FAMILY_PREFIX = "w45"

TITLES = {
    "en": ["Senior Talent Partner", "Technical Recruiter", "Recruitment Lead", "HR Manager", "Talent Acquisition Specialist",
           "People Partner", "Recruiting Coordinator"],
    "de": ["Recruiterin", "Talent Acquisition Partner", "Personalreferent", "Leitung Personal"],
    "fr": ["Chargée de recrutement", "Talent Acquisition Manager", "Responsable RH"],
    "es": ["Técnica de Selección", "Talent Acquisition Partner", "Responsable de Personas"],
}
PHONES = {"en": ["+1 (312) 555-01{n}", "+44 20 7946 0{n}", "M: +44 7700 900{n}", "+1 646 555 01{n}"],
          "de": ["Tel. +49 40 123456-{n}", "T +43 1 234 56 {n}"], "fr": ["Tél. : +33 1 23 45 67 {n}", "+32 2 123 45 {n}"],
          "es": ["Tel.: +34 91 123 45 {n}", "+52 55 1234 56{n}"]}


def human_sig(rng, ctx, lang):
    c = dict(ctx, title=rng.choice(TITLES[lang]), n=f"{rng.randint(10, 99)}")
    phone = pick(rng, PHONES[lang], c)
    forms = ["{recruiter}\n{title} | {company}\n" + phone, "{recruiter}\n{title}\n{company}\n" + phone + "\n{cdom}",
             "{rfirst}\n\n--\n{recruiter} · {title} · {company}", "{recruiter} | {title}, {company}"]
    return pick(rng, forms, c)


def human_body(rng, msg, ctx, lang, sig):
    parts = [msg["greet"]] + msg["paras"]
    parts.append(msg["close"] + "\n" + sig if rng.random() < 0.8 else sig)
    return "\n\n".join(parts)


def _prior_quote(rng, ctx, lang, kind, subj):
    """Quoted history under a recruiter's reply: the candidate's earlier mail."""
    cand = f"{ctx['first']} {ctx['last']}"
    if kind == "fb_reply":
        text = fill(rng.choice(LANG[lang].SENT["feedback_request"]["body"]), dict(ctx, subj=subj))
    else:
        text = {"en": rng.choice(["Hi {rfirst},\n\nJust checking in on the {role} role — is there any update on timing?\n\nThanks,\n{first}",
                                  "Thanks {rfirst}, {date0} works for me. Speak then!\n\n{first}",
                                  "Hi {rfirst}, attached is my updated CV as requested. Best, {first}"]),
                "de": "Hallo {rfirst},\n\ngibt es schon Neuigkeiten zur Stelle {role}?\n\nViele Grüße\n{first}",
                "fr": "Bonjour {rfirst},\n\nAvez-vous des nouvelles concernant le poste de {role} ?\n\nBien à vous,\n{first}",
                "es": "Hola {rfirst}:\n\n¿Hay alguna novedad sobre el puesto de {role}?\n\nUn saludo,\n{first}"}[lang]
        text = fill(text, ctx)
    return quote(lang, rng, cand, ctx["cand_addr"], ctx["date0"], ctx["time2"], subj, text)


def inhouse(rng, cnt, family, lang, count, kinds):
    for _ in range(count):
        kind = weighted(rng, kinds)
        ctx = make_ctx(rng, lang)
        set_step(ctx, rng, lang, ["video", "tech", "onsite", "final"])
        if kind == "pre_closed":
            msg = {"subj": fill(rng.choice(["Re: {role} at {company}", "Quick update on the {role} opening", "Following up from the careers fair"]), ctx),
                   "greet": fill(rng.choice(EN.GREET), ctx), "paras": [fill(rng.choice(AG.INHOUSE_PRE), ctx),
                   "Thanks again for your interest in {company} — it was great to meet you.".format(**ctx)],
                   "close": rng.choice(EN.CLOSE), "labels": [], "topics": [], "oc": []}
        else:
            msg = build(kind, lang, ctx, rng)
        sig = human_sig(rng, ctx, lang)
        body = human_body(rng, msg, ctx, lang, sig)
        subj = msg["subj"]
        if kind == "fb_reply" or rng.random() < 0.3:
            prior = subj.split(": ", 1)[-1] if subj.startswith(("Re:", "AW:", "RE:")) else subj
            body += "\n\n" + _prior_quote(rng, ctx, lang, kind, prior)
            if not subj.startswith(("Re:", "AW:", "RE:")):
                subj = {"en": "Re: ", "de": "AW: ", "fr": "RE: ", "es": "RE: "}[lang] + subj
        fn = rng.choice([ctx["recruiter"], f"{ctx['recruiter']} | {ctx['company']}", f"{ctx['recruiter']} ({ctx['company']})"])
        yield record(cnt, family, lang, fn, ctx["raddr"], ctx["cand_addr"], subj, body, None, msg["labels"], ctx["company"],
                     msg["topics"], msg["oc"])


def agency(rng, cnt, count):
    fam = "w45-agency-recruiters"
    kinds = {"invite": 10, "reject": 9, "reject_fb": 8, "offer": 6, "fb_adv": 4, "checkin": 5, "status": 5, "pre_closed": 5, "reminder": 4}
    for _ in range(count):
        kind = weighted(rng, kinds)
        ctx = make_ctx(rng, "en")
        set_step(ctx, rng, "en", ["phone", "video", "tech", "onsite", "final"])
        agency_name, adom = rng.choice(AG.AGENCIES)
        af, al = rng.choice(FIRST["en"]), rng.choice(LAST["en"])
        agent = f"{af} {al}"
        c = dict(ctx, agent=agent, agency=agency_name, adom=adom, desk=rng.choice(AG.DESKS),
                 n1=f"{rng.randint(10000, 99999)}", n2=f"{rng.randint(100, 999)}")
        spec = AG.A["reject" if kind == "reject_fb" else kind]
        labels, topics, oc = list(spec["labels"]), [], []
        sents = [pick(rng, spec["lead"], c)]
        if kind in ("reject", "reject_fb"):
            if rng.random() < (0.45 if kind == "reject" else 0.15):
                code = rng.choice(REASON_LIST)
                oc.append(code)
                sents.append(AG.A_REASON[code])
            if kind == "reject_fb":
                pool = TOPIC_LIST if ctx["techy"] else [t for t in TOPIC_LIST if t not in ("coding", "system_design")]
                topics = rng.sample(pool, 1 if rng.random() < 0.6 else 2)
                sents.append(pick(rng, AG.A_FB_INTRO, c))
                if rng.random() < 0.5:
                    sents.append(rng.choice(EN.FB_POS))
                sents += [rng.choice(EN.FB_TOPIC[t]) for t in topics]
                labels = ["rejection", "feedback"]
            elif rng.random() < 0.3:
                sents.append(rng.choice(["They didn't give much detail beyond saying it was a strong shortlist.",
                                         "I asked for feedback but they said company policy stops them sharing any."]))
            sents.append(rng.choice(AG.A_CLOSE))
        elif kind == "fb_adv":
            topics = rng.sample([t for t in TOPIC_LIST if ctx["techy"] or t not in ("coding", "system_design")], 1)
            sents += [pick(rng, AG.A_FB_ADV, c), rng.choice(EN.FB_TOPIC[topics[0]]),
                      fill("Are you free on {date} or {date2} for it?", c)]
        else:
            more = list(spec.get("more", []))
            rng.shuffle(more)
            sents += [fill(m, c) for m in more[:rng.randint(0, min(2, len(more)))]]
        sents = [an(cap(fill(s, c))) for s in sents]
        paras = []
        for s in sents:
            if paras and rng.random() < 0.5:
                paras[-1] += " " + s
            else:
                paras.append(s)
        greet = fill(rng.choice(["Hi {first},", "{first},", "Hey {first}!", "Morning {first},", "Hi {first} –"]), c)
        sig = pick(rng, AG.A_SIGN, c)
        body = "\n\n".join([greet] + paras + [sig])
        if rng.random() < 0.2:
            body += "\n\nSent from my phone"
        subj = pick(rng, spec["subj"], c)
        fn = rng.choice([agent, f"{agent} | {agency_name}", f"{agent} ({agency_name})"])
        fa = f"{ascii_slug(af)}.{ascii_slug(al)}@{adom}" if rng.random() < 0.6 else f"{ascii_slug(af)[0]}{ascii_slug(al)}@{adom}"
        yield record(cnt, fam, "en", fn, fa, ctx["cand_addr"], subj, body, None, labels, ctx["company"], topics, oc)


def sent(rng, cnt, count):
    fam = "w45-candidate-sent"
    for _ in range(count):
        lang = rng.choices(["en", "de", "fr", "es"], weights=[76, 8, 8, 8])[0]
        kind = "feedback_request" if lang != "en" else weighted(rng, {"feedback_request": 15, "availability": 8, "withdraw": 5, "thanknote": 5})
        ctx = make_ctx(rng, lang, rng.choice(["talentloop", "hirebeam", None]))
        prior_kind = {"feedback_request": rng.choice(["reject", "reject", "reject_other"]) if lang == "en" else "reject",
                      "availability": "invite", "withdraw": rng.choice(["invite", "status"]), "thanknote": None}[kind]
        prior = build(prior_kind, lang, ctx, rng) if prior_kind else None
        if prior and kind == "feedback_request":
            while "feedback" in prior["labels"]:
                prior = build("reject", lang, ctx, rng)
        psubj = prior["subj"] if prior else ""
        m = sent_msg(kind, lang, ctx, rng, psubj)
        body = m["body"]
        if lang == "en" and rng.random() < 0.8:
            body += "\n\n" + rng.choice(["Best regards,", "Thanks again,", "Kind regards,", "Best,"]) + f"\n{ctx['first']} {ctx['last']}"
        elif lang != "en":
            body += "\n\n" + {"de": "Viele Grüße", "fr": "Cordialement,", "es": "Un saludo,"}[lang] + f"\n{ctx['first']}"
        if prior and rng.random() < 0.85:
            ptxt = plain_ats(prior, ctx, rng, lang, header=False)
            body += "\n\n" + quote(lang, rng, ctx["recruiter"], ctx["raddr"], ctx["date0"], ctx["time"], psubj, ptxt)
        to = ctx["raddr"]
        if kind == "thanknote":
            to = f"{ascii_slug(ctx['interviewer'].split()[0])}.{ascii_slug(ctx['interviewer'].split()[1])}@{ctx['cdom']}"
        yield record(cnt, fam, lang, f"{ctx['first']} {ctx['last']}", ctx["cand_addr"], to, m["subj"], body, None,
                     m["labels"], ctx["company"], folder="Sent")


def alerts(rng, cnt, count):
    fam = "w45-alerts-marketing"
    for _ in range(count):
        r = rng.random()
        lang = "en"
        first = rng.choice(FIRST["en"])
        to = f"{ascii_slug(first)}.{ascii_slug(rng.choice(LAST['en']))}@inboxly.net"
        if r < 0.5:
            lang = rng.choices(["en", "de", "fr", "es"], weights=[64, 12, 12, 12])[0]
            first = rng.choice(FIRST[lang])
            m = job_alert(rng, lang, first)
        elif r < 0.82:
            ctx = make_ctx(rng, "en")
            m = marketing(rng, first, ctx["date"])
        else:
            lang = rng.choice(["de", "fr", "es"])
            first = rng.choice(FIRST[lang])
            m = newsletter_eu(rng, lang, first)
        yield record(cnt, fam, lang, m["from_name"], m["from_addr"], to, m["subj"], m["body_text"], m["body_html"], [], None)


def generate(rng: random.Random) -> Iterable[dict]:
    cnt = Counter()
    en_kinds = {"invite": 10, "reschedule": 4, "reject": 10, "reject_fb": 8, "reject_other": 3, "offer": 6, "fb_adv": 5,
                "fb_reply": 6, "thanks": 8, "travel": 5, "status": 4, "hold": 3, "pre_closed": 3, "reminder": 3}
    yield from inhouse(rng, cnt, "w45-inhouse-recruiters", "en", 80, en_kinds)
    eu_kinds = {k: v for k, v in en_kinds.items() if k != "pre_closed"}
    for lang, n in (("de", 17), ("fr", 15), ("es", 15)):
        yield from inhouse(rng, cnt, "w45-recruiters-eu", lang, n, eu_kinds)
    yield from agency(rng, cnt, 58)
    yield from sent(rng, cnt, 40)
    yield from alerts(rng, cnt, 72)
