"""Writer w5's English meaning fragments, each meaning in 8+ hand-written paraphrases.

Slots: {co} {role} {fn} {ln} {f2} {me} {day} {day2} {time} {date} {n} {salary}.
Only these fragments carry labels; the shells in _w5_kit are label-neutral.
"""

# ruff: noqa: E501  (prose fragments: one paraphrase per line reads better than wrapped strings)

# ---------- greetings / closings (neutral) ----------
HELLO = ["Hi {me},", "Hey {me}!", "{me} -", "Hello {me},", "Hi there {me},", "hey {me}", "Dear {me},",
         "Morning {me},", "{me},", "Hiya {me},", "Good afternoon {me},", "Hey hey {me},"]
BYE = ["Cheers,\n{fn}", "Best,\n{fn}", "Thanks!\n{fn}", "{fn}", "Speak soon,\n{fn}", "All the best,\n{fn} {ln}",
       "Warmly,\n{fn}", "- {fn}", "Kind regards,\n{fn} {ln}", "ta,\n{fn}", "x {fn}", "Best wishes\n{fn}"]
SIG_TECH = ["{fn} {ln}\nCo-founder & CTO, {co}", "{fn} {ln} | Engineering Lead | {co}", "{fn} {ln}\nHead of Engineering\n{co}",
            "{fn} {ln}\nFounder, {co}\n(we're hiring! {dom}/jobs)", "{fn} {ln} - Talent Partner - {co}",
            "{fn} {ln}\nPeople & Culture, {co}"]
SIG_SMALL = ["{fn} {ln}\nOwner, {co}", "{fn} {ln}\nManager | {co}", "{fn}\n{co}\nPlease consider the environment before printing this email",
             "{fn} {ln}\nHR & Operations\n{co}", "{fn} {ln}, Office Manager, {co}", "{fn} ({co})"]

# ---------- rejection ----------
REJ = [
    "I'm really sorry to say we won't be moving forward with you for the {role} role.",
    "After a lot of back and forth we decided not to take your application further.",
    "Bad news I'm afraid - we're going with someone else for {role}.",
    "We've had a think and it's a no from us this time, sorry.",
    "I wanted to let you know personally that we won't be offering you the position.",
    "Unfortunately we've decided not to progress your application for {role}.",
    "we're going to pass on this one, sorry {me}.",
    "It was a really close call but we've decided to go another way.",
    "I have to let you know that you weren't successful this time round.",
    "The team met yesterday and decided not to continue with your candidacy.",
    "Honestly it pains me to write this, but we won't be extending an offer.",
    "I'm afraid we're not going to be able to move you to the next stage.",
    "We've decided to close your application - I know that's not what you hoped to hear.",
    "sadly this one's a no. we've picked another candidate for the {role} job.",
    "I'll be straight with you: we're not taking it further.",
    "We really enjoyed meeting you but we won't be proceeding.",
]
REJ_SOFTEN = [
    "This genuinely wasn't an easy call.", "Please don't read too much into it.",
    "I know how much effort goes into these processes, so thank you.", "I hate sending these emails.",
    "You were one of the people we talked about most.", "I'm sorry it's not better news.",
    "I hope it doesn't sour you on us.", "Thanks again for all the time you put in.",
]
REASON = {
    "role_filled": [
        "The role has now been filled.", "We've already hired for the position, as of last week.",
        "Someone accepted the job on Monday, so it's no longer open.", "we filled it internally in the end.",
        "The position got filled before we could get to your second round.",
        "We made a hire for {role} a few days ago.", "The spot has been taken, I'm afraid.",
        "An offer went out to another person and they accepted it yesterday.",
    ],
    "budget_freeze": [
        "Our funding round slipped so we've frozen all hiring until next year.",
        "Finance put a freeze on new headcount this week.", "We simply don't have the budget for the role any more.",
        "the board froze hiring on friday, nothing I could do.", "Our grant didn't renew, which means no new posts for now.",
        "We've had to pause all recruitment because of budget cuts.", "The money for this post has been pulled.",
        "Headcount is frozen for the rest of the year, effective immediately.",
    ],
    "closer_fit": [
        "We went with a candidate whose background was a closer match for what we need right now.",
        "Another applicant had more hands-on experience in exactly our stack.",
        "We found someone whose experience lines up more directly with the role.",
        "There was one person with a lot of direct payments experience and that tipped it.",
        "The person we chose had done almost exactly this job before.",
        "We picked someone who'd already worked in a kitchen our size.",
        "Someone with closer domain experience came through at the last minute.",
        "Ultimately we went for a profile that matched the brief more closely.",
    ],
    "level_mismatch": [
        "We've realised we need someone more senior than we first advertised.",
        "Honestly the role needs a more junior person and we think you'd be bored within a month.",
        "We're after someone with more years leading teams.", "You're more senior than this position and we couldn't match that.",
        "The team decided we need a staff-level hire, not mid-level.",
        "We're looking for someone with a bit more experience under their belt.",
        "This turned out to be an entry-level post and you're overqualified for it.",
        "we need someone who has run a team before, which wasn't quite your background.",
    ],
    "role_cancelled": [
        "The role itself has been cancelled after a reorg.", "We've scrapped the position altogether.",
        "The job has been withdrawn - the project it was attached to got shelved.",
        "We're not hiring for {role} any more, the plan changed.", "The post has been pulled entirely.",
        "the whole team is being restructured so the vacancy is gone.",
        "We've decided not to fill the role at all this year.", "Leadership cancelled the opening on Tuesday.",
    ],
}
FUTURE = [
    "That said, we're opening a {role2} role in the spring and I'd love to put you forward for it.",
    "Separately - there's another team here that might suit you better, mind if I pass your CV along?",
    "I'll keep your details and reach out if anything else comes up, I mean that.",
    "If a similar position opens next quarter, I'll ping you first.",
    "By the way, a friend at another company is hiring, happy to intro you if you like.",
    "Please do apply again in six months or so - things change fast here.",
    "Also, we're running a contract project in the new year that might interest you, no pressure.",
    "Let's stay in touch, honestly - I think there'll be a better fit down the line.",
]

# ---------- feedback (weakness per topic; praise) ----------
WEAK = {
    "coding": [
        "the live coding was the sticking point - the solution worked but it took a long time to get there",
        "your code in the pairing session had a few bugs you didn't catch without prompting",
        "we wanted to see cleaner code, more tests and smaller functions in the take-home",
        "the coding exercise didn't get past the first part",
        "the team felt your coding was a bit rusty, especially around edge cases",
        "the kata was solved but the code was hard to follow",
        "in the exercise you skipped error handling almost entirely",
        "the coding round was weaker than the rest",
    ],
    "system_design": [
        "the system design part felt thin - we didn't hear much about scaling or failure modes",
        "in the architecture round you jumped to a solution without discussing trade-offs",
        "the design discussion stayed at a high level and never got into data modelling",
        "your design for the queue didn't really handle what happens when a worker dies",
        "the whiteboard architecture session was where we had doubts",
        "we'd have liked more depth on caching and consistency in the design interview",
        "the system design answer missed how you'd shard the data",
        "design-wise, you didn't really consider load or bottlenecks",
    ],
    "technical_depth": [
        "when we dug into the internals of the databases you'd used, the answers got vague",
        "we felt the technical depth wasn't quite there for this level",
        "a couple of follow-up questions on concurrency went unanswered",
        "your knowledge of the tools on your CV seemed quite surface-level when we pushed",
        "the deep-dive on your past project didn't go below the surface",
        "we were hoping for deeper knowledge of networking fundamentals",
        "some of the technical explanations were a bit hand-wavy",
        "it was hard to tell how well you understood the frameworks under the hood",
    ],
    "behavioural": [
        "the behavioural questions were a weak spot - the examples lacked concrete outcomes",
        "your stories about conflict felt a bit generic",
        "in the values interview the examples were hard to follow and didn't say what you did personally",
        "we'd suggest preparing clearer STAR-style stories for the 'tell me about a time' questions",
        "a few of the situational answers were hypothetical rather than things you'd actually done",
        "when asked about a failure you didn't really give one",
        "the culture round answers stayed quite vague",
        "your examples of handling a difficult customer didn't land with the panel",
    ],
    "communication": [
        "communication was the main concern - it was sometimes hard to follow your reasoning",
        "you tended to talk for a long time without getting to the point",
        "we'd have liked you to think out loud more so we could follow along",
        "the explanations to non-technical folks on the panel were quite jargon-heavy",
        "your answers were sometimes a bit rambling",
        "the panel found it hard to understand where you were going with some answers",
        "it would help to structure your answers more clearly",
        "we struggled at times to understand your explanations on the call",
    ],
    "questions_to_ask": [
        "you didn't ask us any questions at the end, which surprised the panel",
        "we'd have liked to hear more curiosity about the team and the product",
        "when we offered time for questions you didn't have any",
        "your questions at the end were mostly about perks rather than the work",
        "it would have been good to see you ask about how we work",
        "the panel noticed there were no questions about the role itself",
        "next time come with a few questions prepared - it signals interest",
        "you didn't seem very curious about what the job involves day to day",
    ],
    "composure": [
        "you seemed quite nervous and it got in the way in the technical part",
        "when the first approach didn't work you got visibly flustered",
        "it seemed like the pressure of the timer threw you off",
        "you lost your footing a bit when the panel pushed back",
        "nerves seemed to get the better of you in the second half",
        "once you got stuck it was hard for you to recover",
        "you appeared rattled by the follow-up questions",
        "the busy service shift clearly stressed you out and it showed",
    ],
    "experience_level": [
        "you don't have quite enough experience yet for what this role needs",
        "we felt you'd need more time in a lead role before taking this on",
        "the gap is really years of experience in production systems",
        "your experience with large teams is still limited for this level",
        "you haven't yet run a kitchen on your own, which this needs",
        "we need someone who's done this at scale and you're not quite there yet",
        "your classroom experience is a bit short for a permanent post",
        "the level of hands-on experience isn't there yet",
    ],
    "collaboration": [
        "we weren't convinced about the teamwork side - you mostly talked about solo work",
        "in the pair exercise you didn't really bring your partner in",
        "the panel felt you were quite dismissive of the other person's suggestions",
        "you worked around the team rather than with them during the trial day",
        "we didn't get a sense of how you'd collaborate with design and product",
        "during the group task you took over rather than sharing",
        "your examples suggested you prefer working alone",
        "it wasn't clear how you'd handle disagreements with colleagues",
    ],
    "cv_positioning": [
        "your CV undersells you - the most relevant work was buried on page two",
        "the portfolio didn't really show the kind of work this role does",
        "your CV reads like a list of tools rather than what you achieved",
        "it was hard to tell from your application what you'd actually owned",
        "the cover letter was generic and didn't mention us at all",
        "your CV is very long and the key points get lost",
        "I'd rework the CV to lead with impact, not duties",
        "the application didn't connect your past jobs to this one",
    ],
}
PRAISE = [
    "everyone liked you a lot", "your take-home was one of the best we've seen", "you were great with the team",
    "the interviewers loved your energy", "your product sense really stood out", "the panel said you were a delight to talk to",
    "your debugging was impressive", "the chef said your knife work was excellent",
    "we were impressed by how well you knew our work", "your portfolio is beautiful",
]
FB_INTRO = [
    "Since you asked for feedback, here's what the panel said:", "A few notes from the team, for what they're worth:",
    "I pulled together the interviewers' comments.", "You asked what you could do differently, so, honestly:",
    "Quick bit of feedback from the panel:", "I promised you feedback, so here it is.",
    "Here's the honest version of what we discussed afterwards.", "Some feedback that might help:",
    "The notes from the interview, summarised:",
]
FB_GLUE = ["but", "however", "though on the other hand", "the flip side is that", "that said,", "where it fell down:"]
FB_MID = [
    "This is just a mid-process note - you're still in the running.",
    "None of this rules you out, we'd still like to see you at the next stage.",
    "Sharing this so you can prepare - the decision isn't made yet.",
    "I thought it'd help to hear this before your final round.",
    "Not a rejection! Just giving you a heads-up on where you stand.",
    "We haven't decided anything yet, but the panel asked me to pass this on.",
    "This is feedback from round one, ahead of the next conversation.",
    "Just so you know what we'll be probing more in the next chat.",
]
PRAISE_ONLY = [
    "Honestly there's nothing to improve - it just came down to numbers.",
    "The panel had nothing negative to say, which is rare.",
    "I genuinely couldn't point to anything you did wrong.",
    "There was nothing in your interviews we'd want you to change.",
    "you did everything right, I promise.", "Nobody flagged a single weakness.",
    "It wasn't about your performance at all.", "Every interviewer rated you highly.",
]

PRAISE_KEEP = [
    "Keep doing exactly what you did.", "Nothing to change before the next round.", "Honestly, more of the same please.",
    "No concerns from anyone so far.", "The team's notes were glowing.", "you're in a really strong position.",
    "Everyone left the room smiling.", "We've got no worries on that front.",
]

# ---------- interview invite ----------
INV = [
    "Would you be up for a quick call on {day}? Half an hour, nothing formal.",
    "I'd love to grab a coffee with you this week and talk about the {role} role - {day} around {time}?",
    "We'd like to invite you in for a pair-programming session with two of our engineers.",
    "Can you do a trial shift with us on {day}? Come in at {time} and wear comfy shoes.",
    "The next step is a small paid work sample - about three hours. Interested?",
    "can you jump on a call thursday? want to chat about the role",
    "We'd like you to come in for an interview with me and {f2} on {day} at {time}.",
    "Next stage is a technical chat with our lead dev, {f2}. Does {day} work?",
    "I'd like to set up a final round with the founders - it's about two hours in the office.",
    "Would you like to come in for a trial day? We'll pay you for it, obviously.",
    "Let's do a video chat to get to know each other. Here's my calendar: cal.com/{fnl}/30min",
    "We'd like to move you to the next round - a one-hour systems interview on Zoom.",
    "Could you do a short phone screen with me on {day}? 20 mins max.",
    "I've shared a take-home brief - please send it back within the week and we'll book the review call.",
    "Come and meet the team! We'd like to invite you for an informal interview on {day}.",
    "Fancy a walk-and-talk round the park on {day}? That's how we do first interviews here.",
]
RESCHED = [
    "I'm so sorry but I have to move our interview - could we do {day2} at {time} instead?",
    "Something came up on our side. Can we push your interview to {day2}?",
    "Annoyingly {f2} is off sick, so we need to reschedule your interview. Is {day2} any good?",
    "Would it be OK to move Thursday's interview to {day2}, same time?",
    "Apologies for the shuffle - your technical round is now {day2} at {time}, if that still works?",
    "can we move our chat to {day2}? double-booked myself, sorry!!",
    "We need to rearrange the onsite. New proposal: {day2} morning. Let me know.",
    "Could we shift your interview by a day? {day2} works best for the panel.",
]
LOGISTICS = [
    "Parking: there's a pay-and-display behind the building, or the 14 bus stops right outside.",
    "We're on the third floor above the bakery - buzz 'Studio' and someone will come down.",
    "The office is a 5 min walk from the station. Go past the church, it's the red door.",
    "Bring photo ID for reception. Don't worry about dressing up, jeans are fine.",
    "If you're driving, use the staff car park at the back and tell the gate you're here for me.",
    "Lunch is on us. Let me know about any dietary stuff.",
    "The entrance is round the side, next to the bike racks. Ring me if you get lost.",
    "We'll send a Zoom link the day before. Camera on please, it just makes it easier.",
    "Use the service entrance on Mill Lane, the front is for customers only.",
]

# ---------- application ack (human) ----------
ACK = [
    "Got your CV, thanks! I'll have a proper look this week.",
    "Just confirming we've received your application for {role}.",
    "Thanks for applying - it's landed safely in my inbox.",
    "Your application came through fine. I'll get back to you once I've gone through everyone.",
    "received, thank you! we'll be in touch after the closing date.",
    "Thanks so much for sending your CV over, I've passed it to the owner.",
    "Just a note to say I've got your application and I'm reading them all over the weekend.",
    "Thank you for your interest in {role} - we've got your details and the cover letter.",
    "CV received 👍 I'll look at it properly tomorrow.",
    "We've received your application and I'll share it with the hiring manager today.",
    "Thanks for getting in touch - your CV and portfolio arrived OK.",
    "Many thanks for your application, which we've now logged.",
]

# ---------- offer ----------
OFFER = [
    "I'm thrilled to say we'd love to offer you the {role} position!",
    "We want you on the team. Officially: we're offering you the job.",
    "Following our call this morning, here's the offer in writing: {role}, {salary}, starting {date}.",
    "We'd like to extend an offer for the {role} role - numbers attached.",
    "The owner said yes! We'd like to offer you the {role} job.",
    "so... we'd love to have you. offer letter attached, have a read and shout with questions.",
    "As promised on the phone, I'm putting the verbal offer in writing: {salary} plus the usual benefits.",
    "I'm delighted to offer you a place on our team as {role}.",
    "Good news - the panel was unanimous and we're offering you the role.",
    "We'd like you to join us as our new {role}. Contract and salary details ({salary}) are in the attached PDF.",
    "Consider this your offer: {role}, {salary}, flexible start.",
    "It's a yes from all of us - we're making you an offer!",
]
OFFER_NEXT = [
    "Take the weekend to think it over.", "Let me know by {day} if you can.", "Happy to hop on a call about equity.",
    "The contract will follow from our accountant.", "Any questions on the package, just ask.",
    "We can be flexible on the start date.", "No rush, but we'd love an answer by the end of next week.",
    "Sign and return when you're ready.",
]
