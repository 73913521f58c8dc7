"""Shared world and wrappers for writer 40: corporate HR mail outside big tech.

Companies, people, roles, requisition numbers, regional footers (confidentiality, equal
opportunity, privacy, do-not-reply), signatures, HTML shells and quoting helpers.
Every fragment here was written for this writer.
"""

from __future__ import annotations

import random

# name, sector, region, domain, legal suffix
COMPANIES = [
    ("Halberd Forge", "manufacturing", "uk", "halberdforge.co.uk", "Ltd"),
    ("Corrin Valley Energy", "energy", "ie", "corrinvalley.ie", "DAC"),
    ("Lisnagarvey Pharma", "pharma", "ie", "lisnagarveypharma.com", "Limited"),
    ("Brackenfield Mutual", "insurance", "uk", "brackenfieldmutual.co.uk", "plc"),
    ("Tamworth & Rye Logistics", "logistics", "uk", "tamworthrye.com", "Ltd"),
    ("Ostrander Power", "utilities", "ca", "ostranderpower.ca", "Inc."),
    ("Northgate Aerosystems", "defence", "uk", "northgate-aero.com", "Ltd"),
    ("Penhallow Retail Group", "retail", "uk", "penhallowgroup.co.uk", "plc"),
    ("St. Brigid's Hospital Group", "health", "ie", "stbrigidshg.ie", "CLG"),
    ("Marrowbank Foods", "manufacturing", "au", "marrowbank.com.au", "Pty Ltd"),
    ("Coolgardie Resources", "energy", "au", "coolgardieres.com.au", "Limited"),
    ("Yarrawonga Health", "health", "au", "yarrawongahealth.org.au", "Ltd"),
    ("Bellbird Freight", "logistics", "au", "bellbirdfreight.com.au", "Pty Ltd"),
    ("Karoo Line Insurance", "insurance", "za", "karooline.co.za", "(Pty) Ltd"),
    ("Umvoti Chemicals", "pharma", "za", "umvotichem.co.za", "(Pty) Ltd"),
    ("Highveld Grid Services", "utilities", "za", "highveldgrid.co.za", "(Pty) Ltd"),
    ("Tanjong Pagar Maritime", "logistics", "sg", "tpmaritime.com.sg", "Pte. Ltd."),
    ("Merlion Biologics", "pharma", "sg", "merlionbio.sg", "Pte. Ltd."),
    ("Serangoon Precision", "manufacturing", "sg", "serangoonprecision.com", "Pte Ltd"),
    ("Fraser Delta Utilities", "utilities", "ca", "fraserdelta.ca", "Ltd."),
    ("Athabasca Midstream", "energy", "ca", "athabascamid.com", "Corp."),
    ("Laurentide Assurance", "insurance", "ca", "laurentide-assurance.ca", "Inc."),
    ("Kestrel Defence Systems", "defence", "au", "kestreldefence.com.au", "Pty Ltd"),
    ("Carrick Meats", "manufacturing", "ie", "carrickmeats.ie", "Ltd"),
    ("Wexmoor Building Society", "insurance", "uk", "wexmoor.co.uk", ""),
    ("Dunmore Haulage", "logistics", "ie", "dunmorehaulage.ie", "Ltd"),
    ("Grantley Healthcare", "health", "uk", "grantleyhealthcare.co.uk", "Ltd"),
    ("Ridgeback Mining Services", "energy", "za", "ridgebackmining.co.za", "(Pty) Ltd"),
    ("Cobourg Rail Components", "manufacturing", "ca", "cobourgrail.com", "Inc."),
    ("Pemberton Waters", "utilities", "uk", "pembertonwaters.co.uk", "plc"),
    ("Harrowgate Department Stores", "retail", "uk", "harrowgate.co.uk", "Ltd"),
    ("Moreton Bay Retail", "retail", "au", "mbretail.com.au", "Pty Ltd"),
    ("Ravensworth Munitions", "defence", "uk", "ravensworth-def.co.uk", "Ltd"),
    ("Quillan Therapeutics", "pharma", "us", "quillantx.com", "Inc."),
    ("Shenstone Packaging", "manufacturing", "uk", "shenstonepack.com", "Ltd"),
    ("Kilbarron Medical Devices", "pharma", "ie", "kilbarronmed.com", "Ltd"),
    ("Ashgrove Energy Networks", "utilities", "au", "ashgroveenergy.com.au", "Ltd"),
    ("Boland Wine Estates", "retail", "za", "bolandestates.co.za", "(Pty) Ltd"),
    ("Jurong Cold Chain", "logistics", "sg", "jurongcoldchain.sg", "Pte. Ltd."),
    ("Thackeray Life & Pensions", "insurance", "uk", "thackeraylife.co.uk", "Ltd"),
    ("Mistral Composites", "defence", "ca", "mistralcomposites.ca", "Inc."),
    ("Ellery General Hospital", "health", "ca", "elleryhospital.ca", ""),
]

ATS_RELAYS = [
    "no-reply@talentgate-mail.net", "notifications@hirebridge.io", "donotreply@careersuite-mail.com",
    "system@applytrack.net", "recruitment-noreply@peoplehub-mail.com", "noreply@vacancyflow.eu",
    "alerts@candidatezone.net", "jobs-noreply@workforcelink.com",
]

ROLES = {
    "manufacturing": ["Production Supervisor", "Maintenance Planner", "Process Engineer", "Quality Technician",
                      "Continuous Improvement Lead", "Shift Manager", "Graduate Mechanical Engineer",
                      "Supply Planner", "Health & Safety Advisor", "Electrical Technician"],
    "energy": ["Reservoir Engineer", "Commercial Analyst", "Site Operations Coordinator", "HSE Advisor",
               "Graduate Electrical Engineer", "Contracts Administrator", "Asset Integrity Engineer",
               "Trading Operations Analyst"],
    "pharma": ["QC Analyst", "Validation Engineer", "Regulatory Affairs Associate", "Clinical Data Manager",
               "Pharmacovigilance Officer", "Manufacturing Technician", "QA Specialist", "Lab Supervisor"],
    "insurance": ["Claims Handler", "Underwriting Assistant", "Actuarial Analyst", "Complaints Specialist",
                  "Pricing Analyst", "Broker Support Executive", "Risk and Compliance Officer",
                  "Customer Service Team Leader"],
    "logistics": ["Transport Planner", "Warehouse Operations Manager", "Inventory Controller",
                  "Customs Compliance Officer", "Fleet Coordinator", "Logistics Analyst",
                  "Depot Supervisor", "Freight Forwarding Executive"],
    "utilities": ["Network Planning Engineer", "Metering Technician", "Customer Operations Analyst",
                  "Water Quality Scientist", "Asset Data Officer", "Project Controls Analyst",
                  "Field Services Scheduler", "Regulatory Reporting Analyst"],
    "defence": ["Systems Engineer", "Test and Evaluation Engineer", "Configuration Manager",
                "Embedded Software Engineer", "Security Officer", "Bid Manager", "Reliability Engineer",
                "Technical Author"],
    "retail": ["Merchandise Planner", "Category Analyst", "Buying Assistant", "Store Operations Analyst",
               "Head Office Payroll Administrator", "E-commerce Coordinator", "Loss Prevention Manager",
               "Visual Merchandising Lead"],
    "health": ["Clinical Nurse Manager", "Health Records Officer", "Physiotherapist (Senior)",
               "Patient Flow Coordinator", "Biomedical Engineer", "Theatre Scheduler",
               "Finance Business Partner", "HR Business Partner"],
}

FIRST = ["Aoife", "Ciaran", "Siobhan", "Declan", "Niamh", "Padraig", "Graham", "Fiona", "Heather", "Rhys",
         "Bronwyn", "Lachlan", "Tegan", "Jarrod", "Kylie", "Thabo", "Lerato", "Sipho", "Zanele", "Pieter",
         "Anneke", "Wei Ling", "Jun Hao", "Priya", "Farah", "Mei", "Darren", "Chantelle", "Marc-Andre",
         "Genevieve", "Tyler", "Brooke", "Ravi", "Olumide", "Gillian", "Alasdair", "Morag", "Joanne",
         "Colm", "Rosalind", "Hamish", "Nokuthula", "Ruan", "Sharmila", "Kenji", "Adaeze", "Stuart", "Lindiwe"]
LAST = ["Byrne", "Kavanagh", "O'Driscoll", "McGrath", "Fitzgerald", "Ainsworth", "Pritchard", "Holloway",
        "Whitcombe", "Nguyen", "Tran", "Mokoena", "Dlamini", "van der Merwe", "Botha", "Naidoo", "Tan",
        "Lim", "Goh", "Ong", "Ramasamy", "Tremblay", "Gagnon", "MacDonald", "Sinclair", "Okafor",
        "Henderson", "Cartwright", "Ferris", "Lockhart", "Kowalczyk", "Chetty", "Pillay", "Abernethy",
        "Mulcahy", "Gillespie", "Sutherland", "Hartigan", "Osei", "Delacroix"]

CANDIDATES = [
    ("Maeve Donnelly", "maeve.donnelly@gmail.com"), ("Owen Castellano", "owencastellano@outlook.com"),
    ("Keisha Adeyemi", "k.adeyemi88@gmail.com"), ("Tom Reidy", "tomreidy@eircom.net"),
    ("Samantha Ng", "sam.ng.work@gmail.com"), ("Bongani Khumalo", "bongani.khumalo@webmail.co.za"),
    ("Hannah Lefebvre", "hannah.lefebvre@yahoo.ca"), ("Callum Wright", "callum.wright@bigpond.com"),
    ("Divya Menon", "divya.menon@hotmail.com"), ("Grace Ashby", "grace_ashby@protonmail.com"),
    ("Liam O'Rourke", "liamorourke@gmail.com"), ("Jolene Fourie", "jolene.fourie@gmail.com"),
]

REGION_CITY = {
    "uk": ["Sheffield", "Derby", "Bristol", "Leeds", "Reading", "Warrington", "Aberdeen", "Swindon"],
    "ie": ["Cork", "Limerick", "Galway", "Athlone", "Sligo", "Waterford", "Dublin"],
    "ca": ["Calgary", "Hamilton, ON", "Burnaby, BC", "Halifax, NS", "Mississauga, ON", "Regina, SK"],
    "au": ["Parramatta NSW", "Geelong VIC", "Townsville QLD", "Perth WA", "Adelaide SA", "Newcastle NSW"],
    "za": ["Sandton", "Durban", "Stellenbosch", "Midrand", "Port Elizabeth", "Centurion"],
    "sg": ["Tuas", "Jurong East", "Changi", "one-north", "Woodlands", "Pasir Panjang", "Tampines"],
    "us": ["Raleigh, NC", "Indianapolis, IN", "Columbus, OH"],
}


def pick(rng: random.Random, xs):
    return xs[rng.randrange(len(xs))]


def maybe(rng: random.Random, p: float, s: str, alt: str = "") -> str:
    return s if rng.random() < p else alt


def person(rng: random.Random) -> str:
    return f"{pick(rng, FIRST)} {pick(rng, LAST)}"


def email_of(name: str, domain: str, rng: random.Random) -> str:
    parts = name.lower().replace("'", "").replace("-", "").split()
    style = rng.randrange(4)
    if style == 0:
        local = ".".join(parts)
    elif style == 1:
        local = parts[0][0] + parts[-1]
    elif style == 2:
        local = parts[0] + "." + parts[-1][0]
    else:
        local = parts[0] + "_" + parts[-1]
    return f"{local.replace(' ', '')}@{domain}"


def company(rng: random.Random, region: str | None = None, sector: str | None = None) -> dict:
    pool = [c for c in COMPANIES if (region is None or c[2] == region) and (sector is None or c[1] == sector)]
    if not pool:
        pool = COMPANIES
    name, sec, reg, dom, legal = pick(rng, pool)
    return {"name": name, "sector": sec, "region": reg, "domain": dom, "legal": legal,
            "city": pick(rng, REGION_CITY[reg]), "role": pick(rng, ROLES[sec])}


def legal_name(c: dict) -> str:
    return f"{c['name']} {c['legal']}".strip()


def req_no(rng: random.Random) -> str:
    f = rng.randrange(7)
    if f == 0:
        return f"REQ-{rng.choice([2025, 2026])}-{rng.randrange(1000, 99999):05d}"
    if f == 1:
        return f"{rng.randrange(10000, 999999)}BR"
    if f == 2:
        return f"JR{rng.randrange(100000, 999999)}"
    if f == 3:
        return f"HR/{rng.choice(['ENG', 'OPS', 'FIN', 'CLN', 'SCM', 'QA'])}/{rng.randrange(100, 999)}/{rng.choice(['25', '26'])}"
    if f == 4:
        return f"Vacancy {rng.randrange(1000, 9999)}-{rng.choice('ABCDEFGH')}"
    if f == 5:
        return f"R{rng.randrange(10000, 99999)}"
    return f"{rng.choice(['ICT', 'MFG', 'CORP', 'CLIN', 'NET'])}{rng.randrange(100, 9999)}"


def cand_ref(rng: random.Random) -> str:
    return rng.choice(["Candidate ID", "Applicant no.", "Candidate reference", "Your reference",
                       "Application ID"]) + ": " + str(rng.randrange(1000000, 9999999))


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def date_str(rng: random.Random, region: str) -> str:
    d, m, wd = rng.randrange(1, 29), pick(rng, MONTHS), pick(rng, DAYS)
    if region in ("us", "ca") and rng.random() < 0.7:
        return f"{wd}, {m} {d}"
    return rng.choice([f"{wd} {d} {m}", f"{wd}, {d} {m}", f"{d} {m}", f"{wd} the {d}{_th(d)}"])


def _th(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def time_str(rng: random.Random, region: str) -> str:
    h = rng.choice([8, 9, 10, 11, 13, 14, 15, 16])
    mm = rng.choice(["00", "15", "30", "45"])
    if region in ("us", "ca", "au") or rng.random() < 0.4:
        hh = h if h <= 12 else h - 12
        return f"{hh}:{mm} {'am' if h < 12 else 'pm'}" + rng.choice(["", "", " (local time)"])
    return f"{h:02d}:{mm}" + rng.choice(["", " hrs", " GMT", ""])


def deadline(rng: random.Random, region: str) -> str:
    return rng.choice([f"by 11:59 pm on {date_str(rng, region)}", f"within {rng.choice([3, 5, 7])} days",
                       f"no later than {date_str(rng, region)}", f"before {date_str(rng, region)}",
                       f"within {rng.choice([48, 72])} hours of receiving this email"])


# ----------------------------------------------------------------- footers

def slots(rng: random.Random, *groups) -> str:
    """One option from each group (an empty option drops that slot), joined with spaces."""
    out = [o for o in (pick(rng, g) for g in groups) if o]
    return " ".join(out)


def confidentiality(rng: random.Random, c: dict) -> str:
    ln, nm = legal_name(c), c["name"]
    return slots(rng,
        ["CONFIDENTIALITY NOTICE:", "Disclaimer:", "IMPORTANT:", "Confidential:", "", "", "Legal notice -"],
        [f"This e-mail and any attachments are confidential and intended solely for the addressee.",
         "This message is meant only for the person to whom it is addressed and may contain privileged material.",
         "The information in this email, including any attachment, is confidential and may be legally privileged.",
         f"This communication is from {ln} and its contents are private.",
         "The contents of this transmission are confidential and for the named recipient only.",
         "This email is intended for the named addressee(s) only.",
         "What follows is for the recipient's eyes only and may be commercially sensitive.",
         f"Mail sent from the {nm} network is confidential to the people it is addressed to.",
         "Privileged/confidential information may be contained in this message.",
         "This e-mail (and anything attached) is restricted to its intended recipients."],
        ["If you have received it in error please notify the sender and delete it.",
         "If it reached you by mistake, kindly tell us by return and erase all copies.",
         "Should you not be the intended recipient, you must not read, copy, forward or rely on it.",
         "Unauthorised use, disclosure or copying is strictly prohibited.",
         f"Please report misdirected mail to postmaster@{c['domain']}.",
         "Any review, retransmission or other use by anyone other than the addressee is forbidden.",
         "If you are not the right person, delete this message and let the sender know straight away.",
         "Misdirected messages should be deleted immediately, without copying or disclosing the content.",
         "Where received in error, please call us and destroy the email and any printouts."],
        ["", "", f"{nm} does not accept liability for viruses; please run your own checks.",
         f"Views expressed are the author's own and not necessarily those of {nm}.",
         "Email is not a secure medium and may be intercepted.",
         f"{ln} may monitor email traffic for compliance and security purposes.",
         f"Nothing in this message binds {nm} unless confirmed in writing by an authorised signatory."])


def eeo(rng: random.Random, c: dict) -> str:
    r, nm = c["region"], c["name"]
    lead = {"za": [f"{nm} subscribes to the principles of employment equity.",
                   "Our appointments support our Employment Equity plan.",
                   f"{nm} is committed to transformation and employment equity."],
            "ca": [f"{nm} is an equal opportunity employer.", "We are committed to an inclusive, barrier-free hiring process.",
                   f"{nm} values a workforce that reflects the communities we serve."],
            "au": [f"{nm} values diversity and inclusion.", "We are an equal opportunity employer.",
                   f"At {nm}, we celebrate difference."],
            "sg": ["We are committed to fair and merit-based employment practices.", f"{nm} is an equal opportunity employer.",
                   "We abide by the Tripartite Guidelines on Fair Employment Practices."],
            "us": [f"{nm} is an Equal Opportunity Employer.", "We are an EEO/AA employer."],
            }.get(r, [f"{nm} is an equal opportunities employer.", "We are committed to equality, diversity and inclusion.",
                      f"{nm} is a Disability Confident employer.", "Diversity makes us stronger."])
    tail = {"za": ["Preference may be given to suitably qualified candidates from designated groups.",
                   "People with disabilities are encouraged to apply.", "Appointments will be made in line with the Employment Equity Act."],
            "ca": ["Accommodations are available on request at every stage of selection.",
                   "We welcome applications from Indigenous peoples, women, persons with disabilities and racialized people.",
                   "Let us know if you require an accommodation."],
            "au": ["Aboriginal and Torres Strait Islander people are strongly encouraged to apply.",
                   "Reasonable adjustments are available throughout recruitment.",
                   "We welcome applicants of all backgrounds, abilities, genders and ages."],
            "sg": ["All applications are assessed on merit.", "Selection is based on skills, experience and ability to do the job.", ""],
            "us": ["Qualified applicants receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.",
                   "We participate in E-Verify."],
            }.get(r, ["We welcome applications from all sections of the community.",
                      "If you need adjustments at any stage, please let us know.",
                      "Candidates who declare a disability and meet the essential criteria will be offered an interview.",
                      "We guarantee to consider flexible working requests."])
    return slots(rng, lead, tail)


def privacy(rng: random.Random, c: dict) -> str:
    r, nm, dom = c["region"], c["name"], c["domain"]
    law = {"uk": "UK GDPR", "ie": pick(rng, ["the GDPR", "the Data Protection Acts 1988-2018"]), "za": "POPIA",
           "sg": pick(rng, ["the PDPA", "the Personal Data Protection Act 2012"]),
           "ca": pick(rng, ["PIPEDA", "applicable Canadian privacy legislation"]),
           "au": pick(rng, ["the Privacy Act 1988 (Cth)", "the Australian Privacy Principles"]),
           "us": "applicable privacy laws"}[r]
    return slots(rng,
        ["Privacy:", "Data protection:", "Your data:", "", "", "How we use your information:"],
        [f"{nm} processes your personal information for recruitment purposes in line with {law}.",
         f"We collect and use applicant data only to manage your application, as permitted by {law}.",
         f"Personal data you provide is handled under {law}.",
         f"Candidate information is kept confidential and processed lawfully ({law}).",
         f"{nm} respects your privacy; applicant records are managed according to {law}.",
         f"The information in your application is used to assess you for this and similar vacancies, consistent with {law}.",
         f"By applying you acknowledge that {nm} will hold your details as described in our privacy statement ({law}).",
         f"Your details are held by {nm} as data controller under {law}."],
        ["", f"Unsuccessful applicant data is deleted after {pick(rng, ['6', '12', '18', '24'])} months.",
         f"Records are retained for {pick(rng, ['six', 'twelve'])} months after the campaign closes.",
         "We never sell candidate data to third parties.",
         "References are only requested with your permission.",
         "Equal opportunities monitoring data is held separately and never seen by the panel.",
         f"Talent-pool records can be removed on request to the {nm} recruitment team.",
         "Some data may be processed by our recruitment software provider outside your country."],
        [f"Full notice: {pick(rng, ['careers.', 'www.', ''])}{dom}/{pick(rng, ['privacy', 'candidate-privacy', 'legal/privacy', 'recruitment-privacy-notice'])}",
         f"Questions: {pick(rng, ['dpo', 'privacy', 'dataprotection'])}@{dom}.", "", "You may ask to see or delete your data at any time."])


def noreply(rng: random.Random, c: dict) -> str:
    return slots(rng,
        ["Please do not reply to this email.", "This is an automated message.", "*** This is a system-generated email. ***",
         "PLEASE DO NOT REPLY TO THIS E-MAIL ADDRESS.", "This message was sent from an unattended mailbox.",
         "Replies to this address are not monitored.", "Note: this inbox cannot receive replies."],
        ["", "", f"For queries, email recruitment@{c['domain']}.", "Use the 'Contact us' link in your candidate dashboard.",
         "Responses will not be read.", f"Contact the {c['name']} recruitment team through the portal instead.",
         "If you have a question, reply to your recruiter directly."])


def company_line(rng: random.Random, c: dict) -> str:
    r = c["region"]
    ln = legal_name(c)
    n = rng.randrange(1000000, 9999999)
    if r == "uk":
        return rng.choice([f"{ln}. Registered in England and Wales No. {n}. Registered office: {c['city']}.",
                           f"{ln} | Registered in Scotland SC{n % 1000000} | {c['city']}"])
    if r == "ie":
        return f"{ln}, registered in Ireland, no. {n % 1000000}. Directors: as listed at {c['domain']}."
    if r == "au":
        return f"{ln} ABN {rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} | {c['city']}"
    if r == "za":
        return f"{ln} Reg. No. {rng.randrange(1990, 2020)}/{n % 1000000:06d}/07 | B-BBEE Level {rng.randrange(1, 4)} Contributor"
    if r == "sg":
        return f"{ln} (UEN {rng.randrange(190000000, 202599999)}{rng.choice('KMNRWZ')}) | {c['city']}"
    if r == "ca":
        return f"{ln} | {c['city']}, Canada"
    return f"{ln} | {c['city']}"


def footer(rng: random.Random, c: dict, auto: bool = True, long: float = 0.6) -> str:
    parts = []
    if auto and rng.random() < 0.8:
        parts.append(noreply(rng, c))
    pool = [eeo, privacy, confidentiality]
    rng.shuffle(pool)
    k = 1 + (rng.random() < long) + (rng.random() < long * 0.6)
    for f in pool[:k]:
        parts.append(f(rng, c))
    if rng.random() < 0.6:
        parts.append(company_line(rng, c))
    if rng.random() < 0.12:
        parts.append(rng.choice(["Please consider the environment before printing this email.",
                                 "Think before you print.", "Save paper - do you really need to print this?"]))
    sep = rng.choice(["\n\n", "\n\n", "\n\n--\n", "\n\n" + "_" * rng.randrange(20, 50) + "\n",
                      "\n\n" + "-" * rng.randrange(20, 40) + "\n"])
    joiner = "\n" if rng.random() < 0.4 else "\n\n"
    return sep + joiner.join(parts)


# ----------------------------------------------------------------- people / signatures

HR_TITLES = ["Talent Acquisition Partner", "Recruitment Advisor", "HR Officer", "Resourcing Specialist",
             "Senior Recruiter", "People & Culture Advisor", "Talent Acquisition Coordinator",
             "HR Generalist", "Recruitment Administrator", "Campus & Early Careers Lead",
             "Human Resources Business Partner", "Recruitment Coordinator"]

TEAM_NAMES = ["Talent Acquisition Team", "Recruitment Team", "Resourcing Team", "People & Culture",
              "HR Shared Services", "Careers Team", "Human Resources", "Group Recruitment",
              "Talent Team", "Recruitment Centre of Excellence"]


def phone(rng: random.Random, region: str) -> str:
    return {
        "uk": f"+44 {rng.randrange(113, 199)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
        "ie": f"+353 {rng.randrange(1, 99)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
        "au": f"+61 {rng.randrange(2, 8)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
        "za": f"+27 {rng.randrange(10, 87)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
        "sg": f"+65 {rng.randrange(6000, 6999)} {rng.randrange(1000, 9999)}",
        "ca": f"+1 ({rng.randrange(204, 905)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}",
        "us": f"+1 {rng.randrange(204, 905)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}",
    }[region]


def hr_signature(rng: random.Random, c: dict, name: str, addr: str) -> str:
    title = pick(rng, HR_TITLES)
    lines = [name]
    if rng.random() < 0.85:
        lines.append(title + rng.choice(["", f" | {c['name']}", f", {c['city']}"]))
    if rng.random() < 0.6:
        lines.append(c["name"] if "|" not in lines[-1] else legal_name(c))
    if rng.random() < 0.6:
        lines.append(rng.choice(["T: ", "Tel: ", "P ", "Direct: ", "M: ", "Ph: "]) + phone(rng, c["region"]))
    if rng.random() < 0.35:
        lines.append(rng.choice(["E: ", "Email: ", ""]) + addr)
    if rng.random() < 0.3:
        lines.append(rng.choice(["www.", "careers.", ""]) + c["domain"])
    if rng.random() < 0.15:
        lines.append(rng.choice(["My working days are Mon-Thu.", "I work part-time; replies may take a day.",
                                 "Working flexibly - please don't feel obliged to reply outside your hours."]))
    return "\n".join(lines)


def team_signoff(rng: random.Random, c: dict) -> str:
    return rng.choice([f"The {c['name']} {pick(rng, TEAM_NAMES)}", f"{pick(rng, TEAM_NAMES)}\n{c['name']}",
                       f"{c['name']} Recruitment", f"{pick(rng, TEAM_NAMES)}", f"{legal_name(c)}\n{pick(rng, TEAM_NAMES)}"])


def greet(rng: random.Random, first: str, full: str, region: str) -> str:
    opts = [f"Dear {first},", f"Dear {full},", f"Hi {first},", f"Hello {first},", f"Dear {first}", f"Hi {first}"]
    if region == "za":
        opts += [f"Good day {first},", f"Dear {first}", f"Good morning {first},"]
    if region == "sg":
        opts += [f"Dear {first},", f"Dear Ms/Mr {full.split()[-1]},", f"Hi {first}, good day."]
    if region == "ie":
        opts += [f"Hi {first},", f"Dear {first},", f"Morning {first},"]
    if region == "au":
        opts += [f"Hi {first},", f"Hey {first},", f"Hi there {first},"]
    if region == "ca":
        opts += [f"Hi {first},", f"Good afternoon {first},", f"Bonjour/Hello {first},"]
    return pick(rng, opts)


def closing(rng: random.Random, region: str) -> str:
    opts = ["Kind regards,", "Best regards,", "Regards,", "Many thanks,", "With best wishes,", "Yours sincerely,",
            "Best wishes,", "Thank you,", "Sincerely,", "Warm regards,"]
    if region == "ie":
        opts += ["Kind regards,", "Thanks a million,", "Many thanks,"]
    if region == "za":
        opts += ["Kind regards", "Regards", "Thank you and regards,"]
    if region == "sg":
        opts += ["Thank you.", "Best Regards,", "Regards,"]
    if region == "au":
        opts += ["Cheers,", "Kind regards,", "Thanks,"]
    if region == "ca":
        opts += ["All the best,", "Best,", "Sincerely,"]
    return pick(rng, opts)


# ----------------------------------------------------------------- HTML

def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text: str) -> str:
    out = []
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        out.append("<p>" + "<br>\n".join(esc(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


def html_shell(rng: random.Random, c: dict, body: str, foot: str, button: tuple[str, str] | None = None,
               preheader: str = "", title: str | None = None) -> str:
    title = title or f"{c['name']} Careers"
    colour = pick(rng, ["#003b5c", "#0a5c36", "#5b1f6b", "#8a1c1c", "#1d3f73", "#2f4f4f", "#00587a", "#333"])
    style = rng.randrange(3)
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{colour}" '
               f'style="border-radius:4px;padding:12px 22px"><a href="{button[1]}" style="color:#ffffff;'
               f'text-decoration:none;font-weight:bold">{esc(button[0])}</a></td></tr></table>')
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{esc(preheader)}</div>' if preheader else "")
    foot_html = paras_html(foot)
    if style == 0:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(c["name"])}</title></head>'
                f'<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">{pre}'
                f'<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
                f'<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
                f'<tr><td style="background:{colour};color:#fff;padding:18px 24px;font-size:20px">'
                f'{esc(title)}</td></tr>'
                f'<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">{paras_html(body)}{btn}</td></tr>'
                f'<tr><td style="padding:16px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">{foot_html}</td></tr>'
                f'</table></td></tr></table></body></html>')
    if style == 1:
        return (f'<html><body style="font-family:Calibri,Segoe UI,sans-serif;font-size:11pt">{pre}'
                f'<div class="WordSection1">{paras_html(body)}{btn}'
                f'<hr size="1" width="100%" noshade style="color:#a0a0a0">'
                f'<div style="font-size:8pt;color:#808080">{foot_html}</div></div></body></html>')
    return (f'<html><head><style>.ft{{font-size:10px;color:#888}} .hd{{border-bottom:3px solid {colour}}}</style></head>'
            f'<body>{pre}<div class="hd"><img src="https://careers.{c["domain"]}/img/logo.png" alt="{esc(c["name"])}" '
            f'height="40"></div><div class="content">{paras_html(body)}{btn}</div>'
            f'<div class="ft">{foot_html}<p><a href="https://careers.{c["domain"]}/preferences">Manage email '
            f'preferences</a> | <a href="https://careers.{c["domain"]}/privacy">Privacy</a></p></div></body></html>')


# ----------------------------------------------------------------- quoting

def quote_block(rng: random.Random, who: str, addr: str, when: str, text: str, style: int | None = None) -> str:
    style = rng.randrange(3) if style is None else style
    if style == 0:
        q = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        return f"On {when}, {who} <{addr}> wrote:\n{q}"
    if style == 1:
        return (f"-----Original Message-----\nFrom: {who} <{addr}>\nSent: {when}\nSubject: {{SUBJ}}\n\n{text}")
    return (f"________________________________\nFrom: {who} <{addr}>\nSent: {when}\nTo: {{TO}}\n"
            f"Subject: {{SUBJ}}\n\n{text}")


def when_str(rng: random.Random) -> str:
    d = rng.randrange(1, 29)
    return rng.choice([f"{pick(rng, DAYS)}, {d} {pick(rng, MONTHS)} 2026 {rng.randrange(8, 18)}:{rng.randrange(10, 59)}",
                       f"{pick(rng, DAYS[:5])[:3]}, {pick(rng, MONTHS)[:3]} {d}, 2026 at {rng.randrange(1, 12)}:{rng.randrange(10, 59)} {rng.choice(['AM', 'PM'])}",
                       f"{d}/{rng.randrange(1, 13)}/2026 {rng.randrange(8, 18)}:{rng.randrange(10, 59)}"])


def typo(rng: random.Random, text: str, p: float = 0.4) -> str:
    """Introduce a couple of fast-typing slips."""
    if rng.random() > p:
        return text
    swaps = [("the ", "teh "), ("you ", "yuo "), ("really", "realy"), ("received", "recieved"),
             ("thanks", "thansk"), ("would", "woudl"), ("interview", "inteview"), ("and ", "adn "),
             ("appreciate", "appreciete"), ("definitely", "definately"), ("position", "postion"),
             ("feedback", "feeback"), (". ", ".  "), ("I'm", "Im"), ("don't", "dont")]
    rng.shuffle(swaps)
    done = 0
    for a, b in swaps:
        if a in text and done < rng.randrange(1, 3):
            i = text.find(a, rng.randrange(max(1, len(text) // 2)))
            if i < 0:
                i = text.find(a)
            text = text[:i] + b + text[i + len(a):]
            done += 1
    return text


def record(prefix: str, fam: str, n: int, *, folder: str, from_name: str, from_addr: str, to_addr: str,
           subject: str, body_text: str, body_html: str | None, labels, company: str | None,
           topics=(), oc=(), lang: str = "en") -> dict:
    labels = list(dict.fromkeys(labels))
    return {
        "id": f"{prefix}-{fam}-{n}", "family": f"{prefix}_{fam}", "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": labels, "company": company,
        "topics": list(dict.fromkeys(topics)) if "feedback" in labels else [],
        "outside_control": list(dict.fromkeys(oc)) if "rejection" in labels else [],
    }
