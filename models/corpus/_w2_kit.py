"""Shared pieces for the ``gen_w2_*`` generators: people, employers, dates, and the message shells.

A *shell* is one writer persona / mail style (ATS relay notice, careers portal, founder note, agency
recruiter, hiring manager, formal letter, threaded reply, Outlook block, forward, phone-typed note).
Shells are label-blind: they wrap whatever content a generator hands them, so no greeting, footer or
signature in here carries a label. Family names are the shell names, prefixed ``w2-``.
Not a generator itself (the leading underscore keeps build.py from loading it).
"""

from __future__ import annotations

import html as _html
import random
import re
from typing import Any

FIRST = [
    "Priya", "Tomasz", "Aisha", "Mateo", "Hannah", "Kwame", "Yuki", "Lars", "Fatima", "Diego", "Chloe",
    "Oluwaseun", "Ingrid", "Rafael", "Mei", "Siobhan", "Arjun", "Noor", "Elena", "Ben", "Camille",
    "Dmitri", "Grace", "Hamid", "Ivy", "Jonas", "Kira", "Luca", "Maya", "Nikhil", "Orla", "Pablo",
    "Rosa", "Sven", "Tariq", "Vikram", "Wen", "Zainab", "Alex", "Sam", "Jordan", "Robin", "Theo",
    "Leah", "Marcus", "Nadia", "Owen", "Paula", "Femi", "Greta", "Hugo", "Anouk", "Bilal", "Carys",
]
LAST = [
    "Okafor", "Lindqvist", "Moreau", "Castillo", "Nakamura", "Brennan", "Haddad", "Kowalski", "Mensah",
    "Patel", "Schreiber", "Duarte", "O'Neill", "Fischer", "Rossi", "Chen", "Abebe", "Varga", "Iyer",
    "Novak", "Whitfield", "Adeyemi", "Sato", "Hargreaves", "Delacroix", "Petrov", "Quinn", "Bianchi",
    "Gallagher", "Santos", "Keller", "Mwangi", "Ahmed", "Larsen", "Tanaka", "Ferreira", "Ozturk",
    "Walsh", "Kim", "Nguyen", "Byrne", "Eriksen", "Mahlangu", "Vos", "Ramos",
]
MAILHOSTS = ["gmail.com", "outlook.com", "fastmail.com", "proton.me", "hey.com", "icloud.com", "posteo.net", "yahoo.co.uk"]

COMPANIES = [
    "Northpeak Analytics", "Brightwater Labs", "Corvid Systems", "Halden Logistics", "Meridian Health Partners",
    "Tidepool Software", "Oakridge Insurance Group", "Quillfeather", "Lumen & Vale", "Kestrel Robotics",
    "Saltmarsh Games", "Bluefin Payments", "Arbor Civic Tech", "Fernhill Energy", "Copperline Media",
    "Granite Bay Bank", "Wavecrest", "Helix Freight", "Orchard AI", "Stonebridge Consulting", "Nimbus Retail",
    "Lattice Bio", "Redkite Security", "Harbourview Hotels", "Juniper Learning", "Mosaic Foods", "Vantage Rail",
    "Sparrowhawk", "Cobalt Street", "Driftwood Travel", "Ironleaf", "Parcelpoint", "Ledgerly", "Fableworks",
    "Trellis Health", "Summit Ridge Capital", "Blue Heron Pharma", "Atlas & Finch", "Greyline", "Brisk",
    "Polaris Maritime", "Zephyr Mobility", "Thistle Bank", "Canopy Climate", "Rowan Analytics", "Ember Foods",
    "Cartwheel", "Northgate Council", "Hollow Oak Games", "Silverline Telecom", "Beacon Street Legal",
    "Marigold Care", "Quarry Labs", "Tandem Cycles", "Pebble & Post", "Loomstack", "Veridian Water",
    "Kinfolk Health", "Outrider Maps", "Ravenscourt University", "Gullwing Aero", "Spindle", "Hearth Homes",
]
ROLES = [
    "Backend Engineer", "Senior Data Analyst", "Product Designer", "Site Reliability Engineer",
    "Frontend Developer", "Machine Learning Engineer", "Engineering Manager", "QA Automation Engineer",
    "Product Manager", "DevOps Engineer", "Data Engineer", "Staff Software Engineer", "iOS Developer",
    "Android Engineer", "Security Engineer", "Technical Writer", "Solutions Architect", "UX Researcher",
    "Junior Python Developer", "Platform Engineer", "Full Stack Developer", "Customer Success Manager",
    "Marketing Analyst", "BI Developer", "Cloud Engineer", "Embedded Software Engineer",
    "Graduate Software Engineer", "Head of Data", "Research Scientist", "Operations Coordinator",
    "Financial Analyst", "Content Strategist", "Support Engineer", "Senior Go Developer",
    "Data Scientist (Pricing)", "Lead Frontend Engineer", "Analytics Engineer", "Mobile Tech Lead",
]
AGENCIES = [
    "Harlow Talent", "Bridgepoint Search", "Cinder Recruitment", "Oakline People", "Foxglove Partners",
    "TalentForge Associates", "Meadow & Reed Recruitment", "Signal Hire", "Keystone Tech Search", "Nordlys Talent",
]
RELAYS = [
    "talentmail-relay.net", "hire-notify.io", "applyline-mail.com", "pipelinehq-mail.net", "recruitpost.io",
    "ats-send.com", "hireloop-mailer.app", "workstream-hr.net", "candidatehub-notify.io", "jobrelay.co",
    "mail.staffbase-ats.com", "notify.hiringdesk.io",
]
ATS_BRANDS = ["Applyline", "HireLoop", "PipelineHQ", "RecruitPost", "HiringDesk", "CandidateHub"]
TITLES_RECRUIT = [
    "Talent Acquisition Partner", "Technical Recruiter", "Recruitment Coordinator", "People Partner",
    "Senior Recruiter", "Talent Partner, Engineering", "Recruiting Lead", "HR Generalist",
]
TITLES_HM = [
    "Engineering Manager, Payments", "Head of Engineering", "Director of Data", "CTO", "VP Product",
    "Design Lead", "Team Lead, Platform", "Principal Engineer", "Head of Analytics", "Co-founder & CEO",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def pick(rng: random.Random, seq: list) -> Any:
    """One element, chosen with the generator's own RNG (keeps the build deterministic)."""
    return seq[rng.randrange(len(seq))]


def some(rng: random.Random, seq: list, lo: int, hi: int) -> list:
    """Between lo and hi distinct elements, in random order."""
    return rng.sample(seq, min(len(seq), rng.randint(lo, hi)))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("&", "and"))


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    """Fill ``{placeholders}`` from the context; unknown ones stay visible so tests would spot them."""
    return text.format_map(_Safe(ctx))


def new_ctx(rng: random.Random, company: str | None = None) -> dict:
    """A fresh set of people, employer, role and dates for one message."""
    cf, cl = pick(rng, FIRST), pick(rng, LAST)
    sf, sl = pick(rng, FIRST), pick(rng, LAST)
    hf, hl = pick(rng, FIRST), pick(rng, LAST)
    co = company or pick(rng, COMPANIES)
    tld = pick(rng, [".com", ".io", ".co", ".com", ".co.uk", ".de", ".eu"])
    day_i = rng.randrange(5)
    year = pick(rng, [2024, 2025, 2025])
    month = rng.randrange(12)
    dom = rng.randint(1, 28)
    hour = rng.randint(8, 17)
    cand_addr = pick(rng, [
        f"{cf.lower()}.{slug(cl)}@{pick(rng, MAILHOSTS)}", f"{cf[0].lower()}{slug(cl)}@{pick(rng, MAILHOSTS)}",
        f"{slug(cl)}.{cf.lower()}{rng.randint(1, 99)}@{pick(rng, MAILHOSTS)}", f"{cf.lower()}@{slug(cl)}.dev",
    ])
    return {
        "first": cf, "last": cl, "cand": f"{cf} {cl}", "cand_addr": cand_addr,
        "sfirst": sf, "slast": sl, "sender": f"{sf} {sl}",
        "hm": f"{hf} {hl}", "hmfirst": hf, "hmtitle": pick(rng, TITLES_HM),
        "rtitle": pick(rng, TITLES_RECRUIT),
        "company": co, "co": co, "cdomain": slug(co) + tld,
        "role": pick(rng, ROLES),
        "job_id": pick(rng, [f"R-{rng.randint(10000, 99999)}", f"JR{rng.randint(1000, 9999)}",
                             f"{rng.randint(2023, 2025)}-{rng.randint(100, 9999):04d}", f"REQ-{rng.randint(100, 999)}",
                             f"#{rng.randint(1000, 99999)}"]),
        "day": DAYS[day_i], "day2": DAYS[(day_i + rng.randint(1, 3)) % 5],
        "time": pick(rng, ["9:30", "10:00", "11:15", "13:00", "14:30", "15:00", "16:45", "2pm", "10am", "4:30pm"]),
        "date": f"{dom} {MONTHS[month]} {year}",
        "date_us": f"{MONTHS[month]} {dom}, {year}",
        "deadline": f"{MONTHS[(month + 1) % 12]} {rng.randint(1, 28)}",
        "start": f"{rng.randint(1, 28)} {MONTHS[(month + 2) % 12]}",
        "hdr_date": f"{DAYS[day_i][:3]}, {dom} {MON3[month]} {year} at {hour:02d}:{rng.randint(0, 59):02d}",
        "hdr_date_us": f"{DAYS[day_i]}, {MONTHS[month]} {dom}, {year} {hour % 12 or 12}:{rng.randint(0, 59):02d} {'AM' if hour < 12 else 'PM'}",
        "link": pick(rng, [
            f"https://cal.{pick(rng, RELAYS)}/book/{slug(co)[:8]}-{rng.randint(100, 999)}",
            f"https://{slug(co)}.{pick(rng, RELAYS)}/schedule/{rng.randint(10**5, 10**6)}",
            f"https://meet-scheduler.example.net/{sf.lower()}-{slug(sl)}/30min",
            f"https://{slug(co)[:10]}.slotpicker.app/i/{rng.randint(1000, 9999)}",
        ]),
        "salary": pick(rng, ["£68,000", "€74,500", "$142,000", "£52,500", "€61,000", "$118,000", "£90,000", "CHF 125,000"]),
        "bonus": pick(rng, ["a 10% target bonus", "an annual bonus of up to 15%", "a sign-on bonus of 5,000",
                            "quarterly performance bonuses", "no bonus scheme but a generous equity grant"]),
        "equity": pick(rng, ["4,000", "12,500", "0.08% in", "1,800", "20,000"]),
        "agency": pick(rng, AGENCIES),
        "relay": pick(rng, RELAYS),
        "ats": pick(rng, ATS_BRANDS),
        "phone": f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        "city": pick(rng, ["London", "Manchester", "Dublin", "Berlin", "Amsterdam", "Lisbon", "Edinburgh", "Toronto", "Austin", "Remote"]),
    }


def record(ctx: dict, family: str, prefix: str, n: int, *, labels: list, subject: str, body_text: str,
           from_name: str, from_addr: str, folder: str = "INBOX", lang: str = "en",
           body_html: str | None = None, company: str | None = "__ctx__", topics: list | None = None,
           outside_control: list | None = None, to_addr: str | None = None) -> dict:
    """One corpus record in the schema of models/corpus/README.md."""
    return {
        "id": f"{prefix}-{family}-{n}",
        "family": family,
        "folder": folder,
        "lang": lang,
        "from_name": from_name,
        "from_addr": from_addr,
        "to_addr": to_addr if to_addr is not None else ctx["cand_addr"],
        "subject": subject,
        "body_text": body_text,
        "body_html": body_html,
        "labels": sorted(set(labels)),
        "company": ctx["company"] if company == "__ctx__" else company,
        "topics": sorted(set(topics or [])),
        "outside_control": sorted(set(outside_control or [])),
    }


def quote(text: str) -> str:
    """Quote a message the way most clients do on reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.splitlines())


def lowercase_terse(text: str) -> str:
    """Phone-typed style: lower case, fewer full stops at the end of lines."""
    out = []
    for ln in text.splitlines():
        ln = ln.lower()
        if ln.endswith(".") and not ln.endswith(".."):
            ln = ln[:-1]
        out.append(ln)
    return "\n".join(out)


def to_html(paragraphs: list[str], rng: random.Random, brand: str, footer: list[str]) -> str:
    """A plain marketing-style HTML body for HTML-only notifications."""
    color = pick(rng, ["#1a4d8f", "#0b6e4f", "#5b2a86", "#b03a2e", "#222222", "#00607a"])
    ps = "\n".join(
        f'<p style="margin:0 0 14px 0;font-size:15px;line-height:1.5">{_html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in paragraphs)
    fs = "".join(f'<p style="font-size:11px;color:#888">{_html.escape(f)}</p>' for f in footer)
    head = pick(rng, [
        f'<div style="background:{color};padding:18px;color:#fff;font-size:20px;font-weight:bold">{_html.escape(brand)}</div>',
        f'<table width="100%"><tr><td style="border-bottom:3px solid {color};padding:12px"><b>{_html.escape(brand)}</b></td></tr></table>',
        f'<h2 style="color:{color};font-family:Arial">{_html.escape(brand)}</h2>',
    ])
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:Helvetica,Arial,sans-serif}</style>"
            f"</head><body>{head}<div style=\"padding:20px;max-width:600px\">\n{ps}\n</div>"
            f"<div style=\"padding:12px 20px;border-top:1px solid #ddd\">{fs}</div></body></html>")


# ----------------------------------------------------------------------------------------------
# Shell parts. Every list below is used by every label (and by the negatives), on purpose.

GREET_FORMAL = ["Dear {first},", "Dear {first} {last},", "Dear {cand},", "Hello {first},", "Hi {first},",
                "Dear Candidate,", "Good morning {first},", "Dear Applicant,"]
GREET_WARM = ["Hi {first},", "Hey {first},", "Hi {first} —", "{first},", "Hello {first}!", "Hey there {first},",
              "Morning {first},", "Hi again {first},", "Hiya {first},", "Good afternoon {first},"]
SIGNOFF_TEAM = [
    "Best regards,\nThe {co} Recruiting Team", "Kind regards,\n{co} Talent Acquisition", "Sincerely,\nPeople Team | {co}",
    "Thanks,\nRecruiting @ {co}", "Warm regards,\nThe Hiring Team at {co}", "All the best,\n{co} Careers",
    "Regards,\n{co} HR", "Best wishes,\nTalent Team\n{co}", "Cheers,\nThe {co} crew",
]
FOOT_ATS = [
    "This is an automated message from an unmonitored mailbox. Please do not reply.",
    "Please do not reply to this email; replies are not read.",
    "Sent via {ats} on behalf of {co}. Manage your email preferences: https://{relay}/prefs",
    "Job ID: {job_id}",
    "Reference: {job_id} · {role} · {city}",
    "You are receiving this email because you applied for a job at {co}. Privacy policy: https://{relay}/privacy",
    "Powered by {ats}",
    "To view your application history, sign in to your candidate portal.",
    "Do not reply – this address is not monitored. For questions, visit our careers help centre.",
    "© {co}. All rights reserved.",
    "Unsubscribe from candidate communications | Data protection notice",
]
FOOT_LEGAL = [
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it.",
    "{co} Ltd is registered in England and Wales, company number {num}. Registered office: 4 Quay Street, {city}.",
    "We process candidate data in line with our recruitment privacy notice, available on our careers site.",
    "Please consider the environment before printing this email.",
    "The information in this message is intended for the named recipient only.",
]
MOBILE = ["Sent from my iPhone", "Sent from my phone", "Sent from Outlook for Android", "Get Outlook for iOS",
          "sent from mobile, excuse brevity", "Typed on a tiny keyboard — forgive typos", "Sent from my Pixel"]


def _sig_person(rng: random.Random, ctx: dict, kind: str) -> str:
    if kind == "recruiter":
        return pick(rng, [
            "{sender}\n{rtitle} | {co}",
            "{sfirst}\n\n{sender}\n{rtitle}\n{co} · {city}",
            "Best,\n{sfirst}",
            "Thanks!\n{sender}\n{rtitle}\nm: {phone}",
            "{sender} (she/her)\n{rtitle}, {co}",
            "{sender} (he/him)\n{rtitle}\n{cdomain}",
            "Speak soon,\n{sfirst}",
            "Kind regards,\n\n{sender}\n{rtitle}",
        ])
    if kind == "hm":
        return pick(rng, [
            "{hm}\n{hmtitle}", "Cheers,\n{hmfirst}", "— {hmfirst}", "Thanks,\n{hmfirst}\n{hmtitle}, {co}",
            "Best,\n{hm}", "{hmfirst}", "Talk soon,\n{hmfirst}", "Regards,\n{hm}\n{hmtitle}\n{co}",
        ])
    if kind == "agency":
        return pick(rng, [
            "{sender}\nSenior Consultant | {agency}\nM: {phone}",
            "Kind regards,\n{sfirst}\n\n{sender} | Principal Recruiter\n{agency}\nwww.{agency_dom}",
            "Thanks,\n{sfirst}\n{agency} – Technology Practice",
            "Best,\n{sender}\nDirector, {agency}\nDirect: {phone}\n{agency} is acting as an employment agency in relation to this vacancy.",
            "Cheers\n{sfirst}",
        ])
    return "{sfirst}"


def _org_addr(rng: random.Random, ctx: dict, role: str) -> tuple[str, str]:
    if role == "recruiter":
        return ctx["sender"], pick(rng, ["{fl}@{d}", "{f}.{l}@{d}", "{f}@{d}", "{f}{l0}@{d}"]).format(
            f=ctx["sfirst"].lower(), l=slug(ctx["slast"]), l0=slug(ctx["slast"])[0], fl=ctx["sfirst"][0].lower() + slug(ctx["slast"]),
            d=ctx["cdomain"])
    f, l = ctx["hm"].split(" ", 1)
    return ctx["hm"], pick(rng, ["{f}@{d}", "{f}.{l}@{d}"]).format(f=f.lower(), l=slug(l), d=ctx["cdomain"])


# The content dict a generator hands a shell:
#   formal: list[str] paragraphs (neutral/formal register)
#   casual: list[str] paragraphs (chatty register)
#   gist:   a one-line summary a forwarding colleague or a phone-typed note would write
#   subjects: list[str] specific subjects; generic ones are mixed in here
#   labels, topics, outside_control, company (optional override)
#   kind: "org" (from the employer/agency) for everything in the shells below

GENERIC_SUBJ = [
    "Your application", "Update", "Your application to {co}", "{role}", "Application update", "Following up",
    "Next steps", "{co} – {role}", "Re: {role} at {co}", "Re: our conversation", "Quick update", "{role} ({job_id})",
    "Regarding your application", "News on your application", "Checking in", "Your candidacy", "Hello from {co}",
    "{co} recruitment", "Re: Application for {role}", "Update on {role}", "A note from {co}",
]


def subject_for(rng: random.Random, content: dict, p_generic: float = 0.45) -> str:
    if rng.random() < p_generic or not content.get("subjects"):
        return pick(rng, GENERIC_SUBJ)
    return pick(rng, content["subjects"])


def _body(greet: str, paras: list[str], sig: str) -> str:
    parts = [greet] if greet else []
    parts += paras
    if sig:
        parts.append(sig)
    return "\n\n".join(parts)


PRIOR_CANDIDATE_MSGS = [
    ("Quick question about the {role} role", "Hi {sfirst},\n\nHope you're well. I just wanted to check whether there was any news on the {role} position? Happy to provide anything else you need.\n\nBest,\n{first}"),
    ("Thank you", "Hi {sfirst},\n\nThanks so much for organising everything today. I enjoyed meeting the team and learning more about the roadmap.\n\nKind regards,\n{cand}"),
    ("Availability", "Hello {sfirst},\n\nI'm free most afternoons next week, and Thursday morning too. Let me know what suits.\n\nThanks,\n{first}"),
    ("Application – {role}", "Dear hiring team,\n\nPlease find attached my CV for the {role} vacancy. I have six years of experience in similar work and would welcome the chance to talk.\n\nYours,\n{cand}"),
    ("Status?", "hi {sfirst}, any update on the process? no rush, just planning my next few weeks. thanks! {first}"),
    ("Re: {role}", "Hi {sfirst},\n\nThat sounds great, thanks for the details. One question: is the role hybrid, and how many days in the office would that be?\n\nCheers,\n{first}"),
    ("Portfolio link", "Hi {sfirst}, as discussed here's the link to my portfolio: https://{first_l}.design/work — password is 'hello'. Thanks, {first}"),
    ("Following up", "Dear {sfirst},\n\nI'm writing to follow up on my interview on {day}. I remain very interested in the position and look forward to hearing from you.\n\nBest regards,\n{cand}"),
]


def _prior(rng: random.Random, ctx: dict, addressee: str) -> tuple[str, str]:
    s, b = pick(rng, PRIOR_CANDIDATE_MSGS)
    c = dict(ctx, first_l=ctx["first"].lower(), sfirst=addressee.split(" ")[0])
    return fill(s, c), fill(b, c)


SHELLS = ["w2-ats-relay", "w2-corp-portal", "w2-founder-note", "w2-agency-recruiter", "w2-hm-direct",
          "w2-formal-letter", "w2-thread-reply", "w2-outlook-chain", "w2-forwarded", "w2-phone-terse"]


def wrap(rng: random.Random, ctx: dict, content: dict, shell: str) -> dict:
    """Turn label content into a full message in one shell's style. Returns record keyword args."""
    ctx = dict(ctx)
    ctx.setdefault("num", str(rng.randint(1000000, 9999999)))
    ctx["agency_dom"] = slug(ctx["agency"]) + ".com"
    company = content.get("company", "__ctx__")
    formal = content.get("formal") or content.get("casual")
    casual = content.get("casual") or content.get("formal")
    out: dict[str, Any] = {}

    if shell == "w2-ats-relay":
        from_name = pick(rng, ["{co} Careers", "{co} Recruiting", "{co}", "{co} Hiring Team", "{co} via {ats}",
                               "Careers at {co}", "{co} Talent", "no-reply"])
        if from_name == "no-reply" and rng.random() < 0.5:
            from_name = ""
        from_addr = pick(rng, ["no-reply@{relay}", "notifications@{relay}", "{cslug}@{relay}",
                               "donotreply+{cslug}@{relay}", "jobs-{num}@{relay}"])
        subj = subject_for(rng, content, 0.3)
        if rng.random() < 0.35:
            subj = pick(rng, ["{co}: ", "[{co}] ", "{co} | "]) + subj
        paras = list(formal)
        foot = [fill(f, ctx) for f in some(rng, FOOT_ATS, 1, 3)]
        greet = pick(rng, GREET_FORMAL)
        sign = pick(rng, SIGNOFF_TEAM + ["", "{sender}\n{rtitle}"])
        if rng.random() < 0.3:
            c2 = dict(ctx, cslug=slug(ctx["co"]))
            out["body_text"] = ""
            out["body_html"] = to_html([fill(greet, c2)] + [fill(p, c2) for p in paras] + ([fill(sign, c2)] if sign else []),
                                       rng, fill(pick(rng, ["{co}", "{co} Careers", "{co} · Talent"]), c2), foot)
        else:
            out["body_text"] = _body(greet, paras, sign) + "\n\n" + pick(rng, ["--\n", "———\n", "", "\n"]) + "\n".join(foot)
    elif shell == "w2-corp-portal":
        from_name = pick(rng, ["{co} Talent Acquisition", "{co} Global Careers", "{co} Recruitment", "{co} People Services",
                               "Recruiting | {co}"])
        from_addr = pick(rng, ["careers@{cdomain}", "donotreply@{cdomain}", "talent@{cdomain}", "recruitment@{cdomain}",
                               "careers-noreply@mail.{cdomain}"])
        subj = subject_for(rng, content, 0.35)
        if rng.random() < 0.4:
            subj += pick(rng, [" – Req {job_id}", " [{job_id}]", " ({job_id})", " | {co}"])
        head = pick(rng, ["Requisition: {job_id} – {role}\nLocation: {city}\n", "Position: {role} ({job_id})\n",
                          "Candidate reference: C-{num}\n", "", ""])
        body = _body(pick(rng, GREET_FORMAL), list(formal),
                     pick(rng, SIGNOFF_TEAM + ["Yours sincerely,\n{sender}\n{rtitle}\n{co}"]))
        out["body_text"] = (head + "\n" if head else "") + body + "\n\n" + "\n\n".join(some(rng, FOOT_LEGAL, 1, 2))
    elif shell == "w2-founder-note":
        from_name, from_addr = _org_addr(rng, ctx, "hm")
        ctx["hmtitle"] = pick(rng, ["Co-founder", "Founder & CEO", "CTO & co-founder", "Co-founder, " + ctx["co"]])
        subj = subject_for(rng, content, 0.55)
        sig = pick(rng, ["— {hmfirst}", "{hmfirst}", "{hmfirst}\n{hmtitle}", "Best, {hmfirst}", "thx, {hmfirst}",
                         "{hm}\n{hmtitle}\n{cdomain}"])
        body = _body(pick(rng, GREET_WARM + [""]), list(casual)[:3], sig)
        if rng.random() < 0.35:
            body += "\n\n" + pick(rng, MOBILE)
        out["body_text"] = body
    elif shell == "w2-agency-recruiter":
        from_name = ctx["sender"]
        from_addr = pick(rng, ["{f}.{l}@{ad}", "{f}@{ad}", "{f0}{l}@{ad}"]).format(
            f=ctx["sfirst"].lower(), l=slug(ctx["slast"]), f0=ctx["sfirst"][0].lower(), ad=slug(ctx["agency"]) + ".com")
        if rng.random() < 0.25 and content.get("agency_hide_ok", True):
            ctx["co"] = pick(rng, ["my client", "the client", "the fintech client", "our client in {city}",
                                   "the scale-up I mentioned", "the client company"]).format(city=ctx["city"])
            company = None
        subj = subject_for(rng, content, 0.5)
        paras = list(rng.choice([formal, casual]))
        if rng.random() < 0.4:
            paras = paras + [pick(rng, [
                "Give me a call if you want to talk it through.", "Happy to jump on the phone any time today.",
                "Let me know your thoughts.", "Drop me a WhatsApp if easier.", "Any questions, just shout."])]
        out["body_text"] = _body(pick(rng, GREET_WARM + GREET_FORMAL[:3]), paras, _sig_person(rng, ctx, "agency"))
    elif shell == "w2-hm-direct":
        from_name, from_addr = _org_addr(rng, ctx, "hm")
        subj = subject_for(rng, content, 0.5)
        out["body_text"] = _body(pick(rng, GREET_WARM), list(casual), _sig_person(rng, ctx, "hm"))
    elif shell == "w2-formal-letter":
        from_name, from_addr = _org_addr(rng, ctx, "recruiter")
        ctx["rtitle"] = pick(rng, ["Head of People", "HR Manager", "Human Resources Director", "Recruitment Manager"])
        subj = subject_for(rng, content, 0.4)
        top = pick(rng, ["Re: Application for the position of {role}\n\n", "{date}\n\n", "Our ref: HR/{job_id}\n{date}\n\n",
                         "PRIVATE & CONFIDENTIAL\n\n", ""])
        greet = pick(rng, ["Dear {first} {last},", "Dear {cand},", "Dear Mx {last},", "Dear {first},"])
        sign = pick(rng, ["Yours sincerely,\n\n{sender}\n{rtitle}\n{co}", "Yours faithfully,\n{sender}\n{rtitle}",
                          "With kind regards,\n\n{sender}\n{rtitle}, {co}\n{num} Harbour Road, {city}"])
        out["body_text"] = top + _body(greet, list(formal), sign)
        if rng.random() < 0.3:
            out["body_text"] += "\n\n" + pick(rng, FOOT_LEGAL)
    elif shell == "w2-thread-reply":
        kind = pick(rng, ["recruiter", "hm"])
        from_name, from_addr = _org_addr(rng, ctx, kind)
        psubj, pbody = _prior(rng, ctx, from_name) if not content.get("prior") else (fill(content["prior"][0], ctx), fill(content["prior"][1], dict(ctx, sfirst=from_name.split(" ")[0])))
        subj = "Re: " + psubj if rng.random() < 0.8 else subject_for(rng, content, 0.3)
        paras = list(rng.choice([formal, casual]))
        new = _body(pick(rng, GREET_WARM + GREET_FORMAL[:2]), paras, _sig_person(rng, ctx, kind))
        hdr = pick(rng, ["On {hdr_date}, {cand} <{cand_addr}> wrote:", "On {hdr_date_us}, {cand} wrote:",
                         "{cand} <{cand_addr}> schrieb am {date}:", "Le {date}, {cand} <{cand_addr}> a écrit :"
                         if rng.random() < 0.1 else "On {date}, at {time}, {cand} <{cand_addr}> wrote:"])
        out["body_text"] = new + "\n\n" + fill(hdr, ctx) + "\n" + quote(pbody)
    elif shell == "w2-outlook-chain":
        kind = pick(rng, ["recruiter", "hm"])
        from_name, from_addr = _org_addr(rng, ctx, kind)
        psubj, pbody = _prior(rng, ctx, from_name) if not content.get("prior") else (fill(content["prior"][0], ctx), fill(content["prior"][1], dict(ctx, sfirst=from_name.split(" ")[0])))
        subj = pick(rng, ["RE: ", "Re: ", "AW: "]) + psubj
        paras = list(formal)
        new = _body(pick(rng, GREET_FORMAL[:5]), paras, _sig_person(rng, ctx, kind))
        block = ("\n\n" + pick(rng, ["________________________________", "-----Original Message-----", ""]) +
                 "\nFrom: {cand} <{cand_addr}>\nSent: {hdr_date_us}\nTo: " + from_name + " <" + from_addr + ">\n"
                 "Subject: " + psubj + "\n\n")
        legal = "\n\n" + pick(rng, FOOT_LEGAL) if rng.random() < 0.5 else ""
        out["body_text"] = new + legal + fill(block, ctx) + pbody
    elif shell == "w2-forwarded":
        kind = pick(rng, ["recruiter", "agency"])
        if kind == "agency":
            from_name = ctx["sender"]
            from_addr = f"{ctx['sfirst'].lower()}@{slug(ctx['agency'])}.com"
        else:
            from_name, from_addr = _org_addr(rng, ctx, "recruiter")
        inner_subj = subject_for(rng, content, 0.3)
        subj = pick(rng, ["Fwd: ", "FW: ", "Fw: "]) + inner_subj
        note = pick(rng, ["{gist}", "{gist} See below.", "{first} – {gist_l} Details below.", "Passing this on: {gist_l}",
                          "Hi {first}, forwarding the note from {hmfirst}. {gist}", "FYI — {gist_l}"])
        gist = fill(content["gist"], ctx)
        note = note.replace("{gist_l}", gist[:1].lower() + gist[1:]).replace("{gist}", gist)
        inner = _body(pick(rng, GREET_FORMAL[:5]), list(formal), "{hm}\n{hmtitle}")
        out["body_text"] = (note + "\n\n" + pick(rng, ["{sfirst}", "Thanks, {sfirst}", "", "S."]) + "\n\n" +
                            "---------- Forwarded message ---------\nFrom: {hm} <{hmfirst_l}@{cdomain}>\nDate: {hdr_date}\n"
                            "Subject: " + inner_subj + "\nTo: {sender} <{sfirst_l}@{cdomain}>\n\n" + inner)
        ctx["hmfirst_l"] = ctx["hmfirst"].lower()
        ctx["sfirst_l"] = ctx["sfirst"].lower()
    elif shell == "w2-phone-terse":
        kind = pick(rng, ["recruiter", "hm"])
        from_name, from_addr = _org_addr(rng, ctx, kind)
        subj = subject_for(rng, content, 0.6)
        if rng.random() < 0.5:
            subj = subj.lower()
        lines = [pick(rng, ["hi {first}", "{first} -", "hey", "hi", ""])] + list(casual)[:2]
        body = "\n".join(l for l in lines if l)
        body = lowercase_terse(body) if rng.random() < 0.75 else body
        me = from_name.split(" ")[0]
        out["body_text"] = body + "\n" + pick(rng, ["", "\n" + me.lower(), "\n-" + me[0], "\n" + me]) + "\n\n" + pick(rng, MOBILE)
    else:
        raise ValueError(shell)

    c2 = dict(ctx, cslug=slug(ctx["company"]))
    out["from_name"] = fill(from_name, c2)
    out["from_addr"] = fill(from_addr, c2)
    out["subject"] = fill(subj, c2)
    out["body_text"] = fill(out["body_text"], c2)
    out.setdefault("body_html", None)
    out["company"] = company
    return out
