"""Writer w6: the candidate's own Sent mail in reply to platform notifications: feedback requests
typed into a portal's reply box or sent to the recruiter, and other replies (availability, thanks,
withdrawals, offer answers, status chasers) that quote the platform mail below them."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _w6_kit import ATS, COMPANIES, ROLES, USER_ADDRS, Counter, person, pick, record, slug  # noqa: E402

FAMILY_PREFIX = "w6snt"
from _w6_lines import ACK, INVITE, OFFER, REJECT, REJECT_POST_INTERVIEW, STAGES  # noqa: E402

FR_OPEN = [
    "Thanks for letting me know, even if it isn't the outcome I hoped for.",
    "Thank you for the update and for the time the team spent with me.",
    "Understood, and thanks for getting back to me so quickly.",
    "Disappointed, of course, but I appreciate you closing the loop.",
    "Thanks for your message.",
    "I appreciate the update.",
    "",
    "Thank you for considering me for the {r} role.",
]
FR_ASK = [
    "Would you be able to share any feedback on where my application fell short?",
    "If possible, I'd really value a few notes from the interviewers on what I could improve.",
    "Could you tell me which parts of the interview didn't go well? It would help me prepare for the next one.",
    "Is there any feedback you can pass on from the panel, even brief?",
    "I'd be grateful for any pointers on what to work on, technical or otherwise.",
    "Was there something specific in the technical round that made the difference? Any detail would help me.",
    "Would the hiring manager be open to a 10-minute call to talk through the decision?",
    "May I ask what the main reasons were, so I can improve my applications going forward?",
    "Any feedback at all - on my CV, the take-home or the interviews - would be hugely appreciated.",
    "I'm trying to learn from each process, so any comments on my assessment would mean a lot.",
]
FR_CLOSE = [
    "Thanks in advance.", "I completely understand if that's not possible.", "Either way, best of luck with the hire.",
    "Thanks again, and I hope to cross paths in the future.", "", "Many thanks.", "No worries if you can't.",
]
OTHER = {
    "avail": ["Tuesday at 10:00 works well for me. Looking forward to it.",
              "Thanks! I've booked a slot for Thursday afternoon through the link.",
              "Happy to do the phone screen. I'm free Monday or Wednesday after 2pm.",
              "Could we do the interview next week instead? I'm travelling until Friday.",
              "Confirming I'll join the video call at 11:30. Is there anything I should prepare?",
              "Great, the 15th is fine. Please send the invite to this address."],
    "thanks": ["Thank you for your time today. I enjoyed learning about the platform team.",
               "Thanks for the conversation this morning - the roadmap sounds exciting.",
               "Just wanted to say thanks to you and the panel for today's interviews.",
               "Thank you for organising everything so smoothly."],
    "withdraw": ["I'd like to withdraw my application, as I've accepted another position.",
                 "Please remove me from consideration for the {r} role. Thank you for your time.",
                 "After some thought I've decided not to continue with the process."],
    "offer_reply": ["I'm delighted to accept the offer! I've signed the letter in the portal.",
                    "Thank you for the offer. Could we discuss the start date before I sign?",
                    "After careful thought I've decided to decline the offer. Thank you for everything.",
                    "Thanks so much - could I have until Friday to decide?"],
    "status": ["I applied for {r} three weeks ago and wanted to check whether there's any update.",
               "Just following up on my application. Is the role still open?",
               "Could you confirm you received my application? The portal showed an error."],
    "ack_reply": ["Thanks for confirming. Let me know if you need anything else from me.",
                  "Great, thank you. I've also attached my portfolio link here: https://portfolio.example/{s}"],
    "rej_ok": ["Thanks for letting me know. All the best with the search.",
               "Understood, thank you for the update and good luck with the role."],
}
OTHER_QUOTE = {"avail": INVITE, "thanks": None, "withdraw": ACK, "offer_reply": OFFER, "status": ACK,
               "ack_reply": ACK, "rej_ok": REJECT}
USER_NAMES = [("Maren", "Okafor"), ("Tobi", "Lindqvist"), ("Dawit", "Mbeki"), ("Rafaela", "Castellanos"),
              ("Niamh", "Brennan"), ("Lior", "Haraldsen"), ("Quentin", "Duval")]  # owners of USER_ADDRS, in order
OTHER_SUBJ = {
    "avail": ["Re: Interview invitation", "Re: Next steps with {c}", "Re: Schedule your interview", "Re: {r} - interview"],
    "thanks": ["Thank you!", "Re: Interview today", "Thanks for today", "Re: {r} at {c}"],
    "withdraw": ["Withdrawing my application - {r}", "Re: Your application to {c}", "Application withdrawal"],
    "offer_reply": ["Re: Your offer from {c}", "Re: Offer letter: {r}", "Re: Congratulations from {c}!"],
    "status": ["Following up: {r}", "Application status - {r}", "Re: Application received: {r}"],
    "ack_reply": ["Re: We received your application", "Re: Thanks for applying to {c}!", "Re: Application received: {r}"],
    "rej_ok": ["Re: Update on your application", "Re: Your application to {c}", "Re: Application update"],
}
OTHER_PLAN = {"avail": 7, "thanks": 5, "withdraw": 4, "offer_reply": 5, "status": 4, "ack_reply": 2, "rej_ok": 3}


def _quote(rng: random.Random, text: str, who: str, style: int) -> str:
    when = pick(rng, ["Mon, 3 Mar 2025 at 09:14", "12 Feb 2025, 16:02", "Tue, Jun 10, 2025 at 8:41 AM", "2025-04-22 11:05"])
    if style == 0:
        return f"On {when}, {who} wrote:\n" + "\n".join("> " + ln for ln in text.split("\n"))
    if style == 1:
        return f"-----Original Message-----\nFrom: {who}\nSent: {when}\n\n{text}"
    return f"--- Reply above this line ---\n\n{who} | {when}\n{text}"


def _sigline(rng: random.Random, n: str, ln: str) -> str:
    return pick(rng, [f"Best,\n{n}", f"Thanks,\n{n} {ln}", f"Kind regards,\n{n} {ln}", f"{n}", f"Cheers,\n{n}",
                      f"Best regards,\n{n} {ln}\n+44 7700 900{rng.randint(100, 999)}", f"-- \n{n} {ln}"])


def generate(rng: random.Random) -> Iterable[dict]:
    ids = Counter(FAMILY_PREFIX)
    kinds = ["fr"] * 30 + [k for k, n in OTHER_PLAN.items() for _ in range(n)]
    rng.shuffle(kinds)
    for kind in kinds:
        c, r = pick(rng, COMPANIES), pick(rng, ROLES)
        ui = rng.randrange(len(USER_ADDRS))
        n, ln = USER_NAMES[ui]
        rp = " ".join(person(rng))
        ven = pick(rng, ATS)
        channel = pick(rng, ["portal", "portal", "mail", "mail", "mobile"])
        portal = channel == "portal"
        to = (f"reply+{rng.randint(10**7, 10**8)}@{ven['relay']}" if portal
              else f"{rp.split()[0].lower()}.{rp.split()[-1].lower().replace(chr(39), '')}@{slug(c)}.com")
        who = f"{c} via {ven['name']}" if portal else rp
        if kind == "fr":
            labels = ["feedback_request"]
            parts = [pick(rng, [f"Hi {rp.split()[0]},", "Hello,", f"Dear {rp},", "Hi,", ""]),
                     pick(rng, FR_OPEN).format(r=r), pick(rng, FR_ASK), pick(rng, FR_CLOSE), _sigline(rng, n, ln)]
            orig = pick(rng, REJECT + REJECT_POST_INTERVIEW).format(r=r, c=c)
            subj = pick(rng, ["Re: Update on your application", f"Re: Your application to {c}", f"Re: {r} at {c}",
                              "Re: Application update", f"Feedback request - {r}", f"Re: {c} - application outcome",
                              "Re: Decision on your application", "Quick question about my application"])
        else:
            labels = []
            parts = [pick(rng, [f"Hi {rp.split()[0]},", "Hello,", "Hi,", ""]),
                     pick(rng, OTHER[kind]).format(r=r, s=slug(n)), _sigline(rng, n, ln)]
            src = OTHER_QUOTE[kind]
            orig = pick(rng, src).format(r=r, c=c, st=pick(rng, STAGES)) if src else ""
            subj = pick(rng, OTHER_SUBJ[kind]).format(c=c, r=r)
        family = {"portal": "sent-portal-reply", "mail": "sent-to-recruiter", "mobile": "sent-mobile"}[channel]
        if channel == "mobile":
            # typed on a phone: no greeting, no signature block, a client tag instead
            parts = [p for p in parts[1:-1] if p]
            parts.append(pick(rng, ["Sent from my iPhone", "Sent from my phone", "Get Outlook for Android",
                                    "Sent from Proton Mail mobile", f"- {n}"]))
        body = "\n\n".join(p for p in parts if p)
        if orig and rng.random() < 0.85:
            body += "\n\n" + _quote(rng, orig, who, rng.randrange(3))
        yield record(ids, family, from_name=f"{n} {ln}", from_addr=USER_ADDRS[ui], to_addr=to, subject=subj,
                     body_text=body, body_html=None, labels=labels, company=c, folder="Sent", rng=rng)
