"""Writer w4: English employer mail from large organisations and international recruiters
(rejections with/without feedback, interview invitations, acknowledgements, offers, feedback-only)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w4_en as E  # noqa: E402
import _w4_kit as K  # noqa: E402
from _w4_env import FAMILIES, context, wrap  # noqa: E402

FAMILY_PREFIX = "w4e"
FAMS = list(FAMILIES)

HINT = {
    "rej": ["Your application for {role}", "Outcome of your application", "Application update – {role}",
            "Thank you for your interest in {org}", "Recruitment outcome {ref}", "{role}: decision"],
    "inv": ["Interview invitation – {role}", "Invitation to interview", "Next steps: {role}", "Schedule your interview",
            "Interview Schedule || {role}", "Invitation: {role} at {org}"],
    "assessment": ["Assessment invitation – {role}", "Online assessment", "Your test link", "Assessment centre – {org}"],
    "resched": ["Reschedule: interview for {role}", "Change of interview time", "Updated invitation: {role}", "New time for your interview"],
    "ack": ["Application received – {role}", "Thank you for applying", "We have received your application", "Confirmation: {ref}"],
    "offer": ["Offer of employment – {role}", "Your offer from {org}", "Congratulations!", "Offer letter – {role}"],
    "fb": ["Feedback – {role}", "Interview feedback", "Re: feedback request", "Your interview – notes from the panel"],
}
CAND_ASK = [
    "Dear team,\nThank you for letting me know. Would it be possible to receive some feedback on my interview?\nBest regards",
    "Hello, I was sorry to hear the news. Could you share what I could improve for next time? Thanks",
    "Hi, thanks for the update. Any pointers from the panel would be really appreciated.",
]
CAND_PRIOR = [
    "Dear Sir/Madam,\nPlease find attached my CV for the position advertised. I look forward to hearing from you.",
    "Hi, just checking whether there is any update on my application. Thanks!",
    "Hello, thank you for the call yesterday. I am attaching my updated resume as requested.",
]


def _maybe_quote(rng: random.Random, fields: dict, ctx: dict, pool: list[str], p: float) -> None:
    if fields["body_text"] and rng.random() < p:
        who = f"{ctx['first']} {ctx['last']} <{ctx['to']}>"
        fields["body_text"] += "\n\n" + K.quote(rng, rng.choice(pool), who, K.when(rng))
        if not fields["subject"].lower().startswith("re"):
            fields["subject"] = "RE: " + fields["subject"] if rng.random() < .5 else "Re: " + fields["subject"]


def _reasons(rng: random.Random) -> list[str]:
    if rng.random() < .45:
        return rng.sample(sorted(E.REASON), 1 if rng.random() < .85 else 2)
    return []


def _topics(rng: random.Random) -> list[str]:
    return rng.sample(sorted(E.FB_TOPIC), rng.choice([1, 1, 2, 2, 3]))


def generate(rng: random.Random):
    ids = K.Counter(FAMILY_PREFIX)
    plan = ["rej"] * 98 + ["rejfb"] * 32 + ["inv"] * 95 + ["ack"] * 80 + ["offer"] * 40 + ["fb"] * 24
    for i, kind in enumerate(plan):
        fam = FAMS[(i * 7 + i // 10) % len(FAMS)]
        reg = FAMILIES[fam]["register"]
        ctx = context(rng, fam)
        topics: list[str] = []
        reasons: list[str] = []
        table = None
        if kind in ("rej", "rejfb"):
            reasons = _reasons(rng)
            topics = _topics(rng) if kind == "rejfb" else []
            paras = E.rejection_core(rng, reg, reasons, topics)
            labels = ["rejection"] + (["feedback"] if topics else [])
            fields = wrap(rng, fam, ctx, paras, HINT["rej"])
            _maybe_quote(rng, fields, ctx, CAND_PRIOR, .12)
        elif kind == "inv":
            sub = rng.choice(["phone", "video", "panel", "assessment", "technical", "resched", "video", "panel"])
            paras = E.invite_core(rng, reg, sub)
            if sub in ("panel", "technical") and rng.random() < .4:
                table = [("Date and time", "{when}"), ("Format", rng.choice(["Panel interview", "Technical round", "Face to face"])),
                         ("Duration", rng.choice(["45 minutes", "1 hour", "90 minutes"])), ("Venue / link", "{link}")]
            hint = HINT["resched"] if sub == "resched" else HINT["assessment"] if sub == "assessment" else HINT["inv"]
            labels = ["interview_invite"]
            fields = wrap(rng, fam, ctx, paras, hint, table)
            _maybe_quote(rng, fields, ctx, CAND_PRIOR, .2)
        elif kind == "ack":
            paras = E.ack_core(rng, reg)
            labels = ["application_ack"]
            fields = wrap(rng, fam, ctx, paras, HINT["ack"])
            _maybe_quote(rng, fields, ctx, CAND_PRIOR[:1], .1)
        elif kind == "offer":
            paras, table = E.offer_core(rng, reg)
            labels = ["offer"]
            fields = wrap(rng, fam, ctx, paras, HINT["offer"], table if rng.random() < .6 else None)
        else:
            topics = _topics(rng)
            paras = [rng.choice(E.FBONLY_OPEN), E.feedback_block(rng, topics),
                     rng.choice(["I hope this is helpful for your future applications.", "Best of luck with your search.",
                                 "Happy to discuss on a call if that helps.", "Wishing you success going forward.",
                                 "Please keep applying, we would be happy to see you again."])]
            labels = ["feedback"]
            fields = wrap(rng, fam, ctx, paras, HINT["fb"])
            _maybe_quote(rng, fields, ctx, CAND_ASK, .45)
        yield K.record(ids, fam, labels=labels, company=ctx["org"], topics=topics, outside_control=reasons, **fields)
