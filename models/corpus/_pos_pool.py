"""Shared pools for the job-related positive generators (gen_pos_*.py): companies, people, roles,
dates, links. Pure data plus small rng helpers; every string here was written for this project.

Not a generator itself (build.py only loads ``gen_*.py``); the gen_pos modules import it.
"""

from __future__ import annotations

import datetime as _dt
import random
import re

COMPANIES_EN = [
    "Northwind Health", "Brightloom", "Calder & Finch", "Quillon Labs", "Harbourline", "Tessellate",
    "Mossbank Analytics", "Orrin Robotics", "Pinecrest Logistics", "Verdigris", "Lumen Ridge Bank",
    "Copperleaf Studios", "Stillwater Insurance", "Halcyon Bio", "Kestrel Systems", "Ashgrove Schools Trust",
    "fernway", "Marrow & Pike", "Oakhurst Capital", "Sablewood", "Tidewater Energy", "Bramble",
    "Cobalt Yard", "Wrenfield Partners", "Glasshouse AI", "Juniper Row", "Alder Medical Group", "Parcelpoint",
    "Redmarsh Games", "Saltbridge", "Thistle Commerce", "Ironvale Manufacturing", "Fieldnote", "Beacon Hill Clinic",
    "Lattice & Co", "Nimbusly", "Orchard Street Media", "Quarry Labs", "Riverstone Credit", "Skylark Travel",
    "Tanager", "Umber Foods", "Vantage Point Consulting", "Willowbrook Care", "Yellowtail", "Zephyr Mobility",
    "Ambergate", "Bluefin Payments", "Cinder", "Driftwood Hotels", "Emberly", "Foxglove Pharma", "Greyhound Bay",
    "Heliograph", "Inkwell Publishing", "Jadeport", "Kinfolk Apparel", "Loomstate", "Meridian Freight",
    "Northstar Credit Union", "Opaline", "Pebblestone", "Quartzline Semiconductors", "Rookery", "Silverbirch Dental",
    "Tallgrass Ag", "Upland Water", "Vellum", "Westgate Academy", "Xylo", "Yardley Hospital", "Zinnia Beauty",
    "Arclight Security", "Birchmount", "Carraway Legal", "Dunmore Homes", "Eastbrook Council", "Fathom Data",
    "Gantry", "Hollowell Engineering", "Isobar Climate", "Jetty", "Keystone Aerospace", "Larkspur Learning",
    "Minted Owl", "Nettle", "Outpost Outdoor", "Plumline", "Quokka Pay", "Rushmere", "Sprocket Works",
    "Trellis Health", "Undertow Audio", "Vireo", "Wayfarer Labs", "Axiom Ledger", "Bellwether Foods",
    "Cartwheel", "Delphine Cosmetics", "Eddystone Marine", "Fennel", "Gossamer", "Hatchway", "Indigo Fern",
    "Jubilee Transit", "Kiln", "Lodestar Insurance", "Mapleton Public Schools", "Nautilus Freight",
    "Obsidian Works", "Pallas Analytics", "Quintessa", "Ravelin", "Solace Hospice", "Tern", "Ursa Cloud",
    "Verity Audit", "Wildflower Nursery Group", "Yonder", "Zenith Dental", "Alpenglow", "Brightwater Utilities",
    "Clearpath Robotics Co", "Dovetail", "Evergreen Pediatrics", "Flintlock", "Groundswell", "Hearthstone Living",
    "Ivory Tower Press", "Junco", "Kelpie Software", "Lanternfish", "Mistral Wind", "Nook", "Overland Rail",
    "Paperbark", "Quayside Properties", "Rosewater Retail", "Starling & Vance", "Tamarind Kitchens",
    "Unison Benefits", "Valence Materials", "Waypoint Maps", "Acorn Ridge", "Bristlecone", "Coastline Clinics",
    "Deepwell Geo", "Elmstead", "Fairhaven Bank", "Greenlight Studio", "Honeycomb HR", "Ingot", "Jasper & Lowe",
    "Kittiwake", "Longbow Defense", "Monarch Freight", "Nightjar", "Orbitly", "Parallax Health", "Quiver",
    "Ribbonfish", "Sundial", "Threadneedle Digital", "Uplift Charity", "Vesper", "Whetstone", "Ampersand Works",
    "brisk", "cloudberry", "dotmatter", "fieldday", "hopscotch", "kindling", "marlow", "pollen.ai", "stackyard",
    "tinybird labs", "Grantham Medical Center", "St. Aldric's Hospital", "Riverside Unified School District",
    "Holloway Foundation", "Cresthaven Senior Living", "Baxter & Moss LLP", "Pemberton Retail Group",
    "Castellan Finance", "Morrow Biotech", "Hexfield", "Ostrava Systems", "Palisade Security", "Quintal",
    "Rainier Outfitters", "Shoreline Bank", "Tundra Games", "Uplands Veterinary", "Voyager Cruises",
]
COMPANIES_DE = [
    "Nordlicht Software GmbH", "Brückner & Söhne", "Elbwerk", "Rheintal Logistik", "Kranich Medizintechnik",
    "Sonnhalde Kliniken", "Falkenberg Versicherung", "Isarbyte", "Mainwerk Energie", "Lindenhof Pflege",
    "Weserdata", "Tannhaus Digital", "Alpenstrom", "Hafenkante Media", "Grünspan Bank",
]
COMPANIES_FR = [
    "Maison Lévrier", "Atelier Corvus", "Banque du Rivage", "Clinique des Tilleuls", "Helvane", "Mistral Conseil",
    "Orée Santé", "Pixelune", "Quai Numérique", "Sorbier Industries", "Vendôme Assurances", "Lumière & Fils",
    "Ardoise Logiciels", "Cap Horizon",
]
COMPANIES_ES = [
    "Grupo Alcarria", "Brisa Tecnología", "Clínica San Telmo", "Datos del Sur", "Estudio Colibrí",
    "Finanzas Albor", "Hoteles Marbella Azul", "Logística Ebro", "Mirador Seguros", "Nube Andina",
    "Olivo Software", "Puerto Verde Energía", "Tierra Roja Foods", "Vértice Consultores",
]

FIRST_EN = [
    "Priya", "Tom", "Hannah", "Marcus", "Aisha", "Daniel", "Sofia", "Kwame", "Emily", "Raj", "Lucy", "Omar",
    "Grace", "Ben", "Mei", "Jonah", "Chloe", "Diego", "Fatima", "Sam", "Nadia", "Oliver", "Zoe", "Ibrahim",
    "Katie", "Leo", "Anya", "Connor", "Yuki", "Malik", "Rosa", "Ethan", "Ingrid", "Tariq", "Holly", "Ravi",
    "Bea", "Callum", "Dana", "Eli", "Farah", "Gus", "Imogen", "Jess", "Kofi", "Lena", "Mateo", "Niamh",
    "Pavel", "Quinn", "Rhea", "Seb", "Tess", "Uma", "Vik", "Wes", "Xin", "Yara", "Zach", "Adaeze", "Bram",
]
LAST_EN = [
    "Patel", "Nguyen", "O'Brien", "Schmidt", "Okafor", "Walsh", "Kowalski", "Chen", "Hughes", "Mensah",
    "Rossi", "Haddad", "Lindqvist", "Fraser", "Tanaka", "Alvarez", "Brennan", "Dubois", "Eriksen", "Gallagher",
    "Hussain", "Ivanova", "Jensen", "Kaur", "Lopez", "Morgan", "Novak", "Osei", "Park", "Quigley", "Reyes",
    "Sato", "Thornton", "Underwood", "Varga", "Whitfield", "Yilmaz", "Zimmer", "Abara", "Baptiste", "Clarke",
]
FIRST_DE = ["Jonas", "Lea", "Felix", "Miriam", "Tobias", "Katrin", "Lukas", "Svenja", "Matthias", "Anke", "Jannik", "Carla"]
LAST_DE = ["Bauer", "Hoffmann", "Krüger", "Schulte", "Wagner", "Becker", "Lehmann", "Vogt", "Fischer", "Neumann", "Brandt"]
FIRST_FR = ["Camille", "Julien", "Élodie", "Mathieu", "Chloé", "Antoine", "Sandrine", "Hugo", "Manon", "Olivier", "Inès"]
LAST_FR = ["Lefèvre", "Moreau", "Girard", "Lambert", "Fontaine", "Rousseau", "Mercier", "Chevalier", "Perrin", "Garnier"]
FIRST_ES = ["Lucía", "Javier", "Marta", "Alejandro", "Carmen", "Pablo", "Elena", "Sergio", "Nuria", "Andrés", "Paula"]
LAST_ES = ["García", "Martínez", "Romero", "Navarro", "Castillo", "Ortega", "Serrano", "Molina", "Delgado", "Vidal"]

ROLES_EN = [
    "Software Engineer", "Senior Backend Engineer", "Frontend Developer", "Data Analyst", "Data Scientist",
    "Machine Learning Engineer", "Product Designer", "UX Researcher", "Product Manager", "Senior Product Manager",
    "Marketing Manager", "Content Marketing Specialist", "Account Executive", "Sales Development Representative",
    "Financial Analyst", "Senior Accountant", "Operations Coordinator", "Supply Chain Analyst", "Registered Nurse",
    "ICU Staff Nurse", "Year 5 Teacher", "Secondary Maths Teacher", "Customer Success Manager", "HR Generalist",
    "Site Reliability Engineer", "Platform Engineer", "iOS Developer", "QA Engineer", "Engineering Manager",
    "Technical Writer", "Business Analyst", "Paralegal", "Office Manager", "Graphic Designer", "Data Engineer",
    "Security Engineer", "Solutions Architect", "Clinical Research Associate", "Pharmacist", "Brand Designer",
    "Growth Marketer", "Recruiter", "Procurement Specialist", "Junior Developer", "Staff Engineer",
    "Analytics Engineer", "DevOps Engineer", "Project Manager", "Program Manager", "Physiotherapist",
]
ROLES_DE = ["Softwareentwickler (m/w/d)", "Data Analyst (m/w/d)", "Projektleiterin", "Pflegefachkraft",
            "Buchhalter (m/w/d)", "UX Designerin", "Backend-Entwickler Java", "Vertriebsmitarbeiter Innendienst",
            "Werkstudent Marketing", "IT-Systemadministrator", "Controller (m/w/d)", "Produktmanagerin"]
ROLES_FR = ["Développeur Full Stack", "Chef de projet digital", "Infirmière", "Analyste financier",
            "Data Scientist", "Designer UX/UI", "Comptable", "Responsable marketing", "Ingénieur DevOps",
            "Chargée de recrutement", "Commercial B2B"]
ROLES_ES = ["Desarrollador Backend", "Analista de Datos", "Enfermera", "Diseñadora UX", "Jefe de Proyecto",
            "Contable", "Ingeniero de Software", "Responsable de Marketing", "Comercial", "Administrativo",
            "Técnico de Soporte"]

TEAMS = ["Payments", "Platform", "Growth", "Data Platform", "Mobile", "Checkout", "Risk", "Search", "Care",
         "Core Banking", "Analytics", "Brand", "Clinical Ops", "Finance", "Infrastructure", "Partnerships"]

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
TZS = ["GMT", "BST", "CET", "ET", "PT", "CT", "UK time", "EST", "CEST", "AEST", "IST"]


def pick(rng: random.Random, seq):
    """One element of seq."""
    return seq[rng.randrange(len(seq))]


def maybe(rng: random.Random, p: float) -> bool:
    """True with probability p."""
    return rng.random() < p


def slug(text: str) -> str:
    """A lowercase token usable in a domain or address."""
    s = re.sub(r"[^a-z0-9]+", "", text.lower().replace("&", "and"))
    return s or "co"


def strip_legal(name: str) -> str:
    """The company as a person says it (without GmbH/Inc./LLP)."""
    # "Lattice & Co" is the name itself: " Co" is a legal suffix only when no "&" precedes it
    return re.sub(r"\s+(?:GmbH|Inc\.|LLP|S\.A\.|SAS|SL)$|(?<!&)\s+Co$", "", name).strip()


def rand_date(rng: random.Random) -> _dt.date:
    """A date in 2025-2027."""
    return _dt.date(2025, 1, 1) + _dt.timedelta(days=rng.randrange(0, 900))


def date_en(rng: random.Random, d: _dt.date | None = None) -> str:
    """A date written in one of several English styles."""
    d = d or rand_date(rng)
    wd = WEEKDAYS_EN[d.weekday()]
    mo = MONTHS_EN[d.month - 1]
    style = rng.randrange(6)
    if style == 0:
        return f"{wd}, {d.day} {mo}"
    if style == 1:
        return f"{wd} {mo} {d.day}"
    if style == 2:
        return f"{d.day} {mo} {d.year}"
    if style == 3:
        return f"{mo} {d.day}, {d.year}"
    if style == 4:
        return f"{wd[:3]} {d.day}/{d.month}"
    return f"{wd} the {d.day}{'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}"


def time_en(rng: random.Random) -> str:
    """A clock time in several styles."""
    h = rng.choice([8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17])
    m = rng.choice([0, 0, 0, 15, 30, 30, 45])
    if maybe(rng, 0.5):
        return f"{h:02d}:{m:02d}"
    hh = h if h <= 12 else h - 12
    ampm = "am" if h < 12 else "pm"
    return f"{hh}{'' if m == 0 else f':{m:02d}'}{rng.choice([ampm, ampm.upper(), ' ' + ampm])}"


def person(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    """(first, last) for a language."""
    firsts, lasts = {
        "de": (FIRST_DE, LAST_DE), "fr": (FIRST_FR, LAST_FR), "es": (FIRST_ES, LAST_ES),
    }.get(lang, (FIRST_EN, LAST_EN))
    return pick(rng, firsts), pick(rng, lasts)


def cand_addr(rng: random.Random, first: str, last: str) -> str:
    """The candidate's own address."""
    f, l_ = slug(first), slug(last)
    local = pick(rng, [f"{f}.{l_}", f"{f}{l_}", f"{f[0]}{l_}", f"{f}_{l_}{rng.randrange(10, 99)}", f"{f}.{l_[0]}"])
    return f"{local}@{pick(rng, ['gmail.com', 'outlook.com', 'proton.me', 'fastmail.com', 'yahoo.com', 'posteo.de', 'icloud.com', 'hey.com'])}"


def phone(rng: random.Random) -> str:
    """A phone number in one of several national formats."""
    kind = rng.randrange(4)
    if kind == 0:
        return f"+44 7{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}"
    if kind == 1:
        return f"({rng.randrange(200, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    if kind == 2:
        return f"+49 {rng.randrange(151, 179)} {rng.randrange(1000000, 9999999)}"
    return f"+1 {rng.randrange(200, 989)}.{rng.randrange(200, 999)}.{rng.randrange(1000, 9999)}"


def req_id(rng: random.Random) -> str:
    """A requisition / job id in a vendor-ish style."""
    kind = rng.randrange(5)
    if kind == 0:
        return f"R-{rng.randrange(10000, 99999)}"
    if kind == 1:
        return f"JR{rng.randrange(100000, 999999)}"
    if kind == 2:
        return f"{rng.randrange(2019, 2027)}-{rng.randrange(1000, 9999)}"
    if kind == 3:
        return f"REQ{rng.randrange(1000, 9999)}"
    return f"#{rng.randrange(300, 9000)}"


def token(rng: random.Random, n: int = 10) -> str:
    """A url-ish random token (deterministic from rng)."""
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return "".join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))
