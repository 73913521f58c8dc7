"""Writer w5's shared kit: people, employers, roles, record assembly and hand-written noise.

Used by the gen_w5_*.py generators. Nothing here carries a label: skeletons (greetings, sign-offs,
quoting, forwarding, phone signatures, typos) are shared by every label so that only the meaning
fragments decide what a message is.
"""

# ruff: noqa: E501  (prose fragments: one paraphrase per line reads better than wrapped strings)

from __future__ import annotations

import random
from collections.abc import Sequence

FIRST = [
    "Maya", "Tobias", "Priya", "Kwame", "Ines", "Oskar", "Leah", "Ravi", "Sunniva", "Dario", "Hana",
    "Callum", "Yusuf", "Beatriz", "Jonas", "Aoife", "Mateo", "Noor", "Femi", "Greta", "Luca", "Siobhan",
    "Arjun", "Camille", "Eero", "Zainab", "Pieter", "Rosa", "Tariq", "Wren", "Dmitri", "Ngozi", "Hugo",
    "Ana", "Bram", "Keiko", "Fintan", "Marisol", "Omar", "Tilde", "Jasper", "Lina", "Nikhil", "Odile",
]
LAST = [
    "Okafor", "Lindqvist", "Ramaswamy", "Brennan", "Castellanos", "Weiss", "Achterberg", "Haddad",
    "Mbeki", "Fairweather", "Kowalczyk", "Tanaka", "Delacroix", "O'Rourke", "Novak", "Abiodun",
    "Sørensen", "Patel", "Greaves", "Moreau", "Iglesias", "Strand", "Whitlock", "Oyelaran", "Björk",
    "Vasquez", "Hartmann", "Quinlan", "Ferreira", "Nakashima", "Dunmore", "Petrescu",
]
ME = ["Sam", "Alex", "Jordan", "Robin", "Charlie", "Kai", "Elena", "Theo"]
ME_ADDR = ["sam.tiller@fastmail.com", "alexq.dev@gmail.com", "jordan.m.price@posteo.net",
           "robin.h@outlook.com", "charlie.vance@proton.me", "kai.lund@gmx.net",
           "elena.ruiz.dev@gmail.com", "theo.brandt@mailbox.org"]

# employer, domain, sector
TECH = [
    ("Fernhill Robotics", "fernhill.io"), ("Quillstack", "quillstack.dev"), ("Harbourlight", "harbourlight.com"),
    ("Tessellate AI", "tessellate.ai"), ("Bramble Pay", "bramblepay.com"), ("Outpost Logistics", "outpost-logistics.com"),
    ("Lumen Grid", "lumengrid.energy"), ("Copperleaf Health", "copperleaf.health"), ("Nightjar Labs", "nightjar.so"),
    ("Sablewave", "sablewave.io"), ("Kestrel Maps", "kestrelmaps.com"), ("Orchard Data", "orcharddata.co"),
    ("Pinecrest Security", "pinecrest.sh"), ("Tidewater Analytics", "tidewater.ai"), ("Glasshouse Games", "glasshouse.games"),
    ("Marlow & Finch", "marlowfinch.com"), ("Velvet Circuit", "velvetcircuit.dev"), ("Northbeam Freight", "northbeam.co"),
]
SMALL = [
    ("Osteria Lupa", "osterialupa.com", "restaurant"), ("The Copper Kettle", "copperkettlecafe.co.uk", "restaurant"),
    ("Greenway Books", "greenwaybooks.com", "shop"), ("Hollis & Daughters Hardware", "hollishardware.com", "shop"),
    ("River Street Food Bank", "riverstreetfoodbank.org", "ngo"), ("Open Hands Refugee Network", "openhands.org", "ngo"),
    ("St Brigid's Primary School", "stbrigids.sch.uk", "school"), ("Maplefield Academy", "maplefield.academy", "school"),
    ("Lakeside Physio Clinic", "lakesidephysio.com", "clinic"), ("Brightsmile Dental", "brightsmiledental.net", "clinic"),
    ("Kiln & Co Design Studio", "kilnandco.studio", "studio"), ("Paper Moon Animation", "papermoon.tv", "studio"),
    ("Tallow Creative Agency", "tallowagency.com", "agency"), ("Fieldnote PR", "fieldnotepr.com", "agency"),
]
ROLES_TECH = [
    "Backend Engineer", "Senior Frontend Developer", "Platform Engineer", "Data Engineer", "ML Engineer",
    "Full-Stack Developer", "Site Reliability Engineer", "Mobile Engineer (iOS)", "Staff Engineer",
    "Engineering Manager", "QA Automation Engineer", "Product Engineer", "DevOps Engineer", "Data Analyst",
]
ROLES_SMALL = {
    "restaurant": ["sous chef", "front of house manager", "line cook", "bar supervisor"],
    "shop": ["store supervisor", "assistant manager", "stock and online orders coordinator"],
    "ngo": ["volunteer coordinator", "programme officer", "fundraising assistant", "data & impact officer"],
    "school": ["teaching assistant", "IT technician", "office manager", "maths teacher"],
    "clinic": ["practice receptionist", "clinic coordinator", "dental nurse"],
    "studio": ["junior designer", "motion designer", "studio coordinator", "web developer"],
    "agency": ["account executive", "content producer", "junior developer", "project coordinator"],
}
AGENCIES = [("Brightpath Talent", "brightpath-talent.com"), ("Keel Search", "keelsearch.co"),
            ("Hatch & Harbour Recruitment", "hatchharbour.com"), ("Signal Hire Partners", "signalhire.partners"),
            ("Redwood Tech Recruiting", "redwoodtr.com")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TIMES = ["9:30", "10am", "11:15", "1pm", "2:30", "3pm", "4pm", "half 10", "noon"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def pick(rng: random.Random, seq: Sequence):
    return seq[rng.randrange(len(seq))]


def person(rng: random.Random) -> tuple[str, str]:
    return pick(rng, FIRST), pick(rng, LAST)


def slug(s: str) -> str:
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch == ".")


def employer(rng: random.Random, small_share: float = 0.3) -> dict:
    """A context dict: company, domain, role, sector."""
    if rng.random() < small_share:
        co, dom, sec = pick(rng, SMALL)
        role = pick(rng, ROLES_SMALL[sec])
    else:
        co, dom = pick(rng, TECH)
        sec = "tech"
        role = pick(rng, ROLES_TECH)
    return {"co": co, "dom": dom, "sector": sec, "role": role}


def context(rng: random.Random, small_share: float = 0.3) -> dict:
    """Everything a fragment may fill in: {co} {role} {fn} {ln} {me} {day} {time} {date} ..."""
    c = employer(rng, small_share)
    fn, ln = person(rng)
    f2, l2 = person(rng)
    mi = rng.randrange(len(ME))
    c.update(fn=fn, ln=ln, f2=f2, l2=l2, me=ME[mi], me_addr=ME_ADDR[mi],
             day=pick(rng, DAYS), day2=pick(rng, DAYS), time=pick(rng, TIMES),
             date=f"{rng.randint(1, 28)} {pick(rng, MONTHS)}", n=rng.randint(2, 6), fnl=fn.lower(),
             role2=pick(rng, ROLES_TECH) if c["sector"] == "tech" else pick(rng, ROLES_SMALL[c["sector"]]),
             salary=pick(rng, ["£62k", "€71,000", "$128k base", "£48,500", "€54k", "$95,000",
                                "£31,000 pro rata", "€39k + tips share", "$142k + equity"]))
    return c


def fill(text: str, c: dict) -> str:
    return text.format(**c)


def typo(text: str, rng: random.Random, rate: float = 0.04) -> str:
    """Hand-typed slips: swapped letters, a dropped letter, a doubled letter, in a few words."""
    out = []
    for w in text.split(" "):
        if len(w) > 4 and w.isalpha() and rng.random() < rate:
            i = rng.randrange(1, len(w) - 2)
            kind = rng.randrange(3)
            if kind == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif kind == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


PHONE_SIGS = ["Sent from my iPhone", "Sent from my iPad", "Sent from my Galaxy",
              "Get Outlook for iOS", "Sent from Gmail Mobile", "sent from phone, excuse brevity",
              "Sent from my Pixel", "-- typed with thumbs"]


def phone_sig(rng: random.Random) -> str:
    return pick(rng, PHONE_SIGS)


def quote(body: str, who: str, addr: str, rng: random.Random) -> str:
    """Render an earlier message as reply history."""
    head = pick(rng, [
        f"On {pick(rng, DAYS)}, {rng.randint(1, 28)} {pick(rng, MONTHS)} 2026 at {rng.randint(8, 19)}:{rng.randint(10, 59)}, {who} <{addr}> wrote:",
        f"On {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026 {rng.randint(8, 19)}:{rng.randint(10, 59)}, {who} wrote:",
        f"-----Original Message-----\nFrom: {who} <{addr}>\nSent: {pick(rng, DAYS)} {rng.randint(1, 28)} {pick(rng, MONTHS)}\nSubject: Re:",
        f"{who} <{addr}> schrieb am {rng.randint(1, 28)}.{rng.randint(1, 12)}.2026:",
    ])
    lines = "\n".join(("> " + ln) if ln else ">" for ln in body.strip().split("\n"))
    return f"{head}\n{lines}"


def forward_block(body: str, who: str, addr: str, subject: str, to: str, rng: random.Random) -> str:
    head = pick(rng, ["---------- Forwarded message ---------", "Begin forwarded message:",
                      "-------- Original Message --------", "________________________________"])
    return (f"{head}\nFrom: {who} <{addr}>\nDate: {pick(rng, DAYS)}, {rng.randint(1, 28)} {pick(rng, MONTHS)} 2026\n"
            f"Subject: {subject}\nTo: {to}\n\n{body.strip()}")


def record(prefix: str, family: str, n: int, *, folder: str = "INBOX", lang: str = "en", from_name: str,
           from_addr: str, to_addr: str, subject: str, body: str, labels: list[str] | None = None,
           company: str | None = None, topics: list[str] | None = None,
           outside: list[str] | None = None) -> dict:
    labels = sorted(set(labels or []))
    return {
        "id": f"{prefix}-{family}-{n}", "family": f"{prefix}-{family}", "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body, "body_html": None, "labels": labels, "company": company,
        "topics": sorted(set(topics or [])) if "feedback" in labels else [],
        "outside_control": sorted(set(outside or [])) if "rejection" in labels else [],
    }
