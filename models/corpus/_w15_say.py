"""What w15's hiring people actually say: deciding sentences per meaning, and filler that decides nothing.

Placeholders: {co} employer, {r} role, {cand} candidate, {other} a colleague, {day} {time} {link}.
"""

from __future__ import annotations

# ---- rejection: the "no" itself ------------------------------------------------------------
NO = [
    "We're going to go another way on this one.",
    "I don't think it's the right match right now, so we won't be taking things further.",
    "The team voted to keep looking, so it's a no from us this time.",
    "I have to let you know we won't be moving ahead with your application.",
    "it's a no this time, sorry.",
    "no from us, sorry.",
    "We've decided not to progress you to the next stage.",
    "Unfortunately we won't be offering you the {r} role.",
    "After a lot of back and forth we've decided to pass.",
    "I'm afraid we've gone with someone else.",
    "We won't be taking your application any further on this occasion.",
    "I'm sorry to say it's not going to work out with us this time round.",
    "we're not going to proceed — sorry to be the bearer.",
    "The short version is that we're not offering.",
    "We've made the call not to continue with your candidacy for {r}.",
    "Sadly we'll not be moving forward with you for this one.",
    "It hasn't gone your way this time, I'm sorry.",
    "We've decided to close your application for the {r} position.",
    "I'm gutted to tell you we won't be asking you back for the next round.",
    "On balance the panel felt it wasn't quite the fit, so we're going to stop here.",
    "Regrettably, we will not be extending an offer for this position.",
    "We will not be progressing your candidature further at this time.",
    "Kindly note that you were not successful for the {r} position.",
    "We have decided to discontinue your application for the {r} role.",
    "So we're a no on this, but it was close.",
    "I wanted to tell you myself rather than send a form email: we're not hiring you for {r}.",
    "The decision went against you this time, I'm sorry.",
    "we've decided to stop the process with you here.",
    "I'm afraid we'll have to let this one go.",
    "Long story short, we won't be moving you forward.",
    "Unfortunately we've decided to not go ahead with your application.",
    "We came to the decision not to take you through to the final.",
    "Regretfully we shan't be proceeding.",
    "we won't be offering this time around, sorry mate.",
    "I'm really sorry but we won't be able to take you on.",
    "Sadly you haven't been shortlisted for the next step.",
]

NO_SUBJECTS = ["Re: {r}", "{r} - update", "Your application", "Update from {co}", "following up", "{r} role",
               "Re: Interview last week", "Quick update", "{co} / {r}", "RE: {r} (Req {req})", "Thanks from {co}",
               "Re: chat on {day}", "Outcome", "{r} at {co}", "re: next steps", "News", "Re: {r} application"]

REASON = {
    "role_filled": [
        "We've made a hire for the position — an internal person put their hand up at the last minute.",
        "The role's now been filled.",
        "Someone accepted the job on Friday, so it's gone I'm afraid.",
        "We offered it to another candidate earlier this week and they said yes.",
        "Honestly the seat got taken before we could finish your round.",
        "The vacancy has since been filled by another applicant.",
    ],
    "budget_freeze": [
        "Finance have put a freeze on new headcount until next year, so the role is on ice.",
        "Our funding round slipped, which means we can't hire anyone right now.",
        "There's a hiring pause across the whole group as of this week, nothing I can do about it.",
        "The budget for the post was pulled in the latest forecast.",
        "We've been told no new hires this quarter — cost pressures, the usual story.",
        "Headcount got frozen at board level on Monday.",
    ],
    "closer_fit": [
        "We went with someone whose background lined up more closely with what the team needs day to day.",
        "Another candidate had more direct experience in our exact stack.",
        "There was one applicant who'd done almost this exact job before, and that tipped it.",
        "We found someone whose experience matched the brief a bit more closely.",
        "The person we chose has spent years in this particular niche and we couldn't ignore that.",
        "Someone with a closer match to the skills we listed came through at the final stage.",
    ],
    "level_mismatch": [
        "We've realised we really need someone more senior for this, someone who's led a team already.",
        "Thinking about it more, the role needs a more junior person than you — you'd be bored in a month.",
        "The job has shifted to a lead-level position, which is a step above where you are now.",
        "We're after someone with a good few more years under their belt.",
        "Honestly you're overqualified for what this role turned into.",
        "The level we're hiring at changed, and it's now a principal-type role.",
    ],
    "role_cancelled": [
        "The position itself has been scrapped after a restructure.",
        "We've decided not to hire for this role at all in the end.",
        "The team's been merged into another department so the vacancy no longer exists.",
        "The role has been pulled completely, so there's nothing left to move forward with.",
        "We've cancelled the opening while leadership rethinks the team.",
        "The project that this post was for got shelved, and the post went with it.",
    ],
}

# said with a "no" but not evaluative, not a reason outside the candidate's control
NO_FILLER = [
    "We had loads of strong people apply, which made it really hard.",
    "I'm not able to go into specifics, company policy I'm afraid.",
    "It was a genuinely tough decision.",
    "Please don't read too much into it.",
    "We'll keep your details on file if that's ok with you.",
    "Do keep an eye on our careers page, things come up a lot.",
    "I'd be happy for you to apply again in future.",
    "Thank you for the time you put in.",
    "I know that's not what you wanted to hear.",
    "The field was very competitive this time.",
    "I really appreciate you giving us your time.",
    "Feel free to stay in touch on LinkedIn.",
]

# ---- feedback: weaknesses, said sideways ---------------------------------------------------
WEAK = {
    "coding": [
        "In the pairing bit you got to a working answer but it took a lot of trial and error rather than a plan.",
        "The take-home worked, but the code itself was hard to follow — long functions, no tests to speak of.",
        "The live exercise stalled a bit once the edge cases came in.",
        "We'd have liked the solution to be a bit tidier; a couple of bugs crept in under pressure.",
        "Your hands-on coding felt rusty compared to your CV, if I'm honest.",
        "The tests were mostly missing from your solution, and that's where most of the marks went.",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the service would scale once traffic grew.",
        "On the architecture whiteboard you jumped to a database choice without talking through the trade-offs.",
        "The design round felt thin — caching, failure modes and queues didn't really come up.",
        "When we pushed on what happens at ten times the load, the answer didn't quite hold together.",
        "The big-picture design conversation was the weaker part of the day.",
    ],
    "technical_depth": [
        "When we dug below the surface on some of the tools on your CV, the answers got a bit vague.",
        "The panel wanted more depth on the why behind things, not just the what.",
        "Some of the follow-up questions on fundamentals caught you out.",
        "It felt like you knew the tools at a user level but not really under the hood.",
        "We'd need someone who can go a level deeper on the specialist stuff straight away.",
    ],
    "behavioural": [
        "The examples you gave about past situations were a bit general — we struggled to hear what you personally did.",
        "When we asked about a time things went wrong, the story didn't really land.",
        "Your answers to the 'tell me about a time' questions could use more structure, situation, action, result.",
        "The values part of the interview was where we had doubts; the examples felt rehearsed.",
        "I'd work on having a couple of solid stories ready about conflict and about failure.",
    ],
    "communication": [
        "At times it was hard to follow your train of thought, the answers wandered a bit.",
        "Some of the explanations went on quite long and the key point got buried.",
        "The presentation part could have been clearer, we lost the thread in the middle.",
        "Being a client-facing role, we need someone who gets to the point a bit quicker.",
        "It would have helped to check in with us more while you were explaining.",
    ],
    "questions_to_ask": [
        "When we got to your questions at the end you didn't really have any, which the panel noticed.",
        "It would have been good to hear more curiosity about the team and how we work.",
        "We were a bit surprised you didn't ask anything about the role itself.",
        "Have a few questions lined up for the end next time — it shows you've thought about the job.",
    ],
    "composure": [
        "You seemed quite nervous in the first half, which I think held you back.",
        "Once the timer went on for the exercise you looked rattled, and it threw you off.",
        "When the CFO pushed back you got a bit flustered.",
        "Nerves got the better of you in the final round, which is a shame because the first chat was great.",
        "Under a bit of pressure the answers got rushed.",
    ],
    "experience_level": [
        "The main thing was that you haven't yet run a team on your own, and this role needs that from day one.",
        "You're a little earlier in your career than this job really needs.",
        "We felt you'd need more hands-on time in a busy clinic before stepping into this.",
        "Not enough time in a commercial kitchen yet for a senior post, in our view.",
        "The gap was really in years of experience rather than ability.",
    ],
    "collaboration": [
        "We weren't fully convinced about how you'd work with the wider team — lots of 'I', not much 'we'.",
        "In the group exercise you tended to push your own idea rather than build on others'.",
        "A couple of people felt you'd prefer to work alone, and this is a very collaborative team.",
        "How you handle disagreement with colleagues didn't come across strongly.",
    ],
    "cv_positioning": [
        "Your CV undersells you — the relevant stuff is buried on page two.",
        "The portfolio didn't show the kind of work this role is about, even though you told us you'd done it.",
        "On paper it read like a generalist, so tailor it more to the job next time.",
        "The cover letter was quite generic; it didn't say why us or why this role.",
        "Your application made it hard to see the impact you'd had; numbers would help.",
    ],
}

PRAISE = [
    "You were clearly strong on the product side and the team loved your energy.",
    "Your coding exercise was one of the cleanest we saw.",
    "Everyone agreed you were great with people.",
    "Your presentation was well put together.",
    "There was a lot to like, especially how quickly you picked up the problem.",
    "Your customer examples were excellent.",
    "The team felt you'd be lovely to work with.",
    "Your technical answers were solid throughout.",
]

FB_INTRO = [
    "A few notes from the panel, in case they're useful:",
    "Since you asked for feedback, here's what came up:",
    "I always think it's fair to say why, so:",
    "For what it's worth, the main thing that came up in the wash-up was this.",
    "Honest feedback, as promised:",
    "I spoke to {other} who ran the technical bit and she said:",
    "If it helps for next time:",
    "",
]

# ---- interview invitations ---------------------------------------------------------------
INVITE = [
    "Can you do 30 mins with {other} on {day}? She runs the team you'd be joining.",
    "Next step would be a pairing session with two of the engineers, about 90 minutes, on video.",
    "Grab a slot here for a first chat: {link}",
    "We'd love you to come in and meet the team — would {day} at {time} work?",
    "Would you be up for a trial shift on {day}? Paid, obviously, and you'd just shadow the head chef.",
    "The next stage is a short take-home; I'll send it over once you tell me you're happy to do it.",
    "We'd like you to present a case study to the leadership team — I'll send the brief, you'd have a week.",
    "Would you be up for a call with our CTO, {other}? Only 45 minutes, fairly informal.",
    "I'd like to get you in for a proper interview. Are you free {day}, anytime after {time}?",
    "Are you around for a quick phone screen this week? 20 minutes max.",
    "We're keen to move you to the final round, which is a half day onsite with the directors.",
    "Fancy a coffee and a chat with {other} and me? Proper interview, but relaxed.",
    "Next up is a video interview through a link I'll send you, you record your answers in your own time.",
    "We'd like to invite you to an assessment day at our {day} session.",
    "Could you pop in for a second interview, this time with {other} from finance?",
    "I'd love to set up a call to talk about the {r} role properly. Pick any time here: {link}",
    "Next step is a technical interview, mostly system design. Does {day} {time} suit?",
    "We'd like you to spend a morning with us as a working interview — meet the patients, see the clinic.",
    "Let's get a call in the diary with {other}, our Head of Product. What's your availability like?",
    "Would you be free for a short video call with me {day}? Just to go over your experience.",
    "Please book in for the online assessment using this link: {link} — it takes about 40 minutes.",
    "Would you be able to come back for a final chat with our MD? Half an hour, {day} if possible.",
    "Happy to move you forward — first step is a quick screening call with me.",
    "We'd like to do a panel interview with you, three of us, around an hour.",
    "Could you do a short skills test for us? It's a spreadsheet task, 45 mins, at home.",
]

INVITE_LOGISTICS = [
    "Bring some ID for reception.",
    "It'll be on Teams, I'll send the invite once we lock a time.",
    "No need to prepare anything special, just be yourself.",
    "Parking is behind the building, just tell security you're here for me.",
    "If none of the times work, tell me yours and we'll make it fit.",
    "Wear comfortable shoes, you'll be on your feet!",
    "We'll reimburse travel, just keep the receipts.",
    "It's usually about an hour including questions from you.",
    "The address is 14 Harbour Row, second floor, buzz 'Reception'.",
    "Dress code is casual, nobody here wears a suit.",
    "Let me know if you need any adjustments for the interview.",
    "I've copied {other} so she can send the calendar invite.",
    "Zoom link to follow.",
]

RESCHEDULE = [
    "Really sorry, something's come up — can we push our chat on {day} to {time} instead?",
    "Would you mind if we moved your interview to {day}? {other} is out sick.",
    "Any chance we could shift our call to {time}? I've been pulled into a board thing.",
    "We need to reschedule Thursday's interview, apologies — here's a new link to pick another slot: {link}",
    "Can we move the onsite back a week? Same format, new date would be {day}.",
]

# ---- acknowledgements -------------------------------------------------------------------
ACK = [
    "Got your CV, will look this week.",
    "Thanks for sending your application through for {r}, it's landed safely with me.",
    "Just to say we've received your application and I'll be reading it over the weekend.",
    "Your CV's come through fine, thanks — I'll be in touch once I've had a proper look.",
    "Received with thanks. We'll review and come back to you in the next week or two.",
    "Thanks for applying! Just confirming I've got it and it's in the pile.",
    "Application received — I'll pass it to {other}, who's the hiring manager for {r}.",
    "Your application for {r} has reached us, thank you.",
    "Cheers for the CV, it's with the team now.",
    "We have received your application and it is with the recruiting panel for review.",
    "Thanks, got it! Cover letter and all.",
    "This is to confirm receipt of your application for the {r} position.",
    "Thanks for getting in touch about {r} — I've received your details and will review them shortly.",
    "Your form came in this morning, thank you. Nothing more needed from you for now.",
    "Just acknowledging your application, we close the ad on Friday and will shortlist after that.",
]

ACK_SUBJECTS = ["Re: {r} application", "Application received", "Re: CV for {r}", "Thanks for applying", "{r}",
                "Re: Application - {r}", "RE: {r} vacancy", "got it", "Re: enquiry about the {r} job"]

# ---- offers ---------------------------------------------------------------------------------
OFFER = [
    "We want you — I'll send the paperwork once you say yes.",
    "Formal offer attached! Have a read and shout with any questions.",
    "I'm delighted to offer you the {r} role.",
    "We'd like to extend an offer for the position of {r}.",
    "The panel were unanimous, and we'd love you to join us as our new {r}.",
    "So: the job is yours if you want it.",
    "I'm really pleased to say we're offering you the position.",
    "We would like to offer you employment with {co} as {r}.",
    "Good news — we're making you an offer.",
    "You're our first choice and we'd like to offer you the job.",
    "Pleased to confirm the verbal offer from earlier in writing: we'd like you to start as {r}.",
    "Congratulations, you got it! We're offering you the {r} post.",
    "Kindly find attached your offer letter for the {r} position.",
    "We're happy to make you an offer, details below.",
]

OFFER_DETAIL = [
    "Base salary would be {sal}, plus the usual pension and 25 days' leave.",
    "We're thinking a start date of the first of next month, but there's flex.",
    "The offer is {sal} with a review at six months.",
    "Package is {sal} plus equity, I'll walk you through the vesting on a call.",
    "Please sign and return by {day} if you're happy.",
    "Hours are 8 till 4, Monday to Friday, with a late shift every other week.",
    "It's a 12-month fixed term initially, with every intention of making it permanent.",
    "There's a relocation allowance too, which I'll confirm in the letter.",
    "It's conditional on references and a right-to-work check, as usual.",
]

SALARIES = ["£38,000", "£52k", "$118,000", "$92k", "AUD 105,000", "CAD 84,000", "S$6,800 a month", "₦850,000 monthly",
            "₹18 LPA", "€61,000", "£14.50 an hour", "$71,500", "£46,500"]

# ---- more ways of saying the same things (kept apart so the lists above stay readable) -----
NO += [
    "We're going to pass on your application, but thank you for thinking of us.",
    "My recommendation to the board was not to hire, and they agreed.",
    "Having slept on it, I don't think we'll be taking this any further.",
    "It's not a yes, I'm afraid.",
    "We decided to keep interviewing rather than make you an offer.",
    "The panel's decision was not to proceed to an offer.",
    "I'll cut to it: we won't be moving you to the next round.",
    "We've concluded the process and you haven't been selected.",
    "I'm writing with disappointing news — we won't be taking you on for {r}.",
    "Ultimately it came down to two of you and we went the other way.",
    "We've chosen not to progress with your application at this stage.",
    "Unfortunately, this time it's a no.",
    "I'm afraid the answer is no for the {r} job.",
    "you've not made the shortlist, sorry.",
    "We're going to hold off on moving forward with you.",
    "It's with regret that I have to tell you we won't be proceeding.",
    "We'll be letting this one go, thanks for your patience with us.",
    "The hiring team have decided you won't go through to the final stage.",
    "Not this time, unfortunately.",
    "I'm sorry, but we won't be making you an offer.",
]
INVITE += [
    "Would love to get you in front of {other} — she's free {day} at {time}, does that suit?",
    "Could you jump on a quick Zoom {day}? It would be with me and the ops lead.",
    "We'd like to see how you work: a two-hour trial session in the kitchen on {day}, paid at the normal rate.",
    "The next step is a case study. I'll send the pack on {day} and you'd present it to us the week after.",
    "Are you free to come in for a chat with the practice principal? Mornings are best for her.",
    "I'd like to move you to the technical round — a 60 min call with two of the team. Any time {day} work?",
    "Can we grab 20 mins on the phone? Just want to walk you through the role and hear about your last job.",
    "Shall we do the next interview in person? We're at the Fitzroy Street office.",
    "Next stage is meeting our founders, informal, over lunch if you're up for it.",
    "Use this link to choose a time for your interview with the hiring panel: {link}",
    "We'd love to have you back for a final, this time with the whole leadership team.",
    "I've asked {other} to set up a short pairing exercise with you — expect an invite from her.",
]
ACK += [
    "Thanks for the application — just letting you know it's arrived and isn't lost in the ether.",
    "Your CV got to me safely. I'm reviewing everything on {day}.",
    "Thank you for your application. We confirm receipt and will revert after screening.",
    "Lovely to get your application, thank you! I'll have a read tonight.",
    "Got your email and CV, many thanks. We'll be in touch if you're shortlisted.",
    "Thanks for applying, I've logged your details on our side.",
    "Application safely received — expect to hear from us within ten working days.",
    "Thanks, I have your CV and portfolio. I'll share them with {other} this week.",
]
OFFER += [
    "I'm thrilled to tell you that we'd like you to be our next {r}.",
    "You've got the job! The written offer is attached — read it over the weekend if you like.",
    "We'd be delighted to have you on board, so consider this our formal offer.",
    "After the final round we're offering you the role, and I really hope you'll accept.",
    "The board signed off this morning: the {r} role is yours.",
    "We're ready to make you a job offer — could you hop on a call to go through the numbers?",
]
NO_FILLER += [
    "Sorry it's an email and not a call, I wanted you to have it today.",
    "I hope our paths cross again.",
    "Thanks for being so gracious throughout.",
    "I'll make sure your details stay with us for future openings.",
]
