"""Writer w27: English sentence banks for long formal letters (decisive sentences + policy paragraphs).

Each bank is a list of alternatives; `para(rng, *banks)` draws one sentence per bank, so a paragraph is
assembled at sentence level. Placeholders are filled from the letter context (see gen_w27_letters.py).
"""

from __future__ import annotations

import random


def para(rng: random.Random, *banks, keep: float = 1.0) -> str:
    out = []
    for i, b in enumerate(banks):
        if i > 0 and keep < 1.0 and rng.random() > keep:
            continue
        out.append(b[rng.randrange(len(b))] if isinstance(b, list) else b)
    return " ".join(s for s in out if s)


# ---------------------------------------------------------------- openings (neutral, shared by all kinds)
OPEN_NEUTRAL = [
    "I am writing in connection with your application for the post of {role} (reference {ref}).",
    "I write with reference to the vacancy for {role}, reference {ref}.",
    "Thank you for your interest in the position of {role} with {org}.",
    "Further to your application for {role} ({ref}), I am writing to update you.",
    "This letter concerns the recruitment campaign for {role}, vacancy reference {ref}.",
    "I refer to your recent application for the role of {role} at {org}.",
    "We are writing to you about the {role} vacancy (our reference {ref}).",
    "Thank you for applying for the post of {role} in our {team}.",
    "I am contacting you regarding your candidacy for {role}, advertised under reference {ref}.",
    "You recently applied for the role of {role} (job reference {ref}).",
]
TEAMS = ["Finance Directorate", "Corporate Services Division", "Digital and Data team", "Legal Services Group",
         "Operations Directorate", "Clinical Support Services", "School of Social Sciences", "Policy Unit",
         "Strategy and Performance team", "Customer Services Division", "Estates and Facilities department",
         "Research and Innovation Office", "Risk and Compliance function", "Community Services team"]

# ---------------------------------------------------------------- application acknowledgement
ACK_CORE = [
    "This email confirms that your application was received on {d1} and has been registered against the vacancy.",
    "We acknowledge receipt of your application, which has been logged on our recruitment system.",
    "I can confirm that we have received your completed application form together with your supporting statement.",
    "Your application has been safely received and will now be passed to the recruiting manager once the advert closes.",
    "Please accept this message as confirmation that your application reached us on {d1}.",
    "We have received your application and I am pleased to confirm that it is complete.",
    "Thank you for submitting your application; it has been received and given the candidate number {candno}.",
    "This is an automated confirmation that your application for this post has been received.",
]
ACK_TIMELINE = [
    "The closing date for this vacancy is {d2}. Shortlisting will be carried out by the recruiting panel shortly afterwards.",
    "Once the advert closes on {d2}, all applications will be assessed against the essential and desirable criteria in the person specification.",
    "The panel expects to complete shortlisting by {d2}, and interviews are provisionally planned for the week commencing {d3}.",
    "Our usual timetable is for shortlisting to take place within ten working days of the closing date, with interviews approximately two weeks after that.",
    "Applications are reviewed in the order in which they are received, and the advertisement may close early if a large number of applications is received.",
    "Assessment of applications will begin after the closing date of {d2}; provisional dates for the selection process are given in the candidate pack.",
]
ACK_NOHEAR = [
    "If you have not heard from us by {d3}, please assume that your application has not been successful on this occasion.",
    "Please note that owing to the volume of applications we may only be able to contact candidates who are shortlisted.",
    "We will contact you by email to let you know the outcome of shortlisting, so please check your junk folder regularly.",
    "You will be able to follow the progress of your application by logging in to your candidate account.",
    "Please keep your candidate number to hand when contacting us about this application.",
    "",
]

# ---------------------------------------------------------------- invitations
INV_CORE = [
    "I am pleased to inform you that, following shortlisting, you have been selected for interview for this post.",
    "The panel would like to invite you to attend an interview for the post of {role}.",
    "I am delighted to let you know that your application has been shortlisted and we would like to invite you to the next stage of the selection process.",
    "Following a review of all applications, I am pleased to invite you to interview.",
    "We are pleased to invite you to an assessment day for this vacancy.",
    "Your application was successful at the sifting stage and you are now invited to the interview stage.",
    "I write to invite you to attend a competency-based interview in connection with your application.",
    "On behalf of the selection panel, I would like to invite you to a first-round interview.",
]
INV_CORE_ONLINE = [
    "The next stage of our process is an online assessment, which we invite you to complete by {d2}.",
    "As the next step, you are invited to complete a set of online ability tests (verbal and numerical reasoning); the link will remain active until {d2}.",
    "We would now like you to complete a short recorded video interview, answering five questions; please do so before {d2}.",
    "You are invited to sit the written assessment for this post, which will be held online on {d2}.",
]
INV_LOGISTICS = [
    "The interview will take place on {d2} at {t1} at {venue}.",
    "Your interview has been arranged for {d2} at {t1}. It will be held at {venue}.",
    "The assessment day will run from {t1} until approximately 4.00pm on {d2} at {venue}.",
    "The panel will meet you on {d2}, starting at {t1}, via Microsoft Teams; a joining link will be sent separately.",
    "Interviews will be held on {d2} at {venue}; your allocated time is {t1}. Please arrive fifteen minutes early.",
]
INV_FORMAT = [
    "The interview will last around forty-five minutes and will be conducted by a panel of three: {panel}.",
    "You will be asked to deliver a ten-minute presentation on the following topic: '{topic}'. Please bring your slides on a memory stick and also email them to us by noon the day before.",
    "The day will consist of a written exercise, a group discussion and a competency-based interview.",
    "The interview will be structured around the behaviours and technical skills listed in the candidate pack.",
    "There will be a short written test of approximately thirty minutes before the interview itself.",
    "The panel will include {panel}.",
    "You will also have an informal tour of the department and an opportunity to meet members of the team.",
]
INV_CONFIRM = [
    "Please confirm by {d1} whether you are able to attend by replying to this email.",
    "Kindly confirm your attendance, or let us know if the date is not convenient, by replying no later than {d1}.",
    "Please use the link in your candidate account to confirm your attendance.",
    "If you are unable to attend on this date, please contact {officer} as soon as possible so that we can discuss whether an alternative can be offered.",
    "Please reply to confirm that you will attend; if we do not hear from you by {d1} we may offer the slot to another candidate.",
]
TOPICS_PRES = ["How would you improve the quality of the data we hold within your first six months?",
               "The main risks facing the service over the next two years and how you would mitigate them",
               "Describe a change you led and what you would do differently",
               "How can we widen access to our services for under-represented groups?",
               "Your approach to managing competing deadlines across several stakeholders",
               "How digital tools could reduce waiting times in our service"]

# ---------------------------------------------------------------- rejections
REJ_SHORTLIST = [
    "I regret to inform you that, on this occasion, you have not been shortlisted for interview.",
    "I am sorry to tell you that your application has not been taken forward to the interview stage.",
    "After careful consideration, the panel has decided not to progress your application further.",
    "Unfortunately, you have not been successful at the shortlisting stage for this post.",
    "I am writing to let you know that your application was not selected for interview on this occasion.",
    "The panel assessed all applications against the person specification, and I regret that yours will not be progressed.",
    "We will not be inviting you to the next stage of this campaign.",
    "Regrettably, your application did not meet the threshold required to proceed to assessment.",
]
REJ_INTERVIEW = [
    "Thank you for attending interview on {d1}. I am sorry to tell you that you have not been successful on this occasion.",
    "Following your interview on {d1}, I regret to advise you that the panel will not be offering you the post.",
    "I am writing to let you know the outcome of your recent interview. Unfortunately, we will not be offering you the position.",
    "Thank you for the time you gave to our selection process. After much deliberation the panel has decided to offer the post to another candidate.",
    "I regret that, having considered the outcome of the assessment day, we are unable to offer you a position at this time.",
    "The panel met after the final interviews and, I am sorry to say, decided not to proceed with your candidacy.",
    "Although the panel enjoyed meeting you on {d1}, I must tell you that you have not been appointed.",
]
REASON = {
    "role_filled": [
        "The post has now been filled.",
        "An appointment has since been made to the post.",
        "The vacancy has been filled by an internal candidate on redeployment, in line with our organisational change policy.",
        "We have accepted another candidate for this position and the vacancy is now closed.",
        "A preferred candidate accepted our offer last week, and so the post is no longer available.",
        "Please note that the position was filled before the interview schedule could be completed.",
    ],
    "budget_freeze": [
        "A recruitment freeze is now in place across the organisation, and no further appointments can be made to this post.",
        "Following the latest budget settlement, all non-essential recruitment has been paused until further notice.",
        "Funding for the post has not been confirmed for the coming financial year, and the recruitment cannot proceed.",
        "Vacancy control measures introduced by the Executive Board mean that this post cannot now be filled.",
        "As a result of financial pressures, the organisation has suspended external recruitment for the remainder of the year.",
    ],
    "closer_fit": [
        "The panel appointed a candidate whose experience more closely met the essential criteria.",
        "Another applicant demonstrated a closer match to the requirements of the person specification.",
        "The successful candidate's background was more closely aligned with the specific needs of the team.",
        "The competition was strong, and the panel selected a candidate whose skills matched the role profile more directly.",
        "On balance, the panel preferred an applicant with more directly relevant experience of this kind of service.",
    ],
    "level_mismatch": [
        "Following a review, the post is to be recruited at a more senior grade, and applications at the current level will not be progressed.",
        "The panel is seeking a candidate with a greater depth of leadership experience than this post was originally advertised for.",
        "Having reviewed the role, we have decided to appoint at trainee level instead, and your experience is considerably beyond what the position now offers.",
        "It has been decided that the vacancy will be filled at a junior grade, which would not reflect your level of experience.",
        "The business has concluded that it needs someone considerably more senior for this role.",
    ],
    "role_cancelled": [
        "The post has been withdrawn following a review of service needs.",
        "Following an internal restructure, the vacancy has been withdrawn and will not be readvertised.",
        "The competition has been cancelled, and no appointment will be made.",
        "The organisation has decided not to proceed with the creation of this role.",
        "The role has been removed from the establishment as part of the current organisational review.",
    ],
}
REJ_NO_FEEDBACK = [
    "We received a large number of applications of a very high standard, which made the panel's task difficult.",
    "The standard of applicants was exceptionally high.",
    "Please be assured that this decision was not taken lightly.",
    "We recognise the effort involved in preparing an application and are grateful for your interest.",
    "Competition for this post was strong.",
    "",
]
REJ_FUTURE = [
    "We would encourage you to apply for future vacancies with {org} that match your skills and experience.",
    "Your details will be retained for six months, and we may contact you should a suitable vacancy arise.",
    "I hope this will not discourage you from applying for other posts with us.",
    "Current vacancies are published on our website every Friday.",
    "We wish you every success in your future career.",
    "I would like to thank you once again for the interest you have shown in working for {org}.",
]
FEEDBACK_OFFER_LINE = [
    "If you would like feedback, please contact the recruiting manager within twenty-eight days of the date of this letter.",
    "Feedback on interview performance is available on request from {officer}.",
    "In accordance with our policy, feedback is only available to candidates who were interviewed.",
    "We regret that we are unable to provide individual feedback at the shortlisting stage.",
    "",
]

# ---------------------------------------------------------------- feedback (scored against criteria)
CRITERIA = ["Knowledge and expertise", "Delivering at pace", "Working together", "Communicating and influencing",
            "Managing a quality service", "Technical ability", "Leadership", "Making effective decisions",
            "Analysis and problem solving", "Seeing the big picture", "Planning and organising",
            "Presentation", "Professional knowledge", "Motivation for the role"]
SCORES = ["4 (Strong demonstration)", "3 (Acceptable)", "2 (Minimal evidence)", "5 of 7", "3 of 7", "Met",
          "Partially met", "Not met", "B", "C+", "6/10", "4/10"]
WEAK = {
    "coding": [
        "Your solution to the practical exercise produced the right output for the sample data, but the panel felt the code would have been difficult to maintain and some edge cases were not handled.",
        "In the live programming task you ran short of time and the tests you had written did not yet pass; more practice with exercises under time constraints may help.",
        "The panel noted that your code lacked structure, with most of the logic placed in a single function.",
        "The pair-programming element showed some hesitancy with the language features we use every day.",
    ],
    "system_design": [
        "The panel would have liked to see you reason more about how the proposed service would scale and how it would behave when one component failed.",
        "In the architecture discussion your design covered the happy path well, but questions about data consistency and load were not fully addressed.",
        "Your design for the case-management platform did not consider how the components would interact under heavy demand.",
        "When asked how your design would cope with ten times the current volume, the answer did not identify the bottlenecks.",
    ],
    "technical_depth": [
        "When the panel probed the detail of your previous work, answers tended to remain at a general level.",
        "Your knowledge of the relevant legislation was sound in outline, but the panel felt it lacked the depth expected for this grade.",
        "The technical questions revealed some gaps in your understanding of the underlying principles.",
        "The panel would have expected a more detailed grasp of the regulatory framework that governs this service.",
    ],
    "behavioural": [
        "Several of your examples described what the team achieved rather than your own actions, and the outcomes were not always clear; the STAR approach may be helpful.",
        "The competency examples you gave were rather brief and did not provide sufficient evidence against the behaviours being assessed.",
        "Your answer to the question on handling conflict relied on a hypothetical scenario rather than a real example.",
        "The panel found it difficult to score some behaviours because your examples lacked specific detail of the situation and result.",
    ],
    "communication": [
        "At times your answers were lengthy, and the panel found it hard to identify the key points.",
        "Your presentation contained good material but ran over time and was difficult to follow in places.",
        "The panel felt that your written exercise would have benefited from a clearer structure and plainer language.",
        "Some of your responses could have been more concise and focused on the question asked.",
    ],
    "questions_to_ask": [
        "When invited to ask questions at the end, you did not raise any, which the panel felt was a missed opportunity to show your interest in the service.",
        "The questions you asked at the close of the interview were about practical arrangements only; the panel would have welcomed questions about the work itself.",
        "You may wish to prepare some questions about the team's priorities for future interviews.",
    ],
    "composure": [
        "You appeared understandably nervous, and this seemed to affect your answers in the second half of the interview.",
        "When the panel challenged one of your answers, you appeared unsettled and found it difficult to recover your line of thought.",
        "The time pressure of the in-tray exercise appeared to affect your performance.",
    ],
    "experience_level": [
        "The panel felt that your experience of managing budgets of this size is not yet at the level the post requires.",
        "Your experience of leading a team is currently more limited than we require at this grade.",
        "You would benefit from further experience of working independently on complex cases before taking on a post of this kind.",
        "The panel considered that you have not yet had sufficient exposure to senior stakeholders.",
    ],
    "collaboration": [
        "Your answers about working with partner organisations focused mainly on your own contribution; the panel looked for more evidence of working across teams.",
        "The group exercise suggested that you sometimes found it difficult to build on the ideas of others.",
        "During the group discussion you tended to work alone, and the assessors saw little evidence of bringing others with you.",
    ],
    "cv_positioning": [
        "Your supporting statement did not address each of the essential criteria directly, which made it difficult for the panel to award marks.",
        "The application form listed your duties in previous roles but did not show how your experience relates to this particular post.",
        "Your CV was rather long and the most relevant experience was not easy to find; we would suggest tailoring it to the person specification.",
        "Relevant experience mentioned at interview did not appear in your written application, which limited your shortlisting score.",
    ],
}
PRAISE = [
    "The panel was impressed by your enthusiasm and by your clear commitment to public service.",
    "Your presentation was well researched and delivered confidently.",
    "You gave a strong answer on stakeholder management, drawing on a relevant example.",
    "Your knowledge of the sector was evident throughout.",
    "The panel particularly valued your examples of improving processes in your current role.",
    "Your written exercise was accurate and well organised.",
    "Your motivation for the role came across strongly.",
]
FB_INTRO = [
    "The panel has asked me to pass on the following feedback, which I hope you will find helpful.",
    "Please find below a summary of the panel's assessment against the criteria for the post.",
    "As promised, I set out below the feedback recorded by the panel.",
    "In line with our feedback policy, I have summarised the panel's comments below.",
    "I have spoken with the chair of the panel, who has provided the following comments on your interview.",
    "To help you with future applications, the panel has recorded the following observations.",
]
FB_CLOSE = [
    "I hope this feedback is constructive and of use in future applications.",
    "Please do not hesitate to contact me if you would like to discuss these comments further.",
    "The panel wished me to stress that the overall standard was high and the margins were narrow.",
    "We hope you will consider applying to us again in the future.",
    "",
]

# ---------------------------------------------------------------- offers
OFFER_CORE = [
    "I am delighted to offer you the post of {role} at {org}, subject to the satisfactory completion of pre-employment checks.",
    "Following your recent interview, I am pleased to make you a conditional offer of appointment to the post of {role}.",
    "I have great pleasure in confirming the verbal offer made to you by {panelchair} on {d1}: we would like you to join us as {role}.",
    "On behalf of {org}, I am pleased to offer you the position of {role} on the terms set out below.",
    "I am writing to confirm our offer of employment as {role}, which is conditional on the checks listed below.",
    "The panel would like to offer you the post of {role}; I am delighted to set out the details of the offer.",
]
OFFER_TERMS = [
    "The starting salary will be {salary} per annum, with a provisional start date of {d3}.",
    "The post is offered on a permanent, full-time basis at {grade}, starting at {salary}.",
    "Your salary will be {salary}, payable monthly in arrears, and you will be entitled to annual leave in line with the terms and conditions enclosed.",
    "This is a fixed-term appointment for two years at {grade}, with a salary of {salary}.",
]
OFFER_CHECKS = [
    "The offer is conditional upon: two satisfactory references, one of which must be from your current or most recent employer; confirmation of your right to work; occupational health clearance; and an enhanced disclosure.",
    "Before we can confirm a start date we must receive satisfactory references, evidence of your qualifications and proof of identity.",
    "This offer remains subject to baseline security clearance, which usually takes four to six weeks.",
    "Our offer is conditional on the completion of background screening, including a credit check and verification of your employment history for the past five years.",
    "Please note that the offer is subject to satisfactory references and a health declaration.",
]
OFFER_REPLY = [
    "Please confirm whether you wish to accept this conditional offer by replying to this email within seven days.",
    "I would be grateful if you could indicate your acceptance by signing and returning the enclosed statement of terms by {d1}.",
    "Please log in to your candidate account to accept or decline the offer.",
    "If you have any questions about the offer, please contact me directly before {d1}.",
]

# ---------------------------------------------------------------- boilerplate paragraphs (shared by all kinds)
BOILER_ANY = [
    ["{org} is committed to equality of opportunity and welcomes applications from all sections of the community.",
     "We are an equal opportunities employer and do not discriminate on the grounds of age, disability, sex, race, religion or belief, sexual orientation or any other protected characteristic.",
     "As a Disability Confident employer, we guarantee to consider applicants with disabilities who meet the minimum criteria.",
     "We actively encourage applications from people of all backgrounds, including those who are currently under-represented in our workforce.",
     "Our commitment to diversity and inclusion is set out in our Equality Scheme, which is published on our website."],
    ["Information you have provided will be processed in accordance with data protection law and our recruitment privacy notice.",
     "Your personal data will be held securely and retained for twelve months after the end of the campaign, after which it will be deleted.",
     "For details of how we use your information, please see the candidate privacy notice on our website.",
     "Any personal information you supply is used solely for the purpose of recruitment and is not shared with third parties without your consent, except where required by law.",
     "You have the right to request a copy of the personal data we hold about you by writing to our Data Protection Officer."],
    ["This email and any attachments are confidential and intended solely for the named addressee.",
     "If you have received this message in error, please notify the sender and delete it; do not copy or forward it.",
     "Email communications may be monitored for the purposes of security and compliance.",
     "Please consider the environment before printing this email."],
]
BOILER_PROCESS = [
    ["Canvassing of panel members, directly or indirectly, will disqualify a candidate.",
     "Candidates must declare any relationship with an existing employee or member of the governing body.",
     "Any attempt to influence the outcome of the selection process outside the formal procedure will lead to disqualification.",
     "If you are related to any member of staff involved in this appointment, please tell us before the next stage."],
    ["We support hybrid working, and most roles can be carried out partly from home by agreement with the line manager.",
     "Requests for part-time hours, job share or compressed hours will be considered for all posts.",
     "Our flexible working policy applies from the first day of employment.",
     "Staff can normally spend up to three days a week working remotely, subject to service requirements."],
    ["All appointments are subject to a six-month probationary period.",
     "New entrants to the organisation normally start at the minimum of the pay scale.",
     "Relocation assistance of up to the published maximum may be available to eligible new starters.",
     "Annual leave starts at twenty-seven days plus public holidays, rising with length of service."],
    ["We are committed to safeguarding and promoting the welfare of children and adults at risk, and expect all staff to share this commitment.",
     "This post is exempt from the Rehabilitation of Offenders Act, and any unspent or relevant spent convictions must be declared.",
     "Posts involving contact with vulnerable groups require a satisfactory check by the relevant vetting body.",
     "Unspent convictions will not necessarily bar you from appointment; each case is considered on its merits."],
    ["Welsh language skills are desirable for this post, and you are welcome to correspond with us in Welsh.",
     "Correspondence can be provided in Irish on request, in line with the Official Languages Act.",
     "Large-print and audio versions of the candidate pack are available from the recruitment team.",
     "Interpreters can be arranged for candidates who use British Sign Language."],
    ["The recruitment timetable is indicative only and may change; we will tell you promptly if it does.",
     "Please check that your contact details in your candidate account are correct, as all correspondence will be sent by email.",
     "Please add our address to your safe senders list so that our messages do not go to your junk folder.",
     "Your candidate account will remain open for twelve months so that you can apply for further posts."],
    ["If you are dissatisfied with the way your application has been handled, you may raise a concern under our Recruitment Complaints Procedure within fourteen days.",
     "Candidates who believe that the process was not conducted fairly may request a review by writing to the Head of Resourcing.",
     "Information on how to appeal a recruitment decision can be found in section 9 of the candidate guidance notes.",
     "Our appeals procedure is available on request; please quote your reference in any correspondence.",
     "A review of a selection decision can be requested only on procedural grounds, and not because a candidate disagrees with the panel's judgement.",
     "Requests for a review must be made in writing and will be considered by a manager who had no part in the original decision."],
    ["Reasonable travel expenses will be reimbursed for candidates attending interview, at standard class rail fare or 45p per mile.",
     "Please retain receipts for any travel costs, as claims can only be paid on production of a completed expenses form.",
     "We regret that we are unable to reimburse travel or accommodation costs for candidates attending interview.",
     "Travel expenses are payable only for journeys within the United Kingdom and must be claimed within one month.",
     "Overnight accommodation will be booked for candidates travelling more than one hundred miles, on request.",
     "Candidates attending from overseas may be interviewed by video link; we cannot meet international travel costs."],
    ["If you require any adjustments to enable you to take part fully in the selection process, please let us know and we will do our best to accommodate them.",
     "Our buildings are accessible by wheelchair, and a hearing loop is available in the interview room.",
     "If you have a disability and need information in a different format, please contact the recruitment team.",
     "Please tell us in confidence about any adjustments you may need, for example extra time for written tests."],
    ["Please bring with you original documents confirming your identity and right to work, such as a passport or birth certificate with proof of National Insurance number.",
     "You will need to bring evidence of the qualifications listed as essential in the person specification.",
     "Visitor parking is limited; we recommend using public transport, and the nearest station is a ten-minute walk.",
     "On arrival, please report to the main reception, where you will be asked to sign in and will be given a visitor pass."],
    ["Staff are automatically enrolled in the Local Government Pension Scheme, to which the employer contributes a significant percentage of salary.",
     "Membership of the defined contribution pension scheme is offered from the first day, with the employer matching contributions up to 8 per cent.",
     "The NHS Pension Scheme is a defined benefit scheme; details of contribution rates are available from the Pensions Agency.",
     "Further information about pension benefits, annual leave and flexible working is given in the enclosed staff benefits summary."],
]
SIGN_OFF = ["Yours sincerely,", "Yours faithfully,", "Kind regards,", "With best wishes,", "Yours sincerely", "Regards,"]
TITLES = ["Recruitment Officer", "Recruitment Adviser", "HR Assistant", "Resourcing Partner", "Senior HR Adviser",
          "Recruitment and Selection Officer", "Head of People Services", "HR Business Partner", "Graduate Recruitment Manager",
          "Talent Acquisition Partner", "Recruitment Coordinator", "Chair of the Appointments Panel"]
FOOTERS = [
    "{org} is a registered charity in England and Wales (No. {num}).",
    "{org} is a limited liability partnership registered in England and Wales with number OC{num}. Authorised and regulated by the Solicitors Regulation Authority.",
    "Registered office: {addr}. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA.",
    "This mailbox is not monitored. Please do not reply directly to this message.",
    "{org} will never ask you to pay a fee as part of our recruitment process.",
    "Follow us on LinkedIn for the latest news and vacancies.",
    "To stop receiving recruitment emails from {org}, update your preferences in your candidate account.",
    "Proud to be an accredited Living Wage employer.",
    "Working together for healthier communities.",
    "Incorporated in Ireland. Registered number {num}.",
]
ADDR = ["Civic Centre, Market Street", "Trust Headquarters, Infirmary Road", "1 Cathedral Walk",
        "Level 4, 200 Collins Street", "Unit 3, Riverside Business Park", "Administration Building, Hospital Lane",
        "The Old Exchange, Quay Road", "Registry Building, University Avenue", "12 Merrion Square",
        "Suite 1100, 150 King Street West"]
