"""Sent-folder mail written by the candidate: feedback requests after a rejection (``feedback_request``) and
look-alike Sent mail with no label (thank-yous, withdrawals, applications, follow-ups, scheduling, offer replies,
recruiter replies, referral asks, personal mail).

One skeleton serves every intent: persona greeting, optional acknowledgement, core sentences, optional
hedge and closing, sign-off, signature, optional quoted history. Only the core sentences decide the label,
so no skeleton, greeting, quote or signature correlates with ``feedback_request``.
Families are writer personas (each a coherent style); each persona writes both labelled and unlabelled mail.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
import negsent_kit as K  # noqa: E402

FAMILY_PREFIX = "sent"
P, M = K.pick, K.maybe

# ---------------------------------------------------------------- core sentences: the only label carriers
FR_CORE = [
    "Would you be able to share any feedback on my interview?",
    "If you have a moment, I'd really appreciate hearing what I could have done better.",
    "Is there anything in particular behind the decision that I could work on?",
    "Could you tell me which parts of my application fell short?",
    "I'd be grateful for any pointers on how to strengthen my candidacy for similar roles.",
    "Any notes from the panel, even a couple of bullet points, would help me a lot.",
    "Was there a particular part of the technical round where I didn't meet the bar?",
    "I'm keen to improve, so if the interviewers left comments you're able to pass on, I'd welcome them.",
    "Would a ten-minute call to go over the panel's impressions be possible at some point?",
    "What would have made my profile a stronger match for the team?",
    "Out of curiosity, what tipped the balance? I'd like to learn from it.",
    "If company policy allows, could you send me a few words of feedback on the take-home exercise?",
    "I'd love to know how my system design answer came across to the interviewers.",
    "Honest critique is very welcome; I'd rather hear it than guess.",
    "Do you have any advice on what I should focus on before applying again?",
    "Could you share what the hiring team saw as my weaker areas?",
    "I'd be glad of any constructive criticism about my portfolio presentation.",
    "Were there skills or gaps in my experience that stood out to you?",
    "Any insight into how I could have performed better in the final round would be hugely valuable.",
    "It would help me to know whether it came down to my level of experience or to something in the interviews.",
    "May I ask for some brief feedback on my application?",
    "If you could point me to one or two things to work on, that would mean a lot.",
    "Would it be possible to receive a summary of the interviewers' notes?",
    "Anything you can tell me about where I fell short would be really appreciated.",
    "I'd welcome your thoughts on how I came across in the behavioural conversation.",
    "Could you let me know what I might do differently next time?",
    "Is there any feedback from the coding exercise you could pass along?",
    "Any feedback at all? Even one line helps.",
    "I try to learn something from every process, so what would you suggest I improve?",
    "What was the main thing that held my application back?",
    "Would you mind telling me the reasons behind the decision, so I can grow from it?",
    "any chance of some feedback on how it went?",
    "what could I have done better? would be super useful to hear",
    "I'd really value a sense of how the panel rated my answers compared with what they were looking for.",
    "Did anything in my CV or cover letter give the wrong impression? I'd like to fix it for future applications.",
    "How did I do on the case study, in your view? I'd appreciate a candid assessment.",
    "When you have a spare minute, could you give me some guidance on areas for development?",
    "I'm asking everyone I interview with for a few words of critique; would you be willing to share yours?",
    "If there's a specific skill you felt was missing, please tell me — I'd like to work on it.",
    "I would be very thankful for any remarks on my performance during the assessment day.",
]
FR_PRE = [  # lead-ins that only make sense before a feedback ask; neutral vocabulary
    "I have one small request.", "Before I close this chapter, one question.", "If I may, a quick ask:",
    "One thing that would really help me:", "I hope it's alright to ask something.", "",
]
HEDGE = [  # shared by every request-type intent (feedback, status, referral, reschedule)
    "I completely understand if that's not possible.", "No worries at all if you can't.", "No pressure, of course.",
    "Totally fine if your schedule doesn't allow it.", "I know you're busy, so whenever suits you.",
    "If it's not something you're able to do, I understand.", "Thanks in advance either way.", "",
]

ACK_REJ = [  # acknowledging a rejection: used by feedback requests and by plain thank-you replies alike
    "Thanks for letting me know.", "Thank you for the update, even if it's not the news I was hoping for.",
    "I appreciate you getting back to me so quickly.", "Thanks for taking the time to tell me personally.",
    "Disappointing, of course, but I'm grateful for the clear answer.", "Thank you for your email and for considering me.",
    "Thank you for the note. I really enjoyed meeting the team along the way.", "Understood, and thanks for being upfront.",
    "Thanks for the call earlier and for following up in writing.", "I'm sorry it didn't work out, but thank you for the kind message.",
    "Thanks for keeping me posted throughout the process.", "Thanks, I appreciate you closing the loop.",
    "That's a shame, but thank you for letting me know.", "Thank you very much for the consideration.",
]
CLOSE_REJ = [  # closing wishes after a rejection, shared
    "Best of luck with the rest of the search.", "I hope the new hire works out brilliantly.",
    "I'd love to be considered for future openings.", "Please keep me in mind if anything similar comes up.",
    "I'll keep an eye on your careers page.", "It was a pleasure getting to know the team.",
    "Thanks again for your time throughout the process.", "Wishing you and the team all the best.",
    "I hope our paths cross again.", "",
]
NEG_REJ_ONLY = [  # replies to a rejection that only thank / keep in touch: no feedback ask
    "I'd really like to stay in touch, so I've sent you a LinkedIn request.",
    "I remain a big fan of what you're building and will keep applying when the right role comes up.",
    "If a more junior position opens on the team, I'd be very interested.",
    "I learned a lot from the process itself, so it was time well spent.",
    "It was great to see how the team works; the pairing session was the highlight for me.",
    "Please pass my thanks on to the panel.",
    "I understand, and I appreciate the transparency about the budget situation.",
    "No need to reply; I just wanted to say thank you.",
]
OTHER_ROLES = [  # asks after a rejection that are not feedback requests
    "Are there other openings on the team that might suit my background?",
    "Would you mind if I applied for the more junior role that's still listed?",
    "Could you keep my CV on file for the next hiring round?",
    "Is there someone else at the company I could speak to about future roles?",
]
THANKS_FB = [  # replying to feedback already given: mentions feedback but asks for nothing
    "Thank you for the detailed feedback; it's genuinely useful and I'll work on the points you raised.",
    "Really appreciate you taking the time to write all that up. The note on my design answer makes a lot of sense.",
    "Thanks for the candid feedback. It's rare to get this much detail and I'm grateful.",
    "Your comments on the coding round were fair. I'll be practising exactly that.",
    "Thanks so much for sharing the panel's notes; I've already started on the areas you mentioned.",
]

ACK_INT = [  # after an interview
    "Thank you for taking the time to speak with me today.", "Thanks again for meeting with me this morning.",
    "I really enjoyed our conversation yesterday.", "It was a pleasure to meet you and the team on {wd}.",
    "Thanks for walking me through the team's roadmap earlier.", "Thank you for the thoughtful interview this afternoon.",
]
THANKYOU_CORE = [
    "I left even more excited about the {role} role and the problems your team is solving.",
    "Our discussion about scaling the data pipeline was the most interesting conversation I've had in weeks.",
    "I appreciated how openly you described the challenges on the team.",
    "Hearing about your approach to mentoring made me even keener to join.",
    "I've been thinking more about the question on prioritisation, and I'd add that I'd involve support earlier.",
    "I'm confident my background in {skill} would let me contribute quickly.",
    "Please pass my thanks to {int} as well; I enjoyed the pairing session.",
    "I look forward to hearing about next steps.",
    "If you need anything else from me, references or work samples, just let me know.",
]
FOLLOWUP_CORE = [
    "I applied for the {role} position on {date} and wanted to check whether there's any update on my application.",
    "Do you have a sense of the timeline for the next steps?",
    "Is my application still being considered?",
    "I'm following up on my interview from last week; has the team reached a decision yet?",
    "I've had another offer come in, so I wanted to ask where things stand with {co}.",
    "Just checking in on the status of the {role} process.",
    "Any news on the timing of the final round?",
    "I wanted to make sure my application reached the right person.",
]
WITHDRAW_CORE = [
    "I'd like to withdraw my application for the {role} position.",
    "I've accepted another offer and will withdraw from the process.",
    "After some reflection, I've decided the role isn't the right fit for me at this time, so please remove me from consideration.",
    "Please withdraw my candidacy; my circumstances have changed and I'm no longer able to relocate.",
    "I'm going to step out of the process for now.",
    "I wanted to let you know that I'm no longer pursuing the {role} role.",
]
APPLY_CORE = [
    "I'm writing to apply for the {role} position advertised on your careers page.",
    "Please find attached my CV and cover letter for the {role} role.",
    "I've spent the last {k} years working on {skill}, and your posting for a {role} caught my attention.",
    "I would love to bring my experience in {skill} to {co}.",
    "My portfolio is linked below, and I'm happy to share more detail on any of the projects.",
    "I'm available to start with one month's notice.",
    "I believe my background matches what you described in the job description, especially around {skill}.",
]
SCHED_CORE = [
    "{wd} at {time} works perfectly for me.", "Thank you for the invitation; I'd be happy to interview.",
    "I've booked the {time} slot through the link.", "Could we move the call to {wd} afternoon instead? Something came up at work.",
    "Unfortunately I can't make {wd}; would any time on {wd2} suit?", "Confirming I'll be there on {date} at {time}.",
    "Could you send me the video link when you have it?", "I need to reschedule our conversation; apologies for the short notice.",
    "I'll have the take-home back to you by {wd}.", "Happy to do the technical screen next week. Mornings are best for me.",
]
OFFER_CORE = [
    "I'm delighted to accept the offer for the {role} position.", "Thank you so much for the offer — I'm thrilled to accept.",
    "I've signed and returned the contract; looking forward to starting on {date}.",
    "Before I sign, could we discuss the start date? I'd need an extra two weeks.",
    "After a lot of thought, I've decided to decline the offer. It was a difficult choice.",
    "Could you share more detail on the equity component and the bonus structure?",
    "I'm very excited about the offer. Would there be flexibility on the base salary?",
]
RECRUITER_CORE = [
    "Thanks for reaching out. I'm open to a conversation about the {role} role.",
    "Thanks for thinking of me, but I'm not looking to move right now.",
    "That sounds interesting; could you share the salary range and whether it's remote-friendly?",
    "I'd be happy to chat. I'm free most afternoons next week.",
    "I'm only considering roles in {city} or fully remote at the moment.",
    "Please send over the job description and I'll take a look.",
]
REFERRAL_CORE = [
    "I noticed {co} is hiring a {role}, and I wondered if you'd be comfortable referring me.",
    "Would you be willing to pass my CV on to the hiring manager for the {role} team?",
    "Could you tell me a bit about what it's like working on the {team} team before I apply?",
    "I'd love to hear your honest take on the culture at {co}.",
]
PERSONAL_CORE = [
    "Are we still on for Saturday? I can bring dessert.", "Here's the flat inventory you asked for.",
    "Happy birthday! Let's celebrate properly next week.", "Can you send me Mum's new address?",
    "I'll call you tonight after the interview stuff is done.", "Thanks for the lift yesterday, you're a star.",
    "Attached are the photos from the wedding.", "Could you review my cover letter draft? Brutal honesty welcome.",
]

# quoted history the candidate replies to; written here, label-neutral for Sent (the quote never decides)
Q_REJECT = [
    "Thank you for your interest in the {role} position at {co}. After careful consideration, we have decided to move forward with other candidates.",
    "Hi {f},\n\nThanks for interviewing with us. Unfortunately we won't be progressing your application further. We wish you the best.",
    "Dear {f},\n\nWe appreciate the time you invested in our process. On this occasion we've decided to offer the role to another candidate whose experience more closely matches our needs.",
    "Hi {f}, I'm sorry to say the team has decided not to move forward. It was a close call and we really enjoyed meeting you.",
    "Dear Candidate,\nThank you for applying. The position has now been filled.",
    "{f}, quick note to say we'll pass this time. Thanks for your time and good luck with your search.",
]
Q_INVITE = [
    "Hi {f},\n\nThanks for applying for the {role} role. We'd like to invite you to a 30-minute call with the hiring manager. Are you free {wd}?",
    "Dear {f},\nWe'd love to move you to the technical interview. Please pick a slot using the link below.",
    "Hi {f}, could we set up a chat next week about the {role} role?",
]
Q_OFFER = ["Hi {f},\n\nI'm delighted to share that we'd like to offer you the {role} position. The written offer is attached.",
           "Dear {f}, following your final interview we are pleased to extend an offer of employment."]
Q_FEEDBACK = ["Hi {f},\n\nAs promised, some feedback: the panel liked your coding but felt your system design answer stayed at a high level.",
              "Dear {f}, the interviewers noted strong communication, but wanted more depth on the data modelling question."]
Q_RECRUITER = ["Hi {f}, I came across your profile and think you'd be a great fit for a {role} role with a client of mine. Open to a chat?",
               "Hello {f}, are you open to new opportunities? I'm hiring for a {role} at {co}."]

SKILLS = ["distributed systems", "payments infrastructure", "user research", "B2B marketing", "data visualisation",
          "financial modelling", "Kubernetes", "accessibility", "supply chain analytics", "mobile development", "technical writing"]

# ---------------------------------------------------------------- personas (families)
PERSONAS = {
    "sent_formal": dict(
        greet=["Dear {rf},", "Dear {rf} {rl},", "Dear Ms {rl},", "Dear Mr {rl},", "Good afternoon {rf},", "Dear hiring team,"],
        sign=["Kind regards,", "Yours sincerely,", "Best regards,", "With kind regards,", "Sincerely,"],
        quote_p=0.6, sig_full=True),
    "sent_casual": dict(
        greet=["Hi {rf},", "Hey {rf}!", "Hi {rf} —", "{rf},", "Hello {rf}!"],
        sign=["Cheers,", "Thanks!", "Best,", "Thanks so much,", "Talk soon,", "All the best,"],
        quote_p=0.5, sig_full=False),
    "sent_mobile_terse": dict(
        greet=["Hi {rf}", "{rf},", "Hi,", "Hello"],
        sign=["Thanks", "Thx", "Best", "Cheers"],
        quote_p=0.7, sig_full=False, terse=True),
    "sent_warm_verbose": dict(
        greet=["Hi {rf},\n\nI hope your week is going well.", "Dear {rf},\n\nI hope this finds you well.",
               "Hello {rf},\n\nI hope you had a good weekend.", "Hi {rf},\n\nI hope you're doing well."],
        sign=["Warmest regards,", "With gratitude,", "Many thanks again,", "Warm wishes,", "Thank you again,"],
        quote_p=0.5, sig_full=True, verbose=True),
    "sent_second_language": dict(  # fluent but non-native English, a common real-world register
        greet=["Dear Mr./Ms. {rl},", "Hello dear {rf},", "Good day {rf},", "Dear {rf}, good morning.", "Respected {rf} {rl},"],
        sign=["Thanking you in advance,", "Best greetings,", "With best regards,", "Kind greetings,", "Regards,"],
        quote_p=0.6, sig_full=True),
}

INTENTS_EN = [  # (intent, weight)
    ("fr_reply", 36), ("fr_new", 20), ("fr_with_thanks", 12),
    ("rej_thanks_only", 12), ("rej_new_no_ask", 6), ("thanks_for_feedback", 5), ("thankyou_interview", 8), ("followup", 6), ("withdraw", 4),
    ("apply", 4), ("schedule", 6), ("offer_reply", 4), ("recruiter_reply", 3), ("referral", 3), ("personal", 2),
]


def _ctx(rng: random.Random, c: dict) -> dict:
    co = P(rng, K.COMPANIES)
    rf, rl = K.person(rng)
    f3, l3 = K.person(rng)
    return dict(co=co, rf=rf, rl=rl, r_addr=K.work_addr(rng, rf, rl, co), role=P(rng, K.ROLES), f=c["first"],
                wd=P(rng, K.WEEKDAYS), wd2=P(rng, K.WEEKDAYS), time=K.a_time(rng), date=K.a_date(rng),
                int=f"{f3} {l3}", skill=P(rng, SKILLS), k=rng.randint(2, 12), city=P(rng, K.CITIES),
                team=P(rng, ["platform", "payments", "growth", "design systems", "data"]))


def _subject_new(rng: random.Random, intent: str, v: dict) -> str:
    pools = {
        "fr_new": ["Feedback on my application", "Following up – {role} interview", "A quick request", "{role} application – thank you and a question",
                   "Re: {role} role", "Could I ask for some feedback?", "My interview on {wd}", "Learning from the {co} process", "Quick question"],
        "thankyou_interview": ["Thank you – {role} interview", "Thanks for today", "Following up – {role} interview", "Great to meet you",
                               "Re: {role} role", "My interview on {wd}"],
        "followup": ["Following up on my application", "Checking in – {role}", "Application status: {role}", "Quick question", "Re: {role} role"],
        "rej_new_no_ask": ["Following up – {role} interview", "A quick request", "{role} application – thank you", "Re: {role} role",
                           "My interview on {wd}", "Quick question", "Staying in touch"],
        "withdraw": ["Withdrawing my application", "{role} – withdrawal", "Update from my side", "Re: {role} role"],
        "apply": ["Application: {role}", "{role} – application from {me}", "Application for the {role} position", "Interested in the {role} role"],
        "referral": ["Quick question about {co}", "Referral for {role}?", "A favour to ask", "Long time no speak!"],
        "personal": ["saturday", "photos", "quick one", "Re: plans", "cover letter draft", "hey"],
    }
    return P(rng, pools[intent]).format(**v)


def _core(rng: random.Random, intent: str, v: dict, terse: bool, verbose: bool) -> tuple[list[str], list[str], str]:
    """Return (lead sentences, core sentences, kind of quoted history) for one intent."""
    n = 1 if terse else (rng.randint(1, 3) if verbose else rng.randint(1, 2))
    if intent == "fr_reply":
        return K.some(rng, ACK_REJ, 1, 1 if terse else 2), [P(rng, FR_PRE)] + K.some(rng, FR_CORE, 1, n), "reject"
    if intent == "fr_with_thanks":
        return K.some(rng, ACK_REJ, 1, 2), K.some(rng, NEG_REJ_ONLY, 1, 1) + K.some(rng, FR_CORE, 1, n), P(rng, ["reject", "none"])
    if intent in ("fr_new", "rej_new_no_ask"):
        lead = P(rng, [
            "I received your message on {date} that the team has decided not to move forward with my application for the {role} role.",
            "I heard back last week that I wasn't selected for the {role} position.",
            "I understand the team went with another candidate for the {role} role.",
            "Thanks again for letting me know about the decision on the {role} position.",
            "I was sorry to hear I didn't make it through the final round for {role}.",
            "It was disappointing to learn I wasn't successful this time, but I enjoyed the process at {co}.",
        ]).format(**v)
        if intent == "rej_new_no_ask":  # same opening as a new feedback request, but only keeps in touch
            return [lead], K.some(rng, NEG_REJ_ONLY + OTHER_ROLES, 1, n), "none"
        return [lead], [P(rng, FR_PRE)] + K.some(rng, FR_CORE, 1, n), "none"
    if intent == "rej_thanks_only":
        return K.some(rng, ACK_REJ, 1, 2), K.some(rng, NEG_REJ_ONLY, 0 if not verbose else 1, n), P(rng, ["reject", "reject", "none"])
    if intent == "thanks_for_feedback":
        return [], K.some(rng, THANKS_FB, 1, 1) + K.some(rng, NEG_REJ_ONLY, 0, 1), "feedback"
    if intent == "thankyou_interview":
        return [P(rng, ACK_INT).format(**v)], [x.format(**v) for x in K.some(rng, THANKYOU_CORE, 1, n + 1)], P(rng, ["invite", "none", "none"])
    if intent == "followup":
        return [P(rng, FR_PRE)] if M(rng, 0.3) else [], [x.format(**v) for x in K.some(rng, FOLLOWUP_CORE, 1, n)], P(rng, ["none", "invite"])
    if intent == "withdraw":
        return [], [x.format(**v) for x in K.some(rng, WITHDRAW_CORE, 1, n)] + [P(rng, CLOSE_REJ)], P(rng, ["none", "invite"])
    if intent == "apply":
        return [], [x.format(**v) for x in K.some(rng, APPLY_CORE, 2, n + 2)], "none"
    if intent == "schedule":
        return [], [x.format(**v) for x in K.some(rng, SCHED_CORE, 1, n)], "invite"
    if intent == "offer_reply":
        return [], [x.format(**v) for x in K.some(rng, OFFER_CORE, 1, 1)], "offer"
    if intent == "recruiter_reply":
        return [], [x.format(**v) for x in K.some(rng, RECRUITER_CORE, 1, n)], "recruiter"
    if intent == "referral":
        return [P(rng, FR_PRE)] if M(rng, 0.4) else [], [x.format(**v) for x in K.some(rng, REFERRAL_CORE, 1, n)], "none"
    return [], K.some(rng, PERSONAL_CORE, 1, n), "none"


def _quoted(rng: random.Random, kind: str, v: dict) -> tuple[str, str]:
    pool = {"reject": Q_REJECT, "invite": Q_INVITE, "offer": Q_OFFER, "feedback": Q_FEEDBACK, "recruiter": Q_RECRUITER}[kind]
    text = P(rng, pool).format(**v)
    subj = {"reject": ["Your application to {co}", "Update on your application", "{role} at {co}", "Your candidacy", "Regarding the {role} role"],
            "invite": ["Interview invitation – {role}", "Next steps with {co}", "{role}: let's talk", "Scheduling your interview"],
            "offer": ["Your offer from {co}", "Offer – {role}", "Good news!"],
            "feedback": ["Feedback on your interview", "Re: Feedback on my application", "Some notes from the panel"],
            "recruiter": ["{role} opportunity", "Exciting role at {co}", "Quick chat?"]}[kind]
    return text, P(rng, subj).format(**v)


def _english(rng: random.Random, family: str, n: int) -> dict:
    persona = PERSONAS[family]
    terse, verbose = persona.get("terse", False), persona.get("verbose", False)
    c = K.candidate(rng)
    v = _ctx(rng, c)
    v["me"] = c["name"]
    intents, weights = zip(*INTENTS_EN)
    intent = rng.choices(intents, weights)[0]
    lead, core, qkind = _core(rng, intent, v, terse, verbose)
    labels = ["feedback_request"] if intent.startswith("fr_") else []
    if intent == "personal":  # friends and family get a first-name greeting whatever the persona
        parts = [P(rng, ["Hi {rf},", "Hey {rf}!", "{rf} —", "Hiya"]).format(**v)]
    else:
        parts = [P(rng, persona["greet"]).format(**v)]
    body_core = [x for x in lead + core if x]
    if body_core and M(rng, 0.5) and not terse:  # sometimes one paragraph, sometimes several
        parts.append(" ".join(body_core))
    else:
        parts += body_core
    if intent in ("fr_reply", "fr_new", "fr_with_thanks", "followup", "referral", "schedule", "rej_new_no_ask") and M(rng, 0.5):
        parts.append(P(rng, HEDGE))
    if intent in ("fr_reply", "fr_new", "fr_with_thanks", "rej_thanks_only", "rej_new_no_ask", "thanks_for_feedback") and M(rng, 0.6):
        parts.append(P(rng, CLOSE_REJ))
    sign = P(rng, persona["sign"])
    if persona["sig_full"]:
        sig = K.personal_signature(rng, c["first"], c["last"])
    else:
        sig = P(rng, [c["first"], c["first"][0], c["first"] + "\n" + K.personal_signature(rng, c["first"], c["last"]).split("\n")[-1]])
    parts.append(f"{sign}\n{sig}")
    body = K.join(*parts)
    company: str | None = v["co"]
    if intent == "personal":
        company = None
    to_name = f"{v['rf']} {v['rl']}"
    to_addr = v["r_addr"] if intent != "personal" else K.personal_addr(rng, v["rf"], v["rl"])
    if qkind != "none" and M(rng, persona["quote_p"]) or qkind != "none" and intent in ("fr_reply", "schedule", "offer_reply"):
        qtext, qsubj = _quoted(rng, qkind, v)
        q = K.quoted_reply(rng, to_name, v["r_addr"], qtext).replace("{to}", c["addr"]).replace("{subject}", qsubj)
        body = K.join(body, q)
        subject = P(rng, ["Re: ", "RE: ", "Re: ", "AW: " if M(rng, 0.1) else "Re: "]) + qsubj
    elif intent in ("fr_reply", "fr_with_thanks", "rej_thanks_only", "thanks_for_feedback", "schedule", "offer_reply", "recruiter_reply"):
        subject = "Re: " + _quoted(rng, qkind if qkind != "none" else "reject", v)[1]
    else:
        subject = _subject_new(rng, intent, v)
    return K.rec(FAMILY_PREFIX, family, n, folder="Sent", from_name=c["name"], from_addr=c["addr"], to_addr=to_addr,
                 subject=subject, body_text=body, labels=labels, company=company)


# ---------------------------------------------------------------- de / fr / es writer
INTL = {
    "de": dict(
        greet=["Hallo {rf},", "Sehr geehrte Frau {rl},", "Sehr geehrter Herr {rl},", "Liebe/r {rf},", "Guten Tag {rf} {rl},"],
        ack=["Vielen Dank für Ihre Rückmeldung, auch wenn ich mir eine andere Nachricht gewünscht hätte.",
             "Danke, dass Sie sich persönlich bei mir gemeldet haben.", "Schade, aber danke für die schnelle Antwort.",
             "Vielen Dank für die Information und die Zeit, die Sie sich genommen haben."],
        fr=["Hätten Sie vielleicht ein kurzes Feedback zu meinem Gespräch für mich?",
            "Könnten Sie mir sagen, woran es letztlich gelegen hat und woran ich arbeiten könnte?",
            "Ich würde mich sehr über eine kurze Rückmeldung freuen, was ich hätte besser machen können.",
            "Gibt es Punkte aus dem technischen Interview, an denen ich ansetzen sollte?",
            "Wären Sie bereit, mir ein paar Hinweise zu meiner Bewerbung zu geben?",
            "Mich würde interessieren, welche Eindrücke das Team von mir hatte – gerne auch kritisch.",
            "Darf ich fragen, was mir im Vergleich zu anderen Kandidaten gefehlt hat?",
            "Für meine weiteren Bewerbungen wäre mir Ihre Einschätzung sehr wertvoll."],
        neg=["Ich würde mich freuen, wenn Sie mich bei passenden Stellen in Zukunft berücksichtigen.",
             "Ich wünsche Ihnen und dem Team alles Gute.", "Die Gespräche haben mir viel Spaß gemacht.",
             "Vielen Dank für das angenehme Gespräch heute, ich freue mich auf die nächsten Schritte.",
             "Hiermit ziehe ich meine Bewerbung als {role} zurück, da ich ein anderes Angebot angenommen habe.",
             "Gibt es schon Neuigkeiten zu meiner Bewerbung als {role}?",
             "Der Termin am {date} um {time} passt mir sehr gut.",
             "Anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als {role}."],
        hedge=["Ich verstehe natürlich, falls das nicht möglich ist.", "Nur wenn es Ihre Zeit erlaubt.", ""],
        sign=["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Herzliche Grüße"],
        subj_fr=["Bitte um Feedback", "Re: Ihre Bewerbung bei {co}", "Rückfrage zu meiner Bewerbung", "Re: Absage {role}"],
        subj_neg=["Re: Ihre Bewerbung bei {co}", "Rückfrage zu meiner Bewerbung", "Vielen Dank für das Gespräch", "Bewerbung als {role}",
                  "Rückzug meiner Bewerbung", "Re: Terminvorschlag"],
        q=["Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.",
           "vielen Dank für Ihr Interesse an {co}. Nach sorgfältiger Prüfung können wir Ihnen leider keine Zusage geben."]),
    "fr": dict(
        greet=["Bonjour {rf},", "Bonjour Madame {rl},", "Bonjour Monsieur {rl},", "Chère {rf},", "Bonjour,"],
        ack=["Merci pour votre retour, même si ce n'est pas la réponse que j'espérais.", "Merci de m'avoir prévenu(e) rapidement.",
             "Je vous remercie pour votre message et pour le temps consacré à ma candidature.", "Dommage, mais merci pour votre franchise."],
        fr=["Serait-il possible d'avoir un retour sur mon entretien ?",
            "Pourriez-vous me dire quels points je pourrais améliorer ?",
            "J'aimerais beaucoup savoir ce qui a manqué à ma candidature.",
            "Auriez-vous quelques remarques de l'équipe à me transmettre, même brèves ?",
            "Vos conseils sur l'exercice technique me seraient très utiles pour la suite.",
            "Puis-je vous demander ce qui a fait la différence avec le candidat retenu ?",
            "Un court retour, même critique, m'aiderait énormément."],
        neg=["N'hésitez pas à penser à moi pour de futurs postes.", "Je vous souhaite une belle continuation ainsi qu'à l'équipe.",
             "Merci encore pour l'entretien d'aujourd'hui, j'ai beaucoup apprécié nos échanges.",
             "Je souhaite retirer ma candidature au poste de {role}, ayant accepté une autre proposition.",
             "Avez-vous des nouvelles concernant ma candidature ?", "Le créneau du {date} à {time} me convient parfaitement.",
             "Veuillez trouver ci-joint mon CV et ma lettre de motivation pour le poste de {role}."],
        hedge=["Je comprendrais tout à fait si ce n'est pas possible.", "Seulement si vous en avez le temps.", ""],
        sign=["Bien cordialement,", "Cordialement,", "Belle journée,", "Bien à vous,"],
        subj_fr=["Demande de retour", "Re: Votre candidature chez {co}", "Suite à mon entretien", "Re: {role}"],
        subj_neg=["Re: Votre candidature chez {co}", "Suite à mon entretien", "Merci pour l'entretien", "Candidature – {role}",
                  "Retrait de ma candidature", "Re: Proposition de créneau"],
        q=["Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
           "Après étude attentive, nous avons choisi de poursuivre avec un autre profil."]),
    "es": dict(
        greet=["Hola {rf}:", "Hola, {rf}:", "Estimada {rf}:", "Estimado {rf}:", "Buenos días, {rf}:"],
        ack=["Gracias por avisarme, aunque no es la noticia que esperaba.", "Te agradezco la respuesta tan rápida.",
             "Muchas gracias por tu mensaje y por el tiempo dedicado al proceso.", "Una pena, pero gracias por la claridad."],
        fr=["¿Podrías darme algo de feedback sobre la entrevista?",
            "Me ayudaría mucho saber en qué aspectos podría mejorar.",
            "¿Hubo algo concreto en la prueba técnica que no estuviera al nivel esperado?",
            "Si es posible, me encantaría recibir algún comentario del equipo, aunque sea breve.",
            "¿Qué le faltó a mi candidatura para pasar a la siguiente fase?",
            "Te agradecería cualquier consejo para futuras entrevistas."],
        neg=["Me encantaría que me tuvierais en cuenta para futuras vacantes.", "Os deseo mucha suerte con el proceso.",
             "Muchas gracias por la entrevista de hoy, me gustó mucho conocer al equipo.",
             "Quisiera retirar mi candidatura al puesto de {role}, ya que he aceptado otra oferta.",
             "¿Hay alguna novedad sobre mi candidatura?", "El {date} a las {time} me viene perfecto.",
             "Adjunto mi currículum y carta de presentación para el puesto de {role}."],
        hedge=["Entiendo perfectamente si no es posible.", "Solo si tienes un momento.", ""],
        sign=["Un saludo,", "Saludos cordiales,", "Muchas gracias,", "Un abrazo,"],
        subj_fr=["Solicitud de feedback", "Re: Tu candidatura en {co}", "Sobre mi entrevista", "Re: {role}"],
        subj_neg=["Re: Tu candidatura en {co}", "Sobre mi entrevista", "Gracias por la entrevista", "Candidatura – {role}",
                  "Retiro de mi candidatura", "Re: Propuesta de horario"],
        q=["Lamentamos comunicarte que hemos decidido continuar con otros candidatos.",
           "Tras valorar tu perfil, hemos optado por otra persona para el puesto."]),
}


def _intl(rng: random.Random, n: int) -> dict:
    lang = P(rng, ["de", "de", "fr", "fr", "es"])
    d = INTL[lang]
    c = K.candidate(rng)
    v = _ctx(rng, c)
    v["date"], v["time"] = K.a_date(rng, lang), K.a_time(rng, lang)
    is_fr = M(rng, 0.6)
    parts = [P(rng, d["greet"]).format(**v)]
    rejected_context = is_fr or M(rng, 0.4)
    if rejected_context:
        parts.append(P(rng, d["ack"]))
    if is_fr:
        parts += K.some(rng, d["fr"], 1, 2)
        parts.append(P(rng, d["hedge"]))
        if M(rng, 0.5):
            parts.append(P(rng, d["neg"][:2]))
    else:
        pool = d["neg"][:2] if rejected_context else d["neg"][2:]
        parts += [x.format(**v) for x in K.some(rng, pool, 1, 2)]
    parts.append(P(rng, d["sign"]) + "\n" + P(rng, [c["first"], c["name"]]))
    body = K.join(*parts)
    if rejected_context and M(rng, 0.6):
        q = K.quoted_reply(rng, f"{v['rf']} {v['rl']}", v["r_addr"], P(rng, d["q"]).format(**v), lang)
        body = K.join(body, q.replace("{to}", c["addr"]).replace("{subject}", P(rng, d["subj_neg"][:1]).format(**v)))
    subject = P(rng, d["subj_fr"] if is_fr else (d["subj_neg"][:2] if rejected_context else d["subj_neg"][1:])).format(**v)
    return K.rec(FAMILY_PREFIX, "sent_intl", n, folder="Sent", lang=lang, from_name=c["name"], from_addr=c["addr"],
                 to_addr=v["r_addr"], subject=subject, body_text=body, labels=["feedback_request"] if is_fr else [], company=v["co"])


PLAN = [("sent_formal", 105), ("sent_casual", 110), ("sent_mobile_terse", 75), ("sent_warm_verbose", 85),
        ("sent_second_language", 60)]


def generate(rng: random.Random) -> Iterator[dict]:
    for family, count in PLAN:
        for i in range(count):
            yield _english(rng, family, i)
    for i in range(60):
        yield _intl(rng, i)
