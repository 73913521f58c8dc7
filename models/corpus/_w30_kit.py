"""Writer w30: assembly of one message from the banks; every kind shares the same skeleton.

``compose(rng, kind, reg, ...)`` returns a dict of record fields except id/family. The kind decides
the labels; the register decides greetings, sign-offs and surface, and is shared by all kinds.
"""

from __future__ import annotations

import random

import _w30_world as W
import _w30_say as S

LABELLED = {"rej", "rej_fb", "invite", "ack", "offer", "rej_invite", "ack_invite", "fb_invite",
            "fb_reply", "reschedule", "cancel_filled"}


class Ctx:
    """Who is writing to whom about what, drawn once per message."""

    def __init__(self, rng: random.Random, reg: str, agency: bool = False) -> None:
        self.co = W.company(rng)
        self.role, self.tech = W.role(rng)
        self.role2, _ = W.role(rng)
        self.fn, self.ln = W.person(rng)
        self.me, self.mel = W.person(rng)
        self.other = rng.choice(W.FIRST)
        self.reg = reg
        self.agency = agency
        self.agency_name = rng.choice(["Brightpath Talent", "Kinsale Search", "Anchor Recruitment",
                                       "Redgum People", "Northstar Staffing", "Fieldgate Partners",
                                       "Tallyho Talent", "Maple Search Group"])
        self.client_named = not agency or rng.random() < 0.6
        self.cand_addr = f"{self.fn.lower()}.{self.ln.lower()}@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'eircom.net', 'bigpond.com'])}"
        self.slots = dict(
            co=self.co if self.client_named else "our client", role=self.role, fn=self.fn,
            me=self.me, other=self.other, day=rng.choice(W.DAYS), day2=rng.choice(W.DAYS),
            time=rng.choice(W.TIMES), city=rng.choice(W.CITIES), sal=W.salary(rng),
            ref=f"{rng.choice(['REQ', 'JR', 'R-', '#'])}{rng.randint(1000, 99999)}",
            link=f"https://{rng.choice(['cal.com', 'calendly.com', 'savvycal.com', 'book.' + W.domain(self.co)])}/{self.me.lower()}-{rng.randint(10, 99)}",
        )

    def f(self, s: str) -> str:
        out = s.format(**self.slots)
        return out[0].upper() + out[1:] if out else out

    def sender(self, rng: random.Random) -> tuple[str, str]:
        if self.agency:
            d = self.agency_name.lower().replace(" ", "") + rng.choice([".ie", ".com.au", ".co.uk", ".ca"])
            return f"{self.me} {self.mel}", f"{self.me.lower()}@{d}"
        if rng.random() < 0.12:
            return f"{self.me} {self.mel}", f"{self.me.lower()}{self.mel.lower()[:1]}{rng.randint(1, 99)}@gmail.com"
        return (f"{self.me} {self.mel}" if rng.random() < 0.7 else f"{self.me} at {self.co}",
                f"{self.me.lower()}@{W.domain(self.co)}")


def pick(rng: random.Random, main: list, stock: list, p_stock: float = 0.12) -> str:
    return rng.choice(stock) if rng.random() < p_stock else rng.choice(main)


def reason_sent(rng: random.Random, c: Ctx) -> tuple[str, list]:
    key = rng.choice(list(S.REASON))
    r = rng.choice(S.REASON[key])
    return c.f(rng.choice(S.REASON_LEAD).replace("{r}", r)), [key]


def weak_sents(rng: random.Random, c: Ctx, n: int) -> tuple[list, list]:
    pool = [t for t in S.WEAK if c.tech or t not in S.TECH_TOPICS]
    topics = rng.sample(pool, n)
    if c.tech and rng.random() < 0.45 and not set(topics) & S.TECH_TOPICS:
        topics[0] = rng.choice(sorted(S.TECH_TOPICS))
    out = []
    for t in topics:
        w = rng.choice(S.WEAK[t])
        lead = rng.choice(S.WEAK_LEAD)
        s = lead.replace("{W}", w[0].upper() + w[1:]).replace("{w}", w)
        out.append(c.f(s))
    return out, topics


SUBJ_SHARED = ["{role}", "Your application: {role}", "Quick update", "{co} / {fn}", "Following up",
               "{role} at {co}", "Catching up", "Re your application", "Hello from {co}",
               "{role} ({ref})", "An update from {co}", "From {me} at {co}", "Touching base", "Next steps?",
               "{fn} - {role}", "Thanks!", "Hi from {me}"]


def body_join(rng: random.Random, c: Ctx, core: list[str], with_filler: bool = True) -> str:
    paras = []
    if getattr(c, "short", False):
        # typed on a phone: first name, the point, no signature block
        head = rng.choice([f"{c.fn} -", f"Hi {c.fn}", "", f"hey {c.fn.lower()}"])
        text = " ".join(core[:3])
        tail = rng.choice([c.me, f"{c.me}\n\n{rng.choice(W.MOBILE)}", rng.choice(W.MOBILE), f"- {c.me[0]}"])
        return "\n\n".join(x for x in (f"{head} {text}".strip() if head and rng.random() < 0.5 else "\n\n".join(x for x in (head, text) if x), tail) if x)
    g = W.greet(rng, c.reg, c.fn, c.ln)
    if g:
        paras.append(g)
    mid = list(core)
    if with_filler and rng.random() < 0.6:
        mid.insert(0 if rng.random() < 0.7 else len(mid), c.f(rng.choice(S.FILLER)))
    # sentence-level packing: sometimes two sentences share a paragraph
    i = 0
    while i < len(mid):
        if i + 1 < len(mid) and rng.random() < 0.35:
            paras.append(mid[i] + " " + mid[i + 1])
            i += 2
        else:
            paras.append(mid[i])
            i += 1
    s = W.sig(rng, c.me, c.mel, c.agency_name if c.agency else c.co, c.reg, c.agency)
    if s:
        paras.append(s)
    return "\n\n".join(paras)


def compose(rng: random.Random, kind: str, c: Ctx) -> dict:
    """Return record fields for one message of the given kind, written by a human in register c.reg."""
    labels: list = []
    topics: list = []
    oc: list = []
    core: list[str] = []
    subj = rng.choice(SUBJ_SHARED)
    if kind in ("rej", "rej_fb"):
        labels = ["rejection"]
        core.append(c.f(pick(rng, S.REJECT, S.REJECT_STOCK)))
        if rng.random() < 0.45:
            s, oc = reason_sent(rng, c)
            core.append(s)
        if kind == "rej_fb":
            labels.append("feedback")
            if rng.random() < 0.6:
                core.append(c.f(rng.choice(S.PRAISE)))
            if rng.random() < 0.05:
                topics = []
            else:
                ws, topics = weak_sents(rng, c, rng.choice([1, 1, 2, 2, 3]))
                core.extend(ws)
        if rng.random() < 0.6:
            core.append(c.f(rng.choice(S.SOFT_CLOSE)))
    elif kind == "cancel_filled":
        labels = ["rejection"]
        key = rng.choice(["role_filled", "role_cancelled", "budget_freeze"])
        oc = [key]
        core.append(c.f(rng.choice(S.INTERVIEW_CANCELLED).replace("{r}", rng.choice(S.REASON[key]))))
        core.append(c.f(rng.choice(S.SOFT_CLOSE)))
    elif kind in ("invite", "reschedule"):
        labels = ["interview_invite"]
        core.append(c.f(pick(rng, S.INVITE if kind == "invite" else S.RESCHEDULE, S.INVITE_STOCK,
                             0.1 if kind == "invite" else 0)))
        for _ in range(rng.choice([0, 1, 1, 2])):
            core.append(c.f(rng.choice(S.INVITE_LOGI)))
    elif kind == "ack":
        labels = ["application_ack"]
        core.append(c.f(rng.choice(S.ACK)))
        if rng.random() < 0.7:
            core.append(c.f(rng.choice(S.ACK_NEXT)))
        subj = rng.choice(SUBJ_SHARED + ["Your application for {role}", "Thanks for applying!"])
    elif kind == "ack_invite":
        labels = ["application_ack", "interview_invite"]
        core.append(c.f(rng.choice(S.ACK)))
        core.append(c.f(rng.choice([
            "The first step for everyone is a short online exercise: {link}. It's open until {day}.",
            "Step one is a recorded video round; you'll find the questions here: {link}",
            "While we look at your CV, please book a 15-minute intro call: {link}",
            "We ask everyone at this point to do a 40-minute aptitude test, link below. {link}"])))
    elif kind == "rej_invite":
        labels = ["rejection", "interview_invite"]
        core.append(c.f(rng.choice(S.REJECT)))
        core.append(c.f(rng.choice([
            "That said, {other} is hiring for {r2} and thinks you'd be a great match. Could you do a call on {day}?",
            "But I'd love to talk to you about {r2} instead. Would {day} at {time} work for a chat?",
            "We do have {r2} open, though, and the team there would like to meet you. Booking link: {link}",
            "On the plus side, our {r2} team want to see you. Could you come in on {day}?",
        ]).replace("{r2}", c.role2)))
    elif kind == "fb_invite":
        labels = ["feedback", "interview_invite"]
        core.append(c.f(rng.choice(S.PRAISE)))
        ws, topics = weak_sents(rng, c, 1)
        core.extend(ws)
        core.append(c.f(rng.choice([
            "Even so, we'd like you to come in for the last round on {day}. Does {time} work?",
            "None of that's a deal-breaker, and we'd like to get you in to meet {other}. Grab a slot: {link}",
            "We'd still like to see you for the next step, a chat with {other} on {day}."])))
    elif kind == "offer":
        labels = ["offer"]
        core.append(c.f(pick(rng, S.OFFER, S.OFFER_STOCK, 0.12)))
        for _ in range(rng.choice([0, 1, 2])):
            core.append(c.f(rng.choice(S.OFFER_NEXT)))
        subj = rng.choice(SUBJ_SHARED + ["Good news 🎉", "Welcome to {co}?", "The numbers"])
    elif kind == "fb_reply":
        labels = ["feedback"]
        core.append(c.f(rng.choice(["Of course, happy to help.", "Sure thing. I asked the panel.",
                                    "Fair question, and you deserve an answer.", "I talked to {other} about it."])))
        ws, topics = weak_sents(rng, c, rng.choice([1, 2, 2, 3]))
        core.extend(ws)
        if rng.random() < 0.5:
            core.append(c.f(rng.choice(S.PRAISE)))
        subj = "Re: " + rng.choice(["Feedback?", "Re: {role}", "Quick question", "{role} - any pointers?"])
    else:
        return neg_human(rng, kind, c)
    body = body_join(rng, c, core)
    if kind == "fb_reply":
        ask = "\n\n".join([c.f(rng.choice(S.ASK_OPEN)), c.f(rng.choice(S.ASK)), f"Thanks,\n{c.fn}"])
        body += "\n\n" + W.quote(rng, ask, f"{c.fn} {c.ln}", c.cand_addr)
    elif rng.random() < 0.2:
        body += "\n\n" + W.quote(rng, c.f(rng.choice(QUOTED_OLD)), f"{c.fn} {c.ln}", c.cand_addr)
    company = c.co if c.client_named else None
    return dict(subject=W.subj_wrap(rng, c.f(subj)), body=body, labels=labels, topics=topics, oc=oc,
                company=company)


# text from the candidate's earlier mail, quoted under a reply: never decides the label
QUOTED_OLD = [
    "Hi {me},\n\nJust checking whether there's any news on {role}? No rush.\n\nThanks,\n{fn}",
    "Hi {me}, thanks for the call yesterday. Happy to do whatever's next.\n{fn}",
    "Hello,\n\nPlease find my CV attached for the {role} role.\n\nKind regards,\n{fn}",
    "Thanks {me}! Looking forward to hearing how it went.",
    "Hi {me},\n\nI'm free most afternoons next week if that helps.\n\n{fn}",
]

NEG_HUMAN = {
    "thanks_today": [
        "Thanks for coming in today; it was really good to meet you. We'll talk it over as a team and I'll come back to you by {day}.",
        "Just wanted to say thanks for your time this afternoon. {other} enjoyed the conversation. We've a couple more people to see, then we'll decide.",
        "Cheers for making the trip in. I'll gather everyone's thoughts and be in touch next week either way.",
        "Thanks for a great chat earlier. Nothing to do on your end, we'll be in touch soon.",
    ],
    "reminder": [
        "Just a reminder that you're seeing {other} tomorrow at {time}. We're on the third floor; ask for me at reception.",
        "Friendly nudge: your session with the team is {day} at {time}. The video link is the same one I sent last week.",
        "See you {day}! Quick heads-up that the lift is out, so it's the stairs, sorry.",
        "Looking forward to {day}. The interview room has moved to the ground floor, but otherwise everything stands.",
    ],
    "confirmed": [
        "Perfect, {day} at {time} it is. I've sent the calendar hold through.",
        "Great, that's booked in. See you {day}.",
        "Lovely, locked in for {day}. Nothing to prepare.",
        "Brilliant, thanks for picking a slot so quickly. Confirmed for {day} at {time}.",
    ],
    "still_review": [
        "No news yet, I'm afraid. The team is still working through applications for {role} and hasn't decided on anything.",
        "Just so you're not left wondering: we're still reviewing, and I'd expect an answer the week after next.",
        "Quick status note: {other} is off this week, so decisions on {role} are on hold until she's back.",
        "You're still very much in the mix; we just haven't finished our first look at everyone yet.",
    ],
    "closed_before": [
        "I was about to put you forward for a {role} role with a client, but it closed this morning before I could send anything across. I'll keep you in mind.",
        "Heads-up: the {role} job I mentioned on the phone got pulled before we applied, so there's nothing to send in for now.",
        "The role I had in mind for you has gone on hold at the client's end, so I won't be submitting your CV. More soon, I hope.",
    ],
    "cant_share": [
        "Thanks for asking. I'm sorry, but our policy is not to give individual feedback on applications. I know that's frustrating.",
        "I'd love to help, but we're not able to share notes from the panel. Best of luck with the search.",
        "Fair question, but we don't pass on feedback at this stage. We had a lot of strong people apply and the decision was a hard one.",
    ],
    "withdraw_ok": [
        "Thanks for letting me know you're withdrawing from the {role} process. Totally understand, and congratulations on the new job.",
        "No problem at all, I've taken you out of the process. Good luck with the other role!",
        "Sorry to lose you, but thanks for being upfront. Door's always open.",
    ],
    "onboarding": [
        "Ahead of your first day on {day}, please fill in the new starter form and bring your passport for the right-to-work check.",
        "Welcome again! Your laptop is being set up. Could you send your bank details through the secure link so payroll can get you sorted?",
        "Here's your first-week plan. {other} will meet you at reception at 9 and show you around.",
        "Reminder to sign the remaining onboarding documents in the portal before Friday; the contract itself is already done.",
    ],
    "question": [
        "Thanks for your CV. Quick question before I share it: are you eligible to work in Ireland without sponsorship?",
        "Before we go any further, what notice period are you on at the moment?",
        "Could you send your portfolio as a PDF? The link in your CV seems to be broken.",
        "Are you open to hybrid? The team is in the office Tuesdays and Thursdays.",
    ],
}


def neg_human(rng: random.Random, kind: str, c: Ctx) -> dict:
    core = [c.f(rng.choice(NEG_HUMAN[kind]))]
    body = body_join(rng, c, core)
    if kind == "cant_share":
        ask = "\n\n".join([c.f(rng.choice(S.ASK_OPEN)), c.f(rng.choice(S.ASK)), f"Thanks,\n{c.fn}"])
        body += "\n\n" + W.quote(rng, ask, f"{c.fn} {c.ln}", c.cand_addr)
        subj = "Re: " + c.f(rng.choice(["Feedback?", "{role}", "Any pointers?"]))
    elif kind == "confirmed" or rng.random() < 0.2:
        old = rng.choice(QUOTED_OLD + [
            "Hi {fn},\n\nCan you come in and meet {other} on {day}? Let me know a time.\n\n{me}"])
        body += "\n\n" + W.quote(rng, c.f(old), f"{c.fn} {c.ln}" if "{fn}," not in old else f"{c.me} {c.mel}", c.cand_addr)
        subj = "Re: " + c.f(rng.choice(SUBJ_SHARED))
    else:
        subj = c.f(rng.choice(SUBJ_SHARED))
    company = c.co if c.client_named else None
    if kind == "closed_before":
        company = None
    return dict(subject=W.subj_wrap(rng, subj), body=body, labels=[], topics=[], oc=[], company=company)
