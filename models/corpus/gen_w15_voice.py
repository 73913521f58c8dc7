"""w15: hiring managers, founders, HR generalists and small-agency recruiters, one family per register.

Every register writes every kind of mail (no, invite, ack, offer, feedback, and mail that decides
nothing), with the deciding sentence placed first, mid-paragraph or at the end.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

import _w15_compose as C
import _w15_say as S
from _w15_neg import VOICE_NEG, VOICE_NEG_WEIGHTS
from _w15_voices import VOICES

FAMILY_PREFIX = "w15voice"
PER_FAMILY = 42

SHARED_SUBJ = ["Re: {r}", "{r}", "Update", "Re: your application", "{co}", "Re: {r} - {co}", "Quick note",
               "Re: last week", "following up", "Re: {r} (ref {req})", "hello from {co}", "Re: Re: {r}"]

# exact counts over all voice records (15 x 42 = 630), dealt out at random to the registers
KINDS = {
    "rej": 72, "rej_fb": 52, "invite": 64, "resched": 20, "ack": 56, "ack_inv": 18, "rej_inv": 10,
    "offer": 54, "fb_inv": 8, "neg": 276,
}

PIVOT = [
    "That said, there's a {r2} opening coming up that I think suits you better.",
    "But — and I hope this is welcome — we'd love to talk to you about our {r2} role instead.",
    "The good news is {other} is hiring a {r2} and asked if you'd be interested.",
    "Separately, I think you'd be great for the {r2} job we've just opened.",
]

FB_INV_BRIDGE = [
    "You're through to the next round, congratulations.",
    "Good news: the team want to see you again.",
    "We'd like to take you forward.",
]
FB_INV_WEAK = "One thing to work on before then:"

ACK_FOLLOW = [
    "I'll be in touch either way, hopefully by the end of next week.",
    "If you don't hear back in a fortnight, feel free to nudge me.",
    "We're hoping to shortlist by {day}.",
    "No need to send anything else for now.",
    "",
]


def _weak(rng: random.Random, k: int) -> tuple[list[str], list[str]]:
    topics = rng.sample(list(S.WEAK), k)
    return [rng.choice(S.WEAK[t]) for t in topics], topics


def compose(kind: str, voice: str, c: dict, rng: random.Random) -> tuple[str, str, list[str], str | None, list, list]:
    """Return subject, body, labels, company, topics, outside_control for one message."""
    co = c["co"]
    topics: list[str] = []
    oc: list[str] = []
    subj_pool = SHARED_SUBJ
    if kind == "rej":
        core = [rng.choice(S.NO)]
        if rng.random() < 0.45:
            reason = rng.choice(list(S.REASON))
            core.append(rng.choice(S.REASON[reason]))
            oc = [reason]
            if rng.random() < 0.3:
                core.reverse()  # reason first, then the no
        extra = rng.sample(S.NO_FILLER, rng.randint(0, 2))
        body = C.shell(voice, core, c, rng, extra=extra)
        labels = ["rejection"]
        subj_pool = SHARED_SUBJ + S.NO_SUBJECTS
    elif kind == "rej_fb":
        k = rng.choice([1, 1, 2, 2, 3]) if rng.random() > 0.06 else 0
        weak, topics = _weak(rng, k)
        fb = ([rng.choice(S.PRAISE)] if rng.random() < 0.6 or not weak else []) + weak
        intro = rng.choice(S.FB_INTRO)
        core = [rng.choice(S.NO)]
        if rng.random() < 0.2:
            reason = rng.choice(list(S.REASON))
            core.append(rng.choice(S.REASON[reason]))
            oc = [reason]
        if rng.random() < 0.5:
            body = C.shell(voice, core, c, rng, extra=[intro] + fb)
        else:
            body = C.shell(voice, core + [intro] + fb, c, rng, extra=rng.sample(S.NO_FILLER, 1))
        labels = ["rejection", "feedback"]
        subj_pool = SHARED_SUBJ + S.NO_SUBJECTS
    elif kind == "invite":
        core = [rng.choice(S.INVITE)]
        body = C.shell(voice, core, c, rng, extra=rng.sample(S.INVITE_LOGISTICS, rng.randint(0, 2)), extra_after=True)
        labels = ["interview_invite"]
        subj_pool = SHARED_SUBJ + ["Next steps", "Interview - {r}", "chat?", "Re: {r} - next stage", "meet the team?"]
    elif kind == "resched":
        body = C.shell(voice, [rng.choice(S.RESCHEDULE)], c, rng)
        labels = ["interview_invite"]
        subj_pool = ["Re: interview {day}", "change of plan", "Re: our call", "Reschedule?", "Re: {r} interview"]
    elif kind == "ack":
        body = C.shell(voice, [rng.choice(S.ACK)], c, rng, extra=[rng.choice(ACK_FOLLOW)], pre=True, extra_after=True)
        labels = ["application_ack"]
        subj_pool = SHARED_SUBJ + S.ACK_SUBJECTS
    elif kind == "ack_inv":
        core = [rng.choice(S.ACK), rng.choice(["First step is a short online assessment: {link}",
                                                "Before we meet, we ask everyone to do a take-home — details attached.",
                                                "The next step is a recorded video interview, link here: {link}",
                                                "Could you do a 15 min phone screen with me this week?"])]
        body = C.shell(voice, core, c, rng, where=rng.choice(["first", "middle"]), pre=True)
        labels = ["application_ack", "interview_invite"]
        subj_pool = S.ACK_SUBJECTS + SHARED_SUBJ
    elif kind == "rej_inv":
        core = [rng.choice(S.NO), rng.choice(PIVOT), rng.choice(S.INVITE)]
        body = C.shell(voice, core, c, rng)
        labels = ["rejection", "interview_invite"]
    elif kind == "offer":
        core = [rng.choice(S.OFFER)] + rng.sample(S.OFFER_DETAIL, rng.randint(0, 2))
        body = C.shell(voice, core, c, rng, where=rng.choice(["first", "middle", "end"]))
        labels = ["offer"]
        subj_pool = SHARED_SUBJ + ["Offer", "Good news", "Re: {r} - offer", "Offer letter - {r}", "🎉"]
    elif kind == "fb_inv":
        weak, topics = _weak(rng, 1)
        core = [rng.choice(FB_INV_BRIDGE), rng.choice(S.INVITE), FB_INV_WEAK] + weak
        body = C.shell(voice, core, c, rng, where="middle")
        labels = ["interview_invite", "feedback"]
    else:
        nk = rng.choices(list(VOICE_NEG_WEIGHTS), weights=list(VOICE_NEG_WEIGHTS.values()))[0]
        subs, lines, mode = VOICE_NEG[nk]
        core = [rng.choice(lines)]
        pre = nk in ("sourcing", "referral", "closed_before")
        plain = mode == "null"
        body = C.shell(voice, core, c, rng, pre=pre, plain=plain, footer=False if plain else None)
        labels = []
        subj_pool = subs + (SHARED_SUBJ[:4] if mode == "co" else [])
        if mode == "null":
            co = None
        return C.subject(rng.choice(subj_pool), c, rng), body, labels, co, [], [], nk
    return C.subject(rng.choice(subj_pool), c, rng), body, labels, co, topics, oc, kind


def generate(rng: random.Random) -> Iterable[dict]:
    deck = [k for k, v in KINDS.items() for _ in range(v)]
    assert len(deck) == PER_FAMILY * len(VOICES)
    rng.shuffle(deck)
    for vi, voice in enumerate(VOICES):
        fam = f"{FAMILY_PREFIX}-{voice}"
        for n in range(PER_FAMILY):
            c = C.ctx(rng)
            kind = deck[vi * PER_FAMILY + n]
            subj, body, labels, co, topics, oc, sub = compose(kind, voice, c, rng)
            from_name, from_addr = C.sender(c, rng, voice)
            if sub in ("sourcing",) and rng.random() < 0.6:
                # small agency: the client is named in the text only sometimes
                ag = rng.choice(C.AGENCIES)
                from_addr = from_addr.split("@")[0] + "@" + ag.lower().replace(" ", "").replace("&", "and") + ".co.uk"
                from_name = f"{c['me']} {c['me_last']} | {ag}"
                body = body.replace(c["co"], ag)
                co = None
            if sub in ("coffee", "internal", "workmail", "personal"):
                from_name = f"{c['me']} {c['me_last']}"
            yield C.record(fam, n, folder="INBOX", from_name=from_name, from_addr=from_addr, to_addr=c["cand_addr"],
                           subj=subj, body=body, labels=labels, company=co, topics=topics, oc=oc, rng=rng)
