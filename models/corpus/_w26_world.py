"""People, employers, roles and addresses for writer w26 (short mail). Invented for this corpus."""

from __future__ import annotations

import random
import re

# (name, industry hint, tld) -- invented employers across industries and countries
COMPANIES: list[tuple[str, str]] = [
    ("Halvard Freight", "com"), ("Quillmoor Labs", "io"), ("Brackenridge Insurance", "co.uk"),
    ("Pemberly Dental Group", "co.uk"), ("Ostrava Metalworks", "cz"), ("Tidewell Energy", "com"),
    ("Lumenfold", "io"), ("Cardamom & Clay", "com"), ("Vellichor Books", "co.uk"),
    ("Skarpa Robotics", "se"), ("Northgate Veterinary", "co.uk"), ("Bluewren Analytics", "com.au"),
    ("Fenwick Rowe Solicitors", "co.uk"), ("Oriel Pay", "com"), ("Sablecrest Hotels", "com"),
    ("Marisol Foods", "es"), ("Kettleby Brewing", "co.uk"), ("Arrowmint", "io"),
    ("Duskfield Games", "com"), ("Peregrine Health", "org"), ("Cobaltline Logistics", "nl"),
    ("Hollis & Finch", "com"), ("Glasswing Studio", "design"), ("Tamarind Mobility", "in"),
    ("Rivermark Bank", "com"), ("Saffron Row Restaurants", "co.uk"), ("Orbitale", "fr"),
    ("Wexford Components", "ie"), ("Ninefold Security", "io"), ("Greyhaven Schools Trust", "org.uk"),
    ("Papillon Cosmétiques", "fr"), ("Brightwater Utilities", "com"), ("Kestrel Aero", "com"),
    ("Mossgrove Pharma", "com"), ("Lantern Street Media", "com"), ("Ferrovia Sistemas", "es"),
    ("Zephyrine", "ai"), ("Copperleaf Credit", "com"), ("Harrowgate Construction", "co.uk"),
    ("Inkwell Learning", "com"), ("Rosalind Care Homes", "co.uk"), ("Tessellate Data", "io"),
    ("Windrush Outdoor", "com"), ("Albatross Shipping", "no"), ("Grünfeld Maschinenbau", "de"),
    ("Helix & Vine", "com"), ("Nimbus Ledger", "io"), ("Quarry Lane Architects", "co.uk"),
    ("Solstice Retail", "com"), ("Thornbury Press", "co.uk"), ("Vantablue Telecom", "com"),
    ("Ashcombe Dairy", "co.uk"), ("Beaconsfield Capital", "com"), ("Cinderpath Events", "com"),
    ("Drover Agritech", "com.au"), ("Elmstead Clinics", "com"), ("Foxglove Pharmacy", "co.uk"),
    ("Gannet Marine", "com"), ("Hearthstone Homes", "com"), ("Ironbark Mining", "com.au"),
    ("Jubilee Bakeries", "co.uk"), ("Kinfolk Cloud", "dev"), ("Larkspur Fashion", "com"),
    ("Meridian Optics", "com"), ("Nettlebed Consulting", "co.uk"), ("Oakhurst Legal", "com"),
    ("Plover Travel", "com"), ("Quenby Wealth", "com"), ("Redwing Couriers", "co.uk"),
    ("Stonechat Software", "io"), ("Tallowmere Candles", "com"), ("Umbra Visual Effects", "com"),
    ("Verdant Grid", "com"), ("Wolfram Lane Audio", "com"), ("Yarrow Insurance", "com"),
    ("Zinnia Biotech", "com"), ("Avocet Airlines", "com"), ("Birchwood Outdoors", "ca"),
    ("Calloway Motors", "com"), ("Dunmore Distillers", "ie"), ("Everly Fintech", "io"),
    ("Fathom Subsea", "no"), ("Gildersleeve Auctions", "com"), ("Hopscotch Toys", "com"),
    ("Isobar Climate", "com"), ("Juniper Row Health", "com"), ("Kilnworth Ceramics", "co.uk"),
    ("Lodestar Freightways", "com"), ("Mapleton Council Services", "gov.uk"), ("Nautilo", "pt"),
    ("Oxbow Robotics", "com"), ("Pikestaff Engineering", "co.uk"), ("Quintessa Labs", "com"),
    ("Rookery Pictures", "com"), ("Silverbirch Nursing", "co.uk"), ("Trellis Payroll", "com"),
    ("Upland Water", "co.uk"), ("Valkyrie Motion", "se"), ("Whitlock Partners", "com"),
    ("Xanthe Beauty", "com"), ("Yellowhammer Coffee", "co.uk"), ("Zaffre Studios", "com"),
    ("Brenner Logistik", "de"), ("Haus Lindemann Immobilien", "de"), ("Kaltwasser Energie", "de"),
    ("Sonnberg Software", "de"), ("Feldmann & Töchter", "de"), ("Alpenglück Reisen", "at"),
    ("Rheintal Medizintechnik", "ch"), ("Atelier Vauclair", "fr"), ("Boulangerie Marchetti", "fr"),
    ("Cabinet Lefèvre-Roux", "fr"), ("Maison Orvane", "fr"), ("Nuage Bleu Informatique", "fr"),
    ("Transports Garnier", "fr"), ("Clinique Saint-Aubin", "fr"), ("Grupo Almendral", "es"),
    ("Talleres Iturbe", "es"), ("Bodegas Valcorza", "es"), ("Clínica Marbella Sur", "es"),
    ("Datos Andinos", "cl"), ("Cervecería La Fragua", "mx"), ("Editorial Cántaro", "es"),
    ("Seguros Altamar", "es"), ("Kōyō Components", "jp"), ("Mapleleaf Dental", "ca"),
    ("Sunbird Solar", "co.za"), ("Kiwi Harbour Freight", "co.nz"), ("Banyan Ledger", "sg"),
    ("Coral Reach Resorts", "com"), ("Dromedary Data", "ae"), ("Eucalypt Health", "com.au"),
    ("Firebrick Pizza Co", "com"), ("Goldcrest Aviation", "com"), ("Hawthorn Theatre", "org.uk"),
    ("Indigo Tide Apparel", "com"), ("Jetty Street Dental", "com.au"), ("Kittiwake Labs", "io"),
    ("Limestone Legal", "com"), ("Mistral Wind Power", "com"), ("Nightjar Security", "com"),
    ("Otterbrook Foods", "com"), ("Parchment & Co", "com"), ("Quayside Property", "co.uk"),
    ("Ravelin Rail", "com"), ("Snowberry Health", "com"), ("Tumbleweed Analytics", "com"),
    ("Uplift Physio", "co.uk"), ("Vireo Payments", "io"), ("Wagtail Pet Care", "co.uk"),
    ("Yonder Maps", "io"), ("Zest Grocers", "com"), ("Anvil & Ash Furniture", "com"),
    ("Brightfern Nurseries", "co.uk"), ("Clearbrook Accounting", "com"), ("Driftwood Hostels", "com"),
    ("Emberline Robotics", "com"), ("Farrow Lane Vets", "co.uk"), ("Gullwing Drones", "com"),
    ("Honeycomb HR Software", "com"), ("Islay Tweed", "co.uk"), ("Jadeport Trading", "hk"),
]

FIRST = [
    "Sam", "Priya", "Tom", "Aisha", "Jonas", "Maya", "Leo", "Chloe", "Ravi", "Hannah", "Kofi", "Elena",
    "Ben", "Zara", "Mateo", "Ingrid", "Dev", "Lucy", "Omar", "Freya", "Nico", "Grace", "Yusuf", "Holly",
    "Marek", "Sofia", "Kai", "Niamh", "Hugo", "Amara", "Theo", "Rosa", "Felix", "Jade", "Arjun", "Lena",
    "Callum", "Mei", "Ollie", "Fatima", "Jakub", "Bea", "Rory", "Anouk", "Ezra", "Tamsin", "Diego",
    "Imogen", "Kwame", "Lotte", "Finn", "Sana", "Pablo", "Esme", "Ibrahim", "Clara", "Rhys", "Yara",
    "Mats", "Isla", "Tariq", "Carys", "Luca", "Noor", "Ewan", "Paula", "Adaeze", "Henrik", "Mina",
    "Gus", "Keira", "Bastian", "Élodie", "Tobias", "Inés", "Marta", "Julien", "Katrin", "Ana", "Moritz",
]
LAST = [
    "Okafor", "Patel", "Reilly", "Lindqvist", "Brennan", "Haddad", "Moreau", "Schultz", "Nakamura",
    "Osei", "Costa", "Fairweather", "Nowak", "Ahmed", "Doyle", "Varga", "Ferreira", "Kerr", "Mensah",
    "Holloway", "Iyer", "Dubois", "Krüger", "Santos", "Whitfield", "Kowalski", "Bianchi", "Ng",
    "Achterberg", "Quinn", "Romero", "Sørensen", "Thackeray", "Ueda", "Vasquez", "Weller", "Yilmaz",
    "Zielinski", "Abbott", "Blackwood", "Castellanos", "Delacroix", "Eze", "Fitzgerald", "Gallo",
    "Hartmann", "Ibáñez", "Jovanović", "Kaur", "Lefebvre", "Mbeki", "Novak", "O'Hara", "Pereira",
    "Rahman", "Sinclair", "Tran", "Underwood", "Vogel", "Ward", "Adeyemi", "Brandt", "Chowdhury",
]

ROLES = [
    "Ops Manager", "Data Analyst", "Backend Engineer", "Product Designer", "Staff Nurse",
    "Account Executive", "Warehouse Supervisor", "Junior Accountant", "Marketing Lead",
    "QA Engineer", "Customer Success Manager", "Site Engineer", "Sous Chef", "Paralegal",
    "Frontend Developer", "Data Scientist", "HR Generalist", "Store Manager", "Copywriter",
    "Payroll Officer", "Platform Engineer", "Research Assistant", "Project Coordinator",
    "Sales Development Rep", "Dental Nurse", "Mobile Developer", "Finance Business Partner",
    "Teaching Assistant", "Logistics Planner", "SRE", "Product Manager", "UX Researcher",
    "Office Manager", "Brand Designer", "Machine Learning Engineer", "Procurement Specialist",
    "Physio", "Delivery Driver", "Security Analyst", "Content Strategist", "Engineering Manager",
    "Bookkeeper", "Events Coordinator", "Lab Technician", "Barista Trainer", "Solutions Architect",
    "Community Manager", "Claims Handler", "Veterinary Nurse", "Analytics Engineer",
]
ROLES_DE = ["Sachbearbeiter/in Einkauf", "Werkstudent/in Marketing", "Softwareentwickler/in",
            "Teamleitung Logistik", "Buchhalter/in", "Pflegefachkraft", "Projektmanager/in",
            "Vertriebsinnendienst", "Data Engineer (m/w/d)", "Elektroniker/in"]
ROLES_FR = ["chargé(e) de recrutement", "développeur back-end", "assistant(e) comptable",
            "cheffe de projet digital", "responsable logistique", "infirmier(e)", "vendeur(se)",
            "data analyst", "commercial(e) terrain", "stage marketing"]
ROLES_ES = ["analista de datos", "técnico de mantenimiento", "dependiente/a", "desarrollador/a web",
            "administrativo/a", "jefe/a de almacén", "enfermero/a", "diseñador/a gráfico",
            "comercial", "becario/a de marketing"]

TECH = ["SQL", "Kubernetes", "React", "Python", "Terraform", "Kafka", "Excel modelling", "Go",
        "Spark", "TypeScript", "AWS networking", "pandas", "Java", "GraphQL", "dbt", "Rust"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tues", "Weds", "Thurs",
        "Fri", "tomorrow"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "morgen"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "demain"]
DAYS_ES = ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "mañana"]
TIMES = ["9:30", "10am", "11", "2pm", "3:15", "4pm", "12:30", "1pm", "10:45", "5pm", "noon", "8:30am"]
TIMES_EU = ["9:30", "10:00", "11 Uhr", "14:00", "15:30", "16h", "10h30", "12:00", "17:00"]
MONTHS = ["March", "April", "May", "June", "July", "September", "October", "January"]

RELAYS = ["mail.hirestream.io", "notify.pipelinehq.com", "jobs.applyloop.net", "talent-mail.orbisats.com",
          "apply.workstack-mail.com", "noreply.recruitly.app", "ats.peoplegrid.io", "em.hiretrack.net"]
BOARDS = [("JobNest", "jobnest.com"), ("Roleboard", "roleboard.io"), ("CareerHarbour", "careerharbour.co.uk"),
          ("Stellenfix", "stellenfix.de"), ("EmploiVite", "emploivite.fr"), ("TrabajoYa", "trabajoya.es"),
          ("LinkUp Pro", "linkuppro.net"), ("Hirelane", "hirelane.com")]
AGENCIES = [("Keystone Talent", "keystonetalent.co.uk"), ("Brightpath Recruitment", "brightpathrec.com"),
            ("Nova Search Partners", "novasearch.io"), ("Cedar & Oak Staffing", "cedaroak.com"),
            ("Harbour Street Recruitment", "harbourstreetrec.co.uk"), ("Talentbrücke", "talentbruecke.de"),
            ("Recrutement Horizon", "horizon-recrutement.fr"), ("Selecta Ibérica", "selectaiberica.es"),
            ("Pinnacle Tech Hire", "pinnacletechhire.com"), ("Bramble Recruitment", "bramblerec.co.uk")]
MAILHOSTS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "hotmail.com",
             "gmx.de", "orange.fr", "web.de", "fastmail.com"]


def slug(name: str) -> str:
    """A plausible domain label for an invented company name."""
    table = str.maketrans("äöüéèêáíóúñçōß", "aoueeeaiouncos")
    s = name.lower().translate(table).replace("&", "and")
    s = re.sub(r"[^a-z0-9]+", "", s)
    return s[:22]


def pick_company(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    """(company name, company domain) -- biased to local employers for de/fr/es."""
    local = {"de": ("de", "at", "ch"), "fr": ("fr",), "es": ("es", "mx", "cl")}.get(lang)
    pool = COMPANIES
    if local and rng.random() < 0.75:
        pool = [c for c in COMPANIES if c[1] in local]
    name, tld = rng.choice(pool)
    return name, f"{slug(name)}.{tld}"


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def personal_addr(rng: random.Random, first: str, last: str) -> str:
    f = slug(first) or "me"
    ln = slug(last) or "x"
    form = rng.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}{n}", "{f}{n}", "{l}.{f}"])
    local = form.format(f=f, l=ln, fi=f[0], n=rng.randint(2, 99))
    return f"{local}@{rng.choice(MAILHOSTS)}"


def work_addr(rng: random.Random, first: str, last: str, domain: str) -> str:
    f = slug(first) or "hr"
    ln = slug(last) or "x"
    form = rng.choice(["{f}.{l}", "{f}", "{fi}{l}", "{f}.{l}"])
    return form.format(f=f, l=ln, fi=f[0]) + "@" + domain


def req_no(rng: random.Random) -> str:
    return rng.choice(["REQ-", "R", "JR", "#", "Req ", "ID ", "J-"]) + str(rng.randint(1000, 99999))


def link(rng: random.Random, domain: str) -> str:
    path = rng.choice(["book", "schedule", "s", "slots", "assess", "invite", "c", "meet"])
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(6, 10)))
    host = rng.choice([domain, "cal." + domain, "go." + domain, rng.choice(RELAYS)])
    return f"https://{host}/{path}/{token}"


def date_str(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    mon = rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    wd = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    hh, mm = rng.randint(7, 21), rng.choice([0, 5, 12, 18, 27, 33, 41, 50, 56])
    return rng.choice([
        f"{wd}, {d} {mon} 2025 at {hh:02d}:{mm:02d}",
        f"{wd}, {mon} {d}, 2025 at {hh % 12 or 12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}",
        f"{d} {mon} 2025, at {hh}:{mm:02d}",
    ])
