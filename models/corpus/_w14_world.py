"""The invented world of writer w14: people, employers, roles, dates and mail addresses.

Used by the ``gen_w14_*`` generators when they need a sender, an employer or a date. Every
name here is made up for this corpus.
"""

from __future__ import annotations

import random
import re

FIRST = (
    "Aoife Bram Celeste Dario Elin Fenna Gideon Hana Ilse Jovan Kaito Leonie Mateus Nadia Oren "
    "Priya Quentin Rosalind Soren Tamsin Ulrich Vesna Wendell Ximena Yusuf Zofia Anouk Benedikt "
    "Carmen Desmond Esther Farid Greta Hollis Imogen Jasper Keziah Lior Marisol Niamh Osric "
    "Paloma Rafferty Saoirse Thaddeus Uma Valentin Wren Yara Zeynep Abel Bettina Cosmo Delphine "
    "Emeka Flora Gunnar Hedda Idris Juno Kofi Lucia Mirela Nils Odette Piet Ruth Sunil Tove "
    "Amara Bastian Clio Dmitri Efua Florin Gaia Hamza Ines Jonah Kalinda Lars Maeve Nuno Ottilie"
).split()
LAST = (
    "Achterberg Baptiste Calloway Dunmore Eriksen Fairweather Gallo Harrow Ivanova Jaramillo "
    "Kowalczyk Lindqvist Mbeki Nakashima Okonkwo Pellegrini Quayle Rasmussen Szabo Trevino "
    "Underhill Vasquez Whitlock Xu Yilmaz Zamora Ashdown Brennan Castellano Delacroix Ekwueme "
    "Frost Grijalva Holloway Ibsen Juarez Kincaid Laurent Moravec Novak Ortega Pike Quintero "
    "Rourke Sandoval Tanaka Ueda Varga Wilder Yardley Abernethy Bergstrom Chakraborty Dlamini "
    "Esposito Fitzgerald Gonzaga Haddad Iyer Jablonski Kagame Lund Mistry Nordin Oyelaran "
    "Petrov Rahimi Sorensen Takacs Venter Waweru Ziegler"
).split()

# (name, domain, sector)
COMPANIES: list[tuple[str, str, str]] = []
_SECTORS = {
    "tech": "Quillstone Labs|Nimbusway|Fernhollow Software|Brightkettle|Corvid Analytics|Latchkey Systems|"
    "Orbweaver|Tidepool Data|Saltmarsh Cloud|Juniper & Pike|Hexfield|Owlbridge|Kestrel Compute|"
    "Pebblecraft|Ravelwork|Lanternfish AI|Mosswood Tech|Stackyard|Ironbark Digital|Fathomly|"
    "Gullwing Robotics|Cobalt Thicket|Wickerlight|Halcyon Grid|Driftglass|Parsnip Health Tech|Tandem Forge|"
    "Glimmerbank|Sorrel Security|Vellum Docs|Keyhole Maps",
    "finance": "Ledgerline|Thornbury Capital|Harrowgate Bank|Copperleaf Payments|Aldermoor Insurance|"
    "Bellwether Mutual|Quaystone Partners|Vantry Finance|Marrow & Finch|Sableford Trust|"
    "Greyfriars Asset Management|Penrose Credit|Tallyho Pay|Northcote Securities|Oakhaven Pensions|"
    "Whitmore Lending|Kittering Exchange|Brackenridge Wealth",
    "health": "Meadowcare Clinics|Sunnyvale Health Trust|Pulsewise|Lindenfield Hospital|Brightpath Dental|"
    "Vireo Therapeutics|Hollin Pharma|Cedarmount Care Homes|Arclight Diagnostics|Wellspring Physio|"
    "Saffron Medical|Kinward Health|Ostrava Biologics|Marigold Veterinary|Tessellate Bio|"
    "Redwater Pharmacy Group|Harbourside Hospice",
    "retail": "Pottle & Daughters|Greengage Grocers|Bramblebox|Cinder Street Coffee|Larkspur Outfitters|"
    "Hearthstone Home|Tangerine Shoe Co|Fable Books|Willowmere Garden Centres|Copper Kettle Bakery|"
    "Paperlantern Stationery|Moonrise Bikes|Harbour Fishmongers|Sprig Florists|Velvet Anchor Hotels|"
    "The Juniper Inn|Oddfellow Cinemas|Crumb & Co|Rookery Restaurants",
    "industry": "Ashgrove Engineering|Keel & Rudder Marine|Foundry Nine|Stonemason Aggregates|"
    "Hartwell Logistics|Blackthorn Energy|Cresswell Rail|Tinplate Packaging|Ridgeback Construction|"
    "Northwind Turbines|Quarrybank Cement|Alder Freight|Pennant Aerospace|Sallow Chemicals|"
    "Glasswing Solar|Irongate Automotive|Fellside Water",
    "public": "Kettering Borough Council|Westmarch University|Riverside Library Service|Eastvale College|"
    "the Office for Coastal Affairs|Heron Valley School Trust|Ministry of Open Data|"
    "Dunmore County Council|Harbourtown Museums|Lowfield Police Authority|Greenbank Housing Association|"
    "Brookmere Parks Department|National Seed Archive",
    "media": "Paper Crane Studios|Foxglove Publishing|Inkwell Media|Skylark Radio|Pinhole Films|"
    "Marchpane Games|Chalkboard Learning|Tinderbox Agency|Kiteflyer Creative|Loudmouth PR|"
    "Sundial Press|Gramophone Records|Waxwing Design|Brightside Events|Nettle & Bone Magazine",
    "charity": "Open Harbour Trust|Seedling Foundation|Hands Across Ridings|Clearwater Alliance|"
    "Lantern Literacy|Shelterwell|Riverkeepers Network|Kindred Food Bank|Ember Youth Music|"
    "Peregrine Wildlife Trust|Common Table|Starling Refugee Support|Bluebell Hospice Fund",
    "consulting": "Arbor & Vale Consulting|Kingsmere Advisory|Halyard Partners|Truelight Strategy|"
    "Meridian Row|Plumbline Group|Tessera Consulting|Cairn Associates|Lodestar Legal|"
    "Whitcombe & Drake LLP|Finchley Hart Accountants|Osprey Actuarial|Greenleaf Surveyors|Baxendale Architects",
}
for _sector, _names in _SECTORS.items():
    for _n in _names.split("|"):
        _slug = re.sub(r"[^a-z0-9]", "", _n.lower().replace("the ", "").replace("&", "and"))[:22]
        _tld = ".co.uk" if _sector in ("public", "charity") and len(_slug) % 2 else ".com"
        if _sector == "public" and ("council" in _slug or "university" in _slug or "college" in _slug):
            _tld = ".ac.uk" if ("university" in _slug or "college" in _slug) else ".gov.uk"
        elif _sector == "tech" and len(_slug) % 3 == 0:
            _tld = ".io"
        elif _sector == "charity":
            _tld = ".org"
        COMPANIES.append((_n, _slug + _tld, _sector))

ROLES = {
    "tech": ["Backend Engineer", "Senior Software Engineer", "Data Engineer", "Site Reliability Engineer",
             "Frontend Developer", "Machine Learning Engineer", "QA Automation Engineer", "Engineering Manager",
             "Product Designer", "Platform Engineer", "Mobile Developer (iOS)", "Data Analyst",
             "Staff Engineer, Payments", "Solutions Architect", "Technical Writer"],
    "finance": ["Risk Analyst", "Quantitative Developer", "Compliance Officer", "Financial Controller",
                "Junior Accountant", "Payments Product Manager", "Credit Analyst", "Data Scientist",
                "Treasury Associate", "Java Developer (Trading)", "Internal Auditor"],
    "health": ["Staff Nurse", "Clinical Data Manager", "Pharmacist", "Physiotherapist", "Practice Manager",
               "Lab Technician", "Healthcare Assistant", "Research Scientist", "Medical Secretary",
               "Regulatory Affairs Specialist", "Veterinary Nurse"],
    "retail": ["Store Manager", "Barista", "Assistant Manager", "Visual Merchandiser", "Sous Chef",
               "Front of House Supervisor", "E-commerce Coordinator", "Buyer", "Warehouse Team Leader",
               "Guest Relations Agent", "Area Manager"],
    "industry": ["Mechanical Design Engineer", "Logistics Planner", "Health and Safety Advisor",
                 "Maintenance Technician", "Project Engineer", "Procurement Specialist", "CAD Technician",
                 "Production Supervisor", "Electrical Engineer", "Supply Chain Analyst"],
    "public": ["Policy Officer", "Library Assistant", "Research Associate", "Planning Officer",
               "IT Service Desk Analyst", "Lecturer in Data Science", "Finance Business Partner",
               "Communications Officer", "Housing Officer", "GIS Analyst"],
    "media": ["Junior Copywriter", "Video Editor", "Game Designer", "Account Executive", "Sub-editor",
              "Social Media Manager", "Producer", "Illustrator", "Events Coordinator", "UX Researcher"],
    "charity": ["Fundraising Officer", "Volunteer Coordinator", "Programme Manager", "Grants Officer",
                "Community Outreach Worker", "Finance Assistant", "Campaigns Lead", "Data and CRM Officer"],
    "consulting": ["Business Analyst", "Associate Consultant", "Trainee Solicitor", "Paralegal",
                   "Audit Senior", "Management Consultant", "Tax Associate", "Knowledge Manager"],
}

ATS_RELAYS = ["hire.talentrelay.net", "mail.recruitly-ats.com", "jobs-noreply.applyflow.io",
              "notifications.hirepond.com", "candidates.teamtailor-mail.com", "em.workablemail.com",
              "careers-mail.smartpipe.io", "noreply.pinpointhq-mail.com", "ats.bamboorelay.com",
              "talent.leverpost.co"]
BOARDS = [("JobStream", "jobstream.com"), ("Hirewire", "hirewire.io"), ("CareerKite", "careerkite.co.uk"),
          ("WorkNest", "worknest.com"), ("Roleboard", "roleboard.net"), ("Upward Jobs", "upwardjobs.com")]
AGENCIES = [("Brightwater Talent", "brightwatertalent.com"), ("Keystone Search", "keystonesearch.co.uk"),
            ("Harbour Recruitment", "harbourrec.com"), ("Nexa People", "nexapeople.io"),
            ("Fieldstone Partners", "fieldstonepartners.com"), ("Ampersand Talent", "ampersandtalent.co"),
            ("Tallow Street Recruitment", "tallowstreet.com")]
MAIL_HOSTS = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "hotmail.co.uk", "icloud.com",
              "yahoo.com", "posteo.net"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SHORTDAY = ["Mon", "Tue", "Wed", "Thu", "Fri"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TIMES = ["9:00", "9:30", "10:00", "10:45", "11:15", "12:00", "13:30", "14:00", "14:30", "15:15",
         "16:00", "16:30"]


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def company(rng: random.Random, sectors: tuple[str, ...] | None = None) -> tuple[str, str, str]:
    pool = [c for c in COMPANIES if sectors is None or c[2] in sectors]
    return rng.choice(pool)


def role_for(rng: random.Random, sector: str) -> str:
    return rng.choice(ROLES[sector])


def addr_of(first: str, last: str, domain: str, rng: random.Random) -> str:
    f, l = first.lower(), re.sub(r"[^a-z]", "", last.lower())
    style = rng.randrange(5)
    local = [f"{f}.{l}", f"{f[0]}{l}", f, f"{f}{l[0]}", f"{f}_{l}"][style]
    return f"{local}@{domain}"


def user_addr(first: str, last: str, rng: random.Random) -> str:
    f, l = first.lower(), re.sub(r"[^a-z]", "", last.lower())
    local = rng.choice([f"{f}.{l}", f"{f}{l}{rng.randrange(10, 99)}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}.{l[0]}"])
    return f"{local}@{rng.choice(MAIL_HOSTS)}"


def date_line(rng: random.Random) -> str:
    d = rng.randrange(1, 28)
    m = rng.choice(MONTHS)
    y = rng.choice([2024, 2025, 2026])
    t = rng.choice(TIMES)
    style = rng.randrange(4)
    if style == 0:
        return f"{rng.choice(SHORTDAY)}, {d} {m[:3]} {y} at {t}"
    if style == 1:
        return f"{rng.choice(DAYS)}, {m} {d}, {y} {t}"
    if style == 2:
        return f"{d:02d}/{MONTHS.index(m) + 1:02d}/{y} {t}"
    return f"{rng.choice(SHORTDAY)} {d} {m} {y}, {t}"


def slot(rng: random.Random) -> str:
    d = rng.choice(DAYS)
    t = rng.choice(TIMES)
    return rng.choice([f"{d} at {t}", f"{d} {rng.randrange(2, 28)}th, {t}", f"this {d} around {t}",
                       f"next {d} ({t})", f"{d} morning", f"{d} afternoon"])


def req_no(rng: random.Random) -> str:
    return rng.choice([f"REQ-{rng.randrange(1000, 99999)}", f"#{rng.randrange(100, 9999)}",
                       f"JR{rng.randrange(10000, 999999)}", f"Ref {rng.choice('ABCDHK')}{rng.randrange(100, 999)}",
                       f"{rng.randrange(2024, 2027)}-{rng.randrange(10, 999):03d}"])
