"""w11 writer: the candidate's own Sent folder — feedback requests after a rejection (the only labelled
meaning here: feedback_request), and the look-alikes around it: thank-you notes, withdrawals, accepting
or declining an offer, scheduling replies, applications sent, questions about a post."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w11sent"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w11_kit")
S = _load("_w11_say")
SH = _load("_w11_shell")
pick, maybe = K.pick, K.maybe

FBR_OPEN = [
    "Thank you for letting me know the outcome, and for the chance to {did}.",
    "Thanks for your email. I was naturally disappointed, but I appreciated the chance to {did}.",
    "Thank you for your message — and for the panel's time.",
    "Many thanks for getting back to me, even if it wasn't the news I'd hoped for.",
    "I quite understand the decision, and I'm grateful to have been considered.",
    "Thanks for the update.",
]
FBR_ASK = [
    "Would it be possible to have some brief feedback on my {what}? I'd like to understand where I could improve.",
    "If the panel has any comments on my {what}, I'd be very grateful to hear them.",
    "Could you share any feedback on where my application fell short? Even a couple of lines would help.",
    "I'd really value a few words on what the successful candidate offered that I didn't — was it my {what}, or something else?",
    "Is there anything in my {what} you'd suggest I work on before the next round of applications?",
    "Might I ask for some feedback on the {what}? I'm applying for similar posts and it would help a great deal.",
    "If you have five minutes at some point, I'd love a short call about how I came across.",
    "any chance of a bit of feedback? would be really helpful for the next one",
]
FBR_CLOSE = [
    "I do hope our paths cross again.", "Thank you again, and best wishes to the team.",
    "I completely understand if that isn't possible.", "Good luck with the new appointment.",
    "I'd still love to work with {org} one day.", "",
]
WHAT = ["presentation", "interview", "teaching demonstration", "job talk", "portfolio", "written test", "application",
        "audition", "research statement", "trial shift", "editing test"]
DID = ["meet the panel", "present my work", "visit", "meet the team", "talk about the role", "take part", "be considered"]


def _wrap_sent(rng, fam, n, style, ctx, subj, paras, labels=(), quote_body=None, quote_subj=None):
    c, who, org = ctx["cand"], ctx["who"], ctx["org"]
    name = f"{c['first']}" if style == "quick" else c["full"]
    sign = {"formal": pick(rng, ["Yours sincerely,", "Kind regards,", "With best wishes,", "Best regards,"]) + "\n" + c["full"]
            + maybe(rng, 0.4, "\n" + pick(rng, ["PhD, Marine Biology", "Freelance editor", "www." + K.slug(c['full']) + ".design",
                                               "Postdoctoral Researcher", "+44 7" + str(rng.randint(100000000, 999999999))])),
            "quick": pick(rng, ["Thanks,", "Best,", "Cheers,", "All best,", ""]) + "\n" + name
            + maybe(rng, 0.3, "\n\nSent from my iPhone"),
            "thread": pick(rng, ["Kind regards,", "Best wishes,", "Many thanks,"]) + "\n" + name}[style]
    greet = {"formal": pick(rng, [f"Dear {who['honor']}{who['last']},".replace("  ", " "), f"Dear {who['first']},", "Dear Selection Panel,",
                                  f"Dear {who['full']},"]),
             "quick": pick(rng, [f"Hi {who['first']},", f"Hi {who['first']} -", f"{who['first']},", "Hello,"]),
             "thread": pick(rng, [f"Dear {who['first']},", f"Hello {who['first']},", f"Hi {who['first']},"])}[style]
    body_paras = [greet] + [p for p in paras if p] + [sign]
    tail = ""
    reply = quote_body is not None
    if reply:
        waddr = K.staff_addr(who, org, rng)
        if style == "thread" or rng.random() < 0.3:
            tail = K.quote_outlook(rng, who["full"], waddr, c["addr"], quote_subj or subj, quote_body)
        else:
            tail = K.quote_gmail(rng, who["full"], waddr, quote_body)
    subject = K.subj_prefix(rng, subj, True) if reply else subj
    return K.record(FAMILY_PREFIX, fam, n, folder="Sent", from_name=c["full"] if rng.random() < 0.85 else "",
                    from_addr=c["addr"], to_addr=K.staff_addr(who, org, rng) if rng.random() < 0.7 else f"recruitment@{K.domain_for(org)}",
                    subject=subject, paras=body_paras, labels=labels, company=org, html="text" if rng.random() < 0.85 else "both",
                    rng=rng, tail=tail)


def _f(rng, ctx, s):
    return K.fill(s, org=ctx["org"], role=ctx["role"], what=pick(rng, WHAT), did=pick(rng, DID), date=K.date_str(rng),
                  time=K.time_str(rng), panel=ctx["panel"])


def _old_rejection(rng, ctx):
    m = S.say_reject(rng, ctx)
    return "\n\n".join([f"Dear {ctx['cand']['first']},"] + m["core"] + [f"Best wishes,\n{ctx['who']['full']}"]), m["subj"]


def feedback_request(rng, fam, n, style, ctx):
    paras = [_f(rng, ctx, pick(rng, FBR_OPEN)), _f(rng, ctx, pick(rng, FBR_ASK)), _f(rng, ctx, pick(rng, FBR_CLOSE))]
    if style == "quick":
        paras = [_f(rng, ctx, pick(rng, FBR_ASK))] + ([_f(rng, ctx, pick(rng, FBR_OPEN))] if rng.random() < 0.4 else [])
    quote, qsubj = _old_rejection(rng, ctx)
    if rng.random() < 0.15:  # a fresh email, not a reply
        return _wrap_sent(rng, fam, n, style, ctx, _f(rng, ctx, pick(rng, ["Feedback on my application – {role}", "Request for feedback", "{role} – feedback?"])),
                          paras, ["feedback_request"])
    return _wrap_sent(rng, fam, n, style, ctx, qsubj, paras, ["feedback_request"], quote, qsubj)


NEG = {
    "thanks": (["Thank you so much for the conversation today — I really enjoyed meeting {panel} and hearing about the plans for the next few years.",
                "Thank you for a lovely visit yesterday. The students' questions after the teaching session were a highlight.",
                "Just a quick note to say thanks for the audition this morning and for making me feel at ease."],
               ["I'm even more excited about the post than before.", "Please pass on my thanks to everyone I met.",
                "I look forward to hearing from you."], "Thank you – {role}", "reminder"),
    "withdraw": (["I'm writing to withdraw my application for {role}. I have accepted another post and it wouldn't be fair to take up the panel's time.",
                  "After a lot of thought I've decided to withdraw from the process for personal reasons.",
                  "I'm afraid I need to withdraw my candidacy — the relocation isn't possible for my family at the moment."],
                 ["Thank you for your consideration, and I'm sorry for any inconvenience.", "I hope to apply to {org} again in future."],
                 "Withdrawal of application – {role}", "invite"),
    "accept": (["I'm delighted to accept the offer of the {role} post. Thank you!",
                "Thank you — I'm very happy to accept. I've signed the statement of terms and attached it here.",
                "Yes!! I accept. Thanks so much, I can't wait to start."],
               ["Could you let me know what the next steps are for the right-to-work check?", "I can start on {date} as discussed.",
                "Looking forward to it enormously."], "Acceptance of offer – {role}", "offer"),
    "decline": (["Thank you very much for the offer. After careful thought I have decided to decline, as I've accepted a post closer to home.",
                 "I'm so grateful for the offer, but I'm going to turn it down — the fixed-term contract doesn't work for me right now."],
                ["I hope we stay in touch.", "I was genuinely torn."], "Re: offer – {role}", "offer"),
    "schedule": (["{date} at {time} works perfectly for me — thank you.", "Thanks for the invitation. I'll take the {time} slot on {date}.",
                  "Could we possibly do the afternoon instead? I'm teaching until 1pm.", "Confirming I'll be there. Is there step-free access to the room?"],
                 ["I'll prepare the presentation as described.", "Looking forward to it.", "Do I need to bring anything else?"],
                 "Interview – {role}", "invite"),
    "apply": (["Please find attached my application for the post of {role} (ref. {ref}): CV, cover letter and the names of three referees.",
               "I'd like to apply for {role}. My portfolio is at the link below, and my CV is attached.",
               "I'm writing to express my interest in the {role} vacancy advertised on your website."],
              ["I'd be happy to provide any further information.", "Thank you for considering my application.",
               "I'm available for interview at any time."], "Application: {role}", None),
    "question": (["Before I apply for {role}, could I ask whether the post could be held on a 0.8 FTE basis?",
                  "Is there any flexibility on the start date for {role}? I'm finishing a contract in the summer.",
                  "Could you tell me a little more about the teaching load for this post?"],
                 ["Many thanks in advance.", "Thanks for your help!"], "Query about {role}", None),
}


def negative(rng, fam, n, style, ctx, kind):
    opens, closes, subj, quoted = NEG[kind]
    paras = [_f(rng, ctx, pick(rng, opens)), maybe(rng, 0.7, _f(rng, ctx, pick(rng, closes)))]
    paras = [p.replace("{ref}", ctx["ref"]) for p in paras]
    subj = _f(rng, ctx, subj)
    if quoted and rng.random() < 0.6:
        m = {"invite": S.say_invite, "offer": S.say_offer, "reminder": S.say_reminder}[quoted](rng, ctx)
        qbody = "\n\n".join([f"Dear {ctx['cand']['first']},"] + m["core"] + [ctx["who"]["full"]])
        return _wrap_sent(rng, fam, n, style, ctx, m["subj"], paras, (), qbody, m["subj"])
    return _wrap_sent(rng, fam, n, style, ctx, subj, paras)


def generate(rng: random.Random) -> Iterable[dict]:
    kinds = list(NEG)
    for fam, style, count, p_fbr in [("formal", "formal", 50, 0.38), ("quick", "quick", 40, 0.35), ("thread", "thread", 30, 0.45)]:
        for i in range(count):
            ctx = SH.make_ctx(rng, pick(rng, K.SECTORS))
            if rng.random() < p_fbr:
                yield feedback_request(rng, fam, i, style, ctx)
            else:
                yield negative(rng, fam, i, style, ctx, pick(rng, kinds))
