"""parse_message never raises: real corpus, broken input, and mail-parser failing outright."""

from __future__ import annotations

import base64
from dataclasses import replace
from email.message import EmailMessage

import mailparser

from pipeline import parse as parse_module
from pipeline.parse import MAX_SUBJECT_CHARS, parse_message
from tests.hardening.breakage import cpython_email_corpus_dir

CORPUS = cpython_email_corpus_dir()


def test_cpython_corpus_parses():
    assert CORPUS is not None, "CPython's email test corpus is not installed"
    files = sorted(CORPUS.glob("msg_*.txt"))
    assert len(files) >= 40
    for f in files:
        p = parse_message(f.read_bytes())
        assert p.parse_error is None, (f.name, p.parse_error)


def test_lean_parser_reads_what_mail_parser_reads():
    # _MailParser skips mail-parser's summary dicts and decodes body parts itself; every other
    # field jobmail reads must stay mail-parser's
    files = sorted(CORPUS.glob("msg_*.txt"))
    for f in files:
        raw = f.read_bytes()
        lean, full = parse_module._MailParser.from_bytes(raw), mailparser.parse_from_bytes(raw)
        assert lean.mail == {} and full.mail, f.name  # the skipped work really is skipped
        ours, theirs = parse_module._from_mailparser(lean), parse_module._from_mailparser(full)
        assert replace(ours, text_plain="", text_html="", defects=()) == replace(
            theirs, text_plain="", text_html="", defects=()), f.name


def test_body_charsets_as_written_not_as_labelled():
    def body(charset: str, cte: str, payload: bytes) -> str:
        head = f"Subject: x\r\nContent-Type: text/plain; charset={charset}\r\n"
        return parse_message(f"{head}Content-Transfer-Encoding: {cte}\r\n\r\n".encode() + payload).text_plain

    # UTF-8 sent under a Latin-1 or ASCII label, and real Latin-1
    assert body("iso-8859-1", "8bit", "Viele Grüße".encode()) == "Viele Grüße"
    assert body("us-ascii", "8bit", "für Sie".encode()) == "für Sie"
    assert body("iso-8859-1", "8bit", "Viele Grüße".encode("latin-1")) == "Viele Grüße"
    # a 7-bit charset: mail-parser left ISO-2022-JP's escape sequences in the text
    assert body("iso-2022-jp", "7bit", "面接のご案内".encode("iso-2022-jp")) == "面接のご案内"
    assert body("shift_jis", "base64", base64.b64encode("面接".encode("shift_jis"))) == "面接"
    # a label no codec knows: read as UTF-8, else cp1252, and recorded
    p = parse_message(b"Subject: x\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\ncaf\xe9")
    assert p.text_plain == "café" and "CharsetDecodeDefect" in p.defects


def test_attached_message_reads_as_a_forward(monkeypatch):
    inner = EmailMessage()
    inner["From"] = "Ardoise Recrutement <recrutement@ardoise.example>"
    inner["Subject"] = "Votre candidature"
    inner.set_content("<p>Nous ne pouvons pas donner suite à votre candidature.</p>", subtype="html")
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "Sam <sam@example.net>", "Fwd: Votre candidature"
    outer.set_content("Any advice on this one? I thought the interview went well, so it stings.")
    outer.add_attachment(inner)  # message/rfc822, as "forward as attachment" sends it
    p = parse_message(outer.as_bytes())
    note, forwarded = p.text_plain.split("---------- Forwarded message ---------\n")
    assert "Any advice" in note
    assert forwarded.startswith("From: Ardoise Recrutement <recrutement@ardoise.example>\nSubject:")
    # the attached HTML-only message is text too, after a long note
    assert forwarded.endswith("Nous ne pouvons pas donner suite à votre candidature.")
    # the stdlib fallback reads it the same way (one walk serves both)
    monkeypatch.setattr(parse_module._MailParser, "from_bytes", classmethod(lambda cls, raw: 1 / 0))
    fallback = parse_message(outer.as_bytes())
    assert fallback.parse_error and fallback.text_plain == p.text_plain


def test_folded_encoded_word_keeps_its_space():
    raw = (b"Subject: Candidature =?utf-8?b?cmXDp3VlIOKAkyBJbmfDqW5pZXVywrdlIERvbm7DqWVz?=\r\n"
           b" / Data Engineer\r\nFrom: =?utf-8?q?Soci=C3=A9t=C3=A9_Ardoise?= <jobs@ardoise.example>\r\n"
           b"\r\nBonjour\r\n")
    p = parse_message(raw)
    assert p.subject == "Candidature reçue – Ingénieur·e Données / Data Engineer"
    assert p.from_name == "Société Ardoise" and p.from_addr == "jobs@ardoise.example"


def test_threading_headers_and_dates():
    raw = (b"Message-ID: <b@x>\r\nIn-Reply-To: <a@x>\r\nReferences: <root@x>\r\n <a@x>\r\n"
           b"Date: Sun, 22 Nov 2026 21:05:00 -0800\r\nSubject: Re: hi\r\n\r\nok\r\n")
    p = parse_message(raw)
    assert (p.message_id, p.in_reply_to, p.references) == ("<b@x>", "<a@x>", ("<root@x>", "<a@x>"))
    assert p.date.isoformat() == "2026-11-23T05:05:00+00:00"


def test_garbage_nul_and_huge_subject_do_not_raise():
    for raw in (b"", b"\x00\x01\xff\xfe garbage \x00", b"no headers at all, just text",
                b"Subject: " + b"x" * 1_000_000 + b"\r\n\r\nbody"):
        p = parse_message(raw)
        assert "\x00" not in p.text_plain and len(p.subject) <= MAX_SUBJECT_CHARS


def test_mail_parser_failure_falls_back_and_records_the_error(monkeypatch):
    def boom(raw):
        raise ValueError("injected failure")

    monkeypatch.setattr(parse_module._MailParser, "from_bytes", classmethod(lambda cls, raw: boom(raw)))
    p = parse_message(b"Subject: still readable\r\nMessage-ID: <f@x>\r\n\r\nbody text\r\n")
    assert p.parse_error and "injected failure" in p.parse_error and "stdlib" in p.parse_error
    assert p.subject == "still readable" and p.message_id == "<f@x>" and "body text" in p.text_plain


def test_eight_bit_and_badly_labelled_headers_keep_their_letters():
    raw = ("Subject: caf\u00e9 r\u00e9sum\u00e9\r\nFrom: J\u00fcrgen <j@x.example>\r\n\r\nx").encode()
    p = parse_message(raw)
    assert (p.subject, p.from_name) == ("café résumé", "Jürgen")
    for raw in (b"Subject: =?x-unknown?q?caf=E9?=\r\n\r\nx", b"Subject: =?utf-8?q?caf=E9?=\r\n\r\nx",
                "Subject: caf\u00e9\r\n\r\nx".encode("latin-1")):
        assert parse_message(raw).subject == "café"
