"""Shared bits for writer 41: people, employers, dates, quoting, signatures, HTML shells.

Everything here is picked with the rng handed in by the generator, so the build is reproducible.
"""

from __future__ import annotations

import html as _html
import re

FIRST = [
    "Maren", "Tobias", "Ines", "Kwame", "Rosalind", "Dev", "Aoife", "Mateo", "Yusuf", "Lena", "Priyanka",
    "Oskar", "Hanna", "Callum", "Noor", "Bastien", "Greta", "Ravi", "Siobhan", "Emeka", "Clara", "Jonas",
    "Amara", "Felix", "Tamsin", "Hiro", "Lucia", "Marek", "Wren", "Dalia", "Ezra", "Fenna", "Gideon",
    "Ilse", "Joaquin", "Kasia", "Leif", "Mirela", "Nadim", "Ottilie", "Pavel", "Quinn", "Rhea", "Soren",
    "Talia", "Ugo", "Vera", "Wilf", "Ximena", "Yara", "Zeno", "Bronwen", "Cormac", "Delphine", "Esme",
    "Farid", "Gwen", "Hector", "Isolde", "Jude", "Keziah", "Lorcan", "Magnus", "Nell", "Orla", "Piet",
]
LAST = [
    "Aldana", "Brennan", "Castellanos", "Dahl", "Eriksen", "Fairweather", "Gallo", "Haddad", "Ilunga",
    "Jovanovic", "Kerr", "Lindqvist", "Mbeki", "Nakashima", "Okafor", "Pruitt", "Quarshie", "Rautio",
    "Strand", "Tiwari", "Uribe", "Vanterpool", "Whitlock", "Xu", "Yilmaz", "Zamora", "Achterberg",
    "Beaumont", "Coakley", "Drummond", "Esposito", "Flanagan", "Grünewald", "Hollis", "Imbert", "Jaramillo",
    "Kowalczyk", "Lachance", "Moncrieff", "Nwosu", "Ostrowski", "Pellegrini", "Rahimi", "Sandoval",
    "Thorsen", "Ueda", "Varga", "Wainwright", "Zielinski", "Abernethy", "Boateng", "Carrick", "Dufresne",
]

# the mailbox owners (one seeker's inbox, but several over the corpus)
SEEKERS = [
    ("Alex Marlowe", "alex.marlowe@fastmail.com"), ("Sunita Rao", "sunita.rao.dev@gmail.com"),
    ("Jakob Feld", "jfeld@posteo.de"), ("Camille Roux", "camille.roux@proton.me"),
    ("Diego Ferrer", "diegoferrer.m@gmail.com"), ("Hattie Bloom", "hattie.bloom@outlook.com"),
    ("Tomasz Wren", "t.wren@mailbox.org"), ("Ngozi Ade", "ngozi.ade@icloud.com"),
    ("Sam Okoye", "samokoye88@gmail.com"), ("Freya Lund", "freya.lund@hey.com"),
]

_ROOT = [
    "Halvard", "Quillon", "Marrowby", "Tessel", "Brightmoor", "Ouvrage", "Lumenreach", "Kestrel", "Saltmarsh",
    "Corvid", "Pennant", "Ashgrove", "Veloxa", "Tamarind", "Northgate", "Fjellstad", "Caldera", "Brambleway",
    "Orrery", "Sundial", "Wexford", "Bluefin", "Graniteview", "Hollowell", "Ironbark", "Juniper", "Kilnworth",
    "Larchmont", "Meridale", "Nettlefield", "Oxbow", "Pinecrest", "Redwater", "Silverleaf", "Thornbury",
    "Umberly", "Vantory", "Westerly", "Yarrow", "Zephyrine", "Ambergate", "Beacon Hill", "Cobalt Row",
    "Driftwood", "Emberline", "Foxglove", "Gullwing", "Harrowgate", "Inkwell", "Jetstream", "Knotwork",
    "Lodestar", "Mossbank", "Nimbuscale", "Otterpool", "Plover", "Quayside", "Rookery", "Stillwater",
]
_KIND = [
    "Analytics", "Robotics", "Health", "Logistics", "Energy", "Studio", "Games", "Bank", "Insurance",
    "Biotech", "Labs", "Software", "Foods", "Mobility", "Systems", "Capital", "Media", "Pharma", "Retail",
    "Marine", "Freight", "Learning", "Security", "Architects", "Telecom", "Foundry", "Data", "Works",
]


def company(rng) -> str:
    r = rng.random()
    root = rng.choice(_ROOT)
    if r < 0.55:
        return f"{root} {rng.choice(_KIND)}"
    if r < 0.8:
        return root
    return f"{root} & {rng.choice(LAST)}"


def domain_of(comp: str) -> str:
    base = re.sub(r"[^a-z]", "", comp.lower().replace("&", "and"))[:18]
    return base + ".com" if len(base) % 3 else base + ".io"


ROLES = [
    "Backend Engineer", "Data Analyst", "Product Designer", "Senior Frontend Developer", "Platform Engineer",
    "Marketing Manager", "Operations Coordinator", "Machine Learning Engineer", "QA Engineer",
    "Customer Success Lead", "Site Reliability Engineer", "Technical Writer", "Business Analyst",
    "Financial Controller", "UX Researcher", "Android Developer", "Data Engineer", "Engineering Manager",
    "Solutions Architect", "Product Manager", "Content Strategist", "Security Analyst", "iOS Developer",
    "Supply Chain Analyst", "HR Generalist", "Full-Stack Developer", "DevOps Engineer", "Project Manager",
]

ATS_RELAYS = [
    "notifications.hirewell-mail.com", "no-reply.talentloom.io", "jobs.pipelinr.net", "mail.recruitbase.co",
    "careers-noreply.applyhub.eu", "hello.stafftrack.app", "candidates.bayhire.com", "inbox.tallyjobs.io",
]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
SHORT_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Sep", "Oct", "Nov"]


def person(rng) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def addr(first: str, last: str, dom: str, rng) -> str:
    f = re.sub(r"[^a-z]", "", first.lower())
    l_ = re.sub(r"[^a-z]", "", last.lower().replace("ü", "u"))
    return rng.choice([f"{f}.{l_}", f"{f}", f"{f[0]}{l_}", f"{f}{l_[0]}", f"{l_}.{f}"]) + "@" + dom


def date_phrase(rng) -> str:
    d = rng.randint(2, 28)
    return rng.choice([
        f"{rng.choice(DAYS)} {d} {rng.choice(MONTHS)}", f"{rng.choice(DAYS)}, {rng.choice(MONTHS)} {d}",
        f"{rng.choice(DAYS)} the {d}{'th' if d not in (2, 3, 22, 23) else ('nd' if d in (2, 22) else 'rd')}",
        f"next {rng.choice(DAYS)}", f"{rng.choice(DAYS)}",
    ])


def past_day(rng) -> str:
    d = rng.randint(2, 28)
    return rng.choice([f"{rng.choice(DAYS)}", f"{rng.choice(DAYS)} {d} {rng.choice(MONTHS)}", f"{rng.choice(MONTHS)} {d}",
                       f"the {d}{'th' if d not in (2, 3, 22, 23) else ('nd' if d in (2, 22) else 'rd')}"])


def time_phrase(rng) -> str:
    h = rng.choice([9, 10, 11, 13, 14, 15, 16])
    m = rng.choice(["00", "30", "15", "45"])
    return rng.choice([f"{h}:{m}", f"{h % 12 or 12}:{m}{'am' if h < 12 else 'pm'}",
                       f"{h}.{m}", f"{h % 12 or 12}{'am' if h < 12 else 'pm'}" if m == "00" else f"{h}:{m}"])


def header_date(rng) -> str:
    return (f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {rng.randint(1, 28)} {rng.choice(SHORT_M)} "
            f"2026 at {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}")


def quote(rng, text: str, who: str, who_addr: str, lang: str = "en", subject: str = "") -> str:
    """Quoted history under a reply, in the mail-client style of the language."""
    hd = header_date(rng)
    if lang == "en" and rng.random() < 0.3:
        return ("\n\n-----Original Message-----\nFrom: " + f"{who} <{who_addr}>\nSent: {hd}\n"
                f"Subject: {subject or 'Application'}\n\n" + text)
    intro = {
        "en": f"On {hd}, {who} <{who_addr}> wrote:",
        "de": f"Am {hd.replace(' at ', ' um ')} schrieb {who} <{who_addr}>:",
        "fr": f"Le {hd.replace(' at ', ' à ')}, {who} <{who_addr}> a écrit :",
        "es": f"El {hd.replace(' at ', ', a las ')}, {who} (<{who_addr}>) escribió:",
    }[lang]
    quoted = "\n".join("> " + ln if ln else ">" for ln in text.strip().split("\n"))
    return "\n\n" + intro + "\n" + quoted


def fwd_block(rng, text: str, who: str, who_addr: str, to: str, subject: str, lang: str = "en") -> str:
    hd = header_date(rng)
    if lang == "de":
        head = "---------- Weitergeleitete Nachricht ---------\nVon: "
        return f"{head}{who} <{who_addr}>\nDatum: {hd}\nBetreff: {subject}\nAn: {to}\n\n{text}"
    if lang == "fr":
        return (f"---------- Message transféré ---------\nDe : {who} <{who_addr}>\nDate : {hd}\n"
                f"Objet : {subject}\nÀ : {to}\n\n{text}")
    if lang == "es":
        return (f"---------- Mensaje reenviado ---------\nDe: {who} <{who_addr}>\nFecha: {hd}\n"
                f"Asunto: {subject}\nPara: {to}\n\n{text}")
    return (f"---------- Forwarded message ---------\nFrom: {who} <{who_addr}>\nDate: {hd}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text}")


def typo(rng, text: str, rate: float = 0.04) -> str:
    """Fast-typing damage: swapped letters, dropped letters, lowercase starts."""
    out = []
    for w in text.split(" "):
        r = rng.random()
        if w[:1].isupper():
            out.append(w)
            continue
        if len(w) > 4 and w.isalpha() and r < rate:
            i = rng.randint(1, len(w) - 3)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif len(w) > 5 and w.isalpha() and r < rate * 1.6:
            i = rng.randint(1, len(w) - 2)
            w = w[:i] + w[i + 1:]
        out.append(w)
    return " ".join(out)


def pick(rng, *pools):
    """Pick one item from one of the given pools (flat choice over all)."""
    items = [x for p in pools for x in p]
    return rng.choice(items)


def fill(s: str, **kw) -> str:
    for k, v in kw.items():
        s = s.replace("{" + k + "}", str(v))
    return s


# ---------- HTML shells ----------

def _p(par: str) -> str:
    return "<p>" + _html.escape(par).replace("\n", "<br>\n") + "</p>"


def html_simple(paragraphs: list[str], font: str = "Arial") -> str:
    body = "\n".join(_p(p) for p in paragraphs if p.strip())
    return (f'<html><body><div style="font-family:{font},sans-serif;font-size:14px;color:#222">\n'
            f"{body}\n</div></body></html>")


def html_branded(rng, brand: str, paragraphs: list[str], button: tuple[str, str] | None = None,
                 footer: str = "", color: str | None = None, preheader: str = "") -> str:
    color = color or rng.choice(["#1a4d8f", "#0f766e", "#7c2d12", "#4338ca", "#111827", "#b45309", "#9d174d"])
    rows = "\n".join(f'<tr><td style="padding:6px 32px;line-height:1.5">{_p(p)}</td></tr>' for p in paragraphs
                     if p.strip())
    btn = ""
    if button:
        btn = (f'<tr><td style="padding:18px 32px" align="left"><a href="{_html.escape(button[1])}" '
               f'style="background:{color};color:#fff;padding:11px 22px;border-radius:4px;'
               f'text-decoration:none;font-weight:bold">{_html.escape(button[0])}</a></td></tr>')
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{_html.escape(preheader)}</div>'
           if preheader else "")
    foot = (f'<tr><td style="padding:20px 32px;font-size:11px;color:#888;border-top:1px solid #eee">'
            f'{_html.escape(footer).replace(chr(10), "<br>")}</td></tr>') if footer else ""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f4f4f5\">"
        f"{pre}<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
        "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff;font-family:Helvetica,Arial\">"
        f"<tr><td style=\"background:{color};color:#fff;padding:18px 32px;font-size:20px;font-weight:bold\">"
        f"{_html.escape(brand)}</td></tr>\n{rows}\n{btn}\n{foot}</table></td></tr></table></body></html>"
    )


def text_of_html_parts(paragraphs: list[str], button: tuple[str, str] | None = None, footer: str = "") -> str:
    t = "\n\n".join(p for p in paragraphs if p.strip())
    if button:
        t += f"\n\n{button[0]}: {button[1]}"
    if footer:
        t += "\n\n--\n" + footer
    return t


def record(prefix: str, fam: str, n: int, *, folder="INBOX", lang="en", from_name="", from_addr="",
           to_addr="", subject="", body_text="", body_html=None, labels=(), company=None, topics=(),
           outside=()) -> dict:
    return {
        "id": f"{prefix}-{fam}-{n}",
        "family": f"{prefix}_{fam}",
        "folder": folder,
        "lang": lang,
        "from_name": from_name,
        "from_addr": from_addr,
        "to_addr": to_addr,
        "subject": subject,
        "body_text": body_text,
        "body_html": body_html,
        "labels": sorted(set(labels)),
        "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(outside)) if "rejection" in labels else [],
    }


def unsub(rng, brand: str) -> str:
    return rng.choice([
        f"You are receiving this because you signed up at {brand}. Unsubscribe: https://{domain_of(brand)}/u/{rng.randint(10000, 99999)}",
        f"Manage preferences | Unsubscribe | View in browser\n© 2026 {brand}. All rights reserved.",
        f"Don't want these emails? Unsubscribe in one click. {brand}, {rng.randint(2, 300)} {rng.choice(['Harbour St', 'Calle Mayor', 'Rue Oberkampf', 'Kastanienallee', 'King St W'])}",
        f"To stop receiving this digest, update your settings at https://{domain_of(brand)}/settings/email",
        f"Sent by {brand} · Privacy · Terms · Unsubscribe from this list",
    ])
