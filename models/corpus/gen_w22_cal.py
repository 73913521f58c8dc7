"""w22: calendar-invitation e-mails (the text part of an .ics invite).

Families: gcal (web-calendar style "X has invited you to the following event") and mtgreq
(desktop-client style meeting requests with a When/Where block and raw VCALENDAR leftovers).
A new or moved interview invitation is interview_invite; Accepted/Declined notices, reminders
and cancellations without a decision carry no label; a cancellation because the post is
filled or withdrawn is a rejection.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w22_bank import slug, MONTHS, Counter, html_wrap, make_ctx, pick, record, weighted  # noqa: E402

FAMILY_PREFIX = "w22cal"

STAGES = ["Technical interview", "Phone screen", "Intro call", "Final interview", "Hiring manager chat", "Case study interview",
          "Panel interview", "Pairing session", "Culture & values conversation", "Onsite loop", "Portfolio review",
          "Second interview", "Screening call", "System design round", "Assessment centre"]
INV_DESC = [
    "Hi {cf}, looking forward to speaking with you about the {r} role. The call is with {rf2} from the team.",
    "Agenda: 10 min intros, 40 min technical discussion, 10 min for your questions.",
    "Please join from a laptop; you'll be asked to share your screen for the coding part.",
    "We'll discuss your experience and walk through a short case. No preparation required.",
    "Interviewers: {rf2} {rl2}, {rf} {rl}.",
    "If this time doesn't work, just decline and propose a new time.",
    "Bring photo ID for reception. Building B, 3rd floor.",
    "",
]
MOVED_DESC = [
    "Hi {cf} - {rf2} had a conflict so we've moved this to a new time. Hope that still works, otherwise propose another.",
    "Rescheduled at the interviewer's request. Apologies for the change!",
    "New time as discussed on the phone.",
]
CANCEL_PLAIN = [
    "", "Sorry, {rf2} is off sick - we'll send a new time shortly.", "Cancelling this slot; the recruiter will be in touch to rebook.",
    "Duplicate invite, please ignore - the other one stands.",
]
CANCEL_DECISION = {
    "role_filled": ["Hi {cf}, apologies - we've filled the {r} position, so we're cancelling the remaining interviews.",
                    "We're sorry to cancel: an offer for this role has been accepted and the process is now closed."],
    "role_cancelled": ["Unfortunately the {r} requisition has been withdrawn, so this interview won't go ahead and the process is closed.",
                       "Cancelled - the role is no longer being hired for after the restructure. Sorry for the late notice."],
    "budget_freeze": ["We have to cancel: a hiring freeze means we can't continue with the {r} process. Apologies."],
}
OTHER_EVENTS = ["Dentist", "Book club", "Yoga", "Car service", "Flat viewing - 12 Elm Rd", "Team lunch", "1:1 with manager",
                "Sprint planning", "Parents' evening"]


def _dt(rng: random.Random) -> tuple[str, str]:
    day = rng.randrange(1, 28)
    mon = pick(rng, MONTHS)
    h = rng.randrange(8, 17)
    m = pick(rng, ["00", "30", "15", "45"])
    dur = pick(rng, [30, 45, 60, 90])
    eh, em = h + (int(m) + dur) // 60, (int(m) + dur) % 60
    tz = pick(rng, ["(GMT)", "(CET)", "(BST)", "(Eastern Time)", "UTC+1", "(GMT+01:00) Amsterdam, Berlin"])
    human = f"{pick(rng, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {day} {mon} 2026 {h:02d}:{m} – {eh:02d}:{em:02d} {tz}"
    ics = f"2026{MONTHS.index(mon) + 1:02d}{day:02d}T{h:02d}{m}00"
    return human, ics


KIND_TABLE = [("new", 18), ("moved", 9), ("cancel_plain", 8), ("cancel_decision", 7), ("accepted", 8), ("declined", 3),
              ("reminder", 10), ("internal", 6), ("other", 5), ("webinar", 4)]


def _event(rng: random.Random, ctx: dict) -> dict:
    kind = weighted(rng, KIND_TABLE)
    stage = pick(rng, STAGES)
    title = pick(rng, [f"{stage} — {ctx['c']}", f"{ctx['c']} | {stage} ({ctx['cf']} {ctx['cl']})", f"{stage}: {ctx['r']}",
                       f"{ctx['cf']} {ctx['cl']} <> {ctx['rf']} ({ctx['c']})", f"{ctx['r']} – {stage.lower()}"])
    ev = {"kind": kind, "title": title, "labels": [], "oc": [], "company": ctx["c"], "desc": "", "prefix": "Invitation", "note": ""}
    if kind == "new":
        ev["labels"] = ["interview_invite"]
        ev["desc"] = " ".join(x for x in rng.sample(INV_DESC, 2) if x)
    elif kind == "moved":
        ev["labels"] = ["interview_invite"]
        ev["prefix"] = pick(rng, ["Updated invitation", "Updated invitation with note", "Rescheduled"])
        ev["desc"] = pick(rng, MOVED_DESC)
        ev["note"] = "This event has been changed.\nChanged: time"
    elif kind == "cancel_plain":
        ev["prefix"] = pick(rng, ["Canceled event", "Cancelled", "Canceled event with note"])
        ev["desc"] = pick(rng, CANCEL_PLAIN)
        ev["note"] = "This event has been canceled and removed from your calendar."
    elif kind == "cancel_decision":
        reason = pick(rng, list(CANCEL_DECISION))
        ev["prefix"] = pick(rng, ["Canceled event with note", "Cancelled"])
        ev["desc"] = pick(rng, CANCEL_DECISION[reason])
        ev["note"] = "This event has been canceled."
        ev["labels"] = ["rejection"]
        ev["oc"] = [reason]
    elif kind in ("accepted", "declined"):
        who = f"{ctx['rf']} {ctx['rl']}"
        ev["prefix"] = "Accepted" if kind == "accepted" else pick(rng, ["Declined", "Tentatively accepted"])
        ev["note"] = f"{who} has {'accepted' if kind == 'accepted' else 'responded to'} this invitation."
        ev["desc"] = pick(rng, ["", "See you then!", "Proposed new time accepted.", ""])
    elif kind == "reminder":
        ev["prefix"] = pick(rng, ["Reminder", "Notification", "Upcoming"])
        ev["note"] = pick(rng, ["This is a reminder for the following event.", "Starts in 30 minutes.", "Tomorrow:"])
    elif kind == "internal":
        cand = f"{pick(rng, ['J.', 'A.', 'M.', 'S.'])} {ctx['rl2']}"
        ev["title"] = pick(rng, [f"Interview panel — candidate {cand} ({ctx['r']})", f"Debrief: {ctx['r']} candidates",
                                 f"Interview: {cand} / {ctx['r']} (you are interviewer)"])
        ev["desc"] = pick(rng, ["Please review the CV in the hiring tool before the session and submit your scorecard within 24h.",
                                "You're on the panel for the system design part. Thanks for helping out!", "Feedback form link in the description."])
        ev["company"] = None
    elif kind == "other":
        ev["title"] = pick(rng, OTHER_EVENTS)
        ev["company"] = None
    else:
        ev["title"] = pick(rng, ["Webinar: Acing your next interview", "Career fair - virtual booth visits", "Workshop: negotiating job offers",
                                 "Info session: graduate programme 2027"])
        ev["desc"] = pick(rng, ["Thanks for registering! Add this to your calendar.", "Join link below. Recording available afterwards."])
        ev["company"] = None
    ev["desc"] = ev["desc"].format(**ctx)
    return ev


def gcal(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(44):
        ctx = make_ctx(rng)
        ev = _event(rng, ctx)
        human, _ = _dt(rng)
        org = f"{ctx['rf']} {ctx['rl']}"
        subj = f"{ev['prefix']}: {ev['title']} @ {human.split(' – ')[0]}" if rng.random() < 0.6 else f"{ev['prefix']}: {ev['title']}"
        if ev["kind"] in ("accepted", "declined"):
            subj = f"{ev['prefix']}: {ev['title']} @ {human}"
        lines = []
        if ev["note"]:
            lines.append(ev["note"])
        elif ev["kind"] in ("new", "internal", "webinar", "other"):
            lines.append(pick(rng, [f"{org} has invited you to the following event.", "You have been invited to the following event.",
                                    f"{org} invited you"]))
        lines.append("")
        lines.append(ev["title"])
        lines.append(f"When\n{human}" if rng.random() < 0.5 else f"When: {human}")
        lines.append(pick(rng, [f"Joining info: {ctx['link']}", "Where: Video call (link below)", f"Where: {ctx['c']}, Reception, 2nd floor",
                                f"Join by phone: +44 20 3{rng.randrange(100, 999)} {rng.randrange(1000, 9999)} PIN {rng.randrange(100000, 999999)}"]))
        lines.append(f"Calendar: {ctx['caddr']}")
        lines.append(f"Who\n  • {org} - organiser\n  • {ctx['cf']} {ctx['cl']}" + (f"\n  • {ctx['rf2']} {ctx['rl2']}" if rng.random() < 0.5 else ""))
        if ev["desc"]:
            lines.append("")
            lines.append(ev["desc"])
        if ev["kind"] in ("new", "moved"):
            lines.append("")
            lines.append(pick(rng, ["Reply for " + ctx["caddr"] + ": Yes · No · Maybe · More options", "Going? Yes - Maybe - No",
                                    "RSVP: Accept | Tentative | Decline"]))
        lines.append("")
        lines.append(pick(rng, ["Invitation from Kalendo\nYou are receiving this email because you are an attendee on the event. Forwarding this invitation could allow any recipient to modify your RSVP.",
                                "Attachment: invite.ics", "Kalendo - notifications for " + ctx["caddr"]]))
        text = "\n".join(lines)
        html = None
        if rng.random() < 0.3:
            html = html_wrap([x for x in lines if x], rng)
            if rng.random() < 0.4:
                text = ""
        yield record(FAMILY_PREFIX, "gcal", cnt.next("gcal"), from_name=pick(rng, [f"{org} (Kalendo)", org, "Kalendo"]),
                     from_addr=pick(rng, ["calendar-notification@kalendo.com", f"{slug(ctx['rf'])}@{ctx['dom']}"]),
                     to_addr=ctx["caddr"], subject=subj, body_text=text, body_html=html, labels=ev["labels"],
                     company=ev["company"] if ev["kind"] != "other" else None, oc=ev["oc"])


def mtgreq(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(36):
        ctx = make_ctx(rng)
        ev = _event(rng, ctx)
        human, ics = _dt(rng)
        org = f"{ctx['rf']} {ctx['rl']}"
        prefix = {"Invitation": "", "Canceled event": "Canceled: ", "Cancelled": "Canceled: ", "Canceled event with note": "Canceled: ",
                  "Accepted": "Accepted: ", "Declined": "Declined: ", "Tentatively accepted": "Tentative: ",
                  "Reminder": "Reminder: ", "Notification": "Reminder: ", "Upcoming": "Reminder: "}.get(ev["prefix"], "Updated: ")
        subj = prefix + ev["title"]
        method = "CANCEL" if prefix.startswith("Canceled") else ("REPLY" if prefix in ("Accepted: ", "Declined: ", "Tentative: ") else "REQUEST")
        body = []
        if ev["note"]:
            body.append(ev["note"])
        body.append(f"When: {human}\nWhere: {pick(rng, ['Video meeting', 'Conference room Atlas', ctx['link'], 'Phone'])}")
        body.append("*~*~*~*~*~*~*~*~*~*")
        if ev["desc"]:
            body.append(ev["desc"])
        if ev["kind"] in ("new", "moved"):
            body.append(f"Join the meeting now\n{ctx['link']}\nMeeting ID: {rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
        if rng.random() < 0.45:
            body.append(f"BEGIN:VCALENDAR\nMETHOD:{method}\nBEGIN:VEVENT\nDTSTART:{ics}\nSUMMARY:{ev['title']}\nORGANIZER;CN={org}:mailto:{slug(ctx['rf'])}@{ctx['dom']}\n"
                        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}\nEND:VEVENT\nEND:VCALENDAR")
        text = "\n\n".join(body)
        yield record(FAMILY_PREFIX, "mtgreq", cnt.next("mtgreq"), from_name=org, from_addr=f"{slug(ctx['rf'])}.{slug(ctx['rl'])}@{ctx['dom']}",
                     to_addr=ctx["caddr"], subject=subj, body_text=text, labels=ev["labels"],
                     company=ev["company"] if ev["kind"] != "other" else None, oc=ev["oc"])


def generate(rng: random.Random) -> Iterable[dict]:
    cnt = Counter()
    yield from gcal(rng, cnt)
    yield from mtgreq(rng, cnt)
