"""Sentence banks for writer w10: what the NEW text of a message says, per meaning.

Each ``say_*`` function returns a dict with ``subject`` (without Re:/Fwd: prefixes), ``body`` (the new
text, no greeting or sign-off: shells add those so that labelled and unlabelled mail share them),
``labels``, ``topics`` and ``outside_control``. Placeholders are filled from a context dict.
"""

from __future__ import annotations

import random

from _w10_shell import chance, fill, pick


def _out(subject: str, body: str, labels=(), topics=(), oc=()) -> dict:
    return {"subject": subject, "body": body, "labels": list(labels), "topics": list(topics),
            "outside_control": list(oc)}


def _join(rng: random.Random, parts: list[str], ctx: dict) -> str:
    """Sentences into one or two paragraphs."""
    parts = [fill(p, ctx) for p in parts if p]
    if len(parts) > 2 and chance(rng, 0.5):
        cut = rng.randint(1, len(parts) - 1)
        return " ".join(parts[:cut]) + "\n\n" + " ".join(parts[cut:])
    return " ".join(parts)


# ---------------------------------------------------------------- rejection
REJ_CORE = [
    "Unfortunately we won't be moving forward with your application for the {role} role.",
    "I'm sorry to say the team has decided not to progress your application any further.",
    "After a lot of back and forth, we've decided to go a different direction for this position.",
    "We won't be taking your candidacy to the next stage this time.",
    "I'm afraid it's a no from the panel on this occasion.",
    "The hiring team have made their decision and, regretfully, we will not be offering you the position.",
    "We've decided to pursue other candidates for the {role} opening.",
    "I wanted to let you know personally that we're not going to proceed with you for {role}.",
    "Sadly we'll have to pass on your application this round.",
    "Having reviewed everything, we have concluded that we will not continue with your application.",
    "We're going to close out your application for the {role} position without an offer.",
    "This isn't the news you were hoping for: we won't be extending the process further.",
    "Thanks for your patience while we deliberated; unfortunately the answer is no for now.",
    "After reviewing your profile against the requirements, we won't be inviting you to interview.",
    "Your application for {role} (req {req}) has not been successful.",
    "We will not be moving you on to the final round.",
    "I've spoken with the hiring manager and we're going to stop the process here.",
    "The team enjoyed meeting you, but we have decided not to make an offer.",
    "We have chosen not to advance your candidacy for this requisition.",
    "It's not going to work out on our side for the {role} job, I'm sorry.",
    "We'll pass for now, but thanks a lot for the time you put in.",
    "I'm writing to let you know that we've filled our shortlist and you are not on it this time.",
    "Following the review of your take-home, we have decided not to continue.",
    "Regrettably, your application will not be progressed.",
    "The panel met yesterday and I'm sorry to tell you they've decided not to go ahead.",
    "On this occasion we'll be progressing with other applicants whose profiles we've prioritised.",
    "We've now completed our review and your application won't be taken forward.",
    "I'd hoped to bring better news, but we won't be making you an offer for {role}.",
    'Following the final interviews, the team have chosen another person for the job.',
    "We're not able to offer you a place in the next round of the {role} process.",
    "It's a no for this one, I'm afraid, though it was genuinely close.",
    "The decision has gone against us this time: we won't be continuing your candidacy.",
    'We have decided not to shortlist your application.',
    'Your candidacy for requisition {req} has been closed.',
]
REJ_SOFT = [
    "We were genuinely impressed by your background, which made this a hard call.",
    "It was a close decision and not a reflection of your ability.",
    "Everyone who spoke with you enjoyed the conversation.",
    "",
    "",
    "We know how much effort goes into an application and we appreciate it.",
    "Thank you for the energy you brought to the conversations.",
    "I know this is disappointing after several rounds.",
]
REASONS = {
    "role_filled": [
        "The position has now been filled.",
        "We have accepted an offer from another candidate for this role.",
        "The seat was taken by someone further along in our process.",
        "Another applicant accepted our offer last week, so the vacancy is closed.",
        "We made a hire for this role before we could get you to the final stage.",
        "The team has already signed someone for the opening.",
    ],
    "budget_freeze": [
        "Our hiring budget for the quarter has been frozen.",
        "Following a finance review, headcount for the team has been put on hold.",
        "A company-wide hiring pause came into effect this week.",
        "We've lost the funding for this headcount for the rest of the year.",
        "Budget approval for the role was withdrawn after the reforecast.",
    ],
    "closer_fit": [
        "We went with a candidate whose experience lines up more closely with what the team needs right now.",
        "Another finalist had more direct experience in our particular stack.",
        "We've chosen someone whose background maps more directly onto the role.",
        "In the end we picked a candidate with a closer match to the domain.",
        "The successful applicant had hands-on experience that was a tighter fit for this specific team.",
    ],
    "level_mismatch": [
        "We've realised the team needs someone more senior than the role was first pitched at.",
        "We're looking for a more junior profile for this particular opening.",
        "The scope has shifted towards a staff-level hire, which is above the level we discussed with you.",
        "Your experience is beyond what this position can offer in scope and pay, and we don't want to under-level you.",
        "We need someone with several more years of people leadership than we'd discussed.",
    ],
    "role_cancelled": [
        "The role itself has been cancelled after a reorganisation.",
        "We've decided not to fill this position at all after a change in priorities.",
        "The requisition has been withdrawn, so we are closing the process for everyone.",
        "The team the role sat in is being merged and the opening no longer exists.",
        "Leadership has put the project this hire was for on ice, so the vacancy is gone.",
    ],
}
NO_FEEDBACK = [
    "Due to the volume of applications we aren't able to give individual feedback.",
    "Company policy means we can't share detailed feedback, I'm sorry.",
    "We had a very strong field of candidates.",
    "We received many applications from strong candidates.",
    "We're unable to provide feedback at this stage of the process.",
    "",
    "",
    "",
]
CLOSE_KIND = [
    "We'd be glad to hear from you for future openings.",
    "I hope our paths cross again.",
    "Please keep an eye on our careers page; new roles open often.",
    "Wishing you the best with your search.",
    "We'll keep your details on file for twelve months, with your permission.",
    "Good luck with everything.",
    "",
    "",
]
REJ_SUBJ = ["Your application for {role}", "{role} - update", "Update on your application", "{co} - {role}",
            "Your candidacy at {co}", "Application status: {role} ({req})", "Next steps", "{role} interview outcome",
            "Following up", "Your {co} application", "Decision on {role}", "Quick update"]


def say_rejection(rng: random.Random, ctx: dict, reasons: list[str] | None = None, short: bool = False) -> dict:
    if reasons is None:
        reasons = []
        if chance(rng, 0.45):
            reasons = [pick(rng, list(REASONS))]
            if chance(rng, 0.15):
                other = pick(rng, list(REASONS))
                if other not in reasons and {other, reasons[0]} != {"role_filled", "role_cancelled"}:
                    reasons.append(other)
    if short:
        body = pick(rng, [
            "Unfortunately we won't be moving forward. Thanks again for your time.",
            "Sorry {first}, the team decided to pass on this one.",
            "We're going to go with someone else for this role, I'm sorry to say.",
            "Bad news, I'm afraid: it's a no from the hiring manager.",
            "Just closing the loop: we won't be progressing you further. Sorry!",
            "Thanks for doing the task. We won't be taking it further, unfortunately.",
            "I'm afraid we've decided not to proceed. Wishing you all the best.",
            "Heads up that we're not moving ahead with your profile for {role}.",
        ])
        extra = [pick(rng, REASONS[r]) for r in reasons]
        return _out(pick(rng, REJ_SUBJ), _join(rng, [body] + extra, ctx), ["rejection"], (), reasons)
    parts = [pick(rng, REJ_SOFT), pick(rng, REJ_CORE)] if chance(rng, 0.4) else [pick(rng, REJ_CORE), pick(rng, REJ_SOFT)]
    parts += [pick(rng, REASONS[r]) for r in reasons]
    parts.append(pick(rng, NO_FEEDBACK))
    parts.append(pick(rng, CLOSE_KIND))
    return _out(pick(rng, REJ_SUBJ), _join(rng, parts, ctx), ["rejection"], (), reasons)


# ---------------------------------------------------------------- feedback
WEAK = {
    "coding": [
        "the live coding got stuck on edge cases, and the final solution didn't handle empty input",
        "your code worked but was hard to follow, with long functions and unclear names",
        "we'd hoped to see tests written alongside the implementation in the exercise",
        "the algorithm you chose was quadratic where a linear pass was possible, and that wasn't spotted",
        "the take-home left several obvious bugs in the parsing step",
        "the pairing session showed some hesitation with basic data structure choices",
    ],
    "system_design": [
        "the panel would have liked to see more reasoning about how the service would behave at ten times the load",
        "the architecture discussion didn't get to caching, queues or how data would be partitioned",
        "when we asked how the pieces would fit together at scale, the answer stayed quite high level",
        "the design round lacked a clear story for failure modes and what happens when a dependency goes down",
        "the whiteboard design skipped over storage choices and their trade-offs",
    ],
    "technical_depth": [
        "when we probed beneath the surface of the projects on your CV the answers got thin",
        "the panel wanted more depth on the internals of the tools you've used day to day",
        "explanations of why things work, rather than how to use them, were a bit light",
        "the deep-dive into your last migration didn't go much beyond what a tutorial would cover",
        "we'd expect a stronger grasp of concurrency for the level we're hiring at",
    ],
    "behavioural": [
        "the examples you gave about handling conflict were fairly generic and lacked specifics",
        "your stories about past projects didn't make your own contribution clear",
        "in the values interview the answers leaned on hypotheticals rather than real situations",
        "the panel struggled to get a concrete example of a time something went wrong and what you learned",
    ],
    "communication": [
        "answers tended to wander, and it was sometimes hard to follow your line of thought",
        "you could be more concise; several replies ran long before reaching the point",
        "explaining technical choices to the non-technical interviewer didn't quite land",
        "we found it hard to tell when you had finished an answer, so structure would help",
    ],
    "questions_to_ask": [
        "you didn't have any questions for us at the end, which the panel read as low curiosity about the role",
        "the questions you asked were ones the job ad already answered",
        "we'd have liked to hear more curiosity about the team and how we work",
    ],
    "composure": [
        "you seemed quite rattled once the first approach didn't work, and it was hard to recover",
        "nerves clearly got in the way during the timed part",
        "under a bit of pressure in the final round, the answers became rushed",
        "when the interviewer pushed back, it seemed to throw you off for the rest of the session",
    ],
    "experience_level": [
        "the team felt you'd need a couple more years leading projects end to end before this role",
        "your hands-on time with production systems is shorter than what this position demands",
        "we didn't see enough evidence of owning work at the scope we need",
        "the role needs someone who has already managed a team, and that experience isn't there yet",
    ],
    "collaboration": [
        "in the pairing exercise you tended to work alone rather than bring the interviewer along",
        "the panel wasn't convinced about how you'd work across teams, since most examples were solo",
        "when your pair suggested another approach, it wasn't really picked up",
    ],
    "cv_positioning": [
        "your CV undersells the data work you described in person, so the screen nearly missed you",
        "the portfolio didn't show the product thinking you talked about, which made the first review harder",
        "the way your experience is framed reads as support rather than engineering, which hurts for roles like this",
        "your cover letter was generic and didn't connect your background to this team",
    ],
}
PRAISE = [
    "Your enthusiasm for the product came through clearly.",
    "The panel liked your collaborative attitude.",
    "Your coding was clean and quick.",
    "You were easy to talk to and clearly curious.",
    "Your knowledge of the domain was a real plus.",
    "The take-home was well structured and nicely documented.",
    "We appreciated how clearly you described your past work.",
    "Your questions at the end were thoughtful.",
    'Your product sense stood out.',
    'The hiring manager said you were one of the most thoughtful candidates this quarter.',
    'Your write-up of the exercise was excellent.',
    'You built rapport with the panel quickly.',
]
FB_LEAD = [
    "Here's what the panel shared:",
    "The main points from the debrief:",
    "As promised, some feedback from the interviewers.",
    "I spoke to the hiring manager, and here's the gist.",
    "Happy to share what came up in the debrief.",
    "I've pulled together the notes so they're useful to you.",
    "Honest feedback, since you asked:",
    "A couple of things the team raised.",
]
FB_WEAK_WRAP = [
    "On the other side, {w}.",
    "Where it fell short: {w}.",
    "The main concern was that {w}.",
    "The interviewers noted that {w}.",
    "One area to work on: {w}.",
    "If I'm candid, {w}.",
    "Feedback also suggested {w}.",
    "What held it back was that {w}.",
]


def feedback_block(rng: random.Random, ctx: dict, n: int | None = None, praise_only: bool = False) -> tuple[str, list[str]]:
    if praise_only:
        return " ".join(rng.sample(PRAISE, 2)), []
    n = n or pick(rng, [1, 1, 2, 2, 3])
    topics = rng.sample(list(WEAK), n)
    parts = []
    if chance(rng, 0.6):
        parts.append(pick(rng, PRAISE))
    wraps = rng.sample(FB_WEAK_WRAP, len(topics))
    for t, wrap in zip(topics, wraps):
        w = pick(rng, WEAK[t])
        parts.append(fill(wrap, {"w": w}))
    return " ".join(parts), topics


def say_rejection_feedback(rng: random.Random, ctx: dict) -> dict:
    rej = say_rejection(rng, ctx)
    fb, topics = feedback_block(rng, ctx)
    lead = pick(rng, FB_LEAD)
    core = pick(rng, REJ_CORE)
    body = _join(rng, [pick(rng, REJ_SOFT), core], ctx) + "\n\n" + fill(lead, ctx) + " " + fb
    oc = []
    if chance(rng, 0.2):
        oc = [pick(rng, ["closer_fit", "level_mismatch", "role_filled"])]
        body += " " + pick(rng, REASONS[oc[0]])
    body += "\n\n" + fill(pick(rng, CLOSE_KIND) or "Thanks again for your time.", ctx)
    return _out(rej["subject"], body, ["rejection", "feedback"], topics, oc)


def say_feedback_reply(rng: random.Random, ctx: dict) -> dict:
    """Recruiter answering the candidate's feedback request with actual feedback."""
    open_ = pick(rng, [
        "Thanks for asking, and sorry it took a few days.",
        "Of course, happy to share.",
        "Good on you for asking; not everyone does.",
        "I went back through the scorecards for you.",
        "Thanks for your message. I checked with the panel.",
        "No problem at all.",
    ])
    fb, topics = feedback_block(rng, ctx)
    close = pick(rng, ["Hope that helps for next time.", "I hope this is useful.", "Feel free to reapply in a year.",
                       "Happy to jump on a call if you'd like more detail.", "Best of luck with the search.", ""])
    return _out("Feedback", _join(rng, [open_, fill(pick(rng, FB_LEAD), ctx), fb, close], ctx), ["feedback"], topics)


def say_feedback_policy(rng: random.Random, ctx: dict) -> dict:
    """Reply to a feedback request that gives no evaluative feedback: no label."""
    body = pick(rng, [
        "Thanks for reaching out. Unfortunately our policy is not to share interview feedback with candidates.",
        "I appreciate you asking. We don't provide individual feedback, but it was a competitive process with many strong applicants.",
        "Sorry, I'm not able to pass on the interviewers' notes; that's a company-wide rule.",
        "Thanks for the note. Our legal team asks us not to share feedback, I hope you understand.",
        "I did ask, but the hiring manager prefers not to give feedback outside the company. Sorry I can't be more help.",
    ])
    close = pick(rng, ["Wishing you all the best.", "Good luck out there.", "Thanks for understanding.", ""])
    return _out("Feedback", _join(rng, [body, close], ctx), [], (), ())


# ---------------------------------------------------------------- invitations
STAGES = [
    "a 30-minute phone screen", "a short intro call with me", "a technical interview with two engineers",
    "a system design session", "the onsite loop", "a final interview with our CTO",
    "a quick chat with the hiring manager, {hm}", "a video call with the {team} team",
    "a pair-programming session", "a 45-minute conversation about your experience",
    "the second round", "a culture and values interview", "a case study interview",
    "a portfolio review with the design leads", "a virtual coffee with the team lead",
]
INV_CORE = [
    "We'd love to invite you to {stage} for the {role} position.",
    "The team would like to move you forward to {stage}.",
    "Good news: the hiring manager wants to meet you. Next up is {stage}.",
    "Could we set up {stage}?",
    "I'd like to schedule {stage} with you.",
    "You've been shortlisted, and the next step is {stage}.",
    "We were impressed with your application and would like to invite you to {stage}.",
    "Would you be open to {stage} next week?",
    "Following your call with me, the team would like you to come in for {stage}.",
    "Let's get {stage} in the diary.",
    "The panel reviewed your application and we'd like to talk. First up would be {stage}.",
    'Thanks for your patience. {hm} would like to meet you, so the next stage is {stage}.',
    "We'd be delighted to have you join us for {stage}.",
    "You're through to the next round! We'd like to arrange {stage}.",
    "Your CV stood out and I'd like to set up {stage} to learn more about you.",
    "Are you still interested in {role}? If so, let's book {stage}.",
    'The hiring manager asked me to invite you to {stage} as soon as we can find a time.',
]
INV_SLOT = [
    "Would {day} {date} at {time} work for you?",
    "Are you free on {short} at {time}, or {day2} afternoon?",
    "Please pick a time that suits you here: {link}",
    "You can book a slot directly in my calendar: {link}",
    "Let me know a few times that work over the next week and I'll send an invite.",
    "I've proposed {day} at {time}; if that doesn't work, reply with alternatives.",
    "Use this link to choose a slot: {link}",
    "We have openings {day} morning and {day2} after lunch, which is better?",
]
INV_DETAIL = [
    "It will be on Zoom and should take about an hour.",
    "It's remote, on Google Meet.",
    "We'll meet at our office; I'll send directions once we confirm.",
    "No preparation needed beyond being comfortable talking through your recent work.",
    "You'll be sharing your screen, so have an editor you like ready.",
    "Expect around 45 minutes plus time for your questions.",
    "",
    "",
]
INV_SUBJ = ["Interview invitation - {role}", "Next steps: {role}", "{co}: let's talk", "Scheduling your interview",
            "{role} ({req}) - next round", "Invitation: {stage_short}", "Your application - next stage",
            "Chat this week?", "Interview with {co}", "Moving forward"]


def say_invite(rng: random.Random, ctx: dict, short: bool = False) -> dict:
    ctx = dict(ctx)
    ctx["stage"] = fill(pick(rng, STAGES), ctx)
    ctx["stage_short"] = ctx["stage"].split(" with")[0].replace("a ", "", 1).strip().capitalize()
    if short:
        body = pick(rng, [
            "Liked your CV. Could you do a call {day} at {time}?",
            "Team wants to see you for the next round! Free {short}?",
            "Can we grab 20 minutes this week to talk about {role}? Here's my calendar: {link}",
            "We'd like to bring you in for {stage}. Send me some times?",
        ])
        return _out(fill(pick(rng, INV_SUBJ), ctx), fill(body, ctx), ["interview_invite"])
    parts = [pick(rng, INV_CORE), pick(rng, INV_SLOT), pick(rng, INV_DETAIL)]
    return _out(fill(pick(rng, INV_SUBJ), ctx), _join(rng, parts, ctx), ["interview_invite"])


def say_reschedule(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Apologies, {hm} has had a clash come up. Could we move your interview to {day} at {time} instead?",
        "Something came up on our side, so we need to move Thursday's session. Does {short} at {time} work?",
        "I'm afraid our panel is short a person tomorrow. Can we rebook the technical round? Options: {day} {time} or {day2} morning.",
        "We have to push your final interview back a week. New proposal: {date}, {time}. Let me know.",
        "Sorry for the shuffle: please use this link to pick a new time for the interview: {link}",
        "Quick change: the onsite is moving to {day} {date}, same time. Does that still suit you?",
    ])
    extra = pick(rng, ["Sorry for the inconvenience.", "Thanks for bearing with us.", "", "Really sorry about this."])
    return _out(pick(rng, ["Rescheduling your interview", "Change of time", "Interview - new time?", "Moving our call"]),
                _join(rng, [body, extra], ctx), ["interview_invite"])


ASSESS_NAMES = ["online coding assessment", "numerical reasoning test", "situational judgement test",
                "HackerRank-style challenge", "short technical quiz", "take-home exercise", "video interview (recorded)",
                "logic and aptitude assessment", "SQL skills test", "personality questionnaire and skills test"]


def say_assessment(rng: random.Random, ctx: dict) -> dict:
    ctx = dict(ctx, test=pick(rng, ASSESS_NAMES), hrs=pick(rng, ["48 hours", "5 days", "7 days", "72 hours"]))
    body = pick(rng, [
        "The next step in our process is an {test}. Please complete it within {hrs}.",
        "You're invited to take our {test}. It takes about 60 minutes and must be done in one sitting.",
        "As part of your application, we'd like you to complete a {test}. The link stays open for {hrs}.",
        "We'd like to invite you to the {test} stage. Start whenever you're ready, but within {hrs}.",
    ])
    return _out(fill(pick(rng, ["Your assessment for {role}", "Next step: {test}", "Invitation to complete an assessment",
                                "Action required: assessment for {role}"]), ctx), fill(body, ctx), ["interview_invite"])


# ---------------------------------------------------------------- ack, offer
ACK_CORE = [
    "Thank you for applying for the {role} position. We've received your application.",
    "This is to confirm we have your application for {role} (ref {req}).",
    "Thanks for your interest in {co}! Your application has reached us.",
    "We've got your application and it is now with the recruiting team.",
    "Your application for {role} was submitted successfully.",
    "Thanks, {first}, we received your CV for the {role} vacancy.",
    "Just confirming I received your application. I'll take a look this week.",
    "Application received: {role}.",
    'Thank you, your application for {role} is in. We read every one.',
    'Many thanks for applying. Your documents arrived safely and are now with the {team} team.',
    'Confirmation: we have received your application (reference {req}).',
    'Hello from the recruiting team! This note confirms your application for {role} has been logged.',
    'Your CV for {role} landed in our inbox, thanks for thinking of us.',
    'We appreciate your application for the {role} role and confirm it has been received.',
]
ACK_NEXT = [
    "A member of the team will review it and get back to you if your profile matches.",
    "We aim to respond within two weeks.",
    "If you're shortlisted, someone will be in touch to arrange a first call.",
    "You can track progress in your candidate account.",
    "Because of the volume of applications, this can take a few weeks.",
    "",
]


def say_ack(rng: random.Random, ctx: dict) -> dict:
    return _out(pick(rng, ["Thanks for applying to {co}", "Application received - {role}", "We received your application",
                           "Your application: {role} ({req})", "Thank you for your application", "{co} | Application confirmation"]),
                _join(rng, [pick(rng, ACK_CORE), pick(rng, ACK_NEXT)], ctx), ["application_ack"])


def say_ack_assessment(rng: random.Random, ctx: dict) -> dict:
    a = say_assessment(rng, ctx)
    return _out(pick(rng, ["Application received - next step inside", "Thanks for applying: your assessment",
                           "{role}: application received"]),
                _join(rng, [pick(rng, ACK_CORE)], ctx) + "\n\n" + a["body"], ["application_ack", "interview_invite"])


def say_reject_invite(rng: random.Random, ctx: dict) -> dict:
    ctx = dict(ctx)
    ctx["stage"] = fill(pick(rng, STAGES), ctx)
    first = pick(rng, [
        "We won't be moving forward with you for {role}, since we went with someone with more payments background.",
        "The {role} role isn't going ahead with you, I'm afraid.",
        "Although we've decided not to proceed for {role},",
        "You weren't selected for the {role} opening.",
    ])
    second = pick(rng, [
        "the team thinks you'd be a strong fit for our {role2} opening and would love to invite you to {stage}.",
        "However, I'd like to invite you to interview for {role2} instead, starting with {stage}.",
        "That said, {hm} is hiring for the {role2} team and would like to meet you. Could you do {day} at {time}?",
    ])
    if first.endswith(","):
        body = fill(first + " the team thinks you'd be a strong fit for our {role2} opening and would love to invite you to {stage}.", ctx)
    else:
        body = fill(first + " " + second[0].upper() + second[1:], ctx)
    oc = ["closer_fit"] if "more payments background" in first else []
    return _out("{role} / {role2}", body, ["rejection", "interview_invite"], (), oc)


OFFER_CORE = [
    "I'm delighted to offer you the role of {role} at {co}.",
    "We'd like to extend an offer for the {role} position!",
    "Great news: the team wants you on board, and we're making you an offer.",
    "Following our call, here's your offer in writing.",
    "On behalf of the hiring team, I'm pleased to confirm our offer of employment as {role}.",
    "We'd love for you to join {co} as our next {role}.",
    'It gives me great pleasure to offer you the {role} position with the {team} team.',
    "I'm happy to confirm in writing the offer we discussed on the phone: we want you as our {role}.",
    "The panel were unanimous, and we'd like to offer you the job.",
    'Congratulations! {co} is pleased to offer you employment as {role}.',
]
OFFER_DETAIL = [
    "The base salary is {sal} with a start date of {date}.",
    "Compensation is {sal} plus the standard benefits package; the formal letter is attached.",
    "You'll find the contract and benefits overview attached; proposed start is {date}.",
    "The package is {sal} base, 25 days' holiday and a yearly bonus target of 10%.",
    "Details are in the attached letter.",
]
OFFER_DEADLINE = ["Could you let us know by {day}?", "Please sign by {date} if you're happy to accept.",
                  "Take a few days to think it over and call me with any questions.", ""]


def say_offer(rng: random.Random, ctx: dict) -> dict:
    ctx = dict(ctx, sal=pick(rng, ["£68,000", "€74,500", "$142,000", "€58,000", "£91,000", "$118,500", "CHF 122,000"]))
    return _out(pick(rng, ["Offer - {role}", "Your offer from {co}", "Offer of employment", "Welcome aboard (almost)!",
                           "{co} offer letter", "Good news"]),
                _join(rng, [pick(rng, OFFER_CORE), pick(rng, OFFER_DETAIL), pick(rng, OFFER_DEADLINE)], ctx), ["offer"])


# ---------------------------------------------------------------- candidate feedback request
FBREQ = [
    "Thanks for letting me know. Would you be able to share any feedback on where I fell short? It would help me a lot.",
    "I'm disappointed, but I appreciate the update. If there's any feedback from the panel, I'd be grateful to hear it.",
    "Thank you for the news. Is there anything you could tell me about what I could have done better in the technical round?",
    "Understood. Could you pass on any notes from the interviewers? I'm trying to improve before my next applications.",
    "Thanks for closing the loop. If you have five minutes, I'd really value some candid feedback.",
    "Sorry to hear that. Was there anything specific in the take-home that counted against me?",
    "Thanks {rec}. Any pointers on what would have made the difference would be much appreciated.",
    "I appreciate you telling me directly. Would it be possible to get a little feedback on my interview?",
    "No worries, thank you. Out of interest, what tipped the decision? Anything I can work on?",
    "Thanks for the update. I'd welcome any feedback you're able to give, however brief.",
    "Thanks for the update, {rec}. If the interviewers left any notes about my system design round, I'd be grateful to see them.",
    "That's a shame, but thanks for telling me. Could you share one or two things I should work on?",
    'Appreciate the quick answer. Would you be open to a 10-minute call to go over the feedback?',
    "Thanks for letting me know. I'd like to apply again in future; what would make my application stronger?",
    'Understood, thank you. Did the panel flag anything in particular about my experience or the way I presented it?',
]


def say_feedback_request(rng: random.Random, ctx: dict) -> dict:
    return _out("Feedback", fill(pick(rng, FBREQ), ctx), ["feedback_request"])
