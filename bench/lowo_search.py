"""Architecture/feature search judged by leave-one-writer-out macro-F1 (``pipeline.train``).

Usage: ``.venv/bin/python -m bench.lowo_search NAME [--config CFG] [--set features.ATTR=VALUE ...]
[--override training.max_steps=1000 ...]``. Runs the LOWO folds of the current corpus with the
given spaCy config / feature switches in ``/tmp/jobmail_lowo_search/NAME`` (its own cache), chooses
thresholds on the pooled out-of-writer scores and prints pooled and per-writer macro-F1. The
same thresholds are chosen and scored on the same pooled predictions, so figures compare variants
with each other; they are slightly optimistic as absolute numbers.
"""

from __future__ import annotations

import argparse
import ast
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import features, train  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--config", type=Path, default=None)
    ap.add_argument("--set", action="append", default=[], help="features.ATTR=python-literal")
    ap.add_argument("--override", action="append", default=[], help="spaCy config key=value")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    for item in args.set:
        key, value = item.split("=", 1)
        setattr(features, key.removeprefix("features."), ast.literal_eval(value))
    if args.config:
        train.CONFIG = args.config.resolve()
    overrides = {}
    for item in args.override:
        key, value = item.split("=", 1)
        overrides[key] = ast.literal_eval(value)
    started = time.monotonic()
    prep = train.prepare(train.load_corpus())
    work = Path("/tmp/jobmail_lowo_search") / args.name
    scores = train.heldout_scores(prep, work, overrides or None, groups=None)
    thresholds = train.heldout_thresholds(prep, scores)
    metrics = train.heldout_metrics(prep, scores, thresholds, groups=None)
    print(train.format_heldout(metrics))
    print(f"{args.name}: pooled macro {metrics['macro_f1']:.3f} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
