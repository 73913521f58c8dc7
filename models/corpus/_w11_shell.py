"""Wrap a w11 meaning (from _w11_say) in a sender persona: who writes, how they greet, sign and format.

``employer_batch`` produces ``count`` records for one family: one style of sender, a few sectors and
a weight per meaning. The same style wraps labelled and unlabelled meanings alike, so the shell
never gives the label away.
"""

from __future__ import annotations

import importlib
import random


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w11_kit")
S = _load("_w11_say")
pick, maybe = K.pick, K.maybe

INTENTS = {
    "ack": S.say_ack, "ack_invite": S.say_ack_invite, "invite": S.say_invite, "reschedule": S.say_reschedule,
    "reject": S.say_reject, "reject_feedback": S.say_reject_feedback, "feedback_reply": S.say_feedback_reply,
    "reject_other_invite": S.say_reject_other_invite, "offer": S.say_offer, "roster_offer": S.say_roster_offer,
    "reserve_reject": S.say_reserve_reject, "cancel_filled": S.say_cancel_filled,
    "status": S.say_status, "reminder": S.say_reminder, "thanks_today": S.say_thanks_today, "incomplete": S.say_incomplete,
    "onboarding": S.say_onboarding, "cant_share": S.say_cant_share, "references": S.say_references,
    "closed_early": S.say_closed_early,
}

AGENCIES = ["Quadrant Arts Recruitment", "Fieldstone Academic Search", "Cantor & Lyle Executive Search (Charities)",
            "Museum Jobs Direct", "Greenroom Talent", "Harbour Research Staffing"]


def short_name(org: str) -> str:
    for pre in ("The ",):
        if org.startswith(pre):
            org = org[len(pre):]
    return org


def make_ctx(rng: random.Random, sector: str, roles: list[str] | None = None) -> dict:
    org = K.org_for(rng, sector)
    ctx = {"sector": sector, "org": org, "role": pick(rng, roles or K.ROLES[sector]), "cand": K.candidate(rng),
           "who": K.staff(rng, sector), "ref": K.ref_no(rng), "panel": pick(rng, K.PANEL[sector]),
           "step": pick(rng, K.STEPS[sector]), "material": pick(rng, K.MATERIAL[sector]), "test": K.TESTS[sector],
           "short": short_name(org)}
    ctx["link"] = K.link(rng, org, pick(rng, ["portal", "book", "test"]))
    return ctx


CONTEXT = [
    "We are a small organisation and every appointment matters a great deal to us.",
    "Our new strategy puts community partnerships at the centre of everything we do.",
    "The department has grown quickly over the last three years, with two new research centres.",
    "Apologies for the length of this message; I wanted to set everything out clearly.",
    "Please note that our offices are closed on Fridays during the summer.",
    "I'm copying in my colleague from HR so that she has the same information.",
    "We are committed to a fair and transparent process, and every stage is scored against the published criteria.",
    "Our recruitment this year was run jointly with the partner institutions in the consortium.",
    "Everything in this email is also available in large print or audio on request.",
    "The project is funded for five years by a consortium of public funders.",
    "As you may know, we move into a new building next year, which has made this a busy term for all of us.",
    "This year marks our fiftieth anniversary, so things are a little hectic.",
    "We are moving to a four-day week from next month, which you may have seen in the press.",
    "The organisation operates in fourteen countries, with headquarters in Geneva and regional hubs in Nairobi and Bangkok.",
]


def _cap(p: str) -> str:
    return p[:1].upper() + p[1:] if p else p


def wrap(rng: random.Random, style: str, ctx: dict, m: dict) -> dict:
    """Return from_name, from_addr, subject, paras, html mode, brand, tail for one styled message."""
    org, who, c = ctx["org"], ctx["who"], ctx["cand"]
    core = [_cap(p) for p in m["core"]]
    if style in ("committee", "letter", "admin", "unsys") and rng.random() < 0.3:
        core.insert(rng.randint(1, len(core)), pick(rng, CONTEXT))
    subj = K.subj_prefix(rng, m["subj"], m["reply"])
    tail = m["tail"]
    html, brand = "text", ""
    dom = K.domain_for(org)
    if style == "committee":
        from_name = f"{who['honor']}{who['full']}".strip()
        from_addr = K.staff_addr(who, org, rng)
        opener = maybe(rng, 0.3, pick(rng, [f"On behalf of {ctx['panel']} for the post of {ctx['role']}, I write as follows.",
                                            "I hope this finds you well.", "I write in my capacity as chair of the committee."]))
        paras = [K.greeting(rng, c, True), opener] + core + [K.signoff(rng, True) + "\n\n" + K.signature(rng, who, org, True),
                                                            maybe(rng, 0.6, K.footer(rng))]
        html = pick(rng, ["text", "text", "both"])
    elif style == "admin":
        from_name = pick(rng, [who["full"], f"{who['full']} ({short_name(org)})", f"{ctx['sector'].title()} Office" if False else who["full"]])
        from_addr = pick(rng, [K.staff_addr(who, org, rng), f"{pick(rng, ['hr', 'recruitment', 'schooloffice', 'hiring', 'jobs'])}@{dom}"])
        paras = [K.greeting(rng, c, rng.random() < 0.6)] + core + [K.signoff(rng, rng.random() < 0.5) + "\n" + who["first"]
                                                                   + maybe(rng, 0.7, "\n" + who["title"] + ", " + short_name(org)),
                                                                   maybe(rng, 0.3, K.footer(rng))]
    elif style == "portal":
        from_name = pick(rng, [f"{short_name(org)} Recruitment", f"Jobs at {short_name(org)}", f"{short_name(org)} Careers",
                               f"{short_name(org)} via OpenCall", "no-reply", f"{short_name(org)} HR"])
        from_addr = pick(rng, K.ATS_RELAYS + [f"no-reply@{dom}", f"recruitment@{dom}"])
        team = pick(rng, [f"{short_name(org)} Recruitment Team", "The Recruitment Team", "People Services", "HR Recruitment",
                          f"Human Resources, {org}"])
        paras = [pick(rng, [f"Dear {c['first']},", f"Dear {c['full']},", f"Hello {c['first']},", "Dear Candidate,"])] + core + [
            pick(rng, ["Kind regards,", "Best regards,", "Regards,", "Thank you,"]) + "\n" + team,
            K.footer(rng), maybe(rng, 0.4, "Please do not reply to this email. This mailbox is not monitored.")]
        html = pick(rng, ["only", "only", "both", "text"])
        brand = org
    elif style == "pi":
        from_name = pick(rng, [who["full"], f"{who['first']} {who['last'][0]}.", who["full"].upper() if rng.random() < 0.1 else who["full"]])
        from_addr = pick(rng, [K.staff_addr(who, org, rng), f"{who['first'].lower()}.{who['last'].lower()}@gmail.com"])
        paras = [K.greeting(rng, c, False)] + core + [K.signoff(rng, False) + "\n" + who["first"]
                                                       + maybe(rng, 0.4, "\n--\n" + K.signature(rng, who, org, False)),
                                                       maybe(rng, 0.2, "Sent from my phone, please excuse brevity")]
    elif style == "studio":
        from_name = pick(rng, [who["full"], f"{who['first']} at {short_name(org)}", f"{short_name(org)} Team"])
        from_addr = pick(rng, [K.staff_addr(who, org, rng), f"hello@{dom}", f"jobs@{dom}", f"team@{dom}"])
        emoji = pick(rng, ["", "", " 🙂", " ✨", " 🎬", " 🎨", " 👋"])
        paras = [K.greeting(rng, c, False) + emoji] + core + [K.signoff(rng, False) + "\n" + who["first"] + "\n" + who["title"] + " | " + org,
                                                               maybe(rng, 0.35, pick(rng, ["Follow us on Instagram @" + K.slug(org),
                                                                                           "We're hiring across the studio: " + dom + "/jobs",
                                                                                           K.footer(rng)]))]
        html = pick(rng, ["text", "text", "both", "only"])
        brand = org if html != "text" and rng.random() < 0.5 else ""
    elif style == "letter":
        from_name = pick(rng, [f"{org} – Human Resources", f"{short_name(org)} People Team", who["full"]])
        from_addr = pick(rng, [f"hr@{dom}", f"people@{dom}", K.staff_addr(who, org, rng)])
        head = f"{org}\n{pick(rng, ['Human Resources', 'Office of the Director', 'People & Culture'])}\nOur ref: {ctx['ref']}\n{K.date_str(rng)}"
        paras = [head, f"{c['full']}\nBy email", maybe(rng, 0.7, f"Re: {ctx['role']}"), K.greeting(rng, c, True)] + core + [
            K.signoff(rng, True) + "\n\n" + K.signature(rng, who, org, True), maybe(rng, 0.7, K.footer(rng))]
        html = pick(rng, ["text", "both", "only"])
        brand = org if html != "text" else ""
    elif style == "unsys":
        from_name = pick(rng, [f"{org} Careers Portal", f"{org} - Talent Acquisition", f"{short_name(org)} e-Recruitment", "Recruitment System"])
        from_addr = pick(rng, [f"careers-noreply@{dom}", f"erecruit@{dom}", f"do-not-reply@{dom}"])
        subj = K.subj_prefix(rng, f"{ctx['ref'].upper()} – {m['subj']}" if rng.random() < 0.5 else m["subj"].upper(), m["reply"])
        paras = [pick(rng, [f"Dear {pick(rng, ['Mr.', 'Ms.', 'Mx.'])} {c['last']},", f"Dear {c['first']} {c['last']},",
                            f"Dear {c['first'].upper()} {c['last'].upper()},"])] + core + [
            "Yours sincerely,\n" + pick(rng, ["Recruitment Section, Human Resources Management Service", "Talent Acquisition Unit",
                                                f"Office of Human Resources, {org}"]),
            K.FOOTERS[8], maybe(rng, 0.5, "This is a system-generated message. Replies to this address are not read.")]
        html = pick(rng, ["text", "both", "only"])
    elif style == "agency":
        ag = pick(rng, AGENCIES)
        from_name = pick(rng, [who["full"], f"{who['full']} | {ag}"])
        from_addr = f"{who['first'].lower()}@{K.slug(ag)[:16]}.co.uk"
        paras = [K.greeting(rng, c, False), pick(rng, [f"Quick update on the {ctx['role']} role with {org}.",
                                                     f"I've heard back from {org} about the {ctx['role']} position.",
                                                     f"Following up on your application to {org} through us."])] + [
            p.replace("{org}", org) for p in core] + [K.signoff(rng, False) + "\n" + who["full"] + "\n" + pick(rng, ["Senior Consultant", "Principal Consultant", "Recruitment Partner"]) + "\n" + ag,
                                                     maybe(rng, 0.5, f"{ag} acts as an employment agency for permanent recruitment.")]
    else:
        raise ValueError(style)
    return {"from_name": from_name, "from_addr": from_addr, "subject": subj, "paras": paras, "html": html, "brand": brand,
            "tail": tail}


def employer_batch(rng: random.Random, prefix: str, family: str, count: int, style: str, sectors: list[str],
                   weights: dict[str, float], start: int = 0, roles: list[str] | None = None) -> list[dict]:
    names, w = list(weights), [weights[k] for k in weights]
    recs = []
    for i in range(count):
        intent = rng.choices(names, w)[0]
        ctx = make_ctx(rng, pick(rng, sectors), roles)
        m = INTENTS[intent](rng, ctx)
        wr = wrap(rng, style, ctx, m)
        recs.append(K.record(prefix, family, start + i, folder="INBOX", from_name=wr["from_name"], from_addr=wr["from_addr"],
                             to_addr=ctx["cand"]["addr"], subject=wr["subject"], paras=wr["paras"], labels=m["labels"],
                             company=ctx["org"], topics=m["topics"], oc=m["oc"], html=wr["html"], rng=rng, brand=wr["brand"],
                             tail=wr["tail"]))
    return recs
