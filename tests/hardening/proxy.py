"""A loopback TCP proxy for fault injection: cut or stall connections at a chosen byte count.

The proxy sits between jobmail and a real IMAP server (Dovecot). It forwards bytes both ways
unchanged (so TLS and STARTTLS pass through it) and, per connection, can:

- ``cut``: close both sides once the server has sent ``after_bytes`` bytes to the client;
- ``stall``: stop forwarding server bytes after ``after_bytes`` but keep the sockets open, so the
  client sees a server that stopped answering.

Faults apply to the first ``fault_connections`` connections only (None: every connection), so a
test can check that a retry after the fault succeeds. Everything the proxy does is counted
(``connections``, ``cuts``, ``stalls``, bytes each way, connect times) so a test can prove the
fault really happened instead of trusting that it did. ``on_bytes`` calls a function once when
the server-to-client byte count of any connection passes a threshold (used to restart the server
in the middle of a fetch).
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.demo_server import free_port

LOOPBACK = "127.0.0.1"


@dataclass
class ProxyStats:
    connections: int = 0
    cuts: int = 0
    stalls: int = 0
    to_client: int = 0
    to_server: int = 0
    connect_times: list[float] = field(default_factory=list)


class FaultProxy:
    """A threaded TCP proxy on 127.0.0.1:``port`` forwarding to ``target_host``:``target_port``."""

    def __init__(
        self,
        target_port: int,
        target_host: str = LOOPBACK,
        mode: str = "pass",
        after_bytes: int = 0,
        fault_connections: int | None = None,
        capture: bool = False,
    ) -> None:
        if mode not in ("pass", "cut", "stall"):
            raise ValueError(f"unknown proxy mode {mode!r}")
        self.target = (target_host, target_port)
        self.mode = mode
        self.after_bytes = after_bytes
        self.fault_connections = fault_connections
        self.capture = capture
        #: Bytes the server sent to clients, when ``capture`` is on (to check encryption).
        self.captured = bytearray()
        self.stats = ProxyStats()
        self.port = free_port()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._trigger: tuple[int, Callable[[], None]] | None = None
        self._triggered = threading.Event()
        self._listener = socket.create_server((LOOPBACK, self.port))
        self._listener.settimeout(0.2)
        self._accept_thread = threading.Thread(target=self._accept_loop, daemon=True,
                                               name=f"fault-proxy-{self.port}")

    def __enter__(self) -> FaultProxy:
        self._accept_thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def on_bytes(self, threshold: int, action: Callable[[], None]) -> None:
        """Call ``action`` (in the proxy thread) once any connection has sent ``threshold``
        server bytes to its client; the connection itself keeps going until the action acts."""
        self._trigger = (threshold, action)

    @property
    def triggered(self) -> bool:
        return self._triggered.is_set()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        for s in list(self._sockets):
            with contextlib.suppress(OSError):
                s.close()
        for t in [self._accept_thread, *self._threads]:
            if t.is_alive():
                t.join(timeout=5)

    # -- internals -------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.stats.connections += 1
                self.stats.connect_times.append(time.monotonic())
                index = self.stats.connections
            faulty = self.mode != "pass" and (
                self.fault_connections is None or index <= self.fault_connections
            )
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()  # the server is down: the client sees a closed connection
                continue
            self._sockets += [client, server]
            t = threading.Thread(target=self._pump, args=(client, server, faulty), daemon=True)
            self._threads.append(t)
            t.start()

    def _pump(self, client: socket.socket, server: socket.socket, faulty: bool) -> None:
        sel = selectors.DefaultSelector()
        sel.register(client, selectors.EVENT_READ, "up")
        sel.register(server, selectors.EVENT_READ, "down")
        sent_down = 0
        stalled = False
        try:
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=0.2):
                    src = key.fileobj
                    assert isinstance(src, socket.socket)
                    try:
                        data = src.recv(65536)
                    except OSError:
                        return
                    if not data:
                        return
                    if key.data == "up":
                        with self._lock:
                            self.stats.to_server += len(data)
                        server.sendall(data)
                        continue
                    if stalled:
                        continue  # swallow: the client waits for bytes that never come
                    if faulty and sent_down + len(data) > self.after_bytes:
                        data = data[: max(0, self.after_bytes - sent_down)]
                        if data:
                            client.sendall(data)
                            sent_down += len(data)
                        with self._lock:
                            self.stats.to_client += len(data)
                        if self.mode == "cut":
                            with self._lock:
                                self.stats.cuts += 1
                            return
                        with self._lock:
                            self.stats.stalls += 1
                        stalled = True
                        continue
                    client.sendall(data)
                    sent_down += len(data)
                    with self._lock:
                        self.stats.to_client += len(data)
                        if self.capture:
                            self.captured += data
                    trigger = self._trigger
                    if trigger and sent_down >= trigger[0] and not self._triggered.is_set():
                        self._triggered.set()
                        trigger[1]()
        except OSError:
            return
        finally:
            sel.close()
            for s in (client, server):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    s.close()
