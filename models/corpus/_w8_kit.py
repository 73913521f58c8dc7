"""Shared plumbing for writer w8's generators: people, employers, agencies, mail surface.

Used by every ``gen_w8_*.py`` module to dress a message (names, addresses, subject prefixes,
signatures, footers, quoted history, phone-typing quirks) and to build schema records.
All randomness comes from the ``random.Random`` passed in, so output is deterministic.
"""

from __future__ import annotations

import html
import random
from typing import Iterable

FIRST = [
    "Aoife", "Callum", "Priya", "Rahul", "Ananya", "Vikram", "Deepa", "Suresh", "Lukas", "Jana",
    "Matthias", "Katrin", "Jonas", "Sabine", "Tomasz", "Agnieszka", "Piotr", "Magda", "Kasia",
    "Joao", "Mariana", "Thiago", "Fernanda", "Rafael", "Camila", "Wei", "Xiaoling", "Haoran",
    "Mei", "Jun", "Yusuf", "Leila", "Omar", "Nadia", "Chidi", "Ngozi", "Kwame", "Amara", "Sean",
    "Bethany", "Tyler", "Madison", "Jordan", "Kayla", "Marcus", "Danielle", "Brandon", "Ashley",
    "Hamish", "Fiona", "Rory", "Siobhan", "Gemma", "Liam", "Zoe", "Harriet", "Declan", "Imogen",
    "Kenji", "Yuki", "Min-jun", "Seo-yeon", "Arjun", "Kavya", "Nikhil", "Sneha", "Elif", "Emre",
    "Ines", "Pablo", "Lucia", "Mateo", "Chloe", "Hugo", "Margaux", "Bastien", "Sofia", "Luca",
    "Giulia", "Lars", "Freya", "Nils", "Ingrid", "Dmitri", "Olena", "Tariq", "Hannah", "Ben",
]
LAST = [
    "Murphy", "Gallagher", "Sharma", "Iyer", "Reddy", "Nair", "Kapoor", "Menon", "Schneider",
    "Hoffmann", "Becker", "Wagner", "Krause", "Kowalski", "Nowak", "Wisniewska", "Zielinski",
    "Silva", "Oliveira", "Souza", "Pereira", "Costa", "Zhang", "Liu", "Chen", "Wang", "Huang",
    "Okafor", "Mensah", "Adeyemi", "Haddad", "Rahman", "Khan", "Thompson", "Walker", "Brooks",
    "Jenkins", "Reyes", "Coleman", "Fraser", "MacLeod", "Campbell", "Doyle", "Pritchard",
    "Tanaka", "Sato", "Kim", "Park", "Demir", "Yilmaz", "Garcia", "Moreno", "Dubois", "Lefevre",
    "Rossi", "Bianchi", "Lindqvist", "Berg", "Petrov", "Shevchenko", "Patel", "Desai", "Ahmed",
    "Hughes", "Ellison", "Whitfield", "Varga", "Novak", "Ferreira", "Lim", "Tan", "Ng",
]

CO_HEAD = [
    "Brightwater", "Quarry", "Lantern", "Ferncliff", "Northgate", "Saltmarsh", "Copperleaf",
    "Harbourline", "Kestrel", "Bluebeam", "Tidewell", "Orchid", "Granite", "Mossbank", "Redfern",
    "Silverbirch", "Ashgrove", "Highmoor", "Juniper", "Larkspur", "Marlowe", "Oakhaven", "Pinecrest",
    "Ravensworth", "Stonebridge", "Thistle", "Umberfield", "Vantor", "Wrenfield", "Yarrow",
    "Zephyrine", "Aldmoor", "Bracken", "Cinderhill", "Driftwood", "Emberly", "Foxglove", "Glasswing",
    "Hollowell", "Ironbark", "Kinsale", "Lumora", "Meridale", "Nettlebury", "Opaline", "Pellucid",
    "Quillon", "Rosebay", "Sablewood", "Trevalyn", "Velluto", "Westbrook", "Alderwick", "Bramwell",
]
CO_TAIL = [
    "Analytics", "Logistics", "Health", "Robotics", "Capital", "Labs", "Foods", "Energy", "Software",
    "Insurance", "Mobility", "Bio", "Systems", "Retail", "Studios", "Payments", "Freight", "Pharma",
    "Media", "Security", "Telecom", "Engineering", "Learning", "Games", "Clinics", "Hotels",
    "Aerospace", "Data", "Biotech", "Consulting", "Outdoor", "Brewing", "Marine", "Legal",
]
CO_SOLO = [
    "Quillbyte", "Tessaro", "Nimbra", "Ovelia", "Pactum", "Kvadrat Data", "Sundara Tech", "Lojas Aurora",
    "Huaxin Instruments", "Weltmann Maschinenbau", "Prabhat Infosolutions", "Zorya Games", "Kairo",
    "Fennix", "Brolly", "Stackwise", "Mapleroot", "Gatherly", "Plinth", "Cobaltia", "Verdance",
    "Hapsburg & Lyle", "Obi & Partners", "Drumlin", "Tallyho Foods", "Wyvern Bank", "Pixelmoor",
    "Lindgren Haus", "Atelier Noor", "Sakura Mobility", "Jadeport", "Rio Claro Energia", "Tatra Soft",
    "Vistula Logistics", "Kranich Versicherung", "Bengal Ridge", "Monsoon Pay", "Pampas Agro",
]
AGENCIES = [
    ("Hartley Search", "hartleysearch.co.uk"), ("Bluefin Talent", "bluefintalent.com"),
    ("Meridian People", "meridianpeople.co.uk"), ("Cask & Crane Recruitment", "caskcrane.co.uk"),
    ("Northstar Staffing", "northstarstaffing.com"), ("Keystone Tech Partners", "keystonetp.com"),
    ("Lumen Recruiting", "lumenrecruit.io"), ("Apex Bridge Consulting", "apexbridge.in"),
    ("TalentKraft GmbH", "talentkraft.de"), ("Vela Personalberatung", "vela-personal.de"),
    ("Harbour Lights Staffing", "harbourlights.com.au"), ("Red Lotus Talent", "redlotus.sg"),
    ("Sprout Hire", "sprouthire.com"), ("Quay Street Recruitment", "quaystreet.ie"),
    ("Arcadia Talent Partners", "arcadiatp.com"), ("Polaris Rekrutacja", "polaris-hr.pl"),
    ("Ponte Talentos", "pontetalentos.com.br"), ("Oakline Executive", "oaklineexec.com"),
    ("Signal Hill Staffing", "signalhillstaff.com"), ("Greyfriars Recruitment", "greyfriarsrec.co.uk"),
]
ROLES = [
    "Backend Engineer", "Senior Data Analyst", "Product Designer", "Site Reliability Engineer",
    "Frontend Developer", "Data Engineer", "Engineering Manager", "QA Automation Engineer",
    "Mobile Developer (iOS)", "Machine Learning Engineer", "Product Manager", "DevOps Engineer",
    "Marketing Manager", "Financial Analyst", "Customer Success Manager", "Account Executive",
    "Supply Chain Planner", "HR Business Partner", "Clinical Data Manager", "Solutions Architect",
    "Full Stack Developer", "Business Analyst", "Security Engineer", "Technical Writer",
    "UX Researcher", "Operations Manager", "Java Developer", "Python Developer", "Platform Engineer",
    "Embedded Software Engineer", "Content Strategist", "Sales Engineer", "Scrum Master",
    "Data Scientist", "Cloud Engineer", "Payroll Specialist", "Procurement Lead", "Controller",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TIMES = ["9:30", "10am", "11:00", "11.30", "12pm", "1:30pm", "2pm", "2.30pm", "3pm", "4:15pm", "16:00", "17h"]
MAILHOSTS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "proton.me", "icloud.com", "web.de", "gmx.de"]
ATS_RELAYS = ["hire-mail.net", "apply-relay.io", "talentflowmail.com", "recruitbox-mail.com"]


class SafeDict(dict):
    """format_map helper: unknown placeholders stay as they are instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    return text.format_map(SafeDict(ctx))


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def company(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return rng.choice(CO_SOLO)
    if r < 0.45:
        return rng.choice(CO_HEAD)
    return f"{rng.choice(CO_HEAD)} {rng.choice(CO_TAIL)}"


def slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def co_domain(rng: random.Random, co: str) -> str:
    base = slug(co.split(" ")[0]) if rng.random() < 0.5 else slug(co)
    return base + rng.choice([".com", ".com", ".io", ".co.uk", ".de", ".co", ".com.br", ".in", ".pl"])


def addr_for(rng: random.Random, first: str, last: str, domain: str) -> str:
    f, l = slug(first), slug(last)
    pat = rng.choice(["{f}.{l}", "{f}", "{f0}{l}", "{f}{l0}", "{f}_{l}"])
    return pat.format(f=f, l=l, f0=f[:1], l0=l[:1]) + "@" + domain


def personal_addr(rng: random.Random, first: str, last: str) -> str:
    f, l = slug(first), slug(last)
    pat = rng.choice(["{f}.{l}", "{f}{l}{n}", "{f0}.{l}", "{l}.{f}", "{f}.{l}{n}"])
    return pat.format(f=f, l=l, f0=f[:1], n=rng.randint(2, 99)) + "@" + rng.choice(MAILHOSTS)


def candidate(rng: random.Random) -> dict:
    first, last = person(rng)
    return {"me": first, "me_full": f"{first} {last}", "me_addr": personal_addr(rng, first, last)}


def date_line(rng: random.Random) -> str:
    return f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {rng.randint(1, 28)} {rng.choice(MONTHS)} 2026"


def ctx_base(rng: random.Random) -> dict:
    """Common placeholder values for one message."""
    hm_f, hm_l = person(rng)
    return {
        "role": rng.choice(ROLES), "role2": rng.choice(ROLES), "day": rng.choice(WEEKDAYS),
        "day2": rng.choice(WEEKDAYS), "time": rng.choice(TIMES), "time2": rng.choice(TIMES),
        "hm": hm_f, "hm_full": f"{hm_f} {hm_l}", "req": str(rng.randint(1000, 99999)),
        "salary": rng.choice(["62k", "£58,000", "€71.000", "$128k", "95k", "£47.5k", "€64k", "$142,000",
                              "18 LPA", "R$ 14.500/mês", "4.800 € brutto/Monat", "£72k + 10% bonus"]),
        "start": rng.choice(["1st of next month", "early March", "the 14th", "after your notice period",
                             "mid-September", "2 June", "whenever your notice ends"]),
        "link": rng.choice(["https://cal.example-sched.com/r/", "https://meet.example-book.io/",
                            "https://book.example-cal.net/slot/"]) + str(rng.randint(10000, 99999)),
        "mins": rng.choice(["20", "30", "45", "60", "90"]),
        "date": date_line(rng),
    }


# ---------------------------------------------------------------- subject dressing

def dress_subject(rng: random.Random, subject: str, reply: bool = False, fwd: bool = False) -> str:
    if reply:
        subject = rng.choice(["Re: ", "RE: ", "Re: ", "AW: ", "Re: Re: ", "RE: "]) + subject
    elif fwd:
        subject = rng.choice(["Fwd: ", "FW: ", "Fw: ", "WG: "]) + subject
    if rng.random() < 0.06:
        subject = "[External] " + subject
    if rng.random() < 0.04:
        subject = "[EXT] " + subject
    return subject


# ---------------------------------------------------------------- phone / casual typing

_TYPO_SWAPS = {"the": "teh", "and": "adn", "you": "yuo", "with": "wiht", "that": "taht", "just": "jsut",
               "your": "youre", "have": "ahve", "their": "thier", "really": "realy", "next": "nxt",
               "tomorrow": "tomorow", "definitely": "definately", "interview": "interveiw",
               "received": "recieved", "feedback": "feeback", "week": "wk"}


def typos(rng: random.Random, text: str, rate: float = 0.05) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        key = w.lower().strip(".,!?")
        if key in _TYPO_SWAPS and rng.random() < rate * 4:
            w = w.replace(key, _TYPO_SWAPS[key]) if w.islower() else w
        out.append(w)
    return " ".join(out)


def casual(rng: random.Random, text: str, lower: bool = False) -> str:
    if lower:
        text = text.lower()
    if rng.random() < 0.5:
        text = text.replace("I'm", "im").replace("i'm", "im").replace("don't", "dont").replace("can't", "cant")
    return typos(rng, text)


PHONE_TAILS = ["Sent from my iPhone", "Sent from my iPhone", "Sent from my Android",
               "Sent from Outlook for iOS", "Get Outlook for Android", "Sent from my Galaxy",
               "sent from phone, excuse typos", "Sent from Yahoo Mail for iPhone"]


# ---------------------------------------------------------------- signatures and footers

def signature(rng: random.Random, first: str, last: str, title: str, org: str, domain: str) -> str:
    style = rng.randint(0, 5)
    phone = rng.choice(["+44 7700 9", "+1 (415) 555-0", "+49 151 2", "+91 98450 1", "+55 11 9", "+48 601 2",
                        "+61 4 12", "+65 8"]) + str(rng.randint(1000, 9999))
    if style == 0:
        return f"{first}"
    if style == 1:
        return f"{first} {last}\n{title} | {org}\n{phone}"
    if style == 2:
        return f"Best,\n{first} {last}\n{title}\n{org}\nM: {phone}\nwww.{domain}"
    if style == 3:
        return f"--\n{first} {last} | {title}\n{org} | {domain}"
    if style == 4:
        return f"{first} {last[0]}.\n{org}"
    return f"{first} {last}\n{title}, {org}\nT {phone}\nLinkedIn: linkedin.com/in/{slug(first)}{slug(last)}"


AGENCY_FOOTERS = [
    "{agency} is acting as an employment agency in relation to this vacancy. If you no longer wish to hear from us, reply STOP.",
    "This email and any attachments are confidential and intended solely for the addressee. {agency} Ltd, registered in England & Wales no. 0{n}.",
    "Privacy: we hold your details in line with our privacy notice at {domain}/privacy. To be removed from our database just reply 'remove'.",
    "{agency} | Permanent & Contract | {domain}\nUnsubscribe from job updates: {domain}/prefs",
    "Diese E-Mail kann vertrauliche Informationen enthalten. {agency}, Amtsgericht München HRB {n}.",
    "DISCLAIMER: The information in this message is confidential. If you are not the intended recipient please delete it. {agency} Pvt Ltd, CIN U7{n}.",
]
COMPANY_FOOTERS = [
    "CONFIDENTIALITY NOTICE: This message may contain privileged information. If received in error, please notify the sender and delete.",
    "{co} | Registered office: {n} High Street, London. Registered in England no. {n}.",
    "Please consider the environment before printing this email.",
    "{co} is an equal opportunity employer.",
    "This e-mail was scanned for viruses. {co} GmbH, Geschäftsführer: siehe Impressum.",
    "",
    "",
]


def footer(rng: random.Random, agency: str = "", co: str = "", domain: str = "example.com") -> str:
    n = rng.randint(100000, 9999999)
    if agency:
        if domain.endswith(".de"):
            options = [AGENCY_FOOTERS[4], AGENCY_FOOTERS[2]]
        elif domain.endswith(".in"):
            options = [AGENCY_FOOTERS[5], AGENCY_FOOTERS[0]]
        elif domain.endswith(".co.uk"):
            options = [AGENCY_FOOTERS[0], AGENCY_FOOTERS[1], AGENCY_FOOTERS[3]]
        else:
            options = [AGENCY_FOOTERS[0], AGENCY_FOOTERS[2], AGENCY_FOOTERS[3]]
        return rng.choice(options).format(agency=agency, domain=domain, n=n)
    return rng.choice(COMPANY_FOOTERS).format(co=co, n=n)


# ---------------------------------------------------------------- quoted history

def quote_gmail(rng: random.Random, name: str, addr: str, text: str) -> str:
    head = rng.choice([
        f"On {date_line(rng)} at {rng.randint(7, 20)}:{rng.randint(10, 59)}, {name} <{addr}> wrote:",
        f"On {date_line(rng)}, {name} wrote:",
        f"Am {rng.randint(1, 28)}.{rng.randint(1, 12)}.2026 um {rng.randint(7, 20)}:{rng.randint(10, 59)} schrieb {name} <{addr}>:",
        f"{name} <{addr}> schrieb am {date_line(rng)}:",
    ])
    quoted = "\n".join("> " + ln if ln else ">" for ln in text.strip().split("\n"))
    return head + "\n" + quoted


def quote_outlook(rng: random.Random, name: str, addr: str, to: str, subject: str, text: str) -> str:
    bar = rng.choice(["-----Original Message-----", "________________________________", "-------- Original message --------"])
    return (f"{bar}\nFrom: {name} <{addr}>\nSent: {date_line(rng)} {rng.randint(8, 18)}:{rng.randint(10, 59)}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}")


def quote(rng: random.Random, name: str, addr: str, to: str, subject: str, text: str) -> str:
    if rng.random() < 0.6:
        return quote_gmail(rng, name, addr, text)
    return quote_outlook(rng, name, addr, to, subject, text)


# ---------------------------------------------------------------- html

def to_html(rng: random.Random, text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    style = rng.choice(["font-family:Arial,sans-serif;font-size:14px", "font-family:Calibri,sans-serif",
                        "font-family:Helvetica;color:#222", ""])
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
    if rng.random() < 0.5:
        return f'<html><body><div style="{style}">{inner}</div></body></html>'
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="{style}"><table width="100%"><tr><td>{inner}</td></tr></table></body></html>'


# ---------------------------------------------------------------- records

def record(prefix: str, family: str, n: int, *, folder: str, lang: str, from_name: str, from_addr: str,
           to_addr: str, subject: str, body: str, labels: Iterable[str], company: str | None,
           topics: Iterable[str] = (), outside: Iterable[str] = (), html_mode: str = "text",
           rng: random.Random | None = None) -> dict:
    """Build one corpus record; html_mode is 'text', 'html_only' or 'both'."""
    labels = sorted(set(labels))
    body_text, body_html = body, None
    if html_mode != "text" and rng is not None:
        body_html = to_html(rng, body)
        if html_mode == "html_only":
            body_text = ""
    return {
        "id": f"{prefix}-{family}-{n}", "family": f"{prefix}-{family}", "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": labels, "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(outside)) if "rejection" in labels else [],
    }


def pick(rng: random.Random, bank: list[str], k: int = 1) -> list[str]:
    return rng.sample(bank, min(k, len(bank)))


def join_paras(parts: Iterable[str]) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())
