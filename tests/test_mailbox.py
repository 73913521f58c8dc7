"""pipeline.mailbox against real servers: Dovecot (TLS, STARTTLS, SPECIAL-USE) and pymap."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.demo_server import DemoImapServer
from pipeline.errors import ConfigError, MailboxAuthError, MailboxError, MailboxTransientError
from pipeline.mailbox import Mailbox, _byte_batches, _uid_chunks
from pipeline.settings import ImapSettings

SERVERS = [pytest.param("dovecot", marks=pytest.mark.dovecot), "pymap"]
FLAG_CASES = [
    (),
    ("\\Seen",),
    ("\\Seen", "\\Flagged"),
    ("\\Answered",),
    ("\\Draft",),
    ("$Interview",),
]


def message(i: int, body_bytes: int = 300) -> bytes:
    """A CRLF message with an 8-bit (Latin-1, not UTF-8) line, so byte exactness is visible."""
    head = (
        f"From: Recruiter {i} <r{i}@example.org>\r\nTo: me@example.net\r\n"
        f"Subject: Message {i}\r\nMessage-ID: <m{i}.jobmail@example.org>\r\n"
        "Content-Type: text/plain; charset=latin-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode()
    line = f"Line for message {i}: caf\xe9 na\xefve\r\n".encode("latin-1")
    return head + line * max(1, body_bytes // len(line))


def load(account, messages, flags=None, dates=None) -> None:
    if account.server.__class__.__name__ == "DovecotServer":
        account.server.load(
            account.user, account.folder, messages, flags=flags, internaldates=dates
        )
    else:
        account.server.load(account.folder, messages, flags=flags, internaldates=dates)


def snapshot(account):
    if account.server.__class__.__name__ == "DovecotServer":
        return account.server.snapshot(account.user, account.folder)
    return account.server.snapshot(account.folder)


# -- login and transport ---------------------------------------------------------------------


@pytest.mark.parametrize("server", SERVERS)
def test_login_ok_and_refused_without_leaking_the_password(imap_account, server):
    account = imap_account(server)
    with Mailbox(account.settings, account.password) as box:
        assert box.commands_sent >= 1  # at least LOGIN
        assert box.open_folder(account.folder).exists == 0

    wrong = "Wr0ng-" + account.password[::-1]
    with pytest.raises(MailboxAuthError) as info:
        with Mailbox(account.settings, wrong):
            pass
    text = str(info.value)
    assert f"IMAP login refused for {account.user.name}@127.0.0.1" in text
    assert wrong not in text and account.password not in text
    assert info.value.__cause__ is None and wrong not in str(info.value.__context__)


@pytest.mark.dovecot
def test_implicit_tls_with_ca_file(imap_account):
    account = imap_account("dovecot", security="tls")
    assert account.settings.port == account.server.imaps_port
    with Mailbox(account.settings, account.password) as box:
        assert box._client is not None and box._client.socket().version() in ("TLSv1.2", "TLSv1.3")
        assert box.open_folder("INBOX").uidvalidity > 0


@pytest.mark.dovecot
def test_starttls_with_ca_file(imap_account):
    account = imap_account("dovecot", security="starttls")
    assert account.settings.port == account.server.imap_port
    with Mailbox(account.settings, account.password) as box:
        assert box._client is not None and box._client.socket().version() in ("TLSv1.2", "TLSv1.3")
        assert box.sent_folder() == "Sent"


@pytest.mark.parametrize("security", ["tls", "starttls"])
@pytest.mark.dovecot
def test_self_signed_certificate_refused_without_ca_file(imap_account, security):
    account = imap_account("dovecot", security=security, ca_file=None)
    with pytest.raises(MailboxError) as info:
        with Mailbox(account.settings, account.password):
            pass
    assert not isinstance(info.value, MailboxTransientError)
    assert "not trusted" in str(info.value) and "ca_file" in str(info.value)
    assert account.password not in str(info.value)


@pytest.mark.dovecot
def test_tls_against_the_plaintext_port_is_a_configuration_error(imap_account):
    account = imap_account("dovecot", security="tls")
    settings = replace(account.settings, port=account.server.imap_port)
    with pytest.raises(MailboxError) as info:
        with Mailbox(settings, account.password):
            pass
    assert not isinstance(info.value, MailboxTransientError)


def test_plaintext_refused_for_a_remote_host():
    settings = ImapSettings(
        host="imap.example.com", username="u", password_env="X", security="none", port=143
    )
    with pytest.raises(ConfigError):
        with Mailbox(settings, "secret"):
            pass


# -- folders ---------------------------------------------------------------------------------


@pytest.mark.dovecot
def test_dovecot_folders_and_sent_by_special_use(imap_account):
    account = imap_account("dovecot")
    account.server.load(account.user, "Archive", [message(1)])
    with Mailbox(account.settings, account.password) as box:
        folders = {f.name: f.flags for f in box.list_folders()}
        assert set(folders) == {"INBOX", "Sent", "Archive"}
        assert "\\Sent" in folders["Sent"]
        assert box.sent_folder() == "Sent"
    explicit = replace(account.settings, sent_folder="Archive")
    with Mailbox(explicit, account.password) as box:
        assert box.sent_folder() == "Archive"
    missing = replace(account.settings, sent_folder="Nope")
    with Mailbox(missing, account.password) as box:
        with pytest.raises(MailboxError, match="Nope"):
            box.sent_folder()


def test_pymap_sent_found_by_name(imap_account):
    account = imap_account("pymap")
    account.server.create_folder("Sent")
    with Mailbox(account.settings, account.password) as box:
        folders = {f.name: f.flags for f in box.list_folders()}
        assert "\\Sent" not in folders["Sent"]  # pymap has no SPECIAL-USE
        assert account.folder in folders
        assert box.sent_folder() == "Sent"


@pytest.mark.parametrize("server", SERVERS)
def test_open_missing_folder_is_a_mailbox_error(imap_account, server):
    account = imap_account(server)
    with Mailbox(account.settings, account.password) as box:
        with pytest.raises(MailboxError) as info:
            box.open_folder("No Such Folder")
        assert not isinstance(info.value, MailboxTransientError)
        assert "No Such Folder" in str(info.value)
        with pytest.raises(MailboxError, match="no folder is open"):
            box.uids_after(0)


# -- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize("server", SERVERS)
def test_uids_after_filters_the_highest_uid_quirk(imap_account, server):
    account = imap_account(server)
    load(account, [message(i) for i in range(5)])
    with Mailbox(account.settings, account.password) as box:
        status = box.open_folder(account.folder)
        assert status.exists == 5
        uids = box.uids_after(0)
        assert len(uids) == 5 and uids == sorted(uids)
        assert status.uidnext is None or status.uidnext > uids[-1]
        assert box.uids_after(uids[2]) == uids[3:]
        # SEARCH UID n:* with n past the end still answers the highest UID: must be filtered.
        assert box.uids_after(uids[-1]) == []
        assert box.uids_after(uids[-1] + 1000) == []


@pytest.mark.parametrize("server", SERVERS)
def test_fetch_returns_exact_bytes_flags_and_internaldate_and_changes_nothing(imap_account, server):
    account = imap_account(server)
    raws = [message(i, 200 + 700 * i) for i in range(12)]
    flags = [FLAG_CASES[i % len(FLAG_CASES)] for i in range(12)]
    base = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
    dates = [base + timedelta(days=i, hours=i) for i in range(12)]
    load(account, raws, flags, dates)
    before = snapshot(account)
    assert before[2] == 12
    settings = replace(account.settings, batch_size=5)
    with Mailbox(settings, account.password) as box:
        status = box.open_folder(account.folder)
        uids = box.uids_after(0)
        got = list(box.fetch(uids))
    assert [m.uid for m in got] == uids
    assert [m.raw for m in got] == raws
    assert all(m.folder == account.folder and m.uidvalidity == status.uidvalidity for m in got)
    assert [m.internaldate for m in got] == dates
    for m, wanted in zip(got, flags, strict=True):
        assert set(m.flags) - {"\\Recent"} == set(wanted)
    after = snapshot(account)
    assert after == before  # UIDVALIDITY, every (uid, flags) incl. \Recent, and the count


@pytest.mark.dovecot
def test_fetch_skips_vanished_uids_and_keeps_uid_order(imap_account):
    account = imap_account("dovecot")
    load(account, [message(i) for i in range(6)])
    with Mailbox(account.settings, account.password) as box:
        box.open_folder("INBOX")
        uids = box.uids_after(0)
        # Another client expunges two messages between our SEARCH and our FETCH.
        from imapclient import IMAPClient

        with IMAPClient("127.0.0.1", port=account.settings.port, ssl=False, timeout=10) as other:
            other.login(account.user.name, account.password)
            other.select_folder("INBOX")
            other.delete_messages([uids[1], uids[3]])
            other.expunge()
        got = [m.uid for m in box.fetch(list(reversed(uids)) + [uids[-1] + 50])]
    assert got == [u for u in uids if u not in (uids[1], uids[3])]


@pytest.mark.dovecot
def test_batches_bounded_by_count_and_bytes(imap_account):
    account = imap_account("dovecot", batch_size=4)
    raws = [message(i, 12_000) for i in range(10)]
    load(account, raws)
    with Mailbox(account.settings, account.password) as box:
        box.open_folder("INBOX")
        uids = box.uids_after(0)
        start = box.commands_sent
        assert [m.raw for m in box.fetch(uids)] == raws
        # one RFC822.SIZE query + ceil(10 / 4) body fetches
        assert box.commands_sent - start == 1 + 3


@pytest.mark.dovecot
def test_large_messages_are_not_batched_past_32_mb(imap_account):
    account = imap_account("dovecot")
    big = [message(1, 18 * 1024 * 1024), message(2, 18 * 1024 * 1024), message(3, 1000)]
    load(account, big)
    with Mailbox(account.settings, account.password) as box:
        box.open_folder("INBOX")
        uids = box.uids_after(0)
        start = box.commands_sent
        sizes = [len(m.raw) for m in box.fetch(uids)]
        # sizes first, then [18 MB] and [18 MB + 1 KB]: 36 MB never travels in one response
        assert box.commands_sent - start == 3
    assert sizes == [len(b) for b in big]


def test_batch_planning_rules():
    sized = [(1, 10), (2, 10), (3, 100), (4, 1), (5, 1), (6, 1)]
    assert list(_byte_batches(sized, max_count=2, max_bytes=1000)) == [[1, 2], [3, 4], [5, 6]]
    assert list(_byte_batches(sized, max_count=10, max_bytes=50)) == [[1, 2], [3], [4, 5, 6]]
    assert list(_byte_batches([], 5, 5)) == []
    chunks = list(_uid_chunks(list(range(1, 5001)), 5000))
    assert [u for c in chunks for u in c] == list(range(1, 5001))
    assert all(len(",".join(map(str, c))) <= 7000 for c in chunks) and len(chunks) > 1


# -- faults ----------------------------------------------------------------------------------


@pytest.mark.dovecot
def test_stopped_dovecot_gives_transient_errors_within_the_timeout(imap_account):
    account = imap_account("dovecot", connect_timeout=2.0, read_timeout=2.0)
    load(account, [message(i) for i in range(3)])
    server = account.server
    box = Mailbox(account.settings, account.password).__enter__()
    try:
        box.open_folder("INBOX")
        server.stop()
        began = time.monotonic()
        with pytest.raises(MailboxTransientError) as cut:
            list(box.fetch(box.uids_after(0)))
        assert time.monotonic() - began < 3.0
        assert f"127.0.0.1:{account.settings.port}" in str(cut.value)
        with pytest.raises(MailboxTransientError, match="reconnect"):
            box.uids_after(0)  # a broken session is never reused
        box.__exit__(None, None, None)  # must not raise on a dead connection

        began = time.monotonic()
        with pytest.raises(MailboxTransientError, match="refused"):
            with Mailbox(account.settings, account.password):
                pass
        assert time.monotonic() - began < 3.0
    finally:
        server.start()
    with Mailbox(account.settings, account.password) as again:
        assert again.open_folder("INBOX").exists == 3


def test_silent_server_times_out_as_transient():
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    settings = ImapSettings(
        host="127.0.0.1",
        port=listener.getsockname()[1],
        username="u",
        password_env="X",
        security="none",
        connect_timeout=0.5,
        read_timeout=0.5,
    )
    try:
        began = time.monotonic()
        with pytest.raises(MailboxTransientError, match="timed out"):
            with Mailbox(settings, "secret"):
                pass
        assert time.monotonic() - began < 2.0
    finally:
        listener.close()
        for s in accepted:
            s.close()


def test_stopped_pymap_gives_transient_error(tmp_path):
    server = DemoImapServer(username="alone")
    server.start()
    settings = server.imap_settings("UNUSED", connect_timeout=2.0, read_timeout=2.0)
    with Mailbox(settings, server.password) as box:
        box.open_folder("INBOX")
        server.stop()
        with pytest.raises(MailboxTransientError):
            box.uids_after(0)
    with pytest.raises(MailboxTransientError):
        with Mailbox(settings, server.password):
            pass


# -- demo server -----------------------------------------------------------------------------


def test_demo_server_takes_credentials_that_look_like_options():
    # secrets.token_urlsafe begins with "-" one time in 64; such a password once broke CI.
    with DemoImapServer(username="-dash", password="-Xk3-leading-dash") as server:
        settings = server.imap_settings("UNUSED", connect_timeout=5.0, read_timeout=5.0)
        with Mailbox(settings, server.password) as box:
            box.open_folder("INBOX")


def test_demo_server_loads_eml_files(pymap_server, tmp_path):
    for i in range(3):
        path = tmp_path / f"{i:02d}.eml"
        path.write_bytes(message(i).replace(b"\r\n", b"\n"))  # .eml files on disk use LF
    folder = pymap_server.new_folder("eml")
    assert pymap_server.load_eml_dir(folder, tmp_path) == 3
    settings = pymap_server.imap_settings("UNUSED", folders=(folder,))
    with Mailbox(settings, pymap_server.password) as box:
        box.open_folder(folder)
        got = list(box.fetch(box.uids_after(0)))
    assert [m.raw for m in got] == [message(i) for i in range(3)]
    mtime = datetime.fromtimestamp(int((tmp_path / "00.eml").stat().st_mtime), UTC)
    assert got[0].internaldate == mtime


@pytest.mark.dovecot
def test_body_peek_keeps_unseen_mail_unseen_even_in_a_read_write_session(
    imap_account, monkeypatch, caplog
):
    """Second guard: if a server ignored EXAMINE, BODY.PEEK[] still must not set \\Seen."""
    from imapclient import IMAPClient

    account = imap_account("dovecot")
    load(account, [message(i) for i in range(4)], flags=[(), ("\\Flagged",), (), ("\\Seen",)])
    original = IMAPClient.select_folder
    # Fault injection: turn our EXAMINE into a SELECT, as a misbehaving server would act.
    monkeypatch.setattr(
        IMAPClient, "select_folder", lambda self, folder, readonly=False: original(self, folder)
    )
    with Mailbox(account.settings, account.password) as box:
        box.open_folder("INBOX")
        assert len(list(box.fetch(box.uids_after(0)))) == 4
    assert "read-write despite EXAMINE" in caplog.text
    monkeypatch.undo()
    flags = [set(f) - {"\\Recent"} for _, f in snapshot(account)[1]]
    assert flags == [set(), {"\\Flagged"}, set(), {"\\Seen"}]
