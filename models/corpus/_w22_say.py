"""English content of w22 messages: what the sender actually tells the candidate.

What: ``say(intent, ctx, rng, spoken=False)`` returns the new text of a message as a list of
short paragraphs plus its labels/topics/outside_control. ``spoken`` gives the loose register of a
phone call (used for voicemail transcripts); otherwise the register is written chat/e-mail.
When: every w22 channel wrapper (platform messages, SMS, voicemail, letters...) calls it, so the
same decision text travels through many channels and the channel never decides the label.
"""

from __future__ import annotations

import random

from _w22_bank import pick

LABELS_OF = {
    "rej": ["rejection"], "rej_oc": ["rejection"], "rej_fb": ["rejection", "feedback"],
    "fb": ["feedback"], "inv": ["interview_invite"], "ack": ["application_ack"],
    "ack_inv": ["application_ack", "interview_invite"], "rej_inv": ["rejection", "interview_invite"],
    "offer": ["offer"],
}

# ---------------------------------------------------------------- greetings / closings
HELLO = ["Hi {cf},", "Hello {cf},", "Hey {cf}", "Dear {cf},", "{cf} -", "Hi {cf} 👋", "Good morning {cf},",
         "Hi there {cf},", "Dear {cf} {cl},", "{cf}, hi.", ""]
BYE = ["Best, {rf}", "Thanks, {rf}", "Cheers\n{rf}", "Kind regards,\n{rf} {rl}", "All the best,\n{rf}",
       "Speak soon, {rf}", "Warmly,\n{rf} {rl}\n{c}", "— {rf}", "Many thanks\n{rf} {rl} | Talent, {c}",
       "Regards\n{rf}", "{rf}", "Best wishes,\n{rf} ({c})"]

# ---------------------------------------------------------------- rejection
REJ = [
    "Thanks for hanging in there while we worked through the {r} applications. I'm sorry to say we won't be taking yours further.",
    "Quick update on {r}: the team has decided not to move forward with you this time.",
    "Unfortunately we're going to go with other candidates for the {r} role.",
    "I wanted to tell you myself that we won't be offering you a next round for {r}.",
    "The panel met yesterday and we've decided not to proceed with your candidacy.",
    "It was a close call, but we're not going to progress your application for {r}.",
    "I'm afraid it's a no from the hiring team on {r}.",
    "We've made a decision on the {r} position and unfortunately it isn't good news for you.",
    "Sadly we'll be passing on your application at this stage.",
    "We really enjoyed the conversations, but we've decided to close your application.",
    "Your application for {r} will not be progressing any further.",
    "The hiring manager has chosen to move ahead with someone else.",
    "I have to let you down gently: {c} won't be moving you to the next step.",
    "We've chosen not to continue with your application for {r}.",
    "Bad news I'm afraid - they've decided not to take you forward for {r}.",
    "After a lot of back and forth we've landed on a different candidate for {r}.",
    "I'm writing with an update you were probably hoping wouldn't come: we won't be extending an offer for {r}.",
    "This one isn't going to work out, I'm sorry.",
    "We've reviewed everything from the final stage and won't be proceeding with your application.",
    "The decision has gone the other way on {r} this time.",
    "We are unable to offer you the position of {r}.",
    "Thank you for your interest in {c}. On this occasion your application has not been successful.",
    "We're closing the loop on {r}: you haven't been selected to go further.",
    "Sorry to be the bearer of bad news, but {c} has decided to pursue other applicants.",
]
REJ_SOFT = [
    "It genuinely wasn't an easy call and I hope it doesn't put you off applying again.",
    "Please don't read too much into it - the shortlist was unusually tight.",
    "We'd be glad to hear from you if something else at {c} catches your eye.",
    "I'll keep your details on file, with your permission, for future openings.",
    "I know this is disappointing after the time you put in.",
    "Thank you again for the effort you put into the process.",
    "We had a very strong field this round.",
    "Unfortunately we aren't able to share individual feedback because of the volume of applications.",
    "Our policy doesn't allow us to give detailed feedback, I'm afraid.",
    "Wishing you the very best with the search.",
    "",
]
OC = {
    "role_filled": [
        "The position has now been filled.", "We've made an appointment to the role.",
        "Someone accepted our offer for the role earlier this week.", "The vacancy went to an internal candidate.",
        "We've already hired for this one, so the role is closed.", "A colleague from another team has moved into the position.",
    ],
    "budget_freeze": [
        "The budget for the role has been frozen until next year.", "Headcount for the team was pulled in the latest planning round.",
        "A company-wide hiring freeze came in on Monday, and this role is caught in it.",
        "Funding for the position wasn't signed off for this financial year.", "We've had to pause all non-critical hiring for cost reasons.",
    ],
    "closer_fit": [
        "We went with someone whose background lines up more directly with what the team needs right now.",
        "Another candidate had more hands-on experience in exactly our domain.",
        "We found a profile that matched the brief a little more closely.",
        "In the end we chose an applicant whose previous work maps more closely onto the day-to-day of the job.",
        "The person we picked has done almost this exact job before, which tipped it.",
    ],
    "level_mismatch": [
        "Since the brief changed, we're now looking for someone more senior.",
        "The team decided this should be a more junior hire, and your experience is well beyond that.",
        "The role has been re-scoped at principal level, which is a step above where your experience sits.",
        "Honestly, you'd be overqualified for what the position has turned into.",
        "We need someone with several more years of leadership for this level.",
    ],
    "role_cancelled": [
        "The position has been withdrawn following a restructure.", "We've decided not to go ahead with the role at all.",
        "After the reorganisation the vacancy no longer exists.", "The project this role supported has been cancelled.",
        "The requisition was closed without a hire - the role won't be opening again.",
    ],
}

# ---------------------------------------------------------------- feedback
PRAISE = [
    "The team liked your energy and the way you talked about your last product.",
    "Your take-home was tidy and well documented.",
    "Everyone agreed you know your domain really well.",
    "Your portfolio had some lovely pieces in it.",
    "You clearly prepared well and it showed in the first half.",
    "The hiring manager especially enjoyed your stories about the migration project.",
    "Your coding round was strong - clean and quick.",
    "You came across as warm and easy to work with.",
    "Your answers on stakeholder management were among the best we heard.",
    "",
]
BUT = ["That said,", "Where it fell short:", "The feedback from the panel was that", "On the other side,",
       "The main thing holding it back:", "However,", "To be candid,", "What tipped it:", "A couple of notes -",
       "If it helps for next time,", "The honest version:"]
WEAK = {
    "coding": [
        "the code got tangled towards the end of the pairing exercise",
        "the reviewers noted there were no tests in the take-home and quite a bit of copy-pasted logic",
        "the live exercise stalled on implementation details and didn't reach a working version",
        "your solution ran but was hard to read and would need a lot of rework in review",
        "the loop logic had a couple of off-by-one bugs you didn't catch when we ran it",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the service would scale",
        "the architecture conversation never really got into data flow or what happens when a dependency falls over",
        "when we pushed on ten times the traffic, the answer stayed vague",
        "the design stayed at boxes-and-arrows level without weighing the trade-offs",
        "caching, queues and storage choices weren't really explored in the design session",
    ],
    "technical_depth": [
        "some answers stayed on the surface once we dug into the internals",
        "the panel wanted more depth on how the database actually behaves under the hood",
        "when we asked why rather than how, the explanations got thin",
        "for this level we expected a firmer grasp of the fundamentals behind the tools you use",
        "the deep-dive on your own project didn't go much below the framework layer",
    ],
    "behavioural": [
        "the examples you gave about handling disagreement were quite general",
        "in the competency questions it was hard to hear what you personally did versus the team",
        "several of your stories didn't land on a clear outcome",
        "we'd have liked more concrete situations from your own work rather than hypotheticals",
    ],
    "communication": [
        "at times it was hard to follow your train of thought",
        "answers ran long and the key point got lost",
        "the panel found some of the explanations difficult to follow",
        "talking through your thinking out loud would have helped us a lot",
        "the presentation felt rushed and the structure wasn't clear",
    ],
    "questions_to_ask": [
        "you didn't have any questions for us at the end, which the team picked up on",
        "asking a bit more about the team and the work would have shown more curiosity",
        "the questions you asked at the end felt a bit generic",
    ],
    "composure": [
        "you seemed quite nervous, and it affected the second half",
        "when the exercise went off track you seemed to lose your footing",
        "under time pressure the answers became rushed and a bit scattered",
        "the curveball question seemed to throw you for the rest of the session",
    ],
    "experience_level": [
        "the panel felt you'd benefit from more hands-on time leading a team before a role like this",
        "your background is a little light on running budgets at this scale",
        "you haven't yet owned a production system end to end, and the role leans on that from day one",
        "there wasn't enough evidence of client-facing work at the level we need",
    ],
    "collaboration": [
        "in the pairing session it felt like you worked around your partner rather than with them",
        "we didn't get a strong sense of how you work with other teams",
        "during the group task you tended to go off on your own",
        "there was little sign of how you'd bring others along on a decision",
    ],
    "cv_positioning": [
        "your CV undersells the analytics work you described when we spoke",
        "the portfolio didn't show the kind of projects this role needs",
        "the application read as fairly generic for this particular position",
        "your CV is long and the relevant experience is buried on page three",
        "the cover letter talked about a different kind of job, which made it harder to see the fit",
    ],
}

# ---------------------------------------------------------------- invitation
INV = [
    "Thanks for applying - could you do a 20-minute call {when}?",
    "We'd like to invite you to a first interview for {r}.",
    "The hiring manager would love a quick chat with you about {r}. Are you free {when}?",
    "You've been shortlisted for {r}! Next step is a 45-minute video interview with the team.",
    "Are you around for a phone screen this week? {when} works on our side.",
    "We'd like to move you to the technical round - 90 minutes, pairing with two of our engineers.",
    "Next up is the online assessment. It takes about an hour and the link is valid for five days: {link}",
    "Please pick a slot for your interview here: {link}",
    "We'd love to have you in for the final stage at our office - half a day, meeting the team and the director.",
    "Could you record a short video interview? Four questions, around 15 minutes in total: {link}",
    "We'd like to send you a take-home task for {r}; it should take about three hours. Shall I send it over?",
    "You're through to the next round! Can we book an hour with {rf2} (team lead) {when}?",
    "I've passed your CV to the hiring manager and she'd like to speak to you. Does {when} suit?",
    "We're inviting a small group to an assessment centre on the 14th and you're one of them.",
    "Let's set up a case interview - grab any time that suits from this page: {link}",
    "I'd like to invite you to a second interview, this time with the head of department.",
]
INV_EXTRA = [
    "It'll be on video; I'll send the link once you confirm.", "No preparation needed, it's a conversation.",
    "Bring a laptop if it's in person.", "Let me know if none of the times work and we'll find another.",
    "The session is with {rf2} {rl2} and one engineer.", "Please reply with two or three options that work for you.",
    "Ask me anything beforehand if useful.", "", "",
]
RESCHED = [
    "Something came up on our side, so we need to move your interview. Could you do {when} instead?",
    "Apologies for the shuffle - your interview with {rf2} has moved to {when}. Please confirm the new time.",
    "We have to reschedule the technical round; the new slot we're proposing is {when}.",
]

# ---------------------------------------------------------------- acknowledgement
ACK = [
    "Thanks for applying for {r} - we've got your application and the team will review it over the next couple of weeks.",
    "This is to confirm we received your application for {r} ({req}).",
    "Your application to {c} has come through safely. We'll be in touch either way.",
    "Application received! Someone from the {c} team will look at it soon.",
    "We confirm receipt of your CV for the {r} vacancy.",
    "Thank you, your application for {r} has been submitted successfully.",
    "Just a note to say your CV landed with us for {r}. We'll reply once the hiring manager has had a look.",
    "Your application is in. Ref {req}.",
]
ACK_INV_TAIL = [
    "As a first step, please complete our online assessment within 7 days: {link}",
    "The next step is a short recorded video interview - you can start it here whenever you're ready: {link}",
    "Everyone who applies is invited to a 30-minute coding test; here is your personal link: {link}",
    "Please book your screening call with a recruiter using this link: {link}",
]

# ---------------------------------------------------------------- rejection + invite for another role
REJ_INV = [
    "We won't be taking your application for {r} further, but the team behind {r2} would like to interview you - is {when} OK?",
    "You weren't selected for {r}, I'm sorry. The good news: our {r2} lead read your CV and wants a call. Shall I book it?",
    "On {r} we've gone with another candidate. I'd still like to invite you to interview for {r2}, which I think suits you better.",
]

# ---------------------------------------------------------------- offer
OFFER = [
    "I'm really pleased to say we'd like to offer you the {r} role!",
    "Great news - the team wants to make you an offer for {r}.",
    "We'd like to extend an offer: {r}, starting {start}, base salary {sal}.",
    "Congratulations! {c} is offering you the position of {r}.",
    "The panel was unanimous and we'd love you to join as {r}. Formal offer to follow today.",
    "Following yesterday's call, here's the offer in writing: {r}, {sal} per year, start date {start}.",
    "We're delighted to offer you the job. The contract is attached - please sign by Friday if you're happy.",
]
OFFER_EXTRA = [
    "Let me know if you'd like to talk through the package.", "Can you let us know by the end of next week?",
    "There's some flexibility on the start date.", "I'll call you tomorrow to go through the details.",
    "We really hope you'll say yes.", "",
]
SALARIES = ["£52,000", "€61.500", "$118k", "£38,500", "€47,000", "$96,000", "£71k", "€84.000"]
STARTS = ["1 March", "the 4th of May", "early September", "Monday 2 June", "the start of next quarter", "15 January"]

# ---------------------------------------------------------------- feedback-only follow-up
FB_INTRO = [
    "As promised, here's the feedback from the panel.",
    "You asked for some notes after the final round - here's what the team said.",
    "I went back to the interviewers and collected their comments for you.",
    "Happy to share some feedback, and thanks for asking.",
]


def _fill(s: str, ctx: dict) -> str:
    try:
        return s.format(**ctx)
    except (KeyError, IndexError):
        return s


def weakness(rng: random.Random, topics: list[str]) -> str:
    parts = [pick(rng, WEAK[t]) for t in topics]
    if len(parts) == 1:
        return parts[0]
    return "; ".join(parts[:-1]) + ", and " + parts[-1]


TECH_WORDS = ("Engineer", "Developer", "Architect", "Analyst", "DevOps", "Data", "Scientist", "Security")
CODE_WORDS = ("take-home", "coding", "code", "pairing", "migration")


def _tech(ctx: dict) -> bool:
    return any(w in ctx.get("r", "") for w in TECH_WORDS)


def _praise(rng: random.Random, ctx: dict) -> str:
    pool = PRAISE if _tech(ctx) else [p for p in PRAISE if not any(w in p for w in CODE_WORDS)]
    return pick(rng, pool)


def pick_topics(rng: random.Random, ctx: dict | None = None) -> list[str]:
    keys = list(WEAK)
    if ctx is not None and not _tech(ctx):
        keys = [k for k in keys if k not in ("coding", "system_design")]
    k = 1 if rng.random() < 0.55 else 2
    return rng.sample(keys, k)


def pick_oc(rng: random.Random, p: float = 0.45) -> list[str]:
    if rng.random() >= p:
        return []
    return [pick(rng, list(OC))]


def say(intent: str, ctx: dict, rng: random.Random, spoken: bool = False) -> tuple[list[str], list[str], list[str], list[str]]:
    """Return (paragraphs, labels, topics, outside_control) for a labelled intent."""
    if spoken:
        return _spoken(intent, ctx, rng)
    topics: list[str] = []
    oc: list[str] = []
    paras: list[str] = []
    if intent in ("rej", "rej_oc"):
        oc = pick_oc(rng, 1.0 if intent == "rej_oc" else 0.35)
        main = pick(rng, REJ)
        if oc and rng.random() < 0.5:
            paras.append(main + " " + pick(rng, OC[oc[0]]))
        elif oc:
            paras.append(pick(rng, OC[oc[0]]) + " " + pick(rng, ["So we won't be moving forward with your application.", "That means we can't take your application any further.", "I'm sorry it ends this way for you.", "Unfortunately that closes your application."]))
        else:
            paras.append(main)
        tail = pick(rng, REJ_SOFT)
        if tail:
            paras.append(tail)
    elif intent == "rej_fb":
        topics = pick_topics(rng, ctx)
        oc = pick_oc(rng, 0.15)
        paras.append(pick(rng, REJ) + (" " + pick(rng, OC[oc[0]]) if oc else ""))
        praise = _praise(rng, ctx)
        paras.append((praise + " " if praise else "") + pick(rng, BUT) + " " + weakness(rng, topics) + ".")
        if rng.random() < 0.4:
            paras.append(pick(rng, ["Hope that's useful.", "I hope the notes help with the next one.", "Do apply again in a year or so.", "Happy to chat it through if you want."]))
    elif intent == "fb":
        topics = pick_topics(rng, ctx)
        praise = _praise(rng, ctx)
        paras.append(pick(rng, FB_INTRO))
        paras.append((praise + " " if praise else "") + pick(rng, BUT) + " " + weakness(rng, topics) + ".")
        paras.append(pick(rng, ["Good luck with everything.", "Hope this helps.", "I hope it's useful for the next round elsewhere.", ""]))
    elif intent == "inv":
        if rng.random() < 0.15:
            paras.append(pick(rng, RESCHED))
        else:
            paras.append(pick(rng, INV))
        ex = pick(rng, INV_EXTRA)
        if ex:
            paras.append(ex)
    elif intent == "ack":
        paras.append(pick(rng, ACK))
        if rng.random() < 0.4:
            paras.append(pick(rng, ["No need to do anything for now.", "We aim to respond within 10 working days.", "If you don't hear from us within a month, please assume we've gone another way.", "You can follow the status in your candidate account."]))
    elif intent == "ack_inv":
        paras.append(pick(rng, ACK))
        paras.append(pick(rng, ACK_INV_TAIL))
    elif intent == "rej_inv":
        paras.append(pick(rng, REJ_INV))
    elif intent == "offer":
        paras.append(pick(rng, OFFER))
        ex = pick(rng, OFFER_EXTRA)
        if ex:
            paras.append(ex)
    else:
        raise ValueError(intent)
    return [_fill(p, ctx) for p in paras if p], list(LABELS_OF[intent]), topics, oc


# ---------------------------------------------------------------- spoken register (voicemail)
SP_OPEN = [
    "hi {cf} it's {rf} from {c}", "hello this is a message for {cf} um it's {rf} calling from {c}",
    "hey {cf} {rf} here at {c}", "good afternoon this is {rf} {rl} from the recruitment team at {c} calling for {cf}",
    "hiya it's {rf} I'm calling from {c} about the {r} job",
]
SP = {
    "rej": [
        "just calling about your application for the {r} role um unfortunately we've decided not to take it forward this time",
        "so I'm afraid it's not good news the team went with another candidate for {r}",
        "I wanted to let you know personally rather than by email that we won't be progressing you to the next stage",
        "I'm sorry to say it's a no on this occasion for the {r} position",
    ],
    "inv": [
        "we'd love to get you in for an interview for the {r} role would {when} work for you",
        "the hiring manager would like a quick chat with you this week um so give me a call back and we'll book something in",
        "good news you've been shortlisted and we'd like to set up a video interview",
        "we're inviting you to the next round which is a technical interview with the team",
    ],
    "offer": [
        "I've got some really good news um we'd like to offer you the {r} role",
        "the team were really impressed and we want to make you an offer so give me a call back when you get this",
        "I'm calling to offer you the job um we'll send the paperwork over by email today",
    ],
    "ack": [
        "just a quick call to say we've received your application for {r} and we'll be in touch soon",
    ],
}
SP_FB = [
    "um the feedback was that {w}",
    "if it helps the main thing the panel mentioned was {w}",
    "they did say {w} so that might be worth working on",
]
SP_CLOSE = [
    "you can call me back on this number thanks bye", "anyway give me a ring when you can um bye",
    "I'll also drop you an email thanks speak soon", "okay thanks bye bye", "take care bye",
    "my number is on the email thanks",
]


def _spoken(intent: str, ctx: dict, rng: random.Random):
    topics: list[str] = []
    oc: list[str] = []
    parts = [pick(rng, SP_OPEN)]
    if intent in ("rej", "rej_oc"):
        parts.append(pick(rng, SP["rej"]))
        if intent == "rej_oc" or rng.random() < 0.3:
            oc = pick_oc(rng, 1.0)
            parts.append(pick(rng, OC[oc[0]]).lower().rstrip("."))
    elif intent == "rej_fb":
        topics = pick_topics(rng, ctx)[:1]
        parts.append(pick(rng, SP["rej"]))
        parts.append(pick(rng, SP_FB).format(w=weakness(rng, topics)))
    elif intent in ("inv", "offer", "ack"):
        parts.append(pick(rng, SP[intent]))
    elif intent == "rej_inv":
        parts.append(pick(rng, SP["rej"]))
        parts.append("but there's another opening for {r2} and the team want to interview you for that one")
    else:
        raise ValueError(intent)
    parts.append(pick(rng, SP_CLOSE))
    text = " ".join(_fill(p, ctx) for p in parts)
    return [text], list(LABELS_OF["rej" if intent == "rej_oc" else intent]), topics, oc


# ---------------------------------------------------------------- second pass: more ways to say the same things
REJ.extend([
    "Following the second interviews, we won't be taking things further with you for {r}.",
    "I've just come out of the debrief and unfortunately the team isn't moving you forward.",
    "We're going to decline your application for the {r} opening.",
    "You were one of our last three, which makes this harder to write: we've chosen someone else.",
    "Thank you for applying to {c}. We have decided not to invite you to the next stage.",
    "I'll keep it short because I know you've been waiting: it's not a yes this time.",
    "The hiring panel has concluded its review and your application was not selected.",
    "We won't be able to move ahead with you for the {r} position.",
    "Having compared all the finalists, we've decided to offer the role to another applicant.",
    "Unfortunately you haven't made the shortlist for {r}.",
    "Regretfully, we will not be progressing your candidacy beyond the technical stage.",
])
REJ_SOFT.extend([
    "Your details will stay in our talent pool for twelve months unless you ask us to remove them.",
    "Feel free to follow us for future vacancies.",
    "It was a pleasure getting to know you.",
    "Thanks for being so flexible with the scheduling.",
])
INV.extend([
    "We'd like to get you in front of the team - could you spare an hour for a video call {when}?",
    "The next stage is a 30-minute screening call with {rf2}. When suits you this week?",
    "Can you come in for a face-to-face interview? We have slots on {when} and the following morning.",
    "Next step: a live problem-solving session with two people from the team. Pick a time here: {link}",
    "Congratulations, you've passed the first review! We'd like to invite you to a competency-based interview.",
    "I'd love to set up a 15-minute intro call to tell you more and hear about your background. {when}?",
    "Would you be up for a portfolio walkthrough with our design lead next week?",
    "The panel would like to meet you for a final round - it's a presentation followed by Q&A.",
    "We've reviewed your application and would like to invite you to a first-round interview by phone.",
    "Please use the link below to schedule your 45-minute technical interview: {link}",
])
ACK.extend([
    "Many thanks for your interest in {c}. Your application for {r} has reached us and is now with the recruiting team.",
    "Got it! Your application for {r} is safely with us.",
    "We've logged your application ({req}). You'll hear from us once the closing date has passed.",
    "Thanks for sending your CV over for {r} - I've received it and will share it with the hiring manager this week.",
    "Confirmation: your application for the {r} vacancy was received on {when}.",
])
OFFER.extend([
    "I'm thrilled to let you know the job is yours if you want it - {r}, {sal}.",
    "On behalf of {c}, I'm pleased to offer you the role of {r}. Details of the package are below.",
    "You've got the job! We'd like you to start as our new {r} on {start}.",
    "We're making you a formal offer for {r} today; the written offer will arrive from our HR system shortly.",
    "The team would love to have you - consider this our offer for the {r} position at {sal} per year.",
])
PRAISE.extend([
    "We liked how clearly you described your current role.", "Your references were glowing.",
    "The case study showed good commercial instinct.", "You asked thoughtful questions about the product.", "",
])
BUT.extend(["What held it back was that", "The one area of concern:", "Where others were stronger:", "For balance,"])
WEAK["behavioural"].extend(["when we asked about a time things went wrong, the answer didn't say what you learned"])
WEAK["communication"].extend(["the written exercise was hard to skim and missed the summary up front"])
WEAK["questions_to_ask"].extend(["we'd hoped you'd quiz us more about the role - there were almost no questions from your side"])
WEAK["composure"].extend(["the live exercise seemed to rattle you, and you didn't quite recover"])
WEAK["experience_level"].extend(["the team felt your experience so far is mostly as an individual contributor, and this role manages four people"])
WEAK["collaboration"].extend(["the feedback from the team exercise was that you didn't build on other people's ideas"])
WEAK["technical_depth"].extend(["the trade-offs between the options you named weren't really explained"])
WEAK["cv_positioning"].extend(["the CV reads as a list of duties rather than results, so your impact was hard to see"])
HELLO.extend(["Hey {cf}!", "Morning {cf},", "Hi {cf}, hope you're well.", "Dear Mr/Ms {cl},"])
BYE.extend(["Talk soon,\n{rf}", "Thanks so much\n{rf} {rl}\n{title}, {c}", "Best regards\n{rf} {rl}\n{c} | People Team", "ta, {rf}"])
