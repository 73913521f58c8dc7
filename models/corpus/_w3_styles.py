"""Sender styles for the w3 generators: turn a meaning ``Core`` into a full corpus record.

One function per family style (ATS plain/HTML, in-house recruiter, hiring manager/founder, formal
letter, reply thread, agency forward, job board, non-employer, candidate Sent mail). Every style
accepts every meaning it is given, so greetings, signatures and footers never carry a label.
"""

from __future__ import annotations

import random

import _w3_frags2 as G
import _w3_meanings as M
from _w3_shell import (
    CLOSE_FORMAL, CLOSE_WARM, GREET_FORMAL, GREET_WARM, RELAYS, TITLES_MGR, Ctx, footer, forward_block,
    join, pick, quote, quoted_header, record, sig_person, sig_team, slug, to_html,
)

AGENCIES = ["Harbor Talent Partners", "Northlight Search", "Keystone People", "Bright Path Recruitment",
            "Fathom Tech Search", "Clearwater Staffing"]

SENT_PRIOR = {
    "sent_status": G.SENT_STATUS,
    "sent_fb": G.SENT_FB_REQ,
    "sent_apply": ["Please find attached my CV for the {role} role. I'd love to be considered.",
                   "I'm writing to apply for {role}; my CV and portfolio are attached.",
                   "Hi, I saw the {role} opening and would like to apply. CV attached.",
                   "I'd like to express my interest in the {role} position."],
    "sent_withdraw": ["I've accepted another offer, so I'd like to withdraw my application for {role}.",
                      "Please withdraw my application; my circumstances have changed.",
                      "I've decided to stay in my current role, so I'd like to step out of the process."],
    "sent_accept": ["I'm delighted to accept the offer and look forward to starting on {date}.",
                    "Signed contract attached. Very happy to accept!",
                    "I'm happy to confirm that I accept your offer."],
    "sent_decline": ["Thank you for the offer. After a lot of thought, I've decided to decline.",
                     "I'm sorry to say I won't be accepting the offer; I've chosen another role.",
                     "Thanks so much, but I've decided to turn the offer down."],
    "sent_thanks_final": ["Thanks again for the final round today; I really enjoyed meeting everyone.",
                          "Just wanted to say thank you for organising the onsite.",
                          "Thanks for the conversation on {day}. Looking forward to hearing from you."],
}


def employer_subject(rng: random.Random, core: M.Core, d: dict) -> str:
    pool = M.SUBJ_EMPLOYER if rng.random() < 0.4 else core.subjects
    return pick(rng, pool).format(**d)


def prior_text(rng: random.Random, key: str, d: dict) -> tuple[str, bool]:
    """Text of an earlier message a reply quotes, and whether the candidate wrote it."""
    if key == "inv":
        c = pick(rng, [M.inv_call, M.inv_tech, M.inv_link, M.inv_onsite])(rng, d)
        return join([pick(rng, GREET_WARM).format(**d)] + c.paras + [pick(rng, CLOSE_WARM), d["sender"]]), False
    body = pick(rng, SENT_PRIOR[key]).format(**d)
    return join([pick(rng, ["Hi {s_first},", "Dear {s_first},", "Hello,"]).format(**d), body,
                 pick(rng, ["Best,", "Thanks,", "Kind regards,"]), d["first"]]), True


def _finish(rng, prefix, family, n, d, core, *, from_name, from_addr, subject, paras, html_only=False,
            html_style="plain", company=True, lang="en", folder="INBOX", to_addr=None) -> dict:
    body = join(paras)
    return record(prefix, family, n, lang=lang, folder=folder, from_name=from_name, from_addr=from_addr,
                  to_addr=to_addr or d["cand_addr"], subject=subject,
                  body_text="" if html_only else body,
                  body_html=to_html(rng, paras, html_style) if html_only else None,
                  labels=core.labels, company=(d["company"] if company and core.company_known else None),
                  topics=core.topics, oc=core.oc)


def ats(rng, ctx: Ctx, core: M.Core, prefix, family, n, html_only=False):
    d = ctx.as_dict()
    relay = pick(rng, RELAYS)
    d["relay"] = relay
    from_name = pick(rng, ["{company} Careers", "{company} Recruiting", "Careers at {company}",
                           "{company} via " + relay.split(".")[-2].capitalize(), "{company}", "{company} Jobs"]).format(**d)
    from_addr = pick(rng, [f"no-reply@{relay}", f"{d['co_slug']}@{relay}", f"jobs+{d['co_slug']}@{relay}",
                           f"careers@{d['co_slug']}.com"])
    greet = pick(rng, GREET_FORMAL + GREET_WARM[:3]).format(**d)
    paras = [greet] + core.paras + [pick(rng, CLOSE_FORMAL + CLOSE_WARM[:3]), sig_team(rng, d), footer(rng, d, "ats")]
    return _finish(rng, prefix, family, n, d, core, from_name=from_name, from_addr=from_addr,
                   subject=employer_subject(rng, core, d), paras=paras, html_only=html_only,
                   html_style=pick(rng, ["plain", "table", "div"]))


def recruiter(rng, ctx: Ctx, core: M.Core, prefix, family, n, quote_prior=False):
    d = ctx.as_dict()
    agency = rng.random() < 0.35
    if agency:
        ag = pick(rng, AGENCIES)
        from_addr = f"{d['s_first'].lower()}.{d['s_last'].lower()}@{slug(ag)[:12]}.co.uk"
        d_sig = dict(d, company=ag)
    else:
        from_addr = pick(rng, [f"{d['s_first'].lower()}.{d['s_last'].lower()}@{d['co_slug']}.com",
                               f"{d['s_first'].lower()}@{d['co_slug']}.io", f"{d['s_first'].lower()}@{pick(rng, RELAYS)}"])
        d_sig = d
    paras = [pick(rng, GREET_WARM).format(**d)] + core.paras
    paras += [pick(rng, CLOSE_WARM), sig_person(rng, d_sig, show_company=True), footer(rng, d_sig, "corp")]
    subject = employer_subject(rng, core, d)
    if quote_prior and core.prior:
        subject, paras = _add_quote(rng, d, core, subject, paras, from_addr)
    return _finish(rng, prefix, family, n, d, core, from_name=d["sender"], from_addr=from_addr,
                   subject=subject, paras=paras)


def manager(rng, ctx: Ctx, core: M.Core, prefix, family, n, quote_prior=False):
    d = ctx.as_dict()
    d["s_title"] = pick(rng, TITLES_MGR)
    from_addr = pick(rng, [f"{d['s_first'].lower()}@{d['co_slug']}.io", f"{d['s_first'].lower()}@{d['co_slug']}.com",
                           f"{d['s_first'].lower()}.{d['s_last'].lower()[0]}@gmail.com"])
    greet = pick(rng, ["Hi {first},", "Hey {first}", "{first} -", "Hi {first}, thanks for your patience.", "Hello {first},", ""])
    sig = pick(rng, [d["s_first"], f"{d['s_first']}\n{d['s_title']}, {d['company']}", f"- {d['s_first'][0]}",
                     f"{d['sender']}\n{d['s_title']}"])
    paras = [greet.format(**d)] + core.paras + [pick(rng, CLOSE_WARM + ["", ""]), sig,
                                                 pick(rng, ["Sent from my iPhone", "", "", "Sent from my phone, excuse typos"])]
    subject = employer_subject(rng, core, d)
    if quote_prior and core.prior:
        subject, paras = _add_quote(rng, d, core, subject, paras, from_addr)
    return _finish(rng, prefix, family, n, d, core, from_name=pick(rng, [d["sender"], d["s_first"]]),
                   from_addr=from_addr, subject=subject, paras=paras)


def _add_quote(rng, d, core, subject, paras, from_addr):
    text, by_cand = prior_text(rng, core.prior, d)
    who, addr = (d["full"], d["cand_addr"]) if by_cand else (d["sender"], from_addr)
    if by_cand:
        prior_subj = pick(rng, ["{role}", "Application - {role}", "Interview", "Following up", "Feedback?",
                                "{role} at {company}"]).format(**d)
    else:
        prior_subj = pick(rng, ["Interview invitation", "{role} - next steps", "Next step: {role}", "Chat?",
                                "Your interview with {company}", "{role}: round 2"]).format(**d)
    d2 = dict(d, prior_subject=prior_subj)
    paras = paras + [quoted_header(rng, d2, who, addr), quote(text)]
    return "Re: " + prior_subj, paras


def letter(rng, ctx: Ctx, core: M.Core, prefix, family, n):
    d = ctx.as_dict()
    honor = pick(rng, ["Dear {first} {last},", "Dear Mx {last},", "Dear {first},", "Dear Applicant,"]).format(**d)
    head = pick(rng, ["{company}\n4 Canal Wharf, {city}\n\n{date}", "Ref: {ref}\nDate: {date}",
                      "Private & Confidential\n{full}\n{date}", "{company} - Human Resources\n{date}"]).format(**d)
    paras = [head, honor] + core.paras + [pick(rng, CLOSE_FORMAL), f"{d['sender']}\n{pick(rng, ['Head of People', 'HR Manager', 'Recruitment Manager', 'Director of Talent'])}\n{d['company']}",
                                           footer(rng, d, "corp")]
    html_only = rng.random() < 0.3
    return _finish(rng, prefix, family, n, d, core, from_name=pick(rng, [d["sender"], f"{d['company']} HR", "Human Resources"]),
                   from_addr=pick(rng, [f"hr@{d['co_slug']}.com", f"people@{d['co_slug']}.co.uk", f"recruitment@{d['co_slug']}.org"]),
                   subject=employer_subject(rng, core, d), paras=paras, html_only=html_only, html_style="div")


def forward(rng, ctx: Ctx, core: M.Core, prefix, family, n):
    """The candidate forwards an employer's message from another account (old job, university, alias)."""
    d = ctx.as_dict()
    alt = pick(rng, [f"{d['first'].lower()}.{d['last'].lower()}@alumni.uni-lakeside.ac.uk",
                     f"{d['first'][0].lower()}{d['last'].lower()}@oldmail.example", f"{d['first'].lower()}@{d['last'].lower()}.dev"])
    note = pick(rng, ["", "", "fwd to personal", "for the tracker", "Forwarding so I have it in one place.",
                      "see below", "(auto-forwarded)", "note to self: reply by Friday"])
    relay = pick(rng, RELAYS)
    d["relay"] = relay
    emp_name, emp_addr = pick(rng, [(d["sender"], f"{d['s_first'].lower()}@{d['co_slug']}.com"),
                                    (f"{d['company']} Careers", f"no-reply@{relay}")])
    inner = join([pick(rng, GREET_WARM + GREET_FORMAL).format(**d)] + core.paras
                 + [pick(rng, CLOSE_WARM + CLOSE_FORMAL), emp_name])
    subj = employer_subject(rng, core, d)
    paras = [note, pick(rng, ["", "Sent from my phone"]), forward_block(rng, d, emp_name, emp_addr, subj, inner)]
    return _finish(rng, prefix, family, n, d, core, from_name=d["full"], from_addr=alt,
                   subject=pick(rng, ["Fwd: ", "Fw: ", "FW: "]) + subj, paras=paras)


def board(rng, ctx: Ctx, core: M.Core, prefix, family, n):
    d = ctx.as_dict()
    b = d["board"]
    paras = [pick(rng, ["Hi {first},", "Hello {first}", "", "{first}, here's your update"]).format(**d)] + core.paras + [
        pick(rng, ["The {board} team", "- {board}", "", "Happy job hunting,\n{board}"]).format(**d),
        pick(rng, ["You're receiving this because you have a {board} account. Unsubscribe | Help centre",
                   "{board} Ltd, 10 Market Street, {city}. Manage notification settings.",
                   "Don't want these emails? Change your preferences."]).format(**d)]
    html_only = rng.random() < 0.4
    return _finish(rng, prefix, family, n, d, core, from_name=pick(rng, [b, f"{b} Alerts", f"{b} Applications", f"{b} Notifications"]),
                   from_addr=pick(rng, [f"notifications@{slug(b)}.com", f"jobs-noreply@mail.{slug(b)}.com"]),
                   subject=pick(rng, core.subjects).format(**d), paras=paras, html_only=html_only,
                   html_style=pick(rng, ["table", "div"]))


NONJOB_SENDERS = [("Open Tools Fund", "grants@opentools.org"), ("Admissions Office", "admissions@uni-lakeside.ac.uk"),
                  ("PyCity Conf", "cfp@pycity.dev"), ("Elm Row Lettings", "lettings@elmrowhomes.co.uk"),
                  ("The Weekly Build", "editor@weeklybuild.news"), ("Northbank Bank", "alerts@northbank.example"),
                  ("ParcelGo", "noreply@parcelgo.example"), ("Careers Service", "careers@uni-lakeside.ac.uk"),
                  ("Interview Sprint", "hello@interviewsprint.io"), ("Remote Jobs Hub", "hr.department@remotejobs-hub.xyz")]


def nonjob(rng, ctx: Ctx, core: M.Core, prefix, family, n, personal=False):
    d = ctx.as_dict()
    if personal:
        name = d["sender"]
        addr = pick(rng, [f"{d['s_first'].lower()}{rng.randint(1, 99)}@gmail.com", f"{d['s_first'].lower()}@work-{slug(d['company'])[:8]}.com"])
        paras = [pick(rng, ["hey", "Hi {first},", "{first}!", ""]).format(**d)] + core.paras + [d["s_first"]]
    else:
        name, addr = pick(rng, NONJOB_SENDERS)
        paras = [pick(rng, GREET_FORMAL + GREET_WARM[:2] + [""]).format(**d)] + core.paras + [
            pick(rng, CLOSE_FORMAL + [""]), pick(rng, ["The team", name, "Customer Services", ""]),
            pick(rng, ["Unsubscribe", "This mailbox is not monitored.", "", "View in browser"])]
    html_only = (not personal) and rng.random() < 0.3
    return _finish(rng, prefix, family, n, d, core, from_name=name, from_addr=addr, subject=pick(rng, core.subjects).format(**d),
                   paras=paras, html_only=html_only, company=False)


# ------------------------------------------------------------------ Sent
def sent(rng, ctx: Ctx, kind: str, prefix, family, n) -> dict:
    """Candidate's own mail, usually a reply quoting the employer's message."""
    d = ctx.as_dict()
    pools = {"fb_req": G.SENT_FB_REQ, "other_roles": G.SENT_OTHER_ROLES, "thanks": G.SENT_THANKS,
             "status": G.SENT_STATUS, "tips": G.SENT_TIPS, "misc": G.SENT_MISC}
    body = pick(rng, pools[kind]).format(**d)
    labels = []
    if kind == "fb_req":
        labels = ["feedback_request"]
        if rng.random() < 0.3:  # a feedback request that also asks about other roles is still a request
            body += " " + pick(rng, G.SENT_OTHER_ROLES).format(**d)
    elif kind in ("other_roles", "thanks") and rng.random() < 0.25:
        body = pick(rng, G.SENT_THANKS).format(**d) + " " + pick(rng, G.SENT_OTHER_ROLES).format(**d)
    greet = pick(rng, ["Hi {s_first},", "Dear {s_first},", "Hello {s_first},", "{s_first},", "Dear {sender},"]).format(**d)
    paras = [greet, body, pick(rng, ["Best,", "Kind regards,", "Thanks,", "Many thanks,", "Best wishes,"]),
             pick(rng, [d["first"], d["full"], f"{d['full']}\n{pick(rng, ['+44 7700 900', '+1 415 555 0'])}{rng.randint(100, 999)}"])]
    # the quoted employer message: rejection for feedback/thanks/other roles, otherwise something earlier
    emp_addr = pick(rng, [f"{d['s_first'].lower()}@{d['co_slug']}.com", f"no-reply@{pick(rng, RELAYS)}"])
    quoted_core = None
    if kind in ("fb_req", "other_roles", "thanks"):
        quoted_core = pick(rng, [M.rejection, M.rejection, M.rejection_reason_first, M.rejection_oneliner])(rng, d)
    elif kind == "tips":
        quoted_core = pick(rng, [M.inv_tech, M.inv_onsite, M.inv_call])(rng, d)
    elif kind == "status" and rng.random() < 0.6:
        quoted_core = pick(rng, [M.ack, M.thanks_today, M.enjoyed])(rng, d)
    elif kind == "misc" and rng.random() < 0.5:
        quoted_core = pick(rng, [M.inv_call, M.offer, M.reminder])(rng, d)
    if quoted_core is not None and rng.random() < 0.85:
        subj = "Re: " + pick(rng, quoted_core.subjects).format(**d)
        qtext = join([pick(rng, GREET_WARM).format(**d)] + quoted_core.paras + [pick(rng, CLOSE_WARM), d["sender"]])
        paras += [quoted_header(rng, d, d["sender"], emp_addr), quote(qtext)]
    else:
        subj = pick(rng, ["{role}", "Re: {role}", "Your decision", "{role} - follow-up", "Quick question",
                          "Re: Update on your application", "Following up"]).format(**d)
    return record(prefix, family, n, lang="en", folder="Sent", from_name=d["full"], from_addr=d["cand_addr"],
                  to_addr=emp_addr, subject=subj, body_text=join(paras), body_html=None, labels=labels,
                  company=d["company"])
