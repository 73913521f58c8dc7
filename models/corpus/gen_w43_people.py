"""w43: hiring managers, founders, team leads, in-house and agency recruiters writing short mail in
ten English registers (US, UK, Irish, Australian, Indian, South African, Canadian, non-native), often
from a phone or over a quoted thread. Decisions, invitations, acks, offers and their look-alikes."""

from __future__ import annotations

import random
from typing import Iterable

import _w43_kit as K
import _w43_neg as N
import _w43_say as S

FAMILY_PREFIX = "w43people"

V = K.Voice
VOICES = [
    V("founder", "us", "w43-founder-phone",
      greets=["hey {first}", "hi {first}", "{first} -", "hey!", "", "hi {first},"],
      signs=["", "-{me}", "{me}", "thx, {me}", "cheers\n{me}"],
      titles=["founder", "co-founder & CEO", "CTO / co-founder", "founder, {co}"],
      lower=0.8, phone=0.6, thread=0.35, mangle_heavy=True, us_dates=True,
      openers=["sorry for the slow reply, fundraising week.", "ok so.", "quick one.", "circling back."],
      closers=["lmk", "holler with questions", "text me if easier: 415 555 0148"]),
    V("usrec", "us", "w43-us-inhouse-recruiter",
      greets=["Hi {first},", "Hey {first}!", "Hi {first} -", "{first},", "Good morning {first},"],
      signs=["Best,", "Thanks!", "Talk soon,", "Best,", "Warmly,"],
      titles=["Recruiter, {co}", "Talent Partner | {co}", "Technical Recruiter", "Sr. Recruiter, {co} (she/her)"],
      lower=0.15, phone=0.25, thread=0.4, us_dates=True,
      openers=["hope your week's off to a good start!", "thanks for your patience on this one.", "wanted to loop back."],
      closers=["happy to hop on a call if that's easier.", "feel free to text or email."],
      extra={"rej": ["I wish I had better news, but the team has decided not to move forward."],
             "inv": ["the team would love to keep the conversation going! can you do {day} at {time} ET?"]}),
    V("ukteam", "uk", "w43-uk-teamlead",
      greets=["Hi {first},", "Hiya {first},", "Morning {first},", "{first} -", "Afternoon {first},"],
      signs=["Cheers,", "Many thanks,", "Best,", "All the best,", "Ta,", "Speak soon,"],
      titles=["Engineering Lead, {co}", "Head of Data", "Team Lead, Platform", "Design Lead | {co}"],
      lower=0.2, phone=0.3, thread=0.45,
      openers=["hope you're well.", "apologies for the radio silence.", "right, news on the role."],
      closers=["shout if anything's unclear.", "any questions, just give me a ring."],
      extra={"rej": ["I'm afraid we won't be taking you forward on this occasion.",
                     "we're not going to progress things, I'm sorry to say."],
             "inv": ["would you be free for a natter with {pm} {day} afternoon? about half an hour."]}),
    V("ukagency", "uk", "w43-uk-agency-recruiter",
      greets=["Hi {first},", "Hiya {first},", "{first},", "Morning {first}!"],
      signs=["Cheers,", "Speak soon,", "Best,", "Thanks,"],
      titles=["Senior Consultant | Ridgeback Talent", "Principal Consultant, Tech | Harewood Search",
              "Recruitment Consultant - Ridgeback Talent"],
      lower=0.3, phone=0.45, thread=0.35,
      openers=["tried ringing you earlier.", "just off the phone with the client.", "quick update."],
      closers=["give me a ring when you're free.", "happy to talk it through on the phone."],
      agency=[("Ridgeback Talent", "ridgebacktalent.co.uk"), ("Harewood Search", "harewoodsearch.co.uk")]),
    V("ieteam", "ie", "w43-irish-smallfirm",
      greets=["Hi {first},", "Howya {first},", "Hi {first}, hope you're keeping well.", "Hello {first},"],
      signs=["Thanks a million,", "Talk soon,", "All the best,", "Cheers,", "Thanks,"],
      titles=["Operations Manager", "Director, {co}", "Head of Engineering", "HR & Office Manager"],
      lower=0.2, phone=0.3, thread=0.35,
      openers=["sorry for the delay getting back, it's been mad here.", "hope the week is treating you well.",
               "grand to hear from you."],
      closers=["sure give me a shout if you want to chat.", "don't be a stranger."],
      extra={"rej": ["we'll not be taking your application any further this time, I'm sorry."],
             "inv": ["would you be around {day} for a chat with myself and {pm}? won't take long."]}),
    V("auagency", "au", "w43-aus-agency-recruiter",
      greets=["Hey {first},", "G'day {first},", "Hi {first},", "Morning {first},"],
      signs=["Cheers,", "Thanks heaps,", "Speak soon,", "Cheers mate,"],
      titles=["Talent Consultant | Coolabah People", "Senior Recruiter - Tech, Saltwater Recruitment"],
      lower=0.35, phone=0.5, thread=0.3,
      openers=["hope the week's treating you well.", "just got off the phone with them.", "quick one this arvo."],
      closers=["no worries if you've got questions, just give me a bell.", "call me whenever."],
      agency=[("Coolabah People", "coolabahpeople.com.au"), ("Saltwater Recruitment", "saltwaterrec.com.au")]),
    V("inhr", "in", "w43-indian-hr",
      greets=["Dear {first},", "Hi {first},", "Dear {first} {last},", "Hello {first}, greetings of the day."],
      signs=["Regards,", "Thanks & Regards,", "Warm regards,", "Best regards,"],
      titles=["HR Executive, {co}", "Talent Acquisition Lead", "Sr. HR Business Partner | {co}", "Founder's Office"],
      lower=0.1, phone=0.2, thread=0.35,
      openers=["hope you are doing well.", "this is with reference to your candidature for {role}.",
               "as discussed over call today,"],
      closers=["kindly revert in case of any queries.", "please do the needful and confirm.",
               "feel free to reach me on +91 98450 22317."],
      extra={"rej": ["your profile has not been shortlisted for further rounds at this point of time.",
                     "the panel has decided not to proceed further with your candidature."],
             "inv": ["we would like to schedule your technical round on {day} at {time} IST, kindly confirm your availability.",
                     "request you to be available for a virtual discussion with {pm} tomorrow, timing {time}."],
             "ack": ["we have received your resume and the same has been forwarded to the concerned team."],
             "offer": ["we are pleased to inform that you have been selected for the {role} position, offer details attached."]}),
    V("zarec", "za", "w43-south-african-recruiter",
      greets=["Hi {first},", "Hey {first},", "Morning {first},", "Howzit {first},"],
      signs=["Cheers,", "Kind regards,", "Thanks,", "Shot,"],
      titles=["Talent Acquisition, {co}", "Recruitment Specialist", "People Partner | {co}"],
      lower=0.25, phone=0.35, thread=0.3,
      openers=["hope you're well and the load-shedding isn't too bad your side.", "apologies, been a crazy week.",
               "just a quick note."],
      closers=["shout if you need anything.", "I'll chat to you just now if you want to call."],
      extra={"rej": ["unfortunately the team has decided not to take you through to the next round."],
             "inv": ["are you available for a Teams call {day} at {time}? shouldn't take longer than 30 mins."]}),
    V("cahm", "ca", "w43-canadian-hiring-manager",
      greets=["Hi {first},", "Hey {first},", "Good morning {first},", "Hi {first} / Bonjour {first},"],
      signs=["Thanks,", "Cheers,", "Best,", "Merci / thanks,"],
      titles=["Director, Product", "Engineering Manager, {co}", "Hiring Manager | {co}", "VP Operations"],
      lower=0.2, phone=0.3, thread=0.4, us_dates=True,
      openers=["hope the week's going well.", "sorry, long weekend slowed us down.", "thanks again for your patience."],
      closers=["happy to chat if you have questions.", "reach out anytime."],
      extra={"inv": ["could you come by the office {day}? we're on the 6th floor, the one above the coffee place."]}),
    V("nnlead", "nn", "w43-nonnative-lead",
      greets=["Dear {first},", "Hello {first},", "Hi {first}", "Dear {first} {last},", "Good day {first},"],
      signs=["Best regards", "Greetings,", "Kind regards from Porto,", "BR,", "With best regards,"],
      titles=["CTO, {co}", "Team Lead Backend", "Head of People", "Co-founder", "Engineering Manager"],
      lower=0.15, phone=0.25, thread=0.35,
      openers=["I write you regarding your application.", "I hope this mail finds you good.",
               "thank you for the patience with us."],
      closers=["if you have some questions, don't hesitate.", "have a nice weekend already.",
               "we stay in contact."],
      extra={"rej": ["we decided to not continue with you in the process, I am sorry.",
                     "we will not go further together in this process."],
             "inv": ["we would like to invite you to the next round, is it possible on {day} at {time} CET?",
                     "can you make a call with our team lead {pm} in this week? he has time {day}."],
             "offer": ["we are happy to make you the offer for the {role} position, the contract draft is attached."]}),
]

KIND_WEIGHTS = [
    ("rej", 10), ("rej_reason", 8), ("rej_fb", 7), ("rej_praise", 2), ("rej_nofb", 3), ("rej_other", 2),
    ("inv", 11), ("resched", 5), ("inv_fb", 3),
    ("ack", 4), ("ack_ref", 2), ("ack_inv", 3),
    ("offer", 11), ("fb_reply", 3),
    # look-alikes
    ("reminder", 7), ("thanks", 6), ("status", 7), ("onboard", 5), ("reference", 3),
    ("closed_before", 2), ("withdraw_ack", 3), ("cold", 6),
]

SUBJECTS = {
    "rej": ["{role}", "update", "re your application", "{co} - {role}", "news on {role}", "following up",
            "quick update", "our decision", "", "{role} role", "sorry", "where we landed"],
    "inv": ["next step?", "chat?", "{role} - next round", "quick call", "round 2", "are you free {day}?", "take-home",
            "{co} interview", "update", "{role}", "", "meeting the team"],
    "resched": ["change of time", "need to move our call", "reschedule?", "tomorrow's call", "small change", "update"],
    "ack": ["got it", "your application", "received", "{role} application", "re: CV", "thanks for applying", "{role}",
            "{co}"],
    "offer": ["good news", "offer", "{co} + you", "the {role} job", "update", "{role}", "numbers", ""],
    "neg": ["{role}", "update", "tomorrow", "quick note", "{co}", "following up", "", "next week", "hello from {co}",
            "{role} at {co}", "checking in"],
}

CAND_PRIOR = [
    "Hi {me},\n\nJust checking in on the {role} role, is there any news?\n\nThanks,\n{first}",
    "Hi {me}, thanks again for yesterday, I really enjoyed meeting the team.\n\nBest,\n{first}",
    "Hello,\nPlease find my CV attached for the {role} position.\nKind regards,\n{first} {last}",
    "Hey {me}, great talking today. Let me know if you need anything else from me.\n{first}",
    "Hi {me},\nI've sent the take-home back, the repo link is in the README. Any questions, shout.\n{first}",
    "Hi {me}, hope all's well. Any update on timing for the {role} decision?\nCheers,\n{first}",
]

EMP_PRIOR = [
    "Hi {first},\n\nThanks for applying, we'll be in touch once the team has had a look.\n\n{me}",
    "Hi {first}, thanks for the call this morning. I'll share my notes with {pm} and come back to you.\n{me}",
    "Hi {first},\nConfirming your interview {day} at {time}. Video link: {vlink}\n{me}",
    "Hey {first}, would you be up for a chat about the {role} role next week?\n{me}",
]

FB_REQUEST_PRIOR = [
    "Hi {me},\n\nThanks for letting me know. If you have a moment, I'd really appreciate any feedback from the panel.\n\nBest,\n{first}",
    "Hi {me}, totally understand. Is there anything you could share about where I fell short? It'd help for next time.\nThanks,\n{first}",
    "Thanks {me}. Would you be open to sharing a line or two of feedback?\n{first}",
]

BEFORE = [
    "thanks for sticking with us through all the rounds.", "sorry this took longer than I said.",
    "we met as a group yesterday to go through everyone.", "I wanted to get back to you before the weekend.",
    "I'll keep this short.", "thanks for the chat on {day_long}.", "thanks for doing the take-home.", "",
]


def _ctx(rng: random.Random, voice: K.Voice, cand, me, co_name, client=None):
    region = voice.region
    d1, d2 = rng.sample(range(5), 2)
    casual = voice.lower > 0.5
    others = [n for n in K.NAMES[region] if n != me]
    return {
        "first": cand[0], "last": cand[1], "me": me, "co": co_name, "client": client or co_name,
        "role": K.pick(rng, K.ROLES), "role2": K.pick(rng, K.ROLES), "pm": K.pick(rng, others),
        "day": K.pick(rng, K.DAYS_CASUAL) if casual else K.DAYS_LONG[d1],
        "day2": K.DAYS_LONG[d2], "day_long": K.DAYS_LONG[d1], "time": K.pick(rng, K.TIMES),
        "link": K.make_link(rng, "slot"), "tlink": K.make_link(rng, "task"), "vlink": K.make_link(rng, "video"), "dlink": K.make_link(rng, "doc"),
        "salary": K.pick(rng, S.SALARIES[region]), "start": K.pick(rng, S.STARTS),
        "city": K.pick(rng, N.CITIES[region]),
    }


def _pick_topics(rng):
    n = 1 if K.chance(rng, 0.6) else 2
    return rng.sample(sorted(S.FEEDBACK), n)


def _feedback_sents(rng, topics, praise_p=0.5):
    lines = [K.pick(rng, S.FEEDBACK[t]) for t in topics]
    out = []
    if K.chance(rng, praise_p):
        out.append(K.pick(rng, S.PRAISE))
        lines[0] = K.pick(rng, ["but", "that said,", "where it fell down:", "however,", "on the other side,"]) + " " + lines[0]
    else:
        lines[0] = K.pick(rng, S.FEEDBACK_LEADS) + lines[0]
    return out + lines


def compose(rng: random.Random, voice: K.Voice, kind: str, ctx: dict):
    """Return (sentences, labels, topics, reasons, subject_key, quote_kind)."""
    ex = voice.extra
    labels, topics, reasons = [], [], []
    sents = []
    quote = K.pick(rng, ["cand", "emp", None]) if K.chance(rng, voice.thread) else None
    agency = voice.agency is not None

    def decision():
        pool = list(S.REJ_AGENCY if agency else S.REJ_PLAIN) + ex.get("rej", [])
        return K.pick(rng, pool)

    if kind.startswith("rej"):
        labels.append("rejection")
        b = K.pick(rng, BEFORE)
        if b and K.chance(rng, 0.5):
            sents.append(b)
        if kind == "rej_reason" or (kind == "rej_fb" and K.chance(rng, 0.3)):
            r = K.pick(rng, sorted(S.REASON_ALONE))
            reasons.append(r)
            if K.chance(rng, 0.5):
                sents.append(K.pick(rng, S.REASON_ALONE[r]))
            else:
                sents.append(decision())
                sents.append(K.pick(rng, ["", "", "simple reason: ", "it's just that ", "the reason: "]) +
                             K.pick(rng, S.REASON_AFTER[r]))
        else:
            sents.append(decision())
        if kind == "rej_fb":
            labels.append("feedback")
            topics = _pick_topics(rng)
            sents += _feedback_sents(rng, topics)
        elif kind == "rej_praise":
            labels.append("feedback")
            sents.append(K.pick(rng, S.PRAISE) + " " + K.pick(rng, [
                "it just wasn't enough to edge it.", "so don't read this as a comment on your skills.",
                "keep doing that.", ""]))
        elif kind == "rej_nofb":
            sents.append(K.pick(rng, S.NOT_FEEDBACK))
        elif kind == "rej_other":
            labels.append("interview_invite")
            sents.append(K.pick(rng, S.OTHER_ROLE))
        soft = K.pick(rng, S.REJ_SOFTEN)
        if soft:
            sents.append(soft)
        skey = "rej"
    elif kind in ("inv", "resched", "inv_fb"):
        labels.append("interview_invite")
        if kind == "resched":
            sents.append(K.pick(rng, S.RESCHEDULE))
            skey = "resched"
            if quote is None and K.chance(rng, 0.5):
                quote = "emp"
        else:
            pool = list(S.INVITE_NEXT) if kind == "inv_fb" else list(S.INVITE) + ex.get("inv", [])
            if agency:
                pool += ["{client} want to see you for a second interview, {day} at {time} at their office.",
                         "{client} liked your CV, can you do a call with their hiring manager {day}?",
                         "good news, {client} want a first-stage video call. what's your availability {day} or {day2}?"]
            if kind == "inv" and K.chance(rng, 0.4):
                sents.append(K.pick(rng, ["thanks for the call earlier.", "the team enjoyed your take-home.",
                                          "thanks for applying.", "good news:", "{pm} passed your CV over."]))
            sents.append(K.pick(rng, pool))
            skey = "inv"
            if kind == "inv_fb":
                labels.append("feedback")
                topics = [K.pick(rng, sorted(S.FEEDBACK))]
                sents.append(K.pick(rng, S.PROGRESS_FEEDBACK_LEAD) + K.pick(rng, S.FEEDBACK[topics[0]]))
        lg = K.pick(rng, S.INVITE_LOGISTICS)
        if lg:
            sents.append(lg)
    elif kind in ("ack", "ack_ref", "ack_inv"):
        labels.append("application_ack")
        pool = list(S.ACK) + ex.get("ack", [])
        sents.append(K.pick(rng, S.ACK_REFERRAL if kind == "ack_ref" else pool))
        if kind == "ack_inv":
            labels.append("interview_invite")
            sents.append(K.pick(rng, S.ACK_INVITE).replace("{link}", "{tlink}"))
        else:
            nx = K.pick(rng, S.ACK_NEXT)
            if nx:
                sents.append(nx)
        quote = None
        skey = "ack"
    elif kind == "offer":
        labels.append("offer")
        pool = list(S.OFFER_AGENCY if agency else S.OFFER) + ex.get("offer", [])
        sents.append(K.pick(rng, pool))
        nx = K.pick(rng, S.OFFER_NEXT)
        if nx:
            sents.append(nx)
        skey = "offer"
    elif kind == "fb_reply":
        labels.append("feedback")
        topics = _pick_topics(rng)
        sents.append(K.pick(rng, S.FEEDBACK_REPLY_LEAD))
        sents += _feedback_sents(rng, topics, 0.6)
        c = K.pick(rng, S.FEEDBACK_REPLY_CLOSE)
        if c:
            sents.append(c)
        quote = "fbreq"
        skey = "rej"
    else:
        pools = {"reminder": N.REMINDER, "thanks": N.THANKS_TODAY, "status": N.STILL_REVIEWING,
                 "onboard": N.ONBOARDING, "reference": N.REFERENCE, "closed_before": N.ROLE_CLOSED_BEFORE,
                 "withdraw_ack": N.WITHDRAW_ACK,
                 "cold": N.COLD_AGENCY if agency else N.COLD_INHOUSE}
        sents.append(K.pick(rng, pools[kind]))
        if kind == "cold":
            sents.append(K.pick(rng, ["no worries if the timing's wrong.", "happy to send the spec over.",
                                      "would a quick call {day} work?", ""]))
            quote = None
        if kind == "withdraw_ack":
            quote = "withdraw"
        skey = "neg"
    return [s for s in sents if s], labels, topics, reasons, skey, quote


WITHDRAW_PRIOR = [
    "Hi {me},\n\nI've accepted another offer, so I'd like to withdraw from the {role} process. Thanks for everything.\n\n{first}",
    "Hi {me}, after some thought I'm going to step back from the process. Really appreciate your time.\n{first}",
]


def _sig(rng, voice, me, surname, ctx):
    title = K.fill(K.pick(rng, voice.titles), ctx)
    style = rng.randrange(4)
    if style == 0:
        sig = me
    elif style == 1:
        sig = f"{me} {surname}\n{title}"
    elif style == 2:
        sig = f"{me} {surname} | {title}"
    else:
        sig = f"{me}\n{title}\n{K.pick(rng, ['m: ', 'mob ', 'tel. ', 'ph: '])}{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    return sig


def build_one(rng, voice, kind, n):
    region = voice.region
    cand = K.pick(rng, K.CANDIDATES)
    me = K.pick(rng, K.NAMES[region])
    surname = K.pick(rng, K.SURNAMES[region])
    co_name, stem = K.pick(rng, K.EMPLOYERS[region])
    client = None
    if voice.agency:
        ag_name, ag_dom = K.pick(rng, voice.agency)
        client = co_name
        from_addr = f"{me.lower()}@{ag_dom}"
    else:
        from_addr = K.pick(rng, [f"{me.lower()}@{stem}{K.TLD[region]}", f"{me.lower()}.{surname.lower().replace(' ', '')}@{stem}{K.TLD[region]}",
                                 f"{me[0].lower()}{surname.lower().replace(' ', '')}@{stem}-hq{K.TLD[region]}"])
    ctx = _ctx(rng, voice, cand, me, co_name, client)
    sents, labels, topics, reasons, skey, quote = compose(rng, voice, kind, ctx)
    if voice.agency and "{client}" not in " ".join(sents) and kind not in ("cold",):
        # agency mail names the client somewhere
        sents.insert(0, K.pick(rng, ["re the {client} role:", "update on {client}.", "{client} - {role}:",
                                     "about {client}:"]))
    if voice.openers and K.chance(rng, 0.35):
        sents.insert(0, K.pick(rng, voice.openers))
    if voice.closers and K.chance(rng, 0.3):
        sents.append(K.pick(rng, voice.closers))
    text_sents = [K.fill(s, ctx) for s in sents]
    # layout: one paragraph, or lines
    if K.chance(rng, 0.55):
        core = " ".join(text_sents)
    else:
        core = "\n\n".join(" ".join(text_sents[i:i + 2]) for i in range(0, len(text_sents), 2))
    core = K.sentence_case(core)
    if K.chance(rng, voice.lower):
        core = K.phone_mangle(rng, core, heavy=voice.mangle_heavy)
    greet = K.fill(K.pick(rng, voice.greets), ctx)
    if greet and voice.lower > 0.5 and K.chance(rng, 0.5):
        greet = greet.lower()
    sign = K.fill(K.pick(rng, voice.signs), ctx)
    body = (greet + "\n\n" if greet else "") + core
    if sign.strip():
        body += "\n\n" + sign
        if "{me}" not in K.pick(rng, voice.signs) and me not in sign:
            body += "\n" + _sig(rng, voice, me, surname, ctx)
    else:
        body += "\n\n" + _sig(rng, voice, me, surname, ctx)
    if K.chance(rng, voice.phone):
        body += "\n\n" + K.pick(rng, K.PHONE_SIGS)
    if voice.agency and K.chance(rng, 0.4):
        body += ("\n\n" + ag_name + " is acting as an employment agency in relation to this vacancy. "
                 "If you'd rather not hear from us, reply STOP.")

    subj = K.fill(K.pick(rng, SUBJECTS[skey]), ctx)
    to_addr = cand[2]
    from_name = K.pick(rng, [f"{me} {surname}", me, f"{me} ({ag_name})" if voice.agency else f"{me} at {co_name}"])
    if quote:
        if quote == "cand":
            qtext, qname, qaddr = K.pick(rng, CAND_PRIOR), f"{cand[0]} {cand[1]}", cand[2]
        elif quote == "fbreq":
            qtext, qname, qaddr = K.pick(rng, FB_REQUEST_PRIOR), f"{cand[0]} {cand[1]}", cand[2]
        elif quote == "withdraw":
            qtext, qname, qaddr = K.pick(rng, WITHDRAW_PRIOR), f"{cand[0]} {cand[1]}", cand[2]
        else:
            qtext, qname, qaddr = K.pick(rng, EMP_PRIOR), from_name, from_addr
        prior_subj = subj or K.fill(K.pick(rng, ["{role}", "{role} application", "Thanks for today", "following up"]), ctx)
        if quote == "fbreq":
            prior_subj = K.fill(K.pick(rng, ["Re: {role}", "Re: update", "Re: your application"]), ctx)
        qtext = K.fill(qtext, ctx)
        hdr = K.when_header(rng, qname, qaddr, voice.us_dates)
        body += K.quote_block(rng, hdr, qtext, to_addr if qaddr != to_addr else from_addr, prior_subj)
        subj = prior_subj if prior_subj.startswith("Re:") else "Re: " + prior_subj
    company = co_name
    if kind == "cold" and voice.agency:
        company = None
    fam = voice.family
    return K.record(rid=f"{FAMILY_PREFIX}-{voice.key}-{n}", family=fam, folder="INBOX", from_name=from_name,
                    from_addr=from_addr, to_addr=to_addr, subject=subj, body=body, labels=labels, company=company,
                    topics=topics, reasons=reasons)


def generate(rng: random.Random) -> Iterable[dict]:
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    for voice in VOICES:
        # make sure each voice covers every kind once, then fill by weight
        plan = list(kinds) + rng.choices(kinds, weights, k=58 - len(kinds))
        rng.shuffle(plan)
        for n, kind in enumerate(plan):
            yield build_one(rng, voice, kind, n)
