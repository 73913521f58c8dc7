"""French fragment bank of writer w16 (France, Belgium, Québec, Romandie). Same layout as _w16_de."""

GREET_SIE = ["Madame, Monsieur,", "Bonjour {cname},", "{c_cher} {clast},", "Bonjour {c_mme} {clast},", "Bonjour,",
             "{c_mme} {clast},", "Bonjour {cfirst},", "Bonjour Madame, Bonjour Monsieur,", "Chère candidate, cher candidat,"]
GREET_DU = ["Salut {cfirst} !", "Hello {cfirst},", "Coucou {cfirst},", "Bonjour {cfirst} !", "Allô {cfirst},", "Hey {cfirst} 👋"]
SIGN = ["Cordialement,", "Bien cordialement,", "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "Bien à vous,", "Belle journée,", "À bientôt,", "Salutations distinguées,", "Au plaisir,", "Bonne soirée,",
        "Meilleures salutations,", "Bien à toi,", "Cdlt,"]
SIGN_ROLE = ["Chargée de recrutement", "Responsable RH", "Talent acquisition", "Direction des ressources humaines",
             "Gérant", "CTO & cofondateur", "Service recrutement", "Conseillère en dotation", "Office manager"]
FOOTER = [
    "{legal} – capital de 50 000 € – RCS {city} 812 {ref}",
    "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.",
    "Conformément au RGPD, vos données sont conservées deux ans. Pour exercer vos droits : rgpd@{dom}",
    "Merci de ne pas répondre à ce message envoyé automatiquement.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
    "Se désabonner des notifications : {portal}/preferences",
    "Avis de confidentialité : ce courriel est destiné uniquement à son destinataire.",
]

REASONS = {
    "role_filled": ["Le poste a entre-temps été pourvu.", "Nous avons finalement pourvu ce poste en interne.",
                    "le poste n'est plus disponible, il vient d'être attribué",
                    "La personne retenue a déjà accepté notre proposition."],
    "budget_freeze": ["En raison d'un gel des embauches décidé par la direction, nous suspendons ce recrutement.",
                      "Les contraintes budgétaires de cette fin d'année ne nous permettent plus d'ouvrir ce poste.",
                      "Notre budget de recrutement a été revu à la baisse et ce poste n'est plus financé."],
    "closer_fit": ["Nous avons retenu une candidature dont le parcours correspond plus étroitement à nos besoins.",
                   "Un autre profil, plus proche des attentes de l'équipe, a été privilégié.",
                   "Notre choix s'est porté sur une personne dont l'expérience colle davantage au poste."],
    "level_mismatch": ["Nous recherchons un profil plus senior, avec une expérience confirmée de management.",
                       "Votre profil nous semble trop expérimenté pour ce poste junior.",
                       "Le poste demande un niveau d'expertise supérieur à celui de votre parcours actuel."],
    "role_cancelled": ["Suite à une réorganisation interne, le poste a été supprimé.",
                       "Le projet pour lequel nous recrutions a été abandonné et l'offre est retirée.",
                       "Nous avons décidé de ne pas ouvrir ce poste finalement."],
}
NO_REASON = ["Nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature.",
             "Après étude attentive de votre dossier, nous avons le regret de ne pas pouvoir retenir votre candidature.",
             "Nous avons décidé de poursuivre le processus avec d'autres candidats.",
             "Votre candidature n'a malheureusement pas été retenue.",
             "Malheureusement, nous n'allons pas donner suite.",
             "Nous ne poursuivrons pas le processus avec vous."]

TOPICS = {
    "coding": ["Sur l'exercice de code, la solution rendue manquait de tests et plusieurs cas limites n'étaient pas gérés.",
               "Lors du live coding, tu as eu du mal à aboutir à une version qui fonctionne.",
               "Le code du test technique était difficile à lire et peu structuré."],
    "system_design": ["Sur la partie architecture, on aurait aimé que tu réfléchisses davantage à la montée en charge du service.",
                      "La conception du système restait floue sur le stockage et la tolérance aux pannes.",
                      "Votre schéma d'architecture n'abordait pas la question de la scalabilité."],
    "technical_depth": ["Certaines réponses techniques sont restées en surface, notamment sur les bases de données.",
                        "Nous aurions attendu une maîtrise plus approfondie des outils mentionnés sur votre CV."],
    "behavioural": ["Lors des questions sur vos expériences passées, les exemples donnés manquaient de concret.",
                    "Tes réponses sur la gestion de situations difficiles sont restées assez théoriques."],
    "communication": ["Vos réponses étaient parfois longues et il était difficile d'en saisir l'essentiel.",
                      "La présentation aurait gagné à être plus structurée et plus synthétique."],
    "questions_to_ask": ["Vous n'aviez presque pas de questions sur l'équipe ou le poste, ce qui nous a surpris.",
                         "On attendait un peu plus de curiosité de ta part sur notre produit en fin d'entretien."],
    "composure": ["Le stress semblait vous gêner pendant l'étude de cas.", "Tu avais l'air très tendu face au jury, ce qui t'a desservi."],
    "experience_level": ["Il vous manque encore de l'expérience en gestion de projet pour ce poste.",
                         "Votre expérience du secteur bancaire reste un peu courte pour nos enjeux."],
    "collaboration": ["Pendant l'exercice en groupe, vous avez peu interagi avec les autres participants.",
                      "Le travail en équipe transparaissait peu dans vos exemples."],
    "cv_positioning": ["Votre CV ne mettait pas assez en valeur vos réalisations concrètes.",
                       "La lettre de motivation était très générique et ne parlait pas vraiment de notre poste.",
                       "Ton portfolio ne montrait pas de projets en lien avec ce que nous faisons."],
}
PRAISE = ["Nous avons apprécié votre énergie et votre motivation.", "Ton parcours est vraiment intéressant.",
          "Votre maîtrise technique est réelle.", "L'échange a été très agréable.", ""]

K = {}
K["ack"] = dict(
    labels=["application_ack"],
    subj=["Accusé de réception de votre candidature", "Votre candidature – {role}", "Candidature bien reçue !",
          "Confirmation de candidature {ref}", "Merci pour votre candidature chez {co}", "Suite à votre candidature"],
    parts=[["nous accusons bonne réception de votre candidature au poste de {role}.",
            "merci pour l'intérêt que vous portez à {co} ! Votre candidature a bien été reçue.",
            "votre dossier de candidature nous est bien parvenu et nous vous en remercions.",
            "on a bien reçu ta candidature, merci !"],
           ["Nos équipes l'étudient avec attention et reviendront vers vous dans les meilleurs délais.",
            "Si votre profil correspond à nos attentes, nous vous contacterons sous trois semaines.",
            "Vous pouvez suivre l'avancement de votre candidature sur notre portail : {portal}", ""],
           ["", "Référence de l'annonce : {ref}."]],
)
K["rej"] = dict(
    labels=["rejection"],
    subj=["Votre candidature au poste de {role}", "Réponse à votre candidature", "Suite à votre candidature", "{co} – votre candidature",
          "RE: Candidature {role}", "Candidature {ref}"],
    parts=[["nous vous remercions de l'intérêt que vous avez manifesté pour notre entreprise.",
            "suite à votre candidature au poste de {role}, nous revenons vers vous.",
            "merci encore pour le temps consacré à nos échanges.", "merci d'avoir postulé chez {co}."],
           ["{reason}"],
           ["Nous conservons votre CV dans notre vivier pour de futures opportunités.",
            "Cette décision ne remet pas en cause la qualité de votre parcours.", "", ""],
           ["Nous vous souhaitons pleine réussite dans vos recherches.", "Bonne continuation !", ""]],
)
K["rej_fb"] = dict(
    labels=["rejection", "feedback"],
    subj=K["rej"]["subj"] + ["Retour sur ton entretien", "Suite à nos entretiens – retour"],
    parts=[["merci pour l'entretien de {wd} dernier.", "merci encore d'avoir passé le test technique et les entretiens.",
            "merci d'être venu(e) nous rencontrer dans nos locaux de {city}."],
           ["Nous ne donnerons malheureusement pas suite.", "On a décidé de ne pas continuer avec toi pour ce poste.",
            "Nous avons choisi de ne pas poursuivre le processus."],
           ["{praise}"],
           ["Pour être transparents : {fb}", "Voici quelques éléments de retour : {fb}", "{fb}"],
           ["Bonne continuation.", ""]],
)
K["invite"] = dict(
    labels=["interview_invite"],
    subj=["Invitation à un entretien", "Convocation à un entretien – {role}", "Suite à votre candidature : entretien",
          "Proposition d'entretien téléphonique", "Test technique {co}", "Rencontre avec l'équipe ?", "RE: Candidature {role}"],
    parts=[["votre candidature a retenu toute notre attention.", "suite à votre candidature, nous souhaiterions vous rencontrer.",
            "ton profil nous plaît beaucoup !"],
           ["Nous vous proposons un entretien le {wd} {day} {month} à {time_fr} dans nos locaux de {city}.",
            "Seriez-vous disponible pour un premier échange téléphonique de 20 minutes ? Vous pouvez réserver un créneau ici : {link}",
            "La prochaine étape est un test technique en ligne d'environ une heure, à réaliser avant le {day2} {month} : {link}",
            "On te propose un call visio avec notre CTO, {first}, {wd} à {time_fr}. Ça te va ?",
            "Nous vous invitons à une journée d'assessment le {day} {month}, avec étude de cas et entretien avec le jury."],
           ["Merci de nous confirmer votre disponibilité.", "Si le créneau ne convient pas, proposez-nous d'autres disponibilités.", ""]],
)
K["reschedule"] = dict(
    labels=["interview_invite"],
    subj=["Report de votre entretien", "Changement d'horaire – entretien {role}"],
    parts=[["nous sommes contraints de déplacer notre entretien prévu {wd}.", "un imprévu nous oblige à décaler notre rendez-vous."],
           ["Pourriez-vous plutôt le {day2} {month} à {time_fr} ?", "Merci de choisir un nouveau créneau : {link}"], ["Toutes nos excuses.", ""]],
)
K["ack_invite"] = dict(
    labels=["application_ack", "interview_invite"],
    subj=["Candidature reçue – prochaine étape", "Votre candidature chez {co} : test en ligne"],
    parts=[["nous avons bien reçu votre candidature pour le poste de {role}.", "merci, ta candidature est bien arrivée."],
           ["Pour la suite, nous vous invitons à passer notre évaluation en ligne (45 min) : {link}",
            "Étape suivante : un entretien vidéo différé de trois questions, à enregistrer ici : {link}"],
           ["Bonne chance !", ""]],
)
K["rej_invite"] = dict(
    labels=["rejection", "interview_invite"],
    subj=["Votre candidature et une autre opportunité", "Candidature {role} – autre poste"],
    parts=[["nous ne retiendrons pas votre candidature pour le poste de {role}.", "pour le poste de {role}, nous avons retenu un autre profil."],
           ["En revanche, votre parcours nous intéresse pour le poste de {role2} : seriez-vous disponible pour un entretien {wd} à {time_fr} ?",
            "Nous aimerions néanmoins vous rencontrer pour le poste de {role2}. Réservez un créneau : {link}"],
           ["Au plaisir d'échanger.", ""]],
)
K["offer"] = dict(
    labels=["offer"],
    subj=["Proposition d'embauche", "Promesse d'embauche – {role}", "Bonne nouvelle 🎉", "Notre proposition", "Offre d'emploi – {co}"],
    parts=[["nous avons le plaisir de vous proposer le poste de {role} au sein de {co}.",
            "suite à nos échanges, nous sommes ravis de vous faire une proposition d'embauche.",
            "on a adoré nos échanges et on aimerait beaucoup que tu rejoignes l'équipe !"],
           ["Rémunération annuelle brute : {salary_fr} €, CDI, prise de poste le {start}",
            "Vous trouverez ci-joint la promesse d'embauche détaillant un salaire de {salary_fr} € bruts annuels.",
            "Le salaire proposé est de {salary_fr} $ par année, avec quatre semaines de vacances."],
           ["Merci de nous faire part de votre décision d'ici {wd}.", "Nous espérons vivement vous compter parmi nous.", ""]],
)
K["fb_reply"] = dict(
    labels=["feedback"], reply=True,
    subj=["RE: Demande de retour", "Re: Suite à ma candidature", "RE: Retour sur mon entretien"],
    parts=[["voici comme promis quelques retours.", "merci pour votre message, je vous transmets volontiers les retours de l'équipe."],
           ["{praise}"], ["{fb}"], ["J'espère que cela vous aidera.", "J'espère que ça t'aidera pour la suite !", "Bonne continuation !", ""]],
    quoted="fbreq",
)
K["fbreq"] = dict(
    labels=["feedback_request"], folder="Sent", reply=True,
    subj=["RE: Votre candidature au poste de {role}", "Demande de retour", "Re: Réponse à votre candidature"],
    parts=[["merci pour votre réponse, même si je suis déçu(e).", "je vous remercie de m'avoir tenu(e) informé(e)."],
           ["Serait-il possible d'avoir un retour sur les points qui ont fait défaut ?",
            "Pourriez-vous m'indiquer ce que j'aurais pu améliorer lors de l'entretien ?",
            "Auriez-vous quelques minutes pour me faire un retour sur ma candidature ? Cela m'aiderait beaucoup."],
           ["Merci d'avance.", ""]],
    quoted="rej",
)
K["nofb"] = dict(
    labels=[], reply=True,
    subj=["RE: Demande de retour", "Re: Suite à ma candidature"],
    parts=[["merci pour votre message.", "nous comprenons votre demande."],
           ["Malheureusement, notre politique interne ne nous permet pas de communiquer de retour individuel.",
            "Nous avons reçu de nombreuses candidatures de grande qualité et ne sommes pas en mesure de détailler notre décision."],
           ["Bonne continuation.", ""]],
    quoted="fbreq",
)
K["interim"] = dict(
    labels=[],
    subj=["Point d'étape sur votre candidature", "Votre candidature est toujours à l'étude"],
    parts=[["nous tenons à vous informer que votre candidature est toujours en cours d'examen.",
            "le processus prend un peu plus de temps que prévu."],
           ["Nous reviendrons vers vous d'ici fin {month}.", "Merci pour votre patience."], [""]],
)
K["reminder"] = dict(
    labels=[],
    subj=["Rappel : votre entretien demain", "Confirmation de votre rendez-vous", "Rappel – entretien {wd} à {time_fr}"],
    parts=[["nous vous rappelons votre entretien prévu demain à {time_fr}.", "votre créneau est confirmé : {wd} {day} {month} à {time_fr}."],
           ["Présentez-vous à l'accueil au 3e étage.", "Le lien visio reste celui de l'invitation.", ""], ["À demain !", ""]],
)
K["thanks_today"] = dict(
    labels=[],
    subj=["Merci pour l'échange d'aujourd'hui", "Suite à notre rencontre"],
    parts=[["merci pour votre venue aujourd'hui et pour cet échange.", "merci pour ton temps cet après-midi !"],
           ["Nous faisons le point en interne et revenons vers vous la semaine prochaine."], [""]],
)
K["profile"] = dict(
    labels=[],
    subj=["Complétez votre profil candidat", "Votre candidature n'est pas finalisée"],
    parts=[["il manque quelques informations dans votre espace candidat.", "vous avez commencé une candidature sans la valider."],
           ["Ajoutez votre CV pour finaliser : {portal}"], [""]],
)
K["alert"] = dict(
    labels=[], company=False,
    subj=["Alerte emploi : 9 nouvelles offres « {role} »", "Nouvelles offres près de {city}", "Vos offres du jour"],
    parts=[["Voici les offres correspondant à votre alerte :", "De nouvelles annonces correspondent à votre recherche :"],
           ["— {role} · {co} · {city}\n— {role2} · CDI · télétravail partiel\n— Stage · plusieurs entreprises"],
           ["Modifier ou supprimer cette alerte : {portal}/alertes"]],
)
K["newsletter"] = dict(
    labels=[], company=False,
    subj=["Conseils entretien : les 7 questions pièges", "Refus après entretien : comment rebondir ?", "La lettre carrière du mois"],
    parts=[["Vous avez reçu un refus ? Pas de panique, voici comment rebondir.", "Préparez votre prochain entretien d'embauche avec nos conseils."],
           ["1. Demandez un retour. 2. Analysez vos réponses. 3. Relancez votre réseau.",
            "Entraînez-vous à présenter votre parcours en deux minutes et préparez des questions pour le recruteur."],
           ["Lire l'article complet sur le blog.", "Se désinscrire de la newsletter"]],
)
K["admission"] = dict(
    labels=[], company=False,
    subj=["Parcoursup / Mon Master : réponse à votre candidature", "Décision d'admission – Master 2"],
    parts=[["nous avons le regret de vous informer que votre candidature au Master 2 Finance n'a pas été retenue par la commission pédagogique.",
            "votre demande d'admission n'a pas reçu un avis favorable."],
           ["Le nombre de places est limité à 30 étudiants.", ""], ["Le service de la scolarité"]],
)
K["rental"] = dict(
    labels=[], company=False,
    subj=["Votre dossier de location", "Appartement rue {last} – réponse"],
    parts=[["merci pour votre dossier pour le T3.", "suite à la visite de samedi,"],
           ["le propriétaire a retenu un autre locataire.", "malheureusement votre dossier n'a pas été retenu par le bailleur."], ["L'agence"]],
)
K["kita"] = dict(
    labels=[], company=False,
    subj=["Mot aux parents : sortie scolaire", "Crèche – fermeture exceptionnelle"],
    parts=[["chers parents, la sortie au musée aura lieu {wd} prochain.", "la crèche sera fermée le {day} {month} pour formation du personnel."],
           ["Merci de prévoir un pique-nique.", ""], ["L'équipe éducative"]],
)
K["bank"] = dict(
    labels=[], company=False,
    subj=["Votre demande de prêt immobilier", "Nouveau document disponible"],
    parts=[["nous avons étudié votre demande de financement.", "un nouveau relevé est disponible dans votre espace client."],
           ["Nous ne sommes malheureusement pas en mesure d'y répondre favorablement.", ""], ["Votre conseiller"]],
)
K["webinar"] = dict(
    labels=[], company=False,
    subj=["Invitation : webinaire « Réussir son entretien »", "Salon de l'emploi {city} – inscrivez-vous", "Atelier CV gratuit {wd}"],
    parts=[["nous avons le plaisir de vous inviter à notre webinaire gratuit le {wd} à {time_fr}.", "le forum emploi de {city} revient le {day} {month} !"],
           ["Au programme : CV, entretien, négociation salariale.", "Plus de 60 recruteurs seront présents."], ["Inscription : {link}"]],
)
K["jobcentre"] = dict(
    labels=[], company=False,
    subj=["Convocation France Travail", "Rendez-vous avec votre conseiller", "Votre rendez-vous Actiris"],
    parts=[["vous êtes convoqué(e) à un entretien avec votre conseiller le {wd} {day} {month} à {time_fr}, agence de {city}.",
            "un rendez-vous de suivi de votre recherche d'emploi a été fixé."],
           ["En cas d'absence non justifiée, vous pourriez être radié(e) de la liste des demandeurs d'emploi.", "Munissez-vous d'une pièce d'identité."],
           ["Votre conseiller France Travail", "Actiris"]],
)
K["scam"] = dict(
    labels=[], company=False,
    subj=["Offre d'emploi : 2 800 € net en télétravail", "Félicitations, vous êtes sélectionné(e)"],
    parts=[["Votre profil a été sélectionné pour un poste d'assistant à domicile.", "Gagnez jusqu'à 300 € par jour sans expérience !"],
           ["Envoyez votre RIB et une copie de votre pièce d'identité sur Telegram pour recevoir le contrat."], ["Offre limitée."]],
)
K["onboarding"] = dict(
    labels=[],
    subj=["Bienvenue chez {co} ! Préparation de votre arrivée", "Documents à fournir avant votre arrivée"],
    parts=[["suite à la signature de votre contrat, voici les prochaines étapes.", "nous avons hâte de t'accueillir le {start} !"],
           ["Merci de nous transmettre votre carte vitale, un RIB et votre pièce d'identité.", "Ton ordinateur sera prêt le premier jour."], [""]],
)
K["interview_someone"] = dict(
    labels=[], company=False,
    subj=["Dispo pour un entretien candidat {wd} ?", "Jury d'entretien – poste {role}"],
    parts=[["on reçoit une candidate {wd} à {time_fr} pour le poste dans l'équipe.", "nous organisons les entretiens pour le poste de {role}."],
           ["Est-ce que tu pourrais mener la partie technique ? Je t'envoie son CV.", "Pourrais-tu faire partie du jury ?"], ["Merci !", ""]],
)
K["role_closed"] = dict(
    labels=[],
    subj=["RE: Question sur l'annonce {role}", "Annonce {role} clôturée"],
    parts=[["merci pour votre message.", "merci de l'intérêt porté à notre annonce."],
           ["L'offre a été clôturée avant votre prise de contact, nous ne prenons plus de candidatures.", "Le poste est déjà pourvu depuis la semaine dernière, l'annonce aurait dû être retirée."],
           ["N'hésitez pas à consulter nos autres offres.", ""]],
)
K["autoreply"] = dict(
    labels=[],
    subj=["Réponse automatique : Candidature {role}", "Absence du bureau"],
    parts=[["Je suis absente jusqu'au {day2} {month} inclus, avec un accès limité à mes courriels.", "Je suis en congés."],
           ["Pour toute urgence, contactez {pname}.", ""]],
)
K["bounce"] = dict(
    labels=[], company=False,
    subj=["Non remis : Candidature {role}", "Undelivered Mail Returned to Sender"],
    parts=[["Votre message n'a pas pu être remis à recrutement@{dom}.", "Échec de la remise aux destinataires suivants : rh@{dom}"],
           ["Erreur : 550 5.1.1 adresse inconnue"]],
)
K["s_thanks"] = dict(
    labels=[], folder="Sent", subj=["Merci pour l'entretien", "Suite à notre entretien"],
    parts=[["je tenais à vous remercier pour l'entretien de ce matin.", "merci encore pour cet échange très riche."],
           ["Le poste me motive encore plus après notre discussion.", ""], ["Dans l'attente de votre retour,", ""]],
)
K["s_withdraw"] = dict(
    labels=[], folder="Sent", subj=["Retrait de ma candidature", "RE: Invitation à un entretien"],
    parts=[["merci pour votre invitation.", "je vous remercie pour votre intérêt."],
           ["J'ai accepté une autre proposition et je retire donc ma candidature.", "Pour des raisons personnelles, je préfère retirer ma candidature."],
           ["Je vous souhaite une bonne continuation dans votre recrutement.", ""]],
)
K["s_accept"] = dict(
    labels=[], folder="Sent", subj=["RE: Proposition d'embauche", "Acceptation de votre offre"],
    parts=[["c'est avec grand plaisir que j'accepte votre proposition.", "je suis ravi(e) d'accepter l'offre !"],
           ["Je vous renvoie la promesse d'embauche signée.", "La date du {start} me convient parfaitement."], [""]],
)
K["s_schedule"] = dict(
    labels=[], folder="Sent", subj=["RE: Invitation à un entretien", "Re: Proposition d'entretien téléphonique"],
    parts=[["merci pour votre retour.", "merci beaucoup pour la proposition."],
           ["Je confirme ma présence le {wd} à {time_fr}.", "Je ne suis pas disponible {wd} ; serait-il possible le {day2} {month} ?"], [""]],
)
K["s_apply"] = dict(
    labels=[], folder="Sent", subj=["Candidature – {role}", "Candidature spontanée"],
    parts=[["je me permets de vous adresser ma candidature pour le poste de {role}.", "vous trouverez ci-joint mon CV et ma lettre de motivation."],
           ["Fort(e) de cinq ans d'expérience, je serais ravi(e) de rejoindre vos équipes.", ""], ["Je reste à votre disposition pour un entretien.", ""]],
)
K["personal"] = dict(
    labels=[], company=False, subj=["Dîner samedi ?", "Re: vacances", "Photos du mariage"],
    parts=[["Salut ! Tu es dispo samedi soir ?", "Voici les photos, bisous à tous.", "On part le 12, tu gardes le chat ?"], ["", "Bises"]],
)

# --- alternatives supplémentaires ---
K["rej"]["parts"][0] += [
    "nous avons bien étudié votre dossier avec l'équipe opérationnelle.",
    "tout d'abord, merci pour votre candidature et pour la qualité de votre dossier.",
    "veuillez excuser le délai de notre réponse.",
    "le processus de recrutement pour le poste de {role} est désormais terminé.",
    "merci pour ta candidature et pour le temps passé avec nous.",
]
K["rej"]["parts"][2] += ["Nous savons que cette réponse est décevante.", "N'hésitez pas à postuler à nouveau à nos futures offres."]
K["rej"]["subj"] += ["Votre candidature chez {co}", "Candidature au poste {role} – réponse", "Retour sur votre candidature", "Notre décision"]
K["invite"]["parts"][0] += ["nous avons lu votre candidature avec beaucoup d'intérêt.", "merci pour ta patience, on passe à l'étape suivante !",
                            "votre profil a retenu l'attention de notre directeur technique."]
K["invite"]["parts"][1] += [
    "Nous aimerions vous convier à un entretien en visioconférence (Teams) le {wd} {day} {month} à {time_fr}.",
    "Tu veux passer au bureau {wd} vers {time_fr} pour rencontrer l'équipe autour d'un café ?",
    "La prochaine étape consiste en un cas pratique à préparer chez vous, que vous présenterez ensuite au jury.",
]
K["invite"]["subj"] += ["Proposition de rendez-vous", "Entretien – {role}", "Votre candidature : prochaine étape"]
K["ack"]["parts"][1] += ["En raison du nombre important de candidatures, notre délai de réponse peut atteindre quatre semaines.",
                         "Sans réponse de notre part sous un mois, considérez que votre candidature n'a pas été retenue."]
K["interim"]["parts"][1] += ["Votre dossier est actuellement entre les mains du manager.", "Nous rencontrons encore quelques candidats."]
K["offer"]["parts"][0] += ["j'ai le plaisir de vous confirmer par écrit notre proposition évoquée au téléphone."]

K["other_reject"] = dict(
    labels=[], company=False,
    subj=["Votre proposition de communication", "Demande de subvention – décision", "Rendez-vous visa – demande refusée", "Adhésion au club"],
    parts=[["merci pour votre proposition d'intervention au colloque.", "votre demande de subvention a été examinée par le comité.",
            "votre demande de rendez-vous au consulat n'a pas pu aboutir."],
           ["Le comité de programme ne l'a malheureusement pas retenue cette année.", "Elle n'a pas reçu un avis favorable.",
            "Le club affiche complet pour la saison, nous ne pouvons pas accepter de nouvelle adhésion."],
           ["Le comité d'organisation", "Cordialement, le secrétariat"]],
)
K["rej"]["parts"][0] += ["nous devons malheureusement annuler l'entretien prévu {wd}."]
