"""Assemble the labelled training corpus from the generator modules beside this file.

Run: ``python models/corpus/build.py`` (or ``make corpus``). Every ``gen_*.py`` module here
exposes ``FAMILY_PREFIX: str`` and ``generate(rng: random.Random) -> Iterable[dict]``; this
script calls each with its own seeded RNG, checks every record against the schema in
``models/corpus/README.md`` and writes ``models/corpus/messages.jsonl`` (the committed raw
labelled data), sorted by id so the file is reproducible byte for byte.
``python models/corpus/build.py 'gen_ats*.py'`` checks and counts some generators without writing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages.jsonl"
SEED = 20261122

LABELS = {"rejection", "interview_invite", "feedback", "application_ack", "offer", "feedback_request"}
TOPICS = {
    "coding", "system_design", "technical_depth", "behavioural", "communication",
    "questions_to_ask", "composure", "experience_level", "collaboration", "cv_positioning",
}
REASONS = {"role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled"}
REQUIRED = {
    "id": str, "family": str, "folder": str, "lang": str, "from_name": str, "from_addr": str,
    "to_addr": str, "subject": str, "body_text": str, "labels": list, "topics": list,
    "outside_control": list,
}


def check(rec: dict, origin: str) -> None:
    """Raise ValueError when a record does not follow the corpus schema."""
    for key, typ in REQUIRED.items():
        if not isinstance(rec.get(key), typ):
            raise ValueError(f"{origin}: {rec.get('id')!r}: field {key!r} missing or not {typ.__name__}")
    if rec["folder"] not in ("INBOX", "Sent"):
        raise ValueError(f"{origin}: {rec['id']}: folder must be INBOX or Sent")
    if not set(rec["labels"]) <= LABELS:
        raise ValueError(f"{origin}: {rec['id']}: unknown labels {set(rec['labels']) - LABELS}")
    if not set(rec["topics"]) <= TOPICS:
        raise ValueError(f"{origin}: {rec['id']}: unknown topics {set(rec['topics']) - TOPICS}")
    if not set(rec["outside_control"]) <= REASONS:
        raise ValueError(f"{origin}: {rec['id']}: unknown reasons")
    if rec["topics"] and "feedback" not in rec["labels"]:
        raise ValueError(f"{origin}: {rec['id']}: topics given without the feedback label")
    if rec["outside_control"] and "rejection" not in rec["labels"]:
        raise ValueError(f"{origin}: {rec['id']}: outside_control given without the rejection label")
    if rec.get("body_html") is not None and not isinstance(rec["body_html"], str):
        raise ValueError(f"{origin}: {rec['id']}: body_html must be a string or null")
    if rec.get("company") is not None and not isinstance(rec["company"], str):
        raise ValueError(f"{origin}: {rec['id']}: company must be a string or null")


def load_generators(pattern: str = "gen_*.py") -> list:
    # generators import their helper modules (``_w7_compose``, ...) from this folder by name
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    mods = []
    for path in sorted(HERE.glob(pattern)):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = mod
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def build(pattern: str = "gen_*.py") -> list[dict]:
    records: list[dict] = []
    seen: set[str] = set()
    for mod in load_generators(pattern):
        seed = int(hashlib.sha256(f"{SEED}:{mod.__name__}".encode()).hexdigest()[:8], 16)
        for rec in mod.generate(random.Random(seed)):
            check(rec, mod.__name__)
            if rec["id"] in seen:
                raise ValueError(f"{mod.__name__}: duplicate id {rec['id']}")
            seen.add(rec["id"])
            records.append(rec)
    records.sort(key=lambda r: r["id"])
    return records


def main(argv: list[str]) -> int:
    if argv:  # a dry run over some generators only: check and count, write nothing
        records = build(argv[0])
        print(f"{len(records)} records from {argv[0]} (not written)")
        return 0
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(records)} records to {OUT.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
