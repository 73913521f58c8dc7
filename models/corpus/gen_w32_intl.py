"""w32 (early careers) in German, French and Spanish: Werkstudent/Praktikum/Traineeprogramm,
stage/alternance/VIE, prácticas/becas - employer mail, the student's Sent mail and look-alikes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w32_kit as K  # noqa: E402

FAMILY_PREFIX = "w32intl"
P = K.pick

DE = {
    "greet": ["Hallo {first},", "Liebe/r {first},", "Sehr geehrte/r {first} {last},", "Hi {first},"],
    "sign": ["Viele Grüße\n{sender}\nCampus Recruiting | {co}", "Beste Grüße\nIhr Recruiting-Team von {co}", "Freundliche Grüße\n{sender}\nHR Nachwuchsprogramme", "LG\n{sender}"],
    "foot": ["", "{co} | Sitz der Gesellschaft: Hamburg | Registergericht Amtsgericht Hamburg HRB {num}", "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."],
    "roles": ["Werkstudent (m/w/d) Data Analytics", "Praktikum Marketing (6 Monate)", "Traineeprogramm Finance", "Duales Studium Wirtschaftsinformatik",
              "Abschlussarbeit im Bereich Produktion", "Werkstudentin Softwareentwicklung", "Ausbildung Industriekaufmann/-frau"],
    "ack": (["Eingangsbestätigung: {role}", "Ihre Bewerbung bei {co}", "Danke für deine Bewerbung!"], [
        "vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun geprüft.",
        "danke, dass du dich für ein {role} bei uns interessierst! Wir haben deine Bewerbung erhalten und melden uns in ca. zwei Wochen.",
        "hiermit bestätigen wir den Eingang Ihrer Bewerbung (Kennziffer {num}). Wir bitten um etwas Geduld, bis die Fachabteilung sich Ihre Unterlagen angesehen hat.",
    ]),
    "inv": (["Einladung zum Vorstellungsgespräch – {role}", "Nächster Schritt: Online-Test", "Einladung zum Assessment Center", "Kurzes Kennenlernen?"], [
        "wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am {date} um {time} Uhr in unser Büro in {city} ein.",
        "deine Bewerbung hat uns gefallen! Als nächsten Schritt bitten wir dich, einen Online-Test (logisches Denken, ca. 30 Minuten) bis zum {date} zu bearbeiten. Den Link findest du unten.",
        "wir laden Sie herzlich zu unserem Assessment Center für das Traineeprogramm ein. Bitte wählen Sie über den Link einen der angebotenen Termine.",
        "hättest du Lust auf ein kurzes Video-Call mit unserem Teamlead? Such dir einfach einen Slot aus: {link}",
    ]),
    "rej": (["Ihre Bewerbung als {role}", "Rückmeldung zu deiner Bewerbung", "Absage: {role}"], [
        "leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
        "nach sorgfältiger Prüfung haben wir uns für andere Kandidatinnen und Kandidaten entschieden. Das ist keine Bewertung deiner Person.",
        "wir haben uns die Entscheidung nicht leicht gemacht, können Ihnen aber leider keine Zusage geben.",
        "leider hat es dieses Mal nicht geklappt.",
    ]),
    "oc": {
        "role_filled": "Die Stelle wurde inzwischen bereits besetzt.",
        "budget_freeze": "Aufgrund eines konzernweiten Einstellungsstopps können wir derzeit keine Werkstudierenden einstellen.",
        "closer_fit": "Wir haben uns für eine Bewerberin entschieden, deren Studienschwerpunkt besser zum Projekt passt.",
        "role_cancelled": "Das Praktikum wurde aus organisatorischen Gründen gestrichen.",
        "level_mismatch": "Für die Aufgabe suchen wir nun doch jemanden mit abgeschlossenem Studium und Berufserfahrung.",
    },
    "fb_intro": ["Gerne geben wir Ihnen noch ein kurzes Feedback aus dem Assessment Center:", "Ein paar Punkte aus dem Gespräch, die dir vielleicht helfen:"],
    "fb": {
        "coding": "Bei der Programmieraufgabe lief die Lösung leider nicht durch und war schwer nachzuvollziehen.",
        "communication": "Ihre Präsentation war inhaltlich gut, aber zu lang und etwas unstrukturiert.",
        "collaboration": "In der Gruppenübung hast du eher allein gearbeitet und die anderen wenig einbezogen.",
        "technical_depth": "Bei den Fachfragen zu Ihrer Bachelorarbeit blieben die Antworten recht oberflächlich.",
        "behavioural": "Deine Beispiele im Interview waren sehr allgemein – konkrete Situationen hätten uns mehr überzeugt.",
        "composure": "Man hat gemerkt, dass Sie sehr nervös waren, besonders bei Rückfragen.",
        "experience_level": "Im Vergleich zu anderen fehlte dir noch praktische Erfahrung, z. B. aus einem Praktikum.",
    },
    "offer": (["Zusage: {role}", "Dein Vertragsangebot 🎉", "Angebot für das Traineeprogramm"], [
        "wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können! Den Vertrag schicken wir Ihnen in den nächsten Tagen zu.",
        "gute Nachrichten: Wir möchten dich gerne als {role} bei uns einstellen – Start ist der 1. Oktober, 20 Stunden pro Woche.",
        "nach Ihrem Praktikum bei uns möchten wir Ihnen einen Platz in unserem Traineeprogramm anbieten, vorbehaltlich Ihres Masterabschlusses.",
    ]),
    "neg": (["Status Ihrer Bewerbung", "Erinnerung: Ihr Termin am {date}", "Einladung: Karriereabend bei {co}", "Willkommen an Bord – deine Unterlagen", "Danke für das nette Gespräch!", "Dein Profil ist unvollständig"], [
        "Ihre Bewerbung befindet sich weiterhin in Prüfung. Wir melden uns, sobald es Neuigkeiten gibt.",
        "zur Erinnerung: Ihr Vorstellungsgespräch findet wie vereinbart am {date} um {time} Uhr statt. Bitte melden Sie sich am Empfang.",
        "du bist herzlich zu unserem Karriereabend für Studierende eingeladen – mit Vorträgen, Networking und Snacks. Anmeldung über den Link.",
        "schön, dass du zugesagt hast! Bitte lade bis zum {date} deine Immatrikulationsbescheinigung und die Steuer-ID im Portal hoch.",
        "danke für das angenehme Gespräch heute. Wir sprechen noch mit weiteren Kandidaten und melden uns bis Ende nächster Woche.",
        "bitte vervollständige dein Bewerberprofil, damit wir deine Bewerbung bearbeiten können.",
    ]),
    "gen": (["Newsletter Career Service: Praktikumsbörse", "Bewerbung um einen Studienplatz", "Stipendium: Ergebnis"], [
        "Diese Woche im Career Service: Bewerbungsmappen-Check, ein Workshop zum Umgang mit Absagen und die Firmenkontaktmesse am {date}.",
        "leider können wir Ihnen für den Masterstudiengang keinen Studienplatz anbieten. Die Zahl der Bewerbungen übersteigt die verfügbaren Plätze deutlich.",
        "leider wurde Ihre Bewerbung um das Deutschlandstipendium in diesem Jahr nicht berücksichtigt.",
    ]),
    "fbreq": (["AW: Ihre Bewerbung als {role}", "Bitte um Feedback", "Re: Rückmeldung zu deiner Bewerbung"], [
        "vielen Dank für Ihre Rückmeldung, auch wenn ich natürlich enttäuscht bin. Könnten Sie mir kurz sagen, woran es gelegen hat? Das würde mir für künftige Bewerbungen sehr helfen.",
        "danke für die Info! Hättet ihr vielleicht ein kurzes Feedback zum Gespräch für mich? Würde mich sehr freuen.",
    ]),
    "sentneg": (["Zusage – {role}", "Rücknahme meiner Bewerbung", "AW: Terminvorschlag"], [
        "vielen Dank für das Angebot, ich nehme es sehr gerne an! Den unterschriebenen Vertrag schicke ich Ihnen bis Freitag zurück.",
        "hiermit ziehe ich meine Bewerbung zurück, da ich mich für ein anderes Praktikum entschieden habe. Vielen Dank für Ihre Zeit.",
        "der {date} um {time} Uhr passt mir sehr gut, ich freue mich auf das Gespräch.",
    ]),
    "sent_greet": ["Sehr geehrte Frau {slast},", "Hallo {sfirst},", "Sehr geehrtes Recruiting-Team,"],
    "sent_sign": ["Mit freundlichen Grüßen\n{first} {last}", "Viele Grüße\n{first}"],
    "quote": "Am {when} schrieb {name} <{addr}>:",
}

FR = {
    "greet": ["Bonjour {first},", "Chère/Cher {first},", "Madame, Monsieur,", "Bonjour {first} {last},"],
    "sign": ["Bien cordialement,\n{sender}\nRelations Écoles | {co}", "L'équipe Recrutement Jeunes Diplômés\n{co}", "Belle journée,\n{sender}", "Cordialement,\n{sender}\nChargée de recrutement"],
    "foot": ["", "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer.", "Merci de ne pas répondre à cet e-mail automatique."],
    "roles": ["Stage de fin d'études - Contrôle de gestion", "Alternance Développeur·se Web", "Stage assistant(e) marketing (6 mois)", "VIE Ingénieur·e Projet",
              "Contrat d'apprentissage - Ressources humaines", "Stage Data Analyst", "Graduate Programme Finance"],
    "ack": (["Accusé de réception - {role}", "Votre candidature chez {co}", "Merci pour ta candidature !"], [
        "nous vous remercions pour votre candidature au poste de {role}. Elle a bien été enregistrée et sera étudiée avec attention.",
        "merci d'avoir postulé pour notre {role} ! Ta candidature est bien arrivée, on revient vers toi sous quinze jours.",
        "nous accusons bonne réception de votre dossier (référence {num}). Notre équipe reviendra vers vous dans les meilleurs délais.",
    ]),
    "inv": (["Invitation à un entretien - {role}", "Prochaine étape : test en ligne", "Convocation à notre journée d'évaluation", "Un premier échange ?"], [
        "votre profil a retenu notre attention et nous souhaiterions vous rencontrer lors d'un entretien le {date} à {time} dans nos locaux de {city}.",
        "nous avons le plaisir de vous inviter à passer un test de raisonnement en ligne (environ 30 minutes) avant le {date}.",
        "félicitations, vous êtes convié·e à notre journée d'évaluation (étude de cas, exercice de groupe, entretien). Merci de choisir un créneau via le lien.",
        "on aimerait échanger avec toi 20 minutes en visio pour parler de l'alternance. Tu peux réserver un créneau ici : {link}",
    ]),
    "rej": (["Votre candidature - {role}", "Suite donnée à votre candidature", "Réponse à ta candidature"], [
        "nous sommes au regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature.",
        "après étude attentive de votre dossier, nous avons retenu d'autres profils pour ce stage.",
        "malgré les qualités de votre candidature, nous ne pouvons pas vous proposer de poursuivre le processus.",
        "malheureusement, ça ne sera pas pour cette fois.",
    ]),
    "oc": {
        "role_filled": "Le poste a entre-temps été pourvu.",
        "budget_freeze": "En raison d'un gel des recrutements, nous ne prendrons pas de stagiaires cette année.",
        "closer_fit": "Nous avons retenu un profil dont la formation correspond davantage aux missions du stage.",
        "role_cancelled": "Le stage a malheureusement été annulé suite à une réorganisation du service.",
        "level_mismatch": "Nous recherchons finalement un profil plus expérimenté qu'un stagiaire pour cette mission.",
    },
    "fb_intro": ["Voici quelques retours de nos évaluateurs :", "Pour t'aider dans tes prochaines candidatures, quelques remarques :"],
    "fb": {
        "communication": "Votre présentation manquait de structure et le message principal était difficile à suivre.",
        "technical_depth": "Sur l'étude de cas, l'analyse chiffrée n'était pas assez approfondie.",
        "collaboration": "Pendant l'exercice de groupe, tu as peu rebondi sur les idées des autres.",
        "questions_to_ask": "En fin d'entretien, vous n'aviez pas de questions à poser, ce qui a été remarqué.",
        "cv_positioning": "Votre CV ne mettait pas assez en avant vos expériences en lien avec le poste.",
        "composure": "Le stress a visiblement pris le dessus lors des questions du jury.",
        "coding": "L'exercice de code était incomplet et plusieurs cas de test échouaient.",
    },
    "offer": (["Proposition de stage - {co}", "Bonne nouvelle ! 🎉", "Proposition d'embauche"], [
        "nous avons le plaisir de vous proposer le {role} au sein de notre équipe à {city}, à partir du {date}. La convention de stage suivra.",
        "bonne nouvelle : on a le plaisir de te proposer l'alternance ! On t'envoie le contrat cette semaine.",
        "suite à votre stage, nous souhaitons vous proposer un CDI dans notre Graduate Programme, sous réserve de l'obtention de votre diplôme.",
    ]),
    "neg": (["Votre candidature est en cours d'examen", "Rappel : votre entretien de demain", "Invitation : afterwork Jeunes Diplômés", "Bienvenue ! Documents à fournir", "Merci pour notre échange", "Complétez votre profil"], [
        "votre candidature est toujours en cours d'étude. Nous reviendrons vers vous dès que possible.",
        "nous vous rappelons votre entretien prévu le {date} à {time}. Présentez-vous à l'accueil avec une pièce d'identité.",
        "rejoins-nous pour notre afterwork étudiants : présentation des métiers, rencontre avec nos alternants et buffet. Inscription gratuite.",
        "ravis de t'accueillir ! Merci de nous envoyer ta convention de stage signée et ton RIB avant le {date}.",
        "merci pour notre échange de cet après-midi. Nous terminons les entretiens et revenons vers vous la semaine prochaine.",
        "ton profil candidat est incomplet : ajoute ton CV et ton école pour que nous puissions étudier ta candidature.",
    ]),
    "gen": (["La lettre du Service Carrières", "Résultat de votre candidature en master", "Forum entreprises - J-7"], [
        "Au programme ce mois-ci : ateliers CV, simulations d'entretien et conseils pour rebondir après un refus de stage.",
        "nous avons le regret de vous informer que votre candidature au Master 2 n'a pas été retenue par la commission pédagogique.",
        "Le forum entreprises aura lieu le {date} : plus de 60 recruteurs, stages et alternances. Pensez à imprimer votre CV !",
    ]),
    "fbreq": (["RE: Votre candidature - {role}", "Demande de retour", "Re: Réponse à ta candidature"], [
        "merci pour votre réponse. Serait-il possible d'avoir un retour sur ma candidature ou mon entretien, afin de m'améliorer pour la suite ?",
        "merci pour le retour, dommage ! Est-ce que tu pourrais me dire ce qui a coincé pendant l'entretien ? Ça m'aiderait beaucoup.",
    ]),
    "sentneg": (["Acceptation de la proposition de stage", "Désistement - {role}", "RE: Invitation à un entretien"], [
        "je vous remercie pour votre proposition que j'accepte avec grand plaisir. Je vous renvoie la convention signée.",
        "je souhaite retirer ma candidature, ayant accepté une autre offre de stage. Merci pour votre temps.",
        "le créneau du {date} à {time} me convient parfaitement. Au plaisir de vous rencontrer.",
    ]),
    "sent_greet": ["Madame {slast},", "Bonjour {sfirst},", "Bonjour,"],
    "sent_sign": ["Bien cordialement,\n{first} {last}", "Merci d'avance,\n{first}"],
    "quote": "Le {when}, {name} <{addr}> a écrit :",
}

ES = {
    "greet": ["Hola {first}:", "Estimado/a {first}:", "Hola, {first}:", "Buenos días {first},"],
    "sign": ["Un saludo,\n{sender}\nTalento Joven | {co}", "Atentamente,\nEquipo de Selección de {co}", "Saludos cordiales,\n{sender}", "¡Un abrazo!\n{sender}"],
    "foot": ["", "Este mensaje es confidencial. Si lo ha recibido por error, por favor elimínelo.", "Protección de datos: sus datos serán tratados conforme al RGPD."],
    "roles": ["Prácticas en Marketing Digital", "Beca de Ingeniería de Datos", "Programa de Graduados en Banca", "Prácticas curriculares en RRHH",
              "Becario/a de Desarrollo Software", "Contrato en prácticas - Ingeniería Civil", "Prácticas extracurriculares Finanzas"],
    "ack": (["Hemos recibido tu candidatura", "Confirmación de inscripción - {role}", "Gracias por tu interés en {co}"], [
        "te confirmamos que hemos recibido tu candidatura para {role}. Nuestro equipo la revisará y te contactaremos si encaja con lo que buscamos.",
        "le agradecemos su interés en nuestro {role}. Su solicitud (referencia {num}) se ha registrado correctamente.",
        "¡gracias por apuntarte a nuestro programa! Tu candidatura ya está con el equipo de selección.",
    ]),
    "inv": (["Invitación a entrevista - {role}", "Siguiente paso: prueba online", "Convocatoria al assessment center", "¿Hablamos?"], [
        "nos gustaría conocerte en una entrevista el {date} a las {time} en nuestras oficinas de {city}. ¿Nos confirmas asistencia?",
        "has superado la primera fase. El siguiente paso es una prueba online de razonamiento numérico que debes completar antes del {date}.",
        "le invitamos a participar en nuestro assessment center (caso práctico, dinámica de grupo y entrevista). Elija una fecha en el enlace.",
        "¿te vendría bien una videollamada de 20 minutos con la responsable del equipo? Elige hueco aquí: {link}",
    ]),
    "rej": (["Tu candidatura a {role}", "Resolución de su candidatura", "Actualización del proceso de selección"], [
        "lamentamos comunicarte que no vas a continuar en el proceso de selección.",
        "tras valorar su candidatura, hemos decidido seguir adelante con otros perfiles.",
        "en esta ocasión no podemos ofrecerte la beca, aunque valoramos mucho tu interés.",
        "sentimos decirte que esta vez no ha podido ser.",
    ]),
    "oc": {
        "role_filled": "La plaza ya ha sido cubierta.",
        "budget_freeze": "Por una congelación de contrataciones, este año no incorporaremos becarios.",
        "closer_fit": "Hemos elegido a un candidato cuya formación se ajusta más al proyecto.",
        "role_cancelled": "El programa de prácticas se ha cancelado para este curso.",
        "level_mismatch": "Finalmente buscamos un perfil con más experiencia que el de un recién graduado.",
    },
    "fb_intro": ["Te compartimos algunos comentarios del equipo evaluador:", "Algunas observaciones que pueden serle útiles:"],
    "fb": {
        "communication": "En la presentación te extendiste demasiado y costaba seguir la idea principal.",
        "behavioural": "Tus ejemplos en la entrevista fueron muy generales; nos faltaron situaciones concretas.",
        "collaboration": "En la dinámica de grupo apenas escuchaste las propuestas de los demás.",
        "technical_depth": "Las respuestas técnicas sobre su trabajo de fin de grado se quedaron en la superficie.",
        "experience_level": "Otros candidatos tenían más experiencia práctica en empresa.",
        "composure": "Se te notó muy nervioso/a cuando el tribunal hizo preguntas de seguimiento.",
        "questions_to_ask": "Al final no planteaste ninguna pregunta sobre el puesto, y eso se echó en falta.",
    },
    "offer": (["¡Enhorabuena! Oferta de prácticas", "Propuesta de incorporación - {co}", "Oferta: {role}"], [
        "nos alegra mucho ofrecerte la plaza de {role}, con incorporación el {date}. En breve te enviaremos el convenio.",
        "tenemos el placer de ofrecerle un puesto en nuestro Programa de Graduados, condicionado a la obtención de su título.",
        "¡buenas noticias! Tras tus prácticas con nosotros, queremos ofrecerte un contrato indefinido.",
    ]),
    "neg": (["Tu candidatura sigue en revisión", "Recordatorio: entrevista el {date}", "Te invitamos a nuestro Open Day", "Bienvenida: documentación pendiente", "Gracias por tu tiempo hoy", "Completa tu perfil"], [
        "tu candidatura sigue en proceso de revisión. Te escribiremos en cuanto tengamos novedades.",
        "le recordamos que su entrevista está programada para el {date} a las {time}. Traiga su DNI.",
        "te invitamos a nuestro Open Day para estudiantes: charlas, networking y visita a las oficinas. ¡Plazas limitadas!",
        "¡bienvenido/a! Antes del {date} necesitamos tu convenio firmado por la universidad y tu número de la Seguridad Social.",
        "gracias por la entrevista de hoy. Terminamos el proceso esta semana y te contamos algo pronto.",
        "tu perfil está incompleto. Añade tu CV y tu titulación para que podamos valorar tu candidatura.",
    ]),
    "gen": (["Boletín del COIE: ofertas de prácticas", "Resolución de becas de movilidad", "Feria de Empleo Universitaria"], [
        "Esta semana: taller de entrevistas, nuevas ofertas de prácticas y consejos para gestionar los rechazos en tu búsqueda.",
        "lamentamos informarle de que su solicitud de beca Erasmus no ha sido seleccionada en esta convocatoria.",
        "El {date} celebramos la Feria de Empleo con más de 50 empresas. ¡Trae tu CV actualizado!",
    ]),
    "fbreq": (["RE: Tu candidatura a {role}", "Solicitud de feedback", "Re: Resolución de su candidatura"], [
        "muchas gracias por avisarme. ¿Sería posible recibir algún comentario sobre mi entrevista para poder mejorar en próximos procesos?",
        "gracias por la respuesta. Si tenéis un momento, ¿me podríais decir en qué fallé? Me ayudaría mucho.",
    ]),
    "sentneg": (["Aceptación de la oferta", "Retiro mi candidatura", "RE: Invitación a entrevista"], [
        "muchas gracias por la oferta, la acepto encantado/a. Quedo a la espera del convenio.",
        "les escribo para retirar mi candidatura, ya que he aceptado otras prácticas. Gracias por su tiempo.",
        "el {date} a las {time} me viene perfecto. ¡Nos vemos!",
    ]),
    "sent_greet": ["Estimada {sfirst}:", "Hola {sfirst}:", "Buenos días:"],
    "sent_sign": ["Un saludo,\n{first} {last}", "Gracias,\n{first}"],
    "quote": "El {when}, {name} <{addr}> escribió:",
}

DATES = {"de": ["12.03.", "28.11.", "4. Juni", "15. Januar", "22.09."], "fr": ["3 mars", "9 juin", "17 octobre", "25 novembre", "6 février"],
         "es": ["14 de mayo", "2 de octubre", "21 de enero", "8 de abril", "30 de junio"]}
TIMES = {"de": ["10:00", "14:30", "9:15", "16:00"], "fr": ["9h30", "14h", "10h15", "16h30"], "es": ["10:00", "12:30", "9:30", "17:00"]}
CITIES = {"de": ["München", "Berlin", "Köln", "Hamburg", "Stuttgart", "Wien"], "fr": ["Lyon", "Paris", "Nantes", "Lille", "Bordeaux", "Genève"],
          "es": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Barcelona", "Zaragoza"]}
WHEN = {"de": ["12.03.2025 um 09:14", "Mo., 3. März 2025 um 17:02"], "fr": ["3 mars 2025 à 17:02", "lun. 9 juin 2025 à 11:20"],
        "es": ["14 may 2025, 11:20", "lun, 2 de octubre de 2025 a las 9:05"]}
BANKS = {"de": (DE, K.DE_COMPANIES, "w32intl-de"), "fr": (FR, K.FR_COMPANIES, "w32intl-fr"), "es": (ES, K.ES_COMPANIES, "w32intl-es")}
DOMS = {"de": ".de", "fr": ".fr", "es": ".es"}


def _cap(lang: str, s: str) -> str:
    """French and Spanish letters start the first sentence with a capital; German after 'Hallo X,' does not."""
    return s if lang == "de" or not s else s[0].upper() + s[1:]


def _one(rng: random.Random, lang: str, n: int, kind: str) -> dict:
    B, cos, fam = BANKS[lang]
    co = P(rng, cos)
    cf, cl = K.person(rng, lang)
    sf, sl = K.person(rng, lang)
    c = {"first": cf, "last": cl, "co": co, "role": P(rng, B["roles"]), "date": P(rng, DATES[lang]),
         "time": P(rng, TIMES[lang]), "city": P(rng, CITIES[lang]),
         "num": str(rng.randrange(10000, 99999)), "sender": f"{sf} {sl}", "sfirst": sf, "slast": sl,
         "link": f"https://termin.{K.slug(co)}{DOMS[lang]}/slot"}
    f = lambda s: s.format(**c)  # noqa: E731
    dom = K.ascii_local(K.slug(co)) + DOMS[lang]
    to = K.student_addr(rng, cf, cl)
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    company: str | None = co
    folder = "INBOX"
    from_name, from_addr = P(rng, [(f"{sf} {sl}", f"{K.ascii_local(sf)}.{K.ascii_local(sl)}@{K.ascii_local(dom)}"),
                                   (f"{co} Recruiting", f"jobs@{dom}"), (f"{co}", f"noreply@{P(rng, K.ATS_RELAYS)}")])
    if kind in ("fbreq", "sentneg"):
        folder = "Sent"
        subj_t, cores = B[kind]
        core_raw = P(rng, cores)
        body = "\n\n".join([f(P(rng, B["sent_greet"])), _cap(lang, f(core_raw)), f(P(rng, B["sent_sign"]))])
        if kind == "fbreq":
            labels = ["feedback_request"]
            old = f(P(rng, B["greet"])) + "\n\n" + _cap(lang, f(P(rng, B["rej"][1]))) + "\n\n" + f(P(rng, B["sign"]))
            body += "\n\n" + B["quote"].format(when=P(rng, WHEN[lang]), name=f"{sf} {sl}", addr=from_addr) + "\n" + \
                "\n".join("> " + x for x in old.split("\n"))
        subj = f(subj_t[min(cores.index(core_raw), len(subj_t) - 1)]) if kind == "sentneg" else f(P(rng, subj_t))
        rec = K.rec(fam, n, folder=folder, lang=lang, from_name=f"{cf} {cl}", from_addr=to, to_addr=from_addr, subject=subj,
                    body_text=body, labels=labels, company=co)
        return rec
    if kind in ("ack", "inv", "offer", "neg", "gen"):
        subj_t, cores = B[kind]
        i = rng.randrange(len(cores))
        core = f(cores[i])
        subj = f(subj_t[min(i, len(subj_t) - 1)] if kind in ("neg", "gen", "inv") else P(rng, subj_t))
        labels = {"ack": ["application_ack"], "inv": ["interview_invite"], "offer": ["offer"]}.get(kind, [])
        if kind == "gen":
            company = None
            from_name, from_addr = P(rng, [("Career Service", "career@uni-example" + DOMS[lang]), ("Servicio de Empleo", "empleo@univ-example" + DOMS[lang])])
    else:  # rejections
        subj_t, cores = B["rej"]
        subj = f(P(rng, subj_t))
        core = f(P(rng, cores))
        labels = ["rejection"]
        if kind == "rej_oc":
            oc = [P(rng, list(B["oc"]))]
            core = core + " " + B["oc"][oc[0]]
        elif kind == "rej_fb":
            labels.append("feedback")
            topics = rng.sample(list(B["fb"]), 1 if rng.random() < 0.5 else 2)
            core = core + "\n\n" + P(rng, B["fb_intro"]) + "\n" + "\n".join("- " + B["fb"][t] for t in topics)
    greet = f(P(rng, B["greet"]))
    parts = [greet, _cap(lang, core), f(P(rng, B["sign"])), f(P(rng, B["foot"]))]
    body = "\n\n".join(x for x in parts if x)
    html = None
    if rng.random() < 0.2:
        html = K.html_wrap([x for x in parts if x], rng, brand=co if company else "")
        if rng.random() < 0.5:
            body = ""
    return K.rec(fam, n, lang=lang, from_name=from_name, from_addr=from_addr, to_addr=to, subject=subj, body_text=body,
                 body_html=html, labels=labels, company=company, topics=topics, oc=oc)


def generate(rng: random.Random) -> Iterable[dict]:
    plan = ["ack"] * 5 + ["inv"] * 6 + ["rej"] * 5 + ["rej_oc"] * 3 + ["rej_fb"] * 4 + ["offer"] * 3 + ["fbreq"] * 3 + \
        ["sentneg"] * 4 + ["neg"] * 10 + ["gen"] * 4
    for lang in ("de", "fr", "es"):
        p = plan[:]
        rng.shuffle(p)
        for n, kind in enumerate(p, 1):
            yield _one(rng, lang, n, kind)
