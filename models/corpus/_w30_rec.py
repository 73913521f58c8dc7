"""Writer w30: turns composed fields into a corpus record (ids, HTML variants, folders)."""

from __future__ import annotations

import random


class Family:
    """Numbers the records of one template family: id ``<prefix>-<fam>-<n>``."""

    def __init__(self, prefix: str, fam: str) -> None:
        self.family = f"{prefix}-{fam}"
        self.n = 0

    def record(self, *, folder: str, from_name: str, from_addr: str, to_addr: str, subject: str,
               body: str, labels: list, company: str | None, topics: list | None = None,
               oc: list | None = None, html: str | None = None, html_only: bool = False) -> dict:
        self.n += 1
        return {
            "id": f"{self.family}-{self.n}", "family": self.family, "folder": folder, "lang": "en",
            "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
            "body_text": "" if html_only else body, "body_html": html, "labels": sorted(labels),
            "company": company, "topics": sorted(topics or []) if "feedback" in labels else [],
            "outside_control": sorted(oc or []) if "rejection" in labels else [],
        }


def weighted(rng: random.Random, table: dict) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]
