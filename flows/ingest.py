"""The ``ingest`` flow: one read-only ingest run, retried on transient IMAP faults."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.tasks import exponential_backoff

from flows.common import retry_transient
from pipeline.errors import IngestBusyError
from pipeline.ingest import ingest
from pipeline.settings import load_settings


@task(name="ingest-once", retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=5),
      retry_jitter_factor=0.2, retry_condition_fn=retry_transient)
def ingest_once(config: str | None) -> dict:
    # A short lock wait: if a manual run holds the lock, this scheduled run steps aside.
    try:
        report = ingest(load_settings(config), lock_wait=5)
    except IngestBusyError as exc:
        get_run_logger().info("skipped: %s", exc)
        return {"skipped": True}
    counts = report.counts()
    get_run_logger().info(
        "fetched %(fetched)d, new %(stored)d, parse failures %(parse_failures)d, "
        "flagged for review %(needs_review)d", counts)
    return {"skipped": False, **counts}


@flow(name="ingest", log_prints=False)
def ingest_flow(config: str | None = None) -> dict:
    """Fetch, parse, classify and store new mail once."""
    return ingest_once(config)
