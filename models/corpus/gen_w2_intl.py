"""German, French and Spanish mail across all categories (rejections with and without feedback,
invitations, acknowledgements, offers, feedback, candidate Sent mail, look-alike negatives).
One register (formal or informal) per message. Run through build.py."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

from _w2_intl_text import DAYS, T  # noqa: E402
from _w2_kit import COMPANIES, ROLES, fill, new_ctx, pick, quote, record, slug, some, to_html  # noqa: E402

FAMILY_PREFIX = "w2int"

INFORMAL = {
    "de": re.compile(r"\b(du|dir|dich|dein\w*|hast|hättest|lade)\b", re.I),
    "fr": re.compile(r"\b(tu|te|ton|ta|tes|toi)\b|\bt'", re.I),
    "es": re.compile(r"\b(tu|te|tú|ti|contigo|dime|trae|vinieras|hiciste|incorporaste|postularte|encantaste)\b", re.I),
}
FORMAL = {
    "de": re.compile(r"\b(Sie|Ihr|Ihre|Ihren|Ihrer|Ihnen)\b"),
    "fr": re.compile(r"\b(vous|votre|vos)\b", re.I),
    "es": re.compile(r"\b(su|sus|usted|le|informarle|ofrecerle|Estimado\w*)\b"),
}
QUOTE_HDR = {"de": "Am {date} schrieb {sender} <{sto}>:", "fr": "Le {date}, {sender} <{sto}> a écrit :", "es": "El {date}, {sender} <{sto}> escribió:"}
SUBJ = {
    "de": {"rej": ["Ihre Bewerbung als {role}", "Rückmeldung zu Ihrer Bewerbung", "Ihre Bewerbung bei {co}", "Update", "Absage {role}"],
           "inv": ["Einladung zum Vorstellungsgespräch", "Nächste Schritte – {role}", "Terminvorschlag", "Kennenlernen?", "Ihre Bewerbung bei {co}"],
           "ack": ["Eingangsbestätigung Ihrer Bewerbung", "Ihre Bewerbung ist eingegangen", "Bewerbung {role} ({job_id})", "Danke für deine Bewerbung"],
           "offer": ["Vertragsangebot {role}", "Gute Nachrichten!", "Ihr Angebot von {co}"], "fb": ["Feedback zu Ihren Gesprächen", "AW: Feedback", "Rückmeldung"],
           "req": ["AW: Ihre Bewerbung als {role}", "Bitte um Feedback", "Re: Rückmeldung zu Ihrer Bewerbung"], "other": ["Vielen Dank", "AW: Terminvorschlag", "Rückzug meiner Bewerbung", "Nachfrage Bewerbung"],
           "neg": ["Erinnerung: Ihr Termin am {day}", "Status Ihrer Bewerbung", "Danke für heute", "Dein Start bei {co}", "Vervollständige dein Profil"]},
    "fr": {"rej": ["Votre candidature – {role}", "Suite à votre candidature", "Votre candidature chez {co}", "Retour sur ta candidature", "{role}"],
           "inv": ["Invitation à un entretien", "Prochaine étape – {role}", "Entretien chez {co}", "Un café ?", "Votre candidature"],
           "ack": ["Accusé de réception de votre candidature", "Candidature reçue – {role}", "Merci pour votre candidature"],
           "offer": ["Proposition d'embauche – {role}", "Bonne nouvelle !", "Votre offre chez {co}"], "fb": ["Retour sur vos entretiens", "RE: Feedback", "Vos entretiens"],
           "req": ["RE: Votre candidature – {role}", "Demande de retour", "Re: Suite à votre candidature"], "other": ["Merci", "RE: Entretien", "Retrait de ma candidature"],
           "neg": ["Rappel : entretien {day}", "Votre candidature", "Merci pour aujourd'hui", "Ton arrivée chez {co}"]},
    "es": {"rej": ["Tu candidatura para {role}", "Actualización de tu candidatura", "Proceso de selección {co}", "Novedades", "{role}"],
           "inv": ["Invitación a entrevista", "Siguiente paso – {role}", "¿Hablamos?", "Entrevista en {co}", "Tu candidatura"],
           "ack": ["Hemos recibido tu candidatura", "Confirmación de candidatura – {role}", "Gracias por tu candidatura"],
           "offer": ["Oferta de empleo – {role}", "¡Buenas noticias!", "Tu oferta de {co}"], "fb": ["Feedback de tus entrevistas", "RE: Feedback", "Comentarios del proceso"],
           "req": ["RE: Tu candidatura para {role}", "Solicitud de feedback", "Re: Actualización de tu candidatura"], "other": ["Gracias", "RE: Entrevista", "Retiro mi candidatura"],
           "neg": ["Recordatorio: entrevista el {day}", "Estado de tu candidatura", "Gracias por hoy", "Tu incorporación a {co}"]},
}
RTITLE = {"de": "Talent Acquisition", "fr": "Chargée de recrutement", "es": "Talent Acquisition"}


def _reg(lang: str, s: str) -> str:
    if INFORMAL[lang].search(s):
        return "i"
    if FORMAL[lang].search(s):
        return "f"
    return "n"


def _p(rng: random.Random, lang: str, key: str, reg: str, k: int = 1) -> list[str]:
    pool = [s for s in T[lang][key] if _reg(lang, s) in (reg, "n")] or T[lang][key]
    return rng.sample(pool, min(k, len(pool)))


def _cap(s: str) -> str:
    lead = len(s) - len(s.lstrip("¡¿"))
    return s[:lead] + s[lead:lead + 1].upper() + s[lead + 1:]


def _compose(rng: random.Random, lang: str, reg: str, paras: list[str], shell: str, ctx: dict) -> tuple[str, str | None]:
    """Greeting, paragraphs, signature, footer for the portal (automatic) or personal shell."""
    greet = pick(rng, T[lang]["greet_f"] if reg == "f" else T[lang]["greet_i"])
    paras = [p if (i == 0 and lang == "de") else _cap(p) for i, p in enumerate(paras)]
    if shell == "portal":
        sign = pick(rng, T[lang]["sign_team"])
        foot = some(rng, T[lang]["foot"], 1, 2)
        if rng.random() < 0.25:
            html = to_html([fill(greet, ctx)] + [fill(p, ctx) for p in paras] + [fill(sign, ctx)], rng, ctx["co"], [fill(f, ctx) for f in foot])
            return "", html
        return fill(greet + "\n\n" + "\n\n".join(paras) + "\n\n" + sign + "\n\n--\n" + "\n".join(foot), ctx), None
    sign = pick(rng, T[lang]["sign_person"])
    return fill(greet + "\n\n" + "\n\n".join(paras) + "\n\n" + sign, ctx), None


def _feedback(rng: random.Random, lang: str, reg: str) -> tuple[list[str], list[str]]:
    topic_keys = ["coding", "system_design", "technical_depth", "communication", "behavioural", "experience_level",
                  "composure", "cv_positioning", "questions_to_ask", "collaboration"]
    topics = rng.sample(topic_keys, rng.randint(1, 2))
    sents = []
    if rng.random() < 0.5:
        sents += _p(rng, lang, "praise", reg)
    for t in topics:
        sents += _p(rng, lang, t, reg)
    return [_p(rng, lang, "fb_intro", reg)[0] + " " + " ".join(sents)], topics


def generate(rng: random.Random) -> Iterator[dict]:
    counters: dict[str, int] = {}
    plans = {
        "de": dict(rej=9, rejfb=3, inv=6, invack=2, ack=5, offer=3, fb=2, req=4, other=2, neg=6, negother=6),
        "fr": dict(rej=8, rejfb=3, inv=6, invack=1, ack=5, offer=3, fb=2, req=3, other=2, neg=6, negother=6),
        "es": dict(rej=8, rejfb=2, inv=6, invack=1, ack=5, offer=2, fb=1, req=3, other=1, neg=6, negother=5),
    }
    for lang, plan in plans.items():
        jobs: list[tuple[str, int]] = []
        for kind in ["rej", "inv", "ack", "offer", "fb", "req", "other", "neg", "negother"]:
            jobs += [(kind, i) for i in range(plan[kind])]
        for kind, i in jobs:
            ctx = new_ctx(rng)
            d = rng.randrange(5)
            ctx["day"], ctx["day2"] = DAYS[lang][d], DAYS[lang][(d + 2) % 5]
            ctx["rtitle_de"] = RTITLE[lang]
            ctx["num"] = str(rng.randint(100000, 999999))
            ctx["date"] = f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.{pick(rng, [2024, 2025])}"
            ctx["start"] = f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}."
            ctx["deadline"] = ctx["start"] if lang == "de" else f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}"
            ctx["salary"] = pick(rng, ["68.000 €", "54.500 €", "72 000 €", "45.000 €", "61 000 €"])
            reg = "i" if rng.random() < 0.35 else "f"
            labels: list[str] = []
            topics: list[str] = []
            oc: list[str] = []
            shell = "portal" if rng.random() < 0.5 else "personal"
            folder = "INBOX"
            company: str | None = ctx["company"]
            if kind == "rej":
                if rng.random() < 0.4:
                    oc = [pick(rng, ["role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled"])]
                key = "rej_dec_neutral" if set(oc) & {"budget_freeze", "role_cancelled"} else "rej_dec"
                paras = _p(rng, lang, "rej_open", reg) + _p(rng, lang, key, reg)
                if oc:
                    paras[-1] += " " + _p(rng, lang, oc[0], reg)[0]
                labels = ["rejection"]
                if i < plan["rejfb"]:
                    fb, topics = _feedback(rng, lang, reg)
                    paras += fb
                    labels.append("feedback")
                    shell = "personal"
                elif rng.random() < 0.4:
                    paras += _p(rng, lang, "nofb", reg)
                paras += _p(rng, lang, "future", reg)
                subj = pick(rng, SUBJ[lang]["rej"])
            elif kind == "inv":
                if i < plan["invack"]:
                    paras = _p(rng, lang, "ack", reg) + _p(rng, lang, "ack_assess", reg)
                    labels = ["application_ack", "interview_invite"]
                    subj = pick(rng, SUBJ[lang]["ack"])
                    shell = "portal"
                else:
                    paras = _p(rng, lang, "inv", reg) + _p(rng, lang, "inv_logistics", reg, rng.randint(1, 2))
                    labels = ["interview_invite"]
                    subj = pick(rng, SUBJ[lang]["inv"])
            elif kind == "ack":
                paras = _p(rng, lang, "ack", reg) + _p(rng, lang, "ack_next", reg)
                labels, subj = ["application_ack"], pick(rng, SUBJ[lang]["ack"])
            elif kind == "offer":
                paras = _p(rng, lang, "offer", reg) + _p(rng, lang, "offer_detail", reg, 2)
                labels, subj = ["offer"], pick(rng, SUBJ[lang]["offer"])
            elif kind == "fb":
                fb, topics = _feedback(rng, lang, reg)
                paras = _p(rng, lang, "fb_open", reg) + fb
                labels, subj, shell = ["feedback"], pick(rng, SUBJ[lang]["fb"]), "personal"
            elif kind in ("req", "other"):
                folder = "Sent"
                paras = _p(rng, lang, "req" if kind == "req" else "sent_other", reg)
                labels = ["feedback_request"] if kind == "req" else []
                subj = pick(rng, SUBJ[lang][kind])
            elif kind == "neg":
                j = rng.randrange(len(T[lang]["neg"]))  # subjects are listed in the same order as the bodies
                paras = [T[lang]["neg"][j]]
                reg = _reg(lang, paras[0]) if _reg(lang, paras[0]) != "n" else reg
                subj = SUBJ[lang]["neg"][j]
            else:
                s, b, name, addr = T[lang]["neg_other"][i % len(T[lang]["neg_other"])]
                lines = "\n".join(f"{pick(rng, ROLES)} – {pick(rng, COMPANIES)} ({ctx['city']})" for _ in range(rng.randint(3, 5)))
                vals = dict(ctx, n=rng.randint(3, 30), jobs=lines)
                breg = _reg(lang, b) if _reg(lang, b) != "n" else reg
                greet = pick(rng, T[lang]["greet_f"] if breg == "f" else T[lang]["greet_i"]) + "\n\n" if "{jobs}" not in b else ""
                fam = f"w2-{lang}-notices"
                n = counters[fam] = counters.get(fam, 0) + 1
                yield record(ctx, fam, FAMILY_PREFIX, n, labels=[], subject=fill(s, vals), lang=lang,
                             body_text=fill(greet + _cap(b) + ("\n\n" + name if greet else ""), vals),
                             from_name=name, from_addr=addr, company=None)
                continue

            if folder == "Sent":
                fam = f"w2-{lang}-candidate"
                to = pick(rng, ["{f}@{d}", "jobs@{d}", "{f}.{l}@{d}"]).format(f=ctx["sfirst"].lower(), l=slug(ctx["slast"]), d=ctx["cdomain"])
                greet = pick(rng, {"de": ["Hallo {sfirst},", "Sehr geehrte/r {sender},", "Liebe/r {sfirst},"],
                                   "fr": ["Bonjour {sfirst},", "Madame, Monsieur,", "Bonjour,"],
                                   "es": ["Hola {sfirst}:", "Hola {sfirst},", "Buenos días:"]}[lang])
                sign = pick(rng, {"de": ["Viele Grüße\n{first}", "Mit freundlichen Grüßen\n{cand}", "Beste Grüße\n{cand}"],
                                  "fr": ["Bien cordialement,\n{cand}", "Merci d'avance,\n{first}", "Bonne journée,\n{first}"],
                                  "es": ["Un saludo,\n{first}", "Gracias de antemano,\n{cand}", "Saludos,\n{first}"]}[lang])
                first_para = paras[0] if lang == "de" else _cap(paras[0])
                body = greet + "\n\n" + first_para + "\n\n" + sign
                if kind == "req" and rng.random() < 0.6:
                    ctx["sto"] = to
                    q = _p(rng, lang, "rej_dec", "f")[0] + " " + _p(rng, lang, "future", "f")[0]
                    body += "\n\n" + QUOTE_HDR[lang] + "\n" + quote(q + "\n\n" + ctx["sender"])
                n = counters[fam] = counters.get(fam, 0) + 1
                yield record(ctx, fam, FAMILY_PREFIX, n, labels=labels, subject=fill(subj, ctx), lang=lang, folder="Sent",
                             body_text=fill(body, ctx), from_name=ctx["cand"], from_addr=ctx["cand_addr"], to_addr=to)
                continue

            body_text, body_html = _compose(rng, lang, reg, paras, shell, ctx)
            if shell == "portal":
                fam = f"w2-{lang}-portal"
                from_name = fill(pick(rng, ["{co}", "{co} Karriere" if lang == "de" else "{co} Recrutement" if lang == "fr" else "{co} Empleo",
                                            "{co} via {ats}"]), ctx)
                from_addr = fill(pick(rng, ["no-reply@{relay}", "jobs@{relay}", "noreply@{cdomain}"]), ctx)
            else:
                fam = f"w2-{lang}-personal"
                from_name = ctx["sender"]
                from_addr = f"{ctx['sfirst'].lower()}.{slug(ctx['slast'])}@{ctx['cdomain']}"
            if rng.random() < 0.3:
                subj = pick(rng, ["{co}: ", "[{co}] "]) + subj
            n = counters[fam] = counters.get(fam, 0) + 1
            yield record(ctx, fam, FAMILY_PREFIX, n, labels=labels, topics=topics, outside_control=oc, lang=lang,
                         subject=fill(subj, ctx), body_text=body_text, body_html=body_html, from_name=from_name,
                         from_addr=from_addr, company=company)
