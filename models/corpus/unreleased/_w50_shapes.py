"""Message shapes for writer w50. Each builder takes a Ctx and returns one record (without id)."""

from __future__ import annotations

from _w50_kit import Ctx, Person, forward, join, quote, rec, to_html

# ---------------------------------------------------------------- helpers


def _ats_sender(c: Ctx):
    name = c.t("ats_from")
    relay = c.rng.choice(c.P["ats_relays"])
    addr = c.rng.choice([f"no-reply@{relay}", f"{c.co[2].split('.')[0]}@{relay}",
                         f"{c.rng.choice(c.P['job_locals'])}@{c.co[2]}"])
    return name, addr


def _hr_sender(c: Ctx):
    return c.snd.name, f"{c.snd.slug}@{c.co[2]}"


def _ag_sender(c: Ctx):
    return c.snd.name, f"{c.snd.slug}@{c.ag[2]}"


def _fd_sender(c: Ctx):
    first = c.snd.slug.split(".")[0]
    return c.rng.choice([c.snd.name, c.snd.first]), f"{first}@{c.co[2]}"


def _sign_f(c: Ctx) -> str:
    return c.t("sign_f")


def _sign_i(c: Ctx) -> str:
    return c.t("sign_i")


def _gdpr(c: Ctx, p=0.6) -> str:
    return c.t("gdpr") if c.rng.random() < p else ""


def fb_block(c: Ctx, k: int | None = None, praise_p: float = 0.6, bullets: bool | None = None):
    r = c.rng
    pts = list(c.P["fb_points"])
    r.shuffle(pts)
    k = k if k is not None else r.choice([1, 2, 2, 3])
    chosen, topics = [], []
    for text, topic in pts:
        if len(chosen) >= k:
            break
        if topic in topics:
            continue
        chosen.append(c.f(text))
        topics.append(topic)
    lines = []
    if r.random() < praise_p or not chosen:
        lines.append(c.t("fb_praise"))
    if bullets is None:
        bullets = r.random() < 0.4
    if bullets:
        body = "\n".join(lines + ["- " + x for x in chosen]) if chosen else "\n".join(lines)
    else:
        body = " ".join(lines + chosen)
    return body, topics


def rej_decision(c: Ctx):
    """A full deciding sentence: a lead-in from rej_soft followed by the decision proper."""
    text, reasons = c.pick("rej_decide")
    return c.t("rej_soft") + " " + c.f(text), list(reasons)


def _invite_core(c: Ctx, kind: str | None = None, slots: str | None = None):
    r = c.rng
    kind = kind or r.choice(list(c.P["inv_type"].keys()))
    parts = [c.f(r.choice(c.P["inv_type"][kind]))]
    mode = slots or r.choice(["slots", "slots", "none", "link"])
    if mode == "slots":
        parts.append(c.t("inv_slots_intro") + "\n" + c.slot_list())
    elif mode == "link":
        parts.append(c.t("inv_link"))
    else:
        parts.append(c.t("inv_noslot"))
    if kind in ("onsite", "assess", "final") and r.random() < 0.7:
        parts.append(c.t("inv_onsite"))
    elif kind in ("video", "tech", "second") and r.random() < 0.6:
        parts.append(c.t("inv_video"))
    elif kind == "phone" and r.random() < 0.6:
        parts.append(c.t("inv_phone"))
    return parts


def _re(c: Ctx, subj: str) -> str:
    return f"{c.rng.choice(c.P['re'])} {subj}"


# ---------------------------------------------------------------- ATS family


def ats_ack(c: Ctx, html=False, test=False):
    name, addr = _ats_sender(c)
    subj = c.t("ack_subj") if c.rng.random() < 0.7 else c.t("subj_neutral")
    labels = ["application_ack"]
    parts = [c.t("greet_generic") if c.rng.random() < 0.4 else c.v["gf"], c.t("ack_open"), c.t("ack_body")]
    btn = None
    if test:
        parts.append(c.t("test_sent"))
        labels.append("interview_invite")
        btn = (c.t("btn_test"), c.v["tlink"])
    else:
        parts.append(c.t("ack_next"))
    parts.append(c.t("sign_ats"))
    footer = _gdpr(c, 0.7)
    body = join(*parts)
    if html:
        return rec(from_name=name, from_addr=addr, subject=subj, body_text="",
                   body_html=to_html(body, c.v["company"], btn, footer), labels=labels, company=c.v["company"])
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=join(body, footer), labels=labels,
               company=c.v["company"])


def ats_rej(c: Ctx, html=False, other=None, autofb=False):
    name, addr = _ats_sender(c)
    subj = c.t("rej_subj") if c.rng.random() < 0.5 else c.t("subj_neutral")
    dec, reasons = rej_decision(c)
    labels = ["rejection"]
    topics = []
    parts = [c.v["gf"] if c.rng.random() < 0.6 else c.t("greet_generic"), c.t("rej_open")]
    parts.append(dec)
    if autofb:
        pts = list(c.P["fbauto"])
        c.rng.shuffle(pts)
        k = c.rng.choice([1, 2])
        seen = []
        lines = []
        for t, tp in pts:
            if tp not in seen and len(lines) < k:
                lines.append("- " + c.f(t))
                seen.append(tp)
        parts.append(c.t("fbauto_intro") + "\n" + "\n".join(lines))
        labels.append("feedback")
        topics = seen
    elif c.rng.random() < 0.3:
        parts.append(c.t("rej_nofb"))
    if other == "apply":
        parts.append(c.t("other_apply"))
    elif other == "invite":
        parts.append(c.t("other_invite"))
        labels.append("interview_invite")
    parts += [c.t("rej_close"), c.t("sign_ats")]
    footer = _gdpr(c, 0.6)
    body = join(*parts)
    common = dict(from_name=name, from_addr=addr, subject=subj, labels=labels, company=c.v["company"],
                  outside_control=reasons, topics=topics)
    if html:
        return rec(body_text="", body_html=to_html(body, c.v["company"], None, footer), **common)
    return rec(body_text=join(body, footer), **common)


def ats_invite(c: Ctx, html=False, kind=None):
    name, addr = _ats_sender(c)
    subj = c.t("inv_subj")
    parts = [c.v["gf"], c.t("inv_open")] + _invite_core(c, kind, "link" if html else None)
    parts += [c.t("inv_close"), c.t("sign_ats")]
    body = join(*parts)
    if html:
        return rec(from_name=name, from_addr=addr, subject=subj, body_text="",
                   body_html=to_html(body, c.v["company"], (c.t("btn_book"), c.v["link"]), _gdpr(c, 0.5)),
                   labels=["interview_invite"], company=c.v["company"])
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=join(body, _gdpr(c, 0.3)),
               labels=["interview_invite"], company=c.v["company"])


def ats_assess(c: Ctx):
    name, addr = _ats_sender(c)
    subj = c.t("assess_subj")
    body = join(c.v["gf"], c.t("assess_body"), c.t("test_sent"), c.t("sign_ats"), _gdpr(c, 0.5))
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=body, labels=["interview_invite"],
               company=c.v["company"])


def ats_simple(c: Ctx, key: str, html=False, company=True):
    """status ping, profile completion, reminder, withdrawal confirmation: all carry no label."""
    name, addr = _ats_sender(c)
    subj = c.t(key + "_subj")
    body = join(c.v["gf"] if c.rng.random() < 0.7 else c.t("greet_generic"), c.t(key + "_body"), c.t("sign_ats"))
    footer = _gdpr(c, 0.4)
    co = c.v["company"] if company else None
    if html:
        return rec(from_name=name, from_addr=addr, subject=subj, body_text="",
                   body_html=to_html(body, c.v["company"], None, footer), labels=[], company=co)
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=join(body, footer), labels=[], company=co)


def ats_offer(c: Ctx):
    name, addr = _ats_sender(c)
    subj = c.t("offer_subj")
    body = join(c.v["gf"], c.t("offer_open"), c.t("offer_terms"), c.t("offer_portal"), c.t("sign_ats"))
    return rec(from_name=name, from_addr=addr, subject=subj, body_text="",
               body_html=to_html(body, c.v["company"], (c.t("btn_offer"), c.v["plink"]), _gdpr(c, 0.5)),
               labels=["offer"], company=c.v["company"])


# ---------------------------------------------------------------- HR letters


def hr_rej(c: Ctx, fb=False, nofb=False, other=None):
    name, addr = _hr_sender(c)
    subj = c.t("rej_subj") if c.rng.random() < 0.4 else c.t("subj_neutral")
    dec, reasons = rej_decision(c)
    labels, topics = ["rejection"], []
    parts = [c.v["gf"], c.t("hr_thanks_interview")]
    if c.rng.random() < 0.5:
        parts.append(c.t("hr_context"))
    parts.append(dec)
    if fb:
        block, topics = fb_block(c)
        parts.append(c.t("fb_intro") + ("\n" if "\n" in block else " ") + block)
        labels.append("feedback")
    elif nofb:
        parts.append(c.t("rej_nofb"))
    if other == "invite":
        parts.append(c.t("other_invite"))
        labels.append("interview_invite")
    elif other == "apply":
        parts.append(c.t("other_apply"))
    parts += [c.t("rej_close"), _sign_f(c), _gdpr(c, 0.35)]
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=join(*parts), labels=labels,
               company=c.v["company"], topics=topics, outside_control=reasons)


def hr_fb_reply(c: Ctx):
    """Reply to the candidate's feedback request, quoting it: feedback only."""
    name, addr = _hr_sender(c)
    req_body = join(c.v["sgf"], c.t("s_fbreq"), c.t("sign_cand"))
    block, topics = fb_block(c, k=c.rng.choice([1, 2, 3]), praise_p=0.7)
    body = join(c.v["gf"], c.t("fb_reply_open"), block, c.t("fb_close"), _sign_f(c),
                quote(c, req_body, c.v["name"], c.uaddr))
    return rec(from_name=name, from_addr=addr, subject=_re(c, c.t("s_fbreq_subj")), body_text=body,
               labels=["feedback"], company=c.v["company"], topics=topics)


def hr_invite(c: Ctx, kind=None, resched=False):
    name, addr = _hr_sender(c)
    if resched:
        subj = c.t("resched_subj")
        parts = [c.v["gf"], c.t("resched_body"), c.t("inv_slots_intro") + "\n" + c.slot_list(2), c.t("inv_close")]
    else:
        subj = c.t("inv_subj")
        parts = [c.v["gf"], c.t("inv_open")] + _invite_core(c, kind) + [c.t("inv_close")]
    parts.append(_sign_f(c))
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=join(*parts), labels=["interview_invite"],
               company=c.v["company"])


def hr_offer(c: Ctx):
    name, addr = _hr_sender(c)
    parts = [c.v["gf"], c.t("offer_open"), c.t("offer_terms"), c.opt("offer_extra", 0.7), c.t("offer_deadline"),
             _sign_f(c), _gdpr(c, 0.25)]
    return rec(from_name=name, from_addr=addr, subject=c.t("offer_subj"), body_text=join(*parts), labels=["offer"],
               company=c.v["company"])


def hr_simple(c: Ctx, key: str):
    """thanks-for-today, reminder, onboarding paperwork, withdrawal confirmation: no label."""
    name, addr = _hr_sender(c)
    parts = [c.v["gf"], c.t(key + "_body"), _sign_f(c)]
    return rec(from_name=name, from_addr=addr, subject=c.t(key + "_subj"), body_text=join(*parts), labels=[],
               company=c.v["company"])


def hr_ack(c: Ctx):
    """A recruiter confirms by hand that the application arrived."""
    name, addr = _hr_sender(c)
    subj = _re(c, c.t("subj_neutral")) if c.rng.random() < 0.5 else c.t("ack_subj")
    parts = [c.v["gf"], c.t("ack_open"), c.t("ack_body"), c.t("ack_next"), _sign_f(c)]
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=join(*parts), labels=["application_ack"],
               company=c.v["company"])


def hr_internal(c: Ctx, key: str):
    """Mail from a colleague at the user's current job (user's own employer domain)."""
    subj, body = c.pick_cycle(key)
    dom = c.co2[2]
    body = join(c.f(c.P["intl_greet"][0] if c.rng.random() < 0.5 else c.rng.choice(c.P["intl_greet"])),
                c.f(body), c.t("sign_i"))
    return rec(from_name=c.snd.name, from_addr=f"{c.snd.slug}@{dom}", to_addr=f"{c.user.slug}@{dom}",
               subject=c.f(subj), body_text=body, labels=[], company=None)


def hr_forward_invite(c: Ctx):
    """HR forwards the hiring manager's note that proposes an interview."""
    name, addr = _hr_sender(c)
    hm = Person(c.rng.choice([p for p in c.P["people"] if p[0] != c.snd.name]))
    inner = join(c.t("fwd_inner_invite"), c.slot_list(2))
    body = join(c.v["gf"], c.t("fwd_note_invite"), _sign_f(c),
                forward(c, inner, hm.name, f"{hm.slug}@{c.co[2]}", c.t("inv_subj"), addr))
    return rec(from_name=name, from_addr=addr, subject=c.P["fwd"] + " " + c.t("inv_subj"), body_text=body,
               labels=["interview_invite"], company=c.v["company"])


# ---------------------------------------------------------------- recruiters and founders


def ag_msg(c: Ctx, kind: str, named=True):
    name, addr = _ag_sender(c)
    r = c.rng
    co = c.v["company"] if named else None
    extra = {}
    subj = c.t("ag_subj") if named else c.f(r.choice(["{role} ({city})", "{role} – {city}", "{role}"]))
    topics, reasons, labels = [], [], []
    parts = [c.v["gi"] if r.random() < c.P.get("ag_gi_p", 0.0) else c.v["gf"]]
    if not named:
        parts.append(c.t("ag_invite_anon" if kind == "invite" else "ag_cold_anon"))
        if kind == "invite":
            labels = ["interview_invite"]
            parts.append(c.t("inv_slots_intro") + "\n" + c.slot_list() if r.random() < 0.6 else c.t("inv_noslot"))
        parts.append(c.t("sign_ag"))
        return rec(from_name=name, from_addr=addr, subject=subj, body_text=join(*parts), labels=labels, company=None)
    if kind == "invite":
        parts += [c.t("ag_invite", **extra), c.t("inv_slots_intro") + "\n" + c.slot_list()
                  if r.random() < 0.6 else c.t("inv_noslot")]
        labels = ["interview_invite"]
    elif kind == "resched":
        parts += [c.t("ag_resched", **extra)]
        labels = ["interview_invite"]
    elif kind == "rej":
        dec, reasons = c.pick("ag_reason")
        dec = c.f(dec, **extra)
        if r.random() < 0.35:
            dec, reasons = "", []
        parts += [c.t("ag_rej", **extra), dec]
        reasons = list(reasons)
        if r.random() < 0.4:
            parts.append(c.t("ag_nofb"))
        parts.append(c.t("ag_keep"))
        labels = ["rejection"]
    elif kind == "rejfb":
        block, topics = fb_block(c)
        parts += [c.t("ag_rej", **extra), c.t("ag_fb_intro", **extra) + "\n" + block, c.t("ag_keep")]
        labels = ["rejection", "feedback"]
    elif kind == "fwdfb":
        block, topics = fb_block(c, bullets=True)
        inner = join(c.t("ag_client_fb", **extra), block)
        parts += [c.t("ag_fwd_note"), forward(c, inner, r.choice(c.P["people"])[0], f"talent@{c.co[2]}",
                                               c.t("ag_fwd_subj", **extra), addr)]
        labels = ["rejection", "feedback"]
    elif kind == "other":
        dec, reasons = c.pick("ag_reason")
        reasons = list(reasons)
        parts += [c.t("ag_rej", **extra), c.f(dec, **extra), c.t("ag_other_invite", **extra)]
        labels = ["rejection", "interview_invite"]
    elif kind == "offer":
        parts += [c.t("ag_offer", **extra)]
        labels = ["offer"]
    elif kind in ("closed", "cold", "remind"):
        parts += [c.t("ag_" + kind, **extra)]
    parts.append(c.t("sign_ag"))
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=join(*parts), labels=labels, company=co,
               topics=topics, outside_control=reasons)


def fd_msg(c: Ctx, kind: str):
    name, addr = _fd_sender(c)
    r = c.rng
    subj = c.t("fd_subj")
    topics, reasons, labels = [], [], []
    parts = [c.v["gi"]]
    if kind == "invite":
        parts.append(c.t("fd_invite"))
        labels = ["interview_invite"]
    elif kind == "rej":
        parts.append(c.t("fd_rej"))
        labels = ["rejection"]
    elif kind == "rejfb":
        block, topics = fb_block(c, k=r.choice([1, 2]), praise_p=0.8, bullets=False)
        parts += [c.t("fd_rej"), block]
        labels = ["rejection", "feedback"]
    elif kind == "offer":
        parts.append(c.t("fd_offer"))
        labels = ["offer"]
    elif kind == "thanks":
        parts.append(c.t("fd_thanks"))
    parts.append(c.t("sign_i"))
    body = join(*parts)
    if r.random() < 0.35:
        prev = join(c.v["sgf"], c.t("s_status"), c.t("sign_cand"))
        body = join(body, quote(c, prev, c.v["name"], c.uaddr))
        subj = _re(c, c.t("subj_neutral"))
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=body, labels=labels,
               company=c.v["company"], topics=topics, outside_control=reasons)


# ---------------------------------------------------------------- candidate's Sent mail


def sent_msg(c: Ctx, kind: str):
    r = c.rng
    to = f"{c.snd.slug}@{c.co[2]}"
    labels = []
    greet = c.v["sgf"]
    sign = c.t("sign_cand") if r.random() < 0.8 else c.t("sign_cand_i")
    quoted = ""
    if kind == "fbreq":
        labels = ["feedback_request"]
        body = c.t("s_fbreq")
        if r.random() < 0.5:
            subj = c.t("s_fbreq_subj")
        else:
            rej = join(c.v["gf"], c.t("rej_open"), rej_decision(c)[0], c.t("rej_close"), _sign_f(c))
            rsubj = c.t("rej_subj")
            subj = _re(c, rsubj)
            quoted = quote(c, rej, c.snd.name, to)
    elif kind == "thanks":
        subj, body = c.t("s_thanks_subj"), c.t("s_thanks")
    elif kind == "withdraw":
        subj, body = c.t("s_withdraw_subj"), c.t("s_withdraw")
    elif kind == "status":
        subj, body = c.t("s_status_subj"), c.t("s_status")
    elif kind == "accept":
        body = c.t("s_accept")
        offer = join(c.v["gf"], c.t("offer_open"), c.t("offer_terms"), _sign_f(c))
        subj = _re(c, c.t("offer_subj"))
        quoted = quote(c, offer, c.snd.name, to)
    elif kind == "confirm":
        body = c.t("s_confirm")
        inv = join(c.v["gf"], c.t("inv_open"), *(_invite_core(c, None, "slots")), _sign_f(c))
        subj = _re(c, c.t("inv_subj"))
        quoted = quote(c, inv, c.snd.name, to)
    elif kind == "decline":
        subj, body = _re(c, c.t("ag_subj")), c.t("s_decline")
        to = f"{c.snd.slug}@{c.ag[2]}"
    else:
        raise ValueError(kind)
    text = join(greet, body, sign, quoted)
    return rec(folder="Sent", from_name=c.v["name"], from_addr=c.uaddr, to_addr=to, subject=subj, body_text=text,
               labels=labels, company=None if kind == "decline" else c.v["company"])


# ---------------------------------------------------------------- look-alikes (no label)


def look_msg(c: Ctx, kind: str):
    r = c.rng
    P = c.P
    co = None
    html = None
    if kind == "alert":
        pname, pdom = r.choice(P["portals"])
        lines = []
        cos = r.sample(P["companies"], 4)
        rls = r.sample(P["roles"], 4)
        for i in range(r.choice([3, 4])):
            lines.append(c.f(r.choice(P["alert_line"]), arole=rls[i], aco=cos[i][0], acity=r.choice(P["cities"])))
        body = join(c.t("alert_intro"), "\n".join(lines), c.t("alert_foot"))
        subj = c.t("alert_subj")
        name, addr = pname, f"{r.choice(['alerts', 'noreply', 'info'])}@{pdom}"
        if r.random() < 0.4:
            html, body = to_html(body, pname), ""
    elif kind in ("digest", "news"):
        subj, body = c.pick_cycle(kind)
        pname, pdom = r.choice(P["portals"] + P["blogs"])
        name, addr = pname, f"newsletter@{pdom}"
        subj, body = c.f(subj), c.f(body) + "\n\n" + c.t("unsub")
        if r.random() < 0.35:
            html, body = to_html(body, pname), ""
    elif kind == "webinar":
        name, dom, subj, body = c.pick_cycle("webinar")
        addr = f"events@{dom}"
        subj, body = c.f(subj), c.f(body) + "\n\n" + c.t("unsub")
    elif kind == "nonjob":
        name, dom, subj, body = c.pick_cycle("nonjob")
        addr = f"{r.choice(['info', 'noreply', 'office'])}@{dom}"
        subj, body = c.f(subj), c.f(body)
        if "\n" not in body and r.random() < 0.7:
            body = join(c.v["gf"], body, name)
    elif kind == "scam":
        name, subj, body = c.pick_cycle("scam")
        addr = f"{c.rng.choice(['hr', 'jobs', 'recruit', 'office'])}{r.randint(10, 99)}@{r.choice(P['scam_doms'])}"
        subj, body = c.f(subj), c.f(body)
    elif kind == "ooo":
        name, addr = c.snd.name, f"{c.snd.slug}@{c.co[2]}"
        subj = c.t("ooo_subj", osubj=c.t("s_status_subj"))
        body = c.t("ooo_body")
        co = c.v["company"]
    elif kind == "bounce":
        name, addr = c.P["bounce_from"], f"mailer-daemon@{c.uaddr.split('@')[1]}"
        orig = join(c.t("greet_generic"), c.t("bounce_orig"), c.t("sign_cand"))
        subj = c.t("bounce_subj")
        body = join(c.t("bounce_body", baddr=f"{c.rng.choice(c.P['job_locals'])}@{c.co[2]}"), orig)
        co = c.v["company"]
    elif kind == "profview":
        pname, pdom = r.choice(P["portals"])
        name, addr = pname, f"notify@{pdom}"
        subj, body = c.t("profview_subj"), join(c.t("profview_body"), c.t("unsub"))
        co = c.v["company"]
    elif kind == "shop":
        name, dom, subj, body = c.pick_cycle("shop")
        addr = f"{r.choice(['novinky', 'news', 'promo'])}@{dom}"
        subj, body = c.f(subj), c.f(body) + "\n\n" + c.t("unsub")
    elif kind == "friend":
        subj, body, names_co = c.pick_cycle("friend")
        name, addr = c.snd.name, f"{c.snd.slug}@{r.choice(P['mail_doms'])}"
        subj, body = c.f(subj), join(c.v["gi"], c.f(body), c.snd.first)
        co = c.v["company"] if names_co else None
    else:
        raise ValueError(kind)
    return rec(from_name=name, from_addr=addr, subject=subj, body_text=body, body_html=html, labels=[], company=co)


# ---------------------------------------------------------------- families


PLANS = {
    "ats": [("ack", 2), ("ack_html", 1), ("ack_test", 2), ("rej", 2), ("rej_html", 1), ("rej_autofb", 1),
            ("rej_other_apply", 1), ("inv", 1), ("inv_html", 1), ("assess", 1), ("offer_portal", 1),
            ("status", 2), ("profile", 1), ("remind", 1), ("wdconf", 1), ("alert", 1)],
    "hr": [("rej", 3), ("rej_nofb", 1), ("rej_fb", 3), ("fb_reply", 1), ("inv", 2), ("resched", 1),
           ("fwd_inv", 1), ("offer", 2), ("rej_other_inv", 1), ("thanks_today", 1), ("remind", 1),
           ("onboard", 1), ("hr_ack", 1), ("intl_interview", 1), ("intl_misc", 1), ("wdconf", 1)],
    "rec": [("ag_invite", 2), ("ag_invite_anon", 1), ("fd_invite", 2), ("ag_rej", 1), ("fd_rej", 2),
            ("ag_rejfb", 1), ("ag_fwdfb", 1), ("fd_rejfb", 1), ("ag_offer", 1), ("fd_offer", 1), ("ag_resched", 1),
            ("ag_other", 1), ("ag_closed", 1), ("ag_cold", 1), ("ag_cold_anon", 1), ("fd_thanks", 1),
            ("ag_remind", 1)],
    "sent": [("fbreq", 5), ("thanks", 2), ("withdraw", 2), ("status", 2), ("accept", 1), ("confirm", 1),
             ("decline", 1)],
    "look": [("alert", 3), ("digest", 1), ("news", 2), ("webinar", 2), ("nonjob", 5), ("scam", 1), ("ooo", 1),
             ("bounce", 1), ("profview", 1), ("shop", 1), ("friend", 2)],
}


def build_one(c: Ctx, fam: str, kind: str):
    if fam == "ats":
        return {
            "ack": lambda: ats_ack(c), "ack_html": lambda: ats_ack(c, html=True),
            "ack_test": lambda: ats_ack(c, html=c.rng.random() < 0.4, test=True),
            "rej": lambda: ats_rej(c), "rej_html": lambda: ats_rej(c, html=True),
            "rej_autofb": lambda: ats_rej(c, autofb=True), "rej_other_apply": lambda: ats_rej(c, other="apply"),
            "inv": lambda: ats_invite(c), "inv_html": lambda: ats_invite(c, html=True),
            "assess": lambda: ats_assess(c), "offer_portal": lambda: ats_offer(c),
            "status": lambda: ats_simple(c, "status", html=c.rng.random() < 0.3),
            "profile": lambda: ats_simple(c, "profile", html=True),
            "remind": lambda: ats_simple(c, "remind"), "wdconf": lambda: ats_simple(c, "wdconf"),
            "alert": lambda: look_msg(c, "alert"),
        }[kind]()
    if fam == "hr":
        return {
            "rej": lambda: hr_rej(c), "rej_nofb": lambda: hr_rej(c, nofb=True), "rej_fb": lambda: hr_rej(c, fb=True),
            "fb_reply": lambda: hr_fb_reply(c), "inv": lambda: hr_invite(c), "resched": lambda: hr_invite(c, resched=True),
            "fwd_inv": lambda: hr_forward_invite(c), "offer": lambda: hr_offer(c),
            "rej_other_inv": lambda: hr_rej(c, other="invite"),
            "thanks_today": lambda: hr_simple(c, "thanks_today"), "remind": lambda: hr_simple(c, "remind"),
            "onboard": lambda: hr_simple(c, "onboard"), "hr_ack": lambda: hr_ack(c), "wdconf": lambda: hr_simple(c, "wdconf"),
            "intl_interview": lambda: hr_internal(c, "intl_interview"), "intl_misc": lambda: hr_internal(c, "intl_misc"),
        }[kind]()
    if fam == "rec":
        if kind.startswith("ag_"):
            k = kind[3:]
            anon = k.endswith("_anon")
            return ag_msg(c, k.replace("_anon", ""), named=not anon)
        return fd_msg(c, kind[3:])
    if fam == "sent":
        return sent_msg(c, kind)
    if fam == "look":
        return look_msg(c, kind)
    raise ValueError(fam)


def run_language(P, rng, families=None, scale=1.0):
    """Yield all records of one language pack. families: mapping of family key -> family name suffix."""
    families = families or {"ats": "ats-portal", "hr": "hr-letters", "rec": "recruiters-founders",
                            "sent": "sent", "look": "lookalikes"}
    out = []
    P["_cycle"] = {}
    for fkey, fname in families.items():
        fam = f"{P['code']}-{fname}"
        kinds = []
        for kind, n in PLANS[fkey]:
            kinds += [kind] * n
        if scale > 1 and fkey != "look":
            kinds += rng.sample(kinds, round(len(kinds) * (scale - 1)))
        rng.shuffle(kinds)
        for i, kind in enumerate(kinds, 1):
            c = Ctx(P, rng)
            r = build_one(c, fkey, kind)
            r.setdefault("to_addr", c.uaddr)
            if r.get("folder") == "Sent":
                pass
            full = {"id": f"w50-{fam}-{i}", "family": fam, "folder": r["folder"], "lang": P["lang"],
                    "from_name": r["from_name"], "from_addr": r["from_addr"], "to_addr": r["to_addr"],
                    "subject": r["subject"], "body_text": r["body_text"], "body_html": r["body_html"],
                    "labels": r["labels"], "company": r["company"], "topics": sorted(set(r["topics"])),
                    "outside_control": sorted(set(r["outside_control"]))}
            out.append(full)
    return out
