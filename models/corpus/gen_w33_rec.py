"""w33 people: agency recruiters typing on their phones, headhunters, localised ATS relays, reply threads
and the candidate's own short mail (Sent), mostly in it/nl/pt/pl/sv/da/no with some English."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w33_kit as K  # noqa: E402

FAMILY_PREFIX = "w33rec"

PLAN = {
    "phone": [("inv", 30), ("rej", 16), ("rejfb", 11), ("offer", 12), ("closed", 8), ("status", 6), ("reminder", 6), ("thanks_today", 4)],
    "headhunter": [("inv", 13), ("rej", 11), ("rejfb", 11), ("offer", 8), ("pitch", 10), ("closed", 6)],
    "atsrelay": [("ack", 26), ("ackinv", 10), ("rej", 20), ("rejinv", 9), ("rejfb", 13), ("offer", 9), ("status", 7), ("thanks_today", 5), ("onboard", 7)],
    "thread": [("fbreply", 20), ("nofb", 18), ("rej", 6), ("sent_sched_ack", 5)],
    "sentfbreq": [("fbreq", 22)],
    "sentreply": [("fbreq", 16), ("sent_thanks", 5), ("sent_withdraw", 4)],
    "sentphone": [("fbreq", 10), ("sent_sched", 7), ("sent_accept", 4)],
    "sentshort": [("sent_thanks", 7), ("sent_withdraw", 6), ("sent_accept", 6), ("sent_sched", 6), ("sent_apply", 8)],
}

EMO = ["", "", " 🙂", " 👍", " 🙏", " !!"]


def _strip_accents(rng: random.Random, s: str) -> str:
    # people typing fast on a phone often drop accents ("giovedi", "voce")
    if rng.random() < 0.5:
        for a, b in (("ì", "i"), ("è", "e"), ("é", "e"), ("à", "a"), ("ò", "o"), ("ù", "u"), ("ê", "e"), ("ã", "a"), ("ç", "c"), ("á", "a"), ("ó", "o"), ("í", "i")):
            s = s.replace(a, b)
    return s


def _phone(rng: random.Random, x: K.Ctx, kind: str) -> dict:
    cr = K.core(rng, x, kind, phone=True)
    first = x.p.split()[0]
    lines = [K.low(ln) for ln in cr.lines]
    greet = rng.choice([f"ciao {x.n}" if x.lang == "it" else x.f(rng.choice(x.B["hi"])).rstrip(",!"), "", x.n])
    sep = rng.choice([" ", "\n"])
    lines = [ln if (sep == "\n" or ln[-1:] in ".!?" or ord(ln[-1]) > 0x2000) else ln + "." for ln in lines]
    body = (greet + ("\n" if greet else "")) + sep.join(lines) + rng.choice(["", "", " 🙁"] if "rejection" in cr.labels else EMO)
    body = _strip_accents(rng, body)
    tail = rng.choice([x.ui["phone"], "", first, f"{first}\n{x.agency}\n{x.ui['phone']}"])
    subj = rng.choice(["", x.c, x.r, K.subject_for(rng, x, cr), x.ui["re"] + x.r, f"{x.c} 👀", "update"])
    if cr.labels == ["interview_invite"] and rng.random() < 0.3:
        subj = rng.choice(["call?", f"{x.c} – call", "📞"])
    addr = rng.choice([f"{K.ascii_slug(first)}.{K.ascii_slug(x.p.split(' ', 1)[1])}@{K.ascii_slug(x.agency)}.{x.B['tld']}",
                       f"{K.ascii_slug(first)}{rng.randint(1, 99)}@gmail.com"])
    return K.record(x, cr, from_name=rng.choice([x.p, first, f"{x.p} | {x.agency}"]), from_addr=addr, subject=subj,
                    body_text=body + ("\n\n" + tail if tail else ""))


def _head(rng: random.Random, x: K.Ctx, kind: str) -> dict:
    cr = K.core(rng, x, kind)
    sg = K.sig(rng, x, x.p, x.agency)
    if rng.random() < 0.4:
        sg += "\n" + rng.choice(["Executive Search · Interim · Advisory", "Member of the European Search Network", "www." + K.ascii_slug(x.agency) + "." + x.B["tld"]])
    text = K.letter(rng, x, cr, sign=rng.choice(x.B["bye"]) + "\n" + sg)
    if rng.random() < 0.3:
        text += "\n\n" + x.ui["privacy"]
    return K.record(x, cr, from_name=rng.choice([x.p, f"{x.p} – {x.agency}"]),
                    from_addr=f"{K.ascii_slug(x.p.split()[0])}@{K.ascii_slug(x.agency)}.{x.B['tld']}", subject=K.subject_for(rng, x, cr), body_text=text)


def _ats(rng: random.Random, x: K.Ctx, kind: str) -> dict:
    cr = K.core(rng, x, kind)
    relay = rng.choice(K.RELAYS)
    signer = rng.choice([f"{x.c} Recruiting", f"Team HR {x.c}", f"{x.p}\n{x.c}", f"{x.p}, Talent Acquisition"])
    text = K.letter(rng, x, cr, sign=K.bye(rng, x) + "\n" + signer)
    text += "\n\n" + rng.choice(["", x.ui["privacy"], f"{x.c} · {x.B['tld'].upper().replace('COM', 'EU')} · {x.ui['privacy']}", "Please do not reply to this automated message."])
    subj = K.subject_for(rng, x, cr)
    if rng.random() < 0.15:
        subj = "[External] " + subj
    rec = K.record(x, cr, from_name=rng.choice([f"{x.c} Careers", f"{x.c} Recruiting", x.c, f"{x.c} (via {relay.split('.')[1]})"]),
                   from_addr=rng.choice([f"no-reply@{relay}", f"jobs@{x.cdom}", f"recruiting@{x.cdom}"]), subject=subj, body_text=text.rstrip())
    if rng.random() < 0.15:
        rec["body_html"] = K.to_html(text.rstrip().split("\n\n"), None, None, "", x.c)
    return rec


def _thread(rng: random.Random, x: K.Ctx, kind: str) -> dict:
    """A recruiter's reply over quoted history: only the new text decides."""
    if kind == "fbreply":
        cr = K.core(rng, x, "fbreply")
        old = K.core(rng, x, "fbreq")
    elif kind == "nofb":
        cr = K.core(rng, x, "nofb")
        old = K.core(rng, x, "fbreq")
    elif kind == "rej":  # a decision arriving as a reply to the candidate's thank-you note
        cr = K.core(rng, x, "rej")
        old = K.core(rng, x, "sent_thanks")
    else:  # "ok, noted" reply quoting the invitation the candidate answered
        cr = K.Core([(["Perfetto, a giovedì!", "Top, tot dan!", "Perfeito, até lá!", "Super, do zobaczenia!", "Toppen, vi ses!", "Fint, vi ses!",
                                 "Supert, vi ses!", "Great, see you then!"][K.LANGS.index(x.lang)])], [])
        old = K.core(rng, x, "inv")
    quoted = K.letter(rng, x, old, greet=False, sign=x.p if kind == "sent_sched_ack" else x.cand)
    at_firm = rng.random() < 0.6
    new = K.letter(rng, x, cr, sign=rng.choice(x.B["bye"]) + "\n" + x.p + ("\n" + x.c if at_firm else "\n" + x.agency))
    subj = x.ui["re"] + (K.subject_for(rng, x, old) if rng.random() < 0.6 else K.subject_for(rng, x, cr))
    outlook = rng.random() < 0.35
    text = new + "\n\n" + K.quote(x, x.p if kind == "sent_sched_ack" else x.cand, quoted, outlook, subj)
    dom = x.cdom if at_firm else f"{K.ascii_slug(x.agency)}.{x.B['tld']}"
    return K.record(x, cr, from_name=x.p, from_addr=f"{K.ascii_slug(x.p.split()[0])}@{dom}", subject=subj, body_text=text)


def _sent(rng: random.Random, x: K.Ctx, kind: str, fam: str) -> dict:
    cr = K.core(rng, x, kind)
    to = rng.choice([f"{K.ascii_slug(x.p.split()[0])}@{x.cdom}", f"jobs@{x.cdom}", f"{K.ascii_slug(x.p.split()[0])}@{K.ascii_slug(x.agency)}.{x.B['tld']}"])
    greet_name = x.p.split()[0]
    if fam == "sentphone":
        body = " ".join(K.low(ln) for ln in cr.lines) + rng.choice(EMO)
        body = _strip_accents(rng, body)
        text = (greet_name + ", " if rng.random() < 0.5 else "") + body + rng.choice(["", "\n\n" + x.ui["phone"]])
        subj = rng.choice(["", x.ui["re"] + x.c, x.ui["re"] + x.r])
    else:
        hi = rng.choice([h for h in x.B["hi"] if "{n}" in h]).replace("{n}", greet_name)
        body = "\n\n".join(cr.lines)
        text = f"{hi}\n\n{body}\n\n{rng.choice(x.B['bye'])}\n{x.cand}"
        subj = K.subject_for(rng, x, cr)
        if fam == "sentreply":
            prev = {"fbreq": "rej", "sent_thanks": "inv", "sent_withdraw": "inv"}[kind]
            old = K.core(rng, x, prev)
            subj = x.ui["re"] + K.subject_for(rng, x, old)
            text += "\n\n" + K.quote(x, x.p, K.letter(rng, x, old, sign=x.p), rng.random() < 0.3, subj)
        elif kind == "fbreq":
            subj = rng.choice([x.ui["re"] + subj, subj, x.f(rng.choice(x.X["fb_s"]))])
    return K.record(x, cr, folder="Sent", from_name=x.cand, from_addr=x.cand_addr, to_addr=to, subject=subj, body_text=text)


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, plan in PLAN.items():
        n = 0
        for kind, count in plan:
            for _ in range(count):
                x = K.Ctx(rng)
                if fam == "phone":
                    rec = _phone(rng, x, kind)
                elif fam == "headhunter":
                    rec = _head(rng, x, kind)
                elif fam == "atsrelay":
                    rec = _ats(rng, x, kind)
                elif fam == "thread":
                    rec = _thread(rng, x, kind)
                else:
                    rec = _sent(rng, x, kind, fam)
                rec["family"] = f"{FAMILY_PREFIX}-{fam}"
                rec["id"] = f"{rec['family']}-{n}"
                n += 1
                yield K.finalize(rec)
