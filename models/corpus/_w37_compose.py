"""Message assembly for writer w37: one decision kind -> (subject hint, body paragraphs, labels...).

The same skeleton (greeting, opener, sign-off, footer) wraps every kind so that only the
deciding sentences carry the label.
"""

from __future__ import annotations

import random
from collections import defaultdict

import _w37_kit as K
import _w37_say as S

REASONS = list(S.REASON)
TOPIC_KEYS = list(S.WEAK)

NEG_KINDS = ["thanks_today", "status", "reminder", "confirmed", "onboard", "closed_before", "nofb",
             "withdraw_ack", "referred", "rota_after", "uniform", "talent_pool", "open_day_generic"]

NEG = {
    "thanks_today": [
        "Thanks for coming in today, it was good to meet you. We're seeing a few more people this week and we'll let you know either way by Friday.",
        "Just wanted to say thanks for your time this afternoon. I'll chat to {mgr2} and get back to you in the next few days.",
        "Thanks for doing the trial shift today! We'll have a think and be in touch early next week.",
        "Good to meet you at the group session today. Decisions will go out by email once we've seen everyone.",
    ],
    "status": [
        "Just a quick update - we're still going through applications for {role} so it might be another week or so before you hear from us.",
        "Your application is still being reviewed by the store. No action needed from you right now.",
        "Sorry for the wait, the manager has been off sick so we haven't made any decisions yet on the {role} job. Bear with us!",
        "Your application status: Under review. We'll contact you when there's an update.",
        "We haven't forgotten about you! Interviews for {role} are still being arranged and we'll be in touch as soon as we can.",
    ],
    "reminder": [
        "Just a reminder that your trial shift is tomorrow ({slot}). Ask for {mgr2} when you get here. See you then!",
        "Reminder: interview booked for {slot} at {co} {town}. If you need to cancel please let us know 24 hours before.",
        "Quick reminder about your group interview {slot}. Remember your ID for the right to work check.",
        "Don't forget you're in with us {slot} for your chat with {mgr2}. Staff entrance is round the side.",
    ],
    "confirmed": [
        "Great, that's you booked in for {slot}. See you then.",
        "Perfect, I've put you down for {slot}. Any problems just text me.",
        "Your interview slot ({slot}) is confirmed. You'll get a reminder the day before.",
        "No problem at all, moved you to {slot} like you asked.",
    ],
    "onboard": [
        "Welcome to the team! Your induction is on {date} at 9am - please bring your P45, bank details and your passport.",
        "Now you've accepted, please complete the new starter form in the portal and upload your right to work documents before {date}.",
        "Your DBS application link is below - please complete it within 3 days so we can get your start date confirmed.",
        "Induction reminder: {date}, 8.30am, main reception. Wear comfy shoes, lunch is provided.",
        "Thanks for signing your contract. Your first shifts will show in the rota app from {date}.",
    ],
    "closed_before": [
        "Thanks for your message asking about the {role} job. Sorry, that one went before we'd even put the advert up properly, so we're not taking applications for it.",
        "The {role} vacancy you saw on Facebook is now closed, I should have taken the post down. We'll advertise again if anything comes up.",
        "Just to let you know the advert for {role} has been withdrawn, so there's no need to send your CV in for that one.",
    ],
    "nofb": [
        "Thanks for your email. I'm sorry but we aren't able to give individual feedback on applications, because of the numbers we get.",
        "Sorry, company policy is that we don't give feedback after group interviews. We had a lot of strong candidates and it was a tough call.",
        "I'm afraid I can't share the notes from the interview. Wishing you all the best though.",
    ],
    "withdraw_ack": [
        "Thanks for letting us know you've found something else - congratulations! I've taken you off the list for {slot}.",
        "No worries at all, I've cancelled your interview. Good luck in the new job.",
        "Sorry to hear you're withdrawing but totally understand. Your application has been closed as requested.",
    ],
    "referred": [
        "Your application for {role} has been passed to the store manager, who will contact you directly if they'd like to take it further.",
        "Your details have been shared with the hiring manager at our {town} site.",
        "Good news - you've been added to our talent pool for {town}. We'll let you know when shifts come up that match your availability.",
    ],
    "rota_after": [
        "Here's your first two weeks of shifts now you're starting with us: Mon 7-3, Wed 7-3, Sat 10-6. Any clashes let me know.",
        "Your first shift is {slot}. Report to {mgr2}. Parking permit is in the envelope at reception.",
    ],
    "uniform": [
        "Your uniform has arrived! 2 x polo (M), 1 x fleece, 1 x name badge. Pick it up from the office before your first shift.",
        "Please fill in the uniform sizes form before your start date so we can order your tabards.",
    ],
    "talent_pool": [
        "You're now on our seasonal eligibility list. When the rota for {date} onwards is done, you may be contacted.",
        "Your application remains active for 6 months and is visible to all stores in the {town} area.",
    ],
    "open_day_generic": [
        "Just a heads up - we're holding an open recruitment day at the {town} store on {date}, 10 till 4. Anyone can walk in, no appointment needed. Tell your friends!",
        "We're hiring for Christmas! Walk-in interviews at all our {town} stores this Saturday. Bring ID.",
    ],
}

SUBJ = {
    "rej": ["Your application - {role}", "{role} - update", "Re: {role} job", "Application outcome", "{co} - your application",
            "Update on your application", "Sorry!", "Trial shift", "Your {role} application ({ref})", "{role} position"],
    "invite": ["Trial shift?", "Interview - {role}", "Next steps 👍", "Invitation: group interview at {co}", "Can you come in?",
               "{role} - interview", "Your application - next stage", "Book your interview", "Re: {role} job",
               "Assessment day invite", "Quick chat?", "{co} {town} - interview"],
    "ack": ["Application received", "Thanks for applying to {co}", "We've got your application!", "Your application: {role}",
            "Application confirmation - {ref}", "{co} | Application received", "Thanks for your application"],
    "offer": ["Job offer 🎉", "Offer - {role}", "Welcome to {co}!", "Good news!", "Your offer from {co}",
              "Re: trial shift", "Conditional offer of employment - {role}", "You got the job!"],
    "neg_thanks_today": ["Today", "Thanks for coming in", "Re: {role} job", "Trial shift - thanks", "Good to meet you"],
    "neg_status": ["Application update", "Your application - {role}", "Update on your application", "Still reviewing", "{co} - {role}"],
    "neg_reminder": ["Reminder", "Tomorrow", "Reminder: your interview", "Trial shift tomorrow", "See you {slot}"],
    "neg_confirmed": ["Re: Interview - {role}", "Booked in", "Interview confirmed", "Re: time change", "Re: {role} job"],
    "neg_onboard": ["Induction", "Welcome aboard!", "New starter paperwork", "Your DBS check", "Before you start"],
    "neg_closed_before": ["Re: {role} vacancy", "{role} advert", "Re: job enquiry", "{co} - vacancy closed"],
    "neg_nofb": ["Re: feedback", "Re: Your application - {role}", "Re: interview", "Feedback request"],
    "neg_withdraw_ack": ["Re: interview", "Re: withdrawing", "Application withdrawn", "Re: {role}"],
    "neg_referred": ["Application update", "Your application - {role}", "Update", "{co} - {role}"],
    "neg_rota_after": ["Your first shifts", "Rota", "Next week", "First week"],
    "neg_uniform": ["Uniform", "Uniform sizes", "Your uniform"],
    "neg_talent_pool": ["Your application - {role}", "Talent pool", "Application update", "{co}"],
    "neg_open_day_generic": ["We're hiring!", "Open day", "Recruitment day this Saturday", "{co} is hiring"],
    "neg": ["Re: {role} job", "Your application - {role}", "Update", "{co} - {role}", "Reminder", "Tomorrow",
            "Your interview", "Induction", "Next week", "Your first shifts", "Application update", "{co}"],
}


def fill(rng: random.Random, tpl: str, ctx: dict) -> str:
    d = defaultdict(str, ctx)
    d.setdefault("slot", K.slot(rng))
    return tpl.format_map(d)


def context(rng: random.Random, co: tuple[str, str, str], cand_first: str, mgr: str) -> dict:
    m2 = K.pick(rng, K.FIRST)
    return {
        "co": co[0], "sector": co[1], "role": K.role_for(rng, co[1]), "town": K.pick(rng, K.TOWNS), "name": cand_first,
        "mgr": mgr, "mgr2": m2, "slot": K.slot(rng), "date": K.date_str(rng), "pay": K.pay(rng),
        "hours": K.pick(rng, S.HOURS), "ref": K.req(rng), "title": K.pick(rng, S.TITLES),
        "link": f"https://{K.pick(rng, ['book', 'apply', 'careers', 'jobs'])}.{co[2]}/{K.pick(rng, ['i', 's', 'slot', 'book'])}/{rng.randrange(100000, 999999):x}",
        "street": K.pick(rng, ["Mill Lane", "Station Road", "King Street", "the car park side", "Back Lane"]),
        "phone": f"{rng.randrange(700, 999)} {rng.randrange(100000, 999999)}",
    }


def choose_kind(rng: random.Random, weights: dict[str, float]) -> str:
    r = rng.random() * sum(weights.values())
    for k, w in weights.items():
        r -= w
        if r <= 0:
            return k
    return k


CORE_WEIGHTS = {"neg": 0.31, "rej": 0.035, "rej_reason": 0.05, "rej_fb": 0.075, "rej_invite": 0.02,
                "invite": 0.13, "ack": 0.11, "ack_invite": 0.03, "offer": 0.09}


def decide(rng: random.Random, kind: str, ctx: dict) -> dict:
    """Return dict(paras=[...], labels, topics, outside, subj_key)."""
    f = lambda t: fill(rng, t, ctx)  # noqa: E731
    paras: list[str] = []
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    subj = "neg"
    if rng.random() < 0.6:
        opener = f(K.pick(rng, S.THANKS_APPLY))
        if kind != "neg" or "appl" not in opener.lower():
            paras.append(opener)
    if kind in ("rej", "rej_reason", "rej_fb", "rej_invite"):
        subj = "rej"
        labels.append("rejection")
        main = f(K.pick(rng, S.REJECT))
        if kind == "rej_reason":
            for r in rng.sample(REASONS, 1 if rng.random() < 0.8 else 2):
                outside.append(r)
                reason = f(K.pick(rng, S.REASON[r]))
                main = f"{reason} {main}" if rng.random() < 0.5 else f"{main} {reason}"
        paras.append(main)
        if kind == "rej_fb":
            labels.append("feedback")
            ts = rng.sample(TOPIC_KEYS, 1 if rng.random() < 0.6 else 2)
            topics.extend(ts)
            bits = [S.weak_for(rng, t, ctx["sector"]) for t in ts]
            fb = f(K.pick(rng, S.FEEDBACK_INTRO)) + " " + " and ".join(bits) + "."
            if rng.random() < 0.6:
                fb = S.praise_for(rng, ctx["sector"]) + " " + fb if rng.random() < 0.5 else fb + " " + S.praise_for(rng, ctx["sector"])
            paras.append(fb[0].upper() + fb[1:])
        if kind == "rej_invite":
            labels.append("interview_invite")
            other = K.pick(rng, ["the weekend early shift", "our new store opening in " + ctx["town"],
                                 "a night shift position", "the kitchen porter vacancy", "our Christmas temp team"])
            paras.append(f"However, we think you'd be a good fit for {other}. "
                         + f(K.pick(rng, ["Could you come in {slot} for a chat about that instead?",
                                          "Would you like to do a trial shift for that on {slot}?",
                                          "If you're interested, book an interview here: {link}"])))
        if rng.random() < 0.6:
            paras.append(f(K.pick(rng, S.REJECT_SOFTEN)))
    elif kind in ("invite", "ack_invite"):
        subj = "invite"
        labels.append("interview_invite")
        if kind == "ack_invite":
            subj = "ack"
            labels.append("application_ack")
            paras.append(f(K.pick(rng, S.ACK)))
            paras.append(f(K.pick(rng, ["As part of your application, please complete a short online assessment (about 20 minutes): {link}",
                                        "The next step is a quick video interview you record in your own time - here's the link: {link}",
                                        "We'd also like to invite you to our next group interview session on {date}. Please reply to confirm."])))
        else:
            paras.append(f(K.pick(rng, S.INVITE)))
        if rng.random() < 0.7:
            paras.append(f(" ".join(rng.sample(S.INVITE_DETAIL, rng.randrange(1, 3)))))
    elif kind == "ack":
        subj = "ack"
        labels.append("application_ack")
        paras.append(f(K.pick(rng, S.ACK)))
        if rng.random() < 0.7:
            paras.append(f(K.pick(rng, S.ACK_NEXT)))
    elif kind == "offer":
        subj = "offer"
        labels.append("offer")
        paras.append(f(K.pick(rng, S.OFFER)))
        paras.append(f(" ".join(rng.sample(S.OFFER_NEXT, rng.randrange(1, 3)))))
    else:  # negative inside an employer conversation
        nk = K.pick(rng, NEG_KINDS)
        subj = "neg_" + nk
        if nk in ("nofb", "withdraw_ack", "confirmed", "reminder", "onboard", "rota_after", "uniform"):
            paras.clear()
        paras.append(f(K.pick(rng, NEG[nk])))
    return {"paras": paras, "labels": labels, "topics": topics, "outside": outside, "subj_key": subj}


def subject_for(rng: random.Random, key: str, ctx: dict) -> str:
    s = fill(rng, K.pick(rng, SUBJ[key]), ctx)
    r = rng.random()
    if r < 0.08:
        s = "[External] " + s
    elif r < 0.14:
        s = "RE: " + s if not s.startswith("Re:") else s
    return s
