"""w15: look-alikes that use hiring words without deciding anything about the reader's application.

Career newsletters about rejection and offers, rejections that are not about jobs, fake offers,
workshops and fairs, platform pings, auto-replies and bounces.  All unlabelled.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

import _w15_compose as C
import _w15_world as W

FAMILY_PREFIX = "w15look"
PER_FAMILY = 17

NEWSLETTER_TITLES = [
    "Why 'we've decided to go another way' isn't about you", "The interview question nobody prepares for",
    "I got 40 rejections before my first offer. Here's what changed.", "How to negotiate an offer without feeling gross",
    "Take-home tests: when to say no", "What hiring managers actually mean by 'not the right fit'",
    "Five things to ask at the end of an interview", "Your feedback request template (steal it)",
    "Why the offer stage is where most people leave money on the table", "Ghosted after a final round? Read this",
]
NEWSLETTER_BODY = [
    "This week I want to talk about the email everyone dreads: the one that says they won't be moving forward with you.",
    "A reader wrote in: 'I had three interviews, then silence. Then a rejection. What did I do wrong?' Probably nothing.",
    "If you've just been offered a job, congratulations — but before you sign, check the notice period and the probation terms.",
    "Hiring managers I spoke to said the same thing: candidates who ask good questions at the end stand out.",
    "Rejection stings. But most no's come down to timing, budgets and internal candidates you'll never hear about.",
    "Here's a script for asking for feedback after an interview that actually gets replies.",
    "Quick poll: have you ever been invited to a fifth-round interview? Hit reply and tell me.",
    "Our community call this Thursday is all about mock interviews. Members only, link in the portal.",
]
NEWSLETTER_SENDERS = [("Careerwise Weekly", "hello@careerwise.news"), ("The Job Hunt Diaries", "diaries@substack.com"),
                      ("Hired Not Tired", "newsletter@hirednottired.co"), ("Mira from Offerday", "mira@offerday.io"),
                      ("The Sunday Shortlist", "shortlist@mail.beehiiv.com"), ("Career Kitchen", "team@careerkitchen.com.au")]

NONJOB = [
    ("Your application to the MSc Data Science", "We regret that we are unable to offer you a place on the programme this year. Competition for places was exceptionally strong.", "Admissions Office", "admissions@university-of-eastvale.ac.uk"),
    ("Grant application outcome", "Thank you for applying to the Community Arts Fund. Unfortunately your application was not successful in this round.", "Fund Team", "grants@harbourfoundation.org"),
    ("Talk proposal — DevConf", "Thanks for submitting 'Scaling queues at a tiny startup'. Sadly we couldn't fit it into the programme this year.", "DevConf Programme Committee", "cfp@devconf-north.org"),
    ("Re: Flat on Albert Road", "Thanks for viewing on Saturday. The landlord has gone with another applicant, sorry. I'll let you know if anything similar comes up.", "Lettings", "lettings@mossandkeyproperty.co.uk"),
    ("Loan decision", "After reviewing your application, we are unable to approve your personal loan at this time.", "Customer Lending", "noreply@ferrybankcredit.com"),
    ("Visa application update", "Your application for a visitor visa has been refused. The reasons are set out in the attached letter.", "Visa Services", "noreply@visa-services.example.gov"),
    ("Membership application", "The committee met on Tuesday and unfortunately we are not able to offer you membership of the club this season; the waiting list is full.", "Membership Secretary", "members@riverbanktennisclub.org"),
    ("Your scholarship application", "We received many excellent applications and regret to inform you that you have not been selected for the award.", "Scholarships", "awards@kowhaitrust.org.nz"),
    ("Re: Allotment waiting list", "Sorry, there are no plots free this year, you're still on the list at position 14.", "Parish Council", "clerk@ashbyparish.org.uk"),
    ("Adoption application", "Thank you for your interest in adopting Biscuit. He has now found a home with another family.", "Paws Rescue", "adopt@pawsrescue.org"),
    ("Your article submission", "Thank you for pitching to us. It's not quite right for the magazine at the moment, but do pitch again.", "Features Desk", "pitches@northernwrites.co.uk"),
    ("Credit card application", "We're sorry, we can't offer you this card right now.", "Moonstone Bank", "no-reply@moonstonebank.com"),
]

SCAM = [
    ("CONGRATULATIONS!! You have been selected", "Dear Applicant, you have been SELECTED for the Remote Data Entry position, $45/hour. To receive your offer letter please send your bank details and a copy of your ID to this email."),
    ("Job Offer - Work From Home", "Hello, our HR team reviewed your CV on a job site and we are pleased to offer you a Personal Assistant job. Kindly pay the $120 training fee to start immediately."),
    ("Offer Letter Enclosed", "Greetings! You are offered Package Handling Agent role. Salary 4,500 USD monthly. Reply on WhatsApp +1 555 0134 for onboarding."),
    ("urgent hiring - reply fast", "Dear friend, we hire you for part time online likes job, earn 300-800 daily. No interview. Contact our Telegram manager now."),
]

EVENTS = [
    ("You're invited: {co} open evening", "Come and meet our engineers at our open evening on {day}! Drinks, pizza and lightning talks. Register here: {link}", True),
    ("Webinar: acing the behavioural interview", "Join our free webinar next {day} where two recruiters share what they look for in behavioural answers. Save your seat: {link}", False),
    ("Careers fair this Saturday", "Over 60 employers will be at the City Hall careers fair this weekend. Bring copies of your CV! Free entry.", False),
    ("{co} is hiring — virtual info session", "Curious about working at {co}? Our recruiters are running a virtual Q&A on {day} at {time}. No application needed.", True),
    ("Interview skills workshop", "Our library runs a free interview skills workshop every second Tuesday. Practise answers and get tips from volunteers.", False),
    ("Mock interview night 🎤", "Want to practise? Volunteers from local companies will give you a mock interview and tips. Sign-up sheet: {link}", False),
]

PINGS = [
    ("New jobs for you: {r}", "12 new {r} jobs near you, including roles at {co} and two others. See all jobs: {link}", False),
    ("Someone viewed your profile", "A recruiter at {co} viewed your profile this week. Upgrade to see who else has been looking.", False),
    ("Complete your profile", "You're almost there! Add your work history and upload a CV to apply faster.", False),
    ("Your application is still under review", "Hi {cand}, just a quick note that your application for {r} at {co} is still being reviewed. We'll update you as soon as we can.", True),
    ("Reminder: finish your assessment", "You started the {co} online assessment but haven't submitted it. It expires in 48 hours.", True),
    ("Saved job closing soon", "The {r} role at {co} that you saved closes on {day}. Don't miss out!", False),
    ("Weekly summary", "You applied to 3 jobs this week. Keep going! Tip: tailor your CV to each role.", False),
]

EVENTS += [
    ("Portfolio review drop-in", "Bring your CV or portfolio to our drop-in on {day} and get a 15-minute review from a volunteer recruiter.", False),
    ("Meet {co} at the Graduate Fair", "We'll be on stand 42 at the Graduate Fair on {day}. Come and say hi and grab a tote bag!", True),
    ("Salary negotiation masterclass", "Got an offer coming? Our one-hour masterclass on {day} covers how to ask for more without burning bridges.", False),
]
PINGS += [
    ("{co} posted a new job", "{co} just posted: {r}. Be one of the first 10 applicants.", False),
    ("Your application status", "Your application for {r} at {co} is in review. No action is needed from you.", True),
    ("You appeared in 14 searches", "Recruiters found you in 14 searches this week. Add skills to appear in more.", False),
    ("Jobs you might like", "Based on your searches: {r} at {co}, and 8 more. Apply with one click.", False),
]
SCAM += [
    ("Selected for Interview + Offer", "Dear {cand}, you are directly selected for Remote Customer Agent position at our company. No interview needed. Send a deposit for your laptop to receive the offer."),
    ("Employment Offer", "We are pleased to offer you mystery shopper job. You will receive cheque of $2,400, deposit it and transfer the balance to our agent."),
]
AUTO = [
    ("Automatic reply: {r}", "Thanks for your email. I'm out of the office until the 14th with limited access to email. For anything urgent please contact {other}."),
    ("Out of office", "I'm on annual leave, back Monday. Your message hasn't been forwarded."),
    ("Undeliverable: Application - {r}", "Delivery has failed to these recipients or groups: jobs@{dom}. The email address you entered couldn't be found."),
    ("Mail delivery failed: returning message to sender", "This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients."),
    ("Auto: thank you for your email", "Thanks for getting in touch! We read every message and reply within 3 working days. This is an automated response."),
]


def generate(rng: random.Random) -> Iterable[dict]:
    for fam_key in ("newsletter", "nonjob", "scam", "events", "pings", "auto"):
        fam = f"{FAMILY_PREFIX}-{fam_key}"
        for n in range(PER_FAMILY if fam_key not in ("scam", "auto") else PER_FAMILY // 2 + 2):
            c = C.ctx(rng)
            company = None
            if fam_key == "newsletter":
                fn, fa = rng.choice(NEWSLETTER_SENDERS)
                subj = rng.choice(NEWSLETTER_TITLES)
                paras = rng.sample(NEWSLETTER_BODY, rng.randint(2, 4))
                body = f"{rng.choice(['Hi friend,', 'Hey there,', 'Hello {cand},', ''])}\n\n" + "\n\n".join(paras)
                body += "\n\n" + rng.choice(["Until next week,", "Keep going,", "Rooting for you,"]) + "\n" + fn.split(" from ")[0]
                body += "\n\nYou're receiving this because you subscribed. Unsubscribe | Manage preferences"
            elif fam_key == "nonjob":
                subj, text, fn, fa = rng.choice(NONJOB)
                body = f"{rng.choice(['Dear {cand},', 'Hi {cand},', 'Dear Applicant,'])}\n\n{text}\n\n" + rng.choice(
                    ["We wish you the best of luck.", "Thank you for your interest.", "Kind regards,", "Best wishes,"]) + f"\n{fn}"
            elif fam_key == "scam":
                subj, text = rng.choice(SCAM)
                fn = rng.choice(["HR Department", "Recruitment Manager", "Global Hiring Team", "Mrs. Linda Cole"])
                fa = rng.choice(["hr.department" + str(rng.randint(10, 99)) + "@gmail.com", "offers@job-selectt.com",
                                 "recruit@work-remote-now.xyz"])
                body = text + "\n\n" + rng.choice(["Regards,\nHR", "Thanks\nManagement", "Best Regards"])
            elif fam_key == "events":
                subj, text, named = rng.choice(EVENTS)
                company = c["co"] if named else None
                fn, fa = (f"{c['co']} Careers", f"events@{c['dom']}") if named else (
                    rng.choice(["City Jobs Hub", "Library Events", "Careers Service", "Meetup"]), "events@communityhub.org")
                body = text + "\n\n" + rng.choice(["Hope to see you there!", "Spaces are limited.", "All welcome."])
                body += "\n\nTo stop receiving event emails, unsubscribe here."
            elif fam_key == "pings":
                subj, text, named = rng.choice(PINGS)
                company = c["co"] if named else None
                fn, fa = rng.choice([("JobNest", "alerts@jobnest.com"), ("Hireboard", "noreply@hireboard.io"),
                                     ("Seekwell Jobs", "notify@seekwell.com.au")]) if not named else (
                    f"{c['co']} Recruiting", f"no-reply@{c['dom']}")
                body = text + "\n\n" + "Manage notifications | Unsubscribe"
            else:
                subj, text = rng.choice(AUTO)
                fn, fa = rng.choice([(f"{c['me']} {c['me_last']}", W.email_of(c["me"], c["me_last"], c["dom"], rng)),
                                     ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
                                     ("Microsoft Outlook", f"postmaster@{c['dom']}")])
                body = text
            if fam_key in ("events", "pings", "scam", "auto") and rng.random() < 0.7:
                body = C.smalltalk(rng) + "\n\n" + body if fam_key == "events" and rng.random() < 0.3 else body
                body += "\n\n" + rng.choice([
                    "Ref: {req}", "Sent {day} at {time}", "Message ID {n4}-{n4b}", "This is message {n3} of your digest.",
                    "Questions? Reply to this email.", "Please do not reply to this message.", "{other} — on behalf of the team",
                    "Forwarded to: {cand_addr}", "Reply STOP to opt out.", "Case {n4}{n3}"])
            body = C.fill(body, c)
            subj = C.fill(subj, c)
            yield C.record(fam, n, folder="INBOX", from_name=fn, from_addr=fa, to_addr=c["cand_addr"], subj=subj,
                           body=C.tidy(body), labels=[], company=company, rng=rng, html_rate=0.35)
