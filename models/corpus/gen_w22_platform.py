"""w22: professional-network and chat-tool notification e-mails that carry a recruiter's words.

Families: netmsg (``X sent you a message`` with the message quoted), netthread (a reply in a
platform conversation with the earlier turn shown), chatdigest (Slack/Teams-like digest of a
hiring channel), pings (profile views, search appearances, alerts, read receipts) and blogdigest
(newsletters about rejections, interviews and offers). Labels follow the quoted message.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w22_bank import (AGENCIES, CHAT_TOOLS, NET_DOMAINS, NET_PLATFORMS, Counter, html_wrap, make_ctx,  # noqa: E402
                       pick, record, weighted)
from _w22_neg import neg  # noqa: E402
from _w22_say import BYE, HELLO, say  # noqa: E402

FAMILY_PREFIX = "w22plat"

FOOTERS = [
    "You are receiving message notifications from {p}. Unsubscribe · Notification settings · Help",
    "© 2026 {p} Inc. · 1 Harbour Walk, Dublin D02 · Manage email preferences",
    "This email was intended for {cf} {cl}. Learn why we included this. Unsubscribe",
    "{p} · Don't want these emails? Turn off message notifications.",
    "Sent by {p}. Replying to this email will not reach {rf}; use the app instead.",
]


def _intent(rng: random.Random, table: list[tuple[str, float]]) -> str:
    return weighted(rng, table)


def _content(intent: str, ctx: dict, rng: random.Random):
    """Message text, labels, topics, oc, company for an intent or a 'n:kind' negative."""
    if intent.startswith("n:"):
        paras, comp = neg(intent[2:], ctx, rng)
        return paras, [], [], [], comp
    paras, labels, topics, oc = say(intent, ctx, rng)
    return paras, labels, topics, oc, ctx["c"]


def _letter(paras: list[str], ctx: dict, rng: random.Random, greet_p: float = 0.7, sign_p: float = 0.6) -> str:
    out = []
    if rng.random() < greet_p:
        g = pick(rng, HELLO).format(**ctx)
        if g:
            out.append(g)
    out.extend(paras)
    if rng.random() < sign_p:
        out.append(pick(rng, BYE).format(**ctx))
    sep = "\n\n" if rng.random() < 0.6 else "\n"
    return sep.join(out)


NETMSG_TABLE = [("rej", 10), ("rej_oc", 4), ("rej_fb", 8), ("inv", 14), ("offer", 6), ("ack", 6), ("rej_inv", 3),
                ("ack_inv", 4),
                ("n:status", 7), ("n:thanks_today", 7), ("n:reminder", 5), ("n:closed_before", 6), ("n:nofb", 4),
                ("n:withdraw_ack", 2), ("n:confirmed", 3), ("n:scam", 3), ("n:webinar", 3)]


def netmsg(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(100):
        ctx = make_ctx(rng)
        p = pick(rng, NET_PLATFORMS)
        intent = _intent(rng, NETMSG_TABLE)
        agency = rng.random() < 0.2
        if agency:
            ctx["title"] = f"Consultant at {pick(rng, AGENCIES)}"
        if intent == "n:scam":
            agency = True  # a scammer claims no real employer in the header
            ctx["title"] = pick(rng, ["HR Manager (Remote Hiring)", "Recruitment Officer", "Talent Hunter - Global Jobs"])
        paras, labels, topics, oc, comp = _content(intent, ctx, rng)
        if agency and comp and rng.random() < 0.3:
            # the agency recruiter does not name the client: nobody to link the message to
            paras = [x.replace(ctx["c"], pick(rng, ["my client", "the client", "the company"])) for x in paras]
            comp = None
        if agency and comp and ctx["c"] not in " ".join(paras):
            comp = None  # the header names the agency; the client is never named
        msg = _letter(paras, ctx, rng)
        sender = f"{ctx['rf']} {ctx['rl']}"
        org = "" if agency else f" at {ctx['c']}"
        head = pick(rng, [
            f"{sender} sent you a message",
            f"New message from {sender}",
            f"{sender} ({ctx['title']}{org}) wrote to you",
            f"You have a new message",
            f"{sender} replied to your conversation",
        ])
        first_line = msg.split("\n")[0][:48]
        subject = pick(rng, [
            head, f"{sender} sent you a message", f"💬 {sender}: “{first_line}…”", f"New message: {ctx['r']}",
            f"{sender} sent you a new message on {p}", f"RE: {ctx['r']} - {ctx['c']}" if not agency else f"RE: {ctx['r']}",
            "You have 1 unread message",
        ])
        quote_style = rng.randrange(3)
        if quote_style == 0:
            quoted = "\u201c" + msg + "\u201d"
        elif quote_style == 1:
            quoted = "\n".join("| " + ln if ln else "|" for ln in msg.split("\n"))
        else:
            quoted = msg
        dom = NET_DOMAINS[p]
        reply = f"https://www.{dom.split('.', 1)[-1] if dom.count('.') > 1 else dom}/messaging/thread/{rng.randrange(10**8, 10**9)}"
        footer = pick(rng, FOOTERS).format(p=p, **ctx)
        text = "\n\n".join([head, f"{sender}\n{ctx['title']}{org}", quoted,
                            pick(rng, [f"Reply: {reply}", f"View message → {reply}", f"Reply on {p}\n{reply}", "Reply in the app"]),
                            "—\n" + footer])
        html = None
        mode = rng.random()
        if mode < 0.3:
            html = html_wrap([head, f"{sender} · {ctx['title']}{org}", msg, "Reply"], rng, brand=p, footer=footer)
            text = ""
        elif mode < 0.55:
            html = html_wrap([head, msg], rng, brand=p, footer=footer)
        yield record(FAMILY_PREFIX, "netmsg", cnt.next("netmsg"), from_name=pick(rng, [f"{sender} via {p}", p, f"{p} Messaging", f"{sender}"]),
                     from_addr=pick(rng, [f"messages-noreply@{dom}", f"inmail-hit-reply@{dom}", f"notify@{dom}"]),
                     to_addr=ctx["caddr"], subject=subject, body_text=text, body_html=html,
                     labels=labels, company=comp, topics=topics, oc=oc)


CAND_ASKS = [
    ("fbq", "Hi {rf}, thanks for letting me know about the {r} decision. Would you be able to share any feedback on where I fell short? It would really help."),
    ("fbq", "Thanks {rf}. Disappointed but understand. Any pointers from the panel would be much appreciated."),
    ("upd", "Hi {rf}, just checking in on the {r} role - is there any news?"),
    ("upd", "Hello again! Any update from the hiring manager on my application?"),
    ("sch", "Thanks for the call today. When would be the next step?"),
]

THREAD_REPLY = {
    "fbq": [("fb", 10), ("n:nofb", 6)],
    "upd": [("rej", 4), ("rej_oc", 3), ("n:status", 6), ("inv", 5), ("offer", 2), ("rej_inv", 1)],
    "sch": [("inv", 6), ("n:thanks_today", 3), ("n:status", 3), ("rej", 3), ("offer", 2)],
}


def netthread(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(52):
        ctx = make_ctx(rng)
        p = pick(rng, NET_PLATFORMS)
        kind, ask = pick(rng, CAND_ASKS)
        intent = weighted(rng, THREAD_REPLY[kind])
        paras, labels, topics, oc, comp = _content(intent, ctx, rng)
        msg = _letter(paras, ctx, rng, greet_p=0.5, sign_p=0.5)
        sender = f"{ctx['rf']} {ctx['rl']}"
        ts1 = f"{pick(rng, ['Mon', 'Tue', 'Wed', 'Thu'])} {rng.randrange(8, 18)}:{rng.randrange(10, 60)}"
        ts2 = pick(rng, ["Today", "Yesterday", "Just now", "2h ago"])
        you = pick(rng, ["You", f"{ctx['cf']} {ctx['cl']}"])
        layout = rng.randrange(2)
        if layout == 0:
            convo = f"{sender} · {ts2}\n{msg}\n\n- - -\nEarlier in this conversation\n{you} · {ts1}\n{ask.format(**ctx)}"
        else:
            convo = f"{you} ({ts1}):\n> " + ask.format(**ctx).replace("\n", "\n> ") + f"\n\n{sender} ({ts2}):\n{msg}"
        text = f"{sender} replied in your conversation on {p}\n\n{convo}\n\nOpen the conversation: https://{NET_DOMAINS[p]}/c/{rng.randrange(10**6, 10**7)}\n\n{pick(rng, FOOTERS).format(p=p, **ctx)}"
        subject = pick(rng, [f"{sender} replied to you", f"New reply from {sender}", f"Re: {ctx['r']}", f"{sender}: new message", f"Conversation with {sender}"])
        yield record(FAMILY_PREFIX, "netthread", cnt.next("netthread"), from_name=pick(rng, [p, f"{sender} (via {p})"]),
                     from_addr=f"noreply@{NET_DOMAINS[p]}", to_addr=ctx["caddr"], subject=subject, body_text=text,
                     labels=labels, company=comp, topics=topics, oc=oc)


CHAT_SMALL = [
    "morning! hope the week's going well", "sorry for the delay, busy week here", "quick one from me",
    "thanks for your patience 🙏", "👋", "just catching up on this thread", "(also - thanks for the portfolio link)",
    "ok, update below", "apologies, was out yesterday",
]


def chatdigest(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    table = [("rej", 4), ("rej_fb", 5), ("inv", 6), ("offer", 5), ("ack_inv", 3), ("ack", 3), ("rej_inv", 2),
             ("n:reminder", 5), ("n:thanks_today", 4), ("n:status", 5), ("n:confirmed", 3), ("n:onboard", 5)]
    for _ in range(52):
        ctx = make_ctx(rng)
        tool = pick(rng, CHAT_TOOLS)
        intent = weighted(rng, table)
        paras, labels, topics, oc, comp = _content(intent, ctx, rng)
        chan = pick(rng, [f"#hiring-{ctx['c'].split()[0].lower()}", f"ext-{ctx['c'].split()[0].lower()}-candidates",
                          f"{ctx['c']} × {ctx['cf']}", f"#{ctx['r'].split()[0].lower()}-hiring-shared"])
        n = rng.randrange(2, 5)
        sender = f"{ctx['rf']} {ctx['rl']}"
        lines = []
        h, m = rng.randrange(8, 17), rng.randrange(0, 50)
        small = rng.sample(CHAT_SMALL, k=min(len(CHAT_SMALL), n - 1))
        for i in range(n - 1):
            lines.append(f"{h}:{m + i:02d}  {sender}: {small[i]}")
        body = " ".join(paras)
        lines.append(f"{h}:{m + n:02d}  {sender}: {body}")
        if rng.random() < 0.3 and intent.startswith("n:"):
            lines.append(f"{h}:{m + n + 2:02d}  {ctx['rf2']} {ctx['rl2']}: +1")
        text = (f"You have {n} new messages in {chan}\n\n" + "\n".join(lines) +
                f"\n\nOpen {tool}: https://app.{tool.lower()}.com/c/{rng.randrange(10**5, 10**6)}\n\n"
                + pick(rng, [f"You're getting this email because you have unread messages in a shared channel. Adjust notification emails in {tool} preferences.",
                             f"{tool} · Unread summary · Turn off email digests", f"Sent by {tool} on behalf of {ctx['c']}'s workspace"]))
        subject = pick(rng, [f"[{tool}] {n} new messages in {chan}", f"You have unread messages from {ctx['c']}",
                             f"New activity in {chan}", f"{sender} and others sent messages", f"[{tool}] Digest: {chan}"])
        html = None
        if rng.random() < 0.25:
            html = html_wrap([f"You have {n} new messages in {chan}"] + lines, rng, brand=tool)
            if rng.random() < 0.5:
                text = ""
        yield record(FAMILY_PREFIX, "chatdigest", cnt.next("chatdigest"), from_name=pick(rng, [tool, f"{tool} Notifications", f"{sender} via {tool}"]),
                     from_addr=f"notifications@{tool.lower()}mail.com", to_addr=ctx["caddr"], subject=subject, body_text=text,
                     body_html=html, labels=labels, company=comp, topics=topics, oc=oc)


PING_SUBJ = {
    "profile_view": ["{who} viewed your profile", "👀 Someone from {c} looked at your profile", "You have new profile views", "See who viewed your profile"],
    "searches": ["You appeared in {k} searches this week", "Your weekly search stats", "Recruiters are finding you"],
    "job_alert": ["{k} new jobs for '{r}'", "{r} at {c} and more", "Job alert: {r}", "New matches for you"],
    "read_receipt": ["{who} read your message", "Your message was seen", "Message read"],
    "complete_profile": ["Complete your profile", "You're almost there, {cf}", "Stand out to recruiters"],
    "webinar": ["You're invited: interview skills live", "Careers fair next week", "Free workshop on negotiating offers"],
}


def pings(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    kinds = ["profile_view", "searches", "job_alert", "read_receipt", "complete_profile", "webinar"]
    for _ in range(52):
        ctx = make_ctx(rng)
        p = pick(rng, NET_PLATFORMS)
        kind = pick(rng, kinds)
        paras, _ = neg(kind, ctx, rng)
        k = rng.randrange(3, 40)
        subject = pick(rng, PING_SUBJ[kind]).format(k=k, **ctx)
        extra = pick(rng, ["See all activity", "Upgrade to Premium to see the full list", "Keep your profile fresh to appear in more searches.",
                           "Tip: recruiters respond faster to members with an open-to-work badge.", ""])
        paras = paras + ([extra] if extra else [])
        footer = pick(rng, FOOTERS).format(p=p, **ctx)
        text = "\n\n".join(paras + [f"https://{NET_DOMAINS[p]}/me/{kind.replace('_', '-')}", footer])
        html = None
        if rng.random() < 0.45:
            html = html_wrap(paras, rng, brand=p, footer=footer)
            if rng.random() < 0.6:
                text = ""
        yield record(FAMILY_PREFIX, "pings", cnt.next("pings"), from_name=pick(rng, [p, f"{p} Notifications", f"{p} Jobs"]),
                     from_addr=f"{pick(rng, ['notifications', 'jobs-noreply', 'updates'])}@{NET_DOMAINS[p]}", to_addr=ctx["caddr"],
                     subject=subject, body_text=text, body_html=html, labels=[], company=None)


BLOGS = ["The Shortlist", "Offer Letter Weekly", "Hired & Fired", "Candidate Notes", "Ghosted: a newsletter", "The Interview Loop"]


def blogdigest(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    heads = [
        "Why you got rejected after the final round (and what to do next)",
        "The offer that wasn't: reading the small print before you sign",
        "Interview invitations are slower this quarter - here's the data",
        "Feedback after rejection: a template that gets answers",
        "'We've decided to move forward with other candidates' - 40 readers on what happened next",
        "How to turn down an offer without burning the bridge",
        "Your application was received... and then? Inside the ATS black hole",
        "Case study: system design interviews at scale-ups",
    ]
    for _ in range(30):
        ctx = make_ctx(rng)
        blog = pick(rng, BLOGS)
        items = rng.sample(heads, 3)
        paras, _ = neg("newsletter", ctx, rng)
        text = (f"{blog} · Issue #{rng.randrange(20, 300)}\n\n" + paras[0] + "\n\n" +
                "\n".join(f"» {h}\n  {rng.randrange(3, 12)} min read" for h in items) +
                f"\n\nYou subscribed to {blog}. Unsubscribe: https://{blog.lower().replace(' ', '').replace('&', '').replace(':', '').replace(chr(39), '')}.news/u/{rng.randrange(10**6)}")
        if rng.random() < 0.3:
            text = text.replace("\n\n", "\n\n", 1)
        html = html_wrap([paras[0]] + items, rng, brand=blog, footer="Unsubscribe") if rng.random() < 0.4 else None
        if html and rng.random() < 0.5:
            text = ""
        yield record(FAMILY_PREFIX, "blogdigest", cnt.next("blogdigest"), from_name=blog, from_addr=f"hello@{blog.split()[0].lower().strip(':')}.news",
                     to_addr=ctx["caddr"], subject=pick(rng, items + [f"{blog}: this week", f"📬 {items[0]}"]), body_text=text,
                     body_html=html, labels=[], company=None)


def generate(rng: random.Random) -> Iterable[dict]:
    cnt = Counter()
    yield from netmsg(rng, cnt)
    yield from netthread(rng, cnt)
    yield from chatdigest(rng, cnt)
    yield from pings(rng, cnt)
    yield from blogdigest(rng, cnt)
