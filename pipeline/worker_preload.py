"""Imported only by the fork server of ingest's worker processes (``ingest._WORKER_PRELOAD``).

Importing it loads the released classifier into that server, so every worker forked from it starts
with the model already in memory and shares those pages with the other workers instead of loading
a copy of its own (~30 MB each). It then freezes the objects made so far: the cyclic garbage
collector never visits frozen objects, so a worker does not write to (and so copy) the pages
holding them.
"""

from __future__ import annotations

import gc

from pipeline import analyse

try:
    analyse.preload_released()
except Exception:  # noqa: BLE001 - the fork server must start whatever the model's state;
    pass  # each worker then loads (and reports on) the model itself
gc.freeze()
