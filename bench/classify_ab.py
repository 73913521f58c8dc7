"""Classification speed of two checkouts, timed alternately in one process.

Usage: ``.venv/bin/python -m bench.classify_ab BASE_DIR [--n 5600] [--chunk 200] [--eml DIR ...]``,
where BASE_DIR is another checkout of jobmail (``git worktree add /tmp/base HEAD~1``) with its
released model; ``--eml`` times the .eml files of those folders (``models/eval/set?``) instead of
corpus mail.

Why: on a shared 2-core machine one run of ``bench.classify_speed`` varies by 20-30% from run to
run, more than most speed changes. Here both versions classify the same corpus dev-family
messages, chunk by chunk, in turns (which goes first alternates), on one core, so a slow spell
of the machine slows both alike. It prints both throughputs and the median of the per-chunk
ratio base time / this checkout's time (above 1: this checkout is faster).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the requirement says


def _load(root: Path) -> tuple[object, ModuleType]:
    """(Classifier loaded from ``root``'s code and model, ``root``'s pipeline.train module)."""
    for name in [m for m in sys.modules if m == "pipeline" or m.startswith("pipeline.")]:
        del sys.modules[name]  # the other checkout's modules stay reachable through its objects
    sys.path.insert(0, str(root))
    try:
        classify = importlib.import_module("pipeline.classify")
        train = importlib.import_module("pipeline.train")
    finally:
        sys.path.remove(str(root))
    if not Path(classify.__file__).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"classify_ab: {root} is not a jobmail checkout")
    return classify.Classifier.load(), train


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.classify_ab", description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path, help="another jobmail checkout")
    ap.add_argument("--n", type=int, default=5600, help="messages each version classifies")
    ap.add_argument("--chunk", type=int, default=200)
    ap.add_argument(
        "--eml", type=Path, nargs="+", default=None,
        help="classify the .eml files under these folders (repeated up to --n) instead of corpus mail",
    )
    args = ap.parse_args()
    if not (args.base / "pipeline" / "classify.py").is_file():
        print(f"classify_ab: {args.base} is not a jobmail checkout", file=sys.stderr)
        return 1
    base, _ = _load(args.base)
    this, train = _load(ROOT)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    if args.eml:
        parse = importlib.import_module("pipeline.parse")
        mail = [parse.parse_message(p.read_bytes()) for d in args.eml for p in sorted(d.rglob("*.eml"))]
        if not mail:
            print("classify_ab: no .eml files under --eml", file=sys.stderr)
            return 1
        # a mailbox is smaller than --n: its messages come round again, for both versions alike
        n = args.n
        msgs = (mail * ((n + 200) // len(mail) + 1))[: n + 200]
    else:
        _, dev = train.split_by_family(train.load_corpus())
        n = min(args.n, len(dev) - 200)  # the last 200 warm both up
        msgs = [train.record_to_parsed(r) for r in dev[: n + 200]]
    for clf in (base, this):
        clf.classify_many(msgs[n:])  # warm-up
    total = {"base": 0.0, "this": 0.0}
    ratios = []
    for i, start in enumerate(range(0, n, args.chunk)):
        chunk = msgs[start : min(start + args.chunk, n)]
        turns = [("base", base), ("this", this)]
        took = {}
        for name, clf in turns if i % 2 == 0 else turns[::-1]:
            t0 = time.perf_counter()
            clf.classify_many(chunk)
            took[name] = time.perf_counter() - t0
            total[name] += took[name]
        ratios.append(took["base"] / took["this"])
    ratios.sort()
    print(f"{n} messages each, chunks of {args.chunk}, one core")
    print(f"base ({args.base}): {n / total['base']:,.0f} msg/s")
    print(f"this checkout:      {n / total['this']:,.0f} msg/s")
    print(f"base time / this time, median of chunks: {ratios[len(ratios) // 2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
