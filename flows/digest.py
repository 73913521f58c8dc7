"""The ``weekly-digest`` flow: build last week's digest, publish it as a markdown artifact, send it
once (a retried run finds the week already sent and skips it)."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.tasks import exponential_backoff

from flows.common import retry_transient, settings
from pipeline import digest_job


@task(name="build-digest")
def build(config: str | None, week: str | None) -> dict:
    return digest_job.build_digest(settings(config), week)


@task(name="send-digest", retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=10),
      retry_jitter_factor=0.2, retry_condition_fn=retry_transient)
def send(config: str | None, week: str) -> bool:
    return digest_job.send_digest(settings(config), week)


@flow(name="weekly-digest")
def weekly_digest_flow(config: str | None = None, week: str | None = None,
                       send_mail: bool = True) -> dict:
    """Digest of ``week`` (default: the last complete week in the configured time zone)."""
    facts = build(config, week)
    markdown = digest_job.digest_markdown(settings(config), facts["week"])
    create_markdown_artifact(key="weekly-digest", markdown=markdown,
                             description=f"jobmail digest {facts['week']}")
    sent = False
    if send_mail and settings(config).smtp is not None:
        sent = send(config, facts["week"])
        get_run_logger().info("digest %s: %s", facts["week"], "sent" if sent else "already sent")
    else:
        get_run_logger().info("digest %s: no [smtp] configured, not sent", facts["week"])
    return {"week": facts["week"], "sent": sent}
