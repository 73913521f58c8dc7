"""Company extraction errors on the corpus (no model needed): gold vs predicted with sender/subject.

Usage: ``.venv/bin/python bench/company_errors.py [--dev] [--family PREFIX] [--limit N]``.
Prints one line per error and the accuracy over records with a gold company (and over all records).
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
    split_writers,
)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", action="store_true", help="only the held-out dev families")
    ap.add_argument("--family", default="", help="only families/ids starting with this")
    ap.add_argument("--limit", type=int, default=400)
    args = ap.parse_args()
    records = load_corpus()
    if args.dev:
        records = split_by_family(split_writers(records)[0])[1]
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


if __name__ == "__main__":
    sys.exit(main())
