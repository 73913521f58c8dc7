"""``jobmail evaluate``: held-out-writer scores of the classifier, plus the demo mailbox."""

from __future__ import annotations

import argparse
from pathlib import Path

SETTINGS = "none"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate",
        help="print held-out-writer P/R/F1, macro-F1 and worst confusions",
        description="Held-out-writer evaluation: the corpus writers are dealt into four groups "
        "and each group's mail is scored by a model trained on the other groups (fold scores "
        "cached under models/corpus/derived/folds; trained when missing). Prints per-label "
        "precision, recall, F1 and macro-F1 pooled over "
        "all out-of-writer predictions, per-writer macro-F1, worst confusions, company accuracy, "
        "topic/reason F1, and the released model on the hand-labelled demo mailbox.",
    )
    p.add_argument(
        "--corpus", type=Path, default=None, help="corpus jsonl (default: models/corpus)"
    )


def run(args: argparse.Namespace) -> int:
    from pipeline import train

    print(train.run_evaluate(args.corpus or train.CORPUS))
    return 0
