"""w34 banks for mail that decides nothing (and for the candidate's Sent mail).

Same European English as _w34_say: status pings that promise "a feedback", reminders of booked
talks, newsletters about Absagen, rejections of flats and master programmes, fake job offers,
and the candidate's own replies.
"""

from __future__ import annotations

# ------------------------------------------------------------------ employer mail without a decision
STATUS = [
    "I inform you that your candidature is still in evaluation. We will give you a feedback in the next two weeks.",
    "your application is still in our selection process. Unfortunately the decision takes more time than foreseen, because some colleagues are on holidays.",
    "I want only to tell you that we did not forget you. The department has not yet finished the evaluation of the candidates.",
    "we are still in the phase of the first interviews with other candidates. As soon as we have a result, we come back to you.",
    "the process for the position {role} is still open. Please be patient some more days, the final decision is foreseen for {date}.",
    "at the moment your documents are by the head of department. I will give you news latest at the end of the month.",
    "there is no news yet about the position, the management meeting was moved. I keep you informed.",
]
STATUS_SUBJ = ["Status of your application", "Your candidature – state of the process", "Short information",
               "Re: Any news?", "Interim notice / Zwischennachricht", "Your application {ref} – still in progress",
               "Point de situation – {role}", "Update on the selection"]

REMIND = [
    "I remind you of our appointment tomorrow, {slot}, in our office in {city}. Please announce yourself at the reception.",
    "just a small reminder for our video call on {slot}. The link is the same as in the invitation.",
    "this is a reminder of your interview on {slot}. If you are late, please call {phone}.",
    "as agreed, we see us on {slot}. Participants are {boss} and me. Please remember your identity document.",
    "we are looking forward to our meeting on {slot}. Parking is possible in front of building B.",
]
REMIND_SUBJ = ["Reminder: interview tomorrow", "Erinnerung: Termin am {date}", "Rappel – entretien du {date}",
               "Reminder – our talk on {date}", "Promemoria colloquio", "See you tomorrow", "Herinnering afspraak"]

CONFIRM = [
    "thank you for choosing a slot. I confirm you the interview on {slot}.",
    "perfect, then we fix the appointment on {slot}. You will receive the invitation for Teams separately.",
    "thank you for your quick answer, the date is confirmed. We are happy to meet you.",
    "I confirm you the booking: {slot}, in {city}. See you then!",
    "very good, {slot} is noted in the calendar of {boss}.",
]
CONFIRM_SUBJ = ["Confirmation of the appointment", "Re: Invitation to a personal talk", "Interview confirmed",
                "Terminbestätigung", "Confirmation rendez-vous", "Re: Proposal for a meeting"]

THANKS_TODAY = [
    "thank you for the nice talk today and for the time you took for us. We will discuss internally and come back to you latest next week.",
    "many thanks for your visit in {city} today. It was a pleasure to get to know you. We have still two other interviews and then we will give you an answer.",
    "thank you for the interesting exchange this morning. I forward my notes to {boss} and we contact you in the next days.",
    "thanks again for coming today, also for the long travel. You will hear from us soon.",
    "it was a pleasure to speak with you today. The team will meet on {date} to take the decision.",
]
THANKS_SUBJ = ["Thank you for your visit", "Our talk today", "Re: Interview today", "Thanks for today",
               "Merci pour l'échange", "Grazie per il colloquio"]

PROFILE = [
    "your profile in our career portal is not yet complete. To be considered for our positions, please upload your CV and complete the section about languages.",
    "we noticed that you started an application for {role} but you did not finish it. Your data will be kept 30 days.",
    "please complete your candidate profile with your salary expectation and the date of availability, otherwise the department cannot evaluate it.",
    "one document is missing in your application: please upload your last work certificate (Arbeitszeugnis) in the portal.",
]
PROFILE_SUBJ = ["Your profile is not complete", "Incomplete application", "Missing documents – {role}",
                "Please complete your candidature", "Reminder: your application is not yet sent"]

CANT_SHARE = [
    "thank you for your message. I understand your wish, but due to our internal policy we cannot give individual feedback to the candidates. I hope for your understanding.",
    "I am sorry, but for reasons of equal treatment we do not give details about the evaluation. This is a rule of the company, not against you.",
    "unfortunately the works council rules do not allow us to communicate the reasons of the decision. I wish you good luck.",
    "I would like to help you, but we had more than 200 candidatures and it is not possible to give a personal feedback to each one.",
    "please understand that we cannot enter in the details of the selection. The decision was taken by the department.",
]
ONBOARD = [
    "welcome again in our team! For the preparation of your contract please send us before your first day ({date}): copy of your identity card, tax identification number, social security number and your bank data (IBAN).",
    "we are happy that you accepted our proposal. In attachment you find the personnel questionnaire (Personalfragebogen) — please fill it and send it back until {date}.",
    "for your first working day on {date} please come at 9h00 to the reception. Your laptop will be ready. Please bring the signed data protection declaration.",
    "to register you at the health insurance we need still your insurance number. Also the medical check with the occupational doctor is fixed on {slot}.",
    "the IT department needs some information to prepare your accounts. Please fill the attached form. We look forward to your start!",
]
ONBOARD_SUBJ = ["Your start at {co}", "Documents for your contract", "Welcome on board!", "First working day",
                "Personalfragebogen", "Onboarding – missing documents", "Benvenuto/a!"]

EVENT = [
    "we would like to invite you to our Tech Evening on {date} in our office in {city}. There will be short talks of our developers, pizza and drinks. Registration here: {link}",
    "on {date} we open the doors of our factory for an Open Day. Students and young professionals can visit the production and meet our HR colleagues.",
    "{co} will be present with a stand at the career fair in {city} on {date}. Come to visit us, we have many open positions!",
    "we organise a webinar \"Working at {co}\" on {slot}. You can ask all your questions to our team leaders. Link for the registration: {link}",
]
EVENT_SUBJ = ["Invitation: Tech Evening at {co}", "Open Day {co}", "Meet us at the career fair!",
              "Webinar: Working at {co}", "Save the date – {co} Community Meetup"]

CLOSED_BEFORE = [
    "I wanted to present you a position as {role} at my client {client}, but I just got the information that the position is already filled. I keep your profile in mind for similar roles.",
    "some days ago I wrote you about the opening at {client}. Unfortunately the client has closed the search before we could send candidates. Sorry for this.",
    "the position at {client} I mentioned on LinkedIn is on hold, so we cannot start the process. I come back to you when I have something new.",
]
CLOSED_SUBJ = ["Re: Opportunity {role}", "Update about the position", "The role at {client}", "Sorry – position closed"]

WITHDRAW_ACK = [
    "we take note that you withdraw your candidature. Thank you for informing us and all the best.",
    "thank you for your honest message. We regret your decision, but of course we understand. Maybe our ways will cross again.",
    "I have closed your application in our system as you asked. Good luck in your new position!",
]

# ------------------------------------------------------------------ newsletters, alerts, webinars (company null)
NEWS = [
    ("Karriere-Newsletter: How to handle an Absage", [
        "Every candidate receives rejections — the important is what you do after.",
        "In this edition: why you should ask for a feedback after an interview, and three sentences that help you to stay positive.",
        "Plus: the salary report 2026 for engineers in Germany, Austria and Switzerland.",
    ]),
    ("5 errors in the job interview (Vorstellungsgespräch)", [
        "Our career coach {coach} explains the classic errors: arriving too early, speaking bad about the old employer, having no questions at the end.",
        "Read also: \"We regret to inform you\" — what recruiters really mean with this sentence.",
    ]),
    ("Your weekly digest: offers, interviews, negotiations", [
        "Top article: How to negotiate a job offer in the Netherlands — and when to accept.",
        "Interview preparation: the STAR method explained in 4 minutes.",
        "Community question: my offer was withdrawn after the reference check, what can I do?",
    ]),
    ("Le mag carrière – special rejections", [
        "This month we speak about the candidatures without answer and the refusals after the final round.",
        "Testimony of a developer who received 40 rejections before her dream job.",
    ]),
    ("Blog: Why we stopped sending generic rejection mails", [
        "A new article of our HR blog: the head of talent of a Polish scale-up explains why each candidate now receives a personal feedback.",
        "Also: interview invitation templates that candidates actually like.",
    ]),
    ("Newsletter Ingenieurkammer – März", [
        "The job market for engineers stays strong, with many offers in energy and construction.",
        "Workshop for members: successful interviews in English.",
    ]),
]
ALERT_HEAD = ["New jobs for you", "{n} new positions match your search", "Job alert: {kw} in {city}",
              "Your daily job mail", "Nuove offerte di lavoro per te", "Nieuwe vacatures voor jou",
              "Nowe oferty pracy", "Nya jobb som matchar din bevakning"]
ALERT_KW = ["Java Developer", "Data Engineer", "Controller", "Project Manager", "UX Designer", "DevOps",
            "Account Manager", "Python"]
VIEWS = [
    "Your profile was visited {n} times this week. Recruiters from {industry} companies looked at your profile. Upgrade to Premium to see who.",
    "Good news: {n} recruiters have seen your CV in the last 7 days! Complete your profile to be found more easily.",
    "You appear in {n} searches this week. Tip: add your language skills to appear in more searches.",
]
WEBINAR = [
    ("Free webinar: Master your next interview", "We invite you to our free webinar on {slot} with the career coach {coach}. Topics: the first 5 minutes of an interview, the difficult questions, how to follow up. Registration: {link}"),
    ("Career fair {city} – your free ticket", "The big career fair for engineers and IT is coming on {date} in {city}. More than 80 exhibitors, CV check and photo shooting for free. Get your ticket: {link}"),
    ("Workshop: Application documents for the DACH market", "In this workshop you learn how a German CV (Lebenslauf) is built and what recruiters expect from the Anschreiben. Date: {slot}, online."),
    ("Invitation: Women in Tech evening", "We invite you to our networking evening on {date} in {city}. Speakers from five tech companies will share their experiences."),
    ("Job-speed-dating for internationals", "The city of {city} and the chamber of commerce invite internationals to meet local employers in 10-minute talks. {date}, Town Hall."),
]

# ------------------------------------------------------------------ rejections of things that are not jobs
NONJOB = [
    ("Your request for the apartment in {street}", "Hausverwaltung {last}",
     "thank you for your interest in the apartment (3 rooms, 2nd floor). Unfortunately we must inform you that the owner has decided for another interested party. We wish you success with your search."),
    ("Master programme – admission result", "Admissions Office",
     "we regret to inform you that your application to the Master programme in Data Science could not be accepted for the winter semester. The number of places is limited and the competition was very strong."),
    ("Decision on your grant application", "Research Foundation",
     "after the evaluation by the committee, we are sorry to inform you that your project proposal will not be financed in this call. We encourage you to submit again in the next call."),
    ("Your talk proposal for the conference", "Programme Committee",
     "thank you for submitting your talk. We received more than 300 proposals and unfortunately we could not accept yours for this edition. We hope to see you as participant."),
    ("Your credit request", "Customer Service",
     "we have examined your request for a personal loan. Unfortunately we cannot give a positive answer at this moment. This decision is based on our internal criteria."),
    ("Visa appointment – information", "Consulate",
     "we inform you that your application for the national visa is incomplete. Please bring the missing documents at your appointment. Without them the request will be refused."),
    ("Membership request – sailing club", "Club secretary",
     "the board has discussed your request for membership. Unfortunately the club has reached the maximum number of members this season, and we put you on the waiting list."),
    ("Kindergarten place 2026/27", "Kita administration",
     "we regret to tell you that we cannot offer a place for your child from September. You are on position 14 of our waiting list."),
    ("Your offer for the used car", "Private seller",
     "thank you for your offer of 7.800 EUR, but I have already sold the car to another person. Sorry and good luck."),
    ("Volunteer application – festival", "Festival team",
     "thank you for wanting to help at the festival. This year all places for volunteers are already taken, but we keep your contact for next year."),
]

# ------------------------------------------------------------------ scams imitating offers
SCAM = [
    ("URGENT: Job offer – Remote Payment Agent", "We are happy to propose you a job as remote payment agent for our European clients. Salary 3.500 EUR weekly, only 2 hours per day. To start, send us a copy of your passport and your bank data."),
    ("Congratulations! You are selected", "Your CV was selected by our international HR team. We offer you a position as Online Assistant with a salary of 600 EUR per day. Contact our manager on WhatsApp: +44 7{n}."),
    ("Offer of employment – Home Office", "We are pleased to offer you a home office job (package forwarding). No experience needed. Please pay the registration fee of 49 EUR to start."),
    ("Re: your application – immediate start", "After checking your profile on the job portal we propose you the position of Financial Agent. You receive payments on your account and forward them, commission 10%. Reply with your full name and IBAN."),
]

# ------------------------------------------------------------------ current employer
CURRENT = [
    ("Interview tomorrow – can you join?", "could you please join the interview with the candidate for the Junior position tomorrow at {time}? I need somebody technical for the coding part. The CV is in attachment."),
    ("Candidate for your team – please evaluate", "HR has sent me three CVs for the open position in your team. Can you look at them and tell me until Friday which ones we invite?"),
    ("Schichtplan / rota next month", "in attachment the rota for next month. Please check your shifts and tell me until {date} if you need changes."),
    ("Team event on {date}", "as every year we organise the summer event of the department. Please register in the list until next week. Partners are welcome!"),
    ("Feedback round for your team member", "the yearly feedback talks (Mitarbeitergespräche) start next month. Please prepare the evaluation of your team members with the new form."),
    ("Your holidays request", "your request for holidays from {date} is approved. Please organise the substitution with your colleagues."),
]

# ------------------------------------------------------------------ auto replies, bounces
OOO = [
    "I am out of office until {date} with no access to my mails. In urgent cases please contact {other}. Your mail will not be forwarded.",
    "Thank you for your message. I am on holidays until {date}. I will answer after my return.",
    "Ich bin bis zum {date} nicht im Büro. / I am out of the office until {date}. Bitte wenden Sie sich an {other}.",
    "Je suis absente jusqu'au {date}. / I am absent until {date}, limited access to emails.",
    "I am on parental leave. Please write to {other} for all questions.",
]
BOUNCE = (
    "This is the mail system at host mx{n}.{dom}.\n\nI'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n<{rcpt}>: host mx{n}.{dom} said: 550 5.1.1\n"
    "User unknown (in reply to RCPT TO command)\n\n--- original message ---\nSubject: {s}\n"
)

# ------------------------------------------------------------------ personal mail
PERSONAL = [
    ("Weekend?", "are you free on Saturday? We want to go hiking near {city}, and after maybe a beer. Tell me!"),
    ("Photos from the wedding", "here the link to the photos, finally! Sorry for the delay. {link}"),
    ("Re: your new job search", "how is going the job search? I hope you receive soon some good news. My cousin works in HR, if you want I can ask her to look at your CV."),
    ("Rent for March", "just to tell you that I paid my part of the rent. The electricity bill arrived too, I put it on the table."),
    ("Dinner on Friday", "we reserved at the Portuguese restaurant at 20h. Bring your appetite :)"),
    ("Your parcel", "your parcel was delivered to the neighbour on the 2nd floor. Please pick it up until Friday."),
]

# ------------------------------------------------------------------ the candidate's Sent mail
FBREQ = [
    "Thank you for your answer, even if I am of course disappointed. Would it be possible to receive a short feedback about my interview, so I can improve for the next time?",
    "Thank you for informing me. May I ask you what was the main reason for the decision? Any remark about my profile or the technical interview would help me a lot.",
    "I accept the decision, but I would be very grateful if you could tell me which points were not convincing. Especially the technical part interests me.",
    "Thanks for the honest answer. Could you share with me some feedback from the team? I want to learn from this process.",
    "I am sorry to read this. If you have five minutes, I would appreciate some words on what I could do better — in the case study or in the talk.",
    "Many thanks for your message. Is it possible to have a small call or some lines about the evaluation? It would help me for my preparation.",
    "Thank you for the time you and the team invested. Could you please give me some feedback on my application and on the interview with {boss}?",
    "I respect your decision. To improve myself I would like to know where I was not strong enough — maybe the coding exercise?",
]
FBREQ_SUBJ = ["Re: {orig}", "Request for feedback", "Feedback to my interview?", "Re: {orig} – question",
              "Question about the decision", "AW: {orig}", "RE: {orig}"]

SENT_THANKS = [
    "Thank you very much for the interview today. I enjoyed the talk with you and {boss} and I am even more motivated for the position.",
    "I want to thank you for the nice conversation this morning. The project you presented sounds really interesting.",
    "Thanks again for your time yesterday. If you need any further documents, please tell me.",
]
SENT_WITHDRAW = [
    "I want to inform you that I have accepted another offer, so I withdraw my candidature for the position of {role}. Thank you for your time and the nice contact.",
    "After long reflection I decided to stay in my current company. Therefore I would like to withdraw my application. Sorry for the inconvenience.",
    "I must unfortunately cancel my participation in the process, for personal reasons I cannot relocate to {city} at the moment.",
]
SENT_ACCEPT = [
    "Thank you very much for the offer! I am happy to accept it. Please send me the contract, I will sign it immediately.",
    "I have read the contract proposal and I accept with pleasure. I can start on {date} as discussed.",
    "Thanks for the patience. I confirm that I accept the position. I look forward to start!",
]
SENT_SCHED = [
    "Thank you for the invitation. {slot} is perfect for me, I will be there.",
    "Thanks for your mail. Unfortunately I have an appointment on that day, would {slot} be also possible?",
    "Thank you, I booked the slot on {slot} in the calendar.",
    "Many thanks, I confirm the interview on {slot}. Do I need to bring something?",
]
SENT_APPLY = [
    "with great interest I read your job advertisement for the position of {role}. Please find in attachment my CV and my motivation letter. I remain at your disposal for a personal talk.",
    "I would like to apply for the position {role} ({ref}). In attachment you find my CV, certificates and references.",
    "following our phone call, I send you my application documents for the position of {role}. I am available from {date}.",
]
SENT_STATUS = [
    "I applied three weeks ago for the position {role} and I wanted to ask if there is any news about the process.",
    "I would like to ask you politely about the state of my candidature. I have another process running and need to plan.",
]
