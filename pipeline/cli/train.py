"""``jobmail train``: held-out-writer evaluation, thresholds from it, final model, release."""

from __future__ import annotations

import argparse
from pathlib import Path

SETTINGS = "none"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train",
        help="train the classifier from models/corpus and release it to models/release",
        description="Deal the corpus writers into four groups; for each group, train on the "
        "other groups and score that group's mail (fold scores cached); choose per-label "
        "thresholds on the pooled out-of-writer scores; print that evaluation; then train on "
        "everything and release the model with its meta, metrics and demo-mailbox scores. Same "
        "corpus, same bytes.",
    )
    p.add_argument(
        "--corpus", type=Path, default=None, help="corpus jsonl (default: models/corpus)"
    )
    p.add_argument(
        "--release", type=Path, default=None, help="release folder (default: models/release)"
    )
    p.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")


def run(args: argparse.Namespace) -> int:
    from pipeline import train

    overrides = {"training.max_steps": args.max_steps} if args.max_steps else None
    report = train.run_train(args.corpus or train.CORPUS, args.release or train.RELEASE, overrides)
    print(report)
    return 0
