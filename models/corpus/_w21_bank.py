"""Shared world for writer w21: big-tech / scale-up / finance interview loops.

What: invented employers, people, roles, requisition ids, signatures, footers, quoting helpers and
the record builder used by every ``gen_w21_*`` generator. When: imported at generation time only.
All randomness comes from the ``rng`` passed in, so output is deterministic.
"""

from __future__ import annotations

import html
import random
import re
import zlib
from collections.abc import Sequence

# (name, domain, sector) -- all invented
_CO = """
Quillstream|quillstream.com|tech
Arborlight Systems|arborlight.io|tech
Helixgate|helixgate.com|tech
Northvane|northvane.com|tech
Corvid Labs|corvidlabs.ai|tech
Tessellate Cloud|tessellate.cloud|tech
Brightwater Networks|brightwaternet.com|tech
Palisade Data|palisadedata.com|tech
Loomwork|loomwork.app|tech
Stratoscale Analytics|stratoscale-analytics.com|tech
Kestrel Robotics|kestrelrobotics.com|tech
Orchard Pay|orchardpay.com|fintech
Lumen Ledger|lumenledger.com|fintech
Fairway Capital Markets|fairwaycm.com|finance
Granite Peak Partners|granitepeak.com|finance
Marlowe & Finch|marlowefinch.com|finance
Oxbow Securities|oxbowsec.com|finance
Teal Harbor Asset Management|tealharbor.com|finance
Vantage Row Capital|vantagerow.com|finance
Hollis Quant|hollisquant.com|finance
Sable Point Trading|sablepoint.com|finance
Merrow Bank|merrowbank.com|finance
Calder & Wynn Consulting|calderwynn.com|consulting
Brackenridge Advisory|brackenridge.co|consulting
Ostrander Partners|ostranderpartners.com|consulting
Pemberton Strategy Group|pembertonsg.com|consulting
Larchmont Associates|larchmont-associates.com|consulting
Emberfall Games|emberfall.gg|gaming
Pixelmoor Studios|pixelmoor.com|gaming
Thunderkite Interactive|thunderkite.com|gaming
Rookstone Games|rookstone.games|gaming
Nightjar Entertainment|nightjar-ent.com|gaming
Glasswing Studios|glasswing.studio|gaming
Cobalt Crown Games|cobaltcrown.com|gaming
Vireo Therapeutics|vireotx.com|biotech
Genvara Bio|genvara.com|biotech
Solstice Genomics|solsticegenomics.com|biotech
Amberleaf Biosciences|amberleafbio.com|biotech
Cellwright|cellwright.bio|biotech
Meridian Proteomics|meridianproteomics.com|biotech
Tidewell Pharma|tidewellpharma.com|biotech
Ravenmark Security|ravenmark.io|tech
Driftwood Mobility|driftwoodmobility.com|tech
Copperline Logistics Tech|copperline.tech|tech
Saltmarsh AI|saltmarsh.ai|tech
Ironbark Semiconductors|ironbarksemi.com|tech
Wavecrest Media|wavecrest.media|tech
Bluefin Commerce|bluefincommerce.com|tech
Marigold Health Tech|marigoldhealth.io|tech
Fernhollow|fernhollow.com|tech
Pinecrest Energy Software|pinecrest-energy.com|tech
Halyard Maps|halyardmaps.com|tech
Starling Compute|starlingcompute.com|tech
Zephyrine|zephyrine.io|tech
Obsidian Sky|obsidiansky.com|tech
Candlewick Search|candlewick.com|tech
Greyfriar Software|greyfriar.dev|tech
Mosaic Freight|mosaicfreight.com|tech
Verdant Grid|verdantgrid.com|tech
Lanternfish|lanternfish.io|tech
Ashgrove Insurance Tech|ashgrove-insure.com|fintech
Tallowmere Bank|tallowmere.com|finance
Brindle Street Capital|brindlestreet.com|finance
Oakhaven Investments|oakhaven-inv.com|finance
Keystone Ridge Securities|keystoneridge.com|finance
Alder & Moss|aldermoss.com|consulting
Whitlock Grey|whitlockgrey.com|consulting
Farrier Consulting|farrierconsulting.com|consulting
Harborline Partners|harborline.com|consulting
Silverquay Games|silverquay.com|gaming
Moonpetal Studio|moonpetal.studio|gaming
Redfern Play|redfernplay.com|gaming
Kiln & Kettle Games|kilnkettle.com|gaming
Osprey Biologics|ospreybio.com|biotech
Lindenbrook Diagnostics|lindenbrookdx.com|biotech
Nuvola Genetics|nuvolagen.com|biotech
Coralline Medicines|coralline.bio|biotech
Peregrine Compute|peregrinecompute.com|tech
Juniper Vale|junipervale.com|tech
Echelon Streams|echelonstreams.com|tech
Foxglove Security|foxglovesec.com|tech
Trellis Commerce|trelliscommerce.com|tech
Hearthstone Payments|hearthstonepay.com|fintech
Quarry Labs|quarrylabs.io|tech
Beacon Hill Robotics|beaconhillrobotics.com|tech
Skyloom|skyloom.com|tech
Nimbus Forge|nimbusforge.io|tech
Kettlebridge|kettlebridge.com|tech
Aurora Tensor|auroratensor.ai|tech
Cinderpath|cinderpath.com|tech
Wildrye Foods Digital|wildrye.com|tech
Cascadia Freightworks|cascadiafw.com|tech
Ledgerline|ledgerline.io|fintech
Quayside Clearing|quaysideclearing.com|finance
Pendle Hill Capital|pendlehill.com|finance
Stonebridge Quantitative|stonebridgeq.com|finance
Gilded Fern Asset Partners|gildedfern.com|finance
Mariner & Crane|marinercrane.com|finance
Ridgeback Ventures|ridgeback.vc|finance
Thornbury Advisory|thornbury.co.uk|consulting
Blackpoll Consulting|blackpoll.com|consulting
Wrenfield Group|wrenfield.com|consulting
Starfall Forge Games|starfallforge.com|gaming
Tinpot Arcade|tinpotarcade.com|gaming
Brightmoss Interactive|brightmoss.com|gaming
Heliotrope Bio|heliotropebio.com|biotech
Sequoyah Therapeutics|sequoyahtx.com|biotech
Vantablue Genomics|vantablue.com|biotech
Kelpie Systems|kelpie.systems|tech
Rivermint|rivermint.com|tech
Fathom Orbit|fathomorbit.space|tech
Gannet Aerospace Software|gannetaero.com|tech
Sundial Clinical AI|sundialclinical.ai|biotech
Wyvern Cloud|wyverncloud.com|tech
Parchment Docs|parchmentdocs.com|tech
Marlin Street Tech|marlinstreet.tech|tech
Foundry Nine|foundrynine.com|tech
Holloway Signal|hollowaysignal.com|tech
Cairnstone|cairnstone.io|tech
Plover Mobile|plovermobile.com|tech
Chestnut Ridge Bank|chestnutridgebank.com|finance
Elmstead Capital|elmstead.com|finance
Tamarind Trading|tamarindtrading.com|finance
Bellweather Partners|bellweatherpartners.com|consulting
Oriel Strategy|orielstrategy.com|consulting
Hexbloom Games|hexbloom.com|gaming
Lucent Marsh Games|lucentmarsh.com|gaming
Arclight Biosystems|arclightbio.com|biotech
Galena Pharmaceuticals|galenapharma.com|biotech
Kinfolk Cloud|kinfolk.cloud|tech
Vesper Mobility|vespermobility.de|tech
Rheinwerk Daten|rheinwerk-daten.de|tech
Isarblick Software|isarblick.de|tech
Elbquai Finanz|elbquai.de|finance
Maison Cerulean|cerulean.fr|tech
Lumière Paiements|lumierepay.fr|fintech
Atelier Brumaire|brumaire.fr|gaming
Grachtwerk|grachtwerk.nl|tech
Dunmore Analytics|dunmoreanalytics.ie|tech
Tagus Cloud|taguscloud.pt|tech
Limmat Quant|limmatquant.ch|finance
Nordlys Systems|nordlys.no|tech
Vistula Data|vistuladata.pl|tech
Kastanje Labs|kastanje.se|tech
Harbourmaster AI|harbourmaster.ai|tech
Pennant Search Labs|pennantlabs.com|tech
Ocelot Payments|ocelotpay.com|fintech
Sorrel Street Bank|sorrelstreet.com|finance
Gravelly Point Capital|gravellypoint.com|finance
Cobblestone Strategy|cobblestonestrategy.com|consulting
Warbler Games|warblergames.com|gaming
Tansy Therapeutics|tansytx.com|biotech
Hyacinth Labs|hyacinthlabs.com|biotech
Moraine Systems|moraine.systems|tech
Tarnwood|tarnwood.com|tech
Sparrowhawk Data|sparrowhawkdata.com|tech
Clearwell Health AI|clearwell.ai|biotech
Bramblecone|bramblecone.com|tech
Yarrow Insights|yarrowinsights.com|tech
Petrel Freight AI|petrelfreight.ai|tech
Quenby Capital|quenby.com|finance
"""
COMPANIES: list[tuple[str, str, str]] = [
    tuple(line.split("|")) for line in _CO.strip().splitlines()  # type: ignore[misc]
]
EU_COMPANIES = [c for c in COMPANIES if c[1].rsplit(".", 1)[1] in ("de", "fr", "nl", "ie", "pt", "ch", "no", "pl", "se")]

FIRST = """Priya Marcus Ingrid Tomasz Leila Jonah Aisha Mateo Keiko Oluwaseun Hannah Rafael Siobhan Dev
Camille Bjorn Yasmin Elliot Nadia Thabo Clara Anil Rosalind Hugo Mei Declan Farah Luca Ximena Gideon
Sunita Emeka Greta Owen Lucia Kwame Annika Ravi Beatriz Callum Noor Isaac Freya Diego Zainab Henrik
Tamsin Joaquin Ines Wen Marguerite Omar Elise Kofi Vikram Sasha Maren Dario Chloe Bashir Linnea
Patrick Ayumi Santiago Harriet Nikhil Josefine Idris Margot Tobias Adaeze Raphael Yuki Colm Esther""".split()
LAST = """Raman Whitfield Okafor Lindqvist Castellanos Brennan Nakamura Haddad Sørensen Achebe Moreau
Kowalczyk Patel Fitzgerald Delacroix Osei Yamada Albrecht Ferreira Gallagher Nwosu Bergström Chen
Mukherjee Duarte Harrington Abara Novak Leclerc Iyer Sandoval Whitmore Kaur Dimitrov Hoffmann
Mbeki Quinlan Rasmussen Takahashi Villanueva Oyelaran Pereira Lindgren Carmichael Bianchi Adeyemi
Strand Ortega Hollis Vasquez Kimura Bauer Sheridan Mensah Ahmadi Fontaine Greaves Lopez Tan""".split()

TITLES_COORD = ["Recruiting Coordinator", "Candidate Coordinator", "Interview Scheduler",
                "Recruiting Coordinator, Engineering", "Senior Recruiting Coordinator",
                "Candidate Experience Coordinator", "Talent Scheduling Specialist", "Recruiting Operations"]
TITLES_REC = ["Technical Recruiter", "Senior Technical Recruiter", "Recruiter, Infrastructure",
              "Lead Recruiter", "Talent Partner", "Recruiting Lead, Data & ML", "University Recruiter",
              "Campus Recruiting Lead", "Senior Talent Partner, Product", "Recruiter, Markets & Trading",
              "Executive Recruiter", "Talent Acquisition Partner", "Recruiter, Games"]

ROLES = {
    "tech": ["Software Engineer II", "Senior Software Engineer, Backend", "Staff Engineer, Platform",
             "Site Reliability Engineer", "Machine Learning Engineer", "Data Scientist, Growth",
             "Product Manager, Payments", "Frontend Engineer (React)", "Security Engineer, AppSec",
             "Engineering Manager, Storage", "Senior Data Engineer", "iOS Engineer",
             "Applied Scientist", "Software Engineer, Distributed Systems", "Technical Program Manager",
             "Developer Advocate", "Senior Product Designer", "Infrastructure Engineer (Kubernetes)"],
    "fintech": ["Backend Engineer, Ledger", "Risk Data Scientist", "Senior Engineer, Card Issuing",
                "Product Manager, Fraud", "Compliance Engineer", "Staff Engineer, Payments Core"],
    "finance": ["Quantitative Researcher", "Quant Developer", "Summer Analyst, Investment Banking",
                "Associate, Equity Research", "Software Engineer, Trading Systems", "Risk Analyst",
                "Vice President, Technology", "Analyst, Global Markets", "Execution Trader",
                "Data Engineer, Market Data"],
    "consulting": ["Associate Consultant", "Senior Consultant, Digital", "Business Analyst",
                   "Data & Analytics Consultant", "Engagement Manager", "Summer Associate"],
    "gaming": ["Gameplay Programmer", "Senior Technical Artist", "Level Designer", "Engine Programmer",
               "Live Ops Producer", "Senior Narrative Designer", "Online Services Engineer",
               "Character Animator", "QA Automation Engineer"],
    "biotech": ["Computational Biologist", "Scientist II, Protein Engineering", "Bioinformatics Engineer",
                "Senior Research Associate", "Data Scientist, Clinical", "Automation Engineer, Lab Systems",
                "Principal Scientist, Assay Development"],
}

LEVELS = ["L4", "L5", "L6", "E4", "E5", "IC3", "IC4", "SDE II", "P3", "T4", "Level 62", "Band 7"]

ATS_RELAYS = ["hire-notify.talentloop.io", "mail.reqflow.app", "candidates.peoplegrid.net",
              "notifications.hiringdesk.co", "bounce.applyhub-mail.com", "em.careerportal-mail.net",
              "jobs.recruitcore.io", "us.mailer.talentstack.com"]

TZS = ["PT", "ET", "CET", "GMT", "BST", "CEST", "EST", "PST", "UTC", "IST", "SGT"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]

CANDIDATE_MAILS = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "icloud.com", "hey.com",
                   "yahoo.com", "posteo.de"]


class Ctx:
    """One message's world: employer, people, role and ids, drawn from ``rng``."""

    def __init__(self, rng: random.Random, company: tuple[str, str, str] | None = None,
                 sectors: Sequence[str] | None = None) -> None:
        pool = COMPANIES if not sectors else [c for c in COMPANIES if c[2] in sectors]
        self.rng = rng
        self.co, self.dom, self.sector = company or rng.choice(pool)
        self.short = self.co.split(" ")[0] if rng.random() < 0.3 and len(self.co.split()) > 1 and self.co.split()[0] not in ("Marlowe", "Calder", "Alder", "Kiln", "Mariner", "Maison", "Atelier") else self.co
        self.cand_first = rng.choice(FIRST)
        self.cand_last = rng.choice(LAST)
        self.cand = f"{self.cand_first} {self.cand_last}"
        sep = rng.choice([".", "", "_", "."])
        self.cand_addr = f"{self.cand_first.lower()}{sep}{self.cand_last.lower()}{rng.choice(['', '', str(rng.randint(2, 99))])}@{rng.choice(CANDIDATE_MAILS)}"
        self.cand_addr = self.cand_addr.replace("ø", "o").replace("ö", "o")
        self.rec_first = rng.choice(FIRST)
        self.rec_last = rng.choice(LAST)
        self.rec = f"{self.rec_first} {self.rec_last}"
        self.rec_addr = f"{self.rec_first.lower()}.{self.rec_last.lower()}@{self.dom}".replace("ø", "o").replace("ö", "o")
        self.coord_first = rng.choice(FIRST)
        self.coord = f"{self.coord_first} {rng.choice(LAST)}"
        self.coord_addr = f"{self.coord_first.lower()}.{self.coord.split()[1].lower()}@{self.dom}".replace("ø", "o").replace("ö", "o")
        self.hm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.role = rng.choice(ROLES.get(self.sector, ROLES["tech"]))
        self.level = rng.choice(LEVELS)
        self.req = rng.choice([f"R-{rng.randint(100000, 299999)}", f"JR{rng.randint(10000, 99999)}",
                               f"REQ-{rng.randint(1000, 9999)}", f"{rng.randint(1000000, 9999999)}",
                               f"#{rng.randint(1000, 9999)}", f"ENG-{rng.randint(100, 999)}"])
        self.relay = rng.choice(ATS_RELAYS)
        self.tz = rng.choice(TZS)
        self.interviewers = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(5)]

    def day(self) -> str:
        r = self.rng
        style = r.randint(0, 3)
        d = r.randint(1, 28)
        if style == 0:
            return f"{r.choice(DAYS)}, {r.choice(MONTHS_LONG)} {d}"
        if style == 1:
            return f"{r.choice(DAYS)} {d} {r.choice(MONTHS_LONG)}"
        if style == 2:
            return f"{r.choice(DAYS_SHORT)} {r.randint(1, 12)}/{d}"
        return f"{r.choice(DAYS)} the {d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]}"

    def time(self) -> str:
        r = self.rng
        h = r.randint(8, 17)
        m = r.choice(["00", "00", "30", "15", "45"])
        if r.random() < 0.5:
            return f"{(h - 1) % 12 + 1}:{m} {'am' if h < 12 else 'pm'} {self.tz}"
        return f"{h:02d}:{m} {self.tz}"

    def hours(self) -> int:
        return self.rng.choice([24, 48, 48, 72])


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def maybe(rng: random.Random, p: float, text: str, alt: str = "") -> str:
    return text if rng.random() < p else alt


def join(*parts: str) -> str:
    """Join non-empty paragraphs with blank lines, tidy whitespace."""
    out = [p.strip("\n") for p in parts if p and p.strip()]
    return "\n\n".join(out)


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


# ---- greetings / sign-offs shared by labelled and unlabelled mail ------------------------------------
def greet(rng: random.Random, first: str) -> str:
    return rng.choice([f"Hi {first},", f"Hi {first},", f"Hello {first},", f"Dear {first},", f"Hey {first},",
                       f"Hi {first} -", f"{first},", f"Good morning {first},", f"Hi there {first},",
                       f"Hello {first}!", f"Hi {first}!", "Hi,", f"Dear {first} ,"])


def signoff(rng: random.Random) -> str:
    return rng.choice(["Best,", "Best regards,", "Thanks,", "Thanks!", "Cheers,", "Warmly,", "Kind regards,",
                       "All the best,", "Talk soon,", "Regards,", "Many thanks,", "Thank you,", "Best wishes,",
                       "-", "Speak soon,", "With thanks,"])


def sig(rng: random.Random, name: str, title: str, co: str, addr: str = "") -> str:
    lines = [name]
    if rng.random() < 0.8:
        lines.append(title if rng.random() < 0.6 else f"{title} | {co}")
    if rng.random() < 0.6:
        lines.append(co)
    if rng.random() < 0.25:
        lines.append(rng.choice(["she/her", "he/him", "they/them", "(she/her)", "(he/him)"]))
    if rng.random() < 0.3:
        lines.append(f"+{rng.choice(['1', '44', '49', '33', '31', '353', '65'])} {rng.randint(200, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    if rng.random() < 0.15 and addr:
        lines.append(addr)
    if rng.random() < 0.15:
        lines.append(rng.choice(["Book time with me: calendar link in my profile",
                                 "Our interview guide: careers page > 'How we hire'",
                                 "I work flexible hours; please don't feel obliged to reply outside yours.",
                                 "Currently hiring across Platform, Data and Security"]))
    return "\n".join(lines)


def footer(rng: random.Random, co: str, dom: str, kind: str = "any") -> str:
    opts = [
        f"CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee and may contain information that is confidential. If you received it in error, please notify the sender and delete it. {co} does not accept liability for any errors or omissions.",
        f"{co} is an equal opportunity employer. We welcome applicants of every background and do not discriminate on the basis of race, religion, national origin, gender, sexual orientation, age, disability, veteran status or any other protected characteristic.",
        f"Need an accommodation at any stage of our process? Write to accommodations@{dom} and we'll make it work.",
        f"Please don't reply to this automated mailbox. Questions? Visit careers.{dom}/help.",
        f"You are receiving this email because you created a candidate account with {co}. Manage your communication preferences or unsubscribe: careers.{dom}/preferences",
        f"{co} | {rng.randint(10, 999)} {rng.choice(['Market Street', 'Harbour Road', 'King Street', 'Friedrichstraße', 'Rue de Rivoli', 'Keizersgracht', 'Pearl Street', 'Canal Walk'])} | {rng.choice(['San Francisco, CA', 'New York, NY', 'London', 'Berlin', 'Paris', 'Amsterdam', 'Dublin', 'Seattle, WA', 'Austin, TX', 'Zurich', 'Singapore'])}",
        "Privacy: we process your data in line with our candidate privacy notice. You can ask us to delete your data at any time.",
        "This email may contain privileged information. Unauthorised use, disclosure or copying is prohibited.",
        "Sent via our recruiting platform on behalf of the hiring team.",
        "Please consider the environment before printing this email.",
    ]
    if kind == "human":  # a person writing: no "do not reply" / account-notification lines
        opts = [o for o in opts if "don't reply" not in o and "candidate account" not in o and "recruiting platform" not in o]
    n = rng.choice([0, 1, 1, 1, 2])
    if kind == "none":
        n = 0
    chosen = rng.sample(opts, n)
    if not chosen:
        return ""
    return rng.choice(["--\n", "—\n", "____\n", "", "\n"]) + "\n\n".join(chosen)


# ---- subjects ---------------------------------------------------------------------------------------
def decorate_subject(rng: random.Random, subject: str, reply: bool = False, fwd: bool = False) -> str:
    if reply:
        subject = rng.choice(["Re: ", "RE: ", "Re: ", "AW: ", "Re: Re: "]) + subject
    if fwd:
        subject = rng.choice(["Fwd: ", "FW: ", "Fw: "]) + subject
    if rng.random() < 0.07:
        subject = "[External] " + subject
    if rng.random() < 0.04:
        subject = "[EXT] " + subject
    return subject


# ---- quoted history ---------------------------------------------------------------------------------
def quote_gmail(rng: random.Random, name: str, addr: str, text: str) -> str:
    d = rng.randint(1, 28)
    mon = rng.choice(MONTHS)
    hdr = rng.choices([
        f"On {rng.choice(DAYS_SHORT)}, {d} {mon} 2026 at {rng.randint(8, 19)}:{rng.randint(10, 59)}, {name} <{addr}> wrote:",
        f"On {rng.choice(DAYS_SHORT)}, {mon} {d}, 2026 at {rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])} {name} <{addr}> wrote:",
        f"On {d}/{rng.randint(1, 12)}/2026 {rng.randint(8, 19)}:{rng.randint(10, 59)}, {name} wrote:",
        f"{name} <{addr}> schrieb am {rng.choice(['Mo', 'Di', 'Mi', 'Do', 'Fr'])}., {d}. {rng.choice(['Jan', 'Feb', 'März', 'Apr', 'Mai', 'Juni', 'Okt', 'Nov'])}. 2026, {rng.randint(8, 19)}:{rng.randint(10, 59)}:",
    ], [5, 5, 2, 1])[0]
    quoted = "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip().splitlines())
    return f"{hdr}\n{quoted}"


def quote_outlook(rng: random.Random, name: str, addr: str, to: str, subject: str, text: str) -> str:
    d = rng.randint(1, 28)
    return (f"{rng.choice(['________________________________', '-----Original Message-----', ''])}\n"
            f"From: {name} <{addr}>\nSent: {rng.choice(DAYS)}, {rng.choice(MONTHS_LONG)} {d}, 2026 {rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}")


def quote(rng: random.Random, name: str, addr: str, to: str, subject: str, text: str) -> str:
    if rng.random() < 0.6:
        return quote_gmail(rng, name, addr, text)
    return quote_outlook(rng, name, addr, to, subject, text)


# ---- HTML -------------------------------------------------------------------------------------------
def to_html(rng: random.Random, text: str, co: str, button: tuple[str, str] | None = None) -> str:
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    color = rng.choice(["#1a73e8", "#0b5394", "#6c2bd9", "#0f766e", "#b91c1c", "#111827", "#c2410c"])
    body = []
    for p in paras:
        inner = "<br>".join(html.escape(x) for x in p.splitlines())
        body.append(f'<p style="margin:0 0 14px 0;font-size:15px;line-height:1.5">{inner}</p>')
    if button:
        label, url = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:{color};border-radius:6px">'
               f'<a href="{html.escape(url)}" style="display:inline-block;padding:12px 22px;color:#ffffff;text-decoration:none;font-weight:600">{html.escape(label)}</a></td></tr></table>')
        body.insert(min(len(body), rng.randint(1, 3)), btn)
    header = rng.choice([
        f'<div style="font-size:20px;font-weight:700;color:{color};padding:18px 0">{html.escape(co)}</div>',
        f'<img src="https://cdn.{rng.choice(ATS_RELAYS)}/logos/{zlib.crc32(co.encode()) % 99999}.png" alt="{html.escape(co)}" width="140">',
        f'<h2 style="font-family:Arial,sans-serif;color:{color}">{html.escape(co)} Careers</h2>',
    ])
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            f'<body style="font-family:Helvetica,Arial,sans-serif;color:#222;background:#f6f7f9">'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table width="600" style="background:#ffffff;padding:24px"><tr><td>{header}{"".join(body)}'
            '</td></tr></table></td></tr></table></body></html>')


# ---- record -----------------------------------------------------------------------------------------
class Counter:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.n: dict[str, int] = {}

    def rec(self, family: str, *, folder: str = "INBOX", lang: str = "en", from_name: str, from_addr: str,
            to_addr: str, subject: str, body_text: str, body_html: str | None = None,
            labels: Sequence[str] = (), company: str | None = None, topics: Sequence[str] = (),
            outside_control: Sequence[str] = ()) -> dict:
        fam = f"{self.prefix}-{family}"
        self.n[fam] = self.n.get(fam, 0) + 1
        labels = sorted(set(labels))
        return {
            "id": f"{fam}-{self.n[fam]}",
            "family": fam,
            "folder": folder,
            "lang": lang,
            "from_name": from_name,
            "from_addr": from_addr,
            "to_addr": to_addr,
            "subject": subject,
            "body_text": tidy(body_text) if body_text else "",
            "body_html": body_html,
            "labels": labels,
            "company": company,
            "topics": sorted(set(topics)) if "feedback" in labels else [],
            "outside_control": sorted(set(outside_control)) if "rejection" in labels else [],
        }
