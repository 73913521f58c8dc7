"""Ingest once: fetch new mail from every configured folder and the Sent folder, read-only, then
parse, classify and store it without losing or duplicating anything.

Order of work per folder: read-only SELECT; compare UIDVALIDITY with the stored folder state (a
change means the folder was recreated: everything is fetched again and deduplicated by content);
fetch UIDs above the last stored one in bounded batches; parse and classify in worker processes
while the next batch is fetched; store each batch and advance the folder state in one transaction.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import analyse, memory
from pipeline.errors import JobmailError
from pipeline.locking import exclusive
from pipeline.mailbox import Mailbox
from pipeline.records import FetchedMessage, FolderState
from pipeline.settings import Settings
from pipeline.store import Store, StoredMessage

log = logging.getLogger(__name__)

#: Below this many messages a run parses in-process: starting workers would cost more than it saves.
INLINE_LIMIT = 200
#: Messages per unit of work sent to a worker process.
CHUNK = 50
#: Modules the worker processes' fork server imports before forking them.
_WORKER_PRELOAD = ["pipeline.analyse", "pipeline.classify", "spacy", "pipeline.worker_preload"]

Progress = Callable[[str, int, int], None]


@dataclass
class FolderReport:
    folder: str
    uidvalidity: int
    resync: bool = False
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    parse_failures: int = 0
    unclassified: int = 0
    needs_review: int = 0


@dataclass
class IngestReport:
    run_id: str
    folders: list[FolderReport] = field(default_factory=list)
    model_version: str | None = None
    model_error: str | None = None
    seconds: float = 0.0
    imap_commands: int = 0

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.folders)

    def counts(self) -> dict[str, int]:
        return {k: self.total(k) for k in ("fetched", "stored", "duplicates", "parse_failures",
                                           "unclassified", "needs_review")}


def lock_path(settings: Settings) -> Path:
    db = settings.storage.database
    return db.with_name(db.name + ".ingest.lock")


def ingest(settings: Settings, progress: Progress | None = None, workers: int | None = None,
           lock_wait: float | None = None) -> IngestReport:
    """Run one ingest. Raises MailboxError (and subclasses) for IMAP faults, StoreError for the
    database, IngestBusyError when another run holds the lock longer than ``lock_wait``."""
    imap = settings.require_imap()
    password = imap.password()
    store = Store(settings.storage.database, settings.storage.lock_timeout)
    wait = settings.storage.lock_timeout if lock_wait is None else lock_wait
    with exclusive(lock_path(settings), wait):
        store.ensure()
        run_id = store.start_run("ingest")
        report = IngestReport(run_id=run_id)
        started = time.monotonic()
        engine = _Engine(settings, workers)
        try:
            with Mailbox(imap, password) as box:
                sent = box.sent_folder()
                folders = list(dict.fromkeys([*imap.folders, *([sent] if sent else [])]))
                for folder in folders:
                    _ingest_folder(box, store, engine, imap.account, folder, folder == sent,
                                   imap.batch_size, progress, report.folders)
                report.imap_commands = box.commands_sent
            report.model_version, report.model_error = engine.model_status()
        except BaseException as exc:
            report.seconds = time.monotonic() - started
            msg = str(exc) if isinstance(exc, JobmailError) else f"{type(exc).__name__}: {exc}"
            store.finish_run(run_id, "failed", report.counts(), msg[:500])
            raise
        finally:
            engine.close()
        report.seconds = time.monotonic() - started
        store.finish_run(run_id, "ok", report.counts())
        return report


def _ingest_folder(box: Mailbox, store: Store, engine: _Engine, account: str, folder: str,
                   is_sent: bool, batch_size: int, progress: Progress | None,
                   reports: list[FolderReport]) -> None:
    """Fetch, analyse and store one folder's new mail; its report is appended to ``reports``
    first and filled in as batches are stored."""
    status = box.open_folder(folder)
    state = store.folder_state(account, folder)
    rep = FolderReport(folder=folder, uidvalidity=status.uidvalidity)
    # Listed before any batch is stored, so a run that fails midway still records what it stored.
    reports.append(rep)
    if state is not None and state.uidvalidity == status.uidvalidity:
        last_uid = state.last_uid
    else:
        # New folder, or recreated (UIDVALIDITY changed): fetch all of it again. Content keys
        # make the refetch add locations, never duplicate messages.
        rep.resync = state is not None
        if rep.resync:
            log.warning("%s: UIDVALIDITY changed %s -> %s; resyncing", folder,
                        state.uidvalidity if state else None, status.uidvalidity)
        last_uid = 0
    uids = box.uids_after(last_uid)
    if not uids:
        if state is None or rep.resync:
            store.set_folder_state(account, FolderState(folder, status.uidvalidity, last_uid))
        return
    total = len(uids)
    if progress:
        progress(folder, 0, total)
    batches = _batched(box.fetch(uids), batch_size)
    # One write connection for the folder's batches (Store.bulk): per-batch open/close cost
    # grew with the table and dominated a backfill.
    with store.bulk():
        for fetched, analysed in engine.run(batches, use_pool=total > INLINE_LIMIT):
            items = []
            for f, (key, parsed, cls) in zip(fetched, analysed, strict=True):
                items.append(StoredMessage(account, f, parsed, is_sent, cls, key))
                rep.parse_failures += parsed.parse_error is not None
                rep.unclassified += cls is None
                rep.needs_review += bool(cls and cls.needs_review)
            batch_state = FolderState(folder, status.uidvalidity, max(f.uid for f in fetched))
            new, dup = store.save_batch(items, batch_state, account)
            rep.fetched += len(fetched)
            rep.stored += new
            rep.duplicates += dup
            store.yield_to_readers()
            memory.trim()
            if progress:
                progress(folder, rep.fetched, total)


def _batched(messages: Iterator[FetchedMessage], size: int) -> Iterator[list[FetchedMessage]]:
    batch: list[FetchedMessage] = []
    for m in messages:
        batch.append(m)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def worker_context() -> multiprocessing.context.BaseContext:
    """The multiprocessing context of ingest's worker processes.

    forkserver: workers don't inherit the IMAP socket or Prefect's threads. The server imports the
    parsing and model code and loads the released model once (``_WORKER_PRELOAD``), and workers
    fork from it, sharing those pages: 34 MB less in all for the imports (PSS of two workers and
    the server, 179 -> 145 MB), 50 MB less for the model (PSS of all processes in a backfill of
    100,000 messages, 438 -> 388 MB), and a faster start. The preload list counts only when the
    server starts (once per process)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_WORKER_PRELOAD)
    return ctx


class _Engine:
    """Runs analyse.analyse_chunk inline or in a process pool, overlapping with fetching."""

    def __init__(self, settings: Settings, workers: int | None) -> None:
        model = settings.classifier.model
        self.model_path = str(model) if model else None
        self.workers = workers or max(1, min(2, os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None
        self._inline_ready = False

    def model_status(self) -> tuple[str | None, str | None]:
        """(version, error) of the model the workers used; (None, None) when nothing ran."""
        if self._pool is not None:
            return self._pool.submit(analyse.model_status).result()
        if self._inline_ready:
            return analyse.model_status()
        return None, None

    def _ensure_inline(self) -> None:
        if not self._inline_ready:
            analyse.init_worker(self.model_path)
            self._inline_ready = True

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=worker_context(),
                                             initializer=analyse.init_worker,
                                             initargs=(self.model_path,))
        return self._pool

    def run(self, batches: Iterator[list[FetchedMessage]], use_pool: bool):
        """Yield (batch, analysed) in order; with a pool, up to two batches are in flight."""
        if not use_pool:
            self._ensure_inline()
            for batch in batches:
                yield batch, analyse.analyse_chunk([m.raw for m in batch])
            return
        pool = self._ensure_pool()
        pending: deque[tuple[list[FetchedMessage], list[Future]]] = deque()
        for batch in batches:
            futures = [pool.submit(analyse.analyse_chunk, [m.raw for m in batch[i:i + CHUNK]])
                       for i in range(0, len(batch), CHUNK)]
            pending.append((batch, futures))
            if len(pending) > 2:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    @staticmethod
    def _collect(batch: list[FetchedMessage], futures: Sequence[Future]):
        out = []
        for fut in futures:
            out.extend(fut.result())
        return batch, out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


__all__ = ["FolderReport", "IngestReport", "ingest", "lock_path"]
