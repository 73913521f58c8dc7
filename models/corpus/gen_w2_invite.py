"""English interview invitations (screens, technical rounds, take-homes, online assessments, onsites,
hiring-manager chats, self-scheduling links, reschedules), some combined with an application
acknowledgement, wrapped in the shared ``w2-*`` shells. Run through build.py."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

from _w2_kit import SHELLS, new_ctx, pick, record, some, wrap  # noqa: E402

FAMILY_PREFIX = "w2inv"

INVITE = {
    "screen": [
        "We'd like to invite you to a 30-minute phone screen with one of our recruiters.",
        "I'd love to set up an initial call to talk through your background and the {role} role.",
        "The next step would be a short introductory call with me.",
        "Are you free for a quick 20-minute chat this week so we can get to know each other?",
        "We'd like to move you forward to a first-round screening call.",
        "Your profile caught our eye and we'd like to schedule an intro call.",
        "Could we book a brief video call to discuss the position in more detail?",
        "I'm reaching out to arrange a first conversation about the {role} opening.",
        "We've reviewed your CV and would like to speak with you on the phone as a first step.",
    ],
    "technical": [
        "We'd like to invite you to the technical interview, a 60-minute session with two of our engineers.",
        "The next stage is a technical round focused on problem solving and writing code.",
        "You're through to the technical interview — it will be a pairing session on a realistic problem from our codebase.",
        "We'd like to schedule a 90-minute technical deep dive with the platform team.",
        "Next up is a coding interview over video; you'll work in a shared editor with one of our developers.",
        "We'd like you to join us for a system design interview with two staff engineers.",
        "Please join us for the second-round interview, which covers data modelling and SQL.",
    ],
    "takehome": [
        "As the next step, we'd like you to complete a short take-home exercise.",
        "We'll send you a small coding assignment; most people spend about three hours on it.",
        "Attached is our take-home task, and we'd ask you to return it within five days.",
        "The next stage is a practical exercise you can do in your own time, followed by a call to walk us through it.",
        "We'd like to see how you approach a real problem, so we've prepared a take-home brief for you.",
        "We'd like to move you to the case study stage: you'll get a dataset and a few questions to answer in a short slide deck.",
    ],
    "assessment": [
        "We'd like to invite you to complete an online assessment.",
        "Please complete the online coding test via the link below within 7 days.",
        "The next step is a 45-minute online assessment covering numerical and logical reasoning.",
        "You'll receive a separate email with a link to a timed coding assessment on our testing platform.",
        "All applicants who pass the initial review are asked to complete a short online skills test, and we'd like you to take it.",
        "Please take our online aptitude assessment at a time that suits you before {deadline}.",
    ],
    "onsite": [
        "We'd like to invite you to our final round, held at our {city} office.",
        "Congratulations — you're through to the final stage, a half-day onsite with the team.",
        "We'd like to bring you in for the final interviews, which include a short presentation and two panel conversations.",
        "The last step is a virtual onsite: four back-to-back interviews of 45 minutes each.",
        "We'd be delighted to invite you to a final interview with our CTO and Head of Product.",
        "You've made it to the last round! We'd like you to spend an afternoon with us meeting the wider team.",
    ],
    "hm_chat": [
        "{hm}, the hiring manager, would like to have a quick chat with you.",
        "Would you be up for an informal conversation with our Head of Engineering?",
        "The hiring manager has read your CV and would like to meet you.",
        "{hm} would love to grab 30 minutes with you to talk about the team.",
        "I'd like to introduce you to {hm}, who leads the team — could you two have a call this week?",
    ],
    "reschedule": [
        "Unfortunately {hm} is unwell on {day}, so we need to move your interview. Could you do {day2} at {time} instead?",
        "We need to reschedule your technical interview; please use the new link to pick another slot.",
        "Apologies for the change, but could we move our call from {day} to {day2}?",
        "Our panel's availability has changed — would {day2} at {time} work for your onsite instead?",
        "Sorry for the shuffle! Can we push the interview to next week? I'll hold {day2} at {time} for you if that works.",
        "I'm afraid we have to rearrange your final round. Could you suggest two or three times next week?",
    ],
}
CASUAL_INVITE = {
    "screen": ["Fancy a quick call this week? Would love to hear more about what you've been building.",
               "Got 20 mins for a chat {day} or {day2}?", "let's do a quick intro call — when are you free?",
               "Would be great to talk. Can you do a short call this week?"],
    "technical": ["Next step is a technical session with two of the engineers, about an hour. Up for it?",
                  "we'd like you to do the tech round next — pairing on a real-ish problem, 60 min.",
                  "Team wants to do a coding session with you next. Can we find a slot?"],
    "takehome": ["I'll send over a small take-home — should take an evening at most. Sound ok?",
                 "next step is a short take-home, brief attached. no rush, within a week is fine."],
    "assessment": ["There's a short online test as the next step, link below.",
                   "can you do our online assessment in the next few days? link's in the email."],
    "onsite": ["We'd love to have you in for the final round! Half a day, lunch included.",
               "you're through to the final — can you come to the office {day2}?"],
    "hm_chat": ["{hmfirst} (who'd be your manager) wants to have a chat. Ok if I share your email?",
                "Would you be up for a coffee with {hmfirst}, our head of eng?", "Could you jump on a call with me this week? I run the team."],
    "reschedule": ["Really sorry but can we move {day} to {day2}? Something came up.",
                   "need to reschedule our chat — does {day2} {time} work?",
                   "Any chance we can push tomorrow's interview? Happy to go with whatever suits you."],
}
LOGISTICS = [
    "It will be on Google Meet; the link will follow in the calendar invitation.",
    "Please send me a few times that work for you next week.",
    "Could you let me know your availability for {day} or {day2}?",
    "You'll meet {hm} ({hmtitle}) and a senior engineer from the team.",
    "No special preparation is needed, though it helps to look at our product beforehand.",
    "Please bring a laptop and photo ID for reception.",
    "You can use whichever programming language you're most comfortable with.",
    "The session lasts about an hour, including time for your questions.",
    "Let us know if you need any adjustments for the interview.",
    "The interview will take place on Microsoft Teams.",
    "Our office is a five-minute walk from the station; ask for me at reception.",
    "We'll reimburse reasonable travel costs.",
    "If none of the slots suit you, reply and we'll find another time.",
    "Expect a mix of technical questions and a conversation about your past projects.",
]
SCHEDULE_LINK = [
    "Please use this link to pick a time that works for you: {link}",
    "You can choose a slot directly in our calendar: {link}",
    "Book a time that suits you here: {link}",
    "Select your preferred interview slot with this scheduling link: {link}",
    "Grab any free slot here — {link}",
    "Self-schedule via {link} (times are shown in your local time zone).",
]
ACK_LEAD = [
    "Thank you for applying for the {role} position at {co}; we've received your application.",
    "Thanks for your application for {role} — it has reached us safely.",
    "We've received your application for {role} ({job_id}). Thank you for your interest in {co}!",
    "This is to confirm we have your application for the {role} role.",
    "Your application to {co} has been submitted successfully.",
    "Thanks for applying to {co}! Your application is in.",
]
ACK_TO_ASSESS = [
    "As the first step of our process, we'd like to invite you to complete an online assessment.",
    "The next step is a short online skills test, which you can take at any time within the next five days.",
    "Every applicant for this role is invited to a 40-minute coding assessment, and we'd like you to take it now.",
    "To continue, please complete the online assessment using the link below.",
    "Before we review your CV in detail, we'd like you to complete a short online exercise.",
    "You're now invited to the next stage: a timed online assessment.",
]
CLOSE = [
    "Looking forward to speaking with you.", "We look forward to meeting you.", "Good luck, and enjoy it!",
    "Any questions, just reply to this email.", "Speak soon.", "Thanks, and we're excited to learn more about you.",
    "Please confirm at your earliest convenience.", "Let me know if you have any questions beforehand.", "",
]
SUBJECTS = {
    "screen": ["Intro call – {role}", "Next steps with {co}", "Let's chat?", "Phone screen for {role}", "Quick call?"],
    "technical": ["Technical interview – {role}", "Invitation: technical round", "Next stage: technical interview", "Interview invitation"],
    "takehome": ["Take-home exercise – {role}", "Next step: take-home assignment", "{co} case study", "Your assignment"],
    "assessment": ["Online assessment invitation", "Action required: complete your assessment", "Assessment – {role}", "Your next step"],
    "onsite": ["Final round – {role}", "Invitation to final interview", "Onsite interview at {co}", "You're through to the final stage"],
    "hm_chat": ["Chat with {hm}?", "Meeting the hiring manager", "Intro: {hm} <> {first}", "Conversation with our hiring manager"],
    "reschedule": ["Reschedule: interview on {day}", "Change of time for your interview", "Can we move {day}?", "Updated: {role} interview"],
}
GIST = {
    "screen": "They'd like to set up a first call with you.",
    "technical": "Good news, they want you in for the technical round.",
    "takehome": "They'd like you to do a take-home as the next step.",
    "assessment": "Next step is an online assessment, link is in their note.",
    "onsite": "You're through to the final round!",
    "hm_chat": "The hiring manager would like to speak with you.",
    "reschedule": "They need to move your interview to another day.",
}

SHELL_WEIGHTS = {"w2-ats-relay": 4, "w2-corp-portal": 3, "w2-founder-note": 2, "w2-agency-recruiter": 3, "w2-hm-direct": 2,
                 "w2-formal-letter": 1, "w2-thread-reply": 2, "w2-outlook-chain": 1, "w2-forwarded": 1, "w2-phone-terse": 1}


def content(rng: random.Random, kind: str, with_ack: bool) -> dict:
    formal: list[str] = []
    if with_ack:
        formal.append(pick(rng, ACK_LEAD))
        formal.append((pick(rng, ACK_TO_ASSESS) + " " + pick(rng, [
            "It takes about 45 minutes and must be completed in one sitting.", "The link expires on {deadline}.",
            "Start here: https://{relay}/assess/{job_id}", "You'll find instructions in your candidate portal.", ""])).strip())
        subjects = ["Application received – next step", "Thanks for applying: please complete your assessment",
                    "Your application for {role} + online assessment", "Next step for your {co} application"]
        gist = "They've got your application and want you to do their online test."
        casual = [pick(rng, ["Thanks for applying — got your CV!", "Got your application, thanks!", "thanks for applying, we've got it."]),
                  pick(rng, ["first step for everyone is a short online test, link below.", "Could you do our quick online assessment next? Link in the email."])]
        return {"formal": formal, "casual": casual, "gist": gist, "subjects": subjects,
                "labels": ["application_ack", "interview_invite"], "topics": [], "outside_control": []}
    lead = pick(rng, ["Thanks for your application for {role}.", "Thank you for your interest in {co}.",
                      "Thanks for taking the time to speak with me last week.", "Great news!",
                      "The team has reviewed your application and were impressed.",
                      "Thanks for completing the first stage.", "", "", ""])
    main = pick(rng, INVITE[kind])
    formal.append((lead + " " + main).strip())
    if kind in ("screen", "hm_chat", "technical", "onsite", "reschedule") and rng.random() < 0.45:
        formal.append(pick(rng, SCHEDULE_LINK))
    formal += some(rng, LOGISTICS, 1, 3)
    cl = pick(rng, CLOSE)
    if cl:
        formal.append(cl)
    casual = [pick(rng, CASUAL_INVITE[kind])]
    if rng.random() < 0.5:
        casual.insert(0, pick(rng, ["Thanks for applying!", "Loved your CV.", "Really enjoyed our chat.", "Thanks for the quick reply."]) +
                      " " + casual.pop(0))
    if rng.random() < 0.4:
        casual.append(pick(rng, SCHEDULE_LINK))
    return {"formal": formal, "casual": casual, "gist": GIST[kind], "subjects": SUBJECTS[kind],
            "labels": ["interview_invite"], "topics": [], "outside_control": []}


def generate(rng: random.Random) -> Iterator[dict]:
    shells = [s for s in SHELLS for _ in range(SHELL_WEIGHTS[s])]
    kinds = ["screen"] * 4 + ["technical"] * 3 + ["takehome"] * 2 + ["assessment"] * 2 + ["onsite"] * 2 + ["hm_chat"] * 2 + ["reschedule"] * 2
    counters: dict[str, int] = {}
    for i in range(122):
        with_ack = i < 26
        shell = pick(rng, ["w2-ats-relay", "w2-ats-relay", "w2-corp-portal", "w2-agency-recruiter", "w2-hm-direct"]) if with_ack else pick(rng, shells)
        ctx = new_ctx(rng)
        c = content(rng, pick(rng, kinds), with_ack)
        w = wrap(rng, ctx, c, shell)
        n = counters[shell] = counters.get(shell, 0) + 1
        yield record(ctx, shell, FAMILY_PREFIX, n, labels=c["labels"], topics=c["topics"],
                     outside_control=c["outside_control"], **w)
