"""Shared world for writer w36: people, search firms, agencies, clients, quoting and wrappers.

Used by gen_w36_search.py (retained executive search) and gen_w36_contract.py (contracting and
freelance). Everything random goes through the caller's ``rng`` so output is deterministic.
"""

from __future__ import annotations

import html
import random
import re

FIRST = [
    "Alastair", "Imogen", "Rupert", "Priya", "Caspar", "Helena", "Tobias", "Saoirse", "Marcus", "Ines",
    "Julian", "Octavia", "Desmond", "Farah", "Gideon", "Leonie", "Hugo", "Anouk", "Bartholomew", "Celia",
    "Dominic", "Esther", "Felix", "Georgina", "Hamish", "Isobel", "Jasper", "Katya", "Lorcan", "Mireille",
    "Nikhil", "Orla", "Piers", "Rosalind", "Sebastian", "Tamsin", "Umar", "Verity", "Wilhelmina", "Xander",
    "Yusuf", "Zara", "Ciaran", "Beatrix", "Ravi", "Magnus", "Delphine", "Conor", "Annika", "Theo",
    "Dmitri", "Lucinda", "Bronwen", "Kwame", "Hiroshi", "Mei", "Oluwaseun", "Fenella", "Ewan", "Rhiannon",
    "Stellan", "Adaeze", "Quentin", "Philippa", "Rohan", "Greer", "Idris", "Jocasta", "Lars", "Niamh",
]
LAST = [
    "Ashworth", "Pemberton", "Okonkwo", "Villiers", "Castellano", "Rademacher", "Fitzwilliam", "Nakagawa",
    "Blackwood", "Carrington", "Delacroix", "Esterhazy", "Fairbairn", "Grosvenor", "Hollingsworth",
    "Iyer", "Jardine", "Kingsley", "Lindqvist", "Montague", "Northcote", "Ormerod", "Prendergast",
    "Quigley", "Rathbone", "Sandoval", "Thackeray", "Underwood", "Vasquez", "Whitlock", "Yardley",
    "Zielinski", "Abernethy", "Brannigan", "Chaudhry", "Dunmore", "Elphick", "Forsythe", "Gallagher",
    "Haverford", "Ingleby", "Kerrigan", "Lockhart", "Mbeki", "Naylor", "Osei", "Pollard", "Renshaw",
    "Strathmore", "Tennant", "Voss", "Wainwright", "Achterberg", "Bhattacharya", "Coulthard", "Duarte",
]

# The mailbox owners (the candidates); executive and contractor personas.
CANDIDATES = [
    ("Eleanor Whitcombe", "eleanor.whitcombe@gmail.com"),
    ("Richard Osei-Bonsu", "r.oseibonsu@outlook.com"),
    ("Sunita Raghavan", "sunita.raghavan@protonmail.com"),
    ("Matthias Kroll", "matthias@kroll-consulting.co.uk"),
    ("Declan Murtagh", "declan.murtagh@icloud.com"),
    ("Harriet Vane-Tempest", "hvtempest@gmail.com"),
    ("Ade Balogun", "ade@balogun.dev"),
    ("Claire Lemaitre", "claire.lemaitre@fastmail.com"),
    ("Jonas Eklund", "jonas.eklund@gmail.com"),
    ("Fiona MacAskill", "fiona.macaskill@btinternet.com"),
    ("Tom Fenwick", "tom@fenwickdata.io"),
    ("Ayesha Qureshi", "ayesha.qureshi@gmail.com"),
    ("Gareth Pryce", "gareth.pryce@yahoo.co.uk"),
    ("Natalia Sorokina", "n.sorokina@pm.me"),
    ("Owen Hartigan", "owen@hartigan-cloud.com"),
    ("Lucía Ferreira", "lucia.ferreira.ops@gmail.com"),
]

# Retained search firms (invented): name, domain.
SEARCH_FIRMS = [
    ("Halberd & Stone", "halberdstone.com"), ("Ravensworth Partners", "ravensworth-partners.com"),
    ("Colquhoun Search", "colquhounsearch.co.uk"), ("Meridian Board Practice", "meridianboard.com"),
    ("Ashgrove Leadership", "ashgroveleadership.com"), ("Tern & Finch Executive", "ternfinch.com"),
    ("Wexley Sloane", "wexleysloane.com"), ("Portcullis Advisory", "portcullis-advisory.com"),
    ("Barrow Reid Associates", "barrowreid.co.uk"), ("Kittering Search", "kittering.com"),
    ("Lanyard Executive", "lanyardexec.com"), ("Seaborne Talent Advisory", "seabornetalent.com"),
    ("Fieldfare Search", "fieldfaresearch.com"), ("Oriel Grant", "orielgrant.com"),
    ("Cadogan Pike", "cadoganpike.co.uk"), ("Threadneedle Search Partners", "tnsearchpartners.com"),
    ("Alder Boardroom", "alderboardroom.com"), ("Quayside Executive Search", "quaysideexec.ie"),
    ("Hartmoor & Co", "hartmoor.co"), ("Brightwater Leadership", "brightwaterlp.com"),
]

# Contract agencies (invented).
AGENCIES = [
    ("Sprocket Resourcing", "sprocketresourcing.co.uk"), ("Interim Forge", "interimforge.com"),
    ("Nodeline Contracts", "nodeline.io"), ("Gantry Technical", "gantrytech.co.uk"),
    ("Bluefin IT Contracts", "bluefincontracts.com"), ("Daybreak Talent", "daybreaktalent.com"),
    ("Cobalt Interim", "cobaltinterim.co.uk"), ("Pitchfork Recruitment", "pitchforkrec.com"),
    ("Ledgerline Interim", "ledgerline.co.uk"), ("Stackwise Resourcing", "stackwise.io"),
    ("Harbourlight Contract", "harbourlight.co.uk"), ("Twelve Bridges Talent", "twelvebridges.com"),
    ("Kinetic Day Rate", "kineticdayrate.com"), ("Quarry Lane Recruitment", "quarrylane.co.uk"),
    ("Tidewater Technical", "tidewatertech.com"), ("Ochre Interim", "ochreinterim.com"),
    ("Fathom Contract Solutions", "fathomcs.co.uk"), ("Redstart IT", "redstart-it.com"),
]

# Freelance marketplaces (invented).
MARKETS = [
    ("Gigwell", "gigwell.io"), ("Freelanza", "freelanza.com"), ("Contracta", "contracta.work"),
    ("Skillhive", "skillhive.net"), ("Benchmark Talent Cloud", "benchmarkcloud.io"), ("Taskharbour", "taskharbour.com"),
]

# Executive search clients (invented employers across industries and countries).
EXEC_CLIENTS = [
    "Northmoor Water", "Caldera Mining plc", "Aurelian Insurance Group", "Brackwater Housing Association",
    "Silvertide Foods", "Oakhaven Hospice", "Quintessa Pharmaceuticals", "Stromness Energy",
    "Helix Rail", "Lindenbrook Building Society", "Corvid Aerospace", "Pellucid Glass Works",
    "Marlowe & Bray Retail", "Tessellate Software", "Ferrygate Ports", "Bellweather Media",
    "Harcourt Veterinary Group", "Greyfriars University Trust", "Rosslyn Private Bank", "Kestrel Logistics",
    "Palisade Defence Systems", "Verdant Agritech", "Sable Hotels", "Thornbury Care Homes",
    "Ironbridge Engineering", "Cygnet Wealth", "Mariner Telecom", "Ashby Brewing Company",
    "Fenwick Cross Hospital Trust", "Juniper Street Capital", "Obsidian Payments", "Larkspur Fashion House",
    "Eskdale Forestry", "Moorgate Pension Trustees", "Vantage Point Security", "Calloway Chemicals",
    "Drumlin Renewables", "Pemberly Schools Trust", "Tanager Biosciences", "Westerly Airlines",
    "Nordkap Shipping AS", "Rheinfeld Automotive GmbH", "Belmonte Infraestructuras", "Havsfjord Seafood",
    "Maison Corbière", "Sundaram Textiles", "Kowhai Dairy Co-operative", "Bayview Health Network",
    "Carrick Distillers", "Old Mill Publishing", "Gantlet Cybersecurity", "Quillon Legal Services",
    "Stonechat Housing", "Albatross Reinsurance", "Peregrine Wind", "Wickham Motor Group",
    "Galloway Cement", "Thistledown Homes", "Ardent Clinical Research", "Blue Heron Marinas", "Cresswell Insurance Brokers",
    "Dunlin Foods Group", "Elmstead Academies", "Foxhollow Wines", "Glenmorven Estates", "Hawksmoor Freight Rail",
    "Iona Mutual", "Jessop & Crane Engineering", "Kittiwake Ferries", "Limerick Medtech", "Mallard Leisure",
    "Newhaven Port Authority", "Orkney Salmon Company", "Parnell Infrastructure Fund", "Quarrington Steel",
    "Rookwood Hospitals", "Stavanger Subsea ASA", "Tasman Biologics", "Ullswater Outdoor", "Valletta Gaming Group",
]

# Contract / freelance end clients (invented).
CONTRACT_CLIENTS = [
    "Pylon Bank", "Crestline Insurance", "Barnacle Telecom", "Veridian Energy Retail", "Coppergate Council",
    "Tollbar Logistics", "Hexwater Utilities", "Lumen Street Media", "Marrowby Building Society",
    "Glasshouse Games", "Orchard Lane Pharmacy Group", "Fathomline Analytics", "Stagecoach Data Ltd",
    "Brambleworth Retail", "Kilnworks Ceramics", "Redwing Health", "Saltire Mutual", "Quorra Fintech",
    "Ledbury Travel", "Northlight Publishing", "Havenstone Property", "Ostrander Freight",
    "Pinewood Schools Partnership", "Whistler Payments", "Carrow Road Motors", "Tamberlane Foods",
    "Ember Fibre", "Mistral Airways", "Cinderford Water", "Lattice Grid Services", "Beacon Hill Trust",
    "Gossamer Apparel", "Ironside Fleet", "Dovetail Home Insurance", "Spindrift Cruises",
    "Torvald Maritime", "Meadowsweet Organics", "Archway Lending", "Hollin Court Legal", "Parhelion Labs",
    "Wyvern Defence", "Bramhope Civil Engineering", "Sunbury Broadband", "Foxglove Pharmacy",
    "Atticus Wealth", "Plover Energy Networks", "Kingfisher Academy Trust", "Greyling Hotels",
    "Baltic Quay Exchange", "Cobblestone Retail Bank", "Marigold Care", "Penrose Satellite",
    "Strand Valley NHS Trust", "Tarnhelm Security", "Vellum Digital Archives", "Yewtree Assurance",
    "Alderley Robotics", "Birchgrove Energy", "Copperbeech Lending", "Driftwood Studios", "Eastgate Pensions",
    "Flintlock Cyber", "Goldcrest Grocers", "Hollowell Water", "Inchcape Clinics", "Jubilee Line Ticketing",
    "Keswick Outdoor Retail", "Lanark Biotech", "Moorhen Mobile", "Nettlebed Insurance", "Oxbow Analytics",
    "Portree Distillery", "Quayle Motors", "Riverbank Housing", "Shingle Street Bank", "Trefoil Health",
    "Upland Telecom", "Vireo Logistics",
]

EXEC_ROLES = [
    "Chief Financial Officer", "Chief Operating Officer", "Group CFO", "Chief Executive",
    "Non-Executive Director", "Chair of the Audit Committee", "VP Engineering", "Chief Technology Officer",
    "Chief People Officer", "Managing Director, UK & Ireland", "Group General Counsel",
    "Director of Transformation", "Chief Commercial Officer", "VP Sales, EMEA", "Chief Risk Officer",
    "Finance Director", "Chief Information Officer", "Divisional Managing Director", "Director of Operations",
    "Chief Digital Officer", "Senior Independent Director", "Chief Data Officer", "VP Product",
    "Director of Strategy", "Chief Nursing Officer", "Executive Director of Estates",
]

CONTRACT_ROLES = [
    ("Senior DevOps Engineer", "Terraform and AWS"), ("Data Engineer", "Databricks and Spark"),
    ("Interim Programme Manager", "a core banking migration"), ("Business Analyst", "payments regulation"),
    ("Platform Engineer", "Kubernetes"), ("Salesforce Architect", "Service Cloud"),
    ("Python Developer", "Django and Celery"), ("Solutions Architect", "Azure landing zones"),
    ("Test Lead", "Playwright automation"), ("Scrum Master", "a scaled agile setup"),
    ("SAP FICO Consultant", "S/4HANA"), ("Interim Head of Finance", "a month-end close rebuild"),
    ("Security Engineer", "cloud security posture"), ("React Developer", "TypeScript and Next.js"),
    ("Data Scientist", "pricing models"), ("Network Engineer", "SD-WAN"),
    ("Technical Writer", "API documentation"), ("Product Designer", "design systems"),
    ("Interim CTO", "a Series A platform"), ("Site Reliability Engineer", "observability"),
    ("Power BI Developer", "finance dashboards"), ("Go Developer", "event-driven services"),
    ("Change Manager", "an ERP rollout"), ("Machine Learning Engineer", "MLOps on GCP"),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MON3 = [m[:3] for m in MONTHS]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email_of(name: str, domain: str, rng: random.Random) -> str:
    first, last = name.split(" ", 1)
    last = re.sub(r"[^a-z]", "", last.lower())
    style = rng.randrange(4)
    if style == 0:
        return f"{first.lower()}.{last}@{domain}"
    if style == 1:
        return f"{first[0].lower()}{last}@{domain}"
    if style == 2:
        return f"{first.lower()}@{domain}"
    return f"{first.lower()}{last[0]}@{domain}"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())[:18]


def long_date(rng: random.Random) -> str:
    return f"{rng.choice(DAYS)} {rng.randint(1, 28)} {rng.choice(MONTHS)}"


def quote_date(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    m = rng.choice(MON3)
    h = rng.randint(7, 19)
    mi = rng.choice(["02", "15", "27", "41", "58", "09", "33"])
    if rng.random() < 0.5:
        return f"On {rng.choice(DAYS)[:3]}, {d} {m} 2025 at {h}:{mi}, "
    return f"On {m} {d}, 2025, at {h % 12 or 12}:{mi} {'AM' if h < 12 else 'PM'}, "


def time_slot(rng: random.Random) -> str:
    return rng.choice(["9:30", "10:00", "11:15", "12:30", "14:00", "15:30", "16:45", "8:45", "17:00"])


def quote_gmail(text: str, who: str, addr: str, rng: random.Random) -> str:
    lines = "\n".join(("> " + ln) if ln else ">" for ln in text.strip().split("\n"))
    return f"{quote_date(rng)}{who} <{addr}> wrote:\n{lines}"


def quote_outlook(text: str, who: str, addr: str, to: str, subject: str, rng: random.Random) -> str:
    return (
        "________________________________\n"
        f"From: {who} <{addr}>\n"
        f"Sent: {rng.choice(DAYS)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} 2025 {rng.randint(8, 18)}:{rng.choice(['04', '22', '37', '50'])}\n"
        f"To: {to}\n"
        f"Subject: {subject}\n\n{text.strip()}"
    )


def quote(text: str, who: str, addr: str, to: str, subject: str, rng: random.Random) -> str:
    if rng.random() < 0.6:
        return quote_gmail(text, who, addr, rng)
    return quote_outlook(text, who, addr, to, subject, rng)


def paras_to_html(paras: list[str], rng: random.Random, brand: str = "", button: str = "") -> str:
    """Render paragraphs as a plain or branded HTML body."""
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras if p)
    if button:
        body += (f'<p><a href="https://{slug(brand or "portal")}.example/app/{rng.randint(1000, 99999)}" '
                 f'style="background:#1d3557;color:#fff;padding:10px 18px;text-decoration:none">{html.escape(button)}</a></p>')
    if rng.random() < 0.5 or brand:
        head = f'<div style="font:600 18px Georgia,serif;color:#333">{html.escape(brand)}</div>' if brand else ""
        return (f'<html><body style="font-family:Arial,sans-serif;font-size:14px">'
                f'<table width="600" cellpadding="0" cellspacing="0"><tr><td>{head}{body}</td></tr></table></body></html>')
    return f"<html><body>{body}</body></html>"


CONF_FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
    "CONFIDENTIALITY: the information in this message is private and may be legally privileged. Any unauthorised use, disclosure or copying is prohibited.",
    "{firm} is registered in England and Wales, company no. {num}. Registered office: {addr}.",
    "We process candidate data in line with our privacy notice: https://{domain}/privacy. To have your details removed, reply with 'remove'.",
    "Please consider the environment before printing this email.",
    "{firm} acts as an employment agency in relation to permanent and executive appointments and as an employment business in relation to temporary assignments.",
    "Messages sent to this address are monitored for compliance and training purposes.",
]
OFFICES = ["12 Savile Row, London W1S 3PQ", "4 St Andrew Square, Edinburgh EH2 2BD", "Level 9, 1 Spinningfields, Manchester M3 3AP",
           "27 Merrion Square, Dublin 2", "The Exchange, Temple Quay, Bristol BS1 6EA", "88 Wood Street, London EC2V 7RS",
           "Bishopsgate Tower, 22 Bishopsgate, London EC2N 4BQ", "3 Park Row, Leeds LS1 5HN"]


def footer(rng: random.Random, firm: str, domain: str) -> str:
    picks = rng.sample(CONF_FOOTERS, k=rng.choice([1, 1, 2]))
    out = []
    for p in picks:
        out.append(p.format(firm=firm, domain=domain, num=rng.randint(1000000, 13999999), addr=rng.choice(OFFICES)))
    return "\n\n".join(out)


def signature(rng: random.Random, name: str, title: str, firm: str, domain: str) -> str:
    phone = f"+44 {rng.choice(['20', '161', '131', '117', '113'])} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    mob = f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    style = rng.randrange(5)
    if style == 0:
        return f"{name}\n{title}\n{firm}\nT {phone} | M {mob}\n{domain}"
    if style == 1:
        return f"{name.split()[0]}\n\n--\n{name} | {title} | {firm}\nDirect: {phone}"
    if style == 2:
        return f"{name}\n{title}, {firm}"
    if style == 3:
        return f"{name}\n{firm}"
    return f"{name.split()[0]}\n{mob}"


def money(rng: random.Random, lo: int, hi: int, step: int = 5000) -> str:
    return f"£{rng.randrange(lo, hi, step):,}"


def day_rate(rng: random.Random) -> str:
    cur = rng.choice(["£", "£", "£", "€", "$"])
    return f"{cur}{rng.randrange(400, 1050, 25)}"


def pick(rng: random.Random, bank: list[str], **kw: str) -> str:
    return rng.choice(bank).format(**kw)


def record(*, rid: str, family: str, folder: str, from_name: str, from_addr: str, to_addr: str,
           subject: str, body_text: str, body_html: str | None = None, labels: list[str] | None = None,
           company: str | None = None, topics: list[str] | None = None,
           outside_control: list[str] | None = None) -> dict:
    return {
        "id": rid, "family": family, "folder": folder, "lang": "en", "from_name": from_name,
        "from_addr": from_addr, "to_addr": to_addr, "subject": subject, "body_text": body_text,
        "body_html": body_html, "labels": sorted(set(labels or [])), "company": company,
        "topics": sorted(set(topics or [])), "outside_control": sorted(set(outside_control or [])),
    }
