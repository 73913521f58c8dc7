"""Shared banks for writer w38: US, Canadian, Australian, NZ and Irish English mail.

Holds regions (spelling, dates, time zones), people, invented employers, signatures, footers,
quoting helpers and the record builder used by the ``gen_w38_*`` generators.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

# ---------------------------------------------------------------- regions
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

TZ = {
    "us": ["ET", "Eastern", "CT", "Central Time", "MT", "PT", "Pacific", "EST", "PST", "CST"],
    "ca": ["ET", "Eastern Time", "PT", "MT", "Atlantic Time", "Newfoundland time"],
    "au": ["AEST", "AEDT", "AWST", "ACST", "Sydney time", "Perth time", "Brisbane time"],
    "nz": ["NZST", "NZDT", "NZ time"],
    "ie": ["Irish time", "GMT", "IST", ""],
}

_US = [("organisation", "organization"), ("Organisation", "Organization"), ("colour", "color"),
       ("centre", "center"), ("Centre", "Center"), ("behaviour", "behavior"), ("favour", "favor"),
       ("programme", "program"), ("enrolment", "enrollment"), ("Enrolment", "Enrollment"),
       ("licence", "license"), ("analyse", "analyze"), ("judgement", "judgment"), ("labour", "labor"),
       ("Labour", "Labor"), ("honour", "honor"), ("cheque", "check"), ("catalogue", "catalog"),
       ("travelled", "traveled"), ("cancelled", "canceled"), ("modelling", "modeling"),
       ("defence", "defense"), ("endeavour", "endeavor"), ("apologise", "apologize")]
_ISE = [("organis", "organiz"), ("Organis", "Organiz"), ("recognis", "recogniz"), ("prioritis", "prioritiz"),
        ("emphasis", "emphasiz"), ("finalis", "finaliz"), ("apologis", "apologiz"), ("summaris", "summariz"),
        ("utilis", "utiliz"), ("specialis", "specializ"), ("analys", "analyz"), ("authoris", "authoriz")]


def spell(text: str, region: str) -> str:
    """Fragments are written in Commonwealth spelling; convert for the US (all) and Canada (-ize)."""
    if region == "us":
        for a, b in _US:
            text = text.replace(a, b)
        for a, b in _ISE:
            text = re.sub(a + r"(e|ed|es|ing|ation|ations)\b", lambda m, b=b: b + m.group(1), text)
        text = text.replace("emphasizes", "emphasizes").replace("analyzis", "analysis")
    elif region == "ca":
        for a, b in _ISE:
            text = re.sub(a + r"(e|ed|es|ing|ation|ations)\b", lambda m, b=b: b + m.group(1), text)
        text = text.replace("analyzis", "analysis").replace("program me", "programme")
    return text


def a_date(rng: random.Random, region: str, long: bool | None = None) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026, 2026])
    if long is None:
        long = rng.random() < 0.55
    if long:
        dow = rng.choice(DAYS) + ", " if rng.random() < 0.5 else ""
        if region in ("us", "ca"):
            return f"{dow}{MONTHS[m-1]} {d}, {y}" if rng.random() < 0.8 else f"{dow}{MONTHS[m-1][:3]}. {d}"
        return f"{dow}{d} {MONTHS[m-1]} {y}" if rng.random() < 0.8 else f"{dow}{d} {MONTHS[m-1][:3]}"
    if region == "us":
        return f"{m:02d}/{d:02d}/{y}" if rng.random() < 0.7 else f"{m}/{d}/{str(y)[2:]}"
    if region == "ca":
        return f"{y}-{m:02d}-{d:02d}" if rng.random() < 0.6 else f"{m:02d}/{d:02d}/{y}"
    return f"{d:02d}/{m:02d}/{y}" if rng.random() < 0.7 else f"{d}.{m}.{y}"


def a_time(rng: random.Random, region: str) -> str:
    h = rng.choice([8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16])
    mi = rng.choice(["00", "00", "30", "15", "45"])
    tz = rng.choice(TZ[region])
    h12 = h if h <= 12 else h - 12
    ampm = "am" if h < 12 else "pm"
    if region == "us":
        s = rng.choice([f"{h12}:{mi} {ampm.upper()}", f"{h12}:{mi}{ampm}", f"{h12} {ampm.upper()}"])
    elif region == "ca":
        s = rng.choice([f"{h12}:{mi} {'a.m.' if h < 12 else 'p.m.'}", f"{h}:{mi}", f"{h12}:{mi} {ampm}"])
    elif region == "nz":
        s = rng.choice([f"{h12}.{mi}{ampm}", f"{h12}:{mi}{ampm}", f"{h12}{ampm}"])
    elif region == "au":
        s = rng.choice([f"{h12}:{mi}{ampm}", f"{h12}.{mi}{ampm}", f"{h12}{ampm}", f"{h}:{mi}"])
    else:
        s = rng.choice([f"{h}:{mi}", f"{h12}.{mi}{ampm}", f"{h12}:{mi}{ampm}"])
    return f"{s} {tz}".strip()


# ---------------------------------------------------------------- people
FIRST = {
    "us": ["Kayla", "Marcus", "Dana", "Tyrone", "Brittany", "Jesse", "Lupe", "Darnell", "Heather", "Cody",
           "Shanice", "Trevor", "Maribel", "Garrett", "Courtney", "Dwayne", "Alexis", "Brent", "Yesenia", "Wade"],
    "ca": ["Geneviève", "Connor", "Priya", "Mathieu", "Leah", "Nathan", "Sukhpreet", "Marie-Ève", "Owen",
           "Keisha", "Raj", "Chantal", "Brody", "Amélie", "Tessa", "Wei", "Jordan", "Nadia"],
    "au": ["Bronwyn", "Lachlan", "Kylie", "Hamish", "Shari", "Brodie", "Tegan", "Jarrod", "Mia", "Darcy",
           "Narelle", "Fergus", "Jasmine", "Cooper", "Leanne", "Rhys", "Anh", "Isabella", "Deb", "Tane"],
    "nz": ["Aroha", "Wiremu", "Hinemoa", "Callum", "Ngaire", "Ropata", "Sina", "Brooke", "Manaia", "Tama",
           "Kiri", "Fletcher", "Mereana", "Logan", "Ana", "Rawiri"],
    "ie": ["Aoife", "Cian", "Siobhán", "Darragh", "Niamh", "Oisín", "Gráinne", "Ronan", "Clodagh", "Eoin",
           "Sorcha", "Pádraig", "Orla", "Fionn", "Deirdre", "Colm", "Caoimhe", "Tadhg"],
}
LAST = {
    "us": ["Delgado", "Whitaker", "Okafor", "Brandt", "Kowalczyk", "Hollis", "Nguyen", "Ramirez", "Pruitt",
           "Sandoval", "Jefferson", "Lindqvist", "Castellano", "Marsh", "Yoder", "Abernathy", "Tran", "Hargrove"],
    "ca": ["Tremblay", "Gagnon", "MacLeod", "Sandhu", "Bouchard", "Fraser", "Chen", "Leblanc", "McKinnon",
           "Dhillon", "Pelletier", "Kowalski", "Bergeron", "Thiessen", "Nakamura", "Okoro"],
    "au": ["Pemberton", "Nguyen", "Fitzgerald", "Papadopoulos", "Wardle", "McAllister", "Singh", "Tran",
           "Costa", "Hoggett", "Lindsay", "Barrett", "Chaudhry", "O'Loughlin", "Kerr", "Vukovic"],
    "nz": ["Ngata", "Te Huia", "Walsh", "Henare", "Tuilagi", "McKenzie", "Parata", "Fale", "Dunstan",
           "Rewi", "Robertson", "Tipene", "Kingi", "Mahuta"],
    "ie": ["Ó Briain", "Kavanagh", "Doherty", "McGrath", "Fitzpatrick", "Nolan", "Ní Bhriain", "Breslin",
           "Keane", "Moloney", "Cullinane", "Furlong", "Mac Giolla", "Hennessy", "Tierney", "Costello"],
}
CANDIDATES = [("Jordan", "Ellery"), ("Sam", "Okonkwo-Reid"), ("Alex", "Marchetti"), ("Riley", "Tanaka"),
              ("Casey", "Lindgren"), ("Morgan", "Achebe"), ("Taylor", "Quinlan"), ("Jamie", "Vargas"),
              ("Robin", "Szymanski"), ("Devon", "Maguire"), ("Avery", "Holm"), ("Kerry", "Ashworth"),
              ("Quinn", "Ferreira"), ("Drew", "Castaneda"), ("Hayden", "Oyelaran"), ("Shay", "Brennan")]
MAILHOSTS = ["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "hotmail.com", "bigpond.com",
             "xtra.co.nz", "eircom.net", "shaw.ca", "proton.me", "fastmail.com", "optusnet.com.au"]


def person(rng: random.Random, region: str) -> str:
    return f"{rng.choice(FIRST[region])} {rng.choice(LAST[region])}"


def candidate(rng: random.Random) -> tuple[str, str, str]:
    f, l = rng.choice(CANDIDATES)
    sep = rng.choice([".", "", "_", "."])
    num = rng.choice(["", "", "", str(rng.randint(7, 99))])
    return f, l, f"{f.lower()}{sep}{l.lower().replace('-', '')}{num}@{rng.choice(MAILHOSTS)}"


# ---------------------------------------------------------------- employers
# (name, region, sector, domain-stem)
_EMP_RAW = """
Federal Water Resources Administration|us|fed|fwra.gov
U.S. Coastal Survey Office|us|fed|coastalsurvey.gov
Bureau of Rural Broadband|us|fed|brb.gov
Office of Veterans Housing Programs|us|fed|ovhp.gov
National Seed Bank Service|us|fed|nsbs.gov
Federal Aviation Noise Office|us|fed|fano.gov
Colorado Department of Wildlands|us|state|cdw.state.co.us
Ohio River Ports Authority|us|state|orpa.ohio.gov
Minnesota Office of Child Services|us|state|mocs.state.mn.us
Arizona Department of Water Quality|us|state|adwq.az.gov
Harris Valley County|us|state|harrisvalleycounty.org
City of Pine Bluff Heights|us|state|pinebluffheights.gov
Cascadia Unified School District|us|school|cascadiausd.org
Marion Ridge Public Schools|us|school|mrps.k12.us
Oak Hollow ISD|us|school|oakhollowisd.net
Lakeshore Regional Medical Center|us|health|lakeshoremed.org
St. Brigid Health System|us|health|stbrigidhealth.org
Mesa Verde Children's Hospital|us|health|mvch.org
First Prairie Bank|us|bank|firstprairie.com
Gulf Harbor Credit Union|us|bank|gulfharborcu.org
Keystone Fidelity Trust|us|bank|keystonefidelity.com
University of West Tennessee|us|uni|uwtn.edu
Redwood State University|us|uni|redwoodstate.edu
Permian Basin Energy Partners|us|energy|pbep.com
Great Lakes Grid Co-op|us|energy|glgc.coop
Copper Canyon Mining|us|mining|coppercanyonmining.com
Brightloop Labs|us|startup|brightloop.io
Fieldnote Analytics|us|startup|fieldnote.ai
Harborlight Software|us|startup|harborlight.dev
Tallgrass Robotics|us|startup|tallgrassrobotics.com
Sawtooth Outdoor Co.|us|retail|sawtoothoutdoor.com
Blue Heron Logistics|us|logistics|blueheronlogistics.com
Meridian Title & Escrow|us|bank|meridiantitle.com
Canal Street Legal Aid|us|ngo|canalstreetlegal.org
Parks and Heritage Canada|ca|fed|phc-pca.gc.ca
Fisheries Science Agency of Canada|ca|fed|fsac-asfc.gc.ca
Northern Infrastructure Canada|ca|fed|nic-inc.gc.ca
Canada Grain Standards Board|ca|fed|cgsb-ocng.gc.ca
Ontario Ministry of Rural Roads|ca|state|ontario-mrr.ca
BC Wildfire Logistics Branch|ca|state|bcwlb.gov.bc.ca
Manitoba Public Libraries Office|ca|state|mplo.mb.ca
Halton Ridge District School Board|ca|school|hrdsb.on.ca
Fraser Coast School District 48|ca|school|sd48fc.bc.ca
Laurentian Valley Health|ca|health|lvhealth.ca
Prairie North Health Authority|ca|health|pnha.sk.ca
Maple Shore Bank|ca|bank|mapleshorebank.ca
Caisse Boréale|ca|bank|caisseboreale.ca
Northern Shield Insurance|ca|bank|northernshield.ca
University of Lower Fraser|ca|uni|ulf.ca
Bayfield College|ca|uni|bayfieldcollege.ca
Athabasca Ridge Resources|ca|mining|athabascaridge.com
Keewatin Nickel|ca|mining|keewatinnickel.ca
Tidewater Hydro|ca|energy|tidewaterhydro.ca
Loonlight Games|ca|startup|loonlight.games
Portage Data|ca|startup|portagedata.io
Snowpack Health Tech|ca|startup|snowpack.health
Kettle Valley Foods|ca|retail|kettlevalleyfoods.ca
Department of Regional Water Security|au|fed|drws.gov.au
Australian Biosecurity Monitoring Agency|au|fed|abma.gov.au
Commonwealth Office of Digital Identity|au|fed|codi.gov.au
Transport for Regional Queensland|au|state|trq.qld.gov.au
Department of Coastal Planning (NSW)|au|state|dcp.nsw.gov.au
Victorian Parks and Trails|au|state|vpt.vic.gov.au
WA Department of Remote Communities|au|state|drc.wa.gov.au
Hunter Valley Local Health District|au|health|hvlhd.health.nsw.gov.au
Southern Reef Hospital and Health Service|au|health|srhhs.health.qld.gov.au
Eastern Bays Health|au|health|easternbays.org.au
Department of Education (Tasmania) Learning Services|au|school|learning.tas.gov.au
St Columba's College Ballarat|au|school|stcolumbas.vic.edu.au
Wattle Coast Bank|au|bank|wattlecoast.com.au
Southern Cross Mutual|au|bank|scmutual.com.au
Banksia Super|au|bank|banksiasuper.com.au
University of the Western Plains|au|uni|uwp.edu.au
Coral Sea University|au|uni|coralsea.edu.au
Pilbara Ironstone|au|mining|pilbaraironstone.com.au
Kalgoorlie Gold Holdings|au|mining|kalgoldholdings.com.au
Bowen Basin Coal Services|au|mining|bowenbasin.com.au
Murray Sun Energy|au|energy|murraysun.com.au
Gippsland Wind Co|au|energy|gippslandwind.com.au
Quokka Pay|au|startup|quokkapay.com.au
Billabong Street Labs|au|startup|billabongst.io
Mallee Analytics|au|startup|malleeanalytics.com
Redgum Freight|au|logistics|redgumfreight.com.au
Kookaburra Childcare Group|au|ngo|kookaburracare.org.au
Ministry for Coastal Resilience|nz|fed|mcr.govt.nz
Te Tari Taiao Regional Council|nz|state|tetaritaiao.govt.nz
Waikōura District Council|nz|state|waikoura.govt.nz
NZ Seed and Soil Authority|nz|fed|nzssa.govt.nz
Te Whatu Ora Taranaki|nz|health|taranaki.health.nz
Southern Alps Health|nz|health|southernalpshealth.nz
Kōwhai Bank|nz|bank|kowhaibank.co.nz
Harbour City Building Society|nz|bank|harbourcitybs.co.nz
University of Ōtautahi|nz|uni|otautahi.ac.nz
Pūkeko Software|nz|startup|pukeko.dev
Flax & Fern Studio|nz|startup|flaxandfern.nz
Tasman Geothermal|nz|energy|tasmangeo.co.nz
West Coast Aggregates|nz|mining|wcaggregates.co.nz
Riverstone Grammar|nz|school|riverstone.school.nz
Tuatara Freight|nz|logistics|tuatarafreight.co.nz
Office of Public Records Modernisation|ie|fed|oprm.gov.ie
Irish Inland Waterways Authority|ie|fed|iiwa.ie
Department of Rural Broadband and Islands|ie|fed|drbi.gov.ie
Wicklow Bay County Council|ie|state|wicklowbaycoco.ie
Shannon Estuary Port Company|ie|state|sepc.ie
National Peatlands Energy Board|ie|energy|npeb.ie
South Midlands Hospital Group|ie|health|smhg.ie
St. Fiachra's University Hospital|ie|health|stfiachras.ie
Bank of the Liffey|ie|bank|bankoftheliffey.ie
Claddagh Credit Union|ie|bank|claddaghcu.ie
Atlantic Technological College Mayo|ie|uni|atcmayo.ie
University of the Midlands Athlone|ie|uni|uma.ie
Corrib Analytics|ie|startup|corrib.ai
Hazelwood Pharma Ireland|ie|pharma|hazelwoodpharma.ie
Burren Robotics|ie|startup|burrenrobotics.ie
Slaney Valley Education and Training Board|ie|school|svetb.ie
Gaelscoil na Trá|ie|school|gaelscoilnatra.ie
"""
EMPLOYERS = [tuple(l.split("|")) for l in _EMP_RAW.strip().splitlines()]

# composed private employers to widen the pool (fictional)
_STEM_A = ["Ironbark", "Cedarline", "Silver Fern", "Bluestone", "Kestrel", "Coastwise", "Northgate", "Redfern",
           "Granite Peak", "Westwind", "Sandhill", "Lantern", "Wirra", "Brindle", "Clearwater", "Saltbush",
           "Highmoor", "Keel", "Driftwood", "Tamarack", "Emberly", "Foxglove", "Ridgeback", "Turnstone"]
_STEM_B = {"bank": ["Savings", "Financial", "Capital", "Mutual"],
           "health": ["Health", "Medical Group", "Aged Care", "Community Health"],
           "mining": ["Minerals", "Resources", "Mining Services", "Drilling"],
           "energy": ["Energy", "Power", "Renewables", "Utilities"],
           "startup": ["Labs", "Software", "Systems", "Technologies"],
           "logistics": ["Freight", "Logistics", "Transport"],
           "retail": ["Outfitters", "Grocers", "Supply Co."]}
_TLD = {"us": ".com", "ca": ".ca", "au": ".com.au", "nz": ".co.nz", "ie": ".ie"}
for _i, _a in enumerate(_STEM_A):
    for _j, (_sec, _bs) in enumerate(_STEM_B.items()):
        if (_i + _j) % 3 == 0:
            _reg = ["us", "ca", "au", "nz", "ie"][(_i * 3 + _j) % 5]
            _name = f"{_a} {_bs[(_i + _j) % len(_bs)]}"
            EMPLOYERS.append((_name, _reg, _sec, re.sub(r"[^a-z]", "", _name.lower()) + _TLD[_reg]))


def employer(rng: random.Random, region: str | None = None, sectors: tuple[str, ...] | None = None) -> tuple:
    pool = [e for e in EMPLOYERS if (region is None or e[1] == region) and (sectors is None or e[2] in sectors)]
    if not pool:
        pool = [e for e in EMPLOYERS if sectors is None or e[2] in sectors] or EMPLOYERS
    return rng.choice(pool)


ROLES = {
    "fed": ["[us] Program Analyst (GS-11)", "Hydrologist", "Policy Officer", "[us] IT Specialist (INFOSEC)", "Contract Specialist",
            "Geospatial Analyst", "Grants Management Specialist", "Data Scientist", "Senior Policy Adviser",
            "Records Officer", "[au] Project Officer APS 5", "[au] EL1 Data Lead", "[ie] Executive Officer, Grade VII",
            "[ie] Administrative Officer (AO)", "Biosecurity Officer", "[ca] EC-05 Economist", "[ca] CS-02 Developer"],
    "state": ["Planning Officer", "[us] Environmental Scientist II", "Transport Modeller", "Senior Business Analyst",
              "Community Engagement Officer", "GIS Technician", "Procurement Advisor", "Water Resources Engineer",
              "[ie] Clerical Officer", "[ie] Assistant Staff Officer", "Parks Ranger", "Building Inspector"],
    "school": ["[us,ca] Grade 4 Teacher", "Secondary Maths Teacher", "Special Education Aide", "School Business Manager",
               "Guidance Counsellor", "Learning Support Teacher", "IT Coordinator", "Assistant Principal"],
    "health": ["Registered Nurse - Emergency", "Clinical Nurse Specialist", "Health Information Manager",
               "[au,ie] Physiotherapist Grade 2", "Staff Pharmacist", "Clinical Data Analyst", "Ward Clerk",
               "Senior Radiographer", "Medical Scientist", "Patient Flow Coordinator"],
    "bank": ["Credit Risk Analyst", "Relationship Manager", "Graduate Software Engineer", "Branch Manager",
             "AML Investigator", "Senior Data Engineer", "Product Owner - Payments", "Financial Crime Analyst",
             "Member Service Officer", "Quantitative Analyst"],
    "uni": ["[au] Research Fellow (Level B)", "Lecturer in Public Health", "Student Services Officer",
            "Research Software Engineer", "[us,ca] Assistant Professor of Economics", "Postdoctoral Researcher",
            "Library Systems Coordinator", "Academic Advisor"],
    "mining": ["Mine Geologist", "[au,ca] Maintenance Planner (FIFO)", "Graduate Metallurgist", "HSE Advisor",
               "Drill and Blast Engineer", "Site Electrician", "Reliability Engineer", "Process Engineer"],
    "energy": ["Grid Planning Engineer", "SCADA Engineer", "Energy Market Analyst", "Field Technician",
               "Asset Data Analyst", "Protection Engineer", "Graduate Electrical Engineer"],
    "startup": ["Backend Engineer", "Full Stack Developer", "Product Designer", "Founding Engineer",
                "Customer Success Lead", "Data Engineer", "Mobile Developer (React Native)", "DevOps Engineer",
                "Growth Marketer", "Senior Frontend Engineer"],
    "retail": ["Store Manager", "E-commerce Coordinator", "Merchandise Planner", "Buyer"],
    "logistics": ["Fleet Coordinator", "Operations Analyst", "Warehouse Supervisor", "Transport Planner"],
    "ngo": ["Program Coordinator", "Fundraising Officer", "Case Worker", "Policy Advocate"],
    "pharma": ["QA Specialist", "Validation Engineer", "Process Technician", "Regulatory Affairs Associate"],
}


def role(rng: random.Random, sector: str, region: str | None = None) -> str:
    return choose(rng, ROLES.get(sector, ROLES["startup"]), {"region": region})


def ref(rng: random.Random, region: str, sector: str) -> str:
    if region == "us" and sector == "fed":
        return rng.choice([f"Announcement #{rng.choice(['FW','CS','BR','OV'])}-{rng.randint(26,27)}-{rng.randint(10000,99999)}-MP",
                           f"Vacancy ID {rng.randint(1100000,1299999)}", f"DE-{rng.randint(100000,999999)}-NS"])
    if region == "ca":
        return rng.choice([f"{rng.randint(25,26)}-{rng.choice(['PHC','FSA','NIC','CGS'])}-IA-{rng.randint(100,999)}",
                           f"Selection process {rng.randint(25,26)}-{rng.randint(1000,9999)}-EA", f"Posting #{rng.randint(10000,99999)}"])
    if region == "au":
        return rng.choice([f"Job ref: {rng.choice(['REQ','VAC','DRW','TRQ'])}{rng.randint(100000,999999)}", f"Position No. {rng.randint(30000000,39999999)}",
                           f"Ref {rng.randint(2025,2026)}/{rng.randint(100,999)}"])
    if region == "nz":
        return rng.choice([f"Vacancy {rng.randint(1000,9999)}", f"Ref: {rng.choice(['MCR','NZS','TWO'])}-{rng.randint(100,999)}"])
    if region == "ie":
        return rng.choice([f"Campaign Ref {rng.randint(25,26)}{rng.randint(100,999)}", f"Competition ID: {rng.randint(100,999)}/{rng.randint(2025,2026)}",
                           f"Ref. {rng.choice(['EO','AO','CO','HEO'])}-{rng.randint(100,999)}"])
    return rng.choice([f"Req #{rng.randint(1000,99999)}", f"Job ID {rng.randint(100000,999999)}", f"R-{rng.randint(10000,99999)}"])


# ---------------------------------------------------------------- text helpers
def fill(tpl: str, ctx: dict) -> str:
    return tpl.format_map(defaultdict(str, ctx))


REGIONS = {"us", "ca", "au", "nz", "ie"}


def _fits(item: str, ctx: dict) -> bool:
    """Tags like "[au,nz]" limit a fragment to regions, "[health]" to sectors (both must match when given)."""
    if not item.startswith("["):
        return True
    tags = set(item[1:item.index("]")].split(","))
    regs, secs = tags & REGIONS, tags - REGIONS
    return (not regs or ctx.get("region") in regs) and (not secs or ctx.get("sector") in secs)


def _untag(item: str) -> str:
    return item[item.index("]") + 1:].lstrip() if item.startswith("[") else item


def choose(rng: random.Random, bank: list[str], ctx: dict) -> str:
    pool = [b for b in bank if _fits(b, ctx)] or [b for b in bank if not b.startswith("[")] or bank
    return _untag(rng.choice(pool))


def pick(rng: random.Random, bank: list[str], ctx: dict) -> str:
    """Choose one fitting fragment and fill its slots."""
    return fill(choose(rng, bank, ctx), ctx)


def maybe(rng: random.Random, p: float, bank: list[str], ctx: dict) -> str:
    return pick(rng, bank, ctx) if rng.random() < p else ""


def para(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def quote_block(rng: random.Random, text: str, who: str, addr: str, region: str, subject: str, to: str) -> str:
    """Quoted history as Gmail/Apple or Outlook would render it."""
    if rng.random() < 0.55:
        head = rng.choice([
            f"On {a_date(rng, region, True)}, at {a_time(rng, region).split(' ')[0]}, {who} <{addr}> wrote:",
            f"On {a_date(rng, region)} {who} <{addr}> wrote:",
            f"On {a_date(rng, region, True)} {who} wrote:"])
        body = "\n".join(("> " + l) if l else ">" for l in text.splitlines())
        return f"{head}\n{body}"
    sep = rng.choice(["-----Original Message-----", "________________________________", ""])
    head = f"From: {who} <{addr}>\nSent: {a_date(rng, region, True)} {a_time(rng, region).split(' ')[0]}\nTo: {to}\nSubject: {subject}"
    return "\n".join(x for x in [sep, head, "", text] if x is not None)


def html_wrap(rng: random.Random, text: str, brand: str, button: str | None = None) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    colour = rng.choice(["#003b5c", "#1d4f91", "#0b6e4f", "#5b2c6f", "#8a1538", "#2f4858"])
    inner = "".join(f"<p style=\"margin:0 0 14px 0\">{p.replace(chr(10), '<br>')}</p>" for p in paras)
    btn = (f"<p><a href=\"https://apply.example/{rng.randint(1000,9999)}\" style=\"background:{colour};color:#fff;"
           f"padding:10px 18px;text-decoration:none\">{button}</a></p>") if button else ""
    return (f"<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" align=\"center\"><tr>"
            f"<td style=\"background:{colour};color:#fff;padding:12px\"><b>{brand}</b></td></tr>"
            f"<tr><td style=\"padding:18px\">{inner}{btn}</td></tr></table></body></html>")


def record(prefix: str, family: str, n: int, *, folder: str = "INBOX", from_name: str, from_addr: str,
           to_addr: str, subject: str, body_text: str, body_html: str | None = None,
           labels: list | None = None, company: str | None = None, topics: list | None = None,
           oc: list | None = None, lang: str = "en") -> dict:
    labels = sorted(set(labels or []))
    return {
        "id": f"{family}-{n}", "family": family, "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": labels, "company": company,
        "topics": sorted(set(topics or [])) if "feedback" in labels else [],
        "outside_control": sorted(set(oc or [])) if "rejection" in labels else [],
    }
