"""Writer w6: applicant-tracking-system notifications in three house styles plus a status portal.

Each family is one vendor voice; every family sends rejections, acknowledgements, invitations,
offers and label-free status pings through the same shell, so the shell never decides the label.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _w6_kit import (  # noqa: E402
    ATS,
    CITIES,
    COMPANIES,
    GREET_EN,
    ROLES,
    SIGNOFF_EN,
    Counter,
    display_name,
    job_id,
    person,
    pick,
    record,
    render,
    signer,
)

FAMILY_PREFIX = "w6ats"
from _w6_lines import (  # noqa: E402
    ACK,
    ACK_NEXT,
    DATES,
    FEEDBACK,
    INVITE,
    INVITE_HOW,
    NO_FEEDBACK,
    OFFER,
    OFFER_DETAIL,
    OUTSIDE,
    PRAISE,
    REJECT,
    REJECT_POST_INTERVIEW,
    SALARY,
    SOFTEN,
    STAGES,
)

NEUTRAL_SUBJ = ["Application update", "Update on your application", "Your application to {c}", "{c} | {r}",
                "Regarding your application for {r}", "{r} at {c}", "News about your {c} application",
                "Your {c} candidacy", "Re: {r} ({j})", "{c}: {r} - update", "A message from {c}",
                "Your application status"]
SUBJ = {
    "rej": ["Thank you for your interest in {c}", "Your application for {r}", "{c} - application outcome",
            "Following up on your application", "Decision on your application"],
    "ack": ["We received your application", "Thanks for applying to {c}!", "Application received: {r}",
            "Confirmation: {r} ({j})", "Your application has been submitted", "Thanks for applying, {n}"],
    "inv": ["Interview invitation: {r}", "Next steps with {c}", "Let's talk! {r} at {c}", "Schedule your interview",
            "Invitation: {st}", "Action required: pick an interview time"],
    "off": ["Your offer from {c}", "Offer letter: {r}", "Congratulations from {c}!", "Offer of employment",
            "Action required: review your offer"],
    "neg": ["Your application status", "Reminder: complete your candidate profile", "Reset your password",
            "How did we do?", "Withdrawal confirmed", "Your upcoming interview", "Security code for your account"],
}

STATUS_NEUTRAL = [
    "Your application is currently in review. The hiring team is looking at candidates and we'll update you when there's news.",
    "Quick status note: your application for {r} is still being considered.",
    "We wanted to let you know we haven't forgotten you: reviews for {r} are taking a bit longer than planned.",
    "Status: Under review. No action is needed from you.",
    "Your application has moved to the hiring manager for review.",
    "The team is still reviewing applications for {r}. Thank you for your patience.",
    "We're still working through applications and expect to be in touch in the next two weeks.",
    "Your application for {r} is in progress.",
]
PROFILE_NAG = [
    "Your candidate profile is 60% complete. Adding your work history helps recruiters find you.",
    "Don't forget to finish your profile: upload a CV and add your skills.",
    "Complete your profile to apply faster next time.",
    "You started an application for {r} but didn't submit it. Pick up where you left off.",
    "Your draft application for {r} expires in 3 days.",
    "Add a profile photo and a short summary to stand out to recruiters.",
    "We noticed you haven't logged in for a while. Keep your profile up to date.",
    "Your saved application is waiting for you. Finish it in two minutes.",
]
PASSWORD = [
    "We received a request to reset the password for your candidate account. If this was you, use the link below.",
    "Your verification code is {code}. It expires in 10 minutes.",
    "Someone requested a password change for your account. If it wasn't you, ignore this email.",
    "Use this link to sign in to your candidate portal. The link is valid for 15 minutes.",
    "Your email address was changed successfully.",
    "Your one-time passcode: {code}",
    "Confirm your email address to activate your candidate account.",
    "You've signed in from a new device. If this was you, no action is needed.",
]
SURVEY = [
    "How was your candidate experience with {c}? Take our 2-minute survey.",
    "We'd love your feedback on our hiring process. Rate your experience from 1 to 5.",
    "Help us improve: tell us how your interview experience went.",
    "You recently interacted with {c}'s recruiting team. How likely are you to recommend applying here?",
    "Please rate your candidate experience. Your answers are anonymous.",
    "Three quick questions about our application process?",
    "Your opinion matters! Share feedback about the application process.",
    "We're collecting feedback from everyone who applied this month.",
]
WITHDRAW = [
    "You have withdrawn your application for {r}. We're sorry to see you go.",
    "This confirms that your application for {r} has been withdrawn at your request.",
    "Your withdrawal has been processed. You can apply again for other roles at any time.",
    "As requested, we've removed your application for {r} from consideration.",
    "We've received your request to withdraw. Your candidacy for {r} is now closed.",
    "Withdrawal confirmed for {r}.",
    "Thanks for letting us know you've accepted another offer. We've withdrawn your application.",
    "Your application was withdrawn by you on {d}.",
]
REMINDER = [
    "Reminder: your {st} is tomorrow at 10:30 (CET).",
    "This is a reminder about your interview with {c} on {d}.",
    "Just a heads-up that your {st} starts in 1 hour. Join link below.",
    "Your interview is confirmed for {d} at 14:00. See you then!",
    "Don't forget: {st} with {p1} today at 16:00.",
    "Your scheduled interview for {r} is coming up on {d}.",
    "Friendly reminder of your upcoming {st}.",
    "We look forward to speaking with you on {d}.",
]
THANKS_TODAY = [
    "Thanks for your time today! The team will share an update within a week.",
    "Thank you for interviewing with us today. We'll be in touch about next steps soon.",
    "It was great meeting you today. We're collecting feedback from the panel.",
    "Thanks for coming in. Our team will get back to you after all interviews are finished.",
    "We appreciated your time at today's interview; expect to hear from us next week.",
    "Thank you for speaking with {p1} earlier. Your recruiter will follow up.",
    "Thanks for completing all your interviews. The hiring team is meeting this week.",
    "Great to chat today, {n}. We'll follow up shortly.",
]
ROLE_CLOSED_ALERT = [
    "The job {r} you saved has been closed by the employer and is no longer accepting applications.",
    "A role you were following at {c} is no longer open.",
    "The posting for {r} has expired.",
    "Heads-up: {r} was unpublished. Here are other open roles at {c}.",
    "{r} is no longer listed on our careers site.",
    "You bookmarked {r}, but applications have now closed.",
    "The job you saved is closed. You can still browse 14 other roles.",
    "This job posting has ended.",
]

FB_ONLY_INTRO = [
    "As promised, here is the feedback from your interviews for {r}.",
    "You asked for some feedback after our decision, and the panel was happy to share a few points.",
    "Following up on your request: I collected notes from everyone you met.",
    "I've finally got the interview feedback together - sorry it took a while.",
    "Thanks for asking for feedback; it's something we try to give whenever we can.",
    "The hiring manager asked me to pass on her notes from your {st}.",
    "Here's a short summary of what the interviewers wrote about your {st}.",
    "I spoke with the team about your interviews, and here is what came up.",
]
CAND_ASK = [
    "Would you be able to share any feedback from the interviews? It would really help me.",
    "Thanks for letting me know. Is there anything you can tell me about what I could improve?",
    "Could I ask for a little feedback on the technical round?",
    "I'd appreciate any notes from the panel, even short ones.",
    "If the team has any comments on my interviews, I'd love to hear them.",
    "Sorry to hear that. Any pointers for next time?",
    "Was there a particular area where I fell short?",
    "Any feedback would be welcome - thank you for considering me.",
]

INTERVIEWER_SIDE = [  # the user as interviewer on their current employer's ATS: never an invite for them
    "You've been added to the interview panel for a {r} candidate on {d}. Please review the CV before the session.",
    "Reminder: your scorecard for yesterday's {st} with {p1} is overdue.",
    "Please submit feedback for candidate {p1} ({r}) by end of day.",
    "New interview assigned to you: {st} with {p1}, {d} at 15:00.",
    "Can you interview a {r} candidate next Tuesday? Accept the request in the hiring portal.",
    "Your interviewer training 'Structured interviewing 101' starts on {d}.",
    "{p1} was moved to the offer stage. Thanks for your feedback as an interviewer!",
    "Hiring debrief for {r} is scheduled; please add your notes beforehand.",
]

NEG_POOLS = [
    (STATUS_NEUTRAL, ["Your application status", "Application update", "Still reviewing: {r}", "An update on {r}"]),
    (PROFILE_NAG, ["Reminder: complete your candidate profile", "Finish your application", "You're almost there, {n}"]),
    (PASSWORD, ["Reset your password", "Security code for your account", "Verify your email", "Sign-in link"]),
    (SURVEY, ["How did we do?", "Tell us about your candidate experience", "Quick survey from {c}", "2 minutes of your time?"]),
    (WITHDRAW, ["Withdrawal confirmed", "Your application has been withdrawn", "Confirmation: withdrawal from {r}"]),
    (REMINDER, ["Your upcoming interview", "Reminder: {st}", "Interview tomorrow: {r}", "See you soon!"]),
    (THANKS_TODAY, ["Thank you for interviewing with {c}", "Thanks for your time today", "Following your interview"]),
    (INTERVIEWER_SIDE, ["Interview assigned: {r}", "Scorecard due", "Action needed: interviewer feedback",
                        "You're on the panel for {r}"]),
    (ROLE_CLOSED_ALERT, ["A job you saved has closed", "{r} is no longer available", "Posting closed: {r}"]),
]

FAMILIES = [
    # family, vendor style, kind weights
    ("ats-terse", "terse"),
    ("ats-friendly", "friendly"),
    ("ats-enterprise", "enterprise"),
    ("ats-portal", "portal"),
]
PLAN = {  # per family: kind -> count
    "ats-terse": {"rej": 14, "rej_oc": 8, "rej_fb": 2, "ack": 16, "inv": 12, "off": 3, "neg": 12},
    "ats-friendly": {"rej": 16, "rej_oc": 8, "rej_fb": 4, "fb": 4, "ack": 16, "inv": 14, "off": 5, "neg": 14},
    "ats-enterprise": {"rej": 14, "rej_oc": 10, "rej_fb": 3, "fb": 3, "ack": 16, "inv": 12, "off": 5, "neg": 12},
    "ats-portal": {"rej": 6, "rej_oc": 4, "rej_fb": 1, "ack": 10, "inv": 8, "off": 2, "neg": 14},
}

PORTAL_STATUS = {
    "rej": ["Not selected", "Not moving forward", "Closed - not selected", "Unsuccessful", "Declined"],
    "ack": ["Application received", "Submitted", "New"],
    "inv": ["Interview - please schedule", "Phone screen requested", "Interview invitation"],
    "off": ["Offer extended", "Offer"],
    "neg": ["In review", "Under consideration", "Screening", "Hiring manager review", "On hold", "Withdrawn"],
}


def _fill(s: str, ctx: dict) -> str:
    return s.format(**ctx)


def _feedback_block(rng: random.Random, style: str) -> tuple[list[str], list[str]]:
    topics = rng.sample(sorted(FEEDBACK), rng.choice([1, 1, 2, 2, 3]))
    items = [pick(rng, FEEDBACK[t]) for t in topics]
    praise = pick(rng, PRAISE) if rng.random() < 0.5 else ""
    if style == "terse" or rng.random() < 0.3:
        lines = ["Interviewer notes shared with candidates:"] + [f"- {i[0].upper()}{i[1:].rstrip('.')}." for i in items]
        return ([praise] if praise else []) + ["\n".join(lines)], topics
    intro = pick(rng, ["We'd like to share some feedback from the panel:", "Some feedback that we hope is useful:",
                       "The interviewers asked me to pass on a few points.", "A few areas the team highlighted:",
                       "To be transparent about the decision:", "Here is a short summary of the feedback:",
                       "You asked for feedback, so here it is:", "What held the application back:"])
    body = " ".join(f"{i[0].upper()}{i[1:].rstrip('.')}." for i in items)
    return [f"{praise} {intro} {body}".strip()], topics


def _one(rng: random.Random, ids: Counter, family: str, style: str, kind: str) -> dict:
    ven = pick(rng, [v for v in ATS if v["style"] == style] or ATS)
    plat = ven["name"]
    c = pick(rng, COMPANIES)
    r = pick(rng, ROLES)
    n, ln = person(rng)
    p1 = " ".join(person(rng))
    st = pick(rng, STAGES)
    ctx = {"c": c, "r": r, "n": n, "l": ln, "j": job_id(rng), "st": st, "p1": p1, "d": pick(rng, DATES),
           "pr": pick(rng, ["Engineering Lead", "Head of Data", "Recruiter", "Design Manager"]),
           "sal": pick(rng, SALARY), "code": str(rng.randint(100000, 999999))}
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    button = None
    paras: list[str] = []
    subj_override = ""
    base = kind
    if kind.startswith("rej"):
        base = "rej"
        labels = ["rejection"]
        post = kind == "rej_fb" or rng.random() < 0.3
        paras.append(_fill(pick(rng, REJECT_POST_INTERVIEW if post else REJECT), ctx))
        if kind == "rej_oc":
            outside = [pick(rng, sorted(OUTSIDE))]
            if rng.random() < 0.15:
                outside.append(pick(rng, [k for k in OUTSIDE if k not in outside]))
            reason = " ".join(pick(rng, OUTSIDE[o]) for o in outside)
            paras.insert(rng.randrange(2), reason) if rng.random() < 0.5 else paras.append(reason)
        if kind == "rej_fb":
            labels.append("feedback")
            block, topics = _feedback_block(rng, style)
            paras += block
        else:
            nf = pick(rng, NO_FEEDBACK)
            if nf:
                paras.append(nf)
        soft = _fill(pick(rng, SOFTEN), ctx)
        if soft:
            paras.append(soft)
    elif kind == "ack":
        labels = ["application_ack"]
        paras.append(_fill(pick(rng, ACK), ctx))
        paras.append(_fill(pick(rng, ACK_NEXT), ctx))
        if rng.random() < 0.4:
            button = pick(rng, ["View application", "Track your application", "Go to candidate home"])
    elif kind == "inv":
        labels = ["interview_invite"]
        paras.append(_fill(pick(rng, INVITE), ctx))
        how = _fill(pick(rng, INVITE_HOW), ctx)
        if how:
            paras.append(how)
        if rng.random() < 0.2:
            paras.insert(0, pick(rng, ["Apologies, the interviewer is no longer available at the time we booked.",
                                       "We need to move your interview, sorry for the short notice.",
                                       "Our panel's calendar changed, so we need to reschedule."]))
        button = pick(rng, ["Schedule interview", "Pick a time", "Choose your slot", "Book now", "See available times"])
    elif kind == "off":
        labels = ["offer"]
        paras.append(_fill(pick(rng, OFFER), ctx))
        d = _fill(pick(rng, OFFER_DETAIL), ctx)
        if d:
            paras.append(d)
        button = pick(rng, ["Review offer", "View and sign", "Open offer letter", "Accept or decline"])
    elif kind == "fb":
        base = "rej"
        labels = ["feedback"]
        paras.append(_fill(pick(rng, FB_ONLY_INTRO), ctx))
        block, topics = _feedback_block(rng, "friendly")
        paras += block
        paras.append(pick(rng, ["Good luck with the rest of your search.", "I hope this is useful.",
                                "Happy to jump on a call if you want to talk it through.", ""]))
        subj_override = pick(rng, ["Re: Feedback request", "Re: Your interview feedback", "Interview feedback - {r}",
                                   "Feedback from your {c} interviews", "Re: Update on your application"])
    else:
        pool, neg_subj = pick(rng, NEG_POOLS)
        paras.append(_fill(pick(rng, pool), ctx))
        subj_override = pick(rng, neg_subj)
        if pool in (PROFILE_NAG, PASSWORD, SURVEY, REMINDER):
            button = pick(rng, ["Continue", "Open portal", "Start survey", "Sign in", "View details"])
        if rng.random() < 0.3 and pool in (STATUS_NEUTRAL, WITHDRAW, THANKS_TODAY, ROLE_CLOSED_ALERT):
            paras.append(_fill(pick(rng, ACK_NEXT[6:] + SOFTEN[6:8]), ctx) or "")

    if style == "portal":
        status = pick(rng, PORTAL_STATUS[base])
        if base == "neg":  # a portal status ping only ever carries a status line
            paras = [_fill(pick(rng, WITHDRAW if status == "Withdrawn" else STATUS_NEUTRAL), ctx)]
            button = pick(rng, ["View status", "Open candidate portal", None])
        head = pick(rng, [f"The status of your application has changed.\n\nPosition: {r}\nRequisition: {ctx['j']}\nNew status: {status}",
                          f"Status update for {r} ({c})\nStatus: {status}",
                          f"{c} updated your application.\nJob: {r} - {pick(rng, CITIES)}\nCurrent stage: {status}",
                          f"Application: {r}\nEmployer: {c}\nStatus changed to: {status}"])
        if base in ("rej", "neg") and rng.random() < 0.5 and not topics:
            paras = paras[:0] if base == "rej" and not outside else paras[:1]
        paras.insert(0, head)
        subj = pick(rng, ["Your application status has changed", "Status update: {r}", "{c} updated your application",
                          "Application status changed", "Update in your candidate portal"])
    else:
        if style == "terse":
            subj_pool = NEUTRAL_SUBJ[:6] + SUBJ[base][:2]
        elif style == "friendly":
            subj_pool = NEUTRAL_SUBJ[2:9] + SUBJ[base]
        else:
            subj_pool = NEUTRAL_SUBJ[4:] + SUBJ[base][2:]
        subj = pick(rng, subj_pool)
        if subj_override and (kind == "fb" or rng.random() < 0.75):
            subj = subj_override
    if style == "enterprise":
        paras.insert(0, pick(rng, [f"Requisition: {ctx['j']} | {r} | {pick(rng, CITIES)}", f"Reference: {ctx['j']}",
                                   "", f"Position applied for: {r}"]))
    greet = "" if style == "terse" and rng.random() < 0.5 else pick(rng, GREET_EN).format(n=n, l=ln)
    sign = "" if style in ("terse", "portal") and rng.random() < 0.6 else pick(rng, SIGNOFF_EN).format(s=signer(rng, c))
    paras = [p for p in [greet] + paras + [sign] if p]
    text, html_body = render(rng, plat, c, paras, button=button)
    if kind == "fb" and rng.random() < 0.6:
        # a recruiter's reply quoting the candidate's request: the quote must not make it a feedback_request
        text += f"\n\nOn {ctx['d']}, {n} {ln} wrote:\n> " + pick(rng, CAND_ASK)
        html_body = None
    subject = _fill(subj, ctx)
    mentions = c in subject or c in text or c in (html_body or "")
    fname = display_name(rng, c, plat)
    company = c if (mentions or c in fname) else None
    if company is None:
        # make sure a company is named somewhere, like real ATS mail, unless it's a platform-only message
        fname = f"{c} via {plat}"
        company = c
    return record(ids, family, from_name=fname, from_addr=f"{pick(rng, ['no-reply', 'notifications', 'jobs', 'careers'])}@{ven['relay']}",
                  subject=subject, body_text=text, body_html=html_body, labels=labels, company=company,
                  topics=topics, outside=outside, rng=rng)


def generate(rng: random.Random) -> Iterable[dict]:
    ids = Counter(FAMILY_PREFIX)
    for family, style in FAMILIES:
        kinds = [k for k, n in PLAN[family].items() for _ in range(n)]
        rng.shuffle(kinds)
        for kind in kinds:
            yield _one(rng, ids, family, style, kind)
