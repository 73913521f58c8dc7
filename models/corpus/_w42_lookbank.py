"""Writer 42: fragments for look-alike mail (no label) in de/fr/es/en."""

ALERT = {
    "de": {"brand": ["Jobagent StellenRadar", "Jobbörse Arbeitsplatz24", "KarriereNetz Jobagent", "jobs.ch-Suchabo"],
           "open": ["Ihr Jobagent hat {n} neue Stellen für „{q}“ gefunden:", "Neue Jobs, die zu Ihrer Suche „{q}“ in {city} passen:",
                    "Guten Morgen! Das sind die {n} neuesten Angebote für Sie:", "Diese Stellen könnten Sie interessieren ({q}, Umkreis 30 km):"],
           "item": ["{title} – {co}, {city}", "{title} | {co} | {city} | {sal}", "• {title} bei {co} ({city}) – vor {d} Tagen veröffentlicht"],
           "tail": ["Jetzt bewerben und keine Chance verpassen!", "Tipp: Vervollständigen Sie Ihr Profil, um bessere Treffer zu erhalten.",
                    "Sie erhalten diese E-Mail, weil Sie einen Jobagenten eingerichtet haben. Jobagent bearbeiten oder löschen: {url}",
                    "Bewerben Sie sich mit einem Klick – Ihre Unterlagen sind bereits hinterlegt."],
           "subj": ["{n} neue Jobs für {q}", "Neue Stellenangebote: {q} in {city}", "Ihr Jobagent: {title} und {n2} weitere", "Top-Jobs der Woche"]},
    "fr": {"brand": ["Alerte emploi CarrièresPlus", "EmploiDirect", "JobRéseau Québec", "Cadremploi Express"],
           "open": ["{n} nouvelles offres correspondent à votre alerte « {q} » :", "Voici les dernières annonces près de {city} :",
                    "Bonjour, de nouvelles offres viennent d'être publiées pour vous :", "Votre alerte emploi du jour ({q}) :"],
           "item": ["{title} – {co} – {city}", "{title} | {co} | {city} | {sal}", "• {title} chez {co} ({city}), publiée il y a {d} jours"],
           "tail": ["Postulez dès maintenant !", "Vous recevez cet e-mail car vous avez créé une alerte. Gérer mes alertes : {url}",
                    "Astuce : un profil complet multiplie par 3 vos chances d'être contacté·e.", "Candidature simplifiée en un clic."],
           "subj": ["{n} nouvelles offres : {q}", "Alerte emploi – {q} à {city}", "{title} et {n2} autres offres", "Vos offres de la semaine"]},
    "es": {"brand": ["Alerta de empleo TrabajaYa", "EmpleoNet", "BolsaLatam Empleos", "InfoTrabajo Chile"],
           "open": ["Tenemos {n} nuevas ofertas para tu búsqueda «{q}»:", "Estas vacantes en {city} encajan con tu perfil:",
                    "¡Hola! Estas son las ofertas más recientes para ti:", "Tu alerta de empleo ({q}) tiene novedades:"],
           "item": ["{title} – {co} – {city}", "{title} | {co} | {city} | {sal}", "• {title} en {co} ({city}), publicada hace {d} días"],
           "tail": ["¡Postúlate ahora!", "Recibes este correo porque creaste una alerta de empleo. Administrar alertas: {url}",
                    "Consejo: completa tu perfil para recibir mejores recomendaciones.", "Postula con un clic con tu CV guardado."],
           "subj": ["{n} nuevas ofertas de {q}", "Alerta de empleo: {q} en {city}", "{title} y {n2} vacantes más", "Ofertas de la semana"]},
    "en": {"brand": ["JobScout Europe", "RemoteEU Jobs", "CareerPing"],
           "open": ["We found {n} new jobs matching \"{q}\":", "New roles near {city} you might like:", "Your daily job alert for {q}:"],
           "item": ["{title} – {co} – {city}", "{title} | {co} | {city} | {sal}", "• {title} at {co} ({city}), posted {d} days ago"],
           "tail": ["Apply now before it's too late!", "You get this email because you set up a job alert. Manage alerts: {url}",
                    "Tip: complete your profile to get better matches."],
           "subj": ["{n} new jobs for {q}", "Job alert: {q} in {city}", "{title} and {n2} more"]},
}

HOUSING = {
    "de": {"open": ["vielen Dank für Ihr Interesse an der Wohnung in der {street}.", "danke, dass Sie sich die 3-Zimmer-Wohnung ({m2} m²) angesehen haben.",
                    "wir bedanken uns für Ihre Mietbewerbung und die eingereichten Unterlagen (Schufa, Gehaltsnachweise)."],
           "dec": ["Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.",
                   "Die Wohnung wurde inzwischen an eine andere Partei vergeben.", "Wir können Ihnen die Wohnung daher leider nicht anbieten."],
           "tail": ["Gern nehmen wir Sie in unsere Interessentenkartei auf.", "Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.",
                    "Aktuelle Angebote finden Sie auf unserer Website."],
           "from": ["Hausverwaltung {name}", "{name} Immobilien GmbH", "Wohnungsbaugenossenschaft {name} eG"],
           "subj": ["Ihre Anfrage zur Wohnung {street}", "Mietinteresse – Rückmeldung", "Wohnung {street}, {m2} m²", "Besichtigung vom {date}"]},
    "fr": {"open": ["nous vous remercions pour votre dossier de location concernant l'appartement situé {street}.",
                    "merci d'avoir visité le T3 ({m2} m²) situé au 12, {street}."],
           "dec": ["Malheureusement, le propriétaire a retenu un autre dossier.", "Nous ne pouvons pas donner une suite favorable à votre demande de location.",
                   "Le logement a été attribué à un autre candidat locataire."],
           "tail": ["Nous conservons vos coordonnées pour de prochaines offres.", "Bonne continuation dans vos recherches de logement."],
           "from": ["Agence Immobilière {name}", "Cabinet {name} Gestion", "{name} Immobilier"],
           "subj": ["Votre dossier de location", "Appartement {street} – réponse", "Suite à votre visite du {date}"]},
    "es": {"open": ["gracias por su interés en el piso de la {street}.", "le agradecemos que visitara el departamento de {m2} m² en {street}."],
           "dec": ["Lamentablemente, el propietario ha elegido a otros inquilinos.", "El inmueble ya ha sido alquilado.",
                   "No podremos continuar con su solicitud de arrendamiento."],
           "tail": ["Le mantendremos informado/a de nuevas viviendas disponibles.", "Le deseamos suerte en su búsqueda."],
           "from": ["Inmobiliaria {name}", "Administración de Fincas {name}", "{name} Propiedades"],
           "subj": ["Su solicitud de alquiler", "Piso en {street}", "Resultado de su solicitud de arriendo"]},
    "en": {"open": ["thank you for viewing the flat at {street}.", "thanks for your rental application for {street}."],
           "dec": ["Unfortunately the landlord has chosen another applicant.", "The property has now been let."],
           "tail": ["We'll let you know about similar properties.", "Good luck with your search."],
           "from": ["{name} Lettings", "{name} Property Management"], "subj": ["Your rental application", "{street} – update"]},
}
STREETS = {"de": ["Lindenstraße 14", "Am Mühlbach 3", "Kastanienallee 87", "Gutenbergplatz 2"],
           "fr": ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Saint-Michel", "rue Sherbrooke Est"],
           "es": ["calle Alcalá", "avenida Insurgentes", "calle Florida", "carrera 7"], "en": ["Canal Street 4", "Marktgasse 12"]}

EDU = {
    "de": {"who": ["Studierendensekretariat der Universität {city}", "Stiftung Bildungsweg – Stipendienprogramm", "Hochschule {city} – Zulassungsstelle",
                   "Promotionskolleg Nachhaltige Energiesysteme"],
           "neg": ["leider können wir Ihnen für den Masterstudiengang {prog} keinen Studienplatz anbieten.",
                   "nach Abschluss des Auswahlverfahrens müssen wir Ihnen mitteilen, dass wir Sie nicht in die Förderung aufnehmen können.",
                   "die Auswahlkommission hat entschieden, Ihren Antrag auf ein Promotionsstipendium nicht zu bewilligen."],
           "pos": ["wir freuen uns, Ihnen mitteilen zu können, dass Sie für den Studiengang {prog} zugelassen sind.",
                   "Ihr Antrag auf ein Stipendium wurde bewilligt. Herzlichen Glückwunsch!"],
           "mid": ["Die Zahl der Bewerbungen überstieg die verfügbaren Plätze um ein Vielfaches.", "Ihr Notendurchschnitt lag unter dem diesjährigen Grenzwert (NC 1,8).",
                   "Bitte nehmen Sie Ihren Platz bis zum {date} im Bewerbungsportal an.", "Der Bescheid ist auch in Ihrem Online-Portal abrufbar."],
           "subj": ["Zulassungsbescheid Wintersemester", "Ihr Antrag auf Förderung", "Ergebnis des Auswahlverfahrens – Stipendium", "Bescheid Masterzulassung {prog}"]},
    "fr": {"who": ["Université de {city} – Service des admissions", "Fondation Horizon – Programme de bourses", "École doctorale Sciences et Ingénierie"],
           "neg": ["nous avons le regret de vous informer que votre candidature au master {prog} n'a pas été retenue.",
                   "la commission n'a pas retenu votre dossier de demande de bourse pour cette année."],
           "pos": ["nous avons le plaisir de vous informer de votre admission en master {prog}.", "votre demande de bourse a été acceptée."],
           "mid": ["Le nombre de places étant limité, la sélection a été particulièrement exigeante.", "Vous pouvez consulter votre dossier sur la plateforme Mon Master.",
                   "Merci de confirmer votre inscription avant le {date}."],
           "subj": ["Résultat de votre candidature en master", "Décision de la commission des bourses", "Admission {prog}"]},
    "es": {"who": ["Universidad de {city} – Oficina de Admisiones", "Fundación Puentes – Programa de Becas", "Posgrado en Ingeniería – Coordinación"],
           "neg": ["lamentamos informarle que no ha sido admitido/a en el máster en {prog}.", "su solicitud de beca no ha resultado seleccionada en esta convocatoria."],
           "pos": ["nos complace informarle que ha sido admitido/a en el programa de {prog}.", "le comunicamos que su beca ha sido concedida."],
           "mid": ["El número de solicitudes superó ampliamente las plazas disponibles.", "Puede consultar la resolución en la sede electrónica.",
                   "Deberá formalizar la matrícula antes del {date}."],
           "subj": ["Resolución de admisión", "Resultado convocatoria de becas", "Admisión máster {prog}"]},
    "en": {"who": ["Graduate Admissions Office", "Horizon Fellowship Programme"],
           "neg": ["we regret that we are unable to offer you a place on the MSc {prog}.", "your fellowship application was not successful this year."],
           "pos": ["we are pleased to offer you a place on the MSc {prog}."],
           "mid": ["We received many more applications than places.", "Please accept your place by {date}."],
           "subj": ["Your application to MSc {prog}", "Fellowship decision"]},
}
PROGS = {"de": ["Wirtschaftsinformatik", "Data Science", "Umweltingenieurwesen", "Psychologie"],
         "fr": ["Management de l'innovation", "Génie civil", "Sciences des données"], "es": ["Ingeniería Industrial", "Finanzas", "Ciencia de Datos"],
         "en": ["Data Science", "Public Policy"]}

AUTO = {
    "de": ["Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an {other}.",
           "Ich bin derzeit im Urlaub und ab dem {date} wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.",
           "Danke für Ihre E-Mail! Aufgrund von Elternzeit bin ich bis auf Weiteres nicht erreichbar. Bewerbungsunterlagen senden Sie bitte an jobs@{domain}."],
    "fr": ["Je suis absent·e jusqu'au {date} inclus. Pour toute urgence, merci de contacter {other}.",
           "Bonjour, je suis actuellement en congés et consulterai mes messages à mon retour le {date}.",
           "Réponse automatique : votre message a bien été reçu par le service RH. Nous le traiterons dans les meilleurs délais."],
    "es": ["Estoy fuera de la oficina hasta el {date}. Para asuntos urgentes, escriba a {other}.",
           "Respuesta automática: me encuentro de vacaciones y tendré acceso limitado al correo hasta el {date}.",
           "Gracias por su correo. En este momento no estoy disponible; responderé a mi regreso."],
    "en": ["I am out of the office until {date} with limited access to email. For urgent matters please contact {other}.",
           "Thanks for your email. I'm on leave and will reply when I'm back on {date}."],
}
AUTO_SUBJ = {"de": "Abwesenheitsnotiz: ", "fr": "Réponse automatique : ", "es": "Respuesta automática: ", "en": "Automatic reply: "}

BOUNCE = {
    "de": ("Unzustellbar: ", "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\nBetreff: {s}\nGesendet: {date}\n\nDie folgenden Empfänger sind nicht erreichbar:\n\n{addr}\nDie E-Mail-Adresse existiert nicht. Überprüfen Sie die Adresse und versuchen Sie es erneut.\n\nDiagnoseinformationen für Administratoren:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"),
    "fr": ("Non remis : ", "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\nObjet : {s}\n\n{addr}\nL'adresse e-mail n'existe pas ou n'a pas été trouvée.\n\nCode d'erreur : 550 5.1.1 Utilisateur inconnu"),
    "es": ("No se puede entregar: ", "No se pudo entregar el mensaje a uno o varios destinatarios.\n\nAsunto: {s}\n\n{addr}\nEl buzón del destinatario está lleno y no puede aceptar mensajes en este momento.\n\nError: 552 5.2.2 Mailbox full"),
    "en": ("Undeliverable: ", "Delivery has failed to these recipients or groups:\n\n{addr}\nThe email address you entered couldn't be found.\n\nSubject: {s}\n\nDiagnostic information: 550 5.1.1 User unknown"),
}

EVENT = {
    "de": {"kind": ["Webinar „Bewerben bei {co}: So läuft unser Auswahlprozess“", "Karrieremesse „{city} Jobtage“", "Online-Infoabend für Absolvent*innen",
                    "Bewerbungstraining kompakt – Ihr perfektes Anschreiben in 2 Stunden", "Meet & Greet am Stand von {co} auf der Messe „Connecticum“"],
           "open": ["wir laden Sie herzlich ein:", "save the date!", "Sie möchten mehr über Karrierewege bei uns erfahren? Dann sind Sie hier richtig:",
                    "nutzen Sie Ihre Chance und melden Sie sich jetzt an:"],
           "detail": ["Termin: {date}, {time}, Dauer ca. 60 Minuten. Teilnahme kostenlos.", "Wo: Messehalle 3, Stand B12. Bringen Sie gern Ihren Lebenslauf mit!",
                      "Unsere Coaches zeigen Ihnen, wie Sie im Vorstellungsgespräch überzeugen. Frühbucherpreis: 49 € statt 79 €.",
                      "Im Anschluss beantworten Recruiter*innen live Ihre Fragen im Chat."],
           "cta": ["Jetzt anmelden: {url}", "Plätze sind begrenzt – hier registrieren: {url}", "Zur Anmeldung"],
           "subj": ["Einladung: {k}", "Nur noch wenige Plätze – {k}", "Ihre Einladung zum Karriere-Event", "{k} – jetzt anmelden"]},
    "fr": {"kind": ["Webinaire « Rejoindre {co} : nos métiers et notre processus de recrutement »", "Salon de l'emploi de {city}",
                    "Atelier CV & LinkedIn – coaching en ligne", "Forum Alternance {co}", "Job dating sur le stand de {co}"],
           "open": ["nous avons le plaisir de vous inviter :", "réservez la date !", "envie d'en savoir plus sur nos métiers ?"],
           "detail": ["Le {date} à {time}, en ligne, gratuit.", "Stand C4, hall principal. Pensez à apporter votre CV !",
                      "Nos coachs vous donnent les clés pour réussir vos entretiens. Tarif : 39 €.", "Session de questions-réponses avec nos recruteurs."],
           "cta": ["Je m'inscris : {url}", "Places limitées – inscription ici : {url}"],
           "subj": ["Invitation : {k}", "Dernières places – {k}", "Votre invitation"]},
    "es": {"kind": ["Webinar «Trabajar en {co}: así es nuestro proceso»", "Feria de empleo {city}", "Taller online: cómo preparar tu entrevista",
                    "Jornada de puertas abiertas en {co}", "Curso intensivo de búsqueda de empleo"],
           "open": ["te invitamos a:", "¡reserva la fecha!", "¿quieres conocer nuestras oportunidades?"],
           "detail": ["El {date} a {time}, online y gratuito.", "Stand 14, pabellón 2. ¡Trae tu CV!",
                      "Nuestros coaches te enseñan a superar cualquier entrevista. Precio especial: 29 €.", "Al final habrá una ronda de preguntas con el equipo de selección."],
           "cta": ["Inscríbete aquí: {url}", "Cupos limitados – regístrate: {url}"],
           "subj": ["Invitación: {k}", "Últimos cupos – {k}", "Te esperamos en {k}"]},
    "en": {"kind": ["Webinar: Careers at {co}", "{city} Tech Job Fair", "Interview Masterclass – online workshop"],
           "open": ["you're invited:", "save the date!"],
           "detail": ["{date}, {time}, online, free of charge.", "Booth 7, Hall A. Bring your CV!", "Learn how to ace any interview. Early bird: EUR 49."],
           "cta": ["Register now: {url}"], "subj": ["Invitation: {k}", "Last seats – {k}"]},
}

APPT = {
    "de": ["Terminbestätigung: Ihr Termin im Bürgerbüro {city} am {date} um {time}. Bitte bringen Sie Ihren Personalausweis mit.",
           "Erinnerung an Ihren Termin bei Zahnarztpraxis Dr. {last} am {date}, {time}. Bei Verhinderung bitte 24 Stunden vorher absagen.",
           "Ihr Beratungstermin bei der Agentur für Arbeit ist am {date} um {time}. Bitte halten Sie Ihre Bewerbungsnachweise bereit.",
           "Erinnerung: Morgen, {date}, um {time} haben Sie ein Gespräch mit {co} (Raum 2.14). Wir freuen uns auf Sie. Anfahrt siehe Anhang."],
    "fr": ["Rappel : votre rendez-vous à la préfecture de {city} est fixé au {date} à {time}.",
           "Votre rendez-vous chez le Dr {last} est confirmé pour le {date} à {time}.",
           "Rappel : votre rendez-vous avec votre conseiller France Travail aura lieu le {date} à {time}.",
           "Pour rappel, votre entretien chez {co} a lieu demain à {time}, à l'accueil du bâtiment B. À demain !"],
    "es": ["Le recordamos su cita en el Registro Civil de {city} el {date} a {time}.", "Recordatorio: cita con la Dra. {last} el {date}, {time}.",
           "Su cita en la oficina de empleo está programada para el {date} a {time}.",
           "Recordatorio: mañana a {time} tiene su entrevista en {co}. Pregunte por recepción en la planta 3."],
    "en": ["Reminder: your appointment at the {city} citizens' office is on {date} at {time}.",
           "Just a reminder that your interview with {co} is tomorrow at {time}. Ask for us at reception."],
}

PANEL = {
    "de": ["Hi {first},\n\nkannst du am {date} um {time} beim Zweitgespräch für unsere offene Stelle im Controlling dabei sein? Die Kandidatin hat einen spannenden Background, ich hätte gern deine fachliche Einschätzung. Den Bewertungsbogen schicke ich dir vorab.\n\nDanke & Gruß\n{sender}",
           "Liebe Kolleginnen und Kollegen,\n\nfür die Besetzung der Teamleitung Einkauf suchen wir noch zwei Personen für das Interviewpanel am {date}. Bitte tragt euch bis Freitag in die Liste ein. Die Interviewleitfäden liegen im Sharepoint.\n\nViele Grüße\n{sender}\nPeople & Culture"],
    "fr": ["Bonjour {first},\n\npourrais-tu participer au jury d'entretien le {date} à {time} pour le poste de contrôleur de gestion ? J'ai besoin d'un regard technique. Je t'envoie la grille d'évaluation.\n\nMerci !\n{sender}",
           "Bonjour à tous,\n\nnous cherchons des volontaires pour faire passer des entretiens lors du job dating du {date}. Merci de vous inscrire auprès de l'équipe RH.\n\n{sender}"],
    "es": ["Hola {first},\n\n¿podrías sumarte a la entrevista técnica del {date} a {time}? Es para la vacante de analista de datos y me vendría bien tu opinión. Te paso la guía de preguntas.\n\nGracias,\n{sender}",
           "Equipo:\n\nnecesitamos entrevistadores para el assessment del {date}. Quien pueda, que se anote en el Excel compartido.\n\nSaludos,\n{sender}"],
    "en": ["Hi {first},\n\ncould you join the interview panel on {date} at {time} for the backend role? I'd value your technical read on the candidate. Scorecard to follow.\n\nThanks,\n{sender}"],
}

SCAM = {
    "de": ["Sehr geehrte/r Bewerber/in,\n\nherzlichen Glückwunsch! Sie wurden für eine Stelle als Home-Office-Assistent*in ausgewählt. Verdienst: 450 € pro Tag, keine Erfahrung nötig. Um Ihren Arbeitsvertrag zu erhalten, überweisen Sie bitte eine Bearbeitungsgebühr von 89 € und senden Sie uns eine Kopie Ihres Ausweises.\n\nMit freundlichen Grüßen\nPersonalabteilung {co2}",
           "Hallo,\n\nwir haben Ihren Lebenslauf auf einer Jobbörse gesehen. Wir bieten Ihnen einen Nebenjob als Paketagent: Sie nehmen Pakete an und leiten sie weiter. 2.500 € monatlich! Antworten Sie per WhatsApp an +44 7700 {n}.\n\n{co2} Recruitment"],
    "fr": ["Bonjour,\n\nFélicitations, votre profil a été retenu pour un poste de télétravail rémunéré 300 € par jour ! Pour recevoir votre contrat, merci de régler des frais de dossier de 75 € par carte cadeau.\n\nService RH {co2}",
           "Madame, Monsieur,\n\nsuite à votre CV, nous vous proposons un emploi de « testeur de virements ». Envoyez-nous vos coordonnées bancaires pour votre premier salaire.\n\n{co2}"],
    "es": ["Estimado candidato:\n\n¡Felicidades! Ha sido seleccionado para trabajar desde casa ganando 400 USD diarios. Para activar su contrato debe abonar 50 USD de gastos administrativos.\n\nRecursos Humanos {co2}",
           "Hola,\n\nvimos tu perfil y te ofrecemos un trabajo de medio tiempo dando likes en redes. Pago inmediato. Escríbenos por Telegram para recibir tu 'carta oferta'.\n\n{co2}"],
    "en": ["Dear Candidate,\n\nCongratulations! You have been selected for a remote data-entry position paying $500/day. To receive your offer letter, please pay a one-time onboarding fee of $99 in gift cards.\n\nHR Department\n{co2}"],
}
SCAM_SUBJ = {"de": ["Ihre Zusage – Home-Office-Job", "Arbeitsvertrag bereit!", "Jobangebot für Sie"],
             "fr": ["Votre promesse d'embauche", "Félicitations – poste retenu", "Offre d'emploi urgente"],
             "es": ["Su carta oferta", "¡Felicidades! Ha sido seleccionado", "Oferta de trabajo inmediata"],
             "en": ["Your offer letter", "Congratulations – you're hired!"]}
SCAM_CO = ["Global Staffing Solutions Ltd", "EuroWork Partners", "Prime Remote Group", "WorkFlex International"]

NEWS = {
    "de": ["Neues aus dem Talentpool: Diesen Monat stellen wir Ihnen unser Team in {city} vor und verraten, wie ein typischer Tag in der Logistik aussieht. Außerdem: drei neue Stellen, die zu Ihrem Profil passen könnten.",
           "Ihr Karriere-Newsletter von {co}: Wir sind als „Top Arbeitgeber 2026“ ausgezeichnet worden! Lesen Sie, was unsere Auszubildenden dazu sagen."],
    "fr": ["La newsletter carrières de {co} : ce mois-ci, rencontrez nos équipes de {city} et découvrez nos nouveaux métiers.",
           "Vous faites partie de notre vivier de talents : voici nos actualités et nos offres du moment."],
    "es": ["Boletín de talento de {co}: este mes te presentamos a nuestro equipo de {city} y nuestras vacantes destacadas.",
           "Formas parte de nuestra comunidad de talento: estas son nuestras novedades del trimestre."],
    "en": ["Talent community newsletter from {co}: meet our {city} team and see this month's open roles."],
}

# slot-assembled versions (used instead of the whole templates above)
SCAM_SLOTS = {
    "de": {"hi": ["Sehr geehrte/r Bewerber/in,", "Hallo,", "Guten Tag,", "Lieber Jobsuchender,"],
           "hook": ["herzlichen Glückwunsch! Sie wurden für eine Stelle als Home-Office-Assistent*in ausgewählt.",
                    "wir haben Ihren Lebenslauf auf einer Jobbörse gesehen und bieten Ihnen einen Nebenjob als Paketagent an.",
                    "Ihre Bewerbung war erfolgreich – Sie können sofort als Produkttester*in bei uns anfangen.",
                    "aufgrund Ihres Profils erhalten Sie hiermit eine Zusage für eine Remote-Tätigkeit im Zahlungsverkehr."],
           "pay": ["Verdienst: 450 € pro Tag, keine Erfahrung nötig.", "2.500 € monatlich bei nur 2 Stunden Arbeit am Tag!",
                   "Bezahlung wöchentlich, bis zu 800 € netto.", "Steuerfrei und flexibel von zu Hause."],
           "ask": ["Um Ihren Arbeitsvertrag zu erhalten, überweisen Sie bitte eine Bearbeitungsgebühr von 89 €.",
                   "Senden Sie uns bitte eine Kopie Ihres Personalausweises und Ihre IBAN.",
                   "Für die Aktivierung Ihres Mitarbeiterkontos kaufen Sie bitte eine Guthabenkarte über 100 €.",
                   "Antworten Sie per WhatsApp an +44 7700 {n}, die Plätze sind begrenzt."],
           "sign": ["Personalabteilung {co2}", "{co2} Recruitment", "HR Team\n{co2}", "Mit freundlichen Grüßen\n{co2}"]},
    "fr": {"hi": ["Bonjour,", "Madame, Monsieur,", "Cher candidat,", "Bonjour cher(e) candidat(e),"],
           "hook": ["Félicitations, votre profil a été retenu pour un poste en télétravail !", "suite à votre CV, nous vous proposons un emploi de « testeur de virements ».",
                    "vous êtes sélectionné(e) pour une mission de gestionnaire de colis à domicile.", "votre candidature est acceptée : poste d'assistant(e) virtuel(le) disponible immédiatement."],
           "pay": ["Rémunération : 300 € par jour.", "Jusqu'à 3 000 € par mois, sans expérience.", "Paiement chaque vendredi, non imposable."],
           "ask": ["Pour recevoir votre contrat, merci de régler des frais de dossier de 75 € par carte cadeau.", "Envoyez-nous vos coordonnées bancaires pour votre premier salaire.",
                   "Merci de nous transmettre une copie de votre pièce d'identité sous 24 h.", "Contactez-nous sur Telegram pour valider votre promesse d'embauche."],
           "sign": ["Service RH {co2}", "{co2}", "L'équipe recrutement\n{co2}"]},
    "es": {"hi": ["Estimado candidato:", "Hola,", "Buen día,", "Estimado/a postulante:"],
           "hook": ["¡Felicidades! Ha sido seleccionado para trabajar desde casa.", "vimos tu perfil y te ofrecemos un trabajo de medio tiempo dando likes en redes.",
                    "su postulación fue aprobada para el puesto de agente de pagos internacional.", "queda contratado/a como asistente remoto con efecto inmediato."],
           "pay": ["Ganancias de 400 USD diarios.", "Pago inmediato por cada tarea.", "Hasta 2.000 € al mes sin experiencia."],
           "ask": ["Para activar su contrato debe abonar 50 USD de gastos administrativos.", "Escríbenos por Telegram para recibir tu 'carta oferta'.",
                   "Envíe foto de su documento de identidad y datos bancarios.", "Compre una tarjeta regalo de 100 USD para validar su alta."],
           "sign": ["Recursos Humanos {co2}", "{co2}", "Equipo de Talento\n{co2}"]},
    "en": {"hi": ["Dear Candidate,", "Hello,", "Dear Applicant,"],
           "hook": ["Congratulations! You have been selected for a remote data-entry position.", "we found your CV online and want to hire you as a package reshipper.",
                    "your application for our virtual assistant role has been approved."],
           "pay": ["Pay: $500/day.", "Earn up to EUR 3,000 a month, no experience needed."],
           "ask": ["To receive your offer letter, please pay a one-time onboarding fee of $99 in gift cards.", "Reply with a copy of your passport and bank details.",
                   "Message us on WhatsApp to confirm your start date."],
           "sign": ["HR Department\n{co2}", "{co2} Hiring Desk"]},
}

PANEL_SLOTS = {
    "de": {"hi": ["Hi {first},", "Hallo {first},", "Liebe Kolleginnen und Kollegen,", "Moin {first},", "Servus {first},"],
           "ask": ["kannst du am {date} um {time} beim Zweitgespräch dabei sein?", "hättest du Zeit, am {date} ({time}) ein Interview mit mir zu führen?",
                   "wir suchen noch zwei Personen für das Interviewpanel am {date}.", "magst du am {date} um {time} den Fachteil im Vorstellungsgespräch übernehmen?"],
           "ctx": ["Es geht um unsere offene Stelle im Controlling.", "Die Kandidatin bewirbt sich auf die Teamleitung Einkauf.",
                   "Der Bewerber hat einen spannenden Background im Data Engineering.", "Es ist die dritte Runde für die Werkstudentenstelle bei uns im Team."],
           "log": ["Den Bewertungsbogen schicke ich dir vorab.", "Die Interviewleitfäden liegen im Sharepoint.", "Bitte tragt euch bis Freitag in die Liste ein.",
                   "Raum 3.12 ist gebucht, Teams-Link kommt per Einladung.", "Lebenslauf hängt an."],
           "bye": ["Danke & Gruß", "Viele Grüße", "Danke dir!", "LG"]},
    "fr": {"hi": ["Bonjour {first},", "Salut {first},", "Bonjour à tous,", "Hello {first},"],
           "ask": ["pourrais-tu participer au jury d'entretien le {date} à {time} ?", "serais-tu dispo le {date} pour faire passer un entretien avec moi ?",
                   "nous cherchons des volontaires pour les entretiens du job dating du {date}.", "peux-tu prendre la partie technique de l'entretien du {date} à {time} ?"],
           "ctx": ["C'est pour le poste de contrôleur de gestion.", "La candidate vise le poste de cheffe de projet.", "Le candidat a un profil data intéressant."],
           "log": ["Je t'envoie la grille d'évaluation.", "Merci de vous inscrire auprès de l'équipe RH.", "Salle Mont-Blanc réservée.", "Le CV est en pièce jointe."],
           "bye": ["Merci !", "Bonne journée,", "Merci d'avance,"]},
    "es": {"hi": ["Hola {first},", "Equipo:", "Buenas {first},", "¿Qué tal {first}?"],
           "ask": ["¿podrías sumarte a la entrevista técnica del {date} a {time}?", "necesitamos entrevistadores para el assessment del {date}.",
                   "¿me echas una mano con una entrevista el {date}?", "¿puedes liderar la parte técnica de la entrevista del {date} a {time}?"],
           "ctx": ["Es para la vacante de analista de datos.", "La candidata postula a jefa de logística.", "El candidato viene de una fintech."],
           "log": ["Te paso la guía de preguntas.", "Quien pueda, que se anote en el Excel compartido.", "Sala 4 reservada.", "Adjunto el CV."],
           "bye": ["Gracias,", "Saludos,", "¡Gracias!"]},
    "en": {"hi": ["Hi {first},", "Hey {first},", "Hi all,"],
           "ask": ["could you join the interview panel on {date} at {time}?", "would you have time to interview a candidate with me on {date}?",
                   "we need two more interviewers for the onsite on {date}."],
           "ctx": ["It's for the backend role.", "The candidate is applying for the product lead position.", "Great profile from the data side."],
           "log": ["Scorecard to follow.", "Please sign up in the sheet by Friday.", "Room booked, CV attached."],
           "bye": ["Thanks,", "Cheers,", "Thanks a lot,"]},
}

HOUSING["de"]["open"] += ["danke für Ihre Nachricht über unser Portal zur 2-Zimmer-Wohnung mit Balkon ({m2} m²).",
                          "wir haben Ihre Selbstauskunft für die Wohnung {street} erhalten – vielen Dank dafür."]
HOUSING["de"]["dec"] += ["Aufgrund der sehr hohen Nachfrage (über 200 Anfragen) konnten wir Sie leider nicht zur Besichtigung einladen.",
                         "Der Vermieter hat sich nach den Besichtigungen anders entschieden."]
HOUSING["de"]["tail"] += ["Ihre Unterlagen werden gemäß DSGVO nach vier Wochen vernichtet.", "Bitte sehen Sie von Rückfragen ab."]
HOUSING["fr"]["open"] += ["nous avons bien étudié votre dossier pour le studio de {m2} m².", "merci pour votre intérêt pour notre bien situé {street}."]
HOUSING["fr"]["dec"] += ["Au vu du nombre de demandes, le propriétaire a retenu un dossier avec garant.", "Votre dossier n'a pas été retenu par la commission d'attribution."]
HOUSING["es"]["open"] += ["hemos revisado su documentación para el estudio de {m2} m².", "gracias por enviarnos sus datos para el piso de {street}."]
HOUSING["es"]["dec"] += ["Dada la alta demanda, la propiedad se asignó a otra familia.", "El propietario ha preferido un contrato con aval bancario."]
EDU["de"]["mid"] += ["Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.", "Für das Sommersemester ist eine erneute Bewerbung möglich."]
EDU["fr"]["mid"] += ["Vous pouvez déposer un recours gracieux dans un délai de deux mois.", "Une nouvelle candidature est possible à la prochaine session."]
EDU["es"]["mid"] += ["Contra esta resolución puede interponer recurso de alzada en el plazo de un mes.", "Podrá volver a presentar su solicitud en la próxima convocatoria."]
AUTO["de"] += ["Vielen Dank für Ihre E-Mail. Ich befinde mich auf einer Dienstreise und lese meine Nachrichten nur unregelmäßig. Ab {date} bin ich wieder im Büro.",
               "Bitte beachten Sie: Ich arbeite in Teilzeit (Mo–Mi). Ihre Nachricht beantworte ich am nächsten Arbeitstag. Vertretung: {other}."]
AUTO["fr"] += ["Je suis en déplacement et répondrai à votre message à mon retour le {date}. En cas d'urgence : {other}."]
AUTO["es"] += ["Me encuentro de viaje de trabajo; responderé a su correo a partir del {date}. Para urgencias: {other}."]
