"""Writer w30: machines that write for employers (careers no-reply, HTML-only mailers, job boards,
scheduling tools). Plain-worded decisions next to pings that decide nothing.
"""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w30auto"

import _w30_kit as K
import _w30_rec as R
W = K.W
S = K.S

RELAYS = ["notify.hirecanvas.io", "mail.pipelinely.com", "jobs.talentloom.net", "m.applybird.co",
          "careers-mail.roleport.io", "send.crewfinder.app"]
AUTO_FOOT = [
    "This mailbox isn't monitored, so replies won't reach anyone.",
    "Please don't reply to this message; use the candidate portal instead.",
    "You're getting this because you applied for a job at {co}. Privacy notice: careers.{dom}/privacy",
    "Sent on behalf of {co} by a hiring platform. Unsubscribe from job updates.",
    "Need help? Visit the candidate help centre.",
    "Manage email preferences · Unsubscribe · Help",
]

# kind -> (labels, subjects, body lines); bodies are sentence banks picked per slot
AUTO = {
    "ack": (["application_ack"],
            ["Thanks for applying to {co}", "{role}: you're in the queue", "We've got it, {fn}",
             "Application update: {role}", "{co} | {role} ({ref})", "Your {co} application"],
            [S.ACK, S.ACK_NEXT]),
    "rej": (["rejection"],
            ["Update on your {co} application", "{role} ({ref})", "Your application: {role}",
             "A note from the {co} hiring team", "Application update: {role}"],
            [S.REJECT, S.SOFT_CLOSE]),
    "invite": (["interview_invite"],
               ["Next step: {role}", "Pick a time to chat with {co}", "Your {co} exercise is ready",
                "Action needed: book your slot", "{role}: what happens now", "Application update: {role}"],
               [["You're through to the next step for {role}. Choose a time that suits from the calendar: {link}",
                 "The team would like to hear from you properly. Use this link to book a 30-minute video call: {link}",
                 "Your online exercise for {role} is ready. It takes about 45 minutes and is open until {day}: {link}",
                 "Please record answers to four short questions on video before {day}. Start here: {link}",
                 "Good news, the hiring team would like to meet you. Pick a slot for a call with {other}: {link}",
                 "The next step is a practical task. Download the brief from the portal and send it back within five days.",
                 "We'd like you to attend our group assessment in {city} on {day}. Confirm your place here: {link}"],
                S.INVITE_LOGI]),
    "ack_invite": (["application_ack", "interview_invite"],
                   ["Thanks for applying to {co}: one more step", "{role}: your application and next step"],
                   [S.ACK, ["Everyone who applies to {role} is asked to complete a short skills check. Start it here: {link}",
                            "As the first stage, please book a 15-minute call with our team: {link}",
                            "Step one is a recorded video round. Open it here before {day}: {link}"]]),
    "offer": (["offer"],
              ["Your documents from {co} are ready", "Welcome to {co}, {fn}?", "{role}: the paperwork",
               "Good news from {co}"],
              [["We're delighted that you're our choice for {role}. Your contract, with a salary of {sal}, is ready to review and sign in the portal.",
                "The hiring team has chosen you for {role}. Open the portal to see the terms we're proposing and accept or decline by {day}.",
                "Your written terms for {role} at {co} are attached: base {sal}, start date to be agreed."],
               S.OFFER_NEXT]),
    # decide nothing
    "status": ([], ["Application update: {role}", "Your {co} application", "{role} ({ref})", "Status change"],
               [["Your application for {role} is still being looked at. We'll be in touch when there's news.",
                 "The status of your application has changed. Log in to the portal to see it.",
                 "Just to say: the hiring team hasn't finished reviewing applications for {role} yet.",
                 "We had a very large number of applications for {role}, so reviews are taking longer than usual."]]),
    "profile": ([], ["Finish your {co} profile", "{fn}, you're nearly there", "Your application isn't finished"],
                [["You started an application for {role} but didn't submit it. Pick up where you left off: {link}",
                  "Complete your candidate profile so recruiters at {co} can find you for future openings.",
                  "Your draft application for {role} will expire on {day} unless you submit it."]]),
    "assess_nag": ([], ["Reminder: your exercise closes {day}", "Don't forget your assessment", "Your task is waiting"],
                   [["You've started the online exercise for {role} but haven't finished it. It closes on {day}.",
                     "Friendly reminder: the video questions you began are still open until {day}.",
                     "Your assessment for {role} is 60% complete. Resume any time before the deadline."]]),
    "assess_done": ([], ["Thanks, your task is in", "Submission confirmed", "Assessment complete"],
                    [["Thanks for completing the online exercise for {role}. The team will look at it alongside your application.",
                      "Your video answers have been saved and shared with the hiring team.",
                      "We've logged your completed assessment. There's nothing more to do for now."]]),
    "withdrawn": ([], ["You've withdrawn from {role}", "Withdrawal confirmed"],
                  [["As requested, we've withdrawn your application for {role}. We wish you well.",
                    "This confirms that you have taken yourself out of the running for {role}. You can apply to other jobs any time."]]),
    "talent_news": ([], ["Life at {co}: this month", "New jobs at {co} you might like", "{co} talent community update"],
                    [["Here's what's new at {co}: we opened a studio in {city}, our team ran a charity bike ride, and we've posted new jobs.",
                      "Jobs you might like at {co}: {role}, {role2}. Interview tips from our recruiters are on the blog.",
                      "Thanks for being part of our talent community. Read how we run interviews and what an offer looks like at {co}."]]),
}

BOARD = {
    "board_sent": (["application_ack"],
                   ["Your application was sent to {co}", "Application submitted: {role} at {co}", "Sent! {role}, {co}"],
                   ["Your application for {role} has been sent to {co}. Good luck!",
                    "{co} now has your CV for {role}. Track progress in My Jobs.",
                    "Done: we've passed your profile to {co} for {role}."]),
    "alert": ([], ["{n} new jobs for \"{q}\"", "Jobs near {city} you may like", "Your daily job alert"],
              ["New roles matching your search: {role} at {co}, {role2} at {co2}, and {n} more. Don't miss out, apply early.",
               "Based on your profile: {role} ({co}), {role2} ({co2}). Employers are interviewing now!"]),
    "views": ([], ["{n} recruiters viewed your profile", "You appeared in {n} searches", "Someone's looking at you 👀"],
              ["Your profile was viewed by {n} people this week, including a recruiter at {co2}. Upgrade to see who.",
               "You appeared in {n} searches. Candidates with a photo get 3x more interview requests."]),
    "viewed_app": ([], ["{co} viewed your application", "Update on {role}"],
                   ["Good news: an employer opened your application for {role} at {co}. We'll let you know if anything changes.",
                    "{co} has looked at your application. No action needed."]),
}

SCHED = {
    "s_invite": (["interview_invite"], ["{me} at {co} invited you to book a time", "Invitation: {role} chat with {co}",
                                         "Pick a time: {role} technical session"],
                 ["{me} {mel} from {co} would like to set up a call with you about {role}. Choose a time: {link}",
                  "You've been invited to schedule a 45-minute session with {other} ({co}). Available times are shown at {link}"]),
    "s_resched": (["interview_invite"], ["Updated invitation: {role} with {co}", "New time proposed by {co}"],
                  ["{co} has proposed a new time for your {role} session: {day} at {time}. Accept or suggest another: {link}"]),
    "s_cancel_filled": (["rejection"], ["Cancelled: {role} chat with {co}"],
                        ["This event has been cancelled by {me} {mel}. Note from organiser: \"Sorry, the position has now been filled, so we won't need this slot.\"",
                         "Cancelled by organiser. Message: \"The role has been withdrawn, apologies for the short notice.\""]),
    "s_confirm": ([], ["Confirmed: {role} chat with {co}", "You're booked in with {co}"],
                  ["Your booking is confirmed for {day} at {time}. Add it to your calendar. Need to change? {link}",
                   "You scheduled a call with {me} {mel} on {day} at {time}."]),
    "s_remind": ([], ["Reminder: {role} chat with {co} tomorrow", "Starting in 1 hour: call with {co}"],
                 ["This is a reminder of your event tomorrow at {time} with {me} {mel}. Join link: {link}",
                  "Your meeting with {co} starts in one hour. Make sure your camera and mic work."]),
    "s_accepted": ([], ["Accepted: {role} chat @ {day} {time}", "Accepted: Technical session with {fn}"],
                   ["{other} has accepted this invitation.", "{me} {mel} accepted: {role} chat, {day} {time}."]),
    "s_self_cancel": ([], ["Canceled: {role} chat with {co}"],
                      ["You cancelled this event. The organiser has been told.",
                       "Event cancelled by you. Want to book another time? {link}"]),
}


def _fill(c, s: str, rng: random.Random) -> str:
    return c.f(s.replace("{n}", str(rng.randint(3, 40))).replace("{q}", c.role.split(" (")[0].lower())
               .replace("{role2}", c.role2).replace("{co2}", W.company(rng)).replace("{mel}", c.mel))


def _auto_body(rng, c, banks) -> str:
    lines = [rng.choice(b) for b in banks if rng.random() < 0.9 or b is banks[0]]
    paras = [W.greet(rng, rng.choice(["uk", "ca", "casual", "stiff"]), c.fn, c.ln)] if rng.random() < 0.8 else []
    paras += [_fill(c, s, rng) for s in lines]
    paras.append(rng.choice(["The {co} hiring team", "{co} Careers", "Talent team, {co}", "— {me}, on behalf of {co}",
                             "Best,\n{me} {mel}\n{co}", "Thanks,\n{co} People"]).replace("{mel}", c.mel))
    paras[-1] = c.f(paras[-1])
    paras.append(c.f(rng.choice(AUTO_FOOT).replace("{dom}", W.domain(c.co))))
    return "\n\n".join(p for p in paras if p)


def _button_html(rng, c, text: str, head: str | None = None) -> str:
    col = rng.choice(["#2b6cb0", "#0f766e", "#7c3aed", "#b45309", "#111827"])
    pre = rng.choice(["", f'<span style="display:none">{c.f("News about {role}")}</span>'])
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    btn = f'<p><a href="https://careers.{W.domain(c.co)}/portal" style="background:{col};color:#fff;padding:10px 18px">{rng.choice(["Open portal", "View details", "Go to my application", "Continue"])}</a></p>'
    return (f'<html><body>{pre}<table width="600" align="center"><tr><td style="padding:24px">'
            f'<h2 style="color:{col}">{head or c.co}</h2>{paras}{btn}</td></tr></table></body></html>')


FAMS = {
    # fam: (bank, weights, count, p_html_only, p_alt)
    "noreply": (AUTO, {"ack": 14, "rej": 9, "invite": 7, "ack_invite": 2, "offer": 1.5, "status": 5, "profile": 3,
                       "assess_nag": 2.5, "assess_done": 2.5, "withdrawn": 1.5, "talent_news": 2.5}, 56, 0.0, 0.2),
    "mailer": (AUTO, {"ack": 12, "rej": 9, "invite": 7, "ack_invite": 2, "offer": 1.5, "status": 5, "profile": 3,
                      "assess_nag": 2.5, "assess_done": 2.5, "withdrawn": 1.5, "talent_news": 3}, 50, 0.8, 0.2),
    "board": (BOARD, {"board_sent": 10, "alert": 8, "views": 5, "viewed_app": 4}, 40, 0.3, 0.3),
    "sched": (SCHED, {"s_invite": 8, "s_resched": 2.5, "s_cancel_filled": 2, "s_confirm": 5, "s_remind": 5,
                      "s_accepted": 3, "s_self_cancel": 2}, 42, 0.1, 0.3),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (bank, weights, count, p_only, p_alt) in FAMS.items():
        f = R.Family(FAMILY_PREFIX, fam)
        relay = rng.choice(RELAYS)
        for _ in range(count):
            kind = R.weighted(rng, weights)
            c = K.Ctx(rng, "none")
            labels, subjects, banks = bank[kind]
            if kind not in ("invite", "ack_invite", "s_invite", "s_resched"):
                # only invitations carry a booking link; everything else points at a portal or the board
                c.slots["link"] = (f"https://careers.{W.domain(c.co)}/candidate" if bank is not BOARD
                                   else f"https://{rng.choice(['jobtrawl.com', 'hireside.co'])}/my/{rng.randint(1000, 9999)}")
            oc: list = []
            company = c.co
            if bank is AUTO:
                body = _auto_body(rng, c, banks)
                name = rng.choice([f"{c.co} Careers", f"Jobs at {c.co}", f"{c.co} Recruiting", f"{c.co} Hiring Team", c.co])
                addr = rng.choice([f"no-reply@{relay}", f"{W.domain(c.co).split('.')[0]}@{relay}", f"careers@{W.domain(c.co)}"])
            elif bank is BOARD:
                line = _fill(c, rng.choice(banks), rng)
                body = "\n\n".join([f"Hi {c.fn},", line, rng.choice(["See all jobs", "Open the app", "View application"]) + f": {c.slots['link']}",
                                    "JobTrawl Ltd · 12 Dock Road · Unsubscribe from these emails"])
                name = rng.choice(["JobTrawl", "JobTrawl Alerts", "Hireside", "Hireside Jobs"])
                addr = rng.choice(["alerts@jobtrawl.com", "noreply@hireside.co", "updates@jobtrawl.com"])
                if kind in ("alert", "views"):
                    company = None
            else:
                line = _fill(c, rng.choice(banks), rng)
                body = "\n\n".join([line, f"When: {c.slots['day']} {c.slots['time']} ({rng.choice(['GMT', 'AEST', 'EST', 'IST'])})",
                                    f"Who: {c.me} {c.mel}, {c.fn} {c.ln}", rng.choice(["Powered by Slotwise", "Booked with Slotwise · Manage booking", "Invitation from Google Calendar"])])
                name = rng.choice([f"{c.me} {c.mel} (via Slotwise)", "Slotwise", f"{c.me} {c.mel}"])
                addr = rng.choice(["notifications@slotwise.app", f"{c.me.lower()}@{W.domain(c.co)}", "calendar-notification@google.com"])
                if kind == "s_cancel_filled":
                    oc = ["role_filled"] if "filled" in line else ["role_cancelled"]
            subj = _fill(c, rng.choice(subjects), rng)
            html = None
            only = False
            r = rng.random()
            head = name.split(" (")[0] if bank is not AUTO else None
            if r < p_only:
                html, only = _button_html(rng, c, body, head), True
            elif r < p_only + p_alt:
                html = _button_html(rng, c, body, head)
            yield f.record(folder="INBOX", from_name=name, from_addr=addr, to_addr=c.cand_addr,
                           subject=W.subj_wrap(rng, subj, 0.08), body=body, labels=labels,
                           company=company, oc=oc, html=html, html_only=only)
