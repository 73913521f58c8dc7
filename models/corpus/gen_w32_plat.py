"""w32 (early careers): campus-recruiting platforms, psychometric-test vendors and apprenticeship
portals writing to students on behalf of employers. Company = the employer named, never the platform.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w32_kit as K  # noqa: E402

FAMILY_PREFIX = "w32plat"
P = K.pick

TESTS = ["Situational Judgement Test", "Numerical Reasoning Test", "Verbal Reasoning Assessment",
         "Inductive Logic Test", "Work Styles Questionnaire", "Gamified Cognitive Assessment", "Coding Challenge"]


def _people(rng):
    f, l = K.person(rng)
    return f, l, K.student_addr(rng, f, l)


# --------------------------------------------------------------------- test vendor ------
def testvendor(rng: random.Random) -> Iterable[dict]:
    fam = "w32plat-testvendor"
    plan = ["invite"] * 13 + ["invite_multi"] * 2 + ["reject_score"] * 5 + ["reject_plain"] * 4 + ["reminder"] * 5 + \
        ["submitted"] * 4 + ["report"] * 3 + ["practice"] * 3 + ["tech"] * 2
    rng.shuffle(plan)
    for n, kind in enumerate(plan, 1):
        vendor, vdom = P(rng, K.TEST_VENDORS)
        co = P(rng, K.ALL_COMPANIES)
        f, l, to = _people(rng)
        test = P(rng, TESTS)
        days = rng.randrange(3, 8)
        hello = P(rng, [f"Hi {f},", f"Dear {f} {l},", f"Hello {f}", "Dear Candidate,"])
        bye = P(rng, [f"The {vendor} Candidate Support Team", f"Good luck!\n{vendor} on behalf of {co}",
                      f"{vendor} | Assessments that are fair for everyone", f"Regards,\n{vendor} Support"])
        foot = P(rng, [f"{vendor} processes your data on behalf of {co}. See our candidate privacy notice.",
                       "Need help? Visit our candidate help centre. Do not reply to this email.",
                       f"You received this email because {co} invited you to an assessment.", ""])
        labels: list[str] = []
        topics: list[str] = []
        company: str | None = co
        fb = False
        if kind == "invite":
            subj = P(rng, [f"{co} has invited you to an assessment", f"Your {test} for {co}", f"Action needed: {co} assessment",
                           f"Invitation: {test} ({co} Graduate Programme)"])
            core = P(rng, [
                f"{co} would like you to complete the {test} as part of your application. The assessment takes about {rng.randrange(12, 45)} minutes and must be finished within {days} days.",
                f"As the next step in your application to {co}, you are invited to complete an online assessment. Please use a laptop or desktop and a stable connection.",
                f"You have been invited by {co} to take the {test}. Your link is personal to you - please don't share it.",
                f"Good news - {co} has moved your application forward and asked us to send you the {test}. Start it whenever you're ready, before the deadline in {days} days.",
            ])
            labels = ["interview_invite"]
            extra = "[ Start assessment ]\n\nTips: find a quiet room, read each question carefully and don't refresh the page."
        elif kind == "invite_multi":
            subj = f"{co}: two assessments to complete"
            core = (f"Thank you for applying to {co}. Your application has been received and, as part of the process, you're invited to "
                    f"complete the {test} and a short personality questionnaire within {days} days.")
            labels = ["application_ack", "interview_invite"]
            extra = "[ Begin ]"
        elif kind == "reject_score":
            subj = P(rng, [f"Your {co} assessment results", f"Outcome of your online assessment - {co}", "Assessment feedback report"])
            pct = rng.randrange(12, 45)
            core = P(rng, [
                f"{co} has now reviewed your results. We're sorry to tell you that you will not be progressing to the next stage. Your numerical reasoning score placed you in the {pct}th percentile against the graduate comparison group, below the level required for this programme.",
                f"Thank you for completing the {test}. Unfortunately your application to {co} will not be taken further. Your report shows you answered quickly but accuracy dropped on the harder data-interpretation items, and you ran out of time before the final section.",
                f"Based on your results, {co} will not be moving forward with your application. In the situational judgement section, your responses tended to favour acting alone over involving colleagues, which differs from the team-first approach the employer is looking for.",
            ])
            labels = ["rejection", "feedback"]
            fb = True
            if "acting alone" in core:
                topics = ["collaboration"]
            extra = P(rng, ["You can download your full feedback report from your candidate dashboard.", ""])
        elif kind == "reject_plain":
            subj = P(rng, [f"Update from {co}", f"Your {co} application"])
            core = P(rng, [
                f"Thank you for completing the assessment. {co} has reviewed your results and will not be progressing your application on this occasion.",
                f"On behalf of {co}: we regret that your application has not been successful at the online assessment stage. We are unable to provide individual feedback.",
            ])
            labels = ["rejection"]
            extra = ""
        elif kind == "reminder":
            subj = P(rng, [f"Reminder: your {co} assessment closes soon", "Don't forget to finish your assessment", f"{rng.randrange(1, 3)} days left to complete your test"])
            core = P(rng, [f"You started the {test} for {co} but haven't finished it yet. You can pick up where you left off until the deadline.",
                           f"This is a friendly reminder that your {co} assessment expires in 48 hours. If you've already completed it, you can ignore this email."])
            extra = "[ Continue ]"
        elif kind == "submitted":
            subj = P(rng, ["Assessment complete \u2705", f"Thanks for completing your {co} assessment", "We've received your responses"])
            core = P(rng, [f"Your responses to the {test} have been submitted to {co}. They will contact you directly about next steps.",
                           f"All done! Your assessment for {co} is complete. There's nothing more you need to do for now."])
            extra = ""
        elif kind == "report":
            subj = "Your personal insights report is ready"
            core = f"As a thank-you for completing the Work Styles Questionnaire, your personal insights report is now available. It describes your preferred ways of working - it is not a measure of your application's success."
            extra = "[ View report ]"
            company = None
        elif kind == "practice":
            subj = P(rng, ["Practise before your next assessment", "Free practice tests for students", "Nervous about aptitude tests? Try this"])
            core = "Our free practice area lets you try example numerical, verbal and logical questions before any real assessment. Employers never see your practice scores."
            extra = "[ Try a practice test ]"
            company = None
        else:
            subj = "We noticed a problem with your assessment session"
            core = f"It looks like your session for the {co} assessment ended unexpectedly. Your progress has been saved and you can resume from the same link."
            extra = ""
        body = "\n\n".join(x for x in [hello, core, extra, bye, foot] if x)
        html = None
        if rng.random() < 0.45:
            html = K.html_wrap([hello, core, extra, bye, foot], rng, brand=vendor)
            if rng.random() < 0.5:
                body = ""
        yield K.rec(fam, n, from_name=P(rng, [vendor, f"{co} via {vendor}", f"{vendor} Assessments"]),
                    from_addr=P(rng, [f"noreply@{vdom}", f"assessments@{vdom}", f"candidates@mail.{vdom}"]), to_addr=to,
                    subject=subj, body_text=body, body_html=html, labels=labels, company=company, topics=topics)


# --------------------------------------------------------------------- campus platform --
def campus(rng: random.Random) -> Iterable[dict]:
    fam = "w32plat-campus"
    plan = ["sent"] * 8 + ["interview"] * 6 + ["notselected"] * 5 + ["offer"] * 3 + ["statuschg"] * 4 + ["alert"] * 5 + \
        ["views"] * 4 + ["profile"] * 3 + ["event"] * 4 + ["msg_chat"] * 2 + ["deadline"] * 3
    rng.shuffle(plan)
    for n, kind in enumerate(plan, 1):
        plat, pdom = P(rng, K.PLATFORMS[:3] + K.PLATFORMS[4:])
        co = P(rng, K.ALL_COMPANIES)
        f, l, to = _people(rng)
        role = P(rng, ["Summer Intern - Finance", "Graduate Software Engineer", "Marketing Placement (12 months)",
                       "Data Analyst Intern", "Graduate Trainee - Supply Chain", "Research Assistant Intern", "Product Design Intern"])
        others = rng.sample(K.ALL_COMPANIES, 4)
        labels: list[str] = []
        oc: list[str] = []
        company: str | None = co
        if kind == "sent":
            subj = P(rng, [f"Your application to {co} was sent", f"Application submitted: {role}", f"\u2705 Applied: {role} at {co}"])
            core = P(rng, [f"Nice work, {f}! Your application for {role} at {co} has been submitted. {co} will contact you here if they'd like to move forward.",
                           f"We've sent your application for {role} to {co}. You can view it any time under My Applications.",
                           f"{co} received your application for {role}. Applications like yours are usually reviewed within 2-3 weeks."])
            labels = ["application_ack"]
        elif kind == "interview":
            subj = P(rng, [f"{co} wants to interview you!", f"Interview request from {co}", f"\U0001F4E3 {co} invited you to schedule an interview"])
            core = P(rng, [f"{co} has invited you to interview for {role}. Choose a time that works for you from their available slots.",
                           f"Great news! {co} reviewed your application and would like to set up a first-round interview for {role}. Pick a slot within 5 days to keep your spot.",
                           f"You've been moved to the interview stage for {role} at {co}. Book your 30-minute video interview using the scheduling link."])
            labels = ["interview_invite"]
        elif kind == "notselected":
            subj = P(rng, [f"Update on your application to {co}", f"{co}: {role}", "Application update"])
            core = P(rng, [f"{co} has reviewed your application for {role} and decided not to move forward. Don't be discouraged - there are {rng.randrange(40, 300)} more roles for students like you.",
                           f"Message from {co}: \"Thank you for applying. The position has now been filled, and we won't be progressing other applications.\"",
                           f"Your application for {role} at {co} was marked as not selected. {co} has chosen candidates whose coursework more closely matched the role."])
            labels = ["rejection"]
            if "filled" in core:
                oc = ["role_filled"]
            elif "more closely" in core:
                oc = ["closer_fit"]
        elif kind == "offer":
            subj = P(rng, [f"You have an offer from {co}! \U0001F389", f"Offer received: {role}"])
            core = P(rng, [f"{co} has sent you an offer for {role}. Review the details and respond by the deadline shown.",
                           f"Congratulations! {co} is offering you the {role} position, paying {P(rng, ['$24/hour', '£2,050/month', 'A$33/hour', '€1,500/month'])}. Accept or decline on the offer page."])
            labels = ["offer"]
        elif kind == "statuschg":
            subj = P(rng, ["Your application status has changed", f"Update to your {co} application"])
            core = P(rng, [f"There's an update to your application for {role} at {co}. Log in to see the details.",
                           f"The status of your application to {co} has been updated. Sign in to {plat} to view it."])
        elif kind == "alert":
            subj = P(rng, [f"{rng.randrange(5, 40)} new roles for you this week", "Internships closing soon near you", "Jobs picked for you"])
            core = f"{role} - {others[0]}\nGraduate Scheme {2026} - {others[1]}\nApprenticeship (Level 4) - {others[2]}\nSpring Insight Week - {others[3]}\n\nSee all recommended jobs"
            company = None
        elif kind == "views":
            subj = P(rng, ["Employers are checking you out \U0001F440", "Your profile got 7 views", f"A recruiter from {co} viewed your profile"])
            core = P(rng, ["Employers viewed your profile this week. Keep it fresh by adding your latest project or society role.",
                           f"Someone from {co} looked at your profile. Students who message employers after a view are more likely to hear back."])
            company = None
        elif kind == "profile":
            subj = P(rng, ["Finish setting up your profile", "You're 2 steps away from a complete profile"])
            core = "Add your graduation year and upload your CV so that employers can invite you to apply. It only takes two minutes."
            company = None
        elif kind == "event":
            subj = P(rng, [f"{co} is hosting a virtual info session", f"RSVP: Coffee chat with {co} graduates", "Events this week: employer panels and CV clinics"])
            core = P(rng, [f"Join {co} for a live info session on the {P(rng, K.PROGRAMMES)} on {P(rng, K.DATES)}. Ask current graduates anything about the application process.",
                           "This week: a CV clinic, an employer panel on breaking into consulting, and a workshop on video interviews. Spaces are limited."])
            company = None if "This week" in core else co
        elif kind == "msg_chat":
            subj = f"New message from {co}"
            core = P(rng, [f"{co} sent you a message: \"Hi {f}, thanks for your application for {role}! We'd love to chat - are you free for a 15-minute call on Thursday or Friday?\"",
                           f"{co} sent you a message: \"Hi {f}, just checking you received the details for the interview you booked on Thursday. See you then!\""])
            labels = ["interview_invite"] if "We'd love" in core else []
        else:
            subj = P(rng, [f"Applications for {co} close in 2 days", "Last chance to apply"])
            core = f"You saved {role} at {co} but haven't applied yet. Applications close on {P(rng, K.DATES)}."
        foot = P(rng, [f"You're receiving this email from {plat}. Manage notifications.", f"{plat}, helping students find their first job. Unsubscribe",
                       f"Sent by {plat} on behalf of employers. Privacy | Terms"])
        greet = P(rng, [f"Hi {f},", f"Hey {f} \U0001F44B", ""])
        parts = [greet, core, foot]
        body = "\n\n".join(x for x in parts if x)
        html = None
        if rng.random() < 0.6:
            html = K.html_wrap(parts, rng, brand=plat)
            if rng.random() < 0.55:
                body = ""
        yield K.rec(fam, n, from_name=P(rng, [plat, f"{co} via {plat}", f"{plat} Notifications"]),
                    from_addr=P(rng, [f"notifications@{pdom}", f"no-reply@{pdom}", f"messages@mail.{pdom}"]), to_addr=to,
                    subject=subj, body_text=body, body_html=html, labels=labels, company=company, oc=oc)


# --------------------------------------------------------------------- apprenticeship --
def apprentice(rng: random.Random) -> Iterable[dict]:
    fam = "w32plat-apprentice"
    plan = ["sent"] * 6 + ["shortlisted"] * 5 + ["unsuccessful"] * 4 + ["unsuccessful_oc"] * 3 + ["withdrawn_vac"] * 2 + \
        ["offer"] * 2 + ["alert"] * 4 + ["account"] * 3 + ["guide"] * 3 + ["booked"] * 3
    rng.shuffle(plan)
    for n, kind in enumerate(plan, 1):
        portal, pdom = P(rng, K.APPR_PORTALS)
        co = P(rng, K.SECTOR_COMPANIES[P(rng, ["engineering", "retail", "public", "southern", "banking"])])
        f, l, to = _people(rng)
        vac = P(rng, ["Level 3 Electrical Apprentice", "Digital Marketing Apprentice", "Accounting Apprentice (Level 4)",
                      "Software Developer Degree Apprenticeship", "Business Administration Trainee", "Fitter and Turner Apprenticeship",
                      "Laboratory Technician Apprentice", "Civil Engineering Cadetship"])
        ref = f"VAC{rng.randrange(100000, 999999)}"
        labels: list[str] = []
        oc: list[str] = []
        company: str | None = co
        if kind == "sent":
            subj = P(rng, [f"Application sent: {vac}", f"Your application has been sent to {co}", f"Application confirmation - {ref}"])
            core = f"Your application for {vac} ({ref}) has been sent to {co}. The employer will contact you about the next steps; you can track progress in your account."
            labels = ["application_ack"]
        elif kind == "shortlisted":
            subj = P(rng, [f"You've been shortlisted - {vac}", f"Interview invitation: {vac}", f"{ref}: next stage"])
            core = P(rng, [f"{co} has shortlisted you for {vac} and would like to invite you to an interview at their site on {P(rng, K.DATES)} at {P(rng, K.TIMES)}. Please confirm your attendance in your account.",
                           f"Good news! {co} would like you to attend an assessment day for {vac}, including a practical task and a short interview. Choose a date in your account."])
            labels = ["interview_invite"]
        elif kind in ("unsuccessful", "unsuccessful_oc", "withdrawn_vac"):
            subj = P(rng, [f"Update on your application: {vac}", f"{ref} - application outcome", "Your application was unsuccessful"])
            if kind == "unsuccessful":
                core = P(rng, [f"{co} has reviewed your application for {vac} and unfortunately it has not been successful. The employer said: \"We received a large number of applications and could only shortlist a few.\"",
                               f"We're sorry, but your application for {vac} with {co} was not successful this time. Don't give up - new vacancies are added every day."])
            elif kind == "unsuccessful_oc":
                code = P(rng, ["role_filled", "closer_fit", "budget_freeze"])
                why = {"role_filled": "the vacancy has now been filled", "closer_fit": "they have selected an applicant whose college course more closely matches the apprenticeship standard",
                       "budget_freeze": "funding for new apprentices has been put on hold this year"}[code]
                core = f"{co} has let us know that your application for {vac} has been unsuccessful because {why}."
                oc = [code]
            else:
                core = f"{co} has withdrawn the vacancy {vac}, so your application will not be progressed. We're sorry for the disappointment."
                oc = ["role_cancelled"]
            labels = ["rejection"]
        elif kind == "offer":
            subj = f"Offer made: {vac}"
            core = f"Congratulations! {co} would like to offer you the {vac} position, starting {P(rng, K.DATES)}. Log in to accept or decline the offer."
            labels = ["offer"]
        elif kind == "alert":
            subj = P(rng, ["New apprenticeships near you", f"{rng.randrange(3, 20)} vacancies match your saved search"])
            core = "\n".join(f"- {P(rng, ['Apprentice Chef', 'Plumbing Apprentice', 'IT Support Apprentice', 'Dental Nurse Trainee', 'Carpentry Apprentice'])} | {c}" for c in rng.sample(K.ALL_COMPANIES, 3))
            company = None
        elif kind == "account":
            subj = P(rng, ["Complete your account", "Your account has been inactive", "Verify your email address"])
            core = "Please add your qualifications to your account. Employers can't consider applications with an incomplete education history."
            company = None
        elif kind == "guide":
            subj = P(rng, ["Apprenticeships explained: a guide for parents", "Interview tips for apprentices", "National Apprenticeship Week is coming"])
            core = P(rng, ["What to expect at an apprenticeship interview, what to wear, and three questions you should ask the employer.",
                           "Events, workshops and open days are running across the country this week. Find one near you.",
                           "Being turned down is common - most apprentices apply for several roles. Here's how to use each rejection to strengthen your next application."])
            company = None
        else:
            subj = f"Reminder: interview with {co} tomorrow"
            core = f"This is a reminder of your interview for {vac} tomorrow at {P(rng, K.TIMES)}. Remember to bring your ID and certificates."
        greet = P(rng, [f"Dear {f},", f"Hi {f},"])
        foot = P(rng, [f"{portal} - find an apprenticeship.", "This mailbox is not monitored. For help, contact the helpdesk.", ""])
        body = "\n\n".join(x for x in [greet, core, foot] if x)
        yield K.rec(fam, n, from_name=portal, from_addr=P(rng, [f"no-reply@{pdom}", f"notifications@{pdom}"]), to_addr=to,
                    subject=subj, body_text=body, labels=labels, company=company, oc=oc)


def generate(rng: random.Random) -> Iterable[dict]:
    yield from testvendor(rng)
    yield from campus(rng)
    yield from apprentice(rng)
