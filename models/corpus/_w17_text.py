"""Writer w17: sentence banks for recruiting-platform mail (decisions and look-alikes).

Placeholders: {co} employer, {role} job title, {first} candidate first name, {rec} recruiter name,
{date} {time} a slot, {req} requisition, {role2} a second role, {city}.
"""

from __future__ import annotations

# ------------------------------------------------------------------ shared openers / closers
OPEN_THANKS = [
    "Thank you for your interest in {co}.",
    "Thanks again for applying for the {role} role.",
    "We appreciate you taking the time to apply to {co}.",
    "Thank you for considering a career with {co}.",
    "Thanks for your application for {role} ({req}).",
    "We hope this message finds you well.",
    "We're writing with an update about {role}.",
    "Thank you for the time and energy you've put into the process so far.",
    "It was great to learn more about you and your background.",
    "Thanks for being part of our hiring process for {role}.",
    "This is an update regarding your candidacy for {role} at {co}.",
    "We know job searching takes effort, and we value the time you gave us.",
]
CLOSE_WARM = [
    "We wish you all the best in your search.",
    "Best of luck with the next step in your career.",
    "Thank you again for your interest in joining us.",
    "We hope to stay in touch.",
    "Wishing you every success.",
    "Thanks once more, and take care.",
    "We really appreciate your patience.",
    "If you have any questions, just reply to your recruiter directly.",
    "Have a great rest of your week.",
    "Thanks for choosing to apply with us.",
]
KEEP_ON_FILE = [
    "We'll keep your profile in our talent pool and may reach out if a suitable opening comes up.",
    "Your details will stay in our system for twelve months so we can contact you about future roles.",
    "Please keep an eye on our careers page — new positions are posted every week.",
    "You're welcome to apply for other openings that match your experience.",
    "We'd be glad to see your name again for a future vacancy.",
    "Feel free to set up job alerts so you hear about new roles first.",
]

# ------------------------------------------------------------------ application_ack
ACK_CORE = [
    "We have received your application for the {role} position.",
    "Your application for {role} has been successfully submitted to {co}.",
    "This email confirms that we've received your application for {role} ({req}).",
    "Good news: your application made it to us safely.",
    "We've got your application for {role} — thank you for applying!",
    "Your CV and answers for {role} are now with our recruiting team.",
    "We're confirming receipt of your application to {co} for the {role} opening.",
    "Thanks for applying! Your application for {role} in {city} has been received.",
    "Your submission for {role} is in, and it has been passed to the hiring team.",
    "You have successfully applied for {role}. A copy of your application is saved in your candidate account.",
    "Just a quick note to let you know we received everything you sent for {role}.",
    "Application received — {role}, {city}.",
    "{co} has received your application and it is now in our queue for review.",
    "We confirm that your application (reference {req}) reached us on {date}.",
    "Your application has been logged in our system under reference {req}.",
    "Thanks — the {co} team now has your application for {role}.",
    "We've received your details and résumé for the {role} vacancy.",
    "Your interest in {role} is registered and your documents have been received.",
]
ACK_NEXT = [
    "Our recruiters review every application, and we'll be in touch if your experience matches what the team needs.",
    "If your profile fits, someone from our team will contact you within the next two weeks.",
    "Reviews usually take five to ten working days.",
    "Due to the volume of applications, we may not be able to reply to everyone individually.",
    "You can follow the status of your application at any time in your candidate portal.",
    "We'll update you by email as soon as there is news.",
    "There's nothing else you need to do right now.",
    "The hiring manager will look at applications after the posting closes on {date}.",
    "If we'd like to move forward, a recruiter will reach out to arrange a first conversation.",
    "Please don't submit a second application for the same role; it won't speed things up.",
]

# ------------------------------------------------------------------ interview_invite
STEP_KIND = [
    "a 30-minute phone screen with {rec} from our recruiting team",
    "a 45-minute video interview with the hiring manager, {rec}",
    "a technical interview with two engineers from the team",
    "a first conversation with {rec} to talk about the role and your goals",
    "a panel interview with members of the {role} team",
    "a final-round interview at our {city} office",
    "a 60-minute case interview",
    "a short introductory call with {rec}",
    "a pair-programming session with one of our developers",
    "a portfolio walkthrough with our design leads",
    "an informal coffee chat with {rec}, who leads the team",
    "a system design interview (about an hour)",
    "a second-round interview with the department head",
    "an onsite day with the team in {city}",
]
INVITE_CORE = [
    "We'd like to invite you to {step}.",
    "We were impressed by your application and would love to set up {step}.",
    "The hiring team reviewed your profile and would like to move you forward to {step}.",
    "Good news — you've been selected for {step}.",
    "We'd like to get to know you better, so the next step is {step}.",
    "Congratulations on progressing to the next stage! We'd like to schedule {step}.",
    "Following your recent conversation with {rec}, we'd like you to join {step}.",
    "You're invited: {step}.",
    "Your application stood out and we'd like to arrange {step}.",
    "{rec} would like to speak with you — the next step is {step}.",
]
INVITE_SCHED = [
    "Please use the button below to choose a time that works for you.",
    "Pick any open slot in the calendar; the invitation will update automatically.",
    "Choose a time within the next five days using the scheduling link.",
    "Click below to see available times. Slots are shown in your local time zone.",
    "If none of the slots suit you, reply to this email and we'll find an alternative.",
    "Available times are listed on the booking page. Please book by {date}.",
    "You'll receive a calendar invite with the video link as soon as you pick a slot.",
    "We've proposed {date} at {time}; please confirm or choose another time below.",
]
INVITE_PREP = [
    "No preparation is needed beyond being ready to talk through your experience.",
    "You may want to have your CV in front of you.",
    "The conversation will be held on Zoom; the link is included in the booking confirmation.",
    "Please let us know if you need any adjustments for the interview.",
    "You'll meet {rec} and one other member of the team.",
    "We'll send a short guide about what to expect once the time is set.",
]
ASSESS_CORE = [
    "As the next step, we'd like you to complete our online assessment for {role}.",
    "You've been invited to take the {co} skills assessment.",
    "The next stage of our process is a short coding challenge, which you can take at a time that suits you.",
    "We'd like you to complete a one-way video interview: you'll record answers to five questions.",
    "Please complete the take-home exercise for {role}; the brief is on the assessment page.",
    "Your next step is an online numerical and verbal reasoning test.",
    "We're inviting you to the virtual assessment centre for {role} on {date}.",
    "To continue with your application, please complete a 40-minute situational judgement test.",
]
ASSESS_DETAIL = [
    "The assessment takes about 60 minutes and must be completed in one sitting.",
    "You have 7 days to complete it; the link expires on {date}.",
    "You can use any programming language from the list on the start page.",
    "Make sure you have a stable connection and a quiet space before you begin.",
    "Your webcam and microphone will be needed for this step.",
    "Once you start, the timer cannot be paused.",
]
RESCHED_CORE = [
    "Unfortunately {rec} is no longer available on {date}, so we need to move your interview.",
    "We're sorry, but we have to reschedule your interview for {role}.",
    "Due to a conflict on the hiring manager's side, your interview needs a new time.",
    "Your interviewer had to cancel at short notice; we'd still very much like to meet you.",
    "We need to move your upcoming {role} interview and would like you to pick a new slot.",
]

# ------------------------------------------------------------------ rejection
REJ_CORE = [
    "After careful consideration, we've decided not to move forward with your application.",
    "We regret to inform you that we will not be progressing your application for {role}.",
    "Unfortunately, we won't be taking your candidacy further at this time.",
    "The team has decided to pursue other candidates for this position.",
    "We're sorry to let you know that you haven't been selected for the next stage.",
    "While your background is impressive, we've decided to proceed with other applicants.",
    "We will not be offering you a position on this occasion.",
    "I'm afraid we've decided not to continue with your application.",
    "This time we won't be moving ahead with your candidacy for {role}.",
    "Your application for {role} has not been successful.",
    "We enjoyed our conversations, but we've decided to go in a different direction.",
    "Following your interview, we have decided not to extend an offer.",
    "We've reviewed your application carefully and unfortunately it won't be progressing.",
    "The hiring team has chosen not to proceed further with your application.",
    "Sadly, we are unable to offer you the role of {role}.",
    "Your application status has been updated to: Not selected.",
    "We have now completed our review and regret that we will not be inviting you to interview.",
    "It was a close call, but we won't be moving forward with you for this role.",
    "We've made the difficult decision not to advance your application.",
    "We won't be proceeding to an offer.",
]
REJ_SOFT = [
    "We received a large number of applications and the decision was not an easy one.",
    "We had many strong candidates apply for this role.",
    "Please know this was a difficult decision.",
    "We know this isn't the news you were hoping for.",
    "This decision is not a reflection of your abilities.",
    "Competition for this position was very high.",
    "Due to the number of applications, we are unable to provide individual feedback.",
]
REASON = {
    "role_filled": [
        "The position has now been filled.",
        "We've since filled the role with another candidate.",
        "We have offered the position to another applicant, who has accepted.",
        "The vacancy was filled internally.",
        "This requisition has now been closed because the role was filled.",
        "Another candidate has accepted our offer for this position.",
    ],
    "budget_freeze": [
        "Due to a hiring freeze, we are not able to continue recruiting for this role.",
        "Budget changes mean we can no longer proceed with this hire.",
        "Following a review of our headcount plans for the year, the funding for this role has been paused.",
        "Our company has put all new hiring on hold for the rest of the quarter.",
        "Due to financial constraints, the team is no longer able to add this position.",
    ],
    "closer_fit": [
        "We've decided to move forward with a candidate whose experience more closely matches our current needs.",
        "Another applicant's background was a closer match to the requirements of the team.",
        "We chose a candidate with more direct experience in our particular domain.",
        "The person we selected had a skill set that aligned more closely with what the team needs right now.",
        "We're proceeding with applicants whose profiles match the specific requirements more closely.",
    ],
    "level_mismatch": [
        "We're looking for someone with more senior experience for this position.",
        "On reflection, the role needs a more junior profile than yours, and we don't think it would be the right step for you.",
        "The team has decided it needs a candidate at a more senior level.",
        "Your experience is above the level we're hiring for in this team.",
        "We have realised the role calls for leadership experience at a higher level.",
    ],
    "role_cancelled": [
        "The position has been cancelled following an internal reorganisation.",
        "We've decided not to fill this role after all.",
        "The requisition has been withdrawn and we are no longer hiring for it.",
        "Due to a change in business priorities, this opening has been closed without a hire.",
        "The team's plans changed and the role no longer exists in its advertised form.",
    ],
}
CANCEL_INTERVIEW = [
    "We need to cancel your upcoming interview on {date}.",
    "Your interview scheduled for {date} at {time} has been cancelled.",
    "We're writing to cancel the {role} interview we had booked with you.",
]

# ------------------------------------------------------------------ feedback
FEEDBACK_INTRO = [
    "Your interviewer asked us to pass on some notes:",
    "Here is a summary of the feedback from the panel:",
    "The hiring manager shared a few thoughts we hope are useful:",
    "A note from the team:",
    "We wanted to share some feedback from your interviews:",
    "{rec} added the following comments:",
    "Some feedback from the interview loop:",
]
PRAISE = [
    "The team enjoyed your enthusiasm and the questions you raised.",
    "Your communication was clear and friendly throughout.",
    "The panel thought your coding was clean and well tested.",
    "Your portfolio was thoughtfully presented.",
    "You came across as a genuinely collaborative person.",
    "Your knowledge of the domain was very evident.",
    "Everyone appreciated how well prepared you were.",
    "Your take-home submission was well structured.",
]
WEAK = {
    "coding": [
        "In the live exercise the solution didn't quite get to a working state in the time available.",
        "The panel would have liked to see more care with edge cases and tests in your code.",
        "Your implementation worked for the happy path, but the error handling was thin.",
        "The coding round showed some hesitation with basic data structures.",
        "We felt the code in the take-home would be hard to maintain as it grew.",
    ],
    "system_design": [
        "We'd have liked to hear more about how the service would behave as traffic grew.",
        "The architecture discussion stayed quite high level; storage and caching choices weren't explored.",
        "When we talked about scaling the design, the trade-offs weren't really weighed.",
        "The design exercise didn't cover failure modes or how components would recover.",
        "You could go further in reasoning about data flow between the services you proposed.",
    ],
    "technical_depth": [
        "When we probed the details of your past projects, the answers stayed fairly general.",
        "The panel felt the depth on the core tools used in the team wasn't there yet.",
        "Follow-up questions about internals (concurrency, memory) were harder for you.",
        "We needed someone who can go deeper on the statistics behind the models.",
        "Some of the technical explanations lacked the detail we'd expect at this level.",
    ],
    "behavioural": [
        "Your examples in the behavioural round were a little thin on what you personally did.",
        "When asked about a conflict at work, the story didn't get to a clear outcome.",
        "We'd encourage you to prepare more concrete stories about past challenges.",
        "The situational questions were answered in general terms rather than with real examples.",
    ],
    "communication": [
        "At times it was hard to follow your reasoning because you jumped between ideas.",
        "Your answers were quite long; being more concise would help the panel follow.",
        "We'd suggest explaining your thinking aloud more as you work.",
        "The presentation could have been clearer about the key message.",
    ],
    "questions_to_ask": [
        "You didn't have questions for us at the end, which the panel noticed.",
        "We'd have liked you to ask more about the team and the work itself.",
        "Coming with a few questions about the role would show more curiosity.",
    ],
    "composure": [
        "You seemed understandably nervous, and it affected how you approached the problem.",
        "When the exercise changed direction you appeared a bit rattled.",
        "Under time pressure you lost some of the structure you started with.",
    ],
    "experience_level": [
        "The panel felt you would need more hands-on experience leading projects of this size.",
        "Your experience with production systems is still a little early for what the role needs.",
        "We didn't see enough years working with enterprise clients for this seat.",
    ],
    "collaboration": [
        "We'd have liked to hear more about how you work with product and design colleagues.",
        "In the pairing exercise you tended to work alone rather than with your partner.",
        "The team wasn't sure how you'd handle disagreement or share ownership.",
    ],
    "cv_positioning": [
        "Your CV undersells your analytics work; it reads mostly as support duties.",
        "It wasn't clear from your application how your experience relates to this role.",
        "Your portfolio would be stronger with fewer projects and more on your own contribution.",
        "Tailoring your résumé to the job description would make your strengths easier to spot.",
    ],
}
FEEDBACK_OUTRO = [
    "We hope this is helpful for your next applications.",
    "We hope you find these notes useful.",
    "Please take these comments in the constructive spirit in which they're meant.",
    "These were the main points the panel discussed.",
    "",
]

# ------------------------------------------------------------------ offer
OFFER_CORE = [
    "We're delighted to offer you the position of {role} at {co}.",
    "On behalf of {co}, I'm thrilled to extend you an offer for the {role} role.",
    "Congratulations! We'd like to offer you the {role} position.",
    "Following your interviews, we are pleased to make you a formal offer of employment as {role}.",
    "It's official — the team would love for you to join us as our new {role}.",
    "We are happy to confirm the verbal offer {rec} discussed with you: {role}, starting {date}.",
    "Your offer letter for {role} is ready for you to review.",
    "Great news: {co} would like to hire you as {role}.",
]
OFFER_DETAIL = [
    "The letter sets out your salary, start date and benefits.",
    "Please review and sign the offer by {date}.",
    "Your proposed start date is {date}.",
    "The offer includes a base salary of {salary} plus our standard benefits package.",
    "If you have questions about the package, {rec} is happy to walk you through it.",
    "This offer is subject to reference checks and right-to-work verification.",
    "The offer expires at midnight on {date}.",
]

# ------------------------------------------------------------------ negatives
STATUS_CORE = [
    "Your application for {role} is currently in review.",
    "There's no change to your application status yet — the team is still reviewing applications.",
    "We wanted to let you know your application is still under consideration.",
    "Status update: {role} — In review.",
    "Thanks for your patience; the hiring team hasn't finished reviewing candidates for {role}.",
    "Your application is active and being considered by the hiring manager.",
    "Hiring for {role} is taking a little longer than planned. We'll update you as soon as we can.",
]
INCOMPLETE_CORE = [
    "You started an application for {role} but haven't submitted it yet.",
    "Your application for {role} is incomplete — a few questions are still unanswered.",
    "Don't lose your progress! Finish your application for {role} before the posting closes.",
    "We noticed you didn't finish applying. It takes about five more minutes.",
    "Your draft application will be deleted in 7 days if it isn't submitted.",
]
PROFILE_CORE = [
    "Complete your candidate profile to get better job matches.",
    "Profiles with a photo and skills get 3x more recruiter views.",
    "Your profile is 60% complete. Add your work history to stand out.",
]
SURVEY_CORE = [
    "How was your interview with {co}? Tell us in two minutes.",
    "We'd love to hear about your candidate experience for {role}.",
    "Your feedback helps us improve how we interview. The survey is anonymous.",
    "Rate your recent interview experience on a scale of 1 to 10.",
    "Whatever the outcome, we want every candidate to have a fair and respectful process.",
]
REMIND_CORE = [
    "This is a reminder that your interview for {role} is tomorrow, {date}, at {time}.",
    "Your interview with {co} starts in 24 hours.",
    "Just a friendly reminder about your upcoming interview on {date} at {time}.",
    "Heads up: you have an interview scheduled for {date}.",
    "Don't forget your {role} interview tomorrow at {time}.",
]
CONFIRM_CORE = [
    "Your interview is confirmed for {date} at {time}.",
    "You're booked! {rec} will meet you on {date} at {time}.",
    "Thanks for choosing a time. Your interview for {role} has been scheduled.",
    "Booking confirmed: {role} interview, {date}, {time}.",
    "We've added the interview to our calendar; a calendar invite is attached.",
]
THANKS_TODAY = [
    "Thank you for taking the time to speak with us today.",
    "Thanks for interviewing with {co} today — it was great to meet you.",
    "We appreciated your time earlier today.",
]
WAIT_NEXT = [
    "The team will meet later this week and we'll be in touch with next steps.",
    "We expect to have an update for you within a week.",
    "We're still interviewing other candidates and will follow up soon.",
    "You'll hear from us once all interviews are complete.",
]
PRIVACY_CORE = [
    "We've updated our candidate privacy notice.",
    "Changes to how we handle your personal data as a job applicant take effect on {date}.",
    "We're making our privacy policy clearer — here's what changed.",
    "Our candidate data retention period is changing from 24 to 12 months.",
]
DELETE_CORE = [
    "Your candidate account has been inactive for a while and will be deleted on {date}.",
    "To comply with data protection law, we'll remove your application data in 30 days.",
    "If you want us to keep your profile for future opportunities, please log in before {date}.",
    "Your candidate profile is scheduled for deletion. No action needed if you're happy for it to be removed.",
]
RESET_CORE = [
    "We received a request to reset the password for your candidate account.",
    "Use the link below to set a new password. It expires in 30 minutes.",
    "If you didn't ask for this, you can ignore this email — your password won't change.",
    "Your verification code is {code}.",
]
VIEWED_CORE = [
    "A recruiter from {co} viewed your profile.",
    "Your profile appeared in 14 searches this week.",
    "{rec}, a recruiter at {co}, looked at your profile.",
    "Good news — employers are noticing you. See who viewed your profile.",
]
EVENT_CORE = [
    "Join us for a virtual open evening and meet the engineering team.",
    "You're invited to our careers fair on {date} — come along and chat with our recruiters.",
    "Register for our free webinar: 'Acing the technical interview'.",
    "We're hosting a graduate information session on {date} at {time}.",
    "RSVP for our hiring meetup in {city}. Drinks and snacks provided.",
    "Save your seat at our live Q&A with the hiring managers.",
    "Sign up for our CV workshop to learn what recruiters look for.",
]
NEWS_ITEMS = [
    "How to bounce back after a job rejection",
    "Five questions to ask at the end of your interview",
    "What to do when you receive an offer",
    "Why we moved to structured interviews",
    "Inside our hiring process: from application to offer",
    "Salary negotiation 101",
    "Meet the team: a day in the life of our data engineers",
    "How to prepare for a system design interview",
    "The feedback we give most often to candidates",
    "Writing a cover letter recruiters actually read",
    "Our new parental leave policy",
    "Why 'no' isn't the end: stories from people we hired on their second try",
]
ALERT_INTRO = [
    "New jobs matching your search",
    "Recommended for you",
    "Jobs you might like",
    "We found {n} new roles for you",
    "Fresh openings this week",
    "Based on your profile",
]
WITHDRAW_CORE = [
    "You've withdrawn your application for {role}.",
    "We've processed your request to withdraw from the {role} process.",
    "Your application for {role} has been withdrawn at your request.",
]
NOFEEDBACK_CORE = [
    "Thanks for asking. Unfortunately our policy is not to share individual interview feedback.",
    "I appreciate you reaching out. We're not able to give detailed feedback for applications at this stage.",
    "Thanks for your note. Due to the volume of candidates, we can't provide personalised feedback, but we wish you well.",
    "I'm sorry, but company policy prevents us from sharing feedback on interviews.",
]
CLOSED_CORE = [
    "The {role} job you saved at {co} is no longer accepting applications.",
    "This posting has expired: {role} at {co}.",
    "The employer closed this job before you applied.",
    "Heads up: a role on your watchlist has been closed.",
]
PANEL_CORE = [
    "You've been added as an interviewer for {cand} — {role}.",
    "Please submit your scorecard for {cand} by end of day.",
    "You're on the interview panel for a {role} candidate on {date} at {time}.",
    "Reminder: your feedback on {cand} is overdue.",
    "Can you take the technical interview slot for {cand} on {date}?",
]
SUBMITTED_CORE = [
    "Thanks for completing your assessment. Your responses have been sent to {co}.",
    "We've received your video interview answers.",
    "Your take-home submission was uploaded successfully.",
    "Assessment complete — the hiring team will review your results.",
]
ASSESS_REMIND = [
    "You have an assessment in progress that hasn't been submitted.",
    "Reminder: your assessment link expires in 48 hours.",
    "You started the coding challenge but haven't finished it yet.",
]
ONBOARD_CORE = [
    "Welcome to {co}! Please complete your new-hire paperwork before your first day.",
    "We're excited you accepted our offer. A few onboarding documents are waiting for your signature.",
    "Your onboarding checklist is ready: tax forms, bank details and emergency contacts.",
    "Please upload your ID documents for the right-to-work check before {date}.",
    "Your equipment order has been placed; your laptop will arrive before your start date.",
]
COUNTERSIGNED = [
    "Your signed offer letter has been countersigned and is attached for your records.",
    "All parties have completed the document 'Offer Letter – {role}'.",
    "Thanks for signing! A copy of the completed document is attached.",
]

# ------------------------------------------------------------------ second pass: wider banks
OPEN_THANKS += [
    "Thanks for your patience while the team worked through applications.",
    "We've now had a chance to look at your application for {role}.",
    "Thank you for applying through our careers site.",
    "We hope your week is going well.",
    "Thank you for your application and for your interest in the {role} team.",
    "Thanks for everything you shared with us during the process.",
    "Your interest in {co} means a lot to us.",
    "Thank you for the care you took with your application materials.",
    "Thanks for speaking with us about {role} over the past few weeks.",
    "We wanted to reach out personally about your {role} application.",
    "Thank you for applying — we know every application takes time.",
    "Thanks for your recent application to {co} (ref. {req}).",
]
CLOSE_WARM += [
    "Good luck with everything ahead.",
    "All the best from everyone here.",
    "Take care and best wishes.",
    "We appreciate you and the effort you put in.",
    "Thanks for thinking of {co}.",
    "We'd love to hear from you again in the future.",
    "Kind regards from the whole team.",
    "Wishing you a smooth next chapter.",
]
ACK_CORE += [
    "Thanks for sending your application over for {role} — it's safely with us.",
    "The {co} recruiting team has your application for {role} and will start reviewing soon.",
    "We're letting you know that your application has arrived: {role}, {city}.",
    "Your application has been added to the shortlist review pool for {role}.",
    "Receipt confirmed: we have your CV, cover letter and screening answers for {role}.",
    "Your application (ID {req}) was submitted on {date}. You'll find a copy in your account.",
    "Hooray — your application for {role} is in! 🎉",
    "This is an automatic confirmation that we received your application.",
    "We have safely received your application documents for the role of {role}.",
    "Your profile has been forwarded to the recruiter responsible for {role}.",
]
ACK_NEXT += [
    "Shortlisted candidates are usually contacted within three weeks of the closing date.",
    "In the meantime, feel free to explore our engineering blog to learn more about how we work.",
    "We look at every application with a human eye — no automatic screening.",
    "Please allow a few days for our team to go through everything.",
    "If you haven't heard from us within 30 days, you can assume we've moved on with other profiles.",
    "You can update your contact details at any time in your account.",
    "We'll email you whichever way the decision goes.",
]
INVITE_CORE += [
    "We enjoyed reading your application and would like to invite you to {step}.",
    "The next stage for {role} is {step}, and we'd love for you to take part.",
    "Your profile caught the team's eye — are you free for {step}?",
    "We'd like to move things forward and arrange {step}.",
    "Thank you for your patience! We're ready to schedule {step}.",
    "You've been shortlisted for {role}, and we'd like to set up {step}.",
    "{rec} reviewed your CV and would like to book {step}.",
    "We're pleased to invite you to the next round: {step}.",
    "Could we arrange {step}? We think there could be a strong match.",
    "Please join us for {step} so we can learn more about your experience.",
]
INVITE_SCHED += [
    "Use the self-scheduling page to grab the slot that suits you best.",
    "The calendar below shows all open times for the next two weeks.",
    "Once you've picked a time, you'll get a confirmation with joining details.",
    "Please book your slot within 72 hours so we can keep things moving.",
    "Just click the button, choose a time and you're done.",
    "If you'd prefer a phone call rather than video, mention it in the booking notes.",
]
STEP_KIND += [
    "a 20-minute screening call",
    "a conversation with {rec} and a senior member of the team",
    "a whiteboard session with our architects",
    "a role-play exercise with our sales leadership",
    "a trial shift at our {city} site",
    "a presentation to the hiring panel (15 minutes plus questions)",
]
REJ_CORE += [
    "Unfortunately your application has not been shortlisted for {role}.",
    "We've decided to progress with other candidates at this stage.",
    "On this occasion we won't be moving you forward in the process.",
    "We're sorry to say we won't be continuing with your candidacy.",
    "After reviewing the interview feedback, we've decided not to proceed.",
    "I wanted to let you know that we will not be offering you the {role} position.",
    "We've concluded our process for {role}, and regrettably you were not selected.",
    "Your application will not be taken further.",
    "The hiring manager has decided to pass on your application for now.",
    "We're unable to move forward with your candidacy for {role}.",
    "We're going to pass this time, but thank you for your interest.",
    "It's not the outcome you hoped for: we won't be progressing to the next round with you.",
]
REJ_SOFT += [
    "The quality of candidates made this a really hard call.",
    "We were genuinely impressed by your experience.",
    "We realise this may be disappointing.",
    "This was not an easy decision for the panel.",
    "We appreciate how much thought went into your answers.",
]
KEEP_ON_FILE += [
    "If you'd like us to delete your data instead, just let us know.",
    "We'd encourage you to keep an eye on future vacancies with {co}.",
    "With your permission, we'll keep your CV on file for six months.",
    "Our teams are growing, so please do check back.",
]
OFFER_CORE += [
    "I'm very happy to let you know that the panel unanimously agreed: we'd like to offer you the job.",
    "We would like to formally offer you employment with {co} as {role}.",
    "Please find your offer for the {role} position attached — congratulations!",
    "You've got the job! We're excited to offer you the {role} role.",
    "We're pleased to confirm our offer for you to join {co} as {role}.",
]
OFFER_DETAIL += [
    "Your contract and benefits summary are attached.",
    "We're offering a sign-on bonus of £5,000 payable in your first month.",
    "The role is hybrid, with two days per week in our {city} office.",
    "Please let us know your decision within five working days.",
]
STATUS_CORE += [
    "Good news: your application is still active. The hiring team is reviewing candidates this week.",
    "We haven't forgotten about you! Reviews for {role} are taking longer than usual.",
    "Your application for {role} moved to: Under consideration.",
    "No decision has been made yet on {role}; we'll email you when there's an update.",
]
SURVEY_CORE += [
    "Help us improve: how clear was the information you received before your interview?",
    "It only takes three questions to tell us how we did.",
    "Whatever the result, we'd love to know how we treated you.",
]
REMIND_CORE += [
    "See you soon! Your {role} interview is coming up on {date} at {time}.",
    "Quick reminder: you're meeting {rec} on {date}.",
    "We're looking forward to speaking with you tomorrow at {time}.",
]
CONFIRM_CORE += [
    "Great, you've selected {date} at {time}. See you then!",
    "Your slot is locked in: {date}, {time}, with {rec}.",
    "This confirms the interview time you chose: {date} at {time}.",
]
EVENT_CORE += [
    "Come to our Women in Engineering breakfast on {date}.",
    "Join our virtual assessment-centre preparation workshop — open to all talent community members.",
    "Our recruiters will be at the {city} tech fair on {date}; drop by our stand.",
    "Tune in to our live stream about life on the {role} team.",
]
DELETE_CORE += [
    "We keep candidate information for 24 months; yours will reach that point on {date}.",
    "Your application history will be anonymised next month unless you choose to keep your profile.",
]
THANKS_TODAY += [
    "It was a pleasure speaking with you this morning about {role}.",
    "Thanks for making the time to meet {rec} today.",
    "Thank you for coming in today — the team enjoyed meeting you.",
]
WAIT_NEXT += [
    "We'll share next steps once the panel has compared notes.",
    "Expect to hear from us by the end of next week.",
]
FEEDBACK_INTRO += [
    "Here's what the interviewers noted:",
    "Feedback from {rec}:",
    "A few observations from the panel:",
    "What the team said:",
]
PRAISE += [
    "The panel liked how you structured your answers.",
    "Your experience with stakeholder management really came through.",
    "The interviewers enjoyed the conversation about your side projects.",
]

# ------------------------------------------------------------------ third pass: weaknesses phrased indirectly
WEAK["coding"] += [
    "The interviewers noticed a few off-by-one slips that went unchecked until the end.",
    "Next time, try running through a couple of test inputs before calling the solution finished.",
    "The refactoring task was only partly completed, and the remaining functions still duplicated logic.",
    "Your SQL answers returned the right rows but would struggle on a table of any real size.",
]
WEAK["system_design"] += [
    "I'd have liked to see you reason more about how the service would cope at ten times the load.",
    "The queueing and retry story in your design was left open.",
    "We expected more discussion of where the bottlenecks would appear and how to partition the data.",
    "In the architecture round, consistency versus availability never really came up.",
]
WEAK["technical_depth"] += [
    "Our engineers wanted more 'why' behind the tools you mentioned, not just the 'what'.",
    "When the conversation moved to how the framework works under the hood, it became harder for you.",
    "The answers on security fundamentals stayed at the level of buzzwords.",
]
WEAK["behavioural"] += [
    "Using a clearer structure (situation, action, result) would make your stories land better.",
    "The leadership examples described what the team did, and it was hard to see your part.",
    "We didn't quite get a sense of how you handle setbacks from the examples you picked.",
]
WEAK["communication"] += [
    "Some answers wandered before reaching the point, so the panel lost the thread.",
    "Slowing down and summarising your approach first would help listeners a lot.",
    "The written report was thorough but difficult for a non-technical reader to follow.",
]
WEAK["questions_to_ask"] += [
    "When we opened the floor at the end, there wasn't much you wanted to know about us.",
    "Asking about the team's challenges would have shown how you think about the role.",
]
WEAK["composure"] += [
    "The curveball question seemed to throw you, and it took a while to regain momentum.",
    "It's completely normal to be anxious, but it did make the second half feel rushed.",
]
WEAK["experience_level"] += [
    "For this seat we need someone who has already managed a team through a full budget cycle.",
    "Most of your experience is in smaller settings, and this role sits in a much larger organisation.",
]
WEAK["collaboration"] += [
    "The panel wondered how you'd bring others along when priorities clash.",
    "In the group exercise, other voices were sometimes talked over.",
]
WEAK["cv_positioning"] += [
    "Your application letter focused on general ambitions rather than what you'd bring to this team.",
    "The most relevant project on your CV was buried on page two.",
    "Numbers and outcomes on your résumé would make your impact much clearer.",
]
INCOMPLETE_CORE += [
    "Only one step left: upload your CV to complete your application for {role}.",
    "Your saved application for {role} is waiting for you.",
]
PRIVACY_CORE += [
    "We've refreshed the way we describe the data we collect during recruitment.",
    "A quick note: our careers site now uses a new cookie banner and updated privacy terms.",
]
VIEWED_CORE += [
    "Three companies checked out your profile this week, including {co}.",
    "You're getting noticed! A hiring manager at {co} viewed your profile.",
]
WITHDRAW_CORE += [
    "As requested, we've closed your application for {role}. Thanks for letting us know.",
    "Your withdrawal from {role} is confirmed; the hiring team has been informed.",
]
PANEL_CORE += [
    "Heads up: the hiring manager added you to {cand}'s onsite loop for {role}.",
    "Interview kit attached for your session with {cand} ({role}).",
]
SUBMITTED_CORE += [
    "Nice work — your assessment for {role} is in.",
    "We've got your answers. There's nothing else you need to do for this step.",
]
