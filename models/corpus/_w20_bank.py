"""Shared world for writer w20: employers, people, dates and the mail furniture (greetings,
sign-offs, signatures, disclaimers, quoting, HTML) of hiring mail written in English as a working
language in India, the Philippines, the Gulf, Singapore/Malaysia, Nigeria/Kenya, Eastern Europe
and East Asia. Every fragment here was written for this corpus."""

from __future__ import annotations

import html
import random
import re
from typing import Sequence

# --------------------------------------------------------------------------- employers
# (stem, region) pairs combined with a per-region (trade word, legal form) suffix cycle.
_STEMS: dict[str, list[str]] = {
    "IN": ["Sriven", "Kavach", "Nirmaan", "Trivikram", "Anvaya", "Pragati Setu", "Vasundhara",
           "Medhavi", "Tejomay", "Akshara", "Sahyadri", "Kaveri Bay", "Ujjwal", "Navyug", "Suryoday",
           "Chitrakoot", "Ashwin", "Parijat", "Ratnagiri", "Saptarishi", "Himgiri", "Nilgiri",
           "Vidyut", "Mayura", "Shrushti", "Kalpavriksha", "Aranya", "Tanvika", "Yashodhan",
           "Samanvay", "Harit Kranti", "Koshika", "Pratham Bytes", "Ekatva", "Gomti", "Lokmanya",
           "Deccan Quill", "Malabar Coast", "Konark", "Vindhya"],
    "PH": ["Bayanihan", "Mabuhay Link", "Tala", "Dalisay", "Hiraya", "Bituin", "Malaya Point",
           "Kalinaw", "Sampaguita", "Amihan", "Habagat", "Tanglaw", "Silangan", "Lakbay", "Luntian"],
    "GULF": ["Al Noor Crest", "Al Rawdah", "Dar Al Sahel", "Al Waha", "Najm", "Rimal", "Sadeem",
             "Al Marjan Tides", "Qasr Almas", "Wadi Zain", "Al Dhafra Gate", "Sahm", "Bayt Al Qamar",
             "Jazirat Noor", "Al Mizan", "Sidra Oasis", "Zahrat Al Bahr", "Tilal Al Reef", "Al Shuaa",
             "Ruwais Arc"],
    "SGMY": ["Straitsbridge", "Kampong Lumen", "Tembusu", "Senja", "Pelita", "Melaka Quay",
             "Harimau", "Cendana", "Seri Bayu", "Banyan Quay", "Nusantara Vale", "Lumi Kopi",
             "Tanjong Arc", "Kenanga", "Orkid", "Halia", "Petaling Sky", "Bukit Larch", "Teratai",
             "Selat Nine"],
    "AF": ["Ireti", "Abeni", "Eko Bridge", "Kwara Crest", "Ikenga", "Amara Fields", "Savanna Peak",
           "Kilima", "Simba Line", "Twiga", "Nyota", "Pwani", "Mara Plains", "Upendo", "Tujenge",
           "Ndovu", "Olumo", "Zuma Ridge", "Ogun Delta", "Athi River", "Lekki Harbour", "Ebony Reach"],
    "EE": ["Vistula Byte", "Karpaty Soft", "Bursztyn", "Mazury Data", "Danube Quill", "Carpathia",
           "Tatra Logic", "Morava", "Vltava Works", "Balaton Signal", "Dnipro Code", "Lviv Forge",
           "Bukovina", "Transilva", "Oltenia", "Prut Valley", "Zubr", "Sokol Systems", "Jantar",
           "Kalina", "Baltica Grid", "Riga Pine", "Sarmata"],
    "EA": ["Hanbit", "Saebyeok", "Dasol", "Gaon", "Yuseong Kite", "Namsan Flow", "Kumo Works",
           "Hikari Tsubame", "Aozora Link", "Tsuki Lab", "Kawase", "Shinrai", "Fujimi Gear",
           "Yushan Micro", "Taroko Data", "Lanyu", "Jade Harbor", "Linhai", "Songshan", "Mekong Vista",
           "Sao Mai", "Lotus Delta", "Hai Long", "Bukhan", "Minato Loom"],
}
_SUFFIX: dict[str, list[tuple[str, str]]] = {
    "IN": [("Infotech", "Pvt. Ltd."), ("Technologies", "Pvt. Ltd."), ("Softlabs", "LLP"),
           ("Consulting Services", "Pvt. Ltd."), ("Fintech", "Pvt. Ltd."), ("Analytics", "Pvt. Ltd."),
           ("Engineering", "Ltd."), ("Global Services", "Pvt. Ltd."), ("Healthcare", "Ltd."),
           ("Infra Projects", "Ltd."), ("Retail", "Pvt. Ltd."), ("Pharma", "Ltd."),
           ("Logistics", "Pvt. Ltd."), ("Motors", "Ltd."), ("Edutech", "Pvt. Ltd.")],
    "PH": [("Outsourcing", "Inc."), ("Contact Solutions", "Corp."), ("Shared Services", "Inc."),
           ("Realty", "Corp."), ("Health Partners", "Inc.")],
    "GULF": [("Contracting", "LLC"), ("Facilities Management", "LLC"), ("Hospitality Group", ""),
             ("Trading", "W.L.L."), ("Engineering Consultants", ""), ("Healthcare", "LLC"),
             ("Logistics", "FZE")],
    "SGMY": [("", "Pte. Ltd."), ("Solutions", "Sdn. Bhd."), ("Holdings", "Pte. Ltd."),
             ("Capital", "Sdn. Bhd."), ("Biotech", "Pte. Ltd."), ("Semiconductor", "Sdn. Bhd.")],
    "AF": [("", "Limited"), ("Microfinance Bank", "Ltd"), ("Energy Services", "Ltd"),
           ("Agritech", "Limited"), ("Telecom", "Plc"), ("Insurance", "Plc")],
    "EE": [("", "sp. z o.o."), ("Software House", "s.r.o."), ("", "S.R.L."), ("Solutions", "LLC"),
           ("Technologies", "a.s."), ("", "S.A.")],
    "EA": [("", "Co., Ltd."), ("Corporation", ""), ("", "K.K."), ("Electronics", "Inc."),
           ("Games", "Co., Ltd."), ("Mobility", "Inc.")],
}
_TLD = {"IN": [".co.in", ".in", ".com"], "PH": [".com.ph", ".ph"], "GULF": [".ae", ".qa", ".com.sa", ".om"],
        "SGMY": [".com.sg", ".com.my", ".sg"], "AF": [".com.ng", ".co.ke", ".ng"],
        "EE": [".pl", ".cz", ".ro", ".com.ua", ".eu"], "EA": [".co.kr", ".co.jp", ".com.tw", ".vn"]}
_CITY = {"IN": ["Bengaluru", "Pune", "Hyderabad", "Chennai", "Noida", "Gurugram", "Kochi", "Ahmedabad",
                "Mumbai", "Kolkata", "Coimbatore", "Indore"],
         "PH": ["Makati City", "Taguig (BGC)", "Cebu City", "Pasig", "Quezon City", "Davao City", "Iloilo"],
         "GULF": ["Dubai", "Abu Dhabi", "Doha", "Riyadh", "Muscat", "Sharjah", "Manama", "Jeddah"],
         "SGMY": ["Singapore", "Kuala Lumpur", "Penang", "Johor Bahru", "Cyberjaya", "Petaling Jaya"],
         "AF": ["Lagos", "Abuja", "Port Harcourt", "Nairobi", "Mombasa", "Ibadan", "Kisumu"],
         "EE": ["Warsaw", "Krakow", "Wroclaw", "Brno", "Prague", "Cluj-Napoca", "Bucharest", "Lviv", "Kyiv",
                "Iasi", "Gdansk"],
         "EA": ["Seoul", "Pangyo", "Busan", "Tokyo", "Osaka", "Taipei", "Hsinchu", "Ho Chi Minh City",
                "Hanoi", "Shenzhen"]}
_TZ = {"IN": "IST", "PH": "PHT", "GULF": "GST", "SGMY": "SGT", "AF": "WAT", "EE": "CET", "EA": "KST"}


class Company:
    def __init__(self, stem: str, trade: str, legal: str, region: str, idx: int) -> None:
        self.name = f"{stem} {trade}".strip()
        self.legal = f"{self.name} {legal}".strip()
        self.region = region
        slug = re.sub(r"[^a-z]", "", stem.lower())
        if idx % 3 == 0 and trade:
            slug += re.sub(r"[^a-z]", "", trade.lower())[:4]
        tlds = _TLD[region]
        self.domain = slug + tlds[idx % len(tlds)]
        cities = _CITY[region]
        self.city = cities[idx % len(cities)]
        self.tz = _TZ[region]
        if region == "EA" and self.domain.endswith(".co.jp"):
            self.tz = "JST"
        if region == "EA" and (self.domain.endswith(".com.tw")):
            self.tz = "CST (UTC+8)"
        if region == "EA" and self.domain.endswith(".vn"):
            self.tz = "ICT"
        for tld, (cs, tz) in _TLD_CITY.items():
            if self.domain.endswith(tld):
                self.city = cs[idx % len(cs)]
                self.tz = tz or self.tz
                break
        self.country = self.domain.rsplit(".", 1)[-1]


_TLD_CITY = {".co.ke": (["Nairobi", "Mombasa", "Kisumu"], "EAT"), ".ng": (["Lagos", "Abuja", "Port Harcourt", "Ibadan"], "WAT"),
             ".co.kr": (["Seoul", "Pangyo", "Busan"], "KST"), ".co.jp": (["Tokyo", "Osaka", "Fukuoka"], "JST"),
             ".com.tw": (["Taipei", "Hsinchu", "Taichung"], "CST (UTC+8)"), ".vn": (["Ho Chi Minh City", "Hanoi", "Da Nang"], "ICT"),
             ".pl": (["Warsaw", "Krakow", "Wroclaw", "Gdansk"], "CET"), ".cz": (["Prague", "Brno"], "CET"),
             ".ro": (["Cluj-Napoca", "Bucharest", "Iasi"], "EET"), ".com.ua": (["Lviv", "Kyiv"], "EET"),
             ".ae": (["Dubai", "Abu Dhabi", "Sharjah"], "GST"), ".qa": (["Doha"], "AST"), ".com.sa": (["Riyadh", "Jeddah"], "AST"),
             ".om": (["Muscat"], "GST"), ".com.sg": (["Singapore"], "SGT"), ".sg": (["Singapore"], "SGT"),
             ".com.my": (["Kuala Lumpur", "Penang", "Johor Bahru", "Cyberjaya", "Petaling Jaya"], "MYT")}


def pay(rng: random.Random, comp: "Company") -> str:
    """A salary phrase in the currency and habit of the employer's country."""
    c = comp.country
    if comp.region == "IN":
        return rng.choice([f"an annual CTC of INR {rng.choice([4.5, 6, 7.2, 8.5, 12, 14.5, 18, 22, 26, 32])} LPA",
                           f"a fixed CTC of Rs. {rng.randint(5, 30)},{rng.choice(['00', '50'])},000 per annum plus variable pay"])
    table = {"ph": [f"a monthly gross salary of PHP {rng.randint(22, 95)},000 plus night differential"],
             "ae": [f"a basic salary of AED {rng.randint(4, 22)},{rng.choice(['000', '500'])} per month plus housing and transport allowances"],
             "om": [f"a monthly package of OMR {rng.randint(4, 19)}00 including allowances"],
             "qa": [f"a total monthly salary of QAR {rng.randint(6, 30)},000 with accommodation provided"],
             "sa": [f"a basic salary of SAR {rng.randint(5, 25)},000 per month plus housing allowance (25%)"],
             "sg": [f"a monthly salary of SGD {rng.randint(4, 11)},{rng.choice(['000', '500'])} plus AWS and variable bonus"],
             "my": [f"a monthly salary of RM {rng.randint(4, 15)},{rng.choice(['000', '500'])} with EPF and medical benefits"],
             "ng": [f"an annual gross salary of NGN {rng.randint(4, 30)},{rng.choice(['000', '500'])},000"],
             "ke": [f"a gross monthly salary of KES {rng.randint(90, 600)},000"],
             "pl": [f"a salary of PLN {rng.randint(9, 30)},{rng.choice(['000', '500'])} gross per month (or B2B equivalent)"],
             "cz": [f"a gross monthly salary of CZK {rng.randint(55, 140)},000"], "ro": [f"a gross monthly salary of RON {rng.randint(8, 25)},000"],
             "ua": [f"a monthly salary of USD {rng.randint(18, 55)}00 gross"], "eu": [f"a gross salary of EUR {rng.randint(28, 65)}00 per month"],
             "kr": [f"an annual salary of KRW {rng.randint(38, 95)} million"], "jp": [f"an annual salary of JPY {rng.randint(4, 11)}.{rng.randint(0, 9)} million"],
             "tw": [f"a monthly salary of TWD {rng.randint(45, 130)},000 with a 14-month guarantee"], "vn": [f"a gross salary of VND {rng.randint(18, 80)},000,000 per month"]}
    return rng.choice(table.get(c, [f"a monthly salary of USD {rng.randint(25, 70)}00"]))


COMPANIES: dict[str, list[Company]] = {}
for _reg, _stems in _STEMS.items():
    _suf = _SUFFIX[_reg]
    COMPANIES[_reg] = [Company(s, *_suf[(i * 7 + len(s)) % len(_suf)], _reg, i) for i, s in enumerate(_stems)]
REGIONS = list(COMPANIES)


def company(rng: random.Random, regions: Sequence[str] | None = None) -> Company:
    reg = rng.choice(list(regions or REGIONS))
    return rng.choice(COMPANIES[reg])


# --------------------------------------------------------------------------- people
_FIRST = {
    "IN": ["Rahul", "Priya", "Sneha", "Arjun", "Karthik", "Divya", "Pooja", "Vikram", "Anjali", "Suresh",
           "Meenakshi", "Rohit", "Shruti", "Naveen", "Lakshmi", "Aditya", "Harpreet", "Farhan", "Kavya",
           "Deepak", "Swathi", "Manoj", "Ritika", "Sandeep", "Bhavana", "Gaurav", "Nisha", "Imran"],
    "PH": ["Maricel", "Jerome", "Kristine", "Mark Anthony", "Rowena", "Paolo", "Jasmine", "Arvin",
           "Lovely", "Joy", "Ramon", "Cherry Ann", "Jhun", "Aileen", "Carlo"],
    "GULF": ["Fatima", "Ahmed", "Mariam", "Khalid", "Noura", "Omar", "Reem", "Yousef", "Hessa",
             "Rashid", "Layla", "Saeed", "Aisha", "Tariq"],
    "SGMY": ["Wei Ling", "Jun Hao", "Nurul", "Siti", "Kumaresan", "Hui Min", "Azlan", "Mei Yee",
             "Farid", "Jia Hui", "Ravindran", "Aisyah", "Kelvin", "Germaine"],
    "AF": ["Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Tunde", "Funmilayo", "Emeka", "Aisha", "Wanjiru",
           "Kipchoge", "Achieng", "Mwangi", "Njeri", "Otieno", "Halima", "Ifeoma", "Bola"],
    "EE": ["Agnieszka", "Tomasz", "Katarzyna", "Piotr", "Jana", "Petr", "Lucie", "Andrei", "Ioana",
           "Mihai", "Oksana", "Dmytro", "Olena", "Marta", "Bogdan", "Zuzana", "Radu"],
    "EA": ["Ji-woo", "Min-seo", "Seo-yeon", "Hyun-woo", "Yuki", "Haruto", "Aoi", "Kenji", "Mei-ling",
           "Yu-ting", "Chia-hao", "Thu Trang", "Minh Anh", "Quang", "Xiaoyu", "Hao"],
}
_LAST = {
    "IN": ["Sharma", "Nair", "Iyer", "Reddy", "Menon", "Kulkarni", "Patil", "Gupta", "Banerjee", "Rao",
           "Pillai", "Deshpande", "Chatterjee", "Verma", "Singh", "Krishnan", "Joshi", "Shaikh", "Bhat",
           "Agarwal", "Mukherjee", "Naidu", "Hegde", "Saxena"],
    "PH": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino",
           "Ramos", "Castillo", "Navarro", "Manalo", "Pascual"],
    "GULF": ["Al Mansoori", "Al Hashimi", "Al Kuwari", "Al Harthy", "Al Zahrani", "Al Suwaidi",
             "Al Balushi", "Al Marri", "Haddad", "Khoury", "Al Amri"],
    "SGMY": ["Tan", "Lim", "Ng", "Wong", "binti Ahmad", "bin Ismail", "Chong", "Goh", "Lee", "Subramaniam",
             "Abdullah", "Koh", "Teo"],
    "AF": ["Okafor", "Adeyemi", "Balogun", "Eze", "Okonkwo", "Abubakar", "Ogunleye", "Kamau", "Odhiambo",
           "Wambui", "Mutua", "Kiprono", "Nwosu", "Onyango", "Adebayo"],
    "EE": ["Kowalska", "Nowak", "Wisniewski", "Dvorakova", "Novak", "Popescu", "Ionescu", "Shevchenko",
           "Kovalenko", "Horvath", "Zielinska", "Marin", "Bondarenko", "Svoboda"],
    "EA": ["Kim", "Park", "Lee", "Choi", "Tanaka", "Sato", "Suzuki", "Watanabe", "Chen", "Lin", "Huang",
           "Nguyen", "Tran", "Pham", "Wang", "Liu"],
}


def person(rng: random.Random, region: str) -> tuple[str, str]:
    """A (full name, first name) pair from the region's name pool."""
    reg = region if region in _FIRST else "IN"
    if rng.random() < 0.12:  # expatriate staff are common in the Gulf and Singapore offices
        reg = rng.choice(list(_FIRST))
    f, l = rng.choice(_FIRST[reg]), rng.choice(_LAST[reg])
    if reg == "EA" and rng.random() < 0.4:
        return f"{l} {f}", f
    return f"{f} {l}", f


class Candidate:
    def __init__(self, rng: random.Random, region: str | None = None) -> None:
        reg = region or rng.choice(["IN", "IN", "IN", "PH", "AF", "SGMY", "EE", "EA", "IN", "PH", "AF"])
        self.region = reg
        self.full, self.first = person(rng, reg)
        parts = re.sub(r"[^a-z ]", "", self.full.lower()).split()
        user = rng.choice([".".join(parts), parts[0] + parts[-1][:1], parts[0] + str(rng.randint(80, 99)),
                           parts[-1] + "." + parts[0], parts[0] + "_" + parts[-1] + str(rng.randint(1, 999))])
        self.addr = user + "@" + rng.choice(["gmail.com", "gmail.com", "gmail.com", "yahoo.com",
                                              "yahoo.co.in", "outlook.com", "hotmail.com", "rediffmail.com",
                                              "ymail.com", "proton.me"])
        self.last = self.full.split()[-1]
        self.title = rng.choice(["Mr.", "Ms.", "Mr.", "Ms.", "Mrs."])


ROLES = {
    "tech": ["Java Developer", "Senior Software Engineer", "Python Developer", "DevOps Engineer",
             "QA Automation Engineer", "SAP FICO Consultant", "Data Analyst", ".NET Full Stack Developer",
             "Android Developer", "Cloud Support Associate", "Salesforce Developer", "Data Engineer",
             "React JS Developer", "Network Engineer (L2)", "Technical Lead - Java", "ServiceNow Admin",
             "Embedded C Engineer", "Machine Learning Engineer", "Site Reliability Engineer",
             "Business Analyst", "Scrum Master", "Golang Backend Developer", "iOS Developer",
             "Firmware Engineer", "Database Administrator (Oracle)"],
    "ops": ["Customer Service Representative", "Technical Support Representative", "Team Leader - Voice",
            "Accounts Executive", "HR Generalist", "Process Associate", "Staff Nurse", "Site Engineer (Civil)",
            "MEP Supervisor", "Front Office Executive", "Logistics Coordinator", "Sales Officer",
            "Quantity Surveyor", "Chartered Accountant", "Pharmacist", "Procurement Officer",
            "Relationship Manager", "Credit Analyst", "Medical Coder", "Store Manager", "Safety Officer (HSE)",
            "Marketing Executive", "Mechanical Design Engineer", "Quality Inspector", "Receptionist"],
}


def role(rng: random.Random, kind: str | None = None) -> str:
    return rng.choice(ROLES[kind or rng.choice(["tech", "tech", "ops"])])


def reqno(rng: random.Random) -> str:
    return rng.choice([f"REQ-{rng.randint(10000, 99999)}", f"JR{rng.randint(100000, 999999)}",
                       f"Job ID {rng.randint(1000, 9999)}", f"#{rng.randint(200, 9999)}",
                       f"Ref: {rng.choice('ABCDHKMPT')}{rng.choice('ABCDHKMPT')}/{rng.randint(2025, 2026)}/{rng.randint(10, 999)}",
                       f"JD-{rng.randint(100, 999)}"])


# --------------------------------------------------------------------------- dates
_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date(rng: random.Random) -> str:
    d, m, wd = rng.randint(1, 28), rng.randrange(12), rng.choice(_WD)
    return rng.choice([f"{_ord(d)} {_MON[m]} 2026 ({wd})", f"{d:02d}-{m + 1:02d}-2026", f"{d:02d}/{m + 1:02d}/2026",
                       f"{wd}, {d} {_MON[m][:3]} 2026", f"{_ord(d)} {_MON[m][:3]}", f"{d}.{m + 1:02d}.2026",
                       f"{wd}, {_MON[m]} {d}", f"2026-{m + 1:02d}-{d:02d} ({wd[:3]})", f"{d} {_MON[m]} ({wd})"])


def time(rng: random.Random, tz: str) -> str:
    h = rng.choice([9, 10, 10, 11, 11, 12, 14, 15, 16, 17])
    mi = rng.choice(["00", "00", "30", "15", "45"])
    h12 = h if h <= 12 else h - 12
    ap = "AM" if h < 12 else "PM"
    return rng.choice([f"{h12}:{mi} {ap} {tz}", f"{h12}.{mi} {ap.lower()}", f"{h:02d}:{mi} hrs", f"{h12}:{mi} {ap}",
                       f"{h:02d}:{mi} ({tz})", f"{h12}:{mi} {ap} to {(h + 1) - 12 if h + 1 > 12 else h + 1}:{mi} {'AM' if h + 1 < 12 else 'PM'}"])


def mail_date(rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randrange(12)
    wd = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])
    return f"{wd}, {d} {_MON[m][:3]} 2026 at {rng.randint(8, 19)}:{rng.randint(0, 59):02d}"


# --------------------------------------------------------------------------- text utilities
def pick(rng: random.Random, seq: Sequence[str], **kw: str) -> str:
    s = rng.choice(list(seq))
    return s.format(**kw) if kw else s


def maybe(rng: random.Random, p: float, seq: Sequence[str] | str, **kw: str) -> str:
    if rng.random() >= p:
        return ""
    return pick(rng, [seq] if isinstance(seq, str) else seq, **kw)


def join(*paras: str) -> str:
    return "\n\n".join(p.strip("\n") for p in paras if p and p.strip())


def phone(rng: random.Random, region: str) -> str:
    n = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    return {"IN": f"+91 {rng.choice('6789')}{n(4)} {n(5)}", "PH": f"+63 9{n(2)} {n(3)} {n(4)}",
            "GULF": f"+971 5{n(1)} {n(3)} {n(4)}", "SGMY": rng.choice([f"+65 {rng.choice('89')}{n(3)} {n(4)}", f"+60 1{n(1)}-{n(3)} {n(4)}"]),
            "AF": rng.choice([f"+234 80{n(1)} {n(3)} {n(4)}", f"+254 7{n(2)} {n(3)} {n(3)}"]),
            "EE": rng.choice([f"+48 {n(3)} {n(3)} {n(3)}", f"+420 {n(3)} {n(3)} {n(3)}", f"+40 7{n(2)} {n(3)} {n(3)}"]),
            "EA": rng.choice([f"+82 10-{n(4)}-{n(4)}", f"+81 90-{n(4)}-{n(4)}", f"+886 9{n(2)} {n(3)} {n(3)}", f"+84 9{n(1)} {n(3)} {n(4)}"]),
            }.get(region, f"+91 9{n(4)} {n(5)}")


def email_of(name: str, domain: str, rng: random.Random) -> str:
    parts = re.sub(r"[^a-z ]", "", name.lower()).split()
    return rng.choice([parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[0], parts[0] + parts[-1][:1]]) + "@" + domain


def to_html(text: str, rng: random.Random, brand: str = "") -> str:
    """Render a plain body as the kind of HTML an HR mailer or Outlook sends."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    style = rng.choice(["outlook", "table", "plain"])
    def para(p: str) -> str:
        lines = [html.escape(x) for x in p.split("\n")]
        if all(x.startswith(("- ", "* ", "&gt; ")) for x in lines) and len(lines) > 1:
            return "<ul>" + "".join(f"<li>{x[2:]}</li>" for x in lines) + "</ul>"
        return "<p>" + "<br>".join(lines) + "</p>"
    inner = "\n".join(para(p) for p in paras)
    if style == "outlook":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body lang="EN-IN"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">'
                + inner + "</div></body></html>")
    if style == "table":
        head = f'<tr><td style="background:#1f3b70;color:#fff;padding:12px;font-size:18px"><b>{html.escape(brand)}</b></td></tr>' if brand else ""
        return ('<!DOCTYPE html><html><body style="margin:0;background:#f2f2f2">'
                '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial">'
                + head + f'<tr><td style="padding:20px;font-size:14px;color:#333">{inner}</td></tr></table></body></html>')
    return f"<div dir=\"ltr\">{inner}</div>"


def quote_gmail(rng: random.Random, name: str, addr: str, text: str) -> str:
    head = pick(rng, ["On {d}, {n} <{a}> wrote:", "On {d} {n} <{a}> wrote:", "On {d}, {n} <{a}> wrote:"],
                d=mail_date(rng), n=name, a=addr)
    return head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def quote_outlook(rng: random.Random, name: str, addr: str, to: str, subject: str, text: str) -> str:
    d = mail_date(rng).replace(" at ", " ")
    sep = rng.choice(["________________________________", "-----Original Message-----", ""])
    return join(sep, f"From: {name} <{addr}>\nSent: {d}\nTo: {to}\nSubject: {subject}", text)


def quote(rng: random.Random, name: str, addr: str, to: str, subject: str, text: str) -> str:
    if rng.random() < 0.55:
        return quote_gmail(rng, name, addr, text)
    return quote_outlook(rng, name, addr, to, subject, text)


def record(prefix: str, family: str, n: int, *, folder: str = "INBOX", from_name: str, from_addr: str,
           to_addr: str, subject: str, body: str, labels: Sequence[str] = (), company: str | None = None,
           topics: Sequence[str] = (), oc: Sequence[str] = (), html_mode: str = "none",
           rng: random.Random | None = None, brand: str = "", lang: str = "en") -> dict:
    """Build one corpus record; html_mode is none, only (HTML-only) or alt (HTML + text)."""
    body_html = None
    text = body
    if html_mode in ("only", "alt") and rng is not None:
        body_html = to_html(body, rng, brand)
        if html_mode == "only":
            text = ""
    labs = sorted(set(labels))
    return {"id": f"{prefix}-{family.split('-', 1)[1]}-{n}", "family": family, "folder": folder, "lang": lang,
            "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
            "body_text": text, "body_html": body_html, "labels": labs, "company": company,
            "topics": sorted(set(topics)) if "feedback" in labs else [],
            "outside_control": sorted(set(oc)) if "rejection" in labs else []}
