"""Writer w18: replies that land in the candidate's inbox on top of their own earlier mail.

Short new text over long quoted history (Gmail, Apple, Outlook, "-----Original Message-----", German
"Am ... schrieb", bare ">" quoting). Only the new text decides the label.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w18_bank as B  # noqa: E402
import _w18_mk as M  # noqa: E402
import _w18_say as S  # noqa: E402
import gen_w18_sent as SENT  # noqa: E402

FAMILY_PREFIX = "w18thread"


def _ctx(rng: random.Random) -> dict:
    company = rng.choice(B.COMPANIES)
    return {"company": company, "c": B.candidate(rng), "s": B.staff(rng, company), "role": rng.choice(B.ROLES)}


def _inbox(fam: str, n: int, x: dict, subject: str, body: str, labels: list[str], company: str | None,
           topics: list[str] | None = None, oc: list[str] | None = None, lang: str = "en",
           from_name: str | None = None, from_addr: str | None = None) -> dict:
    return B.record(fam, n, folder="INBOX", from_name=from_name if from_name is not None else x["s"]["name"],
                    from_addr=from_addr or x["s"]["addr"], to_addr=x["c"]["addr"], subject=subject, body_text=body,
                    labels=labels, company=company, topics=topics, outside_control=oc, lang=lang)


def _cand_mail(rng: random.Random, x: dict, kind: str) -> tuple[str, str]:
    return SENT._sent_negative(rng, x, kind)


NOLABEL_SHORT = [
    "Noted, speak {slot}.", "Perfect, see you then!", "Thanks {f}, that's all in the calendar.",
    "Got it — I'll pass that on to the team.", "Thanks for the note, lovely to meet you too.",
    "No update yet I'm afraid, the panel is still meeting candidates this week. I'll come back to you as soon as I can.",
    "Thanks for checking in. Your application is still with the hiring manager; nothing to report just yet.",
    "Appreciate the thank-you! The team enjoyed it as well. We're aiming to decide by the end of next week.",
    "Sorry for the slow reply, I've been off sick. Still in progress on our side, more soon.",
    "Confirmed for {slot}. Dial-in details are in the calendar invite you accepted.",
    "Thanks for letting us know, and congratulations on the new role! Best of luck.",
    "Understood, I've withdrawn your application. Thanks for letting us know so quickly.",
    "Great, I've moved it to {slot}. Nothing else needed from you.",
    "Thanks — received your signed contract. Welcome aboard! HR will send your first-day info separately.",
    "Thanks {f}. I'll chase the hiring manager for you and get back to you by Friday.",
]
ACK_SHORT = [
    "Thanks {f}, got it! Your application is in and I've passed it to the hiring manager.",
    "Received, thank you. I'll make sure your CV gets to the right people.",
    "Thanks for sending this through — confirming we have your application for the {role} role.",
    "Thank you for applying! This is to confirm that your application has been logged.",
    "Got your CV and cover letter, thanks. We'll review after the closing date.",
]


def fam_recruiterreply(rng: random.Random) -> Iterable[dict]:
    """Gmail-style threads: a recruiter's short reply above the candidate's own mail."""
    fam = f"{FAMILY_PREFIX}-recruiterreply"
    for n in range(64):
        x = _ctx(rng)
        pick = n % 8
        labels: list[str] = []
        oc: list[str] = []
        if pick in (0, 1):  # rejection over a thank-you or a chaser
            kind = rng.choice(["thanks", "chase"])
            text, oc = M.rejection(rng)
            new = B.para(M.greet(rng, x["c"]["first"]), rng.choice(["Thanks for your note.", "Thanks for following up.", "", "Thank you for your patience."]),
                         text, rng.choice(S.SOFTEN), M.signoff(rng) + "\n" + x["s"]["first"])
            labels = ["rejection"]
        elif pick == 2:  # ack over the application
            kind = "apply"
            new = B.para(rng.choice(ACK_SHORT).format(f=x["c"]["first"], role=x["role"]), x["s"]["first"])
            labels = ["application_ack"]
        elif pick == 3:  # invite over a chaser or the application
            kind = rng.choice(["chase", "apply"])
            new = B.para(M.greet(rng, x["c"]["first"]), rng.choice(["Good news!", "Thanks for your patience.", "Sorry for the wait.", ""]),
                         M.invite(rng), M.signoff(rng) + "\n" + x["s"]["name"])
            labels = ["interview_invite"]
        elif pick == 4 or (pick == 5 and n % 16 == 5):  # offer over a chaser or a thank-you
            kind = rng.choice(["chase", "thanks"])
            new = B.para(M.greet(rng, x["c"]["first"]), rng.choice(["Sorry for the wait!", "Thanks for your patience.", "Perfect timing.", ""]),
                         M.offer(rng, x["role"]), M.signoff(rng) + "\n" + x["s"]["name"])
            labels = ["offer"]
        else:  # no label over whatever
            kind = rng.choice(["schedule", "thanks", "chase", "withdraw", "accept", "schedule"])
            line = rng.choice([NOLABEL_SHORT[i] for i in {"thanks": (3, 4, 7), "chase": (5, 6, 8, 14)}.get(kind, (0,))]).format(
                slot=B.slot(rng), f=x["c"]["first"])
            if kind == "withdraw":
                line = rng.choice(NOLABEL_SHORT[10:12])
            elif kind == "accept":
                line = NOLABEL_SHORT[13]
            elif kind == "schedule":
                line = rng.choice(NOLABEL_SHORT[:3] + [NOLABEL_SHORT[9], NOLABEL_SHORT[12]]).format(slot=B.slot(rng), f=x["c"]["first"])
            new = B.para(line, x["s"]["first"]) if rng.random() < 0.6 else B.para(M.greet(rng, x["c"]["first"]), line, M.signoff(rng), x["s"]["first"])
        subj0, orig = _cand_mail(rng, x, kind)
        style = rng.choice(["gmail", "gmail", "apple", "gt_only"])
        body = new + "\n\n" + B.quote(rng, orig, x["c"]["name"], x["c"]["addr"], subj0, x["s"]["addr"], style=style)
        yield _inbox(fam, n, x, B.re_(rng, subj0.removeprefix("Re: ")), body, labels, x["company"], oc=oc)


def fam_outlook(rng: random.Random) -> Iterable[dict]:
    """Corporate Outlook threads with From:/Sent: blocks; the top message decides."""
    fam = f"{FAMILY_PREFIX}-outlook"
    for n in range(48):
        x = _ctx(rng)
        sig = B.staff_sig(rng, x["s"], x["company"]) + ("\n\n" + B.legal(rng, x["company"]) if rng.random() < 0.6 else "")
        pick = n % 8
        labels, oc, topics = [], [], []
        if pick == 0:
            kind = "chase"
            text, oc = M.rejection(rng, p_reason=0.6)
            new = B.para(M.greet(rng, x["c"]["first"]), text, rng.choice(S.SOFTEN), M.signoff(rng))
            labels = ["rejection"]
        elif pick == 1:
            kind = rng.choice(["thanks", "negotiate"]) if rng.random() < 0.5 else "thanks"
            if kind == "negotiate":
                new = B.para(M.greet(rng, x["c"]["first"]), "Good news — we've been able to move on the base salary. "
                             + M.offer(rng, x["role"]), "The revised offer letter is attached for your signature.", M.signoff(rng))
            else:
                new = B.para(M.greet(rng, x["c"]["first"]), "Thank you for your note, and for your patience during the process.",
                             M.offer(rng, x["role"]), "Let me know if you'd like to talk anything through.", M.signoff(rng))
            labels = ["offer"]
        elif pick == 2:
            kind = "apply"
            new = B.para(M.greet(rng, x["c"]["first"]), M.ack(rng, x["role"]), M.signoff(rng))
            labels = ["application_ack"]
        elif pick == 3:
            kind = rng.choice(["chase", "thanks"])
            new = B.para(M.greet(rng, x["c"]["first"]), M.invite(rng),
                         rng.choice(["I'll send a Teams invite once you confirm.", "Please reply with two or three options.",
                                     "It will be about an hour.", ""]), M.signoff(rng))
            labels = ["interview_invite"]
        elif pick == 4:  # rejection + feedback over a thank-you
            kind = "thanks"
            rt, oc = M.rejection(rng, p_reason=0.2)
            ft, topics = M.feedback(rng)
            new = B.para(M.greet(rng, x["c"]["first"]), rt, rng.choice(["Some feedback from the panel, in case it helps:",
                                                                        "I asked the interviewers for a few notes:", "To give you something useful:", ""]) + " " + ft,
                         M.signoff(rng))
            labels = ["rejection", "feedback"]
        else:
            kind = rng.choice(["schedule", "chase", "thanks", "accept"])
            line = rng.choice([NOLABEL_SHORT[i] for i in {"thanks": (3, 4, 7), "chase": (5, 6, 8, 14), "schedule": (0, 1, 2, 9, 12)}.get(kind, (13,))]).format(
                slot=B.slot(rng), f=x["c"]["first"])
            if kind == "accept":
                line = NOLABEL_SHORT[13]
            new = B.para(M.greet(rng, x["c"]["first"]), line, M.signoff(rng))
        subj0, orig = _cand_mail(rng, x, kind)
        style = rng.choice(["outlook", "original"])
        body = new + "\n" + sig + "\n\n" + B.quote(rng, orig, x["c"]["name"], x["c"]["addr"], subj0, x["s"]["name"], style=style)
        subj = B.re_(rng, subj0.removeprefix("Re: "))
        if rng.random() < 0.25:
            subj = "[External] " + subj
        yield _inbox(fam, n, x, subj, body, labels, x["company"], topics=topics, oc=oc)


NO_FEEDBACK = [
    "Thanks for asking. Unfortunately company policy means we can't share individual feedback on interviews.",
    "I'm sorry, but we don't provide feedback at this stage of the process. We had a very strong field.",
    "I did ask the panel, but they've asked me not to share detailed notes. I know that's frustrating.",
    "We received a huge number of applications and aren't able to give personal feedback, I'm afraid.",
    "Honestly it came down to a very strong shortlist — I don't have anything more specific I can share.",
    "Our legal team advises against sharing interview notes, so I can't help there, sorry. Please do keep an eye on our careers page.",
]
FB_OPEN = [
    "Thanks for asking — happy to share what I can.", "Of course. I spoke to the panel and here's a summary.",
    "Sorry this took a while. Here's what the interviewers said.", "Good on you for asking; not many people do.",
    "I've pulled together the notes from the panel.", "Happy to. I'll be straightforward, as I think that's most useful.",
]


def fam_fbreply(rng: random.Random) -> Iterable[dict]:
    """Replies to the candidate's feedback request: real feedback (label) or a polite refusal (no label)."""
    fam = f"{FAMILY_PREFIX}-fbreply"
    for n in range(56):
        x = _ctx(rng)
        req_body = SENT._fr_body(rng, x, long=rng.random() < 0.3)
        subj0 = SENT._fr_subject(rng, x)
        labels, topics = [], []
        if n % 7 in (0, 3):
            new = B.para(M.greet(rng, x["c"]["first"]), rng.choice(NO_FEEDBACK), rng.choice(["Best of luck with your search.", "", "Take care."]),
                         M.signoff(rng) + "\n" + x["s"]["first"])
        else:
            k = 0 if n % 19 == 5 else None
            ft, topics = M.feedback(rng, k=k, praise=0.7)
            extra = ""
            if rng.random() < 0.3:
                ft2, t2 = M.feedback(rng, k=1, praise=0)
                extra = ft2
                topics = topics + t2
            new = B.para(M.greet(rng, x["c"]["first"]), rng.choice(FB_OPEN), ft, extra,
                         rng.choice(["I hope that's helpful.", "Don't be discouraged — you were close.", "Feel free to apply again in six months.", ""]),
                         M.signoff(rng) + "\n" + x["s"]["name"])
            labels = ["feedback"]
        body = new + "\n\n" + B.quote(rng, req_body, x["c"]["name"], x["c"]["addr"], subj0, x["s"]["addr"])
        yield _inbox(fam, n, x, B.re_(rng, subj0), body, labels, x["company"], topics=topics)


DE_NEW = [
    (["rejection"], "Hallo {f},\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Wir danken Ihnen für Ihr Interesse.\n\nBeste Grüße\n{s}"),
    (["rejection"], "Hallo {f},\n\nvielen Dank für Ihre Nachfrage. Nach reiflicher Überlegung werden wir Ihre Bewerbung nicht weiter berücksichtigen.\n\nViele Grüße\n{s}"),
    (["interview_invite"], "Hallo {f},\n\ndanke für Ihre Geduld! Wir würden Sie gern zu einem Gespräch mit unserer Teamleitung einladen. Passt Ihnen Donnerstag um 10 Uhr?\n\nViele Grüße\n{s}"),
    (["application_ack"], "Hallo {f},\n\nvielen Dank, Ihre Unterlagen sind bei uns eingegangen. Wir melden uns, sobald wir sie gesichtet haben.\n\nBeste Grüße\n{s}"),
    ([], "Hallo {f},\n\ndanke für die schnelle Rückmeldung, dann sehen wir uns am Dienstag.\n\nGruß\n{s}"),
    ([], "Hallo {f},\n\nleider gibt es noch keinen neuen Stand, die Gespräche laufen noch. Ich melde mich.\n\nGruß\n{s}"),
]
EN_OVER_DE = [
    (["rejection"], "Hi {f}, thanks for the message. I'm sorry, but the team has decided to go with another applicant for this role.\n\n{s}"),
    (["interview_invite"], "Hi {f}, switching to English for our UK colleagues — we'd like to invite you to a second interview with the London team. Could you do {slot}?\n\n{s}"),
    ([], "Hi {f}, all good, see you on {slot}!\n\n{s}"),
    ([], "Hi {f}, thanks for your patience; no decision yet, should be next week.\n\n{s}"),
]


def fam_german(rng: random.Random) -> Iterable[dict]:
    """Threads quoted with German mail clients ("Am ... schrieb"), new text in German or English."""
    fam = f"{FAMILY_PREFIX}-german"
    for n in range(30):
        x = _ctx(rng)
        if n % 2 == 0:
            labels, tmpl = rng.choice(DE_NEW)
            lang = "de"
            orig_subj, orig = rng.choice(SENT.INTL_NEG["de"][:2] if labels else SENT.INTL_NEG["de"])
            orig = orig.format(s=x["s"]["first"], c=x["c"]["name"])
            if labels == ["application_ack"]:
                orig_subj, orig = "Bewerbung als " + x["role"], f"Sehr geehrte Damen und Herren,\n\nanbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als {x['role']}.\n\nMit freundlichen Grüßen\n{x['c']['name']}"
        else:
            labels, tmpl = rng.choice(EN_OVER_DE)
            lang = "en"
            orig_subj, orig = rng.choice(SENT.INTL_NEG["de"][:2])
            orig = orig.format(s=x["s"]["first"], c=x["c"]["name"])
        new = tmpl.format(f=x["c"]["first"], s=x["s"]["first"], slot=B.slot(rng))
        body = new + "\n\n" + B.quote(rng, orig, x["c"]["name"], x["c"]["addr"], orig_subj, x["s"]["addr"], style="german")
        yield _inbox(fam, n, x, "AW: " + orig_subj.removeprefix("AW: "), body, labels, x["company"], lang=lang)


FWD_TOP = {
    "interview_invite": ["Good news, see below!", "They want to see you again — details below. Shall I confirm?",
                         "Great result. Hiring manager's note below; let me know which slot works and I'll lock it in.",
                         "Told you it went well :) see below."],
    "rejection_feedback": ["Not the outcome we wanted, I'm afraid. The client's notes are below — worth a read.",
                           "Sorry {f}, it's a no from them this time. Some useful pointers in their message though.",
                           "Bad news unfortunately. Forwarding the manager's comments as promised."],
    "offer": ["!!! See below. Call me when you can.", "Here it is in writing — congratulations!",
              "The offer came through. Details below, let's talk numbers."],
    "none": ["Thought of you for this one — spec below. Interested?", "FYI — their office move means the interview address changed, see below. Still {slot}.",
             "Sharing the client's blurb so you can prep. Nothing needed back.", "Reminder below from the client about tomorrow's interview."],
}


def fam_fwdrecruiter(rng: random.Random) -> Iterable[dict]:
    """An agency recruiter forwarding the hiring manager's message with a line on top."""
    fam = f"{FAMILY_PREFIX}-fwdrecruiter"
    for n in range(44):
        x = _ctx(rng)
        ag_name, ag_dom = rng.choice(B.AGENCIES)
        rec = B.staff(rng, ag_name, ag_dom)
        hm = x["s"]
        kind = ["interview_invite", "rejection_feedback", "offer", "none", "none", "interview_invite", "rejection_feedback", "none"][n % 8]
        labels, topics, oc = [], [], []
        fill = {"f": x["c"]["first"], "slot": B.slot(rng)}
        top = rng.choice(FWD_TOP[kind]).format(**fill)
        if kind == "interview_invite":
            inner = B.para(f"Hi {rec['first']},", f"Thanks for sending {x['c']['first']} over. We'd like to invite them to a final round with "
                           f"{rng.choice(S.WHO)}. {rng.choice(['Could they do ', 'Are they free on '])}{B.slot(rng)}?", hm["first"])
            labels = ["interview_invite"]
        elif kind == "rejection_feedback":
            rt, oc = M.rejection(rng, p_reason=0.25)
            ft, topics = M.feedback(rng)
            inner = B.para(f"Hi {rec['first']},", f"Could you pass this on to {x['c']['first']}, with our thanks?",
                           f"Dear {x['c']['first']},\n\n{rt}", ft, hm["first"])
            labels = ["rejection", "feedback"]
        elif kind == "offer":
            inner = B.para(f"{rec['first']},", f"We'd like to offer {x['c']['first']} the {x['role']} role. "
                           + rng.choice(S.OFFER_TERMS).format(money=S.money(rng), extra=rng.choice(S.EXTRAS), date=B.human_date(rng)),
                           "Please pass it on and let us know.", hm["first"])
            labels = ["offer"]
        else:
            inner = B.para(f"Hi {rec['first']},", rng.choice([
                f"Attached is the job description for the {x['role']} role, plus a note on the team.",
                f"Quick reminder that {x['c']['first']}'s interview is confirmed for tomorrow. Please ask them to bring ID.",
                f"Our office has moved to the 4th floor; interviews this week are there. {x['c']['first']}'s slot stays the same.",
                f"We're opening a {x['role']} role next month. Happy for you to share the spec with anyone suitable.",
            ]), hm["first"])
        subj = rng.choice([f"{x['role']} — {x['company']}", f"{x['company']} / {x['c']['name']}", f"Candidate: {x['c']['name']}",
                           f"{x['role']} {B.req_no(rng)}"])
        body = B.para(top, f"{rec['first']}\n{rec['name']} | {ag_name}" if rng.random() < 0.6 else rec["first"]) + "\n\n" + \
            B.forward_block(rng, inner, hm["name"], hm["addr"], subj, rec["addr"])
        company = x["company"]
        yield B.record(fam, n, folder="INBOX", from_name=rec["name"], from_addr=rec["addr"], to_addr=x["c"]["addr"],
                       subject=B.fwd_(rng, subj), body_text=body, labels=labels, company=company, topics=topics,
                       outside_control=oc)


MENTOR = [
    ("Re: Interview tomorrow!!", "Go get 'em. For 'why us', pick one concrete thing they shipped and say why it excites you. And ask them about their hardest problem this quarter — interviewers love that.\n\n{m}"),
    ("Re: CV — would you mind?", "Had a look. Much better! I'd cut the summary to two lines and put the numbers first on each bullet. Happy to go through it on a call.\n\n{m}"),
    ("Re: feedback?", "Honestly don't read too much into a template rejection. Half the time it's an internal candidate. Keep going.\n\n{m}"),
    ("Re: coffee?", "Would love to! Thursday at the usual place? I'll tell you everything I know about switching into {role} work.\n\n{m}"),
    ("this looked like you", "Saw this {role} opening at {company} and thought of you straight away: https://careers.{dom}/jobs/{n}\nNo pressure, just passing it on!\n\n{m}"),
    ("Fwd: we're hiring", "My team is hiring — see the post below. I can refer you if you want.\n\n---------- Forwarded message ---------\nWe're growing! Looking for a {role} to join us in {city}. Apply through the careers page.\n\n{m}"),
    ("Re: Interview tips", "Three things: STAR for every story, water on the desk, and it's fine to say 'let me think for a second'. You'll be great.\n\n{m}"),
    ("Re: job hunt update", "Proud of you, love. Ring me on Sunday. Dad says good luck too.\n\nMum x"),
    ("Re: Fwd: Your application", "Their loss, genuinely. Drinks are on me Friday.\n\n{m}"),
    ("Re: Reference", "Of course — happy to be your referee. Give them my mobile.\n\n{m}"),
    ("mock interview?", "Want to do a mock system design round this weekend? I'll play the grumpy interviewer.\n\n{m}"),
]
CITIES = ["Dublin", "Manchester", "Melbourne", "Auckland", "Bengaluru", "Toronto", "Cape Town", "Leeds", "Singapore", "Glasgow"]


def fam_mentor(rng: random.Random) -> Iterable[dict]:
    """Friends, family and mentors writing back about the search. No label."""
    fam = f"{FAMILY_PREFIX}-mentor"
    for n in range(22):
        x = _ctx(rng)
        m = B.candidate(rng)
        subj, tmpl = rng.choice(MENTOR)
        body = tmpl.format(m=m["first"], role=x["role"].lower(), company=x["company"], dom=B.domain_of(x["company"], rng),
                           n=rng.randint(1000, 9999), city=rng.choice(CITIES))
        company = x["company"] if "{company}" in tmpl else None
        if rng.random() < 0.4 and subj.startswith("Re:"):
            body += "\n\n" + B.quote(rng, f"Hi {m['first']}, quick one about my search — " + rng.choice(
                ["any tips?", "what do you think?", "is this normal?", "would you read my CV?"]) + f"\n{x['c']['first']}",
                x["c"]["name"], x["c"]["addr"])
        yield B.record(fam, n, folder="INBOX", from_name=m["name"], from_addr=m["addr"], to_addr=x["c"]["addr"], subject=subj,
                       body_text=body, labels=[], company=company)


def generate(rng: random.Random) -> Iterable[dict]:
    for fam in (fam_recruiterreply, fam_outlook, fam_fbreply, fam_german, fam_fwdrecruiter, fam_mentor):
        yield from fam(rng)
