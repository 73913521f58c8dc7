"""Assembly for writer w26: context, voices (who types and how), quoted history, HTML, records."""

from __future__ import annotations

import html
import random

import _w26_world as W
from _w26_say import fill


def make_ctx(rng: random.Random, lang: str = "en") -> dict:
    co, dom = W.pick_company(rng, lang)
    cf, cl = W.person(rng)
    sf, sl = W.person(rng)
    while sf == cf:
        sf, sl = W.person(rng)
    roles = {"de": W.ROLES_DE, "fr": W.ROLES_FR, "es": W.ROLES_ES}.get(lang, W.ROLES)
    role = rng.choice(roles)
    role2 = rng.choice([r for r in W.ROLES if r != role])
    days = {"de": W.DAYS_DE, "fr": W.DAYS_FR, "es": W.DAYS_ES}.get(lang, W.DAYS)
    day, day2 = rng.sample(days, 2)
    return {
        "co": co, "dom": dom, "client": co, "first": cf, "cand_last": cl,
        "cand_addr": W.personal_addr(rng, cf, cl), "sender_first": sf, "sender_last": sl,
        "sender_first2": rng.choice(W.FIRST), "role": role, "role2": role2, "day": day, "day2": day2,
        "time": rng.choice(W.TIMES if lang == "en" else W.TIMES_EU), "req": W.req_no(rng),
        "link": W.link(rng, dom), "tech": rng.choice(W.TECH), "n": rng.randint(3, 28),
        "sal": rng.choice([38, 42, 45, 52, 58, 64, 70, 75, 85, 95, 110, 120]), "month": rng.choice(W.MONTHS),
        "relay": rng.choice(W.RELAYS), "lang": lang,
    }


# ---------------------------------------------------------------- shared wrappers (same for every label)
GREET = ["Hi {first},", "Hey {first}", "{first} —", "Hello {first},", "Morning {first},", "", "", "", "Hiya,",
         "Hi,", "{first},", "Hi there,", "Afternoon {first},"]
GREET_CHAT = ["hey {first}!", "hi {first} 👋", "hey!", "{first}!", "yo {first}", "hiya", "", "Hey hey"]
SIGN_HUMAN = ["Thanks,\n{sender_first}", "— {sender_first}", "{sender_first}", "Cheers, {sender_first}",
              "Best,\n{sender_first} {sender_last}", "{sender_first[0]}", "Thx\n{sender_first}", "",
              "Speak soon,\n{sender_first}", "Kind regards,\n{sender_first} {sender_last}", "x {sender_first}"]
DEVICE = ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS",
          "typed on my phone, excuse brevity", "Sent from my Galaxy", "Sent from mobile — sorry for typos",
          "Sent from Gmail Mobile"]
TITLES = ["Talent Partner", "Hiring Manager", "Head of Ops", "Recruiter", "People Lead", "Engineering Lead",
          "Practice Manager", "Founder", "HR Advisor", "Store Manager", "Team Lead", "Talent Acquisition"]
LEGAL = [
    "This email and any attachments are confidential and meant only for the addressee. If it reached you by "
    "mistake, please delete it and tell the sender.",
    "{co} Ltd is registered in England and Wales, company no. {num}. Registered office as above.",
    "Please think before you print.",
    "CONFIDENTIAL: the contents of this message may be privileged. Unauthorised use is prohibited.",
    "{co} — {city} · {city2}",
    "We care about your privacy: see our candidate privacy notice on our website.",
]
CITIES = ["London", "Leeds", "Dublin", "Berlin", "Lyon", "Madrid", "Toronto", "Sydney", "Austin", "Rotterdam",
          "Manchester", "Glasgow", "Munich", "Valencia", "Auckland", "Cape Town", "Singapore", "Bristol"]
ATS_FOOT = [
    "Please do not reply to this email — this inbox isn't monitored.", "Manage preferences · Privacy · Unsubscribe",
    "Sent on behalf of {co} via {relay}.", "© 2025 {co}. All rights reserved.",
    "You're receiving this because you applied on our careers site.", "Questions? Visit our candidate help centre.",
    "Do not reply. Reference: {req}",
]
CHAT_END = ["👍", "🙏", "x", "ta!", "speak soon", "lmk!", ":)", "🙂", "", "", ""]


def sig_block(rng: random.Random, ctx: dict) -> str:
    lines = [f"{ctx['sender_first']} {ctx['sender_last']}"]
    lines.append(rng.choice([f"{rng.choice(TITLES)} | {ctx['co']}", f"{rng.choice(TITLES)}, {ctx['co']}",
                             ctx["co"], f"{rng.choice(TITLES)}\n{ctx['co']}"]))
    if rng.random() < 0.5:
        lines.append(rng.choice(["m: +44 7{} {}", "T +49 30 {} {}", "+1 (512) {}-{}", "tel. 0{} {}"]).format(
            rng.randint(100, 999), rng.randint(1000, 9999)))
    if rng.random() < 0.4:
        lines.append("www." + ctx["dom"])
    return "\n".join(lines)


def legal(rng: random.Random, ctx: dict) -> str:
    return fill(rng.choice(LEGAL), {**ctx, "num": rng.randint(1000000, 9999999),
                                    "city": rng.choice(CITIES), "city2": rng.choice(CITIES)})


def join_lines(rng: random.Random, lines: list[str]) -> str:
    sep = rng.choice([" ", " ", "\n", "\n\n"])
    return sep.join(lines)


def chatty(rng: random.Random, text: str) -> str:
    if rng.random() < 0.4:
        text = text[0].lower() + text[1:]
    if rng.random() < 0.3:
        text = text.replace("I'm", "im").replace("you", "u", 1) if rng.random() < 0.5 else text.rstrip(".")
    return text


def subject(rng: random.Random, cands: list[str], ctx: dict, reply: float = 0.25) -> str:
    usable = [s for s in cands if "{co}" not in s or ctx.get("co_named", True)]
    s = fill(rng.choice(usable or ["—"]), ctx)
    r = rng.random()
    if r < reply:
        s = rng.choice(["Re: ", "RE: ", "Re: ", "AW: ", "Fwd: ", "re: "]) + s if not s.lower().startswith(
            ("re:", "aw:")) else s
    elif r < reply + 0.06:
        s = "[External] " + s
    elif r < reply + 0.1:
        s = s + " " + rng.choice(["🙂", "🎉", "📅", "✨", "!"])
    return s


# ---------------------------------------------------------------- quoted history
PRIOR = {
    "application": [
        "Hello,", "I'd like to apply for the {role} position advertised on your site.",
        "I've spent the last four years in a similar role and I think my background fits what you describe.",
        "My CV is attached, and I'm available to start with a month's notice.",
        "I'd welcome the chance to talk about how I could help the team.", "Many thanks,", "{first} {cand_last}",
    ],
    "invite": [
        "Hi {first},", "Thanks for applying for {role} at {co}. We enjoyed reading your application.",
        "We'd like to invite you to a first interview with the hiring manager. It lasts about 45 minutes over video.",
        "Please choose a time that suits you using this link: {link}",
        "If none of the slots work, just reply and we'll find another.", "Best wishes,",
        "{sender_first} {sender_last}", "{co}",
    ],
    "offer": [
        "Dear {first},", "Following your interviews, I'm delighted to offer you the position of {role} at {co}.",
        "Your starting salary will be {sal},000 per year, with 25 days' holiday plus bank holidays.",
        "The full terms are in the attached offer letter; please sign and return it within five working days.",
        "We're all really looking forward to working with you.", "Warm regards,", "{sender_first} {sender_last}",
    ],
    "rejection": [
        "Dear {first},", "Thank you for the time you invested in the process for {role} at {co}.",
        "After careful consideration, we have decided not to progress your application further.",
        "This was not an easy decision and we appreciate your interest in joining us.",
        "We wish you every success in your search.", "Kind regards,", "{sender_first} {sender_last}",
    ],
    "fbreq": [
        "Hi {sender_first},", "Thanks for letting me know about the {role} role, I appreciate you telling me.",
        "If you have a moment, I'd be grateful for any feedback from the interviews so I can improve for next time.",
        "Thanks again,", "{first}",
    ],
    "chase": [
        "Hi {sender_first},", "Hope you're well. I interviewed for {role} a couple of weeks ago and wondered if "
        "there was any update.", "Happy to provide anything else you need.", "Best,", "{first}",
    ],
    "thanks": [
        "Hi {sender_first},", "Thank you for taking the time to meet me today. I enjoyed hearing about the team's "
        "plans for the next year.", "Looking forward to hearing from you.", "All the best,", "{first}",
    ],
}


def quoted(rng: random.Random, ctx: dict, kind: str, style: str) -> str:
    """A prior message rendered as quoted history (gmail '>' style or an Outlook header block)."""
    text = "\n".join(fill(x, ctx) for x in PRIOR[kind])
    from_cand = kind in ("application", "fbreq", "chase", "thanks")
    who = f"{ctx['first']} {ctx['cand_last']}" if from_cand else f"{ctx['sender_first']} {ctx['sender_last']}"
    addr = ctx["cand_addr"] if from_cand else ctx.get("sender_addr", "jobs@" + ctx["dom"])
    if style == "gmail":
        head = f"On {W.date_str(rng)}, {who} <{addr}> wrote:"
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    subj = {"application": "{role} application", "invite": "Interview invitation – {role}", "offer": "Offer of "
            "employment – {role}", "rejection": "Your application – {role}", "fbreq": "RE: Your application",
            "chase": "{role} – update?", "thanks": "Thank you"}[kind]
    head = (f"From: {who} <{addr}>\nSent: {W.date_str(rng)}\nTo: {ctx['cand_addr'] if not from_cand else ctx.get('sender_addr', 'jobs@' + ctx['dom'])}\n"
            f"Subject: {fill(subj, ctx)}")
    return rng.choice(["-----Original Message-----\n", "________________________________\n", ""]) + head + "\n\n" + text


# ---------------------------------------------------------------- HTML
def to_html(rng: random.Random, parts: list[str], footer: str = "", brand: str = "") -> str:
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in parts if p)
    top = f'<div style="font-weight:bold;font-size:18px">{html.escape(brand)}</div>' if brand else ""
    foot = (f'<p style="color:#888;font-size:11px">{html.escape(footer)}</p>' if footer else "")
    shell = rng.choice([
        '<html><body style="font-family:Arial,sans-serif">{t}{b}{f}</body></html>',
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><table width="100%"><tr><td>{t}{b}{f}'
        '</td></tr></table></body></html>',
        '<div dir="ltr">{t}{b}{f}</div>',
    ])
    return shell.format(t=top, b=body, f=foot)


def record(family: str, n: int, *, folder: str = "INBOX", lang: str = "en", from_name: str, from_addr: str,
           to_addr: str, subject: str, body_text: str, body_html: str | None = None, said: dict,
           company: str | None) -> dict:
    return {
        "id": f"{family}-{n}", "family": family, "folder": folder, "lang": lang, "from_name": from_name,
        "from_addr": from_addr, "to_addr": to_addr, "subject": subject, "body_text": body_text,
        "body_html": body_html, "labels": sorted(set(said["labels"])), "company": company,
        "topics": sorted(set(said["topics"])) if "feedback" in said["labels"] else [],
        "outside_control": sorted(set(said["reasons"])) if "rejection" in said["labels"] else [],
    }


def pick_weighted(rng: random.Random, weights: dict) -> str:
    keys = sorted(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]
