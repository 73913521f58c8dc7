"""End to end: a scenario mailbox written for this repository is loaded into a real Dovecot,
ingested for real (parse + the released spaCy model), and ``jobmail digest --format json`` must
report the facts of spec/digest.md exactly.

Scenario ``interview_leak`` (tests/scenarios/interview_leak, one candidate, late Oct - Nov 2026,
time zone America/Los_Angeles): six companies acknowledge applications, four invite to interview,
three of those reject afterwards, no offer. Northwind Health's rejection gets a feedback request in
its thread (still open); Initech Software's rejection (sent from a Workday relay) gets a request
as a new message to another address at initech-software.example, answered by a different person
there (closed in W47). Globex and Initech both name system design. One invitation is dated Sunday
19:45 in Los Angeles (Monday in UTC), one acknowledgement Monday 07:30 UTC (Sunday in LA).
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from tests.ingest_helpers import JOBMAIL, PASSWORD_ENV

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = Path(__file__).resolve().parent / "scenarios"
MODEL_META = ROOT / "models" / "release" / "meta.json"

pytestmark = [
    pytest.mark.dovecot,
    pytest.mark.skipif(
        not MODEL_META.exists(), reason="no released model (models/release/meta.json)"
    ),
]


def _messages(folder: Path) -> tuple[list[bytes], list[datetime | None]]:
    raws, dates = [], []
    for f in sorted(folder.glob("*.eml")):
        raw = f.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        raws.append(raw)
        head = raw.split(b"\r\n\r\n", 1)[0].decode()
        date = next(
            (line[5:].strip() for line in head.split("\r\n") if line.startswith("Date:")), None
        )
        dates.append(parsedate_to_datetime(date) if date else None)
    return raws, dates


@pytest.fixture
def imap_server(request):
    """The session Dovecot of tests/conftest.py when present, else one started for this module."""
    try:
        return request.getfixturevalue("dovecot")
    except pytest.FixtureLookupError:
        from tests.servers import DovecotServer, dovecot_available

        reason = dovecot_available()
        if reason:
            pytest.skip(reason)
        server = DovecotServer()
        request.addfinalizer(server.close)
        return server


def _config(folder: Path, port: int, user: str, db: Path, tz: str) -> Path:
    cfg = folder / f"jobmail-{tz.replace('/', '_')}.toml"
    cfg.write_text(
        f'[imap]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\nusername = "{user}"\n'
        f'password_env = "{PASSWORD_ENV}"\nfolders = ["INBOX"]\nconnect_timeout = 5\n'
        f'read_timeout = 30\n\n[storage]\ndatabase = "{db}"\n\n'
        f'[digest]\ntimezone = "{tz}"\nme = ["sam.okafor@mailhost.example"]\n'
        f'out_dir = "{folder / "digests"}"\n'
    )
    return cfg


def _jobmail(cfg: Path, password: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, **{PASSWORD_ENV: password})
    out = subprocess.run(
        [JOBMAIL, "--config", str(cfg), *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert out.returncode == 0, f"jobmail {' '.join(args)}: exit {out.returncode}: {out.stderr}"
    return out


def _core(facts: dict) -> dict:
    return {
        "week": facts["week"],
        "period_start": facts["period_start"],
        "period_end": facts["period_end"],
        "health.week": facts["health"]["week"],
        "health.total": facts["health"]["total"],
        "leak": facts["health"]["leak"],
        "pending_feedback": [
            {k: p[k] for k in ("company", "rejected_on", "requested_on", "days_waiting")}
            for p in facts["pending_feedback"]
        ],
        "focus": facts["focus"]["area"],
    }


def test_interview_leak_scenario_digest(imap_server, tmp_path):
    user = imap_server.add_user()
    for folder in ("INBOX", "Sent"):
        raws, dates = _messages(SCENARIOS / "interview_leak" / folder)
        imap_server.load(user, folder, raws, flags=[("\\Seen",)] * len(raws), internaldates=dates)
    db = tmp_path / "jobmail.duckdb"
    la = _config(tmp_path, imap_server.imap_port, user.name, db, "America/Los_Angeles")
    report = json.loads(_jobmail(la, user.password, "ingest", "--json").stdout)
    assert report["stored"] == 20 and report["parse_failures"] == 0

    w47 = json.loads(
        _jobmail(la, user.password, "digest", "--week", "2026-W47", "--format", "json").stdout
    )
    assert _core(w47) == {
        "week": "2026-W47",
        "period_start": "2026-11-16",
        "period_end": "2026-11-22",
        "health.week": {
            "rejection": 2,
            "interview_invite": 1,
            "feedback": 2,
            "application_ack": 0,
            "offer": 0,
        },
        "health.total": {
            "rejection": 4,
            "interview_invite": 4,
            "feedback": 2,
            "application_ack": 6,
            "offer": 0,
        },
        "leak": "interviews",
        "pending_feedback": [
            {
                "company": "Northwind Health",
                "rejected_on": "2026-11-10",
                "requested_on": "2026-11-11",
                "days_waiting": 11,
            }
        ],
        "focus": "system_design",
    }
    assert w47["focus"]["evidence"][0] == (
        "system design named by Globex Logistics (2026-11-17) and Initech Software (2026-11-19)"
    )

    # a week earlier both requests were open; the Initech one matched by domain only
    w46 = json.loads(_jobmail(la, user.password, "digest", "--week", "2026-W46").stdout)
    assert _core(w46)["pending_feedback"] == [
        {
            "company": "Northwind Health",
            "rejected_on": "2026-11-10",
            "requested_on": "2026-11-11",
            "days_waiting": 4,
        },
        {
            "company": "Initech Software",
            "rejected_on": "2026-11-12",
            "requested_on": "2026-11-13",
            "days_waiting": 2,
        },
    ]

    # the same mail in UTC: the Sunday-evening invitation moves to W48, the Monday-morning
    # acknowledgement into W47, and Northwind's rejection (16:05 in LA) to 11 November
    utc = _config(tmp_path, imap_server.imap_port, user.name, db, "UTC")
    w47_utc = _core(
        json.loads(
            _jobmail(utc, user.password, "digest", "--week", "2026-W47", "--format", "json").stdout
        )
    )
    assert w47_utc["health.week"]["interview_invite"] == 0
    assert w47_utc["health.week"]["application_ack"] == 1
    assert w47_utc["health.total"]["interview_invite"] == 3
    assert w47_utc["pending_feedback"][0]["rejected_on"] == "2026-11-11"

    # the HTML rendering of the same facts is written where asked
    out = _jobmail(
        la,
        user.password,
        "digest",
        "--week",
        "2026-W47",
        "--format",
        "html",
        "--out",
        str(tmp_path / "html"),
    )
    path = Path(out.stdout.strip())
    assert path == tmp_path / "html" / "digest-2026-W47.html"
    html = path.read_text()
    assert "Northwind Health" in html and "System design" in html
