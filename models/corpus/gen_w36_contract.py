"""Writer w36, contracting and freelance: agencies, end clients, marketplaces, back office, Sent mail.

Day rates, SOWs, IR35 status, umbrella companies, extensions, timesheets; decisions and the
look-alikes that surround them in a contractor's mailbox.
"""

from __future__ import annotations

import random
from typing import Iterable

import _w36_world as W
import _w36_say as S

FAMILY_PREFIX = "w36contract"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _weak(rng, cx, n):
    topics = rng.sample(sorted(S.CONTRACT_WEAK), k=n)
    return [rng.choice(S.CONTRACT_WEAK[t]).format(skill=cx["skill"]) for t in topics], topics


def _ctx(rng: random.Random) -> dict:
    ag, dom = rng.choice(W.AGENCIES)
    rec = W.person(rng)
    role, skill = rng.choice(W.CONTRACT_ROLES)
    cand, caddr = rng.choice(W.CANDIDATES)
    return {
        "agency": ag, "dom": dom, "rec": rec, "raddr": W.email_of(rec, dom, rng), "client": rng.choice(W.CONTRACT_CLIENTS),
        "role": role, "skill": skill, "rate": W.day_rate(rng), "cand": cand, "caddr": caddr, "first": cand.split()[0],
        "start": f"{rng.choice(W.DAYS)} {rng.randint(1, 28)} {rng.choice(W.MONTHS)}", "len": rng.choice(["3 months", "6 months", "12 weeks", "9 months", "6 months initial"]),
        "ir35": rng.choice(["outside IR35", "inside IR35", "outside IR35 (SDS issued)", "inside IR35 via umbrella"]),
        "ref": f"{rng.choice(['JO', 'REQ', 'CR', 'J'])}-{rng.randint(10000, 99999)}",
    }


# ---------------------------------------------------------------- cores
def c_rej(rng, cx, with_fb=False):
    client = cx["client"]
    oc: list[str] = []
    topics: list[str] = []
    open_ = rng.choice([
        f"Just heard back from {client} on the {cx['role']} gig.", f"Bad news on {client} I'm afraid.",
        f"Update on the {client} role.", f"Thanks for interviewing with {client} yesterday.",
        f"{client} have come back to me about the {cx['role']} contract.", f"Re the {cx['skill']} role at {client}:",
    ])
    if rng.random() < 0.55:
        key = rng.choice(sorted(S.CONTRACT_REASON))
        reason = rng.choice(S.CONTRACT_REASON[key])
        oc = [key]
        dec = rng.choice([f"Unfortunately {reason}.", f"Long story short, {reason}, so it's a no this time.",
                          f"{_cap(reason)} - so they won't be taking you forward.", f"They've let me know {reason}. Sorry."])
    else:
        dec = rng.choice([
            "They've decided not to move forward with you.", "It's a no from them this time, sorry.",
            "They're going to pass on this one.", "They won't be progressing your CV.",
            "Sadly they've decided to go in a different direction.", "They liked you but it's not going to be an offer.",
            "Your rate came in above what they'd budgeted, so they won't be taking it further.",
        ])
    mid = []
    if with_fb:
        weak, topics = _weak(rng, cx, rng.choice([1, 1, 2, 2, 3]))
        praise = rng.choice(S.CONTRACT_PRAISE) if rng.random() < 0.6 else ""
        if rng.random() < 0.4:
            mid.append("Their feedback:\n" + "\n".join(f"- {_cap(w)}" for w in weak))
        else:
            mid.append(" ".join(x for x in [rng.choice(["Feedback wise:", "What they said:", "Honest feedback from the hiring manager -", "For what it's worth:"]), praise,
                                             _cap(", and ".join(weak)) + "."] if x))
    elif rng.random() < 0.3:
        mid.append(rng.choice(["They didn't give any detail beyond that.", "They had a lot of strong CVs so it was tight.",
                               "No feedback I'm afraid, their procurement team won't share it."]))
    tail = rng.choice(["I'll keep an eye out for anything else in your space.", "Plenty more out there, will be in touch.",
                       "Keep me posted on your availability.", "We'll keep your CV on file for other roles.", ""])
    labels = ["rejection"] + (["feedback"] if with_fb else [])
    subj = rng.choice([f"{cx['role']} - {client}", f"{client} update", cx["ref"], f"RE: {cx['role']} ({cx['ir35']})", "Update"])
    return subj, [open_ + " " + dec] + mid + [tail], labels, client, topics, oc


def c_fb(rng, cx):
    weak, topics = _weak(rng, cx, rng.choice([1, 2, 2, 3]))
    paras = [rng.choice([f"Chased {cx['client']} for feedback as promised.", "Got some feedback for you at last.",
                         f"The hiring manager at {cx['client']} called me back.", "Here's what I managed to get out of them."]),
             (rng.choice(S.CONTRACT_PRAISE) + " " if rng.random() < 0.6 else "") + _cap("; ".join(weak)) + ".",
             rng.choice(["Hope that helps for the next one.", "Worth tightening up before the next interview.", ""])]
    return rng.choice(["Feedback", f"{cx['client']} feedback", f"{cx['role']} - feedback"]), paras, ["feedback"], cx["client"], topics, []


def c_inv(rng, cx):
    step = rng.choice([
        f"{cx['client']} want a quick call with you tomorrow at {W.time_slot(rng)} - 30 mins with the delivery lead.",
        f"the end client wants to do a technical interview on {cx['start']}, about an hour on Teams.",
        f"{cx['client']} would like to meet you on site in {rng.choice(['Leeds', 'Canary Wharf', 'Reading', 'Glasgow', 'Bristol'])} for a chat with the programme director.",
        f"{cx['client']} have sent over a short take-home ({cx['skill']}); they'd like it back by Monday, then a review call.",
        f"the hiring manager at {cx['client']} wants a 20 minute video call this week before they sign off.",
        f"{cx['client']} have shortlisted you and want a second-stage interview with their architect.",
    ])
    paras = [rng.choice(["Good news - ", "Great news, ", "Quick one: ", "", "Result! "]) + step,
             rng.choice([f"Can you do any of {W.time_slot(rng)} or {W.time_slot(rng)}?", "Let me know what works and I'll lock it in.",
                         "Booking link: https://calendly.com/" + W.slug(cx["rec"]) + "/client-call", "Reply with times and I'll confirm.",
                         "They're moving fast so the sooner the better."]),
             rng.choice([f"Rate is confirmed at {cx['rate']}/day, {cx['ir35']}.", "I'll send over a brief on the team beforehand.", ""])]
    subj = rng.choice([f"Interview - {cx['client']}", f"{cx['role']} - client call", "Call tomorrow?", f"{cx['ref']} - interview request", f"{cx['client']} want to speak to you"])
    return subj, paras, ["interview_invite"], cx["client"], [], []


def c_ack(rng, cx, with_inv=False):
    paras = [rng.choice([
        f"Thanks for applying for the {cx['role']} contract ({cx['ref']}). We've received your CV.",
        f"This is to confirm I've submitted your CV to {cx['client']} for the {cx['role']} role at {cx['rate']}/day as agreed.",
        f"Your application for {cx['role']} ({cx['ir35']}) has been received and is with our consultant.",
        f"Just confirming we have your CV and right-to-represent for the {cx['client']} {cx['role']} role.",
    ])]
    if with_inv:
        paras.append(rng.choice([
            f"As a first step, {cx['client']} ask all applicants to complete a 60-minute online {cx['skill']} test - link to follow from their platform.",
            "Next step is a short screening call with me; grab a slot here: https://meet.example/" + W.slug(cx["rec"]),
            "The client runs a coding assessment before interviews; please complete it in the next 3 days.",
        ]))
    else:
        paras.append(rng.choice(["We'll be in touch if the client wants to take things further.", "Feedback usually takes 3-5 working days.",
                                 "If you don't hear in a week, assume it's unsuccessful.", "I'll update you as soon as I hear."]))
    subj = rng.choice([f"Application received: {cx['role']}", f"{cx['ref']} - CV received", f"CV submitted - {cx['client']}", "Thanks for applying"])
    return subj, paras, ["application_ack"] + (["interview_invite"] if with_inv else []), cx["client"], [], []


def c_offer(rng, cx):
    paras = [rng.choice([
        f"{cx['client']} would like to engage you at {cx['rate']} per day from {cx['start']}, {cx['len']}, {cx['ir35']}.",
        f"Offer in! {cx['client']} want you for the {cx['role']} contract - {cx['rate']}/day, start {cx['start']}.",
        f"Pleased to confirm {cx['client']} are offering you the {cx['role']} engagement: {cx['len']} at {cx['rate']} a day.",
        f"The client has signed off: they'd like you to start on {cx['start']} at {cx['rate']}/day for an initial {cx['len']}.",
    ]), rng.choice(["Let me know if you're happy to accept and I'll issue the contract.",
                    "Can you confirm verbally today? Contract and SOW to follow.",
                    "Assuming you're happy, I'll kick off the compliance checks.", ""])]
    subj = rng.choice(["Offer!", f"{cx['client']} - offer", f"Contract offer: {cx['role']}", f"{cx['ref']} - offer"])
    return subj, paras, ["offer"], cx["client"], [], []


def c_rejinv(rng, cx):
    other = rng.choice(W.CONTRACT_ROLES)[0]
    paras = [f"{cx['client']} aren't taking you forward for {cx['role']}" + rng.choice([" - they went with someone cheaper.", ".", " as they've filled it internally."]),
             rng.choice([f"But! They'd like to interview you for a {other} contract that's just opened. Free Thursday?",
                         f"However their other team want a call with you about a {other} role starting next month - can I book it?"])]
    oc = ["role_filled"] if "internally" in paras[0] else []
    return f"{cx['client']} - two things", paras, ["rejection", "interview_invite"], cx["client"], [], oc


# negatives
def n_rate(rng, cx):
    paras = [rng.choice([
        f"Before I put you forward to {cx['client']}, what's the lowest day rate you'd accept? Budget is around {cx['rate']}.",
        f"The client is asking if you'd consider {cx['rate']} {cx['ir35']}. Nothing decided yet, just sounding you out.",
        "Would you go inside IR35 via an umbrella for the right role? Trying to understand what's possible before submitting.",
    ])]
    return rng.choice(["Rate check", f"{cx['role']} - rate?", "Quick question on rate"]), paras, [], cx["client"], [], []


def n_cold(rng, cx):
    paras = [rng.choice([
        f"Hope you're well. I've got a {cx['role']} contract, {cx['len']}, {cx['rate']}/day, {cx['ir35']}. Are you available?",
        f"Came across your profile - I'm working on several {cx['skill']} contracts at the moment. Open to a chat?",
        f"Are you free from {cx['start']}? I have a client looking for a {cx['role']} and you look a great match.",
    ])]
    return rng.choice([f"{cx['role']} | {cx['rate']}/day | Remote", "Availability?", f"Contract opportunity - {cx['skill']}"]), paras, [], None, [], []


def n_extension(rng, cx):
    paras = [rng.choice([
        f"Good news - {cx['client']} want to extend you for another {cx['len']} at the same rate. Paperwork will follow.",
        f"{cx['client']} have approved your extension to the end of Q2. Nothing for you to do except sign the variation.",
        f"Your manager at {cx['client']} has confirmed the renewal; the new end date will show on your timesheet portal.",
    ])]
    return rng.choice(["Extension", "Contract extension", f"{cx['client']} - renewal"]), paras, [], None, [], []


def n_thanks(rng, cx):
    paras = [rng.choice([
        f"Thanks for making time for {cx['client']} today - I'll chase them for thoughts tomorrow.",
        "Thanks for doing the call this afternoon. They're seeing two more people so should know by Friday.",
    ])]
    return rng.choice(["Today", "Thanks for today", "Re: call"]), paras, [], cx["client"], [], []


def n_update(rng, cx):
    paras = [rng.choice([
        f"No news yet from {cx['client']} - your CV is still with the hiring manager.",
        f"Still waiting on {cx['client']}. Their procurement sign-off is slow at the moment.",
        "Your application is still under review. We'll let you know as soon as we hear.",
    ])]
    return rng.choice(["Update", "Still waiting", f"{cx['ref']} status"]), paras, [], cx["client"], [], []


def n_reminder(rng, cx):
    paras = [rng.choice([
        f"Reminder: your call with {cx['client']} is tomorrow at {W.time_slot(rng)}. Teams link in the invite you accepted.",
        f"Confirmed - you're booked in with {cx['client']} on {cx['start']} at {W.time_slot(rng)}.",
        "You started the coding assessment but haven't submitted it yet - it closes in 24 hours.",
        "Thanks - your take-home has been submitted and passed to the client.",
    ])]
    return rng.choice(["Reminder", "Confirmed", "Tomorrow", "Don't forget"]), paras, [], cx["client"], [], []


def n_cantshare(rng, cx):
    paras = [rng.choice([
        f"I did ask, but {cx['client']} don't give feedback to agency candidates - sorry.",
        "I've chased twice and they've said they can't share feedback on unsuccessful applications.",
    ])]
    return "Re: feedback", paras, [], cx["client"], [], []


def n_closed(rng, cx):
    paras = [rng.choice([
        f"Thanks for your interest, but the {cx['role']} role I posted has now closed - filled before I got to your CV.",
        "Sorry, that one's gone. Client filled it over the weekend. I'll keep you in mind.",
    ])]
    return rng.choice(["Re: your application", "Re: contract role", "That role"]), paras, [], cx["client"], [], []


def n_onboard(rng, cx):
    paras = [rng.choice([
        f"Now you've accepted the {cx['client']} contract, please complete the right-to-work check and upload your insurance certificates.",
        "Welcome on board! Attached: contractor handbook, site access form, and the timesheet portal login.",
        "Please choose your umbrella company from our PSL and send your company details so we can set you up for payment.",
    ])]
    return rng.choice(["Onboarding", "Compliance documents", "Getting you set up"]), paras, [], cx["client"], [], []


CORE = {
    "rej": lambda r, c: c_rej(r, c), "rejfb": lambda r, c: c_rej(r, c, True), "fb": c_fb, "inv": c_inv,
    "ack": lambda r, c: c_ack(r, c), "ackinv": lambda r, c: c_ack(r, c, True), "offer": c_offer, "rejinv": c_rejinv,
    "rate": n_rate, "cold": n_cold, "extension": n_extension, "thanks": n_thanks, "update": n_update,
    "reminder": n_reminder, "cantshare": n_cantshare, "closed": n_closed, "onboard": n_onboard,
}


# ---------------------------------------------------------------- families
def _sig_agency(rng, cx):
    return W.signature(rng, cx["rec"], rng.choice(["Senior Consultant", "Principal Recruiter", "Contract Manager", "Delivery Consultant", "Director"]), cx["agency"], cx["dom"])


def fam_agencyquick(rng, kind, cx):
    subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
    body = [rng.choice([f"Hi {cx['first']},", f"Hey {cx['first']}", f"{cx['first']} -", f"Morning {cx['first']},", f"Afternoon {cx['first']},"])] + paras + [
        rng.choice(["Cheers,", "Thanks,", "Speak soon,", "Best,", ""]), _sig_agency(rng, cx)]
    if rng.random() < 0.5:
        body.append(W.footer(rng, cx["agency"], cx["dom"]))
    return dict(from_name=cx["rec"], from_addr=cx["raddr"], subject=subj, text="\n\n".join(b for b in body if b),
                labels=labels, company=company, topics=topics, oc=oc)


def fam_agencyformal(rng, kind, cx):
    if kind == "compliance":
        subj, paras, labels, company, topics, oc = ("Action required: compliance documents", [rng.choice([
            "Our records show your professional indemnity insurance expires this month. Please upload a renewed certificate.",
            "Your annual right-to-work re-check is due. Please bring your passport to any branch or use our digital check.",
        ])], [], None, [], [])
    else:
        subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
    body = [rng.choice([f"Dear {cx['first']},", f"Dear {cx['cand']},", "Dear Candidate,"])] + paras + [
        rng.choice(["Kind regards,", "Yours sincerely,", "Regards,"]) + f"\n{cx['agency']} {rng.choice(['Contract Team', 'Resourcing', 'Candidate Services'])}",
        W.footer(rng, cx["agency"], cx["dom"])]
    return dict(from_name=rng.choice([cx["agency"], f"{cx['agency']} Contracts", f"{cx['agency']} (do not reply)"]),
                from_addr=rng.choice([f"contracts@{cx['dom']}", f"noreply@{cx['dom']}", f"jobs@mail.{cx['dom']}"]),
                subject=subj, text="\n\n".join(b for b in body if b), labels=labels, company=company, topics=topics, oc=oc)


def fam_phone(rng, kind, cx):
    """Recruiter typing on a phone: lower case, no greeting, 'Sent from my iPhone'."""
    subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
    txt = " ".join(p for p in paras if p)
    if rng.random() < 0.5:
        txt = txt[0].lower() + txt[1:]
    txt = txt.replace("I'm afraid", "im afraid").replace("don't", "dont") if rng.random() < 0.5 else txt
    body = [txt, rng.choice(["ta", cx["rec"].split()[0], "", "Cheers " + cx["rec"].split()[0][0]]),
            rng.choice(["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS", ""])]
    return dict(from_name=cx["rec"], from_addr=cx["raddr"], subject=rng.choice(["", subj, subj.lower()]) or "(no subject)",
                text="\n\n".join(b for b in body if b), labels=labels, company=company, topics=topics, oc=oc)


def fam_endclient(rng, kind, cx):
    mgr = W.person(rng)
    cdom = W.slug(cx["client"]) + rng.choice([".com", ".co.uk"])
    if kind == "sow":
        subj, paras, labels = "Statement of Work", [
            f"We'd like to engage you for the {cx['role']} work. Attached is the SOW: {cx['len']} from {cx['start']}, {cx['rate']} per day, deliverables as discussed.",
            "If you're happy, sign via DocuSign and our procurement team will raise the PO."], ["offer"]
        topics, oc = [], []
    elif kind == "interviewee":
        subj, paras, labels, topics, oc = "Can you interview a candidate?", [
            f"Since you know the {cx['skill']} stack best, could you sit in on a technical interview for a permanent hire on Thursday? 45 minutes, CV attached."], [], [], []
    elif kind == "inv":
        subj = rng.choice(["Quick call?", f"{cx['role']} - next step", "Interview", "Chat this week?"])
        paras = [rng.choice([
            f"Thanks for sending your details through. Could we do a 30 minute call tomorrow at {W.time_slot(rng)}? I'd like to walk you through the {cx['skill']} work.",
            f"I'd like to get you in for a technical session with our lead engineer on {cx['start']} - about an hour, mostly whiteboarding.",
            f"Your CV looks like a good fit. Are you free for a video interview later this week? Send me a couple of times.",
            f"We'd like to move you to the final conversation with our programme board. Pick a slot here: https://bookings.example/{W.slug(cx['client'])}",
        ])]
        labels, topics, oc = ["interview_invite"], [], []
    elif kind == "thanks":
        subj = rng.choice(["Thanks for today", "Good to meet you", "Today"])
        paras = [rng.choice([
            "Thanks for your time today - really enjoyed the conversation. We're speaking to a couple of others and will come back via the agency.",
            "Good to chat earlier. I'll discuss with the team and we'll be in touch in the next few days.",
        ])]
        labels, topics, oc = [], [], []
    elif kind == "offer":
        subj = rng.choice(["Offer", "We'd like you on board", f"{cx['role']}"])
        paras = [f"We'd like to offer you the {cx['role']} contract at {cx['rate']} per day, starting {cx['start']} for {cx['len']}. The agency will send the paperwork."]
        labels, topics, oc = ["offer"], [], []
    elif kind in ("rej", "rejfb"):
        subj = rng.choice(["Your interview", f"{cx['role']}", "Decision", "Thanks and an update"])
        first = {
            "role_filled": "we've gone with another contractor who could start straight away",
            "budget_freeze": "our budget for this workstream has been pulled for now",
            "role_cancelled": "the project has been shelved after our steering committee",
            "closer_fit": "we've chosen someone who has done this exact migration before",
        }
        if rng.random() < 0.4:
            key = rng.choice(sorted(first))
            oc = [key]
            paras = [f"Thanks for coming in last week. I'm sorry to say {first[key]}, so we won't be taking things further."]
        else:
            oc = []
            paras = [rng.choice(["Thanks for interviewing with us. We've decided not to go ahead with your application.",
                                 "I appreciate your time, but we won't be offering you the contract.",
                                 "After talking it over with the team, we're going to pass on this occasion."])]
        labels, topics = ["rejection"], []
        if kind == "rejfb":
            weak, topics = _weak(rng, cx, rng.choice([1, 2, 2]))
            paras.append(rng.choice(["To be straight with you: ", "Some honest feedback: ", "In case it's useful, "]) + "; and ".join(weak).replace("the client found", "we found").replace("they ", "we ").replace("They ", "We ") + ".")
            labels.append("feedback")
    else:
        subj, paras, labels, _c, topics, oc = CORE[kind](rng, cx)
        paras = [p.replace(f"Good news - {cx['client']} want to", "We'd like to").replace(f"{cx['client']} have", "We have").replace(f"Your manager at {cx['client']} has", "I've") for p in paras]
    body = [rng.choice([f"Hi {cx['first']},", f"Dear {cx['first']},", f"{cx['first']},"])] + paras + [
        rng.choice(["Thanks,", "Best regards,", "Cheers,"]) + f"\n{mgr}\n{rng.choice(['Head of Platform', 'Delivery Lead', 'Engineering Manager', 'Programme Director', 'Finance Director', 'CTO'])} | {cx['client']}",
        rng.choice(["", "", "This e-mail may contain confidential information. If you are not the intended recipient, please delete it."])]
    company = None if kind in ("extension", "interviewee") else cx["client"]
    return dict(from_name=mgr, from_addr=W.email_of(mgr, cdom, rng), subject=subj, text="\n\n".join(b for b in body if b),
                labels=labels, company=company, topics=topics, oc=oc)


def _fbreq_text(rng, cx, to_first):
    return "\n\n".join([
        rng.choice([f"Hi {to_first},", f"{to_first},", f"Hey {to_first}"]),
        rng.choice([f"Thanks for letting me know about {cx['client']}.", "Shame about that one, thanks for the heads up.",
                    f"Gutted about {cx['client']} but appreciate the quick update.", "Thanks for the news, even if not what I wanted."]),
        rng.choice([
            "Any chance you could get some feedback from the hiring manager? Especially on the technical part.",
            "Could you ask them what swung it? Would help me pitch better next time.",
            "If they've said anything about the interview itself I'd really like to hear it - good or bad.",
            "Would you mind chasing them for feedback? Even a line or two would be useful.",
        ]),
        rng.choice(["Cheers,", "Thanks,", "Ta,", "Best,"]) + "\n" + cx["first"],
    ])


def fam_thread(rng, kind, cx):
    if kind in ("fb", "cantshare"):
        subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
        old, ofrom, oaddr = _fbreq_text(rng, cx, cx["rec"].split()[0]), cx["cand"], cx["caddr"]
    else:
        subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
        _, op, *_ = CORE[rng.choice(["inv", "update", "ack", "cold"])](rng, cx)
        old, ofrom, oaddr = "\n\n".join([f"Hi {cx['first']},"] + op + [cx["rec"]]), cx["rec"], cx["raddr"]
    top = "\n\n".join(b for b in [rng.choice([f"Hi {cx['first']},", cx["first"] + ",", ""])] + paras + [cx["rec"].split()[0]] if b)
    q = W.quote(old, ofrom, oaddr, cx["rec"], subj, rng)
    return dict(from_name=cx["rec"], from_addr=cx["raddr"], subject=rng.choice(["Re: ", "RE: ", "AW: "]) + subj, text=top + "\n\n" + q,
                labels=labels, company=company, topics=topics, oc=oc)


def fam_market(rng, kind, cx):
    mk, mdom = rng.choice(W.MARKETS)
    client = cx["client"]
    gig = f"{cx['role']} ({cx['skill']})"
    tab = {
        "ack": ("Your proposal was submitted", [f"Your proposal for \"{gig}\" has been sent to {client}.", "You'll be notified if the client responds. Connects used: 6."], ["application_ack"]),
        "rej": ("Update on your proposal", [rng.choice([f"{client} has declined your proposal for \"{gig}\".", f"Your proposal for \"{gig}\" was not selected by {client}.",
                                                        f"{client} closed \"{gig}\" and hired another freelancer."]), "Keep bidding - there are new jobs in your category every day."], ["rejection"]),
        "inv": ("You've been invited to interview", [rng.choice([f"{client} invited you to interview for \"{gig}\".", f"Good news! {client} would like to chat about your proposal for \"{gig}\"."]),
                                                     "Reply in Messages to set up a time. Responding within 24 hours improves your chances."], ["interview_invite"]),
        "invjob": ("Invitation to apply", [f"{client} viewed your profile and invited you to submit a proposal for \"{gig}\".", "This is an invitation to apply, not an interview."], []),
        "offer": ("You received a contract offer", [f"{client} sent you an offer for \"{gig}\": {cx['rate']}/day, {cx['len']}.", "Review and accept the offer to start the contract. Offers expire after 7 days."], ["offer"]),
        "viewed": ("A client viewed your proposal", [f"{client} viewed your proposal for \"{gig}\".", "Clients often review several proposals before deciding."], []),
        "jobs": ("New jobs matching your skills", [f"{cx['role']} - fixed price - {cx['skill']}", f"{rng.choice(W.CONTRACT_ROLES)[0]} - hourly", f"{rng.choice(W.CONTRACT_ROLES)[0]} - ongoing", "Based on your profile. Update alerts in settings."], []),
        "paid": ("Payment released", [f"{client} released {cx['rate'].replace(cx['rate'][1:], str(rng.randint(900, 9000)))} for milestone 2 of \"{gig}\".", "Funds will be available after the 5-day security period."], []),
        "profile": ("Complete your profile to win more work", ["Freelancers with a portfolio and a video intro get 3x more interview invitations.", "Your profile is 70% complete."], []),
        "review": ("You got a new review", [f"{client} left you 5 stars: \"Fast, clear, would hire again.\"", "Contract ended. Leave feedback for the client."], []),
        "ended": ("Contract ended", [f"{client} ended the contract \"{gig}\".", "The work was completed. Thanks for using " + mk + "."], []),
    }
    subj, paras, labels = tab[kind]
    company = None if kind == "jobs" else client
    paras = [f"Hi {cx['first']},"] + paras + [f"The {mk} team", f"{mk} Inc. | Notification settings | Unsubscribe"]
    html = W.paras_to_html(paras, rng, brand=mk, button=rng.choice(["View details", "Open in " + mk, "Go to Messages"]))
    text = "" if rng.random() < 0.5 else "\n\n".join(paras)
    if rng.random() < 0.3:
        subj = rng.choice(["🔔 ", "✅ ", "📩 "]) + subj
    return dict(from_name=rng.choice([mk, f"{mk} Notifications"]), from_addr=f"donotreply@{mdom}", subject=subj, text=text, html=html,
                labels=labels, company=company, topics=[], oc=[])


def fam_sent(rng, kind, cx):
    to_first = cx["rec"].split()[0]
    labels: list[str] = []
    if kind == "fbreq":
        text = _fbreq_text(rng, cx, to_first)
        labels = ["feedback_request"]
        subj = rng.choice([f"Re: {cx['role']} - {cx['client']}", f"Re: {cx['client']} update", "Feedback?", f"Re: {cx['ref']}"])
        if rng.random() < 0.5:
            _, op, *_ = c_rej(rng, cx)
            text += "\n\n" + W.quote("\n\n".join(op), cx["rec"], cx["raddr"], cx["cand"], subj, rng)
    else:
        bank = {
            "counter": [f"Thanks for the offer. I was hoping for nearer {cx['rate'][0]}{int(cx['rate'][1:]) + rng.choice([75, 100, 150])}/day given it's inside IR35 - could you go back to them?",
                        f"Happy with everything apart from the rate - {cx['rate']} is below what I'm on now. Could they meet me at {cx['rate'][0]}{int(cx['rate'][1:]) + rng.choice([50, 75, 100])}?"],
            "withdraw": [f"Please withdraw me from the {cx['client']} role - I've accepted another contract.",
                         "I've decided to pull out of that one, the commute doesn't work. Sorry for the hassle."],
            "accept": [f"Happy to accept the {cx['client']} contract at {cx['rate']}/day from {cx['start']}. Send the paperwork over.",
                       "Yes, I accept - thanks for pushing it through so quickly."],
            "avail": [f"I can do {W.time_slot(rng)} tomorrow for the client call.", "Thursday morning is best for the interview, any time before 12.",
                      f"I'm available from {cx['start']}. Rate {cx['rate']} outside, negotiable for the right project."],
            "apply": [f"Please find my CV attached for the {cx['role']} contract ({cx['ref']}). Available immediately, {cx['ir35']} preferred.",
                      f"I'd like to apply for the {cx['role']} role advertised on your site. CV attached."],
            "invoice": [f"Attached is my invoice INV-{rng.randint(100, 999)} for last month. Could you confirm the payment date?",
                        "Timesheet for week ending Friday submitted - can you get it approved before payroll cut-off?"],
        }[kind]
        text = "\n\n".join([rng.choice([f"Hi {to_first},", f"{to_first},", f"Hey {to_first}"]), rng.choice(bank),
                            rng.choice(["Cheers,", "Thanks,", "Best,", "Ta"]) + "\n" + cx["first"]])
        subj = rng.choice([f"Re: {cx['role']}", f"Re: {cx['client']}", f"Re: {cx['ref']}", "Availability", "Re: Offer"])
        if kind == "apply":
            subj = f"{cx['role']} - {cx['ref']}"
    return dict(from_name=cx["cand"], from_addr=cx["caddr"], to=cx["raddr"], subject=subj, text=text, folder="Sent",
                labels=labels, company=cx["client"] if kind != "invoice" else None, topics=[], oc=[])


BACKOFFICE = [
    ("Timesheet reminder - week ending Friday", "Your timesheet for last week has not been submitted. Please submit by 12pm Monday to be included in this week's pay run.", "Timesheets", "timesheets@"),
    ("Your payslip is ready", "Your umbrella payslip for this week is available in the portal. Gross {rate} x 5 days, less employer costs and margin.", "Payroll", "payroll@"),
    ("Invoice query", "We can't match invoice INV-{n} to an approved timesheet. Could you check the days billed against the PO?", "Accounts Payable", "ap@"),
    ("Status Determination Statement", "Following the assessment of your engagement, the client has determined it falls {ir35}. The SDS is attached; you may dispute it within 45 days.", "Compliance", "compliance@"),
    ("Umbrella company - welcome", "Welcome to the umbrella. Your employment contract and key information document are attached. Please sign both before your first timesheet.", "Onboarding", "welcome@"),
    ("Insurance renewal", "Your professional indemnity and public liability cover renew next month. Contractors on our scheme save 15%.", "Contractor Cover", "renewals@"),
    ("Expenses rejected", "Your expense claim for hotel costs has been rejected because no receipt was attached. Please resubmit with receipts.", "Expenses", "expenses@"),
    ("Remittance advice", "Payment of {rate} x {d} days has been made to your limited company account. Reference INV-{n}.", "Accounts", "accounts@"),
    ("Reminder: end of assignment", "Your current assignment ends in four weeks. Let your consultant know your availability so they can line up your next role.", "Contract Care", "care@"),
    ("Security vetting form", "To complete your BPSS clearance for your new assignment, please fill in the attached form and return a certified copy of your passport.", "Vetting", "vetting@"),
]


def fam_backoffice(rng, kind, cx):
    subj, body, who, local = BACKOFFICE[kind]
    body = body.format(rate=cx["rate"], n=rng.randint(1000, 9999), ir35=cx["ir35"], d=rng.randint(12, 22))
    dom = rng.choice([cx["dom"], "payroll-umbrella.co.uk", "paysafe-umbrella.com", "contractorhub.example"])
    text = "\n\n".join(b for b in [rng.choice([f"Dear {cx['first']},", f"Hi {cx['first']},", "Dear Contractor,"]), body,
                                    rng.choice(["Any questions, reply to this email.", "Thank you.", "This is an automated message.", ""]),
                                    f"{who} Team", W.footer(rng, cx["agency"], cx["dom"]) if rng.random() < 0.5 else ""] if b)
    return dict(from_name=f"{who} Team", from_addr=local + dom, subject=rng.choice(["", "", "[Action] "]) + subj + rng.choice(["", f" - {cx['ref']}"]),
                text=text, labels=[], company=None, topics=[], oc=[])


def fam_news(rng, kind, cx):
    pub = rng.choice(["The Contractor Ledger", "DayRate Digest", "Freelance Pulse", "Interim Weekly", "Outside Chance (IR35 news)"])
    items = {
        "market": (f"{pub}: contract market report", [
            f"Average day rates for {cx['skill']} roles rose {rng.randint(1, 9)}% this quarter while the number of live contracts fell.",
            "Why so many contractors are being told 'the client has gone with another contractor' - and how to stand out in a three-hour shortlist.",
            "Offshore teams are winning more work: we look at which roles are most exposed.",
            "Reader question: how do I ask for feedback after an interview without burning the agency relationship?",
        ]),
        "survey": ("Take our 2025 day rate survey", [
            "How much are you charging this year? Take our 4-minute anonymous survey and get the full rate report free.",
            "Last year's results: median outside-IR35 rate up 6%, umbrella usage at a record high.",
        ]),
        "webinar": ("Webinar: Acing the end-client interview", [
            f"Join our live session on {W.long_date(rng)} at 1pm: how to handle the technical interview, pitch your rate and negotiate extensions.",
            "Free for members. Register below - this is a training event, not a job interview.",
        ]),
        "ir35": ("IR35 update: what the latest tribunal means for you", [
            "A new tribunal ruling puts substitution clauses back in the spotlight.",
            "Our experts explain what to check in your next statement of work before you sign an offer.",
        ]),
        "alert": ("Contract jobs alert: 12 new roles", [
            f"{cx['role']} - {cx['rate']}/day - London (hybrid)", f"{rng.choice(W.CONTRACT_ROLES)[0]} - {W.day_rate(rng)}/day - Remote",
            f"{rng.choice(W.CONTRACT_ROLES)[0]} - {W.day_rate(rng)}/day - Manchester", "Apply now - roles close fast.",
        ]),
    }
    subj, paras = items[kind]
    paras = paras + [f"You are receiving this because you subscribed to {pub}. Unsubscribe | Manage preferences"]
    html = W.paras_to_html(paras, rng, brand=pub) if rng.random() < 0.6 else None
    text = "" if (html and rng.random() < 0.5) else "\n\n".join(paras)
    return dict(from_name=pub, from_addr=f"news@{W.slug(pub)}.com", subject=subj, text=text, html=html, labels=[], company=None, topics=[], oc=[])


LOOKS = [
    ("Mortgage decision in principle", "Unfortunately we are unable to offer a mortgage at this time. Our criteria require 12 months of contracting history or two years' limited company accounts.", "Homebridge Mortgages", "decisions@homebridge-example.co.uk"),
    ("Your rental application", "Thank you for applying for the flat on Cavendish Road. The landlord has decided to go with another applicant whose income could be verified by payslips.", "Lettings Team", "lettings@keysandkeys-example.co.uk"),
    ("Business loan application", "After careful review we have declined your application for a start-up loan for your consultancy. You may apply again in 6 months.", "SME Lending", "noreply@smelending-example.com"),
    ("Talk proposal - DevOpsDays", "Thank you for submitting 'Terraform at scale'. We received 300 proposals for 24 slots and were not able to include yours in the programme.", "Programme Committee", "cfp@devopsdays-example.org"),
    ("URGENT: Remote contract offer - $950/day", "Congratulations, you have been selected for a remote consultant contract. To release your contract, purchase the onboarding laptop from our vendor and we will reimburse you.", "HR Onboarding", "hr.onboarding.team2025@gmail.com"),
    ("Job offer letter - Data Analyst", "We are pleased to offer you the position. Before starting, send your bank login so payroll can verify your account.", "Recruitment Dept", "recruit@global-careers-hiring.top"),
    ("Visa decision", "Your application for a skilled worker visa extension has been refused as the sponsoring employer's licence has lapsed.", "Visa Processing", "no-reply@visadecisions-example.gov"),
    ("Coworking membership", "We're sorry, our hot-desk membership is full this month and we can't add you to the plan. You're on the waitlist.", "Hive Desk", "hello@hivedesk-example.com"),
    ("Re: beers friday?", "Friday works! Also did that Terraform gig come through or are you still sweating on it?", "Sam", "samwilde84@gmail.com"),
    ("Out of Office: Re: Contract", "I'm on annual leave until Monday with no access to email. For urgent contract queries please contact the team line.", "", ""),
    ("Delivery Status Notification (Failure)", "Your message wasn't delivered to the recipient because the address couldn't be found. Check for typos.", "Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    ("Grant application", "The Innovation Fund panel has decided not to award funding to your project this round.", "Innovation Fund", "grants@innovationfund-example.org"),
    ("Sprint review moved", "Sprint review is moved to Thursday 3pm as the product owner is out. Please update the demo notes.", "Delivery Lead", "delivery@currentclient-example.com"),
    ("On-call rota", "Next week's on-call: you're primary Tuesday/Wednesday. Swap requests in the channel please.", "Platform Team", "platform@currentclient-example.com"),
]


def fam_lookalike(rng, kind, cx):
    subj, body, name, addr = LOOKS[kind]
    if not addr:
        name, addr = cx["rec"], cx["raddr"]
        body += f"\n\n{cx['rec']}\n{cx['agency']}"
    text = "\n\n".join(b for b in [rng.choice([f"Dear {cx['first']},", f"Hi {cx['first']},", "Hello,", ""]), body,
                                    rng.choice(["Regards,", "Thanks,", "Best wishes,", ""]),
                                    rng.choice(["", f"Ref: {rng.randint(100000, 999999)}", "Please do not reply to this email."])] if b)
    return dict(from_name=name, from_addr=addr, subject=subj, text=text, labels=[], company=None, topics=[], oc=[])


PLAN = {
    "agencyquick": (fam_agencyquick, 80, {"inv": 11, "rej": 10, "rejfb": 10, "offer": 6, "rejinv": 4, "rate": 5, "cold": 5, "ack": 5,
                                          "extension": 5, "thanks": 5, "update": 5, "closed": 4, "onboard": 5}),
    "agencyformal": (fam_agencyformal, 48, {"ack": 14, "ackinv": 6, "rej": 8, "update": 6, "compliance": 7, "closed": 3, "onboard": 4}),
    "phone": (fam_phone, 46, {"inv": 9, "rej": 8, "rejfb": 5, "offer": 5, "rate": 5, "cold": 5, "extension": 4, "reminder": 5}),
    "market": (fam_market, 70, {"ack": 14, "rej": 10, "inv": 10, "offer": 7, "invjob": 5, "viewed": 4, "jobs": 4, "paid": 4, "profile": 4, "review": 4, "ended": 3}),
    "endclient": (fam_endclient, 44, {"inv": 8, "rejfb": 8, "sow": 5, "offer": 2, "rej": 3, "thanks": 6, "extension": 6, "interviewee": 6}),
    "thread": (fam_thread, 44, {"fb": 10, "rejfb": 4, "inv": 6, "rej": 5, "cantshare": 6, "reminder": 7, "update": 6}),
    "sent": (fam_sent, 54, {"fbreq": 26, "counter": 6, "withdraw": 5, "accept": 6, "avail": 6, "apply": 5, "invoice": 4}),
    "backoffice": (fam_backoffice, 26, None),
    "news": (fam_news, 24, {"market": 6, "survey": 4, "webinar": 5, "ir35": 4, "alert": 5}),
    "lookalike": (fam_lookalike, 28, None),
}
_TABLES = {"backoffice": BACKOFFICE, "lookalike": LOOKS}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (fn, n, mix) in PLAN.items():
        family = f"{FAMILY_PREFIX}-{fam}"
        if mix is None:
            kinds: list = [i % len(_TABLES[fam]) for i in range(n)]
        else:
            kinds = [k for k, c in mix.items() for _ in range(c)]
        rng.shuffle(kinds)
        for i, kind in enumerate(kinds):
            cx = _ctx(rng)
            out = fn(rng, kind, cx)
            yield W.record(
                rid=f"{family}-{i}", family=family, folder=out.get("folder", "INBOX"), from_name=out["from_name"],
                from_addr=out["from_addr"], to_addr=out.get("to", cx["caddr"]), subject=out["subject"], body_text=out["text"],
                body_html=out.get("html"), labels=out["labels"], company=out["company"], topics=out["topics"],
                outside_control=out["oc"],
            )
