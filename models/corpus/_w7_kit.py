"""Writer w7's shared kit: people, employers, roles, dates and the mail "shell" (greetings,
sign-offs, signatures, footers, quoting, HTML) used by every gen_w7_*.py generator.

Written for jobs outside software and for English as written in the UK, Ireland, Australia,
India, Canada and South Africa as well as the US. Everything random goes through the caller's rng.
"""

from __future__ import annotations

import random
import re
from typing import Any, Iterable

# --------------------------------------------------------------------------------------------
# people
FIRST = (
    "Aoife Siobhan Ciaran Niamh Declan Orla Padraig Grainne Eoin Roisin Callum Isla Fraser Morag "
    "Hamish Eilidh Rhys Carys Dafydd Ffion Gareth Bethan Priya Rohan Ananya Vikram Lakshmi Arjun "
    "Deepika Sandeep Kavitha Harpreet Gurpreet Imran Ayesha Farhan Nadia Bilal Zainab Thabo Lerato "
    "Sipho Nomvula Pieter Annelie Johan Zanele Kagiso Mpho Liam Chloe Mitchell Tegan Brodie Jarrah "
    "Kirra Lachlan Matilda Harrison Sienna Cooper Tamsin Oliver Amelia Jack Poppy George Florence "
    "Alfie Imogen Samir Leila Tomasz Agnieszka Kasia Marek Andrei Ioana Bogdan Chidi Ngozi Emeka "
    "Funmilayo Kwame Abena Yaw Adaeze Marguerite Etienne Genevieve Mathieu Sophie Mei Wen Jia Hiroshi "
    "Yuki Minh Linh Tariq Sana Hassan Rashid Maeve Bronagh Colm Seamus Dervla Wayne Sharon Gary "
    "Tracey Darren Kerry Bernadette Clive Marjorie Derek Pauline Nigel Gwen Trevor Maureen Lorraine"
).split()
LAST = (
    "O'Sullivan Murphy Byrne Kavanagh Doyle McCarthy Fitzgerald Gallagher Quinn Brennan MacLeod "
    "Campbell Sinclair Drummond Fraser Ross Jones Evans Pritchard Llewellyn Morgan Hughes Sharma "
    "Iyer Nair Menon Reddy Kulkarni Chatterjee Banerjee Gill Sandhu Dhillon Khan Qureshi Siddiqui "
    "Hussain Malik Naidoo Pillay Van der Merwe Botha Nkosi Dlamini Mokoena Khumalo Ndlovu Pretorius "
    "Nguyen Tran Walsh Kelly Thompson Fletcher Harper Whitfield Ashworth Pemberton Hargreaves "
    "Cartwright Fairbairn Okonkwo Adeyemi Mensah Owusu Boateng Kowalski Nowak Wiśniewska Popescu "
    "Ionescu Tremblay Gagnon Bouchard Leblanc Roy Chen Wong Li Zhang Tanaka Suzuki Rahman Chowdhury "
    "Hossain Ali Patel Shah Desai Mehta Joshi Bhatt Atkinson Bramley Dunmore Eastwood Gilchrist"
).split()
# "Van der Merwe" got split; stitch it back so it stays a surname
LAST = [x for x in LAST if x not in ("Van", "der", "Merwe")] + ["van der Merwe", "de Villiers", "du Plessis"]

MAILHOSTS = ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com", "gmail.com",
             "live.ie", "bigpond.com", "rediffmail.com", "yahoo.co.in", "gmail.com", "btinternet.com",
             "sky.com", "eircom.net", "mweb.co.za", "shaw.ca", "outlook.com", "proton.me")


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def personal_addr(rng: random.Random, first: str, last: str) -> str:
    clean = re.sub(r"[^a-z]", "", last.lower().replace("ś", "s"))
    f = first.lower()
    style = rng.randrange(6)
    local = [f"{f}.{clean}", f"{f[0]}{clean}", f"{f}{clean}{rng.randrange(10, 99)}", f"{clean}.{f}",
             f"{f}_{clean}", f"{f}{rng.randrange(1970, 2004)}"][style]
    return f"{local}@{rng.choice(MAILHOSTS)}"


class Candidate:
    """The mailbox owner for one record."""

    def __init__(self, rng: random.Random) -> None:
        self.first, self.last = person(rng)
        self.full = f"{self.first} {self.last}"
        self.addr = personal_addr(rng, self.first, self.last)
        self.phone = rng.choice(["07", "+44 7", "087 ", "+353 87 ", "04", "+61 4", "+91 9", "082 ", "(416) "]) + \
            "".join(str(rng.randrange(10)) for _ in range(8))


# --------------------------------------------------------------------------------------------
# employers. "name|country" per line; domains derived below.
_SECTORS: dict[str, str] = {
    "health": """Riverside Community Health NHS Trust|uk
North Wessex Hospitals NHS Foundation Trust|uk
Glenmorven Health Board|uk
Cwm Taf Valleys University Health Board|uk
St Brigid's University Hospital|ie
Saint Columba's Hospital Group|ie
Harbourview Private Hospital|au
Murraybank Aged Care|au
Ashdene Care Homes|uk
Lakeshore Family Health Team|ca
Sunrise Multispeciality Hospital|in
Kaveri Heart Institute|in
Umhlanga Medi-Clinic|za
Pinecrest Nursing Home|uk
Bluegum Community Nursing|au
Hollybrook Hospice|uk""",
    "school": """Thornfield Academy Trust|uk
St Aidan's Catholic Primary School|uk
Kingsmere High School|uk
Ballyroan Community College|ie
Wattle Grove Public School|au
Greenvale Grammar|au
Delhi Heritage Public School|in
Maplecroft Collegiate|ca
Fernwood Preparatory School|za
Oakhurst Learning Trust|uk
Harrowgate Sixth Form College|uk""",
    "university": """University of Eastmoor|uk
Carrickfergus Institute of Technology|ie
Southern Cross College of TAFE|au
Northbridge University|uk
Sri Venkatesa Institute of Management|in
Lakehead Polytechnic|ca
University of the Highveld|za
Dunmore College of Further Education|uk""",
    "council": """Hartsfield Borough Council|uk
Westmarch District Council|uk
Ashby Vale County Council|uk
Kilbarron County Council|ie
City of Port Elridge|au
Shire of Carrabin|au
Town of Millbrook Falls|ca
Mangaung Metro Municipality|za
Greater Thamesreach Authority|uk
Pennine Ridge Metropolitan Borough Council|uk
Coastal Lowlands Regional Council|au""",
    "civil": """Department for Rural Affairs|uk
HM Land Records Office|uk
Office of the Revenue Commissioners (Valuations)|ie
Australian Maritime Standards Agency|au
Public Works Department, Karnataka|in
Service Transport Canada – Atlantic Region|ca
Driver Licensing Directorate|uk
National Statistics Bureau|za
Environment and Waterways Agency|uk""",
    "retail": """Hartley & Finch|uk
Greenbasket Supermarkets|uk
Coastline Outdoor|au
Bramble Home Stores|uk
Daily Needs Mart|in
Northern Pantry Grocers|ca
Kestrel Pharmacy Group|ie
Sundowner Liquor|au
Veld & Vine Stores|za
Oakley Bros Department Store|uk
Pennywise Discount|uk
Meadowlark Garden Centres|uk""",
    "hospitality": """The Anchor & Oar|uk
Harbour Lights Hotel Group|ie
Bellbird Resorts|au
Copper Kettle Cafés|uk
The Grand Mahal Hotel|in
Lakeside Lodge Muskoka|ca
Table Bay Boutique Hotel|za
Fellside Inns|uk
Saltmarsh Seafood Kitchen|au
Duchess Street Brasserie|uk""",
    "logistics": """Northlink Freight|uk
Redgum Transport|au
Shannon Distribution|ie
Pacelane Couriers|uk
Meridian Cold Chain|uk
Trans-Deccan Logistics|in
Prairie Haul Lines|ca
Karoo Express Freight|za
Ironbridge Warehousing|uk
Swiftdrop Parcels|au""",
    "finance": """Calder Building Society|uk
Threadneedle Mutual Assurance|uk
Liffey Savings Bank|ie
Southern Harbour Bank|au
Pragati Co-operative Bank|in
Northwoods Credit Union|ca
Protea Life Insurance|za
Ashgrove Insurance|uk
Kingsbridge Wealth Partners|uk
Pinnacle General Insurance|in
Bayswater Home Loans|au""",
    "law": """Pemberton Ashcroft LLP|uk
Hollis Greaves Solicitors|uk
McAllister & Dunne Solicitors|ie
Barrington Hale Lawyers|au
Khaitan Mehra & Associates|in
Lafleur Bouchard Avocats LLP|ca
Nortje Mostert Attorneys|za
Fairclough Winter LLP|uk""",
    "engineering": """Tynebridge Fabrications|uk
Castlerock Precast|ie
Kookaburra Mining Services|au
Vindhya Heavy Engineering|in
Great Lakes Tool & Die|ca
Highveld Steelworks|za
Marston Aerostructures|uk
Severnside Water Engineering|uk
Blackwattle Civil Contractors|au
Penrose Rail Systems|uk""",
    "charity": """Hearthstone Housing Trust|uk
Open Door Refugee Support|uk
Barnabas Youth Project|ie
Wildlands Conservation Society|au
Sahyog Foundation|in
Northern Lights Food Bank|ca
Ubuntu Child Welfare|za
Lantern Dementia Care|uk
Riverbend Mental Health Alliance|uk""",
    "agency": """Brightstaff Recruitment|uk
Apex Nursing Bank|uk
Clover Temps|ie
Outback Labour Hire|au
Prime Placements India|in
Maple Staffing Solutions|ca
Jozi Talent Partners|za
Harbour Education Supply|uk
Keystone Driver Agency|uk""",
    "family": """Dwyer's Bakery|ie
Patel & Sons Pharmacy|uk
Hendry Family Butchers|uk
Bluewren Vineyards|au
Gupta Textiles|in
Moreau Maple Farm|ca
Oosthuizen Motors|za
Crannog Bookshop|uk
Tregarthen Dairy|uk
Sullivan's Garden Nursery|ie
Khoury Florist|au""",
}

TLD = {"uk": "co.uk", "ie": "ie", "au": "com.au", "in": "co.in", "ca": "ca", "za": "co.za"}
PUBLIC_TLD = {"uk": "gov.uk", "ie": "ie", "au": "gov.au", "in": "gov.in", "ca": "ca", "za": "gov.za"}


class Employer:
    def __init__(self, name: str, sector: str, cc: str) -> None:
        self.name, self.sector, self.cc = name, sector, cc
        base = re.sub(r"\(.*?\)", "", name)
        for drop in (" NHS Foundation Trust", " NHS Trust", " LLP", " Solicitors", " Group", " Ltd",
                     "The ", " Avocats", " Attorneys", " Lawyers", " & Associates"):
            base = base.replace(drop, " ")
        words = re.sub(r"[^A-Za-z ]", "", base).lower().split()
        stem = "".join(words[:3]) if len(words) <= 3 else "".join(w[0] for w in words)
        if sector in ("council", "civil"):
            self.domain = f"{stem}.{PUBLIC_TLD[cc]}"
        elif sector == "health" and cc == "uk" and ("NHS" in name or "Health Board" in name):
            self.domain = f"{stem}.nhs.uk"
        elif sector in ("charity",) and cc == "uk":
            self.domain = f"{stem}.org.uk"
        elif sector in ("school", "university") and cc == "uk":
            self.domain = f"{stem}.{'sch.uk' if sector == 'school' else 'ac.uk'}"
        else:
            self.domain = f"{stem}.{TLD[cc]}"
        # short name a person would use in a subject line
        self.short = name.replace(" NHS Foundation Trust", "").replace(" NHS Trust", "")


EMPLOYERS: list[Employer] = [
    Employer(line.split("|")[0].strip(), sector, line.split("|")[1].strip())
    for sector, block in _SECTORS.items() for line in block.strip().splitlines()
]
BY_SECTOR: dict[str, list[Employer]] = {}
for _e in EMPLOYERS:
    BY_SECTOR.setdefault(_e.sector, []).append(_e)

ROLES: dict[str, list[str]] = {
    "health": ["Staff Nurse (Band 5)", "Registered Nurse – Surgical Ward", "Healthcare Assistant",
               "Ward Clerk", "Senior Staff Nurse, Theatres", "Physiotherapist (Band 6)",
               "Pharmacy Technician", "Phlebotomist", "Medical Secretary", "Care Assistant (nights)",
               "Clinical Nurse Specialist", "Occupational Therapist", "Community Midwife",
               "Patient Services Coordinator", "Radiographer", "Enrolled Nurse", "Personal Support Worker"],
    "school": ["Teaching Assistant", "Year 4 Class Teacher", "Teacher of Mathematics",
               "Head of Science", "SENCO", "School Business Manager", "Cover Supervisor",
               "Lunchtime Supervisor", "Primary Teacher (0.6 FTE)", "Learning Support Assistant",
               "English Teacher (maternity cover)", "Site Manager", "Exams Officer"],
    "university": ["Lecturer in Nursing", "Research Assistant", "Student Services Adviser",
                   "Library Assistant", "Technician – Chemistry Labs", "Admissions Officer",
                   "Teaching Fellow in Accounting", "Programme Administrator", "Careers Consultant"],
    "council": ["Planning Officer", "Environmental Health Officer", "Customer Services Adviser",
                "Waste Operative", "Housing Officer", "Parking Enforcement Officer",
                "Revenues and Benefits Assistant", "Social Worker – Children's Services",
                "Parks Gardener", "Library Assistant (Saturdays)", "Building Control Surveyor",
                "Democratic Services Officer", "Community Engagement Officer"],
    "civil": ["Executive Officer", "Administrative Officer", "Higher Executive Officer – Policy",
              "APS4 Compliance Officer", "Senior Executive Officer, Finance", "Field Inspector",
              "Clerical Officer", "Statistician (Graduate)", "Grade 7 Operations Lead"],
    "retail": ["Store Assistant", "Assistant Store Manager", "Checkout Operator", "Visual Merchandiser",
               "Night Fill Team Member", "Pharmacy Counter Assistant", "Department Supervisor",
               "Christmas Temp – Stockroom", "Customer Service Desk Assistant", "Area Manager",
               "Retail Graduate Programme", "Bakery Team Member"],
    "hospitality": ["Commis Chef", "Front of House Supervisor", "Bar Staff", "Housekeeping Attendant",
                    "Night Receptionist", "Sous Chef", "Events Coordinator", "Barista",
                    "Restaurant Manager", "Kitchen Porter", "Guest Relations Executive"],
    "logistics": ["Warehouse Operative (nights)", "Forklift Driver", "HGV Class 1 Driver",
                  "Transport Planner", "Multi-Drop Delivery Driver", "Shift Manager",
                  "Inventory Controller", "Goods-In Clerk", "Fleet Coordinator", "Picker Packer"],
    "finance": ["Customer Service Officer", "Claims Handler", "Mortgage Adviser", "Trainee Underwriter",
                "Branch Manager", "Compliance Analyst", "Graduate Actuarial Trainee",
                "Relationship Officer", "Bank Teller", "Credit Controller", "Probationary Officer"],
    "law": ["Trainee Solicitor (2026 intake)", "Paralegal – Conveyancing", "Legal Secretary",
            "Vacation Scheme", "Associate – Employment", "Legal Cashier", "Articled Clerk",
            "Graduate Lawyer", "Legal Assistant"],
    "engineering": ["Maintenance Electrician", "CNC Machinist", "Graduate Civil Engineer",
                    "Quality Inspector", "Mechanical Fitter", "Site Engineer", "Welder Fabricator",
                    "Apprentice Engineering Technician", "Production Supervisor", "Health & Safety Advisor",
                    "Process Engineer", "Estimator"],
    "charity": ["Support Worker", "Fundraising Officer", "Volunteer Coordinator", "Youth Worker",
                "Project Officer", "Finance Assistant (part-time)", "Outreach Worker",
                "Community Fundraiser", "Advice Caseworker", "Shop Manager"],
    "family": ["Counter Assistant", "Shop Assistant", "Apprentice Baker", "Cellar Hand",
               "Delivery Driver", "Office Junior", "Sales Assistant", "Farm Hand (seasonal)",
               "Workshop Technician", "Bookkeeper (part-time)"],
}
ROLES["agency"] = ROLES["health"][:6] + ROLES["logistics"][:5] + ROLES["school"][:4] + ROLES["engineering"][:4]

PLACES = {
    "uk": ["Leeds", "Swindon", "Stockport", "Preston", "Cardiff", "Inverness", "Norwich", "Derby", "Exeter", "Wrexham"],
    "ie": ["Cork", "Galway", "Limerick", "Athlone", "Sligo", "Waterford", "Dundalk"],
    "au": ["Ballarat", "Toowoomba", "Geelong", "Wollongong", "Bunbury", "Cairns", "Launceston"],
    "in": ["Pune", "Coimbatore", "Mysuru", "Indore", "Kochi", "Vadodara", "Nagpur"],
    "ca": ["Hamilton", "Moncton", "Kelowna", "Sudbury", "Saskatoon", "Kingston"],
    "za": ["Pietermaritzburg", "Gqeberha", "Bloemfontein", "Stellenbosch", "Polokwane", "East London"],
}

# invented portal / relay senders (never the company)
RELAYS = ["notify.hirestream.co.uk", "mailer.vacancyline.net", "apply.staffgate.com.au",
          "noreply.jobportal-services.in", "alerts.careerdesk-ats.com", "mail.recruitwell.ie",
          "system.talentroute.ca", "no-reply.applyhub.co.za", "messages.rosterhire.com",
          "candidates.publicjobsportal.net"]


def employer(rng: random.Random, sectors: Iterable[str] | None = None) -> Employer:
    pool = [e for s in (sectors or BY_SECTOR) for e in BY_SECTOR[s]]
    return rng.choice(pool)


def role_for(rng: random.Random, emp: Employer) -> str:
    return rng.choice(ROLES[emp.sector])


def place_for(rng: random.Random, emp: Employer) -> str:
    return rng.choice(PLACES[emp.cc])


# --------------------------------------------------------------------------------------------
# dates and references
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def a_date(rng: random.Random, cc: str = "uk") -> str:
    d, m, wd = rng.randrange(1, 29), rng.randrange(12), rng.choice(DAYS)
    forms = [f"{wd} {d} {MONTHS[m]}", f"{wd}, {ordinal(d)} {MONTHS[m]}", f"{d}/{m + 1}/2025",
             f"{ordinal(d)} of {MONTHS[m]}", f"{wd} {ordinal(d)}", f"{d} {MONTHS[m][:3]}",
             f"{MONTHS[m]} {d}"]
    if cc == "ca":
        forms += [f"{wd}, {MONTHS[m]} {d}"] * 3
    return rng.choice(forms)


def a_time(rng: random.Random) -> str:
    h, mi = rng.randrange(8, 17), rng.choice(["00", "15", "30", "45"])
    return rng.choice([f"{h}:{mi}", f"{h if h <= 12 else h - 12}.{mi}{'am' if h < 12 else 'pm'}",
                       f"{h if h <= 12 else h - 12}:{mi} {'a.m.' if h < 12 else 'p.m.'}",
                       f"{h:02d}{mi}hrs", f"{h if h <= 12 else h - 12}{'am' if h < 12 else 'pm'}"])


def a_ref(rng: random.Random, sector: str = "") -> str:
    n = rng.randrange(10000, 999999)
    forms = [f"REQ-{n}", f"Ref: {rng.randrange(100, 999)}-{n}", f"Vacancy No. {n}", f"JR{n}",
             f"{rng.choice(['NUR', 'ADM', 'OPS', 'FIN', 'EDU', 'HR'])}/{rng.randrange(20, 26)}/{rng.randrange(100, 999)}",
             f"Job ID {n}", f"#{n}", f"Post ref {rng.randrange(1000, 9999)}"]
    if sector == "health":
        forms += [f"{rng.randrange(100, 999)}-{rng.choice(['NUR', 'AHP', 'ADM'])}-{n}"] * 2
    return rng.choice(forms)


def a_when(rng: random.Random) -> str:
    """A mail client's date stamp for quoted history."""
    d, m = rng.randrange(1, 29), rng.randrange(12)
    h, mi = rng.randrange(7, 22), rng.randrange(60)
    return rng.choice([f"{rng.choice(DAYS)[:3]}, {d} {MONTHS[m][:3]} 2025 at {h:02d}:{mi:02d}",
                       f"{d}/{m + 1:02d}/2025 {h:02d}:{mi:02d}",
                       f"{rng.choice(DAYS)}, {MONTHS[m]} {d}, 2025 {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
                       f"{rng.choice(DAYS)}, {d} {MONTHS[m]} 2025 {h:02d}:{mi:02d}"])


# --------------------------------------------------------------------------------------------
# text helpers
class Slots(dict):
    """format_map dict that leaves unknown {names} visible so a missing slot is easy to spot."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, slots: dict[str, Any]) -> str:
    return text.format_map(Slots(slots))


def pick(rng: random.Random, bank: list[str] | tuple[str, ...], slots: dict[str, Any]) -> str:
    """Choose one fragment; fragments tagged "[uk]" / "[in]" etc. only suit that country."""
    groups = {slots.get("cc", ""), slots.get("sector", "")}
    if slots.get("sector") in ("retail", "hospitality", "family"):
        groups.add("shop")
    ok = [b for b in bank if set(_tags(b)[0]) <= groups]
    return fill(_tags(rng.choice(ok or list(bank)))[1], slots)


def _tags(item: str) -> tuple[list[str], str]:
    """Split leading "[tag]" markers (country or sector) from a fragment."""
    tags = []
    while item.startswith("["):
        end = item.index("]")
        tags.append(item[1:end])
        item = item[end + 1:].lstrip()
    return tags, item


def maybe(rng: random.Random, p: float, text: str) -> str:
    return text if rng.random() < p else ""


def para(*parts: str) -> str:
    """Join sentences into one paragraph, skipping empty ones; a lead-in ending in a comma
    continues into the next sentence in lower case."""
    out = ""
    for p in (p.strip() for p in parts if p and p.strip()):
        if out.endswith((",", ":")) and not p.startswith(("I ", "I'", "{")) and not p[:2].isupper():
            p = p[0].lower() + p[1:]
        out = f"{out} {p}" if out else p
    return out


def body(*paras: str) -> str:
    out = "\n\n".join(p.strip("\n") for p in paras if p and p.strip()) + "\n"
    return out.replace("a.m..", "a.m.").replace("p.m..", "p.m.")


def wrap(text: str, width: int) -> str:
    """Hard-wrap each paragraph the way some old mail clients do."""
    out = []
    for block in text.split("\n"):
        words, line, lines = block.split(" "), "", []
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
        out.append("\n".join(lines))
    return "\n".join(out)


def quote_lines(text: str) -> str:
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip().splitlines())


def quoted(rng: random.Random, old_text: str, old_from: str, old_addr: str, old_subject: str,
           to_name: str, to_addr: str) -> str:
    """The history block under a reply: gmail style, Outlook block, or a bare separator."""
    style = rng.randrange(4)
    if style == 0:
        return f"On {a_when(rng)}, {old_from} <{old_addr}> wrote:\n{quote_lines(old_text)}"
    if style == 1:
        return (f"From: {old_from} <{old_addr}>\nSent: {a_when(rng)}\nTo: {to_name} <{to_addr}>\n"
                f"Subject: {old_subject}\n\n{old_text.strip()}")
    if style == 2:
        return (f"-----Original Message-----\nFrom: {old_from}\nSent: {a_when(rng)}\nTo: {to_addr}\n"
                f"Subject: {old_subject}\n\n{old_text.strip()}")
    return f"________________________________\nFrom: {old_from} <{old_addr}>\nSent: {a_when(rng)}\n" \
           f"Subject: {old_subject}\n\n{old_text.strip()}"


def to_html(rng: random.Random, text: str, brand: str | None = None) -> str:
    """Render plain text paragraphs as a modest HTML mail, as portals and Outlook produce."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    inner = "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in paras)
    style = rng.randrange(3)
    if style == 0:
        head = f"<div style=\"background:#005eb8;color:#fff;padding:12px\"><b>{esc(brand)}</b></div>" if brand else ""
        return f"<html><body style=\"font-family:Arial\">{head}<div style=\"padding:16px\">{inner}</div></body></html>"
    if style == 1:
        return ("<html><head><meta charset=\"utf-8\"></head><body><table width=\"600\" align=\"center\">"
                + (f"<tr><td><h2>{esc(brand)}</h2></td></tr>" if brand else "")
                + f"<tr><td style=\"font-size:14px\">{inner}</td></tr></table></body></html>")
    return f"<div dir=\"ltr\"><div class=\"WordSection1\">{inner}</div></div>"


def record(prefix: str, family: str, n: int, *, folder: str = "INBOX", from_name: str, from_addr: str,
           to_addr: str, subject: str, text: str, html: str | None = None, labels: Iterable[str] = (),
           company: str | None = None, topics: Iterable[str] = (), outside: Iterable[str] = (),
           lang: str = "en") -> dict:
    labels = sorted(set(labels))
    return {
        "id": f"{prefix}-{family.split('-', 1)[1]}-{n}", "family": family, "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": text, "body_html": html, "labels": labels, "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(outside)) if "rejection" in labels else [],
    }
