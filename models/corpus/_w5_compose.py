"""Writer w5's composer: turns a meaning (what the mail says) plus a persona style into a body.

`meaning()` is the only place labels come from; `wrap()` dresses any meaning in the same
greetings, sign-offs, phone signatures, typos and casing, whatever its label.
"""

from __future__ import annotations

import random

import _w5_other as O
import _w5_text as T
from _w5_kit import fill, phone_sig, pick, typo

EMOJI = [" 🙂", " 🙏", " :)", " 😅", " 👋", " !!", ""]


def _feedback_para(
    rng: random.Random, c: dict, n_weak: int, praise: bool = True, rejected: bool = False
) -> tuple[str, list[str]]:
    topics = rng.sample(sorted(T.WEAK), n_weak) if n_weak else []
    weak = [pick(rng, T.WEAK[t]) for t in topics]
    intro = pick(rng, T.FB_INTRO) if rng.random() < 0.7 else ""
    bits = []
    if praise or not weak:
        p = pick(rng, T.PRAISE)
        bits.append(p[0].upper() + p[1:])
    if weak:
        first = weak[0]
        if bits:
            bits[-1] += f", {pick(rng, T.FB_GLUE)} {first}."
        else:
            bits.append(first[0].upper() + first[1:] + ".")
        for w in weak[1:]:
            bits.append(
                pick(rng, ["Also, ", "On top of that, ", "And ", "Another thing: ", "Secondly, "]) + w + "."
            )
    else:
        bits[-1] += ". " + pick(rng, T.PRAISE_ONLY if rejected else T.PRAISE_KEEP)
    text = " ".join(bits)
    if rng.random() < 0.35 and weak:
        text = "\n".join("- " + b for b in bits)
    return ((intro + "\n" if intro else "") + text), topics


def meaning(kind: str, rng: random.Random, c: dict) -> tuple[list[str], list[str], list[str], list[str]]:
    """Paragraphs, labels, topics, outside_control for one message kind."""
    paras: list[str] = []
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    if kind in ("rej", "rej_fb"):
        labels.append("rejection")
        paras.append(pick(rng, T.REJ))
        if rng.random() < 0.45:
            r = pick(rng, sorted(T.REASON))
            outside.append(r)
            paras[-1] += " " + pick(rng, T.REASON[r])
        if rng.random() < 0.5:
            paras.append(pick(rng, T.REJ_SOFTEN))
        if kind == "rej_fb":
            labels.append("feedback")
            n = 0 if rng.random() < 0.15 else rng.choice([1, 1, 2, 2, 3])
            p, topics = _feedback_para(rng, c, n, praise=rng.random() < 0.7, rejected=True)
            paras.append(p)
        if rng.random() < 0.3:
            paras.append(pick(rng, T.FUTURE))
    elif kind == "fb":
        labels.append("feedback")
        n = 0 if rng.random() < 0.12 else rng.choice([1, 2, 2, 3])
        p, topics = _feedback_para(rng, c, n, praise=rng.random() < 0.6)
        paras.append(p)
        paras.append(pick(rng, T.FB_MID))
    elif kind == "inv":
        labels.append("interview_invite")
        paras.append(pick(rng, T.INV))
        if rng.random() < 0.45:
            paras.append(pick(rng, T.LOGISTICS))
    elif kind == "resched":
        labels.append("interview_invite")
        paras.append(pick(rng, T.RESCHED))
        if rng.random() < 0.25:
            paras.append(pick(rng, T.LOGISTICS))
    elif kind == "ack":
        labels.append("application_ack")
        paras.append(pick(rng, T.ACK))
    elif kind == "offer":
        labels.append("offer")
        paras.append(pick(rng, T.OFFER))
        if rng.random() < 0.7:
            paras.append(pick(rng, T.OFFER_NEXT))
    elif kind == "inv_fb":  # mid-process feedback that also books the next round
        labels += ["feedback", "interview_invite"]
        p, topics = _feedback_para(rng, c, rng.choice([0, 1, 1, 2]))
        paras += [p, pick(rng, T.INV)]
    elif kind in O.NEG:
        paras.append(pick(rng, O.NEG[kind]))
    else:
        raise KeyError(kind)
    return [fill(p, c) for p in paras], labels, topics, outside


def wrap(
    rng: random.Random,
    c: dict,
    paras: list[str],
    *,
    hello: float = 0.8,
    bye: float = 0.85,
    sig: list[str] | None = None,
    lower: float = 0.0,
    typos: float = 0.0,
    phone: float = 0.0,
    emoji: float = 0.0,
    chatter: list[str] | None = None,
    byes: list[str] | None = None,
) -> str:
    """Dress paragraphs in greeting, optional chatter, sign-off, signature, then hand-typed noise."""
    body = list(paras)
    if chatter and rng.random() < 0.5:
        body.insert(0 if rng.random() < 0.6 else len(body), fill(pick(rng, chatter), c))
    text = "\n\n".join(body)
    if rng.random() < emoji:
        text += pick(rng, EMOJI)
    if rng.random() < lower:
        text = text.lower()
    if typos:
        text = typo(text, rng, typos)
    out = []
    if rng.random() < hello:
        out.append(fill(pick(rng, T.HELLO), c))
    out.append(text)
    if rng.random() < bye:
        out.append(fill(pick(rng, byes or T.BYE), c))
    if sig and rng.random() < 0.7:
        out.append(fill(pick(rng, sig), c))
    if rng.random() < phone:
        out.append(phone_sig(rng))
    return "\n\n".join(out)


SUBJ_NEUTRAL = [
    "{role}",
    "Re: {role} role",
    "quick note",
    "{co}",
    "Re: our chat",
    "hello from {co}",
    "Re: Application - {role}",
    "Re: yesterday",
    "{role} at {co}",
    "news",
    "Re: {co} x {me}",
    "following up",
    "Re: Re: {role}",
    "a note from {fn}",
    "Your application",
    "{co} - {role}",
    "re: the job",
    "(no subject)",
    "Update",
    "Re: CV",
]
SUBJ = {
    "rej": [
        "Update on your application",
        "Sorry {me}",
        "{role} - decision",
        "Not this time",
        "Re: final round",
        "difficult news",
        "Our decision",
    ],
    "inv": [
        "Coffee?",
        "Next step",
        "Can we chat?",
        "Interview - {day}",
        "Come meet the team",
        "Pairing session",
        "Trial shift",
        "Quick call?",
        "Let's talk",
    ],
    "resched": ["Change of plan", "Moving our interview", "Reschedule?", "Sorry - new time", "Re: {day}"],
    "ack": ["Got it", "Re: Application", "Thanks for applying", "Received", "Your CV"],
    "offer": [
        "Offer!",
        "Good news 🎉",
        "Your offer",
        "Welcome aboard?",
        "We'd love to have you",
        "Offer letter",
    ],
    "fb": ["Some notes", "Feedback", "How it went", "Interview notes", "Thoughts from the panel"],
    "friend_post": ["thought of you", "job for you?", "saw this", "Fwd: we're hiring", "look!!"],
    "cold_pitch": [
        "Opportunity",
        "Quick question",
        "{role} opportunity",
        "Are you open to a move?",
        "Exciting role",
    ],
    "meetup": ["Great to meet you", "last night", "as promised", "nice chatting"],
    "reminder": ["Reminder: tomorrow", "See you {day}", "tomorrow!", "Re: Interview - {day}"],
    "thanks_today": ["Thanks for today", "Thank you", "today", "Re: Interview - {day}"],
    "deciding": ["Still deciding", "Re: any news?", "bear with us", "Quick update"],
    "interviewer": ["Can you interview?", "Panel help needed", "Candidate on {day}", "favour"],
    "mentor": ["CV thoughts", "some tips", "re: your CV", "advice"],
    "onboarding": ["Welcome!", "Before your first day", "Starter forms", "Re: Your offer", "see you soon"],
    "event": ["You're invited", "Open evening", "Join us", "Careers event", "This {day}"],
}


def subject(rng: random.Random, kind: str, c: dict) -> str:
    key = {"rej_fb": "rej", "inv_fb": "fb"}.get(kind, kind)
    pool = SUBJ.get(key, [])
    if pool and rng.random() < 0.45:
        return fill(pick(rng, pool), c)
    return fill(pick(rng, SUBJ_NEUTRAL), c)
