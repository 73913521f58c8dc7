"""w45: hiring mail sent by systems acting for one employer: applicant-tracking systems (plain, HTML-only
layout tables, multipart with long footers), a scheduling tool, an e-signature service, a background-check
firm and an onboarding portal, in English, German, French and Spanish."""

from __future__ import annotations

import random
from typing import Iterable

from _w45_compose import LANG, build, cap, set_step
from _w45_rec import Counter, pick, record, weighted
from _w45_shell import LBL, footer, html_tables, plain_ats, text_from_parts
from _w45_world import VENDORS, fill, make_ctx, token

FAMILY_PREFIX = "w45"

ATS_KINDS = {"ack": 12, "ack_assess": 4, "invite": 9, "reschedule": 2, "reject": 15, "reject_fb": 3, "reject_other": 3,
             "offer": 4, "status": 7, "reminder": 4, "confirm": 2, "assess_rem": 3, "profile": 5, "reqclosed": 3,
             "community": 3, "survey": 3, "hold": 2, "withdraw_ok": 2, "event": 2, "thanks": 1}

FROM = {
    "talentloop": (["{company} via Talentloop", "{company} Recruiting", "{company}", "Talentloop", "{company} Talent Team"],
                   ["no-reply@talentloop-mail.com", "{cslug}@talentloop-mail.com", "notifications+{tok}@talentloop-mail.com"]),
    "hirebeam": (["{company} Careers", "{company} Talent Acquisition", "{recruiter} ({company})", "Hirebeam on behalf of {company}"],
                 ["{cslug}-careers@mail.hirebeam.io", "do-not-reply@mail.hirebeam.io"]),
    "peopleharbor": (["{company} Hiring", "{company} via PeopleHarbor", "Careers at {company}", "PeopleHarbor"],
                     ["jobs-{cslug}@notify.peopleharbor.com", "candidates@notify.peopleharbor.com"]),
    "bewerbio": (["{company} | Bewerbermanagement", "{company} über Bewerbio", "Karriere {company}", "Bewerbio"],
                 ["noreply@bewerbio.de", "{cslug}@jobs.bewerbio.de"]),
    "recrutia": (["{company} Recrutement", "{company} via Recrutia", "Recrutia", "RH {company}"],
                 ["ne-pas-repondre@recrutia-mail.fr", "{cslug}@recrutia-mail.fr"]),
    "seleccio": (["{company} – Selección", "Empleo {company}", "Selecciona+", "{company} Talento"],
                 ["no-responder@seleccionaplus.es", "{cslug}@seleccionaplus.es"]),
}


def _from(rng, vendor, ctx):
    names, addrs = FROM[vendor]
    c = dict(ctx, tok=token(rng, 6))
    return pick(rng, names, c), pick(rng, addrs, c)


def _details(ctx, lang, kind):
    L = LBL[lang]
    d = [(L["position"], ctx["role"]), (L["ref"], ctx["req"])]
    if kind in ("reminder", "confirm"):
        d.append((L["when"], f"{ctx['date']}, {ctx['time']}"))
    return d


def ats_family(rng, cnt, family, vendor, lang, count, mode, kinds=None):
    kinds = dict(kinds or ATS_KINDS)
    special = {"reject", "reject_fb", "reject_other", "fb_adv", "fb_reply"}
    kinds = {k: v for k, v in kinds.items() if k in special or k in LANG[lang].KINDS}
    for _ in range(count):
        kind = weighted(rng, kinds)
        ctx = make_ctx(rng, lang, vendor)
        msg = build(kind, lang, ctx, rng)
        fn, fa = _from(rng, vendor, ctx)
        m = mode if mode != "mixed" else rng.choice(["plain", "html", "multi"])
        details = _details(ctx, lang, kind) if rng.random() < 0.5 else None
        variant = {"hirebeam": "bar", "recrutia": "logo", "peopleharbor": "card"}.get(vendor, rng.choice(["bar", "logo", "card"]))
        if m == "plain":
            text, htm = plain_ats(msg, ctx, rng, lang), None
        elif m == "html":
            text, htm = "", html_tables(msg, ctx, rng, lang, variant, details)
        else:
            text = text_from_parts(msg, ctx, rng, lang, details)
            htm = html_tables(msg, ctx, rng, lang, variant, details)
        subj = msg["subj"]
        if ctx["company"] not in subj and rng.random() < 0.25:
            subj = f"{ctx['company']} – {subj}" if lang != "en" else rng.choice([f"[{ctx['company']}] {subj}", f"{subj} | {ctx['company']}"])
        yield record(cnt, family, lang, fn, fa, ctx["cand_addr"], subj, text, htm, msg["labels"], ctx["company"],
                     msg["topics"], msg["oc"])


# ------------------------------------------------------------------ Slotwise scheduling
SLOT_HEAD = {
    "invite": {"en": ["{host} invited you to book a time", "Book your {step}"], "de": ["{host} lädt Sie ein, einen Termin zu buchen"],
               "fr": ["{host} vous invite à réserver un créneau"], "es": ["{host} te invita a reservar un horario"]},
    "reschedule": {"en": ["Please pick a new time", "Your booking needs a new time"], "de": ["Bitte wählen Sie einen neuen Termin"],
                   "fr": ["Merci de choisir un nouveau créneau"], "es": ["Elige un nuevo horario"]},
    "confirm": {"en": ["Booking confirmed", "You're scheduled"], "de": ["Termin bestätigt"], "fr": ["Rendez-vous confirmé"],
                "es": ["Cita confirmada"]},
    "reminder": {"en": ["Upcoming meeting", "Starting tomorrow"], "de": ["Anstehender Termin"], "fr": ["Rendez-vous à venir"],
                 "es": ["Próxima cita"]},
}
SLOT_FOOT = {"en": "Powered by Slotwise · Need help? https://slotwise.app/help\nYou're receiving this because {company} uses Slotwise to arrange meetings with candidates. Slotwise does not make hiring decisions.",
             "de": "Bereitgestellt von Slotwise · Hilfe: https://slotwise.app/help\nSie erhalten diese E-Mail, weil {company} Slotwise zur Terminplanung mit Bewerbenden nutzt.",
             "fr": "Propulsé par Slotwise · Aide : https://slotwise.app/help\nVous recevez cet e-mail car {company} utilise Slotwise pour organiser ses rendez-vous.",
             "es": "Con la tecnología de Slotwise · Ayuda: https://slotwise.app/help\nRecibes este correo porque {company} usa Slotwise para organizar citas con candidatos."}


def slotwise(rng, cnt, count):
    fam = "w45-slotwise-scheduling"
    kinds = {"invite": 10, "reschedule": 7, "confirm": 8, "reminder": 9}
    for _ in range(count):
        lang = rng.choices(["en", "de", "fr", "es"], weights=[70, 10, 10, 10])[0]
        kind = weighted(rng, kinds)
        ctx = make_ctx(rng, lang, "slotwise")
        msg = build(kind, lang, ctx, rng)
        if kind == "invite" and ctx.get("stepgroup") == "assess":
            set_step(ctx, rng, lang, ["phone", "video", "tech"])
            msg = build(kind, lang, ctx, rng)
        L = LBL[lang]
        host = ctx["interviewer"] if rng.random() < 0.5 else ctx["recruiter"]
        c = dict(ctx, host=f"{host} ({ctx['company']})")
        head = pick(rng, SLOT_HEAD[kind][lang], c)
        details = [(L["event"], f"{ctx['step']} – {ctx['role']}"), (L["host"], f"{host}, {ctx['company']}"),
                   (L["dur"], f"{ctx['dur']} min"), (L["where"], ctx["platform"])]
        if kind in ("confirm", "reminder"):
            details.insert(1, (L["when"], f"{ctx['date']}, {ctx['time']}"))
        elif kind == "reschedule":
            details.insert(1, (L["when"], f"~~{ctx['date']}, {ctx['time']}~~"))
        msg = dict(msg, sig=f"{host}\n{ctx['company']}")
        if rng.random() < 0.5:
            msg["paras"] = [head] + msg["paras"]
            use_greet = False
        else:
            use_greet = True
        foot = fill(SLOT_FOOT[lang], ctx)
        if rng.random() < 0.55:
            htm = html_tables(msg, ctx, rng, lang, "card", details, preheader=head, foot_text=foot, greet=use_greet)
            text = ""
            if rng.random() < 0.4:
                text = _slot_text(msg, ctx, details, foot, use_greet)
        else:
            htm = None
            text = _slot_text(msg, ctx, details, foot, use_greet)
        fn = rng.choice([f"{host} via Slotwise", f"{ctx['company']} (Slotwise)", "Slotwise Scheduling", f"{ctx['company']} Recruiting"])
        fa = rng.choice(["invites@slotwise.app", "noreply@slotwise.app", f"{ctx['cslug']}@slotwise.app"])
        subj = msg["subj"] if rng.random() < 0.6 else f"{head} – {ctx['company']}"
        yield record(cnt, fam, lang, fn, fa, ctx["cand_addr"], subj, text, htm, msg["labels"], ctx["company"])


def _slot_text(msg, ctx, details, foot, use_greet):
    parts = ([msg["greet"]] if use_greet else []) + [cap(p) for p in msg["paras"]]
    parts.append("\n".join(f"{k:<10} {v}" for k, v in details))
    if msg["cta"]:
        parts.append(f"{msg['cta']}\n{ctx['link']}")
    parts.append(msg["sig"])
    parts.append("—\n" + foot)
    return "\n\n".join(parts)


# ------------------------------------------------------------------ Signflow e-signature
SIGN = {
    "en": {"head": ["{sender} ({company}) sent you a document to review and sign.", "{company} has sent you an envelope: \"{doc}\"",
                    "Please review and sign: {doc}"],
           "msg": "Message from {sender}:", "notice": "Do not share this email. It contains a secure link to Signflow; anyone with the link can view and sign the document.\nQuestions about the document? Contact the sender directly at {raddr}.\nAbout Signflow: sign documents electronically from any device. Signflow is not a party to the agreement.",
           "docs": {"offer": ["Offer Letter – {role}.pdf", "Employment Offer – {first} {last}", "Offer of Employment ({req})"],
                    "esign_docs": ["New Hire Packet", "Confidentiality Agreement", "Employee Handbook Acknowledgement"],
                    "esign_done": ["Offer Letter – {role}.pdf", "Employment Agreement"]},
           "btn": {"offer": "REVIEW DOCUMENT", "esign_docs": "REVIEW DOCUMENTS", "esign_done": "VIEW COMPLETED DOCUMENT"}},
    "de": {"head": ["{sender} ({company}) hat Ihnen ein Dokument zur Unterschrift gesendet."], "msg": "Nachricht von {sender}:",
           "notice": "Bitte leiten Sie diese E-Mail nicht weiter; sie enthält einen sicheren Link zu Signflow.\nFragen zum Dokument richten Sie bitte direkt an {raddr}.",
           "docs": {"offer": ["Vertragsangebot – {role}.pdf", "Arbeitsvertrag {first} {last}"],
                    "esign_docs": ["Onboarding-Unterlagen"], "esign_done": ["Arbeitsvertrag – {role}.pdf"]},
           "btn": {"offer": "DOKUMENT PRÜFEN", "esign_docs": "DOKUMENTE PRÜFEN", "esign_done": "DOKUMENT ANSEHEN"}},
    "fr": {"head": ["{sender} ({company}) vous a envoyé un document à signer."], "msg": "Message de {sender} :",
           "notice": "Ne transférez pas cet e-mail : il contient un lien sécurisé vers Signflow.\nPour toute question sur le document, contactez directement {raddr}.",
           "docs": {"offer": ["Promesse d'embauche – {role}.pdf", "Proposition de contrat {first} {last}"],
                    "esign_docs": ["Dossier d'intégration"], "esign_done": ["Promesse d'embauche – {role}.pdf"]},
           "btn": {"offer": "CONSULTER LE DOCUMENT", "esign_docs": "CONSULTER", "esign_done": "VOIR LE DOCUMENT"}},
    "es": {"head": ["{sender} ({company}) te ha enviado un documento para firmar."], "msg": "Mensaje de {sender}:",
           "notice": "No reenvíes este correo: contiene un enlace seguro a Signflow.\nSi tienes dudas sobre el documento, escribe directamente a {raddr}.",
           "docs": {"offer": ["Carta de oferta – {role}.pdf", "Propuesta de contratación {first} {last}"],
                    "esign_docs": ["Documentación de incorporación"], "esign_done": ["Carta de oferta – {role}.pdf"]},
           "btn": {"offer": "REVISAR DOCUMENTO", "esign_docs": "REVISAR", "esign_done": "VER DOCUMENTO"}},
}


def signflow(rng, cnt, count):
    fam = "w45-signflow-esign"
    for _ in range(count):
        lang = rng.choices(["en", "de", "fr", "es"], weights=[70, 10, 10, 10])[0]
        kind = weighted(rng, {"offer": 11, "esign_docs": 7, "esign_done": 6})
        ctx = make_ctx(rng, lang, "signflow")
        S = SIGN[lang]
        msg = build(kind, lang, ctx, rng)
        doc = pick(rng, S["docs"][kind], ctx)
        c = dict(ctx, sender=ctx["recruiter"], doc=doc)
        head = pick(rng, S["head"], c)
        inner = "\n\n".join([msg["greet"]] + msg["paras"] + [msg["close"] + "\n" + ctx["recruiter"]])
        btn = S["btn"][kind]
        short = rng.random() < 0.3
        if short:
            inner = "\n\n".join([msg["greet"], msg["paras"][0], ctx["recruiter"]])
        parts = [head, f"📄 {doc}", f"{btn}\n{ctx['link']}", fill(S["msg"], c) + "\n" + inner, "—\n" + fill(S["notice"], c)]
        text = "\n\n".join(parts)
        htm = None
        if rng.random() < 0.6:
            hm = {"subj": msg["subj"], "greet": head, "paras": [f"📄 {doc}", fill(S["msg"], c) + "\n" + inner],
                  "cta": btn, "close": "", "sig": "Signflow"}
            htm = html_tables(hm, dict(ctx, vdom="signflow-docs.com"), rng, lang, "bar", None, preheader=head, greet=True)
            if rng.random() < 0.5:
                text = ""
        subj = rng.choice([msg["subj"], f"{ctx['company']} via Signflow: {doc}", f"Please sign: {doc}" if lang == "en" else msg["subj"]])
        if kind != "offer" and subj.startswith("Please sign") is False and rng.random() < 0.3:
            subj = msg["subj"]
        fn = rng.choice([f"{ctx['recruiter']} via Signflow", f"{ctx['company']} via Signflow"])
        fa = rng.choice(["dse@signflow-docs.com", "notifications@signflow-docs.com"])
        yield record(cnt, fam, lang, fn, fa, ctx["cand_addr"], subj, text, htm, msg["labels"], ctx["company"])


# ------------------------------------------------------------------ Verifact background checks
VF_FOOT = {"en": "Verifact Screening LLC acts as a consumer reporting agency on behalf of the employer named above. You have the right to know what is in your file, to dispute incomplete or inaccurate information, and to receive a free copy of your report. Verifact does not decide whether you are hired.\nVerifact Screening · 1200 Commerce Park Dr · Columbus, OH 43215 · candidate-support@verifact-screening.com",
           "de": "Die Verifact Screening GmbH handelt im Auftrag des oben genannten Arbeitgebers. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten nach DSGVO. Verifact entscheidet nicht über Ihre Einstellung.",
           "fr": "Verifact Screening agit pour le compte de l'employeur mentionné ci-dessus. Vous disposez d'un droit d'accès et de rectification. Verifact ne prend aucune décision d'embauche.",
           "es": "Verifact Screening actúa por cuenta del empleador indicado. Puedes ejercer tus derechos de acceso y rectificación. Verifact no toma decisiones de contratación."}


def verifact(rng, cnt, count):
    fam = "w45-verifact-screening"
    for _ in range(count):
        lang = rng.choices(["en", "de", "fr", "es"], weights=[82, 8, 5, 5])[0]
        ctx = make_ctx(rng, lang, "verifact")
        msg = build("bgcheck", lang, ctx, rng)
        ref = f"VF-{rng.randint(100000, 999999)}"
        meta = {"en": f"Candidate reference: {ref}\nRequested by: {ctx['company']}\nPackage: {rng.choice(['Standard – employment + education', 'Enhanced – employment, education, criminal record (where permitted)', 'Right-to-work + references'])}",
                "de": f"Vorgang: {ref}\nAuftraggeber: {ctx['company']}",
                "fr": f"Dossier : {ref}\nDemandé par : {ctx['company']}",
                "es": f"Expediente: {ref}\nSolicitado por: {ctx['company']}"}[lang]
        parts = [msg["greet"]] + msg["paras"] + [meta]
        if msg["cta"]:
            parts.append(f"{msg['cta']}: https://verifact-screening.com/portal/{token(rng, 12)}")
        parts.append(msg["close"] + "\nVerifact Screening – Candidate Services")
        parts.append("____\n" + VF_FOOT[lang])
        text = "\n\n".join(parts)
        htm = None
        if rng.random() < 0.35:
            m2 = dict(msg, paras=msg["paras"] + [meta], sig="Verifact Screening – Candidate Services")
            htm = html_tables(m2, dict(ctx, link=f"https://verifact-screening.com/portal/{token(rng, 12)}"), rng, lang, "bar")
            text = ""
        fn = rng.choice([f"Verifact Screening on behalf of {ctx['company']}", "Verifact Screening", f"{ctx['company']} Background Checks"])
        subj = msg["subj"] if "{company}" in msg["subj"] or ctx["company"] in msg["subj"] else f"{msg['subj']} ({ctx['company']})"
        yield record(cnt, fam, lang, fn, "screening@verifact-screening.com", ctx["cand_addr"], subj, text, htm, [], ctx["company"])


# ------------------------------------------------------------------ Onboardly portal (onboarding, visit logistics, surveys)
TASKS = ["☐ Personal details", "☐ Tax withholding form", "☐ Bank details for payroll", "☐ Emergency contact",
         "☐ Policy acknowledgements", "☐ Equipment preferences", "☐ Upload right-to-work document"]


def onboardly(rng, cnt, count):
    fam = "w45-onboardly-portal"
    for _ in range(count):
        kind = weighted(rng, {"onboard": 14, "travel": 8, "survey": 7, "community": 3, "event": 3})
        ctx = make_ctx(rng, "en", "onboardly")
        msg = build(kind, "en", ctx, rng)
        if kind == "onboard" and rng.random() < 0.7:
            msg["paras"] = msg["paras"] + ["Your tasks:\n" + "\n".join(rng.sample(TASKS, rng.randint(3, 6)))]
        if kind == "travel" and rng.random() < 0.6:
            msg["paras"] = msg["paras"] + [f"Schedule for {ctx['date']}:\n{ctx['time']}  Welcome and coffee\n+30 min  Session with {ctx['interviewer']}\n+90 min  Team lunch\n+150 min  Wrap-up with {ctx['recruiter']}"]
        sender = {"survey": ("Pulsefeed for {company}", "survey@pulsefeed-surveys.com")}.get(
            kind, ("{company} People Team via Onboardly", rng.choice(["hello@onboardly.work", "{cslug}@onboardly.work"])))
        fn, fa = fill(sender[0], ctx), fill(sender[1], ctx)
        if rng.random() < 0.5:
            htm, text = html_tables(msg, ctx, rng, "en", rng.choice(["bar", "card"])), ""
        else:
            htm, text = None, plain_ats(msg, ctx, rng, "en")
        yield record(cnt, fam, "en", fn, fa, ctx["cand_addr"], msg["subj"], text, htm, [], ctx["company"])


def generate(rng: random.Random) -> Iterable[dict]:
    cnt = Counter()
    yield from ats_family(rng, cnt, "w45-talentloop-plain", "talentloop", "en", 88, "plain")
    yield from ats_family(rng, cnt, "w45-hirebeam-htmlonly", "hirebeam", "en", 88, "html")
    yield from ats_family(rng, cnt, "w45-peopleharbor-multipart", "peopleharbor", "en", 78, "multi")
    yield from ats_family(rng, cnt, "w45-bewerbio-de", "bewerbio", "de", 68, "mixed")
    yield from ats_family(rng, cnt, "w45-recrutia-fr", "recrutia", "fr", 58, "html")
    yield from ats_family(rng, cnt, "w45-seleccio-es", "seleccio", "es", 58, "mixed")
    yield from slotwise(rng, cnt, 70)
    yield from signflow(rng, cnt, 50)
    yield from verifact(rng, cnt, 34)
    yield from onboardly(rng, cnt, 40)
