"""The ``weekly-digest`` flow: build last week's digest, publish it as a markdown artifact, send it
once (a retried run finds the week already sent and skips it)."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.tasks import exponential_backoff

from flows.common import retry_transient
from pipeline import digest_job
from pipeline.settings import load_settings


@task(name="build-digest")
def build(config: str | None, week: str | None) -> dict:
    return digest_job.build_digest(load_settings(config), week)


@task(name="send-digest", retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=10),
      retry_jitter_factor=0.2, retry_condition_fn=retry_transient)
def send(config: str | None, week: str) -> bool:
    return digest_job.send_digest(load_settings(config), week)


@flow(name="weekly-digest")
def weekly_digest_flow(config: str | None = None, week: str | None = None,
                       send_mail: bool = True) -> dict:
    """Digest of ``week`` (default: the last complete week in the configured time zone)."""
    facts = build(config, week)
    create_markdown_artifact(key="weekly-digest", markdown=digest_job.render_digest(facts).markdown,
                             description=f"jobmail digest {facts['week']}")
    sent = False
    if send_mail and load_settings(config).smtp is not None:
        sent = send(config, facts["week"])
        get_run_logger().info("digest %s: %s", facts["week"], "sent" if sent else "already sent")
    else:
        get_run_logger().info("digest %s: no [smtp] configured, not sent", facts["week"])
    return {"week": facts["week"], "sent": sent}
