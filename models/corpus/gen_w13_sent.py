"""w13: the candidate's own Sent mail to big employers' recruiters and ATS relay addresses.

Families: replies to rejection emails (most ask for feedback, some only say thanks), messages typed
into an ATS "contact the recruiter" form (relayed), and everyday candidate mail (thank-you notes,
withdrawals, accepting offers, scheduling replies, applications). Only the candidate asking for
feedback after a rejection is ``feedback_request``; quoted history never decides the label.
"""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w13sent"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w13_kit")
C = _load("_w13_compose")

ASK_OPEN = [
    "Thank you for letting me know, and for the time you and the team spent with me.",
    "Thanks for the update. I'm disappointed, of course, but I appreciate you closing the loop.",
    "I appreciate you getting back to me about the {r} role.",
    "Thank you for your email. While I'm sorry to hear the news, I enjoyed learning about {c}.",
    "Understood, and thank you for being upfront.",
    "Thanks for the note.",
    "I wanted to follow up on the decision you shared last week regarding {r}.",
]
ASK_CORE = [
    "Would you be willing to share any feedback on my application or interviews? It would really help me improve.",
    "If possible, could you tell me what I could have done better, or where the other candidates were stronger?",
    "Is there any feedback from the hiring team you could pass along?",
    "I'd be grateful for any insight into why I wasn't selected, even a sentence or two.",
    "Could you share which parts of the process didn't go as well as you'd hoped? I'm trying to learn from it.",
    "Would the hiring manager be open to a short call to go over areas I should work on?",
    "Any pointers on what held my candidacy back would be much appreciated.",
    "If there's anything in my resume or interview answers that raised concerns, I'd really like to know.",
]
ASK_FOCUS = [
    "I'm especially curious how my technical interview came across.",
    "In particular, I'd like to understand how I did in the case presentation.",
    "I'd particularly value notes on the panel interview.",
    "Was there a specific skill gap the team noticed?",
    "",
    "",
]
ASK_CLOSE = [
    "I remain very interested in {c} and would love to be considered for future openings.",
    "Thanks again for your time and consideration.",
    "I understand if that isn't possible, and either way, thank you.",
    "I hope our paths cross again.",
    "",
]
THANKS_ONLY = [
    "Thank you for letting me know. I enjoyed meeting the team and wish you all the best in filling the role.",
    "Thanks for the update. Please keep me in mind for future roles at {c}.",
    "Understood, thank you for your time and consideration throughout the process.",
    "Appreciate you letting me know. Best of luck with the new hire!",
]


def _cand_sign(rng, cand):
    return rng.choice([f"Best,\n{cand['first']}", f"Thank you,\n{cand['full']}", f"Regards,\n{cand['full']}\n"
                       f"{cand['addr']}", f"{cand['first']}", f"Sincerely,\n{cand['full']}",
                       f"Best regards,\n{cand['full']}\nSent from my iPhone"])


def _ask_text(rng, ctx):
    return [rng.choice(ASK_OPEN).format(**ctx), rng.choice(ASK_CORE) + " " + rng.choice(ASK_FOCUS),
            rng.choice(ASK_CLOSE).format(**ctx)]


def fam_fbask(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        kind = rng.choice(["tech", "corp", "health", "retail"])
        comp = K.company(rng, kind)
        ctx = C.ctx_for(rng, cand, comp, kind)
        rej = C.rejection(rng, ctx, rng.choice([[], ["closer_fit"], []]))
        if rng.random() < 0.5:
            disp, addr, sig = K.recruiter_sender(rng, comp)
            qtext = K.join(f"Hi {cand['first']},", *rej.paras, sig)
            rf = K.first_of(disp)
            greet = rng.choice([f"Hi {rf},", f"Dear {rf},", f"{rf},", f"Hello {rf},"])
        else:
            disp, addr = K.ats_sender(rng, comp)
            qtext = K.join(f"Dear {cand['first']},", *rej.paras, f"{comp} Talent Acquisition")
            greet = rng.choice(["Hello,", "Dear Hiring Team,", "Hi there,", f"Dear {comp} Recruiting Team,", ""])
        asking = rng.random() < 0.78
        paras = _ask_text(rng, ctx) if asking else [rng.choice(THANKS_ONLY).format(**ctx)]
        body = K.join(greet, *paras, _cand_sign(rng, cand), K.quote(rng, qtext, disp, addr, rej.subject, cand["addr"]))
        yield rec.make("fbask", folder="Sent", from_name=cand["full"], from_addr=cand["addr"], to_addr=addr,
                       subject=K.reply_subject(rng, rej.subject), body_text=body, body_html=None,
                       labels=["feedback_request"] if asking else [], company=comp)


def fam_portal(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        kind = rng.choice(["tech", "corp", "health", "retail"])
        comp = K.company(rng, kind)
        ctx = C.ctx_for(rng, cand, comp, kind)
        relay = f"reply+{rng.randint(10**9, 10**10):x}@{rng.choice(K.ATS_RELAYS)}"
        r = rng.random()
        if r < 0.45:
            lead = rng.choice(["I received the notice that my application for {r} ({q}) was not selected.",
                               "I saw in the portal that my candidacy for {r} has been closed.",
                               "I was informed this week that {c} will not be moving forward with me for {r}."]).format(**ctx)
            paras = [lead, rng.choice(ASK_CORE) + " " + rng.choice(ASK_FOCUS), rng.choice(ASK_CLOSE).format(**ctx)]
            subj = rng.choice(["Request for feedback - {q}", "Feedback on my application: {r}",
                               "Question about my application", "Message regarding {q}"]).format(**ctx)
            labels = ["feedback_request"]
        elif r < 0.65:
            paras = [rng.choice(["I applied for {r} ({q}) three weeks ago and wanted to check whether there is any "
                                 "update on the timeline.",
                                 "Could you let me know where my application for {r} stands? The portal still says "
                                 "'Under Review'.",
                                 "I'm following up on my application for {r}. I remain very interested."]).format(**ctx)]
            subj = rng.choice(["Status inquiry - {q}", "Following up on my application", "Question about my application"]).format(**ctx)
            labels = []
        elif r < 0.82:
            paras = [rng.choice(["Please withdraw my application for {r} ({q}). I have accepted another position.",
                                 "I'd like to withdraw from consideration for {r}. Thank you for your time.",
                                 "After some thought I've decided to withdraw my candidacy for {r}; the commute "
                                 "wouldn't work for my family."]).format(**ctx)]
            subj = rng.choice(["Withdraw application - {q}", "Withdrawal: {r}", "Message regarding {q}"]).format(**ctx)
            labels = []
        else:
            paras = [rng.choice(["I uploaded the wrong version of my resume for {r}. Could you replace it with the "
                                 "attached file?",
                                 "Could you update my phone number on file? It's now 555-{n}00.",
                                 "The assessment link I received for {r} says it has expired. Could you resend it?"]).format(**ctx)]
            subj = rng.choice(["Updated resume - {q}", "Contact details update", "Assessment link expired"]).format(**ctx)
            labels = []
        body = K.join(rng.choice(["Hello,", "Dear Recruiting Team,", "Hi,", f"Dear {comp} Talent Acquisition,"]),
                      *paras, _cand_sign(rng, cand),
                      rng.choice(["", f"--\nSent via the {comp} Candidate Portal", "Message sent from candidate home page"]))
        yield rec.make("portal", folder="Sent", from_name=cand["full"], from_addr=cand["addr"], to_addr=relay,
                       subject=subj, body_text=body, body_html=None, labels=labels, company=comp)


def fam_replies(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        kind = rng.choice(["tech", "corp", "health", "retail"])
        comp = K.company(rng, kind)
        ctx = C.ctx_for(rng, cand, comp, kind)
        disp, addr, sig = K.recruiter_sender(rng, comp)
        rfirst = K.first_of(disp)
        r = rng.random()
        quoted = None
        labels: list[str] = []
        if r < 0.14:
            m = C.invite(rng, ctx)
            paras = [rng.choice(["Thank you for the invitation! {d} at {t} works well for me.",
                                 "Thanks so much, I've booked a slot through the link for {d}.",
                                 "I'd be happy to interview. I'm free {d} any time after 1pm, or Friday morning."]).format(**ctx)]
            subj, quoted = K.reply_subject(rng, m.subject), m
        elif r < 0.28:
            paras = [rng.choice(["Thank you for taking the time to speak with me today about {r}. I enjoyed hearing "
                                 "about the team's plans and I'm even more excited about the role.",
                                 "Thanks again for the conversation this morning. It was great to learn more about "
                                 "{c}, and I look forward to hearing about next steps.",
                                 "I appreciated the chance to meet the panel yesterday. Please pass my thanks to "
                                 "everyone."]).format(**ctx)]
            subj = rng.choice(["Thank you - {r} interview", "Thank you for your time today", "Great speaking with you"]).format(**ctx)
        elif r < 0.4:
            m = C.offer(rng, ctx, hourly=kind == "retail")
            paras = [rng.choice(["I'm thrilled to accept the offer for {r}! I've signed the letter and returned it "
                                 "through the portal.",
                                 "Thank you so much. I'm happy to formally accept. Please let me know what you need "
                                 "from me for onboarding.",
                                 "Thank you for the offer. After a lot of thought I've decided to decline, as I've "
                                 "accepted another role. I really appreciated getting to know the team."]).format(**ctx)]
            subj, quoted = K.reply_subject(rng, m.subject), m
        elif r < 0.52:
            paras = [rng.choice(["I wanted to let you know that I'm withdrawing from the process for {r}. I've "
                                 "accepted an offer elsewhere. Thank you for your time.",
                                 "After careful consideration I've decided to withdraw my application for {r}. It was "
                                 "a pleasure speaking with you.",
                                 "Please remove me from consideration for {r}; my circumstances have changed."]).format(**ctx)]
            subj = rng.choice(["Withdrawing my application - {r}", "Update from my side", "{r} - withdrawal"]).format(**ctx)
        elif r < 0.68:
            paras = [rng.choice(["Please find attached my resume and cover letter for the {r} position ({q}). With six "
                                 "years of experience in similar roles, I believe I'd be a strong fit.",
                                 "I'm writing to apply for {r}. My resume is attached; I'd welcome the chance to "
                                 "discuss how I could contribute to {c}.",
                                 "A mutual contact suggested I reach out directly about the {r} opening. I've also "
                                 "applied online and attached my resume here."]).format(**ctx)]
            subj = rng.choice(["Application: {r} ({q})", "{r} - {f} {l}", "Resume for {r}"]).format(**ctx, l=cand["last"])
        elif r < 0.78:
            paras = [rng.choice(["Just confirming I received the calendar invite for {d}. See you then!",
                                 "Could we move tomorrow's call by thirty minutes? Something came up at work.",
                                 "Quick question before my interview on {d}: is there parking on site?"]).format(**ctx)]
            subj = rng.choice(["Re: Interview on {d}", "Re: Tomorrow's call", "Interview logistics"]).format(**ctx)
        else:
            m = C.rejection(rng, ctx)
            paras = [rng.choice([
                "Thank you for letting me know about the {r} decision. I really enjoyed the process and have a lot of "
                "respect for the team. If you have a few minutes, I'd welcome any feedback on how I could strengthen my "
                "candidacy next time, particularly in the final round.",
                "I'm sorry to hear it, but thank you for telling me personally. Before I close this chapter, would you "
                "mind sharing what the panel saw as my weakest area? I'm trying to target my preparation.",
                "Thanks, {n}. I appreciate the honesty. Could you share any notes from the interviewers about where I "
                "fell short? Even brief comments would help.",
            ]).format(**{**ctx, "n": rfirst})]
            subj, quoted = K.reply_subject(rng, m.subject), m
            labels = ["feedback_request"]
        body = K.join(f"Hi {rfirst}," if rng.random() < 0.7 else f"Dear {rfirst},", *paras, _cand_sign(rng, cand))
        if quoted is not None:
            qtext = K.join(f"Hi {cand['first']},", *quoted.paras, sig)
            body = K.join(body, K.quote(rng, qtext, disp, addr, quoted.subject, cand["addr"]))
        yield rec.make("replies", folder="Sent", from_name=cand["full"], from_addr=cand["addr"], to_addr=addr,
                       subject=subj, body_text=body, body_html=None, labels=labels, company=comp)


def generate(rng: random.Random) -> Iterable[dict]:
    rec = K.Recorder(FAMILY_PREFIX)
    yield from fam_fbask(rng, rec, 34)
    yield from fam_portal(rng, rec, 30)
    yield from fam_replies(rng, rec, 50)
