"""German, French and Spanish content for w22 messages (platform notes, voicemails, letters).

What: ``say_x(lang, intent, ctx, rng)`` returns (paragraphs, labels, topics, oc) and
``neg_x(lang, kind, ctx, rng)`` returns (paragraphs, company). When: gen_w22_intl.py.
"""

from __future__ import annotations

import random

from _w22_bank import pick

HELLO = {"de": ["Hallo {cf},", "Liebe/r {cf},", "Guten Tag {cf} {cl},", "Hi {cf},"],
         "fr": ["Bonjour {cf},", "Bonjour {cf} {cl},", "Salut {cf},", "Madame, Monsieur,"],
         "es": ["Hola {cf}:", "Hola {cf},", "Estimado/a {cf}:", "Buenas {cf},"]}
BYE = {"de": ["Viele Grüße\n{rf}", "Beste Grüße, {rf} {rl}", "VG {rf}", "Freundliche Grüße\n{rf} {rl}\n{c}"],
       "fr": ["Bien à vous,\n{rf}", "Cordialement,\n{rf} {rl}", "Belle journée, {rf}", "À bientôt\n{rf}"],
       "es": ["Un saludo,\n{rf}", "Saludos cordiales,\n{rf} {rl}", "Abrazo, {rf}", "Gracias,\n{rf} ({c})"]}

S = {
    "de": {
        "rej": ["leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als {r} nicht weiter berücksichtigen können.",
                "wir haben uns nach reiflicher Überlegung für eine andere Kandidatin entschieden.",
                "kurzes Update: Das Team hat sich gegen eine weitere Runde mit dir entschieden, tut mir leid.",
                "Ihre Bewerbung war diesmal leider nicht erfolgreich."],
        "inv": ["wir würden Sie gern zu einem Vorstellungsgespräch für {r} einladen. Passt Ihnen {when}?",
                "hast du diese Woche Zeit für ein kurzes Telefonat mit der Teamleitung? Buch dir einfach einen Termin: {link}",
                "Sie sind eine Runde weiter! Als Nächstes folgt ein technisches Interview (60 Min., per Video).",
                "bitte absolvieren Sie innerhalb von 5 Tagen unseren Online-Test: {link}"],
        "ack": ["vielen Dank für Ihre Bewerbung als {r}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
                "deine Bewerbung ist bei uns angekommen - wir melden uns in ca. zwei Wochen."],
        "offer": ["wir freuen uns sehr, Ihnen die Stelle als {r} anbieten zu können!",
                  "gute Nachrichten: Wir möchten dir ein Angebot machen - {r}, Start {start}. Der Vertrag kommt heute per Mail."],
        "fb_intro": ["Ein paar Worte zum Feedback:", "Das Feedback des Panels:", "Damit es dir etwas bringt:"],
        "fbq": ["vielen Dank für die Rückmeldung. Könnten Sie mir vielleicht sagen, woran es gelegen hat? Ein kurzes Feedback würde mir sehr helfen.",
                "schade, aber danke für die ehrliche Info. Hättest du ein, zwei Punkte Feedback zum Fachinterview für mich?"],
    },
    "fr": {
        "rej": ["nous sommes au regret de vous informer que votre candidature au poste de {r} n'a pas été retenue.",
                "après réflexion, nous avons choisi de poursuivre avec un autre profil.",
                "petite mise à jour : l'équipe a décidé de ne pas aller plus loin avec ta candidature, désolée.",
                "malheureusement nous ne pourrons pas donner suite à votre candidature."],
        "inv": ["nous souhaiterions vous rencontrer pour un entretien pour le poste de {r}. Seriez-vous disponible {when} ?",
                "tu serais dispo pour un appel de 20 minutes avec la responsable du recrutement ? Choisis un créneau ici : {link}",
                "bonne nouvelle, vous passez à l'étape suivante : un entretien technique d'une heure en visio.",
                "merci de compléter le test en ligne sous 5 jours : {link}"],
        "ack": ["nous accusons bonne réception de votre candidature au poste de {r}.",
                "ta candidature est bien arrivée chez nous, on revient vers toi d'ici deux semaines."],
        "offer": ["nous avons le plaisir de vous proposer le poste de {r} !",
                  "super nouvelle : on aimerait te faire une offre pour le poste de {r}, démarrage {start}."],
        "fb_intro": ["Quelques retours du jury :", "Pour être transparente :", "Ce qui a manqué, selon l'équipe :"],
        "fbq": ["merci pour votre retour. Serait-il possible d'avoir quelques éléments de feedback sur mon entretien ?",
                "dommage, mais merci de m'avoir prévenu. Aurais-tu un retour sur ce qui a coincé ?"],
    },
    "es": {
        "rej": ["lamentamos comunicarte que no seguiremos adelante con tu candidatura para {r}.",
                "tras valorar todos los perfiles, hemos decidido continuar con otra persona.",
                "te escribo para decirte que esta vez no ha podido ser, lo siento mucho.",
                "tu candidatura no ha sido seleccionada en esta ocasión."],
        "inv": ["nos gustaría invitarte a una entrevista para el puesto de {r}. ¿Te viene bien el {when}?",
                "¿tienes 20 minutos esta semana para una llamada con la responsable del equipo? Reserva aquí: {link}",
                "¡enhorabuena, pasas a la siguiente fase! Será una entrevista técnica por videollamada.",
                "por favor, completa la prueba online en los próximos 5 días: {link}"],
        "ack": ["hemos recibido correctamente tu candidatura para {r}. Gracias por tu interés.",
                "confirmamos la recepción de tu CV para la vacante {req}."],
        "offer": ["¡nos alegra mucho ofrecerte el puesto de {r}!",
                  "buenas noticias: queremos hacerte una oferta para {r}, con incorporación {start}."],
        "fb_intro": ["Te dejo algo de feedback:", "Lo que comentó el equipo:", "Para que te sirva:"],
        "fbq": ["gracias por avisarme. ¿Podrías compartir algo de feedback sobre la entrevista? Me ayudaría mucho.",
                "una pena, pero gracias por la sinceridad. ¿Hay algo concreto que pudiera mejorar?"],
    },
}
OC_X = {
    "de": {"role_filled": "Die Stelle ist inzwischen besetzt.", "budget_freeze": "Wegen eines Einstellungsstopps können wir die Position derzeit nicht besetzen.",
           "closer_fit": "Eine andere Person bringt Erfahrung mit, die noch genauer zu unseren Anforderungen passt.",
           "level_mismatch": "Wir suchen inzwischen jemanden mit deutlich mehr Führungserfahrung.", "role_cancelled": "Die Stelle wurde nach einer Umstrukturierung gestrichen."},
    "fr": {"role_filled": "Le poste a été pourvu.", "budget_freeze": "Le budget du poste a été gelé jusqu'à nouvel ordre.",
           "closer_fit": "Nous avons retenu un profil plus proche de nos besoins actuels.",
           "level_mismatch": "Nous recherchons finalement un profil plus senior.", "role_cancelled": "Le poste a été supprimé suite à une réorganisation."},
    "es": {"role_filled": "La vacante ya está cubierta.", "budget_freeze": "Se ha congelado el presupuesto para esta posición.",
           "closer_fit": "Hemos elegido un perfil que encaja más con lo que necesita el equipo.",
           "level_mismatch": "Ahora buscamos a alguien con un perfil más sénior.", "role_cancelled": "El puesto se ha cancelado tras una reorganización."},
}
WEAK_X = {
    "de": {"coding": "der Code in der Pairing-Übung war am Ende ziemlich unübersichtlich", "system_design": "beim Architekturteil fehlte uns die Frage, wie das System skaliert",
           "technical_depth": "bei den Nachfragen zu den Grundlagen blieb es oft an der Oberfläche", "communication": "deine Antworten waren teils schwer nachzuvollziehen",
           "behavioural": "die Beispiele aus Ihrer bisherigen Arbeit blieben recht allgemein", "composure": "du wirkst unter Zeitdruck sehr nervös",
           "experience_level": "Ihnen fehlt noch Erfahrung mit Personalverantwortung", "cv_positioning": "Ihr Lebenslauf zeigt die relevanten Projekte kaum"},
    "fr": {"coding": "le code de l'exercice manquait de tests et de lisibilité", "system_design": "on aurait aimé vous entendre davantage sur la montée en charge de l'architecture",
           "technical_depth": "les réponses sont restées en surface quand on a creusé", "communication": "il était parfois difficile de suivre ton raisonnement",
           "questions_to_ask": "vous n'aviez pas de questions pour nous à la fin", "collaboration": "pendant l'exercice en groupe, tu as eu tendance à travailler seul",
           "composure": "le stress a pris le dessus dans la deuxième partie", "cv_positioning": "ton CV ne met pas en valeur l'expérience la plus pertinente"},
    "es": {"coding": "la solución de la prueba técnica funcionaba, pero el código era difícil de seguir", "system_design": "en el diseño del sistema faltó hablar de escalabilidad y fallos",
           "technical_depth": "cuando profundizamos en los detalles técnicos, las respuestas se quedaron cortas", "communication": "a veces costaba seguir tus explicaciones",
           "behavioural": "los ejemplos de situaciones reales fueron bastante genéricos", "experience_level": "te falta algo de experiencia liderando proyectos de este tamaño",
           "questions_to_ask": "no hiciste preguntas al final de la entrevista", "collaboration": "no vimos cómo trabajas con otros equipos"},
}
NEG_X = {
    "de": {"reminder": ("Erinnerung: Ihr Vorstellungsgespräch bei {c} ist morgen um {time}.", True),
           "status": ("Ihre Bewerbung als {r} wird noch geprüft. Wir melden uns, sobald es Neuigkeiten gibt.", True),
           "thanks_today": ("Danke für das nette Gespräch heute! Wir melden uns nächste Woche.", True),
           "profile_view": ("{who} hat Ihr Profil angesehen.", False), "job_alert": ("Neue Jobs für Ihren Suchauftrag '{r}': 7 Treffer.", False),
           "nofb": ("Leider können wir aus rechtlichen Gründen kein individuelles Feedback geben.", True),
           "nonjob_rej": ("Leider konnten wir Ihrem Antrag auf einen Studienplatz im Master Informatik nicht entsprechen.", False),
           "onboard": ("Willkommen an Bord! Bitte laden Sie vor Ihrem ersten Arbeitstag Ihre Steuer-ID und Bankverbindung hoch.", True)},
    "fr": {"reminder": ("Rappel : votre entretien chez {c} a lieu demain à {time}.", True),
           "status": ("Votre candidature pour {r} est toujours en cours d'examen.", True),
           "thanks_today": ("Merci pour votre temps aujourd'hui, nous revenons vers vous la semaine prochaine.", True),
           "profile_view": ("{who} a consulté votre profil.", False), "job_alert": ("12 nouvelles offres correspondent à votre alerte « {r} ».", False),
           "nofb": ("Nous ne sommes malheureusement pas en mesure de fournir un retour individuel.", True),
           "nonjob_rej": ("Nous avons le regret de vous informer que votre dossier de location n'a pas été retenu par le propriétaire.", False),
           "onboard": ("Bienvenue ! Merci de nous transmettre votre RIB et votre numéro de sécurité sociale avant votre arrivée.", True)},
    "es": {"reminder": ("Recordatorio: tu entrevista con {c} es mañana a las {time}.", True),
           "status": ("Tu candidatura para {r} sigue en revisión.", True),
           "thanks_today": ("¡Gracias por tu tiempo hoy! Te diremos algo la semana que viene.", True),
           "profile_view": ("{who} ha visto tu perfil.", False), "job_alert": ("Nuevas ofertas para tu alerta «{r}»: 9 resultados.", False),
           "nofb": ("Por política de empresa no podemos compartir feedback individual.", True),
           "nonjob_rej": ("Lamentamos informarte de que tu solicitud de beca no ha sido concedida en esta convocatoria.", False),
           "onboard": ("¡Bienvenida! Antes de tu primer día, sube tu DNI y tu número de cuenta al portal.", True)},
}
BUT_X = {"de": "Allerdings:", "fr": "En revanche,", "es": "Eso sí,"}
PRAISE_X = {"de": "Fachlich hat uns vieles überzeugt.", "fr": "L'équipe a apprécié votre énergie.", "es": "Al equipo le gustó mucho tu experiencia."}


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def say_x(lang: str, intent: str, ctx: dict, rng: random.Random):
    b = S[lang]
    topics: list[str] = []
    oc: list[str] = []
    paras: list[str] = []
    if intent == "rej":
        paras.append(_cap(pick(rng, b["rej"])))
        if rng.random() < 0.4:
            oc = [pick(rng, list(OC_X[lang]))]
            paras.append(OC_X[lang][oc[0]])
        labels = ["rejection"]
    elif intent == "rej_fb":
        paras.append(_cap(pick(rng, b["rej"])))
        topics = rng.sample(list(WEAK_X[lang]), 1)
        paras.append(f"{pick(rng, b['fb_intro'])} {PRAISE_X[lang] if rng.random() < 0.5 else ''} {BUT_X[lang]} {WEAK_X[lang][topics[0]]}.".replace("  ", " "))
        labels = ["rejection", "feedback"]
    elif intent in ("inv", "ack", "offer"):
        paras.append(_cap(pick(rng, b[intent])))
        labels = {"inv": ["interview_invite"], "ack": ["application_ack"], "offer": ["offer"]}[intent]
    elif intent == "fbq":
        paras.append(_cap(pick(rng, b["fbq"])))
        labels = ["feedback_request"]
    else:
        raise ValueError(intent)
    return [p.format(**ctx) for p in paras], labels, topics, oc


def neg_x(lang: str, kind: str, ctx: dict, rng: random.Random):
    text, about = NEG_X[lang][kind]
    return [text.format(**ctx)], (ctx["c"] if about else None)
