"""w43 shared world: people, employers, voices, quoting, record assembly. Standard library only."""

from __future__ import annotations

import random
import re

# ---------------------------------------------------------------- people

CANDIDATES = [
    ("Priya", "Raman", "priya.raman.dev@postbox.example"),
    ("Tom", "Greaves", "tgreaves@fastmail.example"),
    ("Aoife", "Brennan", "aoife.brennan88@mailbag.example"),
    ("Marcus", "Oyelaran", "marcus.oye@gmail.example"),
    ("Lena", "Vukovic", "lena.vuk@protonbox.example"),
    ("Sipho", "Ndlovu", "sipho.ndlovu@webmail.example"),
    ("Hannah", "Cho", "hannahcho.work@inbox.example"),
    ("Rohit", "Kulkarni", "rohit.k.kulkarni@postbox.example"),
    ("Jess", "Whitford", "jesswhitford@mailbag.example"),
    ("Dara", "Quinlan", "dara.quinlan@fastmail.example"),
    ("Mateo", "Ferreyra", "mateo.ferreyra@gmail.example"),
    ("Chloe", "Marchetti", "chloe.m.jobs@inbox.example"),
]

NAMES = {
    "us": ["Jordan", "Kayla", "Brett", "Danielle", "Marcus", "Tyler", "Shannon", "Andre", "Megan", "Cody",
           "Rachel", "Devon", "Lauren", "Travis", "Bianca", "Evan", "Nicole", "Grant"],
    "uk": ["Olly", "Harriet", "Callum", "Becky", "Rhys", "Imogen", "Stuart", "Gemma", "Nathan", "Fiona",
           "Jamie", "Pippa", "Alistair", "Zara", "Dominic", "Lucy"],
    "ie": ["Ciara", "Niall", "Siobhan", "Eoin", "Aisling", "Cormac", "Orla", "Padraig", "Roisin", "Declan",
           "Grainne", "Shane"],
    "au": ["Bec", "Lachlan", "Tahlia", "Mitch", "Jarrah", "Kirsty", "Brodie", "Shaz", "Hamish", "Casey",
           "Nathan", "Georgie"],
    "in": ["Anand", "Deepika", "Rahul", "Sneha", "Vikram", "Kavya", "Arjun", "Pooja", "Sandeep", "Nandini",
           "Harish", "Meera", "Karthik", "Ritu"],
    "za": ["Thabo", "Lerato", "Pieter", "Nomvula", "Riaan", "Zanele", "Francois", "Ayanda", "Charmaine",
           "Kagiso", "Marike", "Bongani"],
    "ca": ["Mathieu", "Kelsey", "Dylan", "Brianne", "Connor", "Sarah-Jane", "Avery", "Rajveer", "Tessa",
           "Colin", "Mackenzie", "Jean-Luc"],
    "nn": ["Tobias", "Katarzyna", "Joao", "Yuki", "Ana", "Mehmet", "Ingrid", "Luca", "Vesna", "Hyun-woo",
           "Ilse", "Diego", "Oksana", "Rafael"],
}

SURNAMES = {
    "us": ["Holloway", "Brandt", "Castillo", "Pruitt", "Kessler", "Whitaker", "Okafor", "Lindqvist", "Mercer"],
    "uk": ["Ashworth", "Pennington", "Blake", "Hargreaves", "Dunmore", "Fairlie", "Kaur", "Tolley"],
    "ie": ["Byrne", "Kavanagh", "Doherty", "Moloney", "Gallagher", "Fitzpatrick", "Nolan"],
    "au": ["Tran", "McAllister", "Papadopoulos", "Wren", "Hollis", "Nguyen", "Bassett"],
    "in": ["Iyer", "Sharma", "Menon", "Reddy", "Banerjee", "Chawla", "Pillai", "Desai"],
    "za": ["Mokoena", "van der Merwe", "Dlamini", "Botha", "Naidoo", "Khumalo", "Steyn"],
    "ca": ["Tremblay", "Macdonald", "Gill", "Leblanc", "Chen", "Robichaud", "Hartley"],
    "nn": ["Becker", "Nowak", "Sousa", "Tanaka", "Horvat", "Yilmaz", "Lindgren", "Romano", "Park"],
}

# employers per region: (name, domain stem)
EMPLOYERS = {
    "us": [("Tallyweather", "tallyweather"), ("Orrin Labs", "orrinlabs"), ("Glasswing Payments", "glasswingpay"),
           ("Driftplane", "driftplane"), ("Halyard Bio", "halyardbio"), ("Tessellate AI", "tessellate-ai"),
           ("Cinderpath Games", "cinderpath"), ("Pinwheel Freight", "pinwheelfreight"), ("Lumenkeel", "lumenkeel"),
           ("Quarry & Finch", "quarryfinch"), ("Stillwater Robotics", "stillwaterbots")],
    "uk": [("Thornbury Lane", "thornburylane"), ("Wexcombe Data", "wexcombe"), ("Saltmarsh Analytics", "saltmarsh-analytics"),
           ("Coppergate Software", "coppergate"), ("Brackenfold", "brackenfold"), ("Hollowell Insurance", "hollowell-ins"),
           ("Marrowbank", "marrowbank"), ("Fernhollow Studio", "fernhollow")],
    "ie": [("Corrib Analytics", "corrib-analytics"), ("Liffeyside Systems", "liffeyside"), ("Burren Health", "burrenhealth"),
           ("Tolka Payments", "tolkapay"), ("Slievemore Games", "slievemore"), ("Ardnagh Foods", "ardnagh")],
    "au": [("Wattle & Finch", "wattlefinch"), ("Saltbush Logistics", "saltbush"), ("Bluegum Health", "bluegumhealth"),
           ("Kurrajong Digital", "kurrajong"), ("Mulga Energy", "mulgaenergy"), ("Pelican Point Software", "pelicanpoint")],
    "in": [("Banyan Ledger", "banyanledger"), ("Indigoflux Systems", "indigoflux"), ("Koyal Mobility", "koyalmobility"),
           ("Sarovar Analytics", "sarovar"), ("Peepal Tech", "peepaltech"), ("Vistara Cloudworks", "vistaracw")],
    "za": [("Fynbos Digital", "fynbosdigital"), ("Karoo Freightworks", "karoofreight"), ("Protea Assure", "proteaassure"),
           ("Umhlanga Labs", "umhlangalabs"), ("Veldt Logic", "veldtlogic"), ("Highveld Mutual", "highveldmutual")],
    "ca": [("Caribou Compute", "cariboucompute"), ("Tamarack Health", "tamarackhealth"), ("Muskoka Ledger", "muskokaledger"),
           ("Fundy Robotics", "fundyrobotics"), ("Prairie Loop", "prairieloop"), ("Lachine Software", "lachinesw")],
    "nn": [("Nordvik Systems", "nordvik"), ("Kestrel & Vane", "kestrelvane"), ("Ottermoor", "ottermoor"),
           ("Bramblecast", "bramblecast"), ("Ferrolux", "ferrolux"), ("Vantro Mobility", "vantro"),
           ("Astilbe Cloud", "astilbe"), ("Quellbach", "quellbach")],
}

TLD = {"us": ".com", "uk": ".co.uk", "ie": ".ie", "au": ".com.au", "in": ".in", "za": ".co.za", "ca": ".ca", "nn": ".eu"}

ROLES = ["backend engineer", "data analyst", "product designer", "ops lead", "account executive",
         "platform engineer", "junior PM", "marketing coordinator", "QA engineer", "ML engineer",
         "customer success manager", "finance analyst", "frontend developer", "security engineer",
         "technical writer", "data engineer", "product manager", "UX researcher", "iOS developer",
         "support team lead", "growth marketer", "site reliability engineer", "BI developer",
         "solutions engineer", "people ops generalist"]

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_CASUAL = ["mon", "tues", "weds", "thurs", "fri", "monday", "tuesday", "thursday", "friday"]
TIMES = ["9:30", "10am", "11", "11:30", "12:15", "1pm", "2", "2:30pm", "3pm", "3:45", "4pm", "4:30"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]

LINK_HOSTS = ["cal.slotbird.example", "meet.tidyhour.example", "book.chatterslot.example",
              "calendly-like.example/", "schedule.pinboard.example", "tasks.codeyard.example",
              "takehome.benchmate.example", "forms.quickpoll.example"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def token(rng: random.Random, n: int = 6) -> str:
    return "".join(pick(rng, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(n))


def make_link(rng: random.Random, kind: str = "slot") -> str:
    if kind == "slot":
        host = pick(rng, ["cal.slotbird.example", "meet.tidyhour.example", "book.chatterslot.example",
                          "schedule.pinboard.example"])
        return f"https://{host}/{token(rng, 4)}/{token(rng, 7)}"
    if kind == "task":
        host = pick(rng, ["tasks.codeyard.example", "takehome.benchmate.example", "assess.ladderly.example"])
        return f"https://{host}/t/{token(rng, 10)}"
    if kind == "video":
        host = pick(rng, ["meet.tidyhour.example", "video.roomlet.example", "call.hubbub.example"])
        return f"https://{host}/{token(rng, 3)}-{token(rng, 4)}-{token(rng, 3)}"
    if kind == "doc":
        return f"https://docs.paperfold.example/d/{token(rng, 12)}"
    return f"https://{token(rng, 8)}.example/"


class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    return text.format_map(SafeDict(ctx))


def cap_first(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if not ch.isspace() and ch not in "\"'(":
            return s
    return s


def sentence_case(text: str) -> str:
    """Capitalise the first letter of each sentence (fragments are written lower-case first)."""
    parts = re.split(r"(?<=[.!?])(\s+)", text)
    return "".join(cap_first(p) if not p.isspace() else p for p in parts)


def phone_mangle(rng: random.Random, text: str, heavy: bool = False) -> str:
    """Phone typing: lower case, dropped apostrophes now and then."""
    if heavy or chance(rng, 0.5):
        text = text.lower() if heavy else re.sub(r"(^|(?<=[.!?]\s))([A-Z])(?=[a-z])",
                                                  lambda m: m.group(1) + m.group(2).lower(), text)
    swaps = [("don't", "dont"), ("can't", "cant"), ("I'm", "im"), ("i'm", "im"), ("you're", "youre"),
             ("that's", "thats"), ("won't", "wont"), ("I've", "ive"), ("i've", "ive"), ("didn't", "didnt")]
    for a, b in swaps:
        if a in text and chance(rng, 0.35):
            text = text.replace(a, b)
    return text


# ---------------------------------------------------------------- voices

class Voice:
    def __init__(self, key, region, family, *, greets, signs, titles, lower=0.0, phone=0.0, thread=0.3,
                 openers=(), closers=(), extra=None, agency=None, mangle_heavy=False, us_dates=False):
        self.key = key
        self.region = region
        self.family = family
        self.greets = greets
        self.signs = signs
        self.titles = titles
        self.lower = lower
        self.phone = phone
        self.thread = thread
        self.openers = list(openers)
        self.closers = list(closers)
        self.extra = extra or {}
        self.agency = agency  # (agency name, domain) pool or None
        self.mangle_heavy = mangle_heavy
        self.us_dates = us_dates


PHONE_SIGS = ["Sent from my iPhone", "Sent from my phone, excuse typos", "sent from mobile", "Sent from Outlook for Android",
              "-- sent on the go", "Get Outlook for iOS", "typed with thumbs, sorry for brevity"]


def when_header(rng: random.Random, name: str, addr: str, us: bool) -> str:
    d = rng.randrange(1, 28)
    mon = pick(rng, MONTHS[:6])
    day = pick(rng, DAYS)
    h = rng.randrange(7, 19)
    m = rng.randrange(0, 60)
    style = rng.randrange(4)
    if style == 0:
        if us:
            hh = h if h <= 12 else h - 12
            ap = "AM" if h < 12 else "PM"
            return f"On {day}, {mon} {d}, 2026 at {hh}:{m:02d} {ap} {name} <{addr}> wrote:"
        return f"On {day}, {d} {mon} 2026 at {h:02d}:{m:02d}, {name} <{addr}> wrote:"
    if style == 1:
        return f"On {d} {mon} 2026, at {h:02d}:{m:02d}, {name} <{addr}> wrote:"
    if style == 2:
        return (f"From: {name} <{addr}>\nSent: {pick(rng, DAYS_LONG)}, {d} {mon} 2026 {h:02d}:{m:02d}\n"
                f"To: {{to}}\nSubject: {{subj}}")
    return f"{name} <{addr}> schrieb am {d}.{MONTHS.index(mon) + 1:02d}.2026:" if chance(rng, 0.05) else \
        f"On {mon} {d}, 2026, at {h}:{m:02d}, {name} wrote:"


def quote_block(rng: random.Random, header: str, text: str, to: str, subj: str) -> str:
    header = header.replace("{to}", to).replace("{subj}", subj)
    if header.startswith("From:"):
        return "\n\n________________________________\n" + header + "\n\n" + text.strip()
    lines = text.strip().split("\n")
    return "\n\n" + header + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines)


def record(*, rid, family, folder, from_name, from_addr, to_addr, subject, body, labels=(), company=None,
           topics=(), reasons=(), html=None, lang="en"):
    return {
        "id": rid, "family": family, "folder": folder, "lang": lang, "from_name": from_name,
        "from_addr": from_addr, "to_addr": to_addr, "subject": subject, "body_text": body,
        "body_html": html, "labels": sorted(set(labels)), "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(reasons)) if "rejection" in labels else [],
    }
