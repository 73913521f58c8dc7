"""Shared world for writer w28: employers, people, addresses, greetings, sign-offs, footers,
quoting and HTML helpers. Used by every gen_w28_* module so that labelled and unlabelled
records share the same skeletons and only the meaning of the new text decides the label."""

from __future__ import annotations

import random
import re

# (name, industry, country-ish tld)
COMPANIES: list[tuple[str, str, str]] = [
    ("Brackenridge Analytics", "tech", "com"), ("Quillfeather Labs", "tech", "io"),
    ("Ostrava Logistics", "logistics", "cz"), ("Harbourline Freight", "logistics", "co.uk"),
    ("Pennywort Bank", "finance", "co.uk"), ("Calder & Vine", "law", "com"),
    ("Mirelle Cosmetics", "retail", "fr"), ("Tidewater Health", "health", "org"),
    ("Saltmarsh Studio", "design", "com"), ("Juniper Row Games", "games", "com"),
    ("Kestrel Avionics", "engineering", "com"), ("Fennimore Insurance", "finance", "com"),
    ("Lindqvist Maritime", "logistics", "se"), ("Orchard Lane Schools", "education", "org.uk"),
    ("Copperleaf Energy", "energy", "com"), ("Vantor Robotics", "tech", "de"),
    ("Grünfeld Systemhaus", "tech", "de"), ("Atelier Roussel", "design", "fr"),
    ("Bodega Ribera Alta", "food", "es"), ("Nimbusgate Cloud", "tech", "io"),
    ("Pellucid Optics", "engineering", "com"), ("Marrowbone Kitchens", "food", "co.uk"),
    ("Sable Creek Pharma", "pharma", "com"), ("Thistledown Media", "media", "co.uk"),
    ("Wexford Mutual", "finance", "ie"), ("Alderbrook Consulting", "consulting", "com"),
    ("Riverbend Credit Union", "finance", "org"), ("Helioform Solar", "energy", "com"),
    ("Castellan Security", "tech", "com"), ("Umberfield Architects", "design", "co.uk"),
    ("Dovetail Furniture", "retail", "com"), ("Parallax Payments", "finance", "io"),
    ("Gristmill Foods", "food", "com"), ("Hollowpine Outdoor", "retail", "ca"),
    ("Ardent Biosciences", "pharma", "com"), ("Lumen & Rye Bakery", "food", "com"),
    ("Sternwarte Versicherung", "finance", "de"), ("Cabinet Delorme Avocats", "law", "fr"),
    ("Fundación Marea Azul", "ngo", "org"), ("Talleres Iruña", "engineering", "es"),
    ("Okapi Mobility", "tech", "com"), ("Bramblewood Care Homes", "health", "co.uk"),
    ("Northcote Publishing", "media", "com"), ("Zephyrline Airways", "travel", "com"),
    ("Cindergate Studios", "games", "com"), ("Meadowsweet Dairy", "food", "ie"),
    ("Ironbark Mining", "energy", "com.au"), ("Kowhai Software", "tech", "co.nz"),
    ("Palisade Data", "tech", "com"), ("Rookwood Estates", "property", "co.uk"),
    ("Silverthorn Hotels", "travel", "com"), ("Tamarind Travel", "travel", "in"),
    ("Wolframite Engineering", "engineering", "de"), ("Yarrow Health Tech", "health", "com"),
    ("Ashgrove Housing", "ngo", "org.uk"), ("Bellweather Research", "consulting", "com"),
    ("Corvid Cyber", "tech", "com"), ("Driftwood Marketing", "media", "com"),
    ("Emberlight Theatre", "arts", "org"), ("Foxglove Pharmacy", "health", "co.uk"),
    ("Glasshouse Ventures", "finance", "com"), ("Hawthorn Legal", "law", "co.uk"),
    ("Inkwell Learning", "education", "com"), ("Jadeport Trading", "logistics", "sg"),
    ("Kittiwake Ferries", "travel", "co.uk"), ("Larchmont Retail Group", "retail", "com"),
    ("Mistral Wind Power", "energy", "fr"), ("Nettlebed Brewery", "food", "co.uk"),
    ("Oakhaven Veterinary", "health", "com"), ("Plover Fintech", "finance", "com"),
    ("Quarrystone Construction", "construction", "com"), ("Redshank Analytics", "tech", "com"),
    ("Sundial Clinics", "health", "com"), ("Teasel Textiles", "retail", "pt"),
    ("Upland Water", "utilities", "co.uk"), ("Verdigris Labs", "tech", "com"),
    ("Wrenfield Bank", "finance", "com"), ("Yellowhammer Foods", "food", "com"),
    ("Zinnia Florals", "retail", "nl"), ("Anselm & Crowe", "consulting", "com"),
    ("Birchmoor Academy Trust", "education", "org.uk"), ("Cobalt Harbor Systems", "tech", "com"),
    ("Delphine Aerospace", "engineering", "fr"), ("Eastgate Pharmacy Group", "health", "com"),
    ("Fairlight Films", "media", "com"), ("Goldcrest Partners", "finance", "com"),
    ("Heronsgate Hospital", "health", "nhs.uk"), ("Isola Design Studio", "design", "it"),
    ("Juno Mobility", "tech", "com"), ("Kelpie Logistics", "logistics", "com.au"),
    ("Lanternfish Games", "games", "com"), ("Marigold Childcare", "education", "com"),
    ("Nightjar Audio", "tech", "com"), ("Obsidian Risk", "finance", "com"),
    ("Pinecroft Dental", "health", "com"), ("Quayside Shipping", "logistics", "com"),
    ("Rainier Outfitters", "retail", "com"), ("Seabright Energy", "energy", "com"),
    ("Tern Point Capital", "finance", "com"), ("Umbra Visual Effects", "media", "com"),
    ("Valerian Biotech", "pharma", "ch"), ("Westmarch Council", "government", "gov.uk"),
    ("Xylem Street Agency", "media", "com"), ("Yewtree Accountants", "finance", "co.uk"),
    ("Zamora Ingeniería", "engineering", "es"), ("Auerhahn Maschinenbau", "engineering", "de"),
    ("Bäckerei Lindemann", "food", "de"), ("Cooperativa Sol Naciente", "food", "es"),
    ("Dumont Énergie", "energy", "fr"), ("Estudio Alameda", "design", "mx"),
    ("Feldberg Kliniken", "health", "de"), ("Groupe Valmont", "consulting", "fr"),
    ("Hacienda Tech", "tech", "es"), ("Institut Lumière Santé", "health", "fr"),
    ("Jungfrau Software AG", "tech", "ch"), ("Kaffeehaus Brenner", "food", "at"),
    ("Librería Cervantes", "retail", "es"), ("Maison Berthier", "retail", "fr"),
    ("Nordlicht Medien", "media", "de"), ("Olivares Abogados", "law", "es"),
    ("Papeterie Colbert", "retail", "fr"), ("Quelle Wasserwerke", "utilities", "de"),
    ("Rhein-Main Logistik", "logistics", "de"), ("Société Gaillard", "construction", "fr"),
    ("Tecnologías Brisa", "tech", "cl"), ("Uhrwerk Digital", "tech", "de"),
    ("Viñedos del Duero", "food", "es"), ("Weidmann Pharma", "pharma", "de"),
    ("Abernethy Foods", "food", "com"), ("Bluefin Analytics", "tech", "com"),
    ("Carrick Renewables", "energy", "ie"), ("Dunmore Hospitality", "travel", "com"),
    ("Elmstead Robotics", "tech", "com"), ("Fernhill Veterinary", "health", "co.uk"),
    ("Gannet Data Co", "tech", "com"), ("Hollins Rail", "logistics", "co.uk"),
    ("Ivybridge Software", "tech", "com"), ("Jackdaw Creative", "media", "com"),
    ("Kingsmere Wealth", "finance", "com"), ("Lockwood Semiconductors", "engineering", "com"),
    ("Moorhen Education", "education", "com"), ("Nutmeg & Clove", "food", "com"),
    ("Oriel Museum Trust", "arts", "org"), ("Peregrine Telecom", "tech", "com"),
    ("Quince Legal Tech", "tech", "com"), ("Rosewell Nursing", "health", "com"),
    ("Starling Grid", "energy", "com"), ("Tollgate Auto", "retail", "com"),
    ("Uplift Charity", "ngo", "org"), ("Vesper Cloudworks", "tech", "com"),
    ("Whinchat Insights", "consulting", "com"), ("Yardarm Marine", "engineering", "com"),
    ("Zestful Meals", "food", "com"), ("Arclight Semantics", "tech", "ai"),
    ("Bowline Payroll", "finance", "com"), ("Crestmoor Retail", "retail", "com"),
    ("Daybreak Medical", "health", "com"), ("Eskerfield Labs", "tech", "com"),
]

FIRST = [
    "Amelia", "Tomasz", "Priya", "Declan", "Ingrid", "Mateo", "Chloé", "Yusuf", "Hannah", "Kenji",
    "Ruth", "Oluwaseun", "Freya", "Ravi", "Siobhan", "Lars", "Beatriz", "Marcus", "Naledi", "Elif",
    "Gareth", "Mei", "Anders", "Lucía", "Femi", "Johanna", "Rory", "Aisha", "Pierre", "Nadia",
    "Callum", "Svetlana", "Diego", "Harriet", "Tobias", "Zainab", "Owen", "Paula", "Hiroshi",
    "Bronwyn", "Samir", "Greta", "Eamon", "Valentina", "Kwame", "Maren", "Felix", "Imogen",
    "Arjun", "Léa", "Björn", "Carmen", "Dominic", "Esther", "Gustavo", "Hyun-woo", "Isla", "Jonas",
    "Katarzyna", "Leon", "Miriam", "Niamh", "Orla", "Pedro", "Quentin", "Rosa", "Stefan", "Thandiwe",
]
LAST = [
    "Whitcombe", "Nowak", "Raman", "Gallagher", "Solberg", "Herrera", "Marchand", "Demir", "Fisher",
    "Watanabe", "Okafor", "Lindgren", "Patel", "Byrne", "Castillo", "Hughes", "Dlamini", "Yilmaz",
    "Pritchard", "Zhang", "Eriksen", "Moreno", "Adeyemi", "Becker", "Doyle", "Khan", "Lefebvre",
    "Rahimi", "McAllister", "Ivanova", "Ortega", "Ashworth", "Vogel", "Hassan", "Tremblay", "Sousa",
    "Nakamura", "Llewellyn", "Haddad", "Schulz", "Kowalczyk", "Baptiste", "Fernández", "Holm",
    "Mensah", "Brennan", "Weber", "Dubois", "Romero", "Sato", "Kaur", "Ferreira", "Novak", "Quinn",
]

CANDIDATE_FIRST = ["Alex", "Sam", "Jordan", "Robin", "Maya", "Daniel", "Leonie", "Chris", "Noor",
                   "Tom", "Elena", "Ben", "Sofia", "Jamie", "Kiran", "Lena", "Matt", "Ana", "Joe", "Ines"]
CANDIDATE_LAST = ["Carter", "Morgan", "Okoye", "Lindahl", "Fraser", "Schäfer", "Dupont", "Reyes",
                  "Bennett", "Sharma", "Kowalski", "Hale", "Moreau", "Vidal", "Ellis", "Nguyen"]
MAIL_HOSTS = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "yahoo.co.uk", "gmx.de",
              "icloud.com", "hotmail.com", "posteo.de", "orange.fr"]

ROLES = [
    "Backend Engineer", "Senior Data Analyst", "Product Designer", "Marketing Manager",
    "Site Reliability Engineer", "Financial Controller", "Staff Nurse", "Junior Solicitor",
    "Frontend Developer", "UX Researcher", "Supply Chain Planner", "Account Executive",
    "Machine Learning Engineer", "Operations Manager", "Content Strategist", "QA Engineer",
    "Head of Product", "Graduate Engineer", "Customer Success Lead", "Embedded Software Engineer",
    "Brand Designer", "Data Engineer", "HR Business Partner", "Project Manager", "Mobile Developer",
    "Engineering Manager", "Security Analyst", "Sales Development Representative", "Paralegal",
    "Clinical Research Associate", "Teacher of Mathematics", "Quantity Surveyor", "Art Director",
    "Platform Engineer", "Business Analyst", "Copywriter", "Solutions Architect", "Store Manager",
]
ROLES_DE = ["Softwareentwickler (m/w/d)", "Controller (m/w/d)", "UX-Designerin / UX-Designer",
            "Projektleiter Bau (m/w/d)", "Data Scientist (m/w/d)", "Sachbearbeiter Einkauf (m/w/d)",
            "Vertriebsingenieur (m/w/d)", "Teamleitung Kundenservice"]
ROLES_FR = ["Développeur back-end H/F", "Chef de projet digital", "Contrôleur de gestion H/F",
            "Designer produit", "Ingénieur DevOps H/F", "Chargée de communication", "Juriste d'affaires",
            "Responsable logistique"]
ROLES_ES = ["Desarrollador/a Full Stack", "Analista de datos", "Diseñador/a UX", "Jefe/a de proyecto",
            "Técnico/a de mantenimiento", "Responsable de marketing", "Ingeniero/a de calidad",
            "Asesor/a jurídico/a"]

ATS_RELAYS = ["mail.hirelattice.com", "notify.rolepath.io", "jobs-noreply.talentwharf.net",
              "candidates.pipelane.com", "ats.recruitbeam.eu", "no-reply.staffvector.com",
              "mailer.applyhive.io", "updates.cvharbor.com"]
AGENCIES = [("Meridian Talent Partners", "meridiantalent.co.uk"), ("Northstar Search", "northstarsearch.com"),
            ("Keel & Compass Recruitment", "keelcompass.com"), ("Blue Heron Staffing", "blueheronstaff.com"),
            ("Lattice People", "latticepeople.io"), ("Halden Executive Search", "halden-search.de")]


def slug(name: str) -> str:
    s = name.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("é", "e"), ("è", "e"), ("í", "i"), ("ñ", "n"),
                 ("ó", "o"), ("á", "a"), ("ç", "c"), ("É", "e"), ("&", "and")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "", s)


class Person:
    def __init__(self, rng: random.Random, company: str | None = None, tld: str = "com") -> None:
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        dom = f"{slug(company)[:18]}.{tld}" if company else rng.choice(MAIL_HOSTS)
        style = rng.randrange(3)
        local = (f"{slug(self.first)}.{slug(self.last)}" if style == 0 else
                 f"{slug(self.first)[0]}{slug(self.last)}" if style == 1 else slug(self.first))
        self.addr = f"{local}@{dom}"


def employer(rng: random.Random, kinds: tuple[str, ...] | None = None) -> tuple[str, str, str]:
    pool = [c for c in COMPANIES if kinds is None or c[1] in kinds] or COMPANIES
    return rng.choice(pool)


def candidate(rng: random.Random) -> tuple[str, str]:
    f, l = rng.choice(CANDIDATE_FIRST), rng.choice(CANDIDATE_LAST)
    sep = rng.choice([".", "", "_"])
    return f"{f} {l}", f"{slug(f)}{sep}{slug(l)}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(MAIL_HOSTS)}"


def sender(rng: random.Random, company: str, tld: str, lang: str = "en") -> tuple[str, str, str]:
    """Return (display name, address, signature) for employer mail: a person, a team box or an ATS relay."""
    kind = rng.randrange(5)
    p = Person(rng, company, tld)
    team_word = {"en": rng.choice(["Recruiting", "Careers", "Talent", "Hiring Team", "People Team", "Jobs"]),
                 "de": rng.choice(["Recruiting", "Karriere", "Personalabteilung", "HR"]),
                 "fr": rng.choice(["Recrutement", "Carrières", "RH"]),
                 "es": rng.choice(["Selección", "Empleo", "RRHH", "Talento"])}[lang]
    if kind <= 1:
        title = rng.choice(TITLES[lang])
        sig = f"{p.name}\n{title} | {company}" if rng.random() < .6 else f"{p.first}\n{title}, {company}"
        return p.name, p.addr, sig
    if kind == 2:
        box = rng.choice(["careers", "jobs", "recruiting", "talent", "hr", "people"])
        return f"{company} {team_word}", f"{box}@{slug(company)[:18]}.{tld}", f"{p.name}\n{company} {team_word}"
    if kind == 3:
        relay = rng.choice(ATS_RELAYS)
        return f"{company} {team_word}", f"no-reply+{slug(company)[:10]}@{relay}", (f"The {company} {team_word} team" if "Team" not in team_word else f"{company} {team_word}") if lang == "en" else f"{company} – {team_word}"
    return f"{p.name} ({company})", f"{slug(p.first)}@{slug(company)[:18]}.{tld}", f"{p.first}"


TITLES = {
    "en": ["Talent Acquisition Partner", "Recruiter", "Senior Recruiter", "Engineering Manager",
           "Head of Design", "People Partner", "Hiring Manager", "Recruitment Coordinator",
           "Director of Operations", "Technical Recruiter", "Head of Data", "Practice Manager"],
    "de": ["Recruiterin", "Personalreferent", "Teamleiter Entwicklung", "HR Business Partnerin",
           "Leitung Personal"],
    "fr": ["Chargée de recrutement", "Responsable RH", "Talent Acquisition Manager", "Directeur technique"],
    "es": ["Técnica de selección", "Responsable de RRHH", "Talent Acquisition", "Director de tecnología"],
}

GREET = {
    "en": ["Hi {n},", "Hello {n},", "Dear {n},", "Hey {n},", "{n},", "Good afternoon {n},",
           "Hi {n} -", "Dear {n} {l},", "Morning {n},", "Hi there {n},",
           "Hello again {n},", "Dear Mx {l},", "Hi {n}!", "Hey {n} 👋", "Dear Candidate,"],
    "de": ["Hallo {n},", "Liebe/r {n},", "Guten Tag {n} {l},", "Sehr geehrte/r {n} {l},", "Hi {n},"],
    "fr": ["Bonjour {n},", "Cher/Chère {n},", "Bonjour {n} {l},", "Madame, Monsieur,", "Salut {n},"],
    "es": ["Hola {n}:", "Estimado/a {n}:", "Buenos días, {n}:", "Hola {n},", "Apreciado/a {n} {l}:"],
}
SIGNOFF = {
    "en": ["Best,", "Kind regards,", "All the best,", "Thanks,", "Warm wishes,", "Cheers,",
           "Best wishes,", "Regards,", "Many thanks,", "Speak soon,", "Take care,", "—",
           "With best regards,", "Thanks again,", "Yours sincerely,", "Sincerely,", "Best regards,", "Warmly,"],
    "de": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "Herzliche Grüße", "VG"],
    "fr": ["Bien à vous,", "Cordialement,", "Belle journée,", "Bien cordialement,", "À bientôt,"],
    "es": ["Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,", "Gracias y saludos,"],
}
FOOTERS = {
    "en": [
        "", "", "",
        "This email and any attachments are confidential and intended solely for the addressee.",
        "{c} is an equal opportunity employer. We process candidate data in line with our privacy notice.",
        "You are receiving this because you applied for a role at {c}. Manage your candidate data: privacy@{d}",
        "Registered in England and Wales. Registered office: 4 Mill Yard, Leeds LS2 7EQ.",
        "Please consider the environment before printing this email.",
        "Sent from my iPhone",
        "--\nThis message was sent via our recruiting system. Replies to this address are not monitored.",
        "Unsubscribe from candidate updates: https://{d}/candidate/prefs",
    ],
    "de": ["", "", "{c} | Sitz der Gesellschaft: Frankfurt am Main | Amtsgericht HRB 48213",
           "Diese E-Mail kann vertrauliche Informationen enthalten.", "Datenschutzhinweise: https://{d}/datenschutz"],
    "fr": ["", "", "{c} – SAS au capital de 50 000 € – RCS Lyon",
           "Ce message et ses pièces jointes sont confidentiels.", "Pour exercer vos droits RGPD : dpo@{d}"],
    "es": ["", "", "Este mensaje es confidencial. Si lo ha recibido por error, elimínelo.",
           "{c} – Política de privacidad: https://{d}/privacidad", "Enviado desde mi móvil"],
}

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def a_date(rng: random.Random) -> str:
    return f"{rng.choice(DAYS)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} 2026"


def a_slot(rng: random.Random) -> str:
    return f"{rng.choice(DAYS_LONG)} {rng.randint(1, 28)} {rng.choice(MONTHS)} at {rng.choice(['9:30', '10:00', '11:15', '13:00', '14:30', '15:45', '16:00'])}"


def greet(rng: random.Random, lang: str, cand_name: str) -> str:
    f, l = cand_name.split(" ", 1)
    return rng.choice(GREET[lang]).format(n=f, l=l)


PERSONAL_FOOT = ["", "", "", "", "Sent from my iPhone", "Get Outlook for Android", "Sent from Proton Mail mobile",
                 "Enviado desde mi móvil", "Von meinem Smartphone gesendet"]


def footer(rng: random.Random, lang: str, company: str | None, tld: str = "com") -> str:
    if company is None:  # private people and non-employers get a phone line at most, never an employer footer
        f = rng.choice(PERSONAL_FOOT)
        return f if f in ("", "Sent from my iPhone", "Get Outlook for Android", "Sent from Proton Mail mobile") or (
            lang == "es" and f.startswith("Env")) or (lang == "de" and f.startswith("Von")) else ""
    c = company
    return rng.choice(FOOTERS[lang]).format(c=c, d=f"{slug(c)[:18]}.{tld}")


def letter(rng: random.Random, lang: str, cand_name: str, paras: list[str], sig: str,
           company: str | None = None, tld: str = "com", greeting: bool = True) -> str:
    parts = []
    if greeting:
        parts.append(greet(rng, lang, cand_name))
    parts.extend(p for p in paras if p)
    parts.append(f"{rng.choice(SIGNOFF[lang])}\n{sig}" if sig else rng.choice(SIGNOFF[lang]))
    foot = footer(rng, lang, company, tld)
    if foot:
        parts.append(foot)
    return "\n\n".join(parts)


def quote(rng: random.Random, lang: str, text: str, who: str, addr: str) -> str:
    """Quoted history under a reply, in a mail client's style."""
    d = a_date(rng)
    style = rng.randrange(3)
    if style == 0 or lang != "en" and style == 2:
        intro = {"en": f"On {d}, {who} <{addr}> wrote:",
                 "de": f"Am {d} schrieb {who} <{addr}>:",
                 "fr": f"Le {d}, {who} <{addr}> a écrit :",
                 "es": f"El {d}, {who} <{addr}> escribió:"}[lang]
        return intro + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    if style == 1:
        hdr = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
               "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado", "Para", "Asunto")}[lang]
        return ("-----Original Message-----\n" if rng.random() < .4 else "________________________________\n") + \
            f"{hdr[0]}: {who} <{addr}>\n{hdr[1]}: {d} {rng.randint(8, 18)}:{rng.choice(['02', '17', '40', '55'])}\n" \
            f"{hdr[2]}: you\n{hdr[3]}: (previous message)\n\n" + text
    return f"---- On {d} {who} wrote ----\n" + "\n".join("> " + ln for ln in text.split("\n"))


def to_html(text: str, rng: random.Random, brand: str | None = None) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</p>\n"
                   for p in paras)
    head = f'<div style="font-weight:bold;font-size:18px;color:#2b4a6f">{brand}</div>\n' if brand and rng.random() < .6 else ""
    wrap = rng.randrange(3)
    if wrap == 0:
        return f"<html><body style=\"font-family:Arial,sans-serif\">\n{head}{body}</body></html>"
    if wrap == 1:
        return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><table width=\"600\" align=\"center\"><tr><td>\n{head}{body}</td></tr></table></body></html>"
    return f"<div dir=\"ltr\">{head}{body}</div>"


def record(fam: str, n: int, *, folder: str = "INBOX", lang: str = "en", from_name: str, from_addr: str,
           to_addr: str, subject: str, body: str, labels: list[str], company: str | None,
           topics: list[str] | None = None, oc: list[str] | None = None, html_mode: str = "text",
           rng: random.Random | None = None, brand: str | None = None) -> dict:
    """Build a schema record. html_mode: text | both | only."""
    body_html = None
    body_text = body
    if html_mode != "text" and rng is not None:
        body_html = to_html(body, rng, brand)
        if html_mode == "only":
            body_text = ""
    topics = sorted(set(topics or [])) if "feedback" in labels else []
    oc = sorted(set(oc or [])) if "rejection" in labels else []
    return {"id": f"{fam}-{n}", "family": fam, "folder": folder, "lang": lang, "from_name": from_name,
            "from_addr": from_addr, "to_addr": to_addr, "subject": subject, "body_text": body_text,
            "body_html": body_html, "labels": sorted(set(labels)), "company": company,
            "topics": topics, "outside_control": oc}


def html_mode(rng: random.Random, p_only: float = .08, p_both: float = .15) -> str:
    r = rng.random()
    return "only" if r < p_only else "both" if r < p_only + p_both else "text"


def req_no(rng: random.Random) -> str:
    return rng.choice([f"REQ-{rng.randint(1000, 9999)}", f"#{rng.randint(10000, 99999)}",
                       f"JR{rng.randint(100000, 999999)}", f"R-{rng.randint(100, 999)}-{rng.choice('ABCDEFG')}"])


def subj_prefix(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < .12:
        return "[External] " + s
    if r < .16:
        return "[EXT] " + s
    return s
