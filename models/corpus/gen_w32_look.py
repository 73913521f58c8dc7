"""w32 (early careers): student look-alikes with no label - careers-service newsletters, fairs and
mentoring, university admin (admissions, scholarships, exams, housing, visas), societies, friends,
scam internship 'offers', blog digests about rejections and offers, auto-replies and bounces.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w32_en as E  # noqa: E402
import _w32_kit as K  # noqa: E402
from _w32_compose import _ctx, fmt  # noqa: E402

FAMILY_PREFIX = "w32look"
P = K.pick


def _fill(rng, key_bank, key, cf, sf, sl):
    c = _ctx(rng, P(rng, K.ALL_COMPANIES), cf, sf, sl)
    subj, cores = key_bank[key]
    if key in ("society", "visa", "exam"):  # these subjects name what the body says
        i = rng.randrange(len(cores))
        return fmt(subj[i], c), fmt(cores[i], c), c
    return fmt(P(rng, subj), c), fmt(P(rng, cores), c), c


def careers(rng: random.Random) -> Iterable[dict]:
    fam = "w32look-careers"
    plan = ["careers_news"] * 8 + ["fair"] * 7 + ["mentoring"] * 6 + ["appt"] * 5 + ["vacancy_digest"] * 5 + ["survey"] * 3
    rng.shuffle(plan)
    for n, kind in enumerate(plan, 1):
        uni_i = rng.randrange(len(K.UNIS))
        uni, dom = K.UNIS[uni_i], K.UNI_DOMAINS[uni_i]
        cf, cl = K.person(rng)
        sf, sl = K.person(rng)
        to = K.student_addr(rng, cf, cl)
        if kind in ("careers_news", "fair", "mentoring"):
            subj, core, c = _fill(rng, E.NEG_GEN, kind, cf, sf, sl)
            extra = P(rng, [
                "Also this week: drop-in CV checks (no appointment needed), and a talk on applying for graduate schemes if you're an international student.",
                "Don't forget our online practice aptitude tests - free with your university login.",
                "Reminder: the library careers corner is open until 8pm during exam season.",
                "",
            ])
        elif kind == "appt":
            i = rng.randrange(3)
            subj = ["Your careers appointment is confirmed", "Appointment reminder: Mock Interview", "Booking cancelled: CV review"][i]
            core = ([f"Your 30-minute guidance appointment with {sf} {sl} is confirmed for {P(rng, K.DATES)} at {P(rng, K.TIMES)}. Bring a draft of any application you'd like to discuss.",
                           f"This is a reminder of your mock interview practice session tomorrow. It's a safe space - your adviser will give you tips on answering competency questions.",
                           "Your CV review appointment has been cancelled as your adviser is unwell. Please rebook via the careers portal."])[i]
            extra = ""
        elif kind == "vacancy_digest":
            cos = rng.sample(K.ALL_COMPANIES, 4)
            subj = P(rng, ["Opportunities bulletin - internships & placements", "Vacancies for finalists this week", "Summer work for first and second years"])
            core = "\n".join(f"* {P(rng, K.PROGRAMMES)} - {c} (closes {P(rng, K.DATES)})" for c in cos)
            extra = "Apply through each employer's website. We do not forward applications."
        else:
            subj = P(rng, ["Graduate Outcomes survey - 5 minutes", "Tell us how your job search is going"])
            core = "Whether you've had offers, rejections or haven't started applying yet, your answers help us plan support for next year's students."
            extra = ""
        greet = P(rng, [f"Dear {cf},", "Hi everyone,", f"Hello {cf}!", "Dear student,"])
        sign = P(rng, [f"Careers & Employability Service\n{uni}", f"{sf} {sl}\nCareers Consultant, {uni}", "The Careers Team"])
        foot = P(rng, ["You receive this as a registered student. Update your mailing preferences in the careers portal.", "", "Unsubscribe from careers newsletters"])
        parts = [greet, core, extra, sign, foot]
        body = "\n\n".join(x for x in parts if x)
        html = None
        if kind in ("careers_news", "fair") and rng.random() < 0.5:
            html = K.html_wrap(parts, rng, brand=f"{uni} Careers")
            if rng.random() < 0.5:
                body = ""
        yield K.rec(fam, n, from_name=P(rng, [f"{uni} Careers", "Careers Service", f"{sf} {sl}"]),
                    from_addr=P(rng, [f"careers@{dom}", f"employability@{dom}", f"noreply@careers.{dom}"]),
                    to_addr=to, subject=subj, body_text=body, body_html=html)


def campus_life(rng: random.Random) -> Iterable[dict]:
    fam = "w32look-campuslife"
    plan = ["admission"] * 7 + ["scholarship"] * 6 + ["exam"] * 4 + ["society"] * 7 + ["housing"] * 4 + ["visa"] * 3 + ["personal"] * 6
    rng.shuffle(plan)
    for n, kind in enumerate(plan, 1):
        cf, cl = K.person(rng)
        sf, sl = K.person(rng)
        to = K.student_addr(rng, cf, cl)
        subj, core, c = _fill(rng, E.NEG_GEN, kind, cf, sf, sl)
        uni_i = rng.randrange(len(K.UNIS))
        dom = K.UNI_DOMAINS[uni_i]
        if kind == "personal":
            fn, fa = f"{sf} {sl}", K.student_addr(rng, sf, sl)
            body = core + "\n\n" + P(rng, [sf, f"x {sf}", "", f"{sf.lower()}"])
            if rng.random() < 0.3:
                subj = "Re: " + subj.removeprefix("Re: ")
                body += "\n\n" + K.quote_gmail(P(rng, ["did you get the email about the interview?", "are you around this weekend?", "can you send me the slides"]),
                                               P(rng, K.QUOTE_WHEN), f"{cf} {cl}", to)
        elif kind == "society":
            soc = P(rng, ["FinSoc", "Consulting Society", "Women in Tech Society", "Climbing Club", "Debating Union", "Robotics Society"])
            fn, fa = soc, f"{soc.lower().replace(' ', '')}@su.{dom}"
            body = f"Hey {cf}!\n\n{core}\n\nSee you there,\n{soc} Committee\n\nYou're getting this because you joined at the freshers' fair."
        elif kind == "housing":
            fn, fa = P(rng, [("Accommodation Office", f"accommodation@{dom}"), (f"{sf} {sl}", f"{K.ascii_local(sf)}.lettings@gmail.com")])
            body = f"Dear {cf},\n\n{core}\n\nKind regards,\n{fn}"
        elif kind == "visa":
            fn, fa = "Visa and Immigration Services", "noreply@visas-services.gov.example"
            body = f"Dear {cf} {cl},\n\n{core}\n\nThis is an automated message."
        else:
            office = {"admission": "Postgraduate Admissions", "scholarship": "Scholarships Office", "exam": "Student Records"}[kind]
            fn, fa = f"{K.UNIS[uni_i]} {office}", f"{office.split()[0].lower()}@{dom}"
            body = "\n\n".join([P(rng, [f"Dear {cf},", f"Dear {cf} {cl},", "Dear Applicant,"]), core,
                                P(rng, ["Yours sincerely,", "Best wishes,", "Kind regards,"]) + "\n" + office + "\n" + K.UNIS[uni_i]])
        yield K.rec(fam, n, from_name=fn, from_addr=fa, to_addr=to, subject=subj, body_text=body)


def scam_digest(rng: random.Random) -> Iterable[dict]:
    fam = "w32look-scamdigest"
    plan = ["scam"] * 11 + ["digest"] * 9 + ["alert"] * 6 + ["profile"] * 3
    rng.shuffle(plan)
    blogs = [("The Grad Ladder", "gradladder.blog"), ("InternInsider", "interninsider.co"), ("Offer Season Weekly", "offerseason.substack.com"),
             ("First Job Files", "firstjobfiles.com")]
    for n, kind in enumerate(plan, 1):
        cf, cl = K.person(rng)
        sf, sl = K.person(rng)
        to = K.student_addr(rng, cf, cl)
        subj, core, c = _fill(rng, E.NEG_GEN, kind, cf, sf, sl)
        if kind == "scam":
            fake = P(rng, ["Global Talent Bridge Ltd", "Apex Remote Careers", "Silverline Intl Recruitment"])
            fn = P(rng, ["HR Manager", fake, f"Mr. {sl} (HR)"])
            fa = P(rng, [f"hr.{K.ascii_local(sl)}{rng.randrange(10, 99)}@gmail.com", "careers.offer@mail-hr.xyz", "recruit@apexremote-careers.top"])
            body = core + "\n\n" + P(rng, ["Regards,\nHR Department", f"Best Regards\n{fake}\nWhatsApp: +1 (555) 0{rng.randrange(100, 999)}", "Reply within 24 hours or offer will expire!!!"])
        elif kind == "digest":
            blog, bdom = P(rng, blogs)
            fn, fa = blog, f"hello@{bdom}"
            body = "\n\n".join([P(rng, ["Hi friend,", f"Hey {cf},", ""]), core,
                                P(rng, ["Read the full post \u2192", "Continue reading on the blog", ""]),
                                f"You're subscribed to {blog}. Unsubscribe any time."])
        else:
            plat, pdom = P(rng, K.PLATFORMS)
            fn, fa = plat, f"alerts@{pdom}"
            body = "\n\n".join([core, f"{plat} | Manage alerts | Unsubscribe"])
        html = None
        if kind != "scam" and rng.random() < 0.5:
            html = K.html_wrap(body.split("\n\n"), rng, brand=fn)
            if rng.random() < 0.5:
                body = ""
        yield K.rec(fam, n, from_name=fn, from_addr=fa, to_addr=to, subject=subj, body_text=body, body_html=html)


def system(rng: random.Random) -> Iterable[dict]:
    fam = "w32look-system"
    for n in range(1, 15):
        cf, cl = K.person(rng)
        sf, sl = K.person(rng)
        to = K.student_addr(rng, cf, cl)
        co = P(rng, K.ALL_COMPANIES)
        dom = K.slug(co) + ".com"
        kind = P(rng, ["ooo", "ooo", "bounce", "ticket"])
        if kind == "ooo":
            subj = P(rng, ["Automatic reply: Request for feedback", "Out of Office: Re: Internship application", "Auto-Reply: Thank you - interview",
                           "Automatic reply: Withdrawal of application"])
            body = P(rng, [f"Thank you for your email. I am on annual leave until {P(rng, K.DATES)} with limited access to email. For urgent recruitment queries please contact graduates@{dom}.",
                           f"Hi, I'm currently at a university careers fair and will reply when I'm back in the office. Thanks for your patience!\n\n{sf}",
                           P(rng, E.OOO).replace("{date}", P(rng, K.DATES))])
            fn, fa, company = f"{sf} {sl}", f"{K.ascii_local(sf)}.{K.ascii_local(sl)}@{dom}", co
        elif kind == "bounce":
            subj = P(rng, ["Undeliverable: Application for Summer Internship", "Delivery Status Notification (Failure)", "Mail delivery failed: returning message to sender"])
            body = (f"Your message to recruitment@{dom} couldn't be delivered.\n\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\n"
                    f"Diagnostic information: 550 5.1.1 User unknown\n\n----- Original message -----\nSubject: Application for Summer Internship\n\nDear Hiring Team, please find attached my CV...")
            fn, fa, company = "Mail Delivery Subsystem", "mailer-daemon@googlemail.com", None
        else:
            subj = f"[Ticket #{rng.randrange(10000, 99999)}] We've received your query"
            body = f"Thanks for contacting the {co} candidate helpdesk. Your query about resetting your portal password has been logged and we'll reply within 3 working days."
            fn, fa, company = f"{co} Candidate Support", f"support@{dom}", co
        yield K.rec(fam, n, from_name=fn, from_addr=fa, to_addr=to, subject=subj, body_text=body, company=company)


def generate(rng: random.Random) -> Iterable[dict]:
    yield from careers(rng)
    yield from campus_life(rng)
    yield from scam_digest(rng)
    yield from system(rng)
