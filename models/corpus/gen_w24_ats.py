"""Writer w24: applicant-tracking mail of mid-size employers, many phrasings of the same decisions.

Each family is one invented ATS vendor's house style (plain text, simple HTML or both) used by
many employers; every family sends rejections, invitations, acknowledgements, offers, feedback
and the same templates' non-decisions, so that only the deciding sentence tells them apart.
Three further families hold the candidate's Sent mail, newsletters/alerts and non-job mail.
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path
from typing import Iterable

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import _w24_neg as N  # noqa: E402
import _w24_say as S  # noqa: E402
import _w24_world as W  # noqa: E402

FAMILY_PREFIX = "w24ats"

# key, vendor, relay domain, display-name forms, subject form, request-number form, html mode,
# header line, sign-off form, footer
VENDORS = [
    ("applyflow", "Applyflow", "mail.applyflow.io", ["{company} Recruitment", "{company} via Applyflow"],
     "{s}", "AF-{n5}", "none", "", "team", "Sent by Applyflow on behalf of {company}. Please do not reply to this address."),
    ("hirepath", "Hirepath", "notify.hirepath.com", ["Jobs at {company}"], "{s} | {company}", "{n4}",
     "only", "", "team", "Powered by Hirepath · Unsubscribe from job updates · Privacy"),
    ("talentledger", "TalentLedger", "tl-mail.net", ["{company} Careers"], "[{company}] {s}", "REQ-{n6}",
     "alt", "Requisition: {req} | Position: {role}", "person", "TalentLedger Candidate Services. You received this because you applied for a role."),
    ("rosterly", "Rosterly Hire", "hire.rosterly.co", ["{company}", "{rname} at {company}"], "{s}", "RH{n4}",
     "none", "", "person", ""),
    ("caskade", "Caskade ATS", "caskade-ats.com", ["{company} Talent"], "{company}: {s}", "{yr}-{n3}",
     "mix", "Vacancy ref: {req}", "both", "This email and any attachments are confidential. If you received it in error, please delete it."),
    ("peoplegrid", "PeopleGrid", "pg-notify.com", ["{company} (no-reply)", "{company} People Team"],
     "{s} (Ref: {req})", "PG-{n5}", "none", "", "team", "Please don't reply to this automated message. To contact us, use the candidate portal."),
    ("shortlister", "Shortlister", "shortlister.app", ["{rname} ({company})"], "{s}", "SL{n5}",
     "none", "", "person", "Sent with Shortlister"),
    ("vacancyhub", "VacancyHub", "vacancyhub-mail.co.uk", ["{company} Recruitment Team"],
     "{s} - {role}", "VH/{yr}/{n4}", "alt", "", "team", "VacancyHub Ltd processes your data on behalf of the employer. Manage your data: https://candidates.vacancyhub.example/data"),
    ("careerloom", "Careerloom", "em.careerloom.io", ["{company} Hiring"], "{s}", "CL-{n6}",
     "only", "", "team", "Careerloom · 14 Quay Street · You can unsubscribe from marketing emails at any time."),
    ("staffwise", "Staffwise", "staffwise-hr.com", ["HR - {company}", "{company} HR"], "RE: {s}", "{n4}",
     "none", "", "person", "Disclaimer: This e-mail is intended solely for the addressee. Views expressed are those of the sender."),
    ("recruitdesk", "RecruitDesk", "rd-relay.net", ["{company} Careers"], "[External] {s}", "RD-{n5}",
     "mix", "", "team", "External email: take care with links and attachments."),
    ("openrole", "OpenRole", "openrole.mail", ["{company} | OpenRole"], "{s} at {company}", "OR{n6}",
     "only", "", "team", "You're receiving this because you have an OpenRole candidate account."),
    ("hirenest", "Hirenest", "hirenest.co.nz", ["{company} Recruitment"], "{s}", "HN-{n4}",
     "none", "{company} · Application ref {req}", "both", "Hirenest NZ · Ngā mihi"),
    ("jobboard", "Seekwell", "alerts.seekwell.com.au", ["Seekwell", "Seekwell Applications"], "{s}", "{n7}",
     "alt", "", "team", "Seekwell Pty Ltd. Manage email preferences in your account settings."),
    ("pinpoint", "PinHire", "pinhire.io", ["{rname} from {company}"], "{s} 👋", "PH-{n4}",
     "mix", "", "person", "Sent via PinHire"),
    ("clinicats", "CareRecruit", "carerecruit.org.uk", ["{company} Recruitment", "NoReply {company}"],
     "{s} - Ref {req}", "CR-{yr}-{n4}", "none", "Job reference: {req}\nJob title: {role}", "team",
     "CareRecruit is used by health and social care employers to manage recruitment."),
    ("eduapply", "EduApply", "eduapply.net", ["{company} HR Office"], "{s}: {role}", "EA{n5}",
     "alt", "", "both", "EduApply - safer recruitment for schools and colleges."),
    ("hospohire", "HospoHire", "hospohire.com", ["{company} Jobs", "{rname} | {company}"], "{s}!", "{n4}",
     "none", "", "person", "Find more hospitality jobs at hospohire.example"),
    ("fleetjobs", "Conveyor ATS", "conveyor-ats.com", ["{company} Careers Team"], "{company} - {s}",
     "CV-{n5}", "mix", "Application ID: {req}", "team", "Conveyor ATS on behalf of {company}. Registered office details available on request."),
    ("finhire", "Ledgerline Talent", "ledgerline-talent.com", ["{company} Graduate & Experienced Hiring"],
     "{s} [{req}]", "LT{n6}", "alt", "", "both",
     "This communication is confidential and may be legally privileged. {company} is authorised and regulated by the relevant financial authority."),
    ("causework", "Causework", "causework.org", ["{company}"], "{s}", "CW-{n4}", "none", "", "person",
     "Registered charity. Thank you for supporting our work."),
    ("mapletrack", "MapleTrack", "mapletrack.ca", ["{company} Talent Acquisition"], "{s} / {role}", "MT-{n5}",
     "only", "", "team", "MapleTrack Inc. · Toronto · Vous pouvez aussi recevoir ces messages en français."),
]

DAYS = ["Monday 3 March", "Tuesday 11 March", "Wednesday 19 March", "Thursday 27 March", "Friday 4 April",
        "Monday the 14th", "Tuesday 6 May", "Thursday 22 May", "Wed 4 June", "Friday 13 June",
        "next Tuesday", "Thursday afternoon", "Monday 2 February", "Tuesday 17 February"]
QDATES = ["Mon, 3 Mar 2025", "12 March 2025", "Tue 18 Feb", "Fri, Apr 4, 2025", "2025-05-21", "Thu, 9 Jan 2025",
          "Wednesday, 16 April 2025", "Mon, Jun 2, 2025 at 9:14 AM", "24/02/2025", "Tuesday 8 July"]
TIMES = ["9:30am", "10:00", "11:15 am", "1:30pm", "14:00", "3pm", "4:15 pm", "08:45"]
STARTS = ["1 April", "Monday 5 May", "2 June", "the start of next month", "14 July", "1 September"]
SALARY = {"UK": ["£28,500", "£34,000", "£41,250", "£52,000"], "US": ["$58,000", "$72,500", "$94,000", "$21.50/hour"],
          "CA": ["$64,000 CAD", "$78,000", "$26/hour"], "AU": ["$82,000 plus super", "$95,000 + super", "$34.20 per hour"],
          "IE": ["€38,000", "€46,500", "€55,000"], "NZ": ["$68,000", "$74,500", "$29.50 per hour"]}
SIGN_TEAM = ["The {company} Recruitment Team", "{company} Talent Acquisition", "Recruitment Team\n{company}",
             "People Team, {company}", "The Hiring Team at {company}", "{company} Careers"]
SIGN_OFF = ["Kind regards,", "Best regards,", "Warm regards,", "Many thanks,", "Best wishes,", "Regards,",
            "Thanks,", "Cheers,", "Ngā mihi,", "Sincerely,", "All the best,", "Yours sincerely,"]


class Ctx:
    """One message's world: employer, candidate, recruiter, vendor style and fill-ins."""

    def __init__(self, rng: random.Random, vendor: tuple) -> None:
        self.rng = rng
        self.v = vendor
        self.company, self.ind, self.country = rng.choice(W.COMPANIES)
        self.role = rng.choice(W.ROLES[self.ind])
        self.area = rng.choice(W.AREAS[self.ind])
        self.first, self.last = rng.choice(W.FIRST), rng.choice(W.LAST)
        self.rfirst, self.rlast = rng.choice([x for x in W.FIRST if x != self.first]), rng.choice(W.LAST)
        self.rtitle = rng.choice(W.RECRUITER_TITLES)
        self.dom = W.slug(self.company) + "." + W.TLD[self.country]
        self.cand = f"{self.first.lower()}.{self.last.lower().replace(chr(39), '')}@{rng.choice(W.CANDIDATE_DOMAINS)}"
        n = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
        self.req = vendor[5].format(n3=n(3), n4=n(4), n5=n(5), n6=n(6), n7=n(7), yr=rng.choice(["2026", "2027", "26"]))
        self.link = f"https://{rng.choice(['apply.', 'candidates.', '']) + vendor[2]}/{rng.choice(['c', 'i', 'schedule', 'a'])}/{n(6)}{rng.choice('abcdefxyz')}"
        self.fill = dict(role=self.role, company=self.company, req=self.req, link=self.link,
                         day=rng.choice(DAYS), time=rng.choice(TIMES), dur=rng.choice(["15", "20", "30", "45", "60"]),
                         area=self.area, first=self.first, last=self.last, start=rng.choice(STARTS),
                         salary=rng.choice(SALARY[self.country]), addr=self.cand, dom=self.dom)

    def f(self, s: str) -> str:
        return s.format(**self.fill)

    def pick(self, bank: list[str]) -> str:
        return self.f(self.rng.choice(bank))


def _html(paras: list[str], ctx: Ctx, brand: str = "") -> str:
    rng = ctx.rng
    style = rng.choice(["p", "table", "div"])
    esc = [html.escape(p).replace("\n", "<br>") for p in paras]
    if style == "p":
        inner = "".join(f"<p>{p}</p>" for p in esc)
        return f"<html><body style=\"font-family:Arial,sans-serif\">{inner}</body></html>"
    if style == "div":
        inner = "".join(f"<div style=\"margin:0 0 12px\">{p}</div>" for p in esc)
        return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"wrap\">{inner}</div></body></html>"
    rows = "".join(f"<tr><td style=\"padding:6px 18px\">{p}</td></tr>" for p in esc)
    return (f"<html><body><table width=\"600\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#234;color:#fff;"
            f"padding:12px 18px\">{html.escape(brand or ctx.company)}</td></tr>{rows}</table></body></html>")


def _assemble(ctx: Ctx, core: list[str], *, opener: bool = True, closer: bool = True,
              subject: str = "", quoted: str = "", tone: str = "neutral", early: bool = False) -> dict:
    """Wrap deciding paragraphs in the vendor's greeting, header, sign-off and footer."""
    rng, v = ctx.rng, ctx.v
    paras: list[str] = []
    if v[7] and rng.random() < 0.8:
        paras.append(ctx.f(v[7]))
    greets = [g for g in S.GREETING if ("Kia ora" not in g or ctx.country == "NZ") and ("G'day" not in g or ctx.country == "AU")]
    paras.append(ctx.f(rng.choice(greets)))
    body: list[str] = []
    if opener and rng.random() < 0.75:
        ops = [o for o in S.OPENER if not early or not any(w in o for w in ("interview", "so far", "continued"))]
        body.append(ctx.pick(ops))
    body.extend(core)
    if closer and rng.random() < 0.7:
        pool = S.CLOSER_NEUTRAL + {"neutral": [], "farewell": S.CLOSER_FAREWELL, "forward": S.CLOSER_FORWARD,
                                   "any": S.CLOSER_FAREWELL[2:] + S.CLOSER_FORWARD}[tone]
        body.append(ctx.pick(pool))
    # sentences grouped into one to three paragraphs
    if len(body) > 2 and rng.random() < 0.6:
        cut = rng.randint(1, len(body) - 1)
        paras += [" ".join(body[:cut]), " ".join(body[cut:])]
    elif rng.random() < 0.5:
        paras += body
    else:
        paras.append(" ".join(body))
    sign = rng.choice([x for x in SIGN_OFF if x != "Ngā mihi," or ctx.country == "NZ"])
    form = v[8] if v[8] != "both" else rng.choice(["team", "person"])
    if form == "team":
        paras.append(sign + "\n" + ctx.f(rng.choice(SIGN_TEAM)))
    else:
        lines = [sign, f"{ctx.rfirst} {ctx.rlast}"]
        if rng.random() < 0.7:
            lines.append(ctx.rtitle + (f" | {ctx.company}" if rng.random() < 0.6 else ""))
        if rng.random() < 0.3:
            lines.append(rng.choice(["Direct: 0", "Tel: +44 ", "Ph: (02) ", "Mobile: 021 "]) + str(rng.randint(1000000, 9999999)))
        paras.append("\n".join(lines))
    if v[9] and rng.random() < 0.85:
        paras.append(ctx.f(v[9]))
    text = "\n\n".join(paras)
    if quoted:
        text += "\n\n" + quoted
    mode = v[6] if v[6] != "mix" else rng.choice(["none", "none", "alt", "only"])
    body_html = None
    if mode in ("alt", "only"):
        body_html = _html(paras + ([quoted] if quoted else []), ctx)
    fmt = v[4]
    subj = fmt.format(s=subject, company=ctx.company, req=ctx.req, role=ctx.role) if subject else ""
    display = ctx.f(rng.choice(v[3]).replace("{rname}", f"{ctx.rfirst} {ctx.rlast}"))
    if rng.random() < 0.4 or "{rname}" not in "".join(v[3]):
        addr = rng.choice(["no-reply", "careers", "notifications", "jobs", "recruitment"]) + "@" + (
            v[2] if rng.random() < 0.6 else ctx.dom)
    else:
        addr = f"{ctx.rfirst.lower()}.{ctx.rlast.lower().replace(chr(39), '')}@{ctx.dom}"
    return dict(folder="INBOX", lang="en", from_name=display, from_addr=addr, to_addr=ctx.cand,
                subject=subj, body_text="" if mode == "only" else text, body_html=body_html)


SUBJ = {
    "rej": ["Your application for {role}", "Update on your application", "{role} application outcome",
            "Regarding your application", "Application status update", "Your {company} application",
            "Outcome of your interview", "Thank you for applying", "An update from {company}",
            "Re: {role} - next steps", "{role}: application update", "Following up on your interview"],
    "inv": ["Interview invitation: {role}", "Next steps for your application", "Invitation to interview",
            "Let's talk about {role}", "Book your interview", "Your application: next stage",
            "Assessment invitation - {role}", "Shortlisted: {role}", "Update on your application",
            "Re: {role} application", "Action required: schedule your interview", "Your application for {role}"],
    "ack": ["Application received", "Thank you for applying", "We've got your application",
            "Your application for {role}", "Application confirmation - {role}", "Thanks for applying to {company}",
            "Confirmation: {role}", "Your application was sent to {company}", "Application submitted"],
    "off": ["Offer of employment", "Your offer from {company}", "Good news about {role}", "Job offer: {role}",
            "Conditional offer - {role}", "Update on your application", "Congratulations!", "Your {company} offer"],
    "fb": ["Feedback on your interview", "Re: Feedback request", "Re: Your application for {role}",
           "Interview feedback", "Re: {role} - feedback"],
}


def _subject(ctx: Ctx, kind: str) -> str:
    return ctx.pick(SUBJ[kind])


def _feedback(ctx: Ctx, k: int | None = None) -> tuple[list[str], list[str]]:
    rng = ctx.rng
    k = rng.choice([1, 1, 2, 2, 3]) if k is None else k
    topics = rng.sample(sorted(S.WEAK), k)
    sents = [rng.choice(S.WEAK[t]) for t in topics]
    if rng.random() < 0.5:
        sents.insert(0, rng.choice(S.PRAISE) + rng.choice([" However,", " That said,", " On the other hand,", ""]))
        if sents[0].endswith(","):
            if not sents[1].startswith(("I ", "I'")):
                sents[1] = sents[1][0].lower() + sents[1][1:]
            sents = [sents[0] + " " + sents[1]] + sents[2:]
    intro = ctx.pick(S.FEEDBACK_INTRO)
    if rng.random() < 0.5:
        return [intro + " " + " ".join(sents)], topics
    return [intro] + ["- " + s for s in sents] if rng.random() < 0.5 else [intro, " ".join(sents)], topics


def _quote(ctx: Ctx, text: str, who: str, addr: str, to: str = "") -> str:
    rng = ctx.rng
    day = rng.choice(QDATES)
    if rng.random() < 0.5:
        head = f"On {day}, {who} <{addr}> wrote:"
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.splitlines())
    return ("-----Original Message-----\n" if rng.random() < 0.5 else "________________________________\n") + (
        f"From: {who} <{addr}>\nSent: {day} {rng.choice(TIMES)}\nTo: {to or ctx.rfirst + ' ' + ctx.rlast}\n"
        f"Subject: {ctx.subject_prev}\n\n{text}")


def _rec(ctx: Ctx, base: dict, labels: list[str], company: str | None, topics=(), reasons=()) -> dict:
    base.update(labels=sorted(labels), company=company, topics=sorted(set(topics)), outside_control=sorted(set(reasons)))
    return base


PRE_WORDS = ("interview invitation", "to interview", "arranging an interview", "shortlist", "screening", "offer you an interview",
             "interview stage", "hiring manager for review", "initial", "carefully read", "not selected to move",
             "not selected for further", "reviewed your application", "hiring manager has reviewed", "filled before")


def _pre(sentence: str) -> bool:
    """True when a rejection sentence places the decision before any interview."""
    return any(w in sentence for w in PRE_WORDS)


def rejection(ctx: Ctx, with_reason: bool, fb: bool) -> dict:
    rng = ctx.rng
    core, reasons = [], []
    bank = [x for x in S.REJECT if not _pre(x)] if fb else S.REJECT
    if with_reason:
        pool = [x for x in S.REJECT_REASON if not _pre(x[0])] if fb else S.REJECT_REASON
        s, r = rng.choice(pool)
        if rng.random() < 0.35:
            core.append(ctx.pick(bank))
        core.append(ctx.f(s))
        reasons.append(r)
    else:
        core.append(ctx.pick(bank))
    early = any(_pre(x) for x in core)
    topics: list[str] = []
    if fb:
        extra, topics = _feedback(ctx)
        core += extra
    rec = _assemble(ctx, core, subject=_subject(ctx, "rej"), tone="farewell", early=early)
    return _rec(ctx, rec, ["rejection"] + (["feedback"] if fb else []), ctx.company, topics, reasons)


def invite(ctx: Ctx, ack: bool) -> dict:
    core = []
    if ack:
        core.append(ctx.pick(S.ACK))
    bank = S.INVITE if not ack else [x for x in S.INVITE if not any(
        w in x for w in ("second", "back", "final", "eschedul", "moved", "first interview", "CEO", "Congratulations"))]
    core.append(ctx.pick(bank))
    if ctx.rng.random() < 0.3:
        core.append(ctx.f(ctx.rng.choice(["If none of the times suit, just reply and we'll find another.",
                                         "Please have your ID and right-to-work documents ready.",
                                         "You'll need a quiet space and a stable connection.",
                                         "The session will be run by " + ctx.rfirst + " and a member of the team.",
                                         "Parking is available on site; please sign in at reception."])))
    rec = _assemble(ctx, core, subject=_subject(ctx, "ack" if ack and ctx.rng.random() < 0.4 else "inv"), tone="forward",
                    early=ack or not any(w in core[-1] for w in ("second", "back", "final", "wider", "CEO", "eschedul", "moved")))
    return _rec(ctx, rec, ["interview_invite"] + (["application_ack"] if ack else []), ctx.company)


def ack(ctx: Ctx) -> dict:
    core = [ctx.pick(S.ACK)]
    if ctx.rng.random() < 0.5:
        core.append(ctx.f(ctx.rng.choice(["Our team reviews applications on a rolling basis.",
                                         "If you are shortlisted, we will contact you by email.",
                                         "The closing date for this vacancy is {day}.",
                                         "You can view your application at any time in your account: {link}",
                                         "Due to the number of applications, we can only contact successful applicants."])))
    rec = _assemble(ctx, core, subject=_subject(ctx, "ack"), closer=ctx.rng.random() < 0.5, tone="any", early=True)
    return _rec(ctx, rec, ["application_ack"], ctx.company)


def offer(ctx: Ctx) -> dict:
    rng = ctx.rng
    core = [ctx.pick(S.OFFER)] + [ctx.f(s) for s in rng.sample(S.OFFER_DETAIL, rng.randint(0, 3))]
    rec = _assemble(ctx, core, subject=_subject(ctx, "off"), opener=rng.random() < 0.4, tone="forward")
    return _rec(ctx, rec, ["offer"], ctx.company)


def rej_plus_invite(ctx: Ctx) -> dict:
    rng = ctx.rng
    other = rng.choice([r for r in W.ROLES[ctx.ind] if r != ctx.role])
    bridge = rng.choice([
        "However, the team thought you could be a strong match for our {other} vacancy, and we'd like to invite you to interview for that instead.",
        "That said, we have an opening for {other} and would love to set up a call about it. Book a time here: {link}",
        "We'd still like to speak with you about the {other} role, which has just opened. Are you free on {day}?",
        "The good news is that the hiring manager for {other} would like to interview you next week.",
    ]).replace("{other}", other)
    core = [ctx.pick(S.REJECT), ctx.f(bridge)]
    early = _pre(core[0])
    rec = _assemble(ctx, core, subject=_subject(ctx, "rej"), tone="forward", early=early)
    return _rec(ctx, rec, ["rejection", "interview_invite"], ctx.company)


def feedback_reply(ctx: Ctx) -> dict:
    rng = ctx.rng
    ctx.subject_prev = f"Re: Your application for {ctx.role}"
    req = ctx.pick(N.FEEDBACK_REQ)
    core, topics = _feedback(ctx, rng.choice([1, 2, 2, 3]))
    core.insert(0, rng.choice(["Thanks for asking, and sorry again for the news.", "Of course, happy to help.",
                               "Thank you for your email and for taking the result so graciously.",
                               "I've caught up with the panel."]))
    quoted = _quote(ctx, f"Hi {ctx.rfirst},\n\n{req}\n\nBest,\n{ctx.first}", f"{ctx.first} {ctx.last}", ctx.cand)
    rec = _assemble(ctx, core, opener=False, tone="farewell", subject="Re: " + rng.choice(["Feedback", "Your application for " + ctx.role,
                                                                           "Interview outcome", "Feedback request"]),
                    quoted=quoted)
    return _rec(ctx, rec, ["feedback"], ctx.company, topics)


def nondecision(ctx: Ctx) -> dict:
    rng = ctx.rng
    kind = rng.choice(list(N.ATS_NONDECISION) + ["cant", "cant"])
    if kind == "cant":
        ctx.subject_prev = f"Your application for {ctx.role}"
        quoted = _quote(ctx, f"Hello,\n\n{ctx.pick(N.FEEDBACK_REQ)}\n\nKind regards,\n{ctx.first} {ctx.last}",
                        f"{ctx.first} {ctx.last}", ctx.cand)
        rec = _assemble(ctx, [ctx.pick(N.CANT_SHARE)], opener=False, tone="farewell",
                        subject="Re: " + rng.choice(["Feedback", "Feedback request", f"Your application for {ctx.role}", "Interview outcome"]), quoted=quoted)
        return _rec(ctx, rec, [], ctx.company)
    subjects, bank = N.ATS_NONDECISION[kind]
    core = [ctx.pick(bank)]
    if rng.random() < 0.3 and kind in ("review", "hold", "pool", "recommend"):
        core.append(ctx.pick(bank))
        if core[0] == core[1]:
            core.pop()
    tone = {"withdrawn": "farewell", "pool": "any", "recommend": "any", "review": "neutral", "hold": "neutral"}.get(kind, "neutral")
    rec = _assemble(ctx, core, subject=ctx.pick(subjects), opener=kind not in ("gdpr", "profile"), tone=tone,
                    early=kind in ("review", "hold", "reminder", "withdrawn", "pool", "recommend"))
    return _rec(ctx, rec, [], ctx.company)


def other_negative(ctx: Ctx) -> dict:
    """Look-alikes inside the ATS families: closed role, onboarding, internal panel, scams, OOO, bounces."""
    rng = ctx.rng
    kind = rng.choice(["closed", "onboard", "onboard", "internal", "scam", "ooo", "bounce"])
    if kind == "closed":
        rec = _assemble(ctx, [ctx.pick(N.ROLE_CLOSED_EARLY)], opener=False, subject=f"{ctx.role} role")
        rec["from_name"] = f"{ctx.rfirst} {ctx.rlast}"
        rec["from_addr"] = f"{ctx.rfirst.lower()}@{rng.choice(['bluefin-search.co.uk', 'talentbridge.example', 'gmail.com', 'northpoint-recruit.com'])}"
        return _rec(ctx, rec, [], ctx.company)
    if kind == "onboard":
        rec = _assemble(ctx, [ctx.pick(N.ONBOARDING)], opener=False, subject=rng.choice(["Welcome to {c}!", "Before your first day",
                                                                         "New starter documents", "Onboarding checklist"]).replace("{c}", ctx.company))
        return _rec(ctx, rec, [], ctx.company)
    if kind == "internal":
        rec = _assemble(ctx, [ctx.pick(N.INTERNAL_INTERVIEWER)], opener=False, closer=False,
                        subject=rng.choice(["Interview panel {day}", "Scorecard overdue", "Can you interview?"]).replace("{day}", ctx.fill["day"]))
        rec["to_addr"] = f"{ctx.first.lower()}.{ctx.last.lower().replace(chr(39), '')}@{ctx.dom}"
        return _rec(ctx, rec, [], None)
    if kind == "scam":
        text = ctx.pick(N.SCAM)
        return _rec(ctx, dict(folder="INBOX", lang="en", from_name=rng.choice(["HR Department", "Recruitment Manager", "Job Offer Team"]),
                              from_addr=f"hr.offers{rng.randint(10, 999)}@{rng.choice(['gmail.com', 'outlook.com', 'mail-jobs.biz'])}",
                              to_addr=ctx.cand, subject=rng.choice(["Job Offer Letter!!", "You are HIRED", "Offer of Employment - Remote", "Congratulations on your selection"]),
                              body_text=text, body_html=None), [], None)
    if kind == "ooo":
        rec = dict(folder="INBOX", lang="en", from_name=f"{ctx.rfirst} {ctx.rlast}",
                   from_addr=f"{ctx.rfirst.lower()}.{ctx.rlast.lower().replace(chr(39), '')}@{ctx.dom}", to_addr=ctx.cand,
                   subject=rng.choice(["Automatic reply: ", "Out of Office: ", "Auto: "]) + f"{ctx.role} application",
                   body_text=ctx.pick(N.AUTOREPLY), body_html=None)
        return _rec(ctx, rec, [], ctx.company)
    rec = dict(folder="INBOX", lang="en", from_name="Mail Delivery Subsystem", from_addr=f"MAILER-DAEMON@mx.{ctx.dom}",
               to_addr=ctx.cand, subject=rng.choice(["Undeliverable: Application for ", "Delivery Status Notification (Failure): "]) + ctx.role,
               body_text=ctx.pick(N.BOUNCE) + f"\n\n--- Original message ---\nSubject: Application for {ctx.role}\n\n{ctx.pick(N.SENT_OTHER['apply'][1])}",
               body_html=None)
    return _rec(ctx, rec, [], None)


# ---------------------------------------------------------------- Sent mail
def sent(ctx: Ctx, style: int, kind: str) -> dict:
    rng = ctx.rng
    greet = [f"Hi {ctx.rfirst},", f"Dear {ctx.rfirst} {ctx.rlast},", f"Hello {ctx.rfirst},"][style % 3]
    sign = [f"Best,\n{ctx.first}", f"Kind regards,\n{ctx.first} {ctx.last}", f"Thanks,\n{ctx.first}\n{rng.choice(['07', '+1 415 ', '021 '])}{rng.randint(1000000, 9999999)}"][style % 3]
    if kind == "fbreq":
        text = ctx.pick(N.FEEDBACK_REQ)
        prev = ctx.f(rng.choice([x for x in S.REJECT if not _pre(x)]))
        subj = rng.choice(["Re: Your application for {role}", "Re: Update on your application", "Feedback request - {role}",
                           "Re: Outcome of your interview", "Request for feedback"])
        labels = ["feedback_request"]
    else:
        subjects, bank = N.SENT_OTHER[kind]
        text, subj, labels = ctx.pick(bank), rng.choice(subjects), []
        prev = {"thanks": "Thanks for coming in today.", "withdraw": ctx.f(rng.choice(S.INVITE)),
                "accept": ctx.f(rng.choice(S.OFFER)), "schedule": ctx.f(rng.choice(S.INVITE)), "apply": ""}[kind]
    body = f"{greet}\n\n{text}\n\n{sign}"
    ctx.subject_prev = ctx.f(subj).removeprefix("Re: ")
    if prev and rng.random() < 0.65:
        old = f"Dear {ctx.first},\n\n{prev}\n\n{rng.choice(SIGN_OFF)}\n{ctx.rfirst} {ctx.rlast}"
        body += "\n\n" + _quote(ctx, old, f"{ctx.rfirst} {ctx.rlast}", f"{ctx.rfirst.lower()}@{ctx.dom}", f"{ctx.first} {ctx.last}")
    return _rec(ctx, dict(folder="Sent", lang="en", from_name=f"{ctx.first} {ctx.last}", from_addr=ctx.cand,
                          to_addr=rng.choice([f"{ctx.rfirst.lower()}.{ctx.rlast.lower().replace(chr(39), '')}@{ctx.dom}",
                                              f"careers@{ctx.dom}", f"recruitment@{ctx.dom}"]),
                          subject=ctx.f(subj), body_text=body, body_html=None), labels, ctx.company)


def digest(ctx: Ctx) -> dict:
    rng = ctx.rng
    subj, lines = rng.choice(N.DIGEST)
    picked = rng.sample(lines, rng.randint(1, len(lines))) + rng.sample(N.DIGEST_EXTRA, rng.randint(0, 3))
    rng.shuffle(picked)
    lead = rng.choice(["", "Hi {first},", "Good morning {first}!", "In this issue:", "Your weekly round-up", "Hello from the team,"])
    if lead:
        picked.insert(0, lead)
    brand = rng.choice(["The Shortlist", "Career Notes", "WorkWise Weekly", "Seekwell", "JobPulse", "Hireline Insider"])
    text = "\n\n".join(ctx.f(x) for x in picked) + f"\n\n—\n{brand} · Unsubscribe · View in browser"
    htm = None
    if rng.random() < 0.5:
        htm = _html(text.split("\n\n"), ctx, brand)
        text = "" if rng.random() < 0.5 else text
    return _rec(ctx, dict(folder="INBOX", lang="en", from_name=brand, from_addr=f"news@{brand.lower().replace(' ', '')}.example",
                          to_addr=ctx.cand, subject=ctx.f(subj), body_text=text, body_html=htm), [], None)


def lifeadmin(ctx: Ctx) -> dict:
    rng = ctx.rng
    if rng.random() < 0.6:
        subj, who, text = rng.choice(N.NONJOB)
        tail = " ".join(rng.sample(N.NONJOB_TAIL, rng.randint(0, 2)))
        text = f"{ctx.f(rng.choice(S.GREETING))}\n\n{text} {tail}".rstrip() + f"\n\n{rng.choice(SIGN_OFF)}\n{who}"
        dom = {"Admissions Office": "westmoor.ac.uk", "Grants Team": "fundforgood.org", "Programme Committee": "hrconf.example",
               "Lettings": "citylets.example", "Lending Decisions": "statebank.example", "Visa Processing Centre": "visas.example",
               "Club Secretary": "riversiderowing.club", "Volunteer Team": "parkrun.example", "Card Services": "statebank.example",
               "Council Allotments": "northbridge.gov.example"}[who]
        addr = f"{rng.choice(['noreply', who.split()[0].lower(), 'info'])}@{dom}"
    else:
        subj, who, text = rng.choice(N.PERSONAL)
        text = text + rng.choice(["", "\n\n" + rng.choice(["x", "Cheers", "Talk soon", "Sent from my phone", "- " + who])])
        addr = f"{who.lower().replace(' ', '')}{rng.randint(1, 99)}@gmail.com"
    return _rec(ctx, dict(folder="INBOX", lang="en", from_name=who, from_addr=addr, to_addr=ctx.cand, subject=subj,
                          body_text=text, body_html=None), [], None)


# how many of each kind per ATS family (22 families)
PLAN = [("rej", 2), ("rejr", 1), ("rejfb", 2), ("inv", 4), ("ack", 2), ("off", 2), ("nd", 8), ("oth", 3)]
EXTRA = [("ackinv", 15), ("rejinv", 12), ("fbonly", 14), ("rejfb", 8), ("rejr", 10), ("inv", 12), ("ack", 20), ("off", 14), ("rej", 8)]


def _one(ctx: Ctx, kind: str) -> dict:
    return {
        "rej": lambda: rejection(ctx, False, False), "rejr": lambda: rejection(ctx, True, False),
        "rejfb": lambda: rejection(ctx, ctx.rng.random() < 0.3, True), "inv": lambda: invite(ctx, False),
        "ackinv": lambda: invite(ctx, True), "ack": lambda: ack(ctx), "off": lambda: offer(ctx),
        "rejinv": lambda: rej_plus_invite(ctx), "fbonly": lambda: feedback_reply(ctx),
        "nd": lambda: nondecision(ctx), "oth": lambda: other_negative(ctx),
    }[kind]()


def generate(rng: random.Random) -> Iterable[dict]:
    counters: dict[str, int] = {}

    def emit(rec: dict, fam: str) -> dict:
        counters[fam] = counters.get(fam, 0) + 1
        rec["family"] = f"{FAMILY_PREFIX}-{fam}"
        rec["id"] = f"{FAMILY_PREFIX}-{fam}-{counters[fam]}"
        return rec

    for v in VENDORS:
        for kind, k in PLAN:
            for _ in range(k):
                ctx = Ctx(rng, v)
                ctx.subject_prev = ""
                yield emit(_one(ctx, kind), v[0])
    for kind, k in EXTRA:
        for _ in range(k):
            v = rng.choice(VENDORS)
            ctx = Ctx(rng, v)
            ctx.subject_prev = ""
            yield emit(_one(ctx, kind), v[0])
    for style, fam in enumerate(["sent-brief", "sent-formal", "sent-phone"]):
        for kind, k in [("fbreq", 16), ("thanks", 4), ("withdraw", 4), ("accept", 4), ("schedule", 5), ("apply", 4)]:
            for _ in range(k):
                ctx = Ctx(rng, rng.choice(VENDORS))
                ctx.subject_prev = ""
                yield emit(sent(ctx, style, kind), fam)
    for _ in range(60):
        ctx = Ctx(rng, rng.choice(VENDORS))
        yield emit(digest(ctx), "digest")
    for _ in range(40):
        ctx = Ctx(rng, rng.choice(VENDORS))
        yield emit(lifeadmin(ctx), "lifeadmin")
