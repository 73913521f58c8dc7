"""All IMAP access of jobmail: connect, log in, list folders, read-only select, incremental
batched fetch, and the translation of every imapclient/socket/TLS fault into pipeline.errors.

This is the only module that imports imapclient. It never changes the mailbox: folders are opened
with EXAMINE (``select_folder(readonly=True)``), bodies are read with ``BODY.PEEK[]``, and no
STORE, EXPUNGE, COPY, MOVE, APPEND, CREATE or DELETE is ever sent.

Used by ingest (``pipeline/ingest.py``) once per run::

    with Mailbox(settings.imap, settings.imap.password()) as box:
        status = box.open_folder("INBOX")
        for message in box.fetch(box.uids_after(last_uid)):
            ...
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, LoginError
from imapclient.imapclient import SENT, SocketTimeout

from pipeline.errors import ConfigError, MailboxAuthError, MailboxError, MailboxTransientError
from pipeline.records import FetchedMessage
from pipeline.settings import ImapSettings, is_loopback

log = logging.getLogger(__name__)

#: A body batch stays under this many bytes (sum of RFC822.SIZE); a bigger message comes alone.
MAX_BATCH_BYTES = 32 * 1024 * 1024
#: Longest UID list sent in one command. RFC 7162 asks clients to keep command lines under
#: 8192 octets, and imapclient 4.1 sends UID sets as comma lists (no ranges).
MAX_UID_LIST_CHARS = 7000
#: How many UIDs one RFC822.SIZE query covers (sizes are cheap; this only bounds memory).
SIZE_QUERY_UIDS = 2000
#: Names tried, in order, when no folder carries the \Sent attribute.
COMMON_SENT_NAMES: tuple[str, ...] = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "[Gmail]/Sent Mail",
    "INBOX.Sent",
)

_BODY_ITEMS = ["BODY.PEEK[]", "INTERNALDATE", "FLAGS"]
_T = TypeVar("_T")


@dataclass(frozen=True)
class FolderInfo:
    """One folder from LIST: its name (decoded from modified UTF-7) and attributes (e.g. \\Sent)."""

    name: str
    flags: tuple[str, ...]


@dataclass(frozen=True)
class FolderStatus:
    """What EXAMINE told us about the folder just opened."""

    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int


class Mailbox:
    """One read-only IMAP session. Use as a context manager; not thread-safe.

    ``commands_sent`` counts the IMAP commands sent on this connection (including LOGIN, the
    CAPABILITY imaplib may send on connect, and LOGOUT once the session is closed).
    """

    def __init__(self, settings: ImapSettings, password: str) -> None:
        self._settings = settings
        self._password = password
        self._client: IMAPClient | None = None
        self._folder: str | None = None
        self._uidvalidity: int | None = None
        self._broken = False
        self.commands_sent = 0

    # -- session ---------------------------------------------------------------------------

    def __enter__(self) -> Mailbox:
        s = self._settings
        if s.security not in ("tls", "starttls", "none"):
            raise ConfigError(f"[imap] security must be tls, starttls or none, not {s.security!r}")
        if s.security == "none" and not is_loopback(s.host):
            raise ConfigError(f'[imap] security = "none" is allowed only for loopback hosts, not {s.host!r}')
        timeout = SocketTimeout(connect=s.connect_timeout, read=s.read_timeout)
        context = self._ssl_context() if s.security != "none" else None
        client = self._call(
            "connect",
            lambda: IMAPClient(
                s.host, port=s.port, ssl=s.security == "tls", ssl_context=context, timeout=timeout
            ),
        )
        # Aware datetimes with the server's offset instead of naive local time.
        client.normalise_times = False
        self._client = client
        try:
            self._set_nodelay()
            # imaplib formats every response line for its debug log when debug >= 4;
            # at 2,000 messages a second that formatting is measurable and nobody reads it.
            client._imap.debug = 0
            if s.security == "starttls":
                self._call("STARTTLS", lambda: client.starttls(context))
                self._set_nodelay()
            self._login()
        except BaseException:
            self._discard()
            raise
        log.debug("logged in to %s:%s as %s (%s)", s.host, s.port, s.username, s.security)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Log out; never raises (a dead connection is simply closed)."""
        client = self._client
        if client is None:
            return
        try:
            if not self._broken:  # a dead or stalled server would hold LOGOUT for read_timeout
                client.logout()
        except Exception as error:  # noqa: BLE001 - logout of a broken session is best effort
            log.debug("IMAP logout failed (%s); closing the socket", type(error).__name__)
        self._discard()

    def _ssl_context(self) -> ssl.SSLContext:
        ca_file = self._settings.ca_file
        try:
            context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"[imap] ca_file {ca_file}: cannot load certificates: {exc}") from None
        context.check_hostname = True
        context.verify_mode = ssl.CERT_REQUIRED
        return context

    def _set_nodelay(self) -> None:
        # Without TCP_NODELAY small commands can wait ~40 ms for delayed ACKs (measured on pymap).
        try:
            self._require().socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as exc:
            log.debug("could not set TCP_NODELAY: %s", exc)

    def _login(self) -> None:
        client = self._require()
        s = self._settings
        try:
            client.login(s.username, self._password)
        except LoginError as exc:
            self._count()
            reason = _one_line(str(exc)).replace(self._password, "***") if self._password else ""
            detail = f": {reason}" if reason else ""
            raise MailboxAuthError(f"IMAP login refused for {s.username}@{s.host}{detail}") from None
        except Exception as exc:
            self._count()
            # Translated without chaining: the original could carry the LOGIN arguments.
            raise self._translate("LOGIN", exc) from None
        self._count()

    def _discard(self) -> None:
        client = self._client
        self._count()
        self._client = None
        self._folder = None
        self._uidvalidity = None
        if client is not None:
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001 - the socket may already be gone
                pass

    # -- folders ---------------------------------------------------------------------------

    def list_folders(self) -> list[FolderInfo]:
        """All folders of the account (LIST "" "*"), in server order."""
        client = self._require()
        rows = self._call("LIST", lambda: client.list_folders())
        return [
            FolderInfo(name=_text(name), flags=tuple(_text(f) for f in flags)) for flags, _delim, name in rows
        ]

    def sent_folder(self) -> str | None:
        """The folder holding the user's sent mail, or None when there is none.

        ``[imap] sent_folder`` wins (and must exist); else the folder with the \\Sent attribute
        (SPECIAL-USE); else the first of COMMON_SENT_NAMES that exists (case-insensitive).
        """
        folders = self.list_folders()
        wanted = self._settings.sent_folder
        if wanted:
            for f in folders:
                if f.name == wanted or (f.name.upper() == "INBOX" and wanted.upper() == "INBOX"):
                    return f.name
            raise MailboxError(f"[imap] sent_folder {wanted!r} does not exist on {self._settings.account}")
        sent_flag = _text(SENT).lower()
        for f in folders:
            if sent_flag in (flag.lower() for flag in f.flags) and not _no_select(f):
                return f.name
        by_name = {f.name.lower(): f for f in folders if not _no_select(f)}
        for candidate in COMMON_SENT_NAMES:
            found = by_name.get(candidate.lower())
            if found is not None:
                return found.name
        return None

    def open_folder(self, name: str) -> FolderStatus:
        """EXAMINE ``name`` (always read-only). MailboxError if it does not exist."""
        client = self._require()
        self._folder = None
        self._uidvalidity = None
        try:
            response = self._call("EXAMINE", lambda: client.select_folder(name, readonly=True))
        except MailboxTransientError:
            raise
        except MailboxError as exc:
            raise MailboxError(f"cannot open folder {name!r} on {self._settings.account}: {exc}") from exc
        if response.get(b"READ-WRITE"):
            # EXAMINE must give a read-only session; BODY.PEEK still keeps flags untouched.
            log.warning("server opened %r read-write despite EXAMINE", name)
        uidvalidity = response.get(b"UIDVALIDITY")
        if not isinstance(uidvalidity, int):
            raise MailboxError(f"server gave no UIDVALIDITY for folder {name!r} on {self._settings.account}")
        uidnext = response.get(b"UIDNEXT")
        self._folder = name
        self._uidvalidity = uidvalidity
        return FolderStatus(
            name=name,
            uidvalidity=uidvalidity,
            uidnext=uidnext if isinstance(uidnext, int) else None,
            exists=int(response.get(b"EXISTS", 0)),
        )

    # -- messages --------------------------------------------------------------------------

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs in the open folder greater than ``last_uid``, ascending."""
        client = self._require_folder()
        found = self._call("UID SEARCH", lambda: client.search(["UID", f"{last_uid + 1}:*"]))
        # "n:*" always matches the highest UID, even when n is above it (RFC 3501 6.4.8).
        return sorted({int(uid) for uid in found if int(uid) > last_uid})

    def fetch(self, uids: list[int]) -> Iterator[FetchedMessage]:
        """Yield the messages ``uids`` of the open folder in UID order, raw bytes untouched.

        Bodies come in batches of at most ``batch_size`` messages and MAX_BATCH_BYTES bytes
        (sizes are asked first with RFC822.SIZE); a message bigger than that comes alone.
        UIDs that do not exist (any more) are skipped.
        """
        client = self._require_folder()
        folder, uidvalidity = self._folder, self._uidvalidity
        assert folder is not None and uidvalidity is not None
        wanted = sorted({int(u) for u in uids})
        for size_chunk in _uid_chunks(wanted, SIZE_QUERY_UIDS):
            sizes = self._call(
                "UID FETCH RFC822.SIZE",
                lambda chunk=size_chunk: client.fetch(chunk, ["RFC822.SIZE"]),
            )
            present = [(u, int(sizes[u].get(b"RFC822.SIZE", 0))) for u in size_chunk if u in sizes]
            for batch in _byte_batches(present, self._settings.batch_size, MAX_BATCH_BYTES):
                data = self._call(
                    "UID FETCH BODY.PEEK[]", lambda group=batch: client.fetch(group, _BODY_ITEMS)
                )
                for uid in batch:
                    item = data.get(uid)
                    if item is None or b"BODY[]" not in item:
                        log.debug("uid %s of %r vanished before its body was fetched", uid, folder)
                        continue
                    yield FetchedMessage(
                        folder=folder,
                        uidvalidity=uidvalidity,
                        uid=uid,
                        raw=bytes(item[b"BODY[]"] or b""),
                        internaldate=_internaldate(item.get(b"INTERNALDATE")),
                        flags=tuple(_text(f) for f in item.get(b"FLAGS", ())),
                    )

    # -- plumbing --------------------------------------------------------------------------

    def _require(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError("IMAP session is not open (use Mailbox as a context manager)")
        if self._broken:
            raise MailboxTransientError(
                f"{self._settings.host}:{self._settings.port}: connection was lost; reconnect"
            )
        return self._client

    def _require_folder(self) -> IMAPClient:
        client = self._require()
        if self._folder is None:
            raise MailboxError("no folder is open (call open_folder first)")
        return client

    def _count(self) -> None:
        client = self._client
        if client is not None:
            # imaplib numbers every command it tags (imapclient's own sends too): exact count.
            self.commands_sent = max(self.commands_sent, int(getattr(client._imap, "tagnum", 0)))

    def _call(self, what: str, action: Callable[[], _T]) -> _T:
        """Run one imapclient call: count the commands it sent and translate its faults."""
        try:
            return action()
        except Exception as exc:
            error = self._translate(what, exc)
            if isinstance(error, MailboxTransientError):
                # The stream is in an unknown state (maybe mid-literal): never reuse it.
                self._broken = True
            raise error from exc
        finally:
            self._count()

    def _translate(self, what: str, exc: BaseException) -> MailboxError:
        where = f"{self._settings.host}:{self._settings.port}"
        if isinstance(exc, MailboxError):
            return exc
        if isinstance(exc, ssl.SSLCertVerificationError):
            reason = exc.verify_message or _one_line(str(exc))
            return MailboxError(
                f"{where}: TLS certificate not trusted ({reason}); set [imap] ca_file to the "
                "server's CA or certificate file if this server is yours"
            )
        if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError):
            return MailboxTransientError(f"{where}: connection closed during {what} (TLS EOF)")
        if isinstance(exc, ssl.SSLError):
            return MailboxError(f"{where}: TLS failed during {what}: {_one_line(str(exc))}")
        if isinstance(exc, socket.gaierror):
            if exc.errno == socket.EAI_AGAIN:
                return MailboxTransientError(f"{where}: cannot resolve host right now ({exc.strerror})")
            return MailboxError(f"{where}: unknown host ({exc.strerror})")
        if isinstance(exc, TimeoutError):
            return MailboxTransientError(f"{where}: timed out during {what}")
        if isinstance(exc, ConnectionRefusedError):
            return MailboxTransientError(f"{where}: connection refused")
        if isinstance(exc, ConnectionError):
            return MailboxTransientError(f"{where}: connection lost during {what} ({type(exc).__name__})")
        if isinstance(exc, IMAPClient.AbortError):
            return MailboxTransientError(f"{where}: connection lost during {what} ({_one_line(str(exc))})")
        if isinstance(exc, CapabilityError):
            return MailboxError(f"{where}: server does not support {what}")
        if isinstance(exc, IMAPClient.Error):
            return MailboxError(f"{where}: {what} failed: {_one_line(str(exc))}")
        if isinstance(exc, OSError):
            return MailboxTransientError(
                f"{where}: network error during {what}: {exc.strerror or type(exc).__name__}"
            )
        return MailboxError(f"{where}: unexpected {type(exc).__name__} during {what}: {_one_line(str(exc))}")


def _uid_chunks(uids: list[int], max_count: int) -> Iterator[list[int]]:
    """Split ``uids`` into lists of at most ``max_count`` whose comma list fits one command."""
    chunk: list[int] = []
    chars = 0
    for uid in uids:
        width = len(str(uid)) + 1
        if chunk and (len(chunk) >= max_count or chars + width > MAX_UID_LIST_CHARS):
            yield chunk
            chunk, chars = [], 0
        chunk.append(uid)
        chars += width
    if chunk:
        yield chunk


def _byte_batches(sized: list[tuple[int, int]], max_count: int, max_bytes: int) -> Iterator[list[int]]:
    """Group (uid, size) pairs in order: at most ``max_count`` messages and ``max_bytes`` bytes
    per group, except that a single message bigger than ``max_bytes`` forms its own group."""
    batch: list[int] = []
    total = 0
    for uid, size in sized:
        if batch and (len(batch) >= max_count or total + size > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _no_select(folder: FolderInfo) -> bool:
    return any(f.lower() in ("\\noselect", "\\nonexistent") for f in folder.flags)


def _internaldate(value: Any) -> datetime | None:
    """INTERNALDATE as an aware UTC datetime (None if the server sent none)."""
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _one_line(text: str) -> str:
    """Server text for an error message: one line, bounded, without imaplib's b'...' wrapping."""
    text = " ".join(text.split())
    if len(text) >= 3 and text[0] == "b" and text[1] in "'\"" and text[-1] == text[1]:
        text = text[2:-1]
    return text[:300]


__all__ = ["COMMON_SENT_NAMES", "MAX_BATCH_BYTES", "FolderInfo", "FolderStatus", "Mailbox"]
