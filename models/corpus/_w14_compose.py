"""Writer w14's message assembly: meanings ("kinds") -> paragraphs -> a styled record.

A *kind* decides the labels (``KINDS``); a *style* (``Style``) decides the surface: sender,
greeting, signature, footer, quoting, HTML. Every style draws its greeting, padding and footer
from the same banks whatever the kind, so only the decisive sentence tells the labels apart.
``episode`` writes pairs or triples of kinds that share one context (same employer, role, people).
"""

from __future__ import annotations

import html
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w14_lines as L  # noqa: E402
import _w14_other as O  # noqa: E402
import _w14_world as W  # noqa: E402


class SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, ctx: dict) -> str:
    return text.format_map(SafeDict(ctx))


def new_ctx(rng: random.Random, sectors: tuple[str, ...] | None = None) -> dict:
    co, dom, sector = W.company(rng, sectors)
    you, you_last = W.person(rng)
    me, me_last = W.person(rng)
    while me == you:
        me = rng.choice(W.FIRST)
    hm_f, hm_l = W.person(rng)
    role = W.role_for(rng, sector)
    role2 = rng.choice([r for r in W.ROLES[sector] if r != role])
    co2 = W.company(rng)[0]
    ctx = {
        "co": co, "dom": dom, "sector": sector, "role": role, "role2": role2, "co2": co2,
        "you": you, "you_last": you_last, "user": W.user_addr(you, you_last, rng),
        "me": me, "me_last": me_last, "hm": rng.choice([hm_f, f"{hm_f} {hm_l}", f"{hm_f} {hm_l}"]),
        "hm_first": hm_f, "slot": W.slot(rng), "time": rng.choice(W.TIMES), "req": W.req_no(rng),
        "salary": rng.choice(["£48,000", "$112,000", "€61,500", "£31,250 pro rata", "£72k", "$95k",
                              "£26,400", "€44,000"]),
        "n": rng.randrange(3, 250), "date": W.date_line(rng), "them": me,
    }
    ctx["link"] = rng.choice([f"https://{dom}/careers/book/{rng.randrange(10**5, 10**6)}",
                              f"https://{rng.choice(W.ATS_RELAYS)}/s/{rng.randrange(10**6, 10**7):x}",
                              f"https://cal.{dom}/{you.lower()}-{rng.randrange(100, 999)}"])
    return ctx


@dataclass
class Content:
    """What a kind contributes: subject choices, body sentences and the labels they carry."""

    subjects: list[str]
    paras: list[str]
    labels: list[str]
    topics: list[str] = field(default_factory=list)
    oc: list[str] = field(default_factory=list)
    company: bool = True
    folder: str = "INBOX"
    quote: str | None = None  # what kind of earlier message a reply may quote


NEUTRAL_SUBJ = ["Your application to {co}", "{role} - update", "{co} | {role} {req}", "Following up",
                "Re: {role}", "Update from {co}", "Your candidacy: {role}", "{role} at {co}",
                "Re: Application - {role}", "Quick update", "Next steps"]


def _p(rng: random.Random, bank: list[str], prob: float = 1.0) -> list[str]:
    if rng.random() < prob:
        s = rng.choice(bank)
        return [s] if s else []
    return []


def _rej_core(rng: random.Random, agency: bool) -> str:
    if agency and rng.random() < 0.7:
        return rng.choice(L.AG_REJ)
    return rng.choice(L.REJ_SOFT if rng.random() < 0.5 else L.REJ_PLAIN)


def _feedback(rng: random.Random, ctx: dict, agency: bool) -> tuple[list[str], list[str]]:
    paras = _p(rng, L.AG_FB_LEAD if agency else L.FEEDBACK_LEADIN)
    techy = ctx["sector"] == "tech" or any(w in ctx["role"] for w in ("Developer", "Engineer", "Data", "Architect"))
    # coding / system design remarks only make sense for software roles
    praise = [p for p in L.PRAISE if techy or not any(w in p for w in ("coding", "SQL", "take-home"))]
    pool = [t for t in sorted(L.WEAK) if techy or t not in ("coding", "system_design")]
    if rng.random() < 0.5:
        paras += [rng.choice(praise)]
    if rng.random() < 0.05:  # praise only: feedback with no weakness, kept rare
        return paras + [rng.choice(praise)], []
    k = 1 if rng.random() < 0.55 else 2
    topics = rng.sample(pool, k)
    if techy and rng.random() < 0.45 and not {"coding", "system_design"} & set(topics):
        topics[0] = rng.choice(["coding", "system_design"])
    weak = [rng.choice(L.WEAK[t]) for t in topics]
    if rng.random() < 0.4:
        paras.append(" ".join(weak))
    else:
        paras += weak
    return paras, sorted(topics)


def kind_content(kind: str, rng: random.Random, ctx: dict, agency: bool = False, pad: float = 0.7) -> Content:
    """Build the meaning-bearing part of one message of the given kind."""
    po = _p(rng, L.PAD_OPEN, pad)
    pc = _p(rng, L.PAD_CLOSE, pad)
    rej_subj = ["Update on your application", "Your application for {role}", "{role} - outcome",
                "Regarding your candidacy", "Thank you from {co}", "Your application status"]
    if kind in ("rej_soft", "rej_plain", "rej_manystrong", "rej_reason", "rej_fb", "rej_apply_other",
                "rej_invite_other"):
        labels, topics, oc = ["rejection"], [], []
        if kind == "rej_reason":
            reason = rng.choice(sorted(L.REJ_REASON))
            core = [rng.choice(L.REJ_REASON[reason])]
            oc = [reason]
            if rng.random() < 0.5:
                core.append(rng.choice(L.REJ_CONSEQ))
            if reason in ("closer_fit", "role_filled") and rng.random() < 0.3:
                core.insert(0, "We enjoyed getting to know you through the process.")
        elif kind == "rej_soft":
            core = [rng.choice(L.REJ_SOFT)]
        else:
            core = [_rej_core(rng, agency)]
        if kind == "rej_manystrong":
            core += rng.sample(L.NO_FEEDBACK_FILLER, rng.choice([1, 1, 2]))
        elif kind in ("rej_plain", "rej_soft") and rng.random() < 0.25:
            core.append(rng.choice(L.NO_FEEDBACK_FILLER))
        if kind in ("rej_soft", "rej_plain", "rej_fb") and rng.random() < 0.22:
            reason = rng.choice(["closer_fit", "closer_fit", "level_mismatch", "role_filled"])
            core.append(rng.choice(L.REJ_REASON[reason]))
            oc = [reason]
        if kind == "rej_fb":
            fb, topics = _feedback(rng, ctx, agency)
            core += fb
            labels.append("feedback")
        if kind == "rej_apply_other":
            core.append(rng.choice(L.APPLY_OTHER_ROLE))
        elif kind == "rej_invite_other":
            core.append(rng.choice(L.INVITE_OTHER_ROLE))
            labels.append("interview_invite")
        else:
            core += _p(rng, L.REJ_DOOR, 0.6)
        subj = rej_subj + ["Feedback on your interview"] * (kind == "rej_fb")
        return Content(subj, po + core + pc, labels, topics, oc, quote="thanks")
    if kind == "interview_cancel":
        reason = rng.choice(sorted(L.REJ_INTERVIEW_CANCELLED))
        core = [L.REJ_INTERVIEW_CANCELLED[reason]] + _p(rng, L.REJ_DOOR, 0.5)
        return Content(["Interview cancelled - {role}", "Change of plans: {role}", "Your interview on {slot}"],
                       core + pc, ["rejection"], [], [reason], quote="invite")
    if kind == "reschedule":
        return Content(["Interview rescheduled - {role}", "Change of plans: {role}", "Your interview on {slot}",
                        "New time needed"], [rng.choice(L.RESCHEDULE)] + pc, ["interview_invite"], quote="invite")
    if kind in ("delay", "status"):
        if agency:
            core = [rng.choice(L.AG_DELAY)]
        else:
            core = [rng.choice(L.DELAY if kind == "delay" else L.STATUS_PING)]
        return Content(rej_subj + ["Still reviewing - {role}", "Application status update"],
                       po + core + pc, [], quote="thanks")
    if kind == "complete_profile":
        return Content(["Complete your profile", "You're almost there", "Don't forget to finish your application",
                        "Action needed on your candidate account"], [rng.choice(L.COMPLETE_PROFILE)],
                       [], company=True)
    if kind in ("invite_question", "invite_direct"):
        if agency:
            core = [rng.choice(L.AG_INVITE)]
        else:
            core = [rng.choice(L.INVITE_QUESTION if kind == "invite_question" else L.INVITE_DIRECT)]
        if rng.random() < 0.4:
            core.append(rng.choice(["It'll be on video, so no need to travel.", "Nothing to prepare in advance.",
                                    "Bring any work samples you'd like to talk about.",
                                    "Expect questions on your recent projects and a short exercise.",
                                    "Reply with two or three times that suit and I'll send an invite."]))
        return Content(["Interview invitation - {role}", "Next steps", "Let's talk!", "{co}: schedule your interview",
                        "Chat next week?", "Next stage: {role}"], po + core + pc, ["interview_invite"],
                       quote="application")
    if kind == "coffee":
        core = [rng.choice(L.AG_COFFEE if agency else L.COFFEE)]
        return Content(["Coffee?", "Chat next week?", "Catching up", "Let's talk!", "Long time no see"],
                       core + pc, [], company=False)
    if kind == "reminder":
        return Content(["Reminder: your interview with {co}", "Interview confirmed - {role}", "See you {slot}",
                        "Next steps"], [rng.choice(L.REMINDER)] + pc, [], quote="invite")
    if kind == "thanks_today":
        return Content(["Thanks for today", "Re: {role} interview", "Following up"],
                       [rng.choice(L.THANKS_TODAY)] + pc, [], quote="invite")
    if kind == "offer":
        core = [rng.choice(L.AG_OFFER if agency else L.OFFER)] + _p(rng, L.OFFER_NEXT, 0.7)
        return Content(["Offer of employment - {role}", "Good news from {co} 🎉", "Your offer", "Next steps",
                        "{role}: offer letter"], po + core + pc, ["offer"], quote="thanks")
    if kind == "onboard":
        return Content(["Welcome to {co}! Your first day", "Next steps", "Action required: new starter forms",
                        "Your onboarding checklist"], [rng.choice(L.ONBOARD)] + pc, [], quote="accept")
    if kind == "scam":
        return Content(["Job Offer Confirmation!!", "Congratulations - you are hired", "Your offer is ready",
                        "Remote position - immediate start"], [rng.choice(L.SCAM)], [], company=False)
    if kind in ("ack", "ack_assess"):
        core = [rng.choice(L.ACK)]
        labels = ["application_ack"]
        if kind == "ack_assess":
            core.append(rng.choice(L.ASSESS_WITH_ACK))
            labels.append("interview_invite")
        else:
            core += _p(rng, L.ACK_NEXT, 0.7)
        return Content(["Application received: {role}", "Thanks for applying to {co}", "We've got your application",
                        "Your application {req}"], core + pc, labels, quote="application")
    if kind == "board_sent":
        return Content(["Your application was sent to {co}", "Application submitted: {role}", "You applied to {co}"],
                       [rng.choice(L.BOARD_SENT)], ["application_ack"])
    if kind == "fb_reply":
        fb, topics = _feedback(rng, ctx, agency)
        lead = _p(rng, ["Of course, happy to help.", "Thanks for asking, and sorry it took a few days.",
                        "Good on you for asking.", "Sure thing."], 0.7)
        return Content(["Re: Feedback", "Re: Your application for {role}", "Re: Feedback request - {role}",
                        "Re: {role} interview"], lead + fb + pc, ["feedback"], topics, quote="fbreq")
    if kind == "cant_share":
        core = [rng.choice(L.CANT_SHARE)] + _p(rng, L.NO_FEEDBACK_FILLER, 0.4)
        return Content(["Re: Feedback", "Re: Your application for {role}", "Re: Feedback request - {role}",
                        "Re: {role} interview"], core + pc, [], quote="fbreq")
    if kind == "role_closed_early":
        return Content(["That {role} role", "Update on the {role} opportunity", "Sorry - role gone"],
                       [rng.choice(O.ROLE_CLOSED_EARLY)] + pc, [], company=False)
    if kind in MISC:
        return MISC[kind](rng, ctx)
    # ---------------------------------------------------- Sent folder
    if kind in ("fbreq", "thank_note", "withdraw", "accept_offer", "sched_reply", "application_sent"):
        bank = {"fbreq": O.FB_REQUEST, "thank_note": O.THANK_NOTE, "withdraw": O.WITHDRAW,
                "accept_offer": O.ACCEPT_OFFER, "sched_reply": O.SCHED_REPLY,
                "application_sent": O.APPLICATION_SENT}[kind]
        subj = {"fbreq": ["Re: Your application for {role}", "Re: Update on your application", "Feedback?",
                          "Re: {role} - outcome", "Request for feedback"],
                "thank_note": ["Thank you", "Re: {role} interview", "Thanks for today"],
                "withdraw": ["Withdrawing my application", "Re: {role}", "Re: Interview invitation - {role}"],
                "accept_offer": ["Re: Offer of employment - {role}", "Re: Your offer", "Acceptance"],
                "sched_reply": ["Re: Interview invitation - {role}", "Re: Next steps", "Re: Chat next week?"],
                "application_sent": ["Application: {role}", "{role} {req} - {you} {you_last}", "Application for {role}"]}[kind]
        labels = ["feedback_request"] if kind == "fbreq" else []
        quote = {"fbreq": "rejection", "thank_note": None, "withdraw": "invite", "accept_offer": "offer",
                 "sched_reply": "invite", "application_sent": None}[kind]
        return Content(subj, [rng.choice(bank)], labels, folder="Sent", quote=quote)
    raise KeyError(kind)


# ---------------------------------------------------------------- quoted history
def prior_text(what: str, rng: random.Random, ctx: dict) -> tuple[str, bool]:
    """An earlier message for quoting; returns (text, written_by_candidate)."""
    if what == "fbreq":
        return rng.choice(O.FB_REQUEST), True
    if what == "thanks":
        return rng.choice(O.THANK_NOTE), True
    if what == "application":
        return rng.choice(O.APPLICATION_SENT), True
    if what == "accept":
        return rng.choice(O.ACCEPT_OFFER), True
    if what == "invite":
        return rng.choice(L.INVITE_DIRECT + L.INVITE_QUESTION), False
    if what == "offer":
        return rng.choice(L.OFFER), False
    if what == "rejection":
        return rng.choice(L.REJ_PLAIN + L.REJ_SOFT), False
    return rng.choice(L.DELAY), False


def quote_block(rng: random.Random, ctx: dict, what: str, them_name: str, them_addr: str,
                style: str) -> str:
    text, by_cand = prior_text(what, rng, ctx)
    text = fill(text, ctx)
    who = f"{ctx['you']} {ctx['you_last']}" if by_cand else them_name
    addr = ctx["user"] if by_cand else them_addr
    greet = f"Hi {them_name.split()[0]}," if by_cand else f"Hi {ctx['you']},"
    sign = ctx["you"] if by_cand else them_name.split()[0]
    inner = f"{greet}\n\n{text}\n\n{sign}"
    if style == "outlook":
        to = them_addr if by_cand else ctx["user"]
        return (f"\n\n________________________________\nFrom: {who} <{addr}>\nSent: {W.date_line(rng)}\n"
                f"To: {to}\nSubject: {fill(rng.choice(['{role}', 'Application - {role}', 'Your application', 'Interview']), ctx)}\n\n{inner}")
    lines = "\n".join("> " + x if x else ">" for x in inner.split("\n"))
    return f"\n\nOn {W.date_line(rng)}, {who} <{addr}> wrote:\n{lines}"


def to_html(greeting: str, paras: list[str], signoff: str, sig: list[str], footer: str, rng: random.Random,
            button: str | None = None) -> str:
    esc = html.escape
    body = [f"<p>{esc(greeting)}</p>"] if greeting else []
    body += [f"<p>{esc(p)}</p>" for p in paras]
    if button:
        body.append(f'<p><a href="{esc(button)}" style="background:#2b6cb0;color:#fff;padding:10px 18px;'
                    f'border-radius:4px;text-decoration:none">Open</a></p>')
    if signoff or sig:
        body.append("<p>" + "<br>".join(esc(x) for x in [signoff] + sig if x) + "</p>")
    if footer:
        body.append(f'<p style="font-size:11px;color:#888">{esc(footer).replace(chr(10), "<br>")}</p>')
    wrap = rng.randrange(3)
    inner = "\n".join(body)
    if wrap == 0:
        return f"<html><body>{inner}</body></html>"
    if wrap == 1:
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
                f'<table width="600" align="center"><tr><td>{inner}</td></tr></table></body></html>')
    return f'<div dir="ltr">{inner}</div>'


GREET = ["Hi {you},", "Dear {you},", "Hello {you},", "{you} -", "Hey {you}!", "Dear {you} {you_last},",
         "Good afternoon {you},", "Hi there,", "Morning {you},", "Dear Candidate,", ""]
SIGNOFF = ["Best,", "Kind regards,", "Warm wishes,", "Thanks,", "Cheers,", "All the best,", "Many thanks,",
           "Best wishes,", "Regards,", "Thank you,", "Speak soon,", ""]


@dataclass
class Style:
    """One family's surface: how the sender looks and how the body is wrapped."""

    name: str
    sectors: tuple[str, ...] | None
    sender: Callable[[random.Random, dict], tuple[str, str, list[str]]]  # -> from_name, from_addr, signature
    greet: list[str]
    signoff: list[str]
    footer: list[str]
    html_only: float = 0.0
    html_alt: float = 0.0
    quote_p: float = 0.0
    quote_style: str = "gmail"
    subj_fmt: Callable[[random.Random, str], str] | None = None
    agency: bool = False
    pad: float = 0.7
    button: bool = False


def render(style: Style, kind: str, rng: random.Random, ctx: dict, fam: str, idx: int) -> dict:
    c = kind_content(kind, rng, ctx, style.agency, style.pad)
    if c.folder == "Sent":
        them_f, them_l = ctx["me"], ctx["me_last"]
        them_name = f"{them_f} {them_l}"
        them_addr = W.addr_of(them_f, them_l, ctx["dom"], rng)
        from_name, from_addr = f"{ctx['you']} {ctx['you_last']}", ctx["user"]
        to_addr = them_addr
        greeting = fill(rng.choice([f"Hi {them_f},", f"Dear {them_f},", f"Hello {them_f},", f"Dear Ms {them_l},"
                                    if rng.random() < 0.3 else f"{them_f},", "Hi,", ""]), ctx)
        signoff = rng.choice(SIGNOFF)
        sig = [rng.choice([ctx["you"], f"{ctx['you']} {ctx['you_last']}",
                           f"{ctx['you']} {ctx['you_last']}\n{rng.choice(['07700 900', '+44 7700 9', '+1 415 555 '])}{rng.randrange(100, 999)}"])]
        if style.name.endswith("mobile"):
            sig.append("\nSent from my phone")
        footer = ""
    else:
        from_name, from_addr, sig = style.sender(rng, ctx)
        them_name = f"{ctx['me']} {ctx['me_last']}"
        them_addr = from_addr
        to_addr = ctx["user"]
        greeting = fill(rng.choice(style.greet), ctx)
        signoff = rng.choice(style.signoff)
        footer = fill(rng.choice(style.footer), ctx) if style.footer else ""
        if kind == "scam":  # offer scams come from look-alike senders, never the employer's own domain
            from_name = rng.choice(["HR Department", "Recruitment Desk", "Global Staffing Agency", "Hiring Manager",
                                    "Remote Jobs Team", "Talent Onboarding"])
            from_addr = rng.choice(["hr.dept", "jobs.offer", "recruit.team", "hiringdesk", "career.office"]) + \
                str(rng.randrange(10, 9999)) + "@" + rng.choice(["gmail.com", "outlook.com", "workfast-jobs.top",
                                                                "hire-now.xyz", "mail.ru"])
            sig = [rng.choice(["HR Manager", "Mrs. Linda Carter, Recruitment", "Hiring Dept.", "Onboarding Team"])]
            greeting = rng.choice(["Dear candidate,", "Hello,", "Dear Applicant,", ""])
            footer = ""
    paras = [fill(p, ctx) for p in c.paras if p]
    if not paras:
        paras = [fill(rng.choice(L.PAD_CLOSE[:4]), ctx)]
    if style.agency and c.company and not any(ctx["co"] in x for x in paras):
        paras.insert(0, fill(rng.choice(["Re the {role} role at {co}:", "About {co}:", "Update on {co} ({role}).",
                                         "News on {co}."]), ctx))
    neutral_ok = c.company and kind not in MISC and c.folder == "INBOX"
    subj_tpl = rng.choice(c.subjects) if (rng.random() < 0.65 or not neutral_ok) else rng.choice(NEUTRAL_SUBJ)
    subject = fill(subj_tpl, ctx)
    if style.subj_fmt:
        subject = style.subj_fmt(rng, subject)
    # merge short paragraphs now and then, as people do
    if len(paras) > 2 and rng.random() < 0.4:
        paras = [paras[0] + " " + paras[1]] + paras[2:]
    text_parts = ([greeting] if greeting else []) + paras
    text = "\n\n".join(text_parts)
    tail = "\n".join(x for x in [signoff] + sig if x)
    if tail:
        text += "\n\n" + tail
    if footer:
        text += "\n\n" + footer
    if c.quote and rng.random() < style.quote_p:
        text += quote_block(rng, ctx, c.quote, them_name, them_addr, style.quote_style)
        if not subject.lower().startswith(("re:", "aw:", "fwd:")):
            subject = rng.choice(["Re: ", "RE: ", "Re: ", "AW: "]) + subject
    body_html = None
    r = rng.random()
    if c.folder == "INBOX" and r < style.html_only + style.html_alt:
        body_html = to_html(greeting, paras, signoff, sig, footer, rng,
                            ctx["link"] if style.button and "{link}" not in " ".join(c.paras) else None)
        if r < style.html_only:
            text = ""
    company = ctx["co"] if c.company else None
    if kind == "complete_profile" and style.name == "boardnote":
        company = None  # a job board nagging about its own profile names no employer
    return {
        "id": f"{fam}-{idx}",
        "family": fam,
        "folder": c.folder,
        "lang": "en",
        "from_name": from_name,
        "from_addr": from_addr,
        "to_addr": to_addr,
        "subject": subject,
        "body_text": text,
        "body_html": body_html,
        "labels": sorted(set(c.labels)),
        "company": company,
        "topics": c.topics,
        "outside_control": c.oc,
    }


def episodes(style: Style, groups: list[tuple[list[str], float]], n_target: int, rng: random.Random,
             fam: str) -> list[dict]:
    """Write records in small groups that share one context and differ in the decisive sentence."""
    out: list[dict] = []
    weights = [w for _, w in groups]
    while len(out) < n_target:
        kinds = rng.choices([g for g, _ in groups], weights)[0]
        ctx = new_ctx(rng, style.sectors)
        take = kinds if len(kinds) <= 2 or rng.random() < 0.6 else rng.sample(kinds, 2)
        if len(take) > 1 and rng.random() < 0.25:
            take = [rng.choice(take)]
        for kind in take:
            if len(out) >= n_target:
                break
            out.append(render(style, kind, rng, ctx, fam, len(out) + 1))
    return out


# ---------------------------------------------------------------- mail that is not about a job decision
def _newsletter(rng: random.Random, ctx: dict) -> Content:
    body = rng.sample(O.NEWSLETTER_BODY, rng.choice([2, 3, 4]))
    return Content(O.NEWSLETTER_SUBJECTS, body, [], company=False)


def _job_alert(rng: random.Random, ctx: dict) -> Content:
    body = [rng.choice(O.JOB_ALERT), "{role} - {co} - {sector} - posted 2 days ago",
            "{role2} - {co2} - hybrid - posted today"]
    return Content(["{n} new jobs for \"{role}\"", "New jobs for you", "Jobs matching your search"], body, [],
                   company=False)


def _profile_view(rng: random.Random, ctx: dict) -> Content:
    return Content(["You're getting noticed 👀", "Who viewed your profile", "Your weekly profile stats"],
                   [rng.choice(O.PROFILE_VIEW)], [], company=False)


def _webinar(rng: random.Random, ctx: dict) -> Content:
    line = rng.choice(L.WEBINAR)
    return Content(["You're invited!", "Last chance to register", "Join us {slot}", "Invitation: careers event"],
                   [line, "Register here: {link}"], [], company="{co}" in line)


def _interview_someone(rng: random.Random, ctx: dict) -> Content:
    return Content(["Interview panel help?", "Can you interview on {slot}?", "Favour - candidate interview"],
                   [rng.choice(L.INTERVIEW_SOMEONE)], [], company=False)


def _work(rng: random.Random, ctx: dict) -> Content:
    return Content(["Rota", "Quick one", "Reminder", "PR review", "Friday"], [rng.choice(O.WORK_MAIL)], [],
                   company=False)


def _personal(rng: random.Random, ctx: dict) -> Content:
    return Content(["hey", "Saturday", "Re: this weekend", "!!", "news?", "quick q"],
                   [rng.choice(O.PERSONAL)], [], company=False)


def _autoreply(rng: random.Random, ctx: dict) -> Content:
    return Content(["Automatic reply: {role} application", "Out of Office: Re: {role}", "Auto: Following up"],
                   [rng.choice(O.AUTOREPLY)], [], company=False)


def _bounce(rng: random.Random, ctx: dict) -> Content:
    ctx.setdefault("addr", "careers@" + ctx["dom"])
    return Content(["Undeliverable: Application for {role}", "Delivery Status Notification (Failure)",
                    "Mail delivery failed: returning message to sender"], [rng.choice(O.BOUNCE)], [],
                   company=False)


def _nonjob(rng: random.Random, ctx: dict) -> Content:
    key = rng.choice(sorted(O.NONJOB_REJ))
    subj, paras = O.NONJOB_REJ[key]
    ctx.update(fund=rng.choice(O.FUNDS), conf=rng.choice(O.CONFS), talk=rng.choice(O.TALKS),
               street=rng.choice(O.STREETS), uni=rng.choice(O.UNIS), club=rng.choice(O.CLUBS))
    ctx["nonjob"] = key
    return Content([subj], list(paras), [], company=False)


def _board_rej(rng: random.Random, ctx: dict) -> Content:
    line = rng.choice([
        "An update from {co}: they have decided to move forward with other applicants for {role}.",
        "{co} reviewed your application for {role} and will not be progressing it.",
        "Your application to {co} was not selected. Don't be discouraged, there are {n} similar jobs waiting.",
        "{co} has closed your application for {role}: the employer chose another candidate.",
    ])
    return Content(["Update on your application to {co}", "{co} - application update", "Your application status"],
                   [line, rng.choice(["See similar jobs: {link}", "Keep going, your next role is out there.", ""])],
                   ["rejection"])


def _board_invite(rng: random.Random, ctx: dict) -> Content:
    line = rng.choice([
        "{co} sent you a message: \"Hi {you}, thanks for applying. Would you be free for a 20-minute phone screen {slot}?\"",
        "Good news! {co} wants to interview you for {role}. Choose a time that works: {link}",
        "{co} has invited you to complete a video interview for {role}. Start here: {link}",
    ])
    return Content(["{co} wants to talk to you", "New message from {co}", "Interview request: {role}"], [line],
                   ["interview_invite"])


def _board_viewed(rng: random.Random, ctx: dict) -> Content:
    line = rng.choice([
        "{co} viewed your application for {role}.",
        "Your application to {co} is being reviewed. We'll notify you when the employer responds.",
        "{co} looked at your CV 3 times this week. Applications usually hear back within 14 days.",
    ])
    return Content(["{co} viewed your application", "Application update: {role}", "Your application status"],
                   [line], [])


MISC: dict[str, Callable[[random.Random, dict], Content]] = {
    "board_rej": _board_rej, "board_invite": _board_invite, "board_viewed": _board_viewed,
    "newsletter": _newsletter, "job_alert": _job_alert, "profile_view": _profile_view, "webinar": _webinar,
    "interview_someone": _interview_someone, "work": _work, "personal": _personal, "autoreply": _autoreply,
    "bounce": _bounce, "nonjob": _nonjob,
}
