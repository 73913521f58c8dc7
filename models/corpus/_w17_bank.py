"""Writer w17: names, employers, recruiting platforms and small text helpers.

Everything here is invented for the jobmail corpus: fictional employers across industries and
countries, people, and the recruiting platforms whose HTML templates gen_w17_*.py imitate.
"""

from __future__ import annotations

import random

COMPANIES: list[tuple[str, str]] = [(n, d) for n, d in (
    ("Brightwater Analytics", "brightwater-analytics.com"), ("Halvorsen Marine", "halvorsenmarine.no"),
    ("Tessellate Labs", "tessellatelabs.io"), ("Quillfeather Publishing", "quillfeather.co.uk"),
    ("Orchard Lane Foods", "orchardlanefoods.com"), ("Kestrel Freight", "kestrelfreight.com"),
    ("Marlowe & Finch", "marlowefinch.com"), ("Cobaltline Energy", "cobaltline.energy"),
    ("Pinegrove Health", "pinegrovehealth.org"), ("Sundial Payments", "sundialpay.com"),
    ("Lumen Harbor", "lumenharbor.com"), ("Rookwood Insurance", "rookwood-ins.com"),
    ("Vantablue Studios", "vantablue.studio"), ("Greyfield Robotics", "greyfieldrobotics.com"),
    ("Atlas & Ember", "atlasember.com"), ("Nimbus Ledger", "nimbusledger.com"),
    ("Corvid Security", "corvidsec.io"), ("Fenwick Biotech", "fenwickbio.com"),
    ("Saltmarsh Hotels", "saltmarshhotels.com"), ("Tidewell Water", "tidewell.co"),
    ("Oakhurst Logistics", "oakhurstlogistics.com"), ("Parallax Mobility", "parallaxmobility.de"),
    ("Wrenfield Bank", "wrenfieldbank.com"), ("Amberjack Games", "amberjackgames.com"),
    ("Cinder Peak Outdoor", "cinderpeak.com"), ("Heliotrope Media", "heliotrope.media"),
    ("Juniper Ridge Schools", "juniperridge.edu"), ("Moss & Stone Architects", "mossandstone.com"),
    ("Northlight Optics", "northlightoptics.com"), ("Pellucid Data", "pellucid.ai"),
    ("Quarry Street Legal", "quarrystreetlegal.com"), ("Redbrook Retail", "redbrook.shop"),
    ("Silverbirch Pharma", "silverbirchpharma.com"), ("Tallgrass Agritech", "tallgrass.ag"),
    ("Umberto Foods", "umbertofoods.it"), ("Veridian Grid", "veridiangrid.com"),
    ("Wavecrest Telecom", "wavecrest.net"), ("Yarrow Health Partners", "yarrowhealth.com"),
    ("Zephyrine Aero", "zephyrine-aero.fr"), ("Ashgrove Consulting", "ashgrove.consulting"),
    ("Bluefin Capital", "bluefincap.com"), ("Copperleaf Software", "copperleaf.dev"),
    ("Driftwood Travel", "driftwoodtravel.com"), ("Elmstead Care Homes", "elmsteadcare.co.uk"),
    ("Foxglove Cosmetics", "foxglovebeauty.com"), ("Gannet Shipping", "gannetshipping.com"),
    ("Hollowbrook Dairy", "hollowbrookdairy.ie"), ("Ironbark Mining", "ironbark.com.au"),
    ("Jadeport Electronics", "jadeport.sg"), ("Kindling Education", "kindling.education"),
    ("Larkspur Insurance", "larkspur.insure"), ("Meridian Loop", "meridianloop.com"),
    ("Nettlefield Farms", "nettlefield.co.nz"), ("Obsidian Cloud", "obsidiancloud.io"),
    ("Pembrook Hospital Trust", "pembrook.nhs.example"), ("Quayside Fintech", "quayside.finance"),
    ("Riverlight Energy", "riverlight.energy"), ("Stonechat Apparel", "stonechat.com"),
    ("Thornbury Academy Trust", "thornburytrust.org.uk"), ("Upland Water Co", "uplandwater.com"),
    ("Vesper Biologics", "vesperbio.com"), ("Willowmere Studios", "willowmere.tv"),
    ("Xylo Audio", "xyloaudio.com"), ("Yellowpine Timber", "yellowpine.ca"),
    ("Zinc & Co", "zincandco.com"), ("Alderbank Pensions", "alderbank.com"),
    ("Bramblecroft Bakery", "bramblecroft.co.uk"), ("Castellan Defence", "castellan-def.com"),
    ("Dovetail Furniture", "dovetailfurniture.com"), ("Eastgate Mall Group", "eastgategroup.com"),
    ("Fathom Ocean Tech", "fathomocean.com"), ("Glasshouse Labs", "glasshouselabs.io"),
    ("Harrowgate Tools", "harrowgate.com"), ("Inkwell Analytics", "inkwell.ai"),
    ("Jetstream Parcel", "jetstreamparcel.com"), ("Kilnworks Ceramics", "kilnworks.com"),
    ("Lodestar Navigation", "lodestarnav.com"), ("Mistral Wind Power", "mistralwind.es"),
    ("Nordhavn Seafood", "nordhavnseafood.dk"), ("Opaline Jewelry", "opaline.com"),
    ("Pathfinder Robotics", "pathfinderrobotics.com"), ("Quicksilver Couriers", "qscouriers.com"),
    ("Rosehip Wellness", "rosehipwellness.com"), ("Sablewood Hotels", "sablewood.com"),
    ("Tundra Outfitters", "tundraoutfitters.ca"), ("Ultramarine Paints", "ultramarinepaints.com"),
    ("Valemont Wines", "valemontwines.fr"), ("Westerly Airlines", "westerlyair.com"),
    ("Yardarm Sailing", "yardarm.com"), ("Zenith Clinics", "zenithclinics.com"),
    ("Arcturus Semiconductors", "arcturus-semi.com"), ("Bellwether Research", "bellwether.org"),
    ("Crestview Property", "crestviewproperty.com"), ("Dunmore Distillery", "dunmore.scot"),
    ("Everly Pet Care", "everlypets.com"), ("Fernhill Nurseries", "fernhill.garden"),
    ("Gridlock Traffic Systems", "gridlocksys.com"), ("Highmoor Rail", "highmoorrail.co.uk"),
    ("Ivory Tower Tutors", "ivorytutors.com"), ("Jasperline Cosmetics", "jasperline.com"),
    ("Kettle & Crane", "kettleandcrane.com"), ("Lanternfish Software", "lanternfish.dev"),
    ("Mapleton Credit Union", "mapletoncu.org"), ("Nightjar Security", "nightjar.security"),
    ("Orbital Freightworks", "orbitalfreight.com"), ("Peregrine Surveying", "peregrinesurvey.com"),
    ("Quince Interactive", "quince.games"), ("Ravensworth Law", "ravensworthlaw.com"),
    ("Seabright Utilities", "seabright.co"), ("Tamarind Kitchens", "tamarindkitchens.in"),
    ("Undercroft Archives", "undercroft.org"), ("Vireo Payments", "vireopay.com"),
    ("Whitlock Engineering", "whitlockeng.com"), ("Xanthe Fashion", "xanthe.fashion"),
    ("Yewtree Housing", "yewtreehousing.org.uk"), ("Zodiac Sensors", "zodiacsensors.com"),
    ("Anchorage Health", "anchoragehealth.com"), ("Bluebell Nurseries", "bluebellkids.co.uk"),
    ("Cascadia Timberworks", "cascadiatimber.com"), ("Delphine Robotics", "delphine.ai"),
    ("Emberly Candles", "emberly.com"), ("Foundry Twelve", "foundry12.io"),
    ("Granite State Mutual", "gsmutual.com"), ("Hartwell Pharmacy", "hartwellrx.com"),
    ("Islay Renewables", "islayrenewables.com"), ("Jubilee Bus Company", "jubileebus.co.uk"),
    ("Keystone Grocers", "keystonegrocers.com"), ("Lighthouse Learning", "lighthouselearning.org"),
    ("Monarch Print", "monarchprint.com"), ("Northgate Steel", "northgatesteel.com"),
    ("Overbridge Capital", "overbridge.vc"), ("Polaris Fleet", "polarisfleet.com"),
    ("Quantock Cider", "quantockcider.co.uk"), ("Rimrock Geothermal", "rimrockgeo.com"),
    ("Sorrel Health Tech", "sorrel.health"), ("Trellis HR Software", "trellishr.com"),
    ("Umbra Cinema Group", "umbracinemas.com"), ("Vantage Point Realty", "vantagepointrealty.com"),
    ("Wildflower Cafes", "wildflowercafes.com"), ("Xenon Lighting", "xenonlighting.de"),
    ("Yonder Maps", "yondermaps.com"), ("Zest Meal Kits", "zestmeals.com"),
    ("Aurora Borealis Tours", "auroratours.is"), ("Brackenridge Clinics", "brackenridge.org"),
    ("Canopy Climate", "canopyclimate.org"), ("Dappled Light Photo", "dappledlight.com"),
    ("Estuary Data", "estuarydata.com"), ("Flintlock Games", "flintlockgames.com"),
    ("Goldcrest Accountancy", "goldcrest.co.uk"), ("Hearthstone Homes", "hearthstonehomes.com"),
    ("Indigo Bay Resorts", "indigobay.com"), ("Juniper & Sage", "juniperandsage.com"),
    ("Kittiwake Analytics", "kittiwake.io"), ("Lindqvist Verktyg", "lindqvist.se"),
    ("Mosaic Transit", "mosaictransit.com"), ("Nettle & Pine", "nettleandpine.com"),
    ("Outrigger Logistics", "outrigger.co"), ("Pemberton Steelworks", "pembertonsteel.com"),
    ("Rainshadow Software", "rainshadow.io"), ("Starling Ventures", "starling.vc"),
    ("Tenfold Biosystems", "tenfoldbio.com"), ("Waypoint Charities", "waypoint.org"),
    ("Kobold Systems", "kobold-systems.de"), ("Maison Verrier", "maisonverrier.fr"),
    ("Lattice Freight", "latticefreight.com"), ("Cormorant Bank", "cormorantbank.com"),
)]

FIRST = """Amara Bilal Chiara Dmitri Elif Farrukh Greta Hamza Ines Jonas Keiko Luca Maren Nadia Oren
Priya Quentin Rosa Samir Tamsin Ugo Vera Wiktor Ximena Yusuf Zoe Aoife Bram Carmen Dario Esther Femi
Gwen Hector Ilse Jamal Katya Lorcan Mei Niall Odette Pablo Rania Soren Thandi Uma Vikram Wren Yara
Zainab Anders Beatriz Cyrus Delphine Emeka Fiona Gustav Hana Isaac Jude Kwame Leila Magnus Noor Olu
Petra Rafael Sunita Tobias Valentina Wilhelmina Xavier Yannick Aleksandra Benedikt Colette Diego
Eleni Florian Grace Henrik Ifeoma Joaquin""".split()
LAST = """Abernathy Bakshi Castellanos Drummond Eriksen Fairweather Gallagher Hollis Iwasaki Jankowski
Kowalczyk Lindgren Mbeki Nakamura Okafor Pritchard Quintero Rasmussen Sokolov Thornton Umarov Varga
Whitcombe Xu Yamada Zielinski Adeyemi Brennan Chaudhry Delacroix Esposito Fonseca Grünewald Haddad
Ishikawa Jovanovic Kaplan Lefebvre Moreau Novak Oyelaran Petrov Ramirez Schultz Takahashi Valdés
Walsh Yilmaz Zapata Achterberg Bianchi Coughlan Dvořák Engström Ferreira Gupta Halloran""".split()

CANDIDATES = [("Alex", "Morgan"), ("Sam", "Okoro"), ("Jordan", "Lindqvist"), ("Priya", "Raman"),
              ("Tomasz", "Wrona"), ("Hannah", "Becker"), ("Luis", "Cardenas"), ("Mira", "Sato"),
              ("Daniel", "Osei"), ("Claire", "Dubois"), ("Kofi", "Mensah"), ("Rebecca", "Stein"),
              ("Ethan", "Kaur"), ("Noemi", "Russo"), ("Felix", "Hartmann"), ("Ayesha", "Qureshi"),
              ("Owen", "Pryce"), ("Lena", "Vogel"), ("Marcus", "Adebayo"), ("Ingrid", "Solberg")]

ROLES = """Backend Engineer|Senior Data Analyst|Product Designer|Site Reliability Engineer|Marketing Manager
|Customer Success Lead|Financial Analyst|Staff Software Engineer|Machine Learning Engineer|QA Engineer
|Technical Writer|Operations Coordinator|Payroll Specialist|UX Researcher|Frontend Developer
|Supply Chain Planner|Account Executive|Clinical Data Manager|Platform Engineer|HR Business Partner
|Embedded Firmware Engineer|Content Strategist|Data Engineer|Security Analyst|Engineering Manager
|Mobile Developer (iOS)|Procurement Officer|Solutions Architect|Business Analyst|Legal Counsel
|DevOps Engineer|Brand Designer|Partnerships Manager|Research Scientist|Junior Developer
|Category Manager|Project Manager|Full Stack Developer|Growth Analyst|Office Manager""".replace("\n", "").split("|")
ROLES = [r.strip() for r in ROLES if r.strip()]

CITIES = ["Leeds", "Rotterdam", "Austin, TX", "Lyon", "Remote (EU)", "Dublin", "Toronto", "Munich",
          "Melbourne", "Bristol", "Remote (US)", "Lisbon", "Singapore", "Denver, CO", "Glasgow",
          "Gothenburg", "Hybrid - Manchester", "Cape Town", "Warsaw", "Barcelona"]

TIMEZONES = ["GMT", "BST", "CET", "CEST", "EST", "PT", "AEST", "UTC"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def company(rng: random.Random) -> tuple[str, str]:
    return rng.choice(COMPANIES)


def slug(text: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def date_phrase(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    m = rng.choice(MONTHS)
    fmt = rng.randint(0, 3)
    if fmt == 0:
        return f"{rng.choice(WEEKDAYS)}, {m} {d}"
    if fmt == 1:
        return f"{rng.choice(WEEKDAYS)} {d} {m}"
    if fmt == 2:
        return f"{d:02d}/{MONTHS.index(m) + 1:02d}/2026"
    return f"{m[:3]} {d}, 2026"


def time_phrase(rng: random.Random) -> str:
    h = rng.randint(8, 17)
    mi = rng.choice(["00", "15", "30", "45"])
    if rng.random() < 0.5:
        return f"{h}:{mi} {rng.choice(TIMEZONES)}"
    hh = h if h <= 12 else h - 12
    return f"{hh}:{mi} {'AM' if h < 12 else 'PM'} {rng.choice(TIMEZONES)}"


def req_id(rng: random.Random) -> str:
    f = rng.randint(0, 5)
    if f == 0:
        return f"REQ-{rng.randint(1000, 99999)}"
    if f == 1:
        return f"#{rng.randint(100000, 999999)}"
    if f == 2:
        return f"JR{rng.randint(10000, 999999)}"
    if f == 3:
        return f"{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}-{rng.randint(10, 99)}"
    if f == 4:
        return f"Job ID {rng.randint(20000, 89999)}"
    return f"R-{rng.randint(2024, 2026)}-{rng.randint(100, 9999):04d}"


def token(rng: random.Random, n: int = 18) -> str:
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(rng: random.Random, options: list[str], **kw: str) -> str:
    """Choose one template string and fill it with the keyword values."""
    return rng.choice(options).format(**kw)
