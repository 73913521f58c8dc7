"""Shared pieces of the hardening suite: the CLI driver, read-only guards, and the suite-wide
artifact collector that test_secrets.py searches at the very end.

Ingest is driven through the installed ``jobmail`` command in a subprocess, as a user runs it, so
exit codes, stderr lines and files on disk are exactly what a user would see. Every test account
has its own random password; the collector remembers each one together with every file, folder
and captured output the test produced.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
JOBMAIL = str(ROOT / ".venv" / "bin" / "jobmail")
PYTHON = str(ROOT / ".venv" / "bin" / "python")


# -- suite-wide artifacts ----------------------------------------------------------------------------


@dataclass
class Artifacts:
    """Everything the hardening tests produced that could leak a password."""

    passwords: set[str] = field(default_factory=set)
    paths: list[Path] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)
    #: Figures for the report: messages tried, faults injected, lost, duplicated.
    figures: dict[str, int] = field(default_factory=lambda: {
        "messages_tried": 0, "faults_injected": 0, "lost": 0, "duplicated": 0})

    def password(self, password: str) -> str:
        self.passwords.add(password)
        return password

    def path(self, path: Path) -> Path:
        self.paths.append(Path(path))
        return path

    def text(self, label: str, text: str) -> None:
        self.texts.append((label, text))

    def count(self, **figures: int) -> None:
        for k, v in figures.items():
            self.figures[k] += v


@pytest.fixture(scope="session")
def artifacts() -> Iterator[Artifacts]:
    collected = Artifacts()
    yield collected
    figures = collected.figures
    summary = ", ".join(f"{k}={v}" for k, v in figures.items())
    # One line in the pytest output (-s or the terminal summary shows it) and a file for CI.
    out = ROOT / ".pytest_cache" / "hardening-figures.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"\nhardening figures: {summary}")


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    """The secrets search runs after every other test, over what they all left behind."""
    last = [i for i in items if i.nodeid.startswith("tests/hardening/test_secrets.py")
            or "/hardening/test_secrets.py" in i.nodeid]
    if last:
        rest = [i for i in items if i not in last]
        items[:] = rest + last


# -- the CLI driver ------------------------------------------------------------------------------------


@dataclass
class CliResult:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def report(self) -> dict[str, Any]:
        """The ``ingest --json`` report (fails the test if stdout is not JSON)."""
        try:
            return json.loads(self.stdout)
        except json.JSONDecodeError as exc:
            raise AssertionError(f"not a JSON report: {exc}\nstdout={self.stdout!r}\n"
                                 f"stderr={self.stderr!r}") from None

    def one_line_error(self) -> str:
        """The single stderr line a failed run must print (no traceback, no noise)."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        assert "Traceback" not in self.stderr, self.stderr
        errors = [line for line in lines if line.startswith("jobmail: error:")]
        assert len(errors) == 1, f"expected one error line, got:\n{self.stderr}"
        return errors[0]


class Jobmail:
    """One configured jobmail (config file, database, password env var) in ``tmp``."""

    def __init__(self, tmp: Path, artifacts: Artifacts, *, port: int, username: str,
                 password: str, host: str = "127.0.0.1", security: str = "tls",
                 ca_file: Path | None = None, folders: Sequence[str] = ("INBOX",),
                 read_timeout: float = 30, connect_timeout: float = 10, batch_size: int = 200,
                 lock_timeout: float = 60, model: str | None = None,
                 extra_toml: str = "") -> None:
        self.tmp = Path(tmp)
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.artifacts = artifacts
        artifacts.path(self.tmp)
        self.password = artifacts.password(password)
        self.env_name = f"JOBMAIL_TEST_PW_{secrets.token_hex(4).upper()}"
        self.database = self.tmp / "jobmail.duckdb"
        self.config = self.tmp / "jobmail.toml"
        folder_list = ", ".join(json.dumps(f) for f in folders)
        lines = [
            "[imap]", f'host = "{host}"', f"port = {port}", f'security = "{security}"',
            f'username = "{username}"', f'password_env = "{self.env_name}"',
            f"folders = [{folder_list}]", f"read_timeout = {read_timeout}",
            f"connect_timeout = {connect_timeout}", f"batch_size = {batch_size}",
        ]
        if ca_file is not None:
            lines.append(f'ca_file = "{ca_file}"')
        lines += ["", "[storage]", f'database = "{self.database}"', f"lock_timeout = {lock_timeout}",
                  "", "[digest]", 'timezone = "UTC"', f'out_dir = "{self.tmp / "digests"}"']
        if model is not None:
            lines += ["", "[classifier]", f'model = "{model}"']
        self.config.write_text("\n".join(lines) + "\n" + extra_toml)
        self._n = 0

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("JOBMAIL_TEST_PW_")}
        env[self.env_name] = self.password
        env.pop("JOBMAIL_CONFIG", None)
        env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
        return env

    def command(self, *args: str) -> list[str]:
        return [JOBMAIL, "--config", str(self.config), *args]

    def run(self, *args: str, timeout: float = 180) -> CliResult:
        """Run ``jobmail --config CFG ARGS`` to completion; output is kept for the secrets test."""
        cmd = self.command(*args)
        started = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self.env(), timeout=timeout)
        result = CliResult(cmd, proc.returncode, proc.stdout, proc.stderr,
                           time.monotonic() - started)
        self._keep(result)
        return result

    def ingest(self, *extra: str, timeout: float = 180) -> CliResult:
        return self.run("ingest", "--json", *extra, timeout=timeout)

    def start(self, *args: str) -> subprocess.Popen[str]:
        """Start ``jobmail ARGS`` in its own process group (so a test can SIGKILL all of it)."""
        self._n += 1
        out = (self.tmp / f"cli-{self._n}.out").open("w")
        err = (self.tmp / f"cli-{self._n}.err").open("w")
        proc = subprocess.Popen(self.command(*args), stdout=out, stderr=err, text=True,
                                env=self.env(), start_new_session=True)
        out.close()
        err.close()
        proc.out_path = self.tmp / f"cli-{self._n}.out"  # type: ignore[attr-defined]
        proc.err_path = self.tmp / f"cli-{self._n}.err"  # type: ignore[attr-defined]
        return proc

    def finish(self, proc: subprocess.Popen[str], timeout: float = 180) -> CliResult:
        """Wait for a process from ``start`` and collect what it printed."""
        started = time.monotonic()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_group(proc)
            raise
        result = CliResult(list(map(str, proc.args)), proc.returncode,  # type: ignore[arg-type]
                           proc.out_path.read_text(), proc.err_path.read_text(),  # type: ignore[attr-defined]
                           time.monotonic() - started)
        self._keep(result)
        return result

    def _keep(self, result: CliResult) -> None:
        self._n += 1
        self.artifacts.text(f"{' '.join(result.args[3:])} stdout", result.stdout)
        self.artifacts.text(f"{' '.join(result.args[3:])} stderr", result.stderr)
        (self.tmp / f"cli-{self._n}.out").write_text(result.stdout)
        (self.tmp / f"cli-{self._n}.err").write_text(result.stderr)

    # -- the database, read directly (not through jobmail, so a jobmail bug can't hide) -----------

    def sql(self, text: str, params: Sequence[Any] = (), wait: float = 60) -> list[tuple]:
        deadline = time.monotonic() + wait
        while True:
            try:
                con = duckdb.connect(str(self.database), read_only=True)
            except duckdb.IOException:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
                continue
            try:
                return con.execute(text, list(params)).fetchall()
            finally:
                con.close()

    def stored_keys(self) -> list[str]:
        """msg_key of every mail row (a list: duplicates would show up twice)."""
        return [r[0] for r in self.sql("SELECT msg_key FROM mail")]

    def check_integrity(self, expected_raws: Sequence[bytes]) -> dict[str, int]:
        """Every expected message stored exactly once, byte for byte; nothing else stored.

        Returns the figures (tried, lost, duplicated) and asserts both are zero.
        """
        import hashlib

        want = {hashlib.sha256(r).hexdigest() for r in expected_raws}
        rows = self.sql("SELECT msg_key, raw, raw_size FROM mail LEFT JOIN raw_messages USING (msg_key)")
        keys = [r[0] for r in rows]
        for key, raw, size in rows:
            # Nothing half-written: the key is the hash of the stored bytes, the size matches.
            assert raw is not None, f"row {key} has no raw bytes"
            assert hashlib.sha256(bytes(raw)).hexdigest() == key, f"row {key} holds other bytes"
            assert size == len(bytes(raw))
        lost = len(want - set(keys))
        duplicated = len(keys) - len(set(keys))
        extra = set(keys) - want
        self.artifacts.count(messages_tried=len(want), lost=lost, duplicated=duplicated)
        assert lost == 0, f"{lost} of {len(want)} messages were not stored"
        assert duplicated == 0, f"{duplicated} messages stored more than once"
        assert not extra, f"{len(extra)} stored messages were never on the server"
        return {"tried": len(want), "lost": lost, "duplicated": duplicated}


def kill_group(proc: subprocess.Popen[str]) -> None:
    """SIGKILL a process started with ``Jobmail.start`` and every process it started."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


@pytest.fixture()
def jobmail_for(tmp_path: Path, artifacts: Artifacts):
    """Factory: ``jobmail_for(dovecot, user, **options)`` -> Jobmail over implicit TLS with the
    server's certificate trusted via ca_file (override port/security/ca_file as needed)."""
    made: list[Jobmail] = []

    def make(server, user, name: str = "jm", **options: Any) -> Jobmail:
        options.setdefault("port", server.imaps_port)
        options.setdefault("security", "tls")
        options.setdefault("ca_file", server.cert_path)
        jm = Jobmail(tmp_path / name, artifacts, username=user.name, password=user.password,
                     **options)
        made.append(jm)
        return jm

    return make


# -- read-only guard -----------------------------------------------------------------------------------


@contextmanager
def unchanged(server, user, folders: Sequence[str] = ("INBOX", "Sent")) -> Iterator[dict]:
    """Assert that flags, message count and UIDs of ``folders`` are identical before and after."""
    before = {f: server.snapshot(user, f) for f in folders}
    yield before
    if not server.running:
        server.start()
    after = {f: server.snapshot(user, f) for f in folders}
    for f in folders:
        assert after[f] == before[f], f"folder {f} changed: {before[f][2]} -> {after[f][2]} messages"


@pytest.fixture()
def mail_user(dovecot, artifacts):
    """A fresh Dovecot user whose (random) password is registered for the secrets search."""
    user = dovecot.add_user(password=f"pw-{secrets.token_hex(12)}")
    artifacts.password(user.password)
    return user


def served_messages(server, user, folder: str = "INBOX") -> list[bytes]:
    """The bytes the server actually serves for every message of ``folder`` (over EXAMINE and
    BODY.PEEK, changing nothing). The ground truth for "stored exactly once": servers may
    rewrite what was delivered (Dovecot turns NUL into 0x80 and bare LF into CRLF)."""
    from imapclient import IMAPClient

    with IMAPClient(server.host, port=server.imap_port, ssl=False, timeout=60) as client:
        client.login(user.name, user.password)
        client.select_folder(folder, readonly=True)
        uids = sorted(client.search(["ALL"]))
        out: list[bytes] = []
        for i in range(0, len(uids), 500):
            data = client.fetch(uids[i:i + 500], ["BODY.PEEK[]"])
            out += [bytes(data[u][b"BODY[]"]) for u in uids[i:i + 500]]
        return out
