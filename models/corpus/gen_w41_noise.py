"""Writer 41, look-alikes: an ordinary week of a job seeker's inbox that carries no label.

Newsletters that talk about rejection and offers, job alerts, prep courses, calendar reminders of
interviews already booked, ATS surveys, scam "offers", the user's current job asking them to
interview someone, non-job rejections, shop offers, bounces and auto-replies, friends' good-luck notes.
"""

from __future__ import annotations

import _w41_kit as K

FAMILY_PREFIX = "w41neg"


def _seeker(rng):
    return rng.choice(K.SEEKERS)


# ------------------------------------------------------------------ newsletters / blog digests
NEWS_BRANDS = ["The Offer Letter", "Careerfuel Weekly", "Second Round", "Hiring Unfiltered", "The Candidate",
               "Job Hunt Diaries", "Quiet Ambition", "Staff Level", "The Shortlist Club", "Notes from HR"]
NEWS_SUBJ = [
    "Why your rejection email came from a robot", "Rejection isn't the end - 4 stories from readers",
    "The interview question nobody prepares for", "Offer season: what to negotiate (and what not to)",
    "Feedback you didn't ask for (but need)", "Issue #{n}: the ghosting problem",
    "\"We've decided to move forward with other candidates\" - decoded", "How to turn an interview into an offer",
    "Your weekly career digest: interviews, offers & burnout", "Is the take-home test dead?",
    "What recruiters really mean by 'not the right fit'", "Counter-offers: a field guide",
    "{n} feedback phrases managers use, translated", "The final-round interview playbook",
    "You got the offer. Now what?", "Rejected after the final round? Read this",
]
NEWS_ITEMS = [
    ("Reading between the lines of a rejection", "Most rejection emails are written by a template, not a person. Here's how to tell and why it matters less than you think."),
    ("The 20-minute phone screen", "A recruiter screen is a sales call in both directions. Three things to have ready before you pick up."),
    ("Negotiating when you only have one offer", "You don't need a competing offer to ask for more. A reader explains how she got 8% and an extra week of leave."),
    ("Asking for feedback without sounding bitter", "A short template for asking why you were turned down, and what to do when nobody answers."),
    ("Behavioural questions, STAR and beyond", "STAR is a start. Interviewers listen for the decision you made, not the situation you were in."),
    ("When the job offer is a scam", "If someone offers you a job over a messaging app and wants you to buy equipment, stop."),
    ("System design for people who hate system design", "Draw the boxes, then talk about what breaks. That is 70% of the score."),
    ("The silent treatment", "Ghosting after a final interview is more common than ever. We asked 40 recruiters why."),
    ("Salary bands are public now. Use them", "Pay transparency laws mean the range is often in the ad. Quote it back."),
    ("Your portfolio is too long", "Hiring managers spend about 90 seconds. Lead with one case study, not nine."),
    ("Thank-you notes: still worth it?", "Short answer: yes, if it's two sentences and sent the same day."),
    ("Reader mailbag: 'I was rejected by email after four rounds'", "An anonymous reader asks if they should reply. Our columnist says yes, briefly."),
    ("Offers that expire in 24 hours", "Exploding offers are a pressure tactic. It's fine to ask for the weekend."),
    ("Mock interview club opens Thursday", "Pair up with another reader and swap 45-minute practice interviews."),
]
NEWS_ITEMS += [
    ("Why 'we'll keep your CV on file' means nothing", "An ex-recruiter explains what actually happens to your application after a no, and when it's worth reapplying."),
    ("The offer call script", "What to say in the first 30 seconds after someone says 'we'd like to offer you the job' (hint: thank you, then nothing else)."),
    ("Interviewing while employed", "Dentist appointments only go so far. Readers share how they fit five rounds around a full-time job."),
    ("Panel interviews without panic", "Pick one friendly face, answer the person who asked, and don't try to please all four."),
    ("What a hiring committee actually reads", "Spoiler: not your cover letter. We sat in on (anonymised) debriefs at three companies."),
    ("How to read a rejection for clues", "'Other candidates more closely matched' often means experience, not performance. Here's a decoder."),
    ("Take-homes: how long is too long?", "If it's more than four hours unpaid, you're allowed to say so. Sample wording inside."),
    ("Bouncing back from a bad interview", "You blanked on a question you knew. It happens to everyone; here's how to recover mid-interview."),
    ("The reference check nobody warns you about", "Backdoor references are common in small industries. What you can and can't control."),
    ("Remote offers and the location discount", "Some companies adjust salary by city. Ask before you get to the offer stage."),
    ("Feedback Friday: your CVs, reviewed", "Three reader CVs, before and after. The biggest fix was always the first third of page one."),
    ("Is 'culture fit' still a thing?", "Many firms now say 'culture add'. We asked what changed in how they actually decide."),
]
NEWS_OPEN = [
    "Hi there,", "Hey {first},", "Good morning!", "Hello friends,", "Welcome to this week's issue.", "",
    "Happy Sunday,", "Hi {first} - quick one this week.",
]
NEWS_INTRO = [
    "This week I got three emails from readers who'd been turned down after a final round, so that's the theme.",
    "A lot of you wrote in about offers this month. Here's what came out of it.",
    "Short issue, long week. The links below are the ones I kept open in tabs.",
    "I interviewed for a job myself this spring (don't tell my editor). Some notes from the other side of the table.",
    "Feedback is the theme this week: getting it, giving it, and living without it.",
    "If you're in the middle of interviews right now, this one is for you.",
]
NEWS_INTRO += [
    "Quick housekeeping: we're moving to fortnightly issues from next month.",
    "Thanks to everyone who answered last week's survey - 1,400 of you! Results below.",
    "This one's a bit longer than usual, grab a coffee.",
    "A reader asked me last week whether it's normal to hear nothing after a final round. Sadly, yes. More below.",
    "Spring hiring is picking up again, judging by your emails.",
    "",
]


def news(rng, n):
    brand = rng.choice(NEWS_BRANDS)
    name, to = _seeker(rng)
    first = name.split()[0]
    subj = K.fill(rng.choice(NEWS_SUBJ), n=rng.randint(12, 240))
    items = rng.sample(NEWS_ITEMS, rng.randint(2, 3))
    parts = [K.fill(rng.choice(NEWS_OPEN), first=first), rng.choice(NEWS_INTRO)]
    for t, d in items:
        parts.append(f"{t}\n{d}" + rng.choice(["", " Read more ->", " (6 min read)", "\nhttps://" + K.domain_of(brand) + "/p/" + str(rng.randint(100, 999))]))
    parts.append(rng.choice(["See you next week,", "Until next time,", "Keep going,", "— the team", "Onwards,"]) + "\n" + rng.choice(K.FIRST))
    foot = K.unsub(rng, brand)
    if rng.random() < 0.55:
        html = K.html_branded(rng, brand, parts, ("Read the full issue", f"https://{K.domain_of(brand)}/issue/{n}"),
                              foot, preheader=items[0][1][:70])
        text = "" if rng.random() < 0.5 else K.text_of_html_parts(parts, None, foot)
    else:
        html, text = None, "\n\n".join(p for p in parts if p) + "\n\n" + foot
    return K.record(FAMILY_PREFIX, "news", n, from_name=brand, from_addr=f"hello@{K.domain_of(brand)}",
                    to_addr=to, subject=subj, body_text=text, body_html=html)


NEWS_DE = [
    ("Absage nach dem dritten Gespräch - und jetzt?",
     "Hallo {first},\n\ndiese Woche geht es um Absagen. Eine Leserin hat nach drei Runden eine Standardabsage bekommen und fragt, ob sie nach Feedback fragen soll. Unsere Antwort: ja, kurz und freundlich.\n\nAußerdem: Wie man ein Jobangebot verhandelt, ohne es zu gefährden.\n\nViel Erfolg bei der Suche!\nDein Team von {brand}"),
    ("Dein Karriere-Newsletter: Vorstellungsgespräch, Angebot, Gehalt",
     "Guten Morgen,\n\ndie drei häufigsten Fragen im Vorstellungsgespräch - und wie du sie beantwortest. Dazu: Warum ein schriftliches Angebot wichtiger ist als jedes Telefonat.\n\nZum Artikel: https://{dom}/blog\n\n{brand} | Abmelden"),
]
NEWS_FR = [
    ("Refus après entretien : comment rebondir",
     "Bonjour {first},\n\nCette semaine, nous parlons des refus. Un lecteur a reçu un « nous ne donnerons pas suite » après quatre entretiens. Que faire ? Demander un retour, brièvement, puis passer à autre chose.\n\nÀ lire aussi : 5 questions à poser en fin d'entretien.\n\nL'équipe {brand}\nSe désinscrire"),
    ("Offre d'emploi, contre-offre, négociation : le guide",
     "Bonjour,\n\nVous avez reçu une offre ? Bravo. Voici comment négocier sans froisser personne, et pourquoi une contre-offre de votre employeur actuel mérite réflexion.\n\nBonne lecture,\n{brand}"),
]
NEWS_ES = [
    ("Rechazos, entrevistas y ofertas: tu resumen semanal",
     "Hola {first}:\n\nEsta semana: cómo pedir feedback después de un rechazo, las preguntas más raras de una entrevista técnica y qué mirar antes de aceptar una oferta.\n\nLee más en https://{dom}\n\nUn saludo,\nEl equipo de {brand}\n\nDarse de baja"),
]


def news_intl(rng, n):
    lang = rng.choice(["de", "fr", "es"])
    pool = {"de": NEWS_DE, "fr": NEWS_FR, "es": NEWS_ES}[lang]
    subj, body = rng.choice(pool)
    brand = rng.choice(["Karriereweg", "Mon Job Demain", "Trabajo Claro", "Jobkompass", "Cap Carrière", "Empleo Hoy"])
    name, to = _seeker(rng)
    body = K.fill(body, first=name.split()[0], brand=brand, dom=K.domain_of(brand))
    return K.record(FAMILY_PREFIX, "news", n, lang=lang, from_name=brand, from_addr=f"news@{K.domain_of(brand)}",
                    to_addr=to, subject=subj, body_text=body)


# ------------------------------------------------------------------ job alerts / profile pings
BOARDS = ["Jobwise", "Hirescape", "WorkNest", "Talentboard", "CareerLoop", "Stellenfeld", "RemoteRise", "Gigtrail"]


def alert(rng, n):
    board = rng.choice(BOARDS)
    name, to = _seeker(rng)
    role = rng.choice(K.ROLES)
    kind = rng.random()
    if kind < 0.45:
        k = rng.randint(3, 40)
        subj = rng.choice([f"{k} new jobs for \"{role}\"", f"{role}: {k} new matches near you",
                           f"New job offers for you: {role} and more", f"Your daily alert - {role}",
                           f"Don't miss these {k} interviews-ready roles", f"Offer ends soon: apply to {role} roles"])
        jobs = []
        for _ in range(rng.randint(3, 6)):
            c = K.company(rng)
            jobs.append(f"{rng.choice(K.ROLES)} - {c}\n{rng.choice(['Remote', 'Hybrid', 'On-site'])} · {rng.choice(['Berlin', 'Leeds', 'Toronto', 'Lisbon', 'Austin', 'Dublin', 'Lyon', 'Madrid'])} · posted {rng.randint(1, 6)}d ago"
                        + rng.choice(["", " · Easy apply", " · Actively interviewing", " · Be an early applicant"]))
        parts = [rng.choice([f"Hi {name.split()[0]},", "", "Here are today's picks."]),
                 rng.choice(["Jobs matching your saved search:", "Based on your profile, you might like:",
                             "Fresh roles that fit what you're looking for:"])] + jobs
        foot = K.unsub(rng, board) + "\nYou're receiving job alerts because you created one. Edit or delete this alert any time."
        btn = ("See all jobs", f"https://{K.domain_of(board)}/alerts/{rng.randint(1000, 9999)}")
    elif kind < 0.8:
        c = K.company(rng)
        subj = rng.choice([f"A recruiter from {c} viewed your profile", "Someone viewed your profile",
                           f"You appeared in {rng.randint(4, 60)} searches this week",
                           f"{rng.choice(K.FIRST)} at {c} looked at your profile",
                           "Recruiters are noticing you", "Your profile got 3x more views"])
        parts = [rng.choice([f"Hi {name.split()[0]},", "Good news,"]),
                 rng.choice([f"A talent acquisition partner at {c} viewed your profile yesterday.",
                             f"Your profile was viewed by people at {c}, {K.company(rng)} and {rng.randint(2, 9)} others.",
                             "Recruiters searched for skills like yours and your profile came up.",
                             f"Someone hiring for {role} roles found you in search."]),
                 rng.choice(["Upgrade to Premium to see who it was and send them a message.",
                             "Keep your profile up to date so the right people can reach you.",
                             "Recruiters are more likely to reach out to candidates with an 'Open to work' badge.",
                             "Profiles with a photo get 14x more views."])]
        foot = K.unsub(rng, board)
        btn = rng.choice([("See who viewed you", f"https://{K.domain_of(board)}/me/views"), ("Update profile", f"https://{K.domain_of(board)}/me")])
    else:
        subj = rng.choice(["Complete your profile to get more interviews", "Your application status hasn't changed",
                           "Jobs you viewed are still open", f"Applicants like you also applied to {role} roles",
                           "You have 2 unread messages from employers (sponsored)"])
        parts = [rng.choice(["Hi,", f"Hey {name.split()[0]}!"]),
                 rng.choice(["Candidates with a complete profile are 40% more likely to be invited to interview.",
                             "The jobs you looked at last week are still accepting applications.",
                             f"Based on your recent activity, companies hiring for {role} are looking for people like you."]),
                 rng.choice(["It only takes two minutes.", "Don't let them slip away.", "Take a look before they close."])]
        foot = K.unsub(rng, board)
        btn = ("Continue", f"https://{K.domain_of(board)}/continue")
    if rng.random() < 0.6:
        html = K.html_branded(rng, board, parts, btn, foot)
        text = "" if rng.random() < 0.6 else K.text_of_html_parts(parts, btn, foot)
    else:
        html, text = None, K.text_of_html_parts(parts, btn, foot)
    return K.record(FAMILY_PREFIX, "alert", n, from_name=board + rng.choice(["", " Alerts", " Jobs"]),
                    from_addr=rng.choice(["alerts", "noreply", "jobs"]) + "@" + K.domain_of(board), to_addr=to,
                    subject=subj, body_text=text, body_html=html)


# ------------------------------------------------------------------ prep courses / webinars
PREP = ["InterviewForge", "Offerwise Academy", "PrepPilot", "Loop Coach", "The Hiring Gym", "Whiteboard Club"]
PREP_SUBJ = [
    "You're invited: live webinar on acing the final interview", "Module 3 unlocked: handling rejection",
    "Last chance: 40% off mock interviews", "Your free interview invite is waiting (webinar, Thu 6pm)",
    "Get feedback on your CV from a real recruiter", "How Maya went from 12 rejections to 2 offers",
    "Workshop tonight: salary negotiation after the offer", "Reminder: system design bootcamp starts Monday",
    "Invitation: practice interview with a FAANG engineer", "Your weekly coding challenge + feedback",
]
PREP_BODY = [
    "Join {host} live on {day} at {time} for a 60-minute session on final-round interviews: what the panel scores, how to handle the 'why should we hire you' question, and how to close strong. Seats are limited.",
    "In this module you'll learn why rejection is rarely personal, how to ask for feedback the right way, and how to keep momentum. Watch the 12-minute video and do the worksheet.",
    "Book a 45-minute mock interview with an engineer who has sat on hundreds of hiring panels. You'll get written feedback within 24 hours.",
    "Our students report 2.3x more offers after our 6-week programme. Enrolment for the spring cohort closes on {day}.",
    "Upload your CV and a certified recruiter will send you feedback on structure, keywords and impact statements. First review free.",
    "This week's challenge: design a URL shortener in 35 minutes. Submit your answer and compare with the model solution and peer feedback.",
    "We'll cover behavioural questions, STAR stories, and the three mistakes that cost candidates offers. Bring a question - we take them live.",
    "Maya had 12 rejections in three months. Then she changed how she told her stories. Read how she landed two offers in the same week.",
]


def prep(rng, n):
    brand = rng.choice(PREP)
    name, to = _seeker(rng)
    parts = [rng.choice([f"Hi {name.split()[0]},", "Hello,", f"{name.split()[0]}, quick reminder:", "Hey there 👋"]),
             K.fill(rng.choice(PREP_BODY), host=" ".join(K.person(rng)), day=K.date_phrase(rng), time=K.time_phrase(rng)),
             rng.choice(["Register here: https://{d}/live", "Start now: https://{d}/course",
                         "Use code PREP40 at checkout.", "Add it to your calendar from the link below.",
                         "Reply to this email if you have questions - a human reads them."]).replace("{d}", K.domain_of(brand)),
             rng.choice(["Cheers,", "See you there,", "Rooting for you,", "Best,"]) + f"\n{rng.choice(K.FIRST)} from {brand}"]
    foot = K.unsub(rng, brand)
    if rng.random() < 0.5:
        btn = rng.choice([("Save my seat", "#"), ("Book a mock interview", "#"), ("Continue the course", "#")])
        btn = (btn[0], f"https://{K.domain_of(brand)}/go/{rng.randint(100, 999)}")
        html = K.html_branded(rng, brand, parts, btn, foot)
        text = "" if rng.random() < 0.5 else K.text_of_html_parts(parts, btn, foot)
    else:
        html, text = None, "\n\n".join(parts) + "\n\n" + foot
    return K.record(FAMILY_PREFIX, "prep", n, from_name=brand, from_addr=f"team@{K.domain_of(brand)}", to_addr=to,
                    subject=rng.choice(PREP_SUBJ), body_text=text, body_html=html)


# ------------------------------------------------------------------ calendar reminders of booked interviews
def cal(rng, n):
    comp = K.company(rng)
    role = rng.choice(K.ROLES)
    name, to = _seeker(rng)
    day, tm = K.date_phrase(rng), K.time_phrase(rng)
    fi, la = K.person(rng)
    kind = rng.random()
    tool = rng.choice(["Calendly", "GoodTime", "Cronofy", "Google Calendar", "Outlook", "ScheduleOnce", "the ATS"])
    if kind < 0.35:
        subj = rng.choice([f"Reminder: {role} interview with {comp} tomorrow", f"Reminder: {fi} {la} and you - {day} {tm}",
                           f"Upcoming: Interview - {comp} ({tm})", f"Your interview starts in 1 hour"])
        body = (rng.choice([f"Hi {name.split()[0]},\n\n", "", "Hello,\n\n"])
                + rng.choice([f"This is a reminder that your interview for {role} at {comp} is coming up on {day} at {tm}.",
                              f"Just a reminder of your scheduled call with {fi} {la} ({comp}) on {day}, {tm}.",
                              f"Your interview with {comp} starts at {tm} today."])
                + "\n\n" + rng.choice([f"Join: https://meet.{K.domain_of(comp)}/{rng.randint(100000, 999999)}",
                                       f"Location: {comp}, {rng.randint(1, 90)} {rng.choice(['Canal St', 'Marienstraße', 'Quai de Bercy', 'Bath Rd'])}, reception on the ground floor",
                                       f"Dial-in: +44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}, PIN {rng.randint(100000, 999999)}#"])
                + "\n\n" + rng.choice(["Need to reschedule? Use the link in your original confirmation.",
                                       "If something has come up, please let us know as early as possible.",
                                       "Please arrive 10 minutes early and bring photo ID.", ""])
                + f"\n\nSent via {tool}")
    elif kind < 0.7:
        subj = rng.choice([f"Confirmed: {role} interview on {day}", f"Invitation accepted: {comp} interview @ {day} {tm}",
                           f"Booking confirmed - {fi} {la} ({comp})", f"You're booked! {comp} / {role}",
                           f"Accepted: Technical interview - {comp}"])
        body = rng.choice([
            f"You're all set. Your {rng.choice(['technical interview', 'call', 'onsite', 'chat'])} with {comp} is booked for {day} at {tm}. A calendar invite has been sent to {to}.",
            f"{name} has accepted this invitation.\n\nTechnical interview - {comp}\nWhen: {day} {tm} - {int(tm[:2].strip(':.apm') or 9) + 1}:00 (CET)\nWho: {fi} {la}, {name}",
            f"Thanks for picking a time. We've confirmed your slot on {day} at {tm}. {fi} will call you on the number you gave.",
            f"Event confirmed\n\n{role} interview with {comp}\n{day}, {tm}\nVideo call link will appear here 15 minutes before start.",
        ]) + "\n\n" + rng.choice(["Add to calendar: Google | Outlook | iCal", "Cancel or reschedule: https://cal." + K.domain_of(comp),
                                  f"Powered by {tool}", "Questions? Reply to this email."])
    else:
        subj = rng.choice([f"Re: interview {day}", f"Directions for {day}", "Parking and building access",
                           f"Agenda for your {comp} onsite", "Who you'll meet on Thursday"])
        body = (rng.choice([f"Hi {name.split()[0]},", f"Hello {name.split()[0]} -", "Hi!"]) + "\n\n"
                + rng.choice([f"Ahead of your interview on {day}, here is the agenda: {tm} intro with {fi}, then a pairing session, then a coffee with the team.",
                              f"Looking forward to seeing you on {day}. Our office is on the 4th floor; tell reception you're here for {fi} {la}.",
                              f"As promised, the names of the people you'll meet on {day}: {fi} {la} (engineering), {' '.join(K.person(rng))} (product).",
                              f"Quick practical note for {day}: visitor parking is behind the building, and the Wi-Fi code is on the card at reception."])
                + "\n\n" + rng.choice(["See you then,", "Best,", "Cheers,", "Safe travels,"]) + f"\n{fi}\n{comp}")
    return K.record(FAMILY_PREFIX, "cal", n, from_name=rng.choice([f"{fi} {la}", f"{comp} Recruiting", tool, f"{fi} {la} via {tool}"]),
                    from_addr=rng.choice([K.addr(fi, la, K.domain_of(comp), rng), "no-reply@" + rng.choice(K.ATS_RELAYS)]),
                    to_addr=to, subject=subj, body_text=body, company=comp)


# ------------------------------------------------------------------ surveys after an interview
def survey(rng, n):
    comp = K.company(rng)
    name, to = _seeker(rng)
    relay = rng.choice(K.ATS_RELAYS)
    subj = rng.choice([f"How did your interview with {comp} go?", f"{comp} wants your feedback",
                       "Tell us about your interview experience", f"Quick survey: your {comp} interview",
                       "Rate your candidate experience (2 min)", f"Feedback request from {comp} Talent"])
    parts = [rng.choice([f"Hi {name.split()[0]},", "Hello,", f"Dear {name},"]),
             rng.choice([f"Thank you for interviewing with {comp} recently. We'd love to hear how it went for you.",
                         f"You recently met with the {comp} team. How was the experience?",
                         f"At {comp}, we want every candidate to have a good experience, whatever the outcome.",
                         f"Your opinion helps {comp} improve how we interview."]),
             rng.choice(["The survey takes two minutes and is anonymous. Your answers will not affect your application.",
                         "On a scale of 0-10, how likely are you to recommend applying to us to a friend?",
                         "Answers are shared with the recruiting team in aggregate only and have no bearing on any hiring decision.",
                         "Please rate the scheduling, the interviewers' preparation and the clarity of the process."]),
             rng.choice(["Thank you!", "We appreciate it.", "Thanks for your time,"]) + f"\n{comp} Candidate Experience"]
    foot = f"This survey is run by {rng.choice(['Survale', 'Candidly', 'Loopback', 'Pulsecheck'])} on behalf of {comp}."
    btn = ("Start the survey", f"https://{relay}/s/{rng.randint(10000, 99999)}")
    if rng.random() < 0.65:
        html = K.html_branded(rng, comp, parts, btn, foot)
        text = "" if rng.random() < 0.5 else K.text_of_html_parts(parts, btn, foot)
    else:
        html, text = None, K.text_of_html_parts(parts, btn, foot)
    return K.record(FAMILY_PREFIX, "survey", n, from_name=f"{comp} via {relay.split('.')[1].title()}" if rng.random() < 0.5 else comp,
                    from_addr=f"survey@{relay}", to_addr=to, subject=subj, body_text=text, body_html=html, company=comp)


# ------------------------------------------------------------------ scams imitating offers
def scam(rng, n):
    name, to = _seeker(rng)
    fake = rng.choice(["Global Staffing Partners", "Amazon HR Dept", "Remote Data Solutions", "PrimeWork International",
                       "Talent Recruitment Team", "HR Department"])
    fi, la = K.person(rng)
    role = rng.choice(["Remote Data Entry Clerk", "Virtual Assistant", "Customer Service Rep (Remote)", "Payroll Assistant",
                       "Product Tester", "Administrative Assistant"])
    pay = rng.choice(["$45/hour", "$38 per hour", "$1,200 weekly", "£900 per week"])
    lines = [
        rng.choice([f"Dear {name.split()[0]},", "Dear Applicant,", "Hello Candidate,", f"Good day {name},"]),
        rng.choice([f"Congratulations!! After reviewing your resume on the job board, you have been selected for the position of {role} with a salary of {pay}.",
                    f"We are pleased to offer you the {role} position. This is a work-from-home job paying {pay}.",
                    f"Your profile has been shortlisted and approved for our {role} role ({pay}, flexible hours).",
                    f"OFFER LETTER: You have been hired as {role}. Starting pay {pay}, training provided."]),
        rng.choice(["To get started you will need to purchase equipment (laptop, printer, software) from our approved vendor. We will send you a check to cover the cost.",
                    "Kindly add our hiring manager on Telegram for your online interview: @" + fi.lower() + "_hr" + str(rng.randint(10, 99)),
                    f"Please download WhatsApp and message Mr. {la} on +1 ({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)} for onboarding.",
                    "A cheque of $2,850 will be mailed to you. Deposit it and transfer the balance to the equipment supplier.",
                    "Reply with your full name, address, date of birth and bank details to set up direct deposit."]),
        rng.choice(["This offer is valid for 24 hours only.", "Respond ASAP as positions are limited!!",
                    "NOTE: no interview is required.", "Do not share this offer with anyone."]),
        rng.choice(["Regards,", "Best Regard,", "Sincerely,"]) + f"\n{fi} {la}\n{fake}",
    ]
    text = "\n\n".join(lines)
    return K.record(FAMILY_PREFIX, "scam", n, from_name=rng.choice([fake, f"{fi} {la}", "HR Manager"]),
                    from_addr=rng.choice([f"{fi.lower()}.{la.lower()}{rng.randint(1, 99)}@gmail.com", f"hr.dept{rng.randint(100, 999)}@outlook.com",
                                          f"careers@{rng.choice(['amaz0n-jobs', 'remote-hire-now', 'staffing-global'])}.com"]),
                    to_addr=to, subject=rng.choice(["Job Offer", f"Congratulations - {role}", "OFFER LETTER !!", "Your application was approved",
                                                     f"Re: {role} position", "Employment Offer - Immediate Start"]),
                    body_text=K.typo(rng, text, 0.03))


# ------------------------------------------------------------------ the user's current job
def work(rng, n):
    name, to = _seeker(rng)
    emp = K.company(rng)
    dom = K.domain_of(emp)
    to = name.split()[0].lower() + "@" + dom
    fi, la = K.person(rng)
    cand = " ".join(K.person(rng))
    role = rng.choice(K.ROLES)
    day, tm = K.date_phrase(rng), K.time_phrase(rng)
    kind = rng.random()
    if kind < 0.4:
        subj = rng.choice([f"Can you interview someone {day}?", f"Interview panel: {cand} ({role})", "Need a second interviewer",
                           f"Invitation: {cand} - technical interview", f"Panel for {role} finalists"])
        body = (rng.choice([f"Hi {name.split()[0]},", f"Hey {name.split()[0]}", "Hi,"]) + "\n\n"
                + rng.choice([f"Would you be able to sit in on an interview with {cand} for the {role} role on {day} at {tm}? You'd cover the coding part, 45 minutes.",
                              f"We've got a strong candidate for {role} coming in {day}. Could you do the system design round? I've put a hold in your calendar.",
                              f"I need one more person for the panel on {day}. Candidate is {cand}, very strong CV. Free at {tm}?",
                              f"Could you interview {cand} on {day}? Scorecard template is in the ATS, please submit it the same day.",
                              f"Shadowing opportunity: {fi} is running the {role} loop for {cand} on {day} and you could reverse-shadow the behavioural round.",
                              f"The candidate for the {role} role has asked to meet someone from the team informally. Would you grab a coffee with {cand} on {day}?"])
                + "\n\n" + rng.choice(["Thanks a lot!", "Let me know, thanks", "Much appreciated.", "Cheers"])
                + f"\n{fi}" + rng.choice(["", f"\n{fi} {la} | Talent Acquisition | {emp}"]))
    elif kind < 0.75:
        subj = rng.choice([f"New application: {cand} - {role}", f"{rng.randint(3, 19)} new candidates to review",
                           f"Scorecard due: {cand}", f"Reminder: submit feedback for {cand}", f"{cand} moved to Onsite"])
        body = rng.choice([
            f"{cand} applied for {role} (Req #{rng.randint(1000, 9999)}).\n\nYou are listed as a reviewer. Please review the application and decide whether to advance or reject.\n\nReview in {rng.choice(['Greenhouse', 'Lever', 'Teamtailor', 'Workable', 'the ATS'])}: https://{dom}/ats/app/{rng.randint(10000, 99999)}",
            f"Hi {name.split()[0]},\n\nYou interviewed {cand} on {day}. Your scorecard is overdue. Hiring managers can't make a decision until all feedback is in.\n\nSubmit feedback: https://ats.{dom}/scorecards",
            f"{rng.randint(3, 19)} candidates are waiting for review in the {role} pipeline. The oldest has been waiting {rng.randint(4, 12)} days.\n\nOpen pipeline",
            f"{cand} has been moved to the Onsite stage by {fi} {la}. You are on the interview panel. Interview kit and questions are attached to the candidate profile.",
        ]) + "\n\n— Sent from your company's recruiting system. Do not forward candidate data outside " + emp + "."
    else:
        subj = rng.choice(["Debrief: " + cand, "Hiring sync notes", f"Offer approval for {cand}", f"Re: {role} candidates",
                           "Rejection templates - please review"])
        body = (rng.choice([f"Hi all,", f"Hi {name.split()[0]},", "Team,"]) + "\n\n"
                + rng.choice([f"Thanks for the interviews yesterday. Consensus is to extend an offer to {cand}; I'll draft it. Please don't share with the candidate yet.",
                              f"We decided not to move forward with {cand} - strong on coding, weaker on communication. I'll send the rejection on Friday.",
                              f"Can you look at the new rejection and interview-invite templates before we switch ATS? I've tried to make them less robotic.",
                              f"Notes from the hiring sync: two finalists for {role}, offer going to one of them by {day}. Feedback from your round was really useful."])
                + "\n\n" + f"{fi}")
    return K.record(FAMILY_PREFIX, "work", n, from_name=rng.choice([f"{fi} {la}", f"{emp} Recruiting", "ATS Notifications"]),
                    from_addr=K.addr(fi, la, dom, rng), to_addr=to, subject=subj, body_text=body)


# ------------------------------------------------------------------ rejections that are not about jobs
LIFE = [
    ("Your flat application - Bergstraße 14", "Dear {name},\n\nthank you for your interest in the 2-room flat at Bergstraße 14 and for coming to the viewing. Unfortunately the landlord has decided to let the flat to another applicant.\n\nWe wish you every success in your search.\n\nKind regards\n{sig}\nLettings team"),
    ("Re: viewing on Saturday", "Hi {first},\n\nsorry, the room has gone. The owner picked someone who can move in earlier. Good luck with the search!\n\n{sig}"),
    ("Visa appointment - request declined", "Dear applicant,\n\nYour request for an appointment at the visa section could not be accommodated. No slots are available for the selected category. Please try again next month.\n\nThis is an automated message. Do not reply."),
    ("Decision on your grant application", "Dear {name},\n\nThank you for submitting your proposal to the {org} Small Grants scheme. We received many excellent applications and, regrettably, we are unable to fund your project in this round.\n\nReviewer comments are available in the portal.\n\n{sig}\nGrants Officer"),
    ("Decision on manuscript JDS-2026-{num}", "Dear Dr {last},\n\nI regret to inform you that your manuscript has not been accepted for publication. The reviewers felt that the contribution was incremental; their comments are below.\n\nReviewer 1: The methods section lacks detail...\n\nSincerely,\n{sig}\nHandling Editor"),
    ("Your talk proposal for {org}Conf", "Hi {first},\n\nthanks so much for submitting \"{talk}\". We had over 600 proposals for 40 slots, and sadly yours didn't make the cut this year. We'd love to see you there anyway - here's a 20% discount code.\n\n{sig}\nProgramme committee"),
    ("Membership application", "Dear {name},\n\nThe committee of the {org} Rowing Club has considered your application for full membership. As the club is at capacity, we are unable to offer you a place at this time; you have been added to the waiting list.\n\nYours sincerely,\n{sig}\nHon. Secretary"),
    ("About your credit card application", "Dear {name},\n\nThank you for applying for the {org} Platinum card. After careful review, we are unable to approve your application at this time. This decision was based in part on information from a credit reference agency.\n\nYou have the right to request a copy of your credit report."),
    ("Your mortgage pre-approval", "Hi {first},\n\nunfortunately the lender has declined the pre-approval on the current numbers. Let's talk Thursday about options.\n\n{sig}"),
    ("School place allocation", "Dear parent/carer,\n\nWe are unable to offer a place at your first-preference school. A place has been offered at your second preference. You may appeal this decision within 20 school days."),
    ("Your loan application", "We're sorry - we couldn't approve your personal loan application right now. You can reapply in 90 days. This won't affect any existing products you hold with us."),
    ("Decision: MSc admission", "Dear {name},\n\nThank you for applying to the MSc in Urban Data Science. After careful consideration, the admissions committee is unable to offer you a place for the coming year.\n\nGraduate Admissions"),
]
LIFE += [
    ("Re: the room on {org} Road", "hey {first}, thanks for coming round yesterday! we really liked you but we've gone with someone who was already friends with Sam, sorry :( hope you find somewhere soon\n\n{sig}"),
    ("Your nomination for the {org} Award", "Dear {name},\n\nThank you for your submission to this year's {org} Innovation Award. The judging panel has now met, and we regret that your entry has not been shortlisted. Over 300 entries were received.\n\nWith best wishes,\n{sig}\nAwards Secretariat"),
    ("Paper #{num} notification", "Dear {name},\n\nWe regret to inform you that your submission #{num}, \"{talk}\", was not accepted to the {org} Workshop. Reviews are available in the submission system. The acceptance rate this year was 24%.\n\nProgram Chairs"),
    ("Your rental application - outcome", "Hi {first},\n\nThanks for applying for Unit 4, {num} {org} St. Unfortunately your application was unsuccessful on this occasion. The landlord selected an applicant with a longer rental history.\n\nKind regards,\n{sig}\nProperty Manager"),
    ("Allotment waiting list", "Dear {name},\n\nThank you for your application for an allotment plot. All plots are currently let, and there are 38 people ahead of you on the waiting list.\n\n{sig}, {org} Allotment Society"),
    ("Residence permit appointment", "Dear {name},\n\nUnfortunately we cannot confirm your requested appointment on the selected date. Please book a new slot online. Bring your passport and the completed form to your appointment.\n\nImmigration Office"),
    ("Re: volunteering application", "Hi {first},\n\nThanks so much for offering to help at the festival! We've had an amazing response and all the volunteer spots are full for this year. We'll get in touch first next year.\n\n{sig}"),
    ("Limit increase request", "Hi {first}, we've reviewed your request to increase your credit limit and aren't able to approve it at the moment. You can ask again in 6 months.\n\n{org} Card"),
]
LIFE_INTL = [
    ("de", "Absage Wohnung Lindenweg 7", "Sehr geehrte/r {name},\n\nvielen Dank für Ihr Interesse an der Wohnung im Lindenweg 7. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.\n\nMit freundlichen Grüßen\n{sig}\nHausverwaltung"),
    ("de", "Ihr Antrag auf Mitgliedschaft", "Hallo {first},\n\nleider ist unser Verein derzeit voll, wir können dich erst im Herbst aufnehmen. Du stehst auf der Warteliste.\n\nSportliche Grüße\n{sig}"),
    ("fr", "Votre dossier de location", "Bonjour {first},\n\nNous vous remercions pour votre dossier concernant l'appartement rue des Tanneurs. Malheureusement, le propriétaire a retenu une autre candidature.\n\nCordialement,\n{sig}\nAgence immobilière"),
    ("fr", "Réponse à votre demande de subvention", "Madame, Monsieur,\n\nNous avons le regret de vous informer que votre demande de subvention n'a pas été retenue par la commission.\n\nVeuillez agréer nos salutations distinguées."),
    ("es", "Solicitud de piso - calle Alcalá", "Hola {first}:\n\nGracias por visitar el piso. Lamentablemente el propietario ha elegido a otro inquilino. Te avisaremos si sale algo parecido.\n\nUn saludo,\n{sig}"),
    ("es", "Resolución de su solicitud de tarjeta", "Estimado/a cliente:\n\nLe informamos de que su solicitud de tarjeta de crédito no ha sido aprobada en este momento.\n\nAtentamente,\nDepartamento de Riesgos"),
]


LIFE_CATS = {
    "flat": dict(
        subj=["Your application for the flat at {street}", "Re: viewing on {wd}", "{street} - update", "Flat {num}, {street}", "Re: the room"],
        open=["Thank you for viewing the flat at {street}{comma} and for sending your documents so quickly.", "thanks for coming round on {wd}, it was nice to meet you.",
              "Thank you for your interest in the property at {street}.", "Many thanks for your application for the 2-bedroom flat."],
        dec=["Unfortunately the landlord has decided to go with another applicant.", "sadly the room has gone to someone who can move in earlier.",
             "I'm sorry to say the owner has accepted another offer.", "The property has now been let, so we're unable to progress your application.",
             "we've picked someone else in the end - it was really close though!"],
        extra=["Good luck with the search!", "We'll let you know if something similar comes up.", "Please feel free to look at our other listings.", ""]),
    "visa": dict(
        subj=["Appointment request declined", "Your appointment - {org} consulate", "Visa application: status update", "Booking not possible"],
        open=["Dear applicant,", "Thank you for your request.", "Reference {num}-{num2}."],
        dec=["Your appointment request could not be accommodated because no slots are available in the selected category.",
             "Your visa application has been refused. The reasons are set out in the attached letter.",
             "Unfortunately we are unable to offer you an appointment on the requested date."],
        extra=["Please try again when new slots are released on the first working day of the month.", "You may submit a new application at any time.",
               "This is an automated message; replies are not read."]),
    "academic": dict(
        subj=["Decision on your submission #{num}", "{org} Conference: notification", "Manuscript {num} - decision", "Your grant application ({org} Fund)",
              "Talk proposal: \"{talk}\""],
        open=["Thank you for submitting your work to us.", "On behalf of the programme committee, thank you for your proposal.",
              "Thank you for your application to the {org} Fund.", "We have now received the reviewers' reports on your manuscript."],
        dec=["Regrettably, your submission has not been accepted.", "I'm sorry to tell you that your talk wasn't selected this year.",
             "We are unable to fund your project in this round.", "The editors have decided to decline the paper; the reviewers felt the contribution was too incremental.",
             "Unfortunately it didn't make the final programme - we had over 500 proposals for 40 slots."],
        extra=["Reviews are available in the submission system.", "We hope to see you at the event anyway - here's a discount code: SPEAKER20.",
               "The acceptance rate was {num2}%.", "You are welcome to resubmit a revised version in the next call."]),
    "money": dict(
        subj=["About your credit card application", "Your loan application", "Update on your mortgage application", "Limit increase request"],
        open=["Thank you for applying with {org} Bank.", "We've finished reviewing your application.", "Thanks for your request."],
        dec=["We're unable to approve your application at this time.", "Unfortunately we can't offer you this product right now.",
             "Your request has been declined."],
        extra=["This decision was based in part on information from a credit reference agency.", "You can reapply in 90 days.",
               "This won't affect any accounts you already hold with us.", "You can ask for a copy of your credit report at any time."]),
    "club": dict(
        subj=["Membership application", "Your application to join {org}", "Waiting list", "Re: volunteering"],
        open=["Thank you for your application to join the {org} Rowing Club.", "Thanks so much for offering to volunteer with us!",
              "The committee has considered your application."],
        dec=["As the club is full, we are unable to offer you membership at this time.", "All volunteer places for this year are taken, I'm afraid.",
             "We cannot offer you a place at the moment; you have been added to the waiting list."],
        extra=["We'll contact you when a place becomes available.", "We'll get in touch first next year.", "There are {num2} people ahead of you on the list."]),
    "school": dict(
        subj=["Decision: MSc admission", "School place allocation", "Your application to the {org} summer school"],
        open=["Dear applicant,", "Thank you for applying.", "Thank you for your interest in our programme."],
        dec=["After careful consideration, the admissions committee is unable to offer you a place.", "We are unable to offer a place at your first-preference school.",
             "Unfortunately we could not offer you a place this year due to the high number of applications."],
        extra=["You may appeal this decision within 20 school days.", "We encourage you to apply again next year.", ""]),
}


LIFE_INTL += [
    ("de", "Ihre Anfrage zur Besichtigung", "Hallo {first},\n\ndie Wohnung in der Gartenstraße ist leider schon vergeben. Wir haben Sie aber in unseren Verteiler aufgenommen.\n\nBeste Grüße\n{sig}"),
    ("de", "Ihr Kreditantrag Nr. {num}", "Sehr geehrte/r {name},\n\nnach Prüfung Ihrer Unterlagen können wir Ihrem Kreditantrag derzeit leider nicht entsprechen.\n\nIhre {org} Bank"),
    ("fr", "Votre proposition de conférence", "Bonjour {first},\n\nMerci pour votre proposition « {talk} ». Le comité a reçu plus de 300 propositions et la vôtre n'a malheureusement pas été retenue cette année.\n\nL'équipe {org}"),
    ("es", "Tu solicitud de socio", "Hola {first}:\n\nGracias por querer unirte al club {org}. Ahora mismo no tenemos plazas libres; te hemos apuntado en la lista de espera (puesto {num2}).\n\n{sig}"),
    ("es", "Cita previa - no disponible", "Estimado/a {name}:\n\nNo hay citas disponibles para el trámite seleccionado. Inténtelo de nuevo la próxima semana.\n\nEste es un mensaje automático."),
]
LIFE_TAIL = {"de": ["", "\n\nAz.: {num}-{num2}", "\n\nDiese Nachricht wurde automatisch erstellt."],
             "fr": ["", "\n\nRéf. : {num}/{num2}", "\n\nMerci de ne pas répondre à ce message."],
             "es": ["", "\n\nRef.: {num}-{num2}", "\n\nPor favor, no responda a este correo."]}


def life(rng, n):
    name, to = _seeker(rng)
    fi, la = K.person(rng)
    org = rng.choice(["Riverside", "Norland", "Brightwell", "Castlemere", "Aurora", "Harbourside", "Kingsmead", "Vale"])
    kw = dict(name=name, first=name.split()[0], last=name.split()[-1], sig=f"{fi} {la}", org=org, num=rng.randint(100, 999),
              num2=rng.randint(11, 39), wd=rng.choice(K.DAYS), comma=rng.choice(["", ","]),
              street=f"{rng.randint(2, 140)} {rng.choice(['Albert Rd', 'Mill Lane', 'Weaver St', 'Ropewalk', 'Park Terrace', 'Canal View'])}",
              talk=rng.choice(["Boring pipelines that never page", "What we learned migrating 40 services", "Accessibility is a backend problem too",
                               "Tiny models, big wins", "Postmortems people actually read"]))
    if rng.random() < 0.3:
        lang, subj, body = rng.choice(LIFE_INTL)
        subj, body = K.fill(subj, **kw), K.fill(body + rng.choice(LIFE_TAIL[lang]), **kw)
    else:
        lang = "en"
        cat = LIFE_CATS[rng.choice(list(LIFE_CATS))]
        subj = K.fill(rng.choice(cat["subj"]), **kw)
        casual = rng.random() < 0.35
        greet = rng.choice([f"Hi {kw['first']},", f"hey {kw['first']}", "Hello,"] if casual else [f"Dear {name},", f"Dear {kw['first']},", "Dear applicant,"])
        parts = [rng.choice(cat["open"]), rng.choice(cat["dec"]), rng.choice(cat["extra"])]
        if rng.random() < 0.4:
            parts[0], parts[1] = parts[0] + " " + parts[1], ""
        close = rng.choice(["Kind regards,", "Best wishes,", "Yours sincerely,", "cheers", "Best,", ""])
        body = greet + "\n\n" + "\n\n".join(K.fill(p, **kw) for p in parts if p) + ("\n\n" + close + "\n" + kw["sig"] if close else "")
        if casual:
            body = K.typo(rng, body, 0.04)
    return K.record(FAMILY_PREFIX, "life", n, lang=lang, from_name=rng.choice([f"{fi} {la}", org, f"{org} {rng.choice(['Lettings', 'Bank', 'Admissions', 'Team'])}"]),
                    from_addr=K.addr(fi, la, K.domain_of(org + rng.choice(['homes', 'bank', 'org', 'club'])), rng),
                    to_addr=to, subject=subj, body_text=body)


# ------------------------------------------------------------------ shops
SHOPS = ["Northfold Outdoor", "Bellamy & Co", "Pixelcrate", "Kaffeehaus Direkt", "Maison Lune", "Tienda Verde", "Runwell", "Deskhaven"]


def shop(rng, n):
    brand = rng.choice(SHOPS)
    name, to = _seeker(rng)
    lang = rng.choices(["en", "de", "fr", "es"], [0.78, 0.08, 0.07, 0.07])[0]
    pc = rng.choice([15, 20, 25, 30, 40, 50])
    if lang == "en":
        subj = rng.choice([f"An exclusive offer just for you, {name.split()[0]}", f"Your {pc}% offer expires tonight",
                           "We've accepted your return", "Interview-ready outfits from £29", "Offer extended: free shipping",
                           "Your feedback matters - rate your recent order", "Congratulations! You've been selected for early access"])
        parts = [rng.choice([f"Hi {name.split()[0]},", "Hello!", ""]),
                 rng.choice([f"As one of our best customers, you get {pc}% off everything this weekend.",
                             "Dress for the interview you want: blazers, shirts and shoes that mean business.",
                             "Our standing desks are back in stock, and for 48 hours they're cheaper than ever.",
                             "How did we do? Tell us about your last order and get 10% off the next one.",
                             f"You've been selected for early access to the sale. Use code EARLY{pc} at checkout."]),
                 rng.choice(["Offer valid until midnight Sunday. Exclusions apply.", "While stocks last.", "Terms apply."])]
    elif lang == "de":
        subj = f"Nur für dich: {pc}% Rabatt"
        parts = [f"Hallo {name.split()[0]},", f"unser exklusives Angebot: {pc}% auf alles, nur bis Sonntag.", "Jetzt shoppen!"]
    elif lang == "fr":
        subj = f"Offre exclusive : -{pc}% ce week-end"
        parts = ["Bonjour,", f"Profitez de -{pc}% sur toute la collection avec le code WEEKEND.", "Offre valable jusqu'à dimanche minuit."]
    else:
        subj = f"Oferta exclusiva: {pc}% de descuento"
        parts = [f"Hola {name.split()[0]}:", f"Solo este fin de semana, {pc}% de descuento en toda la tienda.", "¡No te lo pierdas!"]
    foot = K.unsub(rng, brand)
    btn = (rng.choice(["Shop now", "Jetzt ansehen" if lang == "de" else "Shop the sale", "Claim offer"]), f"https://{K.domain_of(brand)}/sale")
    html = K.html_branded(rng, brand, parts, btn, foot)
    text = "" if rng.random() < 0.6 else K.text_of_html_parts(parts, btn, foot)
    return K.record(FAMILY_PREFIX, "shop", n, lang=lang, from_name=brand, from_addr=f"offers@{K.domain_of(brand)}", to_addr=to,
                    subject=subj, body_text=text, body_html=html)


# ------------------------------------------------------------------ bounces and auto-replies
APPLY_TXT = [
    "Dear Hiring Team,\n\nplease find attached my application for the {role} position. I have {y} years of experience in the field and would be glad to talk.\n\nBest regards,\n{me}",
    "Hello {hr},\n\nI'm writing to apply for the {role} role advertised on your website. My CV is attached.\n\nKind regards,\n{me}",
    "Hi {hr},\n\nfollowing up on my application for {role} from two weeks ago - is there any update?\n\nThanks,\n{me}",
]


def bounce(rng, n):
    comp = K.company(rng)
    dom = K.domain_of(comp)
    name, to = _seeker(rng)
    fi, la = K.person(rng)
    role = rng.choice(K.ROLES)
    orig = K.fill(rng.choice(APPLY_TXT), role=role, y=rng.randint(2, 11), me=name, hr=fi)
    if rng.random() < 0.4:
        subj = rng.choice(["Undeliverable: Application - " + role, "Delivery Status Notification (Failure)",
                           "Mail delivery failed: returning message to sender", "Returned mail: see transcript for details"])
        body = (rng.choice([f"Your message to jobs@{dom} couldn't be delivered.\n\njobs wasn't found at {dom}.",
                            f"This is the mail system at host mx{rng.randint(1, 4)}.{dom}.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<careers@{dom}>: host said: 550 5.1.1 User unknown",
                            f"Delivery has failed to these recipients or groups:\n\n{fi.lower()}.{la.lower()}@{dom}\nThe recipient's mailbox is full and can't accept messages now."])
                + "\n\n----- Original message -----\n\n" + orig)
        return K.record(FAMILY_PREFIX, "bounce", n, from_name="Mail Delivery Subsystem", from_addr=f"mailer-daemon@{rng.choice(['googlemail.com', 'fastmail.com', 'outlook.com'])}",
                        to_addr=to, subject=subj, body_text=body)
    lang = rng.choices(["en", "de", "fr", "es"], [0.82, 0.08, 0.05, 0.05])[0]
    ooo = {
        "en": rng.choice([f"Thanks for your email. I'm out of the office until {K.date_phrase(rng)} with limited access to email. For urgent recruiting matters please contact talent@{dom}.",
                          f"Hi, I'm on parental leave until the end of the month. Your message has not been forwarded. For open roles at {comp}, please write to careers@{dom}.",
                          "I am currently travelling and will reply when I'm back. Thank you for your patience.",
                          f"Thank you for contacting {comp} Talent Acquisition. This mailbox is monitored twice a week; we aim to respond within 5 working days."]),
        "de": f"Vielen Dank für Ihre Nachricht. Ich bin bis {rng.randint(2, 28)}.{rng.randint(1, 12)}. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an personal@{dom}.",
        "fr": f"Bonjour,\n\nJe suis absente jusqu'au {rng.randint(2, 28)}/{rng.randint(1, 12)}. Pour toute question concernant le recrutement, merci d'écrire à rh@{dom}.",
        "es": f"Gracias por su mensaje. Estaré fuera de la oficina hasta el {rng.randint(2, 28)} de {rng.choice(['marzo', 'mayo', 'octubre'])}. Para asuntos urgentes, escriba a rrhh@{dom}.",
    }[lang]
    subj = {"en": "Automatic reply: ", "de": "Abwesenheitsnotiz: ", "fr": "Réponse automatique : ", "es": "Respuesta automática: "}[lang]
    subj += rng.choice([f"Application - {role}", f"{role} application", "Following up", f"{role} – {name}"])
    body = ooo + (K.quote(rng, orig, name, to) if rng.random() < 0.4 else "")
    return K.record(FAMILY_PREFIX, "bounce", n, lang=lang, from_name=f"{fi} {la}", from_addr=K.addr(fi, la, dom, rng), to_addr=to,
                    subject=subj, body_text=body, company=comp)


# ------------------------------------------------------------------ friends and mentors
FRIEND = [
    "omg final round!!! ok so remember what we practised: slow down, ask them what they'd want from you in 6 months",
    "Just checking - is the interview Tues or Weds? I want to send you a good luck text at the right time haha",
    "My cousin interviewed at {comp} last year and said the panel was really friendly. Don't stress!",
    "I know the {comp} thing stung. Want to come over Friday? I'll cook, we won't talk about jobs",
    "You left your umbrella here after the mock interview on Sunday, fyi. also you were great",
    "Ha, they asked you THAT? Classic. Bet you handled it better than you think",
    "Good luck for Tuesday's interview!! You've got this. Drinks after either way?",
    "how did it go?? tell me everything. did they ask the weird puzzle question",
    "Hey, just saw your message about the rejection from {comp}. Their loss honestly. Want to grab lunch this week?",
    "Thinking of you today - knock 'em dead at {comp}. Remember to breathe and ask them questions back.",
    "I heard back from my friend who works at {comp} - she says the team is lovely and the final round is mostly about how you explain trade-offs. Hope that helps for Thursday.",
    "Congrats on getting to the final round! Mum says she's lighting a candle for you lol",
    "So proud of you for even applying. Whatever they decide, you did the hard part.",
    "Did you hear back yet? I've been refreshing my own inbox on your behalf.",
    "Re the offer question: honestly I'd wait to see what {comp} says before you accept anything else.",
]
MENTOR = [
    "Thanks for sending over your notes from the {comp} interview. Two thoughts: your answer on the outage story was strong, but you could cut the first two minutes of context. And ask them more about the team - you had time left over.\n\nHappy to do a mock round next week if useful.",
    "Sorry to hear about the rejection. It happens to everyone, including me twice last year. If you forward me what they said, I'll help you read it and plan the next applications.",
    "For the system design round on Friday, I'd practise drawing the data flow first and only then picking technologies. You tend to jump to Kafka too quickly :)",
    "I can be a reference for you - just give them my email. And well done on getting this far with {comp}.",
    "Your CV looks much sharper now. I'd still move the leadership bit higher up for the manager roles.",
]


def friends(rng, n):
    name, to = _seeker(rng)
    fi, la = K.person(rng)
    comp = K.company(rng)
    if rng.random() < 0.6:
        body = K.fill(rng.choice(FRIEND), comp=comp)
        body = rng.choice([f"{name.split()[0]}!!\n\n", f"hey {name.split()[0].lower()}\n\n", ""]) + body + rng.choice(["\n\nx", f"\n\n{fi}", "\n\nSent from my phone", f"\n\n- {fi.lower()}"])
        body = K.typo(rng, body, 0.05)
        subj = rng.choice(["good luck!!", "tuesday", "Re: interview", "how did it go", "thinking of you", "🤞", "Re: ugh",
                           "Re: Saturday plans", f"{comp}??"])
    else:
        body = (rng.choice([f"Hi {name.split()[0]},", f"Dear {name.split()[0]},", f"{name.split()[0]} -"]) + "\n\n"
                + K.fill(rng.choice(MENTOR), comp=comp) + "\n\n" + rng.choice(["Best,", "Warmly,", "Cheers,", "All the best,"]) + f"\n{fi}")
        subj = rng.choice(["Re: notes from my interview", "Re: feedback on my interview?", "Mentoring follow-up", "Re: rejected :(",
                           "Re: reference?", "Your CV", "Prep for Friday"])
    if subj.startswith("Re:") and rng.random() < 0.6:
        mine = rng.choice(["Interview went okay I think? Not sure about the last question.", "Got rejected from " + comp + " today. Oh well.",
                           "Could you look at my interview notes when you have a minute?", "Final round tomorrow, super nervous."])
        body += K.quote(rng, mine + "\n\n" + name.split()[0], name, to)
    return K.record(FAMILY_PREFIX, "friends", n, from_name=f"{fi} {la}", from_addr=K.addr(fi, la, rng.choice(["gmail.com", "icloud.com", "web.de", "yahoo.co.uk", "hotmail.fr"]), rng),
                    to_addr=to, subject=subj, body_text=body)


PLAN = [(news, 24), (news_intl, 8), (alert, 32), (prep, 22), (cal, 30), (survey, 20), (scam, 20), (work, 26),
        (life, 34), (shop, 18), (bounce, 22), (friends, 26)]


def generate(rng):
    n = 0
    for fn, k in PLAN:
        for _ in range(k):
            n += 1
            yield fn(rng, n)
