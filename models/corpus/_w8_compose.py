"""Message assembly for writer w8: personas (who is typing, how) and message cores (what they mean).

A generator picks a persona (agency recruiter, in-house recruiter on a phone, founder, hiring
manager, non-native writer ...) and a kind (rejection, invite, look-alike ...); ``core`` returns the
meaning-bearing paragraphs with their labels and ``wrap`` dresses them in the persona's greeting,
small talk, sign-off, signature and footer. Greetings, signatures and footers are drawn from the
same banks for every kind, so that only the meaning separates labelled from unlabelled mail.
"""

from __future__ import annotations

import importlib
import random


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


kit = _load("_w8_kit")
L = _load("_w8_lines")
N = _load("_w8_neg")

# Non-native voices: extra openers/closers that colour the English.
VOICE = {
    "in": {"hi": ["Dear {me},", "Hi {me},", "Greetings of the day {me},", "Hello {me} ji,", "Dear Candidate,"],
           "open": ["Hope you are doing well.", "As discussed telephonically,", "This is regarding your profile for {role}.",
                    "Greetings from {agency}!", "PFB the update on your application."],
           "close": ["Kindly revert at the earliest.", "Please do the needful.", "Do revert in case of any query.",
                     "Kindly share your availability.", "Awaiting your response."],
           "bye": ["Thanks & Regards,", "Regards,", "Warm Regards,", "Thanks and Regards,"]},
    "de": {"hi": ["Dear {me},", "Hello {me},", "Hallo {me},", "Dear Mr./Ms. {me_full},"],
           "open": ["I would like to inform you about the current status.", "Thank you very much for your patience.",
                    "I hope you had a good start into the week.", "As promised I come back to you regarding {co}."],
           "close": ["For questions I am gladly available.", "Please feel free to contact me anytime.",
                     "I am looking forward to your feedback."],
           "bye": ["Best regards,", "Many greetings,", "Kind regards,", "Mit freundlichen Grüßen / Best regards,", "Greetings from Munich,"]},
    "br": {"hi": ["Hi {me}!", "Hello {me}, how are you?", "Hey {me}, all good?", "Dear {me},"],
           "open": ["Hope you are fine!", "I hope everything is good with you!", "Sorry for the delay, it was crazy days here.",
                    "Passing by to give you an update :)"],
           "close": ["Any doubt, I am here!", "Count on me for anything.", "Let's talk!"],
           "bye": ["Big hug,", "Abraços,", "Best,", "Regards,", "Obrigado!"]},
    "cn": {"hi": ["Dear {me},", "Hi {me},", "Hello {me},"],
           "open": ["Hope this email finds you well.", "Please kindly note the update below.", "Thanks for your kind patience.",
                    "Sorry for late reply due to the holiday."],
           "close": ["Please feel free to let me know if any question.", "Thanks for your understanding.",
                     "Looking forward to your reply."],
           "bye": ["Best Regards,", "BR,", "Thanks & Best Regards,", "Regards,"]},
    "pl": {"hi": ["Hi {me},", "Hello {me},", "Dear {me},", "Cześć {me},"],
           "open": ["I am writing to you with the information about the process.", "Thank you for the patience.",
                    "I come back to you after the talk with the client."],
           "close": ["In case of questions please write to me.", "I remain at your disposal.", "Have a nice day!"],
           "bye": ["Best regards,", "Pozdrawiam / Best regards,", "Regards,", "Kind regards,"]},
}


def persona(rng: random.Random, style: str, ctx: dict) -> dict:
    """Who writes and how. style: agency_uk, agency_us, agency_eu, agency_apac, inmail, phone,
    founder, hm, ramble, html, or a VOICE key prefixed 'nn_' for non-native in-house writers."""
    first, last = kit.person(rng)
    p = {"style": style, "first": first, "last": last, "lower": False, "phone": False, "formal": False,
         "ramble": False, "voice": None, "footer": True, "agency": ""}
    co = ctx["co"]
    if style.startswith("agency") or style == "inmail":
        agency, adom = rng.choice(kit.AGENCIES)
        if style == "agency_apac":
            agency, adom = rng.choice([a for a in kit.AGENCIES if a[1].endswith((".in", ".sg", ".au"))])
            p["voice"] = rng.choice(["in", "in", "cn"])
        elif style == "agency_eu":
            agency, adom = rng.choice([a for a in kit.AGENCIES if a[1].endswith((".de", ".pl", ".br", ".ie"))])
            p["voice"] = {"de": "de", "pl": "pl", "br": "br"}.get(adom.rsplit(".", 1)[-1], None)
        elif style == "agency_us":
            agency, adom = rng.choice([a for a in kit.AGENCIES if a[1].endswith((".com", ".io"))])
        p["agency"] = agency
        p["domain"] = adom
        p["from_name"] = rng.choice([f"{first} {last}", f"{first} {last} | {agency}", f"{first} at {agency}", f"{first} {last}"])
        p["from_addr"] = kit.addr_for(rng, first, last, adom)
        p["title"] = rng.choice(["Senior Consultant", "Principal Recruiter", "Talent Partner", "Recruitment Consultant",
                                 "Account Manager", "Associate Director", "Tech Recruiter", "Delivery Lead"])
        p["org"] = agency
        if style == "inmail":
            p["from_name"] = f"{first} {last} via LinkedIn"
            p["from_addr"] = "inmail-hit-reply@linkedin.example.com"
            p["footer"] = False
        p["formal"] = style in ("agency_apac",) or rng.random() < 0.25
        p["phone"] = rng.random() < 0.2
    else:
        dom = ctx["domain"]
        p["domain"] = dom
        p["org"] = co
        p["from_addr"] = kit.addr_for(rng, first, last, dom)
        p["from_name"] = rng.choice([f"{first} {last}", first, f"{first} {last} ({co})", f"{first} from {co}"])
        if style == "phone":
            p["title"] = rng.choice(["Talent Acquisition", "Recruiter", "People Partner", "Senior Recruiter"])
            p["phone"] = True
            p["lower"] = rng.random() < 0.35
        elif style == "founder":
            p["title"] = rng.choice(["Founder & CEO", "Co-founder", "CTO & co-founder", "Founder"])
            p["lower"] = rng.random() < 0.6
            p["phone"] = rng.random() < 0.4
            p["footer"] = False
        elif style == "hm":
            p["title"] = rng.choice(["Engineering Manager", "Head of Data", "Director of Product", "Team Lead",
                                     "VP Engineering", "Head of Finance", "Design Lead", "Operations Director"])
            p["formal"] = rng.random() < 0.4
        elif style == "ramble":
            p["title"] = rng.choice(["Talent Partner", "Senior Talent Acquisition Partner", "Recruiting Lead"])
            p["ramble"] = True
        elif style == "html":
            p["title"] = rng.choice(["HR Generalist", "Recruitment Coordinator", "People & Culture", "HR Manager"])
            p["formal"] = True
        elif style.startswith("nn_"):
            p["voice"] = style[3:]
            p["title"] = rng.choice(["HR Specialist", "Recruiter", "Talent Acquisition Specialist", "HR Manager", "Team Leader"])
            p["formal"] = True
        else:
            p["title"] = "Recruiter"
    if p["voice"] == "de" or style == "nn_de":
        p["formal"] = True
    return p


def _greet(rng: random.Random, p: dict) -> str:
    if p["voice"]:
        return rng.choice(VOICE[p["voice"]]["hi"])
    return rng.choice(L.HI_FORMAL if p["formal"] else L.HI_CASUAL)


def wrap(rng: random.Random, p: dict, paras: list[str], ctx: dict, short: bool = False) -> str:
    """Dress the core paragraphs in the persona's habits and return the filled body text."""
    parts: list[str] = []
    g = _greet(rng, p)
    if g and not (short and rng.random() < 0.5):
        parts.append(g)
    if p["voice"] and rng.random() < 0.7:
        parts.append(rng.choice(VOICE[p["voice"]]["open"]))
    elif not short and rng.random() < 0.5:
        parts.append(rng.choice(L.SMALLTALK))
    after = ""
    if p["ramble"]:
        ramble = kit.pick(rng, L.MARKET_RAMBLE, rng.randint(2, 5))
        cut = rng.randint(1, len(ramble))
        parts.append(" ".join(ramble[:cut]))
        parts.append(" ".join(kit.pick(rng, L.SMALLTALK, 2)))
        after = " ".join(ramble[cut:])
    parts.extend(paras)
    if after:
        parts.append(after)
    if not short or rng.random() < 0.3:
        if p["voice"]:
            parts.append(rng.choice(VOICE[p["voice"]]["close"]))
        elif rng.random() < 0.7:
            parts.append(rng.choice(L.CLOSE_FORMAL if p["formal"] else L.CLOSE_CASUAL))
    body = kit.join_paras(parts)
    if p["lower"] or p["phone"]:
        body = kit.casual(rng, body, lower=p["lower"])
    tail: list[str] = []
    bye = rng.choice(VOICE[p["voice"]]["bye"]) if p["voice"] else rng.choice(L.BYE_FORMAL if p["formal"] else L.BYE_CASUAL)
    if p.get("plain_sig"):
        tail.append(rng.choice([p["first"], bye + "\n" + p["first"], p["first"][0].lower(), bye + " " + p["first"]]))
        if p["phone"]:
            tail.append(rng.choice(kit.PHONE_TAILS))
    elif p["phone"] and rng.random() < 0.5:
        tail.append(bye + "\n" + p["first"])
        tail.append(rng.choice(kit.PHONE_TAILS))
    else:
        sig = kit.signature(rng, p["first"], p["last"], p["title"], p["org"], p.get("domain", "example.com"))
        tail.append(sig if sig.startswith("Best,") else bye + "\n" + sig)
        if p["phone"]:
            tail.append(rng.choice(kit.PHONE_TAILS))
        if p["footer"] and rng.random() < 0.55:
            f = kit.footer(rng, agency=p["agency"], co=ctx["co"], domain=p.get("domain", "example.com"))
            if f:
                tail.append(f)
    return kit.fill(body + "\n\n" + "\n\n".join(tail), ctx)


def _reason_sentence(rng: random.Random, reason: str) -> str:
    return f"{rng.choice(L.REASON_LEAD)} {rng.choice(L.REASON[reason])}"


def feedback_para(rng: random.Random, topics: list[str], praise: bool) -> str:
    bits = []
    if praise:
        bits.append(rng.choice(L.PRAISE))
    for i, t in enumerate(topics):
        line = rng.choice(L.FB[t])
        lead = rng.choice(L.FB_LEAD) if i == 0 else rng.choice(L.FB_MORE)
        if lead.endswith(("that", "mentioned")) and line.startswith("they said "):
            line = line[len("they said "):]  # avoid "they said that they said ..."
        bits.append(f"{lead} {line}.")
    return " ".join(bits)


def core(rng: random.Random, kind: str, agency_voice: bool) -> tuple[list[str], list[str], list[str], list[str]]:
    """Return (paragraphs, labels, topics, outside_control) for a labelled kind."""
    rej_bank = L.REJ_AGENCY if agency_voice else L.REJ_DIRECT
    paras: list[str] = []
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    if kind in ("rej", "rej_fb"):
        labels.append("rejection")
        lead = rng.choice(rej_bank + L.REJ_SOFT) if rng.random() < 0.3 else rng.choice(rej_bank)
        para = lead
        if rng.random() < 0.5:
            reason = rng.choice(list(L.REASON))
            outside.append(reason)
            para += " " + _reason_sentence(rng, reason)
        paras.append(para)
        if kind == "rej_fb":
            labels.append("feedback")
            topics = rng.sample(list(L.FB), rng.choice([1, 1, 2, 2, 3]))
            paras.append(feedback_para(rng, topics, praise=rng.random() < 0.5))
        elif rng.random() < 0.4:
            paras.append(rng.choice(L.NO_FEEDBACK))
        if rng.random() < 0.6:
            paras.append(rng.choice(L.KEEP_IN_TOUCH))
    elif kind == "fb":
        labels.append("feedback")
        topics = rng.sample(list(L.FB), rng.choice([1, 2, 2, 3]))
        intro = rng.choice([
            "As promised, I managed to get some feedback from {co} on the interview.",
            "Following up on our call with the detail from {hm}.",
            "You asked for feedback so here's what I've got.",
            "Thanks for asking - here is some feedback from the panel, I hope it's useful.",
            "Finally got the debrief notes through.",
        ])
        paras.append(intro)
        paras.append(feedback_para(rng, topics, praise=rng.random() < 0.6))
        if rng.random() < 0.5:
            paras.append(rng.choice(["Hope that helps for the next one.", "Don't be too hard on yourself, it was close.",
                                     "Happy to do some prep with you before your next interview.",
                                     "Worth working on before the other processes you have going."]))
    elif kind == "inv_fb":
        labels += ["interview_invite", "feedback"]
        topics = rng.sample(list(L.FB), 1)
        paras.append(rng.choice(L.INV_AGENCY if agency_voice else L.INV_DIRECT))
        paras.append("Heads up for the next stage: " + rng.choice(L.FB[topics[0]]) + ", so worth preparing for that.")
    elif kind == "inv":
        labels.append("interview_invite")
        paras.append(rng.choice(L.INV_AGENCY if agency_voice else L.INV_DIRECT))
        if rng.random() < 0.4:
            paras.append(rng.choice(["It'll be with {hm} and one of the seniors.", "Format is informal, no prep needed really.",
                                     "Expect some questions on your current projects.", "It's on Zoom, I'll send the invite once confirmed.",
                                     "Bring a laptop in case they want you to walk through some code."]))
    elif kind == "resched":
        labels.append("interview_invite")
        paras.append(rng.choice(L.INV_RESCHED))
    elif kind == "ack":
        labels.append("application_ack")
        bank = L.ACK_AGENCY if agency_voice else L.ACK + L.ACK_DIRECT_EXTRA
        paras.append(rng.choice(bank) + " " + rng.choice(L.ACK_NEXT))
    elif kind == "ack_inv":
        labels += ["application_ack", "interview_invite"]
        paras.append(rng.choice(L.ACK_AGENCY if agency_voice else L.ACK + L.ACK_DIRECT_EXTRA))
        paras.append(rng.choice(L.ACK_ASSESS))
    elif kind == "offer":
        labels.append("offer")
        paras.append(rng.choice(L.OFFER_AGENCY if agency_voice else L.OFFER_DIRECT))
        if rng.random() < 0.7:
            paras.append(rng.choice(L.OFFER_NEXT))
    elif kind == "rej_inv":
        labels += ["rejection", "interview_invite"]
        line, reason = rng.choice(L.REJ_PLUS_OTHER_R)
        paras.append(line)
        if reason:
            outside.append(reason)
    else:
        raise ValueError(kind)
    return paras, labels, topics, outside


SUBJECTS = {
    "rej": ["{co} update", "Re: {role} - {co}", "Update", "your application", "{role} ({req})", "news from {co}",
            "sorry :(", "Quick update re {co}", "{co} / {me_full}", "Re: {role}", "Outcome - {role}", "{co}",
            "Your application to {co}", "Following up", "Re: Interview at {co}"],
    "fb": ["Re: feedback", "feedback from {co}", "{co} debrief", "Re: {co} - any feedback?", "notes from the panel",
           "Re: {role} interview", "Feedback", "{co} update"],
    "inv": ["{co} want to meet you!", "Interview - {role}", "Next steps", "Re: {role} at {co}", "{co} - next stage",
            "Quick call?", "Update", "Interview invitation: {role} ({req})", "{co} update", "are you free {day}?",
            "Re: your application", "Following up", "Your application to {co}"],
    "resched": ["Re: Interview {day}", "Change of time", "Reschedule?", "Re: {co} interview - new time", "{co} update"],
    "ack": ["Re: {role} application", "Application received", "Your application to {co}", "{role} ({req})",
            "Re: CV", "Thanks for applying", "Re: {role}", "Following up"],
    "offer": ["OFFER!!", "{co} - great news", "Offer - {role}", "Re: {role} at {co}", "Update", "{co} update",
              "Your offer from {co}", "good news :)", "Next steps"],
}
SUBJECT_OF = {"rej": "rej", "rej_fb": "rej", "fb": "fb", "inv": "inv", "inv_fb": "inv", "resched": "resched",
              "ack": "ack", "ack_inv": "ack", "offer": "offer", "rej_inv": "rej"}


def employer_ctx(rng: random.Random) -> dict:
    ctx = kit.ctx_base(rng)
    co = kit.company(rng)
    ctx.update(kit.candidate(rng))
    ctx["co"] = co
    ctx["domain"] = kit.co_domain(rng, co)
    return ctx


def lookalike(rng: random.Random, kind: str, agency_voice: bool = True) -> tuple[str, list[str], bool]:
    """Return (subject, paragraphs, about_employer) for an unlabelled look-alike kind."""
    if kind in N.EMPLOYER_LOOKALIKE:
        options = [e for e in N.EMPLOYER_LOOKALIKE[kind] if agency_voice or not e[0].startswith("A|")]
        subj, lines = rng.choice(options or N.EMPLOYER_LOOKALIKE[kind])
        subj = subj[2:] if subj.startswith("A|") else subj
        return subj, list(lines), "{co}" in subj + " ".join(lines)
    subj, lines = rng.choice(N.GENERIC_LOOKALIKE[kind])
    return subj, list(lines), False


LABELLED_KINDS = set(SUBJECT_OF)
GENERIC_FROM_EMPLOYER = {"coffee", "salary_survey", "autoreply"}


def employer_message(rng: random.Random, prefix: str, family: str, n: int, style: str, kind: str,
                     html_mode: str = "text") -> dict:
    """One INBOX message from someone in the hiring chain (agency or employer side)."""
    ctx = employer_ctx(rng)
    p = persona(rng, style, ctx)
    ctx["agency"] = p["agency"] or ctx["co"]
    agency_voice = bool(p["agency"])
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    if kind in LABELLED_KINDS:
        paras, labels, topics, outside = core(rng, kind, agency_voice)
        subj = rng.choice(SUBJECTS[SUBJECT_OF[kind]])
        short = rng.random() < (0.6 if style in ("founder", "phone") else 0.25)
        about = True
    else:
        subj, paras, about = lookalike(rng, kind, agency_voice)
        short = rng.random() < 0.4
        if kind in N.EMPLOYER_LOOKALIKE and not agency_voice:
            about = True
    if style == "founder" and rng.random() < 0.5:
        paras = [" ".join(x if x.rstrip()[-1:] in ".!?:)" else x + "." for x in paras)]
    body = wrap(rng, p, paras, ctx, short=short)
    subject = kit.dress_subject(rng, kit.fill(subj, ctx), reply=rng.random() < 0.2)
    if style == "inmail":
        subject = rng.choice(["", "InMail: "]) + subject
        body += "\n\nReply to " + p["first"] + " on LinkedIn\nYou are receiving InMail notification emails. Unsubscribe"
    co = ctx["co"]
    company = co if (about and (co in subject or co in body or not agency_voice)) else None
    return kit.record(prefix, family, n, folder="INBOX", lang="en", from_name=p["from_name"],
                      from_addr=p["from_addr"], to_addr=ctx["me_addr"], subject=subject, body=body,
                      labels=labels, company=company, topics=topics, outside=outside,
                      html_mode=html_mode, rng=rng)


def weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


EMPLOYER_WEIGHTS = {
    "rej": 4.6, "rej_fb": 3.2, "fb": 1.5, "inv": 3.8, "inv_fb": 0.8, "resched": 1.3, "ack": 5.2, "ack_inv": 1.5,
    "offer": 4.8, "rej_inv": 1.5,
    "pitch": 1.8, "closed_before": 1.5, "checkin": 1.2, "pending": 2.1, "reminder": 1.8, "thanks_today": 1.8,
    "withdraw_ack": 0.7, "onboarding": 1.2, "referral": 0.6, "coffee": 0.6, "salary_survey": 0.4, "autoreply": 0.4,
}


def quota(rng: random.Random, weights: dict[str, float], n: int) -> list[str]:
    """Exactly n kinds in proportion to weights (largest remainder), shuffled - keeps the label
    mix stable instead of drifting with independent draws."""
    total = sum(weights.values())
    raw = {k: n * w / total for k, w in weights.items()}
    counts = {k: int(v) for k, v in raw.items()}
    rest = sorted(raw, key=lambda k: raw[k] - counts[k], reverse=True)
    for k in rest[: n - sum(counts.values())]:
        counts[k] += 1
    kinds = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(kinds)
    return kinds
