"""HTML to the text a person sees: ``html_to_text(html) -> str`` (stdlib ``html.parser``).

Used wherever mail text is read from HTML: the model text (``pipeline.features``), company
extraction, and the parser's text of a message attached to another (``pipeline.parse``).
What a mail client does not show is not text: scripts and style blocks, elements hidden inline
(``display:none``, ``visibility:hidden``, the ``hidden`` attribute, preheader classes: the inbox
preview line most bulk and ATS mail carries), and the invisible padding characters senders append
to a preview line so that the client shows no body text after it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    "p div br li ul ol tr table h1 h2 h3 h4 h5 h6 section article header footer hr dd dt".split()
)
_SKIP_TAGS = frozenset(("script", "style", "head", "title", "noscript", "template"))
_VOID_TAGS = frozenset("br hr img meta link input area base col embed source track wbr".split())
# "mso-hide:all" is not here: it hides from Outlook only, and wraps what every other client shows
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")  # searched lower-cased
# the inbox preview line's usual class names ("preheader", "email-preheader", "mcnPreviewText")
_HIDDEN_CLASS = re.compile(r"pre-?header|preview-?text", re.IGNORECASE)
#: soft hyphen, combining grapheme joiner, zero-width and direction marks, word joiners, BOM
INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, *range(0x200B, 0x2010), *range(0x2060, 0x2065), 0xFEFF]
)


def strip_invisible(text: str) -> str:
    """``text`` without characters that take no space (they split words for no reader)."""
    return text.translate(INVISIBLE) if not text.isascii() else text


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "hidden":
            return True
        if not value:
            continue
        # the patterns only when a literal they need is there: most tags of mail HTML carry a
        # style, few hide anything (html_to_text 0.345 -> 0.325 ms a `make bench` HTML part)
        if name == "style":
            low = value.lower()
            if ("none" in low or "hidden" in low) and _HIDDEN_STYLE.search(low):
                return True
        elif name == "class" and _HIDDEN_CLASS.search(value):
            return True
    return False


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML body; blockquote content is prefixed with '> '."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0
        self._quote_depth = 0
        # open tags from a hidden element on (empty: not inside one), and the text they held,
        # which is given back if the document ends before the hidden element does (broken HTML
        # must not lose its body)
        self._hidden_tags: list[str] = []
        self._hidden_text: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        self._current = []
        if text:
            self.lines.append(("> " * self._quote_depth) + text)
        elif self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden_tags:
            if tag not in _VOID_TAGS:
                self._hidden_tags.append(tag)
            return
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
            return
        if tag not in _VOID_TAGS and _hidden(attrs):
            self._hidden_tags.append(tag)
            return
        if tag in _BLOCK_TAGS or tag == "blockquote":
            self._flush()
        if tag == "blockquote":
            self._quote_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS and not self._hidden_tags:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._hidden_tags:
            if tag in self._hidden_tags:
                # close up to the matching tag: elements left open inside it end with it
                while self._hidden_tags.pop() != tag:
                    pass
                if not self._hidden_tags:
                    self._hidden_text = []
            return
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _VOID_TAGS:
            return
        if tag in _BLOCK_TAGS or tag == "blockquote":
            self._flush()
        if tag == "blockquote":
            self._quote_depth = max(0, self._quote_depth - 1)
        if tag in ("td", "th"):
            self._current.append(" ")

    def handle_data(self, data: str) -> None:
        if self._hidden_tags:
            self._hidden_text.append(data)
        elif not self._skip_depth:
            self._current.append(strip_invisible(data))

    def text(self) -> str:
        if self._hidden_tags:  # a hidden element never closed: its text is all there is
            self._current.append(strip_invisible("".join(self._hidden_text)))
        self._flush()
        return "\n".join(self.lines).strip()


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, one block per line; never raises on malformed HTML."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; a failure keeps what was read
        pass
    return parser.text()
