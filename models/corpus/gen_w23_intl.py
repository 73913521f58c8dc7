"""w23 in German, French and Spanish: the same look-alike trap (Angebot/offre/oferta, Absage/refus/
rechazo, Bewerbung/candidature/solicitud about flats, loans, degrees and shops) next to real hiring
mail from the same kinds of senders.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w23_kit as K  # noqa: E402

FAMILY_PREFIX = "w23intl"
W = K.Writer(FAMILY_PREFIX)

L = {
    "de": {
        "greet": ["Hallo {n},", "Sehr geehrte/r {f},", "Guten Tag {f},", "Hallo {n}!"],
        "sign": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße"],
        "neg": [
            ("Ihr persönliches Angebot", ["Nur für kurze Zeit: Ihr persönliches Angebot mit 15 % Rabatt auf das gesamte Sortiment.", "Gutscheincode: {code}"]),
            ("Wir haben Ihre Bestellung erhalten", ["Vielen Dank für Ihre Bestellung Nr. {num}. Wir melden uns, sobald das Paket unterwegs ist."]),
            ("Ihre Bewerbung um die Wohnung", ["Leider müssen wir Ihnen mitteilen, dass sich der Vermieter für andere Mietinteressenten entschieden hat.", "Wir wünschen Ihnen viel Erfolg bei der Wohnungssuche."]),
            ("Ihr Kreditantrag", ["Ihr Kreditantrag ist bei uns eingegangen. Die Prüfung dauert in der Regel zwei Werktage."]),
            ("Entscheidung zu Ihrem Kreditantrag", ["Leider können wir Ihren Antrag auf einen Ratenkredit derzeit nicht annehmen."]),
            ("Zulassungsbescheid", ["Leider können wir Ihnen für den Masterstudiengang keinen Studienplatz anbieten.", "Die Zahl der Bewerbungen übersteigt die verfügbaren Plätze deutlich."]),
            ("!"+"Erinnerung: Ihr Vorstellungsgespräch morgen", ["Wir möchten Sie an Ihr Vorstellungsgespräch am {d} um {t} erinnern.", "Bitte melden Sie sich am Empfang."]),
            ("!"+"Ihre Bewerbung: Stand", ["Ihre Bewerbung befindet sich weiterhin in Prüfung. Wir bitten noch um etwas Geduld."]),
            ("Ihre Meinung ist uns wichtig", ["Wie zufrieden waren Sie mit Ihrem Aufenthalt? Wir freuen uns über Ihr Feedback."]),
            ("Newsletter: So verhandeln Sie Ihr Jobangebot", ["Diese Woche: Fünf Tipps für das Gehaltsgespräch und warum eine Absage kein Weltuntergang ist.", "Newsletter abbestellen: Link unten"]),
            ("Einladung zum Webinar: Erfolgreich ins Vorstellungsgespräch", ["Melden Sie sich jetzt kostenlos an. Das Webinar findet am {d} statt."]),
        ],
        "ack": ["vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
                "Ihre Bewerbung für die Position {role} ist bei uns eingegangen. Wir melden uns nach Prüfung."],
        "rej": ["nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als {role} nicht weiter berücksichtigen können.",
                "leider müssen wir Ihnen absagen: wir setzen den Prozess für {role} mit anderen Bewerbern fort.",
                "vielen Dank für das Gespräch. Leider können wir Ihnen die Stelle als {role} nicht anbieten."],
        "rejoc": ("leider haben wir uns für eine andere Kandidatin entschieden, deren Profil besser zu der Stelle {role} passt.", "closer_fit"),
        "inv": ["wir möchten Sie gerne zu einem Vorstellungsgespräch für die Position {role} einladen. Passt Ihnen der {d} um {t}?",
                "Ihre Unterlagen haben uns überzeugt. Wir laden Sie herzlich zu einem ersten Telefoninterview ein; bitte wählen Sie einen Termin über den Link."],
        "off": ["wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Den Vertragsentwurf finden Sie im Anhang.",
                "nach den Gesprächen möchten wir Ihnen gerne ein Angebot für die Position {role} machen: {pay} brutto jährlich."],
        "fb": [("Im Fachgespräch fehlte uns etwas Tiefe bei den technischen Grundlagen.", "technical_depth"),
               ("Ihre Antworten waren teilweise schwer nachzuvollziehen und wenig strukturiert.", "communication"),
               ("Bei der Programmieraufgabe blieben mehrere Randfälle unberücksichtigt.", "coding")],
        "subj": {"ack": "Eingangsbestätigung: {role}", "rej": "Ihre Bewerbung als {role}", "inv": "Einladung zum Gespräch - {role}",
                 "off": "Ihr Vertragsangebot - {role}", "rejfb": "Rückmeldung zu Ihrer Bewerbung"},
    },
    "fr": {
        "greet": ["Bonjour {n},", "Madame, Monsieur,", "Bonjour {f},", "Bonsoir {n},"],
        "sign": ["Cordialement,", "Bien à vous,", "Bien cordialement,", "Belle journée,"],
        "neg": [
            ("Votre offre exclusive", ["Profitez de notre offre spéciale : -20 % sur toute la boutique avec le code {code}."]),
            ("Confirmation de commande n° {num}", ["Merci pour votre commande. Nous vous informerons de l'expédition."]),
            ("Votre dossier de location", ["Nous avons le regret de vous informer que le propriétaire a retenu un autre dossier pour l'appartement.", "Nous vous souhaitons bonne chance dans vos recherches."]),
            ("Votre demande de prêt", ["Nous avons bien reçu votre demande de prêt immobilier. Un conseiller vous contactera sous 48 h."]),
            ("Réponse à votre candidature Parcoursup", ["Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour cette formation."]),
            ("!"+"Rappel : votre entretien de demain", ["Nous vous rappelons votre entretien prévu le {d} à {t}.", "Merci de vous présenter à l'accueil."]),
            ("!"+"Votre candidature est toujours en cours d'examen", ["Votre candidature est toujours à l'étude. Nous reviendrons vers vous dès que possible."]),
            ("Donnez-nous votre avis", ["Votre avis compte ! Comment s'est passé votre séjour à l'hôtel ?"]),
            ("Newsletter : réussir son entretien d'embauche", ["Au sommaire : négocier son offre, rebondir après un refus, préparer ses questions.", "Se désinscrire"]),
            ("Invitation : atelier CV et entretien", ["Participez à notre atelier gratuit le {d}. Inscription obligatoire."]),
        ],
        "ack": ["nous accusons bonne réception de votre candidature au poste de {role}.",
                "merci pour votre candidature au poste de {role}. Elle a bien été enregistrée et sera étudiée par l'équipe."],
        "rej": ["après examen attentif, nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature au poste de {role}.",
                "nous avons finalement retenu un autre profil pour le poste de {role}.",
                "malgré l'intérêt de votre parcours, nous ne poursuivrons pas le processus pour le poste de {role}."],
        "rejoc": ("le poste de {role} a été pourvu en interne ; nous ne pouvons donc pas donner suite à votre candidature.", "role_filled"),
        "inv": ["nous souhaiterions vous rencontrer pour un entretien pour le poste de {role}. Seriez-vous disponible le {d} à {t} ?",
                "votre profil a retenu notre attention. Nous vous proposons un premier échange téléphonique ; merci de choisir un créneau."],
        "off": ["nous avons le plaisir de vous proposer le poste de {role}. Vous trouverez la promesse d'embauche en pièce jointe.",
                "suite à nos échanges, nous sommes ravis de vous faire une offre pour le poste de {role}, rémunération {pay} brut annuel."],
        "fb": [("Lors de l'étude de cas, l'architecture proposée ne tenait pas compte de la montée en charge.", "system_design"),
               ("Vos exemples concrets de situations passées manquaient de précision.", "behavioural"),
               ("Le jury a senti beaucoup de stress, ce qui a nui à vos réponses.", "composure")],
        "subj": {"ack": "Accusé de réception - {role}", "rej": "Votre candidature - {role}", "inv": "Invitation à un entretien - {role}",
                 "off": "Proposition d'embauche - {role}", "rejfb": "Retour sur votre candidature"},
    },
    "es": {
        "greet": ["Hola {n}:", "Buenas tardes, {n}:", "Buenos días, {n}:", "Hola, {n}"],
        "sign": ["Un saludo,", "Saludos cordiales,", "Atentamente,", "Gracias,"],
        "neg": [
            ("Tu oferta especial te espera", ["Solo este fin de semana: 25 % de descuento con el código {code}."]),
            ("Hemos recibido tu pedido", ["Gracias por tu pedido n.º {num}. Te avisaremos cuando salga del almacén."]),
            ("Tu solicitud de alquiler", ["Lamentamos comunicarte que el propietario ha elegido a otro inquilino para el piso.", "Seguimos buscando opciones para ti."]),
            ("Solicitud de tarjeta de crédito", ["Hemos recibido tu solicitud de tarjeta. Te responderemos en un plazo de 48 horas."]),
            ("Resolución de beca", ["Lamentamos informarte de que tu solicitud de beca no ha sido concedida en esta convocatoria."]),
            ("!"+"Recordatorio: tu entrevista de mañana", ["Te recordamos tu entrevista el {d} a las {t}.", "Trae tu DNI."]),
            ("!"+"Estado de tu candidatura", ["Tu candidatura sigue en revisión. Te escribiremos cuando haya novedades."]),
            ("Queremos conocer tu opinión", ["¿Qué tal tu compra? Déjanos tu opinión en dos minutos."]),
            ("Boletín: cómo negociar una oferta de trabajo", ["Esta semana: qué hacer tras un rechazo y cómo preparar la entrevista final.", "Darse de baja"]),
            ("Te invitamos al webinar «Supera la entrevista»", ["Inscríbete gratis. El webinar es el {d}."]),
        ],
        "ack": ["hemos recibido tu candidatura para el puesto de {role}. Gracias por tu interés.",
                "te confirmamos la recepción de tu solicitud para {role}. El equipo la revisará en los próximos días."],
        "rej": ["tras revisar tu candidatura para {role}, lamentamos comunicarte que no continuaremos con el proceso.",
                "hemos decidido seguir adelante con otros candidatos para el puesto de {role}.",
                "gracias por la entrevista. En esta ocasión no podemos ofrecerte el puesto de {role}."],
        "rejoc": ("por motivos presupuestarios la vacante de {role} queda congelada y no seguiremos con el proceso.", "budget_freeze"),
        "inv": ["nos gustaría invitarte a una entrevista para el puesto de {role}. ¿Te viene bien el {d} a las {t}?",
                "el siguiente paso es una prueba técnica online para {role}; tienes cinco días para completarla."],
        "off": ["nos alegra ofrecerte el puesto de {role}. Adjuntamos la carta de oferta con las condiciones.",
                "queremos hacerte una oferta formal para {role}: {pay} brutos anuales."],
        "fb": [("En la prueba técnica el código funcionaba, pero faltaban tests y estaba poco ordenado.", "coding"),
               ("Echamos en falta más experiencia liderando equipos en un puesto similar.", "experience_level"),
               ("No tenías preguntas sobre el equipo al final, y eso nos sorprendió.", "questions_to_ask")],
        "subj": {"ack": "Candidatura recibida - {role}", "rej": "Tu candidatura para {role}", "inv": "Entrevista - {role}",
                 "off": "Oferta de empleo - {role}", "rejfb": "Respuesta a tu candidatura"},
    },
}


def one(rng: random.Random, lang: str, positive: bool) -> dict:
    cfg = L[lang]
    neg = None if positive else rng.choice(cfg["neg"])
    if neg is None or neg[0].startswith("!"):
        org, dom, sector = rng.choice(K.employers())
    else:  # shops, banks, landlords, schools and hotels send the consumer look-alikes
        org, dom, sector = rng.choice(K.employers("retail", "bank", "property", "university", "hospitality", "insurance", "marketplace"))
    role = K.role_for(sector, rng)
    me = rng.choice(K.ME)
    fn, ln = K.person(rng)
    kw = dict(role=role, d=K.date_words(rng), t=K.time_words(rng), pay=rng.choice(["42.000 €", "38 000 €", "51.500 €", "29.000 €"]),
              code="".join(rng.choice("ABCDEFGH23456789") for _ in range(6)), num=str(rng.randint(10000, 99999)))
    greet = rng.choice(cfg["greet"]).format(n=me[0].split()[0], f=me[0])
    labels: list[str] = []
    oc: list[str] = []
    topics: list[str] = []
    company: str | None = None
    if positive:
        kind = rng.choices(["ack", "rej", "inv", "off", "rejfb"], [6, 7, 6, 4, 4])[0]
        subject = cfg["subj"][kind].format(**kw)
        company = org
        if kind == "rej" and rng.random() < 0.4:
            text, tag = cfg["rejoc"]
            lines = [text.format(**kw)]
            oc = [tag]
        elif kind == "rejfb":
            fb = rng.sample(cfg["fb"], rng.randint(1, 2))
            lines = [rng.choice(cfg["rej"]).format(**kw)] + [f for f, _ in fb]
            topics = [t for _, t in fb]
        else:
            lines = [rng.choice(cfg[kind]).format(**kw)]
        labels = {"ack": ["application_ack"], "rej": ["rejection"], "inv": ["interview_invite"], "off": ["offer"],
                  "rejfb": ["rejection", "feedback"]}[kind]
        if lang != "de" or rng.random() < 0.5:
            lines[0] = lines[0][0].upper() + lines[0][1:]
        from_name = rng.choice([org, f"{fn} {ln}", f"{org} Recruiting"])
        from_addr = rng.choice([f"jobs@{dom}", f"{fn.lower()}.{ln.lower()}@{dom}", f"{K.slug(org)}@talentrelay.net"])
    else:
        subject, lines = neg
        subject = subject.format(**kw)
        lines = [x.format(**kw) for x in lines]
        if subject.startswith("!"):  # a reminder or status ping about a specific employer's process
            subject = subject[1:]
            company = org
        from_name = rng.choice([org, f"{org} Service", f"{fn} {ln}"])
        from_addr = rng.choice([f"info@{dom}", f"noreply@{dom}", f"service@{dom}"])
    body = [greet] + lines + [rng.choice(cfg["sign"]) + "\n" + rng.choice([f"{fn} {ln}", org])]
    if rng.random() < 0.35:
        body.append(K.footer(rng, org, dom, corporate=True))
    return W.rec(rng, lang, subject=K.subj(rng, subject), body=K.joiner(body), from_name=from_name, from_addr=from_addr,
                 to_addr=me[1], labels=labels, company=company, topics=topics, outside_control=oc, lang=lang, brand=org)


SENT = {
    "de": (["Vielen Dank für Ihre Nachricht. Wäre es möglich, ein kurzes Feedback zu meinem Vorstellungsgespräch zu bekommen? Das würde mir sehr helfen.",
            "Schade, aber danke für die schnelle Rückmeldung. Könnten Sie mir sagen, woran es letztlich gelegen hat?"],
           ["Hiermit ziehe ich meine Bewerbung als {role} zurück, da ich ein anderes Angebot angenommen habe.",
            "Vielen Dank für das angenehme Gespräch heute. Ich freue mich, von Ihnen zu hören."],
           "Leider können wir Ihnen die Stelle als {role} nicht anbieten."),
    "fr": (["Merci pour votre retour. Serait-il possible d'avoir quelques éléments de feedback sur mon entretien ?",
            "Je comprends votre décision. Pourriez-vous me dire ce qui m'a manqué pour le poste ? Cela m'aiderait beaucoup."],
           ["Je vous informe que je retire ma candidature au poste de {role}, ayant accepté une autre proposition.",
            "Merci encore pour l'entretien de ce matin, j'ai beaucoup apprécié nos échanges."],
           "Nous sommes au regret de ne pas donner suite à votre candidature au poste de {role}."),
    "es": (["Gracias por avisarme. ¿Sería posible recibir algún comentario sobre mi entrevista? Me ayudaría a mejorar.",
            "Una pena, pero gracias por la respuesta. ¿Podrías decirme en qué aspectos debería mejorar?"],
           ["Os escribo para retirar mi candidatura al puesto de {role}, ya que he aceptado otra oferta.",
            "Muchas gracias por la entrevista de hoy, me ha gustado mucho conocer al equipo."],
           "Lamentamos comunicarte que no seguiremos adelante con tu candidatura para {role}."),
}


def sent(rng: random.Random, lang: str, positive: bool) -> dict:
    org, dom, sector = rng.choice(K.employers())
    role = K.role_for(sector, rng)
    me = rng.choice(K.ME)
    fn, ln = K.person(rng)
    ask, other, rej = SENT[lang]
    new = rng.choice(ask if positive else other).format(role=role)
    greet = rng.choice(L[lang]["greet"]).format(n=fn, f=f"{fn} {ln}")
    prev = f"{rng.choice(L[lang]['greet']).format(n=me[0].split()[0], f=me[0])}\n\n{rej.format(role=role)}\n\n{fn} {ln}"
    inv = rng.choice(L[lang]["inv"]).format(role=role, d=K.date_words(rng), t=K.time_words(rng))
    inv = f"{rng.choice(L[lang]['greet']).format(n=me[0].split()[0], f=me[0])}\n\n{inv[0].upper() + inv[1:]}\n\n{fn} {ln}"
    body = K.joiner([greet, new, rng.choice(L[lang]["sign"]) + "\n" + me[0]])
    if positive or rng.random() < 0.3:
        body += "\n\n" + K.quote_gmail(rng, f"{fn} {ln}", f"{fn.lower()}@{dom}", prev if positive else inv, lang=lang)
    subject = rng.choice(["Re: ", "AW: ", "RE: "]) + L[lang]["subj"]["rej"].format(role=role) if positive else L[lang]["subj"]["inv"].format(role=role).join(["Re: ", ""])
    return W.rec(rng, lang, subject=subject, body=body, from_name=me[0], from_addr=me[1], to_addr=f"{fn.lower()}@{dom}",
                 labels=["feedback_request"] if positive else [], company=org, folder="Sent", lang=lang, html_mode="text")


def generate(rng: random.Random) -> Iterable[dict]:
    for lang in ("de", "fr", "es"):
        for i in range(28):
            yield one(rng, lang, positive=(i % 5 in (1, 3)))
        for i in range(6):
            yield sent(rng, lang, positive=i < 4)
