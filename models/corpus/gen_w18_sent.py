"""Writer w18: the candidate's Sent folder.

Feedback requests after a rejection (short, anxious, quoting the rejection, chasing an earlier request,
a few in de/fr/es) and the ordinary Sent mail around them that carries no label: thank-you notes,
chasers, withdrawals, offer replies, scheduling replies, applications, notes to friends, forwards.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w18_bank as B  # noqa: E402
import _w18_say as S  # noqa: E402
import _w18_mk as M  # noqa: E402

FAMILY_PREFIX = "w18sent"

# ---------------------------------------------------------------- feedback request pieces
FR_THANKS = [
    "Thanks for letting me know, and for getting back to me so quickly.",
    "Thank you for the update — disappointing, but I appreciate you telling me directly.",
    "I appreciate you taking the time to let me know.",
    "Thanks for the note. Of course I'm a little gutted, but I understand.",
    "Thank you for considering me and for the chance to meet the team.",
    "Understood, and thanks for being upfront about it.",
    "Sorry to hear it, but thanks for closing the loop.",
    "Thanks for your message yesterday.",
    "I really enjoyed the process, so this stings a bit, but thank you for telling me.",
    "Appreciate the heads-up.",
]
FR_ASK = [
    "Would you be able to share any feedback on where I fell short?",
    "If there's any feedback from the panel you could pass on, I'd be really grateful.",
    "Is there anything you could tell me about why I wasn't successful?",
    "Could you let me know what I could have done better in the interview?",
    "Would the hiring manager be open to sharing a couple of points I could work on?",
    "I'd value any pointers on what held my application back.",
    "Any feedback at all — even a line or two — would help me a lot for the next one.",
    "Do you have any notes from the interviewers you'd be able to share?",
    "If possible, I'd love to understand what the deciding factors were on my side.",
    "Would you mind telling me which parts of the interview didn't land?",
    "Could I ask for some feedback on my performance in the final round?",
    "Was there something specific in my answers that the team felt was missing?",
    "I'd be grateful to know what I should focus on improving.",
    "Would a short call to go over feedback be possible at some point?",
]
FR_FOCUS = [
    "In particular I'd like to know how the technical exercise came across.",
    "I'm especially curious about the case study, since I wasn't sure about my approach there.",
    "I'd be most interested in anything about the presentation.",
    "I felt the second half of the conversation went less well, so anything on that would be useful.",
    "I'm trying to work out whether it was my experience or how I interviewed.",
    "Mainly I'd like to know if it was my CV or the interview itself.",
    "", "", "",
]
FR_CLOSE = [
    "Thanks again, and I hope we cross paths in future.", "I'd be glad to be considered for future roles.",
    "No worries if it's not possible.", "Thanks in advance.", "All the best to you and the team.",
    "I completely understand if you can't share much.", "Thank you either way.", "",
]
FR_SUBJ = ["Feedback request", "Feedback on my interview?", "Quick question about my application", "Request for feedback",
           "{role} — feedback", "Following up on the {role} decision", "Could you share some feedback?",
           "Thank you + a small request", "{company} interview feedback", "My interview last week"]

# anxious/long requests
ANX = [
    "I've been going back over the interview in my head since your email and I honestly can't tell where it went wrong.",
    "This is the fourth final round I haven't converted this year, so I'm starting to think there's a pattern I can't see.",
    "I left the panel feeling it had gone well, which is why the outcome has thrown me a bit.",
    "I've been out of work for a few months now and I'm trying hard to improve with each interview.",
    "I know feedback takes time to write up and you're busy, so I'll keep this brief — or at least try to.",
    "Part of me wonders whether I talked too much, part of me wonders whether my examples were too old.",
    "I changed careers two years ago and I'm never sure how my background reads to a panel.",
    "My partner says I'm overthinking it, but I'd rather know than guess.",
    "I prepared a lot for the presentation and I'm worried I pitched it at the wrong level.",
    "I'm not asking you to reconsider, I just want to get better at this.",
    "It's difficult to improve when every rejection is a template, so a human view would mean a lot.",
]


def _ctx(rng: random.Random) -> dict:
    company = rng.choice(B.COMPANIES)
    c = B.candidate(rng)
    s = B.staff(rng, company)
    return {"company": company, "c": c, "s": s, "role": rng.choice(B.ROLES)}


def _rejection_text(rng: random.Random, x: dict) -> str:
    """A rejection as it would appear in quoted history."""
    j = rng.choice(S.REJECT)
    return B.para(f"{rng.choice(['Hi', 'Dear', 'Hello'])} {x['c']['first']},",
                  f"Thank you for your time interviewing for the {x['role']} role. After careful consideration {j}.",
                  rng.choice(S.SOFTEN), f"{rng.choice(['Best', 'Kind regards', 'Regards', 'All the best'])},\n{x['s']['name']}")


def _fr_body(rng: random.Random, x: dict, long: bool) -> str:
    greet = rng.choice([f"Hi {x['s']['first']},", f"Dear {x['s']['first']},", f"Hello {x['s']['name']},", f"{x['s']['first']} —",
                        f"Hi {x['s']['first']}"])
    parts = [greet, rng.choice(FR_THANKS)]
    if long:
        parts.append(" ".join(rng.sample(ANX, rng.randint(2, 4))))
    ask = rng.choice(FR_ASK)
    foc = rng.choice(FR_FOCUS)
    parts.append((ask + " " + foc).strip())
    parts.append(rng.choice(FR_CLOSE))
    parts.append(B.cand_sig(rng, x["c"]))
    return B.para(*parts)


def _fr_subject(rng: random.Random, x: dict) -> str:
    return rng.choice(FR_SUBJ).format(role=x["role"], company=x["company"])


def _sent(fam: str, n: int, x: dict, subject: str, body: str, labels: list[str], company: str | None, lang: str = "en",
          to: str | None = None, to_name: str | None = None) -> dict:
    return B.record(fam, n, folder="Sent", from_name=x["c"]["name"], from_addr=x["c"]["addr"],
                    to_addr=to or x["s"]["addr"], subject=subject, body_text=body, labels=labels, company=company, lang=lang)


# ---------------------------------------------------------------- Sent negatives
THANKYOU = [
    "Thank you for taking the time to speak with me today about the {role} role. I enjoyed hearing about {thing}.",
    "Just a quick note to say thanks for this afternoon. It was great to meet the team and see {thing}.",
    "Thanks again for the interview this morning — the conversation about {thing} has stuck with me.",
    "I wanted to follow up and thank you for the time today. I'm even more excited about the role after learning about {thing}.",
    "Many thanks for showing me around today. {thing_cap} sounds like exactly the kind of challenge I'm after.",
]
THINGS = ["the warehouse automation project", "how the ward rota works", "your plans for the new app", "the rebrand",
          "the migration off the old billing system", "the team's approach to code review", "the expansion into Germany",
          "the research roadmap", "the client portfolio", "the new kitchen opening", "the audit cycle", "the data platform"]
CHASE = [
    "I hope you're well. I interviewed for the {role} position on {date} and wondered if there was any update on the timeline.",
    "Just checking in on my application for {role} — is there any news yet?",
    "I applied for the {role} role a few weeks ago and haven't heard anything, so I wanted to make sure it arrived.",
    "Sorry to chase! Do you have a rough idea of when decisions will be made for {role}?",
    "I've had another offer come in with a deadline of Friday, so I wanted to ask where things stand with {role}.",
    "Any update on next steps? Still very keen on the role.",
]
WITHDRAW = [
    "I wanted to let you know that I've decided to withdraw my application for {role}. I've accepted another position.",
    "After a lot of thought I'm going to step back from the process for {role}; the commute just wouldn't work for my family.",
    "Please withdraw me from consideration for {role}. Thank you for your time and I'm sorry for any inconvenience.",
    "I've realised the role isn't quite the right fit for where I want to go, so I'd like to withdraw. Thanks for everything so far.",
]
SCHEDULE = [
    "{slot} works well for me. Looking forward to it.", "Thanks! Could we do {slot} instead? I'm at work until then.",
    "Confirming {slot}. Will it be on Teams or Zoom?", "Great — I've booked {slot} through the link.",
    "{slot} is perfect. Should I bring anything, or prepare for the exercise in advance?",
    "Apologies, something came up — is there any chance of moving to {slot}?",
]
ACCEPT = [
    "I'm thrilled to accept the offer for {role}. I've signed and returned the letter.",
    "Thank you so much — I'm happy to accept. {date} works as a start date.",
    "Delighted to say yes! Please let me know what you need from me for onboarding.",
    "I accept! Thanks for being so patient while I thought it over.",
]
DECLINE = [
    "Thank you very much for the offer for {role}. After careful thought I've decided to decline; I've accepted a role closer to home.",
    "I really appreciate the offer, but I'm going to turn it down. It was a tough decision.",
    "I'm afraid I'll have to decline the offer. The team was lovely and I hope we stay in touch.",
]
NEGOTIATE = [
    "Thank you for the offer — I'm excited about it. Before I sign, is there any flexibility on the base? I was hoping for closer to {money}.",
    "I'd love to accept, but I'd like to talk about the salary. Given my experience with {thing}, would {money} be possible?",
    "Could we discuss the start date and the holiday allowance before I confirm? The salary itself looks fine.",
    "Is there room to move on the bonus or on remote days? Happy to jump on a call.",
]
APPLY = [
    "Please find attached my CV and cover letter for the {role} position advertised on your website.",
    "I'd like to apply for the {role} role ({req}). My CV is attached; I have {yrs} years' experience in similar positions.",
    "I'm writing to express my interest in the {role} vacancy. I've admired {company}'s work for a while, especially {thing}.",
    "Hi, I saw the {role} opening shared by a friend and wanted to send my details directly. CV attached.",
    "Following our chat at the careers fair, here is my application for {role}.",
]


def _sent_negative(rng: random.Random, x: dict, kind: str) -> tuple[str, str]:
    """(subject, new text) for a Sent message without labels."""
    fill = {"role": x["role"], "thing": rng.choice(THINGS), "thing_cap": rng.choice(THINGS).capitalize(),
            "date": B.human_date(rng), "slot": B.slot(rng), "money": S.money(rng), "req": B.req_no(rng),
            "yrs": str(rng.randint(2, 15)), "company": x["company"]}
    bank = {"thanks": THANKYOU, "chase": CHASE, "withdraw": WITHDRAW, "schedule": SCHEDULE, "accept": ACCEPT,
            "decline": DECLINE, "negotiate": NEGOTIATE, "apply": APPLY}[kind]
    subj = {
        "thanks": ["Thank you", "Thanks for today", "Thank you — {role} interview", "Great to meet you"],
        "chase": ["Checking in", "{role} application — any update?", "Following up", "Update on {role}?"],
        "withdraw": ["Withdrawing my application", "{role} — withdrawal", "Application for {role}"],
        "schedule": ["Re: Interview availability", "Re: Next steps", "Re: {role} — scheduling", "Re: Times for a chat"],
        "accept": ["Re: Offer of employment", "Accepting the offer", "Re: Your offer — {role}"],
        "decline": ["Re: Offer — {role}", "Offer decision", "Re: Offer of employment"],
        "negotiate": ["Re: Offer — {role}", "Re: Your offer", "Question about the offer"],
        "apply": ["Application: {role}", "{role} {req}", "Application for {role} — {name}", "CV for {role}"],
    }[kind]
    s = rng.choice(subj).format(role=x["role"], req=fill["req"], name=x["c"]["name"])
    body = B.para(rng.choice([f"Hi {x['s']['first']},", f"Dear {x['s']['first']},", f"Hello {x['s']['first']}",
                              "Dear Hiring Manager,", f"{x['s']['first']},"]),
                  rng.choice(bank).format(**fill),
                  rng.choice(["Thanks again.", "Best wishes.", "Have a lovely weekend.", "", "Speak soon.",
                              "Thank you for your help throughout."]),
                  B.cand_sig(rng, x["c"]))
    return s, body


def fam_gracious(rng: random.Random) -> Iterable[dict]:
    """Short, polite Sent mail: feedback requests and one-paragraph notes."""
    fam = f"{FAMILY_PREFIX}-gracious"
    for n in range(40):
        x = _ctx(rng)
        if n % 3 == 0:
            yield _sent(fam, n, x, _fr_subject(rng, x), _fr_body(rng, x, long=False), ["feedback_request"], x["company"])
        else:
            subj, body = _sent_negative(rng, x, rng.choice(["thanks", "thanks", "schedule", "chase", "withdraw"]))
            yield _sent(fam, n, x, subj, body, [], x["company"])


def fam_anxious(rng: random.Random) -> Iterable[dict]:
    """Long, worried letters: feedback requests and long chasers/withdrawals."""
    fam = f"{FAMILY_PREFIX}-anxious"
    for n in range(26):
        x = _ctx(rng)
        if n % 5 in (0, 2):
            yield _sent(fam, n, x, _fr_subject(rng, x), _fr_body(rng, x, long=True), ["feedback_request"], x["company"])
        else:
            subj, body = _sent_negative(rng, x, rng.choice(["chase", "withdraw", "negotiate"]))
            worry = " ".join(rng.sample([a for a in ANX if "feedback" not in a and "rejection" not in a], 2))
            body = body.replace("\n\n", "\n\n" + worry + "\n\n", 1) if rng.random() < 0.7 else body
            yield _sent(fam, n, x, subj, body, [], x["company"])


def fam_quoted(rng: random.Random) -> Iterable[dict]:
    """Replies written above the employer's mail: a feedback request over a rejection, or a negative over an invite/offer."""
    fam = f"{FAMILY_PREFIX}-quoted"
    for n in range(36):
        x = _ctx(rng)
        orig_subj = rng.choice([f"Your application — {x['role']}", f"{x['company']}: {x['role']} update",
                                f"Update on your application {B.req_no(rng)}", f"{x['role']} interview outcome"])
        if n % 3 == 0:
            body = _fr_body(rng, x, long=rng.random() < 0.3)
            q = _rejection_text(rng, x)
            yield _sent(fam, n, x, B.re_(rng, orig_subj), body + "\n\n" + B.quote(rng, q, x["s"]["name"], x["s"]["addr"],
                                                                                 orig_subj, x["c"]["addr"]),
                        ["feedback_request"], x["company"])
        else:
            kind = rng.choice(["schedule", "schedule", "accept", "thanks", "decline"])
            subj, body = _sent_negative(rng, x, kind)
            if kind == "schedule":
                q = B.para(f"Hi {x['c']['first']},", f"Thanks for applying. {M.invite(rng)}",
                           f"Best,\n{x['s']['name']}")
            elif kind in ("accept", "decline"):
                q = B.para(f"Dear {x['c']['first']},", rng.choice(S.OFFER).format(role=x["role"]) + ".",
                           rng.choice(S.OFFER_TERMS).format(money=S.money(rng), extra=rng.choice(S.EXTRAS), date=B.human_date(rng)),
                           f"Warmly,\n{x['s']['name']}")
            elif kind == "thanks":
                q = B.para(f"Hi {x['c']['first']}, see you tomorrow at {B.slot(rng).split(' ')[-1]}. Ask for me at reception.", x["s"]["first"])
            else:
                q = _rejection_text(rng, x)
            # a thank-you over a rejection quote is still no label (nothing asked)
            if kind == "decline":
                pass
            yield _sent(fam, n, x, B.re_(rng, subj.removeprefix("Re: ")), body + "\n\n" +
                        B.quote(rng, q, x["s"]["name"], x["s"]["addr"], subj, x["c"]["addr"]), [], x["company"])


FOLLOWUP = [
    "I'm just bumping this up in case it got lost — I'd still really value any feedback from the interview.",
    "Sorry to follow up again. Is there any chance of a few words of feedback on my application? Even brief points would help.",
    "Following up on my note below. If the panel has any comments on my interview I'd be glad to hear them.",
    "Hi again — I know things are busy. I'd still appreciate a bit of feedback on why I wasn't taken forward, whenever you have a moment.",
    "Gentle nudge on the feedback question below. Happy to take it over a 10-minute call if that's easier.",
    "Circling back once more on feedback. I promise this is the last nudge!",
]


def fam_followup(rng: random.Random) -> Iterable[dict]:
    """Second attempts: chasing a feedback request (label) or chasing an application status (no label)."""
    fam = f"{FAMILY_PREFIX}-followup"
    for n in range(24):
        x = _ctx(rng)
        if n % 2 == 0:
            first = _fr_body(rng, x, long=False)
            new = B.para(f"Hi {x['s']['first']},", rng.choice(FOLLOWUP), B.cand_sig(rng, x["c"]))
            subj = B.re_(rng, _fr_subject(rng, x))
            body = new + "\n\n" + B.quote(rng, first, x["c"]["name"], x["c"]["addr"], subj, x["s"]["addr"])
            yield _sent(fam, n, x, subj, body, ["feedback_request"], x["company"])
        else:
            subj0, first = _sent_negative(rng, x, "chase")
            new = B.para(f"Hi {x['s']['first']},", rng.choice([
                "Just following up on the email below — any news on the role?",
                "Sorry to chase again. Has a decision been made yet?",
                "Bumping this up. I'm still very interested and available to start in a month.",
                "Hi again, I wanted to check whether you'd had a chance to look at my application.",
            ]), B.cand_sig(rng, x["c"]))
            body = new + "\n\n" + B.quote(rng, first, x["c"]["name"], x["c"]["addr"], subj0, x["s"]["addr"])
            yield _sent(fam, n, x, B.re_(rng, subj0), body, [], x["company"])


INTL_FR = {
    "de": [("Feedback zu meinem Vorstellungsgespräch", "Hallo {s},\n\nvielen Dank für Ihre Rückmeldung, auch wenn ich mir natürlich eine andere Nachricht gewünscht hätte. Wäre es möglich, mir ein kurzes Feedback zu geben, woran es gelegen hat? Das würde mir für die nächsten Bewerbungen sehr helfen.\n\nViele Grüße\n{c}"),
           ("Ihre Absage – kurze Bitte", "Guten Tag {s},\n\ndanke, dass Sie mir so schnell Bescheid gegeben haben. Dürfte ich fragen, was aus Sicht des Teams gefehlt hat? Besonders zur Fallstudie hätte ich gern eine Einschätzung.\n\nBeste Grüße\n{c}")],
    "fr": [("Demande de retour", "Bonjour {s},\n\nMerci pour votre message. Même si la réponse est négative, j'ai beaucoup apprécié nos échanges. Pourriez-vous me faire part de quelques retours sur mon entretien, afin que je sache sur quoi progresser ?\n\nBien cordialement,\n{c}"),
           ("Suite à votre réponse", "Bonjour {s},\n\nJe vous remercie de m'avoir informé de votre décision. Serait-il possible d'avoir un retour, même bref, sur les points qui ont manqué dans ma candidature ?\n\nMerci d'avance,\n{c}")],
    "es": [("Solicitud de feedback", "Hola {s}:\n\nGracias por avisarme. Aunque me da pena, entiendo la decisión. ¿Podrías compartir algún comentario sobre mi entrevista? Me ayudaría mucho saber en qué mejorar.\n\nUn saludo,\n{c}"),
           ("Sobre el proceso", "Buenas tardes {s},\n\nMuchas gracias por la respuesta. Si fuera posible, me gustaría conocer los motivos por los que no he seguido adelante, sobre todo en la prueba técnica.\n\nSaludos cordiales,\n{c}")],
}
INTL_NEG = {
    "de": [("Danke für das Gespräch", "Hallo {s},\n\nvielen Dank für das nette Gespräch heute. Ich freue mich darauf, von Ihnen zu hören.\n\nViele Grüße\n{c}"),
           ("AW: Terminvorschlag", "Hallo {s},\n\nDienstag um 14 Uhr passt mir gut. Bis dann!\n\n{c}"),
           ("Rückzug meiner Bewerbung", "Guten Tag {s},\n\nhiermit ziehe ich meine Bewerbung zurück, da ich mich für eine andere Stelle entschieden habe. Vielen Dank für Ihre Zeit.\n\nMit freundlichen Grüßen\n{c}")],
    "fr": [("Merci pour l'entretien", "Bonjour {s},\n\nMerci encore pour le temps accordé ce matin, j'ai beaucoup apprécié la discussion sur le projet.\n\nBien à vous,\n{c}"),
           ("RE: Disponibilités", "Bonjour {s},\n\nJeudi à 10h me convient parfaitement. À jeudi !\n\n{c}"),
           ("Acceptation de l'offre", "Bonjour {s},\n\nJe suis ravi d'accepter votre proposition. Je vous renvoie le contrat signé dès demain.\n\nCordialement,\n{c}")],
    "es": [("Gracias por la entrevista", "Hola {s}:\n\nMuchas gracias por la conversación de hoy. Me ha encantado conocer al equipo.\n\nUn abrazo,\n{c}"),
           ("RE: Horario", "Hola {s},\n\nEl lunes a las 11 me viene perfecto. ¡Gracias!\n\n{c}"),
           ("¿Novedades?", "Hola {s}:\n\nQuería preguntar si hay novedades sobre el proceso. Sigo muy interesada en el puesto.\n\nSaludos,\n{c}")],
}


def fam_intl(rng: random.Random) -> Iterable[dict]:
    """German, French and Spanish Sent mail, a third of it feedback requests."""
    fam = f"{FAMILY_PREFIX}-intl"
    for n in range(20):
        x = _ctx(rng)
        lang = ["de", "fr", "es"][n % 3]
        if n % 3 == 0 or n in (4, 8):
            subj, tmpl = rng.choice(INTL_FR[lang])
            labels = ["feedback_request"]
        else:
            subj, tmpl = rng.choice(INTL_NEG[lang])
            labels = []
        body = tmpl.format(s=x["s"]["first"], c=x["c"]["name"])
        if labels and rng.random() < 0.5:
            q = _rejection_text(rng, x)
            body += "\n\n" + B.quote(rng, q, x["s"]["name"], x["s"]["addr"], "Ihre Bewerbung" if lang == "de" else x["role"],
                                     x["c"]["addr"], style="german" if lang == "de" else None)
            subj = B.re_(rng, subj)
        yield _sent(fam, n, x, subj, body, labels, x["company"], lang=lang)


FRIEND_NOTES = [
    "Ugh, see below. Third one this month. Pub later?",
    "Well, that's that then. Forwarding so you can see how nicely they phrased it, ha.",
    "FYI — didn't get it. I'm fine, honestly. Mostly.",
    "Can you believe this? Two rounds and a take-home and this is what I get.",
    "Look at this one. At least they said it was close?",
    "Sharing for the spreadsheet. Mark {company} as a no.",
    "Not the news I wanted. Will call you after work.",
    "Hey, what do you make of the wording here? Is it a template?",
]
PERSONAL = [
    ("Interview tomorrow!!", "Hey {f},\n\nGot the final round at {company} tomorrow morning. Any last tips? I keep blanking on the 'why us' question.\n\n{me}"),
    ("CV — would you mind?", "Hi {f},\n\nWould you mind having a quick look at my CV before I send it out again? I've tried to lead with results this time. No rush.\n\nThanks!\n{me}"),
    ("job hunt update", "Hi Mum,\n\nQuick update: two applications out this week, one phone screen on {day}, and I heard nothing from {company} yet. Fingers crossed. Love you.\n\n{me}"),
    ("thought you'd like this role", "{f}! This {role} job at {company} has your name all over it. Link: https://careers.example/{n}\n\n{me}"),
    ("coffee?", "Hi {f},\n\nWould you be up for a coffee next week? I'd love to pick your brain about moving into {role} work.\n\nCheers,\n{me}"),
    ("my spreadsheet", "Hey,\n\nAttached is the tracker you asked about. 34 applications, 6 interviews, 1 offer pending. Tell me I'm doing OK.\n\n{me}"),
    ("Reference", "Hi {f},\n\nWould you be happy to act as a referee for me? {company} might be in touch next week. Thank you so much!\n\n{me}"),
    ("saturday", "Still on for Saturday? I'll bring the cake. Also I have GOSSIP about the interview.\n\n{me}"),
]


def fam_personal(rng: random.Random) -> Iterable[dict]:
    """Notes to friends, family and mentors, including forwards of a rejection with only a personal comment."""
    fam = f"{FAMILY_PREFIX}-personal"
    for n in range(26):
        x = _ctx(rng)
        friend = B.candidate(rng)
        if n % 2 == 0:
            orig_subj = rng.choice([f"Your application for {x['role']}", f"{x['company']} — update", "Application outcome",
                                    f"Re: {x['role']} final round"])
            note = rng.choice(FRIEND_NOTES).format(company=x["company"])
            body = note + "\n\n" + B.forward_block(rng, _rejection_text(rng, x), x["s"]["name"], x["s"]["addr"], orig_subj,
                                                   x["c"]["addr"])
            yield _sent(fam, n, x, B.fwd_(rng, orig_subj), body, [], x["company"], to=friend["addr"])
        else:
            subj, tmpl = rng.choice(PERSONAL)
            body = tmpl.format(f=friend["first"], company=x["company"], me=x["c"]["first"], day=rng.choice(B.DAYS),
                               role=x["role"].lower(), n=rng.randint(100, 999))
            comp = x["company"] if "{company}" in tmpl and "Mum" not in tmpl and "Reference" not in subj else None
            yield _sent(fam, n, x, subj, body, [], comp, to=friend["addr"])


def fam_offerdesk(rng: random.Random) -> Iterable[dict]:
    """Offer replies from the candidate's side: accepting, declining, negotiating. All no label."""
    fam = f"{FAMILY_PREFIX}-offerdesk"
    for n in range(18):
        x = _ctx(rng)
        subj, body = _sent_negative(rng, x, rng.choice(["accept", "decline", "negotiate", "negotiate"]))
        yield _sent(fam, n, x, subj, body, [], x["company"])


def fam_apply(rng: random.Random) -> Iterable[dict]:
    """Applications and cover letters sent by the candidate. No label."""
    fam = f"{FAMILY_PREFIX}-apply"
    for n in range(16):
        x = _ctx(rng)
        subj, body = _sent_negative(rng, x, "apply")
        if rng.random() < 0.4:
            body = body.replace(B.cand_sig(rng, x["c"]) if False else "\n\n", "\n\n" + rng.choice([
                "In my current role I run a team of four and look after our largest accounts.",
                "Over the last three years I've led two system migrations and cut our incident count by half.",
                "I qualified in 2019 and have worked on busy acute wards since.",
                "My portfolio is linked below, with case studies on onboarding and checkout flows.",
            ]) + "\n\n", 1)
        yield _sent(fam, n, x, subj, body, [], x["company"])


def generate(rng: random.Random) -> Iterable[dict]:
    for fam in (fam_gracious, fam_anxious, fam_quoted, fam_followup, fam_intl, fam_personal, fam_offerdesk, fam_apply):
        yield from fam(rng)
