"""Writer 41: English sentence pools for employer mail. Each decision pool holds many unrelated
wordings; reasons and feedback topics ride along as tags so the labels follow from the words used.
"""

from __future__ import annotations

# ---------------------------------------------------------------- rejection: (text, reasons)
REJ_CASUAL = [
    ("we're not going to move ahead with you for this one", []),
    ("it's a no from us this time, I'm afraid", []),
    ("we've gone with another candidate", ["closer_fit"]),
    ("the team picked someone else, and honestly it was close", []),
    ("I've got to pass for now", []),
    ("we're going to pass", []),
    ("we offered it to someone who's already done almost exactly this job at a similar-sized company", ["closer_fit"]),
    ("we ended up hiring internally, so the role's gone", ["role_filled"]),
    ("the board froze hiring on Monday and this role is one of the ones that got cut", ["budget_freeze", "role_cancelled"]),
    ("we've realised we actually need someone a lot more senior for this, so we won't be taking it further", ["level_mismatch"]),
    ("we filled it last week - sorry, I should have told you sooner", ["role_filled"]),
    ("we've decided to close the role without hiring - the project it was for got shelved", ["role_cancelled"]),
    ("I don't think we'll be taking you through to the next stage", []),
    ("it won't be you this time", []),
    ("we landed on someone else for the seat", []),
    ("we're not going to make you an offer", []),
    ("we're stopping the process here with you", []),
    ("the money for the role didn't get signed off, so we're not hiring for it this quarter", ["budget_freeze"]),
    ("we're after someone more junior we can grow into it, and you'd be bored within a month", ["level_mismatch"]),
    ("we talked it over and it's not a yes", []),
    ("we're going another direction with the hire", []),
    ("the other finalist just edged it, so we won't be moving forward with you", []),
    ("we've had to pull the role - the client contract it depended on fell through", ["role_cancelled"]),
    ("we're not in a position to hire anyone into this until next year, so I'm closing it out", ["budget_freeze"]),
    ("someone from the platform team moved across into the role, so there's no seat any more", ["role_filled"]),
    ("we'd be underusing you at this level, and that never ends well, so it's a no for this one", ["level_mismatch"]),
    ("we've picked a person who's spent five years in exactly our niche, and that made the difference", ["closer_fit"]),
]
REJ_FORMAL = [
    ("we have decided not to progress your application further", []),
    ("we will not be moving forward with your candidacy for this position", []),
    ("after careful consideration, we have decided to pursue other candidates whose experience more closely matches the requirements of the role", ["closer_fit"]),
    ("the position has now been filled", ["role_filled"]),
    ("we regret to inform you that your application was unsuccessful on this occasion", []),
    ("the hiring panel has selected another candidate for the position", []),
    ("due to a change in business priorities, the vacancy has been withdrawn and we are therefore unable to continue with your application", ["role_cancelled"]),
    ("following a review of our budget for the year, recruitment for this role has been put on hold indefinitely, and we are closing all open applications", ["budget_freeze", "role_cancelled"]),
    ("the panel felt that the role requires a greater depth of leadership experience than your profile currently shows, so we will not be proceeding", ["level_mismatch"]),
    ("we are unable to offer you a position at this time", []),
    ("your application will not be taken forward to the interview stage", []),
    ("we have offered the role to a candidate with more direct experience in our sector", ["closer_fit"]),
    ("we will not be extending an offer", []),
    ("we have concluded the process and another applicant has accepted the position", ["role_filled"]),
    ("we have decided that your profile is not the right match for this opening", []),
    ("we concluded that the position calls for a more junior profile, and we would not be able to offer the scope you are looking for", ["level_mismatch"]),
    ("we are sorry to let you know that you have not been successful in this recruitment campaign", []),
    ("we have decided to proceed with applicants whose qualifications better meet our current needs", ["closer_fit"]),
    ("this vacancy is now closed, as a candidate has been appointed", ["role_filled"]),
    ("the organisation has taken the decision not to fill this post, and the recruitment has therefore been cancelled", ["role_cancelled"]),
    ("owing to budgetary constraints, the recruitment for this post has been suspended and we are unable to take your application forward", ["budget_freeze"]),
    ("it has been decided not to shortlist you for interview", []),
    ("the selection committee has chosen not to proceed with your application", []),
]
REJ_LEAD = [
    "I'll get straight to it:", "I wish I had better news.", "This isn't the email I wanted to write.",
    "Thank you again for all the time you put into the process.", "I wanted to tell you myself rather than send a form email.",
    "We really did enjoy meeting you.", "Thanks for your patience while we worked through the final interviews.",
    "Sorry this has taken a while.", "Thank you for your interest in joining us.", "",
    "We were impressed by a lot of what you showed us, but", "You made this a hard decision.",
]
REJ_AFTER = [
    "I'd genuinely like to stay in touch.", "Please don't let this put you off applying again.",
    "If something closer to your experience opens up, I'll reach out.", "We'll keep your details on file for twelve months, with your permission.",
    "I hope we cross paths again.", "Best of luck with the search - someone is going to be lucky to get you.",
    "We wish you every success in your career.", "Thank you again for considering us.",
    "We had a very strong field, so this was not an easy call.", "Unfortunately we're not able to give individual feedback given the number of applications.",
    "", "", "Feel free to connect on LinkedIn.",
    "Thanks for being so easy to work with throughout - the scheduling alone was a saga.",
    "I know this is disappointing after so many rounds.", "Do keep an eye on our careers page; we'll be hiring again in the autumn.",
    "If you want to reapply in the future, you'd be very welcome.", "I'm sorry it isn't better news.",
    "Your details will be deleted from our system after six months unless you tell us otherwise.",
]

# ---------------------------------------------------------------- feedback: (text, topics)
FB = [
    ("Your coding exercise worked, but it took a long time to get there and the edge cases (empty input, duplicates) weren't handled.", ["coding"]),
    ("The panel liked your energy, but in the system design round the design didn't really hold up once we talked about scale - caching and data partitioning were hand-waved.", ["system_design"]),
    ("Where it fell short was depth: when we pushed on how the query planner actually chose indexes, the answers stayed at the surface.", ["technical_depth"]),
    ("Your behavioural answers were a bit general - we struggled to hear what you personally did versus what the team did.", ["behavioural"]),
    ("A couple of interviewers found your explanations hard to follow; you'd jump into detail before giving the big picture.", ["communication"]),
    ("One small thing: you didn't ask us anything at the end, and the panel read that as a lack of curiosity about the role.", ["questions_to_ask"]),
    ("You seemed quite nervous in the live coding, and once the first test failed it was hard to get back on track.", ["composure", "coding"]),
    ("Honestly the main gap is experience - you haven't yet owned a product area end to end, and that's what this role needs on day one.", ["experience_level"]),
    ("In the pairing exercise you mostly worked alone and didn't take up the hints the interviewer offered.", ["collaboration"]),
    ("Your CV undersells you: the most relevant project was two lines at the bottom, and the reviewers almost missed it.", ["cv_positioning"]),
    ("The take-home was solid, but tests were thin and the README didn't explain the trade-offs you made.", ["coding", "communication"]),
    ("You clearly know the tools, but the architecture discussion kept coming back to one service rather than how the pieces fit together.", ["system_design"]),
    ("We would have liked more concrete examples of handling conflict in a team - the story about the launch stayed quite abstract.", ["behavioural", "collaboration"]),
    ("Under time pressure in the case study you rushed the numbers and some of the assumptions didn't hold.", ["composure"]),
    ("Your portfolio is lovely visually, but it doesn't show the research and reasoning behind the designs, which is what we hire for.", ["cv_positioning"]),
    ("Technically strong, but your answers ran long and we didn't get through half the questions.", ["communication"]),
    ("The panel wanted to see more ownership of the statistics side; the modelling answers felt a bit textbook.", ["technical_depth"]),
    ("The SQL part was fine, but the Python exercise had bugs you didn't spot before submitting.", ["coding"]),
    ("What we missed was a sense of how you'd approach stakeholders - the questions you asked us were mostly about perks.", ["questions_to_ask", "collaboration"]),
    ("For a lead role we need someone who has managed people formally, and your background is more senior-IC.", ["experience_level"]),
    ("The trade-off discussion on consistency versus availability was the weakest part of the day.", ["system_design", "technical_depth"]),
    ("Your examples were good but you didn't structure them, so the impact got lost.", ["behavioural", "communication"]),
    ("The numbers in your case presentation were right, but you spent so long on the method that you never got to the recommendation.", ["communication"]),
    ("When the interviewer changed the requirements halfway through, you stuck with your first design instead of adapting it.", ["system_design"]),
    ("We'd have liked to hear a story where something went wrong and what you changed afterwards - all your examples were successes.", ["behavioural"]),
    ("Your answers about Kubernetes sounded like you'd read about it rather than run it in production.", ["technical_depth", "experience_level"]),
    ("The CV lists a lot of tools but not what you achieved with them, which made it hard for the panel to judge impact.", ["cv_positioning"]),
    ("In the group exercise you were quite quiet, and the assessors didn't see much of how you work with others.", ["collaboration"]),
    ("You got flustered when the interviewer challenged your estimate, and the second half of the conversation suffered.", ["composure"]),
    ("Your questions for us were quite generic - nothing about the product or the team - which made the panel unsure how much you wanted this.", ["questions_to_ask"]),
    ("The refactoring exercise went fine until the tests broke, and then the changes got quite scattershot.", ["coding"]),
]
PRAISE = [
    "The panel were unanimous - your system design round was the best they'd seen this year.",
    "Everyone commented on how clearly you explained your thinking, even on the hard problem.",
    "Your take-home was the one the team kept talking about: tidy, well tested, and the write-up was great.",
    "You came across as calm, curious and very easy to work with.",
    "Your portfolio review went down really well - the research behind the checkout redesign impressed everyone.",
    "The hiring manager said your questions at the end were the sharpest of any candidate.",
]
FB_INTRO = [
    "Since you asked for feedback, here's what the panel said:", "A bit of honest feedback, in case it's useful:",
    "The interviewers' notes, paraphrased:", "If it helps for next time:", "What came up in the debrief:",
    "I asked the team for something specific you can use.", "Some feedback from the interviewers:",
    "Here's the honest bit.", "For what it's worth, the feedback was:",
    "I don't want to leave you with just a no, so:", "The panel's notes, in short:", "To be useful rather than polite:",
    "One thing the interviewers agreed on:", "If you're interviewing elsewhere, this might be worth knowing:",
]

# ---------------------------------------------------------------- interview invitations
INV_STEP = [
    ("a 30-minute phone call with our recruiter", "phone"), ("a first chat with {mgr}, who'd be your manager", "chat"),
    ("a technical interview (about 60 minutes, live coding in your own editor)", "tech"),
    ("a short take-home exercise - it should take about three hours, and you'd have a week", "takehome"),
    ("an online assessment (numerical and logical reasoning, around 40 minutes)", "online"),
    ("an onsite at our office: four conversations across the afternoon", "onsite"),
    ("the final round with our CEO and two of the team", "final"),
    ("a system design conversation with two of our senior engineers", "tech"),
    ("a video interview with the hiring panel", "panel"), ("a portfolio walk-through with the design team", "panel"),
    ("a coffee with {mgr} - informal, no prep needed", "chat"), ("a case-study interview with the operations leads", "panel"),
    ("a pairing session with one of our engineers (90 minutes, on a real bug from our backlog)", "tech"),
    ("a 45-minute video call with the team lead and a product manager", "panel"),
    ("a recorded video interview - three questions, you answer in your own time", "online"),
    ("a half-day trial at the studio, paid, so you can see how we work", "onsite"),
    ("a quick screening call with {mgr} from our people team", "phone"),
    ("an assessment centre: group exercise, presentation and a one-to-one interview", "onsite"),
    ("a last conversation with our founders over video, no prep needed", "final"),
]
INV_ASK_CASUAL = [
    "would you be up for {step}?", "can we set up {step}?", "next step would be {step} - interested?",
    "we'd love to do {step} with you.", "fancy {step} sometime next week?", "how about {step}?",
    "the team wants to meet you properly - {step}.", "could we grab you for {step}?",
    "I'd love to get you in for {step}.", "next up is {step} - want to get it in the diary?", "keen to move you on to {step}.",
]
INV_ASK_FORMAL = [
    "we would like to invite you to {step}.", "we are pleased to invite you to the next stage of the process: {step}.",
    "we would be delighted if you could attend {step}.", "the hiring team would like to move you forward to {step}.",
    "we'd like to invite you to take part in {step}.", "you have been selected for {step}.",
    "we would like to progress your application to {step}.", "it is my pleasure to invite you to {step}.",
]
LOGI_TASK = [
    "The link to the exercise is here: {link}. Please submit within seven days.",
    "You'll receive a separate email with your login; the assessment link stays open for five days.",
    "The exercise is in the repo here: {link}. No rush, but ideally within the week.",
    "Start whenever suits you: {link}. Most people finish in one sitting.",
    "Instructions and the brief are at {link}; send questions to me, not to the portal.",
]
INV_LOGI = [
    "Are you free {day} at {time}? If not, send me two or three slots that work.",
    "Pick whatever suits you here: {link}",
    "You can book a slot directly in my calendar: {link}",
    "I've pencilled in {day} at {time} - just confirm and I'll send the invite.",
    "Please reply with your availability for {day} or the day after.",
    "We're holding {day} afternoon for this - does that work?",
    "Use this link to choose a time that suits you: {link}",
    "Once we've agreed a time I'll send the details and who you'll be meeting.",
    "Let me know your availability over the next week and I'll coordinate with the panel.",
    "Slots are on {day} between 9 and 12, or {day2} afternoon - whichever's easier.",
    "Calendar link: {link} (if nothing works, reply and we'll find something).",
    "Tell me what suits and I'll send a proper invite with everything you need.",
    "Just reply with a couple of times and I'll lock one in.",
]
RESCHED = [
    "{mgr} is off sick on {day}, so we need to move your interview - could you do {day2} at {time} instead?",
    "Sorry to do this, but we have to reschedule your technical interview. New options are here: {link}",
    "Our interviewer had a clash, so I'd like to move Thursday's interview. Would {day2} at {time} work?",
]
OTHER_ROLE = [
    "That said, {mgr} is hiring for a {role2} on her team, and after reading your notes she'd really like to talk - would you be open to a 30-minute call next week? Here's her calendar: {link}",
    "One more thing: we've just opened a {role2} position that I think suits you better. If you're interested, I'd like to invite you straight to an interview with the team, skipping the screening. Let me know a few times.",
    "However, the panel thought you'd be a great fit for our {role2} opening, and we'd like to invite you to interview for that one. Are you free {day} at {time}?",
    "We'd still love to talk to you about the {role2} role - could we set up a call with {mgr} this week? {link}",
    "On a brighter note, our data team has a {role2} opening, and {mgr} would like to interview you for it. Would {day} work for a first call?",
    "Separately: there's a {role2} role opening next month and I'd love to put you straight into the interview process. Shall I book you in with {mgr}? {link}",
]

# ---------------------------------------------------------------- offers
OFFER_CASUAL = [
    "we want you on the team! I'd like to offer you the {role} job.", "the answer's yes - we'd like to offer you the role.",
    "we're making you an offer. Salary would be {sal}, start whenever works for you after {day}.",
    "I'm delighted to say we'd love you to join as {role}.", "you got it! Offer's coming in writing today, but I wanted to tell you first.",
    "we'd like to offer you the position at {sal} plus the usual benefits.", "consider this the verbal offer: {role}, {sal}, hybrid, start in {month}.",
    "we'd love to have you - consider this the offer. Numbers: {sal}, 25 days off, fully remote if you want.",
    "the team said yes to you, unanimously. So: will you come and work with us as {role}?",
    "here's the offer I promised on the phone: {role}, {sal}, start date your call.",
]
OFFER_FORMAL = [
    "we are delighted to offer you the position of {role}.", "I am pleased to extend to you an offer of employment as {role}.",
    "on behalf of the hiring team, I'd like to formally offer you the role of {role} with a starting salary of {sal}.",
    "we would like to extend an offer for the {role} position, subject to references and right-to-work checks.",
    "I am happy to confirm our offer of employment for the role of {role}; the written contract is attached.",
    "following the final interview, the panel has recommended your appointment, and I am pleased to offer you the post of {role}.",
    "we are happy to confirm that you have been selected for the position of {role}, and we would like to make you a formal offer.",
]
OFFER_LOGI = [
    "The formal letter is attached - please have a read and let me know if you have questions.",
    "We'd appreciate an answer by {day}, but shout if you need longer.", "Happy to jump on a call to go through the details.",
    "You'll get the contract through DocuSign within a day or so.", "Start date is flexible; we'd love {month} if that works.",
    "Let me know once you've had a chance to think it over.", "",
]

# ---------------------------------------------------------------- acknowledgements
ACK_HUMAN = [
    "got your application, thanks - I'll pass it to the hiring manager today.", "thanks for applying! Just confirming we've got your CV.",
    "thanks for sending this over - it's landed with me and I'll look at it properly this week.",
    "received, thank you. We're reviewing applications on a rolling basis.", "thanks, got it - looks interesting, I'll come back to you.",
    "many thanks for the application, which I've forwarded to {mgr} who is leading the hire.",
    "I've got your CV and portfolio, thanks. We're looking at everything together on Friday.",
    "thanks for getting in touch about the {role} job - application received, and I'll come back to you next week.",
    "thanks for your note and CV - I'm the person hiring, so it's come to the right place.",
    "CV received, thanks! We'll read everything after the closing date on {day}.",
]
ACK_FORMAL = [
    "Thank you for applying for the {role} position. This email confirms that we have received your application.",
    "We have received your application for {role} and it is now being reviewed by our team.",
    "Thank you for your interest in {comp}. Your application for {role} has been successfully submitted.",
    "This is to confirm receipt of your application (reference {ref}) for the role of {role}.",
    "Thanks for applying to {comp}! We've received your application for {role}.",
    "Your application for {role} has reached us safely.",
    "We confirm that your application for the post of {role} (ref. {ref}) was received before the closing date.",
    "Thank you for submitting your application for {role}. We appreciate the time you took to apply.",
]
ACK_NEXT = [
    "We aim to get back to every applicant within two weeks.", "If your profile matches, a recruiter will contact you.",
    "You can check the status of your application at any time in your candidate account.",
    "Due to the volume of applications, we may not be able to respond individually to everyone.",
    "We review applications as they come in, so the role may close early.", "",
    "Shortlisting takes place after the closing date, and we'll contact you either way.",
    "Please keep an eye on your spam folder, as our messages sometimes end up there.",
    "In the meantime, you can read more about our teams on our careers site.",
]
ACK_NEXT_CASUAL = [
    "Should have something for you by the end of next week.", "No promises on timing, it's a busy month, but you'll hear from me either way.",
    "", "", "I'm reading everything myself, so bear with me.",
]
ACK_TEST = [
    "As the next step, please complete our online assessment: {link}. It takes about 45 minutes and must be finished within 5 days.",
    "Every applicant for this role is invited to a short coding test. Start it here when you're ready: {link} (valid 7 days).",
    "To continue, please record a short video interview (3 questions, 2 minutes each): {link}",
    "The next stage is an online situational judgement test. You can take it any time before {day}: {link}",
]

# ---------------------------------------------------------------- employer mail that decides nothing
NEG_EMP = [
    "Thanks for making the time today - I really enjoyed the conversation. We're seeing a few more people this week and I'll be in touch after that.",
    "Quick update: your application is still being reviewed. The hiring manager is travelling, so it'll be another week or so.",
    "Just a heads up that we're a bit behind on decisions - nothing's wrong, we just have a lot on.",
    "Could you send me your notice period and salary expectations when you get a moment? Just so I have them on file.",
    "Looking forward to seeing you {day} at {time}. Ask for me at reception.",
    "Welcome aboard! Attached are the new-starter form and the equipment request - please send them back before your first day.",
    "I'm afraid our policy is not to share interview feedback, but I really appreciate you asking.",
    "Thanks for letting us know you've accepted another role - congratulations, and good luck!",
    "Understood, and thanks for telling me. I'll withdraw your application on our side.",
    "Would it be OK for us to contact your two referees this week?",
    "Hi - the {role} role you asked about closed before I could put anyone forward, so there's nothing to apply to right now. I'll keep your details in mind.",
    "Your application is in the queue - we haven't made any decisions on this role yet.",
    "Thanks for your time on the phone earlier. I've written up my notes and shared them with the team; they'll look at everything together on {day}.",
    "Just checking you received the interview confirmation for {day}? The calendar invite bounced once.",
    "Payroll needs your bank details and tax form before your start date - the link is in the onboarding portal.",
    "Are you still on the market? We might have something in a couple of months, but nothing open right now.",
    "Sorry to hear about the other offer falling through - I'll let you know if anything changes on our side, but nothing's moved yet.",
    "We're still finalising the interview panel, so I can't give you a date yet. Should be early next week.",
    "Just confirming we've moved your start date to the 1st as you asked. Nothing else changes.",
    "Thanks for sending the references so quickly. I've passed them on.",
    "Our offices are closed between the holidays, so replies from us will be slow until the 5th.",
    "We've had to move the start of the interviews back by a week, so nothing's been decided yet - sorry for the wait.",
    "I've forwarded your portfolio link to the design lead; she'll take a look before the panel meets.",
    "Just to let you know I'm off from Friday - my colleague {mgr} will look after your application while I'm away.",
    "The interview is confirmed for {day} at {time}; parking details are in the calendar invite.",
]
