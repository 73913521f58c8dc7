"""Family wrappers for writer w20: each style dresses a kind's new text in the greeting, opener,
sign-off, signature, footer and quoting habits of one kind of sender (Indian IT-services HR, an
HRMS robot, a Gulf HR office, a Manila BPO recruiter, a Singapore/Malaysia HR team, a Lagos or
Nairobi HR desk, a placement agency, a formal Eastern European or East Asian HR department).
The wrapper is chosen by family, never by label, so it cannot leak the label."""

from __future__ import annotations

import random
import re
from typing import Callable

import _w20_bank as B
import _w20_kinds as K
import _w20_say as S
from _w20_bank import join, maybe, pick

RELAYS = ["mailer.hirepath.io", "notify.talentrack.in", "jobs.recruitbase.asia", "alerts.hrmsconnect.com",
          "candidate.peoplegrid.net", "mail.campushire.co", "noreply.workvista.app"]
AGENCIES = [
    ("Sai Placement Consultants", "saiplacements.in", "IN"), ("TalentBridge HR Solutions", "talentbridgehr.co.in", "IN"),
    ("Vedika Staffing Services", "vedikastaffing.com", "IN"), ("Apex Manpower Consultancy", "apexmanpower.in", "IN"),
    ("Shree Ganesh Placements", "sgplacements.in", "IN"), ("Manpower Link International", "manpowerlink.com.ph", "PH"),
    ("Pinoy Skills Overseas Recruitment", "pinoyskills.ph", "PH"), ("Crescent Gulf Recruiters", "crescentgulf.ae", "GULF"),
    ("Al Yaqeen Manpower Supply", "alyaqeen-manpower.qa", "GULF"), ("Pinnacle Staffing Asia", "pinnaclestaffing.sg", "SGMY"),
    ("KL Talent Partners", "kltalent.com.my", "SGMY"), ("Naija Talent Hub", "naijatalenthub.ng", "AF"),
    ("Kijani Recruiters", "kijanirecruiters.co.ke", "AF"), ("Horizon Executive Search", "horizonexec.co.ke", "AF"),
    ("CEE IT Staffing", "ceeitstaffing.pl", "EE"), ("Danube Talent Partners", "danubetalent.ro", "EE"),
    ("Hanul HR Consulting", "hanulhr.co.kr", "EA"), ("Orient Bridge Search", "orientbridge.com.tw", "EA"),
    ("Kerala Overseas Placements", "keralaoverseas.in", "IN"), ("Sunrise Consultants & Co.", "sunriseconsult.in", "IN"),
]


def greeting(rng: random.Random, style: str, c: B.Candidate) -> str:
    f, full, last, t = c.first, c.full, c.last, c.title
    opts = {
        "itsvc": [f"Dear {f},", f"Hi {f},", f"Dear {full},", "Dear Candidate,", f"Hello {f},", f"Hi {f} ,"],
        "hrms": [f"Dear {full},", "Dear Candidate,", f"Dear {f},", f"Hi {f},", "Dear Applicant,"],
        "gulf": [f"Dear {t} {last},", f"Dear {full},", "Dear Sir/Madam,", f"Dear {f},", "Dear Candidate,"],
        "bpo": [f"Hi {f}!", f"Good day {f}!", f"Hello {f},", f"Hi Ma'am/Sir {f},", f"Dear {full},"],
        "sgmy": [f"Dear {full},", f"Dear {t} {last},", "Dear Applicant,", f"Hi {f},"],
        "africa": [f"Dear {f},", f"Dear {t} {last},", f"Good day {f},", "Dear Candidate,", f"Hello {full},"],
        "agency": [f"Hi {f},", f"Dear {f},", "Dear Candidate,", f"Hello {f} ji," if c.region == "IN" else f"Hello {f},", f"Dear {full},"],
        "formal": [f"Dear {t} {last},", f"Dear {full},", f"Dear {t} {full},", "Dear Candidate,", f"Dear {f},"],
    }[style]
    return pick(rng, opts)


def opener(rng: random.Random, style: str, w: K.World, kind: str) -> str:
    c = w.agency or w.employer.name
    if style == "hrms":
        return maybe(rng, 0.4, S.OPEN_FORMAL, c=c, r=w.role)
    if style == "formal":
        base = S.OPEN_FORMAL + [f"My name is {w.hr} and I am responsible for recruitment at {c}.",
                                "We hope you are well.", f"This is {w.hr} from the HR Department of {c}."]
        if w.employer.region == "EA":
            base += ["Thank you for your hard work.", "We are grateful for your kind interest."]
        return maybe(rng, 0.6, base, c=c, r=w.role)
    if style == "bpo":
        return maybe(rng, 0.7, ["Good day!", f"Greetings from {c}!", "Hope you're doing great!", "Thank you for your interest in joining our team!",
                                "Hope you are safe and well po."], c=c)
    if style == "africa":
        return maybe(rng, 0.7, ["Trust this mail meets you well.", "Compliments of the season.", f"Greetings from {c}.",
                                "I hope this finds you well.", "Trust you are doing great."], c=c)
    if style == "agency":
        return maybe(rng, 0.6, [f"Greetings from {w.agency}!", f"This is {w.hr_first} from {w.agency}.",
                                "Hope you are doing well.", "Greetings of the day!", "Good day!"])
    return maybe(rng, 0.65, S.OPEN_HUMAN, c=c)


def signature(rng: random.Random, style: str, w: K.World) -> str:
    comp = w.comp
    ph = B.phone(rng, comp.region)
    web = "www." + comp.domain
    if style == "hrms":
        return pick(rng, ["Regards,\nTalent Acquisition Team\n{c}", "Best Regards,\nHR Department, {c}", "Thanks,\nRecruitment Team | {c}",
                          "Warm regards,\nTeam {c}", "Sincerely,\n{c} Careers"], c=comp.name)
    so = pick(rng, S.SIGNOFF)
    title = pick(rng, S.TITLES)
    if style == "agency":
        return join(so, f"{w.hr}\n{title}\n{w.agency}\nMob: {ph}" + maybe(rng, 0.5, " | WhatsApp available") + "\n" + maybe(rng, 0.6, "Web: www." + comp.domain))
    lines = [w.hr, title]
    if style == "gulf":
        lines += [comp.legal, f"P.O. Box {rng.randint(1000, 99999)}, {comp.city}", f"Tel: {ph}"]
    elif style == "bpo":
        lines += [comp.legal, comp.city, f"Mobile/Viber: {ph}"]
    elif style == "formal":
        lines += [comp.legal, maybe(rng, 0.5, f"{comp.city}"), f"Tel. {ph}", maybe(rng, 0.5, web)]
    else:
        lines += [comp.legal + maybe(rng, 0.5, f" | {comp.city}"), maybe(rng, 0.7, f"M: {ph}"), maybe(rng, 0.4, web)]
    return join(so, "\n".join(x for x in lines if x))


def footer(rng: random.Random, style: str, w: K.World) -> str:
    p = {"hrms": 0.8, "gulf": 0.5, "formal": 0.45, "sgmy": 0.6}.get(style, 0.35)
    txt = maybe(rng, p, S.DISCLAIMER, c=w.agency or w.employer.name)
    if style == "bpo" and rng.random() < 0.4:
        txt = join(txt, "Thank you and God bless!") if rng.random() < 0.5 else join("Thank you and God bless!", txt)
    return txt


def sender(rng: random.Random, style: str, w: K.World) -> tuple[str, str]:
    comp = w.comp
    if style == "hrms":
        name = pick(rng, ["{c} Careers", "Recruitment - {c}", "{c} Talent Acquisition", "no-reply", "{c} HR", "Jobs at {c}"], c=comp.name)
        if rng.random() < 0.5:
            return name, rng.choice(["noreply", "careers", "no-reply", "recruitment"]) + "@" + comp.domain
        slug = re.sub(r"[^a-z]", "", comp.name.lower())[:12]
        return name, f"{slug}-{rng.choice(['noreply', 'jobs', 'hr'])}@{rng.choice(RELAYS)}"
    if style == "agency":
        return pick(rng, [w.hr, f"{w.hr} | {w.agency}", w.hr]), w.extra["addr"]
    addr = B.email_of(w.hr, comp.domain, rng) if rng.random() < 0.75 else rng.choice(["hr", "careers", "recruitment", "talent", "jobs"]) + "@" + comp.domain
    name = pick(rng, [w.hr, w.hr, f"{w.hr} ({comp.name})", f"HR - {comp.name}", f"{comp.name} Recruitment", w.hr.upper()])
    return name, addr


def pick_company(rng: random.Random, regions: list[str]) -> B.Company:
    """A region token may carry a domain filter: "EA:.co.kr" picks Korean employers only."""
    tok = rng.choice(regions)
    if ":" in tok:
        reg, tld = tok.split(":")
        return rng.choice([c for c in B.COMPANIES[reg] if c.domain.endswith(tld)])
    return rng.choice(B.COMPANIES[tok])


def make_world(rng: random.Random, style: str, regions: list[str], cand_region: str | None = None) -> K.World:
    cand = B.Candidate(rng, cand_region)
    rkind = {"bpo": "ops", "gulf": rng.choice(["ops", "ops", "tech"])}.get(style)
    if style == "agency":
        name, dom, reg = rng.choice([a for a in AGENCIES if a[2] in regions] or AGENCIES)
        ag = B.Company(name.split()[0], "", "", reg, 0)
        ag.name, ag.legal, ag.domain = name, name, dom
        client = pick_company(rng, [reg] if rng.random() < 0.7 else regions)
        hr, hf = B.person(rng, reg)
        w = K.World(comp=ag, cand=cand, role=B.role(rng, rkind), hr=hr, hr_first=hf, client=client, agency=name)
        w.extra["addr"] = B.email_of(hr, dom, rng) if rng.random() < 0.7 else re.sub(r"[^a-z]", "", hr.lower())[:10] + str(rng.randint(1, 99)) + "@gmail.com"
        if rng.random() < 0.25:
            w.extra["anon"] = True
        return w
    comp = pick_company(rng, regions)
    hr, hf = B.person(rng, comp.region)
    return K.World(comp=comp, cand=cand, role=B.role(rng, rkind), hr=hr, hr_first=hf)


def _anonymise(text: str, name: str, repl: str) -> str:
    return text.replace(name, repl)


def wrap(rng: random.Random, prefix: str, family: str, n: int, style: str, w: K.World, kind: str,
         html_p: tuple[float, float] = (0.08, 0.1)) -> dict:
    w.extra["formal"] = style == "formal"
    core = K.ALL[kind](rng, w)
    body = core["body"]
    subject = core["subject"]
    company = core["company"]
    if kind in ("interviewer_ask",):
        company = None
    if style == "agency" and w.extra.get("anon") and w.client:
        for fld in ("body",):
            body = _anonymise(body, w.client.name, "our client")
        subject = _anonymise(subject, w.client.name, "Client")
        company = None
    short = rng.random() < 0.12 and style in ("agency", "itsvc", "bpo", "africa")
    parts = [greeting(rng, style, w.cand)]
    if kind == "interviewer_ask":  # a colleague at the user's current job writes, not a recruiter
        parts = [pick(rng, ["Hi {f},", "Dear {f},", "Hello {f},", "Dear Panel Member,", "{f},"], f=w.cand.first)]
        short = short or rng.random() < 0.5
    elif not short:
        parts.append(opener(rng, style, w, kind))
    parts.append(body)
    if not short:
        parts.append(maybe(rng, 0.3, ["Feel free to reach out for any clarification.", "Kindly acknowledge the receipt of this mail.",
                                      "For any queries, you may call me on the number below.", "Looking forward to your response.",
                                      "Please let me know if you need any further information.", "Have a great day ahead!",
                                      "Do write back if anything is unclear.", "Stay safe and take care.", "Wishing you a pleasant day.",
                                      "Kindly save my number for future communication.", "Please check your spam folder for our future mails."]))
        parts.append(signature(rng, style, w))
        parts.append(footer(rng, style, w))
    else:
        parts.append(pick(rng, ["Thanks", "Rgds", "Regards,\n" + w.hr_first, "- " + w.hr_first]) + "\n" + maybe(rng, 0.5, "Sent from my iPhone"))
    if core["quoted"]:
        parts.append(core["quoted"])
    text = join(*parts)
    fname, faddr = sender(rng, style, w)
    if company and company not in subject + text + fname:
        company = None  # nobody reading this mail could tell which employer it is about
    r = rng.random()
    hp = {"hrms": (0.35, 0.3), "sgmy": (0.12, 0.25), "formal": (0.08, 0.2)}.get(style, html_p)
    mode = "only" if r < hp[0] else ("alt" if r < hp[0] + hp[1] else "none")
    return B.record(prefix, family, n, from_name=fname, from_addr=faddr, to_addr=w.cand.addr, subject=subject, body=text,
                    labels=core["labels"], company=company, topics=core["topics"], oc=core["oc"], html_mode=mode, rng=rng,
                    brand=w.comp.name)


def run_families(rng: random.Random, prefix: str, spec: list[tuple[str, str, list[str], dict[str, int]]],
                 extra: dict[str, Callable] | None = None) -> list[dict]:
    """spec: (family, style, regions, {kind: count}); extra kinds are callables (rng, prefix, family, n) -> record."""
    out: list[dict] = []
    for family, style, regions, counts in spec:
        jobs = [k for k, c in counts.items() for _ in range(c)]
        rng.shuffle(jobs)
        for i, kind in enumerate(jobs):
            if extra and kind in extra:
                out.append(extra[kind](rng, prefix, family, i))
                continue
            w = make_world(rng, style, regions)
            out.append(wrap(rng, prefix, family, i, style, w, kind))
    return out
