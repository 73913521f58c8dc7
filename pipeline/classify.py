"""Load, check and run the trained spaCy classifier: the only module that imports spaCy.

``Classifier.load()`` opens the released model in ``models/release/`` (resolved from this file, so
any working directory works), checks its meta (name, version, labels equal to
``records.LABELS``, thresholds for every label) and raises ``ModelError`` with one clear line when
something does not match. ``classify``/``classify_many`` return ``Classification`` records with
labels, per-label scores, company, feedback topics and outside-control reasons; a score within the
model's review band around its threshold sets ``needs_review``.

Two stages decide the labels. Two fast bag-of-words models (words; words and word pairs) score
every message. Where one of their mean scores lies within the model's second-opinion band of its
threshold, a slower model (a bag of words plus a small CNN, ``textcat_ensemble``) reads the
message too, and the labels are that model's score averaged with the word-pair model's, against
thresholds of their own. Models released before v17 have no second stage.

spaCy is imported lazily (inside ``load``), so ``import pipeline.classify`` stays cheap.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.companies import is_never_a_hiring_decision
from pipeline.errors import ModelError
from pipeline.extract import extract_company, reason_cues, topic_cues
from pipeline.features import MessageContent, content_model_text, message_content
from pipeline.records import (
    EMPLOYER_CAT,
    LABELS,
    OUTSIDE_CONTROL,
    REASON_CATS,
    TOPIC_CATS,
    TOPICS,
    Classification,
    ParsedMessage,
)

if TYPE_CHECKING:  # spaCy is imported lazily (see the module docstring)
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

RELEASE_DIR = Path(__file__).resolve().parent.parent / "models" / "release"
MODEL_NAME = "jobmail_classifier"
#: the pipeline component scoring feedback topics and rejection reasons
DETAILS_PIPE = "textcat_details"
#: the labels whose messages need topic/reason scores
_DETAIL_LABELS = ("feedback", "rejection")
#: Senders who write to many: a service's address, or a display name that ends like a
#: publication's. A feedback request is the candidate's own mail, so such a sender never sends one,
#: however closely a template it prints reads like one. (A publication's own address,
#: "newsletter@", loses every label: ``companies.is_never_a_hiring_decision``.)
_BULK_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer|marketing|updates|alerts?)"
    r"(?:[.+_-].*)?$"
)
_BULK_NAME = re.compile(
    r"\b(?:weekly|newsletter|digest|daily|bulletin|briefing|roundup|magazine|podcast|blog)\s*$", re.I
)
#: the second bag-of-words model of the six labels, over words and word pairs; it scores the
#: labels under prefixed names ("bigram_rejection"), and a label's score is the mean of both models'
BIGRAM_PIPE = "textcat_bigrams"
BIGRAM_PREFIX = "bigram_"
BIGRAM_CATS: tuple[str, ...] = tuple(BIGRAM_PREFIX + lab for lab in LABELS)
#: the second opinion: the six labels ("ensemble_" + label) from a bag of words plus a small CNN,
#: read only for mail whose first scores are near a threshold (``Classifier.classify_many``)
ENSEMBLE_PIPE = "textcat_ensemble"
ENSEMBLE_PREFIX = "ensemble_"
ENSEMBLE_CATS: tuple[str, ...] = tuple(ENSEMBLE_PREFIX + lab for lab in LABELS)


def average_views(cats: dict[str, float]) -> dict[str, float]:
    """Set each label's score in ``cats`` (in place) to the mean of the word model's and the
    word-pair model's, and return ``cats``. Call once per document, right after the model ran.

    Why two models: on held-out writers the word model and the word-pair model err on different
    mail (pairs help English, hurt the languages with little training mail), and their mean beat
    both (leave-one-writer-out macro-F1, see models/config/textcat.cfg)."""
    for lab, pair_cat in zip(LABELS, BIGRAM_CATS, strict=True):
        pair = cats.get(pair_cat)
        if pair is not None:
            cats[lab] = (cats.get(lab, 0.0) + pair) / 2
    return cats


class Classifier:
    """A loaded, checked model plus its thresholds. Build with ``Classifier.load``."""

    def __init__(self, nlp: Any, meta: dict[str, Any], path: Path) -> None:
        self.nlp = nlp
        self.meta = meta
        self.path = path
        block = meta.get("jobmail", {})
        self.thresholds: dict[str, float] = dict(block.get("thresholds", {}))
        self.review_band: float = float(block.get("review_band", 0.15))
        #: the second stage (a spaCy pipeline of ``ENSEMBLE_PIPE`` alone) and its band; None and
        #: 0.0 for models without one
        self.second_nlp: Any = None
        self.second_band: float = float(block.get("second_opinion_band", 0.0))

    @property
    def version(self) -> str:
        """``name-version`` of the loaded model, stored with every classification."""
        return f"{self.meta.get('name', '?')}-{self.meta.get('version', '?')}"

    @classmethod
    def load(cls, path: Path | None = None, check: bool = True) -> Classifier:
        """Load the model at ``path`` (default: the released model) and check its meta."""
        path = Path(path) if path is not None else RELEASE_DIR
        meta_file = path / "meta.json"
        if not meta_file.is_file():
            raise ModelError(f"no classifier model at {path} (run `make train`)")
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"unreadable model meta {meta_file}: {exc}") from exc
        if check:
            _check_meta(meta, path)
        components = [str(c) for c in meta.get("pipeline", [])]
        second_stage = ENSEMBLE_PIPE in components
        try:
            import spacy

            # The second stage is loaded as a pipeline of its own, with its own vocabulary: it
            # reads prefixes, suffixes and shapes, which the first stage's vocabulary does not
            # compute (below), and it runs on a few messages only.
            nlp = spacy.load(path, exclude=[ENSEMBLE_PIPE] if second_stage else [])
            second = None
            if second_stage:
                second = spacy.load(path, exclude=[c for c in components if c != ENSEMBLE_PIPE])
        except Exception as exc:  # noqa: BLE001 - any load failure means a broken model directory
            raise ModelError(f"cannot load classifier model at {path}: {type(exc).__name__}: {exc}") from exc
        if check:
            _check_pipeline(nlp, path)
            if second is not None:
                _check_second_stage(second, path)
        if _reads_words_only(nlp):
            # Every new word spaCy meets gets a dozen lexical attributes (shape, prefix, suffix,
            # like_num, ...) computed on the spot: a third of the model's time on mail it has not
            # seen. Bag-of-words models read each token's text alone, so none is computed.
            nlp.vocab.lex_attr_getters = {}
        clf = cls(nlp, meta, path)
        clf.second_nlp = second
        return clf

    def classify(self, parsed: ParsedMessage) -> Classification:
        """Classify one message."""
        return self.classify_many([parsed])[0]

    def classify_many(self, messages: Sequence[ParsedMessage], batch_size: int = 256) -> list[Classification]:
        """Classify many messages in one ``nlp.pipe`` pass (much faster than one by one)."""
        contents, docs = self.score_labels(messages, batch_size)
        # the second text classifier's scores matter only for feedback and rejections (topics,
        # reasons) and for mail with no label (the company gate): it runs on those docs alone
        needing = [doc for doc in docs if _needs_details(self.labels_of(doc.cats)[1])]
        for _ in self.nlp.get_pipe(DETAILS_PIPE).pipe(needing, batch_size=batch_size):
            pass  # sets the topic_/reason_ scores in each doc's cats
        out: list[Classification] = []
        for parsed, content, doc in zip(messages, contents, docs, strict=True):
            out.append(self.decide(parsed, content, doc.cats))
        return out

    def score_labels(
        self, messages: Sequence[ParsedMessage], batch_size: int = 256
    ) -> tuple[list[MessageContent], list[Doc]]:
        """The label-scoring half of ``classify_many``: each message's cleaned content and a doc
        whose ``cats`` hold its label scores, the first stage's for all and the second stage's
        for the messages it is unsure of (``labels_of`` turns them into labels). Topics,
        reasons and the company are not read yet."""
        contents = [message_content(p) for p in messages]
        texts = [content_model_text(c) for c in contents]
        docs = list(self.nlp.pipe(texts, batch_size=batch_size, disable=[DETAILS_PIPE]))
        for doc in docs:
            average_views(doc.cats)
        if self.second_nlp is not None:
            unsure = [i for i, doc in enumerate(docs) if self.unsure(doc.cats)]
            second_docs = self.second_nlp.pipe([texts[i] for i in unsure], batch_size=batch_size)
            for i, second in zip(unsure, second_docs, strict=True):
                docs[i].cats.update(second.cats)  # the ensemble_ scores: labels_of reads them
        return contents, docs

    def unsure(self, cats: dict[str, float]) -> bool:
        """True when the first stage's scores in ``cats`` call for the second opinion: one of
        them lies within the second-opinion band of its threshold."""
        thr, band = self.thresholds, self.second_band
        return any(abs(cats.get(lab, 0.0) - thr.get(lab, 0.5)) < band for lab in LABELS)

    def label_scores(self, cats: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
        """(rounded per-label scores, their thresholds). The second stage's when ``cats`` holds
        its scores (the ``ensemble_`` categories, set for unsure messages only): the mean of the
        ensemble's and the word-pair model's; the first stage's otherwise."""
        if ENSEMBLE_CATS[0] in cats:
            return (
                {
                    lab: round((float(cats[second]) + float(cats.get(pair, 0.0))) / 2, 4)
                    for lab, second, pair in zip(LABELS, ENSEMBLE_CATS, BIGRAM_CATS, strict=True)
                },
                {lab: self.thresholds.get(c, 0.5) for lab, c in zip(LABELS, ENSEMBLE_CATS, strict=True)},
            )
        scores = {lab: round(float(cats.get(lab, 0.0)), 4) for lab in LABELS}
        return scores, {lab: self.thresholds.get(lab, 0.5) for lab in LABELS}

    def labels_of(self, cats: dict[str, float]) -> tuple[dict[str, float], tuple[str, ...]]:
        """(rounded per-label scores, labels at or above their thresholds): the one label decision,
        also used by training to choose the company gate's threshold."""
        scores, _, labels = self._decision(cats)
        return scores, labels

    def _decision(self, cats: dict[str, float]) -> tuple[dict[str, float], dict[str, float], tuple[str, ...]]:
        """(scores, their thresholds, labels at or above them) of ``label_scores``."""
        scores, thr = self.label_scores(cats)
        return scores, thr, tuple(lab for lab in LABELS if scores[lab] >= thr[lab])

    def settled(self, cats: dict[str, float]) -> dict[str, float]:
        """``cats`` of a model run that scored every stage (training's held-out folds, the
        evaluation scripts) as ``classify_many`` leaves them: without the second stage's scores
        unless the first stage is unsure. A new dict."""
        if self.unsure(cats):
            return dict(cats)
        return {k: v for k, v in cats.items() if k not in ENSEMBLE_CATS}

    def decide(self, parsed: ParsedMessage, content: Any, cats: dict[str, float]) -> Classification:
        """Labels by threshold; topics and reasons: model scores united with phrase cues.

        ``content`` is the message's cleaned content and ``cats`` the model's scores for its model
        text (evaluation calls this with cached scores, without running the model)."""
        thr = self.thresholds
        scores, label_thr, labels = self._decision(cats)
        if "feedback_request" in labels and _not_the_candidates_own(parsed):
            labels = tuple(lab for lab in labels if lab != "feedback_request")
        if labels and is_never_a_hiring_decision(parsed.from_addr or ""):
            # a newsletter quoting "we have decided to move forward with other candidates" reads
            # like the letter it writes about: the sender says what it is
            labels = ()
        review = any(abs(scores[lab] - label_thr[lab]) < self.review_band for lab in LABELS)
        topics: tuple[str, ...] = ()
        cue = cue_text(content) if labels else ""
        if "feedback" in labels:
            by_model_topics = {
                t for t, c in zip(TOPICS, TOPIC_CATS, strict=True) if cats.get(c, 0.0) >= thr.get(c, 0.5)
            }
            # the phrase cues are precise but narrow, the model broad but writer-bound: their
            # union scored best on the held-out writer (topic F1 0.47 vs 0.32 model, 0.39 cues)
            chosen_topics = by_model_topics | set(topic_cues(cue))
            topics = tuple(t for t in TOPICS if t in chosen_topics)
        reasons: tuple[str, ...] = ()
        if "rejection" in labels:
            by_model = {
                r
                for r, c in zip(OUTSIDE_CONTROL, REASON_CATS, strict=True)
                if cats.get(c, 0.0) >= thr.get(c, 0.5)
            }
            # as for topics: the model's reasons united with the phrase cues
            chosen = by_model | set(reason_cues(cue))
            reasons = tuple(r for r in OUTSIDE_CONTROL if r in chosen)
        # Mail with no label names a company only when the gate says it is about one employer:
        # a job alert, a newsletter or a friend's note names organisations that are not the
        # employer. Labelled mail always is about one.
        about_employer = labels or cats.get(EMPLOYER_CAT, 1.0) >= thr.get(EMPLOYER_CAT, 0.0)
        return Classification(
            labels=labels,
            scores=scores,
            company=extract_company(parsed, content) if about_employer else None,
            topics=topics,
            outside_control=reasons,
            needs_review=review,
            model_version=self.version,
        )


def cue_text(content: Any) -> str:
    """What the topic and reason phrase cues read of a message's cleaned ``content``: the subject
    and the whole cleaned body (the reading window of features.READ_CHARS), not the model text,
    which is cut at 800 characters while feedback often names its points further down."""
    return f"{content.subject}\n{content.body}"


def _not_the_candidates_own(parsed: ParsedMessage) -> bool:
    """True for mail a person did not write to one employer: a bulk sender's or an automatic
    reply (Auto-Submitted other than "no")."""
    local = (parsed.from_addr or "").split("@", 1)[0].lower()
    auto = (parsed.auto_submitted or "").strip().lower()
    bulk = _BULK_LOCAL.match(local) or _BULK_NAME.search(parsed.from_name or "")
    return bool(bulk) or auto not in ("", "no")


def _needs_details(labels: tuple[str, ...]) -> bool:
    return not labels or any(lab in _DETAIL_LABELS for lab in labels)


def _check_meta(meta: dict[str, Any], path: Path) -> None:
    if meta.get("name") != MODEL_NAME:
        raise ModelError(f"model at {path} is {meta.get('name')!r}, expected {MODEL_NAME!r}")
    if not meta.get("version"):
        raise ModelError(f"model at {path} has no version in its meta")
    block = meta.get("jobmail")
    if not isinstance(block, dict):
        raise ModelError(f"model at {path} has no jobmail block in its meta (not released by make train)")
    if tuple(block.get("labels", ())) != LABELS:
        raise ModelError(f"model at {path} has labels {block.get('labels')}, expected {list(LABELS)}")
    thresholds = block.get("thresholds")
    if not isinstance(thresholds, dict):
        raise ModelError(f"model at {path} has no thresholds in its meta")
    second_stage = ENSEMBLE_PIPE in meta.get("pipeline", [])
    missing = [
        c
        for c in (*LABELS, *TOPIC_CATS, *REASON_CATS, EMPLOYER_CAT, *(ENSEMBLE_CATS if second_stage else ()))
        if not isinstance(thresholds.get(c), (int, float))
    ]
    if missing:
        raise ModelError(f"model at {path} lacks thresholds for {', '.join(missing)}")
    band = block.get("second_opinion_band")
    if second_stage and (
        not isinstance(band, (int, float)) or not 0 < band < min(thresholds[lab] for lab in LABELS)
    ):
        raise ModelError(f"model at {path} has no usable second_opinion_band ({band!r})")


def _check_second_stage(second: Any, path: Path) -> None:
    labels = tuple(second.get_pipe(ENSEMBLE_PIPE).labels)
    if labels != ENSEMBLE_CATS:
        raise ModelError(
            f"model at {path}: {ENSEMBLE_PIPE} predicts {list(labels)}, expected {list(ENSEMBLE_CATS)}"
        )


def _reads_words_only(nlp: Any) -> bool:
    """True when every component of ``nlp`` is a bag-of-words text classifier: those read a
    token's text (ORTH) and no other lexical attribute."""
    components = nlp.config.get("components", {})
    architectures = [
        str(components.get(name, {}).get("model", {}).get("@architectures", "")) for name in nlp.pipe_names
    ]
    return all(arch.startswith("spacy.TextCatBOW.") for arch in architectures)


def _check_pipeline(nlp: Any, path: Path) -> None:
    if "textcat_multilabel" not in nlp.pipe_names:
        raise ModelError(f"model at {path} has no textcat_multilabel component")
    labels = tuple(nlp.get_pipe("textcat_multilabel").labels)
    if labels != LABELS:
        raise ModelError(f"model at {path} predicts {list(labels)}, expected {list(LABELS)}")
    if BIGRAM_PIPE not in nlp.pipe_names:
        raise ModelError(f"model at {path} has no {BIGRAM_PIPE} component (trained before model v10)")
    if tuple(nlp.get_pipe(BIGRAM_PIPE).labels) != BIGRAM_CATS:
        raise ModelError(f"model at {path}: {BIGRAM_PIPE} predicts {list(nlp.get_pipe(BIGRAM_PIPE).labels)}")
    if DETAILS_PIPE not in nlp.pipe_names:
        raise ModelError(f"model at {path} has no {DETAILS_PIPE} component (topics/reasons)")
    if EMPLOYER_CAT not in nlp.get_pipe(DETAILS_PIPE).labels:
        raise ModelError(f"model at {path} has no {EMPLOYER_CAT} score (trained before the company gate)")
