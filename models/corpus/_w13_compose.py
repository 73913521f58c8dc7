"""Message kinds for the w13 generators: what one message means, before a voice dresses it.

Each kind function takes ``rng`` and a context dict (c company, r role, q requisition, f first name,
link, d date, t time) and returns a ``Msg``: subject, body paragraphs and the labels the paragraphs
deserve under spec/labels.md. Voices (in the gen modules) add greetings, signatures and footers
shared by labelled and unlabelled kinds alike, so wrappers never give the label away.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import importlib


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w13_kit")
L = _load("_w13_lines")


@dataclass
class Msg:
    subject: str
    paras: list[str]
    labels: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    company: str | None = None


def ctx_for(rng: random.Random, cand: dict, comp: str, kind: str) -> dict:
    return {
        "c": comp, "r": K.role(rng, kind), "q": K.req(rng), "f": cand["first"],
        "link": f"https://{rng.choice(['schedule', 'book', 'careers', 'apply'])}.{rng.choice(K.ATS_RELAYS)}/"
                f"{rng.choice(['s', 'i', 'c', 'events'])}/{rng.randint(10**7, 10**8):x}",
        "d": K.long_date(rng), "t": K.slot_time(rng), "n": str(rng.choice([3, 4, 5, 6, 25, 30, 40, 45])),
    }


def _f(rng: random.Random, seq, ctx: dict) -> str:
    return rng.choice(seq).format(**ctx)


def _subj(rng: random.Random, seq, ctx: dict) -> str:
    return rng.choice(seq).format(**ctx)


# --- labelled kinds --------------------------------------------------------------------------

def ack(rng: random.Random, ctx: dict) -> Msg:
    paras = [_f(rng, L.ACK_OPEN, ctx)]
    for s in rng.sample(L.ACK_NEXT, rng.randint(1, 3)):
        paras.append(s.format(**ctx))
    subj = _subj(rng, [
        "Thank you for applying to {c}", "We received your application - {r}", "Application Received: {r} ({q})",
        "{c} | Application Confirmation", "Your application to {c}", "Thanks for applying, {f}!",
        "Application submitted: {r}", "{r} - {q} - Application Acknowledgement", "Confirmation: {r} at {c}",
        "We've got your application", "Re: {r} application", "Thank you for your interest in {c}",
    ], ctx)
    return Msg(subj, paras, ["application_ack"], company=ctx["c"])


def rejection(rng: random.Random, ctx: dict, reasons: list[str] | None = None, strong: float = 0.3,
              policy: float = 0.15, short: bool = False) -> Msg:
    reasons = reasons or []
    if short:
        paras = [_f(rng, L.REJ_CORE_SHORT, ctx)]
    else:
        paras = [_f(rng, L.REJ_OPEN, ctx)]
        core = _f(rng, L.REJ_CORE, ctx)
        if "more closely match" in core and "closer_fit" not in reasons:
            # the classic disposition line states a closer-fit reason by itself
            closer = True
        else:
            closer = False
        if rng.random() < strong:
            core = rng.choice(L.MANY_STRONG) + " " + core
        paras.append(core)
    for rs in reasons:
        paras.insert(min(len(paras), 2), rng.choice(L.REASONS[rs]))
    if not short and closer:
        reasons = reasons + ["closer_fit"]
    if not short:
        if rng.random() < policy:
            paras.append(rng.choice(L.NO_FEEDBACK_POLICY))
        close = " ".join(x.format(**ctx) for x in rng.sample(L.REJ_CLOSE, rng.randint(1, 2)) if x)
        if close:
            paras.append(close)
    subj = _subj(rng, [
        "Your application for {r}", "Update on your application - {c}", "{c}: {r} ({q})",
        "Regarding your application to {c}", "Application Status Update", "Thank you for your interest in {c}",
        "{r} - Application Update", "Your candidacy with {c}", "Update regarding {q}", "Following up - {r}",
        "Status of your application", "An update from {c} Recruiting",
    ], ctx)
    return Msg(subj, paras, ["rejection"], outside=list(reasons), company=ctx["c"])


def feedback_paras(rng: random.Random, topics: list[str], praise: bool = True) -> list[str]:
    out = [rng.choice(L.FB_INTRO)]
    if praise:
        out.append(" ".join(rng.sample(L.FB_PRAISE, rng.randint(1, 2))))
    for t in topics:
        w = rng.choice(L.FB_WEAK[t])
        lead = rng.choice(L.FB_WEAK_LEADS)
        out.append(lead.format(w=w, W=w[0].upper() + w[1:]))
    c = rng.choice(L.FB_CLOSE)
    if c:
        out.append(c)
    return out


def pick_topics(rng: random.Random) -> list[str]:
    keys = list(L.FB_WEAK)
    return rng.sample(keys, rng.choices([1, 2, 3], [5, 4, 1])[0])


def rejection_feedback(rng: random.Random, ctx: dict, reasons: list[str] | None = None) -> Msg:
    m = rejection(rng, ctx, reasons, strong=0.1, policy=0.0)
    topics = pick_topics(rng) if rng.random() < 0.92 else []
    fb = feedback_paras(rng, topics, praise=rng.random() < 0.7 or not topics)
    pos = min(len(m.paras), 2 + len(reasons))
    m.paras[pos:pos] = fb
    m.labels = ["rejection", "feedback"]
    m.topics = topics
    if rng.random() < 0.4:
        m.subject = _subj(rng, ["Feedback from your interview - {r}", "Your interview with {c}",
                                "Following up on your interview", "{r}: outcome and feedback"], ctx)
    return m


def invite(rng: random.Random, ctx: dict, stage: str = "any") -> Msg:
    paras = [_f(rng, L.INV_OPEN, ctx)]
    if stage == "phone" or (stage == "any" and rng.random() < 0.5):
        paras += [x.format(**ctx) for x in rng.sample(L.INV_PHONE, 2)]
        subj_bank = ["Phone Screen Invitation - {r}", "Let's schedule a call: {r} at {c}",
                     "Next steps with {c}", "Interview Request: {r} ({q})", "Schedule your phone interview",
                     "{c} - quick chat about {r}?", "Action required: schedule your interview"]
    else:
        paras.append(_f(rng, L.INV_STAGE, ctx))
        paras.append(_f(rng, L.INV_SLOT, ctx))
        subj_bank = ["Interview Invitation: {r}", "{c} Interview - Next Round", "Invitation to interview | {q}",
                     "Next steps for {r}", "You're invited: {r} interview", "Final round interview - {c}"]
    if rng.random() < 0.6:
        paras.append(_f(rng, L.INV_CLOSE, ctx))
    return Msg(_subj(rng, subj_bank, ctx), paras, ["interview_invite"], company=ctx["c"])


def video_invite(rng: random.Random, ctx: dict) -> Msg:
    paras = [_f(rng, L.VIDEO_LINES, ctx),
             f"Start your interview: {ctx['link']}",
             rng.choice(["Tips: find a quiet, well-lit space and test your camera and microphone first.",
                         "You can retake the practice questions as many times as you like.",
                         "Need help? Visit our candidate support center, available 24/7.",
                         "Your responses will be reviewed by the hiring team at " + ctx["c"] + "."])]
    subj = _subj(rng, ["{c} has invited you to a video interview", "Action Required: Video Interview for {r}",
                       "Your on-demand interview with {c}", "Complete your digital interview - {r}",
                       "Invitation: record your interview for {c}"], ctx)
    return Msg(subj, paras, ["interview_invite"], company=ctx["c"])


def assessment_invite(rng: random.Random, ctx: dict) -> Msg:
    a = rng.choice(L.ASSESSMENTS)
    paras = [_f(rng, L.ASSESS_LINES, {**ctx, "a": a})]
    subj = _subj(rng, ["Next step: {a} for {r}", "{c} assessment invitation", "Complete your assessment - {q}",
                       "Action needed: {r} online assessment"], {**ctx, "a": a})
    return Msg(subj, paras, ["interview_invite"], company=ctx["c"])


def ack_with_assessment(rng: random.Random, ctx: dict) -> Msg:
    m = ack(rng, ctx)
    a = rng.choice(L.ASSESSMENTS)
    m.paras = m.paras[:1] + [
        rng.choice(["To keep your application moving, please complete the {a} below.",
                    "The next step for all applicants to this role is a short {a}.",
                    "Before a recruiter reviews your profile, we ask every applicant to complete a {a}."]).format(a=a),
        f"Begin here: {ctx['link']} (link expires in {rng.choice([3, 5, 7])} days)",
    ] + m.paras[1:2]
    m.labels = ["application_ack", "interview_invite"]
    return m


def reject_and_invite(rng: random.Random, ctx: dict, other_role: str) -> Msg:
    m = rejection(rng, ctx, strong=0.0, policy=0.0)
    m.paras = m.paras[:2] + [rng.choice([
        f"That said, the recruiter for our {other_role} opening reviewed your profile and would like to set up a "
        f"phone screen for that role. Please pick a time here: {ctx['link']}",
        f"However, we think you could be a great fit for {other_role}, and the hiring manager would like to "
        f"invite you to a 30-minute interview. Could you share your availability for next week?",
        f"Good news on another front: we'd like to invite you to interview for {other_role}, which just opened. "
        f"Use this link to choose a time: {ctx['link']}",
    ])] + m.paras[2:]
    m.labels = ["rejection", "interview_invite"]
    return m


def offer(rng: random.Random, ctx: dict, hourly: bool = False) -> Msg:
    fill = {**ctx, "s": f"{rng.randint(42, 185)},{rng.choice(['000', '500', '250'])}",
            "h": f"{rng.randint(14, 48)}.{rng.choice(['00', '25', '50', '75'])}", "b": str(rng.choice([5, 8, 10, 15])),
            "o": f"{rng.randint(2, 25)},000", "p": str(rng.choice([15, 18, 20, 25]))}
    paras = [_f(rng, L.OFFER_OPEN, fill)]
    terms = [t for t in L.OFFER_TERMS
             if not (("hourly" in t and not hourly) or (("salary" in t or "Compensation" in t) and hourly))]
    paras += [t.format(**fill) for t in rng.sample(terms, rng.randint(1, 3))]
    paras.append(rng.choice(L.OFFER_CLOSE))
    subj = _subj(rng, ["Your offer from {c}", "Offer Letter - {r}", "Action Required: Review and sign your offer",
                       "Congratulations from {c}!", "{c} - Offer of Employment", "Conditional Offer: {r} ({q})",
                       "Offer for {r} - please review by {d}"], fill)
    return Msg(subj, paras, ["offer"], company=ctx["c"])


# --- unlabelled kinds (look-alikes) ----------------------------------------------------------

def status_login(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "There has been an update to your application for {r}. Please log in to your candidate account to view it.",
        "The status of your application for {r} ({q}) has changed. Sign in to the careers portal for details.",
        "A new update is available on your {c} candidate home page.",
        "Your application for {r} has a new status. To view it, visit your profile.",
    ]).format(**ctx), f"View status: https://careers.{K.domain(ctx['c'], rng)}/candidate/home"]
    subj = _subj(rng, ["Your application status has changed", "Application update available - {c}",
                       "There's an update on your application", "{c}: status change for {q}"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def under_review(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "We wanted to let you know that your application for {r} is still under review.",
        "Your application remains active and is currently being reviewed by the hiring team.",
        "Quick update: we're still reviewing candidates for {r} and have not made any decisions yet.",
        "Thank you for your patience. The hiring process for {r} is taking longer than expected, and your "
        "application is still in consideration.",
        "No decision has been made on requisition {q} yet; we expect to have an update in the coming weeks.",
    ]).format(**ctx)]
    if rng.random() < 0.5:
        paras.append(rng.choice(L.ACK_NEXT).format(**ctx))
    subj = _subj(rng, ["Update on your application for {r}", "Application status: In Review",
                       "Still reviewing - {c}", "Your {c} application", "Status of your application"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def incomplete(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "You started an application for {r} but haven't submitted it yet.",
        "Your candidate profile is only 60% complete. Profiles with work history and skills are more likely to "
        "be noticed by recruiters.",
        "We noticed your application for {r} is incomplete. Finish it before the posting closes.",
        "Don't forget to upload your resume and finish the voluntary self-identification questions.",
    ]).format(**ctx), f"Continue where you left off: {ctx['link']}"]
    subj = _subj(rng, ["Finish your application for {r}", "Complete your profile", "You're almost done!",
                       "Reminder: your application is not yet submitted"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def reminder_scheduled(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "This is a reminder of your upcoming interview for {r} on {d} at {t}.",
        "Just a friendly reminder that your phone screen with {c} is scheduled for tomorrow at {t}.",
        "Your interview is coming up: {d}, {t}. Dial-in details are below.",
        "Reminder: you are scheduled to meet with the hiring team on {d} at {t}.",
    ]).format(**ctx), rng.choice([
        "Please arrive 10 minutes early and bring a government-issued photo ID.",
        "Join link: {link}",
        "If you need to reschedule, reply to this message at least 24 hours in advance.",
        "Parking is available in Garage B; check in at the main lobby.",
    ]).format(**ctx)]
    subj = _subj(rng, ["Reminder: Interview tomorrow - {r}", "Upcoming interview with {c}",
                       "Reminder: {d} at {t}", "Don't forget: your {c} interview"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def confirmed(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "Your interview has been confirmed for {d} at {t}.",
        "Thanks for selecting a time! Your phone screen for {r} is booked for {d}, {t}.",
        "You're all set. We've added your interview to the hiring manager's calendar: {d} at {t}.",
        "Booking confirmed: {r} interview, {d} at {t}. A calendar invite is attached.",
    ]).format(**ctx)]
    subj = _subj(rng, ["Interview Confirmed: {r}", "Booking confirmation - {c}", "You're scheduled!",
                       "Confirmed: {d} at {t}"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def thanks_today(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "Thank you for taking the time to interview with us today for {r}.",
        "It was great speaking with you this afternoon. Thanks for your time!",
        "Thanks for coming in today and meeting the team.",
        "We appreciate you joining us for today's interview.",
    ]).format(**ctx), rng.choice([
        "We are still meeting with candidates and expect to have an update by the end of next week.",
        "The team will regroup and we'll be in touch about next steps soon.",
        "We'll be wrapping up interviews over the next few days and will follow up either way.",
        "If you think of any questions in the meantime, don't hesitate to reach out.",
    ])]
    subj = _subj(rng, ["Thank you for interviewing with {c}", "Thanks for your time today",
                       "Re: Interview today", "Great meeting you - {r}"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def assessment_done(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "Thank you for completing your assessment for {r}. Your responses have been submitted to the hiring team.",
        "We've received your video interview responses. The hiring team will review them soon.",
        "Your online assessment has been submitted successfully. No further action is needed.",
    ]).format(**ctx)]
    subj = _subj(rng, ["Assessment submitted - {c}", "Thank you for completing your interview",
                       "We received your responses"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def assessment_nudge(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "You started your video interview for {r} but haven't finished it. Your link expires in 24 hours.",
        "Reminder: your assessment for {c} is still incomplete. Pick up where you left off.",
        "Just a reminder that your digital interview is due {d}. You have 2 questions remaining.",
    ]).format(**ctx), f"Resume: {ctx['link']}"]
    subj = _subj(rng, ["Reminder: finish your video interview", "Your assessment expires soon",
                       "Don't forget to complete your {c} interview"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def onboarding(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "Welcome to {c}! Now that you've accepted your offer, please complete your new hire paperwork, including "
        "Form I-9 and direct deposit, before your first day on {d}.",
        "As part of your conditional offer, {c} has requested a background check. Please complete the "
        "authorization form within 3 business days.",
        "Your drug screen has been scheduled. Bring this donor pass and a photo ID to any participating "
        "collection site within 48 hours.",
        "Your background screening is complete and has been sent to {c}.",
        "Congratulations on your new role! Your first day orientation is on {d} at {t}. Please bring two forms "
        "of identification for the I-9.",
        "Please sign the remaining onboarding documents (handbook acknowledgement, code of conduct) in the "
        "new hire portal.",
        "Your signed offer letter has been received. Our onboarding team will contact you about next steps.",
    ]).format(**ctx)]
    if rng.random() < 0.5:
        paras.append(rng.choice([
            "Questions? Contact the HR Service Center.",
            "Do not reply to this email. For help, call Candidate Support.",
            "Failure to complete these steps may delay your start date.",
        ]))
    subj = _subj(rng, ["Action required: New hire paperwork", "Background check authorization - {c}",
                       "Your drug screen donor pass", "Screening complete", "Welcome to {c}! Next steps",
                       "Orientation details for {d}", "Onboarding tasks due", "Offer accepted - what's next"], ctx)
    return Msg(subj, paras, [], company=ctx["c"])


def cant_share(rng: random.Random, ctx: dict) -> Msg:
    paras = [rng.choice([
        "Thanks for reaching out and for your interest in understanding our decision.",
        "I appreciate you following up.",
        "Thank you for your note.",
    ]), rng.choice(L.NO_FEEDBACK_POLICY) + " " + rng.choice([
        "We had many strong candidates for this role.", "I know that's not the answer you were hoping for.",
        "I'm sorry I can't be more helpful here.", "",
    ]), rng.choice(L.REJ_CLOSE).format(**ctx)]
    return Msg("Re: " + _subj(rng, ["Your application for {r}", "Feedback request", "{r} - feedback?",
                                    "Following up on my interview"], ctx), [p for p in paras if p], [],
               company=ctx["c"])
