"""Sentence banks for writer w21 (interview loops at large employers).

What: weakness phrasings per feedback topic, praise, outside-control reasons, decision sentences,
scheduling and offer pieces. When: used by the ``gen_w21_*`` generators through ``_w21_bank.Ctx``.
"""

from __future__ import annotations

import random

from _w21_bank import Ctx, pick

# ---- feedback: weaknesses, phrased indirectly ---------------------------------------------------------
WEAK: dict[str, list[str]] = {
    "coding": [
        "the coding round came in below the bar; the solution worked for the happy path but edge cases were left unhandled",
        "in the live coding session it took a while to get to running code, and the interviewer had to nudge you toward a working approach",
        "your implementation in the algorithms interview was correct in the end, but the complexity analysis was off and the code needed several fixes",
        "the pairing exercise stalled once the input got large; the panel wanted to see a cleaner data structure choice",
        "we didn't see enough fluency in the hands-on programming portion",
        "the take-home was missing tests and a couple of the functions didn't handle empty input",
        "your debugging round was slower than we'd expect at this level; you tried several fixes before reading the stack trace",
        "the interviewer felt the code you wrote was hard to follow and wouldn't have passed a review without changes",
        "the whiteboard problem ended with a brute-force answer, and you didn't get to the optimisation",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the service would behave at ten times the traffic",
        "the architecture discussion stayed at a high level; partitioning, caching and failure modes never really came up",
        "in the design session the data model came together, but the trade-offs between consistency and availability weren't explored",
        "the panel felt the design round lacked a clear story for scaling the write path",
        "your design for the notification system had a single point of failure that didn't get addressed even after a hint",
        "the interviewers wanted more depth on how components talk to each other, queues versus direct calls and what happens when one side is down",
        "the large-scale design interview was the weakest signal in the loop",
        "estimating capacity and storage was skipped, which made it hard to judge the rest of the design",
    ],
    "technical_depth": [
        "when the conversation went a layer deeper into how the database actually executes those queries, the answers became vague",
        "the deep-dive on your past project didn't show the level of ownership of the internals we look for",
        "some of the fundamentals (memory model, concurrency primitives) came across as shaky under follow-up questions",
        "the domain round suggested your knowledge of the ML side is broad but not yet deep enough for this team",
        "the interviewers weren't convinced you had hands-on depth with the distributed systems you described",
        "the follow-up questions about statistics in the case exercise exposed some gaps",
        "on the pricing models you were comfortable with the formulas but less so with why they break down",
        "the technical interview on assay design stayed at textbook level and didn't go into the practical pitfalls",
    ],
    "behavioural": [
        "the behavioural interview was thinner than the rest; the examples you gave didn't make your own contribution clear",
        "in the values round your stories lacked concrete outcomes, so it was hard for the interviewer to assess impact",
        "when asked about a conflict or a failure, the answers stayed general rather than walking through a real situation",
        "the leadership-principles conversation didn't surface enough examples of you driving a decision",
        "the panel would have liked more structure in the situational questions, the what-you-did and what-happened parts were missing",
        "your examples of handling ambiguity felt rehearsed and didn't hold up under follow-up",
    ],
    "communication": [
        "several interviewers mentioned that it was hard to follow your thinking because you went quiet while working",
        "your explanations tended to run long and the key point sometimes got lost",
        "the panel felt you could be clearer and more concise when explaining your approach",
        "thinking out loud would have helped; the interviewer often didn't know where you were heading",
        "the presentation portion was dense and hard to follow for the non-specialists in the room",
        "we'd encourage you to summarise before diving into detail; the client-case discussion jumped around",
    ],
    "questions_to_ask": [
        "the hiring manager noted you didn't have many questions for the team, which left them unsure how interested you were",
        "at the end of each session there was room for your questions, and you mostly passed on it",
        "asking more about the team's roadmap and challenges would have shown more engagement",
        "the questions you did ask were mostly about logistics rather than the work itself",
    ],
    "composure": [
        "you seemed to get rattled when the first approach didn't work, and it affected the rest of that session",
        "nerves clearly got in the way in the first two interviews; the later ones went noticeably better",
        "under time pressure in the trading simulation your decisions became erratic",
        "when the interviewer pushed back, the conversation got a bit defensive",
        "the market-making game showed that you lose your footing once things move fast",
    ],
    "experience_level": [
        "the team felt your background is still a step short of the scope this level expects",
        "you haven't yet led projects of the size this role owns from day one",
        "the panel saw strong potential but less hands-on time running production systems than we need here",
        "your experience so far is mostly on smaller teams, and this role needs someone who has navigated a large organisation",
        "the committee calibrated your loop one level below the one the role is open at",
    ],
    "collaboration": [
        "in the pairing session the interviewer felt you worked around them rather than with them",
        "the cross-functional scenario raised some doubts about how you bring partners along",
        "the team exercise left the impression that you prefer to drive alone rather than build on others' ideas",
        "we didn't hear much about how you work with design and product when priorities clash",
    ],
    "cv_positioning": [
        "your CV undersells the infrastructure work you described in person; it reads as a generalist profile",
        "the portfolio leaned on older pieces and didn't show the kind of recent work this role needs",
        "it was hard to see from your resume which results were yours versus the team's",
        "the way your experience was presented on paper didn't connect to what this team does",
        "your reel was strong visually, but it didn't include the gameplay animation this role focuses on",
    ],
}

PRAISE = [
    "everyone enjoyed talking with you",
    "your coding was clean and well structured",
    "the interviewers liked how you communicated your approach",
    "your product sense came through clearly",
    "the hiring manager was impressed by your curiosity",
    "your background in the domain was a real plus",
    "you handled the behavioural questions well",
    "the panel appreciated how well prepared you were",
    "your system design session was solid",
    "the team thought you asked great questions",
    "your portfolio has some lovely work in it",
    "you brought good energy to every conversation",
]

# ---- outside control --------------------------------------------------------------------------------
OC: dict[str, list[str]] = {
    "role_filled": [
        "we have since filled the position",
        "the team has accepted an offer from another candidate",
        "the headcount was filled through an internal transfer",
        "the opening has now been filled",
        "another finalist accepted our offer earlier this week",
        "we've made a hire for this role",
    ],
    "budget_freeze": [
        "the business has paused hiring for this team while planning for next year is finalised",
        "a company-wide hiring freeze went into effect this week",
        "budget for this headcount has been put on hold",
        "due to a change in our financial plan, we're not able to add this role right now",
        "finance has frozen all new requisitions for the rest of the quarter",
    ],
    "closer_fit": [
        "we've chosen to move ahead with a candidate whose background lines up more closely with what the team needs right now",
        "another candidate's experience was a closer match for the specific requirements",
        "we found a candidate whose skills map more directly onto this team's stack",
        "the team went with someone whose domain experience fits more tightly",
        "we're progressing with candidates whose profiles more closely fit the role",
    ],
    "level_mismatch": [
        "the team has realised they need someone more senior for this position",
        "this role ended up being scoped at a more junior level than your experience",
        "the hiring committee is looking for a candidate with more years at the staff level",
        "the level we're hiring at turned out to be below where your experience sits",
        "after recalibrating, the team needs a principal-level hire",
    ],
    "role_cancelled": [
        "the requisition has been cancelled after a reorganisation",
        "the team has decided not to go ahead with this role",
        "the position has been withdrawn following changes to the team's roadmap",
        "the business closed the role as part of a restructuring",
        "this opening no longer exists after the project it supported was wound down",
    ],
}

REJ_CORE = [
    "after careful consideration, the hiring committee has decided not to move forward with your candidacy",
    "we've decided not to extend an offer at this time",
    "we won't be progressing your application to the next stage",
    "the team has decided to pursue other candidates for this role",
    "we're not able to offer you the position",
    "we have decided not to move forward",
    "unfortunately we won't be moving ahead with your application",
    "the debrief didn't result in a hire decision for you this time",
    "we will not be proceeding with your candidacy for this role",
    "we've made the difficult decision not to proceed",
    "the committee's decision is a no for this role",
    "we're going to pass on moving forward",
    "we've concluded the process and won't be making you an offer",
    "it's not a yes from the team this time",
]

REJ_OPEN = [
    "Thank you for the time and effort you put into our interview process.",
    "Thanks again for spending so much time with the team over the last few weeks.",
    "I wanted to follow up personally after the debrief on your interviews.",
    "I appreciate your patience while the committee reviewed your packet.",
    "Thank you for your interest in {co} and for interviewing with us.",
    "Thanks for your patience; I know the wait after the final round is never fun.",
    "I'm reaching out with an update on the {role} role.",
    "I wish I were writing with better news.",
    "",
]

COOLOFF = [
    "You're welcome to apply again in 12 months, and we'd be glad to see you back in our process.",
    "Our policy is a six-month cool-off before re-interviewing for a similar role; after that, please do reapply.",
    "Should you wish to reapply, candidates are eligible again after 12 months.",
    "We'd encourage you to reapply in a year; loops are evaluated fresh each time.",
    "You can reapply after a waiting period of 9 months.",
]

KEEP_IN_MIND = [
    "We'll keep your profile on file and reach out if something that fits your background opens up.",
    "I'll keep you in mind for future roles on the team.",
    "We'd love to stay in touch for future opportunities.",
    "Let's stay connected; our hiring plans change quickly.",
    "I've added a note to your profile so other recruiters see it if a better-matched role comes up.",
]

NO_FEEDBACK = [
    "Unfortunately, company policy doesn't allow us to share detailed interview feedback.",
    "I'm sorry, but we aren't able to provide individual feedback on interviews.",
    "Our process doesn't let me pass on interviewer notes, I'm afraid.",
    "We had a very strong pool and I'm not in a position to share specifics from the panel.",
    "Due to the volume of candidates we can't offer individual feedback.",
    "For legal reasons I can't go into the interviewers' assessments.",
]

# ---- scheduling -------------------------------------------------------------------------------------
SESSIONS = [
    ("Coding", "data structures and algorithms in a shared editor"),
    ("System Design", "designing a large-scale service end to end"),
    ("Behavioural", "past projects and how you work with others"),
    ("Hiring Manager", "team fit, scope and your questions"),
    ("Technical Deep Dive", "a project you know well, in depth"),
    ("Debugging", "finding and fixing issues in an unfamiliar codebase"),
    ("Product Sense", "a product case"),
    ("ML Design", "framing and evaluating a model for a product problem"),
    ("Market Making Game", "a probability and betting exercise"),
    ("Case Interview", "a business case with a partner"),
    ("Portfolio Review", "walking the panel through two pieces of your work"),
    ("Science Talk", "a 30-minute presentation of your research"),
    ("Values", "how you make decisions"),
    ("Pair Programming", "building a small feature together"),
]


_BY_SECTOR = {
    "tech": {"Coding", "System Design", "Behavioural", "Hiring Manager", "Technical Deep Dive", "Debugging", "Product Sense",
             "ML Design", "Values", "Pair Programming"},
    "fintech": {"Coding", "System Design", "Behavioural", "Hiring Manager", "Technical Deep Dive", "Debugging", "Values", "Pair Programming"},
    "finance": {"Coding", "Behavioural", "Hiring Manager", "Market Making Game", "Technical Deep Dive", "Case Interview"},
    "consulting": {"Case Interview", "Behavioural", "Hiring Manager", "Values", "Technical Deep Dive"},
    "gaming": {"Coding", "Portfolio Review", "Behavioural", "Hiring Manager", "Pair Programming", "Technical Deep Dive"},
    "biotech": {"Science Talk", "Technical Deep Dive", "Behavioural", "Hiring Manager", "ML Design", "Coding"},
}


def agenda(rng: random.Random, ctx: Ctx, n: int | None = None) -> str:
    allowed = [s for s in SESSIONS if s[0] in _BY_SECTOR.get(ctx.sector, _BY_SECTOR["tech"])]
    n = min(n or rng.randint(3, 5), len(allowed))
    chosen = rng.sample(allowed, n)
    h = rng.randint(9, 13)
    m = rng.choice([0, 30])
    lines = []
    fmt = rng.randint(0, 2)
    for i, (name, what) in enumerate(chosen):
        who = ctx.interviewers[i % len(ctx.interviewers)]
        start = f"{h:02d}:{m:02d}"
        if fmt == 0:
            lines.append(f"{start}  {name} - {who}" + (f" ({what})" if rng.random() < 0.5 else ""))
        elif fmt == 1:
            lines.append(f"- {name} with {who}, {start} {ctx.tz}")
        else:
            lines.append(f"{i + 1}. {name}: {what}. Interviewer: {who}.")
        m += 45 if rng.random() < 0.6 else 60
        h += m // 60
        m %= 60
    return "\n".join(lines)


def windows_ask(rng: random.Random) -> str:
    return pick(rng,
                "Could you share 3-4 windows over the next two weeks when you'd have a free half day?",
                "Please send me a few blocks of availability (ideally 4+ hours each) for the coming fortnight.",
                "What does your availability look like next week? A handful of windows in your time zone is perfect.",
                "Reply with your availability for the next 10 business days and I'll build the schedule around it.",
                "If you can give me three or four time slots, I'll get the interviewers lined up.",
                "Use the candidate portal to enter your availability; the calendar grid lets you mark whole mornings.")


def self_link(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice([
        f"https://schedule.{ctx.relay}/c/{rng.randint(100000, 999999)}",
        f"https://careers.{ctx.dom}/portal/schedule?token={rng.getrandbits(48):x}",
        f"https://book.{ctx.relay}/{ctx.dom.split('.')[0]}/{rng.getrandbits(32):x}",
        f"https://calendly.example/{ctx.rec_first.lower()}-{ctx.dom.split('.')[0]}/30min",
    ])


def video_tool(rng: random.Random) -> str:
    return pick(rng, "Zoom", "Google Meet", "Microsoft Teams", "our video platform", "Chime", "Webex")


# ---- offers -----------------------------------------------------------------------------------------
def currency(rng: random.Random, ctx: Ctx) -> str:
    if ctx.dom.endswith((".de", ".fr", ".nl", ".ie", ".pt")):
        return "€"
    if ctx.dom.endswith(".co.uk"):
        return "£"
    if ctx.dom.endswith(".ch"):
        return "CHF "
    return rng.choice(["$", "$", "$", "£", "€"])


def package(rng: random.Random, ctx: Ctx) -> str:
    cur = currency(rng, ctx)
    base = rng.randrange(95, 320, 5) * 1000
    eq = rng.randrange(40, 600, 10) * 1000
    sign = rng.choice([0, 10000, 15000, 25000, 40000, 50000])
    bonus = rng.choice(["10%", "15%", "20%", "a discretionary bonus", "target 12%"])
    lines = [f"Base salary: {cur}{base:,}",
             rng.choice([f"Equity: {cur}{eq:,} in RSUs vesting over four years",
                         f"Equity: {rng.randint(2, 60) * 1000:,} stock options, 4-year vest with a 1-year cliff",
                         f"RSU grant: {cur}{eq:,} (25% per year)"]),
             f"Annual bonus: {bonus}"]
    if sign:
        lines.append(f"Sign-on bonus: {cur}{sign:,}" + rng.choice(["", " (paid in two instalments)", ", payable with your first paycheck"]))
    if rng.random() < 0.4:
        lines.append(rng.choice(["Relocation support: lump sum plus temporary housing",
                                 "Start date: flexible, we proposed the first Monday of next month",
                                 "Level: " + ctx.level, "Title: " + ctx.role]))
    bullet = rng.choice(["- ", "• ", "  ", "* "])
    return "\n".join(bullet + x for x in lines)


OFFER_CORE = [
    "I'm thrilled to let you know the hiring committee approved your packet, and we'd like to extend you an offer to join {co} as {role}.",
    "Great news: we'd like to offer you the {role} position.",
    "Following on from our call, I'm putting the verbal offer in writing: we are offering you the role of {role} at {co}.",
    "The team was unanimous, and we're excited to offer you a place on the {role} team.",
    "We'd like to move you to the offer stage; here is the offer we're extending for the {role} role.",
    "It's official: {co} would like you to join as {role}, and your offer letter is attached.",
    "I'm delighted to confirm our offer for the {role} position, as we discussed on the phone this afternoon.",
]

OFFER_DEADLINE = [
    "This offer is open until {day}; let me know if you need anything to make your decision.",
    "We'd need your answer by {day} to hold the start date and the sign-on.",
    "Because the program fills up, the offer expires on {day} at 5pm.",
    "Please sign by {day}; after that we'll have to release the headcount.",
    "No pressure, but we'd love to hear back by {day}.",
]
