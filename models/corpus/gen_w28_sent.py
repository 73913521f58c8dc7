"""Writer w28: the candidate's Sent mail. Requests for feedback after a rejection (feedback_request),
in many registers and in de/fr/es, and Sent look-alikes with no label: thanks for feedback received,
thank-you notes after interviews, withdrawals, accepting offers, scheduling replies, applications."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w28_fb as F  # noqa: E402
import _w28_world as W  # noqa: E402

FAMILY_PREFIX = "w28sent"

ASK_OPEN = ["Thank you for letting me know, and for the time everyone spent with me.",
            "Thanks for the update – disappointing, but I appreciate you telling me quickly.",
            "I'm sorry to hear that, though I enjoyed the process a lot.",
            "Thanks for getting back to me.", "Understood, and thank you.", ""]
ASK_CORE = ["Would it be possible to get some feedback on my interviews? Anything specific would help me improve.",
            "If the panel has a moment, I'd be really grateful for any pointers on where I could have done better.",
            "Could you share what tipped the decision? In particular, I'd like to know how my system design round came across.",
            "I'd value any honest feedback, even a couple of lines, on what I should work on before my next interviews.",
            "Was there a particular area where I fell short? I'm keen to learn from it.",
            "Is there any feedback you could pass on from the hiring manager?",
            "I'd appreciate knowing whether it was my experience level or something in the interviews themselves.",
            "Would you mind telling me how my take-home was assessed? I'd like to understand what the reviewers expected.",
            "Any feedback on my portfolio would be hugely helpful."]
ASK_END = ["I completely understand if that's not possible.", "No worries if you can't share anything.",
           "I'd still love to be considered for future roles.", "Thanks again.", ""]

ASK_INTL = {
    "de": ("Vielen Dank für Ihre Rückmeldung, auch wenn sie nicht positiv ausgefallen ist. Wäre es möglich, ein kurzes Feedback zu meinem Gespräch zu bekommen? Das würde mir für künftige Bewerbungen sehr helfen.",
           ["AW: Ihre Bewerbung", "Bitte um Feedback", "AW: Absage {r}"]),
    "fr": ("Merci pour votre réponse. Serait-il possible d'avoir un retour sur les points à améliorer lors de mon entretien ? Cela m'aiderait beaucoup pour la suite.",
           ["RE: Votre candidature", "Demande de retour", "RE: Candidature {r}"]),
    "es": ("Gracias por avisarme. ¿Sería posible recibir algo de feedback sobre la entrevista? Me ayudaría mucho saber en qué puedo mejorar.",
           ["RE: Tu candidatura", "Solicitud de feedback", "RE: Proceso {r}"]),
}

SENT_NEG = [
    ("Thanks for the feedback", "Thank you so much for taking the time to write such detailed feedback. The point about my system design answers is fair and I'm already working on it."),
    ("Thank you – {r} interview", "Thanks for your time today. I really enjoyed hearing about the team's plans and I'm even more excited about the role."),
    ("Withdrawing my application – {r}", "I've decided to withdraw my application for {r}, as I've accepted another position. Thank you for your time and consideration."),
    ("Re: Offer – {r}", "I'm delighted to accept the offer! I've signed and attached the contract. Looking forward to starting on {dt}."),
    ("Re: Interview invitation", "Thanks for the invitation. {s} works perfectly for me – see you then."),
    ("Re: Scheduling", "Could we move the call to later in the afternoon? I'm available any time after 3pm on {s}."),
    ("Application: {r}", "Please find attached my CV and cover letter for the {r} position advertised on your website. I'd welcome the chance to discuss it."),
    ("Re: Next steps", "Thanks for the update on timing. Happy to wait until next week for a decision."),
    ("Declining the offer", "Thank you for the offer for {r}. After a lot of thought I've decided to decline; the timing isn't right for me."),
    ("Re: feedback on my CV?", "Hi {m}, could you look over my CV before I send it to {c}? I feel it undersells the migration project."),
]


def ask(rng, fam, n, lang="en"):
    tlds = {"en": None, "de": ("de", "at", "ch"), "fr": ("fr",), "es": ("es", "mx", "cl")}[lang]
    if tlds:
        c, _i, tld = rng.choice([x for x in W.COMPANIES if x[2] in tlds])
        r = rng.choice({"de": W.ROLES_DE, "fr": W.ROLES_FR, "es": W.ROLES_ES}[lang])
    else:
        c, _i, tld = W.employer(rng)
        r = rng.choice(W.ROLES)
    cand, caddr = W.candidate(rng)
    rec = W.Person(rng, c, tld)
    if lang == "en":
        paras = [rng.choice(ASK_OPEN), rng.choice(ASK_CORE), rng.choice(ASK_END)]
        subj = rng.choice(["Re: Your application – {r}", "Feedback request – {r}", "Re: Interview outcome",
                           "Re: Update on your {r} application", "Request for interview feedback", "RE: {c} – {r}"])
    else:
        text, subjs = ASK_INTL[lang]
        paras = [text]
        subj = rng.choice(subjs)
    body = W.letter(rng, lang, rec.name, paras, cand.split()[0] if rng.random() < .6 else cand, None)
    if subj.lower().startswith(("re", "aw")) and rng.random() < .8:
        dec = rng.choice(F.DECISION[lang]).format(r=r)
        body += "\n\n" + W.quote(rng, lang, W.greet(rng, lang, cand) + "\n\n" + dec + "\n\n" + rec.name, rec.name, rec.addr)
    return W.record(fam, n, folder="Sent", lang=lang, from_name=cand, from_addr=caddr, to_addr=rec.addr,
                    subject=subj.format(r=r, c=c), body=body, labels=["feedback_request"], company=c)


TERSE = ["Thanks {n}. Any feedback at all? Even one line would help.",
         "shame! was there anything specific that let me down?",
         "Appreciate you letting me know. What would have made the difference?",
         "Thanks for the heads up. Mind sharing what the panel thought of my case study?",
         "Got it, thanks. Could I ask which parts of the interview were weakest?"]
TERSE_NEG = ["Thanks {n}, no worries at all.", "ok, thanks for letting me know!", "Understood. Good luck with the new hire."]


def terse(rng, fam, n):
    c, _i, tld = W.employer(rng)
    cand, caddr = W.candidate(rng)
    rec = W.Person(rng, c, tld)
    body = rng.choice(TERSE).format(n=rec.first) + "\n\n" + rng.choice(["Sent from my phone", cand.split()[0], "-" + cand.split()[0][0], ""])
    note = rng.choice(["Hi {n}, we've decided not to progress your application further. Thanks for your time. {s}",
                       "Unfortunately the team has decided to go with another candidate. {s}"]).format(n=cand.split()[0], s=rec.first)
    body = body.rstrip() + "\n\n" + W.quote(rng, "en", note, rec.name, rec.addr)
    return W.record(fam, n, folder="Sent", from_name=cand, from_addr=caddr, to_addr=rec.addr,
                    subject=rng.choice(["Re: Update", "Re: your application", "Re: {c}"]).format(c=c), body=body,
                    labels=["feedback_request"], company=c)


def sentneg(rng, fam, n):
    c, _i, tld = W.employer(rng)
    r = rng.choice(W.ROLES)
    cand, caddr = W.candidate(rng)
    rec = W.Person(rng, c, tld)
    subj, text = rng.choice(SENT_NEG)
    mentor = "feedback on my CV" in subj
    to = W.Person(rng) if mentor else rec
    f = dict(r=r, c=c, s=W.a_slot(rng), dt=W.a_date(rng), m=to.first)
    body = W.letter(rng, "en", to.name, [text.format(**f)], cand.split()[0], None)
    if subj.startswith("Re:") and rng.random() < .6:
        body += "\n\n" + W.quote(rng, "en", rng.choice(["Please let us know your availability.", "Looking forward to hearing from you.",
                                                      "See attached."]), to.name, to.addr)
    return W.record(fam, n, folder="Sent", from_name=cand, from_addr=caddr, to_addr=to.addr, subject=subj.format(**f),
                    body=body, labels=[], company=None if mentor else c)


def generate(rng: random.Random) -> Iterable[dict]:
    for n in range(1, 31):
        yield ask(rng, f"{FAMILY_PREFIX}-ask", n)
    for n in range(1, 13):
        yield terse(rng, f"{FAMILY_PREFIX}-terse", n)
    for n in range(1, 13):
        yield ask(rng, f"{FAMILY_PREFIX}-askintl", n, rng.choice(["de", "fr", "es"]))
    for n in range(1, 58):
        yield sentneg(rng, f"{FAMILY_PREFIX}-neg", n)
