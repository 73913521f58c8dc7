"""Shared fixtures: real IMAP servers on 127.0.0.1, started once per session (tests/servers.py).

Isolation: each test takes a fresh Dovecot user (``dovecot.add_user()``) or a fresh pymap folder
(``pymap_server.new_folder()``); ``imap_account`` does either and returns ready ImapSettings.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest

from pipeline.settings import ImapSettings
from tests.servers import DovecotServer, MailUser, PymapServer, dovecot_available

REQUIRE_DOVECOT_ENV = "JOBMAIL_REQUIRE_DOVECOT"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the Dovecot server carry the ``dovecot`` marker (``-m 'not dovecot'``)."""
    for item in items:
        if "dovecot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.dovecot)


# -- IMAP servers -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """Debian's Dovecot on 127.0.0.1 (plaintext+STARTTLS and implicit TLS). Skipped where it
    cannot run, unless $JOBMAIL_REQUIRE_DOVECOT=1 (CI), which turns the skip into a failure."""
    reason = dovecot_available()
    if reason:
        if os.environ.get(REQUIRE_DOVECOT_ENV) == "1":
            pytest.fail(f"{REQUIRE_DOVECOT_ENV}=1 but {reason}")
        pytest.skip(reason)
    server = DovecotServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def pymap_server() -> Iterator[PymapServer]:
    """pymap (in-memory) on 127.0.0.1, plaintext, one user; tests use their own folders."""
    server = PymapServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@dataclass(frozen=True)
class ImapAccount:
    """A fresh mailbox on a test server and the settings that reach it (password in the env)."""

    settings: ImapSettings
    user: MailUser
    server: DovecotServer | PymapServer
    #: The folder the test should use: INBOX on Dovecot, a fresh folder on pymap.
    folder: str

    @property
    def password(self) -> str:
        return self.user.password


_env_counter = itertools.count(1)


@pytest.fixture()
def imap_account(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., ImapAccount]:
    """Factory: ``imap_account(server="dovecot"|"pymap", security="none"|"starttls"|"tls",
    **ImapSettings overrides)``. Dovecot: a new user (INBOX and Sent). pymap: its one user and a
    new folder (``.folder``, also ``settings.folders``). TLS modes trust the test certificate via
    ca_file. The password is put in a fresh env var named by ``settings.password_env``."""

    def make(server: str = "dovecot", security: str = "none", **overrides: Any) -> ImapAccount:
        env_name = f"JOBMAIL_TEST_IMAP_PASSWORD_{next(_env_counter)}"
        if server == "dovecot":
            dc: DovecotServer = request.getfixturevalue("dovecot")
            user = dc.add_user()
            port = dc.imaps_port if security == "tls" else dc.imap_port
            settings = ImapSettings(
                host=dc.host,
                port=port,
                security=security,
                username=user.name,
                password_env=env_name,
                ca_file=dc.cert_path if security != "none" else None,
                connect_timeout=5.0,
                read_timeout=30.0,
            )
            account = ImapAccount(settings, user, dc, "INBOX")
        elif server == "pymap":
            if security != "none":
                raise ValueError("the pymap test server speaks plaintext only")
            pm: PymapServer = request.getfixturevalue("pymap_server")
            folder = pm.new_folder()
            settings = pm.imap_settings(
                env_name, folders=(folder,), connect_timeout=5.0, read_timeout=30.0
            )
            account = ImapAccount(settings, pm.user, pm, folder)
        else:
            raise ValueError(f"unknown test server {server!r}")
        if overrides:
            account = replace(account, settings=replace(account.settings, **overrides))
        monkeypatch.setenv(env_name, account.password)
        return account

    return make
