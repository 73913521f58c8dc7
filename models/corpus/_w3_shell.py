"""Shared scaffolding for the w3 hard-case generators: people, employers, senders, envelopes.

Used by every ``gen_w3_*.py`` module. It owns what is *not* a label signal: names, companies,
roles, greetings, sign-offs, signatures, footers, quoting/forwarding wrappers and HTML rendering.
Every piece here is shared across all labels on purpose, so no skeleton, greeting or footer can
teach the classifier a label; the label comes only from the meaning text chosen in ``_w3_en`` or
``_w3_intl``.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field

FIRST = [
    "Maya", "Tobias", "Priya", "Jonas", "Ines", "Kwame", "Lena", "Rafael", "Sanna", "Dmitri",
    "Aoife", "Chidi", "Marta", "Hugo", "Yuki", "Farah", "Oskar", "Bea", "Nikhil", "Clara",
    "Teodor", "Amara", "Felix", "Noor", "Mateo", "Ingrid", "Samir", "Elodie", "Ravi", "Greta",
]
LAST = [
    "Okafor", "Lindqvist", "Ramaswamy", "Becker", "Duarte", "Mensah", "Hoffmann", "Castillo",
    "Virtanen", "Volkov", "Brennan", "Eze", "Kowalczyk", "Marchand", "Tanaka", "Haddad",
    "Nyberg", "Fontaine", "Iyer", "Schulz", "Popescu", "Adeyemi", "Moreau", "Quraishi", "Vargas",
    "Halvorsen", "Bose", "Lefebvre", "Acharya", "Winter",
]
COMPANIES = [
    "Brightkettle", "Orchard Ledger", "Quillstone Bio", "Tidewater Analytics", "Marlow & Pike",
    "Copperleaf Health", "Nimbus Freight", "Halcyon Robotics", "Foxglove Labs", "Saltmarsh Energy",
    "Pinecrest Insurance", "Arbor Mobility", "Lanternfish Games", "Kestrel Payments", "Greywell Studio",
    "Ferrous Systems", "Bluefin Retail", "Meridian Civic", "Oakhaven Bank", "Cobalt Orbit",
    "Juniper Loop", "Redwater Media", "Stillwater Clinics", "Ashgrove Logistics", "Vantablue",
    "Wrenfield Schools", "Polaris Tiles", "Hearthstone Foods", "Driftwood Security", "Sablefin AI",
    "Ironbark Construction", "Mosaic Lending", "Northgate Pharma", "Cinderpath", "Lumen & Vale",
    "Beacon Street Capital", "Thistle Telecom", "Aldergrove Cloud", "Sunbeam Grocers", "Quartzline",
]
ROLES = [
    "Backend Engineer", "Senior Data Analyst", "Product Designer", "Site Reliability Engineer",
    "Machine Learning Engineer", "Engineering Manager", "Frontend Developer", "QA Automation Engineer",
    "Data Engineer", "Platform Engineer", "Product Manager", "Solutions Architect",
    "Staff Software Engineer", "Mobile Developer (iOS)", "Security Engineer", "Analytics Engineer",
    "Technical Writer", "DevOps Engineer", "Full-Stack Developer", "Research Scientist",
    "Customer Success Manager", "Junior Python Developer", "Cloud Infrastructure Lead", "UX Researcher",
]
RELAYS = [
    "mail.hirequeue.io", "notify.talentrelay.net", "ats-post.com", "candidates.recruitdesk.app",
    "jobs-mailer.org", "apply.pipelinehr.io", "no-reply.staffhub.net", "msg.hiringbox.co",
]
BOARDS = ["WorkBridge", "HireLoop", "JobNest", "CareerKite", "Roleplace", "Openpath Jobs"]
TITLES_REC = ["Talent Partner", "Technical Recruiter", "Recruiting Lead", "People Partner",
              "Senior Recruiter", "Talent Acquisition Specialist", "Recruitment Consultant"]
TITLES_MGR = ["Head of Engineering", "Engineering Manager", "VP Product", "Co-founder & CTO",
              "Director of Data", "Design Lead", "CEO & Co-founder", "Team Lead, Platform"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TIMES = ["9:30", "10:00", "11:15", "13:00", "14:30", "15:45", "16:00", "10:30am", "2pm", "3:30pm"]
CITIES = ["Leeds", "Rotterdam", "Austin", "Lisbon", "Dublin", "Toronto", "Malmö", "Denver", "Lyon"]


def slug(s: str) -> str:
    return "".join(ch for ch in s.lower() if ch.isalnum())


def pick(rng: random.Random, items: list):
    return items[rng.randrange(len(items))]


@dataclass
class Ctx:
    """The filled-in entities of one message (candidate, employer, sender, dates)."""

    first: str
    last: str
    cand_addr: str
    company: str
    role: str
    s_first: str
    s_last: str
    s_title: str
    day: str
    date: str
    time: str
    link: str
    board: str
    ref: str
    city: str
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        d = {
            "first": self.first, "last": self.last, "full": f"{self.first} {self.last}",
            "company": self.company, "role": self.role, "s_first": self.s_first,
            "sender": f"{self.s_first} {self.s_last}", "s_last": self.s_last, "s_title": self.s_title, "day": self.day,
            "date": self.date, "time": self.time, "link": self.link, "board": self.board,
            "ref": self.ref, "city": self.city, "co_slug": slug(self.company), "cand_addr": self.cand_addr,
        }
        d.update(self.extra)
        return d


def make_ctx(rng: random.Random) -> Ctx:
    first, last = pick(rng, FIRST), pick(rng, LAST)
    s_first, s_last = pick(rng, FIRST), pick(rng, LAST)
    while s_first == first:
        s_first = pick(rng, FIRST)
    company = pick(rng, COMPANIES)
    host = pick(rng, ["gmail.com", "posteo.de", "fastmail.com", "outlook.com", "proton.me", "mailbox.org"])
    sep = pick(rng, [".", "", "_"])
    cand_addr = f"{first.lower()}{sep}{last.lower()}@{host}"
    link_host = pick(rng, ["schedule.hirequeue.io", "book.calmeet.app", "assess.codetrial.dev",
                           "apply.pipelinehr.io", "slots.meetwise.com"])
    token = "".join(pick(rng, list("abcdefghjkmnpqrstuvwxyz23456789")) for _ in range(8))
    month = pick(rng, MONTHS)
    return Ctx(
        first=first, last=last, cand_addr=cand_addr, company=company, role=pick(rng, ROLES),
        s_first=s_first, s_last=s_last, s_title=pick(rng, TITLES_REC), day=pick(rng, WEEKDAYS),
        date=f"{rng.randint(1, 28)} {month}", time=pick(rng, TIMES),
        link=f"https://{link_host}/{slug(company)[:10]}/{token}", board=pick(rng, BOARDS),
        ref=f"{pick(rng, ['REQ', 'JR', 'R-', 'ID', ''])}{rng.randint(1000, 99999)}", city=pick(rng, CITIES),
        extra={"role2": pick(rng, ["Data Platform Engineer", "Solutions Engineer", "Product Analyst",
                                   "Developer Advocate", "Junior Backend Engineer", "Infrastructure Engineer",
                                   "Support Engineer", "Integration Engineer"])},
    )


# ---------------------------------------------------------------- greetings / closings (label-free)
GREET_FORMAL = ["Dear {first} {last},", "Dear {first},", "Dear Candidate,", "Dear {first} {last}"]
GREET_WARM = ["Hi {first},", "Hello {first},", "Hey {first},", "Hi {first} -", "{first},",
              "Hi {first}!", "Good morning {first},", "Hello {first}, hope your week is going well."]
GREET_NONE = [""]
CLOSE_FORMAL = ["Kind regards,", "Yours sincerely,", "Best regards,", "With best wishes,", "Regards,"]
CLOSE_WARM = ["Best,", "Thanks,", "Cheers,", "All the best,", "Speak soon,", "Warmly,", "Thanks again,", "-"]


def sig_person(rng: random.Random, d: dict, show_company: bool = True) -> str:
    lines = [d["sender"]]
    if rng.random() < 0.7:
        lines.append(d["s_title"] + (f" | {d['company']}" if show_company and rng.random() < 0.6 else ""))
    if rng.random() < 0.35:
        lines.append(pick(rng, ["+44 20 7946 0{:03d}", "+1 (512) 555-0{:03d}", "+49 30 5557{:03d}",
                                "m: +31 6 5550 {:03d}"]).format(rng.randint(100, 999)))
    if rng.random() < 0.2:
        lines.append(pick(rng, ["Pronouns: she/her", "Pronouns: he/him", "Pronouns: they/them",
                                "Working hours Mon-Thu", "I work flexible hours; reply whenever suits."]))
    return "\n".join(lines)


def sig_team(rng: random.Random, d: dict) -> str:
    return pick(rng, [
        "The {company} recruiting team", "{company} People Operations", "Hiring at {company}",
        "{company} | Careers", "Recruitment, {company}", "The team at {company}",
    ]).format(**d)


FOOTERS_ATS = [
    "This is an automated message from {relay}. Please do not reply directly to this email.",
    "You are receiving this email because you have an account with our careers site. Manage your "
    "communication preferences at https://{relay}/prefs",
    "Privacy notice: we process candidate data in line with our recruitment privacy policy. "
    "To request deletion of your data, visit https://{relay}/privacy",
    "Powered by {relay_name}. Replies to this address are not monitored.",
    "Please add {relay} to your safe senders so our messages reach your inbox.",
    "{company} is an equal opportunity employer. All qualified applicants receive consideration "
    "without regard to race, religion, gender identity, age, disability or any other protected status.",
]
FOOTERS_CORP = [
    "CONFIDENTIALITY: this email and any attachments are intended solely for the addressee. If you "
    "have received it in error, please notify the sender and delete it.",
    "{company} Ltd, registered in England and Wales no. {n}. Registered office: 4 Canal Wharf, {city}.",
    "Please consider the environment before printing this email.",
    "Sent from my iPhone",
    "Sent from Outlook for Android",
    "",
]


def footer(rng: random.Random, d: dict, kind: str) -> str:
    relay = d.get("relay", pick(rng, RELAYS))
    pool = FOOTERS_ATS if kind == "ats" else FOOTERS_CORP
    return pick(rng, pool).format(relay=relay, relay_name=relay.split(".")[-2].capitalize(),
                                   n=rng.randint(100000, 999999), **{k: v for k, v in d.items() if k != "relay"})


# ---------------------------------------------------------------- wrappers
def quote(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


def quoted_header(rng: random.Random, d: dict, who: str, addr: str) -> str:
    return pick(rng, [
        "On {day}, {date} at {time}, {who} <{addr}> wrote:",
        "On {date}, {who} <{addr}> wrote:",
        "{who} wrote on {day} {date}:",
        "-----Original Message-----\nFrom: {who} <{addr}>\nSent: {day}, {date}\nSubject: {subj}",
        "Am {date} schrieb {who} <{addr}>:",
    ]).format(who=who, addr=addr, subj=d.get("prior_subject", d.get("role", "")),
              **{k: v for k, v in d.items() if k not in ("who", "addr")})


def forward_block(rng: random.Random, d: dict, who: str, addr: str, subject: str, body: str) -> str:
    head = pick(rng, ["---------- Forwarded message ---------", "Begin forwarded message:",
                      "-------- Original Message --------", "FYI - forwarding below"])
    return (f"{head}\nFrom: {who} <{addr}>\nDate: {d['day']}, {d['date']}\nSubject: {subject}\n"
            f"To: {d['full']} <{d.get('cand_addr', 'me')}>\n\n{body}")


def to_html(rng: random.Random, paras: list[str], style: str = "plain") -> str:
    """Render paragraphs as an HTML mail body in one of a few layouts."""
    def p(t: str) -> str:
        return html.escape(t).replace("\n", "<br>")
    if style == "table":
        rows = "".join(f'<tr><td style="padding:8px 24px;font-family:Arial,sans-serif">{p(t)}</td></tr>'
                       for t in paras if t)
        return ('<html><body style="background:#f4f4f4"><table width="600" align="center" '
                f'cellpadding="0" cellspacing="0" style="background:#fff">{rows}</table></body></html>')
    if style == "div":
        inner = "".join(f'<div style="margin:0 0 14px">{p(t)}</div>' for t in paras if t)
        return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{inner}</body></html>'
    return "<html><body>" + "".join(f"<p>{p(t)}</p>" for t in paras if t) + "</body></html>"


def join(paras: list[str]) -> str:
    return "\n\n".join(x for x in paras if x)


def record(prefix: str, family: str, n: int, *, lang: str, folder: str, from_name: str, from_addr: str,
           to_addr: str, subject: str, body_text: str, body_html: str | None, labels: list[str],
           company: str | None, topics: list[str] | None = None, oc: list[str] | None = None) -> dict:
    return {
        "id": f"{prefix}-{family}-{n}", "family": family, "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": sorted(labels), "company": company,
        "topics": sorted(topics or []) if "feedback" in labels else [],
        "outside_control": sorted(oc or []) if "rejection" in labels else [],
    }
