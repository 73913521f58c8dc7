"""w7 look-alike negatives (no label): careers newsletters about rejections and interviews, job-board
alerts, decisions that are not about jobs (tenancies, grants, loans, visas, clubs, exams), the user's
current workplace (rotas, payslips, training, sitting on a panel), events, scams, auto-replies and
bounces, personal mail, and recruiter/employer notes that decide nothing."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w7neg"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w7_kit")
L = _load("_w7_lines")
C = _load("_w7_compose")

# ------------------------------------------------------------------------------------------ digests
MASTHEADS = [("Ward Round Careers", "news@wardroundcareers.co.uk"), ("Staffroom Weekly", "editor@staffroomweekly.com"),
             ("The Hospitality Hiring Brief", "brief@hospohiring.com.au"), ("Grad Pathways Ireland", "hello@gradpathways.ie"),
             ("Public Sector Careers Roundup", "roundup@publiccareers.org.uk"), ("Campus Placement Pulse", "pulse@placementpulse.in"),
             ("Shopfloor to Management", "newsletter@shopfloortomanagement.co.uk"), ("CareerLadder SA", "digest@careerladder.co.za"),
             ("Northern Ontario Job Seekers' Club", "club@nojsc.ca"), ("The Trainee Solicitor Diaries", "diaries@traineediaries.co.uk"),
             ("Eastmoor Careers Service", "careers@eastmoor.ac.uk"), ("Logistics Jobs Insider", "insider@logijobs.com.au")]
HEADLINES = [
    "Five things to do in the 48 hours after an unsuccessful interview",
    "How to answer 'tell me about a time' questions at a panel interview",
    "Negotiating your first offer as a newly qualified nurse",
    "Why you weren't shortlisted - and how to fix your supporting statement",
    "Assessment centres decoded: the group exercise is not a debate",
    "What the panel is really scoring when they ask about safeguarding",
    "Should you ask for feedback after a rejection? Three recruiters answer",
    "'We regret to inform you': reading between the lines of a rejection letter",
    "The trial shift: your rights, your pay, and what to expect",
    "Counter-offers: when your current employer tries to keep you",
    "From 40 rejections to a training contract: Tamsin's story",
    "Observed lessons - what heads look for in 20 minutes",
    "Is it OK to turn down a job offer after accepting?",
    "How to prepare for a telephone interview in a noisy house",
    "Graduate scheme deadlines this month",
    "Why 'unsuccessful on this occasion' doesn't mean 'never'",
    "Psychometric tests: practise the numerical ones first",
    "Interview nerves? A clinical psychologist's five-minute routine",
    "How to decline an interview politely",
    "The offer letter checklist: salary, band, notice, probation",
    "Referees: who to choose and how to ask",
    "Ghosted after the final round? Here's when to chase",
]
BLURBS = [
    "Rejection stings, but the people who bounce back fastest treat it as information.",
    "Most panels score against the person specification, line by line. Use its wording.",
    "We asked readers what the worst interview question they'd faced was. The answers were brilliant.",
    "A reader writes: 'I was told I was a strong candidate but they went with someone else. What now?'",
    "If an employer says they'd like to extend an offer, get it in writing before you resign.",
    "Feedback is often vague - 'lacked depth' - so ask one specific follow-up question.",
    "Our careers advisers are running drop-in CV clinics every Wednesday this term.",
    "The number of vacancies in adult social care fell again last quarter, according to new figures.",
    "Don't panic if you hear nothing for three weeks; public sector shortlisting is slow.",
    "One tip from a hiring manager: have two questions ready for the end, and make them about the team.",
    "Template letters are written to be kind and final, not to explain.",
    "Read the full piece on our website.",
]


def digest(rng: random.Random, n: int, fam: str) -> dict:
    name, addr = rng.choice(MASTHEADS)
    cand = K.Candidate(rng)
    heads = rng.sample(HEADLINES, rng.randrange(2, 5))
    blurbs = rng.sample(BLURBS, len(heads))
    blocks = [f"{h.upper() if rng.random() < .2 else h}\n{b}" for h, b in zip(heads, blurbs)]
    intro = rng.choice([f"Hi {cand.first}, here's this week's round-up.", "Welcome to this month's issue.",
                        f"Good morning {cand.first} - grab a cuppa, it's a long one.", "In this issue:",
                        "Hello readers,", ""])
    outro = rng.choice(["You are receiving this because you subscribed at one of our events. Unsubscribe | Update preferences",
                        "Unsubscribe from this list. Our postal address: PO Box 112, Leeds LS1 4AP.",
                        "Manage your subscription | View in browser",
                        "Forwarded this email? Sign up to get it every Thursday."])
    text = K.body(intro, *blocks, outro)
    subj = rng.choice([heads[0], f"{name}: {heads[0]}", f"This week: {heads[0].lower()}", f"📰 {heads[0]}",
                       f"Issue {rng.randrange(12, 240)} - {heads[-1]}"])
    html = K.to_html(rng, text, name)
    r = rng.random()
    return K.record(FAMILY_PREFIX, fam, n, from_name=name, from_addr=addr, to_addr=cand.addr, subject=subj,
                    text="" if r < .4 else text, html=html if r < .8 else None, company=None)


# ------------------------------------------------------------------------------------------ alerts
BOARDS = [("HealthJobs Alerts", "alerts@healthjobsportal.net"), ("TeachVacancies", "noreply@teachvacancies-mail.com"),
          ("PublicJobs", "alerts@publicjobsportal.net"), ("ShiftFinder", "jobs@shiftfinder.com.au"),
          ("JobHunt India", "alerts@jobhunt-india.in"), ("Careers Nova Scotia", "noreply@careersns.ca"),
          ("WorkNet SA", "alerts@worknet.co.za"), ("irishjobsfinder", "noreply@irishjobsfinder.ie"),
          ("Gradcracker-style Digest", "digest@gradmail.co.uk")]


def alert(rng: random.Random, n: int, fam: str) -> dict:
    board, addr = rng.choice(BOARDS)
    cand = K.Candidate(rng)
    kind = rng.randrange(4)
    company = None
    if kind <= 1:
        emps = [K.employer(rng) for _ in range(rng.randrange(3, 7))]
        lines = [f"{K.role_for(rng, e)} - {e.short} - {K.place_for(rng, e)} - {rng.choice(L.SALARY[e.cc][0])}" for e in emps]
        text = K.body(rng.choice([f"{len(lines)} new jobs match your alert:", "New vacancies for you today",
                                  f"Hi {cand.first}, we found these jobs based on your search.",
                                  "Jobs you might be interested in:"]),
                      "\n".join(lines), rng.choice(["Apply early - some adverts close once enough applications are received.",
                                                    "Tip: candidates who apply in the first three days are more likely to be shortlisted.", ""]),
                      "Edit this alert | Unsubscribe")
        subj = rng.choice([f"{len(lines)} new jobs for you", f"New: {lines[0].split(' - ')[0]} and more",
                           "Your daily job alert", "Jobs matching 'nurse' near you", "Recommended vacancies"])
    elif kind == 2:
        e = K.employer(rng)
        company = e.short
        text = K.body(rng.choice([f"{e.short} viewed your profile.", f"A recruiter at {e.short} looked at your CV.",
                                  f"Your CV was downloaded by {e.short}."]),
                      rng.choice(["Employers who view your profile may get in touch - make sure your details are up to date.",
                                  "Upgrade to Premium to see who else viewed you.", "Keep your availability current to stay visible."]),
                      "Manage notifications")
        subj = rng.choice(["Someone viewed your profile 👀", f"{e.short} viewed your CV", "Your profile is getting noticed"])
    else:
        text = K.body(f"Hi {cand.first},", rng.choice([
            "Your profile is 60% complete. Add your qualifications to appear in more searches.",
            "You haven't updated your CV in 6 months. Recruiters prefer recent CVs.",
            "Your profile appeared in 14 searches this week.",
            "Complete your profile - add your right-to-work status and preferred shift patterns."]),
            "Update profile", "You're receiving this because you have an account with us. Unsubscribe.")
        subj = rng.choice(["Complete your profile", "Your weekly profile stats", "Don't miss out on jobs", "Action needed: update your CV"])
    r = rng.random()
    return K.record(FAMILY_PREFIX, fam, n, from_name=board, from_addr=addr, to_addr=cand.addr, subject=subj,
                    text="" if r < .3 else text, html=K.to_html(rng, text, board) if r < .6 else None, company=company)


# ------------------------------------------------------------------------------------------ not about jobs
NONJOB = [
    ("Tenancy application - {addr}", "Harbourside Lettings", "lettings@harboursidelettings.co.uk",
     ["Thank you for applying for the property at {addr}.", "Unfortunately the landlord has decided to proceed with another applicant.",
      "We appreciate this is disappointing. We'll let you know if similar properties come up."]),
    ("Your rental application", "Coastal Realty Property Management", "pm@coastalrealty.com.au",
     ["We regret to advise that your application for {addr} has been unsuccessful on this occasion.",
      "The owner has selected an applicant whose move-in date more closely matched their requirements.",
      "Please don't hesitate to apply for any of our other listings."]),
    ("Outcome of your bursary application", "Student Finance Office", "bursaries@eastmoor.ac.uk",
     ["Thank you for applying to the Hardship Bursary Fund.", "After careful consideration, the panel was unable to award you funding this term.",
      "You may reapply in the spring round."]),
    ("Research grant decision - ref {num}", "Community Health Research Fund", "grants@chrf.org.uk",
     ["We are sorry to tell you that your proposal was not selected for funding.", "Reviewers felt the methodology section lacked detail on recruitment of participants.",
      "The next call opens in March."]),
    ("Conference abstract: decision", "ANZ Nursing Education Conference", "abstracts@anznec.org.au",
     ["Thank you for submitting your abstract.", "Regrettably, we are unable to accept it for an oral presentation this year.",
      "We would welcome you as a delegate; early-bird registration closes soon."]),
    ("Your personal loan application", "Calder Building Society", "loans@calderbs.co.uk",
     ["We have reviewed your application for a personal loan.", "Unfortunately we are unable to offer you credit at this time.",
      "This decision was based on information from a credit reference agency."]),
    ("Visitor visa application - decision", "Visa Application Centre", "noreply@vac-services.net",
     ["Your application has been refused.", "The decision letter is available to download from your account.",
      "You can find information on reapplying on the official website."]),
    ("Membership application", "Glenmorven Golf Club", "secretary@glenmorvengc.co.uk",
     ["The committee considered your application at its meeting.", "I'm afraid we are not able to offer membership at present as the waiting list is full.",
      "We'd be delighted to see you as a visitor."]),
    ("MSc Public Health - application decision", "Postgraduate Admissions", "pgadmissions@northbridge.ac.uk",
     ["Thank you for your application to study MSc Public Health.", "We regret that we are unable to offer you a place.",
      "Competition for places was very strong this year."]),
    ("Offer of a place - MA Education", "Postgraduate Admissions", "admissions@dunmorecollege.ac.uk",
     ["We are delighted to offer you a place on the MA Education (part-time).", "Please accept your offer through the applicant portal by {deadline}.",
      "Congratulations and welcome!"]),
    ("Your mortgage offer", "Bayswater Home Loans", "offers@bayswaterhomeloans.com.au",
     ["Good news - your mortgage offer has been issued.", "Please review the attached offer document with your solicitor/conveyancer.",
      "The offer is valid for six months."]),
    ("Exam results available", "Nursing and Midwifery Test Centre", "results@testcentre-mail.com",
     ["Your results for the computer-based test are now available.", "Unfortunately you did not achieve the pass mark on this attempt.",
      "You may rebook after a 28-day waiting period."]),
    ("Allotment waiting list", "Hartsfield Borough Council", "allotments@hartsfield.gov.uk",
     ["Thank you for applying for an allotment plot.", "We are sorry but there are currently no vacant plots at Beech Lane.",
      "You remain on the waiting list at position 37."]),
    ("Planning application {num} - decision notice", "Westmarch District Council", "planning@westmarch.gov.uk",
     ["The application for a single-storey rear extension has been refused.", "The reasons for refusal are set out in the attached decision notice.",
      "You have the right of appeal within 12 weeks."]),
    ("Scholarship interview", "Rotary Club of Ballarat", "scholarships@rotaryballarat.org.au",
     ["Thank you for applying for the community scholarship.", "Unfortunately you have not been selected this year.",
      "We encourage you to apply again next year."]),
    ("Your driving test result", "Driving Test Bookings", "noreply@drivingtests-mail.co.uk",
     ["We're sorry, you did not pass your practical driving test today.", "Your examiner's marking sheet is attached.",
      "You can book another test after 10 working days."]),
    ("Credit card application", "Liffey Savings Bank", "cards@liffeysavings.ie",
     ["Thank you for applying for a Liffey credit card.", "On this occasion we cannot approve your application.", "You may request a copy of your credit file."]),
    ("Social housing bid - result", "Kilbarron County Council", "housing@kilbarroncoco.ie",
     ["Your bid for the two-bedroom property on Main Street was not successful.", "The property was let to an applicant in a higher priority band.",
      "Keep bidding each week."]),
    ("Volunteer driver scheme", "Riverbend Community Transport", "info@riverbendtransport.org.uk",
     ["Thank you for your interest in volunteering as a driver.", "We currently have enough volunteers in your area, so we won't be taking your application further just now.",
      "We will keep your details on our reserve list."]),
    ("Choir audition", "Eastmoor Community Choir", "choir@eastmoorchoir.org.uk",
     ["Thanks for coming to the audition on Tuesday.", "Sadly we can't offer you a place in the tenor section this season.", "Do come along to our open rehearsals!"]),
]
ADDRS = ["Flat 2, 14 Hope Street", "7/22 Beach Road", "33 Willow Crescent", "Apt 5, 101 Queen St", "12 Mill Lane", "The Granary, Unit 3"]


def nonjob(rng: random.Random, n: int, fam: str) -> dict:
    subj, name, addr, lines = rng.choice(NONJOB)
    cand = K.Candidate(rng)
    slots = {"addr": rng.choice(ADDRS), "num": f"{rng.randrange(20, 26)}/{rng.randrange(1000, 9999)}",
             "deadline": K.a_date(rng), "first": cand.first, "full": cand.full, "last": cand.last}
    greet = K.fill(rng.choice(L.GREET[:8] + L.GREET[15:17]), slots)
    sig = rng.choice([name, f"{K.person(rng)[0]}\n{name}", f"{' '.join(K.person(rng))}\nOn behalf of {name}"])
    text = K.body(greet, K.para(*[K.fill(x, slots) for x in lines]) if rng.random() < .5 else "\n\n".join(K.fill(x, slots) for x in lines),
                  f"{rng.choice(L.CLOSE)}\n{sig}", K.fill(rng.choice(L.FOOTERS[:2] + L.FOOTERS[5:8] + ["", ""]), {"company": name}))
    r = rng.random()
    return K.record(FAMILY_PREFIX, fam, n, from_name=name, from_addr=addr, to_addr=cand.addr, subject=K.fill(subj, slots),
                    text="" if r < .15 else text, html=K.to_html(rng, text, name) if r < .4 else None, company=None)


# ------------------------------------------------------------------------------------------ current workplace
WORK = [
    ("Rota w/c {date}", ["The rota for the next four weeks is now on the staff noticeboard and on HealthRoster.",
                         "Please check your shifts - there are still two night gaps on the 14th that need covering.",
                         "Any swaps must be agreed with me in advance."]),
    ("Payslip available", ["Your payslip for this month is now available on the employee self-service portal.",
                           "Please note the back pay from the pay award has been included."]),
    ("Booked: Manual Handling refresher", ["You have been booked onto Manual Handling (refresher) on {date} at {time} in the Education Centre.",
                                           "If you can't attend, please cancel via the learning portal so someone else can take the place."]),
    ("Interview panel - Band 6 post", ["We have four candidates for the Band 6 Sister post next {day}.",
                                       "Would you be able to sit on the panel with me and the Matron? It'd be 9 till 1.",
                                       "I'll send the questions and scoring sheets beforehand."]),
    ("Can you help with interviews?", ["We're interviewing for two Saturday staff next week and I'm short of a second person.",
                                       "Could you do Tuesday afternoon? You'd just need to ask the customer service questions and score them."]),
    ("Shortlisting - Admin Assistant", ["Attached are the anonymised applications for the admin vacancy.",
                                        "Please score them against the criteria and send me your shortlist by {date}."]),
    ("Appraisal reminder", ["Your annual appraisal is due this month. Please complete the self-assessment form before your meeting.",
                            "Remember to bring evidence of your CPD for revalidation."]),
    ("Annual leave approved", ["Your annual leave request has been approved.", "Enjoy the break!"]),
    ("Extra shifts available this weekend", ["We've got bank shifts available on Saturday and Sunday (earlies).",
                                             "Reply to this email or ring the office if you can help out."]),
    ("Staff briefing - new stock system", ["There'll be a short briefing for all staff at {time} on {date} about the new handheld scanners.",
                                           "Attendance is compulsory; it will be paid."]),
    ("INSET day arrangements", ["A reminder that {date} is an INSET day. Sessions start at 8.45 in the hall.",
                                "Lunch will be provided. Please bring your safeguarding certificate if it's due for renewal."]),
    ("Fire warden training", ["You've been nominated as a fire warden for the first floor.", "Training is on {date}; it takes half a day."]),
    ("Your overtime claim", ["Your overtime claim for last month has been approved and will be paid with this month's salary."]),
    ("Secondment opportunity - expressions of interest", ["An internal secondment to the transformation team is available for six months.",
                                                          "If you're interested, please send a short expression of interest to your line manager by {date}."]),
    ("Mandatory training overdue", ["Our records show that your Information Governance training is overdue.", "Please complete it on the learning portal this week."]),
]


def work(rng: random.Random, n: int, fam: str) -> dict:
    subj, lines = rng.choice(WORK)
    emp = K.employer(rng, ("health", "school", "retail", "council", "logistics", "finance", "hospitality"))
    cand = K.Candidate(rng)
    sf, sl = K.person(rng)
    slots = {"date": K.a_date(rng, emp.cc), "time": K.a_time(rng), "day": rng.choice(K.DAYS), "first": cand.first,
             "full": cand.full, "last": cand.last}
    local = cand.addr.split("@")[0]
    to_addr = f"{local}@{emp.domain}"
    text = K.body(K.fill(rng.choice(["Hi {first},", "Hi all,", "Dear colleague,", "Morning team,", "{first} -", "Hello,"]), slots),
                  K.para(*[K.fill(x, slots) for x in lines]),
                  f"{rng.choice(L.CLOSE)}\n{sf} {sl}\n{rng.choice(L.TITLES[emp.sector])}\n{emp.name}",
                  rng.choice(["", "", L.FOOTERS[0], L.FOOTERS[1]]))
    subj = K.fill(subj, slots)
    if rng.random() < .2:  # a manager forwarding HR's notice
        hf, hl = K.person(rng)
        subj = "FW: " + subj
        text = K.body(rng.choice(["FYI - see below.", "Please read the below and let me know if you have any questions.",
                                  "Forwarding in case you missed this.", "See below, thanks."]), f"{sf}") + "\n" + \
            K.quoted(rng, K.para(*[K.fill(x, slots) for x in lines]), f"{hf} {hl}", f"hr@{emp.domain}", subj[4:], f"{sf} {sl}", "staff@" + emp.domain) + "\n"
    return K.record(FAMILY_PREFIX, fam, n, from_name=f"{sf} {sl}", from_addr=f"{sf.lower()}.{sl.lower().replace(' ', '').replace(chr(39), '')}@{emp.domain}",
                    to_addr=to_addr, subject=subj, text=text, company=None)


# ------------------------------------------------------------------------------------------ events
EVENTS = [
    "Join us for our Nursing Open Evening on {date} from {time}. Meet the ward teams, tour the hospital and find out about our preceptorship programme.",
    "You're invited to our free webinar: 'Acing the competency interview' on {date} at {time}. Register here.",
    "The Graduate Careers Fair returns on {date}! Over 80 employers from banking, law, retail and the public sector will be exhibiting.",
    "Interview skills workshop: practise answering questions with a careers adviser. Places are limited - book on the careers portal.",
    "Our Teach in {place} information session runs on {date}. Hear from newly qualified teachers about their first year.",
    "Join the Warehouse Recruitment Day at our {place} site on {date} - drop in between 10 and 3, no appointment needed, bring your CV.",
    "Reminder: the CPD session on wound care management is on {date}. Certificates will be issued after the session.",
    "Virtual Insight Day for Year 12 and 13 students interested in law, {date}. Apply by {deadline}.",
    "Come along to our Hospitality Jobs Expo - chefs, front of house and housekeeping teams all recruiting.",
    "Masterclass: writing a supporting statement that gets you shortlisted. Thursday lunchtime, Room B12.",
    "Mock interview evenings with volunteers from local employers - sign up for a 30-minute slot to practise.",
]


def event(rng: random.Random, n: int, fam: str) -> dict:
    emp = K.employer(rng)
    cand = K.Candidate(rng)
    host_is_emp = rng.random() < .5
    slots = {"date": K.a_date(rng, emp.cc), "time": K.a_time(rng), "place": K.place_for(rng, emp), "deadline": K.a_date(rng, emp.cc)}
    main = K.fill(rng.choice(EVENTS), slots)
    sender = emp.name if host_is_emp else rng.choice(["Eastmoor Careers Service", "Northbridge Careers & Employability",
                                                      "Jobs & Skills Hub", "Career Development Centre", "Staffroom Weekly Events"])
    text = K.body(rng.choice([f"Hi {cand.first},", "Dear student,", "Hello,", f"Dear {cand.full},", ""]), main,
                  rng.choice(["Book your place now.", "Registration is free.", "We hope to see you there!",
                              "Spaces fill quickly, so register early.", "Light refreshments provided."]),
                  f"{rng.choice(L.CLOSE)}\n{sender}", rng.choice(["Unsubscribe from event invitations.", "", "Manage preferences"]))
    subj = rng.choice(["You're invited: " + main.split(":")[0][:50], "Invitation: open evening", "📣 Careers fair next week",
                       "Free webinar - interview skills", "Book now: mock interviews", "Don't miss our recruitment day"])
    r = rng.random()
    return K.record(FAMILY_PREFIX, fam, n, from_name=sender, from_addr=f"events@{emp.domain}" if host_is_emp else "events@careers-hub.ac.uk",
                    to_addr=cand.addr, subject=subj, text="" if r < .35 else text,
                    html=K.to_html(rng, text, sender) if r < .7 else None, company=emp.short if host_is_emp else None)


# ------------------------------------------------------------------------------------------ scams
SCAM = [
    "Congratulations! You have been selected for the post of Data Entry Operator (Work From Home). Salary Rs. 35,000/month. "
    "To confirm your seat kindly pay refundable registration fee of Rs. 2,500 to the account below within 24 hours.",
    "Dear Applicant, we are pleased to offer you a job as Remote Personal Assistant. You will receive cheques to deposit and forward "
    "the funds to our vendors. Reply with your bank details to start today.",
    "OFFER LETTER: Staff Nurse - Dubai. Tax free salary, accommodation provided. Visa processing fee of USD 450 must be paid before "
    "the offer can be released.",
    "Your CV was selected by our AI. Earn £300 a day reviewing products from home. No interview needed! Click to claim your position.",
    "Hi, I'm a recruiter for a large retailer. We'd like to offer you a mystery shopper role. You'll receive a £2,000 cheque; keep "
    "£300 as your salary and send the rest by money transfer.",
    "Final notice: your employment contract with Canada Jobs Direct is ready. Pay the LMIA processing charge of CAD 800 to secure it.",
    "You have been shortlisted for a parcel forwarding agent position. No experience required. Reply YES with your full address and date of birth.",
]


def scam(rng: random.Random, n: int, fam: str) -> dict:
    cand = K.Candidate(rng)
    sname = rng.choice(["HR Department", "Recruitment Manager", "Global Staffing Agency", "Job Offer", "Mrs Helen Carter",
                        "Careers Team", "Hiring Desk"])
    addr = rng.choice(["hr.department.offer@gmail.com", "recruitment.desk2025@outlook.com", "jobs@global-staffing-careers.xyz",
                       "offers@hr-selection-team.top", "no-reply@secure-jobs-portal.info"])
    text = K.body(rng.choice([f"Dear {cand.first},", "Dear Candidate,", "Attention:", "Hello dear,"]), rng.choice(SCAM),
                  rng.choice(["Regards,\nHR Manager", "Thanks\nRecruitment Team", "Best Regards", "Sincerely,\nMr. James Walker\nHR"]))
    subj = rng.choice(["Job Offer Letter!!", "Congratulations - You are selected", "OFFER OF EMPLOYMENT (URGENT)",
                       "Your application has been approved 💰", "Re: Job Opportunity", "Appointment Letter"])
    return K.record(FAMILY_PREFIX, fam, n, from_name=sname, from_addr=addr, to_addr=cand.addr, subject=subj, text=text, company=None)


# ------------------------------------------------------------------------------------------ automatic mail
def system(rng: random.Random, n: int, fam: str) -> dict:
    emp = K.employer(rng)
    cand = K.Candidate(rng)
    sf, sl = K.person(rng)
    k = rng.randrange(3)
    if k == 0:
        text = K.body(rng.choice([
            f"Thank you for your email. I am out of the office until {K.a_date(rng, emp.cc)} with limited access to email.",
            "I'm on annual leave and will respond when I return. For urgent recruitment queries please contact the HR team.",
            "Thanks for your message. I work Monday to Wednesday and will reply on my next working day.",
            f"I am currently on leave. Interviews for the {K.role_for(rng, emp)} post are being coordinated by a colleague in my absence."]),
            f"{sf} {sl}\n{emp.name}")
        subj = rng.choice(["Automatic reply: ", "Out of Office: ", "Auto: ", "AW: Abwesenheitsnotiz: "]) + \
            rng.choice([f"Application - {K.role_for(rng, emp)}", "Interview feedback", "Following up", "Thank you"])
        fn, fa = f"{sf} {sl}", f"{sf.lower()}.{sl.lower().replace(' ', '').replace(chr(39), '')}@{emp.domain}"
    elif k == 1:
        bad = f"recruitment@{emp.domain.replace('.', '-', 1)}"
        orig = rng.choice(["Dear Hiring Manager, please find attached my CV and cover letter for the position advertised. Kind regards",
                           "Hello, I would like to ask for some feedback on my interview last week. Many thanks",
                           "Dear Sir/Madam, I am writing to apply for the post of " + K.role_for(rng, emp) + "."])
        text = K.body("This is the mail system at host mx1.mailrelay.net.",
                      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
                      f"<{bad}>: host not found", "----- Original message -----", f"To: {bad}\nFrom: {cand.addr}", f"{orig}\n{cand.full}")
        subj, fn, fa = rng.choice(["Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)", "Mail delivery failed: returning message to sender"]), \
            "Mail Delivery System", "MAILER-DAEMON@mx1.mailrelay.net"
    else:
        text = K.body(rng.choice(["Your message", "Read receipt"]), f"To: {sf} {sl}\nSubject: {rng.choice(['Interview on Tuesday', 'My application', 'References'])}",
                      f"was read on {K.a_when(rng)}.")
        subj, fn, fa = "Read: " + rng.choice(["Interview on Tuesday", "My application", "References"]), f"{sf} {sl}", f"{sf.lower()}@{emp.domain}"
    return K.record(FAMILY_PREFIX, fam, n, from_name=fn, from_addr=fa, to_addr=cand.addr, subject=subj, text=text, company=None)


# ------------------------------------------------------------------------------------------ personal
PERSONAL = [
    ("good luck tomorrow!!", "Just wanted to say good luck for the interview tomorrow. You'll smash it. Ring me after x"),
    ("How did it go?", "Well?? How did the panel go? Mum said you looked nervous this morning. Tell me everything."),
    ("Lift on Thursday", "I can drop you at the hospital for your interview on Thursday if you like - I'm on a late so no bother."),
    ("Re: tea", "Sunday works. Bring the little one. Any news on the jobs front?"),
    ("book club", "We're doing the Maeve Binchy next. Meeting at mine on the 12th. Bring wine and your opinions."),
    ("Rent", "Hey, rent's due Friday - can you transfer your half? Also the landlord's coming Tuesday to look at the boiler."),
    ("photos from the wedding", "Here are the photos from Saturday! The one of Uncle Des dancing is priceless."),
    ("reference", "Of course I'll be a referee for you. Just give them my mobile, and tell me which jobs so I'm not caught off guard."),
    ("Congrats!!!", "Heard the news from your sister - so proud of you. Drinks on me when you start."),
    ("school run", "Can you do pick-up Wednesday? I've got a training day."),
    ("they said no :(", "Got the email from the council, didn't get it. Gutted. Going to have a bath and eat chocolate."),
    ("cricket Saturday", "We're short a bowler for Saturday, you in? Starts 1pm at the Oval."),
]


def personal(rng: random.Random, n: int, fam: str) -> dict:
    cand = K.Candidate(rng)
    sf, sl = K.person(rng)
    subj, line = rng.choice(PERSONAL)
    text = K.body(rng.choice([f"{cand.first}", f"Hi {cand.first}", f"Hiya {cand.first.lower()}", "", "Hey you"]), line,
                  rng.choice([sf, f"{sf[0]}x", f"love {sf}", f"{sf}\n\nSent from my iPhone", "Mum x", "D"]))
    return K.record(FAMILY_PREFIX, fam, n, from_name=f"{sf} {sl}", from_addr=K.personal_addr(rng, sf, sl), to_addr=cand.addr,
                    subject=subj, text=text, company=None)


# ------------------------------------------------------------------------------------------ employer notes that decide nothing
def employer_note(rng: random.Random, n: int, fam: str) -> dict:
    """Mail from an employer or agency that is about a job but carries no label."""
    emp = K.employer(rng)
    cand = K.Candidate(rng)
    sf, sl = K.person(rng)
    role = K.role_for(rng, emp)
    slots = {"role": role, "company": emp.short, "first": cand.first, "date": K.a_date(rng, emp.cc), "time": K.a_time(rng)}
    k = rng.randrange(6)
    company: str | None = emp.short
    quote = ""
    if k == 0:  # no feedback policy, answering a feedback request (no decision in the new text)
        main = rng.choice(["Thank you for your email. I'm afraid we are unable to provide individual feedback at the application stage due to the number of applications received.",
                           "Thanks for asking. Unfortunately our policy is not to give feedback to candidates who were not shortlisted.",
                           "I appreciate you getting in touch. Sadly the panel don't provide feedback for this campaign, but I wish you luck.",
                           "I'm sorry, but we had many strong candidates and can't go into individual applications."])
        quote = rng.choice(C.FBREQ)
        subj = rng.choice(["Re: Feedback request", "RE: Application for {role}", "Re: Interview feedback please"])
    elif k == 1:  # candidate withdrew
        main = rng.choice(["Thank you for letting us know you wish to withdraw your application for {role}. We have updated our records.",
                           "Sorry to hear you're withdrawing, but thanks for telling us. Good luck with the new job!",
                           "Your application for {role} has been withdrawn at your request."])
        quote = "I'm writing to withdraw my application for the " + role + " post, as I have accepted another position. Thank you for your time."
        subj = rng.choice(["Re: Withdrawal of application", "Application withdrawn - {role}", "RE: {role}"])
    elif k == 2:  # recruiter: closed before any application
        main = K.fill(rng.choice(L.CLOSED_EARLY), slots) + " " + rng.choice(["I'll keep an eye out for similar.", "Shall I send you the next one that comes up?", ""])
        subj = rng.choice(["That {role} job", "Re: {role} in {company}", "Quick update"])
        company = emp.short
    elif k == 3:  # agency booking for temp work, not an interview
        main = rng.choice(["You're booked for a long day at {company} on {date}, 07:30 start. Please report to the nurse in charge.",
                           "Confirming your supply day at {company} on {date}. Year 3, sign in at the office by 8.15.",
                           "Your shift at {company} this Saturday is confirmed - {time} start, hi-vis provided.",
                           "Please remember to submit your timesheet for last week's shifts at {company} by Monday noon."])
        subj = rng.choice(["Booking confirmation", "Shift confirmed - {date}", "Timesheet reminder", "Your bookings this week"])
    elif k == 4:  # cold approach from a recruiter (no interview offered)
        main = rng.choice(["I came across your CV on a job board and think you'd suit a {role} vacancy with one of my clients. Would you like me to send over the job description?",
                           "Are you still looking? I've got a few {role} roles on at the moment. Let me know what you're after and I'll send some details.",
                           "We're building a pool of candidates for {company}'s new site opening next year. Reply if you'd like to register interest."])
        subj = rng.choice(["{role} opportunities", "Are you open to new roles?", "Your CV"])
        company = emp.short if "{company}" in main else None
    else:  # vacancy re-advertised / general info to applicants
        main = rng.choice(["Please note the closing date for {role} has been extended to {date}. You do not need to reapply.",
                           "We've updated the job description for {role} - the hours are now 30 per week. Your application remains valid.",
                           "Thank you for attending the recruitment open day. The slides are attached, and the online application is open until {date}."])
        subj = rng.choice(["Update: {role}", "Closing date extended", "Information for applicants"])
    text = K.body(K.fill(rng.choice(L.GREET[:6] + L.GREET[8:10]), {**slots, "full": cand.full, "last": cand.last}),
                  K.fill(main, slots), f"{rng.choice(L.CLOSE)}\n{sf} {sl}\n{rng.choice(L.TITLES[emp.sector])}\n{emp.name}")
    subj = K.fill(subj, slots)
    addr = f"{sf.lower()}.{sl.lower().replace(' ', '').replace(chr(39), '')}@{emp.domain}"
    if quote:
        text += "\n" + K.quoted(rng, quote, cand.full, cand.addr, subj.split(": ", 1)[-1], f"{sf} {sl}", addr) + "\n"
    return K.record(FAMILY_PREFIX, fam, n, from_name=f"{sf} {sl}", from_addr=addr, to_addr=cand.addr, subject=subj, text=text,
                    html=K.to_html(rng, text) if rng.random() < .2 else None, company=company)


PLAN = [("w7neg-careerdigest", digest, 18), ("w7neg-alerts", alert, 18), ("w7neg-nonjob", nonjob, 26),
        ("w7neg-workplace", work, 18), ("w7neg-events", event, 14), ("w7neg-scam", scam, 9),
        ("w7neg-autosystem", system, 12), ("w7neg-personal", personal, 12), ("w7neg-employernote", employer_note, 28)]


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, fn, count in PLAN:
        for n in range(1, count + 1):
            yield fn(rng, n, fam)
