"""Writer w5 in German, French and Spanish: one family per language, the same mix of hand-written
employer mail, candidate Sent mail and unlabelled look-alikes as the English families."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _w5_intl import L  # noqa: E402
from _w5_kit import context, fill, phone_sig, pick, quote, record, slug  # noqa: E402

FAMILY_PREFIX = "w5"

PLAN = dict(rej=5, rej_fb=3, inv=5, ack=3, offer=3, fb=1, fbr=3, sent=2, neg=7)


def _feedback(rng: random.Random, d: dict, rejected: bool) -> tuple[str, list[str]]:
    topics = rng.sample(sorted(d["weak"]), rng.choice([1, 1, 2]))
    weak = [pick(rng, d["weak"][t]) for t in topics]
    text = f"{pick(rng, d['praise'])}, {pick(rng, d['glue'])} {weak[0]}."
    if len(weak) > 1:
        text += f" {weak[1][0].upper() + weak[1][1:]}."
    return pick(rng, d["fb_intro"]) + "\n" + text, topics


def generate(rng: random.Random):
    for lang, d in L.items():
        kinds = [k for k, m in PLAN.items() for _ in range(m)]
        rng.shuffle(kinds)
        for n, kind in enumerate(kinds):
            c = context(rng, 0.3)
            paras: list[str] = []
            labels: list[str] = []
            topics: list[str] = []
            outside: list[str] = []
            folder = "INBOX"
            c_company: str | None = c["co"]
            if kind in ("rej", "rej_fb"):
                labels.append("rejection")
                p = pick(rng, d["rej"])
                paras.append(p[0].upper() + p[1:])
                if rng.random() < 0.5:
                    r = pick(rng, sorted(d["reason"]))
                    outside.append(r)
                    paras[-1] += " " + pick(rng, d["reason"][r])
                if kind == "rej_fb":
                    labels.append("feedback")
                    fb, topics = _feedback(rng, d, True)
                    paras.append(fb)
            elif kind == "fb":
                labels.append("feedback")
                fb, topics = _feedback(rng, d, False)
                paras.append(fb)
            elif kind == "inv":
                labels.append("interview_invite")
                paras.append(pick(rng, d["inv"]))
                if rng.random() < 0.5:
                    paras.append(pick(rng, d["logistics"]))
            elif kind == "ack":
                labels.append("application_ack")
                paras.append(pick(rng, d["ack"]))
            elif kind == "offer":
                labels.append("offer")
                paras.append(pick(rng, d["offer"]))
            elif kind == "fbr":
                labels.append("feedback_request")
                folder = "Sent"
                paras.append(pick(rng, d["fbr"]))
            elif kind == "sent":
                folder = "Sent"
                paras.append(pick(rng, d["sent"]))
            else:
                i = rng.randrange(len(d["neg"]))
                paras.append(d["neg"][i])
                if i >= 4:  # out-of-office, meetup, agency pitch, non-job refusal: no employer named
                    c_company = None
            text = "\n\n".join(fill(p, c) for p in paras)
            if folder == "Sent":
                body = f"{c['fn']},\n\n{text}\n\n{c['me']}"
                if rng.random() < 0.4:
                    body += "\n\n" + phone_sig(rng)
                if kind == "fbr":
                    prev = fill(pick(rng, d["hello"]), c) + "\n\n" + fill(pick(rng, d["rej"]), c)
                    body += "\n\n" + quote(prev, f"{c['fn']} {c['ln']}", f"{c['fn'].lower()}@{c['dom']}", rng)
                frm, fa, to = c["me"], c["me_addr"], f"{slug(c['fn'])}@{c['dom']}"
                subj = "Re: " + fill(pick(rng, d["subj"]), c)
            else:
                body = "\n\n".join([fill(pick(rng, d["hello"]), c), text, fill(pick(rng, d["bye"]), c)])
                if c_company and rng.random() < 0.5:
                    body += f"\n{c['co']}"
                frm, fa, to = f"{c['fn']} {c['ln']}", f"{slug(c['fn'])}@{c['dom']}", c["me_addr"]
                subj = fill(pick(rng, d["subj"]), c)
            yield record(
                FAMILY_PREFIX,
                f"intl-{lang}",
                n,
                folder=folder,
                lang=lang,
                from_name=frm,
                from_addr=fa,
                to_addr=to,
                subject=subj,
                body=body,
                labels=labels,
                company=c_company,
                topics=topics,
                outside=outside,
            )
