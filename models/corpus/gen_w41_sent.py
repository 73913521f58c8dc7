"""Writer 41, the Sent folder: the candidate's own mail. Feedback requests after a rejection (often
over the quoted rejection), and the many Sent messages that are not: thank-yous, withdrawals,
follow-ups, accepting and declining, scheduling replies, applications, asking a friend to read a CV."""

from __future__ import annotations

import _w41_kit as K

FAMILY_PREFIX = "w41sent"

FR_OPEN = [
    "Thank you for letting me know, and for the time you and the team spent with me.",
    "Thanks for the update - disappointing, but I appreciate you telling me directly.",
    "Thanks for getting back to me, even if it wasn't the news I was hoping for.",
    "I understand, and thank you for the quick answer.", "Thanks for the honest reply.", "Ah, that's a shame - but thanks for letting me know.",
    "Thank you for your email.",
]
FR_ASK = [
    "Would you be able to share any feedback on my interviews? Anything I could improve would really help me.",
    "If you have a few minutes, I'd be grateful for any feedback on where I fell short - especially on the technical round.",
    "Is there anything in particular that made the difference? I'm trying to learn from each process.",
    "Could you tell me what the panel thought I should work on? Even one or two points would be useful.",
    "I'd really appreciate any pointers on what I could have done better in the case study.",
    "Would it be possible to get a bit of feedback from the hiring manager? I'd like to understand where my application was weakest.",
    "any chance you could share what held me back? totally fine if not",
    "If the interviewers left any comments you can pass on, I'd love to hear them - good or bad.",
    "Would you be open to a 10-minute call so I can hear what I should focus on before my next interviews?",
]
FR_OPEN += [
    "I really appreciate you letting me know before the weekend.", "Thank you for the kind words in your email - it softens the blow a little.",
    "That's a pity, as I was genuinely excited about the team, but I understand.", "Thanks for taking the time to write personally.",
]
FR_ASK += [
    "As I'm preparing for other interviews, any specific feedback on the system design round would be very valuable to me.",
    "Was there a particular part of the process where I didn't meet the bar? I'd like to work on it.",
    "I'd be grateful if you could pass on anything the interviewers noted - for example whether it was my experience or how I came across.",
    "If it's not too much trouble, could you let me know what the deciding factors were and what I could strengthen?",
]
PHONE_ASK = [
    "thanks for letting me know. any chance of some feedback? would really help",
    "Ah shame. Could you tell me what I could've done better? Even a line or two",
    "ok, thanks for telling me. was it the tech round? would love to know what to work on",
    "Understood. If the panel said anything specific I'd really appreciate hearing it",
    "thanks {rec_first}. could you ask {mgr} what tipped it? no worries if not",
    "Bummer! Any feedback for me though? Trying to get better at these",
]
FR_CLOSE = [
    "I'd still love to work with {comp} one day, so please keep me in mind.", "Thanks again, and best of luck with the new hire.",
    "No worries if that's not possible.", "I understand if you're not able to.", "", "Thanks in advance.",
]
REJ_QUOTED = [
    "Hi {first},\n\nThank you for interviewing with us for the {role} position. After careful consideration, we have decided not to move forward with your application.\n\nWe wish you the best in your search.\n\n{rec}",
    "Dear {first},\n\nWe appreciate your interest in {comp}. Unfortunately, we have decided to pursue other candidates for the {role} role.\n\nKind regards,\n{rec}",
    "Hi {first}, thanks again for your time with the team. I'm sorry to say we've decided to go with another candidate. Wishing you all the best.\n\n{rec}",
]

THANKS = [
    "Thanks again for showing me around the office today - it was great to see the team in action, and the demo of the routing tool was fascinating.",
    "Really appreciated the conversation on {pday}. I've been thinking more about the question on data quality and wrote up a few thoughts, attached in case they're useful.",
    "Thank you for taking the time to speak with me today about the {role} role. I enjoyed learning about the {topic}, and our conversation made me even more excited about the position.",
    "Thanks so much for the conversation this afternoon - especially the part about how the team handles on-call. Looking forward to hearing about next steps.",
    "Just a quick note to say thank you to you and {mgr} for the interviews yesterday. It was great to meet the team.",
    "Thanks for a really enjoyable final round. If there's anything else you need from me - references, work samples - just let me know.",
    "Thank you for your time today! I forgot to mention that I've also worked with {topic}, in case that's useful context.",
]
WITHDRAW = [
    "I wanted to let you know that I've decided to withdraw my application for the {role} position. I've accepted another offer, and it wouldn't be fair to keep taking up your team's time.",
    "After a lot of thought I'd like to withdraw from the process. My circumstances have changed and I'm not able to relocate at the moment.",
    "Thank you for the invitation to the next round. Unfortunately I'm going to withdraw - I've decided to stay in my current role after all.",
    "Please withdraw my application for {role}. It was a pleasure speaking with you, and I hope our paths cross again.",
]
FOLLOWUP = [
    "I submitted my application for {role} a month ago and the portal still says 'in review'. Could you let me know if the role is still open?",
    "Any news from the hiring manager? I'm still very keen, and happy to answer any questions the team still has.",
    "I hope you're well. I wanted to follow up on my interview for the {role} role on {pday}. Is there any update on the timeline?",
    "Just checking in - I haven't heard back since submitting the take-home and wanted to make sure it arrived.",
    "I'm following up on my application for {role}, submitted about three weeks ago. I'm still very interested and happy to provide anything else you need.",
    "Sorry to chase! I've got another process moving quite quickly, so any indication of timing would help me a lot.",
]
ACCEPT = [
    "I'm delighted to accept the offer for the {role} position. I've signed the contract and attached it here. Looking forward to starting on {day}!",
    "Thank you so much - I'm very happy to accept. Please let me know what you need from me before my start date.",
    "Yes!! Very happy to accept. Signed copy attached.",
]
DECLINE = [
    "Thank you very much for the offer and for your patience while I thought it over. After a lot of consideration, I've decided to decline; I've accepted a role that's a closer match to what I'm looking for right now.",
    "I really appreciate the offer, but I'm going to say no this time. The decision was harder than I expected, and I hope we can stay in touch.",
    "Thanks for the offer. Unfortunately the salary is quite a bit below what I need, so I'll have to decline unless there's any flexibility.",
]
SCHED = [
    "Thursday at {time} works perfectly, thank you. Please send the invite to this address.",
    "Thanks for the invitation! I'm free {day} any time after 1pm, or Friday morning.",
    "Great, I've booked a slot through the link for {day}. See you then.",
    "Could we move the interview to the following week? I'm travelling on {day}. Sorry for the hassle.",
]
APPLY = [
    "Please find attached my CV and cover letter for the {role} position advertised on your website. I have {y} years of experience and would welcome the chance to talk.",
    "I'm applying for the {role} role. I've followed {comp}'s work on {topic} for a while and would love to contribute. CV attached.",
]
CV_FRIEND = [
    "Could you have a look at my CV before I send it to {comp}? Any feedback welcome, be brutal.",
    "Would you mind giving me some feedback on my cover letter? Attached. It's for a {role} job and I'm not sure the first paragraph works.",
    "Could you do a mock interview with me this weekend and give me feedback? Final round is on {day}.",
]
TOPICS = ["data platform migration", "new pricing experiments", "accessibility work", "open-source SDK", "move to event-driven services"]
INTL_FR = {
    "de": ("Vielen Dank für Ihre Rückmeldung, auch wenn ich mir natürlich eine andere Antwort gewünscht hätte. Wäre es möglich, ein kurzes Feedback zu meinem Gespräch zu bekommen? Das würde mir für zukünftige Bewerbungen sehr helfen.",
           "Mit freundlichen Grüßen", "Re: Ihre Bewerbung"),
    "fr": ("Merci pour votre retour, même si ce n'est pas la nouvelle que j'espérais. Serait-il possible d'avoir quelques retours sur mes entretiens, afin de savoir sur quels points progresser ?",
           "Bien cordialement", "Re: Votre candidature"),
    "es": ("Gracias por avisarme, aunque me habría gustado otra respuesta. ¿Podrías darme algo de feedback sobre la entrevista? Me ayudaría mucho para los próximos procesos.",
           "Un saludo", "Re: Tu candidatura"),
}
INTL_FR2 = {
    "de": ["Danke für die offene Rückmeldung. Dürfte ich fragen, woran es am Ende gelegen hat? Ein paar Hinweise, was ich verbessern könnte, würden mir sehr helfen.",
           "Schade, aber danke, dass Sie sich gemeldet haben. Könnten Sie mir eventuell sagen, wie das Team meine Fallstudie bewertet hat?"],
    "fr": ["Merci de m'avoir prévenu. Auriez-vous un peu de temps pour me dire ce qui a fait la différence ? Cela m'aiderait beaucoup.",
           "C'est dommage, mais merci pour votre franchise. Pourriez-vous me faire un retour sur l'entretien technique ?"],
    "es": ["Gracias por tu respuesta. ¿Habría alguna forma de saber en qué podría mejorar? Cualquier comentario me sirve.",
           "Qué pena, pero gracias por avisar. ¿Me podrías contar qué vio el equipo en la prueba técnica?"],
}
INTL_OTHER = {
    "de": [("Danke für das Gespräch", "vielen Dank für das angenehme Gespräch heute. Ich freue mich, von Ihnen zu hören."),
           ("Rückzug meiner Bewerbung", "hiermit ziehe ich meine Bewerbung zurück, da ich mich für ein anderes Angebot entschieden habe."),
           ("Nachfrage zu meiner Bewerbung", "ich wollte kurz nachfragen, ob es schon einen Zeitplan für die nächsten Schritte gibt.")],
    "fr": [("Merci pour l'entretien", "merci beaucoup pour l'échange d'aujourd'hui, j'ai beaucoup apprécié de découvrir l'équipe."),
           ("Relance candidature", "je me permets de revenir vers vous concernant ma candidature envoyée il y a trois semaines."),
           ("Re: Proposition", "je vous remercie pour votre proposition, mais j'ai décidé de la décliner après réflexion.")],
    "es": [("Gracias por la entrevista", "muchas gracias por la entrevista de hoy, me encantó conocer al equipo."),
           ("Acepto la oferta", "¡encantado de aceptar la oferta! Os envío el contrato firmado."),
           ("Re: Entrevista", "perfecto, el jueves a las 10 me viene genial. ¡Nos vemos!")],
}


S_OPEN = ["I hope you're well.", "Hope your week is going well.", "I hope you had a good weekend.", "Hope this finds you well!",
          "Apologies for the slow reply.", "", "", "", ""]
S_EXTRA = {
    "thanks": ["Please pass my thanks on to {mgr} as well.", "I look forward to hearing from you.", "Have a great rest of the week!", "",
               "If you need references, I can send them straight away."],
    "withdraw": ["Thank you for your understanding.", "I really enjoyed getting to know the team.", "", "Sorry for the short notice."],
    "follow": ["Thanks for your help.", "", "I appreciate it's a busy time.", "I'm still very excited about the role."],
    "accept": ["Thank you again to everyone involved.", "I can't wait to get started.", "", "Could you let me know what to bring on day one?"],
    "decline": ["I hope we'll have the chance to work together in the future.", "Thank you for your understanding.", ""],
    "sched": ["Looking forward to it.", "Let me know if you need anything from me beforehand.", ""],
    "apply": ["My portfolio is at {comp_lower}.example-portfolio.net.", "I'm available to start within a month.", ""],
    "friend": ["I owe you a coffee!", "No rush at all.", "thank youuu", ""],
}


def _ctx(rng):
    comp = K.company(rng)
    name, me = rng.choice(K.SEEKERS)
    fi, la = K.person(rng)
    return dict(comp=comp, dom=K.domain_of(comp), me=me, name=name, first=name.split()[0], rec_first=fi, rec=f"{fi} {la}",
                rec_addr=K.addr(fi, la, K.domain_of(comp), rng), role=rng.choice(K.ROLES), mgr=" ".join(K.person(rng)),
                day=K.date_phrase(rng), pday=K.past_day(rng), time=K.time_phrase(rng), topic=rng.choice(TOPICS), y=rng.randint(2, 12))


def _sign(rng, c):
    return rng.choice([f"Best,\n{c['first']}", f"Kind regards,\n{c['name']}", f"Thanks,\n{c['first']}", f"Best wishes,\n{c['name']}\n{rng.choice(['+44 7700 900', '+49 170 55'])}{rng.randint(100, 999)}",
                       f"Cheers,\n{c['first']}", f"{c['first']}\n\nSent from my phone"])


def fbreq(rng, n):
    c = _ctx(rng)
    greet = rng.choice([f"Hi {c['rec_first']},", f"Dear {c['rec_first']},", f"Hello {c['rec_first']},", f"{c['rec_first']} -"])
    parts = [rng.choice(FR_OPEN), rng.choice(FR_ASK)]
    cl = K.fill(rng.choice(FR_CLOSE), **c)
    if cl:
        parts.append(cl)
    body = greet + "\n\n" + (" ".join(parts) if rng.random() < 0.4 else "\n\n".join(parts)) + "\n\n" + _sign(rng, c)
    if rng.random() < 0.2:
        body = K.typo(rng, body, 0.04)
    subj = rng.choice([f"Re: Your application for {c['role']}", f"Re: {c['role']} - update", "Feedback?", f"Re: {c['comp']} application",
                       "Quick question", f"Re: Update on your {c['comp']} application", "Re: Regarding your application"])
    if subj.startswith("Re:") and rng.random() < 0.75:
        body += K.quote(rng, K.fill(rng.choice(REJ_QUOTED), first=c["first"], role=c["role"], comp=c["comp"], rec=c["rec"]),
                        c["rec"], c["rec_addr"], subject=subj[4:])
    html = K.html_simple(body.split("\n\n"), "Arial") if rng.random() < 0.3 else None
    return K.record(FAMILY_PREFIX, "fbreq", n, folder="Sent", from_name=c["name"], from_addr=c["me"], to_addr=c["rec_addr"],
                    subject=subj, body_text=body, body_html=html, labels=["feedback_request"], company=c["comp"])


def fbphone(rng, n):
    c = _ctx(rng)
    body = K.fill(rng.choice(PHONE_ASK), **c)
    body = K.typo(rng, body, 0.05) + rng.choice(["\n\nSent from my iPhone", "\n\n" + c["first"], "", "\n\nSent from Outlook for Android", "\n\n" + c["first"][0]])
    rej = rng.choice([
        f"Hi {c['first']}, thanks for your time last week. We've decided not to move forward this time, but it was great to meet you. {c['rec_first']}",
        f"Hey {c['first']} - just heard back from the team, it's a no on this one unfortunately. Sorry! {c['rec_first']}",
        f"Dear {c['first']},\n\nThank you for your interest in the {c['role']} position. Unfortunately you have not been selected to continue.\n\n{c['rec']}",
    ])
    body += K.quote(rng, rej, c["rec"], c["rec_addr"])
    return K.record(FAMILY_PREFIX, "fbphone", n, folder="Sent", from_name=c["name"], from_addr=c["me"], to_addr=c["rec_addr"],
                    subject=rng.choice(["Re: update", "Re: " + c["role"], "Re: " + c["comp"], "Re: news", "Re: Your application"]),
                    body_text=body, labels=["feedback_request"], company=c["comp"])


def other(rng, n):
    c = _ctx(rng)
    kind = rng.choices(["thanks", "withdraw", "follow", "accept", "decline", "sched", "apply", "friend"], [22, 12, 16, 8, 8, 12, 8, 6])[0]
    pool = {"thanks": THANKS, "withdraw": WITHDRAW, "follow": FOLLOWUP, "accept": ACCEPT, "decline": DECLINE, "sched": SCHED,
            "apply": APPLY, "friend": CV_FRIEND}[kind]
    c["comp_lower"] = c["dom"].split(".")[0]
    text = " ".join(x for x in (rng.choice(S_OPEN) if kind not in ("friend", "apply") else "", K.fill(rng.choice(pool), **c)) if x)
    ex = K.fill(rng.choice(S_EXTRA[kind]), **c)
    if ex:
        text += rng.choice([" ", "\n\n"]) + ex
    greet = rng.choice([f"Hi {c['rec_first']},", f"Dear {c['rec_first']},", f"Hello {c['rec_first']},"]) if kind != "apply" else rng.choice(["Dear Hiring Team,", f"Dear {c['rec_first']},", "Hello,"])
    body = greet + "\n\n" + text + "\n\n" + _sign(rng, c)
    subj = {"thanks": rng.choice(["Thank you!", f"Thanks for today - {c['role']}", "Re: Interview", "Thank you for your time"]),
            "withdraw": rng.choice(["Withdrawing my application", f"Re: {c['role']} - next round", "Application withdrawal"]),
            "follow": rng.choice(["Following up", f"Checking in - {c['role']}", "Re: Interview on " + c["pday"], "Any update?"]),
            "accept": rng.choice(["Re: Offer - " + c["role"], "Accepting the offer", "Re: Good news"]),
            "decline": rng.choice(["Re: Offer - " + c["role"], "Re: Your offer", "Offer decision"]),
            "sched": rng.choice(["Re: Interview invitation", "Re: Next stage", "Re: Let's talk"]),
            "apply": rng.choice([f"Application: {c['role']}", f"{c['role']} - {c['name']}", "Job application"]),
            "friend": rng.choice(["favour?", "CV check", "mock interview?"])}[kind]
    to = c["rec_addr"]
    comp = c["comp"]
    if kind == "friend":
        to = K.addr(c["rec_first"], c["rec"].split()[-1], rng.choice(["gmail.com", "outlook.com"]), rng)
        comp = None
        body = rng.choice([f"Hey {c['rec_first']},", f"hi {c['rec_first'].lower()}!", c["rec_first"] + ","]) + "\n\n" + text + "\n\n" + rng.choice(["ta", "thanks!!", "x", "cheers"]) + "\n" + c["first"]
    elif kind == "apply":
        to = rng.choice(["jobs@", "careers@", "hr@"]) + c["dom"]
    if subj.startswith("Re:") and kind in ("sched", "accept", "decline") and rng.random() < 0.6:
        prior = {"sched": f"Hi {c['first']},\n\nWe'd like to invite you to an interview for the {c['role']} role. Please let us know your availability.\n\n{c['rec']}",
                 "accept": f"Hi {c['first']},\n\nWe're delighted to offer you the {c['role']} position. The contract is attached.\n\n{c['rec']}",
                 "decline": f"Dear {c['first']},\n\nI'm pleased to extend an offer for the role of {c['role']}. Please let us know by Friday.\n\n{c['rec']}"}[kind]
        body += K.quote(rng, prior, c["rec"], c["rec_addr"], subject=subj[4:])
    html = K.html_simple(body.split("\n\n"), "Arial") if rng.random() < 0.35 else None
    return K.record(FAMILY_PREFIX, "other", n, folder="Sent", from_name=c["name"], from_addr=c["me"], to_addr=to, subject=subj,
                    body_text=body, body_html=html, company=comp)


def intl(rng, n):
    c = _ctx(rng)
    lang = rng.choice(["de", "fr", "es"])
    g = {"de": f"Sehr geehrte/r {c['rec']},", "fr": f"Bonjour {c['rec_first']},", "es": f"Hola {c['rec_first']}:"}[lang]
    if rng.random() < 0.5:
        text, close, subj = INTL_FR[lang]
        if rng.random() < 0.6:
            text = rng.choice(INTL_FR2[lang])
        labels = ["feedback_request"]
    else:
        subj, text = rng.choice(INTL_OTHER[lang])
        text = text[:1].upper() + text[1:]
        close = {"de": "Viele Grüße", "fr": "Cordialement", "es": "Saludos"}[lang]
        labels = []
    pre = rng.choice({"de": ["", "ich hoffe, es geht Ihnen gut. ", "danke für Ihre Nachricht. "], "fr": ["", "j'espère que vous allez bien. ", "merci pour votre message. "],
                      "es": ["", "espero que estés bien. ", "gracias por tu mensaje. "]}[lang])
    if pre:
        text = pre[:1].upper() + pre[1:] + text[:1].lower() + text[1:]
    body = f"{g}\n\n{text}\n\n{close}\n{rng.choice([c['name'], c['first']])}"
    return K.record(FAMILY_PREFIX, "intl", n, folder="Sent", lang=lang, from_name=c["name"], from_addr=c["me"], to_addr=c["rec_addr"],
                    subject=subj, body_text=body, labels=labels, company=c["comp"])


def generate(rng):
    n = 0
    for fn, k in ((fbreq, 26), (fbphone, 14), (other, 74), (intl, 15)):
        for _ in range(k):
            n += 1
            yield fn(rng, n)
