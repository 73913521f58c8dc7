"""Writer 41, real employer mail in English: founders' two-liners, hiring managers' long letters,
recruiters talking as if into a voice note, short replies over quoted threads, agency forwards of a
client's decision, and ATS mail (acknowledgements with test links, status pings, rejections).
The same voices also write mail that decides nothing (minimal pairs)."""

from __future__ import annotations

import _w41_kit as K
import _w41_say as S

FAMILY_PREFIX = "w41emp"

R, I, F, A, O = "rejection", "interview_invite", "feedback", "application_ack", "offer"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def ctx_for(rng):
    comp = K.company(rng)
    name, to = rng.choice(K.SEEKERS)
    mf, ml = K.person(rng)
    return dict(comp=comp, dom=K.domain_of(comp), to=to, cand=name, first=name.split()[0], role=rng.choice(K.ROLES),
                role2=rng.choice(K.ROLES), mgr=f"{mf} {ml}" if rng.random() < 0.5 else mf, day=K.date_phrase(rng),
                day2=K.date_phrase(rng), time=K.time_phrase(rng), pday=K.past_day(rng),
                link=rng.choice(["https://calendly.com/", "https://cal.", "https://meet.", "https://book."]) + K.domain_of(comp) + "/" + str(rng.randint(1000, 99999)),
                sal=rng.choice(["£62,000", "€71k", "$128,000", "£48k", "€58.000", "$95k base", "£80,000 plus equity", "CHF 118,000"]),
                month=rng.choice(K.MONTHS), ref=f"{rng.choice(['REQ', 'JR', 'APP'])}-{rng.randint(10000, 99999)}")


OFFER_GROW = [
    ("The one thing the panel flagged is that you haven't done much large-scale system design yet, so we'll pair you with a staff engineer for your first quarter.", ["system_design"]),
    ("The debrief had one note to work on: you could be more concise with stakeholders, and we'll support you with that.", ["communication"]),
    ("The only reservation was around people-management experience, which is why the offer is at senior rather than lead level for now.", ["experience_level"]),
]


def decide(rng, labs, reg, c):
    """Paragraphs that carry the decision, with the topics and reasons they name."""
    fmt = lambda s: K.fill(s, **c)  # noqa: E731
    out, topics, reasons = [], [], []
    rej_pool = S.REJ_CASUAL if reg == "casual" else S.REJ_FORMAL
    if A in labs:
        if reg == "casual":
            out.append(cap(fmt(rng.choice(S.ACK_HUMAN))))
        else:
            out.append(fmt(rng.choice(S.ACK_FORMAL)))
        if I in labs:
            out.append(fmt(rng.choice(S.ACK_TEST)))
        else:
            nx = rng.choice(S.ACK_NEXT_CASUAL if reg == "casual" else S.ACK_NEXT)
            if nx:
                out.append(nx)
    if R in labs:
        text, rs = rng.choice(rej_pool)
        reasons += rs
        lead = rng.choice(S.REJ_LEAD)
        frames = ["{lead} {Rej}.", "Unfortunately {rej}.", "I'm sorry to say {rej}.", "{lead} {Rej}.",
                  "After talking it through with the team, {rej}.", "We've now made a decision, and {rej}.", "{Rej}, I'm sorry."]
        if reg == "formal":
            frames += ["We are writing to let you know that {rej}.", "Having reviewed your application carefully, {rej}.",
                       "We wanted to update you on the {role} position: {rej}.", "{lead} On this occasion, {rej}.",
                       "Following the recent interviews, {rej}."]
        else:
            frames += ["Bad news, sorry - {rej}.", "So, {rej}.", "Long story short, {rej}.", "{lead} Basically {rej}."]
        frame = rng.choice(frames).replace("{role}", c["role"])
        if "shortlist" in text or "interview stage" in text:
            lead = rng.choice(["Thank you for applying.", "Thank you for your interest in this role.", "Thanks for sending your application."])
            frame = rng.choice(["{lead} Unfortunately {rej}.", "{lead} Having reviewed your application carefully, {rej}.", "{lead} {Rej}."])
        if lead.endswith("but"):
            frame = "{lead} {rej}."
        out.append(frame.replace("{lead}", lead).replace("{Rej}", cap(text)).replace("{rej}", text).strip())
        if F in labs:
            k = rng.choice([1, 1, 2])
            fbs = rng.sample(S.FB, k)
            for _, tp in fbs:
                topics += tp
            intro = rng.choice(S.FB_INTRO)
            praise = rng.choice(["", "", rng.choice(S.PRAISE).replace("the best they'd seen this year", "strong") + " "])
            out.append(f"{intro} {praise}" + " ".join(t for t, _ in fbs))
        if I in labs:
            out.append(fmt(rng.choice(S.OTHER_ROLE)))
        else:
            aft = rng.choice(S.REJ_AFTER)
            if aft:
                out.append(aft)
    if O in labs:
        pool = S.OFFER_CASUAL if reg == "casual" else S.OFFER_FORMAL
        lead = rng.choice(["Great news:", "I'm really happy to write this:", "Following your final interview,", "So,", "Good news!", ""])
        import re as _re
        out.append(cap(_re.sub(r"([!.] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), (lead + " " + fmt(rng.choice(pool))).strip())))
        if F in labs:
            p = rng.choice(S.PRAISE)
            if rng.random() < 0.45:
                g, tp = rng.choice(OFFER_GROW)
                topics += tp
                p += " " + g
            out.append(p)
        lg = fmt(rng.choice(S.OFFER_LOGI))
        if lg:
            out.append(lg)
    if I in labs and R not in labs:
        if F in labs:
            cand = [x for x in S.FB if "experience_level" not in x[1] and "questions_to_ask" not in x[1]]
            t, tp = rng.choice(cand)
            topics += tp
            out.append(rng.choice(["You did well enough in the first round that the team wants to see more.",
                                   "The first interview went well overall.", "Good news on the first round."])
                       + " " + rng.choice(["To be transparent, one note from the interviewer:", "One thing they'd like to probe further:",
                                           "Worth knowing before the next one:"]) + " " + t)
        if A not in labs:
            if rng.random() < 0.12 and F not in labs:
                out.append(fmt(rng.choice(S.RESCHED)))
            else:
                step, kind = rng.choice(S.INV_STEP)
                ask = rng.choice(S.INV_ASK_CASUAL if reg == "casual" else S.INV_ASK_FORMAL)
                pre = rng.choice(["Thanks for your application -", "Thanks for the chat earlier -", "Following your application,",
                                  "We enjoyed reading your application, and", "Quick one:", "Good news -", ""])
                out.append(cap((pre + " " + fmt(ask.replace("{step}", step))).strip()))
                out.append(fmt(rng.choice(S.LOGI_TASK if kind in ("takehome", "online") else S.INV_LOGI)))
    if not labs:
        out.append(fmt(rng.choice(S.NEG_EMP)))
    return out, topics, reasons


def subj_for(rng, labs, c, voice):
    role, comp = c["role"], c["comp"]
    neutral = [f"{role}", f"{comp} / {c['first']}", "Update", "Quick update", f"Your application - {role}", f"{role} at {comp}",
               "Following up", "Next steps", f"{comp}", "A note from " + comp, f"Re: {role} role", "hello", f"Re: our chat"]
    spec = []
    if R in labs:
        spec += [f"Your application for {role}", f"{role} - outcome", f"Update on your {comp} application", "Regarding your application"]
    if I in labs:
        spec += [f"Interview - {role}", "Next stage", f"Let's talk - {comp}", "Invitation to interview", f"Next step: {role}"]
    if O in labs:
        spec += [f"Offer - {role}", f"Welcome to {comp}?", "Good news", f"{comp} offer"]
    if A in labs:
        spec += [f"Thanks for applying to {comp}", f"Application received: {role}", f"We've got your application - {role}"]
    pool = neutral + spec * 2 if spec else neutral
    return rng.choice(pool)


def signature(rng, name, title, comp, dom, long=False):
    lines = [name]
    if title:
        lines.append(title + rng.choice([f", {comp}", f" | {comp}", f"\n{comp}"]))
    if long:
        lines.append(rng.choice([f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}", f"+49 30 {rng.randint(1000000, 9999999)}",
                                 f"+1 ({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}", f"www.{dom}"]))
        if rng.random() < 0.5:
            lines.append(rng.choice(["[cid:image001.png@01DA]", f"{comp} | We're hiring: {dom}/careers", "Pronouns: she/her",
                                     "Working hours Mon-Thu", "This email and any attachments are confidential and intended solely for the addressee."]))
    return "\n".join(lines)


# ---------------------------------------------------------------- founders
def founder(rng, n, labs):
    c = ctx_for(rng)
    fi, la = K.person(rng)
    paras, topics, reasons = decide(rng, labs, "casual", c)
    greet = rng.choice([f"Hi {c['first']},", f"{c['first']} -", "Hey,", f"Hey {c['first']}", f"Hi {c['first']}!"])
    body = greet + "\n\n" + " ".join(paras[:2]) + ("\n\n" + " ".join(paras[2:]) if paras[2:] else "")
    body = K.typo(rng, body, 0.03)
    sig = rng.choice([f"\n\n{fi}", f"\n\n— {fi}\nco-founder, {c['comp']}", f"\n\n{fi} {la}\nCEO @ {c['comp']}",
                      f"\n\n{fi}\n\nSent from my iPhone", f"\n\nthx\n{fi}", f"\n\n{fi} ({c['comp']})"])
    return K.record(FAMILY_PREFIX, "founder", n, from_name=f"{fi} {la}", from_addr=K.addr(fi, la, c["dom"], rng), to_addr=c["to"],
                    subject=subj_for(rng, labs, c, "founder"), body_text=body + sig, labels=labs, company=c["comp"],
                    topics=topics, outside=reasons)


# ---------------------------------------------------------------- hiring managers, long and warm
HM_OPEN = [
    "Thank you for coming in on {pday}. I really enjoyed our conversation about the migration you led - it's exactly the kind of problem we have here.",
    "First of all, thanks for the time you've given us over the last few weeks: three interviews and a take-home is a lot to ask of anyone.",
    "I hope you had a good weekend. I wanted to write to you personally rather than have this come through the system.",
    "It was a pleasure to meet you last week, and the team has talked about your interview a fair bit since.",
    "I've been meaning to write since Friday, sorry for the wait - we had a long debrief and I wanted to get it right.",
    "Thank you for your patience. Hiring for this team has taken longer than I expected, partly because we met several people we liked a lot.",
]
HM_OPEN += [
    "I'm sorry for the slow reply; the last fortnight has been all budget meetings.",
    "Thanks for the thoughtful follow-up note after your interview - it was kind of you.",
    "I promised I'd write by Wednesday, so here I am, just about on time.",
    "Before anything else: thank you for being so flexible with the scheduling, especially moving the second interview at a day's notice.",
    "It's been good getting to know you over these conversations - you asked the best questions about how we run incidents.",
    "Apologies for writing on a Sunday - I didn't want you to spend another weekend waiting.",
    "I know you have other processes going, so I wanted to get this to you quickly.",
]
HM_A = ["Thank you for coming in on {pday}.", "Thanks for the time you've given us over the past few weeks.", "Thank you for talking with us last week.",
        "Thanks again for the final interview.", "It was a real pleasure meeting you.", "Thank you for your patience while we finished the interviews.",
        "Thanks for the call on {pday}, and for the notes you sent afterwards.", "I appreciated how prepared you were for every round."]
HM_D = ["I especially enjoyed hearing about {detail}.", "The conversation about {detail} stuck with several of us.",
        "Your story about {detail} is still being quoted in our team channel.", "I keep thinking about what you said about {detail}.",
        "{mgr} was particularly taken with {detail}.", ""]
HM_DETAIL = ["the warehouse scanner rollout", "how you rebuilt the billing pipeline", "your year running support for a charity",
             "the migration off the old monolith", "the accessibility audit you led", "the way you handled the vendor outage",
             "your side project on bus timetables", "the pricing experiment that failed", "how you onboarded four juniors in one quarter",
             "your work on the returns process", "the dashboard nobody used until you interviewed the users"]
HM_CTX = [
    "For context, we saw eleven people for this role, and four of them made it to the final.",
    "We're a small team - six engineers and me - so every hire changes the shape of the group a lot.",
    "The team has grown quickly this year and we're trying to be careful about the balance of experience.",
    "I talked it through with {mgr}, who would have been your closest colleague, before writing this.",
    "We've also had a reorganisation since you first applied, which I'm afraid hasn't made things simpler.",
    "Our debrief took most of Thursday afternoon, which should tell you how seriously we took it.",
    "", "", "",
]
HM_OPEN_ACK = [
    "Your application came across my desk this morning - I'm the hiring manager for the {role} role.",
    "I'm writing because I run the team you applied to, and I like to answer applications myself.",
    "Thanks for reaching out about the {role} opening on my team.",
]
HM_CLOSE = [
    "If you'd like to talk any of this through, I'm happy to get on a call.", "Thank you again, and all the best for what comes next.",
    "Please do keep in touch - I mean that.", "Any questions, just reply to this email.",
    "I'm around all week if you want to chat.",
]
HM_TITLES = ["Head of Engineering", "Engineering Manager, Payments", "Director of Product", "VP Data", "Design Lead",
             "Head of Operations", "Finance Director", "Head of Marketing", "Principal Engineer & hiring manager"]


def hm(rng, n, labs):
    c = ctx_for(rng)
    fi, la = K.person(rng)
    reg = rng.choice(["casual", "formal", "formal"])
    paras, topics, reasons = decide(rng, labs, reg, c)
    greet = rng.choice([f"Dear {c['first']},", f"Hi {c['first']},", f"Hello {c['first']},"])
    opener = rng.choice(HM_OPEN)
    if rng.random() < 0.55:
        opener = (rng.choice(HM_A) + " " + rng.choice(HM_D).replace("{detail}", rng.choice(HM_DETAIL))).strip()
    if A in labs:
        opener = rng.choice(HM_OPEN_ACK)
    elif any("interview stage" in p or "shortlist" in p for p in paras):
        opener = HM_OPEN[5]
    ctxp = K.fill(rng.choice(HM_CTX), **c) if labs and A not in labs else ""
    body = [greet, K.fill(opener, **c)] + ([ctxp] if ctxp else []) + paras
    if rng.random() < 0.5:
        body.append(rng.choice(HM_CLOSE))
    sig = signature(rng, f"{fi} {la}", rng.choice(HM_TITLES), c["comp"], c["dom"], long=True)
    text = "\n\n".join(body) + "\n\n" + rng.choice(["Best,", "Kind regards,", "All the best,", "Thanks again,", "Cheers,"]) + "\n" + sig
    html = None
    if rng.random() < 0.4:
        html = K.html_simple(text.split("\n\n"), rng.choice(["Calibri", "Georgia", "Arial"]))
        if rng.random() < 0.35:
            text = ""
    return K.record(FAMILY_PREFIX, "hm", n, from_name=f"{fi} {la}", from_addr=K.addr(fi, la, c["dom"], rng), to_addr=c["to"],
                    subject=subj_for(rng, labs, c, "hm"), body_text=text, body_html=html, labels=labs, company=c["comp"],
                    topics=topics, outside=reasons)


_THEY = {"we're": "they're", "We're": "They're", "we've": "they've", "We've": "They've", "we'd": "they'd", "We'd": "They'd",
         "we'll": "they'll", "we": "they", "We": "They", "us": "them", "our": "their", "Our": "Their"}


def _theyify(p: str) -> str:
    import re
    return re.sub(r"\b(we're|We're|we've|We've|we'd|We'd|we'll|we|We|us|our|Our)\b", lambda m: _THEY[m.group(1)], p)


# ---------------------------------------------------------------- recruiters, voice-note style
VN_OPEN = ["Hiya {first}! ok so", "Hey {first}, quick one -", "Hi {first} :) so", "{first}! right,", "Hi hi, so",
           "Morning {first} - typing this between calls so excuse the typos -", "Hey! sorry for the radio silence, crazy week -"]
VN_MID = ["", "", "honestly", "(just got off the phone with them)", "not gonna lie", "so yeah", "anyway"]
VN_END = ["speak soon!!", "give me a shout if you want to chat it through", "ttyl", "lmk 🙏", "call me whenever x",
          "chat soon", "any qs just ring me"]
AGENCIES = ["Brightpath Talent", "Keel Recruitment", "Northstar Search", "Hiredly Partners", "Castor & Finch", "TechBridge People"]


def voice(rng, n, labs):
    c = ctx_for(rng)
    fi, la = K.person(rng)
    agency = rng.random() < 0.55 and not (set(labs) & {A, O})
    paras, topics, reasons = decide(rng, labs, "casual", c)
    if agency:
        who = rng.choice([f"the {c['comp']} team", f"{c['comp']}", f"the hiring manager at {c['comp']}"])
        paras = [_theyify(p) for p in paras]
        paras.insert(0, rng.choice([f"heard back from {c['comp']}", f"just had {c['comp']} on the phone", f"update on {c['comp']}",
                                    f"news re {c['comp']}"]) + " " + rng.choice(VN_MID) + " -")
    opener = K.fill(rng.choice(VN_OPEN), **c)
    flat = " ".join([opener] + [p[:1].lower() + p[1:] if (i == 0 or rng.random() < 0.5) and not p.startswith(("I ", "I'")) else p
                                for i, p in enumerate(paras)]
                    + [rng.choice(VN_END)])
    flat = K.typo(rng, flat.replace("  ", " "), 0.05)
    ag = rng.choice(AGENCIES)
    dom = K.domain_of(ag) if agency else c["dom"]
    sig = rng.choice([f"\n\n{fi}", f"\n\n{fi} {la}\nSenior Consultant\nM: 07{rng.randint(100000000, 999999999)}", f"\n\n{fi} x",
                      f"\n\n{fi}\nTalent Partner, {c['comp']}" if not agency else f"\n\n{fi} | {ag}"])
    comp = c["comp"]
    return K.record(FAMILY_PREFIX, "voice", n, from_name=f"{fi} {la}", from_addr=K.addr(fi, la, dom, rng), to_addr=c["to"],
                    subject=rng.choice([subj_for(rng, labs, c, "voice"), "update!", f"{c['comp']} update", "quick one", "news",
                                        "re: " + c["role"].lower()]),
                    body_text=flat + sig, labels=labs, company=comp, topics=topics, outside=reasons)


# ---------------------------------------------------------------- short replies over quoted threads
C_OPEN = ["I hope you're well.", "Hope your week's going OK.", "Sorry to bother you again.", "Hope you had a good weekend.", "", ""]
C_MID = [
    "I wanted to check in on my application for the {role} role - I interviewed with {mgr} on {day} and haven't heard since.",
    "Is there any news on the {role} position? I'd love to know where things stand.",
    "Just following up on the final round from {day}. I really enjoyed meeting everyone.",
    "I've had a second offer come in with a deadline on Friday, so I wanted to ask whether you expect a decision soon.",
    "Thanks again for the interview on {day}. I'd be keen to hear about next steps whenever you have them.",
    "I wanted to see whether the team has had a chance to look at my take-home yet.",
    "Could you let me know roughly when I might hear back? No pressure, just planning around a few things.",
    "I just wanted to make sure my application didn't get lost - the portal still shows it as submitted.",
    "Sorry for chasing, I know hiring takes time. Do you know when the panel will decide?",
    "I'm travelling from the 20th, so if there's a next step it would be great to know before then.",
    "Quick one: did you get the references I sent over on {day}?",
]
C_CLOSE = ["Many thanks,", "Best,", "Thanks so much,", "Kind regards,", "Cheers,", "All the best,"]
CAND_PRIOR = [
    "Hi {rec},\n\nI hope you're well. I wanted to check in on my application for the {role} role - I interviewed with {mgr} on {day} and haven't heard anything since. Is there any update?\n\nMany thanks,\n{cand}",
    "Hi {rec},\n\nThanks again for the call today. As mentioned, I'm very interested in the role and happy to do whatever the next step is.\n\nBest,\n{cand}",
    "Dear {rec},\n\nPlease find attached my CV and cover letter for the {role} position. I'd be glad to discuss my background at your convenience.\n\nKind regards,\n{cand}",
    "Hi {rec}, just a quick note to say I'm still very keen. I also have another process moving forward, so if there's any timeline you can share that would help a lot.\n\nThanks!\n{cand}",
    "Hello {rec},\n\nI've submitted the take-home exercise via the portal. Let me know if anything is unclear in the README.\n\nBest regards,\n{cand}",
]
REC_PRIOR = [
    "Hi {cand_first},\n\nThanks for your time on {day}. The team is meeting on Thursday to discuss all the candidates and I'll come back to you after that with an update either way.\n\nBest,\n{rec}",
    "Hi {cand_first},\n\nI'd like to set up an interview for the {role} position. Could you send me your availability for next week?\n\n{rec}",
]
REPLY_NEW = {
    "neg": ["Thanks {first}, noted - I'll let you know as soon as I hear something.", "Got it, thanks! Will keep you posted.",
            "Thanks for the nudge. No news yet I'm afraid, the panel meets Friday.", "Perfect, thanks for confirming.",
            "Thanks {first}. Still waiting on two of the interviewers, should have something by {day}."],
}


def reply(rng, n, labs):
    c = ctx_for(rng)
    fi, la = K.person(rng)
    rec_addr = K.addr(fi, la, c["dom"], rng)
    prior_pool = CAND_PRIOR
    if A in labs:
        prior_txt = CAND_PRIOR[2]
    elif rng.random() < 0.6:
        prior_txt = ("Hi {rec},\n\n" + " ".join(x for x in (rng.choice(C_OPEN), rng.choice(C_MID)) if x) + "\n\n"
                     + rng.choice(C_CLOSE) + "\n{cand}")
    else:
        prior_txt = rng.choice([x for x in CAND_PRIOR if x is not CAND_PRIOR[2]] if O in labs else CAND_PRIOR)
    prior = K.fill(prior_txt, rec=fi, role=c["role"], mgr=c["mgr"], day=K.past_day(rng), cand=c["cand"],
                   cand_first=c["first"])
    from_cand = prior_pool is CAND_PRIOR
    paras, topics, reasons = decide(rng, labs, rng.choice(["casual", "casual", "formal"]), c)
    if not labs and rng.random() < 0.5:
        paras = [K.fill(rng.choice(REPLY_NEW["neg"]), **c)]
    # new text is short: keep the first 1-3 decision paragraphs, merged
    keep = paras[:3] if F in labs or len(labs) > 1 else paras[:2]
    new = rng.choice([f"Hi {c['first']},\n\n", f"{c['first']},\n\n", "Hi,\n\n", ""]) + " ".join(keep) + "\n\n" + rng.choice([fi, f"{fi}\n\nSent from Outlook for iOS", f"Thanks,\n{fi}", f"{fi} {la}"])
    q = K.quote(rng, prior, c["cand"] if from_cand else f"{fi} {la}", c["to"] if from_cand else rec_addr, subject=c["role"])
    if rng.random() < 0.3 and A not in labs:  # a deeper thread
        q += "\n>\n" + "\n".join(">" + ln for ln in K.quote(rng, K.fill(rng.choice(REC_PRIOR), cand_first=c["first"], rec=fi, day=c["pday"], role=c["role"]),
                                                             f"{fi} {la}", rec_addr).strip().split("\n"))
    subj = "Re: " + rng.choice([f"{c['role']} application", f"Application - {c['role']}", "Following up", f"{c['role']} / {c['cand']}",
                                "Interview", "Checking in", f"{c['comp']} - next steps", "Take-home submission"])
    text, html = new + q, None
    if rng.random() < 0.25:
        import html as _h
        html = K.html_simple(new.split("\n\n"), "Calibri").replace(
            "</div></body></html>", '<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            + _h.escape(q.strip()).replace("\n", "<br>\n") + "</blockquote></div></div></body></html>")
    return K.record(FAMILY_PREFIX, "reply", n, from_name=f"{fi} {la}", from_addr=rec_addr, to_addr=c["to"], subject=subj,
                    body_text=text, body_html=html, labels=labs, company=c["comp"], topics=topics, outside=reasons)


# ---------------------------------------------------------------- agency forwards of a client's decision
FWD_NOTE = {
    R: ["{first}, they've come back on {comp}. It's not good news, sorry - full email below.", "Afraid it's a no from {comp}. I've pasted their email below so you can see exactly what they said.",
        "Sorry {first} - see below from {comp}. Gutted for you, you were so close.", "Bad news I'm afraid, {comp} have passed. Their note is below.",
        "Hi {first}, forwarding {comp}'s reply. Not the outcome we wanted.", "See below - {comp} aren't taking it forward. Call me later?"],
    I: ["{comp} liked your CV! They'd like to meet - see below.", "Below from {comp}: they want a first interview. I can do the scheduling if easier.",
        "Great news - {comp} want to meet you! See below and let me know what times work.", "{first}! Forwarding the invite from {comp} below, can you confirm?",
        "Hi {first}, {comp} came back and want to move you to the next round, details underneath."],
    O: ["!!!! {comp} want to offer you the job. Forwarding their email - ring me when you've read it.",
        "Hi {first}, very happy to pass this on: {comp} are making you an offer. Details below."],
    "neg": ["FYI, see below - {comp} are still interviewing so no decision yet. I'll chase Friday.",
            "Forwarding for info: {comp} have moved the interview to the new office address, nothing else changes.",
            "Hi {first}, {comp} asked for your right-to-work documents before the start date, see below."],
}


def fwd(rng, n, labs):
    c = ctx_for(rng)
    fi, la = K.person(rng)
    cf, cl = K.person(rng)
    agency = rng.choice(AGENCIES)
    key = R if R in labs else (O if O in labs else (I if I in labs else "neg"))
    note = K.fill(rng.choice(FWD_NOTE[key]), **c)
    if F in labs:
        note += rng.choice([" The feedback's actually useful this time.", " They did give some proper feedback, worth a read.", ""])
    paras, topics, reasons = decide(rng, labs, "formal", c)
    client = f"Hi {fi},\n\n" + rng.choice([f"Thanks for introducing {c['first']} to us.", f"Re {c['cand']}:", "Thanks for your patience on this one."]) + " " + rng.choice([f"Could you pass this on to {c['first']}:", f"Happy for you to forward this to {c['first']} as is.", f"Please share the below with {c['first']}."]) + "\n\n" + "\n\n".join(paras) + f"\n\nBest,\n{cf} {cl}\n{c['comp']}"
    client_addr = K.addr(cf, cl, c["dom"], rng)
    client_subj = rng.choice([f"{c['cand']} - {c['role']}", f"Candidate: {c['cand']}", f"RE: {c['role']} shortlist"])
    body = K.typo(rng, note, 0.03) + f"\n\n{fi}\n{agency}\n\n" + K.fwd_block(rng, client, f"{cf} {cl}", client_addr,
                                                                             K.addr(fi, la, K.domain_of(agency), rng), client_subj)
    comp = c["comp"] if rng.random() < 0.92 else None
    if comp is None:  # the client stays unnamed
        import re as _re
        body = _re.sub(r"\n" + _re.escape(c["comp"]) + r"$", "", body)
        body = body.replace(c["comp"], "the client").replace(c["dom"], "client-mail.net")
    return K.record(FAMILY_PREFIX, "fwd", n, from_name=f"{fi} {la}", from_addr=K.addr(fi, la, K.domain_of(agency), rng), to_addr=c["to"],
                    subject="Fwd: " + client_subj, body_text=body, labels=labs, company=comp, topics=topics, outside=reasons)


# ---------------------------------------------------------------- ATS mail
ATS_INTRO = [
    "Thank you for your interest in the {role} position at {comp}.", "Thank you for the time you have invested in our selection process.",
    "We appreciate you taking the time to apply for {role} ({ref}).", "Thank you for considering a career with {comp}.",
    "We're grateful for your interest in joining the {comp} team.", "Thanks for applying for {role}.",
]
ATS_NEG = [
    ("Your application is being reviewed", ["Thank you for your patience. The hiring team is still reviewing applications for {role}.",
                                            "We know waiting is hard. You will receive an email as soon as there's a decision."]),
    ("Reminder: your interview with {comp}", ["This is a reminder of your interview on {day} at {time}.",
                                               "If you need to reschedule, please contact your recruiter directly."]),
    ("Upload your documents", ["Please upload a copy of your degree certificate to your candidate account.",
                               "This is needed for all applications and doesn't mean a decision has been made."]),
    ("Your application status", ["Your application for {role} is still under review. We'll be in touch as soon as there is an update.",
                                 "No action is needed from you at this time."]),
    ("Complete your candidate profile", ["Your candidate profile for {comp} is 60% complete. Adding your work history helps our recruiters find you for future roles.",
                                        "Log in to finish your profile."]),
    ("Action required: confirm your interview details", ["Please confirm your phone number and time zone for the interview you booked on {day} at {time}.",
                                                        "If these details are already correct, you can ignore this message."]),
    ("We've updated our privacy notice", ["We have updated how {comp} processes candidate data. Your application is not affected.",
                                          "You can read the new notice in your candidate portal."]),
    ("Thanks for your interest in {comp}", ["You've joined our talent community. We'll send you roles that match your interests.",
                                            "This is not an application for a specific job."]),
]


def ats(rng, n, labs):
    c = ctx_for(rng)
    relay = rng.choice(K.ATS_RELAYS)
    topics, reasons = [], []
    if labs:
        paras, topics, reasons = decide(rng, labs, "formal", c)
        subj = subj_for(rng, labs, c, "ats")
    else:
        subj, paras = rng.choice(ATS_NEG)
        subj = K.fill(subj, **c)
        paras = [K.fill(p, **c) for p in paras]
    greet = rng.choice([f"Dear {c['cand']},", f"Hi {c['first']},", f"Dear {c['first']},", f"Hello {c['first']},"])
    sign = rng.choice([f"Kind regards,\nThe {c['comp']} Talent Acquisition Team", f"Best wishes,\n{c['comp']} Recruiting",
                       f"Sincerely,\nTalent Acquisition | {c['comp']}", f"With thanks,\nThe hiring team at {c['comp']}", f"Warm regards,\n{c['comp']} Careers",
                       f"Thank you,\n{c['comp']} People Team", f"Regards,\n{' '.join(K.person(rng))}\nRecruiter, {c['comp']}"])
    parts = [greet] + paras + [sign]
    if labs and rng.random() < 0.5:
        paras = [K.fill(rng.choice(ATS_INTRO), **c)] + paras
    foot = rng.choice([f"Please do not reply to this email; this mailbox is not monitored. Powered by {relay.split('.')[1].title()}.",
                       f"{c['comp']} · Candidate privacy notice · Accessibility · Unsubscribe from job alerts",
                       f"Questions about your data? Write to privacy@{c['dom']}. We keep application data for 6 months.",
                       f"Sent by {relay.split('.')[1].title()} on behalf of {c['comp']}. Replies to this address are not read.",
                       f"If you need adjustments for any part of our process, email accessibility@{c['dom']}.",
                       f"{c['comp']} is an equal opportunity employer. Your data is processed in line with our candidate privacy notice.",
                       f"You are receiving this email because you applied for a position at {c['comp']}."])
    btn = None
    if I in labs and rng.random() < 0.6:
        btn = (rng.choice(["Start assessment", "Schedule interview", "Choose a time"]), c["link"])
    elif not labs or A in labs:
        btn = ("View application", f"https://{relay}/portal")
    r = rng.random()
    if r < 0.45:
        html = K.html_branded(rng, c["comp"], parts, btn, foot)
        text = "" if rng.random() < 0.55 else K.text_of_html_parts(parts, btn, foot)
    else:
        html, text = None, K.text_of_html_parts(parts, btn, foot)
    return K.record(FAMILY_PREFIX, "ats", n, from_name=rng.choice([f"{c['comp']} Careers", f"{c['comp']}", f"{c['comp']} Talent Team",
                                                                  f"{c['comp']} via {relay.split('.')[1].title()}"]),
                    from_addr=rng.choice(["no-reply", "careers", "jobs", "talent"]) + "@" + relay, to_addr=c["to"], subject=subj,
                    body_text=text, body_html=html, labels=labs, company=c["comp"], topics=topics, outside=reasons)


N = ()
PLAN = {
    founder: [((R,), 16), ((R, F), 7), ((I,), 17), ((O,), 8), ((O, F), 3), ((R, I), 3), ((I, F), 2), (N, 10), ((A,), 6)],
    hm: [((R,), 15), ((R, F), 12), ((R, I), 4), ((I,), 10), ((O,), 9), ((O, F), 4), ((I, F), 3), (N, 10), ((A,), 4)],
    voice: [((R,), 17), ((R, F), 7), ((R, I), 3), ((I,), 18), ((O,), 8), ((O, F), 1), (N, 12), ((A,), 3), ((I, F), 2), ((A, I), 2)],
    reply: [((R,), 22), ((R, F), 5), ((I,), 21), ((O,), 7), ((A,), 7), (N, 14), ((R, I), 2), ((A, I), 2), ((I, F), 2)],
    fwd: [((R,), 15), ((R, F), 10), ((I,), 12), ((O,), 8), ((O, F), 1), (N, 5), ((R, I), 3)],
    ats: [((R,), 28), ((A,), 22), ((A, I), 8), ((I,), 16), ((O,), 3), (N, 10), ((R, F), 1)],
}


def generate(rng):
    n = 0
    for fn, plan in PLAN.items():
        for labs, k in plan:
            for _ in range(k):
                n += 1
                yield fn(rng, n, list(labs))
