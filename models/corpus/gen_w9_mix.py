"""Writer w9: mixed-language mail from international employers.

Two families: ``w9mix-bilingual`` (one message carrying the same text in a local language and in
English, as multinational HR portals send them) and ``w9mix-crosslang`` (subject in one language,
body in another: an English ATS subject over a German/French/Spanish letter, or the reverse).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w9_de  # noqa: E402
import _w9_en  # noqa: E402
import _w9_es  # noqa: E402
import _w9_fr  # noqa: E402
import _w9_kit as kit  # noqa: E402
import _w9_small  # noqa: E402

FAMILY_PREFIX = "w9mix"
EN = _w9_en.BANK
LOCAL = [(_w9_de.BANK, 5), (_w9_fr.BANK, 4), (_w9_es.BANK, 4), (_w9_small.NL, 2), (_w9_small.IT, 1), (_w9_small.PT, 1)]
SEPARATORS = {
    "de": ["--- English version below ---", "[English version]", "* * *", "———— English ————"],
    "fr": ["--- English version below ---", "[Version anglaise / English version]", "* * *"],
    "es": ["--- English version below ---", "[Versión en inglés / English version]", "* * *"],
    "nl": ["--- English version below ---", "[Engelse versie]"],
    "it": ["--- English version below ---", "[Versione inglese]"],
    "pt": ["--- English version below ---", "[Versão em inglês]"],
}
# kind -> weight; only kinds both banks have are drawn
BI_KINDS = {"ack": 5, "ack_invite": 2, "inv_phone": 2, "inv_tech": 2, "inv_onsite": 1, "rej": 6, "rej_fb": 3, "rej_inv": 1,
            "offer": 2, "neg_status": 5, "neg_reminder": 4, "neg_profile": 3, "neg_onboarding": 4, "neg_thanks_today": 2}
CROSS_KINDS = {"ack": 4, "ack_invite": 1, "inv_phone": 2, "inv_tech": 2, "inv_resched": 1, "rej": 5, "rej_fb": 3, "offer": 2,
               "neg_status": 4, "neg_reminder": 4, "neg_profile": 2, "neg_onboarding": 3, "neg_auto": 2, "neg_jobalert": 3,
               "neg_closed": 2, "fbreq": 2, "sent_thanks": 2, "sent_withdraw": 1}
SHELL_OF = {"neg_auto": "other", "neg_jobalert": "other", "neg_closed": "agency", "fbreq": "sent", "sent_thanks": "sent",
            "sent_withdraw": "sent", "rej_fb": "human", "inv_tech": "human", "inv_resched": "human", "offer": "human",
            "neg_thanks_today": "human"}


def _weighted(rng: random.Random, items: list[tuple]) -> object:
    total = sum(w for _, w in items)
    x = rng.uniform(0, total)
    for item, w in items:
        x -= w
        if x <= 0:
            return item
    return items[-1][0]


def _bilingual(rng: random.Random, n: int) -> dict:
    while True:
        local = _weighted(rng, LOCAL)
        kname = _weighted(rng, list(BI_KINDS.items()))
        if kname in local["kinds"] and kname in EN["kinds"]:
            break
    ctx = kit.make_ctx(rng, local)
    first = kit.render_kind(rng, local, local["kinds"][kname], ctx)
    ctx = {**ctx, "_ridx": rng.choice((0, 1))}
    # re-render the local text with the shared variant so both halves say the same thing
    first = kit.render_kind(rng, local, local["kinds"][kname], ctx, force=(first["topics"], first["outside_control"]))
    second = kit.render_kind(rng, EN, EN["kinds"][kname], ctx, force=(first["topics"], first["outside_control"]))
    english_first = rng.random() < 0.3
    a_bank, b_bank, a, b = (EN, local, second, first) if english_first else (local, EN, first, second)
    parts = []
    for bank, r in ((a_bank, a), (b_bank, b)):
        g = kit.fill(rng.choice(bank["greet_formal"]), ctx)
        c = kit.fill(rng.choice(bank["close_formal"]), ctx)
        parts.append(f"{g}\n\n{r['core']}\n\n{c}\n{kit.fill(rng.choice(bank['team_sign']), ctx)}")
    sep = rng.choice(SEPARATORS[local["code"]])
    if english_first:  # the local-language labels above announce English below; use a neutral divider
        sep = rng.choice(["* * *", "— — —", "-----", "~~~~~~~~~~"])
    body = f"{parts[0]}\n\n{sep}\n\n{parts[1]}\n\n{kit.fill(rng.choice(local['legal']), ctx)}"
    subj_style = rng.random()
    if subj_style < 0.5:
        subject = f"{a['subject']} / {b['subject']}"
    elif subj_style < 0.75:
        subject = a["subject"]
    else:
        subject = second["subject"]
    html = None
    x = rng.random()
    if x < 0.15:
        html, body = kit.to_html(body), ""
    elif x < 0.35:
        html = kit.to_html(body)
    company = ctx["co"]
    return {
        "id": f"{FAMILY_PREFIX}-bilingual-{n}", "family": f"{FAMILY_PREFIX}-bilingual", "folder": "INBOX",
        "lang": a_bank["code"], "from_name": kit.fill(rng.choice(local["ats_names"]), ctx), "from_addr": kit.ats_addr(rng, local, ctx),
        "to_addr": ctx["cand_addr"], "subject": subject, "body_text": body, "body_html": html, "labels": first["labels"],
        "company": company, "topics": first["topics"], "outside_control": first["outside_control"],
    }


def _crosslang(rng: random.Random, n: int) -> dict:
    while True:
        local = _weighted(rng, LOCAL)
        kname = _weighted(rng, list(CROSS_KINDS.items()))
        if kname in local["kinds"] and kname in EN["kinds"]:
            break
    english_body = rng.random() < 0.35
    body_bank, subj_bank = (EN, local) if english_body else (local, EN)
    ctx = kit.make_ctx(rng, local)
    shell = SHELL_OF.get(kname, rng.choice(("ats", "ats", "human")))
    rec = kit.wrap(rng, body_bank, shell, body_bank["kinds"][kname], ctx)
    other_subject = kit.fill(rng.choice(subj_bank["kinds"][kname]["subj"]), {**ctx, "REASON": "", "FB": ""})
    if shell == "sent":
        other_subject = rng.choice(subj_bank["re"]) + " " + kit.fill(rng.choice(subj_bank["kinds"]["rej"]["subj"]), ctx) if kname == "fbreq" else other_subject
    rec["subject"] = other_subject
    rec.update({"id": f"{FAMILY_PREFIX}-crosslang-{n}", "family": f"{FAMILY_PREFIX}-crosslang", "lang": body_bank["code"]})
    return rec


def generate(rng: random.Random) -> Iterable[dict]:
    n = 0
    for _ in range(60):
        n += 1
        rec = _bilingual(rng, n)
        kit._selfcheck(rec)
        yield rec
    for _ in range(60):
        n += 1
        rec = _crosslang(rng, n)
        kit._selfcheck(rec)
        yield rec
