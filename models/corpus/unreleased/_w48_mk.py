"""w48 message assembly: a persona (bank + style) and a kind -> one record.

Sent kinds carry no label except ``fbreq`` (feedback_request).  INBOX kinds are employers' replies
on top of the candidate's quoted Sent message; their label comes from the reply's own sentences.
"""

from __future__ import annotations

import _w48_core as C

SENT_W = {
    "fbreq": 18, "rejreply": 3, "thanks": 4, "chase": 3.5, "withdraw": 2, "accept": 2, "decline": 2,
    "resched": 2, "confirm": 2, "docs_apply": 1.5, "docs_req": 1.5, "cvadvice": 3.5, "referral": 2.5,
    "recruiter": 2, "salary": 2, "nonjob": 3.5, "givefb": 2.5,
}
INBOX_W = {
    "fb": 9, "fbrej": 4, "nofb": 4, "thanksonly": 2.5, "invite": 5, "resinv": 1.5, "offer": 3, "rej": 5,
    "docack": 2, "appack": 2, "confirmok": 1, "withdrawok": 0.5, "acceptok": 0.5, "declineok": 0.5,
}
# which Sent message each INBOX reply answers
ANSWERS = {
    "fb": ["fbreq"], "nofb": ["fbreq"], "thanksonly": ["fbreq", "thanks", "thanks"], "fbrej": ["chase", "thanks"],
    "rej": ["chase", "chase", "thanks"], "invite": ["thanks", "chase"], "resinv": ["resched"],
    "offer": ["thanks", "chase"], "docack": ["docs_req"], "appack": ["docs_apply"], "confirmok": ["confirm"],
    "withdrawok": ["withdraw"], "acceptok": ["accept"], "declineok": ["decline"],
}
# the employer mail a Sent message may answer (quoted under it)
SENT_QUOTES = {
    "fbreq": ("rej", "rejmail", 0.5), "rejreply": ("rej", "rejmail", 0.9), "confirm": ("invite", "invmail", 0.7),
    "resched": ("invite", "invmail", 0.6), "accept": ("offer", "offermail", 0.6), "decline": ("offer", "offermail", 0.6),
    "recruiter": ("outreach", "recmail", 0.7), "withdraw": ("invite", "invmail", 0.25),
}
NO_COMPANY = {"cvadvice", "nonjob", "givefb"}


def quotas(rng, n):
    w = dict(SENT_W)
    w.update(INBOX_W)
    tot = sum(w.values())
    counts = {k: int(v * n / tot + rng.random()) for k, v in w.items()}
    keys = list(w)
    while sum(counts.values()) > n:
        k = rng.choice([x for x in keys if counts[x] > 0])
        counts[k] -= 1
    while sum(counts.values()) < n:
        k = rng.choices(keys, weights=[w[x] for x in keys])[0]
        counts[k] += 1
    seq = [k for k in keys for _ in range(counts[k])]
    rng.shuffle(seq)
    return seq


class Persona:
    def __init__(self, family, bank, **style):
        self.family = family
        self.b = dict(bank)
        for k, v in style.get("over", {}).items():
            self.b[k] = v
        for k, v in style.get("add", {}).items():
            self.b[k] = list(self.b.get(k, [])) + list(v)
        self.lang = self.b["lang"]
        self.variant = style.get("variant", self.b.get("variant", ""))
        self.formal = style.get("formal", 0.5)
        self.phone = style.get("phone", 0.15)
        self.typo = style.get("typo", 0.1)
        self.used = set()

    def p(self, key):
        return C.pick(self.rng, self.b[key], self.used)


def named(greets):
    return [g for g in greets if "{n}" in g]


def person(rng, b):
    first = rng.choice(b["first"])
    last = rng.choice(b["last"])
    return first, last


def sentences(P, rng, units, ctx, phone):
    out = [C.fill(u, ctx) for u in units if u]
    if rng.random() < P.typo:
        i = rng.randrange(len(out))
        out[i] = C.typo(out[i], rng)
    if phone:
        out = [C.phone(s, rng) for s in out]
    return out


def layout(rng, greet, sents, close, sig, phone):
    if phone or len(sents) <= 2 or rng.random() < 0.35:
        para = [" ".join(sents)]
    else:
        cut = rng.randint(1, len(sents) - 1)
        para = [" ".join(sents[:cut]), " ".join(sents[cut:])]
        if len(sents) > 4 and rng.random() < 0.4:
            para = [s for s in sents]
            para = [" ".join(para[:1]), " ".join(para[1:3]), " ".join(para[3:])]
    txt = ""
    if greet:
        txt += greet + ("\n\n" if rng.random() < 0.8 else "\n")
    txt += "\n\n".join(para)
    if close:
        txt += "\n\n" + close
        if sig:
            txt += "\n" + sig
    elif sig:
        txt += "\n\n" + sig if rng.random() < 0.6 else "\n" + sig
    return txt.strip() + "\n"


def arrange(rng, opener, pre, decide, extra):
    """Order the sentences so that the deciding one moves around."""
    r = rng.random()
    if r < 0.25:
        seq = decide + pre + extra
    elif r < 0.6:
        seq = opener + pre + decide + extra
    elif r < 0.85:
        seq = opener + extra[:1] + pre + decide + extra[1:]
    else:
        seq = pre + extra + decide
    return seq


def employer_text(P, rng, kind, ctx, cand_first):
    """A short employer mail (rejection, invite, offer, outreach) to be quoted under a Sent message."""
    b = P.b
    dec = C.pick(rng, b["R"][kind], P.used)
    if isinstance(dec, tuple):
        dec = dec[0]
    greet = C.fill(rng.choice(named(b["greet_f"] + b["greet_c"])), {**ctx, "n": cand_first})
    body = [dec]
    if rng.random() < 0.5:
        body.append(rng.choice(b["R_extra"]))
    close = rng.choice(b["close_f"])
    return layout(rng, greet, [C.fill(s, ctx) for s in body], close,
                  ctx["rec_full"] + "\n" + ctx["co"], False)


def make(P, rng, kind, n):
    b = P.b
    P.rng = rng
    lang = P.lang
    cf, cl = person(rng, b)
    rf, rl = person(rng, b)
    while rf == cf:
        rf, rl = person(rng, b)
    co = P.p("companies")
    role = P.p("roles")
    dom = C.slug(co)[:22] + rng.choice(b["tld"])
    cand_addr = rng.choice([f"{C.slug(cf)}.{C.slug(cl)}", f"{C.slug(cf)}{C.slug(cl)[:1]}{rng.randint(1, 99)}",
                            f"{C.slug(cf)[:1]}{C.slug(cl)}", f"{C.slug(cl)}.{C.slug(cf)}"]) + "@" + rng.choice(b["maildom"])
    rec_addr = rng.choice([f"{C.slug(rf)}.{C.slug(rl)}", f"{C.slug(rf)}", f"{C.slug(rf)[:1]}{C.slug(rl)}"]) + "@" + dom
    if rng.random() < 0.15:
        rec_addr = rng.choice(["careers", "recruitment", "talent", "jobs", "hr", "people"]) + "@" + dom
    ctx = {"co": co, "role": role, "n": rf, "me": cf, "when": P.p("slot"), "rec_full": f"{rf} {rl}",
           "cand_full": f"{cf} {cl}"}
    inbox = kind in INBOX_W
    labels, topics, reasons = [], [], []

    sent_kind = rng.choice(ANSWERS[kind]) if inbox else kind
    # people who are not employers
    if sent_kind in ("cvadvice", "nonjob", "givefb", "referral"):
        rec_addr = f"{C.slug(rf)}.{C.slug(rl)}@" + rng.choice(b["maildom"] + [dom])
        if sent_kind == "nonjob":
            ctx["n"] = rf
    if sent_kind == "referral" and rng.random() < 0.5:
        rec_addr = f"{C.slug(rf)}.{C.slug(rl)}@{dom}"

    # ---------------- the candidate's Sent message
    sphone = rng.random() < P.phone
    formal = rng.random() < P.formal
    decide = [C.pick(rng, b["S"][sent_kind], P.used)]
    pre, extra, opener = [], [], []
    if sent_kind in ("fbreq", "rejreply") and rng.random() < 0.75:
        pre = [C.pick(rng, b["thanks_news"], P.used)]
    if rng.random() < 0.45:
        opener = [C.pick(rng, b["open_s"], P.used)]
    ex = b.get("S_extra", {}).get(sent_kind, [])
    if ex and rng.random() < 0.55:
        extra = [C.pick(rng, ex, P.used)]
    if rng.random() < 0.3:
        extra.append(C.pick(rng, b["tail_s"], P.used))
    oneline = sent_kind in ("fbreq", "chase", "confirm", "thanks", "recruiter") and rng.random() < 0.18
    if oneline:
        seq = decide
    else:
        seq = arrange(rng, opener, pre, decide, extra)
    sents = sentences(P, rng, seq, ctx, sphone)
    greet = None
    if not oneline or rng.random() < 0.5:
        if sent_kind in ("fbreq", "chase", "docs_apply") and rng.random() < 0.15:
            greet = rng.choice(b["greet_anon"])
        else:
            greet = C.fill(rng.choice(b["greet_f"] if formal else b["greet_c"]), ctx)
    close = None if (oneline and rng.random() < 0.6) else rng.choice(b["close_f"] if formal else b["close_c"])
    sig = cf if (sphone or not formal) and rng.random() < 0.6 else f"{cf} {cl}"
    if formal and rng.random() < 0.3 and b.get("sig_extra"):
        sig += "\n" + C.fill(rng.choice(b["sig_extra"]), {"p": str(rng.randint(100, 999)), "q": str(rng.randint(1000, 9999))})
    stext = layout(rng, greet, sents, close, sig, sphone)
    if sphone and rng.random() < 0.55:
        stext += "\n" + rng.choice(b["phone_sig"]) + "\n"
    # subject and quoted employer mail under the Sent message
    q = SENT_QUOTES.get(sent_kind)
    if q and rng.random() < q[2]:
        esubj = C.fill(C.pick(rng, b["subj"][q[1]], P.used), ctx)
        etext = employer_text(P, rng, q[0], ctx, cf)
        ssubj = rng.choice(b["re"]) + " " + esubj
        stext = stext + "\n" + C.quote_block(rng, lang, P.variant, f"{rf} {rl}", rec_addr, f"{cf} {cl}", cand_addr, esubj, etext)
    else:
        ssubj = C.fill(C.pick(rng, b["subj"][sent_kind], P.used), ctx)
        if sphone and rng.random() < 0.3:
            ssubj = ssubj.lower()

    company = None if sent_kind in NO_COMPANY else co

    if not inbox:
        if kind == "fbreq":
            labels = ["feedback_request"]
        return dict(id=f"{P.family}-{n:04d}", family=P.family, folder="Sent", lang=lang,
                    from_name=f"{cf} {cl}", from_addr=cand_addr, to_addr=rec_addr, subject=ssubj,
                    body_text=stext, body_html=None, labels=labels, company=company, topics=[],
                    outside_control=[])

    # ---------------- the employer's reply on top
    R = b["R"]
    rctx = dict(ctx)
    rctx["n"] = cf
    rdecide = []
    if kind == "fb":
        k = rng.choice([1, 1, 2, 2, 3])
        items = []
        while len(items) < k:
            it = C.pick(rng, R["fb"], P.used)
            if it not in items:
                items.append(it)
        for t, tp in items:
            rdecide.append(t)
            topics += [x for x in tp if x not in topics]
        labels = ["feedback"]
    elif kind == "fbrej":
        t, rs = C.pick(rng, R["rej"], P.used)
        rdecide.append(t)
        reasons += rs
        for _ in range(rng.choice([1, 1, 2])):
            ft, tp = C.pick(rng, R["fb"], P.used)
            if ft not in rdecide:
                rdecide.append(ft)
                topics += [x for x in tp if x not in topics]
        labels = ["rejection", "feedback"]
    elif kind == "rej":
        t, rs = C.pick(rng, R["rej"], P.used)
        rdecide.append(t)
        reasons += rs
        labels = ["rejection"]
    else:
        rdecide.append(C.pick(rng, R[kind], P.used))
        labels = {"invite": ["interview_invite"], "resinv": ["interview_invite"], "offer": ["offer"],
                  "appack": ["application_ack"]}.get(kind, [])
    ropen = [C.pick(rng, b["open_r"], P.used)] if rng.random() < 0.6 else []
    rextra = [C.pick(rng, b["R_extra"], P.used)] if rng.random() < 0.55 else []
    if kind in ("fb", "fbrej") and rng.random() < 0.5:
        rextra.append(C.pick(rng, b["fb_tail"], P.used))
    if len(rdecide) > 1 and rng.random() < 0.5:
        seq = ropen + rdecide[:1] + rextra[:1] + rdecide[1:] + rextra[1:]
    else:
        seq = arrange(rng, ropen, [], rdecide, rextra)
    rphone = rng.random() < P.phone * 0.7
    rs = sentences(P, rng, seq, rctx, rphone)
    rformal = rng.random() < 0.8
    rgreet = C.fill(rng.choice(named(b["greet_f"] if rformal else b["greet_c"]) or named(b["greet_f"])), rctx) if rng.random() < 0.92 else None
    rclose = rng.choice(b["close_f"] if rformal else b["close_c"])
    rsig = rf if rng.random() < 0.35 else f"{rf} {rl}\n{rng.choice(b['titles'])}\n{co}"
    rtext = layout(rng, rgreet, rs, rclose, rsig, rphone)
    if rphone and rng.random() < 0.5:
        rtext += "\n" + rng.choice(b["phone_sig"]) + "\n"
    # quoted Sent message (sometimes trimmed of its own nested quote)
    quoted = stext
    if rng.random() < 0.35:
        cut = quoted.find("\n> ")
        hdr_cut = max(quoted.rfind("\n", 0, cut) if cut > 0 else -1, -1)
        if cut > 0 and hdr_cut > 0:
            quoted = quoted[:hdr_cut].rstrip() + "\n"
    body = rtext + "\n" + C.quote_block(rng, lang, P.variant, f"{cf} {cl}", cand_addr, f"{rf} {rl}", rec_addr, ssubj, quoted)
    rsubj = rng.choice(b["re"]) + " " + ssubj
    from_name = rng.choice([f"{rf} {rl}", f"{rf} {rl}", f"{rf} ({co})", f"{rf} {rl} | {co}"])
    return dict(id=f"{P.family}-{n:04d}", family=P.family, folder="INBOX", lang=lang,
                from_name=from_name, from_addr=rec_addr, to_addr=cand_addr, subject=rsubj,
                body_text=body, body_html=None, labels=labels, company=co, topics=topics,
                outside_control=reasons if "rejection" in labels else [])


def run(personas, rng):
    for P, count in personas:
        seq = quotas(rng, count)
        for i, kind in enumerate(seq):
            yield make(P, rng, kind, i + 1)
