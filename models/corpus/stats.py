"""Measure a (partial) corpus: counts per label/family/language/folder, multi-label share, and diversity.

Run: ``python models/corpus/stats.py`` (all generators) or ``python models/corpus/stats.py 'gen_pos_*.py'``.
Diversity figures are computed over the text a reader sees (body_text, or tag-stripped body_html when
the message is HTML-only):
- distinct word 3-grams / total word 3-grams;
- near-duplicate share: records whose body has word-5-gram-shingle Jaccard > 0.9 with another record
  (found with MinHash + banding, then verified exactly), overall and per family.
"""

from __future__ import annotations

import hashlib
import html
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build  # noqa: E402

NEAR_DUP = 0.9
N_HASH = 64
BANDS = 32  # 2 rows per band: catches pairs with Jaccard well below 0.9, verified exactly afterwards


def visible_text(rec: dict) -> str:
    """Body as a reader sees it (HTML stripped when there is no text part)."""
    if rec["body_text"]:
        return rec["body_text"]
    raw = rec.get("body_html") or ""
    raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def shingles(ws: list[str], k: int = 5) -> set[str]:
    if len(ws) < k:
        return {" ".join(ws)}
    return {" ".join(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def _minhash(sh: set[str]) -> list[int]:
    hs = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in sh]
    out = []
    for i in range(N_HASH):
        a, b = 2 * i + 1, 0x9E3779B97F4A7C15 * (i + 1)
        out.append(min(((h * a + b) & 0xFFFFFFFFFFFFFFFF) for h in hs))
    return out


def near_duplicates(texts: list[str]) -> set[int]:
    """Indices of texts with a near-duplicate (> NEAR_DUP Jaccard on word 5-grams) elsewhere."""
    shs = [shingles(words(t)) for t in texts]
    sigs = [_minhash(s) for s in shs]
    rows = N_HASH // BANDS
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, sig in enumerate(sigs):
        for b in range(BANDS):
            buckets[(b, tuple(sig[b * rows:(b + 1) * rows]))].append(i)
    dup: set[int] = set()
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in checked:
                    continue
                checked.add((i, j))
                a, b = shs[i], shs[j]
                if len(a & b) / len(a | b) > NEAR_DUP:
                    dup.update((i, j))
    return dup


def report(records: list[dict]) -> str:
    out = [f"records: {len(records)}"]
    labels = Counter(lab for r in records for lab in r["labels"])
    out.append("per label: " + ", ".join(f"{k}={v}" for k, v in sorted(labels.items())))
    combos = Counter("+".join(sorted(r["labels"])) or "(none)" for r in records)
    out.append("label sets: " + ", ".join(f"{k}={v}" for k, v in combos.most_common()))
    out.append(f"multi-label: {sum(len(r['labels']) > 1 for r in records)}")
    out.append("lang: " + ", ".join(f"{k}={v}" for k, v in Counter(r["lang"] for r in records).most_common()))
    out.append("folder: " + ", ".join(f"{k}={v}" for k, v in Counter(r["folder"] for r in records).most_common()))
    out.append(f"html-only: {sum(1 for r in records if not r['body_text'] and r.get('body_html'))}")
    out.append(f"company null: {sum(1 for r in records if r.get('company') is None)}; "
               f"distinct companies: {len({r['company'] for r in records if r.get('company')})}")
    out.append("topics: " + ", ".join(f"{k}={v}" for k, v in Counter(t for r in records for t in r["topics"]).most_common()))
    fb_no_topic = sum(1 for r in records if "feedback" in r["labels"] and not r["topics"])
    out.append(f"feedback without topics: {fb_no_topic}")
    out.append("outside_control: " + ", ".join(
        f"{k}={v}" for k, v in Counter(t for r in records for t in r["outside_control"]).most_common()))
    texts = [visible_text(r) for r in records]
    tri_total, tri = 0, set()
    for t in texts:
        ws = words(t)
        grams = [tuple(ws[i:i + 3]) for i in range(len(ws) - 2)]
        tri_total += len(grams)
        tri.update(grams)
    out.append(f"distinct word 3-grams / total: {len(tri)}/{tri_total} = {len(tri) / max(tri_total, 1):.3f}")
    subj = Counter(r["subject"] for r in records)
    out.append(f"distinct subjects: {len(subj)} ({len(subj) / max(len(records), 1):.2f} per record)")
    dup = near_duplicates(texts)
    # stricter: mask capitalised words and numbers (names, companies, roles, dates) so records that
    # differ only in filled-in entities count as duplicates
    masked = [re.sub(r"\b[A-Z][\w'&.-]*|\d+", "X", t) for t in texts]
    mdup = near_duplicates(masked)
    out.append(f"near-duplicates after masking capitalised words/numbers: {len(mdup)} = {len(mdup) / max(len(records), 1):.1%}")
    out.append(f"near-duplicate bodies (>{NEAR_DUP} Jaccard, word 5-gram shingles): {len(dup)} "
               f"= {len(dup) / max(len(records), 1):.1%}")
    fam = Counter(r["family"] for r in records)
    fam_dup = Counter(records[i]["family"] for i in dup)
    fam_labels: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        fam_labels[r["family"]].update(r["labels"])
    out.append(f"families: {len(fam)}")
    for f, n in sorted(fam.items()):
        labs = " ".join(f"{k}={v}" for k, v in sorted(fam_labels[f].items()))
        out.append(f"  {f:32s} {n:5d}  dup={fam_dup[f]:3d}  {labs}")
    per_label_fams = {lab: sum(1 for f in fam_labels if fam_labels[f][lab]) for lab in sorted(labels)}
    out.append("families per label: " + ", ".join(f"{k}={v}" for k, v in per_label_fams.items()))
    return "\n".join(out)


def main(argv: list[str]) -> int:
    records = build.build(argv[0] if argv else "gen_*.py")
    print(report(records))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
