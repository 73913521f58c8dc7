"""Meanings for the w3 generators: each builder turns a context into the core of one message.

A builder returns a ``Core``: subject candidates, body paragraphs (without greeting, sign-off or
footer), the labels the meaning carries, feedback topics and rejection reasons. Styles in
``_w3_styles`` wrap a core into a whole message. Positives and their look-alikes live side by side
here so their weights can be balanced per style.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

import _w3_frags as F
import _w3_frags2 as G
from _w3_shell import pick

NEUTRAL_OPEN = [
    "Thank you for your interest in {company}.",
    "Thanks for your patience while we worked through things.",
    "I hope you're keeping well.",
    "Thanks for getting back to me so quickly.",
    "Apologies for the slow reply; it's been a busy fortnight.",
    "Thanks again for the time you've given us so far.",
    "I wanted to get in touch about the {role} role.",
    "Following up on the {role} position.",
    "Thank you for applying for the {role} position.",
    "", "", "", "",
]
NEUTRAL_CLOSE = [
    "If you have any questions, just reply to this email.",
    "Let me know if anything is unclear.",
    "Thanks again for considering {company}.",
    "We appreciate the time you've invested.",
    "Wishing you a good rest of the week.",
    "", "", "", "",
]
SUBJ_EMPLOYER = [
    "Your application to {company}", "{role} at {company}", "{company}: {role}", "Update on your application",
    "Regarding your application - {role}", "{role} ({ref})", "Following up", "News about {role}",
    "Your candidacy at {company}", "{company} x {first}", "{role} - next steps", "Re: {role}",
]


@dataclass
class Core:
    subjects: list[str]
    paras: list[str]
    labels: list[str]
    topics: list[str] = field(default_factory=list)
    oc: list[str] = field(default_factory=list)
    company_known: bool = True
    prior: str | None = None  # key of a Sent/INBOX meaning a thread reply would quote


def f(rng: random.Random, items: list[str], d: dict) -> str:
    return pick(rng, items).format(**d)


def maybe(rng: random.Random, p: float, items: list[str], d: dict) -> str:
    return f(rng, items, d) if rng.random() < p else ""


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


def soft(rng, core: str) -> str:
    """Prefix a decision with a softening phrase, keeping sentence case right."""
    pre = pick(rng, F.REJ_SOFT_PRE)
    return pre + " " + (core if pre.endswith(".") else lower_first(core))


def opener(rng, d):
    return f(rng, NEUTRAL_OPEN, d)


def closer(rng, d):
    return f(rng, NEUTRAL_CLOSE, d)


# ------------------------------------------------------------------ feedback assembly
def feedback_paras(rng: random.Random, d: dict, n_topics: int | None = None,
                   praise_only: bool = False) -> tuple[list[str], list[str]]:
    """Evaluative paragraphs plus the weakness topics they name."""
    if praise_only:
        k = rng.randint(2, 3)
        praise = rng.sample(F.PRAISE, k)
        return [f(rng, F.PRAISE_ONLY_INTRO, d) + " " + " ".join(praise)], []
    n = n_topics or rng.choice([1, 1, 2, 2, 3])
    topics = rng.sample(sorted(F.TOPIC_WEAK), n)
    sents = []
    for t in topics:
        s = pick(rng, F.TOPIC_WEAK[t])
        lead = pick(rng, F.FB_WEAK_LEAD) if not sents else pick(rng, ["Also,", "In addition,", "", "", "Separately,"])
        sents.append((lead + " " + lower_first(s)) if lead else s)
    paras = [f(rng, F.FB_INTRO, d)]
    if rng.random() < 0.5:
        pl = pick(rng, F.PRAISE_LEAD)
        pr = pick(rng, F.PRAISE)
        paras.append((pl + " " + lower_first(pr)) if pl else pr)
    if rng.random() < 0.5:
        paras.append(" ".join(sents))
    else:
        paras.extend(sents)
    return paras, topics


# ------------------------------------------------------------------ builders
def rejection(rng, d):
    paras, oc = [opener(rng, d)], []
    core = f(rng, F.REJ_CORE, d)
    if rng.random() < 0.35:
        core = soft(rng, core)
    paras.append(core)
    if rng.random() < 0.55:
        reason = pick(rng, sorted(F.REASON))
        oc.append(reason)
        paras.append(f(rng, F.REASON[reason], d))
    if rng.random() < 0.4:
        paras.append(f(rng, F.NONFB_FLUFF, d))
    paras += [f(rng, F.REJ_TAIL, d), closer(rng, d)]
    subj = ["Your application for {role}", "An update on your application", "{role}: outcome", "Thank you from {company}",
            "Decision on {role}", "{company} - application update", "About the {role} role"]
    return Core(subj, paras, ["rejection"], oc=oc, prior=pick(rng, ["sent_status", "inv", None]))


def rejection_reason_first(rng, d):
    """Reason first, decision implied by it: 'we have now filled the role' is the whole message."""
    reason = pick(rng, ["role_filled", "role_cancelled", "budget_freeze", "closer_fit", "level_mismatch"])
    paras = [opener(rng, d), f(rng, F.REASON[reason], d)]
    paras.append(pick(rng, [
        "That means we won't be progressing your application.",
        "As a result, we're closing all open applications, including yours.",
        "So we won't be able to take things further with you.",
        "I'm sorry this isn't the news you were hoping for.",
        "Your application will therefore not go any further.",
        "This means the process ends here for you, I'm afraid.",
        "I wanted to let you know straight away rather than leave you waiting.",
        "So, regrettably, we won't be moving forward.",
    ]))
    paras += [f(rng, F.REJ_TAIL, d), closer(rng, d)]
    subj = ["{role} update", "Status of the {role} vacancy", "Your {company} application", "Update: {role}",
            "A quick update", "Regarding {role}"]
    return Core(subj, paras, ["rejection"], oc=[reason], prior=pick(rng, ["sent_status", "inv", None]))


def rejection_oneliner(rng, d):
    line = pick(rng, [
        "Thanks {first}, we'll pass this time.", "Going to pass on this one, but thanks for the time.",
        "Not the right fit for us at the moment. Good luck!", "We're not going to move ahead. Appreciate you talking to us.",
        "Short version: it's a no for {role}. Sorry, and thanks.", "The team decided not to continue. Best of luck out there.",
        "We'll be going another way. Thanks for your interest.", "Afraid we won't take this further. All the best.",
    ]).format(**d)
    return Core(["Re: {role}", "{role}", "quick update", "re: chat last week"], [line], ["rejection"], prior="inv")


def rejection_feedback(rng, d):
    fb, topics = feedback_paras(rng, d)
    rej = f(rng, F.REJ_CORE, d)
    oc: list[str] = []
    extra = []
    if rng.random() < 0.35:
        reason = pick(rng, sorted(F.REASON))
        oc.append(reason)
        extra.append(f(rng, F.REASON[reason], d))
    if rng.random() < 0.5:
        paras = [opener(rng, d), rej] + extra + fb
    else:
        paras = [opener(rng, d)] + fb + [pick(rng, ["With that in mind,", "Overall,", "Taking all of this together,", "Because of this,"]) + " " + lower_first(rej)] + extra
    paras += [f(rng, F.REJ_TAIL, d)]
    subj = ["Feedback and outcome: {role}", "Your interviews for {role}", "Outcome of your {role} interviews",
            "{role} - decision and notes", "Update from {company}"]
    return Core(subj, paras, ["rejection", "feedback"], topics=topics, oc=oc, prior=pick(rng, ["sent_status", "inv"]))


def rejection_praise(rng, d):
    fb, _ = feedback_paras(rng, d, praise_only=True)
    rej = soft(rng, f(rng, F.REJ_CORE, d))
    reason = pick(rng, ["closer_fit", "level_mismatch", "role_filled", None])
    paras = [opener(rng, d)] + fb + [rej]
    oc = []
    if reason:
        oc = [reason]
        paras.append(f(rng, F.REASON[reason], d))
    return Core(["Your interviews at {company}", "{role} outcome", "Decision: {role}"], paras + [f(rng, F.REJ_TAIL, d)],
                ["rejection", "feedback"], oc=oc, prior="inv")


def rejection_with_other_role(rng, d):
    rej = f(rng, F.REJ_CORE, d)
    inv = pick(rng, [
        "That said, the {role2} team saw your profile and would like to talk. Would you be free for a call next week?",
        "However, we think you'd be a strong fit for our {role2} opening and would like to invite you to an interview for it.",
        "The good news: our {role2} hiring manager would love to meet you. You can book a slot here: {link}",
        "We'd like to consider you for {role2} instead; the first step is a 30-minute screen. Does {day} work?",
        "Separately, {sender} leads the {role2} team and asked whether you'd be open to an intro chat.",
        "If you're interested, we'd like to move you straight to a technical interview for the {role2} role.",
        "I'd like to put you forward for {role2}; would you be up for a short call with that team this week?",
        "Rather than close things completely, we'd like to invite you to interview for {role2}, which matches your background better.",
    ]).format(**d)
    return Core(["{role} and another opening", "Your application - and a different role", "{company}: {role2}?",
                 "Update on {role}"], [opener(rng, d), rej, inv, f(rng, G.INV_TAIL, d)],
                ["rejection", "interview_invite"], prior=None)


def _invite(rng, d, pool, subj):
    paras = [opener(rng, d)]
    if rng.random() < 0.3:
        paras.append(pick(rng, ["Thanks for applying; we enjoyed reading your application.",
                                "We've reviewed your profile and would like to take things further.",
                                "Good news from our side.", "The team liked what they saw.",
                                "Thanks for the call last week.", "Your application made it through the first review."]))
    paras.append(f(rng, pool, d))
    if pool is not G.INV_LINK and rng.random() < 0.3:
        paras.append(f(rng, G.INV_LINK, d))
    paras += [f(rng, G.INV_TAIL, d), closer(rng, d)]
    return Core(subj, paras, ["interview_invite"], prior=pick(rng, ["sent_status", "sent_apply", None]))


def inv_call(rng, d):
    return _invite(rng, d, G.INV_CALL, ["Quick chat?", "Intro call - {role}", "{company}: phone screen", "Let's talk",
                                         "Next step for {role}", "Call re {role}"])


def inv_link(rng, d):
    return _invite(rng, d, G.INV_LINK, ["Schedule your interview", "Book a time with {company}", "Choose your interview slot",
                                         "Action needed: pick a time", "Interview scheduling - {role}"])


def inv_tech(rng, d):
    return _invite(rng, d, G.INV_TECH, ["Technical interview - {role}", "Next stage: technical round", "Invitation to interview",
                                         "{role}: round 2", "Moving forward with {company}"])


def inv_assess(rng, d):
    return _invite(rng, d, G.INV_ASSESS, ["Your assessment for {role}", "Next step: take-home exercise", "Online test invitation",
                                           "{company} coding challenge", "Assessment link inside"])


def inv_onsite(rng, d):
    return _invite(rng, d, G.INV_ONSITE, ["Final round invitation", "Come and meet the team", "Onsite interview - {role}",
                                           "Final stage at {company}", "Invitation: in-person interview"])


def inv_resched(rng, d):
    c = _invite(rng, d, G.INV_RESCHED, ["Change to your interview", "Need to reschedule - {role}", "Interview time change",
                                         "Re: Interview {day}", "Apologies - moving our call"])
    c.prior = "inv"
    return c


def ack_invite(rng, d):
    ack = f(rng, G.ACK_CORE, d)
    inv = pick(rng, [
        "As a first step, please complete our online assessment: {link}",
        "Every applicant for this role is invited to a short coding challenge. You'll find it here: {link}",
        "To keep things moving, we'd like to invite you to a 20-minute screening call. Pick a time at {link}.",
        "The next stage is a one-way video interview; please complete it within 7 days: {link}",
        "We'd like to move straight to a brief phone conversation. Does {day} suit you?",
        "Your next step is a skills assessment, which should take about 45 minutes: {link}",
        "Please book your first interview using the link below.\n{link}",
        "Since your profile matches our requirements, we'd like to invite you to a technical screen.",
    ]).format(**d)
    return Core(["Application received + next step", "Thanks for applying to {company}", "{role}: application and assessment",
                 "Your application and what happens next"], [ack, inv, f(rng, G.INV_TAIL, d)],
                ["application_ack", "interview_invite"])


def feedback_invite(rng, d):
    fb, topics = feedback_paras(rng, d)
    adv = pick(rng, [
        "Good news: you're through to the next round.",
        "We'd like to invite you to the final stage.",
        "The panel would like to see you again for round two.",
        "You've passed the first round and we'd like to move you forward.",
        "We're keen to continue, and the next step is a system design interview.",
        "We'd like you to meet the wider team next.",
        "Overall it was positive enough that we'd like to invite you to the onsite.",
        "We'd like to carry on with a second interview.",
    ])
    tail = pick(rng, ["It's worth preparing for that in the next round.", "Please book a slot here: {link}",
                      "Could you do {day} at {time}?", "Let me know your availability next week.",
                      "I'm sharing this so you can prepare; the next interviewers will probe the same areas."]).format(**d)
    paras = [adv] + fb + [tail] if rng.random() < 0.5 else fb + [adv, tail]
    return Core(["Round 1 feedback and next steps", "Next round - {role}", "Your first interview: notes + invitation",
                 "{company}: moving forward"], paras, ["feedback", "interview_invite"], topics=topics, prior="inv")


def feedback_only(rng, d):
    praise = rng.random() < 0.15
    fb, topics = feedback_paras(rng, d, praise_only=praise)
    pre = pick(rng, ["Thanks for asking, and sorry it took a few days.", "Happy to help with this.",
                     "Of course. I've spoken to the panel.", "Thanks for being so gracious about the outcome.",
                     "Sure, here's what I can share.", ""])
    post = pick(rng, ["I hope this helps with your next interviews.", "Good luck, and I hope this is useful.",
                      "Please don't read too much into it; it was close.", "Happy to chat if you'd like more detail.", ""])
    return Core(["Re: Feedback", "Re: {role} - feedback", "Re: Thank you", "Feedback on your interviews"],
                [pre] + fb + [post], ["feedback"], topics=topics, prior="sent_fb")


def ack(rng, d):
    paras = [f(rng, G.ACK_CORE, d)] + [t.format(**d) for t in rng.sample(G.ACK_TAIL, 2)] + [closer(rng, d)]
    return Core(["Application received: {role}", "Thanks for applying to {company}", "We've received your application",
                 "Your application for {role}", "Confirmation: {role} ({ref})", "Thank you for your application"],
                paras, ["application_ack"])


def offer(rng, d):
    d = dict(d, amount=pick(rng, ["£72,000", "$145,000", "€68,500", "£55,000", "$118,000", "€81,000", "CHF 120,000"]))
    paras = [f(rng, G.OFFER_CORE, d), f(rng, G.OFFER_DETAIL, d), f(rng, G.OFFER_DETAIL, d)]
    paras.append(pick(rng, ["We're really excited about the prospect of working together.",
                            "Take the time you need and let me know if you'd like to talk anything through.",
                            "Please reply to confirm whether you accept.", "Congratulations!", ""]))
    return Core(["Your offer from {company}", "Offer: {role}", "Good news!", "{role} - offer letter", "Offer of employment",
                 "Following up on our call"], paras, ["offer"], prior=pick(rng, ["sent_thanks_final", None]))


# ------------------------------------------------------------------ look-alike builders
def _simple(pool, subj, labels=(), prior=None, tail=None, known=True, pre_p=0.3):
    def build(rng, d):
        paras = [opener(rng, d) if rng.random() < pre_p else "", f(rng, pool, d)]
        if tail:
            paras.append(f(rng, tail, d))
        if known:  # the shared closers name the employer; mail from nobody's employer skips them
            paras.append(closer(rng, d))
        return Core(subj, paras, list(labels), company_known=known, prior=prior)
    return build


withdraw_confirm = _simple(F.WITHDRAW_CONFIRM, ["Your application has been withdrawn", "Re: Withdrawing my application",
                                                "{role} - withdrawal", "Confirmation of withdrawal", "Re: {role}"],
                           prior="sent_withdraw", tail=F.WITHDRAW_TAIL)
closed_before_apply = _simple(F.CLOSED_BEFORE_APPLY, ["{role} at {company}", "Re: that role", "Update on the {company} opening",
                                                      "Job no longer available", "Quick update"], pre_p=0.0)
reminder = _simple(G.INV_REMINDER, ["Reminder: your interview tomorrow", "Interview reminder - {role}", "Upcoming: {role} interview",
                                    "Don't forget: {day} at {time}", "Reminder"], prior="inv", pre_p=0.0)
confirm = _simple(G.INV_CONFIRM, ["Interview confirmed", "Confirmed: {role} interview", "Booking confirmation",
                                  "Your interview is scheduled", "Invitation: Interview with {company} @ {day} {time}"],
                  prior="inv", pre_p=0.0)
see_you = _simple(G.INV_SEE_YOU, ["tomorrow", "See you {day}", "Logistics for {day}", "Re: Final round", "Getting here"],
                  prior="inv", pre_p=0.0)
thanks_today = _simple(G.THANKS_TODAY, ["Thank you", "Thanks for today", "Following your interview", "Great to meet you",
                                        "Thank you for interviewing with {company}"], prior="inv", pre_p=0.0,
                       tail=NEUTRAL_CLOSE)
no_feedback = _simple(F.NO_FEEDBACK_REPLY, ["Re: Feedback", "Re: {role}", "Re: Feedback request", "Re: Thank you"],
                      prior="sent_fb", pre_p=0.0)
enjoyed = _simple(F.ENJOYED_MEETING, ["Thanks from {company}", "Great meeting you", "Re: Interview", "Next steps soon"],
                  prior="inv", pre_p=0.0)
survey = _simple(F.CANDIDATE_SURVEY, ["How was your interview experience?", "Tell us about your experience with {company}",
                                      "Your feedback, please", "Candidate survey", "2 minutes of your time?"], pre_p=0.0)
status_ping = _simple(G.STATUS_PING, ["Application status update", "Still reviewing - {role}", "Your application: in progress",
                                      "Update on your application", "Re: {role}"], prior="sent_status")
incomplete = _simple(G.INCOMPLETE, ["Finish your application", "You're almost there", "Complete your application for {role}",
                                    "Action required: your application", "Don't lose your progress"], pre_p=0.0)
profile_updated = _simple(G.PROFILE_UPDATED, ["Your profile was updated", "Account notification", "Security alert",
                                              "Your candidate account", "Changes saved"], pre_p=0.0)
apply_portal = _simple(G.APPLY_VIA_PORTAL, ["Re: {role} - CV attached", "Re: Application", "Re: Job enquiry", "Re: {role}"],
                       prior="sent_apply", pre_p=0.0)
onboarding = _simple(G.ONBOARDING, ["Welcome to {company}!", "Next steps before day one", "Onboarding: action required",
                                    "Your first day", "Pre-employment checks"], prior="sent_accept", pre_p=0.0)
offer_decline = _simple(G.OFFER_DECLINE_ACK, ["Re: Offer", "Re: Your offer", "Re: {role} offer", "Understood"],
                        prior="sent_decline", pre_p=0.0)


def webinar(rng, d):
    subj, body = pick(rng, G.WEBINAR)
    return Core([subj], [body.format(**d), closer(rng, d)], [])


def _titled(pool, known=False, extra_tail=None):
    def build(rng, d):
        subj, body = pick(rng, pool)
        paras = [body.format(**d)]
        if extra_tail:
            paras.append(f(rng, extra_tail, d))
        return Core([subj], paras, [], company_known=known)
    return build


nonjob_reject = _titled(F.NONJOB_REJECT, extra_tail=F.NONJOB_REJECT_TAIL)
unfortunate = _titled(F.UNFORTUNATE_OTHER)
tips = _titled(F.TIPS_NEWSLETTER)
interview_someone = _titled(G.INTERVIEW_SOMEONE)
career_fair = _titled(G.CAREER_FAIR)
friend = _titled(G.FRIEND_COFFEE)
scam = _titled(G.SCAM_OFFER)
marketing = _titled(G.MARKETING_OFFER)


def board_ack(rng, d):
    paras = [f(rng, G.BOARD_ACK, d), pick(rng, ["Track this application in My Jobs.", "Good luck!",
                                                "Employers usually respond within 2 weeks.", "Tip: follow the company to see new jobs.", ""])]
    return Core(["Application sent to {company}", "You applied: {role}", "{company} received your application",
                 "Your {board} application", "Application submitted"], paras, ["application_ack"])


def board_viewed(rng, d):
    line = pick(rng, ["{company} viewed your application for {role}.", "Your application to {company} was opened by the employer.",
                      "Status update: {company} is reviewing applications for {role}.",
                      "An employer looked at your profile: {company}.", "{company} downloaded your CV.",
                      "Your application for {role} is being reviewed by {company}.",
                      "Update: the {role} job at {company} has closed. You applied on {date}; the employer may still contact you.",
                      "{company} hasn't responded yet. Applications usually take 2-3 weeks."]).format(**d)
    return Core(["Application update", "{company} viewed your application", "News on your application", "Status: {role}"],
                [line], [])


def board_only(pool_idx: list[int]):
    def build(rng, d):
        line = F.CLOSED_BEFORE_APPLY[pick(rng, pool_idx)].format(**d)
        return Core(["This job is no longer available", "Saved job expired", "Update on a saved job"], [line], [])
    return build


saved_expired = board_only([3, 6])
alert = _simple(G.ALERT_CONFIRM, ["Job alert: {role}", "New jobs for you", "Your job alert", "Jobs matching your search"],
                known=False, pre_p=0.0)
summary = _simple(G.WEEKLY_SUMMARY, ["Your week on {board}", "Your job search recap", "Weekly summary",
                                     "Your applications this week"], known=False, pre_p=0.0)


# employer meanings: (name, builder, weight, allowed style tags)
EMPLOYER = [
    ("rej", rejection, 3.0, "ats human letter"),
    ("rej_reason", rejection_reason_first, 2.0, "ats human letter"),
    ("rej_line", rejection_oneliner, 0.8, "human"),
    ("rej_fb", rejection_feedback, 2.5, "human letter ats"),
    ("rej_praise", rejection_praise, 0.7, "human letter"),
    ("rej_inv", rejection_with_other_role, 1.0, "human ats"),
    ("inv_call", inv_call, 1.2, "human"),
    ("inv_link", inv_link, 1.2, "ats human"),
    ("inv_tech", inv_tech, 1.2, "ats human letter"),
    ("inv_assess", inv_assess, 1.2, "ats human"),
    ("inv_onsite", inv_onsite, 1.0, "ats human letter"),
    ("inv_resched", inv_resched, 1.2, "human ats"),
    ("ack", ack, 2.2, "ats human letter"),
    ("ack_inv", ack_invite, 1.4, "ats"),
    ("fb_inv", feedback_invite, 1.6, "human"),
    ("fb_only", feedback_only, 1.4, "human"),
    ("offer", offer, 2.2, "human letter ats"),
    # look-alikes
    ("withdraw", withdraw_confirm, 1.5, "ats human"),
    ("closed_pre", closed_before_apply, 1.0, "human"),
    ("reminder", reminder, 1.3, "ats human"),
    ("confirm", confirm, 1.2, "ats human"),
    ("see_you", see_you, 0.8, "human"),
    ("thanks_today", thanks_today, 1.2, "ats human"),
    ("webinar", webinar, 0.8, "ats human"),
    ("no_fb", no_feedback, 1.2, "human"),
    ("enjoyed", enjoyed, 1.0, "human"),
    ("survey", survey, 0.8, "ats"),
    ("status", status_ping, 1.4, "ats human letter"),
    ("incomplete", incomplete, 0.8, "ats"),
    ("profile", profile_updated, 0.5, "ats"),
    ("portal", apply_portal, 0.8, "human"),
    ("onboard", onboarding, 1.3, "ats human letter"),
    ("offer_decl", offer_decline, 0.8, "human"),
]
BOARD = [
    ("board_ack", board_ack, 3.0), ("board_viewed", board_viewed, 1.5), ("saved_expired", saved_expired, 1.0),
    ("incomplete", incomplete, 0.8), ("alert", alert, 1.0), ("summary", summary, 1.2), ("tips", tips, 0.8),
    ("marketing", marketing, 0.8),
]
NONJOB = [
    ("nonjob_reject", nonjob_reject, 2.5), ("unfortunate", unfortunate, 1.5), ("career_fair", career_fair, 1.0),
    ("friend", friend, 1.0), ("interview_someone", interview_someone, 1.2), ("scam", scam, 1.5),
    ("marketing", marketing, 0.8), ("tips", tips, 0.7),
]


def choose(rng: random.Random, table: list[tuple]) -> tuple[str, Callable]:
    total = sum(t[2] for t in table)
    x = rng.random() * total
    for t in table:
        x -= t[2]
        if x <= 0:
            return t[0], t[1]
    return table[-1][0], table[-1][1]


def employer_table(tag: str) -> list[tuple]:
    return [t for t in EMPLOYER if tag in t[3].split()]
