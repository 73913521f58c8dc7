"""Shared world for writer w22 (mail that reaches the inbox through other channels).

What: fictional employers, people, platforms, phone numbers, dates, and the surface
transforms this writer uses (mojibake, 72-column quoted-printable leftovers, legacy caps,
small HTML wrappers). When: imported by every ``gen_w22_*.py`` generator.
"""

from __future__ import annotations

import random
import re
import textwrap

_STEMS = [
    "Brightwater", "Kestrel", "Ostrava", "Lumen Ridge", "Halvorsen", "Tidewell", "Quarry Lane",
    "Marlowe", "Saltmarsh", "Ironbark", "Vellum", "Copperleaf", "Nordhavn", "Pennant", "Arcadia Mills",
    "Blue Heron", "Fenwick", "Orchard Row", "Cinder", "Greyfriars", "Solstice", "Wrenfield",
    "Azimuth", "Juniper", "Bramblegate", "Castellan", "Driftwood", "Emberly", "Foxglove", "Galloway",
    "Hollins", "Inkwell", "Jadeport", "Kingsmere", "Larkspur", "Meridian Bay", "Northgale",
    "Oakhurst", "Pelican", "Quillon", "Redfern", "Silverbirch", "Thornbury", "Umbra", "Valence",
    "Westbrook", "Yarrow", "Zephyr", "Amberley", "Bellwether", "Cobalt Street", "Dunmore",
    "Eastwind", "Falkirk", "Glasshouse", "Harbourline", "Isola", "Kittering", "Lodestar",
    "Mossgiel", "Nettlebed", "Okapi", "Palisade", "Rookery", "Sundial", "Tamarind", "Upland",
    "Verdant", "Whitlock", "Alder & Finch", "Brassica", "Calder", "Dovetail", "Estuary",
    "Fathom", "Gannet", "Heliograph", "Ivory Tower", "Jetstream", "Kilnworth", "Limestone",
    "Mariposa", "Nimbus", "Osprey", "Parula", "Quayside", "Rivermead", "Sable", "Trillium",
]
_SECTORS = [
    "Logistics", "Health", "Analytics", "Labs", "Robotics", "Insurance", "Foods", "Energy",
    "Software", "Bank", "Studios", "Pharma", "Retail", "Mobility", "Telecom", "Capital",
    "Games", "Biotech", "Media", "Engineering", "Hotels", "Learning", "Security", "Systems",
]
_STANDALONE = [
    "Oyelaran & Daughters", "Kowalczyk Partners", "Brandt Maschinenbau", "Ferreira Têxteis",
    "Maison Roussel", "Hoffmann & Lutz", "Sato Precision", "Nakamura Freight", "Delgado Vinos",
    "Ibsen Marine", "Rajan Textiles", "Mbeki Solar", "Van der Berg Bouw", "Castillo Farmacéutica",
    "Papadakis Shipping", "Lindqvist Design", "O'Hara Brewing", "Achterberg Media", "Novák Glass",
    "Wójcik Dental", "Quintero Legal", "Tanaka Instruments", "Adebayo Foods", "Moreau Conseil",
    "Schäfer Energie", "Ruiz Arquitectos", "Bauer Logistik", "Gallo Ceramiche", "Nilsson Audio",
    "Kaur Clinics", "the city council of Hartlepoole", "St Wilfrid's Hospital Trust",
]

_rng0 = random.Random(2222)
COMPANIES: list[str] = []
for _stem in _STEMS:
    COMPANIES.append(f"{_stem} {_rng0.choice(_SECTORS)}")
for _stem in _STEMS[::2]:
    _alt = f"{_stem} {_rng0.choice(_SECTORS)}"
    if _alt not in COMPANIES:
        COMPANIES.append(_alt)
COMPANIES.extend(s for s in _STANDALONE if not s.startswith(("the ", "St ")))
COMPANIES.extend(["St Wilfrid's Hospital Trust", "Hartlepoole Council"])

FIRST = [
    "Priya", "Tom", "Aisha", "Lukas", "Mei", "Jonas", "Fatima", "Diego", "Hannah", "Kwame",
    "Sofia", "Ravi", "Elena", "Marcus", "Yuki", "Olu", "Claire", "Mateo", "Ingrid", "Samir",
    "Niamh", "Björn", "Leila", "Arjun", "Zoe", "Tariq", "Grace", "Pavel", "Amara", "Henrik",
    "Lucía", "Dev", "Chloé", "Femi", "Rosa", "Jakub", "Noor", "Ethan", "Anya", "Kofi",
    "Marta", "Idris", "Beatriz", "Callum", "Hye-jin", "Oskar", "Esther", "Rahul", "Nadia", "Finn",
    "Camille", "Tobias", "Adaeze", "Luca", "Sunita", "Gareth", "Ximena", "Dmitri", "Imogen", "Wei",
]
LAST = [
    "Shah", "Okafor", "Müller", "Chen", "Lindgren", "Alvarez", "Brennan", "Nakamura", "Haddad",
    "Kowalski", "Osei", "Fischer", "Moreau", "Patel", "Russo", "Eriksen", "Mensah", "Dubois",
    "O'Connell", "García", "Novak", "Adeyemi", "Schmidt", "Takahashi", "Reyes", "Walsh", "Bianchi",
    "Kaur", "Lefebvre", "Jansen", "Hughes", "Petrov", "Santos", "Zhou", "Byrne", "Kim", "Rossi",
    "Nwosu", "Keller", "Fontaine", "Mahmoud", "Silva", "Doyle", "Varga", "Ito", "Costa", "Kagame",
    "Abara", "Whitfield", "Iqbal", "Hartmann", "Lund", "Mercer", "Sørensen", "Delacroix", "Ueda",
]

ROLES = [
    "Data Analyst", "Backend Engineer", "Product Designer", "Site Reliability Engineer",
    "Marketing Manager", "Finance Business Partner", "Customer Success Lead", "QA Engineer",
    "Operations Coordinator", "Machine Learning Engineer", "Frontend Developer", "Payroll Specialist",
    "Supply Chain Planner", "UX Researcher", "Account Executive", "Clinical Data Manager",
    "Mobile Engineer (iOS)", "Solutions Architect", "HR Generalist", "Content Strategist",
    "Platform Engineer", "Business Intelligence Developer", "Project Manager", "Security Analyst",
    "Embedded Software Engineer", "Technical Writer", "Procurement Lead", "Data Engineer",
    "Sales Development Rep", "Engineering Manager", "Graduate Software Engineer", "Brand Designer",
    "Risk Analyst", "Office Manager", "DevOps Engineer", "Product Manager", "Lab Technician",
    "Store Operations Manager", "Legal Counsel", "Analytics Engineer",
]

NET_PLATFORMS = ["Linkfolio", "ProNexus", "Careerloop", "Worklane", "Colleago", "Peerpath", "Fieldnote", "Rolodeck"]
NET_DOMAINS = {
    "Linkfolio": "linkfolio-mail.com", "ProNexus": "notify.pronexus.net", "Careerloop": "careerloop.io",
    "Worklane": "em.worklane.co", "Colleago": "messages.colleago.com", "Peerpath": "peerpath.app",
    "Fieldnote": "mail.fieldnote.work", "Rolodeck": "rolodeck-notifications.com",
}
CHAT_TOOLS = ["Teamline", "Chatterhub", "Huddlewire", "Loopdesk"]
VOICE_SERVICES = ["Callvault", "Voxmail", "PhoneDesk", "Ringo Voice", "LineKeeper"]
SMS_GATEWAYS = ["Textbridge", "SMSBox Mail", "Relaytext", "Pagerline"]
ATS_RELAYS = ["hire-relay.net", "talentmail.io", "apply-notify.com", "jobsflow-mail.net", "recruitbox.email"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TIMES = ["9:00", "9:30", "10:00", "10:30", "11:00", "11:15", "13:00", "13:30", "14:00", "14:30", "15:00", "15:45", "16:00", "16:30"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", s.lower().replace("&", "and"))[:18] or "co"


def company_domain(rng: random.Random, company: str) -> str:
    base = slug(company.split(" ")[0] if rng.random() < 0.5 else company)
    return base + pick(rng, [".com", ".co.uk", ".io", ".de", ".eu", ".net", ".co", ".fr", ".es"])


def person(rng: random.Random) -> tuple[str, str]:
    return pick(rng, FIRST), pick(rng, LAST)


def addr_for(rng: random.Random, first: str, last: str, domain: str) -> str:
    f = slug(first) or "x"
    l_ = slug(last) or "y"
    style = rng.randrange(4)
    local = [f"{f}.{l_}", f"{f[0]}{l_}", f"{f}", f"{f}_{l_[:3]}"][style]
    return f"{local}@{domain}"


def candidate(rng: random.Random) -> tuple[str, str, str]:
    first, last = person(rng)
    dom = pick(rng, ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "gmx.de", "icloud.com", "fastmail.com"])
    return first, last, addr_for(rng, first, last, dom)


def phone(rng: random.Random) -> str:
    kind = rng.randrange(5)
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    if kind == 0:
        return f"+44 20 {d(4)} {d(4)}"
    if kind == 1:
        return f"+1 ({d(3)}) {d(3)}-{d(4)}"
    if kind == 2:
        return f"+49 30 {d(8)}"
    if kind == 3:
        return f"+44 7{d(3)} {d(6)}"
    return f"+353 1 {d(3)} {d(4)}"


def req_no(rng: random.Random) -> str:
    return pick(rng, ["REQ-", "R", "JR", "#", "Job ID ", "Ref "]) + str(rng.randrange(1000, 99999))


def date_str(rng: random.Random) -> str:
    return f"{pick(rng, DAYS_SHORT)}, {rng.randrange(1, 28)} {pick(rng, MONTHS)} 2026"


def when(rng: random.Random) -> str:
    return f"{pick(rng, DAYS)} at {pick(rng, TIMES)}"


# --- surface transforms -------------------------------------------------------------

def mojibake(text: str, rng: random.Random) -> str:
    """Render text as a mis-decoded UTF-8 / HTML-entity mess, the way it arrives."""
    style = rng.randrange(3)
    if style == 0:
        table = {"’": "â€™", "'": "â€™", "—": "â€”", "–": "â€“", "é": "Ã©", "è": "Ã¨", "ü": "Ã¼",
                 "ö": "Ã¶", "ä": "Ã¤", "£": "Â£", "€": "â‚¬", "“": "â€œ", "”": "â€\x9d", "ñ": "Ã±", "í": "Ã­", "á": "Ã¡", "ó": "Ã³"}
    elif style == 1:
        table = {"'": "&#39;", "’": "&#39;", "\"": "&quot;", "&": "&amp;", "—": "&mdash;", "é": "&eacute;"}
    else:
        table = {"'": "\u2019", "é": "Ã©", "—": "â€\u201d", "£": "Â£", "ü": "Ã¼", "ä": "Ã¤", "ö": "Ã¶", "ß": "ÃŸ"}
        text = text.replace("'", "â€™") if rng.random() < 0.5 else text
    out = []
    for ch in text:
        out.append(table.get(ch, ch))
    res = "".join(out)
    if rng.random() < 0.3 or res == text:
        res = res.replace(". ", ".Â  ", 2)
    if res == text:
        res = res.replace(", ", ",Â ", 1).replace(" - ", " â€“ ", 1)
    return res


def qp_wrap(text: str, rng: random.Random, width: int = 72) -> str:
    """Hard-wrap at ``width`` and leave quoted-printable crumbs behind (=20, =E2=80=99, soft '=')."""
    lines: list[str] = []
    soft = rng.random() < 0.4
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        para = para.replace("’", "=E2=80=99") if rng.random() < 0.7 else para
        wrapped = textwrap.wrap(para, width=width - (1 if soft else 0)) or [""]
        for i, ln in enumerate(wrapped):
            if i < len(wrapped) - 1:
                if soft:
                    ln = ln + " ="
                elif rng.random() < 0.35:
                    ln = ln + "=20"
            lines.append(ln)
    return "\n".join(lines)


def html_wrap(paras: list[str], rng: random.Random, brand: str | None = None, footer: str | None = None) -> str:
    """A small, plausible notification-style HTML body from paragraphs."""
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    head = ""
    if brand:
        head = (f'<tr><td style="padding:16px;background:{pick(rng, ["#0a66c2", "#1d1d1f", "#3b5b4a", "#5a2d82", "#c2410c"])};'
                f'color:#fff;font-weight:bold">{esc(brand)}</td></tr>')
    body = "".join(f'<p style="margin:0 0 12px">{esc(p)}</p>' for p in paras if p)
    foot = f'<tr><td style="font-size:11px;color:#888;padding:12px">{esc(footer)}</td></tr>' if footer else ""
    style = rng.randrange(2)
    if style == 0:
        return (f'<html><body style="font-family:Arial,sans-serif"><table width="600" cellpadding="0" cellspacing="0">'
                f'{head}<tr><td style="padding:16px">{body}</td></tr>{foot}</table></body></html>')
    return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"wrap\">{head and '<h3>' + esc(brand or '') + '</h3>'}{body}</div>{'<small>' + esc(footer) + '</small>' if footer else ''}</body></html>"


def record(fam_prefix: str, family: str, n: int, *, folder: str = "INBOX", lang: str = "en",
           from_name: str, from_addr: str, to_addr: str, subject: str, body_text: str,
           body_html: str | None = None, labels=(), company: str | None = None, topics=(), oc=()) -> dict:
    labels = sorted(set(labels))
    return {
        "id": f"{fam_prefix}-{family}-{n}",
        "family": f"{fam_prefix}-{family}",
        "folder": folder,
        "lang": lang,
        "from_name": from_name,
        "from_addr": from_addr,
        "to_addr": to_addr,
        "subject": subject,
        "body_text": body_text,
        "body_html": body_html,
        "labels": labels,
        "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(oc)) if "rejection" in labels else [],
    }


class Counter:
    """Per-family running numbers for record ids."""

    def __init__(self) -> None:
        self.n: dict[str, int] = {}

    def next(self, family: str) -> int:
        self.n[family] = self.n.get(family, 0) + 1
        return self.n[family]


def weighted(rng: random.Random, table: list[tuple[str, float]]) -> str:
    total = sum(w for _, w in table)
    x = rng.random() * total
    for k, w in table:
        x -= w
        if x <= 0:
            return k
    return table[-1][0]


AGENCIES = ["Apex Talent Partners", "Northbridge Search", "Kite Recruitment", "Harlow & Reed Staffing",
            "Talentforge", "Bluepeak People", "Meridian Search Group", "Stepstone Consulting Ltd", "Ivy Lane Recruitment"]
TITLES = ["Talent Partner", "Technical Recruiter", "Head of People", "Engineering Manager", "Founder & CEO",
          "Senior Recruiter", "Talent Acquisition Specialist", "Hiring Manager", "People Operations", "HR Business Partner",
          "Recruitment Coordinator", "CTO"]


def make_ctx(rng: random.Random) -> dict:
    """Everything a message may mention: employer, role, recruiter, candidate, time, link."""
    c = pick(rng, COMPANIES)
    c2 = pick(rng, COMPANIES)
    rf, rl = person(rng)
    rf2, rl2 = person(rng)
    cf, cl, caddr = candidate(rng)
    r = pick(rng, ROLES)
    r2 = pick(rng, [x for x in ROLES if x != r])
    dom = company_domain(rng, c)
    token = "".join(pick(rng, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
    link = pick(rng, [f"https://{dom}/careers/assess/{token}", f"https://book.{pick(rng, ATS_RELAYS)}/{slug(c)}/{token}",
                      f"https://meet.{dom}/i/{token}", f"https://{pick(rng, ATS_RELAYS)}/t/{token}"])
    return {
        "c": c, "c2": c2, "r": r, "r2": r2, "rf": rf, "rl": rl, "rf2": rf2, "rl2": rl2,
        "cf": cf, "cl": cl, "caddr": caddr, "dom": dom, "when": when(rng), "time": pick(rng, TIMES),
        "link": link, "req": req_no(rng), "start": pick(rng, ["1 March", "4 May", "early September", "2 June", "15 January", "the 1st of next month"]),
        "sal": pick(rng, ["£52,000", "€61.500", "$118k", "£38,500", "€47,000", "$96,000", "£71k", "€84.000"]),
        "who": f"{pick(rng, FIRST)} {pick(rng, LAST)}", "title": pick(rng, TITLES),
    }
