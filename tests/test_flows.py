"""The Prefect layer: flows run the plain pipeline steps, retry only transient faults, publish the
digest, and `jobmail serve` really runs a scheduled ingest on a real local Prefect server."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from pipeline.demo_server import DemoImapServer, free_port
from pipeline.errors import MailboxTransientError
from pipeline.store import Store
from tests.ingest_helpers import JOBMAIL, PASSWORD_ENV, sample_message, write_config


class _Sink:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture(scope="module")
def prefect_harness(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-home")
    old = {k: os.environ.get(k) for k in ("PREFECT_HOME", "PREFECT_SERVER_ANALYTICS_ENABLED")}
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def _runs(db: Path) -> list[tuple]:
    _, rows = Store(db).query("SELECT kind, status, stored, error FROM runs ORDER BY started_at")
    return rows


def test_flows_ingest_digest_and_retry_only_transient(prefect_harness, pymap_server, tmp_path,
                                                      monkeypatch):
    from prefect.artifacts import Artifact

    from flows.digest import weekly_digest_flow
    from flows.ingest import ingest_flow, ingest_once

    folder = pymap_server.new_folder("flow")
    pymap_server.load(folder, [sample_message(i) for i in range(6)])
    sink = _Sink()
    smtp = Controller(sink, hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        cfg = write_config(tmp_path, pymap_server.port, pymap_server.username, folders=(folder,),
                           extra=f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\n'
                                 f'security = "none"\nfrom = "jobmail <j@localhost>"\n'
                                 '[digest]\nto = ["me@localhost"]\n')
        monkeypatch.setenv(PASSWORD_ENV, pymap_server.password)
        counts = ingest_flow(str(cfg))
        assert counts["stored"] == 6 and counts["skipped"] is False
        assert ingest_flow(str(cfg))["fetched"] == 0

        result = weekly_digest_flow(str(cfg), week="2026-W47")
        assert result == {"week": "2026-W47", "sent": True}
        again = weekly_digest_flow(str(cfg), week="2026-W47")
        assert again == {"week": "2026-W47", "sent": False}  # a retried run never sends twice
        assert len(sink.messages) == 1
        artifact = Artifact.get("weekly-digest")
        assert artifact is not None and "2026-W47" in str(artifact.data)
    finally:
        smtp.stop()

    db = tmp_path / "jobmail.duckdb"
    quick = ingest_once.with_options(retry_delay_seconds=0.2)
    # A wrong password: permanent, so one attempt only.
    monkeypatch.setenv(PASSWORD_ENV, "wrong-password")
    before = len(_runs(db))
    with pytest.raises(Exception, match="login refused"):
        quick(str(cfg))
    assert len(_runs(db)) - before == 1
    # Nothing listening: transient, so the task is retried (1 + 3 attempts).
    dead = write_config(tmp_path, free_port(), "x")
    monkeypatch.setenv(PASSWORD_ENV, "pw")
    before = len(_runs(db))
    with pytest.raises(MailboxTransientError):
        quick(str(dead))
    attempts = _runs(db)[before:]
    assert len(attempts) == 4 and all(r[1] == "failed" for r in attempts)


@pytest.mark.slow
def test_serve_runs_a_scheduled_ingest_and_stops_cleanly(tmp_path):
    server = DemoImapServer(username="sched", password="sched-pw-123")
    server.start()
    try:
        server.append("INBOX", [sample_message(i) for i in range(4)])
        cfg = write_config(tmp_path, server.port, "sched",
                           extra=f"[schedule]\ningest_interval_minutes = 0.1\n"
                                 f"prefect_port = {free_port()}\n")
        env = dict(os.environ, **{PASSWORD_ENV: "sched-pw-123"},
                   PREFECT_HOME=str(tmp_path / "prefect"),
                   # Look for due runs often, so the test doesn't wait a minute for the loop.
                   PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2",
                   PREFECT_RUNNER_POLL_FREQUENCY="2")
        env.pop("PREFECT_API_URL", None)
        proc = subprocess.Popen([JOBMAIL, "--config", str(cfg), "serve"], env=env,
                                stderr=subprocess.PIPE, text=True)
        db = tmp_path / "jobmail.duckdb"
        deadline = time.monotonic() + 240
        done = []
        try:
            while time.monotonic() < deadline and not done:
                time.sleep(2)
                assert proc.poll() is None, proc.stderr.read()
                if db.exists():
                    try:
                        done = [r for r in _runs(db) if r[0] == "ingest" and r[1] == "ok"]
                    except Exception:  # noqa: BLE001 - the scheduled run holds the file briefly
                        pass
            assert done, "no scheduled ingest ran within 240 s"
            assert done[0][2] == 4
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=60)
        assert code == 0
        log = (tmp_path / "logs" / "prefect-serve.log").read_text(errors="replace")
        assert "ingest" in log
    finally:
        server.stop()
