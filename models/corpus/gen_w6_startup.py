"""Writer w6: a small-startup hiring inbox run through a lightweight ATS - casual, lower-case,
emoji-sprinkled notes written by founders or the one recruiter, for every label and for noise."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _w6_kit import ATS, COMPANIES, ROLES, Counter, person, pick, record, render  # noqa: E402
from _w6_lines import DATES, OUTSIDE, SALARY  # noqa: E402

FAMILY_PREFIX = "w6sup"

HEY = ["hey {n} 👋", "hi {n}!", "hey {n},", "{n}! hi", "hiya {n},", "hello {n} :)", "yo {n},", "hi {n} —"]
BYE = ["cheers,\n{me} (co-founder)", "— {me}", "thanks!!\n{me}", "{me} @ {c}", "talk soon 🙌\n{me}",
       "best,\n{me}\nhead of people (and snacks)", "{me}\nfounder, {c}", "ttyl,\n{me}"]
REJ = [
    "so... I'm afraid this one's a no from us for the {r} role. 😕",
    "gonna be straight with you: we're not moving ahead with your application.",
    "we talked it over as a team and decided not to take things further with you this time.",
    "bad news first, sorry — we're passing on your application for {r}.",
    "after yesterday's call we've decided to go a different direction for the role.",
    "we won't be continuing the process with you. not an easy call!",
    "it's a no for now, unfortunately. we really did enjoy chatting though.",
    "we've decided to keep looking / go with someone else, so we won't be moving you forward.",
    "short version: we're not going to make you an offer. longer version below.",
]
REJ_TAIL = ["honestly it was close.", "please don't be a stranger — we'll be hiring again in spring.",
            "rooting for you in the search 🤞", "", "thanks for being so easy to work with throughout.",
            "if you ever want an intro to friends hiring elsewhere, just ask."]
FB = {
    "collaboration": ["in the pairing bit you went heads-down solo and didn't really bring us along",
                      "we want folks who riff on ideas together, and we didn't see much of that",
                      "you pushed back on a couple of suggestions without really exploring them"],
    "questions_to_ask": ["you didn't have many questions for us, which made it hard to gauge interest",
                         "the team would've liked more curiosity about how we work",
                         "no questions at the end, so we weren't sure what you wanted from the job"],
    "coding": ["the take-home was missing tests and the main endpoint broke on bad input",
               "the live coding stalled a bit once the happy path worked"],
    "experience_level": ["we need someone who's already shipped a mobile app solo, and that's not quite there yet",
                         "we're too small to train someone up on infra right now"],
    "communication": ["some of your explanations went in circles a bit",
                      "the written part of the take-home was hard to follow"],
    "cv_positioning": ["your CV didn't really show the product work you told us about — lead with that!"],
}
FB_INTRO = ["since you asked for honest feedback:", "a bit of feedback, in case it helps:", "the main thing, tbh:",
            "what tipped it:", "one thing I'd flag:"]
ACK = [
    "got your application for {r} — thanks for applying! 🎉",
    "just confirming your application came through. we read every single one ourselves.",
    "your application landed in our inbox! we're a tiny team so give us a week or so.",
    "thanks for throwing your hat in the ring for {r}! we've got it.",
    "application received ✅ — a real human (me) will look at it this week.",
    "we've received your application! no robots here, promise.",
    "this is a quick note to say we got your application for {r}.",
    "thanks for applying to {c}! your stuff arrived safe and sound.",
]
INV = [
    "loved your application — want to hop on a 20 min call this week? grab any slot on my calendar:",
    "we'd love to chat! could you book a quick intro call with our CTO?",
    "next step is a casual coffee chat (video). pick whatever time works:",
    "you're through to the take-home stage 🎉 — details attached, no rush, about 3 hours of work.",
    "want to come by the office on {d} to meet the team for the final round?",
    "quick one: are you free for a technical chat with {p1} on thursday or friday?",
    "can we move our call? something came up — here's my calendar to pick a new time:",
    "we'd like to invite you to a paid trial day with the team, if you're up for it.",
]
OFF = [
    "drumroll… we'd love to offer you the {r} role!! 🥳 details attached.",
    "we want you on the team. offer letter is in your inbox via the e-sign link — {sal} + equity.",
    "ok it's official: we're offering you the job. can we jump on a call to walk through it?",
    "the team said yes unanimously, so here's your offer for {r}!",
    "thrilled to send over an offer — start date flexible, {sal} base.",
]
NEG = [
    "reminder that our call is tomorrow at 3pm — see you there!",
    "thanks for chatting today! I'll update you by friday either way.",
    "we're still going through applications, sorry for the wait. should have news next week.",
    "quick heads-up: we're closed for the holidays until the 6th, so replies will be slow.",
    "we're hosting a meetup on {d} — free pizza, come say hi (not an interview, promise).",
    "our newsletter: what we shipped in march, new hires, and a job board roundup.",
    "you booked: intro call, {d}. calendar invite attached!",
    "got your note about withdrawing — totally understand, good luck with the new gig!",
    "hey, could you fill in this 3-question survey about our hiring process?",
    "just checking you received the take-home instructions ok? no pressure.",
]
SUBJ = ["{c} x {n}", "re: {r}", "your application 🙂", "quick update from {c}", "{r} @ {c}", "hi from {c}!",
        "about the {r} role", "{c} hiring", "following up", "news!"]
PLAN = {"rej": 9, "rej_fb": 5, "rej_oc": 3, "ack": 8, "inv": 8, "off": 4, "neg": 12}


def generate(rng: random.Random) -> Iterable[dict]:
    ids = Counter(FAMILY_PREFIX)
    kinds = [k for k, n in PLAN.items() for _ in range(n)]
    rng.shuffle(kinds)
    fb_seen = 0
    for kind in kinds:
        c, r = pick(rng, COMPANIES), pick(rng, ROLES)
        n, _ = person(rng)
        me = pick(rng, [f for f in ("Jess", "Marco", "Ana", "Finn", "Leila", "Ruben", "Kat", "Oskar") if f != n])
        ctx = {"c": c, "r": r, "n": n, "d": pick(rng, DATES), "p1": person(rng)[0], "sal": pick(rng, SALARY)}
        labels: list[str] = []
        topics: list[str] = []
        outside: list[str] = []
        body: list[str] = []
        button = None
        if kind.startswith("rej"):
            labels = ["rejection"]
            body.append(pick(rng, REJ).format(**ctx))
            if kind == "rej_fb":
                labels.append("feedback")
                # rotate the lead topic so every topic this voice knows appears at least once
                lead = sorted(FB)[fb_seen % len(FB)]
                fb_seen += 1
                topics = [lead] + rng.sample([t for t in sorted(FB) if t != lead], rng.choice([0, 1]))
                body.append(pick(rng, FB_INTRO) + " " + "; ".join(pick(rng, FB[t]) for t in topics) + ".")
            if kind == "rej_oc":
                o = pick(rng, sorted(OUTSIDE))
                outside = [o]
                body.append(pick(rng, ["context: ", "the reason: ", "fwiw: ", ""]) + pick(rng, OUTSIDE[o]).lower())
            body.append(pick(rng, REJ_TAIL))
        elif kind == "ack":
            labels = ["application_ack"]
            body.append(pick(rng, ACK).format(**ctx))
        elif kind == "inv":
            labels = ["interview_invite"]
            body.append(pick(rng, INV).format(**ctx))
            button = pick(rng, ["book a time", "my calendar", None])
        elif kind == "off":
            labels = ["offer"]
            body.append(pick(rng, OFF).format(**ctx))
            button = pick(rng, ["view offer", None])
        else:
            body.append(pick(rng, NEG).format(**ctx))
        paras = [pick(rng, HEY).format(n=n)] + [b for b in body if b] + [pick(rng, BYE).format(me=me, c=c)]
        ven = pick(rng, [v for v in ATS if v["style"] == "friendly"])
        text, html_body = render(rng, ven["name"], c, paras, button=button,
                                 footer=pick(rng, ["", f"sent via {ven['name']}", f"{c} · made with ☕ in {pick(rng, ['Berlin', 'Porto', 'Leeds'])}"]))
        yield record(ids, "startup-casual", from_name=pick(rng, [f"{me} at {c}", f"{me} from {c}", f"{me} ({c})", c]),
                     from_addr=f"{me.lower()}@{ven['relay']}", subject=pick(rng, SUBJ).format(**ctx), body_text=text,
                     body_html=html_body, labels=labels, company=c, topics=topics, outside=outside, rng=rng)
