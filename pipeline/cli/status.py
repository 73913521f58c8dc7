"""``jobmail status``: what is stored and how the last runs went."""

from __future__ import annotations

import argparse

from pipeline.store import Store, sql


def register(sub: argparse._SubParsersAction) -> None:
    sub.add_parser(
        "status",
        help="show stored message counts, folder state and recent runs",
        description="Summarise the database: messages per folder, parse failures, messages "
        "flagged for review, folder sync state and the last runs.",
    )


def run(args: argparse.Namespace) -> int:
    store = Store(args.settings.storage.database, args.settings.storage.lock_timeout)
    print(f"database: {store.path}")
    for title, name in (("folders", "status_folders"), ("recent runs", "status_runs")):
        cols, rows = store.query(sql(name))
        print(f"\n{title}:")
        if not rows:
            print("  (none)")
        for row in rows:
            print("  " + ", ".join(f"{c}={v}" for c, v in zip(cols, row, strict=True)))
    return 0
