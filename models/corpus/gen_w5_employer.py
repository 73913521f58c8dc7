"""Writer w5: people on the employer side writing by hand (founders, hiring managers, in-house and
agency recruiters, panel engineers, small-firm HR), each persona one family with its own register.
Labels come only from the meaning drawn for each message (see _w5_compose.meaning)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w5_other as O  # noqa: E402
import _w5_text as T  # noqa: E402
from _w5_compose import meaning, subject, wrap  # noqa: E402
from _w5_kit import AGENCIES, context, fill, forward_block, pick, quote, record, slug  # noqa: E402

FAMILY_PREFIX = "w5"

NEG_COMPANY_NONE = {"meetup", "mentor", "autoreply", "interviewer"}  # about no employer of the user's hunt

MIX = {
    "founder": dict(
        rej=12,
        rej_fb=6,
        inv=14,
        resched=3,
        offer=10,
        fb=4,
        inv_fb=2,
        ack=3,
        cold_pitch=5,
        thanks_today=4,
        deciding=4,
        reminder=3,
        onboarding=3,
        event=2,
    ),
    "hiringmgr": dict(
        rej=12,
        rej_fb=8,
        inv=14,
        resched=4,
        offer=8,
        fb=6,
        ack=4,
        thanks_today=4,
        deciding=4,
        interviewer=4,
        reminder=2,
        onboarding=3,
    ),
    "inmail": dict(inv=12, ack=10, rej=6, offer=3, cold_pitch=12, meetup=3, deciding=3, reminder=3, event=3),
    "agency": dict(inv=12, rej=10, rej_fb=6, offer=6, fb=4, cold_pitch=10, deciding=6, reminder=4, ack=2),
    "panel": dict(fb=10, rej_fb=12, inv_fb=4, interviewer=6, thanks_today=4, mentor=4),
    "smallbiz": dict(
        rej=14,
        rej_fb=5,
        inv=14,
        resched=2,
        ack=20,
        offer=10,
        fb=2,
        deciding=6,
        thanks_today=5,
        reminder=4,
        autoreply=2,
        onboarding=4,
        event=2,
    ),
    "mobile": dict(
        rej=6, inv=10, resched=4, ack=6, offer=4, friend_post=4, reminder=4, deciding=4, thanks_today=3
    ),
    "thread": dict(rej=8, rej_fb=4, inv=8, offer=5, fb=4, deciding=8, reminder=5, thanks_today=4, ack=4),
    "fwd": dict(rej_fb=4, rej=5, inv=5, offer=3, friend_post=8, interviewer=5, mentor=4),
    "slack": dict(
        inv=6, rej=5, offer=3, ack=4, deciding=5, reminder=4, meetup=3, friend_post=3, onboarding=2
    ),
}

CHAT_FOUNDER = [
    "Sorry for the slow reply, we shipped a big release yesterday and I've been buried.",
    "Writing this from the train so forgive the formatting.",
    "Hope the week's treating you well!",
    "(Also - loved the side project you mentioned, I went and looked at it.)",
    "We just moved office so everything is chaos, apologies.",
    "Quick one before my next call.",
    "I'm the one who asked about your bike, by the way :)",
    "It's been a mad month here.",
]
CHAT_SMALL = [
    "Sorry it's taken a while, we've been flat out with the Christmas rush.",
    "Apologies for the delay - half the staff had the flu last week.",
    "Hope you're keeping well.",
    "Thanks again for popping in with your CV in person, that always helps.",
    "We're a small team so I do the hiring as well as the rota!",
    "Excuse the late email, just closed up.",
    "Term has just started so it's a bit hectic here.",
    "It was lovely to see someone so keen.",
]
CHAT_AGENCY = [
    "Hope you had a good weekend!",
    "Just got off the phone with the client.",
    "Apologies for chasing you around.",
    "As discussed on the phone -",
    "Thanks for being so patient with this one.",
    "Quick update for you.",
    "Sorry, been on the road all day.",
    "Hope you're well mate.",
]
ANON_CLIENT = [
    "my client, a Series B fintech",
    "a well-funded climate startup I'm working with",
    "a large retailer (can't name them yet)",
    "my client in healthtech",
    "a stealth AI company",
    "one of my best clients, a logistics scale-up",
]
INMAIL_TITLE = [
    "Technical Recruiter",
    "Talent Acquisition Lead",
    "Senior Recruiter",
    "Head of Talent",
    "People Partner",
    "Recruiting Coordinator",
    "Engineering Manager",
]


def _kinds(rng: random.Random, mix: dict[str, int]) -> list[str]:
    ks = [k for k, n in mix.items() for _ in range(n)]
    rng.shuffle(ks)
    return ks


def _prior_candidate(rng: random.Random, c: dict) -> str:
    bucket = pick(rng, ["status", "thanks", "status", "thanks"])
    return fill(pick(rng, O.SENT_MISC[bucket]), c) + f"\n\n{c['me']}"


def generate(rng: random.Random):
    for fam, mix in MIX.items():
        for n, kind in enumerate(_kinds(rng, mix)):
            small = {"smallbiz": 1.0, "founder": 0.0, "inmail": 0.05, "agency": 0.1, "panel": 0.05}.get(
                fam, 0.3
            )
            c = context(rng, small)
            paras, labels, topics, outside = meaning(kind, rng, c)
            company: str | None = c["co"]
            if kind in NEG_COMPANY_NONE:
                company = None
            from_name = f"{c['fn']} {c['ln']}"
            from_addr = f"{c['fn'].lower()}@{c['dom']}"
            subj = subject(rng, kind, c)
            sig = T.SIG_SMALL if c["sector"] != "tech" else T.SIG_TECH
            if fam == "founder":
                body = wrap(rng, c, paras, sig=T.SIG_TECH[:4], chatter=CHAT_FOUNDER, emoji=0.2, typos=0.01)
            elif fam == "hiringmgr":
                from_addr = f"{slug(c['fn'])}.{slug(c['ln'])}@{c['dom']}"
                body = wrap(rng, c, paras, sig=sig, hello=0.95, chatter=CHAT_FOUNDER[2:5])
            elif fam == "smallbiz":
                if rng.random() < 0.4:
                    from_addr = f"{slug(c['fn'])}{slug(c['co'].split()[0])}@gmail.com"
                body = wrap(rng, c, paras, sig=T.SIG_SMALL, chatter=CHAT_SMALL, typos=0.015, phone=0.15)
            elif fam == "inmail":
                msg = wrap(rng, c, paras, hello=0.9, bye=0.7, emoji=0.15)
                body = (
                    f"{c['fn']} {c['ln']} sent you a new message\n{pick(rng, INMAIL_TITLE)} at {c['co']}\n\n"
                    f"{msg}\n\nReply   View {c['fn']}'s profile\n\n"
                    f"This email was intended for {c['me']}. You are receiving InMail notification emails.\n"
                    "Unsubscribe | Help"
                )
                from_name, from_addr = f"{c['fn']} {c['ln']} via LinkedIn", "inmail-hit-reply@linkedin.com"
                subj = pick(
                    rng,
                    [subj, f"{c['fn']}: {subj}", f"New message from {c['fn']} {c['ln']}", f"InMail: {subj}"],
                )
            elif fam == "agency":
                ag, agdom = pick(rng, AGENCIES)
                if kind in ("cold_pitch", "reminder", "deciding") or rng.random() < 0.25:
                    if rng.random() < 0.5:
                        c["co"] = pick(rng, ANON_CLIENT)
                        company = None
                        paras, labels, topics, outside = meaning(kind, random.Random(rng.random()), c)
                if company is not None and rng.random() < 0.4:
                    paras[0] = f"Re {c['co']}: " + paras[0]
                body = wrap(
                    rng,
                    c,
                    paras,
                    chatter=CHAT_AGENCY,
                    typos=0.01,
                    sig=[
                        f"{{fn}} {{ln}}\nSenior Consultant | {ag}\n"
                        f"M: +44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                        f"{{fn}} | {ag} | Recruiting for {{co}}",
                    ],
                )
                from_addr = f"{slug(c['fn'])}@{agdom}"
            elif fam == "panel":
                lead = pick(
                    rng,
                    [
                        "I was one of your interviewers on {day} and wanted to write to you directly.",
                        "Hey, it's {fn} from the technical round.",
                        "I sat in on your pairing session.",
                        "Not sure if this is usual but I asked to email you myself.",
                        "I'm the engineer who did your system design interview.",
                        "",
                    ],
                )
                body = wrap(rng, c, ([fill(lead, c)] if lead else []) + paras, sig=sig, typos=0.01)
            elif fam == "mobile":
                body = wrap(
                    rng, c, paras[:1], hello=0.3, bye=0.4, lower=0.6, typos=0.04, phone=0.9, emoji=0.3
                )
                if rng.random() < 0.4:
                    subj = "Re: " + subj
            elif fam == "slack":
                body = wrap(rng, c, [" ".join(paras)], hello=0.15, bye=0.2, lower=0.5, emoji=0.35)
                subj = pick(rng, [subj, subj.lower(), "quick q", "."])
            elif fam == "thread":
                top = wrap(rng, c, paras, sig=sig, hello=0.7)
                mine = _prior_candidate(rng, c)
                hist = quote(mine, c["me"], c["me_addr"], rng)
                if rng.random() < 0.6:
                    older_c = dict(c)
                    older = wrap(
                        rng,
                        older_c,
                        [fill(pick(rng, O.NEG["thanks_today"] + O.NEG["reminder"]), c)],
                        sig=None,
                    )
                    hist += "\n>\n" + "\n".join(
                        ">" + ln if ln.startswith(">") else "> " + ln
                        for ln in quote(older, f"{c['fn']} {c['ln']}", from_addr, rng).split("\n")
                    )
                body = top + "\n\n" + hist
                subj = "Re: " + pick(
                    rng, [f"{c['role']} interview", "checking in", f"{c['co']}", "thank you", "Application"]
                )
            elif fam == "fwd":
                orig = wrap(rng, c, paras, sig=sig)
                if kind in ("friend_post", "mentor"):
                    fw_name = pick(rng, ["Pat", "Izzy", "Marco", "Deb", "Uncle Ray", "Fi"])
                    note = pick(
                        rng,
                        [
                            "FYI see below",
                            "fwd'ing this, no pressure",
                            "saw this, thought of u",
                            "From my old boss - figured it'd help you too.",
                            "see below!! 👀",
                        ],
                    )
                    body = (
                        note
                        + "\n\n"
                        + forward_block(orig, f"{c['fn']} {c['ln']}", from_addr, subj, "me", rng)
                    )
                    from_name, from_addr = fw_name, f"{slug(fw_name)}{rng.randint(1, 99)}@gmail.com"
                elif kind == "interviewer":
                    note = pick(
                        rng, ["FYI see below - can you help?", "Forwarding from HR.", "see thread below"]
                    )
                    body = (
                        note + "\n\n" + forward_block(orig, "HR Team", f"hr@{c['dom']}", subj, c["fn"], rng)
                    )
                else:
                    ag, agdom = pick(rng, AGENCIES)
                    note = pick(
                        rng,
                        [
                            "FYI see below from the client.",
                            "Passing this on word for word - see below.",
                            "Forwarding the hiring manager's note, call me if you want to talk it through.",
                            "See below. Ring me when you've read it.",
                            "fyi, below",
                        ],
                    )
                    body = (
                        note
                        + "\n\n"
                        + forward_block(
                            orig, f"{c['fn']} {c['ln']}", from_addr, subj, f"recruiting@{agdom}", rng
                        )
                    )
                    from_name, from_addr = f"{c['f2']} {c['l2']}", f"{slug(c['f2'])}@{agdom}"
                subj = "Fwd: " + subj
            else:
                raise KeyError(fam)
            yield record(
                FAMILY_PREFIX,
                fam,
                n,
                from_name=from_name,
                from_addr=from_addr,
                to_addr=c["me_addr"],
                subject=subj,
                body=body,
                labels=labels,
                company=company,
                topics=topics,
                outside=outside,
            )
