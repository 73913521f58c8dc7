"""Sentence banks for writer w8: what recruiters, agencies, founders and candidates say.

Grouped by meaning (a decision, a reason, a piece of feedback, a look-alike) so that the
generators can combine them at sentence level; placeholders are filled by ``_w8_kit.fill``.
"""

from __future__ import annotations

# ------------------------------------------------------------------ greetings / closers (shared by all labels)
HI_CASUAL = ["Hi {me},", "Hey {me}", "hi {me}", "Hiya {me},", "{me} -", "Hey {me}!", "Morning {me},",
             "Afternoon {me},", "Hello {me},", "Hi {me} -", "{me},", "", "", "Hi there,", "Hey hey {me}"]
HI_FORMAL = ["Dear {me},", "Dear {me_full},", "Hello {me},", "Good morning {me},", "Hi {me},",
             "Dear Mr./Ms. {me_full},", "Good afternoon {me},", "Respected {me},", "Hallo {me},"]
BYE_CASUAL = ["cheers", "Cheers,", "thanks!", "Speak soon,", "ta", "Thanks,", "best", "Talk soon", "-", "x",
              "cheers!", "Thx", "Have a good one,", "All the best,", "Speak later"]
BYE_FORMAL = ["Kind regards,", "Best regards,", "Warm regards,", "With best wishes,", "Regards,",
              "Thanks and regards,", "Many thanks,", "Mit freundlichen Grüßen / Best regards,",
              "Best wishes,", "Sincerely,", "Yours,"]

SMALLTALK = [
    "Hope the week's been kind to you so far.",
    "Sorry for the radio silence, it's been a mad week here.",
    "Apologies this is a bit later than I said - I've been chasing them since Monday.",
    "Quick one as I'm between meetings.",
    "Hope you had a decent weekend!",
    "Typing this on the train so bear with me.",
    "Thanks for your patience while this has been going round the houses.",
    "Just back from a client visit and wanted to catch you before the end of the day.",
    "Hope all is well with you and the family.",
    "Firstly thanks again for being so flexible with times.",
    "Right, so I finally got hold of them.",
    "I know you've been waiting on this so I'll keep it brief.",
    "Sorry it took a while, their HR had a reorg this month.",
    "Bit of an update for you on {co}.",
    "It's been a busy one with Q4 hiring ramping up everywhere.",
    "Hope the move went ok btw.",
    "Thanks for sending the updated CV over last week.",
]
MARKET_RAMBLE = [
    "The market's been really odd this year - lots of roles opening and then sitting for weeks while budgets get signed off.",
    "I've had three clients this month all saying they want the same unicorn profile, which is fun.",
    "Contract rates have come down a bit but perm is holding up, especially for anyone with cloud on the CV.",
    "Everyone seems to be hiring for AI-something at the moment, whether they need it or not.",
    "I spoke to their head of engineering about the team structure too, which was useful background.",
    "On a side note, the office is 3 days a week but they are pretty relaxed about which days.",
    "Their process has changed a bit since the new VP came in, more stages than before.",
    "I had a long call with them yesterday about a couple of other things as well.",
    "They've been growing fast - about 40 people a year ago, closer to 120 now.",
    "Just so you know I've got a couple of other things on the go that might suit you, more on that separately.",
]
CLOSE_CASUAL = [
    "Any questions just give me a shout.",
    "Give me a ring if easier - I'm around all afternoon.",
    "Ping me on WhatsApp if that's quicker.",
    "Let me know your thoughts.",
    "Shout if anything's unclear.",
    "Speak soon hopefully.",
    "Call me whenever suits.",
    "Happy to jump on a call to talk it through.",
    "Lmk!",
    "Chat soon.",
]
CLOSE_FORMAL = [
    "Please do not hesitate to contact me with any questions.",
    "Feel free to reach out should you need anything further.",
    "Thank you once again for your time.",
    "I look forward to hearing from you.",
    "Wishing you all the best.",
    "Please let me know if anything is unclear.",
]

# ------------------------------------------------------------------ rejections
REJ_AGENCY = [
    "Unfortunately {co} have come back and they've decided not to move forward with your application.",
    "I'm afraid it's a no from {co} this time.",
    "Sadly the client has decided not to take things further with you for the {role} role.",
    "The hiring manager has been in touch and unfortunately they won't be progressing you to the next stage.",
    "I'm gutted to say {co} are going to pass on this occasion.",
    "Bad news I'm afraid - {co} won't be moving forward after the second round.",
    "They've let me know they're not going to offer on this one, sorry.",
    "Not the news we were hoping for - the client have decided to go in a different direction.",
    "Just had the call from {co} and it's not good news, they won't be taking you forward.",
    "So {co} got back to me and they're not going to proceed, unfortunately.",
    "Heard back from {hm} at {co} - they've decided you're not the one for this role, sorry to be blunt.",
    "The client reviewed your profile and they won't be inviting you to interview this time around.",
]
REJ_DIRECT = [
    "We've decided not to move forward with your application for the {role} position.",
    "I'm sorry to say we won't be taking your application any further.",
    "After a lot of back and forth we've decided not to offer you the role.",
    "we're going to pass for now, sorry.",
    "Unfortunately we won't be proceeding to the next round with you.",
    "I wanted to tell you personally that we've decided to go another way for the {role} role.",
    "Honestly it was a tough call but we're not going to make you an offer.",
    "we've decided not to progress you, I'm sorry.",
    "We won't be moving ahead with you for this one.",
    "I have to let you know that we will not continue the process with you.",
    "After talking it over with the team, it's a no from us on this occasion.",
    "We really appreciated meeting you but we won't be extending an offer.",
    "im afraid we're not going to move forward. sorry for the delay in telling you.",
    "We have decided to end the process here for your application.",
]
REJ_SOFT = [
    "Everyone enjoyed talking with you, and I really wish I had better news, but we're not going to take it further.",
    "You were genuinely in the mix right until the end, which makes this harder to write: we're not moving forward.",
    "It's not a reflection of your ability, but we won't be progressing your application.",
    "We were impressed by a lot of what we saw; even so, the decision is not to go ahead with you for this role.",
    "I'd love to keep in touch for future things, though for this role we'll be stopping here.",
]
REASON = {
    "role_filled": [
        "they've gone with an internal candidate who came forward late in the process.",
        "the position has now been filled.",
        "they made an offer to another person last week and it's been accepted.",
        "someone already in the business has been moved across into the role.",
        "they've hired for it - the successful person starts next month.",
        "the seat got filled by a referral before we could get you to final.",
        "we've just signed someone for it.",
        "the vacancy is no longer open as it's been filled.",
    ],
    "budget_freeze": [
        "there's now a hiring freeze across the whole group until the new financial year.",
        "finance pulled the budget for the headcount on Friday.",
        "all external hiring has been paused while they go through a funding round.",
        "the board froze new headcount for Q3, so nothing's moving.",
        "the budget for this hire has been put on hold indefinitely.",
        "we've lost the budget for the position after the latest forecast.",
        "head office has put a stop on all new hires for the time being.",
    ],
    "closer_fit": [
        "they've gone with someone whose background lines up more closely with what the team does day to day.",
        "another candidate had more direct experience in payments, which tipped it.",
        "they found a person whose profile matched the brief a bit more closely.",
        "we've chosen to proceed with a candidate with more hands-on experience in our exact stack.",
        "the other finalist had spent years in the same industry and that swung it.",
        "they felt another applicant was a closer match to the requirements.",
        "they went for someone with a more relevant domain background.",
    ],
    "level_mismatch": [
        "they're really after someone more senior who can lead the team from day one.",
        "on reflection the role is pitched at a more junior level than your experience, and they worry you'd be bored.",
        "they've decided they need a staff-level person rather than a senior.",
        "the team wants someone at lead level and felt your experience is a step below that.",
        "they think you'd be overqualified for what is essentially a mid-level position.",
        "the scope has shifted towards a principal hire, which is above where you're at right now.",
    ],
    "role_cancelled": [
        "the role itself has been scrapped after a restructure.",
        "the project the hire was for got cancelled, so they're not recruiting for it anymore.",
        "they've decided not to fill the position at all after a rethink of the team.",
        "the vacancy has been withdrawn following a change in strategy.",
        "the whole team is being merged into another department and the opening's gone.",
        "the role has been pulled altogether, nothing to do with you.",
    ],
}
REASON_LEAD = ["Reason being", "The reason given is that", "Basically", "From what I understand,",
               "They told me", "The short version is", "As far as I can tell", "Apparently", "In short,",
               "To be transparent,"]
NO_FEEDBACK = [
    "They don't give detailed feedback as a policy, so I haven't got much more than that I'm afraid.",
    "We had a really strong field of candidates this time.",
    "I did push for feedback but they said company policy is not to share it.",
    "Due to the volume of applicants we aren't able to give individual feedback.",
    "We had a lot of very good people apply.",
    "I asked for more detail but their HR said they can't share specifics.",
    "It was an extremely competitive process.",
    "Unfortunately I'm not able to go into the reasons in detail.",
]
KEEP_IN_TOUCH = [
    "I'll definitely keep you in mind for anything else that comes in.",
    "Let's keep talking - I'll send over anything that looks a better fit.",
    "We'd be happy to see you apply again in future.",
    "Please don't let this put you off.",
    "Chin up, there's plenty out there for someone with your background.",
    "I'll keep your details on file if that's ok.",
    "Wishing you luck with the search.",
]

# ------------------------------------------------------------------ feedback (weaknesses, by topic)
FB = {
    "coding": [
        "the live coding was where it fell down - the solution got there in the end but took a lot of prompting",
        "{hm} felt the code in the pairing session was a bit messy and light on tests",
        "they weren't convinced by the coding exercise, a couple of edge cases were missed and it didn't run first time",
        "the take-home worked but the structure was hard to follow and there were no tests at all",
        "in the technical round you struggled to get a working solution inside the time",
        "the engineers thought your implementation was quite brute force and you didn't spot the more efficient approach",
        "the hands-on part didn't go so well, you got stuck on the string parsing for a long while",
    ],
    "system_design": [
        "they'd have liked to see you reason more about how the service would scale once traffic grows",
        "the architecture discussion stayed quite high level, not much on data partitioning or failure modes",
        "in the design round you jumped to a solution without talking through the trade-offs",
        "{hm} said the design session was the weaker part - caching and queues never really came up",
        "your design didn't really cope with the multi-region requirement they threw in",
        "they felt the whiteboard architecture had a single point of failure you didn't notice",
    ],
    "technical_depth": [
        "when they dug into Kubernetes internals the answers got a bit thin",
        "they wanted more depth on the database side - indexes, isolation levels, that sort of thing",
        "the panel felt your knowledge was broad but didn't go very deep once they pushed on specifics",
        "a few of the follow-up questions on concurrency exposed some gaps",
        "they were hoping for a stronger grasp of the fundamentals behind the tools on your CV",
        "you explained what you'd used but not really why it works under the hood",
    ],
    "behavioural": [
        "the competency questions were the sticking point - the examples didn't quite land",
        "they said your stories about handling conflict were a bit vague and lacked a clear outcome",
        "in the behavioural round they wanted more concrete examples of times you led something",
        "your answers about past challenges were quite general, they'd have liked the STAR format more",
        "the values interview didn't go as well, they struggled to get specific situations out of you",
        "when asked about a failure, the example you gave didn't show much reflection",
    ],
    "communication": [
        "a couple of people mentioned that your answers were quite long and hard to follow",
        "they felt you could structure your explanations more clearly for non-technical people",
        "the stakeholder presentation lost them a bit, too much detail and not a clear message",
        "{hm} said it was sometimes difficult to follow your thought process out loud",
        "they'd have liked you to be a bit more concise and get to the point",
        "explaining the project to the product person didn't quite connect",
    ],
    "questions_to_ask": [
        "they noticed you didn't have many questions for them at the end, which came across as low interest",
        "when given the chance to ask about the team you didn't really dig in",
        "the panel expected more curiosity about the product and the roadmap",
        "{hm} pointed out that you didn't ask anything about the role itself",
    ],
    "composure": [
        "you seemed quite nervous in the final and it affected how you came across",
        "when the panel challenged your answer you got a bit flustered",
        "under the time pressure in the exercise things seemed to unravel a little",
        "they could tell the nerves got to you in the first half hour",
        "when the live demo broke you lost your footing and didn't recover",
    ],
    "experience_level": [
        "they felt you haven't yet had enough time leading people for this one",
        "you've not had exposure to a team of this size before and they picked up on that",
        "{hm} thought you'd need a bit more experience running projects end to end",
        "the gap was mostly hands-on experience with production systems at scale",
        "they want someone who has already owned a P&L and that didn't come through",
    ],
    "collaboration": [
        "in the group exercise you tended to work alone rather than bring the others in",
        "they had some doubts about how you'd work with the product team day to day",
        "the pairing felt a bit one-sided, you didn't take on much of the interviewer's input",
        "they mentioned you talked over other people in the group task a couple of times",
        "there was a feeling you'd prefer to work in isolation, which doesn't suit their set-up",
    ],
    "cv_positioning": [
        "the CV undersells the impact - it reads as a list of tasks rather than results",
        "your portfolio didn't really show the kind of work this role needs, the strongest stuff was buried",
        "they said the CV made you look more junior than you came across in person",
        "the application didn't make the link between your experience and their requirements very clear",
        "honestly the CV is long and the relevant bits are on page 3, worth tightening",
        "your case studies were heavy on visuals but didn't explain your own role in the work",
    ],
}
FB_LEAD = [
    "The feedback I got was that", "In terms of feedback,", "What they said was that", "To be honest,",
    "Main thing from their side:", "The one area they flagged -", "Fwiw", "If it helps,",
    "Some feedback from the panel:", "Candidly,", "So the feedback:", "From the debrief,",
]
FB_MORE = ["Also,", "On top of that,", "They also mentioned", "The other point was that", "Plus", "And"]
PRAISE = [
    "They really liked your energy and the way you talked about your current team.",
    "The coding was actually solid, they said that part was clean and well tested.",
    "{hm} said your product sense stood out.",
    "Your experience with migrations was a big plus.",
    "They thought you were very personable and easy to talk to.",
    "The case study presentation was one of the best they'd seen.",
    "Your domain knowledge came across well.",
    "They were impressed with how you handled the stakeholder questions.",
]

# ------------------------------------------------------------------ interview invites
INV_AGENCY = [
    "Great news - {co} want to meet you! The hiring manager wants to see you {day} at {time}, does that work?",
    "So the client liked your CV and {hm} would like a first call, {mins} mins on Teams. Could you do {day} or {day2}?",
    "{co} are keen to get you in for the technical round. Can you send me a few slots for next week?",
    "Good news, you've been shortlisted. They'd like to do a phone screen this week - what's your availability?",
    "The hiring manager wants to meet you {day} - {time} at their office, it'll be about an hour. Shall I confirm?",
    "They want to move you straight to final stage! It's a 3-hour onsite with the team. Are you free {day}?",
    "Client is asking whether you'd be able to do a short online assessment before meeting them - link below, needs doing by {day}.\n{link}",
    "{hm} from {co} would like a quick informal chat about the {role} role before the formal interview. Can I give them your number?",
    "They'd like to set up a video interview - you can grab a slot straight in their calendar here: {link}",
    "Next step is a take-home task, should take around 3 hours, and then a review call with two engineers. Are you up for it?",
    "{co} would like to invite you for a second interview, this time with the CTO. {day} {time} is what they've offered.",
]
INV_DIRECT = [
    "Would you be up for a {mins} min call with me {day} at {time}? Just to chat through the role and your background.",
    "We'd like to invite you to a technical interview for the {role} position. Please pick a time that suits: {link}",
    "loved your application - can you do a quick call thursday or friday? just pick a slot here {link}",
    "We'd love to have you in for the final round. It's 3 short sessions back to back - are you free {day} afternoon?",
    "Next step would be a coding exercise, about 90 mins, done at home. I'll send the repo once you confirm.",
    "Could we do a first conversation on {day}? {time} works for me, happy to move it if not.",
    "I'm the hiring manager for the {role} role and I'd like to meet you. Free for a coffee-and-CV chat at our office {day}?",
    "we want to move you to the next stage - a system design session with two of our seniors. when are you free next week?",
    "Following your application I'd like to schedule a phone screen. Could you let me know your availability for the next few days?",
    "Hey, quick one - are you around for a video call tomorrow? Our CEO wants to meet the final candidates.",
    "We'd like you to do our online assessment as the next step - it's timed, {mins} minutes, link: {link}",
]
INV_RESCHED = [
    "Sorry to do this but {hm} is off sick {day} - could we move your interview to {day2} at {time2}?",
    "Slight change of plan, the panel can't make {day} anymore. Can you do {day2} at {time2} instead? Apologies!",
    "We need to reschedule your technical interview, something came up on our side. New slots are in the link: {link}",
    "the hiring manager has a clash, is it possible to push our call to {time2} on {day2}?",
]
REJ_PLUS_OTHER = [
    "They won't be taking you forward for the {role} role, BUT they've got a {role2} opening and want to interview you for that instead - {day} at {time}?",
    "The {role} position isn't going to work out as they're after someone more specialised, though {hm} would like to speak to you about a {role2} role. Could you do a call this week?",
    "We've decided not to progress you for {role}, however the team hiring a {role2} saw your profile and would like to invite you to a first interview. Slots: {link}",
    "not the outcome for the {role} role I'm afraid - but they loved you for a different team. would you be up for a chat with their {role2} hiring manager on {day}?",
]

# ------------------------------------------------------------------ acknowledgements
ACK = [
    "Got your CV, thanks - I'll have a proper look tonight and come back to you.",
    "Just confirming I've received your application for the {role} role.",
    "Thanks for applying! Your application has landed with us and the team will review it.",
    "Received, thanks {me}. I'll pass it to {hm} today.",
    "Thank you for your application for {role} - this is to confirm we have it.",
    "Thanks for sending this over, your CV is in and I'll submit it to {co} once we've spoken.",
    "Application received! Give us a week or so to go through everything.",
    "got it - thanks! will read through over the weekend",
    "Many thanks for applying via our website. We confirm your application has reached us.",
    "Thanks for reaching out and sending your resume, I've added it to our system for the {role} opening.",
    "We've received your application for the {role} vacancy (ref {req}) and will be in touch.",
    "Your CV has been received and forwarded to the hiring team at {co}.",
    "Thanks for your interest - I can confirm your application is with us.",
    "Hi, quick note to say thanks for your application to {co}, it's come through fine.",
]
ACK_NEXT = [
    "We try to respond to everyone within two weeks.",
    "If it's a match I'll call you to talk about next steps.",
    "No need to do anything for now.",
    "If you haven't heard in 10 days feel free to nudge me.",
    "Due to volume it might take a little while.",
    "",
]
ACK_ASSESS = [
    "As a first step we ask all applicants to complete a short online test - here's your personal link: {link}",
    "The next stage is a {mins}-minute video interview you record yourself. Please complete it within 5 days: {link}",
    "Before we talk, could you do our numerical reasoning assessment? Link: {link}",
    "We'd also like to invite you straight to a short screening call - book a slot here: {link}",
]

# ------------------------------------------------------------------ offers
OFFER = [
    "Amazing news - {co} want to offer you the job!! {salary} base, start date {start}. Written offer coming tomorrow.",
    "I'm delighted to say they've made you an offer for the {role} role.",
    "We'd love you to join us. I'm attaching the offer letter for the {role} position - {salary} plus the usual benefits.",
    "Just off the phone with {hm} and they want to extend an offer! Call me when you can and I'll run you through the numbers.",
    "Following your final interview we are pleased to offer you the position of {role}.",
    "Formal offer attached! Please have a read and let me know if anything needs clarifying.",
    "verbal offer confirmed in writing as promised: {role}, {salary}, start {start}. let me know your thoughts!",
    "the team were unanimous, we want to offer you the role. i'll send the contract over once you say yes",
    "They've come back with an offer at {salary} which is above what we discussed - really pleased for you.",
    "We would like to offer you employment as {role} starting {start}. Your compensation will be {salary}.",
    "It's a yes! Offer for {role} attached, they've asked for a response by {day}.",
]
OFFER_NEXT = [
    "Have a think and let me know by end of the week.",
    "Take the weekend to think it over.",
    "If you want to negotiate anything let's talk before you reply to them.",
    "Please sign and return by {day} if you're happy.",
    "Congratulations, really well deserved.",
    "Any questions on the package I'm here.",
]

# ------------------------------------------------------------------ voice-specific splits and extra variety
ACK_AGENCY = [
    "Thanks for sending this over, your CV is in and I'll submit it to {co} once we've spoken.",
    "Got your application for the {co} role through our site - thanks! I'll give you a call before I put you forward.",
    "Just confirming we've received your CV for the {role} vacancy. One of our consultants will review it shortly.",
    "Thanks {me}, your application for the {role} job with our client has come through to me.",
    "CV received 👍 I'll have a read and ring you tomorrow to talk about {co}.",
    "Thank you for applying for the {role} role via {agency}. This email confirms we have your details.",
    "Many thanks for your application, it's landed in my inbox. I'm recruiting this one on behalf of {co}.",
    "Thanks for applying - we've got your CV. Because we get a lot of responses to adverts, I'll only call if it's a match.",
]
ACK_DIRECT_EXTRA = [
    "Thanks for applying to {co}! A real human (me) has your CV and will read it this week.",
    "This is just to let you know your application for {role} came through okay.",
    "Application in - thanks! We're a small team so bear with us while we go through them.",
    "Thank you for your interest in joining {co}. We have received your application and will review it carefully.",
    "Hey, saw your application come in for {role}, thanks! I'll look properly once I'm back at my desk.",
    "Your application has been successfully submitted to {co}. Reference: {req}.",
]
OFFER_AGENCY = [
    "Amazing news - {co} want to offer you the job!! {salary} base, start date {start}. Written offer coming tomorrow.",
    "Just off the phone with {hm} and they want to extend an offer! Call me when you can and I'll run you through the numbers.",
    "They've come back with an offer at {salary} which is above what we discussed - really pleased for you.",
    "I'm delighted to say {co} have made you an offer for the {role} role.",
    "Drumroll... {co} are offering! {salary}, hybrid, {start} start. Paperwork to follow from their HR.",
    "Verbal offer in from {co}: {salary} plus benefits. I said you'd come back to me by {day}.",
    "The client would like to offer you the position - contract to follow once you're happy with the terms.",
]
OFFER_DIRECT = [
    "We'd love you to join us. I'm attaching the offer letter for the {role} position - {salary} plus the usual benefits.",
    "Following your final interview we are pleased to offer you the position of {role}.",
    "Formal offer attached! Please have a read and let me know if anything needs clarifying.",
    "verbal offer confirmed in writing as promised: {role}, {salary}, start {start}. let me know your thoughts!",
    "the team were unanimous, we want to offer you the role. i'll send the contract over once you say yes",
    "We would like to offer you employment as {role} starting {start}. Your compensation will be {salary}.",
    "It's a yes! Offer for {role} attached, they've asked for a response by {day}.",
    "so... we want you! offering {salary} for the {role} role, details in the attached letter",
    "I'm very happy to offer you the job. Base is {salary}; the written contract will come from our People team today.",
    "After discussing with the founders we'd like to make you an offer to join as {role}.",
]
REJ_PLUS_OTHER_R = [
    ("They won't be taking you forward for the {role} role, BUT they've got a {role2} opening and want to interview you for that instead - {day} at {time}?", None),
    ("The {role} position isn't going to work out as they're after someone with more specialised experience, though {hm} would like to speak to you about a {role2} role. Could you do a call this week?", "closer_fit"),
    ("We've decided not to progress you for {role}, however the team hiring a {role2} saw your profile and would like to invite you to a first interview. Slots: {link}", None),
    ("not the outcome for the {role} role I'm afraid - but they loved you for a different team. would you be up for a chat with their {role2} hiring manager on {day}?", None),
    ("The {role} job went to someone internal, but I'd like to put you in front of the {role2} team instead - they can do {day} at {time}.", "role_filled"),
    ("For {role} we're looking for someone more senior so we'll stop there, but our {role2} opening fits you better. Fancy a first call on {day}?", "level_mismatch"),
]
REJ_DIRECT += [
    "Sorry {me}, we're going with someone else.",
    "Writing with a decision on the {role} role - unfortunately it's not going to be you this time.",
    "We've completed the interviews and I'm sorry to say we won't be offering you the position.",
    "I'll be honest, we've decided not to go forward with you.",
    "Thanks for your patience - the team has decided not to move to an offer stage with you.",
    "Just letting you know we're closing your application on our side.",
]
REJ_AGENCY += [
    "Had a chat with {co} this morning and they've decided to go with another candidate, sorry {me}.",
    "Right, so the feedback from the client is a no for now.",
    "{co} have been in touch - sadly they're going to pass on your profile.",
    "They won't be inviting you back for the final, sorry to be the bearer of bad news.",
]
INV_DIRECT += [
    "I'd really like the rest of the team to meet you. Could you come in {day} for a couple of hours?",
    "Are you free for a chat with me and {hm} on {day}? Nothing formal, we just want to talk about the role you applied for.",
    "Can we get a 20 min phone call in this week? Grab any time here: {link}",
    "Next step is a pairing session with one of our engineers - {mins} minutes, remote. Does {day} or {day2} suit?",
]
INV_AGENCY += [
    "Positive news - the hiring manager wants to meet you Thursday. Could you do 10am or 2pm?",
    "{co} want a first-stage video call with you. They've sent over times for {day} and {day2}, which is better?",
    "Client's invited you to do their technical test - it's online, about an hour. I'll send the login once you say go.",
]

SMALLTALK += [
    "Sorry, been stuck in back-to-back calls all morning.",
    "Hope you survived the heatwave.",
    "Writing this between school runs, forgive the brevity.",
    "Thanks for being so patient with us, I know it's been a slow one.",
    "Just landed in Singapore so replying from the airport.",
    "Happy Friday!",
    "Hope the new flat is treating you well.",
    "It's been a hectic quarter so apologies for the slow reply.",
    "Thanks for picking up my call yesterday.",
    "I meant to send this last night, sorry.",
]
CLOSE_CASUAL += [
    "Drop me a text if you want to talk it over.",
    "I'm around till 6 if you want a quick call.",
    "Holler if you need anything.",
    "More soon.",
    "Ring me whenever, mobile's below.",
    "Any probs just reply here.",
]
CLOSE_FORMAL += [
    "Should you have any questions, I am happy to help.",
    "Thank you for your understanding.",
    "I remain available for any clarification.",
    "With thanks for your continued interest.",
]
KEEP_IN_TOUCH += [
    "I'll keep an eye out for roles that suit you better.",
    "Let's catch up in a couple of weeks and see what else is around.",
    "Do keep an eye on our careers page - we'll have more openings in the new year.",
    "Genuinely hope our paths cross again.",
    "If it's alright with you I'll hold on to your CV for similar openings.",
    "I've got a couple of other clients I think you'd suit, will be in touch.",
]
NO_FEEDBACK += [
    "I'm afraid I don't have any detailed feedback to pass on.",
    "It came down to a really close call between the finalists.",
    "We're not in a position to share individual feedback on interviews.",
    "The panel's notes are confidential so I can't go into specifics, sorry.",
]
ACK_NEXT += [
    "You'll hear from us either way.",
    "I'll be in touch by the end of next week.",
    "We review applications on a rolling basis.",
    "Keep an eye on your spam folder just in case.",
]
OFFER_NEXT += [
    "Shout if you want to go through the benefits in more detail.",
    "The contract will come through DocuSign.",
    "Really chuffed for you!",
    "Let me know once you've had a chance to talk it over at home.",
]
PRAISE += [
    "The panel rated your communication highly.",
    "Your portfolio was strong, especially the onboarding redesign.",
    "They liked how calmly you handled the curveball question.",
    "{hm} was impressed with your knowledge of the regulatory side.",
]
FB_LEAD += ["Honest feedback from {hm}:", "Between us,", "Where it fell short:", "For what it's worth,"]
