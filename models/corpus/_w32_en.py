"""English fragment banks of writer w32: early-careers hiring mail and its look-alikes.

Each ``intent`` returns (subject, paragraphs, labels, topics, outside_control); the generators
wrap the paragraphs in a sender's voice (greeting, sign-off, footer, HTML, quoted history).
Placeholders: {co} {prog} {first} {date} {time} {city} {vendor} {sender} {uni} {insight}.
"""

from __future__ import annotations

import random

P = lambda rng, seq: seq[rng.randrange(len(seq))]  # noqa: E731

# ------------------------------------------------------------------ shared filler -----
ABOUT_PROG = [
    "Our {prog} runs for two years, with three rotations and a dedicated buddy from the previous cohort.",
    "Each year we take on a small cohort of graduates in {city}, and competition for places is fierce.",
    "The scheme combines on-the-job learning with a funded professional qualification.",
    "Placements on the {prog} are paid and last between ten and twelve weeks over the summer.",
    "Many of our interns go on to join us full-time after graduating.",
    "We recruit on a rolling basis, so applications are reviewed as they arrive rather than after the deadline.",
    "Apprentices spend four days a week with the team and one day at college.",
    "",
    "",
    "",
]
ADJUST = [
    "If you need any reasonable adjustments at any stage, just reply to this email and we'll sort it out.",
    "Should you require adjustments (extra time, a screen reader, a quiet room), please tell us in advance.",
    "Please let us know about any accessibility needs - it will not affect how we assess you.",
    "",
    "",
]
CONTACT = [
    "Any questions, drop us a line at the address below.",
    "If anything is unclear, our early careers team is happy to help.",
    "You can always reach us via the candidate portal's help tab.",
    "Questions? Reply to this email and a member of the team will get back to you within two working days.",
    "",
]

# ------------------------------------------------------------------ acknowledgements --
ACK_SUBJ = [
    "Application received - {prog}", "Thanks for applying to {co}", "{co} | We've got your application",
    "Your {prog} application (ref {ref})", "Application confirmation: {prog} {year}",
    "We've received your application!", "{co} Early Careers - application submitted",
    "Thank you for your interest in the {co} {prog}", "Confirmation: {role} ({ref})",
]
ACK_CORE = [
    "Thank you for applying for the {prog} at {co}. This is to confirm that your application has reached us safely.",
    "We're writing to let you know we have received your application for our {prog}.",
    "Great news - your application for the {role} position is in! Thanks for taking the time to apply.",
    "Thanks for submitting your application to {co}. Your reference number is {ref}; please quote it if you get in touch.",
    "This email confirms receipt of your application for {role} ({city}).",
    "We have successfully received your application form and CV for the {prog} intake.",
    "Your application to the {co} {prog} has been submitted. Nice one!",
    "Many thanks for your application for the {role} apprenticeship. It has been logged on our system.",
    "Just a quick note to say we received your application for the summer internship - thanks for thinking of us.",
    "We confirm that your application for {role} was successfully lodged on {date}.",
    "Thanks a lot for applying! Your application for {role} has landed with our early careers team.",
    "Hello from the {co} graduate team - we've received your application and it's now with us.",
]
ACK_NEXT = [
    "Our team will now review it against the criteria for the programme, and we aim to be in touch within three weeks.",
    "You'll hear from us once the screening stage is complete, which normally takes two to four weeks.",
    "If your application is shortlisted, the next step will be a set of online assessments.",
    "Due to the volume of applications we receive, it may take a little while before we come back to you.",
    "We will update you by email whatever the outcome.",
    "In the meantime you can track your application in the candidate portal.",
    "Please keep an eye on your junk folder so that you don't miss anything from us.",
    "Shortlisting happens after the closing date on {date}, so please bear with us.",
]

# ------------------------------------------------------------------ invitations -------
INV_TEST_SUBJ = [
    "Next step: online assessments for the {prog}", "Action required: complete your {co} online tests",
    "Invitation to complete our situational judgement test", "{co} - numerical reasoning assessment",
    "Your {prog} application: assessment stage", "You're through to the next stage! \U0001F389",
    "Online assessment invitation | {role}", "{co}: please complete your online assessment",
]
INV_TEST_CORE = [
    "Congratulations - we'd like to invite you to the next stage of the process, which is a situational judgement test. You can access it using the link below and it takes around 25 minutes.",
    "We were pleased to review your application and would now like you to complete our online assessments: a numerical reasoning test and a short verbal reasoning test, hosted by {vendor}.",
    "Thanks for your application. We'd like you to take the next step by completing a game-based assessment through {vendor}. Please complete it by {date}.",
    "You have been shortlisted for the online test stage. Please complete the logical reasoning and work-style questionnaire within five days of this email.",
    "As the next part of your application for the {role} role, we'd like you to attempt a 60-minute coding challenge on our assessment platform. You can start whenever suits you before {date}.",
    "We're delighted to move you forward. The next stage is a short set of online exercises: a values-based questionnaire followed by a numerical test.",
    "Your application impressed us and we'd like to invite you to sit our online assessment. Set aside about 40 minutes somewhere quiet; you'll need a calculator and some scrap paper.",
    "Good news: you've progressed to the assessment stage of the {prog}. Click the link below to begin your situational strengths test.",
]
INV_VIDEO_SUBJ = [
    "Invitation: video interview for {role}", "Record your video interview - {co}", "Next stage: digital interview",
    "{co} {prog} - pre-recorded interview", "Your video interview link",
]
INV_VIDEO_CORE = [
    "We'd like to invite you to a pre-recorded video interview via {vendor}. You'll be asked five questions and have up to two minutes to answer each one.",
    "Congratulations on passing the online tests! The next stage is a short video interview, which you can complete at any time before {date}.",
    "You're invited to record a digital interview for the {role} position. There is a practice question first, so don't worry about getting used to the camera.",
    "We'd love to learn a bit more about you, so the next stage is an on-demand video interview - about 20 minutes, four questions about your motivation for the {prog}.",
    "Please complete your video interview using the link below. You have 30 seconds to read each question and two minutes to respond.",
]
INV_AC_SUBJ = [
    "Invitation to our assessment centre", "{co} - Assessment Centre on {date}", "Super Day invitation: {prog}",
    "Final stage: {co} assessment day", "Invitation to partner interview", "You're invited: final round interviews",
    "{prog} - assessment centre booking", "Assessment centre invite \U0001F4C5",
]
INV_AC_CORE = [
    "We're delighted to invite you to our assessment centre, the final stage of the {prog} process. It will take place on {date} at our {city} office, starting at {time}.",
    "Congratulations! You have been selected to attend a Super Day on {date}. The day includes two technical interviews, a group exercise and a chance to meet current analysts.",
    "We'd like to invite you to a final-round interview with one of our partners. Please pick a 45-minute slot that works for you using the booking link below.",
    "Following your video interview, we'd like you to join us for a virtual assessment centre. It consists of a case study, a group discussion and a competency interview.",
    "You've made it to the last stage - an assessment day in {city}. We'll cover reasonable travel costs, and lunch is on us.",
    "Thank you for completing the online tests. We would now like to invite you to a half-day assessment centre. Please choose a date from the options in the portal.",
    "We would like to invite you to a case interview with two members of our consulting team. Slots are available during the week of {date}; please book through the link.",
    "Following your interview with {sender}, the team would like to meet you again for a final conversation with the head of the programme. Could you let me know your availability next week?",
]
INV_CHAT_SUBJ = [
    "Quick chat about the internship?", "{co} internship - can we talk?", "Re: Summer internship application",
    "Intro call", "Interview for the {role} role", "Phone interview - {prog}",
]
INV_CHAT_CORE = [
    "Thanks for applying to intern with us! I'd love to have a 20-minute call to hear more about what you've been building. Does any time on {date} work?",
    "I'm one of the founders here and I read your application this morning. Could you jump on a quick video call this week? Grab any slot on my calendar: {link}",
    "We'd like to invite you to a telephone interview for the {role} position. It will last around 30 minutes and will be with {sender} from the early careers team.",
    "Your CV caught our eye. Would you be free for an informal chat with our hiring manager on {date} at {time}?",
    "We'd like to meet you! Could you come in for an interview at our {city} office on {date} at {time}? Reply to confirm or suggest another time.",
    "We'd like to schedule a first-round interview with you - around 30 minutes on Teams. Please choose a slot here: {link}",
]
RESCHED_SUBJ = ["Change to your interview time", "Rescheduled: {co} interview", "Updated: assessment centre date",
                "Need to move your interview - new slots"]
RESCHED_CORE = [
    "Unfortunately our interviewer is no longer available at the original time, so we'd like to move your interview to {date} at {time}. Please let us know if that works.",
    "Apologies for the change, but we need to reschedule your assessment centre. The new date is {date}; please rebook using the link below.",
    "We have had to move your interview. Could you choose a new slot from the ones below? Sorry for any inconvenience.",
]

# ------------------------------------------------------------------ rejections --------
REJ_SUBJ = [
    "Your application to {co}", "Update on your {prog} application", "{co} {prog} - application outcome",
    "Re: {role} application", "Your application: {role} ({ref})", "Outcome of your assessment centre",
    "An update from {co} Early Careers", "Application update", "Regarding your internship application",
    "{prog} {year}: your application",
]
REJ_OPEN = [
    "Thank you for your interest in the {prog} and for the time you have put into your application.",
    "Thanks again for applying to {co}, and for completing the {stage}.",
    "We really appreciate the effort you put into the {stage}.",
    "Thank you for attending our {stage} last week - it was great to meet you.",
    "I hope your exams went well! Thanks for your patience while we reviewed applications.",
    "",
]
REJ_CORE = [
    "After careful consideration, we regret to let you know that we will not be progressing your application any further.",
    "Unfortunately, on this occasion we won't be taking your application forward to the next stage.",
    "I'm sorry to say that you have not been successful this time.",
    "We've now reviewed all candidates and, I'm afraid, we will not be offering you a place on the programme.",
    "Sadly your results did not meet the threshold required to move on, so your application will close here.",
    "It was a very close call, but we've decided not to move forward with your application.",
    "We won't be able to offer you an internship this summer.",
    "Having reviewed your application carefully, we're not in a position to progress it to interview.",
    "I'm afraid the team has decided to go with other candidates for the intern role.",
    "Regrettably, we are unable to offer you a place on the {prog} this year.",
    "We were really impressed by a lot of what we saw, but we won't be making you an offer on this occasion.",
    "Your application has been unsuccessful at the {stage} stage.",
]
REJ_CLOSE = [
    "We'd encourage you to apply again in future - many successful graduates applied more than once.",
    "We'll keep your details on file and may contact you if a suitable opportunity comes up.",
    "We wish you every success with your studies and your career.",
    "Please don't let this put you off; our applications for next year open in September.",
    "Best of luck with your final year.",
    "Thanks again, and all the best for what comes next.",
    "",
]
STAGES = ["online tests", "video interview", "assessment centre", "application form", "Super Day", "partner interview",
          "telephone interview", "situational judgement test"]
REASON = {
    "role_filled": [
        "All places in this year's cohort have now been filled.",
        "The internship has now been filled by another applicant.",
        "We have made offers for all the positions available in {city}, so the intake is now closed.",
        "Our graduate intake for {year} is now full.",
        "The last remaining place on the scheme was accepted earlier this week.",
    ],
    "budget_freeze": [
        "Due to a freeze on hiring across the business this year, we have had to reduce the number of places.",
        "Budget constraints mean we are unable to fund any new intern positions this year.",
        "Following a review of spending, the organisation has paused all early-careers recruitment.",
        "A hiring freeze came into effect this month, which unfortunately includes the apprenticeship intake.",
    ],
    "closer_fit": [
        "We have chosen to proceed with applicants whose studies more closely match the requirements of the team.",
        "We have offered the role to a candidate whose background was a closer match for the placement.",
        "Other applicants' experience aligned more directly with what this particular rotation needs.",
        "We went with someone whose skills fitted the project a little more closely.",
    ],
    "level_mismatch": [
        "This role turned out to need someone with several years of post-qualification experience, so it is not suitable for graduates.",
        "On reflection, we are looking for a candidate at a more senior stage than the graduate level.",
        "As a final-year student you are slightly ahead of the first-year insight audience this placement is designed for.",
        "The team has decided they need an experienced hire rather than an intern for this work.",
    ],
    "role_cancelled": [
        "The {prog} will not run in {year}, and all applications have been closed.",
        "The internship project has been cancelled following a change of priorities in the business.",
        "We have taken the difficult decision to withdraw the apprenticeship vacancy.",
        "Unfortunately the placement you applied for has been discontinued.",
        "Because the position has been withdrawn, the interview we had scheduled for {date} will not go ahead.",
    ],
}
NOFEED = [
    "Because of the number of applicants, we're unable to give individual feedback at this stage.",
    "We had many strong candidates this year, and the decision was a difficult one.",
    "Competition for places was particularly strong.",
    "",
    "",
]

# ------------------------------------------------------------------ feedback ----------
FB_INTRO = [
    "The assessors' notes on your day said the following.",
    "To help with future applications, here is a summary of what the panel noted:",
    "A few points from your assessment that might be useful:",
    "Some feedback from the interviewers, which I hope helps:",
    "We'd like to share some brief feedback.",
    "Your scores were close to our threshold, and the assessors highlighted a few things.",
]
FB_PRAISE = [
    "Your motivation for the programme came across really well.",
    "Your written exercise was one of the strongest we saw.",
    "The panel enjoyed your energy and your genuine interest in {co}.",
    "You scored well above the benchmark on the numerical test.",
    "Your answers on why you wanted to join were thoughtful.",
    "The interviewers liked how you talked about your final-year project.",
    "",
]
FB_WEAK = {
    "coding": [
        "In the coding task, several test cases failed and the solution was hard to follow.",
        "Your code worked for the basic case but didn't handle empty input or larger data sets.",
        "The interviewer felt you needed more practice turning an idea into working code under time limits.",
        "The programming exercise was left incomplete, and we'd have liked to see cleaner functions.",
    ],
    "system_design": [
        "When asked how your app would cope with thousands of users, the answer stayed quite vague.",
        "We'd have liked to see you reason more about how the different parts of the system would fit together and scale.",
        "The architecture discussion didn't go into data storage or how services would talk to each other.",
    ],
    "technical_depth": [
        "On the technical questions, answers stayed at a surface level; the panel wanted more detail on how things actually work.",
        "In the case study, the analysis didn't go deep enough into the numbers to support your recommendation.",
        "Your understanding of the underlying engineering principles seemed a little thin when probed.",
        "When the interviewer dug into your dissertation methods, you struggled to explain the reasoning behind them.",
    ],
    "behavioural": [
        "In the competency interview, your examples lacked a clear outcome - try structuring them with situation, task, action and result.",
        "Your strength-based answers were quite general; the assessors wanted specific moments from your own experience.",
        "Several of your stories described what the group did rather than what you personally did.",
    ],
    "communication": [
        "Your presentation ran over time and the key message got a little lost.",
        "Some answers were long and it was hard for the assessors to follow your main point.",
        "We'd suggest working on explaining your ideas more concisely to a non-specialist audience.",
        "The written summary was unclear in places and needed a firmer structure.",
    ],
    "questions_to_ask": [
        "When given the chance to ask questions at the end, you didn't have any, which the partner noted.",
        "Having a couple of thoughtful questions about the role would have shown more curiosity.",
        "The interviewers felt your questions for them could have been more specific to the team.",
    ],
    "composure": [
        "You seemed quite nervous during the presentation, and it affected how you handled follow-up questions.",
        "When the case took an unexpected turn, you seemed to lose confidence.",
        "Under time pressure in the group task you became a little flustered.",
    ],
    "experience_level": [
        "Compared with other candidates, you had less practical experience in an office or client-facing setting.",
        "The panel felt you would benefit from another placement or some work experience before joining.",
        "We felt you'd benefit from more hands-on exposure to the field before starting the programme.",
    ],
    "collaboration": [
        "In the group exercise, you tended to work alone rather than building on other people's ideas.",
        "Assessors noted that you rarely brought quieter members of the group into the discussion.",
        "During the team task you spoke over others at times, which affected the group's progress.",
    ],
    "cv_positioning": [
        "Your application didn't clearly show how your experience relates to this programme.",
        "Your CV undersold your project work - it reads as a list of modules rather than what you achieved.",
        "Your cover letter was quite generic and didn't explain why this scheme in particular.",
    ],
}

# ------------------------------------------------------------------ offers ------------
OFFER_SUBJ = [
    "Your offer from {co} \U0001F389", "Offer: {prog} {year}", "Congratulations - {co} {prog}",
    "Conditional offer of employment", "Return offer - {prog}", "Good news from {co}!",
    "Your internship offer", "Offer letter: {role}",
]
OFFER_CORE = [
    "I am delighted to offer you a place on the {co} {prog}, starting in September {year}. Your formal offer letter is attached.",
    "Congratulations! Following your assessment centre, we would like to offer you the role of {role}. This offer is conditional on you achieving a 2:1 or above in your degree.",
    "Following your excellent internship this summer, we're pleased to make you a return offer to join the {prog} after you graduate.",
    "We'd love to have you on the team this summer - we're offering you the internship at a stipend of {pay} a month. Let me know if you want to hop on a call to talk it through.",
    "I'm very pleased to confirm that we're offering you a position as {role} in our {city} office, subject to satisfactory references and right-to-work checks.",
    "The panel was unanimous: we'd like to offer you a place on the apprenticeship programme.",
    "On behalf of {co}, it is my pleasure to extend an offer for the {role} internship. Please review the attached terms and accept through the portal by {date}.",
    "Great news - we can offer you a full-time graduate position, subject to your final degree results.",
]
OFFER_NEXT = [
    "Please confirm whether you accept the offer within two weeks.",
    "Your salary will be {pay} per annum, plus a signing bonus.",
    "A member of the team will call you this week to talk you through the offer.",
    "We'll be in touch about pre-joining events nearer the time.",
    "Feel free to ask any questions before you decide.",
]
PAY = ["£31,500", "€34,000", "A$72,000", "S$4,200", "R28,000", "₹9,50,000", "$2,800", "£2,100", "€1,650"]

# ------------------------------------------------------------------ negatives: employer --
# each entry: (subjects, cores) ; company = the employer named
NEG_EMP = {
    "status": (["Your application status", "Update: {prog} application", "Still reviewing - {co}"], [
        "Just a quick update: your application for the {prog} is still being reviewed. We've had a record number of applications and hope to update you soon.",
        "We wanted to let you know that we're still working through applications for {role}. No action is needed from you right now.",
        "Your application remains under consideration. We expect to make shortlisting decisions by {date}.",
        "Thanks for your patience. Our assessors are still reviewing applications and we'll be in touch as soon as we have news.",
    ]),
    "complete": (["Don't forget to finish your application", "Your {prog} application is incomplete", "Reminder: application closes soon \u23F0"], [
        "You started an application for the {prog} but haven't submitted it yet. Applications close on {date}, so don't miss out!",
        "It looks like your application is still in draft. Log in to upload your CV and complete the remaining sections.",
        "Please complete your candidate profile - we can't review applications until the education section is filled in.",
    ]),
    "booked": (["Reminder: your assessment centre tomorrow", "See you on {date}!", "Your interview is confirmed", "Booking confirmed - {co} Super Day"], [
        "This is a reminder that your assessment centre is booked for {date} at {time}. Please bring photo ID and arrive ten minutes early.",
        "Thanks for booking your interview slot. You're confirmed for {date} at {time}; the Teams link is below.",
        "Just a reminder that your video interview is due to close on {date}. If you've already completed it, please ignore this message.",
        "Your place at the Super Day on {date} is confirmed. Dress code is business casual, and the agenda is attached.",
    ]),
    "submitted": (["Assessment completed", "We've received your test results", "Video interview submitted"], [
        "Thank you for completing the online assessments. Your responses have been recorded and passed to the recruitment team.",
        "This confirms that your video interview has been submitted successfully. You don't need to do anything else for now.",
    ]),
    "thanks_today": (["Thanks for today!", "Great to meet you", "Thank you for attending"], [
        "Thanks so much for coming in today, it was lovely to meet you. We'll be in touch once we've seen all the candidates.",
        "Thank you for your time at the assessment centre today. We'll let everyone know the outcome by the end of next week.",
        "Thanks for the chat this afternoon - I enjoyed hearing about your robotics society. I'll follow up once I've spoken to the team.",
    ]),
    "closed_before": (["Re: Internship enquiry", "Re: Are you hiring interns?", "Re: Question about the placement"], [
        "Thanks for getting in touch. Unfortunately our summer internships closed last month, before we received your message, so there's nothing open right now. Keep an eye on our careers page in the autumn.",
        "Thanks for your interest! We're actually not recruiting any interns this year, but do check back in the new year.",
        "Appreciate the email. That role was taken down from the site a while ago, so there isn't an application process at the moment.",
    ]),
    "cantshare": (["Re: Feedback request", "Re: Request for feedback", "RE: Assessment feedback"], [
        "Thank you for your email. I'm sorry, but due to the volume of applicants, we are unable to provide individual feedback at the online test stage.",
        "Thanks for asking. Our policy is not to share detailed feedback for applications that don't reach the assessment centre, but we appreciate you reaching out.",
        "I completely understand why you'd like feedback. Unfortunately we don't keep notes at that stage that we're able to share.",
    ]),
    "onboarding": (["Welcome to {co}! Your pre-joining checklist", "Next steps before you start", "Your first day at {co}"], [
        "We're so pleased you've accepted your place! Please complete your new starter forms, upload proof of your right to work and send us your bank details by {date}.",
        "Now that you've accepted your offer, here's what happens next: background screening, a laptop order and your induction on {date}.",
        "Welcome aboard! Your first day is {date}. Please report to reception at {time} and ask for {sender}.",
    ]),
    "insight": (["You're invited: {insight} at {co}", "Join us for our {insight}", "{co} presents: {insight}"], [
        "Curious about a career in our industry? Join us for our {insight} on {date}. You'll meet current graduates and take part in a skills workshop. Places are limited, so register early.",
        "We're running an employer presentation on campus on {date}: free pizza, a Q&A with our graduates, and tips on our application process.",
        "Sign up for our online workshop on acing assessment centres - open to all students, no application needed.",
    ]),
    "interview_someone": (["Could you help interview interns?", "Interview panel volunteers needed", "Re: intern interviews next week"], [
        "As one of our recent graduates, would you be willing to sit on the interview panel for next year's interns? It's about two hours on {date}.",
        "Hi! We're short of interviewers for the placement student assessment day. Could you run one of the group exercises?",
    ]),
}

# ------------------------------------------------------------------ negatives: no employer --
NEG_GEN = {
    "careers_news": (["Careers Weekly: {n} opportunities this week", "Your careers newsletter \u2728", "This week at the Careers Centre"], [
        "Still waiting to hear back from a graduate scheme? Rejection is part of the process - come to our drop-in on dealing with knock-backs, Wednesday 2-4pm.",
        "This week: how to prepare for assessment centres, practice aptitude tests free with your student login, and a talk by alumni who got offers at big law firms.",
        "Book a mock interview with a careers adviser! We have slots every weekday and can help you practise video interviews too.",
        "Employers on campus this month include banks, consultancies and the civil service fast stream. See the events calendar for details.",
    ]),
    "fair": (["Graduate Careers Fair - {date}", "Meet 80+ employers at the Careers Fair", "Reminder: Virtual Internship Fair"], [
        "More than 80 employers will be in the Great Hall on {date}, from engineering firms to charities. Bring copies of your CV and dress smart.",
        "Our virtual internship fair is open tomorrow. Chat live with recruiters, join presentations and find out which firms sponsor placements.",
    ]),
    "mentoring": (["Apply now: Alumni Mentoring Scheme", "You've been matched with a mentor!", "Mentoring programme - final call"], [
        "Our alumni mentoring scheme pairs you with a graduate working in your chosen field for six months. Apply by {date}.",
        "Great news - you've been matched with a mentor who works in investment banking. They'll be in touch to arrange your first meeting.",
    ]),
    "alert": (["{n} new graduate jobs match your search", "New internships for you", "Job alert: graduate roles in {city}"], [
        "Graduate Analyst - {co_a} - {city}\nSummer Intern, Data - {co_b} - Remote\nApprentice Engineer - {co_c} - {city}\nSee all matching jobs",
        "New roles matching 'internship': {co_a} (Marketing Intern), {co_b} (Finance Placement), {co_c} (IT Apprentice). Apply before they close!",
    ]),
    "profile": (["Recruiters viewed your profile", "Complete your profile to stand out", "3 employers looked at your profile this week"], [
        "Good news! Recruiters from 3 companies viewed your profile this week. Students with a complete profile are 4x more likely to be contacted.",
        "Your profile is 60% complete. Add your skills and upload a CV so employers can find you.",
    ]),
    "digest": (["How to bounce back from grad scheme rejections", "Blog: 7 mistakes at assessment centres", "Weekly read: what a Super Day is really like"], [
        "In this week's post: five graduates share how they handled rejection letters and what finally got them an offer. Plus, our guide to answering 'tell me about a time you failed'.",
        "Assessment centre season is here. We spoke to recruiters about what they want to see in group exercises - and the interview mistakes that cost candidates an offer.",
        "Got an offer but not sure whether to accept? Our latest article explains how to compare graduate packages and negotiate start dates.",
    ]),
    "admission": (["Your application to {uni}", "Decision on your Master's application", "Postgraduate admissions update"], [
        "Thank you for applying for the MSc in Data Science. After careful consideration, we regret that we are unable to offer you a place on the course this year.",
        "We are pleased to offer you a place on the MA in International Development, subject to your final degree classification.",
        "Unfortunately the admissions committee was unable to make you an offer for the PhD programme this round.",
    ]),
    "scholarship": (["Scholarship decision", "Your bursary application", "Travel grant outcome"], [
        "We're sorry to tell you that your application for the Excellence Scholarship was not successful this year. Demand was very high.",
        "Congratulations! You have been awarded a hardship bursary of £1,000 for the coming term.",
        "The travel grant panel has reviewed your proposal and unfortunately could not fund it this round.",
    ]),
    "exam": (["Your exam results are available", "Module results published", "Resit information"], [
        "Your semester results are now available on the student portal. If you have questions about your marks, contact your department office.",
        "Your resit for Statistics II has been scheduled for {date}. Please check the exam timetable for the room.",
    ]),
    "society": (["Society AGM + social this Friday!", "Your society membership", "Case interview practice night"], [
        "Hi all! Our AGM is this Friday followed by drinks. We're also running a mock interview night with second-years who did summer internships - sign up on the form.",
        "Sorry, the climbing society is full for this term and we couldn't accept your membership. We'll reopen in January.",
        "The Consulting Society is hosting a case interview practice session on {date}. No experience needed!",
    ]),
    "housing": (["Your room application", "Re: viewing for the flat on Mill Road", "Accommodation allocation"], [
        "Thank you for your interest in the room. Unfortunately the landlord has chosen another tenant.",
        "We regret that we could not allocate you a place in halls for next year. Please see our private housing list.",
    ]),
    "visa": (["Update on your visa application", "Biometrics appointment"], [
        "Your application for a student visa extension has been refused. The reasons are explained in the attached letter, along with your options for review.",
        "Your biometrics appointment has been booked for {date} at {time}.",
    ]),
    "scam": (["URGENT: Remote internship offer - start today!!", "Congratulations! You are selected for paid internship", "Job Offer: Online Data Entry Intern ($45/hr)"], [
        "Dear Candidate, you have been selected for a remote internship with a global firm. No interview needed! To secure your position please send a refundable registration fee of $95 via gift card.",
        "Hello, we got your CV from a job site. We offer you work-from-home intern role paying $600 weekly. Reply with your bank details and ID copy to start immediately.",
        "Congratulations!! Your profile is shortlisted for our paid internship. Kindly pay the training kit charge of Rs 2,499 to confirm your seat.",
    ]),
    "personal": (["Re: lunch?", "heading home this weekend", "Re: group project slides", "notes from lecture"], [
        "Hey! Yes, lunch tomorrow works. Also did you hear back from that bank? I got my rejection yesterday lol.",
        "I'll finish the methodology section tonight, can you do the conclusion? Tutor wants it by Friday.",
        "Mum says hi. Good luck with your interview next week - you'll smash it.",
        "Shared my notes from today's lecture in the drive. Exam's in three weeks so don't panic.",
    ]),
}

# ------------------------------------------------------------------ Sent mail ---------
SENT = {
    "fbreq": (["Re: {subj}", "Request for feedback - {prog}", "Feedback on my application", "Re: Application outcome - feedback?", "Feedback after assessment centre"], [
        "Thank you for letting me know. Although I'm disappointed, I'd be really grateful for any feedback on my {stage}, as I'm hoping to apply again next year.",
        "Thanks for the update. Would it be possible to get some feedback on where I fell short at the {stage}? Anything at all would help me improve.",
        "I was sorry to hear I wasn't successful. If you have a moment, could you share what I could have done better in the interviews?",
        "Thanks for your email. I really enjoyed the {stage} and learnt a lot. Is there any feedback from the assessors you could pass on?",
        "Sorry to bother you - I wondered if my test scores were available, or if there was any feedback on why my application didn't progress?",
        "hi, thanks for letting me know. any chance of a few pointers on what let me down? would really help for the next round of applications",
    ]),
    "thanks": (["Thank you - {co} interview", "Thanks for today", "Re: {subj}"], [
        "Thank you for taking the time to interview me today. I really enjoyed learning about the programme and I'm even more excited about the opportunity.",
        "Just wanted to say thanks for organising the assessment day - everyone was really welcoming.",
    ]),
    "accept": (["Re: Your offer from {co}", "Acceptance of offer - {prog}", "Re: {subj}"], [
        "I'm delighted to accept the offer to join the {prog}. I've signed and returned the contract through the portal. Thank you so much!",
        "Thank you - I'm thrilled to accept the internship. Please let me know what I need to do before I start.",
    ]),
    "decline": (["Re: Your offer from {co}", "Declining offer - {prog}", "Re: {subj}"], [
        "Thank you very much for the offer. After a lot of thought I've decided to accept a place elsewhere, so I must respectfully decline. I really appreciated the process.",
        "I'm grateful for the offer, but I've decided to continue to a Master's next year, so I won't be accepting the place.",
    ]),
    "withdraw": (["Withdrawal of application", "Re: {subj}", "Withdrawing from the {prog} process"], [
        "I'm writing to withdraw my application for the {prog}, as I have accepted another offer. Thank you for your time and consideration.",
        "Please could you withdraw me from the assessment centre on {date}? I've decided to pursue a different path. Apologies for any inconvenience.",
    ]),
    "schedule": (["Re: {subj}", "Re: Interview availability", "Re: Rescheduling"], [
        "Thank you for the invitation! {date} at {time} works perfectly for me. See you then.",
        "Thanks - I've booked the 10am slot through the link. Looking forward to it.",
        "I have an exam on that day - would it be possible to do the afternoon slot instead?",
    ]),
    "applied": (["Application: {role} - {first_me}", "Internship application - {first_me}", "Speculative application: summer placement"], [
        "Please find attached my CV and cover letter for the {role} position. I'm a final-year student at {uni} and would love to join your team this summer.",
        "I'm a second-year student and I'm very interested in a summer internship with {co}. I've attached my CV in case there's an opportunity.",
    ]),
}

# ------------------------------------------------------------------ more variety ------
ABOUT_PROG += [
    "Last year more than 9,000 students applied for 140 places across the UK and Ireland.",
    "Interns work on live client projects from week one, supported by a manager and a peer mentor.",
    "The programme includes a week-long induction and a residential training course in the first month.",
    "Graduates rotate through three business areas before choosing where to specialise.",
    "Our apprentices earn while they learn and finish with a recognised qualification.",
    "Working students join us for up to 20 hours a week alongside their studies.",
]
CONTACT += [
    "For anything about your application, use the 'Ask a question' form in your dashboard.",
    "Our inbox is busy during the autumn, so please allow a few days for replies.",
    "Feel free to reply here if something doesn't look right.",
    "Our FAQs cover most questions about the process, including what to wear and how to travel.",
]
ACK_CORE += [
    "Thank you for putting yourself forward for our {prog}; we know how much work goes into these applications.",
    "Your application for the {year} intake arrived safely. Thank you for choosing to apply to {co}.",
    "Cheers for applying! Your details are with our recruitment team now and someone will look at them shortly.",
    "We're pleased to confirm that you've completed the first step: your application for {role} is with us.",
    "Receipt confirmed: application for {role}, {city}, reference {ref}.",
    "This is an automatic confirmation that your application has been received. Nothing else is needed from you at this point.",
    "Your CV and cover letter for the {prog} have come through fine. Thanks for being so thorough.",
    "Thanks for your application to the {prog}. We read every application ourselves, so it may take us a little while.",
]
ACK_NEXT += [
    "Most applicants hear back within a month of the closing date.",
    "Applications are screened by two members of our team against the published criteria.",
    "You can withdraw or update your contact details from your account at any time.",
    "There's no need to contact us to check on your application - we will write to you either way.",
]
INV_TEST_CORE += [
    "We're happy to let you know that your application has passed our initial screening. Next, please complete a short numerical reasoning test through {vendor} by {date}.",
    "Please complete the attached link to our online situational judgement questionnaire. It presents everyday workplace scenarios and asks how you would respond - there's no time limit.",
    "As part of the selection process for {role}, we'd like you to take an online verbal and numerical reasoning assessment. You'll have seven days to complete it.",
    "We'd like to invite you to a short technical exercise: three problems to solve in your own time over the next five days. Submit your code through the link when you're done.",
]
INV_VIDEO_CORE += [
    "Thank you for completing the assessments - you've done well! We now invite you to a recorded interview, which lets us hear how you think about real situations at {co}.",
    "Please record your answers to our on-demand interview by {date}. You can retake the practice question as many times as you like before starting.",
    "The next stage is a live video interview with a member of our graduate team, lasting about 30 minutes. Use the booking link to choose a time.",
]
INV_AC_CORE += [
    "We're thrilled to invite you to the final stage of our {prog} recruitment: a virtual assessment centre on {date}, running from {time} until early afternoon.",
    "You're invited to our Super Day on {date}. Expect three back-to-back interviews with desk heads and a short markets discussion.",
    "We'd like you to come in for a final round with two partners on {date}. Each conversation is around 40 minutes and includes a short case.",
    "We'd like to invite you to the in-person assessment day for the apprenticeship. You'll tour the workshop, complete a practical task and have an interview with a supervisor.",
]
INV_CHAT_CORE += [
    "Loved your portfolio! Could you do a quick call on {date}? Nothing formal - just want to get to know you and tell you about the internship.",
    "Hey - we're keen to move forward with your application. Can you do a 30-min technical chat with our CTO next week? Reply with a few times that work.",
    "Thanks for reaching out about the summer role. I'd like to set up a short phone interview; how does {date} at {time} sound?",
]
REJ_OPEN += [
    "Thanks for your interest in joining {co} as an intern this year.",
    "It has been a pleasure getting to know you through the {stage}.",
    "Thank you for your patience while we completed the {stage} for all candidates.",
    "We received over {n}00 applications for this year's programme, and we're grateful you were one of them.",
]
REJ_CORE += [
    "We've decided not to take your application to the next round.",
    "On this occasion we will not be inviting you to the assessment centre.",
    "The panel has decided not to offer you a place, and I'm sorry to be writing with this news.",
    "Your application will not be progressing this year, I'm afraid.",
    "We're going to pass on your application for the summer, but thank you for applying.",
    "We won't be continuing with your application for the {prog}.",
    "Following the {stage}, we have decided that we will not be proceeding further with your application.",
    "We have decided to close your application at this stage.",
]
REJ_CLOSE += [
    "We hope you'll keep us in mind for our graduate roles next year.",
    "Do look out for our insight programmes and other opportunities on our careers site.",
    "Thank you once again for your interest, and good luck with your degree.",
]
FB_INTRO += [
    "I've included a short summary of the assessor comments below.",
    "The interviewers asked me to pass on a few thoughts.",
    "Here are the main themes from your scores and the assessors' notes:",
]
FB_PRAISE += [
    "You clearly prepared well and knew a lot about our clients.",
    "Your numerical test score was strong.",
    "The assessors appreciated how friendly and open you were throughout the day.",
]
OFFER_CORE += [
    "It's my great pleasure to let you know that you've been successful: we'd like to offer you a place on our {year} {prog}.",
    "After a strong summer with the team, we're offering you a place on the full-time graduate programme starting next September.",
    "We'd like to offer you a 12-month industrial placement with {co}, starting in July. The paperwork will follow from HR.",
    "You did brilliantly at the Super Day and we'd like to offer you a Summer Analyst position in {city}.",
]
OFFER_NEXT += [
    "This offer is subject to satisfactory references and your final degree result.",
    "We'll send a pre-joining pack with more details about your start date and the training programme.",
    "Please accept or decline through the candidate portal.",
]

_MORE_NEG = {
    "status": [
        "We know waiting is hard! Your application is still in the queue and hasn't been overlooked - reviews for the {prog} are taking a bit longer than planned this year.",
        "A quick note to say that shortlisting for {role} is ongoing. We'll contact every applicant once decisions have been made.",
        "No news yet, I'm afraid - the hiring managers are still going through the video interviews. I'll chase them this week.",
    ],
    "complete": [
        "You're nearly there! Your online test for the {prog} is still unstarted in your account, and the link expires on {date}.",
        "We noticed you haven't yet added your predicted grades. Please update your application so that it can be reviewed.",
    ],
    "booked": [
        "Looking forward to seeing you on {date}! Here is the schedule for the day, directions to our {city} office and the name of your host.",
        "A reminder that your telephone interview with {sender} is tomorrow at {time}. They'll call the number on your application.",
        "Your Super Day starts at {time} on {date}. Please log in to the video platform five minutes early to test your camera.",
        "Just confirming we've received your slot choice - your partner interview will take place on {date} at {time}.",
    ],
    "thanks_today": [
        "It was great to see so many of you at the assessment centre today - thank you for your energy. Decisions will follow within ten working days.",
        "Thanks for making the trip to {city} for the Super Day. Please send your travel receipts to this address so we can reimburse you.",
    ],
    "onboarding": [
        "Congratulations again on accepting your place. Please complete the online induction modules and book your security screening appointment before {date}.",
        "Ahead of your internship starting on {date}, please sign the NDA in the portal and tell us your laptop preference (Mac or Windows).",
    ],
    "insight": [
        "Applications for our {insight} are now open! It's a paid two-day programme for first-year students, with workshops and a chance to shadow our teams.",
        "Meet our graduates at the {uni} careers fair on {date} - we'll be at stand 14 with tips on our online tests.",
        "Register for our virtual 'day in the life' session on {date} to hear from interns about their summer projects.",
    ],
    "closed_before": [
        "Thanks for your email and for your interest in interning with us. We don't have any openings this year, and our next intake hasn't been planned yet, so there isn't anything to apply for right now.",
    ],
    "submitted": [
        "Thanks - your case study submission has been received and will be reviewed by our assessors. Outcomes are usually shared within two weeks.",
    ],
}
for _k, _v in _MORE_NEG.items():
    NEG_EMP[_k] = (NEG_EMP[_k][0], NEG_EMP[_k][1] + _v)

NEG_GEN["scam"][1].extend([
    "Greetings! Our company is urgently hiring university students as Remote Payment Assistants. You will receive funds into your account and forward them to our clients, keeping 10% as your intern salary. No experience needed.",
    "Dear {first}, your CV was shortlisted by our AI system for a Virtual Internship Certificate Program. Pay only $49 for onboarding materials and receive an official offer letter within 24 hours!",
    "Hi, I am a recruiter for a big firm. Interview will be held on Telegram chat, please add the HR manager. Salary $35/hour for part time student job. Equipment cheque will be sent to you.",
    "OFFER LETTER - Congratulations on being selected as Summer Trainee. Please deposit the security amount of Rs 3,500 for your laptop and ID card. Amount will be refunded after joining.",
    "Work from your hostel room! Earn Rs 25,000/month typing captchas. Limited seats for students. Registration fee only Rs 999 - pay now to get your joining letter.",
])
NEG_GEN["personal"][1].extend([
    "Can you believe it, they rejected me from the flat-share because I'm 'only a student'. Anyway, want to look at the place on Elm Street together?",
    "Are you coming to the careers fair tomorrow? Meet at the library at 10 and we can walk over together.",
    "Dad's birthday is on Sunday - can you chip in for the present? I'll send you my bank details.",
    "Offer for you: I'll swap my Friday shift at the café for your Tuesday one. Let me know!",
    "Good luck at the super day!! Text me after and we'll get food to celebrate or to commiserate, either way.",
    "Lecture's moved to room 2.14 on Thursday. Also the tutor said feedback on the essays will be out next week.",
])
NEG_GEN["digest"][1].extend([
    "This week: a hiring manager explains why she rejects 80% of graduate CVs in under a minute, and how to make yours survive the first read.",
    "Psychometric tests decoded: what numerical, verbal and situational judgement tests measure, and how to practise without paying for anything.",
    "Three interns tell us how they turned a summer placement into a return offer - and one who didn't get one.",
])
NEG_GEN["careers_news"][1].extend([
    "Applications for most autumn graduate schemes close in November. Our advisers can check your application before you hit submit.",
    "New on the blog: what to do when you get an offer from one employer while you're still waiting on another.",
])
OOO = [
    "I am out of the office until further notice. Your message has not been forwarded.",
    "Thanks for your message. I'm away at campus events all week; please expect a slower reply than usual.",
    "This mailbox is checked on Tuesdays and Thursdays only. We'll get back to you then.",
    "I'm on parental leave. For graduate recruitment, please email the team inbox instead.",
    "Hello! I'm travelling for university recruitment until {date}. For urgent matters call our office.",
    "Automatic reply: I no longer work in early careers. Your email has been passed to my colleague.",
]
