"""Writer w17: localised templates of the same recruiting platforms (German, French, Spanish).

Vendors ship translated templates; the markup and boilerplate stay, the sentences change. Each
family is one vendor in one language and mixes decisions with look-alike notices.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path
from typing import Iterable

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import _w17_bank as B  # noqa: E402
from _w17_html import Mail, render, url  # noqa: E402
from _w17_vendors import PLATFORMS  # noqa: E402

FAMILY_PREFIX = "w17intl"

L = {
    "de": {
        "greet": ["Hallo {first},", "Liebe/r {first} {last},", "Guten Tag {first} {last},", "Hi {first},"],
        "sign": ["Viele Grüße\nIhr {co} Recruiting-Team", "Beste Grüße\n{rec}\nTalent Acquisition, {co}", "Freundliche Grüße\nPersonalabteilung {co}"],
        "foot": ["Bitte antworten Sie nicht auf diese E-Mail.", "Hinweise zum Datenschutz für Bewerbende finden Sie auf unserer Karriereseite.", "{co} · Impressum · Datenschutz"],
        "ack": (["Vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten.", "Ihre Bewerbung für die Position {role} ist bei uns eingegangen.",
                 "Hiermit bestätigen wir den Eingang Ihrer Bewerbung (Referenz {req})."],
                ["Wir melden uns, sobald wir Ihre Unterlagen geprüft haben.", "Die Prüfung dauert in der Regel zwei bis drei Wochen."],
                ["Eingangsbestätigung: {role}", "Ihre Bewerbung bei {co}", "Danke für Ihre Bewerbung!"]),
        "reject": (["Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
                    "Nach sorgfältiger Prüfung haben wir uns für andere Kandidatinnen und Kandidaten entschieden.",
                    "Wir haben uns entschieden, den Prozess mit Ihnen nicht fortzusetzen."],
                   ["Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.", "Gern behalten wir Ihr Profil für zukünftige Stellen im Blick."],
                   ["Ihre Bewerbung als {role}", "Rückmeldung zu Ihrer Bewerbung", "{co}: Ihre Bewerbung"]),
        "reasons": {"role_filled": "Die Stelle wurde inzwischen besetzt.", "closer_fit": "Eine andere Person passt mit ihrer Erfahrung genauer zu unseren Anforderungen.",
                    "budget_freeze": "Aufgrund eines Einstellungsstopps können wir die Stelle derzeit nicht besetzen."},
        "invite": (["Wir möchten Sie gern zu einem ersten Video-Interview mit {rec} einladen.", "Ihr Profil hat uns überzeugt – wir laden Sie zu einem Gespräch mit dem Fachbereich ein."],
                   ["Bitte wählen Sie über den Button einen passenden Termin.", "Buchen Sie Ihren Wunschtermin direkt im Kalender."],
                   ["Einladung zum Vorstellungsgespräch – {role}", "Nächster Schritt bei {co}", "Terminbuchung: Interview {role}"]),
        "status": (["Ihre Bewerbung als {role} befindet sich weiterhin in Prüfung.", "Es gibt noch keine Entscheidung – das Team sichtet noch alle Bewerbungen."],
                   ["Wir informieren Sie, sobald es Neuigkeiten gibt."], ["Status Ihrer Bewerbung: in Prüfung", "Zwischenstand: {role}"]),
        "survey": (["Wie war Ihr Vorstellungsgespräch bei {co}? Ihre Meinung hilft uns, besser zu werden.", "Bitte nehmen Sie sich zwei Minuten für unsere Umfrage zur Candidate Experience."],
                   ["Die Umfrage ist anonym."], ["Ihre Meinung zählt", "Kurze Umfrage zu Ihrem Interview"]),
        "remind": (["Zur Erinnerung: Ihr Interview für {role} findet morgen um {time} statt.", "Morgen ist es so weit – Ihr Gespräch mit {rec}."],
                   ["Den Link zur Videokonferenz finden Sie in der Kalendereinladung."], ["Erinnerung: Interview morgen", "Ihr Termin bei {co}"]),
        "offer": (["Wir freuen uns sehr, Ihnen die Position {role} anbieten zu dürfen.", "Herzlichen Glückwunsch! Wir möchten Ihnen ein Vertragsangebot als {role} machen."],
                  ["Das Angebot mit allen Details finden Sie im Bewerbendenportal.", "Bitte geben Sie uns bis {date} Bescheid."],
                  ["Ihr Angebot von {co}", "Vertragsangebot: {role}"]),
        "fb_intro": "Rückmeldung aus dem Interview:",
        "fb": {"system_design": "Beim Architektur-Teil hätten wir uns mehr Überlegungen zur Skalierung gewünscht.",
               "communication": "Ihre Antworten waren teilweise schwer nachzuvollziehen, da sie sehr ausführlich waren.",
               "experience_level": "Für diese Rolle fehlt uns noch etwas Erfahrung in der Führung größerer Projekte."},
        "news": (["Neues aus unserer Talent Community: Tipps zum Vorstellungsgespräch, Einblicke ins Team und offene Stellen."], ["Viel Spaß beim Lesen!"],
                 ["Talent-Newsletter {month}", "Neuigkeiten von {co}"]),
        "btn": {"ack": "Bewerbung ansehen", "invite": "Termin wählen", "status": "Status ansehen", "survey": "Zur Umfrage", "remind": "Zum Meeting",
                "offer": "Angebot ansehen", "news": "Weiterlesen", "reject": "Offene Stellen"},
    },
    "fr": {
        "greet": ["Bonjour {first},", "Bonjour {first} {last},", "Madame, Monsieur,"],
        "sign": ["Bien cordialement,\nL'équipe Recrutement {co}", "Cordialement,\n{rec}\nChargé(e) de recrutement, {co}", "À bientôt,\nL'équipe {co}"],
        "foot": ["Merci de ne pas répondre à cet e-mail.", "Vos données sont traitées conformément à notre politique de confidentialité.", "{co} · Mentions légales"],
        "ack": (["Nous avons bien reçu votre candidature pour le poste de {role}.", "Merci pour votre candidature ! Elle a été transmise à l'équipe recrutement.",
                 "Nous accusons réception de votre candidature (réf. {req})."],
                ["Nous reviendrons vers vous dans les meilleurs délais.", "L'étude des candidatures prend généralement deux semaines."],
                ["Confirmation de candidature – {role}", "Votre candidature chez {co}", "Merci pour votre candidature"]),
        "reject": (["Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
                    "Après examen attentif, nous avons décidé de poursuivre avec d'autres profils.",
                    "Nous ne donnerons malheureusement pas suite à votre candidature."],
                   ["Nous vous souhaitons pleine réussite dans vos recherches.", "Nous conservons votre profil pour de futures opportunités."],
                   ["Votre candidature – {role}", "Suite donnée à votre candidature", "{co} : réponse à votre candidature"]),
        "reasons": {"role_filled": "Le poste a depuis été pourvu.", "closer_fit": "Nous avons retenu un profil dont l'expérience correspond plus précisément à nos besoins.",
                    "budget_freeze": "En raison d'un gel des recrutements, ce poste ne sera pas pourvu pour le moment."},
        "invite": (["Nous souhaitons vous rencontrer pour un premier entretien en visio avec {rec}.", "Votre profil a retenu notre attention : nous vous proposons un entretien avec l'équipe."],
                   ["Merci de choisir un créneau via le lien ci-dessous.", "Réservez directement le créneau qui vous convient."],
                   ["Invitation à un entretien – {role}", "Prochaine étape chez {co}", "Planifiez votre entretien"]),
        "status": (["Votre candidature pour {role} est toujours en cours d'examen.", "Aucune décision n'a encore été prise ; l'équipe étudie encore les candidatures."],
                   ["Nous vous tiendrons informé(e)."], ["Statut de votre candidature : en cours", "Point d'étape : {role}"]),
        "survey": (["Comment s'est passé votre entretien chez {co} ? Donnez-nous votre avis en deux minutes.", "Aidez-nous à améliorer notre processus de recrutement."],
                   ["Le questionnaire est anonyme."], ["Votre avis compte", "Questionnaire : votre expérience candidat"]),
        "remind": (["Rappel : votre entretien pour {role} a lieu demain à {time}.", "C'est demain ! Votre rendez-vous avec {rec}."],
                   ["Le lien de connexion figure dans l'invitation."], ["Rappel : entretien demain", "Votre rendez-vous chez {co}"]),
        "offer": (["Nous avons le plaisir de vous proposer le poste de {role}.", "Félicitations ! Nous souhaitons vous faire une offre pour le poste de {role}."],
                  ["Vous trouverez la proposition détaillée dans votre espace candidat.", "Merci de nous faire part de votre décision avant le {date}."],
                  ["Votre proposition d'embauche – {co}", "Offre : {role}"]),
        "fb_intro": "Retour de l'équipe :",
        "fb": {"technical_depth": "Nous aurions aimé davantage de profondeur sur les aspects techniques de vos projets.",
               "questions_to_ask": "Vous n'aviez pas de questions à poser au jury en fin d'entretien.",
               "behavioural": "Vos exemples de situations vécues manquaient de détails concrets."},
        "news": (["Les nouvelles de notre communauté talents : conseils pour vos entretiens, portraits d'équipe et offres ouvertes."], ["Bonne lecture !"],
                 ["Newsletter talents – {month}", "Quoi de neuf chez {co} ?"]),
        "btn": {"ack": "Voir ma candidature", "invite": "Choisir un créneau", "status": "Voir le statut", "survey": "Répondre", "remind": "Rejoindre",
                "offer": "Voir l'offre", "news": "Lire la suite", "reject": "Nos offres"},
    },
    "es": {
        "greet": ["Hola {first}:", "Estimado/a {first}:", "Hola, {first}"],
        "sign": ["Un saludo,\nEquipo de Selección de {co}", "Saludos cordiales,\n{rec}\n{co}"],
        "foot": ["Por favor, no respondas a este correo.", "Consulta nuestra política de privacidad para candidatos.", "{co} · Aviso legal"],
        "ack": (["Hemos recibido tu candidatura para el puesto de {role}.", "¡Gracias por tu candidatura! Ya está en manos del equipo de selección."],
                ["Te contactaremos si tu perfil encaja con lo que buscamos."], ["Candidatura recibida – {role}", "Tu candidatura en {co}"]),
        "reject": (["Lamentamos informarte de que no continuaremos con tu candidatura.", "Tras valorar todos los perfiles, hemos decidido seguir con otras personas candidatas."],
                   ["Te deseamos mucha suerte en tu búsqueda.", "Guardaremos tu perfil para futuras vacantes."], ["Tu candidatura – {role}", "Actualización sobre tu proceso"]),
        "reasons": {"role_filled": "La vacante ya ha sido cubierta.", "closer_fit": "Hemos elegido un perfil con experiencia más cercana a lo que necesita el equipo.",
                    "budget_freeze": "Por una congelación de contrataciones, el puesto queda en pausa."},
        "invite": (["Nos gustaría invitarte a una entrevista por videollamada con {rec}.", "Queremos conocerte: te proponemos una entrevista con el equipo."],
                   ["Elige el horario que mejor te venga en el enlace."], ["Invitación a entrevista – {role}", "Siguiente paso en {co}"]),
        "status": (["Tu candidatura para {role} sigue en revisión.", "Todavía no hay una decisión; seguimos revisando candidaturas."], ["Te avisaremos en cuanto haya novedades."],
                   ["Estado de tu candidatura: en revisión"]),
        "survey": (["¿Qué tal fue tu entrevista en {co}? Cuéntanoslo en dos minutos."], ["La encuesta es anónima."], ["Tu opinión nos importa"]),
        "remind": (["Recordatorio: tu entrevista para {role} es mañana a las {time}."], ["El enlace está en la invitación del calendario."], ["Recordatorio: entrevista mañana"]),
        "offer": (["¡Enhorabuena! Nos alegra ofrecerte el puesto de {role}.", "Queremos hacerte una oferta formal para incorporarte como {role}."],
                  ["Encontrarás todos los detalles en el portal."], ["Tu oferta de {co}", "Oferta: {role}"]),
        "fb_intro": "Comentarios del equipo:",
        "fb": {"coding": "En la prueba técnica, la solución no llegó a funcionar con todos los casos.", "composure": "Se notaron los nervios y eso afectó a tus respuestas."},
        "news": (["Novedades de nuestra comunidad de talento: consejos para entrevistas y vacantes abiertas."], ["¡Feliz lectura!"], ["Newsletter de talento – {month}"]),
        "btn": {"ack": "Ver candidatura", "invite": "Elegir horario", "status": "Ver estado", "survey": "Responder", "remind": "Unirse",
                "offer": "Ver oferta", "news": "Leer más", "reject": "Ver vacantes"},
    },
}
FAMILIES = [("hirelane", "de", 16), ("crewbase", "fr", 14), ("applyflow", "es", 10)]
KINDS = {"ack": 3, "reject": 3, "reject_fb": 1.2, "invite": 2, "offer": 1, "status": 1.5, "survey": 1, "remind": 1, "news": 1}
LABELS = {"ack": ["application_ack"], "reject": ["rejection"], "reject_fb": ["rejection", "feedback"], "invite": ["interview_invite"],
          "offer": ["offer"], "status": [], "survey": [], "remind": [], "news": []}


def generate(rng: random.Random) -> Iterable[dict]:
    for key, lang, count in FAMILIES:
        T = L[lang]
        base = PLATFORMS[key]
        p = replace(base, greetings=T["greet"], signoffs=T["sign"], footers=T["foot"], co_footer=False, app_promo="")
        total = sum(KINDS.values())
        kinds = [k for k, w in KINDS.items() for _ in range(max(1, round(w * count / total)))][:count]
        while len(kinds) < count:
            kinds.append("status")
        rng.shuffle(kinds)
        for n, kind in enumerate(kinds):
            co, dom = B.company(rng)
            first, last = rng.choice(B.CANDIDATES)
            ctx = {"co": co, "coname": co, "first": first, "last": last, "rec": " ".join(B.person(rng)), "role": rng.choice(B.ROLES),
                   "req": B.req_id(rng), "date": B.date_phrase(rng), "time": B.time_phrase(rng), "month": rng.choice(B.MONTHS),
                   "co_header": co, "no_banner": True, "coslug": B.slug(co), "codomain": dom, "recslug": "recruiting", "tok": B.token(rng, 8), "brand": p.brand}
            bank_key = "reject" if kind == "reject_fb" else kind
            core, extra, subs = T[bank_key]
            blocks = [("p", rng.choice(core).format(**ctx))]
            oc: list[str] = []
            topics: list[str] = []
            if kind in ("reject", "reject_fb") and rng.random() < 0.45:
                r = rng.choice(list(T["reasons"]))
                blocks.append(("p", T["reasons"][r]))
                oc = [r]
            if kind == "reject_fb":
                picks = rng.sample(list(T["fb"]), rng.choice([1, 2]))
                blocks.append(("note", T["fb_intro"], " ".join(T["fb"][t] for t in picks)))
                topics = sorted(picks)
            blocks.append(("p", rng.choice(extra).format(**ctx)))
            if kind != "reject_fb" and (kind != "reject" or rng.random() < 0.4):
                blocks.append(("btn", T["btn"][bank_key], url(p, rng, bank_key)))
            mail = Mail(subject=rng.choice(subs).format(**ctx), preheader="", heading="", blocks=blocks, labels=LABELS[kind], topics=topics, oc=oc)
            text, html = render(mail, p, rng, ctx)
            yield {
                "id": f"{FAMILY_PREFIX}-{key}_{lang}-{n}", "family": f"{FAMILY_PREFIX}-{key}_{lang}", "folder": "INBOX", "lang": lang,
                "from_name": rng.choice(base.senders).format(**ctx), "from_addr": rng.choice(base.addrs).format(**ctx).lower(),
                "to_addr": f"{first}.{last}@gmail.com".lower(), "subject": mail.subject, "body_text": text, "body_html": html,
                "labels": list(mail.labels), "company": co, "topics": topics, "outside_control": oc,
            }
