"""Writer w7's assembly engine for employer-side mail: a Style (one family's look: sender, greeting
habits, signature, footer, HTML use, idiom) and `compose(kind)` which builds one record from the
sentence banks. Every kind shares the same shell, so only the meaning sentences differ by label.
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, field


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w7_kit")
L = _load("_w7_lines")

# the candidate's own words, quoted under employer replies (never decide the label)
CAND_PING = [
    "Hi, I applied for the {role} post a few weeks ago and just wondered if there was any update? Thanks, {first}",
    "Dear Sir/Madam, I would be grateful if you could let me know the status of my application for {role}. Regards, {full}",
    "Hello, thank you for the interview on {date}. I really enjoyed meeting the team. Kind regards, {first}",
    "Hi {sfirst}, just checking in on the {role} job. Happy to provide anything else you need. {first}",
    "Respected Sir/Madam, I have applied for the post of {role}. Kindly update me on the status. Thanking you, {full}",
]
FBREQ = [
    "Thank you for letting me know the outcome. Although disappointed, I would really appreciate any feedback on my interview so I can improve for the future.",
    "Thanks for getting back to me. Would it be possible to have some feedback on where I fell short? It would help me a lot with my next applications.",
    "I was sorry not to be successful this time. If the panel has any comments on my application or interview, I'd be very grateful to hear them.",
    "Many thanks for your email. Could you possibly tell me what I could have done better at the assessment centre?",
    "Hi {sfirst}, gutted but understand. Any pointers on what let me down? Cheers, {first}",
    "Respected Madam, I humbly request you to share the feedback of my interview so that I can work on my shortcomings.",
    "Would you be willing to give me ten minutes on the phone to talk through the panel's feedback?",
]


@dataclass
class Style:
    """One template family: how a given kind of employer writes."""

    family: str
    sectors: tuple[str, ...]
    sender: str  # portal | person | owner | agency
    html_only: float = 0.0
    html_alt: float = 0.0
    greet: tuple[int, ...] = ()  # indices into L.GREET; empty = all
    close: tuple[int, ...] = ()
    footers: tuple[int, ...] = ()
    idiom: str = ""  # "" | "in" (Indian English) | "casual" | "formal"
    wrap: int = 0
    brand: bool = True
    countries: tuple[str, ...] = ()
    letter: float = 0.0  # share of formal letters with an address block and a "Re:" line
    short: float = 0.0  # share of one- or two-line notes (small employers, busy managers)
    weights: dict[str, float] = field(default_factory=dict)


KIND_WEIGHTS = {
    "ack": 2.0, "ack_invite": 1.0, "invite": 3.2, "reject": 2.4, "reject_fb": 2.0, "reject_invite": 0.6,
    "fb_reply": 1.0, "offer": 2.2, "status": 1.4, "profile": 0.5, "reminder": 1.4, "thanks_today": 1.0,
    "onboard": 1.2, "reply_ping": 0.8,
}


def _slots(rng: random.Random, st: Style, emp, cand) -> dict:
    sfirst, slast = K.person(rng)
    role = K.role_for(rng, emp)
    role2 = K.role_for(rng, emp)
    while role2 == role and len(K.ROLES[emp.sector]) > 1:
        role2 = K.role_for(rng, emp)
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
    return {
        "cc": emp.cc, "sector": emp.sector, "first": cand.first, "last": cand.last, "full": cand.full, "company": emp.short,
        "role": role, "role2": role2, "ref": K.a_ref(rng, emp.sector), "date": K.a_date(rng, emp.cc),
        "time": K.a_time(rng), "place": K.place_for(rng, emp), "sender": f"{sfirst} {slast}",
        "sfirst": sfirst, "slast": slast, "stitle": rng.choice(L.TITLES[emp.sector]),
        "deadline": K.a_date(rng, emp.cc), "salary": rng.choice(L.SALARY[emp.cc][0]), "rate": rng.choice(L.SALARY[emp.cc][1]), "start": K.a_date(rng, emp.cc),
        "candno": f"{rng.randrange(100000, 999999)}", "topic": rng.choice(L.TOPICS_PRES),
        "bookhost": rng.choice(["book.hirestream.co.uk", "calendly.com", "interviews.vacancyline.net",
                                emp.domain + "/careers", "bookings.applyhub.co.za", "outlook.office365.com/book"]),
        "token": token, "regaddr": rng.choice(L.REGADDR), "regno": str(rng.randrange(1000000, 9999999)),
        "handle": emp.short.lower().replace(" ", "").replace("'", "")[:18],
    }


def _sender(rng: random.Random, st: Style, emp, s: dict) -> tuple[str, str]:
    if st.sender == "portal":
        name = rng.choice([f"{emp.short} Careers", f"Jobs at {emp.short}", f"{emp.short} Recruitment",
                           f"{emp.short} via HireStream", "no-reply", f"{emp.short} HR", "Recruitment Team",
                           f"{emp.short} People Services", f"{emp.short} Jobs"])
        addr = rng.choice([f"no-reply@{rng.choice(K.RELAYS)}", f"recruitment@{emp.domain}",
                           f"donotreply@{emp.domain}", f"jobs@{emp.domain}",
                           f"{emp.short.split()[0].lower().strip(chr(39))}@{rng.choice(K.RELAYS)}"])
        return name, addr
    if st.sender == "owner" and rng.random() < 0.5:
        return s["sender"], K.personal_addr(rng, s["sfirst"], s["slast"])
    return s["sender"], rng.choice([f"{s['sfirst'].lower()}.{s['slast'].lower().replace(' ', '').replace(chr(39), '')}@{emp.domain}",
                                   f"{s['sfirst'][0].lower()}{s['slast'].lower().replace(' ', '').replace(chr(39), '')}@{emp.domain}",
                                   f"hr@{emp.domain}", f"{s['sfirst'].lower()}@{emp.domain}"])


def _signature(rng: random.Random, st: Style, emp, s: dict) -> str:
    phone = rng.choice(L.PHONES[emp.cc]) + str(rng.randrange(100, 999))
    if st.sender == "portal":
        return rng.choice([f"Recruitment Team\n{emp.name}", f"{emp.name} Recruitment", f"The {emp.short} Resourcing Team",
                           f"People Services | {emp.name}", f"HR Department\n{emp.name}\n{s['place']}",
                           f"{s['sender']}\n{s['stitle']}\n{emp.name}"])
    if st.sender == "owner":
        return rng.choice([s["sfirst"], f"{s['sfirst']} {s['slast']}\n{emp.name}", f"{s['sfirst']} & the team at {emp.short}",
                           f"{s['sfirst']}\n{s['stitle']}, {emp.short}\n{phone}"])
    return rng.choice([
        f"{s['sender']}\n{s['stitle']}\n{emp.name}\nTel: {phone}",
        f"{s['sender']} | {s['stitle']} | {emp.name}",
        f"{s['sfirst']}\n\n{s['sender']}\n{s['stitle']}\n{emp.name}, {s['place']}\nT {phone}",
        f"{s['sender']}\n{s['stitle']}",
        f"{s['sender']} {rng.choice(['(she/her)', '(he/him)', '(they/them)', '| Part-time'])}\n{s['stitle']}\n{emp.name}\n{rng.choice(['Working days: Mon-Wed', 'I work Tues-Thurs', 'Please note my working days are Mon, Wed, Fri'])}",
        f"{s['sfirst']} {s['slast']}\n{s['stitle']}\nM: {phone}\nW: www.{emp.domain}",
    ])


def _idiom(rng: random.Random, st: Style) -> str:
    if st.idiom == "in":
        return rng.choice(["Kindly do the needful.", "Please revert in case of any queries.",
                           "Kindly acknowledge the receipt of this mail.", "Request you to revert at the earliest.", ""])
    return ""


def compose(rng: random.Random, st: Style, kind: str, n: int, prefix: str) -> dict:
    pool = [e for e in K.EMPLOYERS if e.sector in st.sectors and (not st.countries or e.cc in st.countries)]
    emp = rng.choice(pool)
    cand = K.Candidate(rng)
    s = _slots(rng, st, emp, cand)
    f = lambda bank: K.pick(rng, bank, s)  # noqa: E731
    labels: list[str] = []
    topics: list[str] = []
    outside: list[str] = []
    quote_src: str | None = None  # text quoted under the new message
    quote_from_emp = False  # True when the quoted text is the employer's own earlier mail
    company: str | None = emp.short
    agency_note = ""
    if st.sender == "agency":
        same = [a for a in K.BY_SECTOR["agency"] if a.cc == emp.cc]
        agency = rng.choice(same or K.BY_SECTOR["agency"])
        s["stitle"] = rng.choice(L.TITLES["agency"])
        # the agency relays the client's decision; the client is the company when named
        if rng.random() < 0.8:
            agency_note = rng.choice([f"I've heard back from {emp.short} about the {s['role']} role.",
                                      f"Update from my client {emp.short} regarding {s['role']}.",
                                      f"{emp.short} have come back to me on your application.",
                                      f"Quick one about the {s['role']} booking with {emp.short}."])
        else:
            s["company"] = agency.short
            company = agency.short
            agency_note = f"Regarding the {s['role']} position I put you forward for."
        emp_sig = agency
    else:
        emp_sig = emp

    paras: list[str] = []
    subj_bank: list[str]
    if kind == "ack":
        labels = ["application_ack"]
        paras = [K.para(f(L.THANKS_APPLY), f(L.ACK)), K.para(f(L.ACK_NEXT), K.maybe(rng, .5, f(L.ACK_NEXT)))]
        subj_bank = ["Application received – {role}", "Thank you for applying to {company}", "Your application: {role} ({ref})",
                     "{ref} - acknowledgement", "We've got your application!", "Your application for {role}",
                     "Confirmation of application", "{company}: application submitted", "RE: {role}"]
    elif kind == "ack_invite":
        labels = ["application_ack", "interview_invite"]
        paras = [K.para(f(L.THANKS_APPLY), f(L.ACK)),
                 K.para(rng.choice(["The next step in our process is an online assessment.",
                                    "All applicants are invited to complete a short situational judgement test.",
                                    "As the next stage, we'd like you to record a short video interview.",
                                    "Before shortlisting, please complete our numeracy and literacy assessment."]),
                        f(L.INV_WHEN[4:5] + L.INV_WHEN[3:4]), f(L.INV_CONFIRM))]
        subj_bank = ["Application received - next steps", "Your application for {role}: online assessment",
                     "Thank you for applying – please complete your assessment", "{company} application ({ref})"]
    elif kind == "invite":
        labels = ["interview_invite"]
        opener = f(L.THANKS_APPLY) if rng.random() < .5 else ""
        paras = [K.para(opener, f(L.INV)), K.para(f(L.INV_FORMAT), f(L.INV_WHEN)), K.para(f(L.INV_BRING), f(L.INV_CONFIRM))]
        subj_bank = ["Invitation to interview – {role}", "Interview - {role} {ref}", "Shortlisted: {role}",
                     "Next steps with {company}", "Assessment centre invitation", "Trial shift?",
                     "Interview call letter - {role}", "Your application for {role}", "Update from {company}",
                     "{role} - interview", "Quick chat?", "Re: {role}", "📅 Book your interview slot"]
    elif kind in ("reject", "reject_fb", "reject_invite"):
        labels = ["rejection"]
        met = rng.random() < .5
        opener = f(L.THANKS_MET) if met else f(L.THANKS_APPLY)
        # after an interview the decision must not talk about shortlisting, and vice versa
        pre_words = ("shortlist", "selected for interview", "online assessment", "not selected you for interview")
        post_words = ("interview", "trial shift", "assessment centre", "second", "appointed")
        rej_bank = [r for r in L.REJ if not any(w in r for w in (pre_words if met else post_words))]
        reason = ""
        if rng.random() < .4:
            tag = rng.choice([t for t in L.REJ_REASON if kind != "reject_invite" or t != "budget_freeze"])
            reason = f(L.REJ_REASON[tag])
            outside = [tag]
            if tag in ("budget_freeze", "role_cancelled"):  # nobody was appointed, so drop "someone else" decisions
                rej_bank = [r for r in rej_bank if not any(w in r for w in ("another", "someone else", "appoint", "go with", "offered the"))]
        soft_bank = [x for x in L.REJ_SOFT if met or "interview" not in x]
        decision = K.para(f(soft_bank), f(rej_bank))
        paras = [K.para(opener, decision)] if rng.random() < .6 else [opener, decision]
        paras.append(reason)
        if kind == "reject_fb":
            labels.append("feedback")
            fb, topics = feedback_block(rng, s)
            paras.append(fb)
        elif kind == "reject_invite":
            labels.append("interview_invite")
            paras.append(K.para(rng.choice([
                "However, the panel felt you would be well suited to our {role2} vacancy and would like to invite you to interview for that post instead.",
                "That said, we have another opening as {role2} and I'd like to invite you for a chat about it.",
                "We would, however, like to invite you to an interview for the {role2} position, which we think matches your experience.",
                "The good news is the manager for {role2} would like to meet you - are you free on {date} at {time}?",
            ]).format_map(K.Slots(s)), f(L.INV_CONFIRM)))
        else:
            paras.append(f(L.REJ_NOFB))
        paras.append(f(L.REJ_FUTURE))
        subj_bank = ["Your application for {role}", "Outcome of your application – {ref}", "{role} - update",
                     "Application outcome", "Re: {role}", "Update from {company}", "Your interview for {role}",
                     "Application status: {role}", "Regarding your application", "{company} – {role} ({ref})",
                     "Interview outcome", "Next steps with {company}"]
    elif kind == "fb_reply":
        labels = ["feedback"]
        fb, topics = feedback_block(rng, s)
        paras = [rng.choice(["Thanks for your email and for asking - not everyone does.",
                             "Apologies for the slow reply; I wanted to speak to the panel first.",
                             "Of course, happy to share some thoughts.", "Thank you for your gracious response."]),
                 fb]
        quote_src = f(FBREQ)
        subj_bank = ["Re: Interview feedback", "RE: {role} - feedback", "Re: Application outcome", "Feedback",
                     "AW: Your interview for {role}"]
    elif kind == "offer":
        labels = ["offer"]
        paras = [K.para(f(L.THANKS_MET) if rng.random() < .4 else "", f(L.OFFER)),
                 K.para(f(L.OFFER_TERMS), f(L.OFFER_TERMS)), K.para(f(L.OFFER_COND), f(L.OFFER_REPLY))]
        subj_bank = ["Offer of employment – {role}", "Conditional offer of employment", "Good news!",
                     "Your offer from {company}", "Offer letter - {role} ({ref})", "Re: {role}",
                     "Update from {company}", "{role} 🎉", "Next steps with {company}"]
    elif kind == "status":
        paras = [K.para(f(L.THANKS_APPLY), f(L.STATUS)), rng.choice(L.ACK_NEXT[2:4] + L.REJ_FUTURE[-1:])]
        subj_bank = ["Your application for {role}", "Application update – {role}", "Update from {company}",
                     "Application status: {role}", "{role} - update", "Regarding your application"]
    elif kind == "profile":
        paras = [f(L.PROFILE), rng.choice(["Log in to continue: https://{bookhost}/account",
                                           "Click here to finish your application.", ""]).format_map(K.Slots(s))]
        subj_bank = ["Your application for {role} is incomplete", "Don't miss out – {role}", "Action needed: your profile",
                     "Finish your application", "{company}: complete your application"]
    elif kind == "reminder":
        paras = [f(L.REMINDER), K.para(f(L.INV_BRING), rng.choice(["Good luck!", "See you then.", ""]))]
        subj_bank = ["Interview reminder", "Reminder: {role} interview", "Your interview on {date}", "Re: Invitation to interview – {role}",
                     "Tomorrow", "Interview - {role} {ref}"]
        if rng.random() < .4:
            quote_src = K.para(f(L.INV), f(L.INV_WHEN))
            quote_from_emp = True
    elif kind == "thanks_today":
        paras = [f(L.THANKS_TODAY), f(["We hope to let you know by {date}.", "We'll be in touch once all the interviews are done.",
                                       "If you have any questions in the meantime, just drop me a line.", "", ""])]
        subj_bank = ["Thanks for today", "Re: Interview - {role}", "Following your interview", "Today", "{role} interview"]
    elif kind == "onboard":
        first_step = f(L.ONBOARD)
        second = f(L.ONBOARD) if rng.random() < .6 else ""
        paras = [first_step, second if second != first_step else ""]
        subj_bank = ["Pre-employment checks", "Welcome to {company}!", "New starter paperwork", "Next steps with {company}",
                     "Your first day", "Re: Offer of employment – {role}", "[in] Joining formalities", "[uk] DBS check - action required"]
    elif kind == "reply_ping":
        paras = [rng.choice(["Thanks for getting in touch. I'm still waiting to hear from the manager and will update you as soon as I can.",
                             "Thanks for your message - no news yet, I'm afraid, but you're still in the running.",
                             "Thank you for your email. We are still finalising interview dates and will be in touch.",
                             "Apologies for the delay. The panel meets next week; I'll let you know either way."])]
        quote_src = f(CAND_PING)
        subj_bank = ["Re: {role} application", "RE: Application status", "Re: Following up"]
    else:
        raise ValueError(kind)

    if agency_note:
        paras.insert(0, agency_note)
    short_kind = {"reject_invite": None, "reject_fb": None, "ack_invite": None}.get(kind, kind)
    if short_kind in ONE_LINERS and rng.random() < st.short and not agency_note:
        paras = [f(ONE_LINERS[short_kind])]
        outside = []
    letter_head = ""
    if rng.random() < st.letter:
        letter_head = (f"PRIVATE AND CONFIDENTIAL\n{cand.full}\n{rng.choice(LETTER_ADDR[emp.cc])}\n\n{K.a_date(rng, emp.cc)}\n\n"
                       + (f"Our ref: {s['ref'].split(': ')[-1]}" if rng.random() < .5 else ""))
        paras.insert(0, f"Re: Post of {s['role']}" if rng.random() < .5 else f"{s['role'].upper()} - {s['ref']}")
    idiom = _idiom(rng, st) if not kind.startswith("reject") else ""
    greet = L.GREET[rng.choice(st.greet)] if st.greet else rng.choice(L.GREET)
    close = L.CLOSE[rng.choice(st.close)] if st.close else rng.choice(L.CLOSE)
    sig = _signature(rng, st, emp_sig, s)
    footer = L.FOOTERS[rng.choice(st.footers)] if st.footers else rng.choice(L.FOOTERS)
    new_text = K.body(letter_head, K.fill(greet, s), *[p for p in paras if p], idiom, f"{close}\n{sig}")
    if st.wrap:
        new_text = K.wrap(new_text, st.wrap)
    from_name, from_addr = _sender(rng, st, emp_sig, s)
    subject = f(subj_bank)
    if quote_src is not None:
        if not subject.lower().startswith(("re", "aw")):
            subject = "Re: " + subject
        if quote_from_emp:
            qtext = K.quoted(rng, K.fill(quote_src, s), from_name, from_addr, subject.split(": ", 1)[-1], cand.full, cand.addr)
        else:
            qtext = K.quoted(rng, K.fill(quote_src, s), cand.full, cand.addr, subject.split(": ", 1)[-1], s["sender"], from_addr)
        new_text = new_text + "\n" + qtext + "\n"
    if footer:
        new_text = new_text + "\n" + K.fill(footer, {**s, "company": emp_sig.name}) + "\n"
    if rng.random() < .12:
        subject = rng.choice(["[External] ", "[EXTERNAL] ", "EXTERNAL: "]) + subject
    text, html = new_text, None
    r = rng.random()
    if r < st.html_only:
        text, html = "", K.to_html(rng, new_text, emp_sig.name if st.brand else None)
    elif r < st.html_only + st.html_alt:
        html = K.to_html(rng, new_text, emp_sig.name if st.brand else None)
    if kind in ("profile",) and rng.random() < .3:
        company = emp.short  # a specific employer's portal nudging; still about that employer
    return K.record(prefix, st.family, n, from_name=from_name, from_addr=from_addr, to_addr=cand.addr,
                    subject=subject, text=text, html=html, labels=labels, company=company,
                    topics=topics, outside=outside)


ONE_LINERS = {
    "ack": ["Got your CV {first}, thanks - will be in touch.", "Thanks {first}, received. Will have a look over the weekend.",
            "Cheers for the application, it's with the boss now.", "Received, thank you!"],
    "invite": ["Can you come in Tuesday at {time} for a chat? Ask for {sfirst}.", "Free for a quick call tomorrow about the job? Say 4pm?",
               "Pop in Thursday morning and we'll have a proper chat about the {role} job.",
               "Would you be able to do a couple of hours' trial on Saturday? Let me know."],
    "reject": ["Thanks {first} but we've gone with someone else for this one. Best of luck.",
               "Sorry {first}, it's not going to work out this time. Thanks for coming in though.",
               "We'll pass this time, but thanks for your interest.",
               "Afraid we've decided not to go ahead with you for the {role} job. All the best."],
    "offer": ["Job's yours if you want it! Start Monday? Same hours as we talked about.",
              "We'd like to offer you the {role} job - {rate} an hour, starting next week. Let me know!",
              "Great news {first}, we'd love to have you. Can you start on the 1st?"],
    "reminder": ["See you tomorrow at {time}, don't forget your ID.", "Just checking we're still on for {time} tomorrow?"],
    "thanks_today": ["Thanks for coming in today {first}. I'll let you know by Friday.", "Good to meet you earlier - will be in touch."],
    "status": ["No news yet {first}, still waiting on the boss. Will let you know.", "Haven't forgotten you! Still deciding."],
}
LETTER_ADDR = {"uk": ["14 Mill Lane\nHexham\nNE46 2AB", "2 Church View\nWrexham LL11 1AA", "9 Orchard Close\nDerby DE22 3FG"],
               "ie": ["Flat 3, 22 Quay Street\nGalway", "45 Harbour Road\nCork T12 X2Y3"],
               "au": ["7 Banksia Court\nBallarat VIC 3350", "3/19 Esplanade\nCairns QLD 4870"],
               "in": ["B-204, Shanti Residency\nKothrud, Pune 411038", "12, 3rd Cross, Jayanagar\nMysuru 570014"],
               "ca": ["88 Elm Street\nMoncton NB E1C 4B2", "1402-55 King St\nHamilton ON L8P 1A1"],
               "za": ["12 Protea Road\nClaremont 7708", "5 Jacaranda Ave\nPolokwane 0699"]}


def feedback_block(rng: random.Random, s: dict) -> tuple[str, list[str]]:
    """A paragraph of evaluative feedback and the weakness topics it names."""
    weights = {"communication": 4, "behavioural": 4, "experience_level": 3, "technical_depth": 3, "composure": 2,
               "questions_to_ask": 2, "collaboration": 2, "cv_positioning": 3}
    n = rng.choice([1, 1, 1, 2, 2, 3]) if rng.random() < .93 else 0
    topics: list[str] = []
    pool = list(weights)
    while len(topics) < n:
        t = rng.choices(pool, [weights[p] for p in pool])[0]
        if t not in topics:
            topics.append(t)
    sents = [K.pick(rng, L.FB_WEAK[t], s) for t in topics]
    praise = [K.pick(rng, L.FB_PRAISE, s) for _ in range(rng.choice([1, 1, 2]) if (not topics or rng.random() < .6) else 0)]
    if praise and rng.random() < .7:
        sents = praise + ([rng.choice(["However,", "On the other hand,", "Where you fell short:", "That said,"])] if sents else []) + sents
        joined = K.para(*sents).replace("However, ", "However, ").replace(": ", ": ")
    else:
        joined = K.para(*(sents + praise))
    # lower-case the word after a connective so "However, Your ..." reads naturally
    for con in ("However, ", "That said, ", "On the other hand, "):
        i = joined.find(con)
        if i >= 0 and i + len(con) < len(joined):
            j = i + len(con)
            joined = joined[:j] + joined[j].lower() + joined[j + 1:]
    return K.para(rng.choice(L.FB_INTRO), joined, rng.choice(L.FB_OUTRO)), topics


def run_family(rng: random.Random, st: Style, count: int, prefix: str):
    """Yield `count` records whose kinds follow the weights by quota (largest remainder), in random order."""
    weights = {k: w for k, w in {**KIND_WEIGHTS, **st.weights}.items() if w > 0}
    total = sum(weights.values())
    exact = {k: w * count / total for k, w in weights.items()}
    quota = {k: int(v) for k, v in exact.items()}
    for k in sorted(exact, key=lambda k: exact[k] - quota[k], reverse=True)[: count - sum(quota.values())]:
        quota[k] += 1
    kinds = [k for k, q in quota.items() for _ in range(q)]
    rng.shuffle(kinds)
    for n, kind in enumerate(kinds, 1):
        yield compose(rng, st, kind, n, prefix)
