"""``jobmail query``: ad hoc SQL on the database, read-only, printed as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pipeline.errors import UsageError
from pipeline.store import Store

MAX_CELL = 60


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "query",
        help="run read-only SQL on the database (e.g. over the 'messages' view)",
        description="Run SQL against the DuckDB file opened read-only (writes are refused). "
        "Pass the SQL as an argument, or '-' to read it from standard input. See the README "
        "for the schema and example queries.",
    )
    p.add_argument("sql", help="the SQL text, or - to read it from standard input")
    p.add_argument("--format", "-f", choices=("table", "csv", "json"), default="table",
                   help="output format (default: table)")


def run(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.sql == "-" else args.sql
    if not text.strip():
        raise UsageError("no SQL given")
    store = Store(args.settings.storage.database, args.settings.storage.lock_timeout)
    cols, rows = store.query(text)
    if args.format == "json":
        out = [dict(zip(cols, (_plain(v) for v in row), strict=True)) for row in rows]
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(v, None) for v in row])
    else:
        _table(cols, rows)
    return 0


def _plain(value: Any) -> Any:
    """Make a DuckDB value JSON-serialisable."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(value))} bytes>"
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _cell(value: Any, limit: int | None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, (list, tuple, dict)):
        text = json.dumps(_plain(value), ensure_ascii=False)
    else:
        text = str(_plain(value))
    text = " ".join(text.split())
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _table(cols: list[str], rows: list[tuple]) -> None:
    if not cols:
        print("(no result)")
        return
    cells = [[_cell(v, MAX_CELL) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
