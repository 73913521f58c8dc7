"""Writer w4: German, French and Spanish employer mail, formal corporate and informal recruiter register."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w4_kit as K  # noqa: E402
from _w4_intl import T  # noqa: E402

FAMILY_PREFIX = "w4i"
ORGS = {
    "de": [("Nordwerk Industrietechnik", "nordwerk"), ("Stadtwerke Lindenau", "sw-lindenau"), ("Alpina Rückversicherung", "alpina-re"),
           ("Heliotrope Pharma", "heliotrope"), ("Kessler & Vogt Logistik", "kvlogistik"), ("Universitätsklinikum Hohenfeld", "ukhohenfeld")],
    "fr": [("Société Vernier & Fils", "vernierfils"), ("Groupe Hélvane", "helvane"), ("Mutuelle Armorique", "armorique"),
           ("Quillon Énergie", "quillon"), ("CHU de Val-Sainte", "chu-valsainte"), ("Banque Lorrane", "lorrane")],
    "es": [("Banco Cordillera", "bancocordillera"), ("Grupo Altamira", "grupoaltamira"), ("Seguros Almenara", "almenara"),
           ("Telecom Andina", "telandina"), ("Clínica Santa Aurora", "santaaurora"), ("Universidad del Pinar", "udelpinar")],
}
FAMS = {("de", "f"): "w4-de-konzern", ("de", "i"): "w4-de-agentur", ("fr", "f"): "w4-fr-groupe",
        ("fr", "i"): "w4-fr-cabinet", ("es", "f"): "w4-es-corp", ("es", "i"): "w4-es-reclut"}
SUBJ = {
    "de": {"gen": ["Ihre Bewerbung als {role}", "Ihre Bewerbung bei der {org}", "Kennziffer {ref}", "Rückmeldung", "Kurze Info", "{role}"],
           "inv": ["Einladung zum Vorstellungsgespräch", "Einladung: nächster Schritt", "Terminverschiebung"],
           "offer": ["Unser Angebot", "Vertragsangebot {role}"], "ack": ["Eingangsbestätigung", "Bewerbung eingegangen"],
           "rej": ["Absage", "Ihre Bewerbung – Entscheidung"], "fb": ["Feedback zu Ihrem Gespräch", "Feedback"]},
    "fr": {"gen": ["Votre candidature – {role}", "Candidature réf. {ref}", "{org} – recrutement", "Suite à notre échange", "Petit point", "{role}"],
           "inv": ["Convocation à un entretien", "Invitation à un entretien", "Report de votre entretien"],
           "offer": ["Proposition d'embauche", "Notre proposition"], "ack": ["Accusé de réception", "Votre candidature a bien été reçue"],
           "rej": ["Réponse à votre candidature", "Suite de votre candidature"], "fb": ["Retour sur votre entretien", "Feedback"]},
    "es": {"gen": ["Su candidatura – {role}", "Proceso de selección {ref}", "{org} – Selección", "Novedades", "Seguimiento", "{role}"],
           "inv": ["Invitación a entrevista", "Convocatoria", "Cambio de horario de la entrevista"],
           "offer": ["Carta oferta", "Propuesta de incorporación"], "ack": ["Confirmación de recepción", "Hemos recibido tu CV"],
           "rej": ["Resultado del proceso", "Respuesta a su candidatura"], "fb": ["Retroalimentación de su entrevista", "Feedback"]},
}
NEG_EXTRA = {
    "de": ["Bei Fragen stehen wir Ihnen gern zur Verfügung.", "Diese Nachricht wurde automatisch erstellt.", "Weitere Informationen finden Sie in Ihrem Kandidatenkonto.",
           "Bitte antworten Sie nicht auf diese E-Mail.", "Wir freuen uns auf Sie!"],
    "fr": ["Pour toute question, notre équipe reste à votre disposition.", "Ce message a été généré automatiquement.", "Retrouvez toutes les informations dans votre espace candidat.",
           "Merci de ne pas répondre à ce message.", "À très bientôt !"],
    "es": ["Si tiene cualquier duda, estamos a su disposición.", "Este mensaje se ha generado automáticamente.", "Puede consultar los detalles en su área de candidato.",
           "Por favor, no responda a este correo.", "¡Nos vemos pronto!"],
}
AGENCY = {"de": ["Rhein-Main Personal GmbH", "Spreewerk Recruiting"], "fr": ["Cabinet Orée Talents", "Hexa RH Conseil"],
          "es": ["Andes Talento S.A.", "Talentia Selección"]}


def _cap(lang: str, s: str) -> str:
    return s if lang == "de" else s[:1].upper() + s[1:]


def _fill(s: str, ctx: dict) -> str:
    return s.format(**ctx)


def _fbline(t: dict, reg: str, topic: str) -> str:
    """Feedback sentence in the letter's register (du/tu/tú for informal)."""
    return t["fb_i"][topic] if reg == "i" else t["fb"][topic][0]


def _one(rng: random.Random, ids: K.Counter, lang: str, reg: str, kind: str) -> dict:
    t = T[lang]
    org, dom = rng.choice(ORGS[lang])
    first, last, to = K.candidate(rng)
    pf, pl = K.person(rng)
    roles = {"de": K.ROLES_DE, "fr": K.ROLES_FR, "es": K.ROLES_ES}[lang]
    relay = rng.choice(K.RELAYS)
    ctx = dict(first=first, last=last, org=org, role=rng.choice(roles), ref=K.ref(rng), when=K.when(rng, lang),
               link=f"https://karriere.{dom}.{rng.choice(['de', 'fr', 'es', 'com'])}/p/{rng.randint(10000, 99999)}", p=f"{pf} {pl}")
    labels: list[str] = []
    topics: list[str] = []
    reasons: list[str] = []
    company: str | None = org
    paras: list[str] = []
    hint = "gen"
    if kind in ("rej", "rejfb"):
        rej = t["rej"][reg]
        if rng.random() < .6:
            paras.append(rej[0])
        core = rng.choice(rej[1:])
        if rng.random() < .45:
            reasons = [rng.choice(sorted(t["reason"]))]
            core += " " + rng.choice(t["reason"][reasons[0]])
        paras.append(core)
        if kind == "rejfb":
            topics = rng.sample(sorted(t["fb"]), rng.randint(1, 3))
            paras.append(rng.choice(t["fb_lead"]) + "\n" + "\n".join("- " + _fbline(t, reg, x) for x in topics))
        paras.append(rng.choice(t["rej_close"][reg]))
        labels = ["rejection"] + (["feedback"] if topics else [])
        hint = "rej"
    elif kind == "inv":
        paras = [rng.choice(t["inv"]), rng.choice(t["inv_close"])]
        labels, hint = ["interview_invite"], "inv"
    elif kind == "ack":
        paras = [rng.choice(t["ack"])]
        labels, hint = ["application_ack"], "ack"
    elif kind == "offer":
        paras = [rng.choice(t["offer"])]
        labels, hint = ["offer"], "offer"
    elif kind == "fb":
        topics = rng.sample(sorted(t["fb"]), rng.randint(1, 3))
        paras = [rng.choice(t["fbonly"]), rng.choice(t["fb_lead"]) + "\n" + "\n".join("- " + _fbline(t, reg, x) for x in topics)]
        labels, hint = ["feedback"], "fb"
    else:
        subj, body = rng.choice(t["neg"])
        paras = [body] + ([rng.choice(NEG_EXTRA[lang])] if rng.random() < .8 else [])
        if "Stipendium" in subj or "logement" in subj or "beca" in subj:
            company = None
    # German continues the greeting's sentence in lower case; every later paragraph starts upper case
    paras = [_fill(p, ctx) if (i == 0 and lang == "de") else _fill(p, ctx)[:1].upper() + _fill(p, ctx)[1:] for i, p in enumerate(paras)]
    greet = _fill(rng.choice(t["greet"][reg]), ctx)
    if reg == "i" and company and rng.random() < .6:
        paras.insert(1, {"de": f"(Es geht um die Stelle bei {org}.)", "fr": f"(Pour rappel, le poste est chez {org}.)",
                         "es": f"(Te recuerdo que el puesto es en {org}.)"}[lang])
    sig = _fill(rng.choice(t["sign"][reg]), ctx)
    if company is None and kind == "neg":
        sig = {"de": "Ihr Stipendienbüro", "fr": "Agence Immobilière du Parc", "es": "Oficina de Becas"}[lang]
    if kind == "neg":
        subject = _fill(subj, ctx)
    else:
        pool = SUBJ[lang]["gen"] if rng.random() < .55 else SUBJ[lang][hint]
        subject = _fill(rng.choice(pool), ctx)
    if company is None and kind == "neg":
        from_name, from_addr = sig, f"info@{rng.choice(['stiftung-nord', 'agence-parc', 'becas-fundacion'])}.org"
    elif reg == "i":
        ag = rng.choice(AGENCY[lang])
        from_name, from_addr = f"{pf} {pl}", f"{pf.lower()}@{ag.split()[0].lower()}.{lang}".replace("é", "e").replace("ü", "u")
        sig += "\n" + ag
    else:
        from_name = rng.choice([org, f"{org} Karriere" if lang == "de" else f"{org} Recrutement" if lang == "fr" else f"{org} Empleo", f"{pf} {pl}"])
        from_addr = rng.choice([f"noreply@{relay}", f"{dom}@{relay}", f"rh@{dom}.{lang}", f"jobs@{dom}.com"])
    foot = {"de": "Hinweis zum Datenschutz: Ihre Daten werden ausschließlich zum Zweck des Bewerbungsverfahrens verarbeitet (Art. 6 DSGVO).",
            "fr": "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
            "es": "De conformidad con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@" + dom + ".com."}[lang]
    parts = [greet] + paras + [sig] + ([foot] if reg == "f" and rng.random() < .6 else [])
    html = reg == "f" and rng.random() < .35
    text = "\n\n".join(parts)
    if not html and kind == "fb" and rng.random() < .4:
        ask = {"de": "Hallo, vielen Dank für die Rückmeldung. Könnten Sie mir sagen, woran es gelegen hat?",
               "fr": "Bonjour, merci pour votre retour. Serait-il possible d'avoir quelques éléments de feedback ?",
               "es": "Hola, gracias por avisarme. ¿Podrían darme algo de feedback sobre la entrevista?"}[lang]
        text += "\n\n" + K.quote(rng, ask, f"{first} {last} <{to}>", K.when(rng, lang).split(" um ")[0].split(" à ")[0].split(" a las ")[0], lang)
    return K.record(ids, FAMS[(lang, reg)], lang=lang, from_name=from_name, from_addr=from_addr, to_addr=to, subject=subject,
                    body_text="" if html else text, body_html=K.to_html(rng, parts[:-1] if len(parts) > 3 else parts, brand=org, foot=parts[-1]) if html else None,
                    labels=labels, company=company, topics=topics, outside_control=reasons)


def generate(rng: random.Random):
    ids = K.Counter(FAMILY_PREFIX)
    plan = ["rej"] * 8 + ["rejfb"] * 3 + ["inv"] * 9 + ["ack"] * 7 + ["offer"] * 4 + ["fb"] * 2 + ["neg"] * 12
    for lang in ("de", "fr", "es"):
        for i, kind in enumerate(plan):
            reg = "f" if (i % 3) else "i"
            yield _one(rng, ids, lang, reg, kind)
