"""Writer w21, the candidate's Sent folder while going through big-company loops.

What: availability replies to coordinators, thank-you notes, feedback requests after a rejection,
offer acceptance/decline, negotiation, withdrawals and applications. Three styles (families):
careful formal mail, short phone replies, and replies on top of the quoted recruiter message.
When: loaded by build.py.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

import _w21_say as S
from _w21_bank import Counter, Ctx, decorate_subject, greet, join, maybe, pick, quote, signoff
from _w21_parts import reject_par

FAMILY_PREFIX = "w21sent"

KINDS = ["avail", "thanks", "fbreq", "accept", "withdraw", "nego", "apply", "decline", "move"]
WEIGHTS = [12, 10, 26, 6, 6, 5, 6, 4, 5]


def _fbreq(rng: random.Random, ctx: Ctx, short: bool) -> str:
    if short:
        return pick(rng,
                    "Thanks for letting me know. Any feedback you could pass on from the loop would be really appreciated.",
                    "Bummer, but thanks for telling me quickly. Could you share what held me back?",
                    "Understood. Is there any feedback from the interviewers you can share?",
                    "Thanks for the update. Would love to know which round went worst, if you're able to say.",
                    "Ok, thanks. Any pointers on what to improve before I try again?")
    return join(pick(rng,
                     f"Thank you for letting me know about the decision on the {ctx.role} role. I'm disappointed, of course, but I really enjoyed meeting the team.",
                     "Thanks for the update, and for being so responsive throughout the process.",
                     "I appreciate you taking the time to tell me personally about the committee's decision.",
                     "Thank you for the note. While it isn't the outcome I hoped for, I learned a lot going through your loop."),
                pick(rng,
                     "Would you be able to share any feedback from the interviewers? Knowing where I fell short would help me a lot as I keep interviewing.",
                     "If it's possible, I'd be grateful for any feedback on my interviews, particularly the design round, which I wasn't sure about.",
                     "Could you tell me whether there were specific areas the panel felt I should strengthen? Even a sentence or two would be valuable.",
                     "I'd really value any insight into how the committee assessed my packet, so I can prepare better before reapplying.",
                     "Is there anything in the debrief you'd be comfortable passing along? Coding, design, communication, anything that stood out."),
                maybe(rng, 0.4, "I understand if policy doesn't allow it."))


def _body(rng: random.Random, ctx: Ctx, kind: str, short: bool) -> tuple[str, str]:
    """Returns (subject, new text)."""
    if kind == "avail":
        subj = pick(rng, f"{ctx.role} - interview scheduling", "Availability for onsite", f"{ctx.co} interviews", "Interview availability")
        if short:
            txt = pick(rng, f"{ctx.day()} or {ctx.day()} both work, any time after 10.", f"Could do {ctx.day()} morning. Thanks!",
                       "Thursday afternoon is best for me, or anytime next Monday.", f"Booked the {ctx.day()} slot via the link, thx",
                       f"Free all day {ctx.day()}. Mornings {ctx.tz} ideal.", "Next week is wide open except Wed lunch.",
                       f"{ctx.time()} on {ctx.day()} works 👍")
        else:
            txt = join(pick(rng, "Thank you for reaching out and for the invitation to the onsite.", "Thanks so much, I'm excited to move forward."),
                       f"Here are a few windows that work for me ({ctx.tz}):\n- {ctx.day()}, 9:00-13:00\n- {ctx.day()}, 13:00-17:00\n- {ctx.day()}, all day",
                       maybe(rng, 0.5, "I'd prefer to do it all in one day if possible, and I'll use Python for the coding sessions."))
    elif kind == "thanks":
        subj = pick(rng, "Thank you", f"Thank you - {ctx.role} interview", "Thanks for today", "Following up on our conversation")
        txt = pick(rng, "Thanks for your time today, really enjoyed it.", "Thank you for organising everything today!",
                   "Thanks again for the chat - great to hear about the roadmap.", "Appreciate you squeezing me in today!",
                   "Thank you for today, the whole loop ran like clockwork.", f"Thanks {ctx.rec_first}, enjoyed meeting everyone.") if short else join(
            pick(rng, f"Thank you for taking the time to speak with me today about the {ctx.role} position.",
                 f"I wanted to thank you and the team for the interviews on {ctx.day()}."),
            pick(rng, "I especially enjoyed the design discussion; it gave me a good sense of the problems the team is working on.",
                 "Learning about how the team runs its on-call and release process made me even more excited about the role."),
            "Please let me know if you need anything else from me.")
    elif kind == "fbreq":
        subj = pick(rng, f"Re: Update on {ctx.role}", "Feedback request", f"{ctx.co} - request for feedback", "Re: Your interviews with us", "Re: Decision")
        txt = _fbreq(rng, ctx, short)
    elif kind == "accept":
        subj = pick(rng, "Offer acceptance", f"Re: Your offer from {ctx.co}", "Signed offer", "Accepting the offer!")
        txt = pick(rng, "I accept! Signed letter attached. So excited.", "Signed and sent, thank you!!", "Yes!! Accepting, DocuSign done.",
                   f"Happy to accept - see you on {ctx.day()}.", "Officially accepted 🙌 thanks for all the help") if short else join(
            f"I'm delighted to accept the offer for {ctx.role}. The signed letter is attached.",
            pick(rng, f"I can confirm a start date of {ctx.day()}.", "Please let me know the next steps for background checks and onboarding."),
            "Thank you for all your help through the process.")
    elif kind == "withdraw":
        subj = pick(rng, "Withdrawing my application", f"{ctx.role} - withdrawal", "Update from my side")
        txt = pick(rng, "I've accepted another offer, so please withdraw me from the process. Thanks for everything!",
                   "Need to pull out of the process, sorry. Accepted elsewhere.", "Please take me out of the running, staying at my current job after all.",
                   "Going to withdraw - timing isn't right for a move. Sorry!", "Withdrawing, family reasons. Thanks for understanding.") if short else join(
            "I wanted to let you know that I've decided to accept another offer, so I'd like to withdraw my application.",
            "I really appreciated your help and hope our paths cross again.")
    elif kind == "nego":
        subj = pick(rng, f"Re: Your offer from {ctx.co}", "Offer - a few questions", "Compensation discussion")
        txt = pick(rng, "Thanks! Any flexibility on the sign-on? The other offer is a bit higher.", "Could we talk equity? Call tmrw?",
                   "Is the base negotiable at all? Other side is 15k higher.", "Got the numbers, thanks. Can I have until Monday to think?") if short else join(
            "Thank you again for the offer; I'm genuinely excited about the team.",
            pick(rng, "I have a competing offer with a higher equity grant. Is there any room to revisit the RSU number?",
                 "Would it be possible to increase the base to bring it closer to the market data I've seen for this level?"),
            "Happy to jump on a call.")
    elif kind == "apply":
        subj = pick(rng, f"Application: {ctx.role}", f"{ctx.role} ({ctx.req})", "Referral from the meetup - CV attached")
        txt = pick(rng, "Hi, CV attached for the role we talked about. Thanks!", f"Resume for {ctx.req} attached as discussed.",
                   "Here's my CV - thanks for offering to pass it on!", f"Applying for {ctx.role}, CV + portfolio attached.") if short else join(
            f"I'd like to apply for the {ctx.role} role ({ctx.req}). My CV is attached.",
            pick(rng, "I've spent the last five years building payment systems and would love to bring that to your team.",
                 "We met briefly at the conference, and you suggested I send my details directly."))
    elif kind == "decline":
        subj = pick(rng, f"Re: Your offer from {ctx.co}", "Decision on the offer")
        txt = pick(rng, "After a lot of thought I'm going to decline. Thank you for everything.", "Going to pass on the offer, sorry - went with the other team.",
                   "Have to decline, the relocation doesn't work for us. Really sorry.") if short else join(
            "Thank you for the generous offer. After a lot of thought, I've decided to accept a role elsewhere.",
            "It was a difficult choice and I hope we can stay in touch.")
    else:
        subj = pick(rng, "Need to move my interview", f"Reschedule request - {ctx.role}", "Conflict on Thursday")
        txt = pick(rng, "Something came up Thursday, could we move to next week?", "Sick today, can we push the screen?",
                   f"Any chance to move my {ctx.day()} slot? Flight got changed.", "Could we shift by an hour? Clash with school pickup.") if short else join(
            f"I'm sorry to ask, but I have a conflict on {ctx.day()}. Would it be possible to move my interview to later in the week?",
            "Apologies for the inconvenience.")
    return subj, txt


def _one(rng: random.Random, C: Counter, family: str) -> dict:
    ctx = Ctx(rng)
    kind = rng.choices(KINDS, WEIGHTS)[0]
    short = family == "phone"
    subj, txt = _body(rng, ctx, kind, short)
    to_name, to_addr = rng.choice([(ctx.rec, ctx.rec_addr), (ctx.coord, ctx.coord_addr)]) if kind in ("avail", "move") else (ctx.rec, ctx.rec_addr)
    if short:
        body = join(txt, rng.choice(["", ctx.cand_first, f"- {ctx.cand_first[0]}", "Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS"]))
    else:
        body = join(greet(rng, to_name.split()[0]), txt, signoff(rng),
                    rng.choice([ctx.cand, ctx.cand_first, f"{ctx.cand}\n{ctx.cand_addr}", f"{ctx.cand}\nlinkedin.example/in/{ctx.cand_first.lower()}{ctx.cand_last.lower()[:3]}"]))
    if family == "thread":
        # the recruiter message this answers; it never decides the label
        if kind == "fbreq":
            old = join(greet(rng, ctx.cand_first), reject_par(rng, ctx), maybe(rng, 0.4, rng.choice(S.COOLOFF)), signoff(rng), ctx.rec)
        elif kind in ("avail", "move"):
            old = join(greet(rng, ctx.cand_first), f"We'd like to invite you to the final round for {ctx.role}. {S.windows_ask(rng)}", signoff(rng), ctx.rec)
        elif kind in ("accept", "nego", "decline"):
            old = join(greet(rng, ctx.cand_first), f"We'd like to offer you the {ctx.role} role.\n{S.package(rng, ctx)}", signoff(rng), ctx.rec)
        else:
            old = join(greet(rng, ctx.cand_first), pick(rng, "Thanks again for your time. Let me know if you have any questions.",
                                                      f"Great to speak today about {ctx.role}."), signoff(rng), ctx.rec)
        body = join(body, quote(rng, ctx.rec, ctx.rec_addr, ctx.cand_addr, subj, old))
        if not subj.startswith("Re:"):
            subj = decorate_subject(rng, subj, reply=True)
    elif rng.random() < 0.05:
        subj = decorate_subject(rng, subj)
    labels = ["feedback_request"] if kind == "fbreq" else []
    return C.rec(family, folder="Sent", from_name=ctx.cand, from_addr=ctx.cand_addr, to_addr=to_addr, subject=subj,
                 body_text=body, labels=labels, company=ctx.co)


EU_SENT = {
    "de": {
        "fbreq": [("Re: Ihre Bewerbung", "vielen Dank für Ihre Rückmeldung, auch wenn ich mir natürlich ein anderes Ergebnis gewünscht hätte. Könnten Sie mir ein kurzes Feedback zu den Interviews geben? Das würde mir für die nächsten Gespräche sehr helfen."),
                  ("Bitte um Feedback", "danke für die Absage und die fairen Gespräche. Gibt es Punkte, an denen ich aus Sicht des Teams arbeiten sollte?"),
                  ("Re: Rückmeldung zu Ihren Interviews", "schade, aber danke für die schnelle Info. Wäre ein kurzes Feedback möglich, woran es gelegen hat?")],
        "avail": [("Re: Terminfindung", "gern! Mir passen Dienstag ab 13 Uhr oder Donnerstag ganztägig."),
                  ("Verfügbarkeit Interviews", "vielen Dank für die Einladung. Ich hätte nächste Woche Montag und Mittwoch vormittags Zeit.")],
        "thanks": [("Danke für das Gespräch", "herzlichen Dank für das angenehme Gespräch heute. Die Einblicke in das Team haben mich noch mehr überzeugt.")],
        "accept": [("Re: Ihr Vertragsangebot", "ich nehme das Angebot sehr gern an. Den unterschriebenen Vertrag sende ich Ihnen anbei.")],
        "withdraw": [("Rückzug meiner Bewerbung", "ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung daher zurück. Vielen Dank für alles!")],
    },
    "fr": {
        "fbreq": [("Re: Votre candidature", "merci pour votre retour. Même si la décision me déçoit, j'aimerais beaucoup avoir quelques retours sur mes entretiens afin de progresser."),
                  ("Demande de retour", "je vous remercie de m'avoir informé. Serait-il possible de connaître les points à améliorer selon le jury ?")],
        "avail": [("Re: Organisation de vos entretiens", "merci pour l'invitation ! Je suis disponible mardi après-midi ou jeudi matin.")],
        "thanks": [("Merci", "merci encore pour l'échange d'aujourd'hui, très intéressant.")],
        "accept": [("Re: Proposition d'embauche", "j'ai le plaisir d'accepter votre proposition. Vous trouverez le contrat signé en pièce jointe.")],
        "withdraw": [("Retrait de ma candidature", "j'ai accepté une autre offre et je souhaite donc retirer ma candidature. Merci pour votre temps.")],
    },
}


def _eu(rng: random.Random, C: Counter) -> dict:
    from _w21_bank import EU_COMPANIES
    ctx = Ctx(rng, company=rng.choice(EU_COMPANIES))
    lang = rng.choice(["de", "de", "fr"])
    kind = rng.choices(["fbreq", "avail", "thanks", "accept", "withdraw"], [8, 4, 3, 2, 2])[0]
    subj, txt = rng.choice(EU_SENT[lang][kind])
    hello = (rng.choice([f"Hallo {ctx.rec_first},", f"Liebe/r {ctx.rec_first},", f"Guten Tag {ctx.rec},"]) if lang == "de"
             else rng.choice([f"Bonjour {ctx.rec_first},", f"Bonjour {ctx.rec},"]))
    bye = rng.choice(["Viele Grüße", "Beste Grüße", "LG"]) if lang == "de" else rng.choice(["Bien cordialement,", "Cordialement,", "Bonne journée,"])
    body = join(hello, txt, bye, ctx.cand)
    return C.rec("eu", folder="Sent", lang=lang, from_name=ctx.cand, from_addr=ctx.cand_addr, to_addr=ctx.rec_addr, subject=subj,
                 body_text=body, labels=["feedback_request"] if kind == "fbreq" else [], company=ctx.co)


def generate(rng: random.Random) -> Iterable[dict]:
    C = Counter(FAMILY_PREFIX)
    for family, n in (("formal", 42), ("phone", 33), ("thread", 42)):
        for _ in range(n):
            yield _one(rng, C, family)
    for _ in range(18):
        yield _eu(rng, C)
