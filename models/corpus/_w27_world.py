"""Writer w27: the world of formal employers (organisations, people, posts, dates) and shared boilerplate.

Used by the gen_w27_*.py generators. Everything here was written fresh for w27.
"""

from __future__ import annotations

import random
import re

PLACES = [
    "Calderbrook", "Ashmere", "Thornbury Vale", "Kelsworth", "Brackenfield", "Dunmoor", "Hollinsgate",
    "Westerleigh", "Marchbank", "Eastwold", "Pennock", "Radleigh", "Saltcote", "Gorsefield", "Wrayford",
    "Oldcastle Moor", "Lynchmere", "Farrowdale", "Harwick", "Stennet", "Bellingford", "Cressley",
    "Tolmarsh", "Quarrington", "Norbridge", "Aldwater", "Fenholt", "Kilbarra", "Ballycroom", "Dromcliff",
    "Rathmoyle", "Carrigbeg", "Glenadare", "Wattle Creek", "Murrumbee", "Koorabri", "Banksia Heights",
    "Yallandra", "Port Ellery", "Maple Bluff", "Cedarhurst", "Lac-Doré", "Pinecrest", "Riverton Falls",
    "Granite Ridge", "Clearwater Bend", "Millbrook", "Hartsdale", "Sutter Flats", "Oak Hollow",
    "Prairie Vale", "Kingsmead", "Fallowfield", "Rookhaven", "Stanmore Cross", "Weyborne", "Ambleton",
    "Copperhill", "Northwick", "Selbridge",
]
STEMS = [
    "Harbourline", "Meridian", "Kestrel", "Albion", "Lodestar", "Halcyon", "Stoneleigh", "Brightwater",
    "Ironbridge", "Evergreen", "Beacon", "Sterling Vale", "Corrib", "Wexcombe", "Aurelian", "Greyfriars",
    "Tamarind", "Juniper", "Northgate", "Sandpiper", "Clarion", "Heathcote", "Fairhaven", "Ravensworth",
    "Lindqvist", "Ochre", "Pemberton", "Quayside", "Summit", "Bramblewood", "Cobalt", "Larkspur",
]
SURNAMES = [
    "Ashworth", "Okafor", "Fitzgerald", "Mahoney", "Prendergast", "Chaudhry", "Whitlock", "Delacroix",
    "Nakamura", "Brennan", "Oyelaran", "Kowalczyk", "Hargreaves", "Lindsay", "Tremaine", "MacAulay",
    "Devereux", "Ferreira", "Gallagher", "Holloway", "Iqbal", "Jennings", "Kavanagh", "Llewellyn",
    "Montague", "Ng", "O'Sullivan", "Pillai", "Quigley", "Rafferty", "Sandoval", "Thistlewood",
    "Underhill", "Vasquez", "Wainwright", "Yeoman", "Zielinski", "Abernethy", "Blackwood", "Cartwright",
    "Donnelly", "Ellison", "Farquhar", "Grieve", "Haldane", "Imrie", "Joubert", "Kerrigan", "Lachance",
    "Mbeki", "Nolan", "Ostrowski", "Pettigrew", "Radcliffe", "Sheridan", "Tennant", "Villeneuve",
]
FIRST = [
    "Margaret", "Declan", "Priya", "Owen", "Siobhan", "Alasdair", "Fiona", "Gareth", "Helen", "Imran",
    "Joanna", "Kieran", "Lorraine", "Malcolm", "Niamh", "Oluwaseun", "Patricia", "Rhys", "Sunita",
    "Tobias", "Ursula", "Vikram", "Wendy", "Yvonne", "Adaeze", "Bronwyn", "Callum", "Deirdre",
    "Eleanor", "Francis", "Gwen", "Hamish", "Isobel", "Jasper", "Kathleen", "Lachlan", "Maeve", "Nigel",
    "Orla", "Philippa", "Rosalind", "Stuart", "Theresa", "Aled", "Beatrice", "Colm", "Dolores", "Ewan",
    "Geraldine", "Harriet", "Ibrahim", "Judith", "Karim", "Leanne", "Moira", "Naveen", "Rupert", "Shona",
]
CAND_FIRST = [
    "Alex", "Sam", "Jordan", "Chloe", "Daniel", "Aisha", "Tomasz", "Laura", "Ben", "Mei", "Rory",
    "Hannah", "Kwame", "Sofia", "Ciara", "Liam", "Anjali", "Marcus", "Elena", "Jonah", "Nadia", "Ruth",
    "Emeka", "Grace", "Pádraig", "Zoe", "Farah", "Luca", "Bethan", "Oscar",
]
CAND_LAST = [
    "Morrow", "Patel", "Quinn", "Harding", "Osei", "Brennan", "Walsh", "Novak", "Reid", "Chen",
    "Doyle", "Sato", "Kaur", "Ellis", "Murphy", "Adeyemi", "Lowe", "Fraser", "Costa", "Hughes",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def slug(s: str) -> str:
    s = s.lower().replace("&", "and").replace("'", "").replace("é", "e").replace("á", "a")
    return re.sub(r"[^a-z0-9]+", "", s)


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def date_str(rng: random.Random, style: str = "uk") -> str:
    day = rng.randint(1, 28)
    mon = pick(rng, MONTHS)
    wd = pick(rng, WEEKDAYS)
    if style == "us":
        return pick(rng, [f"{wd}, {mon} {day}", f"{mon} {day}", f"{wd}, {mon} {day}, 2025"])
    suffix = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return pick(rng, [f"{wd} {day} {mon}", f"{day} {mon}", f"{wd} {day}{suffix} {mon}", f"{day} {mon} 2025",
                      f"{wd}, {day} {mon} 2025"])


def time_str(rng: random.Random, style: str = "uk") -> str:
    h = rng.choice([9, 9, 10, 10, 11, 13, 14, 14, 15, 16])
    m = rng.choice(["00", "00", "15", "30", "45"])
    if style == "us":
        return f"{h if h <= 12 else h - 12}:{m} {'a.m.' if h < 12 else 'p.m.'}"
    return rng.choice([f"{h:02d}:{m}", f"{h}.{m}{'am' if h < 12 else 'pm'}" if h <= 12 else f"{h - 12}.{m}pm",
                       f"{h:02d}.{m}"])


# ---------------------------------------------------------------- sectors
# each sector: how organisations are named, their domains, the posts they advertise
SECTORS: dict[str, dict] = {
    "health": {
        "names": ["{P} University Hospitals NHS Foundation Trust", "{P} Community Health NHS Trust",
                  "{P} and District Healthcare NHS Trust", "{P} Mental Health Partnership",
                  "{P} Royal Infirmary", "St {F}'s Hospital {P}"],
        "tld": ["nhs.uk"],
        "posts": ["Band 6 Staff Nurse (Respiratory)", "Clinical Coding Officer", "Senior Data Analyst (Band 7)",
                  "Ward Administrator", "Physiotherapist (Band 5)", "Health Records Supervisor",
                  "Patient Experience Lead", "Deputy Finance Manager", "Pharmacy Technician",
                  "Digital Services Project Manager", "Information Governance Officer", "Healthcare Assistant"],
        "tech_posts": ["Senior Data Analyst (Band 7)", "Digital Services Project Manager", "Integration Engineer"],
        "dept": ["Recruitment Services", "Workforce Team", "People Directorate", "Medical Staffing"],
    },
    "uni": {
        "names": ["University of {P}", "{P} University", "{P} Institute of Technology",
                  "{S} College, University of {P}", "{P} Metropolitan University"],
        "tld": ["ac.uk", "ac.uk", "edu.au", "ie"],
        "posts": ["Lecturer in Criminology", "Research Fellow in Soil Science", "Research Software Engineer",
                  "Programme Administrator", "Senior Library Assistant", "Admissions Officer",
                  "Postdoctoral Research Associate", "Teaching Fellow in Accounting", "Laboratory Technician",
                  "Data Protection Officer", "Systems Developer (Student Records)", "Widening Participation Officer"],
        "tech_posts": ["Research Software Engineer", "Systems Developer (Student Records)", "HPC Systems Specialist"],
        "dept": ["Human Resources", "People and Organisational Development", "HR Services", "Recruitment Team"],
    },
    "civil": {
        "names": ["Department for {A}", "Office of the {A} Regulator", "{A} Agency", "Ministry of {A}",
                  "{A} Executive", "Commission for {A}"],
        "tld": ["gov.uk"],
        "posts": ["Higher Executive Officer – Policy", "Senior Executive Officer, Analysis", "Executive Officer (Casework)",
                  "Grade 7 Economist", "Digital Delivery Manager", "Administrative Officer", "Statistical Officer",
                  "Senior Software Developer (SEO)", "Policy Adviser (Grade 7)", "Finance Business Partner"],
        "tech_posts": ["Senior Software Developer (SEO)", "Digital Delivery Manager", "Cloud Platform Engineer"],
        "dept": ["Recruitment Hub", "Resourcing Team", "Shared Services Recruitment", "HR Casework"],
    },
    "council": {
        "names": ["{P} County Council", "{P} Borough Council", "{P} City Council", "{P} District Council",
                  "{P} Metropolitan Borough Council"],
        "tld": ["gov.uk", "ie"],
        "posts": ["Planning Officer", "Social Worker (Children and Families)", "Environmental Health Officer",
                  "Revenues Officer", "Highways Engineer", "Housing Needs Adviser", "GIS Technician",
                  "Committee Services Officer", "Trading Standards Officer", "ICT Service Desk Analyst",
                  "Economic Development Manager", "Library Services Assistant"],
        "tech_posts": ["GIS Technician", "ICT Service Desk Analyst", "Applications Developer"],
        "dept": ["HR and Organisational Development", "Recruitment Team", "People Services", "Human Resources"],
    },
    "law": {
        "names": ["{L} {L2} LLP", "{L} & {L2}", "{L} {L2} Solicitors", "{L} Law LLP", "{L}, {L2} & Partners"],
        "tld": ["co.uk", "com", "ie", "com.au"],
        "posts": ["Trainee Solicitor (2027 intake)", "Associate, Commercial Litigation", "Paralegal – Real Estate",
                  "Legal Secretary", "Knowledge Lawyer", "Vacation Scheme", "Senior Associate, Employment",
                  "Legal Technologist", "Compliance Officer", "Associate, Banking and Finance"],
        "tech_posts": ["Legal Technologist", "Legal Engineer"],
        "dept": ["Graduate Recruitment", "Legal Recruitment", "HR", "Talent and Resourcing"],
    },
    "bank": {
        "names": ["{S} Bank", "{P} Building Society", "{S} Capital plc", "{S} Savings Bank", "Bank of {P}"],
        "tld": ["co.uk", "com", "ie", "ca"],
        "posts": ["Credit Risk Analyst", "Graduate Programme – Technology", "Branch Manager", "Financial Crime Investigator",
                  "Java Developer, Payments", "Treasury Operations Analyst", "Model Validation Manager",
                  "Mortgage Underwriter", "Site Reliability Engineer", "Internal Auditor"],
        "tech_posts": ["Java Developer, Payments", "Site Reliability Engineer", "Graduate Programme – Technology",
                       "Data Engineer"],
        "dept": ["Resourcing", "Talent Acquisition", "Recruitment", "Early Careers"],
    },
    "insurer": {
        "names": ["{S} Mutual", "{S} Assurance", "{S} Insurance Group", "{S} Life and Pensions", "{P} Friendly Society"],
        "tld": ["co.uk", "com", "com.au", "ie"],
        "posts": ["Actuarial Analyst", "Claims Handler", "Underwriting Assistant", "Pricing Analyst",
                  "Python Developer (Pricing Platform)", "Complaints Specialist", "Business Analyst",
                  "Fraud Investigator", "Solutions Architect", "Customer Service Adviser"],
        "tech_posts": ["Python Developer (Pricing Platform)", "Solutions Architect", "Data Scientist"],
        "dept": ["Resourcing", "People Team", "Recruitment", "HR Shared Services"],
    },
    "consult": {
        "names": ["{S} Advisory", "{S} Partners", "{L} Consulting", "{S} Economics", "{L} {L2} Associates"],
        "tld": ["com", "co.uk", "ca", "com.au"],
        "posts": ["Management Consultant", "Analyst, Public Sector Practice", "Senior Consultant, Data",
                  "Technology Consultant", "Economist", "Graduate Consultant", "Engagement Manager",
                  "Cloud Engineer", "Consultant – Health Economics"],
        "tech_posts": ["Senior Consultant, Data", "Technology Consultant", "Cloud Engineer"],
        "dept": ["Recruitment", "Talent Team", "Graduate Recruitment", "Resourcing"],
    },
    "charity": {
        "names": ["The {S} Trust", "{S} Foundation", "{P} Hospice", "{S} Children's Charity", "Friends of {P}",
                  "{P} Citizens Advice", "{S} Housing Association"],
        "tld": ["org.uk", "org", "ie", "org.au"],
        "posts": ["Fundraising Officer", "Volunteer Coordinator", "Policy and Campaigns Manager", "Support Worker",
                  "Finance Officer", "Digital Officer", "Head of Income", "Advice Caseworker",
                  "Data and Insight Analyst", "Communications Officer"],
        "tech_posts": ["Digital Officer", "Data and Insight Analyst", "CRM Developer"],
        "dept": ["HR", "People and Culture", "Recruitment", "Human Resources"],
    },
}
CIVIL_AREAS = ["Coastal Affairs", "Rural Enterprise", "Transport Standards", "Water Quality", "Skills and Apprenticeships",
               "Heritage and Culture", "Land Registration", "Maritime Safety", "Energy Efficiency", "Public Records",
               "Food Standards", "Community Resilience", "Pensions Oversight", "Building Safety"]


def make_org(rng: random.Random, sector: str, tld_hint: str | None = None) -> dict:
    sec = SECTORS[sector]
    pat = pick(rng, sec["names"])
    l1 = pick(rng, SURNAMES)
    l2 = pick(rng, [s for s in SURNAMES if s != l1])
    name = pat.format(P=pick(rng, PLACES), S=pick(rng, STEMS), L=l1, L2=l2, F=pick(rng, ["Brigid", "Columba", "Oswald", "Hilda", "Aidan", "Mungo"]),
                      A=pick(rng, CIVIL_AREAS))
    tld = tld_hint or pick(rng, sec["tld"])
    words = [w for w in re.split(r"[\s,&]+", name) if w and w not in ("of", "and", "the", "The", "St", "NHS")]
    base = slug("".join(words[:2]))[:18]
    short = name
    if sector == "health":
        short = name.split(" University Hospitals")[0].split(" Community")[0].split(" and District")[0]
    return {"name": name, "domain": f"{base}.{tld}", "sector": sector, "short": short}


def person(rng: random.Random) -> str:
    return f"{pick(rng, FIRST)} {pick(rng, SURNAMES)}"


def candidate(rng: random.Random) -> dict:
    f, l = pick(rng, CAND_FIRST), pick(rng, CAND_LAST)
    mail = pick(rng, [f"{slug(f)}.{slug(l)}@gmail.com", f"{slug(f)}{slug(l)}{rng.randint(1, 99)}@outlook.com",
                      f"{slug(f)[0]}.{slug(l)}@proton.me", f"{slug(f)}.{slug(l)}@yahoo.co.uk", f"{slug(l)}.{slug(f)}@icloud.com"])
    return {"first": f, "last": l, "addr": mail, "title": pick(rng, ["Mr", "Ms", "Mx", "Dr", "Mrs", "Miss"])}


def ref_no(rng: random.Random, sector: str) -> str:
    n = rng.randint(1000, 99999)
    forms = {
        "health": [f"{rng.randint(100, 999)}-{rng.choice(['MED', 'CORP', 'NUR', 'AHP', 'DIG'])}-{n}", f"T{n}-B{rng.randint(2, 8)}"],
        "uni": [f"{rng.choice(['AC', 'PS', 'RS'])}{n}", f"REQ-{n:05d}", f"{rng.choice(['HR', 'RES'])}/{rng.randint(24, 26)}/{rng.randint(10, 999)}"],
        "civil": [f"{n:06d}", f"CS-{rng.randint(300000, 399999)}"],
        "council": [f"{rng.choice(['ENV', 'ADU', 'CHS', 'RES', 'PLN'])}{rng.randint(100, 9999)}", f"Post No. {n}"],
        "law": [f"LR-{n}", f"{rng.choice(['TS', 'ASC', 'PL'])}/{rng.randint(2024, 2026)}/{rng.randint(1, 300):03d}"],
        "bank": [f"JR{n}", f"REQ{rng.randint(100000, 999999)}"],
        "insurer": [f"VAC-{n}", f"{rng.randint(2025, 2026)}-{n}"],
        "consult": [f"{rng.choice(['UK', 'IE', 'AU', 'CA'])}-{n}", f"R{n}"],
        "charity": [f"{rng.choice(['FR', 'VOL', 'POL', 'SW', 'FIN'])}{rng.randint(10, 999):03d}", f"Ref {n}"],
    }
    return pick(rng, forms.get(sector, [f"{n}"]))


# ---------------------------------------------------------------- spelling variants
_US = [("organisation", "organization"), ("Organisation", "Organization"), ("programme", "program"),
       ("behaviour", "behavior"), ("centre", "center"), ("Centre", "Center"), ("recognise", "recognize"),
       ("prioritise", "prioritize"), ("apologise", "apologize"), ("favourable", "favorable"),
       ("colour", "color"), ("labour", "labor"), ("licence", "license"), ("analyse", "analyze"),
       ("emphasise", "emphasize"), ("summarise", "summarize"), ("minimise", "minimize"),
       ("your CV", "your résumé"), ("a CV", "a résumé"), (" CV ", " résumé "), ("utilise", "utilize"),
       ("shortlisted", "selected"), ("shortlisting", "screening")]


def americanise(text: str) -> str:
    for a, b in _US:
        text = text.replace(a, b)
    return text


def fill(text: str, ctx: dict) -> str:
    return text.format_map(ctx)


def text_to_html(text: str, rng: random.Random, org: str) -> str:
    """A plain letter rendered as simple corporate HTML."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        esc = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        out.append(f"<p style=\"margin:0 0 12px 0\">{esc}</p>")
    font = pick(rng, ["Arial, sans-serif", "Calibri, Arial, sans-serif", "Georgia, serif", "Verdana, sans-serif"])
    head = pick(rng, [
        f"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#1d3557;color:#fff;padding:14px;font-size:18px\">{org}</td></tr></table>",
        f"<div style=\"border-bottom:3px solid #00597a;padding:8px 0;font-weight:bold\">{org}</div>",
        "",
    ])
    return (f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:{font};font-size:14px;color:#222\">"
            f"{head}<div style=\"max-width:680px\">{''.join(out)}</div></body></html>")
