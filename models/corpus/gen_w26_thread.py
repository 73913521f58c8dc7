"""Writer w26: a one-to-three sentence reply sitting above a long quoted thread (gmail '>' and Outlook
header styles), and the candidate's own short Sent mail. The label comes from the new text only."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w26_kit as K  # noqa: E402
import _w26_say as S  # noqa: E402
import _w26_world as W  # noqa: E402

FAMILY_PREFIX = "w26thread"

# new intent -> (weight, quoted kinds it plausibly answers)
INBOX_PAIRS = {
    "feedback_only": (9, ["fbreq"]),
    "neg:thanks_noted": (6, ["offer"]),
    "rejection": (3, ["chase", "thanks"]),
    "rejection_feedback": (5, ["thanks", "chase"]),
    "rejection_reason": (2, ["chase"]),
    "invite": (5, ["application"]),
    "ack": (4, ["application"]),
    "ack_invite": (2, ["application"]),
    "invite_resched": (3, ["invite"]),
    "neg:cant_share": (5, ["fbreq"]),
    "offer": (4, ["thanks"]),
    "neg:reminder": (4, ["invite"]),
    "neg:late": (2, ["invite"]),
    "neg:status": (5, ["chase"]),
    "neg:onboarding": (4, ["offer"]),
    "rejection_plus_invite": (2, ["application"]),
    "interview_cancel_filled": (2, ["invite"]),
    "neg:thanks_today": (3, ["thanks"]),
}

SENT_PAIRS = {
    "fbreq": (14, ["rejection", "rejection", None]),
    "sent:thanks_note": (4, [None]),
    "sent:withdraw": (4, ["invite"]),
    "sent:accept": (4, ["offer"]),
    "sent:schedule": (5, ["invite"]),
    "sent:apply": (3, [None]),
    "sent:chase": (3, ["thanks"]),
    "sent:decline_offer": (2, ["offer"]),
}


def said_for(rng: random.Random, intent: str, ctx: dict) -> dict:
    if intent.startswith("neg:"):
        return S.neg_employer(rng, ctx, intent[4:])
    if intent.startswith("sent:"):
        return S.sent_neg(rng, ctx, intent[5:])
    return getattr(S, intent)(rng, ctx)


def threaded(rng: random.Random, family: str, n: int, style: str, folder: str) -> dict:
    ctx = K.make_ctx(rng)
    ctx["sender_addr"] = W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], ctx["dom"])
    table = SENT_PAIRS if folder == "Sent" else INBOX_PAIRS
    intent = K.pick_weighted(rng, {k: v[0] for k, v in table.items()})
    prior = rng.choice(table[intent][1])
    said = said_for(rng, intent, ctx)
    lines = said["lines"]
    if folder == "Sent":
        greet = S.fill(rng.choice(["Hi {sender_first},", "Hello {sender_first},", "{sender_first} —", "", "Hi,"]), ctx)
        sign = S.fill(rng.choice(["{first}", "Thanks,\n{first}", "Best,\n{first} {cand_last}", "", "— {first}"]), ctx)
    else:
        greet = S.fill(rng.choice(K.GREET), ctx)
        sign = S.fill(rng.choice(K.SIGN_HUMAN), ctx)
    new = "\n\n".join(p for p in [greet, K.join_lines(rng, lines), sign] if p)
    if folder == "INBOX" and rng.random() < 0.35:
        new += "\n\n" + K.sig_block(rng, ctx)
    if folder == "INBOX" and rng.random() < 0.2:
        new += "\n" + rng.choice(K.DEVICE)
    body = new
    if prior:
        q = K.quoted(rng, ctx, prior, "gmail" if style == "gmail" else "outlook")
        # older history under the first quote, now and then
        if rng.random() < 0.3 and prior in ("fbreq", "chase", "thanks"):
            older = K.quoted(rng, ctx, "rejection" if prior == "fbreq" else "invite",
                             "gmail" if style == "gmail" else "outlook")
            q += "\n\n" + ("\n".join("> " + x for x in older.split("\n")) if style == "gmail" else older)
        body = new + "\n\n" + q
    if folder == "INBOX" and rng.random() < 0.25:
        body += "\n\n" + K.legal(rng, ctx)
    subj_base = {
        "fbreq": "Your application – {role}", "rejection": "Your application – {role}", "offer": "Offer of "
        "employment – {role}", "invite": "Interview invitation – {role}", "application": "{role} application",
        "chase": "{role} – update?", "thanks": "Thank you",
    }.get(prior or "", "")
    if subj_base and rng.random() < 0.8:
        subj = rng.choice(["Re: ", "RE: ", "Re: ", "AW: ", "RE: "]) + S.fill(subj_base, ctx)
        if folder == "INBOX" and prior in ("fbreq", "chase", "thanks"):
            subj = "Re: " + subj if rng.random() < 0.3 else subj
    else:
        subj = K.subject(rng, said["subjects"], ctx, reply=0.5)
    if folder == "Sent":
        return K.record(family, n, folder="Sent", from_name=f"{ctx['first']} {ctx['cand_last']}",
                        from_addr=ctx["cand_addr"], to_addr=ctx["sender_addr"], subject=subj, body_text=body,
                        said=said, company=ctx["co"])
    fname = rng.choice([f"{ctx['sender_first']} {ctx['sender_last']}", f"{ctx['sender_first']} {ctx['sender_last']} "
                        f"({ctx['co']})", ctx["sender_first"]])
    return K.record(family, n, from_name=fname, from_addr=ctx["sender_addr"], to_addr=ctx["cand_addr"],
                    subject=subj, body_text=body, said=said, company=ctx["co"])


def generate(rng: random.Random) -> Iterable[dict]:
    for i in range(66):
        yield threaded(rng, f"{FAMILY_PREFIX}-gmailreply", i, "gmail", "INBOX")
    for i in range(50):
        yield threaded(rng, f"{FAMILY_PREFIX}-outlookreply", i, "outlook", "INBOX")
    for i in range(40):
        yield threaded(rng, f"{FAMILY_PREFIX}-sentgmail", i, "gmail", "Sent")
    for i in range(32):
        yield threaded(rng, f"{FAMILY_PREFIX}-sentoutlook", i, "outlook", "Sent")
