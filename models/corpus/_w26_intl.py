"""Short de/fr/es messages for writer w26: same meanings as _w26_say, written directly in each language."""

from __future__ import annotations

import random

from _w26_say import fill, out

BANK: dict[str, dict[str, list[str]]] = {
    "de": {
        "rej": ["Leider müssen wir Ihnen absagen.", "Sorry {first}, wir haben uns für jemand anderen entschieden.",
                "Wir werden Ihre Bewerbung als {role} nicht weiter berücksichtigen.",
                "Diesmal hat es leider nicht gepasst.", "Kurz und ehrlich: leider eine Absage.",
                "Nach Rücksprache mit dem Team geht es für Sie nicht weiter.",
                "Wir haben uns gegen eine Fortsetzung des Verfahrens entschieden."],
        "role_filled": ["Die Stelle ist inzwischen besetzt.", "Wir haben die Position schon intern vergeben."],
        "budget_freeze": ["Wegen eines Einstellungsstopps können wir die Stelle derzeit nicht besetzen.",
                          "Das Budget für die Stelle wurde gestrichen."],
        "closer_fit": ["Eine Kandidatin passte vom Profil noch etwas genauer.",
                       "Wir haben jemanden mit direkterer Branchenerfahrung gefunden."],
        "level_mismatch": ["Wir suchen doch eher jemanden mit mehr Seniorität.",
                           "Die Stelle ist eher für Berufseinsteiger gedacht."],
        "role_cancelled": ["Die Stelle wurde leider gestrichen.", "Nach der Umstrukturierung fällt die Position weg."],
        "fb": {"technical_depth": ["Bei {tech} hätte das Team sich mehr Tiefe gewünscht."],
               "communication": ["Die Antworten waren teils schwer nachzuvollziehen."],
               "system_design": ["Beim Architektur-Teil fehlte uns die Skalierung."],
               "coding": ["Die Coding-Aufgabe lief nicht ganz rund."],
               "experience_level": ["Es fehlt noch etwas Führungserfahrung."],
               "cv_positioning": ["Aus dem Lebenslauf ging die relevante Erfahrung kaum hervor."]},
        "inv": ["Hätten Sie {day} um {time} Zeit für ein kurzes Telefonat?",
                "Wir würden Sie gern zum Vorstellungsgespräch einladen — passt {day}?",
                "Bitte buchen Sie sich einen Termin fürs Interview: {link}",
                "Zweites Gespräch {day} {time} bei uns im Büro, geht das?",
                "Magst du {day} auf einen Kaffee mit dem Team vorbeikommen? Ist ein erstes Kennenlernen."],
        "ack": ["Vielen Dank, Ihre Bewerbung ist eingegangen.", "Danke, Unterlagen erhalten!",
                "Wir bestätigen den Eingang Ihrer Bewerbung als {role}.", "CV ist angekommen, danke!"],
        "offer": ["Wir möchten Ihnen die Stelle anbieten! Vertrag im Anhang.", "Gute Nachrichten: Zusage! "
                  "Angebot kommt heute per Mail.", "Wir freuen uns, Ihnen ein Angebot als {role} zu machen."],
        "fbreq": ["Schade, danke trotzdem. Könnten Sie mir kurz sagen, woran es lag?",
                  "Hätten Sie ein kurzes Feedback zum Gespräch für mich?"],
        "neg": ["Bis morgen um {time}!", "Danke für das nette Gespräch heute.", "Bin 5 Minuten später, sorry.",
                "Ihre Bewerbung ist noch in Prüfung.", "Können Sie noch Ihre Steuer-ID für die Lohnabrechnung "
                "schicken?", "Feedback dürfen wir leider nicht geben.", "Leider wurde Ihr Mietantrag abgelehnt.",
                "Glückwunsch zum neuen Job!!", "Mittag heute?", "Termin bestätigt: {day}, {time}."],
        "close": ["Viel Erfolg!", "Alles Gute.", "Beste Grüße", "VG", "LG"],
        "hi": ["Hallo {first},", "Hi {first},", "Guten Tag,", "Hallo,", "Moin {first},"],
        "subj_rej": ["Ihre Bewerbung", "AW: {role}", "Absage", "Rückmeldung"],
        "subj_inv": ["Einladung", "Termin?", "AW: Bewerbung", "Kennenlernen"],
        "subj_ack": ["Eingangsbestätigung", "Ihre Bewerbung", "AW: Bewerbung als {role}"],
        "subj_off": ["Angebot", "Zusage!", "AW: {role}"],
        "subj_neg": ["AW: Termin", "Kurz", "Info", "AW: Bewerbung"],
    },
    "fr": {
        "rej": ["Désolé {first}, on part sur un autre profil.", "Nous ne donnerons pas suite à votre candidature.",
                "Malheureusement ce n'est pas positif cette fois.", "Votre candidature n'a pas été retenue.",
                "Après échange avec l'équipe, nous n'allons pas poursuivre.", "C'est non pour ce poste, désolée."],
        "role_filled": ["Le poste est déjà pourvu.", "Nous avons recruté quelqu'un la semaine dernière."],
        "budget_freeze": ["Les recrutements sont gelés jusqu'à nouvel ordre.", "Le budget du poste a été supprimé."],
        "closer_fit": ["Un profil plus proche de nos besoins a été retenu.",
                       "Nous avons choisi une personne avec une expérience plus directe du secteur."],
        "level_mismatch": ["Nous cherchons finalement un profil plus senior.", "Le poste vise un profil junior."],
        "role_cancelled": ["Le poste a été annulé.", "Suite à la réorganisation, le poste n'existe plus."],
        "fb": {"technical_depth": ["L'équipe aurait voulu plus de profondeur sur {tech}."],
               "communication": ["Vos réponses manquaient un peu de structure."],
               "coding": ["L'exercice de code n'a pas abouti."],
               "questions_to_ask": ["Vous n'aviez pas de questions pour l'équipe."],
               "behavioural": ["Les exemples concrets de situations passées manquaient."],
               "composure": ["Le stress a semblé vous gêner pendant l'entretien."]},
        "inv": ["Dispo {day} à {time} pour un appel ?", "On aimerait vous rencontrer pour un entretien, {day} ça "
                "vous va ?", "Réservez votre créneau d'entretien ici : {link}", "Deuxième entretien {day} à {time} "
                "dans nos locaux ?", "Petit test technique en ligne à faire d'ici {day} : {link}"],
        "ack": ["Merci, nous avons bien reçu votre candidature.", "Candidature bien reçue, merci !",
                "Nous accusons réception de votre candidature au poste de {role}.", "Bien reçu votre CV, merci."],
        "offer": ["Nous avons le plaisir de vous proposer le poste ! Proposition en pièce jointe.",
                  "Bonne nouvelle : on vous fait une offre. Je vous appelle ?",
                  "Voici notre proposition d'embauche pour le poste de {role}."],
        "fbreq": ["Merci pour le retour. Auriez-vous quelques conseils pour la suite ?",
                  "Pourriez-vous me dire ce qui a manqué lors de l'entretien ?"],
        "neg": ["À demain {time} !", "Merci pour l'échange de ce matin.", "J'ai 10 min de retard, désolé.",
                "Votre candidature est toujours en cours d'étude.", "Pouvez-vous envoyer votre RIB pour la paie ?",
                "Nous ne communiquons pas de retour individuel.", "Votre dossier de location n'a pas été retenu.",
                "Félicitations pour le nouveau job !!", "Déj demain ?", "Entretien confirmé : {day} {time}."],
        "close": ["Bonne continuation.", "Belle journée", "Cordialement", "Bien à vous", "Bonne chance !"],
        "hi": ["Bonjour {first},", "Salut {first},", "Bonjour,", "Hello {first},"],
        "subj_rej": ["Votre candidature", "RE: {role}", "Suite à votre candidature", "Retour"],
        "subj_inv": ["Entretien", "Dispo ?", "RE: Candidature", "Rencontre"],
        "subj_ack": ["Accusé de réception", "Votre candidature", "Candidature {role}"],
        "subj_off": ["Proposition", "Bonne nouvelle", "RE: {role}"],
        "subj_neg": ["RE: Entretien", "Info", "Petit mot", "RE: Candidature"],
    },
    "es": {
        "rej": ["Lo siento {first}, hemos optado por otra persona.", "No vamos a continuar con tu candidatura.",
                "Lamentablemente esta vez no ha podido ser.", "Tu candidatura no ha sido seleccionada.",
                "Tras hablarlo con el equipo, no seguimos adelante.", "Es un no para {role}, lo siento."],
        "role_filled": ["El puesto ya está cubierto.", "Ya hemos contratado a alguien."],
        "budget_freeze": ["Se han congelado las contrataciones.", "Nos han retirado el presupuesto del puesto."],
        "closer_fit": ["Hemos elegido un perfil que encaja más con lo que buscamos.",
                       "Otra candidata tenía experiencia más directa en el sector."],
        "level_mismatch": ["Buscamos finalmente a alguien más senior.", "El puesto es para un perfil junior."],
        "role_cancelled": ["El puesto se ha cancelado.", "Con la reorganización la vacante ya no existe."],
        "fb": {"technical_depth": ["Al equipo le faltó más profundidad en {tech}."],
               "communication": ["Las respuestas se hicieron algo difíciles de seguir."],
               "coding": ["La prueba de código no quedó terminada."],
               "experience_level": ["Te falta algo más de experiencia gestionando equipos."],
               "cv_positioning": ["En el CV no se veía bien la experiencia relevante."],
               "composure": ["Los nervios te jugaron una mala pasada."]},
        "inv": ["¿Tienes un hueco {day} a las {time} para una llamada?", "Nos gustaría hacerte una entrevista, "
                "¿te va bien {day}?", "Reserva tu entrevista aquí: {link}", "Segunda entrevista {day} a las {time} "
                "en la oficina, ¿puedes?", "Te mandamos una prueba online, tienes hasta {day}: {link}"],
        "ack": ["Gracias, hemos recibido tu candidatura.", "¡CV recibido, gracias!",
                "Confirmamos la recepción de tu candidatura para {role}.", "Recibido, lo revisamos esta semana."],
        "offer": ["¡Nos encantaría que te unieras! Te adjunto la oferta.", "Buenas noticias: te ofrecemos el "
                  "puesto de {role}.", "Oferta adjunta, cualquier duda me dices."],
        "fbreq": ["Gracias por avisar. ¿Me podrías dar algo de feedback?",
                  "¿Hay algo concreto que debería mejorar para próximos procesos?"],
        "neg": ["¡Nos vemos mañana a las {time}!", "Gracias por la charla de hoy.", "Llego 5 min tarde, perdona.",
                "Tu candidatura sigue en revisión.", "¿Me mandas tu DNI para el alta en la Seguridad Social?",
                "No podemos dar feedback individual.", "Tu solicitud de préstamo ha sido denegada.",
                "¡¡Enhorabuena por el curro nuevo!!", "¿Comemos el jueves?", "Entrevista confirmada: {day} {time}."],
        "close": ["Mucha suerte.", "Un saludo", "Saludos", "Un abrazo", "Gracias"],
        "hi": ["Hola {first},", "Buenas {first},", "Hola,", "Estimado/a {first}:"],
        "subj_rej": ["Tu candidatura", "RE: {role}", "Proceso de selección", "Actualización"],
        "subj_inv": ["Entrevista", "¿Hablamos?", "RE: Candidatura", "Siguiente paso"],
        "subj_ack": ["Candidatura recibida", "Tu candidatura", "RE: CV"],
        "subj_off": ["Oferta", "¡Buenas noticias!", "RE: {role}"],
        "subj_neg": ["RE: Entrevista", "Info", "RE: Candidatura", "Mañana"],
    },
}

# negatives in BANK[lang]["neg"] that still name the employer's process (company kept) vs personal (company null)
PERSONAL_NEG_MARKERS = ("Mietantrag", "Glückwunsch", "Mittag", "location", "Félicitations", "Déj", "préstamo",
                        "Enhorabuena", "Comemos")


def intl(rng: random.Random, ctx: dict, lang: str, intent: str) -> dict:
    b = BANK[lang]
    pick = lambda key: fill(rng.choice(b[key]), ctx)  # noqa: E731
    if intent == "rejection":
        return out([pick("rej")] + ([pick("close")] if rng.random() < 0.4 else []), ["rejection"],
                   subjects=b["subj_rej"])
    if intent == "rejection_reason":
        reason = rng.choice(["role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled"])
        lines = ([pick("rej")] if rng.random() < 0.6 else []) + [pick(reason)]
        return out(lines, ["rejection"], reasons=[reason], subjects=b["subj_rej"])
    if intent == "rejection_feedback":
        topic = rng.choice(sorted(b["fb"]))
        return out([pick("rej"), fill(rng.choice(b["fb"][topic]), ctx)], ["rejection", "feedback"],
                   topics=[topic], subjects=b["subj_rej"])
    if intent == "invite":
        return out([pick("inv")], ["interview_invite"], subjects=b["subj_inv"])
    if intent == "ack":
        return out([pick("ack")], ["application_ack"], subjects=b["subj_ack"])
    if intent == "offer":
        return out([pick("offer")], ["offer"], subjects=b["subj_off"])
    if intent == "fbreq":
        return out([pick("fbreq")], ["feedback_request"], subjects=b["subj_rej"])
    line = pick("neg")
    res = out([line], subjects=b["subj_neg"])
    res["personal"] = any(m in line for m in PERSONAL_NEG_MARKERS)
    return res
