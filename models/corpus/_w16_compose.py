"""Assembly of one w16 message: picks fragments of a kind, wraps them in a sender style.

A *style* (one per family) fixes register, sender kind, HTML habits, subject habits and
signature/footer habits; the *kind* (from a language bank) fixes the meaning and the labels.
Labels follow the new text only: quoted history is added below and never changes them.
"""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _load(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _HERE / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


core = _load("_w16_core")
BANKS = {"de": _load("_w16_de"), "fr": _load("_w16_fr"), "es": _load("_w16_es")}
EN = _load("_w16_en")
pick = core.pick

SENT_GREET = {
    "de": ["{p_sgh} {last},", "Hallo {first},", "Guten Tag {p_frau} {last},", "Sehr geehrte Damen und Herren,",
           "Hallo {p_frau} {last},", "Liebe {p_frau} {last},", "Hallo {first} {last},"],
    "fr": ["Bonjour {p_mme} {last},", "Bonjour {first},", "Madame, Monsieur,", "{p_mme},", "Bonjour,"],
    "es": ["{p_est} {first}:", "Hola {first},", "Buenos días,", "{p_est} {p_sra} {last}:", "Hola {first}, ¿qué tal?"],
    "en": ["Dear {first},", "Hi {first},", "Hello {first} {last},"],
}
SENT_SIGN = {
    "de": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "Freundliche Grüße", "LG", "Gruss"],
    "fr": ["Cordialement,", "Bien à vous,", "Belle journée,", "Merci,"],
    "es": ["Saludos,", "Un saludo,", "Atentamente,", "Gracias,", "Abrazo,"],
    "en": ["Best,", "Kind regards,", "Thanks,"],
}
ATS_NAMES = {
    "de": ["Jobs bei {co}", "{co} Recruiting", "{co} Karriere", "{co} | Bewerbermanagement", "Personalabteilung {co}",
           "{co} Talent Acquisition", "Team Recruiting – {co}"],
    "fr": ["{co} Recrutement", "Carrières {co}", "L'équipe RH de {co}", "{co} – Talents", "Recrutement {co}"],
    "es": ["Empleo en {co}", "{co} Talento", "Selección {co}", "Trabaja en {co}", "Reclutamiento {co}"],
    "en": ["{co} Careers", "{co} Recruiting", "Jobs at {co}"],
}
NEG_SENDER = {  # (display name, address, language or "" for any)
    "alert": [("{vendor} Jobagent", "jobagent@{vdom}", "de"), ("Alertes {vendor}", "alertes@{vdom}", "fr"),
              ("Alertas {vendor}", "alertas@{vdom}", "es"), ("{vendor}", "no-reply@{vdom}", "")],
    "newsletter": [("Karriere-Kompass", "newsletter@karriere-kompass.de", "de"), ("Bewerbungsprofi Magazin", "redaktion@bewerbungsprofi.example", "de"),
                   ("Le Mag Carrière", "lettre@lemagcarriere.fr", "fr"), ("Empleo al Día", "boletin@empleoaldia.es", "es"),
                   ("{vendor} Blog", "blog@{vdom}", "")],
    "webinar": [("Jobmesse {city}", "info@jobmesse-events.de", "de"), ("Forum Emploi {city}", "contact@forum-emploi.fr", "fr"),
                ("Feria de Empleo", "info@feriaempleo.org", "es"), ("{vendor} Events", "events@{vdom}", "")],
    "admission": [("Studierendensekretariat", "zulassung@uni-{slugcity}.de", "de"), ("Scolarité", "scolarite@univ-{slugcity}.fr", "fr"),
                  ("Secretaría Académica", "admision@universidad-{slugcity}.edu", "es")],
    "rental": [("Hausverwaltung {last}", "{slast}@hausverwaltung-{slugcity}.de", "de"), ("Agence {last} Immobilier", "contact@{slast}-immo.fr", "fr"),
               ("Inmobiliaria {last}", "info@inmo{slast}.com", "es")],
    "kita": [("Kita Sonnenblume", "leitung@kita-sonnenblume.de", "de"), ("Crèche Les Petits Pas", "direction@petitspas.fr", "fr"),
             ("Colegio San Martín", "comunicados@colegiosanmartin.edu", "es")],
    "bank": [("Sparkasse {city}", "service@sparkasse-{slugcity}.de", "de"), ("Banque Corbière", "conseiller@corbiere-banque.fr", "fr"),
             ("Banco Meridional", "avisos@bancomeridional.com", "es")],
    "jobcentre": [("Agentur für Arbeit {city}", "{slugcity}.arbeitsvermittlung@arbeitsagentur.example", "de"), ("AMS {city}", "termine@ams.example", "de"),
                  ("France Travail", "ne-pas-repondre@francetravail.example", "fr"), ("Actiris", "rdv@actiris.example", "fr"),
                  ("SEPE – Cita previa", "citaprevia@sepe.example", "es")],
    "scam": [("HR Department", "hr.global.jobs{n}@gmail.com", ""), ("Personalservice Europa", "jobs.europa{n}@outlook.com", "de"),
             ("Recrutement International", "offres.rapides{n}@outlook.com", "fr"), ("Reclutamiento Global", "rrhh.online{n}@hotmail.com", "es")],
    "interview_someone": [("{pname}", "{sfirst}.{slast}@{work}", "")],
    "bounce": [("Mail Delivery System", "MAILER-DAEMON@mx.{dom}", ""), ("Postmaster", "postmaster@{dom}", "")],
    "other_reject": [("Programmkomitee", "programm@fachtagung-{slugcity}.example", "de"), ("Förderstelle Kulturfonds", "foerderung@kulturfonds.example", "de"),
                     ("Comité du colloque", "colloque@univ-{slugcity}.fr", "fr"), ("Consulat général", "visas@consulat.example", "fr"),
                     ("Congreso Iberoamericano", "ponencias@congreso.example", "es"), ("Club Náutico", "secretaria@clubnautico.example", "es")],
    "personal": [("{first}", "{sfirst}{n}@gmail.com", ""), ("{pname}", "{sfirst}.{slast}@gmx.de", "de"), ("{first} {last}", "{sfirst}.{slast}@yahoo.fr", "fr"),
                 ("{first}", "{sfirst}.{slast}@hotmail.es", "es")],
}
AGENCIES = {"de": [("Hays-Partner Personal", "personal-partner.de"), ("Rheinpersonal", "rheinpersonal.de"), ("AlpenTalent", "alpentalent.at")],
            "fr": [("Cap Talents", "captalents.fr"), ("Adéquat Conseil RH", "adequat-rh.fr")],
            "es": [("Headhunters Andes", "headhuntersandes.com"), ("Talento Ibérico", "talentoiberico.es")]}
WORK_DOMAINS = {"de": ["buero-lorenz.de", "firma-intern.de", "stadtwerke-example.de"], "fr": ["ma-boite.fr", "agence-nord.fr"],
                "es": ["miempresa.com.ar", "oficina-central.es"], "en": ["firma-intern.de"]}


INFORMAL = {
    "de": re.compile(r"\b(du|dich|dir|dein\w*)\b", re.I),
    "fr": re.compile(r"\b(tu|te|ton|ta|tes|toi)\b|\bt'", re.I),
    "es": re.compile(r"\b(tu|tus|te|vos|podés|tenés|querés|podrías|sumás|elegí|subí|completá|empezaste|postularte|conocerte|"
                     r"citarte|entrevistarte|trabaste|compartiste|razonaras|participaste|andás|estás|vas|firmaste|ti|podés)\b", re.I),
}


def pickr(rng: random.Random, alts: list, reg: str, lang: str) -> str:
    """Pick an alternative that fits the register: formal mail never says tu/du/vos."""
    rx = INFORMAL.get(lang)
    if rx is None:
        return pick(rng, alts)
    if reg == "du":
        inf = [a for a in alts if rx.search(a)]
        if inf and rng.random() < 0.75:
            return pick(rng, inf)
        return pick(rng, alts)
    formal = [a for a in alts if not rx.search(a)]
    return pick(rng, formal or alts)


def _fill(text: str, ctx: dict) -> str:
    return core.fill(text, ctx)


def _parts(rng: random.Random, parts: list, ctx: dict, reg: str = "sie", lang: str = "") -> str:
    out = []
    for alts in parts:
        s = _fill(pickr(rng, alts, reg, lang), ctx).strip()
        if s:
            out.append(s[0].upper() + s[1:] if out else s)
    return "\n\n".join(out)


def _first_lower(s: str) -> str:
    return s[0].lower() + s[1:] if s and not s.startswith(("Ihr", "Ihre", "Sie", "Wir")) else s


def _reason(rng: random.Random, B, kind: str, p_reason: float, reg: str, lang: str) -> tuple[str, list]:
    if kind == "rej" and rng.random() < p_reason:
        keys = list(B.REASONS)
        k = pick(rng, keys)
        text = pickr(rng, B.REASONS[k], reg, lang)
        text = text[0].upper() + text[1:]
        if not text.endswith("."):
            text += "."
        oc = [k]
        if rng.random() < 0.12:  # sometimes two reasons together
            k2 = pick(rng, [x for x in keys if x != k and {x, k} != {"role_filled", "role_cancelled"}])
            t2 = pickr(rng, B.REASONS[k2], reg, lang)
            text += " " + t2[0].upper() + t2[1:] + ("" if t2.endswith(".") else ".")
            oc.append(k2)
        if rng.random() < 0.4:
            text = pickr(rng, B.NO_REASON, reg, lang) + " " + text
        return text, oc
    return pickr(rng, B.NO_REASON, reg, lang), []


def _feedback(rng: random.Random, B, reg: str, lang: str) -> tuple[str, str, list]:
    if rng.random() < 0.06:  # rare praise-only feedback
        praise = " ".join(rng.sample([p for p in B.PRAISE if p], 2))
        return praise, "", []
    n = 1 if rng.random() < 0.55 else 2
    topics = rng.sample(sorted(B.TOPICS), n)
    fb = " ".join(pickr(rng, B.TOPICS[t], reg, lang) for t in topics)
    return fb, pickr(rng, B.PRAISE, reg, lang), topics


def _sender(rng: random.Random, lang: str, style: dict, ctx: dict, kind: str, spec: dict) -> tuple[str, str]:
    if not spec.get("company", True):
        key = kind if kind in NEG_SENDER else "personal"
        vendor, vdom = pick(rng, core.VENDORS)
        extra = dict(ctx, vendor=vendor, vdom=vdom, n=rng.randint(1, 999), slugcity=core.slug(ctx["city"]),
                     slast=core.slug(ctx["last"]), sfirst=core.slug(ctx["first"]), work=pick(rng, WORK_DOMAINS[lang]))
        opts = [(nm, ad) for nm, ad, lg in NEG_SENDER[key] if lg in ("", lang)] or [(nm, ad) for nm, ad, _ in NEG_SENDER[key]]
        name, addr = pick(rng, opts)
        return _fill(name, extra), _fill(addr, extra)
    sender = style.get("sender", "person")
    if kind in ("autoreply", "fb_reply", "nofb", "rej_invite", "thanks_today") and sender == "ats" and rng.random() < 0.7:
        sender = "person"
    if sender == "ats":
        vendor, vdom = pick(rng, core.VENDORS)
        name = _fill(pick(rng, ATS_NAMES[lang]), ctx)
        addr = rng.choice([f"no-reply@{vdom}", f"{core.slug(ctx['co'])[:14]}@{vdom}", f"noreply@{ctx['dom']}",
                           f"bewerbung@{ctx['dom']}" if lang == "de" else f"rh@{ctx['dom']}"])
        if rng.random() < 0.15:
            name = rng.choice(["no-reply", "Notification", ""]) or name
        return name, addr
    if sender == "owner":
        prov = pick(rng, ["t-online.de", "gmx.de", "gmail.com", "web.de", "bluewin.ch", "orange.fr", "hotmail.es", "yahoo.com.ar"])
        addr = rng.choice([f"{core.slug(ctx['first'])}.{core.slug(ctx['last'])}@{prov}", f"info@{ctx['dom']}",
                           f"{core.slug(ctx['last'])}@{ctx['dom']}"])
        return ctx["pname"], addr
    if sender == "agency":
        ag, adom = pick(rng, AGENCIES[lang])
        return f"{ctx['pname']} | {ag}", f"{core.slug(ctx['first'])}.{core.slug(ctx['last'])}@{adom}"
    addr = rng.choice([f"{core.slug(ctx['first'])}.{core.slug(ctx['last'])}@{ctx['dom']}",
                       f"{core.slug(ctx['first'])[0]}.{core.slug(ctx['last'])}@{ctx['dom']}",
                       f"recruiting@{ctx['dom']}" if lang == "de" else f"talento@{ctx['dom']}" if lang == "es" else f"recrutement@{ctx['dom']}"])
    name = ctx["pname"] if rng.random() < 0.8 else f"{ctx['pname']} ({ctx['co']})"
    return name, addr


def _signature(rng: random.Random, lang: str, B, ctx: dict, style: dict, sender: str) -> str:
    signs = B.SIGN if lang != "en" else EN.SIGN
    if not style.get("swiss"):
        signs = [x for x in signs if "Grüsse" not in x] or signs
    sign = _fill(pickr(rng, signs, style.get("register", "sie"), lang), ctx)
    role = pick(rng, B.SIGN_ROLE if lang != "en" else EN.SIGN_ROLE)
    r = rng.random()
    if sender == "ats" and r < 0.5:
        team = {"de": "Ihr Recruiting-Team von {co}", "fr": "L'équipe recrutement de {co}", "es": "El equipo de Talento de {co}",
                "en": "The {co} recruiting team"}[lang]
        return f"{sign}\n{_fill(team, ctx)}"
    if r < 0.35:
        return f"{sign}\n{ctx['pname']}"
    if r < 0.75:
        return f"{sign}\n\n{ctx['pname']}\n{role}\n{ctx['legal']}"
    tel = pick(rng, {"de": ["+49 30 ", "+43 1 ", "+41 44 ", "+49 89 ", "+49 711 "], "fr": ["+33 1 ", "+32 2 ", "+1 514 ", "+41 22 ", "+33 4 "],
                     "es": ["+34 91 ", "+52 55 ", "+54 11 ", "+57 1 ", "+56 2 "], "en": ["+49 30 ", "+33 1 ", "+34 93 "]}[lang])
    return f"{sign}\n\n{ctx['pname']}\n{role} | {ctx['co']}\nT {tel}{rng.randint(100, 999)} {rng.randint(1000, 9999)}\n{ctx['city']}"


def _sent_signature(rng: random.Random, lang: str, ctx: dict) -> str:
    sign = pick(rng, SENT_SIGN[lang])
    return rng.choice([f"{sign}\n{ctx['cname']}", f"{sign}\n{ctx['cfirst']}", f"{sign}\n{ctx['cname']}\n{rng.choice(['+49 151 ', '+33 6 ', '+34 6', '+54 9 11 '])}{rng.randint(1000000, 9999999)}"])


QUOTE_OF = {"s_schedule": "invite", "s_withdraw": "invite", "s_accept": "offer", "nofb": "fbreq", "fb_reply": "fbreq",
            "fbreq": "rej", "reminder": "invite", "s_thanks": None}


def folder_of(spec: dict) -> str:
    return spec.get("folder", "INBOX")


def build(rng: random.Random, R, family: str, lang: str, kind: str, style: dict) -> dict:
    """Compose one record of ``kind`` in ``lang`` for ``family`` with the family's ``style``."""
    bank_lang = style.get("bank_lang", lang)
    B = BANKS[bank_lang] if bank_lang != "en" else EN
    region = style.get("region", bank_lang if bank_lang != "en" else pick(rng, ["de", "fr", "es"]))
    ctx = core.make_ctx(rng, bank_lang if bank_lang != "en" else "en", region)
    spec = B.K[kind]
    labels = list(spec["labels"])
    folder = spec.get("folder", "INBOX")
    about_co = spec.get("company", True)
    reg = style.get("register", "sie")
    reason, oc = _reason(rng, B, kind, style.get("p_reason", 0.5), reg, lang)
    fb, praise, topics = ("", "", [])
    if "feedback" in labels:
        fb, praise, topics = _feedback(rng, B, reg, lang)
    ctx.update(reason=reason, fb=fb, praise=praise)
    core_text = _parts(rng, spec["parts"], ctx, reg, lang)
    # German letters continue in lower case after "Sehr geehrte ...,"; other languages capitalise
    if lang != "de" or rng.random() < 0.3 or folder_of(spec) == "Sent" and rng.random() < 0.5:
        core_text = core_text[0].upper() + core_text[1:]
    subject = _fill(pick(rng, spec["subj"]), ctx)
    if lang == "en" and rng.random() < style.get("p_native_subject", 0.0) and kind in BANKS[region].K:
        subject = _fill(pick(rng, BANKS[region].K[kind]["subj"]), ctx)
    if style.get("en_subject") and kind in EN.SUBJ:
        subject = _fill(pick(rng, EN.SUBJ[kind]), ctx)

    if folder == "Sent":
        greet = _fill(pick(rng, SENT_GREET[lang]), ctx)
        body = f"{greet}\n\n{core_text}\n\n{_sent_signature(rng, lang, ctx)}"
        from_name, from_addr = ctx["cname"], ctx["caddr"]
        to_addr = rng.choice([f"{core.slug(ctx['first'])}.{core.slug(ctx['last'])}@{ctx['dom']}", f"jobs@{ctx['dom']}",
                              f"rh@{ctx['dom']}", f"bewerbung@{ctx['dom']}", f"seleccion@{ctx['dom']}"])
        sender_kind = "cand"
    else:
        if about_co:
            greets = B.GREET_DU if reg == "du" else B.GREET_SIE
            if not style.get("swiss"):
                greets = [g for g in greets if "Grüezi" not in g]
            greet = _fill(pick(rng, greets), ctx)
        else:
            greet = _fill(pick(rng, {"de": ["Hallo {cfirst},", "Guten Tag,", "Sehr geehrte/r {cname},", ""],
                                "fr": ["Bonjour {cfirst},", "Madame, Monsieur,", ""],
                                "es": ["Hola {cfirst},", "Estimado/a usuario/a:", ""], "en": ["Hi {cfirst},", ""]}[lang]), ctx)
        from_name, from_addr = _sender(rng, lang, style, ctx, kind, spec)
        sender_kind = style.get("sender", "person") if about_co else "neg"
        if kind == "interview_someone":
            greet = _fill(pick(rng, {"de": ["Hi {cfirst},", "Hallo {cfirst},"], "fr": ["Salut {cfirst},", "Hello {cfirst},"],
                                     "es": ["Hola {cfirst},", "Che {cfirst},"], "en": ["Hi {cfirst},"]}[lang]), ctx)
        parts = [greet, core_text] if greet else [core_text[0].upper() + core_text[1:]]
        if about_co or kind == "interview_someone":
            parts.append(_signature(rng, lang, B, ctx, style, sender_kind) if kind != "interview_someone" else ctx["first"])
        body = "\n\n".join(parts)
        to_addr = ctx["caddr"]
        if about_co and rng.random() < style.get("p_footer", 0.35):
            body += "\n\n--\n" + _fill(pick(rng, B.FOOTER if lang != "en" else EN.FOOTER), ctx)

    if style.get("bilingual") and kind in EN.K and lang != "en":
        ectx = dict(ctx)
        ectx["month"] = core.MONTHS["en"][int(ctx["mnum"]) - 1]
        ectx["reason"] = pick(rng, EN.REASONS[oc[0]]) if oc else pick(rng, EN.NO_REASON)
        ectx["fb"] = " ".join(pick(rng, EN.TOPICS[t]) for t in topics) if topics else pick(rng, ["We liked your motivation.", ""])
        ectx["praise"] = ""
        en_text = _parts(rng, EN.K[kind]["parts"], ectx)
        sep = pick(rng, ["\n\n---- English version below ----\n\n", "\n\n*** English ***\n\n", "\n\n[EN]\n\n",
                         "\n\n________________________________\n\n"])
        body = body + sep + _fill(pick(rng, ["Dear {cname},", "Dear applicant,", "Hello {cfirst},"]), ectx) + "\n\n" + en_text
        if rng.random() < 0.5:
            subject = subject + " / " + _fill(pick(rng, EN.SUBJ[kind]), ectx)

    qkind = spec.get("quoted") or QUOTE_OF.get(kind)
    if not qkind and style.get("thread") and folder == "INBOX" and about_co:
        qkind = "s_apply" if kind in ("ack", "rej", "invite", "ack_invite", "role_closed", "interim") else "s_schedule"
    if qkind and qkind in B.K and (spec.get("quoted") or style.get("thread") or rng.random() < 0.5):
        qspec = B.K[qkind]
        qctx = dict(ctx)
        qctx.update(reason=pick(rng, B.NO_REASON), fb="", praise="")
        qtext = _parts(rng, qspec["parts"], qctx, reg, lang)
        if qspec.get("folder") == "Sent":
            who, addr = ctx["cname"], ctx["caddr"]
            qtext = _fill(pick(rng, SENT_GREET[lang if lang != "en" else "de"]), ctx) + "\n\n" + qtext + "\n\n" + ctx["cname"]
        else:
            who, addr = ctx["pname"], f"{core.slug(ctx['first'])}.{core.slug(ctx['last'])}@{ctx['dom']}"
            qtext = _fill(pick(rng, B.GREET_SIE), ctx) + "\n\n" + qtext + "\n\n" + ctx["pname"]
        qctx["qsubj"] = _fill(pick(rng, qspec["subj"]), ctx)
        qctx["qto"] = ctx["caddr"] if qspec.get("folder") != "Sent" else f"jobs@{ctx['dom']}"
        body = body + "\n\n" + core.quote_block(rng, lang, who, addr, qctx, qtext)
        if not subject.lower().startswith(("re:", "aw:", "wg:", "fwd:", "tr:", "rv:")):
            subject = pick(rng, {"de": ["AW: ", "Re: ", "AW: "], "fr": ["RE: ", "Re: ", "Réf : "], "es": ["RE: ", "Re: ", "RV: "],
                                 "en": ["Re: ", "RE: "]}[lang]) + qctx["qsubj"]

    if style.get("swiss"):
        body = body.replace("ß", "ss")
        subject = subject.replace("ß", "ss")
    if rng.random() < style.get("p_ascii", 0.0):
        body = core.ascii_fold(body)
        if rng.random() < 0.5:
            subject = core.ascii_fold(subject)
    if rng.random() < style.get("p_external", 0.0) and folder == "INBOX":
        subject = "[External] " + subject
    if rng.random() < style.get("p_emoji", 0.0) and labels:
        subject = subject + " " + pick(rng, ["🎉", "✨", "📅", "👋", "🙏", "🚀"])

    subject = re.sub(r"\s*\(\s*\)|\s+[–-]\s*$|\s*/\s*$", "", subject)
    subject = re.sub(r"\s{2,}", " ", subject).strip()
    body_text, body_html = body, None
    if folder == "INBOX" and kind not in ("bounce", "autoreply", "personal", "interview_someone"):
        r = rng.random()
        brand = ctx["co"] if about_co else from_name
        if r < style.get("p_html_only", 0.0):
            body_text, body_html = "", core.to_html(body, rng, brand)
        elif r < style.get("p_html_only", 0.0) + style.get("p_html_alt", 0.0):
            body_html = core.to_html(body, rng, brand)

    company = ctx["co"] if about_co and kind != "interview_someone" else None
    if style.get("sender") == "agency" and about_co and rng.random() < 0.25 and folder == "INBOX" and kind in ("role_closed", "interim", "reminder"):
        company = None
    return R.rec(family, folder=folder, lang=lang, from_name=from_name, from_addr=from_addr, to_addr=to_addr,
                 subject=subject, body_text=body_text, body_html=body_html, labels=labels, company=company,
                 topics=topics, outside_control=oc)


COMPANY_MIX = {"ack": 5.2, "rej": 6.2, "rej_fb": 4, "invite": 6.3, "reschedule": 1, "ack_invite": 2, "rej_invite": 1.8,
               "offer": 4.6, "fb_reply": 2.3, "nofb": 2.5, "interim": 4, "reminder": 4, "thanks_today": 2, "profile": 1.5,
               "onboarding": 2, "role_closed": 2.2, "autoreply": 1.2, "alert": 0.9, "newsletter": 0.9, "webinar": 0.9,
               "scam": 1, "interview_someone": 1, "bounce": 0.4}
SENT_MIX = {"fbreq": 40, "s_thanks": 13, "s_withdraw": 12, "s_accept": 12, "s_schedule": 14, "s_apply": 13}
NEG_MIX = {"alert": 10, "newsletter": 10, "admission": 7, "rental": 7, "kita": 5, "bank": 6, "webinar": 8, "jobcentre": 9,
           "scam": 7, "interview_someone": 6, "personal": 5, "other_reject": 7, "bounce": 3, "interim": 5, "reminder": 6, "profile": 4,
           "thanks_today": 4, "role_closed": 4}


def kinds(rng: random.Random, mix: dict, n: int, only: set | None = None) -> list[str]:
    """``n`` kinds in the proportions of ``mix`` (largest remainder, ties broken by ``rng``), shuffled."""
    items = [(k, w) for k, w in mix.items() if only is None or k in only]
    total = sum(w for _, w in items)
    exact = [(k, n * w / total) for k, w in items]
    counts = {k: int(x) for k, x in exact}
    rest = sorted(exact, key=lambda kx: (kx[1] - int(kx[1]) + rng.random() * 0.2), reverse=True)
    for k, _ in rest[: n - sum(counts.values())]:
        counts[k] += 1
    out = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(out)
    return out
