"""Score ``jobmail classify`` output against a labelled folder of .eml files (evaluation only).

Usage: ``.venv/bin/python bench/eval_external.py FOLDER [--quiet] [--model DIR]``, e.g.
/work/shared/external/findajob. The folder holds ``labels.csv`` (columns file, labels, company,
outside_control). Prints per-label P/R/F1, macro-F1 over the labels present, company accuracy,
reason and (when the file has a topics column) topic F1, then each miss by file name (not with
``--quiet``); never prints mail text.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.records import LABELS  # noqa: E402
from pipeline.train import _prf, same_company  # noqa: E402


def label_counts(
    rows: list[dict[str, Any]], predicted: list[Collection[str]]
) -> dict[str, tuple[int, int, int]]:
    """Per label, (true positives, false positives, misses) of the ``predicted`` label sets against
    the space-separated ``labels`` column of ``rows``."""
    out = {}
    for lab in LABELS:
        tp = fp = fn = 0
        for r, p in zip(rows, predicted, strict=True):
            y, q = lab in r["labels"].split(), lab in p
            tp += y and q
            fp += q and not y
            fn += y and not q
        out[lab] = (tp, fp, fn)
    return out


def exact_matches(rows: list[dict[str, Any]], predicted: list[Collection[str]]) -> int:
    """How many predicted label sets equal the gold set exactly."""
    return sum(set(r["labels"].split()) == set(p) for r, p in zip(rows, predicted, strict=True))


def main(folder: str, quiet: bool = False, model: str | None = None) -> int:
    base = Path(folder)
    rows = list(csv.DictReader((base / "labels.csv").open(encoding="utf-8")))
    out = subprocess.run(
        [str(ROOT / ".venv/bin/jobmail"), "classify", *(["--model", model] if model else []),
         *[str(base / r["file"]) for r in rows]],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    preds = [json.loads(line) for line in out]
    f1s = []
    for lab, (tp, fp, fn) in label_counts(rows, [p["labels"] for p in preds]).items():
        if tp + fn:
            prec, rec, f1 = _prf(tp, fp, fn)
            f1s.append(f1)
            print(f"{lab:<18} P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (n={tp + fn}, fp={fp})")
        elif fp:
            print(f"{lab:<18} no gold examples, {fp} false positives")
    print(f"macro-F1 over present labels {sum(f1s) / max(1, len(f1s)):.3f}")
    exact = exact_matches(rows, [p["labels"] for p in preds])
    print(f"exact label-set match {exact}/{len(rows)}")
    comp = [(r, p) for r, p in zip(rows, preds, strict=True) if r["company"]]
    ok = sum(same_company(p["company"], r["company"]) for r, p in comp)
    print(f"company accuracy {ok}/{len(comp)} = {ok / max(1, len(comp)):.3f}")
    for field, name in (("outside_control", "reasons"), ("topics", "topics")):
        if field not in rows[0]:
            continue
        tp = fp = fn = 0
        for r, p in zip(rows, preds, strict=True):
            y, q = set(r[field].split()), set(p[field])
            tp, fp, fn = tp + len(y & q), fp + len(q - y), fn + len(y - q)
        prec, rec, f1 = _prf(tp, fp, fn)
        print(f"{name} P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (gold {tp + fn})")
    if quiet:
        return 0
    for r, p in zip(rows, preds, strict=True):
        if set(r["labels"].split()) != set(p["labels"]) or (
            r["company"] and not same_company(p["company"], r["company"])
        ):
            print(
                f"  miss: {r['file']}: gold {r['labels'] or '-'} / {r['company'] or '-'}"
                f"  pred {' '.join(p['labels']) or '-'} / {p['company']}"
            )
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="folder with labels.csv and the .eml files it names")
    ap.add_argument("--quiet", action="store_true", help="aggregates only, no file names (sealed sets)")
    ap.add_argument("--model", help="model directory (default: the released model)")
    args = ap.parse_args()
    sys.exit(main(args.folder, quiet=args.quiet, model=args.model))
