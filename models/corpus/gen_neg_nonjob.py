"""INBOX negatives: rejections and decisions that are not about a job (admissions, grants, talks, rentals,
credit, journals, clubs, visas), in English plus German/French/Spanish. They share the vocabulary of job
rejections ("we regret", "unsuccessful", "other applicants") but carry no label and no company.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
import negsent_kit as K  # noqa: E402

FAMILY_PREFIX = "neg"
P, M = K.pick, K.maybe

# Each domain: senders, subjects, openers, decision sentences (the "no"), context, closers.
DOMAINS: dict[str, dict] = {
    "admission_reject": dict(
        orgs=["University of Ashbury Graduate Admissions", "Kingsmere College Admissions Office", "Lakeshore School of Design",
              "Northfield Business School MBA Admissions", "Institute for Applied Data Science", "Coastal State University",
              "Riverside Coding Bootcamp", "Alder Academy Summer Programme"],
        subj=["Your application to {prog}", "Admission decision: {prog}", "Update on your {prog} application",
              "Decision regarding your application (ID {num})", "{org}: application outcome", "Your {term} admission status",
              "Regarding your application for {term} entry"],
        open=["Thank you for applying to the {prog} for {term} entry.", "We have now completed our review of applications for the {prog}.",
              "Thank you for your interest in studying with us.", "The admissions committee has finished reading this year's applications.",
              "We appreciate the time you invested in your application to {org}."],
        no=["We regret to inform you that we are unable to offer you a place on the programme.",
            "After careful consideration, the committee was not able to admit you this year.",
            "Unfortunately, we cannot offer you admission for the {term} intake.",
            "I am sorry to tell you that your application was not successful on this occasion.",
            "We received far more qualified applicants than seats in the cohort, and we are unable to offer you a place.",
            "You have been placed on our waitlist; we are not able to make an offer of admission at this time.",
            "Your application has been declined because the minimum language requirement was not met."],
        ctx=["This decision is final and we are unable to enter into correspondence about individual applications.",
             "Many strong applicants could not be admitted this year.", "Your application fee will not be refunded.",
             "You are welcome to reapply in a future admissions cycle.",
             "Information about our part-time and online courses is available on our website.",
             "If you applied for a scholarship, that application will not be considered further."],
        close=["Yours sincerely,\nOffice of Admissions", "With best wishes for your studies,\nThe Admissions Team",
               "Kind regards,\n{name}\nDirector of Admissions", "Sincerely,\nGraduate Admissions"]),
    "grant_reject": dict(
        orgs=["Harlow Foundation", "National Science Fund", "Arts Council Small Grants", "Open Source Sustainability Fund",
              "Baltic Research Council", "Civic Innovation Fellowship", "Lindenmeyer Stiftung Fellowship Programme"],
        subj=["Outcome of your grant application", "Fellowship decision: {term} cohort", "Your proposal \"{title}\"",
              "Funding decision – reference {num}", "{org}: results of the {term} call", "Application {num}: decision"],
        open=["Thank you for submitting your proposal \"{title}\" to the {org}.", "The review panel met on {date} to consider this round's applications.",
              "We received {k} applications for {k2} awards in the {term} call.", "Thank you for applying to the {term} fellowship."],
        no=["We are sorry to let you know that your proposal has not been selected for funding.",
            "Unfortunately, your application was not among those recommended for an award.",
            "The panel has decided not to fund your project in this round.",
            "Regrettably we are unable to offer you a fellowship this year.",
            "Your application scored below the funding threshold and will not proceed.",
            "We will not be able to support your project on this occasion."],
        ctx=["Reviewer comments are attached to your applicant portal.", "The call was heavily oversubscribed.",
             "Projects may be resubmitted in the next call, which opens in {month}.",
             "Funding decisions are final and cannot be appealed.",
             "Please note that panel feedback is provided for the proposal only."],
        close=["Best regards,\nGrants Team, {org}", "With kind regards,\n{name}\nProgramme Officer",
               "Sincerely,\nThe Fellowship Committee"]),
    "cfp_reject": dict(
        orgs=["PyNorth 2026 Program Committee", "DevSummit Europe CFP", "RustLand Conf", "UX Camp Lisbon", "DataOps Days",
              "FrontEnd Harbour", "SREcon-style Regional Meetup Committee", "Women Who Build Conference"],
        subj=["Your talk proposal: \"{title}\"", "CFP results for {org}", "[{org}] Submission #{num} decision",
              "Thanks for submitting to {org}", "About your session proposal", "Notification: submission {num}"],
        open=["Thank you for submitting \"{title}\" to our call for papers.", "We had {k} submissions for {k2} slots this year, a new record.",
              "The programme committee has finished reviewing all proposals.", "Thanks so much for wanting to speak at {org}!"],
        no=["Unfortunately, we were not able to accept your talk this year.",
            "We're sorry to say your proposal didn't make it into the final programme.",
            "Your submission was not selected.",
            "We have decided not to include your workshop in this year's schedule.",
            "Sadly we had to turn down many excellent proposals, including yours.",
            "Your paper has been rejected for the main track; it may be considered for the poster session."],
        ctx=["Reviews are visible in the submission system.", "We'd love to see you there as an attendee — here's a 20% discount code: SPEAKER20.",
             "Please consider submitting to our lightning-talk track, which opens next month.",
             "Our selection aims for a balanced programme across topics and experience levels."],
        close=["Cheers,\nThe {org} team", "Best,\n{name}, on behalf of the programme committee", "Thanks again,\nCFP team"]),
    "rental_reject": dict(
        orgs=["Greystone Lettings", "CityNest Property Management", "Parkside Homes Lettings", "Hausverwaltung Kranich",
              "Maple Court Apartments", "Urban Keys Rentals"],
        subj=["Your application for {flat}", "Re: Viewing and application – {flat}", "Apartment application update",
              "Rental application {num}", "{flat}: update", "Re: Interest in the flat on {street}"],
        open=["Thank you for viewing {flat} and submitting your rental application.", "Thanks for your interest in the apartment on {street}.",
              "We've now reviewed all applications for {flat}.", "Thank you for coming to the viewing on {date}."],
        no=["Unfortunately, the landlord has decided to go with another applicant.",
            "We regret to inform you that your application for this property was unsuccessful.",
            "The property has now been let to another tenant.",
            "The landlord has chosen an applicant whose move-in date better suited their plans.",
            "We're not able to proceed with your application as the income-to-rent ratio did not meet the landlord's criteria.",
            "Sorry — the flat was taken by someone who applied earlier."],
        ctx=["Your holding deposit will be returned within 7 days.", "We have other properties in the area that may suit you.",
             "Please let us know if you'd like us to keep your details on file.", "Referencing fees are non-refundable."],
        close=["Kind regards,\n{name}\nLettings Negotiator", "Best wishes,\nThe Lettings Team", "Regards,\n{org}"]),
    "credit_reject": dict(
        orgs=["Northline Bank", "Fairway Credit Union", "Plume Card", "Orbit Finance", "Sterling & Rowe Loans", "Kiwi Pay Later"],
        subj=["Your credit card application", "About your loan application ({num})", "Important: decision on your application",
              "Your application was not approved", "Update on your {product} request", "We've reviewed your application"],
        open=["Thank you for applying for the {product}.", "We have reviewed your application received on {date}.",
              "Thanks for choosing {org}."],
        no=["We're sorry, but we are unable to approve your application at this time.",
            "Your application for credit has been declined.",
            "After reviewing your information, we cannot offer you the {product}.",
            "Unfortunately you do not meet our current lending criteria.",
            "We are not able to increase your credit limit as requested."],
        ctx=["The decision was based in part on information from a credit reference agency.",
             "You have the right to request a free copy of your credit report within 60 days.",
             "You can reapply after 90 days.", "This decision has not affected your existing accounts with us.",
             "A letter explaining the main reasons will follow by post."],
        close=["Sincerely,\nCredit Operations", "{org} Customer Care", "Kind regards,\nThe {org} team"]),
    "journal_reject": dict(
        orgs=["Journal of Applied Computing", "Computational Linguistics Letters", "Review of Urban Economics",
              "International Journal of Human Factors", "Empirical Software Studies"],
        subj=["Decision on manuscript {code}", "Your submission to {org}", "{code}: editor's decision",
              "Manuscript {code} – Reject", "Re: Submission \"{title}\""],
        open=["Thank you for submitting your manuscript \"{title}\" to {org}.", "Your manuscript {code} has now been reviewed.",
              "I have now received the reviewers' reports on your submission."],
        no=["I regret to inform you that we are unable to accept it for publication.",
            "Based on the reviews, I have decided to reject the manuscript.",
            "The editors feel the paper is not suitable for the journal, and it will not be sent for further review.",
            "We are unable to offer publication; the reviewers raised concerns about the evaluation.",
            "Unfortunately, your paper has been declined after peer review."],
        ctx=["The reviewers' comments are included below in the hope that they will be useful.",
             "Reviewer 1: The related-work section omits several recent studies.",
             "Reviewer 2: The contribution is interesting but the sample size is small.",
             "You may wish to consider a more specialised venue.", "Thank you for considering our journal."],
        close=["Yours sincerely,\n{name}\nHandling Editor", "Best regards,\nEditorial Office, {org}"]),
    "club_visa_reject": dict(
        kinds=[(["Riverside Rowing Club", "Hillcrest Tennis Club", "Co-working Space Hive Membership", "Elm Street Community Garden"],
                [0, 2, 3], [0, 2, 4], [0, 2, 3, 5], [1, 2]),
               (["Consulate Appointment Service", "Residence Permit Office"], [1], [1, 3], [1, 4, 5], [0, 3])],
        orgs=[],
        subj=["Your membership application", "Appointment request {num}", "Re: Plot application", "Membership decision",
              "Your visa appointment request", "Regarding your application"],
        open=["Thank you for applying for membership.", "We have processed your appointment request of {date}.",
              "Thanks for your interest in a plot at the garden.", "We received your application form — thank you."],
        no=["Unfortunately our membership is full and we cannot accept new members this season.",
            "Your appointment request could not be confirmed; no slots are available for the selected date.",
            "We're sorry, but your application has not been approved by the committee.",
            "Your visa appointment was cancelled because the required documents were not uploaded.",
            "We can't offer you a place right now; you are number {k} on the waiting list."],
        ctx=["Please try booking again next month when new slots are released.", "Your deposit will be refunded.",
             "Feel free to join our open days as a guest.", "You can check the status online with your reference number."],
        close=["Best wishes,\nThe Committee", "Regards,\n{org}", "Kind regards,\n{name}, Membership Secretary"]),
}
PROGS = ["MSc Data Science", "MA Graphic Communication", "Executive MBA", "PhD in Computational Biology",
         "Full-Stack Web Development Bootcamp", "BSc Computer Science", "Summer Research Internship Programme",
         "MSc Human-Computer Interaction", "Postgraduate Certificate in Education"]
TITLES = ["Latency budgets in the wild", "Fairness audits for small teams", "Soil sensors at scale",
          "What we learned from 10,000 flaky tests", "Participatory design with older adults",
          "A cheaper path to reproducible builds", "Urban heat and bus ridership", "Typed notebooks for analysts"]
PRODUCTS = ["Platinum Rewards card", "personal loan", "credit limit increase", "car finance", "overdraft extension"]
FLATS = ["Flat 3, 18 Abbey Road", "the 2-bed on Kastanienallee", "Unit 4B, Harbour View", "the studio on Rue Victor Hugo",
         "Apartment 12, Linden Court", "the one-bedroom at 7 Mill Lane"]


def _domain(rng: random.Random, n: int, family: str) -> dict:
    d = dict(DOMAINS[family])
    c = K.candidate(rng)
    if "kinds" in d:  # aligned sub-kinds: (senders, opener indexes, decision indexes)
        orgs, oi, ni, si, ci = P(rng, d["kinds"])
        d["orgs"], d["open"], d["no"] = orgs, [d["open"][i] for i in oi], [d["no"][i] for i in ni]
        d["subj"], d["ctx"] = [d["subj"][i] for i in si], [d["ctx"][i] for i in ci]
    org = P(rng, d["orgs"])
    f2, l2 = K.person(rng)
    vals = dict(org=org, prog=P(rng, PROGS), term=P(rng, ["Fall 2025", "autumn 2026", "Spring 2026", "2026/27", "September 2025"]),
                num=rng.randint(10000, 999999), title=P(rng, TITLES), date=K.a_date(rng), k=rng.randint(40, 900),
                k2=rng.randint(5, 39), month=P(rng, K.MONTHS), product=P(rng, PRODUCTS), flat=P(rng, FLATS),
                street=P(rng, ["Mill Lane", "Oranienstraße", "Calle Mayor", "Elm Grove", "Rue Oberkampf"]),
                code=f"{P(rng, ['JAC', 'CLL', 'RUE', 'IJHF', 'ESS'])}-{rng.randint(2024, 2026)}-{rng.randint(100, 999)}",
                name=f"{f2} {l2}")
    greet = P(rng, ["Dear {f},", "Dear {full},", "Hi {f},", "Dear Applicant,", "Hello {f},", "Dear Dr. {l},", "Dear Mx {l},"]).format(
        f=c["first"], full=c["name"], l=c["last"])
    parts = [greet, P(rng, d["open"]).format(**vals), P(rng, d["no"]).format(**vals)]
    parts += [x.format(**vals) for x in K.some(rng, d["ctx"], 1, 3)]
    if M(rng, 0.3):
        parts.insert(2, P(rng, ["We appreciate the effort that went into your application.", "This was a difficult decision.",
                                "Competition this year was exceptionally strong.", "Thank you for your patience while we reviewed everything."]))
    parts.append(P(rng, d["close"]).format(**vals))
    if M(rng, 0.3):
        parts.append(K.legal(rng))
    subj = P(rng, d["subj"]).format(**vals)
    faddr = P(rng, ["noreply", "admissions", "info", "office", "notifications", "team"]) + "@" + K.slug(org)[:16] + P(rng, [".org", ".ac.uk", ".edu", ".com", ".de"])
    body = K.join(*parts)
    html_only = family in ("credit_reject",) and M(rng, 0.4)
    return K.rec(FAMILY_PREFIX, family, n, from_name=org, from_addr=faddr, to_addr=c["addr"], subject=subj,
                 body_text="" if html_only else body, body_html=K.to_html(rng, parts, org) if html_only else None)


INTL = {
    "de": dict(
        orgs=["Hausverwaltung Sommer & Partner", "Studierendensekretariat Universität Kaltenbach", "Sparkasse Am See",
              "Stiftung Wissenswerk", "Wohnungsbaugenossenschaft Lindenhof"],
        subj=["Ihre Bewerbung um die Wohnung {flat}", "Absage – Ihre Mietanfrage", "Zulassungsbescheid {term}",
              "Ihr Antrag Nr. {num}", "Ihre Bewerbung um ein Stipendium", "Rückmeldung zu Ihrer Anfrage"],
        greet=["Sehr geehrte/r {full},", "Hallo {f},", "Sehr geehrte Damen und Herren,", "Liebe/r {f},"],
        open=["vielen Dank für Ihr Interesse an der Wohnung und Ihre Unterlagen.", "vielen Dank für Ihre Bewerbung um einen Studienplatz.",
              "wir haben Ihren Kreditantrag vom {date} geprüft.", "vielen Dank für Ihren Antrag auf Förderung."],
        no=["Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben.",
            "Leider können wir Ihnen keinen Studienplatz anbieten.",
            "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihren Antrag nicht bewilligen können.",
            "Die Wohnung ist inzwischen bereits vergeben.",
            "Ihr Antrag wurde abgelehnt, da die Voraussetzungen nicht erfüllt sind."],
        match=[[0, 3], [1, 4], [2, 4], [2, 4]],
        subj_match=[[0, 1, 5], [2, 5], [3, 5], [4, 3]],
        ctx=["Ihre Unterlagen werden gemäß DSGVO nach 30 Tagen gelöscht.", "Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch eingelegt werden.",
             "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Suche.", "Gerne nehmen wir Sie in unsere Interessentenliste auf."],
        close=["Mit freundlichen Grüßen\n{name}", "Freundliche Grüße\nIhr Team der {org}", "Beste Grüße\n{org}"]),
    "fr": dict(
        orgs=["Agence Immobilière du Parc", "Université de Rivebelle – Scolarité", "Crédit des Tilleuls", "Fondation Lumen",
              "Comité du festival Images Neuves"],
        subj=["Votre dossier de location – {flat}", "Décision concernant votre candidature (Master)", "Votre demande de prêt n° {num}",
              "Résultat de l'appel à projets {term}", "Votre proposition d'atelier"],
        greet=["Bonjour {f},", "Madame, Monsieur,", "Bonjour {full},", "Cher/Chère {f},"],
        open=["Nous vous remercions pour votre dossier de location.", "Nous avons bien étudié votre candidature au Master.",
              "Nous avons examiné votre demande de crédit du {date}.", "Merci pour votre proposition envoyée au comité."],
        no=["Nous sommes au regret de vous informer que le propriétaire a retenu un autre dossier.",
            "Nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.",
            "Votre demande de prêt n'a pas été acceptée.",
            "Votre projet n'a pas été retenu par le jury cette année.",
            "Le logement a déjà été attribué."],
        match=[[0, 4], [1], [2], [3]],
        subj_match=[[0], [1], [2], [3, 4]],
        ctx=["Nous conservons vos coordonnées pour de futurs biens.", "Cette décision ne peut faire l'objet d'un recours.",
             "Vous pourrez candidater à nouveau lors de la prochaine session.", "Nous vous souhaitons bonne chance dans vos recherches."],
        close=["Cordialement,\n{name}", "Bien à vous,\nL'équipe {org}", "Salutations distinguées,\n{org}"]),
    "es": dict(
        orgs=["Inmobiliaria Los Arcos", "Universidad del Levante – Admisiones", "Banco Cantábrico", "Fundación Horizonte",
              "Congreso Datos Abiertos"],
        subj=["Tu solicitud para el piso de {flat}", "Resolución de admisión {term}", "Solicitud de préstamo n.º {num}",
              "Resultado de la convocatoria de becas", "Tu propuesta de charla"],
        greet=["Hola, {f}:", "Estimado/a {full}:", "Buenas tardes:", "Hola {f},"],
        open=["Gracias por tu interés en el piso y por enviarnos la documentación.", "Hemos revisado tu solicitud de admisión al máster.",
              "Hemos analizado tu solicitud de préstamo del {date}.", "Gracias por presentar tu propuesta al congreso."],
        no=["Lamentablemente, el propietario ha elegido a otro inquilino.",
            "Sentimos comunicarte que no ha sido posible admitirte en esta convocatoria.",
            "Tu solicitud de préstamo ha sido denegada.",
            "Tu propuesta no ha sido seleccionada este año.",
            "El piso ya está alquilado."],
        match=[[0, 4], [1], [2], [3]],
        subj_match=[[0], [1], [2], [3, 4]],
        ctx=["Guardaremos tus datos por si surge otra vivienda similar.", "Puedes volver a presentar tu solicitud el próximo curso.",
             "Te deseamos mucha suerte en tu búsqueda.", "Esta resolución puede recurrirse en el plazo de un mes."],
        close=["Un saludo,\n{name}", "Atentamente,\n{org}", "Saludos cordiales,\nEquipo de {org}"]),
}


def nonjob_reject_intl(rng: random.Random, n: int) -> dict:
    lang = P(rng, ["de", "de", "fr", "es"])
    d = INTL[lang]
    c = K.candidate(rng)
    i = rng.randrange(len(d["open"]))  # one kind of decision (rental, admission, credit, funding, talk)
    org = d["orgs"][i] if i < len(d["orgs"]) else P(rng, d["orgs"])
    f2, l2 = K.person(rng)
    vals = dict(org=org, flat=P(rng, ["Bergstraße 12", "Rue des Lilas", "Calle Sol 8", "Am Markt 3", "Avenida del Puerto"]),
                term=P(rng, ["2026", "2025/26", "WiSe 2025"]), num=rng.randint(10000, 99999), date=K.a_date(rng, lang),
                name=f"{f2} {l2}", f=c["first"], full=c["name"])
    j = d["match"][i]
    parts = [P(rng, d["greet"]).format(**vals), d["open"][i].format(**vals), P(rng, [d["no"][k] for k in j]).format(**vals),
             *[x.format(**vals) for x in K.some(rng, d["ctx"], 1, 2)], P(rng, d["close"]).format(**vals)]
    return K.rec(FAMILY_PREFIX, "nonjob_reject_intl", n, lang=lang, from_name=org,
                 from_addr=f"{P(rng, ['info', 'kontakt', 'contact', 'noreply'])}@{K.slug(org)[:14]}.{ {'de': 'de', 'fr': 'fr', 'es': 'es'}[lang]}",
                 to_addr=c["addr"], subject=P(rng, [d["subj"][k] for k in d["subj_match"][i]]).format(**vals), body_text=K.join(*parts))


PLAN = [("admission_reject", 48), ("grant_reject", 40), ("cfp_reject", 42), ("rental_reject", 42), ("credit_reject", 35),
        ("journal_reject", 35), ("club_visa_reject", 35)]


def generate(rng: random.Random) -> Iterator[dict]:
    for family, count in PLAN:
        for i in range(count):
            yield _domain(rng, i, family)
    for i in range(45):
        yield nonjob_reject_intl(rng, i)
