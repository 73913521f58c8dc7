"""Shared assembly for writer w29 (organised hiring in it/nl/pt/pl/sv/da/no and their English).

Each language bank (``_w29_lang_<xx>.py``) is a dict of fragment lists; this module turns a bank,
a sender family and a message kind into one corpus record. Only the caller's ``rng`` is used.
"""

from __future__ import annotations

import html
import random
import re
import unicodedata

_COUNTERS: dict[str, int] = {}

# message kinds -> (labels, weight); weights give the label mix asked for in the brief
KINDS: list[tuple[str, float]] = [
    ("rej", 6.5), ("rej_fb", 5.5), ("inv", 8.5), ("ack", 6.0), ("ack_inv", 2.0),
    ("rej_inv", 1.8), ("offer", 5.5), ("fb_reply", 1.8), ("neg", 31.0),
]
SENT_KINDS: list[tuple[str, float]] = [("fbreq", 42.0), ("neg_sent", 58.0)]

TOPIC_NAMES = ["coding", "system_design", "technical_depth", "behavioural", "communication",
               "questions_to_ask", "composure", "experience_level", "collaboration", "cv_positioning"]
REASON_NAMES = ["role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled"]


def weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"\b(spa|s\.p\.a\.|bv|b\.v\.|nv|n\.v\.|sa|s\.a\.|ltda|sp\. z o\.o\.|ab|a/s|asa|as)\b", "", t)
    return re.sub(r"[^a-z0-9]+", "", t)[:22] or "mail"


def fill(text: str, ctx: dict) -> str:
    return text.format(**ctx)


def pick(rng: random.Random, xs: list, ctx: dict | None = None) -> str:
    s = rng.choice(xs)
    return fill(s, ctx) if ctx is not None else s


def to_html(body: str, rng: random.Random, brand: str) -> str:
    paras = [p for p in body.split("\n\n") if p.strip()]
    colour = rng.choice(["#004b87", "#1d3c34", "#7a1f2b", "#333333", "#0b6e4f", "#5a2d82"])
    inner = "".join(
        f"<p style=\"margin:0 0 12px 0\">{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras
    )
    if rng.random() < 0.5:
        return (f"<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
                f"<div style=\"border-top:4px solid {colour};padding:16px\">"
                f"<div style=\"font-weight:bold;color:{colour};font-size:18px\">{html.escape(brand)}</div>"
                f"{inner}</div></body></html>")
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            f"<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\"><tr>"
            f"<td style=\"background:{colour};color:#fff;padding:10px\">{html.escape(brand)}</td></tr>"
            f"<tr><td style=\"padding:20px;font-family:Helvetica,Arial\">{inner}</td></tr></table></body></html>")


def quote_block(rng: random.Random, B: dict, text: str, who: str, addr: str, subj: str, date: str) -> str:
    if rng.random() < 0.55:
        head = fill(rng.choice(B["quote_head"]), {"date": date, "name": who, "addr": addr})
        lines = "\n".join("> " + ln if ln else ">" for ln in text.strip().split("\n"))
        return f"{head}\n{lines}"
    o = B["outlook"]
    return (f"{o[0]}: {who} <{addr}>\n{o[1]}: {date}\n{o[2]}: {B.get('_me_placeholder', '')}\n"
            f"{o[3]}: {subj}\n\n{text.strip()}").replace(f"{o[2]}: \n", "")


class Writer:
    """Builds records for one language bank and one writer prefix."""

    def __init__(self, prefix: str, bank: dict, lang: str):
        self.prefix = prefix
        self.B = bank
        self.lang = lang
        self.counter = _COUNTERS  # shared: one family may span several language writers

    # ---------- context ----------
    def person(self, rng: random.Random) -> tuple[str, str]:
        return rng.choice(self.B["first"]), rng.choice(self.B["last"])

    def context(self, rng: random.Random, company: dict) -> dict:
        B = self.B
        cf, cl = self.person(rng)
        rf, rl = self.person(rng)
        day = rng.randint(1, 28)
        month = rng.randint(1, 12)
        ctx = {
            "first": cf, "last": cl, "full": f"{cf} {cl}",
            "rname": f"{rf} {rl}", "rfirst": rf,
            "company": company["name"], "domain": company["domain"],
            "role": rng.choice(company.get("roles") or B["roles"]),
            "req": rng.choice(B["req_fmt"]).format(n=rng.randint(1000, 99999), y=rng.choice([2025, 2026])),
            "date": B["date_fmt"](day, month, rng),
            "date2": B["date_fmt"](min(28, day + rng.randint(1, 5)), month, rng),
            "time": f"{rng.choice([8, 9, 10, 11, 13, 14, 15, 16])}:{rng.choice(['00', '15', '30', '45'])}",
            "place": rng.choice(B["places"]),
            "link": f"https://{rng.choice(['teams.microsoft.com/l/meetup-join/', 'meet.google.com/', 'zoom.us/j/'])}"
                    f"{rng.randint(100000, 999999)}{rng.choice(['abc', 'kqx', 'tmr', 'pfz', 'wjn'])}",
            "booking": f"https://{company['domain']}/{rng.choice(B['booking_paths'])}/{rng.randint(10000, 99999)}",
            "days": rng.choice([2, 3, 5, 7, 10, 14]),
            "salary": rng.choice(B["salaries"]),
            "start": B["date_fmt"](1, rng.randint(1, 12), rng),
            "dur": rng.choice([30, 45, 60, 90]),
            "rtitle": rng.choice(B["hr_titles"]),
        }
        ctx["cand_email"] = (slug(cf) + rng.choice([".", "_", ""]) + slug(cl)
                             + rng.choice(["", "", str(rng.randint(70, 99))]) + "@" + rng.choice(B["mail_hosts"]))
        return ctx

    # ---------- building blocks ----------
    def greet(self, rng, ctx) -> str:
        return pick(rng, self.B["greet"], ctx)

    def close(self, rng, ctx, sig: str) -> str:
        return pick(rng, self.B["signoff"], ctx) + "\n" + sig

    def rejection_paras(self, rng, ctx, reasons: list[str], soft_nofb: bool) -> list[str]:
        B = self.B
        out = [pick(rng, B["rej_open"], ctx)]
        core = pick(rng, B["rej_core"], ctx)
        if reasons:
            rs = " ".join(pick(rng, B["rej_reason"][r], ctx) for r in reasons)
            core = rs + " " + pick(rng, B["rej_core_short"], ctx) if rng.random() < 0.5 else core + " " + rs
        out.append(core)
        if soft_nofb and rng.random() < 0.45:
            out.append(pick(rng, B["many_strong"], ctx))
        out.append(pick(rng, B["rej_close"], ctx))
        return out

    def feedback_paras(self, rng, ctx, topics: list[str]) -> list[str]:
        B = self.B
        parts = [pick(rng, B["fb_intro"], ctx)]
        if rng.random() < 0.7:
            parts.append(pick(rng, B["fb_praise"], ctx))
        for t in topics:
            parts.append(pick(rng, B["fb_topic"][t], ctx))
        if rng.random() < 0.3:
            return [parts[0] + "\n\n" + "\n".join("- " + p for p in parts[1:])]
        return [" ".join(parts)]

    def invite_paras(self, rng, ctx) -> list[str]:
        B = self.B
        out = [pick(rng, B["inv_core"], ctx)]
        if rng.random() < 0.7:
            out.append(pick(rng, B["inv_detail"], ctx))
        out.append(pick(rng, B["inv_close"], ctx))
        return out

    # ---------- record ----------
    def record(self, rng, family: str, folder: str, from_name: str, from_addr: str, to_addr: str,
               subject: str, body: str, labels: list[str], company: str | None,
               topics: list[str] | None = None, reasons: list[str] | None = None,
               html_mode: str = "text", brand: str = "") -> dict:
        fam = family
        n = self.counter.get(fam, 0) + 1
        self.counter[fam] = n
        body_html = None
        text = body
        if html_mode == "html_only":
            body_html, text = to_html(body, rng, brand or (company or "")), ""
        elif html_mode == "both":
            body_html = to_html(body, rng, brand or (company or ""))
        order = ["rejection", "feedback", "application_ack", "interview_invite", "offer", "feedback_request"]
        labels = sorted(set(labels), key=order.index)
        return {
            "id": f"{fam}-{n}", "family": fam, "folder": folder, "lang": self.lang,
            "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
            "body_text": text, "body_html": body_html, "labels": labels, "company": company,
            "topics": sorted(set(topics or [])) if "feedback" in labels else [],
            "outside_control": sorted(set(reasons or [])) if "rejection" in labels else [],
        }


def choose_topics(rng: random.Random) -> list[str]:
    k = rng.choice([1, 1, 2, 2, 2, 3])
    return rng.sample(TOPIC_NAMES, k)


def choose_reasons(rng: random.Random) -> list[str]:
    x = rng.random()
    if x < 0.5:
        return []
    if x < 0.9:
        return [rng.choice(REASON_NAMES)]
    return rng.sample(REASON_NAMES, 2)


def compatible_reasons(rng: random.Random) -> list[str]:
    x = rng.random()
    if x < 0.5:
        return []
    if x < 0.9:
        return [rng.choice(REASON_NAMES)]
    return list(rng.choice([("closer_fit", "level_mismatch"), ("budget_freeze", "role_cancelled"),
                            ("role_filled", "closer_fit")]))


def core_paras(W: Writer, B: dict, rng: random.Random, kind: str, ctx: dict,
               topics: list[str], reasons: list[str]) -> list[str]:
    """The decisive middle of a labelled message, in bank B's language."""
    if kind == "rej":
        return W.rejection_paras(rng, ctx, reasons, soft_nofb=True)
    if kind == "rej_fb":
        paras = W.rejection_paras(rng, ctx, reasons, soft_nofb=False)
        fb = W.feedback_paras(rng, ctx, topics)
        return paras[:2] + fb + paras[2:]
    if kind == "inv":
        paras = W.invite_paras(rng, ctx)
        if rng.random() < 0.6:
            paras.insert(0, pick(rng, B["inv_open"], ctx))
        return paras
    if kind == "ack":
        return [pick(rng, B["ack_core"], ctx), pick(rng, B["ack_next"], ctx)]
    if kind == "ack_inv":
        return [pick(rng, B["ack_core"], ctx), pick(rng, B["ack_test"], ctx), pick(rng, B["inv_close"], ctx)]
    if kind == "rej_inv":
        c2 = dict(ctx)
        c2["role"] = ctx["role2"]
        return [pick(rng, B["rej_open"], ctx), pick(rng, B["rej_core"], ctx),
                pick(rng, B["other_role"], ctx), pick(rng, B["inv_detail"], c2), pick(rng, B["inv_close"], c2)]
    if kind == "offer":
        out = [pick(rng, B["offer_core"], ctx)]
        if rng.random() < 0.75:
            out.append(pick(rng, B["offer_detail"], ctx))
        out.append(pick(rng, B["offer_close"], ctx))
        return out
    if kind == "rej_cancel":
        return [pick(rng, B["cancel_interview"], ctx), pick(rng, B["rej_close"], ctx)]
    if kind == "inv_resched":
        return [pick(rng, B["reschedule"], ctx), pick(rng, B["inv_close"], ctx)]
    if kind == "fb_reply":
        return [pick(rng, B["fb_reply_open"], ctx)] + W.feedback_paras(rng, ctx, topics) + [
            pick(rng, B["fb_reply_close"], ctx)]
    raise ValueError(kind)


def sender(W: Writer, B: dict, rng: random.Random, ftype: str, ctx: dict, company: dict) -> dict:
    """Display name, address, signature, footer and HTML habit of one sender family type."""
    if ftype == "ats":
        vname, vdom = rng.choice(B["ats_vendors"])
        name = pick(rng, B["ats_from"], dict(ctx, vendor=vname))
        addr = rng.choice(["noreply", "no-reply", "notifications", "jobs-noreply"]) + f"@{vdom}"
        sig = pick(rng, B["team_sig"], ctx)
        foot = pick(rng, B["auto_footer"], dict(ctx, vendor=vname))
        if rng.random() < 0.6:
            foot += "\n\n" + pick(rng, B["privacy"], ctx)
        return {"name": name, "addr": addr, "sig": sig, "foot": foot, "html": 0.45, "brand": company["name"]}
    if ftype == "agency":
        aname, adom = ctx["agency"]
        name = ctx["rname"] if rng.random() < 0.7 else f"{ctx['rname']} | {aname}"
        addr = f"{slug(ctx['rname'].split()[0])}.{slug(ctx['rname'].split()[-1])}@{adom}"
        sig = f"{ctx['rname']}\n{pick(rng, B['agency_titles'])}\n{aname}"
        if rng.random() < 0.5:
            sig += f"\n{pick(rng, B['phone_fmt'])}".format(n=rng.randint(1000000, 9999999))
        foot = pick(rng, B["privacy"], dict(ctx, domain=adom)) if rng.random() < 0.5 else ""
        return {"name": name, "addr": addr, "sig": sig, "foot": foot, "html": 0.2, "brand": aname}
    # hr / public
    if rng.random() < 0.5:
        name = pick(rng, B["hr_from"], ctx)
        addr = rng.choice(B["hr_locals"]) + "@" + company["domain"]
        sig = pick(rng, B["team_sig"], ctx)
    else:
        name = ctx["rname"]
        addr = f"{slug(ctx['rname'].split()[0])}.{slug(ctx['rname'].split()[-1])}@{company['domain']}"
        sig = f"{ctx['rname']}\n{ctx['rtitle']}\n{company['name']}"
        if rng.random() < 0.5:
            sig += f"\n{pick(rng, B['phone_fmt'])}".format(n=rng.randint(1000000, 9999999))
    foot = ""
    r = rng.random()
    if r < 0.5:
        foot = pick(rng, B["privacy"], ctx)
    elif r < 0.7:
        foot = pick(rng, B["auto_footer"], dict(ctx, vendor=company["name"]))
    return {"name": name, "addr": addr, "sig": sig, "foot": foot, "html": 0.25 if ftype == "hr" else 0.15,
            "brand": company["name"]}


def html_mode(rng: random.Random, p: float) -> str:
    x = rng.random()
    if x < p * 0.45:
        return "html_only"
    if x < p:
        return "both"
    return "text"


def assemble(greet: str, paras: list[str], close: str, foot: str) -> str:
    body = greet + "\n\n" + "\n\n".join(p for p in paras if p) + "\n\n" + close
    if foot:
        body += "\n\n" + rng_sep(foot) + foot
    return body


def rng_sep(foot: str) -> str:
    # a stable separator choice derived from the footer text (no randomness outside rng needed)
    return ["--\n", "____________________\n", "", "---\n"][len(foot) % 4]


def generate_family(W: Writer, rng: random.Random, family: str, ftype: str, companies: list[dict], n: int,
                    en_bank: dict | None = None, en_writer: "Writer | None" = None,
                    bilingual_p: float = 0.0) -> list[dict]:
    """Generate n records of one family (a sender type within one language)."""
    B = W.B
    out = []
    for _ in range(n):
        company = rng.choice(companies)
        ctx = W.context(rng, company)
        ctx["role2"] = rng.choice([r for r in (company.get("roles") or B["roles"]) if r != ctx["role"]]
                                  or B["roles"])
        if ftype == "agency":
            ctx["agency"] = rng.choice(B["agencies"])
            ctx["agency_name"] = ctx["agency"][0]
        if ftype == "sent":
            out.append(sent_record(W, rng, family, company, ctx))
            continue
        kind = weighted(rng, KINDS)
        if kind in ("rej", "inv") and "cancel_interview" in B and rng.random() < 0.14:
            kind = "rej_cancel" if kind == "rej" else "inv_resched"
        if kind == "neg":
            rec = neg_record(W, rng, family, ftype, company, ctx)
            if rec is not None:
                out.append(rec)
                continue
            kind = "rej"
        topics = choose_topics(rng) if kind in ("rej_fb", "fb_reply") else []
        if kind == "rej_fb" and rng.random() < 0.06:
            topics = []  # praise-only feedback, kept rare
        reasons = compatible_reasons(rng) if kind in ("rej", "rej_fb") else []
        if kind == "rej_cancel":
            reasons = [rng.choice(["role_filled", "role_cancelled"])]
            rt = pick(rng, B["rej_reason"][reasons[0]], ctx)
            ctx = dict(ctx, reason_txt=rt, reason_low=rt[0].lower() + rt[1:])
        if kind == "rej_inv":
            reasons = []
        labels = {"rej": ["rejection"], "rej_fb": ["rejection", "feedback"], "inv": ["interview_invite"],
                  "ack": ["application_ack"], "ack_inv": ["application_ack", "interview_invite"],
                  "rej_inv": ["rejection", "interview_invite"], "offer": ["offer"],
                  "fb_reply": ["feedback"], "rej_cancel": ["rejection"],
                  "inv_resched": ["interview_invite"]}[kind]
        if kind == "rej_fb" and not topics:
            paras = core_paras(W, B, rng, "rej", ctx, [], reasons)
            paras.insert(2, pick(rng, B["fb_praise_only"], ctx))
        else:
            paras = core_paras(W, B, rng, kind, ctx, topics, reasons)
        s = sender(W, B, rng, ftype, ctx, company)
        subj = pick(rng, B["subj"][kind], ctx) if kind in B["subj"] else pick(
            rng, B["subj"]["rej" if kind == "rej_cancel" else "inv"], ctx)
        if kind in ("rej_cancel", "inv_resched") and rng.random() < 0.5:
            subj = "Re: " + pick(rng, B["subj"]["inv"], ctx)
        body = assemble(W.greet(rng, ctx), paras, W.close(rng, ctx, s["sig"]), "")
        lang_first = W
        if en_bank is not None and en_writer is not None and rng.random() < bilingual_p:
            en_ctx = dict(ctx)
            en_kind = kind if kind != "rej_fb" or topics else "rej"
            if en_kind in ("rej_cancel", "inv_resched"):
                en_kind = "rej" if en_kind == "rej_cancel" else "inv"
            en_paras = core_paras(en_writer, en_bank, rng, en_kind,
                                  en_ctx, topics, reasons)
            body += "\n\n" + pick(rng, B["english_below"]) + "\n\n" + assemble(
                en_writer.greet(rng, en_ctx), en_paras, en_writer.close(rng, en_ctx, s["sig"]), "")
        if s["foot"]:
            body += "\n\n" + rng_sep(s["foot"]) + s["foot"]
        if kind == "fb_reply":
            subj = "Re: " + pick(rng, B["subj"]["rej"], ctx) if rng.random() < 0.7 else subj
            req = pick(rng, B["fbreq"], ctx)
            body += "\n\n" + quote_block(rng, B, req, ctx["full"], ctx["cand_email"], subj, ctx["date"])
        out.append(lang_first.record(rng, family, "INBOX", s["name"], s["addr"], ctx["cand_email"], subj, body,
                                     labels, company["name"], topics, reasons,
                                     html_mode(rng, s["html"]), s["brand"]))
    return out


def neg_record(W: Writer, rng: random.Random, family: str, ftype: str, company: dict, ctx: dict):
    B = W.B
    pool = [t for t in B["neg"] if ftype in t.get("types", "hr ats agency public board")]
    if not pool:
        return None
    t = rng.choice(pool)
    ctx = dict(ctx)
    paras = [pick(rng, p, ctx) if isinstance(p, list) else fill(p, ctx) for p in t["body"]]
    subj = pick(rng, t["subj"], ctx)
    if t.get("sender"):
        name, addr = (fill(x, ctx) for x in rng.choice(t["sender"]))
        local, _, host = addr.partition("@")
        addr = (slug(local) if "{" in str(t["sender"]) else local) + "@" + host
        sig = name
        foot = pick(rng, B["unsub"], ctx) if t.get("unsub") else ""
        hp = 0.5 if t.get("unsub") else 0.15
        brand = name
    else:
        s = sender(W, B, rng, ftype, ctx, company)
        name, addr, sig, foot, hp, brand = s["name"], s["addr"], s["sig"], s["foot"], s["html"], s["brand"]
    greet = W.greet(rng, ctx) if not t.get("nogreet") else ""
    close = W.close(rng, ctx, sig) if not t.get("noclose") else sig
    body = (greet + "\n\n" if greet else "") + "\n\n".join(paras) + "\n\n" + close
    if foot:
        body += "\n\n" + rng_sep(foot) + foot
    if t.get("quote"):
        q = pick(rng, B[t["quote"]], ctx)
        subj_q = subj
        body += "\n\n" + quote_block(rng, B, q, ctx["full"], ctx["cand_email"], subj_q, ctx["date"])
    comp = company["name"] if t.get("company", True) else None
    if ftype == "agency" and t.get("company", True) and t.get("agency_null"):
        comp = None
    return W.record(rng, family, "INBOX", name, addr, ctx["cand_email"], subj, body, [], comp,
                    html_mode=html_mode(rng, hp), brand=brand)


def sent_record(W: Writer, rng: random.Random, family: str, company: dict, ctx: dict) -> dict:
    B = W.B
    kind = weighted(rng, SENT_KINDS)
    to_addr = rng.choice(B["hr_locals"]) + "@" + company["domain"] if rng.random() < 0.5 else \
        f"{slug(ctx['rname'].split()[0])}.{slug(ctx['rname'].split()[-1])}@{company['domain']}"
    my_sig = rng.choice([ctx["first"], ctx["full"], f"{ctx['full']}\n{pick(rng, B['phone_fmt'])}".format(
        n=rng.randint(1000000, 9999999)), f"{ctx['first']} {ctx['last'][0]}."])
    if kind == "fbreq":
        orig_subj = pick(rng, B["subj"]["rej"], ctx)
        subj = rng.choice(["Re: ", "RE: ", "Re: ", "AW: " if W.lang == "nl" else "Re: "]) + orig_subj if rng.random() < 0.75 else pick(
            rng, B["fbreq_subj"], ctx)
        body = pick(rng, B["fbreq"], ctx) + "\n\n" + my_sig
        if rng.random() < 0.7:
            orig = W.greet(rng, ctx) + "\n\n" + "\n\n".join(
                W.rejection_paras(rng, ctx, compatible_reasons(rng), True)) + "\n\n" + pick(
                rng, B["signoff"], ctx) + "\n" + ctx["rname"]
            body += "\n\n" + quote_block(rng, B, orig, ctx["rname"], to_addr, orig_subj, ctx["date"])
        return W.record(rng, family, "Sent", ctx["full"], ctx["cand_email"], to_addr, subj, body,
                        ["feedback_request"], company["name"])
    t = rng.choice(B["sent_neg"])
    subj = pick(rng, t["subj"], ctx)
    body = "\n\n".join(pick(rng, p, ctx) if isinstance(p, list) else fill(p, ctx) for p in t["body"])
    body += "\n\n" + my_sig
    if t.get("quote"):
        q_kind = t["quote"]
        if q_kind in ("inv", "offer", "rej"):
            q = W.greet(rng, ctx) + "\n\n" + "\n\n".join(core_paras(W, B, rng, q_kind, ctx, [], [])) + \
                "\n\n" + pick(rng, B["signoff"], ctx) + "\n" + ctx["rname"]
        else:
            q = pick(rng, B[q_kind], ctx)
        body += "\n\n" + quote_block(rng, B, q, ctx["rname"], to_addr, subj, ctx["date"])
    comp = company["name"] if t.get("company", True) else None
    return W.record(rng, family, "Sent", ctx["full"], ctx["cand_email"], to_addr, subj, body, [], comp)


def run_plan(prefix: str, plan: list[tuple], rng: random.Random, en_mod=None) -> list[dict]:
    """plan rows: (family suffix, bank dict, lang, sender type, companies, n, bilingual share)."""
    _COUNTERS.clear()
    writers: dict[int, Writer] = {}
    en_w = Writer(prefix, en_mod.B, "en") if en_mod is not None else None
    out: list[dict] = []
    for fam, bank, lang, ftype, comps, n, bi in plan:
        W = writers.setdefault(id(bank), Writer(prefix, bank, lang))
        out += generate_family(W, rng, f"{prefix}-{fam}", ftype, comps, n,
                               en_mod.B if en_mod is not None else None, en_w, bi)
    return out
