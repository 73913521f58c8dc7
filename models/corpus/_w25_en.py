"""w25 English bank: the same German/French/Spanish-speaking owners, leads and recruiters writing in English."""

import sys as _sys
from pathlib import Path as _Path

_sys.path.insert(0, str(_Path(__file__).resolve().parent))
import _w25_de as _de  # noqa: E402
import _w25_es as _es  # noqa: E402
import _w25_fr as _fr  # noqa: E402

LANG = "en"

COMPANIES = {
    "eu": [c for bank in (_de, _fr, _es) for region in bank.COMPANIES.values() for c in region[::3]] + [
        ("Kestrel Robotics GmbH", "kestrel-robotics.de", "Munich"), ("Lumen Atelier SAS", "lumenatelier.fr", "Paris"),
        ("Sargazo Labs", "sargazolabs.mx", "Mexico City"), ("Fjordline Data AG", "fjordline.ch", "Zurich"),
        ("Tintero Games", "tinterogames.es", "Madrid"), ("Brume Analytics", "brume.io", "Lyon"),
        ("Pilcomayo Tech", "pilcomayo.com.ar", "Buenos Aires"), ("Ahornblatt Biotech", "ahornblatt-bio.at", "Vienna"),
    ],
}
AGENCIES = _de.AGENCIES[:3] + _fr.AGENCIES[:3] + _es.AGENCIES[:3]
ANON_CLIENT = ["my client", "our client", "the company", "a client of ours"]
AGENCY_TITLES = ["Senior Recruitment Consultant", "Talent Partner", "Managing Partner", "Recruiter"]
ROLES = ["Backend Engineer", "Data Analyst", "Product Designer", "Office Manager", "Sales Manager DACH", "QA Engineer",
         "Marketing Intern", "Customer Success Manager", "DevOps Engineer", "Project Manager", "Frontend Developer",
         "Financial Controller", "Mobile Developer", "Operations Coordinator", "UX Researcher", "Embedded Engineer"]
FIRST = _de.FIRST[:10] + _fr.FIRST[:10] + _es.FIRST[:10]
LAST = _de.LAST[:8] + _fr.LAST[:8] + _es.LAST[:8]
DAYS = ["Monday 14th", "next Tuesday", "Thursday 9 October", "Friday morning", "Wednesday 3rd", "next week",
        "Monday the 22nd", "Thursday", "Tuesday, 18 March"]
SALARIES = ["EUR 58,000 gross per year", "CHF 98'000 per annum", "€4,200 gross per month x 14", "EUR 64k plus 10% bonus",
            "USD 3,500 net per month (contractor)"]
STARTS = ["1 September", "early October", "January 1st", "as soon as possible", "15 November"]
PHONES = _de.PHONES[:2] + _fr.PHONES[:2] + _es.PHONES[:2]
HR_DISPLAY = ["{co} Recruiting", "{co} HR", "Jobs at {co}", "{co} People Team"]
HR_LOCAL = ["jobs", "careers", "hr", "recruiting", "people"]

GREET = {
    "formal": ["Dear {name},", "Dear Mr./Ms. {last},", "Good morning {name},", "Dear candidate,", "Hello {name},",
               "Dear {name} {last},"],
    "informal": ["Hi {name},", "Hey {name}!", "Hello {name} :)", "Hi {name}, hope you are well!", "{name} -", "Hallo {name},",
                 "Hola {name},"],
}
SIGNOFF = {
    "formal": ["Kind regards,", "Best regards,", "With kind regards,", "Yours sincerely,", "Regards,", "Best greetings from {city},"],
    "informal": ["Cheers,", "Best,", "All the best,", "Talk soon,", "Greetings,", "Thanks!", "Un abrazo,", "LG"],
}
FOOTERS = _de.FOOTERS[:1] + _fr.FOOTERS[:1] + _es.FOOTERS[:1] + [
    "This e-mail may contain confidential information. If you are not the intended recipient please delete it.",
    "Data protection information for applicants: www.{dom}/privacy",
]

S = {
    "thanks_apply": [
        "Thank you very much for your application as {role} and for your interest in {co}.",
        "thanks again for coming to the office last week, it was nice to meet you.",
        "I come back to you regarding the {role} position, as promised.",
        "We have now looked at your application{ref} together with the team.",
        "thank you for the time you invested in our process, I know it was long.",
        "First of all thanks for the interview on {day}.",
    ],
    "rej_soft": [
        "Unfortunately we have decided to continue with another candidate.",
        "After a long discussion in the team we decided not to move forward with your application.",
        "I am really sorry but it will not work out this time.",
        "It was a close decision, but in the end we chose a different profile.",
        "We liked your profile, however we cannot offer you the position.",
        "Sadly we will not proceed with you to the next round.",
        "I must tell you that we will not make you an offer.",
        "Regrettably your application was not successful.",
    ],
    "rej_blunt": [
        "We will not continue with your application.",
        "It's a no from our side, sorry.",
        "We pass on this one.",
        "You are not selected.",
    ],
    "no_fb": [
        "Because of the many applications we cannot give individual feedback.",
        "We had really a lot of strong candidates this time.",
        "For legal reasons we are not allowed to give the reasons of the decision.",
    ],
    "luck": [
        "We wish you all the best for your future career.",
        "Good luck with the search, I am sure you find something soon!",
        "All the best for you.",
        "Wishing you success in the next steps.",
    ],
    "pool": [
        "If you agree we keep your CV in our pool for future positions.",
        "If something else opens, I will think of you.",
        "Feel free to check our career page from time to time.",
    ],
    "fb_intro": [
        "So that you can take something with you, here some honest feedback from the team:",
        "To explain our decision a bit:",
        "Some points from the interview, maybe it helps:",
        "To be open with you,",
        "Our impression was mixed.",
    ],
    "praise": [
        "Your motivation and friendly manner were appreciated by everyone.",
        "Technically you made a solid impression.",
        "The test task was done cleanly.",
        "You were well prepared about our company.",
    ],
    "inv_open": [
        "Thank you for your application – your profile made us curious.",
        "we liked your application a lot and would love to get to know you!",
        "Good news: we would like to meet you.",
        "After reviewing your documents we would like to take the next step with you.",
        "thanks for the first call, it fitted well.",
    ],
    "inv_step": {
        "meet": ["Would you have time for a first meeting in our office in {city}?",
                 "Let's have a coffee together and see if it matches, very informal."],
        "video": ["We would like to invite you for a first video call via Teams, around 45 minutes.",
                  "Do you want to make a short video call with me and our CTO? 30 minutes is enough."],
        "trial": ["We would like to invite you for a trial day with the team (paid of course).",
                  "As next step we invite you to a half day of trial work in the workshop."],
        "tech": ["In the second interview we go into technical questions with two colleagues – you are warmly invited.",
                 "We would like to do a technical round where we solve a small task together."],
        "case": ["Before we meet we will send you a small case study to prepare until {day}, and then we discuss it.",
                 "We would like you to do a short take-home task, it comes tomorrow by email."],
        "phone": ["Would a short phone call of 20 minutes work to clarify first questions?",
                  "Can we have a quick call? I want to explain you the role and ask some questions."],
        "final": ["Our managing director would like to meet you for a final interview.",
                  "Last round would be a talk with the owner, very relaxed."],
    },
    "inv_when": [
        "How does {day} at {time} look for you? Alternatively {day2} at {time2}.",
        "Just pick a slot here: {link}",
        "Proposal: {day}, {time}. If it doesn't work, send me two or three alternatives.",
        "We have time on {day} or {day2}, from {time2}.",
        "The link for the call: {link}",
    ],
    "inv_confirm": [
        "Please let us shortly know if the date fits.",
        "Just give me a short feedback.",
        "We are looking forward to meet you!",
        "Let me know if you have questions – see you!",
    ],
    "reschedule": [
        "unfortunately I have to move our interview on {day}, a customer meeting came in between.",
        "because of sickness in the team we must shift the planned interview – it will of course still take place.",
        "small info: we need to put our meeting on another day. Sorry for the inconvenience!",
    ],
    "rejinv_bridge": [
        "For the advertised role we decided differently. However from autumn we look for a {role2}, and there your profile fits very well.",
        "The {role} position goes to someone else – but in our team in {city} a {role2} role just opened which suits you better.",
    ],
    "ack_core": [
        "Thank you for your application as {role}. Your documents arrived well.",
        "thanks for your application, it arrived!",
        "We hereby confirm the receipt of your application{ref}.",
        "short feedback: we received your mail with CV and certificates.",
    ],
    "ack_next": [
        "We will come back to you within two to three weeks.",
        "I will come back next week when the boss is back from holiday.",
        "Please have a little patience, we review all applications until end of month.",
    ],
    "ackinv_step": [
        "As a first step we ask all applicants to do a short online test (about 30 minutes): {link}",
        "To make it faster: you can already book a slot for a first call here: {link}",
    ],
    "offer_core": [
        "We are very happy to offer you the position as {role}!",
        "I make it short: we want you! Here is our offer for the {role} role.",
        "After the good interviews we would like to offer you an employment contract.",
        "Attached you find our contract offer for the position {role}.",
        "As discussed on the phone, here again in writing: we offer you the job.",
    ],
    "offer_detail": [
        "The salary is {salary}, start would be {start}.",
        "Offer: {salary}, 30 days holiday, start {start}, permanent contract.",
        "Conditions as discussed – {salary}, probation six months, first day {start}.",
    ],
    "offer_deadline": [
        "Please let us know until {deadline} if you accept the offer.",
        "Think about it calmly and tell me until {deadline}.",
        "For questions about the contract I am always available.",
    ],
    "fbreply_open": [
        "thanks for your message, I am happy to give you a short feedback.",
        "sure, I tell you what was the reason.",
        "I spoke again with the colleagues and can give you the following:",
    ],
    "fbreply_close": [
        "I hope this helps you.",
        "Don't take it personal, it will work out!",
        "All the best for the next interviews.",
    ],
}

REASON = {
    "role_filled": ["Meanwhile we could fill the position internally.", "The position is already taken in the meantime."],
    "budget_freeze": ["Because of the current order situation we cannot hire anyone more this year.",
                      "The management decided a hiring stop.", "The budget for the position was cancelled."],
    "closer_fit": ["Another candidate brings exactly the industry experience we were looking for.",
                   "We found someone whose background is even closer to the role."],
    "level_mismatch": ["For the role we need someone with clearly more years of experience.",
                       "To be honest you would be overqualified for the position.",
                       "We look rather for someone on a junior level."],
    "role_cancelled": ["The position will not be filled because of a restructuring.",
                       "The project we were hiring for was stopped, so the role is gone."],
}

WEAK = {
    "coding": ["In the coding task the code was quite messy and some edge cases were missing.",
               "During the live coding you got stuck quite fast."],
    "system_design": ["When we asked how the system would handle ten times more users it stayed very vague.",
                      "The architecture sketch did not convince us, for example there was no thought about failures and load."],
    "technical_depth": ["On the detail questions about databases it often stayed on the surface.",
                        "When we dug deeper, the why behind the answers was often missing."],
    "behavioural": ["When we asked about a difficult situation at work, there was no concrete example.",
                    "Your examples from earlier projects stayed very general, we could not see what you did yourself."],
    "communication": ["Sometimes the answers were very long and we lost the red thread.",
                      "It was difficult for you to explain complicated things in a simple way."],
    "questions_to_ask": ["At the end you had no questions for us, that looked a bit uninterested.",
                         "There were almost no questions from your side about the role or the team."],
    "composure": ["We noticed you were very nervous and under time pressure things got mixed up.",
                  "When the test got stuck you visibly lost your calm."],
    "experience_level": ["We miss some practical experience, especially with customers.",
                         "For the responsibility of the role you have still too few years in the job."],
    "collaboration": ["In the group exercise you did not really take up the ideas of the others.",
                      "We had the impression you prefer to work alone, but here everything is teamwork."],
    "cv_positioning": ["From the CV it was not clear what you actually did in your last jobs.",
                       "Your cover letter was very general, the link to our position was missing."],
}

SUBJ = {
    "rej": ["Your application as {role}", "Your application at {co}", "Feedback on your application", "Application {role}{ref}",
            "Our decision", "{co} – your application", "RE: Application {role}"],
    "inv": ["Invitation to interview", "Getting to know each other?", "Next step", "Interview {role}{ref}", "{co}: invitation",
            "Short call?", "Trial day 🙂"],
    "resched": ["Interview – new date", "RE: Invitation – reschedule", "New time?"],
    "ack": ["Confirmation of receipt", "Your application arrived", "Application received", "Thanks for applying!",
            "RE: Application {role}"],
    "offer": ["Offer", "Contract offer {role}", "Good news 🎉", "Your employment contract", "Offer – {co}"],
    "fbreq": ["Request for short feedback", "Feedback on my application", "Question about the decision"],
}

SENT = {
    "fbreq_open": ["Thank you for your answer, even if I am of course a bit disappointed.", "thanks for the honest answer.",
                   "Too bad it did not work out – thanks anyway for the quick reply."],
    "fbreq_ask": ["Would it be possible to tell me shortly what was the reason? It would help me a lot for the next applications.",
                  "Could you give me some feedback on the interview? What could I have done better?",
                  "Is there anything in my profile or the task I should work on?"],
    "fbreq_close": ["Thanks in advance!", "Thank you and all the best to the team.", "Any feedback is welcome, also short."],
}

NEG = [
    ("INBOX", "co", "person", "Status of your application",
     "<G>\n\njust a short info that the selection process for {role} is still running. Because of many applications it takes a bit longer, we come back to you latest end of the month.\n\n<SIG>"),
    ("INBOX", "co", "person", "Reminder: our meeting on {day}",
     "<G>\n\nonly as reminder: we see each other as agreed on {day} at {time} in our office in {city}.\n\n<SIG>"),
    ("INBOX", "co", "person", "Thanks for today",
     "<G>\n\nthank you for visiting us today and the open talk. We speak now with two more people and then come back to you.\n\n<SIG>"),
    ("INBOX", "co", "person", "Welcome on board – documents for your start",
     "<G>\n\nhappy that you accepted our offer! For payroll we still need your tax ID, social security number and bank details. The form is attached.\n\n<SIG>"),
    ("INBOX", None, "person", "Can you join an interview on {day}?",
     "<G>\n\nwe have a candidate for the warehouse role on {day} at {time}. Can you join and ask some technical questions? I send you the CV before.\n\n<SIG>"),
    ("INBOX", None, "agency", "Role is already gone",
     "<G>\n\nlast week I presented you the {role} role in {city}. Before we could submit you, the client filled it internally. I have two other things and will call you.\n\n<SIG>"),
    ("INBOX", "co", "person", "RE: Feedback request",
     "<G>\n\nI understand your question. Unfortunately we do not give individual feedback on applications as a policy, I ask for your understanding.\n\n<SIG>"),
    ("INBOX", None, "Career Compass Weekly|news@careercompass-mail.com", "Rejected after the final round? Read this",
     "This week: why a rejection is not the end, the 7 most common interview questions, and how to negotiate your offer.\n\nRead now →\n\nUnsubscribe"),
    ("INBOX", None, "EURES Job Days|events@eures-jobdays.eu", "Invitation: European Online Job Day",
     "Dear jobseeker,\n\nJoin the European Online Job Day on {day}: meet employers from 12 countries, CV check and workshops. Registration is free.\n\nRegister now"),
    ("INBOX", None, "Global HR Department|hr.offer.dept@gmail.com", "Job Offer Letter – Remote Assistant",
     "Dear applicant,\n\nYou have been selected for a remote assistant position with $4,000 weekly pay. No interview needed. Send your ID and bank details to receive the contract.\n\nHR Department"),
    ("INBOX", "co", "person", "Out of office: Application",
     "Thank you for your mail. I am out of office until {day} with no access to emails. For urgent matters please contact hr@{dom}."),
    ("INBOX", None, "person", "Dinner Saturday?",
     "Hi <ME>,\n\nwe cook on Saturday, do you come? And tell me how the job hunt is going!\n\n{sfirst}"),
    ("Sent", "co", "", "Thank you for the interview",
     "<GS>\n\nthank you for the nice talk today. The {role} role still attracts me a lot and I look forward to your feedback.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Withdrawal of my application",
     "<GS>\n\nI would like to withdraw my application as {role}, because I decided for another offer in the meantime. Thank you for your time.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "RE: Offer",
     "<GS>\n\nthank you, I accept the offer with pleasure! I send the signed contract back until Friday.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "RE: Invitation to interview",
     "<GS>\n\nthanks for the invitation! {day} at {time} works well for me.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Application as {role}",
     "<GS>\n\nplease find attached my application for the {role} position, with CV and references.\n\n<SO>\n<ME>"),
]

NEG_EXTRA = ["If you have questions you reach me best in the morning.", "Sorry for the late answer, it is crazy here at the moment.",
             "Greetings also from {sfirst}!", "Here in {city} it rains since days, but anyway.", "From {day} I am away for one week.",
             "Small info: we move office in autumn.", "My direct number changed, see below."]
SYS_TAIL = ["Reference: #", "Case number: #", "Please do not reply to this automated message. (ID #)",
            "You receive this email because you subscribed. ID #"]

S["small_talk"] = ["I hope you had a relaxing weekend.", "sorry for the late answer, it was crazy here.", "I hope you are doing well.",
                   "Sorry it took so long – holiday season.", "I write you quickly between two customer meetings."]
S["ps"] = ["PS: there is parking behind the building.", "P.S. Greetings from the whole team!", "Sent from my iPhone",
           "PS: sorry for typos, written from the phone."]
