"""Issue 5.4: mailbox identity. The folder deleted and recreated on the server (a new UIDVALIDITY,
the same messages under the same UIDs) must not duplicate anything; a message filed in two
folders is one message with two locations."""

from __future__ import annotations

import secrets

from tests.hardening.breakage import bulk_messages, mixed_flags
from tests.hardening.conftest import served_messages, unchanged


def test_recreated_folder_with_new_uidvalidity_adds_no_duplicates(dovecot, mail_user,
                                                                  jobmail_for, artifacts):
    token = secrets.token_hex(4)
    raws = bulk_messages(token, 60, seed=11)
    dovecot.load(mail_user, "INBOX", raws[:50], flags=mixed_flags(50))
    # Ten of the INBOX messages were also filed in Sent (same bytes): one message, two places.
    dovecot.load(mail_user, "Sent", raws[40:50])
    jm = jobmail_for(dovecot, mail_user)

    before = {f: dovecot.snapshot(mail_user, f) for f in ("INBOX", "Sent")}
    first = jm.ingest()
    assert first.returncode == 0, first.stderr
    assert first.report["stored"] == 50 and first.report["duplicates"] == 10
    assert {f: dovecot.snapshot(mail_user, f) for f in ("INBOX", "Sent")} == before

    dovecot.recreate_folder(mail_user, "INBOX")
    recreated = dovecot.snapshot(mail_user, "INBOX")
    assert recreated[0] != before["INBOX"][0], "UIDVALIDITY did not change: the test is void"
    assert recreated[1:] == before["INBOX"][1:]  # same UIDs, flags and count
    artifacts.count(faults_injected=1)

    second = jm.ingest()
    assert second.returncode == 0, second.stderr
    inbox = next(f for f in second.report["folders"] if f["folder"] == "INBOX")
    assert inbox["resync"] is True
    assert inbox["fetched"] == 50 and inbox["stored"] == 0 and inbox["duplicates"] == 50
    assert dovecot.snapshot(mail_user, "INBOX") == recreated

    # New mail after the recreation is picked up incrementally under the new UIDVALIDITY.
    dovecot.load(mail_user, "INBOX", raws[50:])
    third = jm.ingest()
    assert third.returncode == 0, third.stderr
    assert third.report["fetched"] == 10 and third.report["stored"] == 10

    assert jm.sql("SELECT count(*) FROM mail")[0][0] == 60
    # Both incarnations of INBOX are recorded as locations, plus the 10 Sent copies.
    assert jm.sql("SELECT count(DISTINCT uidvalidity) FROM locations WHERE folder='INBOX'")[0][0] == 2
    assert jm.sql("SELECT count(*) FROM locations")[0][0] == 50 + 60 + 10
    state = jm.sql("SELECT uidvalidity, last_uid FROM folder_state WHERE folder = 'INBOX'")[0]
    assert state == (recreated[0], 60)
    jm.check_integrity(served_messages(dovecot, mail_user, "INBOX"))


def test_readonly_guard_detects_a_flag_change(dovecot, mail_user):
    """The before/after snapshot every hardening test relies on can fail: a single \\Seen set
    by a read-write session between the snapshots is caught."""
    import pytest
    from imapclient import IMAPClient

    dovecot.load(mail_user, "INBOX", bulk_messages(secrets.token_hex(4), 3, seed=12),
                 flags=mixed_flags(3))
    with pytest.raises(AssertionError, match="folder INBOX changed"):
        with unchanged(dovecot, mail_user):
            with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=10) as c:
                c.login(mail_user.name, mail_user.password)
                c.select_folder("INBOX")
                c.fetch([2], ["BODY[]"])  # not PEEK: marks message 2 \Seen
