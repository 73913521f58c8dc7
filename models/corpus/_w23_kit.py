"""Shared pieces for writer w23's generators: people, employers, non-employer senders, mail furniture.

w23 writes look-alikes: mail that carries the words of the labels (offer, interview, feedback,
application, unfortunately) without their meaning, next to real hiring mail in the same voices.
Everything here is shared between labelled and unlabelled records so that only meaning decides.
"""

from __future__ import annotations

import html
import random
import re
from typing import Callable, Sequence

FIRST = [
    "Maren", "Tobias", "Ifeoma", "Rhys", "Priyanka", "Dmitri", "Saoirse", "Kwame", "Lucia", "Henrik",
    "Yusuf", "Beatriz", "Callum", "Mei", "Anouk", "Rafael", "Ingrid", "Tariq", "Noor", "Declan",
    "Zofia", "Emeka", "Harriet", "Joaquin", "Linnea", "Arjun", "Colette", "Bastian", "Esme", "Omar",
    "Freya", "Malik", "Greta", "Teodor", "Amara", "Ronan", "Keiko", "Paulo", "Shauna", "Viktor",
    "Nadia", "Felix", "Imogen", "Chidi", "Astrid", "Marco", "Leila", "Gareth", "Yara", "Soren",
    "Catalina", "Bram", "Jolene", "Aziz", "Petra", "Wes", "Hana", "Ewan", "Rosalind", "Kofi",
]
LAST = [
    "Okafor", "Lindqvist", "Brennan", "Castellano", "Moreau", "Achterberg", "Nakamura", "Whitfield",
    "Oyelaran", "Szymanski", "Devlin", "Haddad", "Rasmussen", "Quintero", "Fairbairn", "Kowalczyk",
    "Abernethy", "Delacroix", "Mensah", "Vogel", "Iyer", "Thornbury", "Balogun", "Ferreira", "Mackintosh",
    "Lemaire", "Hartmann", "Osei", "Carrington", "Ruiz", "Pemberton", "Eklund", "Varga", "Dunmore",
    "Chaudhry", "Sorensen", "Bellweather", "Ilunga", "Marchetti", "Gallagher", "Fontaine", "Adeyemi",
    "Strand", "Kaur", "Lowther", "Novak", "Tremblay", "Ashworth", "Benedetti", "Yilmaz",
]

# the mailbox owner (the job seeker); one is picked per record
ME = [
    ("Jordan Ellery", "jordan.ellery@gmail.com"), ("Sam Okonjo", "sam.okonjo@outlook.com"),
    ("Alex Brandt", "alexbrandt.dev@gmail.com"), ("Robin Castell", "robin.castell@proton.me"),
    ("Nina Falk", "nina.falk@posteo.de"), ("Chris Mbeki", "c.mbeki@yahoo.co.uk"),
    ("Lea Dumont", "lea.dumont@free.fr"), ("Pablo Serrat", "pserrat@gmail.com"),
    ("Morgan Tidwell", "morgan.tidwell@fastmail.com"), ("Ana Lucena", "ana.lucena.work@gmail.com"),
    ("Kit Harland", "kit@harland.me"), ("Devi Raman", "devi.raman@icloud.com"),
]

# invented employers: (name, domain, sector)
_EMP = """
Brightwater Mutual|brightwatermutual.co.uk|bank
Caldera Savings Bank|calderasavings.com|bank
Northmere Building Society|northmere.co.uk|bank
Fenwick & Ray Bank|fenwickray.com|bank
Larchmont Credit Union|larchmontcu.org|bank
Halden Finanz|halden-finanz.de|bank
Banco Alcaraz|bancoalcaraz.es|bank
Crédit Maritime du Nord|creditmaritime-nord.fr|bank
Pinecrest Lending|pinecrestlending.com|bank
Silverline Cards|silverlinecards.com|bank
Marlow & Finch|marlowfinch.co.uk|retail
Tidepool Outfitters|tidepool.shop|retail
Harbor & Hearth Home|harborhearth.com|retail
Quillfeather Books|quillfeather.co.uk|retail
Greengage Grocers|greengage.co.uk|retail
Volta Electronics|volta-electronics.com|retail
Kestrel Sports|kestrelsports.com|retail
Maison Bérard|maisonberard.fr|retail
Lumbre Moda|lumbremoda.es|retail
Dreher Kaufhaus|dreher-kaufhaus.de|retail
Copperleaf Coffee|copperleafcoffee.com|retail
Wrenfield Garden Centres|wrenfield.co.uk|retail
Baywick Pharmacy|baywickpharmacy.com|retail
Nimbus Pet Supply|nimbuspets.com|retail
Oakhurst Furniture|oakhurstfurniture.com|retail
Bramblegate Market|bramblegate.com|marketplace
Swapnest|swapnest.com|marketplace
Tradeloft|tradeloft.io|marketplace
Haulwise Logistics|haulwise.com|logistics
Meridian Freight|meridianfreight.com|logistics
Kranich Spedition|kranich-spedition.de|logistics
Portolan Shipping|portolanshipping.com|logistics
Redkite Couriers|redkitecouriers.co.uk|logistics
Ashgrove Lettings|ashgrovelettings.co.uk|property
Cobalt Residential|cobaltresidential.com|property
Fairhaven Estates|fairhavenestates.co.uk|property
Wohnbau Elster|wohnbau-elster.de|property
Inmobiliaria Sotavento|sotavento-inmo.es|property
Larkspur Insurance|larkspurinsurance.com|insurance
Cairnstone Assurance|cairnstone.co.uk|insurance
Helvetia Nord Versicherung|hn-versicherung.de|insurance
Eastbrook Health|eastbrookhealth.org|health
St Aldhelm's Hospital Trust|staldhelms.nhs.uk|health
Vireo Clinics|vireoclinics.com|health
Morrow Dental Group|morrowdental.com|health
Klinikum Auenthal|klinikum-auenthal.de|health
Polaris Diagnostics|polarisdx.com|health
Heronsgate University|heronsgate.ac.uk|university
Ridgeway College|ridgeway.edu|university
Université de Valmont|univ-valmont.fr|university
Hochschule Lindenau|hs-lindenau.de|university
Carrow Business School|carrow.ac.uk|university
Westmarch Institute of Technology|westmarch.edu|university
Fablehouse Games|fablehouse.games|tech
Quartzlight Software|quartzlight.io|tech
Nettlebed Analytics|nettlebed.ai|tech
Orbweaver Security|orbweaver.dev|tech
Kelpie Robotics|kelpierobotics.com|tech
Saltmarsh Data|saltmarshdata.com|tech
Gantry Cloud|gantrycloud.io|tech
Pinwheel Payments|pinwheelpay.com|tech
Tessellate Labs|tessellatelabs.com|tech
Moonrake Systems|moonrake.systems|tech
Driftwood Apps|driftwoodapps.com|tech
Lanternfish AI|lanternfish.ai|tech
Corvid Networks|corvidnetworks.net|tech
Blueprint Atlas|blueprintatlas.com|tech
Heliograph Media|heliograph.media|media
Inkwell Press|inkwellpress.co.uk|media
Starling Broadcasting|starlingbc.com|media
Pelorus Studios|pelorusstudios.com|media
Ardent Advertising|ardentads.com|media
Ferngully Foods|ferngullyfoods.com|food
Amberfield Dairy|amberfielddairy.co.uk|food
Saffron Table Restaurants|saffrontable.com|food
Brauerei Hopfenthal|hopfenthal.de|food
Panadería Del Alba|delalba.es|food
Rookwood Hotels|rookwoodhotels.com|hospitality
Seaholme Resorts|seaholme.com|hospitality
Hôtel Les Tilleuls|hotel-tilleuls.fr|hospitality
Windrose Airlines|windroseair.com|travel
Trailhead Travel|trailheadtravel.com|travel
Castellan Rail|castellanrail.co.uk|travel
Gorse & Heath Architects|gorseheath.co.uk|architecture
Plumbline Engineering|plumbline-eng.com|engineering
Ironbark Construction|ironbarkbuild.com.au|engineering
Stahlwerk Odenbach|stahlwerk-odenbach.de|engineering
Voltaic Renewables|voltaic.energy|energy
Sunmere Solar|sunmeresolar.com|energy
Tidewater Utilities|tidewaterutilities.com|energy
Aldous Consulting|aldousconsulting.com|consulting
Keystone Advisory|keystoneadvisory.co.uk|consulting
Bellcrest Partners|bellcrest.com|consulting
Thistledown Law|thistledownlaw.co.uk|law
Garamond Legal|garamondlegal.com|law
Cabinet Rivaud|cabinet-rivaud.fr|law
Riverbend Council|riverbend.gov.uk|public
Dunhallow County Council|dunhallow.gov.ie|public
Stadtwerke Mühlbach|sw-muehlbach.de|public
Ayuntamiento de Valdeluz|valdeluz.es|public
Greenlantern Foundation|greenlantern.org|ngo
Harbourlight Trust|harbourlight.org.uk|ngo
Open Orchard Network|openorchard.org|ngo
Tern Island Conservation|ternisland.org|ngo
Cinderford Museum|cinderfordmuseum.org|culture
Galerie Morvan|galerie-morvan.fr|culture
Stillwater Theatre|stillwatertheatre.co.uk|culture
Juniper Pharma|juniperpharma.com|pharma
Oxbow Biotech|oxbowbio.com|pharma
Cresthaven Labs|cresthavenlabs.com|pharma
Lumen Telecom|lumentelecom.com|telecom
Skylark Mobile|skylarkmobile.co.uk|telecom
Fernhill Schools Trust|fernhillschools.org.uk|education
Little Acorns Nursery|littleacorns.co.uk|education
Brightpath Tutoring|brightpathtutors.com|education
Wayfarer Motors|wayfarermotors.com|auto
Autohaus Greifeld|autohaus-greifeld.de|auto
Talleres Montoro|talleresmontoro.es|auto
Foxglove Fitness|foxglovefitness.com|leisure
Marram Golf Club|marramgolf.co.uk|leisure
Quayside Cinemas|quaysidecinemas.com|leisure
Emberly Candles|emberly.co|retail
Cloudberry Kids|cloudberrykids.com|retail
Wickham Hollow Cider|wickhamhollow.co.uk|food
Tamarind Kitchen Group|tamarindkitchen.com|food
Brightmoor Bakery|brightmoorbakery.com|food
Hazelbrook Care Homes|hazelbrookcare.co.uk|health
Sundial Physio|sundialphysio.com|health
Lindenhof Pflege|lindenhof-pflege.de|health
Clarion Veterinary|clarionvets.com|health
Skerry Fisheries|skerryfisheries.com|food
Orchard Lane Schools|orchardlane.org.uk|education
Collège Saint-Aubin|college-saintaubin.fr|education
Mosaic Learning|mosaiclearning.com|education
Paperkite Software|paperkite.dev|tech
Foxhole Studios|foxholestudios.com|tech
Glasswing Health Tech|glasswing.health|tech
Runestone Data|runestonedata.com|tech
Cobblestone Fintech|cobblestone.finance|bank
Verdant Mutual|verdantmutual.com|insurance
Sparrowhawk Insurance|sparrowhawk.ie|insurance
Aurelia Seguros|aureliaseguros.es|insurance
Thornfield Rail Services|thornfieldrail.co.uk|travel
Nordlicht Reisen|nordlicht-reisen.de|travel
Gullwing Ferries|gullwingferries.com|travel
Beacon Hill Housing|beaconhillhousing.org.uk|property
Maple & Stone Homes|maplestonehomes.com|property
Riverside Community Trust|riversidetrust.org|ngo
Fundación Alameda|fundacionalameda.org|ngo
Kittiwake Books|kittiwakebooks.com|retail
Petal & Thorn Florists|petalthorn.co.uk|retail
Tandem Bicycles|tandembikes.com|retail
Marisol Cosméticos|marisolcosmeticos.es|retail
Lacombe Optique|lacombe-optique.fr|retail
Wyvern Power|wyvernpower.co.uk|energy
Quarrystone Civil|quarrystonecivil.com|engineering
Emberglow Events|emberglowevents.com|hospitality
Highcliffe Golf Resort|highcliffegolf.com|hospitality
Ravenscourt Library Service|ravenscourt.gov.uk|public
Bergamot Legal|bergamotlegal.com|law
Coldharbour Advisory|coldharbouradvisory.com|consulting
Lodestar Recruitment|lodestar-recruit.co.uk|agency
Peregrine Talent|peregrinetalent.com|agency
Halyard Search|halyardsearch.com|agency
Brückner Personal|brueckner-personal.de|agency
Velatura Selección|velatura.es|agency
Augmentum Staffing|augmentumstaffing.com|agency
"""
EMPLOYERS: list[tuple[str, str, str]] = [
    tuple(line.split("|")) for line in _EMP.strip().splitlines()  # type: ignore[misc]
]


_SECTOR_OF = {e[1]: e[2] for e in EMPLOYERS}


def employers(*sectors: str) -> list[tuple[str, str, str]]:
    """The invented employers of the given sectors (all when none given)."""
    if not sectors:
        return [e for e in EMPLOYERS if e[2] != "agency"]
    return [e for e in EMPLOYERS if e[2] in sectors]


ROLES = {
    "bank": ["Customer Service Adviser", "Mortgage Underwriter", "Branch Operations Lead", "Fraud Analyst",
             "Credit Risk Analyst", "Relationship Manager", "Data Engineer", "Compliance Officer"],
    "retail": ["Sales Assistant", "Store Supervisor", "Visual Merchandiser", "Ecommerce Coordinator",
               "Assistant Store Manager", "Stockroom Associate", "Buyer (Homeware)", "Customer Experience Lead"],
    "marketplace": ["Trust & Safety Analyst", "Backend Engineer", "Product Designer", "Seller Success Manager"],
    "logistics": ["Warehouse Team Leader", "Transport Planner", "Fleet Coordinator", "Supply Chain Analyst"],
    "property": ["Lettings Negotiator", "Property Manager", "Maintenance Coordinator", "Lettings Administrator"],
    "insurance": ["Claims Handler", "Actuarial Analyst", "Underwriting Assistant", "Pricing Analyst"],
    "health": ["Staff Nurse", "Healthcare Assistant", "Clinical Data Manager", "Practice Administrator",
               "Physiotherapist", "Medical Secretary"],
    "university": ["Research Assistant", "Lab Technician", "Student Services Officer", "Teaching Fellow",
                   "Research Software Engineer", "Admissions Officer"],
    "tech": ["Backend Engineer", "Frontend Developer", "Site Reliability Engineer", "Data Scientist",
             "Product Manager", "QA Engineer", "Machine Learning Engineer", "Platform Engineer",
             "Engineering Manager", "iOS Developer"],
    "media": ["Junior Copywriter", "Video Editor", "Production Assistant", "Content Strategist"],
    "food": ["Production Supervisor", "Quality Technician", "Sous Chef", "Food Safety Lead"],
    "hospitality": ["Front Desk Agent", "Events Coordinator", "Revenue Manager", "Housekeeping Supervisor"],
    "travel": ["Cabin Crew", "Ground Operations Agent", "Customer Service Agent", "Network Planner"],
    "architecture": ["Part II Architectural Assistant", "CAD Technician", "Project Architect"],
    "engineering": ["Site Engineer", "Quantity Surveyor", "Mechanical Design Engineer", "Process Engineer"],
    "energy": ["Graduate Energy Analyst", "Field Service Technician", "Grid Data Analyst"],
    "consulting": ["Associate Consultant", "Business Analyst", "Data & Analytics Consultant"],
    "law": ["Paralegal", "Trainee Solicitor", "Legal Secretary", "Compliance Paralegal"],
    "public": ["Planning Officer", "Housing Officer", "Digital Services Developer", "Policy Adviser"],
    "ngo": ["Fundraising Officer", "Programme Coordinator", "Volunteer Manager", "Communications Officer"],
    "culture": ["Collections Assistant", "Visitor Experience Host", "Learning Officer", "Box Office Supervisor"],
    "pharma": ["QC Analyst", "Regulatory Affairs Associate", "Biostatistician", "Clinical Trial Assistant"],
    "telecom": ["Network Engineer", "Retail Advisor", "Billing Analyst"],
    "education": ["Teaching Assistant", "Nursery Practitioner", "Maths Tutor", "School Business Manager"],
    "auto": ["Service Advisor", "Vehicle Technician", "Parts Coordinator"],
    "leisure": ["Fitness Instructor", "Duty Manager", "Membership Advisor"],
}


def role_for(sector: str, rng: random.Random) -> str:
    return rng.choice(ROLES.get(sector, ROLES["tech"]))


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def slug(s: str) -> str:
    s = s.lower().replace("&", "and")
    for a, b in (("é", "e"), ("è", "e"), ("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("í", "i"), ("ñ", "n"), ("ô", "o")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "", s)


def req_no(rng: random.Random) -> str:
    return rng.choice(["REQ-", "JR", "R-", "#", "Job ID ", "Ref. ", "VAC"]) + str(rng.randint(1000, 99999))


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def date_words(rng: random.Random) -> str:
    return f"{rng.choice(DAYS)} {rng.randint(1, 28)} {rng.choice(MONTHS)}"


def time_words(rng: random.Random) -> str:
    return rng.choice(["9:00", "9:30", "10:00", "10:45", "11:15", "13:00", "14:00", "14:30", "15:30", "16:00",
                       "2pm", "11am", "10.30am", "3:15 pm"])


def pick(rng: random.Random, bank: Sequence[str], **kw: str) -> str:
    """One fragment from a bank with {slots} filled."""
    s = rng.choice(bank)
    return s.format(**kw) if kw else s


def picks(rng: random.Random, bank: Sequence[str], k: int, **kw: str) -> list[str]:
    return [s.format(**kw) if kw else s for s in rng.sample(list(bank), min(k, len(bank)))]


GREET_EN = ["Hi {n},", "Hello {n},", "Dear {n},", "Hi {n}", "{n},", "Hey {n},", "Good morning {n},",
            "Dear {n}", "Hello {n} -", "Hi there {n},", "Dear Mx {l},", "Dear {full},"]
GREET_ANON = ["Hello,", "Hi there,", "Dear customer,", "Hello again,", "Hi,", "Dear applicant,",
              "Dear member,", "Good afternoon,"]


def greet(rng: random.Random, me: tuple[str, str]) -> str:
    full = me[0]
    first, last = full.split()[0], full.split()[-1]
    return rng.choice(GREET_EN).format(n=first, l=last, full=full)


SIGN_EN = ["Best,", "Kind regards,", "Thanks,", "Best wishes,", "Many thanks,", "Cheers,", "Warm regards,",
           "All the best,", "Regards,", "Thank you,", "Speak soon,", "With best regards,", "Take care,"]


def signoff(rng: random.Random, name: str, title: str = "", org: str = "") -> str:
    lines = [rng.choice(SIGN_EN), name]
    if title and rng.random() < 0.8:
        lines.append(title)
    if org and rng.random() < 0.7:
        lines.append(org)
    if rng.random() < 0.25:
        lines.append(rng.choice(["M: +44 7700 9" + str(rng.randint(10000, 99999)),
                                 "Tel. +49 30 " + str(rng.randint(100000, 999999)),
                                 "(555) 01" + str(rng.randint(10, 99)) + "-" + str(rng.randint(1000, 9999)),
                                 "Sent from my iPhone", "Pronouns: she/her", "Pronouns: he/him",
                                 "Working hours: Mon-Thu"]))
    return "\n".join(lines)


FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "{org} is registered in England and Wales, company number {num}. Registered office: {num2} High Street.",
    "Please consider the environment before printing this email.",
    "You are receiving this email because you have an account with {org}. Manage your preferences or unsubscribe at any time.",
    "To stop receiving these emails, unsubscribe here: https://{dom}/u/{num}",
    "{org} will never ask you for your password or PIN by email.",
    "Privacy notice: we process your personal data in line with our privacy policy at https://{dom}/privacy",
    "Do not reply to this message; this mailbox is not monitored.",
    "Authorised and regulated by the Financial Conduct Authority (FRN {num}).",
    "© 2026 {org}. All rights reserved.",
    "Our applicant privacy notice explains how we use your data: https://{dom}/careers/privacy",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
]


def footer(rng: random.Random, org: str, dom: str, corporate: bool = False) -> str:
    """A legal or list footer; `corporate` keeps to what a person's mail client appends."""
    pool = [FOOTERS[i] for i in (0, 1, 2, 6, 11)] if corporate else list(FOOTERS)
    if _SECTOR_OF.get(dom) not in ("bank", "insurance"):
        pool = [f for f in pool if "Financial Conduct" not in f and "PIN" not in f]
    f = rng.choice(pool)
    return f.format(org=org, dom=dom, num=rng.randint(100000, 9999999), num2=rng.randint(1, 299))


QUOTE_HEAD = {
    "en": ["On {d} at {t}, {w} <{a}> wrote:", "On {d}, {w} wrote:", "On {d} {t}, {w} <{a}> wrote:", "{w} wrote on {d}:"],
    "de": ["Am {d} um {t} schrieb {w} <{a}>:", "{w} <{a}> schrieb am {d}:"],
    "fr": ["Le {d} à {t}, {w} <{a}> a écrit :"],
    "es": ["El {d}, a las {t}, {w} <{a}> escribió:"],
}


def quote_gmail(rng: random.Random, who: str, addr: str, text: str, lang: str = "en") -> str:
    head = rng.choice(QUOTE_HEAD[lang]).format(d=date_words(rng), t=time_words(rng), w=who, a=addr)
    quoted = "\n".join("> " + ln if ln else ">" for ln in text.strip().splitlines())
    return f"{head}\n{quoted}"


def quote_outlook(rng: random.Random, who: str, addr: str, to: str, subject: str, text: str) -> str:
    return (
        "________________________________\n"
        f"From: {who} <{addr}>\nSent: {date_words(rng)} {rng.randint(2025, 2026)} {time_words(rng)}\n"
        f"To: {to}\nSubject: {subject}\n\n{text.strip()}"
    )


def html_of(text: str, rng: random.Random, brand: str = "") -> str:
    """An HTML rendering of a plain body: paragraphs, sometimes a branded header and a table shell."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
    style = rng.randrange(3)
    if style == 0:
        return f"<html><body>{inner}</body></html>"
    if style == 1:
        head = f"<div style=\"font-size:20px;font-weight:bold\">{html.escape(brand)}</div>" if brand else ""
        return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
                f"{head}<div style=\"max-width:600px\">{inner}</div></body></html>")
    return (f"<html><body><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            f"<table width=\"600\"><tr><td style=\"padding:24px;background:#f4f4f4\">{html.escape(brand)}</td></tr>"
            f"<tr><td style=\"padding:24px\">{inner}</td></tr></table></td></tr></table></body></html>")


class Writer:
    """Numbers records per family and assembles them in the corpus schema."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.counts: dict[str, int] = {}

    def rec(self, rng: random.Random, fam: str, *, subject: str, body: str, from_name: str, from_addr: str,
            to_addr: str, labels: Sequence[str] = (), company: str | None = None, topics: Sequence[str] = (),
            outside_control: Sequence[str] = (), folder: str = "INBOX", lang: str = "en",
            html_mode: str | None = None, brand: str = "") -> dict:
        family = f"{self.prefix}-{fam}"
        n = self.counts.get(family, 0) + 1
        self.counts[family] = n
        if html_mode is None:
            r = rng.random()
            html_mode = "html_only" if r < 0.1 else ("both" if r < 0.25 else "text")
        body_html = None
        body_text = body.strip() + "\n"
        if html_mode in ("both", "html_only"):
            body_html = html_of(body, rng, brand)
            if html_mode == "html_only":
                body_text = ""
        return {
            "id": f"{family}-{n}", "family": family, "folder": folder, "lang": lang,
            "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
            "body_text": body_text, "body_html": body_html, "labels": sorted(set(labels)),
            "company": company, "topics": sorted(set(topics)), "outside_control": sorted(set(outside_control)),
        }


def subj(rng: random.Random, s: str) -> str:
    """Surface noise on a subject line: reply/forward prefixes, [External], an emoji now and then."""
    r = rng.random()
    if r < 0.06:
        s = "[External] " + s
    elif r < 0.09:
        s = "[EXT] " + s
    if rng.random() < 0.04:
        s = s + " " + rng.choice(["🎉", "✨", "📅", "👋", "⏰", "🔔"])
    return s


def joiner(parts: Sequence[str]) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


Maker = Callable[[random.Random], dict]
