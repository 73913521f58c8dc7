"""w34 world: continental European employers, people, dates and legal footers.

Everything here is invented for the jobmail corpus (writer w34: English written by
Europeans). Each country carries its own company names, legal form, footer, date and
time habits and the local words an HR person slips into English mail.
"""

from __future__ import annotations

import random

# (short name a person would use, legal suffix, domain stem, city)
COMPANIES: dict[str, list[tuple[str, str, str, str]]] = {
    "de": [
        ("Hollerbach Antriebstechnik", "GmbH", "hollerbach-at", "Augsburg"),
        ("Kranzler Logistik", "GmbH & Co. KG", "kranzler-log", "Bremen"),
        ("Nordlicht Software", "GmbH", "nordlicht-sw", "Hamburg"),
        ("Feldmann Medizintechnik", "AG", "feldmann-med", "Tuttlingen"),
        ("Brückner Energie", "GmbH", "brueckner-energie", "Leipzig"),
        ("Alpenblick Versicherung", "AG", "alpenblick-vers", "München"),
        ("Tannhof Digital", "GmbH", "tannhof", "Stuttgart"),
        ("Weisshaupt Bau", "GmbH", "weisshaupt-bau", "Nürnberg"),
        ("Rheinkiesel Analytics", "GmbH", "rheinkiesel", "Köln"),
        ("Eichenwald Pharma", "GmbH", "eichenwald-pharma", "Mannheim"),
        ("Sonnberg Maschinenbau", "GmbH", "sonnberg-mb", "Chemnitz"),
        ("Lindqvist & Haase", "GmbH", "lindqvist-haase", "Berlin"),
        ("Mühlbauer Lebensmittel", "GmbH", "muehlbauer-lm", "Regensburg"),
        ("Hafenkontor Finanz", "AG", "hafenkontor", "Frankfurt am Main"),
        ("Grauwerk Robotics", "GmbH", "grauwerk", "Dresden"),
        ("Steinfeld Textil", "GmbH", "steinfeld-textil", "Bielefeld"),
        ("Wendelin Systemhaus", "GmbH", "wendelin-sys", "Hannover"),
        ("Ostwind Mobility", "GmbH", "ostwind-mobility", "Berlin"),
        ("Kaltenecker Optik", "GmbH", "kaltenecker", "Jena"),
        ("Bergmoos Solar", "GmbH", "bergmoos", "Freiburg"),
        ("Falkenrath Consulting", "GmbH", "falkenrath", "Düsseldorf"),
        ("Zündel Elektronik", "GmbH", "zuendel-el", "Karlsruhe"),
        ("Vogelsang Verlag", "GmbH", "vogelsang-verlag", "Mainz"),
        ("Auerhahn Brauerei", "GmbH", "auerhahn", "Bamberg"),
        ("Pfeilring Software", "AG", "pfeilring", "Wien"),
        ("Glarner Präzision", "AG", "glarner-praezision", "Zürich"),
    ],
    "fr": [
        ("Atelier Vermeil", "SAS", "atelier-vermeil", "Lyon"),
        ("Logiciels Castagné", "SARL", "castagne-logiciels", "Toulouse"),
        ("Groupe Beaumarchais Assurances", "SA", "beaumarchais-assur", "Paris"),
        ("Hexaclair", "SAS", "hexaclair", "Nantes"),
        ("Transports Duvignac", "SAS", "duvignac", "Bordeaux"),
        ("Laboratoires Merlière", "SA", "merliere-labs", "Montpellier"),
        ("Ciel Ouvert Énergies", "SAS", "cielouvert", "Grenoble"),
        ("Maison Albaret", "SAS", "maison-albaret", "Paris"),
        ("Datavoie", "SAS", "datavoie", "Lille"),
        ("Fromageries Loubens", "SA", "loubens", "Rodez"),
        ("Optique Saint-Clair", "SARL", "st-clair-optique", "Rennes"),
        ("Quantelis", "SAS", "quantelis", "Sophia Antipolis"),
        ("Banque Rivaude", "SA", "rivaude", "Strasbourg"),
        ("Mobilités Garonne", "SAS", "mobgaronne", "Toulouse"),
        ("Studio Pervenche", "SAS", "pervenche", "Marseille"),
        ("Aquilon Conseil", "SAS", "aquilon-conseil", "Paris"),
        ("Ingénierie Brocard", "SA", "brocard-ing", "Clermont-Ferrand"),
        ("Numéria Santé", "SAS", "numeria-sante", "Lyon"),
        ("Belvaux Industrie", "SA", "belvaux", "Liège"),
        ("Sablier Technologies", "SA", "sablier-tech", "Lausanne"),
    ],
    "es": [
        ("Ingeniería Albarracín", "S.L.", "albarracin-ing", "Zaragoza"),
        ("Soluciones Tramuntana", "S.L.", "tramuntana", "Palma"),
        ("Grupo Ribera Alimentación", "S.A.", "riberaalim", "Valencia"),
        ("Datáfora", "S.L.", "datafora", "Madrid"),
        ("Energías del Cierzo", "S.A.", "cierzo-energia", "Pamplona"),
        ("Logística Guadalmar", "S.L.", "guadalmar", "Málaga"),
        ("Clínicas Solana", "S.L.", "clinicas-solana", "Sevilla"),
        ("Textiles Miravet", "S.A.", "miravet", "Barcelona"),
        ("Bodegas Lazcano", "S.L.", "lazcano", "Logroño"),
        ("Nubecta Software", "S.L.", "nubecta", "Barcelona"),
        ("Seguros Alcántara", "S.A.", "seguros-alcantara", "Madrid"),
        ("Astilleros Cantábrico", "S.A.", "astilleros-cant", "Santander"),
        ("Viajes Perdiguero", "S.L.", "perdiguero", "Granada"),
        ("Farmacéutica Oroval", "S.A.", "oroval", "Bilbao"),
        ("Mecanizados Urrutia", "S.L.", "urrutia-mec", "Vitoria"),
        ("Pixelmar Estudio", "S.L.", "pixelmar", "Madrid"),
        ("Agrícola Mendaro", "S.L.", "mendaro", "Murcia"),
        ("Consultoría Arlanza", "S.L.", "arlanza", "Valladolid"),
    ],
    "it": [
        ("Officine Baldassarri", "S.r.l.", "baldassarri", "Bologna"),
        ("Tessitura Corradini", "S.p.A.", "corradini-tex", "Prato"),
        ("Informatica Vallese", "S.r.l.", "vallese-it", "Torino"),
        ("Gruppo Ferrantelli", "S.p.A.", "ferrantelli", "Milano"),
        ("Lattiera Monteverdi", "S.r.l.", "monteverdi-latte", "Parma"),
        ("Studio Quaranta Ingegneria", "S.r.l.", "quaranta-ing", "Padova"),
        ("Navigazione Lagunare", "S.p.A.", "navlagunare", "Venezia"),
        ("Farmaceutici Orsenigo", "S.p.A.", "orsenigo", "Como"),
        ("Cantine Sassorosso", "S.r.l.", "sassorosso", "Siena"),
        ("Meccanica Zanardelli", "S.r.l.", "zanardelli", "Brescia"),
        ("Digitalia Adriatica", "S.r.l.", "digitalia-adr", "Ancona"),
        ("Assicurazioni Beltrame", "S.p.A.", "beltrame-assic", "Trieste"),
        ("Ceramiche Gualtieri", "S.p.A.", "gualtieri-cer", "Sassuolo"),
        ("Logistica Partenope", "S.r.l.", "partenope-log", "Napoli"),
        ("Robotica Sforzesca", "S.r.l.", "sforzesca", "Milano"),
        ("Ottica Benvenuti", "S.r.l.", "benvenuti-ottica", "Firenze"),
        ("Energia Dolomiti", "S.p.A.", "energiadolomiti", "Bolzano"),
        ("Editrice Colonnetti", "S.r.l.", "colonnetti", "Roma"),
    ],
    "nl": [
        ("Van Oordtwijk Techniek", "B.V.", "oordtwijk", "Eindhoven"),
        ("Kliffhoeve Software", "B.V.", "kliffhoeve", "Utrecht"),
        ("De Zilvermeeuw Logistiek", "B.V.", "zilvermeeuw", "Rotterdam"),
        ("Brandsma Zuivel", "B.V.", "brandsma-zuivel", "Leeuwarden"),
        ("Polderlicht Energie", "B.V.", "polderlicht", "Amsterdam"),
        ("Hoekstra & Dijkman Advies", "B.V.", "hoekstradijkman", "Den Haag"),
        ("Tulpveld Data", "B.V.", "tulpveld", "Amsterdam"),
        ("Scheldewerk Maritiem", "N.V.", "scheldewerk", "Vlissingen"),
        ("Nijmeegse Zorggroep Lindehof", "", "lindehof-zorg", "Nijmegen"),
        ("Dekker Bouwsystemen", "B.V.", "dekker-bouw", "Zwolle"),
        ("Grachtzicht Media", "B.V.", "grachtzicht", "Amsterdam"),
        ("Vlaskamp Verzekeringen", "N.V.", "vlaskamp", "Utrecht"),
        ("Kempenland Robotics", "B.V.", "kempenland", "Tilburg"),
        ("Wadden Analytics", "B.V.", "wadden-analytics", "Groningen"),
        ("Van Heerde Fietsen", "B.V.", "vanheerde", "Apeldoorn"),
        ("Meulemans Bouw", "NV", "meulemans", "Gent"),
        ("Sterrebeek Logistics", "BV", "sterrebeek", "Antwerpen"),
    ],
    "pl": [
        ("Wisłostal", "Sp. z o.o.", "wislostal", "Kraków"),
        ("Bursztyn Software", "Sp. z o.o.", "bursztyn-sw", "Gdańsk"),
        ("Mazowiecka Grupa Logistyczna", "S.A.", "mgl", "Warszawa"),
        ("Odra Systems", "Sp. z o.o.", "odrasystems", "Wrocław"),
        ("Kaszubskie Meble", "Sp. z o.o.", "kaszubskie-meble", "Kościerzyna"),
        ("Tatrapol Energia", "S.A.", "tatrapol", "Katowice"),
        ("Lubelskie Laboratoria Wrzos", "Sp. z o.o.", "wrzos-lab", "Lublin"),
        ("Pixelwarta", "Sp. z o.o.", "pixelwarta", "Poznań"),
        ("Bałtycka Spedycja", "Sp. z o.o.", "baltycka-sped", "Szczecin"),
        ("Jantar Finanse", "S.A.", "jantar-fin", "Warszawa"),
        ("Kopernik Data", "Sp. z o.o.", "kopernikdata", "Toruń"),
        ("Zielony Młyn", "Sp. z o.o.", "zielonymlyn", "Łódź"),
        ("Sudety Automotive", "Sp. z o.o.", "sudety-auto", "Wałbrzych"),
        ("Warmia Soft", "Sp. z o.o.", "warmiasoft", "Olsztyn"),
        ("Gryf Telekom", "S.A.", "gryftel", "Gdynia"),
    ],
    "nord": [
        ("Fjällström Teknik", "AB", "fjallstrom", "Umeå"),
        ("Skärgård Data", "AB", "skargarddata", "Stockholm"),
        ("Lindbergs Mejeri", "AB", "lindbergsmejeri", "Jönköping"),
        ("Norrsken Energi", "AB", "norrsken-energi", "Luleå"),
        ("Vättern Logistik", "AB", "vatternlog", "Linköping"),
        ("Havbris Software", "AS", "havbris", "Bergen"),
        ("Fjordkraft Marin", "AS", "fjordmarin", "Trondheim"),
        ("Nordkapp Fisk", "AS", "nordkappfisk", "Tromsø"),
        ("Kløvermark Design", "ApS", "kloevermark", "København"),
        ("Søndergaard Maskiner", "A/S", "sondergaard", "Aarhus"),
        ("Vesterhav Analytics", "ApS", "vesterhav", "Odense"),
        ("Saimaa Systems", "Oy", "saimaasys", "Lappeenranta"),
        ("Kuusela Rakennus", "Oy", "kuusela", "Tampere"),
        ("Revontuli Games", "Oy", "revontuli", "Helsinki"),
        ("Hrafn Fintech", "ehf.", "hrafn", "Reykjavík"),
        ("Ekholm & Berg Revision", "AB", "ekholmberg", "Göteborg"),
    ],
    "pt": [
        ("Tejo Engenharia", "Lda.", "tejo-eng", "Lisboa"),
        ("Azulejo Digital", "Lda.", "azulejodigital", "Porto"),
        ("Conservas Marinhense", "S.A.", "marinhense", "Matosinhos"),
        ("Douro Vinhos Quintela", "Lda.", "quintela", "Peso da Régua"),
        ("Alentejo Solar", "S.A.", "alentejosolar", "Évora"),
        ("Mondego Software", "Lda.", "mondego-sw", "Coimbra"),
        ("Cortiças Ferreirinha", "S.A.", "ferreirinha", "Santa Maria da Feira"),
        ("Atlântico Seguros", "S.A.", "atlantico-seg", "Lisboa"),
        ("Minho Têxtil", "Lda.", "minhotextil", "Braga"),
        ("Farol Logística", "Lda.", "farol-log", "Setúbal"),
        ("Luzitec Sistemas", "Lda.", "luzitec", "Aveiro"),
        ("Algarve Hotelaria Brisamar", "S.A.", "brisamar", "Faro"),
    ],
}

COUNTRIES = list(COMPANIES)

FIRST = {
    "de": ["Katrin", "Jürgen", "Sabine", "Matthias", "Anja", "Tobias", "Ulrike", "Stefan", "Birgit", "Florian",
           "Monika", "Ralf", "Claudia", "Henrik", "Petra", "Lukas", "Dagmar", "Sebastian", "Nicole", "Wolfgang"],
    "fr": ["Sophie", "Thierry", "Camille", "Olivier", "Nathalie", "Benoît", "Aurélie", "Julien", "Sandrine",
           "Guillaume", "Élodie", "Pascal", "Céline", "Mathieu", "Isabelle", "Arnaud", "Hélène", "Yannick"],
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Elena", "Álvaro", "Cristina", "Raúl", "Beatriz", "Iñaki",
           "Nuria", "Pablo", "Rocío", "Jordi", "Amparo", "Diego", "Montserrat", "Rubén"],
    "it": ["Francesca", "Alessandro", "Chiara", "Davide", "Giulia", "Marco", "Elisa", "Stefano", "Valentina",
           "Lorenzo", "Federica", "Paolo", "Silvia", "Matteo", "Roberta", "Gianluca", "Ilaria", "Massimo"],
    "nl": ["Marieke", "Joost", "Sanne", "Bram", "Femke", "Pieter", "Lotte", "Ruud", "Ingrid", "Thijs",
           "Anouk", "Sjoerd", "Esther", "Wouter", "Nienke", "Koen", "Els", "Jeroen"],
    "pl": ["Agnieszka", "Tomasz", "Katarzyna", "Paweł", "Magdalena", "Krzysztof", "Joanna", "Michał",
           "Ewa", "Marcin", "Aleksandra", "Piotr", "Dorota", "Grzegorz", "Monika", "Łukasz"],
    "nord": ["Karin", "Anders", "Ingrid", "Mikael", "Sofia", "Lars", "Maja", "Johan", "Elin", "Henrik",
             "Sigrid", "Mads", "Astrid", "Jukka", "Aino", "Rasmus", "Freja", "Ola", "Tuula"],
    "pt": ["Ana", "João", "Inês", "Rui", "Mariana", "Tiago", "Catarina", "Nuno", "Sofia", "Pedro",
           "Joana", "Miguel", "Rita", "Gonçalo", "Filipa", "Duarte"],
}
LAST = {
    "de": ["Brandstätter", "Köhler", "Wiesner", "Hartmann", "Lorenz", "Schäfer", "Krämer", "Vogt", "Bauer",
           "Seidl", "Hoffmann", "Engel", "Pohl", "Reuter", "Gruber", "Winkler", "Lindner", "Ziegler"],
    "fr": ["Morel", "Lefebvre", "Garnier", "Rousseau", "Chevalier", "Fontaine", "Marchand", "Leclerc",
           "Bonnet", "Perrin", "Gauthier", "Renaud", "Dufour", "Mercier", "Lambert", "Barbier"],
    "es": ["García Roldán", "Martínez", "Ibarra", "Sánchez Vidal", "Ortega", "Navarro", "Castells",
           "Etxeberria", "Moreno", "Serrano", "Gil Cano", "Prieto", "Vidal", "Herrero"],
    "it": ["Bianchi", "Colombo", "Ferraro", "Rinaldi", "Galli", "Conti", "De Luca", "Marchetti", "Fontana",
           "Barbieri", "Moretti", "Santoro", "Pellegrini", "Caruso", "Lombardi", "Greco"],
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "van den Berg", "Bos", "Vos", "Peeters", "Claes", "Hendriks", "Kuipers"],
    "pl": ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska",
           "Szymański", "Dąbrowska", "Kozłowski", "Jankowska", "Mazur", "Krawczyk", "Piotrowski"],
    "nord": ["Lindqvist", "Johansson", "Nyström", "Eriksson", "Berg", "Halvorsen", "Nielsen", "Sørensen",
             "Virtanen", "Mäkinen", "Andersen", "Holm", "Karlsson", "Lund", "Hakala"],
    "pt": ["Silva", "Ferreira", "Costa", "Rodrigues", "Martins", "Sousa", "Pereira", "Carvalho",
           "Almeida", "Lopes", "Moura", "Teixeira", "Gomes"],
}

# the mailbox owner (candidate): Europeans and others living in Europe
CAND_FIRST = ["Elena", "Marko", "Priya", "Tomás", "Lea", "Jonas", "Amira", "Daniel", "Ioana", "Kemal",
              "Sara", "Nikolai", "Chloé", "Rafael", "Hanna", "Oskar", "Yusuf", "Mira", "Luca", "Zofia",
              "Andrei", "Laura", "Felix", "Nadia", "Emil", "Carla", "Viktor", "Aylin", "Bruno", "Ines"]
CAND_LAST = ["Petrović", "Novak", "Iyer", "Oliveira", "Schneider", "Albrecht", "Haddad", "Kovács",
             "Popescu", "Yılmaz", "Costa", "Volkov", "Durand", "Alves", "Lindgren", "Berger", "Demir",
             "Horvat", "Romano", "Nowicka", "Ionescu", "Moreau", "Keller", "Benali", "Strand", "Ruiz",
             "Mészáros", "Aksoy", "Fabbri", "Vasquez"]
CAND_MAIL = ["gmail.com", "gmx.de", "web.de", "outlook.com", "posteo.de", "orange.fr", "libero.it",
             "protonmail.com", "hotmail.com", "wp.pl", "live.nl", "sapo.pt", "yahoo.es", "icloud.com"]

TLD = {"de": ["de", "de", "de", "at", "ch"], "fr": ["fr", "fr", "fr", "be", "ch"], "es": ["es"], "it": ["it"],
       "nl": ["nl", "nl", "be"], "pl": ["pl"], "nord": ["se", "no", "dk", "fi"], "pt": ["pt"]}

ROLES = [
    "Backend Developer (m/w/d)", "Data Engineer (f/m/d)", "Ingénieur DevOps (H/F)", "Java Developer",
    "Junior Controller", "Key Account Manager DACH", "Product Owner", "SAP FI/CO Consultant",
    "Embedded Software Engineer", "UX Designer", "IT System Administrator", "Frontend Developer (React)",
    "Sales Engineer Nordics", "Quality Manager (m/f/d)", "Buyer / Einkäufer", "Data Analyst",
    "Project Manager Construction", "Cloud Architect", "HR Generalist", "Marketing Specialist Export",
    "Supply Chain Planner", "Test Automation Engineer", "Financial Accountant", "Scrum Master",
    "Mobile Developer (Android)", "Process Engineer", "Technical Writer", "Customer Success Manager",
    "Machine Learning Engineer", "Network Engineer", "Business Analyst", "Site Reliability Engineer",
    "Responsabile Amministrativo", "Product Designer", "Export Manager LATAM", "Werkstudent Software",
    "Team Lead Platform", "Security Analyst", "Logistics Coordinator", "Python Developer",
]

TEAM_TOPICS = ["databases", "cloud infrastructure", "testing", "the backend", "data pipelines", "SAP", "logistics",
               "the embedded area", "controlling", "product"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


class Co:
    """One employer with everything needed to write mail from it."""

    def __init__(self, rng: random.Random, country: str | None = None) -> None:
        self.country = country or pick(rng, COUNTRIES)
        self.name, self.form, stem, self.city = pick(rng, COMPANIES[self.country])
        self.tld = pick(rng, TLD[self.country])
        self.domain = f"{stem}.{self.tld}"
        self.legal = f"{self.name} {self.form}".strip()


class Person:
    def __init__(self, rng: random.Random, country: str) -> None:
        self.first = pick(rng, FIRST[country])
        self.last = pick(rng, LAST[country])
        self.female = self.first[-1] in "aeiné" or self.first in ("Ingrid", "Karin", "Sigrid", "Astrid",
                                                                  "Els", "Esther", "Inês", "Freja", "Elin")
        if self.first in ("Luca", "Jukka", "Mikael", "Ola", "Joost", "Pascal", "Andrea", "Ole"):
            self.female = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def addr(self, domain: str, rng: random.Random) -> str:
        f = self.first.lower().translate(ASCII)
        last = self.last.lower().replace(" ", "").translate(ASCII)
        style = rng.randrange(4)
        if style == 0:
            return f"{f}.{last}@{domain}"
        if style == 1:
            return f"{f[0]}.{last}@{domain}"
        if style == 2:
            return f"{f[0]}{last}@{domain}"
        return f"{last}@{domain}"


ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "í": "i",
                       "á": "a", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ł": "l", "ś": "s", "ą": "a",
                       "ę": "e", "ż": "z", "ź": "z", "ć": "c", "ń": "n", "ø": "o", "å": "a", "æ": "ae",
                       "ã": "a", "õ": "o", "ı": "i", "ğ": "g", "ş": "s", "Ł": "l", "Á": "a", "É": "e",
                       "ò": "o", "à": "a", "ì": "i", "ù": "u", "ë": "e", "ï": "i", "ô": "o", "â": "a"})


class Cand:
    def __init__(self, rng: random.Random) -> None:
        self.first = pick(rng, CAND_FIRST)
        self.last = pick(rng, CAND_LAST)
        self.female = self.first[-1] in "aeh" and self.first not in ("Luca", "Jonas")
        f = self.first.lower().translate(ASCII)
        last = self.last.lower().translate(ASCII)
        fmt = rng.randrange(4)
        user = [f"{f}.{last}", f"{f}{last}{rng.randrange(70, 99)}", f"{f[0]}{last}", f"{last}.{f}"][fmt]
        self.addr = f"{user}@{pick(rng, CAND_MAIL)}"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


# ---------------------------------------------------------------- dates and times
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def date(rng: random.Random, country: str, month: int | None = None) -> str:
    d = rng.randint(1, 28)
    m = month or rng.randint(1, 12)
    y = 2026 if rng.random() < 0.8 else 2025
    style = {"de": ["{d:02}.{m:02}.{y}", "{d}.{m}.", "{d:02}.{m:02}."],
             "pl": ["{d:02}.{m:02}.{y}", "{d:02}.{m:02}.{y} r."],
             "fr": ["{d:02}/{m:02}/{y}", "{d} {M}"], "it": ["{d:02}/{m:02}/{y}", "{d}/{m}"],
             "es": ["{d:02}/{m:02}/{y}", "{d} of {M}"], "pt": ["{d:02}/{m:02}/{y}", "{d:02}-{m:02}-{y}"],
             "nl": ["{d:02}-{m:02}-{y}", "{d} {M}"], "nord": ["{y}-{m:02}-{d:02}", "{d}/{m}", "{d}.{m}.{y}"]}
    return pick(rng, style[country]).format(d=d, m=m, y=y, M=MONTHS_EN[m - 1])


def time(rng: random.Random, country: str) -> str:
    h = rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
    mi = rng.choice([0, 0, 0, 15, 30, 30, 45])
    style = {"de": ["{h}:{mi:02} Uhr", "{h:02}:{mi:02}", "{h}.{mi:02} h"], "fr": ["{h}h{mi:02}", "{h}h"],
             "it": ["ore {h}.{mi:02}", "{h}:{mi:02}"], "es": ["{h}:{mi:02}h", "las {h}:{mi:02}"],
             "pt": ["{h}h{mi:02}", "{h}:{mi:02}"], "nl": ["{h}.{mi:02} uur", "{h}:{mi:02}"],
             "pl": ["{h}:{mi:02}", "godz. {h}:{mi:02}"], "nord": ["kl. {h}.{mi:02}", "{h}:{mi:02}"]}
    out = pick(rng, style[country]).format(h=h, mi=mi)
    return out.replace("h00", "h") if country in ("fr", "pt") and rng.random() < 0.5 else out


def slot(rng: random.Random, country: str) -> str:
    day = pick(rng, DAYS_EN)
    if rng.random() < 0.3:
        day = day.lower() if rng.random() < 0.5 else day
    return f"{day}, {date(rng, country)} at {time(rng, country)}"


# ---------------------------------------------------------------- local colour
GREET_LOCAL = {
    "de": ["Guten Tag", "Hallo", "Servus", "Grüezi", "Moin"],
    "fr": ["Bonjour", "Bonjour à vous", "Salut"],
    "es": ["Hola", "Buenos días", "Buenas tardes"],
    "it": ["Buongiorno", "Salve", "Buonasera"],
    "nl": ["Beste", "Goedemiddag", "Hoi", "Goedemorgen"],
    "pl": ["Dzień dobry", "Witam", "Cześć"],
    "nord": ["Hej", "Hei", "Hej hej", "Moi", "Goddag"],
    "pt": ["Bom dia", "Olá", "Boa tarde"],
}
CLOSE_LOCAL = {
    "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüsse", "Herzliche Grüße"],
    "fr": ["Cordialement", "Bien cordialement", "Bien à vous", "Belle journée"],
    "es": ["Un saludo", "Saludos cordiales", "Atentamente", "Un abrazo"],
    "it": ["Cordiali saluti", "Distinti saluti", "Un caro saluto", "Buona giornata"],
    "nl": ["Met vriendelijke groet", "Groeten", "Hartelijke groet", "Met vriendelijke groeten"],
    "pl": ["Z poważaniem", "Pozdrawiam serdecznie", "Pozdrawiam"],
    "nord": ["Med vänliga hälsningar", "Vennlig hilsen", "Med venlig hilsen", "Ystävällisin terveisin", "Mvh"],
    "pt": ["Com os melhores cumprimentos", "Atenciosamente", "Cumprimentos", "Abraço"],
}
CLOSE_EN = ["Kind regards", "Best regards", "With kind regards", "Best greetings", "Many greetings",
            "Warm regards", "Yours sincerely", "Regards", "Friendly greetings", "With best regards",
            "Greetings from {city}", "Have a nice day", "Cordial greetings", "Sincerely yours",
            "Best wishes", "Kindest regards"]

TITLES = {
    "de": ["Personalreferentin", "HR Business Partner", "Referentin Recruiting", "Leitung Personal",
           "Geschäftsführer", "Teamleiter Softwareentwicklung", "Talent Acquisition Specialist", "Prokurist"],
    "fr": ["Chargée de recrutement", "Responsable RH", "DRH", "Talent Acquisition Partner", "Gérant",
           "Directeur technique", "Chargé de mission RH"],
    "es": ["Técnica de Selección", "Responsable de RRHH", "Director General", "People & Culture",
           "Departamento de Personas", "CTO"],
    "it": ["Ufficio Risorse Umane", "HR Specialist", "Responsabile del Personale", "Amministratore Unico",
           "Talent Acquisition", "Direttore Tecnico"],
    "nl": ["HR adviseur", "Corporate recruiter", "Teamleider Development", "Directeur", "P&O adviseur",
           "Recruiter"],
    "pl": ["Specjalista ds. Rekrutacji", "HR Business Partner", "Kierownik Działu Kadr", "Prezes Zarządu",
           "IT Recruiter"],
    "nord": ["HR-specialist", "Rekryterare", "HR-konsulent", "VD", "Head of People", "Team Lead",
             "Rekrytointiasiantuntija"],
    "pt": ["Técnica de Recursos Humanos", "Recrutadora", "Diretor Geral", "Gestora de Talento",
           "HR Manager"],
}


def footer(rng: random.Random, co: Co, boss: Person) -> str:
    n = rng.randint(100000, 999999)
    c = co.country
    if c == "de":
        opts = [f"{co.legal} · Sitz: {co.city} · Registergericht: Amtsgericht {co.city} HRB {n} · "
                f"Geschäftsführer: {boss.full}",
                f"{co.legal}, {co.city} | HRB {n} | USt-IdNr. DE{n}{rng.randint(100, 999)}\n"
                f"Vorstand/Management: {boss.full}",
                f"Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
                f"sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.\n"
                f"This e-mail contains confidential information. If you are not the intended recipient, "
                f"please inform the sender and destroy this mail."]
    elif c == "fr":
        opts = [f"{co.legal} au capital de {rng.choice(['10 000', '50 000', '250 000', '1 200 000'])} € – "
                f"RCS {co.city} {n:06} {rng.randint(100, 999)} – Siège social : {co.city}",
                "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
                "destinataires. / This message and its attachments are confidential.",
                f"{co.legal} · {rng.randint(1, 90)} rue {pick(rng, ['de la République', 'Victor Hugo', 'du Port', 'des Tanneurs'])}, {co.city}\n"
                "Pensez à l'environnement avant d'imprimer ce mail."]
    elif c == "es":
        opts = [f"{co.legal} – CIF B{n}{rng.randint(10, 99)} – Inscrita en el Registro Mercantil de {co.city}",
                "De acuerdo con el Reglamento (UE) 2016/679 (RGPD), le informamos que sus datos serán tratados "
                f"por {co.legal} con la finalidad de gestionar el proceso de selección. Puede ejercer sus "
                f"derechos escribiendo a privacidad@{co.domain}.",
                f"{co.legal} | {co.city} | Antes de imprimir este correo, piense en el medio ambiente."]
    elif c == "it":
        opts = [f"{co.legal} – Sede legale: {co.city} – P.IVA {n:06}{rng.randint(10000, 99999)} – "
                f"Capitale sociale € {rng.choice(['10.000', '100.000', '2.500.000'])} i.v.",
                "Ai sensi del Regolamento UE 2016/679 (GDPR) i Suoi dati saranno trattati esclusivamente ai "
                "fini della selezione. Questo messaggio è riservato. / This message is confidential.",
                f"{co.legal} | REA {co.city[:2].upper()}-{n} | Società soggetta a direzione e coordinamento"]
    elif c == "nl":
        opts = [f"{co.legal} | KvK {n}{rng.randint(10, 99)} | BTW NL{n}{rng.randint(100, 999)}B01",
                "Aan dit bericht kunnen geen rechten worden ontleend. / No rights can be derived from this "
                "message.",
                f"{co.legal} · {co.city} · Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde."]
    elif c == "pl":
        opts = [f"{co.legal} z siedzibą w {co.city}, Sąd Rejonowy, KRS 0000{n}, NIP {n}{rng.randint(1000, 9999)}, "
                f"kapitał zakładowy {rng.choice(['5 000', '50 000', '1 000 000'])} zł",
                f"Administratorem Pani/Pana danych osobowych jest {co.legal}. / The controller of your "
                f"personal data is {co.legal}.",
                f"{co.legal} | ul. {pick(rng, ['Długa', 'Polna', 'Kwiatowa', 'Lipowa'])} {rng.randint(1, 80)} | {co.city}"]
    elif c == "nord":
        opts = [f"{co.legal} | Org.nr {n}-{rng.randint(1000, 9999)} | {co.city}",
                f"{co.legal} · {co.city} · www.{co.domain}",
                "Detta e-postmeddelande kan innehålla konfidentiell information. / This e-mail may contain "
                "confidential information."]
    else:
        opts = [f"{co.legal} – NIPC {n}{rng.randint(100, 999)} – Capital social {rng.choice(['5.000', '50.000', '500.000'])} € – {co.city}",
                "Esta mensagem é confidencial. Se não for o destinatário, por favor apague-a. / This message "
                "is confidential.",
                f"{co.legal} | {co.city} | Antes de imprimir, pense no ambiente."]
    return pick(rng, opts)


QUOTE_HEAD = {
    "de": ("Von: {n} <{a}>\nGesendet: {d}\nAn: {t}\nBetreff: {s}", "Am {d} um {h} schrieb {n} <{a}>:"),
    "fr": ("De : {n} <{a}>\nEnvoyé : {d}\nÀ : {t}\nObjet : {s}", "Le {d} à {h}, {n} <{a}> a écrit :"),
    "es": ("De: {n} <{a}>\nEnviado el: {d}\nPara: {t}\nAsunto: {s}", "El {d} a las {h}, {n} <{a}> escribió:"),
    "it": ("Da: {n} <{a}>\nInviato: {d}\nA: {t}\nOggetto: {s}", "Il giorno {d} alle ore {h} {n} <{a}> ha scritto:"),
    "nl": ("Van: {n} <{a}>\nVerzonden: {d}\nAan: {t}\nOnderwerp: {s}", "Op {d} om {h} schreef {n} <{a}>:"),
    "pl": ("Od: {n} <{a}>\nWysłano: {d}\nDo: {t}\nTemat: {s}", "W dniu {d} o {h} {n} <{a}> napisał(a):"),
    "nord": ("Från: {n} <{a}>\nSkickat: {d}\nTill: {t}\nÄmne: {s}", "Den {d} kl. {h} skrev {n} <{a}>:"),
    "pt": ("De: {n} <{a}>\nEnviada: {d}\nPara: {t}\nAssunto: {s}", "No dia {d}, às {h}, {n} <{a}> escreveu:"),
    "en": ("From: {n} <{a}>\nSent: {d}\nTo: {t}\nSubject: {s}", "On {d} at {h}, {n} <{a}> wrote:"),
}


def quote(rng: random.Random, country: str, name: str, addr: str, to: str, subj: str, body: str) -> str:
    """Quoted history under a reply: Outlook block (often localised) or a '>' block."""
    loc = country if rng.random() < 0.6 else "en"
    outlook, gmail = QUOTE_HEAD[loc]
    d = date(rng, country if country != "en" else "de")
    h = f"{rng.randint(8, 18)}:{rng.choice(['05', '12', '30', '47', '58'])}"
    if rng.random() < 0.45:
        head = outlook.format(n=name, a=addr, d=f"{d} {h}", t=to, s=subj)
        return f"\n\n{'_' * 32}\n{head}\n\n{body}"
    head = gmail.format(n=name, a=addr, d=d, h=h)
    quoted = "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))
    return f"\n\n{head}\n{quoted}"
