"""Writer w8: short agency notes written in the recruiter's own language (German, French,
Spanish) - decisions, invitations, confirmations and offers, with the same look-alikes
(pitches, reminders, 'no news yet') and the candidate's feedback requests in the Sent folder."""

from __future__ import annotations

import importlib
import random
from typing import Iterable


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


C = _load("_w8_compose")
kit = C.kit

FAMILY_PREFIX = "w8nat"

# lang -> kind -> list of (text, outside_control reason or feedback topic or None)
T = {
    "de": {
        "hi": ["Hallo {me},", "Liebe/r {me},", "Guten Tag {me_full},", "Hi {me},", "Moin {me},"],
        "bye": ["Viele Grüße", "Beste Grüße", "LG", "Mit freundlichen Grüßen", "Schöne Grüße aus Hamburg"],
        "days": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        "rej": [("leider hat sich {co} gegen eine Fortführung des Prozesses entschieden.", None),
                ("der Kunde hat sich für jemanden entschieden, dessen Profil noch näher an den Anforderungen liegt.", "closer_fit"),
                ("die Stelle wurde inzwischen intern besetzt, tut mir wirklich leid.", "role_filled"),
                ("wir können Ihnen nach den Gesprächen leider keine Zusage geben.", None),
                ("{co} hat die Position wegen eines Einstellungsstopps auf Eis gelegt und zieht alle Prozesse zurück.", "budget_freeze")],
        "inv": ["{co} möchte Sie gerne kennenlernen - hätten Sie am {wday} um {time} Zeit für ein Gespräch mit {hm}?",
                "der nächste Schritt wäre ein technisches Interview per Teams, ca. {mins} Minuten. Passt Ihnen {wday}?",
                "gute Nachrichten: Sie sind eine Runde weiter! Bitte buchen Sie sich hier einen Termin: {link}"],
        "ack": ["vielen Dank für Ihre Bewerbung als {role}, die wir hiermit bestätigen.",
                "Ihre Unterlagen sind bei uns eingegangen, ich melde mich nach Sichtung bei Ihnen.",
                "danke für den Lebenslauf, ist angekommen!"],
        "offer": ["{co} möchte Ihnen ein Angebot machen: {salary}, Start {start}. Der Vertrag kommt diese Woche.",
                  "ich freue mich sehr: Sie haben die Zusage! {co} bietet Ihnen die Stelle als {role} an."],
        "fb": [("Das Feedback: im Systemdesign-Teil hätten sie sich mehr Tiefe bei der Skalierung gewünscht.", "system_design"),
               ("Beim Live-Coding sind Sie leider an einer Stelle länger hängen geblieben.", "coding"),
               ("Man hätte sich etwas konkretere Beispiele aus Ihrer Führungserfahrung gewünscht.", "behavioural")],
        "neg": [("Ihr Termin morgen", "Ihr Gespräch morgen um {time} bei {co} steht - hier noch einmal die Adresse: Hafenstraße 12."),
                ("Neue Position bei {co}", "haben Sie aktuell Interesse an einem Wechsel? Ich hätte da eine spannende Rolle als {role} bei {co}."),
                ("Kurzes Update", "leider noch keine Rückmeldung von {co}, die Entscheidung soll nächste Woche fallen.")],
        "fbreq": ["vielen Dank für Ihre Nachricht, auch wenn es schade ist. Könnten Sie mir ein kurzes Feedback geben, woran es gelegen hat?",
                  "danke für die Info. Gibt es vom Kunden eine Rückmeldung, was ich beim nächsten Mal besser machen kann?"],
        "subj": ["Ihre Bewerbung bei {co}", "{role} - Update", "Rückmeldung {co}", "AW: {role}", "Update"],
    },
    "fr": {
        "hi": ["Bonjour {me},", "Bonjour {me_full},", "Hello {me},", "Cher {me},", "Salut {me},"],
        "bye": ["Bien à vous,", "Cordialement,", "Belle journée,", "Bonne fin de journée,", "À bientôt,"],
        "days": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
        "rej": [("malheureusement, {co} a décidé de ne pas poursuivre avec votre candidature.", None),
                ("le poste a finalement été pourvu en interne.", "role_filled"),
                ("le recrutement est gelé jusqu'à nouvel ordre, le client arrête tous les process.", "budget_freeze"),
                ("après réflexion, l'équipe ne donnera pas suite cette fois-ci.", None),
                ("ils recherchent finalement un profil plus senior pour ce poste.", "level_mismatch")],
        "inv": ["{co} souhaite vous rencontrer ! Seriez-vous disponible {wday} à {time} pour un entretien avec {hm} ?",
                "la prochaine étape est un test technique en ligne, environ {mins} minutes : {link}",
                "le manager aimerait un premier échange téléphonique cette semaine, quelles sont vos disponibilités ?"],
        "ack": ["nous accusons bonne réception de votre candidature pour le poste de {role}.",
                "j'ai bien reçu votre CV, merci ! Je reviens vers vous rapidement.",
                "merci pour votre candidature chez {co}, elle a bien été enregistrée."],
        "offer": ["j'ai le plaisir de vous annoncer que {co} souhaite vous faire une offre : {salary}, démarrage {start}.",
                  "bonne nouvelle : le client vous fait une proposition pour le poste de {role} ! Je vous appelle pour les détails."],
        "fb": [("Côté retours : ils auraient aimé des exemples plus concrets lors de l'entretien comportemental.", "behavioural"),
               ("Le manager a trouvé vos explications parfois difficiles à suivre.", "communication"),
               ("Sur la partie technique, certaines réponses manquaient de profondeur.", "technical_depth")],
        "neg": [("Rappel entretien", "petit rappel : votre entretien avec {co} est demain à {time}. Bonne chance !"),
                ("Opportunité {role}", "je me permets de vous contacter au sujet d'un poste de {role} chez {co}, seriez-vous ouvert à en discuter ?"),
                ("Point d'étape", "pas encore de nouvelles du client, je reviens vers vous dès que possible.")],
        "fbreq": ["merci pour votre retour. Serait-il possible d'avoir quelques éléments de feedback sur mes entretiens ?",
                  "dommage, mais merci de m'avoir prévenu. Auriez-vous un retour du manager sur ce qui a manqué ?"],
        "subj": ["Votre candidature - {role}", "{co} : retour", "RE: {role}", "Candidature {co}", "Suite de votre process"],
    },
    "es": {
        "hi": ["Hola {me},", "Buenas {me},", "Estimado/a {me},", "Hola {me}!", "{me}, buenas tardes:"],
        "bye": ["Un saludo,", "Saludos,", "Un abrazo,", "Atentamente,", "Gracias,"],
        "days": ["lunes", "martes", "miércoles", "jueves", "viernes"],
        "rej": [("lamentablemente {co} ha decidido no seguir adelante con tu candidatura.", None),
                ("han optado por una persona con un perfil más senior.", "level_mismatch"),
                ("el puesto se ha cancelado por una reestructuración interna.", "role_cancelled"),
                ("finalmente no vamos a continuar contigo en el proceso, lo siento.", None),
                ("se han decidido por otro candidato con experiencia más cercana al sector.", "closer_fit")],
        "inv": ["¡Buenas noticias! {co} quiere conocerte. ¿Te va bien el {wday} a las {time} para una entrevista con {hm}?",
                "el siguiente paso es una prueba técnica online de {mins} minutos: {link}",
                "el responsable del equipo quiere hacer una llamada contigo esta semana, ¿qué disponibilidad tienes?"],
        "ack": ["hemos recibido correctamente tu candidatura para el puesto de {role}.",
                "recibido tu CV, ¡gracias! Lo reviso y te digo algo.",
                "confirmamos la recepción de tu candidatura en {co}."],
        "offer": ["¡Enhorabuena! {co} quiere hacerte una oferta: {salary}, incorporación {start}.",
                  "te confirmo por escrito la oferta para el puesto de {role}. Te adjunto la carta."],
        "fb": [("Como feedback, comentaron que en el diseño de sistemas faltó profundizar en la escalabilidad.", "system_design"),
               ("Se notaron bastante los nervios en la entrevista final.", "composure"),
               ("Echaron en falta más experiencia liderando equipos.", "experience_level")],
        "neg": [("Recordatorio entrevista", "te recuerdo que mañana a las {time} tienes la entrevista con {co}."),
                ("Oportunidad en {co}", "te escribo por una posición de {role} en {co} que encaja con tu perfil. ¿Hablamos?"),
                ("Novedades", "todavía no tengo respuesta del cliente, te aviso en cuanto sepa algo.")],
        "fbreq": ["gracias por avisarme. ¿Sería posible recibir algo de feedback sobre mi entrevista?",
                  "qué pena, pero gracias. ¿Te han comentado en qué podría mejorar?"],
        "subj": ["Tu candidatura - {role}", "Proceso {co}", "RE: {role}", "Novedades {co}", "Actualización"],
    },
}
KINDS = {"rej": 5, "rej_fb": 2, "inv": 4, "ack": 3, "offer": 2, "neg": 5, "fbreq": 2}


def native_message(rng: random.Random, lang: str, family: str, n: int) -> dict:
    t = T[lang]
    ctx = C.employer_ctx(rng)
    ctx["wday"] = rng.choice(t["days"])
    kind = C.weighted(rng, KINDS)
    first, last = kit.person(rng)
    agency, adom = rng.choice(kit.AGENCIES)
    rec_addr = kit.addr_for(rng, first, last, adom)
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    subj = rng.choice(t["subj"])
    if kind in ("rej", "rej_fb"):
        line, reason = rng.choice(t["rej"])
        text = [line]
        labels.append("rejection")
        if reason:
            outside.append(reason)
        if kind == "rej_fb":
            fb, topic = rng.choice(t["fb"])
            text.append(fb)
            labels.append("feedback")
            topics.append(topic)
    elif kind == "neg":
        subj, line = rng.choice(t["neg"])
        text = [line]
    elif kind == "fbreq":
        text = [rng.choice(t["fbreq"])]
        labels.append("feedback_request")
    else:
        text = [rng.choice(t[kind])]
        labels.append({"inv": "interview_invite", "ack": "application_ack", "offer": "offer"}[kind])
    if kind == "fbreq":
        body = kit.join_paras([rng.choice(t["hi"]).replace("{me_full}", "{rec}").replace("{me}", "{rec}"), text[0][0].upper() + text[0][1:],
                               rng.choice(t["bye"]) + "\n" + ctx["me"]])
        ctx["rec"] = first
        body = kit.fill(body, ctx)
        subject = "Re: " + kit.fill(subj, ctx)
        frm_name, frm, to = ctx["me_full"], ctx["me_addr"], rec_addr
        folder = "Sent"
    else:
        parts = [rng.choice(t["hi"]), " ".join(text)]
        sig = f"{first} {last}\n{agency}" if rng.random() < 0.7 else first
        parts.append(rng.choice(t["bye"]) + "\n" + sig)
        body = kit.fill(kit.join_paras(parts), ctx)
        if rng.random() < 0.3:
            body = kit.casual(rng, body)
        subject = kit.dress_subject(rng, kit.fill(subj, ctx), reply=rng.random() < 0.2)
        frm_name, frm, to = f"{first} {last}", rec_addr, ctx["me_addr"]
        folder = "INBOX"
    co = ctx["co"]
    company = co if (co in subject or co in body) else None
    return kit.record(FAMILY_PREFIX, family, n, folder=folder, lang=lang, from_name=frm_name, from_addr=frm,
                      to_addr=to, subject=subject, body=body, labels=labels, company=company, topics=topics,
                      outside=outside)


def generate(rng: random.Random) -> Iterable[dict]:
    for lang, family, count in (("de", "deagentur", 14), ("fr", "frcabinet", 12), ("es", "esconsultora", 12)):
        for n in range(count):
            yield native_message(rng, lang, family, n)
