"""A transparent TCP relay in front of the IMAP server that records, from outside the client,
which commands it sent and how long each waited for its tagged answer.

Used by ``bench.run`` for the no-new-mail poll only (a Python relay would slow a backfill down).
It keeps just the tag and command name of each client line, never the arguments, so a LOGIN
password is never stored.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from dataclasses import dataclass, field

_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")


@dataclass
class Session:
    """One client connection: when it opened and closed, and its commands in order."""

    opened: float
    closed: float | None = None
    #: (tag, command, sent at, answered at or None)
    commands: list[list] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return (self.closed or time.monotonic()) - self.opened

    @property
    def waiting_seconds(self) -> float:
        """Time spent waiting for the server: command sent until its tagged answer arrived."""
        return sum(done - sent for _, _, sent, done in self.commands if done is not None)

    def names(self) -> list[str]:
        return [name for _, name, _, _ in self.commands]


class ImapProxy:
    """Listens on 127.0.0.1:``port`` and relays every connection to ``target_port``."""

    def __init__(self, port: int, target_port: int, host: str = "127.0.0.1") -> None:
        self.host, self.port, self.target_port = host, port, target_port
        self.sessions: list[Session] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server((host, port))
        self._stop = False
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop = True
        try:
            socket.create_connection((self.host, self.port), timeout=1).close()
        except OSError:
            pass
        self._listener.close()
        self._thread.join(timeout=2)

    def take(self) -> list[Session]:
        """The sessions recorded so far (and forget them)."""
        with self._lock:
            out, self.sessions = self.sessions, []
        return out

    def _accept_loop(self) -> None:
        while not self._stop:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._stop:
                client.close()
                return
            server = socket.create_connection((self.host, self.target_port))
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            session = Session(opened=time.monotonic())
            with self._lock:
                self.sessions.append(session)
            threading.Thread(target=self._pump_commands, args=(client, server, session),
                             daemon=True).start()
            threading.Thread(target=self._pump_answers, args=(server, client, session),
                             daemon=True).start()

    def _pump_commands(self, src: socket.socket, dst: socket.socket, session: Session) -> None:
        buffer = b""
        skip = 0  # bytes of a client literal still to pass through unread
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                now = time.monotonic()
                buffer += data
                while buffer:
                    if skip:
                        used = min(skip, len(buffer))
                        skip -= used
                        buffer = buffer[used:]
                        continue
                    end = buffer.find(b"\r\n")
                    if end < 0:
                        break
                    line, buffer = buffer[: end + 2], buffer[end + 2:]
                    self._note_command(line, now, session)
                    literal = _LITERAL.search(line)
                    if literal:
                        skip = int(literal.group(1))
                dst.sendall(data)
        except OSError:
            pass
        finally:
            session.closed = time.monotonic()
            _shut(dst)

    @staticmethod
    def _note_command(line: bytes, now: float, session: Session) -> None:
        words = line.split(None, 3)
        if len(words) < 2:
            return  # a continuation line (e.g. the rest of an AUTHENTICATE exchange)
        name = words[1].upper().decode("ascii", "replace")
        if name == "UID" and len(words) > 2:
            name += " " + words[2].upper().decode("ascii", "replace")
        session.commands.append([words[0], name, now, None])

    def _pump_answers(self, src: socket.socket, dst: socket.socket, session: Session) -> None:
        pending = b""
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
                now = time.monotonic()
                # Only line starts matter; keep the tail of an unfinished line.
                pending += data
                *lines, pending = pending.split(b"\r\n")
                pending = pending[-256:]
                for line in lines:
                    tag = line.split(b" ", 1)[0]
                    if not tag or tag in (b"*", b"+"):
                        continue
                    for cmd in session.commands:
                        if cmd[0] == tag and cmd[3] is None:
                            cmd[3] = now
                            break
        except OSError:
            pass
        finally:
            _shut(dst)


def _shut(s: socket.socket) -> None:
    try:
        s.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    s.close()
