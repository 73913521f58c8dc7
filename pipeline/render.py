"""The digest as a person reads it: HTML (styles inline, for mail clients), plain text, Markdown.

``render(facts)`` turns the dict of ``pipeline.digest.build_facts`` into a ``RenderedDigest``. The
Jinja2 environment autoescapes the HTML template (``.html.j2``) and fails on any undefined name
(StrictUndefined), so a missing fact is an error, never a silent blank. Text that came from mail
(subjects, company names) goes through ``safe_text``: control characters dropped and bidi
override/isolate characters shown as visible codes, so a right-to-left override in a subject
cannot reorder what the reader sees; in HTML it is also wrapped in ``<bdi>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

LABEL_NAMES: dict[str, str] = {
    "application_ack": "Acknowledgements",
    "interview_invite": "Interview invitations",
    "rejection": "Rejections",
    "feedback": "Feedback",
    "offer": "Offers",
}
LEAK_NAMES: dict[str, str] = {
    "insufficient_data": "not enough data yet",
    "cv_screen": "at the CV screen",
    "interviews": "at the interview stage",
    "none": "no leak stands out",
}
AREA_NAMES: dict[str, str] = {
    "cv_positioning": "CV and positioning",
    "debrief": "Debrief after each interview",
    "pipeline_volume": "Keep more applications in play",
    "keep_going": "Keep going",
    "system_design": "System design",
    "technical_depth": "Technical depth",
    "behavioural": "Behavioural answers",
    "questions_to_ask": "Questions to ask",
}
#: Bar colours of the 8-week chart (acknowledgements, invitations, rejections).
CHART_SERIES: tuple[tuple[str, str, str], ...] = (
    ("application_ack", "acknowledgements", "#4a78b5"),
    ("interview_invite", "invitations", "#3f9a5b"),
    ("rejection", "rejections", "#c4553d"),
)
CHART_WIDTH = 180

_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class RenderedDigest:
    subject: str
    html: str
    text: str
    markdown: str


def safe_text(value: Any) -> str:
    """Mail-sourced text made harmless to display: controls removed, bidi controls made visible."""
    text = _CONTROL.sub("", str(value))
    return _BIDI.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", text)


def _html_text(value: Any) -> Markup:
    """``safe_text`` escaped and isolated in ``<bdi>`` so its direction cannot leak outside."""
    return Markup("<bdi>") + escape(safe_text(value)) + Markup("</bdi>")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#!|~])")


def _md_text(value: Any) -> str:
    """``safe_text`` for Markdown: HTML made inert, inline markup characters backslash-escaped."""
    text = safe_text(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _nice(value: str, names: dict[str, str]) -> str:
    return names.get(value, value.replace("_", " ").capitalize())


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(["html", "html.j2", "xml"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["t"] = _html_text
    env.filters["plain"] = safe_text
    env.filters["md"] = _md_text
    env.filters["label"] = lambda v: _nice(v, LABEL_NAMES)
    env.filters["area"] = lambda v: _nice(v, AREA_NAMES)
    env.filters["leakname"] = lambda v: LEAK_NAMES.get(v, v)
    env.filters["words"] = lambda v: str(v).replace("_", " ")
    return env


def chart(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of the 8-week bar chart: per week, per series, the count and a bar width in pixels."""
    weekly = facts["weekly"]
    top = max([1] + [w[k] for w in weekly for k, _, _ in CHART_SERIES])
    rows = []
    for w in weekly:
        bars = [
            {
                "name": name,
                "color": color,
                "count": w[key],
                "width": round(w[key] / top * CHART_WIDTH) if w[key] else 0,
            }
            for key, name, color in CHART_SERIES
        ]
        rows.append({"week": w["week"], "period_start": w["period_start"], "bars": bars})
    return rows


def subject_line(facts: dict[str, Any]) -> str:
    week = facts["health"]["week"]
    return (
        f"Job search digest {facts['week']}: {week['interview_invite']} invitations, "
        f"{week['rejection']} rejections; focus: {_nice(facts['focus']['area'], AREA_NAMES)}"
    )


def render(facts: dict[str, Any]) -> RenderedDigest:
    """All renderings of one digest. Raises jinja2.UndefinedError when a fact is missing."""
    env = environment()
    context = {
        "f": facts,
        "labels": list(LABEL_NAMES),
        "chart": chart(facts),
        "series": CHART_SERIES,
        "subject": subject_line(facts),
    }
    return RenderedDigest(
        subject=context["subject"],
        html=env.get_template("digest.html.j2").render(context),
        text=env.get_template("digest.txt.j2").render(context),
        markdown=env.get_template("digest.md.j2").render(context),
    )
