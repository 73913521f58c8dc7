"""Issue 5.8: secrets. After the whole hardening suite, no password of any test account appears in
any file the tests' jobmail runs produced (config, DuckDB files and their WALs, lock files,
rendered digests, captured stdout/stderr), in any column of any table, or in any error message.

This module runs last (tests/hardening/conftest.py moves it to the end) and searches everything
the other hardening tests registered with the ``artifacts`` collector. It also makes a run of its
own (success, refused login, digest, query) so that it tests something when run alone, and it
first proves its scanner finds a planted password, so a broken scanner cannot pass.
"""

from __future__ import annotations

import base64
import re
import secrets
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

import duckdb

from tests.hardening.breakage import bulk_messages, hostile_cases
from tests.hardening.conftest import Artifacts, Jobmail, unchanged


def _needles(password: str) -> list[bytes]:
    """The password as it could appear: plain, base64 (as in AUTH PLAIN), URL-quoted, UTF-16."""
    raw = password.encode()
    forms = {raw, base64.b64encode(raw), urllib.parse.quote(password).encode(),
             password.encode("utf-16-le")}
    return [f for f in forms if len(f) >= 8]


def _pattern(passwords: Iterable[str]) -> re.Pattern[bytes]:
    """One alternation of every form of every password: each file is read and searched once."""
    needles = sorted({n for p in passwords for n in _needles(p)}, key=len, reverse=True)
    return re.compile(b"|".join(re.escape(n) for n in needles))


def _is_duckdb(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(12)[8:12] == b"DUCK"
    except OSError:
        return False


def _scan_duckdb(path: Path, passwords: list[str], pattern: re.Pattern[bytes]) -> list[str]:
    """Every VARCHAR/BLOB/LIST/MAP column of every table and view, searched for each password
    (DuckDB compresses stored strings, so grepping the file's bytes alone could miss one)."""
    hits = []
    text_pattern = "|".join(re.escape(p) for p in passwords)
    con = duckdb.connect(str(path), read_only=True)
    try:
        columns = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main'"
        ).fetchall()
        for table, column, dtype in columns:
            if dtype == "BLOB":
                for (value,) in con.execute(f'SELECT "{column}" FROM "{table}"').fetchall():
                    if value is None:
                        continue
                    if pattern.search(bytes(value)):
                        hits.append(f"{path}:{table}.{column}")
                continue
            if not any(t in dtype for t in ("VARCHAR", "[]", "MAP", "STRUCT", "JSON")):
                continue
            n = con.execute(
                f'SELECT count(*) FROM "{table}" '
                f'WHERE regexp_matches(CAST("{column}" AS VARCHAR), ?)',
                [text_pattern],
            ).fetchone()[0]
            if n:
                hits.append(f"{path}:{table}.{column} ({n} rows)")
    finally:
        con.close()
    return hits


def scan(artifacts: Artifacts) -> tuple[list[str], int, int]:
    """Search every registered file, database and captured output. Returns (hits, files, dbs)."""
    passwords = sorted(artifacts.passwords)
    pattern = _pattern(passwords)
    hits: list[str] = []
    files = dbs = 0
    seen: set[Path] = set()
    for root in artifacts.paths:
        candidates = [root] if root.is_file() else (p for p in root.rglob("*") if p.is_file())
        for path in candidates:
            if path in seen:
                continue
            seen.add(path)
            files += 1
            if pattern.search(path.read_bytes()):
                hits.append(f"{path} (bytes)")
            if _is_duckdb(path):
                dbs += 1
                hits += _scan_duckdb(path, passwords, pattern)
    for label, text in artifacts.texts:
        hits += [f"captured {label}" for p in passwords if p in text]
    return hits, files, dbs


def test_scanner_finds_a_planted_password(tmp_path):
    """The scanner itself can fail: a password planted in a file, a text column of a DuckDB
    file (compressed storage: not greppable) and captured output is found in all three."""
    planted = Artifacts()
    pw = planted.password(f"pw-{secrets.token_hex(12)}")
    (tmp_path / "log.txt").write_text(f"note: {base64.b64encode(pw.encode()).decode()}\n")
    con = duckdb.connect(str(tmp_path / "x.duckdb"))
    con.execute("CREATE TABLE t (a VARCHAR, b BLOB, c VARCHAR[])")
    con.execute("INSERT INTO t SELECT 'row ' || i, NULL, [] FROM range(50000) r(i)")
    con.execute("INSERT INTO t VALUES ('clean', NULL, ['x', ?])", [pw])
    con.close()
    planted.path(tmp_path)
    planted.text("stderr", f"jobmail: error: {pw}")
    hits, files, dbs = scan(planted)
    assert any("log.txt" in h for h in hits)
    assert any("t.c" in h for h in hits), hits
    assert any(h.startswith("captured") for h in hits)
    assert files >= 2 and dbs == 1


def test_no_password_anywhere_after_the_suite(dovecot, mail_user, jobmail_for, artifacts,
                                             tmp_path_factory):
    # A run of our own: good login, refused login, digest in every format, a query, status.
    dovecot.load(mail_user, "INBOX", bulk_messages(secrets.token_hex(4), 20, seed=41)
                 + [c.raw for c in hostile_cases(secrets.token_hex(4))])
    jm = jobmail_for(dovecot, mail_user)
    with unchanged(dovecot, mail_user):
        assert jm.ingest().returncode == 0
        wrong = artifacts.password(f"pw-wrong-{secrets.token_hex(12)}")
        bad = Jobmail(jm.tmp.parent / "wrong", artifacts, port=dovecot.imaps_port,
                      username=mail_user.name, password=wrong, ca_file=dovecot.cert_path)
        refused = bad.ingest()
        assert refused.returncode == 3
        refused.one_line_error()
    for fmt in ("html", "text", "markdown", "json"):
        assert jm.run("digest", "--week", "2025-W45", "--format", fmt).returncode == 0
    assert jm.run("query", "SELECT * FROM runs").returncode == 0
    jm.run("status")

    # Suite-wide: every password the session's Dovecot ever issued (its passwd file) and every
    # test's tmp_path of this session (pytest's basetemp), not only the hardening tests' own.
    passwd_files = [p for p in dovecot.root.rglob("passwd*") if p.is_file()]
    passwd_files += [p for d in dovecot.root.rglob("passwd*") if d.is_dir() for p in d.iterdir()]
    for path in passwd_files:
        for line in path.read_text().splitlines():
            if "{PLAIN}" in line:
                artifacts.password(line.split("{PLAIN}", 1)[1].split(":", 1)[0])
    artifacts.path(tmp_path_factory.getbasetemp())
    hits, files, dbs = scan(artifacts)
    assert not hits, "password found in:\n" + "\n".join(sorted(set(hits))[:50])
    # The search covered real ground: this test's own files at least, more after a full suite.
    assert files >= 10 and dbs >= 2, (files, dbs)
    assert len(artifacts.passwords) >= 2 and passwd_files
    print(f"secrets: searched {files} files ({dbs} DuckDB databases) and "
          f"{len(artifacts.texts)} captured outputs for {len(artifacts.passwords)} passwords")
