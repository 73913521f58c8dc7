"""Writer w37: the rest of a frontline worker's mailbox - look-alikes (current job rota mail,
staffing-app pings, newsletters, open days, non-job rejections, scams, system mail) and the
candidate's own Sent mail (feedback requests, withdrawals, acceptances, replies).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w37_compose as C  # noqa: E402
import _w37_kit as K  # noqa: E402
import _w37_say as S  # noqa: E402

FAMILY_PREFIX = "w37life"


def _rec(fam: str, n: int, **kw) -> dict:
    return K.record(FAMILY_PREFIX, fam, n, **kw)


# ---------------------------------------------------------------- current job
CURJOB = [
    ("Rota w/c {date}", "Hi all, new rota is up in the staff room and on the app. {name} you're on lates Thurs and Fri now, swapped with {mgr2}. Shout if there's a problem."),
    ("Shift swap request", "{mgr2} has asked to swap their Saturday 6-2 with your Sunday 10-6. Approve or decline in the app."),
    ("Your payslip is ready", "Your payslip for the period ending {date} is now available. Log in to the staff portal to view it. Please do not reply."),
    ("Can you sit in on an interview?", "Hi {name}, we've got a lady coming in {slot} for a trial shift on the tills. Could you look after her for the first hour and let me know what you think? Thanks"),
    ("Trial shift Saturday", "{name} can you show the new lad round on Saturday? He's doing a trial with us 10-1. Just buddy him on the shop floor and tell me after how he got on."),
    ("Holiday request approved", "Your holiday request for {date} has been approved by {mgr2}."),
    ("Mandatory training", "Reminder: everyone needs to complete the fire safety and manual handling e-learning by {date}. It's paid time."),
    ("Overtime this weekend", "We're short on Sunday because of the stock take. Anyone want extra hours 6am-2pm? Time and a half. First come first served."),
    ("Staff meeting", "Team meeting {slot} in the canteen. Pizza provided. We'll go over the new opening hours and the Christmas rota."),
    ("Interview panel", "Hi {name}, as you're a senior carer now could you be on the interview panel for the two care assistant candidates {slot}? Just 30 mins each, I'll do the questions."),
    ("Sickness", "Hi {name}, hope you're feeling better. Please fill in the return to work form when you're back in."),
    ("New clocking in system", "From {date} we're switching to the fingerprint clock. Please come to the office for a 2-minute registration."),
    ("Lost property", "Has anyone seen a black North Face jacket left in the staff room? It's {mgr2}'s."),
    ("Re: shift cover", "Thanks so much for covering tonight {name}, you're a star. I owe you one."),
    ("Pay rise from April", "Good news, hourly rates go up to {pay} from the first pay period in April. Your contract addendum will follow."),
]


def current_job(rng: random.Random, count: int) -> Iterable[dict]:
    for n in range(count):
        co = K.employer(rng)
        cf, cl, caddr = K.candidate(rng)
        mf, ml = K.person(rng)
        ctx = C.context(rng, co, cf, f"{mf} {ml}")
        subj, body = K.pick(rng, CURJOB)
        hello = C.fill(rng, K.pick(rng, S.HELLO), ctx)
        text = (hello + "\n\n" if hello and not body.startswith("Hi") else "") + C.fill(rng, body, ctx) + "\n\n" + \
            K.pick(rng, [mf, f"{mf}\n{ctx['title']}", f"{mf} {ml}\n{co[0]} {ctx['town']}", "Sent from my iPhone"])
        sender = K.pick(rng, [(f"{mf} {ml}", f"{mf.lower()}@{co[2]}"), (f"{co[0]} Staff Portal", f"noreply@staff.{co[2]}"),
                              (f"{mf} {ml}", f"{mf.lower()}{ml[:1].lower()}@{K.pick(rng, K.GMAILS)}")])
        yield _rec("currentjob", n, from_name=sender[0], from_addr=sender[1], to_addr=caddr,
                   subject=C.fill(rng, subj, ctx), body_text=text, company=None)


# ---------------------------------------------------------------- platforms / digests
DIGEST = [
    ("5 reasons you didn't get the job (and what to do next)", "Rejected after a trial shift? It happens to everyone. This week we look at why managers say no - lateness, not asking questions, and being glued to your phone - and how to bounce back."),
    ("How to ace a group interview", "Group interviews are standard for retail and hospitality hiring. Our top tips: speak up early, include the quiet ones, and always thank the assessor. Read more on the blog."),
    ("Got an offer? Here's what to check", "Before you accept a job offer, check the hourly rate, whether it's zero-hours, holiday pay and when you'll get your first payslip. Full checklist inside."),
    ("New jobs near {town}", "12 new jobs match your search 'warehouse':\n- Picker Packer, Swiftbox Fulfilment, {pay}/hr\n- Night Shift Operative, PalletPro, {pay}/hr\n- Goods In, Greystone Warehousing\nView all jobs"),
    ("Jobs you might like: Barista, Waiting Staff, Kitchen Porter", "Based on your profile, these employers are hiring in {town} now. Apply in one tap. Easy apply available on 8 of 12 jobs."),
    ("3 employers viewed your profile", "Your profile is getting noticed! 3 employers including a care provider and a hotel viewed your profile this week. Upgrade to see who."),
    ("Complete your profile to get more shifts", "Profiles with a photo and availability get 4x more shift offers. You're 60% done - add your right to work documents now."),
    ("Your weekly job-hunting digest", "This week: interview outfits on a budget, what 'subject to DBS' actually means, and a reader's story about being turned down 14 times before landing a supervisor job."),
    ("New shifts near you 📍", "8 shifts available near {town} this weekend:\nSat 7am-3pm Event Steward {pay}/hr\nSun 5pm-11pm Bar Staff {pay}/hr\nTap to claim before they go!"),
    ("Salary guide 2026: hospitality", "What do kitchen porters, commis chefs and bar staff earn in {town}? Our new pay guide compares offers across 400 employers."),
    ("You have 2 unread messages", "Employers may have messaged you. Log in to read your messages."),
    ("Reminder: update your availability", "Keep your availability up to date so managers can find you for last-minute shifts."),
    ("Christmas temp jobs are here 🎄", "Retailers are hiring thousands of seasonal staff. Apply early - most interviews happen in October. Search Christmas jobs now."),
]


def digests(rng: random.Random, count: int) -> Iterable[dict]:
    senders = [("Indeedish Jobs", "alerts@jobsindeedish.com"), ("ShiftNow", "hello@shiftnow.app"), ("CrewBoard", "digest@crewboard.io"),
               ("The Hourly Worker", "newsletter@thehourlyworker.co.uk"), ("Totaljobz", "jobalerts@totaljobz.com"),
               ("Gigly", "noreply@gigly.app"), ("Retail Careers Weekly", "news@retailcareersweekly.com")]
    for n in range(count):
        cf, cl, caddr = K.candidate(rng)
        ctx = C.context(rng, K.employer(rng), cf, "x")
        subj, body = K.pick(rng, DIGEST)
        s = K.pick(rng, senders)
        text = f"Hi {cf},\n\n" + C.fill(rng, body, ctx) + "\n\n" + K.pick(rng, [
            "Unsubscribe | Manage alerts | Privacy", "You're receiving this because you signed up for job alerts. Unsubscribe here.",
            "© 2026 All rights reserved. Stop these emails."])
        html = None
        if rng.random() < 0.5:
            html = K.html_wrap(rng, text, s[0])
            if rng.random() < 0.5:
                text = ""
        yield _rec("digest", n, from_name=s[0], from_addr=s[1], to_addr=caddr, subject=C.fill(rng, subj, ctx),
                   body_text=text, body_html=html, company=None)


# ---------------------------------------------------------------- non-job life mail and scams
LIFE = [
    ("Your rental application - 14 Elm Road", "Lettings Desk", "lettings@homekey-lettings.co.uk",
     "Thank you for applying for 14 Elm Road. Unfortunately the landlord has decided to go with another applicant whose references came back first. We'll let you know about similar properties."),
    ("Re: the flat", "Gary (landlord)", "gary.pembroke@{g}",
     "Sorry mate, I've decided to let it to someone else. They could move in sooner. Good luck with the search."),
    ("Loan application decision", "QuickCash Loans", "decisions@quickcashloans.co.uk",
     "We're sorry, we are unable to approve your loan application at this time. This decision was based on information from a credit reference agency."),
    ("Housing bid update", "Homes Register", "noreply@homesregister.gov.uk",
     "Your bid for property ref H2231 was unsuccessful. The property has been offered to an applicant with a higher priority band."),
    ("College application: Level 3 Hospitality", "Admissions", "admissions@westgatecollege.ac.uk",
     "Thank you for applying to Westgate College. We regret that we are unable to offer you a place on this course for September, as it is now full."),
    ("Sunday league registration", "Riverside FC", "riversidefc.secretary@{g}",
     "Hi, sorry but the squad is full for this season so we can't register you. Try again in the summer!"),
    ("Gym membership", "FitBox", "members@fitbox.co.uk",
     "Your application for the corporate membership rate was declined as your employer is not on our partner list."),
    ("Allotment waiting list", "Parks Department", "allotments@eastfield.gov.uk",
     "Thank you for your application for an allotment. There are currently no plots available and you have been placed on the waiting list."),
    ("Visa appointment", "VFS Appointments", "noreply@visa-appointments.example",
     "Your biometrics appointment request could not be accepted because the documents uploaded were unclear. Please resubmit."),
    ("Congratulations! Home job offer 💰", "Remote Jobs Team", "hr.dept.recruit2026@{g}",
     "You have been SELECTED for our work from home data entry position!! Earn £500 a day from home, no experience needed. To start just pay the £49 starter kit fee by bank transfer and send a copy of your passport."),
    ("Job Offer - Mystery Shopper", "Amazing Shoppers Ltd", "offers@amaz1ng-shoppers.biz",
     "We are pleased to offer you the position of Mystery Shopper. You will receive a cheque for £2,000, deposit it, keep £300 and wire the rest to our agent. Reply with your bank details to accept."),
    ("URGENT: parcel driver job - start today", "Driver Hiring", "recruit@fastcash-drivers.top",
     "Earn £1,200 a week delivering parcels!! No interview!! Click here to claim your job and pay £75 for your uniform and ID badge."),
    ("Your credit card application", "Northbank", "noreply@northbank.co.uk",
     "We're sorry to tell you that we can't offer you a credit card at the moment."),
    ("Dog adoption application", "Happy Paws Rescue", "adopt@happypawsrescue.org",
     "Thank you for your interest in Bella. Unfortunately we don't think she'd suit a home where everyone works long shifts, so we won't be proceeding with your application."),
    ("Re: sofa on Marketplace", "Ryan P", "ryanp88@{g}", "Sorry it's gone, someone picked it up this morning."),
    ("Your mum's birthday", "Auntie Jo", "jo.mcbride@{g}", "Are you coming Sunday? Bring that lovely cake again! Heard you've been job hunting, fingers crossed xx"),
]


def life(rng: random.Random, count: int) -> Iterable[dict]:
    for n in range(count):
        cf, cl, caddr = K.candidate(rng)
        subj, name, addr, body = K.pick(rng, LIFE)
        addr = addr.format(g=K.pick(rng, K.GMAILS))
        text = K.pick(rng, [f"Dear {cf},\n\n", f"Hi {cf},\n\n", ""]) + body + "\n\n" + K.pick(rng, ["Regards", "Thanks", "", "Kind regards,\nCustomer Team"])
        yield _rec("life", n, from_name=name, from_addr=addr, to_addr=caddr, subject=subj, body_text=text, company=None)


# ---------------------------------------------------------------- events and courses
EVENTS = [
    ("Open hiring day - {co} {town}", "We're hiring! Come along to our open day on {date}, 10am-4pm. Walk-in interviews for all roles, no CV needed. Everyone welcome.", True),
    ("Jobs fair at the Civic Centre", "Over 40 local employers including care homes, supermarkets and the council will be at the jobs fair on {date}. Free entry.", False),
    ("Free forklift course - places available", "Get your counterbalance licence in 3 days, fully funded for people in {town} who are out of work. Reply to reserve a place.", False),
    ("SIA Door Supervisor training - 20% off", "Start your security career. Our next SIA course starts {date}. Book now.", False),
    ("Food Hygiene Level 2 online - £15", "Most kitchens want Level 2. Complete it online in an afternoon and download your certificate.", False),
    ("Webinar: nail your next interview", "Join careers coach {mgr2} live on {date} at 7pm to learn how to answer 'tell me about yourself'. Register free.", False),
    ("Jobcentre workshop invitation", "You're invited to a CV and interview skills workshop at the Jobcentre on {date}. Please bring your CV.", False),
    ("{co} is recruiting - Christmas temps", "Our seasonal recruitment open evening is on {date}. Drop in, meet the team and find out about the roles.", True),
]


def events(rng: random.Random, count: int) -> Iterable[dict]:
    for n in range(count):
        co = K.employer(rng)
        cf, cl, caddr = K.candidate(rng)
        ctx = C.context(rng, co, cf, "x")
        subj, body, about_co = K.pick(rng, EVENTS)
        text = f"Hi {cf},\n\n" + C.fill(rng, body, ctx) + "\n\n" + K.pick(rng, ["See you there!", "Unsubscribe", "Reply STOP to opt out."])
        sender = (f"{co[0]}", f"events@{co[2]}") if about_co else K.pick(rng, [("Skills Hub", "info@skillshub-training.co.uk"),
                                                                             ("Town Jobs Network", "hello@townjobsnet.org"),
                                                                             ("DWP Work Coach", "workcoach@jobcentre.example.gov.uk")])
        yield _rec("events", n, from_name=sender[0], from_addr=sender[1], to_addr=caddr, subject=C.fill(rng, subj, ctx),
                   body_text=text, company=co[0] if about_co else None)


# ---------------------------------------------------------------- system / automated
def system(rng: random.Random, count: int) -> Iterable[dict]:
    for n in range(count):
        co = K.employer(rng)
        cf, cl, caddr = K.candidate(rng)
        mf, ml = K.person(rng)
        ctx = C.context(rng, co, cf, f"{mf} {ml}")
        k = rng.randrange(6)
        company = co[0]
        if k == 0:
            name, addr = f"{mf} {ml}", f"{mf.lower()}@{co[2]}"
            subj = f"Automatic reply: {ctx['role']} application"
            text = f"Hi, I'm on annual leave until {ctx['date']} with no access to email. For urgent rota queries call the store on 01{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}.\n\n{mf}"
        elif k == 1:
            name, addr = "Mail Delivery Subsystem", "mailer-daemon@googlemail.com"
            subj = "Delivery Status Notification (Failure)"
            text = f"Address not found\n\nYour message wasn't delivered to jobs@{co[2]} because the address couldn't be found.\n\n----- Original message -----\nSubject: Application - {ctx['role']}\n\nHi, please find my CV attached for the {ctx['role']} job."
        elif k == 2:
            name, addr = "Google Calendar", "calendar-notification@google.com"
            subj = f"Reminder: Trial shift @ {co[0]} {ctx['slot']}"
            text = f"Trial shift - {co[0]}\nWhen: {ctx['slot']}\nWhere: {co[0]}, {ctx['town']}\nYou are receiving this reminder because you set it in Google Calendar."
        elif k == 3:
            name, addr = f"{mf} {ml}", f"{mf.lower()}@{co[2]}"
            subj = f"Accepted: Interview - {ctx['role']}"
            text = f"{mf} {ml} has accepted this invitation.\n\nInterview - {ctx['role']}\n{ctx['slot']}"
        elif k == 4:
            name, addr = f"{co[0]} Careers", f"no-reply@{K.pick(rng, K.RELAYS)}"
            subj = "Assessment completed - thank you"
            text = f"Hi {cf},\n\nThanks for completing the {co[0]} online assessment. Your answers have been submitted and there's nothing else you need to do right now.\n\n{co[0]} Recruitment"
        else:
            name, addr = "SlotPicker", "bookings@slotpicker.app"
            subj = f"Booking confirmed: {co[0]} - interview"
            text = f"Your booking is confirmed.\n\n{co[0]} - {ctx['role']} interview\n{ctx['slot']}\nNeed to change? Use the link in your original invitation."
        yield _rec("system", n, from_name=name, from_addr=addr, to_addr=caddr, subject=subj, body_text=text, company=company)


# ---------------------------------------------------------------- Sent folder
FB_REQ = [
    "Hi {mgr}, thanks for letting me know. Would you be able to tell me what I could improve on for next time?",
    "Thanks for getting back to me. Gutted but I understand. Is there anything I did on the trial shift that let me down?",
    "Hi, sorry to hear that. Could I ask for some feedback on my group interview please? It would really help me.",
    "Hello {mgr}, thank you for the update. I'd be grateful for any feedback on my application so I know what to work on.",
    "Thanks for telling me. Just wondering - was it my experience or something in the interview? Any pointers would help",
    "hi, thanks for the email. could you tell me why i didnt get it? just so i can do better next time",
    "Dear Sir/Madam, I recently received an email saying my application for {role} was unsuccessful. Please could you provide feedback on my assessment day?",
    "Hi {mgr}, no worries. If you've got a minute could you let me know what I should work on? I really wanted this one.",
]
OTHER_SENT = [
    ("withdraw", "Hi {mgr}, thanks for the offer of an interview but I've accepted another job so I'll have to withdraw. Sorry for any trouble."),
    ("withdraw", "Hello, please withdraw my application for {role}. I've decided to stay where I am for now. Thanks"),
    ("accept", "Hi {mgr}, yes please! I'd love to accept. I'm a size M for the polo. See you {date}."),
    ("accept", "Thank you so much for the offer, I'm happy to accept the {role} position. I'll send my bank details tonight."),
    ("schedule", "Hi, {slot} is perfect, I'll be there. Thanks!"),
    ("schedule", "Hi {mgr}, I can't do Tuesday as I'm working, could I do Wednesday afternoon instead?"),
    ("thanks", "Thanks for having me today, I really enjoyed the trial shift. Hope to hear from you soon!"),
    ("thanks", "Thank you for your time at the interview this morning. It was great to see the home and meet the residents."),
    ("apply", "Hi, I saw your sign in the window. Please find my CV attached for the {role} job. I'm available evenings and weekends."),
    ("apply", "Dear Hiring Manager, I'd like to apply for the {role} role advertised on Indeed. I have two years' experience and can start immediately. CV attached."),
    ("chase", "Hi, just checking if you got my application for {role}? Thanks"),
    ("rota", "Hi {mgr}, can I swap my Sunday shift? My sister's getting married. {mgr2} said she'd cover."),
]


FB_REQ_OUTLOOK = [
    "Dear {mgr},\n\nThank you for letting me know the outcome. I was disappointed, as I really enjoyed meeting the team. Would it be possible to have some brief feedback on my interview, so that I can improve for future applications?\n\nKind regards,",
    "Hello,\n\nI have received the email below regarding my application for {role}. I would appreciate any feedback on where my application or assessment fell short.\n\nThank you,",
    "Hi {mgr},\n\nThanks for the email. Could you let me know if there was anything specific from the assessment day that I should work on? Any comments from the assessors would be really useful.\n\nMany thanks,",
]


def sent(rng: random.Random, fam: str, count: int, formal: bool, outlook: bool = False) -> Iterable[dict]:
    for n in range(count):
        co = K.employer(rng)
        cf, cl, caddr = K.candidate(rng)
        mf, ml = K.person(rng)
        ctx = C.context(rng, co, cf, mf)
        mgr_addr = K.pick(rng, [f"{mf.lower()}@{co[2]}", f"recruitment@{co[2]}", f"{mf.lower()}{ml[:1].lower()}@{K.pick(rng, K.GMAILS)}"])
        labels: list[str] = []
        quoted = ""
        if rng.random() < 0.55:
            labels = ["feedback_request"]
            new = C.fill(rng, K.pick(rng, FB_REQ_OUTLOOK if outlook else FB_REQ), ctx)
            d = C.decide(rng, K.pick(rng, ["rej", "rej_reason"]), ctx)
            quoted = "Hi " + cf + ",\n\n" + "\n\n".join(d["paras"]) + f"\n\n{mf}"
            subj = "Re: " + C.fill(rng, K.pick(rng, C.SUBJ["rej"]), ctx).replace("Re: ", "")
        else:
            kind, tpl = K.pick(rng, OTHER_SENT)
            new = C.fill(rng, tpl, ctx)
            subj = {"withdraw": "Re: interview", "accept": "Re: Job offer", "schedule": "Re: Interview - {role}",
                    "thanks": "Thank you", "apply": "Application - {role}", "chase": "{role} application",
                    "rota": "Sunday shift"}[kind]
            subj = C.fill(rng, subj, ctx)
            if kind == "accept":
                quoted = C.fill(rng, K.pick(rng, S.OFFER), ctx)
            elif kind in ("schedule", "withdraw"):
                quoted = C.fill(rng, K.pick(rng, S.INVITE), ctx)
            if kind == "rota":
                co = (None, co[1], co[2])
        sig = f"{cf} {cl}" if formal else K.pick(rng, [cf, f"{cf}\n{K.pick(rng, K.PHONE_SIGS)}", cf[0], ""])
        body = new + "\n\n" + sig
        if formal and rng.random() < 0.5:
            body += f"\n07{rng.randrange(700, 999)} {rng.randrange(100000, 999999)}"
        if quoted:
            if outlook:
                body += "\n\n" + K.quote_outlook(rng, f"{co[0] or mf} Recruitment", mgr_addr, f"{cf} {cl}", subj.replace("Re: ", ""), quoted)
            else:
                body += "\n\n" + K.quote(rng, mf, mgr_addr, caddr, subj.replace("Re: ", ""), quoted)
        yield _rec(fam, n, folder="Sent", from_name=f"{cf} {cl}", from_addr=caddr, to_addr=mgr_addr, subject=subj,
                   body_text=body, labels=labels, company=co[0])


def generate(rng: random.Random) -> Iterable[dict]:
    yield from current_job(rng, 30)
    yield from digests(rng, 28)
    yield from life(rng, 34)
    yield from events(rng, 24)
    yield from system(rng, 26)
    yield from sent(rng, "sentphone", 42, False)
    yield from sent(rng, "sentformal", 25, True)
    yield from sent(rng, "sentoutlook", 25, True, outlook=True)
