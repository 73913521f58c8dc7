"""``jobmail ingest``: fetch new mail once, read-only, and store it."""

from __future__ import annotations

import argparse
import json

from pipeline.cli.progress import ProgressLine


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="fetch new mail from INBOX and Sent (read-only), classify and store it",
        description="Fetch every message not yet stored from the configured folders and the Sent "
        "folder, read-only (the mailbox is never changed), parse, classify and store it. "
        "Transient IMAP faults are retried with backoff; a refused login is not.",
    )
    p.add_argument("--json", action="store_true", help="print the run report as JSON")
    p.add_argument("--retries", type=int, default=3, metavar="N",
                   help="retries after a transient IMAP fault (default 3)")


def run(args: argparse.Namespace) -> int:
    from pipeline.jobs import ingest_with_retries

    report = ingest_with_retries(args.settings, attempts=max(1, args.retries + 1),
                                 progress=None if args.json else ProgressLine())
    counts = report.counts()
    if args.json:
        print(json.dumps({
            "run_id": report.run_id,
            "seconds": round(report.seconds, 3),
            "model_version": report.model_version,
            "model_error": report.model_error,
            "imap_commands": report.imap_commands,
            **counts,
            "folders": [vars(f) for f in report.folders],
        }, indent=2))
        return 0
    for f in report.folders:
        extra = " (UIDVALIDITY changed: resynced)" if f.resync else ""
        print(f"{f.folder}: fetched {f.fetched}, new {f.stored}, already stored {f.duplicates}, "
              f"parse failures {f.parse_failures}{extra}")
    print(f"total: fetched {counts['fetched']}, new {counts['stored']}, "
          f"parse failures {counts['parse_failures']}, flagged for review {counts['needs_review']} "
          f"in {report.seconds:.1f} s")
    if report.model_error:
        print(f"note: messages stored unclassified ({report.model_error}); "
              "run 'jobmail reclassify' once a model is available")
    return 0
