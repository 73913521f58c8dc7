"""``jobmail serve``: run the ingest and weekly-digest schedules until stopped."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="run the schedules (ingest every N minutes, weekly digest) via a local Prefect server",
        description="Start a local Prefect server on 127.0.0.1 (or use $PREFECT_API_URL), serve "
        "the 'ingest' deployment on [schedule] ingest_interval_minutes and the 'weekly-digest' "
        "deployment on [schedule] digest_cron in [digest] timezone, until Ctrl-C or SIGTERM; then "
        "stop both cleanly.",
    )
    p.add_argument("--log-dir", metavar="DIR",
                   help="where the server and serving logs go (default: next to the database)")
    p.add_argument("--stop-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pipeline.scheduler import serve

    s = args.settings
    s.require_imap()
    log_dir = Path(args.log_dir) if args.log_dir else s.storage.database.parent / "logs"

    def ready(api_url: str) -> None:
        print(f"serving 'ingest' every {s.schedule.ingest_interval_minutes:g} min and "
              f"'weekly-digest' at '{s.schedule.digest_cron}' ({s.digest.timezone}); "
              f"Prefect API {api_url}; logs in {log_dir}; Ctrl-C stops", file=sys.stderr)

    return serve(s, log_dir, on_ready=ready, stop_after=args.stop_after)
