"""Sentence banks for writer w37: what frontline managers, chains and staffing apps actually say.

Each bank is a list of templates with {role} {co} {town} {slot} {name} {pay} {date} {mgr} slots.
"""

from __future__ import annotations

HELLO = ["Hi {name},", "Hiya {name}", "Hello {name},", "Hi {name}!", "Dear {name},", "{name} -", "Hey {name},",
         "Morning {name},", "Afternoon {name},", "Hi there,", "Hello,", "Hi {name} 🙂", "Good evening {name},", ""]
BYE = ["Thanks, {mgr}", "Cheers\n{mgr}", "Many thanks,\n{mgr}", "Speak soon\n{mgr}", "Ta, {mgr}",
       "Kind regards,\n{mgr}\n{title}, {co}", "Best wishes\n{mgr}", "Thanks again\n{mgr} ({title})",
       "{mgr}\n{co} {town}", "Regards,\n{mgr}\n{title}", "Thank you,\nThe {co} Recruitment Team",
       "Best,\n{mgr} | {title} | {co}", "x {mgr}", "Thanks\n{mgr}\nSent from my phone, excuse typos"]
TITLES = ["Store Manager", "Assistant Manager", "General Manager", "Shift Manager", "Deputy Manager",
          "Home Manager", "Registered Manager", "Site Supervisor", "Ops Manager", "Head Housekeeper",
          "HR Coordinator", "Recruitment Advisor", "Franchisee", "Owner", "Area Manager", "Duty Manager",
          "Kitchen Manager", "Talent Partner", "People Advisor", "Warehouse Shift Lead"]

THANKS_APPLY = [
    "Sorry it's taken me a while to get back to you, it's been manic here.",
    'Following on from our phone call earlier,',
    "Hope you're well.",
    'Thanks for coming to the open day on Saturday.',
    'Thanks for messaging us on Facebook about the job.',
    'Thank you for attending our group interview.',
    "Thanks for applying for the {role} job.", "Thank you for your interest in working with us at {co}.",
    "Thanks for putting in for the {role} position at our {town} store.", "Thanks for dropping your CV in last week.",
    "Thanks for your application through Indeed for {role}.", "Thanks for coming in to see us.",
    "Thanks for filling in the application form for {role}.", "Thanks for getting in touch about the {role} vacancy.",
    "Just following up on the {role} role you applied for.", "Thanks for your patience while we sorted the rota out.",
]

# ---------------- rejections -----------------
REJECT = [
    "I've got to be straight with you, we're not going to take you on.",
    "The decision's been made and unfortunately it isn't you this time.",
    "We won't be putting you on the rota, sorry to be the bearer of bad news.",
    'Thank you for attending the assessment centre. Regrettably you did not reach the standard required to progress.',
    'Your application has not been shortlisted for interview.',
    "We're not going to offer you a contract after the trial, I'm afraid.",
    'Management have decided not to proceed with your application.',
    "I'm sorry, you weren't picked this time.",
    "I'm afraid we'll have to say no on this one.",
    "We've let the other trialists know too - the job has gone to someone else.",
    'Your application status is now: Not progressed.',
    "sorry hun it's a no from the owner this time",
    "Unfortunately we won't be taking your application any further this time.",
    "I'm sorry to say we've decided not to go ahead with you for this one.",
    "We've had a think and it's a no from us for now, sorry.",
    "Sadly you haven't been successful on this occasion.",
    "I'm afraid we won't be offering you the position.",
    "We've decided to go with other applicants for the {role} role.",
    "It's not good news I'm afraid - we won't be moving forward with your application.",
    "After the trial shift we've decided not to offer you a contract.",
    "We're not able to offer you a job at this point.",
    "Just to let you know we've gone with someone else for the {role} job.",
    "On this occasion your application has not been taken forward.",
    "I'm sorry but we won't be progressing you to the next stage.",
    "We won't be taking you on this time round.",
    "I'm letting you know the outcome - unfortunately it's not a yes this time.",
    "Having reviewed your application, we regret that we cannot offer you an interview.",
    "We're going to pass on your application for now.",
    "It was a close call but we've decided not to offer you the role.",
    "Following your group interview, we will not be offering you a position at this time.",
    "I'm really sorry, we won't be able to take you on.",
    "Your application for {role} has been unsuccessful.",
]
REJECT_SOFTEN = [
    'Thanks for being so patient with us.',
    "Sorry it's not better news.",
    "Don't let it put you off applying again.",
    'Hope to see you in the shop as a customer anyway!',
    "It really wasn't an easy decision.",
    "There'll be more vacancies in the spring.",
    "It was lovely to meet you and we really appreciate you giving up your time.",
    "Please don't take it to heart.", "We had loads of people apply this time.",
    "We had a lot of strong applicants for not many shifts.",
    "You're welcome to apply again in the future, we recruit all year round.",
    "We'll keep your details on file in case anything comes up.",
    "Feel free to keep an eye on our careers page for other vacancies.",
    "Best of luck with your job search.", "I hope you find something soon.",
    "We recruit again for Christmas in October so do look out for that.",
    "We're not able to give individual feedback because of the number of applications.",
    "We had a really good turnout for the open day.",
]
REASON = {
    "role_filled": [
        "We've filled the weekend shifts now.", "The position has now been filled.",
        "The vacancy was filled by an internal transfer from another store.",
        "We offered the role to someone who was already on our bank staff list.",
        "All the {role} places have been taken now.", "Someone from our {town} branch has moved across to cover it.",
        "We've now got a full team for the summer.", "The nights vacancy went to the first person who trialled, sorry.",
    ],
    "budget_freeze": [
        "Head office has put a freeze on hiring for the moment.",
        "There just aren't enough hours to offer you anything right now.",
        "Our budget for new starters has been cut for this quarter.",
        "We've been told not to take anyone else on until the new year.",
        "Hours across the store have been reduced so we can't add anyone to the rota.",
        "There's a recruitment pause across all our sites at the moment.",
    ],
    "closer_fit": [
        "We went with someone who already had experience in a similar role.",
        "Another applicant was a closer match to what the kitchen needs right now.",
        "The person we chose has done this exact job before, so it made sense for us.",
        "We offered it to someone whose availability fitted the rota better.",
        "Another candidate's background matched the role a bit more closely.",
    ],
    "level_mismatch": [
        "We're really after someone with supervisory experience for this one.",
        "To be honest we think you'd be overqualified and bored in this role.",
        "The role needs someone who has already run shifts, so it's a more senior position than it looked.",
        "We're looking for an entry-level person to train up, and your experience is well beyond that.",
        "We need someone at team leader level for this vacancy.",
    ],
    "role_cancelled": [
        "The season has finished earlier than planned so we won't be filling the role.",
        "The store is closing at the end of the month, so the vacancy has been withdrawn.",
        "The contract we were recruiting for has been cancelled by the client.",
        "We've decided not to open the second kitchen after all, so the job isn't going ahead.",
        "The event has been called off so we're not recruiting stewards any more.",
        "The night shift is being scrapped, so the vacancy no longer exists.",
    ],
}

# --------------- feedback (topic -> weakness phrasings) -------------
WEAK = {
    "communication": [
        "you were a bit quiet in the group task and we didn't really get to hear your ideas",
        "on the phone role-play it was sometimes hard to follow what you were telling the customer",
        "your answers tended to ramble a bit and we lost the point",
        "we'd have liked you to speak up more with the customers on the trial shift",
        "you didn't really chat to the residents, which is a big part of the job here",
        "some of your explanations to the 'customer' were a bit unclear",
    ],
    "collaboration": [
        "at the trial you mostly worked on your own rather than mucking in with the team",
        "in the group exercise you didn't really give the others a chance to speak",
        "the team said you didn't ask anyone for help when the line got busy",
        "we need people who back each other up on a shift and we didn't see much of that",
        "you seemed to go off and do your own thing rather than work with the other pickers",
    ],
    "experience_level": [
        "we need someone with forklift experience and you haven't got your licence yet",
        "we really need someone who has worked a coffee machine before",
        "you haven't done personal care before and we can't train from scratch at the moment",
        "you didn't have quite enough bar experience for a venue this busy",
        "we're after someone with at least a year in a warehouse",
        "the role needs a full UK driving licence held for two years and you're not quite there",
    ],
    "composure": [
        "you looked quite flustered once the lunch rush started",
        "nerves seemed to get the better of you in the interview",
        "the angry customer scenario seemed to rattle you a bit",
        "you froze a little when the till queue built up",
        "you seemed stressed when things got hectic in the kitchen",
    ],
    "behavioural": [
        "punctuality at the trial shift let you down - you arrived 25 minutes late",
        "when we asked for a time you dealt with a complaint, the example was quite vague",
        "we asked about a time you went above and beyond and you struggled to give an example",
        "you were on your phone a few times during the trial shift",
        "your answers to the 'tell me about a time' questions didn't really have much detail",
    ],
    "questions_to_ask": [
        "you didn't have any questions for us at the end, which made it hard to tell if you really wanted the job",
        "it would have been good if you'd asked us something about the role or the team",
        "when we asked if you had questions you said no, and we like people to be curious about the place",
    ],
    "technical_depth": [
        "you weren't sure about the basics of food hygiene, like fridge temperatures",
        "the manual handling questions tripped you up",
        "you weren't confident on how to record medication, which matters a lot here",
        "your knowledge of the licensing rules (Challenge 25 etc.) was a bit shaky",
        "the troubleshooting questions about routers were a stretch for you",
        "you mixed up some of the fire safety procedures we went over",
    ],
    "cv_positioning": [
        "your CV didn't mention your availability, which is the first thing we look at",
        "the application form left out your retail experience, so we nearly missed it",
        "your cover note talked about office work and didn't say why you wanted to work in care",
        "your CV is very long and the relevant bar work was buried on page three",
        "you didn't say on the form that you'd done cash handling before",
    ],
}
PRAISE = [
    "You were friendly and the customers warmed to you.", "You clearly work hard.",
    "The team liked you a lot.", "Your attitude was great.", "You were lovely with the residents.",
    "Your till work was quick and accurate.", "You're obviously reliable.",
    "We liked your energy.", "You were really polite on the phone.",
]
FEEDBACK_INTRO = [
    "You asked for some feedback so here's what the team said:", "To be honest with you,",
    "A bit of feedback in case it helps:", "Just so you know where it fell down:",
    "The main thing was that", "If I'm honest", "Feedback from the manager who ran your trial:",
    "I spoke to {mgr2} who did your interview and", "What we noticed on the day was that",
    "For next time,", "The reason, really, is that",
]

# --------------- invites -----------------
INVITE = [
    "Owner wants to meet you! Any chance you could do {slot}? Won't take long, 20 mins tops.",
    "Pop down to the kitchen {slot} and we'll do a quick cook-off - just an omelette and a salad, nothing fancy.",
    "We'd like you to come in for a 2-hour paid trial behind the bar {slot}. Ask for {mgr2}.",
    'Please attend an interview for the post of {role} on {date}. The panel will be {mgr2} and myself. Please confirm your attendance by reply.',
    "You've passed the first stage! Next is a 20-minute call with one of our recruiters - choose a time that suits you: {link}",
    "Could you do a couple of hours shadowing one of our carers on {slot}? It's part of the interview and we'll pay you for it.",
    "We'd like to invite you to the next step: a short roleplay call with a team leader. Reply with your availability this week.",
    'Would you be up for coming in {slot} to meet the team? Just a chat and a walk round the floor.',
    'Please complete the situational judgement test and typing test here before {date}: {link}',
    "We've rescheduled your interview to {slot} because the manager is off that day - hope that still works.",
    "Can you come in {slot} for a quick chat? Just ask for {mgr2} at the tills.",
    "We'd like to invite you to a trial shift on {slot} - it's about 3 hours, paid, wear black trousers and comfy shoes.",
    "Could you pop in {slot}? Ask for {mgr2} and bring your passport or share code for the right-to-work check.",
    "We'd love you to come along to our group interview on {slot} at the {town} store. It lasts around an hour.",
    "Next step is a short phone interview - are you free {slot}? If not, reply with a time that suits.",
    "Please book a slot for your video interview using the link below. It takes about 15 minutes.",
    "You've been shortlisted! Please choose an interview time here: {link}",
    "We'd like you to complete our online assessment within 5 days: {link}",
    "Are you free for a working interview on {slot}? You'd be on the floor with the team for a couple of hours.",
    "We're holding an assessment day on {date} from 9.30 to 1 and we'd like you to attend.",
    "Would you be able to come for an informal interview and a look round the home on {slot}?",
    "The site manager would like to meet you {slot} for a walk round the warehouse and a chat.",
    "Come and do a taster session with us on {slot}, bring your CV and a copy of your ID.",
    "I'd like to give you a ring for a 10 minute chat about the role - does {slot} work?",
    "We'd like to move you forward to the next stage: an interview with the store manager. Pick a time: {link}",
    "Your application has been moved to the interview stage. Please use this link to book: {link}",
    "We'd like to invite you for a driving assessment at the depot on {slot}. Bring your licence.",
    "We're running interviews on {date} - could you make 11am? Ask for me at reception.",
]
INVITE_DETAIL = [
    "Parking is round the back.", "Please wear closed-toe shoes.", "Bring a pen!",
    "Let me know if you can't make it and we'll find another time.",
    "Just reply to this email to confirm.", "It's nothing formal so don't worry.",
    "You'll need to bring two forms of ID.", "It's a paid trial, 3 hours at {pay}/hr.",
    "Use the staff entrance on {street}.", "Text me on 07{phone} if you're running late.",
    "Dress code is smart casual.", "We'll sort your uniform size on the day.",
]

# --------------- acks -----------------
ACK = [
    "Just a quick note to say we've got your form and it's with the hiring team now.",
    'Your CV arrived safely, thanks! Give us a few days to look through everything.',
    "Hi, got your application, thanks very much. I'll pass it to {mgr2} who does the hiring for the kitchen.",
    'Thank you - your application for {role} ({ref}) has been received by {co}.',
    'Received with thanks. We review new applications every Monday.',
    'We can confirm that your application for the post of {role} has been received.',
    "We've received your application for {role} and we'll be in touch if you're shortlisted.",
    "This is to confirm we got your application for {role} at {co} ({town}).",
    "Your application has been submitted successfully.",
    "Thanks, your application is in! Our team reviews applications every week.",
    "We've got your CV and the store manager will have a look this week.",
    "Application received - {role}, {town}.",
    "Just confirming your application reached us. We'll be in touch within 10 working days.",
    "Thanks for applying. Your application reference is {ref}.",
    "Great news - your application for {role} has been sent to {co}.",
]
ACK_NEXT = [
    "If you haven't heard from us within two weeks, please assume you have not been successful this time.",
    "You can track your application in the app at any time.",
    "Please keep your phone handy as we often call rather than email.",
    "Due to the volume of applications we can't reply to every enquiry.",
    "In the meantime, why not follow us on Instagram?",
    "You don't need to do anything else right now.",
]

# --------------- offers -----------------
OFFER = [
    "Right, we'd love to have you! Can you start {date}? {hours}, {pay} an hour, paid weekly.",
    "The owner was really pleased with your trial so the job's yours if you want it - {pay}/hr, {hours}.",
    "I'm delighted to offer you the post of {role} on a {hours} contract, starting {date}, at {pay} per hour, subject to pre-employment checks.",
    'We want you on the team for the summer! {role}, {pay} per hour plus staff discount, starting {date}.',
    'Following your assessment day we are pleased to make you a conditional offer for {role}. Hourly rate: {pay}. Start date: {date}.',
    "We'd like to offer you the {role} job! It's {pay} an hour, starting {date}.",
    "Good news - we'd love to have you on the team as {role}. Pay is {pay}/hr and we can start you {date}.",
    "I'm pleased to offer you a position as {role} at {co}, on a {hours} contract at {pay} per hour.",
    "After your trial shift we'd like to offer you the job. You can start {date} if that works, {pay} an hour.",
    "We'd like to offer you {hours} a week as {role}, {pay} per hour, subject to your DBS check coming back clear.",
    "You got it! We're offering you the {role} role from {date}, {pay}/hr plus tips.",
    "I'm happy to confirm a conditional offer of employment for the post of {role} ({hours}), subject to references and a right to work check.",
    "We'd like you to join us for the season as {role}. {pay} per hour, shifts start {date}.",
]
OFFER_NEXT = [
    "Can you let me know by Friday if you'd like to accept?", "Reply to this email to accept and I'll send the contract.",
    "What size polo shirt are you? We'll order your uniform.", "Please confirm you're happy with the rota pattern (4 on, 4 off).",
    "Your contract is attached - please sign and send back.", "Let me know if you have any questions about the hours.",
    "We'll need your bank details and NI number once you accept.", "Please accept the offer in the app within 48 hours.",
]
HOURS = ["16-hour", "20-hour", "24 hours", "30 hours", "zero-hours", "full-time (37.5 hrs)", "part-time (weekends)",
         "nights (3 x 10hrs)", "seasonal"]


# words that tie a weakness phrase to particular sectors (phrases without them fit anywhere)
_SECTOR_WORDS = {
    "residents": {"care"}, "medication": {"care"}, "personal care": {"care"}, "work in care": {"care"},
    "forklift": {"warehouse"}, "pickers": {"warehouse"}, "warehouse": {"warehouse", "driving"},
    "driving licence": {"driving", "council"}, "coffee machine": {"hospitality", "fastfood"},
    "bar experience": {"hospitality", "hotel", "festival"}, "bar work": {"hospitality", "hotel", "festival"},
    "kitchen": {"hospitality", "fastfood", "hotel"}, "lunch rush": {"hospitality", "fastfood", "retail"},
    "food hygiene": {"hospitality", "fastfood", "hotel", "retail"}, "Challenge 25": {"retail", "hospitality", "festival", "leisure"},
    "routers": {"callcentre"}, "phone role-play": {"callcentre"}, "till": {"retail", "fastfood", "leisure"},
    "retail experience": {"retail", "callcentre", "council"}, "cash handling": {"retail", "fastfood", "leisure", "festival"},
}


def weak_for(rng, topic: str, sector: str) -> str:
    """A weakness phrase for the topic that makes sense in the employer's sector."""
    options = WEAK[topic]
    fitting = [p for p in options if all(sector in secs for w, secs in _SECTOR_WORDS.items() if w in p)]
    pool = fitting or options
    return pool[rng.randrange(len(pool))]


def praise_for(rng, sector: str) -> str:
    pool = [p for p in PRAISE if ("residents" not in p or sector == "care") and ("till" not in p or sector in ("retail", "fastfood", "leisure"))
            and ("customers" not in p or sector not in ("care", "warehouse", "driving", "cleaning"))
            and ("phone" not in p or sector == "callcentre")]
    return pool[rng.randrange(len(pool))]
