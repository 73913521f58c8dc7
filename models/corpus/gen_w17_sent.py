"""Writer w17: the candidate's own Sent mail, written in webmail clients that send HTML.

Feedback requests after a rejection (quoting the rejection), and the everyday Sent mail around a
job search that carries no label: thank-you notes, withdrawals, accepting or declining offers,
scheduling replies, applications and follow-ups. Only the new text decides the label.
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

import _w17_bank as B  # noqa: E402
import _w17_text as T  # noqa: E402

FAMILY_PREFIX = "w17sent"

FBR_OPEN = [
    "Thank you for letting me know, and for the time you and the team spent with me.",
    "Thanks for the update — disappointing, of course, but I appreciate you telling me quickly.",
    "I appreciate you getting back to me about the {role} role.",
    "Thanks for your email. I really enjoyed meeting the team, so this is a shame.",
    "Understood, and thank you for the clear answer.",
    "Many thanks for your message and for considering me.",
    "Thanks {rec_first}, I appreciate the honesty.",
    "Sorry to hear that, but thank you for keeping me in the loop throughout.",
]
FBR_ASK = [
    "Would you be able to share any feedback on my interviews?",
    "If possible, I'd be grateful for a few words on where I could have been stronger.",
    "Could you let me know if there was anything in particular that held my application back?",
    "Is there any feedback from the panel you could pass on?",
    "I'd really value hearing what the interviewers thought I could improve.",
    "Would it be possible to get some brief notes on my technical round?",
    "Could you tell me which parts of the process I should work on before my next applications?",
    "If the hiring manager has a minute, I'd love to know how my case study came across.",
    "Any pointers on what would have made my application more competitive would be very welcome.",
    "Do you have any comments on my take-home submission that you could share?",
]
FBR_WHY = [
    "I'm trying to get better at interviews and honest input would help a lot.",
    "I'm early in my search and want to learn from every process.",
    "Even a couple of bullet points would be useful.",
    "I completely understand if that isn't possible.",
    "I'd like to apply again in the future and want to come back stronger.",
    "",
]
FBR_SUBJ = ["Re: {orig}", "RE: {orig}", "Re: {orig}", "Feedback request – {role}", "Re: {orig}", "Request for feedback", "AW: {orig}"]

NEG = {
    "thankyou": (["Thank you for today's conversation about the {role} position. I enjoyed hearing about the team's plans and I'm even more excited about the role.",
                  "Thanks for taking the time to speak with me this afternoon. It was great to learn how the team works.",
                  "I wanted to say thank you for the interview earlier. Please pass my thanks on to {rec2} as well."],
                 ["Thank you – {role} interview", "Thanks for today", "Re: Interview – {role}"]),
    "withdraw": (["I'm writing to withdraw my application for {role}. I've accepted another offer and didn't want to take up more of your time.",
                  "After a lot of thought I've decided to withdraw from the process for {role}. Thank you for your understanding.",
                  "Please withdraw my application for {role} — my circumstances have changed and I can't relocate at the moment."],
                 ["Withdrawing my application – {role}", "Re: Next steps – {role}", "Withdrawal – {req}"]),
    "accept": (["I'm delighted to accept the offer for {role}. I've signed the letter and returned it via the portal.",
                "Thank you so much — I'm happy to formally accept the offer, and the start date of {date} works for me.",
                "Great news to wake up to! I accept the offer and look forward to getting started."],
               ["Re: Your offer from {co}", "Offer acceptance – {first} {last}", "RE: Offer of employment – {role}"]),
    "decline": (["Thank you for the offer for {role}. After careful consideration I've decided to decline, as I've accepted a role closer to home.",
                 "I really appreciate the offer, but I'm going to turn it down. It was a hard decision."],
                ["Re: Offer – {role}", "Declining the offer"]),
    "schedule": (["Thanks for the invitation! {date} at {time} works well for me.",
                  "I've booked a slot for {date} through the link. Looking forward to it.",
                  "Unfortunately I can't make {date}. Would any time on the following Tuesday or Wednesday work?",
                  "Thank you — confirming I'll join the call at {time}. Is it on Teams or Zoom?"],
                 ["Re: Interview invitation – {role}", "Re: Next steps with {co}", "RE: Schedule your interview"]),
    "apply": (["Please find attached my CV and cover letter for the {role} position advertised on your careers page.",
               "I'd like to apply for the {role} role ({req}). My CV is attached; I have six years' experience in similar work.",
               "Following our chat at the careers fair, I'm sending my application for {role}. CV attached."],
              ["Application – {role} ({req})", "{role} application – {first} {last}", "Application for {role}"]),
    "followup": (["I applied for {role} about three weeks ago and wanted to check whether there's any update on the timeline.",
                  "Just following up on my interview last week — is there any news on next steps?",
                  "Hope you're well. I wondered if a decision had been made on the {role} position yet."],
                 ["Following up – {role}", "Re: {role} – any update?", "Checking in: {role}"]),
    "thanks_anyway": (["Thanks for explaining — I understand. Best of luck filling the role.",
                       "No problem at all, I appreciate you replying. All the best to the team."],
                      ["Re: Request for feedback", "Re: Feedback"]),
}
SENT_W = {"fbr": 52, "thankyou": 11, "withdraw": 9, "accept": 9, "decline": 4, "schedule": 12, "apply": 10, "followup": 9, "thanks_anyway": 5}

SIGN = ["Best,\n{first}", "Kind regards,\n{first} {last}", "Thanks,\n{first}", "Best wishes,\n{first} {last}\n{phone}", "Cheers,\n{first}",
        "Many thanks,\n{first} {last}\nlinkedin.com/in/{slug}"]
CLIENT_SIG = {"gmailweb": ["", "", "Sent from Gmail for Android"], "outlookweb": ["", "Get Outlook for iOS"], "mobile": ["Sent from my iPhone", "Sent from my iPad", ""]}


def _quote_rejection(rng: random.Random, ctx: dict) -> tuple[str, str]:
    """The recruiter's earlier message (quoted history) and its subject."""
    q = [f"Hi {ctx['first']},", " ".join([rng.choice(T.OPEN_THANKS), rng.choice(T.REJ_CORE)]).format(**ctx)]
    if rng.random() < 0.5:
        q.append(rng.choice(T.REJ_SOFT + T.KEEP_ON_FILE).format(**ctx))
    q.append(f"Best,\n{ctx['rec']}")
    subj = rng.choice(["Your application to {co}", "{role} – update", "Update on your application", "{co}: {role} ({req})"]).format(**ctx)
    return "\n\n".join(q), subj


def _quote_generic(rng: random.Random, ctx: dict, kind: str) -> tuple[str, str]:
    if kind in ("schedule",):
        body = "Hi {first},\n\nWe'd like to invite you to a first interview for {role}. Could you let me know your availability for {date}?\n\nThanks,\n{rec}"
        s = "Interview invitation – {role}"
    elif kind in ("accept", "decline"):
        body = "Hi {first},\n\nAs discussed on the phone, please find your offer for {role} attached.\n\n{rec}"
        s = "Your offer from {co}"
    elif kind == "thanks_anyway":
        body = rng.choice(T.NOFEEDBACK_CORE) + "\n\n{rec}"
        s = "Request for feedback"
    else:
        body = "Hi {first},\n\nThanks for your time so far on {role}.\n\n{rec}"
        s = "{role}"
    return body.format(**ctx), s.format(**ctx)


def _render(rng, client, new_text, quote, qhead):
    """HTML + plain text for a webmail client; the quoted history is kept in both."""
    paras = [p for p in new_text.split("\n\n")]
    if client == "gmailweb":
        nh = "".join(f"<div>{html.escape(p).replace(chr(10), '<br>')}</div><div><br></div>" for p in paras)
        qh = ""
        if quote:
            qh = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(qhead)}<br></div>'
                  f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  f'{html.escape(quote).replace(chr(10), "<br>")}</blockquote></div>')
        h = f'<div dir="ltr">{nh}</div><br>{qh}'
        t = new_text + (f"\n\n{qhead}\n\n" + "\n".join("> " + l if l else ">" for l in quote.split("\n")) if quote else "")
    elif client == "outlookweb":
        nh = "".join(f'<p class="MsoNormal">{html.escape(p).replace(chr(10), "<br>")}<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
        qh = ""
        if quote:
            qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                  + html.escape(qhead).replace("\n", "<br>") + '</p></div><p class="MsoNormal">' + html.escape(quote).replace("\n", "<br>") + "</p>")
        h = f'<html><body lang="EN-US"><div class="WordSection1">{nh}{qh}</div></body></html>'
        t = new_text + (f"\n\n________________________________\n{qhead}\n\n{quote}" if quote else "")
    else:
        nh = "<br>".join(html.escape(p).replace("\n", "<br>") + "<br>" for p in paras)
        qh = f'<div><br><blockquote type="cite">{html.escape(qhead)}<br><br>{html.escape(quote).replace(chr(10), "<br>")}</blockquote></div>' if quote else ""
        h = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">{nh}</div>{qh}</body></html>'
        t = new_text + (f"\n\n{qhead}\n\n" + "\n".join("> " + l for l in quote.split("\n")) if quote else "")
    mode = rng.random()
    if mode < 0.3:
        t = ""
    return t[:1950], h


def generate(rng: random.Random) -> Iterable[dict]:
    counters: dict[str, int] = {}
    kinds = [k for k, v in SENT_W.items() for _ in range(v)]
    rng.shuffle(kinds)
    for i, kind in enumerate(kinds):
        client = ["gmailweb", "outlookweb", "mobile"][i % 3]
        co, dom = B.company(rng)
        first, last = rng.choice(B.CANDIDATES)
        rf, rl = B.person(rng)
        ctx = {"co": co, "first": first, "last": last, "rec": f"{rf} {rl}", "rec_first": rf, "rec2": " ".join(B.person(rng)),
               "role": rng.choice(B.ROLES), "req": B.req_id(rng), "date": B.date_phrase(rng), "time": B.time_phrase(rng),
               "phone": f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}", "slug": B.slug(f"{first}-{last}")}
        to_addr = rng.choice([f"{rf}.{rl}@{dom}", f"recruiting@{dom}", f"{rf[0]}{rl}@{dom}", f"reply+{B.token(rng, 12)}@hirelane-mail.com"]).lower()
        labels = []
        if kind == "fbr":
            quote, osubj = _quote_rejection(rng, ctx)
            if rng.random() < 0.15:
                quote = ""
            parts = [rng.choice(FBR_OPEN), rng.choice(FBR_ASK), rng.choice(FBR_WHY)]
            if not quote:
                parts[0] = rng.choice(["I received your email last week letting me know I wasn't selected for {role}.",
                                       "Following your message that the {role} position went to another candidate, I have a quick request."])
            new = "\n\n".join(x for x in [f"Hi {rf}," if rng.random() < 0.7 else f"Dear {rf} {rl},", " ".join(p for p in parts if p).format(**ctx),
                                           rng.choice(["Thanks again.", "Thank you in advance.", "All the best,", ""])] if x)
            subject = rng.choice(FBR_SUBJ).format(orig=osubj, **ctx)
            labels = ["feedback_request"]
        else:
            bodies, subs = NEG[kind]
            quote, osubj = _quote_generic(rng, ctx, kind) if kind in ("schedule", "accept", "decline", "thanks_anyway", "thankyou") and rng.random() < 0.7 else ("", "")
            new = f"Hi {rf},\n\n" + rng.choice(bodies).format(**ctx)
            subject = (("Re: " + osubj) if osubj and rng.random() < 0.6 else rng.choice(subs)).format(**ctx)
        new += "\n\n" + rng.choice(SIGN).format(**ctx)
        extra = rng.choice(CLIENT_SIG[client])
        if extra:
            new += "\n\n" + extra
        qdate = f"{B.date_phrase(rng)} {B.time_phrase(rng)}"
        if client == "outlookweb":
            qhead = f"From: {ctx['rec']} <{to_addr}>\nSent: {qdate}\nTo: {first} {last}\nSubject: {osubj}"
        else:
            qhead = f"On {qdate}, {ctx['rec']} <{to_addr}> wrote:"
        text, h = _render(rng, client, new, quote, qhead)
        fam = client
        n = counters.get(fam, 0)
        counters[fam] = n + 1
        yield {
            "id": f"{FAMILY_PREFIX}-{fam}-{n}", "family": f"{FAMILY_PREFIX}-{fam}", "folder": "Sent", "lang": "en",
            "from_name": f"{first} {last}", "from_addr": f"{first}.{last}@gmail.com".lower(), "to_addr": to_addr,
            "subject": subject, "body_text": text, "body_html": h, "labels": labels, "company": co,
            "topics": [], "outside_control": [],
        }
