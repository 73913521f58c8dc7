"""w48 French fragments: France (FR), Québec (QC), West Africa (WA)."""

import copy

FR = {
    "lang": "fr", "variant": "fr",
    "S": {
        "fbreq": [
            "Serait-il possible d'avoir un retour sur mon entretien ?",
            "Je vous serais reconnaissant de m'indiquer les points sur lesquels je pourrais progresser.",
            "Pourriez-vous me dire ce qui a manqué dans ma candidature ?",
            "Désolée de vous relancer, mais auriez-vous quelques éléments de feedback à me transmettre ?",
            "Y a-t-il un point précis de l'exercice technique qui n'était pas au niveau attendu ?",
            "Auriez-vous des conseils pour mes prochaines candidatures ?",
            "J'aimerais comprendre ce qui a fait la différence, afin de mieux me préparer.",
            "Un petit retour des recruteurs m'aiderait beaucoup.",
            "Comment le jury a-t-il perçu ma présentation du cas pratique ?",
            "bonjour, vous auriez un retour rapide sur l'entretien ? merci",
            "Je me permets de solliciter un retour sur ma prestation lors de l'entretien final.",
            "Pourrions-nous échanger cinq minutes au téléphone pour que j'aie votre retour ?",
        ],
        "rejreply": ["Merci de m'avoir prévenu, je vous souhaite une belle réussite dans ce recrutement.",
                     "Je comprends tout à fait, au plaisir de recroiser votre route."],
        "thanks": ["Merci beaucoup pour l'entretien de ce matin, j'ai beaucoup apprécié nos échanges.",
                   "Je tenais à vous remercier pour le temps que vous m'avez accordé hier.",
                   "Merci pour cette rencontre avec l'équipe, le poste me motive encore plus."],
        "chase": ["Je me permets de revenir vers vous concernant le poste de {role}.", "Avez-vous des nouvelles concernant ma candidature ?",
                  "bonjour, des nouvelles du process ?"],
        "withdraw": ["Je souhaite retirer ma candidature, ayant accepté une autre proposition.", "Je vous informe que je ne poursuivrai pas le processus."],
        "accept": ["J'ai le plaisir d'accepter votre proposition.", "Je vous confirme mon accord pour le poste de {role}."],
        "decline": ["Après mûre réflexion, je décline votre offre.", "Je suis au regret de ne pas donner suite à votre proposition."],
        "resched": ["Serait-il possible de décaler l'entretien à {when} ?", "J'ai un empêchement, pourrions-nous trouver un autre créneau ?"],
        "confirm": ["Je vous confirme ma présence {when}.", "Parfait, {when} me convient."],
        "docs_apply": ["Veuillez trouver ci-joint mon CV et ma lettre de motivation pour le poste de {role}.",
                       "Je vous adresse ma candidature pour le poste de {role}."],
        "docs_req": ["Comme convenu, vous trouverez ci-joint la copie de mon diplôme et de ma pièce d'identité.",
                     "Voici les coordonnées de mes deux références."],
        "cvadvice": ["Tu aurais un moment pour relire mon CV ?", "J'aimerais ton avis franc sur mon profil LinkedIn."],
        "referral": ["J'ai vu que {co} recrute un {role}, accepterais-tu de me recommander ?",
                     "Pourrais-tu transmettre mon CV au manager du poste ?"],
        "recruiter": ["Merci pour votre message, je suis ouvert à un échange.", "Merci d'avoir pensé à moi, mais je ne suis pas en recherche actuellement."],
        "salary": ["Pourriez-vous m'indiquer la fourchette de salaire ?", "Le poste est-il en télétravail partiel ?", "Combien d'étapes reste-t-il ?"],
        "nonjob": ["Serait-il possible d'obtenir les avis des rapporteurs sur mon dossier de bourse ?",
                   "J'aimerais connaître les raisons du refus de ma communication au colloque."],
        "givefb": ["Voici mon retour sur ta présentation : très claire, il manquait juste une synthèse chiffrée.",
                   "Pour le rapport : bon travail, mais la conclusion est à resserrer avant l'envoi au client."],
    },
    "S_extra": {"fbreq": ["Je respecte tout à fait votre décision.", "Je sais que vous êtes très sollicités, rien ne presse.",
                          "J'ai beaucoup apprécié le processus."],
                "chase": ["Le poste m'intéresse toujours beaucoup."], "thanks": ["Dans l'attente de votre retour."]},
    "R": {
        "fb": [
            ("L'équipe a trouvé votre code propre, mais il manquait des tests.", ["coding"]),
            ("Sur la partie architecture, votre proposition est restée trop générale.", ["system_design"]),
            ("Vos réponses aux questions comportementales manquaient d'exemples concrets.", ["behavioural"]),
            ("Nous avons estimé qu'il vous manquait encore de l'expérience pour ce niveau de poste.", ["experience_level"]),
            ("Vos réponses étaient parfois longues et difficiles à suivre.", ["communication"]),
            ("Vous avez semblé très stressé pendant l'exercice en direct.", ["composure"]),
            ("Votre CV ne met pas assez en avant vos projets les plus pertinents.", ["cv_positioning"]),
            ("Vous n'avez pas posé de questions à la fin, ce qui a été perçu comme un manque d'intérêt.", ["questions_to_ask"]),
            ("Vos exemples étaient surtout individuels, on a peu vu votre travail en équipe.", ["collaboration"]),
            ("Le jury a beaucoup apprécié votre aisance et votre clarté.", []),
            ("Vos connaissances en bases de données n'étaient pas assez approfondies.", ["technical_depth"]),
        ],
        "rej": [
            ("Malheureusement, nous avons décidé de poursuivre avec un autre candidat.", []),
            ("Nous avons retenu un profil plus proche de nos besoins.", ["closer_fit"]),
            ("Le poste a été pourvu.", ["role_filled"]),
            ("Le recrutement est gelé pour des raisons budgétaires.", ["budget_freeze"]),
            ("Nous recherchons finalement un profil plus senior et ne donnerons pas suite.", ["level_mismatch"]),
            ("Malgré la qualité de votre profil, nous ne pouvons donner une suite favorable à votre candidature.", []),
            ("Le poste a été supprimé suite à une réorganisation.", ["role_cancelled"]),
        ],
        "nofb": ["Notre politique interne ne nous permet pas de communiquer de retour individuel.",
                 "Compte tenu du nombre de candidatures, nous ne sommes pas en mesure de faire des retours personnalisés.",
                 "Nous avons eu beaucoup d'excellents candidats et je ne peux pas détailler l'évaluation."],
        "thanksonly": ["Merci pour votre message, je l'ai transmis à l'équipe.", "Merci pour ce gentil mot !"],
        "invite": ["Nous souhaitons vous inviter à un dernier entretien avec la direction.",
                   "Vous passez à l'étape suivante ! Choisissez un créneau ici : https://agenda.exemple/rdv",
                   "Seriez-vous disponible {when} pour échanger avec le manager ?",
                   "La prochaine étape est un test technique en ligne, que vous recevrez aujourd'hui."],
        "resinv": ["Aucun souci, que diriez-vous de {when} ?", "Bien sûr, j'ai déplacé l'entretien à {when}."],
        "offer": ["Nous avons le plaisir de vous proposer le poste de {role}.", "Nous souhaitons vous faire une offre ; la promesse d'embauche est en pièce jointe."],
        "docack": ["Bien reçu, merci pour les documents.", "Documents reçus, tout est en ordre."],
        "appack": ["Nous accusons bonne réception de votre candidature au poste de {role}.", "Votre candidature a bien été reçue et sera étudiée."],
        "confirmok": ["Parfait, à bientôt !", "Merci pour la confirmation."],
        "withdrawok": ["Merci de nous avoir prévenus, bonne continuation !"],
        "acceptok": ["Excellente nouvelle, bienvenue chez {co} ! Les RH vous enverront le dossier d'intégration."],
        "declineok": ["Dommage, mais nous comprenons. Bonne continuation."],
        "outreach": ["Votre profil m'a interpellé pour un poste de {role} chez {co}.", "J'ai une opportunité de {role} à vous présenter, on en parle ?"],
    },
    "R_extra": ["Je reste à votre disposition.", "Merci pour votre intérêt pour {co}.", "Je vous souhaite bonne chance.", "Bonne journée."],
    "fb_tail": ["J'espère que cela vous aidera pour la suite.", "Ne vous découragez pas, la décision a été serrée."],
    "thanks_news": ["Merci pour votre retour.", "Merci de m'avoir informé.", "C'est une déception, mais merci pour votre réponse.",
                    "Merci pour l'information concernant le poste de {role}."],
    "open_s": ["J'espère que vous allez bien.", "Bonjour et merci encore.", "J'espère que votre semaine se passe bien."],
    "open_r": ["Merci pour votre message.", "Désolée pour le délai de réponse.", "Merci de votre retour."],
    "tail_s": ["Merci d'avance.", "Merci pour votre temps."],
    "subj": {
        "fbreq": ["Retour sur mon entretien", "Demande de feedback - {role}", "Candidature {role} - retour"],
        "rejreply": ["Merci"], "thanks": ["Merci pour l'entretien", "Remerciements"],
        "chase": ["Suivi de candidature", "Poste {role}"], "withdraw": ["Retrait de candidature"],
        "accept": ["Acceptation de l'offre"], "decline": ["Votre proposition - {role}"], "resched": ["Report d'entretien"],
        "confirm": ["Confirmation d'entretien"], "docs_apply": ["Candidature - {role}"],
        "docs_req": ["Documents demandés"], "cvadvice": ["petit service ?"], "referral": ["Cooptation chez {co}"],
        "recruiter": ["Opportunité {role}"], "salary": ["Question sur le poste"], "nonjob": ["Avis des rapporteurs"],
        "givefb": ["Retour présentation"],
        "rejmail": ["Votre candidature chez {co}", "Suite de votre candidature"], "invmail": ["Invitation à un entretien"],
        "offermail": ["Proposition d'embauche - {co}"], "recmail": ["Opportunité chez {co}"],
    },
    "re": ["RE :", "Re:", "RE:", "Re :"],
    "greet_f": ["Bonjour {n},", "Madame,", "Bonjour Madame {n},", "Chère {n},"],
    "greet_c": ["Bonjour {n} !", "Salut {n},", "Hello {n},"],
    "greet_anon": ["Madame, Monsieur,", "Bonjour,"],
    "close_f": ["Bien cordialement,", "Cordialement,", "Je vous prie d'agréer mes salutations distinguées."],
    "close_c": ["Merci !", "Belle journée,", "À bientôt,", "Bises,"],
    "phone_sig": ["Envoyé de mon iPhone", "Envoyé depuis mon mobile"],
    "sig_extra": ["06 {p} {p} {p}"],
    "titles": ["Chargée de recrutement", "Talent Acquisition Manager", "Responsable technique", "RRH"],
    "slot": ["mardi à 10h", "jeudi à 14h30", "lundi à 9h"],
    "roles": ["Data Analyst", "Développeur Back-end", "Chef de projet", "Contrôleur de gestion", "UX Designer"],
    "first": ["Camille", "Julien", "Manon", "Thomas", "Léa", "Antoine", "Chloé", "Maxime", "Sarah", "Nicolas"],
    "last": ["Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Laurent", "Girard", "Fournier", "Mercier", "Roux"],
    "companies": ["Lumière Conseil", "Garonne Tech", "Banque des Alpes", "Atelier Mistral", "Loire Mobilité"],
    "tld": [".fr"], "maildom": ["gmail.com", "orange.fr", "free.fr"],
}

QC = copy.deepcopy(FR)
QC["variant"] = "qc"
QC["S"]["fbreq"] = FR["S"]["fbreq"][:6] + [
    "Est-ce que ce serait possible d'avoir de la rétroaction sur mon entrevue?",
    "J'aimerais savoir ce que je pourrais améliorer pour mes prochaines entrevues.",
    "Pourrais-tu me dire ce qui a accroché dans l'entrevue technique?",
    "allo! aurais-tu quelques commentaires sur mon entrevue? merci gros",
    "Toute rétroaction du comité de sélection me serait très utile.",
]
QC["S"]["thanks"] = ["Merci beaucoup pour l'entrevue de ce matin, j'ai bien aimé rencontrer l'équipe.",
                     "Je voulais te remercier pour ton temps hier, c'était vraiment intéressant."]
QC["S"]["chase"] = ["Je fais un suivi concernant le poste de {role}.", "Avez-vous des nouvelles pour l'entrevue de la semaine passée?"]
QC["R"]["fb"] = FR["R"]["fb"][:6] + [
    ("Le comité a trouvé que tes exemples de gestion de conflit manquaient de précision.", ["behavioural"]),
    ("Ton CV ne met pas assez en valeur ton expérience en gestion de projet.", ["cv_positioning"]),
    ("À l'entrevue technique, ton code fonctionnait, mais tu n'as pas pensé aux cas limites.", ["coding"]),
    ("Tu as semblé stressé lorsqu'on t'a mis de la pression sur les chiffres.", ["composure"]),
]
QC["R"]["nofb"] = ["Malheureusement, nos politiques ne nous permettent pas de donner de rétroaction individuelle."] + FR["R"]["nofb"][:2]
QC["R"]["invite"] = ["On aimerait te rencontrer pour une deuxième entrevue.", "Serais-tu disponible {when} pour une entrevue avec le gestionnaire?",
                     "Tu peux réserver ta plage horaire pour l'entrevue ici : https://agenda.exemple/qc"]
QC["greet_f"] = ["Bonjour {n},", "Bonjour Madame {n},"]
QC["greet_c"] = ["Allo {n}!", "Salut {n},", "Bonjour {n}!"]
QC["close_f"] = ["Cordialement,", "Au plaisir,", "Merci et bonne journée,"]
QC["close_c"] = ["Merci!", "Bonne journée!", "À+"]
QC["phone_sig"] = ["Envoyé de mon iPhone", "Envoyé de mon cellulaire"]
QC["first"] = ["Émilie", "Gabriel", "Marie-Ève", "Olivier", "Frédérique", "Mathieu", "Audrey", "Jean-François"]
QC["last"] = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Pelletier", "Lavoie"]
QC["companies"] = ["Boréal Technologies", "Caisse du Fleuve", "Érablière Numérique", "Hydro-Nord Services", "Groupe Laurentides"]
QC["tld"] = [".ca", ".qc.ca"]
QC["maildom"] = ["gmail.com", "videotron.ca", "hotmail.com"]
QC["sig_extra"] = ["514 {p}-{q}"]
QC["titles"] = ["Conseillère en acquisition de talents", "Gestionnaire, TI", "Recruteur"]

WA = copy.deepcopy(FR)
WA["variant"] = "wa"
WA["S"]["fbreq"] = FR["S"]["fbreq"][4:] + [
    "Je viens très respectueusement solliciter un retour sur mon entretien.",
    "Bien vouloir m'indiquer les raisons pour lesquelles ma candidature n'a pas été retenue.",
    "Je vous prie de bien vouloir me faire part des points à améliorer.",
    "Votre appréciation de ma prestation me serait d'une grande aide pour la suite de ma carrière.",
]
WA["S"]["chase"] = ["Je me permets de vous relancer au sujet du test que j'ai passé le mois dernier.",
                    "Bien vouloir me tenir informé de l'évolution de mon dossier."]
WA["R"]["rej"] = FR["R"]["rej"] + [("Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.", [])]
WA["greet_f"] = ["Bonjour {n},", "Monsieur {n},", "Madame {n},"]
WA["greet_anon"] = ["Monsieur le Directeur,", "Madame, Monsieur,"]
WA["close_f"] = ["Veuillez agréer mes salutations distinguées.", "Cordialement,", "Respectueusement,"]
WA["first"] = ["Awa", "Moussa", "Fatou", "Ibrahima", "Aminata", "Koffi", "Mariam", "Ousmane", "Adjoua", "Cheikh"]
WA["last"] = ["Diallo", "Traoré", "Ndiaye", "Koné", "Kouassi", "Sow", "Ouédraogo", "Diop", "Camara", "Yao"]
WA["companies"] = ["Sahel Télécom", "Banque de la Lagune", "Dakar Logistique", "Abidjan Digital", "Ouaga Énergie"]
WA["tld"] = [".sn", ".ci", ".bf"]
WA["maildom"] = ["gmail.com", "yahoo.fr"]
WA["sig_extra"] = ["+221 77 {p} {q}", "+225 07 {q} {q}"]
