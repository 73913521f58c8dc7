"""The same mail in the MIME shapes real senders use reads the same.

Every demo message is rebuilt with its headers and text in other encodings and structures; the
text the model reads (and so every label, score, topic and reason) must not change. Written after
a probe found HTML preheaders, mislabelled charsets and ISO-2022-JP changing labels.
"""

from __future__ import annotations

import functools
import html
import json
import quopri
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from pipeline.classify import Classifier
from pipeline.features import model_text
from pipeline.parse import parse_message


class _NotEncodable(Exception):
    """The text has characters the variant's charset lacks."""


DEMO = Path(__file__).resolve().parents[1] / "pipeline" / "demo" / "mailbox"
_KEPT_HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID", "In-Reply-To", "References")


@functools.cache  # read once for all the tests of this module
def _demo() -> list[tuple[str, bytes, str]]:
    """(file name, its From/To/Date/Subject/... header lines as sent, its plain text)."""
    out = []
    for path in sorted(DEMO.glob("*/*.eml")):
        raw = path.read_bytes()
        body = message_from_bytes(raw, policy=policy.default).get_body(preferencelist=("plain",))
        if body is None:
            continue
        head = b"".join(
            name.encode() + b": " + value.encode("ascii", "surrogateescape") + b"\r\n"
            for name, value in message_from_bytes(raw).raw_items()  # compat32: values as written
            if name in _KEPT_HEADERS
        )
        out.append((path.name, head, body.get_content()))
    return out


def _headed(part: Message, head: bytes) -> bytes:
    return head + part.as_bytes()


def _html(text: str) -> str:
    paragraphs = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in block.split("\n")) + "</p>"
        for block in text.strip().split("\n\n")
    )
    preview = html.escape(text.strip().split("\n")[0]) + "&nbsp;&zwnj;&#847;" * 30
    return (
        "<html><head><style>p{margin:0 0 12px}</style></head><body>"
        f'<div style="display:none;max-height:0;overflow:hidden">{preview}</div>'
        f'<table role="presentation" width="100%"><tr><td>{paragraphs}</td></tr></table>'
        '<div style="font-size:11px"><a href="https://example.com/u">Unsubscribe</a></div></body></html>'
    )


def _base64(head: bytes, text: str) -> bytes:
    return _headed(MIMEText(text, "plain", "utf-8"), head)  # utf-8 MIMEText is base64


def _plain_8bit_head(head: bytes, charset: str, transfer: str) -> bytes:
    return head + (f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
                   f"Content-Transfer-Encoding: {transfer}\r\n\r\n").encode()


def _quoted_printable_single_byte(head: bytes, text: str) -> bytes:
    for charset in ("iso-8859-1", "windows-1252"):
        try:
            data = text.replace("\n", "\r\n").encode(charset)
        except UnicodeEncodeError:
            continue
        return _plain_8bit_head(head, charset, "quoted-printable") + quopri.encodestring(data)
    raise _NotEncodable


def _utf8_labelled_latin1(head: bytes, text: str) -> bytes:
    return _plain_8bit_head(head, "iso-8859-1", "8bit") + text.replace("\n", "\r\n").encode("utf-8")


def _html_only_with_preheader(head: bytes, text: str) -> bytes:
    return _headed(MIMEText(_html(text), "html", "utf-8"), head)


def _alternative_with_attachment(head: bytes, text: str) -> bytes:
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText(text, "plain", "utf-8"))
    alternative.attach(MIMEText(_html(text), "html", "utf-8"))
    mixed = MIMEMultipart("mixed")
    mixed.attach(alternative)
    pdf = MIMEApplication(b"%PDF-1.4\n" + bytes(range(256)) * 8, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "Lebenslauf_Bö.pdf"))
    mixed.attach(pdf)
    return _headed(mixed, head)


VARIANTS: dict[str, Callable[[bytes, str], bytes]] = {
    "base64": _base64,
    "quoted-printable, single-byte charset": _quoted_printable_single_byte,
    "UTF-8 labelled ISO-8859-1": _utf8_labelled_latin1,
    "HTML only, hidden preheader": _html_only_with_preheader,
    "alternative + attachment": _alternative_with_attachment,
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_reads_like_the_original(variant: str) -> None:
    demo = _demo()
    assert len(demo) >= 80
    changed = []
    for name, head, text in demo:
        if variant == "UTF-8 labelled ISO-8859-1" and text.isascii():
            continue
        try:
            raw = VARIANTS[variant](head, text)
        except _NotEncodable:
            continue
        original = model_text(parse_message(_plain_8bit_head(head, "utf-8", "8bit") + text.encode()))
        if model_text(parse_message(raw)) != original:
            changed.append(name)
    assert not changed, f"{variant}: model text changed for {changed}"


def test_forward_as_attachment_reads_as_an_inline_forward() -> None:
    model = Classifier.load()
    demo = _demo()
    # the demo's hand labels pick the rejections (not the model's answer on the originals)
    gold = {
        m["file"].rsplit("/", 1)[-1]: m for m in json.loads((DEMO / "expected.json").read_text())["messages"]
    }
    note = "Any thoughts on this one? I was hoping to hear better news."
    inline_fwd, attached_fwd = [], []
    for name, head, text in demo:
        if "rejection" not in gold[name]["labels"] or not gold[name]["company"]:
            continue
        sent = message_from_bytes(head + b"\r\n", policy=policy.default)
        block = "".join(f"{n}: {sent[n]}\n" for n in ("From", "Date", "Subject", "To") if sent[n])
        inline = EmailMessage()
        inline["From"], inline["Subject"] = "Sam <sam@example.net>", f"Fwd: {sent['Subject']}"
        inline.set_content(f"{note}\n\n---------- Forwarded message ---------\n{block}\n{text}")
        attached = EmailMessage()
        attached["From"], attached["Subject"] = inline["From"], inline["Subject"]
        attached.set_content(note)
        # as "forward as attachment" sends it: message/rfc822, here an HTML-only original
        attached.add_attachment(message_from_bytes(_html_only_with_preheader(head, text)))
        inline_fwd.append(parse_message(inline.as_bytes()))
        attached_fwd.append(parse_message(attached.as_bytes()))
    assert len(inline_fwd) >= 5
    for a, b in zip(model.classify_many(inline_fwd), model.classify_many(attached_fwd), strict=True):
        assert (a.labels, a.company) == (b.labels, b.company)
        assert "rejection" in b.labels and b.company  # the attached rejection is read, with its sender
