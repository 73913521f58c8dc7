"""Write the embedded demo mailbox (``pipeline/demo/mailbox/``) from the content authored below.

Run by hand when the story changes: ``.venv/bin/python -m pipeline.demo.make_mailbox``. The .eml
files it writes are committed; ``jobmail demo`` reads those and never needs this script.

Deterministic: no clock, no randomness. Every header (Date, Message-ID, MIME boundaries) comes from
the content below, so running it twice writes identical bytes. Standard library ``email`` only.

The story (Alex Morgan's job search, 2026-10-05 .. 2026-11-22) and the intended labels of every
message are listed in ``mailbox/README.md``, which this script also writes, together with a machine
readable ``mailbox/expected.json``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

OUT = Path(__file__).resolve().parent / "mailbox"

#: RFC 5322 wants CRLF; the IMAP server wants it too.
MODERN = policy.default.clone(linesep="\r\n", max_line_length=78)
LEGACY = policy.compat32.clone(linesep="\r\n")

ALEX = "Alex Morgan <alex.morgan@example.net>"
ALEX_ADDR = "alex.morgan@example.net"

# --------------------------------------------------------------------------------------------------
# Time zones as the senders' mail servers would stamp them (2026: Europe leaves summer time on
# Sun 25 Oct, the US on Sun 1 Nov).

_EU_END = datetime(2026, 10, 25, 1, 0)  # 01:00 UTC
_US_END = datetime(2026, 11, 1, 2, 0)  # 02:00 local


def when(stamp: str, zone: str) -> datetime:
    """Local wall-clock ``YYYY-MM-DD HH:MM[:SS]`` in ``zone`` -> aware datetime with that offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    local = datetime.strptime(stamp, fmt)
    if zone == "uk":
        hours = 1 if local - timedelta(hours=1) < _EU_END else 0
    elif zone == "eu":
        hours = 2 if local - timedelta(hours=2) < _EU_END else 1
    elif zone == "us_east":
        hours = -4 if local < _US_END else -5
    elif zone == "us_west":
        hours = -7 if local < _US_END else -8
    elif zone == "utc":
        hours = 0
    else:
        raise ValueError(zone)
    return local.replace(tzinfo=timezone(timedelta(hours=hours)))


# --------------------------------------------------------------------------------------------------


@dataclass
class Mail:
    """One message to write, with what it is meant to be (for the README table)."""

    key: str
    folder: str  # "INBOX" or "Sent"
    date: datetime
    sender: str
    to: str
    subject: str
    text: str | None = None
    html: str | None = None
    cte: str | None = None  # transfer encoding of the text parts (None: let email choose)
    cc: str | None = None
    reply_to: str | None = None
    reply_of: str | None = None  # key of the message this one answers
    quote: bool = False  # append the parent's text as quoted history
    mid: str | None = None  # explicit Message-ID (else derived from key and sender)
    mid_style: str = "hex"
    legacy_charset: str | None = None  # build with compat32 in this 8-bit charset (old mailers)
    headers: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)
    # intended facts (README / expected.json)
    labels: tuple[str, ...] = ()
    company: str | None = None
    topics: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()
    note: str = ""


def t(s: str) -> str:
    """Dedent an authored body, refill its prose paragraphs to 72 columns as a mail client would
    (lists, tables, indented lines and HTML stay as written), end it with one newline."""
    blocks = textwrap.dedent(s).strip("\n").split("\n\n")
    return "\n\n".join(_refill(b) for b in blocks) + "\n"


def _refill(block: str) -> str:
    lines = block.split("\n")
    structured = any(
        ln[:1] in (" ", "-", "<", ">", "|", "_") or ln[:2].rstrip(".").isdigit() or "  " in ln
        or ln.rstrip().endswith(":")
        for ln in lines
    )
    if structured or all(len(ln) <= 76 for ln in lines):
        return block
    return textwrap.fill(" ".join(ln.strip() for ln in lines), width=72,
                         break_long_words=False, break_on_hyphens=False)


def _hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def message_id(m: Mail) -> str:
    if m.mid:
        return m.mid
    domain = m.sender.rsplit("@", 1)[1].rstrip(">")
    h = _hash(m.key, m.sender)
    stamp = m.date.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    if m.mid_style == "ats":
        return f"<{stamp}.{h[:16]}.{h[16:22]}@{domain}>"
    if m.mid_style == "client":  # Alex's mail client
        return f"<CAJm{h[:22].upper()}{h[22:30]}@mail.example.net>"
    if m.mid_style == "outlook":
        return f"<{h[:4].upper()}PR0{h[4:5]}MB{h[5:9].upper()}{h[9:25].upper()}@{domain}>"
    if m.mid_style == "dotted":
        return f"<{h[:8]}.{h[8:12]}.{h[12:20]}.{stamp}@{domain}>"
    return f"<{h[:24]}@{domain}>"


def _received(m: Mail) -> str:
    h = _hash("rcv", m.key)
    arrived = m.date.astimezone(UTC) + timedelta(seconds=3 + int(h[:2], 16) % 40)
    host = m.sender.rsplit("@", 1)[1].rstrip(">")
    octet = 10 + int(h[2:4], 16) % 200
    return (
        f"from out.{host} (out.{host} [198.51.100.{octet}]) by mx1.example.net "
        f"(Postfix) with ESMTPS id {h[4:14].upper()} for <{ALEX_ADDR}>; "
        f"{format_datetime(arrived)}"
    )


def _quoted(parent: Mail) -> str:
    body = parent.text or ""
    lines = "\n".join(("> " + ln) if ln else ">" for ln in body.rstrip("\n").split("\n"))
    stamp = parent.date.strftime("%a, %d %b %Y at %H:%M")
    name = parent.sender.split("<")[0].strip().strip('"') or parent.sender
    return f"\nOn {stamp}, {name} wrote:\n{lines}\n"


def build(m: Mail, by_key: dict[str, Mail]) -> bytes:
    """Serialise one Mail to RFC 5322 bytes (CRLF)."""
    parent = by_key[m.reply_of] if m.reply_of else None
    text = m.text
    if parent is not None and m.quote and text is not None:
        text = text + _quoted(parent)
    if m.legacy_charset:
        return _build_legacy(m, parent, text)

    msg = EmailMessage(policy=MODERN)
    if m.folder == "INBOX":
        msg["Return-Path"] = "<bounce@" + m.sender.rsplit("@", 1)[1].rstrip(">") + ">"
        msg["Received"] = _received(m)
    msg["From"] = m.sender
    msg["To"] = m.to
    if m.cc:
        msg["Cc"] = m.cc
    if m.reply_to:
        msg["Reply-To"] = m.reply_to
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.date)
    msg["Message-ID"] = message_id(m)
    if parent is not None:
        msg["In-Reply-To"] = message_id(parent)
        msg["References"] = " ".join(_references(parent) + [message_id(parent)])
    for name, value in m.headers:
        msg[name] = value
    if text is not None:
        msg.set_content(text, cte=m.cte) if m.cte else msg.set_content(text)
        if m.html is not None:
            msg.add_alternative(m.html, subtype="html", cte=m.cte or "quoted-printable")
    elif m.html is not None:
        msg.set_content(m.html, subtype="html", cte=m.cte or "quoted-printable")
    for filename, ctype, data in m.attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    _fix_boundaries(msg, m.key)
    return _serialise(msg, MODERN)


def _build_legacy(m: Mail, parent: Mail | None, text: str | None) -> bytes:
    """An older mailer: 8-bit charset, quoted-printable, encoded-words in that charset."""
    assert text is not None and m.legacy_charset
    cs = m.legacy_charset
    msg: Message = MIMEText(text, "plain", cs)  # MIMEText picks quoted-printable for latin-1
    del msg["MIME-Version"], msg["Content-Type"], msg["Content-Transfer-Encoding"]
    if m.folder == "INBOX":
        msg["Return-Path"] = "<bounce@" + m.sender.rsplit("@", 1)[1].rstrip(">") + ">"
        msg["Received"] = _received(m)
    name, addr = m.sender.split("<")
    sender = Header(name.strip(), cs)
    sender.append(f"<{addr.rstrip('>')}>", "us-ascii")
    msg["From"] = sender
    msg["To"] = m.to
    if m.cc:
        msg["Cc"] = m.cc
    msg["Subject"] = Header(m.subject, cs)
    msg["Date"] = format_datetime(m.date)
    msg["Message-ID"] = message_id(m)
    if parent is not None:
        msg["In-Reply-To"] = message_id(parent)
        msg["References"] = " ".join(_references(parent) + [message_id(parent)])
    for hname, value in m.headers:
        msg[hname] = value
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = f'text/plain; charset="{cs}"'
    msg["Content-Transfer-Encoding"] = "quoted-printable"
    return _serialise(msg, LEGACY)


_ALL: dict[str, Mail] = {}


def _references(parent: Mail) -> list[str]:
    chain: list[str] = []
    cur = parent
    while cur.reply_of:
        up = _ALL[cur.reply_of]
        chain.insert(0, message_id(up))
        cur = up
    return chain


def _fix_boundaries(msg: EmailMessage, key: str) -> None:
    # Boundaries are random unless set; set them from the key so output is reproducible.
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{_hash('b', key, str(n))[:20]}")


def _serialise(msg: Message, pol: policy.Policy) -> bytes:
    buf = BytesIO()
    BytesGenerator(buf, policy=pol).flatten(msg)
    return buf.getvalue()


# ==================================================================================================
# Content. Companies, people and addresses are invented; domains use the reserved .example TLD.
# ==================================================================================================

HIREBRIDGE = "hire.ats-relay.example"  # an ATS relay shared by several employers
TALENTLOOP = "mail.talentloop.example"
PEOPLEDESK = "notify.peopledesk-mail.example"
WORKWELL = "apply.workwell.example"
APPLYSTREAM = "applystream.example"

ATS_AUTO = [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]


def hirebridge_ack(
    key: str, company: str, role: str, ref: str, date: datetime, tagline: str
) -> Mail:
    """The Hirebridge ATS template: multipart/alternative, company in display name and subject."""
    text = t(f"""
        Hi Alex,

        Thank you for applying for the {role} position at {company}. This email confirms that
        your application has been received and is now with our recruiting team.

        What happens next?
        Our team reviews every application personally. If your experience is a match for the
        role, a member of the team will contact you to arrange the next steps. Due to the number
        of applications we receive, this can take up to three weeks.

        You can check the status of your application at any time in your candidate portal:
        https://{HIREBRIDGE}/portal/c/{ref}

        {tagline}

        The {company} Recruiting Team

        --
        Sent via Hirebridge on behalf of {company}. Please do not reply to this email; this
        mailbox is not monitored. Manage your data: https://{HIREBRIDGE}/privacy
        """)
    html = t(f"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Application received</title></head>
        <body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
        <tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;padding:32px">
        <tr><td style="font-size:20px;font-weight:bold;color:#1d2b3a">{company}</td></tr>
        <tr><td style="padding-top:16px;font-size:15px;color:#333;line-height:1.5">
        <p>Hi Alex,</p>
        <p>Thank you for applying for the <strong>{role}</strong> position at {company}. This
        email confirms that your application has been received and is now with our recruiting
        team.</p>
        <p><strong>What happens next?</strong><br>Our team reviews every application personally.
        If your experience is a match for the role, a member of the team will contact you to
        arrange the next steps. Due to the number of applications we receive, this can take up to
        three weeks.</p>
        <p><a href="https://{HIREBRIDGE}/portal/c/{ref}" style="color:#0b63ce">View your
        application</a></p>
        <p>{tagline}</p>
        <p>The {company} Recruiting Team</p>
        </td></tr>
        <tr><td style="padding-top:24px;font-size:11px;color:#8a8f98">Sent via Hirebridge on
        behalf of {company}. Please do not reply to this email; this mailbox is not monitored.
        <a href="https://{HIREBRIDGE}/privacy" style="color:#8a8f98">Manage your data</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    return Mail(
        key=key, folder="INBOX", date=date,
        sender=f"{company} Recruiting <no-reply@{HIREBRIDGE}>", to=ALEX,
        subject=f"Thank you for applying to {company}", text=text, html=html,
        mid_style="ats", headers=ATS_AUTO + [("X-Hirebridge-Ref", ref)],
        labels=("application_ack",), company=company,
    )


def talentloop_ack(key: str, company: str, role: str, date: datetime, display: str,
                   subject: str, extra: str) -> Mail:
    """The TalentLoop ATS: HTML only, sent from the vendor's domain."""
    html = t(f"""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="max-width:560px;margin:auto;font-family:Georgia,serif;color:#222">
        <div style="border-bottom:3px solid #2a7a6f;padding:12px 0;font-size:22px">{company}</div>
        <p>Dear Alex Morgan,</p>
        <p>We have successfully received your application for <b>{role}</b>.</p>
        <p>{extra}</p>
        <p>In the meantime, feel free to learn more about life at {company} on our careers
        site.</p>
        <p>Kind regards,<br>Talent Acquisition<br>{company}</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#777">This message was sent by TalentLoop on behalf of
        {company}. You are receiving it because you applied for a position. Replies to this
        address are not read.<br>TalentLoop Inc., 500 Example Plaza, Suite 12, Example City</p>
        </div>
        </body>
        </html>
        """)
    return Mail(
        key=key, folder="INBOX", date=date,
        sender=f"{display} <notifications@{TALENTLOOP}>", to="alex.morgan@example.net",
        subject=subject, html=html, mid_style="dotted", headers=ATS_AUTO,
        labels=("application_ack",), company=company,
    )


def build_mails() -> list[Mail]:
    M: list[Mail] = []
    add = M.append

    # ---------------------------------------------------------------- week 41 (5-11 Oct)
    add(Mail(
        key="jobsly-alert-1", folder="INBOX", date=when("2026-10-05 07:02:11", "utc"),
        sender="Jobsly Alerts <alerts@jobsly.example>", to=ALEX,
        subject="12 new jobs for \"data engineer\" in London",
        text=t("""
            Your daily job alert: data engineer, London (and remote)

            Data Engineer - Larkspur Analytics - Bristol / hybrid
            Apply in minutes. Posted 2 days ago.
            https://jobsly.example/j/88213

            Backend Engineer (Python) - Brightwater Logistics - Amsterdam / remote EU
            Be an early applicant. Posted 1 day ago.
            https://jobsly.example/j/88297

            Platform Engineer, Data - Fernhill Energy - Edinburgh / remote UK
            Posted 5 days ago.
            https://jobsly.example/j/87950

            ...and 9 more jobs matching your alert.
            See all jobs: https://jobsly.example/alerts/41d2

            You are receiving this alert because you created it on Jobsly.
            Edit or turn off this alert: https://jobsly.example/alerts/41d2/settings
            """),
        html=t("""
            <html><body style="font-family:Arial,sans-serif">
            <h2 style="color:#5b2ad1">12 new jobs for "data engineer" in London</h2>
            <div><a href="https://jobsly.example/j/88213"><b>Data Engineer</b></a><br>
            Larkspur Analytics &middot; Bristol / hybrid<br>
            <small>Apply in minutes</small></div><br>
            <div><a href="https://jobsly.example/j/88297"><b>Backend Engineer (Python)</b></a><br>
            Brightwater Logistics &middot; Amsterdam / remote EU<br>
            <small>Be an early applicant</small></div><br>
            <div><a href="https://jobsly.example/j/87950"><b>Platform Engineer, Data</b></a><br>
            Fernhill Energy &middot; Edinburgh / remote UK</div><br>
            <p><a href="https://jobsly.example/alerts/41d2">See all jobs</a></p>
            <p style="font-size:11px;color:#888">You are receiving this alert because you created it
            on Jobsly. <a href="https://jobsly.example/alerts/41d2/settings">Edit or turn off this
            alert</a></p>
            </body></html>
            """),
        headers=[("List-Unsubscribe", "<https://jobsly.example/u/41d2>"), ("Precedence", "bulk")],
        note="job alert (noise)",
    ))
    add(hirebridge_ack(
        "larkspur-ack", "Larkspur Analytics", "Data Engineer", "LA-20417",
        when("2026-10-06 09:14:52", "utc"),
        "We're a team of 80 people helping retailers understand their customers. Thanks for "
        "considering us.",
    ))
    add(Mail(
        key="pinecrest-ack", folder="INBOX", date=when("2026-10-06 16:40:03", "uk"),
        sender="Pinecrest Retail Group Careers <careers@pinecrest-retail.example>", to=ALEX,
        subject="Application received - Data Engineer (ref PRG-3391)",
        text=t("""
            Dear Alex,

            Thank you for your interest in joining Pinecrest Retail Group.

            We confirm receipt of your application for the role of Data Engineer (ref PRG-3391).
            Our recruitment team will review your details against the requirements of the role
            and we aim to respond to all applicants within 15 working days.

            If you need any adjustments to the recruitment process, please reply to this email
            and let us know.

            Yours sincerely,

            Recruitment Team
            Pinecrest Retail Group plc

            ______________________________________________________________________
            Pinecrest Retail Group plc, registered in England and Wales no. 0000001.
            This email and any attachments are confidential and intended solely for the
            addressee. If you have received it in error, please delete it and notify the sender.
            """),
        headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "PRG Recruit 4.2")],
        labels=("application_ack",), company="Pinecrest Retail Group",
    ))
    add(talentloop_ack(
        "brightwater-ack", "Brightwater Logistics", "Backend Engineer (Python) - Platform team",
        when("2026-10-07 02:31:40", "us_west"), "Brightwater Logistics via TalentLoop",
        "Your application to Brightwater Logistics",
        "Our hiring team will review your profile over the coming two weeks. If we would like "
        "to move forward, a recruiter will reach out to you directly by email.",
    ))
    add(Mail(
        key="alex-apply-mueller", folder="Sent", date=when("2026-10-08 08:47:30", "uk"),
        sender=ALEX, to="Müller & Voss Karriere <karriere@mueller-voss.example>",
        subject="Bewerbung / Application: Data Engineer (m/w/d), Ref. MV-2026-114",
        text=t("""
            Dear Müller & Voss recruitment team,

            Please find attached my application for the Data Engineer (m/w/d) position in
            Hamburg (ref. MV-2026-114), which I saw on your careers page.

            I have five years of experience building batch and streaming data pipelines in
            Python and SQL, most recently at a logistics start-up where I owned the ingestion of
            around 40 million sensor events a day into our warehouse. Your work on condition
            monitoring for industrial machines is exactly the kind of data I'd like to work with.

            I'm based in London and happy to relocate to Hamburg; I can start with one month's
            notice. My German is at B1 level and improving.

            Best regards,
            Alex Morgan

            --
            Alex Morgan
            +44 7700 900123
            """),
        attachments=[("Alex_Morgan_CV.pdf", "application/pdf", b"")],  # filled in below
        mid_style="client",
        note="application cover note (email application)",
    ))
    add(Mail(
        key="mueller-ack", folder="INBOX", date=when("2026-10-08 09:47:31", "eu"),
        sender="Müller & Voss Karriere <karriere@mueller-voss.example>", to=ALEX,
        subject="Eingangsbestätigung Ihrer Bewerbung - Müller & Voss Datentechnik",
        reply_of="alex-apply-mueller",
        text=t("""
            Sehr geehrte Bewerberin, sehr geehrter Bewerber,

            vielen Dank für Ihre Bewerbung und Ihr Interesse an der Müller & Voss Datentechnik
            GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung
            sorgfältig und melden uns so bald wie möglich bei Ihnen.

            Dear applicant,

            Thank you for your application and your interest in Müller & Voss Datentechnik GmbH.
            We confirm that we have received your documents. We will review your application
            carefully and get back to you as soon as possible.

            Mit freundlichen Grüßen / Kind regards
            Ihr Recruiting-Team / Your recruiting team

            Müller & Voss Datentechnik GmbH · Speicherstraße 7 · 20457 Hamburg
            Geschäftsführer: Jens Müller, Annika Voss · Amtsgericht Hamburg HRB 000000
            """),
        legacy_charset="iso-8859-1",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Mailsystem 7.1")],
        labels=("application_ack",), company="Müller & Voss Datentechnik",
        note="automatic reply in the thread of Alex's email application; ISO-8859-1, "
        "quoted-printable, encoded-word subject and sender name",
    ))
    add(Mail(
        key="corvid-ack", folder="INBOX", date=when("2026-10-09 13:05:09", "us_east"),
        sender="Corvid Labs Hiring Team <jobs@apply.workwell.example>", to=ALEX,
        reply_to="talent@corvidlabs.example",
        subject="We got your application!",
        text=t("""
            Hey Alex!

            Thanks for applying to be a Data Engineer at Corvid Labs. Your application landed
            safely with us and a real human on the team will read it.

            We're small (22 people), so we don't always move fast, but we do promise to get
            back to everyone who applies, one way or the other.

            Talk soon,
            The Corvid Labs crew

            Workwell - hiring made humane. Unsubscribe from candidate updates:
            https://apply.workwell.example/u/c0rv1d-8812
            """),
        headers=ATS_AUTO,
        labels=("application_ack",), company="Corvid Labs",
        note="casual ATS ack, company only in display name and body",
    ))
    add(Mail(
        key="jess-lunch", folder="INBOX", date=when("2026-10-09 19:22:45", "uk"),
        sender="Jess Morgan <jess.morgan.home@example.org>", to=ALEX,
        subject="Sunday lunch?",
        text=t("""
            Hiya,

            Mum's asking if you're coming on Sunday. She's doing the lamb thing. Also she wants
            to know how the job hunt is going, so prepare yourself, ha.

            Bring the board game you borrowed in August please!!

            J x
            """),
        note="personal mail",
    ))

    # ---------------------------------------------------------------- week 42 (12-18 Oct)
    add(Mail(
        key="ardoise-ack", folder="INBOX", date=when("2026-10-12 10:03:27", "eu"),
        sender="Société Ardoise via Workwell <jobs@apply.workwell.example>", to=ALEX,
        subject="Candidature reçue – Ingénieur·e Données / Data Engineer",
        text=t("""
            Bonjour Alex,

            Merci pour votre candidature au poste d'Ingénieur·e Données chez Société Ardoise.
            Nous l'avons bien reçue et notre équipe la lira avec attention.

            Hello Alex,

            Thank you for applying for the Data Engineer position at Société Ardoise. We have
            received your application and our team will read it carefully.

            À bientôt / Speak soon,
            L'équipe Talents – Société Ardoise, Lyon

            Workwell - hiring made humane.
            """),
        cte="base64", headers=ATS_AUTO,
        labels=("application_ack",), company="Société Ardoise",
        note="French/English, base64 UTF-8 body, encoded-word subject and display name",
    ))
    add(Mail(
        key="larkspur-portal-status", folder="INBOX", date=when("2026-10-12 06:00:41", "utc"),
        sender=f"Larkspur Analytics Recruiting <no-reply@{HIREBRIDGE}>", to=ALEX,
        subject="Status update: Data Engineer at Larkspur Analytics",
        text=t(f"""
            Hi Alex,

            The status of your application has changed.

              Role:    Data Engineer
              Status:  In review

            No action is needed from you. We'll let you know when there is news.

            View your application: https://{HIREBRIDGE}/portal/c/LA-20417

            --
            Sent via Hirebridge on behalf of Larkspur Analytics. This mailbox is not monitored.
            """),
        mid_style="ats", headers=ATS_AUTO, company="Larkspur Analytics",
        note="look-alike: ATS status change 'In review' (not an ack)",
    ))
    add(Mail(
        key="larkspur-phone-invite", folder="INBOX", date=when("2026-10-13 10:02:18", "uk"),
        sender="Dana Whitfield <dana.whitfield@larkspuranalytics.example>", to=ALEX,
        subject="Larkspur Analytics - Data Engineer: initial call",
        text=t("""
            Hi Alex,

            Thanks for applying for our Data Engineer role - I'm the recruiter looking after it.
            We liked what we saw in your application and I'd love to set up an initial phone
            call: about 30 minutes, just you and me, to talk through your experience, what you're
            looking for and how our team works.

            Would any of these suit you?

              - Wed 14 Oct, 11:00 or 15:30
              - Thu 15 Oct, 10:00
              - Fri 16 Oct, 14:00

            (all UK time). If none work, send me a couple of alternatives.

            Best,
            Dana

            Dana Whitfield | Talent Partner | Larkspur Analytics
            Floor 3, 21 Harbourside Way, Bristol
            """),
        mid_style="outlook",
        labels=("interview_invite",), company="Larkspur Analytics",
        note="phone screen invitation",
    ))
    add(Mail(
        key="northgate-ack", folder="INBOX", date=when("2026-10-13 11:58:02", "us_east"),
        sender="Northgate Insurance Careers <careers-noreply@notify.peopledesk-mail.example>",
        to=ALEX, subject="Thanks for applying: Data Engineer II (Req #NG-5521)",
        html=t("""
            <html>
            <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#1b1b1b">
            <img src="https://cdn.peopledesk-mail.example/logos/northgate.png"
              alt="Northgate Insurance" width="160">
            <p>Hello Alex,</p>
            <p>Thank you for your application for <b>Data Engineer II (Req #NG-5521)</b> at
            Northgate Insurance. We confirm we have received it.</p>
            <p>Our recruitment team will now review your experience against the role. If you are
            shortlisted, we'll contact you to arrange an interview. If you have not heard from us
            within four weeks, please assume that on this occasion your application has not been
            successful.</p>
            <p>Many thanks,<br>Northgate Insurance Recruitment</p>
            <p style="font-size:11px;color:#666">Powered by PeopleDesk. Northgate Insurance Ltd is
            authorised and regulated by the Financial Conduct Authority (example reg. no. 000000).
            This is an automated message.</p>
            </body></html>
            """),
        cte="quoted-printable", mid_style="ats", headers=ATS_AUTO,
        labels=("application_ack",), company="Northgate Insurance",
        note="HTML-only ack",
    ))
    add(Mail(
        key="alex-larkspur-slot", folder="Sent", date=when("2026-10-13 12:31:05", "uk"),
        sender=ALEX, to="Dana Whitfield <dana.whitfield@larkspuranalytics.example>",
        subject="Re: Larkspur Analytics - Data Engineer: initial call",
        reply_of="larkspur-phone-invite", quote=True, mid_style="client",
        text=t("""
            Hi Dana,

            Thanks for getting in touch! Thursday 15 Oct at 10:00 works well for me. Best number
            is +44 7700 900123.

            Looking forward to it,
            Alex
            """),
        note="scheduling reply",
    ))
    add(Mail(
        key="jobsly-viewed", folder="INBOX", date=when("2026-10-14 08:15:00", "utc"),
        sender="Jobsly <notifications@jobsly.example>", to=ALEX,
        subject="A recruiter viewed your profile",
        text=t("""
            Alex, your profile is getting noticed!

            A recruiter at a company in Financial Services viewed your profile yesterday.

            Upgrade to Jobsly Premium to see who it was, and get 3x more profile views.
            https://jobsly.example/premium?src=viewed

            Tip: profiles with a photo and at least 5 skills get more recruiter attention.

            Jobsly, 1 Example Road, London. Manage notifications: https://jobsly.example/settings
            """),
        headers=[("List-Unsubscribe", "<https://jobsly.example/u/v77>"), ("Precedence", "bulk")],
        note="'recruiter viewed your profile' ping (noise)",
    ))
    add(Mail(
        key="mueller-phone-invite", folder="INBOX", date=when("2026-10-15 14:26:40", "eu"),
        sender="Katrin Böhm <k.boehm@mueller-voss.example>", to=ALEX,
        subject="Ihre Bewerbung als Data Engineer - Telefoninterview / phone interview",
        text=t("""
            Hallo Alex,

            vielen Dank für Ihre Bewerbung! (I'll continue in English, as you mentioned your
            German is still growing.)

            We would like to invite you to a first telephone interview with me and Florian Kranz,
            who leads our data platform team. It will take about 45 minutes: we'll tell you more
            about Müller & Voss and the role, and ask about your pipeline work.

            Could you do Tuesday, 20 October at 16:00 CEST (15:00 in London)? If not, please
            suggest two or three other times this week or next.

            Viele Grüße
            Katrin Böhm
            Recruiting & People

            Müller & Voss Datentechnik GmbH · Speicherstraße 7 · 20457 Hamburg
            Geschäftsführer: Jens Müller, Annika Voss · Amtsgericht Hamburg HRB 000000
            """),
        legacy_charset="iso-8859-1",
        labels=("interview_invite",), company="Müller & Voss Datentechnik",
        note="phone screen invitation; ISO-8859-1 encoded-word display name",
    ))
    add(hirebridge_ack(
        "fernhill-ack", "Fernhill Energy", "Platform Engineer, Data", "FE-00981",
        when("2026-10-15 17:20:06", "utc"),
        "Fernhill builds the software that balances community wind and solar projects across "
        "Scotland.",
    ))
    add(Mail(
        key="alex-larkspur-thanks-1", folder="Sent", date=when("2026-10-15 11:12:40", "uk"),
        sender=ALEX, to="Dana Whitfield <dana.whitfield@larkspuranalytics.example>",
        subject="Thanks for the call this morning",
        text=t("""
            Hi Dana,

            Thank you for the call this morning - it was great to hear how the data team works
            with the retail analysts, and the move to event-based ingestion sounds like exactly
            the sort of project I enjoy.

            I'm very interested in continuing, and I look forward to hearing about the next
            step.

            Best wishes,
            Alex
            """),
        mid_style="client", note="thank-you note after phone screen",
    ))

    # ---------------------------------------------------------------- week 43 (19-25 Oct)
    add(Mail(
        key="jobsly-summary", folder="INBOX", date=when("2026-10-19 06:30:00", "utc"),
        sender="Jobsly <notifications@jobsly.example>", to=ALEX,
        subject="Your week on Jobsly: 4 applications, 18 profile views",
        text=t("""
            Hi Alex, here's your week:

              Applications sent through Jobsly ..... 4
              Profile views ......................... 18
              Searches you appeared in .............. 63

            Keep the momentum going: jobs like the ones you applied to are posted every day.
            https://jobsly.example/recommended

            Manage email preferences: https://jobsly.example/settings
            """),
        headers=[("List-Unsubscribe", "<https://jobsly.example/u/w42>"), ("Precedence", "bulk")],
        note="job-board weekly summary (noise)",
    ))
    add(Mail(
        key="brightwater-takehome", folder="INBOX", date=when("2026-10-19 10:45:12", "eu"),
        sender="Priya Natarajan <priya.natarajan@brightwaterlogistics.example>", to=ALEX,
        subject="Brightwater Logistics | next step: take-home exercise",
        text=t("""
            Dear Alex,

            Thank you for your interest in the Backend Engineer role on our Platform team. The
            team has reviewed your application and would like to invite you to the next stage of
            our process: a take-home exercise.

            The exercise is a small service that ingests shipment events and answers a few
            questions about them. It should take around three hours; please don't spend more
            than four. You'll find the brief and a starter repository here:

                https://brightwaterlogistics.example/hiring/exercise/bx-7c21

            Please send your solution within 7 days of receiving this email. If that timing is
            difficult, just tell me and we'll find another window.

            After we've reviewed it, the next step would be a final panel, part of which is a
            discussion of your solution.

            Kind regards,
            Priya

            Priya Natarajan
            Senior Recruiter, Brightwater Logistics B.V.
            Keizersgracht 000, Amsterdam
            """),
        labels=("interview_invite",), company="Brightwater Logistics",
        note="take-home invitation",
    ))
    add(Mail(
        key="larkspur-tech-invite", folder="INBOX", date=when("2026-10-20 09:10:33", "uk"),
        sender="Dana Whitfield <dana.whitfield@larkspuranalytics.example>", to=ALEX,
        subject="Larkspur Analytics - technical interview",
        text=t("""
            Hi Alex,

            Good news - following our chat, the team would like to invite you to a technical
            interview. It's 90 minutes on video with Marcus Oyelaran (Engineering Manager) and
            Ruth Castell (Senior Data Engineer):

              - 45 min: a practical coding exercise in Python (bring your own editor)
              - 45 min: a system design discussion around one of our real pipelines

            I've pencilled in Tuesday 27 October, 14:00-15:30 UK time. A calendar invite with the
            video link will follow once you confirm.

            Best,
            Dana

            Dana Whitfield | Talent Partner | Larkspur Analytics
            """),
        mid_style="outlook", labels=("interview_invite",), company="Larkspur Analytics",
        note="technical interview invitation",
    ))
    add(Mail(
        key="pinecrest-reject", folder="INBOX", date=when("2026-10-20 15:12:58", "uk"),
        sender="Pinecrest Retail Group Careers <careers@pinecrest-retail.example>", to=ALEX,
        subject="Your application for Data Engineer (ref PRG-3391)",
        text=t("""
            Dear Alex,

            Thank you for applying for the Data Engineer role at Pinecrest Retail Group and for
            the time you put into your application.

            We were impressed by your background, but after careful review we will not be taking
            your application further on this occasion.

            We'd like to keep your details on file for future vacancies, and we encourage you to
            keep an eye on our careers site.

            We wish you every success in your search.

            Yours sincerely,

            Recruitment Team
            Pinecrest Retail Group plc

            ______________________________________________________________________
            Pinecrest Retail Group plc, registered in England and Wales no. 0000001.
            This email and any attachments are confidential and intended solely for the
            addressee. If you have received it in error, please delete it and notify the sender.
            """),
        labels=("rejection",), company="Pinecrest Retail Group",
        note="CV-stage rejection, soft/positive phrasing",
    ))
    add(Mail(
        key="alex-mueller-phone-reply", folder="Sent", date=when("2026-10-15 18:05:00", "uk"),
        sender=ALEX, to="Katrin Böhm <k.boehm@mueller-voss.example>",
        subject="Re: Ihre Bewerbung als Data Engineer - Telefoninterview / phone interview",
        reply_of="mueller-phone-invite", quote=True, mid_style="client",
        text=t("""
            Hallo Katrin,

            vielen Dank! Tuesday 20 October at 16:00 CEST works for me. I'll be on +44 7700
            900123.

            Viele Grüße
            Alex
            """),
        note="scheduling reply",
    ))
    add(Mail(
        key="alex-larkspur-tech-confirm", folder="Sent", date=when("2026-10-20 10:02:15", "uk"),
        sender=ALEX, to="Dana Whitfield <dana.whitfield@larkspuranalytics.example>",
        subject="Re: Larkspur Analytics - technical interview",
        reply_of="larkspur-tech-invite", quote=True, mid_style="client",
        text=t("""
            Hi Dana,

            That's great news, thank you. Tuesday 27 October at 14:00 is fine - I'll look out for
            the calendar invite.

            Alex
            """),
        note="scheduling reply",
    ))
    add(Mail(
        key="conference-reject", folder="INBOX", date=when("2026-10-21 17:45:00", "eu"),
        sender="Data Plumbing Summit Programme Committee <cfp@dataplumbing-summit.example>",
        to=ALEX,
        subject="Your proposal \"Backfills without tears\" - decision",
        text=t("""
            Dear Alex Morgan,

            Thank you for submitting "Backfills without tears" to Data Plumbing Summit 2027.

            We received 412 proposals for 38 speaking slots this year. We regret to inform you
            that your proposal was not selected for the programme. This was a difficult
            decision: the committee appreciated the practical angle of your abstract, but it
            overlapped with two talks we had already accepted.

            We hope you will still join us in Rotterdam - as a thank-you, all submitters get 30%
            off with the code CFP27THANKS.

            On behalf of the programme committee,
            Ines van Dijk, Programme Chair
            """),
        note="non-job rejection (conference talk): not a rejection label",
    ))
    add(Mail(
        key="larkspur-reschedule", folder="INBOX", date=when("2026-10-22 08:55:47", "uk"),
        sender="Dana Whitfield <dana.whitfield@larkspuranalytics.example>", to=ALEX,
        subject="RE: Larkspur Analytics - technical interview",
        reply_of="alex-larkspur-tech-confirm", quote=True, mid_style="outlook",
        text=t("""
            Hi Alex,

            Apologies - Marcus has been called to a client workshop on Tuesday, so we need to move
            your technical interview. Could you do one of these instead?

              - Thursday 29 October, 10:00-11:30
              - Thursday 29 October, 14:00-15:30
              - Friday 30 October, 09:30-11:00

            Sorry for the shuffle, and thanks for your flexibility.

            Dana
            """),
        labels=("interview_invite",), company="Larkspur Analytics",
        note="reschedule of an invited interview (counts as interview_invite)",
    ))
    add(Mail(
        key="alex-larkspur-reschedule-ok", folder="Sent", date=when("2026-10-22 09:40:10", "uk"),
        sender=ALEX, to="Dana Whitfield <dana.whitfield@larkspuranalytics.example>",
        subject="Re: Larkspur Analytics - technical interview",
        reply_of="larkspur-reschedule", mid_style="client",
        text=t("""
            No problem at all - Thursday 29 October at 14:00 is perfect.

            Thanks,
            Alex
            """),
        note="scheduling reply",
    ))
    add(Mail(
        key="brightwater-takehome-received", folder="INBOX",
        date=when("2026-10-23 08:20:00", "eu"),
        sender="Brightwater Hiring <hiring-bot@brightwaterlogistics.example>", to=ALEX,
        subject="Submission received: bx-7c21",
        text=t("""
            Hi Alex Morgan,

            Your submission for exercise bx-7c21 (Backend Engineer) was received on
            22 Oct 2026 21:13 CEST. The hiring team has been notified and will review it.

            There is nothing else you need to do now.

            -- Brightwater hiring system (automated message)
            """),
        headers=[("Auto-Submitted", "auto-generated")],
        company="Brightwater Logistics",
        note="look-alike: confirms a take-home submission, not an application (no label)",
    ))
    add(Mail(
        key="alex-apply-quayside", folder="Sent", date=when("2026-10-21 20:30:44", "uk"),
        sender=ALEX, to="Quayside Media Careers <careers@quaysidemedia.example>",
        subject="Application: Backend Engineer, Audience Data",
        text=t("""
            Hello,

            I'd like to apply for the Backend Engineer, Audience Data role advertised on your
            website. My CV is attached.

            Over the last five years I've built Python services and data pipelines end to end:
            ingestion APIs, Kafka consumers, dbt models and the monitoring around them. The
            audience measurement work described in the ad - joining streaming and web data
            reliably - is close to what I did at my last company, where I cut our daily
            reconciliation gaps from hours to minutes.

            I'd be glad to talk about the role whenever suits.

            Kind regards,
            Alex Morgan
            +44 7700 900123
            """),
        attachments=[("Alex_Morgan_CV.pdf", "application/pdf", b"")],
        mid_style="client", note="application cover note (email application)",
    ))
    add(Mail(
        key="quayside-ack", folder="INBOX", date=when("2026-10-22 11:04:19", "uk"),
        sender="Hannah Lowe <hannah.lowe@quaysidemedia.example>", to=ALEX,
        subject="RE: Application: Backend Engineer, Audience Data",
        reply_of="alex-apply-quayside", quote=True, mid_style="outlook",
        text=t("""
            Hi Alex,

            Thanks for your email - I've got your CV and I've passed it to the hiring manager for
            the Audience Data team. We're collecting applications until the end of the month, so
            it may be a couple of weeks before you hear more.

            Best,
            Hannah

            Hannah Lowe
            People Team, Quayside Media
            """),
        labels=("application_ack",), company="Quayside Media",
        note="human acknowledgement, in thread",
    ))
    add(Mail(
        key="alex-mueller-thanks", folder="Sent", date=when("2026-10-20 17:10:02", "uk"),
        sender=ALEX, to="Katrin Böhm <k.boehm@mueller-voss.example>",
        cc="florian.kranz@mueller-voss.example",
        subject="Thank you - phone interview today",
        text=t("""
            Dear Katrin, dear Florian,

            Thank you both for the conversation this afternoon. I especially enjoyed hearing
            about the vibration-sensor data you're bringing into the platform and how you plan
            to handle late data from machines that go offline.

            I'm keen to continue with the process and happy to provide anything else you need.

            Best regards,
            Alex Morgan
            """),
        mid_style="client", note="thank-you note after phone screen",
    ))
    add(Mail(
        key="oakridge-ack", folder="INBOX", date=when("2026-10-23 15:30:12", "utc"),
        sender="ApplyStream <no-reply@applystream.example>", to=ALEX,
        subject="Oakridge Payments: application received for Backend Engineer, Ledger",
        text=t("""
            APPLICATION RECEIVED

            Company:  Oakridge Payments
            Role:     Backend Engineer, Ledger
            Location: London (hybrid, 2 days in office)
            Applied:  23 October 2026

            Hi Alex, your application has been submitted to Oakridge Payments. The hiring team
            will review it and update you here or by email.

            Track your application: https://applystream.example/me/applications

            --
            ApplyStream connects candidates and employers. You received this email because you
            applied through ApplyStream. Notification settings:
            https://applystream.example/me/notifications
            """),
        html=t("""
            <html><body style="font-family:system-ui,sans-serif;background:#fafafa">
            <div style="max-width:520px;margin:24px auto;background:#fff;
              border:1px solid #e5e5e5;padding:24px">
            <p style="letter-spacing:2px;color:#0a7d4f;font-size:12px">APPLICATION RECEIVED</p>
            <table style="font-size:14px">
            <tr><td style="color:#666">Company</td><td><b>Oakridge Payments</b></td></tr>
            <tr><td style="color:#666">Role</td><td>Backend Engineer, Ledger</td></tr>
            <tr><td style="color:#666">Location</td><td>London (hybrid, 2 days in office)</td></tr>
            <tr><td style="color:#666">Applied</td><td>23 October 2026</td></tr>
            </table>
            <p>Hi Alex, your application has been submitted to Oakridge Payments. The hiring team
            will review it and update you here or by email.</p>
            <p><a href="https://applystream.example/me/applications">Track your application</a></p>
            <p style="font-size:11px;color:#999">ApplyStream connects candidates and employers.
            You received this email because you applied through ApplyStream.</p>
            </div></body></html>
            """),
        mid_style="ats", headers=ATS_AUTO,
        labels=("application_ack",), company="Oakridge Payments",
        note="ATS ack; sender display name is the vendor, company only in subject/body",
    ))
    add(Mail(
        key="mueller-ooo", folder="INBOX", date=when("2026-10-20 18:10:09", "eu"),
        sender="Katrin Böhm <k.boehm@mueller-voss.example>", to=ALEX,
        subject="Abwesenheitsnotiz: Thank you - phone interview today",
        reply_of="alex-mueller-thanks",
        text=t("""
            Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. November nicht im Büro
            und habe nur eingeschränkt Zugriff auf meine E-Mails.

            Thank you for your message. I am out of the office until 2 November inclusive with
            limited access to email. For urgent recruiting matters please contact
            recruiting@mueller-voss.example.

            Katrin Böhm
            """),
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        company="Müller & Voss Datentechnik", note="out-of-office auto-reply (noise)",
    ))
    add(Mail(
        key="newsletter-rejection", folder="INBOX", date=when("2026-10-24 07:00:00", "us_east"),
        sender="Career Compass <hello@careercompass-news.example>", to=ALEX,
        subject="Rejection is data, not a verdict (issue #118)",
        text=t("""
            CAREER COMPASS - issue #118

            Rejection is data, not a verdict

            If you've had three "unfortunately, we have decided not to move forward" emails this
            month, you are not alone. Most searches involve far more rejections than offers,
            and most rejections say nothing about you personally: roles get filled internally,
            budgets get frozen, and a candidate with a closer match turns up the same week.

            Three things readers told us help:

            1. Ask for feedback once, politely, after an interview. Many companies will answer a
               short, specific request. Don't argue with what you're told.
            2. Look for patterns, not single comments. One interviewer's opinion is noise; the
               same comment from three companies is a signal.
            3. Keep several applications in play so one "no" doesn't stall everything.

            Next week: negotiating your first offer without burning bridges.

            You're receiving Career Compass because you subscribed at careercompass-news.example.
            Unsubscribe: https://careercompass-news.example/unsubscribe?u=am77
            """),
        headers=[("List-Id", "Career Compass <weekly.careercompass-news.example>"),
                 ("List-Unsubscribe", "<https://careercompass-news.example/unsubscribe?u=am77>"),
                 ("Precedence", "bulk")],
        note="newsletter about handling rejection (noise, full of look-alike phrases)",
    ))

    # ---------------------------------------------------------------- week 44 (26 Oct - 1 Nov)
    add(Mail(
        key="pinecrest-community", folder="INBOX", date=when("2026-10-26 12:00:00", "utc"),
        sender="Pinecrest Talent Community <talent@pinecrest-retail.example>", to=ALEX,
        subject="Welcome to the Pinecrest Talent Community",
        html=t("""
            <html><body style="font-family:Verdana,sans-serif;font-size:13px">
            <h3 style="color:#25533b">Welcome to the Pinecrest Talent Community</h3>
            <p>Hi Alex,</p>
            <p>You're now part of our Talent Community. Every month we'll send you new roles in
            Technology, Stores and Supply Chain, plus stories from our colleagues.</p>
            <p><a href="https://pinecrest-retail.example/careers">Browse current vacancies</a></p>
            <p style="font-size:10px;color:#888">You can leave the Talent Community at any time:
            <a href="https://pinecrest-retail.example/careers/unsubscribe">unsubscribe</a>.</p>
            </body></html>
            """),
        headers=[("Precedence", "bulk")],
        company="Pinecrest Retail Group", note="talent-community newsletter (noise)",
    ))
    add(Mail(
        key="tessellate-ack", folder="INBOX", date=when("2026-10-27 05:12:30", "us_east"),
        sender="Tessellate Health Talent <careers-noreply@notify.peopledesk-mail.example>",
        to=ALEX, subject="Tessellate Health | We've received your application",
        text=t("""
            Hello Alex,

            Thanks for applying to Tessellate Health for the Data Engineer - Clinical Data
            Platform position. We've received your application.

            Our recruiters review each application against the role requirements. If there's a
            match, we'll be in touch about next steps.

            Best wishes,
            Tessellate Health Talent Team

            Powered by PeopleDesk. This is an automated message - please do not reply.
            """),
        html=t("""
            <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
            <img src="https://cdn.peopledesk-mail.example/logos/tessellate.png"
              alt="Tessellate Health" width="140">
            <p>Hello Alex,</p>
            <p>Thanks for applying to Tessellate Health for the <b>Data Engineer - Clinical Data
            Platform</b> position. We've received your application.</p>
            <p>Our recruiters review each application against the role requirements. If there's a
            match, we'll be in touch about next steps.</p>
            <p>Best wishes,<br>Tessellate Health Talent Team</p>
            <p style="font-size:11px;color:#666">Powered by PeopleDesk. This is an automated
            message - please do not reply.</p>
            </body></html>
            """),
        mid_style="ats", headers=ATS_AUTO,
        labels=("application_ack",), company="Tessellate Health",
    ))
    add(Mail(
        key="fernhill-screen-invite", folder="INBOX", date=when("2026-10-27 13:48:21", "uk"),
        sender="Sam Adeyemi <sam.adeyemi@fernhill-energy.example>", to=ALEX,
        subject="Platform Engineer, Data - quick chat?",
        text=t("""
            Hi Alex,

            I'm Sam, in-house recruiter at Fernhill Energy. Thanks for your application for the
            Platform Engineer, Data role - your streaming work caught our eye.

            Could we have a quick 20-30 minute chat this week? It's informal: I'll tell you about
            the team and the role, you tell me what you're after. Grab any slot that suits here:

                https://cal.fernhill-energy.example/sam-adeyemi/intro-30

            Cheers,
            Sam

            --
            Sam Adeyemi (he/him)
            Talent Acquisition, Fernhill Energy Ltd
            Edinburgh
            """),
        labels=("interview_invite",), company="Fernhill Energy",
        note="recruiter screen invitation with a self-scheduling link",
    ))
    add(Mail(
        key="fernhill-screen-confirm", folder="INBOX", date=when("2026-10-27 19:03:55", "utc"),
        sender="Fernhill Calendar <calendar-noreply@fernhill-energy.example>", to=ALEX,
        subject="Confirmed: Intro call - Sam Adeyemi / Alex Morgan, Fri 30 Oct 11:00 GMT",
        text=t("""
            Your booking is confirmed.

            What:  Intro call - Sam Adeyemi / Alex Morgan
            When:  Friday 30 October 2026, 11:00-11:30 (GMT)
            Where: Phone - Sam will call +44 7700 900123

            Need to make a change? Reschedule or cancel:
            https://cal.fernhill-energy.example/b/7f3k/manage
            """),
        headers=[("Auto-Submitted", "auto-generated")],
        company="Fernhill Energy",
        note="booking confirmation of a scheduled call (not an invite)",
    ))
    add(Mail(
        key="brightwater-panel-invite", folder="INBOX", date=when("2026-10-28 16:22:04", "eu"),
        sender="Priya Natarajan <priya.natarajan@brightwaterlogistics.example>", to=ALEX,
        subject="Brightwater Logistics | invitation to final panel",
        text=t("""
            Dear Alex,

            Thank you for your take-home submission - the team enjoyed reading it. I'm happy to
            invite you to our final panel, which we hold at our Amsterdam office (we cover travel
            and one night's hotel), or on video if you prefer.

            The panel is on Tuesday 3 November, 10:00-14:00 CET, and consists of:

              1. Walkthrough of your take-home with two engineers (60 min)
              2. Architecture session with Tom Ecker, Head of Data Platform (60 min)
              3. Lunch with the team (not assessed!)
              4. Values conversation with our VP Engineering (45 min)

            Please confirm whether you'd like to join in person or remotely, and I'll send the
            details.

            Kind regards,
            Priya

            Priya Natarajan
            Senior Recruiter, Brightwater Logistics B.V.
            """),
        labels=("interview_invite",), company="Brightwater Logistics",
        note="final/onsite panel invitation",
    ))
    add(Mail(
        key="larkspur-thanks-today", folder="INBOX", date=when("2026-10-29 16:05:11", "uk"),
        sender="Dana Whitfield <dana.whitfield@larkspuranalytics.example>", to=ALEX,
        subject="Thanks for your time today",
        text=t("""
            Hi Alex,

            Just a quick note to say thank you for your time today with Marcus and Ruth. The team
            will get together to discuss early next week and I'll come back to you as soon as I
            have an update.

            Have a good evening,
            Dana
            """),
        mid_style="outlook", company="Larkspur Analytics",
        note="look-alike: 'thanks for your time today' (no label)",
    ))
    add(Mail(
        key="alex-larkspur-thanks-2", folder="Sent", date=when("2026-10-29 17:20:30", "utc"),
        sender=ALEX, to="Dana Whitfield <dana.whitfield@larkspuranalytics.example>",
        cc="marcus.oyelaran@larkspuranalytics.example",
        subject="Re: Thanks for your time today",
        reply_of="larkspur-thanks-today", quote=True, mid_style="client",
        text=t("""
            Hi Dana, hi Marcus,

            Thank you - I enjoyed the session, especially the discussion of how you replay
            events after a bad deploy. Looking forward to hearing from you.

            Best,
            Alex
            """),
        note="thank-you note after technical interview",
    ))
    add(Mail(
        key="harbor-ack", folder="INBOX", date=when("2026-10-29 03:41:18", "us_west"),
        sender="TalentLoop <notifications@mail.talentloop.example>",
        to="alex.morgan@example.net",
        subject="Application received: Data Engineer at Harbor & Finch",
        html=t("""
            <html>
            <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
            <body>
            <div style="max-width:560px;margin:auto;font-family:Georgia,serif;color:#222">
            <div style="border-bottom:3px solid #8a2a2a;padding:12px 0;font-size:22px">
            Harbor &amp; Finch</div>
            <p>Dear Alex Morgan,</p>
            <p>We have successfully received your application for <b>Data Engineer</b>.</p>
            <p>Harbor &amp; Finch is a 150-year-old shipping insurer with a very young data team.
            We'll review your application and contact you if we'd like to talk.</p>
            <p>Kind regards,<br>People Team<br>Harbor &amp; Finch</p>
            <hr style="border:none;border-top:1px solid #ddd">
            <p style="font-size:11px;color:#777">This message was sent by TalentLoop on behalf of
            Harbor &amp; Finch. Replies to this address are not read.</p>
            </div>
            </body>
            </html>
            """),
        mid_style="dotted", headers=ATS_AUTO,
        labels=("application_ack",), company="Harbor & Finch",
        note="HTML-only ATS ack; display name is the vendor, company in subject",
    ))
    add(Mail(
        key="larkspur-reject", folder="INBOX", date=when("2026-10-30 15:34:02", "utc"),
        sender="Dana Whitfield <dana.whitfield@larkspuranalytics.example>", to=ALEX,
        subject="Your application - Data Engineer at Larkspur Analytics",
        text=t("""
            Hi Alex,

            Thank you again for all the time you've given us over the past few weeks.

            I'm sorry to tell you that, after a lot of discussion, the team has decided not to
            move forward with your application for the Data Engineer role. I know this isn't the
            news you were hoping for, especially after reaching the technical stage.

            Thank you for your interest in Larkspur, and I wish you the very best with your
            search.

            Kind regards,
            Dana

            Dana Whitfield | Talent Partner | Larkspur Analytics
            """),
        mid_style="outlook", labels=("rejection",), company="Larkspur Analytics",
        note="rejection after technical interview (no feedback in it)",
    ))
    add(Mail(
        key="alex-larkspur-feedback-req", folder="Sent", date=when("2026-10-31 10:15:27", "utc"),
        sender=ALEX, to="Dana Whitfield <dana.whitfield@larkspuranalytics.example>",
        subject="Re: Your application - Data Engineer at Larkspur Analytics",
        reply_of="larkspur-reject", quote=True, mid_style="client",
        text=t("""
            Hi Dana,

            Thanks for letting me know, and for being so clear throughout the process.

            Would it be possible to get any feedback from the technical interview? Even a couple
            of points on where I fell short would really help me prepare for the next ones.

            Thanks again,
            Alex
            """),
        labels=("feedback_request",), company="Larkspur Analytics",
        note="feedback request, in the rejection's thread (In-Reply-To/References)",
    ))
    add(Mail(
        key="receipt-books", folder="INBOX", date=when("2026-10-31 12:09:44", "utc"),
        sender="Paperleaf Books <orders@paperleaf.example>", to=ALEX,
        subject="Your Paperleaf order #PL-448120 has shipped",
        text=t("""
            Hi Alex,

            Good news: your order has shipped and should arrive on Tuesday.

              1 x  Systems at Scale: A Practical Guide (paperback)     £34.99
              1 x  The Calm Interview (paperback)                        £12.50
                                                           Delivery     £0.00
                                                           Total       £47.49

            Paid with Visa ending 4412.

            Track your parcel: https://paperleaf.example/track/PL-448120

            Paperleaf Books Ltd. VAT reg. GB 000 0000 00
            """),
        note="receipt (noise)",
    ))

    # ---------------------------------------------------------------- week 45 (2-8 Nov)
    add(Mail(
        key="bank-statement", folder="INBOX", date=when("2026-11-02 06:01:00", "utc"),
        sender="Ferrybank <no-reply@ferrybank.example>", to=ALEX,
        subject="Your October statement is ready",
        text=t("""
            Hello Alex,

            Your statement for your current account ending 0917 (October 2026) is now available
            in the Ferrybank app.

            We'll never ask for your password or PIN by email.

            Ferrybank
            """),
        note="personal admin (noise)",
    ))
    add(Mail(
        key="broadband-bill", folder="INBOX", date=when("2026-11-04 05:30:00", "utc"),
        sender="Lumen Fibre Billing <billing@lumenfibre.example>", to=ALEX,
        subject="Your Lumen Fibre bill for November: £32.00",
        text=t("""
            Hi Alex,

            Your November bill is ready.

              Account:       LF-0092231
              Amount due:    £32.00
              Payment date:  12 November 2026 (Direct Debit)

            You don't need to do anything; we'll collect the payment automatically.

            Lumen Fibre Ltd
            """),
        note="bill (noise)",
    ))
    add(Mail(
        key="webinar-invite", folder="INBOX", date=when("2026-11-02 14:00:00", "us_east"),
        sender="Interview Lab <events@interviewlab.example>", to=ALEX,
        subject="You're invited: live workshop \"System design interviews, demystified\"",
        text=t("""
            Hi Alex,

            You're invited to our free live workshop:

              SYSTEM DESIGN INTERVIEWS, DEMYSTIFIED
              Thursday 12 November, 18:00 GMT, 60 minutes, online

            A former hiring manager walks through a real system design interview, step by step:
            clarifying requirements, sketching the architecture, and talking about trade-offs.
            Stay for the live Q&A.

            Reserve your seat: https://interviewlab.example/live/sd-nov

            Can't make it? Register anyway and we'll send the recording.

            Interview Lab - practise like it's the real thing.
            Unsubscribe: https://interviewlab.example/unsub?e=am
            """),
        html=t("""
            <html>
            <body style="font-family:Arial,sans-serif;background:#10172a;color:#fff;padding:24px">
            <p style="color:#7dd3fc">FREE LIVE WORKSHOP</p>
            <h1>System design interviews, demystified</h1>
            <p>Thursday 12 November &middot; 18:00 GMT &middot; 60 minutes &middot; online</p>
            <p>A former hiring manager walks through a real system design interview, step by step:
            clarifying requirements, sketching the architecture, and talking about trade-offs.</p>
            <p><a href="https://interviewlab.example/live/sd-nov"
              style="background:#7dd3fc;color:#10172a;padding:10px 18px;text-decoration:none"
              >Reserve your seat</a></p>
            <p style="font-size:11px;color:#94a3b8">Interview Lab &middot;
            <a href="https://interviewlab.example/unsub?e=am"
              style="color:#94a3b8">Unsubscribe</a></p>
            </body></html>
            """),
        headers=[("List-Unsubscribe", "<https://interviewlab.example/unsub?e=am>"),
                 ("Precedence", "bulk")],
        note="webinar invitation on interview skills (not an interview_invite)",
    ))
    add(Mail(
        key="fernhill-tech-invite", folder="INBOX", date=when("2026-11-02 10:30:15", "utc"),
        sender="Sam Adeyemi <sam.adeyemi@fernhill-energy.example>", to=ALEX,
        subject="Fernhill Energy - technical interview invitation",
        text=t("""
            Hi Alex,

            Thanks for a great chat on Friday. I've spoken with Eilidh Grant, who leads the data
            platform team, and she'd like to meet you for a technical interview.

            Format: 75 minutes on video with Eilidh and one of the team. Roughly half is working
            through a data-modelling problem together, half is talking about systems you've
            built. No leetcode puzzles.

            Proposed time: Thursday 5 November, 13:00-14:15. Does that work? If not, send me a
            few alternatives and I'll juggle.

            Cheers,
            Sam

            --
            Sam Adeyemi (he/him)
            Talent Acquisition, Fernhill Energy Ltd
            """),
        labels=("interview_invite",), company="Fernhill Energy",
        note="technical interview invitation",
    ))
    add(Mail(
        key="flat-reject", folder="INBOX", date=when("2026-11-03 09:40:00", "utc"),
        sender="Calder Lettings <lettings@calder-lettings.example>", to=ALEX,
        subject="14B Calder Road - application outcome",
        text=t("""
            Dear Mr Morgan,

            Thank you for applying to rent 14B Calder Road. The landlord has now accepted another
            applicant, so unfortunately we are unable to proceed with your application for this
            property.

            We have other one-bedroom flats coming up in the area this month; reply to this
            email if you'd like us to let you know about them.

            Kind regards,
            Calder Lettings
            """),
        note="non-job rejection (rental application): not a rejection label",
    ))
    add(Mail(
        key="alex-brightwater-thanks", folder="Sent", date=when("2026-11-03 19:42:18", "utc"),
        sender=ALEX, to="Priya Natarajan <priya.natarajan@brightwaterlogistics.example>",
        subject="Thank you for today's panel",
        text=t("""
            Hi Priya,

            Thank you for organising today's panel, and please pass my thanks to everyone I met.
            It was really useful to see the team's routing service from the inside, and the lunch
            conversation about on-call was refreshingly honest.

            I'm very interested in the role and look forward to hearing from you.

            Best regards,
            Alex
            """),
        mid_style="client", note="thank-you note after final panel",
    ))
    add(Mail(
        key="larkspur-feedback", folder="INBOX", date=when("2026-11-05 12:47:09", "utc"),
        sender="Marcus Oyelaran <marcus.oyelaran@larkspuranalytics.example>", to=ALEX,
        cc="dana.whitfield@larkspuranalytics.example",
        subject="Re: Your application - Data Engineer at Larkspur Analytics",
        reply_of="alex-larkspur-feedback-req", quote=True, mid_style="outlook",
        text=t("""
            Hi Alex,

            Dana forwarded your note and asked me to reply, as I ran your technical interview.
            Happy to share how we saw it.

            Your coding exercise was one of the strongest we saw: clean, well tested, and you
            explained your choices as you went.

            Where it fell short for us was the design half. When we asked how the event ingestion
            service would cope with ten times the load, the discussion stayed at the level of the
            boxes you had drawn: we didn't get into partitioning, back-pressure, or what happens
            when a consumer falls behind. For this level we need someone who can lead that
            conversation and weigh the trade-offs of different architectures. If I were you I'd
            practise designing a system end to end, from requirements to failure modes.

            I hope that's useful - and good luck.

            Marcus

            Marcus Oyelaran | Engineering Manager, Data | Larkspur Analytics
            """),
        labels=("feedback",), company="Larkspur Analytics", topics=("system_design",),
        note="feedback answering Alex's request, from a different person at the same company",
    ))
    add(Mail(
        key="alex-fernhill-thanks-1", folder="Sent", date=when("2026-11-05 15:02:44", "utc"),
        sender=ALEX, to="Eilidh Grant <eilidh.grant@fernhill-energy.example>",
        cc="sam.adeyemi@fernhill-energy.example",
        subject="Thank you - technical interview",
        text=t("""
            Hi Eilidh,

            Thanks for the interview this afternoon. Modelling the turbine telemetry together was
            genuinely fun, and I liked hearing how the team decides what to build next.

            Looking forward to the next step.

            Kind regards,
            Alex
            """),
        mid_style="client", note="thank-you note after technical interview",
    ))
    add(Mail(
        key="oakridge-profile", folder="INBOX", date=when("2026-11-06 09:00:00", "utc"),
        sender="ApplyStream <no-reply@applystream.example>", to=ALEX,
        subject="Complete your profile to stand out to Oakridge Payments",
        text=t("""
            Hi Alex,

            Your ApplyStream profile is 60% complete. Candidates with a complete profile are
            twice as likely to hear back from employers like Oakridge Payments.

            Add: work authorisation, salary expectations, portfolio link.
            Finish your profile: https://applystream.example/me/profile

            --
            ApplyStream. Notification settings: https://applystream.example/me/notifications
            """),
        mid_style="ats", headers=ATS_AUTO, company="Oakridge Payments",
        note="look-alike: 'complete your profile' (no label)",
    ))
    add(Mail(
        key="colleague-referral", folder="INBOX", date=when("2026-11-07 11:26:50", "uk"),
        sender="Ben Okafor <ben.okafor@fastmail.example>", to=ALEX,
        subject="saw your post - want a referral?",
        text=t("""
            Alex!

            Saw your post that you're looking. Sorry things didn't work out at Larkspur, their
            loss. We're hiring a data engineer at my place (Quayside Media) - I think you applied
            already? I can put in a word with the hiring manager if that helps.

            Also, pint soon? It's been months.

            Ben
            """),
        company=None, note="personal mail from a friend mentioning jobs (noise)",
    ))
    add(Mail(
        key="mock-interview-ask", folder="INBOX", date=when("2026-11-08 18:14:33", "uk"),
        sender="Priyanka Shah <priyanka.shah@mailbox.example>", to=ALEX,
        subject="Could you interview me? (mock, for my SRE loop)",
        text=t("""
            Hey Alex,

            Random ask: I've got an SRE onsite in two weeks and I'm rusty. Would you be up for
            interviewing me - a mock system design round, 45 minutes, some evening next week?
            I'll return the favour anytime, and I owe you dinner either way.

            P.
            """),
        note="request for Alex to interview someone else (not an interview_invite)",
    ))

    # ---------------------------------------------------------------- week 46 (9-15 Nov)
    add(Mail(
        key="harbor-status", folder="INBOX", date=when("2026-11-09 04:02:11", "us_west"),
        sender="TalentLoop <notifications@mail.talentloop.example>",
        to="alex.morgan@example.net",
        subject="Update on your Harbor & Finch application",
        html=t("""
            <html><body><div style="max-width:560px;margin:auto;font-family:Georgia,serif">
            <p>Dear Alex Morgan,</p>
            <p>Your application for <b>Data Engineer</b> at Harbor &amp; Finch is still under
            review. We appreciate your patience and will be in touch once the hiring team has
            made a decision about next steps.</p>
            <p>Kind regards,<br>People Team, Harbor &amp; Finch</p>
            <p style="font-size:11px;color:#777">Sent by TalentLoop on behalf of Harbor &amp;
            Finch.</p></div></body></html>
            """),
        mid_style="dotted", headers=ATS_AUTO, company="Harbor & Finch",
        note="look-alike: 'still under review' status ping (no label)",
    ))
    add(Mail(
        key="alex-quayside-followup", folder="Sent", date=when("2026-11-09 09:05:00", "utc"),
        sender=ALEX, to="Hannah Lowe <hannah.lowe@quaysidemedia.example>",
        subject="Re: Application: Backend Engineer, Audience Data",
        reply_of="quayside-ack", quote=True, mid_style="client",
        text=t("""
            Hi Hannah,

            I hope you're well. I'm just checking in on my application for the Backend Engineer,
            Audience Data role - is there any update on timing for the next stage?

            I'm still very interested.

            Best,
            Alex
            """),
        company="Quayside Media", note="status follow-up",
    ))
    add(Mail(
        key="quayside-status", folder="INBOX", date=when("2026-11-10 10:18:41", "utc"),
        sender="Hannah Lowe <hannah.lowe@quaysidemedia.example>", to=ALEX,
        subject="RE: Application: Backend Engineer, Audience Data",
        reply_of="alex-quayside-followup", quote=True, mid_style="outlook",
        text=t("""
            Hi Alex,

            Thanks for checking in. Your application is still with the hiring manager - they've
            been slowed down by a product launch but hope to finish the review by the end of
            November. I'll let you know as soon as I hear.

            Best,
            Hannah
            """),
        company="Quayside Media",
        note="look-alike: human 'still under review' status (no label)",
    ))
    add(Mail(
        key="tessellate-selfschedule", folder="INBOX", date=when("2026-11-10 08:30:00", "us_east"),
        sender="Tessellate Health Talent <careers-noreply@notify.peopledesk-mail.example>",
        to=ALEX, reply_to="Jordan Reyes <jordan.reyes@tessellatehealth.example>",
        subject="Tessellate Health: schedule your conversation with the hiring manager",
        text=t("""
            Hello Alex,

            Good news! The hiring manager for Data Engineer - Clinical Data Platform, Jordan
            Reyes, would like to speak with you.

            Please choose a time for a 45-minute video interview using the link below. Slots are
            available over the next two weeks:

                https://notify.peopledesk-mail.example/schedule/ts-7731-am

            If none of the times work for you, reply to this email and Jordan will find another.

            Best wishes,
            Tessellate Health Talent Team

            Powered by PeopleDesk.
            """),
        html=t("""
            <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
            <p>Hello Alex,</p>
            <p><b>Good news!</b> The hiring manager for Data Engineer - Clinical Data Platform,
            Jordan Reyes, would like to speak with you.</p>
            <p>Please choose a time for a 45-minute video interview. Slots are available over the
            next two weeks.</p>
            <p><a href="https://notify.peopledesk-mail.example/schedule/ts-7731-am"
            style="background:#5a3fc0;color:#fff;padding:10px 16px;text-decoration:none">Pick a
            time</a></p>
            <p>If none of the times work for you, reply to this email and Jordan will find
            another.</p>
            <p>Best wishes,<br>Tessellate Health Talent Team</p>
            <p style="font-size:11px;color:#666">Powered by PeopleDesk.</p>
            </body></html>
            """),
        mid_style="ats", headers=[("Auto-Submitted", "auto-generated")],
        labels=("interview_invite",), company="Tessellate Health",
        note="self-scheduling link invitation",
    ))
    add(Mail(
        key="brightwater-reject", folder="INBOX", date=when("2026-11-10 14:50:26", "eu"),
        sender="Priya Natarajan <priya.natarajan@brightwaterlogistics.example>", to=ALEX,
        subject="Brightwater Logistics | Backend Engineer - update",
        text=t("""
            Dear Alex,

            Thank you for coming to Amsterdam for the final panel, and for the care you put into
            the take-home.

            After a close decision, we've chosen to offer the role to another candidate, so we
            won't be moving forward with your application. I realise this is disappointing after
            several rounds.

            As a company we don't share detailed interview feedback by email, but I wanted you to
            know the team genuinely enjoyed meeting you.

            With best wishes for your search,
            Priya

            Priya Natarajan
            Senior Recruiter, Brightwater Logistics B.V.
            """),
        labels=("rejection",), company="Brightwater Logistics",
        note="rejection after final panel; 'don't share feedback' is not feedback",
    ))
    add(Mail(
        key="alex-brightwater-feedback-req", folder="Sent", date=when("2026-11-11 08:55:13", "utc"),
        sender=ALEX, to="Tom Ecker <tom.ecker@brightwaterlogistics.example>",
        subject="Feedback on my final panel (Backend Engineer)",
        text=t("""
            Dear Tom,

            Priya let me know yesterday that Brightwater has decided not to move forward with my
            application for the Backend Engineer role. Thank you for your time in the
            architecture session on 3 November - I learned a lot from it.

            I understand the company doesn't usually share feedback by email, so please feel
            free to say no, but if you could spare two or three sentences on what held me back,
            I'd be very grateful. I'm trying to work out what to focus on before my next
            interviews.

            Kind regards,
            Alex Morgan
            """),
        mid_style="client", labels=("feedback_request",), company="Brightwater Logistics",
        note="feedback request as a new message to the company's domain (not in thread)",
    ))
    add(Mail(
        key="ardoise-reject", folder="INBOX", date=when("2026-11-11 11:21:07", "eu"),
        sender="Société Ardoise via Workwell <jobs@apply.workwell.example>", to=ALEX,
        subject="Votre candidature chez Société Ardoise / Your application",
        text=t("""
            Bonjour Alex,

            Nous vous remercions de l'intérêt que vous portez à Société Ardoise. Le poste
            d'Ingénieur·e Données pour lequel vous avez postulé a été pourvu ; nous ne pouvons
            donc pas donner suite à votre candidature.

            Hello Alex,

            Thank you for your interest in Société Ardoise. The Data Engineer position you
            applied for has now been filled, so we are unable to take your application further.

            Nous vous souhaitons bonne continuation / We wish you all the best,
            L'équipe Talents – Société Ardoise

            Workwell - hiring made humane.
            """),
        cte="base64", headers=ATS_AUTO,
        labels=("rejection",), company="Société Ardoise", outside=("role_filled",),
        note="CV-stage rejection, position filled; French/English, base64",
    ))
    add(Mail(
        key="meetup", folder="INBOX", date=when("2026-11-11 17:30:00", "utc"),
        sender="London Data Engineering Meetup <noreply@meetups.example>", to=ALEX,
        subject="New event: Streaming at the edge - Thu 19 Nov",
        text=t("""
            London Data Engineering Meetup

            Streaming at the edge: lessons from 3 years of IoT pipelines
            Thursday 19 November, 18:30, Shoreditch (pizza from 18:00)

            RSVP: https://meetups.example/ldem/e/2211
            143 members going. Waitlist opens when full.

            You're getting this because you're a member of London Data Engineering Meetup.
            """),
        headers=[("Precedence", "bulk")],
        note="meetup announcement (noise)",
    ))
    add(Mail(
        key="mueller-reject", folder="INBOX", date=when("2026-11-12 10:17:52", "eu"),
        sender="Katrin Böhm <k.boehm@mueller-voss.example>", to=ALEX,
        subject="Ihre Bewerbung als Data Engineer (MV-2026-114)",
        text=t("""
            Hallo Alex,

            thank you again for your time on the phone with Florian and me, and for your
            patience while I was away.

            We have now completed our interviews for the Data Engineer position. We have decided
            to continue with a candidate whose experience with industrial sensor data and
            time-series databases more closely matches what the team needs right now. We are
            therefore not able to offer you the next interview round.

            We enjoyed talking with you and wish you every success.

            Viele Grüße
            Katrin Böhm
            Recruiting & People

            Müller & Voss Datentechnik GmbH · Speicherstraße 7 · 20457 Hamburg
            Geschäftsführer: Jens Müller, Annika Voss · Amtsgericht Hamburg HRB 000000
            """),
        legacy_charset="iso-8859-1",
        labels=("rejection",), company="Müller & Voss Datentechnik", outside=("closer_fit",),
        note="rejection after phone screen, candidate with closer experience; ISO-8859-1",
    ))
    add(Mail(
        key="fernhill-final-invite", folder="INBOX", date=when("2026-11-12 16:08:30", "utc"),
        sender="Sam Adeyemi <sam.adeyemi@fernhill-energy.example>", to=ALEX,
        subject="Fernhill Energy - final round",
        text=t("""
            Hi Alex,

            Great news: Eilidh and the team would like you to come to Edinburgh for the final
            round! It's a half day on Monday 16 November, 10:00-13:30, at our office on Leith
            Walk, and we'll reimburse your train fare.

              10:00  Coffee and office tour
              10:30  Architecture conversation with Eilidh and our CTO
              11:45  Pairing session with two of the platform engineers
              12:45  Lunch with the team

            One piece of feedback from the panel, so you can make the most of the day: your
            technical answers were solid, but at times it was hard to follow your reasoning,
            because you went straight into the details before saying where you were heading.
            For the final, try to state your approach in a sentence first and then walk through
            it, and check in with the interviewers as you go.

            Can you confirm you can make it?

            Cheers,
            Sam

            --
            Sam Adeyemi (he/him)
            Talent Acquisition, Fernhill Energy Ltd
            """),
        labels=("interview_invite", "feedback"), company="Fernhill Energy",
        topics=("communication",),
        note="final-round invitation that also carries feedback on communication",
    ))
    add(Mail(
        key="alex-mueller-feedback-req", folder="Sent", date=when("2026-11-13 08:40:12", "utc"),
        sender=ALEX, to="Katrin Böhm <k.boehm@mueller-voss.example>",
        subject="Re: Ihre Bewerbung als Data Engineer (MV-2026-114)",
        reply_of="mueller-reject", quote=True, mid_style="client",
        text=t("""
            Hallo Katrin,

            Thank you for letting me know, and for a friendly process.

            If Florian or you have a moment, I'd really appreciate any feedback on my phone
            interview - for example, whether there were specific gaps in my experience or in how
            I answered that I should work on.

            Vielen Dank und viele Grüße
            Alex
            """),
        labels=("feedback_request",), company="Müller & Voss Datentechnik",
        note="feedback request in thread; never answered (pending on 2026-W47)",
    ))
    add(Mail(
        key="agency-outreach", folder="INBOX", date=when("2026-11-13 12:33:08", "utc"),
        sender="Callum Reid <callum@bluequarry-recruitment.example>", to=ALEX,
        subject="Senior Data Engineer | Fintech | £85-95k | London/hybrid",
        text=t("""
            Hi Alex,

            Hope you're well! I came across your profile and think you'd be a great fit for a
            Senior Data Engineer role I'm working on with a fast-growing fintech client in
            London (Series C, ~300 people).

              - Python, Spark, Kafka, Snowflake
              - £85-95k + bonus + equity
              - 2 days in office

            Would you be open to a quick call this week to discuss? Let me know a good time.

            Best,
            Callum Reid
            Principal Consultant, Blue Quarry Recruitment
            This email was sent to you because your profile is publicly available. Reply STOP
            to opt out.
            """),
        note="agency cold outreach (noise; no application, not an invite to an interview)",
    ))
    add(Mail(
        key="receipt-train", folder="INBOX", date=when("2026-11-13 19:50:31", "utc"),
        sender="Northline Rail <tickets@northline-rail.example>", to=ALEX,
        subject="Your e-ticket: London King's Cross to Edinburgh, Sun 15 Nov",
        text=t("""
            Booking reference: NLR7Q2XK

            Outward:  Sun 15 Nov 2026, 15:00 London King's Cross -> 19:21 Edinburgh
            Return:   Mon 16 Nov 2026, 16:30 Edinburgh -> 20:52 London King's Cross
            Passenger: 1 adult, Railcard: none
            Total paid: £96.40 (Mastercard ending 7720)

            Show the QR code in the Northline app at the gate.

            Northline Rail Ltd. Conditions of carriage apply.
            """),
        note="receipt (noise)",
    ))
    add(Mail(
        key="jess-birthday", folder="INBOX", date=when("2026-11-14 10:11:09", "utc"),
        sender="Jess Morgan <jess.morgan.home@example.org>", to=ALEX,
        subject="Mum's birthday present",
        text=t("""
            Hey you,

            Are we still going halves on the garden voucher for Mum? I'll order it tonight if
            so - it's £60, so £30 each.

            Good luck in Edinburgh on Monday!! You'll smash it.

            J x
            """),
        note="personal mail",
    ))
    add(Mail(
        key="alex-apply-meridian", folder="Sent", date=when("2026-11-15 21:04:50", "utc"),
        sender=ALEX, to="Meridian Civic Tech <jobs@meridiancivic.example>",
        subject="Application - Data Engineer (Open Data Platform)",
        text=t("""
            Hello Meridian team,

            I've just submitted my application for the Data Engineer (Open Data Platform) role
            through your careers page, and wanted to add a short note.

            Public data that people can actually rely on is something I care about: at my last
            job I volunteered on our open-sourced schema registry, and I'd love to do that kind
            of work full time. I'm comfortable owning pipelines from API to warehouse and I
            write documentation people read.

            Thanks for considering me,
            Alex Morgan
            """),
        mid_style="client", note="application cover note",
    ))
    # Dated 00:40 +0100 on Monday: in UTC this is Sunday 15 Nov 23:40, i.e. week 46, not 47.
    add(Mail(
        key="meridian-ack", folder="INBOX",
        date=datetime(2026, 11, 16, 0, 40, 12, tzinfo=timezone(timedelta(hours=1))),
        sender="ApplyStream <no-reply@applystream.example>", to=ALEX,
        subject="Meridian Civic Tech: application received for Data Engineer (Open Data Platform)",
        text=t("""
            APPLICATION RECEIVED

            Company:  Meridian Civic Tech
            Role:     Data Engineer (Open Data Platform)
            Location: Remote (UK)
            Applied:  15 November 2026

            Hi Alex, your application has been submitted to Meridian Civic Tech. The hiring team
            will review it and update you here or by email.

            Track your application: https://applystream.example/me/applications

            --
            ApplyStream connects candidates and employers. You received this email because you
            applied through ApplyStream. Notification settings:
            https://applystream.example/me/notifications
            """),
        mid_style="ats", headers=ATS_AUTO,
        labels=("application_ack",), company="Meridian Civic Tech",
        note="boundary case: Date is Mon 16 Nov 00:40 +0100 = Sun 15 Nov 23:40 UTC, so W46",
    ))

    # ---------------------------------------------------------------- week 47 (16-22 Nov)
    add(Mail(
        key="fernhill-dayof", folder="INBOX", date=when("2026-11-16 07:15:00", "utc"),
        sender="Sam Adeyemi <sam.adeyemi@fernhill-energy.example>", to=ALEX,
        subject="See you at 10 today - visitor info",
        text=t("""
            Morning Alex,

            Quick reminder for today's final round at 10:00. Ask for me at reception on the
            ground floor (Fernhill Energy, 200 Leith Walk). Wifi details will be on the desk.
            If your train is running late, call me on 0131 000 0000.

            See you soon!
            Sam
            """),
        labels=(), company="Fernhill Energy",
        note="reminder of an already scheduled interview (not an invite)",
    ))
    add(Mail(
        key="alex-fernhill-thanks-2", folder="Sent", date=when("2026-11-16 18:30:21", "utc"),
        sender=ALEX, to="Sam Adeyemi <sam.adeyemi@fernhill-energy.example>",
        cc="eilidh.grant@fernhill-energy.example",
        subject="Thank you for today",
        text=t("""
            Hi Sam, hi Eilidh,

            Thank you for hosting me today. I really enjoyed the pairing session and the
            architecture conversation, and it was great to meet the team over lunch.

            (Sam - thank you also for the tip after the last round. I tried to lead with the
            big picture today and I think it helped.)

            I'm very excited about the role and hope to hear from you soon.

            Best wishes,
            Alex
            """),
        mid_style="client", note="thank-you note after final round",
    ))
    add(Mail(
        key="northgate-reject", folder="INBOX", date=when("2026-11-17 09:02:40", "us_east"),
        sender="Northgate Insurance Careers <careers-noreply@notify.peopledesk-mail.example>",
        to=ALEX, subject="Update on your application: Data Engineer II (Req #NG-5521)",
        html=t("""
            <html>
            <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#1b1b1b">
            <img src="https://cdn.peopledesk-mail.example/logos/northgate.png"
              alt="Northgate Insurance" width="160">
            <p>Hello Alex,</p>
            <p>Thank you for your interest in the <b>Data Engineer II</b> role at Northgate
            Insurance.</p>
            <p>We are writing to let you know that, following a company-wide hiring freeze, this
            vacancy has been put on hold and we are unable to progress your application. This
            decision is not a reflection of your skills or experience.</p>
            <p>If recruitment for the role resumes, we may contact you again.</p>
            <p>Many thanks,<br>Northgate Insurance Recruitment</p>
            <p style="font-size:11px;color:#666">Powered by PeopleDesk. This is an automated
            message.</p>
            </body></html>
            """),
        cte="quoted-printable", mid_style="ats", headers=ATS_AUTO,
        labels=("rejection",), company="Northgate Insurance", outside=("budget_freeze",),
        note="HTML-only rejection because of a hiring freeze",
    ))
    add(Mail(
        key="brightwater-feedback", folder="INBOX", date=when("2026-11-17 13:25:59", "eu"),
        sender="Tom Ecker <tom.ecker@brightwaterlogistics.example>", to=ALEX,
        subject="Re: Feedback on my final panel (Backend Engineer)",
        reply_of="alex-brightwater-feedback-req", quote=True,
        text=t("""
            Hi Alex,

            Sorry for the slow reply - last week was busy. I'm happy to give you a few honest
            lines, off the record.

            Your take-home was good, and the walkthrough with the engineers went well. The
            hesitation came from the architecture session. When we moved your batch design to
            streaming, and then added late-arriving events and a second region, the panel felt
            the architecture didn't hold up: the storage and partitioning choices and the
            recovery story stayed vague. For a platform role that's the core of the job.

            If it helps: I'd invest time in large-scale architecture, and in particular in
            reasoning about how data systems behave as they grow and fail. You're close.

            All the best,
            Tom

            --
            Tom Ecker
            Head of Data Platform, Brightwater Logistics
            """),
        labels=("feedback",), company="Brightwater Logistics", topics=("system_design",),
        note="feedback answering the request sent to the company's domain",
    ))
    add(Mail(
        key="bluefin-ack", folder="INBOX", date=when("2026-11-17 11:44:19", "us_east"),
        sender="Bluefin Robotics <jobs@apply.workwell.example>", to=ALEX,
        subject="Thanks for applying to Bluefin Robotics",
        mid="<wkw.8c3e1f0a9b.bluefin-robotics.4471@apply.workwell.example>",
        text=t("""
            Hi Alex,

            Thanks for applying for the Software Engineer, Data Infrastructure role at Bluefin
            Robotics. We've received your application and our engineering team will take a look.

            Bluefin builds underwater inspection drones for offshore wind farms - you'd be
            working on the pipeline that turns their sonar and video into something engineers
            can use.

            We aim to reply to everyone within three weeks.

            Bluefin Robotics Talent

            Workwell - hiring made humane. Unsubscribe from candidate updates:
            https://apply.workwell.example/u/bluefin-4471
            """),
        headers=ATS_AUTO,
        labels=("application_ack",), company="Bluefin Robotics",
    ))
    add(Mail(
        key="oakridge-assessment", folder="INBOX", date=when("2026-11-17 15:10:00", "utc"),
        sender="CodeCheck Assessments <invites@codecheck.example>", to=ALEX,
        subject="Invitation: online assessment for Backend Engineer, Ledger",
        text=t("""
            Hello Alex Morgan,

            Oakridge Payments has invited you to complete an online assessment as the next step
            in your application for Backend Engineer, Ledger.

              Duration: 90 minutes, 3 tasks (Python or Go)
              Deadline: Tuesday 24 November 2026, 23:59 GMT

            Start your assessment: https://codecheck.example/t/ok-ledger-1c9a

            You can start whenever you're ready before the deadline; the timer begins when you
            open the first task. Good luck!

            CodeCheck, on behalf of Oakridge Payments
            """),
        mid_style="ats", headers=[("Auto-Submitted", "auto-generated")],
        labels=("interview_invite",), company="Oakridge Payments",
        note="online assessment invitation from a third-party vendor, company in the body",
    ))
    add(Mail(
        key="corvid-reject", folder="INBOX", date=when("2026-11-18 10:31:14", "us_east"),
        sender="Mara Quist <mara@corvidlabs.example>", to=ALEX,
        subject="Re: your Corvid Labs application",
        text=t("""
            Hi Alex - thanks for applying to Corvid Labs. We're going to pass for this role, but
            best of luck with the search.

            Mara
            Sent from my phone
            """),
        labels=("rejection",), company="Corvid Labs",
        note="one-line CV-stage rejection",
    ))
    add(Mail(
        key="jobsly-alert-2", folder="INBOX", date=when("2026-11-18 07:02:40", "utc"),
        sender="Jobsly Alerts <alerts@jobsly.example>", to=ALEX,
        subject="7 new jobs for \"data engineer\" in London",
        text=t("""
            Your daily job alert: data engineer, London (and remote)

            Senior Data Engineer - Quayside Media - London
            Posted 3 days ago. 40+ applicants.
            https://jobsly.example/j/90114

            Analytics Engineer - Harbor & Finch - London / hybrid
            Be an early applicant.
            https://jobsly.example/j/90171

            ...and 5 more jobs matching your alert.
            See all jobs: https://jobsly.example/alerts/41d2

            Edit or turn off this alert: https://jobsly.example/alerts/41d2/settings
            """),
        headers=[("List-Unsubscribe", "<https://jobsly.example/u/41d2>"), ("Precedence", "bulk")],
        note="job alert (noise)",
    ))
    add(Mail(
        key="fernhill-offer", folder="INBOX", date=when("2026-11-19 14:12:37", "utc"),
        sender="Eilidh Grant <eilidh.grant@fernhill-energy.example>", to=ALEX,
        cc="sam.adeyemi@fernhill-energy.example",
        subject="Offer: Platform Engineer, Data at Fernhill Energy",
        text=t("""
            Dear Alex,

            I'm delighted to tell you that we'd like to offer you the position of Platform
            Engineer, Data at Fernhill Energy. Everyone you met on Monday was enthusiastic, and
            we think you'd make a real difference to the team.

            The main terms, which are set out in full in the attached letter:

              - Salary: £72,000 per year
              - 10% annual bonus target
              - Remote within the UK, with a team week in Edinburgh each quarter
              - 30 days holiday plus public holidays
              - Start date: Monday 11 January 2027 (we can be flexible)

            The offer is subject to references and right-to-work checks. Please take the time you
            need to read it, and let Sam or me know if you have any questions. We'd appreciate an
            answer by Friday 27 November.

            I really hope you'll join us.

            Warm regards,
            Eilidh

            Eilidh Grant
            Head of Data Platform, Fernhill Energy Ltd
            """),
        attachments=[("Fernhill_Offer_Letter_Alex_Morgan.pdf", "application/pdf", b"")],
        labels=("offer",), company="Fernhill Energy",
        note="written offer with a PDF letter attached",
    ))
    add(Mail(
        key="offer-spam", folder="INBOX", date=when("2026-11-19 03:33:03", "utc"),
        sender="HR Department <hr-dept@global-remote-staffing.example>", to=ALEX,
        subject="CONGRATULATIONS!! Job Offer - Remote Data Entry $4,500/week",
        text=t("""
            Dear Candidate,

            CONGRATULATIONS! After reviewing your online resume you have been SELECTED for a
            remote position with our international company. No interview needed!!

            Salary: $4,500 per week, paid weekly
            Hours: flexible, 2-3 hours per day

            To accept this offer simply reply with your full name, date of birth and bank
            details so we can set up your payroll. Offer valid 24 hours only.

            HR Department
            """),
        note="spam imitating an offer (not an offer)",
    ))
    add(Mail(
        key="alex-fernhill-offer-reply", folder="Sent", date=when("2026-11-19 17:45:02", "utc"),
        sender=ALEX, to="Eilidh Grant <eilidh.grant@fernhill-energy.example>",
        cc="sam.adeyemi@fernhill-energy.example",
        subject="Re: Offer: Platform Engineer, Data at Fernhill Energy",
        reply_of="fernhill-offer", quote=True, mid_style="client",
        text=t("""
            Dear Eilidh,

            Thank you so much - I'm thrilled to receive the offer. I'll read the letter properly
            this weekend and come back to you by Friday 27th at the latest.

            One quick question for Sam: could we have a short call early next week about the
            pension scheme and the equipment budget?

            Best wishes,
            Alex
            """),
        note="reply to the offer (Sent, no label)",
    ))
    add(Mail(
        key="tessellate-reminder", folder="INBOX", date=when("2026-11-20 08:00:00", "us_east"),
        sender="Tessellate Health Talent <careers-noreply@notify.peopledesk-mail.example>",
        to=ALEX,
        subject="Reminder: your interview with Tessellate Health on Mon 23 Nov",
        text=t("""
            Hello Alex,

            This is a reminder of your upcoming interview:

              Interview:  Hiring manager conversation (video)
              With:       Jordan Reyes
              When:       Monday 23 November 2026, 15:00-15:45 GMT
              Join:       https://meet.peopledesk-mail.example/ts-7731-am

            Need to reschedule? Use the link in your confirmation email.

            Tessellate Health Talent Team. Powered by PeopleDesk.
            """),
        mid_style="ats", headers=[("Auto-Submitted", "auto-generated")],
        company="Tessellate Health",
        note="reminder of an already scheduled interview (not an invite)",
    ))
    add(Mail(
        key="newsletter-2", folder="INBOX", date=when("2026-11-20 07:00:00", "us_east"),
        sender="Career Compass <hello@careercompass-news.example>", to=ALEX,
        subject="Negotiating your first offer without burning bridges (issue #122)",
        text=t("""
            CAREER COMPASS - issue #122

            Negotiating your offer without burning bridges

            Congratulations - you got the offer! Now what? Most employers expect a counter, and
            almost none will withdraw an offer because you asked politely. Three rules:

            1. Say thank you and ask for the offer in writing before discussing numbers.
            2. Anchor on the role's market range, not on your current salary.
            3. Negotiate the whole package: start date, holiday, learning budget, equipment.

            Unsubscribe: https://careercompass-news.example/unsubscribe?u=am77
            """),
        headers=[("List-Id", "Career Compass <weekly.careercompass-news.example>"),
                 ("List-Unsubscribe", "<https://careercompass-news.example/unsubscribe?u=am77>"),
                 ("Precedence", "bulk")],
        note="newsletter about offers (noise, not an offer)",
    ))
    add(Mail(
        key="alex-tessellate-withdraw", folder="Sent", date=when("2026-11-21 10:05:33", "utc"),
        sender=ALEX, to="Jordan Reyes <jordan.reyes@tessellatehealth.example>",
        subject="Withdrawing my application - Data Engineer, Clinical Data Platform",
        text=t("""
            Dear Jordan,

            Thank you for inviting me to speak with you on Monday. I've just received and
            intend to accept an offer elsewhere, so I'd like to withdraw my application rather
            than take up your time.

            I'm sorry for the short notice, and I really appreciated Tessellate's clear and
            friendly process.

            With best wishes,
            Alex Morgan
            """),
        mid_style="client", company="Tessellate Health", note="withdrawal",
    ))
    add(Mail(
        key="friend-congrats", folder="INBOX", date=when("2026-11-21 12:47:19", "utc"),
        sender="Ben Okafor <ben.okafor@fastmail.example>", to=ALEX,
        subject="Re: news!!",
        text=t("""
            MATE. An offer! Congratulations, that's brilliant. Fernhill are lovely people by all
            accounts.

            Drinks are on you next Friday :)

            Ben
            """),
        note="personal mail mentioning the offer (not an offer)",
    ))
    add(Mail(
        key="alex-ben-reply", folder="Sent", date=when("2026-11-21 13:30:00", "utc"),
        sender=ALEX, to="Ben Okafor <ben.okafor@fastmail.example>",
        subject="Re: news!!", reply_of="friend-congrats", quote=True, mid_style="client",
        text=t("""
            Ha, deal. Thanks Ben - still a bit in shock. Friday at the Crown?

            A
            """),
        note="personal reply",
    ))
    add(Mail(
        key="tessellate-withdraw-ack", folder="INBOX", date=when("2026-11-22 09:15:44", "us_east"),
        sender="Jordan Reyes <jordan.reyes@tessellatehealth.example>", to=ALEX,
        subject="Re: Withdrawing my application - Data Engineer, Clinical Data Platform",
        reply_of="alex-tessellate-withdraw", quote=True, mid_style="outlook",
        text=t("""
            Hi Alex,

            Thanks for letting me know, and congratulations on the offer! I've cancelled
            Monday's call and closed your application on our side. Best of luck in the new role
            - and do keep us in mind in the future.

            Jordan

            Jordan Reyes
            Engineering Manager, Tessellate Health
            """),
        company="Tessellate Health",
        note="confirmation of Alex's own withdrawal (not a rejection)",
    ))
    # Sun 22 Nov 21:05 PST is Mon 23 Nov 05:05 UTC: after period_end, outside W47 and its totals.
    add(Mail(
        key="kittiwake-ack", folder="INBOX", date=when("2026-11-22 21:05:30", "us_west"),
        sender="ApplyStream <no-reply@applystream.example>", to=ALEX,
        subject="Kittiwake Games: application received for Data Engineer, Player Analytics",
        text=t("""
            APPLICATION RECEIVED

            Company:  Kittiwake Games
            Role:     Data Engineer, Player Analytics
            Location: Remote (UK/EU)
            Applied:  22 November 2026

            Hi Alex, your application has been submitted to Kittiwake Games. The hiring team
            will review it and update you here or by email.

            --
            ApplyStream connects candidates and employers.
            """),
        mid_style="ats", headers=ATS_AUTO,
        labels=("application_ack",), company="Kittiwake Games",
        note="boundary case: Sun 22 Nov 21:05 -0800 = Mon 23 Nov 05:05 UTC, after period_end",
    ))
    return M


def with_duplicates(mails: list[Mail]) -> list[Mail]:
    """The same Bluefin ack delivered twice (same Message-ID, different Received): counts once."""
    orig = next(m for m in mails if m.key == "bluefin-ack")
    dup = Mail(**{**orig.__dict__})
    dup.key = "bluefin-ack-duplicate"
    dup.note = "second delivery of the same message (same Message-ID): counted once"
    dup.date = orig.date
    return mails + [dup]


def _pdf(title: str, lines: list[str]) -> bytes:
    """A tiny, valid one-page PDF showing ``lines`` (so attachments are real files)."""
    text_ops = "BT /F1 11 Tf 72 760 Td 14 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for ln in lines
    ) + " ET"
    stream = text_ops.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + title.encode("latin-1") + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


CV_PDF = _pdf("Alex Morgan - CV", [
    "Alex Morgan - Data / Backend Engineer", "London, UK - alex.morgan@example.net",
    "Five years building Python data pipelines, APIs and streaming ingestion.",
    "Skills: Python, SQL, Kafka, dbt, Airflow, PostgreSQL, AWS.",
])
OFFER_PDF = _pdf("Offer letter", [
    "Fernhill Energy Ltd - Offer of employment", "Alex Morgan, Platform Engineer, Data",
    "Salary GBP 72,000; bonus target 10%; start 11 January 2027.",
])


def _fill_attachments(mails: list[Mail]) -> None:
    for m in mails:
        m.attachments = [
            (name, ctype, OFFER_PDF if "Offer" in name else CV_PDF)
            for name, ctype, _ in m.attachments
        ]


# ==================================================================================================
# README / expected.json


STORY = """\
# Demo mailbox: Alex Morgan's job search (2026-10-05 .. 2026-11-22)

Sample mail written for jobmail's `make demo` (`jobmail demo`): a pymap server on 127.0.0.1 is
loaded with `INBOX/*.eml` and `Sent/*.eml` (sorted by file name), jobmail ingests it over IMAP and
writes the digest for **2026-W47** (Mon 2026-11-16 .. Sun 2026-11-22, UTC).

All people, companies, addresses and links are invented (domains use the reserved `.example`
TLD). The .eml files are committed; `make_mailbox.py` (stdlib `email`, deterministic) regenerates
them from the text authored in it: `.venv/bin/python -m pipeline.demo.make_mailbox`.

## The story

Alex Morgan (alex.morgan@example.net), a mid-level backend/data engineer in London, searches for
seven weeks and applies to 14 companies up to 2026-11-22 (a 15th ack arrives after the demo week).

- **Larkspur Analytics** (Bristol): ATS ack, phone screen, technical interview (rescheduled once),
  then a plain rejection. Alex asks the recruiter for feedback *in the rejection's thread*; the
  engineering manager (a different person) answers: strong coding, but the design half stayed
  shallow (**system_design**).
- **Brightwater Logistics** (Amsterdam): HTML-only ATS ack, take-home, final panel, rejection
  ("we don't share detailed feedback by email" - not feedback). Alex writes a *new message* to the
  Head of Data Platform at the company's domain; he answers in W47: the architecture didn't hold up
  at scale (**system_design**, in different words).
- **Müller & Voss Datentechnik** (Hamburg, ISO-8859-1 mail): Alex applies by email, gets an
  automatic ack, a phone screen, an out-of-office reply to his thank-you note, then a rejection
  citing a candidate whose experience more closely matched (**closer_fit**). Alex's feedback
  request (in thread, 2026-11-13) is **never answered**: pending in W47.
- **Fernhill Energy** (Edinburgh): ATS ack (same relay as Larkspur), recruiter call booked via a
  self-scheduling link, technical interview, final-round invitation that also carries feedback
  on **communication**, the final on Mon 16 Nov, and a written **offer** on Thu 19 Nov.
- **Tessellate Health**: ack, self-scheduling invitation, a reminder for Mon 23 Nov (not an
  invite); Alex withdraws after the offer and the manager confirms (not a rejection).
- **Oakridge Payments**: ack via a job board, a "complete your profile" nudge, then an online
  assessment invitation from a third-party vendor in W47.
- CV-stage rejections: **Pinecrest Retail Group** (soft, "we were impressed, but"), **Société
  Ardoise** (position filled, **role_filled**, French/English base64), **Northgate Insurance**
  (hiring freeze, **budget_freeze**, HTML only), **Corvid Labs** (one line, "we're going to pass").
- Still open: **Quayside Media** (human ack; Alex's status follow-up gets "still with the hiring
  manager"), **Harbor & Finch** ("still under review" ping), **Meridian Civic Tech**, **Bluefin
  Robotics**.
- Noise and look-alikes: job alerts, a job-board summary, "a recruiter viewed your profile", a
  webinar on system design interviews, two newsletters (handling rejection; negotiating offers),
  a conference talk rejection and a rental rejection (not job rejections), an out-of-office reply,
  a take-home "submission received" (not an application ack), a booking confirmation and two
  interview reminders (not invites), "thanks for your time today", an agency cold email, a friend
  asking Alex to interview *him* (mock), offer-imitating spam, a friend congratulating on the
  offer, personal mail, a bank notice and two receipts.

Traps on purpose (the expected facts below account for them):
- `INBOX/*-meridian-ack.eml` is dated `Mon, 16 Nov 2026 00:40:12 +0100` = Sun 15 Nov 23:40 UTC:
  week 46, not 47.
- `INBOX/*-kittiwake-ack.eml` is dated `Sun, 22 Nov 2026 21:05:30 -0800` = Mon 23 Nov 05:05 UTC:
  after `period_end`, so in neither W47 nor the totals.
- The Bluefin ack was delivered twice (two files, one Message-ID): counted once.
- Only the offer stops the `interviews` leak: 3 companies rejected Alex after inviting him.
"""


def readme(mails: list[Mail], names: dict[str, str]) -> str:
    rows = [
        "| file | date (UTC) | from | subject | labels | company | topics | outside_control "
        "| note |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for m in sorted(mails, key=lambda m: names[m.key]):
        sender = m.sender.split("<")[0].strip() or m.sender
        rows.append(
            f"| `{names[m.key]}` | {m.date.astimezone(UTC):%Y-%m-%d %H:%M} | {_cell(sender)} "
            f"| {_cell(m.subject)} | {', '.join(m.labels) or '-'} | {_cell(m.company or '-')} "
            f"| {', '.join(m.topics) or '-'} | {', '.join(m.outside) or '-'} | {_cell(m.note)} |"
        )
    counts = _label_counts(mails)
    count_lines = "\n".join(f"| {k} | {v['INBOX']} | {v['Sent']} |" for k, v in counts.items())
    return (
        STORY
        + "\n## Messages\n\n"
        + f"{sum(m.folder == 'INBOX' for m in mails)} INBOX files "
        + f"({len({message_id(m) for m in mails if m.folder == 'INBOX'})} distinct Message-IDs), "
        + f"{sum(m.folder == 'Sent' for m in mails)} Sent files.\n\n"
        + "| intended label | INBOX files | Sent files |\n| --- | --- | --- |\n"
        + count_lines + "\n\n"
        + "\n".join(rows) + "\n\n" + FACTS
    )


def _cell(s: str) -> str:
    return s.replace("|", "\\|")


def _label_counts(mails: list[Mail]) -> dict[str, dict[str, int]]:
    keys = ["rejection", "interview_invite", "feedback", "application_ack", "offer",
            "feedback_request", "(none)"]
    out = {k: {"INBOX": 0, "Sent": 0} for k in keys}
    for m in mails:
        for lab in m.labels or ("(none)",):
            out[lab][m.folder] += 1
    return out


#: Computed by hand from spec/digest.md over the intended labels above (see the README text).
EXPECTED_W47: dict = {
    "week": "2026-W47",
    "period_start": "2026-11-16",
    "period_end": "2026-11-22",
    "health": {
        "week": {"rejection": 2, "interview_invite": 1, "feedback": 1, "application_ack": 1,
                 "offer": 1},
        "total": {"rejection": 7, "interview_invite": 11, "feedback": 3, "application_ack": 14,
                  "offer": 1},
        "leak": "none",
    },
    "pending_feedback": [
        {"company": "Müller & Voss Datentechnik", "rejected_on": "2026-11-12",
         "requested_on": "2026-11-13", "days_waiting": 9},
    ],
    "focus": {
        "area": "system_design",
        "evidence": "system design named by Larkspur Analytics (2026-11-05) and Brightwater "
        "Logistics (2026-11-17)",
    },
    "rejections_outside_control": {"week": 1, "total": 3},
}

FACTS = """\
## Expected digest facts for 2026-W47 (computed by hand from spec/digest.md)

Period: `2026-11-16` .. `2026-11-22` (UTC). Counts are distinct INBOX Message-IDs by Date header.

`health.week` (dated 16-22 Nov UTC):

| label | n | messages |
| --- | --- | --- |
| rejection | 2 | Northgate (17 Nov, hiring freeze), Corvid Labs (18 Nov) |
| interview_invite | 1 | Oakridge Payments online assessment (17 Nov) |
| feedback | 1 | Brightwater, Tom Ecker (17 Nov) |
| application_ack | 1 | Bluefin Robotics (17 Nov; 2 files, 1 Message-ID) |
| offer | 1 | Fernhill Energy (19 Nov) |

(Meridian's ack is W46 in UTC; Kittiwake's is after the period.)

`health.total` (dated on or before 2026-11-22 23:59:59 UTC):

- rejection **7**: Pinecrest, Larkspur, Brightwater, Société Ardoise, Müller & Voss, Northgate,
  Corvid Labs;
- interview_invite **11**: Larkspur x3 (phone, technical, reschedule), Müller & Voss (phone),
  Brightwater x2 (take-home, final panel), Fernhill x3 (recruiter call, technical, final),
  Tessellate (self-scheduling), Oakridge (online assessment);
- feedback **3**: Larkspur (11-05), Fernhill final-round invite (11-12), Brightwater (11-17);
- application_ack **14**: one per company: Larkspur, Pinecrest, Brightwater, Müller & Voss,
  Corvid, Société Ardoise, Northgate, Fernhill, Quayside, Oakridge, Tessellate, Harbor & Finch,
  Meridian, Bluefin;
- offer **1**: Fernhill Energy (11-19).

`health.leak` = **`none`**:
- acked companies: 14 (>= 5, so not `insufficient_data`);
- invited companies: 6 (Larkspur, Müller & Voss, Brightwater, Fernhill, Tessellate, Oakridge) =
  43% of 14 (>= 10%, so not `cv_screen`);
- `interviews` would otherwise fire (6 invited companies; 3 rejected after an invite: Larkspur,
  Brightwater, Müller & Voss) but an offer arrived (Fernhill, 19 Nov), so it does not;
- hence `none`.

`pending_feedback` (as of 2026-11-22):

| company | rejected_on | requested_on | days_waiting |
| --- | --- | --- | --- |
| Müller & Voss Datentechnik | 2026-11-12 | 2026-11-13 | 9 |

Not pending: Larkspur (rejected 10-30, request 10-31 in thread, feedback from Marcus Oyelaran
11-05) and Brightwater (rejected 11-10, request to tom.ecker@brightwaterlogistics.example 11-11,
feedback 11-17).

`focus` = **`system_design`** (rule 1): named as a weakness in feedback by 2 companies within the
8 weeks to 2026-11-22: Larkspur Analytics (2026-11-05) and Brightwater Logistics (2026-11-17).
`communication` is named by one company only (Fernhill, 2026-11-12), so it is not a pattern.
Evidence: "system design named by Larkspur Analytics (2026-11-05) and Brightwater Logistics
(2026-11-17)".

Rejections in proportion (an extra, not a fixed key): of 7 rejections up to 2026-11-22, 3 cite a
reason outside Alex's control (role_filled: Société Ardoise; closer_fit: Müller & Voss;
budget_freeze: Northgate); in W47, 1 of 2 (Northgate).

`expected.json` holds the same facts and the per-file intended labels in machine-readable form.
"""


def main() -> None:
    mails = with_duplicates(build_mails())
    _fill_attachments(mails)
    _ALL.clear()
    _ALL.update({m.key: m for m in mails})
    ids = [message_id(m) for m in mails if m.key != "bluefin-ack-duplicate"]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate Message-ID among distinct messages")

    for folder in ("INBOX", "Sent"):
        shutil.rmtree(OUT / folder, ignore_errors=True)
        (OUT / folder).mkdir(parents=True)
    names: dict[str, str] = {}
    for folder in ("INBOX", "Sent"):
        ordered = sorted((m for m in mails if m.folder == folder),
                         key=lambda m: (m.date.astimezone(UTC), m.key))
        for n, m in enumerate(ordered, start=1):
            names[m.key] = f"{folder}/{n:03d}-{m.key}.eml"
    for m in mails:
        raw = build(m, _ALL)
        if m.key == "bluefin-ack-duplicate":  # a second delivery: another hop, same message
            raw = raw.replace(b"by mx1.example.net", b"by mx2.example.net", 1)
        (OUT / names[m.key]).write_bytes(raw)

    (OUT / "README.md").write_text(readme(mails, names), encoding="utf-8")
    manifest = {
        "messages": [
            {"file": names[m.key], "folder": m.folder, "message_id": message_id(m),
             "date_utc": m.date.astimezone(UTC).isoformat(), "labels": list(m.labels),
             "company": m.company, "topics": list(m.topics), "outside_control": list(m.outside)}
            for m in sorted(mails, key=lambda m: names[m.key])
        ],
        "expected_2026_W47": EXPECTED_W47,
    }
    (OUT / "expected.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
