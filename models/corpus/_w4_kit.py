"""Writer w4 shared kit: people, organisations, relay domains, footers, HTML and record assembly.

Used by the gen_w4_*.py generators (large organisations, public sector, international English,
German/French/Spanish mail). Everything here was written for writer w4 only.
"""

from __future__ import annotations

import html as _html
import random
import unicodedata

FIRST = [
    "Priya", "Rahul", "Ananya", "Sandeep", "Kavitha", "Arjun", "Deepa", "Venkat", "Meera", "Harish",
    "Jürgen", "Katrin", "Matthias", "Sabine", "Tobias", "Ulrike", "Benedikt", "Anke",
    "Élodie", "Mathieu", "Camille", "Baptiste", "Solène", "Thibault", "Margaux",
    "Lucía", "Javier", "Mariana", "Rodrigo", "Valentina", "Joaquín", "Camila", "Diego", "Paola",
    "Fiona", "Graham", "Niamh", "Oluwaseun", "Chidi", "Ingrid", "Piotr", "Agnieszka", "Tomasz",
    "Wei", "Mei-Ling", "Hiroshi", "Aisha", "Kwame", "Siobhan", "Dimitris", "Eleni",
]
LAST = [
    "Raghunathan", "Iyer", "Chatterjee", "Deshpande", "Kulkarni", "Menon", "Bhattacharya", "Nair",
    "Oberhuber", "Schwarzkopf", "Lindemann", "Vogt", "Kessler", "Brandstätter", "Hofmeister",
    "Lefebvre", "Garnier", "Rousseau", "Marchand", "Chevalier", "Fontaine",
    "Domínguez", "Villalobos", "Ortega", "Castañeda", "Quintero", "Salazar", "Barbosa", "Figueiredo",
    "McAllister", "Whitfield", "O'Donoghue", "Adeyemi", "Okonkwo", "Nowak", "Wiśniewski",
    "Lindqvist", "Tanaka", "Haddad", "Mensah", "Papadakis", "Zhou",
]
CANDIDATE = [("Alex", "Morgan"), ("Sam", "Okafor"), ("Jordan", "Weiss"), ("Noor", "Hamdan"),
             ("Lena", "Fischer"), ("Tomás", "Ruiz"), ("Claire", "Dubois"), ("Ravi", "Shankar")]

# (name a person uses, short name for domains, sector)
ORGS = [
    ("Halvorsen Maritime Bank", "halvorsenbank", "bank"), ("Banco Cordillera", "bancocordillera", "bank"),
    ("Meridian Trust & Savings", "meridiantrust", "bank"), ("Kestrel Capital Partners", "kestrelcap", "bank"),
    ("St. Brigid's University Hospital", "stbrigids", "health"), ("Riverside Community Health Trust", "riversidecht", "health"),
    ("Clínica Santa Aurora", "santaaurora", "health"), ("Northgate Medical Group", "northgatemed", "health"),
    ("University of Eastmoor", "eastmoor", "uni"), ("Kingsbridge Institute of Technology", "kingsbridge", "uni"),
    ("Università di Valleombrosa", "valleombrosa", "uni"),
    ("Department for Regional Transport", "drt-gov", "gov"), ("City of Ashford Council", "ashfordcouncil", "gov"),
    ("National Statistics Agency", "nsa-stats", "gov"),
    ("Brightwater Consulting", "brightwater", "consult"), ("Aldridge & Finch Advisory", "aldridgefinch", "consult"),
    ("Pinnacle Strategy Group", "pinnaclesg", "consult"), ("Tarragon Management Consultants", "tarragonmc", "consult"),
    ("Vantoria Systems", "vantoria", "corp"), ("Obelisk Logistics", "obelisklog", "corp"),
    ("Heliotrope Pharma", "heliotrope", "corp"), ("Quillon Energy", "quillon", "corp"),
    ("Saraswati Infotech", "saraswati-it", "corp"), ("Corvane Automotive", "corvane", "corp"),
    ("Lumenfield Insurance", "lumenfield", "corp"), ("Grupo Altamira", "grupoaltamira", "corp"),
    ("Nordwerk Industrietechnik", "nordwerk", "corp"), ("Société Vernier & Fils", "vernierfils", "corp"),
]
RELAYS = ["tal-relay.net", "candidate-notify.io", "careersmail-hub.com", "wd-jobsmail.net",
          "sfrecruit-mailer.com", "hirepost-relay.net", "applytrack-notify.com", "recruitmail-eu.net",
          "jobsportal-mx.com", "notify.talentgrid.io"]
ROLES_EN = [
    "Senior Data Analyst", "Backend Engineer (Java)", "Site Reliability Engineer", "Clinical Systems Analyst",
    "Software Developer – Payments", "Graduate Technology Analyst", "Research Software Engineer",
    "Cloud Platform Engineer", "Business Intelligence Developer", "Associate Consultant – Digital",
    "Lead QA Automation Engineer", "IT Project Officer", "Machine Learning Engineer", "Data Engineer II",
    "Full Stack Developer", "Information Security Analyst", "Solutions Architect", "DevOps Specialist",
]
ROLES_DE = ["Softwareentwickler (m/w/d) Java", "Data Engineer (w/m/d)", "IT-Systemadministrator (m/w/d)",
            "Werkstudent Softwareentwicklung (m/w/d)", "Senior Backend-Entwickler (m/w/d)", "Cloud Architekt (m/w/d)"]
ROLES_FR = ["Ingénieur logiciel H/F", "Développeur Full Stack H/F", "Data Analyst H/F", "Chef de projet IT H/F",
            "Ingénieur DevOps H/F", "Consultant junior en transformation digitale H/F"]
ROLES_ES = ["Desarrollador/a Backend", "Ingeniero/a de Datos", "Analista de Sistemas", "Arquitecto/a Cloud",
            "Desarrollador/a Full Stack", "Especialista en Ciberseguridad"]

DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def candidate(rng: random.Random) -> tuple[str, str, str]:
    f, last = rng.choice(CANDIDATE)
    addr = rng.choice([f"{f.lower()}.{last.lower()}", f"{f[0].lower()}{last.lower()}", f"{f.lower()}{rng.randint(7, 95)}"])
    addr = addr.replace("á", "a").replace("ó", "o")
    return f, last, addr + "@" + rng.choice(["mailbox.org", "gmail.com", "posteo.de", "outlook.com", "proton.me"])


def org(rng: random.Random, sectors: tuple[str, ...] | None = None) -> tuple[str, str, str]:
    pool = [o for o in ORGS if sectors is None or o[2] in sectors]
    return rng.choice(pool)


def when(rng: random.Random, lang: str = "en") -> str:
    d, m = rng.randint(2, 28), rng.randrange(12)
    h = rng.choice([9, 10, 11, 13, 14, 15, 16])
    mi = rng.choice(["00", "15", "30", "45"])
    if lang == "de":
        return f"{rng.choice(DAYS_DE)}, {d}. {MONTHS_DE[m]} um {h}:{mi} Uhr"
    if lang == "fr":
        return f"le {rng.choice(DAYS_FR)} {d} {MONTHS_FR[m]} à {h}h{mi}"
    if lang == "es":
        return f"el {rng.choice(DAYS_ES)} {d} de {MONTHS_ES[m]} a las {h}:{mi}"
    style = rng.randrange(4)
    if style == 0:
        return f"{rng.choice(DAYS_EN)}, {d} {MONTHS_EN[m]} at {h}:{mi}"
    if style == 1:
        return f"{d:02d}/{m + 1:02d} at {h}:{mi} hrs IST" if rng.random() < .5 else f"{d:02d}.{m + 1:02d}. {h}:{mi} CET"
    if style == 2:
        return f"{rng.choice(DAYS_EN)} {MONTHS_EN[m]} {d}, {h % 12 or 12}:{mi} {'AM' if h < 12 else 'PM'} (GMT)"
    return f"{d} {MONTHS_EN[m][:3]} – {h}:{mi}"


def ref(rng: random.Random) -> str:
    return rng.choice([f"REQ-{rng.randint(10000, 99999)}", f"JR{rng.randint(100000, 999999)}",
                       f"{rng.randint(2024, 2026)}-{rng.randint(1000, 9999)}", f"VAC/{rng.randint(100, 999)}/{rng.choice('ABCDE')}",
                       f"R{rng.randint(1000000, 9999999)}"])


def pick(rng: random.Random, items: list[str], k: int = 1) -> list[str]:
    return rng.sample(items, k)


LEGAL_EN = [
    "This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system. Any unauthorised use, disclosure or copying is prohibited.",
    "{org} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
    "We are committed to a diverse and inclusive workplace. If you need a reasonable adjustment at any point of the recruitment process, reply to this message and tell us what would help.",
    "Please do not reply to this automatically generated message. This mailbox is not monitored.",
    "Your personal data is processed in accordance with our Candidate Privacy Notice. You may request access to, correction or deletion of your data at any time through your candidate account.",
    "{org} will never ask candidates for payment at any stage of recruitment. Report suspicious messages to our security team.",
    "Registered office: {addr}. Registered in England and Wales, company no. {num}.",
    "Authorised and regulated by the Financial Conduct Authority. Calls may be recorded for training and monitoring purposes.",
    "Think of the environment before printing this e-mail.",
    "Disclaimer: the information contained in this communication is intended solely for the addressee. The company accepts no liability for the content of this email or for the consequences of any actions taken on the basis of it, unless confirmed in writing.",
]
ADDRS = ["1 Harbour Quay, Leith", "Torre Norte, Av. Reforma 410, CDMX", "Kaiserstraße 18, 60311 Frankfurt am Main",
         "12 rue des Tanneurs, 69002 Lyon", "Prestige Tech Park, Outer Ring Road, Bengaluru 560103",
         "Calle de Alcalá 221, 28028 Madrid", "40 Wellington Row, Manchester M2 4BD", "Campus Building C, Eastmoor EM4 7QL"]


def footer(rng: random.Random, org_name: str, n: int | None = None) -> str:
    n = rng.randint(0, 3) if n is None else n
    parts = rng.sample(LEGAL_EN, n)
    return "\n\n".join(p.format(org=org_name, addr=rng.choice(ADDRS), num=rng.randint(1000000, 9999999)) for p in parts)


def to_html(rng: random.Random, paragraphs: list[str], table: list[tuple[str, str]] | None = None,
            brand: str = "", foot: str = "") -> str:
    """Render paragraphs (and an optional key/value table) as a corporate HTML mail."""
    colour = rng.choice(["#00205b", "#0a6e4f", "#7a1f2b", "#333333", "#005eb8", "#5b2c83"])
    out = ['<html><head><meta charset="utf-8"><style>td{font-family:Arial,sans-serif;font-size:13px}</style></head><body>',
           f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:{colour};color:#fff;padding:14px">'
           f'<b>{_html.escape(brand)}</b></td></tr><tr><td style="padding:18px">']
    for i, p in enumerate(paragraphs):
        out.append("<p>" + _html.escape(p).replace("\n", "<br>") + "</p>")
        if table and i == min(1, len(paragraphs) - 1):
            out.append('<table border="1" cellpadding="6" style="border-collapse:collapse">')
            for k, v in table:
                out.append(f"<tr><td><b>{_html.escape(k)}</b></td><td>{_html.escape(v)}</td></tr>")
            out.append("</table>")
    out.append("</td></tr>")
    if foot:
        out.append('<tr><td style="font-size:10px;color:#888;padding:18px">' + _html.escape(foot).replace("\n", "<br>") + "</td></tr>")
    out.append("</table></body></html>")
    return "".join(out)


def table_text(table: list[tuple[str, str]]) -> str:
    w = max(len(k) for k, _ in table)
    return "\n".join(f"{k.ljust(w)} : {v}" for k, v in table)


def quote(rng: random.Random, text: str, who: str, date: str, lang: str = "en") -> str:
    lead = {"en": rng.choice([f"On {date}, {who} wrote:", f"-----Original Message-----\nFrom: {who}\nSent: {date}",
                              f"From: {who}\nDate: {date}"]),
            "de": rng.choice([f"Am {date} schrieb {who}:", f"-----Ursprüngliche Nachricht-----\nVon: {who}\nGesendet: {date}"]),
            "fr": rng.choice([f"Le {date}, {who} a écrit :", f"-----Message d'origine-----\nDe : {who}\nEnvoyé : {date}"]),
            "es": rng.choice([f"El {date}, {who} escribió:", f"-----Mensaje original-----\nDe: {who}\nEnviado: {date}"])}[lang]
    if lead.startswith("On ") or lead.startswith("Am ") or lead.startswith("Le ") or lead.startswith("El "):
        return lead + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.splitlines())
    return lead + "\n\n" + text


class Counter:
    """Hands out running numbers per family so ids are stable for a given rng sequence."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.n: dict[str, int] = {}

    def rid(self, family: str) -> str:
        self.n[family] = self.n.get(family, 0) + 1
        return f"{self.prefix}-{family}-{self.n[family]}"


def ascii_addr(addr: str) -> str:
    """Fold accents and drop characters that do not belong in a plain e-mail address."""
    folded = unicodedata.normalize("NFKD", addr).encode("ascii", "ignore").decode()
    return folded.replace("'", "").replace(" ", "")


def record(ids: Counter, family: str, *, folder: str = "INBOX", lang: str = "en", from_name: str, from_addr: str,
           to_addr: str, subject: str, body_text: str, body_html: str | None = None, labels: list[str] | None = None,
           company: str | None = None, topics: list[str] | None = None, outside_control: list[str] | None = None) -> dict:
    return {"id": ids.rid(family), "family": family, "folder": folder, "lang": lang, "from_name": from_name,
            "from_addr": ascii_addr(from_addr), "to_addr": ascii_addr(to_addr), "subject": subject, "body_text": body_text,
            "body_html": body_html, "labels": sorted(labels or []), "company": company,
            "topics": sorted(topics or []), "outside_control": sorted(outside_control or [])}
