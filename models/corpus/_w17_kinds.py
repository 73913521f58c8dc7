"""Writer w17: one builder per message kind; each returns a ``Mail`` with its labels.

Builders share openers, headings, fact tables, progress widgets and job lists so that the
template never gives the label away: only the deciding sentence does.
"""

from __future__ import annotations

import random

import _w17_text as T
from _w17_bank import ROLES, CITIES, COMPANIES
from _w17_html import Mail

GEN_HEAD = ["Application update", "An update on your application", "Your application", "{role}",
            "Message from {coname}", "Regarding your application", "{role} · {req}", "Candidate update", ""]


def P(rng: random.Random, bank: list[str], ctx: dict) -> str:
    return rng.choice(bank).format(**ctx)


def S(rng: random.Random, bank: list[str], ctx: dict) -> str:
    """A subject line with occasional real-world prefixes."""
    s = rng.choice(bank).format(**ctx)
    r = rng.random()
    if r < 0.05:
        s = "[External] " + s
    elif r < 0.08:
        s = "[EXT] " + s
    return s


def heading(rng: random.Random, ctx: dict, own: list[str] | None = None) -> str:
    if own and rng.random() < 0.5:
        return P(rng, own, ctx)
    return P(rng, GEN_HEAD, ctx)


def facts(rng: random.Random, ctx: dict) -> tuple:
    rows = [("Position", ctx["role"])]
    if rng.random() < 0.7:
        rows.append(("Location", ctx["city"]))
    if rng.random() < 0.6:
        rows.append((rng.choice(["Reference", "Requisition"] + ([] if ctx["req"].startswith("Job ID") else ["Job ID"])), ctx["req"]))
    if rng.random() < 0.4:
        rows.append(("Applied on", ctx["date2"]))
    return ("facts", rows)


def steps(rng: random.Random, at: int) -> tuple:
    names = rng.choice([["Applied", "In review", "Interview", "Decision"],
                        ["Submitted", "Screening", "Interviews", "Offer"],
                        ["Application", "Review", "Assessment", "Interview", "Outcome"]])
    at = min(at, len(names) - 1)
    return ("steps", [(n, "done" if i < at else "now" if i == at else "todo") for i, n in enumerate(names)])


def jobs(rng: random.Random, p, n: int | None = None, same_co: str | None = None) -> tuple:
    from _w17_html import url
    out = []
    for _ in range(n or rng.randint(2, 5)):
        co = same_co or rng.choice(COMPANIES)[0]
        out.append((rng.choice(ROLES), co, rng.choice(CITIES), url(p, rng, "job")))
    return ("jobs", out)


def btn(rng: random.Random, p, labels: list[str], kind: str) -> tuple:
    from _w17_html import url
    return ("btn", rng.choice(labels), url(p, rng, kind))


def maybe(rng: random.Random, prob: float, bank: list[str], ctx: dict) -> list[tuple]:
    return [("p", P(rng, bank, ctx))] if rng.random() < prob else []


def shuffle_mid(rng: random.Random, blocks: list) -> list:
    return blocks


# ------------------------------------------------------------------ subjects
SUBJ_GENERIC = ["Your application to {coname}", "{coname}: {role}", "Update on your {role} application",
                "{role} ({req})", "Your {coname} application", "Application update – {role}",
                "Re: {role} at {coname}", "Important information about your application", "{coname} | {role}",
                "Following up: {role}", "Your candidacy at {coname}"]
SUBJ = {
    "ack": ["Thanks for applying to {coname}!", "Application received: {role}", "We've received your application – {role}",
            "{coname} – confirmation of application ({req})", "✅ Application submitted: {role}", "Your application for {role} at {coname}",
            "Thank you for your application", "Confirmation: {role}, {city}", "We got it! Your {coname} application"],
    "invite": ["Interview invitation: {role} at {coname}", "Next steps with {coname}", "Let's talk! {role}",
               "Schedule your interview – {role}", "{coname}: invitation to interview ({req})", "Action required: book your interview",
               "📅 Pick a time to chat with {coname}", "Invitation: {role} – first interview", "Moving forward with your application"],
    "assess": ["Your {coname} assessment is ready", "Action required: complete your online assessment", "{coname} coding challenge – {role}",
               "Invitation to complete a video interview", "Next step: skills assessment for {role}", "Assessment invitation ({req})"],
    "resched": ["Rescheduling your interview with {coname}", "Action needed: new time for your {role} interview", "Change to your interview – {role}",
                "Re: Interview for {role} – need to move"],
    "reject": ["Your application to {coname}", "Update regarding your application", "{role} – application outcome",
               "Thank you for your interest in {coname}", "Your {role} application", "An update from {coname}", "{coname} | Application status",
               "Re: {role} ({req})", "Regarding your candidacy"],
    "offer": ["Your offer from {coname} 🎉", "Offer of employment – {role}", "Congratulations, {first}!", "{coname}: your offer letter",
              "Welcome to {coname} (offer enclosed)", "Offer – {role} ({req})", "Please review: {role} offer"],
    "status": ["Your application status: In review", "Application update – {role}", "Still reviewing: {role}", "Where things stand with your {coname} application",
               "Status: {role} ({req})"],
    "incomplete": ["Finish your application for {role}", "Your application is incomplete", "Don't forget to submit – {role}", "You're almost there, {first}!"],
    "profile": ["Complete your profile to stand out", "Your profile is 60% complete", "Add your skills to get noticed"],
    "survey": ["How was your interview with {coname}?", "Tell us about your candidate experience", "2-minute survey: your {coname} interview",
               "We'd value your feedback"],
    "remind": ["Reminder: interview tomorrow – {role}", "Your interview with {coname} is tomorrow", "⏰ Upcoming: {role} interview", "Reminder: {role} interview on {date}"],
    "confirm": ["Confirmed: {role} interview on {date}", "Interview booked ✔", "Your interview is scheduled", "Booking confirmation – {coname}"],
    "thanks": ["Thank you for interviewing with {coname}", "Thanks for your time today", "Great to meet you, {first}"],
    "privacy": ["We've updated our candidate privacy notice", "Changes to our privacy policy", "Important: how we use your data"],
    "delete": ["Your candidate account will be deleted", "Action may be required: data retention", "Keep your {coname} profile?"],
    "reset": ["Reset your password", "Your verification code", "Password reset request"],
    "viewed": ["A recruiter viewed your profile", "{coname} looked at your profile 👀", "You appeared in 14 searches this week"],
    "event": ["You're invited: {coname} open evening", "Join us at the {city} careers fair", "Webinar: acing the technical interview",
              "Meet the team – live Q&A", "RSVP: {coname} hiring meetup"],
    "newsletter": ["The {coname} Talent Digest – {month}", "Careers newsletter: interviews, offers & more", "This month at {coname}",
                   "Your talent community update"],
    "alerts": ["{n} new jobs for you", "New: {role} and more", "Jobs picked for you this week", "Recommended: {role} at {coname}"],
    "withdraw": ["Application withdrawn – {role}", "Confirmation: you withdrew your application", "We've received your withdrawal"],
    "closed": ["This job is no longer available", "Saved job closed: {role}", "Update on a job you saved"],
    "panel": ["Interview scheduled: {cand} for {role}", "Scorecard due: {cand}", "You've been added to an interview panel", "Action required: interviewer feedback"],
    "submitted": ["Assessment submitted", "We've received your responses", "Thanks for completing your assessment"],
    "assess_remind": ["Reminder: finish your assessment", "Your assessment expires soon", "Don't forget your {coname} challenge"],
    "msg": ["Re: Feedback on my application", "Re: {role} – feedback", "RE: Interview feedback request", "New message from {rec} ({coname})",
            "Re: Thank you / feedback"],
}


def subj(rng: random.Random, key: str, ctx: dict) -> str:
    bank = SUBJ[key] + (SUBJ_GENERIC if key in ("reject", "status", "offer", "ack", "invite") and rng.random() < 0.35 else [])
    return S(rng, bank, ctx)


# ------------------------------------------------------------------ helpers for decisions

def rejection_blocks(rng: random.Random, ctx: dict, oc: list[str]) -> list:
    out = []
    core = P(rng, T.REJ_CORE, ctx)
    reasons = [P(rng, T.REASON[r], ctx) for r in oc]
    soft = maybe(rng, 0.4, T.REJ_SOFT, ctx)
    if rng.random() < 0.5:
        out.append(("p", " ".join([core] + reasons)))
    else:
        out.append(("p", core))
        out += [("p", r) for r in reasons]
    out = soft + out if rng.random() < 0.4 else out + soft
    return out


def choose_oc(rng: random.Random, prob: float = 0.5) -> list[str]:
    if rng.random() > prob:
        return []
    keys = list(T.REASON)
    first = rng.choice(keys)
    if rng.random() < 0.12:
        pair = rng.choice([["role_filled", "closer_fit"], ["closer_fit", "level_mismatch"], ["budget_freeze", "role_cancelled"]])
        return pair if rng.random() < 0.5 else pair[::-1]
    return [first]


def feedback_text(rng: random.Random, ctx: dict, n: int | None = None) -> tuple[str, list[str]]:
    topics = rng.sample(list(T.WEAK), n or rng.choice([1, 1, 2, 2, 3]))
    lines = []
    if rng.random() < 0.65:
        lines.append(P(rng, T.PRAISE, ctx))
    for t in topics:
        lines.append(P(rng, T.WEAK[t], ctx))
    if rng.random() < 0.3 and len(lines) > 1:
        rng.shuffle(lines)
    out = P(rng, T.FEEDBACK_OUTRO, ctx)
    if out:
        lines.append(out)
    return " ".join(lines) if rng.random() < 0.5 else "\n".join(lines), sorted(topics)


# ------------------------------------------------------------------ builders: positives

def b_ack(rng, ctx, p):
    bl = maybe(rng, 0.5, T.OPEN_THANKS, ctx) + [("p", P(rng, T.ACK_CORE, ctx))]
    if rng.random() < 0.5:
        bl.append(facts(rng, ctx))
    bl += [("p", P(rng, T.ACK_NEXT, ctx))] + maybe(rng, 0.5, T.ACK_NEXT, ctx)
    if rng.random() < 0.35:
        bl.append(steps(rng, 1))
    if rng.random() < 0.4:
        bl.append(btn(rng, p, ["View application", "Track your application", "Go to candidate portal", "See application status"], "app"))
    if rng.random() < 0.2:
        bl += [("p", "While you wait, here are other roles you might like:"), jobs(rng, p, 3, ctx["coname"])]
    bl += maybe(rng, 0.3, T.CLOSE_WARM, ctx)
    return Mail(subj(rng, "ack", ctx), preheader=P(rng, ["We've got your application.", "Thanks for applying!", "Application confirmation", ""], ctx),
                heading=heading(rng, ctx, ["Application received", "Thanks for applying!", "You're in the queue"]), blocks=bl,
                labels=["application_ack"])


def b_ack_assess(rng, ctx, p):
    m = b_ack(rng, ctx, p)
    m.blocks = [b for b in m.blocks if b[0] != "btn"]
    insert = [("p", P(rng, T.ASSESS_CORE, ctx)), ("p", P(rng, T.ASSESS_DETAIL, ctx)),
              btn(rng, p, ["Start assessment", "Begin now", "Take the assessment", "Record your interview"], "assess")]
    core_at = next(i for i, b in enumerate(m.blocks) if b[0] == "p" and any(b[1] == x.format(**ctx) for x in T.ACK_CORE))
    m.blocks = [b for b in m.blocks if not (b[0] == "p" and b[1] in [x.format(**ctx) for x in T.CLOSE_WARM])]
    pos = rng.randint(core_at + 1, min(core_at + 3, len(m.blocks)))
    m.blocks[pos:pos] = insert
    m.labels = ["application_ack", "interview_invite"]
    m.subject = S(rng, ["Application received – next step: assessment", "Thanks for applying! Your next step", "{coname}: application received + online test",
                        "Action required: {role} assessment"] + SUBJ["ack"][:4], ctx)
    return m


def b_invite(rng, ctx, p):
    ctx = dict(ctx, step=P(rng, T.STEP_KIND, ctx))
    bl = maybe(rng, 0.5, T.OPEN_THANKS, ctx) + [("p", P(rng, T.INVITE_CORE, ctx))]
    if rng.random() < 0.4:
        bl.append(facts(rng, ctx))
    bl.append(("p", P(rng, T.INVITE_SCHED, ctx)))
    bl.append(btn(rng, p, ["Schedule your interview", "Choose a time", "Book a slot", "Pick a time", "See available times"], "schedule"))
    bl += maybe(rng, 0.5, T.INVITE_PREP, ctx) + maybe(rng, 0.3, T.CLOSE_WARM, ctx)
    if rng.random() < 0.25:
        bl.insert(0, steps(rng, 2))
    return Mail(subj(rng, "invite", ctx), preheader=P(rng, ["Choose a time that suits you", "Next steps inside", "", "We'd like to meet you"], ctx),
                heading=heading(rng, ctx, ["Let's set up a conversation", "You're invited to interview", "Next step: interview"]), blocks=bl,
                labels=["interview_invite"])


def b_assess(rng, ctx, p):
    bl = maybe(rng, 0.5, T.OPEN_THANKS, ctx) + [("p", P(rng, T.ASSESS_CORE, ctx))]
    bl += [("p", P(rng, T.ASSESS_DETAIL, ctx))] + maybe(rng, 0.5, T.ASSESS_DETAIL, ctx)
    bl.append(btn(rng, p, ["Start assessment", "Begin your challenge", "Open the test", "Start recording", "Accept invitation"], "assess"))
    if rng.random() < 0.4:
        bl.append(("facts", [("Assessment", rng.choice(["Coding challenge", "Video interview", "Reasoning test", "Take-home exercise"])),
                              ("Duration", rng.choice(["45 min", "60 min", "90 min", "up to 3 hours"])), ("Expires", ctx["date"])]))
    bl += maybe(rng, 0.3, T.CLOSE_WARM, ctx)
    return Mail(subj(rng, "assess", ctx), preheader=P(rng, ["Your invitation expires on {date}", "", "Complete at your own pace"], ctx),
                heading=heading(rng, ctx, ["Your assessment invitation", "Ready when you are", "Complete your assessment"]), blocks=bl,
                labels=["interview_invite"])


def b_resched(rng, ctx, p):
    bl = [("p", P(rng, T.RESCHED_CORE, ctx)), ("p", P(rng, T.INVITE_SCHED, ctx)),
          btn(rng, p, ["Choose a new time", "Reschedule", "Pick another slot"], "resched")]
    bl += maybe(rng, 0.5, ["Apologies for the inconvenience.", "Sorry for the short notice.", "We appreciate your flexibility."], ctx)
    return Mail(subj(rng, "resched", ctx), heading=heading(rng, ctx, ["Your interview needs a new time"]), blocks=bl,
                labels=["interview_invite"])


def b_reject(rng, ctx, p, oc_prob=0.5):
    oc = choose_oc(rng, oc_prob)
    bl = maybe(rng, 0.75, T.OPEN_THANKS, ctx)
    if rng.random() < 0.2:
        bl.append(facts(rng, ctx))
    bl += rejection_blocks(rng, ctx, oc)
    bl += maybe(rng, 0.5, T.KEEP_ON_FILE, ctx) + maybe(rng, 0.7, T.CLOSE_WARM, ctx)
    if rng.random() < 0.2:
        bl += [("p", rng.choice(["Roles you may be interested in:", "Other openings at {coname}:".format(**ctx)])), jobs(rng, p, 3, ctx["coname"] if rng.random() < 0.5 else None)]
    if rng.random() < 0.2:
        bl.append(btn(rng, p, ["View open positions", "Browse jobs", "Join our talent community"], "jobs"))
    return Mail(subj(rng, "reject", ctx), preheader=P(rng, ["An update on your application", "", "Thank you for your interest", "Regarding {role}"], ctx),
                heading=heading(rng, ctx), blocks=bl, labels=["rejection"], oc=oc)


def b_reject_fb(rng, ctx, p):
    m = b_reject(rng, ctx, p, 0.3)
    text, topics = feedback_text(rng, ctx)
    blk = ("note", P(rng, T.FEEDBACK_INTRO, ctx), text) if rng.random() < 0.6 else ("p", P(rng, T.FEEDBACK_INTRO, ctx) + " " + text.replace("\n", " "))
    pos = next((i for i, b in enumerate(m.blocks) if b[0] == "p" and b[1] in T.REJ_SOFT), None)
    idx = min(len(m.blocks), 1 + sum(1 for b in m.blocks[:3] if b[0] == "p"))
    m.blocks = [b for i, b in enumerate(m.blocks) if not (b[0] == "p" and "feedback" in b[1].lower())]
    m.blocks.insert(min(idx, len(m.blocks)), blk)
    m.labels, m.topics = ["rejection", "feedback"], topics
    if rng.random() < 0.3:
        m.subject = S(rng, ["Your interview feedback – {coname}", "Outcome and feedback: {role}", "Feedback on your {role} interview"], ctx)
    return m


def b_reject_invite(rng, ctx, p):
    oc = choose_oc(rng, 0.5)
    ctx2 = dict(ctx, step=P(rng, T.STEP_KIND, ctx))
    bl = maybe(rng, 0.6, T.OPEN_THANKS, ctx) + rejection_blocks(rng, ctx, oc)
    bl.append(("p", rng.choice([
        "That said, our {role2} team saw your profile and would like to invite you to {step}.",
        "However, we think you could be a great match for our {role2} opening, and we'd like to set up {step}.",
        "The good news: the hiring manager for {role2} would like to speak with you. Would you be open to {step}?",
        "We'd still love to keep talking — please book {step} for the {role2} position.",
    ]).format(**ctx2)))
    bl.append(btn(rng, p, ["Book a call", "Schedule for " + ctx["role2"], "Choose a time"], "schedule"))
    bl += maybe(rng, 0.5, T.CLOSE_WARM, ctx)
    return Mail(S(rng, ["Your application – and another opportunity", "{coname}: {role} update + {role2}", "An update, and an invitation"] + SUBJ["reject"][:3], ctx),
                heading=heading(rng, ctx), blocks=bl, labels=["rejection", "interview_invite"], oc=oc)


def b_cancel_filled(rng, ctx, p):
    oc = [rng.choice(["role_filled", "role_filled", "role_cancelled", "budget_freeze"])]
    bl = [("p", P(rng, T.CANCEL_INTERVIEW, ctx)), ("p", P(rng, T.REASON[oc[0]], ctx)),
          ("p", rng.choice(["As a result we won't be continuing with your application.", "This means we are closing all applications for this role, including yours.",
                            "We're therefore unable to take your application further.", "Unfortunately this ends the process for this position."]))]
    bl += maybe(rng, 0.6, T.KEEP_ON_FILE, ctx) + maybe(rng, 0.5, T.CLOSE_WARM, ctx)
    return Mail(S(rng, ["Cancelled: {role} interview", "Interview cancelled – {coname}", "Update: {role} ({req})", "Important update about your interview"], ctx),
                heading=heading(rng, ctx, ["Interview cancelled"]), blocks=bl, labels=["rejection"], oc=oc)


def b_fb_only(rng, ctx, p):
    text, topics = feedback_text(rng, ctx, rng.choice([1, 2]))
    bl = [("p", P(rng, T.THANKS_TODAY + ["Thanks for completing the {role} technical round."], ctx)),
          ("note", P(rng, T.FEEDBACK_INTRO, ctx), text)]
    labels = ["feedback"]
    if rng.random() < 0.4:
        ctx2 = dict(ctx, step=P(rng, T.STEP_KIND, ctx))
        bl.append(("p", "Overall the panel would like to move you forward, so we'd like to invite you to {step}.".format(**ctx2)))
        bl.append(btn(rng, p, ["Choose a time", "Book the next round"], "schedule"))
        labels.append("interview_invite")
    else:
        bl.append(("p", P(rng, T.WAIT_NEXT, ctx)))
    return Mail(S(rng, ["Feedback from your {role} interview", "Interview notes – {coname}", "Your feedback summary", "Scorecard summary: {role}"], ctx),
                heading=heading(rng, ctx, ["Your interview feedback"]), blocks=bl, labels=labels, topics=topics)


def b_offer(rng, ctx, p):
    bl = [("p", P(rng, T.OFFER_CORE, ctx))] + [("p", P(rng, T.OFFER_DETAIL, ctx))] + maybe(rng, 0.6, T.OFFER_DETAIL, ctx)
    if rng.random() < 0.5:
        bl.append(("facts", [("Role", ctx["role"]), ("Start date", ctx["date"]), ("Salary", ctx["salary"]), ("Respond by", ctx["date2"])]))
    bl.append(btn(rng, p, ["View your offer", "Review & sign", "Accept offer", "Open offer letter"], "offer"))
    bl += maybe(rng, 0.6, ["We can't wait to have you on the team!", "Everyone you met is excited about the prospect of working with you.",
                           "Let us know if you'd like to talk anything through before deciding."], ctx)
    return Mail(subj(rng, "offer", ctx), preheader=P(rng, ["Congratulations!", "Your offer is ready", ""], ctx),
                heading=heading(rng, ctx, ["Congratulations!", "Your offer", "Welcome aboard (almost)!"]), blocks=bl, labels=["offer"])


QUOTED_REQ = [
    "Thank you for letting me know. Would you be able to share any feedback on my interview? It would really help me improve.",
    "I'm disappointed but grateful for the opportunity. If possible, could you tell me where I fell short?",
    "Could you pass on any notes from the panel? I'd appreciate knowing what to work on.",
]


def b_msg(rng, ctx, p, give: bool):
    if give:
        text, topics = feedback_text(rng, ctx)
        new = [("p", rng.choice(["Thanks for asking — happy to share what the panel said.", "Of course. Here's a summary of the interviewers' notes.",
                                 "Thanks for your message. I checked with the hiring manager:"])), ("p", text)]
        labels = ["feedback"]
    else:
        topics = []
        new = [("p", P(rng, T.NOFEEDBACK_CORE, ctx))] + maybe(rng, 0.6, T.CLOSE_WARM, ctx)
        labels = []
    quote = rng.choice(QUOTED_REQ)
    qhead = "On {date2}, {first} {last} wrote:".format(**ctx)
    new.append(("p", "—\n" + qhead + "\n> " + quote.replace(". ", ".\n> ")))
    return Mail(subj(rng, "msg", ctx), heading="", blocks=new, labels=labels, topics=topics)


# ------------------------------------------------------------------ builders: negatives

NOT_APP = {"newsletter", "event", "alerts", "privacy", "delete", "reset", "viewed", "profile", "panel", "closed"}
NEUTRAL_CLOSE = ["Questions? Our help centre is open 24/7.", "Thanks for being part of our community.", "See you soon!",
                 "Have a great week.", "We're here if you need anything.", "You can change how often you hear from us in your settings."]


def _neg(rng, ctx, key, core, extra=None, head=None, button=None, prob2=0.4, labels=None):
    app = key not in NOT_APP
    bl = (maybe(rng, 0.35, T.OPEN_THANKS, ctx) if app else []) + [("p", P(rng, core, ctx))] + maybe(rng, prob2, core, ctx)
    if extra:
        bl += extra
    if button:
        bl.append(btn(rng, ctx["_p"], button, key))
    bl += maybe(rng, 0.4, T.CLOSE_WARM if app else NEUTRAL_CLOSE, ctx)
    # remove accidental duplicates
    seen, out = set(), []
    for b in bl:
        k = (b[0], str(b[1]))
        if k not in seen:
            seen.add(k)
            out.append(b)
    return Mail(subj(rng, key, ctx), preheader=P(rng, ["", "An update from {coname}", "Quick note"], ctx),
                heading=heading(rng, ctx, head) if app else (P(rng, head, ctx) if head and rng.random() < 0.6 else ""), blocks=out, labels=labels or [])


def b_status(rng, ctx, p):
    return _neg(rng, ctx, "status", T.STATUS_CORE, [steps(rng, 1)] if rng.random() < 0.6 else [facts(rng, ctx)],
                button=["View application", "Check status"], prob2=0.3)


def b_incomplete(rng, ctx, p):
    return _neg(rng, ctx, "incomplete", T.INCOMPLETE_CORE, button=["Finish application", "Continue where you left off"], head=["Almost there"])


def b_profile(rng, ctx, p):
    return _neg(rng, ctx, "profile", T.PROFILE_CORE, button=["Complete profile", "Update profile"])


def b_survey(rng, ctx, p):
    ex = [("p", "On a scale of 0–10, how likely are you to recommend our hiring process to a friend?"),
          ("p", "  ".join(str(i) for i in range(11)))] if rng.random() < 0.5 else []
    return _neg(rng, ctx, "survey", T.SURVEY_CORE, ex, button=["Take the survey", "Share feedback", "Rate your experience"])


def b_remind(rng, ctx, p):
    return _neg(rng, ctx, "remind", T.REMIND_CORE, [("facts", [("When", f"{ctx['date']}, {ctx['time']}"), ("Where", rng.choice(["Zoom (link in calendar invite)", "Microsoft Teams", ctx["city"] + " office, reception"])), ("With", ctx["rec"])])],
                button=["Add to calendar", "Join meeting", "View details"], prob2=0.2)


def b_confirm(rng, ctx, p):
    return _neg(rng, ctx, "confirm", T.CONFIRM_CORE, [("facts", [("Date", ctx["date"]), ("Time", ctx["time"]), ("Interviewer", ctx["rec"])])],
                button=["Add to calendar", "Manage booking"], prob2=0.2, head=["You're all set", "Booking confirmed"])


def b_thanks(rng, ctx, p):
    return _neg(rng, ctx, "thanks", T.THANKS_TODAY, [("p", P(rng, T.WAIT_NEXT, ctx))], prob2=0.0)


def b_privacy(rng, ctx, p):
    return _neg(rng, ctx, "privacy", T.PRIVACY_CORE, [("list", ["What data we collect", "How long we keep it", "Your rights, including deletion"])],
                button=["Read the notice"])


def b_delete(rng, ctx, p):
    return _neg(rng, ctx, "delete", T.DELETE_CORE, button=["Keep my profile", "Log in"])


def b_reset(rng, ctx, p):
    m = _neg(rng, dict(ctx), "reset", T.RESET_CORE, button=["Reset password"], prob2=0.8)
    m.blocks = [b for b in m.blocks if not (b[0] == "p" and b[1] in [x.format(**ctx) for x in T.OPEN_THANKS + T.CLOSE_WARM])]
    return m


def b_viewed(rng, ctx, p):
    return _neg(rng, ctx, "viewed", T.VIEWED_CORE, button=["See who viewed you", "View profile insights"])


EVENT_SUBJ = {
    "open evening": ["You're invited: {coname} open evening", "Meet our engineers – virtual open evening"],
    "careers fair": ["Join us at the {city} careers fair", "See you at the careers fair? 👋"],
    "webinar": ["Webinar: acing the technical interview", "Free webinar – how to prepare for interviews at {coname}"],
    "information session": ["Graduate information session – {date}", "Save the date: {coname} graduate info session"],
    "meetup": ["RSVP: {coname} hiring meetup", "Drinks & demos: {coname} meetup in {city}"],
    "Q&A": ["Meet the team – live Q&A", "Ask our hiring managers anything (live)"],
    "workshop": ["Free CV workshop for talent community members", "Workshop: what recruiters look for"],
    "breakfast": ["Invitation: Women in Engineering breakfast", "Join us for breakfast, {first}"],
    "tech fair": ["Find us at the {city} tech fair", "Come say hi at the tech fair"],
    "live stream": ["Live now: a day on the {role} team", "Tune in: life at {coname}"],
}


def b_event(rng, ctx, p):
    key = rng.choice(list(EVENT_SUBJ))
    core = [c for c in T.EVENT_CORE if key.lower() in c.lower()] or T.EVENT_CORE
    m = _neg(rng, ctx, "event", core, [("facts", [("When", f"{ctx['date']}, {ctx['time']}"), ("Where", rng.choice(["Online", ctx["city"], "Hybrid"]))])],
                button=["Register now", "RSVP", "Save my seat"], head=["You're invited!", "Join us"], prob2=0.0)
    m.subject = S(rng, EVENT_SUBJ[key], ctx)
    return m


def b_newsletter(rng, ctx, p):
    items = rng.sample(T.NEWS_ITEMS, rng.randint(3, 5))
    return _neg(rng, ctx, "newsletter", ["Here's what's new in our talent community this month.", "Your monthly round-up of career advice and news from {coname}.",
                                          "Stories, tips and open roles from the team."],
                [("list", items), jobs(rng, ctx["_p"], 2, ctx["coname"])], button=["Read more", "Visit our blog"], prob2=0.0)


def b_alerts(rng, ctx, p):
    m = _neg(rng, ctx, "alerts", [x.replace("{n}", str(rng.randint(3, 30))) for x in T.ALERT_INTRO], [jobs(rng, ctx["_p"], rng.randint(3, 6), None if ctx.get("_board") else ctx["coname"])],
             button=["See all jobs", "View more matches"], prob2=0.0)
    return m


def b_withdraw(rng, ctx, p):
    return _neg(rng, ctx, "withdraw", T.WITHDRAW_CORE, [("p", "If this was a mistake, contact the recruiting team.")], prob2=0.0)


def b_closed(rng, ctx, p):
    return _neg(rng, ctx, "closed", T.CLOSED_CORE, [jobs(rng, ctx["_p"], 3)], button=["See similar jobs"], prob2=0.0)


def b_panel(rng, ctx, p):
    return _neg(rng, ctx, "panel", T.PANEL_CORE, [("facts", [("Candidate", ctx["cand"]), ("Role", ctx["role"]), ("Slot", f"{ctx['date']} {ctx['time']}")])],
                button=["Open scorecard", "View interview kit"], prob2=0.5)


def b_submitted(rng, ctx, p):
    return _neg(rng, ctx, "submitted", T.SUBMITTED_CORE, [("p", P(rng, T.ACK_NEXT[4:6] + T.WAIT_NEXT, ctx))], prob2=0.0)


def b_assess_remind(rng, ctx, p):
    return _neg(rng, ctx, "assess_remind", T.ASSESS_REMIND, button=["Resume assessment", "Continue"], prob2=0.3)


BUILDERS = {
    "ack": b_ack, "ack_assess": b_ack_assess, "invite": b_invite, "assess": b_assess, "resched": b_resched,
    "reject": b_reject, "reject_fb": b_reject_fb, "reject_invite": b_reject_invite, "cancel_filled": b_cancel_filled,
    "fb_only": b_fb_only, "offer": b_offer, "msg_fb": lambda r, c, p: b_msg(r, c, p, True),
    "msg_nofb": lambda r, c, p: b_msg(r, c, p, False),
    "status": b_status, "incomplete": b_incomplete, "profile": b_profile, "survey": b_survey, "remind": b_remind,
    "confirm": b_confirm, "thanks": b_thanks, "privacy": b_privacy, "delete": b_delete, "reset": b_reset,
    "viewed": b_viewed, "event": b_event, "newsletter": b_newsletter, "alerts": b_alerts, "withdraw": b_withdraw,
    "closed": b_closed, "panel": b_panel, "submitted": b_submitted, "assess_remind": b_assess_remind,
}
