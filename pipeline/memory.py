"""Give freed heap memory back to the operating system during long runs (glibc only).

A backfill allocates and frees buffers of raw mail, parsed text and database vectors by the
million. glibc keeps freed memory inside the process for reuse, in holes between live blocks that
its own automatic trimming (which only cuts the top of the heap) never returns, so the resident
size of a long run creeps up. ``trim`` asks glibc to release every free page now; ingest calls it
once per stored batch and once per analysed chunk.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable


def _glibc_malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None on other C libraries (musl, macOS) where it is absent."""
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        fn = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_size_t]
    fn.restype = ctypes.c_int
    return fn


_MALLOC_TRIM = _glibc_malloc_trim()


def trim() -> bool:
    """Release the C heap's free pages to the operating system; False where it cannot."""
    if _MALLOC_TRIM is None:
        return False
    _MALLOC_TRIM(0)
    return True
