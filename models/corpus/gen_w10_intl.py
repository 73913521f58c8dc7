"""Writer w10, German/French/Spanish mail: reply threads (AW:/RE:/Réf.) and ATS HTML notifications."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w10_shell import (ATS_DOMAINS, ats_footer, button, chance, fill, html_page, html_text_alt, make_ctx,  # noqa: E402
                        para_html, pick, quota, record, track)

FAMILY_PREFIX = "w10intl"

# meaning -> lang -> list of (subject, body, labels, topics, oc)
B: dict[str, dict[str, list[tuple]]] = {
    "rej": {
        "de": [("Ihre Bewerbung als {role}", "leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Die Entscheidung ist uns nicht leichtgefallen.", ["rejection"], [], []),
               ("Rückmeldung zu Ihrer Bewerbung", "vielen Dank für die Gespräche. Wir werden Ihre Bewerbung nicht weiter berücksichtigen, da die Stelle inzwischen besetzt ist.", ["rejection"], [], ["role_filled"]),
               ("{role} – Absage", "nach sorgfältiger Prüfung können wir Ihnen leider keine Zusage geben. Aufgrund eines Einstellungsstopps wird die Position vorerst nicht besetzt.", ["rejection"], [], ["budget_freeze"]),
               ("Ihre Bewerbung bei {co}", "wir haben uns für jemanden entschieden, dessen Profil noch genauer zu den Anforderungen passt. Wir wünschen Ihnen alles Gute.", ["rejection"], [], ["closer_fit"])],
        "fr": [("Votre candidature – {role}", "nous vous remercions pour l'intérêt porté à {co}. Malheureusement, nous ne donnerons pas suite à votre candidature.", ["rejection"], [], []),
               ("Suite de votre candidature", "après réflexion, nous avons retenu un profil plus senior pour ce poste. Nous vous souhaitons une bonne continuation.", ["rejection"], [], ["level_mismatch"]),
               ("Poste de {role}", "le poste a été supprimé suite à une réorganisation interne ; nous clôturons donc le processus.", ["rejection"], [], ["role_cancelled"])],
        "es": [("Tu candidatura para {role}", "gracias por tu tiempo. Lamentablemente hemos decidido continuar con otros candidatos.", ["rejection"], [], []),
               ("Actualización del proceso", "te escribo para comentarte que el puesto ya ha sido cubierto, por lo que no seguiremos adelante con tu candidatura.", ["rejection"], [], ["role_filled"])],
    },
    "rej_fb": {
        "de": [("Feedback zu Ihrem Interview", "leider können wir Ihnen kein Angebot machen. Fachlich hat uns Ihr Wissen gefallen, allerdings blieben Ihre Antworten zur Skalierung der Architektur recht oberflächlich, und im Live-Coding fehlten Tests.", ["rejection", "feedback"], ["system_design", "coding"], [])],
        "fr": [("Retour sur vos entretiens", "nous ne poursuivrons pas avec votre candidature. Le jury a apprécié votre motivation, mais vos exemples concrets de gestion de conflit manquaient de précision et vos réponses étaient parfois difficiles à suivre.", ["rejection", "feedback"], ["behavioural", "communication"], [])],
        "es": [("Resultado de la entrevista", "no vamos a continuar con tu candidatura. El equipo valoró tu actitud, pero notamos que te pusiste bastante nervioso en la prueba técnica y te faltó experiencia liderando proyectos.", ["rejection", "feedback"], ["composure", "experience_level"], [])],
    },
    "fb": {
        "de": [("AW: Feedback", "gerne gebe ich Ihnen Rückmeldung: Das Panel hätte sich mehr Tiefe bei den technischen Details Ihrer bisherigen Projekte gewünscht. Außerdem hatten Sie am Ende keine Fragen an uns.", ["feedback"], ["technical_depth", "questions_to_ask"], [])],
        "fr": [("RE: Demande de retour", "comme promis, voici le retour de l'équipe : votre CV ne met pas assez en valeur votre expérience en data, et pendant l'exercice en binôme vous avez surtout travaillé seul.", ["feedback"], ["cv_positioning", "collaboration"], [])],
        "es": [("RE: Feedback", "claro, te comparto lo que comentó el panel: el código de la prueba funcionaba pero era difícil de leer, y las explicaciones fueron algo largas.", ["feedback"], ["coding", "communication"], [])],
    },
    "invite": {
        "de": [("Einladung zum Vorstellungsgespräch – {role}", "wir freuen uns, Sie zu einem ersten Gespräch mit {hm} einzuladen. Passt Ihnen {day} um {time} Uhr?", ["interview_invite"], [], []),
               ("Nächster Schritt: technisches Interview", "gerne möchten wir Sie zum technischen Interview einladen. Bitte wählen Sie über diesen Link einen Termin: {link}", ["interview_invite"], [], [])],
        "fr": [("Invitation à un entretien", "nous souhaitons vous rencontrer pour un entretien avec l'équipe {team}. Seriez-vous disponible {day} à {time} ?", ["interview_invite"], [], []),
               ("Prochaine étape : test en ligne", "la prochaine étape est un test technique en ligne, à compléter sous 5 jours.", ["interview_invite"], [], [])],
        "es": [("Entrevista para {role}", "nos gustaría invitarte a una entrevista por videollamada. ¿Te viene bien el {day} a las {time}?", ["interview_invite"], [], [])],
    },
    "ack": {
        "de": [("Eingangsbestätigung Ihrer Bewerbung", "vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.", ["application_ack"], [], [])],
        "fr": [("Accusé de réception", "nous avons bien reçu votre candidature pour le poste de {role} et reviendrons vers vous prochainement.", ["application_ack"], [], [])],
        "es": [("Hemos recibido tu candidatura", "gracias por aplicar a {role}. Hemos recibido tu CV correctamente.", ["application_ack"], [], [])],
    },
    "offer": {
        "de": [("Ihr Vertragsangebot", "wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können. Den Vertragsentwurf finden Sie im Anhang.", ["offer"], [], [])],
        "fr": [("Proposition d'embauche", "nous avons le plaisir de vous proposer le poste de {role}. Vous trouverez notre offre en pièce jointe.", ["offer"], [], [])],
        "es": [("Oferta de empleo", "¡Enhorabuena! Nos encantaría que te unieras a {co} como {role}. Te adjuntamos la oferta.", ["offer"], [], [])],
    },
    "fbreq": {
        "de": [("AW: Ihre Bewerbung", "danke für Ihre Nachricht. Könnten Sie mir kurz sagen, woran es gelegen hat? Ein Feedback würde mir sehr helfen.", ["feedback_request"], [], [])],
        "fr": [("RE: Votre candidature", "merci pour votre retour. Serait-il possible d'avoir quelques éléments de feedback sur mes entretiens ?", ["feedback_request"], [], [])],
        "es": [("RE: Tu candidatura", "gracias por avisarme. ¿Podrías darme algo de feedback sobre la entrevista para poder mejorar?", ["feedback_request"], [], [])],
    },
    "neg": {
        "de": [("Erinnerung: Ihr Termin morgen", "zur Erinnerung: Ihr Gespräch findet morgen um {time} Uhr statt. Der Link steht in der Einladung.", [], [], []),
               ("Stand Ihrer Bewerbung", "Ihre Bewerbung befindet sich weiterhin in Prüfung. Wir melden uns, sobald es Neuigkeiten gibt.", [], [], []),
               ("Neue Jobs für Sie", "5 neue Stellen passen zu Ihrem Suchauftrag „{role}“.", [], [], []),
               ("Ihr Antrag auf Zulassung", "leider können wir Ihnen für das Wintersemester keinen Studienplatz anbieten.", [], [], []),
               ("AW: Termin", "passt, dann bis {day}!", [], [], [])],
        "fr": [("Rappel : entretien demain", "petit rappel : votre entretien est prévu demain à {time}.", [], [], []),
               ("Votre candidature est en cours d'examen", "votre dossier est toujours en cours d'étude par l'équipe.", [], [], []),
               ("Merci pour aujourd'hui", "merci pour votre temps aujourd'hui, nous revenons vers vous la semaine prochaine.", [], [], []),
               ("Webinaire : réussir ses entretiens", "inscrivez-vous à notre webinaire gratuit {day} à {time}.", [], [], [])],
        "es": [("Recordatorio de entrevista", "te recordamos que tu entrevista es el {day} a las {time}.", [], [], []),
               ("Nuevas ofertas para ti", "Hay 8 nuevas ofertas de {role} en tu zona.", [], [], []),
               ("Solicitud de alquiler", "lamentamos comunicarte que el propietario ha elegido a otro inquilino.", [], [], []),
               ("RE: Entrevista", "perfecto, nos vemos el {day}.", [], [], [])],
    },
}
GREET = {"de": ["Sehr geehrte/r {first} {last},", "Hallo {first},", "Liebe/r {first},", "Guten Tag {first} {last},"],
         "fr": ["Bonjour {first},", "Madame, Monsieur,", "Cher/Chère {first},", "Bonjour {first} {last},"],
         "es": ["Hola {first}:", "Estimado/a {first}:", "Hola {first},", "Buenos días {first},"]}
BYE = {"de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Herzliche Grüße"],
       "fr": ["Cordialement,", "Bien à vous,", "Belle journée,", "Sincères salutations,"],
       "es": ["Un saludo,", "Saludos cordiales,", "Un abrazo,", "Atentamente,"]}
QUOTE_HEAD = {"de": "Am {date} um {time} schrieb {name} <{addr}>:", "fr": "Le {date} à {time}, {name} <{addr}> a écrit :",
              "es": "El {date}, a las {time}, {name} <{addr}> escribió:"}
PREFIX = {"de": ["AW: ", "Aw: ", "AW: "], "fr": ["RE: ", "Re : ", "RE : "], "es": ["RE: ", "Re: ", "RE: "]}
W = {"rej": 9, "rej_fb": 4, "fb": 3, "invite": 7, "ack": 5, "offer": 4, "fbreq": 4, "neg": 19}


def _one(rng: random.Random, fam: str, n: int, html: bool, meaning: str) -> dict:
    lang = pick(rng, ["de", "de", "fr", "fr", "es"])
    options = B[meaning][lang]
    if html and meaning == "neg":
        options = [o for o in options if not o[0].startswith(("AW:", "RE:"))]
    subj, body, labels, topics, oc = pick(rng, options)
    ctx = make_ctx(rng)
    subj, body = fill(subj, ctx), fill(body, ctx)
    g = fill(pick(rng, GREET[lang]), ctx if meaning != "fbreq" else dict(ctx, first=ctx["rec"], last=ctx["rec_full"].split()[1]))
    sent = meaning == "fbreq" or (meaning == "neg" and subj.startswith(("AW: Termin", "RE: Entrevista")) and chance(rng, 0.5))
    signer = ctx["me"] if sent else ctx["rec_full"]
    if lang != "de" or g.endswith(":"):
        body = body[0].upper() + body[1:]
    text = f"{g}\n\n{body}\n\n{pick(rng, BYE[lang])}\n{signer}"
    company = None if (meaning == "neg" and any(k in subj for k in ("Jobs", "ofertas", "Zulassung", "alquiler", "Webinaire"))) else ctx["co"]
    if not sent and chance(rng, 0.5):
        text += "\n" + ctx["co"]
    if html:
        host = pick(rng, ATS_DOMAINS)
        inner = para_html(text)
        btn = button(pick(rng, ["Zum Bewerberportal", "Accéder à mon espace", "Ver mi candidatura", "Termin wählen"]),
                     track(rng, host, "c"), "#1f2937") if chance(rng, 0.7) else ""
        page = html_page(rng, preheader=pick(rng, ["", subj, "Neuigkeiten", "Information"]), logo_alt=ctx["co"],
                         heading=None, body=inner, button_html=btn, footer=ats_footer(rng, host, company))
        return record(fam, n, folder="INBOX", lang=lang, from_name=pick(rng, [f"{ctx['co']} " + {"de": "Karriere", "fr": "Recrutement", "es": "Empleo"}[lang], ctx["co"]]), from_addr=f"no-reply@{host}", to_addr=ctx["my_addr"], subject=subj,
                      body_text="" if chance(rng, 0.6) else html_text_alt(page), body_html=page, labels=labels,
                      company=company, topics=topics, oc=oc)
    if chance(rng, 0.6) or sent:
        qwho = (ctx["rec_full"], ctx["rec_addr"]) if sent else (ctx["me"], ctx["my_addr"])
        mine = {"de": ["Vielen Dank, anbei meine Unterlagen.", "Gibt es schon Neuigkeiten zu meiner Bewerbung?", "Danke für das nette Gespräch heute."],
                "fr": ["Merci, je reste disponible.", "Avez-vous des nouvelles concernant ma candidature ?", "Merci pour l'échange de ce matin."],
                "es": ["Gracias, quedo a la espera.", "¿Hay alguna novedad sobre mi candidatura?", "Gracias por la entrevista de hoy."]}
        qtext = pick(rng, B["rej"][lang])[1] if sent else pick(rng, mine[lang])
        qtext = qtext[0].upper() + qtext[1:]
        qdate = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026" if lang == "de" else f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"
        head = fill(QUOTE_HEAD[lang], {"date": qdate, "time": ctx["time"], "name": qwho[0], "addr": qwho[1]})
        text += "\n\n" + head + "\n" + "\n".join("> " + ln for ln in fill(qtext, ctx).split("\n"))
        if not subj.startswith(("AW", "RE", "Re")):
            subj = pick(rng, PREFIX[lang]) + subj
    if sent:
        return record(fam, n, folder="Sent", lang=lang, from_name=ctx["me"], from_addr=ctx["my_addr"], to_addr=ctx["rec_addr"],
                      subject=subj, body_text=text, body_html=None, labels=labels, company=company, topics=topics, oc=oc)
    return record(fam, n, folder="INBOX", lang=lang, from_name=ctx["rec_full"], from_addr=ctx["rec_addr"], to_addr=ctx["my_addr"],
                  subject=subj, body_text=text, body_html=None, labels=labels, company=company, topics=topics, oc=oc)


def generate(rng: random.Random) -> Iterable[dict]:
    plan = quota(rng, W, 30)
    for n in range(30):
        yield _one(rng, f"{FAMILY_PREFIX}-reply", n, html=False, meaning=plan[n])
    plan = quota(rng, {k: v for k, v in W.items() if k != "fbreq"}, 25)
    for n in range(25):
        yield _one(rng, f"{FAMILY_PREFIX}-ats", n, html=True, meaning=plan[n])
