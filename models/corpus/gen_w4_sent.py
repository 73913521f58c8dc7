"""Writer w4: the candidate's own Sent mail – feedback requests after rejections (labelled) and
thank-yous, withdrawals, follow-ups, offer replies (unlabelled) – in English and de/fr/es."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w4_kit as K  # noqa: E402
from _w4_en import REJ_CORE  # noqa: E402

FAMILY_PREFIX = "w4s"

FR_OPEN = [
    "Thank you for letting me know about the outcome of my application for {role}.",
    "Thanks for taking the time to inform me of your decision, although I am of course disappointed.",
    "I appreciate you getting back to me regarding the {role} position.",
    "Many thanks for your e-mail. I understand the decision and respect it.",
    "Thank you for the update on my candidature; I enjoyed meeting the panel.",
    "I received your message about the {role} vacancy, thank you for being transparent.",
    "Thanks for the quick reply, even if it is not the news I was hoping for.",
    "I was sorry to hear that I was not selected, but thank you for the courtesy of a reply.",
]
FR_ASK = [
    "Would it be possible to receive some feedback on my interview, so that I can improve for future applications?",
    "If the panel has any comments on where I fell short, I would be very grateful to hear them.",
    "Could you kindly share the interviewers' feedback on my performance, especially in the technical round?",
    "I would highly appreciate any feedback on areas I should work on.",
    "May I ask what were the main reasons my profile was not taken forward? Any pointers would help me a lot.",
    "Would you be able to spare five minutes for a short call to go through the feedback?",
    "Kindly let me know if there is any feedback from the hiring manager, it would help me to prepare better.",
    "If possible, I'd love to know what I could have done differently in the assessment centre.",
    "Is there any specific skill gap the panel noticed that I should focus on?",
]
FR_CLOSE = [
    "Thank you again for your time and consideration.", "I hope to have the chance to apply again in the future.",
    "Best wishes to you and the team.", "Thanks in advance.", "Looking forward to your reply.",
    "Kind regards,", "I remain interested in other opportunities at {org}.", "Have a nice week ahead.",
]
OTHER = {
    "thanks": ["Thank you very much for the interview today. I enjoyed learning about the team's work on {role} and I am even more motivated to join {org}.",
               "Just a short note to thank you and the panel for your time this morning. It was a pleasure.",
               "Thank you for the pleasant conversation yesterday. Please let me know if you need any further documents from me."],
    "withdraw": ["I would like to withdraw my application for {role}, as I have accepted another position. Thank you for your time.",
                 "Due to personal reasons I need to withdraw my candidature from the process. I apologise for any inconvenience.",
                 "After careful thought I have decided not to continue with the process for {role}. I really appreciate the opportunity."],
    "follow": ["I am writing to follow up on my application for {role} submitted three weeks ago. Could you let me know the current status?",
               "I wanted to check if there is any update after my second interview last week.",
               "Kindly let me know if you need anything else from my side to move forward with my application."],
    "offer_reply": ["Thank you for the offer. I am happy to accept and look forward to starting on the agreed date.",
                    "Many thanks for the offer for {role}. Before accepting, could we discuss the start date and the relocation support?",
                    "Thank you so much for the offer. After a lot of thought I have decided to decline, as I have accepted another role."],
    "resched": ["Could we please move my interview to another day? I have a conflict on the proposed date.",
                "I confirm my availability for the interview on the proposed date. See you then.",
                "Thank you for the invitation. I confirm that I will attend the assessment centre."],
}
INTL = {
    "de": (["Vielen Dank für Ihre Rückmeldung, auch wenn ich natürlich etwas enttäuscht bin.", "danke für die offene Rückmeldung zur Stelle."],
           ["Wäre es möglich, ein kurzes Feedback zu meinem Gespräch zu bekommen? Das würde mir für künftige Bewerbungen sehr helfen.",
            "Könnten Sie mir sagen, woran es letztlich gescheitert ist?", "Hast du vielleicht noch ein paar Punkte vom Team, was ich besser machen kann?"],
           ["Hallo {first},", "Sehr geehrte Frau {last},", "Guten Tag Herr {last},"], ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
           ["Ich möchte meine Bewerbung als {role} zurückziehen, da ich ein anderes Angebot angenommen habe.", "Vielen Dank für das angenehme Gespräch heute!"]),
    "fr": (["Merci pour votre retour, même s'il n'est pas celui que j'espérais.", "merci d'avoir pris le temps de me répondre."],
           ["Serait-il possible d'avoir un retour sur mon entretien afin de progresser ?", "Pourriez-vous me dire sur quels points je dois m'améliorer ?",
            "Tu aurais quelques retours de l'équipe pour que je m'améliore ?"],
           ["Bonjour Madame {last},", "Bonjour {first},", "Madame, Monsieur,"], ["Bien cordialement,", "Merci d'avance,", "Belle journée,"],
           ["Je souhaite retirer ma candidature au poste de {role}, ayant accepté une autre proposition.", "Merci beaucoup pour l'entretien de ce matin."]),
    "es": (["Gracias por informarme de la decisión.", "gracias por tomarte el tiempo de escribirme."],
           ["¿Sería posible recibir algún comentario sobre mi entrevista para poder mejorar?", "Me gustaría saber en qué aspectos debería mejorar, si es posible.",
            "¿Me podrías pasar el feedback del equipo?"],
           ["Hola {first},", "Estimada Sra. {last}:", "Buenos días:"], ["Saludos cordiales,", "Un saludo,", "Muchas gracias,"],
           ["Quisiera retirar mi candidatura al puesto de {role}, ya que he aceptado otra oferta.", "Muchas gracias por la entrevista de hoy."]),
}


def _envelope(rng: random.Random):
    o = K.org(rng)
    first, last, me = K.candidate(rng)
    pf, pl = K.person(rng)
    return o, (first, last, me), (pf, pl)


def generate(rng: random.Random):
    ids = K.Counter(FAMILY_PREFIX)
    # English feedback requests (30) and other sent mail (24)
    for i in range(54):
        (org, dom, _), (cf, cl, me), (pf, pl) = _envelope(rng)
        role = rng.choice(K.ROLES_EN)
        fam = "w4-sent-formal" if i % 2 else "w4-sent-brief"
        greet = rng.choice([f"Dear {pf},", f"Hi {pf},", f"Dear Ms {pl},", f"Dear Mr. {pl},", "Dear Sir/Madam,", "Hello team,", "Respected Sir/Madam,"])
        sign = rng.choice([f"Best regards,\n{cf} {cl}", f"Thanks,\n{cf}", f"Kind regards\n{cf}", f"Warm regards,\n{cf} {cl}\n+44 7700 {rng.randint(100000, 999999)}"])
        if i < 30:
            labels = ["feedback_request"]
            parts = [rng.choice(FR_OPEN), rng.choice(FR_ASK)]
            if fam == "w4-sent-formal" and rng.random() < .5:
                parts.insert(1, rng.choice(["I put a lot of effort into the preparation and really liked the team.",
                                            "The role matched my interests very well, so I would like to understand how I can become a stronger candidate.",
                                            "I am early in my career and any guidance would be valuable."]))
            parts.append(rng.choice(FR_CLOSE))
            subj = rng.choice([f"Re: Your application for {role}", "Request for feedback", f"RE: {org} – {role}", "Feedback on my interview",
                               "Re: Update regarding your application", f"Re: {role}", "Thank you – and a small request"])
            quoted = rng.choice(REJ_CORE["corp"] + REJ_CORE["intl"])
        else:
            labels = []
            kind = rng.choice(sorted(OTHER))
            parts = [rng.choice(OTHER[kind])]
            if rng.random() < .7:
                parts.append(rng.choice(["I hope you have a good week.", "Please let me know if anything else is needed.", "Many thanks again for your time.",
                                         "I have also updated my profile in your portal.", "Apologies for the short notice.", "Looking forward to hearing from you."]))
            subj = rng.choice([f"Re: {role}", f"Application – {role}", "Follow up", "Thank you", f"Re: Interview invitation – {role}", f"Re: Offer – {role}",
                               f"Withdrawal of application {K.ref(rng)}"])
            quoted = rng.choice(["We look forward to meeting you.", "Please let us know if you have any questions.", "Thank you for your application."])
        body = "\n\n".join([greet] + [p.format(role=role, org=org) for p in parts] + [sign])
        if rng.random() < .5:
            body += "\n\n" + K.quote(rng, quoted, f"{pf} {pl} <{pf.lower()}@{dom}.com>", K.when(rng))
        yield K.record(ids, fam, folder="Sent", from_name=f"{cf} {cl}", from_addr=me, to_addr=f"{pf.lower()}.{pl.lower()}@{dom}.com".replace("'", ""),
                       subject=subj, body_text=body, labels=labels, company=org)
    # de/fr/es: 10 feedback requests, 6 other
    for i in range(16):
        lang = ("de", "fr", "es")[i % 3]
        opens, asks, greets, closes, others = INTL[lang]
        (org, dom, _), (cf, cl, me), (pf, pl) = _envelope(rng)
        role = rng.choice({"de": K.ROLES_DE, "fr": K.ROLES_FR, "es": K.ROLES_ES}[lang])
        greet = rng.choice(greets).format(first=pf, last=pl)
        if i < 10:
            labels = ["feedback_request"]
            o = rng.choice(opens)
            parts = [o if lang == "de" and greet.startswith("Hallo") else o[:1].upper() + o[1:], rng.choice(asks)]
            subj = rng.choice({"de": ["AW: Ihre Bewerbung", "Bitte um Feedback"], "fr": ["RE: Votre candidature", "Demande de retour"],
                               "es": ["RE: Su candidatura", "Solicitud de feedback"]}[lang])
        else:
            labels = []
            parts = [rng.choice(others).format(role=role)]
            subj = rng.choice({"de": ["Bewerbung", "Danke"], "fr": ["Candidature", "Merci"], "es": ["Candidatura", "Gracias"]}[lang])
        body = "\n\n".join([greet] + parts + [f"{rng.choice(closes)}\n{cf} {cl}"])
        yield K.record(ids, "w4-sent-intl", folder="Sent", lang=lang, from_name=f"{cf} {cl}", from_addr=me,
                       to_addr=f"rh@{dom}.com", subject=subj, body_text=body, labels=labels, company=org)
