"""Shared pieces for writer w6 (hiring-platform notifications): names, vendors, shells, record builder.

Used by the gen_w6_*.py generators; every fragment here is written for this corpus. The shells
(greeting, footer, HTML wrapper) are shared across labels so that no shell carries a label.
"""

from __future__ import annotations

import html
import random
from collections.abc import Sequence

FAMILY_PREFIX = "w6"  # each gen_w6_*.py module overrides this with its own prefix for ids

FIRST = ["Maren", "Tobi", "Ilse", "Quentin", "Rafaela", "Dawit", "Yuki", "Niamh", "Osei", "Lior",
         "Sanna", "Farid", "Beatriz", "Casimir", "Hanne", "Emeka", "Priya", "Teodor", "Aoife", "Kwame",
         "Lucia", "Mattias", "Soraya", "Bram", "Ines", "Jun", "Amara", "Piotr", "Delphine", "Ravi"]
LAST = ["Okafor", "Lindqvist", "Brennan", "Castellanos", "Varga", "Mbeki", "Haraldsen", "Duval",
        "Kowalczyk", "Nakamura", "Ferreira", "O'Donnell", "Schreiber", "Adeyemi", "Rossetti", "Holm",
        "Marchetti", "Iyer", "Quispe", "Van Acker", "Strand", "Mendes", "Aalto", "Ziegler"]
COMPANIES = ["Tidewater Analytics", "Bramble & Finch", "Copperline Robotics", "Halden Bank", "Nimbus Freight",
             "Orchard Health", "Saltmarsh Games", "Kestrel Insurance", "Lumen Grid", "Foxglove Labs",
             "Quarry Street Media", "Petrel Logistics", "Verdant Foods", "Arclight Security", "Moorland Energy",
             "Juniper Civic", "Basalt Systems", "Wrenfield University Press", "Cobalt Harbor", "Ridgeway Pharma",
             "Hollowtree Software", "Pinemark Retail", "Starling Mobility", "Glasswing Finance", "Thornbury Capital",
             "Meridian Atlas", "Nettle & Co", "Owlpoint Studios", "Riverbend Clinics", "Sable Aerospace",
             "Larchmont Data", "Cinder Cloud", "Heronsgate Legal", "Marlowe Travel", "Tundra Payments",
             "Bluefin Maritime", "Gantry Works", "Parcelry", "Ashgrove Schools", "Quillon AI"]
ROLES = ["Backend Engineer", "Senior Data Analyst", "Product Designer", "Site Reliability Engineer",
         "Frontend Developer (React)", "Machine Learning Engineer", "Engineering Manager", "QA Automation Engineer",
         "Platform Engineer II", "Staff Software Engineer", "Data Engineer", "iOS Developer",
         "Security Engineer", "Technical Product Manager", "Full Stack Developer", "DevOps Engineer",
         "Solutions Architect", "Analytics Engineer", "Junior Software Engineer", "Embedded Software Engineer"]
CITIES = ["Berlin", "Lisbon", "Remote (EU)", "Dublin", "Toronto", "Austin, TX", "Manchester", "Amsterdam",
          "Remote", "Madrid", "Lyon", "Zurich", "Hybrid - London", "Copenhagen"]
USER_ADDRS = ["maren.okafor@mailbox.org", "t.lindqvist@fastmail.com", "dawit.mbeki@posteo.de",
              "rafaela.c@gmail.com", "niamh.brennan88@outlook.com", "lior.h@proton.me", "quentin.duval@gmx.fr"]


def pick(rng: random.Random, seq: Sequence):
    return seq[rng.randrange(len(seq))]


def maybe(rng: random.Random, p: float, s: str) -> str:
    return s if rng.random() < p else ""


def slug(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())[:14]


def person(rng: random.Random) -> tuple[str, str]:
    return pick(rng, FIRST), pick(rng, LAST)


def job_id(rng: random.Random) -> str:
    return pick(rng, ["REQ-", "JR", "#", "R-", "Job ID ", ""]) + str(rng.randint(1000, 99999))


# Invented platforms (never the company). style: terse / friendly / enterprise
ATS = [
    {"name": "Hirewell", "relay": "notify.hirewell-mail.io", "style": "friendly"},
    {"name": "Talentloop", "relay": "mail.talentloop.app", "style": "friendly"},
    {"name": "Recruvia", "relay": "no-reply.recruvia.com", "style": "terse"},
    {"name": "PeopleDesk Recruit", "relay": "recruit-notifications.peopledesk.net", "style": "enterprise"},
    {"name": "Candidly", "relay": "hello.candidly-ats.com", "style": "friendly"},
    {"name": "Workforge Talent", "relay": "talent.workforge-cloud.com", "style": "enterprise"},
    {"name": "Pipelyn", "relay": "em.pipelyn.io", "style": "terse"},
]
BOARDS = [
    {"name": "JobHarbor", "relay": "alerts.jobharbor.com"},
    {"name": "CareerLattice", "relay": "mail.careerlattice.net"},
    {"name": "Stellenplatz", "relay": "info.stellenplatz.de"},
    {"name": "WorkNest", "relay": "noreply.worknest.co"},
    {"name": "Applyfast", "relay": "updates.applyfast.io"},
]
SCHED = [
    {"name": "Slotwise", "relay": "calendar.slotwise.app"},
    {"name": "MeetPick", "relay": "notifications.meetpick.com"},
    {"name": "InterviewDesk", "relay": "schedule.interviewdesk.io"},
]
ASSESS = [
    {"name": "CodeTrial", "relay": "tests.codetrial.dev"},
    {"name": "SkillProbe", "relay": "no-reply.skillprobe.io"},
    {"name": "Benchwork", "relay": "assess.benchwork.com"},
]
SIGN = [
    {"name": "InkPath", "relay": "sign.inkpath.com"},
    {"name": "DocuSeal Pro", "relay": "envelopes.docusealpro.net"},
    {"name": "Onboardly", "relay": "hr.onboardly.app"},
]


def display_name(rng: random.Random, company: str, platform: str) -> str:
    return pick(rng, [
        f"{company} via {platform}", f"{company} Recruiting", f"{company} Talent Acquisition", f"{company}",
        f"{company} Careers", f"{platform}", f"{company} Hiring Team", f"{company} (via {platform})",
        f"no-reply@{platform.lower().replace(' ', '')}", f"{company} People Team",
    ])


GREET_EN = ["Hi {n},", "Hello {n},", "Dear {n},", "Hey {n},", "{n},", "Hi {n}!", "Dear {n} {l},", "Hello,",
            "Hi there,", "Good afternoon {n},"]

FOOTER_EN = [
    "You are receiving this email because you applied through {p}. Manage notification settings in your candidate profile.",
    "This message was sent by {p} on behalf of {c}. Please do not reply to this automated address.",
    "{p} | Privacy | Unsubscribe from status emails",
    "Sent with {p}. {p} processes candidate data on behalf of the employer; see the employer's privacy notice.",
    "Questions about your data? Visit the {c} candidate privacy page.\n(c) {c}",
    "Powered by {p}",
    "Do not reply. Replies to this mailbox are not monitored.",
    "",
    "Need help? Contact support via the help centre at {p}.\nYou can unsubscribe from non-essential updates at any time.",
    "{c} is an equal opportunity employer.\nThis email was generated automatically by {p}.",
]

SIGNOFF_EN = ["Best,\n{s}", "Kind regards,\n{s}", "Thanks,\n{s}", "Cheers,\n{s}", "Warm regards,\n{s}",
              "Sincerely,\n{s}", "All the best,\n{s}", "Talk soon,\n{s}", "— {s}", "Regards,\n{s}"]


def signer(rng: random.Random, company: str) -> str:
    f, ln = person(rng)
    return pick(rng, [f"The {company} Recruiting Team", f"{f} {ln}\nTalent Partner, {company}", f"{f} from {company}",
                      f"{company} Talent Acquisition", f"{f}\nRecruiting Coordinator", f"Team {company}",
                      f"{f} {ln} | People Operations", f"The hiring team at {company}"])


def html_wrap(rng: random.Random, platform: str, paras: list[str], button: str | None, footer: str) -> str:
    """An HTML part in one of several house styles; paragraphs are escaped plain text."""
    style = rng.randrange(4)
    ps = "".join(f"<p style=\"margin:0 0 14px\">{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    btn = ""
    if button:
        btn = (f"<table role=\"presentation\"><tr><td style=\"background:#2b59c3;border-radius:4px\">"
               f"<a href=\"https://{slug(platform)}.example/l/{rng.randint(10**6, 10**7)}\" "
               f"style=\"color:#fff;padding:10px 18px;display:inline-block\">{html.escape(button)}</a></td></tr></table>")
    foot = f"<p style=\"color:#888;font-size:11px\">{html.escape(footer).replace(chr(10), '<br>')}</p>" if footer else ""
    if style == 0:
        return f"<html><body style=\"font-family:Arial\"><div style=\"max-width:600px\">{ps}{btn}{foot}</div></body></html>"
    if style == 1:
        return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>p{{line-height:1.5}}</style></head>"
                f"<body><table width=\"100%\"><tr><td align=\"center\"><table width=\"560\"><tr><td>"
                f"<h2 style=\"font-size:18px\">{html.escape(platform)}</h2>{ps}{btn}</td></tr><tr><td>{foot}</td></tr>"
                f"</table></td></tr></table></body></html>")
    if style == 2:
        return f"<div dir=\"ltr\">{ps}{btn}<hr>{foot}</div>"
    return (f"<html><body><center><table style=\"border:1px solid #eee;padding:24px\"><tr><td>{ps}</td></tr>"
            f"<tr><td>{btn}</td></tr></table>{foot}</center></body></html>")


def render(rng: random.Random, platform: str, company: str, paras: list[str], *, button: str | None = None,
           url_label: str | None = None, footer: str | None = None, html_p: float = 0.4,
           html_only_p: float = 0.08) -> tuple[str, str | None]:
    """Return (body_text, body_html): the text part always mirrors the HTML part's words."""
    if footer is None:
        footer = pick(rng, FOOTER_EN).format(p=platform, c=company)
    text_paras = list(paras)
    if button:
        link = f"https://{slug(platform)}.example/c/{rng.randint(10**5, 10**6)}"
        text_paras.append(pick(rng, [f"{button}: {link}", f"{button}\n{link}", f"{url_label or button} -> {link}",
                                     f"[{button}] {link}", f"{link}"]))
    text = "\n\n".join(p for p in text_paras if p)
    if footer:
        text += "\n\n" + pick(rng, ["--\n", "---\n", "", "____\n"]) + footer
    if rng.random() < html_p:
        h = html_wrap(rng, platform, [p for p in paras if p], button, footer)
        if rng.random() < html_only_p / html_p:
            return "", h
        return text, h
    return text, None


class Counter:
    """Per-family numbering for ids."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.n: dict[str, int] = {}

    def next(self, family: str) -> str:
        self.n[family] = self.n.get(family, 0) + 1
        return f"{self.prefix}-{family}-{self.n[family]}"


def record(ids: Counter, family: str, *, from_name: str, from_addr: str, subject: str, body_text: str,
           body_html: str | None, labels: list[str], company: str | None, topics: list[str] | None = None,
           outside: list[str] | None = None, folder: str = "INBOX", lang: str = "en", to_addr: str = "",
           rng: random.Random | None = None) -> dict:
    fam = f"w6-{family}"
    return {
        "id": ids.next(fam), "family": fam, "folder": folder, "lang": lang, "from_name": from_name,
        "from_addr": from_addr, "to_addr": to_addr or (pick(rng, USER_ADDRS) if rng else USER_ADDRS[0]),
        "subject": subject, "body_text": body_text, "body_html": body_html, "labels": sorted(set(labels)),
        "company": company, "topics": sorted(set(topics or [])), "outside_control": sorted(set(outside or [])),
    }
