"""Writer w27: formal German, French and Spanish letters from public bodies, banks, insurers and universities.

Same idea as gen_w27_letters: long letters with policy paragraphs, one or two sentences decide the label.
"""

from __future__ import annotations

import os
import random
import sys
from typing import Iterable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _w27_world as W  # noqa: E402

FAMILY_PREFIX = "w27intl"
pick = W.pick

ORGS = {
    "de": ["Stadtverwaltung {P}", "Landesamt für {A}", "Kreissparkasse {P}", "{S} Versicherung AG", "Universitätsklinikum {P}",
           "Hochschule {P}", "Bezirksamt {P}", "{S} Lebensversicherung a.G.", "Landratsamt {P}", "Stadtwerke {P} GmbH"],
    "fr": ["Mairie de {P}", "Centre hospitalier de {P}", "Université de {P}", "Conseil départemental de {P}", "{S} Assurances",
           "Caisse régionale {S}", "Cabinet {L} & Associés", "Communauté d'agglomération de {P}", "{S} Mutuelle"],
    "es": ["Ayuntamiento de {P}", "Hospital Universitario de {P}", "Universidad de {P}", "Diputación Provincial de {P}",
           "{S} Seguros", "Caja Rural de {P}", "{L} Abogados", "Consorcio de Aguas de {P}"],
}
PLACES = {"de": ["Kirchhain", "Neuweiler", "Altstetten", "Rosenfeld", "Bad Hollbach", "Grünstadt", "Lindenau", "Waldbröl-Ost"],
          "fr": ["Saint-Aubrac", "Vauclerc", "Montferrand-sur-Lys", "Bellegarde", "Ormesson", "Castelmoron", "Villedieu"],
          "es": ["Valdeolmos", "San Lorién", "Castrelo", "Almenara del Río", "Torrebaja", "Villanueva de Ansó"]}
AREAS = {"de": ["Umwelt", "Statistik", "Vermessung", "Denkmalpflege", "Verbraucherschutz"], "fr": [""], "es": [""]}
POSTS = {
    "de": ["Sachbearbeiter/in Personalwesen (E9a)", "IT-Systemadministrator/in (m/w/d)", "Referent/in Controlling",
           "Softwareentwickler/in Fachverfahren", "Kreditanalyst/in", "Pflegefachkraft Intensivstation", "Verwaltungsfachangestellte/r"],
    "fr": ["Chargé(e) de mission ressources humaines", "Développeur(se) applications métiers", "Gestionnaire comptable",
           "Juriste en droit public", "Technicien(ne) informatique", "Infirmier(ère) de bloc", "Analyste risques"],
    "es": ["Técnico/a de Administración General", "Analista programador/a", "Auxiliar administrativo/a",
           "Responsable de Recursos Humanos", "Enfermero/a de quirófano", "Gestor/a de riesgos", "Asesor/a jurídico/a"],
}
NAMES = {"de": ["Dr. Sabine Krüger", "Thomas Wendt", "Heike Albrecht", "Matthias Bauer", "Ulrike Sommer", "Jens Hoffmann", "Petra Lindner"],
         "fr": ["Sophie Marchand", "Jean-Luc Perrin", "Catherine Leroy", "Nicolas Faure", "Isabelle Morel", "Hélène Dufour"],
         "es": ["María José Ortega", "Javier Navarro", "Carmen Ruiz", "Alberto Domínguez", "Lucía Herrero", "Fernando Gil"]}
CAND = {"de": [("Lena", "Schubert"), ("Felix", "Brandt"), ("Anna", "Keller"), ("Jonas", "Wagner"), ("Miriam", "Yilmaz")],
        "fr": [("Camille", "Rousseau"), ("Julien", "Lambert"), ("Inès", "Benali"), ("Thomas", "Girard"), ("Manon", "Petit")],
        "es": [("Laura", "Sánchez"), ("Pablo", "Moreno"), ("Irene", "Castro"), ("Diego", "Romero"), ("Nuria", "Vidal")]}

T = {
    "de": {
        "greet": ["Sehr geehrte Frau {cl},", "Sehr geehrter Herr {cl},", "Sehr geehrte/r {cf} {cl},", "Guten Tag {cf} {cl},"],
        "open": ["wir beziehen uns auf Ihre Bewerbung auf die Stelle „{role}“ (Kennziffer {ref}).",
                 "vielen Dank für Ihr Interesse an der ausgeschriebenen Stelle „{role}“, Kennziffer {ref}.",
                 "in dem Stellenbesetzungsverfahren „{role}“ (Kennziffer {ref}) möchten wir Sie wie folgt informieren."],
        "ack": ["Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen am {d1}.",
                "Ihre Bewerbung ist vollständig bei uns eingegangen und wurde unter der Nummer {candno} erfasst.",
                "Wir bestätigen Ihnen den Eingang Ihrer Online-Bewerbung."],
        "ack2": ["Nach Ablauf der Bewerbungsfrist am {d2} werden alle Bewerbungen anhand des Anforderungsprofils gesichtet; die Auswahlgespräche sind für die Kalenderwoche {kw} vorgesehen.",
                 "Bitte haben Sie Verständnis dafür, dass die Sichtung der Unterlagen einige Wochen in Anspruch nehmen kann.",
                 "Über den weiteren Verlauf des Verfahrens informieren wir Sie unaufgefordert."],
        "inv": ["Wir freuen uns, Sie zu einem Vorstellungsgespräch am {d2} um {t1} Uhr einzuladen.",
                "Nach Sichtung der Unterlagen möchten wir Sie gerne persönlich kennenlernen und laden Sie zu einem Auswahlgespräch am {d2} um {t1} Uhr ein.",
                "Ihre Bewerbung hat uns überzeugt: Wir laden Sie hiermit zum strukturierten Interview am {d2} ein."],
        "inv2": ["Das Gespräch findet in Raum {room} statt und dauert etwa 45 Minuten; der Auswahlkommission gehören die Fachbereichsleitung, die Gleichstellungsbeauftragte und ein Mitglied des Personalrats an.",
                 "Bitte bereiten Sie eine zehnminütige Präsentation zum Thema „Digitalisierung der Verwaltung“ vor.",
                 "Vor dem Gespräch ist ein schriftlicher Test von 30 Minuten vorgesehen."],
        "inv3": ["Bitte bestätigen Sie Ihre Teilnahme bis zum {d1} per E-Mail.", "Sollte Ihnen der Termin nicht möglich sein, melden Sie sich bitte umgehend."],
        "rej": ["Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können.",
                "Leider können wir Ihnen die Stelle nach dem Auswahlgespräch vom {d1} nicht anbieten.",
                "Wir bedauern, Ihnen mitteilen zu müssen, dass die Wahl auf eine andere Bewerberin bzw. einen anderen Bewerber gefallen ist."],
        "reasons": {"closer_fit": "Die Auswahlkommission hat sich für eine Person entschieden, deren Qualifikation dem Anforderungsprofil noch besser entspricht.",
                    "role_cancelled": "Die Stelle wird aufgrund einer organisatorischen Neuausrichtung nicht besetzt.",
                    "budget_freeze": "Aufgrund der vorläufigen Haushaltsführung besteht derzeit eine Stellenbesetzungssperre.",
                    "role_filled": "Die Stelle konnte inzwischen besetzt werden."},
        "fb_intro": ["Auf Ihren Wunsch geben wir Ihnen gern eine kurze Rückmeldung zum Gespräch:", "Zur Erläuterung der Entscheidung teilen wir Ihnen die Einschätzung der Kommission mit:"],
        "weak": {"technical_depth": "Bei den Fachfragen blieben Ihre Antworten aus Sicht der Kommission eher allgemein.",
                 "behavioural": "Ihre Beispiele aus der Praxis waren wenig konkret; Ihr eigener Beitrag wurde nicht immer deutlich.",
                 "communication": "Ihre Antworten waren teilweise sehr ausführlich, der Kern der Aussage ging dabei verloren.",
                 "experience_level": "Ihre Führungserfahrung entspricht noch nicht ganz dem für diese Entgeltgruppe erwarteten Umfang.",
                 "cv_positioning": "Aus Ihren Unterlagen ging der Bezug Ihrer bisherigen Tätigkeit zu den Anforderungen der Stelle nicht klar hervor."},
        "offer": ["Wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission sich für Sie entschieden hat. Wir bieten Ihnen die Stelle zum {d3} an.",
                  "Gerne möchten wir Sie zum nächstmöglichen Zeitpunkt als {role} einstellen; die Eingruppierung erfolgt in die Entgeltgruppe {grade} TVöD."],
        "offer2": ["Die Einstellung steht unter dem Vorbehalt der Zustimmung des Personalrats sowie der Vorlage eines erweiterten Führungszeugnisses.",
                   "Voraussetzung ist die gesundheitliche Eignung, die durch den betriebsärztlichen Dienst festgestellt wird."],
        "neg": {"update": "Wir möchten Sie darüber informieren, dass sich das Auswahlverfahren verzögert. Die Sichtung der Bewerbungen wird voraussichtlich bis zum {d2} abgeschlossen sein; Ihre Bewerbung befindet sich weiterhin im Verfahren.",
                "booked": "wie telefonisch vereinbart bestätigen wir Ihnen den Termin für Ihr Vorstellungsgespräch am {d2} um {t1} Uhr. Bitte bringen Sie Ihren Personalausweis mit.",
                "admission": "Ihrem Antrag auf Zulassung zum Masterstudiengang Verwaltungswissenschaft können wir leider nicht entsprechen, da die Zahl der Bewerbungen die Zahl der Studienplätze übersteigt.",
                "grant": "Ihr Antrag auf Förderung im Programm „Kultur vor Ort“ wurde vom Beirat geprüft. Leider kann eine Förderung in dieser Runde nicht bewilligt werden.",
                "payroll": "Mit der Gehaltsabrechnung für den kommenden Monat wird die tarifliche Erhöhung von 3,5 % rückwirkend umgesetzt. Die Nachzahlung erfolgt automatisch.",
                "cantshare": "Vielen Dank für Ihre Nachfrage. Bitte haben Sie Verständnis dafür, dass wir aus Gründen der Gleichbehandlung keine individuellen Rückmeldungen zu Auswahlentscheidungen geben."},
        "boiler": ["Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt; bitte weisen Sie uns auf einen Unterstützungsbedarf hin.",
                   "Reisekosten zum Vorstellungsgespräch können leider nicht erstattet werden.",
                   "Ihre personenbezogenen Daten werden gemäß Art. 6 DSGVO ausschließlich zum Zweck des Auswahlverfahrens verarbeitet und sechs Monate nach Abschluss des Verfahrens gelöscht.",
                   "Die Gleichstellungsbeauftragte und der Personalrat sind am Verfahren beteiligt.",
                   "Bewerbungen von Frauen sind ausdrücklich erwünscht.",
                   "Ihre Unterlagen werden nach Abschluss des Verfahrens datenschutzgerecht vernichtet."],
        "close": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit freundlichem Gruß"],
        "im_auftrag": "Im Auftrag",
        "subj": {"ack": "Eingangsbestätigung Ihrer Bewerbung – Kennziffer {ref}", "invite": "Einladung zum Vorstellungsgespräch – {role}",
                 "reject": "Ihre Bewerbung – Kennziffer {ref}", "offer": "Zusage – {role}", "neutral": "Stellenbesetzungsverfahren {ref}",
                 "fbreq": "Bitte um Rückmeldung – Kennziffer {ref}"},
        "fbreq": ["vielen Dank für Ihre Nachricht vom {d1}. Auch wenn ich die Entscheidung bedaure, wäre ich Ihnen dankbar für eine kurze Rückmeldung, woran es in meinem Fall gelegen hat.",
                  "ich habe Ihre Absage zur Stelle „{role}“ erhalten. Wäre es möglich, mir eine Einschätzung der Auswahlkommission zu meinem Gespräch zu geben? Das würde mir für künftige Bewerbungen sehr helfen."],
    },
    "fr": {
        "greet": ["Madame, Monsieur,", "Madame {cl},", "Monsieur {cl},", "Bonjour {cf} {cl},"],
        "open": ["Nous faisons suite à votre candidature au poste de {role} (référence {ref}).",
                 "Vous avez fait acte de candidature pour le poste de {role}, référence {ref}, et nous vous en remercions.",
                 "Nous revenons vers vous concernant le recrutement au poste de {role}."],
        "ack": ["Nous accusons bonne réception de votre dossier de candidature, reçu le {d1}.",
                "Votre candidature a bien été enregistrée sous le numéro {candno}.",
                "Nous vous confirmons la réception de votre candidature."],
        "ack2": ["Les candidatures seront examinées par le jury après la date limite du {d2} ; les entretiens devraient se dérouler au cours de la semaine du {d3}.",
                 "En l'absence de réponse de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.",
                 "Vous serez informé(e) par courriel de la suite donnée à votre dossier."],
        "inv": ["Nous avons le plaisir de vous convier à un entretien le {d2} à {t1}.",
                "Votre candidature a retenu notre attention et nous souhaitons vous rencontrer lors d'un entretien avec le jury, le {d2} à {t1}.",
                "Nous vous invitons à passer les épreuves de sélection (test écrit puis entretien) qui se tiendront le {d2}."],
        "inv2": ["L'entretien se déroulera en salle {room} et durera environ quarante-cinq minutes ; le jury sera composé du directeur des ressources humaines et du chef de service.",
                 "Il vous sera demandé de présenter en dix minutes votre parcours et votre motivation.",
                 "Merci de vous munir d'une pièce d'identité."],
        "inv3": ["Nous vous remercions de bien vouloir confirmer votre présence avant le {d1}.", "En cas d'empêchement, merci de nous prévenir dans les meilleurs délais."],
        "rej": ["Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
                "Après examen attentif de votre dossier, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.",
                "À l'issue des entretiens du {d1}, le jury n'a pas retenu votre candidature."],
        "reasons": {"closer_fit": "Le jury a retenu un profil dont l'expérience correspondait plus étroitement aux exigences du poste.",
                    "role_cancelled": "Le poste a été supprimé à la suite d'une réorganisation du service.",
                    "budget_freeze": "En raison d'un gel des recrutements décidé par la direction, ce poste ne sera pas pourvu.",
                    "role_filled": "Le poste a été pourvu."},
        "fb_intro": ["Comme vous l'avez souhaité, voici les observations du jury :", "Afin de vous aider dans vos démarches, le jury a formulé les remarques suivantes :"],
        "weak": {"technical_depth": "Vos réponses aux questions techniques sont restées assez générales.",
                 "behavioural": "Les exemples tirés de votre expérience manquaient de précision sur votre rôle personnel.",
                 "communication": "Votre présentation manquait de structure et a dépassé le temps imparti.",
                 "experience_level": "Votre expérience de l'encadrement d'équipe reste limitée au regard du poste.",
                 "questions_to_ask": "Vous n'avez posé aucune question au jury en fin d'entretien, ce qui a été relevé."},
        "offer": ["Nous avons le plaisir de vous annoncer que votre candidature a été retenue. Nous vous proposons le poste de {role} à compter du {d3}.",
                  "Suite à votre entretien, nous sommes heureux de vous faire une proposition d'embauche pour le poste de {role}, rémunéré {salary} bruts annuels."],
        "offer2": ["Cette proposition est subordonnée à la visite médicale d'aptitude et à la production d'un extrait de casier judiciaire.",
                   "Votre prise de fonctions reste soumise à la vérification de vos diplômes."],
        "neg": {"update": "Nous tenions à vous informer que l'examen des candidatures a pris du retard. Votre dossier est toujours à l'étude et le jury se réunira le {d2}.",
                "booked": "Nous vous confirmons votre rendez-vous pour l'entretien du {d2} à {t1}, tel que convenu par téléphone.",
                "admission": "Nous avons le regret de vous informer que votre candidature à l'admission en master n'a pas été retenue par la commission pédagogique.",
                "grant": "Votre demande de subvention au titre de l'appel à projets « Culture et territoires » n'a pas été retenue par le comité.",
                "payroll": "Nous vous informons qu'à compter du mois prochain, votre traitement sera revalorisé suite à votre avancement d'échelon.",
                "cantshare": "Nous avons bien reçu votre demande. Toutefois, compte tenu du nombre de candidatures, nous ne sommes pas en mesure de communiquer un retour individualisé."},
        "boiler": ["Conformément au RGPD, vos données seront conservées pendant deux ans puis supprimées ; vous disposez d'un droit d'accès et de rectification.",
                   "Les frais de déplacement liés à l'entretien ne sont pas pris en charge.",
                   "Tous nos postes sont ouverts aux personnes en situation de handicap ; n'hésitez pas à nous signaler tout aménagement nécessaire.",
                   "Notre collectivité s'engage en faveur de l'égalité professionnelle entre les femmes et les hommes."],
        "close": ["Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", "Veuillez agréer nos salutations distinguées.", "Bien cordialement,"],
        "im_auftrag": "Pour le Directeur général des services,",
        "subj": {"ack": "Accusé de réception de votre candidature – {ref}", "invite": "Convocation à un entretien – {role}",
                 "reject": "Votre candidature au poste de {role}", "offer": "Proposition d'embauche – {role}", "neutral": "Recrutement – réf. {ref}",
                 "fbreq": "Demande de retour – candidature {ref}"},
        "fbreq": ["Je vous remercie pour votre courrier du {d1}. Afin de progresser, je souhaiterais, si cela est possible, connaître les raisons pour lesquelles ma candidature n'a pas été retenue.",
                  "J'ai bien pris connaissance de la décision du jury. Pourriez-vous me faire part de ses observations sur mon entretien ?"],
    },
    "es": {
        "greet": ["Estimada Sra. {cl}:", "Estimado Sr. {cl}:", "Estimado/a {cf} {cl}:", "Buenos días, {cf}:"],
        "open": ["Nos ponemos en contacto con usted en relación con su candidatura al puesto de {role} (referencia {ref}).",
                 "Le agradecemos su participación en el proceso selectivo para {role}, referencia {ref}.",
                 "En relación con la convocatoria para la plaza de {role}, le informamos de lo siguiente."],
        "ack": ["Le confirmamos que hemos recibido correctamente su solicitud, registrada con el número {candno}.",
                "Acusamos recibo de su candidatura, presentada el {d1}.", "Su solicitud ha quedado registrada en nuestro sistema."],
        "ack2": ["Una vez finalizado el plazo de presentación el {d2}, el tribunal valorará los méritos y publicará la lista de admitidos.",
                 "El proceso consta de una fase de valoración curricular y una entrevista personal.",
                 "Le mantendremos informado/a de cada fase del proceso."],
        "inv": ["Nos complace convocarle a una entrevista personal el {d2} a las {t1}.",
                "Ha superado la fase de valoración de méritos, por lo que le convocamos a la prueba práctica que se celebrará el {d2}.",
                "Nos gustaría invitarle a una entrevista con el tribunal de selección el {d2}."],
        "inv2": ["La entrevista tendrá lugar en la sala {room} y durará unos cuarenta minutos.", "Deberá presentar el DNI original y los títulos alegados.",
                 "La prueba práctica consistirá en la resolución de un supuesto relacionado con las funciones del puesto."],
        "inv3": ["Le rogamos que confirme su asistencia antes del {d1}.", "Si no pudiera asistir, comuníquelo a la mayor brevedad."],
        "rej": ["Lamentamos comunicarle que su candidatura no ha sido seleccionada para continuar en el proceso.",
                "Tras la entrevista del {d1}, sentimos informarle de que no ha resultado seleccionado/a.",
                "Tras valorar detenidamente todas las candidaturas, hemos decidido no continuar con la suya."],
        "reasons": {"closer_fit": "El tribunal ha optado por un perfil cuya experiencia se ajusta más a los requisitos del puesto.",
                    "role_cancelled": "La plaza ha sido anulada tras la revisión de la relación de puestos de trabajo.",
                    "budget_freeze": "Debido a las restricciones presupuestarias vigentes, el proceso ha quedado suspendido.",
                    "role_filled": "La vacante ya ha sido cubierta."},
        "fb_intro": ["Atendiendo a su solicitud, le trasladamos las observaciones del tribunal:", "Para su orientación, el tribunal ha señalado lo siguiente:"],
        "weak": {"technical_depth": "Sus respuestas a las preguntas técnicas resultaron algo superficiales.",
                 "communication": "La exposición fue poco estructurada y excedió el tiempo previsto.",
                 "experience_level": "Su experiencia en gestión de equipos es todavía limitada para este nivel.",
                 "cv_positioning": "Su currículum no reflejaba con claridad la relación entre su experiencia y las funciones de la plaza.",
                 "composure": "Se le notó nervioso/a durante la prueba práctica, lo que afectó a su rendimiento."},
        "offer": ["Nos complace comunicarle que ha sido seleccionado/a para el puesto de {role}, con incorporación prevista el {d3}.",
                  "Tenemos el placer de ofrecerle el puesto de {role} con una retribución bruta anual de {salary}."],
        "offer2": ["La incorporación queda condicionada a la presentación del certificado de antecedentes y al reconocimiento médico.",
                   "Le rogamos que nos confirme su aceptación en un plazo de cinco días hábiles."],
        "neg": {"update": "Le informamos de que el proceso sigue en curso. La relación provisional de admitidos se publicará el {d2}; su candidatura continúa en estudio.",
                "booked": "Le recordamos que su entrevista, ya confirmada, tendrá lugar el {d2} a las {t1}.",
                "admission": "Lamentamos comunicarle que no ha sido admitido/a en el máster universitario para el próximo curso, al haberse cubierto todas las plazas.",
                "grant": "Le comunicamos que su solicitud de ayuda en la convocatoria de proyectos culturales ha sido desestimada.",
                "payroll": "Le informamos de que en la nómina del próximo mes se aplicará la actualización salarial aprobada.",
                "cantshare": "Hemos recibido su solicitud. No obstante, según nuestra política interna, no facilitamos valoraciones individuales de las candidaturas."},
        "boiler": ["De conformidad con el RGPD, sus datos serán tratados únicamente para este proceso y podrá ejercer sus derechos de acceso, rectificación y supresión.",
                   "Esta entidad garantiza la igualdad de oportunidades y la no discriminación.",
                   "Los gastos de desplazamiento no serán reembolsados.",
                   "Las personas con discapacidad podrán solicitar las adaptaciones necesarias para la realización de las pruebas."],
        "close": ["Atentamente,", "Reciba un cordial saludo,", "Un saludo,"],
        "im_auftrag": "Departamento de Recursos Humanos",
        "subj": {"ack": "Confirmación de recepción de su solicitud – {ref}", "invite": "Convocatoria a entrevista – {role}",
                 "reject": "Resultado del proceso de selección – {ref}", "offer": "Oferta de empleo – {role}", "neutral": "Proceso selectivo {ref}",
                 "fbreq": "Solicitud de valoración – {ref}"},
        "fbreq": ["Gracias por comunicarme el resultado del proceso. Le agradecería mucho que me indicara en qué aspectos mi candidatura podría mejorar.",
                  "He recibido su comunicación del {d1}. ¿Sería posible conocer la valoración del tribunal sobre mi entrevista?"],
    },
}
KINDS = {"ack": 9, "ack_inv": 1.5, "invite": 10, "reject": 6, "rej_fb": 4, "offer": 5, "update": 4, "booked": 4,
         "admission": 3, "grant": 3, "payroll": 2.5, "cantshare": 3, "fbreq": 4}
FAMS = [("w27intl-deamt", "de", 24), ("w27intl-definanz", "de", 16), ("w27intl-frpublic", "fr", 22), ("w27intl-frprive", "fr", 14),
        ("w27intl-espublico", "es", 24)]


def _one(rng: random.Random, fam: str, lang: str) -> dict:
    t = T[lang]
    kinds = list(KINDS)
    kind = rng.choices(kinds, weights=[KINDS[k] for k in kinds])[0]
    if "finanz" in fam or "prive" in fam:
        orgs = [o for o in ORGS[lang] if "{S}" in o or "{L}" in o]
    else:
        orgs = [o for o in ORGS[lang] if "{S}" not in o]
    org = pick(rng, orgs).format(P=pick(rng, PLACES[lang]), A=pick(rng, AREAS[lang]), S=pick(rng, W.STEMS), L=pick(rng, W.SURNAMES))
    cf, cl = pick(rng, CAND[lang])
    caddr = f"{W.slug(cf)}.{W.slug(cl)}{rng.randint(1, 90)}@{pick(rng, ['gmx.de', 'web.de', 'orange.fr', 'free.fr', 'gmail.com', 'hotmail.es'])}"
    officer = pick(rng, NAMES[lang])
    dom = W.slug(org)[:20] + {"de": ".de", "fr": ".fr", "es": ".es"}[lang]
    c = {"role": pick(rng, POSTS[lang]), "ref": f"{rng.randint(10, 99)}/{rng.randint(2025, 2026)}-{rng.randint(100, 999)}",
         "d1": f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.2025" if lang == "de" else f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/2025",
         "d2": f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.2025" if lang == "de" else f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/2025",
         "d3": f"01.{rng.randint(1, 12):02d}.2026" if lang == "de" else f"1/{rng.randint(1, 12):02d}/2026",
         "t1": f"{rng.choice([9, 10, 11, 14, 15])}:{rng.choice(['00', '30'])}", "room": f"{rng.choice(['A', 'B', 'C'])}{rng.randint(1, 4)}.{rng.randint(10, 40)}",
         "candno": str(rng.randint(10000, 99999)), "kw": str(rng.randint(2, 50)), "grade": str(rng.randint(8, 13)),
         "salary": f"{rng.randint(34, 58)} 000 €", "cf": cf, "cl": cl, "org": org}
    labels: list[str] = []
    reasons: list[str] = []
    topics: list[str] = []
    company: str | None = org
    parts = [pick(rng, t["greet"])]
    folder = "INBOX"
    if kind == "fbreq":
        folder = "Sent"
        labels = ["feedback_request"]
        parts = [pick(rng, ["Sehr geehrte Damen und Herren,", f"Sehr geehrte/r {officer},"] if lang == "de" else
                      ["Madame, Monsieur,", f"Bonjour {officer},"] if lang == "fr" else ["Estimados señores:", f"Estimado/a {officer}:"]),
                 pick(rng, t["fbreq"]), pick(rng, t["close"][-2:]) + f"\n{cf} {cl}"]
        quoted = pick(rng, t["open"]) + " " + pick(rng, t["rej"])
        parts.append(f"{'Am' if lang == 'de' else 'Le' if lang == 'fr' else 'El'} {c['d1']}, {officer} <rrhh@{dom}>:\n> " + quoted)
        subject = t["subj"]["fbreq"]
    else:
        if kind in ("ack", "ack_inv", "invite", "reject", "rej_fb", "offer", "update", "cantshare"):
            parts.append(pick(rng, t["open"]))
        if kind in ("ack", "ack_inv"):
            labels = ["application_ack"]
            parts.append(pick(rng, t["ack"]) + " " + pick(rng, t["ack2"]))
            if kind == "ack_inv":
                labels.append("interview_invite")
                parts.append(pick(rng, t["inv"]) + " " + pick(rng, t["inv3"]))
            subject = t["subj"]["ack"]
        elif kind == "invite":
            labels = ["interview_invite"]
            parts.append(pick(rng, t["inv"]) + " " + " ".join(rng.sample(t["inv2"], k=2)))
            parts.append(pick(rng, t["inv3"]))
            subject = t["subj"]["invite"]
        elif kind in ("reject", "rej_fb"):
            labels = ["rejection"]
            p = pick(rng, t["rej"])
            if rng.random() < 0.45:
                r = pick(rng, list(t["reasons"]))
                reasons.append(r)
                p += " " + t["reasons"][r]
            parts.append(p)
            if kind == "rej_fb":
                labels.append("feedback")
                topics = rng.sample(list(t["weak"]), k=rng.choice([1, 2]))
                parts.append(pick(rng, t["fb_intro"]) + "\n" + "\n".join("– " + t["weak"][x] for x in topics))
            subject = t["subj"]["reject"]
        elif kind == "offer":
            labels = ["offer"]
            parts.append(pick(rng, t["offer"]) + " " + pick(rng, t["offer2"]))
            subject = t["subj"]["offer"]
        else:
            parts.append(t["neg"][kind])
            subject = t["subj"]["neutral"] if kind in ("update", "booked", "cantshare") else {
                "admission": {"de": "Ihr Zulassungsantrag", "fr": "Décision d'admission", "es": "Resolución de admisión"}[lang],
                "grant": {"de": "Bescheid über Ihren Förderantrag", "fr": "Appel à projets – décision", "es": "Resolución de la convocatoria de ayudas"}[lang],
                "payroll": {"de": "Information zu Ihren Bezügen", "fr": "Information paie", "es": "Información sobre su nómina"}[lang]}[kind]
            if kind in ("admission", "grant", "payroll"):
                company = None
        if rng.random() < 0.5 or kind in POSITIVE:
            subject = t["subj"]["neutral"] if rng.random() < 0.35 and kind not in ("admission", "grant", "payroll") else subject
        parts.append(" ".join(rng.sample(t["boiler"], k=rng.randint(1, 3))))
        parts.append(pick(rng, t["close"]) + "\n\n" + (t["im_auftrag"] + "\n" if rng.random() < 0.5 else "") + f"{officer}\n{org}")
    text = "\n\n".join(parts)
    text = text.format_map(c)
    subject = subject.format_map(c)
    if kind == "fbreq" or (kind == "cantshare" and rng.random() < 0.5):
        subject = ("AW: " if lang == "de" else "RE: ") + subject if kind == "cantshare" else subject
    body_html = None
    if rng.random() < 0.12 and folder == "INBOX":
        body_html, text = W.text_to_html(text, rng, org), ""
    frm = (f"{cf} {cl}", caddr) if folder == "Sent" else pick(rng, [(officer, f"{W.slug(officer.split()[-1])}@{dom}"), (f"{org}", f"bewerbung@{dom}" if lang == "de" else f"recrutement@{dom}" if lang == "fr" else f"seleccion@{dom}")])
    to = f"rrhh@{dom}" if folder == "Sent" else caddr
    return {"family": fam, "folder": folder, "lang": lang, "from_name": frm[0], "from_addr": frm[1], "to_addr": to,
            "subject": subject, "body_text": text, "body_html": body_html, "labels": labels, "company": company,
            "topics": topics, "outside_control": reasons}


POSITIVE = {"ack", "ack_inv", "invite", "reject", "rej_fb", "offer"}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, lang, n in FAMS:
        for i in range(n):
            rec = _one(rng, fam, lang)
            rec["id"] = f"{fam}-{i}"
            yield rec
