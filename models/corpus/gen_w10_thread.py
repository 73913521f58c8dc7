"""Writer w10, threads: short new text on top of quoted history, forwards, calendar text, bounces.

The label always follows the new text at the top; the quoted part below often says something else.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w10_neg as N  # noqa: E402
import _w10_text as T  # noqa: E402
from _w10_shell import (AGENCIES, GREET, MAILHOSTS, SIGNOFF, addr_of, chance, disclaimer, fill,  # noqa: E402
                        forward_block, gmail_quote, make_ctx, outlook_quote, person, pick, quota, record,
                        signature)

FAMILY_PREFIX = "w10thread"

CHASE = [
    "Just checking in on the {role} application. Any news from the team?",
    "I hope you're well. Is there an update on the {role} process?",
    "I wanted to follow up on my interview last week. Happy to provide anything else you need.",
    "Sorry to nudge, but I have another process moving quickly and wanted to check where things stand for {role}.",
    "It's been about two weeks since the final round, so I thought I'd ask whether a decision has been made.",
    "Quick follow-up on {role}: is there anything else you need from me, references perhaps?",
]
AVAIL = [
    "Thanks {rec}! I'm free {day} after {time} or any time on {day2}.",
    "Great to hear. {short} at {time} would work well for me.",
    "Thanks for the invitation. I could do {day} or {day2} morning.",
]


def _greet(rng: random.Random, first: str, last: str = "") -> str:
    return fill(pick(rng, GREET), {"first": first, "last": last})


def _compose(rng: random.Random, body: str, *, greet_name: str, sign_name: str, ctx: dict,
             company: str | None, corporate: bool, mobile: bool = False) -> str:
    parts = []
    if chance(rng, 0.85):
        parts.append(_greet(rng, greet_name))
    parts.append(body)
    so = pick(rng, SIGNOFF)
    if corporate:
        parts.append(so + "\n" + signature(rng, sign_name, ctx, company))
        if chance(rng, 0.45):
            parts.append(disclaimer(rng, company))
    elif mobile and company:
        parts.append(so + "\n" + sign_name.split()[0] + "\n" + pick(rng, ["Co-founder, ", "CTO @ ", "Head of Eng, ", "", "Founder | "]) + company)
    else:
        parts.append(so + "\n" + sign_name.split()[0])
    if mobile:
        parts.append(pick(rng, ["Sent from my iPhone", "Sent from my phone, excuse typos", "Get Outlook for Android",
                                "Sent from Gmail Mobile"]))
    return "\n\n".join(parts)


def _prefix(rng: random.Random, subj: str, kind: str = "re", external: bool = False) -> str:
    if kind == "re":
        p = pick(rng, ["Re: ", "Re: ", "RE: ", "Re: Re: ", "RE: "])
    else:
        p = pick(rng, ["Fwd: ", "FW: ", "Fw: ", "WG: "])
    s = p + subj
    if external:
        s = pick(rng, ["[External] ", "[EXTERNAL] ", "EXT: ", "[Ext] "]) + s
    return s


# history builders: (author "me"/"them", raw text)

def _hist(rng: random.Random, kind: str, ctx: dict) -> tuple[str, str, str]:
    """Returns (who, subject, text) of the message being replied to."""
    if kind in ("invite", "them_invite"):
        s = T.say_invite(rng, ctx)
        return "them", fill(s["subject"], ctx), _greet(rng, ctx["first"]) + "\n\n" + s["body"] + "\n\n" + ctx["rec"]
    if kind == "them_rej":
        s = T.say_rejection(rng, ctx)
        return "them", fill(s["subject"], ctx), _greet(rng, ctx["first"]) + "\n\n" + s["body"] + "\n\n" + ctx["rec_full"]
    if kind == "them_offer":
        s = T.say_offer(rng, ctx)
        return "them", fill(s["subject"], ctx), _greet(rng, ctx["first"]) + "\n\n" + s["body"] + "\n\n" + ctx["rec_full"]
    if kind == "them_thanks":
        s = N.say_thanks_today(rng, ctx)
        return "them", fill(s["subject"], ctx), _greet(rng, ctx["first"]) + "\n\n" + s["body"] + "\n\n" + ctx["rec"]
    if kind == "them_outreach":
        body = fill(pick(rng, [
            "I'm recruiting for a {role} at a fast-growing company and your profile caught my eye. Open to a chat?",
            "We're building out the {team} team and I think you'd be a great match for a {role} role. Interested?",
        ]), ctx)
        return "them", fill("{role} opportunity", ctx), _greet(rng, ctx["first"]) + "\n\n" + body + "\n\n" + ctx["rec"]
    if kind == "me_fbreq":
        s = T.say_feedback_request(rng, ctx)
        inner = _hist(rng, "them_rej", ctx)
        return "me", inner[1], (_greet(rng, ctx["rec"]) + "\n\n" + s["body"] + "\n\n" + ctx["first"] + "\n\n"
                                + gmail_quote(rng, ctx["rec_full"], ctx["rec_addr"], inner[2]))
    texts = {
        "me_chase": CHASE, "me_avail": AVAIL,
        "me_apply": [N.say_applied(rng, ctx)["body"]], "me_thanks": [N.say_thank_you_note(rng, ctx)["body"]],
        "me_withdraw": [N.say_withdraw(rng, ctx)["body"]], "me_accept": [N.say_accept_offer(rng, ctx)["body"]],
    }
    subj = {"me_apply": "Application: {role}", "me_withdraw": "Withdrawing my application", "me_accept": "Re: Offer"}
    body = fill(pick(rng, texts[kind]), ctx)
    return "me", fill(subj.get(kind, "{role} - {co}"), ctx), _greet(rng, ctx["rec"]) + "\n\n" + body + "\n\n" + ctx["first"]


# what the recruiter writes now -> (say function, history kinds)
INBOX_KINDS = {
    "rej_short": (lambda r, c: T.say_rejection(r, c, short=True), ["them_invite", "me_thanks", "me_chase"]),
    "rej": (T.say_rejection, ["me_chase", "me_thanks", "them_thanks", "me_apply"]),
    "rej_fb": (T.say_rejection_feedback, ["me_chase", "me_thanks"]),
    "fb_reply": (T.say_feedback_reply, ["me_fbreq"]),
    "fb_policy": (T.say_feedback_policy, ["me_fbreq"]),
    "invite": (T.say_invite, ["me_apply", "me_chase", None]),
    "invite_short": (lambda r, c: T.say_invite(r, c, short=True), ["me_apply", None]),
    "resched": (T.say_reschedule, ["them_invite", "me_avail"]),
    "ack": (lambda r, c: dict(T.say_ack(r, c), body=fill(pick(r, [
        "Thanks for sending this over. I've got your CV and I'll share it with {hm} this week.",
        "Received, thank you! I'll review and come back to you in a few days.",
        "Thanks {first}, got your application for {role}. Will be in touch once I've looked through it.",
        "Just confirming I've received your application and added it to our system for {role}.",
    ]), c)), ["me_apply"]),
    "offer": (T.say_offer, ["me_thanks", "them_thanks", "me_chase"]),
    "rej_inv": (T.say_reject_invite, ["me_chase", "me_thanks"]),
    "sched_ok": (lambda r, c: dict(N.say_sched_ok(r, c), body=fill(pick(r, [
        "Perfect, {day} at {time} it is. Calendar invite on its way.",
        "Great, locked in. See you then!",
        "Thanks, confirmed with {hm}. Speak {day}.",
        "Lovely, I'll send the Teams link shortly. Nothing to prepare.",
        "Thanks {first}, {day} works for us. You'll get the invite from our scheduling tool.",
        "Brilliant, I've booked it in with {hm}.",
        "Noted, {short} at {time}. Speak then.",
        "That's perfect, thanks for being flexible.",
        "Great, see you {day}! Shout if anything changes.",
        "Confirmed. The invite should be in your inbox in a minute.",
    ]), c)), ["me_avail"]),
    "reminder": (N.say_reminder, ["them_invite", "me_avail"]),
    "thanks_today": (N.say_thanks_today, ["me_avail", None]),
    "status": (N.say_status, ["me_chase"]),
    "closed_prior": (N.say_role_closed_prior, ["them_outreach"]),
    "withdraw_ack": (lambda r, c: T._out("Re", fill(pick(r, [
        "Thanks for letting us know, and congratulations on the new role. I'll close your application.",
        "Understood, and thanks for the heads-up. Best of luck!",
        "Sorry to lose you from the process, but I completely understand. All the best.",
    ]), c)), ["me_withdraw"]),
    "onboarding": (N.say_onboarding, ["me_accept"]),
}

SENT_KINDS = {
    "fbreq": (T.say_feedback_request, ["them_rej"]),
    "sched_ok": (N.say_sched_ok, ["them_invite"]),
    "thank_note": (N.say_thank_you_note, ["them_thanks", None]),
    "withdraw": (N.say_withdraw, ["them_invite", "them_thanks"]),
    "accept": (N.say_accept_offer, ["them_offer"]),
    "chase": (lambda r, c: T._out("Follow-up", fill(pick(r, CHASE), c)), ["them_thanks"]),
    "apply": (N.say_applied, [None]),
    "decline_offer": (lambda r, c: T._out("Re: Offer", fill(pick(r, [
        "Thank you so much for the offer. After a lot of thought I've decided to decline, as I've accepted another role.",
        "I really appreciate the offer, but I'm going to turn it down; the timing isn't right for me.",
    ]), c)), ["them_offer"]),
}


def _quote(rng: random.Random, style: str, ctx: dict, who: str, subj: str, text: str) -> str:
    if who == "me":
        name, addr, to = ctx["me"], ctx["my_addr"], ctx["rec_addr"]
    else:
        name, addr, to = ctx["rec_full"], ctx["rec_addr"], ctx["my_addr"]
    if style == "outlook":
        return outlook_quote(rng, name, addr, to, subj, text)
    return gmail_quote(rng, name, addr, text)


def _inbox_reply(rng, fam, n, kind, *, style, corporate, mobile=False, agency=False, company=None):
    ctx = make_ctx(rng, company)
    say, hists = INBOX_KINDS[kind]
    msg = say(rng, ctx)
    if agency and kind == "offer":
        msg = dict(msg, body=fill(pick(rng, [
            "Fantastic news: {co} want to offer you the {role} job! They've proposed a base of {sal} and a start on {date}. The formal letter will come from their HR team, but I wanted you to hear it from me first.",
            "I'm thrilled to tell you that {co} have made you an offer for {role}: {sal} plus bonus. Have a think and let's speak tomorrow.",
            "Offer time! {co} have come back with a written offer for the {role} role, which I've attached. Salary is {sal}; they'd love an answer by {day}.",
        ]), dict(ctx, sal=pick(rng, ["£72,000", "€66,000", "£85,000", "$131,000", "€80,000"]))))
    hk = pick(rng, hists)
    company_out = ctx["co"]
    from_name = ctx["rec_full"]
    from_addr = ctx["rec_addr"]
    if agency:
        ag = pick(rng, AGENCIES)
        from_addr = addr_of(ctx["rec"], ctx["rec_full"].split()[1], ag.split()[0].lower() + "-talent.com", rng)
        ctx["rec_addr"] = from_addr
        from_name = pick(rng, [ctx["rec_full"], f"{ctx['rec_full']} | {ag}", f"{ctx['rec_full']} ({ag})"])
    if mobile:
        from_addr = addr_of(ctx["rec"], ctx["rec_full"].split()[1], pick(rng, MAILHOSTS + [ctx["dom"]] * 3), rng)
        from_name = pick(rng, [ctx["rec_full"], ctx["rec"]])
    body = _compose(rng, msg["body"], greet_name=ctx["first"], sign_name=ctx["rec_full"], ctx=ctx,
                    company=(ag if agency else ctx["co"]), corporate=corporate, mobile=mobile)
    if kind in ("rej_short", "sched_ok", "invite_short") and chance(rng, 0.5):
        body = fill(msg["body"], ctx) + "\n\n" + ctx["rec"]
    subj_base = fill(msg["subject"], ctx)
    if hk:
        who, hsubj, htext = _hist(rng, hk, ctx)
        subj_base = hsubj
        body = body + "\n\n" + _quote(rng, style, ctx, who, hsubj, htext)
        subject = _prefix(rng, subj_base, "re", external=(style == "outlook" and chance(rng, 0.3)))
    else:
        subject = subj_base
    if kind == "closed_prior":
        company_out = None
    if agency and kind != "closed_prior":
        # agency mail names the hiring client, which is the company the message is about
        lead = fill(pick(rng, ["Update on {co}: ", "Re the {co} role - ", "Quick one about {co}. ",
                               "I've heard from {co}. ", "News from {co} on the {role} position. "]), ctx)
        body = body.replace(fill(msg["body"], ctx), lead + fill(msg["body"], ctx), 1)
    return record(fam, n, folder="INBOX", lang="en", from_name=from_name, from_addr=from_addr,
                  to_addr=ctx["my_addr"], subject=subject, body_text=body, body_html=None, labels=msg["labels"],
                  company=company_out, topics=msg["topics"], oc=msg["outside_control"])


FORMAL_OPEN = ["Thank you for your email.", "I hope this finds you well.", "Thank you for getting back to me.",
               "Many thanks for your message of {day}.", "", "", "I appreciate the update."]
FORMAL_REQ = [
    "While I'm naturally disappointed, I would be grateful for any feedback on my interviews, particularly the technical stages, so I can strengthen future applications.",
    "If your process allows it, could you share which areas of my application or interviews were weakest? Even a few words would be valuable.",
    "May I ask for a brief summary of the panel's assessment? I'd like to understand where my profile did not meet your expectations.",
    "I would welcome the opportunity to hear the interviewers' feedback, by email or in a short call, whichever is easier for you.",
    "Would it be possible to receive some feedback on my case study presentation? I'm keen to learn from the experience.",
    "Could you let me know what the deciding factors were and whether there is anything I could improve on?",
]


def _sent_reply(rng, fam, n, kind, *, style, formal=False):
    ctx = make_ctx(rng)
    say, hists = SENT_KINDS[kind]
    msg = say(rng, ctx)
    hk = pick(rng, hists)
    text = fill(msg["body"], ctx)
    if formal:
        if kind == "fbreq":
            text = fill(pick(rng, FORMAL_REQ), ctx)
            text = (fill(pick(rng, FORMAL_OPEN), ctx) + " " + text).strip()
        if chance(rng, 0.5):
            text += " " + pick(rng, ["Thank you again for your time and consideration.", "I remain very interested in {co} and would be glad to be considered for future roles.".replace("{co}", ctx["co"]),
                                     "Thank you in advance."])
    sign = pick(rng, SIGNOFF) + "\n" + pick(rng, [ctx["first"], ctx["me"]])
    if formal:
        sign = pick(rng, ["Kind regards,", "Best regards,", "Yours sincerely,", "With thanks,"]) + "\n" + ctx["me"] + pick(rng, [
            "", "\n" + ctx["my_addr"], "\nlinkedin.com/in/" + ctx["first"].lower() + ctx["last"].lower()[:3], "\n+44 7700 900" + str(rng.randint(100, 999))])
    body = "\n\n".join([_greet(rng, ctx["rec"], ctx["rec_full"].split()[1]) if (chance(rng, 0.85) or formal) else "", text, sign]).strip()
    if chance(rng, 0.25):
        body += "\n\n" + pick(rng, ["Sent from my iPhone", "Sent from Proton Mail mobile", ""])
    subject = fill(msg["subject"], ctx)
    if hk:
        who, hsubj, htext = _hist(rng, hk, ctx)
        body = body.rstrip() + "\n\n" + _quote(rng, style, ctx, who, hsubj, htext)
        subject = _prefix(rng, hsubj)
    return record(fam, n, folder="Sent", lang="en", from_name=ctx["me"], from_addr=ctx["my_addr"],
                  to_addr=ctx["rec_addr"], subject=subject, body_text=body, body_html=None, labels=msg["labels"],
                  company=ctx["co"], topics=msg["topics"], oc=msg["outside_control"])


# ---------------------------------------------------------------- forwards

def _forward(rng, fam, n, kind):
    ctx = make_ctx(rng)
    co = ctx["co"]
    if kind == "fwd_invite":
        ctx2 = dict(ctx, stage=fill(pick(rng, T.STAGES), ctx))
        top = fill(pick(rng, [
            "Hi {first}, looping you in: {hm_first} would like to meet you for {stage}. Her availability is below; reply with a slot that suits.",
            "FYI see below. {hm_first} enjoyed your portfolio and wants to invite you to {stage}. Could you pick one of the times she lists?",
            "Forwarding {hm_first}'s note. Short version: we'd like you to come in for {stage}! Let me know which day works.",
        ]), ctx2)
        inner = fill(pick(rng, [
            "Can we get {first} in for a session? I'm free {day} {time} or {day2} after 2.",
            "Strong portfolio. Please set something up with me this week or next.",
        ]), ctx)
        labels, topics, oc = ["interview_invite"], [], []
        sender, saddr, to = ctx["rec_full"], ctx["rec_addr"], ctx["my_addr"]
        fsubj, fname, faddr, fto = f"{ctx['first']} {ctx['last']} - {ctx['role']}", ctx["hm"], ctx["hm_addr"], ctx["rec_addr"]
        folder = "INBOX"
    elif kind == "fwd_feedback":
        fb, topics = T.feedback_block(rng, ctx)
        top = fill(pick(rng, [
            "Hi {first}, as promised I asked the panel for their thoughts. In short: ", "FYI, summarising the debrief notes for you: ",
            "Passing on what the interviewers said, lightly edited: ",
        ]), ctx) + fb
        inner = "Debrief for " + ctx["me"] + ": see scorecards. Not moving forward. " + fill(pick(rng, ["Happy for you to share the gist.", "Fine to pass on feedback, keep it constructive."]), ctx)
        labels, oc = ["feedback"], []
        sender, saddr, to = ctx["rec_full"], ctx["rec_addr"], ctx["my_addr"]
        fsubj, fname, faddr, fto = f"Debrief: {ctx['me']}", ctx["hm"], ctx["hm_addr"], ctx["rec_addr"]
        folder = "INBOX"
    elif kind == "fwd_agency_rej":
        r = T.say_rejection(rng, ctx)
        top = fill(pick(rng, [
            "Hi {first}, I've heard back from {co} and sadly they've decided not to take things further. Their note is below.",
            "Afraid it's not good news from {co}: they're passing. See their message underneath. Let's talk about the other roles.",
            "{co} came back to me this morning; they won't be progressing your application. I've forwarded their reasoning below.",
        ]), ctx)
        extra_reason = []
        if r["outside_control"]:
            top += " " + pick(rng, T.REASONS[r["outside_control"][0]])
            extra_reason = r["outside_control"][:1]
        inner = r["body"]
        labels, topics, oc = ["rejection"], [], extra_reason
        ag = pick(rng, AGENCIES)
        sender = f"{ctx['rec_full']} | {ag}"
        saddr = addr_of(ctx["rec"], ctx["rec_full"].split()[1], ag.split()[0].lower() + "search.co.uk", rng)
        to = ctx["my_addr"]
        fsubj, fname, faddr, fto = f"Candidate {ctx['me']}", ctx["hm"], ctx["hm_addr"], saddr
        folder = "INBOX"
    elif kind == "fwd_rej_friend":
        r = T.say_rejection(rng, ctx)
        top = pick(rng, ["ugh. see below 🙃", "Well, that's that. At least they were nice about it.",
                         "Another one bites the dust. Drinks Friday?", "FYI - not this one. Onwards.",
                         "Can you believe this after four rounds?"])
        inner = _greet(rng, ctx["first"]) + "\n\n" + r["body"]
        labels, topics, oc = [], [], []
        ff, fl = person(rng)
        sender, saddr, to = ctx["me"], ctx["my_addr"], addr_of(ff, fl, pick(rng, MAILHOSTS), rng)
        fsubj, fname, faddr, fto = fill(r["subject"], ctx), ctx["rec_full"], ctx["rec_addr"], ctx["my_addr"]
        folder = "Sent"
    elif kind == "fwd_offer_self":
        r = T.say_offer(rng, ctx)
        top = pick(rng, ["for my records", "Look!!! 🎉", "Saving this one.", "What do you think of the numbers?",
                         "Forwarding to my personal address."])
        inner = _greet(rng, ctx["first"]) + "\n\n" + r["body"]
        labels, topics, oc = [], [], []
        ff, fl = person(rng)
        sender, saddr, to = ctx["me"], ctx["my_addr"], pick(rng, [addr_of(ff, fl, pick(rng, MAILHOSTS), rng), ctx["my_addr"]])
        fsubj, fname, faddr, fto = fill(r["subject"], ctx), ctx["rec_full"], ctx["rec_addr"], ctx["my_addr"]
        folder = "Sent"
    else:  # fwd_internal: colleague forwards a newsletter or event, not a job step
        r = pick(rng, [N.say_webinar, N.say_newsletter, N.say_interview_someone])(rng, ctx)
        top = pick(rng, ["Thought this might interest you.", "FYI", "Worth a look?", "Can you take this one?"])
        inner = fill(r["body"], ctx)
        labels, topics, oc = [], [], []
        ff, fl = person(rng)
        sender, saddr, to = f"{ff} {fl}", addr_of(ff, fl, ctx["dom"], rng), ctx["my_addr"]
        fsubj, fname, faddr, fto = fill(r["subject"], ctx), "Events", "events@" + ctx["dom"], addr_of(ff, fl, ctx["dom"], rng)
        folder = "INBOX"
        co = None
    body = top + "\n\n" + (pick(rng, ["Thanks,", "Best,", "", "x"]) + "\n" + sender.split()[0]).strip() + "\n\n" + \
        forward_block(rng, fname, faddr, fto, fsubj, inner)
    return record(fam, n, folder=folder, lang="en", from_name=sender, from_addr=saddr, to_addr=to,
                  subject=_prefix(rng, fsubj, "fwd"), body_text=body, body_html=None, labels=labels,
                  company=co, topics=topics, oc=oc)


# ---------------------------------------------------------------- calendar text

def _calendar(rng, fam, n, kind):
    ctx = make_ctx(rng)
    title = fill(pick(rng, ["Interview: {me} / {co}", "{co} x {first} - {role}", "Technical interview ({role})",
                            "Phone screen - {first} {last}", "Final round: {role}", "Intro call with {rec}"]), ctx)
    meet = pick(rng, [
        "Join with Google Meet\nmeet.google.com/{a}-{b}-{c}\nJoin by phone\n(GB) +44 20 3937 {d} PIN: {e}#",
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 3{d} 8{e} 21\nPasscode: {a}",
        "Join Zoom Meeting\nhttps://zoom.us/j/9{d}{e}?pwd={a}{b}\nMeeting ID: 9{d} {e}",
    ])
    meet = meet.replace("{a}", "".join(pick(rng, "abcdefghjkmnpqrstuvwxyz") for _ in range(3))).replace(
        "{b}", "".join(pick(rng, "abcdefghjkmnpqrstuvwxyz") for _ in range(4))).replace(
        "{c}", "".join(pick(rng, "abcdefghjkmnpqrstuvwxyz") for _ in range(3))).replace(
        "{d}", str(rng.randint(1000, 9999))).replace("{e}", str(rng.randint(100, 999)))
    whenline = fill(pick(rng, ["{day} {date} · {time} – {time2}", "When: {short} {time}-{time2} (GMT)",
                               "{day}, {date} ⋅ {time} – {time2} (Central European Time)"]), dict(ctx, time2="+1h"))
    whenline = whenline.replace("+1h", pick(rng, ["an hour later", "1h"])) if False else whenline.replace("+1h", "end")
    co = ctx["co"]
    if kind == "cal_new":
        note = fill(pick(rng, [
            "Hi {first}, we'd like to invite you to the next stage. This invite is for a technical interview with {hm}; let me know if the time doesn't work.",
            "Invitation to interview for {role}. You'll meet {hm} and one engineer. Please accept if this suits, or propose a new time.",
            "Following your application, {co} invites you to a first conversation about the {role} role.",
        ]), ctx)
        subject, labels, frm = f"Invitation: {title} @ {ctx['short']} {ctx['time']}", ["interview_invite"], ctx["rec_full"]
        folder, to = "INBOX", ctx["my_addr"]
    elif kind == "cal_updated":
        note = fill(pick(rng, [
            "We had to move this one, sorry! New time above; it's still the same panel.",
            "Rescheduled at the interviewer's request. Please accept the new time or suggest another.",
        ]), ctx)
        subject, labels, frm = f"Updated invitation: {title}", ["interview_invite"], ctx["rec_full"]
        folder, to = "INBOX", ctx["my_addr"]
    elif kind == "cal_reminder":
        note = fill(pick(rng, [
            "Reminder: this event starts in 30 minutes.", "This is a reminder for your upcoming event.",
            "You have an event tomorrow: " + title + ".",
        ]), ctx)
        subject, labels, frm = pick(rng, [f"Notification: {title} @ {ctx['short']} {ctx['time']}", f"Reminder: {title}"]), [], "Google Calendar"
        folder, to = "INBOX", ctx["my_addr"]
    elif kind == "cal_accepted":
        note = fill(pick(rng, ["{me} has accepted this invitation.", "Accepted. Looking forward to it!",
                               "See you then."]), ctx)
        subject, labels, frm = f"Accepted: {title} @ {ctx['short']}", [], ctx["me"]
        folder, to = "Sent", ctx["rec_addr"]
    elif kind == "cal_interviewer":
        cf, cl = person(rng)
        title = f"Interview: {cf} {cl} ({ctx['role']}) - panel"
        note = fill(pick(rng, [
            "You're on the panel for this candidate. CV and scorecard template are linked in the hiring tool. Please submit feedback within 24h.",
            "Hi team, please focus on system design. {rec} will run the intro.",
        ]), ctx)
        subject, labels, frm = f"Invitation: {title}", [], ctx["rec_full"]
        folder, to, co = "INBOX", ctx["my_addr"], None
    else:  # cal_event
        title = pick(rng, ["Careers webinar: interviewing at scale", "Virtual career fair - Engineering", "CV clinic (drop-in)",
                           "Alumni networking evening"])
        note = "You're registered. Add this event to your calendar."
        subject, labels, frm = f"Invitation: {title} @ {ctx['short']}", [], "Events Team"
        folder, to, co = "INBOX", ctx["my_addr"], None
    guests = "\n".join(["Guests", ctx["rec_full"] + " - organizer", ctx["me"]] + ([ctx["hm"]] if chance(rng, 0.6) else []))
    body = "\n\n".join([note, title, whenline, meet, guests,
                        pick(rng, ["Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.",
                                   "________________________________________________________________________________\nLearn more | Meeting options",
                                   ""])]).strip()
    return record(fam, n, folder=folder, lang="en", from_name=frm,
                  from_addr=(ctx["rec_addr"] if frm != "Google Calendar" else "calendar-notification@google.com")
                  if folder == "INBOX" else ctx["my_addr"], to_addr=to, subject=subject, body_text=body, body_html=None,
                  labels=labels, company=co, topics=[], oc=[])


# ---------------------------------------------------------------- bounces and auto-replies

def _auto(rng, fam, n, kind):
    ctx = make_ctx(rng)
    orig_kind = pick(rng, ["me_apply", "me_chase", "me_fbreq", "me_thanks"])
    who, hsubj, htext = _hist(rng, orig_kind, ctx)
    ctx["orig"] = hsubj
    ctx["raddr"] = ctx["rec_addr"]
    co = ctx["co"]
    labels = []
    if kind == "bounce":
        msg = N.say_bounce(rng, ctx)
        frm, faddr = "Mail Delivery System", pick(rng, ["MAILER-DAEMON@" + pick(rng, MAILHOSTS), "postmaster@" + ctx["dom"]])
        body = fill(msg["body"], ctx) + "\n\n" + pick(rng, ["----- Original message -----", "Original message:", "---------- Forwarded message ----------"]) + "\n" + htext
    elif kind == "ooo":
        msg = N.say_ooo(rng, ctx)
        frm, faddr = ctx["rec_full"], ctx["rec_addr"]
        body = fill(msg["body"], ctx) + "\n\n" + gmail_quote(rng, ctx["me"], ctx["my_addr"], htext)
    else:  # auto-ack from a careers mailbox: this one DOES confirm receipt of the application
        who, hsubj, htext = _hist(rng, "me_apply", ctx)
        ctx["orig"] = hsubj
        frm = pick(rng, [f"{co} Careers", f"Jobs at {co}", f"{co} Recruitment"])
        faddr = pick(rng, ["careers@", "jobs@", "recruitment@"]) + ctx["dom"]
        body = fill(pick(rng, [
            "Thank you for your email. This is an automatic confirmation that your application has been received by our recruitment team. We review every application and will contact shortlisted candidates.",
            "Thanks for applying! We've received your CV and cover letter. Please allow up to three weeks for a response.",
            "Your application has reached us. Please don't resend it; we'll be in touch if we'd like to take things further.",
            "We confirm receipt of your application for {role}. You will hear from us within 15 working days.",
            "Automatic acknowledgement: your email and attachments have been received by the {co} recruitment team.",
            "Thanks {first}! Your application landed safely with us. A recruiter will look at it shortly.",
            "This mailbox has received your application. No need to send it again.",
        ]), ctx) + "\n\n" + gmail_quote(rng, ctx["me"], ctx["my_addr"], htext)
        msg = {"subject": "Automatic reply: {orig}"}
        labels = ["application_ack"]
    subj = fill(msg["subject"], ctx)
    return record(fam, n, folder="INBOX", lang="en", from_name=frm, from_addr=faddr, to_addr=ctx["my_addr"],
                  subject=subj, body_text=body, body_html=None, labels=labels,
                  company=co if labels or kind == "ooo" else None, topics=[], oc=[])


# ---------------------------------------------------------------- families

FAMILIES = {
    # name: (count, builder)
    "gmailreply": 70, "outlook": 70, "mobile": 45, "agency": 50, "sentreply": 65, "sentformal": 40, "forward": 45, "calendar": 42,
    "autoreply": 30,
}
W_GMAIL = {"rej_short": 7, "rej": 6, "rej_fb": 7, "fb_reply": 7, "fb_policy": 4, "invite": 5, "resched": 4, "ack": 5,
           "offer": 7, "rej_inv": 2, "sched_ok": 7, "reminder": 6, "thanks_today": 6, "status": 6, "withdraw_ack": 3,
           "onboarding": 3}
W_OUTLOOK = {"rej": 8, "rej_fb": 6, "fb_reply": 6, "fb_policy": 4, "invite": 6, "resched": 4, "ack": 6, "offer": 6,
             "rej_inv": 3, "sched_ok": 4, "reminder": 7, "thanks_today": 6, "status": 7, "onboarding": 4, "withdraw_ack": 3}
W_MOBILE = {"rej_short": 8, "invite_short": 6, "offer": 6, "fb_reply": 3, "rej_fb": 3, "sched_ok": 8, "thanks_today": 5,
            "status": 4, "reminder": 4, "resched": 3}
W_AGENCY = {"rej": 7, "invite": 6, "offer": 5, "rej_fb": 3, "fb_reply": 3, "closed_prior": 8, "status": 6, "reminder": 4,
            "sched_ok": 4, "ack": 3, "withdraw_ack": 3}
W_SENT = {"fbreq": 34, "sched_ok": 11, "thank_note": 8, "withdraw": 7, "accept": 6, "chase": 4, "apply": 5,
          "decline_offer": 4}
W_SENT_FORMAL = {"fbreq": 20, "thank_note": 6, "withdraw": 5, "accept": 4, "decline_offer": 3, "apply": 4}
W_FWD = {"fwd_invite": 8, "fwd_feedback": 7, "fwd_agency_rej": 7, "fwd_rej_friend": 7, "fwd_offer_self": 5, "fwd_internal": 6}
W_CAL = {"cal_new": 6, "cal_updated": 5, "cal_reminder": 9, "cal_accepted": 6, "cal_interviewer": 8, "cal_event": 5}
W_AUTO = {"bounce": 10, "ooo": 10, "auto_ack": 8}


TABLES = {"gmailreply": W_GMAIL, "outlook": W_OUTLOOK, "mobile": W_MOBILE, "agency": W_AGENCY, "sentreply": W_SENT,
          "sentformal": W_SENT_FORMAL, "forward": W_FWD, "calendar": W_CAL, "autoreply": W_AUTO}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, count in FAMILIES.items():
        full = f"{FAMILY_PREFIX}-{fam}"
        plan = quota(rng, TABLES[fam], count)
        for n in range(count):
            if fam == "gmailreply":
                yield _inbox_reply(rng, full, n, plan[n], style="gmail", corporate=chance(rng, 0.4))
            elif fam == "outlook":
                yield _inbox_reply(rng, full, n, plan[n], style="outlook", corporate=True)
            elif fam == "mobile":
                yield _inbox_reply(rng, full, n, plan[n], style="gmail", corporate=False, mobile=True)
            elif fam == "agency":
                yield _inbox_reply(rng, full, n, plan[n], style=pick(rng, ["gmail", "outlook"]),
                                   corporate=True, agency=True)
            elif fam == "sentreply":
                yield _sent_reply(rng, full, n, plan[n], style=pick(rng, ["gmail", "gmail", "outlook"]))
            elif fam == "sentformal":
                yield _sent_reply(rng, full, n, plan[n], style="outlook", formal=True)
            elif fam == "forward":
                yield _forward(rng, full, n, plan[n])
            elif fam == "calendar":
                yield _calendar(rng, full, n, plan[n])
            elif fam == "autoreply":
                yield _auto(rng, full, n, plan[n])
