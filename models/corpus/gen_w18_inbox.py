"""Writer w18: what comes back to a job seeker's inbox that is not a reply in their own thread.

Hiring managers writing directly, applicant-tracking mail, job boards, newsletters, phone-typed recruiter
notes, mail carrying two decisions at once, and the look-alikes that only mention jobs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w18_bank as B  # noqa: E402
import _w18_mk as M  # noqa: E402
import _w18_say as S  # noqa: E402

FAMILY_PREFIX = "w18inbox"


def _ctx(rng: random.Random) -> dict:
    company = rng.choice(B.COMPANIES)
    return {"company": company, "c": B.candidate(rng), "s": B.staff(rng, company), "role": rng.choice(B.ROLES)}


def _rec(fam: str, n: int, x: dict, subject: str, body: str, labels: list[str], company: str | None, *,
         from_name: str | None = None, from_addr: str | None = None, topics: list[str] | None = None,
         oc: list[str] | None = None, lang: str = "en") -> dict:
    return B.record(fam, n, folder="INBOX", from_name=x["s"]["name"] if from_name is None else from_name,
                    from_addr=from_addr or x["s"]["addr"], to_addr=x["c"]["addr"], subject=subject, body_text=body,
                    labels=labels, company=company, topics=topics, outside_control=oc, lang=lang)


# ---------------------------------------------------------------- hiring managers writing directly
HM_NONE = [
    "Thanks for your time today — it was a pleasure to talk about {thing}. We're seeing two more people this week and I'll be in touch after that.",
    "Just a reminder that we're meeting {slot} as agreed. Parking is behind the building; ring the buzzer for level 2.",
    "Thanks for sending the extra writing samples. I'll share them with the team before we make a decision.",
    "Really enjoyed our chat. I've shared my notes with {name2}; they'll be the one coordinating from here.",
    "Sorry for going quiet — we're still finalising the budget for the team and I'll update you as soon as I can.",
    "Thanks for the lovely note after the interview. Nothing to report yet but you're very much still in the running.",
    "Quick heads-up: I'm on leave next week, so any news will come from {name2} in HR.",
]


def fam_hm(rng: random.Random) -> Iterable[dict]:
    """Hiring managers and founders writing in their own voice, no template."""
    fam = f"{FAMILY_PREFIX}-hm"
    for n in range(72):
        x = _ctx(rng)
        k = n % 12
        labels, topics, oc = [], [], []
        fill = {"thing": rng.choice(["the new clinic", "the platform rebuild", "our growth plans", "the menu", "the audit backlog",
                                     "the pilot in Kenya", "your last project"]), "slot": B.slot(rng), "name2": B.person(rng)[2]}
        if k in (0, 1, 2):
            rt, oc = M.rejection(rng, p_reason=0.4)
            parts = [rt, rng.choice(S.SOFTEN)]
            labels = ["rejection"]
            subj = rng.choice([f"{x['role']} role", "Following up on our conversation", f"Re: {x['role']} interview", "Our decision", "A quick update"])
            if k == 2:
                ft, topics = M.feedback(rng)
                parts.append(rng.choice(["Since you asked during the interview how you'd done, here's my honest take.", "A bit of feedback, for what it's worth.", ""]) + " " + ft)
                labels.append("feedback")
        elif k in (3, 4, 5):
            parts = [rng.choice(["I read your application last night and I'd love to talk.", "Your portfolio caught my eye.",
                                 "Loved your answers on the screening form.", ""]), M.invite(rng)]
            labels = ["interview_invite"]
            subj = rng.choice([f"{x['role']} — next step", "Chat next week?", f"Your application to {x['company']}", "Let's talk"])
        elif k in (6, 7):
            parts = [rng.choice(["I'm so pleased to be writing this.", "I've just come off the phone with the panel.", "Sorry for keeping you waiting!"]),
                     M.offer(rng, x["role"]), rng.choice(["HR will follow up with the formal paperwork.", "Have a think and call me with any questions.", ""])]
            labels = ["offer"]
            subj = rng.choice(["Good news", f"Offer — {x['role']}", "Congratulations!", f"{x['company']} offer"])
        else:
            parts = [rng.choice(HM_NONE).format(**fill)]
            subj = rng.choice(["Thanks for today", "Tomorrow", "Quick note", f"{x['role']}", "Update"])
        body = B.para(M.greet(rng, x["c"]["first"]), *parts, M.signoff(rng) + "\n" + B.staff_sig(rng, x["s"], x["company"], rng.choice(
            ["Founder & CEO", "Head of Engineering", "Ward Manager", "Finance Director", "Creative Director", "Head Chef", "Engineering Manager"])))
        yield _rec(fam, n, x, subj, body, labels, x["company"], topics=topics, oc=oc)


# ---------------------------------------------------------------- applicant-tracking mail
ATS_NONE = [
    ("Your application status", "Your application for {role} is still under review. We appreciate your patience and will update you when there is news."),
    ("Complete your candidate profile", "You're almost there! Add your work history and upload a CV to complete your {company} candidate profile."),
    ("Assessment received", "Thank you for completing the online assessment for {role}. Your results have been shared with the recruiting team."),
    ("Reminder: finish your assessment", "You started the {company} online assessment but haven't finished it yet. The link expires in 48 hours."),
    ("Interview confirmed", "Your interview for {role} is booked for {slot}. A calendar invitation has been attached. To reschedule, use the link in your original invitation."),
    ("Your data", "As part of our privacy commitments, candidate profiles inactive for 12 months are deleted. Log in to keep your profile active."),
    ("New roles at {company}", "Based on your profile, these new openings might interest you: {role}, Team Lead, Coordinator. View all jobs."),
    ("Accepted: Interview — {role}", "{cand} has accepted this invitation.\n\nWhen: {slot}\nWhere: Microsoft Teams"),
]


def fam_ats(rng: random.Random) -> Iterable[dict]:
    """Applicant-tracking system mail relayed through vendor domains; some HTML-only."""
    fam = f"{FAMILY_PREFIX}-ats"
    for n in range(96):
        x = _ctx(rng)
        relay = rng.choice(B.RELAYS)
        from_name = rng.choice([f"{x['company']} Recruiting", f"{x['company']} Careers", f"Jobs at {x['company']}", f"{x['company']} Talent",
                                f"{x['company']} via HireLoom"])
        from_addr = rng.choice(["no-reply@", "notifications@", "jobs@", "donotreply@"]) + relay
        req = B.req_no(rng)
        k = n % 16
        labels, oc = [], []
        if k < 5:
            subj = rng.choice([f"Thank you for applying to {x['company']}", f"Application received: {x['role']} {req}", f"We've got your application!",
                               f"{x['company']} | {x['role']} | Application confirmation"])
            core = M.ack(rng, x["role"])
            labels = ["application_ack"]
        elif k < 9:
            subj = rng.choice([f"Update on your application — {x['role']}", f"{x['company']}: your application", f"Regarding {x['role']} {req}",
                               "Your application"])
            rt, oc = M.rejection(rng, p_reason=0.3)
            core = B.para(f"Thank you for your interest in {x['company']}.", rt,
                          rng.choice(["We'll keep your details on file for six months.", "We encourage you to apply for future openings.", ""]))
            labels = ["rejection"]
        elif k < 12:
            subj = rng.choice([f"Next step: online assessment for {x['role']}", f"Invitation: video interview — {x['company']}",
                               f"Action required: {x['role']} {req}", f"{x['company']} — book your interview"])
            core = rng.choice([
                f"Congratulations, you've been selected to complete a one-way video interview for {x['role']}. Please record your answers within 5 days: {S.booking_link(rng)}",
                f"The next step is an online assessment (about 40 minutes). Start it here when you're ready: {S.booking_link(rng)}",
                f"We'd like to invite you to interview. Please choose a time that suits you: {S.booking_link(rng)}",
                M.invite(rng),
            ])
            labels = ["interview_invite"]
        else:
            subj, core = rng.choice(ATS_NONE)
            subj = subj.format(company=x["company"], role=x["role"])
            core = core.format(company=x["company"], role=x["role"], slot=B.slot(rng), cand=x["c"]["name"])
        body = B.para(rng.choice([f"Hi {x['c']['first']},", f"Dear {x['c']['name']},", f"Hello {x['c']['first']},", ""]), core,
                      rng.choice([f"The {x['company']} Recruiting Team", f"Talent Acquisition, {x['company']}", f"{x['s']['name']}\nRecruiter, {x['company']}",
                                  "Best regards,\nPeople Team"]),
                      rng.choice(["Please do not reply to this email; this mailbox is not monitored.", f"Powered by HireLoom · Privacy · {relay}", ""]))
        rec = _rec(fam, n, x, subj, body, labels, x["company"], from_name=from_name, from_addr=from_addr, oc=oc)
        yield B.maybe_html(rng, rec, 0.2, 0.3)


# ---------------------------------------------------------------- job boards
BOARD_NONE = [
    ("{n} new jobs for '{role}'", "New jobs matching your alert:\n\n• {role} — {company} — {city}\n• Senior {role} — {company2} — Remote\n• {role} (contract) — {company3}\n\nSee all jobs"),
    ("Your profile was viewed {k} times this week", "Recruiters from {company} and {k2} other companies looked at your profile. Upgrade to Premium to see who."),
    ("You appeared in {k} searches", "Your profile showed up in {k} recruiter searches this week. Add skills to appear in more."),
    ("Is this your dream role?", "{company} is hiring a {role} near {city}. 12 applicants so far. Be an early applicant!"),
    ("Complete your profile to stand out", "Profiles with a photo and a headline get 3x more views. It only takes two minutes."),
    ("Interview tips: 5 questions to expect", "This week on the blog: how to answer 'tell me about a failure', why recruiters ghost, and what to do after a rejection."),
    ("Salary insights for {role}", "The median salary for {role} in {city} is {money}. See how your pay compares."),
    ("Your application was viewed", "Good news: {company} viewed your application for {role}. We'll let you know about any updates."),
]


def fam_board(rng: random.Random) -> Iterable[dict]:
    """Job boards: "application sent" receipts (ack) and everything else they send (alerts, views, tips)."""
    fam = f"{FAMILY_PREFIX}-board"
    for n in range(50):
        x = _ctx(rng)
        bname, bdom = rng.choice(B.BOARDS)
        from_name, from_addr = bname, rng.choice(["alerts@", "noreply@", "hello@", "jobs-noreply@"]) + bdom
        if n % 5 in (0, 1):
            subj = rng.choice([f"Your application was sent to {x['company']}", f"Application submitted: {x['role']} at {x['company']}",
                               f"✅ You applied to {x['company']}", f"{x['company']} received your application"])
            core = rng.choice([
                f"Your application for {x['role']} was sent to {x['company']}. Good luck!\n\nTrack your applications in My Jobs.",
                f"Nice work! {x['company']} has received your CV for {x['role']} in {rng.choice(['Leeds', 'Pune', 'Perth', 'Cork', 'Remote'])}.",
                f"We've delivered your application to {x['company']}. The employer may contact you directly.",
            ])
            labels, company = ["application_ack"], x["company"]
        else:
            subj, core = rng.choice(BOARD_NONE)
            fill = {"n": rng.randint(3, 40), "role": x["role"], "company": x["company"], "company2": rng.choice(B.COMPANIES),
                    "company3": rng.choice(B.COMPANIES), "city": rng.choice(["Leeds", "Sydney", "Pune", "Cork", "Toronto"]),
                    "k": rng.randint(2, 30), "k2": rng.randint(2, 9), "money": S.money(rng)}
            subj, core = subj.format(**fill), core.format(**fill)
            labels, company = [], None
        body = B.para(rng.choice([f"Hi {x['c']['first']},", f"{x['c']['first']},", ""]), core, B.unsub(rng, bdom, x["c"]["addr"]))
        rec = _rec(fam, n, x, subj, body, labels, company, from_name=from_name, from_addr=from_addr)
        yield B.maybe_html(rng, rec, 0.25, 0.35)


# ---------------------------------------------------------------- newsletters / events
DIGEST = [
    ("The Rejection Issue 💌", "This week: why 'we've decided to move forward with other candidates' is the most-sent sentence in hiring, and three readers on how they asked for feedback and what they got back."),
    ("Offer season: how to negotiate", "Got an offer? Don't sign on the spot. Our guide walks through counter-offers, sign-on bonuses and what 'final offer' really means."),
    ("Webinar invite: Ace your next interview", "Join our free live workshop on Thursday at 6pm. Career coach {name} will run mock interviews and answer questions. Save your seat."),
    ("Careers fair — you're invited", "Meet 60 employers at the {city} Graduate Careers Fair on {date}. Bring your CV; free entry, register online."),
    ("Your weekly digest from The Hiring Desk", "Top stories: 'I was rejected after five rounds', 'The interview question that stumps everyone', and 'When ghosting is a decision'."),
    ("Reading list: feedback after interviews", "Why most companies won't give feedback, and how to ask anyway. Plus: a template for a polite follow-up."),
    ("Podcast: the final round", "Episode 42: two hiring managers on what separates the offer from the runner-up."),
    ("Meetup: Women in Data {city}", "Our next meetup is on {date}. Lightning talks, pizza and a CV clinic. RSVP on the event page."),
    ("Alumni newsletter — {month}", "News from the class of 2016, a new mentoring scheme, and a job board for alumni. Plus: the annual dinner."),
    ("Free workshop: writing a CV that gets interviews", "Two hours, online, hosted by our careers team. Places are limited — book now."),
]


def fam_digest(rng: random.Random) -> Iterable[dict]:
    """Newsletters, blog digests, webinars and fairs that talk about rejections, interviews and offers."""
    fam = f"{FAMILY_PREFIX}-digest"
    for n in range(30):
        x = _ctx(rng)
        subj, core = rng.choice(DIGEST)
        fill = {"name": B.person(rng)[2], "city": rng.choice(["Dublin", "Leeds", "Melbourne", "Toronto", "Nairobi"]),
                "date": B.human_date(rng), "month": rng.choice(B.MONTHS)}
        sender = rng.choice(["The Hiring Desk", "CareerNest Insights", "Job Hunt Weekly", "Northbridge University Careers", "Sorted Careers Club",
                             "Worklane Blog"])
        dom = B.slug(sender)[:14] + rng.choice([".com", ".org", ".ac.uk", ".io"])
        body = B.para(core.format(**fill), rng.choice(["Read more →", "Forward this to a friend who's job hunting.", "See you next week!", ""]),
                      B.unsub(rng, dom, x["c"]["addr"]))
        rec = _rec(fam, n, x, subj.format(**fill), body, [], None, from_name=sender, from_addr=rng.choice(["news@", "hello@", "events@"]) + dom)
        yield B.maybe_html(rng, rec, 0.35, 0.4)


# ---------------------------------------------------------------- look-alikes
def _lookalike(rng: random.Random, x: dict, k: int) -> tuple[str, str, str, str, list[str], str | None, list[str]]:
    """(subject, body, from_name, from_addr, labels, company, outside_control)."""
    g = M.greet(rng, x["c"]["first"])
    sig = M.signoff(rng) + "\n" + x["s"]["name"]
    if k == 0:
        uni = rng.choice(["University of Westmarch", "Lakeland Business School", "Queen's College Dunmore"])
        return ("Your application for MSc Data Science", B.para(g, f"Thank you for applying to {uni}. Unfortunately we are unable to offer you a place on the programme this year. Competition was exceptionally strong.", "Admissions Office"),
                "Admissions", "admissions@" + B.slug(uni)[:12] + ".ac.uk", [], None, [])
    if k == 1:
        return ("Grant application outcome", B.para(g, "We regret that your application to the Community Arts Fund was not successful in this round. We received 412 applications for 30 awards.", "The Grants Team"),
                "Fieldstone Foundation", "grants@fieldstone.org", [], None, [])
    if k == 2:
        return ("Your talk proposal", B.para(g, "Thanks for submitting to DevNorth. Sadly we couldn't fit your talk into this year's programme. We'd love to see you in the audience!", sig),
                "DevNorth CFP", "cfp@devnorth.dev", [], None, [])
    if k == 3:
        return ("Flat 4, 22 Orchard Rd", B.para(g, "The landlord has decided to go with another applicant for the flat. Sorry about that — I'll let you know if anything similar comes up.", sig),
                x["s"]["name"], "lettings@hollinsproperty.co.uk", [], None, [])
    if k == 4:
        return ("Loan application decision", B.para(g, "After reviewing your application, we are unable to approve your personal loan at this time.", "Crestline Lending"),
                "Crestline Lending", "noreply@crestlinelending.com", [], None, [])
    if k == 5:
        return ("URGENT: Job Offer – Remote Data Entry $45/hr", B.para(rng.choice(["Dear Applicant,", "Dear Candidate,", "Hello Dear,"]), f"Congratulations!! You have been selected for a remote {rng.choice(['data entry', 'payroll assistant', 'virtual assistant', 'product tester'])} position paying ${rng.randint(35, 60)}/hr. No interview needed. Send your bank details and a ${rng.randint(80, 250)} {rng.choice(['equipment', 'training', 'registration'])} fee to begin immediately.", rng.choice(["HR Dept", "Hiring Department", "Mrs. Linda Carter, HR"])),
                "Global Staffing HR", "hr.global.staffing" + str(rng.randint(1, 99)) + "@gmail.com", [], None, [])
    if k == 6:
        return (f"Welcome to {x['company']}! Your first day", B.para(g, "We're so glad you accepted! Please complete the right-to-work check, bank details and the equipment form in the onboarding portal before your start date.", sig),
                f"{x['company']} People Team", "onboarding@" + x["s"]["dom"], [], x["company"], [])
    if k == 7:
        return ("Can you sit on an interview panel Thursday?", B.para(g, f"We're interviewing for a {x['role']} on our team and I'd like you on the panel at 2pm. I'll send the CVs tonight.", sig),
                x["s"]["name"], x["s"]["addr"], [], None, [])
    if k == 8:
        return (f"{x['role']} role", B.para(g, f"I was going to reach out about a {x['role']} opening at one of my clients, but they've just told me it's closed before I could put anyone forward. I'll keep you in mind for the next one.", sig),
                x["s"]["name"], x["s"]["addr"], [], None, [])
    if k == 9:
        return ("Automatic reply: Application for " + x["role"], "I'm out of the office until Monday with limited access to email. For urgent matters contact recruitment@" + x["s"]["dom"] + ".",
                x["s"]["name"], x["s"]["addr"], [], x["company"], [])
    if k == 10:
        return ("Undelivered Mail Returned to Sender", "This is the mail system at host mx.fastmail.com.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<" + "careers@" + x["s"]["dom"] + ">: host said: 550 5.1.1 User unknown\n\nSubject: Application for " + x["role"],
                "Mail Delivery System", "MAILER-DAEMON@mx.fastmail.com", [], None, [])
    if k == 11:
        return ("Visa appointment update", B.para(g, "Your application has been refused. The reasons are set out in the attached decision letter.", "Visa Application Centre"),
                "VAC Notifications", "no-reply@vac-notify.example", [], None, [])
    if k == 12:
        return ("Membership application", B.para(g, "Thank you for applying to join the Harbour Rowing Club. Our membership is full for this season, so we can't accept new members right now. We've added you to the waiting list.", "Club Secretary"),
                "Harbour Rowing Club", "secretary@harbourrowing.org", [], None, [])
    if k == 13:
        return (f"Interview cancelled — {x['role']}", B.para(g, f"I'm sorry to cancel at short notice: {rng.choice(S.REASON['role_filled'] + S.REASON['role_cancelled'])}, so we won't be going ahead with your interview on {B.slot(rng)}.", sig),
                x["s"]["name"], x["s"]["addr"], ["rejection"], x["company"], ["__auto__"])
    if k == 14:
        return (f"Reminder: your interview tomorrow", B.para(g, f"Just a reminder of your interview for {x['role']} tomorrow at {rng.choice(['10:00', '14:30', '9:15'])}. Please arrive 10 minutes early and bring photo ID.", sig),
                x["s"]["name"], x["s"]["addr"], [], x["company"], [])
    return ("Team rota — next month", B.para(g, "The rota for next month is attached. Please swap shifts via the usual form by Friday.", sig),
            x["s"]["name"], x["s"]["addr"], [], None, [])


def fam_lookalike(rng: random.Random) -> Iterable[dict]:
    """Mail that sounds like a decision but is about something else (or an interview cancelled because the job went)."""
    fam = f"{FAMILY_PREFIX}-lookalike"
    for n in range(56):
        x = _ctx(rng)
        k = n % 16
        subj, body, fn, fa, labels, company, oc = _lookalike(rng, x, k)
        if oc == ["__auto__"]:
            oc = ["role_filled"] if any(r in body for r in S.REASON["role_filled"]) else ["role_cancelled"]
        yield _rec(fam, n, x, subj, body, labels, company, from_name=fn, from_addr=fa, oc=oc)


# ---------------------------------------------------------------- two decisions in one message
def fam_multi(rng: random.Random) -> Iterable[dict]:
    """Ack + assessment invite, no-for-this-role + invite-for-another, rejection + feedback, and plain offers."""
    fam = f"{FAMILY_PREFIX}-multi"
    for n in range(54):
        x = _ctx(rng)
        k = n % 6
        labels, topics, oc = [], [], []
        g = M.greet(rng, x["c"]["first"])
        if k in (0, 1):
            body = B.para(g, M.ack(rng, x["role"]).split(". ")[0] + ".",
                          rng.choice([f"As a first step, please complete our online assessment within 7 days: {S.booking_link(rng)}",
                                      f"Everyone who applies is invited to a short recorded video interview. Here is your link: {S.booking_link(rng)}",
                                      f"We'd like to invite you straight to a 20-minute phone screen — pick a time here: {S.booking_link(rng)}"]),
                          M.signoff(rng) + "\n" + x["s"]["name"])
            subj = rng.choice([f"Application received — next step for {x['role']}", f"Thanks for applying to {x['company']} + your assessment",
                               f"{x['company']}: application confirmed"])
            labels = ["application_ack", "interview_invite"]
        elif k in (2, 3):
            other = rng.choice(B.ROLES)
            rt, oc = M.rejection(rng, reasons=rng.choice([["level_mismatch"], ["closer_fit"], ["role_filled"], []]))
            body = B.para(g, rt, f"However, the team thinks you'd be a strong match for our {other} opening, and we'd like to invite you to this step for that role instead: {rng.choice(S.STEPS)}.",
                          rng.choice(["Would you be open to it?", "Let me know and I'll set it up.", f"I've held {B.slot(rng)} for you."]),
                          M.signoff(rng) + "\n" + x["s"]["name"])
            subj = rng.choice([f"{x['role']} — and another idea", f"Your application to {x['company']}", "A different role?"])
            labels = ["rejection", "interview_invite"]
        elif k == 4:
            rt, oc = M.rejection(rng, p_reason=0.3)
            ft, topics = M.feedback(rng)
            body = B.para(g, rng.choice(["Thank you for coming in for the final round.", "Thanks for the time you spent on the take-home.", ""]),
                          rt, ft, rng.choice(S.SOFTEN), M.signoff(rng) + "\n" + x["s"]["name"])
            subj = rng.choice([f"{x['role']} outcome", "Your interview with us", f"Re: {x['role']} final round"])
            labels = ["rejection", "feedback"]
        else:
            body = B.para(g, M.offer(rng, x["role"]), rng.choice(["Please let us know by Friday.", "The contract will follow once you confirm.", ""]),
                          M.signoff(rng) + "\n" + x["s"]["name"])
            subj = rng.choice([f"Offer of employment — {x['role']}", "Your offer", f"{x['company']}: offer letter"])
            labels = ["offer"]
        rec = _rec(fam, n, x, subj, body, labels, x["company"], topics=topics, oc=oc)
        yield B.maybe_html(rng, rec, 0.1, 0.2)


# ---------------------------------------------------------------- recruiters typing on phones
PHONE_REJ = ["hey {f}, bad news sorry, they went another way. will call later", "{f} - client's passing on you for this one. {reason} gutted for you",
             "hi {f} sorry it's a no from {company}. {reason}", "they've said no unfortunately. happy to chat later"]
PHONE_INV = ["{f}! they want to see you. {slot} ok?", "hi {f}, {company} want a quick call with you tmrw, free at 11?",
             "great news - 2nd interview with {company}. can you do {slot}? lmk", "they loved your CV, can we book a 15 min screen this week?"]
PHONE_OFF = ["{f} they're offering!! {money} + {extra}. call me", "verbal offer from {company}: {money}, start {date}. written one to follow. thoughts?"]
PHONE_NONE = ["running 5 min late for our call sorry", "did you get my voicemail?", "still waiting on {company}, chasing again today",
              "can you send me an updated CV in word format", "good luck today! you'll smash it"]


def fam_phone(rng: random.Random) -> Iterable[dict]:
    """Agency recruiters typing on a phone: one or two lines, lower case, "Sent from my iPhone"."""
    fam = f"{FAMILY_PREFIX}-phone"
    for n in range(60):
        x = _ctx(rng)
        ag_name, ag_dom = rng.choice(B.AGENCIES)
        rec = B.staff(rng, ag_name, ag_dom)
        k = n % 6
        oc: list[str] = []
        reason_key = rng.choice(["role_filled", "closer_fit", "level_mismatch", None, None])
        fill = {"f": x["c"]["first"], "company": x["company"], "slot": B.slot(rng).lower(), "money": S.money(rng), "extra": rng.choice(S.EXTRAS),
                "date": B.human_date(rng), "reason": (rng.choice(S.REASON[reason_key]) + ".") if reason_key else ""}
        if k in (0, 1):
            line = rng.choice(PHONE_REJ)
            if "{reason}" in line and reason_key:
                oc = [reason_key]
            labels = ["rejection"]
        elif k in (2, 3):
            line, labels = rng.choice(PHONE_INV), ["interview_invite"]
        elif k == 4:
            line, labels = (rng.choice(PHONE_OFF), ["offer"]) if n % 12 == 4 or rng.random() < 0.6 else (rng.choice(PHONE_NONE), [])
        else:
            line, labels = rng.choice(PHONE_NONE), []
        text = line.format(**fill).strip()
        named = "{company}" in line
        body = text + "\n\n" + rng.choice(["Sent from my iPhone", "Sent from Outlook for Android", f"{rec['first']}", f"{rec['name']} | {ag_name}", "Get Outlook for iOS"])
        subj = rng.choice([f"{x['company']}" if named else "update", "quick one", "Re: your application", f"{x['role']}", "news"])
        company = x["company"] if named or subj == x["company"] else None
        if labels == [] and not named:
            company = None
        yield B.record(fam, n, folder="INBOX", from_name=rec["name"], from_addr=rec["addr"], to_addr=x["c"]["addr"], subject=subj,
                       body_text=body, labels=labels, company=company, outside_control=oc)


def generate(rng: random.Random) -> Iterable[dict]:
    for fam in (fam_hm, fam_ats, fam_board, fam_digest, fam_lookalike, fam_multi, fam_phone):
        yield from fam(rng)
