"""`jobmail demo` as `make demo` runs it: the sample mailbox over real IMAP, stored, digested.

The demo mailbox was written apart from the training corpus and labelled by hand
(pipeline/demo/mailbox/expected.json), so it doubles as a small check of the released model on
mail it never saw."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.ingest_helpers import JOBMAIL

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "pipeline" / "demo" / "mailbox" / "expected.json").read_text())
LABELS = ("rejection", "interview_invite", "feedback", "application_ack", "offer", "feedback_request")


def test_demo_end_to_end(tmp_path):
    out = subprocess.run([JOBMAIL, "demo", "--dir", str(tmp_path)], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "90 stored" in out.stdout and "0 parse failures" in out.stdout
    html = tmp_path / "digests" / "digest-2026-W47.html"
    assert str(html) in out.stdout and html.read_text().lstrip().lower().startswith("<!doctype html")
    facts = json.loads((tmp_path / "digests" / "digest-2026-W47.json").read_text())
    want = EXPECTED["expected_2026_W47"]
    assert (facts["week"], facts["period_start"], facts["period_end"]) == (
        want["week"], want["period_start"], want["period_end"])
    assert set(facts["health"]["week"]) == set(LABELS[:5])
    assert facts["health"]["leak"] in ("insufficient_data", "cv_screen", "interviews", "none")
    assert facts["focus"]["area"] and facts["focus"]["summary"]

    # the classifier on hand-labelled mail it was not trained on
    cfg = tmp_path / "jobmail.toml"
    rows = json.loads(subprocess.run(
        [JOBMAIL, "--config", str(cfg), "query", "-f", "json",
         "SELECT message_id, folder, labels FROM messages"],
        capture_output=True, text=True, timeout=60, check=True).stdout)
    got = {(r["message_id"], r["folder"]): set(r["labels"]) for r in rows}
    f1s = []
    for label in LABELS:
        tp = fp = fn = 0
        for m in EXPECTED["messages"]:
            predicted = label in got[(m["message_id"], m["folder"])]
            actual = label in m["labels"]
            tp += predicted and actual
            fp += predicted and not actual
            fn += actual and not predicted
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    macro = sum(f1s) / len(f1s)
    assert macro >= 0.75, f"macro-F1 on the demo mailbox fell to {macro:.3f}: {f1s}"
