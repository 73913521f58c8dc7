"""Progress display for long runs: a single updating line on a terminal, silence elsewhere."""

from __future__ import annotations

import sys
import time


class ProgressLine:
    """Callable progress reporter (folder, done, total) that redraws at most 10 times a second."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = 0.0
        self._started = time.monotonic()

    def __call__(self, label: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        rate = done / max(now - self._started, 1e-6)
        pct = 100 * done / total if total else 100
        self.stream.write(f"\r{label}: {done}/{total} ({pct:3.0f}%, {rate:,.0f} msg/s)\x1b[K")
        if done >= total:
            self.stream.write("\n")
            self._started = time.monotonic()
        self.stream.flush()
