"""Plain-Python steps composed from the library: what the CLI and the Prefect flows both call.

Nothing here imports Prefect, so every command works without a Prefect server.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable

from pipeline.errors import MailboxTransientError
from pipeline.ingest import IngestReport, Progress, ingest
from pipeline.settings import Settings
from pipeline.store import Store

log = logging.getLogger(__name__)


def ingest_with_retries(settings: Settings, attempts: int = 4, base_delay: float = 1.0,
                        progress: Progress | None = None,
                        sleep: Callable[[float], None] = time.sleep) -> IngestReport:
    """Ingest, retrying only transient IMAP faults (dropped connection, timeout, server restart)
    with exponential backoff. Each attempt resumes where the last stored batch ended. A refused
    login or a bad folder is raised at once: retrying those would only lock the account."""
    for attempt in range(1, attempts + 1):
        try:
            return ingest(settings, progress=progress)
        except MailboxTransientError as exc:
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) * (0.8 + 0.4 * random.random())
            log.warning("ingest attempt %d/%d failed (%s); retrying in %.1f s",
                        attempt, attempts, exc, delay)
            sleep(delay)
    raise AssertionError("unreachable")


def reclassify(settings: Settings, everything: bool = False,
               progress: Callable[[int, int], None] | None = None) -> tuple[int, str]:
    """Classify stored messages again from their raw bytes (no refetch): those never classified
    or classified by another model version, or all of them. Returns (count, model version)."""
    from pipeline.classify import Classifier
    from pipeline.parse import parse_message

    classifier = Classifier.load(settings.classifier.model)
    store = Store(settings.storage.database, settings.storage.lock_timeout)
    store.ensure()
    done = 0
    keys = store.message_keys(only_unclassified=not everything, model_version=classifier.version)
    total = len(keys)
    for batch in store.raw_messages(keys):
        parsed = [parse_message(raw) for _, raw in batch]
        results = classifier.classify_many(parsed)
        store.save_classifications([(k, c) for (k, _), c in zip(batch, results, strict=True)])
        done += len(batch)
        if progress:
            progress(done, total)
    return done, classifier.version
