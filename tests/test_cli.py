"""The command line as a user meets it: help for every command, docs that mention them, one-line
errors with non-zero exits, and the query output formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.cli import COMMANDS
from pipeline.parse import parse_message
from pipeline.records import FetchedMessage, FolderState, message_key
from pipeline.store import Store, StoredMessage

ROOT = Path(__file__).resolve().parent.parent
JOBMAIL = str(ROOT / ".venv" / "bin" / "jobmail")


def jobmail(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([JOBMAIL, *args], capture_output=True, text=True, input=stdin,
                          timeout=120, env=env)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented(command):
    out = jobmail(command, "--help")
    assert out.returncode == 0, out.stderr
    assert "usage: jobmail" in out.stdout
    assert f"jobmail {command}" in (ROOT / "README.md").read_text()


def test_no_command_prints_help():
    out = jobmail()
    assert out.returncode == 2
    assert "COMMAND" in out.stdout


def test_missing_config_is_one_line(tmp_path):
    out = jobmail("--config", str(tmp_path / "missing.toml"), "ingest")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("jobmail: error:")
    assert "Traceback" not in out.stderr


def test_missing_password_env_is_one_line(tmp_path):
    cfg = tmp_path / "j.toml"
    cfg.write_text('[imap]\nhost="127.0.0.1"\nsecurity="none"\nusername="u"\n'
                   'password_env="JOBMAIL_TEST_UNSET_PW"\n[storage]\ndatabase="j.duckdb"\n')
    out = jobmail("--config", str(cfg), "ingest")
    assert out.returncode == 2, out.stderr
    assert "JOBMAIL_TEST_UNSET_PW" in out.stderr and out.stderr.count("\n") == 1


@pytest.fixture()
def db_config(tmp_path) -> Path:
    store = Store(tmp_path / "j.duckdb")
    store.ensure()
    raw = (b"From: Ann <ann@acme.example>\r\nSubject: Hi, \"there\"\r\nMessage-ID: <q1@x>\r\n"
           b"Date: Mon, 16 Nov 2026 09:00:00 +0000\r\n\r\nbody\r\n")
    fetched = FetchedMessage("INBOX", 1, 1, raw, datetime(2026, 11, 16, tzinfo=UTC))
    store.save_batch([StoredMessage("a", fetched, parse_message(raw), False, None, message_key(raw))],
                     FolderState("INBOX", 1, 1), "a")
    cfg = tmp_path / "j.toml"
    cfg.write_text('[storage]\ndatabase = "j.duckdb"\n')
    return cfg


def test_query_formats(db_config):
    sql = "SELECT message_id, subject, labels, date FROM messages"
    table = jobmail("--config", str(db_config), "query", sql)
    assert table.returncode == 0, table.stderr
    assert "message_id" in table.stdout and "(1 row)" in table.stdout
    as_json = json.loads(jobmail("--config", str(db_config), "query", "-f", "json", sql).stdout)
    assert as_json[0]["subject"] == 'Hi, "there"' and as_json[0]["labels"] == []
    rows = list(csv.reader(io.StringIO(jobmail("--config", str(db_config), "query", "--format",
                                               "csv", sql).stdout)))
    assert rows[0] == ["message_id", "subject", "labels", "date"] and rows[1][1] == 'Hi, "there"'
    piped = jobmail("--config", str(db_config), "query", "-", stdin="SELECT count(*) AS n FROM mail")
    assert piped.returncode == 0 and "1" in piped.stdout


def test_query_errors_are_one_line(db_config):
    bad = jobmail("--config", str(db_config), "query", "SELEKT 1")
    assert bad.returncode == 5 and bad.stderr.count("\n") == 1
    write = jobmail("--config", str(db_config), "query", "DROP TABLE mail")
    assert write.returncode == 5 and "Traceback" not in write.stderr
    still = jobmail("--config", str(db_config), "query", "SELECT count(*) FROM mail")
    assert still.returncode == 0
