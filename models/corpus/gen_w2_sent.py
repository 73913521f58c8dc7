"""English Sent-folder mail written by the candidate: feedback requests after a rejection (fresh or
in-thread with the rejection quoted) and unlabelled mail (thank-yous, withdrawals, status follow-ups,
scheduling replies, offer acceptances). Run through build.py."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

from _w2_kit import MOBILE, fill, lowercase_terse, new_ctx, pick, quote, record, slug  # noqa: E402

FAMILY_PREFIX = "w2snt"

REQ_ACK = [
    "Thank you for letting me know.", "Thanks for the update, even if it isn't the answer I hoped for.",
    "I appreciate you getting back to me.", "Thanks for taking the time to tell me personally.",
    "Understood, and thank you for the opportunity.", "Sorry to hear that, but thanks for the clear answer.",
    "Thanks for your message about the {role} role.", "That's a shame, but I'm grateful for the chance to interview.",
    "Thank you for the kind words in your email.", "Thanks for keeping me posted throughout.",
]
REQ_ASK = [
    "Would you be able to share any feedback on my interviews? It would really help me improve.",
    "If possible, I'd be grateful for any feedback on where I fell short.",
    "Could you share any pointers on what I could have done better?",
    "Would it be possible to get some brief feedback from the panel? Even a couple of points would help.",
    "Is there anything in particular I should work on before my next application?",
    "If the team has any feedback, I'd love to hear it.",
    "I'd welcome any feedback you can share about my application or interviews.",
    "I'd really value knowing what tipped the decision, if you're able to say.",
    "Any chance you could pass on the interviewers' notes? I'm trying to get better at technical interviews.",
    "If you have five minutes at some point, would you mind telling me what I could improve?",
    "Could you tell me whether it came down to experience or to something in the interviews? Any detail helps.",
    "I'm keen to learn from this — would you be willing to share some feedback?",
    "Was there anything about the take-home that didn't land? I'd appreciate your honest view.",
    "Is there any feedback from the hiring manager you could share with me?",
    "I'd be grateful for a few words on how I came across, particularly in the system design round.",
]
REQ_CASUAL = [
    "thanks for letting me know. any feedback on the take-home would be super helpful",
    "ah, shame! no worries though — any chance of a bit of feedback?",
    "Thanks {sfirst}. If you've got any notes from the team I'd love to see them.",
    "ok, understood. what could i have done better? genuinely curious",
    "Bummer, but thanks for being quick about it. Anything I should work on?",
    "appreciate it. would love to know where i lost points if you can share",
]
REQ_CLOSE = [
    "Thanks again, and I hope to cross paths in the future.", "I'd still love to work with {co} one day.",
    "Wishing you and the team all the best.", "Thanks in advance for any thoughts you can share.",
    "Either way, I really enjoyed meeting everyone.", "No worries if that isn't possible.", "",
]
REJ_QUOTES = [
    "Thank you for your time interviewing for {role}. After careful consideration we have decided not to move forward with your application. We wish you every success.",
    "Hi {first}, I'm sorry to let you know we've gone with another candidate for the {role} role. It was a close decision and we really enjoyed meeting you.",
    "Dear {first}, unfortunately your application for {role} has not been successful on this occasion. We'll keep your details on file.",
    "Hey {first} — we're going to pass on this one, but thanks a lot for your time and energy over the last few weeks.",
    "We regret to inform you that we will not be progressing your candidacy further. Thank you for your interest in {co}.",
]
INV_QUOTES = [
    "Hi {first}, we'd like to invite you to a technical interview for {role}. Would {day} at {time} or {day2} morning suit you?",
    "Thanks for your application! We'd love to set up a 30-minute call with the hiring manager. What does your availability look like next week?",
    "Dear {first}, you're through to the final round. Please let us know which of these slots works: {day} 10:00, {day2} 14:00.",
]
OFFER_QUOTES = [
    "Dear {first}, I'm delighted to offer you the position of {role} at {co}. The base salary is {salary}. Please let us know your decision by {deadline}.",
    "Hi {first}! The team was unanimous and we'd love to offer you the role. Offer letter attached — shout with any questions.",
]
THANKS = [
    "Thank you for taking the time to meet me today. I enjoyed hearing about the team's plans for the next year, and I'm even more excited about the {role} role.",
    "Just a quick note to say thanks for the conversation this morning. It was great to learn how the team works.",
    "Many thanks for organising the interviews on {day}. Please pass my thanks on to {hm} as well.",
    "Thanks again for the chat! I came away with a much clearer picture of the role.",
    "I wanted to thank you and the panel for your time yesterday. The system design discussion was a lot of fun.",
    "thanks for today, really enjoyed it. let me know if you need anything else from me",
    "Thank you for a very pleasant conversation. I look forward to hearing about next steps.",
    "Thanks so much for showing me around the office — lovely team.",
]
WITHDRAW = [
    "I'm writing to withdraw my application for the {role} position. I've accepted another offer, and it wouldn't be fair to keep taking up your team's time.",
    "After a lot of thought I've decided to withdraw from the process. Thank you for your understanding.",
    "I'd like to withdraw my candidacy for {role}; my circumstances have changed and I'm no longer able to relocate.",
    "Please could you remove me from consideration for the {role} role? I've decided to stay in my current position.",
    "Thanks for the invitation to the next round, but I'm going to withdraw — I've signed elsewhere.",
    "Sorry to do this late in the process, but I need to step back from the {role} application.",
    "hi, just to let you know i'm pulling out of the process for {role}. thanks for everything so far",
    "I've decided not to continue with my application. It's been a pleasure talking to you, and I hope we can stay in touch.",
]
FOLLOWUP = [
    "I hope you're well. I'm following up on my application for {role}, submitted on {date}. Is there any update on the timeline?",
    "I interviewed for {role} on {day} and wanted to check whether there's any news.",
    "Just checking in on the {role} process — is there anything else you need from me?",
    "Would you be able to tell me where things stand with my application? I have another process moving quickly.",
    "any news on the {role} role? no pressure, just planning my weeks",
    "I wanted to follow up on our conversation from last week. I'm still very interested in the position.",
    "Sorry to chase! Just wondering if a decision has been made on {role}.",
    "Could you let me know when I can expect to hear back about the final round?",
]
SCHED = [
    "{day} at {time} works perfectly for me. Looking forward to it.",
    "Thanks for the invitation! I'm available {day2} afternoon; would 14:00 suit?",
    "Great, I've booked a slot for {day} through the link. See you then.",
    "Could we do {day2} instead? I'm travelling on {day}.",
    "Confirmed for {day} at {time}. Should I prepare anything in particular?",
    "yep {day} is fine, thanks! what's the best number to call?",
    "Thank you — I'd be happy to take part. The earliest I can do is {day2} after 3pm.",
    "Happy to. I've accepted the calendar invite for {day}.",
    "I can't make either slot, unfortunately. Would {day2} morning work?",
    "That time's good. I'll use my laptop for the coding part — is a shared editor provided?",
]
ACCEPT = [
    "I'm delighted to accept the offer for the {role} position. Thank you so much!",
    "Thank you for the offer. I'm very happy to accept, and I'll sign and return the contract today.",
    "I'm thrilled to say yes! Please let me know what you need from me before {start}.",
    "Signed copy attached. I'm accepting the offer and can start on {start}.",
    "Yes!! I accept. Can't wait to get started.",
    "After speaking to my family I'm happy to accept the role. Could you confirm the start date?",
    "Thank you for your patience while I considered it. I'm pleased to formally accept the offer of employment.",
    "I'd like to accept. One small question: would it be possible to start a week later than planned?",
]
SIGN = ["Best,\n{first}", "Kind regards,\n{cand}", "Thanks,\n{first}", "Many thanks,\n{cand}\n{phone}", "Cheers,\n{first}",
        "Best wishes,\n{cand}\nlinkedin.com/in/{first_l}{last_l}", "{first}", "Warm regards,\n{cand}"]
GREET = ["Hi {sfirst},", "Dear {sfirst},", "Hello {sfirst},", "Hi {sfirst}!", "Dear {sender},", "Hi there,", "Dear Hiring Team,", "{sfirst},"]


def _to(rng: random.Random, ctx: dict) -> str:
    if rng.random() < 0.25:
        return f"{ctx['sfirst'].lower()}@{slug(ctx['agency'])}.com"
    return pick(rng, ["{f}@{d}", "{f}.{l}@{d}", "careers@{d}", "talent@{d}"]).format(
        f=ctx["sfirst"].lower(), l=slug(ctx["slast"]), d=ctx["cdomain"])


def _msg(rng: random.Random, ctx: dict, core: list[str], casual: bool) -> str:
    if casual:
        text = pick(rng, ["hi {sfirst}", "Hey {sfirst},", "{sfirst} -", "Hi!"]) + "\n\n" + " ".join(core) + "\n\n" + pick(rng, ["{first}", "thx, {first}", "cheers", "- {first_l}"])
        if rng.random() < 0.5:
            text = lowercase_terse(text)
        if rng.random() < 0.4:
            text += "\n\n" + pick(rng, MOBILE)
        return text
    return pick(rng, GREET) + "\n\n" + "\n\n".join(core) + "\n\n" + pick(rng, SIGN)


def _thread(rng: random.Random, ctx: dict, new: str, quoted: str) -> str:
    hdr = pick(rng, ["On {hdr_date}, {sender} <{sto}> wrote:", "On {hdr_date_us}, {sender} wrote:",
                     "{hdr_date}, {sender} <{sto}>:"])
    qbody = pick(rng, ["Hi {first},\n\n", "Dear {first},\n\n", ""]) + quoted + "\n\n" + pick(rng, ["Best,\n{sender}", "{sfirst}", "Kind regards\n{sender}\n{co}"])
    return new + "\n\n" + hdr + "\n" + quote(qbody)


def generate(rng: random.Random) -> Iterator[dict]:
    counters: dict[str, int] = {}
    plan = ([("req", "fresh")] * 20 + [("req", "casual")] * 15 + [("req", "thread")] * 25 +
            [("thanks", None)] * 9 + [("withdraw", None)] * 8 + [("follow", None)] * 8 + [("sched", "thread")] * 10 +
            [("accept", None)] * 10)
    for kind, mode in plan:
        ctx = new_ctx(rng)
        ctx["first_l"], ctx["last_l"] = ctx["first"].lower(), slug(ctx["last"])
        to = _to(rng, ctx)
        ctx["sto"] = to
        labels: list[str] = []
        if mode is None:
            mode = pick(rng, ["fresh", "fresh", "casual", "thread"])
        if kind == "req":
            labels = ["feedback_request"]
            if mode == "casual":
                core = [pick(rng, REQ_CASUAL)]
            else:
                core = [pick(rng, REQ_ACK) + " " + pick(rng, REQ_ASK)]
                cl = pick(rng, REQ_CLOSE)
                if cl:
                    core.append(cl)
            quoted = pick(rng, REJ_QUOTES)
            subj = pick(rng, ["Re: Your application for {role}", "Re: Update", "Feedback request – {role}", "Re: {co} – {role}",
                              "Feedback?", "Re: Your interview with {co}", "{role} interview — feedback", "Re: Decision on {role}"])
        elif kind == "thanks":
            core, quoted = [pick(rng, THANKS)], pick(rng, INV_QUOTES)
            subj = pick(rng, ["Thank you", "Thanks for today", "Re: Interview on {day}", "Thank you – {role} interview"])
        elif kind == "withdraw":
            core, quoted = [pick(rng, WITHDRAW)], pick(rng, INV_QUOTES)
            subj = pick(rng, ["Withdrawing my application", "Re: Next steps", "{role} – withdrawal", "Re: Final round"])
        elif kind == "follow":
            core, quoted = [pick(rng, FOLLOWUP)], pick(rng, INV_QUOTES)
            subj = pick(rng, ["Following up: {role}", "Checking in", "Re: {role}", "Application status"])
        elif kind == "sched":
            core, quoted = [pick(rng, SCHED)], pick(rng, INV_QUOTES)
            subj = pick(rng, ["Re: Interview invitation", "Re: Next steps with {co}", "Re: Technical interview – {role}", "Re: Let's chat?"])
        else:
            core, quoted = [pick(rng, ACCEPT)], pick(rng, OFFER_QUOTES)
            subj = pick(rng, ["Re: Offer of employment – {role}", "Re: Your offer from {co}", "Offer acceptance", "Re: Good news!"])
        casual = mode == "casual"
        body = _msg(rng, ctx, core, casual)
        family = "w2-cand-casual" if casual else "w2-cand-formal"
        if mode == "thread":
            body = _thread(rng, ctx, body, quoted)
            family = "w2-cand-thread"
            if not subj.startswith("Re:"):
                subj = "Re: " + subj
        n = counters[family] = counters.get(family, 0) + 1
        yield record(ctx, family, FAMILY_PREFIX, n, labels=labels, subject=fill(subj, ctx), body_text=fill(body, ctx),
                     from_name=ctx["cand"], from_addr=ctx["cand_addr"], to_addr=to, folder="Sent")
