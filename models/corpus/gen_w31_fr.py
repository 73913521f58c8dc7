"""Writer w31, French: refus/offre/candidature look-alikes beside the real hiring mail (FR/BE/CH/QC)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w31_core as core  # noqa: E402

FAMILY_PREFIX = "w31fr"
LANG = "fr"

FIRST = ["Camille", "Thibault", "Manon", "Yanis", "Clémence", "Baptiste", "Inès", "Maxime", "Sophie", "Karim",
         "Élodie", "Guillaume", "Anaïs", "Jérôme", "Océane", "Mathieu", "Noémie", "Félix", "Aurélie", "Samir",
         "Gaëlle", "Olivier", "Laurence", "Benoît", "Fatou", "Étienne", "Marie-Ève", "Louis-Philippe", "Chloé",
         "Nathalie", "Quentin", "Amandine", "Hugo", "Solène"]
LAST = ["Lefèvre", "Dubois", "Marchand", "Tremblay", "Gagnon", "Bouchard", "Mercier", "Haddad", "Fontaine",
        "Rousseau", "Vandenberghe", "Peeters", "Lambert", "Girard", "Chevalier", "Diallo", "Moreau", "Leclerc",
        "Côté", "Pelletier", "Renaud", "Baron", "Guillot", "Dupont", "Jacquet", "Morel", "Brunet", "Favre"]
ROLES = ["Développeur·se full-stack", "Chargé·e de recrutement", "Ingénieur DevOps (H/F)", "Analyste financier",
         "Chef de projet digital", "Data scientist junior", "Comptable fournisseurs", "Responsable logistique",
         "Product owner (F/H)", "Technicien de maintenance", "Designer UX/UI", "Consultant SAP",
         "Assistant·e de direction", "Ingénieure qualité", "Développeur mobile iOS", "Juriste droit social",
         "Business developer", "Administrateur systèmes et réseaux", "Conseiller clientèle bilingue"]
CITIES = ["Lyon", "Nantes", "Bordeaux", "Lille", "Toulouse", "Paris", "Rennes", "Bruxelles", "Liège", "Namur",
          "Genève", "Lausanne", "Montréal", "Québec", "Sherbrooke", "Grenoble", "Strasbourg"]
AGENCIES = ["Cap Talents Conseil", "Horizon RH", "Passerelle Recrutement", "Boréal Placement", "Atout Carrière"]
MY_EMPLOYERS = ["transports-mistral.fr", "groupe-orvalle.be", "cliniqueduparc.ch"]

_roots = ["Orvalle", "Mistral", "Sablon", "Lumière", "Val-Fleuri", "Bellerive", "Cévennes", "Armor", "Boréal",
          "Saint-Laurent", "Roche-Blanche", "Ardenne", "Meuse", "Léman", "Grand Nord", "Azur", "Vercors", "Iroise",
          "Bocage", "Érable", "Presqu'île", "Colibri", "Castor", "Tilleul"]
_trades = ["Informatique", "Assurances", "Logistique", "Énergies", "Santé", "Conseil", "Études", "Bâtiment",
           "Agroalimentaire", "Numérique", "Transports", "Finance", "Robotique", "Édition"]


def _companies() -> list[tuple[str, str, str]]:
    r = random.Random(31002)
    out = []
    for tld, forms, n in (("fr", ["SAS", "SA", "SARL"], 28), ("be", ["SA", "SRL"], 12),
                          ("ca", ["inc.", "ltée"], 14), ("ch", ["SA", "Sàrl"], 8)):
        for name, legal in core.make_companies(r, _roots, _trades, forms, n,
                                               fmt=lambda a, b: f"{b} {a}" if len(a) % 2 else f"{a} {b}"):
            out.append((name, legal, tld))
    return out


COMPANIES = _companies()


def extra_ctx(rng: random.Random) -> dict:
    day = rng.randrange(2, 28)
    mon = core.pick(rng, ["mars", "avril", "mai", "juin", "septembre", "octobre", "novembre"])
    wd = core.pick(rng, ["lundi", "mardi", "mercredi", "jeudi", "vendredi"])
    return {
        "date": f"{wd} {day} {mon}", "time": f"{rng.randrange(8, 17)}h{core.pick(rng, ['00', '15', '30'])}",
        "link": core.pick(rng, ["https://carrieres.{domain}/rdv/", "https://agenda.rdvpro.example/c/",
                                "https://candidat.{domain}/espace?id="]) + str(rng.randrange(10**5, 10**6)),
        "salary": f"{rng.randrange(38, 75)} 000 {core.pick(rng, ['€', '€', '$ CA', 'CHF'])}",
        "start": f"{rng.randrange(1, 28)} {core.pick(rng, ['janvier', 'février', 'avril', 'septembre'])}",
        "dur": core.pick(rng, ["30 minutes", "45 minutes", "une heure environ", "1 h 30"]),
    }


WHEN = ["{date} à 10:04", "{date} 2024 à 16:27", "mar. 14 mai 2024 à 09:51", "{date}, 18:10"]
REPLY_PREFIX = ["RE : ", "Re: ", "RE: ", "TR : "]
EXTERN_TAGS = ["[EXTERNE] ", "[Externe] ", "[EXTERNAL] "]
HTML_BRANDS = ["{co}", "{co} recrute", "Espace candidat {co}", ""]

GREET = {
    "formal": ["Madame, Monsieur,", "Bonjour {cfirst} {clast},", "Bonjour Madame {clast},", "Bonjour Monsieur {clast},",
               "Chère candidate, cher candidat,", "Bonjour,", "Bonjour {cfirst},"],
    "informal": ["Salut {cfirst} !", "Coucou {cfirst},", "Hello {cfirst},", "Allô {cfirst}!", "Bonjour {cfirst} !"],
}
SIGN = {
    "formal": ["Cordialement,", "Bien cordialement,", "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
               "Meilleures salutations,", "Au plaisir,", "Bonne journée,", "Sincères salutations,"],
    "informal": ["À bientôt !", "Bonne journée !", "Belle soirée,", "Bises de l'équipe", "À+", "Au plaisir !"],
}
HR_SIG = ["{rfirst} {rlast}\nChargée de recrutement\n{legal} – {city}", "{rfirst} {rlast}\nRessources humaines | {co}",
          "{rfirst}\nTalent Acquisition – {co}", "{rfirst} {rlast}\nConseillère en acquisition de talents\n{legal}",
          "{rfirst} {rlast}, DRH"]
HR_TEAM_NAMES = ["Recrutement {co}", "RH {co}", "L'équipe Talents {co}"]
ATS_NAMES = ["{co} Carrières", "{co} recrute", "Ne pas répondre – {co}", "Espace candidat {co}", "Emplois {co}"]
ATS_ADDRS = ["ne-pas-repondre@{domain}", "noreply@candidatures.{domain}", "notifications@recrut-hub.example",
             "carrieres@{domain}", "no-reply@talentflux.example"]
ATS_SIG = ["L'équipe Recrutement\n{legal}", "Le service RH de {co}", "Direction des ressources humaines – {co}", ""]
AGENCY_SIG = ["{rfirst} {rlast}\nConsultante senior – {agency}", "{rfirst} {rlast} | {agency} | {city}"]
CAND_SIG = ["{cfirst} {clast}", "{cfirst}", "{cfirst} {clast}\n06 12 34 {ref}", "{cfirst} {clast}\nPortfolio : {cfirst}{clast}.design"]
FOOTERS = [
    "{legal} – capital social 1 200 000 € – RCS {city} B {ref}",
    "Ce message est généré automatiquement, merci de ne pas y répondre.",
    "Conformément au RGPD, vos données sont conservées 24 mois. Vous pouvez demander leur suppression à tout moment.",
    "Ce courriel et ses pièces jointes sont confidentiels. S'il vous a été adressé par erreur, merci de le détruire et d'en avertir l'expéditeur.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
    "Avis de confidentialité : ce courriel est destiné exclusivement à son destinataire.",
]

BANKS = {
    "oc": {
        "role_filled": ["Le poste a entre-temps été pourvu.", "Nous avons finalement pourvu ce poste par une mobilité interne.",
                        "Une personne a accepté notre proposition avant votre entretien final ; le poste n'est donc plus ouvert."],
        "budget_freeze": ["Un gel des embauches a été décidé par la direction pour le reste de l'année.",
                          "Suite à des arbitrages budgétaires, le recrutement est suspendu.",
                          "Les budgets prévus pour ce poste ont été gelés."],
        "closer_fit": ["Nous avons retenu une candidature dont le parcours correspond plus précisément à nos besoins.",
                       "Un autre profil, plus proche du périmètre du poste, a été privilégié.",
                       "Nous avons choisi une personne ayant déjà une expérience directe dans notre secteur."],
        "level_mismatch": ["Nous recherchons finalement un profil plus senior, capable d'encadrer l'équipe.",
                           "Votre expérience dépasse le niveau junior visé pour ce poste.",
                           "Le poste requiert davantage d'années d'expérience en management."],
        "role_cancelled": ["Le poste a été supprimé suite à une réorganisation interne.",
                           "Le projet a été abandonné et l'offre retirée.",
                           "Nous avons dû annuler ce recrutement, le besoin n'existant plus."],
    },
    "praise": ["Votre enthousiasme a été très apprécié par l'équipe.", "Votre parcours est solide et intéressant.",
               "Nous avons apprécié la qualité de nos échanges."],
    "fb": {
        "coding": ["Le test technique rendu comportait plusieurs bogues et le code manquait de clarté.",
                   "Lors de l'exercice de programmation en direct, la solution est restée incomplète."],
        "system_design": ["Sur l'étude de cas d'architecture, nous aurions aimé vous voir réfléchir davantage à la montée en charge.",
                          "La conception proposée ne précisait pas comment les services communiqueraient entre eux."],
        "technical_depth": ["Vos réponses sur les bases de données sont restées en surface.",
                            "Nous attendions une maîtrise plus approfondie des outils cités dans votre CV."],
        "behavioural": ["Les exemples de situations vécues étaient peu concrets.",
                        "Lorsque nous vous avons interrogé sur un échec, la réponse est restée vague."],
        "communication": ["Vos réponses étaient parfois longues et il était difficile d'en saisir l'essentiel.",
                          "La présentation du cas aurait gagné à être plus structurée."],
        "questions_to_ask": ["Vous n'avez posé presque aucune question sur le poste ou l'équipe.",
                             "Nous aurions aimé sentir davantage de curiosité de votre part sur nos projets."],
        "composure": ["Le stress a semblé vous gêner, notamment lors de la mise en situation.",
                      "Face aux questions plus pointues, vous avez perdu vos moyens."],
        "experience_level": ["Votre expérience en gestion de projet reste encore limitée pour ce poste.",
                             "Il vous manque à ce stade une expérience significative en entreprise."],
        "collaboration": ["Lors de l'exercice en groupe, vous avez peu laissé de place aux autres.",
                          "Nous n'avons pas bien perçu comment vous travailleriez avec les équipes métier."],
        "cv_positioning": ["Votre CV ne met pas assez en valeur les missions en lien avec ce poste.",
                           "La lettre de motivation était générique et ne parlait pas de notre entreprise.",
                           "Votre rôle exact dans les projets présentés n'apparaît pas clairement dans votre dossier."],
    },
}

_merci = ["nous vous remercions pour votre candidature au poste de {role} et pour l'intérêt porté à {co}.",
          "merci d'avoir pris le temps de nous rencontrer.",
          "nous avons bien étudié votre candidature (réf. {ref}).",
          "merci encore pour nos échanges des dernières semaines."]
_non = ["Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
        "Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidate.",
        "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.",
        "Nous avons choisi de ne pas poursuivre le processus avec vous.",
        "Votre profil n'a pas été sélectionné pour la suite du processus.",
        "Nous ne donnerons pas suite à votre candidature cette fois-ci."]
_apres = ["Nous vous souhaitons plein succès dans vos recherches.",
          "Nous conservons votre CV dans notre vivier et n'hésiterons pas à vous recontacter.",
          "N'hésitez pas à consulter nos autres offres sur notre site carrières.", None]
_inv = ["Votre profil a retenu toute notre attention et nous aimerions vous rencontrer.",
        "Nous souhaitons vous convier à un entretien avec le responsable du service.",
        "Nous vous proposons un premier échange téléphonique de {dur}.",
        "Nous aimerions poursuivre avec un entretien en visio avec l'équipe technique.",
        "Nous vous invitons à une journée d'immersion dans nos locaux de {city}."]
_rdv = ["Merci de réserver un créneau via ce lien : {link}", "Seriez-vous disponible le {date} à {time} ?",
        "Pourriez-vous nous indiquer vos disponibilités la semaine prochaine ?",
        "Le lien Teams vous sera envoyé après confirmation."]

KINDS: dict[str, core.Kind] = {
    "ack": {
        "labels": ["application_ack"],
        "subj": ["Accusé de réception de votre candidature", "Votre candidature – {role}", "Candidature bien reçue (réf. {ref})",
                 "Merci pour votre candidature chez {co}"],
        "body": [["nous accusons bonne réception de votre candidature au poste de {role}.",
                  "votre candidature pour le poste de {role} nous est bien parvenue.",
                  "merci d'avoir postulé chez {co} : votre dossier a bien été enregistré."],
                 ["Elle sera étudiée avec attention et nous reviendrons vers vous dans les meilleurs délais.",
                  "Sans retour de notre part sous quatre semaines, veuillez considérer que votre candidature n'a pas été retenue.",
                  "Vous pouvez suivre son avancement depuis votre espace candidat."]],
        "inf": {"body": [["on a bien reçu ta candidature pour le poste de {role}, merci !"],
                         ["On la regarde cette semaine et on revient vers toi rapidement."]]},
    },
    "ack_invite": {
        "labels": ["application_ack", "interview_invite"],
        "subj": ["Votre candidature chez {co} – test en ligne", "Candidature reçue : prochaine étape"],
        "body": [["nous avons bien reçu votre candidature au poste de {role}."],
                 ["Afin de poursuivre, nous vous invitons à passer un test d'aptitudes en ligne ({dur}).",
                  "La prochaine étape est un entretien vidéo différé auquel nous vous invitons dès maintenant."],
                 ["Accès : {link} – à compléter sous 5 jours."]],
    },
    "invite": {
        "labels": ["interview_invite"],
        "subj": ["Invitation à un entretien – {role}", "Votre candidature chez {co}", "Proposition d'entretien",
                 "Entretien téléphonique ?", "Deuxième entretien – {role}"],
        "body": [(_merci, _inv), _rdv, ["L'entretien se déroulera avec {bfirst} {blast}, responsable d'équipe.", None]],
        "inf": {"body": [["ta candidature nous a bien plu ! On aimerait te rencontrer.",
                          "est-ce que tu serais partant·e pour un premier call avec {bfirst} ?"],
                         ["Choisis un créneau ici : {link}", "Tu serais dispo {date} à {time} ?"]]},
    },
    "rej": {
        "labels": ["rejection"],
        "subj": ["Votre candidature – {role}", "Suite donnée à votre candidature", "Réponse à votre candidature chez {co}",
                 "Candidature réf. {ref}", "Notre décision"],
        "body": [(_merci, _non, "@OC?"), _apres],
        "inf": {"body": [["merci pour ton temps et nos échanges."],
                         ["Malheureusement on ne va pas aller plus loin ensemble sur ce poste.",
                          "On a finalement choisi un autre profil, désolé."], "@OC?",
                         ["Bonne continuation !", None]]},
    },
    "rej_oc": {
        "labels": ["rejection"],
        "subj": ["Annulation de votre entretien", "Votre candidature – information", "Poste de {role}"],
        "body": [(_merci, ["Nous devons malheureusement mettre fin au processus.",
                           "Votre entretien prévu le {date} est annulé et nous ne pourrons pas poursuivre."], "@OC"), _apres],
    },
    "rej_fb": {
        "labels": ["rejection", "feedback"],
        "subj": ["Retour sur votre entretien", "Votre candidature – notre retour", "Décision et retour – {role}"],
        "body": [(_merci, _non), ["Voici quelques éléments de retour :", "Pour être transparents avec vous :",
                                  "Nous tenons à vous faire un retour constructif."], "@FB", _apres],
        "inf": {"body": [["on ne va pas continuer ensemble, mais je te dois un vrai retour :"], "@FB",
                         ["Courage pour la suite !"]]},
    },
    "rej_invite": {
        "labels": ["rejection", "interview_invite"],
        "subj": ["Votre candidature – une autre opportunité", "Poste de {role} et proposition"],
        "body": [(_merci, ["Nous n'avons pas retenu votre candidature pour le poste de {role}."]),
                 ["En revanche, votre profil nous semble correspondre au poste de {role2} et nous aimerions en parler lors d'un entretien."],
                 _rdv],
    },
    "offer": {
        "labels": ["offer"],
        "subj": ["Proposition d'embauche – {role}", "Bonne nouvelle !", "Votre promesse d'embauche", "Offre d'emploi – {co}"],
        "body": [["nous avons le plaisir de vous proposer le poste de {role} au sein de {co}.",
                  "suite à nos entretiens, nous souhaitons vous faire une proposition d'embauche en CDI.",
                  "c'est avec grand plaisir que nous vous confirmons notre souhait de vous accueillir comme {role}."],
                 ["La rémunération annuelle brute proposée est de {salary}, avec une prise de poste le {start}.",
                  "Vous trouverez ci-joint la promesse d'embauche détaillant les conditions.",
                  "Merci de nous faire part de votre décision avant le {date}."]],
        "inf": {"body": [["on a adoré te rencontrer et on veut t'avoir dans l'équipe !"],
                         ["On te propose {salary} brut par an, début le {start}. Je t'envoie l'offre écrite dans la journée."]]},
    },
    "fbreq": {
        "labels": ["feedback_request"], "sender": "cand", "reply_prefix": True,
        "subj": ["Demande de retour", "Votre réponse – possibilité d'un retour ?", "{role} – retour sur mon entretien"],
        "body": [["merci pour votre réponse, même si elle n'est pas celle que j'espérais.",
                  "je vous remercie de m'avoir informé de votre décision."],
                 ["Serait-il possible d'avoir un bref retour sur les points à améliorer ?",
                  "Pourriez-vous me dire ce qui a manqué dans ma candidature ? Cela m'aiderait beaucoup.",
                  "Accepteriez-vous de me faire un retour sur mon entretien, même en quelques lignes ?"]],
        "quote": "rej",
    },
    "fb_reply": {
        "labels": ["feedback"], "subj": ["Retour"],
        "body": [["bien sûr, voici ce qui est ressorti de nos échanges :", "j'ai fait le point avec l'équipe."], "@FB",
                 ["En espérant que cela vous soit utile.", None]],
        "quote": "fbreq",
    },
    "nofb_reply": {
        "labels": [], "subj": ["Retour"],
        "body": [["merci pour votre message."],
                 ["Nous ne sommes malheureusement pas en mesure de fournir un retour individuel.",
                  "Nous avons reçu de très nombreuses candidatures de qualité et ne pouvons pas détailler notre décision."]],
        "quote": "fbreq",
    },
    "status": {
        "labels": [], "subj": ["Votre candidature est en cours d'examen", "Point d'étape sur votre candidature", "Mise à jour – {role}"],
        "body": [["votre candidature est toujours en cours d'étude.",
                  "le processus de recrutement pour le poste de {role} prend plus de temps que prévu."],
                 ["Nous reviendrons vers vous d'ici la fin du mois.", "Merci de votre patience."]],
    },
    "reminder": {
        "labels": [], "subj": ["Rappel : votre entretien du {date}", "Rappel de rendez-vous – {co}", "Demain : entretien à {time}"],
        "body": [["nous vous rappelons votre entretien prévu le {date} à {time}.",
                  "petit rappel : votre rendez-vous déjà confirmé a lieu demain à {time}."],
                 ["Merci de vous présenter à l'accueil 10 minutes avant.", "Le lien de connexion reste le même."]],
    },
    "confirmed": {
        "labels": [], "subj": ["Confirmation de votre rendez-vous", "Créneau réservé : {date}"],
        "body": [["votre créneau du {date} à {time} est bien réservé."], ["Vous recevrez une invitation calendrier séparée."]],
    },
    "thanks_today": {
        "labels": [], "subj": ["Merci pour votre venue", "Merci pour l'échange"],
        "body": [["merci pour l'entretien de ce matin, c'était un plaisir d'échanger avec vous."],
                 ["Nous faisons le point en interne et revenons vers vous la semaine prochaine."]],
    },
    "profile": {
        "labels": [], "sender": "ats", "subj": ["Complétez votre profil", "Votre candidature n'est pas finalisée"],
        "body": [["il manque encore des informations dans votre espace candidat (CV, diplômes).",
                  "votre candidature au poste de {role} n'a pas été envoyée."],
                 ["Complétez votre profil ici : {link}"]],
    },
    "onboarding": {
        "labels": [], "subj": ["Bienvenue chez {co} !", "Préparation de votre arrivée le {start}", "Documents pour votre dossier administratif"],
        "body": [["nous sommes ravis que vous ayez signé votre contrat.", "votre arrivée approche !"],
                 ["Merci de nous transmettre votre RIB, votre carte vitale et une pièce d'identité.",
                  "Votre parcours d'intégration commencera par un petit-déjeuner avec l'équipe."]],
    },
    "panel": {
        "labels": [], "company": "none", "sender": "boss", "greet": False, "sign": False,
        "subj": ["Jury d'entretien – {role}", "Tu peux participer aux entretiens ?"],
        "body": [["Salut {cfirst},", "Bonjour {cfirst},"],
                 ["nous recevons trois candidats pour le poste de {role} le {date}. Pourrais-tu faire partie du jury ?",
                  "j'aurais besoin de toi pour mener l'entretien technique d'une candidate jeudi."],
                 ["Merci d'avance !", "Dis-moi si c'est possible."]],
    },
    "closed_before": {
        "labels": [], "sender": "agency", "subj": ["Poste chez {co} – mise à jour", "Le poste dont nous avons parlé"],
        "body": [["je reviens vers vous au sujet du poste de {role} chez {co}."],
                 ["Le client a pourvu le poste avant même que je puisse présenter votre dossier.",
                  "Le client a suspendu la recherche, je n'ai donc pas envoyé votre candidature."],
                 ["Je vous tiens au courant si d'autres opportunités se présentent."]],
    },
    "webinar": {
        "labels": [], "sender": "ats", "subj": ["Invitation : soirée découverte {co}", "Webinaire : nos métiers de l'ingénierie"],
        "body": [["nous vous invitons à notre webinaire de présentation le {date} à 18h.",
                  "venez découvrir nos équipes lors de notre journée portes ouvertes à {city}."],
                 ["Inscription gratuite : {link}"]],
    },
    "autoreply": {
        "labels": [], "greet": False, "html_ok": False, "subj": ["Réponse automatique : Candidature", "Absence du bureau"],
        "body": [["Je suis absente jusqu'au {date} inclus, avec un accès limité à mes courriels."],
                 ["Pour toute urgence, contactez {bfirst} {blast}.", "Votre message sera traité à mon retour."]],
    },
    "withdraw": {
        "labels": [], "sender": "cand", "subj": ["Retrait de ma candidature", "Candidature {role}"],
        "body": [["je vous remercie pour votre invitation à un entretien."],
                 ["Ayant accepté une autre proposition, je souhaite retirer ma candidature.",
                  "Pour des raisons personnelles, je préfère me retirer du processus."],
                 ["Je vous souhaite une bonne continuation dans votre recherche."]],
    },
    "accept_offer": {
        "labels": [], "sender": "cand", "reply_prefix": True, "subj": ["Proposition d'embauche", "Offre – {role}"],
        "body": [["j'ai le plaisir d'accepter votre proposition !"], ["Je vous renvoie le contrat signé d'ici vendredi."]],
    },
    "sched": {
        "labels": [], "sender": "cand", "reply_prefix": True, "subj": ["Proposition d'entretien"],
        "body": [["merci pour votre invitation."], ["Le {date} à {time} me convient parfaitement.",
                                                     "Je ne suis pas disponible ce jour-là ; serait-il possible de décaler au {date} ?"]],
    },
    "apply_sent": {
        "labels": [], "sender": "cand", "subj": ["Candidature – {role}", "Candidature spontanée"],
        "body": [["veuillez trouver ci-joint mon CV et ma lettre de motivation pour le poste de {role}."],
                 ["Je reste à votre disposition pour un entretien."]],
    },
    "logement": {
        "labels": [], "company": "none",
        "from": [("Agence Immobilière du Centre", "location@agence-centre.example", "Service location"),
                 ("{rfirst} {rlast}", "{rfirst}{rlast}@orange.fr", "{rfirst}")],
        "subj": ["Votre dossier de location", "Appartement rue des Lilas – réponse", "Refus de votre dossier locataire"],
        "body": [["merci pour votre dossier de candidature pour le T2."],
                 ["Malheureusement, le propriétaire a retenu un autre dossier.",
                  "Nous ne pouvons pas donner une suite favorable : vos revenus sont inférieurs à trois fois le loyer."]],
    },
    "admission": {
        "labels": [], "company": "none",
        "from": [("Parcoursup", "noreply@parcoursup.example", ""), ("Université de {city} – Admissions", "admissions@univ-{city}.example", "Service des admissions")],
        "subj": ["Décision d'admission", "Votre candidature en master", "Réponse à votre demande d'admission"],
        "body": [["la commission pédagogique a examiné votre dossier."],
                 ["Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
                  "Votre demande d'admission est refusée pour cette rentrée.", "Vous êtes placé·e sur liste d'attente (rang 112)."]],
    },
    "bourse": {
        "labels": [], "company": "none",
        "from": [("Festival du court métrage de {city}", "selection@festival-{city}.example", "Le comité de sélection"),
                 ("Fondation pour la création", "appels@fondation-creation.example", "Le secrétariat")],
        "subj": ["Résultat de l'appel à projets", "Sélection officielle – réponse", "Votre demande de bourse"],
        "body": [["nous vous remercions pour votre envoi."],
                 ["Votre film n'a pas été retenu pour la sélection de cette année.",
                  "Le jury n'a pas retenu votre projet, compte tenu du nombre élevé de dossiers."]],
    },
    "promo": {
        "labels": [], "company": "none", "greet": False, "sign": False,
        "from": [("Maison Déco", "offres@maisondeco.example", ""), ("SportPlus", "news@sportplus.example", "")],
        "subj": ["Nos offres de la semaine", "Offre spéciale pour vous 🎁", "Dernier jour : -40 %"],
        "body": [["Bonjour {cfirst},", "Chère cliente, cher client,"],
                 ["Profitez de nos offres exceptionnelles sur toute la literie.",
                  "Votre offre personnalisée : livraison offerte dès 30 € d'achat."],
                 ["Se désinscrire | Mentions légales"]],
    },
    "arnaque": {
        "labels": [], "company": "none",
        "from": [("Service Recrutement", "recrutement.job@outlook.example", ""), ("RH International", "offres.emploi@gmail.com", "")],
        "subj": ["Félicitations, votre candidature est acceptée !", "Offre d'emploi : 2 800 € net en télétravail"],
        "body": [["Vous avez été sélectionné(e) pour un poste d'agent de réexpédition, sans entretien."],
                 ["Envoyez-nous une copie de votre carte d'identité et votre RIB pour finaliser le contrat.",
                  "Contactez notre responsable sur Telegram pour recevoir votre kit de démarrage (frais 39 €)."]],
    },
    "alerte": {
        "labels": [], "company": "none", "greet": False, "sign": False,
        "from": [("Alertes emploi Emploiclic", "alertes@emploiclic.example", ""), ("Jobillico", "alerte@jobillico.example", "")],
        "subj": ["8 nouvelles offres pour « {role} »", "Alerte emploi : {city}"],
        "body": [["Nouvelles offres correspondant à votre recherche :"],
                 ["– {role} – {co} ({city})\n– {role2} – Ville de {city}\n– Assistant RH – Groupe Azur"],
                 ["Modifier mon alerte | Se désabonner"]],
    },
    "salon": {
        "labels": [], "company": "none",
        "from": [("Salon de l'emploi de {city}", "contact@salon-emploi.example", "L'équipe du salon"),
                 ("Coach Carrière Envol", "ateliers@envol-coaching.example", "Julie, coach")],
        "subj": ["Salon de l'emploi le {date}", "Atelier : réussir son entretien d'embauche", "Webinaire : rebondir après un refus"],
        "body": [["plus de 60 recruteurs vous attendent, entrée libre.",
                  "notre atelier vous prépare aux entretiens et à la négociation d'une offre."],
                 ["Inscription : {link}"]],
    },
}

SCALE = 1.3  # records per listed count

FAMILIES = {
    "pme": {"register": "formal", "sender": "hr", "regions": ["fr"], "html": "text", "extern_p": 0.1,
            "kinds": dict(ack=3, invite=5, rej=6, rej_oc=3, rej_fb=4, offer=3, rej_invite=1, status=3, reminder=3,
                          thanks_today=2, onboarding=2, fb_reply=2, nofb_reply=2)},
    "portail": {"register": "formal", "sender": "ats", "regions": ["fr", "be", "ch"], "html": "html",
                "kinds": dict(ack=8, ack_invite=4, invite=3, rej=6, rej_oc=2, status=4, confirmed=4, profile=5, webinar=3,
                              offer=1)},
    "quebec": {"register": "mixed", "sender": "hr", "regions": ["ca"], "html": "mixed",
               "kinds": dict(ack=3, invite=5, rej=5, rej_fb=3, rej_oc=2, offer=3, status=2, reminder=2, autoreply=2,
                             thanks_today=1, onboarding=2, fb_reply=1)},
    "bruxelles": {"register": "formal", "sender": "agency", "regions": ["be", "ch"], "html": "text",
                  "kinds": dict(invite=3, rej=3, rej_oc=2, rej_fb=1, closed_before=4, offer=1, rej_invite=1, nofb_reply=1)},
    "envoyes": {"register": "formal", "sender": "cand", "regions": ["fr", "be", "ca", "ch"],
                "kinds": dict(fbreq=12, withdraw=4, accept_offer=3, sched=4, apply_sent=4)},
    "quotidien": {"register": "formal", "sender": "hr", "regions": ["fr", "be", "ca", "ch"], "html": "mixed",
                  "kinds": dict(logement=5, admission=5, bourse=4, promo=5, arnaque=4, alerte=5, salon=5, panel=5)},
}


def generate(rng: random.Random) -> Iterable[dict]:
    yield from core.run(FAMILY_PREFIX, sys.modules[__name__], rng)
