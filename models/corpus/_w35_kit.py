"""Assembly helpers shared by the w35 generators (regional de/fr/es mail).

What: turns a content piece (subject, new text, labels, extraction fields) into a corpus record
wrapped in one family's frame (sender, greeting, sign-off, signature, footer, quoting, HTML).
When: imported by gen_w35_*.py at generation time; all randomness comes from the caller's rng.
"""

from __future__ import annotations

import html
import random
from typing import Callable, Iterable

Piece = dict  # subject, body, labels, company, topics, outside_control, folder, reply, quoted


def pick(rng: random.Random, seq):
    """One element of a sequence (so every generator draws the same way)."""
    return seq[rng.randrange(len(seq))]


def some(rng: random.Random, seq, lo: int, hi: int) -> list:
    """Between lo and hi distinct elements, in a random order."""
    k = rng.randint(lo, min(hi, len(seq)))
    return rng.sample(list(seq), k)


def slug(text: str) -> str:
    """A lower-case ascii handle for mail addresses."""
    table = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüñçß", "aaaaaeeeeiiiiooooouuuuncs")
    out = "".join(ch for ch in text.lower().translate(table) if ch.isalnum() or ch in " -.")
    return "-".join(out.replace(".", " ").split())[:28].strip("-") or "mail"


def to_html(text: str, rng: random.Random, lang: str) -> str:
    """A plain HTML rendering of a text body: paragraphs, sometimes a layout table."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    inner = "".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras
    )
    style = rng.randrange(3)
    if style == 0:
        return f'<html lang="{lang}"><body>{inner}</body></html>'
    if style == 1:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td>{inner}</td></tr></table>'
            "</body></html>"
        )
    return f'<div dir="ltr"><div style="font-family:Verdana">{inner}</div></div>'


def gt_quote(text: str) -> str:
    """Prefix every line with '> ' the way mail clients quote."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.splitlines())


class Writer:
    """Collects records for one generator module with per-family counters."""

    def __init__(self, prefix: str, lang: str) -> None:
        self.prefix = prefix
        self.lang = lang
        self.counts: dict[str, int] = {}
        self.records: list[dict] = []

    def add(
        self,
        fam: str,
        *,
        folder: str,
        from_name: str,
        from_addr: str,
        to_addr: str,
        subject: str,
        body_text: str,
        body_html: str | None,
        labels: Iterable[str],
        company: str | None,
        topics: Iterable[str] = (),
        outside_control: Iterable[str] = (),
        lang: str | None = None,
    ) -> None:
        family = f"{self.prefix}-{fam}"
        n = self.counts.get(family, 0) + 1
        self.counts[family] = n
        labels = sorted(set(labels))
        self.records.append({
            "id": f"{family}-{n}",
            "family": family,
            "folder": folder,
            "lang": lang or self.lang,
            "from_name": from_name,
            "from_addr": from_addr,
            "to_addr": to_addr,
            "subject": subject,
            "body_text": body_text,
            "body_html": body_html,
            "labels": labels,
            "company": company,
            "topics": sorted(set(topics)) if "feedback" in labels else [],
            "outside_control": sorted(set(outside_control)) if "rejection" in labels else [],
        })


def run_plan(
    rng: random.Random,
    writer: Writer,
    plan: list[tuple[str, str, int]],
    frames: dict[str, Callable],
    kinds: dict[str, Callable],
    new_ctx: Callable[[random.Random, str], dict],
) -> list[dict]:
    """For every (family, kind, count) build count records: ctx -> piece -> framed record."""
    for fam, kind, count in plan:
        for _ in range(count):
            ctx = new_ctx(rng, fam)
            piece = kinds[kind](rng, ctx)
            frames[fam](rng, ctx, piece, writer, fam)
    return writer.records
