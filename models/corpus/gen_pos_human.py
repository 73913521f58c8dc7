"""Job-related positive mail written by people: in-house recruiters, agency recruiters, hiring managers,
founders, formal HR letters, phone-typed notes and terse lowercase mail. One family per writer persona;
every kind of message in a family shares its skeleton, so labels come only from the core sentences.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _pos_core_en as core  # noqa: E402
from _pos_pool import COMPANIES_EN, maybe, phone, pick, slug  # noqa: E402
from _pos_shell import (HUMAN_WEIGHTS, KIND_LABELS, TITLES, en_body, en_core, kinds, make_ctx, record,  # noqa: E402
                        sig_person, subject, to_html)

FAMILY_PREFIX = "poshum"

MOBILE_SIGS = ["Sent from my iPhone", "Sent from my phone, please excuse brevity", "Get Outlook for Android",
               "Sent from Yahoo Mail for iPhone", "-- sent on the go", "Sent from my Galaxy", "Typed with thumbs"]
AGENCIES = ["Harper Blake Recruitment", "Northpoint Talent", "Keel & Compass Search", "Meridian Staffing",
            "Bluewater Tech Recruiters", "Oakline Executive Search", "Signal Hire Partners", "Cairn Recruitment",
            "NurseLink Agency", "Apex Teaching Supply", "Foundry Talent", "Ridgeway Finance Recruitment"]
CLIENT_ANON = ["my client", "the client", "the fintech I mentioned", "the healthtech startup",
               "the hospital group", "the retailer in Leeds", "the SaaS company we discussed", "the hiring company"]

AGENCY_CORE = {
    "rej": [
        "I've just heard back from {co} and unfortunately they've decided not to progress your application.",
        "Bad news I'm afraid - {co} have gone with another candidate.",
        "Had a call with {co} this morning. They liked you, but they're not taking it further.",
        "{co} came back to me and it's a no on this occasion, sorry.",
        "Feedback from {co} is that they won't be moving you to the next round.",
        "Sorry to be the bearer of bad news, but {co} have decided to pursue other applicants.",
        "Just a quick one: {co} have reviewed your CV and won't be inviting you to interview.",
        "I chased {co} for an answer and they've confirmed they won't be offering.",
    ],
    "inv": [
        "Great news - {co} would like to meet you! They've suggested {date} at {time} for a first interview.",
        "{co} loved your CV and want to set up a video call with {hm}. Can you send me some availability?",
        "I'm pleased to say {co} want to invite you to a second-stage interview at their {city} office.",
        "{co} have asked to book you in for a technical interview next week - are mornings or afternoons better?",
        "Good news: you've been shortlisted by {co} and they'd like a 30 min screening call.",
        "The client would like you to complete a short online test first, then a panel interview: {link}",
    ],
    "offer": [
        "Fantastic news - {co} have made you an offer! {salary} base with a start date of {start}.",
        "I'm delighted to tell you that {co} want to offer you the role. The written offer will follow from their HR team.",
        "{co} have come back with a verbal offer: {salary} plus {bonus}% bonus. Give me a ring to talk it through.",
        "You've got it! {co} would like to offer you the {role} position.",
    ],
    "ack": [
        "Thanks for sending your CV over - I've got it and will be reviewing it against the {role} brief today.",
        "Just confirming I've received your application for the {role} role with {co}.",
        "Got your CV, thanks. I'll put it forward to {co} once we've had a quick call.",
        "Your application for {role} has reached us; one of our consultants will be in touch if it's a match.",
    ],
}


def _typos(rng: random.Random, text: str) -> str:
    """Lowercase, drop apostrophes, swap a few letters: the way some people type mail."""
    text = text.lower().replace("'", "") if maybe(rng, 0.6) else text.lower()
    words = text.split(" ")
    for i in range(len(words)):
        w = words[i]
        if len(w) > 4 and w.isalpha() and maybe(rng, 0.04):
            j = rng.randrange(len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    text = " ".join(words)
    for a, b in [("you", "u"), ("thanks", "thx"), ("tomorrow", "tmrw"), ("please", "pls")]:
        if maybe(rng, 0.2):
            text = re.sub(rf"\b{a}\b", b, text)
    return text


def _company_addr(rng: random.Random, ctx: dict, first: str, last: str) -> str:
    dom = slug(ctx["co_short"])
    local = pick(rng, [f"{first}", f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}"])
    tld = pick(rng, [".com", ".io", ".co.uk", ".org", ".health", ".ai", ".net", ".de"])
    return f"{slug(local) if '.' not in local else '.'.join(slug(x) for x in local.split('.'))}@{dom}{tld}"


def _family_inhouse(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng)
    paras, labels, topics, oc = en_core(rng, ctx, kind)
    name = f"{ctx['rfirst']} {ctx['rlast']}"
    sig = sig_person(rng, name if maybe(rng, 0.6) else ctx["rfirst"], pick(rng, TITLES), ctx["co_short"],
                     dashes=maybe(rng, 0.2))
    body = en_body(rng, ctx, paras, formal=maybe(rng, 0.3), signature=sig)
    return ctx, name, _company_addr(rng, ctx, ctx["rfirst"], ctx["rlast"]), subject(rng, ctx, kind), body, labels, topics, oc, ctx["co_short"]


def _family_agency(rng: random.Random, kind: str) -> tuple:
    named = maybe(rng, 0.65)
    ctx = make_ctx(rng)
    company = ctx["co_short"] if named else None
    if not named:
        ctx = {**ctx, "co": pick(rng, CLIENT_ANON), "co_short": "the client"}
    agency = pick(rng, AGENCIES)
    topics: list[str] = []
    oc: list[str] = []
    base = {"rej_fb": "rej", "rej_inv": "rej", "ack_inv": "ack", "fb": "rej", "fb_inv": "inv"}.get(kind, kind)
    paras = [pick(rng, AGENCY_CORE[base]).format(**ctx)] if base in AGENCY_CORE else []
    if kind == "rej" and maybe(rng, 0.5):
        reason = pick(rng, ["role_filled", "closer_fit", "level_mismatch", "budget_freeze", "role_cancelled"])
        r = pick(rng, core.REASONS[reason])
        paras.append(pick(rng, ["Their words: ", "The reason they gave: ", "", "Apparently "]) +
                     (r if not r.startswith("We") else r))
        oc = [reason]
    if kind in ("rej_fb", "fb", "fb_inv"):
        fb, topics = core.feedback(rng, ctx, n_topics=0 if kind == "fb_inv" else rng.choice([1, 2, 2, 3]),
                                   praise=maybe(rng, 0.5))
        if kind == "fb":
            paras = [pick(rng, ["I finally got some proper feedback from {co} on your final interview.",
                                "As promised, I chased {co} for feedback after last week's news.",
                                "Some more detailed feedback came through from {co} today."]).format(**ctx)]
        paras += fb
        if kind == "fb_inv":
            paras.append(pick(rng, core.AGENCY_NEXT if hasattr(core, "AGENCY_NEXT") else [
                "They'd like to invite you back for the final round with {hm} - are you free on {date}?",
                "So they want to move you to the next stage: a panel interview on {date} at {time}.",
            ]).format(**ctx))
    if kind == "rej_inv":
        paras.append(pick(rng, [
            "The good news is I've got another client, {other}, who'd like to interview you for a {role2} role.",
            "However - and this is the good bit - {other} have seen your CV and want a first call with you on {date}.",
        ]).format(other=pick(rng, COMPANIES_EN), **ctx))
        paras.append(pick(rng, core.INV_CORE["selfsched"] + core.INV_CORE["phone"]).format(**ctx))
    if kind == "ack_inv":
        paras.append(pick(rng, ["Before I send it across, {co} ask all candidates to complete a short assessment: {link}",
                                "Next step is a quick 15-minute screening call with me - book a slot here: {link}"]).format(**ctx))
    paras.append(pick(rng, ["Speak soon.", "Give me a call if you want to discuss.", "Any questions, just shout.",
                            "I'll keep you posted on other roles.", "", "Let me know your thoughts."]))
    name = f"{ctx['rfirst']} {ctx['rlast']}"
    sig = "\n".join([name, pick(rng, ["Senior Consultant", "Principal Recruiter", "Associate Director", "Consultant"]),
                     agency, phone(rng)])
    if maybe(rng, 0.4):
        sig += "\n\n" + pick(rng, [
            f"{agency} is acting as an employment agency in relation to this vacancy.",
            f"This email is confidential. {agency} Ltd, registered in England and Wales.",
            "If you'd prefer not to hear about new roles, reply STOP.",
        ])
    body = en_body(rng, ctx, [p for p in paras if p], formal=False, signature=sig)
    from_addr = f"{slug(ctx['rfirst'])}.{slug(ctx['rlast'])}@{slug(agency)[:14]}.co.uk"
    subj = subject(rng, ctx, kind) if named else pick(rng, ["Update", "Re: the role we discussed", "Quick update",
                                                            "Good news", "Re: your CV", "Catch up?", "Following up"])
    return ctx, name, from_addr, subj, body, list(KIND_LABELS[kind]), topics, oc, company


def _family_hiring_manager(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng)
    ctx["hm"] = "me"
    paras, labels, topics, oc = en_core(rng, ctx, kind)
    paras = [_first_person(p) for p in paras]
    first = ctx["hm_first"] if maybe(rng, 0.5) else ctx["rfirst"]
    name = f"{first} {ctx['rlast']}"
    sig = pick(rng, [first, f"{first}\n{pick(rng, ['Engineering Manager', 'Head of Design', 'Director of Nursing', 'Head of Data', 'VP Sales', 'Head of Maths', 'Finance Director'])}, {ctx['co_short']}", f"- {first[0]}"])
    body = en_body(rng, ctx, paras, formal=False, signature=sig)
    return ctx, name, _company_addr(rng, ctx, first, ctx["rlast"]), subject(rng, ctx, kind, 0.2), body, labels, topics, oc, ctx["co_short"]


def _first_person(p: str) -> str:
    """Turn '{hm}' placeholders filled with 'me' into first-person grammar."""
    p = p.replace("me, the hiring manager,", "I").replace("me, who leads the team", "me")
    p = re.sub(r"\bme is hiring\b", "I'm hiring", p)
    p = re.sub(r"\bme is\b", "I'm", p)
    p = re.sub(r"\bme would\b", "I would", p)
    p = re.sub(r"^I would", "I'd", p)
    return p


def _family_founder(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng, company=pick(rng, [c for c in COMPANIES_EN if len(c.split()) == 1]))
    paras, labels, topics, oc = en_core(rng, ctx, kind, terse=True)
    if kind in ("ack", "ack_inv", "rej_inv", "rej_fb", "fb", "fb_inv"):
        paras = paras[:3]
    text = "\n\n".join(paras)
    text = f"{pick(rng, ['hey', 'Hi', 'hi', ''])} {ctx['first']}{pick(rng, [',', ' -', '!'])}\n\n{text}\n\n{ctx['hm_first'].lower() if maybe(rng, 0.5) else ctx['hm_first']}"
    if maybe(rng, 0.3):
        text += f"\nco-founder, {ctx['co_short']}"
    if maybe(rng, 0.4):
        text += "\n\n" + pick(rng, MOBILE_SIGS)
    name = f"{ctx['hm_first']} {ctx['rlast']}"
    return ctx, name, _company_addr(rng, ctx, ctx["hm_first"], ctx["rlast"]), subject(rng, ctx, kind, 0.15), text.strip(), labels, topics, oc, ctx["co_short"]


def _family_formal_letter(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng)
    paras, labels, topics, oc = en_core(rng, ctx, kind)
    hon = pick(rng, ["Mr", "Ms", "Mx", "Dr", "Mrs"])
    head = [f"Ref: {ctx['req']}", f"Date: {ctx['date']}", "", f"{hon} {ctx['first']} {ctx['last']}",
            f"By email: {ctx['cand_addr']}", ""]
    if maybe(rng, 0.5):
        head = [f"Private & Confidential", ""] + head
    title = pick(rng, ["HR Director", "Head of People", "Resourcing Manager", "Chief Operating Officer", "HR Business Partner"])
    close = pick(rng, ["Yours sincerely,", "Yours faithfully,", "Sincerely,", "With kind regards,"])
    subj_line = pick(rng, [f"Re: {ctx['role']}", f"Application for the post of {ctx['role']}", f"{ctx['role']} - Reference {ctx['req']}", ""])
    text = "\n".join(head) + (subj_line + "\n\n" if subj_line else "") + f"Dear {hon} {ctx['last']},\n\n" + \
        "\n\n".join(paras) + f"\n\n{close}\n\n\n{ctx['rfirst']} {ctx['rlast']}\n{title}\n{ctx['co']}\n" + \
        pick(rng, [f"{rng.randrange(1, 250)} {pick(rng, ['High Street', 'Station Road', 'Market Square', 'Innovation Way', 'Queen Street'])}, {ctx['city']}", ""])
    htm = None
    if maybe(rng, 0.35):
        htm, text = to_html(rng, text.split("\n\n"), header=ctx["co"], footer=[f"{ctx['co']} - registered in {ctx['city']}"]), ""
    return ctx, f"{ctx['rfirst']} {ctx['rlast']}", _company_addr(rng, ctx, "hr", "team"), subject(rng, ctx, kind, 0.4), (text, htm), labels, topics, oc, ctx["co_short"]


PUBLIC_EMPLOYERS = ["Yardley Hospital", "St. Aldric's Hospital", "Grantham Medical Center", "Riverside Unified School District",
                    "Mapleton Public Schools", "Eastbrook Council", "Westgate Academy", "Ashgrove Schools Trust",
                    "Solace Hospice", "Cresthaven Senior Living", "Willowbrook Care", "Coastline Clinics"]
PUBLIC_ROLES = ["Registered Nurse - Ward 7", "Staff Nurse (Band 5)", "Healthcare Assistant", "Year 3 Teacher",
                "Teacher of English", "Teaching Assistant", "Senior Social Worker", "Pharmacy Technician",
                "Occupational Therapist", "Midwife", "Librarian", "Housing Officer", "SEN Coordinator"]


def _family_public_sector(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng, company=pick(rng, PUBLIC_EMPLOYERS), role=pick(rng, PUBLIC_ROLES))
    paras, labels, topics, oc = en_core(rng, ctx, kind)
    paras = [p.replace("take-home", "written exercise").replace("live coding", "scenario questions")
             .replace("senior engineers", "senior colleagues").replace("engineers", "colleagues")
             .replace("in a shared editor", "in a short scenario exercise") for p in paras]
    sig = f"{ctx['rfirst']} {ctx['rlast']}\n{pick(rng, ['Recruitment Officer', 'Medical Staffing', 'School Business Manager', 'Workforce Team', 'HR Officer'])}\n{ctx['co']}"
    body = en_body(rng, ctx, paras, formal=True, signature=sig)
    body += "\n\n" + pick(rng, [
        f"Vacancy reference: {ctx['req']}. Please quote this in all correspondence.",
        "We are committed to safeguarding and promoting the welfare of children and young people; all appointments are subject to an enhanced DBS check.",
        "This email and its attachments are intended for the named recipient only.",
        "Please note our recruitment inbox is monitored Monday to Friday, 9am to 5pm.",
    ])
    local = pick(rng, ["recruitment", "jobs", "hr.recruitment", "staffing"])
    return ctx, pick(rng, [f"{ctx['co']} Recruitment", f"{ctx['rfirst']} {ctx['rlast']}", "Recruitment Team"]), \
        f"{local}@{slug(ctx['co_short'])}.{pick(rng, ['nhs.example.uk', 'gov.example', 'org', 'k12.example.us'])}", \
        subject(rng, ctx, kind, 0.4), body, labels, topics, oc, ctx["co_short"]


def _family_mobile(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng)
    paras, labels, topics, oc = en_core(rng, ctx, kind, terse=maybe(rng, 0.5))
    paras = paras[:3]
    text = pick(rng, [f"Hi {ctx['first']}", f"{ctx['first']}", f"Hey {ctx['first']}"]) + pick(rng, [",\n", " -\n", "\n\n"]) + \
        "\n".join(paras) + "\n\n" + pick(rng, [ctx["rfirst"], f"{ctx['rfirst']} ({ctx['co_short']})", ""]) + "\n\n" + pick(rng, MOBILE_SIGS)
    return ctx, f"{ctx['rfirst']} {ctx['rlast']}", _company_addr(rng, ctx, ctx["rfirst"], ctx["rlast"]), subject(rng, ctx, kind, 0.2), text, labels, topics, oc, ctx["co_short"]


def _family_terse(rng: random.Random, kind: str) -> tuple:
    ctx = make_ctx(rng)
    paras, labels, topics, oc = en_core(rng, ctx, kind, terse=True)
    text = _typos(rng, "\n".join(paras[:3]))
    text = pick(rng, [f"hi {ctx['first'].lower()}\n", "", f"{ctx['first'].lower()} -\n", "hey,\n"]) + text + \
        pick(rng, [f"\n{ctx['rfirst'].lower()}", f"\n- {ctx['rfirst'][0].lower()}", "", f"\nthx, {ctx['rfirst']}"])
    subj = subject(rng, ctx, kind, 0.1)
    subj = subj.lower() if maybe(rng, 0.5) else subj
    company = ctx["co_short"] if ctx["co_short"].lower() in (text + subj).lower() else None
    return ctx, ctx["rfirst"].lower() if maybe(rng, 0.3) else f"{ctx['rfirst']} {ctx['rlast']}", \
        _company_addr(rng, ctx, ctx["rfirst"], ctx["rlast"]), subj, text, labels, topics, oc, company


FAMILIES = {
    "inhouse_recruiter": (_family_inhouse, 125),
    "agency_recruiter": (_family_agency, 110),
    "hiring_manager_note": (_family_hiring_manager, 85),
    "founder_short": (_family_founder, 55),
    "formal_letter": (_family_formal_letter, 75),
    "public_sector_hr": (_family_public_sector, 70),
    "mobile_quick": (_family_mobile, 50),
    "terse_lowercase": (_family_terse, 50),
}


def generate(rng: random.Random) -> Iterator[dict]:
    """Yield the human-written positive records, one family per writer persona."""
    for family, (fn, count) in FAMILIES.items():
        weights = dict(HUMAN_WEIGHTS)
        if family in ("founder_short", "terse_lowercase", "mobile_quick"):
            weights.update(ack=4, ack_inv=0, rej_inv=1, fb=3)
        for n, kind in enumerate(kinds(rng, weights, count)):
            ctx, from_name, from_addr, subj, body, labels, topics, oc, company = fn(rng, kind)
            text, htm = body if isinstance(body, tuple) else (body, None)
            if company and company not in (text + (htm or "") + subj + from_name):
                # a person still names the employer from its own mail domain (not from a relay)
                in_text = company.lower() in (text + subj).lower()
                company = company if in_text or slug(company) in from_addr else None
            yield record(FAMILY_PREFIX, family, n, lang="en", from_name=from_name, from_addr=from_addr,
                         to_addr=ctx["cand_addr"], subj=subj, body_text=text, body_html=htm, labels=labels,
                         company=company, topics=topics, oc=oc)
