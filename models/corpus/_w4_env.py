"""Writer w4 English envelopes: how each organisation style dresses a message (sender, greeting,
signature, footer, HTML, subject). Envelopes do not depend on the label, so no skeleton carries one.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w4_kit as K  # noqa: E402
from _w4_en import link  # noqa: E402

AGENCIES = ["Talentbridge Search Pvt. Ltd.", "Sapphire HR Consultants", "Nexgen Staffing Solutions", "Kaveri Manpower Services",
            "Rhein-Main Personal GmbH", "Baltic Tech Recruit", "Andes Talento S.A.", "Porto Recruitment Partners"]

FAMILIES = {
    "w4-wd": dict(sectors=("corp", "bank", "health"), register="corp", html=.45,
                  greet=["Dear Applicant,", "Dear {first},", "Dear {first} {last},", "Hello {first},"],
                  subj=["Your application for {role}", "Update regarding your application", "{org} – Application {ref}",
                        "Message from {org} Careers", "Regarding requisition {ref}", "{role} ({ref})"]),
    "w4-sf": dict(sectors=("corp", "bank", "consult"), register="corp", html=.75,
                  greet=["Dear {first},", "Dear Candidate,", "Dear Mr./Ms. {last},"],
                  subj=["{org}: {role}", "Your candidature – {ref}", "Notification from {org}", "Job Requisition {ref}",
                        "Important information about your application", "{org} Recruiting"]),
    "w4-ic": dict(sectors=("corp", "health"), register="corp", html=.35,
                  greet=["Hi {first},", "Hello {first},", "{first},", "Hi there,"],
                  subj=["{role}", "Your application", "Next steps", "Re: {role} at {org}", "Quick update", "{org}"]),
    "w4-pub": dict(sectors=("uni", "gov", "health"), register="corp", html=.3,
                   greet=["Dear {first} {last},", "Dear Applicant,", "Dear Dr {last},", "Dear Mx {last},"],
                   subj=["Vacancy reference {ref}", "{role} – {ref}", "Your application: {ref}", "Recruitment campaign {ref}",
                         "{org} Human Resources", "Post of {role}"]),
    "w4-bank": dict(sectors=("bank",), register="corp", html=.45,
                    greet=["Dear {first},", "Dear {first} {last},", "Good afternoon {first},"],
                    subj=["{org} | {role}", "Your application – {org}", "{role} – {org}", "Recruitment update", "RE: {role}"]),
    "w4-consult": dict(sectors=("consult",), register="corp", html=.15,
                       greet=["Dear {first},", "Hi {first},", "Hello {first},"],
                       subj=["{org} recruiting – {role}", "Your application to {org}", "Next steps", "{org}", "Following up"]),
    "w4-inrec": dict(sectors=("corp", "bank", "consult"), register="intl", html=.15, agency=True,
                     greet=["Dear Candidate,", "Hi {first},", "Dear {first},", "Greetings of the day {first},", "Hello {first} ji,"],
                     subj=["Regarding your profile – {role}", "{role} || {org} || Update", "Interview Update", "Profile status",
                           "Opening with {org}", "RE: Application for {role}"]),
    "w4-eurec": dict(sectors=("corp", "bank", "consult"), register="intl", html=.1, agency=True,
                     greet=["Dear Mr. {last},", "Dear {first},", "Hello {first},", "Good morning {first},"],
                     subj=["Your application / {role}", "Position {role} at {org}", "Update", "{role} – status", "Application {org}"]),
    "w4-latam": dict(sectors=("corp", "bank", "health"), register="intl", html=.25,
                     greet=["Dear {first},", "Hello {first},", "Hi {first}, good morning!", "Dear candidate,"],
                     subj=["{org} – {role}", "Selection process {role}", "Your process with {org}", "Update – {role}", "Hello from {org}"]),
    "w4-hm": dict(sectors=("corp", "bank", "uni", "health", "gov"), register="corp", html=0.0,
                  greet=["Hi {first},", "{first} –", "Hello {first},", "Dear {first},"],
                  subj=["Re: {role}", "Catching up", "Re: our conversation", "{role} role", "Quick note"]),
}


def context(rng: random.Random, fam: str, lang: str = "en") -> dict:
    f = FAMILIES.get(fam, {})
    org = K.org(rng, f.get("sectors"))
    first, last, addr = K.candidate(rng)
    relay = rng.choice(K.RELAYS)
    roles = {"en": K.ROLES_EN, "de": K.ROLES_DE, "fr": K.ROLES_FR, "es": K.ROLES_ES}[lang]
    return dict(org=org[0], dom=org[1], sector=org[2], first=first, last=last, to=addr, relay=relay,
                role=rng.choice(roles), ref=K.ref(rng), when=K.when(rng, lang), link=link(rng, org[1], relay))


def fill(text: str, ctx: dict) -> str:
    return text.format(**{k: v for k, v in ctx.items() if isinstance(v, str)})


def signature(rng: random.Random, fam: str, ctx: dict) -> tuple[str, str, str]:
    """Return (signature block, from_name, from_addr)."""
    pf, pl = K.person(rng)
    o, dom, relay = ctx["org"], ctx["dom"], ctx["relay"]
    if fam == "w4-wd":
        sig = rng.choice([f"Kind regards,\nRecruitment Team\n{o}", f"Best regards,\n{o} Careers", "Sincerely,\nThe Recruiting Team",
                          f"{o} | People & Culture"])
        return sig, rng.choice([f"{o} Careers", f"{o} Recruiting", f"{o} via Careers Portal", ""]), f"{dom}@{relay}"
    if fam == "w4-sf":
        sig = rng.choice([f"Yours sincerely,\n{o} Recruiting", f"Best regards\nHR Shared Services – {o}", "Regards,\nRecruiting Operations"])
        return sig, rng.choice([f"{o}", f"{o} Jobs", "Recruiting Operations"]), rng.choice([f"noreply.{dom}@{relay}", f"donotreply@{relay}"])
    if fam == "w4-ic":
        sig = rng.choice([f"Thanks,\n{pf}", f"Cheers,\n{pf} {pl}\nRecruiter, {o}", f"The {o} Recruiting Team", f"– {pf}"])
        return sig, rng.choice([f"{pf} {pl} at {o}", f"{o} Recruiting", f"{pf} from {o}"]), f"{pf.lower()}.{dom}@{relay}".replace("é", "e")
    if fam == "w4-pub":
        unit = rng.choice(["HR Services", "Resourcing Team", "Recruitment Office", "People Services", "Medical Staffing"])
        sig = f"Yours sincerely,\n\n{pf} {pl}\n{unit}\n{o}\nTel. +44 {rng.randint(1000, 9999)} {rng.randint(100000, 999999)}"
        return sig, rng.choice([f"{o} {unit}", f"{pf} {pl}", f"{o} Recruitment"]), rng.choice([f"recruitment@{dom}.ac.uk", f"jobs@{dom}.gov.uk", f"{dom}@{relay}"])
    if fam == "w4-bank":
        sig = f"Kind regards,\n{pf} {pl}\n{rng.choice(['Campus Recruitment', 'Technology Recruitment', 'Resourcing Partner'])}\n{o}"
        return sig, rng.choice([f"{pf} {pl}", f"{o}", f"{pf} {pl} ({o})"]), f"{pf[0].lower()}.{pl.lower()}@{dom}.com".replace("'", "")
    if fam == "w4-consult":
        sig = f"Best,\n{pf}\n\n{pf} {pl} | Recruiting Manager\n{o}\nM +{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        return sig, f"{pf} {pl}", f"{pf.lower()}.{pl.lower()}@{dom}.com".replace("'", "")
    if fam in ("w4-inrec", "w4-eurec"):
        ag = ctx.get("agency") or rng.choice(AGENCIES)
        closing = rng.choice(["Thanks & Regards,", "Warm Regards,", "Regards,", "With best regards,", "Kind regards from Munich,"])
        sig = f"{closing}\n{pf} {pl}\n{rng.choice(['Sr. Technical Recruiter', 'Talent Consultant', 'Lead – Hiring', 'Associate Consultant'])} | {ag}\nMob: {'+91 9' if fam == 'w4-inrec' else rng.choice(['+49 15', '+48 5', '+34 6', '+351 9'])}{rng.randint(10000000, 99999999)}"
        agdom = ag.split()[0].lower() + rng.choice([".in", ".com", ".eu", ".de"])
        return sig, f"{pf} {pl}", f"{pf.lower()}@{agdom}".replace("ü", "u")
    if fam == "w4-latam":
        sig = rng.choice([f"Warm regards,\n{pf} {pl}\nPeople & Culture | {o}", f"Saludos,\n{pf}\n{o}", f"Best regards,\n{pf} {pl}\nRecruitment {o} – LATAM"])
        return sig, rng.choice([f"{pf} {pl}", f"{pf} {pl} | {o}"]), f"{pf.lower()}.{pl.lower()}@{dom}.com.mx".replace("'", "").replace("í", "i").replace("á", "a")
    # w4-hm
    sig = rng.choice([f"Thanks,\n{pf}", f"Best,\n{pf} {pl}\nHead of Engineering, {o}", f"{pf}\n\nSent from my phone", f"Regards\n{pf}"])
    return sig, f"{pf} {pl}", f"{pf.lower()}.{pl.lower()}@{dom}.com".replace("'", "").replace("é", "e")


def wrap(rng: random.Random, fam: str, ctx: dict, paras: list[str], hint_subjects: list[str],
         table: list[tuple[str, str]] | None = None, hint_p: float = .45) -> dict:
    """Assemble envelope fields for one message; returns kwargs for K.record (minus ids/labels)."""
    f = FAMILIES[fam]
    if f.get("agency") and "agency" not in ctx:
        ctx["agency"] = rng.choice(AGENCIES)
    greet = fill(rng.choice(f["greet"]), ctx)
    body = [fill(p, ctx) for p in paras]
    if fam == "w4-inrec" and rng.random() < .5:
        body.insert(0, rng.choice(["Greetings from " + ctx["agency"] + "!", "Hope you are doing good.", "Warm greetings!"]))
        body[1] = body[1].replace("Greetings from " + ctx["org"] + "! ", "")
    if f.get("agency") and rng.random() < .5:
        body.insert(1 if len(body) > 1 else 0, rng.choice([f"(For your reference, the client is {ctx['org']}.)",
                                                           f"Client: {ctx['org']} | Location: {rng.choice(['Pune', 'Hyderabad', 'Munich', 'Warsaw', 'Remote'])}"]))
    tab = [(fill(k, ctx), fill(v, ctx)) for k, v in table] if table else None
    if fam in ("w4-sf", "w4-wd") and not tab and rng.random() < .5:
        tab = [("Job Title", ctx["role"]), ("Requisition ID", ctx["ref"]), ("Candidate ID", f"C{rng.randint(100000, 999999)}")]
    sig, from_name, from_addr = signature(rng, fam, ctx)
    foot = K.footer(rng, ctx["org"], {"w4-wd": rng.randint(1, 3), "w4-sf": rng.randint(1, 3), "w4-pub": rng.randint(1, 3),
                                      "w4-bank": rng.randint(2, 3), "w4-hm": 0, "w4-inrec": rng.randint(0, 1),
                                      "w4-eurec": 0, "w4-consult": rng.randint(0, 1)}.get(fam))
    hints = [fill(s, ctx) for s in hint_subjects]
    subject = rng.choice(hints) if hints and rng.random() < hint_p else fill(rng.choice(f["subj"]), ctx)
    if rng.random() < .5 and fam not in ("w4-wd", "w4-hm", "w4-pub") and hint_subjects:
        pass
    html_only = rng.random() < f["html"]
    if html_only:
        body_html = K.to_html(rng, [greet] + body + [sig], tab, brand=rng.choice([ctx["org"], ctx["org"] + " Careers", ""]), foot=foot)
        body_text = ""
    else:
        text_parts = [greet] + body
        if tab:
            text_parts.insert(2 if len(text_parts) > 2 else 1, K.table_text(tab))
        text_parts.append(sig)
        if foot:
            text_parts.append("_" * rng.randint(20, 50) + "\n" + foot)
        body_text = "\n\n".join(text_parts)
        body_html = None
    return dict(from_name=from_name, from_addr=from_addr, to_addr=ctx["to"], subject=subject,
                body_text=body_text, body_html=body_html)
