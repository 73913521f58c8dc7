"""w23's sentence banks for the decisions themselves (English), shared by all w23 families.

Each bank is written so that a family can frame it in its own letterhead; `{role}`, `{org}` and
similar slots are filled by the caller.
"""

from __future__ import annotations

import random

REJECT = [
    "Unfortunately, we will not be taking your application for {role} any further.",
    "After careful consideration we have decided not to progress your application for the {role} role.",
    "I'm sorry to say we won't be moving forward with your candidacy for {role}.",
    "We have now completed our review and, regrettably, your application for {role} has not been successful on this occasion.",
    "The panel has decided to offer the {role} position to another applicant.",
    "We've decided to pursue other candidates for the {role} opening.",
    "I wanted to let you know personally that we won't be proceeding to the next stage with you for {role}.",
    "Thank you for interviewing with us for {role}. This time we will not be extending an offer.",
    "We're going to pass on your application for {role} for now.",
    "Your application for {role} was reviewed by the hiring team and we are unable to take it forward.",
    "It was a close call, but we have chosen another candidate for the {role} position.",
    "We were genuinely impressed by your background; however, we have decided not to move ahead with your application for {role}.",
    "Sadly it's a no from us on the {role} role.",
    "Following your interview for {role}, we regret that we are unable to offer you the position.",
    "We have decided to close your application for {role} at this stage.",
    "On this occasion you have not been shortlisted for {role}.",
    "Having reviewed all the interviews for {role}, we're not going to take things further with you.",
    "I'm writing with disappointing news: we've offered {role} to someone else.",
    "We won't be inviting you to the next round for {role}.",
    "Your application hasn't made it through to interview for {role} this time.",
    "The team has decided you are not the right match for {role} at the moment, so we'll be closing your application.",
    "We have reached a decision on {role}, and I'm afraid it is not good news for you.",
    "Thank you for completing the assessment for {role}; unfortunately your results mean we cannot move you forward.",
    "Although your experience is impressive, we won't be proceeding with your candidacy for {role}.",
    "We've now made an appointment to {role} and your application has been unsuccessful.",
    "I'm sorry to tell you that we have decided not to offer you the {role} job.",
    "We've concluded the process for {role} and will not be going further with your application.",
    "Unfortunately the hiring manager has chosen not to move forward with you for {role}.",
]

REASON = {
    "role_filled": [
        "The position has now been filled.",
        "We have since appointed someone to the role.",
        "An internal colleague has accepted the position.",
        "The vacancy was filled shortly before your interview date, so we have cancelled it.",
        "We offered the role to an earlier applicant, who has accepted.",
    ],
    "budget_freeze": [
        "A hiring freeze has been put in place across the business for the rest of the financial year.",
        "Budget for this headcount has been withdrawn following a review of our spending.",
        "We have had to pause all external recruitment while funding is reviewed.",
        "The budget we had for this post has been frozen until further notice.",
    ],
    "closer_fit": [
        "We went with a candidate whose experience lined up more closely with what the team needs right now.",
        "Another applicant had more direct experience in the specific areas we are recruiting for.",
        "We found someone whose background matched the brief a little more precisely.",
        "The successful candidate brought hands-on experience with our exact setup.",
    ],
    "level_mismatch": [
        "We've realised we need someone with considerably more seniority for this post.",
        "On reflection the role is pitched at a more junior level than your experience, and we don't think it would suit you.",
        "The team needs someone who can lead from day one, which calls for more years in a leadership seat.",
        "We are now looking for an entry-level hire rather than someone with your depth of experience.",
    ],
    "role_cancelled": [
        "The role itself has been withdrawn after a restructure of the department.",
        "We have decided not to fill this vacancy after all.",
        "Following an organisational change, this position no longer exists.",
        "The project this hire was for has been shelved, so the vacancy is closed.",
    ],
}

# weaknesses phrased indirectly; each tied to one topic
WEAK = {
    "coding": [
        "the live exercise ran out of time before the solution handled the edge cases",
        "your code in the pairing session worked but was hard to follow and had no tests",
        "we'd have liked a cleaner, more idiomatic solution to the practical task",
        "the take-home had a couple of bugs that a quick test run would have caught",
        "the algorithm you chose for the practical was correct but far slower than it needed to be",
        "we felt your coding was rusty compared with the other finalists",
    ],
    "system_design": [
        "the reasoning about how the service would behave at ten times the load was thinner than we'd have liked",
        "the architecture discussion stayed at the whiteboard-box level without tackling data consistency",
        "when we asked how the pieces would fit together at scale, the answer felt incomplete",
        "the design exercise didn't address failure modes or where the bottlenecks would be",
        "your proposed architecture would have struggled once traffic spiked, and caching never came up",
    ],
    "technical_depth": [
        "when we pushed one level deeper on the subject matter, the answers got thin",
        "the panel wanted more depth on the underlying principles rather than the surface of the tools",
        "some of the follow-up questions on the fundamentals went unanswered",
        "your account of how you had actually done the analysis in your last job stayed quite general",
        "on the accounting standards questions you gave the textbook answer but not the reasoning behind it",
    ],
    "behavioural": [
        "your examples of past situations lacked a clear account of what you personally did and what came of it",
        "the situational questions got fairly generic answers rather than real stories",
        "we struggled to get concrete examples of times you handled conflict or setbacks",
        "the competency questions needed more specific examples from your own work",
    ],
    "communication": [
        "answers tended to wander, and the key point often came late",
        "the presentation was hard to follow for the non-specialists on the panel",
        "we sometimes found it difficult to follow your line of thought",
        "you could be more concise when explaining your work to a mixed audience",
        "the written exercise was accurate but hard to read",
    ],
    "questions_to_ask": [
        "you didn't have any questions for us at the end, which the panel read as limited interest",
        "we'd have liked to hear more curiosity about the team and the role itself",
        "your questions at the end were about holidays and hours rather than the work itself",
    ],
    "composure": [
        "nerves seemed to get the better of you once the questions got harder",
        "you seemed quite rattled after the first tricky question and didn't fully recover",
        "under time pressure the answers became hurried",
        "you seemed unsettled by the role-play with the difficult customer",
    ],
    "experience_level": [
        "you have less hands-on time in a comparable role than we need for this post",
        "the panel felt you would need another year or two of practice before stepping into this role",
        "your experience so far is mostly at a more junior level than this position requires",
        "you haven't yet managed a team, which this role needs from day one",
    ],
    "collaboration": [
        "we didn't hear much about how you work with other teams or share decisions",
        "in the group exercise you tended to work alone rather than bring others in",
        "some answers suggested you prefer to own work end to end rather than collaborate",
        "the panel wasn't sure how you'd work alongside the ward team on a busy shift",
    ],
    "cv_positioning": [
        "your CV undersells the relevant work; the most relevant project was buried on page two",
        "the application didn't make clear how your experience maps to this role",
        "your portfolio showed lots of range but not the kind of work this role is about",
        "the cover letter read as generic and didn't speak to what we asked for in the advert",
        "your application form didn't evidence the essential criteria, so it scored low at shortlisting",
    ],
}

PRAISE = [
    "The panel enjoyed speaking with you and appreciated your warmth.",
    "Your enthusiasm for the work came across clearly.",
    "Everyone agreed you were easy to talk to.",
    "Your preparation was obvious and appreciated.",
    "Your domain knowledge was a real strength.",
    "There was a lot to like in your application.",
]

NO_FEEDBACK = [
    "Due to the volume of applications we are unable to give individual feedback.",
    "We had a very large number of strong candidates for this role.",
    "I'm afraid company policy doesn't allow us to share detailed feedback.",
    "",
    "",
    "",
]

INVITE = [
    "We'd like to invite you to a first interview for {role}.",
    "We'd love to have you in for a conversation about the {role} role.",
    "The hiring manager would like a 30-minute video call with you about {role}.",
    "You've been shortlisted for {role} and we'd like to arrange an interview.",
    "The next step is a short phone screen with our recruiter; please pick a time using the link below.",
    "We would like to invite you to complete an online assessment for {role}; it takes about 45 minutes.",
    "We'd like you to come to our office for the final round for {role}.",
    "Could you join us for a technical interview for {role}? Please let us know two or three times that work for you next week.",
    "We'd like to invite you to an assessment day for {role}.",
    "Please book an interview slot for {role} at a time that suits you: https://{dom}/book/{num}",
    "Our team lead would like to meet you over coffee to talk about {role} - an informal first interview.",
    "We'd like to move you to the case-study round for {role}; you'll present to two partners.",
    "You're invited to a 20-minute screening call for {role} with one of our recruiters.",
    "Please complete the short coding exercise for {role}; after that we'll set up the technical interview.",
    "We would like you to attend a panel interview for {role}; it lasts about an hour.",
    "Would you be free for a trial shift for {role}? It's paid and lasts about four hours.",
]

ACK = [
    "Thank you for applying for {role}. This email confirms we've received your application.",
    "We have received your application for the {role} position.",
    "Your application for {role} has reached us safely.",
    "Thanks for your interest in {org}: your application for {role} has been received and will be reviewed by the team.",
    "This is to confirm receipt of your application for {role} (reference {num}).",
    "Thanks for sending your CV for {role}; it's with the hiring team now.",
    "Just a note to say your application for {role} came through and is in our queue.",
    "We can confirm that {org} has your application for {role}; no further action is needed from you.",
    "Your application (ref {num}) for {role} has been logged in our system.",
    "Many thanks - your application for {role} has arrived and a recruiter will read it shortly.",
]

OFFER = [
    "I'm delighted to offer you the position of {role}.",
    "We would like to offer you the {role} role, and I've attached the written offer.",
    "Following your interviews, we are pleased to make you an offer for {role}.",
    "Congratulations: the panel would like to offer you the job of {role}.",
    "We'd like to extend an offer for the {role} position, with details below.",
    "I'm happy to confirm in writing the offer we discussed on the phone for {role}.",
    "It gives me great pleasure to offer you employment as {role}.",
    "Good news: we'd love you to join as our new {role}, and this email is our formal offer.",
    "We're pleased to confirm a conditional offer of employment for {role}, subject to references.",
]

OFFER_TERMS = [
    "Salary: {pay} per year, start date {date}.",
    "The package is {pay} plus the standard benefits, starting {date}.",
    "We're proposing a start date of {date} at {pay}.",
    "The offer is {pay}, and we'd hope you could start around {date}.",
]

PAY = ["£31,500", "£42,000", "£58,000", "€47,000", "€62.500", "$88,000", "$115,000", "£26,400", "€39.000", "£71,000"]


# core sentences that do not claim someone else got the job (safe next to a freeze or a cancelled post)
NEUTRAL = [i for i, t in enumerate(REJECT) if not any(w in t for w in ("another", "other candidates", "someone else", "appointment"))]


def reject_with_reason(rng: random.Random, role: str) -> tuple[str, list[str]]:
    """A rejection sentence plus, sometimes, an outside-control reason that agrees with it."""
    rs, tags = reason_lines(rng)
    bank = [REJECT[i] for i in NEUTRAL] if set(tags) & {"role_cancelled", "budget_freeze", "level_mismatch"} else REJECT
    return " ".join([rng.choice(bank).format(role=role)] + rs), tags


def reason_lines(rng: random.Random, k_max: int = 1) -> tuple[list[str], list[str]]:
    """Zero or more outside-control reasons as (sentences, tags)."""
    if rng.random() < 0.45:
        return [], []
    tags = rng.sample(sorted(REASON), rng.randint(1, k_max))
    return [rng.choice(REASON[t]) for t in tags], tags


TECHY = ("Engineer", "Developer", "Data", "Scientist", "Analyst", "Biostatistician", "Technician")


def is_tech(role: str) -> bool:
    return any(w in role for w in TECHY)


def feedback_lines(rng: random.Random, k: int | None = None, role: str = "Engineer") -> tuple[str, list[str]]:
    """A feedback paragraph naming 1-3 weaknesses (varied framing) and their topics.

    Coding and system-design points are only given for technical roles, so that the text stays plausible.
    """
    k = k or rng.choice([1, 1, 2, 2, 3])
    pool = sorted(WEAK) if is_tech(role) else sorted(set(WEAK) - {"coding", "system_design"})
    tags = rng.sample(pool, k)
    weak = [rng.choice(WEAK[t]) for t in tags]
    lead = rng.choice([
        "The feedback from the panel was that {w}.",
        "To be candid, {w}.",
        "Where you fell short was that {w}.",
        "If it helps for next time: {w}.",
        "The main thing holding you back was that {w}.",
        "Their notes mention that {w}.",
    ])
    text = lead.format(w=weak[0])
    for w in weak[1:]:
        text += " " + rng.choice(["Also, {w}.", "They also noted that {w}.", "In addition, {w}.",
                                  "Separately, {w}."]).format(w=w)
    if rng.random() < 0.5:
        text = rng.choice(PRAISE) + " " + text
    return text, tags
