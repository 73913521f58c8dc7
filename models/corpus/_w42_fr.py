"""Writer 42: French fragments (vous / start-up tu; France, Belgium, Switzerland, Québec)."""

LANG = "fr"


def greet(rng, p, reg, region=None):
    if reg == "i":
        return rng.choice([f"Salut {p['first']},", f"Hello {p['first']} !", f"Bonjour {p['first']},",
                           f"Allô {p['first']}," if region == "QC" else f"Coucou {p['first']},"])
    civ = {"f": "Madame", "m": "Monsieur"}.get(p["g"])
    opts = [f"Bonjour {p['full']},", f"Bonjour {p['first']},"]
    if civ:
        opts += [f"{civ},", f"Bonjour {civ} {p['last']},", f"Chère {civ}," if civ == "Madame" else "Cher Monsieur,"]
    else:
        opts += ["Madame, Monsieur,"]
    return rng.choice(opts)


def close(rng, reg, region=None):
    if reg == "i":
        return rng.choice(["À très vite,", "Belle journée !", "Bonne journée,", "À bientôt,", "Bises de toute l'équipe"])
    if region == "QC":
        return rng.choice(["Cordialement,", "Bonne journée,", "Salutations distinguées,", "Merci et au plaisir,"])
    if region == "BE":
        return rng.choice(["Bien à vous,", "Cordialement,", "Meilleures salutations,"])
    return rng.choice(["Cordialement,", "Bien cordialement,", "Veuillez agréer nos salutations distinguées.",
                       "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos sincères salutations.", "Bien à vous,"])


S = {
    "thanks_apply": [
        "nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
        "merci d'avoir postulé à notre offre « {role} ».",
        "nous avons bien pris connaissance de votre candidature pour le poste de {role} et vous en remercions.",
        "tout d'abord, merci pour le temps consacré à votre candidature.",
        "nous vous remercions pour votre candidature et pour les échanges que nous avons eus.",
    ],
    "thanks_apply_i": ["merci pour ta candidature au poste de {role} !", "merci d'avoir pensé à {company} pour la suite de ton parcours.",
                       "un grand merci pour ta candidature et ton temps."],
    "ack": [
        "nous accusons bonne réception de votre candidature au poste de {role} (réf. {ref}).",
        "votre dossier de candidature a bien été enregistré le {date}.",
        "nous vous confirmons la bonne réception de votre CV et de votre lettre de motivation.",
        "ce message automatique confirme que votre candidature a bien été transmise à notre équipe RH.",
        "votre candidature est bien arrivée chez nous et a été transmise au manager concerné.",
    ],
    "ack_i": ["ta candidature pour {role} est bien arrivée chez nous.", "on a bien reçu ton CV, merci !",
              "petit message pour te confirmer qu'on a bien reçu ta candidature."],
    "ack_next": [
        "Notre équipe étudiera votre profil avec attention et reviendra vers vous dans un délai de {weeks} semaines.",
        "Si votre profil correspond à nos attentes, nous vous contacterons pour convenir d'un entretien.",
        "Vous pouvez suivre l'avancement de votre dossier depuis votre {portal}.",
        "En raison du nombre important de candidatures, le traitement peut prendre quelques semaines.",
    ],
    "ack_next_i": ["On revient vers toi d'ici {weeks} semaines max.", "Tu peux suivre où en est ton dossier dans ton {portal}.",
                   "L'équipe regarde tout ça cette semaine."],
    "reject": [
        "nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature.",
        "après étude attentive de votre dossier, nous avons décidé de ne pas donner suite à votre candidature.",
        "nous avons le regret de vous annoncer que votre candidature n'a pas été retenue.",
        "malgré l'intérêt de votre parcours, nous ne poursuivrons pas le processus avec vous.",
        "à l'issue de nos entretiens, notre choix s'est porté sur un autre profil.",
        "nous ne sommes malheureusement pas en mesure de vous proposer le poste de {role}.",
        "après réflexion, nous avons choisi de poursuivre avec d'autres candidat·e·s.",
        "votre candidature n'a malheureusement pas pu aboutir favorablement.",
        "nous avons décidé de privilégier d'autres candidatures pour ce poste.",
    ],
    "reject_i": ["on ne va malheureusement pas continuer avec toi pour ce poste.",
                 "c'est pas une bonne nouvelle, désolé : on a choisi quelqu'un d'autre.",
                 "après pas mal de discussions en interne, on a décidé de ne pas aller plus loin."],
    "reject_stop": ["nous sommes au regret de vous informer que le processus de recrutement pour le poste de {role} est clôturé sans suite.",
                    "nous ne pourrons malheureusement pas donner suite à votre candidature."],
    "reject_stop_i": ["mauvaise nouvelle, et ça n'a rien à voir avec toi : on arrête le recrutement pour ce poste."],
    "reason": {
        "role_filled": ["Le poste a depuis été pourvu.", "Nous avons entre-temps recruté la personne pour ce poste.",
                        "Le poste a été pourvu en interne."],
        "budget_freeze": ["Suite à un gel des recrutements décidé par la direction, le poste ne sera pas ouvert cette année.",
                          "Pour des raisons budgétaires, ce recrutement est suspendu."],
        "closer_fit": ["Nous avons retenu un profil dont l'expérience correspond plus précisément à nos besoins.",
                       "Un·e autre candidat·e présentait une expérience plus proche des exigences du poste."],
        "level_mismatch": ["Nous recherchons pour ce poste un profil plus senior.",
                           "Le poste s'adresse plutôt à un profil junior et ne correspondrait pas à votre niveau d'expérience."],
        "role_cancelled": ["Le poste a finalement été supprimé dans le cadre d'une réorganisation.",
                           "Le recrutement a été annulé.", "L'offre a été retirée."],
    },
    "reject_soft": ["Cette décision a été difficile à prendre tant les candidatures reçues étaient de qualité.",
                    "Cette décision ne remet pas en cause la qualité de votre parcours.",
                    "Nous avons reçu un très grand nombre de candidatures."],
    "pool": ["Avec votre accord, nous conserverons votre CV dans notre vivier pour d'éventuelles opportunités futures.",
             "N'hésitez pas à consulter régulièrement nos offres sur notre site carrières.",
             "Conformément au RGPD, vos données seront conservées deux ans, sauf opposition de votre part."],
    "pool_i": ["N'hésite pas à repostuler si une autre offre te plaît !", "On garde ton profil sous le coude."],
    "wish": ["Nous vous souhaitons plein succès dans vos recherches.", "Nous vous souhaitons une bonne continuation.",
             "Bonne chance pour la suite de votre parcours professionnel."],
    "wish_i": ["Bonne continuation !", "On te souhaite le meilleur pour la suite."],
    "no_fb_policy": ["Compte tenu du volume de candidatures, nous ne sommes pas en mesure de fournir un retour individualisé.",
                     "Par principe, nous ne communiquons pas les motifs détaillés de nos décisions."],
    "fb_intro": ["Comme convenu, voici un retour sur votre entretien.", "Voici quelques éléments de retour de la part du jury :",
                 "Afin que ce processus vous soit utile, nous souhaitions vous faire part de quelques remarques."],
    "fb_intro_i": ["Quelques retours quand même, en toute franchise :", "Pour que ça te serve, voici nos retours :"],
    "fb_praise": ["Votre motivation et votre connaissance du secteur {field} ont été appréciées.",
                  "Le jury a souligné votre bonne présentation et votre dynamisme.",
                  "Votre expérience terrain a été perçue très positivement."],
    "fb": {
        "coding": ["Lors de l'exercice de code, la solution proposée manquait de tests et de lisibilité.",
                   "Le test technique n'a pas été terminé dans le temps imparti."],
        "system_design": ["Sur la partie conception d'architecture, la question de la montée en charge n'a pas été abordée."],
        "technical_depth": ["Vos réponses aux questions techniques approfondies sont restées assez superficielles.",
                            "Le jury aurait attendu davantage de maîtrise des normes comptables IFRS."],
        "behavioural": ["Lors des questions comportementales, vos exemples manquaient de situations concrètes.",
                        "Vos réponses sur la gestion de conflits sont restées assez théoriques."],
        "communication": ["Votre présentation manquait parfois de structure et de clarté.",
                          "Vos réponses étaient parfois longues et le message principal se perdait."],
        "questions_to_ask": ["Vous avez posé peu de questions sur le poste et l'équipe, ce qui a surpris le jury."],
        "composure": ["Le stress a visiblement pesé lors de la mise en situation.",
                      "Vous avez semblé déstabilisé·e par les questions plus pointues."],
        "experience_level": ["Votre expérience en management d'équipe reste encore un peu limitée pour ce niveau de poste."],
        "collaboration": ["Pendant l'exercice en groupe, vous avez peu laissé la parole aux autres participants."],
        "cv_positioning": ["Votre CV ne met pas assez en valeur vos réalisations concrètes.",
                           "Votre lettre de motivation était trop générique pour ce poste."],
    },
    "fb_i": {
        "coding": ["Sur le live coding, ton code marchait mais c'était un peu brouillon, sans tests."],
        "system_design": ["Sur l'archi, t'es parti direct dans les détails sans poser le cadre."],
        "technical_depth": ["Quand on a creusé sur les bases de données, ça restait un peu en surface."],
        "behavioural": ["On aurait aimé des exemples plus concrets sur tes expériences passées."],
        "communication": ["Tes explications partaient un peu dans tous les sens."],
        "questions_to_ask": ["T'avais presque pas de questions pour nous à la fin, dommage."],
        "composure": ["On a senti pas mal de stress pendant l'exercice, ça t'a un peu bloqué."],
        "experience_level": ["Il te manque encore un peu d'expérience en prod pour ce rôle."],
        "collaboration": ["En pair programming, t'as peu échangé avec ton binôme."],
        "cv_positioning": ["Ton CV ne rend pas justice à tes projets, on voit mal ce que t'as fait toi."],
    },
    "fb_general": ["Dans l'ensemble, votre entretien était correct mais pas suffisamment convaincant pour ce niveau.",
                   "Le jury a jugé votre prestation honnête, sans toutefois se démarquer."],
    "inv_intro": ["votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer.",
                  "nous avons le plaisir de vous convier à un entretien pour le poste de {role}.",
                  "suite à l'étude de votre dossier, nous souhaitons poursuivre le processus avec vous.",
                  "nous aimerions échanger avec vous au sujet de votre candidature."],
    "inv_intro_i": ["on aimerait beaucoup te rencontrer !", "ton profil nous plaît, on passe à l'étape suivante ?"],
    "inv_mode": {
        "phone": ["Nous vous proposons un premier échange téléphonique d'environ {dur} minutes le {date} à {time}.",
                  "Un·e chargé·e de recrutement vous appellera pour un entretien téléphonique de {dur} minutes."],
        "video": ["L'entretien se déroulera en visioconférence (Teams) ; le lien vous sera envoyé après confirmation.",
                  "Nous vous proposons un entretien en visio de {dur} minutes avec le manager."],
        "onsite": ["L'entretien aura lieu dans nos locaux de {place}, le {date} à {time}.",
                   "Nous vous recevrons sur site à {place} pour rencontrer l'équipe."],
        "ac": ["Vous êtes convié·e à une journée d'évaluation (assessment center) le {date} à {place}.",
               "La session comprend une mise en situation collective, un entretien individuel et une étude de cas."],
        "probe": ["Nous vous proposons une demi-journée d'immersion dans l'équipe avant de prendre une décision."],
        "test": ["La prochaine étape consiste en un test en ligne (environ {dur} minutes) à réaliser via ce lien : {link}",
                 "Merci de compléter nos tests de personnalité et de raisonnement en ligne avant le {date} : {link}"],
    },
    "inv_mode_i": {
        "phone": ["On se cale un petit call de {dur} minutes ?"],
        "video": ["On te propose un visio de {dur} min avec notre CTO."],
        "onsite": ["Passe nous voir au bureau à {place}, le {date} à {time} ?"],
        "probe": ["Tu viendrais passer une journée avec l'équipe ?"],
        "test": ["Prochaine étape : un petit cas pratique à faire chez toi, tout est ici : {link}"],
        "ac": ["On organise une matinée avec plusieurs mini-entretiens et un atelier en équipe."],
    },
    "inv_sched": ["Merci de choisir un créneau via le lien suivant : {link}",
                  "Merci de nous confirmer votre disponibilité par retour de mail.",
                  "Si ce créneau ne vous convient pas, n'hésitez pas à nous proposer d'autres disponibilités.",
                  "Merci de vous munir d'une pièce d'identité à l'accueil."],
    "inv_sched_i": ["Choisis ton créneau ici : {link}", "Dis-nous ce qui t'arrange !"],
    "inv_other": ["En revanche, votre profil nous semble tout à fait adapté à notre poste de {role2}, et nous aimerions vous proposer un entretien à ce sujet.",
                  "Nous souhaiterions néanmoins vous rencontrer pour un autre poste actuellement ouvert : {role2}."],
    "inv_other_i": ["Par contre, pour le poste de {role2}, on aimerait vraiment te rencontrer !"],
    "resched": ["en raison d'un imprévu, nous devons décaler votre entretien. Seriez-vous disponible le {date} à {time} ?",
                "nous sommes contraints de reporter l'entretien prévu ; nous vous proposons le {date} à {time}."],
    "offer": ["nous avons le plaisir de vous confirmer notre souhait de vous recruter au poste de {role}.",
              "vous trouverez ci-joint votre promesse d'embauche pour le poste de {role}.",
              "suite à nos échanges, nous sommes heureux de vous faire une proposition d'embauche en CDI.",
              "c'est avec grand plaisir que nous vous proposons de rejoindre {company} en tant que {role}."],
    "offer_i": ["on a le plaisir de te proposer officiellement le poste de {role} !", "bonne nouvelle : on veut que tu nous rejoignes !"],
    "offer_detail": ["La rémunération annuelle brute proposée est de {salary}, pour une prise de poste le {start}.",
                     "Le contrat est un CDI à temps plein, statut cadre, avec une période d'essai de quatre mois.",
                     "Les détails (rémunération, mutuelle, tickets restaurant, télétravail) figurent dans le document joint."],
    "offer_deadline": ["Nous vous remercions de nous faire part de votre réponse avant le {date}.",
                       "Merci de nous retourner la promesse signée d'ici le {date}."],
    "status": ["Votre candidature est toujours en cours d'étude.",
               "Le processus de recrutement est toujours en cours ; nous reviendrons vers vous dès que possible.",
               "Le statut de votre candidature a été mis à jour : « En cours d'évaluation »."],
    "reminder": ["nous vous rappelons votre entretien prévu le {date} à {time}.", "ceci est un rappel automatique de votre rendez-vous du {date} à {time}."],
    "thanks_today": ["merci pour l'échange d'aujourd'hui, c'était un plaisir de faire votre connaissance.",
                     "merci d'être venu·e nous rencontrer ce matin."],
    "thanks_today_next": ["Nous rencontrons encore quelques candidats et reviendrons vers vous rapidement.",
                          "Nous vous tiendrons informé·e de la suite d'ici la fin de la semaine prochaine."],
    "profile": ["votre profil candidat est incomplet : merci d'ajouter votre CV pour que votre candidature soit prise en compte.",
                "il manque encore quelques informations dans votre dossier (disponibilité, prétentions salariales)."],
    "withdraw_ack": ["nous avons bien pris note du retrait de votre candidature.",
                     "nous prenons acte de votre décision de retirer votre candidature et vous remercions de nous avoir prévenus."],
    "contact": ["Nous restons à votre disposition pour toute question.", "Pour toute question, vous pouvez contacter {sender}."],
    "fields": ["de la logistique", "de la santé", "de l'énergie", "du commerce", "de la finance"],
}

PRIVACY = [
    "Conformément au Règlement Général sur la Protection des Données (RGPD), vous disposez d'un droit d'accès, de rectification et d'effacement de vos données. Pour l'exercer : dpo@{domain}.",
    "Ce message est généré automatiquement, merci de ne pas y répondre. Vos données personnelles sont traitées par {company} aux seules fins du recrutement et conservées 24 mois maximum.",
    "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.",
    "{company} – {city} – SIRET {hrb} – Politique de confidentialité : {url}/confidentialite",
]
CITIES = {"FR": ["Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Paris"], "BE": ["Liège", "Namur", "Bruxelles", "Charleroi"],
          "QC": ["Montréal", "Québec", "Sherbrooke", "Laval"], "CH": ["Lausanne", "Genève", "Neuchâtel"]}

SUBJ = {
    "ack": ["Accusé de réception de votre candidature", "Votre candidature – {role}", "Confirmation de réception – réf. {ref}",
            "Merci pour votre candidature chez {company}", "Nous avons bien reçu votre candidature"],
    "reject": ["Votre candidature au poste de {role}", "Suite donnée à votre candidature", "Réponse à votre candidature – {ref}",
               "{company} – votre candidature", "Candidature {role}", "Votre dossier de candidature"],
    "invite": ["Invitation à un entretien – {role}", "Convocation à un entretien", "Prochaine étape de votre candidature",
               "Entretien {company} – vos disponibilités", "Test en ligne – candidature {ref}", "Invitation : journée d'évaluation"],
    "offer": ["Promesse d'embauche – {role}", "Proposition d'embauche", "Votre proposition de poste chez {company}",
              "Offre d'emploi – {role}"],
    "fb": ["Retour sur votre entretien", "Votre entretien – nos retours", "Feedback – {role}"],
    "status": ["Où en est votre candidature ?", "Mise à jour de votre candidature {ref}", "Votre candidature est en cours d'étude"],
    "reminder": ["Rappel : votre entretien du {date}", "Rappel de rendez-vous", "Demain : entretien chez {company}"],
    "resched": ["Report de votre entretien", "Modification de la date d'entretien", "Nouveau créneau pour votre entretien"],
}
ROLES = ["Chargé·e de recrutement", "Développeur·se Full Stack", "Contrôleur de gestion H/F", "Chef de projet digital (F/H)",
         "Assistant·e commercial·e", "Ingénieur qualité H/F", "Comptable fournisseurs", "Data analyst (H/F)",
         "Responsable logistique", "Infirmier·ère de bloc", "Technicien de maintenance H/F", "Juriste droit social",
         "Product owner (H/F)", "Conseiller·ère clientèle", "Acheteur industriel H/F"]

PRIVACY_BITS = [
    "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.",
    "Pour exercer vos droits : dpo@{domain}.",
    "Ce message est généré automatiquement, merci de ne pas y répondre.",
    "Vos données personnelles sont traitées par {company} aux seules fins du recrutement et conservées 24 mois maximum.",
    "Vous pouvez introduire une réclamation auprès de la CNIL.",
    "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
    "{company} – {city} – SIRET {hrb} – Politique de confidentialité : {url}/confidentialite",
    "Vos informations ne sont transmises à aucun tiers.",
    "Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le supprimer.",
    "Base légale du traitement : mesures précontractuelles prises à votre demande.",
]

S["wish"] += ["Nous vous souhaitons de trouver rapidement le poste qui vous correspond.", "Tous nos vœux de réussite pour vos projets.",
              "Bon courage pour la suite !"]
S["contact"] += ["N'hésitez pas à répondre à ce message pour toute précision.", "Notre équipe est joignable du lundi au vendredi de 9h à 17h."]
S["thanks_apply"] += ["nous vous remercions pour la confiance que vous nous accordez.", "merci pour l'intérêt que vous portez à nos métiers."]
S["reject"] += ["nous ne retiendrons pas votre candidature pour la suite du processus.", "votre profil ne correspond pas tout à fait à nos besoins actuels.",
                "après concertation avec l'équipe, nous avons pris une autre décision."]
S["status"] += ["Nous avons besoin d'encore un peu de temps pour finaliser nos choix.", "Le comité de sélection se réunira dans deux semaines."]
S["inv_sched"] += ["Vous recevrez une invitation calendrier avec tous les détails.", "Un parking visiteurs est à votre disposition."]
S["ack_next"] += ["Aucune autre démarche n'est nécessaire de votre part.", "Inutile de nous renvoyer votre dossier."]

S["status_i"] = ["On n'a pas encore fini les entretiens, laisse-nous quelques jours.", "Petit signe de vie : ta candidature est toujours entre les mains de l'équipe."]
S["reminder_i"] = ["petit rappel : on se voit le {date} à {time} !"]
S["thanks_today_i"] = ["merci pour l'échange d'aujourd'hui, c'était top !"]
S["thanks_today_next_i"] = ["On voit encore une ou deux personnes et on revient vers toi.", "Tu auras des nouvelles la semaine prochaine."]
S["profile_i"] = ["il manque ton CV dans ton profil, tu peux l'ajouter pour qu'on puisse avancer ?"]
S["withdraw_ack_i"] = ["dommage que tu retires ta candidature, mais merci de nous avoir prévenus !"]
S["resched_i"] = ["désolé, on doit décaler notre entretien. Le {date} à {time}, ça t'irait ?"]
S["offer_deadline_i"] = ["Dis-nous d'ici le {date} si tu es partant·e !", "Si tu as des questions sur la proposition, écris-nous."]
S["offer_detail_i"] = ["Salaire : {salary}, démarrage le {start}.", "Tous les détails (salaire, télétravail, congés) sont dans le document joint."]

S["ack"] += ["nous vous confirmons que votre candidature au poste de {role} a bien été reçue par {company}.",
             "votre candidature en ligne a bien été transmise et attribuée à notre équipe recrutement.",
             "votre dossier est arrivé chez nous et a été enregistré sous la référence {ref}.",
             "la candidature que vous avez envoyée le {date} est complète."]
S["reject"] += ["après examen de l'ensemble des candidatures, nous ne sommes pas en mesure de retenir la vôtre.",
                "à l'issue des entretiens, nous ne pouvons malheureusement pas vous faire de proposition.",
                "nous avons lu votre candidature avec intérêt mais ne vous proposerons pas d'entretien.",
                "votre candidature ne sera pas retenue pour la suite de ce recrutement."]
S["reject_soft"] += ["La sélection a été particulièrement serrée.", "Nous avons apprécié votre implication tout au long du processus."]
S["pool"] += ["Si vous ne souhaitez pas que nous conservions votre CV, il suffit de nous l'indiquer par e-mail.",
              "Une de nos prochaines offres vous correspondra peut-être mieux : nous serions ravis de vous relire."]
S["inv_intro"] += ["après examen de votre dossier, nous aimerions vous inviter à un entretien.",
                   "vous faites partie des candidat·e·s présélectionné·e·s pour le poste de {role}.",
                   "le manager opérationnel souhaite vous rencontrer."]
S["inv_mode"]["phone"] += ["Nous souhaiterions d'abord échanger par téléphone, par exemple le {date} entre 10h et midi."]
S["inv_mode"]["video"] += ["L'entretien vidéo avec deux membres de l'équipe est prévu le {date} à {time}."]
S["inv_mode"]["onsite"] += ["Nous vous invitons à un entretien avec la direction le {date} à {time} à {place}."]
S["inv_mode"]["test"] += ["Avant de vous rencontrer, nous vous invitons à réaliser une courte étude de cas en ligne : {link}"]
S["offer"] += ["nous sommes ravis de vous annoncer que nous souhaitons vous proposer le poste de {role}.",
               "nous serions heureux de vous accueillir dans l'équipe et vous proposons le poste de {role}."]
S["fb"]["coding"] += ["Votre code au test technique fonctionnait, mais il était difficile à maintenir et sans gestion d'erreurs."]
S["fb"]["behavioural"] += ["À la question sur un projet qui a échoué, votre réponse est restée très vague."]
S["fb"]["communication"] += ["Vous avez eu du mal à expliquer simplement des sujets complexes."]
S["fb"]["experience_level"] += ["Il vous manque encore de l'expérience dans la gestion d'un budget."]
S["fb_praise"] += ["Votre ouverture d'esprit a beaucoup plu à l'équipe.", "Votre étude de cas était très bien préparée."]
