"""Writer w4 English message cores: what each kind of message says, in corporate and international idiom.

Each core is a list of paragraphs with {role} {org} {ref} {when} {link} {first} placeholders; the
family envelopes in gen_w4_*.py wrap them in greetings, signatures, footers and HTML.
"""

from __future__ import annotations

import random

# ---- rejection --------------------------------------------------------------------------------
REJ_OPEN = {
    "corp": [
        "Thank you for your interest in the {role} position (requisition {ref}) and for the time you invested in our selection process.",
        "We appreciate you applying for the role of {role} with {org}.",
        "Thank you for submitting your application for {role}. We have now completed our review of candidates for this vacancy.",
        "Many thanks for participating in the recruitment process for {role}.",
        "We are writing regarding your recent application for {role} ({ref}).",
        "Thank you for taking part in the interviews for {role} last week; it was a pleasure to learn about your background.",
        "Your application for the post of {role} has now been considered by the shortlisting panel.",
        "Following your interview for {role}, the panel has met to reach a decision.",
        "We have carefully reviewed your profile against the requirements of the {role} opening.",
    ],
    "intl": [
        "This is with reference to your candidature for the {role} position.",
        "Greetings from {org}! Thank you for showing interest in the opening of {role}.",
        "Further to your interview held with our panel for {role}, please note the below update.",
        "Hope you are doing well. I am writing with respect to your profile which was shared for {role}.",
        "Thank you for your time and patience during the process for {role}.",
        "Thanks a lot for attending the discussion with our team regarding {role}.",
        "As discussed over call, sharing herewith the update on your application for {role}.",
        "Good day. Please refer to your application for {role} at {org}.",
    ],
}
REJ_CORE = {
    "corp": [
        "After careful consideration, we regret to inform you that we will not be progressing your application further.",
        "On this occasion you have not been shortlisted for interview.",
        "Unfortunately we have decided to move forward with other applicants whose profiles better meet our current needs.",
        "We are sorry to let you know that your application has been unsuccessful.",
        "Following a thorough assessment, the panel has decided not to offer you the position.",
        "Regrettably, we are unable to take your application to the next stage.",
        "While your experience is impressive, we have decided not to proceed with your candidacy at this time.",
        "We will not be inviting you to the next round of the process.",
        "Your application status has been updated to: Not selected.",
        "We were impressed by much of what we saw, but we have chosen another candidate for the role.",
    ],
    "intl": [
        "We regret to inform you that your candidature has not been shortlisted for the further rounds.",
        "Unfortunately the team has decided not to move ahead with your profile at this moment.",
        "I am sorry to inform that the client has not given positive feedback and hence we cannot proceed further.",
        "We will not be able to take your profile forward for this requirement.",
        "Post the evaluation, it is decided that your profile is not matching for this position and so we are closing your application.",
        "Sadly the hiring manager has decided to go ahead with another candidate.",
        "Kindly note that you have not been selected for this opportunity.",
        "It was a close decision, however we will not be proceeding with your candidature.",
    ],
}
REASON = {
    "role_filled": [
        "The position has now been filled.", "We have already appointed a candidate to this vacancy.",
        "The position has been closed as an offer was accepted by another applicant.",
        "Please note the requirement is already closed with another candidate joining.",
        "We have since filled the role internally.", "The vacancy was filled before we could schedule further interviews.",
    ],
    "budget_freeze": [
        "Due to a freeze on headcount for this financial year, the recruitment has been put on hold.",
        "Budget approval for the post was withdrawn, so we cannot continue the process.",
        "Owing to budget constraints in the department, we are pausing all hiring for the time being.",
        "The client has put all hirings on hold because of budget issues this quarter.",
        "A recruitment freeze has been announced across the group, which affects this opening.",
        "Funding for this post has not been confirmed, so it will not be filled in this cycle.",
    ],
    "closer_fit": [
        "We have identified a candidate whose experience more closely aligns with the requirements of the role.",
        "Another applicant matched the person specification more closely.",
        "The panel selected a candidate with more directly relevant experience in our domain.",
        "We decided to go with a profile that is a closer match to the current project needs.",
        "Other candidates had experience that was a better fit with the specific technology stack.",
        "The successful candidate brought sector experience that fitted our needs more closely.",
    ],
    "level_mismatch": [
        "We are looking for someone with more seniority for this particular position.",
        "The role requires a more senior profile than we felt your experience supports at this stage.",
        "On reflection we believe your profile is too senior for this position and may not find it challenging.",
        "The hiring manager is looking for a candidate with more years of experience in a lead capacity.",
        "This opening has been re-scoped to a junior level, which would not match your experience.",
        "The team needs a principal-level engineer and we felt the gap was too wide for now.",
    ],
    "role_cancelled": [
        "Following an internal reorganisation, the position has been withdrawn.",
        "The vacancy has been cancelled and will not be re-advertised.",
        "The business has decided not to fill this role after all.",
        "The requirement has been dropped by the client due to change in project plans.",
        "Unfortunately the position no longer exists following a restructuring of the team.",
        "The project this role was attached to has been discontinued, so the vacancy is closed.",
    ],
}
REJ_CLOSE = {
    "corp": [
        "We will retain your details in our talent pool for twelve months and may contact you should a suitable vacancy arise.",
        "We encourage you to keep an eye on our careers site for future opportunities.",
        "We wish you every success in your search and your future career.",
        "Thank you again for your interest in {org}.",
        "Due to the high volume of applications we are unable to provide individual feedback.",
        "You are welcome to apply for other roles that match your skills.",
        "Please accept our best wishes for your future endeavours.",
        "We hope you will consider us again in the future.",
    ],
    "intl": [
        "We will keep your CV in our database and will reach out for any suitable opening in future.",
        "Wishing you all the very best for your future endeavours.",
        "Please do not hesitate to apply for other positions which match your profile.",
        "Thanks once again for your interest and time.",
        "Do stay connected with us.",
        "I will surely get back to you if something relevant comes up.",
        "All the best for your job search.",
        "Keep in touch and take care.",
    ],
}

# ---- feedback sentences ---------------------------------------------------------------------------
FB_LEAD = [
    "The panel asked me to share some observations from your interview.",
    "As requested, please find below the feedback from the interviewers.",
    "I would like to give you some feedback that may help you in future applications.",
    "The hiring manager shared the following points.",
    "Some feedback from the assessment, which we hope is useful:",
    "Please find below the feedback received from the technical panel.",
    "Our interviewers noted the following:",
    "The client has shared the feedback as below.",
    "To be transparent with you, here is what the panel discussed.",
]
FB_PRAISE = [
    "Your enthusiasm and knowledge of our organisation came across clearly.",
    "The panel appreciated your friendly manner and your motivation for the role.",
    "Your coding exercise was well structured and the tests were thorough.",
    "You communicated your ideas in a clear and confident way.",
    "Your academic background is very strong.",
    "The interviewers enjoyed the conversation about your recent project.",
]
FB_TOPIC = {
    "coding": [
        "In the live coding exercise the solution did not handle edge cases and the code was difficult to follow.",
        "Your programming task was incomplete within the time given and some of the tests were failing.",
        "The panel felt that your hands-on coding was not at the level required; the algorithm round especially.",
        "The code submitted for the take-home assignment lacked structure and had no unit tests.",
        "During pair programming you struggled to turn the approach into working code.",
        "Coding skills need improvement, particularly in writing clean and efficient solutions.",
    ],
    "system_design": [
        "In the system design round you did not discuss scalability or failure scenarios in enough detail.",
        "The architecture discussion stayed at a high level and did not address data storage choices.",
        "Your design for the booking system missed important aspects such as caching and consistency.",
        "The panel expected a deeper treatment of trade-offs in the design exercise.",
        "System design knowledge was found to be below expectation for this level.",
        "When asked to design the service end to end, the answer did not cover load or bottlenecks.",
    ],
    "technical_depth": [
        "When the interviewers probed further, the answers on database internals lacked depth.",
        "Your understanding of the cloud platform seemed more theoretical than practical.",
        "Technical depth in Java concurrency was not sufficient for what the team needs.",
        "Some answers on networking fundamentals were superficial.",
        "The panel would have liked stronger knowledge of the core technologies listed in the job description.",
        "The technical discussion revealed gaps in your knowledge of distributed systems.",
    ],
    "behavioural": [
        "Your answers to the competency-based questions lacked concrete examples.",
        "For the behavioural questions, we recommend using the STAR method, as your examples missed the outcome.",
        "The situational questions were answered in general terms rather than with specific experiences.",
        "The competency interview did not give enough evidence of how you handled conflict or setbacks.",
        "The panel found your examples of leadership rather vague.",
        "Please prepare more specific stories about your own contribution for the behavioural part.",
    ],
    "communication": [
        "At times your explanations were long and it was hard to follow the main point.",
        "The panel felt communication could be more structured and concise.",
        "Your answers would benefit from clearer structure, especially when explaining to non-technical stakeholders.",
        "Communication in English was a bit hesitant during the presentation part.",
        "The interviewers found it difficult to follow your reasoning while you were thinking aloud.",
        "Presentation skills need to be improved; the slides were dense and the delivery was rushed.",
    ],
    "questions_to_ask": [
        "You did not ask any questions at the end of the interview, which the panel noted.",
        "We would suggest preparing thoughtful questions about the team and the role.",
        "The questions you asked at the end were about salary only, and the panel would have liked more curiosity about the work.",
        "When invited to ask questions you had none prepared.",
        "Asking more about our projects would have shown stronger interest in the position.",
        "The panel expected you to ask more about the team and its challenges.",
    ],
    "composure": [
        "You seemed quite nervous, particularly in the technical section, which affected your answers.",
        "Under time pressure you lost your train of thought during the case study.",
        "The panel noticed that you became flustered when challenged on your solution.",
        "Try to stay calm when questions are unexpected; nerves seemed to get in the way.",
        "When the interviewers pushed back, you appeared uncomfortable and changed your answer.",
        "The assessment centre group task showed that you found it difficult to stay composed under pressure.",
    ],
    "experience_level": [
        "Your experience with large-scale production systems is still limited compared to our requirement.",
        "The panel felt you need more years of hands-on experience in a similar environment.",
        "Your exposure to leading a team was less than the position demands.",
        "Experience in the banking domain was found to be insufficient.",
        "You have good potential, but not yet the depth of experience for a senior position.",
        "Relevant experience with regulated clinical systems was missing.",
    ],
    "collaboration": [
        "In the group exercise you tended to work alone rather than involving the other participants.",
        "The panel was not convinced about how you work with colleagues across teams.",
        "There were few examples of collaborating with others or sharing knowledge.",
        "In the pairing session you did not take the interviewer's suggestions on board.",
        "Teamwork came across as an area to develop; you spoke mostly about individual work.",
        "The assessors observed limited interaction with others during the team task.",
    ],
    "cv_positioning": [
        "Your CV does not clearly show your achievements; it reads as a list of duties.",
        "The application did not make the link between your experience and the person specification.",
        "Your CV is very long and the relevant projects are hard to find.",
        "The supporting statement did not address the essential criteria, so the panel could not score it highly.",
        "Your portfolio would benefit from more detail on your own contribution.",
        "The way your experience is presented undersells the relevant work; try tailoring it to the role.",
    ],
}

# ---- interview invitations ------------------------------------------------------------------------
INV_OPEN = {
    "corp": [
        "Thank you for your application for {role} ({ref}).",
        "We have reviewed your application for {role} with interest.",
        "Following the review of your application for {role}, we are pleased to let you know that you have been shortlisted.",
        "Congratulations, you have progressed to the next stage of our selection process for {role}.",
        "Your profile has been selected by the hiring team for {role}.",
        "Thank you for completing the online application for {role}.",
        "Thank you for your time on the phone earlier.",
        "We are delighted to confirm that you have passed the online tests for {role}.",
    ],
    "intl": [
        "Greetings from {org}! Your profile has been shortlisted for {role}.",
        "This is with reference to your application for {role}, we are happy to inform that you are shortlisted.",
        "Hope this mail finds you well. Your profile is shortlisted by our client for {role}.",
        "As per our telephonic conversation, please find below the details of the interview.",
        "Good news, the hiring manager liked your profile for {role}.",
        "Thank you for your interest. We would like to take your candidature forward for {role}.",
        "Further to your application, we are pleased to invite you for the next round.",
        "Warm greetings. With reference to your CV for {role}, we would like to schedule the discussion.",
    ],
}
INV_CORE = {
    "phone": [
        "We would like to invite you to a 30-minute telephone interview with a member of our recruitment team.",
        "The next step is a short screening call to discuss your experience and expectations.",
        "We'd like to schedule a first conversation with the hiring manager. Please suggest two or three times that suit you.",
        "Could you please share your availability for a preliminary call this week?",
        "I would like to set up a quick chat with you to go through the role and your background.",
        "Kindly share your convenient time slot for the telephonic round with the team.",
        "The first round will be a telephonic discussion of around 20 minutes.",
        "We invite you to an introductory call with our team lead on {when}.",
    ],
    "video": [
        "The next stage is a recorded video interview. You can complete it at a time convenient to you within the next five days using the link below.",
        "Please complete the digital interview on our video platform; you will have three questions with two minutes for each answer.",
        "You are invited to a video interview on Microsoft Teams on {when}. The meeting link will follow in a calendar invitation.",
        "Please record your responses on the one-way interview platform: {link}",
        "We would like you to take part in a virtual interview via Zoom with two members of the team.",
        "Your video interview invitation is ready. Please use your personal link to start: {link}",
        "The first interview will take place online via Webex on {when}.",
        "The interview will be conducted over video call. Please ensure a stable connection and a quiet place.",
    ],
    "panel": [
        "We are pleased to invite you to a panel interview on {when}. The panel will consist of the Head of Department, a senior engineer and an HR representative.",
        "You are invited to attend an interview at our main campus on {when}. Please bring photo identification and your original certificates.",
        "The interview will be in front of a panel of three and will last approximately 45 minutes, including a 10-minute presentation on a topic sent to you 48 hours before.",
        "We would like to invite you to an in-person interview at our office on {when}.",
        "Please attend the final round interview with the director on {when} at our head office.",
        "The face-to-face round is scheduled on {when}. Kindly report at reception 15 minutes before the time.",
        "You are requested to appear for the final HR and managerial round on {when}.",
        "We invite you to an onsite day consisting of two technical sessions and a meeting with the team.",
    ],
    "assessment": [
        "We would like to invite you to our assessment centre on {when}, which includes a group exercise, a case study and a competency interview.",
        "The next step is an online assessment consisting of a numerical reasoning test and a situational judgement test. Please complete it within 72 hours: {link}",
        "Please complete the technical test on our coding platform within the next 7 days: {link}",
        "You are invited to a take-home assignment. We will send the brief once you confirm and you will have one week to complete it.",
        "The second round will be an online coding test of 90 minutes. The test link is valid for 3 days.",
        "Kindly complete the aptitude test at the earliest as it is mandatory to proceed further: {link}",
        "We invite you to a half-day assessment at our office, including a written exercise and a case discussion with a partner.",
        "You have been selected for the case interview round. It will consist of two cases with consultants and a fit interview.",
    ],
    "technical": [
        "We would like to invite you to a technical interview with two engineers from the team on {when}.",
        "The next round is a technical discussion focused on system design and your past projects.",
        "Please let us know your availability for the technical round of 60 minutes next week.",
        "You are invited to a technical interview via Teams on {when} with the platform team.",
        "Your L2 technical round is scheduled on {when}. Kindly confirm your availability.",
        "The technical interview will include live coding, so please have an IDE ready.",
        "We'd like you to meet our lead architect for a deep-dive conversation on {when}.",
        "A pair-programming session with one of our developers is the next step.",
    ],
    "resched": [
        "Unfortunately one of the panel members is no longer available at the time we agreed. Could we move your interview to {when} instead?",
        "Due to an unforeseen conflict, we need to reschedule your interview. The new proposed slot is {when}.",
        "As requested, your interview has been rescheduled to {when}. Please confirm this works for you.",
        "The hiring manager is travelling, so we have to shift your discussion to {when}. Kindly confirm the new timing.",
        "Apologies for the change: your technical round is now moved to {when}.",
        "We need to reschedule the interview planned for this week. Please choose a new time with the link below: {link}",
        "Sorry for the inconvenience, the panel has requested to reschedule. Are you available on {when}?",
        "Your interview was cancelled from our side due to an emergency; we would like to invite you again for {when}.",
    ],
}
INV_CLOSE = {
    "corp": [
        "Please confirm your attendance by replying to this email.",
        "Please use the self-scheduling link to book a time that suits you: {link}",
        "If you require any reasonable adjustments, let us know in advance.",
        "We look forward to meeting you.",
        "Should you have any questions, please contact the recruitment team.",
        "Please accept the calendar invitation so that we can confirm the arrangements.",
        "Details of how to reach our offices are attached.",
        "Kindly log into your candidate account to confirm your slot.",
    ],
    "intl": [
        "Kindly revert with your confirmation at the earliest.",
        "Please revert with your updated CV and confirmation.",
        "Request you to be available on time and keep your ID proof handy.",
        "Do let me know if the timing is not suitable, we can check for other slot.",
        "Kindly acknowledge this mail.",
        "Looking forward for your positive response.",
        "Please confirm your availability by end of day.",
        "All the best for your interview!",
    ],
}

# ---- acknowledgement ------------------------------------------------------------------------------
ACK = {
    "corp": [
        "Thank you for applying for {role} ({ref}). We confirm that your application has been received.",
        "This message confirms that we have successfully received your application for {role}.",
        "Your application for {role} has been submitted successfully. Your candidate reference is {ref}.",
        "We acknowledge receipt of your application for the vacancy {ref} – {role}.",
        "Thank you for your interest in {org}. Your application for {role} is now with our recruitment team.",
        "Thank you for your application. We have received your documents for {role} and will review them carefully.",
        "We are pleased to confirm receipt of your application for the position of {role}.",
        "Application received: {role}. Thank you for considering a career with {org}.",
        "Thank you, your application has been received. The closing date for this vacancy is in two weeks and shortlisting will take place shortly after.",
    ],
    "intl": [
        "Thank you for sending your CV for {role}. I have received the same and will share it with the hiring team.",
        "Received your profile, thanks. Will get back after internal review.",
        "This is to acknowledge that your application for {role} has been received by us.",
        "Thanks for applying. We have got your resume and the team will check it in the coming days.",
        "Noted with thanks. Your application for {role} is registered in our system.",
        "We confirm the receipt of your documents. Our team will go through and revert.",
        "Thank you for your interest in the opening. Your candidature is received.",
        "Got your CV, many thanks. I have forwarded it to the concerned manager.",
    ],
}
ACK_NEXT = [
    "If your profile matches the requirements, a member of the team will contact you.",
    "You can follow the status of your application at any time by logging in to your candidate account.",
    "Our review process usually takes two to three weeks.",
    "Please note that only shortlisted candidates will be contacted.",
    "If you do not hear from us within 30 days, please consider your application unsuccessful for this vacancy.",
    "We will be in touch once the shortlisting is complete.",
    "Kindly do not send duplicate applications for the same position.",
    "In the meantime, you may want to find out more about us on our website.",
]

# ---- offer ----------------------------------------------------------------------------------------
OFFER = {
    "corp": [
        "We are delighted to offer you the position of {role} at {org}.",
        "Following your recent interviews, I am pleased to make you a conditional offer of employment for the role of {role}.",
        "On behalf of {org}, I am happy to confirm our offer for the post of {role}.",
        "Congratulations! The panel has recommended you for appointment to the post of {role}, and we are pleased to offer you the role.",
        "We would like to extend an offer to you to join us as {role}.",
        "I am very pleased to let you know that we would like to offer you the job.",
        "Your offer letter for {role} is available in the candidate portal for your review and electronic signature.",
        "It gives me great pleasure to offer you employment with {org} as {role}.",
    ],
    "intl": [
        "Congratulations! We are happy to inform you that you have been selected for the position of {role}.",
        "We are pleased to offer you the role of {role}. Please find attached the offer letter.",
        "Greetings! Happy to share that you have cleared all rounds and the client has released the offer.",
        "As discussed, we are extending the offer for {role}. Kindly find the details below.",
        "With reference to the interviews, we are glad to offer you the position of {role} with {org}.",
        "Congratulations on your selection! PFA the offer letter for {role}.",
        "I am delighted to confirm your selection for {role}. The offer details are as below.",
        "Glad to inform you that the management has approved your offer for {role}.",
    ],
}
OFFER_TERMS = [
    [("Position", "{role}"), ("Annual base salary", "EUR 68,500"), ("Start date", "1 March"), ("Location", "Hybrid, 3 days office")],
    [("Designation", "{role}"), ("CTC", "INR 24,00,000 per annum"), ("Date of joining", "On or before 15th"), ("Notice", "60 days")],
    [("Grade", "Band 6"), ("Salary", "£41,200 per annum"), ("Contract", "Permanent, 37.5 hours"), ("Pension", "Employer contribution 8%")],
    [("Cargo", "{role}"), ("Salario bruto anual", "42.000 EUR"), ("Incorporación", "2 de mayo"), ("Modalidad", "Híbrido")],
    [("Job title", "{role}"), ("Base pay", "USD 96,000"), ("Sign-on bonus", "USD 5,000"), ("Start", "Negotiable")],
]
OFFER_NEXT = [
    "This offer is subject to satisfactory references and pre-employment checks.",
    "Please confirm your acceptance by signing and returning the offer letter within five working days.",
    "Kindly revert with your acceptance and expected date of joining.",
    "We would be grateful if you could let us know your decision by the end of next week.",
    "Please accept the offer via the candidate portal; the link expires in 7 days.",
    "Let me know if you would like to discuss any of the terms.",
    "Your manager will be in touch to welcome you personally.",
    "Once you accept, our onboarding team will send you the next steps.",
]

# ---- feedback only (no decision here) ----------------------------------------------------------------
FBONLY_OPEN = [
    "As promised, here is the feedback from your interview for {role}. The decision itself was shared with you last week.",
    "You asked for feedback after our decision on the {role} role; I have collected the notes from the panel.",
    "Thank you for your patience. Following up on your request, please see the interviewers' comments below.",
    "I spoke with the hiring manager about your interview for {role} and here is what they shared.",
    "I wanted to pass on some feedback from the first round, regardless of the final outcome which we will confirm later.",
    "Sharing the feedback from the client for your reference.",
    "Further to your email, I am happy to provide feedback on your assessment centre performance.",
    "Apologies for the delay in coming back to you with the feedback you asked for.",
]

LINKS = ["https://careers.{dom}.com/candidate/schedule?t={n}", "https://{dom}.{relay}/s/{n}",
         "https://assess.{relay}/invite/{n}", "https://video.{relay}/i/{n}", "https://jobs.{dom}.org/portal/task/{n}"]


def link(rng: random.Random, dom: str, relay: str) -> str:
    return rng.choice(LINKS).format(dom=dom, relay=relay, n=rng.randint(100000, 999999))


def reg(register: str) -> str:
    return "intl" if register == "intl" else "corp"


def rejection_core(rng: random.Random, register: str, reasons: list[str], topics: list[str]) -> list[str]:
    r = reg(register)
    paras = [rng.choice(REJ_OPEN[r])]
    core = rng.choice(REJ_CORE[r])
    reason_txt = " ".join(rng.choice(REASON[x]) for x in reasons)
    if reason_txt:
        core = core + " " + reason_txt if rng.random() < .6 else reason_txt + " " + core
    paras.append(core)
    if topics:
        paras.append(feedback_block(rng, topics))
    paras.append(" ".join(rng.sample(REJ_CLOSE[r], rng.randint(1, 2))))
    return paras


def feedback_block(rng: random.Random, topics: list[str]) -> str:
    lines = []
    if rng.random() < .5:
        lines.append(rng.choice(FB_PRAISE))
    for t in topics:
        lines.append(rng.choice(FB_TOPIC[t]))
    lead = rng.choice(FB_LEAD)
    if rng.random() < .45:
        return lead + "\n" + "\n".join(f"{rng.choice(['-', '*', '•'])} {x}" for x in lines)
    return lead + " " + " ".join(lines)


def invite_core(rng: random.Random, register: str, kind: str) -> list[str]:
    r = reg(register)
    paras = []
    if kind != "resched" or rng.random() < .3:
        paras.append(rng.choice(INV_OPEN[r]))
    paras.append(rng.choice(INV_CORE[kind]))
    paras.append(" ".join(rng.sample(INV_CLOSE[r], rng.randint(1, 2))))
    return paras


def ack_core(rng: random.Random, register: str) -> list[str]:
    r = reg(register)
    return [rng.choice(ACK[r]), " ".join(rng.sample(ACK_NEXT, rng.randint(1, 2)))]


def offer_core(rng: random.Random, register: str) -> tuple[list[str], list[tuple[str, str]]]:
    r = reg(register)
    return [rng.choice(OFFER[r]), " ".join(rng.sample(OFFER_NEXT, rng.randint(1, 2)))], rng.choice(OFFER_TERMS)
