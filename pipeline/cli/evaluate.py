"""``jobmail evaluate``: the classifier's scores on held-out source families and a held-out writer."""

from __future__ import annotations

import argparse
from pathlib import Path

SETTINGS = "none"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate",
        help="print per-label precision/recall/F1, macro-F1 and worst confusions on held-out families",
        description="Evaluate the held-out-run model (trained on the train families of all "
        "writers but one) on the dev families and on the held-out writer: per-label precision, "
        "recall, F1, macro-F1, worst confusions, company accuracy and topic/reason F1. Trains "
        "that model first when it is missing.",
    )
    p.add_argument(
        "--corpus", type=Path, default=None, help="corpus jsonl (default: models/corpus)"
    )


def run(args: argparse.Namespace) -> int:
    from pipeline import train

    print(train.run_evaluate(args.corpus or train.CORPUS))
    return 0
