"""Training end to end on a small corpus subset, the family split and the corpus-to-MIME step."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.classify import Classifier
from pipeline.features import model_text
from pipeline.records import LABELS
from pipeline.train import (
    CORPUS,
    HELDOUT_WRITER,
    load_corpus,
    record_to_parsed,
    run_train,
    split_by_family,
    split_writers,
    weights_digest,
    writer_of,
)

pytestmark = pytest.mark.skipif(not CORPUS.is_file(), reason="corpus not built")


def _record(**kw: object) -> dict:
    base = {
        "id": "t-1",
        "family": "f",
        "folder": "INBOX",
        "lang": "en",
        "from_name": "Ann Example",
        "from_addr": "ann@example.com",
        "to_addr": "me@example.org",
        "subject": "Hello",
        "body_text": "",
        "body_html": None,
        "labels": [],
        "company": None,
        "topics": [],
        "outside_control": [],
    }
    base.update(kw)
    return base


def test_records_become_real_mime_that_parses_back() -> None:
    both = record_to_parsed(_record(body_text="plain words", body_html="<p>html words</p>"))
    assert both.from_name == "Ann Example" and both.from_addr == "ann@example.com"
    assert "plain words" in both.text_plain and "html words" in both.text_html
    html_only = record_to_parsed(_record(body_html="<p>only <b>html</b> here</p>"))
    assert html_only.text_plain == ""
    assert "only html here" in model_text(html_only)
    accents = record_to_parsed(_record(subject="Ihre Bewerbung – Rückmeldung", body_text="Grüße"))
    assert accents.subject == "Ihre Bewerbung – Rückmeldung"


def test_split_holds_whole_families_out_and_is_deterministic() -> None:
    records = load_corpus()
    train, dev = split_by_family(records)
    assert {r["family"] for r in train}.isdisjoint({r["family"] for r in dev})
    assert len(train) + len(dev) == len(records)
    for label in LABELS:
        assert any(label in r["labels"] for r in dev), label
        assert any(label in r["labels"] for r in train), label
    again_train, again_dev = split_by_family(records)
    assert [r["id"] for r in again_dev] == [r["id"] for r in dev]


def test_training_end_to_end_on_a_small_subset(tmp_path: Path) -> None:
    by_family: dict[str, list[dict]] = defaultdict(list)
    for rec in load_corpus():
        by_family[rec["family"]].append(rec)
    subset = [r for fam in sorted(by_family) for r in by_family[fam][:10]]
    corpus = tmp_path / "small.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in subset), encoding="utf-8")
    release = tmp_path / "release"
    report = run_train(
        corpus,
        release,
        final_on_all=False,
        overrides={"training.max_steps": 60, "training.eval_frequency": 30},
        work=tmp_path / "work",
    )
    assert "macro-F1" in report and "worst confusions" in report
    clf = Classifier.load(release)  # passes the same checks as the released model
    meta = clf.meta["jobmail"]
    assert meta["corpus_size"] == len(subset)
    assert meta["labels"] == list(LABELS)
    assert 0.0 <= meta["heldout_metrics"]["macro_f1"] <= 1.0
    assert (release / "metrics.txt").read_text().startswith("held-out families")
    result = clf.classify(record_to_parsed(subset[0]))
    assert set(result.scores) == set(LABELS)


def _small_corpus(tmp_path: Path, per_family: int) -> tuple[Path, list[dict]]:
    by_family: dict[str, list[dict]] = defaultdict(list)
    for rec in load_corpus():
        by_family[rec["family"]].append(rec)
    subset = [r for fam in sorted(by_family) for r in by_family[fam][:per_family]]
    corpus = tmp_path / "small.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in subset), encoding="utf-8")
    return corpus, subset


def test_held_out_writer_is_wholly_outside_training() -> None:
    records = load_corpus()
    rest, held = split_writers(records)
    if not held:
        pytest.skip(f"corpus has no records of writer {HELDOUT_WRITER}")
    assert {writer_of(r) for r in held} == {HELDOUT_WRITER}
    assert HELDOUT_WRITER not in {writer_of(r) for r in rest}
    assert len(rest) + len(held) == len(records)


def test_training_twice_gives_identical_model_bytes(tmp_path: Path) -> None:
    """Same corpus, same seed, different work and release folders: the same bytes."""
    corpus, _ = _small_corpus(tmp_path, 4)
    steps = {"training.max_steps": 30, "training.eval_frequency": 30}
    releases = []
    for run in ("a", "b"):
        release = tmp_path / f"release_{run}"
        run_train(corpus, release, final_on_all=True, overrides=steps, work=tmp_path / f"w_{run}")
        releases.append(release)
    a, b = releases
    for rel in (
        "textcat_multilabel/model",
        "textcat_details/model",
        "vocab/strings.json",
        "config.cfg",
        "tokenizer",
        "meta.json",
    ):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert weights_digest(a) == weights_digest(b)
    assert "train = null" in (a / "config.cfg").read_text()  # no machine-specific paths
