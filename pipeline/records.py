"""Frozen records passed between modules, so no module sees another library's objects."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

#: The labels of spec/labels.md, in a fixed order (column order of scores and reports).
LABELS: tuple[str, ...] = (
    "rejection",
    "interview_invite",
    "feedback",
    "application_ack",
    "offer",
    "feedback_request",
)
#: Labels counted by the digest's health section (INBOX labels).
INBOX_LABELS: tuple[str, ...] = LABELS[:5]
TOPICS: tuple[str, ...] = (
    "coding",
    "system_design",
    "technical_depth",
    "behavioural",
    "communication",
    "questions_to_ask",
    "composure",
    "experience_level",
    "collaboration",
    "cv_positioning",
)
OUTSIDE_CONTROL: tuple[str, ...] = (
    "role_filled",
    "budget_freeze",
    "closer_fit",
    "level_mismatch",
    "role_cancelled",
)
#: the second text classifier's categories (feedback topics, rejection reasons)
TOPIC_CATS: tuple[str, ...] = tuple(f"topic_{t}" for t in TOPICS)
REASON_CATS: tuple[str, ...] = tuple(f"reason_{r}" for r in OUTSIDE_CONTROL)
#: the second text classifier's gate for the company of unlabelled mail: is the message about one
#: employer (an interview reminder from Acme) or not (a job alert, a newsletter, a friend's note)?
EMPLOYER_CAT = "about_employer"


@dataclass(frozen=True)
class FolderState:
    """What ingest remembers about one folder between runs."""

    folder: str
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class FetchedMessage:
    """One message as the IMAP server returned it (raw bytes untouched)."""

    folder: str
    uidvalidity: int
    uid: int
    raw: bytes
    internaldate: datetime | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedMessage:
    """The parts of a message jobmail uses. ``parse_error`` is set when parsing failed (fields may
    then be partial); ``date`` is the Date header as an aware UTC datetime, or None."""

    message_id: str | None = None
    subject: str = ""
    from_name: str = ""
    from_addr: str = ""
    to_addrs: tuple[str, ...] = ()
    cc_addrs: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()
    date: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    text_plain: str = ""
    text_html: str = ""
    attachment_count: int = 0
    defects: tuple[str, ...] = ()
    parse_error: str | None = None
    auto_submitted: str | None = None


@dataclass(frozen=True)
class Classification:
    """What the classifier says about one message."""

    labels: tuple[str, ...]
    scores: dict[str, float] = field(default_factory=dict)
    company: str | None = None
    topics: tuple[str, ...] = ()
    outside_control: tuple[str, ...] = ()
    needs_review: bool = False
    model_version: str = ""


def message_key(raw: bytes) -> str:
    """The identity of a distinct message: SHA-256 of its bytes (the store's primary key).

    Two different messages sharing a Message-ID differ in bytes, so they get two keys; the same
    message seen in a second folder or after a UIDVALIDITY change has the same bytes and key.
    Lives here, not in ``pipeline.store``, so that worker processes never import DuckDB.
    """
    return hashlib.sha256(raw).hexdigest()
