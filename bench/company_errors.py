"""Company extraction errors on the corpus (no model needed): gold vs predicted with sender/subject.

Usage: ``.venv/bin/python bench/company_errors.py [--dev] [--family PREFIX] [--limit N] [--demo]``.
Prints one line per error and the accuracy over records with a gold company (and over all records).
``--demo`` scores the hand-labelled demo mailbox (pipeline/demo/mailbox/expected.json) instead.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract import extract_company  # noqa: E402
from pipeline.features import message_content  # noqa: E402
from pipeline.train import (  # noqa: E402
    load_corpus,
    record_to_parsed,
    same_company,
    split_by_family,
)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", action="store_true", help="only the held-out dev families")
    ap.add_argument("--family", default="", help="only families/ids starting with this")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--demo", action="store_true", help="the demo mailbox instead of the corpus")
    ap.add_argument("--corpus", type=Path, help="records to read (default: models/corpus/messages.jsonl)")
    args = ap.parse_args()
    if args.demo:
        return _demo(args.limit)
    records = load_corpus(args.corpus) if args.corpus else load_corpus()
    if args.dev:
        records = split_by_family(records)[1]
    records = [r for r in records if r["id"].startswith(args.family) or r["family"].startswith(args.family)]
    ok = ok_all = n_gold = 0
    shown = 0
    kinds: Counter[str] = Counter()
    for rec in records:
        parsed = record_to_parsed(rec)
        pred = extract_company(parsed, message_content(parsed))
        gold = rec.get("company")
        hit = same_company(pred, gold)
        ok_all += hit
        if gold:
            n_gold += 1
            ok += hit
        if not hit:
            kinds["missed" if not pred else "spurious" if not gold else "wrong"] += 1
            if shown < args.limit:
                shown += 1
                print(
                    f"{rec['id']}: gold={gold!r} pred={pred!r} | from={rec['from_name']!r} "
                    f"<{rec['from_addr']}> | subj={rec['subject'][:70]!r}"
                )
    print(
        f"company accuracy {ok}/{n_gold} = {ok / max(1, n_gold):.3f}; "
        f"all {ok_all}/{len(records)} = {ok_all / max(1, len(records)):.3f}; {dict(kinds)}"
    )
    return 0


def _demo(limit: int) -> int:
    import json

    from pipeline.parse import parse_message

    folder = ROOT / "pipeline" / "demo" / "mailbox"
    gold_rows = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["messages"]
    ok = n_gold = shown = 0
    for row in gold_rows:
        parsed = parse_message((folder / row["file"]).read_bytes())
        pred = extract_company(parsed, message_content(parsed))
        gold = row["company"]
        if gold:
            n_gold += 1
            ok += same_company(pred, gold)
        if gold and not same_company(pred, gold) and shown < limit:
            shown += 1
            print(f"{row['file']}: gold={gold!r} pred={pred!r} | from={parsed.from_name!r} "
                  f"<{parsed.from_addr}> | subj={parsed.subject[:70]!r}")
    print(f"demo mailbox company accuracy {ok}/{n_gold} = {ok / max(1, n_gold):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
