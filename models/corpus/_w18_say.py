"""Writer w18's sentence banks: what employers, recruiters and hiring managers say back to a candidate.

Each bank is a list of sentence variants with {placeholders}; the generators pick and fill them.
Weakness sentences are keyed by feedback topic, rejection reasons by outside_control value.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------- feedback: weaknesses by topic
WEAK: dict[str, list[str]] = {
    "coding": [
        "the live exercise stalled once the edge cases came in, and the final code didn't run",
        "the panel felt the pairing session showed some gaps in writing clean, working code under time",
        "your solution to the parsing task was correct in spirit but the implementation was quite messy",
        "we'd have wanted to see tests, or at least some checking of the function before calling it done",
        "the take-home worked, but the code structure would be hard for the team to maintain",
        "in the hands-on part you spent a long time debugging an off-by-one that a quick trace would have caught",
        "the SQL you wrote returned the wrong totals and we never got to the optimisation part",
        "your practical test scores were a little below the bar we set for the spreadsheet modelling section",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the service would behave at ten times the load",
        "the architecture discussion stayed at the whiteboard-boxes level and didn't get into data flow or failure modes",
        "when we asked how you'd split the monolith, the answer didn't touch on consistency or rollout",
        "the design round was the weaker one: caching and queueing came up only when prompted",
        "we missed a sense of how you would structure the end-to-end system, beyond the piece you know well",
        "the trade-offs between the two storage options you proposed weren't really explored",
    ],
    "technical_depth": [
        "when we dug into the details of your past projects the answers stayed fairly surface-level",
        "the panel wanted more depth on the clinical protocols you mentioned",
        "your grasp of the underlying tax rules felt thinner than the role requires",
        "on the statistics questions you knew the terms but struggled to explain why they work",
        "we'd expect someone at this level to go deeper into how the tooling works under the hood",
        "some of the follow-up questions on load calculations exposed gaps in the fundamentals",
        "your knowledge of the regulatory side was a bit patchy for a role that leans on it daily",
    ],
    "behavioural": [
        "the examples you gave in the competency section were a little vague about what you personally did",
        "your answers to the 'tell us about a time' questions lacked a clear outcome",
        "the situational questions were answered in general terms rather than with real stories",
        "we struggled to get concrete examples of handling conflict or a difficult stakeholder",
        "the panel noted that your stories tended to describe the team's work rather than your own part in it",
        "a more structured way of walking through past situations would have helped a lot",
    ],
    "communication": [
        "at times the explanations were hard to follow and jumped between topics",
        "your answers ran long and the key point sometimes got lost",
        "the panel found it hard to follow your thinking when you went quiet while working",
        "the presentation had good content but the delivery was rushed and a bit disorganised",
        "we'd encourage you to check in with the listener more; some answers went past what was asked",
        "written communication is a big part of the job and the exercise summary wasn't as clear as we'd like",
    ],
    "questions_to_ask": [
        "you didn't have any questions for us at the end, which the panel read as limited interest",
        "the questions you asked were mostly about hours and perks rather than the work itself",
        "we'd have loved to hear more curiosity about the team and its challenges",
        "one thing that stood out was that you hadn't prepared questions about the role",
    ],
    "composure": [
        "nerves seemed to get the better of you in the second half and the answers became hesitant",
        "you seemed quite rattled after the tricky question and it affected the rest of the interview",
        "under time pressure in the practical you lost your footing a little",
        "the panel sensed you were very anxious, which made it hard to see what you're really capable of",
        "when challenged on your figures you became a bit defensive rather than talking it through",
    ],
    "experience_level": [
        "you haven't yet had the hands-on time leading a team that this role needs from day one",
        "the panel felt you'd benefit from a couple more years in a similar environment first",
        "your background is strong but mostly in smaller settings, and we need someone who has run this at scale",
        "there wasn't enough evidence of owning projects end to end",
        "we'd want to see more exposure to client-facing work before this step up",
    ],
    "collaboration": [
        "in the group exercise you tended to work alone rather than bring others in",
        "we weren't fully convinced about how you'd work with product and design day to day",
        "some of your examples suggested you prefer to decide things yourself rather than align with colleagues",
        "the team exercise showed less listening to the others than we'd hoped",
        "how you'd handle disagreement with peers came across as a potential friction point",
    ],
    "cv_positioning": [
        "your CV undersells the work you described in the interview; the relevant projects are buried",
        "the application didn't make it clear how your experience maps to this kind of role",
        "your portfolio shows lovely work, but none of it speaks to the type of product we build",
        "the cover letter read as generic and didn't connect your background to what we do",
        "on paper your experience looks more junior than it is, mainly because of how it's framed",
        "it would help to lead your CV with outcomes rather than a list of duties",
    ],
}

WEAK_INTRO = [
    "The main thing that held you back: {w}.", "Where it fell short: {w}.", "To be candid, {w}.",
    "The area to work on is that {w}.", "One piece of honest feedback: {w}.", "Honestly, {w}.",
    "If I'm being specific, {w}.", "The panel's main reservation was that {w}.", "{W}.",
    "What tipped it: {w}.", "I'd flag that {w}.", "Something to work on for next time: {w}.",
]

PRAISE = [
    "The panel really liked your energy and your clear interest in the role.",
    "Your experience with the migration project came across very well.",
    "Everyone enjoyed talking with you, and your preparation showed.",
    "Your portfolio review was one of the strongest we saw.",
    "You were warm and easy to talk to, and the team noticed.",
    "The technical screen went well and your fundamentals were solid.",
    "Your answers about patient safety were thoughtful.",
    "We liked how you talked about your last team.",
    "Your case study was well researched.",
    "There was a lot to like in how you approached the problem.",
]

# ---------------------------------------------------------------- rejection lines
REJECT = [
    "we've decided not to move forward with your application",
    "we won't be progressing your application any further",
    "we've gone with someone else for this one",
    "we're not going to take things further on this occasion",
    "the team has decided to continue with other candidates",
    "we've chosen not to proceed to the next stage with you",
    "we'll be passing this time",
    "it's a no from the panel, I'm afraid",
    "we've decided to pursue other applicants whose background fits the brief more directly",
    "your application has not been successful",
    "we will not be offering you the position",
    "we've made the decision to close your application for this role",
    "we've offered the job to another candidate and they have accepted",
    "we're not able to offer you a place on the next round",
    "we'll be moving ahead without you for this role",
    "the hiring team has decided to focus on other profiles",
]

SOFTEN = [
    "This was a genuinely hard call.", "I know that's not the news you were hoping for.",
    "It was close, for what it's worth.", "Thank you for all the time you put in.",
    "I'm sorry to be the bearer of this.", "You should be pleased with how far you got.",
    "Please don't take this as a reflection of your ability.", "", "", "",
]

REASON: dict[str, list[str]] = {
    "role_filled": [
        "the position has now been filled", "we've hired for the role internally",
        "the post was filled before we reached your interview", "an offer was accepted by another candidate earlier this week",
        "the vacancy has been filled",
    ],
    "budget_freeze": [
        "a hiring freeze has just been put in place across the business", "the budget for this headcount has been pulled for the rest of the year",
        "finance has paused all new hires until next quarter", "funding for the role didn't come through",
    ],
    "closer_fit": [
        "we went with someone whose experience lines up more closely with what the team needs right now",
        "another candidate had more direct experience in this exact sector",
        "we found a person whose background matches the brief more closely",
        "the successful candidate had already done almost this exact job elsewhere",
    ],
    "level_mismatch": [
        "we've realised we need someone more senior for this team", "the role ended up being scoped at a more junior level than your experience",
        "we're now looking for a lead rather than a mid-level hire", "the team needs a more experienced person to start",
        "your experience is beyond what this junior post offers, and we don't think it would hold your interest",
    ],
    "role_cancelled": [
        "the role itself has been withdrawn", "the team has been restructured and the vacancy no longer exists",
        "we've decided not to hire for this position after all", "the project the role was attached to has been cancelled",
    ],
}

REASON_FRAME = [
    "Unfortunately {r}, so {j}.", "The reason is simply that {r}.", "{R}, which means {j}.",
    "I'm afraid {r}.", "Since {r}, {j}.", "Sadly {r} and {j}.",
]

# ---------------------------------------------------------------- interview invites
INVITE = [
    "we'd like to invite you to a {step} with {who}",
    "the team would love to meet you for a {step}",
    "I'd like to set up a {step} — could you let me know your availability next week?",
    "you've been shortlisted for a {step}",
    "we'd like to move you forward to a {step}",
    "{who} would like to have a {step} with you",
    "the next step is a {step}; please book a slot that suits you here: {link}",
    "we're keen to take things further with a {step}",
    "could you make a {step} on {slot}?",
    "we'd like you to come in for a {step}",
]
STEPS = [
    "30-minute phone screen", "technical interview", "final-round interview", "video call", "panel interview",
    "quick chat", "case study interview", "onsite day", "coding session", "portfolio review", "trial shift",
    "second interview", "assessment centre", "short online assessment", "take-home exercise followed by a debrief",
    "teaching observation and interview", "competency-based interview", "culture conversation",
]
WHO = ["the hiring manager", "our Head of Product", "two of the engineers", "the ward manager", "our CFO",
       "the founders", "the practice lead", "the design team", "our Head of Operations", "the partners", "me"]


def booking_link(rng: random.Random) -> str:
    return rng.choice(["https://cal.meetslot.io/", "https://book.interviewgrid.com/s/", "https://schedule.hireloom.io/c/",
                       "https://calendly-like.example/"]) + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))


# ---------------------------------------------------------------- acknowledgements
ACK = [
    "we've received your application for {role}",
    "your application for {role} has reached us safely",
    "thanks for applying for {role} — this is to confirm we have it",
    "your CV came through and is now with the hiring team",
    "just confirming that your application for {role} is in",
    "thank you, your application ({req}) was submitted successfully",
    "this is a quick note to let you know we got your application",
    "we have your application for the {role} vacancy on file",
]
ACK_NEXT = [
    "If your profile matches, someone will be in touch within two weeks.",
    "We read every application ourselves, so it can take a little while.",
    "You don't need to do anything else for now.",
    "We'll contact you if you're shortlisted.",
    "Expect to hear from us by the end of the month either way.",
    "The closing date is {date}; we'll review everything after that.",
    "",
]

# ---------------------------------------------------------------- offers
OFFER = [
    "I'm delighted to offer you the role of {role}",
    "we'd like to extend you an offer for the {role} position",
    "the panel was unanimous and we want to offer you the job",
    "I'm very happy to confirm we're offering you the position of {role}",
    "we'd love you to join us as {role} — this is your offer",
    "following your interviews, we are pleased to make you a formal offer",
]
OFFER_TERMS = [
    "The base salary is {money} with {extra}.", "We're proposing {money} plus {extra}.",
    "The package is {money}, {extra}, and a start date around {date}.", "The offer letter with the details ({money}, {extra}) is attached.",
]


def money(rng: random.Random) -> str:
    cur = rng.choice(["£", "$", "€", "A$", "₹"])
    if cur == "₹":
        return f"₹{rng.randint(12, 45)} lakh per annum"
    return f"{cur}{rng.randint(32, 165)},{rng.choice(['000', '500'])}"


EXTRAS = ["25 days' holiday", "a 10% bonus target", "private health cover", "share options", "a hybrid working pattern",
          "a relocation package", "a 6% pension contribution", "four-day weeks in summer"]
