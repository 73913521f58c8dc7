"""w49 shared helpers: picking, people, addresses, typos, HTML shells, quoting, record assembly.

Every fragment in the w49 modules was written for this corpus by writer w49.
"""

from __future__ import annotations

import re

PREFIX = "w49"


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def chance(rng, p):
    return rng.random() < p


def slug(s):
    s = s.lower()
    for a, b in (("ã", "a"), ("á", "a"), ("â", "a"), ("à", "a"), ("é", "e"), ("ê", "e"), ("è", "e"),
                 ("í", "i"), ("ó", "o"), ("ô", "o"), ("õ", "o"), ("ú", "u"), ("ç", "c"), ("ñ", "n"),
                 ("ï", "i"), ("ë", "e"), ("'", ""), ("-", " ")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", ".", s).strip(".")


def person(rng, pool):
    first, last = pick(rng, pool)
    return {"first": first, "last": last, "full": f"{first} {last}"}


MAIL_HOSTS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "ymail.com", "gmail.com", "gmail.com",
              "icloud.com", "rediffmail.com", "yahoo.co.in", "yahoo.com.br", "live.com", "proton.me"]


def cand_addr(rng, p):
    style = rng.randrange(5)
    f, l = slug(p["first"]).replace(".", ""), slug(p["last"]).replace(".", "")
    num = str(rng.randrange(1, 99)) if chance(rng, 0.5) else str(rng.randrange(1985, 2003))
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f}{l}{num}"
    elif style == 2:
        local = f"{f[0]}{l}{num}"
    elif style == 3:
        local = f"{l}.{f}{num}"
    else:
        local = f"{f}_{l}"
    return f"{local}@{pick(rng, MAIL_HOSTS)}"


def staff_addr(rng, p, domain):
    f, l = slug(p["first"]).replace(".", ""), slug(p["last"]).replace(".", "")
    return pick(rng, [f"{f}.{l}@{domain}", f"{f[0]}{l}@{domain}", f"{f}@{domain}", f"{l}.{f[0]}@{domain}"])


def ref_no(rng, style=None):
    style = style if style is not None else rng.randrange(8)
    n = rng.randrange(10000, 999999)
    yr = rng.choice([2024, 2025, 2026])
    return [
        f"REF/{yr}/{n:06d}",
        f"APP-{n}",
        f"HR/REC/{rng.randrange(10, 99)}/{yr}",
        f"#{n}",
        f"JR{n:06d}",
        f"{rng.choice(['VAC', 'REQ', 'JOB', 'CAN'])}-{yr}-{rng.randrange(100, 9999):04d}",
        f"{n:07d}",
        f"RC{rng.randrange(1, 9)}/{rng.randrange(100, 999)}/{yr % 100}",
    ][style]


# ---------------------------------------------------------------- typos and casing

_NEAR = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "t": "r", "s": "a", "r": "e", "l": "k", "u": "y"}


def typo(rng, text, n=1):
    words = text.split(" ")
    for _ in range(n):
        cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if not cands:
            break
        i = pick(rng, cands)
        w = words[i]
        k = rng.randrange(1, len(w) - 1)
        op = rng.randrange(4)
        if op == 0:
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == 1:
            w = w[:k] + w[k + 1:]
        elif op == 2:
            w = w[:k] + w[k] + w[k:]
        else:
            c = w[k].lower()
            w = w[:k] + _NEAR.get(c, c) + w[k + 1:]
        words[i] = w
    return " ".join(words)


def roughen(rng, text, level):
    """level 0 clean, 1 a typo or two, 2 phone-typed (lowercase, missing full stops)."""
    if level <= 0:
        return text
    text = typo(rng, text, rng.randrange(1, 3))
    if level >= 2:
        text = text.lower() if chance(rng, 0.6) else text
        text = text.replace(". ", " ") if chance(rng, 0.4) else text
        text = text.replace(" you ", " u ") if chance(rng, 0.3) else text
    return text


# ---------------------------------------------------------------- html

def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_shell(rng, paras, brand, accent=None, footer=None):
    accent = accent or pick(rng, ["#0a5c36", "#003a70", "#b5121b", "#6a1b9a", "#00796b", "#e65100", "#1a237e",
                                  "#004d40", "#8b0000", "#2e7d32"])
    style = rng.randrange(3)
    body = "".join(
        f'<p style="margin:0 0 14px 0;font-size:14px;line-height:1.5">{_esc(p).replace(chr(10), "<br>")}</p>'
        for p in paras
    )
    foot = ""
    if footer:
        foot = (f'<p style="font-size:10px;color:#888888;margin-top:24px">'
                f'{_esc(footer).replace(chr(10), "<br>")}</p>')
    if style == 0:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f2f2f2">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
            f'<tr><td style="background:{accent};color:#ffffff;padding:18px;font-family:Arial;font-size:20px">'
            f'{_esc(brand)}</td></tr>'
            f'<tr><td style="padding:24px;font-family:Arial,Helvetica,sans-serif;color:#333">{body}{foot}</td></tr>'
            '</table></td></tr></table></body></html>'
        )
    if style == 1:
        return (
            f'<html><body><div style="font-family:Verdana;max-width:640px;border-top:4px solid {accent}">'
            f'<h3 style="color:{accent}">{_esc(brand)}</h3>{body}{foot}</div></body></html>'
        )
    return (
        '<html><head><style>td{font-family:Tahoma,sans-serif}</style></head><body>'
        f'<center><table border="0" width="580"><tr><td><b>{_esc(brand)}</b><hr color="{accent}"></td></tr>'
        f'<tr><td>{body}</td></tr><tr><td>{foot}</td></tr></table></center></body></html>'
    )


# ---------------------------------------------------------------- record

class Counter:
    def __init__(self):
        self.n = {}

    def next_id(self, family):
        k = self.n.get(family, 0) + 1
        self.n[family] = k
        return f"{family}-{k}"


def record(ctr, family, lang, from_name, from_addr, to_addr, subject, body_text, labels, company,
           topics=(), outside=(), body_html=None, folder="INBOX"):
    fam = f"{PREFIX}-{family}"
    labels = sorted(set(labels))
    topics = sorted(set(topics)) if "feedback" in labels else []
    outside = sorted(set(outside)) if "rejection" in labels else []
    return {
        "id": ctr.next_id(fam),
        "family": fam,
        "folder": folder,
        "lang": lang,
        "from_name": from_name,
        "from_addr": from_addr,
        "to_addr": to_addr,
        "subject": subject,
        "body_text": body_text,
        "body_html": body_html,
        "labels": labels,
        "company": company,
        "topics": topics,
        "outside_control": outside,
    }
