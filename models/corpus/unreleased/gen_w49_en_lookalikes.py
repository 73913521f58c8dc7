"""w49: English look-alikes that arrive beside regional hiring mail (no label)."""

from __future__ import annotations

from _w49_common import Counter, cand_addr, chance, html_shell, person, pick, record, ref_no, roughen
from _w49_en import F
from _w49_world import REGIONS, ROLES, fmt_date, fmt_time

FAMILY_PREFIX = "w49"


def _base(rng):
    region = pick(rng, ["ng", "gh", "ke", "ug", "za", "in", "pk", "lk", "ph", "sg", "my", "gulf", "carib", "in", "ng"])
    R = REGIONS[region]
    p = person(rng, R["names"])
    role = pick(rng, pick(rng, list(ROLES.values())))
    d = fmt_date(rng, "en", F["months"], F["weekdays"])
    return R, p, role, d


# ------------------------------------------------------------------ scams imitating offers
SCAM_OPEN = ["Congratulations!!! You have been selected for the post of {role} with our client in {country}.",
             "We are pleased to inform you that your CV was picked by our overseas employer for immediate employment.",
             "Dear Applicant, you have been successfully shortlisted for a job in Canada with free visa sponsorship.",
             "Your profile has been approved for the position of {role} at a 5-star hotel in {country}.",
             "OFFER LETTER: {role} - salary USD {amt}/month, accommodation and flight ticket provided.",
             "Following your online application, the management has approved your appointment without interview.",
             "Greetings! A reputed oil company in {country} is urgently hiring and your name is on the selected list.",
             "Dear beneficiary, your job placement under the International Labour Recruitment Scheme is confirmed."]
SCAM_FEE = ["To process your work visa, kindly pay the refundable processing fee of USD {fee} to the agent account below.",
            "You are required to pay {fee} for medical and documentation within 48 hours or the slot goes to another candidate.",
            "Send the registration fee of {fee} via mobile money to {phone} and forward the receipt.",
            "The only requirement is a one-time visa stamping charge of {fee}, payable by gift card or crypto.",
            "Kindly remit {fee} for your training kit and ID card before resumption.",
            "Pay the embassy clearance fee of {fee} through our accredited agent to receive your offer letter."]
SCAM_CLOSE = ["Note: this offer is strictly confidential, do not discuss with anyone.",
              "Reply with your passport copy and date of birth to proceed.",
              "Contact our visa officer on WhatsApp {phone} immediately.",
              "Failure to comply within 24 hrs will lead to cancellation.",
              "God bless you as you take this bold step."]
SCAM_FROM = [("Global Manpower Placement", "globalmanpower.placement@gmail.com"),
             ("Overseas Recruitment Desk", "hr.recruitment.desk247@outlook.com"),
             ("Dr. James Williams (HR)", "jameswilliamshr@yahoo.com"),
             ("Canada Jobs Visa Unit", "visa-unit@canjobs-secure.top"),
             ("Qatar Petroleum Recruit", "recruit.qp.career@mail.ru"),
             ("Royal Hotels Employment", "employment.royalhotels@gmail.com")]
SCAM_SUBJ = ["CONGRATULATIONS: JOB OFFER", "Appointment Letter - Immediate Joining", "Your Job Offer Abroad",
             "Re: Selected Candidate - Visa Processing", "URGENT: Offer of employment", "Offer Letter {ref}"]


def scam(rng):
    R, p, role, d = _base(rng)
    ctx = dict(role=role, country=pick(rng, ["Canada", "Dubai", "Qatar", "the UK", "Malaysia", "Poland", "Australia"]),
               amt=f"{rng.randrange(3, 9)},{rng.randrange(100, 999)}", fee=pick(rng, ["USD 350", "$480", "KES 25,000",
                                                                                  "NGN 150,000", "INR 18,500", "PHP 12,000"]),
               phone=R["phone"](rng), ref=ref_no(rng))
    parts = [pick(rng, ["Dear " + p["first"] + ",", "Dear Applicant,", "Attn: " + p["full"]])]
    parts.append(pick(rng, SCAM_OPEN).format(**ctx))
    if chance(rng, 0.6):
        parts.append(pick(rng, ["Salary: USD {amt}\nAccommodation: Free\nFeeding: Free\nContract: 2 years renewable",
                                "Basic salary {amt} USD, overtime paid, 30 days annual leave."]).format(**ctx))
    parts.append(pick(rng, SCAM_FEE).format(**ctx))
    parts.append(pick(rng, SCAM_CLOSE).format(**ctx))
    body = "\n\n".join(parts) + "\n\n" + pick(rng, ["Regards,\nRecruitment Officer", "Yours,\nMr. Peter Johnson\nHR Manager",
                                                    "Management"])
    if chance(rng, 0.3):
        body = body.upper() if chance(rng, 0.3) else roughen(rng, body, 1)
    fn, fa = pick(rng, SCAM_FROM)
    return fn, fa, pick(rng, SCAM_SUBJ).format(**ctx), body, None, None


# ------------------------------------------------------------------ job alerts and digests
BOARDS = [("JobsPlanet Africa", "alerts@jobsplanet.africa"), ("NaukriHub", "alerts@naukrihub.in"),
          ("GulfCareers Daily", "digest@gulfcareers.ae"), ("KaziNow", "jobs@kazinow.co.ke"),
          ("JobStreet Pinoy", "noreply@jobstreetpinoy.ph"), ("CaribWork", "alerts@caribwork.com"),
          ("MyKerja Alerts", "alert@mykerja.my")]
ALERT_INTRO = ["{n} new jobs match your search '{q}'", "Jobs you may be interested in", "Your daily job alert for {q}",
               "New openings near {city}", "Top picks for you this week", "Recommended jobs based on your profile",
               "We found {n} fresh vacancies for '{q}' in {city}"]
ALERT_TAIL = ["Apply before the deadline. Manage your alerts in settings.",
              "You are receiving this because you subscribed to job alerts. Unsubscribe anytime.",
              "Tip: candidates who apply within 48 hours are 3x more likely to be shortlisted.",
              "Upgrade to Premium to see who viewed your CV.",
              "Beware of employers asking for money. Report suspicious posts."]


def alert(rng):
    R, p, role, d = _base(rng)
    bn, ba = pick(rng, BOARDS)
    q = pick(rng, ["nurse", "accountant", "customer service", "graduate trainee", "teacher", "driver", "data analyst",
                   "HSE officer", "cabin crew", "software developer"])
    ctx = dict(n=rng.randrange(3, 40), q=q, city=pick(rng, R["cities"]))
    lines = []
    for _ in range(rng.randrange(3, 7)):
        emp = pick(rng, pick(rng, list(REGIONS.values()))["employers"])[0]
        r = pick(rng, pick(rng, list(ROLES.values())))
        lines.append(pick(rng, ["{r} - {e} - {c}", "{r}\n{e} | {c} | Posted {k} days ago", "* {r} at {e} ({c})"])
                     .format(r=r, e=emp, c=pick(rng, R["cities"]), k=rng.randrange(1, 9)))
    intro = pick(rng, ALERT_INTRO).format(**ctx)
    paras = [pick(rng, [f"Hi {p['first']},", "Hello,", f"Dear {p['full']},"]), intro, "\n\n".join(lines),
             pick(rng, ALERT_TAIL)]
    body = "\n\n".join(paras)
    html = None
    if chance(rng, 0.4):
        html = html_shell(rng, paras, bn, footer="You can unsubscribe from these emails at any time.")
        if chance(rng, 0.5):
            body = ""
    return bn, ba, intro if chance(rng, 0.7) else f"{q.title()} jobs in {ctx['city']}", body, None, html


# ------------------------------------------------------------------ government commissions, exams, results
COMMISSIONS = ["Public Service Commission", "Civil Service Commission", "State Teachers Service Commission",
               "Federal Civil Service Commission", "National Recruitment Board", "Public Service Commission of Kenya",
               "Health Service Commission"]
GOV_BODY = [
    "Candidates who applied for the {exam} are hereby informed that the computer-based test will hold on {date}. "
    "Admit cards can be downloaded from the Commission's portal using the application number.",
    "The results of the {exam} held on {date} have been published on the Commission's website. Candidates are advised "
    "to check their status using their roll number.",
    "Notice is hereby given that the {exam} scheduled for {date} has been postponed until further notice.",
    "The Commission announces the list of candidates eligible for document verification for the {exam}. The list is "
    "available on the notice board and website.",
    "Your application for the {exam} has been registered. Roll No: {ref}. Keep this number for future reference.",
    "Applications are invited from eligible citizens for the {exam}. The closing date for online registration is {date}.",
    "This is to inform all candidates that the answer key for the {exam} is now available. Objections may be raised "
    "within seven days.",
    "Your result for the {exam}: Marks obtained {m}/200. Status: NOT QUALIFIED for the next stage. The cut-off for your "
    "category was {c}.",
    "Your result for the {exam}: Marks obtained {m}/200. Status: QUALIFIED for the Main Examination.",
]
EXAMS = ["Combined Graduate Level Examination", "Teachers Eligibility Test", "Administrative Officers Recruitment Exam",
         "Nursing Officers Aptitude Test", "Junior Clerk Competitive Examination", "Police Constable Written Test",
         "Assistant Accountants Examination"]


def gov(rng):
    R, p, role, d = _base(rng)
    com = pick(rng, COMMISSIONS)
    ctx = dict(exam=pick(rng, EXAMS), date=d, ref=ref_no(rng), m=rng.randrange(60, 180), c=rng.randrange(90, 150))
    body = pick(rng, ["Dear Candidate,", f"Dear {p['full']},", "PUBLIC NOTICE"]) + "\n\n" + \
        pick(rng, GOV_BODY).format(**ctx) + "\n\n" + \
        pick(rng, ["Secretary\n" + com, "By order,\nController of Examinations\n" + com, com + "\n(This is a computer "
                                                                                              "generated notice)"])
    if chance(rng, 0.3):
        body += "\n\nThe Commission does not charge any fee for recruitment beyond the prescribed application fee."
    subj = pick(rng, ["Notice: {exam}", "{exam} - Result", "Admit card available", "Important notice to candidates",
                      "{exam} - Schedule"]).format(**ctx)
    return com, "noreply@" + pick(rng, ["psc.go.ke", "csc.gov.ph", "recruit-board.gov.in", "fcsc.gov.ng", "psc.gov.lk"]), \
        subj, body, None, None


# ------------------------------------------------------------------ admissions, scholarships
UNIS = ["University of the Eastern Savannah", "Lakeshore Institute of Technology", "Manila Bay State University",
        "Indus School of Business", "Gulf International University", "Kingston University College of the Caribbean"]
ADM_BODY = [
    "We regret to inform you that your application for admission to the {prog} programme was not successful.",
    "After careful review, the Admissions Committee is unable to offer you a place in the {prog} for the {y} intake.",
    "Congratulations! You have been offered provisional admission into the {prog} programme.",
    "We are pleased to inform you that you have been awarded a partial scholarship covering 50% of tuition.",
    "Thank you for applying to the {sch}. Unfortunately, you were not selected as a scholar this cycle.",
    "You have been shortlisted for the {sch} interview, which will be held online on {date}.",
    "Your application to the {prog} is complete and will be reviewed by the faculty committee.",
]


def admission(rng):
    R, p, role, d = _base(rng)
    uni = pick(rng, UNIS)
    ctx = dict(prog=pick(rng, ["MBA", "MSc Data Science", "Bachelor of Nursing", "Postgraduate Diploma in Education",
                               "LLM"]), y=pick(rng, ["2025/2026", "2026"]), date=d,
               sch=pick(rng, ["Future Leaders Scholarship", "Commonwealth Masters Award", "Women in STEM Bursary",
                              "Merit Scholarship"]))
    body = f"Dear {p['first']},\n\n" + pick(rng, ADM_BODY).format(**ctx) + "\n\n" + pick(rng, [
        "We received a very high number of applications this year.",
        "Please log in to the applicant portal for details.",
        "We encourage you to apply again in the next cycle.",
        "Kindly accept the offer through the portal within 14 days."]) + \
        "\n\nYours sincerely,\n" + pick(rng, ["Admissions Office", "Office of the Registrar", "Scholarships Unit"]) + "\n" + uni
    subj = pick(rng, ["Admission decision", "Your application to {prog}", "Scholarship outcome", "Admission status update",
                      "Scholarship interview"]).format(**ctx)
    return uni + " Admissions", "admissions@" + pick(rng, ["uesavannah.ac.ke", "lit.edu.ng", "mbsu.edu.ph", "isb-pk.edu.pk", "giu.ae"]), \
        subj, body, None, None


# ------------------------------------------------------------------ loans, visas
LV = [("Sterling Harbour Bank", "We regret to inform you that your application for a personal loan of {amt} has been "
       "declined based on our credit assessment."),
      ("QuickCash Digital Lending", "Sorry, your loan request was not approved at this time. You can reapply after 30 days."),
      ("Embassy Visa Application Centre", "Your visa application ({ref}) has been refused. Refer to the refusal letter in "
       "your passport for the grounds."),
      ("Umoja Microfinance Bank", "Your application for the SME loan has been received and is under review."),
      ("Visa Processing Centre", "Your passport is ready for collection. Please bring your receipt and ID."),
      ("Merlion Capital Bank", "Unfortunately we are unable to approve your credit card application. This decision was "
       "based on information provided by the credit bureau."),
      ("Pacific Isles Bank", "Congratulations, your housing loan has been approved in principle."),
      ("Immigration Department", "Your employment pass application has been rejected. The employer may appeal within 3 months.")]


def loanvisa(rng):
    R, p, role, d = _base(rng)
    org, line = pick(rng, LV)
    body = f"Dear {pick(rng, [p['first'], p['full'], 'Customer', 'Applicant'])},\n\n" + \
        line.format(amt=pick(rng, ["KES 300,000", "NGN 2,000,000", "INR 5,00,000", "PHP 150,000"]), ref=ref_no(rng)) + \
        "\n\n" + pick(rng, ["Thank you for banking with us.", "This is an automated message.", "For enquiries call our "
                            "contact centre.", "We appreciate your understanding."]) + f"\n\n{org}"
    subj = pick(rng, ["Your loan application", "Application status", "Visa application update", "Decision on your application",
                      "Important: your request"])
    return org, "noreply@" + pick(rng, ["notify-bank.com", "vfs-mailer.net", "alerts.lender.app", "immi-portal.gov"]), \
        subj, body, None, None


# ------------------------------------------------------------------ job fairs, trainings, newsletters
FAIR = ["You are invited to the {city} Mega Job Fair on {date}. Over 60 employers will be recruiting on the spot. "
        "Bring several copies of your CV.",
        "Register for our free webinar 'How to ace a panel interview' this {date}. Seats are limited.",
        "Join our 3-day CV writing and interview skills bootcamp starting {date}. Early bird fee applies.",
        "The Graduate Careers Expo holds on {date} at the Convention Centre. Entry is free for registered graduates.",
        "Learn Excel, Power BI and SQL in 6 weeks and get job-ready! Classes start {date}.",
        "Our Virtual Career Fair for nurses willing to relocate to the Gulf is on {date}. Register to meet recruiters.",
        "Attend our free workshop on aptitude tests used by banks and oil companies on {date}."]
NEWS = ["5 reasons you were not shortlisted (and how to fix your CV)",
        "What to say when the panel asks 'Tell us about yourself'",
        "How to handle a rejection email without losing motivation",
        "Interview questions every bank graduate trainee should prepare for",
        "Why recruiters ghost candidates - and what you can do",
        "Salary negotiation tips for first-time job seekers",
        "Walk-in interviews: what to wear and what to carry"]


def fair(rng):
    R, p, role, d = _base(rng)
    org = pick(rng, ["CareerBridge Events", "SkillUp Academy", "Talent Expo Africa", "ProSkills Training Institute",
                     "NextGen Careers Hub"])
    body = pick(rng, ["Hello " + p["first"] + ",", "Dear Job Seeker,", "Hi there,"]) + "\n\n" + \
        pick(rng, FAIR).format(city=pick(rng, R["cities"]), date=d) + "\n\n" + \
        pick(rng, ["Register here: https://events.careerbridge.example/r/" + str(rng.randrange(1000, 9999)),
                   "Reply YES to reserve your seat.", "Limited seats. Call " + R["phone"](rng)]) + "\n\n" + org
    subj = pick(rng, ["You're invited: job fair", "Free interview skills workshop", "Don't miss the Career Expo",
                      "Training invitation", "Webinar: ace your next interview"])
    return org, "events@" + pick(rng, ["careerbridge.events", "skillup.academy", "talentexpo.africa"]), subj, body, None, None


def newsletter(rng):
    R, p, role, d = _base(rng)
    org = pick(rng, ["The Career Compass", "JobHunt Weekly", "Hustle & Hire Newsletter", "CareerTalk Asia"])
    items = rng.sample(NEWS, k=3)
    paras = [pick(rng, ["This week in your inbox:", "Hi " + p["first"] + ", here's what's new:", "In this issue"]),
             "\n".join("- " + x for x in items),
             pick(rng, ["A reader asks: 'I received a regret letter after the final interview. Should I ask for feedback?' "
                        "Our answer: yes, politely.",
                        "Remember: a rejection is not a verdict on your worth.",
                        "Quote of the week: 'Every no brings you closer to a yes.'"]),
             "You are subscribed as " + cand_addr(rng, p) + ". Unsubscribe."]
    body = "\n\n".join(paras)
    html = html_shell(rng, paras, org) if chance(rng, 0.4) else None
    if html and chance(rng, 0.5):
        body = ""
    return org, "newsletter@" + pick(rng, ["careercompass.news", "jobhuntweekly.com", "careertalk.asia"]), \
        pick(rng, items), body, None, html


# ------------------------------------------------------------------ pings, auto-replies, bounces
def ping(rng):
    R, p, role, d = _base(rng)
    bn, ba = pick(rng, BOARDS)
    n = rng.randrange(2, 15)
    body = pick(rng, [f"Hi {p['first']}, {n} recruiters viewed your profile this week.",
                      f"Your CV was viewed by a recruiter from the {pick(rng, ['banking', 'healthcare', 'oil & gas', 'BPO'])} "
                      f"sector.",
                      f"Your profile strength is 60%. Add your skills to appear in more searches.",
                      f"You appeared in {n * 3} searches. See who is looking."]) + "\n\n" + pick(rng, ALERT_TAIL)
    return bn, ba, pick(rng, ["Someone viewed your profile", "Your weekly profile stats", "Recruiters are looking"]), \
        body, None, None


def autoreply(rng):
    R, p, role, d = _base(rng)
    emp = pick(rng, R["employers"])
    s = person(rng, R["names"])
    kind = rng.randrange(3)
    if kind == 0:
        body = (f"Thank you for your email. I am currently out of office until {d} with limited access to email. "
                f"For urgent matters please contact hr@{emp[1]}.\n\nRegards,\n{s['full']}")
        return s["full"], f"{s['first'].lower()}@{emp[1]}", "Automatic reply: " + pick(rng, [
            "Application for " + role, "CV - " + role, "Follow up"]), body, emp[0], None
    if kind == 1:
        body = (f"This mailbox is no longer monitored. Please send applications through our careers portal at "
                f"https://careers.{emp[1]}. Thank you.")
        return emp[0] + " HR", f"hr@{emp[1]}", "Auto: RE: " + role, body, emp[0], None
    body = (f"This is the mail system at host mx1.{emp[1]}.\n\nI'm sorry to have to inform you that your message could "
            f"not be delivered to one or more recipients.\n\n<recruitment@{emp[1]}>: host said: 550 5.1.1 User unknown\n\n"
            f"--- Original message ---\nSubject: Application for {role}\nDear Sir/Madam, please find attached my CV.")
    return "Mail Delivery System", f"MAILER-DAEMON@mx1.{emp[1]}", "Undelivered Mail Returned to Sender", body, None, None


FAMS = [("fee-scams", scam, 34), ("job-alert-digests", alert, 30), ("gov-commission-notices", gov, 30),
        ("admissions-scholarships", admission, 24), ("loan-visa-decisions", loanvisa, 20),
        ("jobfair-training", fair, 20), ("career-newsletters", newsletter, 18), ("profile-pings", ping, 14),
        ("autoreply-bounce", autoreply, 20)]


def generate(rng):
    ctr = Counter()
    for fam, fn, n in FAMS:
        for _ in range(n):
            fname, faddr, subj, body, company, html = fn(rng)
            region_person = person(rng, REGIONS[pick(rng, list(REGIONS))]["names"])
            yield record(ctr, fam, "en", fname, faddr, cand_addr(rng, region_person), subj, body, [], company,
                         body_html=html)
