"""w13: public-sector hiring mail: state job portals and county/city HR letters.

Merit-system vocabulary (eligible lists, best-qualified referrals, vacancy announcements) decides the
label by meaning: being referred to a hiring manager or placed on a list is not an invitation; an
interview or written-exam appointment is; "not among the best qualified" is a rejection.
"""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w13gov"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w13_kit")

# (weight, labels, outside_control, subject templates, body lines)
KINDS = [
    (9, ["application_ack"], [], ["Application Received - {r}", "Your application has been received",
                                 "Confirmation of Application Submission: Announcement {q}"],
     ["Your application for {r}, Announcement Number {q}, was received on {d}.",
      "This email confirms receipt of your application for {r} with {e}. Applications will be reviewed after the "
      "closing date to determine whether applicants meet the minimum qualifications.",
      "Thank you for applying with {e}. We received your application for the position of {r}."]),
    (7, ["rejection"], [], ["Notice of Results - {r}", "Application Status: Not Selected", "Announcement {q} - Status"],
     ["Your application was reviewed and you were not among the best qualified candidates referred for further "
      "consideration.",
      "Based on a review of your application, you do not meet the minimum qualifications for {r} as stated in the "
      "job announcement. Your application will not be considered further.",
      "The selecting official has reviewed the referred applicants, and you were not selected for this position.",
      "After review by the hiring panel, your name will not be moved forward for {r}."]),
    (3, ["rejection"], ["role_filled"], ["Position Filled - {r}", "Announcement {q}: Selection Made"],
     ["This is to notify you that a selection has been made for {r}, Announcement {q}, and the position is now "
      "filled. Your application will not be considered further for this vacancy.",
      "We are writing to inform you that the vacancy for {r} has been filled by another candidate."]),
    (3, ["rejection"], ["role_cancelled"], ["Vacancy Announcement Cancelled - {q}", "Recruitment Cancelled: {r}"],
     ["The vacancy announcement for {r} ({q}) has been cancelled. No selection will be made from this announcement.",
      "Please be advised that recruitment for {r} has been cancelled by the hiring department."]),
    (2, ["rejection"], ["budget_freeze"], ["Recruitment on hold - {r}", "Notice: Hiring Freeze"],
     ["Due to a state-wide hiring freeze issued by the Governor's office, {e} will not be filling {r} at this time. "
      "Your application will not be considered further for this announcement."]),
    (8, [], [], ["Application Status Update - {r}", "Your application was referred", "Referral Notice: {q}"],
     ["Your application has been referred to the hiring manager for further consideration. If selected for an "
      "interview, you will be contacted directly by the hiring department.",
      "You have been found eligible and your name has been placed on the eligible list for {r}. Eligibility is valid "
      "for 12 months.",
      "Your application status for {r} has been updated to: Reviewed. Log in to view details.",
      "Your application for {r} has been forwarded to the department for review. Please do not contact the hiring "
      "office directly."]),
    (3, [], [], ["Your scheduled interview - {r}", "Reminder: Interview on {d}"],
     ["This is a reminder that your interview for {r} is scheduled for {d} at {t}. Please bring a photo ID and "
      "arrive 15 minutes early.",
      "As confirmed by phone, your panel interview is on {d} at {t} at the {e} Administration Building, Room 214."]),
    (3, [], [], ["Job announcement closing soon", "New job announcements matching your search"],
     ["A job announcement matching your saved search has been posted: {r}. Apply by {d}.",
      "Reminder: the announcement for {r} you saved closes at 11:59 p.m. on {d}."]),
    (8, ["interview_invite"], [], ["Interview Notice - {r}", "Invitation to Interview: {q}", "Schedule Your Interview - {e}"],
     ["You have been selected for an interview for {r}. Please call our office at {ph} by {d} to schedule your "
      "interview appointment.",
      "Congratulations, you have been selected to participate in an oral board interview for {r}. Please select a "
      "time slot using the link below: {link}",
      "The hiring panel would like to interview you for {r}. Interviews will be held virtually on {d} between 9 a.m. "
      "and 3 p.m. Reply to this email with your preferred time."]),
    (3, ["interview_invite"], [], ["Examination Notice - {r}", "Written Exam Scheduling"],
     ["You are scheduled to take the written examination for {r} on {d} at {t}. Bring this notice and a valid photo "
      "ID. Please confirm your attendance by replying to this message.",
      "Applicants meeting the minimum qualifications are invited to the skills assessment for {r}. Choose an "
      "exam session here: {link}"]),
    (4, ["offer"], [], ["Tentative Job Offer - {r}", "Conditional Offer of Employment", "Offer Letter: {r}"],
     ["We are pleased to extend a tentative offer of employment for {r} at Grade {g}, Step 1, with an annual salary "
      "of ${s}. This offer is contingent upon successful completion of a background investigation.",
      "{e} is pleased to offer you the position of {r}. Your starting salary will be ${s}. Please indicate your "
      "acceptance by signing and returning the enclosed letter by {d}."]),
    (2, [], [], ["Final Job Offer - Entry on Duty", "Pre-employment requirements"],
     ["Thank you for accepting our offer. Your entry on duty date is {d}. Please complete the onboarding forms "
      "(SF-61, I-9, direct deposit) before your first day.",
      "Your fingerprint appointment for the background investigation is scheduled for {d} at {t}."]),
]


def generate(rng: random.Random) -> Iterable[dict]:
    rec = K.Recorder(FAMILY_PREFIX)
    for fam, n in (("portal", 44), ("county", 26)):
        for _ in range(n):
            cand = K.candidate(rng)
            emp = K.gov_employer(rng)
            w, labels, oc, subjs, lines = rng.choices(KINDS, [k[0] for k in KINDS])[0]
            ctx = {"r": K.role(rng, "gov"), "q": f"{rng.choice(['DWR', 'CTY', 'EX', 'HR', 'TR', 'DPH'])}-"
                                                 f"{rng.randint(24, 26)}-{rng.randint(1000, 99999)}",
                   "d": K.long_date(rng), "t": K.slot_time(rng), "e": emp,
                   "ph": f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                   "link": f"https://{rng.choice(['apply', 'jobs', 'hr'])}.{K.slug(emp)[:14]}.gov/sched/{rng.randint(1000, 99999)}",
                   "g": str(rng.randint(5, 13)), "s": f"{rng.randint(38, 96)},{rng.randint(100, 999)}"}
            subj = rng.choice(subjs).format(**ctx)
            core = rng.choice(lines).format(**ctx)
            if fam == "portal":
                pname, paddr = K.gov_portal(rng)
                from_name, from_addr = rng.choice([pname, f"{emp} via {pname}", f"{emp} Human Resources"]), paddr
                body = K.join(rng.choice([f"Dear {cand['first']} {cand['last']}:", f"Dear {cand['first']} {cand['last']},",
                                          "Dear Applicant:", f"Dear Mr./Ms. {cand['last']}:"]),
                              f"Department: {emp}\nJob Title: {ctx['r']}\nAnnouncement: {ctx['q']}", core,
                              rng.choice(["You may check the status of your application at any time by logging in to "
                                          "your account.", "Thank you for your interest in public service.", ""]),
                              f"{emp} Human Resources",
                              rng.choice(["This is an automated message; please do not reply.",
                                          "This email was sent from an unattended mailbox."]),
                              f"{emp} is an Equal Opportunity Employer. Veterans' preference applies where required by law. "
                              "Persons with disabilities who require accommodation may contact the agency HR office.")
            else:
                f, l = K.person(rng)
                from_name = f"{f} {l}"
                from_addr = f"{f[0].lower()}{l.lower()}@{K.slug(emp)[:14]}.gov"
                body = K.join(rng.choice([f"Dear {cand['first']},", f"Mr./Ms. {cand['last']},", f"Hello {cand['first']},"]),
                              core, rng.choice(["Please contact me if you have any questions.", "Respectfully,", ""]),
                              f"{f} {l}\n{rng.choice(['HR Analyst', 'Personnel Technician', 'Human Resources Specialist', 'Recruitment Coordinator'])}\n"
                              f"{emp}\n{ctx['ph']}",
                              rng.choice(["", "Under state public records law, email sent to this address may be "
                                              "subject to public disclosure."]))
            text, html = K.present(rng, body, emp, 0.1 if fam == "portal" else 0.0, 0.2)
            yield rec.make(fam, from_name=from_name, from_addr=from_addr, to_addr=cand["addr"], subject=subj,
                           body_text=text, body_html=html, labels=labels, company=emp, outside=oc)
