"""English core sentences for the job-related positive generators: the parts that carry a label.

Every function returns paragraphs (list of str) plus the structured fields the paragraphs imply
(outside_control reasons, feedback topics). Skeletons (greeting, sign-off, footer, quoting) live in
the gen_pos_* modules and are shared across labels, so a label only ever comes from these sentences.
Placeholders: {co} company, {role} role, {first} candidate first name, {hm} hiring manager,
{team}, {date}, {time}, {tz}, {dur}, {link}, {req}, {role2}, {deadline}.
"""

from __future__ import annotations

import random

from _pos_pool import maybe, pick

# ---------------------------------------------------------------- openers shared by several labels
THANKS_APPLIED = [
    "Thank you for your interest in the {role} position at {co}.",
    "Thanks for applying for the {role} role with us.",
    "Thank you for taking the time to apply to {co}.",
    "We appreciate you considering {co} as the next step in your career.",
    "Thanks so much for your application for {role}.",
    "Thank you for applying to join {co} as {role}.",
    "Many thanks for your interest in joining the {team} team.",
    "Thanks for reaching out about the {role} opening.",
    "We're grateful you took the time to tell us about yourself.",
    "Thank you for your recent application ({req}) for {role}.",
    "It was good to see your name come through for the {role} opening.",
    "Thanks again for thinking of {co}.",
    "",
]
THANKS_MET = [
    "Thank you for the time you spent with us over the last few weeks.",
    "Thanks again for interviewing with the {team} team.",
    "I wanted to thank you for meeting with {hm} and the panel last week.",
    "Thanks for the conversations about the {role} role; we enjoyed getting to know you.",
    "Thank you for your patience while we completed the interview process for {role}.",
    "First, thanks for all the effort you put into the interview loop.",
    "It was a pleasure speaking with you on {date}.",
    "Thanks for coming in to meet the team, and for the thoughtful questions you asked.",
    "We really appreciated the time you invested in the take-home and the follow-up call.",
    "Thank you for sticking with a fairly long process.",
    "Thanks for chatting with us about {role}.",
    "I hope you're well. Thanks once more for your time on the calls with our team.",
]

# ---------------------------------------------------------------- rejection decisions
REJ_DECISION = [
    "After careful consideration, we have decided to move forward with other candidates.",
    "Unfortunately, we will not be progressing your application any further.",
    "We've decided not to move forward with your application at this time.",
    "I'm sorry to let you know that we won't be taking your candidacy to the next stage.",
    "Having reviewed all applications, we regret that we are unable to offer you an interview on this occasion.",
    "On this occasion your application has not been successful.",
    "We have now concluded our review and will be pursuing other applicants whose profiles better match our current needs.",
    "After a lot of deliberation the team decided not to extend an offer.",
    "I'm afraid it's not good news this time: we won't be moving ahead with you for {role}.",
    "We are not able to take your application further.",
    "The hiring team has decided to proceed with other candidates for this role.",
    "Regrettably, you have not been shortlisted for the next round.",
    "We won't be proceeding with your application for the {role} vacancy.",
    "Following review of your application, we have decided not to continue with it.",
    "I wanted to let you know personally that we've chosen a different candidate.",
    "This time we'll be going in another direction.",
    "We've made the difficult decision not to move your application forward.",
    "We have decided that we will not be offering you the position.",
    "Your application will not be moving forward in our process.",
    "Sadly we're not going to be able to take things further with your application.",
    "The panel has decided not to proceed to an offer.",
    "We will not be inviting you to the final stage.",
    "At this stage we have decided to focus on other candidates.",
    "We've completed our selection and I'm sorry to say we won't be offering you the role.",
    "Your profile was reviewed by the hiring manager, who has decided not to proceed.",
    "It's a no from us on this one, I'm sorry.",
    "We've closed the loop internally and decided not to move ahead.",
    "We are unable to progress your candidacy.",
]
REJ_DECISION_ONELINER = [
    "we're going to pass on this one, sorry.",
    "going to pass for now, but thanks for the time.",
    "we've decided not to move forward - sorry it's not better news.",
    "team's going another way on this role, sorry.",
    "we'll pass this time. good luck with the search.",
    "not going to move ahead, but appreciate you chatting with us.",
    "decided to go with someone else. thanks for your time.",
    "unfortunately it's a no this time around.",
    "we won't be moving forward. best of luck out there.",
    "sorry, we're passing on this one.",
]
REASONS = {
    "role_filled": [
        "The position has now been filled.",
        "We have offered the role to another candidate, who has accepted.",
        "We've since filled the role.",
        "The vacancy has been filled internally.",
        "An offer has been accepted by another applicant, so the position is now closed.",
        "We've already made a hire for this position.",
        "This role was filled before we could progress your application.",
        "The position is no longer open as we've appointed someone.",
    ],
    "budget_freeze": [
        "Due to a company-wide hiring freeze, we've had to pause recruitment for this role.",
        "Budget for this headcount has been withdrawn for the rest of the year.",
        "Following a change in our budget planning, we are not able to hire for this position right now.",
        "We've been asked to freeze all open hiring until next quarter.",
        "Funding for the role has been put on hold.",
        "A recent reorganisation has frozen new headcount across the department.",
        "Our hiring plans have changed after the latest budget review, and this role is on hold.",
    ],
    "closer_fit": [
        "We have decided to move forward with a candidate whose experience more closely matches our needs.",
        "Another applicant's background aligned more closely with what the team needs right now.",
        "We found a candidate whose skills are a closer match to the requirements.",
        "We've chosen someone with more direct experience in our specific domain.",
        "Ultimately, we went with a candidate whose experience mapped more directly onto the role.",
        "The successful candidate had a profile that fit the brief slightly more closely.",
        "We went with someone who had already done this exact job in a similar setting.",
    ],
    "level_mismatch": [
        "We're looking for someone more senior for this particular role.",
        "The team has decided the role needs someone with more years of leadership experience.",
        "We felt the role would be too junior for your level of experience.",
        "For this position we need someone at a more senior level than your current experience.",
        "We've recalibrated the role to a more senior level.",
        "Your background is a bit more senior than what this position offers, and we worry it would not keep you challenged.",
        "We need someone who has already led a team of this size.",
    ],
    "role_cancelled": [
        "The position has been cancelled.",
        "We've decided not to fill this role after all.",
        "The team has been restructured and the role no longer exists.",
        "Following a change in priorities, the vacancy has been withdrawn.",
        "The requisition has been closed without a hire.",
        "We've decided to cancel this opening.",
        "Our plans changed and the role has been withdrawn.",
    ],
}
SOFT_PRAISE = [
    "We were genuinely impressed by your background, but it was a very close decision.",
    "Everyone enjoyed speaking with you and this was not an easy call.",
    "You were a strong candidate and it came down to fine margins.",
    "Please know this isn't a reflection on your abilities; the team spoke highly of you.",
    "We really liked your energy and your portfolio, which made this decision hard.",
    "Your experience is impressive, and I wish we had two openings.",
    "It was a close call between you and one other finalist.",
]
REJ_NO_FEEDBACK = [
    "Due to the volume of applications we are unable to provide individual feedback.",
    "Unfortunately company policy prevents us from sharing detailed feedback.",
    "We are not able to give feedback on individual applications at this stage.",
    "Because of the number of applicants, we can't respond with personal feedback.",
]
REJ_ENCOURAGE = [
    "We'll keep your details on file and may reach out if a suitable role opens up.",
    "We encourage you to keep an eye on our careers page and apply for future roles.",
    "I wish you every success in your search.",
    "Best of luck with your next steps.",
    "We hope you'll consider applying again in the future.",
    "Please don't let this discourage you from applying to other {co} roles.",
    "I'd be happy to stay in touch on LinkedIn.",
    "We really appreciate the interest you've shown in {co}.",
    "Thank you again, and all the best.",
    "With your consent, we'll retain your CV for 12 months for similar opportunities.",
    "We hope our paths cross again.",
    "If anything changes we'll be in touch.",
    "",
]


def rejection(rng: random.Random, ctx: dict, *, after_interview: bool, reason: str | None,
              soft: bool, no_feedback: bool) -> tuple[list[str], list[str]]:
    """Paragraphs of a rejection and the outside_control reasons they state."""
    opener = pick(rng, THANKS_MET if after_interview else THANKS_APPLIED)
    dec = pick(rng, REJ_DECISION)
    oc: list[str] = []
    parts = [opener]
    if soft and maybe(rng, 0.5):
        parts.append(pick(rng, SOFT_PRAISE))
        soft = False
    if reason:
        rs = pick(rng, REASONS[reason])
        if reason in ("role_filled", "role_cancelled", "budget_freeze") and maybe(rng, 0.5):
            # the reason itself can be the whole rejection ("the position has been filled")
            parts.append(rs + pick(rng, [" We're sorry we can't take things further.",
                                         " As a result we won't be progressing your application.",
                                         " So we're closing all applications for it, including yours.", ""]))
            if not parts[-1].endswith(("further.", "application.", "yours.")):
                parts.append(dec)
        else:
            parts.append(pick(rng, [f"{dec} {rs}", f"{rs} {dec}" if reason == "closer_fit" else f"{dec} {rs}"]))
        oc.append(reason)
    else:
        parts.append(dec)
    if soft:
        parts.append(pick(rng, SOFT_PRAISE))
    if no_feedback:
        parts.append(pick(rng, REJ_NO_FEEDBACK))
    enc = [pick(rng, REJ_ENCOURAGE) for _ in range(rng.randint(1, 2))]
    parts.extend(dict.fromkeys(enc))
    paras = _group(rng, parts)
    return [p.format(**ctx) for p in paras if p], oc


def rejection_terse(rng: random.Random, ctx: dict, reason: str | None) -> tuple[list[str], list[str]]:
    """A one- or two-line informal rejection."""
    line = pick(rng, REJ_DECISION_ONELINER)
    oc: list[str] = []
    if reason:
        short = {
            "role_filled": ["we filled it already.", "role got filled last week.", "we made a hire."],
            "budget_freeze": ["hiring's frozen for now.", "budget got pulled.", "we've paused hiring till next year."],
            "closer_fit": ["went with someone with more direct experience.", "found someone closer to what we need."],
            "level_mismatch": ["we need someone more senior tbh.", "looking for more senior for this one."],
            "role_cancelled": ["role's been cancelled.", "we've scrapped the role."],
        }[reason]
        line = f"{line} {pick(rng, short)}" if maybe(rng, 0.5) else f"{pick(rng, short)} {line}"
        oc.append(reason)
    if maybe(rng, 0.5):
        line = line[0].upper() + line[1:]
    return [line.format(**ctx)], oc


# ---------------------------------------------------------------- feedback
FB_INTRO = [
    "I asked the panel for some notes I can pass on.",
    "Here's a summary of the feedback from the interviewers.",
    "I wanted to share some feedback, since you put real effort in.",
    "Some feedback from the team, in case it's helpful:",
    "To give you something useful to take away, here is what the panel noted.",
    "As promised, here is the feedback from your interviews.",
    "The interviewers were candid with me, so I'll pass it on as they said it.",
    "In terms of feedback:",
    "You asked for feedback, so here's my honest take.",
    "A quick summary of how the panel saw things:",
]
FB_PRAISE = [
    "Your coding exercise was clean and well tested.",
    "The team liked your product sense and how you talked about users.",
    "You came across as warm and very easy to work with.",
    "Your portfolio had some lovely work in it.",
    "The panel was impressed by your knowledge of our domain.",
    "Your technical fundamentals were solid.",
    "Your questions at the end were sharp.",
    "They appreciated how clearly you explained your past projects.",
    "Your clinical knowledge came through very clearly.",
    "The hiring manager really liked the stakeholder story you told.",
    "Your SQL was strong and you moved quickly through the data exercise.",
    "You handled the pressure of the live exercise well.",
]
FB_WEAK = {
    "coding": [
        "the live coding round was where things fell short: the solution didn't handle edge cases and there were no tests",
        "your code worked but was hard to follow, with very long functions",
        "we'd have liked to see cleaner, more idiomatic code in the pairing session",
        "the take-home was missing error handling and the tests didn't run",
        "in the coding exercise you ran out of time before reaching a working solution",
        "the interviewers felt your implementation skills need more practice, especially with data structures",
    ],
    "system_design": [
        "the system design answers lacked depth, particularly around scaling and failure modes",
        "we'd have liked to see more structure in how you approached the design",
        "in the architecture discussion the trade-offs between storage options weren't explored",
        "the design round stayed quite high level and didn't get into data modelling or bottlenecks",
        "your design didn't account for how the service would behave under load",
        "the panel felt the system design portion needed more rigour",
    ],
    "technical_depth": [
        "when we dug into your past projects, the technical detail was thinner than we needed",
        "the team wanted more depth on the internals of the tools you've used",
        "some follow-up questions on databases exposed gaps in your fundamentals",
        "the depth of your statistical knowledge wasn't quite where the role needs it",
        "we'd have wanted a deeper understanding of the clinical protocols discussed",
        "your answers on the modelling side stayed at a surface level",
    ],
    "behavioural": [
        "the behavioural answers were a bit general; concrete examples with outcomes would have helped",
        "your stories about conflict didn't say clearly what you personally did",
        "in the values interview your examples lacked specifics",
        "the situational questions would have benefited from a clearer STAR structure",
        "it was hard to get a picture of your impact from the examples you gave",
    ],
    "communication": [
        "your answers tended to run long and it was sometimes hard to follow the main point",
        "the panel found it difficult to follow your explanation of the dashboard project",
        "we'd encourage you to be more concise when explaining technical ideas to non-specialists",
        "the presentation could have been clearer about the recommendation up front",
        "communication was the main concern: the team wasn't always sure what you were proposing",
    ],
    "questions_to_ask": [
        "you didn't have any questions for the team, which made it look as if you weren't very curious about the role",
        "the hiring manager would have liked to hear more questions about the team and how we work",
        "it's worth preparing a few questions for the interviewers; there weren't many at the end",
        "the panel noticed you didn't ask about the product or the roadmap",
    ],
    "composure": [
        "you seemed quite nervous in the first half, which made it hard to see your best work",
        "when the exercise changed direction you appeared flustered",
        "under time pressure in the case study you lost your footing a bit",
        "the interviewers sensed you were rattled after the first question and didn't quite recover",
    ],
    "experience_level": [
        "the panel felt you need a bit more hands-on experience before stepping into a role at this level",
        "you don't yet have enough experience leading projects end to end",
        "we'd want to see more time managing people before this kind of role",
        "your experience with enterprise customers is still fairly limited for what we need",
    ],
    "collaboration": [
        "in the pairing exercise it felt as though you worked around the interviewer rather than with them",
        "the team wasn't sure how you'd work with designers and PMs day to day",
        "there was some concern about how you'd handle disagreement within a team",
        "the group exercise didn't show much collaboration with the other participants",
    ],
    "cv_positioning": [
        "your CV undersells your data work; it reads as a generalist profile and we nearly missed the relevant experience",
        "the portfolio didn't show your process, only final screens",
        "it would help to tailor your CV to the role; the most relevant projects were buried on page two",
        "your application didn't make clear how your background relates to this position",
        "the cover letter focused on a different field, so the fit for this role wasn't obvious",
    ],
}
FB_JOIN = [
    "That said, {w}.", "However, {w}.", "The main area to work on: {w}.", "On the other hand, {w}.",
    "Where it fell short: {w}.", "The feedback was that {w}.", "One thing that held you back was that {w}.",
    "{W}.", "If I'm honest, {w}.", "Something to work on is that {w}.", "- {W}",
]


def feedback(rng: random.Random, ctx: dict, *, n_topics: int, praise: bool) -> tuple[list[str], list[str]]:
    """Evaluative feedback paragraphs and the weakness topics they name (praise gives no topic)."""
    topics = rng.sample(sorted(FB_WEAK), n_topics) if n_topics else []
    lines: list[str] = []
    if maybe(rng, 0.7):
        lines.append(pick(rng, FB_INTRO))
    if praise or not topics:
        for p in rng.sample(FB_PRAISE, rng.randint(1, 2)):
            lines.append(p)
    for t in topics:
        w = pick(rng, FB_WEAK[t])
        lines.append(pick(rng, FB_JOIN).format(w=w, W=w[0].upper() + w[1:]))
    if maybe(rng, 0.4) and topics:
        lines.append(pick(rng, [
            "I hope that's useful for future interviews.",
            "Hopefully that helps for next time.",
            "These are fixable things, for what it's worth.",
            "With a bit more practice there I think you'd do very well.",
        ]))
    bulleted = any(x.startswith("- ") for x in lines)
    sep = "\n" if bulleted else " "
    return [sep.join(lines).format(**ctx)], topics


# ---------------------------------------------------------------- interview invitations
INV_KINDS = ["phone", "technical", "takehome", "assessment", "onsite", "final", "hm_chat", "selfsched",
             "reschedule", "video"]
INV_LEAD = [
    "Good news: we'd like to move you forward.",
    "We enjoyed reading your application and would love to learn more.",
    "The team has reviewed your profile and would like to take the next step.",
    "I'm pleased to say you've been shortlisted.",
    "Following your application, we'd like to invite you to the next stage.",
    "Thanks for your patience - the hiring manager would like to meet you.",
    "Your background caught our eye.",
    "Congratulations on getting through the first round!",
    "",
]
INV_CORE = {
    "phone": [
        "Would you be free for a 30-minute phone screen with me sometime this week?",
        "I'd like to set up an initial call of about {dur} to talk through your experience and the role.",
        "Are you available for a short introductory call on {date} at {time} {tz}?",
        "The first step is a quick phone conversation with our recruiter; could you share a few times that work?",
        "Could we book a {dur} screening call? I can do {date} around {time}.",
    ],
    "technical": [
        "We'd like to invite you to a technical interview with two engineers from the {team} team.",
        "The next round is a {dur} technical session with live coding in a shared editor.",
        "Please join us for a technical interview on {date} at {time} {tz}; it will cover problem solving and a code review.",
        "You're invited to a pairing session with one of our senior engineers.",
        "Next up is a technical deep dive with {hm}, roughly {dur}.",
    ],
    "takehome": [
        "The next stage is a short take-home exercise; you'll find the brief attached, and we suggest spending no more than 3-4 hours on it.",
        "We'd like you to complete a take-home task and send it back by {deadline}; we'll then discuss it with you in a follow-up interview.",
        "As a next step, please complete the case study linked below: {link}",
        "We'd like to send you a practical exercise. Let me know when you'd like to start and I'll release the brief.",
    ],
    "assessment": [
        "Please complete the online assessment on {platform} within the next 5 days: {link}",
        "The next step is a 60-minute coding assessment hosted on {platform}. Your personal link: {link}",
        "You'll receive an invitation from {platform} to complete a short skills test; it should take about {dur}.",
        "We'd like you to take our online aptitude test ({platform}) before {deadline}: {link}",
        "Please complete the numerical and verbal reasoning assessment here: {link}",
    ],
    "onsite": [
        "We'd love to invite you to our office for an onsite interview on {date}.",
        "We'd like you to come in for a half-day of interviews at our {city} office.",
        "You're invited to an in-person interview on {date} at {time}; it will be with {hm} and two team members.",
        "We'd like to bring you onsite for the interview loop, which includes a working session and lunch with the team.",
        "We'd like to invite you to an assessment day at the ward on {date}, including a tour and a panel interview.",
    ],
    "final": [
        "We'd like to invite you to the final round, a conversation with {hm} and our Head of {team}.",
        "You've made it to the last stage! The final interview is {dur} and focuses on culture and ways of working.",
        "The panel would like to see you for a final interview on {date} at {time} {tz}.",
        "Final step is a short presentation to the leadership team followed by questions. Can you do {date}?",
    ],
    "hm_chat": [
        "{hm}, the hiring manager, would like to have a quick chat with you - nothing formal, about 20 minutes.",
        "Would you be up for a quick chat with {hm}, who leads the team? Just an informal conversation.",
        "The hiring manager asked if you'd be open to a coffee chat this week.",
        "{hm} would love to grab 30 minutes with you to talk about the role.",
    ],
    "selfsched": [
        "Please pick a time that suits you using this link: {link}",
        "Book your interview slot here: {link} (slots are available over the next two weeks)",
        "Use the scheduling link below to choose a {dur} slot for your interview: {link}",
        "You can self-schedule the video interview at {link}",
        "Grab any time on my calendar for the interview: {link}",
    ],
    "reschedule": [
        "Unfortunately {hm} is out sick on the day of your interview, so we need to move it. Could you do {date} at {time} instead?",
        "I'm sorry, we have to reschedule your interview. Please choose a new time here: {link}",
        "Could we move your technical interview to {date}? Same time, same link.",
        "Our panel's availability changed; would {date} at {time} {tz} work for the interview instead?",
    ],
    "video": [
        "We'd like to invite you to a video interview on {date} at {time} {tz} via Teams.",
        "Let's set up a {dur} Zoom interview; would {date} work for you?",
        "Next is a recorded video interview: you'll answer five questions on camera at a time that suits you. Start here: {link}",
        "We'd like to meet you over Google Meet for a first interview, roughly {dur}.",
    ],
}
INV_DETAILS = [
    "The interview will last about {dur}.",
    "You'll meet {hm} and one other member of the {team} team.",
    "No preparation is needed beyond familiarising yourself with our product.",
    "Please bring photo ID and arrive 10 minutes early.",
    "Let us know if you need any adjustments for the interview.",
    "The calendar invite will follow once you confirm.",
    "A laptop will be provided, but feel free to bring your own.",
    "Let me know a couple of time slots that work for you.",
    "",
    "",
]
INV_CLOSE = [
    "Please reply to confirm your availability.",
    "Looking forward to speaking with you.",
    "Let me know if you have any questions beforehand.",
    "Could you confirm by {deadline}?",
    "We're excited to get to know you better.",
    "",
]
PLATFORMS = ["Codeloom", "Skillgrid", "TestForge", "HireProof", "Assessly", "QuizBench", "Devtrial",
             "BrightTest", "Cognify Assess", "PairPad"]


def invite(rng: random.Random, ctx: dict, kind: str | None = None, lead: bool = True) -> list[str]:
    """Paragraphs inviting the candidate to an interview-like step."""
    kind = kind or pick(rng, INV_KINDS)
    parts = []
    if lead:
        parts.append(pick(rng, INV_LEAD))
    core = pick(rng, INV_CORE[kind])
    det = pick(rng, INV_DETAILS)
    parts.append(f"{core} {det}".strip())
    if kind in ("phone", "technical", "onsite", "final", "video") and maybe(rng, 0.3):
        parts.append(pick(rng, INV_CORE["selfsched"]))
    parts.append(pick(rng, INV_CLOSE))
    return [p.format(**ctx) for p in _group(rng, parts) if p]


# ---------------------------------------------------------------- acknowledgements
ACK_CORE = [
    "We've received your application for {role} and our team will review it shortly.",
    "This is to confirm that your application for {role} ({req}) has been successfully submitted.",
    "Your application has arrived safely and is now with our recruitment team.",
    "Thank you - we have received your application and CV.",
    "Just confirming we got your application for the {role} position.",
    "Your application for {role} is in! Here's what happens next.",
    "We confirm receipt of your application.",
    "Thanks for applying! We've got your details and will be reviewing them soon.",
    "Your submission for the {role} vacancy has been received.",
    "Application received: {role}, {co}.",
    "Got your application, thanks - I'll take a look this week.",
    "We're writing to acknowledge your application for {role}.",
    "Your application has been logged under reference {req}.",
    "Thanks for sending over your CV for the {role} role; it's landed with me.",
    "We've successfully received everything you submitted for {role}.",
]
ACK_NEXT = [
    "If your experience matches what we're looking for, a member of the team will contact you within two weeks.",
    "We aim to respond to every applicant within 10 working days.",
    "Due to the high number of applications, we may only be able to contact shortlisted candidates.",
    "You can track the status of your application in your candidate profile.",
    "Our recruiters review every application personally, so please allow up to three weeks.",
    "The closing date is {deadline}; shortlisting will take place shortly after.",
    "If you haven't heard from us within 30 days, please assume your application has not been successful this time.",
    "We'll be in touch once the hiring manager has reviewed your profile.",
    "In the meantime, feel free to learn more about life at {co} on our blog.",
    "There's no need to do anything else for now.",
    "I'll come back to you by the end of next week either way.",
    "",
]


def ack(rng: random.Random, ctx: dict) -> list[str]:
    """Paragraphs confirming receipt of an application."""
    parts = []
    if maybe(rng, 0.5):
        parts.append(pick(rng, THANKS_APPLIED))
    parts.append(pick(rng, ACK_CORE))
    for x in dict.fromkeys(pick(rng, ACK_NEXT) for _ in range(rng.randint(1, 2))):
        parts.append(x)
    return [p.format(**ctx) for p in _group(rng, parts) if p]


def ack_with_invite(rng: random.Random, ctx: dict) -> list[str]:
    """An acknowledgement whose next step is an assessment or a self-scheduled interview."""
    paras = ack(rng, {**ctx})
    # drop a 'we'll be in touch' style line would still be realistic; keep it, add the next step
    kind = pick(rng, ["assessment", "assessment", "selfsched", "video", "phone"])
    step = pick(rng, [
        "As the next step in our process, ", "To move forward, ", "Next step: ", "Before we continue, ",
        "To keep things moving, ", "",
    ])
    core = pick(rng, INV_CORE[kind]).format(**ctx)
    if core.startswith(("Next", "The next", "As a next", "As the next", "The first step", "You'll", "Please")):
        step = ""  # the core sentence already announces itself as the next step
    paras.append(step + (core[0].lower() + core[1:] if step else core))
    if maybe(rng, 0.5):
        paras.append(pick(rng, INV_CLOSE).format(**ctx))
    return [p for p in paras if p]


# ---------------------------------------------------------------- offers
OFFER_CORE = [
    "I'm delighted to offer you the position of {role} at {co}.",
    "We'd like to extend an offer for you to join us as {role}.",
    "Following our conversation earlier today, I'm writing to confirm our verbal offer for the {role} role.",
    "On behalf of {co}, I am pleased to offer you employment as {role}, reporting to {hm}.",
    "Great news - the team would love to have you, and we're making you an offer!",
    "We are pleased to make you a conditional offer of employment for the post of {role}.",
    "It gives me great pleasure to offer you the role.",
    "As discussed on the phone, we want you on the team. Here's the offer in writing.",
    "Congratulations! We'd like to offer you the {role} position.",
    "I'm thrilled to say the panel unanimously agreed to offer you the job.",
    "Please find attached your formal offer letter for the position of {role}.",
]
OFFER_TERMS = [
    "The starting salary is {salary} per annum, with {leave} days of annual leave.",
    "Base salary: {salary}. Bonus target: {bonus}% of base. Equity: {equity} stock options vesting over four years.",
    "The package we discussed: {salary} base, a {bonus}% annual bonus and our standard benefits (pension, private health cover).",
    "Your proposed start date is {start}, and the salary will be {salary}.",
    "The offer is {salary}, plus a one-off signing bonus of {signon}.",
    "This offer is subject to satisfactory references and a background check.",
    "Compensation: {salary}/year, hybrid (2 days in the office), start date {start}.",
    "The position is full-time and permanent, on Band 6 at {salary}.",
    "",
]
OFFER_NEXT = [
    "Please let us know your decision by {deadline}.",
    "The offer is valid until {deadline}; you can accept by signing the letter electronically.",
    "If you have any questions about the package, I'm happy to jump on a call.",
    "We really hope you'll say yes!",
    "To accept, simply reply to this email and we'll send the contract.",
    "Please review the attached and let me know if anything needs clarifying.",
    "Take a few days to think it over and call me with any questions.",
]


def offer(rng: random.Random, ctx: dict) -> list[str]:
    """Paragraphs offering the job."""
    parts = [pick(rng, OFFER_CORE)]
    if maybe(rng, 0.4):
        parts.insert(0, pick(rng, ["Thank you for your time throughout the process.",
                                   "I hope you've had a good week.", "Thanks for bearing with us.", ""]))
    for t in dict.fromkeys(pick(rng, OFFER_TERMS) for _ in range(rng.randint(0, 2))):
        parts.append(t)
    parts.append(pick(rng, OFFER_NEXT))
    return [p.format(**ctx) for p in _group(rng, parts) if p]


# ---------------------------------------------------------------- combinations
REDIRECT = [
    "That said, the {team} team is hiring for a {role2} and we think you'd be a great fit there.",
    "However, I shared your profile with the {role2} hiring manager, who would like to interview you.",
    "But there's another opening - {role2} - that looks like a much better match, and we'd love to talk to you about it.",
    "On the bright side, {hm} is hiring a {role2} and asked whether you'd be open to an interview for that role instead.",
    "We would, however, like to consider you for our {role2} position.",
]


def rejection_with_redirect(rng: random.Random, ctx: dict) -> tuple[list[str], list[str]]:
    """Rejected for one role, invited to interview for another."""
    paras, oc = rejection(rng, ctx, after_interview=maybe(rng, 0.4),
                          reason=pick(rng, [None, None, "level_mismatch", "closer_fit", "role_filled"]),
                          soft=False, no_feedback=False)
    # drop the generic encouragement so the invitation is the close
    paras = paras[:2] if len(paras) > 2 else paras
    paras.append(pick(rng, REDIRECT).format(**ctx))
    kind = pick(rng, ["phone", "selfsched", "hm_chat", "video", "technical"])
    paras.append(pick(rng, INV_CORE[kind]).format(**ctx))
    return paras, oc


def _group(rng: random.Random, parts: list[str]) -> list[str]:
    """Join sentences into 1-3 paragraphs (varies layout between messages)."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return parts
    mode = rng.randrange(3)
    if mode == 0:
        return parts
    if mode == 1:
        return [" ".join(parts)]
    cut = rng.randint(1, len(parts) - 1)
    return [" ".join(parts[:cut]), " ".join(parts[cut:])]
