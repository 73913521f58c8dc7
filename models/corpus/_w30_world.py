"""Writer w30: people, employers, roles and surface pieces (greetings, sign-offs, footers).

Shared by every w30 generator so that labelled and unlabelled mail wear the same clothes and
only the meaning of the new text decides the label.
"""

from __future__ import annotations

import random

FIRST = (
    "Aoife Ciaran Siobhan Declan Niamh Padraig Orla Fergal Saoirse Cormac Mia Liam Harper Mason "
    "Brooke Tyler Kayla Jordan Dakota Logan Priya Arjun Wen Mei Tomasz Kasia Rhys Bethan Gareth "
    "Ffion Callum Isla Hamish Morag Lachlan Matilda Jarrah Tahnee Brodie Kirra Josh Chloe Ollie "
    "Poppy Freddie Imogen Alfie Hattie Marguerite Etienne Simone Anil Rekha Tobias Greta Nkechi "
    "Tunde Farah Omar Lucia Mateo Ingrid Hugo Sana Yusuf Delphine Rory Tamsin Dev Beatrix Quinn"
).split()
LAST = (
    "Byrne Gallagher Kavanagh Doherty McNamara Fitzgerald Whelan Hughes Pritchard Llewellyn "
    "MacLeod Fraser Sinclair Baxter Nguyen Okafor Castillo Haddad Lindqvist Novak Brennan Cooper "
    "Whitlock Ashby Pemberton Tran Singh Chaudhry Abara Kowalczyk Moreau Delacroix Ferreira Sato "
    "Halloran Kearney Rutherford Dempsey Holloway Marchetti Vance Oduya Birch Thorne Ellery Quigley "
    "Tremblay Gagnon Bouchard Stewart Yeo Mahoney Burke Rafferty Penhaligon Carmody Dunne Ng"
).split()

_CO_HEAD = (
    "Harrow Bluegum Kestrel Tidewater Marram Wattle Ironbark Copperleaf Saltmarsh Birchfield "
    "Larkspur Quarry Hollin Thistle Brambling Fenwick Orrery Lantern Driftwood Cobalt Juniper "
    "Maplestone Shearwater Greyhound Rookery Windrose Galah Kittiwake Heron Sorrel Blackthorn "
    "Pinecrest Northgate Ravel Fathom Ember Corrie Wren Tallow Cairn Otterburn Mistral Pebble "
    "Glasshouse Millrace Skerry Yarrow Hearth Barrowman Lumen Clover Sandpiper Keel Foxglove "
    "Highveld Quokka Caribou Loonie Muskoka Bannock Tamarack Burren Connemara Slaney"
).split()
_CO_TAIL = (
    "Analytics|Health|Freight|Labs|Insurance|Dental|Studios|Software|Energy|Logistics|Foods|"
    "Bank|Credit Union|Robotics|Media|Pharma|Games|Architects|Legal|Travel|Outdoor|Coffee Co|"
    "Systems|Bio|Water|Telecom|Homes|Learning|Retail|Capital|Security|Engineering|Solar|"
    "Clinics|Publishing|Brewing|Motors|Cloud|Payments|Maps"
).split("|")
_CO_SOLO = (
    "Tern & Tally|Oddfellow|Pip and Parcel|Kettlebright|Moth Collective|Bramblehaus|Nimbly|"
    "Quillfeather|Yonder Works|Trellis|Halfmoon Bakery|Stackwise|Penny Lane Vets|Goldfinch & Co|"
    "Ropewalk|Sparrowhawk Partners|Tinder Box Theatre|Burrow|Muddy Boots Nursery|Clearwater Council|"
    "Ballast|Lighthouse Kitchens|Flintlock|Kindling|Parcelly|Sweetgrass|Loopline|Honeycomb|"
    "Cedar & Slate|Gumleaf|Northern Lights Cinemas|Harbourside Hotel|Smallbatch|Outpost|"
    "Paperkite|Wildfell|Maple Leaf Movers|Barley Mow Inns|Corkscrew Wines|Red Kite Rail"
).split("|")


def company(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(_CO_SOLO)
    return f"{rng.choice(_CO_HEAD)} {rng.choice(_CO_TAIL)}"


def domain(co: str) -> str:
    base = "".join(ch for ch in co.lower().split(" ")[0] if ch.isalnum())
    return base + ("-" + "".join(ch for ch in co.lower().split(" ")[-1] if ch.isalnum()) if " " in co else "") + "." + "com"


TECH_ROLES = (
    "Backend Engineer|Senior Software Engineer|Data Engineer|Platform Engineer|Frontend Developer|"
    "Site Reliability Engineer|Machine Learning Engineer|Mobile Developer (iOS)|Full Stack Developer|"
    "QA Automation Engineer|Staff Engineer, Payments|Graduate Software Developer|DevOps Engineer|"
    "Security Engineer|Data Scientist|Engineering Manager"
).split("|")
OTHER_ROLES = (
    "Marketing Coordinator|Operations Manager|Content Designer|Product Manager|Customer Success Lead|"
    "Finance Analyst|Office Manager|UX Researcher|Account Executive|Practice Nurse|Barista Trainer|"
    "Store Supervisor|Paralegal|Project Coordinator|Communications Officer|Bookkeeper|"
    "Warehouse Team Leader|Events Producer|Junior Architect|People Partner"
).split("|")


def role(rng: random.Random) -> tuple[str, bool]:
    if rng.random() < 0.6:
        return rng.choice(TECH_ROLES), True
    return rng.choice(OTHER_ROLES), False


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Tuesday morning|Thursday afternoon|Wednesday week|next Monday|Friday lunchtime".split("|")
TIMES = "9:30|10am|11:15|half eleven|1pm|2:30pm|3 o'clock|4pm|16:00|10:45".split("|")
CITIES = "Galway|Cork|Leeds|Bristol|Glasgow|Brisbane|Perth|Hobart|Halifax|Calgary|Ottawa|Denver|Austin|Portland|Manchester|Cardiff".split("|")
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WEEKD = "Mon Tue Wed Thu Fri".split()


def date_line(rng: random.Random) -> str:
    return f"{rng.choice(WEEKD)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} 2026 at {rng.randint(8, 18)}:{rng.choice(['02', '15', '31', '47', '58', '09'])}"


def salary(rng: random.Random) -> str:
    cur = rng.choice(["€", "£", "$", "A$", "C$"])
    return f"{cur}{rng.randint(38, 148)},{rng.choice(['000', '500'])}"


# -- greetings / sign-offs by register --------------------------------------------------------
GREET = {
    "casual": ["Hey {fn},", "Hi {fn}!", "{fn} —", "Hiya {fn},", "Morning {fn},", "Hey there {fn},"],
    "uk": ["Dear {fn},", "Hi {fn},", "Hello {fn},", "Good afternoon {fn},", "Dear {fn} {ln},"],
    "ie": ["Hi {fn},", "Howya {fn},", "Dear {fn},", "Hi {fn}, hope you're keeping well.", "Hello {fn},"],
    "au": ["G'day {fn},", "Hi {fn},", "Hey {fn},", "Hi {fn}, hope the week's been kind.", "Morning {fn},"],
    "ca": ["Hi {fn},", "Hello {fn},", "Good morning {fn},", "Bonjour/Hi {fn},", "Dear {fn},"],
    "stiff": ["Dear {fn} {ln},", "Dear Mx {ln},", "Dear Applicant,", "Dear {fn},", "Good day {fn},"],
    "none": [""],
}
SIGNOFF = {
    "casual": ["Cheers,", "Talk soon,", "Best,", "— ", "Thanks!", "Speak soon,"],
    "uk": ["Kind regards,", "Best wishes,", "Many thanks,", "All the best,", "Regards,"],
    "ie": ["Thanks a million,", "Best,", "Kind regards,", "Talk soon,", "Mind yourself,"],
    "au": ["Cheers,", "Thanks heaps,", "Kind regards,", "Catch you soon,", "Ta,"],
    "ca": ["Thanks,", "Best regards,", "Warmly,", "All the best,", "Merci / thanks,"],
    "stiff": ["Yours sincerely,", "Yours faithfully,", "Respectfully,", "With kind regards,", "Sincerely,"],
    "none": [""],
}
MOBILE = ["Sent from my iPhone", "Sent from my phone, excuse typos", "Get Outlook for Android",
          "Sent from Gmail Mobile", "-- typed with thumbs", "Sent from my Galaxy"]
TITLES = ["Talent Partner", "Head of Engineering", "Founder & CEO", "Recruitment Coordinator",
          "Hiring Manager", "Co-founder", "People & Culture Lead", "Operations Director",
          "Senior Recruiter", "Practice Manager", "Engineering Lead", "Office Coordinator", "CTO"]
LEGAL = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error please notify the sender and delete it.",
    "{co} Ltd is registered in England and Wales, company no. {num}. Registered office as above.",
    "CONFIDENTIALITY NOTICE: The contents of this message may be privileged. Unauthorised use is prohibited.",
    "{co} Pty Ltd ABN {num}. We acknowledge the Traditional Custodians of the land on which we work.",
    "Please consider the environment before printing this email.",
    "{co} DAC, registered in Ireland no. {num}. Directors as listed on our website.",
    "You are receiving this because you have an account with us. Manage preferences | Unsubscribe",
    "{co} Inc. respects your privacy. Read our candidate privacy notice at careers.{dom}/privacy",
]


AGENCY_TITLES = ["Senior Consultant", "Recruitment Consultant", "Talent Partner", "Principal Recruiter",
                 "Associate Director", "Tech Recruiter"]


def sig(rng: random.Random, first: str, last: str, co: str | None, reg: str, agency: bool = False) -> str:
    if reg == "none":
        return ""
    lines = [rng.choice(SIGNOFF[reg]), first if rng.random() < 0.5 else f"{first} {last}"]
    if co and rng.random() < 0.6:
        title = rng.choice(AGENCY_TITLES if agency else TITLES)
        lines.append(f"{title} | {co}" if rng.random() < 0.5 else f"{title}\n{co}")
        if rng.random() < 0.4:
            lines.append(f"+{rng.choice(['353', '44', '61', '1'])} {rng.randint(20, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    if rng.random() < 0.15:
        lines.append("")
        lines.append(rng.choice(MOBILE))
    return "\n".join(lines)


def legal(rng: random.Random, co: str | None) -> str:
    c = co or "Mailbridge"
    return rng.choice(LEGAL).format(co=c, num=rng.randint(100000, 9999999), dom=domain(c))


def greet(rng: random.Random, reg: str, fn: str, ln: str) -> str:
    return rng.choice(GREET[reg]).format(fn=fn, ln=ln)


def subj_wrap(rng: random.Random, s: str, p: float = 0.25) -> str:
    r = rng.random()
    if r < p * 0.35:
        return "Re: " + s
    if r < p * 0.55:
        return "RE: " + s
    if r < p * 0.7:
        return "[External] " + s
    if r < p * 0.8:
        return "Fwd: " + s
    if r < p * 0.87:
        return "AW: " + s
    if r < p:
        return s + " " + rng.choice(["🙂", "👋", "🎉", "☕", "📅"])
    return s


def quote(rng: random.Random, text: str, name: str, addr: str, to: str = "") -> str:
    """Quoted history, in gmail or Outlook shape."""
    if rng.random() < 0.6:
        head = f"On {date_line(rng)}, {name} <{addr}> wrote:"
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    head = (f"-----Original Message-----\nFrom: {name} <{addr}>\nSent: {date_line(rng)}\n"
            f"To: {to or rng.choice(['Recruiting', 'Hiring team', 'Careers'])}\nSubject: {rng.choice(['Re: ', 'RE: ', ''])}{rng.choice(['our chat', 'your application', 'update', 'next steps', 'following up'])}")
    return head + "\n\n" + text


def to_html(text: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n\n")]
    style = rng.choice(["font-family:Arial,sans-serif;font-size:14px", "font-family:Georgia,serif",
                        "font-family:Helvetica;color:#222", "margin:0;padding:12px"])
    body = "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</p>"
                   for p in paras)
    return f'<html><body><div style="{style}">{body}</div></body></html>'
