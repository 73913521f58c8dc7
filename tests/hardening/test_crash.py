"""Issue 5.2: crash. ``jobmail ingest`` SIGKILLed (with its workers) halfway through a 5,000-message
backfill, then run again: every message present exactly once, nothing half-written, the mailbox
unchanged."""

from __future__ import annotations

import os
import secrets
import signal

import duckdb
import pytest

from tests.hardening.breakage import bulk_messages, mixed_flags
from tests.hardening.conftest import served_messages, unchanged
from tests.hardening.proxy import FaultProxy

BACKFILL = 5000


def _stored_count(path) -> int | None:
    """Rows in ``mail`` right now, or None while the writer holds the file or before it exists."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except (duckdb.IOException, duckdb.CatalogException):
        return None
    try:
        return int(con.execute("SELECT count(*) FROM mail").fetchone()[0])
    except duckdb.Error:
        return None
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_halfway_through_backfill_then_rerun(dovecot, mail_user, jobmail_for, artifacts):
    raws = bulk_messages(secrets.token_hex(4), BACKFILL)
    dovecot.load(mail_user, "INBOX", raws, flags=mixed_flags(len(raws)))
    # Small batches (100): many commits, so the kill lands between and inside them.
    total_bytes = sum(len(r) for r in raws)
    with unchanged(dovecot, mail_user), FaultProxy(dovecot.imaps_port) as proxy:
        jm = jobmail_for(dovecot, mail_user, port=proxy.port, batch_size=100)
        proc = jm.start("ingest", "--json")
        # SIGKILL the whole process tree (CLI and parse workers) once the server has sent half
        # the mailbox: fetching runs at most a few batches ahead of storing, so by then some
        # batches are committed and others are in flight. Triggered by bytes on the wire, not
        # by polling the database (a reader can be starved by the writer's lock).
        proxy.on_bytes(total_bytes // 2, lambda: os.killpg(proc.pid, signal.SIGKILL))
        proc.wait(timeout=180)
        assert proxy.triggered and proc.returncode == -9, (
            f"ingest was not killed mid-run (exit {proc.returncode}); the test needs a kill")
        after_kill = _stored_count(jm.database)
        at_kill = after_kill
        assert after_kill is not None and 0 < after_kill < BACKFILL, (
            f"kill landed at {after_kill} of {BACKFILL}: not halfway")
        artifacts.count(faults_injected=1)

        # The killed run left a 'running' row and committed batches only.
        keys_after_kill = set(jm.stored_keys())
        states = jm.sql("SELECT last_uid FROM folder_state WHERE folder = 'INBOX'")
        located = jm.sql("SELECT count(*) FROM locations WHERE folder = 'INBOX'")[0][0]
        assert located == len(keys_after_kill), "a batch was half-written"
        if states:
            # The folder state never runs ahead of the stored rows.
            assert states[0][0] == jm.sql("SELECT max(uid) FROM locations")[0][0]

        second = jm.ingest(timeout=300)
        assert second.returncode == 0, second.stderr
        report = second.report
        assert report["stored"] == BACKFILL - len(keys_after_kill)
        assert report["stored"] + len(keys_after_kill) == BACKFILL

    jm.check_integrity(served_messages(dovecot, mail_user))
    uids = jm.sql("SELECT uid, count(*) FROM locations GROUP BY uid HAVING count(*) > 1")
    assert uids == [], "a UID is recorded twice"
    assert jm.sql("SELECT count(*) FROM locations")[0][0] == BACKFILL
    assert jm.sql("SELECT last_uid FROM folder_state WHERE folder = 'INBOX'")[0][0] == BACKFILL
    statuses = sorted(r[0] for r in jm.sql("SELECT status FROM runs"))
    assert statuses == ["ok", "running"], statuses  # the killed run never got to finish
    print(f"crash: killed at {at_kill}/{BACKFILL} stored; rerun stored {report['stored']}")
