"""Shared pools and mail-shaping helpers for the negative (gen_neg_*) and Sent (gen_sent_*) generators.

Everything here is written fresh for this project. Not a generator itself (no ``gen_`` prefix), so
``build.py`` never runs it; generators import it by path (see ``load_kit`` use in each generator).
Nothing here carries a label: names, dates, quoting, signatures and footers are label-neutral.
"""

from __future__ import annotations

import random
import re
from typing import Iterable, Sequence

COMPANIES = [
    "Northwind Health", "Brightline Robotics", "Kestrel Analytics", "Marlow & Finch", "Tidewater Logistics",
    "Quillfeather Books", "Pinecrest Energy", "Halden Systems", "Orchard Lane Foods", "Vantage Pointe Capital",
    "Bluefin Payments", "Cobalt Arc", "Fernhill Biotech", "Gravel & Grain", "Harborview Insurance",
    "Ironbark Software", "Juniper Loop", "Kettle Creek Media", "Lumen Fieldworks", "Meridian Atlas",
    "Nimbus Relay", "Oakhurst Partners", "Paper Crane Studio", "Quarry Labs", "Redwood Ledger",
    "Saltmarsh Games", "Tessellate AI", "Umber Mobility", "Velvet Orbit", "Westgate Pharma",
    "Yarrow Health", "Zephyr Freight", "Alder Street Bank", "Basalt Security", "Cinder Cloud",
    "Driftwood Travel", "Ember Telematics", "Foxglove Retail", "Glasshouse Design", "Hollowpine Data",
    "Indigo Ridge", "Jasper Mills", "Kinfolk Learning", "Larkspur Legal", "Mossgrove Properties",
    "Nettle & Co", "Opal Sensor Works", "Plover Networks", "Quayside Energy", "Rook Lane Consulting",
    "Sable Systems", "Thistle Finance", "Upland Agritech", "Verdant Grid", "Wren Aerospace",
    "Helix Foundry", "Brio Kitchens", "Lantern Health", "Copperleaf Insurance", "Stillwater Labs",
    "Ravenmoor Studios", "Silverbirch Capital", "Granite Peak Outdoors", "Maplewood Schools Trust",
    "Clearwave Audio", "Solace Care", "Atlas Fernwerk GmbH", "Brückner Datentechnik", "Elbufer Logistik",
    "Holzmann & Söhne", "Isarblick Software", "Lindenhof Versicherung", "Rheinwerk Mobility", "Sonnenhang Energie",
    "Atelier Lumière", "Banque Mirabeau", "Calanque Tech", "Groupe Ormeaux", "Les Ateliers Sauvin",
    "Soluciones Albero", "Grupo Marisma", "Cielo Norte Seguros", "Faro Digital", "Naranjo Labs",
    "Tandem Bicycles Co", "Crescent Moon Hotels", "Aurora Civic Tech", "Beacon Street Media", "Corvid Robotics",
    "Dovetail Furniture", "Evergreen Transit", "Flintlock Games", "Gullwing Aviation", "Hearthstone Living",
    "Ivy Bridge Education", "Jetty Marine", "Kiln Creative", "Lodestar Fintech", "Mistral Wind Power",
    "Nautilus Diagnostics", "Outpost Coffee", "Prism Optics", "Quokka Apps", "Riverbend Hospital",
    "Sundial Scheduling", "Tallgrass Genomics", "Uplift Fitness", "Vireo Materials", "Wayfarer Maps",
]

FIRST = [
    "Maya", "Jonas", "Priya", "Tomás", "Aisha", "Lukas", "Chloé", "Daniel", "Mei", "Oluwaseun", "Freya",
    "Rafael", "Ingrid", "Kwame", "Sofia", "Hiroshi", "Leah", "Mateo", "Anouk", "Ravi", "Elif", "Callum",
    "Zanele", "Pavel", "Nadia", "Owen", "Yasmin", "Henrik", "Lucía", "Bram", "Imogen", "Tariq", "Greta",
    "Dmitri", "Amara", "Felix", "Noor", "Julien", "Camila", "Sven", "Hannah", "Marcus", "Ines", "Kofi",
    "Beatriz", "Ethan", "Laila", "Niamh", "Jakob", "Rosa", "Sami", "Vera", "Connor", "Thandiwe", "Mira",
    "Dev", "Clara", "Arjun", "Margot", "Wei", "Esther", "Luca", "Fatima", "Gabe", "Hana", "Ibrahim",
]
LAST = [
    "Lindqvist", "Okafor", "Raman", "Herrera", "Schneider", "Dubois", "Kowalski", "Nakamura", "Byrne",
    "Haddad", "Moreau", "Fischer", "Mensah", "Castillo", "Novak", "Adeyemi", "O'Sullivan", "Bergström",
    "Patel", "García", "Van Dijk", "Rossi", "Yilmaz", "Chen", "Osei", "Brennan", "Vogel", "Ferreira",
    "Kaur", "Ivanova", "Whitfield", "Nguyen", "Dahl", "Morales", "Achterberg", "Sato", "Mbeki", "Laurent",
    "Hoffmann", "Quinn", "Romero", "Ahmed", "Kim", "Carvalho", "Pellegrini", "Eriksen", "Abara", "Walsh",
    "Tanaka", "Bauer", "Delgado", "Friedman", "Sokolov", "Marsh", "Oyelaran", "Petit", "Lund", "Rahimi",
]

ROLES = [
    "Senior Backend Engineer", "Data Analyst", "Product Designer", "Frontend Developer", "Site Reliability Engineer",
    "Machine Learning Engineer", "Engineering Manager", "QA Automation Engineer", "Product Manager",
    "Technical Writer", "Customer Success Manager", "Marketing Coordinator", "Financial Analyst",
    "UX Researcher", "DevOps Engineer", "Data Engineer", "iOS Developer", "Android Engineer",
    "Platform Engineer", "Security Analyst", "Account Executive", "Operations Associate", "HR Generalist",
    "Supply Chain Planner", "Content Strategist", "Solutions Architect", "Staff Software Engineer",
    "Junior Developer", "Graduate Software Engineer", "Clinical Data Manager", "Business Analyst",
    "Project Coordinator", "Brand Manager", "Embedded Software Engineer", "Full Stack Developer",
    "Research Scientist", "Sales Development Representative", "Office Manager", "Legal Counsel",
    "Procurement Specialist", "Growth Marketer", "Head of Data", "Localization Specialist",
    "Support Engineer", "Bookkeeper", "Recruitment Coordinator", "Visual Designer", "Analytics Engineer",
]
ROLES_DE = ["Softwareentwickler (m/w/d)", "Data Analyst (w/m/d)", "Projektleiterin / Projektleiter",
            "Backend-Entwickler Java", "Sachbearbeiter Buchhaltung", "UX Designer (m/w/d)",
            "DevOps Engineer (all genders)", "Werkstudent Marketing"]
ROLES_FR = ["Développeur Full Stack", "Chef de projet digital", "Data Scientist (H/F)", "Ingénieur DevOps",
            "Chargée de communication", "Analyste financier (F/H)", "Product Owner"]
ROLES_ES = ["Desarrollador Backend", "Analista de Datos", "Diseñadora UX/UI", "Jefe de Proyecto",
            "Ingeniero DevOps", "Responsable de Marketing", "Técnico de Soporte"]

CITIES = ["Berlin", "Manchester", "Lisbon", "Toronto", "Austin", "Dublin", "Amsterdam", "Munich", "Lyon",
          "Madrid", "Barcelona", "Leeds", "Bristol", "Denver", "Seattle", "Melbourne", "Zurich", "Copenhagen",
          "Hamburg", "Paris", "Valencia", "Glasgow", "Portland", "Chicago", "Remote", "Cologne", "Nantes"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WEEKDAYS_ALL = WEEKDAYS + ["Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]

MAIL_HOSTS = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "posteo.de", "icloud.com", "gmx.de",
              "yahoo.com", "hey.com", "mailbox.org", "web.de", "orange.fr"]


def pick(rng: random.Random, seq: Sequence):
    return seq[rng.randrange(len(seq))]


def maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def some(rng: random.Random, seq: Sequence, lo: int, hi: int) -> list:
    return rng.sample(list(seq), rng.randint(lo, min(hi, len(seq))))


def slug(text: str) -> str:
    table = str.maketrans("äöüßéèêáíóúñçåøæ", "aouseeeaiouncaoa")
    s = text.lower().translate(table)
    return re.sub(r"[^a-z0-9]+", "", s) or "mail"


def domain_of(company: str) -> str:
    words = [w for w in re.split(r"[^A-Za-zÀ-ÿ0-9]+", company) if w and w.lower() not in ("co", "gmbh", "and")]
    base = slug("".join(words[:2]))
    return base + "." + ("de" if "GmbH" in company else "com")


def person(rng: random.Random) -> tuple[str, str]:
    return pick(rng, FIRST), pick(rng, LAST)


def personal_addr(rng: random.Random, first: str, last: str) -> str:
    style = rng.randrange(5)
    f, l_ = slug(first), slug(last)
    local = [f"{f}.{l_}", f"{f}{l_}{rng.randint(1, 99)}", f"{f[0]}{l_}", f"{f}_{l_}", f"{l_}.{f}"][style]
    return f"{local}@{pick(rng, MAIL_HOSTS)}"


def work_addr(rng: random.Random, first: str, last: str, company: str) -> str:
    f, l_ = slug(first), slug(last)
    local = pick(rng, [f"{f}.{l_}", f"{f}", f"{f[0]}{l_}", f"{f}.{l_[0]}"])
    return f"{local}@{domain_of(company)}"


def candidate(rng: random.Random) -> dict:
    """The mailbox owner for one record: name and personal address."""
    first, last = person(rng)
    return {"first": first, "last": last, "name": f"{first} {last}", "addr": personal_addr(rng, first, last)}


def a_date(rng: random.Random, lang: str = "en") -> str:
    d, m = rng.randint(1, 28), rng.randrange(12)
    if lang == "de":
        return pick(rng, [f"{pick(rng, WD_DE)}, {d}. {MON_DE[m]}", f"{d:02d}.{m + 1:02d}.", f"{d}. {MON_DE[m]}"])
    if lang == "fr":
        return pick(rng, [f"{pick(rng, WD_FR)} {d} {MON_FR[m]}", f"le {d} {MON_FR[m]}", f"{d:02d}/{m + 1:02d}"])
    if lang == "es":
        return pick(rng, [f"el {pick(rng, WD_ES)} {d} de {MON_ES[m]}", f"{d} de {MON_ES[m]}", f"{d}/{m + 1}"])
    return pick(rng, [f"{pick(rng, WEEKDAYS)}, {MONTHS[m]} {d}", f"{pick(rng, WEEKDAYS)} {d} {MONTHS[m]}",
                      f"{MON3[m]} {d}", f"{d} {MONTHS[m]}", f"{pick(rng, WEEKDAYS)} the {ordinal(d)}",
                      f"{m + 1}/{d}", f"{pick(rng, WEEKDAYS)}"])


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def a_time(rng: random.Random, lang: str = "en") -> str:
    h, mi = rng.randint(8, 17), pick(rng, [0, 0, 15, 30, 45])
    if lang != "en" or maybe(rng, 0.4):
        return f"{h:02d}:{mi:02d}" + (" Uhr" if lang == "de" and maybe(rng, 0.6) else "")
    hh = h if h <= 12 else h - 12
    return pick(rng, [f"{hh}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{hh}{'' if mi == 0 else f':{mi:02d}'}"
                      f"{'am' if h < 12 else 'pm'}", f"{hh}:{mi:02d} {'AM' if h < 12 else 'PM'}"])


def tz(rng: random.Random) -> str:
    return pick(rng, ["CET", "CEST", "GMT", "BST", "EST", "PT", "ET", "UTC", "Europe/Berlin", "(GMT+01:00)"])


def stamp(rng: random.Random) -> str:
    """A header-like timestamp used in quoted history."""
    d, m, y = rng.randint(1, 28), rng.randrange(12), pick(rng, [2024, 2025, 2025, 2026])
    h, mi = rng.randint(7, 21), rng.randint(0, 59)
    return pick(rng, [
        f"{pick(rng, WEEKDAYS_ALL)[:3]}, {MON3[m]} {d}, {y} at {h}:{mi:02d}",
        f"{pick(rng, WEEKDAYS_ALL)}, {MONTHS[m]} {d}, {y} {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
        f"{d} {MON3[m]} {y}, at {h:02d}:{mi:02d}",
        f"{y}-{m + 1:02d}-{d:02d} {h:02d}:{mi:02d}",
    ])


def quote_lines(text: str) -> str:
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip().splitlines())


def quoted_reply(rng: random.Random, name: str, addr: str, text: str, lang: str = "en") -> str:
    """Quoted history below a reply: gmail style, Outlook header block, or Apple style."""
    when = stamp(rng)
    style = rng.randrange(4)
    if lang == "de" and style == 0:
        return f"Am {when} schrieb {name} <{addr}>:\n{quote_lines(text)}"
    if lang == "fr" and style == 0:
        return f"Le {when}, {name} <{addr}> a écrit :\n{quote_lines(text)}"
    if lang == "es" and style == 0:
        return f"El {when}, {name} (<{addr}>) escribió:\n{quote_lines(text)}"
    if style in (0, 1):
        return f"On {when}, {name} <{addr}> wrote:\n{quote_lines(text)}"
    if style == 2:
        head = {"de": ("Von", "Gesendet", "An", "Betreff"), "fr": ("De", "Envoyé", "À", "Objet"),
                "es": ("De", "Enviado", "Para", "Asunto")}.get(lang, ("From", "Sent", "To", "Subject"))
        return (f"{'_' * 32}\n{head[0]}: {name} <{addr}>\n{head[1]}: {when}\n{head[2]}: {{to}}\n"
                f"{head[3]}: {{subject}}\n\n{text.strip()}")
    return f"-----Original Message-----\nFrom: {name} [mailto:{addr}]\nSent: {when}\nSubject: {{subject}}\n\n{text.strip()}"


def forwarded(rng: random.Random, name: str, addr: str, subject: str, to: str, text: str) -> str:
    return (f"---------- Forwarded message ---------\nFrom: {name} <{addr}>\nDate: {stamp(rng)}\n"
            f"Subject: {subject}\nTo: <{to}>\n\n{text.strip()}")


def phone(rng: random.Random) -> str:
    return pick(rng, [f"+49 {rng.randint(150, 179)} {rng.randint(1000000, 9999999)}",
                      f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                      f"({rng.randint(200, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                      f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                      f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"])


def work_signature(rng: random.Random, name: str, title: str, company: str) -> str:
    parts = [name]
    if maybe(rng, 0.8):
        parts.append(title if maybe(rng, 0.5) else f"{title} | {company}")
    if maybe(rng, 0.6):
        parts.append(company)
    if maybe(rng, 0.5):
        parts.append(pick(rng, ["m: ", "Tel. ", "", "Mobile: ", "p "]) + phone(rng))
    if maybe(rng, 0.3):
        parts.append(pick(rng, ["Pronouns: she/her", "Pronouns: he/him", "they/them",
                                "Working hours: Mon-Thu", "I work flexibly, so please don't feel obliged to reply outside your hours."]))
    if maybe(rng, 0.3):
        parts.append("www." + domain_of(company))
    sep = pick(rng, ["--\n", "-- \n", "", "\n", "___\n"])
    return sep + "\n".join(parts)


def personal_signature(rng: random.Random, first: str, last: str, lang: str = "en") -> str:
    name = pick(rng, [first, f"{first} {last}", f"{first[0]}.", f"{first} {last}"])
    extra = []
    if maybe(rng, 0.35):
        extra.append(pick(rng, [phone(rng), f"linkedin.com/in/{slug(first)}-{slug(last)}",
                                f"github.com/{slug(first)}{slug(last)[:3]}", f"{slug(first)}{slug(last)}.dev",
                                "Portfolio: " + f"{slug(first)}-{slug(last)}.design"]))
    if maybe(rng, 0.15):
        extra.append(pick(rng, ["Sent from my iPhone", "Sent from my phone, excuse brevity",
                                "Von meinem iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi móvil",
                                "Get Outlook for Android"]))
    return "\n".join([name] + extra)


UNSUB_EN = [
    "You are receiving this email because you subscribed to {brand}. Unsubscribe | Manage preferences",
    "Don't want these emails? Unsubscribe here or update your notification settings.",
    "To stop receiving these messages, click unsubscribe. {brand}, {addr}",
    "This message was sent to {to}. If you no longer wish to receive these emails, you can opt out at any time.",
    "Manage your email settings · Privacy policy · Terms · Help centre",
    "Sent by {brand} · {addr} · You can change how often you hear from us in your account settings.",
    "Not interested anymore? One click and you're off the list: unsubscribe.",
    "© {year} {brand}. All rights reserved. {addr}",
    "Why did I get this? You signed up for updates from {brand}. View in browser | Unsubscribe",
]
ADDRS = ["14 Canal Street, Manchester M1 3HU", "Friedrichstraße 68, 10117 Berlin", "500 Howard St, San Francisco, CA",
         "Rua Augusta 112, 1100-053 Lisboa", "9 Rue du Faubourg, 69002 Lyon", "Calle de Alcalá 21, 28014 Madrid",
         "PO Box 4410, Dublin 2", "200 Queen St W, Toronto ON", "Keizersgracht 300, Amsterdam"]


def footer(rng: random.Random, brand: str, to: str) -> str:
    line = pick(rng, UNSUB_EN).format(brand=brand, addr=pick(rng, ADDRS), to=to, year=pick(rng, [2024, 2025, 2026]))
    if maybe(rng, 0.4):
        line += "\n" + pick(rng, UNSUB_EN).format(brand=brand, addr=pick(rng, ADDRS), to=to, year=2025)
    return line


CONFIDENTIAL = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "CONFIDENTIALITY NOTICE: The information in this message may be privileged. Any unauthorised use is prohibited.",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
    "Please consider the environment before printing this email.",
    "Registered in England and Wales, company no. 0{n}. Registered office as above.",
]


def legal(rng: random.Random) -> str:
    return pick(rng, CONFIDENTIAL).format(n=rng.randint(1000000, 9999999))


def to_html(rng: random.Random, paras: Iterable[str], brand: str = "", cta: str | None = None) -> str:
    """Render paragraphs as a plausible marketing-style HTML body."""
    color = pick(rng, ["#0a66c2", "#1f7a4d", "#5b2a86", "#c2410c", "#111827", "#0e7490"])
    out = [f"<html><head><meta charset=\"utf-8\"><title>{brand}</title></head>",
           f"<body style=\"font-family:{pick(rng, ['Arial', 'Helvetica', 'Segoe UI', 'Georgia'])},sans-serif\">",
           "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>"]
    if brand:
        out.append(f"<div style=\"color:{color};font-weight:bold;font-size:20px\">{brand}</div>")
    for p in paras:
        p = p.strip()
        if not p:
            continue
        lines = p.splitlines()
        if len(lines) > 1 and all(ln.lstrip().startswith(("-", "•", "*")) for ln in lines):
            out.append("<ul>" + "".join(f"<li>{ln.lstrip('-•* ').strip()}</li>" for ln in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(lines) + "</p>")
    if cta:
        out.append(f"<p><a href=\"https://{slug(brand or 'mail')}.example/l/{rng.randint(10000, 99999)}\" "
                   f"style=\"background:{color};color:#fff;padding:8px 14px;text-decoration:none\">{cta}</a></p>")
    out.append("</td></tr></table></body></html>")
    return "\n".join(out)


def join(*parts: str | None) -> str:
    return "\n\n".join(p.strip("\n") for p in parts if p and p.strip())


def rec(prefix: str, family: str, n: int, *, folder: str = "INBOX", lang: str = "en", from_name: str,
        from_addr: str, to_addr: str, subject: str, body_text: str, body_html: str | None = None,
        labels: list | None = None, company: str | None = None) -> dict:
    return {
        "id": f"{prefix}-{family}-{n}", "family": family, "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": sorted(labels or []), "company": company,
        "topics": [], "outside_control": [],
    }
