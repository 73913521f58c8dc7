"""Writer w20: college training & placement cells, government / public-sector recruitment boards
and companies' graduate-trainee programmes: drive announcements, pre-placement talks, admit
cards and results (no label) next to campus shortlists, call letters, trainee offers and
not-selected notices."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w20_bank as B  # noqa: E402
import _w20_say as S  # noqa: E402
from _w20_bank import join, maybe, pick  # noqa: E402

FAMILY_PREFIX = "w20campus"

COLLEGES = [("Sri Venkateswara Institute of Engineering", "svie.ac.in", "IN"), ("Malabar College of Engineering & Technology", "mcet.edu.in", "IN"),
            ("Rajarshi Institute of Technology", "rit-kolhapur.ac.in", "IN"), ("St. Aloysius College of Engineering", "sace.edu.in", "IN"),
            ("Godavari Institute of Management Studies", "gims.ac.in", "IN"), ("Visayas Polytechnic College", "vpc.edu.ph", "PH"),
            ("Northern Mindanao Institute of Technology", "nmit.edu.ph", "PH"), ("Lakeshore Polytechnic, Kisumu", "lakeshorepoly.ac.ke", "AF"),
            ("Niger Delta Institute of Computing", "ndic.edu.ng", "AF"), ("Kaveri School of Business", "ksb.edu.in", "IN"),
            ("Chhatrapati Engineering College", "cec-nashik.ac.in", "IN"), ("Penang Institute of Applied Sciences", "pias.edu.my", "SGMY")]
BOARDS = [("State Public Service Commission", "Recruitment Cell", "spsc-recruit.gov.in"),
          ("Central Recruitment Board for Technical Services", "CRBTS Helpdesk", "crbts.nic.in"),
          ("Bharat Urja Nigam Ltd", "BUNL Recruitment", "bunl.co.in"), ("National Rail Infrastructure Corporation", "NRIC HR", "nric.gov.in"),
          ("Deccan Water & Power Authority", "DWPA Careers", "dwpa.gov.in"), ("County Public Service Board, Nakuru", "CPSB Nakuru", "cpsb-nakuru.go.ke"),
          ("Federal Public Service Recruitment Portal", "FPSR Portal", "fpsr.gov.ng"), ("Civil Service Examination Board, Region VII", "CSEB Region VII", "cseb7.gov.ph")]
PSUS = {"Bharat Urja Nigam Ltd", "National Rail Infrastructure Corporation", "Deccan Water & Power Authority", "County Public Service Board, Nakuru"}
POSTS = ["Assistant Engineer (Electrical)", "Junior Engineer (Civil)", "Management Trainee (HR)", "Graduate Engineer Trainee (Mechanical)",
         "Assistant Section Officer", "Data Entry Operator", "Scientific Assistant", "Accounts Officer", "Senior Technician"]
TRAINEE = ["Graduate Engineer Trainee", "Management Trainee", "Associate Software Engineer (Fresher)", "Trainee Analyst", "Campus Hire - Systems Engineer",
           "Sales Trainee", "Junior Associate - Operations"]


def _cand(rng: random.Random, reg: str) -> tuple[B.Candidate, str]:
    c = B.Candidate(rng, reg)
    roll = rng.choice([f"{rng.randint(18, 22)}{rng.choice(['CS', 'EC', 'ME', 'IT', 'EE', 'MBA'])}{rng.randint(100, 999)}",
                       f"2027/{rng.randint(1000, 9999)}", f"R{rng.randint(100000, 999999)}"])
    return c, roll


def tpo(rng: random.Random, family: str, n: int, kind: str) -> dict:
    col, dom, reg = rng.choice(COLLEGES)
    cand, roll = _cand(rng, reg)
    comp = B.company(rng, [reg, reg, reg, "IN", "SGMY", "GULF"])
    officer, _ = B.person(rng, reg)
    r = rng.choice(TRAINEE)
    kw = dict(c=comp.name, r=r, d=B.date(rng), t=B.time(rng, comp.tz), ct=comp.city, roll=roll, lpa=str(rng.choice([3.6, 4, 4.5, 5.2, 6.5, 7, 9, 12])), pay=B.pay(rng, comp))
    labels, company = [], comp.name
    greet = pick(rng, ["Dear Students,", "Dear Final Year Students,", f"Dear {cand.first},", "Dear All,", f"Dear {cand.full} ({roll}),", "Hello everyone,"])
    if kind == "drive":
        subj = pick(rng, ["Campus Drive: {c} | 2027 Batch | Register by {d}", "{c} Placement Drive - Eligible branches CSE/IT/ECE", "PLACEMENT NOTICE - {c}",
                          "Off-campus pool drive - {c} - {ct}"], **kw)
        body = join(pick(rng, ["We are happy to inform you that {c} is conducting a campus recruitment drive for the 2027 passing out batch.",
                               "{c} will be visiting our campus for the role of {r}.", "A pool campus drive by {c} will be held at our campus along with three nearby colleges."], **kw),
                    "Eligibility: " + pick(rng, ["60% throughout, no active backlogs", "B.E./B.Tech CSE, IT, ECE with 6.5 CGPA and above", "All MBA students (Finance & HR)",
                                                 "Diploma and degree holders, no standing arrears"]) + "\nPackage: " + (kw["lpa"] + " LPA" if comp.region == "IN" else B.pay(rng, comp)) + "\nJob location: " + comp.city,
                    pick(rng, ["Interested and eligible students must register on the placement portal before {d}. Late registrations will not be entertained.",
                               "Register using the Google form link. Shortlisting will be done by the company based on the registration data.",
                               "Students who registered earlier need not register again."], **kw))
    elif kind == "ppt":
        subj = pick(rng, ["Pre-Placement Talk by {c} - attendance mandatory", "PPT by {c} tomorrow at {t}", "Company presentation: {c}"], **kw)
        body = join(pick(rng, ["{c} will deliver a pre-placement talk in the seminar hall on {d} at {t}.", "The HR team of {c} will address the registered students online before the drive."], **kw),
                    pick(rng, ["Attendance is compulsory for all registered students; those absent will not be allowed in the test.", "Come in formal dress with your ID card.",
                               "Bring your questions about the role and the training programme."]))
    elif kind == "rules":
        company = None
        subj = pick(rng, ["Placement policy 2026-27 - please read", "Important: One student one job policy", "Resume format for placements", "Mock interview workshop this Saturday"])
        body = pick(rng, ["As per the placement policy, students who have already received an offer are not eligible for further drives except dream companies.",
                          "All students must upload their resume in the prescribed format on the portal by {d}. Resumes in other formats will be rejected by the system.",
                          "The department is organising a mock interview and group discussion workshop on {d} with alumni from the industry. Register with your class coordinator.",
                          "An aptitude training session (quants and reasoning) will be conducted every Saturday in Lab 3. Attendance will be tracked."], **kw)
    elif kind == "shortlist":
        labels = ["interview_invite"]
        subj = pick(rng, ["Shortlisted students - {c} interview on {d}", "{c} - Technical Interview Shortlist", "Congratulations: shortlisted for {c} HR round",
                          "{c} drive: Round 2 list"], **kw)
        body = join(pick(rng, ["Congratulations! You have been shortlisted for the interview with {c} on campus on {d}.",
                               "Based on the online test results, the following students are shortlisted for the technical interview with {c} on {d} from {t}. Your roll number {roll} is in the list.",
                               "You have cleared the aptitude round of {c}. The group discussion and HR interview will be held on {d} in the placement block.",
                               "{c} has shortlisted you for the online interview round. Interview links will be sent by the company to your registered email on {d}."], **kw),
                    pick(rng, ["Report to the placement office by 8:30 AM in formals with 3 copies of your resume.",
                               "Keep your college ID, marksheets and a pen ready.", "Do not leave the campus until all rounds are over.",
                               "Students not reporting on time will be disqualified."]))
    elif kind == "apt":
        labels = ["interview_invite"]
        subj = pick(rng, ["{c} Online Test - {d}", "Aptitude test link for {c} drive", "{c}: assessment for registered students"], **kw)
        body = join(pick(rng, ["Your registration for {c} has been accepted. The online aptitude test will be held on {d} at {t} in the CSE lab.",
                               "The {c} online assessment link will be mailed to you by the company. Complete it on {d} between {t}."], **kw),
                    "Sections: quantitative aptitude, logical reasoning, verbal ability and coding.")
    elif kind == "selected":
        labels = ["offer"]
        subj = pick(rng, ["Congratulations! Selected in {c}", "{c} Final Results - Selected students", "Placement result: {c}"], **kw)
        body = join(pick(rng, ["We are delighted to inform you that you have been selected by {c} for the role of {r} with {pay}.",
                               "Heartiest congratulations! {c} has selected you for the {r} position. The company will send the offer letter to your email within two weeks.",
                               "{c} has released the final results and your name {roll} is in the selected list. You are offered the {r} role with {pay}."], **kw),
                    pick(rng, ["Kindly accept the offer on the placement portal within 48 hours.", "Please collect your offer letter from the placement office.",
                               "The joining will be after the completion of your final semester."]))
    elif kind == "notsel":
        labels = ["rejection"]
        subj = pick(rng, ["{c} Results", "Result of {c} interview", "{c} drive - final outcome"], **kw)
        body = join(pick(rng, ["{c} has announced the results. We regret to inform you that you have not been selected in the final round.",
                               "Unfortunately you were not selected by {c} after the HR interview.",
                               "The final list from {c} has been received. Your name is not in the selected list this time."], **kw),
                    pick(rng, ["Don't lose heart; several more companies are lined up this month.", "Keep preparing and register for upcoming drives.",
                               "Meet your placement coordinator for guidance."]))
    else:
        raise KeyError(kind)
    body = join(greet, body, pick(rng, ["Regards,", "Thanks & Regards,", "With best wishes,", "Regards"]) + "\n" + pick(rng, [officer + "\nTraining & Placement Officer", "Placement Cell", "T&P Cell", officer + "\nPlacement Coordinator"]) + "\n" + col,
                maybe(rng, 0.2, "Note: This is an official communication. Do not forward outside the college."))
    if company and company not in subj + body:
        company = None
    return B.record(FAMILY_PREFIX, family, n, from_name=pick(rng, [f"Placement Cell {col.split(',')[0]}", "Training & Placement Office", officer, "TPO"]),
                    from_addr=rng.choice(["placement", "tpo", "training.placement", "careers"]) + "@" + dom, to_addr=rng.choice([cand.addr, f"{roll.lower().replace('/', '')}@{dom}", "final-year-2027@googlegroups.com"]),
                    subject=subj, body=body, labels=labels, company=company, html_mode="alt" if rng.random() < 0.15 else "none", rng=rng)


def gov(rng: random.Random, family: str, n: int, kind: str) -> dict:
    board, short, dom = rng.choice(BOARDS)
    if kind in ("call", "notqual", "appsub"):
        board, short, dom = rng.choice([b for b in BOARDS if b[0] in PSUS])
    reg = {"ke": "AF", "ng": "AF", "ph": "PH"}.get(dom.rsplit(".", 1)[-1], "IN")
    cand, _ = _cand(rng, reg)
    post = rng.choice(POSTS)
    regno = f"{rng.choice(['2026', 'ADV05', 'REC'])}{rng.randint(1000000, 9999999)}"
    kw = dict(p=post, d=B.date(rng), t=B.time(rng, "IST"), reg=regno, adv=f"{rng.randint(1, 12):02d}/2026", b=board)
    labels, company = [], None
    if kind == "admit":
        subj = pick(rng, ["Admit Card released - Advt. No. {adv}", "Download your e-Admit Card for the written examination", "Hall ticket for {p} exam"], **kw)
        body = join(pick(rng, ["The e-Admit Card for the written examination for the post of {p} (Advt. No. {adv}) is available for download.",
                               "Your hall ticket for the Computer Based Test scheduled on {d} has been released."], **kw),
                    "Registration No: {reg}".format(**kw),
                    pick(rng, ["Candidates must carry the admit card along with an original photo ID.", "Reporting time is one hour before the exam. Electronic gadgets are not allowed."]))
    elif kind == "result":
        subj = pick(rng, ["Result of Preliminary Examination - {p}", "Written test results published", "Notice: Revised answer key and results"], **kw)
        body = join(pick(rng, ["The result of the written examination held for the post of {p} has been published on the official website.",
                               "The final answer key and the list of roll numbers qualified for the next stage are available in the Results section.",
                               "Marks of all candidates will be available for 30 days from {d}."], **kw),
                    "This is an automated message. Please do not reply.")
    elif kind == "appsub":
        labels = ["application_ack"]
        company = board
        subj = pick(rng, ["Application submitted successfully - {p}", "Online Application Acknowledgement - Advt {adv}", "Registration complete: {reg}"], **kw)
        body = join(pick(rng, ["Your online application for the post of {p} under Advt. No. {adv} has been submitted successfully.",
                               "We acknowledge receipt of your application for {p}. Your registration number is {reg}."], **kw),
                    pick(rng, ["Please keep a printout of the application form for future reference.", "Fee payment status: Successful."]),
                    "Recruitment Section, {b}".format(**kw))
    elif kind == "call":
        labels = ["interview_invite"]
        company = board
        subj = pick(rng, ["Interview Call Letter - {p} - Advt {adv}", "Personal Interview schedule - {p}", "Shortlisted for interview: {p}"], **kw)
        body = join(pick(rng, ["You have been shortlisted for the Personal Interview for the post of {p} on the basis of your performance in the written test. The interview will be held on {d} at the Corporate Office.",
                               "With reference to your application ({reg}), you are requested to appear for an interview for the post of {p} on {d} at {t}."], **kw),
                    pick(rng, ["Please bring the call letter, original certificates and one set of self-attested photocopies.", "No TA/DA will be paid for attending the interview."]),
                    "Chief Manager (HR)\n{b}".format(**kw))
    elif kind == "notqual":
        labels = ["rejection"]
        company = board
        subj = pick(rng, ["Status of your application - {p}", "Result of interview - {p}"], **kw)
        body = join(pick(rng, ["We regret to inform you that you have not been selected for the post of {p} after the interview.",
                               "After the final merit list, your candidature for {p} could not be considered as you were below the cut-off."], **kw),
                    "Recruitment Section, {b}".format(**kw))
    else:
        raise KeyError(kind)
    body = join(f"Dear {cand.full}," if rng.random() < 0.6 else "Dear Candidate,", body)
    return B.record(FAMILY_PREFIX, family, n, from_name=short, from_addr=rng.choice(["noreply", "recruitment", "donotreply"]) + "@" + dom,
                    to_addr=cand.addr, subject=subj, body=body, labels=labels, company=company,
                    html_mode="only" if rng.random() < 0.3 else "none", rng=rng)


def trainee(rng: random.Random, family: str, n: int, kind: str) -> dict:
    comp = B.company(rng, ["IN", "IN", "PH", "AF", "SGMY", "GULF"])
    cand, roll = _cand(rng, comp.region if comp.region != "GULF" else "IN")
    prog = rng.choice(["Graduate Trainee Programme 2027", "Young Leaders Programme", "Campus Connect 2027", "Future Engineers Program", "NextGen Trainee Scheme"])
    kw = dict(c=comp.name, g=prog, d=B.date(rng), t=B.time(rng, comp.tz), ct=comp.city, r=rng.choice(TRAINEE),
              q=B.reqno(rng), lpa=str(rng.choice([4, 5.5, 6, 8])), pay=B.pay(rng, comp))
    labels, topics, oc = [], [], []
    if kind == "ack":
        labels = ["application_ack"]
        subj = pick(rng, ["{g}: registration received", "Thank you for applying to the {c} {g}", "{c} {g} - Application ID {q}"], **kw)
        core = pick(rng, ["Thank you for registering for the {c} {g}. We have received your application.",
                          "Your application to the {g} has been received. Shortlisting happens in batches over the next four weeks."], **kw)
    elif kind == "gd":
        labels = ["interview_invite"]
        subj = pick(rng, ["{g}: Group Discussion round on {d}", "Invitation - Assessment Centre, {c}", "{c} {g} - next round"], **kw)
        core = pick(rng, ["Congratulations on clearing the online test! You are invited to the group discussion and panel interview on {d} at our {ct} office.",
                          "We invite you to a virtual assessment centre on {d} from {t}, consisting of a case study, a group exercise and an interview with our business leaders."], **kw)
    elif kind == "ppo":
        labels = ["offer"]
        subj = pick(rng, ["Pre-Placement Offer - {c}", "PPO: Congratulations!", "Your internship outcome - {c}"], **kw)
        core = pick(rng, ["Based on your performance during the summer internship, we are pleased to extend a pre-placement offer for the role of {r} with {pay}.",
                          "We are happy to offer you a full-time position as {r} after your graduation. The offer letter will follow from our HR system."], **kw)
    elif kind == "gdrej":
        labels = ["rejection"]
        subj = pick(rng, ["{g}: outcome of the assessment centre", "{c} {g} - result"], **kw)
        core = pick(rng, ["Thank you for attending the assessment centre. We regret that you have not been selected for the {g} this year.",
                          "After the panel interviews, we are unable to offer you a place in the {g}. We received over 9,000 applications for 60 seats."], **kw)
        if rng.random() < 0.4:
            labels.append("feedback")
            txt, topics = S.feedback_block(rng, rng.choice([1, 2]))
            core = join(core, txt)
    elif kind == "hack":
        subj = pick(rng, ["Invitation: {c} CodeSprint 2026 - win PPIs!", "{c} Campus Ambassador Programme", "Webinar: Life at {c} - register now"], **kw)
        core = pick(rng, ["Participate in the {c} national hackathon. Top teams win cash prizes and may be considered for internships. Registration closes {d}.",
                          "Become a {c} campus ambassador! Organise events in your college and earn goodies and certificates.",
                          "Join our live webinar on {d} at {t} to learn about the {g}, the training and career paths at {c}."], **kw)
    else:
        raise KeyError(kind)
    hr, _ = B.person(rng, comp.region)
    body = join(pick(rng, [f"Dear {cand.first},", f"Dear {cand.full},", "Dear Candidate,", f"Hi {cand.first}!"]),
                maybe(rng, 0.5, ["Greetings from {c}!", "Hope your semester is going well."], **kw), core,
                pick(rng, ["Regards,\nCampus Hiring Team\n{c}", "Best wishes,\n" + hr + "\nUniversity Relations, {c}", "Cheers,\nTeam {g}"], **kw),
                maybe(rng, 0.3, S.DISCLAIMER, c=comp.name))
    return B.record(FAMILY_PREFIX, family, n, from_name=pick(rng, ["{c} Campus Hiring", "{g}", hr, "{c} University Relations"], **kw),
                    from_addr=rng.choice(["campus", "earlycareers", "graduates", "noreply"]) + "@" + comp.domain, to_addr=cand.addr,
                    subject=subj, body=body, labels=labels, company=comp.name, topics=topics, oc=oc,
                    html_mode=rng.choice(["none", "none", "alt", "only"]), rng=rng, brand=comp.name)


SPEC = [("w20campus-tpo", tpo, dict(drive=10, ppt=5, rules=5, shortlist=7, apt=4, selected=6, notsel=4)),
        ("w20campus-govexam", gov, dict(admit=6, result=6, appsub=4, call=6, notqual=3)),
        ("w20campus-trainee", trainee, dict(ack=7, gd=7, ppo=4, gdrej=6, hack=6))]


def generate(rng: random.Random) -> Iterable[dict]:
    for family, fn, counts in SPEC:
        jobs = [k for k, c in counts.items() for _ in range(c)]
        rng.shuffle(jobs)
        for i, kind in enumerate(jobs):
            yield fn(rng, family, i, kind)
