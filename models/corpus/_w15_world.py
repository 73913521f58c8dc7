"""People, employers and voices for writer w15 (hiring people who type the way they talk).

Used by the gen_w15_*.py generators: who sends what, from where, and how each register greets,
chats and signs off.  Nothing here decides a label; the same shells wrap labelled and unlabelled
mail so only the deciding sentence carries meaning.
"""

from __future__ import annotations

import random
import re

# name, industry word, tld -- invented employers across countries and trades
_COMPANIES = """
Halyard Freight|logistics|com
Bramblecote Bakery Co|food|co.uk
Quillfeather Analytics|data|io
Ostrander & Pike|law|com
Tamarind Health|health|sg
Lumenvale Solar|energy|com.au
Kestrel Ridge Games|games|ca
Copperleaf Dental Group|health|com
Nimbusway|software|io
Ironbark Civil|construction|com.au
Sable & Finch Interiors|design|co.uk
Orchid Lane Pharmacy|retail|sg
Pemberton Lyle Insurance|finance|co.uk
Okonkwo Agritech|agriculture|ng
Lagoon Street Capital|finance|ng
Vetrivel Textiles|manufacturing|in
Saffronline Foods|food|in
Bluegum Pediatrics|health|com.au
Marrowbone Studio|design|com
Tessellate Robotics|hardware|com
Foxglove Learning|education|org
Drumlin Water Services|utilities|ie
Harbourlight Hotels|hospitality|com
Cinderpath Running|retail|com
Westerly Wind Partners|energy|co.uk
Grainger & Holt Accountants|finance|co.uk
Pixelgrove|software|dev
Northbeam Security|security|com
Juniper Row Vets|veterinary|co.uk
Mapleford Credit Union|finance|ca
Stonechat Brewing|food|co.uk
Arclight Events|events|com.au
Bellwether Mobility|transport|com
Ravensworth Academy Trust|education|org.uk
Corvid Labs|software|ai
Threadbare Apparel|retail|com
Monsoon Ledger|fintech|in
Pinecrest Senior Living|care|com
Glasshouse Botanics|retail|com
Tidewater Marine|engineering|com
Emberly Coffee Roasters|food|ca
Kowhai Digital|agency|co.nz
Yellowtail Logistics|logistics|sg
Adeyemi & Partners|law|ng
Riverstone Orthopaedics|health|co.uk
Fathom Audio|hardware|com
Wildoat Kitchen|hospitality|com.au
Clearwater Claims|insurance|com
Brightmoor Property|property|co.uk
Oakum Shipping|logistics|com
Lanternfish Media|media|com
Hollis Mercer Engineering|engineering|com
Papercrane Publishing|media|co.uk
Kinship Home Care|care|ca
Sundial Payroll|software|com
Greywacke Mining Services|mining|com.au
Mirrorlake Optics|hardware|com
Zephyr Cargo|logistics|in
Halcyon Dermatology|health|com
Parkside Montessori|education|com
Bluestocking Books|retail|co.uk
Tallowin Candles|retail|com
Vantage Rail Systems|engineering|co.uk
Canopy Climate Fund|nonprofit|org
Gumnut Childcare|education|com.au
Ferrous Forge Fabrication|manufacturing|com
Lodestar Payments|fintech|com
Quarryhill Estates|property|co.uk
Mango Rain Studios|games|sg
Tinker & Bolt Makerspace|education|org
Starling Court Dental|health|co.uk
Deepwell Geothermal|energy|com
Nkechi Foods|food|ng
Coralroot Wellness|health|com
Rookery Financial Planning|finance|co.uk
Velvet Ant Software|software|com
Cobalt Crane Hire|construction|co.uk
Marigold Supply Chain|logistics|in
Shorebird Travel|travel|com.au
Hartwell Manufacturing|manufacturing|com
Gallowglass Security|security|ie
Honeycomb Payroll Services|finance|ca
Wrenfield Architects|architecture|co.uk
Little Acre Farms|agriculture|com
Peregrine Air Charter|aviation|ca
Saltmarsh Seafoods|food|com
Ledgerline|fintech|io
Kilnworks Pottery|retail|co.uk
Tuckshop Brands|retail|com.au
Orbitfield Telecom|telecom|com
Cardamom Cloud|software|in
Ashgrove Legal|law|com.au
Windrose Logistics|logistics|ca
Bellbird Energy|energy|co.nz
Pondview Physio|health|ca
Crestmark Hardware|retail|com
Thistle & Vine Catering|hospitality|co.uk
Quokka Labs|software|com.au
Merlin Forge Studios|games|co.uk
Harrowgate Bank|finance|com
Sparrowhawk Drones|hardware|com
Tarragon Health Tech|health|com
Elmstead Primary Federation|education|org.uk
Jacaranda Hotels|hospitality|com.au
Silverfin Treasury|fintech|sg
Ochre Road Mining|mining|com.au
Brickyard Creative|agency|com
Larkspur Insurance|insurance|ca
Cogwheel Automation|manufacturing|de
Palisade Cyber|security|com
Nettlebed Organics|agriculture|co.uk
Moonrise Pharmacy|retail|ca
Granite Peak Outdoors|retail|com
Bayleaf Restaurants|hospitality|com
Cedar & Salt Spa|hospitality|com
Fernhill Recruitment Partners|agency|co.uk
Kaleido Learning|education|in
Shoreline Dialysis|health|com
Inkwell Legal Tech|software|com
Patchwork Fostering|care|org.uk
Redkite Energy Storage|energy|com
Gullwing Motors|automotive|com
Pelican Bay Aquarium|leisure|org
Halfmoon Bikes|retail|co.uk
Sunbeam Solar Installers|energy|co.za
Baobab Fintech|fintech|ng
Ivory Tower Tutors|education|co.uk
Longboat Analytics|data|com
Steelhead Fabricators|manufacturing|ca
Owlery Insights|data|com
Kingfisher Care Homes|care|co.uk
Rosewood Family Law|law|com
Tandem Bikes Collective|retail|com
Blackthorn Pharma|health|ie
Clocktower Radio|media|co.uk
Nutmeg Grocers|retail|sg
Wayfarer Tours|travel|com
Copperhead Fibre|telecom|com.au
Driftwood Design Co|design|com
Lattice Biotech|health|com
Parakeet Payments|fintech|co.uk
Oakhaven Veterinary|veterinary|ca
Quicksilver Couriers|logistics|co.uk
Swanmore Hydraulics|engineering|co.uk
Tallgrass Software|software|com
Zinnia Fashion House|retail|in
Banyan Microfinance|finance|in
Eastgate Medical Centre|health|com.au
Mossbank Garden Centre|retail|co.uk
Redwing Aerospace|aviation|com
Skylark Theatre Company|arts|co.uk
Gingerbread Childcare|education|ca
Meridian Chai Co|food|in
Ferncliff Hospice|care|org.uk
Lionsgate Plumbing|trades|co.za
Compass Rose Shipping|logistics|sg
Pumpkin Seed Nutrition|health|com
Halloran Data Works|data|ie
Bristlecone Forestry|agriculture|ca
""".strip().splitlines()

COMPANIES: list[dict] = []
for _line in _COMPANIES:
    _name, _ind, _tld = _line.split("|")
    _slug = re.sub(r"[^a-z0-9]", "", _name.lower().replace("&", "and"))
    _short = re.sub(r"[^a-z0-9]", "", _name.split()[0].lower())
    COMPANIES.append({"name": _name, "ind": _ind, "tld": _tld, "slug": _slug, "short": _short})

FIRST = """Priya Tom Aisling Chidi Mei Ling Rahul Siobhan Kwame Hannah Diego Yusuf Leanne Ngozi Arjun
Bronwyn Wei Jie Marcus Fiona Oluwaseun Kavya Callum Ines Tobias Shreya Declan Amara Jun Hao Nadia Rory
Grace Emeka Sunita Jarrah Claire Farhan Bolanie Ravi Imogen Tunde Sakura Liam Deepa Moana Kofi Harriet
Vikram Zainab Ollie Chloe Femi Anjali Brendan Xin Yi Lachlan Ifeoma Karthik Maeve Sipho Joanne Dev Niamh
Adaeze Hamish Meera Gus Tanvi Connor Bukola Siddharth Lorna Ji-woo Matteo Aroha Nkem Pooja Ewan""".split()
LAST = """Okafor Sharma Brennan Tan Lim Nguyen O'Connell Mensah Patel Whitaker Adeyemi Iyer Kowalski MacLeod
Chen Fraser Balogun Reddy Nair Gallagher Ong Ogunleye Pillai Hughes Campbell Eze Kaur Walsh Teo Abubakar
Menon Doyle Murray Nwosu Rao Fitzgerald Goh Afolabi Krishnan Sullivan Hartley Obi Desai Ross Lau Ibrahim
Mukherjee Quinn Yeo Okonkwo Gupta Moran Pereira Harding Chua Akande Banerjee Reilly Stewart Onyango
Wickramasinghe Ferguson Kapoor Hennessy Osei Varghese Lowe Nakamura Ruiz Tremblay Bouchard Kennedy""".split()

ROLES = """Backend Engineer|Frontend Developer|Data Analyst|Product Designer|Operations Coordinator|
Account Manager|Site Supervisor|Practice Manager|Junior Accountant|Marketing Executive|Warehouse Team Lead|
Customer Success Manager|QA Engineer|Staff Engineer|Platform Engineer|Content Writer|Payroll Officer|
Dental Nurse|Sous Chef|Store Manager|Mobile Developer|Machine Learning Engineer|Bookkeeper|
Office Manager|Field Service Technician|Project Manager|Business Analyst|HR Generalist|Social Media Lead|
Solutions Architect|Graduate Engineer|Events Coordinator|Logistics Planner|Sales Development Rep|
Clinical Pharmacist|Paralegal|Data Engineer|SRE|Head of Finance|UX Researcher|Care Coordinator|
Procurement Officer|Technical Writer|Embedded Engineer|Growth Marketer|Security Analyst|
Teaching Assistant|Barista Trainer|Brand Designer|DevOps Engineer|Fleet Manager|Receptionist""".replace("\n", "").split("|")

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tues", "Weds", "Thurs", "Fri",
        "tomorrow", "Monday week", "next Tuesday", "Thursday morning", "Friday arvo", "early next week"]
TIMES = ["9:30", "10am", "10.30", "11", "11:45am", "noon", "12.30pm", "1pm", "2", "2:15pm", "3pm", "3.30",
         "4pm", "4:30", "half nine", "quarter past two", "5pm your time", "8am SGT", "9am WAT", "10am IST"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]

FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me"]


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def email_of(first: str, last: str, domain: str, rng: random.Random) -> str:
    f = re.sub(r"[^a-z]", "", first.lower()) or "x"
    l = re.sub(r"[^a-z]", "", last.lower()) or "y"
    form = rng.choice(["{f}", "{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}", "{f}.{l}{n}"])
    return form.format(f=f, l=l, fi=f[0], n=rng.randint(1, 99)) + "@" + domain


def company_domain(co: dict, rng: random.Random) -> str:
    base = rng.choice([co["slug"], co["short"] + co["ind"][:4], co["slug"][:14]])
    return f"{base}.{co['tld']}"


def candidate(rng: random.Random) -> dict:
    f, l = person(rng)
    return {"first": f, "last": l, "addr": email_of(f, l, rng.choice(FREEMAIL), rng)}


def date_line(rng: random.Random) -> str:
    return rng.choice([
        "On {dw}, {d} {m} {y} at {h}:{mi}, {who} wrote:",
        "On {m} {d}, {y}, at {h}:{mi} {ap}, {who} wrote:",
        "On {dw} {d} {m} {y}, {h}:{mi} {who} wrote:",
        "{who} wrote on {d}/{mo}/{y}:",
    ]).format(dw=rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), d=rng.randint(1, 28), m=rng.choice(MONTHS),
              mo=rng.randint(1, 11), y=rng.choice([2025, 2026]), h=rng.randint(7, 18), mi=f"{rng.randint(0, 59):02d}",
              ap=rng.choice(["AM", "PM"]), who="{who}")


def quote(text: str, who: str, rng: random.Random) -> str:
    """Quote an earlier message the way a mail client would (gmail/apple or outlook style)."""
    if rng.random() < 0.6:
        head = date_line(rng).replace("{who}", who)
        body = "\n".join((">" + (" " + ln if ln else "")) for ln in text.splitlines())
        return head + "\n" + body
    return ("-----Original Message-----\n" if rng.random() < 0.3 else "________________________________\n") + (
        f"From: {who}\nSent: {rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, "
        f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, 2026 {rng.randint(8, 17)}:{rng.randint(0, 59):02d}\n"
        f"To: {rng.choice(['me', 'Candidate', 'you'])}\nSubject: {{subj}}\n\n{text}")


MOBILE = ["Sent from my iPhone", "Sent from my Galaxy", "Sent from Outlook for Android", "Get Outlook for iOS",
          "Sent from my iPad", "Typed on a phone, excuse brevity", "Sent from Yahoo Mail on Android",
          "-- sent on the go, sorry for typos"]

FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error please notify the sender and delete it.",
    "{co} Ltd is registered in England and Wales, company no. {n}. Registered office as above.",
    "CONFIDENTIALITY: the contents of this e-mail are confidential. Unauthorised use is prohibited.",
    "Please consider the environment before printing this email.",
    "{co} Pte. Ltd. (UEN {n}X). This message may contain privileged information.",
    "Disclaimer: Any views expressed are those of the sender and not necessarily those of {co}.",
    "We're hiring! Check out open roles on our careers page.",
    "{co} acknowledges the Traditional Custodians of the lands on which we work.",
    "My working hours may not be your working hours. Please don't feel obliged to reply outside yours.",
    "[External] This email originated outside the organisation. Be careful with links and attachments.",
]


def footer(co: str | None, rng: random.Random, tld: str = "") -> str:
    f = rng.choice(FOOTERS)
    if ("England" in f and tld != "co.uk") or ("UEN" in f and tld != "sg") or (
            "Custodians" in f and tld not in ("com.au", "co.nz")):
        f = rng.choice([FOOTERS[0], FOOTERS[2], FOOTERS[3], FOOTERS[5], FOOTERS[8]])
    if "{co}" in f and not co:
        f = FOOTERS[0]
    return f.format(co=co or "", n=rng.randint(1000000, 9999999))


def to_html(text: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n\n")]
    style = rng.choice(['font-family:Arial,sans-serif;font-size:14px', 'font-family:Calibri;font-size:11pt',
                        'font-family:Helvetica', ''])
    out = []
    for p in paras:
        if p.startswith(">") or p.startswith("On ") and "wrote:" in p:
            inner = p.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            inner = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
            out.append(f"<p>{inner}</p>")
    wrap = rng.choice(['<div dir="ltr" style="{s}">{b}</div>', '<html><body><div style="{s}">{b}</div></body></html>',
                       '<html><head><meta charset="utf-8"></head><body style="{s}">{b}</body></html>'])
    return wrap.format(s=style, b="\n".join(out))
