"""Writer w21, inbox side: big-tech, finance and scale-up interview loops.

What: coordinator scheduling mail, recruiter notes, hiring-committee letters, offer-stage mail,
team matching, finance superdays, studios and biotech panels. When: loaded by build.py.
Each family is one sender persona/template style; each family mixes labelled and unlabelled intents.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

import _w21_say as S
from _w21_bank import (
    TITLES_COORD,
    Counter,
    Ctx,
    decorate_subject,
    footer,
    greet,
    join,
    maybe,
    pick,
    quote,
    sig,
    signoff,
    to_html,
)
from _w21_parts import cap, deadline, feedback_par, offer_par, reasons_par, reject_opening, reject_par

FAMILY_PREFIX = "w21loop"


def _coord_from(rng: random.Random, ctx: Ctx) -> tuple[str, str]:
    return rng.choice([
        (ctx.coord, ctx.coord_addr),
        (f"{ctx.coord} ({ctx.short})", ctx.coord_addr),
        (f"{ctx.co} Recruiting", f"recruiting@{ctx.dom}"),
        (f"{ctx.coord} via {ctx.co} Careers", f"scheduling@{ctx.relay}"),
        (f"{ctx.co} Interview Scheduling", f"interviews@{ctx.dom}"),
    ])


def _rec_from(rng: random.Random, ctx: Ctx) -> tuple[str, str]:
    return rng.choice([(ctx.rec, ctx.rec_addr), (ctx.rec, ctx.rec_addr), (f"{ctx.rec} | {ctx.short}", ctx.rec_addr),
                       (f"{ctx.rec_first} from {ctx.short}", ctx.rec_addr), (ctx.rec, f"{ctx.rec_first.lower()}@{ctx.dom}")])


# ============================== coordinator plain text =====================================================
def fam_coord(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng, sectors=["tech", "fintech", "tech", "gaming", "biotech"])
    fn, fa = _coord_from(rng, ctx)
    g = greet(rng, ctx.cand_first)
    end = join(signoff(rng), sig(rng, ctx.coord, rng.choice(TITLES_COORD), ctx.co))
    kind = rng.choices(["loop", "resched", "agenda", "prep", "confirmed", "travel", "nda", "cancel", "thanks"],
                       [14, 7, 9, 8, 8, 5, 5, 4, 6])[0]
    labels: list[str] = []
    oc: list[str] = []
    n = rng.randint(3, 5)
    if kind == "loop":
        labels = ["interview_invite"]
        subj = pick(rng, f"Next steps: {ctx.co} virtual onsite", f"{ctx.co} | Scheduling your interview loop",
                    f"Onsite interviews for {ctx.role}", f"Your {ctx.short} final round - availability",
                    f"Let's get your loop on the calendar ({ctx.req})", f"{ctx.role} - interview scheduling")
        body = join(g,
                    pick(rng, f"Congratulations on moving through the phone screen! {ctx.rec_first} asked me to set up the next stage for the {ctx.role} role.",
                         f"I'm the coordinator supporting {ctx.rec_first} on the {ctx.role} search, and I'll be scheduling your final round.",
                         f"Great news from the recruiter screen: the team would like to invite you to a virtual onsite for {ctx.role}.",
                         f"The hiring team would like to move you forward to the full interview loop for {ctx.role} ({ctx.req})."),
                    pick(rng, f"Your virtual onsite loop will be {n} sessions of 45 minutes each over {S.video_tool(rng)}, with short breaks in between.",
                         f"The loop is {n} back-to-back conversations (about {n * 45 // 60 + 1} hours in total), all remote.",
                         f"It's {n} interviews, which we can split across two days if that's easier."),
                    maybe(rng, 0.5, "Here's the tentative agenda:\n" + S.agenda(rng, ctx, n)),
                    S.windows_ask(rng),
                    maybe(rng, 0.4, pick(rng, "If you need any accommodations, just let me know.",
                                         "You'll get a prep guide once the schedule is locked.",
                                         "Please also confirm your preferred coding language so we can set up the right environment.")),
                    end)
    elif kind == "resched":
        labels = ["interview_invite"]
        d1, d2 = ctx.day(), ctx.day()
        subj = pick(rng, "Need to reschedule one session", f"Rescheduling your {ctx.short} interview",
                    "Change to your interview schedule", f"Moving your system design round - {ctx.role}",
                    "Quick schedule change")
        who = rng.choice(ctx.interviewers)
        body = join(g,
                    pick(rng, f"Apologies for the shuffle: {who} has been pulled into an incident and can't make your session.",
                         "Unfortunately one of your interviewers is out sick, so we need to move part of your loop.",
                         "The hiring manager has a conflict that came up, so I need to rebook your conversation with them.",
                         "Sorry for the late notice, but we have to move your interview."),
                    pick(rng, f"Could you do {d1} at {ctx.time()} or {d2} at {ctx.time()} instead?",
                         f"I've re-opened the scheduling link so you can pick a new slot: {S.self_link(rng, ctx)}",
                         f"Would {d1} work? Otherwise send me two or three alternatives.",
                         f"New proposed time: {d1}, {ctx.time()}. Let me know if that doesn't suit and we'll find another."),
                    maybe(rng, 0.3, "The rest of your agenda stays exactly as it was."), end)
    elif kind == "agenda":
        subj = pick(rng, "Your agenda for tomorrow", f"Tomorrow's interviews at {ctx.co}", "Schedule + links for your onsite",
                    f"Final agenda - {ctx.role}", "Reminder: your interviews tomorrow")
        body = join(g, pick(rng, "Looking forward to tomorrow! Here's your final schedule:",
                            "Just a reminder of your interviews tomorrow, which are all set:",
                            f"Here's everything you need for your onsite on {ctx.day()}."),
                    S.agenda(rng, ctx),
                    pick(rng, f"All sessions use the same {S.video_tool(rng)} link, which is in your calendar invite.",
                         "Each interviewer will send their own meeting link shortly before their session.",
                         "Please join five minutes early to check audio and screen sharing."),
                    maybe(rng, 0.5, "If anything goes wrong on the day, text me on the number below and I'll sort it."), end)
    elif kind == "prep":
        subj = pick(rng, "Prep materials for your upcoming interviews", f"Preparing for your {ctx.short} onsite",
                    "Interview guide + what to expect", "Some resources before next week")
        body = join(g, pick(rng, "Ahead of your interviews next week, I'm sharing our preparation guide.",
                            "Since your loop is booked, here's some material to help you prepare.",
                            "As promised, a few resources for your scheduled interviews."),
                    pick(rng, "It covers what each session assesses, the format of the coding environment and how to think about the design question.",
                         "Inside you'll find tips on the behavioural round (we use a STAR-style format), plus a practice problem.",
                         "Nothing in it is secret; it's the same guide every candidate gets."),
                    pick(rng, f"Guide: https://careers.{ctx.dom}/interview-prep", "The PDF is attached.", f"Link: https://{ctx.relay}/guides/{rng.randint(100, 999)}"),
                    end)
    elif kind == "confirmed":
        subj = pick(rng, "Confirmed: your interview schedule", "You're all set!", f"Interview confirmation - {ctx.co}",
                    "Booked: final round", "Interview loop confirmed")
        body = join(g, pick(rng, f"Thanks for picking your slots. Your interviews are confirmed for {ctx.day()} starting {ctx.time()}.",
                            f"Great, {ctx.day()} works for everyone. Calendar invites are on their way.",
                            f"Locked in: {ctx.day()}, {ctx.time()}. You'll see individual invites for each session."),
                    maybe(rng, 0.5, S.agenda(rng, ctx)), end)
    elif kind == "travel":
        subj = pick(rng, "Travel for your onsite", f"Flights & hotel for {ctx.day()}", "Booking your trip to our office",
                    "Your travel itinerary")
        body = join(g, pick(rng, "Now that your onsite is confirmed, our travel partner will book your flights and hotel.",
                            "Attached is your itinerary for the onsite next week.",
                            "Please fill in the travel form so we can book flights for your interview day."),
                    pick(rng, "Meals and ground transport are covered up to the usual limits; keep receipts for the expense form.",
                         "The hotel is a ten-minute walk from the office; check-in is under your name.",
                         "Your flight lands the evening before; a car will pick you up."), end)
    elif kind == "nda":
        subj = pick(rng, "Please sign before your interviews", "Candidate NDA", "Action needed: confidentiality agreement",
                    "Quick form before your onsite")
        body = join(g, pick(rng, "Before your onsite, we ask every candidate to sign a short confidentiality agreement, since interviewers may discuss unreleased work.",
                            "Could you e-sign the attached candidate NDA ahead of your scheduled interviews?",
                            "One bit of admin: our visitor and confidentiality form needs to be signed before you come in."),
                    pick(rng, "It takes two minutes.", "Let me know if you have any questions about it.", ""), end)
    elif kind == "cancel":
        labels = ["rejection"]
        r = rng.choice(["role_filled", "role_cancelled"])
        oc = [r]
        subj = pick(rng, "Interview cancelled", f"Update on your {ctx.day()} interview", f"{ctx.role} - cancellation",
                    "Cancelling our session")
        why = rng.choice(S.OC[r])
        body = join(g, pick(rng, f"I'm sorry to be cancelling your upcoming interviews: {why}.",
                            f"I have to cancel the interview we booked. {cap(why)}, so the process for this role is closed.",
                            f"Unfortunately we need to call off your onsite, as {why}."),
                    pick(rng, "I know you put time aside for this, and I apologise.", "This has nothing to do with you.", ""),
                    maybe(rng, 0.4, rng.choice(S.KEEP_IN_MIND)), end)
    else:  # thanks for your time today
        subj = pick(rng, "Thanks for today", "Thank you for interviewing with us", "Following up on today",
                    "Thanks for spending the day with us")
        body = join(g, pick(rng, "Thank you for your time today! I hope the sessions felt good.",
                            "Thanks for making time for the loop today; the team enjoyed meeting you.",
                            "Just a quick note to say thanks for today."),
                    pick(rng, "The interviewers will submit their notes and we'll debrief later this week; expect to hear from your recruiter within 5 business days.",
                         f"{ctx.rec_first} will be in touch with next steps once the panel has met.",
                         "We'll be back in touch soon with an update."), end)
    body = join(body, footer(rng, ctx.co, ctx.dom))
    return C.rec("coord", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj),
                  body_text=body, labels=labels, company=ctx.co, outside_control=oc)


# ============================== recruiter personal notes ====================================================
def fam_recruiter(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng, sectors=["tech", "fintech", "tech"])
    fn, fa = _rec_from(rng, ctx)
    g = greet(rng, ctx.cand_first)
    end = join(signoff(rng), sig(rng, ctx.rec, rng.choice(["Technical Recruiter", "Senior Technical Recruiter", "Talent Partner", "Recruiter, Infrastructure", "Lead Recruiter"]), ctx.co, ctx.rec_addr))
    kind = rng.choices(["screen", "debrief_rej", "rej", "offer_stage", "keep", "closed", "rej_other", "status", "pass_fb", "noshare", "ack"],
                       [10, 13, 7, 5, 4, 5, 7, 5, 4, 5, 8])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    if kind == "screen":
        labels = ["interview_invite"]
        subj = pick(rng, f"{ctx.role} at {ctx.co}", f"Intro call - {ctx.short}", "Next step: recruiter screen",
                    f"Your application to {ctx.co}", f"Chat about {ctx.role}?")
        body = join(g, pick(rng, f"Thanks for applying to the {ctx.role} role. Your background in {rng.choice(['payments', 'distributed storage', 'ML infrastructure', 'mobile', 'data platforms', 'security'])} caught my eye.",
                            f"I'm {ctx.rec_first}, the recruiter for {ctx.role} at {ctx.co}; I've read through your application and would like to talk.",
                            f"I'd love to tell you more about the {ctx.role} opening and hear about what you're looking for."),
                    pick(rng, f"Would you have 30 minutes for a phone screen this week? Grab any slot here: {S.self_link(rng, ctx)}",
                         f"Are you free for a 30-minute call on {ctx.day()} or {ctx.day()}? I'll cover the team, the process and comp ranges.",
                         f"The first step is a 25-minute conversation with me. {S.windows_ask(rng)}",
                         "Let me know a couple of times that work for a quick intro call and I'll send an invite."),
                    end)
    elif kind in ("debrief_rej", "rej"):
        labels = ["rejection"]
        subj = pick(rng, f"Update on {ctx.role}", f"{ctx.co} interview outcome", "Following up after your loop", "Your interviews with us",
                    f"{ctx.role} ({ctx.req})", "Decision", "Catching up after the debrief")
        fb = ""
        if kind == "debrief_rej":
            labels.append("feedback")
            fb, topics = feedback_par(rng, ctx)
            fb = join(pick(rng, "I'd like to share some of the feedback, since you asked for it on our call.",
                           "I always try to pass on feedback, so here goes.", "A few notes from the debrief, which I hope help:", ""), fb)
        rs, oc = reasons_par(rng, 0.25 if kind == "debrief_rej" else 0.45)
        body = join(g, reject_opening(rng, ctx), reject_par(rng, ctx), rs, fb,
                    maybe(rng, 0.35, rng.choice(S.COOLOFF)), maybe(rng, 0.3, rng.choice(S.KEEP_IN_MIND)), end)
    elif kind == "offer_stage":
        labels = ["offer"]
        subj = pick(rng, "Great news!", f"{ctx.co} - moving to offer", "Offer stage 🎉", f"Good news on {ctx.role}")
        body = join(g, pick(rng, "I'm so happy to share that the committee approved you, and we'd like to move you to the offer stage.",
                            "The debrief went really well, and we want to make you an offer.",
                            "I have great news: we're extending you an offer for the role."),
                    pick(rng, "Here's the package I'm able to put forward:\n" + S.package(rng, ctx),
                         "Before the formal letter goes out, here are the headline numbers:\n" + S.package(rng, ctx)),
                    maybe(rng, 0.6, deadline(rng, ctx)),
                    pick(rng, "When can we jump on a call to walk through it?", "Happy to answer any questions on the details.", ""), end)
    elif kind == "keep":
        subj = pick(rng, "Keeping in touch", "Nice to meet you", f"Following up - {ctx.co}", "Future roles")
        body = join(g, pick(rng, "Thanks for the coffee chat last week; it was great to learn about your work.",
                            "Really enjoyed our conversation at the meetup.",
                            "Thanks for getting back to me so quickly."),
                    pick(rng, "We don't have an opening that matches your background right now, but that changes often.",
                         "Nothing on our side lines up with what you're after at the moment."),
                    rng.choice(S.KEEP_IN_MIND), end)
    elif kind == "closed":
        subj = pick(rng, f"Re the {ctx.role} role", "Quick update on the role I mentioned", "That opening at " + ctx.co)
        subj = decorate_subject(rng, subj, reply=rng.random() < 0.5)
        body = join(g, pick(rng, f"I reached out a couple of weeks ago about {ctx.role}; before we got as far as setting anything up, the role was closed.",
                            f"Heads up: the {ctx.role} opening I messaged you about has been put on hold, so there's no point applying for now.",
                            "Before you spend time on an application: the role I pinged you about has just been closed internally."),
                    pick(rng, "Sorry for the false start.", "Apologies for getting your hopes up.", ""),
                    maybe(rng, 0.6, rng.choice(S.KEEP_IN_MIND)), end)
    elif kind == "rej_other":
        labels = ["rejection", "interview_invite"]
        other = rng.choice(["Software Engineer, Developer Tools", "Site Reliability Engineer", "Data Engineer, Analytics Platform", "Solutions Engineer", "Backend Engineer, Identity", "Machine Learning Engineer, Ranking"])
        subj = pick(rng, f"{ctx.role} update + another idea", "An update, and a different role", f"Your {ctx.short} candidacy")
        rs, oc = reasons_par(rng, 0.5)
        body = join(g, reject_par(rng, ctx), rs,
                    pick(rng, f"That said, the {other} team saw your profile and would like to talk. Would you be up for a 45-minute interview with their manager next week?",
                         f"I do think you'd be a strong fit for {other}, and the hiring manager there has asked to set up a technical screen. {S.windows_ask(rng)}",
                         f"Separately, I'd like to invite you to interview for {other}; here's a link to book the first round: {S.self_link(rng, ctx)}"),
                    end)
    elif kind == "status":
        subj = pick(rng, "Quick status update", "Still working on it", f"Re: {ctx.role} timeline", "Where things stand")
        body = join(g, pick(rng, "Just a note so you're not left wondering: your packet is still with the hiring committee, and I expect a decision next week.",
                            "We're still collecting interviewer feedback; one panelist has been travelling. Hang tight!",
                            "No decision yet. The committee meets on Thursday and I'll call you right after.",
                            "Your application is still under review with the hiring manager."), end)
    elif kind == "pass_fb":
        labels = ["feedback", "interview_invite"]
        fb, topics = feedback_par(rng, ctx, n_weak=1, pool=["communication", "questions_to_ask", "system_design", "coding", "technical_depth", "behavioural"])
        subj = pick(rng, "You're through to the onsite!", "Screen feedback + next steps", f"{ctx.co}: next round")
        body = join(g, pick(rng, "Good news: you passed the technical screen.", "The phone screen went well and we'd like to keep going."),
                    pick(rng, "Your interviewer left some notes worth keeping in mind for the next round.", "Some feedback to help you prepare:"), fb,
                    pick(rng, f"Next up is the virtual onsite. {S.windows_ask(rng)}", f"Please pick times for the final round here: {S.self_link(rng, ctx)}"),
                    end)
    elif kind == "ack":
        labels = ["application_ack"]
        subj = pick(rng, f"Your application - {ctx.role}", "Got your application", f"{ctx.short} application ({ctx.req})", "Thanks for applying!")
        body = join(g, pick(rng, f"Just a personal note to say your application for {ctx.role} has reached me, and I'll be the recruiter looking after it.",
                            f"Thanks for applying to {ctx.co}! I've got your application in front of me.",
                            f"Confirming I received the CV you sent through {ctx.rec_first}'s referral; it's now in our system against {ctx.req}.",
                            "Your application came through on our side. Thank you for thinking of us."),
                    pick(rng, "I'm reviewing with the hiring manager this week and will come back to you either way.",
                         "Our process usually starts with a 30-minute call with me if there's a match; I'll let you know within about ten days.",
                         "It may take a little while to hear back since the role has been popular, but you will hear from me.",
                         "Nothing needed from you in the meantime."), end)
    else:  # noshare after candidate asked
        subj = decorate_subject(rng, pick(rng, "Feedback on my interviews", f"{ctx.role} - feedback", "Quick question"), reply=True)
        asked = join(greet(rng, ctx.rec_first), pick(rng, "Thanks for letting me know. Would you be able to share any feedback from the panel?",
                                                     "Sorry to hear that. Is there anything I could work on for next time?"),
                     signoff(rng), ctx.cand_first)
        body = join(g, rng.choice(S.NO_FEEDBACK), pick(rng, "I know that's frustrating to hear.", "I hope you understand.", ""),
                    maybe(rng, 0.5, rng.choice(S.KEEP_IN_MIND)), end,
                    quote(rng, ctx.cand, ctx.cand_addr, fa, subj, asked))
    if kind != "noshare":
        body = join(body, footer(rng, ctx.co, ctx.dom, "human"))
    return C.rec("recruiter", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr,
                 subject=subj if subj.startswith(("Re", "RE", "AW", "[")) else decorate_subject(rng, subj),
                 body_text=body, labels=labels, company=ctx.co, topics=topics, outside_control=oc)


# ============================== hiring committee letters ====================================================
def fam_committee(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng)
    fn, fa = rng.choice([(f"{ctx.co} Hiring Committee", f"hiring-committee@{ctx.dom}"), (ctx.rec, ctx.rec_addr),
                         (f"{ctx.co} Recruiting", f"no-reply@{ctx.dom}"), (f"{ctx.co}", f"careers@{ctx.dom}")])
    g = rng.choice([f"Dear {ctx.cand},", f"Dear {ctx.cand_first},", f"Hi {ctx.cand_first},", f"Dear {ctx.cand_first} {ctx.cand_last},"])
    end = join(rng.choice(["Sincerely,", "Kind regards,", "Best regards,", "With best wishes,"]),
               rng.choice([ctx.rec, f"{ctx.rec}\non behalf of the {ctx.co} Hiring Committee", f"The {ctx.co} Recruiting Team", f"{ctx.rec}, {ctx.co}"]))
    kind = rng.choices(["rej", "rej_fb", "offer", "more", "not_extend", "pending"], [11, 12, 7, 6, 6, 7])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    intro = pick(rng, f"Thank you for completing the interview process for {ctx.role} ({ctx.req}).",
                 f"Your interview packet for the {ctx.level} {ctx.role} role was reviewed by our hiring committee this week.",
                 f"The hiring committee met on {ctx.day()} to review your interviews for {ctx.role}.",
                 f"Thank you again for interviewing with {ctx.co}. Every candidate's packet is reviewed by a committee of engineers who were not on the panel, which is why this took a little longer.")
    if kind in ("rej", "rej_fb", "not_extend"):
        labels = ["rejection"]
        subj = pick(rng, f"Hiring committee decision - {ctx.role}", f"Your {ctx.co} application", f"Update regarding {ctx.role}",
                    f"Outcome of your interviews ({ctx.req})", f"{ctx.co}: committee outcome")
        core = reject_par(rng, ctx) if kind != "not_extend" else pick(rng,
                 "After reviewing the interview feedback, we've decided not to extend an offer.",
                 f"The committee has concluded that we will not be extending an offer for {ctx.role} at this time.",
                 "I'm sorry to tell you that we will not be making an offer.",
                 "We've decided not to extend an offer, although the decision was a close one.")
        fb = ""
        if kind == "rej_fb":
            labels.append("feedback")
            fb, topics = feedback_par(rng, ctx)
            fb = join(pick(rng, "The committee asked me to share the main themes of its discussion:", "To help with future interviews, the committee summarised its reasoning:",
                           "Summary of the committee's assessment:", ""), fb)
        rs, oc = reasons_par(rng, 0.3)
        body = join(g, intro, core, rs, fb, maybe(rng, 0.5, rng.choice(S.COOLOFF)),
                    maybe(rng, 0.3, "We appreciate the effort you put into preparing, and we wish you every success."), end)
    elif kind == "offer":
        labels = ["offer"]
        subj = pick(rng, f"Hiring committee decision - {ctx.role}", "Congratulations from " + ctx.co, f"Offer: {ctx.role}",
                    "Your offer from " + ctx.co)
        body = join(g, intro, offer_par(rng, ctx), maybe(rng, 0.6, S.package(rng, ctx)),
                    pick(rng, "Your recruiter will call you to walk through the details and answer any questions.",
                         "The formal offer letter is attached and can be signed through the link in the document.",
                         f"The offer is contingent on a standard background check. {deadline(rng, ctx)}"), end)
    elif kind == "more":
        labels = ["interview_invite"]
        subj = pick(rng, "One more conversation", f"Additional interview - {ctx.role}", "Request for a follow-up interview",
                    f"{ctx.co}: next step")
        body = join(g, intro, pick(rng, "Before reaching a decision, the committee has asked for one additional 60-minute interview, which is a normal part of our process.",
                                   "Before making a decision, the committee would like you to do one more technical round with a senior engineer.",
                                   "The committee would like to invite you to a final conversation with the director of the organisation."),
                    pick(rng, S.windows_ask(rng), f"Please choose a slot here: {S.self_link(rng, ctx)}"), end)
    else:
        subj = pick(rng, "Your packet is with the committee", "Where your application stands", f"{ctx.role}: timing update")
        body = join(g, pick(rng, f"Your interview feedback is complete and your packet goes to committee on {ctx.day()}.",
                            "We're still waiting for the committee's calendar; your application remains under review.",
                            "Quick update: the committee review is taking a little longer than usual because of the holiday week."),
                    pick(rng, "You should hear back within 5-7 business days.", "I'll update you as soon as I have news.",
                         "No action is needed on your side."), end)
    body = join(body, footer(rng, ctx.co, ctx.dom))
    return C.rec("committee", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj),
                 body_text=body, labels=labels, company=ctx.co, topics=topics, outside_control=oc)


# ============================== candidate portal (HTML) =====================================================
def fam_portal(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng)
    fn, fa = rng.choice([(f"Jobs at {ctx.co}", f"no-reply@{ctx.relay}"), (f"{ctx.co} Careers", f"careers-noreply@{ctx.dom}"),
                         (f"{ctx.co} Talent Acquisition", f"do-not-reply@{ctx.relay}"), ("no-reply", f"no-reply@{ctx.relay}"),
                         (f"{ctx.co} Candidate Portal", f"portal@{ctx.relay}")])
    g = rng.choice([f"Hi {ctx.cand_first},", f"Dear {ctx.cand_first},", f"Hello {ctx.cand},", "Dear Candidate,", f"Hi {ctx.cand_first}!"])
    kind = rng.choices(["ack", "ack_oa", "review", "profile", "oa", "oa_done", "oa_nudge", "decision", "referral", "survey"],
                       [27, 9, 6, 4, 5, 4, 4, 6, 4, 4])[0]
    labels: list[str] = []
    oc: list[str] = []
    button = None
    link = f"https://careers.{ctx.dom}/portal/{rng.getrandbits(40):x}"
    sign = rng.choice([f"The {ctx.co} Recruiting Team", f"{ctx.co} Talent Acquisition", f"Team {ctx.short}", "Talent Team"])
    if kind in ("ack", "ack_oa"):
        labels = ["application_ack"]
        subj = pick(rng, f"Thanks for applying to {ctx.co}", f"We've received your application for {ctx.role}",
                    f"Application received: {ctx.role} ({ctx.req})", f"{ctx.co} | Application confirmation", f"Your application to {ctx.co} 🚀")
        body = join(g, pick(rng, f"Thank you for applying for {ctx.role}. This note confirms we've received your application.",
                            f"We've got your application for the {ctx.role} position (req {ctx.req}).",
                            f"Your application to {ctx.co} is in. Thanks for your interest in joining us!"),
                    pick(rng, "Our recruiting team reviews every application, and if your experience matches what the team needs, a recruiter will reach out.",
                         "You can follow the status of your application in the candidate portal at any time.",
                         "Because of the volume we receive, it can take a few weeks to hear back."))
        if kind == "ack_oa":
            labels.append("interview_invite")
            oa = rng.choice(["online coding assessment", "HackerRank-style assessment", "recorded video interview",
                             "90-minute technical assessment", "numerical reasoning test", "work-style questionnaire and coding challenge"])
            body = join(body, pick(rng, f"The next step is a {oa}. Please complete it within {ctx.hours() * 2} hours using the link below.",
                                   f"As the first stage of our process, we'd like to invite you to complete a {oa}.",
                                   f"To keep things moving, you're invited to take our {oa} now; it unlocks in your portal."))
            button = ("Start assessment", f"https://assess.{ctx.relay}/{rng.getrandbits(40):x}")
        else:
            button = rng.choice([None, ("View application", link)])
    elif kind == "review":
        subj = pick(rng, "Your application status", f"An update on {ctx.role}", "Still in review", f"{ctx.co}: application status")
        body = join(g, pick(rng, f"Your application for {ctx.role} is still under review. We appreciate your patience.",
                            "We wanted to let you know the hiring team is still reviewing applications for this role.",
                            "Status: In review. No action needed from you."))
        button = ("Check status", link)
    elif kind == "profile":
        subj = pick(rng, "Complete your candidate profile", "Your profile is 60% complete", "Finish setting up your account", "Don't forget to add your work history")
        body = join(g, pick(rng, "Candidates with a complete profile are easier for our recruiters to match with open roles.",
                            "You started creating a profile but haven't finished. Add your skills and resume to get matched to teams.",
                            "A few fields in your profile are still empty."))
        button = ("Complete profile", link)
    elif kind == "oa":
        labels = ["interview_invite"]
        subj = pick(rng, f"{ctx.co}: your online assessment", "Invitation: technical assessment", f"Next step for {ctx.role}",
                    "You're invited to a video interview", "Action required: coding challenge")
        body = join(g, pick(rng, f"Thanks for your interest in {ctx.role}! We'd like to invite you to the next stage: an online assessment.",
                            f"We're pleased to invite you to a recorded video interview for {ctx.role}.",
                            f"You've been selected for the coding challenge stage of the {ctx.role} process."),
                    pick(rng, f"It takes about {rng.choice([60, 75, 90, 120])} minutes and must be finished within {ctx.hours()} hours of starting.",
                         f"Please complete it by {ctx.day()}.", "You'll answer 4 questions, with two minutes to prepare each answer."))
        button = ("Begin", f"https://assess.{ctx.relay}/{rng.getrandbits(40):x}")
    elif kind == "oa_done":
        subj = pick(rng, "Assessment received", "Thanks for completing your assessment", "We've got your submission")
        body = join(g, pick(rng, "We've received your completed assessment. The team will review it and be in touch.",
                            "Your submission has been recorded. No further action is needed right now."))
    elif kind == "oa_nudge":
        subj = pick(rng, "Reminder: finish your assessment", "Your assessment expires soon", "You're almost done ⏰")
        body = join(g, pick(rng, f"You started your assessment but haven't submitted yet. It will expire in {ctx.hours()} hours.",
                            "Just a reminder that your assessment is still in progress."))
        button = ("Resume assessment", f"https://assess.{ctx.relay}/{rng.getrandbits(40):x}")
    elif kind == "decision":
        labels = ["rejection"]
        subj = pick(rng, f"Update on your application to {ctx.co}", f"Your application for {ctx.role}", f"{ctx.co} application update",
                    "Regarding your application")
        rs, oc = reasons_par(rng, 0.35)
        body = join(g, pick(rng, f"Thank you for your interest in {ctx.role} at {ctx.co}.", "Thank you for taking the time to apply."),
                    reject_par(rng, ctx), rs,
                    maybe(rng, 0.4, rng.choice(S.COOLOFF)),
                    pick(rng, "We encourage you to keep an eye on our careers site for future openings.", "We wish you the best in your search.", ""))
    elif kind == "referral":
        subj = pick(rng, f"{rng.choice(['Someone', ctx.rec_first])} referred you to {ctx.co}", "You've been referred!", f"A referral for {ctx.role}")
        body = join(g, pick(rng, f"{ctx.rec} at {ctx.co} has referred you for {ctx.role}. To be considered, please complete your application using the link below.",
                            f"Good news: a friend of yours who works at {ctx.co} submitted a referral for you. Finish your application to let the recruiting team see it."))
        button = ("Apply now", link)
    else:
        subj = pick(rng, "How did we do?", "Tell us about your interview experience", f"{ctx.co} candidate survey", "2 minutes of feedback?")
        body = join(g, pick(rng, "You recently interviewed with us, and we'd love to hear how the experience felt. The survey is anonymous.",
                            "We're always trying to improve our recruiting process. Would you rate your interview experience?",
                            "Regardless of the outcome, your feedback about our process helps us improve."))
        button = ("Take the survey", f"https://survey.{ctx.relay}/{rng.getrandbits(32):x}")
    body = join(body, sign, footer(rng, ctx.co, ctx.dom))
    mode = rng.random()
    html_body = to_html(rng, body, ctx.co, button) if mode < 0.75 else None
    text_body = "" if mode < 0.4 else body + (f"\n{button[0]}: {button[1]}\n" if button else "")
    return C.rec("portal", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj),
                 body_text=text_body, body_html=html_body, labels=labels, company=ctx.co, outside_control=oc)


# ============================== offer stage =================================================================
def fam_offer(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng, sectors=["tech", "fintech", "finance", "tech"])
    fn, fa = _rec_from(rng, ctx)
    g = greet(rng, ctx.cand_first)
    end = join(signoff(rng), sig(rng, ctx.rec, rng.choice(["Senior Recruiter", "Talent Partner", "Technical Recruiter", "Recruiting Lead"]), ctx.co))
    kind = rng.choices(["offer", "exploding", "revised", "nego", "bgcheck", "onboard", "reloc", "declined"], [11, 5, 7, 7, 5, 6, 4, 3])[0]
    labels: list[str] = []
    reply = False
    if kind == "offer":
        labels = ["offer"]
        subj = pick(rng, f"Your offer from {ctx.co}", "Written offer details", f"{ctx.role} - offer", "Offer letter attached")
        body = join(g, offer_par(rng, ctx), S.package(rng, ctx), maybe(rng, 0.5, deadline(rng, ctx)),
                    pick(rng, "The full letter is attached for your signature.", "Let me know if you'd like to talk to anyone on the team before deciding.", ""), end)
    elif kind == "exploding":
        labels = ["offer"]
        subj = pick(rng, "Offer - time sensitive", f"{ctx.co} offer (expires {ctx.day()})", "Your offer and next steps")
        body = join(g, pick(rng, f"As discussed, we're offering you the {ctx.role} role.", "Congratulations again! Here's the offer in writing.",
                            f"Following our call, {ctx.co} is pleased to offer you the position."),
                    S.package(rng, ctx),
                    pick(rng, f"Please note the offer is valid for {ctx.hours()} hours; after that we'll move to the next candidate.",
                         f"We do need a decision by {ctx.day()}, as the cohort start date is fixed.",
                         f"The sign-on bonus is only available if you accept by {ctx.day()}."), end)
    elif kind == "revised":
        labels = ["offer"]
        reply = True
        subj = pick(rng, f"Your offer from {ctx.co}", "Offer", f"Updated offer - {ctx.role}")
        body = join(g, pick(rng, "Good news: I went back to the compensation team with the competing offer you shared, and we've been able to improve ours.",
                            "Thanks for your patience while I worked on this. Here is our revised offer:",
                            "We've updated the offer to reflect your request."),
                    S.package(rng, ctx), maybe(rng, 0.5, deadline(rng, ctx)), end)
    elif kind == "nego":
        reply = True
        subj = pick(rng, f"Your offer from {ctx.co}", "Offer questions", "Compensation")
        body = join(g, pick(rng, "Thanks for sending over your thoughts on the package. I've taken them to the comp team and I'll come back to you by Thursday.",
                            "I hear you on the equity. Let me see what flexibility exists; no promises, but I'll push.",
                            "Appreciate you being upfront about the other process. I'm checking with the hiring manager and will update you tomorrow.",
                            "Our bands are fairly firm at this level, but I've asked whether a larger sign-on is possible. I'll let you know."), end)
    elif kind == "bgcheck":
        subj = pick(rng, "Background check - next steps", "Action needed: background screening", "Pre-employment checks")
        body = join(g, pick(rng, "Thanks for signing your offer! The next step is a background check run by our screening partner.",
                            "Welcome aboard! You'll get an email from our screening vendor to start the background check.",
                            "Now that you've accepted, please complete the pre-employment screening form."),
                    pick(rng, "It usually takes 3-5 business days.", "Let me know if anything in it is unclear.", ""), end)
    elif kind == "onboard":
        subj = pick(rng, f"Welcome to {ctx.co}!", "Your first day", "Onboarding checklist", "Day-one details", "Getting you set up")
        body = join(g, pick(rng, f"We're so glad you accepted! Your start date is {ctx.day()}.",
                            "Welcome to the team. Please fill in your I-9 / right-to-work documents in the onboarding portal before your start date.",
                            "Your laptop ships next week. Here's the checklist for your first day."),
                    pick(rng, "Orientation starts at 9:30 on your first day.", "Your manager will reach out to say hi.",
                         "Your buddy will show you around in week one."), end)
    elif kind == "reloc":
        subj = pick(rng, "Relocation support", "Your move - next steps", "Relocation partner intro")
        body = join(g, pick(rng, "Now that your offer is signed, I'm connecting you with our relocation partner, who will handle your move and temporary housing.",
                            "Our mobility team will reach out about your visa paperwork and relocation package.",
                            "Here are the details of the relocation package you accepted and how to claim it."), end)
    else:
        subj = pick(rng, "Re: decision", "Thanks for letting me know", f"{ctx.co} offer")
        reply = True
        body = join(g, pick(rng, "Thanks for letting me know you've decided to go with the other company. I'm sad, but I completely understand.",
                            "Understood, and thank you for being so transparent throughout. The door is always open."), end)
    body = join(body, footer(rng, ctx.co, ctx.dom, "human"))
    return C.rec("offerdesk", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj, reply=reply),
                 body_text=body, labels=labels, company=ctx.co)


# ============================== team matching ===============================================================
def fam_teammatch(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng, sectors=["tech"])
    fn, fa = rng.choice([(ctx.rec, ctx.rec_addr), (f"{ctx.co} Team Matching", f"teammatch@{ctx.dom}"), (ctx.coord, ctx.coord_addr)])
    g = greet(rng, ctx.cand_first)
    end = join(signoff(rng), sig(rng, fn.split(" (")[0], "Team Matching", ctx.co))
    kind = rng.choices(["call", "call2", "nomatch", "matched", "remind", "slow"], [8, 4, 5, 5, 6, 4])[0]
    labels: list[str] = []
    oc: list[str] = []
    team = rng.choice(["Ads Measurement", "Maps Routing", "Storage Infrastructure", "Payments Risk", "Developer Productivity",
                       "Search Quality", "Cloud Networking", "Identity", "Video Encoding", "Trust & Safety Tooling"])
    if kind in ("call", "call2"):
        labels = ["interview_invite"]
        subj = pick(rng, "Team matching: first conversation", f"Host match call with {team}", "Team matching call", "Next step: meeting teams")
        body = join(g, pick(rng, f"Congrats on clearing the hiring committee! Next we match you with a team. The {team} manager, {ctx.hm}, would like a 30-minute call.",
                            f"{ctx.hm} from {team} has reviewed your packet and wants to meet you for a team-matching conversation.",
                            f"You've got interest from {team}. These calls are two-way: they assess fit, and you get to interview them."),
                    pick(rng, S.windows_ask(rng), f"Pick a time here: {S.self_link(rng, ctx)}", f"Does {ctx.day()} at {ctx.time()} work?"), end)
    elif kind == "nomatch":
        labels = ["rejection"]
        subj = pick(rng, "Team matching update", "Closing out your candidacy", "An update on team matching")
        rs, oc = reasons_par(rng, 0.5)
        body = join(g, pick(rng, "We've been trying to find the right team for you for a couple of months, and I'm sorry to say we haven't been able to land a match.",
                            "Despite several conversations, none of the host teams has an open seat that fits."),
                    pick(rng, "As a result, we'll be closing out your candidacy for now.", "That means we won't be moving forward with an offer at this point.",
                         "I'm going to close your application, which I know is disappointing after a strong loop."), rs,
                    maybe(rng, 0.5, "Your interview results stay valid for a year if something opens up."), end)
    elif kind == "matched":
        labels = ["offer"]
        subj = pick(rng, f"You're matched with {team}!", "Offer time", "Team match confirmed + offer")
        body = join(g, f"{ctx.hm} and the {team} team would love to have you, and we're now extending you an offer.",
                    S.package(rng, ctx), maybe(rng, 0.5, deadline(rng, ctx)), end)
    elif kind == "remind":
        subj = pick(rng, "Reminder: team matching call tomorrow", f"Tomorrow: chat with {ctx.hm}", "Heads up for your call")
        body = join(g, pick(rng, f"Friendly reminder of your call with {ctx.hm} ({team}) tomorrow at {ctx.time()}.",
                            f"Your team-matching conversation with {team} is tomorrow; the dial-in is in the invite."),
                    maybe(rng, 0.5, "Come with questions about what the team is building; these calls are as much for you as for them."), end)
    else:
        subj = pick(rng, "Team matching: still looking", "Quick update", "No news yet, but")
        body = join(g, "Team matching is taking a bit longer than usual this quarter. I'm still circulating your packet and will update you when a manager bites.", end)
    return C.rec("teammatch", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj),
                 body_text=join(body, footer(rng, ctx.co, ctx.dom, "human")), labels=labels, company=ctx.co, outside_control=oc)


# ============================== finance: analyst programs, superdays ========================================
def fam_finance(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng, sectors=["finance"])
    fn, fa = rng.choice([(f"{ctx.co} Campus Recruiting", f"campus@{ctx.dom}"), (f"{ctx.co} Careers", f"careers@{ctx.relay}"),
                         (ctx.rec, ctx.rec_addr), (f"{ctx.co} Early Careers", f"earlycareers@{ctx.dom}")])
    g = rng.choice([f"Dear {ctx.cand_first},", f"Dear {ctx.cand},", f"Hello {ctx.cand_first},", "Dear Candidate,"])
    end = join(rng.choice(["Kind regards,", "Regards,", "Best regards,", "Sincerely,"]),
               rng.choice([f"{ctx.co} Recruiting", ctx.rec, f"{ctx.rec}\nCampus Recruiting | {ctx.co}", "Graduate Recruitment Team"]))
    kind = rng.choices(["ack", "hirevue", "superday", "rej", "rej_fb", "offer", "noshare", "event", "superday_info"], [12, 6, 7, 8, 5, 6, 4, 6, 4])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    prog = rng.choice(["2027 Summer Analyst Program", "Quantitative Research Internship", "Technology Analyst Program",
                       "Markets Graduate Program", ctx.role])
    if kind == "ack":
        labels = ["application_ack"]
        subj = pick(rng, f"Application received - {prog}", f"Thank you for applying to {ctx.co}", f"{ctx.co}: we have your application")
        body = join(g, pick(rng, f"Thank you for applying to the {prog}. We confirm receipt of your application.",
                            f"This is to confirm that your application for the {prog} has been submitted successfully."),
                    pick(rng, "We review applications on a rolling basis, so applying early is helpful.",
                         "If shortlisted, you'll be invited to the next stage by email."), end)
    elif kind == "hirevue":
        labels = ["interview_invite"]
        subj = pick(rng, f"Invitation to video interview - {prog}", "Next stage: digital interview", f"{ctx.co} | First-round interview")
        body = join(g, pick(rng, f"We are pleased to invite you to the first round for the {prog}, a pre-recorded video interview.",
                            f"Congratulations, your application for the {prog} has been shortlisted for a digital interview."),
                    pick(rng, f"Please complete it by {ctx.day()}. You'll have 30 seconds to prepare and up to 2 minutes per answer.",
                         f"The link remains active for {ctx.hours()} hours."), end)
    elif kind == "superday":
        labels = ["interview_invite"]
        subj = pick(rng, "Superday invitation", f"Final round - {prog}", f"{ctx.co} Superday: {ctx.day()}", "Invitation to our assessment centre")
        body = join(g, pick(rng, f"Congratulations! We'd like to invite you to our Superday for the {prog} on {ctx.day()}.",
                            "Following your first-round interviews, you're invited to our final-round assessment centre.",
                            "The desk enjoyed meeting you and would like you back for final rounds."),
                    pick(rng, "You'll have four back-to-back interviews with desk heads, plus a short case.",
                         "The day includes a markets game, a technical interview and two fit conversations.",
                         "Please confirm your attendance by replying to this email."), end)
    elif kind == "superday_info":
        subj = pick(rng, "Superday logistics", "Your final round: what to bring", "Building access for Thursday")
        body = join(g, pick(rng, "Ahead of your confirmed Superday, here are the logistics: arrive 20 minutes early, bring photo ID, business attire.",
                            "Your building pass will be at reception. Lunch is provided. Interviews run until about 4pm."), end)
    elif kind in ("rej", "rej_fb"):
        labels = ["rejection"]
        subj = pick(rng, f"{prog} - application update", f"Your application to {ctx.co}", "Outcome of your final round", "Application status")
        rs, oc = reasons_par(rng, 0.35)
        fb = ""
        if kind == "rej_fb":
            labels.append("feedback")
            fb, topics = feedback_par(rng, ctx, pool=["composure", "technical_depth", "communication", "behavioural", "questions_to_ask", "experience_level"])
            fb = join(pick(rng, "The interviewers shared a few observations:", "Feedback from the desk:", "For what it's worth, the panel noted:"), fb)
        body = join(g, pick(rng, f"Thank you for your interest in the {prog}.", "Thank you for attending our final round."),
                    pick(rng, "Following a highly competitive process, we regret to inform you that we are unable to offer you a place.",
                         "We regret to inform you that your application will not be progressed further.", reject_par(rng, ctx)),
                    rs, fb, maybe(rng, 0.4, "You are welcome to apply for future programs."), end)
    elif kind == "offer":
        labels = ["offer"]
        subj = pick(rng, f"Offer - {prog}", "Congratulations!", f"{ctx.co} offer of employment")
        body = join(g, pick(rng, f"We are delighted to offer you a place on the {prog}.", f"Congratulations! Following your Superday, {ctx.co} is pleased to offer you a position in the {prog}."),
                    pick(rng, S.package(rng, ctx), "Your offer letter with compensation details is attached."),
                    deadline(rng, ctx), end)
    elif kind == "noshare":
        subj = decorate_subject(rng, "Feedback request", reply=True)
        body = join(g, rng.choice(S.NO_FEEDBACK), "We wish you every success in your career.", end)
    else:
        subj = pick(rng, f"You're invited: {ctx.co} Women in Markets evening", "Join our Quant Insight Webinar", f"{ctx.co} campus presentation",
                    "Spring Insight Week - applications open")
        body = join(g, pick(rng, f"We'd like to invite you to an informal networking evening with our traders on {ctx.day()}.",
                            f"Register for our webinar on careers in quantitative research, {ctx.day()} at {ctx.time()}.",
                            "Our Insight Week gives first-year students a look at life on a trading floor; applications are now open."),
                    pick(rng, "Spaces are limited, so please register early.", "Drinks and canapés provided."), end)
    return C.rec("finance", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj),
                 body_text=join(body, footer(rng, ctx.co, ctx.dom)), labels=labels, company=ctx.co, topics=topics, outside_control=oc)


# ============================== studios and biotech panels ==================================================
def fam_studio(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng, sectors=["gaming"])
    fn, fa = _rec_from(rng, ctx)
    g = greet(rng, ctx.cand_first)
    end = join(signoff(rng), sig(rng, ctx.rec, rng.choice(["Recruiter, Games", "Talent Acquisition", "Studio Recruiter", "Senior Recruiter"]), ctx.co))
    kind = rng.choices(["ack", "arttest", "rej", "rej_fb", "offer", "playtest", "loop"], [6, 7, 6, 7, 3, 4, 5])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    if kind == "ack":
        labels = ["application_ack"]
        subj = pick(rng, f"Thanks for applying - {ctx.role}", f"{ctx.co}: application received", "We got your portfolio!")
        body = join(g, pick(rng, f"Thanks for sending your application and portfolio for {ctx.role}. It's landed safely with our team.",
                            f"Just confirming we received your application for {ctx.role}."),
                    pick(rng, "Our leads review portfolios in batches every two weeks.", "We'll be in touch either way."), end)
    elif kind == "arttest":
        labels = ["interview_invite"]
        subj = pick(rng, "Art test / next step", f"{ctx.role} - take-home test", "Design test invitation", "Next stage: technical test")
        body = join(g, pick(rng, f"The leads liked your reel and would like to invite you to the next stage: a short take-home test for {ctx.role}.",
                            "We'd like you to take on our design test. It's scoped to about six hours and you'll have a week.",
                            "Next step is a programming test in our engine sandbox, followed by a call with the lead."),
                    pick(rng, "We pay for test time, and you keep the rights to your work.", "I'll send the brief once you confirm you're in.", ""), end)
    elif kind in ("rej", "rej_fb"):
        labels = ["rejection"]
        subj = pick(rng, f"{ctx.role} - update", f"Your application to {ctx.co}", "About your test")
        fb = ""
        if kind == "rej_fb":
            labels.append("feedback")
            fb, topics = feedback_par(rng, ctx, pool=["cv_positioning", "technical_depth", "coding", "communication", "experience_level", "collaboration"])
        rs, oc = reasons_par(rng, 0.35)
        body = join(g, reject_opening(rng, ctx), reject_par(rng, ctx), rs, fb, maybe(rng, 0.3, rng.choice(S.KEEP_IN_MIND)), end)
    elif kind == "offer":
        labels = ["offer"]
        subj = pick(rng, "Offer 🎮", f"Welcome to {ctx.co}?", f"{ctx.role} offer")
        body = join(g, offer_par(rng, ctx), S.package(rng, ctx), maybe(rng, 0.6, deadline(rng, ctx)), end)
    elif kind == "playtest":
        subj = pick(rng, "You're invited to a closed playtest", f"{ctx.co} playtest this weekend", "Help us test our next game")
        body = join(g, pick(rng, "As someone on our talent community list, you're invited to a closed playtest of our upcoming title.",
                            "We're running a remote playtest on Saturday and would love your feedback on the new level."),
                    "Sign up through the form; NDA applies.", end)
    else:
        labels = ["interview_invite"]
        subj = pick(rng, "Studio interviews", f"Meet the {ctx.short} team", "Final interview")
        body = join(g, "Your test impressed the team. We'd like to invite you to a final round: a portfolio walkthrough with the lead and two short interviews with the team.",
                    S.windows_ask(rng), end)
    return C.rec("studio", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj),
                 body_text=join(body, footer(rng, ctx.co, ctx.dom, "human")), labels=labels, company=ctx.co, topics=topics, outside_control=oc)


def fam_biotech(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng, sectors=["biotech"])
    fn, fa = rng.choice([(ctx.rec, ctx.rec_addr), (f"{ctx.co} Talent", f"talent@{ctx.dom}"), (ctx.hm, f"{ctx.hm.split()[0].lower()}@{ctx.dom}")])
    g = rng.choice([f"Dear Dr. {ctx.cand_last},", f"Dear {ctx.cand_first},", f"Hi {ctx.cand_first},"])
    title = "Talent Acquisition" if "Talent" in fn else ("Director, Research" if fn == ctx.hm else rng.choice(["Talent Acquisition Partner", "Head of Research Recruiting", "Scientific Recruiter"]))
    end = join(signoff(rng), sig(rng, fn, title, ctx.co))
    kind = rng.choices(["ack", "seminar", "rej", "rej_fb", "offer", "onboard", "seminar_info"], [7, 7, 5, 5, 4, 3, 4])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    if kind == "ack":
        labels = ["application_ack"]
        subj = pick(rng, f"Application received: {ctx.role}", f"{ctx.co} - thank you for applying")
        body = join(g, f"We have received your application for {ctx.role} ({ctx.req}). Thank you for your interest in {ctx.co}.",
                    "A member of our team will review your materials and contact you if there is a match.", end)
    elif kind == "seminar":
        labels = ["interview_invite"]
        subj = pick(rng, "Invitation: research seminar and panel interviews", f"On-site interview - {ctx.role}", "Next steps")
        body = join(g, pick(rng, f"Following your conversation with {ctx.hm}, we would like to invite you for an on-site interview day.",
                            "The team would like to invite you to present your research and meet the group."),
                    "The day starts with a 45-minute seminar on your work, followed by one-on-ones with scientists from discovery and data science.",
                    S.windows_ask(rng), end)
    elif kind == "seminar_info":
        subj = pick(rng, "Details for your seminar", "Your visit on " + ctx.day(), "AV setup for your talk")
        body = join(g, "For your scheduled visit: the seminar room has HDMI and USB-C; please send slides the day before so we can test them.",
                    "Parking passes will be at the front desk.", end)
    elif kind in ("rej", "rej_fb"):
        labels = ["rejection"]
        subj = pick(rng, f"{ctx.role} - outcome", "Update on your candidacy", f"{ctx.co} interview follow-up")
        fb = ""
        if kind == "rej_fb":
            labels.append("feedback")
            fb, topics = feedback_par(rng, ctx, pool=["technical_depth", "communication", "experience_level", "collaboration", "questions_to_ask"])
        rs, oc = reasons_par(rng, 0.4)
        body = join(g, reject_opening(rng, ctx), reject_par(rng, ctx), rs, fb, end)
    elif kind == "offer":
        labels = ["offer"]
        subj = pick(rng, "Offer of employment", f"{ctx.co} - offer letter")
        body = join(g, offer_par(rng, ctx), S.package(rng, ctx), deadline(rng, ctx), end)
    else:
        subj = pick(rng, "Your first week at " + ctx.co, "Lab safety training before day one")
        body = join(g, "We're excited you accepted! Please complete lab safety training and the biosafety module before your start date.", end)
    return C.rec("biotech", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj),
                 body_text=join(body, footer(rng, ctx.co, ctx.dom, "human")), labels=labels, company=ctx.co, topics=topics, outside_control=oc)


# ============================== recruiter replies over quoted history =======================================
def fam_replies(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng)
    fn, fa = _rec_from(rng, ctx)
    g = greet(rng, ctx.cand_first)
    end = join(signoff(rng), ctx.rec_first if rng.random() < 0.5 else sig(rng, ctx.rec, "Recruiter", ctx.co))
    kind = rng.choices(["fb", "noshare", "confirm", "next", "rej_after_ping", "ack_reply", "thanks_reply"], [12, 6, 6, 6, 4, 7, 5])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    cand_sign = join(signoff(rng), ctx.cand_first)
    if kind == "fb":
        labels = ["feedback"]
        subj = "Feedback on my interviews"
        old = join(greet(rng, ctx.rec_first), pick(rng, "Thanks for letting me know the outcome. Would you be able to share any feedback from the interviewers? It would really help me prepare.",
                                                    "Disappointed, but I appreciate the quick answer. Is there anything specific I should work on?",
                                                    f"Thank you for the update on {ctx.role}. If possible, I'd value any feedback on where I fell short."), cand_sign)
        fb, topics = feedback_par(rng, ctx)
        new = join(g, pick(rng, "Of course, happy to share.", "Sure, I went back through the notes.", "Thanks for asking, and sorry it took me a few days."), fb, end)
    elif kind == "noshare":
        subj = "Feedback?"
        old = join(greet(rng, ctx.rec_first), "Could you share any feedback from my final round?", cand_sign)
        new = join(g, rng.choice(S.NO_FEEDBACK), maybe(rng, 0.5, "We had many strong candidates for this role."), end)
    elif kind == "confirm":
        subj = f"{ctx.role} - interview scheduling"
        old = join(greet(rng, ctx.rec_first), f"{ctx.day()} after 1pm or {ctx.day()} morning would both work for me.", cand_sign)
        new = join(g, pick(rng, f"Perfect, booked you for {ctx.day()} at {ctx.time()}. Invite coming shortly.",
                            "Great, the first option works. You'll get the calendar invite today."), end)
    elif kind == "next":
        labels = ["interview_invite"]
        subj = f"Thank you - {ctx.role}"
        old = join(greet(rng, ctx.rec_first), "Thanks again for the conversation earlier. I really enjoyed hearing about the team.", cand_sign)
        new = join(g, pick(rng, f"Likewise! The hiring manager would like to meet you next. {S.windows_ask(rng)}",
                            f"Thanks for the note. I'm happy to say we'd like to bring you in for the technical round; book here: {S.self_link(rng, ctx)}"), end)
    elif kind == "rej_after_ping":
        labels = ["rejection"]
        subj = f"Checking in - {ctx.role}"
        old = join(greet(rng, ctx.rec_first), "I hope you're well. I wanted to check in on the status of my application after the final round.", cand_sign)
        rs, oc = reasons_par(rng, 0.5)
        new = join(g, "Thanks for checking in, and sorry for the silence.", reject_par(rng, ctx), rs, end)
    elif kind == "ack_reply":
        labels = ["application_ack"]
        subj = f"Application: {ctx.role}"
        old = join(greet(rng, ctx.rec_first), f"Following our chat at the meetup, please find my CV attached for the {ctx.role} opening.", cand_sign)
        new = join(g, pick(rng, "Got it, thank you! I've added your application to our system and passed it to the hiring manager.",
                            "Thanks, received. I'll submit it to the team and let you know next steps within a week."), end)
    else:
        subj = f"Thank you - {ctx.role}"
        old = join(greet(rng, ctx.rec_first), "Thank you for organising yesterday's interviews. Everyone was lovely.", cand_sign)
        new = join(g, pick(rng, "So glad to hear it! The team will debrief on Friday and I'll be in touch after.",
                            "Thanks for the kind words, I'll pass them on. Decision expected next week."), end)
    body = join(new, quote(rng, ctx.cand, ctx.cand_addr, fa, subj, old))
    return C.rec("replies", from_name=fn, from_addr=fa, to_addr=ctx.cand_addr, subject=decorate_subject(rng, subj, reply=True),
                 body_text=body, labels=labels, company=ctx.co, topics=topics, outside_control=oc)


# ============================== hiring managers writing directly (short, informal) ============================
def fam_manager(rng: random.Random, C: Counter) -> dict:
    ctx = Ctx(rng, sectors=["tech", "fintech", "gaming", "tech"])
    hm_first = ctx.hm.split()[0]
    fa = f"{hm_first.lower()}@{ctx.dom}"
    g = rng.choice([f"Hi {ctx.cand_first},", f"{ctx.cand_first} -", f"hey {ctx.cand_first},", f"Hi {ctx.cand_first}!", ""])
    end = rng.choice([hm_first, f"- {hm_first}", f"Cheers,\n{hm_first}", f"{ctx.hm}\nEng Manager, {ctx.short}", f"{hm_first}\n\nSent from my phone"])
    kind = rng.choices(["chat", "pass", "pass_fb", "fb_only", "thanks", "welcome", "offer"], [8, 6, 6, 5, 5, 4, 4])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    if kind == "chat":
        labels = ["interview_invite"]
        subj = pick(rng, "quick chat?", f"{ctx.short} - {ctx.role}", "Coffee next week?", "30 min to talk about the team")
        body = join(g, pick(rng, f"{ctx.rec_first} forwarded your profile and I'd love to talk. I manage the team this role sits in.",
                            "I read through your take-home and really liked the way you structured it.",
                            f"I'm the hiring manager for {ctx.role}. Your background in the space is exactly what we've been looking for."),
                    pick(rng, f"Are you free for a 30-minute call {ctx.day()} or {ctx.day()}?", f"Could we grab a video call this week? Here's my calendar: {S.self_link(rng, ctx)}",
                         "Would you have time for a conversation with me before we set up the rest of the interviews?"), end)
    elif kind in ("pass", "pass_fb"):
        labels = ["rejection"]
        subj = pick(rng, "Following up", f"re: {ctx.role}", "Thanks + decision", "Where we landed")
        fb = ""
        if kind == "pass_fb":
            labels.append("feedback")
            fb, topics = feedback_par(rng, ctx, n_weak=rng.choice([1, 2]))
        rs, oc = reasons_par(rng, 0.35)
        body = join(g, pick(rng, "Wanted to tell you myself rather than have it come through the system:",
                            "Thanks for all the time you've given us.", "I'll keep this short since I know waiting is the worst part."),
                    pick(rng, "we're going to pass for this role.", "we're not moving forward. It was a close call.",
                         "the team decided to go a different way.", "it's a no from us this time, and I'm genuinely sorry."),
                    rs, fb, maybe(rng, 0.3, "Happy to stay in touch."), end)
    elif kind == "fb_only":
        labels = ["feedback"]
        subj = pick(rng, "Notes from your interview", "the feedback I promised", f"Follow-up on {ctx.role}")
        fb, topics = feedback_par(rng, ctx)
        body = join(g, pick(rng, f"As promised on the call with {ctx.rec_first}, here are my own notes from your session.",
                            "You asked for something more concrete than the usual summary, so here's my honest take.",
                            f"{ctx.rec_first} mentioned you'd asked for details. I'm happy to share mine."), fb, end)
    elif kind == "thanks":
        subj = pick(rng, "Thanks for today", "good chatting", "Thank you!")
        body = join(g, pick(rng, "Really enjoyed our conversation today. The recruiting team will follow up on next steps.",
                            "Thanks for the time today. I'll sync with the panel and you'll hear from the recruiter this week.",
                            "Great chatting earlier. Appreciated your questions about how we run on-call."), end)
    elif kind == "welcome":
        subj = pick(rng, "So glad you said yes!", "Welcome to the team", "See you soon")
        body = join(g, pick(rng, "Just heard you signed. The whole team is thrilled. Before you start I'll send a few docs to skim, no homework though.",
                            "Welcome aboard! I've blocked an hour on your first day for us to walk through the first 90 days."), end)
    else:
        labels = ["offer"]
        subj = pick(rng, "Great news", "We'd love to have you", f"Offer: {ctx.role}")
        body = join(g, pick(rng, f"I wanted to be the one to tell you: we're offering you the {ctx.role} role. {ctx.rec_first} will send the formal letter and numbers today.",
                            "The team loved working through the problems with you, and I'm happy to say we want to make you an offer. Paperwork follows from recruiting."), end)
    return C.rec("manager", from_name=rng.choice([ctx.hm, f"{ctx.hm} ({ctx.short})"]), from_addr=fa, to_addr=ctx.cand_addr,
                 subject=decorate_subject(rng, subj), body_text=body, labels=labels, company=ctx.co, topics=topics, outside_control=oc)


FAMILIES: list[tuple[Callable[[random.Random, Counter], dict], int]] = [
    (fam_manager, 40),
    (fam_coord, 78), (fam_recruiter, 85), (fam_committee, 62), (fam_portal, 75), (fam_offer, 50),
    (fam_teammatch, 34), (fam_finance, 60), (fam_studio, 40), (fam_biotech, 36), (fam_replies, 50),
]


def generate(rng: random.Random) -> Iterable[dict]:
    C = Counter(FAMILY_PREFIX)
    for fn, n in FAMILIES:
        for _ in range(n):
            yield fn(rng, C)
