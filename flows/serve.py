"""Serve the two scheduled deployments: ``ingest`` on an interval and ``weekly-digest`` on a cron.

Run by ``jobmail serve`` with PREFECT_API_URL pointing at a real Prefect server (the ephemeral one
registers deployments but never schedules them) and JOBMAIL_CONFIG naming the configuration.
"""

from __future__ import annotations

import os
from datetime import timedelta

from prefect import serve
from prefect.schedules import Cron

from flows.digest import weekly_digest_flow
from flows.ingest import ingest_flow
from pipeline.settings import ENV_CONFIG, load_settings


def main() -> None:
    config = os.environ.get(ENV_CONFIG)
    s = load_settings(config)
    params = {"config": str(s.path) if s.path else None}
    ingest_dep = ingest_flow.to_deployment(
        name="ingest",
        interval=timedelta(minutes=s.schedule.ingest_interval_minutes),
        parameters=params,
        concurrency_limit=1,
    )
    digest_dep = weekly_digest_flow.to_deployment(
        name="weekly-digest",
        schedule=Cron(s.schedule.digest_cron, timezone=s.digest.timezone),
        parameters=params,
        concurrency_limit=1,
    )
    serve(ingest_dep, digest_dep, print_starting_message=False)


if __name__ == "__main__":
    main()
