"""Training end to end on a small corpus subset, the family split and the corpus-to-MIME step."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.classify import Classifier
from pipeline.extract import extract_company
from pipeline.features import message_content, model_text
from pipeline.records import EMPLOYER_CAT, LABELS
from pipeline.train import (
    CORPUS,
    FOLD_GROUPS,
    choose_employer_threshold,
    choose_thresholds,
    cue_categories,
    fold_of_writer,
    heldout_scores,
    load_corpus,
    prepare,
    record_to_parsed,
    run_evaluate,
    run_train,
    split_by_family,
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


def test_corpus_build_is_the_committed_corpus_whatever_the_hash_seed() -> None:
    # the generators may use only their rng: Python salts str hashes per process, so a hash()
    # in a generator once changed the corpus (and the training cache key) at every build
    script = (
        "import json, sys; sys.path.insert(0, 'models/corpus'); import build; "
        "[print(json.dumps(r, ensure_ascii=False, sort_keys=True)) for r in build.build()]"
    )
    root = CORPUS.parent.parent.parent
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True,
                              text=True, encoding="utf-8", check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0] == CORPUS.read_text(encoding="utf-8")


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
    """Writer-group folds, thresholds, final model, release, and ``evaluate`` from the fold cache."""
    corpus, subset = _small_corpus(tmp_path, 3)
    release = tmp_path / "release"
    work = tmp_path / "work"
    steps = {"training.max_steps": 40, "training.eval_frequency": 40}
    report = run_train(corpus, release, overrides=steps, work=work)
    assert "macro-F1" in report and "worst confusions" in report and "per writer" in report
    clf = Classifier.load(release)  # passes the same checks as the released model
    meta = clf.meta["jobmail"]
    assert meta["corpus_size"] == len(subset)
    assert meta["labels"] == list(LABELS)
    heldout = meta["heldout_metrics"]
    writers = {writer_of(r) for r in subset}
    assert set(heldout["per_writer"]) == writers and len(writers) > FOLD_GROUPS
    assert heldout["n"] == len(subset)  # every record scored once, by a model that never saw its writer
    assert 0.0 <= heldout["macro_f1"] <= 1.0
    head = f"held-out writers ({FOLD_GROUPS} writer-group folds"
    assert (release / "metrics.txt").read_text().startswith(head)
    # the fold scores are cached: evaluating again trains nothing and reports the same figures
    folds = list((work / "folds").glob("*/*.json"))
    assert len(folds) == FOLD_GROUPS
    stamps = {f: f.stat().st_mtime_ns for f in folds}
    again = run_evaluate(corpus, work=work, release=release, overrides=steps)
    assert again.split("\n\ndemo mailbox")[0] == report.split("\n\ndemo mailbox")[0]
    assert {f: f.stat().st_mtime_ns for f in folds} == stamps
    result = clf.classify(record_to_parsed(subset[0]))
    assert set(result.scores) == set(LABELS)
    # the second stage is released with thresholds of its own and a band below every label's
    assert clf.second_nlp is not None
    assert all(isinstance(meta["thresholds"][f"ensemble_{lab}"], float) for lab in LABELS)
    assert 0 < meta["second_opinion_band"] < min(meta["thresholds"][lab] for lab in LABELS)


def _small_corpus(tmp_path: Path, per_family: int) -> tuple[Path, list[dict]]:
    by_family: dict[str, list[dict]] = defaultdict(list)
    for rec in load_corpus():
        by_family[rec["family"]].append(rec)
    subset = [r for fam in sorted(by_family) for r in by_family[fam][:per_family]]
    corpus = tmp_path / "small.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in subset), encoding="utf-8")
    return corpus, subset


def test_lowo_folds_in_parallel_score_like_folds_in_turn(tmp_path: Path) -> None:
    """Two folds at a time (spawned processes) give exactly the scores of one at a time."""
    _, subset = _small_corpus(tmp_path, 1)
    subset = [r for r in subset if writer_of(r) in ("w1", "w2", "w3")]
    prep = prepare(subset)
    steps = {"training.max_steps": 20, "training.eval_frequency": 20}
    serial = heldout_scores(prep, tmp_path / "serial", steps, jobs=1, groups=None)
    parallel = heldout_scores(prep, tmp_path / "parallel", steps, jobs=2, groups=None)
    assert len(serial) == len(subset) and all(serial)
    assert parallel == serial


def test_writers_are_told_apart_by_id_prefix() -> None:
    assert writer_of({"id": "neg-admission_reject-0", "family": "admission_reject"}) == "w1"
    assert writer_of({"id": "w2rej-x-1", "family": "x"}) == "w2"
    assert writer_of({"id": "w5snt-y-3", "family": "y"}) == "w5"
    assert writer_of({"id": "odd-1", "family": "w6ats-z"}) == "w6"
    assert {writer_of(r) for r in load_corpus()} >= {"w1", "w2", "w3"}


def test_writers_are_dealt_into_groups_in_numeric_order() -> None:
    writers = ["w10", "w2", "w1", "w3", "w11", "w4"]
    assert fold_of_writer(writers, 4) == {
        "w1": "g0", "w2": "g1", "w3": "g2", "w4": "g3", "w10": "g0", "w11": "g1"
    }
    assert fold_of_writer(writers, None) == {w: w for w in writers}
    # every group of the real corpus holds whole writers and several of them
    groups = fold_of_writer(list({writer_of(r) for r in load_corpus()}), FOLD_GROUPS)
    sizes = [list(groups.values()).count(f"g{g}") for g in range(FOLD_GROUPS)]
    assert min(sizes) >= 2 and max(sizes) - min(sizes) <= 1


def test_training_twice_gives_identical_model_bytes(tmp_path: Path) -> None:
    """Same corpus, same seed, different work and release folders: the same bytes."""
    corpus, _ = _small_corpus(tmp_path, 4)
    steps = {"training.max_steps": 30, "training.eval_frequency": 30}
    releases = []
    for run in ("a", "b"):
        release = tmp_path / f"release_{run}"
        run_train(corpus, release, overrides=steps, work=tmp_path / f"w_{run}", with_folds=False)
        releases.append(release)
    a, b = releases
    for rel in (
        "textcat_multilabel/model",
        "textcat_bigrams/model",
        "textcat_details/model",
        "textcat_ensemble/model",
        "vocab/strings.json",
        "config.cfg",
        "tokenizer",
        "meta.json",
    ):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert weights_digest(a) == weights_digest(b)
    assert "train = null" in (a / "config.cfg").read_text()  # no machine-specific paths


def test_topic_thresholds_are_fitted_to_the_union_with_the_phrase_cues() -> None:
    """Two feedback messages name a topic that only the cues find (low scores), two name it in
    words the model knows, two do not name it but score 0.3. Fitted to the model alone, the
    threshold drops to 0.2 to catch the first two and lets in the last two; fitted to the
    union with the cues, it stays where only the model's right answers pass."""
    cat = "topic_coding"
    scores = [{cat: 0.2}, {cat: 0.2}, {cat: 0.8}, {cat: 0.8}, {cat: 0.3}, {cat: 0.3}, {}]
    gold = [{cat: 1.0}] * 4 + [{cat: 0.0}] * 2 + [{}]  # the last is no feedback: not counted
    named = [{cat}, {cat}, set(), set(), set(), set(), {cat}]
    assert choose_thresholds(scores, gold, (cat,)) == {cat: 0.2}
    assert choose_thresholds(scores, gold, (cat,), named=named) == {cat: 0.5}


def test_thresholds_see_the_cues_that_decide_reads_even_past_the_model_text() -> None:
    """Training's cue categories and ``Classifier.decide`` read the same text (``cue_text``): a
    point made far down a long feedback letter, past the 800 characters the model reads."""
    from pipeline.classify import Classifier

    filler = "We appreciated the time you gave us and the care you put into each stage. " * 15
    rec = _record(
        labels=["feedback"],
        subject="Notes from your interviews",
        body_text=f"Hello,\n\n{filler}\n\nYour system design answers needed more depth.\n\nBest,\nAnn\n",
    )
    prep = prepare([rec])
    assert "system design" not in prep.texts[0]  # the model never reads the point
    named = cue_categories(prep)[0]
    assert "topic_system_design" in named
    clf = Classifier(None, {"jobmail": {"thresholds": {}}}, Path("."))
    decided = clf.decide(prep.parsed[0], message_content(prep.parsed[0]), {"feedback": 0.9})
    assert {f"topic_{t}" for t in decided.topics} == {c for c in named if c.startswith("topic_")}


def test_company_gate_threshold_is_chosen_on_unlabelled_mail() -> None:
    alert = _record(id="t-1", from_name="Jobfinder Alerts", from_addr="alerts@jobfinder.example",
                    subject="12 new jobs for you", body_text="New jobs match your search.\n")
    acme = _record(id="t-2", from_name="Acme Recruiting", from_addr="jobs@acme.example",
                   subject="Reminder: your interview tomorrow", company="Acme",
                   body_text="This is a reminder of your interview tomorrow at 10.\n")
    labelled = _record(id="t-3", labels=["rejection"], company="Acme", from_addr="jobs@acme.example")
    prep = prepare([alert, acme, labelled])
    thresholds = {lab: 0.5 for lab in LABELS}
    nothing = {lab: 0.0 for lab in LABELS}
    scores = [
        {**nothing, EMPLOYER_CAT: 0.1},
        {**nothing, EMPLOYER_CAT: 0.9},
        # labelled mail always keeps its company: its low gate score must not count (if it did,
        # every threshold above 0.05 would cost it its company and no gating would win)
        {**nothing, "rejection": 0.99, EMPLOYER_CAT: 0.05},
    ]
    # the alert names an organisation that is no employer: gating between 0.1 and 0.9 is right
    thr = choose_employer_threshold(prep, scores, thresholds)
    assert 0.1 < thr <= 0.9
    # when gating only loses (the alert's sender was the employer after all), the gate stays open
    prep.records[0]["company"] = extract_company(prep.parsed[0], message_content(prep.parsed[0]))
    assert prep.records[0]["company"]
    assert choose_employer_threshold(prep, scores, thresholds) == 0.0
