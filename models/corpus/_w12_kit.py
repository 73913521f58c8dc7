"""Shared assembly helpers for writer w12 (multilingual, everyday register).

Used by the ``gen_w12_*.py`` generators: picks fragments from a language bank (``_w12_<lang>.py``),
fills slots, adds quoting, phone typos, HTML renderings and builds schema records.
All randomness comes from the ``rng`` passed in, so the output is deterministic.
"""

from __future__ import annotations

import html
import importlib.util
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterable

HERE = Path(__file__).resolve().parent


def load(stem: str) -> Any:
    """Import a sibling helper module by file path (generators are loaded by path, not as a package)."""
    if stem in sys.modules:
        return sys.modules[stem]
    spec = importlib.util.spec_from_file_location(stem, HERE / f"{stem}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[stem] = mod
    spec.loader.exec_module(mod)
    return mod


class _Slots(dict):
    def __missing__(self, key: str) -> str:  # unknown slots stay visible instead of crashing
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    return text.format_map(_Slots(ctx))


def pick(rng: random.Random, items: list) -> Any:
    return items[rng.randrange(len(items))]


def slots(rng: random.Random, seq: list, ctx: dict) -> list[str]:
    """Each element of seq is a string or a list of alternatives ("" = leave the slot out)."""
    out = []
    for slot in seq:
        s = pick(rng, slot) if isinstance(slot, list) else slot
        if s:
            out.append(fill(s, ctx))
    return out


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"\b(gmbh|ag|sa|sas|sarl|sl|srl|bv|ltd|plc|kg|oy|ab|sp|zoo|spa|ltda|inc|co|e\.v\.|ev)\b", "", t)
    return re.sub(r"[^a-z0-9]+", "", t)[:18] or "firma"


def strip_accents(text: str) -> str:
    keep = {"ß": "ss"}
    out = []
    for ch in text:
        if ch in keep:
            out.append(keep[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def phone_typing(rng: random.Random, text: str) -> str:
    """Make text look typed quickly on a phone: no accents, lower-case starts, a swapped letter."""
    if rng.random() < 0.6:
        text = strip_accents(text)
    if rng.random() < 0.4:
        text = re.sub(r"(^|\n)([A-ZÄÖÜ])", lambda m: m.group(1) + m.group(2).lower(), text)
    words = text.split(" ")
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def to_html(rng: random.Random, text: str, brand: str | None = None) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    color = pick(rng, ["#1d4f91", "#2b7a3d", "#8a1c1c", "#333333", "#5a2d82", "#0b6e79"])
    body = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>\n" for p in paras
    )
    head = ""
    if brand:
        head = (f'<table width="100%" cellpadding="8"><tr><td style="background:{color};color:#fff;'
                f'font-weight:bold">{html.escape(brand)}</td></tr></table>\n')
    style = pick(rng, ["font-family:Arial,sans-serif;font-size:14px",
                       "font-family:Verdana;font-size:13px;color:#222",
                       "font-family:Calibri,Helvetica,sans-serif"])
    return f'<html><body style="{style}">\n{head}{body}</body></html>'


def quote_gt(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def record(prefix: str, fam: str, n: int, *, lang: str, folder: str, from_name: str, from_addr: str,
           to_addr: str, subject: str, body_text: str, body_html: str | None, labels: Iterable[str],
           company: str | None, topics: Iterable[str] = (), outside: Iterable[str] = ()) -> dict:
    family = f"{prefix}-{fam}"
    labels = sorted(set(labels))
    return {
        "id": f"{family}-{n}",
        "family": family,
        "folder": folder,
        "lang": lang,
        "from_name": from_name,
        "from_addr": from_addr,
        "to_addr": to_addr,
        "subject": subject,
        "body_text": body_text,
        "body_html": body_html,
        "labels": labels,
        "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(outside)) if "rejection" in labels else [],
    }


RELAYS = ["bewerbermail-relay.eu", "notify.talentdesk.io", "mailer.jobflow-ats.com",
          "candidates.hirebox.net", "send.recrutia.fr", "postulaciones-mail.com"]
FREEMAIL = ["gmail.com", "gmx.de", "web.de", "outlook.com", "yahoo.fr", "hotmail.es", "icloud.com",
            "gmx.ch", "posteo.de", "orange.fr", "libero.it", "wp.pl", "live.nl", "uol.com.br", "yahoo.com"]
