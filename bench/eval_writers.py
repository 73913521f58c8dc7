"""Score a released model on some writers of the corpus, writer by writer and pooled.

Usage: ``.venv/bin/python bench/eval_writers.py [--model DIR] w7 w8 ...``. Meant for a model
trained before those writers' mail existed (an earlier release checked out elsewhere, e.g.
``git worktree add /tmp/v3 1d3098b`` and ``--model /tmp/v3/models/release``): their scores are
then a held-out measurement, like the held-out-writer figures of ``make evaluate``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.classify import Classifier  # noqa: E402
from pipeline.train import evaluate, format_report, load_corpus, record_to_parsed, writer_of  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python bench/eval_writers.py", description=__doc__.splitlines()[0])
    ap.add_argument("writers", nargs="+", help="writer ids, e.g. w7 w8")
    ap.add_argument("--model", type=Path, help="released model directory (default: models/release)")
    ap.add_argument("--corpus", type=Path, help="records to read (default: models/corpus/messages.jsonl)")
    args = ap.parse_args(argv)
    clf = Classifier.load(args.model)
    corpus = load_corpus(args.corpus) if args.corpus else load_corpus()
    records = [r for r in corpus if writer_of(r) in args.writers]
    if not records:
        print(f"error: no corpus records by {' '.join(args.writers)}", file=sys.stderr)
        return 2
    predicted = clf.classify_many([record_to_parsed(r) for r in records])
    for writer in args.writers:
        idx = [i for i, r in enumerate(records) if writer_of(r) == writer]
        if idx:
            m = evaluate([predicted[i] for i in idx], [records[i] for i in idx])
            print(format_report(m, f"{clf.version} on {writer}"), end="\n\n")
    print(format_report(evaluate(predicted, records), f"{clf.version} on {' '.join(args.writers)}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
