"""``jobmail reclassify``: label stored messages again from their raw bytes."""

from __future__ import annotations

import argparse

from pipeline.cli.progress import ProgressLine


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reclassify",
        help="classify stored messages again with the current model (no refetch)",
        description="Run the current model over stored messages: by default those never "
        "classified or classified by another model version; with --all, every message.",
    )
    p.add_argument("--all", action="store_true", help="reclassify every stored message")


def run(args: argparse.Namespace) -> int:
    from pipeline.jobs import reclassify

    line = ProgressLine()
    count, version = reclassify(args.settings, everything=args.all,
                                progress=lambda d, t: line("reclassify", d, t))
    print(f"reclassified {count} messages with model {version}")
    return 0
