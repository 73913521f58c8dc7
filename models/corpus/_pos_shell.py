"""Shared assembly for the job-related positive generators: message kinds, context, English core,
subjects, greetings/sign-offs, quoted history and HTML wrapping.

The skeleton parts here are shared by every kind (label), so no skeleton carries a label.
"""

from __future__ import annotations

import html
import random

import _pos_core_en as core
from _pos_pool import (COMPANIES_EN, ROLES_EN, TEAMS, TZS, cand_addr, date_en, maybe, person, pick, req_id, slug, strip_legal, time_en, token)

KIND_LABELS = {
    "rej": ["rejection"], "ack": ["application_ack"], "inv": ["interview_invite"], "offer": ["offer"],
    "fb": ["feedback"], "rej_fb": ["rejection", "feedback"], "ack_inv": ["application_ack", "interview_invite"],
    "rej_inv": ["rejection", "interview_invite"], "fb_inv": ["feedback", "interview_invite"],
}
ATS_WEIGHTS = {"rej": 32, "ack": 30, "inv": 18, "offer": 5, "rej_fb": 4, "ack_inv": 8, "rej_inv": 3}
HUMAN_WEIGHTS = {"rej": 25, "ack": 11, "inv": 26, "offer": 12, "fb": 5, "rej_fb": 9, "ack_inv": 1, "rej_inv": 3,
                 "fb_inv": 2}
REASON_CHOICES = [None, None, None, None, "role_filled", "budget_freeze", "closer_fit", "closer_fit",
                  "level_mismatch", "role_cancelled"]


def kinds(rng: random.Random, weights: dict[str, int], n: int) -> list[str]:
    """n message kinds drawn with the given weights."""
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys], k=n)


def make_ctx(rng: random.Random, company: str | None = None, role: str | None = None) -> dict:
    """The placeholder values for one message."""
    co = company or pick(rng, COMPANIES_EN)
    first, last = person(rng)
    hf, hl = person(rng)
    rf, rl = person(rng)
    role = role or pick(rng, ROLES_EN)
    role2 = pick(rng, [r for r in ROLES_EN if r != role])
    platform = pick(rng, core.PLATFORMS)
    cur = pick(rng, ["£", "$", "€", "CA$", "A$"])
    base = rng.randrange(28, 190) * 1000
    salary = f"{cur}{base:,}" if cur != "€" else f"€{base:,}".replace(",", ".")
    link_kind = rng.randrange(5)
    tok = token(rng)
    link = [
        f"https://slotpick.io/{slug(co)}/{tok}", f"https://{slug(platform)}.test-portal.net/invite/{tok}",
        f"https://cal.bookwith.me/{slug(rf)}-{slug(rl)}/interview", f"https://meet-scheduler.app/s/{tok}",
        f"https://careers.{slug(co)}.com/candidate/schedule?token={tok}",
    ][link_kind]
    return {
        "co": co, "co_short": strip_legal(co), "role": role, "role2": role2, "first": first, "last": last,
        "hm": f"{hf} {hl}", "hm_first": hf, "rfirst": rf, "rlast": rl, "team": pick(rng, TEAMS),
        "date": date_en(rng), "time": time_en(rng), "tz": pick(rng, TZS),
        "dur": pick(rng, ["30 minutes", "45 minutes", "an hour", "45 mins", "about 60 minutes", "90 minutes", "20 minutes"]),
        "link": link, "req": req_id(rng), "deadline": date_en(rng), "platform": platform,
        "city": pick(rng, ["London", "Manchester", "Berlin", "Austin", "Toronto", "Dublin", "Leeds", "Denver",
                           "Amsterdam", "Bristol", "Sydney", "Boston", "Edinburgh", "Seattle"]),
        "salary": salary, "bonus": pick(rng, [5, 8, 10, 12, 15, 20]),
        "equity": f"{rng.randrange(2, 60) * 500:,}", "leave": pick(rng, [25, 27, 28, 30, 20, 22]),
        "start": date_en(rng), "signon": f"{cur}{rng.randrange(2, 20) * 1000:,}",
        "cand_addr": cand_addr(rng, first, last),
    }


def en_core(rng: random.Random, ctx: dict, kind: str, *, terse: bool = False,
            no_feedback_ok: bool = True) -> tuple[list[str], list[str], list[str], list[str]]:
    """(paragraphs, labels, topics, outside_control) for an English message of a kind."""
    topics: list[str] = []
    oc: list[str] = []
    if kind == "rej":
        reason = pick(rng, REASON_CHOICES)
        if terse:
            paras, oc = core.rejection_terse(rng, ctx, reason)
        else:
            paras, oc = core.rejection(rng, ctx, after_interview=maybe(rng, 0.45), reason=reason,
                                       soft=maybe(rng, 0.3), no_feedback=no_feedback_ok and maybe(rng, 0.15))
    elif kind == "rej_fb":
        reason = pick(rng, REASON_CHOICES[:6] + ["closer_fit"])
        if terse:
            paras, oc = core.rejection_terse(rng, ctx, reason)
        else:
            paras, oc = core.rejection(rng, ctx, after_interview=True, reason=reason, soft=maybe(rng, 0.3),
                                       no_feedback=False)
        fb, topics = core.feedback(rng, ctx, n_topics=rng.choice([1, 1, 2, 2, 3]), praise=maybe(rng, 0.5))
        pos = rng.randint(1, len(paras)) if len(paras) > 1 else len(paras)
        paras = paras[:pos] + fb + paras[pos:]
    elif kind == "fb":
        lead = pick(rng, [
            "Thanks for asking for feedback after our decision last week - happy to share what I can.",
            "Following up on your request, I spoke to the interviewers.",
            "Apologies for the slow reply to your feedback question.",
            "Sorry again it didn't work out. You asked what you could do differently, so:",
            "I've now collected the notes from everyone on the panel.",
            "Happy to give some pointers.",
            "",
        ])
        fb, topics = core.feedback(rng, ctx, n_topics=rng.choice([1, 1, 2, 2, 3]), praise=maybe(rng, 0.6))
        paras = [p for p in [lead] if p] + fb
        if maybe(rng, 0.5):
            paras.append(pick(rng, ["Good luck with the search.", "Feel free to apply again in a year or so.",
                                    "Let me know if you'd like to talk any of this through.",
                                    "I hope this helps and I'm sure you'll land something great."]))
    elif kind == "fb_inv":
        fb, topics = core.feedback(rng, ctx, n_topics=rng.choice([0, 0, 1]), praise=True)
        paras = fb + core.invite(rng, ctx, kind=pick(rng, ["final", "onsite", "technical", "hm_chat"]), lead=False)
    elif kind == "ack":
        paras = core.ack(rng, ctx)
    elif kind == "ack_inv":
        paras = core.ack_with_invite(rng, ctx)
    elif kind == "inv":
        if terse:
            k = pick(rng, core.INV_KINDS)
            paras = [pick(rng, core.INV_CORE[k]).format(**ctx)]
        else:
            paras = core.invite(rng, ctx)
    elif kind == "offer":
        paras = core.offer(rng, ctx)
        if terse:
            paras = paras[:2]
    elif kind == "rej_inv":
        paras, oc = core.rejection_with_redirect(rng, ctx)
    else:
        raise ValueError(kind)
    return paras, list(KIND_LABELS[kind]), topics, oc


# ---------------------------------------------------------------- subjects
SUBJ_NEUTRAL = [
    "Your application", "Your application to {co}", "{role}", "{role} - {co}", "Re: {role}",
    "Update on your application", "Update from {co}", "Following up", "Next steps", "{co} | {role} ({req})",
    "Regarding your application for {role}", "Thank you from {co}", "Your candidacy", "Quick note",
    "Hello from {co}", "{co} application status", "Re: Application for {role}", "Your {co} application",
    "Important information about your application", "{first} / {co}", "Our conversation",
    "The {role} role", "{role} ({req})", "{co}: {role}", "Re: {role} at {co}", "Checking in",
    "Your application for {role}", "Application update", "{co} Careers", "An update from the {co} team",
    "RE: {role} position", "re: catching up", "{role} opportunity", "Touching base",
]
SUBJ_HINT = {
    "rej": ["An update on your application", "Outcome of your application", "Your application for {role} - outcome",
            "Regarding the {role} position", "Thank you for your interest in {co}"],
    "rej_fb": ["Interview outcome", "Your interviews with {co}", "Following your interview"],
    "fb": ["Feedback", "Re: Feedback", "Interview feedback", "Re: Following up on my interview", "Some notes"],
    "fb_inv": ["Feedback + next round", "Great news from the panel", "Next stage"],
    "inv": ["Interview invitation: {role}", "Let's schedule a chat", "Next steps for {role} at {co}",
            "Invitation: interview with {co}", "Your interview with {co}", "Availability for a call?",
            "Scheduling your next conversation", "Quick call?", "Interview - {role}"],
    "ack": ["We received your application", "Application received - {role}", "Thanks for applying to {co}!",
            "Application confirmation", "Thank you for your application", "We've got it!",
            "Your application has been submitted"],
    "ack_inv": ["Next step: online assessment", "Complete your assessment for {role}", "Thanks for applying - next steps",
                "Action required: {role} application"],
    "offer": ["Offer of employment", "Your offer from {co}", "Great news!", "{co} offer letter", "Offer - {role}",
              "Welcome aboard (almost)!", "Good news"],
    "rej_inv": ["Another role you might like", "Update + another opportunity", "{role2} at {co}"],
}


def subject(rng: random.Random, ctx: dict, kind: str, hint_p: float = 0.3) -> str:
    """A subject line: mostly uninformative, sometimes hinting at the kind."""
    if maybe(rng, hint_p):
        s = pick(rng, SUBJ_HINT[kind])
    else:
        s = pick(rng, SUBJ_NEUTRAL)
    return s.format(**ctx)


# ---------------------------------------------------------------- greetings / sign-offs
GREET_FRIENDLY = ["Hi {first},", "Hello {first},", "Hey {first}!", "{first},", "Hi {first} -", "Hey {first},",
                  "Good morning {first},", "Hi {first}!", "Afternoon {first},"]
GREET_FORMAL = ["Dear {first},", "Dear {first} {last},", "Dear Candidate,", "Dear {first} {last}", "Dear Applicant,",
                "Hello {first} {last},", "Dear {first},"]
CLOSE_FRIENDLY = ["Best,", "Thanks,", "Cheers,", "All the best,", "Speak soon,", "Many thanks,", "Best wishes,",
                  "Thanks again,", "Warmly,", "Have a great week,", "Talk soon,"]
CLOSE_FORMAL = ["Kind regards,", "Yours sincerely,", "Sincerely,", "Best regards,", "Warm regards,", "Regards,",
                "With best wishes,", "Respectfully,"]
TITLES = ["Talent Partner", "Senior Recruiter", "Technical Recruiter", "People Partner", "Recruitment Coordinator",
          "Head of Talent", "Talent Acquisition Specialist", "Recruiting Lead", "HR Manager", "People Operations"]


def en_body(rng: random.Random, ctx: dict, paras: list[str], *, formal: bool, signature: str,
            greeting: bool = True) -> str:
    """Greeting + paragraphs + sign-off + signature, with varied spacing."""
    out = []
    if greeting:
        out.append(pick(rng, GREET_FORMAL if formal else GREET_FRIENDLY).format(**ctx))
    out.extend(paras)
    close = pick(rng, CLOSE_FORMAL if formal else CLOSE_FRIENDLY)
    sep = "\n\n" if maybe(rng, 0.8) else "\n"
    tail = f"{close}\n{signature}" if signature else close
    return sep.join(out) + "\n\n" + tail


def sig_person(rng: random.Random, name: str, title: str, co: str, *, phone_p: float = 0.5,
               dashes: bool = False) -> str:
    """A person's signature block."""
    from _pos_pool import phone
    lines = [name]
    if maybe(rng, 0.85):
        lines.append(pick(rng, [f"{title} | {co}", f"{title}, {co}", f"{title}\n{co}", title]))
    if maybe(rng, phone_p):
        lines.append(pick(rng, ["", "M: ", "Tel ", "p: ", "Mobile: "]) + phone(rng))
    if maybe(rng, 0.2):
        lines.append(pick(rng, ["Pronouns: she/her", "(he/him)", "they/them", "www." + slug(co) + ".com",
                                "We're hiring! See all our roles at " + slug(co) + ".com/careers"]))
    body = "\n".join(lines)
    return ("-- \n" + body) if dashes else body


# ---------------------------------------------------------------- quoting
CAND_PRIOR = [
    "Hi {rfirst},\n\nI just wanted to follow up on my application for the {role} role. Is there any update on timing?\n\nThanks,\n{first}",
    "Thanks so much for the chat today - I really enjoyed hearing about the {team} team. Let me know if you need anything else from me.\n\nBest,\n{first}",
    "Hello,\n\nPlease find attached my CV for the {role} position. I'd love to be considered.\n\nKind regards,\n{first} {last}",
    "Thursday or Friday afternoon both work for me.\n\n{first}",
    "Hi {rfirst}, hope you had a nice weekend! Any news from the team?\n{first}",
    "Thanks for the update. I'm still very interested in the role, so just let me know what you need.\n\nCheers,\n{first}",
    "Hi,\nI saw the {role} posting and wanted to reach out directly - my CV is attached. Happy to chat anytime.\n{first} {last}",
    "Dear {rfirst},\n\nThank you for your time on {date}. I wanted to reiterate my enthusiasm for the position.\n\nBest regards,\n{first} {last}",
]
CAND_FEEDBACK_REQ = [
    "Hi {rfirst},\n\nThanks for letting me know. Would you be able to share any feedback from the interviews? It would really help me prepare for future applications.\n\nBest,\n{first}",
    "Thank you for the update - disappointing, but I understand. If the panel had any notes on where I could improve, I'd be grateful to hear them.\n\n{first}",
    "Hello,\n\nI appreciate you getting back to me. Is there any feedback you could share on my application or the technical round?\n\nKind regards,\n{first} {last}",
    "Hi {rfirst} - thanks for the heads up. Any pointers on what I could have done better? No worries if not.\n{first}",
]


def quote_gmail(rng: random.Random, ctx: dict, prior: str, who: str, addr: str) -> str:
    """A Gmail/Apple-style quoted history block."""
    lead = pick(rng, [
        "On {date}, at {time}, {who} <{addr}> wrote:", "On {date} {who} <{addr}> wrote:",
        "{who} <{addr}> schrieb am {date}:" if maybe(rng, 0.05) else "On {date}, {who} wrote:",
        "> On {date}, {who} <{addr}> wrote:",
    ]).format(date=date_en(rng), time=time_en(rng), who=who, addr=addr)
    lines = prior.format(**ctx).split("\n")
    return lead.lstrip("> ") + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines)


def quote_outlook(rng: random.Random, ctx: dict, prior: str, who: str, addr: str, subj: str) -> str:
    """An Outlook-style original-message block."""
    head = pick(rng, ["-----Original Message-----\n", "________________________________\n", ""])
    block = (f"{head}From: {who} <{addr}>\nSent: {date_en(rng)} {time_en(rng)}\nTo: {ctx['rfirst']} {ctx['rlast']}\n"
             f"Subject: {subj}\n\n{prior.format(**ctx)}")
    return block


def forward_block(rng: random.Random, who: str, addr: str, to: str, subj: str, text: str) -> str:
    """A forwarded-message block as Gmail or Outlook render it."""
    if maybe(rng, 0.6):
        return (f"---------- Forwarded message ---------\nFrom: {who} <{addr}>\nDate: {date_en(rng)} at {time_en(rng)}\n"
                f"Subject: {subj}\nTo: <{to}>\n\n{text}")
    return (f"Begin forwarded message:\n\nFrom: {who} <{addr}>\nSubject: {subj}\nDate: {date_en(rng)}\nTo: {to}\n\n{text}")


# ---------------------------------------------------------------- html
def to_html(rng: random.Random, paras: list[str], *, header: str = "", footer: list[str] | None = None,
            style: int | None = None) -> str:
    """Render paragraphs (and a footer) as an HTML email body in one of several layouts."""
    style = rng.randrange(4) if style is None else style
    ps = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    foot = "".join(f"<p style=\"font-size:11px;color:#8a8a8a\">{html.escape(f)}</p>" for f in (footer or []))
    head = html.escape(header)
    if style == 0:
        return (f"<html><body style=\"font-family:Arial,sans-serif\"><table width=\"100%\" cellpadding=\"0\"><tr><td align=\"center\">"
                f"<table width=\"600\"><tr><td style=\"padding:24px\"><h2>{head}</h2>{ps}<hr>{foot}</td></tr></table>"
                f"</td></tr></table></body></html>")
    if style == 1:
        return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"wrapper\">"
                f"<div class=\"header\"><img src=\"https://cdn.example-assets.net/logo.png\" alt=\"{head}\"></div>"
                f"<div class=\"content\">{ps}</div><div class=\"footer\">{foot}</div></div></body></html>")
    if style == 2:
        return f"<div dir=\"ltr\">{ps}<br><div class=\"gmail_signature\">{foot}</div></div>"
    return (f"<html><body><center><table role=\"presentation\" style=\"max-width:640px\"><tr><td bgcolor=\"#f4f4f4\">"
            f"<strong>{head}</strong></td></tr><tr><td>{ps}</td></tr><tr><td>{foot}</td></tr></table></center></body></html>")


def record(prefix: str, family: str, n: int, *, lang: str, from_name: str, from_addr: str, to_addr: str,
           subj: str, body_text: str, body_html: str | None, labels: list[str], company: str | None,
           topics: list[str], oc: list[str]) -> dict:
    """A corpus record following models/corpus/README.md."""
    return {
        "id": f"{prefix}-{family}-{n}", "family": family, "folder": "INBOX", "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subj,
        "body_text": body_text, "body_html": body_html, "labels": sorted(labels), "company": company,
        "topics": sorted(topics), "outside_control": sorted(oc),
    }
