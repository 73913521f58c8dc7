"""A process-wide lock so two ingest runs (a scheduled one and a manual one) never both write."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import IngestBusyError


@contextmanager
def exclusive(path: Path, wait_seconds: float) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path`` (created if needed), waiting up to
    ``wait_seconds`` for another holder. The OS drops the lock when the process dies, so a killed
    run never leaves a stale lock behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
                    raise IngestBusyError(
                        f"another ingest run (pid {holder}) is still working on this database; "
                        f"waited {wait_seconds:.0f} s"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
