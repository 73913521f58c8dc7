"""w13: everything else that lands in a job seeker's inbox and looks like hiring mail but is not.

Families: rejections of things that are not jobs (admissions, grants, talks, rentals, loans, visas,
clubs), mail from the user's current employer (including being asked to interview someone), event
invitations (webinars, career fairs), and auto-replies / bounces. None of these carry a label.
"""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w13life"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w13_kit")

NONJOB = [
    ("Office of Graduate Admissions", "admissions@{s}.edu", "Your application to the MBA Program",
     "After careful review, the Admissions Committee is unable to offer you admission to the Fall {y} cohort. We "
     "received a record number of applications this year."),
    ("{o} Foundation Grants", "grants@{s}.org", "Decision on Grant Proposal #{n}",
     "Thank you for submitting your proposal to the Community Innovation Fund. We regret that we are unable to fund "
     "your project in this cycle. Reviewer comments are attached."),
    ("DevSummit Program Committee", "cfp@{s}.dev", "Your talk submission: decision",
     "Thank you for submitting a talk to DevSummit. Unfortunately we could not accept your proposal this year; we "
     "had over 900 submissions for 60 slots."),
    ("{o} Apartments Leasing", "leasing@{s}.com", "Rental application - Unit {n}",
     "We have completed our review of your rental application. Unfortunately we are unable to approve your "
     "application for this unit at this time. You will receive an adverse action notice by mail."),
    ("{o} Credit Union", "loans@{s}.org", "Your loan application decision",
     "We're sorry, but we are unable to approve your application for a personal loan. The principal reasons are "
     "listed in the enclosed notice."),
    ("Consular Section", "visa-notices@{s}.gov", "Visa application status",
     "Your visa application has been refused under section 214(b). You may reapply at any time."),
    ("{o} Country Club", "membership@{s}.com", "Membership application",
     "The Membership Committee met on Tuesday and is unable to extend an invitation to join at this time. The "
     "waitlist for full golf membership remains closed."),
    ("{o} Literary Review", "editors@{s}.org", "Your submission",
     "Thank you for sending us your story. It isn't right for us, but we enjoyed reading it and hope you'll try us "
     "again."),
    ("Scholarship Committee", "scholarships@{s}.edu", "Scholarship decision",
     "We regret to inform you that you were not selected as a recipient of the Dean's Merit Scholarship."),
    ("{o} Marathon", "entries@{s}.com", "Lottery results: not selected",
     "We're sorry to let you know your entry was not selected in this year's lottery. Better luck next year!"),
    ("{o} Adoption Center", "adopt@{s}.org", "About your adoption application",
     "Thank you for applying to adopt Biscuit. Another family has been approved, but we'd love to help you find a "
     "match."),
    ("{o} Makerspace", "board@{s}.org", "Volunteer coordinator role - thanks!",
     "Thanks for offering to volunteer as event coordinator. We've filled the spot with a long-time member, but "
     "there's plenty else to help with."),
]


def fam_nonjob(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        sender, addr, subj, text = rng.choice(NONJOB)
        o = rng.choice(K._ROOTS)
        fill = {"o": o, "s": K.slug(o), "n": str(rng.randint(100, 9999)), "y": str(rng.randint(2025, 2027))}
        body = K.join(rng.choice([f"Dear {cand['first']},", f"Dear {cand['first']} {cand['last']},", f"Hi {cand['first']},"]),
                      text.format(**fill), rng.choice(["We wish you the best.", "Thank you for your interest.",
                                                       "Sincerely,", "Best regards,"]),
                      sender.format(**fill))
        text_b, html = K.present(rng, body, sender.format(**fill), 0.1, 0.2)
        yield rec.make("nonjob", from_name=sender.format(**fill), from_addr=addr.format(**fill), to_addr=cand["addr"],
                       subject=subj.format(**fill), body_text=text_b, body_html=html, labels=[], company=None)


def fam_work(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        emp = K.company(rng)
        dom = K.domain(emp, rng)
        f, l = K.person(rng)
        other = f"{rng.choice(K.FIRST)} {rng.choice(K.LAST)}"
        r = rng.randrange(6)
        if r == 0:
            subj = rng.choice([f"Interview panel: {K.role(rng, 'tech')} candidate Thursday",
                               "Can you interview a candidate for us?", f"Interviewer needed - {other}"])
            text = (f"Hi {cand['first']}, we have a final-round candidate ({other}) coming in on {K.long_date(rng)} and "
                    f"I'd like you on the panel for the {rng.choice(['technical', 'culture', 'behavioral', 'systems'])} "
                    f"session. Scorecard is in the ATS; please submit feedback within 24 hours.")
        elif r == 1:
            subj = rng.choice(["Updated schedule for next month", "On-call rotation", "Shift swap approved"])
            text = rng.choice(["The rota for next month is posted. You're on call the second week.",
                               "Your shift swap with Jordan for Saturday has been approved by your manager.",
                               "Reminder: timesheets are due Friday by noon."])
        elif r == 2:
            subj = rng.choice(["Open enrollment ends Friday", "Annual performance review - self-assessment due",
                               "Your pay statement is available"])
            text = rng.choice(["Benefits open enrollment closes this Friday. Review your elections in the HR portal.",
                               "Self-assessments for the annual review cycle are due by the 15th.",
                               "Your pay statement for the period ending last Friday is available in Workforce Portal."])
        elif r == 3:
            subj = rng.choice([f"Offer approved for {other}", f"Can you review this candidate's take-home?",
                               f"Debrief for {other} - please add notes"])
            text = rng.choice([f"Comp approved the offer for {other}; recruiting will send it today. Thanks for the quick "
                               "feedback on the panel.",
                               f"{other} submitted the take-home for our backend role. Could you review it by Wednesday?",
                               f"Please add your interview notes for {other} before tomorrow's debrief."])
        elif r == 4:
            subj = rng.choice(["Lunch Thursday?", "Re: slides for Monday", "Team offsite - dietary needs"])
            text = rng.choice(["Want to grab lunch Thursday at the taco place?",
                               "Looks good to me, just fix the numbers on slide 4.",
                               "Please fill in the form for the offsite by Wednesday."])
        else:
            subj = rng.choice(["Internal job posting: you might like this", "Reminder: referral bonus doubled"])
            text = rng.choice(["Saw this internal posting and thought of you. Applications close next week.",
                               "Referral bonuses are doubled this quarter for engineering roles. Know anyone?"])
        body = K.join(f"Hi {cand['first']}," if not text.startswith("Hi") and rng.random() < 0.7 else "", text,
                      f"{f}" if rng.random() < 0.5 else f"Thanks,\n{f} {l}\n{emp}",
                      rng.choice(["", f"CONFIDENTIAL: internal to {emp}."]))
        yield rec.make("work", from_name=f"{f} {l}", from_addr=f"{f.lower()}.{l.lower()}@{dom}",
                       to_addr=f"{cand['first'].lower()}.{cand['last'].lower()}@{dom}", subject=subj,
                       body_text=body, body_html=None, labels=[], company=None)


EVENTS = [
    ("Virtual Career Fair: {n}+ employers hiring now", "Join our spring virtual career fair on {d}. Chat live with "
     "recruiters from healthcare, finance and tech. Registration is free."),
    ("You're invited: Resume Workshop", "Bring your resume to our free 60-minute workshop on {d} at {t}. Our coaches "
     "will share how recruiters screen applications."),
    ("Webinar: Acing the behavioral interview", "Register for our live webinar on {d}. Learn the STAR method and "
     "practice answers to the top 10 interview questions."),
    ("Hiring event at the Convention Center", "Meet employers face-to-face at our regional job fair on {d}. Dress "
     "professionally and bring copies of your resume."),
    ("Info session: {c} Engineering Leadership Program", "Curious about {c}? Join our info session on {d} at {t} to "
     "hear from current associates. This is not an interview; all are welcome."),
    ("Invitation: Women in Tech networking night", "Join us for drinks, lightning talks and networking on {d}. Space "
     "is limited, RSVP today."),
    ("Alumni career panel - RSVP", "Our alumni panel on breaking into product management is on {d} at {t}. Ask "
     "questions live."),
]


def fam_events(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        comp = K.company(rng)
        subj, text = rng.choice(EVENTS)
        fill = {"n": str(rng.randint(20, 150)), "d": K.long_date(rng), "t": K.slot_time(rng), "c": comp}
        org = comp if "{c}" in subj else rng.choice(["Career Services", "Workforce Connections", "Metro Jobs Council",
                                                     "Alumni Association", "TechWomen Network", "CareerBridge Events"])
        body = K.join(K.greet(rng, cand), text.format(**fill), "Register: https://events." + K.slug(org)[:14] +
                      ".org/r/" + str(rng.randint(1000, 99999)), rng.choice(["See you there!", "Questions? Reply here.", ""]),
                      K.unsubscribe(rng, org))
        text_b, html = K.present(rng, body, org, 0.3, 0.35)
        yield rec.make("events", from_name=org, from_addr=f"events@{K.slug(org)[:14]}.org", to_addr=cand["addr"],
                       subject=subj.format(**fill), body_text=text_b, body_html=html, labels=[],
                       company=comp if "{c}" in subj else None)


def fam_auto(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        comp = K.company(rng)
        f, l = K.person(rng)
        r = rng.randrange(3)
        if r == 0:
            subj = rng.choice(["Automatic reply: Application for " + K.role(rng, "corp"), "Out of Office: Re: Follow up",
                               "Auto-Reply: Thank you for your email"])
            body = rng.choice([f"I am out of the office until {K.long_date(rng)} with limited access to email. For "
                               f"urgent recruiting matters please contact talent@{K.domain(comp, rng)}.",
                               "Thank you for your message. I'm currently on leave and will respond when I return.",
                               f"Thanks for reaching out! Our recruiting team receives a high volume of email; we'll reply "
                               "within 3 business days."])
            frm, addr, co = f"{f} {l}", f"{f.lower()}.{l.lower()}@{K.domain(comp, rng)}", comp
        elif r == 1:
            subj = rng.choice(["Undeliverable: Application - " + K.role(rng, "tech"), "Delivery Status Notification (Failure)",
                               "Mail delivery failed: returning message to sender"])
            body = (f"Your message to {rng.choice(['careers', 'jobs', 'hr'])}@{K.domain(comp, rng)} couldn't be delivered. "
                    "The email address wasn't found at the destination domain.\n\nRemote server returned '550 5.1.1 "
                    "User unknown'")
            frm, addr, co = "Mail Delivery Subsystem", f"mailer-daemon@{cand['addr'].split('@')[1]}", None
        else:
            subj = rng.choice(["Your ticket has been received [#" + str(rng.randint(10000, 99999)) + "]",
                               "We received your message"])
            body = (f"Thanks for contacting {comp} Candidate Support. A member of our team will respond within 2 "
                    "business days. Please do not reply to this email.")
            frm, addr, co = f"{comp} Candidate Support", f"support@{K.domain(comp, rng)}", comp
        yield rec.make("auto", from_name=frm, from_addr=addr, to_addr=cand["addr"], subject=subj, body_text=body,
                       body_html=None, labels=[], company=co)


def generate(rng: random.Random) -> Iterable[dict]:
    rec = K.Recorder(FAMILY_PREFIX)
    yield from fam_nonjob(rng, rec, 24)
    yield from fam_work(rng, rec, 20)
    yield from fam_events(rng, rec, 18)
    yield from fam_auto(rng, rec, 14)
