"""Writer w30: sentence banks. Decisions said without the stock words, and filler said with them.

Placeholders: {co} company, {role}, {fn} candidate, {me} sender, {other} colleague, {day}, {time},
{city}, {link}, {sal}, {ref}.
"""

# -- rejections: the decision, mostly without the usual trigger words -------------------------
REJECT = [
    "We've had a long think about the {role} role and we're going to keep looking.",
    "The team has landed on someone else for this one.",
    "I don't think this one's going to work out, and I'd rather tell you straight than leave you hanging.",
    "We've made our pick for the {role} position, and it isn't you this time. Sorry to be the one to say it.",
    "You won't be hearing from us about next steps for this one.",
    "After the debrief we decided not to take things further with you for {role}.",
    "We're going to call it here on the {role} process as far as you're concerned.",
    "It's a no from us on this occasion, I'm afraid.",
    "We won't be progressing your application for {role}.",
    "The panel didn't feel it was quite the right match, so we'll stop here.",
    "We've decided to go in a different direction for the {role} hire.",
    "I'm sorry to say we'll be passing on this one.",
    "Closing the loop: we won't be taking your application any further.",
    "Having weighed everything up, the hiring group chose another person for the seat.",
    "I wanted to tell you myself that the {role} job won't be coming your way.",
    "We're not going to be able to bring you on for {role}.",
    "This one's a pass from the team, sadly.",
    "It's not going to be a yes for {role}.",
    "We've wrapped up the search and yours wasn't the name we went with.",
    "Your application for {role} has reached the end of the road with us.",
    "We'll be stepping away from your application at this point.",
    "The decision has gone the other way for you this time.",
    "There won't be a further stage for you on this one. Sorry.",
    "We're going to stop here rather than set up another round.",
    "I'm afraid we won't be putting you through to the next round.",
    "Honestly, it was close, but the team went with someone else.",
    "We had to make a call on the shortlist and you're not on it this time round.",
    "The answer on the {role} job is no, though we'd be glad to hear from you again down the line.",
    "We've given the job to another applicant.",
    "I'll level with you: the hiring manager has chosen a different person.",
    "You're not through to the final stage, I'm sorry to say.",
    "We've closed out the {role} process without you, and I know that's not what you hoped to read.",
    "Short version: we won't be hiring you for {role}. Longer version below.",
    "We're going to leave it there for your candidacy.",
    "The role's gone to somebody else, and I wanted you to hear it from me rather than a system email.",
    "I'm writing with the answer you were probably dreading: we won't be going ahead with you.",
    "We don't see this becoming a hire, so we'll bow out now rather than drag it on.",
    "We've decided you won't be part of the next round for {role}.",
    "Thanks for bearing with us. We're not going to be taking you any further.",
    "After a lot of back and forth the team chose not to proceed with you.",
]
# a few with the stock words, so the style is not a word-list of its own
REJECT_STOCK = [
    "Unfortunately we have decided not to move forward with your application for {role}.",
    "We regret to inform you that we will not be progressing your candidacy.",
    "After careful consideration we have decided to pursue other candidates.",
    "Unfortunately, on this occasion, your application has not been successful.",
]
REASON = {
    "role_filled": [
        "the seat got filled last week by someone who'd been in the pipeline longer",
        "somebody accepted the job on Friday",
        "the position has now been taken",
        "we signed someone for it a couple of days ago",
        "an internal person put their hand up for it and got it",
        "the vacancy went to a person who came in through a referral before we reached your stage",
        "the post has been filled",
        "we've already got a start date agreed with the person we chose",
    ],
    "budget_freeze": [
        "finance has put a freeze on new heads until next year",
        "the money for this hire got pulled in the budget round",
        "a hiring pause has come down from above and we can't add anyone right now",
        "headcount has been frozen across the company",
        "our funding round slipped and we can't take on salaries at the moment",
        "the board has paused all new hires for the quarter",
        "the grant that was paying for the post didn't come through",
    ],
    "closer_fit": [
        "we met someone whose background lines up more tightly with what the team does day to day",
        "another applicant had hands-on time with exactly our setup",
        "we went with someone whose past work mapped almost one-to-one onto the brief",
        "the person we chose had run a near-identical project before",
        "someone else's experience was a more direct match for the job as written",
        "a candidate came through who'd done this exact job in our sector",
    ],
    "level_mismatch": [
        "we're after someone with a good deal more seniority for this one",
        "the job sits at a more junior level than you and we worry you'd be bored within a month",
        "we realised we need somebody who's already led a team",
        "we've decided the role needs a principal-level person",
        "it's pitched well below where you are in your career",
        "we need someone further along, with a few more years behind them",
    ],
    "role_cancelled": [
        "the role itself has been scrapped in a reorganisation",
        "the team's been merged and the position no longer exists",
        "we've decided not to hire for this at all",
        "the project the hire was for got shelved",
        "the job's been pulled entirely",
        "the post has been withdrawn while we rethink the structure",
    ],
}
REASON_LEAD = ["The reason is simple: {r}.", "In short, {r}.", "To be transparent, {r}.",
               "For what it's worth, {r}.", "It came down to this: {r}.", "Frankly, {r}.",
               "Part of it is that {r}.", "The honest reason is that {r}."]
INTERVIEW_CANCELLED = [
    "I need to cancel {day}'s session with {other}, because {r}.",
    "We'll have to call off the meeting we'd pencilled in for {day}: {r}.",
    "Please disregard the calendar hold for {day}. I'm sorry, but {r}.",
]
# keep-on-file and soft closes: still rejection only
SOFT_CLOSE = [
    "We'll hold on to your details and give you a shout if something closer comes up.",
    "Do keep an eye on our careers page; there'll be more roles in the new year.",
    "I'd genuinely be glad to see your name come through again for a different role.",
    "We'll keep your CV on file for six months, if that's alright with you.",
    "Best of luck with the search; someone's going to be lucky to get you.",
    "I hope our paths cross again.",
    "Thanks again for the time you put into this.",
]

# -- feedback: weaknesses by topic, indirect -----------------------------------------------
WEAK = {
    "coding": [
        "in the pairing bit the code got tangled, the tests came late and a couple of edge cases slipped through",
        "the take-home worked, but it was hard to follow, with functions doing three jobs at once",
        "we'd have liked the exercise code to be a lot tidier than it was",
        "you got stuck on the parsing part for longer than we'd hoped, and it never quite ran",
        "the solution ran, but bits of it wouldn't have got past review here",
        "the live coding showed some shakiness with the basics, loops and off-by-ones mostly",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the service would scale",
        "when we got to the whiteboard architecture, the data flow and failure cases stayed fuzzy",
        "the big-picture part, queues and caching and what breaks at ten times the load, felt thin",
        "we didn't hear much about trade-offs between storage options when designing the booking system",
        "the design you sketched would have fallen over the first time a region went down, and that didn't come up",
    ],
    "technical_depth": [
        "when we dug a level below the surface on database internals the answers got vague",
        "a few answers stayed at buzzword level when we pushed for detail",
        "we wanted more depth on how the tools you'd used actually work under the hood",
        "the follow-ups on concurrency showed some gaps in the fundamentals",
        "on the specialist questions it felt like you knew the names but not the mechanics",
    ],
    "behavioural": [
        "your stories about past situations were a bit general, and we struggled to hear what you personally did",
        "when we asked about a time things went wrong, the example didn't really land",
        "the conflict question needed a concrete example rather than how you'd handle it in theory",
        "the examples from your last job were thin on what happened and what you changed afterwards",
    ],
    "communication": [
        "you lost us a few times explaining your thinking; slowing down and giving it some structure would help",
        "answers tended to run long and wander off the question",
        "it was sometimes hard to follow the thread of what you were getting at",
        "the presentation was packed with detail but the main point got buried",
    ],
    "questions_to_ask": [
        "when we gave you the floor at the end you didn't have much to ask us, and the panel noticed",
        "we'd have loved a bit more curiosity about the team and the work itself",
        "you didn't ask anything about the job, which left people unsure how keen you were",
    ],
    "composure": [
        "you seemed quite rattled once the live exercise went sideways",
        "nerves got the better of you in the second half",
        "when the pressure came on you went quiet and it was hard to get back on track",
        "the curveball question really threw you, and it showed for the rest of the hour",
    ],
    "experience_level": [
        "you're a little early in your career for the scope we need",
        "the panel felt you haven't yet had enough time owning things end to end",
        "we need more years running things in production than you've had so far",
        "you haven't yet managed people, and this job leans on that from day one",
    ],
    "collaboration": [
        "in the pairing session you tended to go off on your own rather than work it through with {other}",
        "in the group task it felt like you were working around the others rather than with them",
        "you didn't bring the rest of the group in much during the team exercise",
        "a couple of the panel felt you talked over {other} during the joint problem",
    ],
    "cv_positioning": [
        "your CV undersold the relevant work; we only found out about the payments project by asking",
        "the portfolio didn't show the sort of work this job needs, so lead with the data pieces next time",
        "the way your CV is pitched reads more project-manager than hands-on",
        "the application didn't make clear how your background connects to what we do",
    ],
}
TECH_TOPICS = {"coding", "system_design", "technical_depth"}
WEAK_LEAD = ["If it's useful: {w}.", "One thing the panel kept coming back to: {w}.",
             "The honest bit of feedback is that {w}.", "Where it fell down a little: {w}.",
             "If I'm being straight with you, {w}.", "For next time, {w}.",
             "The main note from {other} was that {w}.", "What tipped it: {w}.",
             "{W}.", "A pointer for the future: {w}."]
PRAISE = [
    "You clearly know your stuff, and the team enjoyed talking with you.",
    "Your energy came across really well on the day.",
    "We liked how you talked about your last team.",
    "The written piece you sent was genuinely good.",
    "Everyone agreed you were easy to talk to.",
    "The way you handled the opening questions was great.",
    "You obviously care about the craft, which came through.",
]

# -- invitations: no "interview" in most --------------------------------------------------
INVITE = [
    "Can you come in and meet {other} on {day}?",
    "Next up is a working session with two of our engineers, about ninety minutes. Would {day} suit?",
    "Grab 30 minutes on my calendar whenever suits: {link}",
    "We'd love to get you in front of the team. Would {day} at {time} work?",
    "The next step is a short call with our head of department; pick a slot here: {link}",
    "We'd like you to have a crack at a short exercise. It takes about two hours and you can do it any time before {day}.",
    "Would you be up for a coffee and a chat with {other} and me next week?",
    "The team would like to see you for the last round at our {city} office.",
    "I've set up an online assessment for you; the link below is open until {day}.",
    "Please record a short video answering three questions (about 20 minutes): {link}",
    "Are you free for a quick call on {day}? I'd like to walk you through the job and hear about you.",
    "Could you pop by on {day} afternoon for a trial shift and a chat with the owner?",
    "We'd like you to join our assessment day in {city} on {day}.",
    "Let's get a time in the diary for you to meet the founders. {day} or {day2}?",
    "{other} would like to talk shop with you for an hour. Can you do {day} at {time}?",
    "We'd like to move you on to the next stage, which is a conversation with {other}. Book a time here: {link}",
    "Fancy coming in to see the place and meet the crew on {day}?",
    "You're through to the panel round. Reply with a couple of times that work next week.",
    "How would {day} at {time} be for a video call with the hiring manager?",
    "We'd like to do a deeper technical session with you, pairing on a small problem. Here's the booking link: {link}",
    "I'd love to hear more about you. Any chance of a 20-minute phone call this week?",
    "Next is a case study you'd present to three of us; could you come to {city} on {day}?",
    "Would you be open to a chat with our CTO? She has {day} at {time} free.",
    "Can we grab you for a screening call? Just pick whichever slot suits from {link}.",
]
INVITE_STOCK = [
    "We'd like to invite you to an interview for {role}.",
    "We are pleased to invite you to a first-round interview.",
    "Please use the link to schedule your phone interview: {link}",
]
INVITE_LOGI = [
    "It's informal, no need to prepare slides.",
    "You'll be working in your own editor, so set up whatever you're comfy with.",
    "We're at the top of the building; buzz the intercom and someone will come down.",
    "Bring some ID for the front desk.",
    "A video link will follow once you've picked a time.",
    "If none of those times work, tell me what does and I'll move things around.",
    "Wear whatever you like, honestly; we're a jeans sort of place.",
    "There's parking round the back, or it's ten minutes from the station.",
    "It'll be {other}, who'd be your manager, and one of the team.",
    "Expect a mix of talking through your past work and a small practical bit.",
]
RESCHEDULE = [
    "{other} has been pulled into something on {day}, so could we move our session to {day2} at {time}?",
    "Sorry to do this, but we need to shift your meeting with the team. New slot options are here: {link}",
]

# -- acknowledgements: no "received" ----------------------------------------------------------
ACK = [
    "Thanks for throwing your hat in the ring for {role}.",
    "Your application for {role} is with the hiring team now.",
    "Just a note to say your details came through safely.",
    "We've got your CV and it's in the pile for {role}.",
    "This is to confirm your application for {role} at {co} has landed with us.",
    "Your submission for {role} has been logged under reference {ref}.",
    "Thanks for applying. A real person will read it properly.",
    "Cheers for sending your application through; it's now sitting with {other}, who's hiring for the role.",
    "Consider this a quick hello to say we have your application for {role}.",
    "All good, your application made it to us and nothing else is needed from you right now.",
    "Thanks for your interest in {co}: your details for {role} are safely in our system.",
    "Glad you spotted the {role} job. Your application is in.",
    "We've logged your interest in {role} and passed it to the team.",
    "Your CV and cover note for {role} have arrived with us.",
]
ACK_NEXT = [
    "If it looks like a match we'll be in touch to set something up.",
    "We read every application ourselves, so give us a week or two.",
    "There's nothing else you need to do for now.",
    "The closing date is {day}, and we'll look at everything after that.",
    "If you don't hear back within three weeks, it's safe to assume it hasn't gone further this time.",
    "Feel free to reply here if anything changes on your side.",
]

# -- offers: no "offer" in most ----------------------------------------------------------------
OFFER = [
    "We want you on the team. Here's what we can do on salary: {sal}, plus the usual benefits.",
    "We'd love you to join us as {role}. The package we've put together is {sal} with 25 days' leave.",
    "Good news: the team's unanimous and the job is yours if you want it.",
    "We'd like to make it official and bring you on as {role}, starting {day} if that works.",
    "I'm delighted to say we'd like you to come and work with us. Paperwork attached; base salary {sal}.",
    "Consider this the written version of what I said on the phone: the role's yours at {sal}.",
    "You're our pick for {role}! Attached is the contract with a starting salary of {sal}.",
    "We'd be thrilled to have you. Here are the numbers we can do: {sal} base, equity details attached.",
    "The decision's made and it's you. We'd like you to start as our {role}; the terms are in the PDF.",
    "Welcome aboard, if you'll have us! The proposed salary is {sal}; have a look and tell me what you think.",
    "We'd like to hire you for {role} at {sal}. Let me know if you'd like to talk the numbers through.",
]
OFFER_STOCK = ["We are delighted to offer you the position of {role}.",
               "Please find attached your offer letter for {role}."]
OFFER_NEXT = [
    "Have a think and let me know by {day}.",
    "There's a three-month probation, standard for everyone.",
    "Happy to jump on a call if you want to talk anything through.",
    "Sign where it's marked and send it back whenever you're ready.",
    "We can be flexible on the start date.",
]

# -- feedback requests (Sent) -------------------------------------------------------------------
ASK = [
    "If you have a few minutes, would you be able to tell me what held me back?",
    "Any pointers on where I fell short would be really useful for next time.",
    "Would you mind sharing what the panel thought I could have done better?",
    "Is there anything in particular I should work on before going for something similar?",
    "I'd really value a line or two on what tipped the decision.",
    "Could you let me know which parts of the process I was weakest in?",
    "If there's any feedback from the team, good or bad, I'd be grateful to hear it.",
    "I'd love to know what I could do differently, if you're allowed to say.",
    "Would it be possible to get some notes from the technical round?",
    "Was there something in my answers that didn't sit right? Honest is fine.",
]
ASK_OPEN = [
    "Thanks for letting me know about the {role} role, and for being straight with me.",
    "Thank you for getting back to me, even though it wasn't the answer I'd hoped for.",
    "Appreciate you telling me about {co}'s decision.",
    "Thanks for the update on {role}. Disappointed, obviously, but I understand.",
    "I was sorry to read your note, but thank you for the quick reply.",
]
ASK_CLOSE = [
    "No worries if it's not possible.",
    "Thanks again, and best of luck with the new hire.",
    "I enjoyed meeting everyone and would like to apply again some day.",
    "Either way, thanks for your time.",
]

# -- neutral filler shared by all ---------------------------------------------------------------
FILLER = [
    "Thanks again for the time you've put in so far.",
    "Hope the week's treating you well.",
    "It was good to hear about what you've been building.",
    "I know waiting is no fun, so I wanted to write as soon as I could.",
    "{other} asked me to pass on her thanks too.",
    "We're a small team, so everyone gets involved in hiring.",
    "Sorry this has taken a bit longer than I said it would.",
    "Things have been hectic here with the move to the new office.",
    "It's been a busy few weeks on our side.",
    "Thanks for your patience while we sorted our end out.",
    "Quick one from me today.",
    "Apologies for the radio silence last week.",
]
