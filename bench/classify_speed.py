"""Classification throughput on one core, parse excluded.

Usage: ``.venv/bin/python -m bench.classify_speed [--n 3000] [--model DIR]``. Parses
the corpus dev-family messages first (not timed), then times ``Classifier.classify_many`` (text
cleaning, model, thresholds, company/topic/reason extraction) and the bare ``nlp.pipe`` over the same texts.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the requirement says

from pipeline.classify import Classifier  # noqa: E402
from pipeline.errors import ModelError  # noqa: E402
from pipeline.features import model_text  # noqa: E402
from pipeline.train import load_corpus, record_to_parsed, split_by_family  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000, help="messages to time (dev docs repeated)")
    ap.add_argument(
        "--model", type=Path, default=None, help="a model released by make train (default: models/release)"
    )
    args = ap.parse_args()
    try:
        clf = Classifier.load(args.model)
    except ModelError as exc:
        print(f"classify_speed: {exc}", file=sys.stderr)
        return 1
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    _, dev = split_by_family(load_corpus())
    parsed = [record_to_parsed(r) for r in dev]
    msgs = (parsed * (args.n // len(parsed) + 1))[: args.n]
    clf.classify_many(msgs[:200])  # warm-up
    t0 = time.perf_counter()
    clf.classify_many(msgs)
    full = time.perf_counter() - t0
    texts = [model_text(p) for p in msgs]
    t0 = time.perf_counter()
    for _ in clf.nlp.pipe(texts, batch_size=256):
        pass
    bare = time.perf_counter() - t0
    avg = sum(map(len, texts)) / len(texts)
    print(f"{len(msgs)} messages (avg model text {avg:.0f} chars), one core")
    print(f"classify_many (features + model + extraction): {len(msgs) / full:,.0f} msg/s")
    print(f"nlp.pipe only:                                 {len(msgs) / bare:,.0f} msg/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
