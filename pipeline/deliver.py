"""Sending the digest over SMTP: the only module that uses smtplib.

``compose`` builds a multipart/alternative message (plain text first, then HTML, as clients pick
the last part they can show). ``send`` connects with implicit TLS, STARTTLS or, on loopback only,
plaintext; certificates are always verified (against ``ca_file`` when set, else the system store);
the password comes from the environment variable named in the settings. Failures become
``DeliveryTransientError`` (worth retrying: refused or dropped connections, timeouts, 4xx replies)
or ``DeliveryError`` (login refused, 5xx, certificate problems); messages never contain the
password.

``deliver_once`` makes sending idempotent per (week, recipient) with ``digest_deliveries``: it
claims the pending recipients in one transaction before sending and releases the claim if sending
fails. A retried or concurrent flow therefore never sends one week twice to one recipient; the
price is that a process killed in the middle of the SMTP dialogue leaves the week marked as sent.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from pipeline.errors import DeliveryError, DeliveryTransientError
from pipeline.render import RenderedDigest
from pipeline.settings import SmtpSettings, is_loopback
from pipeline.store import Store, sql

log = logging.getLogger(__name__)


def compose(rendered: RenderedDigest, from_addr: str, to: Sequence[str], week: str) -> EmailMessage:
    """The digest mail: text/plain then text/html in a multipart/alternative, UTF-8."""
    msg = EmailMessage()
    msg["Subject"] = rendered.subject
    msg["From"] = from_addr
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    addr = parseaddr(from_addr)[1]
    domain = addr.rsplit("@", 1)[-1] if "@" in addr else None
    msg["Message-ID"] = make_msgid(idstring=f"digest-{week}", domain=domain)
    msg["X-Jobmail-Week"] = week
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(rendered.text, subtype="plain", charset="utf-8")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
    return msg


def _tls_context(smtp: SmtpSettings) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=str(smtp.ca_file) if smtp.ca_file else None)
    except (OSError, ssl.SSLError) as exc:
        raise DeliveryError(f"[smtp] ca_file {smtp.ca_file}: cannot load: {exc}") from None


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _reply(exc: smtplib.SMTPResponseException) -> str:
    err = exc.smtp_error
    text = err.decode("utf-8", "replace") if isinstance(err, bytes) else str(err)
    return f"{exc.smtp_code} {' '.join(text.split())}"


def send(smtp: SmtpSettings, msg: EmailMessage, recipients: Sequence[str]) -> None:
    """Send ``msg`` to ``recipients``. Raises DeliveryError / DeliveryTransientError."""
    if smtp.security == "none" and not is_loopback(smtp.host):
        raise DeliveryError(
            f'[smtp] security = "none" is allowed only for loopback hosts, not {smtp.host!r}'
        )
    password = smtp.password() if smtp.username else None
    where = f"SMTP server {smtp.host}:{smtp.port}"
    client: smtplib.SMTP | None = None
    try:
        if smtp.security == "tls":
            client = smtplib.SMTP_SSL(
                smtp.host, smtp.port, timeout=smtp.timeout, context=_tls_context(smtp)
            )
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
            client.ehlo()
            if smtp.security == "starttls":
                if not client.has_extn("starttls"):
                    raise DeliveryError(
                        f"{where} does not offer STARTTLS; refusing to send in "
                        f'plaintext (set [smtp] security to "tls" if it uses '
                        f"implicit TLS)"
                    )
                client.starttls(context=_tls_context(smtp))
                client.ehlo()
        if smtp.username:
            client.login(smtp.username, password or "")
        envelope_from = parseaddr(smtp.from_addr)[1] or smtp.from_addr
        refused = client.send_message(msg, from_addr=envelope_from, to_addrs=list(recipients))
        if refused:
            log.warning("%s refused some recipients: %s", where, ", ".join(sorted(refused)))
    except DeliveryError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            _scrub(f"{where} refused the login of {smtp.username!r}: {_reply(exc)}", password)
        ) from None
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        error = (
            DeliveryTransientError
            if codes and all(400 <= c < 500 for c in codes)
            else DeliveryError
        )
        raise error(
            _scrub(
                f"{where} refused every recipient ({', '.join(sorted(exc.recipients))})", password
            )
        ) from None
    except smtplib.SMTPResponseException as exc:
        error = DeliveryTransientError if 400 <= exc.smtp_code < 500 else DeliveryError
        raise error(_scrub(f"{where} answered {_reply(exc)}", password)) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(_scrub(f"{where}: {exc}", password)) from None
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as exc:
        raise DeliveryTransientError(
            _scrub(f"{where} dropped the connection: {exc}", password)
        ) from None
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(
            f"{where}: TLS certificate not trusted ({exc.verify_message}); set "
            f"[smtp] ca_file to the CA that signed it"
        ) from None
    except ssl.SSLError as exc:
        raise DeliveryError(f"{where}: TLS failed: {exc.reason or exc}") from None
    except (TimeoutError, OSError) as exc:
        raise DeliveryTransientError(
            _scrub(f"cannot reach {where}: {exc.strerror or type(exc).__name__}", password)
        ) from None
    except smtplib.SMTPException as exc:
        raise DeliveryError(_scrub(f"{where}: {type(exc).__name__}: {exc}", password)) from None
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()  # the message was accepted or the error is already raised


def already_sent(store: Store, week: str) -> dict[str, datetime]:
    """Recipients that received ``week`` already, with when (UTC)."""
    if not store.path.exists():
        return {}
    with store.reader() as con:
        rows = con.execute(sql("delivery_sent"), {"week": week}).fetchall()
    return {r: t.replace(tzinfo=UTC) for r, t, _ in rows}


def deliver_once(
    store: Store, smtp: SmtpSettings, recipients: Sequence[str], week: str, rendered: RenderedDigest
) -> list[str]:
    """Send the digest of ``week`` to those ``recipients`` that have not received it; returns them
    (empty when everyone had it). Raises DeliveryError / DeliveryTransientError, claims released."""
    wanted = list(dict.fromkeys(r.strip() for r in recipients if r.strip()))
    if not wanted:
        return []
    msg = compose(rendered, smtp.from_addr, wanted, week)
    message_id = str(msg["Message-ID"])
    now = datetime.now(UTC)
    claimed: list[str] = []
    with store.writer() as con:
        for r in wanted:
            row = con.execute(
                sql("delivery_claim"),
                {"week": week, "recipient": r, "sent_at": now, "message_id": message_id},
            ).fetchone()
            if row:
                claimed.append(r)
    if not claimed:
        log.info("digest %s was already sent to %s", week, ", ".join(wanted))
        return []
    if claimed != wanted:
        del msg["To"]
        msg["To"] = ", ".join(claimed)
    try:
        send(smtp, msg, claimed)
    except BaseException:
        with store.writer() as con:
            for r in claimed:
                con.execute(
                    sql("delivery_release"),
                    {"week": week, "recipient": r, "message_id": message_id},
                )
        raise
    log.info("digest %s sent to %s", week, ", ".join(claimed))
    return claimed
