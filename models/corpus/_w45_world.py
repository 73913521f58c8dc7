"""w45: invented employers, people, vendors and small formatting helpers (standard library only)."""

from __future__ import annotations

import datetime as _dt
import random

# (display name, domain slug)
COMPANIES_EN = [
    ("Hollis Marine", "hollismarine"), ("Brackenridge Analytics", "brackenridge-analytics"),
    ("Quillfeather Press", "quillfeather"), ("Larchmont Health Partners", "larchmonthealth"),
    ("Tessaract Robotics", "tessaract-robotics"), ("Oakhurst Mutual", "oakhurstmutual"),
    ("Pinegrove Logistics", "pinegrove-log"), ("Saltmarsh Energy", "saltmarshenergy"),
    ("Copperline Foods", "copperlinefoods"), ("Veridian Cloudworks", "veridiancloud"),
    ("Kestrel & Finch Architects", "kestrelfinch"), ("Marrow Street Bank", "marrowstreet"),
    ("Glasswing Games", "glasswinggames"), ("Northbeam Pharma", "northbeampharma"),
    ("Redfern Outdoor Co.", "redfernoutdoor"), ("Ashcombe University Hospitals", "ashcombe-uh"),
    ("Lumen Ridge Software", "lumenridge"), ("Harrowgate Insurance", "harrowgate-ins"),
    ("Bellweather Retail Group", "bellweather-retail"), ("Clearwater Transit Authority", "clearwatertransit"),
    ("Oriel Data Systems", "orieldata"), ("Fennimore & Blake LLP", "fennimoreblake"),
    ("Stillwater Biotech", "stillwaterbio"), ("Cobaltway Payments", "cobaltway"),
    ("Greyhaven Media", "greyhavenmedia"), ("Wexford Engineering", "wexford-eng"),
    ("Summit Loom Apparel", "summitloom"), ("Meridian Grain Cooperative", "meridiangrain"),
    ("Tidewell Water", "tidewellwater"), ("Brightmoor Learning", "brightmoorlearning"),
    ("Halcyon Freight", "halcyonfreight"), ("Ironbark Security", "ironbarksec"),
    ("Pellucid Labs", "pellucidlabs"), ("Rowan Hill Hotels", "rowanhillhotels"),
    ("Cinderfield Aerospace", "cinderfield-aero"), ("Maplestone Credit Union", "maplestonecu"),
]

COMPANIES_DE = [
    ("Brunnhofer Maschinenbau", "brunnhofer"), ("Elbwerk Logistik", "elbwerk-logistik"),
    ("Kranich Versicherung", "kranich-vers"), ("Haselbach Medizintechnik", "haselbach-med"),
    ("Stadtwerke Lindenau", "sw-lindenau"), ("Nordlicht Software", "nordlicht-sw"),
    ("Falkenried Bau", "falkenried-bau"), ("Weidmann & Söhne Feinkost", "weidmann-feinkost"),
    ("Rheinkiesel Energie", "rheinkiesel"), ("Alpenglas Optik", "alpenglas"),
    ("Mühlstein Verlag", "muehlstein-verlag"), ("Quellwerk Pharma", "quellwerk"),
]
COMPANIES_FR = [
    ("Maison Verlaine", "maison-verlaine"), ("Ardoise Conseil", "ardoise-conseil"),
    ("Groupe Belcourt", "groupe-belcourt"), ("Lumière Boréale Studios", "lumiereboreale"),
    ("Vignoble Castelnau", "castelnau-vins"), ("Oréade Assurances", "oreade-assurances"),
    ("Transports Morvan", "transports-morvan"), ("Cassiopée Santé", "cassiopee-sante"),
    ("Atelier Sablier", "atelier-sablier"), ("Nacre Technologies", "nacre-tech"),
    ("Banque Rivemont", "rivemont"), ("Papeterie du Vercors", "papeterie-vercors"),
]
COMPANIES_ES = [
    ("Grupo Alcaraván", "alcaravan"), ("Bodegas Peñasco", "bodegaspenasco"),
    ("Finanzas Mirasol", "mirasol-fin"), ("Logística Tramontana", "tramontana-log"),
    ("Clínica Arenal", "clinicaarenal"), ("Estudio Cardumen", "cardumen"),
    ("Energías del Cierzo", "cierzo-energia"), ("Seguros Albahaca", "seguros-albahaca"),
    ("Tecnologías Quetzal", "quetzal-tech"), ("Hoteles Marisma", "hotelesmarisma"),
    ("Editorial Garúa", "editorialgarua"), ("Aceros del Norte Robledal", "robledal-aceros"),
]

ROLES = {
    "en": ["Senior Backend Engineer", "Data Analyst", "Product Designer", "Marketing Coordinator",
           "Customer Success Manager", "Financial Analyst", "Site Reliability Engineer",
           "Registered Nurse – Day Shift", "Supply Chain Planner", "Technical Writer",
           "HR Business Partner", "Account Executive", "QA Automation Engineer", "Paralegal",
           "Operations Manager", "Machine Learning Engineer", "Procurement Specialist",
           "Frontend Developer", "Project Manager", "Controls Engineer", "Content Strategist",
           "Staff Accountant", "Platform Engineer", "Clinical Research Associate"],
    "de": ["Softwareentwickler (m/w/d) Java", "Sachbearbeiter Buchhaltung (m/w/d)",
           "Projektleiterin / Projektleiter Bau", "Data Engineer (w/m/d)", "Vertriebsinnendienst (m/w/d)",
           "Personalreferent (m/w/d)", "Elektroniker für Betriebstechnik (m/w/d)",
           "Produktmanager:in Digital", "Controller (m/w/d)", "UX Designer (w/m/d)",
           "Einkäufer (m/w/d)", "Teamleitung Kundenservice (m/w/d)"],
    "fr": ["Chargé(e) de recrutement", "Développeur Full Stack H/F", "Contrôleur de gestion H/F",
           "Chef de projet digital", "Comptable fournisseurs H/F", "Responsable logistique",
           "Ingénieur DevOps H/F", "Assistant(e) commercial(e)", "Juriste droit social",
           "Data Scientist H/F", "Infirmier(ère) de bloc", "Acheteur(se) industriel(le)"],
    "es": ["Desarrollador/a Backend", "Analista financiero/a", "Responsable de Marketing Digital",
           "Técnico/a de Recursos Humanos", "Ingeniero/a de Datos", "Administrativo/a contable",
           "Jefe/a de Proyecto", "Diseñador/a UX/UI", "Coordinador/a de Logística",
           "Agente comercial", "Enfermero/a de planta", "Abogado/a laboralista"],
}

FIRST = {
    "en": ["Maya", "Daniel", "Priya", "Owen", "Chloe", "Marcus", "Leah", "Tomás", "Aisha", "Ben",
           "Grace", "Ravi", "Hannah", "Jonah", "Sofia", "Ethan", "Nadia", "Caleb", "Imogen", "Luis"],
    "de": ["Jana", "Lukas", "Miriam", "Felix", "Katrin", "Tobias", "Lea", "Jonas", "Svenja", "Matthias"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Antoine", "Claire", "Hugo", "Manon", "Yanis"],
    "es": ["Lucía", "Javier", "Carmen", "Diego", "Marta", "Álvaro", "Paula", "Sergio", "Nerea", "Andrés"],
}
LAST = {
    "en": ["Okafor", "Brennan", "Whitlock", "Desai", "Moreau", "Kowalski", "Hartley", "Nguyen",
           "Abernathy", "Castillo", "Lindqvist", "Farrow", "Osei", "Pemberton", "Yamada", "Reyes"],
    "de": ["Albrecht", "Vogt", "Kessler", "Brandt", "Hoffmann", "Lindner", "Seidel", "Krüger"],
    "fr": ["Lefèvre", "Garnier", "Rousseau", "Perrin", "Fontaine", "Chevalier", "Marchand", "Girard"],
    "es": ["Navarro", "Iglesias", "Cortés", "Ferrer", "Morales", "Gil", "Serrano", "Vidal"],
}

MAILHOSTS = ["inboxly.net", "postmerry.com", "mailcrate.org", "kitemail.net", "letterbox-mail.eu"]

# vendor key -> (product name, relay domain)
VENDORS = {
    "talentloop": ("Talentloop", "talentloop-mail.com"),
    "hirebeam": ("Hirebeam", "mail.hirebeam.io"),
    "peopleharbor": ("PeopleHarbor", "notify.peopleharbor.com"),
    "slotwise": ("Slotwise", "slotwise.app"),
    "verifact": ("Verifact Screening", "verifact-screening.com"),
    "signflow": ("Signflow", "signflow-docs.com"),
    "onboardly": ("Onboardly", "onboardly.work"),
    "pulsefeed": ("Pulsefeed", "pulsefeed-surveys.com"),
    "bewerbio": ("Bewerbio", "bewerbio.de"),
    "recrutia": ("Recrutia", "recrutia-mail.fr"),
    "seleccio": ("Selecciona+", "seleccionaplus.es"),
    "jobtrail": ("Jobtrail", "alerts.jobtrail.co"),
}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}
_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def rand_date(rng: random.Random) -> _dt.date:
    base = _dt.date(2025, 1, 6)
    d = base + _dt.timedelta(days=rng.randrange(0, 520))
    while d.weekday() >= 5:
        d += _dt.timedelta(days=1)
    return d


def fmt_date(d: _dt.date, lang: str, rng: random.Random) -> str:
    day = _DAYS[lang][d.weekday()]
    mon = _MONTHS[lang][d.month - 1]
    if lang == "en":
        return rng.choice([f"{day}, {mon} {d.day}", f"{day} {d.day} {mon}", f"{mon} {d.day}, {d.year}",
                           f"{day[:3]} {d.day} {mon[:3]}", f"{d.month:02d}/{d.day:02d}/{d.year}"])
    if lang == "de":
        return rng.choice([f"{day}, {d.day}. {mon}", f"{day}, den {d.day}. {mon} {d.year}",
                           f"{d.day:02d}.{d.month:02d}.{d.year}", f"{day[:2]}., {d.day:02d}.{d.month:02d}."])
    if lang == "fr":
        return rng.choice([f"{day} {d.day} {mon}", f"{day} {d.day} {mon} {d.year}",
                           f"{d.day:02d}/{d.month:02d}/{d.year}"])
    return rng.choice([f"{day} {d.day} de {mon}", f"{day}, {d.day} de {mon} de {d.year}",
                       f"{d.day:02d}/{d.month:02d}/{d.year}"])


def fmt_time(rng: random.Random, lang: str) -> str:
    h = rng.choice([8, 9, 10, 11, 13, 14, 15, 16, 17])
    m = rng.choice([0, 0, 15, 30, 45])
    if lang == "en":
        hh = h if h <= 12 else h - 12
        ap = "AM" if h < 12 else "PM"
        tz = rng.choice(["", " ET", " PT", " GMT", " CT", " (UTC+1)", " BST"])
        return rng.choice([f"{hh}:{m:02d} {ap}{tz}", f"{hh}:{m:02d}{ap.lower()}{tz}", f"{h:02d}:{m:02d}{tz}"])
    if lang == "de":
        return rng.choice([f"{h:02d}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d} Uhr (MEZ)"])
    if lang == "fr":
        return rng.choice([f"{h}h{m:02d}" if m else f"{h}h", f"{h:02d}:{m:02d}"])
    return rng.choice([f"{h:02d}:{m:02d} h", f"las {h}:{m:02d}", f"{h:02d}:{m:02d} (hora peninsular)"])


def token(rng: random.Random, n: int = 10) -> str:
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(n))


def ascii_slug(s: str) -> str:
    table = str.maketrans("áàâäéèêëíìîïóòôöúùûüñçß", "aaaaeeeeiiiioooouuuuncs")
    out = s.lower().translate(table)
    return "".join(ch if ch.isalnum() else "." for ch in out).strip(".").replace("..", ".")


def company_pool(lang: str):
    return {"en": COMPANIES_EN, "de": COMPANIES_DE, "fr": COMPANIES_FR, "es": COMPANIES_ES}[lang]


def make_ctx(rng: random.Random, lang: str, vendor: str | None = None, company=None) -> dict:
    """A fresh scenario: employer, role, people, dates, links."""
    cname, cslug = company or rng.choice(company_pool(lang))
    first = rng.choice(FIRST[lang]); last = rng.choice(LAST[lang])
    rf = rng.choice(FIRST[lang]); rl = rng.choice(LAST[lang])
    ifirst = rng.choice(FIRST[lang]); ilast = rng.choice(LAST[lang])
    roles = ROLES[lang]
    role = rng.choice(roles)
    role2 = rng.choice([r for r in roles if r != role])
    d1 = rand_date(rng)
    d2 = d1 + _dt.timedelta(days=rng.randint(1, 6))
    d0 = d1 - _dt.timedelta(days=rng.randint(5, 30))
    vname, vdom = VENDORS.get(vendor or "", (None, None))
    tld = {"en": rng.choice(["com", "co", "io", "org"]), "de": rng.choice(["de", "de", "at", "ch"]),
           "fr": rng.choice(["fr", "fr", "be", "com"]), "es": rng.choice(["es", "es", "com", "mx"])}[lang]
    cdom = f"{cslug}.{tld}"
    req = rng.choice(["REQ-", "JR", "R-", "#", "Req ", "ID "]) + str(rng.randint(1000, 99999))
    link_host = vdom or f"careers.{cdom}"
    techy = any(w in role for w in ("Engineer", "Developer", "Entwickler", "Data", "Développeur", "DevOps", "Desarrollador",
                                     "Ingeniero", "Ingénieur", "Scientist"))
    ctx = {
        "techy": techy, "lang": lang, "company": cname, "cdom": cdom, "cslug": cslug,
        "first": first, "last": last, "cand_addr": f"{ascii_slug(first)}.{ascii_slug(last)}@{rng.choice(MAILHOSTS)}",
        "recruiter": f"{rf} {rl}", "rfirst": rf, "raddr": f"{ascii_slug(rf)}.{ascii_slug(rl)}@{cdom}",
        "interviewer": f"{ifirst} {ilast}", "role": role, "role2": role2, "req": req,
        "date": fmt_date(d1, lang, rng), "date2": fmt_date(d2, lang, rng), "date0": fmt_date(d0, lang, rng),
        "time": fmt_time(rng, lang), "time2": fmt_time(rng, lang),
        "dur": rng.choice(["20", "30", "30", "45", "60", "90"]),
        "link": f"https://{link_host}/{rng.choice(['c', 'p', 'go', 's', 'x'])}/{token(rng)}",
        "link2": f"https://{link_host}/{rng.choice(['r', 'u', 'm'])}/{token(rng, 14)}",
        "vendor": vname or "", "vdom": vdom or "",
        "deadline": fmt_date(d2, lang, rng),
        "start": fmt_date(d2 + _dt.timedelta(days=rng.randint(20, 50)), lang, rng),
    }
    return ctx


class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    return text.format_map(SafeDict(ctx))
