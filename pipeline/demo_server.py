"""A throwaway IMAP server on loopback (pymap's in-memory ``dict`` backend) filled with mail.

Used by ``jobmail demo`` (to show the whole pipeline without a real mailbox) and by the test suite
(``tests/servers.py``). Needs the ``pymap`` package, nothing else: no Dovecot, no root. Mail lives
in the server's memory and is gone when it stops.

The server has one user; its password is random unless given. Messages are loaded with APPEND
over the stdlib imaplib (TCP_NODELAY on, else pymap answers each APPEND ~44 ms late).
"""

from __future__ import annotations

import imaplib
import importlib.util
import logging
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from pipeline.errors import ConfigError, MailboxError
from pipeline.settings import ImapSettings

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
_START_ATTEMPTS = 3


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def wait_for_greeting(host: str, port: int, timeout: float, alive: object = None) -> bool:
    """Poll until an IMAP server on host:port sends its ``* OK`` greeting; False on timeout.

    ``alive``: optional callable returning False once the server process has died (stop early).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(alive) and not alive():
            return False
        try:
            with socket.create_connection((host, port), timeout=1.0) as s:
                if s.recv(64).startswith(b"* OK"):
                    return True
        except OSError:
            pass
        time.sleep(0.05)
    return False


class DemoImapServer:
    """A pymap server process on ``host``:``port`` with one user. Start/stop it, or use ``with``."""

    def __init__(
        self,
        username: str = "demo",
        password: str | None = None,
        host: str = LOOPBACK,
        port: int | None = None,
    ) -> None:
        self.username = username
        self.password = password or secrets.token_urlsafe(12)
        self.host = host
        self.port = port or 0
        self._fixed_port = port is not None
        self._process: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None

    def __enter__(self) -> DemoImapServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 20.0) -> None:
        """Start pymap and wait for its greeting. MailboxError if it does not come up."""
        if self.running:
            return
        if importlib.util.find_spec("pymap") is None:
            raise ConfigError("the demo IMAP server needs the pymap package (pip install pymap)")
        for attempt in range(_START_ATTEMPTS):
            if not self._fixed_port:
                self.port = free_port(self.host)
            self._log_file = tempfile.NamedTemporaryFile(prefix="jobmail-pymap-", suffix=".log")
            # The password is on pymap's command line (pymap reads no other source); it is a
            # random throwaway for a loopback-only server holding demo mail. Values go in the
            # "--option=value" form because a random token may begin with "-", which argparse
            # would otherwise read as another option.
            command = [
                sys.executable,
                "-c",
                "from pymap.main import main; main()",
                f"--host={self.host}",
                f"--port={self.port}",
                "--no-tls",
                "dict",
                f"--demo-user={self.username}",
                f"--demo-password={self.password}",
            ]
            self._process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=self._log_file, stderr=subprocess.STDOUT
            )
            if wait_for_greeting(self.host, self.port, timeout, alive=lambda: self.running):
                log.debug("pymap listening on %s:%s", self.host, self.port)
                return
            output = self._output()
            self.stop()
            if self._fixed_port or attempt == _START_ATTEMPTS - 1:
                raise MailboxError(
                    f"demo IMAP server (pymap) did not start on {self.host}:{self.port}: "
                    f"{output.strip().splitlines()[-1] if output.strip() else 'no output'}"
                )

    def stop(self) -> None:
        """Stop the server (its mail is lost); safe to call twice."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def _output(self) -> str:
        if self._log_file is None:
            return ""
        try:
            return Path(self._log_file.name).read_text("utf-8", "replace")
        except OSError:
            return ""

    # -- mail ------------------------------------------------------------------------------

    def _connect(self) -> imaplib.IMAP4:
        if not self.running:
            raise MailboxError("demo IMAP server is not running")
        try:
            imap = imaplib.IMAP4(self.host, self.port, timeout=30)
            imap.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            imap.login(self.username, self.password)
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxError(f"demo IMAP server {self.host}:{self.port}: {exc}") from None
        return imap

    def create_folder(self, name: str) -> None:
        """Create ``name`` unless it exists."""
        imap = self._connect()
        try:
            self._ensure_folder(imap, name)
        finally:
            _logout(imap)

    def append(
        self,
        folder: str,
        messages: Iterable[bytes],
        flags: Iterable[Sequence[str]] | None = None,
        internaldates: Iterable[datetime | None] | None = None,
    ) -> int:
        """APPEND ``messages`` (raw bytes, CRLF line ends) to ``folder`` (created if missing),
        each with its flags and INTERNALDATE when given. Returns how many were appended."""
        imap = self._connect()
        count = 0
        try:
            self._ensure_folder(imap, folder)
            flag_iter = iter(flags) if flags is not None else None
            date_iter = iter(internaldates) if internaldates is not None else None
            for raw in messages:
                msg_flags = next(flag_iter, ()) if flag_iter is not None else ()
                when = next(date_iter, None) if date_iter is not None else None
                flag_arg = f"({' '.join(msg_flags)})" if msg_flags else None
                date_arg = imaplib.Time2Internaldate(when) if when is not None else None
                typ, data = imap.append(_quote(folder), flag_arg, date_arg, raw)
                if typ != "OK":
                    raise MailboxError(f"demo IMAP server refused APPEND to {folder!r}: {data!r}")
                count += 1
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxError(f"demo IMAP server: APPEND to {folder!r} failed: {exc}") from None
        finally:
            _logout(imap)
        return count

    def load_eml_dir(self, folder: str, directory: str | os.PathLike[str]) -> int:
        """APPEND every ``*.eml`` file of ``directory`` (sorted by name) to ``folder``; the file's
        modification time becomes its INTERNALDATE. Returns the number loaded."""
        files = sorted(Path(directory).glob("*.eml"))
        return self.append(
            folder,
            (_crlf(f.read_bytes()) for f in files),
            internaldates=(datetime.fromtimestamp(f.stat().st_mtime, UTC) for f in files),
        )

    def imap_settings(
        self, password_env: str, folders: tuple[str, ...] = ("INBOX",), **overrides: object
    ) -> ImapSettings:
        """ImapSettings pointing at this server (plaintext is fine: loopback only)."""
        values: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "security": "none",
            "username": self.username,
            "password_env": password_env,
            "folders": folders,
        }
        values.update(overrides)
        return ImapSettings(**values)  # type: ignore[arg-type]

    @staticmethod
    def _ensure_folder(imap: imaplib.IMAP4, name: str) -> None:
        if name.upper() == "INBOX":
            return
        typ, data = imap.list('""', _quote(name))
        if typ == "OK" and any(d for d in data if d):
            return
        typ, data = imap.create(_quote(name))
        if typ != "OK":
            raise MailboxError(f"demo IMAP server refused to create folder {name!r}: {data!r}")


def _quote(name: str) -> str:
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _crlf(raw: bytes) -> bytes:
    """IMAP needs CRLF line ends; .eml files on disk often have bare LF."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _logout(imap: imaplib.IMAP4) -> None:
    try:
        imap.logout()
    except (imaplib.IMAP4.error, OSError):
        pass


__all__ = ["DemoImapServer", "free_port", "wait_for_greeting"]
