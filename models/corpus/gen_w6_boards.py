"""Writer w6: job-board mail (application-sent receipts, employer messages, views, alerts),
e-signature/offer platforms (offers to sign vs. paperwork after acceptance) and non-job
platform mail that looks alike (tickets, marketplace and app-review rejections, loan declines)."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _w6_kit import (  # noqa: E402
    BOARDS,
    CITIES,
    COMPANIES,
    GREET_EN,
    ROLES,
    SIGN,
    SIGNOFF_EN,
    Counter,
    person,
    pick,
    record,
    render,
    signer,
)

FAMILY_PREFIX = "w6brd"
from _w6_lines import DATES, OFFER, OFFER_DETAIL, OUTSIDE, SALARY, SOFTEN  # noqa: E402

SENT_ACK = [
    "Your application was sent to {c}.",
    "Application submitted! {c} has received your application for {r}.",
    "Success - we sent your CV and answers to {c} for the {r} job.",
    "You applied to {r} at {c}. The employer now has your application.",
    "Done! Your application for {r} ({city}) is on its way to {c}, and they've confirmed receipt.",
    "{c} received your application via {p}.",
    "Great news, your Easy Apply application to {c} went through.",
    "We've delivered your application for {r} to {c}'s hiring team.",
    "Your application to {c} for the role {r} was submitted on {d}.",
    "Applied: {r} - {c}, {city}.",
]
SENT_ACK_TAIL = [
    "Employers typically respond within 2 weeks. We'll notify you if {c} views your application.",
    "Tip: applicants who follow up within a week are more likely to hear back.",
    "Track this application under 'My jobs'.",
    "The employer may contact you directly by email or phone.",
    "You can see all applications in your dashboard.",
    "What happens next? {c} reviews applications and reaches out to shortlisted candidates.",
    "",
    "Keep applying! Here are 3 more jobs like this one.",
]
BOARD_NEG = {
    "viewed": [
        "{c} viewed your application for {r}.",
        "Good sign! A recruiter at {c} looked at your profile.",
        "Your application was viewed by the employer.",
        "{c} has opened your application 2 times this week.",
        "3 employers viewed your profile in the last 7 days, including {c}.",
        "Your CV was downloaded by {c}.",
        "Someone at {c} checked out your application.",
        "Update: your application for {r} has been seen.",
    ],
    "alert": [
        "12 new jobs match your search '{r}' in {city}.",
        "New for you: {r} at {c} and 8 similar jobs.",
        "Your daily job alert: {r} ({city}).",
        "Jobs you might like: {r}, {c}. Apply in one click.",
        "We found new positions matching your saved search.",
        "Recommended: {r} at {c} - posted 2 hours ago.",
        "Be an early applicant: {c} is hiring a {r}.",
        "Top picks this week, based on your profile.",
    ],
    "similar": [
        "People who applied to {c} also applied to these jobs.",
        "Similar jobs to {r} you haven't seen yet.",
        "Since you applied to {c}, you might like these openings.",
        "More roles like {r} near {city}.",
        "Other companies hiring for {r}.",
        "Don't stop now! 5 similar jobs are still open.",
        "Jobs similar to the one you applied for at {c}.",
        "Based on your recent application, we picked these roles.",
    ],
    "nag": [
        "You didn't finish applying to {c}. Complete your application before the job closes.",
        "Your profile is missing work experience. Employers skip incomplete profiles.",
        "Upload a new CV to get 3x more views.",
        "Answer a few questions so {c} can learn more about you.",
        "You saved {r} at {c}. Ready to apply?",
        "Verify your phone number to keep your account secure.",
        "Your premium trial ends in 2 days.",
        "Set your job preferences so we can send better matches.",
    ],
    "newsletter": [
        "This week on the {p} blog: 7 questions to ask at the end of any interview.",
        "Salary guide 2025: what a {r} earns in {city}.",
        "How to follow up after an interview without being pushy - our career coach explains.",
        "Webinar invitation: 'Mastering the behavioural interview', {d}, 18:00. Free for members.",
        "Rejected again? Here's how to turn a no into your next yes. Read the guide.",
        "The {p} monthly: hiring trends, remote work and top companies to apply to.",
        "Your job search report: 6 applications, 2 views, 0 messages this month.",
        "New feature: track all your applications in one place.",
    ],
    "still_review": [
        "Your application to {c} is still being reviewed. No news yet.",
        "Status: Application viewed, awaiting decision.",
        "{c} hasn't updated your application status in 14 days. That's normal for this employer.",
        "We're still waiting to hear back from {c} about your application.",
        "Your application for {r} is active.",
        "Application status: In review by employer.",
        "No update yet from {c}. You can send a follow-up message.",
        "The employer is reviewing applications for {r}.",
    ],
}
BOARD_REJ = [
    "{c} has reviewed your application for {r} and decided not to move forward.",
    "Update from {c}: you were not selected for {r}.",
    "Your application status changed to 'Not selected' by {c}.",
    "Message from {c}: Thanks for applying. We've decided to go with other candidates for this role.",
    "{c} marked your application as unsuccessful.",
    "The employer has closed your application for {r}. {reason}",
    "{c} will not be moving forward with your application. {reason}",
    "Application update: {c} chose other applicants for {r}.",
]
BOARD_INV = [
    "{c} sent you a message: 'Hi {n}, we liked your profile and would like to set up a short phone interview. Are you free this week?'",
    "New message from {p1} at {c}: Could we schedule an interview for the {r} role? Please reply with your availability.",
    "{c} wants to interview you! Respond to the invitation to pick a date.",
    "Interview request from {c} for {r}. Accept to choose a time.",
    "{p1} ({c}) invited you to a video interview for {r}.",
    "You have an interview invitation from {c}. Reply within 3 days.",
    "{c} would like to talk to you about {r}. Open the message to schedule a call.",
    "Message from {c}: 'We'd love to invite you to a first interview next Tuesday or Wednesday.'",
]
SIGN_OFFER = [
    "{p1} sent you a document to review and sign: '{c} - Offer Letter - {r}.pdf'.",
    "Please review and sign: Employment offer from {c}.",
    "{c} has sent you an offer letter via {p}. Review the terms and sign electronically.",
    "You've received an envelope from {c}: 'Offer of Employment - {n} {l}'.",
    "Action required: sign your offer for {r} at {c}.",
    "{p1} at {c} requests your signature on: Offer Letter ({r}).",
    "Your offer package from {c} is ready. Documents: Offer letter, Equity summary.",
    "Document awaiting signature: 'Conditional offer - {r}'.",
]
SIGN_AFTER = [
    "Welcome aboard! Please complete your onboarding documents before your first day at {c}.",
    "Completed: all parties have signed 'Offer Letter - {r}'. A copy is attached.",
    "{c} needs a few more documents from you: tax form, bank details, ID.",
    "Your new-hire paperwork is ready. Please sign the handbook acknowledgement.",
    "Reminder: your onboarding tasks are due before {d}.",
    "Background check authorisation requested by {c}.",
    "Please sign the NDA before your interview at {c}.",
    "You signed 'Offer Letter - {r}'. The sender has been notified.",
    "Your equipment order for your first day at {c} has been placed.",
    "Please review and sign the updated remote-work policy.",
]
NONJOB = [
    ("Your tickets for Harbour Lights Festival", "Your order is confirmed. 2 x General Admission, {d}. Show the QR code at entry.", "Tixhub"),
    ("Your listing was not approved", "Your listing 'Vintage oak desk' was not approved because it violates our marketplace policies. You can edit and resubmit.", "Swapyard"),
    ("App review: submission rejected", "Your app 'Tally Trails 2.1' was rejected during review. Guideline 4.2: minimum functionality. Please address the issues and resubmit.", "AppShelf Review"),
    ("Update on your loan application", "After reviewing your application, we are unable to approve your personal loan at this time. This decision was based on information from a credit reference agency.", "Lantern Bank"),
    ("Your rental application", "Thank you for applying for the apartment at 14 Canal Row. Unfortunately the landlord has chosen another applicant.", "Nestly Rentals"),
    ("Your submission was not approved", "Thanks for submitting your photo to our stock library. Unfortunately it was not approved: insufficient resolution.", "Pixelstock"),
    ("Conference proposal decision", "Thank you for submitting your talk. We received over 600 proposals and regret that yours was not selected for this year's programme.", "ConfBoard"),
    ("Your order has shipped", "Good news! Your order #{num} is on its way and should arrive by {d}.", "Parcelpost"),
    ("Grant application outcome", "We regret to inform you that your application to the Small Projects Fund was unsuccessful in this round.", "FundFinder"),
    ("Your seller account application", "We've reviewed your seller application and cannot approve it at this time.", "Swapyard"),
    ("Registration confirmed: Tech Careers Fair", "You're registered for the Tech Careers Fair on {d}. Your badge will be emailed the day before.", "Careerfest Events"),
    ("Credit card application", "We're sorry, but we can't offer you a credit card right now.", "Lantern Bank"),
    ("Extension review", "Your browser extension update was rejected: the privacy policy link is missing.", "AddonHub"),
    ("Your refund was approved", "We've approved your refund of 34.90 EUR. It will appear on your statement within 5 days.", "Swapyard"),
    ("Welcome to Lantern Bank", "Your account application has been received and is being processed.", "Lantern Bank"),
    ("Admissions decision", "After careful consideration, the admissions committee is unable to offer you a place on the MSc programme.", "Northgate University"),
    ("Your booking is confirmed", "Check-in from 15:00 on {d}. Your host will send arrival details.", "Staywell Homes"),
    ("Your offer was declined", "The seller declined your offer of 120 EUR for 'Road bike, 56cm'. You can make a new offer or message the seller.", "Swapyard"),
    ("Mortgage application received", "We've received your mortgage application (ref {num}). An adviser will review it within 5 working days.", "Lantern Bank"),
    ("Hackathon application", "Thanks for applying to Build Weekend. Unfortunately your team was not selected this time; we had 4x more teams than places.", "ConfBoard"),
    ("Your reservation request was declined", "Your host declined your request for {d}. Don't worry, similar homes are still available.", "Staywell Homes"),
    ("Scholarship decision", "We regret that we are unable to award you the Women in Tech Scholarship this year. We had an exceptional pool of applicants.", "FundFinder"),
    ("Your claim update", "We've reviewed your claim {num} and are unable to pay it under the terms of your policy.", "Lantern Bank"),
    ("Interview with our customer research team?", "We're looking for users to interview about their shopping habits. Book a 20-minute slot and get a 15 EUR voucher.", "Swapyard"),
    ("Your app was approved", "Good news: 'Tally Trails 2.2' passed review and is now live.", "AppShelf Review"),
    ("Visa appointment confirmed", "Your appointment at the consulate is confirmed for {d} at 09:40. Bring your passport and the printed confirmation.", "Careerfest Events"),
    ("Membership application approved", "Welcome! Your co-working membership has been approved. Collect your key card at reception.", "Staywell Homes"),
    ("Speaker application", "Thank you for applying to speak at DevDays. We've received your proposal and will announce the programme on {d}.", "ConfBoard"),
    ("Your return was rejected", "We could not accept your return request for order #{num} because the item was outside the return window.", "Parcelpost"),
    ("Your podcast submission", "Thanks for applying to be a guest on our podcast. We've received your application and will be in touch.", "Mic Check Podcast"),
]

PLAN = {
    "board-applysent": {"ack": 34, "viewed": 6, "nag": 4, "still_review": 6, "rej": 4, "inv": 2},
    "board-activity": {"ack": 14, "viewed": 8, "alert": 8, "similar": 6, "newsletter": 6, "still_review": 4, "rej": 10, "rej_oc": 4, "inv": 8},
    "esign-offer": {"off": 22, "after": 16},
    "nonjob-platforms": {"nonjob": 36},
}


def _one(rng: random.Random, ids: Counter, family: str, kind: str) -> dict:
    c, r = pick(rng, COMPANIES), pick(rng, ROLES)
    n, ln = person(rng)
    ctx = {"c": c, "r": r, "n": n, "l": ln, "p1": " ".join(person(rng)), "city": pick(rng, CITIES), "d": pick(rng, DATES),
           "sal": pick(rng, SALARY), "num": str(rng.randint(100000, 999999)), "reason": ""}
    plat_d = pick(rng, SIGN if family == "esign-offer" else BOARDS)
    plat = plat_d["name"]
    nonjob = None
    if family == "nonjob-platforms":
        nonjob = pick(rng, NONJOB)
        plat = nonjob[2]
        plat_d = {"relay": f"mail.{plat.lower().replace(' ', '')}.com"}
    ctx["p"] = plat
    labels: list[str] = []
    outside: list[str] = []
    company: str | None = c
    button = None
    paras: list[str] = []
    if kind == "ack":
        labels = ["application_ack"]
        paras += [pick(rng, SENT_ACK).format(**ctx), pick(rng, SENT_ACK_TAIL).format(**ctx)]
        if rng.random() < 0.5:
            paras.append(f"{r}\n{c} - {ctx['city']}\nApplied {ctx['d']}")
        button = pick(rng, ["View application", "See similar jobs", "Go to My Jobs", None])
        subj = pick(rng, ["Your application was sent to {c}", "Application submitted: {r}", "You applied to {c}!",
                          "{n}, your application for {r} was sent", "Application confirmation - {c}", "Applied: {r} at {c}"])
    elif kind in BOARD_NEG:
        paras.append(pick(rng, BOARD_NEG[kind]).format(**ctx))
        if kind == "newsletter":
            company = None
        if kind in ("alert", "similar"):
            for _ in range(rng.randint(2, 4)):
                paras.append(f"{pick(rng, ROLES)}\n{pick(rng, COMPANIES)} · {pick(rng, CITIES)}" +
                             pick(rng, ["", "\nEasy Apply", "\nActively recruiting", f"\n{rng.randint(1, 30)}d ago"]))
            company = None
        button = pick(rng, ["See jobs", "View", "Open app", "Complete now", None])
        subj = pick(rng, {"viewed": ["{c} viewed your application", "Your application was viewed", "A recruiter viewed your profile"],
                          "alert": ["New jobs for '{r}'", "{r} at {c} and more", "Your job alert"],
                          "similar": ["Similar jobs you may like", "More jobs like {r}", "Because you applied to {c}"],
                          "nag": ["Finish your application", "Your profile needs attention", "Don't miss out, {n}"],
                          "newsletter": [
        "This week on the {p} blog: 7 questions to ask at the end of any interview.",
        "Salary guide 2025: what a {r} earns in {city}.",
        "How to follow up after an interview without being pushy - our career coach explains.",
        "Webinar invitation: 'Mastering the behavioural interview', {d}, 18:00. Free for members.",
        "Rejected again? Here's how to turn a no into your next yes. Read the guide.",
        "The {p} monthly: hiring trends, remote work and top companies to apply to.",
        "Your job search report: 6 applications, 2 views, 0 messages this month.",
        "New feature: track all your applications in one place.",
    ],
    "still_review": ["Application update: {c}", "Status of your application", "Still waiting on {c}"]}[kind])
    elif kind.startswith("rej"):
        labels = ["rejection"]
        if kind == "rej_oc":
            o = pick(rng, sorted(OUTSIDE))
            outside = [o]
            ctx["reason"] = pick(rng, OUTSIDE[o])
            paras.append(pick(rng, BOARD_REJ[5:7]).format(**ctx))
        else:
            paras.append(pick(rng, BOARD_REJ[:5] + BOARD_REJ[7:]).format(**ctx))
        paras.append(pick(rng, ["Don't give up - here are jobs similar to this one.", "Keep going! Your next role could be one click away.",
                                "", pick(rng, SOFTEN).format(c=c)]))
        subj = pick(rng, ["Application update: {c}", "An update on your application to {c}", "{c} updated your application",
                          "Update on {r}", "Your application to {c}"])
    elif kind == "inv":
        labels = ["interview_invite"]
        paras.append(pick(rng, BOARD_INV).format(**ctx))
        button = pick(rng, ["Reply", "View message", "Respond"])
        subj = pick(rng, ["New message from {c}", "{c} wants to interview you", "Interview request: {r}", "{p1} sent you a message"])
    elif kind == "off":
        labels = ["offer"]
        paras.append(pick(rng, SIGN_OFFER).format(**ctx))
        if rng.random() < 0.6:
            note = pick(rng, OFFER).format(**ctx) + " " + pick(rng, OFFER_DETAIL).format(**ctx)
            paras.append(pick(rng, ["Message from sender: ", "Note: ", f"{ctx['p1']} wrote: ", ""]) + note.strip())
        button = pick(rng, ["Review document", "Review and sign", "Open envelope"])
        subj = pick(rng, ["{p1} sent you a document to sign", "Please sign: Offer Letter - {r}", "Your offer from {c}",
                          "Signature requested: {c} employment offer", "Action required: offer letter"])
    elif kind == "after":
        paras.append(pick(rng, SIGN_AFTER).format(**ctx))
        button = pick(rng, ["Review document", "Start onboarding", "Download copy", "Open tasks"])
        subj = pick(rng, ["Completed: Offer Letter - {r}", "Welcome to {c}! Next steps", "Please sign: onboarding forms",
                          "Your documents from {c}", "Action required before your first day", "Please sign: NDA"])
    else:  # nonjob
        s, b, _ = nonjob
        paras.append(b.format(**ctx))
        company = None
        button = pick(rng, ["View order", "Open dashboard", "Details", None])
        subj = s
    greet = pick(rng, GREET_EN).format(n=n, l=ln) if rng.random() < 0.6 else ""
    sign = pick(rng, SIGNOFF_EN).format(s=f"The {plat} team" if kind not in ("off", "after") else signer(rng, c)) \
        if rng.random() < 0.4 else ""
    paras = [p for p in [greet] + paras + [sign] if p]
    footer = None
    if nonjob:
        footer = pick(rng, [f"(c) {plat}. All rights reserved.", f"You're receiving this because you have an account with {plat}.",
                            f"{plat} customer service is available 24/7 in the app.", "", f"Manage email preferences | {plat}"])
    text, html_body = render(rng, plat, c if company else plat, paras, button=button, footer=footer)
    subject = subj.format(**ctx)
    if company:
        fname = pick(rng, [plat, f"{c} via {plat}", f"{plat} Applications", f"{plat} Jobs"])
        if c not in subject + text + (html_body or "") + fname:
            fname = f"{c} via {plat}"
    else:
        fname = pick(rng, [plat, f"{plat} Alerts", f"{plat} Team"])
    if family == "esign-offer" and plat == "Onboardly":
        family = "offer-portal"  # the HR-suite voice differs from the e-signature envelopes
    return record(ids, family, from_name=fname, from_addr=f"{pick(rng, ['noreply', 'jobs', 'alerts', 'dse'])}@{plat_d['relay']}",
                  subject=subject, body_text=text, body_html=html_body, labels=labels, company=company,
                  outside=outside, rng=rng)


def generate(rng: random.Random) -> Iterable[dict]:
    ids = Counter(FAMILY_PREFIX)
    for family, plan in PLAN.items():
        kinds = [k for k, n in plan.items() for _ in range(n)]
        rng.shuffle(kinds)
        for kind in kinds:
            yield _one(rng, ids, family, kind)
