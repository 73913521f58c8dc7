"""w44 helper: context, composition and record assembly shared by all w44 language banks."""

from __future__ import annotations

import datetime as _dt
import html as _html
import random
import re

TOPICS_ALL = ["coding", "system_design", "technical_depth", "behavioural", "communication",
              "questions_to_ask", "composure", "experience_level", "collaboration", "cv_positioning"]
REASONS_ALL = ["role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled"]


class _Safe(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    return text.format_map(_Safe(ctx))


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def slug(s: str) -> str:
    table = str.maketrans("åäöæøéèàìòùóáíúãõçâêôłśżźąęńćñü", "aaoaoeeaiouoaiuaocaeolszzaenlnu")
    out = "".join(ch for ch in s.lower().translate(table) if ch.isalnum() or ch in " -.")
    return out.replace(" ", "").replace("-", "")


_SUFFIX = re.compile(r"\b(ab|aps|a/s|as|b\.v\.|s\.r\.l\.|s\.p\.a\.|s\.a\.|lda\.?|sp\. z o\.o\.)$", re.I)


def domslug(name: str) -> str:
    base = _SUFFIX.sub("", name.split(",")[0].strip()).strip()
    return slug(base).replace(".", "")[:18]


def rand_date(rng: random.Random, weekday_only: bool = True) -> _dt.date:
    while True:
        d = _dt.date(2025, 1, 6) + _dt.timedelta(days=rng.randrange(0, 420))
        if not weekday_only or d.weekday() < 5:
            return d


def fmt_date(B: dict, d: _dt.date, key: str = "date_fmt") -> str:
    return B.get(key, B["date_fmt"]).format(wd=B["wd"][d.weekday()], d=d.day, mon=B["mon"][d.month - 1], y=d.year)


def fmt_time(B: dict, rng: random.Random) -> str:
    h = rng.choice([8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 16])
    m = rng.choice(["00", "00", "00", "30", "15", "45"])
    return B["time_fmt"].format(h=h, m=m)


def _qd(B: dict, q: _dt.date) -> str:
    return B.get("num_fmt", "{d}.{m}.{y}").format(d=q.day, m=q.month, y=q.year)


def make_ctx(B: dict, rng: random.Random, sk: str) -> dict:
    first = pick(rng, B["first"])
    last = pick(rng, B["last"])
    mefirst = pick(rng, B["first"])
    melast = pick(rng, B["last"])
    while mefirst == first:
        mefirst = pick(rng, B["first"])
    if sk == "public":
        company = pick(rng, B["public"])
    else:
        company = pick(rng, B["firms"])
    agency = pick(rng, B["agencies"])
    vendor = pick(rng, B["vendors"])
    role = pick(rng, B["roles_public"] if sk == "public" else B["roles"])
    role2 = pick(rng, B["roles_public"] if sk == "public" else B["roles"])
    while role2 == role:
        role2 = pick(rng, B["roles_public"] if sk == "public" else B["roles"])
    d = rand_date(rng)
    dl = d + _dt.timedelta(days=rng.choice([3, 4, 5, 7]))
    st = d + _dt.timedelta(days=rng.choice([30, 45, 60, 90]))
    st = st.replace(day=1)
    while st.weekday() >= 5:
        st += _dt.timedelta(days=1)
    cdom = domslug(company) + "." + B["tld"]
    ctx = dict(
        first=first, last=last, full=f"{first} {last}", mefirst=mefirst, melast=melast,
        me=f"{mefirst} {melast}", company=company, agency=agency, vendor=vendor, role=role,
        role2=role2, date=fmt_date(B, d), time=fmt_time(B, rng), deadline=fmt_date(B, dl, "deadline_fmt"),
        start=fmt_date(B, st, "start_fmt"), odate=fmt_date(B, d - _dt.timedelta(days=rng.randint(1, 3))), city=pick(rng, B["cities"]), salary=pick(rng, B["salary"]),
        ref=f"{rng.choice(['REK', 'R', 'AR', 'JOB', 'ID'])}-{rng.randint(2024, 2025)}-{rng.randint(100, 9999)}",
        dur=rng.choice([20, 30, 30, 45, 45, 60, 90]),
        cdom=cdom, adom=domslug(agency) + "." + B["tld"],
        vdom=slug(vendor)[:14] + rng.choice(["-mail.", ".", "mail."]) + rng.choice(["io", "com", "net", "eu"]),
        cand_addr=f"{slug(first)}.{slug(last)}@{pick(rng, B['maildoms'])}",
        phone=B["phone_fmt"].format(a=rng.randint(10, 99), b=rng.randint(100, 999), c=rng.randint(10, 99), e=rng.randint(10, 99)),
        mon_name=B["mon"][d.month - 1], qdate=_qd(B, d - _dt.timedelta(days=rng.randint(2, 12))),
    )
    ctx["link"] = "https://" + rng.choice(["book.", "meet.", "kalender.", "app.", "go."]) + ctx["vdom"] + "/" + rng.choice(["s", "b", "i", "c"]) + "/" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    ctx["testlink"] = "https://" + rng.choice(["test.", "assess.", "quiz."]) + ctx["vdom"] + "/" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
    return ctx


def to_html(paras: list[str], vendor: str | None, rng: random.Random, footer: list[str] | None = None) -> str:
    color = rng.choice(["#1b4f72", "#0b6e4f", "#5b2c6f", "#8a3b12", "#1f2a44", "#006d77"])
    head = ""
    if vendor:
        head = f'<div style="background:{color};color:#fff;padding:12px 18px;font-weight:bold">{_html.escape(vendor)}</div>'
    body = "".join(
        "<p>" + "<br>".join(_html.escape(line) for line in p.split("\n")) + "</p>" for p in paras if p
    )
    foot = ""
    if footer:
        foot = '<div style="font-size:11px;color:#777;border-top:1px solid #ddd;margin-top:18px;padding-top:8px">' + "".join(
            "<p>" + _html.escape(f) + "</p>" for f in footer if f) + "</div>"
    return (f'<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            f'<div style="max-width:600px;margin:auto">{head}<div style="padding:16px">{body}</div>{foot}</div></body></html>')


def quote(B: dict, ctx: dict, who: str, addr: str, text: str) -> str:
    header = fill(B["quote_hdr"], dict(ctx, who=who, addr=addr))
    return header + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


class Composer:
    """Builds one message (subject, paragraphs, labels...) from a language bank."""

    def __init__(self, B: dict, rng: random.Random):
        self.B = B
        self.rng = rng

    sk = ""

    def p(self, key: str, ctx: dict, prob: float = 1.0) -> str:
        if prob < 1.0 and self.rng.random() > prob:
            return ""
        lst = self.B.get(f"{key}_{self.sk}") if self.sk else None
        if lst and self.rng.random() < 0.7:
            return fill(pick(self.rng, lst), ctx)
        return fill(pick(self.rng, self.B[key]), ctx)

    def greet(self, ctx: dict, sk: str) -> str:
        key = "greet_form" if sk == "public" or (sk == "ats" and self.rng.random() < 0.5) else "greet_inf"
        return self.p(key, ctx)

    # ---------------- labelled kinds ----------------
    def feedback_block(self, ctx: dict, n_topics: int | None = None):
        rng = self.rng
        if n_topics is None:
            n_topics = rng.choice([0, 1, 1, 1, 2, 2, 3])
        topics = rng.sample(TOPICS_ALL, n_topics)
        sents = []
        if n_topics == 0 or rng.random() < 0.7:
            sents.append(self.p("fb_praise", ctx))
        for t in topics:
            sents.append(fill(pick(rng, self.B["fb_weak"][t]), ctx))
        if n_topics == 0 and rng.random() < 0.6:
            sents.append(self.p("fb_praise", ctx))
            if sents[-1] == sents[-2]:
                sents.pop()
        intro = self.p("fb_intro", ctx)
        return intro, sents, topics

    def rejection(self, ctx: dict, sk: str, with_fb: bool = False, other_role: bool = False, after_int=None):
        rng, B = self.rng, self.B
        labels = ["rejection"]
        reasons: list[str] = []
        if after_int is None:
            after_int = rng.random() < 0.45
        paras = []
        blunt = rng.random() < 0.22 and not with_fb
        thanks = self.p("thanks_int" if after_int else "thanks_app", ctx)
        if blunt:
            core = self.p("rej_blunt", ctx)
            paras.append(core if rng.random() < 0.5 else thanks + " " + core)
        else:
            core = self.p("rej_core", ctx)
            if rng.random() < 0.3:
                paras.append(core)
                paras.append(thanks)
            else:
                paras.append(thanks + ("\n\n" if rng.random() < 0.4 else " ") + core)
        if rng.random() < 0.5:
            r = rng.choice(REASONS_ALL)
            reasons.append(r)
            paras.append(fill(pick(rng, B["rej_reason"][r]), ctx))
        elif rng.random() < 0.4:
            paras.append(self.p("rej_many", ctx))
        if with_fb:
            intro, sents, topics = self.feedback_block(ctx)
            paras.append(intro + " " + " ".join(sents))
            labels.append("feedback")
        else:
            topics = []
            if rng.random() < 0.2:
                paras.append(self.p("rej_nofb", ctx))
        if other_role:
            paras.append(self.p("rej_other", ctx))
            labels.append("interview_invite")
        elif rng.random() < 0.35:
            paras.append(self.p("rej_keep", ctx))
        paras.append(self.p("close_luck", ctx))
        subj = self.p("rej_subj", ctx)
        return subj, paras, labels, topics, reasons

    def feedback_reply(self, ctx: dict, sk: str):
        intro, sents, topics = self.feedback_block(ctx, n_topics=self.rng.choice([1, 1, 2, 2, 3]))
        if self.rng.random() < 0.6:
            intro = ""
        paras = [self.p("fb_open", ctx), (intro + " " + " ".join(sents[:2])).strip(), " ".join(sents[2:]), self.p("fb_close", ctx)]
        return self.p("fb_subj", ctx), [p for p in paras if p], ["feedback"], topics, []

    def invite(self, ctx: dict, sk: str, step: str | None = None):
        rng = self.rng
        step = step or rng.choice([k for k in self.B["steps"] if k != "client"])
        c = dict(ctx, step=fill(pick(rng, self.B["steps"][step]), ctx))
        paras = []
        if rng.random() < 0.6:
            paras.append(self.p("thanks_app", c))
        paras.append(self.p("inv_core", c))
        if rng.random() < 0.35 or sk == "ats":
            paras.append(self.p("inv_link", c))
        else:
            paras.append(self.p("inv_when", c))
            paras.append(self.p("inv_where_" + ("online" if step in ("phone", "video") or rng.random() < 0.3 else "site"), c))
        paras.append(self.p("inv_prep", c, 0.6))
        paras.append(self.p("close_q", c, 0.7))
        return self.p("inv_subj", c), [x for x in paras if x], ["interview_invite"], [], []

    def test(self, ctx: dict, sk: str, ack: bool = False):
        paras = []
        labels = ["interview_invite"]
        if ack:
            paras.append(self.p("ack_core", ctx))
            labels.insert(0, "application_ack")
        paras.append(self.p("test_core", ctx))
        paras.append(self.p("test_info", ctx, 0.7))
        paras.append(self.p("close_q", ctx, 0.5))
        subj = self.p("ack_subj" if ack and self.rng.random() < 0.5 else "test_subj", ctx)
        return subj, [x for x in paras if x], labels, [], []

    def resched(self, ctx: dict, sk: str):
        paras = [self.p("res_core", ctx), self.p("close_q", ctx, 0.6)]
        return self.p("res_subj", ctx), [x for x in paras if x], ["interview_invite"], [], []

    def ack(self, ctx: dict, sk: str):
        rng = self.rng
        paras = [self.p("ack_core", ctx), self.p("ack_next", ctx)]
        if rng.random() < 0.4:
            paras.append(self.p("ack_extra", ctx))
        return self.p("ack_subj", ctx), paras, ["application_ack"], [], []

    def offer(self, ctx: dict, sk: str):
        rng = self.rng
        paras = []
        if rng.random() < 0.5:
            paras.append(self.p("off_lead", ctx))
        paras.append(self.p("off_core", ctx))
        paras.append(self.p("off_terms", ctx))
        paras.append(self.p("off_next", ctx))
        paras.append(self.p("off_close", ctx, 0.7))
        return self.p("off_subj", ctx), [x for x in paras if x], ["offer"], [], []

    def employer_neg(self, ctx: dict, sk: str, kind: str):
        subj, body = pick(self.rng, self.B["neg_" + kind])
        return fill(subj, ctx), [fill(x, ctx) for x in body.split("\n\n")], [], [], []


_DOTS = re.compile(r"(?<=[A-Za-z])\.\.(?!\.)")


def record(fam: str, n: int, lang: str, folder: str, from_name: str, from_addr: str, to_addr: str,
           subject: str, body_text: str, body_html, labels: list, company, topics=None, reasons=None) -> dict:
    body_text = _DOTS.sub(".", body_text)
    if body_html:
        body_html = _DOTS.sub(".", body_html)
    order = ["rejection", "interview_invite", "feedback", "application_ack", "offer", "feedback_request"]
    labels = sorted(set(labels), key=order.index)
    return dict(
        id=f"{fam}-{n}", family=fam, folder=folder, lang=lang, from_name=from_name, from_addr=from_addr,
        to_addr=to_addr, subject=subject, body_text=body_text, body_html=body_html, labels=labels,
        company=company, topics=list(topics or []) if "feedback" in labels else [],
        outside_control=list(reasons or []) if "rejection" in labels else [],
    )


EMP_PLAN = {
    "smb": [("ack", 2), ("invite", 3), ("resched", 1), ("rej", 3), ("rej_fb", 1), ("offer", 2), ("fb", 1),
            ("remind", 1), ("status", 1), ("onboard", 1), ("thanks", 1), ("work", 2)],
    "public": [("ack", 2), ("invite", 2), ("test", 1), ("rej", 3), ("rej_fb", 1), ("offer", 2),
               ("remind", 1), ("status", 2), ("onboard", 1), ("event", 1)],
    "agency": [("ack", 1), ("invite", 3), ("resched", 1), ("rej", 2), ("rej_fb", 1), ("rej_other", 1),
               ("offer", 1), ("fb", 1), ("closed", 1), ("status", 1), ("remind", 1), ("event", 1)],
    "ats": [("ack", 4), ("ack_test", 2), ("test", 1), ("invite", 2), ("rej", 3), ("offer", 1),
            ("status", 2), ("profile", 1), ("remind", 1), ("onboard", 1)],
}


def _sender(B, ctx, sk, rng, kind):
    """Return from_name, from_addr, signature text, html vendor header, footer lines, company."""
    company = ctx["company"]
    if kind == "work":
        sig = fill(pick(rng, B["sig_smb"]), ctx)
        return ctx["me"], f"{slug(ctx['mefirst'])}@{ctx['cdom']}", sig, None, [], company
    if sk == "smb":
        sig = fill(pick(rng, B["sig_smb"]), ctx)
        addr = rng.choice([f"{slug(ctx['mefirst'])}@{ctx['cdom']}", f"{slug(ctx['mefirst'])}.{slug(ctx['melast'])}@{ctx['cdom']}", f"{B.get('hr_box', 'jobs')}@{ctx['cdom']}"])
        return ctx["me"], addr, sig, None, [], company
    if sk == "public":
        sig = fill(pick(rng, B["sig_public"]), ctx)
        addr = rng.choice([f"{slug(ctx['mefirst'])}.{slug(ctx['melast'])}@{ctx['cdom']}", f"{B.get('hr_box', 'hr')}@{ctx['cdom']}", f"hr@{ctx['cdom']}"])
        name = rng.choice([ctx["me"], fill(pick(rng, B["pub_sender"]), ctx)])
        return name, addr, sig, None, [fill(pick(rng, B["gdpr"]), ctx)] if rng.random() < 0.5 else [], company
    if sk == "agency":
        sig = fill(pick(rng, B["sig_agency"]), ctx)
        addr = f"{slug(ctx['mefirst'])}.{slug(ctx['melast'])}@{ctx['adom']}"
        name = rng.choice([ctx["me"], f"{ctx['me']} | {ctx['agency']}"])
        return name, addr, sig, None, [fill(pick(rng, B["gdpr"]), ctx)] if rng.random() < 0.4 else [], company
    # ats
    name = fill(pick(rng, B["ats_name"]), ctx)
    addr = rng.choice(["no-reply@", "noreply@", "jobs@", "notifications@"]) + ctx["vdom"]
    sig = fill(pick(rng, B["sig_ats"]), ctx)
    foot = [fill(pick(rng, B["ats_auto"]), ctx), fill(pick(rng, B["gdpr"]), ctx), fill(B["powered"], ctx)]
    return name, addr, sig, ctx["vendor"], foot, company


def employer_family(B: dict, rng: random.Random, prefix: str, sk: str, scale: float = 1.0):
    fam = f"{prefix}-{B['code']}-{sk}"
    plan = []
    for kind, n in EMP_PLAN[sk]:
        k = n * scale
        cnt = int(k) + (1 if rng.random() < (k - int(k)) else 0)
        plan += [kind] * cnt
    rng.shuffle(plan)
    C = Composer(B, rng)
    out = []
    for i, kind in enumerate(plan):
        ctx = make_ctx(B, rng, sk)
        C.sk = sk
        if kind == "ack":
            s, paras, lab, top, rea = C.ack(ctx, sk)
        elif kind == "ack_test":
            s, paras, lab, top, rea = C.test(ctx, sk, ack=True)
        elif kind == "test":
            s, paras, lab, top, rea = C.test(ctx, sk)
        elif kind == "invite":
            step = None
            if sk == "agency" and rng.random() < 0.5:
                step = "client"
            s, paras, lab, top, rea = C.invite(ctx, sk, step)
        elif kind == "resched":
            s, paras, lab, top, rea = C.resched(ctx, sk)
        elif kind == "rej":
            s, paras, lab, top, rea = C.rejection(ctx, sk)
        elif kind == "rej_fb":
            s, paras, lab, top, rea = C.rejection(ctx, sk, with_fb=True, after_int=True)
        elif kind == "rej_other":
            s, paras, lab, top, rea = C.rejection(ctx, sk, other_role=True)
        elif kind == "offer":
            s, paras, lab, top, rea = C.offer(ctx, sk)
        elif kind == "fb":
            s, paras, lab, top, rea = C.feedback_reply(ctx, sk)
        else:
            s, paras, lab, top, rea = C.employer_neg(ctx, sk, kind)
        if sk == "public" and rng.random() < 0.6 and kind not in ("work",):
            paras.insert(0, fill(pick(rng, B["pub_ref"]), ctx))
        from_name, from_addr, sig, vendor, foot, company = _sender(B, ctx, sk, rng, kind)
        if kind == "work":
            greet = fill(pick(rng, B["greet_inf"]), ctx)
        else:
            greet = C.greet(ctx, sk)
        signoff = fill(pick(rng, B["signoff"]), ctx)
        all_paras = ([greet] if greet and rng.random() < 0.95 else []) + paras + [signoff + "\n" + sig]
        text = "\n\n".join(all_paras)
        if kind == "fb":
            req_txt = fill(pick(rng, B["req_core"]), ctx)
            text += "\n\n" + quote(B, ctx, ctx["full"], ctx["cand_addr"], fill(pick(rng, B["greet_inf_to"]), ctx) + "\n\n" + req_txt + "\n\n" + ctx["first"])
        elif kind == "resched" and rng.random() < 0.5:
            c2 = dict(ctx, step=pick(rng, B["steps"]["video"]))
            old = fill(pick(rng, B["inv_core"]), c2) + " " + fill(pick(rng, B["inv_when"]), dict(c2, date=ctx["odate"]))
            text += "\n\n" + quote(B, ctx, ctx["me"], from_addr, old)
        html = None
        if foot:
            text += "\n\n--\n" + "\n".join(foot)
        if sk == "ats" or (sk == "public" and rng.random() < 0.25):
            html = to_html([greet] + paras + [signoff + "\n" + sig], vendor, rng, foot)
            if sk == "ats" and rng.random() < 0.5:
                text = ""
        out.append(record(fam, i, B["lang"], "INBOX", from_name, from_addr, ctx["cand_addr"], s, text, html,
                          lab, company, top, rea))
    return out


LOOK_PLAN = [("alert", 5), ("news", 3), ("nonjob", 5), ("shop", 3), ("scam", 2), ("union", 2), ("afo", 2)]


def look_family(B: dict, rng: random.Random, prefix: str, scale: float = 1.0):
    fam = f"{prefix}-{B['code']}-look"
    plan = []
    for kind, n in LOOK_PLAN:
        k = n * scale
        plan += [kind] * (int(k) + (1 if rng.random() < (k - int(k)) else 0))
    rng.shuffle(plan)
    out = []
    for i, kind in enumerate(plan):
        ctx = make_ctx(B, rng, "smb")
        fname, fdom, subj, body = pick(rng, B["look_" + kind])
        c = dict(ctx)
        subj = fill(subj, c)
        body = fill(body, c)
        addr = rng.choice(["info@", "no-reply@", "nyhetsbrev@" if B["lang"] == "sv" else "news@", "hello@"]) + fdom
        html = None
        text = body
        if kind in ("alert", "news", "shop") and rng.random() < 0.6:
            html = to_html(body.split("\n\n"), fill(fname, c), rng, [fill(pick(rng, B["gdpr"]), ctx)])
            if rng.random() < 0.5:
                text = ""
        out.append(record(fam, i, B["lang"], "INBOX", fill(fname, c), addr, ctx["cand_addr"], subj, text, html, [], None))
    return out


def cand_family(B: dict, rng: random.Random, prefix: str, n_req: int = 6, n_neg: int = 4):
    fam = f"{prefix}-{B['code']}-cand"
    plan = ["req"] * n_req + ["neg"] * n_neg
    rng.shuffle(plan)
    C = Composer(B, rng)
    out = []
    for i, kind in enumerate(plan):
        sk = rng.choice(["smb", "public", "agency", "ats"])
        ctx = make_ctx(B, rng, sk)
        C.sk = sk
        to_addr = f"{slug(ctx['mefirst'])}.{slug(ctx['melast'])}@{ctx['adom'] if sk == 'agency' else ctx['cdom']}"
        company = ctx["company"]
        if kind == "req":
            paras = [fill(pick(rng, B["greet_inf_to"]), ctx)]
            if rng.random() < 0.7:
                paras.append(fill(pick(rng, B["req_thanks"]), ctx))
            paras.append(fill(pick(rng, B["req_core"]), ctx))
            paras.append(fill(pick(rng, B["req_close"]), ctx, ) if rng.random() < 0.8 else "")
            paras.append(fill(pick(rng, B["cand_signoff"]), ctx) + "\n" + ctx["full"])
            text = "\n\n".join(x for x in paras if x)
            s, rp, *_ = C.rejection(ctx, sk, after_int=rng.random() < 0.6)
            old = "\n\n".join([C.greet(ctx, sk)] + rp + [fill(pick(rng, B["signoff"]), ctx) + "\n" + ctx["me"]])
            if rng.random() < 0.8:
                text += "\n\n" + quote(B, ctx, ctx["me"], to_addr, old)
            subj = rng.choice([fill(pick(rng, B["req_subj"]), ctx), B["re"] + s])
            labels = ["feedback_request"]
        else:
            subj, body = pick(rng, B["sent_neg"])
            subj = fill(subj, ctx)
            text = fill(fill(pick(rng, B["greet_inf_to"]), ctx) + "\n\n" + body + "\n\n" + pick(rng, B["cand_signoff"]) + "\n" + ctx["full"], ctx)
            labels = []
        out.append(record(fam, i, B["lang"], "Sent", ctx["full"], ctx["cand_addr"], to_addr, subj, text, None, labels, company))
    return out


def all_families(B: dict, rng: random.Random, prefix: str, scale: float = 1.0):
    out = []
    for sk in ("smb", "public", "agency", "ats"):
        out += employer_family(B, rng, prefix, sk, scale)
    out += look_family(B, rng, prefix, scale)
    out += cand_family(B, rng, prefix, n_req=round(6 * scale), n_neg=round(4 * scale))
    return out
