"""Writer w28: agency recruiters relaying a client's verdict. Feedback paraphrased second-hand
("the client felt..."), terse relayed notes, relayed rejections without feedback, invitations
and verbal offers passed on, and agency mail that decides nothing. Company = the hiring client
when named, else null."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w28_fb as F  # noqa: E402
import _w28_world as W  # noqa: E402

FAMILY_PREFIX = "w28agy"

RELAY_NO = ["I've just heard back from {cl} and unfortunately they won't be taking things further.",
            "Bad news from {cl}, I'm afraid: it's a no after the second stage.",
            "{cl} have come back to me and decided not to progress you.",
            "Just off the phone with the hiring manager at {cl}. Sadly they've gone another way.",
            "I'm sorry to say {cl} won't be moving forward with your application."]
RELAY_FB = ["Their feedback, more or less word for word: {w}.", "What they told me was that {w}.",
            "The main thing the client mentioned: {w}.", "Reading between the lines of their notes, {w}.",
            "Their words: \"{W}.\"", "On the minus side, {w}."]
RELAY_PRAISE = ["They did say they liked your attitude.", "Positives: they thought you were personable and well prepared.",
                "To be fair, they were complimentary about your background.", "They rated your technical answers highly.", ""]
RELAY_NOFB = ["They didn't give any real detail beyond saying they'd had a lot of interest.",
              "I pushed for feedback but all they'd say was that the shortlist was very strong.",
              "No specifics, I'm afraid. Their HR doesn't release interview notes.", "I'll pass on anything else if I get it."]
RELAY_YES = ["Good news: {cl} want to see you again for a final interview. Could you do {s}?",
             "{cl} would like to invite you to a second stage, a panel with the CTO. Send me your availability and I'll book it.",
             "The client is keen. They'd like a technical interview next week – are mornings or afternoons better?"]
RELAY_OFFER = ["Great news – {cl} have made you an offer! {sal} base, start date to be agreed. The written offer is on its way.",
               "I've got a verbal offer for you from {cl}: {sal} plus bonus. Give me a call when you can and we'll talk it through."]
RELAY_NOTHING = ["Have you had a chance to look at the {r} spec I sent? The client is interviewing next week.",
                 "Just checking in – are you still looking? I've got a couple of interesting {r} roles on.",
                 "Thanks for the call earlier. As discussed I'll send your CV to a few clients once you've updated it.",
                 "Quick reminder about your interview with the client tomorrow at {s}. Good luck!"]


def one(rng, fam, n, kind):
    agency, adom = rng.choice(W.AGENCIES)
    p = W.Person(rng)
    p.addr = f"{W.slug(p.first)}.{W.slug(p.last)}@{adom}"
    client, ind, _t = W.employer(rng)
    named = rng.random() < .75
    cl = client if named else rng.choice(["the client", "my client", "the fintech I mentioned", "the hospital group"])
    company = client if named else None
    cand, caddr = W.candidate(rng)
    r = rng.choice(W.ROLES)
    labels, topics, oc = [], [], []
    f = dict(cl=cl, s=W.a_slot(rng), r=r, sal=rng.choice(["£65k", "€70k", "£52k", "$120k"]))
    if kind in ("fb", "short"):
        labels = ["rejection", "feedback"] if rng.random() < .8 else ["feedback"]
        k = 1 if kind == "short" else rng.choice([1, 2, 2, 3])
        weak, topics = F.weak_lines(rng, "en", k, ind if named else None)
        paras = [rng.choice(RELAY_NO).format(**f)] if "rejection" in labels else [
            rng.choice(["Following up on the feedback you asked for from {cl}:", "I finally got the detailed notes from {cl} you asked about."]).format(**f)]
        fb = " ".join(rng.choice(RELAY_FB).format(w=w, W=F.cap(w)) for w in weak)
        paras.append((rng.choice(RELAY_PRAISE) + " " + fb).strip())
        if kind == "short":
            body = f"{cand.split()[0]} - {paras[0]} {paras[1]} Sorry mate, more soon.\n\n{p.first}"
        else:
            paras.append(rng.choice(["Don't let it knock you. I've got two more roles I think you'd suit.",
                                     "Happy to talk through it on a call.", "Chin up, we'll get the next one."]))
            body = W.letter(rng, "en", cand, paras, f"{p.name}\n{agency}", None)
    elif kind == "nofb":
        labels = ["rejection"]
        paras = [rng.choice(RELAY_NO).format(**f), rng.choice(RELAY_NOFB)]
        if rng.random() < .4:
            reason = rng.choice(sorted(F.OC_EN))
            oc = [reason]
            paras.insert(1, rng.choice(["Apparently: ", "Their reason: ", ""]) + rng.choice(F.OC_EN[reason]))
        body = W.letter(rng, "en", cand, paras, f"{p.name}\n{agency}", None)
    elif kind == "yes":
        labels = ["interview_invite"]
        paras = [rng.choice(RELAY_YES).format(**f)]
        if rng.random() < .35:
            labels.append("feedback")
            weak, topics = F.weak_lines(rng, "en", 1, ind if named else None)
            paras.append(f"One thing to prepare: last time {weak[0]}, so expect them to probe that.")
        body = W.letter(rng, "en", cand, paras, f"{p.name}\n{agency}", None)
    elif kind == "offer":
        labels = ["offer"]
        body = W.letter(rng, "en", cand, [rng.choice(RELAY_OFFER).format(**f)], f"{p.first}\n{agency}", None)
    else:
        company = None
        body = W.letter(rng, "en", cand, [rng.choice(RELAY_NOTHING).format(**f)], f"{p.name}\n{agency}", None)
    subj = rng.choice({"fb": ["{cl} – feedback", "Re: {r} with {cl}", "Update + feedback", "Re: how did it go?"],
                       "short": ["update", "Re: {r}", "news from {cl}"],
                       "nofb": ["{r} – update", "Re: {cl}", "Unfortunately..."],
                       "yes": ["Next stage with {cl}!", "Re: {r} – second interview", "They want to meet you again"],
                       "offer": ["OFFER 🎉", "Re: {cl} – offer", "Great news"],
                       "none": ["{r} roles", "Checking in", "Re: CV", "Tomorrow"]}[kind]).format(**f)
    if not named and kind != "none":
        subj = rng.choice(["Update", "Re: {r}", "Quick update on {r}", "Re: last week"]).format(**f)
    if kind == "none" and "interview with the client tomorrow" in body:
        subj = "Reminder: interview tomorrow"
    return W.record(fam, n, from_name=p.name if rng.random() < .7 else f"{p.name} | {agency}", from_addr=p.addr,
                    to_addr=caddr, subject=subj, body=body, labels=labels, company=company, topics=topics, oc=oc,
                    html_mode=W.html_mode(rng, .03, .1), rng=rng)


def generate(rng: random.Random) -> Iterable[dict]:
    for kind, count in (("fb", 22), ("short", 12), ("nofb", 16), ("yes", 14), ("offer", 8), ("none", 16)):
        for n in range(1, count + 1):
            yield one(rng, f"{FAMILY_PREFIX}-{kind}", n, kind)
