"""French word bank for writer w9 (portails RH, cabinets de recrutement, candidats, courrier divers)."""

from __future__ import annotations

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def fmt_date(d: int, m: int) -> str:
    return f"{d:02d}/{m:02d}/2026" if d % 3 else f"{d} {MOIS[m - 1]} 2026"


KINDS = {
    "ack": dict(labels=["application_ack"], subj=["Votre candidature au poste de {role}", "Accusé de réception – {role} (réf. {ref})", "Merci pour votre candidature chez {co}", "Candidature bien reçue : {role}", "{co} | Confirmation de candidature"], body=[
        ["nous vous remercions pour votre candidature au poste de {role} et vous confirmons sa bonne réception.",
         "votre candidature pour l'offre « {role} » nous est bien parvenue, merci de l'intérêt que vous portez à {co}.",
         "nous accusons réception de votre dossier de candidature (référence {ref}).",
         "c'est avec plaisir que nous avons reçu votre candidature pour rejoindre {co} en tant que {role}."],
        ["Notre équipe recrutement va l'étudier avec attention et reviendra vers vous dans les meilleurs délais.",
         "Votre profil sera examiné par nos équipes ; sans nouvelles de notre part sous {days} semaines, considérez que nous ne pourrons pas y donner suite.",
         "Vous pouvez suivre l'avancement de votre dossier depuis votre espace candidat : {link}",
         "Le manager du poste prendra connaissance de votre dossier dans les prochains jours."],
        ["", "Merci de ne pas répondre à ce message généré automatiquement.", "Nous vous souhaitons une excellente journée."]]),
    "ack_tu": dict(labels=["application_ack"], formal=False, subj=["On a bien reçu ta candidature 👋", "Merci {cand} !"], body=[
        ["merci d'avoir postulé chez {co} pour le poste de {role} – ta candidature est bien arrivée.", "petit message pour te confirmer qu'on a reçu ta candidature."],
        ["On la lit attentivement et on te répond d'ici {days} jours, promis.", "Quelqu'un de l'équipe te recontacte très vite."], ["À bientôt !", ""]]),
    "ack_invite": dict(labels=["application_ack", "interview_invite"], subj=["Votre candidature – test en ligne à compléter", "Candidature reçue et invitation à l'évaluation en ligne", "{co} : prochaine étape de votre candidature"], body=[
        ["nous avons bien reçu votre candidature pour le poste de {role} et vous en remercions.", "merci pour votre candidature ; elle est bien enregistrée sous la référence {ref}."],
        ["Pour la suite du processus, nous vous invitons à passer une évaluation en ligne d'environ {dur} minutes, accessible pendant {days} jours via ce lien : {link}",
         "La prochaine étape consiste en un exercice technique à réaliser en ligne sur notre plateforme : {link}",
         "Nous vous proposons dès maintenant un questionnaire de personnalité suivi d'un test de logique : {link}"],
        ["Installez-vous au calme avant de commencer.", "À l'issue du test, nous reviendrons vers vous rapidement.", ""]]),
    "inv_phone": dict(labels=["interview_invite"], subj=["Proposition d'échange téléphonique – {role}", "Votre candidature chez {co} : premier entretien", "Prise de contact – {role}"], body=[
        ["votre parcours a retenu notre attention et nous aimerions échanger avec vous lors d'un premier entretien téléphonique.",
         "suite à l'examen de votre candidature, je vous propose un court échange pour faire connaissance.",
         "merci pour votre candidature ; je souhaiterais en discuter avec vous de vive voix."],
        ["Seriez-vous disponible {wday} {date} à {time} ?", "Vous pouvez réserver directement un créneau de {dur} minutes ici : {link}", "Pourriez-vous m'indiquer vos disponibilités pour la semaine prochaine ?"],
        ["", "L'échange portera surtout sur votre parcours et vos motivations.", "Au plaisir d'échanger avec vous."]]),
    "inv_tech": dict(labels=["interview_invite"], subj=["Invitation à un entretien technique", "Deuxième entretien – {role}", "Suite de votre candidature : entretien avec l'équipe"], body=[
        ["nous avons le plaisir de vous informer que votre candidature a été retenue pour l'étape suivante.", "suite à notre premier échange, l'équipe souhaite vous rencontrer pour un entretien technique."],
        ["L'entretien durera environ {dur} minutes, en visio, avec deux développeurs de l'équipe : questions d'architecture et petit exercice de code en direct.", "Au programme : une discussion approfondie autour de vos projets puis un cas pratique de conception."],
        ["Nous vous proposons le {date} à {time}. Merci de nous confirmer votre présence.", "Merci de choisir le créneau qui vous convient via ce lien : {link}"]]),
    "inv_onsite": dict(labels=["interview_invite"], subj=["Convocation à un entretien", "Entretien dans nos locaux le {date}", "Invitation – entretien final {role}"], body=[
        ["nous souhaiterions vous rencontrer dans nos locaux de {city} pour un entretien.", "nous avons le plaisir de vous convier à un entretien final avec la direction."],
        ["Rendez-vous le {wday} {date} à {time} ; vous serez reçu(e) par {rec_full}.", "Nous vous attendons le {date} à {time}, prévoyez environ deux heures."],
        ["Vos frais de déplacement seront pris en charge.", "Merci de vous munir d'une pièce d'identité à l'accueil.", ""]]),
    "inv_task": dict(labels=["interview_invite"], subj=["Étude de cas – {role}", "Votre exercice à domicile"], body=[
        ["afin de poursuivre le processus, nous vous proposons un cas pratique à réaliser chez vous.", "la prochaine étape est un exercice technique à rendre sous {days} jours."],
        ["Vous trouverez l'énoncé ici : {link}. Comptez trois heures environ.", "Vous présenterez ensuite votre solution lors d'un échange de {dur} minutes avec l'équipe."], ["N'hésitez pas si vous avez des questions.", ""]]),
    "inv_resched": dict(labels=["interview_invite"], subj=["Report de votre entretien", "Nouveau créneau pour notre entretien"], body=[
        ["je suis désolée, mais je dois décaler notre entretien prévu le {old_date} : le manager a un empêchement de dernière minute.", "pour des raisons d'organisation, nous devons reporter votre entretien."],
        ["Seriez-vous disponible le {date} à {time} ?", "Vous pouvez choisir un nouveau créneau ici : {link}"], ["Merci de votre compréhension.", "Toutes mes excuses pour ce contretemps."]]),
    "inv_tu": dict(labels=["interview_invite"], formal=False, subj=["On s'appelle ? 📞", "Next step chez {co}"], body=[
        ["ton profil nous plaît beaucoup, on aimerait te rencontrer !", "merci pour ta candidature, on serait ravis d'en discuter avec toi."],
        ["Choisis un créneau de {dur} minutes avec notre CTO ici : {link}", "Tu serais dispo {wday} à {time} pour une visio avec {rec} ?"], ["À très vite !", ""]]),
    "rej": dict(labels=["rejection"], subj=["Votre candidature au poste de {role}", "Réponse à votre candidature", "Suite donnée à votre candidature chez {co}", "Votre candidature – {ref}"], body=[
        ["nous vous remercions de l'intérêt que vous portez à {co} et du temps consacré à votre candidature.", "merci encore pour notre échange et pour votre intérêt pour le poste de {role}.", "nous avons étudié votre candidature avec attention."],
        ["Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.",
         "Après mûre réflexion, nous avons décidé de poursuivre le processus avec d'autres candidats.",
         "Malheureusement, votre candidature n'a pas été retenue pour la suite du processus.",
         "Bien que votre profil présente de réelles qualités, nous ne sommes pas en mesure de vous proposer ce poste."],
        "{REASON}",
        ["", "Compte tenu du nombre important de candidatures reçues, nous ne sommes pas en mesure de fournir un retour individualisé.", "Nous avons reçu de très nombreuses candidatures de qualité et le choix a été difficile.", "Cette décision ne remet nullement en cause vos compétences."],
        ["Nous vous souhaitons pleine réussite dans vos recherches.", "Avec votre accord, nous conserverons votre CV dans notre vivier pour de futures opportunités.", "Conformément au RGPD, vos données seront supprimées sous deux ans."]]),
    "rej_short": dict(labels=["rejection"], subj=["{role}", "RE: Candidature {role}", "Retour rapide"], body=[
        ["merci pour votre candidature, mais nous ne donnerons pas suite.", "nous avons choisi un autre profil, désolé.", "votre candidature n'est malheureusement pas retenue."], "{REASON}", ["Bonne continuation.", "Bonne chance pour la suite.", ""]]),
    "rej_tu": dict(labels=["rejection"], formal=False, subj=["Des nouvelles de ta candidature", "Ta candidature chez {co}"], body=[
        ["merci encore pour le temps que tu nous as consacré.", "désolé pour le délai de réponse."],
        ["On a finalement choisi quelqu'un d'autre.", "On ne va pas poursuivre avec toi pour ce poste, malheureusement.", "C'était serré, mais ça ne l'a pas fait cette fois."],
        "{REASON}", ["Plein de succès pour la suite !", "Reste en contact avec nous."]]),
    "rej_fb": dict(labels=["rejection", "feedback"], subj=["Retour sur votre entretien – {role}", "Votre candidature chez {co} : notre décision et nos retours", "Suite à vos entretiens"], body=[
        ["merci encore pour votre disponibilité tout au long du processus.", "merci pour les échanges de ces dernières semaines."],
        ["Nous avons décidé de ne pas vous faire d'offre.", "Nous ne poursuivrons malheureusement pas le processus avec vous.", "La décision de l'équipe n'est pas en votre faveur, et j'en suis sincèrement désolée."],
        "{FB}", "{REASON}", ["Nous vous souhaitons le meilleur.", "N'hésitez pas à m'appeler si vous souhaitez en parler.", "Nos chemins se recroiseront peut-être."]]),
    "rej_inv": dict(labels=["rejection", "interview_invite"], subj=["Votre candidature – une autre opportunité", "{role} : notre réponse et une proposition"], body=[
        ["pour le poste de {role}, nous avons retenu un autre candidat.", "nous ne pourrons pas donner suite à votre candidature au poste de {role}."],
        "{REASON}",
        ["En revanche, votre profil correspondrait très bien à notre poste de {other_role}. Seriez-vous partant(e) pour un entretien ? Créneaux : {link}", "Nous aimerions toutefois vous rencontrer pour le poste de {other_role} : le {date} à {time}, cela vous conviendrait-il ?"],
        ["Au plaisir de vous lire.", ""]]),
    "offer": dict(labels=["offer"], subj=["Proposition d'embauche – {role}", "Votre offre chez {co}", "Promesse d'embauche"], body=[
        ["nous avons le plaisir de vous proposer le poste de {role} au sein de {co}.", "suite à nos échanges, je suis ravie de vous confirmer notre souhait de vous recruter en tant que {role}."],
        ["Vous trouverez ci-joint votre promesse d'embauche : CDI, rémunération annuelle brute de {salary} €, prise de poste le {start}.", "Comme évoqué au téléphone : CDI cadre, {salary} € bruts annuels, 12 jours de RTT, démarrage le {start}."],
        ["Nous vous remercions de nous faire part de votre décision avant le {date}.", "Je reste à votre disposition pour toute question."]]),
    "fb_reply": dict(labels=["feedback"], quote="fbreq", subj=["Retour"], body=[
        ["merci pour votre message, je vous transmets volontiers quelques retours.", "bien sûr, j'ai relu les notes du jury."], "{FB}", ["En espérant que cela vous aide pour la suite.", "Bon courage pour vos recherches."]]),
    "fbreq": dict(labels=["feedback_request"], quote="rej", subj=["Retour"], body=[
        ["merci pour votre réponse, même si elle n'est pas celle que j'espérais.", "je vous remercie pour votre retour, bien que décevant."],
        ["Serait-il possible d'avoir un retour sur les points qui ont fait défaut lors de mes entretiens ?", "Pourriez-vous m'indiquer ce qui m'a manqué pour aller plus loin ?", "J'aimerais beaucoup connaître vos axes d'amélioration me concernant."],
        ["Quelques lignes me seraient déjà très utiles.", "Un court échange téléphonique me conviendrait aussi.", ""]]),
    "sent_thanks": dict(labels=[], subj=["Merci pour l'entretien", "Suite à notre entretien de ce jour"], body=[
        ["je vous remercie pour l'entretien de ce matin et pour votre présentation de l'équipe.", "merci pour le temps que vous m'avez accordé aujourd'hui."],
        ["Notre échange a renforcé ma motivation pour le poste de {role}.", "Je reste à votre disposition pour tout complément."]]),
    "sent_withdraw": dict(labels=[], subj=["Retrait de ma candidature – {role}", "Candidature {ref}"], body=[
        ["je vous remercie pour votre intérêt et pour nos échanges.", "merci pour votre invitation au prochain entretien."],
        ["J'ai toutefois accepté une autre proposition et souhaite retirer ma candidature.", "Pour des raisons personnelles, je préfère retirer ma candidature."], ["Je vous souhaite de trouver la bonne personne.", ""]]),
    "sent_accept": dict(labels=[], quote="offer", subj=["RE: Proposition d'embauche – {role}", "Acceptation de votre offre"], body=[
        ["j'ai le plaisir d'accepter votre proposition pour le poste de {role}.", "merci beaucoup, j'accepte votre offre avec enthousiasme !"],
        ["Je vous renvoie la promesse signée d'ici vendredi.", "Je serai ravi de commencer le {start}."]]),
    "sent_sched": dict(labels=[], quote="inv_onsite", subj=["RE: Convocation à un entretien", "Confirmation de l'entretien du {date}"], body=[
        ["je vous confirme ma présence le {date} à {time}.", "le créneau proposé me convient parfaitement."], ["À bientôt.", "Au plaisir de vous rencontrer.", ""]]),
    "sent_apply": dict(labels=[], subj=["Candidature au poste de {role}", "Candidature spontanée", "Candidature – réf. {ref}"], body=[
        ["votre offre de {role} a retenu toute mon attention et je me permets de vous adresser ma candidature.", "veuillez trouver ci-joint mon CV et ma lettre de motivation pour le poste de {role}."],
        ["Fort(e) de cinq ans d'expérience, je souhaite aujourd'hui relever de nouveaux défis.", "Mon CV est joint à ce message."],
        ["Je me tiens à votre disposition pour un entretien.", ""]]),
    "neg_status": dict(labels=[], subj=["Point d'étape sur votre candidature", "Votre candidature est toujours en cours d'examen"], body=[
        ["nous tenions à vous informer que votre candidature au poste de {role} est toujours en cours d'étude.", "vous attendez sans doute de nos nouvelles."],
        ["Le processus prend plus de temps que prévu et aucune décision n'a encore été prise.", "Le manager n'a pas encore terminé l'examen des dossiers."],
        ["Merci de votre patience.", "Nous revenons vers vous dès que possible."]]),
    "neg_profile": dict(labels=[], subj=["Complétez votre profil candidat", "Rappel : profil incomplet"], body=[
        ["votre profil sur l'espace carrière de {co} est incomplet.", "il manque encore quelques informations dans votre profil."],
        ["Ajoutez vos prétentions salariales et votre disponibilité ici : {link}", "Téléchargez vos diplômes pour que nous puissions vous proposer des offres adaptées : {link}"]]),
    "neg_reminder": dict(labels=[], subj=["Rappel : votre entretien du {date}", "Rappel – entretien demain à {time}"], body=[
        ["nous vous rappelons votre entretien prévu le {date} à {time}.", "petit rappel concernant notre rendez-vous de demain, {time}."],
        ["Le lien de visioconférence figure dans l'invitation calendrier.", "Adresse : {dur} rue de la République, {city}."], ["En cas d'empêchement, merci de nous prévenir.", ""]]),
    "neg_thanks_today": dict(labels=[], subj=["Merci pour aujourd'hui", "Notre échange"], body=[
        ["merci pour votre temps aujourd'hui et pour cet échange très ouvert.", "merci d'être venu(e) jusqu'à nous ce matin."],
        ["Nous faisons le point en interne et revenons vers vous d'ici la fin de la semaine prochaine.", "Vous pouvez m'envoyer votre note de frais de déplacement par simple mail."]]),
    "neg_onboarding": dict(labels=[], subj=["Bienvenue chez {co} – documents pour votre arrivée", "Onboarding : pièces à fournir"], body=[
        ["nous sommes ravis de vous accueillir à partir du {start}.", "bienvenue parmi nous !"],
        ["Merci de nous transmettre votre RIB, votre numéro de sécurité sociale et une copie de votre pièce d'identité.", "Pour préparer votre contrat de travail, complétez le formulaire d'embauche en pièce jointe."],
        ["Votre ordinateur vous attendra le premier jour.", "{rec} vous accueillera à l'accueil le premier jour."]]),
    "neg_closed": dict(labels=[], company="client", subj=["Le poste chez {client} est déjà pourvu", "Mise à jour sur l'opportunité"], body=[
        ["je vous avais contacté la semaine dernière pour un poste de {role} chez mon client {client}.", "merci pour votre intérêt pour l'opportunité que je vous avais présentée."],
        ["Le client m'informe que le poste a été pourvu avant même que je puisse lui présenter votre profil.", "Le client a suspendu la recherche avant que votre candidature ne soit transmise."],
        ["Je reviens vers vous dès que j'ai une autre piste.", ""]]),
    "neg_jobalert": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Alerte emploi TalentoJob", "EmploiPlus", "Cadres&Co Alertes"], domains=["talentojob.fr", "emploiplus.fr", "cadres-co.fr"], local=["alertes", "noreply"],
        subj=["8 nouvelles offres « {role} » à {city}", "Votre alerte emploi du jour", "Ces entreprises recrutent : {role}"], body=[
        ["Nouvelles offres correspondant à votre recherche :", "Ces offres pourraient vous intéresser :"],
        "• {role} – {co}, {city}\n• {other_role} – {client}, {city}\n• {role} (H/F) – {agency}, télétravail",
        ["Postulez en un clic !", "Conseil : un profil complet multiplie vos chances d'entretien."]]),
    "neg_profileview": dict(labels=[], company=None, greet="informal", footer="unsub", html_share=0.7, sender=["ProLien", "Réseau Pro"], domains=["prolien.fr", "reseaupro.com"],
        subj=["Votre profil a été consulté 6 fois", "Un recruteur de {co} a consulté votre profil"], body=[
        ["Votre profil a été vu cette semaine, notamment par une recruteuse de {co}.", "Quelqu'un des ressources humaines a regardé votre profil."], ["Passez Premium pour savoir qui.", "Mettez à jour votre profil pour recevoir plus d'invitations."]]),
    "neg_newsletter": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["La Lettre Carrière", "Le Coin des Candidats", "Blog RH Hebdo"], domains=["lettre-carriere.fr", "coin-candidats.fr", "rh-hebdo.fr"], local=["newsletter", "redaction"],
        subj=["Refus après entretien : comment rebondir", "Entretien d'embauche : 5 questions pièges", "Offre d'emploi reçue ? Négociez malin", "Demander un feedback après un refus"], body=[
        ["Bonjour à toutes et à tous,", "Chers lecteurs,"],
        ["un « nous sommes au regret de vous informer » n'est jamais agréable. Cette semaine, nos conseils pour transformer un refus en tremplin.", "vous êtes convoqué à un entretien ? Préparez-vous à la fameuse question sur vos défauts.", "vous avez reçu une proposition d'embauche : avant de signer, vérifiez la période d'essai et les clauses de non-concurrence."],
        ["Également au sommaire : une DRH témoigne.", "Lire la suite sur notre blog."]]),
    "neg_event": dict(labels=[], company=None, greet="formal", footer="unsub", html_share=0.5, sender=["Salon de l'Emploi {city}", "Service Carrières de l'Université", "Webinaires TalentCampus"], domains=["salon-emploi.fr", "talentcampus.fr", "univ-carrieres.fr"],
        subj=["Invitation : forum emploi le {date}", "Webinaire : réussir son entretien d'embauche", "Atelier CV – inscrivez-vous"], body=[
        ["nous vous invitons à notre forum de recrutement le {date} à {city}, avec plus de 60 entreprises dont {co}.", "notre webinaire gratuit du {date} à {time} vous donnera les clés pour convaincre en entretien.", "un atelier de relecture de CV aura lieu le {date}, places limitées."],
        ["Inscription : {link}", "Réservez votre place : {link}"]]),
    "neg_wohnung": dict(labels=[], company=None, greet="formal", sign=["Cordialement,\nL'agence {rec_last} Immobilier"], sender=["Agence {rec_last} Immobilier", "Gestion locative {city}"], domains=["immo-{co_dom}", "gestion-locative.fr"], local=["location"],
        subj=["Votre dossier de location", "Appartement rue {rec_last} – réponse"], body=[
        ["nous vous remercions pour votre dossier concernant le T3.", "merci d'être venu visiter l'appartement samedi."],
        ["Le propriétaire a malheureusement retenu un autre dossier.", "Le logement est désormais loué ; nous ne pouvons donc pas donner suite."], ["Bonne continuation dans vos recherches.", ""]]),
    "neg_uni": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Service des admissions", "Scolarité – Master"], domains=["univ-{co_dom}", "admissions-univ.fr"], local=["admissions"],
        subj=["Résultat de votre candidature en Master", "Décision d'admission"], body=[
        ["votre candidature en Master 2 a été examinée par la commission pédagogique.", "nous vous remercions de votre candidature à notre formation."],
        ["Nous avons le regret de vous informer qu'elle n'a pas été retenue.", "Vous n'êtes malheureusement pas admis(e) pour la rentrée prochaine."], ["Vous pouvez consulter la décision sur la plateforme.", ""]]),
    "neg_kredit": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Votre conseiller – Banque {agency}", "Crédit {rec_last}"], domains=["banque-{co_dom}", "credit-service.fr"], local=["conseiller"],
        subj=["Votre demande de prêt immobilier", "Réponse à votre demande de crédit"], body=[
        ["nous avons étudié votre demande de prêt.", "suite à votre demande de financement,"],
        ["nous ne sommes malheureusement pas en mesure d'y répondre favorablement.", "notre comité a émis un avis défavorable."], ["Votre conseiller reste à votre disposition.", ""]]),
    "neg_conf": dict(labels=[], company=None, greet="informal", sender=["Comité de programme {city}Conf"], domains=["conf-{co_dom}", "cfp-mail.org"], local=["cfp"],
        subj=["Votre proposition de talk", "CFP : résultat de votre soumission"], body=[
        ["merci pour ta proposition « Migrer sans douleur ».", "merci d'avoir soumis un talk."],
        ["Nous ne pouvons malheureusement pas la retenir cette année – plus de 300 propositions !", "Le comité n'a pas retenu ta proposition."], ["On espère te voir quand même parmi le public.", ""]]),
    "neg_scam": dict(labels=[], company=None, greet="formal", html_share=0.4, sender=["Service RH International", "Recrutement Express"], domains=["gmail.com", "outlook.fr"], local=["rh.recrutement{dur}"],
        subj=["OFFRE D'EMPLOI : 3 500 € / mois depuis chez vous", "Félicitations, vous êtes sélectionné(e) !"], body=[
        ["Votre profil a été sélectionné pour un poste d'agent de transfert, sans entretien.", "Félicitations ! Vous êtes embauché(e) comme testeur de produits."],
        ["Envoyez-nous une copie de votre pièce d'identité et votre RIB pour activer le contrat.", "Des frais de dossier de 59 € sont à régler avant le démarrage.", "Contactez-nous sur WhatsApp au {phone}."]]),
    "neg_interviewer": dict(labels=[], company=None, greet="informal", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec_last}"], sign=["Merci !\n{rec}", "Bises, {rec}"],
        subj=["Tu peux faire passer un entretien ?", "Besoin d'un jury pour un entretien le {date}"], body=[
        ["on reçoit une candidate pour le poste de {role} le {date} à {time}.", "on cherche encore quelqu'un pour le jury d'entretien de {role}."],
        ["Tu pourrais mener la partie technique ? Je t'envoie son CV.", "Est-ce que tu peux évaluer le cas pratique ? La grille est sur Teams."]]),
    "neg_auto": dict(labels=[], greet="none", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec_last}"],
        subj=["Réponse automatique : Candidature {role}", "Absence du bureau : RE: entretien"], body=[
        ["Je suis absente jusqu'au {date} inclus, avec un accès limité à mes e-mails.", "Je suis actuellement en congés et serai de retour le {date}."],
        ["Pour toute urgence, contactez recrutement@{co_dom}.", "Votre message ne sera pas transféré."]]),
    "neg_bounce": dict(labels=[], company=None, greet="none", sender=["Mail Delivery Subsystem"], domains=["mx.{co_dom}", "orange.fr"], local=["mailer-daemon"],
        subj=["Non remis : Candidature {role}", "Échec de la remise du message"], body=[
        ["Votre message n'a pas pu être remis.", "La remise à un ou plusieurs destinataires a échoué :"], "    recrutement@{co_dom}\n    550 5.1.1 Adresse inconnue", ["Objet : Candidature {role}", ""]]),
    "neg_personal": dict(labels=[], company=None, greet="informal", sender=["{rec_full}", "{rec}"], domains=["orange.fr", "free.fr", "laposte.net"], local=["{rec}.{rec_last}"], sign=["Bisous, {rec}", "À plus\n{rec}"],
        subj=["Samedi ?", "Les photos", "Re: déménagement"], body=[
        ["partant pour un café samedi à {city} ?", "voilà les photos de la rando.", "merci encore pour le coup de main pour le déménagement !"],
        ["Au fait, ça avance tes entretiens ? Je croise les doigts pour mardi.", "Dis-moi.", "Ramène un truc pour l'apéro."]]),
}

BANK = {
    "code": "fr", "cap": True, "formal_share": 1.0, "fmt_date": fmt_date,
    "weekdays": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "co_stems": ["Beaulieu", "Clairvent", "Maison Vautrin", "Lumen", "Ardoise", "Belrive", "Calanque", "Hexagone", "Mistral", "Vernier", "Orléa", "Sablon", "Champlain", "Rivière Bleue", "Aubépine", "Cendrillon", "Lavandin", "Montclair", "Presqu'île", "Boréal", "Marcassin", "Léman", "Tournesol", "Granit", "Valmont", "Coquelicot"],
    "co_trades": ["Conseil", "Énergies", "Logiciels", "Assurances", "Santé", "Industrie", "Numérique", "Transports", "Banque", "Cosmétiques", "Data"],
    "co_legal": ["SAS", "SA", "SARL", "SASU"],
    "tlds": [".fr", ".fr", ".com", ".be", ".ch"],
    "first": ["Camille", "Julien", "Manon", "Thomas", "Chloé", "Antoine", "Léa", "Mathieu", "Inès", "Nicolas", "Sarah", "Karim", "Élodie", "Hugo", "Aurélie", "Yanis", "Margaux", "Baptiste", "Fatou", "Rémi", "Sophie", "Amine"],
    "last": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Benali", "Lambert", "Chevalier", "Mercier", "Nguyen", "Faure", "Garnier", "Perrin", "Diallo", "Leroy", "Blanc", "Morel"],
    "roles": ["Développeur Full Stack (H/F)", "Ingénieur DevOps", "Chef de projet digital", "Data Scientist (F/H)", "Contrôleur de gestion", "Product Owner", "Responsable RH", "Ingénieure logiciel embarqué", "Chargé de communication", "Architecte cloud", "Alternant développement web", "Analyste financier (H/F)"],
    "rec_titles": ["Chargée de recrutement", "Talent Acquisition Manager", "Responsable RH", "Consultant senior", "Directeur technique", "HR Business Partner"],
    "mailhosts": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "outlook.fr"],
    "cities": ["Paris", "Lyon", "Nantes", "Bordeaux", "Lille", "Toulouse", "Marseille", "Rennes", "Bruxelles", "Genève", "Montpellier", "Strasbourg"],
    "ats_hosts": ["carrieres.talentsuite.eu", "candidature.recrutop.fr", "apply.hirevia.io"],
    "ats_relays": ["recrutop-mail.fr", "talentsuite-mail.eu", "hirevia-notify.io"],
    "dial": ["33", "33", "32", "41"],
    "greet_formal": ["Bonjour {cand_full},", "Madame, Monsieur,", "Bonjour,", "Chère candidate, cher candidat,", "Bonjour {cand},"],
    "greet_informal": ["Salut {cand},", "Hello {cand},", "Coucou {cand},", "Bonjour {cand} !"],
    "greet_to_rec_formal": ["Bonjour {rec_full},", "Madame, Monsieur,", "Bonjour Madame, Monsieur,", "Bonjour {rec},"],
    "greet_to_rec_informal": ["Bonjour {rec},", "Salut {rec},", "Hello {rec},"],
    "close_formal": ["Cordialement,", "Bien cordialement,", "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "Bien à vous,", "Belle journée,", "Veuillez agréer nos salutations les meilleures."],
    "close_informal": ["À bientôt,", "Belle journée !", "Bises,", "Cdlt,"],
    "team_sign": ["L'équipe recrutement de {co}", "{co} – Direction des ressources humaines", "{rec_full}\nTalent Acquisition", "L'équipe RH"],
    "ats_names": ["Carrières {co}", "{co} Recrutement", "Recrutement {co}", "{co} (via espace candidat)", "Talents {co}"],
    "legal": ["{legal} au capital de {salary} € · RCS {city} B {days}{dur}{days} · Siège social : {city}",
              "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : {link}",
              "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
              "Pensez à l'environnement avant d'imprimer ce message."],
    "tel": ["Tél.", "Tél :", "Mobile :", "Ligne directe :"],
    "re": ["RE :", "Re:", "TR :", "RE:"],
    "reply_hdr": ["Le {wday} {old_date} à {time}, {qname} <{qaddr}> a écrit :", "Le {old_date} à {time}, {qname} a écrit :"],
    "outlook": ["De :", "Envoyé :", "À :", "Objet :"],
    "unsub": ["Vous recevez cet e-mail car vous êtes inscrit. Se désinscrire : {link}", "Se désabonner | Mentions légales | Confidentialité", "Ne plus recevoir ces alertes."],
    "reasons": {
        "role_filled": ["Le poste a entre-temps été pourvu.", "Nous avons finalement pourvu le poste en interne.", "Une autre personne a accepté notre proposition entre-temps."],
        "budget_freeze": ["En raison d'un gel des recrutements décidé par la direction, nous ne pouvons pas ouvrir ce poste pour le moment.", "Les budgets de l'année prochaine ont été revus à la baisse et le recrutement est suspendu.", "Le contexte économique nous oblige à geler toutes les embauches jusqu'à nouvel ordre."],
        "closer_fit": ["Nous avons retenu un profil dont l'expérience correspond plus précisément à nos besoins.", "Un autre candidat présentait un parcours plus proche des exigences du poste.", "Notre choix s'est porté sur une candidate dont l'expérience colle davantage au périmètre."],
        "level_mismatch": ["Nous recherchons pour ce poste un profil plus senior, avec une expérience de management confirmée.", "Le poste s'adresse plutôt à un profil junior et ne correspondrait pas à votre niveau d'expérience.", "Nous avons besoin d'une personne plus expérimentée pour ce rôle."],
        "role_cancelled": ["Le poste a été supprimé dans le cadre d'une réorganisation.", "Le projet pour lequel nous recrutions a été abandonné ; le poste n'est donc plus ouvert.", "Après arbitrage interne, ce recrutement est annulé."],
    },
    "fb_intro": ["Voici quelques retours de l'équipe qui pourront vous être utiles :", "Pour vous éclairer sur notre décision :", "Quelques éléments de feedback issus des entretiens :"],
    "fb_outro": ["Nous espérons que ces retours vous seront utiles.", "Ce ne sont bien sûr que nos impressions sur quelques heures d'échange."],
    "praise": ["Votre enthousiasme pour notre produit était évident et l'échange a été très agréable.", "Vous avez montré de solides bases sur de nombreux sujets.", "Nous avons apprécié votre ouverture et votre curiosité."],
    "topics": {
        "coding": ["Lors de l'exercice de code, la solution manquait de rigueur : les cas limites et les tests ont été peu traités.", "Le live coding a pris beaucoup de temps avant d'aboutir à une version qui fonctionne.", "Votre code était fonctionnel mais difficile à lire et peu structuré."],
        "system_design": ["Sur la partie architecture, nous aurions aimé vous voir réfléchir davantage à la montée en charge du service.", "Les questions de persistance et de tolérance aux pannes sont restées largement ouvertes dans votre conception.", "Votre proposition restait très « un seul serveur » ; le cache ou le partitionnement n'ont pas été abordés."],
        "technical_depth": ["Sur les questions techniques, il a parfois manqué de la profondeur, par exemple sur la concurrence.", "Quand nous avons creusé les technologies citées sur votre CV, les réponses sont restées assez superficielles."],
        "behavioural": ["Sur les questions comportementales, vos exemples sont restés assez généraux.", "Il nous a manqué des exemples concrets de situations difficiles que vous avez gérées.", "Vos réponses aux mises en situation auraient gagné à être plus structurées : contexte, action, résultat."],
        "communication": ["Vos explications étaient parfois difficiles à suivre ; un peu plus de structure aurait aidé.", "Le jury a eu du mal à suivre votre raisonnement par moments.", "Vos réponses étaient souvent longues sans aller à l'essentiel."],
        "questions_to_ask": ["Vous aviez peu de questions à nous poser en fin d'entretien, ce qui nous a laissé une impression de faible intérêt.", "Nous aurions aimé que vous cherchiez à en savoir plus sur l'équipe et notre façon de travailler."],
        "composure": ["On a senti que la pression du temps vous déstabilisait, ce qui s'est ressenti dans vos réponses.", "Face aux questions plus critiques, vous avez semblé perdre vos moyens."],
        "experience_level": ["Comparée à d'autres candidats, votre expérience sur des projets d'envergure reste encore limitée.", "Il vous manque à notre sens un peu d'expérience terrain pour les responsabilités du poste."],
        "collaboration": ["Il n'était pas très clair dans vos récits comment vous prenez des décisions en équipe.", "Pendant l'exercice en binôme, vous avez peu rebondi sur les propositions de votre interlocuteur."],
        "cv_positioning": ["Votre CV ne met pas en avant vos projets les plus pertinents ; beaucoup de ce que vous avez raconté n'y figurait pas.", "Votre lettre et votre CV restaient très génériques et peu adaptés au poste."],
    },
    "agency_intro": ["je vous contacte pour le compte de mon client {co}, qui recrute un(e) {role}.", "j'accompagne {co} sur le recrutement du poste de {role}.", "comme convenu, je reviens vers vous concernant votre candidature chez mon client {co}."],
    "kinds": KINDS,
}

# formulations supplémentaires
_T = BANK["topics"]
_T["coding"] += ["L'approche était juste sur le principe, mais l'implémentation restait fragile et les tests n'ont été évoqués qu'à notre demande.", "L'équipe aurait aimé une démarche plus méthodique pendant l'exercice : petites étapes, noms explicites, quelques tests."]
_T["system_design"] += ["Nous aurions aimé savoir comment votre conception tiendrait si le nombre d'utilisateurs était multiplié par mille ; ce point a été peu abordé.", "La manière dont les composants communiquent et ce qui se passe en cas de panne sont restés flous dans votre schéma."]
_T["technical_depth"] += ["Dès que nous sommes descendus d'un niveau – par exemple sur le fonctionnement interne de la base de données –, les réponses se sont faites rares.", "Vous connaissiez bien les notions, moins les mécanismes qui les sous-tendent."]
_T["behavioural"] += ["Lorsque nous demandions une situation précise, la réponse restait générale, sans qu'on perçoive votre contribution personnelle.", "Il nous a été difficile de comprendre ce que vous aviez concrètement fait dans les moments difficiles de vos projets."]
_T["communication"] += ["La restitution de votre étude de cas était riche, mais difficile à suivre pour un public non initié.", "Des réponses plus courtes et plus claires auraient aidé : l'essentiel se perdait dans les détails."]
_T["questions_to_ask"] += ["Quand nous vous avons proposé de poser vos questions, il y en a eu très peu, alors que nous aurions aimé parler de l'équipe.", "Nous avons regretté l'absence de questions sur le poste ou la culture de l'équipe."]
_T["composure"] += ["Dans la seconde partie de l'entretien, vous sembliez très tendu(e), ce qui a pesé sur vos réponses.", "Dès qu'un point ne fonctionnait pas du premier coup, vous avez perdu le fil."]
_T["experience_level"] += ["Le poste demande une autonomie que votre parcours ne permet pas encore de démontrer.", "Vos expériences ont été plutôt courtes, et il nous manque une vision sur un cycle produit complet."]
_T["collaboration"] += ["Vos exemples portaient surtout sur du travail individuel ; nous ne savons pas bien comment vous gérez les désaccords en équipe.", "Pendant l'exercice de groupe, vous avez peu échangé avec les autres participants."]
_T["cv_positioning"] += ["Votre CV liste des missions sans faire ressortir vos réalisations concrètes.", "Votre dossier ne montre pas clairement en quoi votre profil répond aux enjeux du poste."]
_K = BANK["kinds"]
_K["fbreq"]["subj"] = ["Demande de retour", "Retour sur mon entretien", "Votre réponse – {role}", "Petite demande"]
_K["rej"]["body"][0] += ["merci d'avoir pris le temps de rencontrer notre équipe.", "nous revenons vers vous concernant votre candidature au poste de {role}."]
_K["rej"]["body"][1] += ["Nous avons pris la décision de ne pas retenir votre candidature.", "Nous ne sommes malheureusement pas en mesure de vous faire un retour positif."]
_K["ack"]["body"][0] += ["votre candidature en ligne a bien été enregistrée dans notre système.", "nous vous confirmons la bonne réception de votre dossier pour le poste de {role}."]
BANK["close_formal"] += ["Sincères salutations,", "Bien cordialement,", "Très cordialement,", "Avec nos meilleures salutations,", "Salutations distinguées,", "À bientôt,"]
BANK["greet_formal"] += ["Bonjour Madame, Monsieur,", "Bonsoir {cand},", "Cher/Chère {cand_full},"]
BANK["ats_hosts"] += ["emploi.jobaffinity-like.fr", "recrutement.flatchr-like.com"]
BANK["kinds"]["neg_withdraw_ack"] = dict(labels=[], subj=["RE: Retrait de ma candidature – {role}", "Votre décision"], body=[
    ["merci pour votre message transparent ; nous regrettons que vous retiriez votre candidature.", "nous prenons note de votre souhait d'interrompre le processus."],
    ["Nous respectons bien sûr votre choix et vous souhaitons une excellente prise de poste.", "Si vous changez d'avis, n'hésitez pas à revenir vers nous."], ["Vos données seront supprimées comme demandé.", ""]])
BANK["kinds"]["neg_club"] = dict(labels=[], company=None, greet="formal", sender=["Préfecture – Service des étrangers", "Fondation pour la Recherche", "Club d'aviron de {city}"], domains=["interieur-rdv.fr", "fondation-recherche.org", "aviron-club.fr"], local=["ne-pas-repondre", "bourses"],
    subj=["Décision relative à votre demande de titre de séjour", "Résultat de votre demande de bourse", "Votre demande d'adhésion"], body=[
    ["votre demande a été examinée.", "le jury a étudié votre demande de bourse doctorale.", "merci pour votre demande d'adhésion au club."],
    ["Nous sommes au regret de vous informer qu'une décision défavorable a été rendue.", "Votre dossier n'a malheureusement pas été retenu cette année.", "Le club est complet pour la saison ; votre demande est placée sur liste d'attente."], ["Les voies de recours figurent dans le courrier joint.", ""]])
