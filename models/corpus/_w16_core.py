"""Shared world of writer w16: employers, people, mail wrappers and the record builder.

Used by every ``gen_w16_*.py`` generator (continental Europe and Latin America). Fragments are
written for this project only; the randomness always comes from the generator's ``rng``.
"""

from __future__ import annotations

import html
import random
import unicodedata

# (short name as people say it, legal suffix for signatures, domain stem, city)
COMPANIES = {
    "de": [
        ("Brandtner Hydraulik", "GmbH", "brandtner-hydraulik", "Heilbronn"),
        ("Kessler & Söhne", "KG", "kessler-soehne", "Bielefeld"),
        ("Nordlicht Logistik", "GmbH", "nordlicht-logistik", "Bremen"),
        ("Auwald Software", "GmbH", "auwald", "Leipzig"),
        ("Feldmeier Präzisionstechnik", "GmbH & Co. KG", "feldmeier-praezision", "Tuttlingen"),
        ("Hanseatische Versorgungswerke", "AG", "hvw", "Hamburg"),
        ("Lindgrün Energie", "GmbH", "lindgruen-energie", "Freiburg"),
        ("Obermayr Bau", "GmbH", "obermayr-bau", "Rosenheim"),
        ("Sternwarte Digital", "GmbH", "sternwarte-digital", "Berlin"),
        ("Rheinkraft Anlagenbau", "AG", "rheinkraft", "Duisburg"),
        ("Pfefferle Lebensmittel", "GmbH", "pfefferle", "Ulm"),
        ("Wendelstein Versicherung", "AG", "wendelstein-vers", "München"),
        ("Glasmanufaktur Heyde", "e.K.", "heyde-glas", "Weimar"),
        ("Quellwerk Medizintechnik", "GmbH", "quellwerk-med", "Erlangen"),
        ("Datenhafen", "GmbH", "datenhafen", "Kiel"),
        ("Schwarzwälder Uhrenwerk", "GmbH", "sw-uhrenwerk", "Villingen"),
        ("Albrecht Steuerberatung", "PartG mbB", "albrecht-stb", "Kassel"),
        ("Mosel Weinkontor", "GmbH", "moselkontor", "Trier"),
        ("Tiefgrund Geotechnik", "GmbH", "tiefgrund", "Dresden"),
        ("Hollerbach Mobility", "GmbH", "hollerbach-mobility", "Stuttgart"),
        ("Kranich Pflegedienste", "gGmbH", "kranich-pflege", "Hannover"),
        ("Blauzahn Robotics", "GmbH", "blauzahn", "Aachen"),
        ("Vierkant Verlag", "GmbH", "vierkant-verlag", "Köln"),
        ("Grünspecht Immobilien", "GmbH", "gruenspecht", "Frankfurt"),
        ("Sonnleitner Elektro", "GmbH", "sonnleitner", "Linz"),
        ("Alpenbahn Technik", "GmbH", "alpenbahn-technik", "Innsbruck"),
        ("Donaukurier Druck", "GmbH", "dk-druck", "Wien"),
        ("Grazer Stahlguss", "AG", "grazer-stahlguss", "Graz"),
        ("Salzachtal Molkerei", "eGen", "salzachtal", "Salzburg"),
        ("Bergsicht Treuhand", "AG", "bergsicht-treuhand", "Zürich"),
        ("Limmat Analytics", "AG", "limmat-analytics", "Zürich"),
        ("Aareholz", "AG", "aareholz", "Bern"),
        ("Rhone Pharma Services", "SA", "rhone-pharma", "Basel"),
        ("Säntis Gastro", "GmbH", "saentis-gastro", "St. Gallen"),
        ("Zugerland Fintech", "AG", "zugerland", "Zug"),
        ("Kiebitz Kommunikation", "GmbH", "kiebitz-komm", "Düsseldorf"),
        ("Lehmkuhl Landtechnik", "GmbH", "lehmkuhl-landtechnik", "Oldenburg"),
        ("Fuchsbau Games", "GmbH", "fuchsbau-games", "Karlsruhe"),
        ("Eichenhof Kliniken", "GmbH", "eichenhof-kliniken", "Würzburg"),
        ("Spreewerk Solar", "GmbH", "spreewerk", "Cottbus"),
        ("Taunus Textil", "GmbH", "taunus-textil", "Wiesbaden"),
        ("Westfalia Kühlsysteme", "GmbH", "westfalia-kuehl", "Münster"),
        ("Rautenberg Consulting", "GmbH", "rautenberg-consulting", "Mannheim"),
        ("Neckarbrücke Bank", "eG", "neckarbruecke", "Tübingen"),
    ],
    "fr": [
        ("Maison Vautrin", "SAS", "maison-vautrin", "Lyon"),
        ("Ateliers Bellerive", "SARL", "ateliers-bellerive", "Annecy"),
        ("Cimes Logiciels", "SAS", "cimes-logiciels", "Grenoble"),
        ("Groupe Marivaux", "SA", "groupe-marivaux", "Paris"),
        ("Pépite Labs", "SAS", "pepitelabs", "Paris"),
        ("Héliade Énergies", "SA", "heliade", "Toulouse"),
        ("Quai Ouest Transports", "SAS", "quaiouest", "Nantes"),
        ("Boulangeries Fanchon", "SARL", "fanchon", "Rennes"),
        ("Clairvoie Assurances", "SA", "clairvoie", "Lille"),
        ("Mistral Aéro Services", "SAS", "mistral-aero", "Marseille"),
        ("Librairie des Deux Rives", "SARL", "deuxrives", "Bordeaux"),
        ("Vigie Cyber", "SAS", "vigie-cyber", "Rennes"),
        ("Coopérative Lavandine", "SCOP", "lavandine", "Avignon"),
        ("Tisserands de Roubaix", "SA", "tisserands-roubaix", "Roubaix"),
        ("Octave Santé", "SAS", "octave-sante", "Montpellier"),
        ("Papeterie Gaudin", "SARL", "gaudin-papeterie", "Angoulême"),
        ("Nuage Bleu", "SAS", "nuagebleu", "Paris"),
        ("Banque Corbière", "SA", "corbiere-banque", "Strasbourg"),
        ("Orée Paysage", "SARL", "oree-paysage", "Tours"),
        ("Fromagerie Delorme", "SAS", "delorme-fromages", "Besançon"),
        ("Studio Capucine", "SAS", "studio-capucine", "Paris"),
        ("Hexaflux", "SAS", "hexaflux", "Sophia Antipolis"),
        ("Soléa Immobilier", "SAS", "solea-immo", "Nice"),
        ("Cabinet Ferrand & Associés", "SELARL", "ferrand-avocats", "Lyon"),
        ("Ligérienne de Mécanique", "SA", "ligerienne", "Orléans"),
        ("Comptoir Numérique", "SAS", "comptoir-numerique", "Nancy"),
        ("Brasserie du Beffroi", "SARL", "beffroi", "Arras"),
        ("Meuse Composites", "SAS", "meuse-composites", "Liège"),
        ("Atelier Wallon du Verre", "SRL", "awv", "Namur"),
        ("Bruxelles Mobilité Conseil", "SRL", "bmc-conseil", "Bruxelles"),
        ("Escaut Pharma", "SA", "escaut-pharma", "Tournai"),
        ("Érable Numérique", "inc.", "erablenumerique", "Montréal"),
        ("Boréal Génie-conseil", "inc.", "borealgc", "Québec"),
        ("Coopérative Fjord Bleu", "coop", "fjordbleu", "Saguenay"),
        ("Laurentides Santé Mobile", "inc.", "lsm", "Sherbrooke"),
        ("Léman Horlogerie", "SA", "leman-horlogerie", "Genève"),
        ("Vaudoise Data Services", "SA", "vds", "Lausanne"),
        ("Jura Micromécanique", "SA", "jura-micro", "Neuchâtel"),
        ("Trois Clochers Événements", "SAS", "troisclochers", "Reims"),
        ("Garance Mode", "SAS", "garance-mode", "Paris"),
        ("Alizé Robotique", "SAS", "alize-robotique", "Brest"),
        ("Mutuelle Sainte-Odile", "mutuelle", "ste-odile", "Colmar"),
    ],
    "es": [
        ("Grupo Alcázar", "S.A.", "grupoalcazar", "Sevilla"),
        ("Olivares del Sur", "S.L.", "olivaresdelsur", "Jaén"),
        ("Tramuntana Tech", "S.L.", "tramuntanatech", "Palma"),
        ("Astillero Cantábrico", "S.A.", "astillerocantabrico", "Santander"),
        ("Farmacéutica Albéniz", "S.A.", "albeniz-pharma", "Madrid"),
        ("Viñedos Berceo", "S.L.", "berceo", "Logroño"),
        ("Nube Ibérica", "S.L.", "nubeiberica", "Madrid"),
        ("Transportes Ebro", "S.A.", "transportesebro", "Zaragoza"),
        ("Clínica Levante", "S.L.", "clinicalevante", "Valencia"),
        ("Cerámicas Azahar", "S.A.", "ceramicasazahar", "Castellón"),
        ("Seguros Rocinante", "S.A.", "rocinante-seguros", "Madrid"),
        ("Estudio Gaudiño", "S.L.", "gaudino", "Barcelona"),
        ("Conservas Ría de Arosa", "S.L.", "riadearosa", "Vigo"),
        ("Energía Meseta", "S.A.", "energiameseta", "Valladolid"),
        ("Pixelarte Games", "S.L.", "pixelarte", "Barcelona"),
        ("Banca Guadalquivir", "S.A.", "bancaguadalquivir", "Córdoba"),
        ("Hoteles Sierra Nevada", "S.A.", "hsnevada", "Granada"),
        ("Consultora Atalaya", "S.L.", "atalaya-consultores", "Bilbao"),
        ("Textiles Montserrat", "S.A.", "textilesmontserrat", "Terrassa"),
        ("Mármoles Macael", "S.L.", "marmolesmacael", "Almería"),
        ("Tequilera Los Agaves", "S.A. de C.V.", "losagaves", "Guadalajara"),
        ("Logística Anáhuac", "S.A. de C.V.", "anahuaclog", "Monterrey"),
        ("Fintech Colibrí", "S.A.P.I. de C.V.", "colibri", "Ciudad de México"),
        ("Grupo Popocatépetl", "S.A. de C.V.", "grupopopo", "Puebla"),
        ("Cementos del Bajío", "S.A. de C.V.", "cementosbajio", "Querétaro"),
        ("Software Maya", "S. de R.L.", "softwaremaya", "Mérida"),
        ("Papelera Riachuelo", "S.A.", "riachuelo", "Buenos Aires"),
        ("Bodega Cuyo Alto", "S.A.", "cuyoalto", "Mendoza"),
        ("Pampa Agrotech", "S.R.L.", "pampaagro", "Rosario"),
        ("Mate Digital", "S.A.S.", "matedigital", "Córdoba"),
        ("Lácteos Patagonia", "S.A.", "lacteospatagonia", "Neuquén"),
        ("Café Sierra Nevada de Santa Marta", "S.A.S.", "cafesnsm", "Santa Marta"),
        ("Antioquia Textil", "S.A.S.", "antioquiatextil", "Medellín"),
        ("Orquídea Software", "S.A.S.", "orquidea", "Bogotá"),
        ("Flores de la Sabana", "S.A.S.", "floressabana", "Chía"),
        ("Transportes Magdalena", "S.A.S.", "tmagdalena", "Barranquilla"),
        ("Minera Atacama Norte", "S.A.", "atacamanorte", "Antofagasta"),
        ("Salmones Chiloé", "S.A.", "salmoneschiloe", "Puerto Montt"),
        ("Andina Retail", "S.A.C.", "andinaretail", "Lima"),
        ("Cóndor Seguros", "S.A.", "condorseguros", "Quito"),
        ("Montevideo Logística", "S.A.", "mvdlog", "Montevideo"),
        ("Acuarela Publicidad", "S.L.", "acuarela", "Málaga"),
        ("Gestoría Bravo", "S.L.", "gestoriabravo", "Salamanca"),
        ("Quesería La Mancha", "S.L.", "queserialamancha", "Ciudad Real"),
    ],
}

FIRST = {
    "de": ["Jonas", "Katrin", "Matthias", "Sabine", "Florian", "Anja", "Dominik", "Ute", "Tobias", "Birgit",
           "Lukas", "Franziska", "Reinhard", "Svenja", "Heiko", "Marlene", "Jürgen", "Lea", "Volker", "Ines",
           "Ursula", "Benedikt", "Carola", "Mehmet", "Aylin", "Dragan", "Nadine", "Oliver", "Theresa", "Beat",
           "Regula", "Urs", "Corinne", "Kerstin", "Gregor"],
    "fr": ["Camille", "Julien", "Sandrine", "Thibault", "Élodie", "Mathieu", "Nadia", "Guillaume", "Aurélie",
           "Yannick", "Clémence", "Bertrand", "Inès", "Loïc", "Margaux", "Karim", "Solène", "François", "Chloé",
           "Rémi", "Hélène", "Benoît", "Amandine", "Stéphane", "Geneviève", "Marc-André", "Josée", "Sylvain",
           "Fatou", "Quentin", "Anaïs", "Pierre-Yves"],
    "es": ["Lucía", "Javier", "María José", "Andrés", "Carmen", "Diego", "Paula", "Sergio", "Nuria", "Alejandro",
           "Marta", "Iñaki", "Rocío", "Pablo", "Valentina", "Santiago", "Camila", "Mateo", "Ximena", "Rodrigo",
           "Florencia", "Joaquín", "Daniela", "Emiliano", "Guadalupe", "Catalina", "Julián", "Renata", "Gonzalo",
           "Agustina", "Fernanda", "Héctor"],
}
LAST = {
    "de": ["Hoffmann", "Brückner", "Weigand", "Schäfer", "Lindner", "Kowalski", "Ernst", "Vogt", "Haberl",
           "Gruber", "Steiner", "Pichler", "Meili", "Zürcher", "Baumann", "Frey", "Öztürk", "Kramer",
           "Lorenz", "Seidel", "Wagner", "Roth", "Petrović", "Kuhn", "Albers", "Janssen", "Eberhardt"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Benali", "Marchand",
           "Dupuis", "Lambert", "Perrin", "Gagnon", "Tremblay", "Bouchard", "Côté", "Delacroix", "Mercier",
           "Diallo", "Lemaire", "Vasseur", "Roy", "Janssens", "Peeters", "Aubert", "Carrel"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Ortega", "Iglesias",
           "Castro", "Herrera", "Vargas", "Mendoza", "Gutiérrez", "Rojas", "Salazar", "Pérez", "Acosta",
           "Echeverría", "Quintero", "Aguirre", "Morales", "Villalobos", "Etxeberria", "Benítez"],
}
# the candidate (mailbox owner) personas
CANDIDATES = [
    ("Lena", "Marquardt", "lena.marquardt@gmail.com", "f"),
    ("Samir", "Haddad", "samir.haddad@posteo.de", "m"),
    ("Clara", "Dumont", "clara.dumont@laposte.net", "f"),
    ("Tomás", "Rivera", "tomas.rivera.dev@gmail.com", "m"),
    ("Jana", "Novak", "jana.novak@gmx.net", "f"),
    ("Hugo", "Lemoine", "hugo.lemoine@proton.me", "m"),
    ("Valeria", "Quiroga", "valequiroga@hotmail.com", "f"),
    ("Niklas", "Berger", "n.berger@web.de", "m"),
    ("Maëlle", "Guérin", "maelle.guerin@orange.fr", "f"),
    ("Martín", "Sosa", "martinsosa84@gmail.com", "m"),
    ("Aylin", "Demir", "aylin.demir@outlook.de", "f"),
    ("Pablo", "Ibarra", "pablo.ibarra@yahoo.es", "m"),
    ("Jakob", "Wimmer", "jakob.wimmer@aon.at", "m"),
    ("Sofía", "Lozano", "sofia.lozano.r@gmail.com", "f"),
    ("Élise", "Bertrand", "elise.bertrand@free.fr", "f"),
    ("Diego", "Paredes", "diegoparedes@outlook.com", "m"),
]
FEMALE = set("""Katrin Sabine Anja Ute Birgit Franziska Svenja Marlene Lea Ines Ursula Carola Aylin Nadine Theresa Regula
Corinne Kerstin Camille Sandrine Élodie Nadia Aurélie Clémence Inès Margaux Solène Chloé Hélène Amandine Geneviève Josée
Fatou Anaïs Lucía Carmen Paula Nuria Marta Rocío Valentina Camila Ximena Florencia Daniela Guadalupe Catalina Renata
Agustina Fernanda""".split()) | {"María José"}


def gender_words(prefix: str, female: bool) -> dict:
    f = female
    return {f"{prefix}_sgh": "Sehr geehrte Frau" if f else "Sehr geehrter Herr", f"{prefix}_frau": "Frau" if f else "Herr",
            f"{prefix}_mme": "Madame" if f else "Monsieur", f"{prefix}_cher": "Chère Madame" if f else "Cher Monsieur",
            f"{prefix}_est": "Estimada" if f else "Estimado", f"{prefix}_sra": "Sra." if f else "Sr.", f"{prefix}_oa": "a" if f else "o", f"{prefix}_e": "Liebe" if f else "Lieber"}

ROLES = {
    "de": ["Softwareentwickler (m/w/d) Backend", "Sachbearbeiter Buchhaltung (m/w/d)", "Projektingenieur Anlagenbau",
           "Data Engineer (w/m/d)", "Werkstudent Marketing", "IT-Systemadministrator (m/w/d)",
           "Teamleitung Kundenservice", "Konstrukteur Maschinenbau", "Product Owner (m/w/d)",
           "Elektroniker für Betriebstechnik", "Junior Controller (m/w/d)", "Pflegefachkraft (m/w/d)",
           "Frontend-Entwicklerin / Frontend-Entwickler", "Einkäufer strategisch (m/w/d)",
           "Qualitätsmanager (m/w/d)", "Senior DevOps Engineer", "Personalreferent (m/w/d)",
           "UX Designer (m/w/d)", "Vertriebsingenieur Außendienst", "Bauleiter Hochbau (m/w/d)"],
    "fr": ["Développeur back-end (H/F)", "Chargée de communication (H/F)", "Ingénieur méthodes",
           "Data analyst (F/H)", "Chef de projet digital", "Comptable fournisseurs (H/F)",
           "Technicien de maintenance", "Product manager", "Alternance – assistant RH",
           "Ingénieur DevOps (H/F)", "Responsable logistique", "Juriste droit social",
           "UX/UI designer", "Conseiller clientèle", "Développeuse front-end React",
           "Acheteur industriel (F/H)", "Stage – analyste financier", "Infirmier de coordination"],
    "es": ["Desarrollador/a Backend", "Analista de Datos", "Ingeniero/a de Procesos", "Ejecutivo/a Comercial",
           "Contador/a Senior", "Diseñador/a UX", "Jefe/a de Almacén", "Técnico/a de Soporte",
           "Product Manager", "Desarrollador Full Stack", "Asistente Administrativo/a",
           "Coordinador/a de Logística", "Analista de Riesgos", "Enfermero/a", "Ingeniero DevOps",
           "Becario/a de Marketing", "Responsable de Calidad", "QA Tester"],
}

# invented European / Latin American applicant-tracking vendors (relay domains)
VENDORS = [
    ("Bewerbungswerk", "mail.bewerbungswerk.de"), ("Personalia Cloud", "notify.personalia-cloud.eu"),
    ("TalentoHub", "no-reply.talentohub.io"), ("RecrutEase", "ne-pas-repondre.recrutease.fr"),
    ("Kandidat24", "system.kandidat24.at"), ("SeleccionaPro", "avisos.seleccionapro.com"),
    ("Postulea", "noreply.postulea.fr"), ("StellenPilot", "relay.stellenpilot.ch"),
    ("Convoca", "notificaciones.convoca.com.ar"), ("Jobrahmen", "mailer.jobrahmen.de"),
]

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
}


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def ascii_fold(text: str) -> str:
    """What people type without a German/French/Spanish keyboard (ä -> ae, é -> e)."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        text = text.replace(a, b)
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def slug(text: str) -> str:
    return "".join(c for c in ascii_fold(text).lower() if c.isalnum() or c in ".-")


class Ctx(dict):
    """Format context for one message; missing keys raise so typos show up at build time."""


def make_ctx(rng: random.Random, lang: str, region_lang: str | None = None) -> Ctx:
    rl = region_lang or lang
    co = pick(rng, COMPANIES[rl])
    cand = pick(rng, CANDIDATES)
    first, last = pick(rng, FIRST[rl]), pick(rng, LAST[rl])
    role = pick(rng, ROLES[rl])
    other_role = pick(rng, [r for r in ROLES[rl] if r != role])
    day = rng.randint(2, 27)
    mon = rng.randrange(12)
    hour = rng.choice([8, 9, 10, 11, 13, 14, 15, 16, 17])
    minute = rng.choice(["00", "00", "30", "15", "45"])
    wd = rng.randrange(5)
    ctx = Ctx(
        co=co[0], legal=f"{co[0]} {co[1]}", dom=co[2] + rng.choice([".de", ".com", ".eu"]) if rl == "de"
        else co[2] + rng.choice([".fr", ".com", ".eu"]) if rl == "fr" else co[2] + rng.choice([".es", ".com", ".com.mx", ".com.ar", ".co"]),
        city=co[3], cfirst=cand[0], clast=cand[1], caddr=cand[2], cname=f"{cand[0]} {cand[1]}",
        first=first, last=last, pname=f"{first} {last}", role=role, role2=other_role,
        ref=rng.choice(["", "", f"{rng.randint(1000, 9999)}", f"REQ-{rng.randint(10000, 99999)}",
                        f"{rng.choice(['DE', 'FR', 'ES', 'MX', 'AR', 'CH', 'AT'])}-{rng.randint(100, 999)}/{rng.choice(['24', '25', '26'])}"]),
        day=str(day), month=MONTHS[lang if lang in MONTHS else "de"][mon], mnum=f"{mon + 1:02d}",
        day2=str(min(day + rng.randint(2, 9), 28)), hour=f"{hour}", minute=minute,
        wd=WEEKDAYS[lang if lang in WEEKDAYS else "en"][wd], wd_en=WEEKDAYS["en"][wd],
        time=f"{hour}:{minute}", time_fr=f"{hour}h{minute if minute != '00' else ''}",
        salary=f"{rng.randint(42, 88)}.{rng.choice(['000', '500'])}",
        salary_fr=f"{rng.randint(36, 70)} {rng.choice(['000', '500'])}",
        salary_es=f"{rng.randint(24, 60)}.{rng.choice(['000', '500'])}",
        start=f"{rng.randint(1, 15)}.{(mon + 2) % 12 + 1:02d}.",
        link=f"https://{rng.choice(['termine', 'calendly', 'cal', 'agenda', 'citas'])}."
             f"{rng.choice(['example-hr.eu', 'buchung-online.de', 'rdv-express.fr', 'agendar.la'])}/"
             f"{slug(co[0])[:12]}/{rng.randint(1000, 99999)}",
        portal={"de": f"https://karriere.{co[2]}.{rng.choice(['de', 'eu', 'com', 'ch', 'at'])}/{rng.choice(['kandidaten', 'bewerberportal', 'jobs'])}",
                "fr": f"https://{rng.choice(['carrieres', 'recrutement', 'jobs'])}.{co[2]}.{rng.choice(['fr', 'com', 'be', 'ca'])}/{rng.choice(['candidat', 'espace-candidat'])}",
                "es": f"https://{rng.choice(['empleo', 'trabajaconnosotros', 'careers'])}.{co[2]}.{rng.choice(['es', 'com', 'com.mx', 'co'])}/{rng.choice(['candidatos', 'postulantes'])}"}[rl],
    )
    ctx["slot"] = ctx["link"]
    ctx.update(gender_words("c", cand[3] == "f"))
    ctx.update(gender_words("p", first in FEMALE))
    return ctx


def fill(text: str, ctx: dict) -> str:
    return text.format(**ctx)


def to_html(body: str, rng: random.Random, brand: str = "") -> str:
    """Wrap a plain body in the kind of table-and-inline-style HTML that HR tools send."""
    paras = [p for p in body.split("\n\n") if p.strip()]
    color = pick(rng, ["#003b6f", "#0a7d5a", "#8a1538", "#333333", "#e35205", "#2d2a6e"])
    inner = "".join(
        f'<p style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;">'
        f"{html.escape(p, quote=False).replace(chr(10), '<br>')}</p>"
        for p in paras
    )
    head = (f'<tr><td style="background:{color};color:#fff;padding:14px 20px;font-size:18px;">'
            f"<b>{html.escape(brand)}</b></td></tr>") if brand else ""
    style = pick(rng, ["table", "div", "plain"])
    if style == "table":
        return ('<html><body style="background:#f4f4f4"><table width="600" align="center" cellpadding="0" '
                f'cellspacing="0" style="background:#ffffff">{head}<tr><td style="padding:20px">{inner}'
                "</td></tr></table></body></html>")
    if style == "div":
        return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="mail">{inner}</div></body></html>'
    return f"<html><body>{inner}</body></html>"


def quote_block(rng: random.Random, lang: str, who: str, addr: str, ctx: dict, text: str) -> str:
    """Quoted history below a reply, in the style of the mail client of that country."""
    lines = text.strip().split("\n")
    style = rng.randrange(3)
    if style == 0:
        head = {
            "de": f"Am {ctx['day']}.{ctx['mnum']}.2026 um {ctx['time']} schrieb {who} <{addr}>:",
            "fr": f"Le {ctx['wd']} {ctx['day']} {ctx['month']} 2026 à {ctx['time']}, {who} <{addr}> a écrit :",
            "es": f"El {ctx['wd']}, {ctx['day']} de {ctx['month']} de 2026, {who} <{addr}> escribió:",
            "en": f"On {ctx['wd_en']}, {ctx['day']} {ctx['month']} 2026 at {ctx['time']}, {who} <{addr}> wrote:",
        }[lang]
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in lines)
    if style == 1:
        lab = {
            "de": ("Von", "Gesendet", "An", "Betreff"),
            "fr": ("De", "Envoyé", "À", "Objet"),
            "es": ("De", "Enviado el", "Para", "Asunto"),
            "en": ("From", "Sent", "To", "Subject"),
        }[lang]
        return (f"{'_' * 32}\n{lab[0]}: {who} <{addr}>\n{lab[1]}: {ctx['day']}.{ctx['mnum']}.2026 {ctx['time']}\n"
                f"{lab[2]}: {ctx.get('qto', ctx['caddr'])}\n{lab[3]}: {ctx.get('qsubj', '')}\n\n" + "\n".join(lines))
    head = {"de": "-----Ursprüngliche Nachricht-----", "fr": "-------- Message d'origine --------",
            "es": "-----Mensaje original-----", "en": "-----Original Message-----"}[lang]
    return f"{head}\nFrom: {who} <{addr}>\nSubject: {ctx.get('qsubj', '')}\n\n" + "\n".join(lines)


class Recorder:
    """Builds schema records with ids ``<family>-<n>`` for one generator."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def rec(self, family: str, *, folder: str = "INBOX", lang: str, from_name: str, from_addr: str,
            to_addr: str, subject: str, body_text: str, body_html: str | None = None,
            labels: list | None = None, company: str | None = None, topics: list | None = None,
            outside_control: list | None = None) -> dict:
        n = self.counts.get(family, 0) + 1
        self.counts[family] = n
        labels = sorted(set(labels or []))
        return {
            "id": f"{family}-{n}", "family": family, "folder": folder, "lang": lang,
            "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
            "body_text": body_text, "body_html": body_html, "labels": labels, "company": company,
            "topics": sorted(set(topics or [])) if "feedback" in labels else [],
            "outside_control": sorted(set(outside_control or [])) if "rejection" in labels else [],
        }
