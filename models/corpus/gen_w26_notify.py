"""Writer w26: terse machine notifications -- ATS one-liners (plain, HTML-only, HTML with text), job-board
pings and calendar mail. The new text stays one to three sentences; footers are shared by every label."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w26_kit as K  # noqa: E402
import _w26_say as S  # noqa: E402
import _w26_world as W  # noqa: E402

FAMILY_PREFIX = "w26notify"

ATS_OFFER = ["Your offer for {role} is ready to review and sign: {link}",
             "Congratulations — {co} has sent you an offer. View it here: {link}",
             "An offer letter for {role} has been issued to you. Please respond by {day}."]
ATS_STATUS = ["Your application for {role} is still under review.", "Status: In review ({req}).",
              "{co} viewed your application.", "No action needed — we'll update you when there's news."]

ATS = {"rejection": 4, "rejection_reason": 2, "rejection_many_strong": 2, "ack": 7, "ack_invite": 3, "invite": 5,
       "invite_resched": 2, "offer": 2, "neg:status": 5, "neg:booked": 3, "neg:assess_done": 3,
       "neg:complete_profile": 3, "neg:webinar": 2, "neg:reminder": 3}


def ats_said(rng: random.Random, intent: str, ctx: dict) -> dict:
    if intent == "offer":
        return S.out([S.one(rng, ATS_OFFER, ctx)], ["offer"], subjects=["Your offer from {co}", "Offer ready: {role}"])
    if intent == "neg:status" and rng.random() < 0.5:
        return S.out([S.one(rng, ATS_STATUS, ctx)], subjects=["Application status: {role}", "Update on {req}"])
    if intent.startswith("neg:"):
        return S.neg_employer(rng, ctx, intent[4:])
    return getattr(S, intent)(rng, ctx)


def ats_sender(rng: random.Random, ctx: dict) -> tuple[str, str]:
    name = rng.choice(["{co} Careers", "Jobs at {co}", "{co} Recruiting", "{co} Talent Team", "{co}",
                       "{co} (via {vendor})", "no-reply", "{co} Hiring"])
    vendor = ctx["relay"].split(".")[-2].capitalize()
    addr = rng.choice(["no-reply@{relay}", "careers@{dom}", "jobs@{dom}", "donotreply@{relay}",
                       "{slug}-hiring@{relay}", "talent@{dom}"])
    fmt = {**ctx, "vendor": vendor, "slug": W.slug(ctx["co"])}
    return S.fill(name, fmt), S.fill(addr, fmt)


def ats(rng: random.Random, family: str, n: int, mode: str) -> dict:
    ctx = K.make_ctx(rng)
    intent = K.pick_weighted(rng, ATS)
    said = ats_said(rng, intent, ctx)
    greet = S.fill(rng.choice(["Hi {first},", "Dear {first},", "Hello {first},", "", "{first},"]), ctx)
    core = " ".join(said["lines"])
    sign = S.fill(rng.choice(["— {co} Recruiting", "The {co} team", "{co} Talent Acquisition", "",
                              "Thanks,\n{co} Careers"]), ctx)
    foot = S.fill(rng.choice(K.ATS_FOOT), ctx)
    if rng.random() < 0.35:
        foot += "\n" + S.fill(rng.choice(K.ATS_FOOT), ctx)
    text_parts = [p for p in [greet, core, sign] if p]
    text = "\n\n".join(text_parts) + "\n\n--\n" + foot
    fname, faddr = ats_sender(rng, ctx)
    html = None
    if mode != "plain":
        html = K.to_html(rng, text_parts, foot.replace("\n", " · "), brand=ctx["co"] if rng.random() < 0.6 else "")
        if mode == "htmlonly":
            text = ""
    return K.record(family, n, from_name=fname, from_addr=faddr, to_addr=ctx["cand_addr"],
                    subject=K.subject(rng, said["subjects"], ctx, reply=0.05), body_text=text, body_html=html,
                    said=said, company=ctx["co"])


# ---------------------------------------------------------------- job boards
def board(rng: random.Random, family: str, n: int) -> dict:
    ctx = K.make_ctx(rng)
    bname, bdom = rng.choice(W.BOARDS)
    r = rng.random()
    company: str | None = None
    if r < 0.32:
        said = S.ack_board(rng, ctx)
        company = ctx["co"]
    elif r < 0.42:
        said = S.out([S.one(rng, ["{co} viewed your application.", "Your application to {co} was opened by the "
                                  "employer.", "{co} is reviewing applicants for {role}."], ctx)],
                     subjects=["Application update: {co}", "{co} saw your application"])
        company = ctx["co"]
    else:
        said = S.noise(rng, ctx, rng.choice(["alert", "views", "fair", "newsletter", "alert"]))
        if rng.random() < 0.3:
            said = S.out([S.one(rng, ["Complete your profile — employers skip empty ones.",
                                      "Add a photo to get 3x more recruiter views.",
                                      "Your CV is 6 months old. Update it?"], ctx)], subjects=["Finish your profile",
                                                                                               "Quick tip"])
    body = " ".join(said["lines"])
    if rng.random() < 0.5:
        body = S.fill(rng.choice(["Hi {first}, ", "{first}, ", ""]), ctx) + body
    foot = rng.choice([f"You're receiving this from {bname}. Unsubscribe · Settings",
                       f"{bname} · manage alerts", f"© {bname}. Don't want these? Turn off notifications."])
    text = body + "\n\n" + foot
    html = None
    if rng.random() < 0.35:
        html = K.to_html(rng, [body], foot, brand=bname)
        if rng.random() < 0.5:
            text = ""
    ctx_s = {**ctx, "co_named": True}
    return K.record(family, n, from_name=rng.choice([bname, f"{bname} Alerts", f"{bname} Applications"]),
                    from_addr=rng.choice(["noreply@", "alerts@", "applications@"]) + bdom, to_addr=ctx["cand_addr"],
                    subject=K.subject(rng, said["subjects"], ctx_s, reply=0.0), body_text=text, body_html=html,
                    said=said, company=company)


# ---------------------------------------------------------------- calendar mail
def cal(rng: random.Random, family: str, n: int) -> dict:
    ctx = K.make_ctx(rng)
    kinds = {"new": 6, "update": 3, "accepted": 3, "reminder": 4, "cancel_filled": 2, "cancel_own": 2,
             "panel_at_work": 3, "webinar": 2}
    kind = K.pick_weighted(rng, kinds)
    company: str | None = ctx["co"]
    reasons: list[str] = []
    labels: list[str] = []
    who = f"{ctx['sender_first']} {ctx['sender_last']}"
    when = f"{ctx['day']} {ctx['time']}"
    if kind == "new":
        labels = ["interview_invite"]
        subj = f"Invitation: {ctx['role']} interview – {ctx['co']} @ {when}"
        body = S.one(rng, ["{sender_first} has invited you to an interview. Join: {link}",
                           "You're invited: first interview for {role}. Video link inside.",
                           "Interview with {co} — please accept or propose a new time."], ctx)
    elif kind == "update":
        labels = ["interview_invite"]
        subj = f"Updated invitation: {ctx['role']} interview @ {ctx['day2']} {ctx['time']}"
        body = S.one(rng, ["This interview has been moved to {day2}. Please confirm.",
                           "New time proposed by {sender_first}: {day2} {time}."], ctx)
    elif kind == "accepted":
        subj = rng.choice([f"Accepted: {ctx['role']} interview @ {when}", f"Accepted: Interview – {ctx['first']} {ctx['cand_last']}"])
        body = S.one(rng, ["{sender_first} has accepted this invitation.", "Accepted.", ""], ctx)
    elif kind == "reminder":
        subj = f"Reminder: {ctx['role']} interview starts in {rng.choice(['1 hour', '15 minutes', '30 min'])}"
        body = S.one(rng, ["Join: {link}", "Location: {co}, reception on level 2.", "Don't forget your ID."], ctx)
    elif kind == "cancel_filled":
        labels, reasons = ["rejection"], ["role_filled"]
        subj = f"Cancelled: {ctx['role']} interview @ {when}"
        body = S.one(rng, ["Cancelling — the position has been filled. Sorry {first}.",
                           "{sender_first}: we've made a hire, so no need for this one. Apologies."], ctx)
    elif kind == "cancel_own":
        subj = f"Cancelled: {ctx['role']} interview @ {when}"
        body = S.one(rng, ["Cancelled at your request — thanks for letting us know you've withdrawn.",
                           "As discussed, removed from the calendar since you've taken another role. Good luck!"], ctx)
    elif kind == "panel_at_work":
        company = None
        subj = f"Invitation: Panel – {ctx['role']} candidate @ {when}"
        body = S.one(rng, ["Could you join as second interviewer? Scorecard link to follow.",
                           "Need you on this panel please — 45 mins, you cover the technical bit."], ctx)
    else:
        subj = f"Invitation: {ctx['co']} careers webinar @ {when}"
        body = S.one(rng, ["Open Q&A with our recruiters — everyone welcome.", "Learn what it's like to work here. "
                           "Register: {link}"], ctx)
    text = body + "\n\n" + rng.choice([f"When: {when}\nWho: {who}, you", "Going? Yes · Maybe · No",
                                       f"Organizer: {who}\nView event: {ctx['link']}",
                                       "Invitation from Google Calendar", "Microsoft Teams meeting\nJoin on your computer"])
    to = ctx["cand_addr"]
    if kind == "panel_at_work":  # the user's current employer asks them to interview someone
        wdom = W.slug(rng.choice(W.COMPANIES)[0]) + ".com"
        frm = W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], wdom)
        to = W.work_addr(rng, ctx["first"], ctx["cand_last"], wdom)
    else:
        frm = W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], ctx["dom"])
    return K.record(family, n, from_name=who, from_addr=frm, to_addr=to, subject=subj, body_text=text,
                    said={"labels": labels, "topics": [], "reasons": reasons}, company=company)


def generate(rng: random.Random) -> Iterable[dict]:
    for mode, count in (("plain", 62), ("htmlonly", 44), ("htmlalt", 34)):
        for i in range(count):
            yield ats(rng, f"{FAMILY_PREFIX}-ats{mode}", i, mode)
    for i in range(40):
        yield board(rng, f"{FAMILY_PREFIX}-board", i)
    for i in range(34):
        yield cal(rng, f"{FAMILY_PREFIX}-cal", i)
