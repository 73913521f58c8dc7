"""Assembly of w32 English records: a sender voice wrapped around an intent's fragments.

The label comes only from the intent (the deciding sentences); greetings, sign-offs, footers,
HTML and quoted history are drawn from the voice for labelled and unlabelled mail alike.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w32_en as E  # noqa: E402
import _w32_kit as K  # noqa: E402

P = K.pick


class Voice:
    """How one family's sender writes: greetings, sign-offs, footers, addresses, HTML habits."""

    def __init__(self, fam: str, *, greet: list[str], sign: list[str], footer: list[str], sectors: list[str],
                 sender: str = "team", html: float = 0.0, html_only: float = 0.0, subj_pre: list[str] | None = None,
                 short: bool = False) -> None:
        self.fam, self.greet, self.sign, self.footer, self.sectors = fam, greet, sign, footer, sectors
        self.sender, self.html, self.html_only = sender, html, html_only
        self.subj_pre = subj_pre or [""]
        self.short = short

    def company(self, rng: random.Random) -> str:
        return P(rng, K.SECTOR_COMPANIES[P(rng, self.sectors)])

    def from_(self, rng: random.Random, co: str, sfirst: str, slast: str) -> tuple[str, str]:
        dom = K.domain(co)
        if self.sender == "team":
            name = P(rng, [f"{co} Early Careers", f"{co} Graduate Recruitment", f"Careers at {co}", f"{co} Campus Team",
                           f"{co} Emerging Talent", f"{co}"])
            addr = P(rng, [f"earlycareers@{dom}", f"graduates@{dom}", f"noreply@{P(rng, K.ATS_RELAYS)}",
                           f"{K.slug(co)}@{P(rng, K.ATS_RELAYS)}", f"no-reply@{dom}", f"campus@{dom}"])
            return name, addr
        if self.sender == "person":
            return f"{sfirst} {slast}", f"{K.ascii_local(sfirst)}.{K.ascii_local(slast)}@{dom}"
        if self.sender == "founder":
            return f"{sfirst} from {co}", f"{K.ascii_local(sfirst)}@{K.slug(co)}.{P(rng, ['io', 'co', 'app', 'dev', 'ai'])}"
        return self.sender, f"noreply@{dom}"


def _ctx(rng: random.Random, co: str | None, cand_first: str, sfirst: str, slast: str, lang: str = "en") -> dict:
    prog = P(rng, K.PROGRAMMES)
    role = P(rng, ["Graduate Analyst", "Software Engineering Intern", "Apprentice Technician", "Summer Analyst",
                   "Marketing Intern", "Graduate Engineer", "Data Intern", "Management Trainee", "Audit Associate",
                   "Policy Intern", "Working Student (Operations)", "Placement Student - Finance",
                   "Junior Developer", "Graduate Consultant", "UX Design Intern", "Research Intern"])
    others = rng.sample(K.ALL_COMPANIES, 3)
    return {
        "co": co or "", "prog": prog, "role": role, "first": cand_first, "date": P(rng, K.DATES),
        "time": P(rng, K.TIMES), "city": P(rng, K.CITIES), "vendor": P(rng, K.TEST_VENDORS)[0],
        "sender": f"{sfirst} {slast}", "uni": P(rng, K.UNIS), "insight": P(rng, K.INSIGHT),
        "ref": P(rng, ["GR", "EC", "INT", "APP", "R"]) + str(rng.randrange(10000, 99999)),
        "year": P(rng, ["2025", "2026", "2025/26", "2026"]), "stage": P(rng, E.STAGES), "pay": P(rng, E.PAY),
        "link": P(rng, ["https://cal.example-meet.com/" + sfirst.lower(), "https://book.slotpick.io/r/" + str(rng.randrange(1000, 9999))]),
        "n": str(rng.randrange(4, 40)), "co_a": others[0], "co_b": others[1], "co_c": others[2],
        "subj": "", "first_me": cand_first, "prog2": P(rng, [x for x in K.PROGRAMMES if x != prog]),
        "num": str(rng.randrange(100000, 999999)),
    }


def fmt(s: str, c: dict) -> str:
    return s.format(**c)


def intent_parts(rng: random.Random, intent: str, c: dict, short: bool = False):
    """Return (subject, paragraphs, labels, topics, oc, company_applies)."""
    f = lambda s: fmt(s, c)  # noqa: E731
    if intent == "ack":
        paras = [f(P(rng, E.ACK_CORE))] + ([] if short else [f(P(rng, E.ACK_NEXT)), f(P(rng, E.ABOUT_PROG))])
        return f(P(rng, E.ACK_SUBJ)), paras, ["application_ack"], [], [], True
    if intent == "ack_inv":
        paras = [f(P(rng, E.ACK_CORE)), f(P(rng, E.INV_TEST_CORE[:4] + E.INV_VIDEO_CORE[:2])), f(P(rng, E.ADJUST))]
        return f(P(rng, E.ACK_SUBJ)), paras, ["application_ack", "interview_invite"], [], [], True
    if intent in ("inv_test", "inv_video", "inv_ac", "inv_chat", "inv_resched"):
        subj, core = {"inv_test": (E.INV_TEST_SUBJ, E.INV_TEST_CORE), "inv_video": (E.INV_VIDEO_SUBJ, E.INV_VIDEO_CORE),
                      "inv_ac": (E.INV_AC_SUBJ, E.INV_AC_CORE), "inv_chat": (E.INV_CHAT_SUBJ, E.INV_CHAT_CORE),
                      "inv_resched": (E.RESCHED_SUBJ, E.RESCHED_CORE)}[intent]
        paras = [f(P(rng, core))] + ([] if short else [f(P(rng, E.ADJUST)), f(P(rng, E.CONTACT))])
        return f(P(rng, subj)), paras, ["interview_invite"], [], [], True
    if intent in ("rej", "rej_oc", "rej_fb", "rej_inv", "rej_nofb"):
        paras = [f(P(rng, E.REJ_OPEN))]
        oc: list[str] = []
        topics: list[str] = []
        labels = ["rejection"]
        if intent == "rej_oc":
            codes = [P(rng, list(E.REASON))]
            if rng.random() < 0.15:
                codes.append(P(rng, list(E.REASON)))
            codes = list(dict.fromkeys(codes))
            reasons = [f(P(rng, E.REASON[k])) for k in codes]
            if rng.random() < 0.5:
                paras += [f(P(rng, E.REJ_CORE))] + reasons
            else:
                paras += reasons + [f(P(rng, E.REJ_CORE))]
            oc = codes
        else:
            paras.append(f(P(rng, E.REJ_CORE)))
        if intent == "rej_fb":
            labels.append("feedback")
            k = 1 if rng.random() < 0.45 else 2 if rng.random() < 0.85 else 0
            topics = rng.sample(list(E.FB_WEAK), k)
            fb = [f(P(rng, E.FB_INTRO)), f(P(rng, E.FB_PRAISE))] + [f(P(rng, E.FB_WEAK[t])) for t in topics]
            if k == 0:
                fb += [f(P(rng, E.FB_PRAISE[:-1]))]
            paras += [" ".join(x for x in fb if x)]
        elif intent in ("rej", "rej_nofb"):
            paras.append(f(P(rng, E.NOFEED)))
        if intent == "rej_inv":
            labels.append("interview_invite")
            paras.append(f(P(rng, [
                "However, the team running our {prog} in {city} liked your profile and would like to invite you to a video interview for that scheme instead. You can book a slot here: {link}",
                "That said, we think you'd be a strong fit for our Degree Apprenticeship and would like to invite you straight to its online assessment. The link is below and stays open until {date}.",
                "We would, however, like to invite you to interview for a different opportunity: a six-month placement in our operations team. Are you free for a call on {date}?",
            ])))
        paras.append(f(P(rng, E.REJ_CLOSE)))
        return f(P(rng, E.REJ_SUBJ)), paras, labels, topics, oc, True
    if intent == "offer":
        paras = [f(P(rng, E.OFFER_CORE))] + ([] if short else [f(P(rng, E.OFFER_NEXT))])
        return f(P(rng, E.OFFER_SUBJ)), paras, ["offer"], [], [], True
    if intent in E.NEG_EMP:
        subj, cores = E.NEG_EMP[intent]
        paras = [f(P(rng, cores))] + ([] if short else [f(P(rng, E.CONTACT))])
        # being asked to interview others comes from the user's own employer: company stays null
        return f(P(rng, subj)), paras, [], [], [], intent != "interview_someone"
    if intent in E.NEG_GEN:
        subj, cores = E.NEG_GEN[intent]
        paras = [f(P(rng, cores))]
        return f(P(rng, subj)), paras, [], [], [], False
    raise KeyError(intent)


def build_inbox(rng: random.Random, voice: Voice, intent: str, n: int, *, quote_prob: float = 0.0) -> dict:
    co = voice.company(rng)
    cf, cl = K.person(rng)
    sf, sl = K.person(rng)
    c = _ctx(rng, co, cf, sf, sl)
    subj, paras, labels, topics, oc, applies = intent_parts(rng, intent, c, short=voice.short)
    greet = fmt(P(rng, voice.greet), c)
    sign = fmt(P(rng, voice.sign), c)
    footer = fmt(P(rng, voice.footer), c)
    body = [greet] + [p for p in paras if p] + [sign] + ([footer] if footer else [])
    text = "\n\n".join(x for x in body if x)
    pre = fmt(P(rng, voice.subj_pre), c)
    subject = (pre + subj) if pre else subj
    from_name, from_addr = voice.from_(rng, co, sf, sl)
    to = K.student_addr(rng, cf, cl)
    if quote_prob and rng.random() < quote_prob:
        old = P(rng, [
            f"Hi,\n\nI applied for the {c['prog']} last month and wanted to check on my application.\n\nThanks,\n{cf}",
            f"Dear {sf},\n\nThank you for the invitation. I'm available on {c['date']}.\n\nBest,\n{cf} {cl}",
            f"Hello,\n\nCould you tell me when I might hear about the next stage?\n\nKind regards\n{cf}",
        ])
        subject = "Re: " + subj
        text += "\n\n" + K.quote_gmail(old, P(rng, K.QUOTE_WHEN), f"{cf} {cl}", to)
    html = None
    if voice.html and rng.random() < voice.html:
        html = K.html_wrap([x for x in body if x], rng, brand=co)
        if rng.random() < voice.html_only:
            text = ""
    return K.rec(voice.fam, n, from_name=from_name, from_addr=from_addr, to_addr=to, subject=subject,
                 body_text=text, body_html=html, labels=labels, company=co if applies else None,
                 topics=topics, oc=oc)


def run_family(rng: random.Random, voice: Voice, mix: list[tuple[str, int]], quote_prob: float = 0.0):
    n = 0
    for intent, count in mix:
        for _ in range(count):
            n += 1
            yield build_inbox(rng, voice, intent, n, quote_prob=quote_prob)
