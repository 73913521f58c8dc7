"""Turns a (family style, kind) pair into a w38 record: the kind decides the meaning and labels,
the style decides greeting, sign-off, sender, footer, quoting and HTML, shared across labels."""

from __future__ import annotations

import random

import _w38_kit as K
import _w38_say as S

SUBJ = {
    "onboard": ["Your first day at {org}", "Pre-employment paperwork", "Welcome aboard - next steps", "New starter forms - action required",
                "Onboarding: {role}", "Before you start on {date}", "[au,nz] Your induction", "[us] Complete your new hire forms"],
    "ack": ["Application received - {role}", "{ref}: Application Acknowledgement", "Thank you for applying to {org}",
            "Your application: {role}", "We've got your application", "Confirmation of application - {ref}",
            "Application submitted: {role} ({ref})", "[us] {ref} - Application Received", "[ca] Acknowledgement of application / Accusé de réception",
            "[ie] Acknowledgement - {ref}", "[au,nz] Thank you for your application - {role}", "Thanks for applying!", "Received: {role}"],
    "inv": ["Invitation to interview - {role}", "{role} - next steps", "Interview: {ref}", "Shortlisted: {role}",
            "Let's chat about {role}", "Invitation to Assessment - {ref}", "Next stage for your {org} application 🙂", "[au,nz] Shortlisting outcome - {ref}", "[ie] {role} - Invitation to Interview",
            "[us] Interview Request: {role}, {ref}", "[ca] Invitation - next phase of {ref}", "Interview availability?",
            "Can we set up a time to chat?", "📅 Book your interview", "Invitation: {role} interview"],
    "rej": ["Outcome of your application - {role}", "{ref} - Notice of Results", "Your application with {org}",
            "Update on {role}", "Application outcome", "Re: {role}", "{role} ({ref})", "[au,nz] Outcome of selection process - {ref}",
            "[ie] {ref} - Result of Shortlisting", "[us] Notice of Results - {ref}", "[ca] Results - {ref}", "Your interview with {org}",
            "A note from {org}", "Following up on your application", "{org} - {role}"],
    "offer": ["Offer of employment - {role}", "Letter of Offer: {role}", "Tentative Job Offer - {ref}",
              "Welcome to {org}! 🎉", "{role} - offer", "Conditional offer - {role}", "Good news from {org}",
              "[au,nz] Letter of offer and contract - {ref}", "[ie] Offer of appointment - {role}", "Your new role", "Next steps - {role}"],
    "status": ["Application status update - {ref}", "Update on your application", "{ref}: Notice of Results",
               "Your application for {role}", "Re: {role}", "Status change: {role}", "Update on {role}", "{org} - {role}",
               "Following up on your application", "A note from {org}", "[au,nz] Selection process update - {ref}"],
    "remind": ["Reminder: interview {date}", "Interview confirmed - {role}", "See you {date}",
               "Your booking is confirmed", "Assessment received - {ref}", "Your interview with {org}", "Update on {role}",
               "Tomorrow: {role} interview", "Change of room - {ref}"],
}


def ctx_for(rng: random.Random, region: str, emp: tuple, cand: tuple) -> dict:
    org, _, sector, _ = emp
    return {
        "org": org, "region": region, "sector": sector, "role": K.role(rng, sector, region), "ref": K.ref(rng, region, sector),
        "date": K.a_date(rng, region), "date2": K.a_date(rng, region), "time": K.a_time(rng, region),
        "p1": K.person(rng, region), "p2": K.person(rng, region), "cand": cand[0],
        "portal": rng.choice(["the careers portal", "your candidate dashboard", "the jobs site", "your account",
                              "the applicant portal"]),
        "n": rng.randint(10000, 99999), "m": rng.randint(40, 400), "pay": rng.choice(S.PAY[region]),
        "agency": rng.choice(["Hollowell Search", "Brightwater Talent", "Southern Crest Recruitment",
                              "Kinsale Executive", "Maple & Pine Staffing", "Tui Talent Partners"]),
    }


def _f(rng, bank, ctx):
    return K.pick(rng, bank, ctx)


def _what(rng, kinds=None):
    key, opts = rng.choice([t for t in S.INV_TYPES if kinds is None or t[0] in kinds])
    what = rng.choice(opts)
    return what, (key == "test" or "recorded" in what)


def kind_body(rng: random.Random, kind: str, ctx: dict) -> dict:
    """Return subject-bank key, paragraphs, labels, topics, oc for one kind."""
    P: list[str] = []
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    sk = "status"
    if kind == "ack":
        P = [_f(rng, S.ACK_OPEN, ctx), K.para(_f(rng, S.ACK_NEXT, ctx), K.maybe(rng, 0.5, S.ACK_NEXT, ctx))]
        labels, sk = ["application_ack"], "ack"
    elif kind == "ack_inv":
        ctx = dict(ctx, what=_what(rng, ("test",))[0])
        P = [_f(rng, S.ACK_OPEN, ctx),
             rng.choice(["As the next step, all eligible applicants are invited to complete {what}.",
                         "The next stage is {what}, which we ask every applicant to complete.",
                         "To continue, please complete {what} using the link below."]).format(what=ctx["what"]),
             _f(rng, S.INV_LINK, ctx)]
        labels, sk = ["application_ack", "interview_invite"], rng.choice(["ack", "inv"])
    elif kind == "inv":
        what, linky = _what(rng)
        ctx = dict(ctx, what=what)
        P = [_f(rng, S.INV_OPEN, ctx), _f(rng, S.INV_LINK if linky else S.INV_WHEN, ctx), K.maybe(rng, 0.7, S.INV_PREP, ctx)]
        labels, sk = ["interview_invite"], "inv"
    elif kind == "resched":
        P = [_f(rng, S.RESCHED, ctx)]
        labels, sk = ["interview_invite"], "inv"
    elif kind in ("rej", "rej_oc", "rej_fb", "rej_inv"):
        P = [K.para(_f(rng, S.REJ_OPEN, ctx), _f(rng, S.REJ_CORE, ctx))]
        if kind == "rej_oc" or (kind == "rej" and rng.random() < 0.2):
            r = rng.choice(sorted(S.REJ_OC))
            oc = [r]
            if r in ("role_cancelled", "budget_freeze"):
                # the decision is about the post, not the person: say so without "you were not selected"
                P = [K.para(_f(rng, S.REJ_OPEN, ctx), _f(rng, S.REJ_POST, ctx))]
            P.append(_f(rng, S.REJ_OC[r], ctx))
        if kind == "rej_fb":
            fb, topics = S.feedback_paras(rng, ctx)
            P += fb
            labels.append("feedback")
        elif kind == "rej_inv":
            other = K.role(rng, ctx["sector"], ctx["region"])
            for _ in range(5):
                if other != ctx["role"]:
                    break
                other = K.role(rng, ctx["sector"], ctx["region"])
            P.append(rng.choice([
                f"However, the panel felt your skills suit our upcoming {other} vacancy and we'd like to invite you to interview for it on {ctx['date2']}.",
                f"That said, {ctx['p1']} runs the {other} team and would like to set up a call with you about a role there - are you free {ctx['date2']}?",
                f"We do have a {other} position that we think could suit you, and we'd like to invite you to an interview for that role. Please choose a time here: https://book.example/{ctx['n']}",
            ]))
            labels.append("interview_invite")
        else:
            P.append(_f(rng, S.REJ_NOFB, ctx))
        P.append(_f(rng, S.REJ_CLOSE, ctx))
        labels.append("rejection")
        sk = "rej"
    elif kind == "cancel":
        r = rng.choice(["role_filled", "role_cancelled"])
        oc = [r]
        why = "the position has since been filled" if r == "role_filled" else "the position has been withdrawn"
        P = [rng.choice([
            f"I'm sorry to let you know we need to cancel your interview for {ctx['role']} on {ctx['date']}, as {why}.",
            f"Your scheduled interview for {ctx['ref']} is cancelled: {why}, so the process is closed.",
            f"Apologies for the late notice - {why} and we won't be going ahead with the interviews, including yours.",
        ])]
        labels, sk = ["rejection"], "rej"
    elif kind == "fb_only":
        fb, topics = S.feedback_paras(rng, ctx, rng.choice([1, 2, 2, 3]))
        P = [rng.choice(["Thanks for asking for feedback - happy to pass on what the panel said.",
                         f"As promised, here is some feedback from your interview for {ctx['role']}.",
                         "I've spoken with the panel chair about your interview.",
                         "You asked for feedback, so here goes."])] + fb + [
            rng.choice(["I hope that's useful for your next application.", "Good luck with the next one.",
                        "Please don't let it put you off applying again.", ""])]
        labels, sk = ["feedback"], "rej"
    elif kind == "offer":
        P = [_f(rng, S.OFFER_OPEN, ctx), K.para(_f(rng, S.OFFER_PAY, ctx), K.maybe(rng, 0.6, S.OFFER_TERMS, ctx)),
             _f(rng, S.OFFER_ASK, ctx)]
        labels, sk = ["offer"], "offer"
    elif kind == "status":
        P = [_f(rng, S.STATUS_REFERRED, ctx), K.maybe(rng, 0.4, S.ACK_NEXT[5:8], ctx)]
    elif kind == "profile":
        P = [_f(rng, S.PROFILE_NUDGE, ctx)]
        sk = "status"
    elif kind == "remind":
        P = [_f(rng, S.REMINDER, ctx), K.maybe(rng, 0.5, S.INV_PREP, ctx)]
        sk = "remind"
    elif kind == "thanks":
        P = [_f(rng, S.THANKS_TODAY, ctx)]
        sk = "status"
    elif kind == "onboard":
        P = [_f(rng, S.ONBOARD, ctx)]
        sk = "onboard"
    elif kind == "nofb":
        P = [_f(rng, S.NOFB, ctx), rng.choice(["We wish you well in future applications.", "All the best.", ""])]
        sk = "rej"
    else:
        raise ValueError(kind)
    return {"subj": _f(rng, SUBJ[sk], ctx), "paras": [p for p in P if p], "labels": labels, "topics": topics, "oc": oc}


# ---------------------------------------------------------------- styles (wrappers)
GREET = {
    "portal": ["Dear {cand},", "Dear Applicant,", "Hello {cand},", "{cand},", "Dear {cand} {last},", "Hi {cand},",
               "Dear Candidate,", "Greetings {cand},", "[nz] Kia ora {cand},", "[ie] A chara,"],
    "letter": ["Dear {cand},", "Dear {cand} {last},", "Dear Mx {last},", "[ie] A chara,", "[nz] Kia ora {cand},",
               "Good afternoon {cand},", "Good morning {cand},", "[ca] Dear {cand} / Bonjour {cand},", "Dear {cand}:",
               "[nz] Tēnā koe {cand},", "Hello {cand},"],
    "casual": ["Hi {cand},", "Hey {cand}!", "Hi {cand} -", "{cand},", "[au] G'day {cand},", "[nz] Kia ora {cand}",
               "Morning {cand},", "Hiya {cand},", "Hey there {cand},", "Afternoon {cand},", "[ie] Hi {cand}, hope you're keeping well."],
    "agency": ["Hi {cand},", "Hi {cand}, hope your week's going well.", "{cand} -", "Hey {cand},", "[au] G'day {cand},",
               "Hi {cand}, hope you had a good weekend.", "[ie] Hi {cand}, hope all's good with you."],
}
SIGN = {
    "portal": ["Human Resources\n{org}", "Talent Acquisition\n{org}", "{org} Recruitment Services",
               "Recruitment Team | {org}", "Staffing Services\n{org}", "Thank you,\n{org} Careers",
               "Regards,\nPeople Services\n{org}", "[us] Sincerely,\nOffice of Human Resources\n{org}",
               "[ca] Staffing and Recruitment / Dotation et recrutement\n{org}", "[ie] Recruitment Unit\n{org}",
               "[au,nz] People and Culture\n{org}"],
    "letter": ["Yours sincerely,\n\n{p1}\nChair, Selection Panel\n{org}", "Kind regards,\n{p1}\nHR Business Partner | {org}\n{phone}",
               "Sincerely,\n{p1}\n{title}\n{org}", "[nz] Ngā mihi,\n{p1}\nPeople & Capability\n{org}",
               "[ie] Is mise le meas,\n{p1}\nRecruitment Unit, {org}", "Regards,\n{p1}\nStaffing Advisor, {org}\n{phone}",
               "[ie] Yours faithfully,\n{p1}\nHigher Executive Officer, HR\n{org}", "Best regards,\n{p1}\n{title}\n{org}",
               "[au] Kind regards\n\n{p1}\nSenior Recruitment Advisor | Workforce Services\n{org}\nP {phone}",
               "[us] Respectfully,\n{p1}\nSupervisory HR Specialist\n{org}", "[ca] Sincerely,\n{p1}\nHR Advisor | Conseillère RH\n{org}"],
    "casual": ["Cheers,\n{p1f}", "Thanks!\n{p1f}", "Best,\n{p1}", "Talk soon,\n{p1f}", "Cheers\n{p1f}\n\nSent from my iPhone",
               "[nz] Ngā mihi\n{p1f}", "Thanks heaps,\n{p1f}", "- {p1f}", "Warmly,\n{p1f}", "{p1f}\n{org}",
               "Cheers,\n{p1}\nFounder, {org}", "Thanks\n{p1f}\n\nSent from Outlook for Android"],
    "agency": ["Cheers,\n{p1}\nSenior Consultant | {agency}\n{phone}", "Thanks,\n{p1f}\n{agency}",
               "Kind regards\n{p1}\n{agency} | Public Sector & Government", "Speak soon,\n{p1f}\nM: {phone}",
               "Best,\n{p1}\nPrincipal Consultant\n{agency}"],
}
TITLES = ["Human Resources Specialist", "Talent Acquisition Partner", "Recruitment Coordinator", "Recruiting Lead",
          "HR Officer", "Workforce Advisor", "Director of Nursing", "Principal", "Hiring Manager", "Team Leader, Analytics",
          "Assistant Director, Corporate Services", "Manager, People Operations", "Staffing Officer", "Talent Partner, Technology",
          "Human Capital Consultant", "Executive Assistant to the CEO", "Head of Engineering", "Program Manager"]
FOOT = {
    "us": ["This message was sent from an unmonitored mailbox. Please do not reply.",
           "{org} is an Equal Opportunity Employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or protected veteran status.",
           "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s).",
           "To stop receiving notifications, update your preferences in your account settings.",
           "This e-mail is intended only for the addressee and may contain information that is privileged or exempt from disclosure under applicable law.",
           "{org} participates in E-Verify.", "Questions? Contact the HR office listed in the announcement."],
    "ca": ["Vous pouvez communiquer avec nous en français ou en anglais. / You may communicate with us in English or French.",
           "{org} is committed to employment equity and encourages applications from Indigenous peoples, visible minorities, persons with disabilities and women.",
           "Please do not reply to this automated message.",
           "Ce courriel est confidentiel. This email is confidential.", "Follow us on LinkedIn for news and opportunities."],
    "au": ["{org} acknowledges the Traditional Custodians of the lands on which we work and pays respect to Elders past and present.",
           "This email is confidential. If you are not the intended recipient, please notify the sender and delete it.",
           "Please do not reply to this email as the mailbox is not monitored.",
           "{org} is a child safe organisation and an equal opportunity employer.", "Think before you print.",
           "Aboriginal and Torres Strait Islander people are encouraged to apply for our roles."],
    "nz": ["{org} is committed to Te Tiriti o Waitangi and to being a good employer.",
           "This email may contain privileged information. If you have received it in error please let us know and delete it.",
           "Please consider the environment before printing this email."],
    "ie": ["{org} is an equal opportunities employer.",
           "This email and any files transmitted with it are confidential. Tá an ríomhphost seo faoi rún.",
           "Please do not reply to this email. For queries contact the Recruitment Unit quoting the campaign reference.",
           "{org} is committed to a policy of equal opportunity and to a recruitment process based on merit.",
           "Registered in Ireland. Registered office as above."],
}
PHONE = {"us": "({a}) {b}-{c}", "ca": "{a}-{b}-{c}", "au": "(0{d}) {b} {c}", "nz": "0{d} {b} {c}", "ie": "0{d} {b} {c}"}


def phone(rng, region):
    return PHONE[region].format(a=rng.randint(201, 989), b=rng.randint(200, 999), c=rng.randint(1000, 9999), d=rng.randint(2, 9))


def wrap(rng: random.Random, style: str, region: str, ctx: dict, paras: list[str], sender_person: bool) -> str:
    c = dict(ctx, phone=phone(rng, region), p1f=ctx["p1"].split(" ")[0], title=rng.choice(TITLES))
    greet = K.pick(rng, GREET[style], c)
    sign = K.pick(rng, SIGN[style], c)
    body = "\n\n".join(paras)
    parts = [greet, body, sign]
    if style in ("portal", "letter") and rng.random() < 0.7:
        parts.append(K.fill(rng.choice(FOOT[region]), c))
    return K.spell("\n\n".join(parts), region)


def sender(rng: random.Random, style: str, emp: tuple, ctx: dict) -> tuple[str, str]:
    org, region, sector, dom = emp
    if style == "portal":
        return rng.choice([(f"{org} Careers", f"no-reply@{dom}"), (f"Jobs at {org}", f"careers@{dom}"),
                           (org, f"noreply@jobs.{dom}"), (f"{org} Recruitment", f"recruitment@{dom}"),
                           (f"{org} via Applicant Portal", f"notifications@apply-relay.net")])
    if style == "agency":
        ag = ctx["agency"]
        return ctx["p1"], f"{ctx['p1'].split(' ')[0].lower()}@{ag.lower().replace(' ', '').replace('&', 'and')}.com"
    p = ctx["p1"]
    local = p.lower().replace(" ", ".").replace("'", "").replace("á", "a").replace("ó", "o").replace("í", "i").replace("ā", "a")
    return p, f"{local}@{dom}"
