"""Surface helpers for writer w10: names, companies, dates, quoting, signatures, footers and HTML shells.

Used by the gen_w10_*.py generators; every random choice goes through the rng they pass in.
"""

from __future__ import annotations

import random
import re
from html import escape

STEMS = [
    "Brightwater", "Kestrel", "Ashgrove", "Copperline", "Halden", "Marrow", "Tidewell", "Quillon",
    "Saltmarsh", "Orrin", "Veltra", "Pinecrest", "Lumora", "Grayfield", "Hollis", "Stonebridge",
    "Fennick", "Aldermoor", "Cobalt Finch", "Redmere", "Sundial", "Wrenfold", "Northlight", "Oakhaven",
    "Parallax", "Juniper Row", "Bellwether", "Cindral", "Driftwood", "Emberly", "Foxglove", "Gantry",
    "Harrowgate", "Ironbark", "Jasperline", "Kelvara", "Larchmont", "Meridel", "Nettlefield", "Oxbow",
    "Pellucid", "Quarrystone", "Rookwood", "Silverbirch", "Tamsin", "Umberfield", "Vantor", "Westerly",
    "Yarrow", "Zephyrine", "Alpenglow", "Brisa", "Clearwater Ridge", "Dunmore", "Elsinor", "Fairhaven",
]
TAILS = [
    "Analytics", "Logistics", "Health", "Robotics", "Bank", "Insurance", "Labs", "Energy", "Foods",
    "Media", "Systems", "Biotech", "Mobility", "Retail", "Capital", "Software", "Studios", "Freight",
    "Pharma", "Telecom", "Learning", "Security", "Aerospace", "Games",
]
EURO = [
    "Hafenwerk GmbH", "Brückner Logistik", "Lindqvist & Söhne", "Atelier Marnier", "Cidral Conseil",
    "Vallmoreno Datos", "Solaria Ibérica", "Kranich Medizintechnik", "Bernadotte Ventures", "Voss Maritime",
    "Maison Orvelle", "Nordtal Versicherung", "Estrella Pagos", "Fjordlys Energi", "Quintela Seguros",
]


def companies() -> list[str]:
    """All fictional employers; deterministic order (stems paired with several tails)."""
    out = []
    for i, stem in enumerate(STEMS):
        for k in range(3):
            out.append(f"{stem} {TAILS[(i * 5 + k * 7) % len(TAILS)]}")
    return out + EURO


COMPANIES = companies()
AGENCIES = ["Talentbridge Partners", "Crowhurst Search", "Meridian Staffing", "Northpoint Talent",
            "Loop & Lever Recruitment", "Halcyon Executive", "Brightpath People", "Signal Hire Co"]
FIRST = ["Maya", "Tomasz", "Aisha", "Liam", "Priya", "Jonas", "Chloe", "Mateo", "Ingrid", "Kwame", "Yuki",
         "Rosa", "Dmitri", "Fatima", "Owen", "Leila", "Henrik", "Grace", "Arjun", "Sofia", "Nnamdi", "Elena",
         "Callum", "Mei", "Bastian", "Noor", "Theo", "Ines", "Ravi", "Hannah", "Luca", "Zainab", "Felix",
         "Amara", "Ciaran", "Ji-woo", "Marta", "Samir", "Freya", "Diego", "Olu", "Beatrix", "Kenji", "Sade"]
LAST = ["Okafor", "Lindgren", "Marsh", "Novak", "Castellano", "Whitfield", "Haddad", "Brennan", "Kowalczyk",
        "Tanaka", "Adeyemi", "Fischer", "Moreau", "Rahman", "Delacroix", "Sørensen", "Quinn", "Vasquez",
        "Iyer", "Barros", "Kaplan", "Oyelaran", "Petrov", "Achterberg", "Duarte", "McAllister", "Nakamura",
        "Ferreira", "Holm", "Osei", "Pratt", "Rossi", "Szabo", "Valdez", "Wainwright", "Zeller", "Ekwueme"]
ROLES = ["Backend Engineer", "Senior Data Analyst", "Product Designer", "Site Reliability Engineer",
         "Machine Learning Engineer", "Frontend Developer", "Engineering Manager", "QA Automation Engineer",
         "Data Engineer", "Platform Engineer", "iOS Developer", "Security Analyst", "Technical Writer",
         "Solutions Architect", "Product Manager", "DevOps Engineer", "Full-Stack Developer",
         "Business Intelligence Developer", "Staff Software Engineer", "Cloud Infrastructure Engineer",
         "Android Engineer", "UX Researcher", "Analytics Engineer", "Embedded Software Engineer",
         "Customer Success Engineer", "Junior Python Developer", "Risk Modelling Analyst",
         "Payments Engineer", "Growth Marketing Analyst", "Database Administrator"]
TEAMS = ["Payments", "Search", "Core Platform", "Identity", "Checkout", "Data Products", "Mobile",
         "Risk", "Supply Chain", "Developer Experience", "Claims", "Pricing", "Observability"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
TIMES = ["9:00", "9:30", "10:00", "10:30", "11:00", "11:15", "13:00", "13:30", "14:00", "14:30", "15:00",
         "15:45", "16:00", "16:30"]
ATS_DOMAINS = ["mail.hirefold.io", "notify.talentloom.com", "jobs-relay.pipelyne.net", "ats.recrutra.com",
               "candidates.workquill.app", "noreply.staffora.io", "post.applyhub-mail.com",
               "em.peoplegrid.co", "bounce.vettio-mail.net", "notifications.crewlytics.com"]
MAILHOSTS = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "yahoo.co.uk", "posteo.de", "icloud.com"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower().split(" gmbh")[0])[:18] or "mail"


def person(rng: random.Random) -> tuple[str, str]:
    return pick(rng, FIRST), pick(rng, LAST)




def when(rng: random.Random) -> dict:
    """A future interview slot in several spellings."""
    d = rng.randint(2, 27)
    m = rng.randrange(12)
    day = pick(rng, DAYS)
    t = pick(rng, TIMES)
    return {"day": day, "date": f"{d} {MONTHS_LONG[m]}", "short": f"{day[:3]} {d} {MONTHS[m]}", "time": t,
            "us": f"{MONTHS[m]} {d}", "num": f"{d:02d}/{m + 1:02d}", "m": m, "d": d}


def past_stamp(rng: random.Random) -> str:
    """A quoted-history date line in the style of several clients."""
    w = when(rng)
    year = pick(rng, ["2025", "2026"])
    style = rng.randrange(4)
    if style == 0:
        return f"On {w['day'][:3]}, {w['us']}, {year} at {w['time']}"
    if style == 1:
        return f"On {w['day']}, {w['date']} {year}, {w['time']}"
    if style == 2:
        return f"On {w['num']}/{year} {w['time']}"
    return f"On {w['date']} {year}, at {w['time']}"


def gmail_quote(rng: random.Random, name: str, addr: str, text: str) -> str:
    lines = text.strip("\n").split("\n")
    head = f"{past_stamp(rng)}, {name} <{addr}> wrote:"
    if chance(rng, 0.3):
        head = f"{past_stamp(rng)} {name} <{addr}> wrote:"
    return head + "\n" + "\n".join((">" if not ln else "> " + ln) for ln in lines)


def outlook_quote(rng: random.Random, name: str, addr: str, to: str, subject: str, text: str) -> str:
    w = when(rng)
    year = pick(rng, ["2025", "2026"])
    hh, mm = w["time"].split(":")
    h12 = int(hh) % 12 or 12
    sent = f"{w['day']}, {MONTHS_LONG[w['m']]} {w['d']}, {year} {h12}:{mm} {'AM' if int(hh) < 12 else 'PM'}"
    rule = pick(rng, ["_" * 32, "-----Original Message-----", "", "________________________________"])
    block = (f"{rule}\nFrom: {name} <{addr}>\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}")
    return block.strip("\n")


def forward_block(rng: random.Random, name: str, addr: str, to: str, subject: str, text: str) -> str:
    w = when(rng)
    year = pick(rng, ["2025", "2026"])
    return (f"---------- Forwarded message ---------\nFrom: {name} <{addr}>\n"
            f"Date: {w['day'][:3]}, {w['us']}, {year} at {w['time']}\nSubject: {subject}\nTo: {to}\n\n"
            f"{text.strip()}")


GREET = ["Hi {first},", "Hello {first},", "Dear {first},", "Hi {first} -", "{first},", "Hey {first},",
         "Good morning {first},", "Hi there {first},", "Dear {first} {last},", "Hello again {first},",
         "Hi {first}!", "Afternoon {first},"]
SIGNOFF = ["Best,", "Best regards,", "Thanks,", "Kind regards,", "Cheers,", "All the best,", "Warmly,",
           "Many thanks,", "Regards,", "Speak soon,", "Thanks again,", "With best wishes,", "—", "Talk soon,"]
TITLES = ["Talent Acquisition Partner", "Senior Recruiter", "Technical Recruiter", "Recruiting Coordinator",
          "People Partner", "Engineering Manager", "Head of Data", "Hiring Manager, {team}", "Director of Engineering",
          "Talent Sourcer", "Recruitment Lead", "Founder & CTO", "VP Product", "HR Business Partner"]
DISCLAIMERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "CONFIDENTIALITY NOTICE: The information in this message may be privileged. Any unauthorised review, use or distribution is prohibited.",
    "{co} is registered in England and Wales. Registered office: 4 Mill Lane, Leeds LS1 4AB. Company no. {num}.",
    "Please consider the environment before printing this email.",
    "We process candidate data in line with our privacy notice, available on our careers site. You may ask us to delete your data at any time.",
    "[EXTERNAL SENDER] Be careful with links and attachments from outside the organisation.",
    "Sitz der Gesellschaft: Hamburg. Registergericht: Amtsgericht Hamburg HRB {num}.",
    "This message was sent from a mailbox that is monitored during office hours only.",
]


def fill(text: str, ctx: dict) -> str:
    class D(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"
    return text.format_map(D(ctx)).replace(" ,", ",").replace(" :", ":") if "{last}" in text else text.format_map(D(ctx))


def signature(rng: random.Random, name: str, ctx: dict, company: str | None, long: bool | None = None) -> str:
    long = chance(rng, 0.5) if long is None else long
    title = fill(pick(rng, TITLES), ctx)
    if not long:
        return pick(rng, [name, name.split()[0], f"{name}\n{company or ''}".strip(), f"{name.split()[0]}\n{title}"])
    parts = [name, title]
    if company:
        parts.append(company)
    if chance(rng, 0.6):
        parts.append(pick(rng, ["M: +44 7700 9{n:05d}", "T +49 30 5{n:06d}", "+1 (415) 555-0{n:03d}",
                                "Tel. +33 1 84 {n:06d}", "mobile 07{n:03d} 55{n:04d}"]).replace(
            "{n:05d}", f"{rng.randint(0, 99999):05d}").replace("{n:06d}", f"{rng.randint(0, 999999):06d}").replace(
            "{n:03d}", f"{rng.randint(0, 999):03d}").replace("{n:04d}", f"{rng.randint(0, 9999):04d}"))
    if chance(rng, 0.3):
        parts.append(pick(rng, ["Pronouns: she/her", "Pronouns: he/him", "they/them",
                                "Working hours Tue-Fri", "I work flexibly; no need to reply out of hours"]))
    return "\n".join(parts)


def disclaimer(rng: random.Random, company: str | None) -> str:
    return fill(pick(rng, DISCLAIMERS), {"co": company or "The company", "num": rng.randint(100000, 999999)})


def addr_of(first: str, last: str, dom: str, rng: random.Random) -> str:
    style = rng.randrange(4)
    f, l = slug(first), slug(last)
    return [f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}", f"{f}_{l}{rng.randint(1, 99)}@{dom}"][style]


def company_domain(company: str) -> str:
    words = [w for w in re.split(r"[^A-Za-z]+", company) if w and w.lower() not in ("gmbh", "co")]
    base = "".join(w.lower() for w in words[:2])
    return base[:20] + (".de" if "GmbH" in company else ".com")


def me(rng: random.Random) -> dict:
    """The mailbox owner (the candidate)."""
    first, last = person(rng)
    return {"first": first, "last": last, "name": f"{first} {last}",
            "addr": addr_of(first, last, pick(rng, MAILHOSTS), rng)}


# ---------------- HTML ----------------

PALETTES = ["#0b5fff", "#1f7a4d", "#6b2fbf", "#c2410c", "#0f766e", "#be123c", "#334155", "#7c3aed"]


def para_html(text: str) -> str:
    out = []
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        out.append("<p>" + escape(block).replace("\n", "<br>") + "</p>")
    return "\n".join(out)


def html_text_alt(html: str) -> str:
    """A crude text alternative the way many ATS send it: tags stripped, links shown."""
    t = re.sub(r"<(style|title)[^>]*>.*?</\1>", "", html, flags=re.S)
    t = re.sub(r'<div style="display:none[^"]*"[^>]*>.*?</div>', "", t, flags=re.S)
    t = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", t, flags=re.S)
    t = re.sub(r"</td>\s*<td[^>]*>", ": ", t)
    t = re.sub(r"<br\s*/?>", "\n", t)
    t = re.sub(r"</(p|tr|h1|h2|h3|div|li)>", "\n\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = t.replace("&amp;", "&").replace("&nbsp;", " ").replace("&#x27;", "'").replace("&quot;", '"').replace(
        "&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
    t = re.sub(r"[ \t]+", " ", t)
    t = re.sub(r"\n\s*\n\s*(\n\s*)+", "\n\n", t)
    return "\n".join(ln.strip() for ln in t.strip().split("\n"))


def track(rng: random.Random, host: str, what: str) -> str:
    token = "".join(pick(rng, "abcdefghijkmnpqrstuvwxyz23456789") for _ in range(rng.randint(18, 30)))
    return f"https://{host}/{what}?t={token}&utm_source=email&utm_medium={pick(rng, ['ats', 'notification', 'txn'])}"


def button(label: str, href: str, color: str) -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:{color};'
            f'border-radius:6px;padding:12px 22px"><a href="{href}" style="color:#ffffff;text-decoration:none;'
            f'font-weight:bold">{escape(label)}</a></td></tr></table>')


def html_page(rng: random.Random, *, preheader: str, logo_alt: str, heading: str | None, body: str,
              button_html: str = "", meta_rows: list[tuple[str, str]] | None = None, footer: str = "",
              style: int | None = None) -> str:
    style = rng.randrange(4) if style is None else style
    color = pick(rng, PALETTES)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;opacity:0">{escape(preheader)}'
           + "&nbsp;&zwnj;" * rng.randint(2, 6) + "</div>") if preheader else ""
    rows = ""
    if meta_rows:
        rows = ('<table cellpadding="4" style="font-size:13px;color:#444;border-collapse:collapse">'
                + "".join(f"<tr><td style=\"color:#888\">{escape(k)}</td><td>{escape(v)}</td></tr>"
                          for k, v in meta_rows) + "</table>")
    logo = f'<img src="https://cdn.{pick(rng, ["brandassets", "careers-cdn", "imgserve"])}.net/logo/{rng.randint(1000, 9999)}.png" alt="{escape(logo_alt)}" height="36">'
    h = f"<h2 style=\"margin:0 0 12px\">{escape(heading)}</h2>" if heading else ""
    foot = f'<div style="font-size:11px;color:#999;margin-top:28px">{footer}</div>' if footer else ""
    if style == 0:
        return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{escape(heading or logo_alt)}</title></head>"
                f"<body style=\"background:#f4f5f7;margin:0\">{pre}<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
                f"<tr><td align=\"center\"><table width=\"600\" style=\"background:#fff;font-family:Arial,sans-serif\">"
                f"<tr><td style=\"padding:20px;border-bottom:3px solid {color}\">{logo}</td></tr>"
                f"<tr><td style=\"padding:24px\">{h}{body}{rows}{button_html}</td></tr>"
                f"<tr><td style=\"padding:0 24px 24px\">{foot}</td></tr></table></td></tr></table></body></html>")
    if style == 1:
        return (f"<html><body>{pre}<div style=\"font-family:Helvetica,Arial;max-width:560px;margin:auto\">"
                f"<div style=\"padding:16px 0\">{logo}</div>{h}{body}{rows}<div style=\"margin:20px 0\">{button_html}</div>"
                f"{foot}</div></body></html>")
    if style == 2:
        return (f"<html><head><style>p{{line-height:1.5}} .ft{{color:#999}}</style></head><body>{pre}"
                f"<center><table width=\"640\" border=\"0\"><tbody><tr><td bgcolor=\"{color}\" style=\"padding:14px;color:#fff\">"
                f"<b>{escape(logo_alt)}</b></td></tr><tr><td style=\"padding:22px\">{h}{body}</td></tr>"
                f"<tr><td style=\"padding:0 22px\">{rows}{button_html}</td></tr><tr><td class=\"ft\">{foot}</td></tr>"
                f"</tbody></table></center></body></html>")
    return f"<div dir=\"ltr\">{pre}{h}{body}{rows}{button_html}{foot}</div>"


def ats_footer(rng: random.Random, vendor_host: str, company: str | None) -> str:
    bits = []
    bits.append(pick(rng, [
        "You are receiving this email because you applied for a position{at}.",
        "This is an automated message from the recruiting system{at}. Replies to this address are not read.",
        "Please do not reply to this email; the mailbox is not monitored.",
        "You received this message because you have a candidate account{at}.",
        "Sent on behalf of the hiring team{at} by our recruiting platform.",
    ]).replace("{at}", f" at {escape(company)}" if company and chance(rng, 0.5) else ""))
    bits.append(pick(rng, [
        f'<a href="{track(rng, vendor_host, "prefs")}">Manage email preferences</a> · <a href="{track(rng, vendor_host, "privacy")}">Privacy</a>',
        f'<a href="{track(rng, vendor_host, "unsubscribe")}">Unsubscribe</a> from candidate updates',
        f'To stop receiving these messages, <a href="{track(rng, vendor_host, "optout")}">click here</a>.',
        f'Data protection questions: <a href="mailto:privacy@{vendor_host}">privacy@{vendor_host}</a>',
    ]))
    if chance(rng, 0.6):
        bits.append(pick(rng, [
            "© 2026 All rights reserved. 1201 Harbor Blvd, Suite 400, Oakland, CA 94607",
            "Powered by a third-party applicant tracking system. Your data is processed under the employer's privacy policy.",
            "This message and any attachments are confidential. If you are not the intended recipient, delete it.",
            "We are an equal opportunity employer and value diversity at every level.",
            "Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.",
        ]))
    return "<br>".join(bits)


def text_footer(rng: random.Random, company: str | None) -> str:
    return pick(rng, [
        "--\nThis is an automated message. Please do not reply.",
        f"--\nYou're receiving this because you applied{' to ' + company if company else ''}. Unsubscribe: https://prefs.example-mail.net/u/{rng.randint(10000, 99999)}",
        "Manage notifications in your candidate account.",
        "",
        "",
    ])


# ---------------- context and record ----------------

def make_ctx(rng: random.Random, company: str | None = None) -> dict:
    """Everything a message may mention: candidate, employer, role, recruiter, slot, links."""
    cand = me(rng)
    co = company or pick(rng, COMPANIES)
    rf, rl = person(rng)
    hf, hl = person(rng)
    slot = when(rng)
    dom = company_domain(co)
    role = pick(rng, ROLES)
    role2 = pick(rng, [r for r in ROLES if r != role])
    req = pick(rng, ["R-{n}", "REQ{n}", "JR{n}", "{n}", "#{n}", "JOB-{n}"]).replace("{n}", str(rng.randint(1000, 99999)))
    ctx = {
        "first": cand["first"], "last": cand["last"], "me": cand["name"], "my_addr": cand["addr"],
        "co": co, "dom": dom, "role": role, "role2": role2, "req": req, "team": pick(rng, TEAMS),
        "rec": rf, "rec_full": f"{rf} {rl}", "rec_addr": addr_of(rf, rl, dom, rng),
        "hm": f"{hf} {hl}", "hm_first": hf, "hm_addr": addr_of(hf, hl, dom, rng),
        "day": slot["day"], "date": slot["date"], "short": slot["short"], "time": slot["time"],
        "day2": pick(rng, [d for d in DAYS if d != slot["day"]]),
        "link": pick(rng, ["https://calendly.com/{s}/30min", "https://cal.{d}/book/{s}", "https://meet.{d}/r/{s}",
                           "https://scheduler.hirefold.io/s/{s}"]).replace("{s}", f"{slug(rf)}-{rng.randint(10, 999)}").replace("{d}", dom),
    }
    return ctx


def record(fam: str, n: int, *, folder: str, lang: str, from_name: str, from_addr: str, to_addr: str,
           subject: str, body_text: str, body_html: str | None, labels: list, company: str | None,
           topics: list | None = None, oc: list | None = None) -> dict:
    return {"id": f"{fam}-{n}", "family": fam, "folder": folder, "lang": lang, "from_name": from_name,
            "from_addr": from_addr, "to_addr": to_addr, "subject": subject, "body_text": body_text,
            "body_html": body_html, "labels": sorted(set(labels)), "company": company,
            "topics": sorted(set(topics or [])), "outside_control": sorted(set(oc or []))}


def weighted(rng: random.Random, table: dict[str, float]) -> str:
    total = sum(table.values())
    x = rng.random() * total
    for k, w in table.items():
        x -= w
        if x <= 0:
            return k
    return k


def quota(rng: random.Random, table: dict[str, float], count: int) -> list[str]:
    """Exactly ``count`` kinds in proportion to the weights (largest remainder), shuffled."""
    total = sum(table.values())
    raw = {k: w * count / total for k, w in table.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = sorted(raw, key=lambda k: raw[k] - out[k], reverse=True)
    for k in rest[: count - sum(out.values())]:
        out[k] += 1
    kinds = [k for k, c in out.items() for _ in range(c)]
    rng.shuffle(kinds)
    return kinds
