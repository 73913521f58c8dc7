"""w3 hard cases in German, French and Spanish: each boundary pair written natively per language.

One family per language (``w3-intl-de``/``-fr``/``-es``); each mixes ATS-style and personal mail,
HTML-only bodies, and Sent feedback requests next to other candidate replies.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

from _w3_intl import LANGS  # noqa: E402
from _w3_shell import RELAYS, make_ctx, pick, quote, record, slug, to_html, join  # noqa: E402

FAMILY_PREFIX = "w3int"
PER_LANG = 30
MIX = [("rej", 4), ("rej_reason", 3), ("rej_fb", 3.5), ("withdraw", 2), ("nonjob_rej", 2), ("invite", 3.5),
       ("reminder", 2.5), ("ack", 2.5), ("status", 2.5), ("offer", 2), ("offer_neg", 2), ("sent_fb", 2.5), ("sent_neg", 2.5)]


def _choose(rng: random.Random) -> str:
    x = rng.random() * sum(w for _, w in MIX)
    for k, w in MIX:
        x -= w
        if x <= 0:
            return k
    return MIX[-1][0]


def _core(rng: random.Random, L: dict, key: str, d: dict, lang: str) -> tuple[list[str], list[str], list[str], list[str], bool]:
    """Paragraphs, labels, topics, reasons and whether the employer is known for one meaning."""
    m = L["m"]
    opener = pick(rng, L["open"]).format(**d)
    if key == "rej_reason":
        reason = pick(rng, sorted(m["rej_reason"][2]))
        paras = [opener, pick(rng, m["rej_reason"][2][reason]).format(**d)]
        if rng.random() < 0.6:
            paras.append(pick(rng, m["rej"][2]).format(**d))
        return paras, ["rejection"], [], [reason], True
    if key == "rej_fb":
        topics = rng.sample(sorted(m["topics"]), rng.choice([1, 2, 2]))
        fb = [pick(rng, m["fb_intro"])]
        for i, t in enumerate(topics):
            sent, link = pick(rng, m["topics"][t]), pick(rng, m["links"]) if i else ""
            # German nouns stay capitalised after a connector; other languages lower the first letter
            fb.append(f"{link} {sent if lang == 'de' else sent[:1].lower() + sent[1:]}" if link else sent)
        rej = pick(rng, m["rej"][2]).format(**d)
        paras = [opener, rej] + fb if rng.random() < 0.5 else [opener] + fb + [rej]
        return paras, ["rejection", "feedback"], topics, [], True
    if key == "nonjob_rej":
        return [pick(rng, m[key][2]).format(**d)], [], [], [], False
    labels, _, pool = m[key]
    paras = [opener if key in ("rej", "invite", "offer", "ack") else "", pick(rng, pool).format(**d)]
    if key == "rej" and rng.random() < 0.4:
        paras.append(pick(rng, m["fb_none"]))
    known = not (key == "offer_neg" and rng.random() < 0.5)
    return paras, list(labels), [], [], known


def generate(rng: random.Random) -> Iterator[dict]:
    for lang, L in LANGS.items():
        fam = f"w3-intl-{lang}"
        for n in range(PER_LANG):
            ctx = make_ctx(rng)
            d = ctx.as_dict()
            key = _choose(rng)
            if key.startswith("sent_"):
                pool = L["m"][key] if key == "sent_neg" else L["m"]["sent_fb"]
                body = pick(rng, pool).format(**d)
                emp = f"{d['s_first'].lower()}@{d['co_slug']}.com"
                prior = pick(rng, L["m"]["rej"][2]).format(**d)
                paras = [pick(rng, L["m"]["sent_greet"]).format(**d), body, pick(rng, L["m"]["sent_close"]), d["first"]]
                if rng.random() < 0.8:
                    hdr = L["m"]["quote_hdr"].format(who=d["sender"], addr=emp, date=d["date"], time=d["time"])
                    paras += [hdr, quote(join([pick(rng, L["greet"]).format(**d), prior, pick(rng, L["close"]), d["sender"]]))]
                yield record(FAMILY_PREFIX, fam, n, lang=lang, folder="Sent", from_name=d["full"], from_addr=d["cand_addr"],
                             to_addr=emp, subject="Re: " + pick(rng, L["subj"]).format(**d), body_text=join(paras),
                             body_html=None, labels=["feedback_request"] if key == "sent_fb" else [], company=d["company"])
                continue
            paras, labels, topics, oc, known = _core(rng, L, key, d, lang)
            personal = rng.random() < 0.45
            if personal:
                from_name, from_addr = d["sender"], f"{d['s_first'].lower()}.{d['s_last'].lower()}@{d['co_slug']}.{pick(rng, ['de', 'fr', 'es', 'com'])}"
                sig = f"{d['sender']}\n{d['s_title']}"
            else:
                relay = pick(rng, RELAYS)
                from_name = pick(rng, ["{company}", "{company} Karriere" if lang == "de" else "{company} Recrutement" if lang == "fr" else "{company} Empleo"]).format(**d)
                from_addr = f"no-reply@{relay}"
                sig = pick(rng, L["team"]).format(**d)
            if not known or key == "nonjob_rej":
                from_name = pick(rng, ["Service", "Info", "Newsletter", "Support"]) + " " + pick(rng, ["Lakeside", "Nordstern", "Plaza", "Horizon"])
                from_addr = f"info@{slug(from_name)}.example"
                sig = from_name
            body = [pick(rng, L["greet"]).format(**d)] + paras + [pick(rng, L["close"]), sig,
                                                                   pick(rng, L["footer"]).format(n=rng.randint(10000, 99999), **d)]
            html_only = rng.random() < 0.2
            subj = pick(rng, L["subj"]).format(**d) if known and key != "nonjob_rej" else pick(rng, ["Info", "Update", "Notification", "Mitteilung" if lang == "de" else "Information" if lang == "fr" else "Aviso"])
            yield record(FAMILY_PREFIX, fam, n, lang=lang, folder="INBOX", from_name=from_name, from_addr=from_addr,
                         to_addr=d["cand_addr"], subject=subj, body_text="" if html_only else join(body),
                         body_html=to_html(rng, body, pick(rng, ["plain", "table"])) if html_only else None,
                         labels=labels, company=d["company"] if known and key != "nonjob_rej" else None,
                         topics=topics, oc=oc)
