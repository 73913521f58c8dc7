"""w34 fragment banks: what continental European HR people, founders and managers write in English.

The sentences carry the calques of their writers (German, French, Spanish, Italian, Dutch, Polish,
Nordic, Portuguese): "candidature", "personal talk", "the position is occupied", "we remain at
disposal". Fields in braces are filled by _w34_kit.
"""

from __future__ import annotations

# ------------------------------------------------------------------ shared openers (all labels)
THANKS_APP = [
    "thank you very much for your application as {role} and the interest in our company.",
    "we thank you for your candidature for the position of {role}.",
    "many thanks for the interest you have shown for {co} and for the position {role}.",
    "thank you for having sent us your application documents for the post of {role}.",
    "first of all thank you for your interest to work with us as {role}.",
    "we have received with pleasure your application for our open position {role}.",
    "thank you for the trust you give us with your application.",
    "I thank you again for your candidature and for the time you have invested.",
    "thanks a lot for your application and the nice documents.",
    "we refer to your application for the job of {role} in our {dept} department.",
    "regarding your application as {role}, I come back to you as promised.",
    "I write you in relation to your candidature ({ref}).",
    "thank you for the personal talk we had and for your interest in {co}.",
    "thank you for taking the time to meet our team in the last weeks.",
    "I hope this mail finds you well.",
    "as announced on the phone, I write you shortly.",
    "",
]
DEPTS = ["IT", "R&D", "finance", "logistics", "sales", "engineering", "product", "controlling", "quality",
         "marketing", "operations", "data"]

DISPOSAL = [
    "For any question we remain at your disposal.",
    "We remain at disposal for any further information.",
    "Do not hesitate to contact me for questions.",
    "If you have questions, you can reach me under {phone}.",
    "For further questions I am available by phone or mail.",
    "I stay at your disposal for every information.",
    "In case of doubts please contact us.",
    "Should you have questions, please do not hesitate to write us.",
    "",
    "",
]

# ------------------------------------------------------------------ rejection
REJ_OPEN = [
    "Unfortunately we must inform you that",
    "With regret I have to inform you that",
    "After a careful examination of all candidatures,",
    "We have looked carefully at your documents, but",
    "It is with regret that we communicate you that",
    "I am sorry to tell you that",
    "After long reflection in the team,",
    "I inform you that",
    "Sadly I have to tell you that",
    "We have had a difficult choice and at the end",
    "Following the interviews of last week,",
    "After the evaluation of your profile,",
    "We regret to inform you that",
    "Sorry for the late answer. Unfortunately",
    "I must say you honestly that",
    "Despite your interesting profile,",
    "We have finished the selection and",
    "To my regret,",
]
REJ_DECIDE = [
    "we have decided to not consider further your candidature",
    "we cannot take your application into further consideration",
    "we will not continue the process with you",
    "we have chosen another candidate for this position",
    "your profile does not correspond enough to the requirements of the position",
    "we are not able to propose you the position",
    "we will not proceed with your candidature to the next phase",
    "the choice did not fall on you this time",
    "we have to give you a negative answer",
    "we cannot give you a positive answer for this position",
    "we cannot give you a positive feedback this time",
    "we decided for another profile",
    "your candidature was not retained",
    "we will not invite you to the next round",
    "we will not go further together in this process",
    "we have to renounce to your candidature",
    "the decision was taken in favour of another person",
    "we will not be able to continue with your application",
    "we cannot consider you for the next steps",
    "the team decided to continue with other candidates",
    "we will not make you an offer",
    "your application could not be considered in the final selection",
]
REJ_SOFT = [  # a rejection without evaluative feedback
    "We received many very good candidatures and the decision was not easy.",
    "Please understand that this is no judgement about your qualification.",
    "We had a big number of strong candidates for only one place.",
    "This decision is not against your person.",
    "The competition for this position was very high.",
    "I know that this is not the news you hoped for.",
    "We are sorry to not have better news for you.",
    "The level of the candidates was really high this time.",
    "Be sure that we have considered your documents with the greatest attention.",
    "",
    "",
]
REJ_KEEP = [  # consolation: still a rejection
    "With your agreement we keep your documents in our database for future openings.",
    "We would be happy if you apply again for another position of our company.",
    "We will keep your profile in evidence for future opportunities, if you agree.",
    "Please have a look to our career page from time to time, new positions open regularly.",
    "Your documents will be deleted after six months according to the GDPR, as foreseen by the law.",
    "Your application documents will be destroyed in respect of the data protection rules.",
    "If you agree, we save your CV in our talent pool for 12 months.",
    "",
]
REJ_WISH = [
    "We wish you all the best for your professional and personal future.",
    "For your future way we wish you a lot of success.",
    "We wish you much success in your search for a new challenge.",
    "I wish you good luck for the continuation of your career.",
    "All the best for you and your next steps.",
    "We wish you the best success for your job research.",
    "Good luck and all the best!",
    "We hope you will find soon the right position.",
]
REJ_SUBJ = [
    "Your application as {role}", "Your candidature – {role}", "Application {role} ({ref})", "{co} – your application",
    "Re: Application {role}", "Feedback to your application", "Answer to your application", "Bewerbung {role}",
    "Candidature {role} – réponse", "Your application at {co}", "{role} / {ref}", "Information about your application",
    "Selection process {role}", "Our decision", "Aplicación {role}", "Candidatura – {role}",
    "Sollicitatie {role}", "Regarding your candidature", "Application update", "Re: Next steps?",
]

# outside control reasons: tag -> sentences
OUTSIDE = {
    "role_filled": [
        "the position is actually occupied by an internal colleague",
        "in the meantime the position has been already filled",
        "we have already found a person for this job",
        "the place is now taken by a candidate who started the process earlier",
        "we have signed the contract with another candidate last week",
        "the post was given to a colleague from inside the group",
        "the vacancy is meanwhile closed, we have hired somebody",
        "a colleague from our sister company will take over the position",
    ],
    "budget_freeze": [
        "the budget for this position was frozen by the headquarters",
        "due to the economic situation our group has decided a stop of all hirings",
        "the management has put all new hirings on hold until next year",
        "we have an Einstellungsstopp, a hiring freeze, since this month",
        "the financing of the position was not confirmed by the holding",
        "the budget of our department was cut for this year",
        "our owners decided to not approve new personnel costs in this quarter",
    ],
    "closer_fit": [
        "we have chosen a candidate whose profile corresponds more exactly to our needs",
        "another candidate had more experience in the specific sector of our clients",
        "there was a candidate who fits more precisely to the profile",
        "we found a person whose background is closer to what the team needs",
        "one candidate already knew our software environment from a previous job",
        "the other finalist matched better the requirements for this specific role",
    ],
    "level_mismatch": [
        "we search finally a more senior person who can take the lead of the team",
        "your profile is too senior for this position and we fear you would not be satisfied",
        "we need a person with a longer professional experience for this role",
        "the role is foreseen for a junior profile and your level is clearly above",
        "the management has decided that the position needs a senior level",
        "for this position we need somebody on a more junior level, with a junior salary",
    ],
    "role_cancelled": [
        "the position was cancelled after a reorganisation of the department",
        "the project for which we searched has been stopped by our client",
        "the company has decided to not open this position anymore",
        "the opening was withdrawn by the management",
        "the role does not exist anymore after the merger with our partner",
        "we have decided to give the tasks to an external service provider instead",
    ],
}
OUTSIDE_LEAD = [
    "The reason is that {r}.",
    "This is because {r}.",
    "The background: {r}.",
    "I want to be honest with you: {r}.",
    "Unfortunately {r}.",
    "We must tell you that {r}.",
    "The motive is simple, {r}.",
    "As you can imagine, {r}, so we had no other choice.",
]

# ------------------------------------------------------------------ feedback
FB_INTRO = [
    "As promised, here some feedback from the team:",
    "The colleagues gave me the following points, I hope it can help you:",
    "To be transparent with you, the main reasons for our decision were these:",
    "If it helps you, I share with you the impressions of the interviewers.",
    "You asked for a feedback, so I summarise what the panel told me.",
    "I talked with {boss} about your interview, and these are the points:",
    "We want to give you an honest return on your interview.",
    "Let me explain you shortly where we saw the gaps.",
    "Some words about the evaluation, because you have invested time for us:",
    "The interviewers were in agreement on some points:",
    "For your development I give you some remarks from our side:",
    "I asked the technical colleagues for their opinion, here is the summary:",
]
FB_PRAISE = [
    "We appreciated very much your friendly and open manner.",
    "Your motivation was very visible and the team liked it.",
    "Your technical basis is solid, this was clear for all.",
    "The presentation of your projects was well prepared.",
    "Your knowledge of the market impressed our sales director.",
    "Everybody found the conversation very pleasant.",
    "Positive was your clear interest in our products.",
    "",
    "",
]
FB_WEAK = {
    "coding": [
        "in the live coding the solution was not complete and some errors you did not see yourself",
        "your code in the home task was working, but not so clean and without tests",
        "the programming exercise was not at the level we expect, especially the structure of the code",
        "during the pair programming you needed a lot of help to come to a running solution",
        "the code review of your exercise showed some basic problems with error handling",
        "in the algorithm question you found an idea, but the implementation took too long and stayed buggy",
    ],
    "system_design": [
        "in the architecture part we missed more reflection about how the system would scale with many users",
        "the design you proposed for the service was a bit too simple for the load we have",
        "when we discussed the architecture you did not go enough into themes like caching and failover",
        "for the design task the colleagues expected more thinking about the separation of the components",
        "the big picture of the platform design was not so clear, for example how the data flows between the services",
    ],
    "technical_depth": [
        "your technical level was not yet sufficient in the topic of databases",
        "the knowledge of Kubernetes seemed more theoretical than practical",
        "in some technical questions the answers stayed on the surface",
        "on the questions about the internals of the JVM we expected deeper knowledge",
        "the know-how in SAP customizing was not deep enough for the autonomous work we need",
        "in the subject of networking the basics were there, but not the deep understanding",
    ],
    "behavioural": [
        "in the questions about past situations the examples were a bit general, we missed concrete stories",
        "when we asked about a conflict in your team, the answer stayed quite abstract",
        "for the situational questions we would have liked to hear more what you personally did",
        "the examples from your past work were not so concrete, it was difficult to imagine your role in them",
    ],
    "communication": [
        "sometimes it was difficult to follow your explanations, they were long and not so structured",
        "the answers were often very long and the main message was lost",
        "in the presentation of the case the red thread was missing",
        "the explanation to a non-technical person, which is important for the client contact, was not so clear",
        "we had the impression that you could express yourself more precisely",
    ],
    "questions_to_ask": [
        "at the end you had no questions for us, which gave the impression of little interest",
        "we would have liked more questions from your side about the team and the product",
        "you did not ask anything about the company, this surprised the managing director a bit",
    ],
    "composure": [
        "we had the impression that you were very nervous, and under time pressure you lost the thread",
        "in the stress situation of the case study you were a bit blocked",
        "when the questions became more difficult you seemed insecure, which is understandable but visible",
        "the nervousness at the beginning made the first part of the talk difficult",
    ],
    "experience_level": [
        "for this role you lack still some years of experience in leading people",
        "your practical experience with B2B projects is still limited compared to what the role needs",
        "the experience in an industrial environment was missing, which is important for us",
        "you have not yet worked on projects of this size, and this is central in the position",
    ],
    "collaboration": [
        "the team had doubts about the cooperation, in the pair exercise you worked very much alone",
        "it was not clear for us how you work together with other departments",
        "in the group exercise you did not involve the other participants so much",
        "our team works very closely together, and we were not sure that your working style fits to this",
    ],
    "cv_positioning": [
        "in your CV the relevant projects are not very visible, we had to search for them",
        "the CV is very long and the important experience for this role is hidden inside",
        "your motivation letter was quite generic and not adapted to our company",
        "from the documents it was not clear which of the projects you led yourself",
    ],
}
FB_WEAK_LEAD = [
    "{w}.", "On the other side, {w}.", "However {w}.", "What was missing: {w}.", "One point is that {w}.",
    "The colleagues also noted that {w}.", "Then {w}.", "In addition, {w}.", "Honestly, {w}.",
    "A critical point was that {w}.", "We also found that {w}.", "- {w}",
]
FB_CLOSE = [
    "I hope these remarks help you for the next interviews.",
    "Please take these points as constructive, we think you have potential.",
    "With some more practice in this area, you will surely find a good position.",
    "I hope this feedback is useful for you.",
    "Please do not take it personally, it is only our view.",
    "",
]

# ------------------------------------------------------------------ interview invitation
INV_OPEN = [
    "We have examined your documents with great interest and",
    "Your profile has convinced us and",
    "After the first look on your CV,",
    "We were pleased to receive your application and",
    "I am happy to inform you that",
    "Your candidature has raised our interest, therefore",
    "Good news from {co}:",
    "Following our short phone call,",
    "After the first talk with me,",
    "The team has read your documents and",
    "",
]
INV_ASK = [
    "we would like to invite you for a personal talk",
    "we would like to get to know you personally",
    "we would be pleased to invite you to a first telephone interview",
    "we propose you a video call on Teams to present each other",
    "the next step would be a technical interview with our team leader",
    "we would be happy to welcome you in our office in {city} for a second round",
    "we would like to have a first exchange with you by phone",
    "we invite you for a job interview (Vorstellungsgespräch) with our head of department",
    "we would like to continue with the next phase of our selection, a talk with the managing director",
    "we would like to make a short call to know better your motivation",
    "I would like to fix with you an appointment for an interview",
    "our CTO would like to meet you for a technical discussion",
    "we want to invite you to the final round with the management",
    "we would like to invite you to a trial day (Probearbeitstag) in our team",
]
INV_WHEN = [
    "Would {slot} be possible for you?",
    "We propose you {slot}. If this does not fit, please propose us two alternatives.",
    "Are you available {slot} or alternatively {slot2}?",
    "Please choose a free slot in our calendar: {link}",
    "Please tell me your availabilities for the next week, mornings are better for us.",
    "I propose {slot}, the talk will take around 45 minutes.",
    "You can book directly a date that fits you under the following link: {link}",
    "Could you give me two or three possible dates in the week of {date}?",
    "The appointment would be on {slot} in our office, {street}.",
    "Please confirm if {slot} is fine for you.",
]
INV_DETAIL = [
    "The talk will be in English, our team is international.",
    "Participants from our side: {boss} ({btitle}) and me.",
    "Please bring an identity document, you must register at the reception.",
    "You will receive the link for Microsoft Teams after your confirmation.",
    "The travel costs will be reimbursed according to our internal rules.",
    "Please prepare a short presentation of yourself (10 minutes) and of one project.",
    "The interview will take place via Google Meet.",
    "We will speak about your experience and you can ask all your questions about the position.",
    "The parking is in the courtyard, please announce yourself at the gate.",
    "",
    "",
]
INV_TASK = [
    "As next step we ask you to solve a small case study at home. You find the task in attachment, "
    "please send us your solution within one week.",
    "As next step of the process we invite you to an online test of approximately 45 minutes. "
    "Please use the following link until {date}: {link}",
    "The next phase is a technical assessment on the platform {tool}. You will have 90 minutes, "
    "the link is valid for five days: {link}",
    "We would like to ask you to record a short video interview with three questions. Please use this link: {link}",
    "We invite you to our assessment centre on {slot} in {city}, with a group exercise and an individual talk.",
]
INV_RESCHED = [
    "Unfortunately our head of department is ill, so we must move the interview of {date}. Can we propose you {slot} instead?",
    "I am very sorry, but we have to shift our appointment. Would {slot} be also possible for you?",
    "Because of an urgent meeting with a client, our CTO cannot join on the planned date. May I propose you a new date: {slot}?",
    "Due to a strike of the train (again) our colleague cannot come to {city}. We would like to do the interview on {slot}, by video.",
]
INV_SUBJ = [
    "Invitation to a personal talk", "Invitation for interview – {role}", "Your application: next step",
    "Interview {co} / {role}", "Einladung zum Vorstellungsgespräch – {role}", "Proposal for a meeting",
    "Next step in the selection process", "Appointment for an interview", "Re: Application {role}",
    "Technical interview {role}", "Invitation entretien – {role}", "Invito a colloquio – {role}",
    "Uitnodiging gesprek {role}", "Zaproszenie na rozmowę – {role}", "Inbjudan till intervju",
    "Your candidature ({ref}) – invitation", "Second round at {co}", "Meeting proposal", "Quick call?",
]
RESCHED_SUBJ = ["New date for our interview", "Change of appointment – {role}", "Shift of the interview",
                "Re: Interview on {date}", "Terminverschiebung / new appointment", "Moving our meeting"]
TASK_SUBJ = ["Online assessment – {role}", "Case study for your application", "Next step: online test",
             "Video interview {co}", "Assessment centre {co} – invitation", "Technical task – {role}"]

# ------------------------------------------------------------------ application ack
ACK_CORE = [
    "we confirm the receipt of your application for the position {role}.",
    "we have well received your candidature and we thank you for it.",
    "your application documents arrived to us complete.",
    "with this mail we confirm you that your application has been registered under the reference {ref}.",
    "this is to confirm that your documents for the job {role} are arrived at us.",
    "I confirm you the good reception of your CV and motivation letter.",
    "your application for {role} has reached us and is now in our system.",
    "we inform you that we have received your application in good order.",
    "we acknowledge receipt of your candidature for the vacancy {role}.",
    "thank you, your application is arrived correctly in our HR department.",
]
ACK_NEXT = [
    "We will examine your documents carefully and come back to you within 2–3 weeks.",
    "Please understand that the evaluation can take some time, we will contact you in any case.",
    "The responsible department will check your profile and we will give you news as soon as possible.",
    "You will hear from us latest until {date}.",
    "In the next weeks we will inform you about the further steps.",
    "Our selection process takes normally four weeks; we ask you for a little patience.",
    "We will give you a feedback as soon as the evaluation is finished.",
    "As soon as we have news we contact you again.",
    "",
]
ACK_TASK = [
    "As first step of our selection process we ask all candidates to complete an online test. Please use the "
    "following link within five days: {link}",
    "To continue, we kindly ask you to make a short online assessment (about 30 minutes) here: {link}",
    "Before the interviews we invite every candidate to a short video interview, please record your answers until {date}: {link}",
    "The first step is a logic and language test on {tool}. You will receive your personal access here: {link}",
]
ACK_SUBJ = [
    "Confirmation of receipt", "Receipt of your application", "Your application {role}",
    "Eingangsbestätigung Ihrer Bewerbung", "Accusé de réception – {role}", "Acuse de recibo",
    "We have received your application", "Conferma ricezione candidatura", "Bevestiging ontvangst sollicitatie",
    "Thank you for your application ({ref})", "Application received – {co}", "Potwierdzenie otrzymania aplikacji",
    "Your candidature is arrived", "Tack för din ansökan",
]

# ------------------------------------------------------------------ offer
OFFER_CORE = [
    "we are happy to propose you the job as {role} in our company.",
    "I am very pleased to inform you that we want to offer you the position of {role}.",
    "after the last talk the decision is taken: we would like to have you in our team as {role}.",
    "it is a pleasure for me to make you an offer for the position {role}.",
    "we have the pleasure to propose you a contract as {role}.",
    "the management has approved your hiring and we offer you the position.",
    "I can confirm you now in writing what I told you on the phone: we offer you the job.",
    "we would like to extend you an offer for the role of {role}.",
]
OFFER_TERMS = [
    "Please find in attachment our contract proposal.",
    "The gross annual salary would be {salary} in {n_pay} payments, plus the usual benefits.",
    "The start date we propose is {date}, but we are flexible.",
    "The contract is unlimited (unbefristet), with a probation period of six months.",
    "You will receive the official offer letter by post in the next days.",
    "The salary we can offer is {salary} gross per year, in addition a company car for the client visits.",
    "We propose a fixed-term contract of 12 months with the intention to transform it in a permanent one.",
    "Meal vouchers, 30 days of holidays and a public transport ticket are included.",
]
OFFER_ASK = [
    "We ask you to give us your answer until {date}.",
    "Please let us know your decision within one week.",
    "If you accept, please sign the contract and send us back a scan.",
    "I would be very happy to receive a positive answer from you soon.",
    "For the negotiation of the details I am at your disposal by phone.",
    "We hope you will accept and we look forward to work with you.",
]
OFFER_SUBJ = [
    "Job offer – {role}", "Our offer for you", "Contract proposal {co}", "Proposta di assunzione",
    "Proposition d'embauche – {role}", "Vertragsangebot / contract offer", "Good news!",
    "Offer letter {role}", "Welcome to {co}? – our proposal", "Oferta de trabajo – {role}",
    "Re: Final interview", "Aanbod arbeidsovereenkomst",
]
SALARY = ["52.000 EUR", "61.500 €", "46.000 € brutos", "RAL 38.000 €", "4.100 EUR monthly", "57 000 €",
          "540.000 SEK", "14.500 PLN brutto monthly", "29.400 € (14 mensalidades)", "DKK 48.000 per month",
          "68.000 CHF", "EUR 4.350 bruto per maand"]
