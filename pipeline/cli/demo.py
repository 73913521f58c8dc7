"""``jobmail demo``: the whole pipeline on the embedded sample mailbox, over real IMAP."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.cli.progress import ProgressLine

SETTINGS = "none"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="ingest the embedded sample mailbox over a local IMAP server and write its digest",
        description="Start a throwaway IMAP server (pymap) on 127.0.0.1 holding a sample job "
        "search (INBOX and Sent), ingest it for real, and write the weekly digest for the demo "
        "week. Needs no configuration; everything goes into --dir.",
    )
    p.add_argument("--dir", default="var/demo", metavar="DIR",
                   help="folder for the demo database, config and digest (default: var/demo)")


def run(args: argparse.Namespace) -> int:
    from pipeline.demo_run import run_demo

    folder = Path(args.dir).resolve()
    result = run_demo(folder, progress=ProgressLine())
    c = result.report.counts()
    print(f"sample mailbox: {result.loaded.get('INBOX', 0)} messages in INBOX, "
          f"{result.loaded.get('Sent', 0)} in Sent, served by pymap on 127.0.0.1")
    print(f"ingested: {c['fetched']} fetched, {c['stored']} stored, "
          f"{c['parse_failures']} parse failures, {c['needs_review']} flagged for review "
          f"({result.report.seconds:.1f} s)")
    if result.report.model_error:
        print(f"note: stored unclassified: {result.report.model_error}")
    print(f"database: {result.settings.storage.database}")
    print(f"  try: .venv/bin/jobmail --config {folder / 'jobmail.toml'} query "
          "\"SELECT date, company, labels, subject FROM messages ORDER BY date\"")
    for path in result.paths:
        print(f"digest for {result.week}: {path}")
    return 0
