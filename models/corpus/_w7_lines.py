"""Writer w7's sentence banks: the shared shell (greetings, closings, footers) and the meaning
sentences for each label and for the look-alike negatives. Slots: {first} {full} {last} {role}
{company} {ref} {date} {time} {place} {sender} {stitle} {deadline} {salary} {start}.
"""

from __future__ import annotations

GREET = [
    "Dear {first},", "Dear {first}", "Hi {first},", "Hello {first},", "Good morning {first},",
    "Good afternoon {first},", "Dear {full},", "Dear Candidate,", "Dear Applicant,", "Hi {first}",
    "Greetings of the day {first},", "Dear Mr/Ms {last},", "Morning {first},", "Hiya {first},",
    "{first},", "Hi there {first},", "Dear {first} {last}", "Hello {full},", "G'day {first},",
    "Dear Sir/Madam,", "Hey {first},",
]

CLOSE = [
    "Kind regards,", "Kind regards", "Best wishes,", "Warm regards,", "Many thanks,", "Regards,",
    "Yours sincerely,", "Yours faithfully,", "Thanks and regards,", "With best regards,", "Cheers,",
    "All the best,", "Thanks again,", "Take care,", "Best,", "Warmest wishes,", "Thanks & Regards,",
    "Sincerely,", "Regards and thanks,", "Speak soon,",
]

TITLES = {
    "health": ["Recruitment Officer", "Ward Manager", "Matron, Surgical Division", "Workforce Coordinator",
               "Nurse Recruitment Lead", "Medical Staffing Administrator", "Director of Nursing (PA)"],
    "school": ["Headteacher", "Deputy Head", "School Business Manager", "HR Officer (Schools)",
               "Office Manager", "Principal", "Clerk to the Governors"],
    "university": ["HR Assistant", "Recruitment Administrator", "Head of School", "Faculty Manager",
                   "Resourcing Adviser"],
    "council": ["HR Advisor", "Recruitment Assistant", "Service Manager", "Team Leader", "People Services",
                "Resourcing Officer"],
    "civil": ["Vacancy Holder", "Resourcing Team", "Recruitment Caseworker", "Campaign Manager",
              "Establishment Officer"],
    "retail": ["Store Manager", "Area People Partner", "Talent Acquisition Advisor", "Store Administrator",
               "Regional HR Coordinator"],
    "hospitality": ["General Manager", "Head Chef", "HR & Training Manager", "Operations Manager",
                    "Owner", "Front Office Manager"],
    "logistics": ["Site HR Administrator", "Transport Manager", "Shift Manager", "Recruitment Partner",
                  "Depot Manager"],
    "finance": ["Early Careers Team", "Talent Acquisition Partner", "HR Business Partner", "Branch Manager",
                "Graduate Recruitment Manager", "Senior Manager - HR"],
    "law": ["Graduate Recruitment Partner", "HR Manager", "Practice Manager", "Trainee Recruitment Officer",
            "Office Manager"],
    "engineering": ["HR Coordinator", "Works Manager", "Engineering Manager", "Recruitment Advisor",
                    "Plant Manager"],
    "charity": ["People & Culture Officer", "Service Manager", "Chief Executive", "Volunteer & HR Lead",
                "Operations Director"],
    "agency": ["Recruitment Consultant", "Senior Consultant", "Account Manager", "Branch Manager",
               "Resourcer", "Bookings Coordinator"],
    "family": ["Owner", "Manager", "Director", "Co-owner", "Office"],
}

FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error please notify the sender and delete it. Views expressed are those of the "
    "individual and not necessarily those of the organisation.",
    "Please consider the environment before printing this email.",
    "{company} is an equal opportunities employer and welcomes applications from all sections of the community.",
    "Registered office: {regaddr}. Registered in England and Wales, company no. {regno}.",
    "You are receiving this message because you applied for a vacancy through our careers site. "
    "To stop receiving these emails, update your preferences.",
    "Disclaimer: The information contained in this communication is intended only for the named "
    "recipient and may be privileged. Any unauthorised use, dissemination or copying is strictly prohibited.",
    "Do not reply to this email - this mailbox is not monitored.",
    "This is an automated message. Please do not reply directly; log in to your candidate account instead.",
    "We are a Disability Confident Employer. If you need any adjustments at any stage, just let us know.",
    "Follow us on Facebook and Instagram @{handle}",
    "{company} | {regaddr}",
    "Privacy notice: we process your personal data for recruitment purposes only. See our website for details.",
    "Sent from my iPhone",
    "Sent from Outlook for Android",
    "Please note our office is closed on public holidays. Replies may take up to two working days.",
    "Confidentiality: this e-mail may contain information that is legally privileged. If you are not the "
    "intended recipient you must not use, copy or disclose it.",
    "-- \nNote: our offices will be closed from 24 December to 2 January.",
    "Committed to safeguarding and promoting the welfare of children and young people.",
    "Registered charity no. {regno}.",
    "Manage your job alerts | Unsubscribe | Help",
    "",
    "",
]

REGADDR = ["Unit 4, Canal Wharf, Leeds LS11 5PS", "14 Harcourt Street, Dublin 2", "Level 3, 88 Pitt Street, Sydney NSW 2000",
           "Plot 22, MIDC Industrial Area, Pune 411019", "210 King St W, Toronto ON M5H 1K4",
           "3 Loop Street, Cape Town 8001", "Civic Centre, Market Square", "The Old Mill, Bridge Lane, Hexham NE46 3AB",
           "County Hall, Glenfield", "1 Riverside Way, Swindon SN1 2QT"]

# --------------------------------------------------------------------------------------------
# openers shared by labelled and unlabelled mail
THANKS_APPLY = [
    "Thank you for your interest in the {role} post at {company}.",
    "Thank you for applying for the position of {role} ({ref}).",
    "Many thanks for your application for {role}.",
    "Thanks for putting yourself forward for the {role} vacancy.",
    "We appreciate you taking the time to apply to {company}.",
    "Thank you for your recent application to join us as {role}.",
    "I am writing about your application for {role} ({ref}).",
    "I'm getting in touch about the {role} job you applied for.",
    "Further to your application for the above post,",
    "Re your application for {role} with {company}:",
    "Thank you for the time and effort you put into your application.",
    "With reference to your application for the post of {role},",
    "Following on from your application for {role} at our {place} site,",
    "I hope you're keeping well. Just following up on the {role} role.",
    "Thanks so much for your application for {role} - it was lovely to read.",
    "",
    "",
]

THANKS_MET = [
    "Thank you for attending interview with us on {date}.",
    "Thank you for coming in to meet the panel for the {role} post.",
    "It was good to meet you at the assessment centre last week.",
    "Thanks for your time on the phone the other day.",
    "Thank you for coming along to the interview and for the effort you put into your presentation.",
    "[shop] Thanks again for the trial shift on {date}.",
    "Thank you for attending the interview for {role} and for your patience while we finalised our decision.",
    "Many thanks for meeting with us at {place} on {date}.",
    "I really appreciated you coming in for a chat about the {role} job.",
    "Thank you for taking part in our selection process for the {role} vacancy.",
    "Thanks for coming to see us on {date} - the panel enjoyed talking with you.",
    "It was a pleasure to meet you during the panel interview.",
]

# --------------------------------------------------------------------------------------------
# application_ack
ACK = [
    "This email confirms that we have received your application for {role} ({ref}).",
    "Your application has been successfully submitted and is now with the recruiting manager.",
    "We've got your application for {role} and it's safely in our system.",
    "This is to acknowledge receipt of your application for the post of {role}.",
    "Your CV has arrived safely and has been logged against vacancy {ref}.",
    "We confirm receipt of your application. Your candidate number is {candno}.",
    "Just a quick note to say your application came through and I've passed it to the hiring team.",
    "Thank you, your application for {role} has been received.",
    "We write to acknowledge your application for {role} at {company}.",
    "Got your CV, thanks {first} - I'll have a proper look tonight.",
    "Application received: {role}, {place}.",
    "Your application form and supporting statement have reached us.",
    "We have safely received your application, covering letter and the details of your two referees.",
    "We are pleased to confirm that your application for the {role} vacancy has been lodged.",
    "Your submission for the {role} post has been recorded on the portal (reference {ref}).",
    "Thank you for your application - this is an automatic confirmation that it reached us.",
    "[in] Kindly note that your application for {role} has been received by our HR department.",
    "I can confirm we received your application for the {role} job on Saturday.",
]
ACK_NEXT = [
    "Shortlisting will take place after the closing date of {deadline}.",
    "The recruiting manager will review all applications once the advert closes.",
    "If you are shortlisted, we will contact you by email with details of the interview.",
    "We aim to let all applicants know the outcome within three weeks of the closing date.",
    "Please check your junk folder regularly, as invitations to interview are sent by email.",
    "Due to the volume of applications, we may only be in touch if you are shortlisted.",
    "If you have not heard from us within 21 days of the closing date, please assume you have not been successful on this occasion.",
    "You can track the progress of your application at any time by logging into your account.",
    "A member of the team will be in touch in the next couple of weeks.",
    "[in] We'll review your details and revert shortly.",
    "Our HR team reviews applications on a rolling basis, so the advert may close early.",
    "You will hear from us either way - we reply to everyone.",
    "Interviews are provisionally planned for the week commencing {date}.",
    "We will be in contact with you soon regarding the next stage.",
]

# --------------------------------------------------------------------------------------------
# status pings and portal nudges (no label)
STATUS = [
    "We wanted to let you know that your application for {role} is still under consideration.",
    "Shortlisting for this post has been delayed due to staff annual leave; we hope to update you next week.",
    "Your application is currently with the hiring manager for review. No action is needed from you.",
    "Just a quick update - we're still working through applications and haven't made any decisions yet.",
    "The closing date for {role} has now passed and the panel is reviewing applications.",
    "Your application status has changed to: In review.",
    "We are still awaiting references from other candidates, so please bear with us a little longer.",
    "Thank you for your patience. The panel meets on {date} to agree the shortlist.",
    "I haven't forgotten about you! The manager has been off sick so it's taking longer than planned.",
    "Your application remains active and is being considered alongside others.",
    "The interview dates for this role have moved; we will confirm arrangements with shortlisted candidates soon.",
]
PROFILE = [
    "You started an application for {role} but it has not been submitted yet.",
    "Your application is incomplete. Please add your employment history and the details of two referees.",
    "Complete your candidate profile to be considered for more vacancies like {role}.",
    "Your application for {role} is saved as a draft and the advert closes on {deadline}.",
    "We noticed your profile is missing a CV. Profiles with a CV are 4x more likely to be viewed by employers.",
    "Reminder: the equal opportunities monitoring section of your application still needs to be completed.",
    "You have 2 days left to submit your application for {role}.",
    "Please verify your email address to finish setting up your account.",
]

# --------------------------------------------------------------------------------------------
# rejection
REJ_SOFT = [
    "We were genuinely impressed with your application.",
    "You clearly have a lot to offer and it was a difficult decision.",
    "The panel thought highly of you.",
    "We had an exceptionally strong field for this post.",
    "It was a very close call.",
    "We received a large number of applications of a very high standard.",
    "I know you'd have been an asset to the team.",
    "You interviewed well and the decision was not an easy one.",
    "",
    "",
    "",
]
REJ = [
    "Unfortunately, on this occasion you have not been shortlisted for interview.",
    "I'm sorry to say that we won't be taking your application any further.",
    "We regret to advise that your application has been unsuccessful.",
    "After careful consideration, we have decided not to offer you the post.",
    "I'm afraid we have decided to go with another applicant.",
    "Regrettably, you have not been successful on this occasion.",
    "We will not be progressing your application to the next stage.",
    "I'm sorry to let you know that we've offered the job to someone else.",
    "The panel has decided not to proceed with your application.",
    "On this occasion we will not be moving forward with your candidacy.",
    "[finance] Sadly we won't be able to offer you a place on the programme this year.",
    "I'm writing to let you know that you were not selected for the {role} post.",
    "After reviewing all applications against the person specification, we have not selected you for interview.",
    "We are sorry to inform you that your application has not been taken forward.",
    "This time it's a no from us, I'm afraid.",
    "Unfortunately you were not successful at the assessment centre stage.",
    "We have now completed interviews and regret that we are unable to offer you the position.",
    "I wanted to call you but couldn't get through - we've decided not to take things further.",
    "[in] Kindly note that your profile has not been shortlisted for the said position.",
    "We won't be offering you a second interview.",
    "Your application did not progress past the online assessment.",
    "[law] We are not able to offer you a training contract on this occasion.",
    "We'll pass this time, but thank you.",
    "Following the interview, the panel have decided that you will not be appointed to the post.",
]
REJ_REASON = {
    "role_filled": [
        "The post has now been filled.",
        "We have appointed an internal candidate to the role.",
        "The vacancy was filled before we reached your application.",
        "We've now found someone for the position.",
        "An offer has been made and accepted by another candidate.",
        "The position has been taken by a staff member returning from secondment.",
    ],
    "budget_freeze": [
        "The service is under a recruitment freeze while the budget for next year is agreed.",
        "Funding for the post has been paused, so we cannot appoint at this time.",
        "Due to current financial constraints, all non-essential recruitment has been put on hold.",
        "Our head office has frozen hiring across the region until the new financial year.",
        "The grant that would have paid for this role has not been renewed.",
    ],
    "closer_fit": [
        "We have offered the role to a candidate whose experience more closely matched the person specification.",
        "Another applicant had more direct experience of this kind of setting.",
        "We went with someone who already holds the specific qualification the post requires.",
        "The successful candidate had a closer match to the essential criteria.",
        "We found an applicant whose background was a better fit for the team as it stands.",
        "Someone with more hands-on experience of our systems and procedures was appointed.",
        "The appointed candidate brought more of the specific skills the team is short of.",
    ],
    "level_mismatch": [
        "On reflection we need someone with more senior management experience for this post.",
        "The role requires a more experienced practitioner than your current band suggests.",
        "We feel you would be overqualified for this position and might not find it fulfilling.",
        "The panel were looking for someone at a more junior level for this particular post.",
        "This role sits at a higher grade and we need someone who has already led a team.",
    ],
    "role_cancelled": [
        "The vacancy has been withdrawn following a restructure of the department.",
        "The post will no longer be going ahead.",
        "We've decided not to recruit to this position after all.",
        "The role has been cancelled while the service is reviewed.",
        "The planned expansion has been postponed indefinitely, so the roles will not be filled.",
    ],
}
REJ_NOFB = [
    "Due to the volume of applications, we are unable to provide individual feedback.",
    "I'm afraid our policy does not allow us to give feedback at the shortlisting stage.",
    "We had many strong candidates and cannot comment on individual applications.",
    "Regrettably we are not in a position to share feedback.",
    "",
    "",
    "",
]
REJ_FUTURE = [
    "We will keep your details on file for six months in case a suitable vacancy arises.",
    "Please do keep an eye on our careers page and apply again in future.",
    "We would encourage you to apply for other roles with us.",
    "We wish you every success with your job search.",
    "Thank you again for your interest, and best of luck for the future.",
    "I hope you find the right role soon.",
    "All the very best in your career.",
    "Don't let this put you off applying again.",
    "We hope this won't discourage you from applying for future vacancies.",
    "",
]

# --------------------------------------------------------------------------------------------
# feedback
FB_INTRO = [
    "The panel asked me to pass on some feedback.",
    "As promised, here is some feedback from the interview.",
    "I've spoken to the panel and can share the following.",
    "You asked for feedback, so here are the main points.",
    "In terms of feedback:",
    "For what it's worth, this is what came out of the panel's discussion.",
    "I'd like to give you a bit of feedback which I hope is useful.",
    "Some notes from the panel that may help you next time:",
    "Here is a summary of the scoring discussion.",
]
FB_PRAISE = [
    "Your enthusiasm for the role came across clearly.",
    "[health] Your clinical knowledge was sound.",
    "[health] The panel liked your warmth with patients.",
    "You presented yourself very professionally.",
    "Your written application was one of the strongest we received.",
    "[school] Your lesson plan was well structured and the children responded well.",
    "Your knowledge of health and safety legislation was excellent.",
    "You scored well on the numeracy test.",
    "You came across as friendly and approachable.",
    "[shop] Your customer service scenario was handled nicely.",
]
FB_WEAK = {
    "communication": [
        "Some of your answers went on for quite a while and the panel found it hard to pick out the key point.",
        "At times it was difficult to follow your explanations, so try to structure them more clearly.",
        "Your presentation ran over time and the main message got a bit lost.",
        "The panel felt you could have been clearer and more concise when explaining your approach.",
        "Speaking a little more slowly and checking the panel had understood would help.",
    ],
    "behavioural": [
        "Your answers to the competency questions needed more concrete examples from your own work.",
        "When asked about a time you dealt with a difficult colleague, the example lacked detail on what you actually did.",
        "Try using the STAR approach - several of your examples didn't say what the outcome was.",
        "The panel wanted to hear more about situations you had handled personally rather than general statements.",
        "Your examples of working under pressure were a bit thin.",
    ],
    "experience_level": [
        "The panel felt you don't yet have enough experience of leading a team for this grade.",
        "[health] You'd benefit from another year or so on a busy ward before stepping up to this band.",
        "Your experience so far is mainly in smaller settings, and the role needs someone used to a large site.",
        "We felt you need a little more time in post before taking on this level of responsibility.",
    ],
    "technical_depth": [
        "Your knowledge of safeguarding procedures was not as detailed as we needed.",
        "[health] Some of your answers on medicines management lacked depth.",
        "[council] The panel expected a stronger grasp of the planning legislation.",
        "[finance] Your understanding of the underwriting process was at quite a general level.",
        "[school] When we asked about the curriculum changes, your answer stayed fairly surface level.",
        "[logistics] We'd have liked to see a firmer grasp of lifting regulations and load planning.",
        "[law] Your knowledge of current employment case law wasn't quite where it needs to be.",
    ],
    "composure": [
        "You seemed quite nervous, which affected how you answered the later questions.",
        "When the role-play got difficult you appeared flustered and lost your thread.",
        "Try to stay calm if you're unsure of an answer - take a moment rather than rushing.",
        "The panel noticed that the time pressure in the in-tray exercise seemed to unsettle you.",
    ],
    "questions_to_ask": [
        "You didn't have any questions for the panel at the end, which came across as a lack of interest.",
        "It would have been good to ask us more about the team and the school.",
        "Having a couple of questions ready about the service would have shown more curiosity.",
        "When invited to ask questions, you only asked about pay and leave.",
    ],
    "collaboration": [
        "The group exercise showed you tending to work alone rather than bringing others in.",
        "We didn't get a strong sense of how you work alongside other professionals.",
        "In the team task you talked over other candidates at times.",
        "There was little evidence of multi-disciplinary working in your answers.",
    ],
    "cv_positioning": [
        "Your application didn't really show how your experience matched the person specification.",
        "Your supporting statement was quite general - tailor it to the essential criteria next time.",
        "[shop] The CV undersold your retail management experience; put your achievements higher up.",
        "Your CV was four pages long and the relevant experience was hard to find.",
        "Your cover letter read as if it was written for a different employer.",
    ],
}
FB_OUTRO = [
    "I hope this is helpful for future applications.",
    "I hope that helps - you're definitely on the right track.",
    "Please don't be discouraged; these are things that come with practice.",
    "I'd be happy to chat further if useful.",
    "Take this on board and I'm sure you'll do well next time.",
    "",
]

# --------------------------------------------------------------------------------------------
# interview_invite
INV = [
    "I am pleased to invite you to interview for the post of {role}.",
    "We would like to invite you to attend an interview for {role}.",
    "Good news - you have been shortlisted for the {role} role!",
    "You have been shortlisted and we'd like you to come in for a panel interview.",
    "We'd love to have a chat with you about the job if you're free.",
    "Following a review of your application, we would like to invite you to our assessment centre.",
    "The next step is a short telephone interview with {sender}.",
    "We would like you to complete an online assessment as the next stage of the process.",
    "[shop] Could you come in for a trial shift?",
    "We'd like to invite you to a second interview with our Regional Manager.",
    "You have been selected to attend a recorded video interview.",
    "[in] Kindly make yourself available for a personal interview for the said post.",
    "I'd like to arrange an informal chat over Teams with the hiring manager.",
    "Please book yourself an interview slot using the link below.",
    "Your interview has had to move, so we'd like to offer you a new time for the same interview.",
    "[school] As part of the selection process, shortlisted candidates will teach a 30-minute observed lesson and then meet the panel.",
    "The manager would like to meet you for a final interview before making a decision.",
    "We're pleased to tell you that you've progressed to the next stage: a competency-based interview.",
]
INV_FORMAT = [
    "The interview will last around 45 minutes and will be with a panel of three.",
    "You will be asked to give a 10-minute presentation on '{topic}' followed by questions.",
    "The assessment centre includes a group exercise, an in-tray task and a one-to-one interview.",
    "The online test covers numerical and verbal reasoning and takes about 40 minutes.",
    "It'll be a relaxed conversation, nothing too formal.",
    "[shop] The trial shift will be about four hours and you'll be paid for your time.",
    "There will be a short written exercise before the panel interview.",
    "The call should take no more than 20 minutes.",
    "The interview will be held on Microsoft Teams and a link will follow.",
    "[logistics] There will be a practical driving assessment in the yard as well as an interview.",
    "[health] Part of the day will be a tour of the ward and an informal meeting with the team.",
    "You'll be asked a mix of values-based and scenario questions.",
    "",
]
INV_WHEN = [
    "Interviews will be held on {date} at {place}. Your slot is {time}.",
    "Are you available on {date} at {time}?",
    "We have a slot on {date} at {time} - please let me know if this suits.",
    "Please select a time that suits you using this link: https://{bookhost}/book/{token}",
    "The assessment must be completed by {deadline}: https://{bookhost}/assess/{token}",
    "Could you come to the {place} office at {time} on {date}?",
    "Please choose one of the following: {date} at {time}, or the following morning at 9:30.",
    "The date is {date}, {time}, at our {place} site (reception will direct you).",
    "Pop in any day this week after 2pm if you can.",
]
INV_BRING = [
    "[uk] Please bring photo ID and proof of your right to work in the UK.", "Please bring photo ID and proof of your right to work.",
    "[health][uk] Please bring your original certificates and your NMC PIN details.", "[health] Please bring your original certificates and registration details.",
    "[shop] Wear comfortable, enclosed shoes as you'll be on the shop floor.",
    "[logistics][uk] Bring your driving licence and CPC card.", "[logistics] Bring your driving licence with you.",
    "Let us know if you need any reasonable adjustments.",
    "Travel expenses will be reimbursed on production of receipts.",
    "[in] Kindly carry two passport-size photographs and original mark sheets.", "[in] Kindly carry your updated resume and a government ID proof.",
    "Parking is available in the visitor car park.",
    "",
    "",
]
INV_CONFIRM = [
    "Please confirm your attendance by replying to this email.",
    "[in] Kindly revert with your confirmation at the earliest.",
    "Let me know if that works for you.",
    "If the time doesn't suit, just reply and we'll find another.",
    "Please confirm by {deadline} so we can finalise the schedule.",
    "Give me a ring on the number below to confirm.",
    "",
]
TOPICS_PRES = ["how you would improve patient experience on the ward", "your first 90 days in post",
               "engaging reluctant readers in Key Stage 2", "reducing missed bin collections",
               "handling a customer complaint", "improving pick rates on night shift",
               "the challenges facing the sector", "building a volunteer community"]

# --------------------------------------------------------------------------------------------
# offer
OFFER = [
    "I am delighted to offer you the post of {role}.",
    "We'd love you to join us - I'm pleased to offer you the job!",
    "Following your interview, I am pleased to make you a conditional offer of employment as {role}.",
    "On behalf of {company}, I'm happy to confirm our offer for the {role} position.",
    "The panel would like to offer you the role, subject to the usual pre-employment checks.",
    "[finance] Congratulations! We would like to offer you a place on our graduate scheme.",
    "Further to our phone call today, I'm writing to confirm the verbal offer I made.",
    "[law] I'm pleased to say we'd like to offer you a training contract commencing in September.",
    "We are pleased to extend an offer of appointment for the post of {role}.",
    "You were our preferred candidate and I'd like to offer you the job.",
    "[shop] Great news: we'd like to offer you a permanent contract after your trial shift.",
]
OFFER_TERMS = [
    "The starting salary is {salary} per annum, pro rata.",
    "The rate is {rate} an hour, with time and a half on Sundays.",
    "The post is on {salary}, and the proposed start date is {start}.",
    "Your contract will be for 37.5 hours per week with 27 days' annual leave plus bank holidays.",
    "The package includes a salary of {salary}, a pension, and staff discount.",
    "We'd like you to start on {start}, subject to your notice period.",
    "[in] The CTC offered is {salary} per annum.",
    "",
]
OFFER_COND = [
    "[uk] This offer is conditional on satisfactory references, an enhanced DBS check and occupational health clearance.", "This offer is conditional on satisfactory references and a medical clearance.",
    "The offer is subject to two satisfactory references and proof of your right to work.",
    "[ie] This is subject to your registration with the Teaching Council.", "This is subject to verification of your qualifications.",
    "[in] Kindly sign and return the duplicate copy of this letter as a token of your acceptance.",
    "[au] The offer is subject to a police check and a Working With Children Check.", "[ca] The offer is subject to a clear vulnerable sector check.",
    "",
]
OFFER_REPLY = [
    "Please let me know by {deadline} whether you'd like to accept.",
    "Your formal offer letter is attached; please accept via the portal within five working days.",
    "Give me a call when you've had a chance to think it over.",
    "Please sign and return the attached offer letter at your earliest convenience.",
    "We're really looking forward to welcoming you to the team.",
]
SALARY = {
    "uk": (["£24,071", "£26,530", "£29,970", "£33,482", "£23,500", "£28,000", "£41,200"], ["£11.44", "£12.60", "£12.21", "£13.05"]),
    "ie": (["€31,200", "€38,500", "€34,000", "€42,750"], ["€13.50", "€15.20", "€14.10"]),
    "au": (["A$78,000", "A$65,500", "A$92,300", "A$71,000"], ["A$31.50", "A$28.90", "A$34.20"]),
    "in": (["₹4,80,000", "₹6,20,000", "₹3,60,000", "₹9,00,000"], ["₹250", "₹310"]),
    "ca": (["C$58,000", "C$64,500", "C$49,900"], ["C$21.75", "C$19.50", "C$24.00"]),
    "za": (["R285,000", "R340,000", "R216,000"], ["R45", "R62", "R38"]),
}
PHONES = {"uk": ["01632 960", "0113 496 0", "020 7946 0", "07700 900"], "ie": ["+353 1 555 0", "021 555 0", "087 555 0"],
          "au": ["(02) 9876 5", "(03) 5550 1", "0491 570 "], "in": ["+91 80 4123 ", "+91 98450 1", "0265 255 "],
          "ca": ["(905) 555-0", "(506) 555-0", "(306) 555-0"], "za": ["021 555 0", "011 555 0", "082 555 0"]}

# --------------------------------------------------------------------------------------------
# negatives near the labels, inside an employer thread
REMINDER = [
    "Just a reminder that your interview is on {date} at {time}.",
    "This is a reminder of your appointment tomorrow at {time} at {place}.",
    "Looking forward to seeing you on {date}. Please arrive 10 minutes early and sign in at reception.",
    "Reminder: your online interview starts at {time}. Please join five minutes before.",
    "A quick reminder about your assessment centre on {date}; the parking details are below.",
    "Your interview is confirmed for {date}, {time}. No need to reply.",
]
THANKS_TODAY = [
    "Thanks for coming in today, it was great to meet you.",
    "Thank you for your time this afternoon. The panel will make a decision by the end of next week.",
    "Lovely to meet you earlier. We've a few more people to see and will be in touch after that.",
    "Thanks for taking the time to speak with us today - we'll let you know as soon as we can.",
    "Thank you for attending today. Please submit your travel expenses form by Friday.",
]
ONBOARD = [
    "Welcome aboard! Please complete the new starter form and return it by {deadline}.",
    "[uk] Your DBS application has been started - please complete the online section using the link sent separately.",
    "Thanks for accepting our offer. Please bring your passport and a bank statement to your induction on {date}.",
    "Your uniform has been ordered - can you confirm your size (S/M/L/XL)?",
    "Your ID badge and IT account will be ready on your first day. Induction starts at {time}.",
    "Please complete your mandatory e-learning modules before your start date.",
    "We've received your signed contract, thank you. Occupational health will contact you.",
    "Here is your induction timetable for your first week.",
    "[in] Kindly submit your joining documents (PAN, Aadhaar, relieving letter) at the earliest.",
    "Your references have now come back, so we're all set for your start on {start}.",
]
CLOSED_EARLY = [
    "I know I mentioned the {role} job last week, but the client has filled it internally before I could put you forward.",
    "Sorry, that vacancy I told you about closed before we got your CV over.",
    "Just to let you know the {role} post we discussed has been pulled by the client, so there's nothing to apply for at the moment.",
    "The advert you asked about has closed early due to a high number of applications, so it's no longer possible to apply.",
]
INTERNAL_PANEL = [
    "Could you sit on the interview panel for the new HCA posts next Thursday?",
    "We've got three candidates coming in for the deputy manager role - would you be able to help interview them?",
    "Please could you review the shortlisted applications for the admin vacancy before Friday and score them?",
    "You're down as the second interviewer for the apprentice on {date} at {time}.",
    "Can you show tomorrow's interviewee round the warehouse at 10? I'll do the formal bit.",
]

# ---------------------------------------------------------------------------------- more variety
THANKS_APPLY += [
    "Thank you for submitting an application for the {role} vacancy advertised on our website.",
    "Thanks for your interest in working with us at {place}.",
    "Thank you for responding to our advertisement for a {role}.",
    "I'm writing on behalf of the recruiting panel for {role}.",
    "We appreciate the interest you have shown in the {role} position.",
    "Thanks a million for applying for the {role} job.",
    "Thank you for your patience while we worked through a very large number of applications.",
    "Hope you had a good weekend. I'm in touch about {role} ({ref}).",
    "Thank you for considering a career with {company}.",
]
ACK += [
    "Just confirming that your CV and cover letter for {role} landed in my inbox this morning.",
    "Your application reference is {candno}; please quote it in any correspondence.",
    "This message is to let you know we have your application and it will be considered after the closing date.",
    "We have received your expression of interest for {role} and added it to the shortlisting pack.",
    "Your application for {role} is in! Nothing more to do for now.",
    "We are writing to acknowledge the receipt of your resume for the {role} opening.",
    "Received with thanks.",
]
REJ += [
    "I'm sorry to tell you that the panel did not select you for appointment.",
    "We have reviewed your application carefully and, regrettably, will not be inviting you to interview.",
    "You have not been placed on the shortlist for this vacancy.",
    "It is with regret that I have to tell you we will not be offering you the role.",
    "We have decided to offer the position to another candidate.",
    "The hiring manager has chosen not to move forward with your application.",
    "[shop] Unfortunately the manager has decided not to take you on after the trial shift.",
    "I'm afraid it's not good news this time.",
    "We are unable to progress your application any further.",
    "[finance] You were not successful in securing a place on the graduate scheme this year.",
    "The decision has been made to appoint someone else.",
    "We won't be able to offer you a contract at this stage.",
]
INV += [
    "The panel would like to meet you - please find the interview details below.",
    "I'd like to invite you to come in and meet {sender} for an informal interview.",
    "We would be pleased if you could attend a selection day at our {place} office.",
    "Congratulations, you have been invited to the interview stage for {role}.",
    "You've been shortlisted! We'd like to book you in for a phone screen.",
    "[shop] Are you free for a quick video call with the store manager this week?",
    "[hospitality] We'd like you to come in for a working interview - you'll spend a couple of hours in the kitchen with the team.",
    "The next stage is a job-related skills test followed by a short interview.",
    "We'd like to invite you to the final stage: a meeting with our Chief Executive.",
    "Please use the link below to choose a time for your telephone interview.",
]
OFFER += [
    "I'm really pleased to tell you the panel would like to appoint you.",
    "It gives me great pleasure to offer you the post of {role} at {company}.",
    "We'd like to offer you the job, and we're all thrilled.",
    "Following your successful interview, I am writing to offer you a fixed-term contract as {role}.",
    "We are happy to offer you the position, starting as soon as your notice allows.",
    "Please accept this email as our formal offer for the role of {role}.",
]
STATUS += [
    "We're running a little behind with shortlisting, but we'll be in touch soon.",
    "No decision has been made yet on the {role} post; we'll update everyone together.",
    "Your application has moved to the next review stage with the hiring team.",
    "We're still collecting references for the preferred candidates, so no final decisions have been made.",
    "The shortlisting panel has been rescheduled; please bear with us.",
]
REMINDER += [
    "Friendly reminder: we're expecting you at {time} on {date}. Ask for {sender} at the front desk.",
    "Just confirming your interview slot is still {time} on {date}. Parking is behind the building.",
    "Your interview tomorrow will now be in Room 4 rather than the boardroom - same time.",
    "Quick reminder that the Teams link for your interview is in the original invitation.",
]
THANKS_TODAY += [
    "Great to meet you this morning - thanks for making the trip over. We'll be in touch once we've seen everyone.",
    "Thank you for the interview today. I've passed your ID copies to HR for our records.",
    "Thanks for your time earlier; we'll aim to make a decision by {date}.",
]
ONBOARD += [
    "Please complete the health questionnaire for occupational health before your start date.",
    "Attached is your contract; please sign page 6 and return it to us.",
    "[uk] We need your P45 and bank details for payroll before the end of the month.",
    "Your right-to-work check is booked for {date} at {time}; bring your original passport.",
    "Your locker key and name badge will be waiting at reception on your first morning.",
]
FB_INTRO += [
    "Now for the useful bit - what the panel noted:",
    "The scoring sheets showed a few things worth mentioning.",
    "I promised you some pointers, so here goes.",
    "The interviewers' comments, in brief:",
]

FB_WEAK["communication"] += [
    "A few of your responses wandered before reaching the point.",
    "We sometimes struggled to hear the key message because of how much detail you gave up front.",
    "Your handover role-play was accurate but a bit muddled in the order you gave information.",
    "I'd suggest pausing to organise your thoughts before answering; some replies felt rushed and hard to follow.",
    "The written exercise was correct in substance but hard to read - shorter sentences would help.",
]
FB_WEAK["behavioural"] += [
    "When we asked about handling a complaint, you told us what you would do rather than what you had done.",
    "The 'tell us about a time' questions drew fairly hypothetical answers.",
    "We needed to hear the result of your actions - several stories stopped halfway.",
    "Your values answers were heartfelt, but without real examples the panel couldn't score them highly.",
    "Try to choose examples where you personally made the difference; many of yours were about the team in general.",
]
FB_WEAK["experience_level"] += [
    "Ultimately the gap was experience: the successful candidate had already run a department.",
    "You're not far off, but the post needs someone with a few more years behind them.",
    "Your management experience is still quite new, and this post carries budget responsibility from day one.",
    "The panel felt this would be too big a jump from your current responsibilities.",
]
FB_WEAK["technical_depth"] += [
    "Your answer on infection control covered the basics but not much beyond that.",
    "We were hoping for more detail on the legislation that applies to this kind of work.",
    "On the practical test you got there in the end, but some of the steps were guesswork.",
    "Your grasp of the financial regulations was patchy in places.",
]
FB_WEAK["composure"] += [
    "Nerves seemed to get the better of you in the second half.",
    "When the panel challenged your answer you seemed to lose confidence rather than explain your reasoning.",
    "You looked rattled by the curveball question, and it took a while to recover.",
    "Try not to let one weaker answer knock you off balance for the rest of the interview.",
]
FB_WEAK["questions_to_ask"] += [
    "At the end you said you had no questions, and the panel would have liked to see more curiosity about the role.",
    "A question or two about our patients, pupils or customers would have shown real interest.",
    "Your only question was about start dates; it helps to ask about the work itself.",
]
FB_WEAK["collaboration"] += [
    "The panel wanted more sense of how you support colleagues on a busy shift.",
    "Your answers focused on your own tasks, with little about working with other agencies.",
    "In the group exercise you were quiet until the end and didn't build on others' ideas.",
]
FB_WEAK["cv_positioning"] += [
    "On paper you undersold yourself - the experience you described at interview wasn't in your application at all.",
    "The personal statement didn't address half of the essential criteria, which cost you points at shortlisting.",
    "Your application listed duties rather than achievements, so it was hard to see what you'd actually delivered.",
    "It wasn't clear from your CV why you were moving into this field.",
]
FB_PRAISE += [
    "Your passion for the community came through strongly.",
    "Your references from placements were excellent.",
    "You were clearly well prepared and had read up on us.",
    "Your presentation slides were clear and well paced.",
    "The panel liked your calm manner.",
]
