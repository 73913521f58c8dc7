"""Writer 40: agency consultants placing candidates with large non-tech employers.

Family 'consultant': a recruitment consultancy relaying the client's decisions, interview requests
and offers, or just keeping in touch. The client is sometimes named, sometimes 'my client'.
"""

from __future__ import annotations

import random
from typing import Iterable

import _w40_kit as K
import _w40_mail as M
import _w40_say as S

FAMILY_PREFIX = "w40agy"

AGENCIES = [("Harcourt Beale Recruitment", "harcourtbeale.co.uk", "uk"), ("Shannonside Talent", "shannonsidetalent.ie", "ie"),
            ("Redgum Workforce Solutions", "redgumworkforce.com.au", "au"), ("Protea Search & Selection", "proteasearch.co.za", "za"),
            ("Keppel Bay Consulting", "keppelbayconsult.sg", "sg"), ("Northstar Industrial Staffing", "northstarstaffing.ca", "ca"),
            ("Ironbridge Technical", "ironbridgetech.co.uk", "uk"), ("Liffey Pharma Recruit", "liffeypharmarecruit.ie", "ie")]


def P(rng, *o):
    return K.pick(rng, o)


def client_ref(rng, x, named):
    c = x["c"]
    if named:
        return P(rng, c["name"], f"the team at {c['name']}", f"{c['name']} ({c['city']})")
    return P(rng, "my client", "the client", f"a leading {c['sector']} business in {c['city']}",
             f"the {c['sector']} company I mentioned", "our client")


def msg(rng, x, kind, named):
    cl = client_ref(rng, x, named)
    Cl = cl[0].upper() + cl[1:]
    role, reg = x["role"], x["region"]
    if kind == "reject":
        oc = []
        roll = rng.random()
        if roll < 0.3:
            s = P(rng, f"I've just had feedback from {cl} and unfortunately they're not taking you forward for the {role} role.",
                  f"Bad news I'm afraid - {cl} have decided not to progress your application.",
                  f"{Cl} came back to me this morning: it's a no on this one, sorry.")
        elif roll < 0.55:
            oc = ["closer_fit"]
            s = P(rng, f"{Cl} have gone with a candidate who has more direct {x['c']['sector']} experience, so they won't be moving forward with you.",
                  f"Sadly {cl} have chosen someone whose background is a closer match for the {role} brief.")
        elif roll < 0.75:
            oc = ["role_cancelled"]
            s = P(rng, f"{Cl} have pulled the {role} role altogether after a reorganisation, so the process is closed for everyone.",
                  f"I've been told the {role} vacancy has been cancelled - they're not hiring for it any more, so I'm afraid that's the end of this one.")
        elif roll < 0.88:
            oc = ["level_mismatch"]
            s = P(rng, f"{Cl} felt you're more senior than what they need for {role}, and they're worried you'd be bored in six months, so they're passing.",
                  f"The hiring manager at {cl} wants someone with a good few more years managing people, so it's a no from them this time.")
        else:
            oc = ["role_filled"]
            s = P(rng, f"{Cl} have filled the {role} role with an internal candidate, so they won't be interviewing further.",
                  f"{role}: they've offered it to someone else who accepted yesterday, so it's closed.")
        rest = P(rng, "Don't be too disheartened, I've got a couple of other things that could suit you.",
                 "I'll keep pushing on other roles for you.", "Let's have a catch up this week about what else is out there.", "")
        return [s, rest], ["rejection"], oc, [], P(rng, f"{role} - update", "Feedback from the client", f"Re: {role}", "Quick update")
    if kind == "reject_fb":
        from _w40_say import feedback_parts
        topics, sents = feedback_parts(rng, x)
        s = P(rng, f"I've spoken to the hiring manager at {cl}. They won't be offering you the role, but they were happy to give some detail:",
              f"{Cl} aren't going to progress you to final stage. Their feedback, pretty much word for word:",
              f"Unfortunately it's a no from {cl}. Here's what they told me:")
        return [s, "\n".join("- " + t[0].upper() + t[1:] for t in sents),
                P(rng, "Worth working on before your next interview.", "Hope that's useful - happy to prep with you next time.")], \
            ["rejection", "feedback"], [], topics, P(rng, f"{role} - feedback", f"Re: {role} interview", "Client feedback")
    if kind == "invite":
        s = P(rng, f"Great news! {Cl} want to meet you for the {role} role.",
              f"{Cl} liked your CV and would like to do a first-stage Teams interview for {role}.",
              f"You've been shortlisted by {cl} - they'd like you in for an interview at their {x['c']['city']} site.")
        t = P(rng, f"They've offered {K.date_str(rng, reg)} at {K.time_str(rng, reg)} or {K.date_str(rng, reg)} at {K.time_str(rng, reg)}. Which suits?",
              "Can you send me three or four slots over the next week and I'll coordinate?",
              f"Are you OK for {K.date_str(rng, reg)} in the morning?")
        return [s, t, P(rng, "Call me beforehand and I'll brief you on the panel.", "I'll send over the job spec again so you can prep.", "")], \
            ["interview_invite"], [], [], P(rng, f"Interview request - {role}", f"{role} - they want to meet you!", "Interview!")
    if kind == "offer":
        cur = {"uk": "£", "ie": "€", "au": "$", "za": "R", "sg": "S$", "ca": "$"}[reg]
        sal = rng.randrange(40, 90) * 1000 if reg != "za" else rng.randrange(400, 900) * 1000
        s = P(rng, f"Fantastic news - {cl} would like to offer you the {role} position!",
              f"I'm delighted to say {cl} have made you an offer for {role}.")
        t = P(rng, f"The offer is {cur}{sal:,} base plus the standard benefits we discussed. They'd like a start in about four weeks.",
              f"Base salary {cur}{sal:,}, car allowance, 25 days' holiday. Written offer will come direct from their HR.")
        return [s, t, P(rng, "Give me a ring when you can so we can talk it through.", "Have a think and let me know by Friday.")], \
            ["offer"], [], [], P(rng, f"OFFER - {role}", "Good news!", f"{role} offer")
    # negatives
    if kind == "pending":
        s = P(rng, f"Still no decision from {cl} on {role} - the hiring manager's been on site visits all week. I'm chasing.",
              f"Just a heads-up: {cl} are seeing two more people on Thursday before they decide. You're still very much in the mix.",
              f"{Cl} have asked for a bit more time; they're waiting on budget sign-off for the start date. No news is not bad news here!")
        return [s], [], [], [], P(rng, f"{role} - no news yet", "Update (sort of)", f"Re: {role}")
    if kind == "prep":
        s = P(rng, f"Ahead of tomorrow's interview with {cl}, a few tips: they like STAR answers, and they'll ask about a time you improved a process.",
              f"Just confirming you're all set for {K.date_str(rng, reg)} with {cl}. Park in the visitors' bays and ask for the HR team at reception.",
              f"Good luck for today with {cl}! Ring me straight after.")
        return [s], [], [], [], P(rng, "Interview tomorrow", "Good luck!", "Prep notes")
    if kind == "market":
        s = P(rng, "Hope things are going well. I've had a few new roles land this week in operations and supply chain - any interest?",
              "It's been a while! Are you still looking, or have you settled into something?",
              "We're running a salary survey for the sector - would you mind filling it in? Takes 3 minutes.")
        return [s], [], [], [], P(rng, "Catch up?", "New roles this week", "Salary survey")
    # closed before any application
    s = P(rng, f"Last week I mentioned a {role} role with {cl}. That's now been filled before I could send your CV over, so nothing to do on that one.",
          f"The {role} vacancy I called you about has closed - they found someone through their own network before we got your details across.")
    return [s, P(rng, "I'll be in touch when something similar comes in.", "Sorry about that!")], [], [], [], P(rng, f"{role} - closed", "That role I mentioned")


KINDS = [("reject", 10), ("reject_fb", 4), ("invite", 10), ("offer", 4), ("pending", 5), ("prep", 4), ("market", 3), ("closed", 4)]


def generate(rng: random.Random) -> Iterable[dict]:
    for n in range(52):
        agency, dom, reg = K.pick(rng, AGENCIES)
        x = M.context(rng, region=reg)
        kind = S.choose(rng, KINDS)
        named = rng.random() < 0.6
        paras, labels, oc, topics, subj = msg(rng, x, kind, named)
        cons = K.person(rng)
        addr = K.email_of(cons, dom, rng)
        greet = P(rng, f"Hi {x['first']},", f"Hey {x['first']},", f"{x['first']},", f"Morning {x['first']},", f"Hi {x['first']}")
        body = greet + "\n\n" + "\n\n".join(p for p in paras if p)
        body = K.typo(rng, body, 0.35)
        sig = P(rng, f"{cons}\nSenior Consultant | {agency}\n{K.phone(rng, reg)}", f"{cons.split()[0]}\n{agency}",
                f"Cheers,\n{cons.split()[0]}", f"Thanks\n{cons}\nPrincipal Consultant - Engineering & Manufacturing\n{agency} | www.{dom}")
        foot = P(rng, "", "", f"{agency} acts as an employment agency in relation to permanent vacancies.",
                 f"{agency} is committed to protecting your privacy. To stop receiving job updates reply UNSUBSCRIBE.",
                 "Sent from my mobile")
        text = body + "\n\n" + sig + ("\n\n" + foot if foot else "")
        company = x["c"]["name"] if named and kind != "market" and x["c"]["name"] in text else None
        yield K.record(FAMILY_PREFIX, "consultant", n, folder="INBOX", from_name=f"{cons}" + P(rng, "", f" | {agency}"),
                       from_addr=addr, to_addr=x["cand_addr"], subject=subj, body_text=text, body_html=None,
                       labels=labels, company=company, topics=topics, oc=oc)
