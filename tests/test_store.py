"""The DuckDB store on real files: migrations, identity of messages, locking, CLI compatibility."""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.errors import StoreError, StoreLockedError
from pipeline.parse import parse_message
from pipeline.records import Classification, FetchedMessage, FolderState, message_key
from pipeline.store import Store, StoredMessage, migrations

ROOT = Path(__file__).resolve().parent.parent


def _raw(msgid: str | None, body: str, subject: str = "Hello") -> bytes:
    head = f"Message-ID: {msgid}\r\n" if msgid else ""
    return (f"From: A <a@example.org>\r\nTo: b@example.net\r\nSubject: {subject}\r\n{head}"
            f"Date: Tue, 17 Nov 2026 10:00:00 +0100\r\n\r\n{body}\r\n").encode()


def _item(raw: bytes, folder: str = "INBOX", uid: int = 1, uidvalidity: int = 7,
          cls: Classification | None = None) -> StoredMessage:
    fetched = FetchedMessage(folder, uidvalidity, uid, raw, datetime(2026, 11, 17, tzinfo=UTC), ("\\Seen",))
    return StoredMessage("acct", fetched, parse_message(raw), folder == "Sent", cls, message_key(raw))


def test_migrations_apply_once_and_are_recorded(tmp_path):
    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    Store(tmp_path / "j.duckdb").ensure()  # a second process: nothing to apply
    cols, rows = store.query("SELECT name FROM schema_migrations ORDER BY name")
    assert [r[0] for r in rows] == [name for name, _ in migrations()]


def test_migration_002_keeps_the_data_of_a_version_1_database(tmp_path, monkeypatch):
    """A file made by the first schema (key indexes) is migrated in place: every row and the
    messages view survive, the key indexes are gone, and ingest still refuses duplicates."""
    import pipeline.store as store_module

    first_only = migrations()[:1]
    monkeypatch.setattr(store_module, "migrations", lambda: first_only)
    _write_raw_inline(monkeypatch)
    old = Store(tmp_path / "j.duckdb")
    cls = Classification(("rejection",), {"rejection": 0.9}, "Acme", (), (), False, "t1")
    old.save_batch([_item(_raw("<a@x>", "one"), uid=1, cls=cls), _item(_raw("<b@x>", "two"), uid=2)],
                   FolderState("INBOX", 7, 2), "acct")
    _, before = old.query("SELECT * FROM messages ORDER BY msg_key")
    monkeypatch.undo()

    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    _, after = store.query("SELECT * FROM messages ORDER BY msg_key")
    assert after == before and len(after) == 2
    _, keys = store.query(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' "
        "AND table_name IN ('mail', 'locations', 'classifications')"
    )
    assert keys == []
    new, dup = store.save_batch([_item(_raw("<a@x>", "one"), uid=1)], FolderState("INBOX", 7, 2), "acct")
    assert (new, dup) == (0, 1)
    assert store.query("SELECT count(*) FROM mail")[1] == [(2,)]
    assert store.query("SELECT count(*) FROM locations")[1] == [(2,)]


def _write_raw_inline(monkeypatch) -> None:
    """Make save_batch write as before migration 003: the raw bytes in mail.raw (4th column)."""
    import pipeline.store as store_module

    row = store_module._mail_row
    monkeypatch.setattr(store_module, "_raw_rows", lambda key, raw: [])

    def inline(it, now):
        cols = row(it, now)
        return (*cols[:3], it.fetched.raw, *cols[3:])

    monkeypatch.setattr(store_module, "_mail_row", inline)


def test_migration_003_moves_raw_bytes_into_pieces_and_keeps_them_exact(tmp_path, monkeypatch):
    """A file made before migration 003 keeps every message's raw bytes (as one piece); mail
    stored after it is cut into pieces of RAW_CHUNK_BYTES and comes back byte for byte, through
    Store.raw_messages and through the raw_messages view."""
    import pipeline.store as store_module

    before_003 = migrations()[:2]
    monkeypatch.setattr(store_module, "migrations", lambda: before_003)
    _write_raw_inline(monkeypatch)
    old_raw = _raw("<old@x>", "stored before the migration " * 2000)  # ~56 KB
    Store(tmp_path / "j.duckdb").save_batch([_item(old_raw, uid=1)], FolderState("INBOX", 7, 1), "acct")
    monkeypatch.undo()

    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    attachment = bytes(range(256)) * 400  # 100 KB of every byte value
    new_raw = _raw("<new@x>", "see attached") + attachment
    empty = b""
    store.save_batch([_item(new_raw, uid=2), _item(empty, uid=3)], FolderState("INBOX", 7, 3), "acct")
    _, pieces = store.query("SELECT msg_key, count(*), max(octet_length(data)) FROM raw_chunks GROUP BY 1")
    counts = {k: (n, longest) for k, n, longest in pieces}
    assert counts[message_key(old_raw)] == (1, len(old_raw))
    assert counts[message_key(new_raw)] == (-(-len(new_raw) // store_module.RAW_CHUNK_BYTES),
                                             store_module.RAW_CHUNK_BYTES)
    assert counts[message_key(empty)] == (1, 0)
    wanted = {message_key(r): r for r in (old_raw, new_raw, empty)}
    got = dict(kv for batch in store.raw_messages(list(wanted), batch=2) for kv in batch)
    assert got == wanted
    _, rows = store.query("SELECT msg_key, raw FROM raw_messages")
    assert {k: bytes(r) for k, r in rows} == wanted
    cols, _ = store.query("SELECT * FROM mail LIMIT 0")
    assert "raw" not in cols and "raw_size" in cols


def test_same_message_twice_is_one_row_and_shared_message_id_is_two(tmp_path):
    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    a = _raw("<same@x>", "first body")
    b = _raw("<same@x>", "a different message reusing the id")
    new, dup = store.save_batch([_item(a, uid=1), _item(b, uid=2)], FolderState("INBOX", 7, 2), "acct")
    assert (new, dup) == (2, 0)
    # the same bytes again, in another folder and after a UIDVALIDITY change
    new, dup = store.save_batch([_item(a, folder="Archive", uid=9, uidvalidity=8)],
                                FolderState("Archive", 8, 9), "acct")
    assert (new, dup) == (0, 1)
    _, rows = store.query("SELECT message_id, count(*) FROM messages GROUP BY 1")
    assert rows == [("<same@x>", 2)]
    _, rows = store.query("SELECT count(*) FROM locations")
    assert rows == [(3,)]
    assert store.folder_state("acct", "INBOX") == FolderState("INBOX", 7, 2)


def test_messages_view_has_documented_columns(tmp_path):
    store = Store(tmp_path / "j.duckdb")
    cls = Classification(("rejection",), {"rejection": 0.97}, "Acme", (), ("role_filled",), False, "t1")
    store.ensure()
    store.save_batch([_item(_raw("<m1@x>", "no"), cls=cls)], FolderState("INBOX", 7, 1), "acct")
    cols, rows = store.query("SELECT * FROM messages")
    for c in ("message_id", "folder", "uid", "date", "sender", "subject", "labels", "company"):
        assert c in cols
    row = dict(zip(cols, rows[0], strict=True))
    assert row["labels"] == ["rejection"] and row["company"] == "Acme"
    assert row["outside_control"] == ["role_filled"]
    assert row["date"].astimezone(UTC) == datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def test_query_is_read_only(tmp_path):
    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    with pytest.raises(StoreError):
        store.query("DELETE FROM mail")


def test_reader_on_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="ingest"):
        Store(tmp_path / "none.duckdb").query("SELECT 1")


def _hold(path: Path, read_only: bool, seconds: float) -> subprocess.Popen:
    """Hold the file from another process (DuckDB's lock is per process)."""
    code = ("import duckdb,sys,time; c=duckdb.connect(sys.argv[1], read_only=sys.argv[2]=='ro'); "
            "print('held', flush=True); time.sleep(float(sys.argv[3]))")
    proc = subprocess.Popen([str(ROOT / ".venv/bin/python"), "-c", code, str(path),
                             "ro" if read_only else "rw", str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_writer_waits_for_a_reader_then_proceeds(tmp_path):
    path = tmp_path / "j.duckdb"
    Store(path).ensure()
    proc = _hold(path, read_only=True, seconds=1.0)
    started = time.monotonic()
    try:
        Store(path, lock_timeout=20).ensure()
    finally:
        proc.wait()
    assert time.monotonic() - started >= 0.5


def test_locked_file_gives_up_with_a_clear_message(tmp_path):
    path = tmp_path / "j.duckdb"
    Store(path).ensure()
    proc = _hold(path, read_only=False, seconds=30)
    try:
        with pytest.raises(StoreLockedError, match="busy"):
            Store(path, lock_timeout=0.5).query("SELECT 1")
    finally:
        proc.kill()
        proc.wait()


def test_file_opens_in_duckdb_cli_1_5(tmp_path):
    cli = ROOT / ".venv" / "bin" / "duckdb"
    if not cli.exists():
        pytest.skip("duckdb-cli not installed")
    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    store.save_batch([_item(_raw("<m1@x>", "hi"))], FolderState("INBOX", 7, 1), "acct")
    out = subprocess.run([str(cli), "-readonly", str(tmp_path / "j.duckdb"), "-csv", "-c",
                          "SELECT count(*) AS n FROM messages"], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["n", "1"]


_BULK_WRITER = r"""
import sys, time
from pipeline.parse import parse_message
from pipeline.records import FetchedMessage, FolderState
from pipeline.records import message_key
from pipeline.store import Store, StoredMessage
store = Store(sys.argv[1])
store.ensure()
uid = 0
with store.bulk():
    print("writing", flush=True)
    deadline = time.monotonic() + float(sys.argv[2])
    while time.monotonic() < deadline:
        items = []
        for _ in range(20):
            uid += 1
            raw = b"Subject: n\r\nMessage-ID: <%d@b>\r\n\r\nbody %d\r\n" % (uid, uid)
            f = FetchedMessage("INBOX", 1, uid, raw)
            items.append(StoredMessage("a", f, parse_message(raw), False, None, message_key(raw)))
        store.save_batch(items, FolderState("INBOX", 1, uid), "a")
        store.yield_to_readers()
print("done", uid, flush=True)
"""


def test_reader_gets_in_during_a_long_bulk_write(tmp_path):
    path = tmp_path / "j.duckdb"
    proc = subprocess.Popen([str(ROOT / ".venv/bin/python"), "-c", _BULK_WRITER, str(path), "12"],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == "writing"
        time.sleep(1)
        started = time.monotonic()
        _, rows = Store(path, lock_timeout=8).query("SELECT count(*) FROM mail")
        waited = time.monotonic() - started
        assert rows[0][0] > 0 and waited < 8
        assert proc.poll() is None, "the writer finished before the reader tried: test proves nothing"
    finally:
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0 and out.startswith("done")


def test_backfill_connection_is_capped_and_single_threaded(tmp_path):
    """A backfill's write connection: 64 MB (61 MiB) of DuckDB memory, one DuckDB thread; the
    uncapped connection it falls back to keeps the one thread."""
    store = Store(tmp_path / "j.duckdb")
    store.ensure()

    def setting(name: str):
        assert store._held is not None
        return store._held.execute(f"SELECT current_setting('{name}')").fetchone()[0]

    with store.bulk():
        assert setting("threads") == 1
        assert setting("memory_limit") == "61.0 MiB"
        store._capped = False  # what save_batch does when a checkpoint breaks the cap
        store._release()
        store._reacquire()
        assert setting("threads") == 1
        assert setting("memory_limit") != "61.0 MiB"


def test_bulk_writer_that_runs_out_of_its_memory_cap_continues_without_it(tmp_path, monkeypatch, caplog):
    """A checkpoint or append that needs more than the bulk cap must not fail the run: the batch
    is stored again on an uncapped connection, nothing lost, nothing doubled."""
    import logging

    import pipeline.store as store_module

    monkeypatch.setattr(store_module, "_BULK", {"checkpoint_threshold": "1MB", "memory_limit": "8MB"})
    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    text = " ".join(f"word{i % 977}" for i in range(60_000))  # ~500 KB: far over the cap per batch
    batches = [[_item(_raw(f"<m{b}-{i}@x>", f"{b}-{i} {text}"), uid=b * 10 + i + 1) for i in range(10)]
               for b in range(3)]
    caplog.set_level(logging.WARNING, logger="pipeline.store")
    with store.bulk():
        for b, batch in enumerate(batches):
            assert store.save_batch(batch, FolderState("INBOX", 7, b * 10 + 10), "acct") == (10, 0)
    assert any("memory cap" in r.getMessage() for r in caplog.records)
    _, rows = store.query("SELECT count(*), count(DISTINCT msg_key) FROM mail")
    assert rows == [(30, 30)]


def test_mail_with_attachments_stays_within_the_bulk_memory_cap(tmp_path, caplog):
    """A backfill of mail with attachments (~100 KB a message, 2,100 messages: more than one
    2,048-row vector) is stored under the bulk connection's memory cap. With whole messages in one
    BLOB column a checkpoint held 2,048 of them at once (~200 MB) and the store had to drop the cap."""
    import base64
    import logging
    import random

    rnd = random.Random(5)
    attachments = [base64.encodebytes(rnd.randbytes(75_000)).decode() for _ in range(8)]
    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    caplog.set_level(logging.WARNING, logger="pipeline.store")
    uid = 0
    with store.bulk():
        for _ in range(21):
            batch = []
            for _ in range(100):
                uid += 1
                body = f"see the attached report {uid}\r\n\r\n{attachments[uid % 8]}"
                batch.append(_item(_raw(f"<att{uid}@x>", body), uid=uid))
            assert store.save_batch(batch, FolderState("INBOX", 7, uid), "acct") == (100, 0)
    assert not [r.getMessage() for r in caplog.records if "memory cap" in r.getMessage()]
    _, rows = store.query("SELECT count(*), sum(raw_size) FROM mail")
    assert rows[0][0] == 2100 and rows[0][1] > 2100 * 100_000
