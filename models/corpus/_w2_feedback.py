"""Evaluative feedback sentences for the ``gen_w2_*`` generators, keyed by topic (weaknesses only),
plus praise sentences that name no weakness. Shared by rejections, feedback-only replies and the
mid-process notes. Not a generator (leading underscore)."""

from __future__ import annotations

import random

from _w2_kit import pick

WEAK = {
    "coding": [
        "In the live coding exercise your solution missed a couple of the edge cases we discussed, and you ran out of time before it was finished.",
        "The panel found your code hard to follow in places, and it would have benefited from some tests.",
        "Your take-home ran, but the structure and error handling were weaker than we expect at this level.",
        "During the pairing session you had trouble getting the second problem to a working state.",
        "We would have liked cleaner, more idiomatic code in the coding round.",
        "Your approach to the algorithm question was right in principle, but the implementation had several bugs that you didn't catch.",
        "The reviewers noted that the submitted code had no tests and mixed I/O with the core logic.",
    ],
    "system_design": [
        "In the system design interview, your architecture didn't address how it would scale past a single region.",
        "The design conversation stayed very high level; the interviewers were hoping for more on data modelling, caching and failure modes.",
        "Your design answer skipped over some important trade-offs between consistency and availability.",
        "The panel felt you would need more practice designing distributed systems end to end.",
        "When asked to design the notifications service you never got to capacity estimates or bottlenecks.",
        "The architecture exercise was the weakest part: the proposed design had a single point of failure that didn't get spotted.",
    ],
    "technical_depth": [
        "Several answers lacked technical depth, particularly around how databases handle indexing and transactions.",
        "When we dug into your past projects it was difficult to get to the technical detail of your own contribution.",
        "The interviewers were looking for a deeper grasp of concurrency than came across.",
        "Your knowledge of Kubernetes seemed more surface-level than the role needs.",
        "We felt the depth on statistics and experiment design wasn't quite there yet.",
        "Follow-up questions on memory management and performance exposed some gaps.",
    ],
    "behavioural": [
        "Your answers to the behavioural questions stayed a bit general; we were hoping for concrete examples with clear outcomes.",
        "In the values interview, the stories you chose said little about how you handled conflict or setbacks.",
        "We'd suggest giving behavioural answers more structure (situation, what you did, the result) — a few of them lost their thread.",
        "The panel didn't come away with a clear picture of your own role in the examples about leading projects.",
        "Some of the situational questions called for specific, real examples and got hypotheticals instead.",
    ],
    "communication": [
        "At times it was hard to follow your reasoning; thinking out loud more would have helped the interviewers.",
        "Your explanations tended to run long and could have been more concise.",
        "The team felt you could explain complex ideas more clearly to a non-technical audience.",
        "In the presentation the key message got lost among the details.",
        "Interviewers noticed you sometimes started answering before checking you'd understood the question.",
    ],
    "questions_to_ask": [
        "You didn't have many questions for us at the end, which a few interviewers read as limited interest in the role.",
        "We'd have liked to hear more questions from you about the team and the product.",
        "When given the chance to ask questions, you mostly asked about logistics rather than the work itself.",
        "Coming prepared with a few thoughtful questions for the interviewers would make a difference next time.",
    ],
    "composure": [
        "You seemed quite nervous during the technical round, and it affected how you worked through the problem.",
        "Under time pressure your approach became noticeably less structured.",
        "When the interviewer pushed back on your design, you seemed to lose confidence in an answer that was actually reasonable.",
        "The panel could see the live format made you uneasy, and it showed in the second half.",
    ],
    "experience_level": [
        "The team felt you don't yet have enough experience leading projects of this size.",
        "We need someone with more years of hands-on production experience than you have at the moment.",
        "Your people-management experience is still a little limited for what this role demands.",
        "Compared with the other finalists, your commercial experience was thinner.",
    ],
    "collaboration": [
        "In the pairing exercise you tended to work on your own rather than bringing the interviewer along.",
        "We had some doubts about how you'd work with product and design partners day to day.",
        "The panel felt you didn't pick up on the interviewer's hints or feedback during the session.",
        "We'd have liked to see more evidence of working across teams.",
    ],
    "cv_positioning": [
        "Your CV undersells the impact of your work: it lists responsibilities rather than results.",
        "The portfolio showed finished screens but not enough of your process.",
        "From your CV it was hard to tell which of the listed projects you led yourself.",
        "Your application read as if it were written for a different kind of role; the relevant experience was buried.",
        "We'd recommend putting your most relevant backend work at the top of your CV.",
    ],
}

WEAK_CASUAL = {
    "coding": ["honestly the coding part was the sticking point — the solution never quite ran.",
               "The code itself was the weak spot for the team: untested and a bit tangled.",
               "coding round didn't go great, you got stuck on the second task."],
    "system_design": ["The design bit is where it fell down — didn't get into scaling or failure cases much.",
                      "system design was the gap, too high-level for what we need.",
                      "Main thing: the architecture discussion needed a lot more depth on trade-offs."],
    "technical_depth": ["The team wanted more depth when we drilled into the tech.",
                        "we kept hitting the edge of your knowledge on the database side.",
                        "It felt a bit surface-level once we went deep on infra."],
    "behavioural": ["your examples in the culture chat were pretty vague — more specifics would help.",
                    "The behavioural answers felt a bit rehearsed and light on real detail.",
                    "On the people questions we didn't get enough concrete stories."],
    "communication": ["it was sometimes hard to follow your thinking out loud.",
                      "You tend to go long on answers — tighter would land better.",
                      "The explanations got a bit lost, to be honest."],
    "questions_to_ask": ["you didn't ask us much, which the team noticed.",
                         "Would've been good to hear more questions from your side."],
    "composure": ["you seemed pretty nervous and it threw you off in the live task.",
                  "The pressure of the live round seemed to get to you a bit."],
    "experience_level": ["it's mostly an experience thing — we need someone who's done this at scale before.",
                         "We felt you're a year or two away from this level."],
    "collaboration": ["in the pairing you went heads-down solo, we wanted more back-and-forth.",
                      "The team wasn't sure about the collaboration side, you didn't really take the hints."],
    "cv_positioning": ["your CV doesn't do you justice — it hides the good stuff.",
                       "The portfolio needs more process, not just the final shots."],
}

PRAISE = [
    ("coding", "Your coding was strong and well tested."),
    ("coding", "Your take-home was one of the cleanest we received."),
    ("communication", "You communicated clearly and were easy to talk to."),
    ("communication", "Everyone found you articulate and engaging."),
    (None, "The team really liked your enthusiasm and product sense."),
    (None, "The hiring manager appreciated how well you knew our product."),
    (None, "There was a lot to like in your interviews."),
    ("technical_depth", "Your knowledge of the frontend stack stood out."),
    (None, "Everyone enjoyed the conversation about your open-source work."),
    ("questions_to_ask", "Your questions at the end were thoughtful."),
    ("cv_positioning", "Your portfolio is excellent and very well presented."),
    ("collaboration", "You were great to pair with."),
    ("system_design", "Your design round was solid."),
    ("behavioural", "Your examples about mentoring were genuinely compelling."),
]

FB_INTRO = [
    "To give you some feedback from the panel:", "A few notes from the interviewers, in case they help:",
    "You asked for feedback during the process, so here it is.", "Here's what came up when we discussed your interviews.",
    "Some specific feedback:", "The main points from the debrief were these.", "So you have something concrete to take away:",
    "In the interest of transparency, here is where the panel landed.", "Feedback from the team, briefly:",
    "I also wanted to pass on the interviewers' observations.",
]


def feedback_block(rng: random.Random, casual: bool = False, n_topics: tuple[int, int] = (1, 3)) -> tuple[list[str], list[str]]:
    """Sentences of evaluative feedback (some praise, at least one weakness) and the weakness topics."""
    topics = rng.sample(sorted(WEAK), rng.randint(*n_topics))
    sents = []
    praise_pool = [p for t, p in PRAISE if t not in topics]
    if rng.random() < 0.6:
        sents.append(pick(rng, praise_pool) + pick(rng, ["", " However:", " That said,", ""]) if not casual else
                     pick(rng, praise_pool).lower())
    for t in topics:
        pool = WEAK_CASUAL[t] if casual and rng.random() < 0.7 else WEAK[t]
        sents.append(pick(rng, pool))
    # praise with a trailing "That said," needs a following sentence; keep them as one line then
    joined = []
    for s in sents:
        if joined and (joined[-1].endswith(":") or joined[-1].endswith(",")):
            joined[-1] = joined[-1] + " " + (s[:1].lower() + s[1:])
        else:
            joined.append(s)
    return joined, topics
