"""Writer 40: look-alikes from the same corporate world that carry no label.

Families: workplace (the user's current employer: benefits enrolment, payroll, training
invitations, intranet digests, requests to sit on an interview panel), commercial (tenders not
awarded, loan and insurance declines, event registrations), jobmarket (job alerts, a recruiter
closing a role nobody applied to, careers newsletters, talent-community sign-ups).
"""

from __future__ import annotations

import random
from typing import Iterable

import _w40_kit as K
import _w40_mail as M

FAMILY_PREFIX = "w40neg"


def P(rng, *o):
    return K.pick(rng, o)


# ------------------------------------------------------------------ workplace

def benefits(rng, c, me):
    yr = rng.choice([2026, 2027])
    subj = P(rng, f"Benefits enrolment window now open - {yr}", "Action required: choose your benefits", "Flex benefits: last chance to enrol",
             f"Your {yr} benefits selection")
    body = [P(rng, f"The annual benefits enrolment window is open until {K.date_str(rng, c['region'])}.",
              "It's that time of year again: review and confirm your flexible benefits for the coming year.",
              "You have not yet made your benefit elections for next year."),
            P(rng, "You can add dependants to private medical cover, buy or sell up to five days of annual leave, and increase your pension contribution.",
              "Options include dental cover, cycle-to-work, critical illness insurance and the employee share plan.",
              "If you do nothing, your current selections will roll over automatically, except for the health cash plan."),
            P(rng, "Log in to the benefits portal via the intranet (single sign-on).", "Questions? Contact the Reward team on ext. 4410.",
              "Drop-in sessions are running in the canteen on Tuesday and Thursday lunchtimes.")]
    return subj, body, P(rng, "Reward & Benefits", "HR Shared Services", "People Services")


def payroll(rng, c, me):
    subj = P(rng, "Your payslip is available", "Payroll: change to pay date this month", "P60 now available" if c["region"] in ("uk", "ie") else "Tax statement now available",
             "Overtime submission deadline", "Payroll cut-off reminder")
    body = [P(rng, "Your payslip for this period is now available to view in the self-service portal.",
              f"Because of the public holiday, salaries will be paid on {K.date_str(rng, c['region'])} this month.",
              "All overtime and shift allowance claims must be approved by your line manager by the 15th to be included in this month's pay.",
              "Your annual tax statement can now be downloaded from Employee Self Service."),
            P(rng, "Payslips are no longer posted to home addresses.", "Please check your bank details are up to date.",
              "Late claims will be paid in the following month.", "If you notice any discrepancy, raise a ticket with Payroll.")]
    return subj, body, P(rng, "Payroll", "Payroll Services", "Group Payroll")


def training(rng, c, me):
    course = P(rng, "Leading Through Change", "Manual Handling Refresher", "Fire Warden Training", "Introduction to Lean Six Sigma",
               "Mental Health First Aid", "Anti-Bribery and Corruption e-learning", "Effective Coaching Conversations", "Project Management Essentials")
    subj = P(rng, f"Invitation: {course}", f"You're booked on {course}", f"Mandatory training overdue: {course}", f"Nominated for {course}")
    body = [P(rng, f"You have been nominated by your manager to attend {course}.",
              f"We're pleased to invite you to a place on our {course} programme.",
              f"Our records show that your {course} module is overdue.",
              f"Places are now available on {course}, running on {K.date_str(rng, c['region'])}."),
            P(rng, "Please accept the calendar invitation to confirm your place.", "Complete the module in the Learning Hub within 14 days.",
              "Lunch will be provided. Please tell us about any dietary requirements.",
              "The session is delivered virtually and lasts two hours.")]
    return subj, body, P(rng, "Learning & Development", "L&D Team", "Academy", "Compliance Training")


def intranet(rng, c, me):
    subj = P(rng, f"{c['name']} Weekly: site news, vacancies and more", "This week on the intranet", "The Monday Brief",
             "Inside " + c["name"] + " - issue " + str(rng.randrange(40, 300)))
    items = [f"- CEO update: half-year results and our safety record at {c['city']}",
             "- Internal vacancies: 14 new roles posted this week, including three graduate positions",
             "- Congratulations to the logistics team on their industry award",
             "- Reminder: car park resurfacing starts Monday",
             "- Wellbeing week: free health checks in the atrium",
             "- New starters: please welcome our colleagues joining in Finance and Engineering",
             "- Farewell to Jean from Facilities after 31 years",
             "- IT: Windows updates will install overnight on Thursday",
             "- Charity bake sale raised over 2,000 for the local hospice",
             "- Promotions: congratulations to everyone confirmed in the annual round"]
    rng.shuffle(items)
    body = [P(rng, "Here's what's happening across the business this week:", "Your weekly round-up:", "In this issue:"),
            "\n".join(items[:rng.randrange(3, 7)]),
            P(rng, "Got a story? Email internalcomms@" + c["domain"], "Read more on the intranet homepage.")]
    return subj, body, P(rng, "Internal Communications", "Comms Team", c["name"] + " News")


def panel_request(rng, c, me):
    role = c["role"]
    subj = P(rng, f"Interview panel request - {role}", f"Could you sit on an interview panel?", f"Panel members needed: {role} interviews")
    body = [P(rng, f"We're recruiting a {role} for the {c['city']} team and would like you to sit on the interview panel.",
              f"Would you be available to interview candidates for our {role} vacancy next week?",
              f"As the subject matter expert, we'd love you to join the shortlisting and interview panel for {role}."),
            P(rng, f"Interviews are on {K.date_str(rng, c['region'])} from 9:00 to 13:00. I'll send CVs in advance.",
              "You'll need to have completed the 'Fair Recruitment' module before the interviews.",
              "Please let me know if you can make it and I'll send the candidate packs and scoring sheets.")]
    return subj, body, K.person(rng)


# ------------------------------------------------------------------ commercial

def tender(rng, c, me):
    buyer = P(rng, "Northfield County Council", "Harbour Ports Authority", "Western Regional Health Board", "Department of Infrastructure",
              "Metro Transit Corporation", "City of Greater Dandenong", "eThekwini Municipality", "Land Transport Authority")
    contract = P(rng, "Supply of Industrial Lubricants", "Fleet Maintenance Framework", "Facilities Management Services Lot 2",
                 "Provision of Occupational Health Services", "Pipe Inspection and Repair", "Warehouse Racking Installation")
    subj = P(rng, f"Outcome of tender: {contract}", f"Notification of unsuccessful tender - {contract}", f"Tender ref {rng.randrange(1000, 9999)}: award decision",
             f"RFQ {rng.randrange(100, 999)} - result")
    body = [f"Thank you for submitting a tender on behalf of {c['name']} for {contract}.",
            P(rng, "We regret to inform you that your tender has not been successful on this occasion.",
              "Following evaluation, the contract has been awarded to another supplier.",
              "Your bid was not the most economically advantageous tender and will not be taken forward."),
            P(rng, f"Your score: quality {rng.randrange(40, 70)}/70, price {rng.randrange(10, 30)}/30. The winning bidder scored {rng.randrange(80, 95)}/100.",
              "A standstill period of ten calendar days now applies before the contract is concluded.",
              "A debrief can be requested through the e-tendering portal within five working days."),
            P(rng, "Thank you for your interest in working with us.", "We encourage you to register for future opportunities.")]
    return subj, body, f"Procurement | {buyer}", None


def loan(rng, c, me):
    lender = P(rng, "Harbourline Bank", "Crestmoor Credit Union", "Bluewattle Home Loans", "Capewise Finance", "Lionsgate Savings", "Maple Ridge Trust")
    what = P(rng, "personal loan", "mortgage application", "credit card application", "car finance application", "home loan pre-approval",
             "life insurance application", "income protection cover application")
    subj = P(rng, f"Your {what}", f"Update on your {what}", f"Decision on your {what} - ref {rng.randrange(100000, 999999)}")
    body = [f"Thank you for your recent {what} with {lender}.",
            P(rng, "After careful review, we are unable to approve your application at this time.",
              "Unfortunately we have decided not to proceed with your application.",
              "We're sorry to let you know that your application has been declined.",
              "On this occasion the underwriters have decided not to offer cover."),
            P(rng, "This decision was based on information from a credit reference agency and our lending criteria.",
              "The decision reflects our assessment of affordability, based on the income and outgoings you provided.",
              "The decision relates to the medical information disclosed and our underwriting guidelines."),
            P(rng, "You are entitled to request details of the credit reference agency we used.",
              "You can ask us to review this decision by calling our team.",
              "This will not affect any existing products you hold with us.")]
    return subj, body, lender, None


def event(rng, c, me):
    ev = P(rng, "National Logistics Careers Expo", "Women in Energy Summit", "Manufacturing Week 2026", "PharmaConnect Networking Evening",
           "Engineering Graduate Fair", "Insurance Futures Breakfast", "Defence Industry Open Day", "Healthcare Leaders Forum")
    subj = P(rng, f"Registration confirmed: {ev}", f"You're registered for {ev}", f"Your ticket - {ev}", f"{ev}: see you there!")
    body = [P(rng, f"Thank you for registering for {ev}. Your application for a delegate place has been received and confirmed.",
              f"We've received your registration for {ev}.", f"Great news - your place at {ev} is confirmed."),
            P(rng, f"Date: {K.date_str(rng, c['region'])}\nVenue: Convention Centre, {c['city']}\nDoors open: 9:00",
              "Your e-ticket is attached; please show the QR code at the entrance.",
              f"Over 60 employers, including {c['name']}, will be exhibiting."),
            P(rng, "Don't forget to bring copies of your CV.", "Book onto CV clinics and talks via the event app.",
              "If you can no longer attend, please cancel your place so we can offer it to someone else.")]
    return subj, body, ev, None


# ------------------------------------------------------------------ jobmarket

def job_alert(rng, c, me):
    roles = [(K.company(rng)) for _ in range(rng.randrange(3, 6))]
    subj = P(rng, f"{len(roles)} new jobs matching 'operations'", "New roles for you this week", "Job alert: engineering roles near you",
             "Your saved search has new results")
    body = [P(rng, "Based on your saved search, here are the latest vacancies:", "New jobs matching your alert:", "We found these roles for you:"),
            "\n".join(f"- {r['role']} | {r['name']} | {r['city']}" for r in roles),
            P(rng, "Apply in one click with your saved CV.", "Don't miss out - early applicants are more likely to be interviewed.",
              "Manage your alerts or unsubscribe at any time.")]
    return subj, body, P(rng, "JobsDirect Alerts", "CareerHarbour", "EngineeringJobs.ie", "SEEK-style alerts", "WorkPath"), None


def closed_role(rng, c, me):
    role = c["role"]
    kind = rng.randrange(3)
    if kind == 0:
        subj = P(rng, f"The job you saved has closed: {role}", f"Vacancy closed - {role}")
        body = [f"The {role} vacancy at {c['name']} that you saved on {K.date_str(rng, c['region'])} is no longer accepting applications.",
                P(rng, "Here are some similar roles you might like.", "Browse similar vacancies on our site.")]
        return subj, body, P(rng, "JobsDirect", "CareerHarbour", c["name"] + " Careers"), c["name"]
    if kind == 1:
        subj = P(rng, f"Re: {role} opportunity", f"{role} - update", "Quick update on the role I mentioned")
        body = [P(rng, f"I reached out last week about a {role} opportunity with {c['name']}. Just to let you know the client has now filled the role, so no need to get back to me on that one.",
                  f"You may remember my message about the {role} job at {c['name']}. That one has now closed before we got to speak, sorry!"),
                P(rng, "I'll keep you in mind for anything similar.", "Happy to have a chat about other roles if you're open to it.")]
        return subj, body, K.person(rng) + P(rng, " | Apex Talent Partners", " - Meridian Recruitment", " (Bluegum Search)", ""), c["name"]
    subj = P(rng, "Update on roles you viewed", f"{role} position closed")
    body = [f"Thanks for your interest in the {role} role you enquired about. Hiring for this role has now closed.",
            P(rng, "We haven't received an application from you, so there's nothing further you need to do.",
              "As you didn't apply, your details have not been stored.")]
    return subj, body, c["name"] + " Careers", c["name"]


def careers_news(rng, c, me):
    subj = P(rng, f"Life at {c['name']}: graduate stories", f"Welcome to the {c['name']} talent community", f"{c['name']} careers newsletter",
             "Our next open evening")
    body = [P(rng, f"Thanks for joining the {c['name']} talent community. We'll send you news about careers and events.",
              f"In this edition: meet three of our apprentices at the {c['city']} site.",
              "We're holding an open evening for experienced hires. Come along to meet the team."),
            P(rng, "You are not applying for a role by joining the community.", "Register for the event below.",
              "Read more on our careers blog.")]
    return subj, body, f"{c['name']} Careers", c["name"]


WORK = [benefits, payroll, training, intranet, panel_request]
COMM = [tender, loan, event]
MARKET = [job_alert, closed_role, careers_news]
PLAN = {"workplace": (WORK, 56), "commercial": (COMM, 50), "jobmarket": (MARKET, 44)}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (fns, count) in PLAN.items():
        for n in range(count):
            x = M.context(rng)
            c = x["c"]
            fn = K.pick(rng, fns)
            out = fn(rng, c, x["full"])
            if len(out) == 3:
                subj, body, sender = out
                company = c["name"]
                addr = P(rng, f"noreply@{c['domain']}", f"hr@{c['domain']}", f"{sender.lower().split()[0].replace('&', '')}@{c['domain']}")
                to = x["first"].lower() + "." + x["full"].split()[-1].lower() + "@" + c["domain"]
            else:
                subj, body, sender, company = out
                slug = "".join(ch for ch in sender.lower().split("|")[-1] if ch.isalnum())[:18] or "mail"
                addr = P(rng, f"noreply@{slug}.com", f"info@{slug}.co", f"alerts@{slug}.net")
                to = x["cand_addr"]
            greeting = P(rng, f"Dear {x['first']},", f"Hi {x['first']},", "Dear colleague,", "Hello,", f"Dear {x['full']},", "")
            text = (greeting + "\n\n" if greeting else "") + "\n\n".join(M.regionalise(rng, b, c["region"]) for b in body)
            text += "\n\n" + K.closing(rng, c["region"]) + "\n" + sender
            foot = ""
            if rng.random() < 0.6:
                foot = P(rng, "You are receiving this email because you subscribed. Unsubscribe | Update preferences",
                         (K.confidentiality(rng, c) if len(out) == 3 else "This message was sent by an automated system. Please do not reply."),
                         (K.privacy(rng, c) if len(out) == 3 else "We process your personal data in line with our privacy policy, available on our website."),
                         "This mailbox is not monitored.",
                         f"Sent to {to}. (c) 2026 All rights reserved.")
                text += "\n\n" + ("-" * 20) + "\n" + foot
            html = None
            if rng.random() < 0.3:
                hc = c if len(out) == 3 else dict(c, name=sender.split("|")[-1].strip(), domain=addr.split("@")[1])
                html = K.html_shell(rng, hc, text.split("\n\n" + "-" * 20)[0], foot or " ",
                                    title=c["name"] if len(out) == 3 else sender.split("|")[-1].strip())
                if rng.random() < 0.5:
                    text = ""
            if company and company not in " ".join([text, html or "", sender, subj]):
                company = None
            yield K.record(FAMILY_PREFIX, fam, n, folder="INBOX", from_name=sender, from_addr=addr, to_addr=to,
                           subject=subj, body_text=text, body_html=html, labels=[], company=company)
