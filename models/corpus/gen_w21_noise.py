"""Writer w21, look-alike mail with no label.

What: newsletters about interview loops and offers, job alerts, profile pings, events, the user's
current employer asking them to interview people, rejections that are not about jobs, fake offers,
auto-replies/bounces and ordinary mail. When: loaded by build.py. Greetings, sign-offs and footers are
shared with the labelled generators so that only meaning decides the label.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from _w21_bank import (
    FIRST,
    LAST,
    Counter,
    Ctx,
    decorate_subject,
    footer,
    greet,
    join,
    maybe,
    pick,
    sig,
    signoff,
    to_html,
)

FAMILY_PREFIX = "w21noise"

NEWSLETTERS = ["The Loop Letter", "Offer Season", "Onsite Weekly", "Staff+ Digest", "The Hiring Bar", "Level Up Careers",
               "Packet Review", "Comp & Levels Weekly", "Quant Careers Brief", "Grad Hiring Radar", "Engineering Ladder"]

ARTICLES = [
    "Why 'we've decided not to move forward' is not the end of the story",
    "How hiring committees actually read your interview packet",
    "Negotiating an offer when the recruiter says the band is fixed",
    "The system design interview: 7 mistakes we saw this month",
    "Exploding offers: what to do when you get 48 hours",
    "What a team-matching call is (and isn't)",
    "Rejected after the onsite? Here's how to ask for feedback",
    "Reading between the lines of a recruiter's 'we'll keep you in mind'",
    "Behavioural interviews: stop telling stories without endings",
    "RSUs vs options: a plain-English guide to your offer letter",
    "Why your phone screen invite went to spam",
    "How to prepare for a Superday in one week",
    "Cool-off periods explained: when can you reapply?",
    "The anatomy of a debrief: who decides, and how",
    "Levelling: why you got down-levelled and what to do",
    "Ten questions to ask your interviewers",
    "Is the take-home assessment dying?",
    "Hiring freezes are back. Here's what the data says",
]


def fam_digest(rng: random.Random, C: Counter) -> dict:
    nl = rng.choice(NEWSLETTERS)
    arts = rng.sample(ARTICLES, rng.randint(2, 5))
    writer = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    dom = nl.lower().replace(" ", "").replace("+", "plus").replace("&", "and").replace("'", "") + rng.choice([".substack.example", ".news", ".email", ".co"])
    to = f"{rng.choice(FIRST).lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me'])}"
    intro = pick(rng, "Hey friends,", "Welcome back to the newsletter.", f"Hi all, {writer.split()[0]} here.", "Good morning!",
                 "This week's issue is a long one.", "")
    body_parts = [intro]
    lead = arts[0]
    body_parts.append(pick(rng,
        f"This week: {lead.lower()}. A reader wrote in after getting the dreaded email, 'we've decided to pursue other candidates', two weeks after an onsite that felt great.",
        f"Top story: {lead}. Plus our monthly comp data, and a reader question about whether to accept an offer before hearing back from another company.",
        "I spent the week talking to recruiting coordinators about how they schedule loops and why 'please share 3-4 windows' emails take so long. More below.",
        "We surveyed 1,200 readers about interview invitations, rejections and offers. Some numbers surprised us."))
    for a in arts[1:]:
        body_parts.append(f"» {a}\n{pick(rng, 'Read more', 'Continue reading', '5 min read', 'Members only')}: https://{dom}/p/{rng.randint(1000, 9999)}")
    body_parts.append(maybe(rng, 0.5, pick(rng, "Reply to this email and tell me about your last loop; I read everything.",
                                           "Want a mock interview? Paid subscribers get one free session a month.",
                                           "Forwarded this? Subscribe for free.")))
    body_parts.append(f"— {writer}")
    body_parts.append(pick(rng, f"You're receiving this because you subscribed to {nl}. Unsubscribe: https://{dom}/unsubscribe",
                           "Unsubscribe | Manage preferences | View in browser"))
    body = join(*body_parts)
    subj = pick(rng, f"{nl} #{rng.randint(12, 240)}: {lead}", lead, f"{lead} 📬", f"[{nl}] {lead}")
    html_only = rng.random() < 0.35
    return C.rec("digest", from_name=rng.choice([nl, f"{writer} from {nl}", writer]), from_addr=f"hello@{dom}", to_addr=to,
                 subject=subj, body_text="" if html_only else body,
                 body_html=to_html(rng, body, nl) if html_only or rng.random() < 0.4 else None)


BOARDS = [("LevelBoard", "levelboard.example"), ("StackHire", "stackhire.jobs"), ("QuantJobs Daily", "quantjobs.example"),
          ("Remote Loop", "remoteloop.io"), ("TechTalent Match", "ttmatch.com"), ("CareerTrellis", "careertrellis.net")]


def fam_alerts(rng: random.Random, C: Counter) -> dict:
    board, bdom = rng.choice(BOARDS)
    ctx = Ctx(rng)
    kind = rng.choice(["alert", "alert", "views", "recruiter_view", "salary", "applied_similar"])
    if kind == "alert":
        jobs = [Ctx(rng) for _ in range(rng.randint(3, 6))]
        subj = pick(rng, f"{len(jobs)} new jobs match your search", f"New: {jobs[0].role} at {jobs[0].co} and more",
                    "Your daily job alert", f"Jobs for you: '{rng.choice(['backend', 'staff engineer', 'quant', 'ML', 'product'])}'")
        body = join(greet(rng, ctx.cand_first), "Based on your saved search, these roles were posted in the last 24 hours:",
                    "\n".join(f"• {j.role} — {j.co} ({rng.choice(['Remote', 'London', 'NYC', 'Berlin', 'Seattle', 'Hybrid'])}) · {rng.choice(['Easy apply', 'Be an early applicant', 'Actively hiring', '2 connections work here'])}" for j in jobs),
                    "Not quite right? Edit your alert.", f"{board} · Unsubscribe from job alerts")
        company = None
    elif kind in ("views", "recruiter_view"):
        subj = pick(rng, "Your profile was viewed 7 times this week", f"A recruiter from {ctx.co} viewed your profile",
                    "You appeared in 23 searches", "Someone at a big tech company looked at your profile 👀")
        body = join(greet(rng, ctx.cand_first), pick(rng, f"A recruiter at {ctx.co} viewed your profile. Make sure your headline is up to date.",
                                                    "Your profile is getting noticed. Upgrade to see who viewed it."),
                    f"See all viewers: https://{bdom}/me/views", f"{board} | Notification settings")
        company = None
    elif kind == "salary":
        subj = pick(rng, "How does your pay compare?", "New salary data for your role", "Offer calculator: see your market rate")
        body = join(greet(rng, ctx.cand_first), f"Engineers at your level in your area reported a median total comp of ${rng.randint(180, 420)}k this quarter.",
                    "Got an offer? Compare it anonymously in our offer calculator.", f"{board} · Unsubscribe")
        company = None
    else:
        subj = pick(rng, f"Jobs similar to {ctx.role} at {ctx.co}", "Because you applied last week")
        body = join(greet(rng, ctx.cand_first), f"You recently viewed {ctx.role} at {ctx.co}. Here are similar openings you might like.",
                    f"Browse: https://{bdom}/similar", f"{board} · Unsubscribe")
        company = None
    html_only = rng.random() < 0.45
    return C.rec("alerts", from_name=rng.choice([board, f"{board} Alerts", "no-reply"]), from_addr=f"alerts@{bdom}", to_addr=ctx.cand_addr,
                 subject=subj, body_text="" if html_only else body, body_html=to_html(rng, body, board) if html_only or rng.random() < 0.5 else None,
                 company=company)


def fam_events(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng)
    kind = rng.choice(["webinar", "fair", "techtalk", "hack", "office_hours", "mock"])
    g = greet(rng, ctx.cand_first)
    sender = rng.choice([(f"{ctx.co} Events", f"events@{ctx.dom}"), (f"{ctx.co} Early Careers", f"earlycareers@{ctx.dom}"), (ctx.rec, ctx.rec_addr)])
    company = None
    if kind == "webinar":
        subj = pick(rng, f"Webinar: Inside the {ctx.short} interview process", "You're invited: how we hire engineers", f"Live Q&A with {ctx.co} recruiters")
        body = join(g, f"Join us on {ctx.day()} at {ctx.time()} for a live session where our recruiters walk through each interview stage and answer your questions.",
                    "The webinar is open to everyone; registration takes a minute.", f"Register: https://events.{ctx.dom}/{rng.randint(100, 999)}")
    elif kind == "fair":
        subj = pick(rng, "Meet us at the career fair", f"{ctx.co} at the Tech Careers Expo", "Virtual career fair invitation")
        body = join(g, f"{ctx.co} will be at the {rng.choice(['Spring', 'Autumn', 'Winter'])} Careers Fair on {ctx.day()}. Come by booth {rng.randint(4, 80)} to meet engineers and recruiters.",
                    "No appointment needed; bring a few copies of your CV.")
    elif kind == "techtalk":
        subj = pick(rng, f"Tech talk: scaling {rng.choice(['Kafka', 'Postgres', 'our ML platform', 'search indexing'])}", "Engineering meetup invite")
        body = join(g, f"You're invited to our engineering meetup at the {ctx.short} office on {ctx.day()}. Pizza at 6, talks at 6:30.",
                    "RSVP so we can get your visitor badge ready.")
    elif kind == "hack":
        subj = pick(rng, f"{ctx.co} Hackathon: registrations open", "Join our weekend hackathon")
        body = join(g, "Build something in 48 hours with mentors from our engineering teams. Prizes include conference tickets.",
                    f"Sign up by {ctx.day()}.")
    elif kind == "office_hours":
        subj = pick(rng, "Resume office hours", "Free CV review session")
        body = join(g, f"Our recruiters are hosting open office hours on {ctx.day()}: 15-minute slots to review your resume. This is not an interview.",
                    "Book a slot on the events page.")
    else:
        subj = pick(rng, "Practice interview club: this week's session", "Mock interview night")
        body = join(g, "This week's mock interview night is a system design practice session. Pair up with another member and take turns.",
                    "Hosted by the local engineering community; not affiliated with any employer.")
        sender = ("Mock Interview Club", "club@mockloop.example")
    body = join(body, signoff(rng), sender[0], footer(rng, ctx.co, ctx.dom))
    html_only = rng.random() < 0.3
    return C.rec("events", from_name=sender[0], from_addr=sender[1], to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj),
                 body_text="" if html_only else body, body_html=to_html(rng, body, ctx.co) if html_only else None, company=company)


def fam_workplace(rng: random.Random, C: Counter) -> dict:
    """The user's CURRENT employer: interview panels to staff, rotas, reviews. No label, company null."""
    ctx = Ctx(rng)
    colleague = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    me = ctx.cand_first
    addr = f"{me.lower()}.{ctx.cand_last.lower()}@{ctx.dom}".replace("ø", "o").replace("ö", "o")
    kind = rng.choice(["panel", "panel", "shadow", "debrief_req", "oncall", "perf", "offsite", "hc_member"])
    g = greet(rng, me)
    if kind == "panel":
        subj = pick(rng, "Can you interview on Thursday?", "Interviewer needed: system design", "Loop coverage request", "Panel for a staff candidate")
        body = join(g, pick(rng, f"We have an onsite loop for a senior backend candidate on {ctx.day()} and need someone for the system design slot. Could you take it?",
                            f"Would you be able to interview a candidate for the {ctx.role} opening next week? It's the coding round, 45 minutes.",
                            "Recruiting asked for one more interviewer for a loop tomorrow afternoon. You're calibrated for coding, so I thought of you."),
                    pick(rng, "Scorecard is due within 24 hours of the session.", "I'll send the candidate's packet once you confirm.", ""))
    elif kind == "shadow":
        subj = pick(rng, "Interview shadowing", "Shadow a few loops?", "Interviewer training next step")
        body = join(g, "Since you finished interviewer training, the next step is shadowing two interviews and then reverse-shadowing one.",
                    f"{colleague} is running a coding round on {ctx.day()}; want to join as a silent observer?")
    elif kind == "debrief_req":
        subj = pick(rng, "Reminder: submit your feedback", "Scorecard overdue", "Debrief at 4pm")
        body = join(g, "Friendly reminder that your interview feedback for yesterday's candidate is still outstanding. The debrief is this afternoon.",
                    "Please include a hire / no-hire recommendation.")
    elif kind == "oncall":
        subj = pick(rng, "On-call rota for next month", "Swap my on-call shift?", "Rota update")
        body = join(g, f"I've published next month's on-call rota. You're primary the week of {ctx.day()}.",
                    "If you need to swap, sort it with a teammate and update the schedule.")
    elif kind == "perf":
        subj = pick(rng, "Performance review: self-assessment due", "Calibration timeline", "Your 1:1 notes")
        body = join(g, "Self-assessments for the half are due Friday. Please include a couple of examples of impact and one area you want to grow in.",
                    "We'll go through it in our next 1:1.")
    elif kind == "offsite":
        subj = pick(rng, "Team offsite - save the date", "Offsite agenda draft", "Offsite: dietary requirements?")
        body = join(g, f"The team offsite is confirmed for {ctx.day()}. Agenda draft attached: roadmap in the morning, a workshop after lunch, dinner at 7.",
                    "Let me know any dietary requirements.")
    else:
        subj = pick(rng, "Hiring committee rotation", "You're on HC this month", "HC packets for Tuesday")
        body = join(g, "You've been added to the hiring committee rotation for this month. Packets for Tuesday's session are in the shared folder.",
                    "Please read them before the meeting and come with a recommendation for each candidate.")
    body = join(body, signoff(rng), sig(rng, colleague, rng.choice(["Engineering Manager", "Recruiting Coordinator", "Staff Engineer", "Director of Engineering"]), ctx.co))
    return C.rec("workplace", from_name=colleague, from_addr=f"{colleague.split()[0].lower()}@{ctx.dom}", to_addr=addr,
                 subject=decorate_subject(rng, subj, reply=rng.random() < 0.2), body_text=body, company=None)


def fam_notjob(rng: random.Random, C: Counter) -> dict:
    """Rejections and acceptances that are not about employment."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    to = f"{first.lower()}.{last.lower()}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'fastmail.com'])}".replace("ø", "o").replace("ö", "o")
    kind = rng.choice(["talk", "grant", "rental", "loan", "visa", "club", "admission", "paper", "mentorship", "accelerator", "credit"])
    g = rng.choice([f"Dear {first} {last},", f"Hi {first},", f"Dear {first},", "Dear applicant,"])
    conf = rng.choice(["DistSysConf", "PyData Riverside", "KubeSummit North", "QuantCon", "DevFest Harbour", "GameDev Forum", "BioML Workshop"])
    if kind == "talk":
        subj = pick(rng, f"{conf} - your proposal", f"{conf} CFP decision", "Talk submission update")
        body = join(g, pick(rng, f"Thank you for submitting your talk to {conf}. We received over 600 proposals and, unfortunately, we were not able to accept yours this year.",
                            f"The {conf} program committee has finished reviewing proposals, and we're sorry to say your session didn't make the final programme.",
                            f"We loved reading your abstract, but with only {rng.randint(20, 60)} slots we had to turn down many strong talks, including yours."),
                    pick(rng, "Reviewers noted the topic was interesting but overlapped with other accepted sessions. We hope to see you as an attendee.",
                         "As a thank-you, here's a 30% discount code for a ticket.", "We'd encourage you to submit a lightning talk instead; that CFP is open for two more weeks."))
        sender = (f"{conf} Program Committee", f"cfp@{conf.lower().replace(' ', '')}.org")
    elif kind == "grant":
        subj = pick(rng, "Outcome of your grant application", "Open-source fund: decision", "Your funding request")
        body = join(g, "After review by the panel, we regret that your application for the community infrastructure grant has not been funded in this round.",
                    "Reviewer comments are available in the portal. The next round opens in spring.")
        sender = ("Open Tools Fund", "grants@opentoolsfund.org")
    elif kind == "rental":
        subj = pick(rng, "Re: apartment on Linden Ave", "Your rental application", "Viewing follow-up")
        body = join(g, pick(rng, "Thanks for viewing the flat and for your application. The landlord has decided to go with another applicant who can move in sooner.",
                            "Unfortunately the owner has accepted an offer from another tenant, so the apartment is no longer available.",
                            "We received eleven applications for the two-bed and the landlord has chosen someone else. We won't be proceeding with yours."),
                    pick(rng, "Sorry it didn't work out this time. We'll send you new listings in your area.", "Your holding deposit will be refunded within 5 working days.", ""))
        sender = ("Harbour Lettings", "lettings@harbourlettings.example")
    elif kind == "loan":
        subj = pick(rng, "Your loan application", "Update on your mortgage application", "Decision on your application")
        body = join(g, pick(rng, "We've reviewed your application and, unfortunately, we're unable to approve it at this time based on our lending criteria.",
                            "After assessing your application, our underwriters have decided not to proceed with the mortgage offer.",
                            "We regret that we cannot offer you a personal loan on this occasion."),
                    pick(rng, "You can request a copy of the information we used. This decision does not affect your credit score.",
                         "You may reapply after 90 days or speak to an adviser about other options."))
        sender = ("Brookfield Credit Union", "noreply@brookfieldcu.example")
    elif kind == "visa":
        subj = pick(rng, "Visa appointment", "Your visa application status", "Application refused")
        body = join(g, "Your application for a short-stay visa has been refused. The reasons are set out in the attached letter. You may submit a new application or appeal within 30 days.")
        sender = ("Visa Application Centre", "info@vac-services.example")
    elif kind == "club":
        subj = pick(rng, "Membership application", "Rowing club - waiting list", "Your climbing gym membership")
        body = join(g, pick(rng, "Thank you for applying to join the club. Our membership is currently full, so we have added you to the waiting list rather than offering a place.",
                            "The committee reviewed membership applications at its monthly meeting and was unable to accept yours this season.",
                            "Sadly, we've had to decline new memberships until the renovation is finished."),
                    pick(rng, "We expect spaces to open in the new season.", "You're welcome to come to our open days in the meantime.", ""))
        sender = ("Riverside Rowing Club", "membership@riversiderc.example")
    elif kind == "admission":
        subj = pick(rng, "Admission decision", "Your MSc application", "Application to the Executive MBA")
        body = join(g, pick(rng, f"Thank you for your application to the {rng.choice(['MSc in Computational Finance', 'Executive MBA', 'MSc Data Science (part-time)', 'PhD in Machine Learning'])}. After careful review, the admissions committee is unable to offer you a place in this year's cohort.",
                            "We regret to inform you that we cannot offer you admission to the programme starting in September."),
                    pick(rng, "We received a record number of applications.", "You may request a review of the decision within 14 days.", ""))
        sender = ("Graduate Admissions", "admissions@northgate-university.example")
    elif kind == "paper":
        subj = pick(rng, "Decision on your submission #" + str(rng.randint(100, 999)), "Paper notification")
        body = join(g, "We regret to inform you that your paper was not accepted to the workshop. The reviews are included below.",
                    "Reviewer 2: the evaluation section lacks baselines; the writing could be clearer.")
        sender = ("Workshop Chairs", "chairs@mlsys-workshop.example")
    elif kind == "mentorship":
        subj = pick(rng, "Mentorship program application", "Your mentee application")
        body = join(g, pick(rng, "Thanks for applying to the mentorship program. We had far more applicants than mentors, so we couldn't match you this cohort.",
                            "We weren't able to offer you a place in this round of the leadership programme, but you're first in line for the next one."))
        sender = ("Women in Infra Mentoring", "hello@wiinfra.example")
    elif kind == "accelerator":
        subj = pick(rng, "Accelerator application decision", "Your startup application")
        body = join(g, "We enjoyed learning about your startup, but we won't be inviting you to the next batch. Our partners' feedback: the market looked small for now.")
        sender = ("Foundry Launchpad", "apply@foundrylaunch.example")
    else:
        subj = pick(rng, "Congratulations, you're pre-approved!", "An offer just for you", "Your exclusive credit card offer")
        body = join(g, "Great news! You've been pre-approved for a card with 0% intro APR. This offer expires in 30 days.", "Terms apply. Unsubscribe.")
        sender = ("Summit Card Services", "offers@summitcard.example")
    return C.rec("notjob", from_name=sender[0], from_addr=sender[1], to_addr=to, subject=decorate_subject(rng, subj),
                 body_text=join(body, signoff(rng), sender[0]), company=None)


def fam_scam(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    subj = pick(rng, f"JOB OFFER: Remote Data Entry - ${rng.randint(35, 60)}/hr", f"Congratulations! You have been selected by {ctx.co}",
                "Offer Letter - Urgent Response Needed", "You're hired!!! Start today", "Work From Home Position Approved ✅")
    body = join(rng.choice([f"Dear {ctx.cand_first},", "Dear Applicant,", "Hello,"]),
                pick(rng, f"After reviewing your resume online, {ctx.co} HR department is pleased to offer you the position of Remote Assistant. No interview is required.",
                     "You have been selected for a remote position with flexible hours and weekly pay. Kindly provide your full name, address and bank details to proceed with onboarding.",
                     f"Our hiring team at {ctx.co} has approved your candidacy. To receive your equipment you must first purchase it from our approved vendor; you will be reimbursed."),
                pick(rng, "Reply within 24 hours to secure your position.", "Contact our HR manager on WhatsApp for the next steps.",
                     "Send a copy of your ID and a $45 processing fee."),
                f"{first} {last}\nHR Manager")
    return C.rec("scam", from_name=rng.choice([f"{ctx.co} HR", f"{first} {last}", "Hiring Department"]),
                 from_addr=f"{first.lower()}{rng.randint(10, 999)}@{rng.choice(['gmail.com', 'outlook.com', 'mail-hr.example'])}".replace("ø", "o").replace("ö", "o"),
                 to_addr=ctx.cand_addr, subject=subj, body_text=body, company=None)


def fam_auto(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng)
    kind = rng.choice(["ooo", "ooo", "bounce", "received_ticket", "moved"])
    if kind == "ooo":
        subj = f"Automatic reply: {pick(rng, 'Re: interview availability', 'Thank you', 'Feedback request', f'{ctx.role} - scheduling', 'Offer questions')}"
        body = join(pick(rng, f"Thanks for your email. I'm out of office until {ctx.day()} with limited access to email.",
                         "I'm currently on parental leave and not checking email.", "I'm travelling for campus recruiting this week; replies will be slow."),
                    pick(rng, f"For anything urgent about interview scheduling, please contact recruiting@{ctx.dom}.",
                         f"For urgent matters please reach {ctx.coord} at {ctx.coord_addr}.", ""), ctx.rec)
        fn, fa = ctx.rec, ctx.rec_addr
    elif kind == "bounce":
        subj = pick(rng, "Undeliverable: Thank you for today", "Delivery Status Notification (Failure)", "Mail delivery failed: returning message to sender")
        body = join("Your message couldn't be delivered.", f"The email address {ctx.rec_first.lower()}.{rng.choice(LAST).lower()}@{ctx.dom} wasn't found at {ctx.dom}. Check the address for typos.",
                    "Remote server returned '550 5.1.1 User unknown'.", "----- Original message -----", f"Subject: Thank you for the interview\nTo: {ctx.rec_first.lower()}@{ctx.dom}")
        fn, fa = "Mail Delivery Subsystem", f"mailer-daemon@{rng.choice(['googlemail.com', 'outlook.com', 'mx.proton.me'])}"
    elif kind == "received_ticket":
        subj = pick(rng, f"[Ticket #{rng.randint(10000, 99999)}] We received your request", "Candidate support: request received")
        body = join(f"Hi {ctx.cand_first},", "Thanks for contacting Candidate Support. A team member will respond to your question about your account login within 2 business days.",
                    f"{ctx.co} Candidate Support")
        fn, fa = f"{ctx.co} Candidate Support", f"support@{ctx.relay}"
    else:
        subj = pick(rng, "I've moved teams", "New contact for recruiting")
        body = join("Hello,", f"I've moved to a new role and no longer cover this hiring area. Please contact {ctx.coord} ({ctx.coord_addr}) instead.", ctx.rec)
        fn, fa = ctx.rec, ctx.rec_addr
    return C.rec("auto", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=subj, body_text=body,
                 company=ctx.co if kind in ("ooo", "received_ticket", "moved") else None)


def fam_life(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng)
    friend = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    fa = f"{friend.split()[0].lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'icloud.com', 'outlook.com'])}"
    kind = rng.choice(["friend_offer", "friend_interview", "referral_ask", "mock", "dinner", "landlord", "family", "ref_check_ask"])
    g = rng.choice([f"Hey {ctx.cand_first}!", f"{ctx.cand_first}!", f"Hi {ctx.cand_first},", "hey,"])
    company = None
    if kind == "friend_offer":
        subj = pick(rng, "guess what", "I got it!!", "news 🎉")
        body = join(g, f"I got the offer from {ctx.co}! The hiring committee took forever but they said yes. Drinks on me Friday?", "Thanks for all the mock interviews btw.")
    elif kind == "friend_interview":
        subj = pick(rng, "ugh", "how did yours go?", "rejected lol")
        body = join(g, f"Got the 'we've decided not to move forward' email from {ctx.co} today. Three weeks of prep for a form letter.",
                    "How did your onsite go? Did they ever send the agenda?")
    elif kind == "referral_ask":
        subj = pick(rng, "could you refer me?", "referral question", "quick favour")
        body = join(g, f"I saw your team at {ctx.co} is hiring for {ctx.role}. Would you be up for referring me? Happy to send my CV.")
    elif kind == "mock":
        subj = pick(rng, "mock interview Saturday?", "practice session")
        body = join(g, "Want to do mock interviews this weekend? I'll grill you on system design if you do behavioural for me.")
    elif kind == "dinner":
        subj = pick(rng, "dinner thursday", "this weekend", "re: plans")
        body = join(g, "Are we still on for Thursday? I booked the Thai place for 7.")
    elif kind == "landlord":
        subj = pick(rng, "Boiler service", "Flat inspection next week")
        body = join(f"Hi {ctx.cand_first},", f"Just letting you know the engineer will come by on {ctx.day()} to service the boiler.", "Thanks, Martin")
    elif kind == "family":
        subj = pick(rng, "Sunday", "call mum", "photos from the weekend")
        body = join(g, "Mum says call her on Sunday. Also, how's the job hunt going? Any news from those interviews?")
    else:
        subj = pick(rng, "reference?", "can I put you down as a reference")
        body = join(g, f"I'm in the final stages with {ctx.co} and they'll want references. Could I list you? They'd probably call next week.")
    body = join(body, rng.choice(["", friend.split()[0], "x", f"- {friend.split()[0]}", "Sent from my iPhone"]))
    return C.rec("life", from_name=friend, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj, reply=rng.random() < 0.25),
                 body_text=body, company=company)


FAMILIES = [(fam_digest, 24), (fam_alerts, 19), (fam_events, 19), (fam_workplace, 22), (fam_notjob, 30), (fam_scam, 12),
            (fam_auto, 17), (fam_life, 19)]


def generate(rng: random.Random) -> Iterable[dict]:
    C = Counter(FAMILY_PREFIX)
    for fn, n in FAMILIES:
        for _ in range(n):
            yield fn(rng, C)
