"""Assembly kit for writer w19: small employers and recruiters typing fast in many languages.

Each language module (``_w19_it``, ``_w19_nl``, ...) provides a bank dict of fragments; ``run``
turns a bank plus a list of families into schema records. Which sentence decides the label is
chosen here; greetings, sign-offs, signatures, footers and quoting are shared by every kind so
that only the meaning of the new text separates the labels.
"""

from __future__ import annotations

import html as _html
import random
import re
import unicodedata
from typing import Any, Iterable

# inbox kinds with their labels; "neg:*" kinds carry no label
KIND_LABELS: dict[str, list[str]] = {
    "rej": ["rejection"],
    "rej_fb": ["rejection", "feedback"],
    "rej_inv": ["rejection", "interview_invite"],
    "inv": ["interview_invite"],
    "ack": ["application_ack"],
    "ack_inv": ["application_ack", "interview_invite"],
    "fb": ["feedback"],
    "offer": ["offer"],
    "fbreq": ["feedback_request"],
}

# share of each inbox kind in an inbox family (negatives fill the rest)
INBOX_MIX = {
    "rej": 0.11, "rej_fb": 0.05, "rej_inv": 0.02, "inv": 0.13, "ack_inv": 0.025,
    "ack": 0.08, "fb": 0.03, "offer": 0.07,
}
# negative kinds whose message is about one employer (company set); the rest get null
NEG_WITH_COMPANY = {
    "booked", "thanks_today", "review", "closed_before", "cantshare", "onboarding",
    "profile", "autoreply", "withdraw", "thanks", "accept", "sched", "apply", "moved",
}
NEG_INBOX = [
    "alert", "rota", "supplier", "landlord", "school", "jobcentre", "admission", "delivery",
    "booked", "thanks_today", "review", "profile", "closed_before", "cantshare", "webinar",
    "scam", "onboarding", "interview_other", "autoreply", "bounce", "personal", "loan",
    "newsletter", "views", "admission2",
]
CLIENT_WORDS = ("client", "cliente", "opdrachtgever", "klient", "kunden", "kunde")
AUTO = {"bounce", "alert", "delivery", "autoreply", "views", "newsletter"}
NEG_SENT = ["thanks", "withdraw", "accept", "sched", "apply", "personal_sent"]


class _Ctx(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def pick(rng: random.Random, item: Any) -> str:
    """Resolve a fragment: a str as is, a list -> one element, a tuple -> each slot joined."""
    if isinstance(item, str):
        return item
    if isinstance(item, list):
        return pick(rng, rng.choice(item))
    if isinstance(item, tuple):
        out = [pick(rng, slot) for slot in item]
        return " ".join(s for s in out if s)
    raise TypeError(type(item))


def fill(text: str, ctx: dict) -> str:
    for _ in range(3):
        new = text.format_map(_Ctx(ctx))
        if new == text:
            break
        text = new
    return text


def strip_accents(text: str) -> str:
    keep = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
    text = "".join(keep.get(c, c) for c in text)
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def typo(rng: random.Random, text: str, n: int) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and "{" not in w]
    for i in rng.sample(idx, min(n, len(idx))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        mode = rng.random()
        if mode < 0.5:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif mode < 0.8:
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def slug(name: str) -> str:
    s = strip_accents(name).lower()
    s = re.sub(r"[^a-z0-9]+", "", s)
    return s[:22] or "mail"


def to_html(rng: random.Random, text: str, brand: str) -> str:
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if p.startswith(">") or p.startswith("&gt;"):
            inner = "<br>".join(_html.escape(l.lstrip("> ")) for l in p.split("\n"))
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(_html.escape(l) for l in p.split("\n")) + "</p>")
    body = "\n".join(out)
    style = rng.choice([
        '<div style="font-family:Arial,sans-serif;font-size:14px">',
        '<div dir="ltr">',
        '<div style="font-family:Calibri;color:#222">',
        '<table width="100%"><tr><td style="padding:16px;font-family:Helvetica">',
    ])
    close = "</td></tr></table>" if style.startswith("<table") else "</div>"
    head = ""
    if brand and rng.random() < 0.5:
        head = f'<div style="background:#{rng.choice(["1d3557", "2a9d8f", "e76f51", "264653", "6d597a"])};color:#fff;padding:10px;font-weight:bold">{_html.escape(brand)}</div>\n'
    return f"<html><body>{head}{style}\n{body}\n{close}</body></html>"


def quote_block(rng: random.Random, B: dict, text: str, who: str, who_addr: str, me_addr: str,
                subject: str, outlook: bool) -> str:
    date = fake_date(rng, B)
    if outlook:
        h = B["outlook"]
        hdr = (f"{h[0]} {who} <{who_addr}>\n{h[1]} {date}\n{h[2]} {me_addr}\n{h[3]} {subject}")
        return f"\n\n{B['orig']}\n{hdr}\n\n{text}"
    line = fill(pick(rng, B["wrote"]), {"date": date, "who": f"{who} <{who_addr}>"})
    quoted = "\n".join("> " + l if l else ">" for l in text.split("\n"))
    return f"\n\n{line}\n{quoted}"


def fake_date(rng: random.Random, B: dict) -> str:
    d = rng.randint(1, 28)
    m = rng.choice(B["months"])
    hh, mm = rng.randint(7, 21), rng.choice(["03", "12", "27", "41", "58", "09", "30"])
    return rng.choice([f"{d} {m} 2026 {hh}:{mm}", f"{d:02d}.{rng.randint(1, 12):02d}.2026 {hh}:{mm}",
                       f"{d} {m} 2026, {hh}:{mm}"])


class Writer:
    """Writes records for one language bank under one FAMILY_PREFIX."""

    def __init__(self, rng: random.Random, prefix: str, B: dict, lang: str) -> None:
        self.rng, self.prefix, self.B, self.lang = rng, prefix, B, lang
        self.counter: dict[str, int] = {}

    # ---------------------------------------------------------------- context
    def ctx(self, style: dict) -> dict:
        rng, B = self.rng, self.B
        pool = B["companies"]
        if style.get("tld"):
            pool = [x for x in pool if x[1].endswith(tuple(style["tld"]))] or pool
        co, dom = rng.choice(pool)
        first, last = rng.choice(B["first"]), rng.choice(B["last"])
        cf, cl = rng.choice(B["cand_first"]), rng.choice(B["last"])
        ag_name, ag_dom = rng.choice(B["agencies"])
        roles, titles = B["roles"], B["owner_title"]
        for key, (r_list, t_list) in B.get("sectors", {}).items():
            if key.lower() in co.lower():
                roles, titles = r_list or roles, t_list or titles
                break
        c = {
            "co": co, "dom": dom, "role": pick(rng, roles), "role2": pick(rng, roles), "title": pick(rng, titles),
            "name": f"{first} {last}", "first": first, "cand": f"{cf} {cl}", "cfirst": cf,
            "day": pick(rng, B["days"]), "time": pick(rng, B["times"]),
            "date": f"{rng.randint(2, 28)}/{rng.randint(1, 12):02d}",
            "link": f"https://{rng.choice(['cal', 'meet', 'agenda', 'book'])}.{slug(co)}.{rng.choice(['com', 'eu', 'io'])}/{rng.choice(['x', 'r', 'i'])}{rng.randint(1000, 99999)}",
            "agency": ag_name, "agdom": ag_dom, "ref": str(rng.randint(100, 9999)),
            "board": pick(rng, B["boards"]), "city": pick(rng, B["cities"]),
            "sal": pick(rng, B["salaries"]), "n": str(rng.randint(2, 40)),
        }
        c["addr"] = f"{slug(cf)}{rng.choice(['.', '_', ''])}{slug(cl)}{rng.choice(['', '', str(rng.randint(7, 99))])}@{rng.choice(B['mailhosts'])}"
        return c

    # ---------------------------------------------------------------- kinds
    def parts_for(self, kind: str, c: dict, style: dict) -> tuple[list[str], dict]:
        """Return the paragraphs of new text and the metadata (labels, company, topics, reasons)."""
        rng, B = self.rng, self.B
        meta: dict = {"labels": list(KIND_LABELS.get(kind, [])), "company": c["co"], "topics": [], "oc": [], "quote": None}
        P: list[str] = []
        agency = style.get("sender") == "agency"
        intro = B["agency_intro"] if agency else B["intro"]
        if agency and not kind.startswith("neg:") and kind not in ("ack_inv", "ack", "fb"):
            P.append(pick(rng, intro))
            intro = [""]
        if agency and kind in ("ack", "ack_inv", "fb"):
            P.append(pick(rng, B["agency_intro"]))
        if kind in ("rej", "rej_fb", "rej_inv"):
            if rng.random() < 0.6:
                P.append(pick(rng, intro))
            rej_opts = B["rej"] if agency else [x for x in B["rej"] if not any(w in str(x).lower() for w in CLIENT_WORDS)]
            P.append(pick(rng, rej_opts))
            reasons: list[str] = []
            if rng.random() < 0.45:
                reasons = rng.sample(list(B["reason"]), 1 if rng.random() < 0.8 else 2)
                P.append(" ".join(pick(rng, B["reason"][r]) for r in reasons))
            meta["oc"] = sorted(reasons)
            if kind == "rej_fb":
                P.append(self.feedback_text(meta))
            if kind == "rej_inv":
                P.append(pick(rng, B["other_role"]))
                P.append(pick(rng, B["inv_when"]))
            elif rng.random() < 0.5:
                P.append(pick(rng, B["rej_close"]))
            if style.get("quote_p", 0) and rng.random() < style["quote_p"] * 0.5:
                meta["quote"] = ("cand", pick(rng, B["apply_text"]))
        elif kind == "fb":
            P.append(pick(rng, B["fb_open"]))
            P.append(self.feedback_text(meta, force_weak=True))
            if rng.random() < 0.5:
                P.append(pick(rng, B["fb_close"]))
            meta["quote"] = ("cand", pick(rng, B["fbreq"]))
        elif kind in ("inv", "ack_inv"):
            if kind == "ack_inv":
                P.append(pick(rng, B["ack"]))
                P.append(pick(rng, B["assess"]))
            else:
                if rng.random() < 0.4:
                    P.append(pick(rng, intro))
                P.append(pick(rng, B["inv"]))
                P.append(pick(rng, B["inv_when"]))
                if rng.random() < 0.4:
                    P.append(pick(rng, B["inv_extra"]))
                if style.get("quote_p", 0) and rng.random() < style["quote_p"]:
                    meta["quote"] = ("cand", pick(rng, B["apply_text"]))
        elif kind == "ack":
            P.append(pick(rng, B["ack"]))
            if rng.random() < 0.7:
                P.append(pick(rng, B["ack_next"]))
        elif kind == "offer":
            if rng.random() < 0.35:
                P.append(pick(rng, intro))
            P.append(pick(rng, B["offer"]))
            P.append(pick(rng, B["offer_terms"]))
            if rng.random() < 0.6:
                P.append(pick(rng, B["offer_close"]))
        elif kind == "fbreq":
            P.append(pick(rng, B["fbreq"]))
            own = [x for x in B["rej"] if not any(w in str(x).lower() for w in CLIENT_WORDS)]
            meta["quote"] = ("emp", pick(rng, own) + " " + pick(rng, B["rej_close"]))
        elif kind.startswith("neg:"):
            t = kind[4:]
            P.append(pick(rng, B["neg"][t]))
            if t not in NEG_WITH_COMPANY:
                meta["company"] = None
            if t == "profile":
                # the company's own portal names the company; a job board's nag does not
                meta["company"] = c["co"] if "{co}" in P[-1] else None
            if t == "cantshare":
                meta["quote"] = ("cand", pick(rng, B["fbreq"]))
            if t in ("thanks", "sched", "accept") and rng.random() < 0.6:
                src = {"thanks": B["inv"], "sched": B["inv"], "accept": B["offer"]}[t]
                meta["quote"] = ("emp", pick(rng, src))
            if t == "autoreply" and rng.random() < 0.5:
                meta["quote"] = ("cand", pick(rng, B["apply_text"]))
            if t == "bounce":
                meta["quote"] = ("cand", pick(rng, B["apply_text"]))
            if t == "booked" and rng.random() < 0.3:
                meta["quote"] = ("cand", pick(rng, B["neg"]["sched"]))
        else:
            raise ValueError(kind)
        return P, meta

    def feedback_text(self, meta: dict, force_weak: bool = False) -> str:
        rng, B = self.rng, self.B
        bits = []
        if rng.random() < 0.55:
            bits.append(pick(rng, B["praise"]))
        if force_weak or rng.random() < 0.93:
            k = rng.choice([1, 1, 2, 2, 3])
            topics = rng.sample(list(B["fb"]), k)
            for t in topics:
                bits.append(pick(rng, B["fb"][t]))
            meta["topics"] = sorted(topics)
        else:
            bits.append(pick(rng, B["praise"]))
        return " ".join(bits)

    # ---------------------------------------------------------------- assembly
    def record(self, family: str, kind: str, style: dict) -> dict:
        rng, B = self.rng, self.B
        c = self.ctx(style)
        sent = kind == "fbreq" or kind[4:] in NEG_SENT
        P, meta = self.parts_for(kind, c, style)
        lang = style.get("lang", self.lang)
        if meta["company"] is None:  # a neutral message must not leak an employer through its link
            c["link"] = f"https://www.{slug(c['board'])}.{rng.choice(['eu', 'com', 'net'])}/e/{rng.randint(100, 9999)}"
        # greeting / sign-off shared by every kind
        lines: list[str] = []
        if sent:
            g_p = style.get("greet_p", 0.8)
            if rng.random() < g_p:
                lines.append(fill(pick(rng, B["greet_to"]), {"first": c["first"]}))
        elif kind[4:] in AUTO or (kind[4:] in ("jobcentre", "admission", "loan", "scam", "school") and rng.random() < 0.6):
            pass
        else:
            if rng.random() < style.get("greet_p", 0.7):
                lines.append(fill(pick(rng, B["greet"]), {"cfirst": c["cfirst"]}))
        text_parts = [fill(p, c) for p in P if p]
        if style.get("oneblock") and rng.random() < 0.5:
            body = " ".join(text_parts)
        else:
            body = "\n\n".join(text_parts)
        if style.get("typo_p", 0) and rng.random() < style["typo_p"]:
            body = typo(rng, body, rng.choice([1, 1, 1, 2]))
        lines.append(body)
        # signature
        if sent:
            so = pick(rng, B["signoff"]) if rng.random() < 0.8 else ""
            sig = f"{so}\n{c['cand']}" if so else c["cfirst"]
            if rng.random() < 0.25:
                sig += "\n" + B["cc"] + f" {rng.randint(300, 799)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        elif kind[4:] in ("bounce", "alert", "delivery", "views"):
            sig = ""
        else:
            sig = self.signature(c, style, kind, meta["company"] is None)
        subj = self.subject(kind, c, style, meta["company"] is None)
        sender_name, sender_addr = self.sender(c, style, kind, meta["company"] is None)
        co = meta["company"]
        if co and co.lower() not in (subj + body + sig + ("" if sent else sender_name)).lower():
            if sent or style.get("sender") == "agency":
                subj = f"{subj} - {co}" if subj else co
            else:
                sig = sig + "\n" + co
        lines.append(sig)
        text = "\n\n".join(l for l in lines if l)
        text = self.gender(text)
        if not sent and style.get("sender") != "noreply" and (meta["company"] or kind[4:] in ("rota", "personal", "landlord", "interview_other")) and rng.random() < style.get("mobile_p", 0.1):
            text += "\n\n" + pick(rng, B["mobile"])
        if sent and rng.random() < 0.2:
            text += "\n\n" + pick(rng, B["mobile"])
        # casual transforms on the new text only
        if style.get("strip_p", 0) and rng.random() < style["strip_p"]:
            text = strip_accents(text)
        if style.get("lower_p", 0) and rng.random() < style["lower_p"]:
            text = text.lower()
        if not sent and meta["company"] is not None and rng.random() < style.get("footer_p", 0.2):
            text += "\n\n" + fill(pick(rng, B["footer"]), c)
        if sent:
            from_name, from_addr, to_addr = c["cand"], c["addr"], sender_addr
        else:
            from_name, from_addr, to_addr = sender_name, sender_addr, c["addr"]
        # quoted history
        if meta["quote"]:
            who_kind, qtext = meta["quote"]
            qtext = fill(qtext, c)
            if who_kind == "cand":
                qwho, qaddr, qme = c["cand"], c["addr"], sender_addr
                qtext = fill(pick(rng, B["greet_to"]), {"first": c["first"]}) + "\n\n" + qtext + "\n\n" + c["cand"]
            else:
                qwho, qaddr, qme = sender_name or c["name"], sender_addr, c["addr"]
                qtext = fill(pick(rng, B["greet"]), {"cfirst": c["cfirst"]}) + "\n\n" + qtext + "\n\n" + c["name"]
            qsubj = subj
            if kind == "neg:bounce":  # the bounced mail was the candidate's application to some employer
                qme = f"{rng.choice(['info', 'jobs', 'hr'])}@{c['dom']}"
                qsubj = fill(pick(rng, B["subj"].get("apply", B["subj_generic"])), c)
            text += quote_block(rng, B, qtext, qwho, qaddr, qme, qsubj, rng.random() < 0.35)
            if kind != "neg:bounce" and not re.match(r"^(re|r|sv|aw|odp|res|rv|antw|fwd|i)\s*:", subj, re.I):
                subj = pick(rng, B["re"]) + " " + subj
        # html
        body_text, body_html = text, None
        h = rng.random()
        if h < style.get("html_only", 0.0):
            body_text, body_html = "", to_html(rng, text, c["co"] if meta["company"] else "")
        elif h < style.get("html_only", 0.0) + style.get("html_alt", 0.1):
            body_html = to_html(rng, text, c["co"] if meta["company"] else "")
        n = self.counter.get(family, 0) + 1
        self.counter[family] = n
        labels = meta["labels"]
        return {
            "id": f"{family}-{n}", "family": family, "folder": "Sent" if sent else "INBOX",
            "lang": lang, "from_name": from_name, "from_addr": from_addr.lower(), "to_addr": to_addr.lower(),
            "subject": subj, "body_text": body_text, "body_html": body_html, "labels": labels,
            "company": meta["company"], "topics": meta["topics"] if "feedback" in labels else [],
            "outside_control": meta["oc"] if "rejection" in labels else [],
        }

    def gender(self, text: str) -> str:
        fem = self.rng.random() < 0.5
        text = re.sub(r"(\w)o/a\b", (lambda m: m.group(1) + ("a" if fem else "o")), text)
        text = re.sub(r"\bun/una\b", "una" if fem else "un", text)
        text = re.sub(r"(\w)o\(a\)", (lambda m: m.group(1) + ("a" if fem else "o")), text)
        text = re.sub(r"\bo/a\b", "a" if fem else "o", text)
        return text

    def signature(self, c: dict, style: dict, kind: str, neutral: bool) -> str:
        rng, B = self.rng, self.B
        so = pick(rng, B["signoff"]) if rng.random() < 0.85 else ""
        snd = style.get("sender", "owner")
        if neutral:
            auto = kind[4:] not in ("rota", "landlord", "personal", "interview_other", "supplier")
            who = pick(rng, B["neutral_sig"]) if auto or rng.random() < 0.4 else c["first"]
            return f"{so}\n{fill(who, c)}".strip()
        if snd == "agency":
            block = f"{c['name']}\n{pick(rng, B['agency_title'])} | {c['agency']}"
            if rng.random() < 0.5:
                block += f"\n{c['agdom'].split('.')[0]}.{c['agdom'].split('.', 1)[1]}"
        elif snd == "noreply":
            block = fill(pick(rng, B["team_sig"]), c)
        else:
            if rng.random() < 0.5:
                block = c["first"]
            else:
                block = f"{c['name']}\n{c['title']} - {c['co']}"
            if rng.random() < 0.3:
                block += f"\n{pick(rng, B['street'])}, {c['city']}"
        return f"{so}\n{block}".strip()

    def sender(self, c: dict, style: dict, kind: str, neutral: bool) -> tuple[str, str]:
        rng, B = self.rng, self.B
        snd = style.get("sender", "owner")
        t = kind[4:] if kind.startswith("neg:") else ""
        if t and neutral:
            src = B["neutral_from"].get(t) or (B["neutral_from"]["alert"] if t in ("profile", "views", "newsletter") else None)
            if t == "admission2":  # visa office, club, conference: a bare portal address
                src = [("", f"noreply@{rng.choice(['portal', 'office', 'secretariat', 'members'])}-{slug(c['city'])}.eu")]
            name, addr = rng.choice(src) if src else ("", "")
            if not addr:
                nm = fill(pick(rng, B["neutral_names"]), c) if t not in ("personal", "personal_sent") else f"{rng.choice(B['first'])} {rng.choice(B['last'])}"
                addr = f"{slug(nm)}@{rng.choice(B['mailhosts'])}"
                name = nm
            return fill(name, c), fill(addr, {**c, "board": slug(c["board"]), "city": slug(c["city"])})
        if snd == "agency":
            return f"{c['name']} | {c['agency']}", f"{slug(c['first'])}.{slug(c['name'].split()[-1])}@{c['agdom']}"
        if snd == "noreply":
            return fill(pick(rng, B["noreply_name"]), c), rng.choice([f"no-reply@{c['dom']}", f"jobs@{c['dom']}", f"noreply@{slug(c['co'])}.{rng.choice(B['relays'])}"])
        if snd == "owner" and rng.random() < 0.35:
            return c["first"] + (" " + c["name"].split()[-1] if rng.random() < 0.5 else ""), f"{slug(c['co'])}{rng.randint(1, 99)}@{rng.choice(B['mailhosts'])}"
        return rng.choice([c["name"], c["co"], f"{c['name']} - {c['co']}"]), f"{rng.choice([slug(c['first']), 'info', 'jobs', 'hr', 'contact', slug(c['name'])])}@{c['dom']}"

    def subject(self, kind: str, c: dict, style: dict, neutral: bool) -> str:
        rng, B = self.rng, self.B
        key = kind[4:] if kind.startswith("neg:") else kind
        specific = B["subj"].get(key)
        about_co = not neutral
        if about_co and (specific is None or rng.random() < 0.4):
            s = pick(rng, B["subj_generic"])
        elif specific is None:
            s = ""
        else:
            s = pick(rng, specific)
        s = fill(s, c)
        r = rng.random()
        if r < 0.08:
            s = "[External] " + s
        elif r < 0.14 and about_co:
            s = f"{s} (#{c['ref']})"
        elif r < 0.18:
            s = s + " " + rng.choice(["🙂", "👋", "✅", "📅", "🚀"])
        if rng.random() < style.get("lower_subj_p", 0.15):
            s = s.lower()
        return s


def plan(total: int, mix: dict[str, float], negs: list[str], rng: random.Random, carry: dict) -> list[str]:
    """Kinds for one family; fractional shares carry over to the next family of the writer."""
    kinds: list[str] = []
    for k, share in mix.items():
        want = total * share + carry.get(k, 0.0)
        cnt = int(want)
        carry[k] = want - cnt
        kinds += [k] * cnt
    negs_cycle = negs[:]
    rng.shuffle(negs_cycle)
    i = 0
    while len(kinds) < total:
        kinds.append("neg:" + negs_cycle[i % len(negs_cycle)])
        i += 1
    kinds = kinds[:total]
    rng.shuffle(kinds)
    return kinds


def run(rng: random.Random, prefix: str, B: dict, lang: str, families: list[tuple[str, int, dict]],
        counter: dict | None = None) -> Iterable[dict]:
    """families: (family suffix, number of records, style). A style with sent=True writes Sent mail.

    Pass one ``counter`` dict to several calls that share a family name so ids stay unique.
    """
    w = Writer(rng, prefix, B, lang)
    if counter is not None:
        w.counter = counter
    carry: dict = {k: 0.5 for k in INBOX_MIX} | {"fbreq": 0.5}
    for fam, n, style in families:
        family = f"{prefix}-{fam}"
        if style.get("sent"):
            mix = {"fbreq": 0.5}
            negs = [t for t in NEG_SENT if t in B["neg"]]
        else:
            mix = INBOX_MIX
            negs = [t for t in NEG_INBOX if t in B["neg"]]
            if style.get("sender") != "agency":
                negs = [t for t in negs if t != "closed_before"]
        for kind in plan(n, mix, negs, rng, carry):
            yield w.record(family, kind, style)
