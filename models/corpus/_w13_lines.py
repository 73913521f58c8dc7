"""Sentence banks for the w13 generators: what big-employer ATS mail says, slot by slot.

Placeholders: {c} company, {r} role, {q} requisition, {f} candidate first name. Every line was
written for this project. Reasons and feedback weaknesses are keyed by the label vocabulary so the
generators can set ``outside_control`` / ``topics`` from exactly what the text says.
"""

from __future__ import annotations

# --- acknowledgements ------------------------------------------------------------------------

ACK_OPEN = [
    "Thank you for applying to the {r} position at {c}.",
    "We have received your application for {r} (Requisition {q}).",
    "Thanks for your interest in {c}! This email confirms we received your application for {r}.",
    "Your application for {r} has been successfully submitted.",
    "This message confirms that your application for the {r} opening was received on our careers site.",
    "We appreciate you taking the time to apply for {r} with {c}.",
    "Good news: your application is in. {c} has received your submission for {r}.",
    "Thank you for submitting your resume for the role of {r}.",
    "Your candidacy for {r} ({q}) has been recorded in our system.",
    "We're writing to let you know your application for {r} reached us.",
    "Thank you for choosing {c} as a place to grow your career. We received your application for {r}.",
    "Application received: {r}, {q}.",
    "Thanks for throwing your hat in the ring for {r}! We've got your application.",
    "We successfully received the application you submitted for {r}.",
]
ACK_NEXT = [
    "Our recruiting team reviews every application carefully. If your background matches what the hiring "
    "team needs, a recruiter will reach out to discuss next steps.",
    "Due to the high volume of applications, we may not be able to respond to each applicant individually.",
    "You can track the status of your application at any time by signing in to your candidate profile.",
    "If your qualifications are a match, you can expect to hear from us within two to three weeks.",
    "Please note that it may take some time to review all submissions for this opening.",
    "What happens next? A member of our talent team will review your experience against the requirements "
    "of the role.",
    "We will contact you if we would like to move forward. Should another role be a better match, we may "
    "keep your profile on file.",
    "In the meantime, feel free to explore other openings and learn more about life at {c}.",
    "No further action is needed from you at this time.",
    "Applications are reviewed on a rolling basis until the position is filled.",
    "Please keep an eye on your inbox (and spam folder) for future updates.",
    "Because we want to give every applicant a fair review, this can take a little while.",
]

# --- rejections -----------------------------------------------------------------------------

REJ_OPEN = [
    "Thank you for your interest in the {r} position and for the time you invested in applying.",
    "We appreciate your interest in {c} and the opportunity to review your qualifications for {r}.",
    "Thank you for applying for {r} ({q}).",
    "Thank you for taking the time to speak with our team about the {r} role.",
    "We want to thank you for your patience while we reviewed candidates for {r}.",
    "Thanks again for considering {c} for the next step in your career.",
    "We're grateful you chose to apply for the {r} opening.",
    "Thank you for interviewing with us for the {r} position.",
    "I appreciate you spending time with our team over the past few weeks.",
    "We have completed our review of applications for Requisition {q} - {r}.",
]
REJ_CORE = [
    "After careful consideration, we have decided to move forward with other candidates whose "
    "qualifications more closely match the needs of this position.",
    "Unfortunately, we will not be moving forward with your application at this time.",
    "We regret to inform you that you have not been selected for this position.",
    "After reviewing your application, we've decided not to advance your candidacy.",
    "At this time we have chosen to pursue other applicants for this role.",
    "While your background is impressive, we will not be proceeding further with your candidacy.",
    "Your application was not selected to move forward in the hiring process.",
    "We have decided not to move you forward to the next stage.",
    "The hiring team has decided to go in a different direction for this position.",
    "This was a difficult decision, but we won't be extending an offer for this role.",
    "Please accept this email as notice that your candidacy for this position is now closed.",
    "We are unable to offer you a position at this time.",
    "The hiring manager has elected not to continue with your application.",
    "We've made the decision to close out your application for this requisition.",
    "I'm sorry to say we've decided not to move ahead with your candidacy.",
    "Your application status has been updated to: Not Selected.",
]
REJ_CORE_SHORT = [
    "We won't be moving forward. Thanks again for your time.",
    "Going to pass on this one, but appreciate you applying.",
    "Unfortunately we've decided not to proceed.",
    "The team decided to go with someone else.",
    "Not a match this time, sorry.",
]
REASONS = {
    "role_filled": [
        "The position has now been filled.",
        "We have since filled this position.",
        "We've accepted an offer from another candidate for this role.",
        "This requisition has been filled and is no longer accepting applications.",
        "Another candidate has accepted the position.",
        "The opening was filled before we were able to schedule your next conversation.",
        "We extended an offer to another finalist, who has accepted.",
    ],
    "budget_freeze": [
        "Due to a company-wide hiring freeze, this position has been put on hold indefinitely.",
        "Budget for this headcount has been paused for the remainder of the fiscal year.",
        "Recent changes to our financial plan mean we are no longer able to fund this role.",
        "Because of an organizational budget review, all open requisitions in this department are frozen.",
        "Funding for this position was not approved in the current budget cycle.",
        "We've had to pause hiring across the division while we reassess our budget.",
    ],
    "closer_fit": [
        "We selected a candidate whose experience more closely aligns with the requirements of the role.",
        "We moved forward with an applicant whose background was a closer match for this team's needs.",
        "Another candidate brought experience that was more directly relevant to what the team needs today.",
        "We identified a candidate whose skill set maps more directly onto the day-to-day of this position.",
        "The person we chose had a background that was a more precise fit for this particular team.",
        "We went with someone whose industry experience lined up more closely with our current projects.",
    ],
    "level_mismatch": [
        "The hiring team is looking for someone with more senior leadership experience for this role.",
        "We've decided this role needs a more senior profile than we initially posted.",
        "We are looking for a candidate at an earlier career stage for this particular opening.",
        "The role has been re-leveled and now calls for a more experienced candidate.",
        "Your experience is at a higher level than this position, and we don't think it would be a good "
        "match for your career goals.",
        "The team needs someone who has already managed managers, which goes beyond the scope we discussed.",
    ],
    "role_cancelled": [
        "The position has been cancelled and will not be filled at this time.",
        "This requisition has been withdrawn by the hiring department.",
        "Following a reorganization, the role you applied to no longer exists.",
        "The business has decided not to fill this opening, so the posting has been closed.",
        "The vacancy announcement has been cancelled.",
        "The hiring manager has closed this requisition without making a hire.",
    ],
}
REJ_CLOSE = [
    "We encourage you to apply for future openings that match your skills and interests.",
    "We will keep your resume on file and may contact you if a suitable opportunity arises.",
    "We wish you the very best in your job search and future professional endeavors.",
    "Please continue to check our careers site for new opportunities.",
    "Thank you again for your interest in {c}.",
    "We truly appreciate the time you spent with us and wish you success.",
    "Your profile remains active, and you are welcome to apply to other roles.",
    "Best of luck in your search.",
    "We hope you'll consider {c} again in the future.",
    "",
]
MANY_STRONG = [
    "We received applications from many highly qualified candidates, which made our decision difficult.",
    "The applicant pool for this role was exceptionally strong.",
    "We had an overwhelming response to this posting.",
    "Competition for this position was very strong.",
]
NO_FEEDBACK_POLICY = [
    "Due to the volume of applications, we are unable to provide individual feedback.",
    "Per company policy, we are not able to share specific feedback regarding interview outcomes.",
    "Unfortunately, we're not in a position to give detailed feedback on individual candidates.",
    "Our policy does not allow us to share interview notes or assessment results.",
    "I'm afraid we don't provide feedback on applications at this stage.",
]

# --- feedback --------------------------------------------------------------------------------

FB_INTRO = [
    "You asked for feedback, so here is what the panel shared:",
    "I wanted to pass along some notes from the interview team in case they're helpful.",
    "The hiring manager asked me to share a few observations:",
    "Some feedback from the panel, which I hope is useful for future interviews:",
    "To be transparent about how we got here:",
    "Here's a summary of what the interviewers wrote up:",
    "I pulled together the main themes from the debrief:",
    "A few thoughts from the team, for what they're worth:",
]
FB_PRAISE = [
    "Everyone enjoyed meeting you and appreciated your enthusiasm for the mission.",
    "The panel was impressed by your clear, well-organized resume.",
    "Your coding exercise was clean and well tested.",
    "Your knowledge of the domain came through strongly.",
    "The team liked your energy and the way you engaged with each interviewer.",
    "You were well prepared and clearly researched the company.",
    "Your customer-service examples were genuinely memorable.",
    "People noted how calm and personable you were throughout the day.",
    "Your technical fundamentals looked solid.",
    "The interviewers appreciated how openly you talked about past mistakes.",
]
FB_WEAK = {
    "coding": [
        "the live exercise stalled once the edge cases came in, and the final solution didn't run",
        "the panel wanted to see cleaner, more idiomatic code; the solution worked but was hard to follow",
        "debugging took most of the pairing session, so we didn't get far into the actual problem",
        "the take-home was missing tests and some of the functions were left unfinished",
        "there were gaps in writing working code under time limits",
    ],
    "system_design": [
        "the design discussion stayed at a high level; we'd have liked you to reason about how the service "
        "would behave at ten times the traffic",
        "the architecture round lacked detail on data storage, caching and failure modes",
        "when we pushed on scaling the ordering platform, the answers became vague",
        "the whiteboard design didn't address how the components would communicate or recover",
    ],
    "technical_depth": [
        "when the conversation went one level deeper into the tooling, the answers got thin",
        "the panel felt your understanding of the underlying accounting standards was more surface-level "
        "than the role requires",
        "follow-up questions on how things actually work under the hood weren't answered with much depth",
        "the clinical knowledge questions exposed some gaps in depth for a charge-level position",
    ],
    "behavioural": [
        "the situational questions were answered in general terms rather than with specific examples",
        "your stories didn't always make clear what you personally did and what the outcome was",
        "the behavioral portion would have benefited from more structured examples, e.g. using STAR",
        "we struggled to get concrete examples of times you handled conflict on a team",
    ],
    "communication": [
        "some answers ran long and it was hard to follow the main point",
        "the team felt you could explain your thinking more clearly, especially to non-technical listeners",
        "the presentation to the panel was hard to follow in places",
        "at times it was difficult to tell where an answer was going",
    ],
    "questions_to_ask": [
        "you didn't have questions for the hiring manager, which came across as low interest",
        "the panel would have liked you to ask more about the team and the work itself",
        "when given time to ask questions, you only asked about schedule and pay",
    ],
    "composure": [
        "nerves seemed to get in the way during the timed portion",
        "you seemed rattled once the interviewer challenged your first approach, and didn't quite recover",
        "under pressure in the case exercise you lost your train of thought a couple of times",
        "the panel noticed you became flustered during the role-play",
    ],
    "experience_level": [
        "the team felt you'd benefit from a couple more years of hands-on experience before a role at this level",
        "your experience leading projects end to end is still a bit light for what we need",
        "the panel wanted to see more time managing direct reports",
        "you haven't yet owned a budget of the size this position carries",
    ],
    "collaboration": [
        "some of your answers suggested you prefer to work alone rather than with cross-functional partners",
        "the panel had questions about how you work with stakeholders who disagree with you",
        "in the group exercise you didn't really build on what the other candidates were saying",
        "we didn't hear much about how you partner with other teams to get things done",
    ],
    "cv_positioning": [
        "your resume undersells your analytics work; it reads as mostly administrative",
        "the application didn't make clear how your experience connects to this role",
        "your portfolio focused on older projects and didn't highlight your most relevant work",
        "the resume is long and the relevant experience is buried on page three",
        "your cover letter was generic and didn't speak to this position",
    ],
}
FB_WEAK_LEADS = [
    "That said, {w}.",
    "The main area for growth: {w}.",
    "Where it fell short: {w}.",
    "On the other hand, {w}.",
    "One thing that came up more than once is that {w}.",
    "The deciding factor was that {w}.",
    "For future interviews, keep in mind that {w}.",
    "Honestly, {w}.",
    "- {W}",
]
FB_CLOSE = [
    "I hope this is helpful as you continue your search.",
    "Please don't take this as a reflection of your overall potential.",
    "We'd be glad to see your application again in the future.",
    "Happy to hop on a short call if you'd like to talk it through.",
    "",
]

# --- interview invites ----------------------------------------------------------------------

INV_OPEN = [
    "Thank you for your interest in the {r} role. We'd like to invite you to the next step.",
    "Great news! The hiring team reviewed your application for {r} and would like to learn more about you.",
    "We were impressed with your background and would like to schedule a phone screen for the {r} position.",
    "Congratulations, you've been selected to move forward in the hiring process for {r} ({q}).",
    "Your application for {r} stood out, and we'd like to set up an interview.",
    "The hiring manager would like to meet with you to discuss the {r} opening.",
    "Thanks for applying! We'd love to schedule a quick call to tell you more about {r} and hear about your "
    "experience.",
    "You have been invited to interview for {r} at {c}.",
]
INV_PHONE = [
    "The call will last about 20-30 minutes with a member of our recruiting team.",
    "This initial phone screen will cover your background, availability and salary expectations.",
    "Please use the link below to choose a time that works for you: {link}",
    "Select an available slot within the next 5 business days here: {link}",
    "Could you share a few times that work for you this week or next?",
    "If none of the available times work, reply to this email and we will find another option.",
]
INV_STAGE = [
    "The next round is a 45-minute video interview with the hiring manager and one team member.",
    "The onsite consists of four back-to-back sessions, including a technical exercise and lunch with the team.",
    "The final round will be a panel interview with three leaders from the department.",
    "This stage is a 60-minute technical interview focused on problem solving.",
    "We'd like you to complete an online assessment, which takes approximately 35 minutes.",
    "This step is a working interview on the unit, about two hours, where you'll shadow the charge nurse.",
    "The next step is a case study presentation to the leadership team.",
]
INV_SLOT = [
    "Proposed time: {d} at {t}.",
    "We have availability on {d} at {t}, or the following morning.",
    "Please book your slot here: {link}",
    "Pick a time on the calendar below: {link}",
    "Does {d} at {t} work for you?",
]
INV_CLOSE = [
    "We look forward to speaking with you!",
    "Please respond within 48 hours to secure your interview time.",
    "Let us know if you need any accommodations for your interview.",
    "Looking forward to connecting.",
    "If you're no longer interested, just let us know so we can update your status.",
]
VIDEO_LINES = [
    "As the next step, we invite you to complete an on-demand video interview. You'll answer {n} questions "
    "at your own pace; each response can be up to 3 minutes.",
    "{c} has invited you to a one-way video interview for {r}. Please complete it by {d}.",
    "You've been invited to record responses to a short set of questions. Practice questions are available "
    "before you start.",
    "Your next step: a recorded video interview. It takes roughly 20 minutes and can be done from a phone "
    "or computer.",
    "Please complete your digital interview for the {r} position within 5 days of receiving this invitation.",
]
ASSESS_LINES = [
    "As part of our process, please complete the {a} by {d}. It takes about {n} minutes.",
    "The next step for {r} is an online {a}. Your personal link: {link}",
    "You've been invited to complete a {a}. You'll need a quiet space and stable internet.",
    "Please complete the {a} within 72 hours. Your results will be shared with the hiring team.",
]
ASSESSMENTS = ["situational judgment assessment", "coding assessment", "work style questionnaire",
               "cognitive ability test", "numerical reasoning test", "customer service simulation",
               "typing and data entry skills test", "virtual job tryout", "HackRank-style coding challenge"]

# --- offers ----------------------------------------------------------------------------------

OFFER_OPEN = [
    "On behalf of {c}, I am delighted to offer you the position of {r}.",
    "Congratulations! We are pleased to extend an offer of employment for the role of {r}.",
    "I'm thrilled to let you know the team would like to offer you the {r} role.",
    "Your offer letter for {r} is ready for review and electronic signature.",
    "We are excited to extend you a conditional offer of employment as {r}.",
    "As discussed on the phone today, here is our offer for the {r} position in writing.",
    "It is my pleasure to offer you a position with {c} as a {r}.",
]
OFFER_TERMS = [
    "Your starting base salary will be ${s} per year, paid bi-weekly.",
    "The offer includes an hourly rate of ${h}/hour and eligibility for our benefits package on day one.",
    "Compensation: ${s} annual base, a {b}% target bonus and a sign-on bonus of ${o}.",
    "Your anticipated start date is {d}.",
    "This offer is contingent upon the successful completion of a background check and drug screen.",
    "Please review the attached offer letter and sign by {d}.",
    "The offer includes {p} days of paid time off and a 401(k) match.",
    "A relocation package is included; details are in the attached letter.",
]
OFFER_CLOSE = [
    "Please click the button below to view and e-sign your offer letter.",
    "If you have any questions about the offer, please reach out to me directly.",
    "We hope you'll accept and join us!",
    "To accept, sign the offer letter in the candidate portal before it expires.",
    "Welcome (almost) aboard!",
]
