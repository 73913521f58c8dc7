"""English INBOX mail with no label that looks like job mail: interview reminders, thanks-for-your-time
notes, still-under-review pings, onboarding paperwork, job alerts, newsletters about rejection and
interviewing, events, rejections that are not about jobs, scams, colleagues asking the user to
interview someone, auto-replies, bounces and ordinary mail. Run through build.py."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

from _w2_kit import (COMPANIES, MOBILE, ROLES, fill, new_ctx, pick,  # noqa: E402
                     record, slug, some, to_html, wrap)

FAMILY_PREFIX = "w2neg"

# ---- employer mail that is not an invitation, ack, rejection, offer or feedback --------------------
REMIND = [
    "This is a reminder that your interview for {role} is scheduled for {day} at {time}.",
    "Just a friendly reminder about your call with {hm} tomorrow at {time}.",
    "Your interview is coming up on {day} at {time}; the video link is the same as in your calendar invitation.",
    "A quick reminder: we're seeing you {day} at {time} at our {city} office.",
    "Looking forward to seeing you on {day}! As a reminder, please arrive ten minutes early and bring photo ID.",
    "Reminder: your technical interview starts in 24 hours.",
    "Heads up that your onsite is this {day}; the agenda hasn't changed.",
    "Your booked slot ({day}, {time}) is confirmed. Nothing else you need to do.",
]
REMIND_CASUAL = ["see you {day} at {time}!", "Just a nudge that we're speaking tomorrow at {time}.",
                 "reminder we've got our call at {time} — same link as before.", "All set for {day}. Speak then!"]
THANKS_TIME = [
    "Thanks so much for your time today — it was great to hear about your work on payments infrastructure.",
    "Thank you for speaking with us this afternoon.",
    "Really appreciated the conversation earlier; the team enjoyed meeting you.",
    "Thanks for coming in today and for your patience with the slightly chaotic schedule!",
    "Thank you for the call this morning. We'll be in touch once we've spoken with all the candidates.",
    "Great to meet you today. We're wrapping up interviews this week and will update you after that.",
    "Thanks for making time for us today, especially at such short notice.",
]
THANKS_CASUAL = ["thanks for the chat today, really enjoyed it.", "Great talking earlier! Will be in touch soon.",
                 "Thanks for coming in, the team loved the conversation.", "cheers for your time this morning."]
REVIEW = [
    "We wanted to let you know your application for {role} is still under review.",
    "Your application is still being considered; we expect to have an update in the next two weeks.",
    "Thank you for your patience. The hiring team is still reviewing candidates for {role}.",
    "No decision has been made on your application yet — we'll be in touch as soon as there's news.",
    "Status update: your application for {role} is in review with the hiring manager.",
    "The process is taking longer than planned because of holidays. Your application remains active.",
    "Just a quick note to say we haven't forgotten you — we're still collecting feedback from the panel.",
]
REVIEW_CASUAL = ["still waiting on the hiring manager, will update you soon.", "No news yet, sorry! Still in review.",
                 "haven't forgotten you — the team's still deciding.", "Quick update: nothing decided yet, hang tight."]
PROFILE = [
    "Your candidate profile is 60% complete. Add your work history to stand out to recruiters.",
    "You started an application for {role} but didn't finish it. Pick up where you left off.",
    "Please upload a CV to complete your candidate profile.",
    "Your saved application for {role} will expire in 3 days.",
    "Keep your profile up to date: recruiters at {co} search our talent pool every week.",
]
ONBOARD = [
    "Welcome aboard! Ahead of your start date on {start}, please complete the new starter forms in our HR portal.",
    "Please send us a copy of your passport and your bank details for payroll before {start}.",
    "Your laptop will be delivered to your home address the week before you start. Please confirm the address.",
    "Attached is your first-week schedule, including your induction session with IT.",
    "To finish your background check, please fill in the consent form linked below.",
    "Now that you've signed, here is the equipment order form and the link to choose your benefits.",
    "Your building pass will be ready at reception on day one. See you on {start}!",
]
ONBOARD_CASUAL = ["so glad you're joining! can you fill in the payroll form before {start}?",
                  "Welcome! Laptop's on its way. Ping me if you need anything before {start}.",
                  "Need your bank details and a photo for your pass when you get a sec."]
CLOSED_BEFORE = [
    "I wanted to reach out about a {role} role with a client of mine, but I've just heard it has been filled, so please ignore my previous message.",
    "Quick update on the {role} vacancy I mentioned on the phone: the client has paused it before we sent any CVs, so I won't be submitting you.",
    "Are you open to new opportunities? I'm working on a {role} position in {city} with a very interesting team.",
    "I came across your profile and think you'd be a great fit for a {role} role I'm recruiting for. Do you have time for a call?",
    "I have several {role} roles on at the moment, hybrid in {city}. Would you like me to send over details?",
    "Hope you're well! I know we spoke a while back — are you still looking, or have you found something?",
]
CLOSED_CASUAL = ["hey, that role I mentioned got pulled before I could put you forward — sorry! will keep you in mind.",
                 "You open to a chat about a {role} role? Remote, decent budget.", "any interest in a {role} contract? 6 months, starting asap"]
NEG_SUBJ = {
    "remind": ["Reminder: {role} interview", "See you tomorrow", "Your interview on {day}", "Interview confirmation", "Tomorrow at {time}"],
    "thanks": ["Thanks for today", "Great to meet you", "Re: today", "Thank you!", "Following today's interview"],
    "review": ["Status of your application", "Your application is in review", "Still reviewing", "An update on timing", "Where things stand"],
    "profile": ["Complete your profile", "Your application is incomplete", "Don't forget to finish your application", "Action needed: upload your CV"],
    "onboard": ["Before you start", "Welcome to {co}!", "New starter paperwork", "Your first day", "Documents needed for payroll"],
    "closed": ["Opportunity: {role}", "Quick question", "{role} – {city}", "Are you open to a new role?", "Re: our call"],
}


def employer_neg(rng: random.Random, kind: str) -> dict:
    tables = {
        "remind": (REMIND, REMIND_CASUAL, "Reminder about your interview on {day}."),
        "thanks": (THANKS_TIME, THANKS_CASUAL, "They say thanks for your time today."),
        "review": (REVIEW, REVIEW_CASUAL, "No news yet, still under review."),
        "profile": (PROFILE, PROFILE, "Your profile needs finishing."),
        "onboard": (ONBOARD, ONBOARD_CASUAL, "Paperwork for your start date."),
        "closed": (CLOSED_BEFORE, CLOSED_CASUAL, "Heads up on a role."),
    }
    formal_pool, casual_pool, gist = tables[kind]
    formal = some(rng, formal_pool, 1, 2)
    formal.append(pick(rng, ["If you have any questions in the meantime, just reply.", "Thanks again!", "Have a great week.",
                             "Any questions, let me know.", "Best of luck with everything."]))
    return {"formal": formal, "casual": [pick(rng, casual_pool)], "gist": gist, "subjects": NEG_SUBJ[kind],
            "labels": [], "topics": [], "outside_control": [], "agency_hide_ok": True}


EMPLOYER_SHELLS = {
    "remind": ["w2-ats-relay", "w2-corp-portal", "w2-hm-direct", "w2-agency-recruiter", "w2-thread-reply", "w2-phone-terse"],
    "thanks": ["w2-hm-direct", "w2-founder-note", "w2-agency-recruiter", "w2-thread-reply", "w2-phone-terse", "w2-outlook-chain"],
    "review": ["w2-ats-relay", "w2-corp-portal", "w2-agency-recruiter", "w2-thread-reply", "w2-formal-letter"],
    "profile": ["w2-ats-relay", "w2-corp-portal"],
    "onboard": ["w2-corp-portal", "w2-hm-direct", "w2-founder-note", "w2-formal-letter", "w2-forwarded", "w2-outlook-chain"],
    "closed": ["w2-agency-recruiter", "w2-agency-recruiter", "w2-phone-terse"],
}

# ---- job boards and professional networks ----------------------------------------------------
BOARDS = [("Jobtrail", "jobtrail.io"), ("HireScout", "hirescout-mail.com"), ("Workwise Jobs", "workwise.jobs"),
          ("Careerlane", "careerlane.net"), ("TechRoles Weekly", "techroles.email"), ("Linkwork", "linkwork-notify.com")]
ALERT_INTRO = ["{n} new jobs match your search “{q}”", "New jobs for you in {city}", "Jobs you may be interested in",
               "Your daily job alert: {q}", "We found {n} roles that match your profile", "Recommended for you this week",
               "Fresh listings for “{q}”", "Based on your recent searches"]
ALERT_TAIL = ["Apply with one click from your saved profile.", "Easy Apply available on 3 of these jobs.",
              "You're receiving this alert because you saved the search “{q}”. Manage alerts.",
              "Tip: candidates who apply within 3 days are 2x more likely to hear back.", "Unsubscribe · Alert settings · Help",
              "Salary insights are available for premium members."]
PROFILE_VIEW = [
    "A recruiter from {co} viewed your profile.", "{n} recruiters looked at your profile this week.",
    "You appeared in {n} searches this week, including searches by {co}.", "{sender} at {co} viewed your profile.",
    "Hiring managers are looking at profiles like yours. Update yours to stay visible.",
    "Your profile was shortlisted in a recruiter's search for “{q}”.",
]
NETWORK_NAG = ["Complete your profile to get 5x more views.", "Add a headline to help recruiters find you.",
               "Let recruiters know you're open to work.", "Your résumé is 2 years old. Refresh it to get better matches.",
               "Answer three quick questions to improve your job recommendations.", "Add at least three skills so we can match you with the right roles.",
               "Profiles with a photo get more messages from recruiters.", "Your preferred locations are empty – tell us where you'd like to work.",
               "Set a salary expectation to see jobs that fit.", "Verify your email address to keep receiving job matches.",
               "You haven't logged in for 30 days. Here's what you missed.", "Turn on notifications so you never miss a new listing."]


def board_mail(rng: random.Random, ctx: dict, kind: str) -> dict:
    name, dom = pick(rng, BOARDS)
    q = pick(rng, ["python developer", "data analyst remote", "product designer", "site reliability", "engineering manager",
                   "backend go", "junior developer", "machine learning"])
    vals = dict(ctx, n=rng.randint(3, 40), q=q)
    if kind == "alert":
        jobs = []
        for _ in range(rng.randint(3, 6)):
            co, role = pick(rng, COMPANIES), pick(rng, ROLES)
            line = pick(rng, ["{role}\n{co} · {city}\n{sal}", "{role} — {co} ({city})", "• {role} at {co}, {sal}, posted {d}d ago",
                              "{co}\n{role}\n{city} · {sal} · Easy Apply"])
            jobs.append(line.format(role=role, co=co, city=pick(rng, ["London", "Remote", "Berlin", "Leeds", "Dublin", "Hybrid – Bristol"]),
                                    sal=pick(rng, ["£55k–£70k", "€60,000", "Competitive", "$130k–$160k", "£450/day"]), d=rng.randint(1, 9)))
        subj = fill(pick(rng, ALERT_INTRO), vals)
        paras = [subj] + jobs + [fill(pick(rng, ["See all jobs", "View more matches", "Browse all {n} results"]), vals)] + [fill(t, vals) for t in some(rng, ALERT_TAIL, 1, 2)]
    elif kind == "view":
        subj = fill(pick(rng, ["Someone viewed your profile", "You appeared in {n} searches", "{co} is looking at your profile",
                               "Your weekly profile stats", "New profile views"]), vals)
        paras = [fill(pick(rng, PROFILE_VIEW), vals), fill(pick(rng, ["See who's viewing", "Upgrade to see all viewers",
                                                                      "Reach out to {sender} with a message"]), vals),
                 pick(rng, NETWORK_NAG)]
    else:
        subj = pick(rng, ["Finish setting up your profile", "You're missing out on jobs", "Your profile needs attention",
                          "One step left", "Is your résumé up to date?"])
        paras = [fill(pick(rng, ["Hi {first}, it only takes two minutes.", "Hello {first},", "{first}, you're almost there.", "Hi there,"]), vals)]
        paras += some(rng, NETWORK_NAG, 2, 4) + [pick(rng, ["Update profile", "Finish now", "Go to my profile", "Continue"])]
    foot = [f"{name}, 1 Market Lane, {ctx['city']}", "You are receiving this email because you have an account with " + name + ".",
            "Unsubscribe | Privacy"]
    if rng.random() < 0.4:
        return dict(subject=subj, body_text="", body_html=to_html(paras, rng, name, foot), from_name=name,
                    from_addr=pick(rng, ["alerts@", "jobs-noreply@", "notify@", "hello@"]) + dom, company=None)
    return dict(subject=subj, body_text="\n\n".join(paras) + "\n\n—\n" + "\n".join(foot), body_html=None, from_name=name,
                from_addr=pick(rng, ["alerts@", "jobs-noreply@", "notify@", "hello@"]) + dom, company=None)


# ---- newsletters and blog posts about job hunting -----------------------------------------------
NEWS_TITLES = [
    "What “we've decided to move forward with other candidates” really means", "How to ask for interview feedback (and actually get it)",
    "5 mistakes that sink system design interviews", "Rejected after the final round? Read this", "The take-home test debate",
    "Why recruiters ghost — and what to do about it", "Negotiating your offer: a script", "Dealing with rejection as a senior engineer",
    "Behavioural interviews: the STAR method, revisited", "Hiring freezes in 2025: which sectors are still recruiting",
    "Our interview prep checklist", "From 200 applications to one offer: a reader's story",
]
NEWS_PARAS = [
    "Most rejection emails are written from a template. “After careful consideration” is usually exactly that: a sentence someone wrote once, years ago.",
    "If you get a rejection after an onsite, it is worth sending a short, polite note asking for feedback. Around a third of companies will reply.",
    "This week we spoke to three hiring managers about how they read CVs. The short version: impact beats responsibilities.",
    "A reader writes: “I was told the position was filled, then saw it reposted a week later.” Here's what might be going on.",
    "Interviewers are rarely trying to trick you. In a system design round, they want to see you make trade-offs out loud.",
    "We've put together a template for thank-you notes after interviews. Keep it to three sentences.",
    "Offers are more negotiable than most people think, especially on start date and signing bonus.",
    "The job market has been tough. If you've had a string of “unfortunately” emails, you're not alone: the average search now takes four months.",
    "Take-home assignments should be time-boxed. If a company asks for more than four hours unpaid, it's fair to ask why.",
    "Nerves are normal. Practise out loud with a friend and ask them to interrupt you.",
    "Hiring budgets are thawing in healthcare and energy, while consumer tech remains cautious.",
]
NEWS_SOURCES = [("The Offer Letter", "offerletter.substack-mail.com"), ("Interview Club", "news.interviewclub.io"),
                ("Career Notes by Dana", "dana@careernotes.blog"), ("Eng Hiring Digest", "digest@enghiring.news"),
                ("Jobtrail Blog", "blog@jobtrail.io"), ("The Candidate", "thecandidate@letters.email")]


def newsletter(rng: random.Random, ctx: dict) -> dict:
    name, addr = pick(rng, NEWS_SOURCES)
    if "@" not in addr:
        addr = "newsletter@" + addr
    title = pick(rng, NEWS_TITLES)
    paras = [title] + some(rng, NEWS_PARAS, 2, 4) + [pick(rng, ["Read the full post →", "Continue reading on the web",
                                                                 "Reply and tell us your story.", "Forward this to a friend who's job hunting."])]
    subj = pick(rng, [title, "This week: " + title, "#" + str(rng.randint(12, 240)) + ": " + title, title + " + more"])
    foot = ["You're receiving this because you subscribed to " + name + ".", "Unsubscribe"]
    if rng.random() < 0.35:
        return dict(subject=subj, body_text="", body_html=to_html(paras, rng, name, foot), from_name=name, from_addr=addr, company=None)
    return dict(subject=subj, body_text="\n\n".join(paras) + "\n\n" + "\n".join(foot), body_html=None, from_name=name, from_addr=addr, company=None)


# ---- events -------------------------------------------------------------------------------------
EVENTS = [
    ("You're invited: Cracking the Coding Interview live webinar", "Join us on {day} at 6pm for a live session on preparing for technical interviews. Register here: https://events.jobtrail.io/{n}"),
    ("Tech Careers Fair – {city}", "Meet 60+ employers including {co} at our spring careers fair. Free entry for registered attendees."),
    ("Workshop: mock interviews with senior engineers", "Spots are limited to 20 people. Bring your questions and your CV."),
    ("Invitation: {co} open evening", "We'd love to invite you to an open evening at our {city} office: talks, pizza and a chance to meet the team. RSVP by {deadline}."),
    ("Alumni careers panel", "The careers service is hosting a panel of alumni working in data science. All graduates welcome."),
    ("Last chance to register: Salary negotiation masterclass", "Our most popular workshop is back for one evening only."),
    ("Hackathon this weekend", "Teams of up to four, prizes from our sponsors, and recruiters from {co} on site."),
    ("Meetup: Women in Platform Engineering", "This month's talk: running Postgres at scale. Doors open 18:30."),
]


def event_mail(rng: random.Random, ctx: dict) -> dict:
    s, b = pick(rng, EVENTS)
    vals = dict(ctx, n=rng.randint(1000, 9999))
    org = pick(rng, [("Jobtrail Events", "events@jobtrail.io"), ("Ravenscourt Careers Service", "careers@ravenscourt.ac.uk"),
                     ("Platform Meetup", "organisers@platform-meetup.org"), (f"{ctx['co']} Early Careers", f"events@{ctx['cdomain']}"),
                     ("CareerFair Europe", "info@careerfair-europe.eu")])
    extra = some(rng, ["Add to calendar.", "Can't make it? The recording will be sent to everyone who registers.", "Free to attend.",
                       "Bring a few printed copies of your CV.", "Limited places – first come, first served.", "Accessible venue; step-free access."], 1, 3)
    body = pick(rng, ["Hi {first},\n\n", "Hello,\n\n", "Dear member,\n\n", ""]) + b + "\n\n" + " ".join(extra) + "\n\n" + pick(rng, ["See you there!", "The events team", "Cheers,\nthe organisers"])
    return dict(subject=fill(s, vals), body_text=fill(body, vals), body_html=None, from_name=org[0], from_addr=org[1], company=None)


# ---- rejections that are not about a job ---------------------------------------------------------
NONJOB = [
    ("Your application to the MSc in Data Science", "Ravenscourt University Admissions", "admissions@ravenscourt.ac.uk",
     ["Thank you for applying to the MSc in Data Science for the coming academic year.",
      "After careful review, we regret that we are unable to offer you a place on the programme.",
      "Competition this year was exceptionally strong, with over 900 applications for 60 places.",
      "You may wish to consider our part-time route, which opens for applications in spring."]),
    ("Decision on your grant application", "Northern Arts Fund", "grants@northernartsfund.org",
     ["Thank you for submitting your proposal to the Community Projects round.",
      "Unfortunately the panel has decided not to fund your project on this occasion.",
      "The round was heavily oversubscribed and many strong proposals could not be supported.",
      "You are welcome to apply again in the autumn round."]),
    ("Your talk proposal for DevConf", "DevConf Programme Committee", "cfp@devconf-europe.org",
     ["Thanks for submitting “{talk}” to our call for papers.",
      "We're sorry to say your talk was not selected for this year's programme.",
      "We received 640 proposals for 48 slots, so we had to make some hard choices.",
      "We hope you'll still join us as an attendee — here's a 20% discount code."]),
    ("Re: Flat viewing – 14 Alder Road", "Marsh & Co Lettings", "lettings@marshandco.co.uk",
     ["Thank you for your interest in the flat on Alder Road.",
      "The landlord has decided to proceed with another applicant.",
      "We'll let you know if anything similar comes on the market in your price range."]),
    ("Your loan application", "Thistle Bank", "noreply@thistlebank-notices.com",
     ["Thank you for applying for a personal loan.",
      "We have carefully considered your application, and we're unable to approve it at this time.",
      "This decision was based on information from credit reference agencies. You can request a copy of your report."]),
    ("Manuscript JDS-{n}: decision", "Journal of Data Systems", "editorial@jds-journal.org",
     ["Thank you for submitting your manuscript to the Journal of Data Systems.",
      "After review by the editors, we have decided not to send it out for peer review.",
      "The reviewers felt the contribution did not fit the scope of the journal.",
      "We wish you success in placing the paper elsewhere."]),
    ("Volunteer application", "Harbour Food Bank", "volunteers@harbourfoodbank.org",
     ["Thanks so much for offering to volunteer with us.",
      "Our Saturday shifts are fully booked this season, so we can't add you to the rota right now.",
      "We'll keep your details and get in touch if a place opens up."]),
    ("Scholarship results", "Lindqvist Foundation", "awards@lindqvistfoundation.org",
     ["Thank you for applying to the Lindqvist Travel Scholarship.",
      "We regret to inform you that your application was not successful this year.",
      "The committee received many excellent applications."]),
    ("Your membership application", "Riverside Climbing Club", "membership@riversideclimbing.club",
     ["Thanks for applying for membership. Unfortunately we're at capacity and can't accept new members until January.",
      "You've been added to the waiting list."]),
    ("Visa appointment request", "Consular Services", "no-reply@consular-booking.example.org",
     ["Your request for an appointment could not be accepted because no slots are available.", "Please try again next week."]),
]


def nonjob(rng: random.Random, ctx: dict) -> dict:
    s, name, addr, paras = pick(rng, NONJOB)
    vals = dict(ctx, n=rng.randint(1000, 9999), talk=pick(rng, ["Boring Postgres", "Queues all the way down", "What we learned from 10,000 flaky tests",
                                                                   "Accessibility is a feature", "Rust at the edge"]))
    kept = [paras[0]] + [p for p in paras[1:] if rng.random() < 0.75]
    extra = some(rng, ["We know this will be disappointing.", "This decision is final for this cycle.",
                       "If you have questions, you can reach us by replying to this email.", "Thank you for your understanding.",
                       "We appreciate the effort that went into your application.", "Please do not hesitate to get in touch with any questions.",
                       "We hope to hear from you again.", "Further information is available on our website.", ""], 0, 2)
    kept += [e for e in extra if e]
    greet = pick(rng, ["Dear {first} {last},", "Dear {first},", "Hi {first},", "Dear Applicant,"])
    sign = pick(rng, ["Kind regards,\n" + name, "Best wishes,\nThe team", "Yours sincerely,\n" + name, "Regards"])
    body = greet + "\n\n" + "\n\n".join(kept) + "\n\n" + sign
    return dict(subject=fill(s, vals), body_text=fill(body, vals), body_html=None, from_name=name, from_addr=addr, company=None)


# ---- scams --------------------------------------------------------------------------------------
SCAM = [
    "Congratulations! Your CV was selected for a remote Data Entry position paying $45/hour. No interview required. Reply with your bank details to receive your starter kit.",
    "We are pleased to offer you a work-from-home job as Payment Processing Agent. You will receive funds in your account and transfer them to our partners, keeping 10% commission.",
    "Dear Candidate, you have been hired by our HR department after reviewing your online profile. Please contact our manager on WhatsApp to complete onboarding and purchase your equipment with the cheque we will send.",
    "URGENT JOB OFFER: part-time product reviewer, 1-2 hours daily, earn 300-800 per day. Add our recruiter on Telegram.",
    "Your application has been APPROVED. To secure your position as Remote Customer Assistant, pay the 49 USD registration fee today.",
    "Hello, I am HR from a global company. We saw your resume on the job site. Simple tasks liking videos, daily salary. Interested?",
]


def scam(rng: random.Random, ctx: dict) -> dict:
    fake = pick(rng, ["HR Department", "Recruitment Manager", "Global Staffing Desk", "Hiring Team", "Mrs. Linda Carter", "Job Center"])
    body = pick(rng, ["Dear Applicant,\n\n", "Hello {first},\n\n", "Good day,\n\n", ""]) + pick(rng, SCAM) + " " + " ".join(some(rng, [
        "No experience needed.", "Flexible hours, work from your phone.", "Positions are limited.", "Salary paid daily.",
        "You must be 18 or older.", "Training is provided.", "Respond within 24 hours to keep your place.", "Only serious candidates."], 1, 3)) + "\n\n" + pick(rng, [
        "Best Regards,\nHR Team", "Regards\nMrs. Linda Carter\nHiring Manager", "Thank you.", "Reply fast, limited positions!!"])
    subj = pick(rng, ["Job Offer", "Congratulations – You Are Hired", "Remote position available", "RE: your resume", "Urgent hiring",
                      "Offer Letter (Action Required)"])
    return dict(subject=subj, body_text=fill(body, ctx), body_html=None, from_name=fake,
                from_addr=pick(rng, ["hr.department2025@", "jobs.offer.team@", "recruit-global@", "careers.hr.desk@"]) + pick(rng, ["gmail.com", "outlook.com", "mail-hr.top", "workfromhome.click"]),
                company=None)


# ---- the user's own workplace ---------------------------------------------------------------------
WORK_ASK = [
    "We have a candidate for the {role} role coming in on {day} at {time}. Could you run the technical interview?",
    "Would you be up for joining the interview panel for the new {role} hire next week?",
    "Can you do a 45-minute system design session with a candidate on {day}?",
    "I need one more interviewer for {day2}'s onsite. Any chance you could cover the coding round?",
    "We're hiring a {role} and I'd love you to do the culture interview with the shortlisted people.",
    "Could you interview a graduate applicant for 30 minutes on {day}? It's mostly about their final-year project.",
    "Please could you take the pairing slot for the candidate on {day} at {time}?",
    "Would you shadow {sfirst} in a couple of interviews so you can start running them yourself?",
]
WORK_DETAIL = [
    "CV and scorecard are in the hiring folder.", "I've sent you a calendar hold.", "The question bank is linked from the wiki page.",
    "Please submit your scorecard within 24 hours.", "{sfirst} will do the intro and hand over to you.", "Room 3B is booked.",
    "It's remote, the video link is in the invite.", "Feel free to say no if your week is packed.", "",
]
WORK_OTHER = [
    ("Sprint review moved", "the sprint review has moved to {day} at {time}. Same room."),
    ("Your 1:1 this week", "can we push our 1:1 to {day2}? I've got a clash."),
    ("Debrief at 5", "thanks for interviewing today. The debrief is at 5pm in the small meeting room — bring your notes."),
    ("Referral bonus", "reminder that referring a friend for one of our open roles earns a referral bonus if they're hired."),
    ("Scorecard missing", "your scorecard for yesterday's candidate is still missing. Could you add it today?"),
    ("Offsite dates", "we've locked in the team offsite for the last week of the month. Details to follow."),
    ("Release tonight", "heads up that we're shipping the billing change tonight. Please keep an eye on alerts."),
    ("Hiring update", "we've closed the {role} search — thanks to everyone who helped interview."),
]


def workplace(rng: random.Random, ctx: dict) -> dict:
    dom = pick(rng, ["ourcompany.com", "currentjob.co.uk", slug(pick(rng, COMPANIES)) + ".com"])
    greet = pick(rng, ["Hi {first},", "Hey {first},", "{first} –", "Hi all,", "Morning {first},"])
    sign = pick(rng, ["Thanks!\n{hmfirst}", "Cheers, {hmfirst}", "{hmfirst}", "Thanks a lot,\n{hm}\n{hmtitle}", "Recruiting team"])
    if rng.random() < 0.6:
        subj = pick(rng, ["Can you interview someone on {day}?", "Interview panel – {role}", "Help with interviews?", "Candidate on {day}",
                          "Interviewer needed", "Quick favour"])
        core = pick(rng, WORK_ASK) + " " + " ".join(d for d in some(rng, WORK_DETAIL, 1, 2) if d)
    else:
        subj, core = pick(rng, WORK_OTHER)
        core = core[:1].upper() + core[1:] if greet == "Hi all," or rng.random() < 0.5 else core
    body = greet + "\n\n" + core + "\n\n" + sign
    if rng.random() < 0.3:
        body += "\n\n" + pick(rng, MOBILE)
    return dict(subject=fill(subj, ctx), body_text=fill(body, ctx), body_html=None, from_name=ctx["hm"],
                from_addr=ctx["hmfirst"].lower() + "@" + dom, company=None, to_addr=ctx["first"].lower() + "@" + dom)


# ---- auto-replies and bounces ----------------------------------------------------------------------
def system_mail(rng: random.Random, ctx: dict) -> dict:
    k = rng.randrange(4)
    if k == 0:
        body = pick(rng, [
            "Thank you for your email. I am out of the office until {deadline} with limited access to email. For urgent recruitment matters please contact talent@{cdomain}.",
            "I'm currently on annual leave and will respond when I'm back on {day2}. Your message has not been forwarded.",
            "Hi, thanks for getting in touch! I'm at a careers fair all week, so replies may be slow.",
            "I am away on parental leave. For anything related to open roles, please reach out to my colleague {hm}."])
        return dict(subject="Automatic reply: " + pick(rng, ["Feedback request", "Following up", "Application – {role}", "Thank you"]),
                    body_text=fill(body, ctx), body_html=None, from_name=ctx["sender"], from_addr=f"{ctx['sfirst'].lower()}@{ctx['cdomain']}", company=ctx["company"])
    if k == 1:
        body = ("This is the mail system at host mx{n}.{dom}.\n\nI'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients.\n\n<{to}>: host mx.{cd}[203.0.113.{n}] said: 550 5.1.1 User unknown\n\n"
                "--- Original message ---\nSubject: {s}\n").format(n=rng.randint(1, 250), dom=pick(rng, ["mailhost.net", "smtp-relay.org"]),
                                                                   to=ctx["sfirst"].lower() + "@" + ctx["cdomain"], cd=ctx["cdomain"],
                                                                   s=fill(pick(rng, ["Application for {role}", "Re: Interview", "Thank you"]), ctx))
        return dict(subject="Undelivered Mail Returned to Sender", body_text=body, body_html=None, from_name="Mail Delivery System",
                    from_addr="MAILER-DAEMON@" + pick(rng, ["mailhost.net", "smtp-relay.org"]), company=None)
    if k == 2:
        body = ("Delivery has failed to these recipients or groups:\n\n" + ctx["sfirst"].lower() + "@" + ctx["cdomain"] +
                "\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later.\n\nDiagnostic information for administrators:\nRemote server returned '552 5.2.2 mailbox full'")
        return dict(subject="Undeliverable: " + fill(pick(rng, ["Following up on {role}", "Feedback", "CV"]), ctx), body_text=body,
                    body_html=None, from_name="Microsoft Outlook", from_addr="postmaster@outlook.example.com", company=None)
    body = pick(rng, [
        "Thanks for reaching out to {co} support. A member of our team will get back to you within 48 hours. Your ticket number is #{n}.",
        "We've received your message and will reply as soon as possible. This mailbox is monitored Monday to Friday.",
    ]).replace("{n}", str(rng.randint(10000, 99999)))
    return dict(subject=pick(rng, ["We received your request", "Ticket created", "Auto-reply: thanks for contacting us"]),
                body_text=fill(body, ctx), body_html=None, from_name=fill("{co} Support", ctx), from_addr=f"support@{ctx['cdomain']}", company=None)


# ---- ordinary mail ---------------------------------------------------------------------------------
PERSONAL = [
    ("dinner saturday?", "are you free saturday? thinking of trying that new place on the corner. {sfirst}"),
    ("Your order has shipped", "Good news! Your order #{n} is on its way and should arrive by {day2}. Track your parcel in the app."),
    ("Re: flat stuff", "Hi {first}, the boiler guy is coming {day} between 8 and 12. Can you be home? Thanks, {sfirst}"),
    ("Photos from the weekend", "Hey! Finally uploaded the photos from the hike. Link's below. That view from the top!\n\n{sfirst}"),
    ("Your monthly statement is ready", "Your statement for {co} Current Account is now available in online banking."),
    ("Book club – next pick", "Hi all, next month we're reading the one about the lighthouse. Meeting {day} at 7."),
    ("Invoice {n}", "Please find attached invoice {n} for the freelance work in {month}. Payment within 30 days, thanks!"),
    ("How's the job hunt going?", "Hey {first}, mum said you've been interviewing a lot. How's it going? Fingers crossed for you. Call me this week x"),
    ("Congrats!!", "Heard the news from {sfirst} — so happy for you! Drinks on me next time."),
    ("Your subscription renews soon", "Your annual plan renews on {deadline}. No action is needed if you'd like to continue."),
    ("Dentist appointment", "This is a reminder of your appointment on {day} at {time}. Please call us if you need to reschedule."),
    ("Gym: new class timetable", "Our new timetable starts next week. Spin moves to {time} on {day}s."),
    ("Re: reference", "Hi {first}, of course I'm happy to be a referee for you. Give them my mobile number. Good luck!\n\n{sfirst}"),
    ("parcel", "left your parcel with the neighbour at number 12 x"),
    ("Weekend plans", "Thinking of heading to the coast on Saturday if the weather holds. In?"),
    ("Re: birthday present", "Went for the blue one in the end. Thanks for the tip!"),
    ("Your receipt from Corner Books", "Thanks for shopping with us. Total paid: £23.40. Receipt number {n}."),
    ("Council tax reminder", "Your next instalment of £142.00 is due on {deadline}."),
    ("Football tonight", "We're one short for five-a-side at 8. Can you play?"),
    ("Recipe", "Here's the lentil thing I made last week. Double the garlic, trust me."),
    ("Re: moving day", "I can borrow my brother's van on {day}. Need help carrying boxes?"),
    ("Password changed", "The password for your account was changed on {date}. If this wasn't you, reset it now."),
    ("School newsletter", "This term's newsletter is attached. Sports day is on {day2}."),
    ("Re: car insurance", "Your renewal quote is ready. Log in to view it before {deadline}."),
]


def personal(rng: random.Random, ctx: dict) -> dict:
    s, b = pick(rng, PERSONAL)
    vals = dict(ctx, n=rng.randint(10000, 99999), month=pick(rng, ["March", "June", "October"]))
    body = fill(b, vals)
    if rng.random() < 0.5:
        body += " " + pick(rng, ["Let me know!", "x", "Speak soon.", "Thanks!", "No rush.", "Hope you're well.", "Cheers."])
    if rng.random() < 0.4:
        body = fill(pick(rng, ["Hi {first},", "Hey!", "{first} –", "Hello,"]), ctx) + "\n\n" + body
    if rng.random() < 0.3:
        body += "\n\n" + pick(rng, MOBILE)
    return dict(subject=fill(s, vals), body_text=body, body_html=None, from_name=ctx["sender"],
                from_addr=f"{ctx['sfirst'].lower()}.{slug(ctx['slast'])}@{pick(rng, ['gmail.com', 'outlook.com', 'icloud.com', 'shopmail.example.com'])}",
                company=None)


def generate(rng: random.Random) -> Iterator[dict]:
    counters: dict[str, int] = {}

    def emit(ctx: dict, family: str, kw: dict) -> dict:
        n = counters[family] = counters.get(family, 0) + 1
        return record(ctx, family, FAMILY_PREFIX, n, labels=[], **kw)

    for kind, count in [("remind", 25), ("thanks", 18), ("review", 20), ("profile", 6), ("onboard", 15), ("closed", 12)]:
        for _ in range(count):
            ctx = new_ctx(rng)
            shell = pick(rng, EMPLOYER_SHELLS[kind])
            c = employer_neg(rng, kind)
            if kind == "thanks" and shell in ("w2-thread-reply", "w2-outlook-chain"):
                c["prior"] = ("Thank you", "Hi {sfirst},\n\nThanks for organising today, I enjoyed meeting everyone.\n\n{first}")
            w = wrap(rng, ctx, c, shell)
            if kind == "closed":
                w["company"] = None  # the role is the agency's client's, never applied to
            yield emit(ctx, shell, w)
    for fam, count, fn in [("w2-jobboard", 30, lambda r, c: board_mail(r, c, "alert")),
                           ("w2-jobboard", 15, lambda r, c: board_mail(r, c, "view")),
                           ("w2-jobboard", 8, lambda r, c: board_mail(r, c, "nag")),
                           ("w2-newsletter", 30, newsletter), ("w2-events", 20, event_mail), ("w2-nonjob-decision", 30, nonjob),
                           ("w2-scam", 12, scam), ("w2-workplace", 20, workplace), ("w2-system", 15, system_mail),
                           ("w2-personal", 19, personal)]:
        for _ in range(count):
            ctx = new_ctx(rng)
            yield emit(ctx, fam, fn(rng, ctx))
