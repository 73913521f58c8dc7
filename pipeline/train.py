"""Build corpora, train, evaluate and release the classifier (``make train`` / ``make evaluate``).

Steps (``python -m pipeline.train train``):
1. read ``models/corpus/messages.jsonl``; each record becomes real MIME bytes (stdlib ``email``),
   goes through ``parse_message`` and ``model_text`` - exactly the path of live mail;
2. hold out one whole writer (``HELDOUT_WRITER``, an independent author of generators) and split
   the other writers' records by ``family``: whole families are held out for dev (fixed seed),
   chosen so that every label occurs in both splits, so the dev score measures unseen styles;
3. train ``models/config/textcat.cfg`` on the train families (``spacy train`` API, fixed seed and
   step count), choose per-label thresholds on dev, evaluate on dev and on the held-out writer
   (the most honest estimate for mail written by someone else);
4. train the same config on all families (train + dev) and release it with the dev thresholds to
   ``models/release/`` with meta (name, version, labels, thresholds, held-out metrics, corpus size
   and hash). The metrics in meta are those of the held-out run, never of the final model on data
   it saw.

``python -m pipeline.train evaluate`` re-evaluates the held-out-run model (training it first when
missing) and prints per-label precision/recall/F1, macro-F1, the worst confusions, company
accuracy and topic/reason F1, for the dev families and for the held-out writer.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import random
import re
import shutil
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from pipeline.errors import ModelError, UsageError
from pipeline.features import model_text
from pipeline.parse import parse_message
from pipeline.records import LABELS, OUTSIDE_CONTROL, TOPICS, ParsedMessage

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "models" / "corpus" / "messages.jsonl"
DERIVED = ROOT / "models" / "corpus" / "derived"
CONFIG = ROOT / "models" / "config" / "textcat.cfg"
RELEASE = ROOT / "models" / "release"
MODEL_NAME = "jobmail_classifier"
MODEL_VERSION = "2.0.0"
SEED = 20261122
DEV_FRACTION = 0.22
#: the writer whose every record is held out of the held-out run: its score is the estimate of
#: performance on mail written by someone the model never read
HELDOUT_WRITER = "w2"
#: thresholds maximise dev F-beta with this beta. 1.5 (recall weighted) scored 0.834 on the
#: held-out writer w2 vs 0.828 with plain F1 - less than the sampling error of 990 messages - and
#: lowered precision (dev families 0.897 vs 0.910; acks tagged as rejections/invites in the
#: e2e scenario mailbox), so plain F1 it is.
THRESHOLD_BETA = 1.0
#: scores this close to a label's threshold mark the message for review
REVIEW_BAND = 0.15
TOPIC_CATS = tuple(f"topic_{t}" for t in TOPICS)
REASON_CATS = tuple(f"reason_{r}" for r in OUTSIDE_CONTROL)
ALL_CATS = LABELS + TOPIC_CATS + REASON_CATS
_FIXED_DATE = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# Corpus


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    """The labelled records of ``messages.jsonl``; raises UsageError when missing or empty."""
    if not path.is_file():
        raise UsageError(f"corpus not found: {path} (run `make corpus`)")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not records:
        raise UsageError(f"corpus is empty: {path}")
    return records


def record_to_mime(rec: dict[str, Any]) -> bytes:
    """A corpus record as the RFC 5322 bytes a mailbox would hold (multipart when both bodies)."""
    msg = EmailMessage()
    sender = rec.get("from_addr") or "unknown@example.com"
    msg["From"] = f'"{rec["from_name"]}" <{sender}>' if rec.get("from_name") else sender
    msg["To"] = rec.get("to_addr") or "me@example.com"
    msg["Subject"] = rec.get("subject", "")
    msg["Date"] = format_datetime(_FIXED_DATE)
    msg["Message-ID"] = make_msgid(idstring=str(rec.get("id", "x")).replace("@", "_"), domain="corpus.local")
    text = rec.get("body_text") or ""
    html = rec.get("body_html")
    if html and text:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    return msg.as_bytes()


def record_to_parsed(rec: dict[str, Any]) -> ParsedMessage:
    """A corpus record through the same parser as live mail."""
    return parse_message(record_to_mime(rec))


def record_cats(rec: dict[str, Any]) -> dict[str, float]:
    """The training targets of a record: labels, topics and reasons as 0/1 categories."""
    cats = {lab: float(lab in rec["labels"]) for lab in LABELS}
    # Topics are only defined for feedback and reasons only for rejections: elsewhere they are left
    # out, which spaCy treats as missing (no loss), so the details model learns only where they apply.
    if "feedback" in rec["labels"]:
        cats.update({f"topic_{t}": float(t in rec["topics"]) for t in TOPICS})
    if "rejection" in rec["labels"]:
        cats.update({f"reason_{r}": float(r in rec["outside_control"]) for r in OUTSIDE_CONTROL})
    return cats


def writer_of(rec: dict[str, Any]) -> str:
    """The independent writer of a record: ``w2``/``w3`` generators prefix their ids, the first
    writer's (v1) generators do not."""
    head = str(rec["id"]).split("-", 1)[0]
    m = re.match(r"(w\d+)", head)
    return m.group(1) if m else "w1"


def split_writers(
    records: list[dict[str, Any]], heldout_writer: str = HELDOUT_WRITER
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(records of the other writers, records of ``heldout_writer``)."""
    rest = [r for r in records if writer_of(r) != heldout_writer]
    held = [r for r in records if writer_of(r) == heldout_writer]
    return rest, held


def split_by_family(
    records: list[dict[str, Any]], dev_fraction: float = DEV_FRACTION, seed: int = SEED
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(train, dev): whole families held out, every label present in both splits when possible."""
    by_family: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_family[rec["family"]].append(rec)
    families = sorted(by_family)
    rng = random.Random(seed)
    rng.shuffle(families)
    fam_labels = {f: Counter(lab for r in by_family[f] for lab in r["labels"]) for f in families}
    dev: list[str] = []
    label_totals = Counter(lab for r in records for lab in r["labels"])
    # rarest label first: put one family carrying it into dev, unless that leaves train without it
    for label in sorted(LABELS, key=lambda lab: label_totals[lab]):
        if any(fam_labels[f][label] for f in dev):
            continue
        carriers = [f for f in families if fam_labels[f][label] and f not in dev]
        if len(carriers) < 2:
            continue
        carriers.sort(key=lambda f: len(by_family[f]))
        # a small-to-medium family, so dev does not swallow most of a label's examples
        dev.append(carriers[min(len(carriers) // 3, len(carriers) - 1)])
    target = dev_fraction * len(records)
    for fam in families:
        if sum(len(by_family[f]) for f in dev) >= target:
            break
        if fam not in dev:
            dev.append(fam)
    dev_set = set(dev)
    train = [r for f in sorted(by_family) if f not in dev_set for r in by_family[f]]
    dev_recs = [r for f in sorted(by_family) if f in dev_set for r in by_family[f]]
    return train, dev_recs


@dataclass
class Prepared:
    """Records with their parsed message and model text."""

    records: list[dict[str, Any]]
    parsed: list[ParsedMessage]
    texts: list[str]


def prepare(records: list[dict[str, Any]]) -> Prepared:
    parsed = [record_to_parsed(r) for r in records]
    return Prepared(records, parsed, [model_text(p) for p in parsed])


def write_docbin(prep: Prepared, path: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("xx")
    db = DocBin(store_user_data=False)
    for rec, text in zip(prep.records, prep.texts, strict=True):
        doc = nlp.make_doc(text)
        doc.cats = record_cats(rec)
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


# ---------------------------------------------------------------------------------------------
# Training


def train_model(train: Prepared, dev: Prepared, out: Path, overrides: dict[str, Any] | None = None) -> Path:
    """Train the committed config on ``train`` (``dev`` only for spaCy's progress log)."""
    from spacy.cli.train import train as spacy_train

    work = out / "data"
    write_docbin(train, work / "train.spacy")
    write_docbin(dev, work / "dev.spacy")
    opts = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
    opts.update(overrides or {})
    spacy_train(CONFIG, out / "output", overrides=opts, use_gpu=-1)
    return out / "output" / "model-last"


def predict(nlp: Any, texts: list[str], batch_size: int = 256) -> list[dict[str, float]]:
    return [dict(doc.cats) for doc in nlp.pipe(texts, batch_size=batch_size)]


def choose_thresholds(
    scores: list[dict[str, float]],
    gold: list[dict[str, float]],
    cats: tuple[str, ...],
    beta: float = 1.0,
) -> dict[str, float]:
    """Per category, the threshold in [0.15, 0.85] with the best dev F-beta (ties: closest to
    0.5). ``beta`` > 1 weighs recall higher: a writer the model never read gets lower scores than
    the dev families, so thresholds fitted exactly to dev cut off too much of their mail.

    Only documents where the category is defined count (topics: feedback; reasons: rejections).
    """
    b2 = beta * beta
    out: dict[str, float] = {}
    grid = [round(0.15 + 0.025 * i, 3) for i in range(29)]
    for cat in cats:
        best = (-1.0, 0.0, 0.5)
        for thr in grid:
            tp = fp = fn = 0
            for s, g in zip(scores, gold, strict=True):
                if cat not in g:
                    continue
                p = s.get(cat, 0.0) >= thr
                y = g[cat] >= 0.5
                tp += p and y
                fp += p and not y
                fn += y and not p
            f1 = (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0
            key = (f1, -abs(thr - 0.5), thr)
            if key > best:
                best = key
        out[cat] = best[2] if best[0] > 0 else 0.5
    return out


# ---------------------------------------------------------------------------------------------
# Evaluation


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def same_company(pred: str | None, gold: str | None) -> bool:
    """Company match as a person would judge it: case, spacing and punctuation ignored."""

    def norm(x: str | None) -> str:
        return "".join(ch for ch in (x or "").lower() if ch.isalnum())

    return norm(pred) == norm(gold)


def evaluate(predicted: list[Any], records: list[dict[str, Any]]) -> dict[str, Any]:
    """Metrics of ``Classification`` objects against corpus records (same order)."""
    per_label: dict[str, dict[str, float]] = {}
    for lab in LABELS:
        tp = fp = fn = 0
        support = 0
        for c, r in zip(predicted, records, strict=True):
            p, y = lab in c.labels, lab in r["labels"]
            tp += p and y
            fp += p and not y
            fn += y and not p
            support += y
        prec, rec, f1 = _prf(tp, fp, fn)
        per_label[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": support}
    present = [lab for lab in LABELS if per_label[lab]["support"]]
    macro = sum(per_label[lab]["f1"] for lab in present) / max(1, len(present))
    confusions: Counter[tuple[str, str]] = Counter()
    for c, r in zip(predicted, records, strict=True):
        gold, pred = set(r["labels"]), set(c.labels)
        missed = sorted(gold - pred) or (["none"] if pred - gold else [])
        extra = sorted(pred - gold) or (["none"] if gold - pred else [])
        for g in missed:
            for p in extra:
                confusions[(g, p)] += 1
    with_company = [(c, r) for c, r in zip(predicted, records, strict=True) if r.get("company")]
    company_acc = (
        sum(same_company(c.company, r["company"]) for c, r in with_company) / len(with_company)
        if with_company
        else 0.0
    )
    all_acc = sum(
        same_company(c.company, r.get("company")) for c, r in zip(predicted, records, strict=True)
    ) / max(1, len(records))

    def micro(field: str, parent: str) -> tuple[float, float, float]:
        tp = fp = fn = 0
        for c, r in zip(predicted, records, strict=True):
            if parent not in r["labels"]:
                fp += len(getattr(c, field))
                continue
            p, y = set(getattr(c, field)), set(r[field])
            tp += len(p & y)
            fp += len(p - y)
            fn += len(y - p)
        return _prf(tp, fp, fn)

    return {
        "n": len(records),
        "per_label": per_label,
        "macro_f1": macro,
        "confusions": [[g, p, n] for (g, p), n in confusions.most_common(10)],
        "company_accuracy": company_acc,
        "company_accuracy_all": all_acc,
        "company_n": len(with_company),
        "topics_prf": micro("topics", "feedback"),
        "reasons_prf": micro("outside_control", "rejection"),
    }


def format_report(m: dict[str, Any], title: str) -> str:
    lines = [f"{title}: {m['n']} messages", f"{'label':<18} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for lab, v in m["per_label"].items():
        lines.append(f"{lab:<18} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:5d}")
    lines.append(f"macro-F1 {m['macro_f1']:.3f}")
    lines.append("worst confusions (gold -> predicted, count):")
    lines += [f"  {g} -> {p}: {n}" for g, p, n in m["confusions"][:8]] or ["  none"]
    lines.append(
        f"company accuracy {m['company_accuracy']:.3f} (of {m['company_n']} with a company); "
        f"incl. no-company messages {m['company_accuracy_all']:.3f}"
    )
    tp, tr, tf = m["topics_prf"]
    rp, rr, rf = m["reasons_prf"]
    lines.append(f"topics   P {tp:.3f} R {tr:.3f} F1 {tf:.3f}")
    lines.append(f"reasons  P {rp:.3f} R {rr:.3f} F1 {rf:.3f}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The whole run


def _corpus_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


#: files of a model directory that hold what the model computes (not meta/metrics text)
_WEIGHT_FILES = ("textcat_multilabel/model", "textcat_details/model", "vocab/strings.json")


def weights_digest(model_dir: Path) -> str:
    """sha256 over the trained weights and string store: equal digests = the same model."""
    h = hashlib.sha256()
    for rel in _WEIGHT_FILES:
        path = model_dir / rel
        if path.is_file():
            h.update(rel.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def _portable_config(model_dir: Path) -> None:
    """Blank the training-data paths spaCy writes into the saved config.cfg.

    They are absolute paths of the work directory, so the same model trained in two places (CI
    and a laptop, a test's temp dir and ``make train``) would differ byte for byte only there.
    """
    cfg = model_dir / "config.cfg"
    text = cfg.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(train|dev) = .*$", r"\1 = null", text, count=2)
    cfg.write_text(text, encoding="utf-8")


def write_meta(
    model_dir: Path,
    thresholds: dict[str, float],
    metrics: dict[str, Any],
    corpus_size: int,
    corpus_hash: str,
    final_on_all: bool,
) -> None:
    """Set name/version and the jobmail block in the model's spaCy meta.json."""
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "description": "jobmail message classifier (bag-of-words textcat_multilabel, unigrams)",
            "jobmail": {
                "labels": list(LABELS),
                "topics": list(TOPICS),
                "outside_control": list(OUTSIDE_CONTROL),
                "thresholds": thresholds,
                "review_band": REVIEW_BAND,
                "heldout_metrics": metrics,
                "corpus_size": corpus_size,
                "corpus_sha256_16": corpus_hash,
                "trained_on": "all writers and families"
                if final_on_all
                else f"train families of writers other than {HELDOUT_WRITER}",
                "seed": SEED,
                "weights_sha256_16": weights_digest(model_dir),
            },
        }
    )
    # keep the file byte-stable: spaCy's own performance block depends on the dev set run
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def heldout_run(
    records: list[dict[str, Any]], work: Path, overrides: dict[str, Any] | None = None
) -> tuple[Path, dict[str, float], dict[str, Any], str]:
    """Train with one writer and some families held out; thresholds and scores on the rest.

    The held-out writer (``HELDOUT_WRITER``) is left out entirely; the other writers' records are
    split by family. The model is trained on the train families, per-label thresholds are chosen
    on the dev families, and the same model and thresholds are scored on the dev families and on
    the held-out writer (whose mail influenced nothing: not training, not thresholds).
    """
    from pipeline.classify import Classifier

    others, writer_recs = split_writers(records)
    train_recs, dev_recs = split_by_family(others)
    log.info(
        "split: %d train, %d dev (families), %d held-out writer %s",
        len(train_recs),
        len(dev_recs),
        len(writer_recs),
        HELDOUT_WRITER,
    )
    train_p, dev_p = prepare(train_recs), prepare(dev_recs)
    model_dir = train_model(train_p, dev_p, work, overrides)
    clf = Classifier.load(model_dir, check=False)
    scores = predict(clf.nlp, dev_p.texts)
    gold = [record_cats(r) for r in dev_recs]
    thresholds = choose_thresholds(scores, gold, LABELS, beta=THRESHOLD_BETA)
    # topics and reasons keep plain F1: their precision matters as much as their recall
    thresholds.update(choose_thresholds(scores, gold, TOPIC_CATS + REASON_CATS))
    clf.thresholds = thresholds
    metrics = evaluate(clf.classify_many(dev_p.parsed), dev_recs)
    metrics["dev_families"] = sorted({r["family"] for r in dev_recs})
    report = format_report(metrics, "held-out families (dev)")
    if writer_recs:
        writer_metrics = evaluate(clf.classify_many(prepare(writer_recs).parsed), writer_recs)
        metrics["heldout_writer"] = {"writer": HELDOUT_WRITER, **writer_metrics}
        report += "\n\n" + format_report(writer_metrics, f"held-out writer {HELDOUT_WRITER}")
    return model_dir, thresholds, metrics, report


def run_train(
    corpus: Path = CORPUS,
    release: Path = RELEASE,
    final_on_all: bool = True,
    overrides: dict[str, Any] | None = None,
    work: Path = DERIVED,
) -> str:
    """The full `make train`: held-out run, then final model, released with meta. Returns report.

    Reproducible: a fixed seed and step count, data in corpus order, no absolute paths in the
    released config; the same corpus gives the same bytes (``weights_sha256_16`` in meta).
    """
    records = load_corpus(corpus)
    started = time.monotonic()
    for stale in (work / "heldout", work / "final"):
        if stale.exists():  # nothing of an earlier run may leak into this one
            shutil.rmtree(stale)
    model_dir, thresholds, metrics, report = heldout_run(records, work / "heldout", overrides)
    (work / "heldout" / "thresholds.json").write_text(json.dumps(thresholds, indent=2), "utf-8")
    _portable_config(model_dir)
    final_dir = model_dir
    if final_on_all:
        everything = prepare(records)
        final_dir = train_model(everything, everything, work / "final", overrides)
        _portable_config(final_dir)
    if release.exists():
        shutil.rmtree(release)
    shutil.copytree(final_dir, release)
    write_meta(release, thresholds, metrics, len(records), _corpus_hash(corpus), final_on_all)
    # the held-out model gets the same meta so `evaluate` can load and check it
    write_meta(model_dir, thresholds, metrics, len(records), _corpus_hash(corpus), False)
    digest = weights_digest(release)
    report += f"\n\nreleased model weights sha256/16: {digest}"
    (release / "metrics.txt").write_text(report + "\n", encoding="utf-8")
    log.info("trained and released in %.0f s (weights %s)", time.monotonic() - started, digest)
    return report


def run_evaluate(corpus: Path = CORPUS, work: Path = DERIVED) -> str:
    """Report of the held-out-run model on the dev families and the held-out writer (trains it
    first when missing)."""
    from pipeline.classify import Classifier

    records = load_corpus(corpus)
    model_dir = work / "heldout" / "output" / "model-last"
    if not (model_dir / "meta.json").is_file():
        model_dir, thresholds, metrics, report = heldout_run(records, work / "heldout")
        write_meta(model_dir, thresholds, metrics, len(records), _corpus_hash(corpus), False)
        return report
    clf = Classifier.load(model_dir)
    others, writer_recs = split_writers(records)
    _, dev_recs = split_by_family(others)
    predicted = clf.classify_many([record_to_parsed(r) for r in dev_recs])
    report = format_report(evaluate(predicted, dev_recs), "held-out families (dev)")
    if writer_recs:
        predicted = clf.classify_many([record_to_parsed(r) for r in writer_recs])
        report += "\n\n" + format_report(
            evaluate(predicted, writer_recs), f"held-out writer {HELDOUT_WRITER}"
        )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train, choose thresholds, evaluate and release")
    t.add_argument("--corpus", type=Path, default=CORPUS)
    t.add_argument("--release", type=Path, default=RELEASE)
    t.add_argument("--heldout-only", action="store_true", help="release the train-families model")
    t.add_argument("--max-steps", type=int, default=None)
    e = sub.add_parser("evaluate", help="print the held-out evaluation")
    e.add_argument("--corpus", type=Path, default=CORPUS)
    sub.add_parser("corpus", help="write the derived DocBins only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        if args.cmd == "train":
            ov = {"training.max_steps": args.max_steps} if args.max_steps else None
            print(run_train(args.corpus, args.release, not args.heldout_only, ov))
        elif args.cmd == "evaluate":
            print(run_evaluate(args.corpus))
        else:
            records = load_corpus()
            tr, dv = split_by_family(records)
            write_docbin(prepare(tr), DERIVED / "train.spacy")
            write_docbin(prepare(dv), DERIVED / "dev.spacy")
            print(f"wrote {len(tr)} train and {len(dv)} dev docs to {DERIVED}")
    except (UsageError, ModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
