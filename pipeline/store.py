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
from contextlib import contextmanager, suppress
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
#: Rows per row group in what this module writes (DuckDB's smallest: one vector; default 122,880).
#: Each commit appends a new row group and a checkpoint merges small trailing row groups,
#: rewriting every row in them; with the default size a backfill's checkpoints rewrote more and
#: more rows (a checkpoint cost 0.3 s at 5,000 stored messages and 1.3 s at 25,000, storing
#: 0.31 -> 0.57 ms a message). Capped at 2,048 rows, a merge never rewrites more than that:
#: 0.33 ms a message at any size, and reads were as fast (``bench/NOTES.md``).
_ROW_GROUP_SIZE = 2048
#: Settings of the write connection a backfill keeps open (``Store.bulk``). DuckDB keeps appended
#: data in memory until a checkpoint (``checkpoint_threshold``) and caches blocks up to
#: ``memory_limit``; without a cap a backfill grew to 900 MB at 100,000 messages. With row groups
#: of ``_ROW_GROUP_SIZE`` a checkpoint writes only what came since the last one, so a small cap
#: costs little: on the store alone, 30,000 messages of ~12 KB, 32 MB/64 MB took ~37 MB above the
#: process's own memory against ~120 MB at 64 MB/128 MB, at the same speed (0.31-0.32 ms a
#: message; 16 MB/64 MB: 0.39 ms). ``make bench N=100000``: main process peak 274 -> 217 MB.
#: A checkpoint holds 2,048 values of a column at once, so whole messages in one BLOB column
#: (mail with attachments, ~100 KB each) needed ~200 MB and broke every cap tried (up to 192 MB);
#: the raw bytes are therefore stored in pieces (``RAW_CHUNK_BYTES``), and runs of 100 KB and of
#: 2 MB messages then stayed under this cap. Should a checkpoint still need more, the connection
#: is reopened without the cap (``save_batch``); a batch with a message over ``_BIG_MESSAGE`` is
#: written without it from the start.
_BULK = {"checkpoint_threshold": "32MB", "memory_limit": "64MB"}
#: The bulk settings once the cap proved too small for this mailbox (see ``Store.save_batch``).
_BULK_UNCAPPED = {"checkpoint_threshold": "96MB"}
#: Settings of every bulk connection, capped or not. One DuckDB thread: the two cores are busy
#: with the parsing and classifying workers, and a second thread only added memory and contention
#: (``make bench N=100000``: main process 223 -> 210 MB, its CPU 47.8 -> 43.1 s, backfill 871 ->
#: 888 msgs/s).
_BULK_COMMON = {"threads": "1"}
#: Words of DuckDB errors that mean the capped connection ran out of memory (often in a checkpoint).
_MEMORY_MARKERS = ("out of memory", "failed to pin block", "could not allocate block")
#: A batch holding a message this large is stored on an uncapped connection.
_BIG_MESSAGE = 4 * 1024 * 1024
#: A waiting reader touches this file (beside the database); a bulk writer that sees a fresh one
#: closes its connection for ``_YIELD_SECONDS`` so ``jobmail query`` gets in during a backfill.
_READER_MARK = ".reader-waiting"
_YIELD_SECONDS = 1.0
_LOCK_MARKERS = ("Could not set lock", "Conflicting lock", "database is locked")
#: Longest plain or HTML body text kept in a column (the raw bytes always keep everything).
MAX_BODY_CHARS = 50_000
#: Raw bytes are stored in pieces of at most this size (table raw_chunks; why: migration 003).
RAW_CHUNK_BYTES = 16 * 1024


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
        self._bulk = False
        self._capped = True

    # -- connections ---------------------------------------------------------------------------

    def _connect(self, read_only: bool, extra: dict[str, str] | None = None) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        while True:
            try:
                if read_only:
                    return duckdb.connect(str(self.path), read_only=True)
                return self._attach_writable(extra or {})
            except duckdb.IOException as exc:
                if not any(m in str(exc) for m in _LOCK_MARKERS):
                    raise StoreError(f"cannot open database {self.path}: {_first_line(exc)}") from None
                if read_only:
                    self._mark_waiting()
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

    def _attach_writable(self, settings: dict[str, str]) -> duckdb.DuckDBPyConnection:
        """A read-write connection to the file as its default database. The row-group size is an
        option of ATTACH only (not of ``duckdb.connect``), hence the in-memory host."""
        con = duckdb.connect(":memory:", config={**_COMPAT, **settings})
        try:
            path = str(self.path).replace("'", "''")
            con.execute(f"ATTACH '{path}' AS jobmail_db (ROW_GROUP_SIZE {_ROW_GROUP_SIZE}, "
                        f"STORAGE_VERSION '{_COMPAT['storage_compatibility_version']}')")
            con.execute("USE jobmail_db")
        except BaseException:
            con.close()
            raise
        return con

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
                try:
                    con.execute("ROLLBACK")
                except duckdb.Error:  # the original error is the one worth reporting
                    log.debug("rollback failed", exc_info=True)
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
        grew with the table (0.15 s at 1,000 rows, 0.6 s at 6,000). Readers of other processes
        are not locked out for the whole backfill: a waiting reader leaves a mark, and between
        batches the writer steps aside for a moment (``yield_to_readers``). No ``reader()`` may
        be used inside (DuckDB refuses a second connection with other settings in one process)."""
        if self._bulk:
            yield
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._bulk = True
        self._capped = True
        self._held = self._connect(read_only=False, extra=self._bulk_settings())
        try:
            yield
        finally:
            self._bulk = False
            self._release()

    def _release(self) -> None:
        con, self._held = self._held, None
        if con is not None:
            try:
                con.close()
            except duckdb.Error as exc:
                raise StoreError(f"database {self.path}: {_first_line(exc)}") from None

    def _bulk_settings(self) -> dict[str, str]:
        return {**_BULK_COMMON, **(_BULK if self._capped else _BULK_UNCAPPED)}

    def _reacquire(self) -> None:
        if self._bulk and self._held is None:
            self._held = self._connect(read_only=False, extra=self._bulk_settings())

    def _mark_path(self) -> Path:
        return self.path.with_name(self.path.name + _READER_MARK)

    def _mark_waiting(self) -> None:
        try:
            self._mark_path().touch()
        except OSError:
            pass  # a read-only folder: the reader just waits longer

    def yield_to_readers(self) -> bool:
        """In bulk mode, if a reader has been waiting (a fresh mark), close the connection for a
        moment and reopen it. Returns True when it stepped aside."""
        mark = self._mark_path()
        try:
            fresh = time.time() - mark.stat().st_mtime < 30
        except OSError:
            return False
        if not (self._bulk and fresh):
            return False
        mark.unlink(missing_ok=True)
        with self._stepped_aside():
            time.sleep(_YIELD_SECONDS)
        return True

    @contextmanager
    def _stepped_aside(self) -> Iterator[None]:
        """Close the bulk connection for the duration (other connections may use the file), then
        reopen it with the current settings."""
        self._release()
        try:
            yield
        finally:
            self._reacquire()

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

    def save_batch(
        self, items: Sequence[StoredMessage], state: FolderState, account: str
    ) -> tuple[int, int]:
        """Store one fetched batch and advance the folder state, all in one transaction.

        Returns (new distinct messages, messages already stored). A crash before COMMIT leaves
        neither rows nor an advanced state, so the next run fetches the batch again.

        Rows already stored are filtered out here and the rest appended directly: an
        ``INSERT ... SELECT DISTINCT ... ON CONFLICT`` over a staging table drags every raw
        message through a hash table and made DuckDB's memory grow with the backfill. Only one
        ingest writes at a time (the ingest lock), so nothing can slip in between check and append.
        """
        if self._bulk and any(len(it.fetched.raw) > _BIG_MESSAGE for it in items):
            # one huge message: this batch goes through a plain (uncapped) connection
            with self._stepped_aside():
                return self._save_batch(items, state, account)
        try:
            return self._save_batch(items, state, account)
        except StoreError as exc:
            if not (self._bulk and self._capped and any(m in str(exc).lower() for m in _MEMORY_MARKERS)):
                raise
            # DuckDB's checkpoint of long text columns can need more than the cap (runs of large
            # messages); the failed connection is unusable. Reopen without the cap for the rest of
            # this run and store the batch again: already stored keys and UIDs are skipped, so a
            # batch whose commit did land is not stored twice.
            log.warning("the database ran out of its memory cap (%s); continuing without it", exc)
            self._capped = False
            failed, self._held = self._held, None
            if failed is not None:
                with suppress(duckdb.Error):  # closing a failed connection may fail too
                    failed.close()
            self._reacquire()
            return self._save_batch(items, state, account)

    def _save_batch(
        self, items: Sequence[StoredMessage], state: FolderState, account: str
    ) -> tuple[int, int]:
        now = _now()
        with self.writer() as con:
            keys = list(dict.fromkeys(it.msg_key for it in items))
            known = _existing(con, "SELECT msg_key FROM mail WHERE msg_key IN (SELECT unnest(?))", [keys])
            classified = _existing(
                con, "SELECT msg_key FROM classifications WHERE msg_key IN (SELECT unnest(?))", [keys])
            uids = [it.fetched.uid for it in items]
            located = {int(u) for u in _existing(
                con,
                "SELECT uid FROM locations WHERE account = ? AND folder = ? AND uidvalidity = ? "
                "AND uid BETWEEN ? AND ?",
                [account, state.folder, state.uidvalidity, min(uids, default=0), max(uids, default=0)],
            )}
            mail_rows, raw_rows, loc_rows, cls_rows = [], [], [], []
            fresh: set[str] = set()
            for it in items:
                if it.msg_key not in known and it.msg_key not in fresh:
                    fresh.add(it.msg_key)
                    mail_rows.append(_mail_row(it, now))
                    raw_rows.extend(_raw_rows(it.msg_key, it.fetched.raw))
                    if it.classification is not None and it.msg_key not in classified:
                        cls_rows.append(_class_row(it.msg_key, it.classification, now))
                if it.fetched.uid not in located:
                    located.add(it.fetched.uid)
                    loc_rows.append(_location_row(it, now))
            for table, rows in (("mail", mail_rows), ("raw_chunks", raw_rows),
                                ("locations", loc_rows), ("classifications", cls_rows)):
                if rows:
                    with con.appender(table) as app:
                        app.append_rows(rows)
            _save_state(con, account, state, now)
        return len(mail_rows), len(keys) - len(mail_rows)

    def set_folder_state(self, account: str, state: FolderState) -> None:
        with self.writer() as con:
            _save_state(con, account, state, _now())

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
        """Keys of stored messages: all, or those not classified by ``model_version``; in the
        order they were stored, so that ``raw_messages`` reads neighbouring pieces together."""
        with self.reader() as con:
            if only_unclassified:
                rows = con.execute(
                    "SELECT m.msg_key FROM mail m LEFT JOIN classifications c USING (msg_key) "
                    "WHERE c.msg_key IS NULL OR c.model_version IS DISTINCT FROM ? ORDER BY m.rowid",
                    [model_version],
                ).fetchall()
            else:
                rows = con.execute("SELECT msg_key FROM mail ORDER BY rowid").fetchall()
        return [r[0] for r in rows]

    def raw_messages(self, keys: Sequence[str], batch: int = 500) -> Iterator[list[tuple[str, bytes]]]:
        """Yield (msg_key, raw) in batches of ``batch``; one short connection per batch, so
        memory holds one batch and writers get the file between batches.

        The pieces are read within the span of row ids the batch's keys occupy: DuckDB then
        skips the other row groups instead of decompressing every piece of the table to find a
        few (0.35 s -> 0.03 s for 500 neighbouring messages of 60,000). Keys in storage order
        (``message_keys``) keep that span short; any order gives the same result."""
        for i in range(0, len(keys), batch):
            chunk = list(keys[i : i + batch])
            with self.reader() as con:
                # key column only: cheap, and inside the same connection the row ids hold still
                first, last = con.execute(
                    "SELECT min(rowid), max(rowid) FROM raw_chunks WHERE msg_key IN (SELECT unnest(?))",
                    [chunk],
                ).fetchone()
                rows = [] if first is None else con.execute(
                    "SELECT msg_key, data FROM raw_chunks WHERE rowid BETWEEN ? AND ? "
                    "AND msg_key IN (SELECT unnest(?)) ORDER BY msg_key, seq",
                    [first, last, chunk],
                ).fetchall()
            pieces: dict[str, list[bytes]] = {}
            for key, data in rows:
                pieces.setdefault(key, []).append(data)
            yield [(k, b"".join(p)) for k, p in pieces.items()]

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


def _mail_row(it: StoredMessage, now: datetime) -> tuple:
    p, f = it.parsed, it.fetched
    date = p.date or f.internaldate
    return (
        it.msg_key, p.message_id, len(f.raw), it.account, f.folder, it.is_sent,
        f.uidvalidity, f.uid, f.internaldate, p.date, date, p.from_name, p.from_addr,
        list(p.to_addrs), list(p.cc_addrs), list(p.reply_to), p.subject, p.in_reply_to,
        list(p.references), p.text_plain[:MAX_BODY_CHARS], p.text_html[:MAX_BODY_CHARS],
        p.attachment_count, p.auto_submitted, p.parse_error, list(p.defects), now,
    )


def _raw_rows(key: str, raw: bytes) -> list[tuple[str, int, bytes]]:
    """(msg_key, seq, piece) rows of one message's raw bytes; an empty message is one empty piece."""
    return [(key, seq, raw[start:start + RAW_CHUNK_BYTES])
            for seq, start in enumerate(range(0, max(len(raw), 1), RAW_CHUNK_BYTES))]


def _location_row(it: StoredMessage, now: datetime) -> tuple:
    f = it.fetched
    return (it.account, f.folder, f.uidvalidity, f.uid, it.msg_key, list(f.flags), f.internaldate, now)


def _class_row(key: str, c: Classification, now: datetime) -> tuple:
    return (
        key, c.model_version, list(c.labels), {k: float(v) for k, v in c.scores.items()},
        c.company, list(c.topics), list(c.outside_control), c.needs_review, now,
    )


def _save_state(con: duckdb.DuckDBPyConnection, account: str, state: FolderState, now: datetime) -> None:
    con.execute(sql("folder_state_upsert"),
                [account, state.folder, state.uidvalidity, state.last_uid, now])


def _existing(con: duckdb.DuckDBPyConnection, query: str, params: list[Any]) -> set:
    return {r[0] for r in con.execute(query, params).fetchall()}


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
