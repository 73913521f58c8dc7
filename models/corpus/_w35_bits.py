"""Shared framing for w35 generators: one generic frame driven by a per-family style dict.

What: wraps a content piece in greeting, sign-off, signature, footer, quoted history and
(optionally) HTML, then hands it to the Writer. When: called by each gen_w35_*.py per record.
"""

from __future__ import annotations

import random

from _w35_kit import Writer, gt_quote, pick, to_html


def frame(rng: random.Random, ctx: dict, piece: dict, writer: Writer, fam: str, style: dict) -> None:
    """Assemble one record. style keys: sender(rng, ctx)->(name, addr), greet, signoff, sig(rng, ctx),
    footer, html_only, html_alt, quote_head(rng, ctx, who)->str, fwd_head(rng, ctx)->str, post(text)->text."""
    sent = piece.get("folder") == "Sent"
    fill = dict(ctx)
    post = style.get("post", lambda t: t)
    if piece.get("raw"):
        body = piece["body"].format_map(fill)
    else:
        parts = []
        greet = piece.get("greet") or (pick(rng, style["sent_greet"]) if sent else pick(rng, style["greet"]))
        if greet and rng.random() > 0.08:
            parts.append(greet.format_map(fill))
        parts.append(piece["body"].format_map(fill))
        if sent:
            parts.append(pick(rng, style["sent_signoff"]).format_map(fill) + "\n" + ctx["cand_sign"])
        else:
            so = pick(rng, style["signoff"]).format_map(fill)
            sig = piece["sig"].format_map(fill) if "sig" in piece else style["sig"](rng, ctx)
            parts.append(so + ("\n" + sig if sig else ""))
            if "sig" not in piece and style["footer"] and rng.random() < style.get("footer_p", 0.5):
                parts.append(pick(rng, style["footer"]).format_map(fill))
        body = "\n\n".join(p for p in parts if p)
    if piece.get("quoted"):
        who = piece.get("quoted_who", "cand" if not sent else "emp")
        head = style["quote_head"](rng, ctx, who)
        qtext = piece["quoted"].format_map(fill)
        if head.startswith("-----") or head.startswith("________"):
            body = body + "\n\n" + head + "\n\n" + qtext
        else:
            body = body + "\n\n" + head + "\n" + gt_quote(qtext)
    body = post(body)
    subject = post(piece["subject"].format_map(fill))
    if sent:
        from_name, from_addr = ctx["cand_full"], ctx["cand_addr"]
        to_addr = piece.get("to") or ctx["emp_addr"]
    elif piece.get("sender"):
        from_name, from_addr = piece["sender"]
        to_addr = ctx["cand_addr"]
    else:
        from_name, from_addr = style["sender"](rng, ctx)
        to_addr = ctx["cand_addr"]
    body_html = None
    body_text = body
    r = rng.random()
    mode = piece.get("html")
    if mode == "only" or (mode is None and not sent and r < style.get("html_only", 0.1)):
        body_html, body_text = to_html(body, rng, ctx["lang"]), ""
    elif mode == "alt" or (mode is None and not sent and r < style.get("html_only", 0.1) + style.get("html_alt", 0.15)):
        body_html = to_html(body, rng, ctx["lang"])
    writer.add(
        fam,
        folder="Sent" if sent else "INBOX",
        from_name=from_name,
        from_addr=from_addr,
        to_addr=to_addr,
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        labels=piece.get("labels", ()),
        company=piece.get("company"),
        topics=piece.get("topics", ()),
        outside_control=piece.get("oc", ()),
    )


def P(subject: str, body: str, labels=(), company=None, **kw) -> dict:
    """A content piece."""
    d = {"subject": subject, "body": body, "labels": list(labels), "company": company}
    d.update(kw)
    return d


def feedback_block(rng: random.Random, bank: dict, praise: list, joiners: list, lo: int = 1, hi: int = 2):
    """Pick weakness topics and phrase them; returns (text, topics)."""
    topics = rng.sample(sorted(bank), rng.randint(lo, hi))
    sents = [pick(rng, bank[t]) for t in topics]
    lead = pick(rng, praise) if praise and rng.random() < 0.75 else ""
    text = " ".join(s for s in [lead] + [(pick(rng, joiners) + " " if i and joiners and rng.random() < 0.4 else "") + s for i, s in enumerate(sents)] if s)
    return text.strip(), topics
