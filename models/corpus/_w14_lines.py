"""Sentence banks of writer w14, grouped by what a sentence MEANS for the label.

Each bank is a list of alternatives for one slot. Placeholders: {co} employer, {role} job title,
{you} the candidate's first name, {hm} another person at the employer, {slot} a time, {req} a
requisition number, {link} a URL. Banks whose name starts with a label meaning decide that label;
the ``PAD_*`` banks are shared by every kind so that context alone never gives the label away.
"""

# ---------------------------------------------------------------- shared padding (any label)
PAD_OPEN = [
    "Thank you for your interest in the {role} role at {co}.",
    "Thanks again for applying for the {role} position.",
    "I hope your week has been kind to you so far.",
    "Thank you for the time you have given us over the last few weeks.",
    "I'm writing about your application for {role} ({req}).",
    "Following up on the {role} opening here at {co}.",
    "Thanks for your patience while we worked through things on our side.",
    "It was good to speak with you earlier this month.",
    "Quick note about {role}.",
    "Hope you had a decent weekend.",
    "I wanted to get back to you personally rather than leave you waiting.",
    "Thanks for putting yourself forward for {role}.",
    "We appreciate the care that went into your application.",
    "Apologies for the slow reply, it has been a hectic fortnight at {co}.",
    "Thank you for talking with {hm} and the team.",
    "I know the waiting part is never fun, so here is where things stand.",
    "Many thanks for your message and for your continued interest in {co}.",
    "A short update on the {role} search.",
]
PAD_CLOSE = [
    "If anything is unclear, just reply to this email.",
    "Thanks again, and take care.",
    "Wishing you a good rest of the week.",
    "Feel free to reach out if you have any questions.",
    "Thank you once more for thinking of {co}.",
    "I hope this helps.",
    "Speak soon, I hope.",
    "Do let me know if there is anything I can clarify.",
    "All the best with everything you have going on.",
    "With thanks for your time and effort.",
    "Have a lovely evening.",
    "",
    "",
]

# ---------------------------------------------------------------- rejection (core decisive line)
REJ_SOFT = [
    "We were genuinely impressed by your background; however, we have decided to move forward with another candidate.",
    "You clearly have a lot to offer, but on balance we won't be taking your application further this time.",
    "It was a really close call, and I'm sorry to say it didn't go your way.",
    "Everyone enjoyed meeting you. Even so, the panel has chosen to offer the position to someone else.",
    "Your application stood out in a lot of ways, yet we have concluded that we will not progress it to the next stage.",
    "I wish I had better news: after a lot of discussion we've decided not to continue with your candidacy.",
    "We enjoyed meeting you, but we're going to pass on this occasion.",
    "Although there was plenty we liked, we will not be moving you forward in the process.",
    "Honestly, you made this hard for us. In the end, though, we have gone with a different applicant.",
    "Thank you for everything you put in; unfortunately this is not the outcome you were hoping for, and we won't be proceeding.",
    "We think highly of what you've done so far, but we have decided not to offer you the role.",
]
REJ_PLAIN = [
    "Unfortunately, we will not be progressing your application.",
    "After careful consideration we have decided not to move forward with your application.",
    "We regret to let you know that you have not been successful on this occasion.",
    "We'll pass for now.",
    "I'm afraid we won't be taking things further.",
    "Your application for {role} has been unsuccessful.",
    "We have decided to pursue other applicants whose profiles are a better match for what we need right now.",
    "Sadly it's a no from us this time.",
    "The hiring team has reviewed your application and decided not to proceed.",
    "We are not able to offer you a place in the next round.",
    "Following the final interviews, we will not be making you an offer.",
    "We have closed your application for {role}.",
    "Please accept this email as notice that your application was not selected to continue.",
    "It's not going to work out for this one, I'm sorry.",
]
# outside-control reasons: key -> phrasings (each is a full sentence that also signals the rejection)
REJ_REASON = {
    "role_filled": [
        "The position has now been filled.",
        "We have offered the role to another candidate, who has accepted.",
        "The vacancy was filled internally before we reached your interview stage.",
        "Someone accepted our offer yesterday, so the post is no longer open.",
        "We've made our hire for {role}, so I'm closing the loop with everyone else.",
        "That seat is taken now; our first-choice candidate signed on Friday.",
        "We were able to appoint from within the team, which means the opening is gone.",
    ],
    "budget_freeze": [
        "A company-wide hiring freeze came into effect this week, and the role is on hold indefinitely.",
        "Our funding for this position was pulled in the latest budget review, so we cannot continue.",
        "Finance has paused all new headcount until next year, which unfortunately includes {role}.",
        "The budget for this hire did not survive the quarterly planning round.",
        "We've had to freeze recruitment across {co} for the time being.",
        "Because of a cut in our grant income, we no longer have the money to fill this post.",
    ],
    "closer_fit": [
        "We've decided to proceed with a candidate whose experience more closely matches the brief.",
        "Another applicant's background lined up more directly with the day-to-day needs of the team.",
        "We chose someone who has already worked in a very similar setting.",
        "The person we selected had hands-on experience with exactly the tools we use.",
        "We went with a candidate whose skills mapped a little more neatly onto this particular role.",
        "We've offered the position to someone with a closer match to the requirements.",
    ],
    "level_mismatch": [
        "Having reviewed the team's needs, we are looking for someone more senior for this role.",
        "We realised the position calls for a more junior profile than yours, and we didn't want you to be under-challenged.",
        "The role has been re-scoped to a lead position, which needs more years of line management than you have.",
        "We concluded that this is an entry-level post and your experience is well beyond it.",
        "We need someone who has already run a team of this size, so we're looking at more senior people.",
        "We are after a slightly more experienced hire at this point.",
    ],
    "role_cancelled": [
        "The position has been withdrawn following a restructure, so we are closing the process.",
        "We've decided not to fill the {role} role after all.",
        "The vacancy has been cancelled, and all applications are being closed.",
        "After a change of plans at leadership level, this opening no longer exists.",
        "The project that this role supported has been shelved, and the role with it.",
        "We have taken the decision to remove this vacancy rather than hire at present.",
    ],
}
REJ_INTERVIEW_CANCELLED = {
    "role_filled": "I need to cancel your interview on {slot}: the position has been filled in the meantime.",
    "role_cancelled": "Your interview on {slot} is cancelled, I'm afraid; the role itself has been withdrawn.",
    "budget_freeze": "We have to call off your interview on {slot} because the hiring budget has been frozen.",
}
# the after-line that keeps the door open: says nothing about a new interview
REJ_DOOR = [
    "We'd encourage you to apply for other openings on our careers page.",
    "Please keep an eye on our vacancies; we'd be happy to see your name again.",
    "We will keep your details on file for six months, with your permission.",
    "I hope our paths cross again.",
    "Do apply again in future if something suitable comes up.",
    "",
    "",
]
# many strong candidates / no feedback: still only a rejection
NO_FEEDBACK_FILLER = [
    "We had a very large number of strong applications for this position.",
    "The field was exceptionally competitive this round.",
    "Due to the volume of applications, we are unable to give individual feedback.",
    "Please understand that we cannot provide feedback at this stage.",
    "Our policy is not to share interview notes, so I can't go into the reasons.",
    "Choosing between so many capable people was not easy.",
    "This decision is not a reflection of your abilities.",
    "We received well over three hundred applications.",
]

# ---------------------------------------------------------------- not a decision: delays and status
DELAY = [
    "We're still reviewing applications and expect to be in touch within two weeks.",
    "The panel hasn't met yet, so there's no decision to share at the moment.",
    "Your application is still under review; nothing is needed from you right now.",
    "We were so impressed by the number of people who applied that the shortlisting is taking longer than planned.",
    "We've had a delay on our side and won't be able to confirm next steps until the end of the month.",
    "No decision yet, I'm afraid; the hiring manager is travelling until {slot}.",
    "We're still interviewing a couple of people and will come back to you as soon as we can.",
    "Your profile is with the hiring team, and I'll update you once I hear back.",
    "Things have slowed down a bit because of the holidays, but you are very much still in the process.",
    "We haven't made any decisions on {role} yet and appreciate your patience.",
    "Just letting you know we haven't forgotten you; feedback from the panel is still being collected.",
    "The process has been paused for a week while the team finishes a release, and then we'll pick it back up.",
]
STATUS_PING = [
    "Status update: your application for {role} is In Review.",
    "Your application status changed to: Under consideration.",
    "No action needed. Your application for {role} ({req}) is still being reviewed by the hiring team.",
    "We are still assessing your application and will let you know as soon as there is news.",
    "Your application is active. The employer has not yet viewed it.",
    "Current stage: Hiring manager review.",
]
COMPLETE_PROFILE = [
    "Your candidate profile is only 40% complete. Add your work history to stand out to recruiters.",
    "Finish setting up your profile so employers can find you.",
    "You started an application for {role} but didn't submit it. Pick up where you left off.",
    "Upload a CV to your account to apply with one click next time.",
    "Your profile is missing a headline and skills. Complete it in under five minutes.",
    "We noticed your application draft for {role} is still open. It will expire in 3 days.",
]

# ---------------------------------------------------------------- application acknowledgement
ACK = [
    "We have received your application for {role} and our team will review it shortly.",
    "Thanks for applying! This is to confirm your application reached us safely.",
    "Your application for {role} ({req}) has been submitted successfully.",
    "Just confirming we've got your CV and cover letter for the {role} vacancy.",
    "Application received. We read every single one and will be in touch either way.",
    "Thank you, your application has landed in our inbox and is now in the queue for review.",
    "This is an automatic confirmation that your application was received.",
    "Got it, thanks for sending your details over for {role}.",
    "We confirm receipt of your application and supporting documents.",
    "Your application has been logged under reference {req}.",
    "Thanks for your application to {co}. It's safely with us.",
    "Nice one, your application for {role} is in.",
]
ACK_NEXT = [
    "If your profile matches what we need, someone will contact you within ten working days.",
    "Due to the volume of applications, we can only reply to shortlisted candidates.",
    "You can track the status of your application in your candidate account.",
    "Please do not reply to this message; this mailbox is not monitored.",
    "We aim to get back to everyone within three weeks.",
    "",
]
BOARD_SENT = [
    "Your application was sent to {co}.",
    "Good news: {co} has received your application for {role}.",
    "You applied to {role} at {co}. The employer has your CV.",
    "Application submitted to {co} for {role}.",
]

# ---------------------------------------------------------------- interview invitations
INVITE_QUESTION = [
    "Would you be free to chat with {hm} at some point next week about the role?",
    "Could you spare 30 minutes for a call with the hiring manager, maybe {slot}?",
    "Any chance you're around {slot} for a first conversation with {hm}?",
    "Would you be up for a technical interview with two of our engineers? Let me know which days suit.",
    "Are you available for a video interview this week or next?",
    "How does {slot} look for a quick screening call with me?",
    "Would you like to come in and meet the team for a final round?",
    "Could we set up a 45-minute call with {hm} to go through your experience in more detail?",
]
INVITE_DIRECT = [
    "We'd like to invite you to a first-round interview for {role}.",
    "I'm pleased to let you know you've been shortlisted, and we'd like you to interview with us.",
    "Please use the link below to book a slot for your phone screen: {link}",
    "We'd like you to complete a short online assessment as the next step. It takes about 60 minutes: {link}",
    "The next step is a take-home exercise; you'll have five days to complete it once you open it.",
    "We would love to invite you to our assessment centre on {slot}.",
    "Your next stage is a recorded video interview with four questions. You can start it any time this week here: {link}",
    "We'd like to move you forward to the onsite round, which is about three hours with a lunch break.",
    "Congratulations, you've made it to the final interview with {hm}, our head of department.",
    "Please pick a time for a 30-minute chat with the hiring manager here: {link}",
    "We'd like to arrange a panel interview for you; the options we have are {slot} or the following morning.",
    "You're through to the next round: a pairing session with one of our developers.",
]
RESCHEDULE = [
    "{hm} has been called away, so we need to move your interview. Could you do {slot} instead?",
    "Apologies for the shuffle: your second interview now needs a new time. Please pick one here: {link}",
    "We have to reschedule your technical round; would {slot} work for you?",
]
# a new interview for ANOTHER role after a rejection
INVITE_OTHER_ROLE = [
    "That said, {hm} is hiring for a {role2} and would like to interview you for it. Would {slot} work?",
    "However, we'd like to invite you to interview for our {role2} opening instead; you can book a time here: {link}",
    "Separately, the {role2} team would love to speak with you. Are you free for a call {slot}?",
    "We would, though, like to put you forward for the {role2} role, and {hm} has asked to meet you for a first interview.",
]
# a suggestion to apply elsewhere: no interview offered
APPLY_OTHER_ROLE = [
    "You might want to look at our {role2} vacancy, which opens next month; you'd be welcome to apply.",
    "If you are interested, our {role2} posting could be a good match, and applications are open until the 30th.",
    "I'd really encourage you to apply for the {role2} position when it goes live.",
    "We'd be glad to consider you for future roles such as {role2}, so please keep an eye on the site.",
]
ASSESS_WITH_ACK = [
    "As part of our process, we invite every applicant to a 25-minute online numeracy test: {link}",
    "The next step is a short situational judgement test. Please complete it within 5 days: {link}",
    "To keep things moving, please record a one-way video interview via the link below within a week: {link}",
    "We'd like you to do a coding exercise on our platform; the invitation link is below and stays open for 7 days. {link}",
]

# ---------------------------------------------------------------- not invitations (look-alikes)
COFFEE = [
    "No role in mind, just fancied a coffee and a chat about what you're up to. Free {slot}?",
    "Would you be free to chat at the meetup on Thursday? I'd love to hear how the conference talk went.",
    "We're hosting a drinks evening for alumni of the bootcamp; come along if you can.",
    "I'm going to be in town {slot}; lunch? No agenda, I just want to catch up.",
    "Would you fancy a virtual coffee sometime? I'm trying to meet more people in the data community.",
    "I'd be happy to tell you about life here over a coffee, informally; there isn't an opening right now.",
]
REMINDER = [
    "Reminder: your interview for {role} is tomorrow at {time}. The address is in your confirmation email.",
    "Just a heads-up that your call with {hm} is still on for {slot}.",
    "This is a reminder of your scheduled video interview. Join via the link in your calendar invite.",
    "Your interview is confirmed for {slot}. Nothing else is needed from you.",
    "Interview confirmed. You picked {slot}; we've sent a calendar invite.",
    "Friendly reminder: you started the online assessment but haven't finished it yet. It closes Friday.",
    "We received your completed assessment. Thank you, the team will review it.",
    "Thanks for booking. See you {slot}!",
]
THANKS_TODAY = [
    "Thanks for your time today; it was great to learn more about your work.",
    "Really enjoyed our conversation this afternoon. We'll be in touch once we've seen everyone.",
    "Thank you for coming in today. I'll gather the team's thoughts and get back to you next week.",
    "Cheers for the chat earlier, I'll report back to {hm} and let you know.",
]
WEBINAR = [
    "Join our free webinar \"Cracking the Technical Interview\" on {slot}.",
    "You're invited: {co} Open Evening for graduates, with talks from our engineers and free pizza.",
    "Register for the Autumn Careers Fair: over 60 employers under one roof.",
    "Workshop invite: How to talk about salary in interviews. Spaces are limited.",
    "Save your seat for our live Q&A with recruiters from the healthcare sector.",
    "Our virtual insight day for aspiring consultants is open for sign-ups now.",
]
INTERVIEW_SOMEONE = [
    "Could you sit on the panel for a Backend Engineer candidate {slot}? I've shared the CV in the drive.",
    "We need a second interviewer for the data analyst final round; are you free {slot}?",
    "Can you run the technical part of tomorrow's interview? The candidate's pack is attached.",
    "Would you mind interviewing one of the graduate applicants this week? Just 45 minutes.",
]

# ---------------------------------------------------------------- offer and its look-alikes
OFFER = [
    "I'm delighted to offer you the position of {role} at {co}.",
    "We'd love to have you on the team, and the numbers are attached for you to look over.",
    "Good news: the panel agreed unanimously and we want to make you an offer.",
    "We'd like to extend an offer for the {role} role, starting salary {salary}.",
    "Following our call this morning, here is the written offer we discussed, with the full package set out.",
    "Congratulations, the job is yours if you want it!",
    "Please find attached your offer letter for {role}; it is valid for seven days.",
    "The team is keen to have you, so we are offering you the role on a permanent contract at {salary}.",
    "We'd be thrilled if you'd join us. I've put the offer in writing below so you have it.",
    "You have been selected for the post, and I'm pleased to make you a conditional offer subject to references.",
]
OFFER_NEXT = [
    "Let me know if you'd like to talk anything through before you decide.",
    "You can accept by signing the letter in the portal.",
    "Happy to jump on a call about the start date or anything in the package.",
    "We hope to hear from you by the end of next week.",
]
ONBOARD = [
    "Welcome aboard! Please complete your starter forms before your first day on {slot}.",
    "Now that you've accepted, we need a copy of your passport and your bank details for payroll.",
    "Your laptop will be shipped next week; please confirm your home address in the onboarding portal.",
    "Here is your first-week schedule and the name of your buddy, {hm}.",
    "Please sign the right-to-work declaration and the IT policy in the new-starter portal.",
    "Thanks for accepting our offer. Your background check has been initiated by our vendor.",
    "We're so pleased you said yes. Your induction starts at 9:30 in reception.",
]
SCAM = [
    "Congratulations! You have been selected for a remote Data Entry job paying $45/hour. No interview needed.",
    "Your offer is ready. To receive your equipment, please purchase the software bundle and send the receipt.",
    "We reviewed your CV on the job portal and you are hired as Online Assistant. Reply with your bank details for the signing bonus.",
    "Dear candidate, you won a work-from-home position. Pay the $89 registration fee to activate your contract.",
    "URGENT: confirm your job offer within 24 hours by sending a copy of your ID and card number.",
]

# ---------------------------------------------------------------- feedback
PRAISE = [
    "Your coding was clean and well tested.",
    "The panel really liked how you talked about your previous team.",
    "Your portfolio is lovely and clearly carefully made.",
    "You came across as warm and thoughtful.",
    "Your knowledge of the regulations was excellent.",
    "The case study presentation was well structured.",
    "Your answers on customer service were spot on.",
    "We all appreciated your curiosity and your questions about the team.",
    "Your SQL exercise was one of the strongest we saw.",
    "The interviewers enjoyed your sense of humour and calm manner.",
]
WEAK = {
    "coding": [
        "The live coding exercise ran out of time before you had a working solution.",
        "In the pairing session, the code you wrote was hard to follow and had no tests.",
        "I'd have liked to see you break the problem into smaller functions rather than one long routine.",
        "There were a few basic bugs in the take-home that suggested it wasn't checked before submission.",
        "Your solution worked for the example input but fell over on edge cases such as empty lists.",
        "The reviewers felt your Python was a bit rusty for a role that is mostly hands-on.",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the service would scale once traffic grew.",
        "The architecture discussion stayed at a high level; caching, queues and failure modes never came up.",
        "When we asked how you'd split the monolith, the proposed boundaries didn't hold up to follow-up questions.",
        "The design round was the weak spot: data storage choices were made without weighing the trade-offs.",
        "You didn't get to how the system would behave if one of the downstream services went down.",
    ],
    "technical_depth": [
        "When we dug into how the indexing actually worked, the answers stayed fairly surface-level.",
        "The panel wanted more depth on the statistics behind the models you described.",
        "Your understanding of the pharmacology was sound but not as deep as the senior role needs.",
        "Some of the follow-up questions on networking fundamentals went unanswered.",
        "We needed more detail on how you'd actually configure the PLCs, beyond the general principles.",
        "Your grasp of IFRS 16 seemed thinner than we expected for someone at this level.",
    ],
    "behavioural": [
        "Your examples of handling conflict were a bit general; a specific story with an outcome would have helped.",
        "In the competency questions, it wasn't always clear what you personally did versus the team.",
        "The situation-task-result structure was missing from a few of your answers.",
        "We struggled to get a concrete example of a time you had to deal with a difficult customer.",
        "The questions about failure got rather rehearsed answers, and we wanted something more candid.",
    ],
    "communication": [
        "At times your explanations were long and it was hard to follow the main point.",
        "The panel found it difficult to follow your reasoning when you moved between topics quickly.",
        "The presentation had good content but was delivered too fast for the audience.",
        "We felt you could be more concise; several answers went well over time.",
        "Your written exercise would need to be clearer for a client-facing audience.",
    ],
    "questions_to_ask": [
        "You didn't have any questions for us at the end, which left the panel unsure how interested you were.",
        "The questions you asked were mostly about holidays and hours rather than the work itself.",
        "It would have helped to come with a few questions about the team and its challenges.",
        "We would have liked to hear you ask more about what success in the first six months looks like.",
    ],
    "composure": [
        "You seemed quite nervous in the first half, and it took a while to settle.",
        "When the whiteboard question got tricky, you appeared to lose your footing under the pressure.",
        "The time pressure in the case study visibly threw you off.",
        "We understand interviews are stressful, but you seemed to freeze when we pushed back on an answer.",
    ],
    "experience_level": [
        "Compared with the other finalists, you have less hands-on experience running projects end to end.",
        "You haven't yet managed people directly, which this role needs from day one.",
        "Your time in a ward setting is shorter than we were hoping for.",
        "The panel felt you'd benefit from another year or two in a similar role before stepping up.",
        "Your commercial experience is still fairly limited next to what the position requires.",
    ],
    "collaboration": [
        "In the group exercise you tended to work alone rather than build on other people's ideas.",
        "We weren't convinced by how you described working with product and design; it sounded quite siloed.",
        "There were moments in the team task where others didn't get space to contribute.",
        "The panel wanted to hear more about how you share work and take input from colleagues.",
    ],
    "cv_positioning": [
        "Your CV undersells the analytics work you described in person; it reads as a general admin role.",
        "The application didn't make clear how your experience relates to this particular job.",
        "Your portfolio focuses on print, and we needed to see more digital work in it.",
        "The cover letter was generic and didn't speak to what we asked for in the advert.",
        "The most relevant projects are buried on page three of your CV.",
    ],
}
FEEDBACK_LEADIN = [
    "Since you asked, here is what the panel said.",
    "Happy to share some thoughts from the interviewers.",
    "A bit of feedback, in case it's useful:",
    "I spoke to the team and put together some notes for you.",
    "To be open about our reasoning:",
    "You asked for feedback, so here goes, honestly.",
    "In the spirit of being useful:",
    "",
]
CANT_SHARE = [
    "I'm sorry, but we don't give individual feedback on applications at this stage.",
    "Our policy doesn't allow us to share interview notes, I'm afraid.",
    "Unfortunately I'm not able to pass on specific feedback, but I do appreciate you asking.",
    "Because of the number of candidates, the team can't provide personalised feedback.",
    "Legal has asked us not to share interview assessments, so I can't go into detail.",
    "There isn't much I can add beyond saying that it was a strong field.",
]

REJ_CONSEQ = [
    "This means we won't be able to take your application any further.",
    "So, I'm afraid, we have to close your application.",
    "As a result we will not be continuing with your candidacy.",
    "I'm sorry that this ends the process for you.",
]

# ---------------------------------------------------------------- agency voice (recruiter relaying a client)
AG_REJ = [
    "I've just had {co} on the phone and, unfortunately, they've decided not to take you forward.",
    "Feedback from {co} came in this morning: it's a no for this one, I'm afraid.",
    "{co} have decided to go with another candidate for the {role} role.",
    "Sadly {co} won't be progressing your application after the second interview.",
    "Not the news we wanted: the client is passing on your profile.",
]
AG_DELAY = [
    "{co} still haven't come back to me; I chased them again today.",
    "No news yet from {co}. Their hiring manager is off this week, so it may be a few more days.",
    "{co} are still seeing a couple of other people, so sit tight.",
    "Quick one: your CV is with {co} and they've promised me an answer by Friday.",
]
AG_INVITE = [
    "Great news, {co} would like to meet you! Are you free {slot} for a first interview with {hm}?",
    "{co} liked your CV and want to set up a call with the hiring manager. What does your week look like?",
    "{co} have asked for a technical interview and offered {slot}; can I confirm that for you?",
    "The client would like you to do their online test before a face-to-face. Link to follow from their system.",
]
AG_OFFER = [
    "{co} have come back with an offer! {salary} base plus bonus; I've attached the details.",
    "I'm thrilled to say {co} want to offer you the role. Can you talk this evening?",
    "Verbal offer from {co} just in, and I'm putting it in writing here: {salary}, 25 days' holiday, hybrid.",
]
AG_FB_LEAD = [
    "{co} did share some feedback, which I'll pass on word for word:",
    "Here's what the hiring manager at {co} told me:",
    "I pushed for feedback and got a bit from {co}:",
]
AG_COFFEE = [
    "It'd be good to grab a coffee and hear what you're looking for next; I don't have a specific role yet.",
    "Fancy a catch-up call? Just to understand your plans, nothing live at the moment.",
]

# ---------------------------------------------------------------- more alternatives (second pass)
PAD_OPEN += [
    "Thank you for bearing with us; I know it has been a while since your interview.",
    "I appreciate you making the trip in to see us.",
    "First of all, thanks for being so flexible with the scheduling.",
    "Hope the move went smoothly, by the way.",
    "Thanks for sending over the extra work samples last week.",
    "I've just come out of our weekly hiring meeting.",
    "Sorry this is landing on a Friday evening.",
    "It has been a genuinely busy round, with more applicants than we planned for.",
    "Thank you for applying to join {co}; we know a good application takes real effort.",
    "Picking this up from {hm}, who is on leave this week.",
    "Thanks for the thoughtful note after your interview.",
    "I'm reaching out about {role} ({req}).",
]
PAD_CLOSE += [
    "Best of luck with whatever comes next.",
    "My door stays open if you want to talk anything through.",
    "Thanks for being so generous with your time.",
    "We really do appreciate the interest in {co}.",
    "Enjoy the long weekend when it comes.",
    "Reply here or give me a ring, whichever is easier.",
]
REJ_PLAIN += [
    "We've reached a decision, and unfortunately we won't be inviting you to the next stage.",
    "On this occasion your application has not been shortlisted.",
    "The team has decided that your profile isn't the right fit for {role} at this time.",
    "I have to let you know that we won't be offering you the job.",
    "We are unable to take your application forward.",
    "Thanks, but we'll be moving ahead with other people for this one.",
    "You were not selected for an interview this time around.",
    "We've decided not to proceed with your application for {role} ({req}).",
]
REJ_SOFT += [
    "Genuinely, there was a lot to like, which makes it harder to say we're choosing someone else.",
    "You were one of our final two, and it pains me that we can only hire one; it won't be you this time.",
    "We think you'd do great things somewhere, just not in this particular role with us right now.",
    "It's a no for now, but a warm one: we'd love to stay in touch.",
    "All of us came away with a good impression, though in the end we have offered the role to another person.",
]
DELAY += [
    "We were so impressed with the shortlist that we've added an extra round, so bear with us a little longer.",
    "Still no news, sorry! The decision sits with the director, who is back on {slot}.",
    "You haven't been forgotten; we simply haven't finished the first interviews yet.",
    "We're aiming to let everyone know by the 20th, and your application is very much still live.",
    "Our recruitment panel meets next week, and we'll write to all candidates after that.",
    "We're running behind, and I'd rather tell you that than leave you guessing.",
]
ACK += [
    "We're writing to let you know that your application for {role} has been received and is being processed.",
    "Thanks for your interest! Your application came through fine and someone from the team will look at it soon.",
    "Your CV arrived safely. I'll pass it on to the hiring manager today.",
    "Application complete. Thank you for applying to {co}.",
    "Thank you for submitting an application for the post of {role}. Your reference number is {req}.",
    "Received with thanks, and we'll be in touch once the closing date has passed.",
]
INVITE_QUESTION += [
    "Would it suit you to come in for a chat with {hm} and me one afternoon next week?",
    "We'd like to get to know you a bit better; could you do a 20-minute call {slot}?",
    "Is there a time this week when you could talk to our operations lead? It would be the first interview.",
    "Fancy coming in for a trial shift and a chat with the head chef {slot}?",
    "Can you make {slot} for the second interview? It'll be with {hm} and someone from finance.",
]
INVITE_DIRECT += [
    "You've been shortlisted for interview. The panel will see candidates on {slot}; please confirm you can attend.",
    "The next step is a case study interview with two partners. Please send your availability for next week.",
    "We'd like to invite you to a 90-minute technical interview. Use this link to pick a slot: {link}",
    "Please complete the personality and reasoning questionnaire, which is the first stage of our process: {link}",
]
OFFER += [
    "It's official, we'd like you to join us as {role}! Contract to follow.",
    "Further to your interview, I am pleased to confirm our offer of employment for the post of {role}, at {salary} per annum.",
    "The director signed off this morning, so I can now offer you the job formally.",
    "You impressed everyone, and we're offering you the position. Details of the salary and benefits are in the attached letter.",
    "We'd love you to come and work with us. Offer below; take the weekend to think it over.",
]
ONBOARD += [
    "Ahead of your start, please read the staff handbook and complete the online fire safety module.",
    "Your occupational health questionnaire is now available in the portal.",
    "We'll need your P45 and emergency contact details before payroll closes on the 15th.",
    "Your ID badge will be ready at reception on your first morning. Parking is behind the building.",
    "Hello and welcome! Here's your login for the new-starter app and your IT setup appointment.",
]
REMINDER += [
    "A quick reminder that your assessment centre is on {slot}. Please bring photo ID.",
    "Your interview is in 24 hours. Add it to your calendar: {link}",
    "You're all set for {slot}. {hm} will call you on the number you gave us.",
    "Looking forward to seeing you tomorrow as planned; reception will direct you to the third floor.",
]
THANKS_TODAY += [
    "Lovely to meet you this morning. We're seeing a few more people this week and will let you know after that.",
    "Thanks for making the time today, and for the good questions.",
    "Great to speak earlier. I'll share my notes with the hiring manager and come back to you.",
]
STATUS_PING += [
    "Your application has moved to the next review step. There's nothing you need to do.",
    "Just to let you know: applications for {role} have closed and shortlisting is under way.",
    "Update: {co} is still reviewing applications for this job.",
]
PRAISE += [
    "Your references spoke very highly of you.",
    "Your knowledge of our products was impressive.",
    "The take-home was thorough and nicely documented.",
    "Your answers on safeguarding were very strong.",
]
WEAK["coding"] += ["Your take-home reached the right answer, but the code structure would be hard for a team to maintain."]
WEAK["system_design"] += ["In the architecture interview we kept coming back to data consistency, and we didn't feel it was resolved."]
WEAK["communication"] += ["Some of your answers needed a clearer beginning and end; the key message got lost in the detail."]
WEAK["behavioural"] += ["When we asked about a project that went badly, the answer stayed hypothetical rather than drawing on real experience."]
WEAK["questions_to_ask"] += ["At the end we'd hoped you would quiz us about the role, but there were no questions."]
WEAK["composure"] += ["Under the timed conditions of the exercise you seemed rattled, which affected the second half."]
WEAK["experience_level"] += ["For this role we need someone who has already led audits independently, and you're not quite there yet."]
WEAK["collaboration"] += ["Your answers put a lot of weight on individual achievement and less on how you support others."]
WEAK["cv_positioning"] += ["On paper, your CV doesn't show the stakeholder work you described so well in person."]
WEAK["technical_depth"] += ["We expected more depth on database internals, for example how transactions are isolated."]
