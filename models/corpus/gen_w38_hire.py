"""w38: hiring mail from US, Canadian, Australian, NZ and Irish employers (public sector portals,
state agencies, hospitals, school districts, banks, universities, mining/energy, startups, agencies).

Each family is one sender style; it emits every kind of message (labelled and not) so that the
wrapper never gives the label away."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w38_engine as E  # noqa: E402
import _w38_kit as K  # noqa: E402

FAMILY_PREFIX = "w38hire"

MIX = {"ack": 11, "ack_inv": 2.5, "inv": 13.5, "resched": 1.8, "rej": 7.5, "rej_oc": 4.8, "rej_fb": 6.8,
       "rej_inv": 2.2, "cancel": 1.8, "fb_only": 3.8, "offer": 8.0, "status": 10, "profile": 2.5,
       "remind": 7, "thanks": 3.2, "onboard": 2.5, "nofb": 3.5}

# name, regions, sectors, style, html-only share, count, kind overrides
FAMILIES = [
    ("usfed-portal", ("us",), ("fed",), "portal", 0.15, 44, {"status": 16, "rej": 12, "thanks": 0, "resched": 0}),
    ("usstate-hr", ("us",), ("state", "school"), "letter", 0.0, 36, {}),
    ("ca-pool", ("ca",), ("fed", "state"), "letter", 0.05, 36, {"status": 14}),
    ("au-agency", ("au",), ("fed", "state"), "letter", 0.0, 40, {}),
    ("au-portal", ("au",), ("fed", "state", "health", "school"), "portal", 0.3, 34, {"thanks": 0, "fb_only": 0, "nofb": 0}),
    ("nz-state", ("nz",), ("fed", "state", "health", "school"), "letter", 0.0, 30, {}),
    ("ie-publicappt", ("ie",), ("fed", "state", "health"), "letter", 0.05, 36, {}),
    ("health-hr", ("us", "ca", "au", "ie"), ("health",), "letter", 0.0, 30, {}),
    ("bank-ats", ("us", "ca", "au", "nz", "ie"), ("bank",), "portal", 0.35, 34, {"fb_only": 0, "nofb": 0}),
    ("uni-hr", ("us", "ca", "au", "nz", "ie"), ("uni", "ngo"), "letter", 0.05, 30, {}),
    ("resources", ("au", "ca", "nz", "us"), ("mining", "energy"), "casual", 0.0, 34, {}),
    ("startup-founder", ("us", "ca", "au", "nz", "ie"), ("startup", "retail", "logistics", "pharma"), "casual", 0.0, 40, {}),
    ("agency", ("au", "nz", "ie", "ca"), ("fed", "state", "bank", "mining", "startup"), "agency", 0.0, 40, {}),
    ("school-principal", ("us", "ca", "au", "nz", "ie"), ("school",), "casual", 0.0, 30, {}),
    ("semistate-html", ("ie", "nz", "au", "ca"), ("energy", "state", "bank", "logistics"), "portal", 0.6, 32, {"fb_only": 0, "nofb": 0}),
    ("hospital-ats", ("us", "ca"), ("health",), "portal", 0.3, 30, {"fb_only": 0}),
    ("uni-chair", ("us", "ca", "au", "nz", "ie"), ("uni",), "casual", 0.0, 28, {}),
    ("mining-hr", ("au", "ca"), ("mining", "energy"), "letter", 0.0, 32, {}),
]

CAND_TO = "candidate"


def _req_text(rng: random.Random, ctx: dict) -> str:
    return rng.choice([
        f"Hi {ctx['p1'].split(' ')[0]},\n\nThanks for letting me know about {ctx['role']}. Would you be able to share any feedback on my interview? It would really help.\n\nRegards,\n{ctx['cand']}",
        f"Hello,\n\nI was disappointed to hear I was unsuccessful for {ctx['ref']}. Could the panel provide any feedback on my application or interview?\n\nThank you,\n{ctx['cand']}",
        f"Hi - any chance of a bit of feedback on where I fell short? Cheers, {ctx['cand']}",
    ])


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, regions, sectors, style, html_p, count, over in FAMILIES:
        family = f"{FAMILY_PREFIX}-{fam}"
        mix = dict(MIX, **over)
        kinds, weights = zip(*[(k, w) for k, w in mix.items() if w > 0])
        for n in range(count):
            region = rng.choice(regions)
            emp = K.employer(rng, region, sectors)
            region = emp[1]
            cand = K.candidate(rng)
            ctx = E.ctx_for(rng, region, emp, cand)
            ctx["last"] = cand[1]
            kind = rng.choices(kinds, weights)[0]
            company = emp[0] if style != "agency" or rng.random() < 0.7 else None
            if style == "agency" and kind in ("ack", "ack_inv", "profile"):
                kind = rng.choice(["inv", "status", "rej"])
            body = E.kind_body(rng, kind, ctx)
            paras = body["paras"]
            if style == "agency" and company is None:
                body["subj"] = body["subj"].replace(emp[0], "the client")
            if style == "agency":
                # agency mail talks about "the client" and often names them
                client = company or "my client"
                paras = [p.replace(emp[0], client) for p in paras]
                paras.insert(0, rng.choice([f"Quick update on the {ctx['role']} role with {client}.",
                                            f"Following up on your application through us for {client}.",
                                            f"Got some news from {client} about {ctx['role']}."]))
            text = E.wrap(rng, style, region, ctx, paras, style != "portal")
            from_name, from_addr = E.sender(rng, style, emp, ctx)
            subject = body["subj"]
            if style in ("casual", "agency") and rng.random() < 0.4:
                subject = rng.choice([ctx["role"], f"{ctx['role']} - update", "Quick update", "Following up"]
                                     + ([f"{ctx['org']} role"] if company else []))
            if kind in ("fb_only", "nofb") or (kind in ("rej", "remind", "status", "resched") and rng.random() < 0.15):
                orig_subj = subject
                subject = rng.choice(["Re: ", "RE: ", "Re: "]) + orig_subj
                qsender = cand[2] if kind in ("fb_only", "nofb") else from_addr
                qwho = f"{cand[0]} {cand[1]}" if kind in ("fb_only", "nofb") else from_name
                qtext = _req_text(rng, ctx) if kind in ("fb_only", "nofb") else K.spell("\n\n".join(
                    E.kind_body(rng, "ack", ctx)["paras"]), region)
                qto = from_addr if kind in ("fb_only", "nofb") else cand[2]
                text = text + "\n\n" + K.quote_block(rng, qtext, qwho, qsender, region, orig_subj, qto)
            if rng.random() < 0.08:
                subject = "[External] " + subject
            html = None
            if style == "portal" and rng.random() < html_p:
                html = K.html_wrap(rng, text, emp[0], rng.choice([None, "View application", "Sign in"]))
                text = "" if rng.random() < 0.7 else text
            elif rng.random() < 0.06:
                html = K.html_wrap(rng, text, emp[0])
            yield K.record(FAMILY_PREFIX, family, n, from_name=from_name, from_addr=from_addr, to_addr=cand[2],
                           subject=K.spell(subject, region), body_text=text, body_html=html,
                           labels=body["labels"], company=company, topics=body["topics"], oc=body["oc"])
