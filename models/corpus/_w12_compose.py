"""Message assembly for writer w12: turns a language bank and an intent into a labelled record.

A bank (``_w12_de.py`` and friends) holds sentence alternatives per slot; this module decides the
skeleton (greeting, opener, core, closing, signature, footer, quote) the same way for labelled and
unlabelled mail, so that only the meaning of the core sentences decides the label.
"""

from __future__ import annotations

import random
from typing import Iterator

import importlib.util
import sys
from pathlib import Path

_p = Path(__file__).resolve().parent / "_w12_kit.py"
if "_w12_kit" not in sys.modules:
    _s = importlib.util.spec_from_file_location("_w12_kit", _p)
    assert _s and _s.loader
    _m = importlib.util.module_from_spec(_s)
    sys.modules["_w12_kit"] = _m
    _s.loader.exec_module(_m)
K = sys.modules["_w12_kit"]
pick, fill, slots = K.pick, K.fill, K.slots

# intent -> weight for inbox mail (see the brief's rough label mix); "neg" means no label
INBOX_INTENTS = [
    ("ack", 6.6), ("ack_inv", 2.2), ("rej", 7.7), ("rej_fb", 6.2), ("fb_only", 1.5),
    ("rej_inv", 1.6), ("inv", 9.5), ("offer", 5.5), ("neg", 38.0),
]
MIXED_SUBJECTS = ["Your application", "Application {role}", "Your application – {company}", "Update on your application",
                  "Recruitment process {role}", "{company} | {role}", "Application #{n}{n}{n}"]
TOPIC_NAMES = ["coding", "system_design", "technical_depth", "behavioural", "communication",
               "questions_to_ask", "composure", "experience_level", "collaboration", "cv_positioning"]
REASONS = ["role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled"]


def weighted(rng: random.Random, pairs: list) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for name, w in pairs:
        x -= w
        if x <= 0:
            return name
    return pairs[-1][0]


def bank_pick(rng: random.Random, B: dict, key: str, reg: str) -> list:
    if reg == "i" and (key + "_i") in B and rng.random() < 0.8:
        return B[key + "_i"]
    return B[key]


class Ctx(dict):
    """Slot values for one message."""


def new_ctx(rng: random.Random, B: dict, persona: dict) -> Ctx:
    c = Ctx()
    c["first"] = pick(rng, B["first"])
    c["last"] = pick(rng, B["last"])
    c["sfirst"] = pick(rng, B["first"])
    c["slast"] = pick(rng, B["last"])
    comp = pick(rng, persona.get("companies") or B["companies"])
    c["company"] = comp
    c["role"] = pick(rng, persona.get("roles") or B["roles"])
    c["role2"] = pick(rng, persona.get("roles") or B["roles"])
    while c["role2"] == c["role"]:
        c["role2"] = pick(rng, B["roles"])
    c["day"] = pick(rng, B["days"])
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    c["date"] = fill(B["datefmt"], {"d": d, "m": m, "dd": f"{d:02d}", "mm": f"{m:02d}",
                                    "mon": B["months"][m - 1]})
    c["date2"] = fill(B["datefmt"], {"d": (d + 3) % 28 + 1, "m": m, "dd": f"{(d + 3) % 28 + 1:02d}",
                                     "mm": f"{m:02d}", "mon": B["months"][m - 1]})
    c["mon"] = B["months"][m - 1]
    c["time"] = pick(rng, B["times"])
    c["place"] = pick(rng, B["places"])
    c["ref"] = pick(rng, ["", "", f"{rng.randint(100, 9999)}", f"R-{rng.randint(1000, 99999)}",
                          f"{rng.randint(2024, 2026)}-{rng.randint(10, 999):03d}",
                          f"JR{rng.randint(10000, 99999)}"])
    dom = K.slug(comp) + "." + pick(rng, persona.get("tld") or B["tld"])
    c["dom"] = dom
    c["link"] = pick(rng, [f"https://{dom}/termin/{rng.randint(1000, 9999)}",
                           f"https://calendly.com/{K.slug(c['sfirst'])}-{K.slug(comp)[:6]}",
                           f"https://{dom}/karriere/slot?id={rng.randint(10000, 99999)}",
                           f"https://meet.{dom}/{K.slug(c['slast'])}",
                           f"https://test.{pick(rng, ['skillcheck.io', 'evalua.net', 'assess-online.eu'])}/"
                           f"{rng.randint(100000, 999999)}"])
    c["salary"] = pick(rng, B["salaries"])
    c["start"] = fill(B["datefmt"], {"d": 1, "m": rng.randint(1, 12), "dd": "01",
                                     "mm": f"{rng.randint(1, 12):02d}", "mon": pick(rng, B["months"])})
    c["agency"] = pick(rng, B["agencies"])
    c["n"] = str(rng.randint(2, 9))
    c["cand_addr"] = pick(rng, [
        f"{K.slug(c['first'])}.{K.slug(c['last'])}@{pick(rng, K.FREEMAIL)}",
        f"{K.slug(c['first'])[:1]}{K.slug(c['last'])}{rng.randint(1, 99)}@{pick(rng, K.FREEMAIL)}",
        f"{K.slug(c['first'])}{rng.randint(80, 2001)}@{pick(rng, K.FREEMAIL)}",
    ])
    return c


def subject(rng: random.Random, B: dict, kind: str, c: Ctx) -> str:
    pool = B["subj"]["generic"] if rng.random() < 0.35 or kind not in B["subj"] else B["subj"][kind]
    s = fill(pick(rng, pool), c)
    if c["ref"] and rng.random() < 0.35 and c["ref"] not in s:
        s += pick(rng, [f" ({c['ref']})", f" – Ref. {c['ref']}", f" [#{c['ref']}]", f" / {c['ref']}"])
    if rng.random() < 0.07:
        s = "[External] " + s
    if rng.random() < 0.05:
        s = pick(rng, ["📩 ", "👋 ", "✅ ", "📅 ", "🙂 "]) + s
    return s


def feedback_lines(rng: random.Random, B: dict, c: Ctx, praise_only_ok: bool = True) -> tuple[list, list]:
    lines: list[str] = []
    topics: list[str] = []
    if rng.random() < 0.6:
        lines.append(fill(pick(rng, B["praise"]), c))
    if praise_only_ok and lines and rng.random() < 0.06:
        return lines, topics  # rare praise-only feedback
    avail = [t for t in TOPIC_NAMES if B["topic"].get(t)]
    k = pick(rng, [1, 1, 2, 2, 2, 3])
    for t in rng.sample(avail, k):
        topics.append(t)
        lines.append(fill(pick(rng, B["topic"][t]), c))
    if rng.random() < 0.3 and B.get("fb_outro"):
        lines.append(fill(pick(rng, B["fb_outro"]), c))
    return lines, topics


def core(rng: random.Random, B: dict, intent: str, c: Ctx, reg: str) -> tuple[list, dict]:
    """The meaning-bearing sentences for one intent plus the labels they carry."""
    bp = lambda key: fill(pick(rng, bank_pick(rng, B, key, reg)), c)  # noqa: E731
    out: list[str] = []
    meta = {"labels": [], "topics": [], "outside": []}
    opener = rng.random() < 0.65
    if intent in ("ack", "ack_inv"):
        if opener:
            out.append(bp("thanks"))
        out.append(bp("ack"))
        meta["labels"].append("application_ack")
        if intent == "ack_inv":
            out.append(bp("ack_inv"))
            meta["labels"].append("interview_invite")
        elif rng.random() < 0.75:
            out.append(bp("ack_next"))
    elif intent in ("rej", "rej_fb", "rej_inv"):
        if opener:
            out.append(bp("thanks"))
        if rng.random() < 0.4:
            out.append(bp("rej_pre"))
        out.append(bp("rej"))
        meta["labels"].append("rejection")
        if rng.random() < (0.5 if intent == "rej" else 0.25):
            rs = rng.sample(REASONS, pick(rng, [1, 1, 1, 2]))
            for r in rs:
                out.append(fill(pick(rng, B["reason"][r]), c))
            meta["outside"] = rs
        if intent == "rej_fb":
            fl, tp = feedback_lines(rng, B, c)
            if rng.random() < 0.5 and B.get("fb_intro"):
                fl.insert(0, bp("fb_intro"))
            out.extend(fl)
            meta["labels"].append("feedback")
            meta["topics"] = tp
        elif rng.random() < 0.35:
            out.append(bp("many"))
        if intent == "rej_inv":
            out.append(bp("rej_inv"))
            meta["labels"].append("interview_invite")
        elif rng.random() < 0.35:
            out.append(bp("pool"))
        out.append(bp("luck"))
    elif intent == "fb_only":
        out.append(bp("fb_reply_intro"))
        fl, tp = feedback_lines(rng, B, c, praise_only_ok=False)
        if not tp:
            fl, tp = feedback_lines(rng, B, c, praise_only_ok=False)
        out.extend(fl)
        meta["labels"].append("feedback")
        meta["topics"] = tp
        if rng.random() < 0.6:
            out.append(bp("luck"))
    elif intent == "inv":
        if opener:
            out.append(bp("thanks"))
        out.append(bp("inv"))
        if rng.random() < 0.7:
            out.append(bp("inv_logi"))
        if rng.random() < 0.6:
            out.append(bp("inv_confirm"))
        meta["labels"].append("interview_invite")
    elif intent == "offer":
        out.append(bp("offer"))
        if rng.random() < 0.75:
            out.append(bp("offer_detail"))
        if rng.random() < 0.7:
            out.append(bp("offer_next"))
        meta["labels"].append("offer")
    return out, meta


def greeting(rng: random.Random, B: dict, c: Ctx, reg: str) -> str:
    return fill(pick(rng, B["greet_i"] if reg == "i" else B["greet_f"]), c)


def signature(rng: random.Random, B: dict, c: Ctx, persona: dict, reg: str) -> str:
    sign = fill(pick(rng, B["sign_i"] if reg == "i" else B["sign_f"]), c)
    who = pick(rng, [f"{c['sfirst']} {c['slast']}", c["sfirst"], f"{c['sfirst'][0]}. {c['slast']}",
                     f"{c['sfirst']} {c['slast']}"])
    org = c["agency"] if persona.get("agency") else c.get("company_display", c["company"])
    lines = [sign, who]
    if rng.random() < 0.7:
        lines.append(pick(rng, B["sig_titles"]))
    if rng.random() < 0.75:
        lines.append(org)
    if rng.random() < 0.35:
        lines.append(f"{c['place']} · {pick(rng, B['phone'])}{rng.randint(100000, 999999)}")
    if rng.random() < 0.15 and not persona.get("agency"):
        lines.append(f"www.{c['dom']}")
    return "\n".join(lines)


def sender(rng: random.Random, B: dict, c: Ctx, persona: dict) -> tuple[str, str]:
    style = persona.get("sender") or pick(rng, ["company", "person", "relay", "noreply"])
    if persona.get("agency"):
        adom = K.slug(c["agency"]) + "." + pick(rng, B["tld"])
        c["dom"] = adom  # footers and auto-replies point at the agency, not at the client
        return pick(rng, [f"{c['sfirst']} {c['slast']}", f"{c['sfirst']} {c['slast']} | {c['agency']}",
                          c["agency"]]), f"{K.slug(c['sfirst'])}.{K.slug(c['slast'])}@{adom}"
    if style == "person" or (style == "mix" and rng.random() < 0.5):
        return f"{c['sfirst']} {c['slast']}", f"{K.slug(c['sfirst'])[:1]}.{K.slug(c['slast'])}@{c['dom']}"
    if style == "relay" or (style == "mix" and rng.random() < 0.4):
        return (fill(pick(rng, B["disp"]), c),
                f"{K.slug(c['company'])}+{rng.randint(1000, 9999)}@{pick(rng, K.RELAYS)}")
    if style == "noreply":
        return fill(pick(rng, B["disp"]), c), pick(rng, [f"noreply@{c['dom']}", f"no-reply@{c['dom']}"])
    return fill(pick(rng, B["disp"]), c), pick(rng, [f"jobs@{c['dom']}", f"hr@{c['dom']}",
                                                     f"bewerbung@{c['dom']}", f"info@{c['dom']}",
                                                     f"karriere@{c['dom']}", f"rh@{c['dom']}",
                                                     f"rrhh@{c['dom']}", f"personal@{c['dom']}"][:4 + rng.randint(0, 4)])


def outlook_block(rng: random.Random, B: dict, c: Ctx, frm: str, to: str, subj: str, text: str) -> str:
    f, s, t, b = B["outlook"]
    return (f"{pick(rng, ['-----Original Message-----', '________________________________', ''])}\n"
            f"{f}: {frm}\n{s}: {c['date']} {c['time']}\n{t}: {to}\n{b}: {subj}\n\n{text}")


def attach_quote(rng: random.Random, B: dict, c: Ctx, body: str, qtext: str, qname: str, qaddr: str,
                 qsubj: str, to: str) -> str:
    if rng.random() < 0.6:
        hdr = fill(pick(rng, B["quote_hdr"]), {**c, "name": qname, "addr": qaddr})
        return body + "\n\n" + hdr + "\n" + K.quote_gt(qtext)
    return body + "\n\n" + outlook_block(rng, B, c, f"{qname} <{qaddr}>", to, qsubj, qtext)


def reply_subject(rng: random.Random, B: dict, s: str) -> str:
    return pick(rng, B["re"]) + " " + s


def assemble(rng: random.Random, B: dict, c: Ctx, reg: str, persona: dict, lines: list,
             with_footer: bool = True, greet: bool = True) -> str:
    parts = []
    g = ""
    if greet and rng.random() < 0.94:
        g = greeting(rng, B, c, reg)
        parts.append(g)
    # sentence case: lower-case starts are only right after a greeting that ends with a comma
    fixed = []
    prev = g if g.endswith(",") else "."
    for ln in lines:
        if ln and ln[0].islower() and not prev.endswith(","):
            ln = ln[0].upper() + ln[1:]
        fixed.append(ln)
        prev = ln
    lines = fixed
    para: list[str] = []
    short = rng.random() < persona.get("short", 0.25)
    for ln in lines:
        para.append(ln)
        if len(para) >= (3 if short else 2) and rng.random() < 0.55:
            parts.append(" ".join(para))
            para = []
    if para:
        parts.append(" ".join(para))
    if not short and rng.random() < 0.55:
        parts.append(fill(pick(rng, B["close"]), c))
    parts.append(signature(rng, B, c, persona, reg))
    text = "\n\n".join(parts)
    if persona.get("region") == "ch":
        text = text.replace("ß", "ss")
    if rng.random() < persona.get("phone", 0.0):
        text = K.phone_typing(rng, text)
        if rng.random() < 0.5:
            text += "\n\n" + pick(rng, B["phone_sig"])
    if with_footer and rng.random() < persona.get("footer", 0.3):
        text += "\n\n" + fill(pick(rng, B["footer"]), c)
    return text


def render(rng: random.Random, persona: dict, text: str, brand: str) -> tuple[str, str | None]:
    x = rng.random()
    if x < persona.get("html_only", 0.1):
        return "", K.to_html(rng, text, brand if rng.random() < 0.6 else None)
    if x < persona.get("html_only", 0.1) + persona.get("html_alt", 0.1):
        return text, K.to_html(rng, text, brand if rng.random() < 0.6 else None)
    return text, None


def inbox_message(rng: random.Random, B: dict, persona: dict, intent: str) -> dict:
    """Build one INBOX message (without id) for the intent; returns fields for kit.record."""
    c = new_ctx(rng, B, persona)
    reg = persona.get("register", "f")
    if reg == "mix":
        reg = "i" if rng.random() < 0.4 else "f"
    company: str | None = c["company"]
    if persona.get("agency") and rng.random() < 0.3:
        c["company"] = pick(rng, B["anon_client"])
        company = None
    frm_name, frm_addr = sender(rng, B, c, persona)
    to = c["cand_addr"]
    qtext = None
    qfrom = (f"{c['first']} {c['last']}", to)
    if intent == "neg":
        kinds = persona.get("neg_kinds")
        kind = pick(rng, kinds) if kinds else pick(rng, list(B["neg_emp"]) + list(B["neg_other"]))
        if kind in B["neg_other"]:
            return other_message(rng, B, persona, kind, c)
        spec = B["neg_emp"][kind]
        lines = slots(rng, spec["b"], c)
        subj = fill(pick(rng, spec["s"]), c)
        labels: list = []
        meta = {"labels": [], "topics": [], "outside": []}
        if spec.get("nocompany"):
            company = None
        if spec.get("quote") == "fbreq":
            qtext = "\n\n".join(slots(rng, B["sent"]["fbreq"]["b"], c))
        elif spec.get("quote") == "inv":
            # the earlier invitation came from the employer, not from the candidate
            qtext = assemble(rng, B, c, reg, {"short": 0.4}, core(rng, B, "inv", c, reg)[0], with_footer=False)
            qfrom = (frm_name, frm_addr)
    else:
        lines, meta = core(rng, B, intent, c, reg)
        kind_s = {"ack": "ack", "ack_inv": "ack", "rej": "rej", "rej_fb": "rej", "rej_inv": "rej",
                  "fb_only": "fb", "inv": "inv", "offer": "offer"}[intent]
        subj = subject(rng, B, kind_s, c)
        if B["lang"] != "en" and rng.random() < 0.07:
            # international firms: English subject line over a local-language body
            subj = fill(pick(rng, MIXED_SUBJECTS), c)
        if intent == "fb_only":
            qtext = "\n\n".join(slots(rng, B["sent"]["fbreq"]["b"], c))
    text = assemble(rng, B, c, reg, persona, lines)
    if qtext is None and intent != "neg" and rng.random() < persona.get("quote", 0.12):
        # reply to the candidate's own earlier mail (application or question)
        qtext = "\n\n".join(slots(rng, B["sent"]["apply"]["b"], c))
    if qtext is not None:
        subj = reply_subject(rng, B, subj if rng.random() < 0.5 else fill(pick(rng, B["subj"]["generic"]), c))
        qto = frm_addr if qfrom[1] == to else to
        text = attach_quote(rng, B, c, text, qtext, qfrom[0], qfrom[1], subj, qto)
    bt, bh = render(rng, persona, text, c["agency"] if persona.get("agency") else c["company"])
    if company and not _named(company, c, frm_name, frm_addr, subj, text):
        company = None  # nothing in the message names the employer: a reader could not tell
    return dict(lang=B["lang"], folder="INBOX", from_name=frm_name, from_addr=frm_addr, to_addr=to,
                subject=subj, body_text=bt, body_html=bh, labels=meta["labels"], company=company,
                topics=meta["topics"], outside=meta["outside"])


def _named(company: str, c: Ctx, frm_name: str, frm_addr: str, subj: str, text: str) -> bool:
    hay = " ".join([frm_name, subj, text]).lower()
    return company.lower() in hay or K.slug(company) in frm_addr.lower()


def other_message(rng: random.Random, B: dict, persona: dict, kind: str, c: Ctx) -> dict:
    """Mail that is not from an employer about the candidate's application (newsletters, non-job...)."""
    spec = B["neg_other"][kind]
    c["org"] = pick(rng, spec.get("orgs", [c["company"]]))
    lines = slots(rng, spec["b"], c)
    # small per-message details so that mass mailings do not repeat byte for byte
    if rng.random() < 0.45:
        lines.insert(0, pick(rng, [c["date"], f"{c['day']}, {c['date']}", f"#{rng.randint(1000, 99999)}",
                                   f"{c['first']} {c['last']}", c["cand_addr"]]))
    if rng.random() < 0.5 and c["org"]:
        lines.append(pick(rng, [f"{c['org']} · {c['place']}", f"{c['org']}\n{pick(rng, B['phone'])}{rng.randint(1000000, 9999999)}",
                                f"© {rng.randint(2023, 2026)} {c['org']}", f"— {c['org']}"]))
    text = "\n\n".join(lines)
    if rng.random() < persona.get("phone", 0.0) * 0.5:
        text = K.phone_typing(rng, text)
    subj = fill(pick(rng, spec["s"]), c)
    fn = fill(pick(rng, spec.get("fn", ["{org}"])), c)
    fa = fill(pick(rng, spec.get("fa", ["info@{dom}"])), c)
    company = c["company"] if spec.get("company") else None
    bt, bh = render(rng, {"html_only": spec.get("html_only", 0.2), "html_alt": 0.2}, text, c["org"])
    return dict(lang=B["lang"], folder="INBOX", from_name=fn, from_addr=fa, to_addr=c["cand_addr"],
                subject=subj, body_text=bt, body_html=bh, labels=[], company=company, topics=[], outside=[])


SENT_KINDS = [("fbreq", 50), ("thanks", 10), ("withdraw", 9), ("accept", 8), ("sched", 9), ("apply", 9)]


def sent_message(rng: random.Random, B: dict, persona: dict) -> dict:
    c = new_ctx(rng, B, persona)
    kind = persona.get("_sent_plan").pop() if persona.get("_sent_plan") else weighted(rng, SENT_KINDS)
    spec = B["sent"][kind]
    lines = slots(rng, spec["b"], c)
    text = "\n\n".join(lines)
    text += "\n\n" + fill(pick(rng, B["sent_sign"]), c)
    if rng.random() < persona.get("phone", 0.3):
        text = K.phone_typing(rng, text)
        if rng.random() < 0.4:
            text += "\n\n" + pick(rng, B["phone_sig"])
    subj = fill(pick(rng, spec["s"]), c)
    rec_name, rec_addr = sender(rng, B, c, {**persona, "sender": "person"})
    if rng.random() < 0.7 and kind != "apply":
        # reply to the employer's mail: quote it; the quote never decides the label
        qintent = {"fbreq": "rej", "thanks": "neg", "withdraw": "inv", "accept": "offer",
                   "sched": "inv"}[kind]
        if qintent == "neg":
            ql = slots(rng, B["neg_emp"]["thanks_today"]["b"], c) if "thanks_today" in B["neg_emp"] else []
            ql = ql or core(rng, B, "inv", c, "f")[0]
        else:
            ql = core(rng, B, qintent, c, "f")[0]
        qbody = assemble(rng, B, c, "f", {"short": 0.3}, ql, with_footer=False)
        subj = reply_subject(rng, B, subj if rng.random() < 0.4 else fill(pick(rng, B["subj"]["generic"]), c))
        text = attach_quote(rng, B, c, text, qbody, rec_name, rec_addr, subj, c["cand_addr"])
    labels = ["feedback_request"] if kind == "fbreq" else []
    return dict(lang=B["lang"], folder="Sent", from_name=f"{c['first']} {c['last']}", from_addr=c["cand_addr"],
                to_addr=rec_addr, subject=subj, body_text=text, body_html=None, labels=labels,
                company=c["company"], topics=[], outside=[])


def quota(rng: random.Random, pairs: list, count: int) -> list:
    """Stratified draw: each name appears in proportion to its weight (largest remainder), shuffled."""
    total = sum(w for _, w in pairs)
    raw = [(name, w * count / total) for name, w in pairs]
    out = [name for name, x in raw for _ in range(int(x))]
    rest = sorted(raw, key=lambda p: -(p[1] - int(p[1])))
    for name, _ in rest[: count - len(out)]:
        out.append(name)
    rng.shuffle(out)
    return out


def run_families(rng: random.Random, B: dict, prefix: str, families: list) -> Iterator[dict]:
    """families: list of (name, count, persona). persona["sent"] makes a Sent-folder family."""
    for fam, count, persona in families:
        bank = persona.get("bank", B)
        if persona.get("sent"):
            plan = ["sent"] * count
            persona = {**persona, "_sent_plan": quota(rng, SENT_KINDS, count)}
        else:
            n_sent = round(count * persona.get("sent_share", 0.0))
            plan = ["sent"] * n_sent + quota(rng, persona.get("intents", INBOX_INTENTS), count - n_sent)
            rng.shuffle(plan)
        for n, intent in enumerate(plan):
            if intent == "sent":
                f = sent_message(rng, bank, persona)
            else:
                f = inbox_message(rng, bank, persona, intent)
            yield K.record(prefix, fam, n, **f)
