"""Job-related positive mail in German, French and Spanish, written natively for this project.

Two families per language: an ATS/HR-department style (formal, footer, often HTML) and a personal
recruiter/hiring-manager style. Skeletons are shared across labels within a family.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pos_pool import (COMPANIES_DE, COMPANIES_ES, COMPANIES_FR, ROLES_DE, ROLES_ES, ROLES_FR, cand_addr,  # noqa: E402
                       maybe, person, pick, rand_date, req_id, slug, strip_legal, token)
from _pos_shell import record, to_html  # noqa: E402

FAMILY_PREFIX = "posintl"

L = {
    "de": dict(
        companies=COMPANIES_DE, roles=ROLES_DE,
        greet_formal=["Sehr geehrte/r {first} {last},", "Guten Tag {first} {last},", "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
                      "Liebe/r {first} {last},"],
        greet_personal=["Hallo {first},", "Liebe {first},", "Hi {first},", "Servus {first},", "Guten Morgen {first},"],
        close_formal=["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Mit besten Grüßen"],
        close_personal=["Viele Grüße", "Liebe Grüße", "Beste Grüße", "VG", "Bis bald"],
        thanks=["vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an {co}.",
                "herzlichen Dank für Ihr Interesse an einer Tätigkeit bei {co}.",
                "danke für die Zeit, die Sie sich für die Gespräche mit uns genommen haben.",
                "vielen Dank für das angenehme Gespräch am {date}.", ""],
        rej=["Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
             "Leider haben wir uns für eine andere Kandidatin bzw. einen anderen Kandidaten entschieden.",
             "Wir bedauern, Ihnen heute eine Absage erteilen zu müssen.",
             "Nach reiflicher Überlegung haben wir entschieden, den Prozess mit Ihnen nicht fortzusetzen.",
             "Ihre Unterlagen haben uns gefallen, dennoch können wir Ihnen die Stelle leider nicht anbieten.",
             "Wir haben uns leider gegen eine Fortsetzung des Auswahlverfahrens mit Ihnen entschieden.",
             "Leider müssen wir dir sagen, dass es diesmal nicht geklappt hat."],
        reasons={"role_filled": ["Die Position konnte inzwischen besetzt werden.", "Die Stelle ist bereits vergeben."],
                 "budget_freeze": ["Aufgrund eines aktuellen Einstellungsstopps können wir die Stelle derzeit nicht besetzen."],
                 "closer_fit": ["Wir haben uns für eine Person entschieden, deren Profil noch besser zu den Anforderungen passt."],
                 "level_mismatch": ["Für diese Rolle suchen wir jemanden mit deutlich mehr Berufserfahrung."],
                 "role_cancelled": ["Die ausgeschriebene Stelle wurde intern gestrichen."]},
        enc=["Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
             "Gerne nehmen wir Ihre Daten mit Ihrer Zustimmung in unseren Talentpool auf.",
             "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.",
             "Wir würden uns freuen, wenn Sie sich bei passenden Stellen erneut bewerben.", ""],
        ack=["hiermit bestätigen wir den Eingang Ihrer Bewerbung als {role}.",
             "Ihre Bewerbung ist bei uns eingegangen - vielen Dank!",
             "wir haben Ihre Unterlagen für die Stelle {role} (Kennziffer {req}) erhalten.",
             "danke für deine Bewerbung, sie ist gut bei uns angekommen."],
        ack_next=["Wir melden uns innerhalb der nächsten zwei Wochen bei Ihnen.",
                  "Bitte haben Sie etwas Geduld, wir sichten alle Bewerbungen sorgfältig.",
                  "Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.", ""],
        inv=["Wir möchten Sie gerne zu einem Vorstellungsgespräch am {date} um {time} Uhr einladen.",
             "Ihre Unterlagen haben uns überzeugt und wir laden Sie herzlich zu einem ersten Kennenlernen per Video ein.",
             "Gerne würden wir Sie persönlich kennenlernen. Hätten Sie am {date} Zeit für ein Gespräch in unserem Büro in {city}?",
             "Als nächsten Schritt laden wir Sie zu einem Online-Assessment ein: {link}",
             "Bitte wählen Sie über folgenden Link einen passenden Termin für das Telefoninterview: {link}",
             "Wir würden dich gern zu einem kurzen Call mit {hm} einladen, so 30 Minuten."],
        offer=["wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können.",
               "nach den tollen Gesprächen möchten wir Ihnen ein Angebot machen: Jahresgehalt {salary}, Start am {start}.",
               "anbei erhalten Sie Ihren Arbeitsvertrag zur Unterschrift. Wir würden uns sehr freuen, Sie im Team zu begrüßen.",
               "wie telefonisch besprochen bestätige ich dir hiermit unser Angebot für die Stelle als {role}."],
        fb_intro=["Gerne geben wir Ihnen noch ein kurzes Feedback:", "Zum Feedback aus dem Gespräch:", "Ein paar Rückmeldungen vom Team:"],
        praise=["Ihre fachlichen Grundlagen haben uns gut gefallen.", "Das Team fand dich sehr sympathisch."],
        weak={"system_design": ["beim Systemdesign fehlte uns die Tiefe, etwa bei Skalierung und Ausfallsicherheit"],
              "communication": ["Ihre Antworten waren teilweise sehr ausführlich und schwer nachzuvollziehen"],
              "experience_level": ["für die Rolle fehlt Ihnen noch etwas Erfahrung in der Teamleitung"],
              "coding": ["in der Programmieraufgabe fehlten Tests und die Randfälle wurden nicht behandelt"],
              "questions_to_ask": ["Sie hatten kaum eigene Fragen an uns"]},
        fb_join=["Allerdings {w}.", "Verbesserungspotenzial sehen wir darin, dass {w}.", "Leider {w}."],
        subjects=["Ihre Bewerbung bei {co}", "Ihre Bewerbung als {role}", "{role} - {co}", "Rückmeldung zu Ihrer Bewerbung",
                  "Re: Bewerbung {role}", "Neuigkeiten zu Ihrer Bewerbung", "{co} Karriere", "Ihre Bewerbung (Kennziffer {req})",
                  "Unser Gespräch"],
        footers=["Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
                 "{co} · Sitz: {city} · Amtsgericht {city} HRB {num} · Geschäftsführung: {hm}",
                 "Informationen zum Datenschutz für Bewerber finden Sie unter https://karriere.{dom}.de/datenschutz"],
        cities=["München", "Hamburg", "Berlin", "Köln", "Leipzig", "Stuttgart"], team="Personalabteilung",
        money="€", months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    ),
    "fr": dict(
        companies=COMPANIES_FR, roles=ROLES_FR,
        greet_formal=["Madame, Monsieur,", "Bonjour {first} {last},", "Chère Madame {last},", "Cher Monsieur {last},"],
        greet_personal=["Bonjour {first},", "Salut {first},", "Hello {first},", "Bonjour {first} !"],
        close_formal=["Bien cordialement,", "Cordialement,", "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
                      "Sincères salutations,"],
        close_personal=["Belle journée,", "À bientôt,", "Bien à vous,", "Bonne soirée,"],
        thanks=["Nous vous remercions pour votre candidature au poste de {role} et pour l'intérêt que vous portez à {co}.",
                "Merci pour le temps que vous nous avez consacré lors des entretiens.",
                "Merci encore pour notre échange du {date}.", ""],
        rej=["Après examen attentif de votre dossier, nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.",
             "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
             "Malheureusement, nous avons décidé de poursuivre le processus avec un autre candidat.",
             "Nous ne sommes pas en mesure de donner suite à votre candidature pour ce poste.",
             "Je suis désolée de t'annoncer qu'on ne va pas aller plus loin pour ce poste.",
             "Malgré la qualité de votre profil, nous avons retenu une autre candidature."],
        reasons={"role_filled": ["Le poste a depuis été pourvu."],
                 "budget_freeze": ["En raison d'un gel des recrutements, ce poste est suspendu."],
                 "closer_fit": ["Nous avons retenu un profil dont l'expérience correspond plus étroitement à nos besoins."],
                 "level_mismatch": ["Nous recherchons un profil plus senior pour ce poste."],
                 "role_cancelled": ["Le poste a finalement été annulé suite à une réorganisation."]},
        enc=["Nous vous souhaitons pleine réussite dans vos recherches.", "Nous conservons votre CV dans notre vivier de talents.",
             "N'hésitez pas à consulter nos futures offres.", ""],
        ack=["Nous accusons bonne réception de votre candidature au poste de {role}.",
             "Votre candidature a bien été reçue et sera étudiée avec attention.",
             "Merci ! Nous avons bien reçu votre CV pour l'offre {req}.",
             "Ta candidature est bien arrivée, merci !"],
        ack_next=["Nous reviendrons vers vous sous deux à trois semaines.", "Sans réponse de notre part sous un mois, considérez que votre candidature n'a pas été retenue.",
                  "Vous pouvez suivre l'avancement depuis votre espace candidat.", ""],
        inv=["Nous souhaiterions vous rencontrer lors d'un entretien le {date} à {time}.",
             "Votre profil a retenu notre attention et nous aimerions échanger avec vous lors d'un premier entretien téléphonique.",
             "Nous vous invitons à un entretien avec {hm} dans nos locaux à {city}.",
             "Prochaine étape : un test technique en ligne à compléter avant le {deadline} : {link}",
             "Vous pouvez réserver directement un créneau pour l'entretien ici : {link}",
             "Est-ce que tu serais dispo pour un call rapide avec {hm} cette semaine ?"],
        offer=["Nous avons le plaisir de vous proposer le poste de {role}.",
               "Suite à nos échanges, je vous confirme notre proposition : salaire annuel brut de {salary}, prise de poste le {start}.",
               "Vous trouverez ci-joint votre promesse d'embauche pour le poste de {role}.",
               "Bonne nouvelle : on aimerait vraiment t'accueillir dans l'équipe et on te fait une offre !"],
        fb_intro=["Voici quelques retours de l'équipe :", "Pour vous aider dans vos démarches, voici notre retour :"],
        praise=["Votre parcours est très intéressant.", "L'équipe a apprécié votre dynamisme."],
        weak={"technical_depth": ["vos réponses techniques manquaient de profondeur sur les bases de données"],
              "communication": ["vos explications étaient parfois difficiles à suivre"],
              "behavioural": ["vos exemples de situations concrètes manquaient de précision"],
              "cv_positioning": ["votre CV ne met pas assez en valeur votre expérience en gestion de projet"],
              "composure": ["vous avez semblé déstabilisé lors de la mise en situation"]},
        fb_join=["Cependant, {w}.", "En revanche, {w}.", "Point d'amélioration : {w}."],
        subjects=["Votre candidature chez {co}", "Votre candidature - {role}", "{role} - {co}", "Suite à votre candidature",
                  "Re: Candidature {role}", "Réponse à votre candidature", "Notre échange", "{co} recrutement"],
        footers=["Ce message est généré automatiquement, merci de ne pas y répondre.",
                 "{co} - SAS au capital de {num} € - RCS {city}",
                 "Conformément au RGPD, vous disposez d'un droit d'accès et de suppression de vos données."],
        cities=["Paris", "Lyon", "Nantes", "Bordeaux", "Lille", "Toulouse"], team="Ressources Humaines",
        money="€", months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ),
    "es": dict(
        companies=COMPANIES_ES, roles=ROLES_ES,
        greet_formal=["Estimado/a {first} {last}:", "Estimada candidata, estimado candidato:", "Buenos días, {first}:"],
        greet_personal=["Hola {first},", "¡Hola {first}!", "Buenas, {first}:", "Hola {first}:"],
        close_formal=["Atentamente,", "Un cordial saludo,", "Saludos cordiales,"],
        close_personal=["Un abrazo,", "Saludos,", "¡Gracias!", "Un saludo,"],
        thanks=["Gracias por tu interés en {co} y por presentar tu candidatura al puesto de {role}.",
                "Le agradecemos el tiempo dedicado al proceso de selección.",
                "Muchas gracias por la entrevista del {date}.", ""],
        rej=["Lamentamos comunicarte que no vamos a continuar con tu candidatura.",
             "Tras valorar detenidamente su perfil, hemos decidido seguir adelante con otros candidatos.",
             "Sentimos informarle de que su candidatura no ha sido seleccionada en esta ocasión.",
             "Hemos decidido no avanzar en el proceso contigo.",
             "Por desgracia, esta vez no ha podido ser."],
        reasons={"role_filled": ["La vacante ya ha sido cubierta."],
                 "budget_freeze": ["Por una congelación de contrataciones, el proceso queda en pausa."],
                 "closer_fit": ["Hemos elegido a una persona cuya experiencia se ajusta más a lo que buscamos."],
                 "level_mismatch": ["Buscamos un perfil con más experiencia (senior) para este puesto."],
                 "role_cancelled": ["El puesto se ha cancelado tras una reorganización interna."]},
        enc=["Te deseamos mucha suerte en tu búsqueda.", "Guardaremos tu CV para futuras oportunidades.",
             "Le animamos a seguir nuestras ofertas.", ""],
        ack=["Hemos recibido correctamente tu candidatura para el puesto de {role}.",
             "Le confirmamos la recepción de su candidatura (referencia {req}).",
             "¡Gracias por postularte! Tu solicitud ya está en nuestro sistema.",
             "Te confirmo que me ha llegado tu CV, gracias."],
        ack_next=["Nos pondremos en contacto contigo en las próximas semanas.", "Si tu perfil encaja, te llamaremos para una primera entrevista.",
                  "Puedes consultar el estado en tu área de candidato.", ""],
        inv=["Nos gustaría invitarte a una entrevista el {date} a las {time}.",
             "Tu perfil nos ha encantado y queremos conocerte en una videollamada con {hm}.",
             "Le convocamos a una entrevista presencial en nuestras oficinas de {city}.",
             "El siguiente paso es una prueba técnica online: {link}",
             "Reserva el hueco que mejor te venga para la entrevista aquí: {link}",
             "¿Te vendría bien una llamada rápida esta semana con {hm}?"],
        offer=["Nos complace ofrecerte el puesto de {role}.",
               "Tras el proceso, queremos hacerle una oferta: salario bruto anual de {salary} e incorporación el {start}.",
               "Adjuntamos la carta de oferta para el puesto de {role}.",
               "¡Enhorabuena! Queremos que te unas al equipo."],
        fb_intro=["Te comparto algo de feedback del equipo:", "Algunos comentarios de la entrevista:"],
        praise=["Nos gustó mucho tu experiencia con clientes.", "Tu prueba técnica estaba bien estructurada."],
        weak={"coding": ["en la prueba de código faltaban tests y control de errores"],
              "system_design": ["en la parte de diseño de sistemas nos faltó profundidad"],
              "questions_to_ask": ["no hiciste preguntas sobre el equipo ni el producto"],
              "experience_level": ["te falta algo de experiencia liderando equipos"],
              "communication": ["a veces costaba seguir tus explicaciones"]},
        fb_join=["Sin embargo, {w}.", "Como punto de mejora, {w}.", "Eso sí, {w}."],
        subjects=["Tu candidatura en {co}", "Candidatura: {role}", "{role} - {co}", "Actualización de tu candidatura",
                  "Re: {role}", "Proceso de selección {co}", "Novedades"],
        footers=["Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.",
                 "{co}, S.L. - Inscrita en el Registro Mercantil de {city}",
                 "Sus datos serán tratados conforme al RGPD. Puede ejercer sus derechos en privacidad@{dom}.es"],
        cities=["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza"], team="Recursos Humanos",
        money="€", months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    ),
}
KIND_LABELS = {"rej": ["rejection"], "ack": ["application_ack"], "inv": ["interview_invite"], "offer": ["offer"],
               "rej_fb": ["rejection", "feedback"], "ack_inv": ["application_ack", "interview_invite"]}
HINTS = {
    "de": {"inv": "Einladung zum Vorstellungsgespräch", "ack": "Eingangsbestätigung Ihrer Bewerbung", "offer": "Ihr Vertragsangebot"},
    "fr": {"inv": "Proposition d'entretien", "ack": "Accusé de réception de votre candidature", "offer": "Proposition d'embauche"},
    "es": {"inv": "Entrevista - {role}", "ack": "Confirmación de candidatura", "offer": "Oferta de empleo"},
}
WEIGHTS = {"rej": 34, "ack": 22, "inv": 22, "offer": 8, "rej_fb": 9, "ack_inv": 5}


def _ctx(rng: random.Random, lang: str) -> dict:
    d = L[lang]
    first, last = person(rng, lang)
    hf, hl = person(rng, lang)
    rf, rl = person(rng, lang)
    co = pick(rng, d["companies"])
    dt = rand_date(rng)
    date = f"{dt.day}. {d['months'][dt.month - 1]}" if lang == "de" else f"{dt.day} {d['months'][dt.month - 1]}"
    if lang == "es":
        date = f"{dt.day} de {d['months'][dt.month - 1]}"
    return {"co": co, "co_short": strip_legal(co), "role": pick(rng, d["roles"]), "first": first, "last": last,
            "hm": f"{hf} {hl}", "rfirst": rf, "rlast": rl, "date": date, "deadline": date,
            "time": f"{rng.choice([9, 10, 11, 14, 15, 16])}:{rng.choice(['00', '30'])}",
            "city": pick(rng, d["cities"]), "req": req_id(rng), "salary": f"{rng.randrange(38, 95)}.000 €",
            "start": f"1. {d['months'][rng.randrange(12)]}" if lang == "de" else f"1er {d['months'][rng.randrange(12)]}" if lang == "fr" else f"1 de {d['months'][rng.randrange(12)]}",
            "link": f"https://{pick(rng, ['termin', 'rdv', 'cita', 'slotpick'])}.{pick(rng, ['io', 'app', 'net'])}/{token(rng)}",
            "dom": slug(strip_legal(co)), "num": rng.randrange(10000, 99999), "cand_addr": cand_addr(rng, first, last)}


def _core(rng: random.Random, lang: str, ctx: dict, kind: str) -> tuple[list[str], list[str], list[str]]:
    d = L[lang]
    oc: list[str] = []
    topics: list[str] = []
    parts: list[str] = []
    if kind in ("rej", "rej_fb"):
        parts.append(pick(rng, d["thanks"]))
        parts.append(pick(rng, d["rej"]))
        if maybe(rng, 0.45):
            r = pick(rng, sorted(d["reasons"]))
            parts.append(pick(rng, d["reasons"][r]))
            oc.append(r)
        if kind == "rej_fb":
            topics = rng.sample(sorted(d["weak"]), rng.choice([1, 2]))
            fb = [pick(rng, d["fb_intro"])]
            if maybe(rng, 0.5):
                fb.append(pick(rng, d["praise"]))
            fb += [pick(rng, d["fb_join"]).format(w=pick(rng, d["weak"][t])) for t in topics]
            parts.append(" ".join(fb))
        parts.append(pick(rng, d["enc"]))
    elif kind in ("ack", "ack_inv"):
        a = pick(rng, d["ack"])
        parts.append(a[0].upper() + a[1:])
        parts.append(pick(rng, d["ack_next"]) if kind == "ack" else "")
        if kind == "ack_inv":
            parts.append(pick(rng, [x for x in d["inv"] if "{link}" in x]))
    elif kind == "inv":
        if maybe(rng, 0.5):
            parts.append(pick(rng, d["thanks"]))
        parts.append(pick(rng, d["inv"]))
    elif kind == "offer":
        o = pick(rng, d["offer"])
        parts.append(o[0].upper() + o[1:])
    parts = [p.format(**ctx) for p in parts if p]
    # German/French formal letters continue the greeting's sentence in lower case; capitalise otherwise
    parts = [p[0].upper() + p[1:] for p in parts]
    if maybe(rng, 0.5) and len(parts) > 2:
        parts = [" ".join(parts[:2])] + parts[2:]
    return parts, topics, oc


def generate(rng: random.Random) -> Iterator[dict]:
    """Yield German, French and Spanish positive records, two families per language."""
    for lang in ("de", "fr", "es"):
        d = L[lang]
        for style in ("hr", "personal"):
            family = f"{lang}_{style}"
            for n, kind in enumerate(rng.choices(list(WEIGHTS), list(WEIGHTS.values()), k=30 if style == "hr" else 27)):
                ctx = _ctx(rng, lang)
                paras, topics, oc = _core(rng, lang, ctx, kind)
                formal = style == "hr" or maybe(rng, 0.2)
                greet = pick(rng, d["greet_formal" if formal else "greet_personal"]).format(**ctx)
                close = pick(rng, d["close_formal" if formal else "close_personal"])
                if style == "hr":
                    sig = pick(rng, [f"Ihr Recruiting-Team von {ctx['co']}" if lang == "de" else
                                     f"L'équipe {d['team']} {ctx['co']}" if lang == "fr" else f"El equipo de {d['team']} de {ctx['co']}",
                                     f"{ctx['rfirst']} {ctx['rlast']}\n{d['team']}\n{ctx['co']}"])
                    from_name = pick(rng, [ctx["co"], f"{ctx['co']} {d['team']}", f"{ctx['co']} Recruiting"])
                    from_addr = f"{pick(rng, ['noreply', 'jobs', 'bewerbung' if lang == 'de' else 'recrutement' if lang == 'fr' else 'empleo'])}@{pick(rng, [ctx['dom'] + '.' + lang, 'mail.personio-jobs.eu', 'talent.flowhire.net'])}"
                else:
                    sig = pick(rng, [ctx["rfirst"], f"{ctx['rfirst']} {ctx['rlast']}\n{ctx['co']}", f"{ctx['rfirst']}\n\n{pick(rng, ['Von meinem iPhone gesendet', 'Envoyé de mon iPhone', 'Enviado desde mi móvil'][('de', 'fr', 'es').index(lang):][:1])}"])
                    from_name = f"{ctx['rfirst']} {ctx['rlast']}"
                    from_addr = f"{slug(ctx['rfirst'])}.{slug(ctx['rlast'])}@{ctx['dom']}.{pick(rng, [lang, 'com', 'eu'])}"
                body = f"{greet}\n\n" + "\n\n".join(paras) + f"\n\n{close}\n{sig}"
                subj = pick(rng, d["subjects"]).format(**ctx)
                if kind in HINTS[lang] and maybe(rng, 0.3):
                    subj = HINTS[lang][kind].format(**ctx)
                htm = None
                if style == "hr":
                    footer = [pick(rng, d["footers"]).format(**ctx)]
                    if maybe(rng, 0.4):
                        htm, body = to_html(rng, body.split("\n\n"), header=ctx["co"], footer=footer), ""
                    else:
                        body += "\n\n--\n" + "\n".join(footer)
                yield record(FAMILY_PREFIX, family, n, lang=lang, from_name=from_name, from_addr=from_addr,
                             to_addr=ctx["cand_addr"], subj=subj, body_text=body, body_html=htm,
                             labels=KIND_LABELS[kind], company=ctx["co_short"], topics=topics, oc=oc)
