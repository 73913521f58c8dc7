"""Writer w18's shared world: people, employers, roles, dates, quoting styles, signatures and footers.

Used by the gen_w18_*.py generators (the candidate's own mailbox: Sent mail, forwards, threads and
what comes back). Everything is chosen through the caller's ``random.Random`` so output is
deterministic.
"""

from __future__ import annotations

import html
import random
import re

# ---------------------------------------------------------------- employers (name, domain)
_COMPANY_TEXT = """
Halvard Freight|Quillmoor Bank|Ostrava Robotics|Pennyroyal Foods|Larchfield Health|Brightwater Utilities
Tamsin & Cole Architects|Kestrel Insurance|Nimbrel Software|Saltmarsh Media|Corvane Energy|Ashgrove Schools Trust
Veldtline Logistics|Ironbark Mining|Mossley Pharmaceuticals|Juniper Row Studios|Fenwick Analytics|Parrine Retail
Ondella Telecom|Ruddock Civil Engineering|Glasshouse Games|Wrenfield Hospital Group|Tidewell Shipping|Amberlane Hotels
Copperleaf Accounting|Northgale Aerospace|Lindqvist Dental|Sparrowhawk Security|Cindermoor Brewing|Palisade Legal
Harrowgate Council Services|Blue Heron Biotech|Marrow & Finch Publishing|Sunbury Fintech|Elkstone Capital|Vantor Cloud
Greywether Consulting|Quenby Fashion|Rookwood Labs|Tessellate Design|Orchid Bay Resorts|Kilnworth Ceramics
Pelham Data|Bramblecrest Care Homes|Solenne Cosmetics|Driftmark Marine|Harbinger Semiconductors|Willowmere Insurance
Castellan Payments|Foxglove Health Tech|Stonechat Studio|Maridian Airlines|Clearbrook Water|Ravelin Outdoor
Thistledown Nurseries|Oxbow Agritech|Gantry Construction|Lumenfold Optics|Tallis Music Group|Nettlebed Pharmacy
Carrow Road Motors|Pinemarten Software|Skylark Education|Argent Reinsurance|Bellwood Manufacturing|Wyvern Defence Systems
Hollins Property|Calder & Rye Solicitors|Peregrine Travel|Moonrake Animation|Fathom Ocean Research|Kittiwake Apps
Delphine Bakery Group|Hexbridge Networks|Arrowtail Sports|Birchall Chemicals|Saffron Kitchen Co|Greenreach Solar
Mistral Wind Power|Ortolan Foods|Verity Clinical Research|Crestline Mortgages|Tanager Health|Lodestar Freight
Quayside Logistics|Redpoll Marketing|Tern & Gull Outfitters|Cobalt Harbour|Emberglow Candles|Marlowe Private Bank
Sorrel Therapeutics|Wildmere Conservation|Ptarmigan Labs|Cinnabar Games|Hartwell Auditors|Yarrow Pet Care
Merriweather Events|Kelpie Robotics|Sandpiper Dental|Ivybridge Academies|Larkspur Recruitment Tech|Obsidian Forge
Meridian Bay Hospital|Ashby Rail|Kingfisher Telecom|Goldcrest Pensions|Pavonine Beauty|Heathcote Engineering
Starling Mobility|Wolfram Bridge Partners|Linnet Health|Auklet Storage|Grebe Water Systems|Drumlin Geoscience
Corbel Interiors|Pipistrelle Audio|Brackenridge Hotels|Lapwing Insurance|Silverthorn Estates|Ebbtide Seafoods
Turnstone Analytics|Lanternfish AI|Cairnmore Distillery|Bluebell Nurseries|Saltire Energy|Kowhai Digital
Wattle & Daub Studio|Jacaranda Health|Baobab Microfinance|Mangrove Logistics|Tuatara Security|Kauri Software
Banksia Credit Union|Rooibos Media|Fynbos Insurance|Marula Foods|Himalaya Textiles|Coromandel Shipping
Deodar Systems|Ashoka Fintech|Peepal Health|Monsoon Retail|Ganga Power|Nilgiri Tea Company
Lakeshore Pediatrics|Prairie Rail|Cascade Timber|Bayou Analytics|Mesa Verde Solar|Sawtooth Outdoor
Harbourfront Library Trust|Lindenhof Medical|Aalto Furniture|Fjordline Seafood|Polderwerk Engineering|Caravel Wines
Orrery Space|Gossamer Textiles|Nutmeg Payments|Plover Pharmacy|Umber Paints|Zephyr Bikes
Alderney Trust Company|Brindle Veterinary|Crabapple Cider|Damson Legal|Eskdale Outdoor Centre|Firecrest Airlines
"""

COMPANIES: list[str] = [c.strip() for line in _COMPANY_TEXT.strip().splitlines() for c in line.split("|") if c.strip()]

_STOP = {"and", "co", "group", "the", "&"}


def domain_of(company: str, rng: random.Random) -> str:
    words = [w for w in re.split(r"[^A-Za-z]+", company.lower()) if w and w not in _STOP]
    base = words[0] if rng.random() < 0.6 or len(words) == 1 else words[0] + words[1]
    return base + rng.choice([".com", ".com", ".co.uk", ".io", ".com.au", ".co", ".ie", ".co.nz", ".in", ".net"])


# ATS / board relays (never the company)
RELAYS = [
    "notifications.hireloom.io", "mail.applyrail.com", "noreply.talentcairn.net", "jobs.recruitbee-mail.com",
    "candidates.pipetrack.io", "em.workable-notify.net", "no-reply.jobsquare.co", "alerts.careerharbor.com",
    "mailer.staffgrid.io", "updates.hirewell-ats.com",
]
BOARDS = [("JobHarbor", "jobharbor.com"), ("Worklane", "worklane.io"), ("CareerNest", "careernest.co.uk"),
          ("Seekwell", "seekwell.com.au"), ("TalentTrail", "talenttrail.in"), ("ProLink Jobs", "prolinkjobs.com")]
AGENCIES = [("Brookline Talent", "brooklinetalent.co.uk"), ("Vector Search Partners", "vectorsearch.com"),
            ("Hatchway Recruitment", "hatchway.com.au"), ("Keel & Anchor Executive", "keelanchor.com"),
            ("Northstar People", "northstarpeople.ie"), ("Beacon Tech Hire", "beacontechhire.io"),
            ("Marigold Staffing", "marigoldstaffing.in"), ("Tallow Street Recruitment", "tallowstreet.co.nz")]

# ---------------------------------------------------------------- people
FIRST = """Aoife Tomasz Priya Kwame Mei Lars Sofia Diego Hannah Rahul Chloe Olumide Fatima Jonas Ingrid Mateo Yuki
Callum Niamh Arjun Leila Sipho Marta Ewan Keira Hamid Zanele Ravi Isla Benedikt Camille Oskar Amara Declan Noor
Tariq Bronwyn Ayesha Rory Freya Emeka Lucia Pieter Siobhan Vikram Grace Matthias Anjali Connor Wanjiru Henrik
Esther Farid Tamsin Joaquin Maeve Kofi Ines Anders Shreya Malik Rosa Dev Eilidh Chidi Annika Thabo Carys Nikhil
Sunita Padraig Beatriz Hugo Yasmin Ciaran Adaeze Elliot Mira Ruairi Lotte Sanjay Harriet Bongani Zofia""".split()
LAST = """Okafor Brennan Lindqvist Ramaswamy Chen Moreau Achterberg O'Sullivan Mbeki Castillo Novak Hughes Nakamura
Adeyemi Fischer Patel Kowalski Murray Haddad Silva Gallagher Sorensen Nwosu Kapoor Whitfield Dubois Abernethy
Mensah Jansen Rahman MacLeod Ferreira Iyer Thornton Byrne Eriksen Osei Varga Dlamini Pereira Campbell Hashemi
Quinn Verbeek Menon Ashworth Kruger Oyelaran Fitzgerald Bianchi Lund Singh Rowe Sato Obi Delaney Koch
Reyes Hartmann Naidoo Sheehan Morrow Tanaka Achebe Wallace Lindgren Chaudhry Keane""".split()


def person(rng: random.Random) -> tuple[str, str, str]:
    """(first, last, full)."""
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l, f"{f} {l}"


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def candidate(rng: random.Random) -> dict:
    f, l, full = person(rng)
    dom = rng.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me", "fastmail.com", "yahoo.co.uk",
                      "icloud.com", "hotmail.com", "gmx.de", "posteo.net"])
    style = rng.randrange(5)
    local = [f"{slug(f)}.{slug(l)}", f"{slug(f)}{slug(l)}{rng.randint(1, 99)}", f"{slug(f)[0]}{slug(l)}",
             f"{slug(f)}_{slug(l)}", f"{slug(l)}.{slug(f)}.jobs"][style]
    return {"first": f, "last": l, "name": full, "addr": f"{local}@{dom}"}


def staff(rng: random.Random, company: str, dom: str | None = None) -> dict:
    f, l, full = person(rng)
    dom = dom or domain_of(company, rng)
    return {"first": f, "last": l, "name": full, "addr": f"{slug(f)}.{slug(l)}@{dom}", "dom": dom}


# ---------------------------------------------------------------- roles by profession
ROLES = [
    "Backend Engineer", "Senior Software Engineer", "Data Analyst", "Product Designer", "Staff Nurse (Cardiology)",
    "Management Accountant", "Supply Chain Planner", "Marketing Manager", "Secondary Maths Teacher",
    "Site Reliability Engineer", "UX Researcher", "Paralegal", "Civil Engineer", "Physiotherapist",
    "Customer Success Manager", "Financial Analyst", "Mobile Developer (iOS)", "Warehouse Operations Lead",
    "Pharmacist", "Junior Architect", "Content Strategist", "Machine Learning Engineer", "HR Business Partner",
    "Sous Chef", "Project Manager", "Clinical Research Associate", "Sales Development Representative",
    "Frontend Developer", "Quantity Surveyor", "Data Engineer", "Operations Coordinator", "Graphic Designer",
    "Environmental Consultant", "Security Analyst", "Head of Finance", "Veterinary Nurse", "Engineering Manager",
    "Payroll Specialist", "Copywriter", "QA Automation Engineer", "Account Executive", "Hotel Front Office Manager",
    "Structural Engineer", "Product Manager", "Dental Hygienist", "Business Analyst", "DevOps Engineer",
    "Social Media Coordinator", "Procurement Officer", "Research Scientist", "Store Manager", "Solutions Architect",
]


def req_no(rng: random.Random) -> str:
    return rng.choice([f"REQ-{rng.randint(1000, 99999)}", f"R{rng.randint(100000, 999999)}",
                       f"#{rng.randint(100, 9999)}", f"JR-{rng.randint(10000, 99999)}", f"({rng.randint(2000, 8999)})"])


# ---------------------------------------------------------------- dates
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def when_long(rng: random.Random) -> str:
    m = rng.randrange(12)
    d = rng.randint(1, 28)
    y = rng.choice([2024, 2025, 2025, 2026])
    h, mi = rng.randint(7, 19), rng.choice(["00", "05", "12", "27", "30", "41", "48", "55"])
    return rng.choice([
        f"{rng.choice(DAYS_SHORT)}, {d} {MONTHS[m][:3]} {y} at {h:02d}:{mi}",
        f"{rng.choice(DAYS_SHORT)}, {MONTHS[m][:3]} {d}, {y} at {h % 12 or 12}:{mi} {'AM' if h < 12 else 'PM'}",
        f"{d} {MONTHS[m]} {y}, at {h:02d}:{mi}",
        f"{rng.choice(DAYS)}, {MONTHS[m]} {d}, {y} {h % 12 or 12}:{mi} {'AM' if h < 12 else 'PM'}",
    ])


def slot(rng: random.Random) -> str:
    d = rng.choice(DAYS)
    t = rng.choice(["9:30", "10am", "11:00", "11.30", "1pm", "2pm", "2:30pm", "3:15", "4pm", "16:00", "14:30"])
    return rng.choice([f"{d} at {t}", f"{d} {t}", f"{d} the {rng.randint(2, 28)}th at {t}", f"{t} on {d}"])


def human_date(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    m = rng.choice(MONTHS)
    return rng.choice([f"{d} {m}", f"{m} {d}", f"{rng.choice(DAYS)} {d} {m}"])


# ---------------------------------------------------------------- quoting styles
def quote_gt(text: str) -> str:
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip().splitlines())


def quote(rng: random.Random, text: str, name: str, addr: str, subject: str = "", to: str = "",
          style: str | None = None) -> str:
    """Render quoted history under a reply, in one of several mail-client styles."""
    style = style or rng.choice(["gmail", "gmail", "apple", "outlook", "original", "german", "gt_only"])
    w = when_long(rng)
    if style == "gmail":
        return f"On {w}, {name} <{addr}> wrote:\n{quote_gt(text)}"
    if style == "apple":
        return f"> On {w.split(' at ')[0]}, at {rng.randint(8, 18)}:{rng.randint(10, 59)}, {name} <{addr}> wrote:\n>\n{quote_gt(text)}"
    if style == "outlook":
        return (f"________________________________\nFrom: {name} <{addr}>\nSent: {w.replace(' at ', ' ')}\n"
                f"To: {to or 'me'}\nSubject: {subject}\n\n{text.strip()}")
    if style == "original":
        return (f"-----Original Message-----\nFrom: {name} [mailto:{addr}]\nSent: {w.replace(' at ', ' ')}\n"
                f"To: {to or 'me'}\nSubject: {subject}\n\n{text.strip()}")
    if style == "german":
        d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
        return f"Am {d:02d}.{mo:02d}.{y} um {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d} schrieb {name} <{addr}>:\n{quote_gt(text)}"
    return quote_gt(text)


def forward_block(rng: random.Random, text: str, name: str, addr: str, subject: str, to: str) -> str:
    if rng.random() < 0.5:
        return (f"---------- Forwarded message ---------\nFrom: {name} <{addr}>\nDate: {when_long(rng)}\n"
                f"Subject: {subject}\nTo: <{to}>\n\n{text.strip()}")
    return (f"Begin forwarded message:\n\nFrom: {name} <{addr}>\nSubject: {subject}\nDate: {when_long(rng)}\n"
            f"To: {to}\n\n{text.strip()}")


def re_(rng: random.Random, subject: str, p: float = 1.0) -> str:
    if rng.random() > p:
        return subject
    return rng.choice(["Re: ", "Re: ", "RE: ", "Re: ", "AW: ", "Re: Re: "]) + subject


def fwd_(rng: random.Random, subject: str) -> str:
    return rng.choice(["Fwd: ", "Fw: ", "FW: ", "Fwd: "]) + subject


# ---------------------------------------------------------------- signatures, footers
def cand_sig(rng: random.Random, c: dict) -> str:
    k = rng.randrange(7)
    if k == 0:
        return c["first"]
    if k == 1:
        return f"{c['name']}\n{rng.choice(['+44 7700 9', '+353 87 ', '+61 4', '+1 (415) 55', '+91 98'])}{rng.randint(10000, 99999)}"
    if k == 2:
        return f"Best,\n{c['first']}"
    if k == 3:
        return f"{c['name']}\nlinkedin.com/in/{slug(c['first'])}-{slug(c['last'])}"
    if k == 4:
        return f"— {c['first']}\n\nSent from my phone"
    if k == 5:
        return f"{c['name']}\n{rng.choice(['Portfolio', 'GitHub', 'Website'])}: {slug(c['first'])}{slug(c['last'])}.{rng.choice(['dev', 'com', 'me'])}"
    return f"Kind regards,\n{c['name']}"


def staff_sig(rng: random.Random, s: dict, company: str | None, title: str | None = None) -> str:
    title = title or rng.choice(["Talent Acquisition Partner", "Recruiter", "Senior Recruiter", "People Partner",
                                 "Hiring Manager", "Head of Engineering", "Practice Manager", "Recruitment Lead",
                                 "Talent Partner", "Director of Operations", "Team Lead"])
    lines = [s["name"], title]
    if company:
        lines.append(company)
    if rng.random() < 0.5:
        lines.append(rng.choice([f"M: +44 7{rng.randint(100000000, 999999999)}",
                                 f"T: +1 {rng.randint(200, 989)} {rng.randint(200, 989)} {rng.randint(1000, 9999)}",
                                 f"{s['addr']}", f"Office: +61 2 {rng.randint(8000, 9999)} {rng.randint(1000, 9999)}"]))
    if rng.random() < 0.2:
        lines.append(rng.choice(["Pronouns: she/her", "Pronouns: he/him", "Pronouns: they/them",
                                 "I work Mon-Thu, replies on Friday may be slow."]))
    return "\n".join(lines)


LEGAL = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
    "CONFIDENTIALITY: The information in this message may be privileged. Any unauthorised use, disclosure or copying is prohibited.",
    "{company} is registered in England and Wales, company no. 0{num}. Registered office as above.",
    "Please consider the environment before printing this email.",
    "We process candidate data in line with our privacy notice. You can ask us to delete your data at any time.",
    "Disclaimer: views expressed are those of the sender and not necessarily of {company}.",
]


def legal(rng: random.Random, company: str | None) -> str:
    return rng.choice(LEGAL).format(company=company or "the company", num=rng.randint(1000000, 9999999))


UNSUB = [
    "You are receiving this because you signed up at {site}. Unsubscribe | Manage preferences",
    "Don't want these emails? Unsubscribe here: https://{site}/u/{n}",
    "To stop receiving these messages, update your notification settings.",
    "Sent to {addr}. Unsubscribe or change how often you hear from us.",
    "{site} · 1 Harbour Street · Leeds LS1 4AB · unsubscribe",
]


def unsub(rng: random.Random, site: str, addr: str) -> str:
    return rng.choice(UNSUB).format(site=site, addr=addr, n=rng.randint(10000, 99999))


# ---------------------------------------------------------------- misc helpers
def pick(rng: random.Random, bank: list[str], **kw: str) -> str:
    return rng.choice(bank).format(**kw)


def para(*parts: str) -> str:
    return "\n\n".join(p.strip("\n") for p in parts if p and p.strip())


def to_html(text: str, rng: random.Random, company: str | None = None) -> str:
    """Simple HTML rendering of a plain body: paragraphs, <br> for line breaks, optional header bar."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    inner = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    if rng.random() < 0.5 and company:
        head = f'<div style="background:#{rng.randint(0x222222, 0xdddddd):06x};padding:12px"><b>{html.escape(company)}</b></div>'
    else:
        head = ""
    return (f'<html><body><table width="100%" cellpadding="0"><tr><td style="font-family:Arial,sans-serif;font-size:14px">'
            f"{head}{inner}</td></tr></table></body></html>")


def record(family: str, n: int, *, folder: str, from_name: str, from_addr: str, to_addr: str, subject: str,
           body_text: str, labels: list[str], company: str | None, topics: list[str] | None = None,
           outside_control: list[str] | None = None, body_html: str | None = None, lang: str = "en") -> dict:
    return {
        "id": f"{family}-{n}", "family": family, "folder": folder, "lang": lang, "from_name": from_name,
        "from_addr": from_addr, "to_addr": to_addr, "subject": subject, "body_text": body_text,
        "body_html": body_html, "labels": sorted(set(labels)), "company": company,
        "topics": sorted(set(topics or [])), "outside_control": sorted(set(outside_control or [])),
    }


def maybe_html(rng: random.Random, rec: dict, p_only: float, p_alt: float) -> dict:
    r = rng.random()
    if r < p_only:
        rec["body_html"] = to_html(rec["body_text"], rng, rec.get("company"))
        rec["body_text"] = ""
    elif r < p_only + p_alt:
        rec["body_html"] = to_html(rec["body_text"], rng, rec.get("company"))
    return rec
