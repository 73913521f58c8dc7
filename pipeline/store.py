"""The DuckDB file: the only module that imports duckdb.

DuckDB lets one process hold a read-write connection, and while it does no other process can open
the file at all. So every connection here is short-lived: writers open, write one batch in one
transaction, and close; readers open read-only and close. Both retry with backoff while another
process holds the file, up to ``lock_timeout`` seconds, then raise ``StoreLockedError``.

Files are created with storage compatibility v1.5.0 so the DuckDB CLI from PyPI (1.5.x) opens them.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from pipeline.errors import StoreError, StoreLockedError
from pipeline.records import Classification, FetchedMessage, FolderState, ParsedMessage

log = logging.getLogger(__name__)

_COMPAT = {"storage_compatibility_version": "v1.5.0"}
#: Settings of the write connection a backfill keeps open (``Store.bulk``). DuckDB checkpoints
#: whenever the WAL passes 16 MB by default; at ~30 KB a message (raw + texts) that was every few
#: batches, and the cost of each grew with the table (20,000 rows: 25 s at 16 MB, 14 s at 64 MB,
#: flat per batch). Uncheckpointed data stays in memory, so the threshold also bounds memory.
#: No ``memory_limit``: 128-256 MB made batches of large messages fail with Out of Memory.
_BULK = {"checkpoint_threshold": "64MB"}
_LOCK_MARKERS = ("Could not set lock", "Conflicting lock", "database is locked")
#: Longest plain or HTML body text kept in a column (the raw bytes always keep everything).
MAX_BODY_CHARS = 50_000


@dataclass(frozen=True)
class StoredMessage:
    """One message ready to store: what the server gave, what the parser and model made of it."""

    account: str
    fetched: FetchedMessage
    parsed: ParsedMessage
    is_sent: bool
    classification: Classification | None
    msg_key: str


def sql(name: str) -> str:
    """The text of a named query, ``pipeline/sql/queries/<name>.sql``."""
    return resources.files("pipeline.sql").joinpath("queries", f"{name}.sql").read_text("utf-8")


def migrations() -> list[tuple[str, str]]:
    """All migrations as (name, sql), in name order."""
    folder = resources.files("pipeline.sql").joinpath("migrations")
    files = sorted(p for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(p.name[: -len(".sql")], p.read_text("utf-8")) for p in files]


class Store:
    """A DuckDB file opened briefly per operation. Create one per process; it holds no connection."""

    def __init__(self, path: Path, lock_timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._migrated = False
        self._held: duckdb.DuckDBPyConnection | None = None

    # -- connections ---------------------------------------------------------------------------

    def _connect(self, read_only: bool, extra: dict[str, str] | None = None) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        while True:
            try:
                if read_only:
                    return duckdb.connect(str(self.path), read_only=True)
                return duckdb.connect(str(self.path), config={**_COMPAT, **(extra or {})})
            except duckdb.IOException as exc:
                if not any(m in str(exc) for m in _LOCK_MARKERS):
                    raise StoreError(f"cannot open database {self.path}: {_first_line(exc)}") from None
                if time.monotonic() >= deadline:
                    raise StoreLockedError(
                        f"database {self.path} is busy (another jobmail process is writing); "
                        f"gave up after {self.lock_timeout:.0f} s, try again shortly"
                    ) from None
                # Jitter keeps two waiting processes from retrying in lockstep.
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 0.5)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open database {self.path}: {_first_line(exc)}") from None

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection, migrated, inside one transaction (rolled back on error)."""
        held = self._held
        if held is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        con = held or self._connect(read_only=False)
        try:
            if not self._migrated:
                self._migrate(con)
                self._migrated = True
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        except duckdb.Error as exc:
            raise StoreError(f"database {self.path}: {_first_line(exc)}") from None
        finally:
            if held is None:
                con.close()

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Keep one write connection open for every ``writer()`` use inside (a backfill's
        ``save_batch`` calls); each batch still commits on its own.

        Opening and closing the file per batch made DuckDB checkpoint on every close: a
        5,000-message backfill spent two thirds of its wall time there, and the cost per batch
        grew with the table (0.15 s at 1,000 rows, 0.6 s at 6,000). The price: other processes
        cannot open the file until the block ends. No ``reader()`` may be used inside (DuckDB
        refuses a second connection with other settings in the same process)."""
        if self._held is not None:
            yield
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = self._connect(read_only=False, extra=_BULK)
        self._held = con
        try:
            yield
        finally:
            self._held = None
            try:
                con.close()
            except duckdb.Error as exc:
                raise StoreError(f"database {self.path}: {_first_line(exc)}") from None

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection. A missing file is a StoreError, not an empty answer."""
        if not self.path.exists():
            raise StoreError(f"no database at {self.path} yet: run 'jobmail ingest' first")
        con = self._connect(read_only=True)
        try:
            yield con
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {_first_line(exc)}") from None
        finally:
            con.close()

    def ensure(self) -> None:
        """Create the file and apply pending migrations."""
        with self.writer():
            pass

    def _migrate(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)"
        )
        done = {r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()}
        for name, text in migrations():
            if name in done:
                continue
            log.info("applying migration %s", name)
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(text)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, _now()])
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed: {_first_line(exc)}") from None

    # -- ingest --------------------------------------------------------------------------------

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        if not self.path.exists():
            return None
        with self.reader() as con:
            if not _has_table(con, "folder_state"):
                return None
            row = con.execute(
                "SELECT uidvalidity, last_uid FROM folder_state WHERE account = ? AND folder = ?",
                [account, folder],
            ).fetchone()
        return FolderState(folder, int(row[0]), int(row[1])) if row else None

    def known_uids(self, account: str, folder: str, uidvalidity: int) -> set[int]:
        """UIDs already stored for this folder incarnation (used after a UIDVALIDITY change)."""
        if not self.path.exists():
            return set()
        with self.reader() as con:
            if not _has_table(con, "locations"):
                return set()
            rows = con.execute(
                "SELECT uid FROM locations WHERE account = ? AND folder = ? AND uidvalidity = ?",
                [account, folder, uidvalidity],
            ).fetchall()
        return {int(r[0]) for r in rows}

    def save_batch(
        self, items: Sequence[StoredMessage], state: FolderState, account: str
    ) -> tuple[int, int]:
        """Store one fetched batch and advance the folder state, all in one transaction.

        Returns (new distinct messages, messages already stored). A crash before COMMIT leaves
        neither rows nor an advanced state, so the next run fetches the batch again.
        """
        now = _now()
        with self.writer() as con:
            con.execute("CREATE TEMP TABLE IF NOT EXISTS stage_mail AS SELECT * FROM mail LIMIT 0")
            con.execute(
                "CREATE TEMP TABLE IF NOT EXISTS stage_loc AS SELECT * FROM locations LIMIT 0"
            )
            con.execute(
                "CREATE TEMP TABLE IF NOT EXISTS stage_cls AS SELECT * FROM classifications LIMIT 0"
            )
            if items:
                with con.appender("stage_mail") as app:
                    app.append_rows([_mail_row(it, now) for it in items])
                with con.appender("stage_loc") as app:
                    app.append_rows([_location_row(it, now) for it in items])
                cls_rows = [_class_row(it.msg_key, it.classification, now)
                            for it in items if it.classification is not None]
                if cls_rows:
                    with con.appender("stage_cls") as app:
                        app.append_rows(cls_rows)
            inserted = con.execute(
                "INSERT INTO mail SELECT DISTINCT ON (msg_key) * FROM stage_mail "
                "ON CONFLICT DO NOTHING"
            ).fetchone()
            con.execute(
                "INSERT INTO locations SELECT DISTINCT ON (account, folder, uidvalidity, uid) * "
                "FROM stage_loc ON CONFLICT DO NOTHING"
            )
            # A message stored before keeps its classification unless it has none yet.
            con.execute(
                "INSERT INTO classifications SELECT DISTINCT ON (msg_key) * FROM stage_cls "
                "ON CONFLICT DO NOTHING"
            )
            con.execute(
                "INSERT INTO folder_state VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder) "
                "DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, "
                "updated_at = excluded.updated_at",
                [account, state.folder, state.uidvalidity, state.last_uid, now],
            )
            con.execute("DELETE FROM stage_mail")
            con.execute("DELETE FROM stage_loc")
            con.execute("DELETE FROM stage_cls")
        new = int(inserted[0]) if inserted else 0
        return new, len({it.msg_key for it in items}) - new

    def set_folder_state(self, account: str, state: FolderState) -> None:
        with self.writer() as con:
            con.execute(
                "INSERT INTO folder_state VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder) "
                "DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, "
                "updated_at = excluded.updated_at",
                [account, state.folder, state.uidvalidity, state.last_uid, _now()],
            )

    # -- runs ----------------------------------------------------------------------------------

    def start_run(self, kind: str) -> str:
        run_id = uuid.uuid4().hex
        with self.writer() as con:
            con.execute(
                "INSERT INTO runs (run_id, kind, started_at, status) VALUES (?, ?, ?, 'running')",
                [run_id, kind, _now()],
            )
        return run_id

    def finish_run(self, run_id: str, status: str, counts: dict[str, int], error: str | None = None) -> None:
        with self.writer() as con:
            con.execute(
                "UPDATE runs SET finished_at = ?, status = ?, fetched = ?, stored = ?, "
                "duplicates = ?, parse_failures = ?, error = ? WHERE run_id = ?",
                [
                    _now(), status, counts.get("fetched", 0), counts.get("stored", 0),
                    counts.get("duplicates", 0), counts.get("parse_failures", 0), error, run_id,
                ],
            )

    # -- classification ------------------------------------------------------------------------

    def message_keys(self, only_unclassified: bool, model_version: str | None = None) -> list[str]:
        """Keys of stored messages: all, or those not classified by ``model_version``."""
        with self.reader() as con:
            if only_unclassified:
                rows = con.execute(
                    "SELECT m.msg_key FROM mail m LEFT JOIN classifications c USING (msg_key) "
                    "WHERE c.msg_key IS NULL OR c.model_version IS DISTINCT FROM ? ORDER BY m.msg_key",
                    [model_version],
                ).fetchall()
            else:
                rows = con.execute("SELECT msg_key FROM mail ORDER BY msg_key").fetchall()
        return [r[0] for r in rows]

    def raw_messages(self, keys: Sequence[str], batch: int = 500) -> Iterator[list[tuple[str, bytes]]]:
        """Yield (msg_key, raw) in batches of ``batch``; one short connection per batch, so
        memory holds one batch and writers get the file between batches."""
        for i in range(0, len(keys), batch):
            chunk = list(keys[i : i + batch])
            with self.reader() as con:
                rows = con.execute(
                    "SELECT msg_key, raw FROM mail WHERE msg_key IN (SELECT unnest(?))", [chunk]
                ).fetchall()
            yield [(k, bytes(r)) for k, r in rows]

    def save_classifications(self, results: Sequence[tuple[str, Classification]]) -> None:
        """Replace the classification of each message (a new model reclassifies everything)."""
        now = _now()
        with self.writer() as con:
            con.execute(
                "CREATE TEMP TABLE IF NOT EXISTS stage_cls AS SELECT * FROM classifications LIMIT 0"
            )
            with con.appender("stage_cls") as app:
                app.append_rows([_class_row(k, c, now) for k, c in results])
            con.execute(
                "DELETE FROM classifications WHERE msg_key IN (SELECT msg_key FROM stage_cls)"
            )
            con.execute("INSERT INTO classifications SELECT DISTINCT ON (msg_key) * FROM stage_cls")
            con.execute("DELETE FROM stage_cls")

    # -- ad hoc --------------------------------------------------------------------------------

    def query(self, text: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple]]:
        """Run SQL on a read-only connection: (column names, rows). Writes are refused by DuckDB."""
        with self.reader() as con:
            cur = con.execute(text, params or [])
            if cur.description is None:
                return [], []
            cols = [d[0] for d in cur.description]
            return cols, cur.fetchall()


def message_key(raw: bytes) -> str:
    """The identity of a distinct message: SHA-256 of its bytes.

    Two different messages sharing a Message-ID differ in bytes, so they get two keys; the same
    message seen in a second folder or after a UIDVALIDITY change has the same bytes and key.
    """
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def _mail_row(it: StoredMessage, now: datetime) -> tuple:
    p, f = it.parsed, it.fetched
    date = p.date or f.internaldate
    return (
        it.msg_key, p.message_id, len(f.raw), f.raw, it.account, f.folder, it.is_sent,
        f.uidvalidity, f.uid, f.internaldate, p.date, date, p.from_name, p.from_addr,
        list(p.to_addrs), list(p.cc_addrs), list(p.reply_to), p.subject, p.in_reply_to,
        list(p.references), p.text_plain[:MAX_BODY_CHARS], p.text_html[:MAX_BODY_CHARS],
        p.attachment_count, p.auto_submitted, p.parse_error, list(p.defects), now,
    )


def _location_row(it: StoredMessage, now: datetime) -> tuple:
    f = it.fetched
    return (it.account, f.folder, f.uidvalidity, f.uid, it.msg_key, list(f.flags), f.internaldate, now)


def _class_row(key: str, c: Classification, now: datetime) -> tuple:
    return (
        key, c.model_version, list(c.labels), {k: float(v) for k, v in c.scores.items()},
        c.company, list(c.topics), list(c.outside_control), c.needs_review, now,
    )


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchone()
    return bool(row and row[0])


def _now() -> datetime:
    return datetime.now(UTC)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
