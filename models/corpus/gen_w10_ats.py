"""Writer w10, ATS-generated mail: HTML (often HTML-only) notifications from many imagined vendor styles.

Company often appears only in the display name, logo alt text or subject. Buttons, preheaders, tracking
links and long footers are shared across labelled and unlabelled mail so only the wording decides.
"""

from __future__ import annotations

import random
import sys
from html import escape
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w10_neg as N  # noqa: E402
import _w10_text as T  # noqa: E402
from _w10_shell import (ATS_DOMAINS, ats_footer, button, chance, fill, html_page, html_text_alt,  # noqa: E402
                        make_ctx, para_html, pick, quota, record, track)

FAMILY_PREFIX = "w10ats"

PREHEADERS = ["An update on your application", "Important information about your candidacy", "Action may be required",
              "A message from the recruiting team", "Your application at a glance", "News about {role}", "",
              "Open to read more", "Regarding requisition {req}"]
HI = ["Hi {first},", "Dear {first},", "Hello {first},", "Dear {first} {last},", "{first},", "Hi {first} 👋", ""]
BYE = ["Best regards,<br>The {co} Recruiting Team", "Thanks,<br>{co} Talent Acquisition", "Kind regards,<br>{rec_full}",
       "Warm regards,<br>{co} People Team", "Cheers,<br>{rec} from {co}", "Sincerely,<br>Recruitment | {co}",
       "The hiring team", "Best,<br>{rec_full}<br>Recruiting Coordinator"]


def _sender(rng: random.Random, ctx: dict, host: str) -> tuple[str, str]:
    co = ctx["co"]
    name = pick(rng, [f"Jobs at {co}", f"{co} Recruiting", f"{co} Careers", f"{co} Talent Acquisition",
                      f"{co} via Hirefold", f"{ctx['rec_full']} at {co}", "no-reply", f"{co} Hiring Team", co,
                      f"{co} (via Talentloom)"])
    addr = pick(rng, [f"no-reply@{host}", f"{co.split()[0].lower()}@{host}", f"careers@{ctx['dom']}",
                      f"donotreply@{host}", f"notifications@{host}", f"recruiting+{ctx['req'].strip('#').lower()}@{host}"])
    return name, addr


def _extra_ats(kind: str, rng: random.Random, ctx: dict) -> dict:
    """ATS-only meanings not in the shared banks."""
    o = T._out
    if kind == "offer_ready":
        return o(pick(rng, ["Your offer from {co} is ready to review", "Offer letter available: {role}",
                            "🎉 You have an offer from {co}", "Action required: review your offer"]),
                 fill(pick(rng, [
                     "Congratulations! {co} has extended you an offer for the {role} position. Review and sign your offer letter online.",
                     "Your offer letter for {role} is ready. Please log in to read the terms and accept or decline by {date}.",
                     "We're thrilled to offer you the position of {role}. Your offer documents are waiting in your candidate portal.",
                 ]), ctx), ["offer"])
    if kind == "offer_signed":
        return o("Offer signed - welcome to {co}", fill(pick(rng, [
            "Thanks for signing your offer! Your onboarding checklist will be sent a week before your start date.",
            "We have received your signed offer letter for {role}. Our People team will be in touch about onboarding.",
        ]), ctx))
    if kind == "self_schedule":
        return o(pick(rng, ["Schedule your interview with {co}", "Pick a time: {role} interview", "Book your interview slot", "Action needed: choose an interview time"]),
                 fill(pick(rng, [
                     "The hiring team would like to interview you for {role}. Choose a time that suits you using the button below.",
                     "You're invited to the next stage: a video interview with {hm}. Select a slot from the available times.",
                     "Good news! We'd like to speak with you about {role}. Please schedule your interview within the next 5 days.",
                 ]), ctx), ["interview_invite"])
    if kind == "booking_confirmed":
        return o(pick(rng, ["Interview confirmed: {short}", "Your interview is booked", "Confirmation: {role} interview"]),
                 fill(pick(rng, [
                     "Your interview has been scheduled for {day}, {date} at {time}. A calendar file is attached.",
                     "You're all set! We'll see you on {short} at {time}. Need to change it? Use the link below.",
                 ]), ctx))
    if kind == "cancelled_filled":
        if chance(rng, 0.5):
            return o("Interview cancelled: {role}", fill("We're sorry to let you know that your upcoming interview has been cancelled because the position has been filled. We won't be taking your application further.", ctx), ["rejection"], (), ["role_filled"])
        return o("Interview cancelled: {role}", fill("Unfortunately we need to cancel your interview for {role}: the requisition has been withdrawn and the process has ended for all candidates.", ctx), ["rejection"], (), ["role_cancelled"])
    if kind == "cand_cancel":
        return o("You cancelled your interview", fill("Your interview on {short} was cancelled at your request. You can rebook from your dashboard if you change your mind.", ctx))
    if kind == "withdrawn":
        return o("Application withdrawn", fill(pick(rng, [
            "You have withdrawn your application for {role}. We're sorry to see you go.",
            "This confirms that your application ({req}) has been withdrawn at your request.",
        ]), ctx))
    if kind == "video_invite":
        return o("Complete your video interview", fill(pick(rng, [
            "As the next step for {role}, please record a short video interview. You'll answer four questions and can take it at any time before {date}.",
            "You've been invited to a one-way video interview. It takes about 20 minutes.",
        ]), ctx), ["interview_invite"])
    if kind == "bgcheck":
        return o("Background check started", fill("Our screening partner will contact you to complete your background check. This is a standard step after accepting an offer with {co}.", ctx))
    if kind == "assessment_centre":
        return o("Invitation to our assessment centre", fill(pick(rng, [
            "Congratulations, you've passed the online tests! We'd like to invite you to our virtual assessment centre on {date}, which includes a group exercise and an interview.",
            "We're pleased to invite you to the final stage of the graduate programme: an assessment day on {date}. Please confirm your attendance.",
        ]), ctx), ["interview_invite"])
    raise KeyError(kind)


SHARED = {
    "ack": T.say_ack, "rej": T.say_rejection, "rej_fb": T.say_rejection_feedback, "invite": T.say_invite,
    "assess": T.say_assessment, "ack_assess": T.say_ack_assessment, "rej_inv": T.say_reject_invite,
    "offer": T.say_offer, "status": N.say_status, "portal": N.say_portal_update, "profile": N.say_complete_profile,
    "assess_rem": N.say_assessment_reminder, "onboarding": N.say_onboarding, "reminder": N.say_reminder,
    "job_alert": N.say_job_alert, "newsletter": N.say_newsletter, "profile_view": N.say_profile_view,
    "webinar": N.say_webinar, "nonjob": N.say_nonjob_reject, "scam": N.say_scam, "thanks_today": N.say_thanks_today,
}
BUTTONS = {
    "ack": ["View application status", "Go to my applications", "Track your application"],
    "rej": ["View application status", "See other open roles", "Explore careers"],
    "rej_fb": ["See other open roles", "View application"],
    "invite": ["Schedule your interview", "Choose a time", "Confirm interview"],
    "self_schedule": ["Schedule your interview", "Pick a time", "Book now"],
    "assess": ["Start assessment", "Begin test", "Open assessment"],
    "ack_assess": ["Start assessment", "Begin now"],
    "assess_rem": ["Resume assessment", "Continue", "View results"],
    "video_invite": ["Start video interview", "Begin recording"],
    "offer_ready": ["Review your offer", "View offer letter", "Log in to view"],
    "offer": ["View offer", "Accept offer"],
    "offer_signed": ["Go to onboarding", "View documents"],
    "status": ["View application status", "Log in"], "portal": ["Log in", "View update", "Open candidate portal"],
    "profile": ["Complete your profile", "Finish application"], "onboarding": ["Start onboarding", "Upload documents"],
    "booking_confirmed": ["Add to calendar", "Reschedule"], "cancelled_filled": ["See other open roles"],
    "cand_cancel": ["Rebook"], "withdrawn": ["View applications"], "reminder": ["View details", "Join interview"],
    "job_alert": ["See all jobs", "Apply now", "View job"], "newsletter": ["Read more", "Read the article"],
    "profile_view": ["See who viewed you", "Upgrade"], "webinar": ["Register now", "Save my seat", "RSVP"],
    "nonjob": ["View decision letter", "Log in"], "scam": ["CLAIM OFFER", "Accept now"], "bgcheck": ["Start check"],
    "assessment_centre": ["Confirm attendance", "Book your slot"], "rej_inv": ["Schedule your interview"],
    "thanks_today": ["View application status"],
}
NONJOB_SENDERS = {
    "Your application to the MSc Data Science programme": ("Graduate Admissions", "noreply@admissions-portal.ac.uk"),
    "Grant application outcome": ("Research Funding Council", "grants@fundingcouncil.org"),
    "Your talk submission": ("DevConf Europe Programme Committee", "cfp@devconf-europe.org"),
    "Re: the flat on Elm Street": ("HomeFinders Lettings", "lettings@homefinders.co.uk"),
    "Your loan application": ("Lendwell Credit Decisions", "decisions@lendwell.com"),
    "Visa application decision": ("Visa Services", "no-reply@visa-services.gov.example"),
    "Membership application": ("Riverside Rowing Club", "secretary@riversideclub.org"),
    "Your article submission": ("Editorial Office", "editors@quarterly-review.org"),
    "Scholarship decision": ("Scholarships Team", "awards@foundation-trust.org"),
    "Credit card application": ("Northgate Card Services", "no-reply@northgatecards.com"),
    "Volunteer application": ("Harbour Lights Festival", "volunteers@harbourlightsfest.org"),
    "Hackathon team application": ("HackTheCoast", "team@hackthecoast.dev"),
}
NULL_CO = {"job_alert", "newsletter", "profile_view", "nonjob", "scam"}


def _message(rng: random.Random, kind: str, ctx: dict) -> dict:
    if kind in SHARED:
        return SHARED[kind](rng, ctx)
    return _extra_ats(kind, rng, ctx)


def _build(rng: random.Random, fam: str, n: int, kind: str, *, html_only: float, styles: tuple[int, ...]) -> dict:
    ctx = make_ctx(rng)
    ctx["stage"] = fill(pick(rng, T.STAGES), ctx)
    host = pick(rng, ATS_DOMAINS)
    msg = _message(rng, kind, ctx)
    co = None if kind in NULL_CO else ctx["co"]
    name, addr = _sender(rng, ctx, host)
    if kind in ("job_alert", "newsletter", "profile_view"):
        name = pick(rng, ["JobRadar", "CareerPulse Weekly", "Hireboard Alerts", "The Offer Letter (newsletter)",
                          "WorkWise", "Stellar Jobs"])
        addr = pick(rng, ["alerts@jobradar-mail.com", "digest@careerpulse.news", "noreply@hireboard.io", "hello@workwise.email"])
    elif kind == "webinar":
        co = None if chance(rng, 0.5) else ctx["co"]
    elif kind == "nonjob":
        name, addr = NONJOB_SENDERS.get(msg["subject"], ("Notifications", "no-reply@portal-notices.org"))
    elif kind == "scam":
        name = pick(rng, ["HR Department", "Global Recruitment Agency", "Hiring Manager", "Remote Jobs Team"])
        addr = pick(rng, ["hr.recruitment2026@gmail.com", "offers@jobs-global-hiring.top", "career-team@workfromhome.biz"])
    subject = fill(msg["subject"], ctx)
    if co and chance(rng, 0.35) and ctx["co"] not in subject:
        subject = pick(rng, [f"{subject} | {co}", f"{co}: {subject}", f"{subject} - {ctx['req']}", f"[{co}] {subject}"])
    body_text = fill(msg["body"], ctx)
    hi = fill(pick(rng, HI), ctx)
    # the body: greeting, text, sign-off (shared across kinds)
    inner = (f"<p>{escape(hi)}</p>" if hi else "") + para_html(body_text)
    if kind not in ("job_alert", "newsletter", "profile_view", "scam", "nonjob"):
        inner += f"<p>{fill(pick(rng, BYE), {k: escape(str(v)) for k, v in ctx.items()})}</p>"
    meta = None
    if chance(rng, 0.45) and co:
        meta = [("Position", ctx["role"]), ("Requisition", ctx["req"])]
        if chance(rng, 0.5):
            meta.append(("Location", pick(rng, ["Remote (EU)", "London, UK", "Berlin", "Austin, TX", "Hybrid - Lisbon",
                                                 "Toronto, ON", "Amsterdam"])))
        if chance(rng, 0.4):
            meta.append(("Updated", ctx["short"]))
    btn = ""
    if chance(rng, 0.8):
        btn = button(pick(rng, BUTTONS.get(kind, ["Log in"])), track(rng, host, pick(rng, ["c", "l", "r", "go"])),
                     pick(rng, ["#0b5fff", "#111827", "#1f7a4d", "#c2410c"]))
    pre = fill(pick(rng, PREHEADERS), ctx)
    logo_alt = co or name
    heading = pick(rng, [None, None, subject, fill(pick(rng, ["Application update", "{role}", "Hello from {co}"]), ctx)])
    if kind in NULL_CO:
        heading = pick(rng, [None, subject])
    footer = ats_footer(rng, host, co)
    if kind in NULL_CO:
        footer = pick(rng, [
            f'You are subscribed as {escape(ctx["my_addr"])}. <a href="{track(rng, "lists.mailhub.net", "unsub")}">Unsubscribe</a> or <a href="{track(rng, "lists.mailhub.net", "prefs")}">change frequency</a>.',
            "This message was sent to you because you signed up on our website. 88 Queen St, Glasgow G1 3DN.",
            f'Questions? Reply to this email. <a href="{track(rng, "lists.mailhub.net", "privacy")}">Privacy notice</a>',
            "Please do not reply. This mailbox is not monitored.",
        ])
    html = html_page(rng, preheader=pre, logo_alt=logo_alt, heading=heading, body=inner, button_html=btn,
                     meta_rows=meta, footer=footer, style=pick(rng, styles))
    text = "" if chance(rng, html_only) else html_text_alt(html)
    return record(fam, n, folder="INBOX", lang="en", from_name=name, from_addr=addr, to_addr=ctx["my_addr"],
                  subject=subject, body_text=text, body_html=html, labels=msg["labels"], company=co,
                  topics=msg["topics"], oc=msg["outside_control"])


FAMILIES = {
    # family: (count, html_only share, styles, kind weights)
    "cardtable": (60, 0.8, (0, 2), {"ack": 8, "rej": 7, "self_schedule": 3, "status": 6, "portal": 5, "offer_ready": 2,
                                     "assess": 3, "thanks_today": 2, "profile": 2}),
    "plainalt": (55, 0.1, (1, 3), {"ack": 8, "rej": 7, "invite": 4, "status": 4, "profile": 3, "rej_inv": 2,
                                    "ack_assess": 3, "reminder": 4, "withdrawn": 2}),
    "portal": (36, 0.9, (0, 1), {"portal": 10, "status": 7, "profile": 5, "ack": 8, "withdrawn": 3, "rej": 4,
                                  "offer_ready": 2, "assess_rem": 3}),
    "assess": (50, 0.6, (0, 1, 2), {"assess": 5, "ack_assess": 6, "assess_rem": 9, "video_invite": 3, "rej": 4,
                                     "status": 3}),
    "offerdesk": (40, 0.7, (0, 2), {"offer_ready": 14, "offer": 5, "offer_signed": 6, "onboarding": 7, "bgcheck": 4,
                                     "scam": 3}),
    "scheduler": (45, 0.7, (1, 3), {"self_schedule": 7, "booking_confirmed": 9, "cancelled_filled": 4,
                                     "cand_cancel": 3, "reminder": 6, "invite": 3}),
    "boards": (27, 0.85, (0, 1, 2, 3), {"job_alert": 10, "newsletter": 10, "profile_view": 5, "webinar": 6}),
    "nonjob": (22, 0.5, (0, 1, 3), {"nonjob": 12, "scam": 3}),
    "campus": (45, 0.6, (0, 2), {"ack": 5, "assess": 5, "assessment_centre": 4, "rej": 6, "webinar": 4, "status": 3,
                                  "profile": 2}),
    "rejectfb": (40, 0.5, (0, 1, 3), {"rej": 5, "rej_fb": 7, "thanks_today": 2, "status": 2}),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (count, html_only, styles, weights) in FAMILIES.items():
        full = f"{FAMILY_PREFIX}-{fam}"
        plan = quota(rng, weights, count)
        for n in range(count):
            yield _build(rng, full, n, plan[n], html_only=html_only, styles=styles)
