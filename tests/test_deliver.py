"""Sending the digest to a real SMTP server (aiosmtpd on 127.0.0.1): plaintext on loopback, STARTTLS
with a self-signed certificate and login, implicit TLS; once per week; errors translated."""

from __future__ import annotations

import email
import socket
import subprocess
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from pipeline import digest_job
from pipeline.deliver import already_sent
from pipeline.errors import DeliveryError, DeliveryTransientError
from pipeline.settings import DigestSettings, Settings, SmtpSettings, StorageSettings
from pipeline.store import Store
from tests.test_digest_rules import Mailbox, at

PASSWORD = "s3cret-Pa55-for-smtp"
ENV = "JOBMAIL_TEST_SMTP_PASSWORD"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd handler keeping every received envelope."""

    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"


class Auth:
    def __init__(self) -> None:
        self.logins: list[str] = []

    def __call__(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            user, pw = auth_data.login.decode(), auth_data.password.decode()
            if pw == PASSWORD:
                self.logins.append(user)
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


@pytest.fixture(scope="module")
def cert(tmp_path_factory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("cert")
    key, crt = d / "key.pem", d / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(crt),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return key, crt


def _server_ctx(cert):
    import ssl

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(cert[1]), str(cert[0]))
    return ctx


@pytest.fixture
def db(tmp_path) -> Path:
    box = Mailbox(tmp_path)
    box.add(at(10), ("interview_invite",), "Acme", sender="lee@acme.test", name="Lee Park")
    box.add(at(17), ("rejection",), "Acme", sender="lee@acme.test", subject="Your <b>interview</b>")
    box.facts()
    return box.store.path


def settings_for(db: Path, tmp_path: Path, smtp: SmtpSettings) -> Settings:
    return Settings(
        smtp=smtp,
        storage=StorageSettings(database=db, lock_timeout=5),
        digest=DigestSettings(to=("sam@example.org",), out_dir=tmp_path / "out"),
    )


def test_plain_loopback_send_both_parts_and_never_twice(db, tmp_path):
    inbox = Inbox()
    port = free_port()
    ctl = Controller(inbox, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        smtp = SmtpSettings(
            host="127.0.0.1", port=port, security="none", from_addr="jobmail@example.org"
        )
        s = settings_for(db, tmp_path, smtp)
        assert digest_job.send_digest(s, "2026-W47") is True
        assert digest_job.send_digest(s, "2026-W47") is False  # a retried flow: skipped
        assert len(inbox.envelopes) == 1
        env = inbox.envelopes[0]
        assert env.rcpt_tos == ["sam@example.org"] and env.mail_from == "jobmail@example.org"
        msg = email.message_from_bytes(env.content, policy=policy.default)
        assert msg.get_content_type() == "multipart/alternative"
        parts = list(msg.iter_parts())
        assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
        # SMTP carries CRLF line ends; the content is otherwise exactly what was rendered
        text, html = (p.get_content().replace("\r\n", "\n") for p in parts)
        facts = digest_job.build_digest(s, "2026-W47")
        rendered = digest_job.render_digest(facts)
        assert text.rstrip("\n") == rendered.text.rstrip("\n")
        assert html.rstrip("\n") == rendered.html.rstrip("\n")
        assert "Your &lt;b&gt;interview&lt;/b&gt;" in html  # the draft subject, escaped
        assert msg["Subject"] == rendered.subject
        assert set(already_sent(Store(db), "2026-W47")) == {"sam@example.org"}
        # another week is another digest
        assert digest_job.send_digest(s, "2026-W46") is True
        assert len(inbox.envelopes) == 2
    finally:
        ctl.stop()


def test_starttls_with_ca_file_and_password_from_environment(db, tmp_path, cert, monkeypatch):
    monkeypatch.setenv(ENV, PASSWORD)
    inbox, auth = Inbox(), Auth()
    port = free_port()
    ctl = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=_server_ctx(cert),
        require_starttls=True,
        authenticator=auth,
        auth_require_tls=True,
    )
    ctl.start()
    try:
        smtp = SmtpSettings(
            host="localhost",
            port=port,
            security="starttls",
            username="sam",
            password_env=ENV,
            from_addr="jobmail <jobmail@example.org>",
            ca_file=cert[1],
            timeout=10,
        )
        assert digest_job.send_digest(settings_for(db, tmp_path, smtp), "2026-W47") is True
        assert auth.logins == ["sam"] and len(inbox.envelopes) == 1
        # the same server with no ca_file: the self-signed certificate is refused, nothing recorded
        untrusted = SmtpSettings(
            host="localhost",
            port=port,
            security="starttls",
            username="sam",
            password_env=ENV,
            from_addr="jobmail@example.org",
            timeout=10,
        )
        with pytest.raises(DeliveryError) as err:
            digest_job.send_digest(settings_for(db, tmp_path, untrusted), "2026-W46")
        assert not isinstance(err.value, DeliveryTransientError)
        assert "certificate" in str(err.value)
        assert already_sent(Store(db), "2026-W46") == {}
        # wrong password: refused, and the password never appears in the error
        monkeypatch.setenv(ENV, "wrong-" + PASSWORD)
        with pytest.raises(DeliveryError) as err:
            digest_job.send_digest(settings_for(db, tmp_path, smtp), "2026-W46")
        assert PASSWORD not in str(err.value) and "refused the login" in str(err.value)
        assert already_sent(Store(db), "2026-W46") == {}
        assert len(inbox.envelopes) == 1
    finally:
        ctl.stop()


def test_implicit_tls(db, tmp_path, cert):
    inbox = Inbox()
    port = free_port()
    ctl = Controller(inbox, hostname="127.0.0.1", port=port, ssl_context=_server_ctx(cert))
    ctl.start()
    try:
        smtp = SmtpSettings(
            host="127.0.0.1",
            port=port,
            security="tls",
            from_addr="jobmail <jobmail@example.org>",
            ca_file=cert[1],
            timeout=10,
        )
        assert digest_job.send_digest(settings_for(db, tmp_path, smtp), "2026-W47") is True
        assert len(inbox.envelopes) == 1
    finally:
        ctl.stop()


def test_unreachable_server_is_transient_and_releases_the_claim(db, tmp_path):
    smtp = SmtpSettings(
        host="127.0.0.1",
        port=free_port(),
        security="none",
        from_addr="jobmail@example.org",
        timeout=3,
    )
    s = settings_for(db, tmp_path, smtp)
    with pytest.raises(DeliveryTransientError):
        digest_job.send_digest(s, "2026-W47")
    assert already_sent(Store(db), "2026-W47") == {}


def test_plaintext_to_a_remote_host_is_refused(db, tmp_path):
    smtp = SmtpSettings(
        host="smtp.example.org", port=25, security="none", from_addr="jobmail@example.org"
    )
    with pytest.raises(DeliveryError, match="loopback"):
        digest_job.send_digest(settings_for(db, tmp_path, smtp), "2026-W47")
    assert already_sent(Store(db), "2026-W47") == {}
