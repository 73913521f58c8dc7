"""Writer w17: recruiting-platform HTML skeletons and their plain-text alternatives.

A ``Mail`` is the content of one message (subject, hidden preheader, blocks, labels); a
``Platform`` is a vendor's template habits (sender, greeting, sign-off, footer, markup style).
``render`` turns both into the HTML body and, depending on the vendor, a text alternative that is
full, shortened, sloppy, a "view in browser" stub, or absent.
"""

from __future__ import annotations

import html as _html
import random
import textwrap
from dataclasses import dataclass, field


@dataclass
class Mail:
    subject: str
    preheader: str = ""
    heading: str = ""
    blocks: list = field(default_factory=list)
    labels: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    oc: list = field(default_factory=list)
    company: str | None = None
    greet: bool = True
    signoff: bool = True


@dataclass
class Platform:
    key: str
    brand: str
    relay: str
    track: str
    senders: list            # format strings for display name
    addrs: list              # format strings for from address
    greetings: list
    signoffs: list
    footers: list            # list of footer lines (format strings)
    skeletons: list          # skeleton names
    ents: list               # entity styles
    textmodes: dict          # mode -> weight
    accent: str = "#1f6feb"
    font: str = "Arial, Helvetica, sans-serif"
    hide_co_body: bool = False
    co_footer: bool = False
    header_co: bool = True
    app_promo: str = ""


# ------------------------------------------------------------------ escaping with varied entities

def esc(text: str, style: str) -> str:
    out = _html.escape(text, quote=False)
    if style == "num":
        out = out.replace("'", "&#8217;").replace("—", "&#8212;").replace("–", "&#8211;")
    elif style == "named":
        out = out.replace("'", "&rsquo;").replace("—", "&mdash;").replace("–", "&ndash;").replace("é", "&eacute;")
    elif style == "nbsp":
        out = out.replace("'", "&#39;").replace(" — ", "&nbsp;&mdash; ").replace(": ", ":&nbsp;")
    elif style == "curly":
        out = out.replace("'", "’")
    elif style == "hexent":
        out = out.replace("'", "&#x2019;").replace("—", "&#x2014;")
    return out


def url(p: Platform, rng: random.Random, kind: str) -> str:
    tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(10, 24)))
    forms = [
        f"https://{p.track}/c/{tok}?u={rng.randint(10000, 99999)}&amp;t={kind}",
        f"https://{p.track}/ls/click?upn={tok}",
        f"https://{p.track}/r/{kind}/{tok}",
        f"https://{p.track}/{tok}",
    ]
    return rng.choice(forms)


# ------------------------------------------------------------------ blocks -> html fragments

def _btn(label: str, href: str, p: Platform, sk: str, e: str) -> str:
    lab = esc(label, e)
    if sk in ("table", "nested"):
        return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0"><tr>'
                f'<td bgcolor="{p.accent}" style="border-radius:4px;padding:12px 22px">'
                f'<a href="{href}" style="color:#ffffff;text-decoration:none;font-weight:bold;font-family:{p.font}">'
                f'{lab}</a></td></tr></table>')
    if sk == "card":
        return f'<p style="text-align:center;margin:24px 0"><a class="btn" href="{href}" style="background:{p.accent};color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">{lab}&nbsp;&rarr;</a></p>'
    if sk == "mso":
        return f'<p class="MsoNormal"><a href="{href}"><b><span style="color:{p.accent}">{lab}</span></b></a><o:p></o:p></p>'
    return f'<a href="{href}" style="color:{p.accent}">{lab}</a><br><br>'


def _block_html(b: tuple, p: Platform, sk: str, e: str, rng: random.Random) -> str:
    kind = b[0]
    if kind == "p":
        t = esc(b[1], e).replace("\n", "<br>\n")
        if sk == "mso":
            return f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:Calibri,sans-serif">{t}</span><o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        if sk == "plainish":
            return t + "<br>\n<br>"
        if sk == "table" and rng.random() < 0.3:
            return f'<tr><td style="padding:0 32px 14px 32px;font-family:{p.font};font-size:15px;line-height:22px;color:#333">{t}</td></tr>'
        return f'<p style="margin:0 0 14px 0;line-height:1.5">{t}</p>'
    if kind == "btn":
        return _btn(b[1], b[2], p, sk, e)
    if kind == "banner":
        return (f'<table role="presentation" width="100%" style="margin:0 0 18px 0"><tr><td style="background:#fff4d6;border:1px solid #f0d48a;'
                f'padding:10px 14px;font-size:13px;color:#6b5200">{esc(b[1], e)}</td></tr></table>')
    if kind == "note":
        title, body = esc(b[1], e), esc(b[2], e).replace("\n", "<br>\n")
        if sk == "mso":
            return f'<p class="MsoNormal"><b>{title}</b><br>{body}<o:p></o:p></p>'
        return (f'<table role="presentation" width="100%" style="background:#f6f8fa;border-left:4px solid {p.accent};margin:10px 0">'
                f'<tr><td style="padding:12px 16px"><strong>{title}</strong><br>\n{body}</td></tr></table>')
    if kind == "facts":
        rows = "".join(f'<tr><td style="color:#777;padding:4px 12px 4px 0">{esc(k, e)}</td><td style="padding:4px 0"><b>{esc(v, e)}</b></td></tr>' for k, v in b[1])
        return f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px 0;font-size:14px">{rows}</table>'
    if kind == "list":
        items = "".join(f"<li>{esc(x, e)}</li>" for x in b[1])
        return f'<ul style="padding-left:20px">{items}</ul>'
    if kind == "jobs":
        cells = []
        for title, co, city, href in b[1]:
            cells.append(f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="{href}" style="font-weight:bold;color:{p.accent};text-decoration:none">{esc(title, e)}</a><br>'
                         f'<span style="color:#555">{esc(co, e)} &middot; {esc(city, e)}</span></td></tr>')
        return f'<table role="presentation" width="100%">{"".join(cells)}</table>'
    if kind == "banner":
        return b[1]
    if kind == "steps":
        parts = []
        for name, state in b[1]:
            mark = {"done": "&#10003;", "now": "&#9679;", "todo": "&#9675;"}[state]
            parts.append(f'<td align="center" style="font-size:12px;color:{"#111" if state != "todo" else "#aaa"}">{mark}<br>{esc(name, e)}</td>')
        return f'<table role="presentation" width="100%" style="margin:12px 0"><tr>{"".join(parts)}</tr></table>'
    raise ValueError(kind)


def _block_text(b: tuple, mode: str, rng: random.Random) -> str:
    kind = b[0]
    if kind == "p":
        return b[1]
    if kind == "btn":
        href = _html.unescape(b[2])
        if mode == "short":
            return href
        return rng.choice([f"{b[1]}: {href}", f"{b[1]} <{href}>", f"[{b[1]}]({href})", f"{b[1].upper()}\n{href}"])
    if kind == "note":
        return f"{b[1]}\n{b[2]}"
    if kind == "facts":
        return "\n".join(f"{k}: {v}" for k, v in b[1])
    if kind == "list":
        return "\n".join(f"{'*' if mode == 'sloppy' else '-'} {x}" for x in b[1])
    if kind == "jobs":
        return "\n\n".join(f"{t}\n{c} - {ci}\n{_html.unescape(h)}" for t, c, ci, h in b[1])
    if kind == "steps":
        return " > ".join(f"{n}{' (current)' if s == 'now' else ''}" for n, s in b[1])
    return ""


# ------------------------------------------------------------------ skeletons

def _wrap(sk: str, p: Platform, rng: random.Random, co_header: str, pre: str, heading: str,
          inner: list[str], foot: list[str], e: str) -> str:
    pre_html = ""
    if pre:
        pre_html = rng.choice([
            f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{esc(pre, e)}{"&nbsp;&zwnj;" * rng.randint(3, 12)}</div>',
            f'<span class="preheader" style="display:none!important;visibility:hidden;opacity:0;color:transparent;height:0;width:0">{esc(pre, e)}</span>',
        ])
    logo = f'<img src="https://{p.track}/assets/logo/{rng.randint(100, 999)}.png" alt="{esc(co_header, "plain")}" height="32" style="display:block;border:0">'
    h = f'<h1 style="font-size:22px;margin:0 0 16px 0;color:#111">{esc(heading, e)}</h1>' if heading else ""
    body = "\n".join(inner)
    fl = "<br>\n".join(esc(x, e) if not x.startswith("<") else x for x in foot)
    if sk == "table":
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                f'<title>{esc(heading or co_header, e)}</title></head>\n<body style="margin:0;padding:0;background:#eef1f4">{pre_html}\n'
                f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#eef1f4"><tr><td align="center">\n'
                f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="max-width:600px">\n'
                f'<tr><td style="background:{p.accent};padding:18px 32px;color:#fff;font:bold 18px {p.font}">{esc(co_header, e) if co_header else logo}</td></tr>\n'
                f'<tr><td style="padding:28px 32px 6px 32px;font-family:{p.font};font-size:15px;color:#333">{h}\n{body}\n</td></tr>\n'
                f'<tr><td style="padding:20px 32px;background:#f7f7f7;font:12px/18px {p.font};color:#888">{fl}</td></tr>\n'
                f'</table></td></tr></table></body></html>')
    if sk == "nested":
        return (f'<html><body>{pre_html}<center><table width="100%" style="background:#fafafa"><tr><td>'
                f'<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:14px">{logo}</td></tr>'
                f'<tr><td><table width="100%" style="background:#fff;border:1px solid #e3e3e3">'
                f'<tr><td style="padding:10px 24px;font-size:11px;text-transform:uppercase;letter-spacing:1px;color:#999">{esc(p.brand, e)} &bull; {esc(co_header, e)}</td></tr>'
                f'<tr><td style="padding:8px 24px 24px 24px;font-family:{p.font}">{h}{body}</td></tr></table></td></tr>'
                f'<tr><td style="padding:16px;font-size:11px;color:#9a9a9a;font-family:{p.font}">{fl}</td></tr>'
                f'</table></td></tr></table></center></body></html>')
    if sk == "card":
        return (f'<html><head><style>body{{font-family:{p.font};background:#f4f4f8}} .card{{max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:32px}} '
                f'.foot{{max-width:560px;margin:0 auto;font-size:12px;color:#8a8a8a}}</style></head><body>{pre_html}\n'
                f'<div class="card">\n<div style="font-weight:600;color:{p.accent};margin-bottom:20px">{esc(co_header, e)}</div>{h}\n{body}\n</div>\n'
                f'<div class="foot">{fl}</div></body></html>')
    if sk == "mso":
        return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                f'<style>p.MsoNormal{{margin:0cm;font-size:11.0pt}}</style></head><body lang="EN-GB"><div class="WordSection1">\n'
                f'{body}\n<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">{fl}</span></p></div></body></html>')
    if sk == "mjml":
        return (f'<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><!--[if !mso]><!--><meta http-equiv="X-UA-Compatible" content="IE=edge"><!--<![endif]-->'
                f'<style type="text/css">#outlook a{{padding:0}} .mj-column-per-100{{width:100%!important}} @media only screen and (max-width:480px){{.mj-full{{width:100%!important}}}}</style></head>'
                f'<body style="word-spacing:normal;background-color:#F2F2F2">{pre_html}<div style="background-color:#F2F2F2">'
                f'<!--[if mso | IE]><table align="center" border="0" cellpadding="0" cellspacing="0" style="width:600px" width="600"><tr><td><![endif]-->'
                f'<div style="margin:0px auto;max-width:600px"><div class="mj-column-per-100" style="font-size:0px;text-align:left;direction:ltr;display:inline-block;vertical-align:top;width:100%">'
                f'<div style="padding:20px 25px;font-family:{p.font};font-size:20px;font-weight:bold;color:{p.accent}">{esc(co_header, e) or logo}</div>'
                f'<div style="background:#ffffff;padding:24px 25px;font-family:{p.font};font-size:14px;line-height:22px;color:#222">{h}{body}</div>'
                f'<div style="padding:16px 25px;font-family:{p.font};font-size:11px;line-height:16px;color:#999">{fl}</div>'
                f'</div></div><!--[if mso | IE]></td></tr></table><![endif]--></div></body></html>')
    # plainish: barely formatted html
    return f'<html><body style="font-family:{p.font};font-size:14px">{pre_html}{h}\n{body}\n<hr style="border:0;border-top:1px solid #ddd">\n<font size="1" color="#999">{fl}</font></body></html>'


BANNERS = ["There's an update on your application.", "You have 1 new message.", "Reminder: keep your contact details up to date.",
           "Tip: add jobs@ to your contacts so our emails don't land in spam.", "Our offices are closed on public holidays; replies may be slower.",
           "New: track every application in the mobile app.", "This email contains information about your candidacy."]


def render(mail: Mail, p: Platform, rng: random.Random, ctx: dict) -> tuple[str, str]:
    """Return (body_text, body_html) for the mail in platform p's template style."""
    sk = rng.choice(p.skeletons)
    e = rng.choice(p.ents)
    greet = rng.choice(p.greetings).format(**ctx) if mail.greet else ""
    sign = rng.choice(p.signoffs).format(**ctx) if mail.signoff else ""
    foot = [(rng.choice(f) if isinstance(f, list) else f).format(**ctx) for f in p.footers if rng.random() < 0.85]
    if p.co_footer and ctx.get("co"):
        foot.insert(0, rng.choice([
            "You are receiving this email because you applied for a position at {co}.",
            "This message was sent on behalf of {co}.",
            "{co} uses {brand} to manage its recruitment.",
            "Sent by {co} via {brand}.",
        ]).format(**ctx))
    if p.app_promo and rng.random() < 0.6:
        foot.append(p.app_promo)
    co_header = ctx.get("co_header", "")
    blocks, seen = [], set()
    for b in mail.blocks:  # a bank drawn twice must not repeat a sentence
        key = (b[0], str(b[1:]))
        if b[0] in ("p", "note") and key in seen:
            continue
        seen.add(key)
        blocks.append(b)
    inner = []
    if greet:
        inner.append(_block_html(("p", greet), p, sk, e, rng))
    for b in blocks:
        inner.append(_block_html(b, p, sk, e, rng))
    if sign:
        inner.append(_block_html(("p", sign), p, sk, e, rng))
    role = ctx.get("role", "")
    if role and rng.random() < 0.35:
        tag = rng.choice(["strong", "b", "span style=\"font-weight:600\""])
        inner = [x.replace(esc(role, e), f"<{tag}>{esc(role, e)}</{tag.split()[0]}>") if "href=" not in x else x for x in inner]
    if mail.blocks and not ctx.get("no_banner") and rng.random() < 0.2:
        inner.insert(0, _block_html(("banner", rng.choice(BANNERS)), p, sk, e, rng))
    if sk == "table" and any(x.startswith("<tr>") for x in inner):
        # rows must sit in a table of their own inside the content cell
        inner = [f'<table role="presentation" width="100%">{x}</table>' if x.startswith("<tr>") else x for x in inner]
    html_body = _wrap(sk, p, rng, co_header, mail.preheader, mail.heading, inner, foot, e)

    mode = rng.choices(list(p.textmodes), weights=list(p.textmodes.values()))[0]
    if mode == "none":
        return "", html_body
    if mode == "stub":
        return rng.choice(["View this email in your browser.", "Open in browser: " + f"https://{p.track}/v/{rng.randint(1000, 9999)}",
                           "This message is best viewed in HTML."]), html_body
    parts: list[str] = []
    if mode == "sloppy" and mail.heading:
        parts.append(mail.heading.upper())
    if greet and mode != "short":
        parts.append(greet)
    for b in blocks:
        t = _block_text(b, mode, rng)
        if t:
            parts.append(t)
    if sign and mode != "short":
        parts.append(sign)
    if mode in ("full", "sloppy"):
        parts.append(("-" * rng.choice([2, 10, 30])) + "\n" + "\n".join(_html.unescape(x) for x in foot if not x.startswith("<")))
    text = "\n\n".join(parts)
    if mode == "sloppy":
        text = "\n".join(textwrap.fill(line, 72) if len(line) > 72 and "http" not in line else line for line in text.split("\n"))
    while len(text) > 1950:
        cut = text.rfind("\n", 0, 1900)
        text = text[:cut if cut > 0 else 1900]
    return text, html_body
