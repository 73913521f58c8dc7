"""w49 runner: turns (family style, fragment set, regions) into employer-mail records."""

from __future__ import annotations

from _w49_common import chance, pick, record, slug
from _w49_compose import compose
from _w49_world import make_ctx

KIND_WEIGHTS = [
    ("rej_app", 9), ("rej_int", 8), ("rej_test", 3), ("rej_med", 1.5), ("rej_bg", 1.5), ("rej_fb", 4.5),
    ("rej_inv", 2), ("inv", 10), ("resched", 3), ("ack", 7), ("ack_test", 2.5), ("offer", 4), ("offer_cond", 2),
    ("offer_verbal", 1.5), ("fb", 3),
    ("review", 4.5), ("profile", 3), ("reminder", 4.5), ("onboard", 3), ("medical", 2), ("interviewer", 2),
    ("closed", 2), ("thanks", 3), ("withdraw", 1.5), ("nofb", 2),
]

VENDORS = [("HireNest", "hirenest-mail.com"), ("TalentKraft", "notify.talentkraft.io"), ("Kazi Portal", "kaziportal.co"),
           ("RecruitLoop Asia", "rla-mailer.com"), ("PeopleGrid", "mail.peoplegrid.net"), ("JobVerse ATS", "jobverse-ats.com"),
           ("Selekta", "selekta-hr.com"), ("Vagahub", "mail.vagahub.com.br"), ("Talentia Latam", "talentialatam.com"),
           ("RekrutPro", "rekrutpro.id")]


def weighted(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def sender(rng, ctx, style, F):
    sig = style.get("sig", "person")
    if sig == "team":
        mode = rng.randrange(4)
        if mode == 0 and style.get("vendor"):
            vname, vdom = style["vendor"]
            return pick(rng, [f"{ctx['company']} via {vname}", f"{ctx['company']} Careers", ctx["company"]]), \
                f"no-reply@{vdom}"
        return pick(rng, F.get("team_names", ["{company} Careers", "{company} HR", "{company} Recruitment"])).format(
            company=ctx["company"]), pick(rng, [f"careers@{ctx['domain']}", f"recruitment@{ctx['domain']}",
                                                f"noreply@{ctx['domain']}", f"hr@{ctx['domain']}",
                                                f"talent@{ctx['domain']}"])
    if sig == "short" and chance(rng, 0.5):
        return ctx["sname"], f"{slug(ctx['sname']).replace('.', '')}{rng.randrange(10, 99)}@gmail.com"
    return pick(rng, [ctx["sname"], ctx["sname"], f"{ctx['sname']} ({ctx['company']})", ""]), ctx["staff_addr"]


def employer_family(rng, ctr, family, F, regions, n, style, kinds=None, employers=None, roles=None):
    out = []
    kinds = kinds or KIND_WEIGHTS
    for _ in range(n):
        region = pick(rng, regions)
        emp = pick(rng, employers) if employers else None
        ctx = make_ctx(rng, region, F, employer=emp, roles=roles)
        kind = weighted(rng, kinds)
        subj, text, html, labels, topics, outside = compose(rng, F, kind, ctx, style)
        fname, faddr = sender(rng, ctx, style, F)
        to = ctx["cand_addr"]
        if kind == "interviewer":
            fname, faddr = ctx["sname"], ctx["staff_addr"]
            to = f"{slug(ctx['first']).replace('.', '')}.{slug(ctx['last']).replace('.', '')}@{ctx['domain']}"
        out.append(record(ctr, family, F["lang"], fname, faddr, to, subj, text, labels, ctx["company"],
                          topics, outside, body_html=html))
    return out
