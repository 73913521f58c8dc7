"""parse_message never raises: real corpus, broken input, and mail-parser failing outright."""

from __future__ import annotations

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
    # _MailParser skips mail-parser's summary dicts; every field jobmail reads must stay the same
    files = sorted(CORPUS.glob("msg_*.txt"))
    for f in files:
        raw = f.read_bytes()
        lean, full = parse_module._MailParser.from_bytes(raw), mailparser.parse_from_bytes(raw)
        assert lean.mail == {} and full.mail, f.name  # the skipped work really is skipped
        assert parse_module._from_mailparser(lean) == parse_module._from_mailparser(full), f.name


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
