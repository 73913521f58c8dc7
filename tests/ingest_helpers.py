"""Shared helpers for tests that run the real ingest: configs, CLI calls, sample messages."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JOBMAIL = str(ROOT / ".venv" / "bin" / "jobmail")
PASSWORD_ENV = "JOBMAIL_TEST_IMAP_PASSWORD"


def write_config(folder: Path, port: int, username: str, *, folders=("INBOX",),
                 sent_folder: str | None = None, security: str = "none",
                 ca_file: Path | None = None, host: str = "127.0.0.1", extra: str = "") -> Path:
    lines = [
        "[imap]", f'host = "{host}"', f"port = {port}", f'security = "{security}"',
        f'username = "{username}"', f'password_env = "{PASSWORD_ENV}"',
        "folders = [" + ", ".join(f'"{f}"' for f in folders) + "]",
        "connect_timeout = 5", "read_timeout = 20",
    ]
    if sent_folder:
        lines.append(f'sent_folder = "{sent_folder}"')
    if ca_file:
        lines.append(f'ca_file = "{ca_file}"')
    lines += ["", "[storage]", 'database = "jobmail.duckdb"', "lock_timeout = 30", "", extra]
    cfg = folder / "jobmail.toml"
    cfg.write_text("\n".join(lines) + "\n")
    return cfg


def run_ingest(config: Path, password: str, *args: str, timeout: float = 300) -> dict:
    """Run `jobmail ingest --json` as a user would; returns the report, asserts exit 0."""
    env = dict(os.environ, **{PASSWORD_ENV: password})
    out = subprocess.run([JOBMAIL, "--config", str(config), "ingest", "--json", *args],
                         capture_output=True, text=True, env=env, timeout=timeout)
    assert out.returncode == 0, f"exit {out.returncode}: {out.stderr}"
    return json.loads(out.stdout)


def query(config: Path, sql: str) -> list[dict]:
    out = subprocess.run([JOBMAIL, "--config", str(config), "query", "--format", "json", sql],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def sample_message(i: int, *, subject: str | None = None, msgid: str | None = None,
                   body: str | None = None, sender: str = "Jordan Lee <jordan@northwind.example>",
                   date: str = "Tue, 17 Nov 2026 10:00:00 +0000") -> bytes:
    """A small, plain message with CRLF line ends."""
    mid = msgid if msgid is not None else f"<sample-{i}@test.jobmail>"
    text = body or f"Hello,\n\nthis is message number {i}.\n\nBest,\nJordan\n"
    head = [f"From: {sender}", "To: Alex <alex@example.net>",
            f"Subject: {subject or f'Note {i}'}", f"Date: {date}", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8"]
    if mid:
        head.insert(0, f"Message-ID: {mid}")
    return ("\r\n".join(head) + "\r\n\r\n" + text.replace("\n", "\r\n")).encode()
