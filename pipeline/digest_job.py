"""Plain functions the CLI and the weekly-digest Prefect flow call (no Prefect in here).

Every function takes the loaded ``Settings`` and an optional ISO week (``"2026-W47"``); without a
week they use the last complete week in ``[digest] timezone``. Each opens and closes its own
database connections, so arguments are plain values.

- ``build_digest(settings, week)`` -> the facts dict (JSON-serialisable)
- ``render_digest(facts)`` -> RenderedDigest (subject, html, text, markdown)
- ``write_digest(settings, week, formats, out_dir)`` -> paths written
- ``send_digest(settings, week)`` -> True when sent now, False when this week already went out
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pipeline import deliver, digest
from pipeline.errors import ConfigError, UsageError
from pipeline.render import RenderedDigest, render
from pipeline.settings import Settings
from pipeline.store import Store

FORMATS: tuple[str, ...] = ("json", "html", "text", "markdown")
_SUFFIX = {"json": "json", "html": "html", "text": "txt", "markdown": "md"}


def _zone(tz: str | ZoneInfo) -> ZoneInfo:
    return tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)


def last_complete_week(tz: str | ZoneInfo, now: datetime | None = None) -> str:
    """The ISO week (``YYYY-Www``) that last ended completely at ``now`` in time zone ``tz``."""
    return digest.last_complete_week(_zone(tz), now).label


def resolve_week(
    settings: Settings, week: str | None = None, now: datetime | None = None
) -> digest.Week:
    """The Week to report: ``week`` validated (UsageError if malformed), else the last complete."""
    zone = settings.digest.zone
    if week is None:
        return digest.last_complete_week(zone, now)
    return digest.parse_week(week, zone)


def _store(settings: Settings) -> Store:
    return Store(settings.storage.database, settings.storage.lock_timeout)


def build_digest(
    settings: Settings, week: str | None = None, now: datetime | None = None
) -> dict[str, Any]:
    """The digest facts of ``week`` (spec/digest.md keys plus extras)."""
    return digest.build_facts(
        _store(settings), resolve_week(settings, week, now), settings.digest.me
    )


def render_digest(facts: dict[str, Any]) -> RenderedDigest:
    return render(facts)


def facts_json(facts: dict[str, Any]) -> str:
    return json.dumps(facts, indent=2, ensure_ascii=False) + "\n"


def write_digest(
    settings: Settings,
    week: str | None = None,
    formats: Sequence[str] = ("html", "text"),
    out_dir: Path | None = None,
    facts: dict[str, Any] | None = None,
) -> list[Path]:
    """Write ``digest-<week>.<ext>`` files (atomically) to ``out_dir`` (default ``[digest]
    out_dir``); returns their paths in ``formats`` order."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown digest format(s) {', '.join(unknown)}; use {', '.join(FORMATS)}")
    facts = facts if facts is not None else build_digest(settings, week)
    rendered = render(facts)
    content = {
        "json": facts_json(facts),
        "html": rendered.html,
        "text": rendered.text,
        "markdown": rendered.markdown,
    }
    folder = Path(out_dir or settings.digest.out_dir).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create output folder {folder}: {exc.strerror}") from None
    paths = []
    for fmt in formats:
        path = folder / f"digest-{facts['week']}.{_SUFFIX[fmt]}"
        _write_atomic(path, content[fmt])
        paths.append(path)
    return paths


def _write_atomic(path: Path, text: str) -> None:
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None


def send_digest(settings: Settings, week: str | None = None, now: datetime | None = None) -> bool:
    """Send the digest of ``week`` to ``[digest] to`` over ``[smtp]``, at most once per week and
    recipient. True when a message went out now; False when everyone had it already.
    Raises ConfigError (no [smtp] / no recipients), DeliveryError, DeliveryTransientError."""
    smtp = settings.require_smtp()
    if not settings.digest.to:
        raise ConfigError("[digest] to is empty: name at least one recipient for the digest")
    w = resolve_week(settings, week, now)
    store = _store(settings)
    pending = [r for r in settings.digest.to if r not in deliver.already_sent(store, w.label)]
    if not pending:
        return False
    facts = digest.build_facts(store, w, settings.digest.me)
    return bool(deliver.deliver_once(store, smtp, pending, w.label, render(facts)))
