"""Writer w6: scheduling-tool and assessment-platform mail (self-booking links, confirmations,
reminders, cancellations, coding-test invitations, submission receipts, score reports)."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _w6_kit import (  # noqa: E402
    ASSESS,
    COMPANIES,
    GREET_EN,
    ROLES,
    SCHED,
    SIGNOFF_EN,
    Counter,
    person,
    pick,
    record,
    render,
    signer,
)

FAMILY_PREFIX = "w6sch"
from _w6_lines import DATES, FEEDBACK, OUTSIDE, SOFTEN  # noqa: E402

TIMES = ["09:00", "10:30", "11:15", "13:00", "14:45", "16:00", "17:30"]
TZ = ["CET", "GMT", "ET", "PT", "Europe/Berlin", "UTC+1", "BST"]
DUR = ["30 min", "45 minutes", "1 hour", "60 min", "25 minutes", "90 minutes"]
EVENTS = ["Phone screen", "Technical interview", "Hiring manager chat", "Intro call", "Final interview",
          "Design review interview", "Pairing session", "Culture add interview", "Recruiter call"]

SCHED_INVITE = [
    "{c} has invited you to schedule: {ev} ({du}). Pick a time that works for you.",
    "{p1} from {c} would like to meet you for a {ev}. Choose one of the available slots.",
    "You've been invited to book a {ev} with {c}.",
    "Please select a time for your {ev} with the {c} team.",
    "The {c} recruiting team sent you a scheduling link for a {ev}.",
    "Ready for the next step? Grab a {du} slot for your {ev}.",
    "Invitation to self-schedule: {ev} for the {r} role at {c}.",
    "{p1} invited you to pick a time for an interview ({ev}, {du}).",
    "Let's get your {ev} on the calendar - choose a time below.",
]
SCHED_RESCHED = [
    "Your interviewer is unavailable at the booked time. Please choose a new slot for your {ev}.",
    "{c} asked to reschedule your {ev}. Select a new time using the link below.",
    "We need to move your {ev} on {d}. Please pick another time that suits you.",
    "Reschedule request: {p1} can no longer make {d} at {t}. Please rebook your {ev}.",
    "Due to a conflict on our side, your {ev} needs a new time. Sorry for the inconvenience!",
    "The {c} team has requested a new time for your {ev}.",
    "Could you choose a different slot for the {ev}? The original one no longer works for the panel.",
    "Your {ev} was moved by the organiser. Please confirm a new time.",
]
SCHED_CONFIRM = [
    "You're booked! {ev} with {c} on {d} at {t} {tz}.",
    "Confirmed: {ev} - {d}, {t} ({tz}). A calendar invite is attached.",
    "Your booking is confirmed. {ev}, {du}, {d} at {t}.",
    "Thanks for scheduling. We've added {ev} on {d} at {t} to your calendar.",
    "Booking confirmation: {ev} with {p1}, {d} {t} {tz}.",
    "All set! Your {ev} is locked in for {d}.",
    "Scheduled: {ev} ({c}) on {d} at {t}. Need to change it? Use the link below.",
    "Event confirmed: {ev}. Where: video call (link in invite).",
]
SCHED_REMIND = [
    "Reminder: {ev} with {c} starts in 1 hour ({t} {tz}).",
    "Your {ev} is tomorrow at {t}.",
    "Don't forget your upcoming {ev} on {d}.",
    "Heads-up: {ev} begins in 15 minutes. Join from the link below.",
    "Upcoming: {ev} with {p1} - {d}, {t}.",
    "This is an automatic reminder of your scheduled {ev}.",
    "Your meeting with {c} is coming up on {d} at {t} {tz}.",
    "Today at {t}: {ev}. Test your camera and microphone beforehand.",
]
SCHED_CANCEL_SELF = [
    "You cancelled {ev} on {d} at {t}. The organiser has been notified.",
    "Your cancellation of the {ev} with {c} has been confirmed.",
    "Cancelled: {ev} ({d}). Reason given: I've accepted another offer.",
    "The event {ev} was cancelled by you.",
    "We've let {p1} know you cancelled the {ev}.",
    "Cancellation confirmed. {ev} on {d} has been removed from your calendar.",
    "You have declined the invitation: {ev}.",
    "Your booking for {ev} was cancelled at your request.",
]
SCHED_OTHER = [  # non-interview bookings through the same tools
    "You're booked! Dental check-up on {d} at {t}.",
    "Confirmed: Haircut with Sam, {d} {t}.",
    "Your coaching session 'CV review 1:1' is booked for {d}.",
    "Reminder: Yoga class tomorrow at {t}.",
    "Your viewing appointment for the flat on Linden Street is confirmed for {d}.",
    "Booking confirmed: Webinar 'Cracking the system design interview' on {d} at {t}.",
    "Your mentoring call with the alumni network is confirmed for {d}.",
    "Confirmed: Car service appointment, {d} {t}.",
    "You have been invited to a workshop: 'Salary negotiation basics' on {d}.",
]
SCHED_EMPLOYER_CANCEL_FILLED = [
    "We're cancelling your {ev} because the position has been filled. We're sorry for the inconvenience.",
    "{c} cancelled your {ev}: the role is no longer open as it has been filled.",
    "Unfortunately your {ev} was cancelled. {reason} We won't be progressing your application further.",
    "The {ev} on {d} has been cancelled by the organiser. {reason} Thank you for your interest in {c}.",
    "Cancelled by {c}: {ev}. {reason}",
    "Your {ev} is cancelled. {reason} We're sorry to bring this news.",
    "We had to cancel the {ev}. {reason} Your application is now closed.",
    "Organiser note: {reason} Therefore the {ev} will not go ahead.",
]

TESTS = ["Backend coding challenge", "Python assessment", "SQL skills test", "Data structures test",
         "Frontend take-home", "Cognitive ability test", "Java online assessment", "Systems knowledge quiz",
         "Take-home case study"]
ASSESS_INVITE = [
    "{c} has invited you to complete the {te} as part of your application for {r}.",
    "You've been invited to take an online assessment for {r} at {c}.",
    "Next step in your {c} application: a {te}. You have 7 days to complete it.",
    "Your invitation to the {te} is ready. The test takes about {du}.",
    "Hi from the {c} hiring team - please complete this {te} before {d}.",
    "{c} would like you to complete a take-home exercise ({te}).",
    "You're invited: {te} for {r}. Start whenever you're ready, within 5 days.",
    "The next stage is a timed online test. Click below to begin your {te}.",
    "As the next step, we're sending you the {te}; once it's done we'll review it with the team.",
]
ASSESS_SUBMITTED = [
    "Thanks! Your {te} has been submitted to {c}.",
    "We've received your test submission. {c} will review your results.",
    "Submission received: {te}. You'll hear from {c} directly.",
    "Your answers were submitted successfully at {t}.",
    "Well done on finishing the {te}. Your results have been shared with the hiring team.",
    "Your assessment is complete. No further action is required.",
    "Submission confirmation: {te} for {r}.",
    "The {te} was completed and sent to the employer.",
]
ASSESS_EXPIRY = [
    "Reminder: your {te} for {c} expires in 48 hours.",
    "You haven't started the {te} yet. The link expires on {d}.",
    "Only 1 day left to complete your assessment for {r}.",
    "Your test invitation is about to expire.",
    "Friendly nudge: the {te} is still waiting for you.",
    "Last reminder: the assessment window closes tonight at 23:59.",
    "Your assessment link from {c} will expire soon.",
    "Don't miss the deadline for your {te}.",
]
ASSESS_PRACTICE = [
    "Try our free practice test to get familiar with the coding environment.",
    "New on {p}: practice problems for dynamic programming.",
    "Your weekly challenge is ready. Solve it to climb the leaderboard.",
    "Improve your skills with our interview prep course - 20% off this week.",
    "Your certificate for completing 'SQL Basics' is ready to download.",
    "We've updated our terms of service.",
    "Your practice score: 740. Keep going!",
    "Join the monthly coding contest on {d}.",
]
REPORT_HEAD = [
    "Assessment results for {r} at {c}",
    "Your {te} results",
    "Here is the candidate report from your {te}.",
    "Score summary - {te}",
    "{c} has shared your assessment report with you.",
    "Your skills report is ready.",
    "Results: {te} ({r})",
    "Report for your recent {te}",
]
REPORT_REJECT = [
    "Based on these results, {c} has decided not to move forward with your application.",
    "Unfortunately your score did not meet the threshold for the next stage.",
    "The hiring team will not be progressing your application at this time.",
    "As a result, your application for {r} will not continue.",
    "We're sorry to say you did not pass this stage.",
    "The employer has chosen not to advance your candidacy after reviewing the results.",
    "Your application has been closed after this assessment.",
    "{c} will not be inviting you to the next round.",
]
REPORT_NEUTRAL_END = [
    "This report is for your development; it doesn't change the status of your application.",
    "The hiring team will contact you separately about next steps.",
    "We hope these insights help you prepare for future assessments.",
    "Your recruiter will be in touch about the decision.",
    "Use these notes to guide your practice.",
    "",
    "Keep this report for your records.",
    "Results are shared with candidates as part of our transparency policy.",
]
SECTION = {
    "coding": ["Coding", "Problem solving (code)", "Implementation", "Code correctness"],
    "system_design": ["System design", "Architecture", "Design scenario"],
    "technical_depth": ["Core knowledge", "Technical knowledge", "Fundamentals"],
    "communication": ["Written explanation", "Communication", "Clarity of answers"],
    "behavioural": ["Situational judgement", "Work style questions"],
    "composure": ["Time management under pressure"],
    "experience_level": ["Experience match"],
    "cv_positioning": ["Profile match"],
}
WEAK_NOTE = {
    "coding": ["several hidden test cases failed", "solutions timed out on large inputs", "partial solutions only",
               "edge cases missed (empty input, duplicates)", "code incomplete at time limit"],
    "system_design": ["missing scaling considerations", "no discussion of failure handling", "data model incomplete"],
    "technical_depth": ["gaps in concurrency and memory questions", "below benchmark on database questions",
                        "fundamentals weaker than expected"],
    "communication": ["explanations hard to follow", "reasoning not written down", "answers unclear"],
    "behavioural": ["answers lacked concrete examples", "responses inconsistent with the role's demands"],
    "composure": ["many questions left unanswered as time ran low", "pace dropped sharply in the second half"],
    "experience_level": ["below the years of experience expected for the level"],
    "cv_positioning": ["profile did not show the required skills clearly"],
}
STRONG = ["Strong", "Above benchmark", "Excellent", "Good", "Met expectations"]
WEAK = ["Needs improvement", "Below benchmark", "Developing", "Area to improve", "Weak"]

PLAN = {
    "sched-selfbook": {"inv": 22, "resched": 8, "confirm": 8, "remind": 8, "cancel_self": 6, "other": 8, "cancel_filled": 4},
    "sched-coordinator": {"inv": 14, "resched": 6, "confirm": 4, "remind": 4, "cancel_self": 4, "other": 4, "cancel_filled": 4},
    "assess-platform": {"ainv": 18, "submitted": 10, "expiry": 10, "practice": 6, "report_rej": 6, "report_fb": 4},
    "assess-report": {"report_rej": 14, "report_fb": 16, "report_rej_plain": 6, "ainv": 6},
}


def _ctx(rng: random.Random) -> dict:
    return {"c": pick(rng, COMPANIES), "r": pick(rng, ROLES), "p1": " ".join(person(rng)), "ev": pick(rng, EVENTS),
            "du": pick(rng, DUR), "d": pick(rng, DATES), "t": pick(rng, TIMES), "tz": pick(rng, TZ), "te": pick(rng, TESTS)}


def _report(rng: random.Random, ctx: dict, weak_topics: list[str]) -> list[str]:
    lines = []
    strong_pool = [k for k in SECTION if k not in weak_topics]
    sections = [(t, False) for t in weak_topics] + [(t, True) for t in rng.sample(strong_pool, rng.randint(1, 2))]
    rng.shuffle(sections)
    fmt = rng.randrange(3)
    for t, good in sections:
        name = pick(rng, SECTION[t])
        score = rng.randint(72, 98) if good else rng.randint(18, 52)
        verdict = pick(rng, STRONG) if good else pick(rng, WEAK)
        note = "" if good else pick(rng, WEAK_NOTE[t])
        if fmt == 0:
            lines.append(f"{name}: {score}% - {verdict}" + (f" ({note})" if note else ""))
        elif fmt == 1:
            lines.append(f"* {name} .......... {score}/100  {verdict}" + (f"\n  Note: {note}" if note else ""))
        else:
            lines.append(f"{name} | {verdict}" + (f" | {note}" if note else ""))
    return lines


def _one(rng: random.Random, ids: Counter, family: str, kind: str) -> dict:
    ctx = _ctx(rng)
    c = ctx["c"]
    tool = pick(rng, ASSESS if family.startswith("assess") else SCHED)
    plat = tool["name"]
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    button = None
    paras: list[str] = []
    company: str | None = c
    subj = ""
    if kind == "inv":
        labels = ["interview_invite"]
        paras.append(pick(rng, SCHED_INVITE).format(**ctx))
        paras.append(pick(rng, [f"Duration: {ctx['du']}\nFormat: video call", "Slots are shown in your time zone.",
                                "Available slots over the next 7 days.", f"Interviewer: {ctx['p1']}", "",
                                "If nothing fits, use 'Suggest another time'."]))
        button = pick(rng, ["Pick a time", "Select a slot", "Schedule now", "See availability", "Book your slot"])
        subj = pick(rng, ["{c} invited you to schedule a meeting", "Action needed: schedule your {ev}", "{ev} with {c}",
                          "Invitation: {ev} ({du})", "Please pick a time - {c}", "{p1} wants to meet you"])
    elif kind == "resched":
        labels = ["interview_invite"]
        paras.append(pick(rng, SCHED_RESCHED).format(**ctx))
        button = pick(rng, ["Choose a new time", "Reschedule", "Pick new slot"])
        subj = pick(rng, ["Reschedule request: {ev}", "Please choose a new time for your {ev}", "Change to your {ev}",
                          "Updated: {ev} with {c}", "{c} asked to reschedule"])
    elif kind in ("confirm", "remind", "cancel_self", "other"):
        pool = {"confirm": SCHED_CONFIRM, "remind": SCHED_REMIND, "cancel_self": SCHED_CANCEL_SELF, "other": SCHED_OTHER}[kind]
        paras.append(pick(rng, pool).format(**ctx))
        if kind == "other":
            company = None
        button = pick(rng, ["Add to calendar", "Reschedule or cancel", "Join meeting", "View booking", None])
        subj = {"confirm": pick(rng, ["Confirmed: {ev} with {c}", "Booking confirmed", "You're scheduled: {ev}", "{ev} - {d} {t}"]),
                "remind": pick(rng, ["Reminder: {ev}", "Starting soon: {ev}", "Upcoming meeting with {c}", "Tomorrow: {ev}"]),
                "cancel_self": pick(rng, ["Cancelled: {ev}", "You cancelled {ev}", "Cancellation confirmed", "Declined: {ev}"]),
                "other": pick(rng, ["Booking confirmed", "Reminder: your appointment", "You're booked!", "Appointment on {d}"])}[kind]
    elif kind == "cancel_filled":
        labels = ["rejection"]
        o = pick(rng, ["role_filled", "role_cancelled", "budget_freeze", "role_filled"])
        outside = [o]
        ctx["reason"] = pick(rng, OUTSIDE[o])
        paras.append(pick(rng, SCHED_EMPLOYER_CANCEL_FILLED).format(**ctx))
        subj = pick(rng, ["Cancelled: {ev}", "Event cancelled by {c}", "{ev} has been cancelled", "Update about your {ev}"])
    elif kind == "ainv":
        labels = ["interview_invite"]
        paras.append(pick(rng, ASSESS_INVITE).format(**ctx))
        paras.append(pick(rng, [f"Time limit: {ctx['du']}. You can use any supported language.",
                                "Make sure you have a stable connection; the test can't be paused.",
                                "Tasks: 3 coding problems, auto-graded.", "", "The webcam proctoring is not enabled.",
                                "Once started, the timer runs until you submit."]))
        button = pick(rng, ["Start assessment", "Begin test", "Open challenge", "Take the test"])
        subj = pick(rng, ["{c} invited you to a {te}", "Your assessment for {r}", "Invitation: {te}",
                          "Next step: online assessment", "{te} - {c}"])
    elif kind in ("submitted", "expiry", "practice"):
        pool = {"submitted": ASSESS_SUBMITTED, "expiry": ASSESS_EXPIRY, "practice": ASSESS_PRACTICE}[kind]
        paras.append(pick(rng, pool).format(p=plat, **ctx))
        if kind == "practice":
            company = None
        if kind == "expiry":
            button = pick(rng, ["Start assessment", "Continue test", "Resume"])
        subj = {"submitted": pick(rng, ["Submission received", "Your {te} was submitted", "Assessment complete", "Thanks for completing the {te}"]),
                "expiry": pick(rng, ["Reminder: your assessment expires soon", "Don't forget your {te}", "Last chance: {te}", "Your {c} assessment is waiting"]),
                "practice": pick(rng, ["Practice makes perfect", f"{plat} weekly challenge", "New practice problems", f"News from {plat}"])}[kind]
    else:  # reports
        paras.append(pick(rng, REPORT_HEAD).format(**ctx))
        if kind in ("report_rej", "report_fb"):
            weak = rng.sample(["coding", "coding", "system_design", "technical_depth", "communication", "composure",
                               "behavioural", "experience_level", "cv_positioning"], rng.choice([1, 2, 2, 3]))
            weak = sorted(set(weak))
            topics = weak
            labels = ["feedback"]
            paras.append(pick(rng, [f"Overall score: {rng.randint(31, 58)}%", f"Total: {rng.randint(120, 340)}/500",
                                    f"Percentile: {rng.randint(8, 40)}th", "Overall result: below benchmark", ""]))
            paras.append("\n".join(_report(rng, ctx, weak)))
            if rng.random() < 0.5:
                t = pick(rng, weak)
                line = pick(rng, FEEDBACK.get(t, FEEDBACK["coding"]))
                paras.append(pick(rng, ["Reviewer comment: ", "Comment from the hiring team: ", "Assessor notes: ", ""]) +
                             line[0].upper() + line[1:].rstrip(".") + ".")
            if kind == "report_rej":
                labels.append("rejection")
                paras.append(pick(rng, REPORT_REJECT).format(**ctx))
            else:
                end = pick(rng, REPORT_NEUTRAL_END)
                if end:
                    paras.append(end)
        elif kind == "report_rej_plain":
            labels = ["rejection"]
            paras = [pick(rng, REPORT_REJECT).format(**ctx), pick(rng, SOFTEN).format(c=c)]
        else:  # good report, no label
            paras.append("\n".join(f"{pick(rng, SECTION[t])}: {rng.randint(78, 99)}% - {pick(rng, STRONG)}"
                                   for t in rng.sample(sorted(SECTION), 3)))
            paras.append(pick(rng, ["The hiring team will be in touch about next steps.", "Great work!",
                                    "Your results are now visible to the employer.", "Nice job - you scored in the top 10%."]))
        button = pick(rng, ["View full report", "See details", None])
        subj = pick(rng, ["Your {te} results", "Assessment report: {r}", "Results from {c}", "Your skills report",
                          "{c} - assessment outcome", "Score report"])

    n, ln = person(rng)
    greet = pick(rng, GREET_EN).format(n=n, l=ln) if rng.random() < 0.7 else ""
    if family == "sched-coordinator" and company and kind != "cancel_self":
        # a human coordinator writing through the tool: first person, own sign-off, the tool's text below
        me = person(rng)[0]
        greet = pick(rng, [f"Hi {n}, {me} here - I coordinate interviews for {c}.", f"Hello {n},\n\nI'm {me}, the recruiting coordinator at {c}.",
                           f"Hi {n}! It's {me} from the {c} talent team.", f"{n} - quick note from {me} at {c}.",
                           f"Dear {n},\n\nmy name is {me} and I'm helping {c} with scheduling."])
        sign = pick(rng, [f"Thanks!\n{me}", f"Speak soon,\n{me}\nRecruiting Coordinator | {c}", f"{me} ({c})",
                          f"Best,\n{me}\nSent via {plat}"])
        paras = [greet] + [p for p in paras if p] + [sign]
        greet = ""
    if family != "sched-coordinator" or not company or kind == "cancel_self":
        sign = pick(rng, SIGNOFF_EN).format(s=signer(rng, c) if company else f"The {plat} team") if rng.random() < 0.45 else ""
    else:
        sign = ""
    paras = [p for p in [greet] + paras + [sign] if p]
    text, html_body = render(rng, plat, c if company else plat, paras, button=button)
    subject = subj.format(**ctx)
    if company:
        fname = pick(rng, [f"{c} via {plat}", plat, f"{ctx['p1']} ({c})", f"{c} Recruiting", f"{plat} on behalf of {c}"])
        if c not in subject + text + (html_body or "") + fname:
            fname = f"{c} via {plat}"
    else:
        fname = pick(rng, [plat, f"{plat} Notifications", f"The {plat} Team"])
    return record(ids, family, from_name=fname, from_addr=f"{pick(rng, ['noreply', 'no-reply', 'notifications'])}@{tool['relay']}",
                  subject=subject, body_text=text, body_html=html_body, labels=labels, company=company,
                  topics=topics, outside=outside, rng=rng)


def generate(rng: random.Random) -> Iterable[dict]:
    ids = Counter(FAMILY_PREFIX)
    for family, plan in PLAN.items():
        kinds = [k for k, n in plan.items() for _ in range(n)]
        rng.shuffle(kinds)
        for kind in kinds:
            yield _one(rng, ids, family, kind)
