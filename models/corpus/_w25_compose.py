"""Turn a language bank + persona + message kind into a w25 record.

Kinds (what the NEW text says decides the labels; quoted history never does):
rej, rej_fb, rej_inv, inv, resched, ack, ack_inv, offer, fb_reply, fbreq (Sent), neg (from the bank's
look-alike list, INBOX or Sent).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w25_core as core  # noqa: E402

TOPICS = ["coding", "system_design", "technical_depth", "behavioural", "communication", "questions_to_ask",
          "composure", "experience_level", "collaboration", "cv_positioning"]
REASONS = ["role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled"]


_REG = {"register": "formal", "bank": None}


def _p(rng: random.Random, seq):
    """Pick one alternative; sentences addressed in the wrong register (du/Sie, tu/vous, tú/usted) are skipped."""
    B = _REG["bank"]
    if B is not None and seq and isinstance(seq[0], str) and hasattr(B, "WRONG"):
        bad = B.WRONG[_REG["register"]]
        ok = [x for x in seq if not bad.search(x)]
        if ok:
            return rng.choice(ok)
    return rng.choice(seq)


def _ctx(B, persona: dict, rng: random.Random) -> dict:
    region = persona["region"]
    comp = _p(rng, B.COMPANIES[region])
    name, domain, city = comp
    first, last, me_addr = core.me_identity(rng)
    s_first, s_last = _p(rng, B.FIRST), _p(rng, B.LAST)
    ctx = {
        "co": name, "dom": domain, "city": city, "role": _p(rng, B.ROLES), "role2": "",
        "me": first, "me_last": last, "me_addr": me_addr, "sfirst": s_first, "slast": s_last,
        "sender": f"{s_first} {s_last}", "day": _p(rng, B.DAYS), "day2": _p(rng, B.DAYS),
        "time": _p(rng, ["9:00", "9:30", "10:00", "10:30", "11:15", "13:30", "14:00", "15:00", "16:30", "17:00"]),
        "time2": _p(rng, ["8:30", "11:00", "12:00", "14:30", "15:30", "16:00", "18:00"]),
        "ref": _p(rng, ["", "", f" ({rng.choice(['Ref.', 'Réf.', 'Ref', 'Nr.', 'ID'])} {rng.randint(1000, 99999)})",
                        f" – {rng.choice(['R', 'JOB-', 'REQ', 'AV-', 'OF-'])}{rng.randint(100, 9999)}"]),
        "link": f"https://{_p(rng, ['calendly.com', 'cal.com', 'meet.google.com', 'teams.microsoft.com/l/meetup-join', 'zoom.us/j', 'whereby.com'])}/{domain.split('.')[0]}-{rng.randint(100, 999)}",
        "salary": _p(rng, B.SALARIES), "start": _p(rng, B.STARTS), "deadline": _p(rng, B.DAYS),
        "client": name, "num": str(rng.randint(2, 188)),
    }
    ctx["role2"] = _p(rng, [r for r in B.ROLES if r != ctx["role"]])
    ctx["agency"], ctx["agdom"] = _p(rng, B.AGENCIES)
    return ctx


_NOT_TO_RECRUITER = re.compile(r"Bewerber|Interessent|candidat|Candidat|candidate|Madame, Monsieur|Chère Madame|Sehr geehrte/r Frau/Herr|nos salutations|Quedamos|le saluda|Hochachtungsvoll")


def _greet(B, persona, ctx, rng, to_candidate=True):
    reg = persona["register"]
    options = B.GREET[reg] if to_candidate else [g for g in B.GREET[reg] if not _NOT_TO_RECRUITER.search(g)]
    g = _p(rng, options)
    name = ctx["me"] if to_candidate else ctx["sfirst"]
    last = ctx["me_last"] if to_candidate else ctx["slast"]
    return core.fill(g, {"name": name, "last": last})


def _sent_signoff(B, persona, ctx, rng):
    return core.fill(_p(rng, [x for x in B.SIGNOFF[persona["register"]] if not _NOT_TO_RECRUITER.search(x)]), ctx)


def _signature(B, persona, ctx, rng):
    reg = persona["register"]
    so = core.fill(_p(rng, B.SIGNOFF[reg]), ctx)
    style = rng.random()
    if persona.get("agency"):
        sig = f"{ctx['sender']}\n{_p(rng, B.AGENCY_TITLES)}\n{ctx['agency']}"
    elif style < 0.3:
        sig = ctx["sfirst"]
    elif style < 0.7:
        sig = f"{ctx['sender']}\n{_p(rng, persona['titles'])}\n{ctx['co']}"
    else:
        sig = f"{ctx['sender']} | {_p(rng, persona['titles'])}\n{ctx['co']} · {ctx['city']}\n{_p(rng, B.PHONES)}"
    return f"{so}\n{sig}"


def _sender(B, persona, ctx, rng):
    if persona.get("agency"):
        return ctx["sender"] + _p(rng, ["", f" | {ctx['agency']}", f" ({ctx['agency']})"]), \
            f"{core.ascii_fold(ctx['sfirst']).lower()}.{core.ascii_fold(ctx['slast']).lower().replace(' ', '')}@{ctx['agdom']}"
    mode = rng.random()
    dom = ctx["dom"]
    if persona.get("hr") and mode < 0.4:
        return _p(rng, B.HR_DISPLAY).format(co=ctx["co"]), f"{_p(rng, B.HR_LOCAL)}@{dom}"
    first = core.ascii_fold(ctx["sfirst"]).lower()
    last = core.ascii_fold(ctx["slast"]).lower().replace(" ", "")
    local = _p(rng, [f"{first}.{last}", f"{first[0]}.{last}", first, f"{first}{last[0]}"])
    if persona.get("owner") and rng.random() < 0.25:
        return ctx["sender"], f"{first}.{last}{rng.randint(1, 88)}@{_p(rng, core.MAILHOSTS)}"
    return _p(rng, [ctx["sender"], ctx["sender"], f"{ctx['sender']} - {ctx['co']}", ""]), f"{local}@{dom}"


def _join(sents: list[str]) -> str:
    """Join sentences; after a lead-in ending in a comma the next one continues in lower case."""
    out = ""
    for x in sents:
        if out.endswith(",") and x[:1].isupper() and not x[:2].isupper() and x.split(" ")[0] not in ("Ihre", "Ihr", "Sie", "Ihnen", "I", "Du", "Dein"):
            x = x[0].lower() + x[1:]
        out = (out + " " + x) if out else x
    return out


def _feedback(B, rng, n_weak: int):
    topics = rng.sample(TOPICS, n_weak)
    sents = [_p(rng, B.WEAK[t]) for t in topics]
    return topics, sents


def compose(B, persona: dict, kind: str, rng: random.Random) -> dict:
    """Return a partial record dict (without id/family) for one message."""
    _REG["bank"], _REG["register"] = B, persona["register"]
    ctx = _ctx(B, persona, rng)
    S = B.S
    lang = B.LANG
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    company = ctx["co"]
    folder = "INBOX"
    quoted = ""
    body_parts: list[str] = []

    def f(t):
        return core.fill(t, ctx)

    if kind in ("rej", "rej_fb", "rej_inv"):
        labels.append("rejection")
        if rng.random() < 0.8:
            body_parts.append(f(_p(rng, S["thanks_apply"])))
        dec = f(_p(rng, S["rej_blunt"] if rng.random() < 0.35 else S["rej_soft"]))
        if rng.random() < 0.45:
            reason = _p(rng, REASONS)
            oc.append(reason)
            dec = dec + " " + f(_p(rng, B.REASON[reason]))
        body_parts.append(dec)
        if kind == "rej_fb":
            labels.append("feedback")
            n = 0 if rng.random() < 0.08 else rng.choice([1, 1, 2, 2, 3])
            topics, ws = _feedback(B, rng, n)
            fb = [f(_p(rng, S["fb_intro"]))]
            if rng.random() < 0.75 or n == 0:
                fb.append(f(_p(rng, S["praise"])))
            fb += [f(w) for w in ws]
            body_parts.append(_join(fb))
        elif rng.random() < 0.35:
            body_parts.append(f(_p(rng, S["no_fb"])))
        if kind == "rej_inv":
            labels.append("interview_invite")
            step = _p(rng, list(S["inv_step"].keys()))
            body_parts.append(f(_p(rng, S["rejinv_bridge"])) + " " + f(_p(rng, S["inv_step"][step])))
            body_parts.append(f(_p(rng, S["inv_when"])))
        else:
            if rng.random() < 0.5:
                body_parts.append(f(_p(rng, S["pool"])))
            body_parts.append(f(_p(rng, S["luck"])))
        subj = f(_p(rng, B.SUBJ["rej"]))
    elif kind in ("inv", "resched"):
        labels.append("interview_invite")
        if kind == "resched":
            body_parts.append(f(_p(rng, S["reschedule"])))
            body_parts.append(f(_p(rng, S["inv_when"])))
            subj = f(_p(rng, B.SUBJ["resched"]))
        else:
            body_parts.append(f(_p(rng, S["inv_open"])))
            step = _p(rng, list(S["inv_step"].keys()))
            body_parts.append(f(_p(rng, S["inv_step"][step])))
            if rng.random() < 0.85:
                body_parts.append(f(_p(rng, S["inv_when"])))
            if rng.random() < 0.6:
                body_parts.append(f(_p(rng, S["inv_confirm"])))
            subj = f(_p(rng, B.SUBJ["inv"]))
    elif kind in ("ack", "ack_inv"):
        labels.append("application_ack")
        body_parts.append(f(_p(rng, S["ack_core"])))
        if kind == "ack_inv":
            labels.append("interview_invite")
            body_parts.append(f(_p(rng, S["ackinv_step"])))
        elif rng.random() < 0.8:
            body_parts.append(f(_p(rng, S["ack_next"])))
        subj = f(_p(rng, B.SUBJ["ack"]))
    elif kind == "offer":
        labels.append("offer")
        body_parts.append(f(_p(rng, S["offer_core"])))
        body_parts.append(f(_p(rng, S["offer_detail"])))
        if rng.random() < 0.7:
            body_parts.append(f(_p(rng, S["offer_deadline"])))
        subj = f(_p(rng, B.SUBJ["offer"]))
    elif kind == "fb_reply":
        labels.append("feedback")
        body_parts.append(f(_p(rng, S["fbreply_open"])))
        n = rng.choice([1, 2, 2, 3])
        topics, ws = _feedback(B, rng, n)
        fb = []
        if rng.random() < 0.6:
            fb.append(f(_p(rng, S["praise"])))
        fb += [f(w) for w in ws]
        body_parts.append(" ".join(fb))
        body_parts.append(f(_p(rng, S["fbreply_close"])))
        req = f(_p(rng, B.SENT["fbreq_ask"]))
        quoted = core.quote_block(lang, rng, f"{ctx['me']} {ctx['me_last']}", ctx["me_addr"],
                                  f(_p(rng, B.SUBJ["rej"])), _greet(B, persona, ctx, rng, to_candidate=False) + "\n\n" + req + "\n\n" + ctx["me"],
                                  _p(rng, core.DATES[lang]))
        subj = _p(rng, core.REPLY_PREFIX[lang]) + f(_p(rng, B.SUBJ["fbreq"]))
    elif kind == "fbreq":
        labels.append("feedback_request")
        folder = "Sent"
        body = "\n\n".join([f(_p(rng, B.SENT["fbreq_open"])), f(_p(rng, B.SENT["fbreq_ask"])), f(_p(rng, B.SENT["fbreq_close"]))])
        greet = _greet(B, persona, ctx, rng, to_candidate=False)
        text = f"{greet}\n\n{body}\n\n{_sent_signoff(B, persona, ctx, rng)}\n{ctx['me']}" + ("" if rng.random() < 0.5 else f" {ctx['me_last']}")
        if rng.random() < 0.5:
            rej = f(_p(rng, S["rej_soft"]))
            text += "\n\n" + core.quote_block(lang, rng, ctx["sender"], f"{core.ascii_fold(ctx['sfirst']).lower()}@{ctx['dom']}",
                                              f(_p(rng, B.SUBJ["rej"])), f(_p(rng, S["thanks_apply"])) + " " + rej + "\n\n" + ctx["sfirst"],
                                              _p(rng, core.DATES[lang]))
            subj = _p(rng, core.REPLY_PREFIX[lang]) + f(_p(rng, B.SUBJ["rej"]))
        else:
            subj = f(_p(rng, B.SUBJ["fbreq"]))
        text = core.typo(text, rng, persona.get("typos", 0.0), lang) if rng.random() < 0.5 else text
        return dict(folder=folder, lang=lang, from_name=f"{ctx['me']} {ctx['me_last']}", from_addr=ctx["me_addr"],
                    to_addr=f"{core.ascii_fold(ctx['sfirst']).lower()}@{ctx['dom']}", subject=subj, body_text=text,
                    body_html=None, labels=labels, company=company, topics=[], oc=[])
    else:
        raise ValueError(kind)

    if persona.get("agency"):
        if rng.random() < 0.25:
            # the agency keeps the client anonymous
            company = None
            for i, p in enumerate(body_parts):
                body_parts[i] = p.replace(ctx["co"], _p(rng, B.ANON_CLIENT))
            subj = subj.replace(ctx["co"], _p(rng, B.ANON_CLIENT))
    if "small_talk" in S and rng.random() < 0.22:
        body_parts.insert(0, f(_p(rng, S["small_talk"])))
    body_parts = [body_parts[0]] + [p[:1].upper() + p[1:] for p in body_parts[1:]]
    greet = _greet(B, persona, ctx, rng)
    sig = _signature(B, persona, ctx, rng)
    if "ps" in S and rng.random() < 0.12:
        sig = sig + "\n\n" + f(_p(rng, S["ps"]))
    text_core = "\n\n".join(body_parts)
    if rng.random() < persona.get("oneblock", 0.2):
        text_core = " ".join(body_parts)
    if persona.get("typos"):
        text_core = core.typo(text_core, rng, persona["typos"], lang)
    text = f"{greet}\n\n{text_core}\n\n{sig}"
    footer = ""
    if rng.random() < persona.get("footer", 0.3):
        footer = f(_p(rng, B.FOOTERS))
        text += "\n\n" + footer
    if quoted:
        text += "\n\n" + quoted
    from_name, from_addr = _sender(B, persona, ctx, rng)
    body_html = None
    r = rng.random()
    if r < persona.get("html_only", 0.08) and not quoted:
        paras = [greet] + body_parts + [sig]
        body_html = core.to_html(paras, rng, footer)
        text = ""
    elif r < persona.get("html_only", 0.08) + 0.12:
        body_html = core.to_html(text.split("\n\n"), rng)
    if persona.get("agency") and company and company not in subj + text + (body_html or ""):
        company = None  # the agency never named its client
    if rng.random() < 0.06:
        subj = "[External] " + subj
    return dict(folder=folder, lang=lang, from_name=from_name, from_addr=from_addr, to_addr=ctx["me_addr"],
                subject=subj, body_text=text, body_html=body_html, labels=labels, company=company,
                topics=topics, oc=oc)


def compose_neg(B, persona: dict, rng: random.Random) -> dict:
    """A look-alike without any label, from the bank's NEG list: (folder, company_mode, sender_mode, subject, body)."""
    _REG["bank"], _REG["register"] = B, persona["register"]
    ctx = _ctx(B, persona, rng)
    bad = B.WRONG[persona["register"]] if hasattr(B, "WRONG") else None
    pool = [n for n in B.NEG if bad is None or n[2] not in ("person", "agency", "") or not bad.search(n[4])]
    folder, cmode, smode, subj, body = _p(rng, pool)
    if smode == "agency":
        persona = dict(persona, agency=True)  # sign as the agency, not as an employer
    subj = core.fill(subj, ctx)
    body = core.fill(body, ctx)
    greet_c = _greet(B, persona, ctx, rng)
    greet_s = _greet(B, persona, ctx, rng, to_candidate=False)
    body = body.replace("<G>", greet_c).replace("<GS>", greet_s)
    body = body.replace("<SIG>", _signature(B, persona, ctx, rng))
    body = body.replace("<ME>", ctx["me"] + ("" if rng.random() < 0.5 else " " + ctx["me_last"]))
    body = body.replace("<SO>", _sent_signoff(B, persona, ctx, rng))
    if persona.get("typos") and rng.random() < 0.6:
        body = core.typo(body, rng, persona["typos"], B.LANG)
    paras = body.split("\n\n")
    if smode in ("person", "agency") and len(paras) > 2 and rng.random() < 0.5:
        paras.insert(2, core.fill(_p(rng, B.NEG_EXTRA), ctx))
    elif folder == "INBOX" and smode not in ("person", "agency") and rng.random() < 0.8:
        paras.append(core.fill(_p(rng, B.SYS_TAIL), ctx).replace("#", str(rng.randint(10000, 9999999))))
    body = "\n\n".join(paras)
    if subj[:3].upper() in ("AW:", "RE:", "RE ") and rng.random() < 0.5:
        old = core.fill(_p(rng, B.S["inv_open"]) + " " + _p(rng, B.S["inv_step"][_p(rng, list(B.S["inv_step"]))]), ctx)
        who = ctx["sender"] if folder == "INBOX" else ctx["sender"]
        body += "\n\n" + core.quote_block(B.LANG, rng, who, f"{core.ascii_fold(ctx['sfirst']).lower()}@{ctx['dom']}",
                                          subj[3:].strip(), old, _p(rng, core.DATES[B.LANG]))
    company = ctx["co"] if cmode == "co" else None
    if folder == "Sent":
        from_name, from_addr = f"{ctx['me']} {ctx['me_last']}", ctx["me_addr"]
        to_addr = f"{core.ascii_fold(ctx['sfirst']).lower()}@{ctx['dom']}"
    else:
        to_addr = ctx["me_addr"]
        if smode == "person":
            from_name, from_addr = _sender(B, persona, ctx, rng)
        elif smode == "agency":
            from_name, from_addr = ctx["sender"], f"{core.ascii_fold(ctx['sfirst']).lower()}@{ctx['agdom']}"
        else:
            from_name, from_addr = smode.split("|") if "|" in smode else (smode, "noreply@example.org")
            from_name = core.fill(from_name, ctx)
            from_addr = core.fill(from_addr, ctx)
    body_html = None
    r = rng.random()
    if r < 0.07 and folder == "INBOX":
        body_html = core.to_html(body.split("\n\n"), rng)
        body = ""
    elif r < 0.17:
        body_html = core.to_html(body.split("\n\n"), rng)
    return dict(folder=folder, lang=B.LANG, from_name=from_name, from_addr=from_addr, to_addr=to_addr,
                subject=subj, body_text=body, body_html=body_html, labels=[], company=company, topics=[], oc=[])


KIND_WEIGHTS = [
    ("neg", 33), ("rej", 6), ("rej_fb", 5), ("rej_inv", 1.2), ("inv", 6.8), ("resched", 1.2), ("ack", 5),
    ("ack_inv", 1.6), ("offer", 4.5), ("fb_reply", 2), ("fbreq", 5),
]


def run(B, prefix: str, personas: list[dict], total: int, rng: random.Random):
    """Yield `total` records spread over the personas (one family each)."""
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    counters: dict[str, int] = {}
    # quotas instead of independent draws, so the label mix of each writer file is what we aimed for
    tot_w = sum(weights)
    plan: list[str] = []
    for k, w in zip(kinds, weights):
        plan += [k] * round(total * w / tot_w)
    while len(plan) < total:
        plan.append(rng.choices(kinds, weights=weights)[0])
    plan = plan[:total]
    rng.shuffle(plan)
    for i in range(total):
        persona = personas[i % len(personas)]
        fam = f"{prefix}-{persona['key']}"
        kind = plan[i]
        part = compose_neg(B, persona, rng) if kind == "neg" else compose(B, persona, kind, rng)
        n = counters.get(fam, 0) + 1
        counters[fam] = n
        yield core.record(fam, n, folder=part["folder"], lang=part["lang"], from_name=part["from_name"],
                          from_addr=part["from_addr"], to_addr=part["to_addr"], subject=part["subject"],
                          body_text=part["body_text"], body_html=part["body_html"], labels=part["labels"],
                          company=part["company"], topics=part["topics"], oc=part["oc"])
