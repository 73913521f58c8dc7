"""Writer w6: German, French and Spanish platform notifications (ATS, scheduling, job boards),
written natively per language; one family per language, each sending every label and noise."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _w6_kit import ATS, BOARDS, COMPANIES, SCHED, Counter, person, pick, record, render  # noqa: E402

FAMILY_PREFIX = "w6intl"

L = {
    "de": {
        "roles": ["Softwareentwickler (m/w/d)", "Data Engineer (w/m/d)", "Werkstudent Backend", "Teamleitung IT-Betrieb",
                  "Senior Java-Entwickler:in", "UX Designer (m/w/d)", "Cloud Architekt", "Fachinformatiker Anwendungsentwicklung"],
        "greet": ["Hallo {n},", "Liebe/r {n} {l},", "Sehr geehrte/r {n} {l},", "Guten Tag {n} {l},", "Hallo {n} {l},",
                  "Moin {n},", "Sehr geehrte Bewerberin, sehr geehrter Bewerber,", "Hi {n},"],
        "sign": ["Viele Grüße\n{s}", "Mit freundlichen Grüßen\n{s}", "Beste Grüße\n{s}", "Freundliche Grüße\n{s}",
                 "Herzliche Grüße\n{s}", "Dein {s}", "Ihr Recruiting-Team von {c}"],
        "team": ["Ihr Recruiting-Team", "Das Talent-Acquisition-Team", "{p1}, Recruiting", "Team People & Culture",
                 "{p1} | HR Business Partner"],
        "rej": ["leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als {r} nicht weiter berücksichtigen können.",
                "nach sorgfältiger Prüfung haben wir uns für andere Kandidat:innen entschieden.",
                "wir haben uns entschieden, den Prozess mit Ihnen nicht fortzusetzen.",
                "Ihre Bewerbung für die Position {r} war dieses Mal leider nicht erfolgreich.",
                "vielen Dank für die Gespräche. Wir werden Ihnen leider kein Angebot machen.",
                "nach Abschluss der Interviewrunde haben wir uns gegen eine weitere Zusammenarbeit im Bewerbungsprozess entschieden.",
                "wir bedauern, Ihnen eine Absage erteilen zu müssen.",
                "leider passt Ihr Profil aktuell nicht zu unseren Anforderungen für die Stelle {r}.",
                "es tut uns leid, aber wir gehen mit deiner Bewerbung nicht in die nächste Runde.",
                'nach intensiver Abwägung haben wir entschieden, Ihre Bewerbung nicht weiterzuverfolgen.',
                'wir haben uns die Entscheidung nicht leicht gemacht, werden den Prozess mit dir aber leider nicht fortsetzen.'],
        "oc": {"role_filled": "Die Stelle ist inzwischen besetzt.",
               "budget_freeze": "Aufgrund eines Einstellungsstopps ruht die Besetzung dieser Stelle.",
               "closer_fit": "Wir haben uns für eine Person entschieden, deren Erfahrung noch besser zu den Anforderungen passt.",
               "level_mismatch": "Für diese Rolle suchen wir jemanden mit deutlich mehr Berufserfahrung auf Senior-Ebene.",
               "role_cancelled": "Die ausgeschriebene Position wurde intern gestrichen."},
        "soft": ["Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.", "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.",
                 "Bitte haben Sie Verständnis, dass wir kein individuelles Feedback geben können.", "Wir drücken dir die Daumen!",
                 "Schauen Sie gern wieder auf unserer Karriereseite vorbei.", ""],
        "fb": {"coding": "Im Coding-Teil waren einige Randfälle nicht abgedeckt und Tests fehlten.",
               "system_design": "Beim Systemdesign fehlte uns die Betrachtung von Skalierung und Ausfallsicherheit.",
               "communication": "Ihre Erklärungen waren stellenweise schwer nachzuvollziehen.",
               "experience_level": "Für die Rolle fehlt noch Erfahrung in der fachlichen Führung von Teams.",
               "behavioural": "Bei den verhaltensbezogenen Fragen hätten wir uns konkretere Beispiele gewünscht."},
        "fb_intro": ["Gerne geben wir Ihnen etwas Feedback mit:", "Rückmeldung aus dem Interviewteam:", "Zur Einordnung:"],
        "ack": ["vielen Dank für Ihre Bewerbung als {r}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
                "wir haben deine Bewerbung erhalten und melden uns, sobald wir sie gesichtet haben.",
                "Ihre Bewerbung ist bei uns eingegangen.",
                "schön, dass du dich bei {c} beworben hast! Deine Unterlagen sind angekommen.",
                "hiermit bestätigen wir den Eingang Ihrer Bewerbung vom {d}.",
                "Ihre Bewerbung wurde erfolgreich an {c} übermittelt.",
                "danke für Ihr Interesse an {c}. Ihre Unterlagen für {r} liegen uns vollständig vor.",
                "Eingangsbestätigung: Ihre Bewerbung für {r}.",
                'danke für deine Bewerbung! Wir haben sie erhalten und schauen sie uns in Ruhe an.',
                'Ihre Unterlagen sind vollständig bei uns angekommen – vielen Dank.'],
        "ack_next": ["Wir prüfen alle Bewerbungen sorgfältig und melden uns in etwa zwei Wochen.",
                     "Den Status können Sie jederzeit im Bewerberportal einsehen.", "", "Sie hören in jedem Fall von uns."],
        "inv": ["wir möchten Sie gern zu einem ersten Kennenlerngespräch per Video einladen.",
                "gern würden wir dich zu einem technischen Interview einladen. Bitte wähle über den Link einen Termin.",
                "Ihr Profil hat uns überzeugt: Wir laden Sie zu einem Vorstellungsgespräch für {r} ein.",
                "als nächsten Schritt bitten wir Sie, die Online-Aufgabe zu bearbeiten (ca. 60 Minuten).",
                "wir würden Sie gern zu einem Gespräch mit dem Fachbereich am {d} einladen. Passt Ihnen 10 Uhr?",
                "bitte buchen Sie einen Termin für ein 30-minütiges Telefoninterview.",
                "leider müssen wir Ihr Interview verschieben. Bitte wählen Sie einen neuen Termin aus.",
                'wir würden dich gern kennenlernen! Such dir einfach einen passenden Slot für ein Video-Call aus.'],
        "off": ["wir freuen uns sehr, Ihnen die Position {r} anbieten zu können!",
                "anbei erhalten Sie Ihr Vertragsangebot. Bitte unterschreiben Sie es digital bis zum {d}.",
                "herzlichen Glückwunsch! Wir möchten dir ein Angebot als {r} machen.",
                "nach den Gesprächen möchten wir Ihnen gern einen Arbeitsvertrag anbieten. Das Jahresgehalt beträgt 68.000 EUR.",
                'wir freuen uns, dir mitteilen zu können, dass wir dich gern als {r} einstellen möchten. Den Vertrag findest du im Portal.',
                'im Namen der Geschäftsführung unterbreiten wir Ihnen hiermit ein Angebot für die Stelle {r}.',
                'gute Nachrichten: Sie haben uns überzeugt, und wir bieten Ihnen die Position {r} an. Die Vertragsunterlagen folgen per E-Signatur.',
                'das Team war sich einig: Wir möchten Ihnen die Stelle anbieten. Bitte prüfen Sie das beigefügte Angebot.'],
        "neg": ["Ihre Bewerbung befindet sich derzeit in Prüfung. Wir melden uns, sobald es Neuigkeiten gibt.",
                "Erinnerung: Ihr Interview findet morgen um 14:00 Uhr statt.",
                "Ihr Termin wurde bestätigt: Videointerview am {d}, 11:30 Uhr.",
                "Neue Jobs für Ihre Suche: {r} in München und 6 weitere.",
                "Ihr Passwort wurde erfolgreich zurückgesetzt.",
                "Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage dauert zwei Minuten.",
                "{c} hat Ihr Profil angesehen.",
                "Sie haben Ihre Bewerbung für {r} zurückgezogen. Schade!",
                "Ihr Profil ist erst zu 40 % vollständig. Laden Sie Ihren Lebenslauf hoch.",
                "Willkommen an Bord! Bitte laden Sie vor Ihrem ersten Arbeitstag Ihre Lohnsteuerdaten hoch.",
                "Ihre Bestellung der Konzertkarten ist bestätigt.",
                "Ihr Kreditantrag konnte leider nicht genehmigt werden."],
        "subj": ["Ihre Bewerbung bei {c}", "Rückmeldung zu Ihrer Bewerbung", "{c} – {r}", "Neuigkeiten zu deiner Bewerbung",
                 "Ihre Bewerbung: {r}", "Update von {c}", "Status Ihrer Bewerbung", "Nachricht von {c}"],
        "footer": ["Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.",
                   "Datenschutzhinweise finden Sie auf unserer Karriereseite.", "Versendet über {p}", ""],
    },
    "fr": {
        "roles": ["Développeur backend H/F", "Data Scientist (F/H)", "Ingénieur DevOps", "Chef de projet IT",
                  "Alternant développeur web", "Product Owner H/F", "Ingénieur logiciel embarqué", "Designer UX/UI"],
        "greet": ["Bonjour {n},", "Bonjour {n} {l},", "Chère candidate, cher candidat,", "Madame, Monsieur,", "Bonjour,",
                  "Salut {n} !", "Cher/Chère {n},"],
        "sign": ["Cordialement,\n{s}", "Bien à vous,\n{s}", "Bien cordialement,\n{s}", "À bientôt,\n{s}",
                 "Belle journée,\n{s}", "Sincères salutations,\n{s}"],
        "team": ["L'équipe recrutement", "{p1}, Talent Acquisition", "L'équipe RH de {c}", "Talent Acquisition {c}"],
        "rej": ["nous vous remercions pour votre candidature au poste de {r}. Malheureusement, nous ne donnerons pas suite.",
                "après étude attentive de votre profil, nous avons décidé de poursuivre avec d'autres candidats.",
                "nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
                "suite à nos échanges, nous avons le regret de ne pas pouvoir vous proposer le poste.",
                "votre candidature n'a malheureusement pas été retenue pour la suite du processus.",
                "nous ne poursuivrons pas le processus avec vous pour ce poste.",
                "malgré la qualité de ton parcours, nous avons choisi un autre profil.",
                'après mûre réflexion, nous avons décidé de ne pas retenir votre profil pour ce poste.',
                "nous avons apprécié nos échanges, mais nous n'irons pas plus loin avec ta candidature."],
        "oc": {"role_filled": "Le poste a été pourvu.",
               "budget_freeze": "En raison d'un gel des recrutements, ce poste est suspendu.",
               "closer_fit": "Nous avons retenu un profil dont l'expérience correspond plus précisément à nos besoins.",
               "level_mismatch": "Nous recherchons un profil plus senior pour ce poste.",
               "role_cancelled": "Le poste a finalement été annulé."},
        "soft": ["Nous vous souhaitons plein succès dans vos recherches.", "Nous conservons votre CV dans notre vivier pendant deux ans.",
                 "N'hésitez pas à postuler à nos futures offres.", ""],
        "fb": {"coding": "L'exercice de code présentait plusieurs bugs et manquait de tests.",
               "technical_depth": "Vos réponses techniques sur les bases de données manquaient de profondeur.",
               "communication": "Vos explications étaient parfois difficiles à suivre.",
               "questions_to_ask": "Vous n'avez posé presque aucune question sur l'équipe.",
               "composure": "Le stress vous a visiblement gêné lors de l'exercice en direct."},
        "fb_intro": ["Voici quelques retours de l'équipe :", "Pour être transparents :", "Retour des intervieweurs :"],
        "ack": ["nous avons bien reçu votre candidature pour le poste de {r}.",
                "merci pour ta candidature ! Elle est bien arrivée chez {c}.",
                "nous accusons réception de votre candidature et vous remercions de l'intérêt porté à {c}.",
                "votre candidature a bien été transmise à {c}.",
                "confirmation : votre dossier de candidature ({r}) est complet.",
                "votre candidature du {d} a bien été enregistrée.",
                'ta candidature pour {r} est bien arrivée, merci !',
                "merci de l'intérêt que vous portez à {c} : votre candidature a bien été reçue."],
        "ack_next": ["Notre équipe l'étudiera avec attention et reviendra vers vous sous 15 jours.", "",
                     "Vous pouvez suivre son avancement depuis votre espace candidat."],
        "inv": ["nous souhaiterions vous rencontrer pour un premier entretien téléphonique.",
                "votre profil a retenu notre attention : choisissez un créneau pour un entretien en visio.",
                "nous avons le plaisir de vous convier à un entretien technique le {d}.",
                "la prochaine étape est un test technique en ligne, à réaliser sous 5 jours.",
                "nous devons décaler votre entretien ; merci de choisir un nouveau créneau.",
                "on aimerait beaucoup t'inviter à un échange avec le manager de l'équipe. Choisis un créneau qui te convient.",
                "suite à l'étude de votre dossier, nous vous proposons un entretien avec l'équipe technique.",
                'vous êtes invité(e) à passer un entretien final dans nos locaux le {d}.'],
        "off": ["nous avons le plaisir de vous proposer le poste de {r} !",
                "vous trouverez ci-joint votre promesse d'embauche à signer électroniquement avant le {d}.",
                "félicitations ! Nous souhaitons vous faire une proposition d'embauche en CDI.",
                'nous sommes ravis de te proposer de rejoindre {c} en tant que {r} !',
                "suite à nos entretiens, nous vous adressons une offre d'emploi pour le poste de {r}.",
                "votre proposition d'embauche est disponible dans votre espace : merci de la signer avant le {d}.",
                "au nom de toute l'équipe, nous vous proposons officiellement le poste de {r}.",
                'bonne nouvelle : nous vous faisons une offre pour le poste de {r}, avec un salaire annuel de 54 000 EUR.'],
        "neg": ["Votre candidature est en cours d'examen.", "Rappel : votre entretien a lieu demain à 10h.",
                "Votre rendez-vous est confirmé pour le {d}.", "De nouvelles offres correspondent à votre alerte « {r} ».",
                "Votre mot de passe a été modifié.", "Donnez-nous votre avis sur votre expérience candidat.",
                "Vous avez retiré votre candidature.", "Votre annonce n'a pas été validée par la modération.",
                "Vos billets pour le concert sont disponibles.", "Merci de compléter votre dossier d'intégration avant votre arrivée."],
        "subj": ["Votre candidature chez {c}", "Suite à votre candidature", "{c} – {r}", "Réponse à votre candidature",
                 "Votre candidature : {r}", "Message de {c}", "Mise à jour de votre candidature"],
        "footer": ["Ce message a été envoyé automatiquement, merci de ne pas y répondre.", "Envoyé via {p}", ""],
    },
    "es": {
        "roles": ["Desarrollador/a Backend", "Analista de datos", "Ingeniero/a DevOps", "Diseñador/a de producto",
                  "Programador Java Senior", "Becario/a de desarrollo", "Responsable de QA", "Ingeniero/a de software"],
        "greet": ["Hola {n}:", "Hola {n},", "Estimado/a {n} {l}:", "Buenos días, {n}:", "Estimado candidato:", "¡Hola {n}!"],
        "sign": ["Un saludo,\n{s}", "Saludos cordiales,\n{s}", "Atentamente,\n{s}", "Un abrazo,\n{s}", "Gracias,\n{s}"],
        "team": ["El equipo de Selección", "{p1}, Talent Acquisition", "Equipo de Personas de {c}", "Recursos Humanos"],
        "rej": ["te agradecemos tu interés en el puesto de {r}, pero hemos decidido no seguir adelante con tu candidatura.",
                "tras revisar tu perfil, hemos optado por continuar con otras personas candidatas.",
                "lamentamos comunicarte que no has sido seleccionado/a para la siguiente fase.",
                "después de las entrevistas, hemos decidido no avanzar con tu candidatura.",
                "en esta ocasión tu candidatura no ha sido seleccionada.",
                "sentimos informarle de que su candidatura no continuará en el proceso.",
                'tras valorar todas las candidaturas, hemos decidido seguir con otros perfiles.',
                'agradecemos el tiempo que has dedicado al proceso, pero no vamos a continuar con tu candidatura.',
                'le informamos de que su candidatura no ha sido seleccionada para este puesto.'],
        "oc": {"role_filled": "La vacante ya ha sido cubierta.",
               "budget_freeze": "Debido a una congelación de contrataciones, el proceso queda suspendido.",
               "closer_fit": "Hemos elegido un perfil cuya experiencia se ajusta más a lo que buscamos.",
               "level_mismatch": "Buscamos a alguien con un nivel más sénior.",
               "role_cancelled": "La posición ha sido cancelada."},
        "soft": ["Te deseamos mucha suerte en tu búsqueda.", "Guardaremos tu CV para futuras oportunidades.", ""],
        "fb": {"system_design": "En la parte de diseño de sistemas faltó hablar de escalabilidad.",
               "coding": "La prueba de código no pasaba varios tests.",
               "cv_positioning": "Tu CV no reflejaba con claridad la experiencia relevante para el puesto.",
               "collaboration": "En el ejercicio en pareja echamos en falta más colaboración con el entrevistador."},
        "fb_intro": ["Te compartimos algunos comentarios del equipo:", "Algunos puntos a mejorar:", "Como feedback:"],
        "ack": ["hemos recibido tu candidatura para el puesto de {r}.",
                "¡gracias por postularte en {c}! Tu solicitud ha llegado correctamente.",
                "confirmamos la recepción de su candidatura.",
                "tu candidatura ha sido enviada a {c}.",
                "tu solicitud para {r} se ha registrado con éxito el {d}.",
                'te confirmamos que hemos recibido tu CV para {r}.',
                'hemos registrado correctamente su solicitud para el puesto de {r}.',
                '¡listo! Tu candidatura ya está en manos del equipo de {c}.'],
        "ack_next": ["Revisaremos tu perfil y te contactaremos si encaja.", "", "Puedes consultar el estado en tu área privada."],
        "inv": ["nos gustaría invitarte a una primera entrevista por videollamada.",
                "elige un hueco en el calendario para una llamada con el responsable del equipo.",
                "te invitamos a realizar una prueba técnica online antes del {d}.",
                "queremos conocerte: ¿te viene bien una entrevista el {d} a las 12:00?",
                "necesitamos reprogramar tu entrevista; por favor, elige una nueva hora.",
                'nos encantaría conocerte en una entrevista con el equipo técnico la próxima semana.',
                'le invitamos a una entrevista final en nuestras oficinas el {d}.',
                'el siguiente paso es una llamada de 30 minutos con Selección: elige hora aquí.'],
        "off": ["¡nos alegra ofrecerte el puesto de {r}!", "adjuntamos tu carta de oferta para que la firmes antes del {d}.",
                "enhorabuena: queremos hacerte una oferta para incorporarte a {c}.",
                'tras las entrevistas, queremos ofrecerte el puesto de {r} con un salario de 48.000 EUR brutos anuales.',
                'nos complace ofrecerle el puesto de {r}. Encontrará la carta de oferta adjunta.',
                'tu oferta ya está disponible en el portal; puedes firmarla electrónicamente.',
                '¡enhorabuena! El equipo ha decidido ofrecerte la posición de {r}.'],
        "neg": ["Tu candidatura está en revisión.", "Recordatorio: tu entrevista es mañana a las 9:30.",
                "Tu cita ha sido confirmada para el {d}.", "Nuevas ofertas que encajan con tu búsqueda: {r}.",
                "Has retirado tu candidatura.", "Valora tu experiencia como candidato en 1 minuto.",
                "Tu solicitud de préstamo no ha sido aprobada.", "Tu anuncio no ha sido aprobado.",
                "Por favor, sube tu documentación de incorporación antes de tu primer día."],
        "subj": ["Tu candidatura en {c}", "Actualización de tu candidatura", "{c} – {r}", "Proceso de selección: {r}",
                 "Mensaje de {c}", "Sobre tu candidatura", "Tu solicitud"],
        "footer": ["Este correo se ha enviado automáticamente. No respondas a este mensaje.", "Enviado a través de {p}", ""],
    },
}
PLAN = {  # per language
    "de": {"rej": 9, "rej_oc": 4, "rej_fb": 2, "ack": 10, "inv": 8, "off": 3, "neg": 12},
    "fr": {"rej": 5, "rej_oc": 3, "rej_fb": 1, "ack": 7, "inv": 5, "off": 2, "neg": 8},
    "es": {"rej": 5, "rej_oc": 2, "rej_fb": 1, "ack": 6, "inv": 5, "off": 2, "neg": 8},
}
DATES = {"de": ["12. März", "3. Juni", "Montag, 14.04.", "1. Oktober"], "fr": ["12 mars", "3 juin", "lundi 14 avril", "1er octobre"],
         "es": ["12 de marzo", "3 de junio", "lunes 14 de abril", "1 de octubre"]}


# register markers: a message keeps one form of address (du/Sie, tu/vous, tú/usted) throughout
INFORMAL = {"de": re.compile(r"\b(du|dein\w*|dich|dir|Dein)\b"),
            "fr": re.compile(r"(?i)\b(ta|ton|tes|tu|te)\b|salut"),
            "es": re.compile(r"(?i)\b(tu|te|ti|tú)\b|\w+(arte|erte|irte)\b|firmes|respondas|\bhas\b")}
FORMAL = {"de": re.compile(r"\b(Sie|Ihr\w*|Ihnen)\b|Sehr geehrte"),
          "fr": re.compile(r"(?i)\b(vous|votre|vos)\b|madame|hésitez|chère candidate"),
          "es": re.compile(r"(?i)\b(su|le|usted|sus)\b|informarle|estimado candidato")}


def _pr(rng: random.Random, pool: list[str], lang: str, formal: bool) -> str:
    """Pick a line that does not clash with the message's form of address."""
    bad = INFORMAL[lang] if formal else FORMAL[lang]
    fit = [x for x in pool if not bad.search(x)]
    return pick(rng, fit or pool)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def _one(rng: random.Random, ids: Counter, lang: str, kind: str) -> dict:
    P = L[lang]
    c, r = pick(rng, COMPANIES), pick(rng, P["roles"])
    n, lname = person(rng)
    p1 = " ".join(person(rng))
    plat_d = pick(rng, ATS + SCHED + BOARDS)
    plat = plat_d["name"]
    ctx = {"c": c, "r": r, "d": pick(rng, DATES[lang]), "n": n, "l": lname, "p1": p1, "p": plat, "s": ""}
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    company: str | None = c
    formal = rng.random() < (0.6 if lang != "es" else 0.35)
    greet = _pr(rng, P["greet"], lang, formal).format(**ctx)
    key = "rej" if kind.startswith("rej") else kind
    main = _pr(rng, P[key], lang, formal).format(**ctx)
    # German letters continue in lower case after 'Hallo X,'; French and Spanish capitalise after the greeting
    body = [main if lang == "de" and greet.endswith(",") else _cap(main)]
    if kind.startswith("rej"):
        labels = ["rejection"]
        if kind == "rej_oc":
            o = pick(rng, sorted(P["oc"]))
            outside = [o]
            body.append(P["oc"][o])
        if kind == "rej_fb":
            labels.append("feedback")
            bad = INFORMAL[lang] if formal else FORMAL[lang]
            keys = [k for k, v in sorted(P["fb"].items()) if not bad.search(v)] or sorted(P["fb"])
            topics = rng.sample(keys, min(len(keys), rng.choice([1, 2])))
            body.append(_pr(rng, P["fb_intro"], lang, formal) + " " + " ".join(P["fb"][t] for t in topics))
        body.append(_pr(rng, P["soft"], lang, formal))
    elif kind == "ack":
        labels = ["application_ack"]
        body.append(_pr(rng, P["ack_next"], lang, formal))
    elif kind == "inv":
        labels = ["interview_invite"]
    elif kind == "off":
        labels = ["offer"]
    else:
        if any(w in main for w in ("Konzert", "Kredit", "concert", "annonce", "préstamo", "anuncio")):
            company = None
    team = pick(rng, P["team"]).format(**ctx) if company else f"{plat}"
    sign = _pr(rng, P["sign"], lang, formal).format(s=team, c=c)
    paras = [p for p in [greet] + body + [sign] if p]
    footer = _pr(rng, P["footer"], lang, formal).format(p=plat)
    text, html_body = render(rng, plat, c, paras, footer=footer, button=None)
    subject = _pr(rng, P["subj"], lang, formal).format(**ctx)
    fname = pick(rng, [f"{c} via {plat}", f"{c}", f"{c} Recruiting", plat, f"{p1} ({c})"]) if company else plat
    if company and c not in subject + text + (html_body or "") + fname:
        fname = f"{c} via {plat}"
    return record(ids, f"intl-{lang}", from_name=fname, from_addr=f"{pick(rng, ['noreply', 'jobs', 'karriere', 'rh', 'empleo'])}@{plat_d['relay']}",
                  subject=subject, body_text=text, body_html=html_body, labels=labels, company=company, topics=topics,
                  outside=outside, lang=lang, rng=rng)


def generate(rng: random.Random) -> Iterable[dict]:
    ids = Counter(FAMILY_PREFIX)
    for lang, plan in PLAN.items():
        kinds = [k for k, n in plan.items() for _ in range(n)]
        rng.shuffle(kinds)
        for kind in kinds:
            yield _one(rng, ids, lang, kind)
