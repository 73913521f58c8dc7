"""w23 hiring mail where the words mislead: ATS status pings, booked-interview reminders, candidate
surveys, sourcing, scams, auto-replies and bounces, the candidate's Sent mail; next to the real
decisions written by the same portals, recruiters and candidates.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w23_kit as K  # noqa: E402
import _w23_say as S  # noqa: E402

FAMILY_PREFIX = "w23hire"
W = K.Writer(FAMILY_PREFIX)
ATS = ["talentrelay.net", "hirestream-mail.com", "apply-desk.io", "recruitcore.email", "jobsync.app"]


def _job(rng: random.Random) -> tuple[str, str, str, str]:
    org, dom, sector = rng.choice(K.employers())
    return org, dom, sector, K.role_for(sector, rng)


# ---------------------------------------------------------------- ATS portal voice
def portal(rng: random.Random, positive: bool) -> dict:
    org, dom, _, role = _job(rng)
    me = rng.choice(K.ME)
    req = K.req_no(rng)
    link = f"https://{K.slug(org)}.{rng.choice(ATS)}/candidate/{rng.randint(10000, 99999)}"
    d, t = K.date_words(rng), K.time_words(rng)
    labels: list[str] = []
    oc: list[str] = []
    topics: list[str] = []
    company = org
    kw = dict(role=role, org=org, dom=dom, num=req)
    if positive:
        kind = rng.choices(["ack", "inv", "rej", "off", "ackinv", "rejinv", "resched"], [21, 21, 31, 11, 8, 7, 5])[0]
        if kind == "ack":
            subject = rng.choice(["Application received: {role} ({num})", "Thank you for applying to {org}", "{org} | We received your application"])
            lines = [K.pick(rng, S.ACK, **kw), rng.choice(["You can check the status of your application at any time in the candidate portal.",
                                                          "We review every application and will contact you if your profile matches."])]
            labels = ["application_ack"]
        elif kind == "inv":
            subject = rng.choice(["Invitation to interview: {role}", "Schedule your interview - {role} {num}", "{org}: next step for {role}"])
            lines = [K.pick(rng, S.INVITE[:-1], **kw), f"Book here: {link}/schedule", rng.choice(["Slots fill up quickly, so please choose one within 3 days.",
                                                                                       "If none of the times work, reply and we'll find another."])]
            labels = ["interview_invite"]
        elif kind == "rej":
            subject = rng.choice(["Your application for {role}", "{org} - application update ({num})", "Regarding your candidacy"])
            core, oc = S.reject_with_reason(rng, role)
            lines = [f"Thank you for your interest in {org} and for the time you invested in applying for {role}.", core]
            nf = rng.choice(S.NO_FEEDBACK)
            if nf:
                lines.append(nf)
            lines.append(rng.choice(["We'll keep your details on file for future openings.", "We wish you every success."]))
            labels = ["rejection"]
        elif kind == "off":
            subject = rng.choice(["Your offer from {org} is ready to review", "Offer letter - {role}", "Action required: review your offer"])
            lines = [K.pick(rng, S.OFFER, **kw), K.pick(rng, S.OFFER_TERMS, pay=rng.choice(S.PAY), date=d),
                     f"Review and sign your offer in the portal: {link}/offer", "The offer expires in 5 business days."]
            labels = ["offer"]
        elif kind == "ackinv":
            subject = rng.choice(["Application received - complete your assessment", "Next step: online assessment for {role}"])
            lines = [K.pick(rng, S.ACK, **kw),
                     rng.choice(["As the next step, please complete our online assessment within 5 days.",
                                 "We'd like to invite you to record a short video interview: three questions, up to 2 minutes each."]),
                     f"Start here: {link}/assessment"]
            labels = ["application_ack", "interview_invite"]
        elif kind == "rejinv":
            other = K.role_for(rng.choice(list(K.ROLES)), rng)
            subject = rng.choice(["Your applications at {org}", "{role} - and another opening"])
            lines = [f"Thank you for applying for {role}. We will not be progressing that application, as we need deeper specialist experience for this team.",
                     f"However, the hiring manager for our {other} role would like to speak with you. Please choose an interview slot: {link}/schedule"]
            labels = ["rejection", "interview_invite"]
        else:
            subject = rng.choice(["Rescheduled: interview for {role}", "New time for your {org} interview", "Updated invitation: {role} interview"])
            lines = [f"Our interviewer is no longer available at the original time. We'd like to move your interview for {role} to {d} at {t}.",
                     f"Please accept the new time or choose another slot: {link}/schedule"]
            labels = ["interview_invite"]
    else:
        kind = rng.randrange(10)
        company = org
        if kind == 0:
            subject = rng.choice(["Reminder: your interview tomorrow", "Interview reminder - {role}", "See you {d}!"])
            lines = [f"This is a reminder of your interview for {role} on {d} at {t}.",
                     rng.choice(["Please arrive ten minutes early and ask for reception.", "The video link is in your calendar invitation.",
                                 "If you need to cancel, use the link in your confirmation email."])]
        elif kind == 1:
            subject = rng.choice(["Interview confirmed: {role}", "You're booked", "Booking confirmation - {org} interview"])
            lines = [f"Thanks for choosing a time. Your interview for {role} is confirmed for {d} at {t}.",
                     "You'll meet two members of the team. No further action is needed."]
        elif kind == 2:
            subject = rng.choice(["Your application is still under review", "Status update: {role}", "We haven't forgotten you"])
            lines = [rng.choice([f"Your application for {role} is still being reviewed. We'll update you as soon as we can.",
                                 "We're still reviewing applications and expect to make shortlisting decisions in the next two weeks.",
                                 "There's no change to your application status yet. Thanks for your patience."])]
        elif kind == 3:
            subject = rng.choice(["Your application is incomplete", "Reminder: finish your application", "Missing documents"])
            lines = [f"Your application for {role} hasn't been submitted yet. Please upload your CV and answer the screening questions.",
                     f"Continue: {link}"]
        elif kind == 4:
            subject = rng.choice(["How was your interview experience?", "We'd love your feedback", "Tell us about your candidate experience"])
            lines = [rng.choice([f"You recently interviewed with {org}. We'd love your feedback on the process - it takes 3 minutes.",
                                 "Whatever the outcome, your feedback on how we ran the interview helps us improve.",
                                 "Rate your interview experience from 1 to 5 and tell us what we could do better."]),
                     f"{link}/survey"]
        elif kind == 5:
            subject = rng.choice(["Reminder: complete your assessment", "Your assessment link expires soon", "You have 24 hours left"])
            lines = [f"You started the online assessment for {role} but haven't finished it. It will expire on {d}."]
        elif kind == 6:
            subject = rng.choice(["Assessment received", "Thanks - we've received your video interview", "Submission confirmed"])
            lines = [f"We've received your completed assessment for {role}. The team will review it and get back to you."]
        elif kind == 7:
            subject = rng.choice(["Accepted: Interview - {role}", "Accepted: {role} final round"])
            lines = [f"{' '.join(K.person(rng))} has accepted this invitation.", f"When: {d} {t}", "Where: Video call"]
            company = org
        elif kind == 8:
            subject = rng.choice(["Update your candidate profile", "Keep your {org} profile current"])
            lines = ["Keep your profile current so we can match you to future roles. Log in to update your preferences."]
        else:
            subject = rng.choice(["Interview details for {d}", "Getting here: your interview at {org}"])
            lines = [f"Ahead of your interview on {d}: our office is at Unit {rng.randint(1, 40)}, Riverside Park. Parking is free.",
                     "Your interviewers will be the team lead and a senior engineer."]
    body = [K.greet(rng, me)] + lines + [K.signoff(rng, rng.choice([f"{org} Talent Acquisition", f"The {org} Hiring Team", " ".join(K.person(rng))]), "", org),
                                         f"Powered by {rng.choice(['TalentRelay', 'HireStream', 'ApplyDesk', 'RecruitCore'])} · Privacy · Unsubscribe from job updates"]
    subject = subject.format(role=role, org=org, num=req, d=d)
    return W.rec(rng, "portal", subject=K.subj(rng, subject), body=K.joiner(body),
                 from_name=rng.choice([f"{org} Recruiting", f"Jobs at {org}", f"{org} Careers", f"{org} via TalentRelay"]),
                 from_addr=rng.choice([f"no-reply@{rng.choice(ATS)}", f"{K.slug(org)}@{rng.choice(ATS)}", f"careers@{dom}"]),
                 to_addr=me[1], labels=labels, company=company, topics=topics, outside_control=oc, brand=org)


# ---------------------------------------------------------------- recruiter / hiring manager voice
REQ_SENT = [
    "Thanks for letting me know about the {role} decision. Would you be able to share any feedback on my interviews? It would really help me prepare for the next one.",
    "I was disappointed to hear the news but appreciated the quick reply. If you have a few minutes, I'd be grateful for any pointers on where I fell short.",
    "Thank you for the update on {role}. Is there anything in particular the panel felt I should work on?",
]


def human(rng: random.Random, positive: bool) -> dict:
    org, dom, sector, role = _job(rng)
    me = rng.choice(K.ME)
    fn, ln = K.person(rng)
    title = rng.choice(["Talent Partner", "Recruiter", "Hiring Manager", "People Lead", "Founder", "Operations Director", "Team Lead",
                        "HR Manager"] + (["Head of Engineering", "Engineering Manager"] if sector == "tech" else []))
    labels: list[str] = []
    oc: list[str] = []
    topics: list[str] = []
    company: str | None = org
    quote = ""
    d, t = K.date_words(rng), K.time_words(rng)
    if positive:
        kind = rng.choices(["fbreply", "rejfb", "inv", "off", "rej"], [28, 20, 18, 16, 20])[0]
        if kind == "fbreply":
            subject = f"Re: {role} - feedback?"
            fb, topics = S.feedback_lines(rng, role=role)
            lines = [rng.choice(["Of course - happy to share what the panel said.", "Thanks for asking, and sorry again it wasn't better news.",
                                 "I went back to the interviewers' notes for you."]), fb,
                     rng.choice(["I hope that's useful, and I'd be glad to see you apply again.", "None of that is a reason not to apply with us in future.", ""])]
            labels = ["feedback"]
            quote = K.quote_gmail(rng, me[0], me[1], K.pick(rng, REQ_SENT, role=role) + "\n\n" + me[0].split()[0])
        elif kind == "rejfb":
            subject = rng.choice([f"{role} - decision", f"Following up on your interviews", f"Re: {role} final round"])
            core, oc = S.reject_with_reason(rng, role)
            fb, topics = S.feedback_lines(rng, role=role)
            lines = [rng.choice(["Thank you for coming in last week; the team enjoyed meeting you.", "I promised you an answer by Friday, so here it is."]),
                     core, fb]
            labels = ["rejection", "feedback"]
        elif kind == "inv":
            subject = rng.choice([f"{role} - quick chat?", f"Your application for {role}", "Next step", f"Interview for {role} at {org}"])
            lines = [rng.choice(["Thanks for your application - I liked what I saw.", "Your CV landed on my desk this morning."]),
                     K.pick(rng, S.INVITE, role=role, dom=dom, num=str(rng.randint(100, 999))),
                     rng.choice([f"Would {d} at {t} work?", "Send me a couple of times and I'll send an invite.", f"I have {d} afternoon free."])]
            labels = ["interview_invite"]
        elif kind == "off":
            subject = rng.choice([f"Offer - {role}", "Good news!", f"{org} offer", "Your offer"])
            lines = [rng.choice(["Great speaking earlier.", "Sorry this took a few days longer than promised."]),
                     K.pick(rng, S.OFFER, role=role), K.pick(rng, S.OFFER_TERMS, pay=rng.choice(S.PAY), date=d)]
            labels = ["offer"]
        else:
            subject = rng.choice([f"{role}", f"Re: {role} interview", "Update from " + org])
            core, oc = S.reject_with_reason(rng, role)
            lines = [core,
                     rng.choice(["I know that's disappointing after all the effort you put in.", "Thanks again for your time.",
                                 "I'd be glad to stay in touch."])]
            labels = ["rejection"]
            if rng.random() < 0.4:
                quote = K.quote_gmail(rng, me[0], me[1], f"Hi {fn},\n\nJust checking in on the {role} role - any news?\n\nThanks,\n{me[0].split()[0]}")
    else:
        kind = rng.randrange(8)
        if kind == 0:
            subject = rng.choice(["Thanks for your time today", f"Great to meet you - {role}", "Re: today"])
            lines = [rng.choice(["Thanks for your time today - really enjoyed the conversation.", "Thanks for coming in this morning."]),
                     rng.choice(["We're seeing two more people this week and will be in touch early next week.",
                                 "I'll collect the panel's notes and come back to you with next steps by Friday."])]
        elif kind == 1:
            subject = rng.choice([f"{role} opportunity", "Quick question", f"Your profile - {role}", "Open to a new role?"])
            company = None if rng.random() < 0.4 else org
            lines = [rng.choice([f"I came across your profile and think you'd be a strong fit for a {role} role I'm working on.",
                                 f"I'm hiring for a {role} at {org} and your background caught my eye."]),
                     "Would you be open to a conversation? No pressure either way."]
        elif kind == 2:
            subject = f"Re: {role}"
            lines = [rng.choice([f"Thanks for reaching out about {role}. Unfortunately that role closed last week, before we got your message.",
                                 f"Sorry - the {role} opening was put on hold before applications opened, so there's nothing to apply to right now."]),
                     "I'll keep an eye out and let you know if something similar comes up."]
        elif kind == 3:
            subject = f"Re: {role} - feedback?"
            lines = [rng.choice(["Thanks for asking. I'm afraid our policy is not to give individual feedback after interviews.",
                                 "I did ask the panel, but we're not able to share detailed feedback. We had a very strong field and it was close.",
                                 "Unfortunately I can't share the interview notes. I'm sorry I can't be more helpful."])]
            quote = K.quote_gmail(rng, me[0], me[1], K.pick(rng, REQ_SENT, role=role))
        elif kind == 4:
            subject = rng.choice(["Re: interview on " + d, "Re: confirming " + d])
            lines = [rng.choice(["Perfect, see you then.", "Great - that's booked. Reception will sign you in.", "Confirmed, thanks!"])]
            quote = K.quote_gmail(rng, me[0], me[1], f"Hi {fn},\n\n{d} at {t} works well for me.\n\nBest,\n{me[0].split()[0]}")
        elif kind == 5:
            subject = rng.choice(["Re: withdrawing my application", f"Re: {role}"])
            lines = ["Thanks for letting us know, and congratulations on the new role. All the best."]
            quote = K.quote_gmail(rng, me[0], me[1], f"Hi {fn},\n\nI've accepted another offer, so I'd like to withdraw from the {role} process.\n\nThanks for everything,\n{me[0].split()[0]}")
        elif kind == 6:
            subject = rng.choice(["Your start date", "Welcome aboard - paperwork", "Before your first day"])
            lines = ["So glad you accepted! Please complete the right-to-work check and the bank details form before your first day.",
                     f"Your laptop will be ready on {d}."]
        else:
            subject = rng.choice(["Still on it", f"{role} - timing", "Quick update"])
            lines = ["Just a note to say we haven't forgotten you. The hiring manager is on leave, so decisions will be a week later than planned."]
    body = [K.greet(rng, me)] + lines + [K.signoff(rng, f"{fn} {ln}" if rng.random() < 0.5 else fn, title, org)]
    if rng.random() < 0.3:
        body.append(K.footer(rng, org, dom, corporate=True))
    if quote:
        body.append(quote)
    return W.rec(rng, "human", subject=K.subj(rng, subject), body=K.joiner(body), from_name=f"{fn} {ln}",
                 from_addr=rng.choice([f"{fn.lower()}@{dom}", f"{fn.lower()}.{ln.lower()}@{dom}", f"{fn[0].lower()}{ln.lower()}@{dom}"]),
                 to_addr=me[1], labels=labels, company=company, topics=topics, outside_control=oc, html_mode=rng.choice(["text"] * 6 + ["both"]))


# ---------------------------------------------------------------- scams
def scam(rng: random.Random) -> dict:
    me = rng.choice(K.ME)
    fake = rng.choice(["Global Remote Staffing", "Amazon Work From Home Team", "HR Dept", "Premium Job Placement", "Apex Online Careers"])
    pay = rng.choice(["$45/hour", "$950 weekly", "£600 per day", "$3,800/month"])
    subject = rng.choice(["Congratulations! You have been selected", "JOB OFFER - immediate start", "Your application has been approved!!",
                          "Interview via Telegram", "Offer letter for remote data entry position", "You're hired - reply today"])
    lines = rng.sample([
        f"After reviewing your resume on a job site, we are pleased to offer you a remote data entry position paying {pay}.",
        "No experience needed. The interview will be conducted by text message on Telegram with our hiring manager.",
        "To secure your position, you will receive a cheque to purchase equipment from our approved vendor.",
        "Please send your full name, address, date of birth and bank details to start onboarding.",
        "This offer is only valid for 24 hours.",
        "Kindly reply YES to confirm your interest.",
    ], rng.randint(3, 5))
    body = [rng.choice(["Dear Applicant,", "Hello Dear,", "Dear " + me[0] + ",", "Greetings,"])] + lines + [rng.choice(["HR Manager", "Recruitment Department", "Mrs. Linda Carter, HR"]) + "\n" + fake]
    return W.rec(rng, "scam", subject=subject, body=K.joiner(body), from_name=fake,
                 from_addr=rng.choice(["hr.department2026@gmail.com", "careers-team@mail-jobs.top", "recruit@work-offers.xyz", "hiring.manager@outlook.com"]),
                 to_addr=me[1], html_mode=rng.choice(["text", "text", "html_only"]))


# ---------------------------------------------------------------- auto-replies, bounces
def auto(rng: random.Random, positive: bool) -> dict:
    org, dom, _, role = _job(rng)
    me = rng.choice(K.ME)
    fn, ln = K.person(rng)
    my_app = (f"Dear Hiring Team,\n\nPlease find attached my application for the {role} position (ref {K.req_no(rng)}). "
              f"I'd welcome the chance to discuss it at interview.\n\nKind regards,\n{me[0]}")
    labels: list[str] = []
    company: str | None = org
    if positive:
        subject = rng.choice([f"Automatic reply: Application - {role}", f"RE: Application for {role}", f"Auto: {role} application"])
        lines = [rng.choice([f"Thank you for your email. This is an automatic confirmation that your application for {role} has been received by {org}.",
                             f"We confirm receipt of your application to {org}. Please do not reply to this message.",
                             f"Your application has been received by the {org} recruitment inbox and logged against vacancy {role}."]),
                 rng.choice(["We aim to respond to all applicants within 15 working days.", "Only shortlisted candidates will be contacted.",
                             "If you don't hear from us within three weeks, please assume you have not been shortlisted."])]
        labels = ["application_ack"]
        from_name, from_addr = f"{org} Recruitment", f"jobs@{dom}"
    else:
        kind = rng.randrange(4)
        if kind == 0:
            subject = rng.choice([f"Automatic reply: Application - {role}", f"Out of Office: {role} application", "Out of office"])
            lines = [rng.choice([f"I'm out of the office until {K.date_words(rng)} with limited access to email.",
                                 "Thank you for your message. I am currently on annual leave and will respond when I return."]),
                     rng.choice([f"For urgent recruitment queries please contact {K.person(rng)[0]} at recruitment@{dom}.", "Your email will not be forwarded."])]
            from_name, from_addr = f"{fn} {ln}", f"{fn.lower()}.{ln.lower()}@{dom}"
        elif kind == 1:
            subject = rng.choice(["Undeliverable: Application for " + role, "Mail delivery failed: returning message to sender",
                                  "Delivery Status Notification (Failure)"])
            lines = [rng.choice([f"Your message to careers@{dom} couldn't be delivered. The mailbox is full or no longer exists.",
                                 f"This is the mail system at host mx.{dom}.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<hr@{dom}>: host mx.{dom} said: 550 5.1.1 User unknown"])]
            from_name, from_addr = rng.choice([("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ("Microsoft Outlook", "postmaster@outlook.com"),
                                               ("Mail Delivery System", f"MAILER-DAEMON@mx.{dom}")])
            company = None
        elif kind == 2:
            subject = f"Automatic reply: {role}"
            lines = ["This mailbox is no longer monitored. Please apply through our careers site instead."]
            from_name, from_addr = f"{org} HR", f"hr@{dom}"
            company = None
        else:
            subject = f"Re: Application for {role}"
            lines = [rng.choice(["Thanks - I'm passing this to the hiring manager.", "Received, I'll forward it to the right person."])]
            from_name, from_addr = f"{fn} {ln}", f"{fn.lower()}@{dom}"
            labels = ["application_ack"]  # a human confirming the application reached them is an acknowledgement
    body = [K.joiner(lines)]
    if rng.random() < 0.7:
        body.append(rng.choice([K.quote_gmail(rng, me[0], me[1], my_app),
                                K.quote_outlook(rng, me[0], me[1], f"careers@{dom}", f"Application for {role}", my_app)]))
    return W.rec(rng, "auto", subject=subject, body=K.joiner(body), from_name=from_name, from_addr=from_addr, to_addr=me[1],
                 labels=labels, company=company, html_mode="text")


# ---------------------------------------------------------------- Sent folder
def sent(rng: random.Random, positive: bool) -> dict:
    org, dom, _, role = _job(rng)
    me = rng.choice(K.ME)
    fn, ln = K.person(rng)
    first = me[0].split()[0]
    labels: list[str] = []
    company: str | None = org
    quote_from = ""
    if positive:
        subject = rng.choice([f"Re: Your application for {role}", f"Feedback request - {role}", f"Re: {org} - application update",
                              "Re: Update on your application", f"Could I ask for feedback? ({role})"])
        lines = [rng.choice([
            f"Thank you for letting me know. I'm disappointed, of course, but I appreciated the process. Would you be willing to share any feedback on my interview for {role}?",
            "Thanks for the update. If the panel has a moment, I'd be really grateful for a couple of lines on what I could have done better.",
            f"I'm sorry it didn't work out. Could you tell me which parts of the assessment let me down? I'd like to improve before my next application.",
            "Thank you for your email. Would it be possible to get some brief feedback from the interviewers? Even one or two points would help.",
            "Many thanks for getting back to me. Was there anything specific that made the difference? Any feedback would be valuable.",
            f"I appreciate you telling me personally. If you're able to share why I wasn't selected for {role}, I'd find that helpful for the future."]),
            rng.choice(["I'd still love to work with the team one day.", "Thanks again for your time.", "No worries if that's not possible.", ""])]
        labels = ["feedback_request"]
        rs = K.pick(rng, S.REJECT, role=role)
        quote_from = f"Dear {first},\n\n{rs}\n\nKind regards,\n{fn} {ln}"
    else:
        kind = rng.randrange(7)
        if kind == 0:
            subject = rng.choice(["Thank you", f"Thanks for today - {role}", "Re: interview"])
            lines = [rng.choice(["Thank you for taking the time to interview me today. I enjoyed hearing about the team's plans.",
                                 "Thanks again for the conversation this afternoon; it made me even more interested in the role."])]
        elif kind == 1:
            subject = rng.choice(["Withdrawing my application", f"Re: {role}", "Re: next steps"])
            lines = [rng.choice([f"I've decided to withdraw my application for {role}, as I've accepted another position.",
                                 "After some thought I'd like to step out of the process. Thank you for your time and consideration."])]
        elif kind == 2:
            subject = rng.choice([f"Re: Offer - {role}", "Accepting the offer", "Re: your offer"])
            lines = [rng.choice([f"I'm delighted to accept the offer for {role}. I've signed and attached the contract.",
                                 "Thank you so much - I'm happy to accept. Could you let me know what paperwork you need from me?"])]
            quote_from = f"Hi {first},\n\n{K.pick(rng, S.OFFER, role=role)}\n\n{fn}"
        elif kind == 3:
            subject = rng.choice([f"Re: Interview for {role}", "Re: availability", "Re: quick chat?"])
            lines = [rng.choice(["Thursday at 2pm works for me. Looking forward to it.", "Thanks for the invitation. Could we do Tuesday morning instead?",
                                 "Happy to. Any of the slots on Wednesday would suit."])]
            quote_from = f"Hi {first},\n\n{K.pick(rng, S.INVITE, role=role, dom=dom, num='1')}\n\n{fn}"
        elif kind == 4:
            subject = rng.choice([f"Application for {role}", f"{role} - {me[0]}", f"Application: {role} ({K.req_no(rng)})"])
            lines = [f"Please find attached my CV and cover letter for the {role} position advertised on your website.",
                     rng.choice(["I'd welcome the opportunity to discuss my application.", "I look forward to hearing from you."])]
        elif kind == 5:
            subject = rng.choice(["Re: feedback", f"Re: {role} - feedback"])
            lines = ["Thank you so much for the detailed feedback - it's genuinely useful and I'll work on it."]
            fb, _ = S.feedback_lines(rng, role=role)
            quote_from = f"Hi {first},\n\n{fb}\n\n{fn}"
        else:
            subject = rng.choice(["Re: Coffee next week?", "Reference request", "Re: catching up"])
            lines = [rng.choice(["Would you be willing to act as a referee for me? I'm applying for a few roles.",
                                 "Sounds good - Tuesday at the usual place?"])]
            company = None
    body = [rng.choice([f"Hi {fn},", f"Dear {fn},", f"Dear {fn} {ln},", f"Hello {fn},"])] + lines + [
        rng.choice(["Best,", "Kind regards,", "Thanks,", "Best wishes,"]) + "\n" + (first if rng.random() < 0.5 else me[0])]
    if quote_from:
        body.append(rng.choice([K.quote_gmail(rng, f"{fn} {ln}", f"{fn.lower()}@{dom}", quote_from),
                                K.quote_outlook(rng, f"{fn} {ln}", f"{fn.lower()}@{dom}", me[1], subject.replace("Re: ", ""), quote_from)]))
    return W.rec(rng, "sent", subject=subject, body=K.joiner(body), from_name=me[0], from_addr=me[1],
                 to_addr=f"{fn.lower()}@{dom}", labels=labels, company=company, folder="Sent", html_mode="text")


PHONE_ASK = [
    "thanks for letting me know. any chance of a bit of feedback on the interview? would really help",
    "ah that's a shame but thanks for telling me. is there anything i should work on for next time?",
    "Understood, thanks. Could you share what tipped it? Even a sentence would help me.",
    "thanks for the update. if the panel wrote anything down about where i fell short i'd love to hear it",
    "Disappointed but I get it. Any feedback on the task I submitted?",
    "ok thank you. would you mind telling me what the other candidate had that I didn't? trying to learn",
    "Thanks {n}. Before you close my file - could you pass on any feedback from the hiring manager?",
]
PHONE_OTHER = [
    "thanks, see you thursday!", "sounds good, I'll be there at 10", "Got it, thanks for confirming.",
    "thanks - just checking you received my application?", "running 5 min late, sorry!", "happy to do a call tomorrow instead",
    "Thanks for the heads up. Fingers crossed!", "all signed and sent back, thanks!", "no worries, I'll wait to hear",
]


def phone(rng: random.Random, positive: bool) -> dict:
    """The candidate typing short replies on a phone, over the quoted message."""
    org, dom, _, role = _job(rng)
    me = rng.choice(K.ME)
    fn, ln = K.person(rng)
    if positive:
        new = K.pick(rng, PHONE_ASK, n=fn)
        prev = f"Hi {me[0].split()[0]},\n\n{K.pick(rng, S.REJECT, role=role)}\n\n{rng.choice(K.SIGN_EN)}\n{fn}"
        labels = ["feedback_request"]
        company: str | None = org
    else:
        new = rng.choice(PHONE_OTHER)
        prev = rng.choice([f"Hi {me[0].split()[0]}, your interview for {role} is confirmed for {K.date_words(rng)} at {K.time_words(rng)}.",
                           f"Hi {me[0].split()[0]}, we'd like to invite you to interview for {role} - does Thursday at 10 work?",
                           f"Hi, just checking you got the contract for {role}?", f"Thanks for applying for {role}, we'll be in touch."])
        labels = []
        company = org
    body = new + "\n\n" + rng.choice(["Sent from my iPhone", "Sent from my phone", "Get Outlook for Android", ""]) + "\n\n" + K.quote_gmail(rng, f"{fn} {ln}", f"{fn.lower()}@{dom}", prev)
    subject = rng.choice([f"Re: {role}", f"RE: {org} - {role}", "Re: your application", "Re: Update", f"Re: Interview - {role}"])
    return W.rec(rng, "phone", subject=subject, body=body, from_name=me[0], from_addr=me[1], to_addr=f"{fn.lower()}@{dom}",
                 labels=labels, company=company, folder="Sent", html_mode="text")


def generate(rng: random.Random) -> Iterable[dict]:
    plan = [(lambda r: portal(r, False), 40), (lambda r: portal(r, True), 80),
            (lambda r: human(r, False), 36), (lambda r: human(r, True), 80),
            (scam, 14), (lambda r: auto(r, False), 20), (lambda r: auto(r, True), 10),
            (lambda r: sent(r, False), 30), (lambda r: sent(r, True), 24),
            (lambda r: phone(r, False), 16), (lambda r: phone(r, True), 14)]
    for fn, n in plan:
        for _ in range(n):
            yield fn(rng)
