"""The demo: the embedded sample mailbox served over real IMAP, ingested, and digested.

``run_demo`` starts a throwaway pymap server on 127.0.0.1, loads ``pipeline/demo/mailbox``
(INBOX and Sent), writes a config file for it in the demo folder (the password travels in an
environment variable, as with a real mailbox), runs the real ingest, and writes the weekly digest
for the demo week. Nothing outside the demo folder is touched.
"""

from __future__ import annotations

import email.utils
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.demo_server import DemoImapServer
from pipeline.ingest import IngestReport, Progress, ingest
from pipeline.settings import Settings, load_settings

MAILBOX = Path(__file__).resolve().parent / "demo" / "mailbox"
#: The ISO week the sample mailbox's story ends in.
DEMO_WEEK = "2026-W47"
PASSWORD_ENV = "JOBMAIL_DEMO_PASSWORD"


@dataclass
class DemoResult:
    settings: Settings
    report: IngestReport
    loaded: dict[str, int]
    week: str
    paths: list[Path]


def _internaldate(raw: bytes) -> datetime | None:
    """The Date header as the arrival time the server records (files carry no arrival time)."""
    for line in raw.split(b"\n\n", 1)[0].splitlines():
        if line.lower().startswith(b"date:"):
            try:
                return email.utils.parsedate_to_datetime(line[5:].decode().strip()).astimezone(UTC)
            except (TypeError, ValueError):
                return None
    return None


def write_config(folder: Path, server: DemoImapServer) -> Path:
    config = folder / "jobmail.toml"
    config.write_text(
        "# Written by `jobmail demo`: the sample mailbox on a throwaway local IMAP server.\n"
        "[imap]\n"
        f'host = "{server.host}"\nport = {server.port}\nsecurity = "none"\n'
        f'username = "{server.username}"\npassword_env = "{PASSWORD_ENV}"\n'
        'folders = ["INBOX"]\nsent_folder = "Sent"\n\n'
        '[storage]\ndatabase = "jobmail.duckdb"\n\n'
        '[digest]\ntimezone = "UTC"\nto = ["alex.morgan@example.net"]\nout_dir = "digests"\n'
        'me = ["alex.morgan@example.net"]\n',
        encoding="utf-8",
    )
    return config


def run_demo(folder: Path, progress: Progress | None = None, fresh: bool = True) -> DemoResult:
    """Serve, ingest and digest the sample mailbox inside ``folder``."""
    from pipeline.digest_job import write_digest

    if fresh and folder.exists():
        for name in ("jobmail.duckdb", "jobmail.duckdb.wal", "digests"):
            target = folder / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(16)
    with DemoImapServer(username="alex", password=password) as server:
        loaded = {}
        for box in ("INBOX", "Sent"):
            files = sorted((MAILBOX / box).glob("*.eml"))
            raws = [f.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") for f in files]
            loaded[box] = server.append(box, raws, internaldates=[_internaldate(r) for r in raws])
        config = write_config(folder, server)
        previous = os.environ.get(PASSWORD_ENV)
        os.environ[PASSWORD_ENV] = password
        try:
            settings = load_settings(config)
            report = ingest(settings, progress=progress)
        finally:
            if previous is None:
                os.environ.pop(PASSWORD_ENV, None)
            else:
                os.environ[PASSWORD_ENV] = previous
    paths = write_digest(settings, DEMO_WEEK, formats=("html", "text", "json"))
    return DemoResult(settings, report, loaded, DEMO_WEEK, paths)
