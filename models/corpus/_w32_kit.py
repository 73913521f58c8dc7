"""Shared banks and assembly helpers for writer w32 (early careers: graduate schemes,
internships, apprenticeships, working students, first jobs).

Used by the ``gen_w32_*.py`` generators; every fragment was written for this corpus.
"""

from __future__ import annotations

import random
from typing import Callable

# ---------------------------------------------------------------- employers ----------
_CO = {
    "consulting": "Halvorsen Lane Advisory|Brightwater Consulting Group|Quillfield Partners|Ostrava & Kemp|"
    "Meridian Arc Consulting|Tallowmere Strategy|Corrigan Whitlow|Fenwick Hale Advisory|Sablewood Partners|"
    "Kestrel Point Consulting|Ashgrove Analytics|Northbeam Advisory|Vantor & Rees|Lindqvist Carrow|"
    "Pemberton Quay Associates|Cobalt Finch Consulting|Harrowgate Insight|Tidewell Advisory",
    "banking": "Ravensholt Bank|Claybridge Capital|Mortlake Securities|Ironmere Investment Bank|Aldwyn Sterling|"
    "Barrowfield Trust|Kingsreach Markets|Caldera Asset Management|Stonebay Capital Partners|Welland & Prior|"
    "Goldcrest Financial|Harbourline Bank|Orrin Cole Securities|Pinewarden Capital|Saltmarsh Wealth|"
    "Thornbury Mutual|Everleigh Insurance|Marisco Re",
    "retail": "Pennyweather Stores|Greenacre Foods|Hollis & Vane|Larkspur Home|Bramble Market|Cartwell Group|"
    "Oakmoor Retail|Sunnybank Grocers|Fernleigh Fashion|Marlow Street Trading|Copperkettle Coffee|"
    "Bellhaven Outfitters|Westcroft Pharmacy|Tandem Sports",
    "engineering": "Corvane Engineering|Hexbridge Infrastructure|Radcliffe Aerospace|Tollund Marine Systems|"
    "Vireo Power|Strathmore Rail|Gantry & Holt|Kilnworth Materials|Duneview Energy|Ashby Rowe Structures|"
    "Quenby Automotive|Lumen Grid|Carrick Water|Blackthorn Defence|Southwind Renewables|Mirrabella Mining|"
    "Umhlanga Steel|Karoo Solar",
    "tech": "Tinkerbyte|Lumafold|Quiverly|Nestwell Labs|Parcelpath|Brightsignal|Driftcode|Orbitsmith|"
    "Fable Health|Pocketledger|Wattly|Sproutly Analytics|Cinderloop|Hushframe|Kindlepoint|Mosaic Robotics|"
    "Panchrome|Tessellate AI|Blueharbour Software|Flintlock Data|Rippleworks|Stackfern|Yarrow Systems|"
    "Owlpost Logistics|Gleamline|Cardamom Pay|Zestmark",
    "public": "Department for Rural Affairs|National Audit Service|Harbour City Council|Office for Water Standards|"
    "Civic Digital Service|Northern Health Trust|State Revenue Office|Metropolitan Transport Authority",
    "ngo": "OpenFields Foundation|Clearwater Relief|Bridges for Learning|Kinfolk Trust|Global Seedbank Initiative|"
    "Harbour Youth Network|Lanterns Literacy|Safe Passage Alliance|Common Table Charity|Wildmoor Conservation",
    "asia": "Tanjong Data Labs|Marina Loop Technologies|Kaveri Infosystems|Sahyadri Consulting|"
    "Indus Ridge Finance|Lotus Gate Bank|Peranakan Digital|Serangoon Logistics|Anantya Software|"
    "Mehra & Iyer Associates|Rajghat Pharma|Coromandel Motors|Bukit Capital|Orchid Analytics",
    "southern": "Jacaranda Health|Table Bay Insurance|Springbok Freight|Gumtree Ridge Bank|Wattle Analytics|"
    "Blue Gum Engineering|Coral Coast Power|Kookaburra Media|Tasman Water|Limerick Quay Pharma|"
    "Shannonside Software|Liffey Analytics|Galway Bay Foods|Kilkenny Crest Insurance",
    "media": "Paperlantern Media|Sundial Publishing|Greyhawk Studios|Brightline Broadcasting|Mapleleaf Games|"
    "Inkwell & Co|Redkite Advertising|Morrow Agency",
}
SECTOR_COMPANIES: dict[str, list[str]] = {k: v.split("|") for k, v in _CO.items()}
ALL_COMPANIES = [c for v in SECTOR_COMPANIES.values() for c in v]

DE_COMPANIES = ("Brenner Logistik GmbH|Kaltenbach Maschinenbau|Rheinwerk Energie|Lindemann Versicherungen|"
                "Stadtwerke Hallstein|Moosgrund Software|Falkenried Bank|Eichholz Pharma|Nordlicht Robotics|"
                "Weidmann & Sohn|Sternberg Consulting|Auenthal Medien|Grünwalder Handel|Isarblick Analytics").split("|")
FR_COMPANIES = ("Groupe Marveil|Banque Saint-Aubin|Ateliers Dufresne|Lumière Conseil|Vignal Énergie|"
                "Caravelle Assurances|Maison Perrault|Océane Transports|Datasoleil|Pâtisseries Lebrun|"
                "Cabinet Rivière & Fils|Hexalis|Vauclair Industrie|Société Bellerive").split("|")
ES_COMPANIES = ("Grupo Alcántara|Banco Mirasierra|Ingeniería Valdés|Consultora Ribera|Energías del Tajo|"
                "Seguros Albatros|Almacenes Sorolla|Tecnologías Cierzo|Laboratorios Olmedo|Viajes Pimentón|"
                "Hispalia Datos|Transportes Guadiana|Editorial Brisa|Agencia Lumbre").split("|")

FIRST = ("Amara|Priya|Josh|Chloe|Tomás|Aisha|Liam|Mei|Rohan|Siobhan|Kwame|Freya|Arjun|Hannah|Jun|Thandiwe|"
         "Oscar|Zara|Ethan|Nia|Callum|Ananya|Leah|Mateo|Ines|Kofi|Grace|Declan|Sakura|Yusuf|Ella|Vikram|"
         "Maeve|Ruairi|Lerato|Noah|Isla|Hamza|Tara|Wei|Ruby|Caoimhe|Sipho|Meera|Dylan|Fatima|Harvey|Nomvula").split("|")
LAST = ("Okafor|Sharma|Whitaker|Brennan|Nakamura|Lindgren|Mensah|O'Connell|Patel|Castellano|Hughes|Ndlovu|"
        "Fitzgerald|Tan|Kowalczyk|Iyer|Abbott|Moreau|Kaur|Doyle|Chua|van Rooyen|Bishop|Reddy|Murphy|Adeyemi|"
        "Ferreira|Lim|Gallagher|Haddad|Stewart|Pillay|Quinn|Rahman|Sullivan|Zhou|Dlamini|Harrington|Menon|Walsh").split("|")
DE_FIRST = "Lena|Jonas|Marie|Felix|Sophie|Lukas|Anna|Tobias|Katharina|Moritz|Johanna|Niklas".split("|")
DE_LAST = "Hoffmann|Becker|Schulze|Wagner|Krüger|Neumann|Bauer|Vogel|Lorenz|Haas|Seidel|Brandt".split("|")
FR_FIRST = "Camille|Théo|Manon|Hugo|Léa|Antoine|Chloé|Julien|Sarah|Maxime|Inès|Baptiste".split("|")
FR_LAST = "Lefèvre|Garnier|Rousseau|Fontaine|Girard|Marchand|Bonnet|Morel|Dupuis|Lambert|Caron|Perrin".split("|")
ES_FIRST = "Lucía|Pablo|Marta|Javier|Carmen|Alejandro|Elena|Diego|Sara|Álvaro|Paula|Sergio".split("|")
ES_LAST = "García|Navarro|Romero|Ortega|Delgado|Castro|Moreno|Gil|Serrano|Molina|Rubio|Iglesias".split("|")

UNIS = ("University of Eastmoor|Kingsbridge University|Trinity Hall College Dublin|University of Westvale|"
        "Northgate Institute of Technology|Coastal University|St Aldric's College|Redmarsh University|"
        "University of Cape Meridian|Southern Cross University of Technology|Deccan Institute of Engineering|"
        "Straits Polytechnic University|Lakeshore State University").split("|")
UNI_DOMAINS = ["eastmoor.ac.uk", "kingsbridge.ac.uk", "tcd-hall.ie", "westvale.ac.uk", "nit.ac.uk", "coastal.edu",
               "staldric.ac.uk", "redmarsh.ac.uk", "capemeridian.ac.za", "scut.edu.au", "die.ac.in",
               "straitspoly.edu.sg", "lakeshore.edu"]

ATS_RELAYS = ["talentnest-mail.com", "gradhire.io", "applyflow.net", "earlyhire-notify.com", "hirewell-ats.com",
              "cohortly.app", "campusreach.io", "intakebox.com"]
TEST_VENDORS = [("Cognisight Assessments", "cognisight-tests.com"), ("Psyntara", "psyntara.io"),
                ("Talentmeter", "talentmeter.net"), ("Aptiva Testing", "aptiva-testing.com"),
                ("Mindgauge", "mindgauge.co"), ("Reasonly", "reasonly.app")]
VIDEO_VENDORS = [("Vidsift", "vidsift.com"), ("OneTake Interviews", "onetake.io"), ("Clipview", "clipview.net")]
PLATFORMS = [("CampusLoop", "campusloop.com"), ("GradRoute", "gradroute.co.uk"), ("Internshala Connect", "isconnect.in"),
             ("Studentwerk Jobs", "studentwerk-jobs.de"), ("FirstRung", "firstrung.com.au"), ("Springboard Grads", "springboardgrads.ie")]
APPR_PORTALS = [("ApprenticeWay", "apprenticeway.org.uk"), ("TradeStart Portal", "tradestart.gov.au"),
                ("Learn&Earn Apprenticeships", "learnandearn.co.za")]

PROGRAMMES = [
    "Graduate Programme", "Summer Internship", "Technology Graduate Scheme", "Degree Apprenticeship",
    "Industrial Placement", "Off-Cycle Internship", "Graduate Analyst Programme", "Finance Graduate Scheme",
    "Engineering Graduate Programme", "Year in Industry placement", "Summer Analyst Programme",
    "Management Trainee Programme", "Data Science Internship", "Software Engineering Internship",
    "Higher Apprenticeship in Digital", "Winter Internship", "Graduate Rotational Programme",
    "Policy Fast Track", "Marketing Graduate Scheme", "HR Graduate Programme", "Co-op term",
]
INSIGHT = ["Spring Insight Week", "Discovery Day", "Women in Engineering Open Evening", "Insight Morning",
           "Virtual Work Experience", "First-Year Taster Day", "Skills Bootcamp"]
CITIES = ["London", "Manchester", "Dublin", "Edinburgh", "Leeds", "Bristol", "Sydney", "Melbourne", "Singapore",
          "Bengaluru", "Pune", "Johannesburg", "Cape Town", "New York", "Chicago", "Birmingham", "Cork", "Auckland"]
DATES = ["Monday 3 March", "Tuesday 11 February", "Wednesday 19 November", "Thursday 6 June", "Friday 24 January",
         "Monday 14 October", "Tuesday 29 April", "Wednesday 2 July", "Thursday 12 December", "Friday 7 March"]
TIMES = ["9:30am", "10:00", "11.15am", "1:30pm", "14:00", "3pm", "4.45pm", "08:45"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def slug(name: str) -> str:
    s = "".join(ch for ch in name.lower().replace("&", "and") if ch.isalnum() or ch == " ")
    words = [w for w in s.split() if w not in ("and", "the", "of", "for", "co")]
    return "".join(words[:2]) or "mail"


_ACC = str.maketrans("áàâäéèêëíìîïóòôöúùûüçñ", "aaaaeeeeiiiioooouuuucn")


def ascii_local(name: str) -> str:
    """Lower-case ASCII form of a name for the local part of an address."""
    return name.lower().translate(_ACC).replace("'", "").replace(" ", "")


def domain(co: str) -> str:
    """One stable domain per company (its TLD follows from the name, so threads agree)."""
    tlds = [".com", ".co.uk", ".com.au", ".ie", ".com", ".in", ".sg", ".co.za", ".org" if "Foundation" in co or "Trust" in co else ".com"]
    return slug(co) + tlds[sum(map(ord, co)) % len(tlds)]


def person(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    if lang == "de":
        return pick(rng, DE_FIRST), pick(rng, DE_LAST)
    if lang == "fr":
        return pick(rng, FR_FIRST), pick(rng, FR_LAST)
    if lang == "es":
        return pick(rng, ES_FIRST), pick(rng, ES_LAST)
    return pick(rng, FIRST), pick(rng, LAST)


def student_addr(rng: random.Random, first: str, last: str) -> str:
    f = first.lower().replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ü", "u").replace("ö", "o").replace("è", "e").replace("ï", "i")
    l = last.lower().replace("'", "").replace(" ", "").replace("í", "i").replace("á", "a").replace("è", "e").replace("ü", "u").replace("ç", "c").replace("ö", "o").replace("é", "e")
    style = rng.randrange(5)
    if style == 0:
        return f"{f}.{l}@gmail.com"
    if style == 1:
        return f"{f}{l[:1]}{rng.randrange(90, 100)}@outlook.com"
    if style == 2:
        return f"{f[:1]}{l}{rng.randrange(1, 30)}@{pick(rng, UNI_DOMAINS)}"
    if style == 3:
        return f"{l}.{f}@proton.me"
    return f"{f}.{l}{rng.randrange(1, 9)}@{pick(rng, UNI_DOMAINS)}"


def html_wrap(paras: list[str], rng: random.Random, brand: str = "") -> str:
    """Render paragraphs as the simple HTML a campus-recruiting system would send."""
    head = f'<div style="background:#1f3b5c;color:#fff;padding:14px;font-size:18px">{brand}</div>' if brand else ""
    body = "".join(
        f'<p style="margin:0 0 12px 0">{p.replace(chr(10), "<br>")}</p>' for p in paras if p
    )
    style = rng.randrange(3)
    if style == 0:
        return f"<html><body style=\"font-family:Arial\">{head}{body}</body></html>"
    if style == 1:
        return (f'<html><head><meta charset="utf-8"></head><body><table width="600" align="center"><tr><td>'
                f"{head}{body}</td></tr></table></body></html>")
    return f'<!DOCTYPE html><html><body><div class="wrapper">{head}<div class="content">{body}</div></div></body></html>'


def quote_gmail(text: str, when: str, name: str, addr: str) -> str:
    lines = "\n".join("> " + ln if ln else ">" for ln in text.strip().split("\n"))
    return f"On {when}, {name} <{addr}> wrote:\n{lines}"


def quote_outlook(text: str, when: str, name: str, addr: str, to: str, subject: str) -> str:
    return (f"-----Original Message-----\nFrom: {name} <{addr}>\nSent: {when}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text.strip()}")


QUOTE_WHEN = ["Mon, 3 Mar 2025 at 09:14", "Tue, 11 Feb 2025 at 16:02", "Wed, 19 Nov 2025 at 11:47",
              "Thu, 6 Jun 2024 at 08:30", "Fri, 24 Jan 2025 at 17:55", "Mon, 14 Oct 2024 at 13:20",
              "Thursday, 12 December 2024 10:03", "Friday, 7 March 2025 15:41"]


def rec(fam: str, n: int, *, folder: str = "INBOX", lang: str = "en", from_name: str, from_addr: str,
        to_addr: str, subject: str, body_text: str, body_html: str | None = None, labels=(), company=None,
        topics=(), oc=()) -> dict:
    labels = sorted(set(labels))
    return {
        "id": f"{fam}-{n}", "family": fam, "folder": folder, "lang": lang, "from_name": from_name,
        "from_addr": from_addr, "to_addr": to_addr, "subject": subject, "body_text": body_text,
        "body_html": body_html, "labels": labels, "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(oc)) if "rejection" in labels else [],
    }


Picker = Callable[[random.Random], str]
