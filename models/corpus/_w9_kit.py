"""Shared machinery for writer w9's multilingual generators (gen_w9_*.py).

A language bank (see _w9_de.py and friends) holds the words; this module owns how a message is
put together: pick a kind (what the mail means and which labels it carries), render its subject and
body from sentence-level slot banks, wrap it in a shell (ATS portal, recruiter, agency, candidate's
Sent mail, assorted other senders), add quoted history, signatures, footers and sometimes HTML.
Only the ``rng`` handed in is used, so output is deterministic.
"""

from __future__ import annotations

import html
import random
import re
from typing import Iterable

TOPIC_NAMES = (
    "coding", "system_design", "technical_depth", "behavioural", "communication",
    "questions_to_ask", "composure", "experience_level", "collaboration", "cv_positioning",
)
REASON_NAMES = ("role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled")


_ACCENTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "à": "a", "á": "a",
                          "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ã": "a", "õ": "o", "â": "a", "ô": "o",
                          "î": "i", "ï": "i", "ë": "e", "ì": "i", "ò": "o", "'": ""})


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    """Fill {placeholders} from ctx, leaving unknown ones visible (caught by the self-check)."""
    return text.format_map(_Safe(ctx))


def cap_first(text: str) -> str:
    """Capitalise the first letter, skipping Spanish opening marks and quotes."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch not in "¿¡«“\"' ":
            return text
    return text


def addr_part(text: str) -> str:
    """An address local part/domain derived from names (lower case, no accents or spaces)."""
    return re.sub(r"[^a-z0-9.@+_-]+", "", text.lower().translate(_ACCENTS))


def slots(rng: random.Random, body: list, ctx: dict) -> list[str]:
    """Pick one alternative per slot; a slot may be a plain string (always used)."""
    out = []
    for slot in body:
        piece = slot if isinstance(slot, str) else rng.choice(slot)
        if piece:
            out.append(fill(piece, ctx))
    return out


def company_parts(rng: random.Random, bank: dict) -> tuple[str, str]:
    """Return (name as people say it, legal name) from the bank's stems and trades."""
    stem = rng.choice(bank["co_stems"])
    if rng.random() < 0.55:
        name = f"{stem} {rng.choice(bank['co_trades'])}"
    else:
        name = stem
    return name, f"{name} {rng.choice(bank['co_legal'])}"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower().translate(_ACCENTS)) or "firma"


def person(rng: random.Random, bank: dict) -> tuple[str, str]:
    return rng.choice(bank["first"]), rng.choice(bank["last"])


def to_html(text: str, quoted: str = "", styled: bool = True) -> str:
    """Simple but realistic HTML rendering of a plain body (paragraphs, links, blockquote)."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    parts = []
    for p in paras:
        esc = html.escape(p).replace("\n", "<br>")
        esc = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', esc)
        parts.append(f"<p>{esc}</p>")
    q = ""
    if quoted:
        qt = html.escape(quoted).replace("\n", "<br>")
        q = f'<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">{qt}</blockquote>'
    style = ' style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"' if styled else ""
    return f"<html><head><meta charset=\"utf-8\"></head><body><div{style}>{''.join(parts)}{q}</div></body></html>"


def quote_lines(text: str) -> str:
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip().split("\n"))


def feedback_block(rng: random.Random, bank: dict, ctx: dict, force: list[str] | None = None) -> tuple[str, list[str]]:
    """Praise (no topic) plus one to three weaknesses; returns text and the topic names."""
    topics = list(bank["topics"].keys())
    if force is not None:
        chosen = list(force)
    else:
        chosen = rng.sample(topics, rng.choice((1, 1, 2, 2, 2, 3)))
    intro = fill(rng.choice(bank["fb_intro"]), ctx) if rng.random() < 0.75 else ""
    points = []
    if rng.random() < 0.7:
        points.append(fill(rng.choice(bank["praise"]), ctx))
    points += [fill(rng.choice(bank["topics"][t]), ctx) for t in chosen]
    outro = fill(rng.choice(bank["fb_outro"]), ctx) if rng.random() < 0.4 else ""
    if intro and len(points) > 1 and rng.random() < 0.35:
        body = intro + "\n" + "\n".join("- " + x for x in points)
        if outro:
            body += "\n\n" + outro
    else:
        sep = " " if rng.random() < 0.5 else "\n\n"
        body = sep.join(x for x in [intro, *points, outro] if x)
    return body, sorted(chosen)


def reason_block(rng: random.Random, bank: dict, ctx: dict, force: list[str] | None = None,
                 pool: tuple[str, ...] = REASON_NAMES) -> tuple[str, list[str]]:
    if force is not None:
        if "_ridx" in ctx:  # a translation must keep the same variant (senior vs. junior for level_mismatch)
            return " ".join(fill(bank["reasons"][c][ctx["_ridx"] % len(bank["reasons"][c])], ctx) for c in force), sorted(force)
        return " ".join(fill(rng.choice(bank["reasons"][c]), ctx) for c in force), sorted(force)
    r = rng.random()
    if r < 0.55:
        chosen = [rng.choice(pool)]
    elif r < 0.7:
        chosen = rng.sample(pool, 2)
        if set(chosen) == {"role_filled", "role_cancelled"}:
            chosen = ["role_cancelled"]
    else:
        return "", []
    text = " ".join(fill(rng.choice(bank["reasons"][c]), ctx) for c in chosen)
    return text, sorted(chosen)


def make_ctx(rng: random.Random, bank: dict) -> dict:
    co, legal = company_parts(rng, bank)
    cf, cl = person(rng, bank)
    rf, rl = person(rng, bank)
    ag, _ = company_parts(rng, bank)
    client, _ = company_parts(rng, bank)
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    hour = rng.choice((8, 9, 10, 11, 13, 14, 15, 16, 17))
    minute = rng.choice(("00", "00", "15", "30", "45"))
    wd = rng.randrange(5)
    co_dom = slug(co.split()[0]) + rng.choice(bank["tlds"])
    ctx = {
        "co": co, "legal": legal, "role": rng.choice(bank["roles"]), "ref": f"{rng.choice('RJVQ')}{rng.randint(1000, 99999)}",
        "cand": cf, "cand_last": cl, "cand_full": f"{cf} {cl}",
        "cand_addr": f"{slug(cf)}.{slug(cl)}@{rng.choice(bank['mailhosts'])}",
        "rec": rf, "rec_last": rl, "rec_full": f"{rf} {rl}", "rec_title": rng.choice(bank["rec_titles"]),
        "agency": ag, "client": client, "city": rng.choice(bank["cities"]),
        "date": bank["fmt_date"](day, month), "wday": bank["weekdays"][wd], "time": f"{hour}:{minute}",
        "time2": f"{hour + 1}:{minute}", "old_date": bank["fmt_date"](rng.randint(1, 28), month),
        "co_dom": co_dom, "link": f"https://{rng.choice(bank['ats_hosts'])}/{slug(co.split()[0])}/{rng.choice(('s', 'c', 'apply', 'book', 'r'))}/{rng.randint(10**6, 10**8):x}",
        "days": rng.choice(("5", "7", "10", "14")), "salary": f"{rng.randint(42, 96)}.{rng.choice(('000', '500'))}",
        "start": bank["fmt_date"](1, rng.randint(1, 12)), "phone": f"+{rng.choice(bank['dial'])} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}",
        "other_role": rng.choice(bank["roles"]), "dur": rng.choice(("30", "45", "60", "90")),
    }
    if ctx["other_role"] == ctx["role"]:
        ctx["other_role"] = bank["roles"][(bank["roles"].index(ctx["role"]) + 1) % len(bank["roles"])]
    return ctx


def render_kind(rng: random.Random, bank: dict, kind: dict, ctx: dict, force: tuple | None = None) -> dict:
    """Subject + core text + labels for one kind."""
    labels = list(kind.get("labels", ()))
    topics: list[str] = []
    reasons: list[str] = []
    ctx = dict(ctx)
    if "rejection" in labels and kind.get("reasons", True):
        # rejected for one role but invited for another: a freeze or cancellation would contradict the invite
        pool = ("role_filled", "closer_fit", "level_mismatch") if "interview_invite" in labels else REASON_NAMES
        ctx["REASON"], reasons = reason_block(rng, bank, ctx, force[1] if force else None, pool)
    else:
        ctx["REASON"] = ""
    if "feedback" in labels:
        ctx["FB"], topics = feedback_block(rng, bank, ctx, force[0] if force else None)
    else:
        ctx["FB"] = ""
    parts = slots(rng, kind["body"], ctx)
    if bank.get("cap"):
        parts = [cap_first(p) for p in parts]
    text = "\n\n".join(p for p in parts if p.strip())
    text = re.sub(r"[ ]{2,}", " ", text)
    return {
        "subject": fill(rng.choice(kind["subj"]), ctx), "core": text, "labels": labels,
        "topics": topics, "outside_control": reasons,
    }


def ats_addr(rng: random.Random, bank: dict, ctx: dict) -> str:
    c = slug(ctx["co"].split()[0])
    return rng.choice((
        f"no-reply@{ctx['co_dom']}", f"jobs@{ctx['co_dom']}", f"{c}@{rng.choice(bank['ats_relays'])}",
        f"noreply+{c}@{rng.choice(bank['ats_relays'])}", f"karriere@{ctx['co_dom']}" if bank["code"] == "de" else f"talent@{ctx['co_dom']}",
        f"recruiting@{ctx['co_dom']}",
    ))


def wrap(rng: random.Random, bank: dict, shell: str, kind: dict, ctx: dict) -> dict:
    """Turn a kind into a full mail as seen in the mailbox for the given shell."""
    agency_intro = ""
    if shell == "agency" and kind.get("company", "co") == "co" and bank.get("agency_intro"):
        # an agency writes about its client: the client is the employer the message is about
        ctx = {**ctx, "co": ctx["client"], "co_dom": slug(ctx["client"].split()[0]) + rng.choice(bank["tlds"])}
        agency_intro = fill(rng.choice(bank["agency_intro"]), ctx)
    if shell == "agency":  # the footer names the agency, never an unrelated firm
        ctx = {**ctx, "legal": f"{ctx['agency']} {rng.choice(bank['co_legal'])}"}
    r = render_kind(rng, bank, kind, ctx)
    core = r["core"]
    if agency_intro:
        core = agency_intro + "\n\n" + cap_first(core)
    formal = kind.get("formal", rng.random() < bank.get("formal_share", 0.75))
    quoted = ""
    subject = r["subject"]
    company = None
    cmode = kind.get("company", "co")
    if cmode == "co":
        company = ctx["co"]
    elif cmode == "client":
        company = ctx["client"]
    elif cmode == "agency":
        company = ctx["agency"]
    if shell == "sent":
        folder = "Sent"
        from_name, from_addr = ctx["cand_full"], ctx["cand_addr"]
        to_addr = rng.choice((f"{slug(ctx['rec'])}.{slug(ctx['rec_last'])}@{ctx['co_dom']}", f"jobs@{ctx['co_dom']}", f"{slug(ctx['rec'])}@{ctx['co_dom']}"))
        g = fill(rng.choice(bank["greet_to_rec_formal"] if formal else bank["greet_to_rec_informal"]), ctx)
        close = fill(rng.choice(bank["close_formal"] if formal else bank["close_informal"]), ctx)
        sig = ctx["cand_full"] if rng.random() < 0.6 else ctx["cand"]
        if rng.random() < 0.3:
            sig += "\n" + ctx["phone"]
        body = f"{g}\n\n{core}\n\n{close}\n{sig}"
        qk = kind.get("quote")
        if qk:
            qctx = dict(ctx)
            q = render_kind(rng, bank, bank["kinds"][qk], qctx)
            qg = fill(rng.choice(bank["greet_formal"]), ctx)
            qtext = f"{qg}\n\n{q['core']}\n\n{fill(rng.choice(bank['close_formal']), ctx)}\n{fill(rng.choice(bank['team_sign']), ctx)}"
            quoted = qtext
            subject = reply_prefix(rng, bank) + " " + q["subject"]
            header = quote_header(rng, bank, ctx, sender=(ctx["rec_full"] if rng.random() < 0.5 else fill(rng.choice(bank["ats_names"]), ctx)), addr=f"no-reply@{ctx['co_dom']}", subj=q["subject"])
            body += "\n\n" + header + quoted_text(rng, header, qtext)
        return _rec(r, folder, from_name, from_addr, to_addr, subject, body, None, company)
    folder = "INBOX"
    to_addr = ctx["cand_addr"]
    if shell == "ats":
        from_name = fill(rng.choice(bank["ats_names"]), ctx)
        from_addr = ats_addr(rng, bank, ctx)
        g = fill(rng.choice(bank["greet_formal"] if formal else bank["greet_informal"]), ctx)
        close = fill(rng.choice(bank["close_formal"] if formal else bank["close_informal"]), ctx)
        sign = fill(rng.choice(bank["team_sign"]), ctx)
        body = f"{g}\n\n{core}\n\n{close}\n{sign}"
        if rng.random() < 0.8:
            body += "\n\n" + fill(rng.choice(bank["legal"]), ctx)
        if rng.random() < 0.25:
            subject = f"{subject} [{ctx['ref']}]" if rng.random() < 0.5 else f"{ctx['ref']} – {subject}"
    elif shell in ("human", "agency", "startup"):
        if shell == "agency":
            from_addr = f"{slug(ctx['rec'])}.{slug(ctx['rec_last'])}@{slug(ctx['agency'].split()[0])}{rng.choice(bank['tlds'])}"
        else:
            from_addr = rng.choice((f"{slug(ctx['rec'])}.{slug(ctx['rec_last'])}@{ctx['co_dom']}", f"{slug(ctx['rec'])[0]}.{slug(ctx['rec_last'])}@{ctx['co_dom']}"))
        from_name = ctx["rec_full"] if rng.random() < 0.8 else f"{ctx['rec_full']} ({ctx['agency'] if shell == 'agency' else ctx['co']})"
        g = fill(rng.choice(bank["greet_formal"] if formal else bank["greet_informal"]), ctx)
        close = fill(rng.choice(bank["close_formal"] if formal else bank["close_informal"]), ctx)
        org = ctx["agency"] if shell == "agency" else ctx["co"]
        sig = f"{ctx['rec_full']}\n{ctx['rec_title']}" + (f" | {org}" if rng.random() < 0.6 else f"\n{org}")
        if rng.random() < 0.6:
            sig += f"\n{rng.choice(bank['tel'])} {ctx['phone']}"
        if rng.random() < 0.4:
            sig += "\n" + fill(rng.choice(bank["legal"]), ctx)
        body = f"{g}\n\n{core}\n\n{close}\n{sig}"
        qk = kind.get("quote")
        if qk:
            qctx = dict(ctx)
            q = render_kind(rng, bank, bank["kinds"][qk], qctx)
            qtext = f"{fill(rng.choice(bank['greet_to_rec_formal']), ctx)}\n\n{q['core']}\n\n{fill(rng.choice(bank['close_formal']), ctx)}\n{ctx['cand_full']}"
            subject = reply_prefix(rng, bank) + " " + q["subject"]
            header = quote_header(rng, bank, ctx, sender=ctx["cand_full"], addr=ctx["cand_addr"], subj=q["subject"])
            body += "\n\n" + header + quoted_text(rng, header, qtext)
            quoted = qtext
        elif rng.random() < 0.12:
            subject = rng.choice(bank["re"]) + " " + subject
    else:  # "other": the kind names its own sender
        snd = kind.get("sender") or bank["ats_names"]
        from_name = fill(rng.choice(snd), ctx)
        dom = fill(rng.choice(kind.get("domains") or ["{co_dom}"]), ctx)
        from_addr = addr_part(fill(rng.choice(kind.get("local") or ["no-reply", "info", "news"]), ctx) + "@" + dom)
        greet = kind.get("greet", "formal")
        parts = []
        if greet != "none":
            parts.append(fill(rng.choice(bank["greet_formal"] if greet == "formal" else bank["greet_informal"]), ctx))
        parts.append(core)
        if kind.get("sign"):
            parts.append(fill(rng.choice(kind["sign"]), ctx))
        if kind.get("footer") == "unsub":
            parts.append(fill(rng.choice(bank["unsub"]), ctx))
        elif kind.get("footer") == "legal":  # only the generic confidentiality lines suit a bank or university
            parts.append(fill(rng.choice([x for x in bank["legal"] if "{legal}" not in x and "{link}" not in x]), ctx))
        body = "\n\n".join(parts)
    body_html = None
    if shell != "sent":
        x = rng.random()
        hs = kind.get("html_share", 0.3)
        if x < hs * 0.5:
            body_html = to_html(body)
            body = ""
        elif x < hs:
            body_html = to_html(body)
    return _rec(r, folder, from_name, from_addr, to_addr, subject, body, body_html, company)


FORWARD_PREFIXES = ("WG:", "TR :", "RV:", "Fwd:", "Doorst:", "ENC:", "I:")


def reply_prefix(rng: random.Random, bank: dict) -> str:
    """A reply (not forward) prefix in the bank's language."""
    return rng.choice([p for p in bank["re"] if p not in FORWARD_PREFIXES])


def quote_header(rng: random.Random, bank: dict, ctx: dict, sender: str, addr: str, subj: str) -> str:
    if rng.random() < 0.65:
        return fill(rng.choice(bank["reply_hdr"]), {**ctx, "qname": sender, "qaddr": addr}) + "\n"
    o = bank["outlook"]
    return (f"{o[0]} {sender} <{addr}>\n{o[1]} {ctx['wday']}, {ctx['old_date']} {ctx['time']}\n"
            f"{o[2]} {ctx['cand_addr'] if addr != ctx['cand_addr'] else 'jobs@' + ctx['co_dom']}\n{o[3]} {subj}\n\n")


def quoted_text(rng: random.Random, header: str, text: str) -> str:
    if header.endswith("\n\n"):  # Outlook style: quoted text not prefixed
        return text
    return quote_lines(text)


def _rec(r: dict, folder: str, from_name: str, from_addr: str, to_addr: str, subject: str, body: str,
         body_html: str | None, company: str | None) -> dict:
    return {
        "folder": folder, "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr,
        "subject": subject, "body_text": body, "body_html": body_html, "labels": r["labels"],
        "company": company, "topics": r["topics"], "outside_control": r["outside_control"],
    }


def run_plan(rng: random.Random, prefix: str, bank: dict, plan: Iterable[tuple[str, str, int]],
             lang: str | None = None, family: str | None = None, start: int = 0) -> Iterable[dict]:
    """plan: (shell, kind name, count). Family is prefix-shell (or the given one); ids are family-n."""
    n = start
    for shell, kname, count in plan:
        kind = bank["kinds"][kname]
        for _ in range(count):
            ctx = make_ctx(rng, bank)
            rec = wrap(rng, bank, shell, kind, ctx)
            n += 1
            fam = family or f"{prefix}-{shell}"
            rec.update({"id": f"{fam}-{n}", "family": fam, "lang": lang or bank["code"]})
            _selfcheck(rec)
            yield rec


def _selfcheck(rec: dict) -> None:
    txt = rec["subject"] + rec["body_text"] + (rec["body_html"] or "")
    if re.search(r"\{[a-zA-Z_]+\}", txt):
        raise ValueError(f"unfilled placeholder in {rec['id']}: {re.findall(r'{[a-zA-Z_]+}', txt)}")



def standard_plan(informal: str, scale: float = 1.0, extra: tuple = ()) -> list[tuple[str, str, int]]:
    """The shell/kind mix shared by the big language modules; informal = suffix of du/tu kinds."""
    base = [
        ("ats", "ack", 6), ("ats", "ack_invite", 4), ("ats", "rej", 5), ("ats", "inv_phone", 2), ("ats", "offer", 2),
        ("ats", "neg_status", 5), ("ats", "neg_profile", 3), ("ats", "neg_reminder", 5), ("ats", "neg_onboarding", 2),
        ("human", "inv_phone", 2), ("human", "inv_tech", 2), ("human", "inv_onsite", 2), ("human", "inv_task", 1),
        ("human", "inv_resched", 2), ("human", "rej_fb", 6), ("human", "rej_short", 2), ("human", "rej_inv", 3),
        ("human", "fb_reply", 4), ("human", "offer", 4), ("human", "neg_thanks_today", 3), ("human", "neg_onboarding", 2),
        ("human", "ack", 2), ("human", "neg_withdraw_ack", 2),
        ("agency", "inv_phone", 2), ("agency", "rej", 3), ("agency", "neg_closed", 3), ("agency", "rej_fb", 2), ("agency", "offer", 1),
        ("startup", "ack_" + informal, 3), ("startup", "inv_" + informal, 2), ("startup", "rej_" + informal, 3),
        ("sent", "fbreq", 9), ("sent", "sent_thanks", 4), ("sent", "sent_withdraw", 3), ("sent", "sent_accept", 2),
        ("sent", "sent_sched", 3), ("sent", "sent_apply", 3),
        ("other", "neg_jobalert", 5), ("other", "neg_profileview", 2), ("other", "neg_newsletter", 5), ("other", "neg_event", 3),
        ("other", "neg_wohnung", 3), ("other", "neg_uni", 3), ("other", "neg_kredit", 1), ("other", "neg_conf", 2),
        ("other", "neg_scam", 3), ("other", "neg_interviewer", 3), ("other", "neg_auto", 2), ("other", "neg_bounce", 1),
        ("other", "neg_personal", 2), ("other", "neg_club", 2),
    ]
    out = [(s, k, max(1, round(c * scale))) for s, k, c in base]
    return out + list(extra)
