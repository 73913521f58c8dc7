"""Ingest end to end over real IMAP (Dovecot and pymap) into real DuckDB files."""

from __future__ import annotations

import hashlib

import pytest

from tests.hardening.breakage import cpython_email_corpus_dir
from tests.ingest_helpers import query, run_ingest, sample_message, write_config

FLAG_SETS = [(), ("\\Seen",), ("\\Seen", "\\Flagged"), ("\\Answered",), ("$Label1",)]


def _cpython_corpus() -> list[bytes]:
    folder = cpython_email_corpus_dir()
    assert folder is not None, "CPython's email test corpus is not installed"
    files = sorted(folder.glob("msg_*.txt"))
    assert len(files) >= 40
    # IMAP servers store CRLF line ends; normalise as an IMAP APPEND would.
    return [f.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") for f in files]


@pytest.mark.dovecot
def test_dovecot_ingest_is_read_only_complete_and_incremental(dovecot, tmp_path):
    user = dovecot.add_user()
    inbox = [sample_message(i) for i in range(40)]
    sent = [sample_message(100 + i, sender="Alex <alex@example.net>") for i in range(5)]
    dovecot.load(user, "INBOX", inbox, flags=[FLAG_SETS[i % len(FLAG_SETS)] for i in range(40)])
    dovecot.load(user, "Sent", sent, flags=[("\\Seen",)] * 5)
    before = (dovecot.snapshot(user, "INBOX"), dovecot.snapshot(user, "Sent"))
    cfg = write_config(tmp_path, dovecot.imap_port, user.name)

    first = run_ingest(cfg, user.password)
    assert (first["fetched"], first["stored"], first["duplicates"]) == (45, 45, 0)
    folders = {f["folder"]: f for f in first["folders"]}
    assert folders["INBOX"]["stored"] == 40 and folders["Sent"]["stored"] == 5  # \Sent discovered
    assert (dovecot.snapshot(user, "INBOX"), dovecot.snapshot(user, "Sent")) == before

    second = run_ingest(cfg, user.password)
    assert second["fetched"] == 0 and second["stored"] == 0
    assert (dovecot.snapshot(user, "INBOX"), dovecot.snapshot(user, "Sent")) == before

    rows = query(cfg, "SELECT folder, count(*) AS n, count(DISTINCT message_id) AS ids, "
                      "bool_and(is_sent) AS sent FROM messages GROUP BY folder ORDER BY folder")
    assert rows == [{"folder": "INBOX", "n": 40, "ids": 40, "sent": False},
                    {"folder": "Sent", "n": 5, "ids": 5, "sent": True}]
    # new mail arrives: only it is fetched
    dovecot.load(user, "INBOX", [sample_message(200)])
    third = run_ingest(cfg, user.password)
    assert (third["fetched"], third["stored"]) == (1, 1)


@pytest.mark.dovecot
def test_uidvalidity_change_resyncs_without_duplicates(dovecot, tmp_path):
    user = dovecot.add_user()
    dovecot.load(user, "INBOX", [sample_message(i) for i in range(12)])
    cfg = write_config(tmp_path, dovecot.imap_port, user.name)
    run_ingest(cfg, user.password)
    old = dovecot.snapshot(user, "INBOX")[0]
    dovecot.recreate_folder(user, "INBOX")
    assert dovecot.snapshot(user, "INBOX")[0] != old
    report = run_ingest(cfg, user.password)
    inbox = next(f for f in report["folders"] if f["folder"] == "INBOX")
    assert inbox["resync"] is True
    assert (inbox["fetched"], inbox["stored"], inbox["duplicates"]) == (12, 0, 12)
    assert query(cfg, "SELECT count(*) AS n FROM messages") == [{"n": 12}]
    assert run_ingest(cfg, user.password)["fetched"] == 0


@pytest.mark.dovecot
def test_cpython_email_corpus_stored_exactly_once(dovecot, tmp_path):
    user = dovecot.add_user()
    corpus = _cpython_corpus()
    dovecot.load(user, "INBOX", corpus)
    before = dovecot.snapshot(user, "INBOX")
    cfg = write_config(tmp_path, dovecot.imap_port, user.name)
    report = run_ingest(cfg, user.password)
    distinct = {hashlib.sha256(raw).hexdigest() for raw in corpus}
    assert report["fetched"] == len(corpus)
    assert report["stored"] == len(distinct)
    keys = {r["msg_key"] for r in query(cfg, "SELECT msg_key FROM mail")}
    assert keys == distinct
    raws = query(cfg, "SELECT count(*) AS n FROM mail JOIN raw_messages USING (msg_key) "
                      "WHERE raw_size = octet_length(raw) AND sha256(raw) = msg_key")
    assert raws == [{"n": len(distinct)}]
    assert dovecot.snapshot(user, "INBOX") == before


@pytest.mark.dovecot
def test_shared_message_id_and_second_folder(dovecot, tmp_path):
    user = dovecot.add_user()
    a = sample_message(1, msgid="<dup@x>", body="first text\n")
    b = sample_message(2, msgid="<dup@x>", body="another message, same id\n")
    dovecot.load(user, "INBOX", [a, b])
    dovecot.load(user, "Archive", [a])  # the same message filed twice
    cfg = write_config(tmp_path, dovecot.imap_port, user.name, folders=("INBOX", "Archive"))
    report = run_ingest(cfg, user.password)
    assert (report["fetched"], report["stored"], report["duplicates"]) == (3, 2, 1)
    assert query(cfg, "SELECT count(*) AS n FROM messages WHERE message_id = '<dup@x>'") == [{"n": 2}]
    assert query(cfg, "SELECT count(*) AS n FROM locations") == [{"n": 3}]


@pytest.mark.dovecot
def test_large_backfill_uses_workers_and_keeps_order(dovecot, tmp_path):
    user = dovecot.add_user()
    msgs = [sample_message(i) for i in range(450)]
    dovecot.load(user, "INBOX", msgs)
    cfg = write_config(tmp_path, dovecot.imap_port, user.name)
    report = run_ingest(cfg, user.password)
    assert report["stored"] == 450
    rows = query(cfg, "SELECT uid, message_id FROM messages ORDER BY uid")
    assert [r["message_id"] for r in rows] == [f"<sample-{i}@test.jobmail>" for i in range(450)]


def test_pymap_ingest_finds_sent_by_name(pymap_server, tmp_path):
    inbox = pymap_server.new_folder("in")
    sent = pymap_server.new_folder("sent")
    pymap_server.load(inbox, [sample_message(i) for i in range(8)], flags=[("\\Seen",)] * 8)
    pymap_server.load(sent, [sample_message(50, sender="Alex <alex@example.net>")])
    before = (pymap_server.snapshot(inbox), pymap_server.snapshot(sent))
    cfg = write_config(tmp_path, pymap_server.port, pymap_server.username, folders=(inbox,),
                       sent_folder=sent)
    report = run_ingest(cfg, pymap_server.password)
    assert (report["fetched"], report["stored"]) == (9, 9)
    assert run_ingest(cfg, pymap_server.password)["fetched"] == 0
    assert (pymap_server.snapshot(inbox), pymap_server.snapshot(sent)) == before
