"""Issue 5.5: concurrency on one DuckDB file. An ad hoc ``jobmail query`` running while ingest
writes, a reader holding the file past the writer's patience, and two ingests started at once
(the schedule plus a manual run): every process finishes or fails cleanly with one line, nothing
is duplicated, nothing is corrupted, the mailbox is unchanged."""

from __future__ import annotations

import secrets
import time

import duckdb

from tests.hardening.breakage import bulk_messages, mixed_flags
from tests.hardening.conftest import served_messages, unchanged

#: A read-only query that keeps DuckDB busy for a few seconds on these machines.
SLOW_QUERY = "SELECT sum(hash(i)) AS h, (SELECT count(*) FROM mail) AS n FROM range(1500000000) t(i)"


def test_query_running_while_ingest_writes(dovecot, mail_user, jobmail_for, artifacts):
    raws = bulk_messages(secrets.token_hex(4), 300, seed=21)
    dovecot.load(mail_user, "INBOX", raws[:20])
    jm = jobmail_for(dovecot, mail_user, batch_size=50)
    assert jm.ingest().returncode == 0  # the database exists, so queries can start
    dovecot.load(mail_user, "INBOX", raws[20:])

    with unchanged(dovecot, mail_user):
        slow = jm.start("query", "--format", "json", SLOW_QUERY)
        time.sleep(0.5)  # the query has the file open (read-only) when ingest starts
        ingest = jm.start("ingest", "--json")
        assert slow.poll() is None, "the slow query ended before ingest started: no overlap"
        quick = []
        while ingest.poll() is None:
            # Short ad hoc queries keep arriving while ingest writes.
            quick.append(jm.run("query", "--format", "csv", "SELECT count(*) FROM messages",
                                timeout=120))
            time.sleep(0.1)
        ingest_result = jm.finish(ingest)
        slow_result = jm.finish(slow)
    assert slow_result.returncode == 0, slow_result.stderr
    assert ingest_result.returncode == 0, ingest_result.stderr
    assert ingest_result.report["stored"] == 280
    assert quick and all(q.returncode == 0 for q in quick), [q.stderr for q in quick]
    counts = [int(q.stdout.splitlines()[1]) for q in quick]
    assert counts == sorted(counts) and all(20 <= c <= 300 for c in counts)
    jm.check_integrity(served_messages(dovecot, mail_user))


def test_reader_holding_the_file_makes_ingest_fail_cleanly(dovecot, mail_user, jobmail_for,
                                                           artifacts):
    raws = bulk_messages(secrets.token_hex(4), 50, seed=22)
    dovecot.load(mail_user, "INBOX", raws[:10])
    jm = jobmail_for(dovecot, mail_user, lock_timeout=2)
    assert jm.ingest().returncode == 0
    dovecot.load(mail_user, "INBOX", raws[10:])

    with unchanged(dovecot, mail_user):
        # Someone's notebook holds a read-only connection open: DuckDB lets no writer in.
        holder = duckdb.connect(str(jm.database), read_only=True)
        try:
            blocked = jm.ingest()
        finally:
            holder.close()
        assert blocked.returncode == 5, (blocked.returncode, blocked.stderr)
        line = blocked.one_line_error()
        assert "busy" in line and str(jm.database) in line
        assert blocked.seconds < 30
        artifacts.count(faults_injected=1)
        resumed = jm.ingest()
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.report["stored"] == 40
    jm.check_integrity(served_messages(dovecot, mail_user))


def test_two_ingests_started_at_once(dovecot, mail_user, jobmail_for, artifacts):
    raws = bulk_messages(secrets.token_hex(4), 400, seed=23)
    dovecot.load(mail_user, "INBOX", raws, flags=mixed_flags(len(raws)))
    jm = jobmail_for(dovecot, mail_user, batch_size=50)
    with unchanged(dovecot, mail_user):
        first = jm.start("ingest", "--json")
        second = jm.start("ingest", "--json")
        results = [jm.finish(first), jm.finish(second)]
    for r in results:
        assert r.returncode == 0, r.stderr
    stored = sorted(r.report["stored"] for r in results)
    # One run did the work; the other waited for the ingest lock and found nothing new.
    assert stored == [0, 400], stored
    assert sorted(r.report["fetched"] for r in results) == [0, 400]
    assert [r[0] for r in jm.sql("SELECT status FROM runs")] == ["ok", "ok"]
    jm.check_integrity(served_messages(dovecot, mail_user))
    artifacts.count(faults_injected=1)
