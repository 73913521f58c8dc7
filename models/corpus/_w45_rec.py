"""w45: record assembly shared by the generator modules."""

from __future__ import annotations

import random

from _w45_world import fill


class Counter:
    def __init__(self):
        self.n = {}

    def id(self, family: str) -> str:
        self.n[family] = self.n.get(family, 0) + 1
        return f"{family}-{self.n[family]}"


def record(cnt: Counter, family: str, lang: str, from_name: str, from_addr: str, to_addr: str, subject: str,
           body_text: str, body_html, labels, company, topics=(), oc=(), folder: str = "INBOX") -> dict:
    labels = sorted(set(labels))
    return {
        "id": cnt.id(family), "family": family, "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": labels, "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(oc)) if "rejection" in labels else [],
    }


def weighted(rng: random.Random, weights: dict) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def pick(rng: random.Random, options, ctx: dict) -> str:
    return fill(rng.choice(options), ctx)
