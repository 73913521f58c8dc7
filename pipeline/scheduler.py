"""Run the schedules: a real local Prefect server plus a process serving the two deployments.

Prefect's ephemeral server registers served deployments but never schedules runs, so ``jobmail
serve`` starts ``prefect server start`` on 127.0.0.1 (or uses the server named by PREFECT_API_URL),
waits until it answers, starts ``python -m flows.serve`` against it, and on Ctrl-C or SIGTERM
stops both: SIGTERM first, SIGKILL after a timeout (Prefect's serve has been seen to hang on
SIGTERM). This module starts processes; it does not import Prefect.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from pipeline.errors import SchedulerError
from pipeline.settings import ENV_CONFIG, Settings

log = logging.getLogger(__name__)

STOP_TIMEOUT = 15.0


def prefect_env(settings: Settings, api_url: str | None) -> dict[str, str]:
    """Environment for Prefect child processes: our PREFECT_HOME, no telemetry, the config."""
    env = dict(os.environ)
    env.setdefault("PREFECT_HOME", str(settings.storage.database.parent / "prefect"))
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    env.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "pipeline")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    if settings.path:
        env[ENV_CONFIG] = str(Path(settings.path).resolve())
    return env


def wait_healthy(api_url: str, timeout: float, alive: Callable[[], bool]) -> None:
    """Poll ``<api>/health`` until it answers 200, the process dies, or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise SchedulerError("the Prefect server exited during start-up (see its log)")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise SchedulerError(f"the Prefect server at {api_url} did not answer within {timeout:.0f} s")


def stop(proc: subprocess.Popen, name: str, timeout: float = STOP_TIMEOUT) -> None:
    """SIGTERM, wait, then SIGKILL: a stop that always finishes."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        log.warning("%s did not stop within %.0f s; killing it", name, timeout)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def serve(settings: Settings, log_dir: Path, on_ready: Callable[[str], None] | None = None,
          stop_after: float | None = None) -> int:
    """Start (or reuse) a Prefect server and serve the deployments until interrupted.

    ``stop_after`` (seconds) ends the run by itself, for tests. Returns the serving process's
    exit code (0 after a requested stop).
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    external = os.environ.get("PREFECT_API_URL")
    server: subprocess.Popen | None = None
    api_url = external or f"http://127.0.0.1:{settings.schedule.prefect_port}/api"
    env = prefect_env(settings, api_url)
    stopping = False

    def _request_stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    old_term = signal.signal(signal.SIGTERM, _request_stop)
    old_int = signal.signal(signal.SIGINT, _request_stop)
    serving: subprocess.Popen | None = None
    try:
        if not external:
            server_log = (log_dir / "prefect-server.log").open("ab")
            server = subprocess.Popen(
                [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                 "--port", str(settings.schedule.prefect_port)],
                env=env, stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True,
            )
            wait_healthy(api_url, 120, lambda: server.poll() is None)
        else:
            wait_healthy(api_url, 30, lambda: True)
        serve_log = (log_dir / "prefect-serve.log").open("ab")
        serving = subprocess.Popen([sys.executable, "-m", "flows.serve"], env=env,
                                   stdout=serve_log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        if on_ready:
            on_ready(api_url)
        started = time.monotonic()
        while not stopping and serving.poll() is None:
            if stop_after is not None and time.monotonic() - started >= stop_after:
                break
            time.sleep(0.5)
        code = serving.poll()
        if code is not None and not stopping:
            raise SchedulerError(f"the serving process exited with code {code} "
                                 f"(see {log_dir / 'prefect-serve.log'})")
        return 0
    finally:
        if serving is not None:
            stop(serving, "serving process")
        if server is not None:
            stop(server, "Prefect server")
        signal.signal(signal.SIGTERM, old_term)
        signal.signal(signal.SIGINT, old_int)
