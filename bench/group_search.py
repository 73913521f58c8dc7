"""Quick comparison of training variants: writer-group folds plus the blind sets (evaluation only).

Usage: ``.venv/bin/python -m bench.group_search NAME [--groups 4] [--set train.ATTR=VALUE ...]
[--sets setA,setB,setD]``. The corpus's writers are dealt round-robin into ``--groups`` groups;
for each group a model trained on the other groups scores that group's records and every message
of the blind sets. Thresholds are chosen on the pooled out-of-group scores (as ``make train``
does on its writer folds), and the blind sets are scored with the mean of the fold models'
scores. A variant costs ``groups`` trainings instead of one per writer (about a sixth of a full
leave-one-writer-out run), so figures compare variants with each other; they are not the
release's figures. Sealed sets (``models/eval/README.md``) are only scored when named.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import logging
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_external import exact_matches, label_counts  # noqa: E402
from pipeline import features, train  # noqa: E402
from pipeline.parse import parse_message  # noqa: E402
from pipeline.records import LABELS  # noqa: E402

WORK = Path("/tmp/jobmail_group_search")


def _blind(names: list[str]) -> dict[str, tuple[list[dict[str, Any]], list[Any], list[Any], list[str]]]:
    out = {}
    for name in names:
        base = ROOT / "models" / "eval" / name
        rows = list(csv.DictReader((base / "labels.csv").open(encoding="utf-8")))
        parsed = [parse_message((base / r["file"]).read_bytes()) for r in rows]
        contents = [features.message_content(p) for p in parsed]
        out[name] = (rows, parsed, contents, [features.content_model_text(c) for c in contents])
    return out


def _fold(args: tuple[Any, list[int], list[str], Path, dict[str, Any]]) -> None:
    prep, held, blind_texts, out, settings = args
    import spacy

    for key, value in settings.items():
        setattr(train, key, value)
    held_set = set(held)
    rest = [i for i in range(len(prep.records)) if i not in held_set]
    started = time.monotonic()
    model = train.train_model(
        train._subset(prep, rest), train._subset(prep, held[:200]), out.parent / (out.stem + "_m")
    )
    nlp = spacy.load(model)
    result = {
        "held": train.predict(nlp, [prep.texts[i] for i in held]),
        "blind": train.predict(nlp, blind_texts),
    }
    out.write_text(json.dumps(result), encoding="utf-8")
    print(
        f"fold {out.stem}: {len(rest)} train, {len(held)} held, {time.monotonic() - started:.0f} s",
        flush=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--groups", type=int, default=train.FOLD_GROUPS)
    ap.add_argument("--set", action="append", default=[], help="train.ATTR=python-literal")
    ap.add_argument("--sets", default="setA,setB,setD")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    settings = {}
    for item in args.set:
        key, value = item.split("=", 1)
        settings[key.removeprefix("train.")] = ast.literal_eval(value)
    for key, value in settings.items():
        setattr(train, key, value)
    prep = train.prepare(train.load_corpus())
    # the same groups as make train's folds when --groups is train.FOLD_GROUPS
    fold_of = train.fold_of_writer(list({train.writer_of(r) for r in prep.records}), args.groups)
    folds = sorted(set(fold_of.values()))
    blind = _blind([s for s in args.sets.split(",") if s])
    blind_texts = [t for _, _, _, texts in blind.values() for t in texts]
    work = WORK / args.name
    work.mkdir(parents=True, exist_ok=True)
    held_of = {f: [i for i, r in enumerate(prep.records) if fold_of[train.writer_of(r)] == f] for f in folds}
    todo = [f for f in folds if not (work / f"{f}.json").is_file()]
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=ctx) as pool:
        list(pool.map(_fold, [(prep, held_of[f], blind_texts, work / f"{f}.json", settings) for f in todo]))
    scores: list[dict[str, float]] = [{} for _ in prep.records]
    blind_scores: list[dict[str, float]] = [{} for _ in blind_texts]
    for f in folds:
        result = json.loads((work / f"{f}.json").read_text(encoding="utf-8"))
        for i, sc in zip(held_of[f], result["held"], strict=True):
            scores[i] = sc
        for acc, sc in zip(blind_scores, result["blind"], strict=True):
            for k, v in sc.items():
                acc[k] = acc.get(k, 0.0) + v / args.groups
    thresholds = train.heldout_thresholds(prep, scores)
    (work / "thresholds.json").write_text(json.dumps(thresholds, indent=1, sort_keys=True), encoding="utf-8")
    metrics = train.heldout_metrics(prep, scores, thresholds)
    per_writer = [v["macro_f1"] for v in metrics["per_writer"].values()]
    print(
        f"{args.name}: out-of-group pooled macro-F1 {metrics['macro_f1']:.3f}, "
        f"mean per writer {sum(per_writer) / len(per_writer):.3f}"
    )
    print("  thresholds " + " ".join(f"{lab}={thresholds[lab]}" for lab in LABELS))
    clf = train.judge(thresholds)
    offset = 0
    for name, (rows, parsed, contents, texts) in blind.items():
        sc = blind_scores[offset : offset + len(texts)]
        offset += len(texts)
        labels = [
            clf.decide(p, c, clf.settled(s)).labels for p, c, s in zip(parsed, contents, sc, strict=True)
        ]
        counts = label_counts(rows, labels).values()
        f1s = [train._prf(tp, fp, fn)[2] for tp, fp, fn in counts if tp + fn]
        fp_all, fn_all = sum(c[1] for c in counts), sum(c[2] for c in counts)
        exact = exact_matches(rows, labels)
        print(
            f"  {name}: macro-F1 {sum(f1s) / len(f1s):.3f}, exact {exact}/{len(rows)},"
            f" fp {fp_all}, fn {fn_all}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
