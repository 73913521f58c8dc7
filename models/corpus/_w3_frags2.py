"""English meaning fragments for the w3 generators: invitations, acknowledgements, offers, Sent mail.

As in ``_w3_frags``, each list paraphrases one meaning, and look-alike lists borrow the positive
lists' vocabulary (interview, application, offer, feedback) with a different meaning.
"""

from __future__ import annotations

# ------------------------------------------------------------------ interview invitations
INV_CALL = [
    "Would you be free for a 30-minute call this week so we can tell you more about the team?",
    "Could we set up a quick chat with the hiring manager, {sender}?",
    "I'd love to grab 20 minutes on the phone. Does {day} afternoon work for you?",
    "Are you around for an intro call sometime early next week?",
    "We'd like to invite you to a first conversation with our engineering lead.",
    "Let's get a phone screen in the diary. What times suit you over the next few days?",
    "The next step would be a short video call with me to go through your background.",
    "Would a call on {day} at {time} suit you? If not, suggest a couple of times that do.",
    "Your profile stood out and we'd like to speak with you about the {role} role.",
    "Could you spare half an hour for an informal chat with the team lead before we go further?",
]
INV_LINK = [
    "Please pick a slot that suits you here: {link}",
    "Use this link to book your interview: {link}",
    "You can choose a time directly in our calendar: {link}",
    "Grab any free 45-minute slot via {link}.",
    "Select your preferred interview time at {link}; slots are first come, first served.",
    "Book a time with the hiring manager using the scheduler below.\n{link}",
    "When you're ready, schedule your conversation through {link}. Available times cover the next two weeks.",
    "Self-schedule your screening call here - it only takes a minute: {link}",
]
INV_TECH = [
    "The next step is a 45-minute technical conversation with two engineers from the team.",
    "We'd like to move you forward to the technical round, a live pairing session on a realistic problem.",
    "Next up is a system design interview with {sender} and a senior engineer.",
    "We'd like to invite you to a technical interview focused on your past projects and some problem solving.",
    "The following stage is a 60-minute coding interview over video; you can use the language you're most comfortable with.",
    "You're through to the technical stage. It's a conversation, not a quiz: we'll walk through a design problem together.",
    "We'd like you to meet two of our data engineers for a technical deep-dive.",
    "Our next round is a case interview with the product team.",
]
INV_ASSESS = [
    "As the next step, we'd like you to complete an online assessment: {link}. It takes about 60 minutes and the link stays valid for 5 days.",
    "We'd like to send you a short take-home exercise. Please aim to spend no more than three hours on it and return it within a week.",
    "Please complete the coding challenge at {link} by {day}.",
    "The next stage is a timed skills test; you can start it whenever you're ready using {link}.",
    "Attached is a small take-home task. Once you send it back, we'll discuss it together in a follow-up call.",
    "We use a brief work-sample exercise at this point. You'll find the instructions at {link}.",
    "Your next step is a 40-minute numerical and logical reasoning assessment: {link}",
    "We'd like you to record a short one-way video interview answering four questions: {link}",
]
INV_ONSITE = [
    "We'd like to bring you onsite to meet the wider team.",
    "We'd love to invite you to our {city} office for a half-day of interviews.",
    "You're invited to the final round: four conversations with the team, including lunch.",
    "The last step is a meeting with our founders; could you come in on {day}?",
    "We'd like to invite you to an in-person interview at our office on {day} {date}.",
    "The final stage is a panel interview with the head of department and two peers.",
    "We'd like you to come and spend a morning with the team; it's the final step before a decision.",
    "Next is our onsite loop: system design, a product conversation and a values interview.",
]
INV_RESCHED = [
    "Unfortunately {sender} is off sick, so we need to move your interview on {day}. Could you do the same time next week instead?",
    "Apologies - the panel has a clash, so could we push your technical interview? Here are three alternatives: {day} 10:00, {day} 14:00 or the following Monday at 11:00.",
    "We need to rearrange your interview because the hiring manager has been called away. Please rebook using {link}.",
    "I'm sorry for the short notice, but we have to reschedule Thursday's interview. Would {day} at {time} work?",
    "One of the interviewers can't make it anymore. Could we move your onsite to later in the week? Let me know which days suit.",
    "The interview room fell through, so we'd like to switch your final round to a video call on {day} at {time}. Does that still work?",
    "Unfortunately we have to cancel tomorrow's interview slot; please choose a new one here: {link}",
    "Our CTO's travel changed, so we'd like to move your conversation with him to {day}. Are you free at {time}?",
]
INV_TAIL = [
    "Let me know what works for you.",
    "Please reply with two or three times that suit you.",
    "Looking forward to speaking.",
    "If none of the times work, just say and we'll find another.",
    "You'll receive a calendar invite once it's confirmed.",
    "There's no need to prepare anything in particular.",
    "",
]

# ------------------------------------------------------------------ invitation look-alikes
INV_REMINDER = [
    "This is a friendly reminder that your interview for {role} is tomorrow, {day}, at {time}.",
    "Just a reminder: you're meeting {sender} in two hours. The join link is below.",
    "Your interview starts in 24 hours. Please join a few minutes early to test your audio.",
    "A quick reminder of your onsite on {day}: please bring photo ID for reception.",
    "Reminder: technical interview, {day} {date}, {time}. The video link is in your calendar invite.",
    "We're looking forward to your interview later today. Here's the dial-in again in case you need it.",
    "Don't forget: your assessment window closes at midnight tonight. You already started it; please finish before then.",
    "Reminder of your upcoming interview with {company} on {date} at {time} (your local time).",
]
INV_CONFIRM = [
    "Your interview has been booked for {day} {date} at {time}. A calendar invitation is attached.",
    "Confirmed: your technical interview for {role} on {date}. Nothing else is needed from you.",
    "Thanks for choosing a slot. We've sent the calendar invite to {cand_addr}.",
    "You're all set for {day} at {time}. Your interviewers will be {sender} and a senior engineer.",
    "This email confirms your interview: {day}, {date}, {time}, video call.",
    "Great, that works. I've locked in {day} at {time} and sent the invite.",
    "Booking confirmed. If you need to change it, use the link in your calendar invitation.",
    "We've received your slot selection; the panel has accepted the meeting.",
]
INV_SEE_YOU = [
    "Looking forward to seeing you tomorrow! Parking is behind the building; just ask for me at reception.",
    "See you on {day}. The office is on the third floor, and I'll meet you at the lift.",
    "All good for tomorrow? Bring a laptop if you like, though we'll have a whiteboard.",
    "Quick logistics for {day}: the entrance is on the side street, and there's coffee when you arrive.",
    "Can't wait to meet you later. If you're running late, text me on the number below.",
    "Just so you know, the dress code is very casual, so no need for a suit tomorrow.",
    "See you at {time}! {sender} will join us for the second half.",
    "Heads up for tomorrow: the building has a new door code, 4721.",
]
THANKS_TODAY = [
    "Thanks for taking the time to interview with us today. We'll be in touch once the panel has met.",
    "Thank you for your time today; it was a pleasure speaking with you.",
    "Thanks for coming in this morning and for the thoughtful conversation.",
    "Thank you for interviewing with us. The team will compare notes and come back to you.",
    "Just wanted to say thanks for the chat this afternoon. Next steps to follow.",
    "Thanks for spending the morning with us; we appreciate the effort you put in.",
    "We appreciate you joining the interview today. You'll hear from us within five working days.",
    "Thanks so much for your time on the call earlier.",
]
WEBINAR = [
    ("Join our Engineering Open House", "Join our Engineering Open House on {day}: hear from the team behind our platform and ask questions live. Register at {link}."),
    ("Applicant office hours", "We're hosting office hours for applicants this {day} at {time}. Drop in with any questions about our hiring process."),
    ("Free CV workshop", "You're invited to a free online workshop on writing a CV for tech roles. Spaces are limited."),
    ("Webinar: life at {company}", "Join our recruiters for a 45-minute webinar about careers at {company}. No application necessary."),
    ("Meet us at our meetup", "We're hosting a meetup at our {city} office on {day}. Pizza, lightning talks and a chance to meet the team."),
    ("Invitation: tech talk", "Our principal engineer is giving a talk on observability next week. You're welcome to attend online."),
    ("Graduate info evening", "Thinking about a graduate role? Come to our information evening on {date} and meet current graduates."),
    ("Coding dojo this {day}", "Join our monthly coding dojo. It's open to everyone in the community, whatever your level."),
]
INTERVIEW_SOMEONE = [
    ("Can you interview on {day}?", "Could you join the interview panel for a Senior Backend candidate on {day} at {time}? You'd cover the system design part."),
    ("Interviewer needed", "You've been added as an interviewer for the {role} loop. Please review the candidate's CV before {day}."),
    ("Panel for Thursday", "We're short one interviewer for Thursday's onsite. Would you be able to run the coding round?"),
    ("Interview training", "Before you start interviewing candidates, please complete the interviewer training module."),
    ("Scorecard due", "Please submit your scorecard for yesterday's candidate interview by end of day."),
    ("Shadowing an interview", "Would you like to shadow an interview next week? It's a good way to get onto the rota."),
    ("Referral interview", "Your referral has an interview scheduled. We'd like you to sit in as the second interviewer."),
    ("Hiring rota", "You're on the hiring rota this month: three phone screens of candidates, details in the tracker."),
]
CAREER_FAIR = [
    ("You're invited: {city} Tech Careers Fair", "Meet 40 employers at the {city} Tech Careers Fair on {date}. Entry is free; register at the link below."),
    ("Alumni careers evening", "As a graduate, you're invited to our alumni careers evening with recruiters from across the sector."),
    ("Virtual job fair next week", "Our virtual job fair opens on {day}. Create a profile to chat with hiring teams in real time."),
    ("Women in Tech hiring event", "Join the hiring event on {date}: panel talks, CV clinics and speed networking with employers."),
    ("Startup jobs night", "Thirty startups are hiring. Come along on {day} and meet the founders."),
    ("Invitation: graduate recruitment fair", "The graduate recruitment fair takes place in the main hall. Bring copies of your CV."),
    ("Meet employers at the expo", "Visit the careers zone at this year's expo to speak to companies who are hiring."),
    ("Networking breakfast", "You're invited to our monthly networking breakfast for people working in data."),
]
FRIEND_COFFEE = [
    ("coffee?", "Fancy a coffee next week? Would love to hear how the job hunt is going."),
    ("catch up", "Long time! Free for a call on {day}? I can tell you what it's like on our team these days."),
    ("lunch", "Are you around for lunch Thursday? I'm near your office."),
    ("re: the intro", "I mentioned you to my manager; no role right now, but he'd happily chat over coffee sometime."),
    ("drinks friday", "A few of us from the old team are meeting for drinks on Friday. You in?"),
    ("quick call?", "Could you spare ten minutes for a call? I'm thinking about switching jobs and want your take."),
    ("mock interview?", "Want to do a mock interview swap this weekend? I'll grill you on system design if you quiz me on SQL."),
    ("hey", "Got your message. Let's chat tonight about the role you're considering."),
]

# ------------------------------------------------------------------ application acknowledgements
ACK_CORE = [
    "We have received your application for {role} and our team will review it shortly.",
    "Thanks for applying to {company}! This email confirms we've got your application for {role}.",
    "Your application for {role} (ref {ref}) is in.",
    "Just confirming your CV came through; I've passed it on to the hiring manager.",
    "This is to acknowledge receipt of your application for the position of {role}.",
    "Thank you for your interest. Your submission for {role} has been successfully recorded.",
    "We've got it! Your application for {role} landed safely.",
    "Great to hear from you - your application reached us and is now with the recruiting team.",
    "Thanks for sending over your details for the {role} opening. They've arrived and are in our system.",
    "Your application has been submitted successfully. Reference: {ref}.",
]
ACK_TAIL = [
    "We aim to get back to you within two weeks.",
    "If your experience matches what we're looking for, someone from the team will contact you.",
    "You can track the status of your application in your candidate account.",
    "Because of the number of applications, it may take a little while before you hear from us.",
    "In the meantime, feel free to learn more about us on our blog.",
    "Please don't reply to this message; if you need to update your application, log in to the portal.",
    "",
]
BOARD_ACK = [
    "Your application was sent to {company}.",
    "You applied for {role} at {company}. The employer now has your profile and CV.",
    "Application submitted: {role}, {company}, {city}.",
    "Good news: {company} has received your application for {role} via {board}.",
    "Your application for {role} has been delivered to {company}. We'll let you know if they view it.",
    "Done! {company} received your CV for the {role} role.",
    "We've forwarded your application to {company} for the role of {role}.",
    "Easy Apply sent: {role} at {company}.",
]
# ------------------------------------------------------------------ acknowledgement look-alikes
STATUS_PING = [
    "Your application for {role} is still under review. Thanks for your patience.",
    "Quick update: we haven't made a decision yet, but your application is still active.",
    "We're still working through applications for {role} and expect to finish by the end of the month.",
    "The hiring manager is reviewing shortlisted profiles this week; we'll be in touch when there's news.",
    "Nothing to report yet, I'm afraid; the team is still reviewing.",
    "Your application status: in review.",
    "Just a note to let you know we haven't forgotten about you. The process has taken longer than planned.",
    "We're still assessing candidates for this position and will update you as soon as we can.",
]
INCOMPLETE = [
    "You started an application for {role} but haven't submitted it yet.",
    "Your application is incomplete. Please upload your CV to finish.",
    "Finish applying: you have two questions left for {role}.",
    "Your draft application for {role} will expire in 3 days.",
    "It looks like you didn't finish the form. Pick up where you left off: {link}",
    "Complete your profile to apply for jobs faster.",
    "We noticed you left a form unfinished. Your progress has been saved.",
    "One more step: verify your email address to activate your candidate account.",
]
PROFILE_UPDATED = [
    "Your candidate profile was updated.",
    "Your password was changed successfully. If this wasn't you, contact support.",
    "Your email address has been verified.",
    "We've saved the changes to your profile.",
    "Your CV was uploaded and parsed. Please check the extracted details.",
    "Your account has been created on our careers site.",
    "Your communication preferences have been updated.",
    "You signed in from a new device.",
]
ALERT_CONFIRM = [
    "You're subscribed to job alerts for '{role}' in {city}.",
    "Your job alert has been created. We'll email you new matches daily.",
    "New jobs for you: 12 roles matching '{role}'.",
    "You're following {company}. We'll tell you when they post new jobs.",
    "Your saved search has been updated.",
    "Jobs you may be interested in, based on your recent activity.",
    "We've paused your job alerts as requested.",
    "Top picks this week: {role} roles near {city}.",
]
WEEKLY_SUMMARY = [
    "You applied to 3 jobs this week. Two employers viewed your profile.",
    "Your weekly activity: 5 applications, 1 message, 14 profile views.",
    "This week you submitted applications to 4 companies. Keep it up!",
    "Your job search in numbers: 6 applications sent in the last 7 days.",
    "Recruiters searched for profiles like yours 23 times this week.",
    "You're in the top 20% of applicants for 2 jobs you applied to.",
    "Here's a recap of your month: 11 applications, 3 saved jobs.",
    "Applications you sent recently are listed below. Check back for updates.",
]
APPLY_VIA_PORTAL = [
    "Thanks for your email. We can't accept CVs by email; please apply through the careers page so we can consider you.",
    "Thanks for reaching out! I don't see an application from you in our system yet; could you submit one via the link below?",
    "We only review applications made through our portal, so please apply there.",
    "Appreciate the note. The {role} role is open and the best way in is the apply button on our site.",
    "To be considered for {role} you'll need to complete the online form; we can't process applications sent to this inbox.",
    "Hi, this mailbox isn't monitored for applications. Please use our job board to apply.",
    "Thanks for the message - we haven't received a formal application from you yet.",
    "If you'd like to be considered, please apply online; I can't forward CVs directly.",
]

# ------------------------------------------------------------------ offers
OFFER_CORE = [
    "We're delighted to offer you the position of {role} at {company}.",
    "Attached is your offer letter for the {role} role. Please review it and sign by {date}.",
    "Following our call earlier, I'm pleased to confirm in writing that we'd like to offer you the role.",
    "We'd like to make you an offer. Can we find 20 minutes to talk numbers?",
    "It gives me great pleasure to extend an offer of employment for the role of {role}.",
    "On behalf of everyone here, I'm thrilled to offer you the job.",
    "The panel was unanimous and we'd love to have you join as {role}. Your offer details are below.",
    "I'm happy to let you know that we're extending you an offer for {role}.",
    "As promised on the phone, here's the offer in writing.",
    "Good news: we want you on the team, and I'm sending over the formal offer today.",
]
OFFER_DETAIL = [
    "Base salary: {amount} per year, starting on {date}.",
    "The package includes a base of {amount}, 28 days of holiday and share options.",
    "We've put the salary at {amount}, with a signing bonus of 5,000.",
    "Your proposed start date is {date}, subject to references.",
    "The offer is valid until {day}; let me know if you have any questions about the terms.",
    "Happy to walk you through the equity and benefits whenever suits.",
    "",
]
ONBOARDING = [
    "Welcome aboard! Now that you've accepted, please complete your I-9 and background check via {link}.",
    "Thanks for signing your offer. Here's your first-day agenda.",
    "Your laptop will ship on Monday; please confirm your delivery address.",
    "Please upload your bank details and tax information so we can set up payroll.",
    "We've received your signed contract - congratulations again! Your onboarding buddy will contact you.",
    "Before your start date, please complete the compliance training modules.",
    "Your employee account has been created. Your first login details follow in a separate message.",
    "The background check provider will email you for consent within 48 hours.",
]
OFFER_DECLINE_ACK = [
    "Thanks for letting us know you're declining our offer. We're sorry it didn't work out this time.",
    "I completely understand your decision to turn down the offer, and I wish you the best in the new role.",
    "Noted that you won't be accepting; I've let the team know.",
    "We respect your decision to decline. The door is always open if things change.",
    "Thank you for your honesty about the offer. I've withdrawn it in our system as you asked.",
    "Sorry to hear the package didn't work for you. Good luck with your next step.",
    "I've passed on your decision to decline to the hiring manager.",
    "Thanks for telling us quickly that you've accepted elsewhere and won't take our offer.",
]
SCAM_OFFER = [
    ("Job offer - immediate start", "Congratulations! You have been selected for a remote data entry position. To receive your equipment, pay a refundable fee of $150 by gift card."),
    ("You're hired!", "Earn $800 a day from home. No interview needed. Reply with your bank details to start today."),
    ("Offer of employment", "Your resume was selected from an online database. We offer you a position as payment processing agent. Send a copy of your passport to proceed."),
    ("Exclusive offer", "Join our crypto trading team with no experience. Deposit 250 USDT to activate your trader account and get your offer letter."),
    ("Position confirmed", "Dear applicant, you have been offered the role of mystery shopper. Please deposit the enclosed cheque and transfer the balance."),
    ("Work from home offer", "Congratulations on your new job! To complete onboarding, buy the training software for $99 from our partner."),
    ("Urgent: offer letter", "We are pleased to offer you a job in Dubai with free visa. Pay processing fee of $300 to our agent."),
    ("Remote assistant position", "You have been hired as a personal assistant. Your first task is to buy gift cards for a client."),
]
MARKETING_OFFER = [
    ("Special offer: 30% off Premium", "Upgrade to {board} Premium and see who viewed your profile. Special offer ends {day}."),
    ("Your exclusive offer", "Get a professional CV review for half price this week only."),
    ("Start your free trial", "Start your 14-day free trial of our interview prep platform. Cancel anytime."),
    ("An offer for you", "Members get 20% off our system design course. Use code PREP20."),
    ("Limited time offer", "Two months of Premium for the price of one. Stand out to recruiters."),
    ("We'd like to offer you a free month", "We noticed you cancelled. Come back and enjoy a free month on us."),
    ("Black Friday offer", "Our biggest sale: 40% off all career coaching packages."),
    ("Offer inside: headphones", "Special offer on noise-cancelling headphones. Free delivery this weekend."),
]

# ------------------------------------------------------------------ Sent mail from the candidate
SENT_FB_REQ = [
    "Thank you for letting me know. Would you be able to share any feedback on my interviews? It would really help me improve.",
    "I appreciate the update. If there's anything the panel felt I could have done better, I'd be grateful to hear it.",
    "Sorry to hear that, but thanks for the quick reply. Is there any feedback you could pass on from the technical round?",
    "Would it be possible to get a few pointers on where I fell short?",
    "I'd really value any notes from the interviewers, even brief ones.",
    "Could you tell me what tipped the decision? Any comments on my system design answers would be very useful.",
    "Understood, and thank you. If you have five minutes at some point, I'd love to hear what I could work on.",
    "Any comments on my take-home would be much appreciated, so I know what to improve for next time.",
    "Disappointed, of course, but I'd like to learn from it. Could you share what the panel thought of my answers?",
    "Thanks for being straightforward. Was there something specific in my application that made it a no? Any feedback helps.",
]
SENT_OTHER_ROLES = [
    "Thanks for letting me know. Are there any other openings on the team that might suit my background?",
    "Understood. Would you keep me in mind for the platform role that was advertised last week?",
    "Thanks for the update. I noticed a data engineering opening on your site; would it make sense for me to apply?",
    "No problem. If anything more junior comes up, I'd be very interested.",
    "Appreciate you telling me. Is the analytics team hiring at the moment?",
    "Thanks. Could you let me know if similar roles open in the {city} office?",
    "Fair enough. Do you think I'd be a better fit for any of your other current vacancies?",
    "Thanks for the reply. Is it okay if I apply for the product role instead?",
]
SENT_THANKS = [
    "Thanks for letting me know, and for your time throughout the process. Best of luck with the new hire.",
    "Thank you for the update. I enjoyed meeting the team and wish you all the best.",
    "Appreciate the quick response, and thanks again for the opportunity.",
    "Thanks for letting me know. It was great to learn about what you're building.",
    "Understood - thank you for being clear and for the kind words.",
    "Thanks, I appreciate you closing the loop.",
    "Thank you for considering me. All the best to you and the team.",
    "Thanks for the note. I hope our paths cross again.",
]
SENT_STATUS = [
    "I interviewed for {role} on {date} and wanted to check whether there's any update on next steps.",
    "Just following up on my application for {role}. Is there a timeline for a decision?",
    "Hope you're well. Any news on the {role} process?",
    "I wanted to check in on my application, as I have another process moving quickly.",
    "Could you let me know where things stand with my application?",
    "I haven't heard back since the technical round and wondered whether a decision has been made.",
    "Sorry to chase, but do you have an idea when I might hear about {role}?",
    "Checking in: is the {role} position still open?",
]
SENT_TIPS = [
    "Ahead of {day}'s interview, is there anything I should prepare? Any tips on the format?",
    "Could you tell me a bit about what the technical round will cover?",
    "Is there anything I should read up on before meeting the team?",
    "What should I expect in the system design interview? Any advice would be welcome.",
    "Who will I be meeting on {day}, and is there anything I should bring?",
    "Do you have any pointers for the case interview? I want to make the most of it.",
    "Will the coding round be in a shared editor or on a whiteboard?",
    "Any advice on how to prepare for the final round?",
]
SENT_MISC = [
    "{day} at {time} works for me. Looking forward to it.",
    "I've accepted another offer, so I'd like to withdraw my application for {role}.",
    "I'm delighted to accept the offer and look forward to starting on {date}.",
    "Please find attached my CV for the {role} role.",
    "Thanks for the offer. Could we talk about the start date before I sign?",
    "Attached is my completed take-home exercise.",
    "Could we move our call to {day}? Something has come up at work.",
    "Thanks for the reminder, I'll be there.",
]
