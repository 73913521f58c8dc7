"""w43: the candidate's own Sent mail in two voices (quick phone replies, careful notes): feedback requests
after a rejection (labelled), and thank-you notes, withdrawals, offer acceptances and declines, follow-ups,
slot confirmations (no label), often over the quoted employer mail."""

from __future__ import annotations

import random
from typing import Iterable

import _w43_kit as K
import _w43_say as S

FAMILY_PREFIX = "w43sent"

REGIONS = ["us", "uk", "ie", "au", "in", "za", "ca", "nn"]

FBR_OPEN = [
    "thanks for letting me know.", "appreciate you telling me directly.", "bit gutted, but understood.",
    "no worries, thanks for the quick answer.", "thanks for the update, and for your time across the rounds.",
    "thanks for being straight with me.", "that's a shame, but I get it.", "understood, and thanks for the heads up.",
    "thanks {me}, I appreciate the personal note.", "ah, disappointing but thanks for telling me.",
]
FBR_ASK = [
    "would you be able to share any feedback on where I fell short?",
    "if there's anything from the panel I could work on, I'd love to hear it.",
    "any chance of a line or two on what tipped it?",
    "was there something specific in the technical round that didn't land?",
    "if you've got five minutes for a call about what I could do better, I'd really value it.",
    "what would have made my application stronger?",
    "could you pass on any notes from the interviewers?",
    "I'm trying to get better at these, so anything you can share would help.",
    "honest feedback welcome, even the blunt kind. where did I lose them?",
    "is there anything in my CV or the interviews you'd point to as the weak spot?",
    "did the take-home count against me? I'd like to know what to tighten up.",
    "I'd be grateful for any pointers on how I came across.",
]
FBR_CLOSE = [
    "no worries if not.", "totally understand if policy doesn't allow it.", "thanks again either way.",
    "hope to cross paths again.", "would love to be considered for future roles too.", "", "",
]

THANKS = [
    "thanks for the chat today, really enjoyed hearing about the migration plans.",
    "just wanted to say thanks for taking the time this afternoon. the bit about how the team runs on-call was really useful.",
    "thanks to you and {pm} for this morning. looking forward to hearing next steps.",
    "great to meet everyone today, I left even keener on the role.",
    "thank you for the conversation earlier, the case study was a fun one to dig into.",
]
WITHDRAW = [
    "I've decided to withdraw from the {role} process, I've accepted another offer. thanks for all your time.",
    "I'm going to step back from the process, the timing isn't right for me after all. really sorry for the late notice.",
    "after a lot of thought I'd like to pull my application. the role's great, it's just not the move for me right now.",
    "I won't be able to make the final, I've taken a job elsewhere. thank you for everything so far.",
]
ACCEPT = [
    "delighted to accept! signed letter attached.",
    "yes! happy to accept the offer, start date of the 1st works for me.",
    "I'm very pleased to accept the {role} offer. let me know what you need from me next.",
    "that all looks good, consider this my acceptance. can't wait to start.",
]
DECLINE = [
    "I've decided to decline the offer. it was a really hard call and I'm grateful for it.",
    "thank you so much for the offer, but I'm going to turn it down, I've gone with a role closer to home.",
    "after a weekend of thinking I'm going to say no to the offer. sorry, and thank you for being so good throughout.",
    "I won't be taking the offer, the numbers just don't work for me with the relocation. thanks for understanding.",
]
FOLLOWUP = [
    "just following up on my application for the {role} role, is there any news?",
    "hope all's well! any update on timing for the decision?",
    "checking in on the {role} role, I have another process moving so it'd help to know where things stand.",
    "quick nudge on the take-home I sent last week, did it come through ok?",
    "any word from the team after Thursday's interview?",
]
CONFIRM = [
    "{day} at {time} works great, see you then.",
    "perfect, I've booked the {time} slot.",
    "thanks, I'll do the take-home over the weekend.",
    "can we do {day} instead? I've a clash on the original date, sorry.",
    "confirmed, I'll dial in on the link you sent.",
]

KINDS = [("fbreq", 44), ("thanks", 9), ("withdraw", 9), ("accept", 8), ("decline", 8), ("followup", 10), ("confirm", 8)]

QUOTE_FOR = {
    "fbreq": "rej", "thanks": None, "withdraw": "inv", "accept": "offer", "decline": "offer", "followup": None,
    "confirm": "inv",
}


def _quoted(rng, kind, ctx):
    if kind == "rej":
        t = K.pick(rng, S.REJ_PLAIN)
        if K.chance(rng, 0.4):
            r = K.pick(rng, sorted(S.REASON_AFTER))
            t += " " + K.pick(rng, S.REASON_AFTER[r])
        return K.sentence_case(K.fill(t, ctx)) + " " + K.sentence_case(K.fill(K.pick(rng, [s for s in S.REJ_SOFTEN if s]), ctx))
    if kind == "inv":
        return K.sentence_case(K.fill(K.pick(rng, S.INVITE), ctx))
    return K.sentence_case(K.fill(K.pick(rng, S.OFFER), ctx))


def build(rng, voice, kind, n):
    region = K.pick(rng, REGIONS)
    cand = K.pick(rng, K.CANDIDATES)
    me = K.pick(rng, K.NAMES[region])
    sur = K.pick(rng, K.SURNAMES[region])
    co, stem = K.pick(rng, K.EMPLOYERS[region])
    emp_addr = f"{me.lower()}@{stem}{K.TLD[region]}"
    d1, d2 = rng.sample(range(5), 2)
    ctx = {"first": cand[0], "me": me, "co": co, "role": K.pick(rng, K.ROLES), "pm": K.pick(rng, K.NAMES[region]),
           "day": K.DAYS_LONG[d1], "day2": K.DAYS_LONG[d2], "day_long": K.DAYS_LONG[d1], "time": K.pick(rng, K.TIMES),
           "link": K.make_link(rng, "slot"), "tlink": K.make_link(rng, "task"), "client": co,
           "salary": K.pick(rng, S.SALARIES[region]), "start": K.pick(rng, S.STARTS)}
    labels = []
    if kind == "fbreq":
        labels = ["feedback_request"]
        parts = [K.pick(rng, FBR_OPEN), K.pick(rng, FBR_ASK), K.pick(rng, FBR_CLOSE)]
        if K.chance(rng, 0.25):
            parts.insert(1, K.pick(rng, ["I really liked the team.", "I'm still keen on {co} long term.",
                                         "the process was one of the better ones I've been through."]))
    else:
        pool = {"thanks": THANKS, "withdraw": WITHDRAW, "accept": ACCEPT, "decline": DECLINE,
                "followup": FOLLOWUP, "confirm": CONFIRM}[kind]
        parts = [K.pick(rng, pool)]
    text = " ".join(K.fill(p, ctx) for p in parts if p)
    text = K.sentence_case(text)
    phone = voice == "phone"
    if phone:
        text = K.phone_mangle(rng, text, heavy=K.chance(rng, 0.6))
        greet = K.pick(rng, [f"hi {me}", f"{me},", f"hey {me}", "", f"Hi {me},"])
        sign = K.pick(rng, [cand[0], cand[0].lower(), f"- {cand[0][0]}", "", f"thanks\n{cand[0]}"])
    else:
        greet = K.pick(rng, [f"Hi {me},", f"Dear {me},", f"Hello {me},", f"Hi {me}, I hope you're well."])
        sign = K.pick(rng, [f"Best,\n{cand[0]}", f"Kind regards,\n{cand[0]} {cand[1]}", f"Thanks,\n{cand[0]}",
                            f"All the best,\n{cand[0]} {cand[1]}\n{K.pick(rng, ['+44 7700 900', '+1 (555) 01', '+353 85 ', '+61 400 '])}{rng.randrange(100, 999)}"])
    body = (greet + "\n\n" if greet else "") + text + ("\n\n" + sign if sign else "")
    if phone and K.chance(rng, 0.4):
        body += "\n\n" + K.pick(rng, K.PHONE_SIGS)
    subj_base = K.fill(K.pick(rng, ["{role}", "{role} application", "{co} - {role}", "update", "your application",
                                    "next steps", "{co}", "interview {day}"]), ctx)
    if kind in ("accept", "decline"):
        subj_base = K.fill(K.pick(rng, ["offer", "{role} offer", "your offer from {co}", "good news"]), ctx)
    qk = QUOTE_FOR[kind]
    if qk and K.chance(rng, 0.75):
        qtext = f"Hi {cand[0]},\n\n" + _quoted(rng, qk, ctx) + f"\n\n{me}"
        hdr = K.when_header(rng, f"{me} {sur}", emp_addr, region in ("us", "ca"))
        body += K.quote_block(rng, hdr, qtext, cand[2], subj_base)
        subj = "Re: " + subj_base
    else:
        subj = K.fill(K.pick(rng, {"fbreq": ["feedback?", "quick question", "{role}"],
                                   "thanks": ["thank you", "thanks for today", "great to meet you"],
                                   "withdraw": ["withdrawing", "{role} application", "update from me"],
                                   "accept": ["offer", "accepting!", "yes"],
                                   "decline": ["offer", "{role} offer", "my decision"],
                                   "followup": ["following up", "checking in", "{role}"],
                                   "confirm": ["interview", "{day}", "re: time"]}[kind]), ctx)
    return K.record(rid=f"{FAMILY_PREFIX}-{voice}-{n}", family=f"w43-sent-{voice}", folder="Sent",
                    from_name=f"{cand[0]} {cand[1]}", from_addr=cand[2], to_addr=emp_addr, subject=subj, body=body,
                    labels=labels, company=co)


def generate(rng: random.Random) -> Iterable[dict]:
    kinds = [k for k, _ in KINDS]
    w = [x for _, x in KINDS]
    for voice, count in (("phone", 58), ("careful", 58)):
        plan = kinds + rng.choices(kinds, w, k=count - len(kinds))
        for n, kind in enumerate(plan):
            yield build(rng, voice, kind, n)
