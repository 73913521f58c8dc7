"""w49 invented employers, people, places and roles for each region."""

from __future__ import annotations

from _w49_common import cand_addr, chance, person, pick, ref_no, slug, staff_addr

# region -> names, employers (name, domain, sector), cities, phone style
REGIONS = {
    "ng": dict(
        local=["your NYSC discharge certificate", "your BVN slip", "your state of origin certificate"],
        names=[("Chinedu", "Okafor"), ("Aisha", "Bello"), ("Tunde", "Adeyemi"), ("Ngozi", "Eze"), ("Emeka", "Nwosu"),
               ("Funmilayo", "Ogunleye"), ("Ibrahim", "Musa"), ("Kemi", "Adebayo"), ("Halima", "Yusuf"),
               ("Chiamaka", "Obi"), ("Segun", "Afolabi"), ("Zainab", "Lawal")],
        employers=[("Lagoon Crest Hospital", "lagooncresthospital.ng", "health"),
                   ("Sterling Harbour Bank", "shbank.com.ng", "bank"), ("Aerowave Telecom", "aerowave.ng", "telco"),
                   ("Niger Delta Petro Services", "ndpetroservices.com", "oil"),
                   ("Greenfield Academy Abuja", "greenfieldabuja.edu.ng", "school"),
                   ("MedPlus Pharmacy Chain", "medpluschain.ng", "pharmacy"),
                   ("Okoye & Partners Staffing", "okoyestaffing.com", "staffing"),
                   ("Paystride", "paystride.africa", "startup")],
        cities=["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Enugu", "Kano"],
        streets=["Plot 14, Admiralty Way, Lekki Phase 1", "12 Adeola Odeku Street, Victoria Island",
                 "Block C, Central Business District", "45 Aba Road, GRA Phase 2"],
        phone=lambda r: f"+234 80{r.randrange(1, 9)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}"),
    "gh": dict(
        local=["your Ghana Card", "your SSNIT number"],
        names=[("Kwame", "Mensah"), ("Ama", "Owusu"), ("Kofi", "Asante"), ("Efua", "Boateng"), ("Yaw", "Darko"),
               ("Akosua", "Agyeman"), ("Nana", "Ofori"), ("Abena", "Quaye")],
        employers=[("Korle View Clinic", "korleviewclinic.com.gh", "health"),
                   ("Gold Coast Savings Bank", "gcsb.com.gh", "bank"), ("Volta Breeze Hotel", "voltabreeze.com", "hotel"),
                   ("Ashanti Fresh Supermarkets", "ashantifresh.com.gh", "retail"),
                   ("Tema Harbour Logistics", "temahl.com", "logistics")],
        cities=["Accra", "Kumasi", "Takoradi", "Tema", "Tamale"],
        streets=["No. 7 Liberation Road, Airport Residential", "Ring Road East, opposite the fire station",
                 "Spintex Road, Community 18 junction"],
        phone=lambda r: f"+233 24 {r.randrange(100, 999)} {r.randrange(1000, 9999)}"),
    "ke": dict(
        local=["your KRA PIN certificate", "your certificate of good conduct", "your NHIF card"],
        names=[("Wanjiru", "Kamau"), ("Otieno", "Odhiambo"), ("Achieng", "Ouma"), ("Kipchoge", "Rotich"),
               ("Njeri", "Mwangi"), ("Mutua", "Musyoka"), ("Faith", "Chebet"), ("Brian", "Kiprono")],
        employers=[("Rift Valley Mission Hospital", "rvmh.or.ke", "health"), ("Safiri Mobile", "safirimobile.co.ke", "telco"),
                   ("Umoja Microfinance Bank", "umojamfb.co.ke", "bank"), ("Tujenge Relief Initiative", "tujenge.org", "ngo"),
                   ("Nairobi Hill School", "nairobihill.sc.ke", "school"), ("Jambo Skyways", "jamboskyways.com", "airline")],
        cities=["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"],
        streets=["Upper Hill, Ragati Road, 4th Floor", "Mombasa Road, Sameer Park Block B", "Ngong Road, Karen"],
        phone=lambda r: f"+254 7{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(100, 999)}"),
    "ug": dict(
        local=["your National ID (Ndaga Muntu)", "your NSSF number"],
        names=[("Sarah", "Nakato"), ("James", "Okello"), ("Ruth", "Namukasa"), ("Moses", "Ssempala"),
               ("Grace", "Atim"), ("Ivan", "Mugisha")],
        employers=[("Pearl Lakeside Hospital", "pearllakeside.ug", "health"),
                   ("Kampala Crane Bank", "kccbank.co.ug", "bank"), ("Nile Light NGO Consortium", "nilelight.org", "ngo"),
                   ("Entebbe Gardens Hotel", "entebbegardens.co.ug", "hotel")],
        cities=["Kampala", "Entebbe", "Jinja", "Mbarara", "Gulu"],
        streets=["Plot 22, Kampala Road", "Kololo, Plot 5 Elizabeth Avenue", "Ntinda, Kigowa Road"],
        phone=lambda r: f"+256 77{r.randrange(0, 9)} {r.randrange(100000, 999999)}"),
    "za": dict(
        local=["your SA ID document", "your matric certificate"],
        names=[("Thabo", "Nkosi"), ("Lerato", "Mokoena"), ("Sipho", "Dlamini"), ("Annelie", "van der Merwe"),
               ("Zanele", "Khumalo"), ("Pieter", "Botha"), ("Ayanda", "Zulu"), ("Nadia", "Adams")],
        employers=[("Highveld Care Hospitals", "highveldcare.co.za", "health"), ("Protea Mutual Bank", "proteamutual.co.za", "bank"),
                   ("Karoo Fresh Stores", "karoofresh.co.za", "retail"), ("Cape Dial Contact Centre", "capedial.co.za", "bpo"),
                   ("Umhlanga Sands Resort", "umhlangasands.co.za", "hotel"), ("Tafelberg University", "tafelberg.ac.za", "uni")],
        cities=["Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha"],
        streets=["14 Rivonia Boulevard, Sandton", "Block D, Century City Office Park", "22 Florida Road, Morningside"],
        phone=lambda r: f"+27 8{r.randrange(1, 4)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}"),
    "in": dict(
        local=["your PAN card", "your Aadhaar copy", "your relieving letter"],
        names=[("Priya", "Sharma"), ("Rahul", "Verma"), ("Ananya", "Iyer"), ("Sandeep", "Reddy"), ("Kavita", "Nair"),
               ("Arjun", "Mehta"), ("Deepa", "Krishnan"), ("Vikram", "Singh"), ("Sneha", "Kulkarni"), ("Rohit", "Gupta")],
        employers=[("Sahyadri Multispeciality Hospital", "sahyadrihospitals.in", "health"),
                   ("Indus Valley Bank", "indusvalleybank.co.in", "bank"), ("Nexora Infotech", "nexorainfotech.com", "bpo"),
                   ("Bharat Retail Mart", "bharatretailmart.in", "retail"), ("Kaveri Pharma Ltd", "kaveripharma.com", "pharmacy"),
                   ("Zippo Kart", "zippokart.in", "startup"), ("Deccan Institute of Technology", "dit.ac.in", "uni"),
                   ("Skyline Talent Solutions", "skylinetalent.in", "staffing")],
        cities=["Bengaluru", "Pune", "Hyderabad", "Chennai", "Gurugram", "Noida", "Kochi", "Mumbai"],
        streets=["3rd Floor, Prestige Tech Park, Outer Ring Road", "Tower B, DLF Cyber City, Phase 2",
                 "Plot 17, Hinjewadi Phase 1", "No. 42, Anna Salai, Teynampet"],
        phone=lambda r: f"+91 9{r.randrange(100, 999)}{r.randrange(100000, 999999)}"),
    "pk": dict(
        local=["your CNIC copy", "your domicile certificate"],
        names=[("Ayesha", "Khan"), ("Bilal", "Ahmed"), ("Fatima", "Siddiqui"), ("Usman", "Tariq"), ("Hira", "Malik"),
               ("Hamza", "Qureshi")],
        employers=[("Indus Crescent Hospital", "induscrescent.pk", "health"), ("Margalla Commercial Bank", "mcbank.com.pk", "bank"),
                   ("Ravi Telecom", "ravitelecom.pk", "telco"), ("Karakoram Textiles", "karakoramtextiles.com", "retail")],
        cities=["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad"],
        streets=["Plot 9, Block 6, PECHS", "Blue Area, Jinnah Avenue", "Main Boulevard, Gulberg III"],
        phone=lambda r: f"+92 30{r.randrange(0, 9)} {r.randrange(1000000, 9999999)}"),
    "lk": dict(
        local=["your NIC copy", "your EPF number"],
        names=[("Nimal", "Perera"), ("Dilani", "Fernando"), ("Kasun", "Jayasuriya"), ("Tharushi", "Wickramasinghe"),
               ("Ruwan", "Silva")],
        employers=[("Lanka Serendib Hotels", "serendibhotels.lk", "hotel"), ("Ceylon Harbour Bank", "chbank.lk", "bank"),
                   ("Kandy Lakeview Hospital", "kandylakeview.lk", "health"), ("Island Code Labs", "islandcodelabs.lk", "startup")],
        cities=["Colombo", "Kandy", "Galle", "Negombo"],
        streets=["No. 65, Galle Road, Colombo 03", "No. 12, Peradeniya Road, Kandy"],
        phone=lambda r: f"+94 77 {r.randrange(100, 999)} {r.randrange(1000, 9999)}"),
    "ph": dict(
        local=["your NBI clearance", "your SSS and PhilHealth numbers", "your PSA birth certificate"],
        names=[("Maria", "Santos"), ("Jose", "Reyes"), ("Kristine", "dela Cruz"), ("Mark Anthony", "Bautista"),
               ("Joanna", "Villanueva"), ("Rhea", "Mendoza"), ("Paolo", "Garcia")],
        employers=[("BrightPath Global Solutions", "brightpathglobal.ph", "bpo"), ("St. Agnes Medical Center", "stagnesmc.ph", "health"),
                   ("Pacific Isles Bank", "pacificislesbank.com.ph", "bank"), ("Luzon Fresh Supermart", "luzonfresh.ph", "retail"),
                   ("Visayas Sun Air", "visayassunair.com", "airline")],
        cities=["Makati City", "Taguig", "Cebu City", "Pasig City", "Davao City", "Quezon City"],
        streets=["12F Ayala North Tower, Makati Avenue", "8th Floor, One World Square, McKinley Hill",
                 "IT Park, Lahug", "Ortigas Center, ADB Avenue"],
        phone=lambda r: f"+63 9{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}"),
    "sg": dict(
        local=["your NRIC or work pass"],
        names=[("Wei Ling", "Tan"), ("Jun Hao", "Lim"), ("Aisyah", "Rahman"), ("Rajesh", "Pillai"), ("Chloe", "Ng"),
               ("Marcus", "Goh")],
        employers=[("Straits Medical Group", "straitsmedical.sg", "health"), ("Merlion Capital Bank", "merlioncapital.sg", "bank"),
                   ("Lumen Harbour Hotels", "lumenharbour.com", "hotel"), ("Tessellate Labs", "tessellatelabs.io", "startup")],
        cities=["Singapore"],
        streets=["1 Raffles Place, #20-01", "10 Anson Road, #12-05", "3 Fusionopolis Way, #08-11"],
        phone=lambda r: f"+65 {r.randrange(6000, 9999)} {r.randrange(1000, 9999)}"),
    "my": dict(
        local=["your MyKad copy", "your EPF (KWSP) number"],
        names=[("Nurul", "Huda"), ("Ahmad", "Faiz"), ("Mei Ling", "Lee"), ("Kavitha", "Subramaniam"), ("Hafiz", "Ismail")],
        employers=[("Klang Valley Specialist Hospital", "kvsh.com.my", "health"), ("Perdana Mutiara Bank", "pmbank.com.my", "bank"),
                   ("Borneo Petroleum Services", "borneopetro.com.my", "oil"), ("Teh Tarik Tech", "tehtariktech.my", "startup")],
        cities=["Kuala Lumpur", "Petaling Jaya", "Penang", "Johor Bahru", "Kuching"],
        streets=["Level 18, Menara Sentral, Jalan Stesen Sentral", "No. 8, Jalan SS 21/37, Damansara Utama"],
        phone=lambda r: f"+60 1{r.randrange(2, 9)}-{r.randrange(100, 999)} {r.randrange(1000, 9999)}"),
    "hk": dict(
        local=["your HKID card copy"],
        names=[("Ka Yan", "Wong"), ("Tsz Hin", "Chan"), ("Hoi Ying", "Cheung"), ("Ming", "Lau")],
        employers=[("Victoria Peak Securities", "vpsecurities.hk", "bank"), ("Harbourfront Grand Hotel", "hfgrand.hk", "hotel"),
                   ("Kowloon Care Clinics", "kowlooncare.hk", "health")],
        cities=["Hong Kong"],
        streets=["18/F, Tower 2, Times Square, Causeway Bay", "Unit 1203, Kowloon Commerce Centre, Kwai Chung"],
        phone=lambda r: f"+852 {r.randrange(5000, 9999)} {r.randrange(1000, 9999)}"),
    "gulf": dict(
        local=["your Emirates ID or Iqama copy", "your attested degree certificate", "your passport with visa page"],
        names=[("Mohammed", "Al Mansouri"), ("Fatima", "Al Hashimi"), ("Khalid", "Al Qahtani"), ("Reem", "Al Thani"),
               ("Omar", "Haddad"), ("Priya", "Menon"), ("Tariq", "Al Farsi"), ("Noura", "Al Suwaidi")],
        employers=[("Al Noor Healthcare Group", "alnoorhealth.ae", "health"), ("Desert Falcon Airways", "desertfalconair.com", "airline"),
                   ("Gulf Pearl Petroleum", "gulfpearlpetro.com", "oil"), ("Al Waha Grand Hotel", "alwahagrand.com", "hotel"),
                   ("Doha Horizon Bank", "dohahorizonbank.qa", "bank"), ("Najd Retail Company", "najdretail.sa", "retail"),
                   ("Emirates Skill Bridge Manpower", "esbmanpower.ae", "staffing")],
        cities=["Dubai", "Abu Dhabi", "Doha", "Riyadh", "Jeddah", "Sharjah", "Muscat"],
        streets=["Office 1402, Al Moosa Tower 2, Sheikh Zayed Road", "Building 7, Al Olaya District",
                 "West Bay, Tower 3, 22nd Floor", "Al Khalidiyah, Corniche Road"],
        phone=lambda r: f"+971 5{r.randrange(0, 9)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}"),
    "carib": dict(
        local=["your TRN card", "your police record"],
        names=[("Keisha", "Campbell"), ("Andre", "Williams"), ("Shanice", "Brown"), ("Marlon", "Thompson"),
               ("Tricia", "Ramdeen"), ("Devon", "Joseph")],
        employers=[("Blue Mountain Credit Union", "bmcu.com.jm", "bank"), ("Caribbean Isles Resort", "cislesresort.com", "hotel"),
                   ("Trinidad Gas Holdings", "tgasholdings.tt", "oil"), ("Bridgetown Community Hospital", "bch.bb", "health"),
                   ("Island Connect Telecoms", "islandconnect.com", "telco")],
        cities=["Kingston", "Port of Spain", "Bridgetown", "Montego Bay", "Nassau"],
        streets=["32 Knutsford Boulevard, New Kingston", "Independence Square, Port of Spain", "Bay Street, Bridgetown"],
        phone=lambda r: f"+1 876 {r.randrange(200, 999)} {r.randrange(1000, 9999)}"),
}

ROLES = {
    "health": ["Staff Nurse", "Registered Nurse (ICU)", "Medical Officer", "Laboratory Scientist", "Radiographer",
               "Front Desk Officer", "Pharmacist", "Medical Records Officer", "Physiotherapist", "Patient Care Coordinator"],
    "pharmacy": ["Pharmacist", "Pharmacy Technician", "Sales Representative", "Store Supervisor", "Medical Representative"],
    "bank": ["Relationship Manager", "Customer Service Officer", "Graduate Trainee", "Credit Analyst", "Teller",
             "Compliance Officer", "Internal Auditor", "Branch Operations Officer"],
    "telco": ["Network Engineer", "Customer Experience Agent", "Sales Executive", "Data Analyst", "Field Technician"],
    "retail": ["Store Manager", "Cashier", "Merchandiser", "Inventory Controller", "Assistant Branch Manager"],
    "hotel": ["Front Office Agent", "Commis Chef", "Guest Relations Executive", "Housekeeping Supervisor",
              "Food and Beverage Attendant", "Night Auditor"],
    "airline": ["Cabin Crew", "Customer Service Agent (Airport)", "Aircraft Maintenance Technician", "Ramp Officer"],
    "oil": ["HSE Officer", "Process Engineer", "Drilling Supervisor", "Procurement Officer", "Graduate Engineer Trainee"],
    "school": ["Mathematics Teacher", "Science Teacher", "Bursar", "Admissions Officer", "ICT Teacher"],
    "uni": ["Lecturer in Accounting", "Assistant Lecturer", "Administrative Assistant", "Research Assistant", "Librarian"],
    "ngo": ["Programme Officer", "Monitoring and Evaluation Officer", "Field Coordinator", "Finance Assistant",
            "Community Health Volunteer Supervisor"],
    "bpo": ["Customer Service Representative", "Technical Support Associate", "Team Leader", "Quality Analyst",
            "Chat Support Agent"],
    "startup": ["Backend Developer", "Product Designer", "Growth Associate", "Operations Associate", "Data Engineer",
                "Frontend Developer"],
    "staffing": ["Accountant", "Admin Officer", "Driver", "Sales Executive", "HR Assistant", "Site Engineer"],
    "logistics": ["Logistics Coordinator", "Warehouse Supervisor", "Fleet Officer"],
    "gov": ["Administrative Officer", "Assistant Accountant", "Clerical Officer"],
}

TITLES_EN = ["HR Officer", "Talent Acquisition Specialist", "Recruitment Officer", "HR Business Partner",
             "Head, Human Resources", "HR Executive", "Recruiter", "Senior HR Associate", "People Operations Lead",
             "Human Capital Officer", "HR Assistant", "Talent Acquisition Lead"]


def fmt_date(rng, lang, months, weekdays):
    d = rng.randrange(1, 29)
    m = rng.randrange(12)
    y = rng.choice([2025, 2026])
    wd = pick(rng, weekdays)
    if lang == "en":
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return pick(rng, [f"{wd}, {d}{suf} {months[m]} {y}", f"{d} {months[m]} {y}", f"{d:02d}/{m + 1:02d}/{y}",
                          f"{wd} {d} {months[m]}", f"{months[m]} {d}, {y}", f"{d}-{months[m][:3]}-{y}"])
    if lang in ("pt", "es"):
        de = "de"
        return pick(rng, [f"{wd}, {d} {de} {months[m]} {de} {y}", f"{d:02d}/{m + 1:02d}/{y}", f"{wd} {d}/{m + 1:02d}",
                          f"{d} {de} {months[m]}"])
    if lang == "fr":
        return pick(rng, [f"{wd} {d} {months[m]} {y}", f"{d:02d}/{m + 1:02d}/{y}", f"{wd} {d} {months[m]}"])
    return pick(rng, [f"{wd}, {d} {months[m]} {y}", f"{d:02d}/{m + 1:02d}/{y}", f"{wd} {d} {months[m]}"])


def fmt_time(rng, lang):
    h = rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 15])
    mi = rng.choice([0, 0, 30, 15])
    if lang == "en":
        ap = "AM" if h < 12 else "PM"
        hh = h if h <= 12 else h - 12
        return pick(rng, [f"{hh}:{mi:02d} {ap}", f"{hh}:{mi:02d}{ap.lower()}", f"{h:02d}:{mi:02d} hrs",
                          f"{hh}{'' if mi == 0 else ':' + str(mi)} {ap.lower()} prompt"])
    if lang in ("pt", "es", "fr"):
        return pick(rng, [f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}h" if mi == 0 else f"{h}h{mi}"])
    return pick(rng, [f"{h:02d}.{mi:02d} WIB" if lang == "id" else f"{h}.{mi:02d} pagi" if h < 12 else f"{h - 12}.{mi:02d} petang",
                      f"{h:02d}:{mi:02d}"])


def _place(rng, R, city):
    st = pick(rng, R["streets"])
    if any(c in st for c in R["cities"]) or len(R["cities"]) == 1:
        return st
    return st + ", " + city


def make_ctx(rng, region, F, employer=None, sector=None, roles=None):
    R = REGIONS[region] if isinstance(region, str) else region
    if employer is None:
        employer = pick(rng, R["employers"])
    name, domain, sec = employer
    sector = sector or sec
    cand = person(rng, R["names"])
    sender = person(rng, R["names"])
    while sender["full"] == cand["full"]:
        sender = person(rng, R["names"])
    other = person(rng, R["names"])
    mgr = person(rng, R["names"])
    if isinstance(roles, dict):
        role_pool = roles.get(sector) or pick(rng, list(roles.values()))
    else:
        role_pool = roles or ROLES.get(sector, ROLES["staffing"])
    role = pick(rng, role_pool)
    role2 = pick(rng, [r for r in role_pool if r != role] or role_pool)
    city = pick(rng, R["cities"])
    lang = F["lang"]
    date = fmt_date(rng, lang, F["months"], F["weekdays"])
    deadline = fmt_date(rng, lang, F["months"], F["weekdays"])
    start = fmt_date(rng, lang, F["months"], F["weekdays"])
    cur = R.get("currency", pick(rng, F.get("currency", ["NGN", "KES", "INR", "PHP", "AED", "ZAR", "GHS"])))
    salary = pick(rng, F["salary_fmt"]).format(cur=cur, amt=f"{rng.randrange(30, 900) * 1000:,}")
    ctx = dict(
        first=cand["first"], last=cand["last"], full=cand["full"],
        sfirst=sender["first"], sname=sender["full"], stitle=pick(rng, F.get("titles", TITLES_EN)),
        other=other["full"], manager=mgr["full"] + ", " + pick(rng, F.get("mgr_titles", ["Head of Department"])),
        company=name, domain=domain, role=role, role2=role2, city=city,
        venue=_place(rng, R, city), address=_place(rng, R, city), localdoc=pick(rng, R.get("local", ["a valid national ID"])),
        date=date, time=fmt_time(rng, lang), deadline=deadline, start=start, salary=salary,
        grade=pick(rng, ["Grade 7", "Level 4", "M2", "Band C", "Officer II", "JG 5", "Grade B2", "Assistant Manager"]),
        ref=ref_no(rng), phone=R["phone"](rng),
        link=pick(rng, [f"https://careers.{domain}/assess/{rng.randrange(10**6, 10**7)}",
                        f"https://{slug(name).split('.')[0]}.testhub-online.com/t/{rng.randrange(10**5, 10**6)}",
                        f"https://meet.{pick(rng, ['vidlink.io', 'confer.live', 'huddle-call.com'])}/{rng.randrange(10**8, 10**9)}",
                        f"https://portal.{domain}/candidate/{rng.randrange(10**5, 10**6)}"]),
        qdate=fmt_date(rng, lang, F["months"], F["weekdays"]),
    )
    ctx["cand_addr"] = cand_addr(rng, cand)
    ctx["staff_addr"] = staff_addr(rng, sender, domain)
    ctx["qname"] = cand["full"]
    ctx["qaddr"] = ctx["cand_addr"]
    return ctx
