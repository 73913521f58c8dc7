"""The exception tree of jobmail.

Library code raises only these (wrapping third-party errors); the CLI turns any ``JobmailError``
into a one-line message and a non-zero exit. Messages never contain passwords.
"""

from __future__ import annotations


class JobmailError(Exception):
    """Base class: something the user can act on went wrong. ``exit_code`` is the CLI's exit code."""

    exit_code = 1


class ConfigError(JobmailError):
    """Raised when the configuration file or the environment is missing, unreadable or invalid."""

    exit_code = 2


class MailboxError(JobmailError):
    """Raised when talking to the IMAP server fails in a way that is not worth retrying."""

    exit_code = 3


class MailboxAuthError(MailboxError):
    """Raised when the IMAP server refuses the login (never retried: a retry storm locks accounts)."""


class MailboxTransientError(MailboxError):
    """Raised for a dropped connection, a timeout or a server restart: worth retrying with backoff."""


class ParseError(JobmailError):
    """Raised when a message cannot be parsed at all (ingest stores it with the error instead)."""


class ModelError(JobmailError):
    """Raised when the classifier model is missing, corrupt or does not match what the code expects."""

    exit_code = 4


class StoreError(JobmailError):
    """Raised when the DuckDB file cannot be opened, migrated, read or written."""

    exit_code = 5


class StoreLockedError(StoreError):
    """Raised when another process holds the DuckDB file longer than we are willing to wait."""


class IngestBusyError(StoreError):
    """Raised when another ingest run holds the ingest lock longer than we are willing to wait."""


class DeliveryError(JobmailError):
    """Raised when the digest cannot be sent over SMTP."""

    exit_code = 6


class DeliveryTransientError(DeliveryError):
    """Raised for SMTP faults worth retrying (connection refused or dropped, 4xx replies, timeouts)."""


class SchedulerError(JobmailError):
    """Raised when ``jobmail serve`` cannot start the Prefect server or the serving process."""


class UsageError(JobmailError):
    """Raised for bad command-line input (a malformed week, an unknown format, a missing file)."""

    exit_code = 2
