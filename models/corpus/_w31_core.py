"""Writer w31: assembly engine shared by the de/fr/es/en look-alike generators.

A *kind* is a dict of data: subject lines, body slots (lists of alternatives), labels and
whether the message is about one employer. Slots beginning with ``@`` are filled by the
engine: ``@OC`` adds a reason the candidate could not change (recorded in
``outside_control``), ``@FB`` adds one to three weaknesses (recorded in ``topics``).
A *family* is a sender persona (register, greeting, sign-off, footer, HTML habit); the same
greetings and footers wrap labelled and unlabelled kinds so only the meaning decides.
"""

from __future__ import annotations

import html
import random
from typing import Any, Callable, Iterable

Kind = dict[str, Any]


def pick(rng: random.Random, items: list) -> Any:
    return items[rng.randrange(len(items))]


class Ctx(dict):
    """Template values; unknown keys render as themselves so a typo never crashes a build."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, ctx: Ctx) -> str:
    out = text.format_map(ctx)
    # a value may itself hold a placeholder (links naming the company domain)
    return out.format_map(ctx) if "{" in out else out


def _slot(rng: random.Random, slot: Any, ctx: Ctx, out: dict, banks: dict) -> str | None:
    if isinstance(slot, str) and slot.startswith("@"):
        name = slot.rstrip("?")
        if slot.endswith("?") and rng.random() < 0.45:
            return None
        if name == "@OC":
            reason = pick(rng, sorted(banks["oc"]))
            out["outside_control"].append(reason)
            return fill(pick(rng, banks["oc"][reason]), ctx)
        if name == "@FB":
            n = pick(rng, [1, 1, 2, 2, 2, 3])
            topics = rng.sample(sorted(banks["fb"]), n)
            lines = []
            if rng.random() < 0.6:
                lines.append(fill(pick(rng, banks["praise"]), ctx))
            for t in topics:
                out["topics"].append(t)
                lines.append(fill(pick(rng, banks["fb"][t]), ctx))
            glue = pick(rng, [" ", "\n", "\n- "]) if n > 1 else " "
            if glue == "\n- ":
                return lines[0] + "\n- " + "\n- ".join(lines[1:]) if len(lines) > 1 else lines[0]
            return glue.join(lines)
        if name == "@PRAISE":
            return fill(pick(rng, banks["praise"]), ctx)
        raise KeyError(slot)
    if isinstance(slot, list):
        choice = pick(rng, slot)
        if choice is None:
            return None
        if isinstance(choice, list):  # a nested run of sentences
            parts = [_slot(rng, c, ctx, out, banks) for c in choice]
            return " ".join(p for p in parts if p)
        return _slot(rng, choice, ctx, out, banks)
    if slot is None:
        return None
    return fill(slot, ctx)


def render_kind(rng: random.Random, kind: Kind, ctx: Ctx, banks: dict) -> dict:
    out: dict = {"topics": [], "outside_control": []}
    paras: list[str] = []
    for block in kind["body"]:
        # a block is one paragraph made of several sentence slots
        if isinstance(block, tuple):
            parts = [_slot(rng, s, ctx, out, banks) for s in block]
            text = " ".join(p for p in parts if p)
        else:
            text = _slot(rng, block, ctx, out, banks) or ""
        if text:
            paras.append(text)
    out["subject"] = fill(pick(rng, kind["subj"]), ctx)
    out["paras"] = paras
    out["topics"] = sorted(set(out["topics"]))
    out["outside_control"] = sorted(set(out["outside_control"]))
    return out


def to_html(paras: list[str], footer: str, rng: random.Random, brand: str) -> str:
    style = pick(rng, [
        "font-family:Arial,sans-serif;font-size:14px;color:#222",
        "font-family:Helvetica;font-size:13px",
        "font-family:'Segoe UI',Tahoma;font-size:15px;line-height:1.5",
    ])
    body = "".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras
    )
    head = f"<div style=\"background:#f3f3f3;padding:8px\"><b>{html.escape(brand)}</b></div>" if brand else ""
    foot = f"<p style=\"font-size:11px;color:#888\">{html.escape(footer).replace(chr(10), '<br>')}</p>" if footer else ""
    return f"<html><body><div style=\"{style}\">{head}{body}{foot}</div></body></html>"


def quote_block(rng: random.Random, lang: str, when: str, who: str, who_addr: str,
                subject: str, text: str, me_addr: str) -> str:
    """Quoted history in the reply styles mail clients of each language produce."""
    if rng.random() < 0.55:
        head = {
            "de": f"Am {when} schrieb {who} <{who_addr}>:",
            "fr": f"Le {when}, {who} <{who_addr}> a écrit :",
            "es": f"El {when}, {who} <{who_addr}> escribió:",
            "en": f"On {when}, {who} <{who_addr}> wrote:",
        }[lang]
        quoted = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        return f"{head}\n{quoted}"
    labels = {
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    sep = " :" if lang == "fr" else ":"
    return (
        "-----" + {"de": "Ursprüngliche Nachricht", "fr": "Message d'origine", "es": "Mensaje original",
                   "en": "Original Message"}[lang] + "-----\n"
        f"{labels[0]}{sep} {who} <{who_addr}>\n{labels[1]}{sep} {when}\n{labels[2]}{sep} {me_addr}\n"
        f"{labels[3]}{sep} {subject}\n\n{text}"
    )


def slug(text: str) -> str:
    table = str.maketrans("äöüéèêàâçñáíóúëïôûşćğ", "aoueeeaacnaioueiouscg")
    s = text.lower().replace("ß", "ss").translate(table)
    return "".join(c for c in s if c.isalnum())


def make_companies(rng: random.Random, roots: list[str], trades: list[str], forms: list[str],
                   n: int, fmt: Callable[[str, str], str] | None = None) -> list[tuple[str, str]]:
    """(name as people say it, legal name) pairs combined from invented roots and trades."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        r, t = pick(rng, roots), pick(rng, trades)
        name = fmt(r, t) if fmt else f"{r} {t}"
        if name in seen:
            continue
        seen.add(name)
        out.append((name, f"{name} {pick(rng, forms)}".strip()))
    return out


def record(prefix: str, family: str, n: int, *, folder: str, lang: str, from_name: str,
           from_addr: str, to_addr: str, subject: str, body_text: str, body_html: str | None,
           labels: Iterable[str], company: str | None, topics: list[str],
           outside_control: list[str]) -> dict:
    labels = sorted(set(labels))
    return {
        "id": f"{family}-{n}",
        "family": family,
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
        "topics": topics if "feedback" in labels else [],
        "outside_control": outside_control if "rejection" in labels else [],
    }


def _sender(rng: random.Random, L: Any, fam: dict, kind: Kind, ctx: Ctx) -> tuple[str, str, str]:
    """(display name, address, signature) for the sender of one message."""
    style = kind.get("sender") or fam["sender"]
    if "from" in kind:
        name_t, addr_t, sig_t = pick(rng, kind["from"])
        return fill(name_t, ctx), fill(addr_t, ctx), fill(sig_t, ctx)
    if style == "cand":
        return (f"{ctx['cfirst']} {ctx['clast']}", ctx["caddr"],
                fill(pick(rng, L.CAND_SIG), ctx))
    if style == "ats":
        name = fill(pick(rng, L.ATS_NAMES), ctx)
        addr = fill(pick(rng, L.ATS_ADDRS), ctx)
        return name, addr, fill(pick(rng, L.ATS_SIG), ctx)
    if style == "agency":
        return (f"{ctx['rfirst']} {ctx['rlast']} | {ctx['agency']}",
                f"{slug(ctx['rfirst'])}.{slug(ctx['rlast'])}@{slug(ctx['agency'])}.{ctx['tld']}",
                fill(pick(rng, L.AGENCY_SIG), ctx))
    if style == "boss":
        return (f"{ctx['bfirst']} {ctx['blast']}", f"{slug(ctx['bfirst'])}.{slug(ctx['blast'])}@{ctx['mydomain']}",
                f"{ctx['bfirst']}")
    name = f"{ctx['rfirst']} {ctx['rlast']}"
    addr = pick(rng, ["{f}.{l}@{d}", "{i}{l}@{d}", "{f}@{d}", "recrutement@{d}" if L.LANG == "fr" else "{f}.{l}@{d}"])
    addr = addr.format(f=slug(ctx["rfirst"]), l=slug(ctx["rlast"]), i=slug(ctx["rfirst"])[:1], d=ctx["domain"])
    if rng.random() < 0.2:
        name = fill(pick(rng, L.HR_TEAM_NAMES), ctx)
    return name, addr, fill(pick(rng, L.HR_SIG), ctx)


def build_one(rng: random.Random, L: Any, family: str, n: int, fam: dict, kind_name: str,
              prefix: str) -> dict:
    kind = L.KINDS[kind_name]
    lang = L.LANG
    co, legal, tld = pick(rng, [c for c in L.COMPANIES if c[2] in fam["regions"]])
    cfirst, clast = pick(rng, L.FIRST), pick(rng, L.LAST)
    rfirst, rlast = pick(rng, L.FIRST), pick(rng, L.LAST)
    ctx = Ctx(L.extra_ctx(rng))
    ctx.update(
        co=co, legal=legal, tld=tld, domain=f"{slug(co)[:18]}.{tld}", cfirst=cfirst, clast=clast,
        rfirst=rfirst, rlast=rlast, bfirst=pick(rng, L.FIRST), blast=pick(rng, L.LAST),
        role=pick(rng, L.ROLES), role2=pick(rng, L.ROLES), city=pick(rng, L.CITIES),
        agency=pick(rng, L.AGENCIES), ref=f"{pick(rng, ['', 'REQ-', 'JR', '#'])}{rng.randrange(1000, 99999)}",
        caddr=pick(rng, ["{a}.{b}@gmail.com", "{a}{b}@gmx.{t}", "{a}.{b}@outlook.com", "{a}_{b}@proton.me",
                         "{a}{n}@yahoo.{t}"]).format(a=slug(cfirst), b=slug(clast), t=tld, n=rng.randrange(10, 99)),
        mydomain=pick(rng, L.MY_EMPLOYERS),
    )
    informal = fam["register"] == "informal" or (fam["register"] == "mixed" and rng.random() < 0.5)
    use = kind
    if informal and "inf" in kind:
        use = {**kind, **kind["inf"]}
    reg = "informal" if informal and "inf" in kind else "formal"
    rendered = render_kind(rng, use, ctx, L.BANKS)
    from_name, from_addr, sig = _sender(rng, L, fam, kind, ctx)
    folder = "Sent" if (kind.get("sender") or fam["sender"]) == "cand" else "INBOX"
    if folder == "Sent":
        to_addr = f"{slug(rfirst)}.{slug(rlast)}@{ctx['domain']}" if rng.random() < 0.7 else \
            fill(pick(rng, ["jobs@{domain}", "karriere@{domain}", "rh@{domain}", "talento@{domain}"]), ctx)
    else:
        to_addr = ctx["caddr"]
    paras = list(rendered["paras"])
    if kind.get("greet", True):
        gctx = ctx if folder == "INBOX" else Ctx({**ctx, "cfirst": rfirst, "clast": rlast})
        paras.insert(0, fill(pick(rng, L.GREET[reg]), gctx))
    if kind.get("sign", True):
        so = fill(pick(rng, L.SIGN[reg]), ctx)
        paras.append(so + "\n" + sig if sig else so)
    footer = ""
    if kind.get("footer") is not None:
        footer = fill(pick(rng, kind["footer"]), ctx)
    elif folder == "INBOX" and kind.get("company", "co") != "none" and rng.random() < fam.get("footer_p", 0.4):
        footer = fill(pick(rng, L.FOOTERS), ctx)
    subject = rendered["subject"]
    if kind.get("quote") and rng.random() < 0.85:
        q = L.KINDS[kind["quote"]]
        qctx = Ctx(ctx)
        qr = render_kind(rng, q, qctx, L.BANKS)
        qparas = list(qr["paras"])
        qfrom = f"{cfirst} {clast}" if q.get("sender") == "cand" else f"{rfirst} {rlast}"
        qaddr = ctx["caddr"] if q.get("sender") == "cand" else (from_addr if folder == "INBOX" else to_addr)
        if q.get("greet", True):
            qparas.insert(0, fill(pick(rng, L.GREET["formal"]), ctx))
        qparas.append(fill(pick(rng, L.SIGN["formal"]), ctx) + "\n" + (cfirst + " " + clast if q.get("sender") == "cand" else rfirst))
        when = fill(pick(rng, L.WHEN), ctx)
        quoted = quote_block(rng, lang, when, qfrom, qaddr, qr["subject"], "\n\n".join(qparas),
                             from_addr if q.get("sender") == "cand" else ctx["caddr"])
        subject = pick(rng, L.REPLY_PREFIX) + qr["subject"]
    else:
        quoted = ""
    if kind.get("reply_prefix") and not quoted:
        subject = pick(rng, L.REPLY_PREFIX) + subject
    if folder == "INBOX" and rng.random() < fam.get("extern_p", 0.06):
        subject = pick(rng, L.EXTERN_TAGS) + subject
    text = "\n\n".join(paras)
    if footer:
        text += "\n\n" + pick(rng, ["--\n", "____\n", "", "\n"]) + footer
    if quoted:
        text += "\n\n" + quoted
    mode = fam.get("html", "text")
    brand = fill(pick(rng, L.HTML_BRANDS), ctx) if kind.get("company", "co") != "none" else ""
    body_html = None
    if folder == "INBOX" and not quoted and kind.get("html_ok", True):
        r = rng.random()
        if mode == "html" and r < 0.55 or mode == "mixed" and r < 0.2:
            body_html = to_html(paras, footer, rng, brand)
            text = ""
        elif mode in ("html", "mixed") and r < 0.75:
            body_html = to_html(paras, footer, rng, brand)
    company = {"co": co, "none": None, "agency": ctx["agency"]}[kind.get("company", "co")]
    return record(prefix, family, n, folder=folder, lang=kind.get("lang", lang), from_name=from_name,
                  from_addr=from_addr, to_addr=to_addr, subject=subject, body_text=text,
                  body_html=body_html, labels=kind["labels"], company=company,
                  topics=rendered["topics"], outside_control=rendered["outside_control"])


def run(prefix: str, L: Any, rng: random.Random) -> Iterable[dict]:
    for fam_name, fam in L.FAMILIES.items():
        family = f"{prefix}-{fam_name}"
        n = 0
        scale = getattr(L, "SCALE", 1.0)
        for kind_name, count in fam["kinds"].items():
            for _ in range(int(round(count * scale))):
                n += 1
                yield build_one(rng, L, family, n, fam, kind_name, prefix)
