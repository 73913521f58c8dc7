"""w38: look-alikes with no label, in US/Canadian/Australian/NZ/Irish idiom: union and careers
newsletters about rejection and interviews, job alerts, career fairs and webinars, the user's current
employer (benefits enrolment, sitting on a panel), tax-office letters, admission and rental decisions,
loans and visas, scams posing as government jobs, auto-replies and bounces, personal mail."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w38_engine as E  # noqa: E402
import _w38_kit as K  # noqa: E402

FAMILY_PREFIX = "w38look"

NEWS_HEAD = [
    "This week in the Bulletin", "Member Update", "Your Career Digest", "The Public Servant's Weekly",
    "Careers Corner", "Branch News", "Inside the Sector", "Job Hunt Diaries",
]
NEWS_ITEMS = [
    "Why 'unsuccessful on this occasion' isn't the end: three members share how they turned a knock-back into their next role.",
    "Selection criteria decoded: how to write responses that show, not tell (STAR, CAR and the panel's point of view).",
    "Ask the organiser: can my employer offer me an interview for a higher duties role without advertising it?",
    "Enterprise bargaining update: the offer on the table from the department is a 3.5% pay rise - vote closes Friday.",
    "Federal hiring freeze: what the new OPM guidance means for pending announcements and tentative offers.",
    "Interview nerves? Our free workshop covers panel interviews, behavioural questions and asking for feedback.",
    "Opinion: Ghosting applicants should be banned in the public service.",
    "How to read a USAJOBS-style Notice of Results: eligible, referred, not referred and what each really means.",
    "Rejected after the final round? Here's how to ask for feedback without burning the bridge.",
    "Merit pools explained: being in a pool does not mean you'll get an offer - but here's how to stay visible.",
    "Negotiating your letter of offer: salary steps, super and start dates.",
    "Member story: I was turned down 14 times before landing my APS 6 job.",
    "Bilingual imperative positions: tips for the second language evaluation from members who passed.",
    "The Public Service Commission's new guidance on referee checks - what changes for applicants.",
    "Reader question: 'They said I was unsuccessful but encouraged me to apply again. Do they mean it?'",
    "Five things hiring panels wish you knew before your interview (number 3 surprised us).",
    "Offer accepted, now what? A checklist for your first 90 days in a new agency.",
    "Why the interview invitation you got might be a scam - red flags from the fraud team.",
    "State budget: which departments are hiring and which have frozen recruitment.",
    "Podcast: a former HR director on feedback, ghosting and the myth of the perfect candidate.",
    "Casual conversion rights: know your entitlements before you sign a contract.",
    "The real reason you didn't get shortlisted (hint: it's your first page).",
    "Panel interviews over video: lighting, notes and what to do when the link drops.",
    "Our survey says 61% of members never received feedback after an interview.",
    "Pay equity claim lodged for clerical and administrative staff.",
    "Letters: the acting-up allowance and how higher duties are offered.",
    "Graduate intakes for {y}: which agencies are recruiting and when applications open.",
    "How to turn down a job offer gracefully (and keep the door open).",
    "Member win: back pay recovered after a delayed increment.",
]
NEWS_FROM = [("CPSU Members", "news@cpsu-members.org.au", "au"), ("PSAC Local 70 Bulletin", "bulletin@psac-local70.ca", "ca"),
             ("Fórsa Branch News", "branch@forsa-news.ie", "ie"), ("AFGE Local 2210", "local2210@afge-lists.org", "us"),
             ("PSA Delegates", "delegates@psa-union.org.nz", "nz"), ("Careers Compass", "digest@careerscompass.co", "us"),
             ("The Hire Ground", "hello@thehireground.substack.com", "ca"), ("Pivot & Pitch", "newsletter@pivotpitch.com.au", "au"),
             ("GradIreland Weekly", "weekly@gradireland-news.ie", "ie")]

ALERT_OPEN = ["{n} new jobs match your saved search", "New jobs for you: {role}", "Jobs you may be interested in",
              "Your daily job alert", "Recommended: {role} and {m} more", "Hiring now near {city}"]
CITIES = {"us": ["Denver, CO", "Columbus, OH", "Tacoma, WA", "Austin, TX"], "ca": ["Ottawa, ON", "Gatineau, QC", "Calgary, AB", "Halifax, NS"],
          "au": ["Canberra ACT", "Parramatta NSW", "Perth WA", "Townsville QLD"], "nz": ["Wellington", "Christchurch", "Tauranga"],
          "ie": ["Dublin 2", "Galway", "Cork", "Athlone"]}
BOARDS = [("JobStreamer Alerts", "alerts@jobstreamer.com"), ("GovCareers Daily", "daily@govcareers-alerts.net"),
          ("Seekwell", "noreply@seekwell.com.au"), ("Kiwi Job Finder", "alerts@kiwijobfinder.co.nz"),
          ("IrishJobsBoard", "jobs@irishjobsboard.ie"), ("Maple Job Bank", "notices@maplejobbank.ca"),
          ("ProLink", "notifications@prolink.com")]
PINGS = ["A recruiter from {org} viewed your profile.", "You appeared in {m} searches this week.",
         "{p1} and {m} others viewed your profile.", "Your profile is getting noticed! See who's looking.",
         "Your resume was downloaded {m} times this month.", "Recruiters in {city} are searching for people like you.",
         "Your profile strength is Intermediate. Add 2 more skills to reach All-Star.",
         "{p1} endorsed you for Stakeholder Management."]
PING_TAIL = ["Upgrade to Premium to see the full list.", "See all viewers.", "Keep your profile up to date to stay visible.",
             "Open to work? Let recruiters know.", ""]

EVENTS = [
    "Join us at the {city} Public Sector Careers Expo on {date}. Meet recruiters from 40 agencies, get your resume reviewed and attend mock interview sessions.",
    "Webinar: 'Acing the panel interview' with a former selection panel chair - {date} at {time}. Register free.",
    "You're invited to our virtual information session for the graduate program, {date}, {time}. This is an information session only; it is not part of the selection process.",
    "Open hiring day at our distribution centre this Saturday - walk in with your resume, no appointment needed.",
    "Workshop invitation: Writing to selection criteria (two evenings, {date}). Bring a job ad you're interested in.",
    "Meet the employer: nursing careers evening on {date} at {time}. Light refreshments provided.",
    "Free resume clinic at the public library every Tuesday in {city}. Bring a printed copy.",
    "Mining and resources careers night - hear from geologists, engineers and trades about FIFO life. {date}, {time}.",
    "Virtual career fair for veterans and military spouses on {date}. Chat live with federal recruiters.",
    "Public service recruitment info session: how merit pools, selection criteria and referee checks work. {date} at {time}.",
    "Careers Week at the university: employer panels, LinkedIn photo booth and mock interviews with alumni.",
    "Come to our teacher recruitment expo on {date} - meet principals from 60 schools across the region.",
]
EVENT_TAIL = ["RSVP at the link below.", "Places are limited.", "Register now.", "Free entry, all welcome.",
              "Can't make it? The recording will be emailed to registrants.", "Parking is free after 5pm."]

WORK = [
    ("Open Enrolment closes {date}", ["Benefits Open Enrolment for the {y} plan year is now open.", "It's that time of year again: open enrolment for medical, dental and vision is live.", "Annual benefits enrolment starts today and runs until {date}."],
     ["Review your elections and confirm your dependants in the HR portal by {date}.", "If you take no action, your current elections will roll over, except your FSA, which must be re-elected.", "Drop-in sessions with the benefits team are on {date} in the staff room."]),
    ("Action required: panel member for {role}", ["Hi {cand}, you've been nominated to sit on the selection panel for the {role} vacancy.", "{cand}, we need a third panel member for the {role} recruitment and your director suggested you.", "Thanks for agreeing to help with the {role} interviews."],
     ["Interviews are on {date}; please complete the conflict of interest declaration first.", "The shortlisted applications are in the shared folder - please score them against the selection criteria before the panel meets.", "Could you draft two behavioural questions on stakeholder engagement for the candidates?"]),
    ("Can you interview a candidate Thursday?", ["Hey {cand} - we're short a technical interviewer for the {role} loop.", "Any chance you can cover an interview slot for me on {date}?", "Hi {cand}, the hiring manager for {role} asked if you'd do the coding round with a candidate."],
     ["I'll send the scorecard and the candidate's resume this afternoon.", "It's the {time} slot, about an hour.", "Please submit your feedback in the system within 24 hours so the debrief isn't held up."]),
    ("Roster for the fortnight", ["Team, the roster for the next fortnight is up on the intranet.", "Hi all - next month's rotation is attached.", "The on-call schedule has been updated for {date} onwards."],
     ["Please swap shifts through the usual process and let me know about leave by {date}.", "Ping me if you spot any clashes.", "Overtime needs to be pre-approved as usual."]),
    ("Your pay advice is available", ["Your pay advice for the period ending {date} is now available in employee self-service.", "Your payslip for this fortnight has been published.", "A correction to your last pay has been processed."],
     ["You can download it from the portal.", "Contact Payroll Services if anything looks wrong.", ""]),
    ("Performance conversation - {date}", ["Hi {cand}, let's catch up for your mid-cycle performance conversation on {date} at {time}.", "It's time to finalise your annual performance agreement.", "Hi {cand}, reminder that your probation review is coming up on {date}."],
     ["Bring your development plan and anything you'd like to discuss.", "Please complete the self-assessment section beforehand.", "It's a relaxed chat - nothing to worry about."]),
    ("Reminder: mandatory training", ["Our records show your Fraud and Corruption Awareness module is overdue.", "Your cyber security training expires on {date}.", "All staff must complete the updated code of conduct module this quarter."],
     ["Please complete it by {date}.", "It takes about 30 minutes in the learning portal.", "Managers will receive a compliance report next week."]),
    ("Union meeting - EBA update", ["Members, there's a workplace meeting on {date} at lunchtime about the enterprise agreement offer.", "The bargaining team has an update on the pay offer.", "Come along to hear about the new classification structure."],
     ["Tea and sandwiches provided.", "Non-members welcome.", "Bring your questions."]),
]

LIFE = [
    ("Your rental application - {addr}", "Leasing Team", ["Thank you for applying for {addr}.", "Thanks for inspecting {addr} and lodging an application."],
     ["Unfortunately the landlord has chosen another applicant for this property.", "We regret that your application was not successful on this occasion.", "The owner has approved a different applicant."],
     ["We encourage you to apply for our other listings.", "Your details will remain on our database for future properties.", ""]),
    ("Admission decision", "Admissions Office", ["Thank you for applying to the Master of Public Policy program.", "Thank you for your application for graduate study in the School of Nursing.", "We have completed our review of your application for the {y} intake."],
     ["After careful review, the admissions committee is unable to offer you a place.", "We regret that we cannot offer you admission at this time.", "You have been placed on the waitlist; we will write again by {date}."],
     ["This decision was a difficult one given the strength of the applicant pool.", "We wish you every success in your studies.", ""]),
    ("Your enrolment application", "Enrolments", ["Thank you for your application for out-of-zone enrolment at Riverside Primary for {y}.", "We have considered your application for your child's placement in the French immersion program."],
     ["Unfortunately the application has not been successful.", "Regrettably there are no places available in the year level requested."],
     ["You will remain on the waiting list.", "You may appeal this decision within 14 days.", ""]),
    ("Notice of assessment", "Client Services", ["Your {y} income tax return has been processed.", "We have finished processing your tax return.", "Your statement of account has been updated."],
     ["Your notice of assessment is available in your online account.", "A refund of ${m}2.50 will be paid into your nominated account.", "You have a balance owing; please pay by {date} to avoid interest."],
     ["Please do not reply to this message.", "Log in to view your correspondence.", ""]),
    ("Outcome of your grant application", "Grants Team", ["Thank you for applying to the Community Arts Fund.", "Thank you for your submission to the Small Business Innovation round.", "Thank you for your research fellowship application."],
     ["We regret that your application was not successful in this round.", "Unfortunately your proposal was not recommended for funding.", "The assessment panel did not shortlist your application."],
     ["We received 412 applications for 38 grants.", "Reviewer comments will be available in the portal.", "The next round opens on {date}."]),
    ("Loan application update", "Lending Services", ["Thanks for applying for a personal loan with us.", "We've reviewed your home loan pre-approval request.", "Your credit card application has been assessed."],
     ["We're sorry, but we're unable to approve your application at this time.", "Unfortunately we can't offer you credit right now.", "Your application has been declined."],
     ["This decision was based on information in your credit file.", "You're entitled to a free copy of your credit report.", ""]),
    ("Update on your visa application", "Visa Processing", ["We have finalised our assessment of your visitor visa application.", "Your application for a working holiday visa has been decided.", "We have reached a decision on your study permit application."],
     ["Unfortunately the application has been refused.", "The application was not approved.", "We are unable to approve the application."],
     ["The decision record is attached.", "You may be able to seek a review.", ""]),
    ("Membership application", "The Committee", ["Thanks for your interest in joining the Harbour Rowing Club.", "Thank you for applying to join the Southside Community Garden.", "Thanks for your application to the Tuesday night choir."],
     ["Our membership is currently full and we're unable to accept your application this season.", "Unfortunately we cannot offer you a plot this year.", "Sadly we've had to turn down several applications, including yours."],
     ["We'll keep you on the waiting list.", "Please try again next season.", ""]),
    ("Conference proposal decision", "Program Committee", ["Thank you for submitting a talk to DevFest Down Under.", "Thanks for your proposal for the Public Sector Data Summit.", "Thank you for your abstract submission."],
     ["We had over 300 submissions and, unfortunately, yours was not selected for the program.", "Regrettably your talk was not accepted this year.", "Your paper has not been accepted."],
     ["We hope to see you there as an attendee.", "Reviewer comments are attached.", ""]),
]

SCAMS = [
    ("URGENT: Federal Government Job Offer - Remote Data Entry", "us"), ("Offer Letter - Australian Government Work From Home", "au"),
    ("You're hired! Service Canada virtual assistant", "ca"), ("HSE Job Appointment - Confirm Now", "ie"),
    ("Govt of NZ Remote Role - Selected Candidate", "nz"), ("Congratulations on your appointment", "us"),
]
SCAM_A = ["Congratulations! You have been selected for a REMOTE position with a federal department paying $45/hr.",
          "Dear Applicant, your CV was shortlisted by the immigration ministry for a work-from-home role.",
          "Hello, we reviewed your resume on a job site and you are hired without interview.",
          "Dear Candidate, you are appointed as Healthcare Assistant with immediate effect.",
          "We are pleased to inform you that you have been picked for a government data entry job. No experience required."]
SCAM_B = ["To secure your job offer, purchase your work equipment from our approved vendor using the check we will mail you.",
          "Pay the $150 processing fee via gift card to receive your letter of appointment.",
          "Start today on Telegram @gov_hiring_desk. Training fee is refundable.",
          "Send your bank details and a copy of your passport to complete payroll setup.",
          "Reply within 24 hours or the position will be given to another applicant."]
SCAM_C = ["Regards,\nRecruitment Officer", "HR Department\nGovernment Hiring Unit", "Mr. James Carter\nHiring Manager", "Hiring Desk"]

AUTO = [
    ("Automatic reply: {subj}", ["Thank you for your email.", "Thanks for your message.", "Hi,"],
     ["I am out of the office until {date} with limited access to email.", "I'm on leave, back {date}.", "I'm travelling for work this week and checking email intermittently.", "I no longer work at {org}."],
     ["For urgent recruitment matters please contact the HR Service Centre.", "If it's urgent, call the team on the main line.", "Please redirect your enquiry to the recruitment inbox.", ""]),
    ("Undeliverable: {subj}", ["Delivery has failed to these recipients or groups:"], ["recruitment@{dom}", "{pname}@{dom}"],
     ["The email address you entered couldn't be found.", "The recipient's mailbox is full and can't accept messages now.", "Your message wasn't delivered because the recipient's email provider rejected it."]),
    ("Mail delivery failed: returning message to sender", ["This message was created automatically by mail delivery software."],
     ["A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.", "Your message could not be delivered after 3 days of retrying."],
     ["  hr.jobs@{dom}\n    mailbox unavailable", "  careers@{dom}\n    550 5.1.1 user unknown"]),
    ("Thanks for your email", ["This inbox is monitored Monday to Friday.", "We have received your enquiry.", "Thanks for contacting the recruitment team."],
     ["We aim to respond within 3 business days.", "A team member will respond as soon as possible.", "Due to high volumes, responses may take up to a week."],
     ["For application status, please log in to the careers portal.", "Frequently asked questions are on our website.", ""]),
]

PERSONAL = [
    ("Re: Saturday?", ["Are we still on for the footy Saturday?", "Still keen for the hike Sunday?", "Did you still want to come to the barbecue?"],
     ["Mum wants to know if you're bringing the kids.", "I'll bring the esky.", "Weather looks alright."], ["Also - how did the interview go?? Call me.", "Fill me in on the job stuff!", ""]),
    ("Drinks Friday", ["Hey all, Siobhán got the job!", "Big news: Lachlan finally signed his offer.", "Leaving drinks for Aroha this Friday."],
     ["Drinks at the Stag's Head from 6.", "Meet at the usual pub after work.", "Bring your dancing shoes."], ["Come celebrate.", "RSVP so I can book a table.", ""]),
    ("your resume", ["Hey, had a look at your resume like you asked.", "Went through your selection criteria responses last night.", "Read your cover letter on the train."],
     ["Honestly it's good, I'd just cut the first page down and put the policy stuff up top.", "I think the second criterion needs a stronger example.", "Maybe lead with the project you ran at the council."],
     ["Want to go through it on the phone?", "Happy to look again once you've edited.", ""]),
    ("Fwd: this made me think of you", ["Saw this article about people getting turned down for government jobs because of the selection criteria.", "Found this podcast episode about bouncing back from job rejections.", "This thread about interview horror stories is gold."],
     ["lol sounds familiar.", "Thought you'd appreciate it.", "Don't read it before your interview though haha."], ["xx", "Talk soon", ""]),
    ("Lunch next week", ["Hi! Free for lunch Tuesday?", "Coffee this week?", "Want to grab a bite Thursday?"],
     ["My shout.", "I'm near the CBD all week.", "There's a new place near the station."], ["Want to hear about the job hunt.", "Need to pick your brain about my offer negotiation.", ""]),
]
def _rec(rng, n, family, from_name, from_addr, to, subject, text, region, html_p=0.0, company=None):
    text = K.spell(text, region)
    html = None
    if rng.random() < html_p:
        html = K.html_wrap(rng, text, from_name)
        text = "" if rng.random() < 0.6 else text
    return K.record(FAMILY_PREFIX, family, n, from_name=from_name, from_addr=from_addr, to_addr=to,
                    subject=K.spell(subject, region), body_text=text, body_html=html, labels=[], company=company)


def generate(rng: random.Random) -> Iterable[dict]:
    counts = {"news": 22, "alerts": 22, "events": 18, "work": 22, "life": 28, "scam": 12, "auto": 15, "personal": 14}
    for fam, cnt in counts.items():
        family = f"{FAMILY_PREFIX}-{fam}"
        for n in range(cnt):
            region = rng.choice(["us", "ca", "au", "nz", "ie"])
            emp = K.employer(rng, region)
            cand = K.candidate(rng)
            ctx = E.ctx_for(rng, region, emp, cand)
            ctx.update(last=cand[1], city=rng.choice(CITIES[region]), y=rng.choice([2026, 2027]), m=rng.randint(3, 40),
                       addr=f"{rng.randint(2, 180)}/{rng.randint(1, 90)} {rng.choice(['Ocean', 'Railway', 'Victoria', 'Main', 'Elm'])} {rng.choice(['St', 'Rd', 'Pde', 'Ave'])}",
                       subj=rng.choice(["Application for " + ctx["role"], "Re: interview", "Follow up", "Feedback request"]),
                       dom=emp[3])
            if fam == "news":
                nm, addr, region = rng.choice(NEWS_FROM)
                items = [K.fill(i, ctx) for i in rng.sample(NEWS_ITEMS, rng.randint(2, 4))]
                text = (f"{rng.choice(NEWS_HEAD)} - {K.a_date(rng, region, True)}\n\n" + "\n\n".join(f"* {i}" for i in items)
                        + "\n\n" + rng.choice(["Read more on our website.", "Forward this to a colleague who might find it useful."])
                        + "\n\nYou are receiving this because you subscribed. Unsubscribe | Update preferences")
                subj = rng.choice([items[0][:60].rstrip(".:") + "...", f"{rng.choice(NEWS_HEAD)}: {items[0].split(':')[0][:50]}", "This week: feedback, offers and merit pools 📬"])
                yield _rec(rng, n, family, nm, addr, cand[2], subj, text, region, 0.35)
            elif fam == "alerts":
                nm, addr = rng.choice(BOARDS)
                if rng.random() < 0.3:
                    text = K.fill(rng.choice(PINGS), ctx) + "\n\n" + rng.choice(PING_TAIL) + "\n\n" + rng.choice(["Manage notifications", "Unsubscribe", "Notification settings | Help"])
                    subj = rng.choice(["You're getting noticed", "Someone viewed your profile", "Your weekly search stats"])
                else:
                    lines = []
                    for _ in range(rng.randint(3, 6)):
                        e = K.employer(rng, region)
                        lines.append(f"{K.role(rng, e[2], e[1])}\n{e[0]} - {rng.choice(CITIES[region])}\n{rng.choice(['Apply now', 'Easy apply', 'Closing soon', 'New'])}")
                    text = K.fill(rng.choice(ALERT_OPEN), ctx) + "\n\n" + "\n\n".join(lines) + "\n\nYou can unsubscribe from this alert at any time."
                    subj = K.fill(rng.choice(ALERT_OPEN), ctx)
                yield _rec(rng, n, family, nm, addr, cand[2], subj, text, region, 0.4)
            elif fam == "events":
                text = K.fill(rng.choice(EVENTS), ctx) + "\n\n" + " ".join(rng.sample(EVENT_TAIL, 2)) + "\n\n" + rng.choice(["Unsubscribe", "You're receiving this because you registered with us.", "Manage your preferences"])
                nm = rng.choice(["Careers Service", "Public Sector Jobs Expo", "Career Coaching Co", emp[0] + " Events"])
                subj = rng.choice(["You're invited: " + text.split(".")[0][:50], "Invitation: careers session " + ctx["date"], "Don't miss our interview skills workshop"])
                yield _rec(rng, n, family, nm, f"events@{emp[3]}", cand[2], subj, text, region, 0.3,
                           company=emp[0] if nm.endswith("Events") else None)
            elif fam == "work":
                subj, opens, mids = rng.choice(WORK)
                who = ctx["p1"]
                text = (K.fill(rng.choice(opens), ctx) + " " + K.fill(rng.choice(mids), ctx) + "\n\n" + rng.choice(["Thanks,", "Cheers,", "Kind regards,", "Regards,"])
                        + f"\n{who}\n{rng.choice(['People & Culture', 'HR Shared Services', 'Team Lead', 'Payroll', 'Branch Manager', 'Employee Benefits'])}")
                yield _rec(rng, n, family, who, f"{who.split(' ')[0].lower()}@{emp[3]}", cand[2], K.fill(subj, ctx), text, region, 0.1)
            elif fam == "life":
                subj, sign, a1, a2, a3 = rng.choice(LIFE)
                text = f"{rng.choice(['Dear', 'Hi', 'Hello'])} {cand[0]},\n\n" + " ".join(K.fill(x, ctx) for x in (rng.choice(a1), rng.choice(a2), rng.choice(a3)) if x) + f"\n\n{rng.choice(['Regards', 'Kind regards', 'Sincerely', 'Thank you'])},\n{sign}"
                doms = {"Leasing Team": ["propertyhub.com.au", "rentright.co.nz", "leasing.harbourrealty.ca"], "Admissions Office": ["gradadmissions.edu", "admissions.uwp.edu.au"],
                        "Enrolments": ["enrol.riverside.school.nz", "schools.vic.example.au"], "Client Services": ["revenue-notices.ie", "taxonline.example.gov.au", "cra-notices.example.ca"],
                        "Grants Team": ["grants.artsfund.org", "grants.innovation.example.gov.au"], "Lending Services": ["bank-alerts.ca", "lending.kowhaibank.co.nz"],
                        "Visa Processing": ["immigration-online.nz", "visas.example.gov.au"], "The Committee": ["clubhub.org", "harbourrowing.org.au"],
                        "Program Committee": ["papers.devfest.example", "summit.publicdata.org"]}
                yield _rec(rng, n, family, sign, f"no-reply@{rng.choice(doms[sign])}",
                           cand[2], K.fill(subj, ctx), text, region, 0.2)
            elif fam == "scam":
                subj, region = rng.choice(SCAMS)
                text = rng.choice(["", f"Dear {cand[0]},\n\n"]) + rng.choice(SCAM_A) + " " + " ".join(rng.sample(SCAM_B, 2)) + "\n\n" + rng.choice(SCAM_C)
                yield _rec(rng, n, family, rng.choice(["Gov Jobs Hiring", "HR Department", "Federal Recruitment", "Recruitment Desk"]),
                           f"{rng.choice(['hr.gov.jobs', 'federalhire.team', 'recruit.office', 'govt.placement'])}{rng.randint(1, 999)}@{rng.choice(['gmail.com', 'outlook.com', 'mail.ru', 'yandex.com'])}",
                           cand[2], subj, text, region, 0.3)
            elif fam == "auto":
                subj, a1, a2, a3 = rng.choice(AUTO)
                ctx["pname"] = ctx["p1"].split(" ")[0].lower()
                body = "\n\n".join(K.fill(x, ctx) for x in (rng.choice(a1), rng.choice(a2), rng.choice(a3)) if x)
                nm = ctx["p1"] if subj.startswith("Automatic") else rng.choice(["Mail Delivery System", "Microsoft Outlook", "postmaster", f"{emp[0]} Recruitment"])
                yield _rec(rng, n, family, nm, f"postmaster@{emp[3]}" if "eliver" in subj else f"hr@{emp[3]}",
                           cand[2], K.fill(subj, ctx), body, region, company=emp[0])
            else:
                subj, a1, a2, a3 = rng.choice(PERSONAL)
                friend = K.person(rng, region)
                text = " ".join(K.fill(x, ctx) for x in (rng.choice(a1), rng.choice(a2), rng.choice(a3)) if x) + "\n\n" + friend.split(" ")[0]
                yield _rec(rng, n, family, friend, f"{friend.split(' ')[0].lower()}{rng.randint(1, 99)}@{rng.choice(K.MAILHOSTS)}",
                           cand[2], K.fill(subj, ctx), text, region)
