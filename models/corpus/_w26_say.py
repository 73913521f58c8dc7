"""What a short w26 message says: one to three sentences per intent, with labels, in en/de/fr/es.

Each intent function takes (rng, ctx) and returns a dict with ``lines`` (new text sentences),
``labels``, ``topics``, ``reasons`` and ``subjects`` (subject candidates for this meaning).
"""

from __future__ import annotations

import random


class _Ctx(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    return text.format_map(_Ctx(ctx))


def one(rng: random.Random, items: list[str], ctx: dict) -> str:
    return fill(rng.choice(items), ctx)


def maybe(rng: random.Random, p: float, items: list[str], ctx: dict) -> list[str]:
    return [one(rng, items, ctx)] if rng.random() < p else []


def out(lines, labels=(), topics=(), reasons=(), subjects=()) -> dict:
    return {"lines": [x for x in lines if x], "labels": list(labels), "topics": list(topics),
            "reasons": list(reasons), "subjects": list(subjects)}


# ---------------------------------------------------------------- English: rejection
REJ_CORE = [
    "Sorry {first} — we've gone another way on {role}.",
    "Afraid it's a no from us this time.",
    "We won't be moving forward with your application for {role}.",
    "Decided not to progress you, sorry.",
    "The team has decided to pass.",
    "Not this time, I'm afraid.",
    "We're going with someone else for the {role} job.",
    "Unfortunately we won't take things further.",
    "Hiring manager's decided not to proceed — sorry to be the messenger.",
    "Bad news I'm afraid: they've said no.",
    "Thanks for applying for {role}; we've decided not to move ahead.",
    "It's a pass from the panel, sorry.",
    "Your application for {role} has not been successful.",
    "We've chosen not to continue with your candidacy.",
    "Gonna have to say no on this one, sorry.",
    "They've decided against taking you forward.",
    "We won't be inviting you to the next stage.",
    "Unsuccessful on this occasion, I'm sorry to say.",
    "Following review we will not be progressing your application ({req}).",
    "We've closed your application for {role}.",
    "Sadly it isn't a yes.",
    "They really liked you but it's a no.",
    "Loved meeting you, but we won't be making you an offer.",
    "We were impressed, but we'll be proceeding with other applicants.",
    "No from the panel I'm afraid.",
    "Update on {role}: it's a no, sorry.",
    "We'll pass for now, but thanks for the interest.",
    "I'm sorry to say we won't be proceeding.",
    "Ultimately we've decided to close the process with you.",
    "Regretfully, we are unable to offer you the position.",
    "We had loads of strong applicants and you didn't make the shortlist this time.",
    "Close call, but it's not going to be you this round.",
    "Just heard back — they won't take it further.",
    "The {role} position won't be going ahead with you, sorry.",
    "Thanks for your patience. We're not moving forward.",
]
REJ_AGENCY = [
    "Client's passed on your profile, sorry {first}.",
    "Heard back from {client} — they've said no.",
    "They've decided not to proceed after the interview.",
    "No joy with {client} I'm afraid.",
    "Feedback from {client} is a no this time.",
    "{client} aren't taking you forward, sorry mate.",
    "The client has gone with another candidate.",
]
REJ_OPEN = [
    "Thanks again for your time.", "Quick update.", "Short one, sorry.", "Hate sending these.",
    "Thanks for coming in on {day}.", "Appreciate your patience.", "Thanks for all the effort.",
    "Thanks for chatting with us.", "Following up from last week.",
]
REJ_CLOSE = [
    "Best of luck.", "All the best with the search.", "Keep an eye on our careers page.",
    "Happy to keep you in mind for future roles.", "Take care.", "Wishing you well.",
    "I'm sure something good will come up.", "Sorry it's not better news.", "Thanks again.",
    "Don't be a stranger.",
]
REASONS_EN = {
    "role_filled": [
        "the role has been filled", "we've already hired for it", "we made a hire last week",
        "someone internal took the position", "the seat's been taken", "we accepted another candidate's "
        "acceptance yesterday", "an offer went out and was accepted before we got to you",
        "the vacancy's now closed as it's been filled",
    ],
    "budget_freeze": [
        "hiring is frozen until Q3", "the budget for the role got pulled", "there's a headcount freeze",
        "finance has paused all new hires", "we've lost the funding for this hire",
        "all open reqs are on hold for budget reasons",
    ],
    "closer_fit": [
        "we went with someone whose background lines up more closely", "another candidate matched the "
        "brief more closely", "we found someone with more direct experience in our sector",
        "the successful person had a closer fit to what the team needs right now",
        "someone else's experience was a tighter match",
    ],
    "level_mismatch": [
        "they want someone more senior", "the role has been re-levelled to lead", "we're after someone "
        "a bit more junior", "you'd be over-levelled for this one", "they need a principal rather than a "
        "mid-level hire", "the budget is for a junior position and your experience is well beyond that",
    ],
    "role_cancelled": [
        "the role has been cancelled", "the position was pulled after the reorg", "we're no longer hiring "
        "for {role}", "the req got closed", "the team's been restructured and the job no longer exists",
        "the project behind the role was shelved",
    ],
}
REASON_FRAMES = [
    "Sorry {first}, {reason}.", "We won't be proceeding — {reason}.", "Unfortunately {reason}, so it's a no.",
    "Bad news: {reason}.", "Annoyingly {reason}, so we can't move forward.", "We're stopping here as {reason}.",
    "I'm afraid {reason} and we won't take your application further.",
    "Not going ahead with you I'm afraid — {reason}.",
]

# ---------------------------------------------------------------- feedback (weakness clauses per topic)
WEAK = {
    "coding": [
        "the live coding didn't quite get to a working solution", "the pairing task stalled on edge cases",
        "they wanted tidier, tested code", "the coding round was the sticking point",
        "your kata had bugs nobody could get past", "the take-home felt rushed in places",
        "the code was hard to extend when they changed the requirements",
    ],
    "system_design": [
        "the design round didn't go deep enough on scaling", "they'd have liked more on how the system "
        "copes under load", "architecture trade-offs felt thin", "I'd have liked to see you reason more "
        "about how the service would scale", "the whiteboard design missed caching and failure modes",
        "the data model in the design exercise wouldn't have survived real traffic",
    ],
    "technical_depth": [
        "they wanted deeper {tech}", "the {tech} answers stayed at surface level",
        "follow-up questions on internals went unanswered", "they felt the hands-on {tech} knowledge "
        "isn't there yet", "it got shaky once they dug below the basics of {tech}",
    ],
    "behavioural": [
        "the examples about past projects were a bit vague", "they wanted clearer stories with outcomes",
        "the 'tell me about a time' answers felt thin", "they couldn't get a concrete example of handling "
        "conflict", "your situational answers lacked specifics",
    ],
    "communication": [
        "answers ran long and lost the thread", "it was hard to follow your explanations",
        "they wanted you to talk through your thinking out loud", "the explanations felt a bit unstructured",
        "the presentation was tricky to follow",
    ],
    "questions_to_ask": [
        "you didn't have questions for them at the end", "they noticed you didn't ask anything about the "
        "team", "a couple of questions about the role would have helped", "you seemed not to be curious "
        "about how they work",
    ],
    "composure": [
        "nerves seemed to get in the way", "you looked rattled after the first question",
        "the time pressure seemed to throw you", "you got flustered when they pushed back",
    ],
    "experience_level": [
        "they felt you need a couple more years of leading teams", "there isn't enough people management "
        "behind you yet", "they want more hands-on years in a similar role", "your commercial experience "
        "felt a bit light for this level",
    ],
    "collaboration": [
        "they weren't sure how you'd work with product and design", "the pairing felt one-directional",
        "they had doubts about how you'd share work across the squad", "you didn't bring the interviewer "
        "into the problem much",
    ],
    "cv_positioning": [
        "your CV undersells the analytics work", "the portfolio didn't show enough recent work",
        "it was hard to see the relevant experience from your CV", "the cover letter didn't connect to "
        "the role", "the CV reads as a list of tasks rather than results",
    ],
}
PRAISE = [
    "Loved your energy", "The culture chat went really well", "Your coding was solid",
    "They liked your product sense", "Great rapport with the team", "Your portfolio was strong",
    "They enjoyed meeting you", "Strong on the fundamentals",
]
FB_FRAMES_1 = [
    "They said {w}.", "Main thing: {w}.", "Feedback was that {w}.", "Honestly, {w}.",
    "Panel felt {w}.", "The one note: {w}.", "Biggest gap was that {w}.",
]
FB_FRAMES_PRAISE = [
    "{p}, but {w}.", "{p} — though {w}.", "{p}; the concern was that {w}.",
]
FB_FRAMES_2 = ["{w1}, and {w2}.", "Two things: {w1}, and {w2}.", "{w1}; also {w2}."]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def weakness_lines(rng: random.Random, ctx: dict, n_topics: int | None = None) -> tuple[list[str], list[str]]:
    k = n_topics if n_topics is not None else rng.choice([1, 1, 1, 2])
    topics = rng.sample(sorted(WEAK), k)
    ws = [fill(rng.choice(WEAK[t]), ctx) for t in topics]
    if k == 2:
        line = _cap(fill(rng.choice(FB_FRAMES_2), {"w1": ws[0], "w2": ws[1]}))
    elif rng.random() < 0.45:
        line = fill(rng.choice(FB_FRAMES_PRAISE), {"p": rng.choice(PRAISE), "w": ws[0]})
    else:
        line = _cap(fill(rng.choice(FB_FRAMES_1), {"w": ws[0]}))
    return [line], topics


def rejection(rng, ctx):
    core = one(rng, REJ_AGENCY if ctx.get("agency") else REJ_CORE, ctx)
    lines = maybe(rng, 0.25, REJ_OPEN, ctx) + [core] + maybe(rng, 0.45, REJ_CLOSE, ctx)
    return out(lines[:3], ["rejection"], subjects=SUBJ_DECISION)


def rejection_reason(rng, ctx):
    reason = rng.choice(sorted(REASONS_EN))
    clause = fill(rng.choice(REASONS_EN[reason]), ctx)
    line = fill(rng.choice(REASON_FRAMES), {**ctx, "reason": clause})
    lines = [line] + maybe(rng, 0.5, REJ_CLOSE, ctx)
    return out(lines, ["rejection"], reasons=[reason], subjects=SUBJ_DECISION)


def rejection_feedback(rng, ctx):
    core = one(rng, REJ_AGENCY if ctx.get("agency") else REJ_CORE, ctx)
    fb, topics = weakness_lines(rng, ctx)
    lines = [core] + fb
    if rng.random() < 0.3:
        lines.append(one(rng, REJ_CLOSE, ctx))
    if rng.random() < 0.2:  # one-liner: "No from the panel; they wanted deeper SQL."
        lines = [core.rstrip(".!") + "; " + fb[0][0].lower() + fb[0][1:]]
    return out(lines, ["rejection", "feedback"], topics=topics, subjects=SUBJ_DECISION)


def rejection_praise_only(rng, ctx):
    lines = [one(rng, [
        "They loved your portfolio and how you presented it, but it's a no — the other person just edged it.",
        "Genuinely great interview, you were clear and calm throughout; sadly the team picked someone else.",
        "The panel rated your answers highly and said you'd be a strong hire elsewhere, but we're not "
        "progressing.",
    ], ctx)]
    return out(lines, ["rejection", "feedback"], subjects=SUBJ_DECISION)


def rejection_many_strong(rng, ctx):
    lines = [one(rng, [
        "We had a lot of strong candidates and sadly you weren't selected.",
        "Really competitive field this time — unfortunately it's a no.",
        "Huge response to the ad, so we can't take everyone forward; yours won't progress.",
        "We can't give individual feedback given the volume, but we won't be moving ahead with you.",
    ], ctx)] + maybe(rng, 0.4, REJ_CLOSE, ctx)
    return out(lines, ["rejection"], subjects=SUBJ_DECISION)


def interview_cancel_filled(rng, ctx):
    reason = rng.choice(["role_filled", "role_cancelled"])
    lines = [one(rng, {
        "role_filled": [
            "Need to cancel {day}'s interview, sorry — the role got filled this morning.",
            "Cancelling our call: we've just hired for {role}.",
            "Pulling Thursday's slot, I'm afraid — position's been filled.",
        ],
        "role_cancelled": [
            "Have to cancel the interview — {role} has been withdrawn.",
            "Sorry, scrapping our chat on {day}: the role's been cancelled.",
            "We're calling off the interview as the position was pulled.",
        ]}[reason], ctx)]
    return out(lines, ["rejection"], reasons=[reason], subjects=["Interview {day}", "Re: Interview", "cancelled"])


def rejection_plus_invite(rng, ctx):
    lines = [one(rng, [
        "Not moving ahead on {role}, but the {role2} team would love a chat — free {day}?",
        "{role} went to someone else; we'd like to interview you for {role2} instead though. Book here: {link}",
        "We won't progress you for {role}. Could we set up a call about our {role2} opening?",
        "Sorry, it's a no for {role}. The {role2} manager saw your CV and wants a 30-min screen — {day} {time}?",
    ], ctx)]
    return out(lines, ["rejection", "interview_invite"], subjects=SUBJ_DECISION + ["{role2}?"])


# ---------------------------------------------------------------- feedback only
def feedback_only(rng, ctx):
    fb, topics = weakness_lines(rng, ctx)
    lead = one(rng, [
        "Sure, happy to.", "Of course.", "Spoke to the panel.", "Here's what they said.",
        "No problem, quick summary:", "Fair ask.", "Checked with the HM.",
    ], ctx)
    lines = [lead] + fb + maybe(rng, 0.35, ["Hope that helps.", "Good luck with the next one.",
                                           "Hope it's useful.", "Don't let it put you off."], ctx)
    return out(lines, ["feedback"], topics=topics, subjects=["Re: feedback", "Re: {role} feedback",
                                                            "Re: Your application", "Re: quick q"])


def feedback_midprocess(rng, ctx):
    fb, topics = weakness_lines(rng, ctx)
    lines = [one(rng, ["Feedback from {day}:", "Quick feedback from round one.", "Debrief from the panel:"],
                 ctx)] + fb + [one(rng, ["Still deciding, will update you.", "Decision later this week.",
                                         "They're still weighing it up."], ctx)]
    return out(lines, ["feedback"], topics=topics, subjects=["feedback", "Re: {role}", "debrief"])


# ---------------------------------------------------------------- invitation
INV = [
    "Free {day} {time} for a call?",
    "Could we do a 20-min phone screen this week?",
    "Fancy a chat about {role}? Grab a slot: {link}",
    "Next up is a technical round with {sender_first2} — does {day} work?",
    "Here's the take-home: {link}. Three days is fine.",
    "Please complete the online assessment for {role}: {link}",
    "Can you come in {day} at {time} to meet the team?",
    "You're through to the final — 45 mins with the CEO, when suits?",
    "Record your video interview here by Friday: {link}",
    "Would love to set up a first interview. {day} or {day2}?",
    "Can you do a quick video call {day}? Teams link to follow.",
    "HM wants to meet you! Pick a time: {link}",
    "Let's get you in for a trial shift — {day} morning ok?",
    "Second interview {day} {time} at our office, can you make it?",
    "Are you around {day} for 30 mins on Zoom?",
    "Book your interview slot for {role} here: {link}",
    "Panel interview next week — send me a few times that work.",
    "Would you be up for a coffee chat with the team lead?",
    "We'd like to invite you to an interview for {role}.",
    "Short call with our CTO {day} at {time}?",
    "Assessment centre is on the {n}th — can you attend?",
    "Pair programming session {day}? About 90 mins.",
]
INV_RESCHED = [
    "Need to move our {day} interview — could you do {day2} {time} instead?",
    "Something came up, can we push the call to {day2}?",
    "Rescheduling: new slot is {day2} at {time}, does that work?",
    "Sorry to shuffle — interviewer's off sick. Could you do {day2}? Pick here: {link}",
]
SUBJ_INVITE = ["Interview?", "quick q", "Re: {role}", "Next steps", "{role} – next step", "call?",
               "Interview invitation: {role}", "Your application – interview", "—", "chat?", "{co} interview",
               "Assessment for {role}", "Invitation to interview ({req})"]


def invite(rng, ctx):
    lines = [one(rng, INV, ctx)]
    if rng.random() < 0.35:
        lines.insert(0, one(rng, ["Thanks for applying!", "Liked your CV.", "Good news!", "Great chatting earlier.",
                                  "Thanks for your patience.", "Nice profile."], ctx))
    return out(lines, ["interview_invite"], subjects=SUBJ_INVITE)


def invite_resched(rng, ctx):
    return out([one(rng, INV_RESCHED, ctx)], ["interview_invite"],
               subjects=["Re: Interview {day}", "reschedule", "Change of time", "Re: {role} interview"])


# ---------------------------------------------------------------- acknowledgement
ACK = [
    "Got your CV, thanks!", "Thanks for applying for {role} — we've received your application.",
    "Application received ✔", "Thanks {first}, received. We'll be in touch.",
    "We've got your application for {role} ({req}).", "Thanks, CV received and passed to the HM.",
    "Received, cheers!", "Your application to {co} is in. We review everything within two weeks.",
    "Thanks for your application. A member of the team will review it shortly.",
    "Confirming we've received your application for {role}.", "Got it, thanks — will have a read.",
    "Thanks! Application logged under {req}.", "We have your application. No need to reapply.",
]


def ack(rng, ctx):
    lines = [one(rng, ACK, ctx)]
    if rng.random() < 0.3:
        lines.append(one(rng, ["If it's a match we'll reach out.", "Expect to hear within ten days.",
                               "Good luck!", "Have a good weekend."], ctx))
    return out(lines, ["application_ack"], subjects=["Your application", "Application received", "Re: {role}",
                                                     "Thanks for applying to {co}", "{role} ({req})",
                                                     "We got it", "Re: CV"])


def ack_board(rng, ctx):
    lines = [one(rng, ["Your application was sent to {co}.", "Application submitted to {co} for {role}.",
                       "{co} has received your application.", "Done! {co} now has your CV for {role}."], ctx)]
    return out(lines, ["application_ack"], subjects=["Application sent: {role}", "You applied to {co}",
                                                     "Sent ✓ {role} at {co}"])


def ack_invite(rng, ctx):
    lines = [one(rng, [
        "Thanks for applying! Next step is a short online test: {link}",
        "Application received — please do the 20-min assessment by {day}: {link}",
        "Got your CV. Could you record a quick video intro as the first interview? {link}",
        "Thanks {first}, we have your application and we'd like to invite you to a phone screen — {day} {time}?",
    ], ctx)]
    return out(lines, ["application_ack", "interview_invite"],
               subjects=["Your application", "{role}: next step", "Thanks for applying"])


# ---------------------------------------------------------------- offer
OFFER = [
    "Offer attached, shout with questions.", "We'd love to have you — offer letter's in your inbox.",
    "Delighted to offer you the {role} role!", "Verbal for now: {sal}k base, start in {month}. Paperwork to follow.",
    "It's a yes! Offer's attached 🎉", "They want to make you an offer — call me when free?",
    "We'd like to extend an offer for {role}. Details attached.",
    "Pleased to offer you the job. Can you start {month}?",
    "Formal offer for {role} attached; please sign by Friday if you're happy.",
    "Good news — offer approved at {sal}k. Letter coming today.",
    "Want the job? It's yours. Contract attached.",
]


def offer(rng, ctx):
    lines = [one(rng, OFFER, ctx)]
    if rng.random() < 0.3:
        lines.append(one(rng, ["Congrats!", "Really hope you'll say yes.", "Any questions, ring me.",
                               "Team's thrilled."], ctx))
    return out(lines, ["offer"], subjects=["Offer", "Offer – {role}", "Re: {role}", "good news",
                                           "Your offer from {co}", "🎉"])


# ---------------------------------------------------------------- Sent: feedback request
FBREQ = [
    "Could you share any feedback on my interview?",
    "Thanks for letting me know. Any pointers on what I could do better?",
    "Would you mind sharing a line or two on why it didn't work out?",
    "Disappointed but understood — is there anything I should work on?",
    "Any feedback from the panel would be really appreciated.",
    "Thanks for the update. Was there a particular area where I fell short?",
    "Could you tell me what held my application back?",
    "Happy to hear any feedback, good or bad.",
    "Fair enough. Any notes from the technical round?",
    "Would the HM be willing to give a bit of feedback?",
]


def fbreq(rng, ctx):
    lines = maybe(rng, 0.3, ["Thanks {sender_first}.", "Shame, but thanks.", "Understood."], ctx)
    lines += [one(rng, FBREQ, ctx)]
    return out(lines, ["feedback_request"], subjects=["Re: Your application", "Re: {role}", "feedback?",
                                                      "Re: Update", "Re: {role} – decision"])


# ---------------------------------------------------------------- negatives about a specific employer
NEG_EMPLOYER = {
    "reminder": ["See you at {time} {day}.", "Reminder: interview {day} {time}, 2nd floor reception.",
                 "Just confirming {day} {time} still works — see you then.",
                 "Looking forward to tomorrow. Bring ID for the front desk.",
                 "Your interview is booked for {day} at {time}. Calendar invite already sent."],
    "late": ["Running 5 late", "Stuck in traffic, 10 mins behind, sorry!", "Still in a meeting — give me 5?",
             "Dialling in now"],
    "thanks_today": ["Thanks for today!", "Great to meet you earlier, thanks for coming in.",
                     "Thanks for your time this afternoon.", "Appreciated the chat today."],
    "status": ["Still waiting on the HM", "No news yet — still under review.", "Your application is still being "
               "reviewed.", "Nothing yet, they're interviewing all week.", "Chasing them today, will update."],
    "closed_before": ["Role's closed before you applied, sorry", "The role I messaged you about has been filled "
                      "before we could put you forward.", "Ignore my last message, that job's gone."],
    "onboarding": ["Can you send your ID for the background check?", "Laptop ships Monday, see you on the 3rd!",
                   "Please sign the NDA before day one.", "Welcome aboard! First-day schedule attached.",
                   "Need your bank details for payroll by Friday."],
    "cant_share": ["Sorry, we're not able to give individual feedback.", "Company policy is no feedback, sorry "
                   "{first}.", "I asked but they don't share feedback, I'm afraid."],
    "booked": ["Interview confirmed ✔ {day} {time}.", "You're booked in for {day} at {time}.",
               "Thanks, slot confirmed."],
    "assess_done": ["Assessment submitted — thanks!", "We've received your test answers.",
                    "Reminder: your assessment is half-finished. It closes {day}."],
    "webinar": ["Join our careers webinar {day} at {time}: {link}", "Open evening at our office on the {n}th, "
                "come say hi!", "Meet the engineering team at our hiring event — RSVP: {link}"],
    "complete_profile": ["Complete your profile to finish your application.", "Your candidate profile is "
                         "70% done."],
    "thanks_noted": ["Thanks, noted!", "Perfect, thank you.", "Got it 👍", "Cheers, will do.", "Lovely, thanks!"],
}


def neg_employer(rng, ctx, kind: str | None = None):
    kind = kind or rng.choice(sorted(NEG_EMPLOYER))
    subj = {
        "reminder": ["Reminder: interview {day}", "Tomorrow", "Re: Interview", "See you soon"],
        "late": ["late", "Re: Interview today", "5 mins"],
        "thanks_today": ["Today", "Thanks!", "Re: Interview"],
        "status": ["Re: {role}", "update?", "Re: any news?"],
        "closed_before": ["Re: {role} role", "sorry", "{role}"],
        "onboarding": ["Before you start", "Onboarding", "Welcome!", "Background check"],
        "cant_share": ["Re: feedback", "Re: feedback request"],
        "booked": ["Interview confirmed", "Booking confirmed: {role}"],
        "assess_done": ["Assessment", "Your test"],
        "webinar": ["You're invited: careers evening", "Webinar {day}", "Hiring event"],
        "complete_profile": ["Finish your profile", "Action needed"],
        "thanks_noted": ["Re: Offer", "Re: {role}", "Re: docs"],
    }[kind]
    return {**out([one(rng, NEG_EMPLOYER[kind], ctx)], subjects=subj), "kind": kind}


# ---------------------------------------------------------------- Sent negatives
SENT_NEG = {
    "thanks_note": ["Thanks for today, really enjoyed meeting the team.", "Thank you for the chat this morning!",
                    "Thanks again for your time, {sender_first}."],
    "withdraw": ["I'd like to withdraw my application for {role} — I've accepted another role.",
                 "Please take me out of the process, I've decided to stay where I am.",
                 "Withdrawing, sorry — timing isn't right."],
    "accept": ["Happy to accept — thrilled!", "Signed and returned. Can't wait to start.",
               "Yes! I accept the offer. Thank you."],
    "schedule": ["{day} {time} works, thanks!", "Could we do {day2} instead?", "Booked the 2pm slot.",
                 "Great, see you then."],
    "apply": ["Please find my CV attached for the {role} role.", "Applying for {role} — CV attached.",
              "Hi, saw the {role} post, CV attached."],
    "chase": ["Any update on {role}?", "Just checking in on my application.", "Hi, wondering if there's news?"],
    "decline_offer": ["Thank you for the offer, but I've decided to decline.", "I'm going to turn the offer "
                      "down — it was a hard call."],
}


def sent_neg(rng, ctx, kind: str | None = None):
    kind = kind or rng.choice(sorted(SENT_NEG))
    subj = {"thanks_note": ["Thank you", "Re: Interview"], "withdraw": ["Withdrawal", "Re: {role}"],
            "accept": ["Re: Offer", "Re: Your offer from {co}"], "schedule": ["Re: Interview?", "Re: quick q"],
            "apply": ["{role} application", "Application – {role}", "CV"],
            "chase": ["Re: {role}", "update?"], "decline_offer": ["Re: Offer", "Re: {role}"]}[kind]
    return {**out([one(rng, SENT_NEG[kind], ctx)], subjects=subj), "kind": kind}


# ---------------------------------------------------------------- negatives with no employer
NOISE = {
    "friend": ["Congrats on the new job!!", "Are you free for lunch?", "Pub Friday?", "Did you hear back yet?",
               "Good luck tomorrow, you'll smash it", "Sending hugs, their loss honestly.",
               "Mum says call her.", "Can you feed the cat Sat?"],
    "work": ["Interviewing a candidate at 3, cover my calls?", "Can you sit on the panel for the backend hire "
             "Thursday?", "Rota for next week attached.", "Who's on call Sunday?", "Need your scorecard for "
             "the candidate we saw yesterday.", "Offsite moved to the 14th."],
    "shop": ["Offer ends Sunday!", "20% off interview suits this week", "Your order has shipped",
             "Last chance: 2-for-1 ends tonight"],
    "newsletter": ["This week: 5 ways to bounce back from a rejection.", "How to answer 'why should we hire you' "
                   "— new post.", "Negotiating your offer: a 3-minute read.", "Digest: interview tips, "
                   "salary data and more."],
    "alert": ["12 new {role} jobs near you.", "New roles matching '{role}' this week.",
              "3 employers are hiring for {role} in your area."],
    "views": ["A recruiter viewed your profile.", "You appeared in 9 searches this week.",
              "3 people viewed your profile."],
    "nonjob_rej": ["Unfortunately your flat application wasn't successful — the landlord chose another tenant.",
                   "We regret that your grant application was not funded this round.",
                   "Sorry, your talk wasn't accepted for the conference this year.",
                   "Your loan application has been declined.",
                   "We're unable to offer you a place on the MSc programme.",
                   "The club's membership list is full; we can't accept you this season.",
                   "Your visa application has been refused. Reasons are in the attached letter."],
    "scam": ["Congratulations! You've been selected for a remote data-entry job, $900/week. Reply with bank details.",
             "Job offer: mystery shopper, no interview needed, send ID to start.",
             "You are hired!! Pay the $50 training fee to secure your position."],
    "auto": ["I'm out of the office until Monday with limited email.", "Automatic reply: on leave, back on the 12th.",
             "Thanks for your email. I'm travelling and will reply next week."],
    "bounce": ["Delivery has failed to these recipients: the address couldn't be found.",
               "Message not delivered: mailbox full."],
    "fair": ["Career fair, Hall B, on the {n}th — 40 employers, free entry.", "Workshop: CV clinic this Saturday, "
             "book a slot.", "Free webinar: acing your first technical interview."],
}


def noise(rng, ctx, kind: str | None = None):
    kind = kind or rng.choice(sorted(NOISE))
    subj = {"friend": ["hey", "!!", "lunch?", "😊", ""], "work": ["cover?", "panel Thursday", "rota", "quick one"],
            "shop": ["Offer ends Sunday!", "🔥 Sale", "Your order"], "newsletter": ["Weekly digest", "New post",
            "The Job Hunt Weekly"], "alert": ["New jobs for you", "Job alert: {role}"],
            "views": ["Someone viewed your profile", "Your weekly stats"],
            "nonjob_rej": ["Your application", "Decision on your application", "Outcome", "Application update"],
            "scam": ["JOB OFFER", "You're hired!", "Offer Letter"], "auto": ["Automatic reply: Re: {role}",
            "Out of office", "Autoreply"], "bounce": ["Undeliverable: {role} application",
            "Delivery Status Notification (Failure)"], "fair": ["Career fair", "Workshop Saturday", "Free webinar"]}[kind]
    return {**out([one(rng, NOISE[kind], ctx)], subjects=subj), "kind": kind}


SUBJ_DECISION = ["Re: {role}", "Your application", "Update", "—", "{role} ({req})", "Re: Interview",
                 "Your application to {co}", "news", "Re: quick q", "Application update"]
