"""Shared banks and envelope helpers for writer w37 (frontline and hourly jobs, English).

Employers, people, places, greetings, sign-offs and footers are shared by labelled and
unlabelled records alike so that only the deciding sentences tell the label.
"""

from __future__ import annotations

import random
import re

# (employer, sector, mail domain)
EMPLOYERS: list[tuple[str, str, str]] = [
    # supermarkets / retail
    ("Hallam's Foodstore", "retail", "hallamsfood.co.uk"), ("Greenleaf Grocers", "retail", "greenleafgrocers.com"),
    ("Baxter & Moss", "retail", "baxtermoss.co.uk"), ("Penny Lane Discount", "retail", "pennylanediscount.com"),
    ("Fairway Superstores", "retail", "fairwaysuperstores.com"), ("Corner Basket", "retail", "cornerbasket.co.uk"),
    ("Kestrel Home & Garden", "retail", "kestrelhomegarden.com"), ("Oakridge Outlet", "retail", "oakridgeoutlet.com"),
    ("Marlow Pharmacy", "retail", "marlowpharmacy.co.uk"), ("Tilly's Toys", "retail", "tillystoys.com"),
    ("Brightside Electricals", "retail", "brightside-electricals.co.uk"), ("Northgate Shoes", "retail", "northgateshoes.com"),
    ("Harbour Books", "retail", "harbourbooks.ie"), ("Sundew Beauty", "retail", "sundewbeauty.com"),
    ("Cobble Street Market", "retail", "cobblestmarket.co.uk"), ("ValueMart", "retail", "valuemart-jobs.com"),
    ("Pinecrest Pets", "retail", "pinecrestpets.com"), ("Riverside Hardware", "retail", "riversidehardware.com.au"),
    ("Lumen Lighting Store", "retail", "lumenstore.co.uk"), ("The Fabric Barn", "retail", "fabricbarn.co.uk"),
    ("Copperkettle Deli", "retail", "copperkettledeli.com"), ("Wrenfield Garden Centre", "retail", "wrenfield.co.uk"),
    ("Dunmore Discount", "retail", "dunmore.ie"), ("FreshWay Express", "retail", "freshwayexpress.co.uk"),
    ("Bramley Farm Shop", "retail", "bramleyfarmshop.co.uk"), ("Quayside Sports", "retail", "quaysidesports.com"),
    ("Meadowvale Co-operative", "retail", "meadowvalecoop.org.uk"), ("Stitch & Thread", "retail", "stitchthread.com"),
    # hospitality / hotels / food
    ("The Anchor Inn", "hospitality", "anchorinn-pub.co.uk"), ("Grand Wexford Hotel", "hotel", "grandwexford.ie"),
    ("Harbourview Hotel", "hotel", "harbourviewhotel.com"), ("Saffron Table", "hospitality", "saffrontable.co.uk"),
    ("Nonna Rosa Trattoria", "hospitality", "nonnarosa.com"), ("Blue Kettle Café", "hospitality", "bluekettlecafe.com"),
    ("Bean There Coffee", "hospitality", "beanthere.coffee"), ("Crumbs Bakery", "hospitality", "crumbsbakery.co.uk"),
    ("Thistle Lodge Hotel", "hotel", "thistlelodge.scot"), ("The Grey Heron", "hospitality", "greyheronpub.co.uk"),
    ("Pier Nine Bar & Grill", "hospitality", "piernine.com.au"), ("Marigold Kitchen", "hospitality", "marigoldkitchen.com"),
    ("Seaspray Holiday Park", "hotel", "seaspraypark.co.uk"), ("Lakeside Lodge Resort", "hotel", "lakesidelodge.ca"),
    ("Oakhill Country House Hotel", "hotel", "oakhillhouse.co.uk"), ("Wharf Street Diner", "hospitality", "wharfdiner.com"),
    ("Pepper & Pine", "hospitality", "pepperandpine.co.nz"), ("The Salt Cellar", "hospitality", "saltcellar.ie"),
    ("Kingfisher Inns", "hotel", "kingfisherinns.co.uk"), ("Rosewood Tea Rooms", "hospitality", "rosewoodtea.co.uk"),
    ("Cityline Hotels", "hotel", "citylinehotels.com"), ("Hillcrest Golf Club", "hospitality", "hillcrestgolf.co.uk"),
    ("The Lantern Rooms", "hospitality", "lanternrooms.com"), ("Dockside Brewing Co", "hospitality", "docksidebrewing.com"),
    # fast food
    ("Burger Barn", "fastfood", "burgerbarn.com"), ("Chick'n'Go", "fastfood", "chickngo.co.uk"),
    ("Wrap Star", "fastfood", "wrapstar.com"), ("Pizza Planet Express", "fastfood", "pizzaplanetexpress.com"),
    ("Taco Shack", "fastfood", "tacoshack.com.au"), ("Fry Society", "fastfood", "frysociety.co.uk"),
    ("Noodle Bar Co", "fastfood", "noodlebarco.com"), ("Sub Station 9", "fastfood", "substation9.com"),
    ("Golden Grill", "fastfood", "goldengrill.co.za"), ("Dough Bros", "fastfood", "doughbros.ie"),
    ("Shake Shed", "fastfood", "shakeshed.com"), ("Kebab King Franchise", "fastfood", "kebabking.co.uk"),
    # warehouses / logistics / delivery
    ("Northpoint Logistics", "warehouse", "northpointlogistics.com"), ("Swiftbox Fulfilment", "warehouse", "swiftbox.co.uk"),
    ("Redline Couriers", "driving", "redlinecouriers.com"), ("Parcelhawk", "driving", "parcelhawk.com"),
    ("Midlands Distribution Centre", "warehouse", "mdc-group.co.uk"), ("Coldchain Foods", "warehouse", "coldchainfoods.com"),
    ("Harrow Freight", "driving", "harrowfreight.co.uk"), ("Zoom Drop Deliveries", "driving", "zoomdrop.com"),
    ("Atlas Removals", "driving", "atlasremovals.co.uk"), ("Crossdock Solutions", "warehouse", "crossdock.com.au"),
    ("PalletPro", "warehouse", "palletpro.co.uk"), ("Eastway Haulage", "driving", "eastwayhaulage.ie"),
    ("Brisk Grocery Delivery", "driving", "briskgrocery.com"), ("Greystone Warehousing", "warehouse", "greystonewh.com"),
    ("Vantage Parcel Hub", "warehouse", "vantagehub.co.uk"), ("Kiwi Freightlines", "driving", "kiwifreight.co.nz"),
    ("Boxwell Packaging", "warehouse", "boxwellpack.com"), ("Meridian Cash & Carry", "warehouse", "meridiancc.co.uk"),
    # care
    ("Willowbank Care Home", "care", "willowbankcare.co.uk"), ("Brookside Home Care", "care", "brooksidehomecare.co.uk"),
    ("Heatherlea Nursing Home", "care", "heatherlea.org.uk"), ("Sunrise Domiciliary Care", "care", "sunrisedomcare.co.uk"),
    ("Ashgrove Residential Care", "care", "ashgrovecare.ie"), ("Kindred Care at Home", "care", "kindredcare.com.au"),
    ("The Laurels Care Centre", "care", "thelaurelscare.co.uk"), ("Elmwood Supported Living", "care", "elmwoodliving.org.uk"),
    ("Hearth & Home Carers", "care", "hearthhome.co.uk"), ("Maple Court Care", "care", "maplecourtcare.ca"),
    ("Greenacres Nursing", "care", "greenacresnursing.co.uk"), ("Cherry Tree House", "care", "cherrytreehouse.org.uk"),
    # cleaning / security / facilities
    ("Sparkle Commercial Cleaning", "cleaning", "sparklecc.co.uk"), ("Crystal Clear Cleaners", "cleaning", "crystalclearcleaners.com"),
    ("Shine Facilities", "cleaning", "shinefacilities.com"), ("Spotless Office Services", "cleaning", "spotless-os.co.uk"),
    ("Guardline Security", "security", "guardlinesecurity.co.uk"), ("Sentinel Event Security", "security", "sentinelevents.com"),
    ("Ironside Protection", "security", "ironsideprotection.co.uk"), ("Watchtower Guarding", "security", "watchtowerguarding.com.au"),
    ("Brightpath Facilities", "cleaning", "brightpathfm.com"), ("Keystone Patrols", "security", "keystonepatrols.ie"),
    # call centres
    ("Clearline Contact Centre", "callcentre", "clearline-cc.com"), ("VoiceBridge Solutions", "callcentre", "voicebridge.co.uk"),
    ("Northern Power Customer Care", "callcentre", "northernpower.co.uk"), ("Helix Telecom", "callcentre", "helixtelecom.com"),
    ("Premier Insurance Direct", "callcentre", "premierinsdirect.co.uk"), ("Cardinal Bank Contact Centre", "callcentre", "cardinalbank.com"),
    ("Talkwell Outsourcing", "callcentre", "talkwell.co.za"), ("Homeheat Energy", "callcentre", "homeheatenergy.co.uk"),
    ("Orbit Broadband", "callcentre", "orbitbroadband.com"), ("Ridgeway Water Services", "callcentre", "ridgewaywater.co.uk"),
    # seasonal / festivals / theme parks / leisure
    ("Thunder Valley Theme Park", "leisure", "thundervalley.com"), ("Wildwood Adventure Park", "leisure", "wildwoodpark.co.uk"),
    ("Greenfields Festival", "festival", "greenfieldsfest.com"), ("Summer Tides Festival", "festival", "summertides.co.uk"),
    ("Frostfair Christmas Market", "festival", "frostfair.co.uk"), ("Santa's Grotto Co", "festival", "santasgrotto.co.uk"),
    ("Splashzone Waterpark", "leisure", "splashzone.com.au"), ("Castle Hollow Attractions", "leisure", "castlehollow.co.uk"),
    ("Pumpkin Patch Farm", "festival", "pumpkinpatchfarm.com"), ("Starlight Cinemas", "leisure", "starlightcinemas.co.uk"),
    ("Bowlarama", "leisure", "bowlarama.com"), ("Riverbank Zoo", "leisure", "riverbankzoo.org"),
    ("Harvest Moon Fruit Farm", "festival", "harvestmoonfarm.co.uk"), ("Coastline Ferries", "leisure", "coastlineferries.com"),
    ("Ice Palace Skating Rink", "leisure", "icepalace.co.uk"), ("Bigtop Circus Tours", "festival", "bigtopcircus.co.uk"),
    # council-run services
    ("Westbury Borough Council", "council", "westbury.gov.uk"), ("Eastfield District Council", "council", "eastfield.gov.uk"),
    ("Ashby Leisure Trust", "council", "ashbyleisure.org.uk"), ("Kelby City Council", "council", "kelby.gov.uk"),
    ("Northmoor County Council", "council", "northmoor.gov.uk"), ("Glenrock Shire Council", "council", "glenrock.nsw.gov.au"),
    ("Dunbarrow Council", "council", "dunbarrow.gov.scot"), ("Riverton Libraries", "council", "rivertonlibraries.org.uk"),
    # more shops / chains
    ("Coleman's Convenience", "retail", "colemansconvenience.co.uk"), ("Sprout Organic Grocer", "retail", "sproutgrocer.com"),
    ("Hyde Park Cinema Café", "hospitality", "hydeparkcafe.co.uk"), ("Fernhill Petrol & Shop", "retail", "fernhillfuel.com"),
    ("QuickFuel Forecourts", "retail", "quickfuel.co.uk"), ("Mason's Butchers", "retail", "masonsbutchers.co.uk"),
    ("Tidewater Seafood", "warehouse", "tidewaterseafood.com"), ("Goldcrest Laundry", "cleaning", "goldcrestlaundry.com"),
    ("Pawsome Dog Daycare", "care", "pawsomedaycare.co.uk"), ("Little Acorns Nursery", "care", "littleacornsnursery.co.uk"),
    ("Velo Bike Couriers", "driving", "velocouriers.com"), ("Metro Car Wash", "cleaning", "metrocarwash.com"),
    ("Highstreet Vape & Co", "retail", "highstreetvape.co.uk"), ("Nightowl Takeaway", "fastfood", "nightowltakeaway.co.uk"),
    ("Tower Parking Services", "security", "towerparking.com"), ("Evergreen Landscaping", "cleaning", "evergreenland.co.uk"),
    ("Stadium Catering Ltd", "hospitality", "stadiumcatering.co.uk"), ("Airport Duty Free Ltd", "retail", "adfjobs.com"),
    ("SkyServe Airline Catering", "warehouse", "skyservecatering.com"), ("Cinnamon Sun Bakery Cafe", "hospitality", "cinnamonsun.com"),
]

ROLES: dict[str, list[str]] = {
    "retail": ["Customer Assistant", "Checkout Operator", "Shelf Stacker (Nights)", "Sales Assistant",
               "Weekend Sales Assistant", "Stock Replenishment Colleague", "Team Leader", "Deli Counter Assistant",
               "Christmas Temp Sales Assistant", "Click & Collect Picker", "Bakery Assistant", "Store Supervisor"],
    "hospitality": ["Bar Staff", "Waiting Staff", "Kitchen Porter", "Commis Chef", "Barista", "Front of House",
                    "Server (part time)", "Line Cook", "Supervisor", "Pot Wash", "Glass Collector", "Host"],
    "hotel": ["Room Attendant", "Night Porter", "Receptionist", "Housekeeping Assistant", "Breakfast Server",
              "Food and Beverage Assistant", "Concierge", "Laundry Assistant", "Duty Manager", "Seasonal Bar Staff"],
    "fastfood": ["Crew Member", "Team Member", "Delivery Rider", "Shift Runner", "Crew Trainer", "Kitchen Crew",
                 "Drive-Thru Team Member", "Shift Manager"],
    "warehouse": ["Warehouse Operative", "Picker Packer", "Forklift Driver (Counterbalance)", "Reach Truck Driver",
                  "Goods In Operative", "Night Shift Picker", "Loader", "Despatch Operative", "Inventory Clerk",
                  "Warehouse Team Leader"],
    "driving": ["Multi-drop Delivery Driver", "Van Driver", "HGV Class 2 Driver", "Courier", "Driver's Mate",
                "Home Delivery Driver", "Removals Porter", "Same-day Courier"],
    "care": ["Care Assistant", "Senior Carer", "Home Care Worker", "Support Worker", "Night Carer",
             "Healthcare Assistant", "Activities Coordinator", "Domestic Assistant", "Live-in Carer"],
    "cleaning": ["Office Cleaner", "Contract Cleaner (evenings)", "Housekeeper", "Cleaning Operative",
                 "Window Cleaner", "Laundry Operative", "Grounds Maintenance Operative"],
    "security": ["Security Officer", "Door Supervisor", "Event Steward", "Mobile Patrol Officer",
                 "CCTV Operator", "Retail Security Guard", "Car Park Attendant"],
    "callcentre": ["Customer Service Advisor", "Inbound Sales Agent", "Collections Advisor", "Live Chat Agent",
                   "Complaints Handler", "Technical Support Advisor (Tier 1)", "Outbound Appointment Setter"],
    "leisure": ["Ride Operator", "Lifeguard", "Guest Services Assistant", "Admissions Assistant",
                "Food Kiosk Assistant", "Seasonal Team Member", "Cinema Host", "Entertainer"],
    "festival": ["Festival Bar Crew", "Steward", "Site Crew", "Litter Picker", "Box Office Assistant",
                 "Seasonal Fruit Picker", "Elf (Santa's Grotto)", "Market Stall Assistant"],
    "council": ["Leisure Centre Assistant", "Library Assistant", "Refuse Collection Operative",
                "Reablement Support Worker", "School Crossing Patrol", "Street Cleansing Operative",
                "Catering Assistant (Schools)", "Casual Swimming Teacher"],
}

FIRST = ["Dee", "Sandra", "Kev", "Priya", "Tomasz", "Aisha", "Gareth", "Bev", "Ronan", "Mel", "Joe", "Shauna",
         "Dilip", "Marcus", "Jade", "Stacey", "Lewis", "Connor", "Nadia", "Femi", "Chloe", "Rhys", "Jo", "Paddy",
         "Leanne", "Gemma", "Ahmed", "Wes", "Bogdan", "Kelly", "Sinead", "Craig", "Yusuf", "Tanya", "Liam", "Harpreet",
         "Debbie", "Siobhan", "Ollie", "Marta", "Andre", "Fiona", "Trev", "Zainab", "Ellie", "Nikhil", "Carol",
         "Danny", "Olu", "Rosa", "Hamish", "Bernadette", "Kayleigh", "Mo", "Janine", "Pete", "Ikram", "Toni"]
LAST = ["Walsh", "Okafor", "Patel", "Kowalski", "Hughes", "McAllister", "Byrne", "Singh", "Dawson", "Reid",
        "Nowak", "Thompson", "Ahmed", "O'Brien", "Price", "Fletcher", "Mensah", "Doyle", "Khan", "Barker",
        "Jenkins", "Murphy", "Lloyd", "Campbell", "Ferreira", "Hale", "Quinn", "Ward", "Adeyemi", "Grant",
        "Moss", "Sutherland", "Flynn", "Popescu", "Chambers", "Noble", "Ellis", "Dunne", "Bhatt", "Kerr"]

CANDIDATES = [("Jamie", "Lowe"), ("Kasia", "Wrona"), ("Tyler", "Brooks"), ("Amara", "Nwosu"), ("Ryan", "Gill"),
              ("Ellie", "Marsh"), ("Daniel", "Costa"), ("Sophie", "Kaur"), ("Callum", "Burns"), ("Mia", "Sharma"),
              ("Jordan", "Hayes"), ("Leah", "Fraser"), ("Adam", "Rahman"), ("Niamh", "Kelly"), ("Kyle", "Evans"),
              ("Zara", "Hussain"), ("Ben", "Taylor"), ("Grace", "Obi"), ("Sam", "Parry"), ("Lucy", "Dobson"),
              ("Ionut", "Radu"), ("Holly", "Ferguson"), ("Dom", "Vieira"), ("Tash", "Green")]

TOWNS = ["Wolverhampton", "Swindon", "Leeds", "Cork", "Stockport", "Bristol", "Galway", "Derby", "Luton",
         "Brighton", "Hull", "Glasgow", "Cardiff", "Norwich", "Milton Keynes", "Preston", "Limerick",
         "Newcastle", "Doncaster", "Plymouth", "Reading", "Perth", "Auckland", "Geelong", "Dundee",
         "Sunderland", "Exeter", "Basildon", "Coventry", "Belfast"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TIMES = ["9am", "9.30", "10am", "10:30", "11", "11.15am", "12 noon", "1pm", "2pm", "2.30pm", "3", "3pm",
         "4pm", "4.45", "5:30pm", "6pm", "7am", "8.15am"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

GMAILS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "live.ie"]
RELAYS = ["hire.shiftlyapp.com", "mail.quickhirehq.com", "notify.crewboard.io", "jobs.applyflowmail.com",
          "recruit.peoplepathats.com", "noreply.hourlyhire.net", "talent.frontlinehr-mail.com"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def person(rng: random.Random) -> tuple[str, str]:
    return pick(rng, FIRST), pick(rng, LAST)


def candidate(rng: random.Random) -> tuple[str, str, str]:
    first, last = pick(rng, CANDIDATES)
    style = rng.randrange(5)
    local = [f"{first}.{last}", f"{first}{last}{rng.randrange(10, 99)}", f"{first[0]}{last}",
             f"{first}_{last}{rng.randrange(1, 9)}", f"{last}.{first}"][style].lower()
    return first, last, f"{local}@{pick(rng, GMAILS)}"


def employer(rng: random.Random, sectors: list[str] | None = None) -> tuple[str, str, str]:
    pool = [e for e in EMPLOYERS if sectors is None or e[1] in sectors]
    return pick(rng, pool)


def role_for(rng: random.Random, sector: str) -> str:
    return pick(rng, ROLES.get(sector, ROLES["retail"]))


def pay(rng: random.Random) -> str:
    pounds = rng.choice([10, 11, 11, 12, 12, 13, 14, 15, 16, 17, 18])
    pence = rng.choice(["00", "25", "42", "50", "60", "75", "90", "44", "21"])
    cur = rng.choice(["£", "£", "£", "€", "$"])
    return f"{cur}{pounds}.{pence}"


def date_str(rng: random.Random) -> str:
    d = rng.randrange(1, 29)
    m = pick(rng, MONTHS)
    form = rng.randrange(4)
    if form == 0:
        return f"{pick(rng, DAYS)} {d} {m}"
    if form == 1:
        return f"{d}/{MONTHS.index(m) + 1:02d}"
    if form == 2:
        return f"{pick(rng, DAYS)} the {d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]}"
    return f"{m} {d}"


def slot(rng: random.Random) -> str:
    return f"{pick(rng, DAYS)} at {pick(rng, TIMES)}"


def req(rng: random.Random) -> str:
    return rng.choice([f"REQ-{rng.randrange(10000, 99999)}", f"#{rng.randrange(1000, 9999)}",
                       f"Ref {rng.choice('ABCDHKLMRSTW')}{rng.randrange(100, 999)}",
                       f"Job ID {rng.randrange(100000, 999999)}", f"VAC{rng.randrange(1000, 9999)}"])


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())[:18] or "jobs"


def quote_gmail(rng: random.Random, who: str, addr: str, text: str) -> str:
    d = rng.randrange(1, 29)
    head = rng.choice([
        f"On {pick(rng, DAYS)[:3]}, {d} {pick(rng, MONTHS)} 2026 at {rng.randrange(7, 22)}:{rng.randrange(10, 59)}, {who} <{addr}> wrote:",
        f"On {d} {pick(rng, MONTHS)} 2026, at {rng.randrange(7, 22)}:{rng.randrange(10, 59)}, {who} <{addr}> wrote:",
        f"Sent from my iPhone\n\nOn {d} {pick(rng, MONTHS)} 2026, {who} wrote:",
    ])
    lines = "\n".join(("> " + ln) if ln else ">" for ln in text.strip().split("\n"))
    return f"{head}\n{lines}"


def quote_outlook(rng: random.Random, who: str, addr: str, to: str, subject: str, text: str) -> str:
    d = rng.randrange(1, 29)
    return (f"________________________________\nFrom: {who} <{addr}>\nSent: {pick(rng, DAYS)}, "
            f"{d} {pick(rng, MONTHS)} 2026 {rng.randrange(7, 18)}:{rng.randrange(10, 59)}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text.strip()}")


def quote(rng: random.Random, who: str, addr: str, to: str, subject: str, text: str) -> str:
    if rng.random() < 0.7:
        return quote_gmail(rng, who, addr, text)
    return quote_outlook(rng, who, addr, to, subject, text)


PHONE_SIGS = ["Sent from my iPhone", "Sent from my Galaxy", "Sent from Outlook for Android",
              "Get Outlook for iOS", "Sent from Yahoo Mail on Android", ""]


def html_wrap(rng: random.Random, text: str, brand: str, footer: str = "") -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    colour = pick(rng, ["#d2232a", "#0a6b3d", "#1b4f9c", "#f39200", "#5b2a86", "#222222", "#00857c"])
    body = "".join(f"<p style=\"margin:0 0 14px 0\">{p.strip().replace(chr(10), '<br>')}</p>" for p in paras)
    foot = f"<p style=\"font-size:11px;color:#888\">{footer}</p>" if footer else ""
    return (f"<html><body style=\"font-family:Arial,sans-serif\"><table width=\"100%\" cellpadding=\"0\">"
            f"<tr><td style=\"background:{colour};color:#fff;padding:12px 20px;font-size:18px\"><b>{brand}</b></td></tr>"
            f"<tr><td style=\"padding:20px\">{body}{foot}</td></tr></table></body></html>")


def record(prefix: str, family: str, n: int, *, folder: str = "INBOX", from_name: str, from_addr: str,
           to_addr: str, subject: str, body_text: str, body_html: str | None = None,
           labels: list[str] | None = None, company: str | None = None, topics: list[str] | None = None,
           outside: list[str] | None = None) -> dict:
    fam = f"{prefix}-{family}"
    body_text = re.sub(r"\n{3,}", "\n\n", body_text).strip() + ("\n" if body_text.strip() else "")
    return {
        "id": f"{fam}-{n}", "family": fam, "folder": folder, "lang": "en",
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": sorted(set(labels or [])),
        "company": company, "topics": sorted(set(topics or [])), "outside_control": sorted(set(outside or [])),
    }
