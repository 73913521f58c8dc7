"""Shared pieces for the w11 writer (academia, research, arts, public-interest hiring).

Holds the people and organisation banks, the sector vocabularies, the mail "shells" (dates,
quoting, signatures, footers, HTML rendering) and the record builder used by every
``gen_w11_*.py`` generator. All randomness comes from the ``rng`` passed in.
"""

from __future__ import annotations

import random
import re
from typing import Iterable

FIRST = [
    "Aoife", "Bram", "Chiara", "Dmitri", "Eleni", "Folake", "Gustav", "Hana", "Idris", "Jonas",
    "Kalinda", "Lorcan", "Mireille", "Nnamdi", "Oona", "Pavel", "Quentin", "Rashida", "Sunniva",
    "Tomasz", "Ulla", "Vikram", "Wren", "Ximena", "Yusuf", "Zofia", "Anneke", "Bastien", "Caoimhe",
    "Dario", "Esther", "Fergus", "Gwen", "Hamish", "Ines", "Jiho", "Kwame", "Leontine", "Matteo",
    "Nadia", "Orla", "Priya", "Rafael", "Saoirse", "Teodor", "Uma", "Valentin", "Wilhelmina",
    "Yara", "Zeb", "Agnieszka", "Benedikt", "Cosima", "Declan", "Eun-ji", "Femi", "Greta", "Hugo",
    "Isolde", "Jakob", "Keziah", "Luca", "Maren", "Niamh", "Oskar", "Paloma", "Rosalind", "Stellan",
    "Tamsin", "Ugo", "Vesna", "Wilf", "Ada", "Ciaran", "Delphine", "Emeka", "Frida", "Ilse",
]
LAST = [
    "Abernethy", "Bjornstad", "Castellano", "Dunmore", "Eriksen", "Fairweather", "Gallagher",
    "Haddad", "Ibarra", "Jovanovic", "Kowalczyk", "Lindqvist", "MacAllister", "Nakamura",
    "Okonkwo", "Petrakis", "Quinlan", "Rautio", "Sandoval", "Thorne", "Uddin", "Vasquez",
    "Whitcombe", "Yilmaz", "Zielinski", "Achterberg", "Blackwood", "Carrow", "Desrosiers",
    "Everard", "Fitzgerald", "Grimaldi", "Halloran", "Iwu", "Jerome", "Kinsella", "Lachance",
    "Mbeki", "Novak", "Oyelaran", "Penhaligon", "Rasmussen", "Sorensen", "Tremblay", "Underhill",
    "Villeneuve", "Wojcik", "Asante", "Brennan", "Corcoran", "Delacroix", "Esposito", "Fraser",
    "Guerrero", "Hollis", "Iqbal", "Kerrigan", "Lemaire", "Moreau", "Nyberg", "Ostrowski",
    "Pike", "Rowntree", "Szabo", "Talbot", "Vance", "Wainwright", "Ahlberg", "Baptiste", "Conti",
]

TOWNS = [
    "Harrowgate", "Kelmscott", "Brackenford", "Ostermoor", "Lindale", "Caldermouth", "Wexbridge",
    "Northallen", "Penrhos", "Saltmarsh", "Thornbury Vale", "Ardmore", "Eastwick", "Fennick",
    "Glenbarrow", "Holloway Cross", "Ivybridge Mill", "Juniper Bay", "Kirkstall Green", "Larchfield",
    "Merriton", "Nettlecombe", "Oakhaven", "Pellham", "Rookwood", "Stanmere", "Tidewell",
    "Upton Carrow", "Valemount", "Whitlow", "Aldbourne", "Brightwater", "Coldharbour", "Dunleary",
    "Elmstead", "Farrowdale", "Greyfriars", "Hollinsford", "Kingsreach", "Lowestoke",
]
FIELDS = [
    "Ocean Science", "Digital Humanities", "Climate Policy", "Neurodevelopment", "Rural Health",
    "Materials Chemistry", "Public History", "Urban Ecology", "Social Data", "Textile Heritage",
    "Applied Linguistics", "Soil Biology", "Migration Studies", "Astroparticle Physics",
]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def maybe(rng: random.Random, p: float, text: str, alt: str = "") -> str:
    return text if rng.random() < p else alt


def person(rng: random.Random) -> tuple[str, str]:
    return pick(rng, FIRST), pick(rng, LAST)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower().replace("&", "and"))


def candidate(rng: random.Random) -> dict:
    first, last = person(rng)
    host = pick(rng, ["gmail.com", "protonmail.com", "outlook.com", "posteo.net", "fastmail.com",
                      "icloud.com", "gmx.net", "hey.com", "yahoo.co.uk"])
    style = rng.randrange(5)
    local = [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randrange(10, 99)}",
             f"{last}.{first[0]}", f"{first}_{last}"][style].lower().replace("-", "")
    return {"first": first, "last": last, "addr": f"{local}@{host}", "full": f"{first} {last}"}


# ---------------------------------------------------------------- organisations by sector
def _org_names(rng: random.Random) -> dict[str, list[str]]:
    """Invent the organisations once per generator run (deterministic from rng)."""
    t = list(TOWNS)
    rng.shuffle(t)
    acad = [f"University of {x}" for x in t[:10]] + [f"{x} University" for x in t[10:16]] + [
        f"{t[16]} College of Art", f"{t[17]} Institute of Technology", f"{t[18]} School of Music and Drama",
        "Royal Northallen Conservatoire", f"{t[19]} Metropolitan University", "St Brigid's College, Dunleary",
    ]
    research = [f"{t[i]} Institute for {f}" for i, f in zip(range(20, 27), FIELDS)] + [
        f"The {f} Centre" for f in FIELDS[7:11]] + [
        "Kestrel Marine Laboratory", "Halden Observatory Trust", "Wexmoor Botanic Research Station",
        "Ostrander Biomedical Campus", "The Larkin Crick Laboratory", "Fenwick Data Commons",
    ]
    museum = [f"{t[i]} Museum of {x}" for i, x in zip(range(27, 33), [
        "Maritime History", "Childhood", "Industry and Work", "Natural Science", "Photography", "Folk Life"])] + [
        "The Calloway Gallery", "Penhaligon House and Gardens", "National Collection of Clocks",
        "Museum of the Moving Word", "The Quarry Arts Centre", "Whitlow Contemporary", "Ardmore Castle Trust",
    ]
    publishing = ["Hartwell & Voss", "Linnet Books", "Blue Heron Press", "Marchbank Publishing",
                  "Quillstone Editions", "Ferrier & Daughters", "Tamarind Children's Books", "Open Lantern Press",
                  "Graywick Academic", "Salt Road Books", "Kittiwake Poetry", "Northlight Comics"]
    news = ["The Caldermouth Courier", "The Pellham Ledger", "Harbourline News", "The Weekly Almanac",
            "Civic Signal", "Fieldnotes Magazine", "The Greyfriars Examiner", "Undercurrent Radio",
            "Longform Quarterly", "Brightwater Broadcasting"]
    screen = ["Lanternfish Pictures", "Moth & Moon Animation", "Cobalt Hare Games", "Skerry Island Studios",
              "Redshift Interactive", "Paperkite Films", "Northbank Post Production", "Tinderbox Theatre Company",
              "Pixelgrove Games", "Owlery Productions", "Foghorn Documentary Unit", "Stagelight Television"]
    design = ["Studio Ferro", "Acre Landscape Architects", "Penn & Rauch Architects", "Wildgrain Design",
              "Kiln Collective", "Halvard Lund Arkitekter", "Common Ground Urbanism", "Form & Fold",
              "Marsh Yard Architects", "Atelier Soleil", "Typecase Studio", "Driftwood Interiors"]
    ngo = ["Global Water Compact", "International Seed Bank Alliance", "Refugee Legal Network",
           "Children's Literacy Fund", "World Fisheries Secretariat", "Common Harvest", "Open Borders Medical",
           "Lakeside Housing Trust", "Coastal Wildlife Rescue", "International Organization for Rural Energy",
           "Commission on Mountain Communities", "Right to Read Foundation", "United Cultural Heritage Office",
           "Fairshare Food Network", "Kinship Carers Alliance"]
    sport = [f"{t[33]} Rovers FC", f"{t[34]} Athletic", f"{t[35]} Rugby Club", f"{t[36]} Rowing Club",
             "Northallen Netball", "Harbour City Basketball", "Valemount Cycling Team", "Whitlow Cricket Club"]
    music = [f"{t[37]} Philharmonic", f"{t[38]} Chamber Orchestra", "Opera North-East", "Glasshouse Records",
             "Low Tide Music Publishing", "The Harrowgate Jazz Festival", "Meridian Choir Trust",
             f"{t[39]} Symphony Orchestra"]
    acad += ["Lowestoke School of Oriental and Island Studies", "Hollinsford Open University", "Kingsreach Theological College"]
    research += ["Brannagh Genome Centre", "Ravenscar Seismology Unit", "The Quayside Policy Lab", "Ellery Sleep Research Clinic",
                 "North Sea Archive of Oral History"]
    museum += ["Farrowdale Textile Mill Museum", "The Lantern Room Gallery", "Coldharbour Railway Heritage Trust",
               "Museum of Everyday Objects", "Stanmere Lighthouse Museum"]
    publishing += ["Corvid & Crane", "Little Fox Picture Books", "Ashgrove University Press", "Tessellate Magazines"]
    news += ["The Rookwood Gazette", "Signalbox Podcasts", "The Dispatch Collective", "Tidewell FM"]
    screen += ["Brasswork VFX", "Hollow Oak Games", "Sparrowhawk Drama", "Ninefold Puppetry", "Quiet Storm Documentaries"]
    design += ["Bellweather Wayfinding", "Okoro Mensah Architects", "Loom & Lathe Product Design", "Studio Kettle"]
    ngo += ["Clean Rivers Initiative", "Pan-African Archive Partnership", "Alpine Rescue Association", "Second Chance Libraries",
            "Women in Fisheries Network", "International Bureau for Literacy"]
    sport += ["Eastwick Harriers", "Glenbarrow Curling Association", "Merriton Hockey Club", "Tidewell Swimming Club"]
    music += ["Kestrel Brass Band Trust", "Saltmarsh Folk Festival", "Echo Valley Studios", "Penrhos Community Choir"]
    return {"academia": acad, "research": research, "museum": museum, "publishing": publishing,
            "news": news, "screen": screen, "design": design, "ngo": ngo, "sport": sport, "music": music}


ORGS: dict[str, list[str]] = _org_names(random.Random(1111))

ROLES = {
    "academia": ["Lecturer in Medieval History", "Assistant Professor of Sociology", "Senior Lecturer in Marine Biology",
                 "Teaching Fellow in Mathematics", "Lecturer in Creative Writing", "Associate Professor of Computational Linguistics",
                 "Lecturer in Architecture (Design Studio)", "Assistant Professor in Environmental Economics",
                 "Lecturer in Music Technology", "Senior Lecturer in Nursing Education", "Lecturer in Film Studies",
                 "Tenure-track Assistant Professor, Organic Chemistry", "Lecturer in Museum and Heritage Studies"],
    "research": ["Postdoctoral Research Associate", "Research Software Engineer", "Senior Research Software Engineer",
                 "Laboratory Technician (Cell Culture)", "Research Assistant (fixed term, 18 months)",
                 "Postdoctoral Fellow in Glaciology", "Data Manager, Cohort Study", "Bioinformatician",
                 "Research Technician, Imaging Facility", "Postdoc, Computational Neuroscience", "Field Research Officer"],
    "museum": ["Assistant Curator, Textiles", "Collections Assistant", "Learning and Outreach Officer", "Paper Conservator",
               "Digital Collections Officer", "Exhibitions Coordinator", "Visitor Experience Manager", "Archivist (maternity cover)"],
    "publishing": ["Editorial Assistant", "Commissioning Editor, Non-fiction", "Production Controller", "Rights Executive",
                   "Desk Editor", "Publicity Assistant", "Managing Editor, Journals", "Picture Researcher"],
    "news": ["Local Democracy Reporter", "Sub-editor", "Data Journalist", "Audio Producer", "Features Writer",
             "Investigations Researcher", "Social Video Producer", "Night News Editor"],
    "screen": ["Junior Producer", "3D Environment Artist", "Narrative Designer", "Gameplay Programmer", "Assistant Editor",
               "Production Coordinator", "Technical Artist", "Development Executive", "Assistant Stage Manager", "Lighting Designer"],
    "design": ["Part II Architectural Assistant", "Junior Graphic Designer", "Landscape Architect", "Design Researcher",
               "Project Architect", "Interior Designer", "Type Designer", "Urban Designer"],
    "ngo": ["Programme Officer (P-2)", "Communications Associate", "Field Coordinator", "Monitoring and Evaluation Specialist",
            "Policy Advisor, Water Governance", "Grants Officer", "Humanitarian Affairs Officer (P-3)", "Campaigns Manager",
            "Finance Associate (G-6)", "Community Organiser"],
    "sport": ["Performance Analyst", "Strength and Conditioning Coach", "Academy Coach (U14)", "Head of Ticketing",
              "First Team Physiotherapist", "Community Sport Officer", "Sports Scientist", "Kit and Equipment Manager"],
    "music": ["Section Violin (Tutti)", "Principal Oboe", "Orchestra Manager", "Sound Engineer", "A&R Coordinator",
              "Learning and Participation Producer", "Music Librarian", "Artist Liaison"],
}

# what the candidate submits, in each sector's own words
MATERIAL = {
    "academia": ["research statement", "teaching statement", "cover letter", "CV and publication list"],
    "research": ["cover letter", "research proposal", "CV", "supporting statement"],
    "museum": ["supporting statement", "application form", "cover letter"],
    "publishing": ["cover letter", "editing test", "CV"],
    "news": ["clippings", "cover letter", "story ideas"],
    "screen": ["portfolio", "showreel", "art test", "CV"],
    "design": ["portfolio", "cover letter", "project sheets"],
    "ngo": ["personal history profile", "motivation letter", "written test"],
    "sport": ["application form", "CV", "coaching philosophy"],
    "music": ["audition recording", "CV", "cover letter"],
}

# interview-like steps as each sector names them
STEPS = {
    "academia": ["an interview and a 20-minute presentation to the panel", "a campus visit with a research seminar (job talk) and an interview",
                 "a teaching demonstration followed by a panel interview", "a first-round video interview with the search committee",
                 "a half-day visit: a short lecture to students, a meeting with the head of department and a formal interview"],
    "research": ["an informal conversation with the PI", "a technical interview with a short coding exercise",
                 "a lab visit and a panel interview", "a 15-minute talk on your research followed by questions",
                 "a practical assessment in the lab and an interview"],
    "museum": ["an interview and a short object-handling exercise", "a panel interview with a presentation on a display concept",
               "an interview, including a ten-minute presentation on engaging family audiences"],
    "publishing": ["an interview with the publisher and a short editing test", "a first conversation with the managing editor",
                   "a take-home copy-editing test followed by an interview"],
    "news": ["a news-writing test and an interview with the news editor", "a paid trial shift on the news desk",
             "a conversation with the head of audio", "a short data exercise and an interview"],
    "screen": ["a portfolio review with the art director", "a paid art test followed by an interview",
               "a technical test and a call with the lead programmer", "a chat with the producer over video",
               "an interview with the director and the production manager"],
    "design": ["a portfolio review with two of the partners", "a short design exercise and a studio interview",
               "an interview at the studio, where you'll walk us through two projects"],
    "ngo": ["a written assessment", "a competency-based interview with the assessment panel", "an online test followed by a panel interview",
            "a first-round screening call", "an interview with the country director"],
    "sport": ["a practical coaching session with our academy players and an interview", "an interview at the training ground",
              "a video call with the head of performance", "a practical analysis task and a panel interview"],
    "music": ["a first-round audition behind a screen", "an interview with the chief executive and the artistic planning manager",
              "a trial week with the orchestra following a successful audition", "a chat with the label manager"],
}

# online tests / written assessments sent together with an acknowledgement
TESTS = {
    "academia": "a short online questionnaire about your teaching experience",
    "research": "an online technical questionnaire",
    "museum": "a short written exercise",
    "publishing": "an online proofreading test",
    "news": "a timed online news-writing test",
    "screen": "an online art test",
    "design": "a short online design brief",
    "ngo": "the online written assessment",
    "sport": "an online video-analysis task",
    "music": "an online situational judgement test",
}

PANEL = {
    "academia": ["the search committee", "the selection panel", "the appointment committee", "the shortlisting panel"],
    "research": ["the selection panel", "the interview panel", "the group", "the hiring committee"],
    "museum": ["the interview panel", "the recruitment panel", "the selection panel"],
    "publishing": ["the editorial team", "the panel", "the publishing board"],
    "news": ["the newsdesk", "the hiring panel", "the editors"],
    "screen": ["the art team", "the hiring panel", "the producers", "the team"],
    "design": ["the partners", "the studio", "the practice directors"],
    "ngo": ["the assessment panel", "the Central Review Body", "the hiring manager", "the recruitment panel"],
    "sport": ["the coaching staff", "the panel", "the club"],
    "music": ["the audition panel", "the board", "the panel"],
}

SECTORS = list(ROLES)


def org_for(rng: random.Random, sector: str) -> str:
    return pick(rng, ORGS[sector])


def domain_for(org: str) -> str:
    words = [w for w in re.split(r"[^A-Za-z]+", org) if w and w.lower() not in {"the", "of", "and", "for", "fc"}]
    base = slug("".join(words[:3]))[:22]
    if "University" in org or "College" in org or "Conservatoire" in org or "School of" in org:
        return f"{base}.ac.uk"
    tld = "org" if any(k in org for k in ("Trust", "Fund", "Alliance", "Network", "Foundation", "Office",
                                                  "Organization", "Commission", "Compact", "Secretariat",
                                                  "Rescue", "Harvest", "Museum", "Gallery", "Centre")) else "com"
    return f"{base}.{tld}"


ATS_RELAYS = ["no-reply@vacancyhub-mail.net", "notifications@talentloom.io", "donotreply@recruitwell-ats.com",
              "jobs-noreply@hireharbor.email", "alerts@applytrack.systems", "no-reply@careerdesk-mail.org",
              "system@opencall-recruit.net"]

# ---------------------------------------------------------------- dates and small tokens
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def date_str(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    form = rng.randrange(4)
    day, mon = pick(rng, DAYS), pick(rng, MONTHS)
    return [f"{day} {d} {mon}", f"{day}, {mon} {d}", f"{d} {mon}", f"{day} {d}{_sfx(d)} {mon}"][form]


def _sfx(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def time_str(rng: random.Random) -> str:
    h, m = rng.randint(9, 16), pick(rng, [0, 0, 15, 30, 45])
    form = rng.randrange(3)
    if form == 0:
        return f"{h:02d}:{m:02d}"
    if form == 1:
        hh = h if h <= 12 else h - 12
        return f"{hh}.{m:02d}{'am' if h < 12 else 'pm'}"
    hh = h if h <= 12 else h - 12
    return f"{hh}:{m:02d} {'AM' if h < 12 else 'PM'}"


def ref_no(rng: random.Random) -> str:
    form = rng.randrange(5)
    if form == 0:
        return f"REQ-{rng.randint(1000, 9999)}"
    if form == 1:
        return f"{pick(rng, ['AC', 'RS', 'PS', 'TS'])}{rng.randint(10000, 99999)}"
    if form == 2:
        return f"VA {rng.randint(20, 26)}-{pick(rng, ['HR', 'PRG', 'COM', 'FIN'])}-{rng.randint(100, 999)}"
    if form == 3:
        return f"Job ID {rng.randint(100000, 999999)}"
    return f"Ref. {rng.randint(100, 999)}/{rng.randint(24, 26)}"


def link(rng: random.Random, org: str, kind: str = "portal") -> str:
    d = domain_for(org)
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    paths = {"portal": ["/vacancies/status", "/careers/candidate", "/jobs/my-applications"],
             "book": ["/interview/book", "/schedule", "/slots"],
             "test": ["/assessment/start", "/tests/begin", "/online-task"]}
    return f"https://{pick(rng, ['jobs.', 'careers.', 'recruit.', ''])}{d}{pick(rng, paths[kind])}?t={token}"


# ---------------------------------------------------------------- people who write
TITLES_ACAD = ["Professor", "Dr", "Dr", "Prof.", "Associate Professor"]


def staff(rng: random.Random, sector: str) -> dict:
    first, last = person(rng)
    titles = {
        "academia": ["Chair, Search Committee", "Head of School", "Department Administrator", "HR Adviser (Academic Recruitment)",
                     "Faculty Recruitment Coordinator", "Director of Teaching"],
        "research": ["Principal Investigator", "Group Leader", "Lab Manager", "Head of Research Software Engineering",
                     "Research Operations Manager", "HR Partner"],
        "museum": ["Head of Collections", "People and Culture Manager", "Senior Curator", "HR Officer", "Director of Learning"],
        "publishing": ["Publishing Director", "Managing Editor", "HR Coordinator", "Editorial Director"],
        "news": ["News Editor", "Managing Editor", "Head of Audio", "Talent Coordinator", "Deputy Editor"],
        "screen": ["Art Director", "Studio Manager", "Line Producer", "Talent Partner", "Lead Programmer", "Head of Production"],
        "design": ["Partner", "Studio Manager", "Associate Director", "Practice Manager"],
        "ngo": ["Recruitment Officer", "Human Resources Associate", "Talent Acquisition Specialist", "Country Director",
                "Hiring Manager", "People Officer"],
        "sport": ["Head of Performance", "Academy Manager", "Club Secretary", "HR Manager", "Director of Rugby"],
        "music": ["Orchestra Manager", "Artistic Planning Manager", "Chief Executive", "Label Manager", "Concerts Director"],
    }[sector]
    title = pick(rng, titles)
    honor = pick(rng, TITLES_ACAD) + " " if sector in ("academia", "research") and rng.random() < 0.45 else ""
    return {"first": first, "last": last, "full": f"{first} {last}", "title": title, "honor": honor}


def staff_addr(p: dict, org: str, rng: random.Random) -> str:
    d = domain_for(org)
    return pick(rng, [f"{p['first']}.{p['last']}@{d}", f"{p['first'][0]}.{p['last']}@{d}",
                      f"{p['last']}{p['first'][0]}@{d}"]).lower()


def signature(rng: random.Random, p: dict, org: str, formal: bool = True) -> str:
    lines = [f"{p['honor']}{p['full']}".strip()]
    if formal or rng.random() < 0.5:
        lines.append(p["title"])
    if formal or rng.random() < 0.5:
        lines.append(org)
    if rng.random() < 0.45:
        lines.append(pick(rng, [f"T: +44 {rng.randint(1100, 1999)} {rng.randint(100000, 999999)}",
                                f"Tel. +41 22 {rng.randint(700, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                                f"Ext. {rng.randint(2000, 7999)}", f"Mob: 07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"]))
    if rng.random() < 0.3:
        lines.append(pick(rng, ["Pronouns: she/her", "Pronouns: he/him", "(they/them)",
                                "I work part-time, Monday to Wednesday.",
                                "My working hours may not be yours; please reply when convenient.",
                                "Based on Treaty 6 territory", "Office: Room 2.14, Old Library Building"]))
    return "\n".join(lines)


FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "The University is an equal opportunities employer and welcomes applications from all sections of the community.",
    "Registered charity no. {n}. Company limited by guarantee, registered in England and Wales no. {m}.",
    "We are a Disability Confident employer. If you need any adjustments at any stage, just tell us.",
    "Please consider the environment before printing this email.",
    "Any views expressed in this message are those of the individual sender, except where the sender specifically states them to be the views of the organisation.",
    "This message was sent from an unmonitored address. Please do not reply directly.",
    "You are receiving this because you created a candidate account. Manage your notification settings in your profile.",
    "The Organization does not charge a fee at any stage of the recruitment process (application, interview, processing or training).",
    "Our offices are closed between Christmas Eve and New Year. Replies may be delayed.",
    "Supported using public funding by Arts Council England.",
    "Unsubscribe | Update preferences | View in browser",
    "Scottish charity no. SC0{n}.",
    "Privacy notice: we keep candidate data for six months after a campaign closes, then delete it.",
]


def footer(rng: random.Random) -> str:
    return pick(rng, FOOTERS).format(n=rng.randint(100000, 999999), m=rng.randint(1000000, 9999999))


def greeting(rng: random.Random, c: dict, formal: bool) -> str:
    if formal:
        return pick(rng, [f"Dear {c['first']} {c['last']},", f"Dear {c['first']},", f"Dear Dr {c['last']},",
                          f"Dear {pick(rng, ['Mr', 'Ms', 'Mx'])} {c['last']},", "Dear Applicant,", f"Dear {c['full']}"])
    return pick(rng, [f"Hi {c['first']},", f"Hello {c['first']},", f"{c['first']},", f"Hi {c['first']} -",
                      f"Dear {c['first']},", f"Morning {c['first']},", f"Hey {c['first']}!"])


def signoff(rng: random.Random, formal: bool) -> str:
    if formal:
        return pick(rng, ["Yours sincerely,", "With kind regards,", "Kind regards,", "Best wishes,",
                          "Yours faithfully,", "Sincerely,", "With best regards,", "Regards,"])
    return pick(rng, ["Best,", "Cheers,", "Thanks,", "All the best,", "Warmly,", "Speak soon,", "Best wishes,", "x", "Thanks again,"])


# ---------------------------------------------------------------- quoting and html
def quote_gmail(rng: random.Random, who: str, addr: str, body: str) -> str:
    when = f"{pick(rng, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {rng.randint(1, 28)} {pick(rng, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Sep', 'Oct', 'Nov'])} 2026 at {rng.randint(8, 18)}:{rng.randint(0, 59):02d}"
    head = pick(rng, [f"On {when}, {who} <{addr}> wrote:", f"On {when} {who} wrote:", f"{who} <{addr}> schrieb am {when}:"
                      if rng.random() < 0.1 else f"On {when}, {who} wrote:"])
    return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in body.splitlines())


def quote_outlook(rng: random.Random, who: str, addr: str, to: str, subject: str, body: str) -> str:
    sent = f"{pick(rng, DAYS)}, {pick(rng, MONTHS)} {rng.randint(1, 28)}, 2026 {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"
    sep = pick(rng, ["-----Original Message-----", "________________________________", ""])
    block = f"{sep}\nFrom: {who} <{addr}>\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}"
    return block.strip("\n")


def to_html(paras: list[str], rng: random.Random, brand: str = "") -> str:
    color = pick(rng, ["#1a3c5e", "#5b2a86", "#0b6e4f", "#8c1c13", "#333333", "#00558c"])
    out = ["<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Georgia,serif;font-size:15px\">"]
    if brand:
        out.append(f"<table width=\"100%\" cellpadding=\"12\"><tr><td style=\"background:{color};color:#fff\"><b>{brand}</b></td></tr></table>")
    out.append("<div style=\"max-width:620px;margin:0 auto\">")
    for p in paras:
        p2 = (p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        p2 = re.sub(r"(https://\S+)", r'<a href="\1">\1</a>', p2)
        out.append("<p>" + p2.replace("\n", "<br>") + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out)


def subj_prefix(rng: random.Random, subject: str, reply: bool) -> str:
    if reply:
        return pick(rng, ["Re: ", "RE: ", "Re: ", "AW: ", "Re: Re: ", "RE: [External] "]) + subject
    if rng.random() < 0.08:
        return "[External] " + subject
    return subject


def record(prefix: str, family: str, n: int, *, folder: str, from_name: str, from_addr: str, to_addr: str,
           subject: str, paras: list[str], labels: Iterable[str], company: str | None, topics: Iterable[str] = (),
           oc: Iterable[str] = (), html: str = "text", rng: random.Random | None = None, brand: str = "",
           tail: str = "", lang: str = "en") -> dict:
    """Build one corpus record; ``html`` is "text", "both" or "only"; ``tail`` is quoted history."""
    text = "\n\n".join(p for p in paras if p)
    if tail:
        text = text + "\n\n" + tail
    body_html = None
    if html != "text" and rng is not None:
        body_html = to_html([p for p in paras if p] + ([tail] if tail else []), rng, brand)
    labels = sorted(set(labels))
    return {
        "id": f"{prefix}-{family}-{n}", "family": f"{prefix}-{family}", "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": "" if html == "only" else text, "body_html": body_html, "labels": labels,
        "company": company, "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(oc)) if "rejection" in labels else [],
    }


def fill(text: str, **kw: str) -> str:
    """Format a fragment, leaving unknown braces alone."""
    for k, v in kw.items():
        text = text.replace("{" + k + "}", v)
    return text
