"""INBOX negatives: offer-imitating scams, onboarding paperwork after an accepted offer, requests to the user to
interview someone at their current job, auto-replies, delivery failures, and ordinary inbox life (shopping,
family, work, SaaS, bank, school, meetups). No label on any record.
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


# ---------------------------------------------------------------- scams imitating offers
SCAM_SUBJ = ["Congratulations! You're hired", "Job Offer: Remote Data Entry ($45/hr)", "URGENT: Offer Letter Enclosed",
             "Your application has been approved - start today", "Work From Home Opportunity – Immediate Start",
             "Re: Position Offer", "Personal Assistant needed — $900 weekly", "Crypto Trading Associate - Offer",
             "You have been selected!!", "OFFER OF EMPLOYMENT (REF {num})", "Mystery shopper assignment #{num}"]
SCAM_CORE = [
    "Your profile was selected from an online job database and our HR department is pleased to hire you as a Remote Data Entry Clerk.",
    "You have been shortlisted and APPROVED for our work-from-home programme. No interview is needed.",
    "We are happy to offer you the position of Personal Assistant to our CEO who is travelling overseas. Duties include receiving parcels and making payments.",
    "To activate your employment, a one-time registration fee of $85 must be paid via gift card or Bitcoin.",
    "You will receive a cheque for $2,450 to buy your home office equipment from our approved vendor. Deposit it and send the balance back.",
    "Earn $300-$900 daily trading crypto with our AI bot. Our mentors will train you; just deposit USDT to start.",
    "Kindly reply with your full name, address, date of birth, bank details and a copy of your ID to proceed with onboarding.",
    "Salary: $45 per hour, weekly pay. Work 2-3 hours a day from your phone. Start immediately!!!",
    "This offer expires in 24 hours. Contact our hiring manager on Telegram @hr_desk_{num} or WhatsApp.",
    "Dear Beneficiary, the Board has approved your employment and signing bonus of USD 5,000.",
    "We need reliable agents to rate products on our platform. Complete tasks and receive commission instantly.",
    "Our company Global Solutions LTD is expanding in your region and you are invited to be a Payment Processing Agent.",
]
SCAM_SIGN = ["HR Manager\nGlobal Staffing Solution", "Mrs. Linda Morgan\nRecruitment Dept.", "Best Regard,\nHiring Team",
             "Thanks\nDavid (HR)", "Sincerely,\nHuman Resource Department", "Regards\nMr. James Walker"]


def scam_offer(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    num = rng.randint(1000, 99999)
    parts = [P(rng, ["Dear Applicant,", "Hello,", "Dear {f},", "Hi dear,", "Attention:", "Good day!"]).format(f=c["first"])]
    parts += [x.format(num=num) for x in K.some(rng, SCAM_CORE, 2, 4)]
    parts.append(P(rng, SCAM_SIGN))
    name = P(rng, ["HR Department", "Linda Morgan", "Career Team", "Global Staffing", "Recruitment Manager", "Amazon Jobs Team",
                   "Remote Work Hub", "Hiring Desk"])
    addr = P(rng, [f"hr.dept{num}@gmail.com", f"careers@glob4l-staffing.biz", f"offer-{num}@outlook.com",
                   f"recruit@remote-jobz{rng.randint(1, 9)}.xyz", "hiring.desk@protonmail.com"])
    body = K.join(*parts)
    return K.rec(FAMILY_PREFIX, "scam_offer", n, from_name=name, from_addr=addr, to_addr=c["addr"],
                 subject=P(rng, SCAM_SUBJ).format(num=num), body_text=body if M(rng, 0.8) else "",
                 body_html=K.to_html(rng, parts) if M(rng, 0.5) else None)


# ---------------------------------------------------------------- onboarding after an accepted offer
ONB_SUBJ = ["Welcome to {co}! Next steps before your first day", "Action required: complete your new-hire paperwork",
            "Your onboarding checklist", "Day one at {co}: what to expect", "Please sign: employment documents",
            "IT setup for your start on {date}", "Background check authorisation", "Your laptop is on its way",
            "Benefits enrolment – deadline {date}", "Welcome aboard, {f}!", "Onboarding: tax and bank details needed"]
ONB_CORE = [
    "We're thrilled you accepted our offer. To get you set up, please complete the onboarding tasks in the portal by {date}.",
    "Please upload a copy of your passport and proof of address so we can complete your right-to-work check.",
    "Your start date is confirmed as {date}. You'll spend the first morning with the People team.",
    "Attached are your signed contract countersigned by {co}, the employee handbook and the equipment policy.",
    "Our IT team will ship your laptop to the address you gave us; please choose keyboard layout in the form.",
    "Please fill in the new starter form with your bank details, tax code and emergency contact.",
    "Your background check provider will email you separately. It usually takes 3–5 working days.",
    "Your buddy for the first month will be {b}, who'll reach out before you start.",
    "Benefits enrolment opens on your first day; the pension scheme is opt-out.",
    "Parking passes and building access cards will be ready at reception on day one.",
    "Welcome to the team! Your manager, {m}, has planned your first two weeks; see the agenda attached.",
    "You'll get an invite to our next onboarding cohort session on {date} at {time}.",
]


def onboarding(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    f2, l2 = K.person(rng)
    vals = dict(co=co, date=K.a_date(rng), time=K.a_time(rng), f=c["first"], b=" ".join(K.person(rng)), m=" ".join(K.person(rng)))
    parts = [P(rng, ["Hi {f},", "Dear {f},", "Hello {f}!", "Welcome {f},"]).format(**vals)]
    parts += [x.format(**vals) for x in K.some(rng, ONB_CORE, 2, 4)]
    parts.append(P(rng, ["Any questions, just reply here.", "We can't wait to have you on board.", "See you soon!", ""]))
    sys_ = M(rng, 0.4)
    if sys_:
        fname, faddr = P(rng, [f"{co} People Team", "BambooHR", "Personio", "Rippling", "Workday"]), P(rng, [f"people@{K.domain_of(co)}", "notifications@bamboohr-mail.com", "noreply@personio.de", "no-reply@rippling.com"])
        parts.append(P(rng, ["The {co} People Team", "— People Operations, {co}", "Sent via your company's HR system."]).format(co=co))
    else:
        fname, faddr = f"{f2} {l2}", K.work_addr(rng, f2, l2, co)
        parts.append(K.work_signature(rng, fname, P(rng, ["People Partner", "HR Coordinator", "Onboarding Specialist", "Office Manager"]), co))
    return K.rec(FAMILY_PREFIX, "onboarding", n, from_name=fname, from_addr=faddr, to_addr=c["addr"],
                 subject=P(rng, ONB_SUBJ).format(**vals), body_text=K.join(*parts), company=co)


# ---------------------------------------------------------------- user asked to interview someone at current job
PANEL_SUBJ = ["Can you run the system design round on {wd}?", "Interview panel request: {role} candidate",
              "Interviewer needed – {date}", "Invitation: {role} onsite – interviewer slot", "Quick favour: cover a tech screen?",
              "Hiring panel for {role}", "Re: Interview loop for {cand}", "[Hiring] Feedback form for {cand}",
              "Would you join the panel for the {role} role?", "Shadowing opportunity: interviewer training"]
PANEL_CORE = [
    "Could you run the system design round for a candidate on {wd} at {time}? It's for the {role} opening on my team.",
    "We're short an interviewer for {cand}'s onsite on {date}. Would you be able to take the behavioural slot?",
    "You've been added as an interviewer for {cand} ({role}). Please review the CV before {date} and submit your scorecard within 24 hours.",
    "Any chance you could do a 45-minute pairing exercise with a candidate next {wd}? I'll send the question bank.",
    "We'd like you on the hiring panel for the {role} position. Expect about four interviews over the next three weeks.",
    "Reminder to submit your interview feedback for {cand} — the debrief is tomorrow at {time}.",
    "Thanks for volunteering for interviewer training. Your first shadow session is with {cand} on {date}.",
    "Hiring committee meets {wd}; please bring your notes on the two final candidates.",
    "{cand} is coming in for a final round. Can you give them a quick tour and have lunch with them?",
    "The recruiter just booked a candidate into your calendar for a coding interview on {date}. Decline if that doesn't work.",
]


def internal_interviewer(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    f2, l2 = K.person(rng)
    vals = dict(wd=P(rng, K.WEEKDAYS), time=K.a_time(rng), date=K.a_date(rng), role=P(rng, K.ROLES), cand=" ".join(K.person(rng)))
    me = K.work_addr(rng, c["first"], c["last"], co)
    parts = [P(rng, ["Hi {f},", "Hey {f}!", "{f} —", "Morning {f},", "Hi team,"]).format(f=c["first"])]
    parts += [x.format(**vals) for x in K.some(rng, PANEL_CORE, 1, 2)]
    parts.append(P(rng, ["Thanks a ton!", "Let me know either way.", "Appreciate it.", "Thank you!", "No worries if not.", ""]))
    parts.append(K.work_signature(rng, f"{f2} {l2}", P(rng, ["Engineering Manager", "Recruiter", "Head of Platform", "Talent Partner", "Design Lead"]), co))
    if M(rng, 0.2):
        parts.append(K.legal(rng))
    return K.rec(FAMILY_PREFIX, "internal_interviewer", n, from_name=f"{f2} {l2}", from_addr=K.work_addr(rng, f2, l2, co),
                 to_addr=me, subject=P(rng, PANEL_SUBJ).format(**vals), body_text=K.join(*parts), company=None)


# ---------------------------------------------------------------- auto-replies / out of office
OOO = {
    "en": (["Out of office: {s}", "Automatic reply: {s}", "Auto-Reply: {s}", "OOO until {date}", "Away: {s}", "Re: {s} [Auto-reply]"],
           ["Thanks for your email. I'm out of the office until {date} with limited access to email.",
            "I'm currently on annual leave and will return on {date}. Your message will not be forwarded.",
            "Hello, I am away at a conference this week and will respond when I'm back.",
            "Thank you for your message. I am on parental leave until {date}.",
            "This mailbox is no longer monitored. Please contact {alt} instead.",
            "I'm travelling with patchy Wi-Fi until {date}; expect slow replies.",
            "Thanks for reaching out! I'm offline until {date}. If it's urgent, call the front desk."],
           ["For urgent matters please contact {alt}.", "I'll reply as soon as I can.", "For recruiting questions, email {alt}.", ""]),
    "de": (["Abwesenheitsnotiz: {s}", "Automatische Antwort: {s}", "Nicht im Büro: {s}"],
           ["Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro.",
            "Ich befinde mich derzeit im Urlaub und habe keinen Zugriff auf meine E-Mails.",
            "Danke für Ihre E-Mail. Ich bin ab {date} wieder erreichbar."],
           ["In dringenden Fällen wenden Sie sich bitte an {alt}.", "Ihre E-Mail wird nicht weitergeleitet.", ""]),
    "fr": (["Réponse automatique : {s}", "Absent(e) : {s}", "Absence du bureau"],
           ["Merci pour votre message. Je suis absent(e) jusqu'au {date} inclus.",
            "Je suis actuellement en congés et consulterai mes e-mails à mon retour.",
            "Bonjour, je suis en déplacement avec un accès limité à ma messagerie."],
           ["En cas d'urgence, vous pouvez contacter {alt}.", "Je vous répondrai dès mon retour.", ""]),
    "es": (["Respuesta automática: {s}", "Fuera de la oficina: {s}", "Ausente: {s}"],
           ["Gracias por tu mensaje. Estoy fuera de la oficina hasta el {date}.",
            "Me encuentro de vacaciones con acceso limitado al correo.",
            "Hola, en este momento no estoy disponible; responderé a mi regreso."],
           ["Para asuntos urgentes, escribe a {alt}.", "Tu correo no será reenviado.", ""]),
}
OOO_ORIG_SUBJ = ["Application for {role}", "Re: Thank you", "Follow-up on my application", "Re: Interview next week",
                 "Question about the role", "Feedback request", "Re: Dinner Saturday?", "Invoice 2291", "Portfolio link"]


def autoreply(rng: random.Random, n: int) -> dict:
    lang = P(rng, ["en", "en", "en", "de", "fr", "es"])
    subj_pool, core, tail = OOO[lang]
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES + ["", "", ""])
    f2, l2 = K.person(rng)
    f3, l3 = K.person(rng)
    dom = K.domain_of(co) if co else P(rng, K.MAIL_HOSTS)
    s = P(rng, OOO_ORIG_SUBJ).format(role=P(rng, K.ROLES))
    vals = dict(date=K.a_date(rng, lang), alt=f"{f3} ({K.work_addr(rng, f3, l3, co or 'Example')})")
    parts = [P(rng, core).format(**vals), P(rng, tail).format(**vals)]
    if lang == "en" and M(rng, 0.4):
        parts = [P(rng, ["Hi,", "Hello,", "Dear sender,"])] + parts
    if M(rng, 0.5):
        parts.append(K.work_signature(rng, f"{f2} {l2}", P(rng, ["Recruiter", "Account Manager", "Team Lead", "Office Manager"]), co) if co else f"{f2}")
    if M(rng, 0.3) and lang == "en":  # bilingual OOO is common in Europe
        l2_ = P(rng, ["de", "fr", "es"])
        parts.append(P(rng, OOO[l2_][1]).format(date=K.a_date(rng, l2_)))
    return K.rec(FAMILY_PREFIX, "autoreply", n, lang=lang, from_name=f"{f2} {l2}", from_addr=K.work_addr(rng, f2, l2, co) if co else K.personal_addr(rng, f2, l2),
                 to_addr=c["addr"], subject=P(rng, subj_pool).format(s=s, date=vals["date"]), body_text=K.join(*parts), company=None)


# ---------------------------------------------------------------- bounces / DSN
DSN_SUBJ = ["Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)", "Mail delivery failed: returning message to sender",
            "Undeliverable: {s}", "Returned mail: see transcript for details", "Delivery delayed: {s}",
            "Message not delivered", "failure notice"]
DSN_HEAD = [
    "This is the mail system at host {mx}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.",
    "Address not found\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.",
    "Delivery has failed to these recipients or groups:\n\n{rcpt}\nThe email address you entered couldn't be found.",
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.",
    "Hi. This is the qmail-send program at {mx}.\nI'm afraid I wasn't able to deliver your message to the following addresses.",
    "Delivery to the following recipient has been delayed:\n\n     {rcpt}\n\nMessage will be retried for 2 more day(s)",
]
DSN_DIAG = [
    "Reporting-MTA: dns; {mx}\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
    "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied'",
    "The response from the remote server was:\n552 5.2.2 The email account that you tried to reach is over quota.",
    "<{rcpt}>: host {mx}[{ip}] said: 554 5.7.1 Message rejected as spam (in reply to end of DATA command)",
    "Action: delayed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.4.2 connection timed out",
    "SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n550 No such user here",
]


def bounce(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    f2, l2 = K.person(rng)
    rcpt = K.work_addr(rng, f2, l2, co)
    s = P(rng, OOO_ORIG_SUBJ).format(role=P(rng, K.ROLES))
    mx = P(rng, ["mx1.mailrelay.net", "mail-ed1-f44.google.com", "smtp.eu-west.protection.outlook.com", "mx.posteo.de", "in1.smtp.messagingengine.com"])
    vals = dict(mx=mx, rcpt=rcpt, ip=f"{rng.randint(10, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
    orig = P(rng, ["Hi {f},\n\nThank you for the interview yesterday, I really enjoyed meeting the team.",
                   "Dear hiring team,\n\nPlease find attached my application for the {r} position.",
                   "Hello,\n\nCould you share any feedback on my interview? It would help me a lot.",
                   "Hi,\n\nJust following up on my application from last month.", "See you Saturday!"]).format(f=f2, r=P(rng, K.ROLES))
    parts = [P(rng, DSN_HEAD).format(**vals), P(rng, DSN_DIAG).format(**vals)]
    parts.append(P(rng, ["----- Original message -----", "--- Below this line is a copy of the message.", "Original message headers:",
                         "------ This is a copy of the message, including all the headers. ------"]))
    parts.append(f"From: {c['name']} <{c['addr']}>\nTo: {rcpt}\nSubject: {s}\n\n{orig}")
    fname = P(rng, ["Mail Delivery System", "Mail Delivery Subsystem", "Microsoft Outlook", "MAILER-DAEMON", "Postmaster"])
    return K.rec(FAMILY_PREFIX, "bounce_dsn", n, from_name=fname, from_addr=P(rng, [f"MAILER-DAEMON@{mx}", "mailer-daemon@googlemail.com", f"postmaster@{K.domain_of(co)}"]),
                 to_addr=c["addr"], subject=P(rng, DSN_SUBJ).format(s=s), body_text=K.join(*parts), company=None)


# ---------------------------------------------------------------- ordinary inbox life: several coherent styles
SHOPS = ["Bramble & Birch", "Northcart", "Pixel Parts", "The Cozy Kettle", "Gearshift Outdoors", "Leafy Home Plants", "Bookwyrm"]
ITEMS = ["USB-C hub", "ceramic pour-over set", "trail running shoes", "monstera (medium)", "noise-cancelling headphones",
         "2x paperback novels", "standing-desk mat", "wool socks (3-pack)", "mechanical keyboard", "bike light set"]


def receipt_shipping(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    shop = P(rng, SHOPS)
    order = f"{P(rng, ['#', 'No. ', ''])}{rng.randint(100000, 9999999)}"
    its = K.some(rng, ITEMS, 1, 3)
    kind = rng.randrange(4)
    if kind == 0:
        subj = P(rng, ["Your order {o} is confirmed", "Thanks for your order!", "Order confirmation {o}", "We've got your order"])
        core = P(rng, ["Thanks for shopping with us! We're getting your order ready.", "We've received your order and will email you when it ships.",
                       "Great choice. Here's a summary of what you bought."])
    elif kind == 1:
        subj = P(rng, ["Your package is on its way", "Shipped: {i}", "Order {o} has shipped", "Out for delivery today"])
        core = P(rng, ["Good news — your parcel has left our warehouse.", "Your order is out for delivery and should arrive by 8pm.",
                       "Your package was handed to the courier. Track it with the link below."])
    elif kind == 2:
        subj = P(rng, ["Your receipt from {s}", "Receipt for your payment", "Your refund has been processed", "Invoice {o}"])
        core = P(rng, ["Here is your receipt. Keep it for your records.", "We've issued a refund to your original payment method; it may take 5–10 days to appear.",
                       "Payment received, thank you."])
    else:
        subj = P(rng, ["How did we do?", "Rate your recent purchase", "Delivered: {i}", "Your parcel was delivered"])
        core = P(rng, ["Your parcel was left in your safe place (porch).", "Tell us what you think of your {i} — it takes 30 seconds.",
                       "We hope you love your order."])
    lines = "\n".join(f"{i}  {P(rng, ['£', '€', '$'])}{rng.randint(5, 180)}.{rng.randint(0, 99):02d}" for i in its)
    parts = [P(rng, ["Hi {f},", "Hello {f}!", "Dear {f},", ""]).format(f=c["first"]), core.format(i=its[0]),
             f"Order {order}\n{lines}", P(rng, ["Track your parcel", "View order", "Manage your order", "Need help? Visit our help centre."]),
             K.footer(rng, shop, c["addr"])]
    html_only = M(rng, 0.4)
    return K.rec(FAMILY_PREFIX, "receipt_shipping", n, from_name=shop, from_addr=f"orders@{K.slug(shop)}.com", to_addr=c["addr"],
                 subject=subj.format(o=order, i=its[0], s=shop), body_text="" if html_only else K.join(*parts),
                 body_html=K.to_html(rng, parts, shop) if html_only else None)


FAM_SUBJ = ["Sunday lunch?", "photos from the weekend", "Re: Mum's birthday", "hey", "Flights for Christmas", "Re: Re: the bike",
            "Did you see this?", "recipe you asked for", "Quick question", "Re: moving day", "Dog sitting next week",
            "Happy birthday!!", "Re: book club pick", "call later?", "Grandma's address"]
FAM_CORE = [
    "Are you free for lunch on Sunday? Dad's making the lamb thing again.",
    "Here are the photos from the lake — the one of the dog jumping in is my favourite.",
    "Can you chip in for Mum's present? We're thinking a weekend away, about 60 each.",
    "I booked the flights for the 22nd. Let me know if you want me to add a bag.",
    "Still have my drill? No rush, just need it by Saturday.",
    "Saw this article and thought of you. No idea if it's any good.",
    "The recipe: two onions, a tin of tomatoes, cumin, and don't skip the lemon at the end.",
    "How did the move go? Need help with the boxes?",
    "Could you feed the cat on Tuesday and Wednesday? Key's under the usual pot.",
    "Happy birthday! Hope you have a lovely day and someone bakes you a cake.",
    "Book club is at mine this month. Have you finished it? I'm only halfway.",
    "Ring me when you get a chance, nothing urgent.",
    "Heard you've been job hunting — fingers crossed for you. Pub on Friday to take your mind off it?",
    "How's the interview stuff going? Tell me everything on Saturday.",
    "Kids have a school play on the 14th, come if you can!",
    "The plumber can come Thursday morning. Can you let him in?",
]


def personal(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    f2, l2 = K.person(rng)
    lang = "en"
    parts = [P(rng, ["Hi {f},", "Hey!", "{f}!", "Hiya", "Hey you", ""]).format(f=c["first"])]
    parts += K.some(rng, FAM_CORE, 1, 3)
    parts.append(P(rng, ["x", "Love,\n{g}", "{g}", "Cheers\n{g}", "Talk soon x", "— {g}"]).format(g=f2))
    body = K.join(*parts)
    subj = P(rng, FAM_SUBJ)
    if subj.startswith("Re:") and M(rng, 0.6):
        body = K.join(body, K.quoted_reply(rng, c["name"], c["addr"], P(rng, FAM_CORE)).replace("{to}", f"{f2} {l2}").replace("{subject}", subj))
    return K.rec(FAMILY_PREFIX, "personal", n, lang=lang, from_name=P(rng, [f"{f2} {l2}", f2, ""]), from_addr=K.personal_addr(rng, f2, l2),
                 to_addr=c["addr"], subject=subj, body_text=body)


PERSONAL_INTL = {
    "de": (["Sonntag?", "Fotos vom Wochenende", "Re: Omas Geburtstag", "kurze Frage", "Umzug"],
           ["Hast du am Sonntag Zeit zum Mittagessen?", "Hier die Fotos vom See, das mit dem Hund ist das beste.",
            "Kannst du dich am Geschenk für Mama beteiligen? Wir dachten an ein Wellness-Wochenende.",
            "Hast du noch meine Bohrmaschine? Brauche sie bis Samstag.", "Wie lief der Umzug? Brauchst du noch Hilfe mit den Kisten?",
            "Drück dir die Daumen für die Jobsuche! Lass uns Freitag ein Bier trinken."],
           ["Liebe Grüße\n{g}", "LG {g}", "Bis bald!", "Grüße"]),
    "fr": (["Dimanche ?", "photos du week-end", "Re: anniversaire de maman", "petite question", "déménagement"],
           ["Tu es libre dimanche midi ? Papa fait son gigot.", "Voici les photos du lac, celle du chien est géniale.",
            "Tu participes au cadeau de maman ? On pensait à un week-end.", "Tu as encore ma perceuse ? J'en ai besoin samedi.",
            "Alors, ce déménagement ? Besoin d'aide pour les cartons ?", "Courage pour les candidatures ! Un verre vendredi ?"],
           ["Bisous\n{g}", "À plus,\n{g}", "Bises", "Je t'embrasse"]),
    "es": (["¿Domingo?", "fotos del finde", "Re: cumple de mamá", "una pregunta", "la mudanza"],
           ["¿Te apetece comer el domingo? Papá hace cordero.", "Aquí van las fotos del lago, la del perro es la mejor.",
            "¿Pones dinero para el regalo de mamá? Pensábamos en un fin de semana fuera.", "¿Tienes todavía mi taladro? Lo necesito el sábado.",
            "¿Qué tal la mudanza? ¿Te ayudo con las cajas?", "¡Mucho ánimo con la búsqueda de trabajo! ¿Unas cañas el viernes?"],
           ["Un beso\n{g}", "Abrazos,\n{g}", "¡Hasta pronto!", "Besos"]),
}


def personal_intl(rng: random.Random, n: int) -> dict:
    lang = P(rng, ["de", "fr", "es"])
    subj, core, close = PERSONAL_INTL[lang]
    c = K.candidate(rng)
    f2, l2 = K.person(rng)
    greet = {"de": ["Hallo {f},", "Hi {f}!", "Moin {f},"], "fr": ["Salut {f} !", "Coucou {f},", "Hello {f},"],
             "es": ["Hola {f}:", "¡Hola, {f}!", "Buenas, {f}:"]}[lang]
    parts = [P(rng, greet + ["{f}!", ""]).format(f=c["first"])]
    parts += K.some(rng, core, 1, 3) + [P(rng, close).format(g=f2)]
    return K.rec(FAMILY_PREFIX, "personal_intl", n, lang=lang, from_name=f"{f2} {l2}", from_addr=K.personal_addr(rng, f2, l2),
                 to_addr=c["addr"], subject=P(rng, subj), body_text=K.join(*parts))


WORK_SUBJ = ["Q3 roadmap review", "Re: incident 4821 postmortem", "Standup moved to 10:15", "Offsite agenda draft",
             "Re: PR #{k} – refactor billing client", "Budget sign-off needed", "All-hands slides", "Re: customer escalation",
             "Holiday cover rota", "Reminder: expense reports due Friday", "Interview training is now mandatory for managers",
             "Team lunch Thursday", "Re: design review feedback", "Offer to the sales team – new commission plan"]
WORK_CORE = [
    "Can you take a look at the roadmap doc before Thursday? I've left comments on the data-platform section.",
    "Postmortem draft is up. The root cause was the expired certificate on the internal proxy.",
    "Heads-up: standup moves to 10:15 for the rest of the sprint because of the client call.",
    "I need your sign-off on the vendor budget by end of day, otherwise procurement can't raise the PO.",
    "Left a few comments on your PR — mostly naming, one real concern about retries in the billing client.",
    "Customer escalated again about the export timeouts. Can we pair on it after lunch?",
    "Please add your leave to the holiday rota so we have cover over Christmas.",
    "Reminder that expense reports for last month are due Friday.",
    "Great job on the demo yesterday, the client loved the new dashboard.",
    "The design review feedback is in the Figma file; the main ask is simplifying the onboarding flow.",
    "We're updating the on-call policy; please read and acknowledge by next week.",
    "Quarterly performance check-ins start next month; your manager will book a slot.",
    "The new commission plan offers a higher rate above target — details in the attached deck.",
]


def workplace(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    f2, l2 = K.person(rng)
    me = K.work_addr(rng, c["first"], c["last"], co)
    subj = P(rng, WORK_SUBJ).format(k=rng.randint(100, 9999))
    parts = [P(rng, ["Hi {f},", "Hey {f}", "Team,", "Hi all,", "{f} -", ""]).format(f=c["first"])]
    parts += K.some(rng, WORK_CORE, 1, 3)
    parts.append(P(rng, ["Thanks,", "Cheers,", "Best,", "Ta,", ""]))
    parts.append(K.work_signature(rng, f"{f2} {l2}", P(rng, ["Engineering Manager", "Product Lead", "Finance Business Partner", "Staff Engineer", "COO"]), co))
    body = K.join(*parts)
    if subj.startswith("Re:"):
        q = K.quoted_reply(rng, c["name"], me, P(rng, WORK_CORE)).replace("{to}", f"{f2} {l2}").replace("{subject}", subj[4:])
        body = K.join(body, q)
    return K.rec(FAMILY_PREFIX, "workplace", n, from_name=f"{f2} {l2}", from_addr=K.work_addr(rng, f2, l2, co), to_addr=me,
                 subject=subj, body_text=body, company=None)


SAAS = [("GitHub", "notifications@github.com"), ("Slack", "feedback@slack.com"), ("Notion", "notify@mail.notion.so"),
        ("Figma", "no-reply@figma.com"), ("Dropbox", "no-reply@dropbox.com"), ("Zoom", "no-reply@zoom.us"),
        ("Calendly", "notifications@calendly.com"), ("Trello", "taco@trello.com"), ("Spotify", "no-reply@spotify.com")]
SAAS_MSG = [
    ("[{repo}] Issue #{k}: build fails on Windows", "{p} opened an issue: the build fails with a path-length error on Windows runners."),
    ("[{repo}] PR run failed: tests", "Run failed for pull request #{k}. 2 jobs failed: unit-tests, lint."),
    ("Your weekly summary", "You had 14 unread messages in 3 channels this week."),
    ("{p} shared a page with you", "{p} invited you to edit \"Interview prep notes\" in their workspace."),
    ("{p} commented on \"Portfolio v3\"", "\"Love the case study layout — maybe tighten the intro?\""),
    ("Your storage is almost full", "You're using 1.9 GB of 2 GB. Upgrade to keep syncing files."),
    ("Cloud recording is now available", "Your cloud recording of \"Mock interview practice with {p}\" is ready to view."),
    ("New event: {p} booked \"Coffee chat\"", "A new event has been scheduled with you via your booking page: Coffee chat (30 min)."),
    ("Your subscription will renew soon", "Your annual plan renews on {d}. No action needed."),
    ("Security alert: new sign-in", "We noticed a new sign-in to your account from Chrome on Linux. If this was you, ignore this email."),
    ("Your {y} Wrapped is here", "Your top genre this year was lo-fi study beats. Shocking, we know."),
    ("Password reset request", "Someone requested a password reset for your account. If this wasn't you, you can ignore this email."),
]


def saas(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    name, addr = P(rng, SAAS)
    subj, body = P(rng, SAAS_MSG)
    vals = dict(repo=P(rng, ["jobmail-notes", "dotfiles", "portfolio-site", "advent-2025", "cv-builder"]), k=rng.randint(2, 900),
                p=" ".join(K.person(rng)), d=K.a_date(rng), y=P(rng, [2024, 2025]))
    parts = [P(rng, ["Hi {f},", "", "Hello,"]).format(f=c["first"]), body.format(**vals),
             P(rng, ["View it on the web", "Open app", "Reply to this email directly or view it online.", "Manage notifications"]),
             K.footer(rng, name, c["addr"])]
    html_only = M(rng, 0.35)
    return K.rec(FAMILY_PREFIX, "saas_notif", n, from_name=name, from_addr=addr, to_addr=c["addr"], subject=subj.format(**vals),
                 body_text="" if html_only else K.join(*parts), body_html=K.to_html(rng, parts, name) if html_only else None)


BANK_SCHOOL = [
    ("Your statement is ready", "Your {m} statement for the account ending {d4} is now available in online banking."),
    ("Payment received", "We received your payment of £{amt} towards your credit card. Thank you."),
    ("Direct debit set up", "A new direct debit to Riverside Energy has been set up on your account ending {d4}."),
    ("Unusual activity on your card", "Did you make a purchase of €{amt} at an online store? Reply YES or NO."),
    ("Interest rate change", "From {d} the interest rate on your savings account will change to 2.1% AER."),
    ("Parents' evening booking", "Parents' evening for Year 5 is on {d}. Please book a 10-minute slot."),
    ("School trip consent form", "Please sign and return the consent form for the science museum trip by {d}."),
    ("Term dates {y}", "Attached are the term dates for next year, including inset days."),
    ("Library: items due soon", "Two items on your library account are due back on {d}. Renew online."),
    ("Council tax bill", "Your annual council tax bill is ready. The first instalment is due on {d}."),
    ("Your tax return reminder", "The deadline for filing your self-assessment return is 31 January."),
    ("Pension annual statement", "Your annual pension statement is available. Your projected pot has been updated."),
]
BANKS = ["Alder Street Bank", "Northline Bank", "Meadowbrook Primary School", "St Aidan's High School", "City Library",
         "Harbour Council", "Tax Office", "Fairway Credit Union", "Pension Hub"]


def bank_school(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    i = rng.randrange(len(BANK_SCHOOL))
    subj, body = BANK_SCHOOL[i]
    # keep sender and content consistent: banks send money mail, schools school mail, and so on
    org = P(rng, [BANKS[0], BANKS[1], BANKS[7]] if i < 5 else [BANKS[2], BANKS[3]] if i < 8 else
            [BANKS[4]] if i == 8 else [BANKS[5]] if i == 9 else [BANKS[6]] if i == 10 else [BANKS[8]])
    vals = dict(m=P(rng, K.MONTHS), d4=rng.randint(1000, 9999), amt=f"{rng.randint(10, 2400)}.{rng.randint(0, 99):02d}",
                d=K.a_date(rng), y=P(rng, ["2025/26", "2026/27"]))
    parts = [P(rng, ["Dear {full},", "Dear customer,", "Hi {f},", "Dear parent/carer,"]).format(full=c["name"], f=c["first"]),
             body.format(**vals), P(rng, ["Log in to view details.", "Thank you.", "Please don't reply to this message.",
                                          "If you have questions, call us on " + K.phone(rng) + "."]),
             P(rng, ["{o}", "Kind regards,\n{o}", "The {o} team"]).format(o=org)]
    if M(rng, 0.4):
        parts.append(P(rng, ["We will never ask for your password or PIN by email.", "Security tip: check the sender before clicking links.",
                             K.legal(rng)]))
    return K.rec(FAMILY_PREFIX, "bank_school", n, from_name=org, from_addr=f"{P(rng, ['noreply', 'office', 'alerts'])}@{K.slug(org)[:12]}.org",
                 to_addr=c["addr"], subject=subj.format(**vals), body_text=K.join(*parts))


MEET_SUBJ = ["New event: {g} — {t}", "Reminder: {t} is tomorrow", "RSVP: {t}", "{g} December social", "You're going to {t}!",
             "Call for speakers: {g}", "{g}: volunteers needed"]
MEET_T = ["Lightning talks night", "Intro to Rust workshop", "Pub quiz for developers", "Hack evening: civic data",
          "Career stories panel", "Board games + pizza", "Mock interview swap (peer practice)", "Design critique circle"]
MEET_CORE = [
    "Hey everyone! Our next meetup is {d} at {time} at {v}. Three short talks and snacks.",
    "Reminder: {t} starts at {time} tomorrow. The venue is step-free; use the side entrance.",
    "We're looking for two volunteers to help with check-in at the next event.",
    "Thanks to our sponsor {co} for the pizza! They're hiring, by the way — find them at the break.",
    "Bring a laptop if you want to follow along. Beginners very welcome.",
    "Waitlist is open; if you can no longer come, please change your RSVP so someone else can.",
    "Want to give a talk? 5-minute lightning talks on anything you find interesting.",
]


def meetup(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    g = P(rng, ["Leeds JS", "Berlin Python Night", "Data Drinks Lisbon", "Women in Tech Dublin", "Ruby Riverside",
                "Product People Manchester", "Rust Lyon", "Madrid Devs"])
    t = P(rng, MEET_T)
    vals = dict(g=g, t=t, d=K.a_date(rng), time=K.a_time(rng), v=P(rng, ["the Old Print Works", "Fabrik Coworking", "Room 2.14, Library", "Beacon Hall"]),
                co=P(rng, K.COMPANIES))
    parts = [P(rng, ["Hi {f},", "Hello members,", "Hi folks!", ""]).format(f=c["first"])] + [x.format(**vals) for x in K.some(rng, MEET_CORE, 2, 3)]
    parts += [P(rng, ["See you there,\nThe organisers", "— {g} organisers", "Cheers,\n{p}"]).format(g=g, p=K.pick(rng, K.FIRST)), K.footer(rng, g, c["addr"])]
    return K.rec(FAMILY_PREFIX, "meetup", n, from_name=g, from_addr=f"info@{K.slug(g)}.org", to_addr=c["addr"],
                 subject=P(rng, MEET_SUBJ).format(**vals), body_text=K.join(*parts))


PLAN = [(scam_offer, 60), (onboarding, 55), (internal_interviewer, 60), (autoreply, 65), (bounce, 45), (receipt_shipping, 55),
        (personal, 50), (personal_intl, 25), (workplace, 55), (saas, 45), (bank_school, 40), (meetup, 35)]


def generate(rng: random.Random) -> Iterator[dict]:
    for fn, count in PLAN:
        for i in range(count):
            yield fn(rng, i)
