"""A deterministic generator of realistic mail for the benchmarks: job-search mail (rejections,
invitations, acknowledgements, feedback, offers, recruiter notes, the candidate's own sent mail)
mixed with ordinary mail (newsletters, receipts, friends, team tools).

Sizes run from 2 to 30 KB (about 12 KB on average); about half the messages are
multipart/alternative with an HTML part, some carry a base64 attachment, some bodies are
quoted-printable and some headers RFC 2047-encoded. The same seed gives the same bytes, so two
runs of the benchmark read the same mailbox. Every text here was written for this module.

Used by ``bench.run``::

    for m in generate(10_000):
        ...  # m.folder, m.raw (CRLF bytes), m.date
"""

from __future__ import annotations

import base64
import quopri
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from functools import lru_cache

DEFAULT_SEED = 20_240_611
MIN_SIZE = 2 * 1024
MAX_SIZE = 30 * 1024
#: Mode of the triangular size distribution: with 2 and 30 KB it gives a mean of about 12.3 KB.
MODE_SIZE = 5 * 1024
#: Share of messages filed in Sent (the candidate's own mail).
SENT_SHARE = 0.05
ME = ("Robin Achterberg", "robin.achterberg@example.net")

COMPANIES = (
    "Lindqvist Robotics", "Harbourline Freight", "Quillfeather Labs", "Moravec Analytics",
    "Tessellate Health", "Brightwater Energy", "Kovalenko & Partners", "Nimbus Ledger",
    "Oakridge Learning", "Parallax Games", "Sundial Logistics", "Vantablue Security",
    "Wexford Biotech", "Ostrava Mobility", "Pemberton Insurance", "Halcyon Retail Group",
    "Zebrafish Software", "Copperleaf Media", "Mistral Payments", "Tidewater Systems",
)
ROLES = (
    "Backend Engineer", "Senior Data Engineer", "Platform Engineer", "Machine Learning Engineer",
    "Site Reliability Engineer", "Full-Stack Developer", "Staff Software Engineer",
    "Analytics Engineer", "Python Developer", "Engineering Manager", "Solutions Architect",
)
FIRST = ("Amira", "Bastian", "Chloé", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas",
         "Kalinda", "Luca", "Maëlle", "Nnamdi", "Oona", "Priya", "Quentin", "Rosa", "Søren", "Tamsin")
LAST = ("Abernethy", "Bergström", "Castellanos", "Dubois", "Eriksen", "Fairweather", "Grünewald",
        "Hakimi", "Iwasaki", "Jovanović", "Kowalczyk", "Lindgren", "Mbeki", "Novak", "Okafor",
        "Petrov", "Quaresma", "Rahman", "Szabo", "Thorne")

# -- what each kind of message says ---------------------------------------------------------
# Placeholders: {company} {role} {first} {sender} {day} {time} {ref}

KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "rejection": {
        "subject": ("Your application for {role} at {company}", "Update on your {role} application",
                    "{company}: {role} ({ref})", "Regarding your candidacy"),
        "lines": (
            "Thank you for the time you put into applying for the {role} position with us.",
            "After reviewing a large number of applications we have decided not to move forward with yours at this stage.",
            "The position has now been filled by a candidate whose background matched the team's immediate needs more closely.",
            "Due to a change in our hiring plans for this quarter, the role has been put on hold and we are closing all open applications.",
            "We were impressed by your experience, but we are looking for someone with more time leading distributed teams.",
            "This was not an easy decision, and it says nothing about the quality of your work.",
            "We will keep your details on file and may reach out if a role that fits you better opens up.",
            "Please do not reply to this address; it is not monitored.",
            "We wish you every success in your search and in your next role.",
        ),
    },
    "interview_invite": {
        "subject": ("Interview invitation: {role}", "Next steps for {role} at {company}",
                    "Let's talk! {company} x {first}", "Scheduling your technical interview"),
        "lines": (
            "We enjoyed reading your application and would like to invite you to a first conversation.",
            "The call will take about 45 minutes with two engineers from the platform team.",
            "Could you let us know whether {day} at {time} works for you? If not, please suggest two other slots.",
            "The interview will cover a short coding exercise and a discussion of a system you have built.",
            "You can book a time directly in the calendar link below; all times are shown in your time zone.",
            "There is nothing to prepare in advance, though you may want a working editor ready.",
            "The onsite round consists of three sessions: architecture, pairing, and a conversation with the hiring manager.",
            "If you need any adjustments to make the process accessible, just tell us.",
        ),
    },
    "application_ack": {
        "subject": ("We received your application", "Thanks for applying to {company}",
                    "Application received: {role} ({ref})", "Your application is in"),
        "lines": (
            "This is an automatic confirmation that your application for {role} has reached us.",
            "Our recruiting team reviews every application and aims to respond within two weeks.",
            "You can follow the status of your application at any time in the candidate portal.",
            "Reference number: {ref}. Please quote it if you contact us about this role.",
            "In the meantime, feel free to read more about how we work on our engineering blog.",
            "Due to the volume of applications we may not be able to give individual feedback.",
        ),
    },
    "feedback": {
        "subject": ("Feedback from your interview", "Re: {role} interview feedback",
                    "Some notes from the panel", "Following up on your interviews"),
        "lines": (
            "As promised, here is a summary of what the panel said after your interviews.",
            "Your coding round was strong: clean structure, sensible tests, and you explained your trade-offs clearly.",
            "In the system design session the panel wanted to see more depth on data partitioning and failure modes.",
            "A few answers in the behavioural interview stayed general; concrete examples of conflicts you resolved would help.",
            "They liked the questions you asked about on-call and release practices.",
            "The main gap the team saw was hands-on experience operating Kubernetes at scale.",
            "I hope this is useful for your next interviews, and thank you again for your time.",
        ),
    },
    "offer": {
        "subject": ("Offer of employment: {role}", "Your offer from {company}",
                    "Welcome aboard, {first}!"),
        "lines": (
            "I am delighted to offer you the position of {role} at {company}.",
            "Attached you will find the written offer with salary, equity and benefits.",
            "The proposed start date is the first Monday of next month, but we can be flexible.",
            "Please let us know your decision within ten working days.",
            "Everyone you met was excited about the prospect of working with you.",
        ),
    },
    "recruiter": {
        "subject": ("Opportunity: {role} (remote)", "Quick question, {first}",
                    "{role} roles you might like", "Your profile caught my eye"),
        "lines": (
            "I came across your profile and thought you might be interested in a role I am hiring for.",
            "My client is a fast-growing company in the logistics space, fully remote within Europe.",
            "The budget for this position is competitive and there is a generous learning allowance.",
            "Would you be open to a fifteen-minute call this week to hear more?",
            "If now is not the right time, no worries; just let me know and I will not follow up.",
            "Here are this week's new openings that match your saved search.",
        ),
    },
    "sent": {
        "subject": ("Re: {role} interview", "Thank you for your time today",
                    "Application: {role}", "Question about the {role} role",
                    "Could you share some feedback?"),
        "lines": (
            "Thank you for taking the time to speak with me today; I enjoyed learning about the team.",
            "Please find my CV attached for the {role} position advertised on your careers page.",
            "I wanted to ask whether there is any update on the timeline for the next round.",
            "If possible, I would really appreciate any feedback on my interviews, so I can improve.",
            "{day} at {time} works well for me; I will use the video link from your invitation.",
            "I am still very interested in the role and happy to provide anything else you need.",
        ),
    },
    "newsletter": {
        "subject": ("This week in distributed systems", "Your monthly digest from {company}",
                    "Ten reads for the weekend", "New features, fresh releases", "The Sunday Brief"),
        "lines": (
            "Welcome to this week's edition, with stories from around the industry.",
            "A long read on how a small team replaced its message queue and what they learnt.",
            "Our pick of new open-source tools: a tiny profiler, a faster JSON library and a diagram generator.",
            "The conference season is here; early-bird tickets end on Friday.",
            "Readers asked how to keep a side project alive; three of you shared your routines.",
            "You are receiving this email because you subscribed on our website. Unsubscribe at any time.",
        ),
    },
    "receipt": {
        "subject": ("Your order {ref} has shipped", "Receipt for your payment", "Your invoice is ready",
                    "Delivery update for order {ref}"),
        "lines": (
            "Thanks for your order! Your package is on its way and should arrive within three working days.",
            "Order number: {ref}. Items: 1 x USB-C dock, 2 x notebook (A5, dotted).",
            "The total of 84.90 EUR was charged to the card ending in 4417.",
            "You can track your parcel with the courier's reference shown below.",
            "Need to return something? You have thirty days from delivery.",
        ),
    },
    "personal": {
        "subject": ("Dinner on {day}?", "Photos from the hike", "Re: book club", "Happy birthday!",
                    "Moving boxes"),
        "lines": (
            "Hey, are you free on {day}? We are thinking of trying the new place near the station.",
            "I finally sorted the photos from the weekend; the one from the ridge is my favourite.",
            "Next month's book is the one about the lighthouse keeper, if nobody objects.",
            "Let me know if you still need help moving, I can bring the van on Saturday morning.",
            "Say hi to everyone from me, and good luck with the job hunt!",
        ),
    },
    "team": {
        "subject": ("[ci] Build failed on main", "Weekly report: open pull requests",
                    "Reminder: retro at {time}", "[wiki] Page updated: On-call handbook"),
        "lines": (
            "The pipeline for commit 7f3a9c1 failed in the integration stage after 12 minutes.",
            "There are 14 open pull requests, 3 of them waiting for review for more than five days.",
            "The retrospective is moved to {time} because of the all-hands.",
            "The on-call handbook was edited: the escalation section now lists the new rota.",
        ),
    },
}

#: (kind, weight, folder)
MIX: tuple[tuple[str, float], ...] = (
    ("rejection", 0.10), ("interview_invite", 0.07), ("application_ack", 0.12), ("feedback", 0.04),
    ("offer", 0.01), ("recruiter", 0.13), ("newsletter", 0.20), ("receipt", 0.11),
    ("personal", 0.09), ("team", 0.08),
)
JOB_KINDS = {"rejection", "interview_invite", "application_ack", "feedback", "offer", "recruiter"}

FILLER = (
    "As a reminder, the details of the role and the team are listed below for reference.",
    "Our engineering teams are spread across four time zones and work mostly asynchronously.",
    "We believe in small teams with real ownership, written decisions and a sustainable pace.",
    "The product helps hospitals schedule staff and equipment, and is used in nine countries.",
    "Benefits include a training budget, a home office allowance and thirty days of holiday.",
    "Our interview process usually takes two to three weeks from the first call to a decision.",
    "If you have questions about relocation or visas, our people team is happy to help.",
    "The stack is mostly Python and Go on top of PostgreSQL, with some Rust in the hot paths.",
    "Last quarter we moved the billing system to event sourcing and cut month-end work by half.",
    "This message and any attachments are confidential and intended only for the addressee.",
    "Please consider the environment before printing this email.",
    "You can manage your notification settings in your account at any time.",
    "The office is a ten-minute walk from the central station, with bike parking in the courtyard.",
    "We publish our salary bands internally and review them every spring.",
    "Security notice: we will never ask for your password or bank details by email.",
    "Our support team answers on weekdays between nine and five, Central European Time.",
    "Follow us for product news, behind-the-scenes stories and the occasional dog photo.",
    "The quarterly all-hands will be streamed for everyone who cannot join in person.",
    "Prices include VAT where applicable; business customers can download a VAT invoice.",
    "Parking is limited, so please let reception know in advance if you plan to drive.",
)
QUOTE_INTRO = "On {day} at {time}, {sender} wrote:"
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class BenchMessage:
    """One generated message: where it is filed, its bytes (CRLF line ends) and its date."""

    folder: str
    raw: bytes
    date: datetime
    kind: str


def generate(n: int, seed: int = DEFAULT_SEED, start: datetime | None = None) -> Iterator[BenchMessage]:
    """Yield ``n`` messages in date order (oldest first). Deterministic for a given seed."""
    rng = random.Random(seed)
    start = start or datetime(2023, 1, 2, 8, 0, tzinfo=UTC)
    # Spread over about two years whatever n is, so dates look like a real backfill.
    step = timedelta(days=730) / max(n, 1)
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    for i in range(n):
        date = start + step * i + timedelta(seconds=rng.randrange(0, 3600))
        if rng.random() < SENT_SHARE:
            kind, folder = "sent", "Sent"
        else:
            kind, folder = rng.choices(kinds, weights)[0], "INBOX"
        yield BenchMessage(folder, _message(rng, i, kind, date), date, kind)


def _message(rng: random.Random, index: int, kind: str, date: datetime) -> bytes:
    company = rng.choice(COMPANIES)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    person = f"{first} {last}"
    domain = company.split()[0].lower().replace("&", "") + rng.choice((".com", ".io", ".eu", ".co.uk"))
    values = {
        "company": company, "role": rng.choice(ROLES), "first": ME[0].split()[0],
        "sender": person, "day": rng.choice(DAYS), "time": f"{rng.randint(8, 17)}:{rng.choice(('00', '30'))}",
        "ref": f"{rng.choice('ABCDEFGHJK')}{rng.randint(10000, 99999)}",
    }
    spec = KINDS[kind]
    target = int(rng.triangular(MIN_SIZE, MAX_SIZE, MODE_SIZE))
    attach = rng.random() < (0.35 if kind in ("sent", "offer", "receipt") else 0.10)
    alternative = rng.random() < (0.75 if kind in ("newsletter", "receipt", "application_ack") else 0.35)

    if kind == "sent":
        from_ = (ME[0], ME[1])
        to = (person, _ascii(f"{first.lower()}.{last.lower()}") + f"@{domain}")
    else:
        sender_name = person if kind in ("interview_invite", "feedback", "offer", "recruiter", "personal") \
            else f"{company} {rng.choice(('Careers', 'Talent', 'Team', 'Notifications'))}"
        local = "noreply" if kind in ("application_ack", "newsletter", "receipt", "team") \
            else f"{first.lower()}.{last.lower()}"
        from_ = (sender_name, f"{_ascii(local)}@{domain}")
        to = ME
    subject = rng.choice(spec["subject"]).format(**values)
    headers = [
        ("Return-Path", f"<{from_[1]}>"),
        ("Received", f"from mx{rng.randint(1, 9)}.{domain} (mx.{domain} [192.0.2.{rng.randint(1, 254)}]) "
                     f"by mail.example.net with ESMTPS id {rng.getrandbits(48):012x}; {format_datetime(date)}"),
        ("Date", format_datetime(date)),
        ("From", _address(*from_)),
        ("To", _address(*to)),
        ("Subject", _header(subject)),
        ("Message-ID", f"<{index:07d}.{rng.getrandbits(40):010x}@{domain if kind != 'sent' else 'example.net'}>"),
        ("MIME-Version", "1.0"),
    ]
    if kind in ("application_ack", "newsletter", "receipt", "team"):
        headers.append(("Auto-Submitted", "auto-generated"))
    if kind == "newsletter":
        headers.append(("List-Unsubscribe", f"<https://{domain}/unsubscribe?u={rng.getrandbits(32):08x}>"))
    if kind in ("feedback", "sent", "personal") and rng.random() < 0.6:
        parent = f"<{rng.getrandbits(40):010x}@{domain}>"
        headers += [("In-Reply-To", parent), ("References", parent)]

    head_size = sum(len(k) + len(v) + 4 for k, v in headers) + 200
    attachment = b""
    if attach:
        att_size = int(max(512, (target - head_size) * rng.uniform(0.3, 0.7)) * 3 / 4)
        attachment = rng.randbytes(att_size)
    text_budget = max(400, target - head_size - len(attachment) * 4 // 3)
    if alternative:
        # The HTML part repeats the text with markup, roughly 1.6x its size.
        text_budget = max(300, int(text_budget / 2.6))
    text = _body(rng, spec["lines"], values, text_budget, person, kind)

    text_part = _text_part(rng, "plain", text)
    if alternative:
        alt_boundary = f"alt-{rng.getrandbits(64):016x}"
        body_part = _multipart("alternative", alt_boundary,
                               [text_part, _text_part(rng, "html", _html(text, company))])
    else:
        body_part = text_part
    if attach:
        mixed = f"mix-{rng.getrandbits(64):016x}"
        name = rng.choice(("offer-letter.pdf", "cv.pdf", "invoice.pdf", "photo.jpg", "notes.pdf"))
        ctype = "image/jpeg" if name.endswith(".jpg") else "application/pdf"
        att = (f"Content-Type: {ctype}; name=\"{name}\"\r\n"
               f"Content-Disposition: attachment; filename=\"{name}\"\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n").encode() + _base64_lines(attachment)
        body_part = _multipart("mixed", mixed, [body_part, att])
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii")
    return head + body_part


def _body(rng: random.Random, lines: tuple[str, ...], values: dict[str, str], budget: int,
          person: str, kind: str) -> str:
    greeting = rng.choice(("Hi {first},", "Dear {first},", "Hello {first},", "Hey {first}!")).format(**values)
    paragraphs = [greeting]
    own = list(lines)
    rng.shuffle(own)
    size = len(greeting)
    # The kind's own sentences come first; filler (and, for replies, a quoted earlier message)
    # pads the message to its drawn size like signatures, footers and threads do in real mail.
    while size < budget:
        if own:
            para = " ".join(s.format(**values) for s in own[: rng.randint(1, 3)])
            del own[: 3]
        elif kind in ("sent", "feedback", "personal") and rng.random() < 0.5:
            quoted = " ".join(rng.sample(FILLER, 4))
            para = QUOTE_INTRO.format(**values) + "\n" + "\n".join(
                "> " + chunk for chunk in _wrap(quoted, 70))
        else:
            para = " ".join(rng.sample(FILLER, rng.randint(2, 5)))
        paragraphs.append(para)
        size += len(para) + 2
    sign = ME[0] if kind == "sent" else person
    paragraphs.append(f"Best regards,\n{sign}")
    return "\n\n".join("\n".join(_wrap(p, 76)) if not p.startswith("On ") else p for p in paragraphs)


@lru_cache(maxsize=1 << 16)
def _wrap(text: str, width: int) -> tuple[str, ...]:
    # Cached: filler paragraphs repeat often, and wrapping is most of the generator's time.
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    return tuple(out)


def _html(text: str, company: str) -> str:
    paras = "".join(
        f'<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#222">'
        f"{_escape(p).replace(chr(10), '<br>')}</p>\n"
        for p in text.split("\n\n")
    )
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + _escape(company)
            + "</title></head>\n<body style=\"background:#f4f4f4\">\n<table width=\"100%\" "
            "cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n<table width=\"600\" "
            "style=\"background:#ffffff\"><tr><td style=\"padding:24px\">\n" + paras
            + "</td></tr></table>\n</td></tr></table>\n</body></html>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_part(rng: random.Random, subtype: str, text: str) -> bytes:
    data = text.replace("\n", "\r\n").encode("utf-8")
    if rng.random() < 0.3:
        body = quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        cte = "quoted-printable"
    else:
        body, cte = data, "8bit"
    head = f"Content-Type: text/{subtype}; charset=\"utf-8\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    return head.encode() + body + b"\r\n"


def _multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\r\n\r\n".encode()]
    if subtype == "mixed":
        out.append(b"This is a multi-part message in MIME format.\r\n")
    for part in parts:
        out.append(f"\r\n--{boundary}\r\n".encode())
        out.append(part)
    out.append(f"\r\n--{boundary}--\r\n".encode())
    return b"".join(out)


def _base64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"".join(encoded[i:i + 76] + b"\r\n" for i in range(0, len(encoded), 76))


def _header(text: str) -> str:
    return text if text.isascii() else Header(text, "utf-8").encode()


def _address(name: str, addr: str) -> str:
    if name.isascii():
        return f"\"{name}\" <{addr}>" if any(c in name for c in ",.&") else f"{name} <{addr}>"
    return f"{Header(name, 'utf-8').encode()} <{addr}>"


def _ascii(text: str) -> str:
    table = str.maketrans({"é": "e", "ë": "e", "ø": "o", "ö": "o", "ü": "u", "ć": "c", "ä": "a"})
    return text.translate(table).encode("ascii", "ignore").decode()
