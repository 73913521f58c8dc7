"""w13: large US employers' applicant-tracking and HR mail, in several invented vendor voices.

Each family is one voice (a formal corporate ATS, a portal-style status notice, a casual consumer
brand, a human corporate recruiter, a hospital system, a retail chain, a campus programme, a
veterans' programme). Each voice sends both labelled mail and its look-alikes with the same
wrapping, so only the meaning of the new text decides the label.
"""

from __future__ import annotations

import importlib
import random
from typing import Callable, Iterable

FAMILY_PREFIX = "w13ats"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w13_kit")
L = _load("_w13_lines")
C = _load("_w13_compose")

Kind = Callable[[random.Random, dict], "C.Msg"]


def _reasons(rng: random.Random, p: float = 0.45) -> list[str]:
    if rng.random() > p:
        return []
    keys = list(L.REASONS)
    return rng.sample(keys, 1 if rng.random() < 0.85 else 2)


def k_rej(rng, ctx):
    return C.rejection(rng, ctx, _reasons(rng))


def k_rej_fb(rng, ctx):
    return C.rejection_feedback(rng, ctx, _reasons(rng, 0.25))


def k_rej_inv(rng, ctx):
    other = K.role(rng, rng.choice(list(K.ROLES)))
    if other == ctx["r"]:
        other = "Senior " + other
    return C.reject_and_invite(rng, ctx, other)


def k_rej_short(rng, ctx):
    return C.rejection(rng, ctx, _reasons(rng, 0.3), short=True)


def k_int_cancel(rng, ctx):
    why = rng.choice(["role_filled", "role_cancelled"])
    line = {"role_filled": "Unfortunately, we need to cancel your interview scheduled for {d}: the position "
                           "has been filled by an internal candidate.",
            "role_cancelled": "I'm sorry to let you know we have to cancel your upcoming interview on {d}. The "
                              "department has decided not to fill the {r} role after all."}[why].format(**ctx)
    m = C.Msg(rng.choice(["Interview cancelled - {r}", "Cancellation: interview on {d}",
                          "Update: {r} interview"]).format(**ctx),
              [line, rng.choice(L.REJ_CLOSE).format(**ctx) or "Thank you for your understanding."],
              ["rejection"], outside=[why], company=ctx["c"])
    return m


def k_reschedule(rng, ctx):
    m = C.Msg(rng.choice(["Reschedule request: {r} interview", "Need to move our interview",
                          "New time for your {c} interview?"]).format(**ctx),
              [rng.choice([
                  "The hiring manager has a conflict at the original time, so we'd like to move your interview to "
                  "{d} at {t}. Does that work?",
                  "Apologies for the change: could we reschedule your interview to {d}? Please pick a new slot "
                  "here: {link}",
              ]).format(**ctx)], ["interview_invite"], company=ctx["c"])
    return m


BASE_MIX: list[tuple[float, Kind]] = [
    (7.5, C.ack), (6, k_rej), (5.5, k_rej_fb), (0.8, k_rej_inv), (5.5, C.invite), (1.2, C.assessment_invite),
    (2, C.ack_with_assessment), (4, C.offer), (4, C.status_login), (4, C.under_review), (3, C.incomplete),
    (4, C.reminder_scheduled), (3, C.confirmed), (3, C.thanks_today), (2, C.onboarding), (1, k_int_cancel),
    (1, k_reschedule), (1.5, C.assessment_done),
]


def _choose(rng: random.Random, mix: list[tuple[float, Kind]]) -> Kind:
    return rng.choices([k for _, k in mix], [w for w, _ in mix])[0]


# --- voices ----------------------------------------------------------------------------------

def v_formal(rng, cand, ctx, m):
    comp = ctx["c"]
    name, addr = K.ats_sender(rng, comp)
    sign = rng.choice([f"{comp} Talent Acquisition", f"The {comp} Recruiting Team", f"Talent Acquisition\n{comp}",
                       f"{comp} Human Resources", "Recruiting Operations", f"Global Talent Acquisition | {comp}"])
    body = K.join(K.greet(rng, cand), *m.paras, rng.choice(K.SIGNOFF) + "\n" + sign, K.footer(rng, comp, 0.9))
    return name, addr, K.prefix_subject(rng, m.subject, 0.03), body, comp


def v_portal(rng, cand, ctx, m):
    comp = ctx["c"]
    name, addr = K.ats_sender(rng, comp)
    head = rng.choice(["APPLICATION UPDATE", "Candidate Notification", "Message from the Hiring Team",
                       f"{comp} Careers | Candidate Home"])
    block = (f"Candidate: {cand['full']}\nPosition: {ctx['r']}\nRequisition ID: {K.strip_req(ctx['q'])}\n"
             f"Location: {rng.choice(['Dallas, TX', 'Remote - US', 'Charlotte, NC', 'Columbus, OH', 'Phoenix, AZ', 'Tampa, FL', 'Minneapolis, MN', 'Hybrid - Chicago, IL'])}")
    body = K.join(head, block, K.greet(rng, cand), *m.paras, "Thank you,\n" + f"{comp} Talent Acquisition",
                  "-" * 40, K.footer(rng, comp, 1.0))
    subj = rng.choice([m.subject, f"{comp}: {m.subject}", f"{m.subject} [Ref: {K.strip_req(ctx['q'])}]"])
    return name, addr, subj, body, comp


def v_casual(rng, cand, ctx, m):
    comp = ctx["c"]
    name = rng.choice([f"{comp} Careers", f"Team {comp}", f"{comp} People Team", f"Jobs at {comp}"])
    addr = f"{rng.choice(['hello', 'careers', 'people', 'jobs'])}@{K.domain(comp, rng)}"
    hi = rng.choice([f"Hi {cand['first']}!", f"Hey {cand['first']},", f"Hi {cand['first']} 👋",
                     f"Hello {cand['first']},"])
    sign = rng.choice([f"Cheers,\nThe {comp} Talent crew", f"Talk soon,\nPeople Team @ {comp}",
                       f"- The folks at {comp} Recruiting", f"Warmly,\n{comp} Careers"])
    body = K.join(hi, *m.paras, sign, K.unsubscribe(rng, comp) if rng.random() < 0.3 else "",
                  K.footer(rng, comp, 0.35))
    subj = m.subject
    if rng.random() < 0.2:
        subj = rng.choice(["✨ ", "📬 ", "👀 ", "🙌 ", "💼 "]) + subj
    return name, addr, subj, body, comp


def v_recruiter(rng, cand, ctx, m):
    comp = ctx["c"]
    disp, addr, sig = K.recruiter_sender(rng, comp)
    paras = list(m.paras)
    body = K.join(K.greet(rng, cand, human=True), *paras, sig if "Best" in sig or "\n" in sig[:20] else
                  rng.choice(K.SIGNOFF) + "\n" + sig,
                  rng.choice(["", "", K._EEO[rng.randrange(len(K._EEO))].format(c=comp), K._PRIV[2]]))
    subj = K.prefix_subject(rng, m.subject, 0.12)
    if rng.random() < 0.3:
        # a reply on the thread that started with the automatic acknowledgement
        earlier = K.join(f"Thank you for applying to the {ctx['r']} position at {comp}.",
                         rng.choice(L.ACK_NEXT).format(**ctx))
        subj = K.reply_subject(rng, f"Thank you for applying to {comp}")
        body = K.join(body, K.quote(rng, earlier, f"{comp} Careers", f"no-reply@{rng.choice(K.ATS_RELAYS)}",
                                    f"Thank you for applying to {comp}", cand["addr"]))
    return disp, addr, subj, body, comp


def v_health(rng, cand, ctx, m):
    comp = ctx["c"]
    name = rng.choice([f"{comp} Careers", f"{comp} - Talent Acquisition", f"{comp} Nurse Recruitment",
                       f"{comp} HR Service Center"])
    addr = rng.choice([f"careers@{K.domain(comp, rng)}", f"{K.slug(comp)[:12]}@{rng.choice(K.ATS_RELAYS)}"])
    mission = rng.choice([
        f"At {comp}, our mission is to improve the health of every community we serve.",
        "Compassion. Excellence. Integrity. Every day.",
        "Caring for our neighbors since 1912.",
        "Magnet(R)-recognized for nursing excellence.",
        "",
    ])
    body = K.join(K.greet(rng, cand), *m.paras, rng.choice(K.SIGNOFF) + "\n" +
                  rng.choice(["Talent Acquisition", "Nurse Recruitment Office", "Human Resources", "Team Member Services"])
                  + f"\n{comp}", mission, K.footer(rng, comp, 0.8))
    return name, addr, K.prefix_subject(rng, m.subject, 0.02), body, comp


def v_retail(rng, cand, ctx, m):
    comp = ctx["c"]
    name = rng.choice([f"{comp} Hiring", f"{comp} Jobs", f"Careers @ {comp}", f"{comp} Store #{rng.randint(100, 9999)}"])
    addr = f"{rng.choice(['hiring', 'jobs', 'noreply'])}@{rng.choice([K.domain(comp, rng), rng.choice(K.ATS_RELAYS)])}"
    paras = list(m.paras)
    body = K.join(rng.choice([f"Hi {cand['first']},", f"{cand['first']},", "Hello,"]), *paras,
                  rng.choice([f"- {comp} Hiring Team", f"Thanks!\n{comp} Store Leadership", f"{comp} Recruiting"]),
                  rng.choice(["Reply STOP to opt out of text updates.", "Msg & data rates may apply for SMS updates.",
                              "", "Download the app for faster updates on your application."]),
                  K.footer(rng, comp, 0.5))
    return name, addr, m.subject, body, comp


def v_campus(rng, cand, ctx, m):
    comp = ctx["c"]
    name = rng.choice([f"{comp} Early Careers", f"{comp} University Recruiting", f"{comp} Campus Team",
                       f"{comp} Internships"])
    addr = f"{rng.choice(['earlycareers', 'campus', 'university', 'interns'])}@{K.domain(comp, rng)}"
    body = K.join(K.greet(rng, cand), *m.paras, rng.choice(K.SIGNOFF) + "\n" +
                  rng.choice(["University Recruiting Team", "Early Careers Programs", "Campus Talent Team"]) + f"\n{comp}",
                  rng.choice(["Follow us on social for program updates and intern stories.", "",
                              "#LifeAt" + K.slug(comp)[:12]]), K.footer(rng, comp, 0.6))
    return name, addr, m.subject, body, comp


def v_military(rng, cand, ctx, m):
    comp = ctx["c"]
    prog = rng.choice(["Military Talent Program", "Veterans Hiring Initiative", "Service to Civilian Fellowship",
                       "Heroes at Work program", "Military Spouse Career Network"])
    name = rng.choice([f"{comp} {prog}", f"{comp} Military Recruiting", f"{comp} Veteran Programs"])
    addr = f"{rng.choice(['veterans', 'military', 'milspouse'])}@{K.domain(comp, rng)}"
    head = rng.choice(["Thank you for your service.", f"Welcome to the {prog}.", ""])
    body = K.join(K.greet(rng, cand), head, *m.paras,
                  rng.choice(K.SIGNOFF) + "\n" + rng.choice(["Military Recruiting Team", f"{prog} Team",
                                                             "Veteran Talent Acquisition"]) + f"\n{comp}",
                  K.footer(rng, comp, 0.8))
    return name, addr, m.subject, body, comp


def _mil_transition(rng, ctx):
    return C.Msg(rng.choice(["Transition webinar: translating your MOS to a resume",
                             "Join our Veterans Virtual Hiring Event", "SkillBridge info session - spots open"]),
                 [rng.choice([
                     "Join us on {d} at {t} for a free webinar on translating military experience into civilian "
                     "resumes. Registration link: {link}",
                     "Our virtual hiring event for transitioning service members is open to all. Meet recruiters from "
                     "12 business units. RSVP: {link}",
                     "Learn how the SkillBridge program works in a 45-minute info session on {d}. Bring your questions!",
                 ]).format(**ctx)], [], company=ctx["c"])


def _health_neg(rng, ctx):
    return C.Msg(rng.choice(["Credentialing packet - action needed", "Nursing CE webinar: sepsis update",
                             "Your license verification is complete", "Job fair: RNs and LPNs welcome"]),
                 [rng.choice([
                     "As a new team member, please upload your license, BLS card and immunization records to the "
                     "credentialing portal before orientation on {d}.",
                     "Register for our free continuing-education webinar on {d} at {t}. 1.0 contact hour.",
                     "We've verified your nursing license. No further action is required.",
                     "Come meet our nurse leaders at our open house on {d}. On-the-spot conversations, no appointment "
                     "needed. Bring your resume!",
                 ]).format(**ctx)], [], company=ctx["c"])


def _retail_neg(rng, ctx):
    i = rng.randrange(3)
    subj = ["Your schedule for next week", "Hiring event this Saturday!", "Your team member discount is live"][i]
    line = ["Your shifts for next week are posted in the scheduling app. Swap requests close Thursday at noon.",
            "We're hosting an open hiring event this Saturday 10am-2pm at all locations. Walk-ins welcome; "
            "tell your friends!",
            "Your team member discount card is now active. Show it at checkout."][i]
    # schedule and discount come from the user's current employer: no company by team convention
    return C.Msg(subj, [line], [], company=ctx["c"] if i == 1 else None)


def _retail_invite(rng, ctx):
    return C.Msg(rng.choice(["Interview scheduled? Pick a time - {c}", "We'd like to meet you! {r}",
                             "{c} Store Interview Invitation"]).format(**ctx),
                 [rng.choice([
                     "The store manager reviewed your application for {r} and wants to meet you for a 15-minute "
                     "interview. Tap here to choose a time: {link}",
                     "Good news! You're invited to interview at our store for {r}. Pick a time that works for you: "
                     "{link}",
                     "We'd like you to come in for an in-person interview with the hiring manager on {d}. Reply YES "
                     "to confirm or choose another time here: {link}",
                 ]).format(**ctx)], ["interview_invite"], company=ctx["c"])


FAMILIES = {
    # family: (voice, company kind, count, extra kinds)
    "formal": (v_formal, None, 80, []),
    "portal": (v_portal, "corp", 62, []),
    "casual": (v_casual, "tech", 46, []),
    "recruiter": (v_recruiter, None, 62, [(4, k_rej_short), (4, k_rej_fb), (2.5, k_rej_inv)]),
    "health": (v_health, "health", 54, [(6, _health_neg), (2, k_rej_fb)]),
    "retail": (v_retail, "retail", 46, [(6, _retail_neg), (6, _retail_invite), (3, lambda r, c: C.offer(r, c, True))]),
    "campus": (v_campus, None, 36, [(3, k_rej_fb)]),
    "military": (v_military, None, 30, [(7, _mil_transition)]),
}


_REQ_LINES = [
    "Thanks for letting me know about the {r} decision. Would you be able to share any feedback from the "
    "interviews? I'd like to understand where I can improve.",
    "I was disappointed to hear the news, but I'd really value any notes on what held me back.",
    "Could you pass along any feedback from the panel? Anything would help.",
    "If the team is able to share why I wasn't selected, I'd be grateful.",
]
_FB_REPLY_OPEN = [
    "Thanks for asking, and for being so gracious about the outcome.",
    "Happy to share what I can.",
    "I checked with the hiring manager and got the okay to pass along a few notes.",
    "Of course. I went back through the interview scorecards.",
    "Good question, and I appreciate you wanting to learn from this.",
]


def fam_fbreply(rng: random.Random, rec, n: int) -> Iterable[dict]:
    """Recruiter replies to the candidate's feedback request: real feedback, or a polite refusal."""
    for _ in range(n):
        cand = K.candidate(rng)
        ckind = rng.choice(["tech", "corp", "health", "retail"])
        comp = K.company(rng, ckind)
        ctx = C.ctx_for(rng, cand, comp, ckind)
        disp, addr, sig = K.recruiter_sender(rng, comp)
        if rng.random() < 0.7:
            topics = C.pick_topics(rng)
            paras = [rng.choice(_FB_REPLY_OPEN)] + C.feedback_paras(rng, topics, praise=rng.random() < 0.6)[1:]
            labels = ["feedback"]
        else:
            m = C.cant_share(rng, ctx)
            paras, topics, labels = m.paras, [], []
        request = K.join(f"Hi {K.first_of(disp)},", rng.choice(_REQ_LINES).format(**ctx),
                         f"Thanks,\n{cand['first']}")
        orig_subj = rng.choice(["Your application for {r}", "Update on your candidacy", "{c} - {r}"]).format(**ctx)
        body = K.join(K.greet(rng, cand, human=True), *paras, sig,
                      K.quote(rng, request, cand["full"], cand["addr"], "Re: " + orig_subj, addr))
        yield rec.make("fbreply", from_name=disp, from_addr=addr, to_addr=cand["addr"],
                       subject=K.reply_subject(rng, "Re: " + orig_subj if rng.random() < 0.3 else orig_subj),
                       body_text=body, body_html=None, labels=labels, company=comp, topics=topics)


def generate(rng: random.Random) -> Iterable[dict]:
    rec = K.Recorder(FAMILY_PREFIX)
    yield from fam_fbreply(rng, rec, 40)
    for fam, (voice, ckind, count, extra) in FAMILIES.items():
        mix = BASE_MIX + extra
        if fam == "retail":
            mix = [(w, k) for w, k in mix if k not in (C.offer,)]
        for _ in range(count):
            cand = K.candidate(rng)
            comp = K.company(rng, ckind)
            ctx = C.ctx_for(rng, cand, comp, ckind or rng.choice(["tech", "corp", "health", "retail"]))
            if fam == "campus":
                ctx["r"] = rng.choice(["Software Engineering Intern (Summer)", "Finance Leadership Development Program",
                                       "Supply Chain Rotational Associate", "Data Science Intern",
                                       "Marketing Analyst - New Grad", "Operations Co-op"])
            m = _choose(rng, mix)(rng, ctx)
            name, addr, subj, body, comp = voice(rng, cand, ctx, m)
            text, html = K.present(rng, body, comp, p_html_only=0.12 if fam != "recruiter" else 0.0,
                                   p_alt=0.3 if fam != "recruiter" else 0.05)
            yield rec.make(fam, from_name=name, from_addr=addr, to_addr=cand["addr"], subject=subj,
                           body_text=text, body_html=html, labels=m.labels, company=m.company,
                           topics=m.topics, outside=m.outside)
