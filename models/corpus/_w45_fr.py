"""w45: French fragments (written fresh for this corpus)."""

STEPS = {
    "phone": ["premier échange téléphonique", "court entretien téléphonique"],
    "video": ["entretien en visio", "visio avec la manager du poste", "premier entretien sur Teams"],
    "tech": ["entretien technique", "entretien avec deux membres de l'équipe technique", "entretien sur étude de cas"],
    "onsite": ["entretien dans nos locaux", "entretien en présentiel", "entretien sur site"],
    "final": ["entretien final avec la direction", "dernier entretien"],
    "assess": ["test en ligne", "exercice à réaliser chez vous", "questionnaire d'aptitudes"],
    "chat": ["échange informel avec le responsable d'équipe"],
}
PLATFORMS = ["Teams", "Zoom", "Google Meet", "téléphone"]
GREET = ["Bonjour {first},", "Bonjour {first} {last},", "Madame, Monsieur,", "Chère candidate, cher candidat,", "Bonjour,"]
CLOSE = ["Cordialement,", "Bien cordialement,", "Belle journée,", "Avec nos meilleures salutations,"]
TEAMSIG = ["L'équipe Recrutement {company}", "{recruiter}\nChargé(e) de recrutement – {company}", "La Direction des Ressources Humaines\n{company}",
           "{recruiter}\nTalent Acquisition | {company}"]
OPEN = ["Nous vous remercions de l'intérêt que vous portez à {company}.", "", "Merci pour votre patience ces dernières semaines."]

KINDS = {
    "ack": {
        "subj": ["Accusé de réception de votre candidature – {role}", "Votre candidature chez {company}",
                 "Merci pour votre candidature !", "Candidature reçue : {role} (réf. {req})"],
        "lead": ["Nous accusons bonne réception de votre candidature au poste de {role}.",
                 "Merci d'avoir postulé chez {company} : votre candidature pour le poste de {role} nous est bien parvenue.",
                 "Votre candidature (référence {req}) a bien été enregistrée le {date0}."],
        "more": ["Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.",
                 "Vous pouvez suivre l'avancement de votre dossier depuis votre espace candidat.",
                 "Si votre profil correspond à nos attentes, un membre de l'équipe vous contactera pour un premier échange.",
                 "Merci de ne pas répondre à ce message automatique."],
        "cta": ["Accéder à mon espace candidat", "Suivre ma candidature"],
        "labels": ["application_ack"],
    },
    "ack_assess": {
        "subj": ["Votre candidature et la prochaine étape – {role}", "Candidature reçue : test en ligne à compléter"],
        "lead": ["Nous avons bien reçu votre candidature au poste de {role}.", "Votre candidature pour {role} est bien enregistrée."],
        "inv": ["Pour la suite du processus, nous vous invitons à réaliser un {step} avant le {deadline} via le lien ci-dessous.",
                "La première étape consiste en un {step} d'environ {dur} minutes, que vous pouvez passer quand vous le souhaitez."],
        "steps": ["assess"],
        "cta": ["Commencer le test"],
        "labels": ["application_ack", "interview_invite"],
    },
    "invite": {
        "subj": ["Invitation à un entretien – {role}", "Votre candidature chez {company} : prochaine étape",
                 "Planifions votre {step}", "{company} – proposition d'entretien"],
        "lead": ["Votre profil a retenu notre attention et nous souhaitons vous proposer un {step} pour le poste de {role}.",
                 "Nous aimerions vous rencontrer lors d'un {step} avec {interviewer}.",
                 "Nous vous invitons à choisir un créneau pour votre {step} grâce au lien ci-dessous.",
                 "Seriez-vous disponible la semaine prochaine pour un {step} d'environ {dur} minutes ?"],
        "more": ["L'échange durera environ {dur} minutes et se déroulera sur {platform}.",
                 "Des créneaux sont disponibles entre le {date} et le {date2}.",
                 "Si aucun créneau ne vous convient, répondez simplement à ce message."],
        "steps": ["phone", "video", "tech", "onsite", "final", "assess"],
        "cta": ["Choisir un créneau", "Réserver"],
        "labels": ["interview_invite"],
    },
    "reschedule": {
        "subj": ["Report de votre entretien – {role}", "Nouveau créneau à choisir"],
        "lead": ["{interviewer} a un empêchement et nous devons malheureusement déplacer votre {step} prévu le {date}. Pourriez-vous choisir un nouveau créneau ?",
                 "Serait-il possible de décaler notre {step} du {date} au {date2} à {time2} ?"],
        "more": ["Toutes nos excuses pour ce changement.", "Le format reste identique."],
        "steps": ["video", "tech", "onsite", "final"],
        "cta": ["Choisir un nouveau créneau"],
        "labels": ["interview_invite"],
    },
    "offer": {
        "subj": ["Votre proposition d'embauche – {company}", "Promesse d'embauche : {role}", "Félicitations {first} !"],
        "lead": ["Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}.",
                 "Suite à nos échanges, je vous confirme par écrit notre proposition d'embauche pour le poste de {role}.",
                 "Nous sommes ravis de vous faire une offre pour rejoindre {company} en tant que {role}."],
        "more": ["Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération et la date de démarrage du {start}.",
                 "Merci de nous retourner le document signé électroniquement avant le {deadline}.",
                 "Je reste disponible pour toute question sur la proposition."],
        "cta": ["Consulter et signer", "Voir la proposition"],
        "labels": ["offer"],
    },
    "status": {
        "subj": ["Point d'étape sur votre candidature – {role}", "Le statut de votre candidature a changé"],
        "lead": ["Nous tenions à vous informer que votre candidature au poste de {role} est toujours en cours d'étude.",
                 "Le statut de votre candidature est désormais : « En cours d'évaluation par le manager ».",
                 "Le processus pour le poste de {role} prend un peu plus de temps que prévu ; nous reviendrons vers vous d'ici le {date}."],
        "more": ["Aucune action n'est requise de votre part.", "Merci de votre patience."],
        "cta": ["Voir le statut"],
        "labels": [],
    },
    "reminder": {
        "subj": ["Rappel : votre entretien demain à {time}", "Rappel – entretien {company}"],
        "lead": ["Nous vous rappelons votre {step} prévu le {date} à {time}.",
                 "Petit rappel : votre {step} avec {interviewer} a lieu le {date} à {time}."],
        "more": ["Le lien de connexion se trouve ci-dessous.", "Pensez à vous connecter quelques minutes en avance."],
        "steps": ["video", "tech", "onsite"],
        "cta": ["Rejoindre la réunion"],
        "labels": [],
    },
    "confirm": {
        "subj": ["Confirmation de rendez-vous : {step}", "Rendez-vous confirmé – {date}"],
        "lead": ["Votre {step} est confirmé le {date} à {time}.", "Merci d'avoir choisi un créneau : rendez-vous le {date} à {time}."],
        "more": ["Une invitation calendrier est jointe.", "Vous pouvez modifier ce rendez-vous via le lien ci-dessous."],
        "steps": ["phone", "video", "onsite"],
        "cta": ["Gérer le rendez-vous"],
        "labels": [],
    },
    "thanks": {
        "subj": ["Merci pour notre échange", "Merci pour votre temps aujourd'hui"],
        "lead": ["Merci d'avoir pris le temps d'échanger avec nous aujourd'hui au sujet du poste de {role}.",
                 "Un grand merci pour notre entretien de ce matin avec {interviewer}."],
        "more": ["Nous faisons le point en interne et revenons vers vous d'ici la fin de la semaine prochaine.",
                 "N'hésitez pas si vous avez des questions d'ici là."],
        "labels": [],
    },
    "assess_rem": {
        "subj": ["Rappel : votre test expire bientôt", "Votre {step} est toujours en attente"],
        "lead": ["Votre {step} pour le poste de {role} reste accessible jusqu'au {deadline}.",
                 "Vous avez commencé le {step} mais ne l'avez pas encore terminé."],
        "more": ["Passé ce délai, le lien ne pourra pas être réactivé."],
        "steps": ["assess"],
        "cta": ["Reprendre le test"],
        "labels": [],
    },
    "travel": {
        "subj": ["Informations pratiques pour votre venue le {date}", "Accès et stationnement – entretien {company}"],
        "lead": ["Pour votre entretien sur site le {date}, voici les informations pratiques.",
                 "Nous avons réservé une place de parking visiteur à votre nom pour votre venue."],
        "more": ["Présentez-vous à l'accueil du bâtiment C muni d'une pièce d'identité.",
                 "Vos frais de déplacement seront remboursés sur présentation des justificatifs."],
        "labels": [],
    },
    "onboard": {
        "subj": ["Bienvenue chez {company} ! Préparons votre arrivée", "Votre intégration : documents à fournir"],
        "lead": ["Nous sommes ravis que vous ayez accepté notre proposition ! Pour préparer votre arrivée le {start}, merci de compléter votre dossier administratif.",
                 "Merci de déposer sur le portail d'intégration votre RIB, votre carte Vitale et une pièce d'identité avant le {deadline}."],
        "more": ["Votre ordinateur vous sera remis le premier jour.", "{interviewer} vous accueillera à 9h le jour J."],
        "cta": ["Accéder au portail"],
        "labels": [],
    },
    "bgcheck": {
        "subj": ["{company} : vérification de vos références", "Vérification préalable à l'embauche terminée"],
        "lead": ["À la demande de {company}, nous procédons à la vérification de vos diplômes et références dans le cadre de votre embauche.",
                 "La vérification de vos informations pour {company} est terminée."],
        "more": ["Merci de donner votre consentement via le lien sécurisé.", "Vous pouvez demander l'accès à vos données à tout moment."],
        "cta": ["Donner mon consentement"],
        "subj_for": {0: [0], 1: [1]}, "more_for": {0: [0, 1], 1: [1]}, "cta_for": {0: [0], 1: []},
        "labels": [],
    },
    "profile": {
        "subj": ["Réinitialisation de votre mot de passe", "Complétez votre profil candidat"],
        "lead": ["Nous avons reçu une demande de réinitialisation du mot de passe de votre espace candidat {company}.",
                 "Votre profil candidat est incomplet : ajoutez votre CV pour que nos recruteurs puissent vous trouver."],
        "more": ["Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.", "Le lien est valable 24 heures."],
        "cta": ["Réinitialiser le mot de passe", "Compléter mon profil"],
        "subj_for": {0: [0], 1: [1]}, "more_for": {0: [0, 1], 1: []}, "cta_for": {0: [0], 1: [1]},
        "labels": [],
    },
    "reqclosed": {
        "subj": ["L'offre que vous suiviez n'est plus disponible", "{role} : offre clôturée"],
        "lead": ["L'offre {role} chez {company}, que vous aviez enregistrée, n'est plus en ligne.",
                 "Vous suiviez l'annonce {role}. Le recrutement a été clôturé par l'employeur."],
        "more": ["Découvrez des offres similaires dans votre espace.", "Vous n'aviez pas postulé à cette offre."],
        "cta": ["Voir des offres similaires"],
        "labels": [],
    },
    "community": {
        "subj": ["Bienvenue dans la communauté talents {company}", "Inscription confirmée"],
        "lead": ["Merci de rejoindre notre vivier de talents ! Nous vous enverrons les offres qui correspondent à vos critères.",
                 "Votre inscription aux alertes emploi de {company} est confirmée."],
        "more": ["Cette inscription ne vaut pas candidature.", "Vous pouvez vous désinscrire à tout moment."],
        "cta": ["Gérer mes préférences"],
        "labels": [],
    },
    "survey": {
        "subj": ["Votre avis sur notre processus de recrutement", "2 minutes pour nous aider ?"],
        "lead": ["Vous avez récemment participé à notre processus de recrutement. Comment l'avez-vous vécu ?",
                 "Aidez-nous à améliorer l'expérience candidat chez {company} en répondant à ce court questionnaire."],
        "more": ["Vos réponses sont anonymes et n'ont aucune incidence sur votre candidature."],
        "cta": ["Répondre au questionnaire"],
        "labels": [],
    },
    "hold": {
        "subj": ["Votre candidature : processus suspendu temporairement"],
        "lead": ["Le recrutement pour le poste de {role} est temporairement suspendu, le temps de finaliser le budget. Votre candidature reste active."],
        "more": ["Nous reviendrons vers vous dès que possible."],
        "labels": [],
    },
    "esign_done": {
        "subj": ["Document finalisé : promesse d'embauche {company}"],
        "lead": ["Toutes les parties ont signé le document « Promesse d'embauche – {role} ». Vous en trouverez une copie jointe."],
        "more": ["Conservez cet e-mail."],
        "cta": ["Télécharger le document"],
        "labels": [],
    },
    "esign_docs": {
        "subj": ["À signer : documents d'intégration {company}"],
        "lead": ["{company} vous a envoyé des documents à signer : charte informatique, accord de confidentialité."],
        "more": ["L'enveloppe expire dans 14 jours."],
        "cta": ["Consulter les documents"],
        "labels": [],
    },
}

REJ_OPEN_APP = ["Nous vous remercions pour votre candidature au poste de {role}.", "Merci de l'intérêt que vous avez porté à {company}."]
REJ_OPEN_INT = ["Merci encore pour le temps que vous nous avez consacré lors des entretiens.",
                "Nous vous remercions pour votre entretien avec {interviewer}."]
REJ_APP = ["Après étude attentive de votre dossier, nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature.",
           "Nous avons décidé de ne pas poursuivre le processus avec vous.",
           "Malheureusement, votre profil n'a pas été retenu pour ce poste."]
REJ_INT = ["Nous avons finalement retenu une autre candidature.", "Nous ne sommes pas en mesure de vous proposer le poste.",
           "À l'issue du dernier tour, nous avons choisi un autre candidat."]
REJ_SOFT = ["Votre parcours nous a beaucoup plu, mais nous avons fait un autre choix pour ce poste.",
            "La décision a été difficile ; nous ne poursuivrons pas avec vous cette fois-ci."]
REASONS = {
    "closer_fit": ["Nous avons retenu un profil dont l'expérience correspond plus précisément aux besoins du poste."],
    "role_filled": ["Le poste a depuis été pourvu.", "Le poste a été pourvu en interne."],
    "budget_freeze": ["En raison d'un gel des recrutements, nous ne pouvons pas poursuivre ce recrutement."],
    "level_mismatch": ["Nous recherchons pour ce poste un profil plus senior."],
    "role_cancelled": ["Suite à une réorganisation, le poste a été supprimé."],
}
NOFB = ["Compte tenu du nombre de candidatures reçues, nous ne sommes pas en mesure de faire un retour personnalisé.",
        "Nous avons reçu de nombreuses candidatures de grande qualité."]
FB_INTRO = ["Voici quelques retours de l'équipe :", "Pour être transparents sur notre décision :"]
FB_POS = ["Votre motivation était évidente.", "Votre aisance relationnelle a été appréciée."]
FB_TOPIC = {
    "coding": ["Lors de l'exercice de code, la solution ne gérait pas les cas limites."],
    "system_design": ["Sur la partie architecture, vos réponses sont restées trop générales sur la montée en charge."],
    "technical_depth": ["Le jury aurait souhaité davantage de profondeur technique sur vos projets récents."],
    "behavioural": ["Vos réponses aux questions comportementales manquaient d'exemples concrets."],
    "communication": ["Vos explications manquaient parfois de clarté et de structure."],
    "questions_to_ask": ["Vous avez posé peu de questions sur l'équipe et le poste."],
    "composure": ["Vous sembliez très stressé(e) pendant la présentation."],
    "experience_level": ["Votre expérience en gestion d'équipe est encore un peu limitée pour ce poste."],
    "collaboration": ["Lors de l'exercice collectif, vous avez peu rebondi sur les idées des autres."],
    "cv_positioning": ["Votre CV ne mettait pas assez en avant les expériences en lien avec le poste."],
}
OTHER_ROLE = ["En revanche, nous aimerions vous proposer un entretien pour notre poste de {role2}. Seriez-vous disponible la semaine prochaine ?",
              "Votre profil correspondrait bien à notre offre {role2} : nous serions heureux d'organiser un {step} à ce sujet."]
REJ_CLOSE = ["Nous vous souhaitons plein succès dans vos recherches.", "Nous conservons votre CV dans notre vivier, avec votre accord."]
FB_ADV_LEAD = ["Bonne nouvelle : l'équipe souhaite vous rencontrer pour l'entretien final.", "Nous aimerions vous inviter à l'étape suivante."]
FB_ADV_INTRO = ["Pour vous aider à préparer, voici le retour du premier entretien :", "Le retour est globalement positif ; un point à travailler :"]
FB_REPLY_LEAD = ["Merci pour votre message. J'ai échangé avec le manager et voici son retour."]
FB_REPLY_END = ["En espérant que ces éléments vous soient utiles. Bonne continuation !"]
SENT = {
    "feedback_request": {
        "subj": ["RE: {subj}", "Demande de retour – {role}"],
        "body": ["Bonjour {rfirst},\n\nMerci pour votre message. Serait-il possible d'avoir un retour sur mon entretien ? Cela m'aiderait beaucoup pour la suite.",
                 "Bonjour,\n\nJe vous remercie pour votre réponse. Pourriez-vous me dire sur quels points j'aurais pu être plus convaincant(e) ?"],
        "labels": ["feedback_request"],
    },
}
