"""Job-related positive mail from applicant-tracking systems, one family per vendor-like style.

Each family imitates one kind of ATS notification (its relay domain, display-name pattern, footer,
plain or HTML-only rendering); every kind of message (ack, rejection, invitation, offer, ...) uses the
same skeleton of that family, so the label only comes from the core sentences (_pos_core_en).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pos_pool import maybe, pick, slug  # noqa: E402
from _pos_shell import (ATS_WEIGHTS, TITLES, en_body, en_core, kinds, make_ctx, record, subject, to_html)

FAMILY_PREFIX = "posats"

# Per vendor: relay sender domains, display names, signatures, footer lines, HTML share, formality,
# subject decoration. All invented for this project.
VENDORS = {
    "greenhouse_like": dict(
        domains=["us.grnhse-relay.io", "app.hirehouse-mail.io"], locals_=["no-reply", "notifications"],
        names=["{co} Recruiting", "{co}", "{rfirst} {rlast} at {co}", "{co} Hiring Team"],
        sigs=["{rfirst} {rlast}\n{co} Recruiting", "The {co} Recruiting Team", "Best,\n{co}"],
        footers=[["Powered by HireHouse", "To stop receiving emails from {co}, update your preferences."],
                 ["This message was sent by {co} via HireHouse.", "Privacy policy: https://{dom}.com/privacy"]],
        html_p=0.25, formal=0.4, n=62),
    "lever_like": dict(
        domains=["hire.leverly.co", "jobs-mail.leverly.co"], locals_=["no-reply", "{rfirst}.{rlast}"],
        names=["{rfirst} from {co}", "{co}", "{rfirst} {rlast}", "{co} via Leverly"],
        sigs=["{rfirst}", "{rfirst} {rlast} | {title}", "Thanks,\n{rfirst} & the {co} team"],
        footers=[["Sent with Leverly"], ["You are receiving this because you applied for a job at {co}.",
                                         "Unsubscribe: https://hire.leverly.co/u/{tok}"]],
        html_p=0.2, formal=0.2, n=60),
    "workday_like": dict(
        domains=["myworkday-notify.com", "wdmail.careerportal-mail.com"], locals_=["{dom}", "workday"],
        names=["{co}", "{co} Careers", "{co} Talent Acquisition", "Workforce Portal"],
        sigs=["{co} Talent Acquisition", "Regards,\nTalent Acquisition\n{co}", "Global Recruiting Operations"],
        footers=[["This is a system-generated email. Please do not reply to this message.",
                  "{co} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment "
                  "without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, "
                  "disability or veteran status."],
                 ["Candidate Home: https://{dom}.wd-careers.com/en-US/External/userHome", "Job Requisition ID: {req}"]],
        html_p=0.45, formal=0.9, n=64),
    "ashby_like": dict(
        domains=["ashbyapp-mail.com"], locals_=["no-reply", "recruiting+{tok}"],
        names=["{co} Hiring", "{rfirst} at {co}", "{co}"],
        sigs=["{rfirst} {rlast}\n{title}, {co}", "— {rfirst}", "The {co} hiring team"],
        footers=[["Sent via AshbyApp · Manage your data: https://ashbyapp-mail.com/privacy/{tok}"], []],
        html_p=0.35, formal=0.25, n=52),
    "smartrecruiters_like": dict(
        domains=["smartrecruitmail.com", "email.smartrecruitmail.com"], locals_=["noreply", "jobs"],
        names=["{co} Recruiting Team", "SmartRecruit on behalf of {co}", "{co}"],
        sigs=["Kind regards,\n{co} Recruiting Team", "{rfirst} {rlast}\n{title}"],
        footers=[["If you no longer wish to receive emails about this job, click here to unsubscribe.",
                  "SmartRecruit, 2 Harbour Way, Suite 400"], ["View your application: https://jobs.smartrecruitmail.com/{tok}"]],
        html_p=0.5, formal=0.7, n=52),
    "icims_like": dict(
        domains=["talent.icims-notify.com"], locals_=["{dom}-careers", "donotreply"],
        names=["{co} Careers", "{co} Human Resources", "careers@{dom}"],
        sigs=["Sincerely,\n{co} Human Resources", "{co} Talent Acquisition Department"],
        footers=[["*** PLEASE DO NOT REPLY TO THIS EMAIL ***",
                  "This email and any attachments are confidential and intended solely for the addressee."],
                 ["Job ID: {req} | Location: {city}", "Applicant Login: https://careers-{dom}.icims-notify.com"]],
        html_p=0.3, formal=0.95, n=48),
    "taleo_like": dict(
        domains=["taleomail.oraclecloud-ats.net"], locals_=["noreply.{dom}"],
        names=["{co} Staffing", "{co} Recruitment", "{co} Global Careers"],
        sigs=["Staffing Services\n{co}", "{co} Recruitment Team", "Regards,\nCandidate Care Team"],
        footers=[["Please do not reply to this automatically generated email.", "Requisition Number: {req}"],
                 ["Privacy Notice: your personal information is processed in accordance with our Applicant Privacy Notice."]],
        html_p=0.2, formal=1.0, n=46),
    "personio_like": dict(
        domains=["mail.personio-jobs.eu"], locals_=["jobs", "{rfirst}.{rlast}"],
        names=["{rfirst} {rlast} ({co})", "{co} | Jobs", "{co}"],
        sigs=["{rfirst} {rlast}\nPeople & Culture\n{co}", "Your {co} People Team"],
        footers=[["{co} · Registered office: {city} · Managing directors: {hm}",
                  "Data protection information for applicants: https://{dom}.jobs.personio-jobs.eu/privacy"]],
        html_p=0.3, formal=0.5, n=46),
    "teamtailor_like": dict(
        domains=["teamtailor-mail.com", "mail.tmtlr.io"], locals_=["no-reply", "{dom}"],
        names=["{co}", "Team at {co}", "{rfirst} at {co}"],
        sigs=["Have a lovely day!\nThe {co} team", "{rfirst} 🌱\n{co}", "Team {co}"],
        footers=[["Powered by Teamtailor-ish", "Want us to delete your data? Click here: https://{dom}.tmtlr.io/connect/delete"]],
        html_p=0.55, formal=0.1, n=48),
    "bamboohr_like": dict(
        domains=["bamboo-hire.net"], locals_=["notifications", "{dom}"],
        names=["{co} Hiring Team", "{co} HR", "{rfirst} {rlast}"],
        sigs=["{rfirst} {rlast}\nHR Manager | {co}", "The {co} HR Team"],
        footers=[["This email was sent via BambooHire applicant tracking."], []],
        html_p=0.3, formal=0.5, n=44),
    "recruitee_like": dict(
        domains=["recruiteemail.com"], locals_=["{dom}", "careers"],
        names=["{co} Careers", "{co}", "{rfirst} | {co}"],
        sigs=["Cheers,\n{rfirst}\n{co} Talent", "{co} Hiring Team"],
        footers=[["Your application was submitted via Recruitee-like careers site of {co}.",
                  "Manage your data: https://{dom}.recruiteemail.com/candidate/{tok}"]],
        html_p=0.4, formal=0.3, n=42),
    "jazzhr_like": dict(
        domains=["applytojob-mail.com"], locals_=["noreply", "{dom}-jobs"],
        names=["{co}", "{co} - Hiring", "Hiring Manager at {co}"],
        sigs=["Thank you,\n{co}", "{rfirst} {rlast}\n{co}", "- {co} Hiring"],
        footers=[["Sent via JazzApply", "Please do not reply directly to this email."], []],
        html_p=0.2, formal=0.55, n=42),
    "corp_portal": dict(
        domains=["careers.{dom}.com", "{dom}-talent.com", "jobs.{dom}.com"], locals_=["careers-noreply", "talent.acquisition"],
        names=["{co} Careers", "{co} Global Talent Acquisition", "Careers at {co}", "{co} Graduate Recruitment"],
        sigs=["Global Talent Acquisition\n{co}", "The {co} Early Careers Team", "{co} Careers Team"],
        footers=[["© {co}. All rights reserved. | Privacy | Terms | Accessibility",
                  "You are receiving this email because you created a candidate profile on careers.{dom}.com."],
                 ["{co} is committed to building a diverse workforce and is proud to be an equal opportunity employer.",
                  "This mailbox is not monitored."]],
        html_p=0.5, formal=0.85, n=58),
}


def _vendor_message(rng: random.Random, family: str, v: dict, kind: str, n: int) -> dict:
    ctx = make_ctx(rng)
    co = ctx["co"]
    dom = slug(ctx["co_short"])
    fmt = {**ctx, "dom": dom, "tok": rng.randrange(10**6, 10**7), "title": pick(rng, TITLES)}
    paras, labels, topics, oc = en_core(rng, ctx, kind)
    formal = maybe(rng, v["formal"])
    sig = pick(rng, v["sigs"]).format(**fmt)
    if sig.startswith(("{", "Best,", "Thanks", "Kind", "Regards", "Sincerely", "Cheers", "Have", "Thank", "-", "—")):
        pass
    body = en_body(rng, ctx, paras, formal=formal, signature="")
    # the vendor signature replaces the generic close when it brings its own
    if "\n" in sig and sig.split("\n")[0].endswith((",", "!")):
        body = body.rsplit("\n\n", 1)[0] + "\n\n" + sig
    else:
        body = body + "\n" + sig
    footer = [f.format(**fmt) for f in pick(rng, v["footers"])]
    if maybe(rng, 0.3):
        footer.append(pick(rng, [f"Ref: {ctx['req']}", f"Position: {ctx['role']} ({ctx['req']})",
                                 f"Job: {ctx['role']} - {ctx['city']}"]))
    from_name = pick(rng, v["names"]).format(**fmt)
    local = re.sub(r"[^a-z0-9.+-]", "", pick(rng, v["locals_"]).format(**fmt).lower())
    from_addr = f"{local}@{pick(rng, v['domains']).format(**fmt)}"
    subj = subject(rng, ctx, kind)
    if family == "workday_like" and maybe(rng, 0.4):
        subj = f"{subj} - {ctx['req']}"
    if family in ("icims_like", "taleo_like") and maybe(rng, 0.3):
        subj = f"{co} - {subj}" if co not in subj else subj
    # company sometimes only in the display name (or only in the subject) - drop it from the body
    if maybe(rng, 0.15) and co in from_name:
        body = body.replace(co, pick(rng, ["our company", "us", "the company"]))
        footer = [f.replace(co, "the company") for f in footer]
    header = pick(rng, [co, co.upper(), f"{co} Careers", ""])
    if maybe(rng, v["html_p"]):
        html_paras = body.split("\n\n")
        text, htm = "", to_html(rng, html_paras, header=header, footer=footer)
    else:
        sep = pick(rng, ["\n\n", "\n\n---\n", "\n\n________________________________\n", "\n\n\n"])
        text = body + (sep + "\n".join(footer) if footer else "")
        htm = to_html(rng, body.split("\n\n"), header=header, footer=footer) if maybe(rng, 0.3) else None
    return record(FAMILY_PREFIX, family, n, lang="en", from_name=from_name, from_addr=from_addr,
                  to_addr=ctx["cand_addr"], subj=subj, body_text=text, body_html=htm, labels=labels,
                  company=ctx["co_short"] if ctx["co_short"] in (text + (htm or "") + from_name + subj) else None,
                  topics=topics, oc=oc)


def generate(rng: random.Random) -> Iterator[dict]:
    """Yield the ATS-style positive records, one family per vendor style."""
    for family, v in VENDORS.items():
        for n, kind in enumerate(kinds(rng, ATS_WEIGHTS, v["n"])):
            yield _vendor_message(rng, family, v, kind, n)
