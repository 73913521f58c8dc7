"""Writer w36, retained executive search: partners, researchers, portals, Chairs and the candidate's Sent mail.

Discreet long letters about director, VP, C-level and board roles; shortlists, psychometrics,
referencing, packages with LTIP and notice periods; look-alikes from the same world.
"""

from __future__ import annotations

import random
from typing import Iterable

import _w36_world as W
import _w36_say as S

FAMILY_PREFIX = "w36search"


# ---------------------------------------------------------------- content cores
def _weak(rng: random.Random, n: int) -> tuple[list[str], list[str]]:
    topics = rng.sample(sorted(S.EXEC_WEAK), k=n)
    return [rng.choice(S.EXEC_WEAK[t]) for t in topics], topics


def _reason(rng: random.Random, allowed: list[str] | None = None) -> tuple[str, list[str]]:
    key = rng.choice(allowed or sorted(S.EXEC_REASON))
    return rng.choice(S.EXEC_REASON[key]), [key]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def c_rej(rng, cx, with_fb=False, fb_n=None):
    client, role = cx["client"], cx["role"]
    opener = rng.choice([
        f"I am sorry to be writing with disappointing news on the {role} appointment at {client}.",
        f"I wanted to let you know where things have landed with {client}, and I am afraid it is not the outcome either of us hoped for.",
        f"Following the final panel, {client} have now reached a decision on the {role} role.",
        f"I have just come off the phone with the Chair of {client} about the {role} search.",
        f"Thank you for all the time you have given to the {client} process over recent weeks.",
        f"Having spoken with the Nominations Committee at {client} this morning, I wanted to update you promptly.",
    ])
    oc: list[str] = []
    topics: list[str] = []
    mid = []
    r = rng.random()
    if r < 0.5:
        reason, oc = _reason(rng)
        mid.append(rng.choice([
            f"In short, {reason}, so they will not be taking your candidacy further.",
            f"{_cap(reason)}. That means they will not be progressing with you, I'm afraid.",
            f"I'm afraid {reason}, and your candidacy therefore comes to a close here.",
            f"The headline is that {reason}; they won't be moving forward with your application.",
        ]))
    else:
        mid.append(rng.choice([
            "After a great deal of deliberation, they have decided not to take your candidacy forward to the final stage.",
            "They have concluded that they will not be progressing you, and I wanted you to hear it from me first.",
            "The committee has decided to move forward with other finalists.",
            "It was a genuinely close call, but on this occasion they have chosen another candidate.",
            "They will not be making you an offer on this occasion.",
            "They have decided you will not be on the final shortlist presented to the board.",
        ]))
    if with_fb:
        n = fb_n or rng.choice([1, 1, 2, 2, 3])
        weak, topics = _weak(rng, n)
        intro = rng.choice([
            "I pressed them for specifics, and I think it is useful for you to hear them candidly.",
            "The feedback I was given, which I am passing on verbatim as far as I can:",
            "In the spirit of candour, here is what came back from the panel.",
            "You asked me to be direct, so:",
        ])
        praise = rng.choice(S.EXEC_PRAISE) if rng.random() < 0.7 else ""
        if rng.random() < 0.4:
            mid.append(intro + "\n" + "\n".join(f"- {_cap(w)}." for w in weak))
        else:
            mid.append(" ".join(x for x in [intro, praise, "However, " + "; and ".join(weak) + "."] if x))
    elif rng.random() < 0.4:
        mid.append(rng.choice([
            "They were keen to stress that the field was exceptionally strong; I'm afraid they gave me nothing more specific than that.",
            "The client's policy is not to give detailed feedback at this stage, which I appreciate is frustrating.",
            "It was, by all accounts, a very strong shortlist.",
        ]))
    tail = rng.choice([
        "I would very much like to keep in touch; there will be other mandates where you are exactly right.",
        "Please do not read too much into this. I'd like to have a coffee in the new year and talk about what comes next.",
        "I'll keep you in mind for future board work, and will of course keep your details on file.",
        "Thank you for the grace with which you have handled the process.",
        "",
    ])
    labels = ["rejection"] + (["feedback"] if with_fb else [])
    subj = rng.choice([f"{client} - {role}", f"{role}: update", f"Confidential - {client}", "Update", f"Project {cx['code']}"])
    return subj, [opener] + mid + [tail], labels, client, topics, oc


def c_fb_only(rng, cx):
    client = cx["client"]
    weak, topics = _weak(rng, rng.choice([1, 2, 2, 3]))
    paras = [
        rng.choice([
            f"As promised, I went back to {client} for fuller feedback.",
            f"I've now had a proper debrief with the Chair of {client}.",
            "Thanks for asking, and for being so gracious about the outcome.",
            f"I managed to catch the CEO of {client} yesterday and asked for more colour.",
        ]),
        rng.choice(S.EXEC_PRAISE) + " " + rng.choice(["Where it fell down was this:", "The hesitation was around a few points:", "The areas they flagged:"]),
        "\n".join(f"- {_cap(w)}." for w in weak) if rng.random() < 0.5 else _cap("; ".join(weak)) + ".",
        rng.choice(["None of this is fatal, and much of it is about positioning for next time.",
                    "I'd be glad to work on the positioning with you before the next process.",
                    "I hope that is helpful, even if it is not easy reading.", ""]),
    ]
    subj = rng.choice([f"Feedback - {client}", f"{cx['role']} feedback", "Your feedback", f"Project {cx['code']} debrief"])
    return subj, paras, ["feedback"], client, topics, []


def c_inv(rng, cx):
    client, role = cx["client"], cx["role"]
    step = rng.choice([
        ("The Chair would like to meet you", f"over breakfast at {rng.choice(['the Goring', 'their offices in Mayfair', 'the Caledonian Club', 'the Shard', 'their Leeds headquarters'])}"),
        ("The CEO would like to meet you for a first conversation", "by video, for an hour"),
        ("the client would like you to complete the psychometric assessment", "online, within the next five working days"),
        ("the Nominations Committee would like you to come in for a final interview", "at their head office"),
        ("they would like you to present your first-hundred-days thinking to the board", "in a 30-minute slot followed by questions"),
        ("the Senior Independent Director would like to meet you", "informally, over coffee"),
        ("they would like to invite you to a shortlist interview", "with a panel of four"),
        ("they would like a further conversation with you and the Group HR Director", "on Teams"),
    ])
    when = rng.choice([
        f"They have suggested {W.long_date(rng)} at {W.time_slot(rng)}, but there is some flexibility.",
        f"Could you let me have three or four windows over the next fortnight?",
        "Please use the link below to choose a slot that suits: https://calendly.com/" + W.slug(cx["firm"]) + "/shortlist",
        f"Their EA will send a diary invitation once you confirm you are free on {W.long_date(rng)}.",
        "The assessment takes around 90 minutes and you will receive an access code from the provider.",
    ])
    paras = [
        rng.choice([
            f"Good news on {client}.", f"I'm pleased to say that {client} would like to take things further.",
            f"The feedback from your first meeting with {client} has been very positive.",
            f"Following the longlist review for the {role} appointment, you are one of five candidates being progressed.",
            f"Further to our conversation about the {role} mandate,",
        ]) + f" {_cap(step[0])}, {step[1]}.",
        when,
        rng.choice(["I'll send a briefing pack with the latest board minutes and the strategy paper beforehand.",
                    "Happy to prepare you beforehand; I know the Chair well.",
                    "Dress code is business, though they are fairly relaxed.", ""]),
    ]
    subj = rng.choice([f"{client} - next step", f"{role} | next stage", "Next steps", f"Project {cx['code']}: meeting the Chair",
                       f"Invitation: {role} interview", f"{client} psychometrics"])
    return subj, paras, ["interview_invite"], client, [], []


def c_ack(rng, cx, with_inv=False):
    client, role = cx["client"], cx["role"]
    paras = [
        rng.choice([
            f"Thank you for your application for the position of {role} at {client}. I confirm we have received your CV and supporting statement.",
            f"This is to acknowledge receipt of your application for the {role} role with {client}.",
            f"Many thanks for sending through your details for the {client} {role} appointment; they have safely reached us.",
            f"We have received your expression of interest in the {role} position and your documents are now with the search team.",
        ]),
    ]
    if with_inv:
        paras.append(rng.choice([
            "As part of the process, all candidates are asked to complete an online psychometric profile. Please complete it via the link that follows within seven days.",
            "The next step is a 45-minute video interview with one of our consultants; please book a time using the scheduling link.",
            f"We would like to invite you to an initial conversation with {cx['partner']}, the partner leading the search. Please propose two times next week.",
        ]))
    else:
        paras.append(rng.choice([
            f"The longlist will be reviewed with the client in the week of {W.long_date(rng)} and we will be in touch after that.",
            "We will review all applications after the closing date and contact you again in due course.",
            "Given the volume of interest, it may be a few weeks before we can give you an update.",
        ]))
    paras.append(rng.choice(["All applications are treated in the strictest confidence.", "Please do not contact the client directly.", ""]))
    subj = rng.choice([f"Application received - {role}, {client}", f"Your application: {role}", f"Ref {cx['code']}: acknowledgement",
                       f"{client} | {role} | confirmation"])
    labels = ["application_ack"] + (["interview_invite"] if with_inv else [])
    return subj, paras, labels, client, [], []


def c_offer(rng, cx):
    client, role = cx["client"], cx["role"]
    base = W.money(rng, 180000, 420000)
    paras = [
        rng.choice([
            f"I'm delighted to tell you that the board of {client} would like to offer you the role of {role}.",
            f"Wonderful news: {client} want to appoint you as {role}, and I am writing to set out the offer.",
            f"The Remuneration Committee has approved the package and {client} are formally offering you the position of {role}.",
        ]),
        rng.choice([
            f"The package is a base of {base}, a bonus of up to {rng.choice([60, 80, 100, 120])}% of salary, and an LTIP award of {rng.choice([100, 125, 150, 200])}% vesting over three years.",
            f"Base salary {base}; annual bonus opportunity {rng.choice([50, 75, 100])}%; LTIP participation at {rng.choice([100, 150])}% of base; pension contribution {rng.choice([8, 10, 12])}%.",
            f"They are proposing {base} base with the standard executive bonus and LTIP, plus a buy-out of your unvested shares.",
        ]),
        rng.choice([
            "They understand you have a six-month notice period and are content to wait, though they would welcome any early release.",
            "They will put the offer in writing this week, subject to references and the usual board approvals.",
            "The service agreement will follow from their General Counsel.",
        ]),
        rng.choice(["Could we speak tonight?", "Congratulations - thoroughly deserved.", "Let me know your initial reaction and we can discuss the detail.", ""]),
    ]
    subj = rng.choice([f"{client} - offer", "Offer", f"{role}: the board's offer", "Good news", f"Project {cx['code']} - offer"])
    return subj, paras, ["offer"], client, [], []


def c_rejinv(rng, cx):
    client, role = cx["client"], cx["role"]
    other_role = rng.choice([r for r in W.EXEC_ROLES if r != role])
    reason, oc = _reason(rng, ["closer_fit", "level_mismatch", "role_filled"]) if rng.random() < 0.6 else ("", [])
    paras = [
        f"I'm afraid {client} will not be taking you forward for the {role} role" + (f": {reason}." if reason else "."),
        rng.choice([
            f"However, and this is why I'm calling it good news as well, they were impressed enough that they would like to meet you about the {other_role} position, which is being created now.",
            f"The silver lining: the CEO has asked whether you would be open to a conversation about the {other_role} role. She'd like to meet next week.",
            f"That said, they want to interview you for the {other_role} vacancy instead. Could you do {W.long_date(rng)}?",
        ]),
        rng.choice(["Shall I set that up?", "Let me know and I'll get the diary moving.", ""]),
    ]
    subj = rng.choice([f"{client}", f"{client} - a change of direction", "Update, and another idea", f"{role} / {other_role}"])
    return subj, paras, ["rejection", "interview_invite"], client, [], oc


# ---- negatives in the same world
def n_cold(rng, cx):
    named = rng.random() < 0.35
    who = cx["client"] if named else rng.choice(["a FTSE 250 industrial", "a private-equity-backed healthcare group",
                                                  "a family-owned consumer business", "a listed specialty insurer",
                                                  "a mutual with a strong social purpose", "a Nordic-owned engineering group"])
    paras = [
        rng.choice([
            f"I am leading a search for the {cx['role']} of {who} and your name came up in several conversations.",
            f"We have been retained by {who} to find their next {cx['role']}. I'd value fifteen minutes of your time.",
            f"I wondered whether you might be open to a confidential conversation about a {cx['role']} role at {who}.",
        ]),
        rng.choice([
            "Even if the timing isn't right for you, I would be grateful for any suggestions.",
            "I appreciate you may be very settled; if so, perhaps you could point me to someone who should be on my list.",
            "The package is competitive and includes an LTIP.",
        ]),
    ]
    subj = rng.choice(["Confidential conversation", f"{cx['role']} - a confidential approach", "A discreet approach",
                       "Introduction", "Could we speak?"])
    return subj, paras, [], cx["client"] if named else None, [], []


def n_update(rng, cx):
    paras = [
        rng.choice([
            f"Just a brief update on {cx['client']}: the client is still interviewing and expects to decide on the shortlist by the end of the month.",
            f"No news yet from {cx['client']}, I'm afraid. The Chair has been travelling and the committee meets again on {W.long_date(rng)}.",
            f"Your candidacy for the {cx['role']} role remains under active consideration; I will update you as soon as I hear.",
            f"The {cx['client']} process has slowed slightly because of the results timetable. Nothing to read into it.",
        ]),
        rng.choice(["Please bear with us.", "I'll be in touch as soon as I have something.", "Thank you for your patience.", ""]),
    ]
    subj = rng.choice([f"{cx['client']} - holding note", "Quick update", f"{cx['role']} - timing", "Re: timing"])
    return subj, paras, [], cx["client"], [], []


def n_refs(rng, cx):
    paras = [
        rng.choice([
            f"As {cx['client']} approach the final stage, we have started referencing. Could you send contact details for two referees, one a former Chair?",
            "Our referencing team will contact the referees you named this week. Please let them know to expect a call.",
            f"Ahead of the {cx['client']} board, we need to complete background checks. A form from our screening provider will follow.",
        ]),
        rng.choice(["We will not approach your current employer without your explicit consent.", "All of this is handled discreetly.", ""]),
    ]
    subj = rng.choice(["Referees", "Referencing", f"{cx['client']} - background checks", "Next admin step"])
    return subj, paras, [], cx["client"], [], []


def n_thanks(rng, cx):
    paras = [
        rng.choice([
            f"Thank you for your time with the {cx['client']} panel today. I'll collect their views and come back to you next week.",
            "Thanks for making the trip in today - I thought it went well from where I was sitting.",
            f"A quick thank you for meeting the Chair this morning. She's away until Thursday, so it'll be early next week before I have her thoughts.",
        ]),
        rng.choice(["Have a good evening.", "Safe journey home.", "More soon.", ""]),
    ]
    return rng.choice(["Today", "Thank you", f"{cx['client']} - today", "Re: this morning"]), paras, [], cx["client"], [], []


def n_reminder(rng, cx):
    paras = [
        rng.choice([
            f"A reminder that your meeting with the Chair of {cx['client']} is on {W.long_date(rng)} at {W.time_slot(rng)}. Reception will expect you.",
            f"Just confirming the arrangements for tomorrow: {W.time_slot(rng)}, second floor, ask for the Company Secretary.",
            "Your psychometric assessment is still open; the provider tells me it is about half complete. The link closes on Friday.",
            f"This confirms the slot you booked for your interview with {cx['partner']}. No action needed.",
        ]),
        rng.choice(["Parking is available on site.", "Good luck!", "Any problems, call me on my mobile.", ""]),
    ]
    return rng.choice(["Tomorrow", "Reminder", "Confirmed", f"{cx['client']} - arrangements"]), paras, [], cx["client"], [], []


def n_closed_before(rng, cx):
    paras = [
        rng.choice([
            f"Thank you for getting in touch about the {cx['role']} role. I'm afraid that search concluded last month, so I can't put you forward.",
            f"Sorry to disappoint: the {cx['client']} mandate closed before I had a chance to reply to your note.",
            "The brief you spotted on our website is out of date; that appointment was made in the spring.",
        ]),
        "I've added your details to our database so we can contact you about future roles.",
    ]
    return rng.choice(["Re: your enquiry", "Re: introduction", "Your note"]), paras, [], cx["client"], [], []


def n_cantshare(rng, cx):
    paras = [
        rng.choice([
            f"I did ask {cx['client']} for more detail, but they have a firm policy of not giving individual feedback beyond the outcome.",
            "I'm sorry - the client won't be sharing any feedback beyond saying the field was very strong.",
            "I'm afraid I can't give you more than I already have; the committee's deliberations are confidential.",
        ]),
        rng.choice(["I know that isn't what you hoped to hear.", "I'll keep you in mind for future roles.", ""]),
    ]
    return rng.choice(["Re: feedback", "Re: a follow-up", "Re: " + cx["client"]]), paras, [], cx["client"], [], []


def n_onboard(rng, cx):
    paras = [
        rng.choice([
            f"Now that you have signed with {cx['client']}, their Company Secretary will be in touch about the director's onboarding pack and PDMR notification.",
            f"Welcome aboard. Attached is the induction programme for your first month at {cx['client']}, including site visits.",
            "Please return the signed D&O questionnaire and the conflicts register by the end of the week.",
        ]),
        rng.choice(["Congratulations again.", "Delighted for you.", ""]),
    ]
    return rng.choice(["Onboarding", "Induction", "Next steps after signing", "Director's paperwork"]), paras, [], cx["client"], [], []


CORE = {
    "rej": lambda rng, cx: c_rej(rng, cx),
    "rejfb": lambda rng, cx: c_rej(rng, cx, with_fb=True),
    "fb": c_fb_only, "inv": c_inv,
    "ack": lambda rng, cx: c_ack(rng, cx), "ackinv": lambda rng, cx: c_ack(rng, cx, with_inv=True),
    "offer": c_offer, "rejinv": c_rejinv,
    "cold": n_cold, "update": n_update, "refs": n_refs, "thanks": n_thanks, "reminder": n_reminder,
    "closedbefore": n_closed_before, "cantshare": n_cantshare, "onboard": n_onboard,
}


def _ctx(rng: random.Random) -> dict:
    firm, dom = rng.choice(W.SEARCH_FIRMS)
    partner = W.person(rng)
    cand, caddr = rng.choice(W.CANDIDATES)
    return {
        "firm": firm, "dom": dom, "partner": partner, "paddr": W.email_of(partner, dom, rng),
        "client": rng.choice(W.EXEC_CLIENTS), "role": rng.choice(W.EXEC_ROLES), "cand": cand, "caddr": caddr,
        "code": rng.choice(["Heron", "Atlas", "Lantern", "Cobalt", "Juniper", "Kite", "Orion", "Wren", "Saltmarsh", "Bishop"]),
    }


def _greet(rng, cx) -> str:
    first = cx["cand"].split()[0]
    return rng.choice([f"Dear {first},", f"{first},", f"Dear {cx['cand']},", f"Hi {first},", f"Good afternoon {first},"])


# ---------------------------------------------------------------- family wrappers
def fam_partnerletter(rng, kind, cx):
    subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
    body = [_greet(rng, cx), rng.choice(S.OPEN_WARM)] + paras + [rng.choice(S.CLOSE_WARM),
            rng.choice(["With warm regards,", "Yours sincerely,", "Best wishes,", "Kind regards,"]),
            W.signature(rng, cx["partner"], rng.choice(["Partner", "Managing Partner", "Partner, Board Practice", "Senior Partner"]), cx["firm"], cx["dom"]),
            W.footer(rng, cx["firm"], cx["dom"])]
    subj = rng.choice(["", "", "Private & Confidential: ", "STRICTLY CONFIDENTIAL - ", "[External] "]) + subj
    return dict(from_name=cx["partner"], from_addr=cx["paddr"], subject=subj, text="\n\n".join(b for b in body if b),
                labels=labels, company=company, topics=topics, oc=oc)


def fam_researcher(rng, kind, cx):
    subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
    res = W.person(rng)
    body = [rng.choice([f"Hello {cx['cand'].split()[0]},", f"Dear {cx['cand']},", "Hello,"])] + paras + [
        rng.choice([f"I work with {cx['partner']} on this assignment.", "I'm the researcher supporting this search.", ""]),
        rng.choice(["Best,", "Many thanks,", "Regards,"]) + "\n" + res + "\n" + rng.choice(["Research Associate", "Search Consultant", "Associate", "Project Coordinator"]) + f" | {cx['firm']}",
        W.footer(rng, cx["firm"], cx["dom"]) if rng.random() < 0.6 else ""]
    return dict(from_name=f"{res} ({cx['firm']})" if rng.random() < 0.4 else res, from_addr=W.email_of(res, cx["dom"], rng),
                subject=subj, text="\n\n".join(b for b in body if b), labels=labels, company=company, topics=topics, oc=oc)


def fam_portal(rng, kind, cx):
    subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
    firm = cx["firm"]
    button = {"ackinv": "Start assessment", "inv": "Book your slot", "profile": "Complete profile", "status": "View your candidacy"}.get(kind, "Open portal")
    paras2 = [f"Dear {cx['cand'].split()[0]},"] + paras + [f"{firm} Candidate Portal", "You are receiving this because you registered with us. Manage preferences: https://" + cx["dom"] + "/prefs"]
    html = W.paras_to_html(paras2, rng, brand=firm, button=button)
    text = "" if rng.random() < 0.55 else "\n\n".join(p for p in paras2 if p)
    return dict(from_name=rng.choice([f"{firm} Candidate Portal", f"{firm}", f"{firm} (no-reply)"]),
                from_addr=f"no-reply@portal.{cx['dom']}", subject=subj, text=text, html=html,
                labels=labels, company=company, topics=topics, oc=oc)


def p_status(rng, cx):
    paras = [rng.choice([
        f"The status of your candidacy for {cx['role']} ({cx['client']}) has been updated. Sign in to view it.",
        f"Your application for {cx['role']} is still under review by the search team.",
        f"There has been activity on your candidacy for Ref {cx['code']}-{rng.randint(100, 999)}. Log in for details.",
    ])]
    return rng.choice(["Candidacy update", "Status change", f"{cx['role']} - your candidacy", "Activity on your profile"]), paras, [], cx["client"], [], []


def p_profile(rng, cx):
    paras = [rng.choice([
        "Your candidate profile is 60% complete. Adding your board experience and current remuneration helps our partners match you to mandates.",
        "Please complete your profile so that we can consider you for future board and executive appointments.",
        "We noticed you have not uploaded an up-to-date CV. Complete your profile in two minutes.",
    ])]
    return rng.choice(["Complete your profile", "Your profile is incomplete", "One more step"]), paras, [], None, [], []


CORE["status"] = p_status
CORE["profile"] = p_profile


def fam_replythread(rng, kind, cx):
    """Short new text over quoted history; the quote never decides the label."""
    if kind == "fb":
        subj, paras, labels, company, topics, oc = c_fb_only(rng, cx)
        old = _sent_fbreq_text(rng, cx)
        old_from, old_addr = cx["cand"], cx["caddr"]
    elif kind == "cantshare":
        subj, paras, labels, company, topics, oc = n_cantshare(rng, cx)
        old = _sent_fbreq_text(rng, cx)
        old_from, old_addr = cx["cand"], cx["caddr"]
    else:
        subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
        # quote an earlier message of a different kind (e.g. an old invitation under a reminder)
        oldkind = rng.choice(["inv", "update", "thanks", "ack"])
        _, opar, *_ = CORE[oldkind](rng, cx)
        old = "\n\n".join([_greet(rng, cx)] + opar + [cx["partner"]])
        old_from, old_addr = cx["partner"], cx["paddr"]
    top = "\n\n".join([rng.choice([cx["cand"].split()[0] + ",", "Hi " + cx["cand"].split()[0] + ",", ""])] + paras +
                      [cx["partner"].split()[0] + "\n" + rng.choice(["Sent from my iPhone", "", cx["firm"]])])
    q = W.quote(old, old_from, old_addr, cx["partner"], subj, rng)
    return dict(from_name=cx["partner"], from_addr=cx["paddr"], subject=rng.choice(["Re: ", "RE: ", "Re: Re: "]) + subj,
                text=top.strip() + "\n\n" + q, labels=labels, company=company, topics=topics, oc=oc)


def fam_chair(rng, kind, cx):
    """The client's Chair or CEO writing directly, copying the search partner."""
    chair = W.person(rng)
    cdom = W.slug(cx["client"]) + rng.choice([".com", ".co.uk", ".group"])
    if kind == "thanks":
        subj, paras = "Thank you", [rng.choice([
            "Thank you for coming to see me today. I enjoyed our conversation and will compare notes with colleagues before we come back to you through the search firm.",
            "Thanks for the time this morning. It was good to hear your perspective on the capital allocation question.",
        ])]
        labels, topics, oc = [], [], []
    elif kind == "dinner":
        subj, paras = "Board dinner - logistics", [rng.choice([
            f"Ahead of your start, you would be very welcome at the board dinner on {W.long_date(rng)}. Dress is lounge suits.",
            "My EA will share the directions and the seating plan for the strategy away-day you have already agreed to attend.",
        ])]
        labels, topics, oc = [], [], []
    elif kind == "inv":
        subj = rng.choice(["Next conversation", "Meeting", f"{cx['role']} - next stage", "Would you come in?"])
        paras = [rng.choice([
            f"Thank you for the time you have already given us. I would very much like you to meet two of my board colleagues before we settle the shortlist.",
            f"I enjoyed our first conversation and would like to continue it. Would you be able to join me and the Senior Independent Director for lunch on {W.long_date(rng)}?",
            "Our Nominations Committee would like to invite you to a final interview. My office will offer you times; please pick whichever suits.",
        ]), rng.choice(["The search firm will brief you on the format.", "It will be informal but thorough.", ""])]
        labels, topics, oc = ["interview_invite"], [], []
    elif kind == "offer":
        subj = rng.choice(["Our offer", f"{cx['role']}", "Delighted"])
        paras = [rng.choice([
            f"On behalf of the board, I am delighted to offer you the role of {cx['role']}. The Remuneration Committee has approved a base salary of {W.money(rng, 190000, 400000)}, with bonus and LTIP on our standard executive terms.",
            f"I am writing to confirm that the board would like you to join us as {cx['role']}. Our General Counsel will send the service agreement; we recognise your notice period and will work around it.",
        ]), rng.choice(["I very much hope you will say yes.", "We are all excited at the prospect of working with you.", ""])]
        labels, topics, oc = ["offer"], [], []
    else:  # rej / rejfb in the Chair's own voice
        subj = rng.choice(["Our decision", f"{cx['role']} appointment", "Thank you"])
        paras = [rng.choice([
            "I wanted to write personally rather than leave this to the search firm. After long discussion the committee has decided to appoint another candidate.",
            "Thank you for your patience through a long process. I'm sorry to tell you that we will not be offering you the role.",
            "It is with real regret that I write to say we have decided to proceed with another finalist.",
        ])]
        labels, topics, oc = ["rejection"], [], []
        if kind == "rejfb":
            weak, topics = _weak(rng, rng.choice([1, 2, 2]))
            paras.append(rng.choice(["So that this is of some use to you: ", "In fairness to you, the honest reasons: ", "If it helps, "]) + "; and ".join(weak).replace("the Chair said she", "I").replace("the Chair's view was", "my view was").replace("the Chair", "I") + ".")
            labels.append("feedback")
    body = [rng.choice([f"Dear {cx['cand'].split()[0]},", f"Dear {cx['cand']},"])] + paras + [
        rng.choice(["Yours,", "With best wishes,", "Regards,"]) + "\n" + chair + "\n" + rng.choice(["Chair", "Chief Executive", "Chair of the Board", "Chair, Nominations Committee"]) + f", {cx['client']}",
        f"cc: {cx['partner']}, {cx['firm']}" if rng.random() < 0.5 else ""]
    return dict(from_name=chair, from_addr=W.email_of(chair, cdom, rng), subject=subj, text="\n\n".join(b for b in body if b),
                labels=labels, company=cx["client"], topics=topics, oc=oc)


def fam_forward(rng, kind, cx):
    """The partner forwards the client's note in an Outlook block, adding a line on top."""
    subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
    hr = W.person(rng)
    cdom = W.slug(cx["client"]) + ".com"
    inner = "\n\n".join([f"Dear {cx['cand'].split()[0]},"] + paras + [hr, "Group HR Director, " + cx["client"]])
    gist = {
        "inv": ["Good news below: they want to see you again.", "They'd like to meet you - see the note below and let me know your availability."],
        "rej": ["I'm sorry - as you'll see below, they have decided not to take you forward.", "Disappointing news below, I'm afraid: it's a no from them."],
        "offer": ["They're making you an offer! Details below.", "The offer is below. Congratulations."],
        "rejinv": ["Mixed news below: not this role, but they want to interview you for another."],
    }.get(kind, ["Sharing the client's latest note below, for information.", "FYI - no decision yet, see below."])
    top = rng.choice(gist) + " " + rng.choice(["Let's speak.", "Call me when you can.", "", "More when we talk."])
    block = W.quote_outlook(inner, hr, W.email_of(hr, cdom, rng), cx["partner"], subj, rng)
    return dict(from_name=cx["partner"], from_addr=cx["paddr"], subject=rng.choice(["FW: ", "Fwd: ", "FWD: "]) + subj,
                text=top + "\n\n" + cx["partner"].split()[0] + "\n\n" + block, labels=labels, company=company, topics=topics, oc=oc)


def fam_us(rng, kind, cx):
    """A brisk US boutique search firm: Managing Director, short paragraphs, dollar packages."""
    subj, paras, labels, company, topics, oc = CORE[kind](rng, cx)
    paras = [p.replace("£", "$").replace("Chair", "Board Chair").replace("whilst", "while") for p in paras]
    md = W.person(rng)
    dom = rng.choice(["ridgelinesearch.com", "cardinalexec.com", "boylstonpartners.com", "mesaverde-search.com", "hudsonyards-exec.com"])
    body = [rng.choice([f"Hi {cx['cand'].split()[0]} -", f"{cx['cand'].split()[0]},", f"Good morning {cx['cand'].split()[0]},"])] + paras + [
        rng.choice(["Talk soon,", "Best,", "Thanks,", "All the best,"]) + f"\n{md}\nManaging Director\n{dom.split('.')[0].title()} | {rng.choice(['New York', 'Boston', 'Chicago', 'San Francisco', 'Austin'])}"]
    return dict(from_name=md, from_addr=W.email_of(md, dom, rng), subject=subj, text="\n\n".join(b for b in body if b),
                labels=labels, company=company, topics=topics, oc=oc)


# ---------------------------------------------------------------- Sent mail
def _sent_fbreq_text(rng, cx) -> str:
    return "\n\n".join([
        rng.choice([f"Dear {cx['partner'].split()[0]},", f"{cx['partner'].split()[0]},", f"Hi {cx['partner'].split()[0]},"]),
        rng.choice([
            f"Thank you for letting me know about {cx['client']}. Disappointing, of course, but I appreciate you calling.",
            f"Thanks for breaking the news on {cx['client']} so kindly.",
            f"I was sorry to hear the {cx['role']} role went another way.",
            "Thank you for your note. Naturally I'm disappointed.",
        ]),
        rng.choice([
            "Would you be able to go back to the panel for any specific feedback? I'd particularly value their view on how I came across in the final round.",
            "If the Chair is willing, I would be very grateful for candid feedback on where I fell short - it would help me prepare for the next process.",
            "Is there anything the committee said about my candidacy that you could share? Even a couple of points would help.",
            "Could you ask whether they'd share what tipped the decision, and what I might do differently next time?",
        ]),
        rng.choice(["With thanks,", "Best,", "Kind regards,", "Many thanks,"]) + "\n" + cx["cand"].split()[0],
    ])


def fam_sent(rng, kind, cx):
    to_name, to_addr = cx["partner"], cx["paddr"]
    first = cx["cand"].split()[0]
    labels: list[str] = []
    company = cx["client"]
    if kind == "fbreq":
        text = _sent_fbreq_text(rng, cx)
        labels = ["feedback_request"]
        subj = rng.choice([f"Re: {cx['client']} - {cx['role']}", "Re: Update", "Feedback?", f"Re: Confidential - {cx['client']}", f"{cx['client']} - feedback"])
        if rng.random() < 0.5:
            _, op, *_ = c_rej(rng, cx)
            text += "\n\n" + W.quote("\n\n".join(op), to_name, to_addr, cx["cand"], subj, rng)
    else:
        bank = {
            "withdraw": [
                f"After a lot of reflection I've decided to withdraw from the {cx['client']} process. My current board has asked me to lead the next phase of the integration and I don't feel I can walk away.",
                f"I'm sorry to do this at a late stage, but I'd like to withdraw my candidacy for {cx['role']}. The relocation doesn't work for my family.",
            ],
            "accept": [
                f"I'm delighted to accept {cx['client']}'s offer. Please pass on my thanks to the Chair; I'll sign the service agreement once my lawyer has reviewed it.",
                "Thank you for all your work on this. I'm happy to confirm I accept the offer on the terms we discussed.",
            ],
            "schedule": [
                f"{W.long_date(rng)} at {W.time_slot(rng)} works well for the meeting with the Chair. Please confirm the address.",
                "Thank you - I can do either Tuesday afternoon or Thursday morning for the panel.",
                "I've booked the psychometric slot for Friday morning. Thanks for sending the practice material.",
            ],
            "thanks": [
                "Thank you for the introduction to the Chair yesterday - a fascinating conversation, and I'm keen to continue.",
                "Thanks for your time on the phone today. I've attached my updated CV as discussed.",
            ],
            "apply": [
                f"Please find attached my CV and a covering letter for the {cx['role']} position at {cx['client']}, as advertised on your website.",
                f"I would like to be considered for the {cx['role']} appointment. My CV and a short supporting statement are attached.",
            ],
            "counter": [
                f"Thank you for the offer detail. Before I commit, could you explore whether {cx['client']} would move the base closer to {W.money(rng, 250000, 450000)} and cover my forfeited LTIP in full?",
                "I'm very positive about the offer, but my notice period is six months and I would need a buy-out of the deferred bonus to make the move work.",
            ],
        }[kind]
        text = "\n\n".join([rng.choice([f"Dear {to_name.split()[0]},", f"Hi {to_name.split()[0]},", f"{to_name.split()[0]},"]),
                            rng.choice(bank), rng.choice(["Best wishes,", "Kind regards,", "Thanks,", "Warmly,"]) + "\n" + first])
        subj = rng.choice([f"Re: {cx['client']}", f"{cx['role']}", "Re: Next steps", f"Re: Project {cx['code']}", "Following up"])
        if kind == "apply":
            subj = f"Application: {cx['role']} - {cx['client']}"
    if rng.random() < 0.3:
        text += "\n\nSent from my iPad"
    return dict(from_name=cx["cand"], from_addr=cx["caddr"], to=to_addr, subject=subj, text=text, folder="Sent",
                labels=labels, company=company, topics=[], oc=[])


# ---------------------------------------------------------------- newsletters and look-alikes
def fam_insights(rng, kind, cx):
    firm, dom = cx["firm"], cx["dom"]
    items = {
        "newsletter": (f"{firm} Boardroom Briefing - {rng.choice(W.MONTHS)}", [
            "In this issue: why so many first-time CFOs are rejected at the final hurdle, and what the survivors do differently.",
            "Chairs tell us the interview that matters most is the informal breakfast. We asked twelve of them what they listen for.",
            "Offer season: how to negotiate an LTIP buy-out without souring the relationship before day one.",
            "Data: 38% of executive shortlists this year included an internal candidate - up from 22%.",
        ]),
        "webinar": (rng.choice(["Webinar invitation: Interviewing for your first NED role", "Join us: The board interview, demystified",
                                "Roundtable: life after a rejected shortlist"]), [
            f"We would be delighted if you could join our partners for a live session on {W.long_date(rng)} at 12:30.",
            "We'll cover how nominations committees evaluate candidates, the role of psychometrics, and the questions you should be asking the Chair.",
            "Register here - places are limited. This is a general event and not connected to any current assignment.",
        ]),
        "report": (rng.choice(["Executive Pay Report 2025", "Our annual Board Diversity Review", "Interim market snapshot: Q3"]), [
            "Our annual report on executive remuneration is attached. Highlights: median CFO base up 4.1%, LTIP opportunity flat, notice periods lengthening.",
            "Offers are taking longer to land, with 19% of finalists receiving a counter-offer from their current employer.",
        ]),
        "event": ("Invitation: Women on Boards breakfast", [
            f"You are warmly invited to our breakfast for aspiring non-executive directors at our {rng.choice(['London', 'Edinburgh', 'Dublin'])} office.",
            "A panel of Chairs will discuss how they run board interviews and what makes a shortlist stand out.",
        ]),
        "alert": ("New board appointments matching your interests", [
            "Non-Executive Director - housing association (North West)", "Trustee and Treasurer - national arts charity",
            "Chair - NHS Foundation Trust", "Independent Member, Audit Committee - university",
            "These are public appointments advertised by their organisations. Apply via each organisation's site.",
        ]),
    }
    subj, paras = items[kind]
    paras = paras[:]
    rng.shuffle(paras) if kind in ("newsletter", "alert") else None
    paras.append(f"Unsubscribe: https://{dom}/unsubscribe?u={rng.randint(10000, 99999)} | {firm}, {rng.choice(W.OFFICES)}")
    html = W.paras_to_html(paras, rng, brand=firm) if rng.random() < 0.6 else None
    text = "" if (html and rng.random() < 0.5) else "\n\n".join(paras)
    return dict(from_name=rng.choice([f"{firm} Insights", f"{firm}", f"{firm} Events"]), from_addr=f"insights@{dom}", subject=subj,
                text=text, html=html, labels=[], company=None, topics=[], oc=[])


LOOKS = [
    ("Institute of Directors - Chartered Director application", "Thank you for your application for Chartered Director status. Having reviewed your submission, the Assessment Panel has decided that it cannot be approved at this time. You may reapply after twelve months.", "IoD Professional Standards", "standards@iod-example.org"),
    ("Your fellowship application", "We regret to inform you that your application for Fellowship of the Society has not been successful on this occasion. The Membership Committee received a record number of nominations.", "Membership Secretary", "membership@royalsociety-arts-example.org"),
    ("Club membership", "The Committee met on Tuesday and I am sorry to say your application for membership of the club has not been approved this year. The waiting list is long.", "The Secretary", "secretary@pallmallclub-example.co.uk"),
    ("Conference speaker submission", "Thank you for proposing a keynote on board succession for the Governance Summit. Unfortunately we were unable to accept your talk this year.", "Governance Summit Programme", "programme@govsummit-example.com"),
    ("Mortgage application decision", "Following our review, we are unable to offer you the mortgage you applied for. Our decision took into account the deferred element of your remuneration.", "Private Lending Team", "noreply@coutts-example.com"),
    ("Your school place application", "We regret that we are unable to offer your daughter a place for September. She has been placed on our waiting list.", "Admissions", "admissions@stalbans-school-example.org.uk"),
    ("Exclusive C-suite opportunity - immediate start", "Dear Executive, you have been pre-selected for a Regional Director position with a salary of $350,000. To secure your offer letter please send a refundable processing fee of $480 and a copy of your passport.", "Global Executive Placement", "hr.desk@execplacement-world.net"),
    ("Offer of appointment: Board Advisor (Remote)", "Congratulations! Based on your profile, our investment group offers you an advisory seat. Kindly confirm your bank details so we can deposit your signing bonus.", "Crown Equity Holdings", "crownequity.holdings@gmail.com"),
    ("Interview panel for Head of Internal Audit", "Could you sit on the interview panel for our Head of Internal Audit on Thursday? Three candidates, 45 minutes each. CVs attached.", "Group HR", "people@currentemployer-example.com"),
    ("Out of office", "Thank you for your email. I am travelling with limited access until Monday. For anything urgent on current assignments please contact my colleague.", "", ""),
    ("Undeliverable: Re: Project", "Delivery has failed to these recipients or groups. The recipient's mailbox is full and can't accept messages now.", "Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    ("Visa application outcome", "Your application for a Global Talent visa has been refused. The reasons for the decision are set out in the attached letter.", "UK Visas and Immigration", "no-reply@visas-example.gov.uk"),
    ("Re: trustee nomination", "I'm sorry, the charity's board decided not to co-opt any new trustees this year after all. Thank you so much for being willing.", "Bridget", "bridget.hale@gmail.com"),
    ("Dinner on the 14th?", "Are you still up for dinner on the 14th? Tom says he can only do after 8. Also - did you ever hear back from those headhunters?", "Jess", "jess.morland@gmail.com"),
    ("Board pack for Thursday", "Please find attached the board pack for Thursday's meeting. The audit committee papers are in section 4. Comments on the draft minutes by Wednesday please.", "Company Secretary", "cosec@currentemployer-example.com"),
    ("Your annual appraisal", "It's time to complete your self-assessment for this year's appraisal. Your line manager has already submitted their comments.", "People Team", "people@currentemployer-example.com"),
]


def fam_lookalike(rng, kind, cx):
    subj, body, name, addr = LOOKS[kind]
    first = cx["cand"].split()[0]
    if not addr:
        name, addr = cx["partner"], cx["paddr"]
        body = body + f"\n\n{cx['partner']}\n{cx['firm']}"
    text = "\n\n".join([rng.choice([f"Dear {first},", f"Dear {cx['cand']},", f"Hi {first},", ""]), body,
                        rng.choice(["Yours sincerely,", "Best wishes,", "Kind regards,", ""])])
    return dict(from_name=name, from_addr=addr, subject=rng.choice(["", "", "RE: ", "[External] "]) + subj, text=text.strip(),
                labels=[], company=None, topics=[], oc=[])


# ---------------------------------------------------------------- plan
PLAN = {
    "partnerletter": (fam_partnerletter, 72, {"rej": 14, "rejfb": 16, "inv": 12, "offer": 6, "rejinv": 4, "cold": 5,
                                              "update": 5, "refs": 3, "thanks": 4, "closedbefore": 4, "onboard": 3, "cantshare": 3}),
    "researcher": (fam_researcher, 44, {"ack": 10, "ackinv": 7, "inv": 6, "rej": 5, "reminder": 8, "refs": 4, "update": 4}),
    "portal": (fam_portal, 44, {"ack": 12, "ackinv": 6, "inv": 5, "rej": 5, "status": 7, "profile": 5, "reminder": 4}),
    "replythread": (fam_replythread, 48, {"fb": 10, "rejfb": 5, "inv": 6, "rej": 5, "cantshare": 6, "reminder": 8, "thanks": 5, "update": 5}),
    "chairdirect": (fam_chair, 38, {"inv": 8, "offer": 7, "rejfb": 6, "rej": 3, "thanks": 8, "dinner": 6}),
    "forward": (fam_forward, 32, {"inv": 8, "rej": 8, "offer": 5, "rejinv": 3, "update": 5, "refs": 3}),
    "us": (fam_us, 52, {"rej": 9, "rejfb": 6, "inv": 8, "offer": 5, "ack": 5, "rejinv": 3, "cold": 9, "update": 4, "reminder": 3}),
    "sent": (fam_sent, 52, {"fbreq": 26, "withdraw": 6, "accept": 6, "schedule": 7, "thanks": 4, "apply": 4, "counter": 3}),
    "insights": (fam_insights, 24, {"newsletter": 7, "webinar": 6, "report": 4, "event": 3, "alert": 4}),
    "lookalike": (fam_lookalike, 32, None),
}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (fn, _n, mix) in PLAN.items():
        family = f"{FAMILY_PREFIX}-{fam}"
        kinds: list = []
        if mix is None:
            kinds = [i % len(LOOKS) for i in range(_n)]
        else:
            for k, c in mix.items():
                kinds += [k] * c
        rng.shuffle(kinds)
        for i, kind in enumerate(kinds):
            cx = _ctx(rng)
            out = fn(rng, kind, cx)
            text = out["text"]
            yield W.record(
                rid=f"{family}-{i}", family=family, folder=out.get("folder", "INBOX"),
                from_name=out["from_name"], from_addr=out["from_addr"], to_addr=out.get("to", cx["caddr"]),
                subject=out["subject"], body_text=text, body_html=out.get("html"), labels=out["labels"],
                company=out["company"], topics=out["topics"], outside_control=out["oc"],
            )
