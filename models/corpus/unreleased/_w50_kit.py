"""Shared composer for writer w50: builds records from per-language fragment packs.

A pack is a dict of fragment lists (see _w50_cs.py for the full set of keys). Every builder
below assembles one message shape; the deciding sentence is chosen independently of the frame.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

_G = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")   # [[masc|fem]] -> candidate's gender
_S = re.compile(r"<<([^|>]*)\|([^>]*)>>")         # <<masc|fem>> -> sender's gender

_TR = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ł": "l", "đ": "d",
                     "Đ": "D", "ß": "ss"})
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r",
                   "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y",
                   "i", "y"]))


def slug(text: str) -> str:
    text = text.translate(_TR)
    out = []
    for ch in text.lower():
        if ch in _GREEK:
            out.append(_GREEK[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(b for b in base if not unicodedata.combining(b))
        out.append(base)
    s = "".join(out)
    s = re.sub(r"[^a-z0-9]+", ".", s).strip(".")
    return s


class Person:
    def __init__(self, tup, family_first=False):
        self.name, self.g, self.gf, self.gi = tup[0], tup[1], tup[2], tup[3]
        self.slug = tup[4] if len(tup) > 4 else slug(self.name)
        self.first = self.name.split()[-1] if family_first else self.name.split()[0]


class Ctx:
    """Random choices for one message, and the fill-in of fragments."""

    def __init__(self, P, rng, mail_dom=None):
        self.P, self.rng = P, rng
        r = rng
        ff = P.get("family_first", False)
        self.user = Person(r.choice(P["users"]), ff)
        self.snd = Person(r.choice(P["people"]), ff)
        co = r.choice(P["companies"])
        co2 = r.choice([c for c in P["companies"] if c != co])
        ag = r.choice(P["agencies"])
        roles = r.sample(P["roles"], 2)
        base = datetime.date(2025, 9, 1) + datetime.timedelta(days=r.randint(0, 290))
        self.base = base
        slots = []
        d = base + datetime.timedelta(days=r.randint(2, 5))
        while len(slots) < 3:
            if d.weekday() < 5 and r.random() < 0.7:
                slots.append((d, r.choice([8, 9, 10, 11, 13, 14, 15, 16]), r.choice([0, 0, 30])))
            d += datetime.timedelta(days=1)
        self.slots = slots
        start = base + datetime.timedelta(days=r.randint(25, 70))
        while start.weekday() != 0:
            start += datetime.timedelta(days=1)
        dl = base + datetime.timedelta(days=r.randint(3, 8))
        fd, fs = P["fmt_date"], P["fmt_slot"]
        udom = r.choice(P["mail_doms"])
        self.uaddr = f"{self.user.slug}@{udom}"
        self.co, self.co2, self.ag = co, co2, ag
        self.v = {
            "first": self.user.first, "name": self.user.name, "gf": self.user.gf, "gi": self.user.gi,
            "sname": self.snd.name, "sfirst": self.snd.first, "sgf": self.snd.gf, "sgi": self.snd.gi,
            "company": co[0], "cofull": co[1], "codom": co[2],
            "company2": co2[0], "cofull2": co2[1],
            "agency": ag[0], "agfull": ag[1], "agdom": ag[2],
            "role": roles[0], "role2": roles[1], "city": r.choice(P["cities"]),
            "dept": r.choice(P["depts"]), "addr": r.choice(P["streets"]),
            "req": r.choice(["REQ-", "JR", "ID ", "#", "R-"]) + str(r.randint(1000, 99999)),
            "date": fd(base), "slot1": fs(*slots[0]), "slot2": fs(*slots[1]), "slot3": fs(*slots[2]),
            "deadline": fd(dl), "start": fd(start), "salary": P["salary"](r),
            "days": str(r.choice([5, 7, 10, 14])), "n": str(r.randint(3, 9)),
            "hours": str(r.choice([24, 48, 72])),
        }
        tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        self.v["link"] = f"https://{r.choice(P['ats_relays'])}/{r.choice(['s', 'book', 'slot', 'i'])}/{tok}"
        self.v["tlink"] = f"https://{r.choice(['assess', 'test', 'skills'])}.{r.choice(P['ats_relays'])}/t/{tok[::-1]}"
        self.v["plink"] = f"https://{r.choice(P['ats_relays'])}/candidate/{tok[:6]}"
        if P.get("hook"):
            P["hook"](self)

    # -- fragments
    def gender(self, text: str) -> str:
        text = _G.sub(lambda m: m.group(1) if self.user.g == "m" else m.group(2), text)
        return _S.sub(lambda m: m.group(1) if self.snd.g == "m" else m.group(2), text)

    def f(self, text: str, **extra) -> str:
        v = dict(self.v)
        v.update(extra)
        return self.gender(text).format(**v)

    def t(self, key: str, **extra) -> str:
        return self.f(self.rng.choice(self.P[key]), **extra)

    def opt(self, key: str, p: float = 0.5, **extra) -> str:
        return self.t(key, **extra) if self.rng.random() < p else ""

    def pick(self, key: str):
        return self.rng.choice(self.P[key])

    def pick_cycle(self, key: str):
        """Pick without replacement across one run (refilled when exhausted), to avoid near-duplicates."""
        state = self.P.setdefault("_cycle", {})
        bag = state.get(key)
        if not bag:
            bag = list(range(len(self.P[key])))
            self.rng.shuffle(bag)
            state[key] = bag
        return self.P[key][bag.pop()]

    def slot_list(self, k: int | None = None) -> str:
        k = k or self.rng.choice([2, 3])
        return "\n".join(f"- {self.v['slot%d' % (i + 1)]}" for i in range(k))


def join(*parts: str) -> str:
    """Join non-empty paragraphs with blank lines."""
    return "\n\n".join(p.strip("\n") for p in parts if p and p.strip())


def quote(c: Ctx, text: str, name: str, addr: str) -> str:
    hdr = c.f(c.pick("quote_hdr"), qdate=c.P["fmt_date"](c.base - datetime.timedelta(days=c.rng.randint(1, 9))),
              qname=name, qaddr=addr)
    return hdr + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def forward(c: Ctx, text: str, name: str, addr: str, subj: str, to: str) -> str:
    hdr = c.f(c.pick("fwd_hdr"), qdate=c.P["fmt_date"](c.base - datetime.timedelta(days=c.rng.randint(0, 3))),
              qname=name, qaddr=addr, qsubj=subj, qto=to)
    return hdr + "\n\n" + text


def to_html(body: str, brand: str, button: tuple | None = None, footer: str = "") -> str:
    paras = []
    for p in body.split("\n\n"):
        esc = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras.append("<p style=\"margin:0 0 14px 0\">" + esc.replace("\n", "<br>") + "</p>")
    btn = ""
    if button:
        btn = ("<table role=\"presentation\"><tr><td style=\"background:#1f5fbf;border-radius:4px;padding:10px 18px\">"
               f"<a href=\"{button[1]}\" style=\"color:#ffffff;text-decoration:none\">{button[0]}</a></td></tr></table>")
    foot = ""
    if footer:
        foot = ("<p style=\"font-size:11px;color:#888888\">" + footer.replace("&", "&amp;").replace("\n", "<br>")
                + "</p>")
    return ("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"border:1px solid #e3e3e3\"><tr><td style=\"padding:18px 24px;"
            f"background:#f4f6f9;font-size:18px;font-weight:bold\">{brand}</td></tr><tr><td style=\"padding:24px\">"
            + "".join(paras) + btn + "</td></tr></table>" + foot + "</td></tr></table></body></html>")


def rec(**kw) -> dict:
    kw.setdefault("body_html", None)
    kw.setdefault("topics", [])
    kw.setdefault("outside_control", [])
    kw.setdefault("folder", "INBOX")
    kw.setdefault("company", None)
    return kw
