"""Writer w20: machine mail around a job search in South/South-East Asia, the Gulf, Africa and
Eastern Europe: job boards (applied-to confirmations, alerts, profile views), ATS notifications
(acks, assessments, auto-rejections, status pings), career newsletters, and the look-alikes that
fool word-spotting (non-job rejections, registration-fee scams, auto-replies, bounces)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w20_bank as B  # noqa: E402
import _w20_say as S  # noqa: E402
from _w20_bank import join, maybe, pick  # noqa: E402

FAMILY_PREFIX = "w20portal"
BOARDS = [("JobsKaro", "jobskaro.in"), ("TrabahoNow", "trabahonow.ph"), ("GulfCareerLink", "gulfcareerlink.ae"), ("KaziHub", "kazihub.co.ke"),
          ("PracaPlus", "pracaplus.pl"), ("KerjaMudah", "kerjamudah.my"), ("HireLagos", "hirelagos.ng"), ("SeoulWork", "seoulwork.kr"),
          ("FresherDesk", "fresherdesk.in"), ("NaukriSetu", "naukrisetu.com")]
ATS = ["hirepath.io", "talentrack.in", "recruitbase.asia", "peoplegrid.net", "workvista.app"]


def _unsub(rng: random.Random, board: str) -> str:
    return pick(rng, ["You are receiving this mail because you registered on {b}. Unsubscribe | Manage alerts",
                      "To stop receiving these emails, update your notification settings on {b}.",
                      "{b} will never ask for money to apply for a job. Report fraud at safety@{b2}.",
                      "Unsubscribe from job alerts"], b=board, b2=board.lower() + ".com")


def jobboard(rng: random.Random, family: str, n: int, kind: str) -> dict:
    board, dom = rng.choice(BOARDS)
    cand = B.Candidate(rng)
    comp = B.company(rng)
    role = B.role(rng)
    kw = dict(c=comp.name, r=role, ct=comp.city, b=board, d=B.date(rng), n=str(rng.randint(3, 48)))
    labels, company = [], None
    if kind == "applied":
        labels, company = ["application_ack"], comp.name
        subj = pick(rng, ["Your application has been sent to {c}", "Applied: {r} at {c}", "Application submitted successfully - {r}", "{c} received your application ✔"], **kw)
        body = join(pick(rng, ["Your application for {r} at {c}, {ct} has been successfully sent to the recruiter.",
                               "Congratulations {f}! You have applied to {r} - {c}. The employer has received your profile.",
                               "We have delivered your application to {c}. Applied on {d}."], f=cand.first, **kw),
                    pick(rng, ["Recruiters usually respond within 2 weeks. Track status under My Applications.", "Tip: candidates with a complete profile get 3x more responses.",
                               "Similar jobs you may like: Senior Analyst | Support Engineer | Operations Executive"]))
    elif kind == "alert":
        jobs = [f"{B.role(rng)} - {B.company(rng).name} - {rng.choice(['2-5', '3-8', '0-1', '5-10'])} yrs" for _ in range(rng.randint(3, 6))]
        subj = pick(rng, ["{n} new jobs matching your profile", "Jobs for you: {r} in {ct}", "Daily job alert - {d}", "🔥 Hot jobs hiring now"], **kw)
        body = join("Based on your profile, here are today's recommended jobs:", "\n".join("- " + j for j in jobs),
                    pick(rng, ["Apply now before the job closes!", "Early applicants have a higher chance of getting an interview call.", "View all jobs"]))
    elif kind == "view":
        subj = pick(rng, ["A recruiter viewed your profile", "{n} recruiters searched for profiles like yours", "Your profile appeared in {n} searches this week"], **kw)
        body = join(pick(rng, ["A recruiter from a {i} company viewed your profile yesterday.", "Your profile was viewed {n} times in the last 7 days.",
                               "Recruiters from companies in {ct} are looking at your profile."], i=rng.choice(["IT services", "BPO", "banking", "construction", "healthcare"]), **kw),
                    "Upgrade to Premium to see who viewed your profile and get highlighted in recruiter searches.")
    elif kind == "complete":
        subj = pick(rng, ["Your profile is 60% complete", "Complete your profile to get more calls", "Action needed: add your key skills", "Update your resume - it's been 6 months"], **kw)
        body = pick(rng, ["Profiles with a photo, key skills and current CTC get more interview calls from recruiters. Complete yours in 2 minutes.",
                          "Your resume was last updated 180 days ago. Recruiters prefer updated profiles.",
                          "Add your notice period and preferred locations so that employers can find you."])
    elif kind == "walkin":
        jobs = [f"{B.company(rng).name} - {B.role(rng, 'ops')} - {B.date(rng)}" for _ in range(rng.randint(3, 5))]
        subj = pick(rng, ["Walk-in drives this week near {ct}", "Walk-in jobs for you", "This weekend: walk-ins in your city"], **kw)
        body = join("Walk-in interviews happening near you (no appointment needed, carry your resume):", "\n".join("- " + j for j in jobs),
                    "Details and venues are on the job pages.")
    elif kind == "premium":
        subj = pick(rng, ["Get noticed by top recruiters - 50% off", "Resume writing by experts", "Crack your next interview: mock interview package"], **kw)
        body = pick(rng, ["Our certified writers will rewrite your CV for better visibility. Offer valid till {d}.",
                          "Practise with industry experts: 3 mock interviews + detailed feedback report at just INR 1,499.",
                          "Featured profile: appear on top of recruiter searches for 30 days."], **kw)
    else:
        raise KeyError(kind)
    body = join(pick(rng, [f"Hi {cand.first},", f"Dear {cand.full},", f"Hello {cand.first}", ""]), body, pick(rng, ["Team " + board, "Regards,\n" + board, "Best wishes,\nThe " + board + " team"]),
                _unsub(rng, board))
    return B.record(FAMILY_PREFIX, family, n, from_name=pick(rng, [board, board + " Alerts", board + " Jobs", "Jobs at " + board]),
                    from_addr=rng.choice(["alerts", "noreply", "info", "jobs"]) + "@" + dom, to_addr=cand.addr, subject=subj, body=body,
                    labels=labels, company=company, html_mode=rng.choice(["only", "only", "alt", "none"]), rng=rng, brand=board)


def ats(rng: random.Random, family: str, n: int, kind: str) -> dict:
    comp = B.company(rng)
    cand = B.Candidate(rng)
    role = B.role(rng)
    kw = dict(c=comp.name, r=role, ct=comp.city, d=B.date(rng), t=B.time(rng, comp.tz), q=B.reqno(rng), f=cand.first)
    labels, oc = [], []
    link = f"https://{comp.domain.split('.')[0]}.{rng.choice(ATS)}/candidate/{rng.randint(10000, 99999)}"
    if kind == "ack":
        labels = ["application_ack"]
        subj = pick(rng, ["{c}: we received your application for {r}", "Application confirmation - {r} ({q})", "Thank you for applying, {f}"], **kw)
        body = join(pick(rng, S.ACK_CORE + S.ACK_FORMAL, **kw), pick(rng, S.ACK_NEXT, **kw))
    elif kind in ("ack_assess", "assess", "video"):
        labels = ["application_ack", "interview_invite"] if kind == "ack_assess" else ["interview_invite"]
        subj = pick(rng, ["Next step: online assessment for {r}", "{c} | Assessment invitation ({q})", "Action required: complete your video interview", "{c} coding challenge - {r}"], **kw)
        first = pick(rng, S.ACK_CORE, **kw) if kind == "ack_assess" else pick(rng, ["Thank you for your interest in {c}.", "Your profile has been shortlisted for the next stage.", ""], **kw)
        step = pick(rng, ["Please complete the online assessment (approx. 75 minutes) by {d}.", "You are invited to a one-way video interview. Record your answers before {d}.",
                          "Kindly attempt the coding challenge (3 problems, 90 minutes) before {d}.", "Please take the English proficiency and typing test before {d}."], **kw)
        body = join(first, step, "Start here: " + link)
    elif kind == "autorej":
        labels = ["rejection"]
        subj = pick(rng, ["Update on your application - {r}", "{c} - your application status", "Regarding {r} ({q})"], **kw)
        reasons = ""
        if rng.random() < 0.4:
            k = rng.choice(sorted(S.OC))
            oc, reasons = [k], pick(rng, S.OC[k], **kw)
        body = join(pick(rng, S.REJ_CORE + S.REJ_FORMAL, **kw), reasons, pick(rng, S.REJ_CLOSE, **kw))
    elif kind == "ping":
        subj = pick(rng, ["Your application is under review", "Status update: {r}", "We are still reviewing applications", "Application status: In progress"], **kw)
        body = pick(rng, ["Your application for {r} is currently under review by the hiring team. No action is needed from you.",
                          "We wanted to let you know that we are still reviewing applications for {r}. Thank you for your patience.",
                          "Status of {q}: Screening in progress."], **kw)
    elif kind == "remind":
        subj = pick(rng, ["Reminder: your assessment is incomplete", "You have 24 hours left to finish your test", "Don't forget to submit your video interview"], **kw)
        body = pick(rng, ["You started the online assessment for {r} but have not submitted it. The link expires on {d}.",
                          "Your video interview is 2 of 5 questions complete. Please finish before {d}."], **kw)
    elif kind == "submitted":
        subj = pick(rng, ["Assessment submitted", "We have received your test responses", "Video interview received - {r}"], **kw)
        body = pick(rng, ["Thank you for completing the assessment for {r}. Your responses have been recorded and will be reviewed by the hiring team.",
                          "Your video responses were uploaded successfully. We will contact you about next steps."], **kw)
    elif kind == "booked":
        subj = pick(rng, ["Interview booked: {d} at {t}", "Confirmed: your interview slot", "Calendar: {r} interview"], **kw)
        body = pick(rng, ["You have booked the slot {d}, {t}. A calendar invite is attached. To change, use the reschedule option in the portal.",
                          "Your selected time ({d}, {t}) is confirmed. The interviewer has been notified."], **kw)
    elif kind == "withdrawn":
        subj = pick(rng, ["Application withdrawn - {r}", "You withdrew your application"], **kw)
        body = pick(rng, ["As requested, your application for {r} ({q}) has been withdrawn. You can apply again in future.",
                          "This confirms that you have withdrawn from the recruitment process for {r}."], **kw)
    else:
        raise KeyError(kind)
    body = join(pick(rng, [f"Dear {cand.full},", f"Hi {cand.first},", "Dear Candidate,"]), body,
                pick(rng, ["Regards,\nTalent Acquisition\n{c}", "{c} Recruiting", "Best regards,\nThe {c} hiring team", "Thank you,\n{c} HR"], **kw),
                maybe(rng, 0.6, ["This mailbox is not monitored. Please do not reply.", "Powered by an applicant tracking system. Privacy notice: " + link.rsplit('/', 2)[0] + "/privacy"]))
    return B.record(FAMILY_PREFIX, family, n, from_name=pick(rng, ["{c} Careers", "{c} Recruiting", "{c} via Careers Portal", "no-reply"], **kw),
                    from_addr=f"{comp.domain.split('.')[0]}@{rng.choice(ATS)}" if rng.random() < 0.6 else "noreply@" + comp.domain,
                    to_addr=cand.addr, subject=subj, body=body, labels=labels, company=comp.name, oc=oc,
                    html_mode=rng.choice(["only", "alt", "alt", "none"]), rng=rng, brand=comp.name)


NEWS = [
    ("5 reasons your CV is getting rejected (and how to fix it)", "Recruiters spend less than 10 seconds on a resume. This week we look at why so many applications end in a rejection email and what you can change."),
    ("Interview season: top 25 HR round questions", "From 'tell me about yourself' to 'why should we hire you', here are answers that worked for our readers, plus a free mock interview webinar on Saturday."),
    ("How to negotiate your offer letter CTC", "Fixed vs variable, joining bonus, notice buyout: a practical guide before you sign the offer letter."),
    ("Got rejected after the final round? Read this", "A reader shares how six rejections and one honest feedback call changed her preparation."),
    ("Salary survey 2026: Gulf engineering roles", "Average packages, housing allowances and what employers are offering in the UAE, Qatar and Saudi Arabia."),
    ("Webinar invite: Cracking system design interviews", "Join our free live session with a senior architect on {d} at {t}. Seats are limited; register now."),
    ("Virtual Career Fair - 40+ employers hiring", "Meet recruiters from banks, BPOs and IT firms in one afternoon. Upload your CV and join the booths on {d}."),
    ("This week in tech hiring: layoffs, freezes and who is still hiring", "Several firms announced hiring freezes this quarter while others doubled campus intake. Our roundup inside."),
    ("Workshop: write a cover letter that gets shortlisted", "A two-hour hands-on workshop for freshers and career switchers on {d}. Certificate of participation provided."),
    ("Offer shopping: is it ethical?", "Holding multiple offers during the notice period has become common. HR leaders share their views."),
    ("Your weekly digest: interview tips, remote jobs and more", "Most read: 'How to answer behavioural questions using STAR', 'Remote jobs that pay in USD', 'Why recruiters ghost'."),
]


def newsletter(rng: random.Random, family: str, n: int, kind: str) -> dict:
    cand = B.Candidate(rng)
    src = rng.choice([("CareerKatta Weekly", "careerkatta.in"), ("Pinoy Career Digest", "pinoycareer.ph"), ("Gulf Jobs Insider", "gulfjobsinsider.ae"),
                      ("Techie Tuesdays", "techietuesdays.dev"), ("AfriWork Brief", "afriwork.africa"), ("IT Kariera Newsletter", "itkariera.pl"),
                      ("Asia Talent Review", "asiatalentreview.sg")])
    title, lead = rng.choice(NEWS)
    kw = dict(d=B.date(rng), t=B.time(rng, "IST"))
    more = rng.sample([t for t, _ in NEWS if t != title], 3)
    body = join(pick(rng, [f"Hi {cand.first},", "Hello readers,", "Dear Subscriber,", ""]), title.upper() if rng.random() < 0.3 else title, lead.format(**kw),
                "Also in this issue:\n" + "\n".join("- " + m for m in more), maybe(rng, 0.5, "Forward this to a friend who is job hunting!"),
                f"You are receiving this because you subscribed to {src[0]}. Unsubscribe | View in browser")
    return B.record(FAMILY_PREFIX, family, n, from_name=src[0], from_addr="newsletter@" + src[1], to_addr=cand.addr,
                    subject=pick(rng, [title, src[0] + ": " + title, "📬 " + title, title + " | Issue #" + str(rng.randint(20, 300))]),
                    body=body, html_mode=rng.choice(["only", "only", "alt"]), rng=rng, brand=src[0])


def lookalike(rng: random.Random, family: str, n: int, kind: str) -> dict:
    cand = B.Candidate(rng)
    kw = dict(d=B.date(rng), f=cand.first, ref=str(rng.randint(100000, 999999)))
    sender = ("", "")
    if kind == "loan":
        sender = ("Nirmal Finance Customer Care", "care@nirmalfinance.co.in")
        subj, body = "Update on your personal loan application", "We regret to inform you that your loan application (Ref {ref}) could not be approved at this time as it does not meet our internal credit policy. You may reapply after 6 months."
    elif kind == "visa":
        sender = ("Visa Application Centre", "noreply@vac-services.info")
        subj, body = pick(rng, ["Visa decision - Ref {ref}", "Status of your visa application"], **kw), pick(rng, ["We regret to inform you that your visit visa application has been refused. The refusal letter can be collected from the centre.",
                                                                                                      "Your Schengen visa application was not approved. Reasons are stated in the enclosed form."])
    elif kind == "admission":
        sender = ("Graduate Admissions Office", "admissions@kestrel-university.edu.sg")
        subj, body = "Decision on your MSc application", "Thank you for applying to the MSc in Data Science. After careful review, we regret that we are unable to offer you admission for the upcoming intake. Competition was very strong this year."
    elif kind == "club":
        sender = ("Harbour View Club", "membership@harbourviewclub.com.my")
        subj, body = "Membership application", "The committee has reviewed your application for family membership and regrets that it cannot be accepted at present due to the waiting list. We will retain your application for the next review."
    elif kind == "rental":
        sender = (B.person(rng, "IN")[0], "propertydesk.bhatia@gmail.com")
        subj, body = "Re: 2BHK flat at Koramangala", "Sorry, the owner has decided to go ahead with another family for the flat. They preferred someone who can move in this month. Will let you know if anything similar comes up."
    elif kind == "talk":
        sender = ("DevConf Asia Program Committee", "cfp@devconfasia.org")
        subj, body = "Your talk proposal for DevConf Asia 2026", "Thank you for submitting your talk. Unfortunately we could not accept it this year; we received 480 proposals for 40 slots. Reviewer comments are available in the CFP portal."
    elif kind == "scholarship":
        sender = ("Scholarship Secretariat", "scholarships@edutrust-foundation.org")
        subj, body = "Result of Merit Scholarship 2026", "We are sorry to inform you that you have not been selected for the scholarship this year. The selection committee received a very large number of applications."
    elif kind == "card":
        sender = ("Credit Card Services", "alerts@cardservices-bank.com")
        subj, body = "Your credit card application", "We are unable to approve your credit card application at this time. This decision is based on the information provided and our eligibility criteria."
    elif kind == "scam":
        co = rng.choice(["Emirates Crown Oil & Gas", "Qatar Royal Petroleum Projects", "Global Airways Recruitment Dept", "Canada Farm Jobs Agency", "Royal Petro-Marine Joint Projects"])
        sender = (co + " HR", rng.choice(["hrdept.recruit2026@gmail.com", "careers.offer@outlook.com", "hr-selection@mail-offers.net"]))
        subj = pick(rng, ["OFFER LETTER - CONGRATULATIONS!!!", "Job Appointment Letter - Urgent Reply", "Selected: Overseas Job Offer (Salary USD 6500)", "Final Offer - Pay Registration Fee"])
        body = pick(rng, ["Congratulations! After reviewing your CV from online database, our management has selected you for the post of Project Engineer with monthly salary USD 6,500 plus free accommodation. To process your work permit you are required to pay the refundable registration fee of USD 350 through Western Union within 48 hours.",
                          "Dear Applicant, you are selected for direct appointment without interview. Kindly deposit INR 8,500 as registration and security charges in the account below to receive your appointment letter and air ticket.",
                          "This is to inform you that you have been shortlisted for the post of Store Keeper in our Dubai branch. Send a copy of your passport and pay visa processing charges of AED 1,200 to our agent. Offer is valid for 24 hours only."])
    elif kind == "auto":
        p, _ = B.person(rng, rng.choice(B.REGIONS))
        comp = B.company(rng)
        sender = (p, B.email_of(p, comp.domain, rng))
        subj = pick(rng, ["Automatic reply: Application for {r}", "Out of Office: Re: Interview", "Auto-Reply: Follow up on my application"], r=B.role(rng))
        body = pick(rng, ["I am out of office until {d} with limited access to email. For urgent recruitment matters, please contact the HR helpdesk.",
                          "Thank you for your email. I am on leave and will respond on my return. For interview scheduling, write to the careers mailbox.",
                          "I am travelling for a campus drive this week. Replies may be delayed."], **kw)
    elif kind == "bounce":
        sender = ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")
        comp = B.company(rng)
        subj = pick(rng, ["Delivery Status Notification (Failure)", "Undeliverable: Application for the post of {r}", "Mail delivery failed: returning message to sender"], r=B.role(rng))
        body = join(f"Your message to hr@{comp.domain} couldn't be delivered.", pick(rng, ["The address was not found or is unable to receive mail.", "550 5.1.1 User unknown", "Mailbox full"]),
                    "----- Original message -----\nSubject: Application for the post of " + B.role(rng) + "\n\nDear Sir/Madam, please find attached my resume for your kind consideration.")
    elif kind == "personal":
        p, pf = B.person(rng, cand.region)
        sender = (p, B.email_of(p, "gmail.com", rng))
        subj, body = rng.choice([
                                ("Re: Sunday lunch", "Amma is asking if you are coming on Sunday. Also bring the documents for the bank KYC."),
                                ("Wedding invitation", "Dear all, with great joy we invite you to the wedding of our daughter on " + kw["d"] + ". Your presence will make the occasion special."),
                                ("Re: cricket this weekend", "Ground booked for 7 am. Interview or no interview, you are opening the batting!"),
                                ("Photos from the trip", "Uploaded all the Munnar pics to the shared album. Check the ones from the tea estate."),
                                ("Tuition fees reminder", "Reminder that the second instalment of school fees is due by " + kw["d"] + ".")])
    elif kind == "work":
        comp = B.company(rng)
        p, _ = B.person(rng, comp.region)
        sender = (p, B.email_of(p, comp.domain, rng))
        subj, body = rng.choice([("Shift roster for next week", "Please find the roster for next week attached. Night shift allowance will be credited with the salary."),
                                 ("Re: Sprint 42 retro", "Thanks all. Action items: fix the flaky pipeline and update the runbook before Friday."),
                                 ("Appraisal cycle: self-assessment due", "Kindly complete your self-assessment in the HRMS by " + kw["d"] + ". Managers will review next week."),
                                 ("Team lunch on Friday", "We are going to the Andhra meals place near the office. Please confirm by Thursday.")])
        subj = "Re: " + subj if rng.random() < 0.3 else subj
    else:
        raise KeyError(kind)
    greets = ["Dear Applicant,", "Dear Candidate,", f"Dear {cand.full},", "Attention: " + cand.full] if kind == "scam" else [f"Dear {cand.full},", f"Hi {cand.first},", "Dear Customer,", ""]
    body = join(pick(rng, greets) if kind not in ("bounce", "auto") else "", body.format(**kw) if "{" in body else body,
                maybe(rng, 0.4, ["Regards", "Thanks & Regards", "Warm regards"]))
    return B.record(FAMILY_PREFIX, family, n, from_name=sender[0], from_addr=sender[1], to_addr=cand.addr, subject=subj.format(**kw) if "{" in subj else subj,
                    body=body, html_mode="alt" if rng.random() < 0.15 else "none", rng=rng)


SPEC = [("w20portal-jobboard", jobboard, dict(applied=12, alert=8, view=6, complete=5, walkin=4, premium=4)),
        ("w20portal-ats", ats, dict(ack=8, ack_assess=5, assess=4, video=2, autorej=6, ping=6, remind=4, submitted=4, booked=3, withdrawn=2)),
        ("w20portal-newsletter", newsletter, dict(news=28)),
        ("w20portal-lookalike", lookalike, dict(loan=2, visa=3, admission=3, club=2, rental=2, talk=2, scholarship=2, card=1, scam=10, auto=4, bounce=4,
                                                personal=4, work=3))]


def generate(rng: random.Random) -> Iterable[dict]:
    for family, fn, counts in SPEC:
        jobs = [k for k, c in counts.items() for _ in range(c)]
        rng.shuffle(jobs)
        for i, kind in enumerate(jobs):
            yield fn(rng, family, i, kind)
