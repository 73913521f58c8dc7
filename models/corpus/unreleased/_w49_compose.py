"""w49 employer-mail composer: one frame for every kind; the label comes from the deciding sentence."""

from __future__ import annotations

from _w49_common import chance, html_shell, pick, roughen

TOPICS_ALL = ["coding", "system_design", "technical_depth", "behavioural", "communication", "questions_to_ask",
              "composure", "experience_level", "collaboration", "cv_positioning"]

LABELS = {
    "rej_app": ["rejection"], "rej_test": ["rejection"], "rej_int": ["rejection"], "rej_med": ["rejection"],
    "rej_bg": ["rejection"], "rej_fb": ["rejection", "feedback"], "rej_inv": ["rejection", "interview_invite"],
    "inv": ["interview_invite"], "resched": ["interview_invite"], "ack": ["application_ack"],
    "ack_test": ["application_ack", "interview_invite"], "offer": ["offer"], "offer_cond": ["offer"],
    "offer_verbal": ["offer"], "fb": ["feedback"],
}
NEG_KINDS = ["review", "profile", "reminder", "onboard", "medical", "interviewer", "closed", "thanks",
             "withdraw", "nofb"]
SUBJ_GROUP = {
    "rej_app": "rej", "rej_test": "rej", "rej_int": "rej", "rej_med": "rej", "rej_bg": "rej", "rej_fb": "rej",
    "rej_inv": "rej", "inv": "inv", "resched": "resched", "ack": "ack", "ack_test": "ack", "offer": "offer",
    "offer_cond": "offer", "offer_verbal": "offer", "fb": "fb",
}


def fill(t, ctx):
    return t.format_map(ctx)


def _details(rng, F, ctx, with_link=False):
    L = F["dl"]
    rows = [(L["date"], ctx["date"]), (L["time"], ctx["time"])]
    if with_link:
        rows.append((L["link"], ctx["link"]))
    else:
        rows.append((L["venue"], ctx["venue"]))
    if chance(rng, 0.5):
        items = rng.sample(F["bring"], k=min(len(F["bring"]), rng.randrange(2, 5)))
        if chance(rng, 0.5):
            items.append(ctx["localdoc"])
        rows.append((L["bring"], "; ".join(items)))
    if chance(rng, 0.3):
        rows.append((L["contact"], ctx["sname"] + " " + ctx["phone"]))
    sep = pick(rng, [": ", " - ", " : ", ":\t"])
    bullet = pick(rng, ["", "", "- ", "* ", "• "])
    return "\n".join(f"{bullet}{a}{sep}{b}" for a, b in rows)


def _terms(rng, F, ctx):
    L = F["tl"]
    rows = [(L["position"], ctx["role"]), (L["salary"], ctx["salary"]), (L["start"], ctx["start"])]
    if chance(rng, 0.6):
        rows.insert(1, (L["grade"], ctx["grade"]))
    if chance(rng, 0.5):
        rows.append((L["location"], ctx["city"]))
    if chance(rng, 0.5):
        rows.append((L["report"], ctx["manager"]))
    return "\n".join(f"{a}: {b}" for a, b in rows)


def _docs(rng, F):
    items = rng.sample(F["docs"], k=min(len(F["docs"]), rng.randrange(3, 6)))
    style = rng.randrange(3)
    if style == 0:
        return "\n".join(f"{i + 1}. {d}" for i, d in enumerate(items))
    if style == 1:
        return "\n".join(f"- {d}" for d in items)
    return "; ".join(items) + "."


def decide(rng, F, kind, ctx):
    """Return (paragraph list, labels, topics, outside, subject group)."""
    P = []
    labels = list(LABELS.get(kind, []))
    topics, outside = [], []
    D = F["decide"]
    f = lambda t: fill(t, ctx)  # noqa: E731
    if kind.startswith("rej"):
        stage = {"rej_app": "app", "rej_test": "test", "rej_int": "int", "rej_med": "med", "rej_bg": "bg",
                 "rej_fb": "int", "rej_inv": pick(rng, ["app", "int"])}[kind]
        if chance(rng, 0.45):
            P.append(f(pick(rng, F["soft"][stage if stage in F["soft"] else "app"])))
        reason = None
        if stage in ("app", "int", "test") and chance(rng, 0.45):
            reason = pick(rng, ["role_filled", "closer_fit", "closer_fit", "level_mismatch", "budget_freeze",
                                "role_cancelled", "role_filled"])
        if reason and chance(rng, 0.4) and F["reason_alone"].get(reason):
            P.append(f(pick(rng, F["reason_alone"][reason])))
        else:
            core = f(pick(rng, D["rej"][stage]))
            if reason:
                core += " " + f(pick(rng, F["reason"][reason]))
            P.append(core)
        if reason:
            outside.append(reason)
        if kind == "rej_fb":
            fb_p, topics = _feedback(rng, F, ctx)
            P.extend(fb_p)
        if kind == "rej_inv":
            P.append(f(pick(rng, D["other_role"])))
            if chance(rng, 0.6):
                P.append(_details(rng, F, ctx, with_link=chance(rng, 0.3)))
        if kind not in ("rej_fb", "rej_inv") and chance(rng, 0.25):
            P.append(f(pick(rng, F["nofb"])))
        if stage in ("app", "int", "test") and chance(rng, 0.4):
            P.append(f(pick(rng, F["pool"])))
    elif kind == "fb":
        P.append(f(pick(rng, D["fb_sep"])))
        fb_p, topics = _feedback(rng, F, ctx)
        P.extend(fb_p)
        if chance(rng, 0.4):
            P.append(f(pick(rng, F["pool"])))
    elif kind == "inv":
        sub = pick(rng, ["walkin", "panel", "panel", "test", "ac", "video", "phone", "short", "short"])
        P.append(f(pick(rng, D["inv"][sub])))
        if sub in ("walkin", "panel", "ac", "short") and chance(rng, 0.7):
            P.append(_details(rng, F, ctx))
        elif sub in ("video", "phone") and chance(rng, 0.5):
            P.append(_details(rng, F, ctx, with_link=True))
        if chance(rng, 0.6):
            P.append(f(pick(rng, F["confirm"])))
    elif kind == "resched":
        P.append(f(pick(rng, D["resched"])))
        if chance(rng, 0.5):
            P.append(_details(rng, F, ctx, with_link=chance(rng, 0.4)))
        if chance(rng, 0.5):
            P.append(f(pick(rng, F["confirm"])))
    elif kind in ("ack", "ack_test"):
        P.append(f(pick(rng, D["ack"])))
        if kind == "ack_test":
            P.append(f(pick(rng, D["test_inv"])))
        if chance(rng, 0.5):
            P.append(f(pick(rng, F["next"])))
        if chance(rng, 0.2):
            P.append(f(pick(rng, F["pool"])))
    elif kind.startswith("offer"):
        src = {"offer": "offer", "offer_cond": "offer", "offer_verbal": "offer_verbal"}[kind]
        P.append(f(pick(rng, D[src])))
        if kind != "offer_verbal" and chance(rng, 0.6):
            P.append(_terms(rng, F, ctx))
        if kind == "offer_cond":
            P.append(f(pick(rng, D["offer_cond"])))
            if chance(rng, 0.5):
                P.append(_docs(rng, F))
        P.append(f(pick(rng, F["accept"])))
    else:  # negatives from the same employers
        P.append(f(pick(rng, D["neg"][kind])))
        if kind == "reminder" and chance(rng, 0.7):
            P.append(_details(rng, F, ctx, with_link=chance(rng, 0.3)))
            if chance(rng, 0.5):
                P.append(f(pick(rng, F["confirm"])))
        if kind in ("onboard", "medical") and chance(rng, 0.7):
            P.append(_docs(rng, F))
        if kind == "review" and chance(rng, 0.4):
            P.append(f(pick(rng, F["next"])))
        if kind == "thanks" and chance(rng, 0.4):
            P.append(f(pick(rng, F["next"])))
    return P, labels, topics, outside


def _feedback(rng, F, ctx):
    P = [fill(pick(rng, F["fb_intro"]), ctx)]
    n = pick(rng, [1, 1, 2, 2, 3])
    ts = rng.sample(list(F["fb"].keys()), k=n)
    lines = []
    if chance(rng, 0.6):
        lines.append(fill(pick(rng, F["fb_praise"]), ctx))
    for t in ts:
        lines.append(fill(pick(rng, F["fb"][t]), ctx))
    if chance(rng, 0.4):
        P.append("\n".join("- " + x for x in lines))
    else:
        P.append(" ".join(lines))
    return P, ts


def signature(rng, F, ctx, kind_sig):
    if kind_sig == "person":
        lines = [ctx["sname"]]
        if chance(rng, 0.85):
            lines.append(ctx["stitle"])
        lines.append(ctx["company"])
        if chance(rng, 0.5):
            lines.append(ctx["phone"])
        if chance(rng, 0.3):
            lines.append(ctx["address"])
        return "\n".join(lines)
    if kind_sig == "team":
        return fill(pick(rng, F["team_sig"]), ctx)
    return ctx["sfirst"]


def subject(rng, F, kind, ctx):
    g = SUBJ_GROUP.get(kind, kind)
    if chance(rng, 0.35) and kind not in ("interviewer",):
        s = pick(rng, F["subj_generic"])
    else:
        s = pick(rng, F["subj"][g])
    s = fill(s, ctx)
    r = rng.random()
    if r < 0.12:
        s = "RE: " + s
    elif r < 0.15:
        s = s.upper()
    return s


def compose(rng, F, kind, ctx, style):
    """style: dict(sig=person|team|short, open_p, close_p, footer_p, rough, html_p, html_only_p, quote_p)."""
    P, labels, topics, outside = decide(rng, F, kind, ctx)
    paras = []
    short = style.get("sig") == "short"
    if not short or chance(rng, 0.5):
        paras.append(fill(pick(rng, F["greet"]), ctx))
    if kind == "interviewer":
        pass
    elif not short and chance(rng, style.get("open_p", 0.7)):
        paras.append(fill(pick(rng, F["open"]), ctx))
    paras.extend(P)
    if not short and chance(rng, style.get("close_p", 0.8)):
        paras.append(fill(pick(rng, F["close"]), ctx))
    sig = fill(pick(rng, F["signoff"]), ctx) + "\n" + signature(rng, F, ctx, style.get("sig", "person"))
    rough = style.get("rough", 0)
    paras = [roughen(rng, p, rough) if chance(rng, 0.35) else p for p in paras]
    footer = None
    if chance(rng, style.get("footer_p", 0.4)):
        footer = fill(pick(rng, F["footer"]), ctx)
    text = "\n\n".join(paras) + "\n\n" + sig
    if footer:
        text += "\n\n" + pick(rng, ["", "--\n", "______________________________\n", "---------\n"]) + footer
    if kind in ("fb", "nofb", "resched", "rej_int", "rej_fb", "offer_verbal", "thanks", "withdraw") \
            and chance(rng, style.get("quote_p", 0.35)):
        prev = fill(pick(rng, F["cand_prev"][kind if kind in F["cand_prev"] else "any"]), ctx)
        hdr = fill(pick(rng, F["quote_hdr"]), ctx)
        text += "\n\n" + hdr + "\n" + "\n".join("> " + ln for ln in prev.split("\n"))
    html = None
    if chance(rng, style.get("html_p", 0.0)):
        html = html_shell(rng, paras + [sig], ctx["company"], footer=footer)
        if chance(rng, style.get("html_only_p", 0.5)):
            text = ""
    subj = subject(rng, F, kind, ctx)
    return subj, text, html, labels, topics, outside
