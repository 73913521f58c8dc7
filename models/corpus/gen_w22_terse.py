"""w22: odd formats - subject-only mail, 'see the attached letter' notes, all-caps legacy HR
systems, 72-column plain text with quoted-printable leftovers, and mis-decoded (mojibake) mail.

Families: subjonly, attached, legacycaps, wrap72, mojibake.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w22_bank import (slug, ATS_RELAYS, Counter, date_str, html_wrap, make_ctx, mojibake, pick, qp_wrap,  # noqa: E402
                       record, weighted)
from _w22_neg import neg  # noqa: E402
from _w22_say import BYE, HELLO, say  # noqa: E402

FAMILY_PREFIX = "w22terse"

EMPTYISH = ["", "Sent from my iPhone", "see subject", "(no message body)", ".", "--\n{rf}", "As per subject.", "Sent from Outlook for Android",
            "thx", "{rf} {rl}\n{c}", "FYI"]

SUBJ = {
    "rej": ["Re: Application — unsuccessful", "{r} – not progressing", "Your application to {c}: outcome - unsuccessful",
            "Unsuccessful: {req} {r}", "{c} – we won't be moving forward", "RE: {r} application - no this time, sorry",
            "Application {req}: not selected", "Outcome of your interview ({r}) - regret"],
    "rej_oc": ["{r} ({req}) - position filled", "Vacancy withdrawn: {r} - application closed", "{c}: {r} on hiring freeze - applications closed"],
    "offer": ["Offer - {r} (please sign by Friday)", "Offer letter: {r}, {c}", "{c} offer 🎉 - {r}", "RE: {r} – formal offer attached",
              "Your offer from {c}", "OFFER: {r} / start {start}"],
    "inv": ["Interview - {when}?", "Invitation to interview: {r} ({req})", "2nd round {c} - {when}?", "Online assessment for {r} - please complete within 5 days",
            "{c}: book your phone screen", "Final interview invite – {r}"],
    "ack": ["Application received: {req} {r}", "Thanks for applying to {c}", "We got your application ✔ ({r})", "Acknowledgement - {r} application",
            "Re: {r} – received, thanks"],
}
SUBJ_NEG = [
    ("Reminder: interview tomorrow {time}", True), ("Fwd: parking info for Thursday", True), ("Complete your candidate profile", False),
    ("Your application status: under review", True), ("Re: thanks for today", True), ("Payslip - March", False),
    ("Declined: Coffee catch-up", False), ("Re: lunch?", False), ("Interview confirmed - {when}", True),
    ("Assessment submitted ✓", True), ("Re: feedback request - sorry, can't share", True), ("Invoice 2231", False),
    ("Offer ends Sunday: 30% off all courses", False), ("Your loan application - declined", False),
]
SUBJ_LABELS = {"rej": ["rejection"], "rej_oc": ["rejection"], "offer": ["offer"], "inv": ["interview_invite"], "ack": ["application_ack"]}
SUBJ_OC = {"position filled": "role_filled", "withdrawn": "role_cancelled", "hiring freeze": "budget_freeze"}


def subjonly(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    table = [("rej", 5), ("rej_oc", 3), ("offer", 6), ("inv", 6), ("ack", 8), ("neg", 22)]
    for _ in range(55):
        ctx = make_ctx(rng)
        k = weighted(rng, table)
        oc: list[str] = []
        if k == "neg":
            s, about = pick(rng, SUBJ_NEG)
            subject = s.format(**ctx)
            labels, comp = [], (ctx["c"] if about else None)
        else:
            subject = pick(rng, SUBJ[k]).format(**ctx)
            labels, comp = SUBJ_LABELS[k], ctx["c"]
            for key, reason in SUBJ_OC.items():
                if k == "rej_oc" and key in subject:
                    oc = [reason]
        body = pick(rng, EMPTYISH).format(**ctx)
        human = rng.random() < 0.5
        yield record(FAMILY_PREFIX, "subjonly", cnt.next("subjonly"),
                     from_name=(f"{ctx['rf']} {ctx['rl']}" if human else pick(rng, [f"{ctx['c']} Careers", f"Jobs at {ctx['c']}", f"{ctx['c']} HR"])) if comp else f"{ctx['rf']} {ctx['rl']}",
                     from_addr=f"{slug(ctx['rf'])}@{ctx['dom']}" if human or not comp else f"no-reply@{pick(rng, ATS_RELAYS)}",
                     to_addr=ctx["caddr"], subject=subject, body_text=body, labels=labels, company=comp, oc=oc)


ATT_NAMES = ["Outcome_letter.pdf", "{c}_letter_{req}.pdf", "Offer_{cl}.pdf", "letter.pdf", "scan0012.pdf", "Application_update.docx",
             "Contract_and_offer.pdf", "Invitation.pdf"]
ATT_BY_KIND = {
    "rej": ["Outcome_letter.pdf", "{c}_letter_{req}.pdf", "letter.pdf", "scan0012.pdf", "Application_update.docx", "Decision_{req}.pdf"],
    "offer": ["Offer_{cl}.pdf", "Contract_and_offer.pdf", "letter.pdf", "{c}_letter_{req}.pdf", "Offer letter (signed).pdf"],
    "inv": ["Invitation.pdf", "letter.pdf", "Interview_details_{req}.pdf", "Agenda.pdf"],
    "ack": ["Acknowledgement.pdf", "letter.pdf", "{c}_receipt.pdf"],
    "neg": ["documents.zip", "Directions.pdf", "form.pdf", "letter.pdf", "scan0012.pdf", "attachment.pdf"],
}
ATT_BY_KIND["rej_oc"] = ATT_BY_KIND["rej_fb"] = ATT_BY_KIND["rej"]
ATT_LEAD = ["Please see the attached letter regarding your application.", "Letter attached.", "Attached is a letter from the hiring team.",
            "Please find our letter attached - short version below.", "I've attached the formal letter, but in short:", ""]
ATT_NEG = [
    ("Attached are your onboarding documents (tax form, bank details form and handbook). Please return them before your first day.", True),
    ("Please find attached the reference request form for your referee.", True),
    ("Attached is the job description I mentioned - have a read and let me know if you'd like me to put you forward.", False),
    ("Attached: directions and parking for tomorrow's interview.", True),
    ("Attached is your payslip for the month.", False),
    ("Please see the attached letter from the admissions office regarding your application to the MBA programme. Unfortunately we are unable to offer you a place.", False),
    ("Attached is the tenancy decision - the landlord has chosen another applicant.", False),
    ("Attached: our quarterly careers newsletter, with tips for interviews and offers.", False),
]


def attached(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    table = [("rej", 8), ("rej_oc", 3), ("rej_fb", 5), ("offer", 7), ("inv", 5), ("ack", 3), ("neg", 20)]
    for _ in range(52):
        ctx = make_ctx(rng)
        k = weighted(rng, table)
        att = pick(rng, ATT_BY_KIND.get(k, ATT_NAMES)).format(**ctx)
        if k == "neg":
            text, about = pick(rng, ATT_NEG)
            paras, labels, topics, oc, comp = [text], [], [], [], (ctx["c"] if about else None)
        else:
            paras, labels, topics, oc = say(k, ctx, rng)
            comp = ctx["c"]
            lead = pick(rng, ATT_LEAD)
            if lead:
                paras = [lead] + paras
        greet = pick(rng, HELLO).format(**ctx)
        sign = pick(rng, BYE).format(**ctx)
        text = "\n\n".join([x for x in [greet] + paras + [sign] if x]) + f"\n\n[attachment: {att}]"
        if rng.random() < 0.3:
            text = f"📎 1 attachment: {att} ({rng.randrange(40, 900)} KB)\n\n" + text.replace(f"\n\n[attachment: {att}]", "")
        subject = pick(rng, ["Letter attached", f"Your application - {ctx['r']}", f"{ctx['r']} ({ctx['req']})", f"Re: {ctx['r']}",
                             "Documents", f"{ctx['c']} - correspondence", "(no subject)"])
        yield record(FAMILY_PREFIX, "attached", cnt.next("attached"), from_name=f"{ctx['rf']} {ctx['rl']}",
                     from_addr=f"{slug(ctx['rf'])}.{slug(ctx['rl'])}@{ctx['dom']}", to_addr=ctx["caddr"],
                     subject=subject, body_text=text, labels=labels, company=comp, topics=topics, oc=oc)


CAPS_STATUS = [
    ("APPLICATION RECEIVED", ["application_ack"], [], "YOUR APPLICATION HAS BEEN RECORDED. YOU WILL BE CONTACTED IF SHORTLISTED."),
    ("ACKNOWLEDGED", ["application_ack"], [], "THANK YOU. YOUR FORM HAS BEEN LOGGED UNDER THE REFERENCE ABOVE."),
    ("RECEIVED - AWAITING SHORTLIST", ["application_ack"], [], "WE CONFIRM RECEIPT OF YOUR APPLICATION FORM AND SUPPORTING DOCUMENTS."),
    ("ONLINE APPLICATION SUBMITTED", ["application_ack"], [], "YOUR ONLINE APPLICATION WAS SUBMITTED SUCCESSFULLY AND HAS BEEN PASSED TO THE RECRUITING MANAGER."),
    ("NOT SELECTED FOR INTERVIEW", ["rejection"], [], "WE REGRET THAT YOUR APPLICATION WILL NOT PROCEED FURTHER."),
    ("UNSUCCESSFUL AFTER INTERVIEW", ["rejection"], [], "THE PANEL HAS DECIDED NOT TO OFFER YOU THE POST. THANK YOU FOR ATTENDING."),
    ("VACANCY CANCELLED", ["rejection"], ["role_cancelled"], "THIS POST HAS BEEN WITHDRAWN. ALL APPLICATIONS ARE CLOSED."),
    ("POST FILLED", ["rejection"], ["role_filled"], "AN APPOINTMENT HAS BEEN MADE. YOUR APPLICATION IS CLOSED."),
    ("RECRUITMENT FROZEN", ["rejection"], ["budget_freeze"], "DUE TO A FREEZE ON RECRUITMENT THIS CAMPAIGN HAS ENDED. NO FURTHER ACTION WILL BE TAKEN ON YOUR APPLICATION."),
    ("INVITED TO INTERVIEW", ["interview_invite"], [], "PLEASE ATTEND INTERVIEW ON {WHEN}. CONFIRM ATTENDANCE BY REPLYING TO THE HR MAILBOX."),
    ("INVITED TO ASSESSMENT", ["interview_invite"], [], "YOU ARE INVITED TO A WRITTEN ASSESSMENT AND INTERVIEW ON {WHEN}. BRING PHOTO ID."),
    ("INTERVIEW RESCHEDULED", ["interview_invite"], [], "YOUR INTERVIEW HAS BEEN MOVED TO {WHEN}. PLEASE CONFIRM THE NEW TIME."),
    ("CONDITIONAL OFFER", ["offer"], [], "WE ARE PLEASED TO OFFER YOU THE POST SUBJECT TO REFERENCES AND CHECKS. STARTING SALARY {SAL}."),
    ("OFFER OF EMPLOYMENT", ["offer"], [], "WE ARE PLEASED TO OFFER YOU APPOINTMENT TO THE ABOVE POST. PLEASE RETURN THE SIGNED ACCEPTANCE."),
    ("UNDER REVIEW", [], [], "YOUR APPLICATION IS BEING CONSIDERED. NO ACTION REQUIRED."),
    ("ON HOLD", [], [], "PROCESSING OF THIS VACANCY IS TEMPORARILY DELAYED. YOU WILL BE NOTIFIED OF ANY CHANGE."),
    ("PENDING SHORTLIST", [], [], "SHORTLISTING IS IN PROGRESS."),
    ("WITHDRAWN BY APPLICANT", [], [], "YOUR REQUEST TO WITHDRAW HAS BEEN PROCESSED."),
    ("PRE-EMPLOYMENT CHECKS", [], [], "DOCUMENTS RECEIVED. DBS AND REFERENCE CHECKS IN PROGRESS. START DATE TO BE CONFIRMED."),
    ("INTERVIEW REMINDER", [], [], "THIS IS A REMINDER OF YOUR INTERVIEW ON {WHEN}. NO REPLY NEEDED."),
    ("ATTENDANCE CONFIRMED", [], [], "THANK YOU FOR CONFIRMING ATTENDANCE ON {WHEN}."),
    ("PROFILE INCOMPLETE", [], [], "YOUR CANDIDATE PROFILE IS MISSING EMPLOYMENT HISTORY. LOG IN TO COMPLETE."),
]


def legacycaps(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(52):
        ctx = make_ctx(rng)
        if rng.random() < 0.12:
            # a rejection with panel comments typed into the legacy free-text field
            paras, labels, topics, oc = say("rej_fb", ctx, rng)
            status, note = "UNSUCCESSFUL - PANEL COMMENTS", " ".join(paras).upper()
        else:
            status, labels, oc, note = pick(rng, CAPS_STATUS)
            topics = []
            note = note.replace("{WHEN}", ctx["when"].upper()).replace("{SAL}", ctx["sal"])
        sysname = pick(rng, ["HRIS", "PEOPLESOFT-R", "RECRUIT/400", "ESS", "HR-ONLINE V2", "TALENT MODULE"])
        c = ctx["c"].upper()
        body = (f"*** {pick(rng, ['THIS IS AN AUTOMATED MESSAGE', 'AUTO-GENERATED', 'SYSTEM NOTIFICATION'])} - DO NOT REPLY ***\n\n"
                f"APPLICANT     : {ctx['cl'].upper()}, {ctx['cf'].upper()}\nAPPLICANT NO  : {rng.randrange(10**6, 10**7):08d}\n"
                f"VACANCY       : {ctx['req'].upper()} {ctx['r'].upper()}\nORGANISATION  : {c}\nDATE          : {date_str(rng).upper()}\n"
                f"STATUS        : {status}\n\n{note}\n\n"
                + pick(rng, [f"{c} HR SHARED SERVICES", f"RECRUITMENT UNIT, {c}", f"{sysname} / {c}"]) + "\n"
                + pick(rng, ["THIS MAILBOX IS NOT MONITORED.", "FOR QUERIES QUOTE YOUR APPLICANT NUMBER.", "CONFIDENTIAL - IF RECEIVED IN ERROR PLEASE DELETE.", ""]))
        if status.startswith("UNSUCCESSFUL - PANEL"):
            pass
        subject = pick(rng, [f"{sysname}: STATUS CHANGE - {ctx['req'].upper()}", f"APPLICATION {ctx['req'].upper()} - {status}",
                             f"NOTIFICATION FROM {c} RECRUITMENT", f"{status}"])
        yield record(FAMILY_PREFIX, "legacycaps", cnt.next("legacycaps"), from_name=pick(rng, [f"{c} HR", sysname, "RECRUITMENT"]),
                     from_addr=f"{pick(rng, ['hris', 'noreply', 'recruit.system', 'ess-notify'])}@{ctx['dom']}", to_addr=ctx["caddr"],
                     subject=subject, body_text=body, labels=labels, company=ctx["c"], topics=topics, oc=oc)


LEGAL = [
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "{c} Ltd is registered in England and Wales, company no. 0{n}. Registered office: 1 Station Road.",
    "Please consider the environment before printing this email.",
    "We process candidate data in line with our privacy notice, available on our careers site.",
    "",
]
LETTER_TABLE = [("rej", 8), ("rej_oc", 4), ("rej_fb", 8), ("fbreply", 6), ("inv", 8), ("ack", 9), ("ack_inv", 4), ("rej_inv", 3),
                ("offer", 6), ("n:status", 5), ("n:thanks_today", 4), ("n:nofbreply", 4), ("n:onboard", 5), ("n:reminder", 4),
                ("n:nonjob_rej", 7), ("n:autoreply", 3), ("n:interview_someone", 4), ("n:personal", 3),
                ("n:webinar", 3), ("n:closed_before", 3), ("n:withdraw_ack", 2), ("n:newsletter", 3)]
FB_REQS = [
    "Would you be able to share any feedback from the interview? I'd really value it.",
    "Thanks for letting me know. If there's any feedback on where I could improve, I'd be grateful.",
    "Could you tell me what the panel thought I was missing?",
]


def _letter(rng: random.Random, ctx: dict) -> tuple[str, list, list, list, str | None]:
    k = weighted(rng, LETTER_TABLE)
    quote = ""
    if k == "fbreply":
        paras, labels, topics, oc = say("fb", ctx, rng)
        comp = ctx["c"]
        quote = f"On {date_str(rng)}, {ctx['cf']} {ctx['cl']} <{ctx['caddr']}> wrote:\n> " + pick(rng, FB_REQS)
    elif k == "n:nofbreply":
        paras, comp = neg("nofb", ctx, rng)
        labels, topics, oc = [], [], []
        quote = f"-----Original Message-----\nFrom: {ctx['cf']} {ctx['cl']}\nSent: {date_str(rng)}\nSubject: Feedback\n\n" + pick(rng, FB_REQS)
    elif k.startswith("n:"):
        paras, comp = neg(k[2:], ctx, rng)
        labels, topics, oc = [], [], []
    else:
        paras, labels, topics, oc = say(k, ctx, rng)
        comp = ctx["c"]
    greet = pick(rng, HELLO).format(**ctx)
    sign = pick(rng, BYE).format(**ctx)
    legal = pick(rng, LEGAL).format(c=ctx["c"], n=rng.randrange(1000000, 9999999))
    parts = [x for x in [greet] + paras + [sign] if x]
    body = "\n\n".join(parts)
    if legal:
        body += "\n\n" + pick(rng, ["-- ", "_____", "______________________________"]) + "\n" + legal
    if quote:
        body += "\n\n" + quote
    return body, labels, topics, oc, comp


def _subject(rng: random.Random, ctx: dict, labels: list) -> str:
    return pick(rng, [f"Your application - {ctx['r']}", f"Re: {ctx['r']} ({ctx['req']})", f"{ctx['c']}: update", "Update",
                      f"RE: {ctx['r']}", f"[External] {ctx['r']} - {ctx['c']}", f"AW: {ctx['r']}", "Following up", f"{ctx['c']} / {ctx['cf']} {ctx['cl']}"])


def wrap72(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(62):
        ctx = make_ctx(rng)
        body, labels, topics, oc, comp = _letter(rng, ctx)
        text = qp_wrap(body, rng, width=pick(rng, [72, 72, 76, 68]))
        yield record(FAMILY_PREFIX, "wrap72", cnt.next("wrap72"), from_name=f"{ctx['rf']} {ctx['rl']}",
                     from_addr=f"{slug(ctx['rf'])}@{ctx['dom']}", to_addr=ctx["caddr"], subject=_subject(rng, ctx, labels),
                     body_text=text, labels=labels, company=comp, topics=topics, oc=oc)


def mojibake_fam(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(62):
        ctx = make_ctx(rng)
        body, labels, topics, oc, comp = _letter(rng, ctx)
        text = mojibake(body, rng)
        subject = _subject(rng, ctx, labels)
        if rng.random() < 0.4:
            subject = mojibake(subject, rng)
        html = None
        if rng.random() < 0.2:
            html = html_wrap(text.split("\n\n"), rng)
            text = ""
        yield record(FAMILY_PREFIX, "mojibake", cnt.next("mojibake"), from_name=mojibake(f"{ctx['rf']} {ctx['rl']}", rng),
                     from_addr=f"{pick(rng, ['careers', 'jobs', slug(ctx['rf'])])}@{ctx['dom']}", to_addr=ctx["caddr"], subject=subject,
                     body_text=text, body_html=html, labels=labels, company=comp, topics=topics, oc=oc)


def generate(rng: random.Random) -> Iterable[dict]:
    cnt = Counter()
    yield from subjonly(rng, cnt)
    yield from attached(rng, cnt)
    yield from legacycaps(rng, cnt)
    yield from wrap72(rng, cnt)
    yield from mojibake_fam(rng, cnt)
