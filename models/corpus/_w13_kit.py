"""Shared banks and assembly helpers for the w13 generators (big-employer ATS and job-board mail).

Used by every ``gen_w13_*.py`` module: employer and person names, invented ATS / job-board sender
identities, legal footers, quoting styles and the record builder. Everything here was written for
this project; randomness only ever comes from the ``rng`` passed in, so output is deterministic.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from typing import Sequence

# --- employers -------------------------------------------------------------------------------

_ROOTS = [
    "Ashgrove", "Bellhaven", "Cinder Point", "Dunmore", "Everline", "Foxbriar", "Granite Bay",
    "Halloway", "Ironleaf", "Juniper Ridge", "Keystone Mesa", "Larkfield", "Meridale", "Northcape",
    "Oakhurst", "Pinecrest", "Quarry Hill", "Redfern", "Silverbrook", "Tamarack", "Union Bluff",
    "Vantor", "Westbury", "Yellowpine", "Zephyrine", "Alder & Finch", "Brightmoor", "Copperline",
    "Deerpath", "Eastwater", "Fairmount", "Glenrock", "Harborview", "Ivywell", "Jasperton",
    "Kingsley Row", "Lockwood", "Mapleton", "Newhall", "Orchard Lane", "Prairie Star", "Riverton",
    "Stonegate", "Thornbury", "Upland", "Valemont", "Willowdale", "Crescent Forge", "Blue Heron",
    "Summit Crest", "Tidewater", "Three Rivers", "Lone Cedar", "Sagebrush", "Highmark Plains",
]
_SUFFIX = {
    "tech": ["Systems", "Software", "Analytics", "Labs", "Networks", "Data", "Cloud", "Digital"],
    "health": ["Health", "Medical Center", "Health System", "Regional Hospital", "Care Partners",
               "Clinics", "Behavioral Health"],
    "retail": ["Market", "Outfitters", "Home & Garden", "Grocers", "Supply Co.", "Pharmacy",
               "Department Stores"],
    "corp": ["Financial", "Insurance Group", "Logistics", "Energy", "Manufacturing", "Foods",
             "Aerospace", "Bancorp", "Freight", "Consulting Group", "Industries", "Mutual"],
}
_FIXED = [
    "Corvane", "Altessa", "Brixel", "Quillon Pharma", "Nordvane Motors", "Halcyra Biotech",
    "Pelloway Airlines", "Strata & Lowe", "Mercury Parcel", "Kinetiq Rail", "Ostrander Chemical",
    "Velora Cosmetics", "Ruddock Steel", "Ambergate Hotels", "Caldera Telecom", "Primrose Bakeries",
    "Solvane Semiconductors", "Trillium Media", "Wexford Mills", "Zenlow Robotics", "Orbis Payments",
    "Gallant Tire & Auto", "Hearthstone Senior Living", "Bramble & Co.", "Lumenfield Utilities",
    "Marrow Street Capital", "Pellucid Optics", "Ravensworth University", "Tessellate Games",
    "Yardley Distribution", "Fennimore Credit Union", "Cobalt Harbor Shipping", "Evergrain Mills",
    "Glasswing Security", "Hollis & Grant", "Indigo Peak Resorts", "Jovian Satellite",
    "Kettleworth Brewing", "Lindqvist Appliances", "Monarch Ridge Schools", "Nimbus Freightways",
]
_GOV = [
    "Tallis County", "City of Port Amberly", "Merrow County Public Works", "State Department of Revenue",
    "Department of Water Resources", "City of Granger Falls", "Halden County Sheriff's Office",
    "State Parks Division", "Okanah County Health Department", "Department of Motor Vehicles",
    "City of West Calloway", "Regional Transit Authority", "State Board of Nursing",
    "Department of Veterans Services", "Lakeshore Housing Authority", "Brennan County Library System",
]
_GOV_PORTALS = [
    ("GovHire Portal", "notifications@govhire-portal.us"),
    ("PublicJobs Center", "no-reply@publicjobscenter.org"),
    ("CivicCareers", "alerts@civiccareers.net"),
    ("StateJobs Online", "donotreply@statejobs-online.us"),
]


def company(rng: random.Random, kind: str | None = None) -> str:
    """An invented employer name; kind is tech/health/retail/corp, or None for any."""
    if kind is None:
        if rng.random() < 0.3:
            return rng.choice(_FIXED)
        kind = rng.choice(list(_SUFFIX))
    return f"{rng.choice(_ROOTS)} {rng.choice(_SUFFIX[kind])}"


def gov_employer(rng: random.Random) -> str:
    return rng.choice(_GOV)


def gov_portal(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_GOV_PORTALS)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("&", "and"))[:22]


def domain(name: str, rng: random.Random) -> str:
    words = [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]
    base = slug(name) if rng.random() < 0.5 else slug(words[0] + (words[1] if len(words) > 1 else ""))
    return base + rng.choice([".com", ".com", ".com", ".org" if "Health" in name else ".com", ".co"])


# --- people ----------------------------------------------------------------------------------

FIRST = [
    "Avery", "Brianna", "Carlos", "Dana", "Elijah", "Fatima", "Grant", "Hannah", "Isaiah", "Jasmine",
    "Kevin", "Latoya", "Marcus", "Nicole", "Omar", "Priya", "Quentin", "Rachel", "Samuel", "Tanisha",
    "Tyler", "Vanessa", "Wesley", "Ximena", "Yusuf", "Zoe", "Brandon", "Courtney", "Derek", "Erin",
    "Felicia", "Gabriel", "Heather", "Ivan", "Jenna", "Kyle", "Lindsey", "Mason", "Naomi", "Owen",
    "Paige", "Raymond", "Shauna", "Trevor", "Uma", "Victor", "Whitney", "Alejandro", "Bethany",
    "Cody", "Destiny", "Eduardo", "Gwen", "Hector", "Imani", "Jared", "Kimberly", "Luis", "Megan",
    "Nathan", "Olivia", "Patrick", "Rosa", "Sean", "Tiffany", "Andre", "Keisha", "Mei", "Raj",
]
LAST = [
    "Anderson", "Baptiste", "Castillo", "Dawson", "Ellison", "Fitzgerald", "Gutierrez", "Holloway",
    "Ingram", "Jefferson", "Kowalski", "Lindgren", "McAllister", "Nakamura", "Okafor", "Patel",
    "Quinones", "Ramirez", "Sorensen", "Thibodeaux", "Underwood", "Vasquez", "Whitfield", "Yamada",
    "Zimmerman", "Brennan", "Choudhury", "DeLuca", "Espinoza", "Fontaine", "Greer", "Hargrove",
    "Iverson", "Jankowski", "Kaur", "Lombardi", "Mbeki", "Nguyen", "Ortega", "Pruitt", "Reyes",
    "Stanton", "Trujillo", "Vance", "Washington", "Alvarado", "Bishop", "Coleman", "Duarte", "Hale",
]


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def candidate(rng: random.Random) -> dict:
    """The mailbox owner: name and personal address."""
    first, last = person(rng)
    pat = rng.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{f}_{l}{n}", "{l}.{f}"])
    local = pat.format(f=first.lower(), l=last.lower(), fi=first[0].lower(), n=rng.randint(1, 99))
    host = rng.choice(["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me",
                       "hotmail.com", "aol.com"])
    return {"first": first, "last": last, "full": f"{first} {last}", "addr": f"{local}@{host}"}


# --- roles and requisitions ------------------------------------------------------------------

ROLES = {
    "tech": ["Software Engineer II", "Senior Data Analyst", "Cloud Support Engineer",
             "Site Reliability Engineer", "Business Intelligence Developer", "IT Service Desk Analyst",
             "Product Manager, Payments", "QA Automation Engineer", "Cybersecurity Analyst I",
             "Staff Backend Engineer", "Solutions Architect", "Data Engineer III"],
    "health": ["Registered Nurse - Med/Surg", "Patient Access Representative", "Pharmacy Technician",
               "Medical Assistant", "Clinical Informatics Specialist", "Respiratory Therapist",
               "Unit Secretary", "Revenue Cycle Analyst", "Certified Nursing Assistant (CNA)",
               "Surgical Technologist - Nights"],
    "retail": ["Sales Associate - Part Time", "Store Team Lead", "Assistant Store Manager",
               "Stocker - Overnight", "Cashier", "Pharmacy Clerk", "Department Supervisor",
               "Distribution Center Associate", "Visual Merchandiser", "Customer Service Desk Lead"],
    "corp": ["Financial Analyst", "Operations Manager", "Logistics Coordinator", "HR Generalist",
             "Procurement Specialist", "Claims Adjuster Trainee", "Compliance Associate",
             "Project Coordinator", "Mechanical Engineer I", "Supply Chain Planner",
             "Account Executive", "Customer Success Manager"],
    "gov": ["Administrative Assistant II", "Environmental Specialist", "Eligibility Worker I",
            "Civil Engineer - Transportation", "Program Analyst", "Library Associate",
            "Accountant Auditor 2", "Park Ranger (Seasonal)", "Public Health Nurse",
            "IT Systems Administrator"],
}


def role(rng: random.Random, kind: str) -> str:
    return rng.choice(ROLES.get(kind, ROLES["corp"]))


def req(rng: random.Random) -> str:
    style = rng.randrange(6)
    if style == 0:
        return f"R{rng.randint(100000, 999999)}"
    if style == 1:
        return f"JR-{rng.randint(10000, 99999)}"
    if style == 2:
        return f"{rng.randint(2024, 2026)}-{rng.randint(1000, 99999):05d}"
    if style == 3:
        return f"REQ{rng.randint(1000, 9999)}"
    if style == 4:
        return f"Job ID {rng.randint(100000, 9999999)}"
    return f"#{rng.randint(10000, 99999)}BR"


def strip_req(r: str) -> str:
    return r.replace("Job ID ", "")


# --- ATS / job-board identities (invented vendors) -------------------------------------------

ATS_RELAYS = [
    "talentpath-mail.com", "hcm-notify.net", "recruitwell-messages.com", "applyforge.io",
    "careerstack-mailer.com", "peoplegrid.email", "hireloop-notify.com", "staffsphere.net",
    "candidatecloud.io", "jobvault-ats.com",
]
BOARDS = [
    ("JobHarbor", "jobharbor.com"), ("Careerly", "careerly.io"), ("WorkScout", "workscout.com"),
    ("HireLane", "hirelane.com"), ("RoleWay", "roleway.co"), ("TalentMarket", "talentmarket.com"),
    ("OpenShift Jobs", "openshiftjobs.net"), ("NextRung", "nextrung.com"),
]
VIDEO = [("VidScreen", "vidscreen.io"), ("OnCue Interviews", "oncue-interviews.com"),
         ("ClipHire", "cliphire.com"), ("FrameFit Assess", "framefit.app")]


def ats_sender(rng: random.Random, comp: str) -> tuple[str, str]:
    """Display name and address for an employer's automated recruiting mail."""
    name = rng.choice([f"{comp} Careers", f"Careers at {comp}", f"{comp} Recruiting", f"{comp}",
                       f"{comp} Talent Acquisition", f"Jobs at {comp}", f"{comp} Human Resources",
                       f"{comp} Hiring Team", "Do Not Reply", f"{comp} via {rng.choice(['TalentPath', 'HireLoop', 'PeopleGrid'])}"])
    if rng.random() < 0.55:
        local = rng.choice(["no-reply", "noreply", "donotreply", "notifications", "careers", "jobs"])
        addr = f"{local}+{slug(comp)[:10]}@{rng.choice(ATS_RELAYS)}" if rng.random() < 0.4 else \
            f"{slug(comp)[:14]}@{rng.choice(ATS_RELAYS)}"
    else:
        addr = f"{rng.choice(['careers', 'talent', 'recruiting', 'hr-noreply', 'no-reply', 'jobs'])}@{domain(comp, rng)}"
    return name, addr


def recruiter_sender(rng: random.Random, comp: str) -> tuple[str, str, str]:
    """A named recruiter at the employer: (display name, address, signature block)."""
    first, last = person(rng)
    dom = domain(comp, rng)
    addr = rng.choice([f"{first.lower()}.{last.lower()}@{dom}", f"{first[0].lower()}{last.lower()}@{dom}"])
    title = rng.choice(["Senior Talent Acquisition Partner", "Recruiter", "Technical Recruiter",
                        "Talent Acquisition Specialist", "Corporate Recruiter", "Lead Recruiter, Early Careers",
                        "Recruiting Coordinator", "Sr. Recruiter | Enterprise Functions",
                        "Healthcare Recruiter", "Talent Advisor"])
    phone = f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    sig = rng.choice([
        f"{first} {last}\n{title}\n{comp}\n{phone}",
        f"{first} {last} | {title}\n{comp}\nO: {phone}",
        f"--\n{first} {last}\n{title}, {comp}\n{addr}",
        f"{first}\n\n{first} {last} (she/her)\n{title}\n{comp}" if rng.random() < 0.5 else f"{first}\n\n{first} {last} (he/him)\n{title}\n{comp}",
        f"Best,\n{first} {last}",
    ])
    disp = rng.choice([f"{first} {last}", f"{last}, {first}", f"{first} {last} ({comp})"])
    return disp, addr, sig


def first_of(disp: str) -> str:
    """First name from a recruiter display name ("Ana Ruiz", "Ruiz, Ana", "Ana Ruiz (Acme)")."""
    if "," in disp.split("(")[0]:
        return disp.split(",")[1].split()[0]
    return disp.split()[0]


# --- boilerplate ----------------------------------------------------------------------------

_EEO = [
    "{c} is an Equal Opportunity Employer. All qualified applicants will receive consideration for "
    "employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
    "origin, disability, or protected veteran status.",
    "{c} is proud to be an equal opportunity workplace and an affirmative action employer. We are committed "
    "to equal employment opportunity regardless of race, color, ancestry, religion, sex, national origin, "
    "sexual orientation, age, citizenship, marital status, disability, gender identity or Veteran status.",
    "EEO/AA/Disability/Veterans. {c} participates in E-Verify.",
    "Equal Opportunity Employer: Minorities/Women/Protected Veterans/Individuals with Disabilities.",
    "We consider qualified applicants with arrest and conviction records in accordance with applicable "
    "fair chance laws.",
]
_ACCOM = [
    "If you need a reasonable accommodation during the application or interview process, contact "
    "{acc} or call {ph}.",
    "Applicants who require an accommodation to participate in the hiring process may email {acc}.",
    "Need assistance or an accommodation? Reach our Candidate Care line at {ph}, Monday-Friday, 8am-6pm CT.",
    "Reasonable accommodations are available on request for candidates taking part in all aspects of "
    "the selection process.",
]
_NOREPLY = [
    "This inbox is not monitored. Please do not reply to this message.",
    "Please do not reply to this email; replies to this address are not read.",
    "This is an automated message sent from an unmonitored mailbox.",
    "*** This is a system-generated email. Do not reply. ***",
    "Replies to this message will not be received.",
    "You are receiving this email because you applied for a position with {c}.",
    "You received this message because you created a candidate account on the {c} careers site.",
]
_PRIV = [
    "Privacy Notice: Information you submit is processed in accordance with the {c} Candidate Privacy "
    "Statement.",
    "To manage your data or delete your candidate profile, visit the Privacy Center on our careers site.",
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and "
    "may contain confidential information. If you received this in error, please notify the sender and "
    "delete it.",
    "Powered by {v}",
    "(c) {y} {c}. All rights reserved.",
]


def footer(rng: random.Random, comp: str | None, heavy: float = 0.7) -> str:
    """A legal/automated footer; comp may be None for generic senders."""
    c = comp or rng.choice(["the Company", "our client", "this employer"])
    parts: list[str] = []
    if rng.random() < heavy:
        parts.append(rng.choice(_NOREPLY))
    if comp and rng.random() < heavy * 0.8:
        parts.append(rng.choice(_EEO))
    if comp and rng.random() < heavy * 0.5:
        parts.append(rng.choice(_ACCOM))
    if rng.random() < heavy * 0.5:
        parts.append(rng.choice(_PRIV))
    text = "\n\n".join(parts)
    acc = f"accommodations@{domain(comp, rng)}" if comp else "support@example-careers.com"
    ph = f"1-8{rng.randint(0, 9)}{rng.randint(0, 9)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    vend = rng.choice(["TalentPath", "HireLoop", "PeopleGrid HCM", "ApplyForge", "StaffSphere"])
    return text.format(c=c, acc=acc, ph=ph, v=vend, y=rng.randint(2024, 2026))


def unsubscribe(rng: random.Random, brand: str) -> str:
    return rng.choice([
        f"Unsubscribe | Manage email preferences | {brand}, PO Box {rng.randint(100, 9999)}, Austin, TX",
        f"You're receiving this because you signed up for {brand} emails. Unsubscribe: https://{slug(brand)}.com/u/{rng.randint(10**6, 10**7)}",
        f"Don't want these emails? Update your notification settings or unsubscribe.\n(c) {brand} Inc.",
        f"This email was sent to you by {brand}. To stop receiving these, click unsubscribe.",
        f"{brand} | {rng.randint(100, 999)} Market St, Suite {rng.randint(100, 2000)}, San Francisco, CA | Unsubscribe",
    ])


# --- small surface helpers -------------------------------------------------------------------

GREET = ["Dear {f},", "Hi {f},", "Hello {f},", "Dear {f} {l},", "{f},", "Hello {f} {l},", "Hi there,",
         "Dear Candidate,", "Dear Applicant,", "Good afternoon {f},", "Hey {f},", "Greetings {f},"]
GREET_HUMAN = ["Hi {f},", "Hello {f},", "{f} -", "Hi {f} -", "Good morning {f},", "Hey {f},", "Dear {f},"]
SIGNOFF = ["Sincerely,", "Best regards,", "Regards,", "Thank you,", "Best,", "Warm regards,",
           "Respectfully,", "Kind regards,", "Thanks again,", "All the best,"]


def greet(rng: random.Random, cand: dict, human: bool = False) -> str:
    return rng.choice(GREET_HUMAN if human else GREET).format(f=cand["first"], l=cand["last"])


def pick(rng: random.Random, seq: Sequence[str], **kw: str) -> str:
    return rng.choice(seq).format(**kw) if kw else rng.choice(seq)


def prefix_subject(rng: random.Random, subj: str, p_ext: float = 0.08) -> str:
    if rng.random() < p_ext:
        subj = "[External] " + subj
    return subj


def reply_subject(rng: random.Random, subj: str) -> str:
    return rng.choice(["Re: ", "RE: ", "Re: ", "AW: ", "Re: Re: "]) + subj


def date_str(rng: random.Random) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    d, m = rng.choice(days), rng.choice(months)
    return f"{d}, {m} {rng.randint(1, 28)}, {rng.randint(2025, 2026)} at {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"


def long_date(rng: random.Random) -> str:
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    return f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, {rng.choice(months)} {rng.randint(1, 28)}"


def slot_time(rng: random.Random) -> str:
    hour, half = (rng.randint(8, 11), "AM") if rng.random() < 0.5 else (rng.choice([12, 1, 2, 3, 4]), "PM")
    return f"{hour}:{rng.choice(['00', '15', '30', '45'])} {half} {rng.choice(['ET', 'CT', 'MT', 'PT', 'Eastern', 'Central'])}"


def quote(rng: random.Random, text: str, who: str, addr: str, subj: str, to: str) -> str:
    """Quoted history in one of the common client styles."""
    style = rng.randrange(3)
    if style == 0:
        lines = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        return f"On {date_str(rng)}, {who} <{addr}> wrote:\n{lines}"
    if style == 1:
        return (f"________________________________\nFrom: {who} <{addr}>\nSent: {date_str(rng)}\nTo: {to}\n"
                f"Subject: {subj}\n\n{text}")
    return (f"-----Original Message-----\nFrom: {who} [mailto:{addr}]\nSent: {date_str(rng)}\n"
            f"To: {to}\nSubject: {subj}\n\n{text}")


def to_html(rng: random.Random, text: str, brand: str, accent: str | None = None) -> str:
    """Render plain paragraphs as a simple table-layout HTML email."""
    color = accent or rng.choice(["#0b5394", "#1d6f42", "#6a1b9a", "#c62828", "#00838f", "#37474f"])
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(
        f'<p style="margin:0 0 14px 0;font-size:14px;line-height:20px">{p.replace(chr(10), "<br>")}</p>'
        for p in paras)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{brand}</title></head>'
            f'<body style="margin:0;background:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" '
            f'cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,'
            f'Helvetica,sans-serif;color:#222"><tr><td style="background:{color};color:#fff;padding:18px 24px;'
            f'font-size:18px;font-weight:bold">{brand}</td></tr><tr><td style="padding:24px">{body}</td></tr>'
            f'</table></td></tr></table></body></html>')


def present(rng: random.Random, text: str, brand: str, p_html_only: float = 0.15,
            p_alt: float = 0.25) -> tuple[str, str | None]:
    """Decide how a body is delivered: plain, HTML with text alternative, or HTML-only."""
    r = rng.random()
    if r < p_html_only:
        return "", to_html(rng, text, brand)
    if r < p_html_only + p_alt:
        return text, to_html(rng, text, brand)
    return text, None


def join(*parts: str) -> str:
    return "\n\n".join(p.strip("\n") for p in parts if p and p.strip())


class Recorder:
    """Builds schema records with ids ``<prefix>-<family>-<n>``, counting per family."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.counts: dict[str, int] = defaultdict(int)

    def make(self, family: str, *, folder: str = "INBOX", from_name: str, from_addr: str, to_addr: str,
             subject: str, body_text: str, body_html: str | None = None, labels: Sequence[str] = (),
             company: str | None = None, topics: Sequence[str] = (), outside: Sequence[str] = (),
             lang: str = "en") -> dict:
        fam = f"{self.prefix}-{family}"
        self.counts[fam] += 1
        labels = list(dict.fromkeys(labels))
        assert ("feedback" in labels) or not topics, (fam, labels, topics)
        assert ("rejection" in labels) or not outside, (fam, labels, outside)
        return {
            "id": f"{fam}-{self.counts[fam]}", "family": fam, "folder": folder, "lang": lang,
            "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
            "body_text": body_text, "body_html": body_html, "labels": labels, "company": company,
            "topics": sorted(set(topics)), "outside_control": sorted(set(outside)),
        }
