"""``jobmail train``: train, choose thresholds, evaluate on held-out families and release."""

from __future__ import annotations

import argparse
from pathlib import Path

SETTINGS = "none"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train",
        help="train the classifier from models/corpus and release it to models/release",
        description="Train the spaCy classifier on the corpus (one writer and whole source "
        "families held out), choose per-label thresholds on the dev families, print the "
        "held-out evaluation (dev families and held-out writer), then train on everything and "
        "release the model with its meta and metrics. Same corpus, same bytes.",
    )
    p.add_argument(
        "--corpus", type=Path, default=None, help="corpus jsonl (default: models/corpus)"
    )
    p.add_argument(
        "--release", type=Path, default=None, help="release folder (default: models/release)"
    )
    p.add_argument(
        "--heldout-only",
        action="store_true",
        help="release the model trained on the train families only",
    )
    p.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")


def run(args: argparse.Namespace) -> int:
    from pipeline import train

    overrides = {"training.max_steps": args.max_steps} if args.max_steps else None
    report = train.run_train(
        args.corpus or train.CORPUS, args.release or train.RELEASE, not args.heldout_only, overrides
    )
    print(report)
    return 0
