"""w43 fragments for employer mail that carries a label. Written lower-case first; composed in gen_w43_people."""

# ---------------------------------------------------------------- rejection: the deciding line, no reason given
REJ_PLAIN = [
    "we're going to pass on this one.",
    "it's a no from us this time, sorry.",
    "we've decided not to move ahead with you for the {role} role.",
    "the team is going a different way on this hire.",
    "we're going to hold off on taking you further.",
    "you're not going through to the next round, I'm sorry to say.",
    "we won't be offering you the {role} job.",
    "we're not going to take it any further from here.",
    "the panel didn't land on you, and I wanted you to hear it from me rather than a form letter.",
    "this one isn't going your way, unfortunately.",
    "we've gone with someone else for the {role} spot.",
    "you didn't make the final shortlist.",
    "I've been asked to let you know it's not a yes.",
    "after a fair bit of back and forth we're not moving forward with you.",
    "gonna be a no from us, sorry {first}.",
    "we've called it and we're stepping back from your application.",
    "I'm closing you out on the {role} process, sorry it's not better news.",
    "we're not in a position to make you an offer.",
    "we'll leave it here rather than bring you back for the final.",
    "the decision went against you on this one.",
    "honestly it was close, but we're not progressing you.",
    "we talked it through this morning and it's a pass.",
    "short version: we're not moving ahead.",
    "I don't have the news you were after: we won't be continuing with your application.",
    "the hiring group decided to stop your process at this stage.",
    "we're bowing out of the process with you.",
    "sadly we're going to say no on the {role} role.",
    "the answer from the team is no for now.",
    "you weren't picked for the last stage this time round.",
    "we've finished the round and you won't be moving on.",
]

# said by an agency recruiter about the client
REJ_AGENCY = [
    "{client} have come back and they're not progressing you, sorry.",
    "heard back from {client}, it's a no unfortunately.",
    "{client} have decided to pass after the second stage.",
    "had feedback from {client} this morning, they're going to hold off on you.",
    "bad news I'm afraid, {client} aren't taking it further.",
    "{client} said thanks but no thanks on the {role} role, I'm gutted for you.",
    "{client} won't be moving you to final, sorry mate.",
]

# reason lines that already carry the decision (standalone)
REASON_ALONE = {
    "closer_fit": [
        "the team picked someone whose background lines up more with what they need.",
        "we went with a candidate who's done almost exactly this job before.",
        "we've offered it to someone whose experience is a tighter match for the stack, so we won't be moving you on.",
        "another finalist mapped more closely onto the brief, so it's a no from us.",
        "we're going with someone who's closer to what the role needs day to day.",
    ],
    "role_filled": [
        "the seat's been filled, so we can't take you further.",
        "we've got someone starting in the {role} job next month, so we'll stop things here.",
        "we filled it internally last week, so there's nowhere for your application to go.",
        "the role got filled before we could book your next round, sorry.",
    ],
    "budget_freeze": [
        "finance froze the headcount on Friday, so we can't hire for the {role} role at all right now.",
        "our budget for the hire got pulled in the Q2 review and we're not moving ahead with anyone.",
        "we've hit a hiring freeze and I have to stop your process.",
        "the money for this position isn't there anymore, so we're pausing the hire and won't be progressing you.",
    ],
    "level_mismatch": [
        "we need someone a notch more senior than where you are, so we're passing for now.",
        "honestly we think you're above the level of this one and we'd struggle to keep you interested, so it's a no.",
        "we're after someone with more years leading people, so we won't be moving ahead.",
        "the role ended up being scoped as a staff-level hire, which is more senior than your profile, so we're stepping back.",
    ],
    "role_cancelled": [
        "the role's been pulled, so we're stopping the process.",
        "we've shelved the {role} position entirely after a reorg, so I have to close your application.",
        "the team decided not to hire for this after all, so there's no role to offer.",
        "leadership cancelled the opening yesterday and we're not moving anyone forward.",
    ],
}

# reason lines that follow a decision
REASON_AFTER = {
    "closer_fit": [
        "we found someone whose experience matches the product side a bit more closely.",
        "it came down to another candidate with more hands-on time in payments, which is what this team lives in.",
        "someone else had direct experience with the exact tooling we use.",
        "the person we chose had run almost the same migration at their last place.",
    ],
    "role_filled": [
        "the position's been filled.",
        "we've already hired for it.",
        "the spot went to an internal transfer.",
        "someone accepted our offer on Tuesday.",
    ],
    "budget_freeze": [
        "the budget for the role got frozen.",
        "we're under a hiring freeze until at least the autumn.",
        "headcount was cut in the latest plan.",
        "our funding round slipped and all hiring is paused.",
    ],
    "level_mismatch": [
        "we're looking for someone more senior.",
        "they want a more junior person for this one, so the pay band wouldn't work for you either.",
        "the brief has shifted towards a lead-level hire.",
        "this one needs someone with a few more years in the seat.",
    ],
    "role_cancelled": [
        "the role has been cancelled.",
        "the position was withdrawn after a restructure.",
        "the project that needed this hire has been scrapped.",
        "we've decided not to fill the role at all.",
    ],
}

# ---------------------------------------------------------------- feedback on a weakness, per topic
FEEDBACK = {
    "coding": [
        "the live coding got tangled around the halfway mark and the tests never went green.",
        "your solution worked on the happy path but missed most of the edge cases we poked at.",
        "the code in the take-home was hard to follow, with a lot of logic crammed into one function.",
        "the pairing session stalled on the parsing bit and we didn't get to see much working code.",
    ],
    "system_design": [
        "the design discussion stayed pretty high level; we wanted to hear how it'd hold up at ten times the load.",
        "in the architecture round you didn't really get into data storage or failure modes.",
        "the design exercise felt unfinished, the caching and queueing parts were mostly hand-waved.",
    ],
    "technical_depth": [
        "when we dug into Kafka internals the answers got a bit thin.",
        "the panel wanted more depth on the ML side, the answers stayed at tutorial level.",
        "we didn't get much detail on how you'd actually tune the database once it was in production.",
        "on security fundamentals it felt like you knew the terms but not the mechanics underneath.",
    ],
    "behavioural": [
        "the examples about past projects were light on what you personally did versus the team.",
        "your stories didn't really show how you handled conflict or a project going sideways.",
        "the behavioural answers felt rehearsed and didn't land on concrete outcomes.",
    ],
    "communication": [
        "the answers tended to run long and the panel sometimes lost the thread.",
        "it was sometimes hard to follow your reasoning out loud.",
        "the presentation was dense and the key point got buried.",
    ],
    "questions_to_ask": [
        "you didn't have many questions for us, and the team read that as low interest.",
        "when we opened it up for questions there wasn't much there, which stood out.",
        "a couple of sharper questions about the team would have helped.",
    ],
    "composure": [
        "you seemed quite rattled once the whiteboard came out, and it never fully recovered.",
        "the nerves really showed in the second half and the answers got shorter and shorter.",
        "under a bit of pressure in the case round you seemed to freeze up.",
    ],
    "experience_level": [
        "you haven't yet run a team anywhere near this size, and that's what the job needs from day one.",
        "the panel felt you'd need more time doing hands-on client work first.",
        "we want someone who's already shipped at scale, and that came through as a gap.",
    ],
    "collaboration": [
        "the panel weren't sure how you'd get on working closely with product and design.",
        "in the group exercise you mostly worked alone rather than with the others.",
        "there was some worry about how you'd handle disagreements with peers.",
    ],
    "cv_positioning": [
        "your CV undersells the platform work, it reads like a support role.",
        "the portfolio didn't really show the research side, which is what we hire for.",
        "the CV is very long and the relevant bits are buried on page three.",
        "your application framed you as a generalist when the job wants a specialist.",
    ],
}

PRAISE = [
    "the panel really liked how you talked through the trade-offs.",
    "your take-home was one of the cleanest we got.",
    "everyone enjoyed talking to you, you were easy to be around.",
    "your product sense came through really well.",
    "the first round went really well and people noticed your energy.",
    "your writing sample was genuinely good.",
]

FEEDBACK_LEADS = [
    "if it helps, ", "one thing from the debrief: ", "for what it's worth, ", "the honest bit: ",
    "the main thing that came up: ", "quick bit of feedback: ", "in case it's useful, ", "",
    "the panel's notes boil down to this: ", "feedback-wise, ",
]

# said in rejections but not feedback
NOT_FEEDBACK = [
    "we saw a lot of strong people for this one.",
    "I'm not able to go into detail on the decision, that's how our people team runs it.",
    "it was a really busy round.",
    "we can't share individual feedback, sorry about that.",
    "it was a tough call with the number of applicants.",
]

REJ_SOFTEN = [
    "really appreciate the time you put in.",
    "thanks for hanging in through all the rounds.",
    "sorry to be the one telling you.",
    "I know that's not what you wanted to hear.",
    "hope something good comes along soon.",
    "I'd be glad to hear from you if something else opens up.",
    "keep going, you'll land somewhere good.",
    "",
]

# rejection + invite to another role
OTHER_ROLE = [
    "that said, {pm} on our {role2} team saw your profile and wants 20 minutes with you. free {day} at {time}?",
    "but we've got a {role2} opening I think suits you better. want to do a call about it this week? grab a slot here: {link}",
    "on a different note, would you be up for interviewing for the {role2} role instead? first step is a chat with {pm}, {day} any good?",
]

# ---------------------------------------------------------------- invitations
INVITE = [
    "got 20 min {day}? {pm} would like a quick chat about the {role} role.",
    "can we get you in for the onsite? {day} at {time} if that works.",
    "would you be up for a call with our CTO later this week?",
    "the panel wants to see you again, this time with the data team. {day} or {day2}?",
    "next step is a 45 min technical round with {pm}, grab a slot here: {link}",
    "here's the take-home: {tlink}. no deadline as such, most people send it back within a week.",
    "fancy a video call with the hiring manager? I've got {day} at {time} or {day2} morning.",
    "we'd love you to come in and meet the team. does {day} at {time} suit?",
    "I'd like to set up a first call, nothing formal, just 30 minutes. pick whatever works: {link}",
    "you're through to the final round. it's two hours with {pm} and two engineers, book here: {link}",
    "can you do a phone screen {day}? {time} my time.",
    "could you jump on a call with {pm} and me, {day} {time}? video link to follow.",
    "we'd like you to do the online assessment, it's about an hour: {tlink}",
    "are you free {day} to walk us through your portfolio? 40 min max.",
    "next up is the system design chat, can you do {day} or {day2} afternoon?",
    "would you be around for a coffee with {pm} next week? they run the team you'd be on.",
    "the founders want to meet you, {day} at {time} at our office on the quay?",
    "slots for round two are open here {link}, any of them is fine by us.",
    "can I borrow you for a quick screen? 15-20 mins, whenever suits this week.",
    "we'd like to bring you back for the final, it's an in-person half-day. how's {day}?",
]

RESCHEDULE = [
    "need to push our call, does {time} {day} work instead?",
    "can we move your onsite to {day_long}? {pm} is out sick on the original date.",
    "something's come up on my side, could we shift the interview to {day} at {time}?",
    "sorry to do this, but can we bump the technical round to next {day_long}? new slots here: {link}",
    "{pm} has a clash, so can we move your final to {day} {time}? same video link.",
    "any chance you could do {day_long} instead of the original time? the panel can't all make it.",
    "we have to reschedule your chat with the hiring manager, would {day} at {time} be ok?",
]

INVITE_LOGISTICS = [
    "it'll be on video, link comes with the invite.",
    "bring nothing, we'll have a laptop for you.",
    "you'll meet {pm} and one of the engineers.",
    "dress code is whatever you're comfortable in.",
    "it's {pm}'s calendar, so whatever slot you grab is fine.",
    "the office is 2 min from the station, buzz for the second floor.",
    "if none of those times work just say and we'll sort something.",
    "we'll send a calendar hold once you confirm.",
    "",
]

INVITE_NEXT = [
    "you're through to the next round! {pm} would like to do the technical interview, {day} at {time}?",
    "the panel wants to see you again for the final, grab a slot here: {link}",
    "we'd like to move you to the onsite. can you do {day} or {day2}?",
    "good news, round two is yours. it's a system design session with {pm}, book here: {link}",
    "we'd love to bring you back for a last conversation with the founders, {day} any good?",
    "you're moving on to the case study round, {day} at {time} works on our side.",
]

# feedback that comes with moving on
PROGRESS_FEEDBACK_LEAD = [
    "one note from round one so you can prep: ",
    "heads up before the final, the team flagged this: ",
    "small thing the panel mentioned: ",
    "to be upfront about where you're weaker: ",
]

# ---------------------------------------------------------------- acknowledgements
ACK = [
    "got your CV, thanks, I'm passing it to {pm} today.",
    "your application's landed on my desk, thanks for sending it.",
    "just confirming we've got your application for the {role} role.",
    "thanks for applying, it's come through fine on our side.",
    "received, thanks {first}! I'll read it properly over the weekend.",
    "we've got your application and portfolio, both opened fine.",
    "this is just to say your application reached us.",
    "your CV and cover note came through, cheers.",
    "thanks for your application, it's in.",
    "got it! thanks for applying to {co}.",
    "confirming receipt of your application for {role}.",
    "we received your details for the {role} vacancy.",
]

ACK_REFERRAL = [
    "your referral came through, it's in front of the hiring team now.",
    "{pm} put your name in through our referral form, and it's now sitting with the {role} hiring manager.",
    "the referral's been logged and your CV is attached to the {role} opening.",
    "quick note to say {pm}'s referral for you arrived and we've added you to the {role} pipeline.",
]

ACK_NEXT = [
    "I'll be in touch either way within a couple of weeks.",
    "we go through applications on Fridays, so expect to hear soon after.",
    "no need to do anything else for now.",
    "if you don't hear by month end, give me a nudge.",
    "",
]

# ack + assessment/screen
ACK_INVITE = [
    "first step is a short online test, link here: {link}",
    "can you pick a slot for a 20 min intro call here? {link}",
    "we'd like to start with a quick phone screen, are you free {day}?",
    "the next stage is a small take-home, you'll find it at {link}",
]

# ---------------------------------------------------------------- offers
OFFER = [
    "we want you on the team, numbers attached.",
    "it's yours if you want it.",
    "we'd like to offer you the {role} role.",
    "the team said yes, so here's the offer: {salary}, starting {start}.",
    "I'm really happy to say we're making you an offer.",
    "we'd love to have you, and I've attached the offer letter.",
    "congrats, you got it! formal offer comes from HR tomorrow but the number is {salary}.",
    "we're offering you the job at {salary} plus the usual benefits.",
    "you're our pick for the {role} role, offer's in the attachment.",
    "so, the job's yours. {salary}, hybrid, start {start} if that suits.",
    "I'm delighted to put an offer in front of you for the {role} position.",
    "we'd like you to join us. base is {salary} and there's equity on top.",
]

OFFER_AGENCY = [
    "{client} want to offer you the job! {salary}, start {start}.",
    "great news, {client} have made an offer: {salary} plus bonus.",
    "{client} came back with an offer for you, {salary}, they'd like an answer by Friday.",
]

OFFER_NEXT = [
    "have a think and call me with any questions.",
    "take a few days, no pressure.",
    "happy to jump on a call about the details.",
    "would be great to have an answer by end of next week.",
    "let me know if the start date needs to move.",
    "",
]

SALARIES = {
    "us": ["$128k", "$94,000", "$142,500 base", "$110k"],
    "uk": ["£58,000", "£47k", "£72,500", "£64k"],
    "ie": ["€62,000", "€55k", "€71,000"],
    "au": ["$118k + super", "$105,000 plus super", "$132k package"],
    "in": ["INR 24 LPA", "18.5 LPA fixed", "INR 31 lakh CTC"],
    "za": ["R780 000 CTC", "R62 000 per month", "R910k package"],
    "ca": ["$96,000", "$112k CAD", "$88,500"],
    "nn": ["€64,000", "€58k", "CHF 105,000", "€71,000 gross"],
}

STARTS = ["1 June", "the 15th", "early May", "Monday the 4th", "after Easter", "1 September", "in four weeks"]

# feedback given in reply to the candidate's request (quoted)
FEEDBACK_REPLY_LEAD = [
    "thanks for asking, and for taking it so well.",
    "happy to share what I can.",
    "good on you for asking.",
    "sure, here's what came out of the debrief.",
    "of course, sorry it took me a few days.",
]

FEEDBACK_REPLY_CLOSE = [
    "hope that's useful.",
    "nothing there you can't fix.",
    "I'd happily look at you again in a year.",
    "good luck with the search.",
    "",
]
