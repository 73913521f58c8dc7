"""``jobmail classify PATH...``: classify .eml files and print one JSON object per line.

Needs no configuration file and no database: it reads the files, parses them with the same parser
as ingest and runs the same ``Classifier``. Output contract (one line per message, in path order):
``{"path", "labels", "scores", "company", "topics", "outside_control"}``. The files of one run are
read as one mailbox: a short company name takes the fuller spelling another message of the same
thread or organisation gives (``pipeline.linking.fuller_names``), so the lines are printed once
every file is classified.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.errors import UsageError

SETTINGS = "none"
#: messages parsed and classified per batch (bounds memory on huge folders)
BATCH = 500


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "classify",
        help="classify .eml files or folders of them; one JSON object per line",
        description="Classify .eml files (folders are searched recursively for *.eml) with the "
        "released model and print one JSON object per message: path, labels, scores, company, "
        "topics, outside_control. Needs no config file or database. The files are read as one "
        "mailbox: a short company name (\"Paperbark\") takes the fuller one (\"Paperbark Homewares\") "
        "another message of the same thread or employer domain gives.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file or folder of .eml files")
    p.add_argument(
        "--model",
        metavar="DIR",
        type=Path,
        default=None,
        help="model directory (default: the released model in models/release)",
    )


def collect_paths(raw_paths: list[str]) -> list[Path]:
    """The .eml files named or found (recursively, sorted) under folders; UsageError when none."""
    files: list[Path] = []
    for raw in raw_paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")
            if not found:
                raise UsageError(f"no .eml files in folder {raw}")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"no such file or folder: {raw}")
    return files


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from pipeline.classify import Classifier
    from pipeline.linking import fuller_names
    from pipeline.parse import parse_message

    files = collect_paths(args.paths)
    classifier = Classifier.load(getattr(args, "model", None))
    out = sys.stdout
    records: list[dict] = []
    # only the addressing of each message is kept across batches, not its text
    addressed: list = []
    for start in range(0, len(files), BATCH):
        chunk = files[start : start + BATCH]
        parsed = []
        for path in chunk:
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
            parsed.append(parse_message(raw))
        for path, msg, result in zip(chunk, parsed, classifier.classify_many(parsed), strict=True):
            addressed.append(replace(msg, text_plain="", text_html=""))
            records.append({
                "path": str(path),
                "labels": list(result.labels),
                "scores": result.scores,
                "company": result.company,
                "topics": list(result.topics),
                "outside_control": list(result.outside_control),
            })
    named = fuller_names(addressed, [r["company"] for r in records])
    for record, company in zip(records, named, strict=True):
        record["company"] = company
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0
