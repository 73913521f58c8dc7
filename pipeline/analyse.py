"""Parse and classify raw messages: the CPU-heavy half of ingest, run in worker processes.

Each worker process loads the classifier once (``init_worker``) and then turns chunks of raw
messages into (key, ParsedMessage, Classification | None). When no usable model exists the
messages are still parsed and stored, unclassified, so nothing is lost; ``jobmail reclassify``
labels them later.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from pipeline import memory
from pipeline.errors import ModelError
from pipeline.parse import parse_message
from pipeline.records import Classification, ParsedMessage, message_key

log = logging.getLogger(__name__)

_classifier = None
_model_error: str | None = None
#: (mtime, size) of the loaded model's meta.json: a model retrained since is loaded again
_loaded_stamp: tuple[int, int] | None = None


def _load(model_path: str | None) -> None:
    global _classifier, _model_error, _loaded_stamp
    try:
        from pipeline.classify import Classifier

        _classifier = Classifier.load(Path(model_path) if model_path else None)
        _model_error = None
        _loaded_stamp = _stamp(_classifier.path)
    except (ModelError, ImportError) as exc:
        _classifier = None
        _model_error = str(exc)
        _loaded_stamp = None


def _stamp(model_dir: Path) -> tuple[int, int] | None:
    try:
        st = (model_dir / "meta.json").stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def preload_released() -> None:
    """Load the released model ahead of ``init_worker``, in the process workers fork from (see
    ``pipeline.worker_preload``). A missing or broken model is left for ``init_worker`` to report."""
    _load(None)


def init_worker(model_path: str | None) -> None:
    """Load the classifier for this process (once). A missing model is remembered, not raised.

    A worker forked from a process that preloaded the same model keeps that copy: its pages stay
    shared with the other workers instead of each holding its own. A model released again since
    (its meta.json changed, e.g. by ``make train`` while ``jobmail serve`` runs) is loaded anew."""
    if (_classifier is not None and _same_model(_classifier.path, model_path)
            and _stamp(_classifier.path) == _loaded_stamp):
        return
    _load(model_path)


def _same_model(loaded: Path, wanted: str | None) -> bool:
    from pipeline.classify import RELEASE_DIR

    try:
        return loaded.resolve() == (Path(wanted) if wanted else RELEASE_DIR).resolve()
    except OSError:
        return False


def model_status() -> tuple[str | None, str | None]:
    """(model version, error) of this process's classifier."""
    return (getattr(_classifier, "version", None), _model_error)


def analyse_chunk(raws: Sequence[bytes]) -> list[tuple[str, ParsedMessage, Classification | None]]:
    """Parse and classify a chunk of raw messages, in order. Never raises for bad mail."""
    parsed = [parse_message(raw) for raw in raws]
    classes: list[Classification | None] = [None] * len(parsed)
    if _classifier is not None:
        try:
            classes = list(_classifier.classify_many(parsed))
        except Exception as exc:  # noqa: BLE001 - a model bug must not lose mail: store unclassified
            log.error("classifier failed on a chunk of %d messages: %s", len(parsed), exc)
    out = [(message_key(raw), p, c) for raw, p, c in zip(raws, parsed, classes, strict=True)]
    memory.trim()
    return out
