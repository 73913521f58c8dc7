"""Writer w5: mail from outside the hiring pipeline that still smells of job mail - course and
bootcamp admissions, rentals/grants/talk proposals turned down, mentors with general CV advice,
meetup follow-ups, auto-replies. None of it carries a label."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _w5_other as O  # noqa: E402
from _w5_compose import wrap  # noqa: E402
from _w5_kit import context, fill, pick, quote, record, slug  # noqa: E402

FAMILY_PREFIX = "w5"

EXTRA = {
    "education": [
        "Pre-course reading will be sent two weeks before the start.",
        "Fees are payable in three instalments.",
        "We had over 400 applicants for 30 places this year.",
        "You're welcome to reapply for the autumn intake.",
        "Please confirm your place by replying to this email.",
        "The welcome evening is on campus, room B12.",
        "Our admissions team reviewed every statement carefully.",
        "Bursaries are still available for the next cohort.",
    ],
    "rental_grant": [
        "We had a huge number of enquiries.",
        "Your holding deposit will be returned within 7 days.",
        "The committee's decision is final.",
        "Feedback from the reviewers will be published in March.",
        "Do keep an eye on our listings, new flats come up weekly.",
        "We encourage you to submit again next year.",
        "The programme was very oversubscribed this year.",
        "Thanks for your interest in the property.",
    ],
    "mentor": [
        "These apply to pretty much any role, not just the ones you mentioned.",
        "Happy to look again whenever.",
        "Remember: recruiters skim for about 10 seconds.",
        "Honestly you're doing better than you think.",
        "I'll send you the template I used back in the day.",
        "Let's grab a coffee next month and catch up.",
        "Don't apply to 100 places at once, it's exhausting.",
        "Ping me if you want another pair of eyes.",
    ],
    "meetup": [
        "Also, the next meetup is on the 12th, same venue.",
        "Say hi to Jess for me!",
        "Here's the repo we talked about.",
        "Let me know how the conference talk goes.",
        "We should do a side project together sometime.",
        "The pizza was terrible, sorry about that.",
        "Glad someone else likes Rust as much as I do.",
        "Add me on Mastodon too.",
    ],
    "autoreply": ["", "", "Regards,", "This is an automated message.", "Please do not reply to this email."],
}
SENDERS = {
    "education": [
        ("Admissions Office", "admissions@{u}"),
        ("Bootcamp Team", "hello@{u}"),
        ("Course Registry", "registry@{u}"),
    ],
    "rental_grant": [
        ("Lettings Team", "lettings@{u}"),
        ("Grants Panel", "grants@{u}"),
        ("Programme Committee", "cfp@{u}"),
    ],
    "mentor": [("{f2} {l2}", "{f2l}@gmail.com")],
    "meetup": [("{f2} {l2}", "{f2l}.{l2l}@gmail.com")],
    "autoreply": [("{fn} {ln}", "{fnl}@{dom}")],
}
UNIS = [
    "northgate.ac.uk",
    "codeforge-academy.com",
    "cityevening.college",
    "brightlet.homes",
    "artsfund.org",
    "pyconf.example.org",
    "makersschool.io",
    "harlowlettings.co.uk",
]
SUBJ = {
    "education": [
        "Your application",
        "Application outcome",
        "Welcome to the course!",
        "Admissions decision",
        "Your place",
        "Re: application",
    ],
    "rental_grant": [
        "Re: Flat 3, Elm Road",
        "Your application",
        "Outcome of your proposal",
        "Grant decision",
        "Re: viewing on Saturday",
        "Update",
    ],
    "mentor": ["CV thoughts", "Re: could you look at my CV?", "some tips", "as promised", "advice"],
    "meetup": ["Great to meet you", "last night", "as promised", "nice chatting", "hello again"],
    "autoreply": [
        "Automatic reply: {subj}",
        "Out of Office: {subj}",
        "Auto: {subj}",
        "Abwesenheitsnotiz: {subj}",
    ],
}


def generate(rng: random.Random):
    for kind, count in (
        ("education", 16),
        ("rental_grant", 16),
        ("mentor", 14),
        ("meetup", 14),
        ("autoreply", 14),
    ):
        for n in range(count):
            c = context(rng, 0.3)
            c.update(f2l=slug(c["f2"]), l2l=slug(c["l2"]), u=pick(rng, UNIS))
            paras = [fill(pick(rng, O.NEG[kind]), c)]
            ex = pick(rng, EXTRA[kind])
            if ex and rng.random() < 0.7:
                paras.append(fill(ex, c))
            name, addr = pick(rng, SENDERS[kind])
            c_sender = dict(c)
            if kind in ("education", "rental_grant"):
                c_sender["fn"] = name
            body = wrap(
                rng,
                c_sender,
                paras,
                hello=0.0 if kind == "autoreply" else 0.8,
                bye=0.3 if kind == "autoreply" else 0.85,
                lower=0.1 if kind in ("mentor", "meetup") else 0,
            )
            subj = fill(
                pick(rng, SUBJ[kind]),
                {
                    **c,
                    "subj": fill(
                        pick(
                            rng, ["Re: {role} interview", "Following up", "Feedback?", "Application - {role}"]
                        ),
                        c,
                    ),
                },
            )
            if kind == "autoreply" and rng.random() < 0.5:
                mine = fill(pick(rng, O.SENT_MISC["status"] + O.FBR), c)
                body += "\n\n" + quote(mine, c["me"], c["me_addr"], rng)
            company = c["co"] if kind == "autoreply" else None
            yield record(
                FAMILY_PREFIX,
                f"neg-{kind.replace('_', '')}",
                n,
                from_name=fill(name, c),
                from_addr=fill(addr, c),
                to_addr=c["me_addr"],
                subject=subj,
                body=body,
                company=company,
            )
