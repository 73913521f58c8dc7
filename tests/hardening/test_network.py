"""Issue 5.3: network faults between jobmail and a real Dovecot, injected by a loopback proxy
(tests/hardening/proxy.py) or by restarting the server mid-fetch.

- a connection cut in the middle of a fetch: retried with backoff, the run completes, nothing
  lost or duplicated;
- the server restarted mid-fetch: the same;
- a refused login: one line on stderr, a non-zero exit, exactly one connection (no retry storm);
- a server that stops answering: a timeout error, not a hang.
Each test counts the faults the proxy really injected, so a proxy that failed to cut would fail
the test instead of passing it vacuously.
"""

from __future__ import annotations

import secrets
import threading
import time

import pytest

from tests.hardening.breakage import bulk_messages, mixed_flags
from tests.hardening.conftest import served_messages, unchanged
from tests.hardening.proxy import FaultProxy

#: Messages per test: below ingest's INLINE_LIMIT (200) parsing runs in-process; above it, in
#: worker processes with batches in flight when the connection dies.
SMALL, LARGE = 180, 600


@pytest.mark.parametrize(("security", "count"), [("tls", LARGE), ("none", SMALL)])
def test_connection_cut_mid_fetch_is_retried_with_backoff(dovecot, mail_user, jobmail_for,
                                                          artifacts, security, count):
    raws = bulk_messages(secrets.token_hex(4), count, seed=3)
    dovecot.load(mail_user, "INBOX", raws, flags=mixed_flags(len(raws)))
    target = dovecot.imaps_port if security == "tls" else dovecot.imap_port
    # Cut the first two connections after ~40% of the mailbox's bytes: inside the body fetch,
    # after login and the first batches (messages are ~2.5 KB each).
    with FaultProxy(target, mode="cut", after_bytes=count * 1000, fault_connections=2) as proxy:
        jm = jobmail_for(dovecot, mail_user, port=proxy.port, security=security,
                         ca_file=dovecot.cert_path if security == "tls" else None, batch_size=50)
        with unchanged(dovecot, mail_user):
            result = jm.ingest("--retries", "3")
        stats = proxy.stats
    assert stats.cuts == 2, f"the proxy cut {stats.cuts} connections, expected 2"
    assert result.returncode == 0, result.stderr
    assert 0 < result.report["fetched"] < count, "the last attempt should resume, not restart"
    # Backoff: the retries waited ~1 s, then ~2 s (base 1 s, x2, +-20% jitter).
    gaps = [b - a for a, b in zip(stats.connect_times, stats.connect_times[1:], strict=False)]
    assert stats.connections == 3, stats.connect_times
    assert gaps[0] >= 0.75 and gaps[1] >= 1.5, f"no backoff between attempts: {gaps}"
    assert result.stderr.count("retrying in") == 2, result.stderr
    runs = jm.sql("SELECT status, stored FROM runs ORDER BY started_at")
    assert [r[0] for r in runs] == ["failed", "failed", "ok"]
    # The stored rows of all attempts add up to the mailbox: each batch committed once.
    assert sum(r[1] for r in runs) == count
    jm.check_integrity(served_messages(dovecot, mail_user))
    artifacts.count(faults_injected=stats.cuts)


def test_server_restarted_mid_fetch(dovecot, mail_user, jobmail_for, artifacts):
    raws = bulk_messages(secrets.token_hex(4), SMALL, seed=4)
    dovecot.load(mail_user, "INBOX", raws, flags=mixed_flags(len(raws)))
    restarted = threading.Event()

    def restart() -> None:
        # Stop Dovecot (its processes cut every client), bring it back shortly after.
        dovecot.stop()
        time.sleep(0.3)
        dovecot.start()
        restarted.set()

    with FaultProxy(dovecot.imaps_port, mode="pass") as proxy:
        proxy.on_bytes(SMALL * 1000, lambda: threading.Thread(target=restart, daemon=True).start())
        jm = jobmail_for(dovecot, mail_user, port=proxy.port, batch_size=50)
        with unchanged(dovecot, mail_user):
            result = jm.ingest("--retries", "3")
            assert restarted.wait(30), "the server was never restarted"
    assert proxy.triggered
    assert result.returncode == 0, result.stderr
    assert "retrying in" in result.stderr, "the restart did not interrupt the run"
    runs = jm.sql("SELECT status FROM runs ORDER BY started_at")
    assert runs[0][0] == "failed" and runs[-1][0] == "ok"
    jm.check_integrity(served_messages(dovecot, mail_user))
    artifacts.count(faults_injected=1)


def test_refused_login_is_one_line_without_retry_storm(dovecot, mail_user, jobmail_for,
                                                       artifacts):
    dovecot.load(mail_user, "INBOX", bulk_messages(secrets.token_hex(4), 3))
    wrong = f"wrong-{secrets.token_hex(10)}"
    artifacts.password(wrong)
    with FaultProxy(dovecot.imaps_port, mode="pass") as proxy:
        jm = jobmail_for(dovecot, mail_user, port=proxy.port)
        jm.password = wrong
        with unchanged(dovecot, mail_user):
            result = jm.ingest("--retries", "5")
    assert result.returncode == 3, (result.returncode, result.stderr)
    line = result.one_line_error()
    assert "login refused" in line and mail_user.name in line
    assert wrong not in result.stderr and wrong not in result.stdout
    assert proxy.stats.connections == 1, f"{proxy.stats.connections} login attempts: retry storm"
    assert result.seconds < 20
    artifacts.count(faults_injected=1)


def test_silent_server_times_out_instead_of_hanging(dovecot, mail_user, jobmail_for, artifacts):
    dovecot.load(mail_user, "INBOX", bulk_messages(secrets.token_hex(4), 100, seed=5))
    # The first two connections stall after ~150 KB: login works, then the server goes quiet.
    with FaultProxy(dovecot.imaps_port, mode="stall", after_bytes=150_000,
                    fault_connections=2) as proxy:
        jm = jobmail_for(dovecot, mail_user, port=proxy.port, read_timeout=1.5, batch_size=20)
        with unchanged(dovecot, mail_user):
            result = jm.ingest("--retries", "1", timeout=60)  # a hang fails here, not forever
            stalls = proxy.stats.stalls
            assert stalls == 2, f"the proxy stalled {stalls} connections, expected 2 (one retry)"
            assert result.returncode == 3, (result.returncode, result.stderr)
            assert "timed out" in result.one_line_error()
            # Two attempts of a 1.5 s timeout, ~1 s backoff and start-up: far from a hang.
            assert result.seconds < 30
            # What arrived before the stall is stored; the next run (server answering again)
            # fetches only the rest.
            stored_before = len(jm.stored_keys())
            assert 0 < stored_before < 100
            ok = jm.ingest()
    assert ok.returncode == 0, ok.stderr
    assert ok.report["stored"] == 100 - stored_before
    jm.check_integrity(served_messages(dovecot, mail_user))
    artifacts.count(faults_injected=stalls)
