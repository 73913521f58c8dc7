"""Raw RFC 5322 bytes to a ``ParsedMessage``: the only module that uses mail-parser.

``parse_message`` never raises. When mail-parser fails, the standard library's parser recovers what
it can and ``parse_error`` records what went wrong, so ingest stores the message with its error
instead of dropping it.
"""

from __future__ import annotations

import email
import email.utils
import logging
import re
from datetime import UTC, datetime
from email import policy
from email.header import Header, decode_header
from email.message import Message

import mailparser

from pipeline.htmltext import html_to_text
from pipeline.records import ParsedMessage

log = logging.getLogger(__name__)
# mail-parser logs a warning for every multipart container it does not "handle"; that is noise.
logging.getLogger("mailparser").setLevel(logging.ERROR)

#: Longest text kept per body part kind; beyond this the text is cut (the raw bytes keep all).
MAX_TEXT_CHARS = 200_000
#: Longest subject kept (a 1 MB subject is an attack, not a subject).
MAX_SUBJECT_CHARS = 2_000
_MSGID_RE = re.compile(r"<[^<>\s]+>")
_FOLD_RE = re.compile(r"\r?\n[ \t]")


class _MailParser(mailparser.MailParser):
    """mail-parser's parser, with two of its steps replaced.

    - ``MailParser.parse`` ends by decoding every header again into ``mail`` and ``mail_partial``
      (its JSON views); jobmail reads neither, and building them took ~9% of a parse.
    - Body parts become text by ``_body_text``: mail-parser hands back a 7-bit part's text
      undecoded (an ISO-2022-JP body kept its escape sequences) and reads UTF-8 labelled
      ISO-8859-1 as Latin-1 ("fÃ¼r").

    ``tests/test_parse.py`` checks that the other fields read are those of ``parse_from_bytes``."""

    def _make_mail(self, complete: bool = True) -> dict:
        return {}

    def _decode_body_payload(self, part: Message, charset: str, part_index: int) -> str:
        text, clean = _body_text(part)
        if not clean:  # recorded as mail-parser records it
            self._has_defects = True
            self._defects_categories.add("CharsetDecodeDefect")
        return text


#: Labels of one-byte-per-character charsets. UTF-8 mail is often sent under them (or under no
#: label at all); bytes that are valid UTF-8 are read as UTF-8, since Latin-1 text almost never is.
_SINGLE_BYTE_LABELS = frozenset(
    "us-ascii ascii iso-8859-1 iso8859-1 latin-1 latin1 l1 iso-8859-15 windows-1252 cp1252".split()
)


def _body_text(part: Message) -> tuple[str, bool]:
    """(text of a body part, whether its declared charset read it): the transfer encoding
    undone, then the declared charset applied, UTF-8 first under a single-byte label."""
    payload = part.get_payload(decode=True) or b""
    if not isinstance(payload, bytes):
        return str(payload), True
    declared = (part.get_content_charset() or "").lower()
    if not declared or declared in _SINGLE_BYTE_LABELS:
        try:
            return payload.decode("utf-8"), True
        except UnicodeDecodeError:
            pass
    try:
        return payload.decode(declared or "cp1252"), True
    except (LookupError, UnicodeError):
        return _bytes_text(payload, None), False


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one message. Never raises; ``parse_error`` is set when mail-parser could not parse it."""
    try:
        mail = _MailParser.from_bytes(raw)
        return _from_mailparser(mail)
    except Exception as exc:  # noqa: BLE001 - any failure of a third-party parser is data, not a crash
        error = f"mail-parser: {type(exc).__name__}: {_short(str(exc))}"
    try:
        parsed = _from_stdlib(raw)
    except Exception as exc:  # noqa: BLE001
        error += f"; stdlib fallback: {type(exc).__name__}: {_short(str(exc))}"
        return ParsedMessage(parse_error=error)
    return _replace_error(parsed, error + "; fields recovered with the stdlib parser")


def _from_mailparser(mail: mailparser.MailParser) -> ParsedMessage:
    msg: Message = mail.message
    from_name, from_addr = _first_address(mail.from_) if mail.from_ else ("", "")
    date = mail.date if isinstance(mail.date, datetime) else None
    plain = "\n".join(mail.text_plain)
    if msg.is_multipart() and any(p.get_content_type() == "message/rfc822" for p in msg.walk()):
        plain = _texts(msg)[0]
    return ParsedMessage(
        from_name=from_name,
        from_addr=from_addr,
        date=_as_utc(date),
        text_plain=_clip(plain, MAX_TEXT_CHARS),
        text_html=_clip("\n".join(mail.text_html), MAX_TEXT_CHARS),
        attachment_count=len(mail.attachments),
        defects=tuple(sorted({str(c) for c in (mail.defects_categories or [])})),
        **_common_headers(msg),
    )


def _from_stdlib(raw: bytes) -> ParsedMessage:
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    plain, html, attachments = _texts(msg)
    from_pairs = email.utils.getaddresses([_header_text(msg.get("From"))])
    from_name, from_addr = _first_address(from_pairs) if from_pairs else ("", "")
    try:
        date = email.utils.parsedate_to_datetime(str(msg.get("Date"))) if msg.get("Date") else None
    except (TypeError, ValueError, IndexError):
        date = None
    return ParsedMessage(
        from_name=from_name,
        from_addr=from_addr,
        date=_as_utc(date),
        text_plain=_clip(plain, MAX_TEXT_CHARS),
        text_html=_clip(html, MAX_TEXT_CHARS),
        attachment_count=attachments,
        defects=tuple(sorted({type(d).__name__ for d in msg.defects})),
        **_common_headers(msg),
    )


#: The header block put before an attached message's text, as Gmail writes an inline forward
_FORWARD_HEADERS = ("From", "Date", "Subject", "To")


def _texts(msg: Message) -> tuple[str, str, int]:
    """(plain text, HTML, attachment count) of ``msg`` by the stdlib's walk: the stdlib fallback's
    body, and the plain text of mail that carries other messages (``message/rfc822`` parts, as
    "forward as attachment" sends them). mail-parser runs an attached message's text on after the
    note, without its headers; here each attached message follows under a forwarded-message
    header block, which tells a reader (and ``pipeline.features``) where the forwarded message
    starts and who sent it, and an HTML-only one is its visible text."""
    plain: list[str] = []
    html: list[str] = []
    attached: list[Message] = []
    attachments = _collect_texts(msg, plain, html, attached)
    text = "\n".join(plain)
    if attached:
        pieces = [text or html_to_text("\n".join(html))]
        for inner in attached:
            inner_text, inner_html, inner_attachments = _texts(inner)
            attachments += inner_attachments
            html.append(inner_html)
            block = ["---------- Forwarded message ---------"]
            block += [f"{h}: {_header_text(inner.get(h))}" for h in _FORWARD_HEADERS if inner.get(h)]
            pieces.append("\n".join(block) + "\n\n" + (inner_text or html_to_text(inner_html)))
        text = "\n\n".join(p for p in pieces if p)
    return text, "\n".join(h for h in html if h), attachments


def _collect_texts(part: Message, plain: list[str], html: list[str], attached: list[Message]) -> int:
    """Collect ``part``'s text parts and attached messages; returns its attachment count."""
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            attached.append(inner[0])
        return 0
    if part.is_multipart():
        return sum(_collect_texts(sub, plain, html, attached) for sub in part.get_payload())
    if part.get_filename() or part.get_content_disposition() == "attachment":
        return 1
    ctype = part.get_content_type()
    if ctype in ("text/plain", "text/html"):
        (plain if ctype == "text/plain" else html).append(_body_text(part)[0])
    return 0


def _common_headers(msg: Message) -> dict:
    """Header fields both parsers read the same way from the stdlib message object.

    The subject comes from the raw header: the stdlib decodes encoded-words next to plain text
    with the right spacing, where mail-parser drops the space after a folded encoded-word."""
    return {
        "message_id": _message_id(msg.get("Message-ID")),
        "subject": _clip(_header_text(msg.get("Subject")), MAX_SUBJECT_CHARS),
        "to_addrs": _addresses(msg, "To"),
        "cc_addrs": _addresses(msg, "Cc"),
        "reply_to": _addresses(msg, "Reply-To"),
        "in_reply_to": _message_id(msg.get("In-Reply-To")),
        "references": _message_ids(msg.get("References")),
        "auto_submitted": _header_text(msg.get("Auto-Submitted")) or None,
    }


def _replace_error(parsed: ParsedMessage, error: str) -> ParsedMessage:
    from dataclasses import replace

    return replace(parsed, parse_error=error)


def _header_text(value: object) -> str:
    """Decode a header value to text, tolerating what real mail does: raw 8-bit bytes in any
    charset, encoded-words in unknown or wrong charsets, folding. Never raises."""
    if value is None:
        return ""
    if isinstance(value, Header):
        # compat32 hands back a Header when the raw value has 8-bit bytes; str() of it would
        # turn every non-ASCII byte into U+FFFD.
        text = _raw_8bit(value)
    else:
        text = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        text = _bytes_text(text.encode("ascii", "surrogateescape"), None)
    text = _FOLD_RE.sub(" ", text)
    if "=?" in text:
        text = _decode_words(text)
    return " ".join(text.split())


def _raw_8bit(header: Header) -> str:
    chunks = []
    for chunk, _charset in header._chunks:  # noqa: SLF001 - the only way to the undecoded bytes
        if isinstance(chunk, str) and any("\udc80" <= ch <= "\udcff" for ch in chunk):
            chunk = _bytes_text(chunk.encode("ascii", "surrogateescape"), None)
        chunks.append(str(chunk))
    return "".join(chunks)


def _decode_words(text: str) -> str:
    """RFC 2047 encoded-words, with the stdlib's spacing when it decodes cleanly and a lenient
    per-word fallback (unknown charset, bytes invalid in the declared charset) when not."""
    try:
        decoded = str(policy.default.header_factory("Subject", text))
        if "\ufffd" not in decoded:
            return decoded
    except Exception:  # noqa: BLE001 - fall through to the lenient decoder
        pass
    try:
        parts = decode_header(text)
    except Exception:  # noqa: BLE001 - undecodable encoded-words stay as written
        return text
    out = []
    for chunk, charset in parts:
        out.append(chunk if isinstance(chunk, str) else _bytes_text(chunk, charset))
    return "".join(out)


def _bytes_text(data: bytes, charset: str | None) -> str:
    """Bytes to text: the declared charset if it exists and fits, else UTF-8, else cp1252."""
    for candidate in (charset, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def _first_address(pairs: list) -> tuple[str, str]:
    name, addr = pairs[0]
    return _header_text(name), (addr or "").strip().lower()


def _addresses(msg: Message, header: str) -> tuple[str, ...]:
    values = [_header_text(v) for v in (msg.get_all(header) or [])]
    pairs = email.utils.getaddresses(values)
    return tuple(addr.strip().lower() for _, addr in pairs if addr and "@" in addr)


def _message_id(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    found = _MSGID_RE.search(text)
    if found:
        return found.group(0)
    return text[:998] or None


def _message_ids(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(_MSGID_RE.findall(str(value)))


def _as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _clip(text: str, limit: int) -> str:
    # NUL bytes are legal in broken mail but not worth keeping in text columns.
    text = text.replace("\x00", "")
    return text if len(text) <= limit else text[:limit]


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
