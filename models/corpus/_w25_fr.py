"""w25 French bank: TPE/PME owners, managers, RH, cabinets de recrutement in France, Belgium, Quebec, Romandie."""

import re as _re

LANG = "fr"

COMPANIES = {
    "fr": [
        ("Boulangerie Maréchal", "boulangerie-marechal.fr", "Tours"), ("Atelier Garance", "atelier-garance.fr", "Lyon"),
        ("Transports Lemarchand", "lemarchand-transports.fr", "Rouen"), ("Cabinet Delorme Avocats", "delorme-avocats.fr", "Bordeaux"),
        ("Ondine Logiciels", "ondine.io", "Nantes"), ("Les Serres de Provence", "serres-provence.fr", "Avignon"),
        ("Menuiserie Carrel", "carrel-menuiserie.fr", "Annecy"), ("Phare Numérique", "pharenumerique.fr", "Brest"),
        ("Clinique des Tilleuls", "clinique-tilleuls.fr", "Limoges"), ("Brasserie du Vieux Port", "brasserie-vieuxport.fr", "Marseille"),
        ("Agence Coquelicot", "agence-coquelicot.fr", "Paris"), ("Fromagerie Vasseur", "fromagerie-vasseur.fr", "Lille"),
        ("Mistral Énergie", "mistral-energie.fr", "Montpellier"), ("Librairie L'Encre Bleue", "encrebleue.fr", "Dijon"),
        ("Garage Pelletier", "garage-pelletier.fr", "Angers"), ("Plume & Pixel", "plumeetpixel.fr", "Toulouse"),
        ("Ferme Solaire Auvergne", "fermesolaire.fr", "Clermont-Ferrand"), ("Quantix Conseil", "quantix-conseil.fr", "Strasbourg"),
        ("Pharmacie Saint-Roch", "pharmacie-saintroch.fr", "Nice"), ("Hôtel Les Mouettes", "hotel-lesmouettes.fr", "La Rochelle"),
        ("Cordages Bretons", "cordages-bretons.fr", "Lorient"), ("Nuage Vert SAS", "nuagevert.fr", "Grenoble"),
    ],
    "be": [
        ("Chocolaterie Vanderbeken", "vanderbeken.be", "Bruxelles"), ("Imprimerie Mosane", "mosane-print.be", "Namur"),
        ("Brasserie de la Sambre", "sambre-brasserie.be", "Charleroi"), ("Liège Data Services", "lds.be", "Liège"),
        ("Bureau comptable Dethier", "dethier-compta.be", "Mons"), ("Les Ateliers Wallons", "ateliers-wallons.be", "Wavre"),
        ("Friterie Chez Mimi", "chezmimi.be", "Tournai"), ("Ardenne Bois Construct", "ardennebois.be", "Arlon"),
    ],
    "qc": [
        ("Érablière Gagnon", "erablieregagnon.ca", "Saint-Hyacinthe"), ("Techno Boréal", "technoboreal.ca", "Québec"),
        ("Clinique Dentaire du Plateau", "dentaireplateau.ca", "Montréal"), ("Construction Bouchard & fils", "bouchardconstruction.ca", "Sherbrooke"),
        ("Studio Aurore", "studioaurore.ca", "Montréal"), ("Fromagerie du Lac", "fromageriedulac.ca", "Alma"),
        ("Caisse Populaire Laurentides", "caisselaurentides.ca", "Saint-Jérôme"), ("Voyages Nordet", "nordet.ca", "Trois-Rivières"),
    ],
    "chfr": [
        ("Horlogerie Jaquet", "jaquet-horlogerie.ch", "La Chaux-de-Fonds"), ("Léman Fiduciaire", "leman-fiduciaire.ch", "Lausanne"),
        ("Caves du Lavaux", "caves-lavaux.ch", "Cully"), ("Genève Biotech", "genevebiotech.ch", "Genève"),
        ("Fromagerie de la Gruyère Moret", "moret-gruyere.ch", "Bulle"), ("Jura Mécanique", "juramecanique.ch", "Delémont"),
    ],
}

AGENCIES = [("Cabinet Alizé Recrutement", "alize-rh.fr"), ("Talents & Territoires", "talents-territoires.fr"),
            ("Boussole RH", "boussole-rh.be"), ("Groupe Recrutement Laurentien", "grlaurentien.ca"),
            ("Sémaphore Conseil", "semaphore-conseil.fr"), ("Helvetic Talents", "helvetictalents.ch")]
ANON_CLIENT = ["mon client", "notre client", "l'entreprise cliente", "la société"]
AGENCY_TITLES = ["Consultante en recrutement", "Chargé de recrutement", "Associée", "Conseiller en recrutement"]

ROLES = ["développeur back-end", "assistante de direction", "comptable", "technicien de maintenance", "chargée de communication",
         "boulanger", "infirmière", "cheffe de projet", "commercial terrain", "data analyst", "réceptionniste",
         "graphiste", "conducteur de travaux", "juriste", "préparateur en pharmacie", "alternant marketing",
         "responsable logistique", "développeuse front-end", "vendeuse", "administrateur systèmes", "serveur",
         "ingénieure qualité", "conseiller clientèle", "designer UX"]
FIRST = ["Sylvie", "Olivier", "Nathalie", "François", "Margaux", "Thierry", "Isabelle", "Laurent", "Aurélie", "Benoît",
         "Géraldine", "Jean-François", "Marie-Ève", "Stéphane", "Delphine", "Luc", "Mathilde", "Karim", "Véronique",
         "Guillaume", "Émilie", "Patrice", "Anne-Sophie", "Raphaël", "Fatou"]
LAST = ["Lambert", "Fontaine", "Marchand", "Dupuis", "Tremblay", "Gagné", "Lemaire", "Bouchard", "Rousseau", "Mercier",
        "Girard", "Bonnet", "Leclerc", "Pelletier", "Peeters", "Morel", "Benali", "Côté", "Chevalier", "Renard"]
DAYS = ["lundi 14", "mardi prochain", "jeudi 9 octobre", "vendredi matin", "mercredi 3 septembre", "la semaine prochaine",
        "lundi 22", "jeudi", "mardi 18 mars", "mercredi après-midi"]
SALARIES = ["38 000 € bruts annuels", "2 450 € brut mensuel sur 13 mois", "62 000 $ par année", "CHF 84'000 brut par an",
            "42 K€ fixe + variable", "3 100 € bruts par mois", "55 000 $ plus assurances collectives"]
STARTS = ["1er septembre", "début octobre", "lundi 6 janvier", "dès que possible", "15 novembre", "la rentrée"]
PHONES = ["Tél. 02 47 31 88 04", "+33 6 12 48 93 70", "+32 81 22 45 10", "514 555-0182 poste 204", "+41 21 312 44 87",
          "06 71 24 85 19"]
HR_DISPLAY = ["Recrutement {co}", "{co} – Ressources humaines", "RH {co}", "{co} Carrières", "Service du personnel {co}"]
HR_LOCAL = ["recrutement", "rh", "emplois", "carrieres", "candidatures"]

GREET = {
    "formal": ["Madame, Monsieur,", "Bonjour {name} {last},", "Bonjour Madame {last},", "Bonjour Monsieur {last},",
               "Chère Madame, cher Monsieur,", "Bonjour,", "Bonjour {name},"],
    "informal": ["Salut {name},", "Coucou {name} !", "Bonjour {name} !", "Hello {name},", "Allô {name},", "{name},",
                 "Salut {name} 🙂"],
}
SIGNOFF = {
    "formal": ["Cordialement,", "Bien cordialement,", "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
               "Meilleures salutations", "Salutations distinguées,", "Au plaisir,", "Bonne journée,", "Sincères salutations,"],
    "informal": ["Bonne journée !", "À bientôt,", "Bises", "Bonne fin de semaine", "A+", "Belle journée,", "Merci et à plus,",
                 "Au plaisir !"],
}
FOOTERS = [
    "{co} – SAS au capital de 50 000 € – RCS {city} 812 {num} 330 – SIRET 812 000 000 00019",
    "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.",
    "Conformément au RGPD, vos données sont conservées 24 mois. Pour exercer vos droits : rgpd@{dom}",
    "Avis de confidentialité : ce courriel est destiné exclusivement à son destinataire.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
    "{co} SRL – BCE 0712.{num}.118 – {city}",
]

S = {
    "thanks_apply": [
        "Nous vous remercions pour votre candidature au poste de {role} et pour l'intérêt porté à {co}.",
        "Merci encore pour ton temps lors de la journée d'essai, l'équipe a bien apprécié.",
        "Je reviens vers vous suite à notre entretien de la semaine dernière.",
        "Merci d'avoir postulé chez nous comme {role}.",
        "Nous avons bien étudié votre dossier pour le poste de {role}{ref}.",
        "Je te recontacte comme promis au sujet du poste de {role}.",
        "Merci pour votre visite à l'atelier et pour l'échange très agréable.",
        "Nous avons pris le temps de relire ta candidature avec l'équipe.",
        "Merci pour votre patience durant le processus.",
    ],
    "rej_soft": [
        "Malheureusement, nous avons retenu une autre candidature.",
        "Après mûre réflexion, nous avons décidé de ne pas donner suite à votre candidature.",
        "C'est avec regret que je dois te dire que ça ne se fera pas cette fois-ci.",
        "Nous avons beaucoup hésité, mais notre choix s'est porté sur un autre profil.",
        "Votre profil nous a plu, mais nous ne pourrons pas vous proposer le poste.",
        "Je suis désolée, nous avons choisi de poursuivre avec quelqu'un d'autre.",
        "À l'issue du deuxième entretien, nous avons décidé de ne pas poursuivre le processus avec vous.",
        "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
        "Ce n'est pas une réponse facile à écrire : nous ne donnerons pas suite.",
        "Malgré les qualités de votre dossier, nous ne pouvons y répondre favorablement.",
    ],
    "rej_blunt": [
        "Ce sera non.",
        "Votre candidature n'est pas retenue.",
        "On ne va pas aller plus loin.",
        "Désolé, on passe.",
        "Nous ne donnons pas suite.",
        "Ça ne correspond pas, désolé.",
    ],
    "no_fb": [
        "Nous ne sommes malheureusement pas en mesure de vous faire un retour individuel.",
        "Nous avons reçu énormément de candidatures de qualité.",
        "Le choix a été très serré entre plusieurs excellents profils.",
        "Par souci d'équité, nous ne communiquons pas le détail de nos délibérations.",
    ],
    "luck": [
        "Nous vous souhaitons plein succès dans vos recherches.",
        "Bonne continuation, et je suis sûr que tu trouveras vite !",
        "Bonne chance pour la suite.",
        "Tous nos vœux de réussite pour votre parcours professionnel.",
        "Je te souhaite le meilleur, vraiment.",
    ],
    "pool": [
        "Avec votre accord, nous conservons votre CV pour de futures opportunités.",
        "Si un autre poste s'ouvre, je pense à toi.",
        "N'hésitez pas à consulter régulièrement notre page carrières.",
        "Nous gardons ton dossier sous le coude.",
    ],
    "fb_intro": [
        "Pour que ce soit utile, voici un petit retour de l'équipe :",
        "Quelques éléments de retour, en toute franchise :",
        "Pour expliquer notre décision :",
        "Si ça peut t'aider pour la suite :",
        "Voici nos impressions après l'entretien.",
        "Concrètement,",
    ],
    "praise": [
        "Votre motivation et votre bonne humeur ont été appréciées de tous.",
        "Ton parcours est intéressant et ta présentation était claire.",
        "Le test pratique était propre.",
        "Vous connaissiez très bien notre entreprise, c'était agréable.",
        "L'équipe t'a trouvé très sympathique.",
    ],
    "inv_open": [
        "Votre candidature a retenu toute notre attention.",
        "Ton profil nous intéresse beaucoup !",
        "Bonne nouvelle : nous souhaitons vous rencontrer.",
        "Suite à l'étude de votre dossier, nous aimerions poursuivre avec vous.",
        "Merci pour notre premier échange téléphonique, c'était très positif.",
        "J'ai transmis ton CV à la cheffe d'équipe et elle aimerait te parler.",
    ],
    "inv_step": {
        "entretien": ["Nous vous proposons un entretien dans nos locaux à {city}.",
                      "Est-ce que tu serais dispo pour un entretien à l'atelier ?"],
        "visio": ["Je vous propose un premier échange en visio (Teams) d'environ 45 minutes.",
                  "On peut faire une petite visio de 30 minutes avec notre CTO ?"],
        "essai": ["Nous aimerions t'inviter à une journée d'essai en boutique, rémunérée bien sûr.",
                  "Nous vous proposons une demi-journée d'immersion avec l'équipe pour voir si le courant passe."],
        "technique": ["La prochaine étape serait un entretien technique avec deux développeurs de l'équipe.",
                      "Nous vous invitons à passer un test technique en ligne, puis à en discuter avec nous."],
        "cas": ["Nous vous enverrons une étude de cas à préparer, que vous nous présenterez lors de l'entretien.",
                "On te propose un petit exercice à faire chez toi, puis on en parle ensemble."],
        "telephone": ["Pourrions-nous fixer un court appel téléphonique pour faire connaissance ?",
                      "Un petit appel de 20 minutes cette semaine, ça te dirait ?"],
        "final": ["Notre directrice souhaiterait vous rencontrer pour un dernier entretien.",
                  "Il reste une dernière rencontre avec le patron, très informelle."],
    },
    "inv_when": [
        "Seriez-vous disponible {day} à {time} ? Sinon {day2} à {time2} est possible.",
        "Tu peux choisir un créneau directement ici : {link}",
        "Je propose {day} à {time}, dis-moi si ça te va.",
        "Nous avons des disponibilités {day} ou {day2} à partir de {time2}.",
        "Le lien de la visio : {link}",
        "L'entretien aura lieu au {num} rue de la République, {city}. Présentez-vous à l'accueil.",
    ],
    "inv_confirm": [
        "Merci de me confirmer votre présence.",
        "Tiens-moi au courant !",
        "Au plaisir de vous rencontrer.",
        "Pensez à apporter une pièce d'identité.",
        "Si tu as des questions d'ici là, n'hésite pas.",
    ],
    "reschedule": [
        "Je suis désolée, je dois décaler notre entretien prévu {day} suite à un imprévu.",
        "Nous devons malheureusement reporter l'entretien, la directrice étant en déplacement – il aura bien lieu, à une autre date.",
        "Petit changement : on doit déplacer ta visio, désolé pour le contretemps !",
    ],
    "rejinv_bridge": [
        "Pour le poste de {role}, nous avons retenu un autre profil. En revanche, un poste de {role2} vient de s'ouvrir et votre parcours y correspond très bien.",
        "On ne te prend pas pour le poste de {role}, mais on aimerait te parler d'un poste de {role2} qui te correspond mieux.",
        "Ce ne sera pas pour {role}, mais nous souhaiterions vous rencontrer pour une autre offre.",
    ],
    "ack_core": [
        "Nous accusons bonne réception de votre candidature au poste de {role}.",
        "Merci pour ta candidature, bien reçue !",
        "Votre CV et votre lettre de motivation nous sont bien parvenus{ref}.",
        "Je vous confirme que nous avons bien reçu votre dossier.",
        "Bien reçu ton CV, je le transmets au chef d'atelier.",
        "Nous avons bien reçu votre candidature et vous remercions de l'intérêt que vous portez à {co}.",
    ],
    "ack_next": [
        "Nous reviendrons vers vous dans un délai de trois semaines.",
        "Je te redis d'ici la fin de la semaine prochaine.",
        "Sans réponse de notre part d'ici un mois, considérez que votre candidature n'a pas été retenue.",
        "Nous étudions toutes les candidatures et revenons vers vous rapidement.",
    ],
    "ackinv_step": [
        "Pour la suite, nous vous invitons à compléter un test en ligne d'environ 30 minutes : {link}",
        "Tu peux déjà réserver un créneau pour un premier appel ici : {link}",
        "Nous aimerions vous proposer directement un entretien vidéo ; choisissez un créneau : {link}",
    ],
    "offer_core": [
        "Nous avons le plaisir de vous proposer le poste de {role} !",
        "Je fais court : on veut travailler avec toi ! Voici notre proposition pour le poste de {role}.",
        "Suite à nos échanges, nous vous adressons une promesse d'embauche.",
        "Vous trouverez ci-joint notre proposition d'embauche pour le poste de {role}.",
        "Comme annoncé au téléphone, je te confirme par écrit : le poste est à toi si tu le veux.",
    ],
    "offer_detail": [
        "Rémunération : {salary}, prise de poste le {start}, CDI.",
        "Nous proposons {salary}, avec une prise de poste {start}.",
        "Conditions : {salary}, période d'essai de trois mois, démarrage {start}.",
        "Le salaire serait de {salary} et on aimerait que tu commences le {start}.",
    ],
    "offer_deadline": [
        "Merci de nous faire part de votre réponse d'ici {deadline}.",
        "Prends le temps d'y réfléchir et dis-moi d'ici {deadline}.",
        "Je reste disponible pour toute question sur le contrat.",
        "Si tout vous convient, renvoyez-nous le document signé.",
    ],
    "fbreply_open": [
        "Merci pour votre message, je vous fais volontiers un retour.",
        "Bien sûr, je peux te dire ce qui a coincé.",
        "J'ai repris mes notes d'entretien pour vous répondre.",
        "Avec plaisir, voici ce que l'équipe a relevé.",
    ],
    "fbreply_close": [
        "J'espère que cela vous sera utile.",
        "Courage, tu vas trouver !",
        "Bonne continuation dans vos démarches.",
        "Merci encore pour votre intérêt.",
    ],
}

REASON = {
    "role_filled": ["Le poste a entre-temps été pourvu en interne.", "Le poste est désormais pourvu.",
                    "Une ancienne collègue revient et reprend le poste."],
    "budget_freeze": ["Suite à la baisse d'activité, les embauches sont gelées jusqu'à nouvel ordre.",
                      "Le budget prévu pour ce recrutement a été supprimé.", "La direction a gelé tous les recrutements cette année."],
    "closer_fit": ["Nous avons retenu une personne dont l'expérience correspond plus précisément à nos besoins.",
                   "Un autre candidat maîtrise déjà notre logiciel métier.",
                   "La candidate retenue connaît déjà très bien notre secteur."],
    "level_mismatch": ["Nous cherchons finalement un profil plus senior.", "Votre profil est trop expérimenté pour ce poste.",
                       "Le poste demande davantage d'années d'expérience en encadrement."],
    "role_cancelled": ["Le poste a été supprimé suite à une réorganisation.", "Le projet est annulé et le recrutement avec.",
                       "Nous avons décidé de fermer ce poste."],
}

WEAK = {
    "coding": ["Lors de l'exercice de code, la solution était fonctionnelle mais difficile à lire et sans tests.",
               "Pendant le live coding, tu as eu du mal à avancer seul.",
               "Le code rendu comportait plusieurs bugs sur des cas simples."],
    "system_design": ["Quand on a parlé de faire tenir l'application à dix fois plus d'utilisateurs, la réponse est restée floue.",
                      "Le schéma d'architecture manquait de réflexion sur la charge et les pannes.",
                      "On aurait aimé t'entendre davantage sur la façon dont les briques du système communiquent."],
    "technical_depth": ["Sur les questions de fond (bases de données, réseau), les réponses restaient en surface.",
                        "Quand nous avons creusé, il manquait souvent le pourquoi.",
                        "Les connaissances en comptabilité analytique nous ont paru un peu légères pour le poste."],
    "behavioural": ["Quand on t'a demandé de raconter une situation difficile, l'exemple est resté très vague.",
                    "Vos exemples d'expériences passées ne permettaient pas de voir votre rôle personnel."],
    "communication": ["Les réponses étaient parfois longues et on perdait le fil.",
                      "Vous avez eu du mal à expliquer simplement des sujets complexes.",
                      "Tu parlais très vite, c'était parfois difficile à suivre."],
    "questions_to_ask": ["À la fin, vous n'aviez aucune question pour nous, ce qui a surpris l'équipe.",
                         "On aurait aimé que tu poses des questions sur le poste ou l'équipe."],
    "composure": ["On a senti beaucoup de stress, et sous pression vous avez perdu vos moyens.",
                  "Quand le test s'est compliqué, tu as paru déstabilisé."],
    "experience_level": ["Il vous manque encore de l'expérience terrain, notamment face aux clients.",
                         "Pour les responsabilités du poste, ton expérience est encore un peu courte."],
    "collaboration": ["Pendant l'exercice en groupe, vous avez peu laissé de place aux autres.",
                      "On a eu l'impression que tu préfères travailler seul, alors que chez nous tout se fait en binôme."],
    "cv_positioning": ["Ton CV ne montrait pas clairement ce que tu as fait dans tes derniers postes.",
                       "La lettre de motivation était très générique, sans lien avec notre offre.",
                       "Le portfolio était difficile à parcourir, vos meilleurs projets arrivaient tout à la fin."],
}

SUBJ = {
    "rej": ["Votre candidature – {role}", "Réponse à votre candidature", "Ta candidature chez {co}", "Candidature {role}{ref}",
            "Suite à notre entretien", "RE: Candidature au poste de {role}", "Notre décision", "{co} – suite de votre candidature",
            "Journée d'essai"],
    "inv": ["Invitation à un entretien", "Proposition d'entretien", "Entretien – {role}", "On se rencontre ? 🙂",
            "RE: Candidature {role}", "Prochaine étape", "{co} : entretien{ref}", "Petit appel ?", "Journée d'essai"],
    "resched": ["Report de l'entretien", "RE: Entretien – nouvelle date", "Changement d'horaire"],
    "ack": ["Accusé de réception", "Votre candidature a bien été reçue", "RE: Candidature {role}", "Candidature reçue",
            "Merci pour ta candidature !", "Accusé de réception de votre candidature{ref}"],
    "offer": ["Proposition d'embauche", "Promesse d'embauche – {role}", "Bonne nouvelle 🎉", "Votre contrat",
              "Offre – {co}", "RE: Deuxième entretien", "Proposition"],
    "fbreq": ["Demande de retour", "Retour sur mon entretien", "Suite à votre réponse", "Petite question"],
}

SENT = {
    "fbreq_open": ["Merci pour votre réponse, même si je suis évidemment déçu.", "Merci pour ton message honnête.",
                   "Dommage que cela n'ait pas abouti, merci tout de même pour la réponse rapide.",
                   "J'ai bien reçu votre réponse et je respecte votre décision."],
    "fbreq_ask": ["Serait-il possible d'avoir un bref retour sur ce qui a fait la différence ? Cela m'aiderait beaucoup.",
                  "Auriez-vous quelques minutes pour me dire ce que j'aurais pu mieux faire lors de l'entretien ?",
                  "Est-ce que tu pourrais me dire ce qui a coincé ? J'aimerais progresser.",
                  "Pourriez-vous me faire part des points à améliorer dans mon dossier ou mon entretien ?"],
    "fbreq_close": ["Merci d'avance.", "Merci et bonne continuation à l'équipe.", "Tout retour, même bref, serait précieux.",
                    "Merci beaucoup !"],
}

NEG = [
    ("INBOX", "co", "person", "Point d'étape sur votre candidature",
     "<G>\n\nJe me permets de vous informer que le processus pour le poste de {role} est toujours en cours. Nous avons reçu beaucoup de candidatures et reviendrons vers vous d'ici la fin du mois.\n\nMerci de votre patience.\n\n<SIG>"),
    ("INBOX", "co", "person", "RE: Des nouvelles ?",
     "<G>\n\nDésolé pour le silence, le patron est en congés. Ton dossier est toujours chez nous, rien n'est décidé. Je reviens vers toi !\n\n<SIG>"),
    ("INBOX", "co", "person", "Rappel : entretien {day}",
     "<G>\n\nPetit rappel : nous nous voyons comme convenu {day} à {time} dans nos locaux à {city}. Le code de la porte est 4512B.\n\n<SIG>"),
    ("INBOX", "co", "person", "Demain {time}",
     "<G>\n\nJuste pour confirmer qu'on se parle demain, même lien que dans l'invitation. À demain !\n\n<SIG>"),
    ("INBOX", "co", "person", "Merci pour l'entretien",
     "<G>\n\nMerci d'être venu(e) aujourd'hui, c'était un échange intéressant. Nous voyons encore deux personnes cette semaine et nous vous tiendrons informé(e).\n\n<SIG>"),
    ("INBOX", "co", "person", "Confirmation de rendez-vous",
     "<G>\n\nParfait, c'est noté pour {day} à {time}. À bientôt.\n\n<SIG>"),
    ("INBOX", "co", "person", "Bienvenue ! Documents pour ton arrivée",
     "<G>\n\nRavi que tu aies accepté notre proposition ! Pour préparer ton contrat, il nous manque ton RIB, ta carte vitale et une copie de ta pièce d'identité. Le formulaire est en pièce jointe.\n\n<SIG>"),
    ("INBOX", "co", "person", "Votre premier jour",
     "<G>\n\nRendez-vous le {start} à 9h à l'accueil. Votre badge et votre ordinateur vous y attendront.\n\n<SIG>"),
    ("INBOX", None, "person", "Planning de la semaine prochaine",
     "<G>\n\nVoici le planning. Attention, samedi il manque quelqu'un à la fermeture, qui peut prendre le créneau 14h-21h ?\n\n<SIG>"),
    ("INBOX", None, "person", "Tu peux faire passer un entretien ?",
     "<G>\n\nOn reçoit un candidat pour le poste de magasinier {day} à {time}. Tu pourrais participer à l'entretien et lui poser deux ou trois questions techniques ? Je t'envoie son CV.\n\n<SIG>"),
    ("INBOX", None, "person", "Votre demande de location – appartement rue Nationale",
     "<G>\n\nNous vous remercions pour votre dossier. Malheureusement, le propriétaire a choisi un autre locataire. Bonne continuation dans vos recherches.\n\nAgence Immobilière du Centre"),
    ("INBOX", None, "Parcoursup / Admission|admission@univ-candidatures.fr", "Réponse à votre candidature en master",
     "Madame, Monsieur,\n\nNous avons le regret de vous informer que votre candidature en Master 2 n'a pas été retenue par la commission pédagogique.\n\nLe service des admissions"),
    ("INBOX", None, "France Travail|ne-pas-repondre@francetravail-info.fr", "Convocation à un entretien de suivi",
     "Bonjour,\n\nVous êtes convoqué(e) à un rendez-vous avec votre conseiller le {day} à {time} à l'agence de {city}. Merci de vous munir de votre CV. En cas d'absence non justifiée, votre inscription pourrait être suspendue.\n\nFrance Travail"),
    ("INBOX", None, "Actiris|info@actiris-mail.be", "Offre d'emploi qui pourrait vous intéresser",
     "Bonjour,\n\nVotre conseillère vous transmet l'offre {role} chez {co}. Pensez à postuler et à nous tenir informés.\n\nActiris"),
    ("INBOX", None, "Banque Populaire|credit@bp-info.fr", "Votre demande de prêt",
     "Madame, Monsieur,\n\nAprès étude de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre demande de prêt personnel.\n\nVotre conseiller"),
    ("INBOX", None, "Festival Off|programmation@festoff.fr", "Votre proposition de spectacle",
     "Bonjour,\n\nMerci pour l'envoi de votre dossier artistique. Nous ne pourrons malheureusement pas programmer votre spectacle cette année.\n\nL'équipe de programmation"),
    ("INBOX", None, "La Lettre Emploi|newsletter@lettre-emploi.fr", "Refusé après l'entretien ? 5 conseils",
     "Cette semaine : comment rebondir après un refus, préparer un entretien d'embauche et négocier une promesse d'embauche.\n\nLire la suite →\n\nSe désinscrire"),
    ("INBOX", None, "Alertes Emploi|alertes@emploi-region.fr", "8 nouvelles offres : {role}",
     "Nouvelles offres correspondant à votre recherche :\n\n• {role} – {co} – {city}\n• {role2} – CDD\n• {role} – CDI\n\nPostulez dès maintenant. Gérer mes alertes."),
    ("INBOX", None, "LinkedIn|messages-noreply@linkedin.example", "Vous apparaissez dans les recherches",
     "Votre profil est apparu dans 14 recherches cette semaine. Complétez votre profil pour être contacté par les recruteurs.\n\nSe désabonner"),
    ("INBOX", "co", "{co}|evenements@{dom}", "Invitation : soirée portes ouvertes chez {co}",
     "Bonjour,\n\nNous organisons {day} une soirée découverte de nos métiers : visite, rencontres avec l'équipe, buffet. Inscription gratuite.\n\nÀ bientôt !"),
    ("INBOX", None, "APEC|webinaires@apec-info.fr", "Webinaire : réussir son entretien d'embauche",
     "Bonjour,\n\nInscrivez-vous à notre webinaire gratuit {day} : préparer ses réponses, parler salaire, gérer un refus.\n\nJe m'inscris"),
    ("INBOX", None, "Service RH|offre.emploi.rh@gmail.com", "Félicitations ! Vous êtes embauché(e)",
     "Bonjour,\n\nVotre profil a été sélectionné pour un poste d'assistant(e) à domicile payé 3 500 €/mois, sans entretien. Envoyez-nous votre RIB et une copie de votre carte d'identité pour recevoir votre contrat.\n\nService RH"),
    ("INBOX", None, "agency", "Poste déjà pourvu",
     "<G>\n\nJe t'avais parlé la semaine dernière du poste de {role} à {city}. Avant même qu'on envoie ton CV, le client l'a pourvu en interne. Je reviens vers toi dès que j'ai autre chose.\n\n<SIG>"),
    ("INBOX", None, "agency", "Opportunité {role}",
     "<G>\n\nVotre profil a retenu mon attention pour une mission chez l'un de nos clients à {city}. Seriez-vous ouvert(e) à en discuter ?\n\n<SIG>"),
    ("INBOX", "co", "person", "RE: Demande de retour",
     "<G>\n\nJe comprends votre demande, mais notre politique ne nous permet pas de faire de retours individuels. Merci de votre compréhension.\n\n<SIG>"),
    ("INBOX", None, "Mail Delivery Subsystem|mailer-daemon@orange.fr", "Non remis : Candidature {role}",
     "Votre message n'a pas pu être remis à recrutement@{dom}.\n\n550 5.1.1 Adresse inconnue"),
    ("INBOX", "co", "person", "Réponse automatique : Candidature",
     "Bonjour, je suis absente jusqu'au {day} inclus. Pour toute urgence, merci de contacter rh@{dom}. Cordialement."),
    ("INBOX", None, "person", "Apéro vendredi ?",
     "Salut <ME> !\n\nOn se fait un apéro vendredi soir chez Léa, tu viens ? Et raconte, ça avance les candidatures ?\n\nBises, {sfirst}"),
    ("Sent", "co", "", "Merci pour l'entretien",
     "<GS>\n\nMerci pour l'échange d'aujourd'hui. Le poste de {role} me motive encore davantage et j'attends votre retour avec impatience.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Retrait de ma candidature",
     "<GS>\n\nJe souhaite retirer ma candidature au poste de {role} : j'ai accepté une autre proposition entre-temps. Merci pour votre temps.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "RE: Proposition d'embauche",
     "<GS>\n\nC'est avec grand plaisir que j'accepte votre proposition ! Je vous renvoie la promesse signée d'ici vendredi.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "RE: Invitation à un entretien",
     "<GS>\n\nMerci pour l'invitation ! {day} à {time} me convient parfaitement.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Candidature – {role}",
     "<GS>\n\nJe me permets de vous adresser ma candidature pour le poste de {role}. Vous trouverez ci-joint mon CV et ma lettre de motivation.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Relance candidature {role}",
     "<GS>\n\nJ'ai postulé il y a trois semaines au poste de {role} et je me permets de vous relancer : avez-vous des nouvelles ?\n\n<SO>\n<ME>"),
    ("Sent", None, "", "Visite appartement",
     "Bonjour,\n\nJe suis intéressé(e) par l'appartement et souhaiterais le visiter. Seriez-vous disponible {day} ?\n\n<SO>\n<ME>"),
]

WRONG = {
    "formal": _re.compile(r"(\b(tu|te|toi|ton|ta|tes|Tu|Ton|Ta|Tes|Tiens-moi|dis-moi|Prends|Si ça peut t')\b|\bt')"),
    "informal": _re.compile(r"\b(vous|votre|vos|Vous|Votre|Vos|Seriez-vous|Pourriez-vous|Auriez-vous)\b"),
}

NEG_EXTRA = ["Si vous avez des questions, je suis joignable le matin.", "Désolée pour le délai de réponse, c'est la course ici.",
             "{sfirst} te passe le bonjour !", "Il pleut des cordes à {city}, mais bon.", "Je serai absente à partir de {day} pendant une semaine.",
             "Petite info au passage : on déménage à l'automne.", "Mon numéro direct a changé, voir ci-dessous.", "Merci pour votre patience, sincèrement."]
SYS_TAIL = ["Référence dossier : #", "Identifiant : #", "Merci de ne pas répondre à ce message automatique. (n° #)",
            "Votre référence : #", "Vous recevez ce message car vous êtes inscrit(e). ID #", "Édité le {day} · n° #"]

S["small_talk"] = ["J'espère que vous avez passé un bon week-end.", "Désolé pour le délai, c'était la folie ici.", "J'espère que vous allez bien.",
                   "Pardon pour l'attente, période de vacances oblige.", "Je vous écris entre deux rendez-vous clients.",
                   "Après une semaine de salon bien chargée, je prends enfin le temps de vous écrire."]
S["ps"] = ["PS : on peut se garer dans la cour.", "P.S. Toute l'équipe te salue !", "PS : vous pouvez aussi me répondre par SMS au numéro ci-dessous.",
           "Envoyé de mon iPhone", "PS : excusez les fautes, écrit depuis mon téléphone."]
S["thanks_apply"] += ["Merci d'être passé à la boutique l'autre jour.", "Nous avons pris notre temps, mais notre décision est prise.",
                      "Vous nous aviez écrit il y a quelques semaines.", "Merci encore pour votre patience, le processus a duré plus longtemps que prévu."]
S["rej_soft"] += ["Finalement, nous avons choisi une personne qui faisait déjà des extras chez nous.", "Je dois malheureusement te dire qu'on prend quelqu'un d'autre.",
                  "Malgré votre parcours intéressant, nous ne pourrons pas travailler ensemble cette fois.", "Ça n'a pas suffi, nous partons sur une autre piste.",
                  "Nous avons décidé de confier le poste à une autre personne."]
S["luck"] += ["Courage et à bientôt peut-être !", "Je croise les doigts pour tes prochaines candidatures.", "Portez-vous bien.",
              "Nous espérons que vous trouverez rapidement le poste qui vous convient."]
S["inv_open"] += ["Votre dossier nous a fait très bonne impression.", "Ta candidature nous a tapé dans l'œil !", "Bref : on aimerait continuer avec vous.",
                  "Votre lettre nous a donné envie d'en savoir plus."]
S["inv_when"] += ["J'ai des disponibilités mardi à jeudi en matinée la semaine prochaine, qu'est-ce qui vous arrange ?",
                  "Que dirais-tu de {day} ? Tu choisis l'heure.", "Comptez environ une heure, ensuite on vous fait visiter l'atelier."]
S["ack_core"] += ["Votre candidature est bien arrivée jusqu'à moi, merci !", "Merci pour ton mail, le dossier est complet.",
                  "Nous avons bien reçu votre candidature et la transmettons au service concerné."]
S["offer_core"] += ["L'équipe est unanime : nous aimerions que vous nous rejoigniez.", "Super content de t'envoyer notre proposition aujourd'hui !"]
S["rej_blunt"] += ["On a pris quelqu'un d'autre.", "C'est non, désolé."]
