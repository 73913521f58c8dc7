"""w35: regional French job mail (Québec, Belgium, Suisse romande).

What: Québec PME, caisses and coops ("entrevue", "courriel", "affichage"), provincial and municipal
bodies, Belgian retail chains and call centres ("septante", "GSM"), cantonal administrations and
Swiss start-ups ("natel", "huitante"), the candidate's Sent mail, job boards and job centres, and
look-alikes (logement refusé, admission, prêt, formations). When: build.py.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w35_bits import P, feedback_block, frame  # noqa: E402
from _w35_kit import Writer, pick, run_plan, slug  # noqa: E402

FAMILY_PREFIX = "w35francoreg"

FIRST = [("Geneviève", "f"), ("Marie-Ève", "f"), ("Mélanie", "f"), ("Noémie", "f"), ("Sarah-Maude", "f"),
         ("Annick", "f"), ("Laetitia", "f"), ("Séverine", "f"), ("Océane", "f"), ("Corinne", "f"),
         ("Maude", "f"), ("Justine", "f"), ("Isaline", "f"), ("Fanny", "f"), ("Delphine", "f"),
         ("Jean-François", "m"), ("Maxime", "m"), ("Olivier", "m"), ("Étienne", "m"), ("Gaëtan", "m"),
         ("Jérémie", "m"), ("Benoît", "m"), ("Loïc", "m"), ("Cédric", "m"), ("Mathis", "m"),
         ("Frédéric", "m"), ("Yannick", "m"), ("Samuel", "m"), ("Thierry", "m"), ("Raphaël", "m")]
LAST = ["Tremblay", "Gagnon", "Bouchard", "Lavoie", "Pelletier", "Desjardins", "Côté", "Leblanc",
        "Dubois", "Lambert", "Peeters", "Janssens", "Dumont", "Mertens", "Wauters", "Renard",
        "Rochat", "Favre", "Berset", "Monnier", "Perrin", "Jaquet", "Chappuis", "Vuilleumier",
        "Gauthier", "Bergeron", "Ouellet", "Lemaire", "Collard", "Maillard"]
ROLES = ["conseiller·ère aux ventes", "agent·e au service à la clientèle", "développeur·euse back-end",
         "technicien·ne en comptabilité", "préposé·e aux bénéficiaires", "chargé·e de projet",
         "analyste d'affaires", "coordonnateur·trice logistique", "magasinier·ère", "commis de bureau",
         "éducateur·trice en CPE", "infirmier·ère auxiliaire", "gestionnaire de succursale",
         "conseiller·ère en ressources humaines", "designer UX", "opérateur·trice de production",
         "collaborateur·trice administratif·ve", "juriste", "assistant·e de direction", "caissier·ère",
         "agent·e d'accueil bilingue", "ingénieur·e civil·e", "responsable marketing", "mécanicien·ne"]
QC_CO = ["Caisse populaire {n}", "Coopérative {n}", "Boulangerie {n}", "Quincaillerie {n}", "Transport {n} inc.",
         "Groupe {n}", "Fromagerie {n}", "Érablière {n}", "Services financiers {n}", "Pharmacie {n}", "Meubles {n} ltée"]
QC_N = ["Saint-Laurent", "Beauce", "Laurentides", "Boréal", "Gaspésie", "Charlevoix", "Outaouais", "Mauricie",
        "Richelieu", "Kamouraska", "Abitibi", "Lanaudière", "Appalaches", "Fjord", "Montérégie"]
BE_CO = ["{n} Distribution", "Brasserie {n}", "Magasins {n}", "Call Center {n}", "Boulangeries {n}", "Mutualité {n}",
         "Intercommunale {n}", "{n} Logistics", "Imprimerie {n}", "Librairies {n}"]
BE_N = ["Meuse", "Sambre", "Ardennes", "Condroz", "Hesbaye", "Famenne", "Brabant", "Gaume", "Ourthe", "Mosane", "Borinage"]
CH_CO = ["Hospice général {n}", "Commune de {n}", "Fiduciaire {n} SA", "Horlogerie {n} SA", "Coopérative {n}",
         "Clinique {n}", "Banque cantonale {n}", "Fromagerie {n}", "Transports publics {n}", "{n} Robotics SA"]
CH_N = ["Lavaux", "Gruyère", "Broye", "Chablais", "Jura", "Léman", "Riviera", "Val-de-Ruz", "Entremont", "Sarine", "Morges"]
STARTUPS = ["Nuvio", "Quillo", "Arbralab", "Helvi", "Lumaq", "Poutine Analytics", "Moka Santé", "Brisa Cloud",
            "Tiko Mobilité", "Frimas", "Glacis Data", "Verglas AI", "Orjo", "Bolet"]
CITY = {"qc": ["Montréal", "Québec", "Sherbrooke", "Trois-Rivières", "Gatineau", "Saguenay", "Lévis", "Rimouski"],
        "be": ["Liège", "Namur", "Charleroi", "Mons", "Bruxelles", "Wavre", "Arlon", "Verviers"],
        "ch": ["Lausanne", "Genève", "Fribourg", "Neuchâtel", "Sion", "Yverdon", "Delémont", "Nyon"]}
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FAM_REGION = {"qc-pme": "qc", "qc-public": "qc", "be-commerce": "be", "ch-canton": "ch", "ch-startup": "ch",
              "sent": None, "sent-texto": None, "portail": None, "vie": None}
SEPT = {"qc": ["soixante-dix", "quatre-vingt-dix"], "be": ["septante", "nonante"], "ch": ["septante", "nonante"]}
PHONE = {"qc": "Cell.", "be": "GSM", "ch": "Natel"}


def company_for(rng: random.Random, region: str, fam: str = "") -> str:
    if fam == "ch-startup" or (fam == "qc-pme" and rng.random() < 0.15):
        return pick(rng, STARTUPS) + pick(rng, [" SA", "", " Sàrl"] if region == "ch" else ["", " inc."])
    if fam == "qc-public":
        return pick(rng, ["CIUSSS de la {n}", "Ville de {c}", "Cégep de la {n}", "Université fictive du {n}",
                          "Municipalité régionale de {n}", "Centre de services scolaire de {n}"]).format(n=pick(rng, QC_N), c=pick(rng, CITY["qc"]))
    if region == "qc":
        return pick(rng, QC_CO).format(n=pick(rng, QC_N))
    if region == "be":
        return pick(rng, BE_CO).format(n=pick(rng, BE_N))
    return pick(rng, CH_CO).format(n=pick(rng, CH_N))


def new_ctx(rng: random.Random, fam: str) -> dict:
    region = FAM_REGION.get(fam) or pick(rng, ["qc", "be", "ch"])
    first, g = pick(rng, FIRST)
    last = pick(rng, LAST)
    rfirst, rg = pick(rng, FIRST)
    rlast = pick(rng, LAST)
    company = company_for(rng, region, fam)
    words = [w for w in company.replace("–", " ").split() if w[0].isupper() and w not in ("SA", "Sàrl", "Etat", "Service", "Groupe", "Coopérative", "Ville", "Commune")]
    cslug = slug(" ".join(words[-2:]) or company)
    tld = {"qc": "qc.ca", "be": "be", "ch": "ch"}[region]
    d = {"lang": "fr", "region": region, "first": first, "g": g, "last": last, "cand_full": f"{first} {last}",
         "cand_addr": f"{slug(first)}.{slug(last)}{pick(rng, ['', str(rng.randint(1, 99))])}@{pick(rng, ['gmail.com', 'hotmail.ca', 'videotron.ca', 'skynet.be', 'bluewin.ch', 'outlook.fr'])}",
         "rec": f"{rfirst} {rlast}", "rec_first": rfirst, "company": company, "dom": f"{cslug}.{tld}",
         "role": pick(rng, ROLES), "req": pick(rng, ["", f" (affichage n° {rng.randint(1000, 9999)})", f" – réf. {rng.randint(100, 999)}", f" [{rng.randint(2024001, 2024999)}]"]),
         "city": pick(rng, CITY[region]), "day": pick(rng, DAYS), "num": rng.randint(2, 28), "month": pick(rng, MONTHS),
         "hour": pick(rng, [f"{rng.randint(8, 16)} h {pick(rng, ['00', '15', '30'])}", f"{rng.randint(8, 16)}h{pick(rng, ['00', '30'])}"]),
         "link": f"https://{pick(rng, ['rdv', 'planif', 'emplois', 'carrieres'])}.{cslug}.{tld}/{rng.randint(10000, 99999)}",
         "e": "e" if g == "f" else "", "re": "e" if rg == "f" else "", "ref": rng.randint(100000, 999999),
         "sept": SEPT[region][0], "non": SEPT[region][1], "phone": PHONE[region],
         "entrevue": "entrevue" if region == "qc" else "entretien", "courriel": "courriel" if region == "qc" else "e-mail",
         "Entrevue": "Entrevue" if region == "qc" else "Entretien", "une_entrevue": "une entrevue" if region == "qc" else "un entretien"}
    d["de_role"] = ("d'" if d["role"][0] in "aeiouéèh" else "de ") + d["role"]
    d["cand_sign"] = pick(rng, [first, d["cand_full"], f"{d['cand_full']}\n{d['phone']} {rng.randint(400, 799)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"])
    d["emp_addr"] = f"{pick(rng, ['rh', 'emplois', 'recrutement', slug(rfirst)])}@{d['dom']}"
    return d


WEAK = {
    "coding": ["Le test pratique en programmation était incomplet : plusieurs cas n'étaient pas gérés et le code manquait de tests.",
               "Pendant l'exercice de code en direct, tu as eu de la misère à arriver à une solution qui fonctionne."],
    "system_design": ["Quand on a discuté de la montée en charge de la plateforme, on aurait aimé que tu pousses davantage ta réflexion sur l'architecture.",
                      "La partie conception de système est restée floue : comment le service tiendrait-il avec dix fois plus d'utilisateurs ?"],
    "technical_depth": ["Sur les normes comptables, les réponses restaient assez générales; le comité aurait voulu sentir une maîtrise plus fine.",
                        "Vos connaissances techniques nous ont paru un peu superficielles lorsque nous sommes entrés dans le détail."],
    "behavioural": ["Aux questions sur des situations vécues, vos exemples manquaient de concret : ce que vous aviez fait, vous, et le résultat.",
                    "Les mises en situation n'ont pas permis de bien voir comment tu réagis face à un client mécontent."],
    "communication": ["Vos réponses étaient parfois longues et on perdait le fil de l'idée principale.",
                      "La présentation orale manquait de structure; le jury a eu du mal à suivre votre raisonnement."],
    "questions_to_ask": ["À la fin de l'entrevue, tu n'as posé aucune question sur l'équipe ou le poste, ce qui a laissé planer un doute sur ton intérêt.",
                         "Nous aurions apprécié que vous vous renseigniez davantage sur notre organisation et ses enjeux."],
    "composure": ["Le stress a pris le dessus en deuxième partie d'entretien, et vos réponses s'en sont ressenties.",
                  "On a senti beaucoup de nervosité pendant la mise en situation, c'est normal, mais ça a pesé."],
    "experience_level": ["Il vous manque pour l'instant l'expérience en gestion d'équipe que demande ce poste de cadre.",
                         "Ton parcours reste un peu court pour un poste de ce niveau de responsabilité."],
    "collaboration": ["Lors de l'exercice de groupe, vous avez eu tendance à décider seul·e sans intégrer les idées des autres.",
                      "On n'a pas bien vu comment tu travailles avec les autres services quand il y a un désaccord."],
    "cv_positioning": ["Votre dossier de candidature ne met pas assez en valeur les réalisations dont vous nous avez parlé.",
                       "Ton CV est très centré sur les tâches; on ne voit pas ce que tu as accompli concrètement."],
}
PRAISE = ["Le comité a beaucoup apprécié votre ponctualité et votre préparation.", "On a vraiment aimé ton énergie et ton sens du service.",
          "Votre connaissance du secteur est un atout réel.", "Ton attitude positive a été remarquée par toute l'équipe.", ""]
JOIN = ["Par ailleurs,", "De plus,", "Autre point :"]
OC = {
    "role_filled": ["le poste a été pourvu à l'interne", "nous avons déjà comblé le poste", "le poste a trouvé preneur avant la fin du processus"],
    "budget_freeze": ["le budget prévu pour ce poste a été gelé jusqu'à nouvel ordre", "un gel des embauches a été décrété pour l'exercice en cours",
                      "les crédits budgétaires n'ont pas été reconduits par le Conseil"],
    "closer_fit": ["nous avons retenu une candidature dont le profil correspond plus étroitement aux besoins de l'équipe",
                   "une autre personne présentait une expérience plus directement liée au poste"],
    "level_mismatch": ["nous cherchons finalement un profil plus senior", "le poste s'adresse plutôt à une personne en début de carrière",
                       "le niveau d'expérience requis est supérieur à celui de votre parcours"],
    "role_cancelled": ["l'affichage a été annulé suite à une réorganisation du service", "le poste a été supprimé du plan d'effectifs",
                       "le mandat a été annulé par le client et le poste n'existe plus"],
}


def oc_sentence(rng):
    r = pick(rng, sorted(OC))
    return pick(rng, ["Nous devons vous informer que {x}.", "Malheureusement, {x}.", "En effet, {x}, et nous ne pouvons donc pas poursuivre.",
                      "La raison : {x}."]).format(x=pick(rng, OC[r])), [r]


REJ_OPEN = ["Merci d'avoir postulé au poste {de_role} chez {company}{req}.", "Nous vous remercions de l'intérêt que vous portez à {company}.",
            "Merci pour ton temps et pour l'{entrevue} de la semaine passée.", "Nous faisons suite à votre candidature pour le poste {de_role}.",
            "Suite à l'analyse de votre dossier pour l'affichage {role}, nous revenons vers vous."]
REJ_CORE = ["Après mûre réflexion, nous avons décidé de ne pas retenir votre candidature.",
            "Malheureusement, nous ne donnerons pas suite à votre candidature cette fois-ci.",
            "Nous avons choisi d'aller de l'avant avec d'autres candidatures.",
            "Ta candidature n'a pas été retenue pour la suite du processus.",
            "Votre dossier ne sera pas retenu pour l'étape suivante.",
            "On a finalement arrêté notre choix sur une autre personne.",
            "C'est avec regret que nous vous annonçons une réponse négative.",
            "Ta candidature ne sera malheureusement pas retenue pour ce poste.",
            "Le comité n'a pas recommandé votre candidature pour la suite.",
            "Nous ne sommes pas en mesure de vous proposer ce poste.",
            "On a décidé de ne pas aller plus loin avec ta candidature."]
REJ_MID = ["Nous avons reçu un nombre important de candidatures de qualité.", "Le choix a été difficile.",
           "Nous savons que la préparation d'un entretien demande du temps.", "", "", ""]
REJ_CLOSE = ["Nous conservons votre dossier et n'hésiterons pas à vous recontacter si un poste correspond à votre profil.",
             "Nous vous souhaitons bon succès dans vos démarches.", "Au plaisir de recevoir ta candidature pour un prochain affichage.",
             "Nous vous souhaitons plein succès pour la suite de votre parcours professionnel.", ""]


def k_rej(rng, c):
    oc, r = oc_sentence(rng) if rng.random() < 0.4 else ("", [])
    body = " ".join(x for x in [pick(rng, REJ_OPEN), pick(rng, REJ_MID), pick(rng, REJ_CORE), oc] if x) + "\n\n" + pick(rng, REJ_CLOSE)
    return P(pick(rng, ["Votre candidature – {role}", "Suivi de votre candidature{req}", "Re: {Entrevue} {role}", "{company} – réponse à votre candidature",
                        "Concours {role}", "Candidature {role}"]), body.strip(), ["rejection"], c["company"], oc=r)


def k_rej_oc(rng, c):
    oc, r = oc_sentence(rng)
    body = pick(rng, REJ_OPEN) + " " + oc + "\n\n" + pick(rng, ["Cette décision n'est aucunement liée à la qualité de votre candidature.",
                                                                 "Nous tenions à vous l'annoncer personnellement.", ""]) + "\n\n" + pick(rng, REJ_CLOSE)
    return P(pick(rng, ["Poste {role} – mise à jour", "Affichage {role}{req}", "Re: Deuxième {entrevue}"]), body.strip(), ["rejection"], c["company"], oc=r)


def k_rej_fb(rng, c):
    fb, topics = feedback_block(rng, WEAK, PRAISE, JOIN, 1, 3)
    intro = pick(rng, ["Voici quelques commentaires du comité de sélection, en espérant qu'ils te soient utiles :",
                       "Afin de vous aider dans vos prochaines démarches, voici le retour du jury :", "Quelques observations des gestionnaires :",
                       "Comme promis lors de l'{entrevue}, voici notre rétroaction :"])
    body = f"{pick(rng, REJ_OPEN)} {pick(rng, REJ_CORE)}\n\n{intro} {fb}\n\n{pick(rng, REJ_CLOSE)}"
    return P(pick(rng, ["Résultat de votre {entrevue} – {role}", "Rétroaction – {role}", "Votre candidature chez {company}"]),
             body.strip(), ["rejection", "feedback"], c["company"], topics=topics)


def k_fb_reply(rng, c):
    fb, topics = feedback_block(rng, WEAK, PRAISE, JOIN, 1, 2)
    body = pick(rng, ["Merci pour ton message, c'est tout à ton honneur. J'ai repris les notes du comité :",
                      "Avec plaisir. Voici en résumé ce que le jury a relevé.", "Je comprends ta demande; voici ce qui est ressorti."]) + " " + fb + "\n\n" + pick(rng, ["Bonne continuation !", "Au plaisir."])
    return P("Re: Demande de rétroaction – {role}", body, ["feedback"], c["company"], topics=topics,
             quoted="Bonjour {rec_first}, merci de m'avoir informé·e. Serait-il possible d'avoir un retour sur mon {entrevue} ? Merci, {first}", quoted_who="cand")


INV_OPEN = ["Votre candidature pour le poste {de_role} a retenu notre attention.", "Bonne nouvelle : ton profil a été retenu pour la prochaine étape.",
            "Nous aimerions vous rencontrer dans le cadre du processus pour {role}.", "Suite à ta candidature chez {company}, on aimerait jaser avec toi."]
INV_WHAT = ["Seriez-vous disponible pour {une_entrevue} le {day} {num} {month} à {hour} dans nos bureaux de {city} ?",
            "On te propose {une_entrevue} par Teams d'environ {sept} minutes, le {day} à {hour}. Ça te convient ?",
            "Merci de choisir une plage horaire pour l'{entrevue} téléphonique via ce lien : {link}",
            "La prochaine étape est un test en ligne d'environ quarante-cinq minutes, à compléter d'ici le {day} : {link}",
            "Nous vous convions à une journée d'essai au magasin de {city} le {day} {num} {month}, dès {hour}.",
            "Nous vous invitons à un entretien avec la cheffe de service le {day} {num} {month} à {hour}. Merci de prendre une pièce d'identité.",
            "Un premier appel de vingt minutes avec {rec} est prévu pour faire connaissance; dis-nous quand tu es disponible cette semaine.",
            "Nous aimerions vous convoquer à une séance d'évaluation (examen écrit et entrevue) le {day} {num} {month} à {hour}.",
            "La dernière étape serait une rencontre avec la direction générale, en présentiel à {city}, le {day} à {hour}."]
INV_CLOSE = ["Merci de confirmer votre présence par retour de {courriel}.", "Au plaisir de te rencontrer !",
             "Si l'horaire ne convient pas, faites-le-nous savoir.", "N'hésitez pas à m'appeler au besoin."]


def k_inv(rng, c):
    return P(pick(rng, ["Invitation à {une_entrevue} – {role}", "Convocation – {role}{req}", "Prochaine étape : {entrevue}", "Rencontre chez {company} 🙂",
                        "Re: Candidature {role}"]), f"{pick(rng, INV_OPEN)} {pick(rng, INV_WHAT)}\n\n{pick(rng, INV_CLOSE)}", ["interview_invite"], c["company"])


def k_inv_resched(rng, c):
    return P("Changement d'horaire – {entrevue} {role}", pick(rng, ["Un imprévu nous oblige à déplacer votre {entrevue}.", "Désolée, on doit reporter notre rencontre de {day}."]) + " " + pick(rng, INV_WHAT),
             ["interview_invite"], c["company"])


ACK = ["Nous accusons réception de votre candidature pour le poste {de_role}{req}. Nous communiquerons uniquement avec les personnes retenues.",
       "Merci ! Ta candidature pour {role} a bien été reçue. L'équipe RH la regardera dans les prochains jours.",
       "Votre dossier pour {role} a été enregistré sous le numéro {ref}. Le traitement peut prendre quelques semaines.",
       "Nous avons bien reçu votre postulation et vous remercions de votre intérêt pour {company}.",
       "C'est reçu ! Ton CV est entre bonnes mains; on te fait signe si ton profil correspond.",
       "Votre candidature en ligne a été transmise au service des ressources humaines, qui en a bien pris connaissance.",
       "Ceci confirme que nous avons reçu votre dossier complet pour le concours {role}{req}."]


def k_ack(rng, c):
    return P(pick(rng, ["Accusé de réception – {role}", "Candidature reçue", "Votre postulation n° {ref}", "Merci pour ta candidature !"]),
             pick(rng, ACK), ["application_ack"], c["company"])


def k_ack_inv(rng, c):
    return P("Candidature reçue – prochaine étape", pick(rng, ACK) + "\n\n" + pick(rng, [
        "Afin de poursuivre, nous vous invitons à passer un questionnaire d'aptitudes en ligne : {link}",
        "Prochaine étape : une courte vidéo-entrevue différée (trois questions), à réaliser d'ici {day} : {link}"]),
        ["application_ack", "interview_invite"], c["company"])


def k_rej_inv(rng, c):
    other = pick(rng, ROLES)
    return P("Votre candidature et un autre poste chez {company}",
             f"Pour le poste de {{role}}, nous avons retenu une autre personne. Votre profil nous semble toutefois très intéressant pour un poste de {other} qui vient d'être affiché. " + pick(rng, INV_WHAT),
             ["rejection", "interview_invite"], c["company"])


OFFER = ["Nous avons le plaisir de vous offrir le poste {de_role} chez {company}.", "Bonne nouvelle : l'équipe t'a choisi·e ! On aimerait t'offrir le poste {de_role}.",
         "Suite à nos rencontres, nous vous soumettons une offre d'emploi pour le poste {de_role}."]
OFFER_DET = ["Le salaire annuel proposé est de {n} $, avec assurances collectives et régime de retraite.",
             "La rémunération brute mensuelle s'élève à {n} € (barème CP 200), avec chèques-repas et voiture de société.",
             "Le salaire annuel brut est de CHF {n}.–, versé en treize mensualités, entrée en fonction le 1er {month}.",
             "Vous trouverez la lettre d'offre en pièce jointe; elle précise le salaire, l'horaire et la date d'entrée en fonction."]


def k_offer(rng, c):
    det = pick(rng, [OFFER_DET[{"qc": 0, "be": 1, "ch": 2}[c["region"]]], OFFER_DET[3]])
    num = f"{rng.randint(3, 6)} {rng.randint(100, 999)}" if "€" in det else f"{rng.randint(48, 128)} {rng.randint(100, 999)}"
    det = det.replace("{n}", num).replace("CHF 4", "CHF 9")
    return P(pick(rng, ["Offre d'emploi – {role}", "Lettre d'offre {company}", "Bienvenue dans l'équipe ? 🎉", "Proposition d'engagement"]),
             f"{pick(rng, OFFER)} {det}\n\n" + pick(rng, ["Merci de nous donner ta réponse d'ici le {day} {num} {month}.", "Je reste disponible pour en discuter."]),
             ["offer"], c["company"])


def k_fbreq(rng, c):
    return P(pick(rng, ["Re: Votre candidature – {role}", "Demande de rétroaction", "Retour sur mon {entrevue}"]), pick(rng, [
        "Merci de m'avoir informé·e de votre décision. Même si je suis déçu·e, j'aimerais beaucoup savoir ce que je pourrais améliorer. Auriez-vous quelques commentaires sur mon {entrevue} ?",
        "Je comprends votre choix. Serait-il possible d'obtenir une courte rétroaction sur ma candidature ? Ce serait précieux pour mes prochaines démarches.",
        "Si vous avez deux minutes, pourriez-vous me dire ce qui a manqué dans mon dossier ou lors de l'entretien ? Merci d'avance."]),
        ["feedback_request"], c["company"], folder="Sent", quoted="Nous avons décidé de ne pas retenir votre candidature pour le poste {de_role}.", quoted_who="emp")


# negatives
def n_reminder(rng, c):
    return P("Rappel : {entrevue} demain", pick(rng, ["Petit rappel : ton {entrevue} est demain, {day}, à {hour}. Le lien Teams reste le même.",
                                                  "Nous vous rappelons votre rendez-vous du {day} à {hour} à la réception de notre siège de {city}."]), [], c["company"])


def n_thanks(rng, c):
    return P("Merci pour la rencontre", pick(rng, ["Merci pour ta disponibilité aujourd'hui ! On termine les entrevues cette semaine et on te revient rapidement.",
                                                   "Merci pour votre visite de ce matin. Nous vous donnerons des nouvelles d'ici une dizaine de jours."]), [], c["company"])


def n_review(rng, c):
    return P("Suivi de votre candidature", pick(rng, ["Votre dossier est toujours à l'étude. Nous reviendrons vers vous dès que possible.",
                                                      "Le processus pour {role} prend un peu plus de temps que prévu. Ta candidature est toujours active."]), [], c["company"])


def n_cantshare(rng, c):
    return P("Re: Demande de rétroaction", pick(rng, ["Merci de votre message. Notre politique ne nous permet malheureusement pas de transmettre de commentaires individuels. Nous avons reçu de très nombreuses candidatures de qualité.",
                                                      "Je comprends ta demande, mais on ne fournit pas de rétroaction détaillée. Le bassin de candidats était très fort."]),
             [], c["company"], quoted="Serait-il possible d'avoir un retour sur mon {entrevue} ? {first}", quoted_who="cand")


def n_closed_before(rng, c):
    return P("Re: Affichage {role}", "Merci de ton intérêt ! Malheureusement, cet affichage est fermé depuis la semaine passée, avant même que nous recevions ta candidature. Surveille notre page carrières.", [], c["company"])


def n_onboard(rng, c):
    return P("Votre arrivée chez {company}", pick(rng, ["Bienvenue ! Pour préparer ton premier jour, merci de nous retourner ton spécimen de chèque, ton NAS et le formulaire TD1 signé.",
                                                       "En vue de votre entrée en fonction, merci de transmettre votre attestation AVS, un extrait du casier judiciaire et vos coordonnées bancaires (IBAN).",
                                                       "Merci de nous faire parvenir votre carte d'identité, votre numéro de registre national et le formulaire de mutuelle avant le {day}."]), [], c["company"])


def n_interviewer(rng, c):
    return P("Jury d'entretien – besoin de toi", "Salut {first}, pourrais-tu siéger au comité d'{entrevue} pour le poste de technicien·ne le {day} à {hour} ? Tu recevras les CV demain.",
             [], None, sig="Nathalie, Service RH (interne)", sender=("Service RH interne", "rh-interne@employeur-actuel.ch"))


def n_confirmed(rng, c):
    return P("Rendez-vous confirmé", "Votre rendez-vous est confirmé pour le {day} {num} {month} à {hour}. Aucune autre action n'est requise.", [], c["company"])


def n_status(rng, c):
    return P("Mise à jour de votre dossier", "Le statut de votre candidature pour {role} a changé. Connectez-vous à votre espace candidat pour le consulter.", [], c["company"])


def n_pool(rng, c):
    return P("Inscription à notre banque de candidatures", "Votre profil a été ajouté à notre banque de candidatures. Nous vous contacterons si un poste correspondant est affiché.", [], c["company"])


def n_headhunter(rng, c):
    return P("Mandat confidentiel – direction financière", "J'accompagne un client (PME industrielle, région {city}) dans la recherche d'un·e cadre. Votre parcours m'a interpellé. Seriez-vous ouvert·e à un échange téléphonique ?",
             [], None, sig="{rec}\nAssocié·e – Cabinet Alpin Conseil", sender=(f"{c['rec']} – Cabinet Alpin Conseil", "mandats@alpinconseil.ch"))


def n_autoreply(rng, c):
    return P("Réponse automatique : " + pick(rng, ["Candidature {role}", "Re: {Entrevue}"]), pick(rng, [
        "Je suis absente du bureau jusqu'au {num} {month}. En cas d'urgence, écrivez à rh@{dom}.", "Merci pour votre courriel. Je suis en vacances et le lirai à mon retour."]), [], c["company"], raw=True)


def n_bounce(rng, c):
    return P("Undelivered Mail Returned to Sender", "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis à :\n  carrieres@{dom}\n  550 5.1.1 Adresse inconnue\n\nObjet : Candidature {role}",
             [], None, raw=True, sender=("Mail Delivery System", "MAILER-DAEMON@smtp.videotron.ca"))


BOARDS = ["EmploisQuébec+", "Jobbo", "Boulot.be", "RomandieJobs", "TravailNord", "Emploi Franco"]


def n_alert(rng, c):
    b = pick(rng, BOARDS)
    jobs = "\n".join(f"- {pick(rng, ROLES)} | {company_for(rng, c['region'])} | {pick(rng, CITY[c['region']])}" for _ in range(rng.randint(3, 6)))
    return P(pick(rng, ["{n} nouvelles offres pour vous", "Alerte emploi : {role}", "Les offres du jour à {city}"]).replace("{n}", str(rng.randint(3, 30))),
             f"Bonjour {{first}},\n\nVoici les nouvelles offres correspondant à votre recherche :\n\n{jobs}\n\nGérer mes alertes | Se désabonner",
             [], None, raw=True, sender=(f"{b} – Alertes", f"alertes@{slug(b)}.com"))


def n_views(rng, c):
    b = pick(rng, BOARDS)
    return P("Des recruteurs ont consulté votre profil", f"Bonjour {{first}}, votre profil a été vu {rng.randint(2, 12)} fois cette semaine. Passez à {b} Pro pour savoir qui s'y intéresse.",
             [], None, raw=True, sender=(b, f"noreply@{slug(b)}.com"))


def n_complete(rng, c):
    b = pick(rng, BOARDS)
    return P("Votre profil est incomplet", f"Bonjour {{first}}, ajoutez vos expériences et vos langues pour augmenter vos chances d'être contacté·e. Compléter mon profil →",
             [], None, raw=True, sender=(b, f"noreply@{slug(b)}.com"), html=pick(rng, [None, "only"]))


def n_portal_ack(rng, c):
    b = pick(rng, BOARDS)
    return P("Candidature envoyée à {company}", f"Bonjour {{first}},\n\nVotre candidature au poste « {{role}} » a bien été transmise à {{company}} ({{city}}).\n\nSuivre mes candidatures : https://{slug(b)}.com/mes-candidatures",
             ["application_ack"], c["company"], raw=True, sender=(b, f"candidatures@{slug(b)}.com"))


def n_newsletter(rng, c):
    items = rng.sample(["Refus d'embauche : comment rebondir", "Les questions pièges en entrevue", "Négocier une offre d'emploi en 2024",
                        "Demander une rétroaction après un refus, mode d'emploi", "Journée d'essai : vos droits", "Le CV suisse : photo ou pas ?"], 3)
    return P("L'Infolettre Carrière – " + items[0], "Cette semaine dans l'infolettre :\n\n" + "\n".join(f"→ {i}" for i in items) + "\n\nVous recevez cette infolettre car vous y êtes abonné·e. Se désabonner.",
             [], None, raw=True, sender=("Infolettre Carrière", "infolettre@carriere-plus.ca"))


def n_webinar(rng, c):
    return P(pick(rng, ["Atelier : réussir son entrevue", "Salon de l'emploi de {city}", "Séance d'information ORP"]), pick(rng, [
        "Le Carrefour jeunesse-emploi t'invite à un atelier gratuit sur la préparation aux entrevues, le {day} à {hour}. Inscription obligatoire.",
        "Le Salon de l'emploi de {city} accueille plus de {sept} employeurs le {day} {num} {month}. Apportez votre CV !",
        "Votre conseiller·ère ORP vous convie à une séance d'information collective sur les mesures du marché du travail, le {day} à {hour}.",
        "Le Forem propose une formation « Techniques de recherche d'emploi » à {city}. Début le {day} {num} {month}."]),
        [], None, sig="L'équipe Orientation", sender=(pick(rng, ["Carrefour jeunesse-emploi", "ORP – Office régional de placement", "Le Forem", "Actiris"]), "info@orientation-emploi.org"))


def n_scam(rng, c):
    a = pick(rng, ["Félicitations, vous avez été sélectionné·e pour un poste d'assistant·e à distance.", "Travail à domicile disponible immédiatement.",
                   "Votre profil a été retenu pour une mission de testeur·euse de produits."])
    b = pick(rng, ["Aucun entretien nécessaire.", "Rémunération : 300 € par jour, 2 h de travail.", "Paiement hebdomadaire garanti."])
    d = pick(rng, ["Versez les frais d'inscription de 49 € pour activer votre contrat.", "Envoyez une copie de votre pièce d'identité et votre IBAN.",
                   "Contactez notre agent sur WhatsApp pour recevoir votre kit (frais de port 25 €)."])
    return P(pick(rng, ["Offre d'emploi à domicile – 300 € / jour", "Vous êtes embauché·e !", "Proposition urgente de travail"]), f"{a} {b} {d}",
             [], None, raw=True, sender=(pick(rng, ["Service Recrutement Europe", "RH Internationale"]), f"recrutement.rapide{rng.randint(10, 99)}@gmail.com"))


def n_rental(rng, c):
    return P("Re: Logement rue des {n}".replace("{n}", pick(rng, ["Érables", "Tilleuls", "Vignes"])), pick(rng, [
        "Bonjour, merci pour votre dossier. Le propriétaire a retenu une autre candidature pour le logement. Bonne chance dans vos recherches.",
        "Nous regrettons de vous informer que votre dossier pour l'appartement de trois pièces et demie n'a pas été retenu par la gérance."]), [], None, sig="",
        sender=("Gérance Immobilière du Lac", "location@gerance-lac.ch"))


def n_admission(rng, c):
    return P("Décision d'admission", "Nous sommes au regret de vous informer que votre demande d'admission au programme de maîtrise n'a pas été retenue pour le trimestre d'automne.",
             [], None, sig="", sender=("Registrariat", "admission@universite-exemple.ca"))


def n_loan(rng, c):
    return P("Votre demande de prêt", "Après étude de votre dossier, nous ne sommes pas en mesure d'accorder le prêt demandé. Vous pouvez nous contacter pour plus d'informations.",
             [], None, sig="", sender=("Banque du Terroir", "service@banqueterroir.be"))


def n_personal(rng, c):
    a = pick(rng, ["Allô! ", "Coucou, ", "Salut toi, ", "Hello, ", ""])
    b = pick(rng, ["on fait un souper chez nous vendredi, t'es partant·e?", "alors cet entretien ?", "voici les photos du chalet.",
                   "on se fait une fondue samedi à la maison ?", "tu peux passer chercher les enfants à la garderie jeudi ?", "t'as reçu une réponse pour ton poste?"])
    d = pick(rng, ["Raconte-moi tout !", "Ma sœur a bossé là-bas, elle dit qu'ils sont lents à répondre.", "À tantôt !", "Bisous", "Bonne fin de semaine!", ""])
    return P(pick(rng, ["Souper vendredi ?", "Re: ton entrevue!!", "photos du chalet", "fondue", "jeudi", "(sans objet)"]), (a + b + " " + d).strip(),
             [], None, raw=True, sender=(pick(rng, ["Marco", "Steph B.", "Maman", "Julie", "Tonton Gilles"]), pick(rng, ["ami.perso", "stephb", "julie.r", "gilles.v"]) + "@gmail.com"))


def n_jobcentre(rng, c):
    return P(pick(rng, ["Convocation – entretien de conseil ORP", "Votre dossier de demandeur d'emploi", "Emploi-Québec : rendez-vous"]), pick(rng, [
        "Vous êtes convoqué·e à un entretien de conseil le {day} {num} {month} à {hour} à l'ORP de {city}. Merci d'apporter vos preuves de recherches d'emploi.",
        "Votre inscription comme demandeur·euse d'emploi a été mise à jour. Consultez votre espace personnel.",
        "Un rendez-vous avec votre agent·e d'aide à l'emploi est fixé le {day} à {hour}."]), [], None, sig="", sender=("Service public de l'emploi", "ne-pas-repondre@emploi.example"))


def s_thanks(rng, c):
    return P("Merci pour l'{entrevue}", "Merci encore pour l'{entrevue} de ce matin, {rec_first}. J'ai beaucoup aimé échanger avec l'équipe et je reste disponible pour toute information.", [], c["company"], folder="Sent")


def s_withdraw(rng, c):
    return P("Re: Processus {role}", pick(rng, ["Je vous remercie, mais j'ai accepté une autre offre et je préfère retirer ma candidature.",
                                               "Je me permets de vous aviser que je retire ma candidature pour des raisons personnelles."]), [], c["company"], folder="Sent")


def s_accept(rng, c):
    return P("Re: Offre d'emploi – {role}", "C'est avec plaisir que j'accepte votre offre. Je vous retourne la lettre signée et confirme mon entrée en fonction le {num} {month}.",
             [], c["company"], folder="Sent", quoted="Nous avons le plaisir de vous offrir le poste {de_role}.", quoted_who="emp")


def s_schedule(rng, c):
    return P("Re: Invitation à {une_entrevue}", pick(rng, ["Parfait, je confirme pour {day} à {hour}. Au plaisir !", "Merci ! {day} ne m'arrange pas, serait-il possible de faire ça jeudi matin ?"]),
             [], c["company"], folder="Sent", quoted="Seriez-vous disponible le {day} à {hour} ?", quoted_who="emp")


def s_apply(rng, c):
    return P("Candidature – {role}", "Suite à votre affichage pour le poste {de_role}, je vous transmets mon CV et une lettre de motivation. Je suis disponible rapidement.",
             [], c["company"], folder="Sent")


KINDS = {k[2:] if k.startswith("k_") else k: v for k, v in globals().items() if k[:2] in ("k_", "n_", "s_") and callable(v)}


def _sender(kind: str):
    def f(rng, c):
        if kind == "person":
            return pick(rng, [c["rec"], f"{c['rec']} ({c['company']})"]), f"{slug(c['rec_first'])}.{slug(c['rec'].split()[-1])}@{c['dom']}"
        if kind == "team":
            return pick(rng, [f"Ressources humaines – {c['company']}", f"Recrutement {c['company']}", f"Service du personnel | {c['company']}"]), f"{pick(rng, ['rh', 'recrutement', 'personnel'])}@{c['dom']}"
        return pick(rng, [f"Carrières {c['company']}", f"{c['company']} (ne pas répondre)", c["company"]]), f"ne-pas-repondre@carrieres.{c['dom']}"
    return f


def _sig(lines):
    return lambda rng, c: pick(rng, lines).format_map(c)


def _qhead(rng, c, who):
    name = c["cand_full"] if who == "cand" else c["rec"]
    addr = c["cand_addr"] if who == "cand" else c["emp_addr"]
    if rng.random() < 0.35:
        return f"________________________________\nDe : {name} <{addr}>\nEnvoyé : {c['day']} {c['num']} {c['month']} 2024 {c['hour']}\nÀ : {c['emp_addr'] if who == 'cand' else c['cand_addr']}\nObjet : {c['role']}"
    return f"Le {c['day']} {c['num']} {c['month']} 2024 à {c['hour']}, {name} <{addr}> a écrit :"


COMMON = {"sent_greet": ["Bonjour {rec_first},", "Bonjour Madame, Monsieur,", "Allô {rec_first},", "Bonjour,"],
          "sent_signoff": ["Cordialement,", "Merci et bonne journée,", "Au plaisir,", "Meilleures salutations,", "Bien à vous,"], "quote_head": _qhead}
STYLES = {
    "qc-pme": dict(sender=_sender("person"), greet=["Bonjour {first},", "Allô {first} !", "Bonjour {cand_full},"],
                   signoff=["Bonne fin de journée !", "Au plaisir,", "Merci et bonne journée,", "Cordialement,"],
                   sig=_sig(["{rec}\nConseiller·ère RH | {company}\n{city} (Québec)", "{rec_first}\nÉquipe RH", "{rec}\nDirection des ressources humaines"]),
                   footer=["Avis de confidentialité : ce courriel peut contenir des renseignements confidentiels.", "Pensez à l'environnement avant d'imprimer ce courriel."], html_only=0.1, html_alt=0.15),
    "qc-public": dict(sender=_sender("team"), greet=["Madame, Monsieur,", "Bonjour {first},", "Bonjour Madame/Monsieur {last},"],
                      signoff=["Veuillez agréer nos salutations distinguées.", "Cordialement,", "Recevez nos meilleures salutations."],
                      sig=_sig(["Direction des ressources humaines\n{company}", "Service de la dotation\n{company}", "{rec}\nConseiller·ère en acquisition de talents"]),
                      footer=["Ce message est transmis automatiquement; veuillez ne pas y répondre.", "{company} souscrit au principe d'équité en emploi."], footer_p=0.7, html_only=0.15, html_alt=0.25),
    "be-commerce": dict(sender=_sender("team"), greet=["Bonjour {first},", "Chère Madame, cher Monsieur,", "Bonjour {cand_full},"],
                        signoff=["Bien à vous,", "Salutations distinguées,", "Bonne journée et à bientôt,"],
                        sig=_sig(["{rec}\nHR Business Partner\n{company} – {city}\nGSM +32 4{ref}", "Service Recrutement\n{company}", "{rec_first} – Team RH"]),
                        footer=["Conformément au RGPD, vos données sont conservées un an. Pour exercer vos droits : privacy@{dom}", "TVA BE 0{ref}"], footer_p=0.6, html_only=0.2, html_alt=0.2),
    "ch-canton": dict(sender=_sender("team"), greet=["Madame, Monsieur,", "Bonjour {first},", "Chère candidate, cher candidat,"],
                      signoff=["Meilleures salutations.", "Avec nos meilleures salutations,", "Nous vous adressons nos salutations distinguées."],
                      sig=_sig(["Office du personnel\n{company}", "{rec}\nResponsable RH\nTél. 021 {ref}", "Secteur recrutement\n{company}, {city}"]),
                      footer=["Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de le détruire.", ""], footer_p=0.5, html_only=0.1, html_alt=0.2,
                      post=lambda t: t.replace("ß", "ss")),
    "ch-startup": dict(sender=_sender("person"), greet=["Salut {first},", "Hello {first} !", "Bonjour {first},"],
                       signoff=["Belle journée !", "À bientôt,", "Merci encore,", "Bonne suite,"],
                       sig=_sig(["{rec_first} · People & Culture · {company}", "{rec}\nCo-fondateur·rice, {company}\nNatel 079 {ref}", "{rec_first}"]),
                       footer=["{company} – {city}", ""], html_only=0.05, html_alt=0.1),
    "sent": dict(sender=_sender("person"), greet=[""], signoff=[""], sig=_sig([""]), footer=[]),
    "sent-texto": dict(sender=_sender("person"), greet=[""], signoff=[""], sig=_sig([""]), footer=[],
                       sent_greet=["Allô {rec_first},", "Salut {rec_first}", "Bonjour!", ""], sent_signoff=["Merci!", "Bonne journée!", "Envoyé de mon iPhone", "À+"]),
    "portail": dict(sender=_sender("noreply"), greet=["Bonjour {first},"], signoff=["Cordialement,"], sig=_sig(["L'équipe"]), footer=[], html_only=0.3, html_alt=0.3),
    "vie": dict(sender=_sender("person"), greet=["Bonjour {first},", "Madame, Monsieur,"], signoff=["Cordialement,", "Meilleures salutations,"],
                sig=_sig([""]), footer=[], html_only=0.15, html_alt=0.2),
}
for _s in STYLES.values():
    for _k, _v in COMMON.items():
        _s.setdefault(_k, _v)
FRAMES = {fam: (lambda st: (lambda rng, ctx, piece, w, fam: frame(rng, ctx, piece, w, fam, st)))(st) for fam, st in STYLES.items()}

PLAN = [
    ("qc-pme", "rej", 5), ("qc-pme", "rej_fb", 5), ("qc-pme", "inv", 8), ("qc-pme", "ack", 4), ("qc-pme", "offer", 4), ("qc-pme", "fb_reply", 2),
    ("qc-pme", "n_reminder", 3), ("qc-pme", "n_thanks", 3), ("qc-pme", "n_closed_before", 3), ("qc-pme", "n_onboard", 3), ("qc-pme", "n_autoreply", 2),
    ("qc-public", "rej", 4), ("qc-public", "rej_oc", 4), ("qc-public", "inv", 5), ("qc-public", "ack", 5), ("qc-public", "ack_inv", 2),
    ("qc-public", "n_status", 4), ("qc-public", "n_pool", 3), ("qc-public", "n_review", 3), ("qc-public", "offer", 2), ("qc-public", "rej_inv", 1),
    ("be-commerce", "rej", 4), ("be-commerce", "rej_fb", 3), ("be-commerce", "inv", 6), ("be-commerce", "ack", 5), ("be-commerce", "ack_inv", 2),
    ("be-commerce", "offer", 3), ("be-commerce", "n_confirmed", 4), ("be-commerce", "n_reminder", 3), ("be-commerce", "n_cantshare", 3),
    ("be-commerce", "rej_oc", 2), ("be-commerce", "n_onboard", 2), ("be-commerce", "n_bounce", 2),
    ("ch-canton", "rej", 4), ("ch-canton", "rej_oc", 3), ("ch-canton", "rej_fb", 3), ("ch-canton", "inv", 5), ("ch-canton", "ack", 4),
    ("ch-canton", "offer", 2), ("ch-canton", "n_status", 3), ("ch-canton", "n_interviewer", 3), ("ch-canton", "n_headhunter", 3),
    ("ch-canton", "rej_inv", 2), ("ch-canton", "n_review", 2),
    ("ch-startup", "rej", 3), ("ch-startup", "rej_fb", 3), ("ch-startup", "inv", 5), ("ch-startup", "inv_resched", 2), ("ch-startup", "offer", 3),
    ("ch-startup", "fb_reply", 2), ("ch-startup", "n_thanks", 3), ("ch-startup", "n_cantshare", 2), ("ch-startup", "rej_inv", 1), ("ch-startup", "rej_oc", 2),
    ("sent", "fbreq", 8), ("sent", "s_thanks", 3), ("sent", "s_withdraw", 3), ("sent", "s_accept", 3), ("sent", "s_schedule", 3), ("sent", "s_apply", 3),
    ("sent-texto", "fbreq", 7), ("sent-texto", "s_thanks", 3), ("sent-texto", "s_withdraw", 2), ("sent-texto", "s_accept", 2), ("sent-texto", "s_schedule", 3), ("sent-texto", "s_apply", 3),
    ("portail", "n_alert", 8), ("portail", "n_views", 5), ("portail", "n_complete", 4), ("portail", "n_portal_ack", 6), ("portail", "n_newsletter", 6),
    ("portail", "n_webinar", 6), ("portail", "n_scam", 4),
    ("vie", "n_rental", 5), ("vie", "n_admission", 4), ("vie", "n_loan", 3), ("vie", "n_personal", 6), ("vie", "n_jobcentre", 6),
]


def generate(rng: random.Random) -> Iterable[dict]:
    """Yield the regional French records."""
    w = Writer(FAMILY_PREFIX, "fr")
    yield from run_plan(rng, w, PLAN, FRAMES, KINDS, new_ctx)
