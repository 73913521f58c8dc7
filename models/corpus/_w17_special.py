"""Writer w17: builders for the specialised vendors (job boards, scheduling, e-sign) and for
look-alike senders (non-job portals, offer scams, auto-replies)."""

from __future__ import annotations

import random

import _w17_text as T
from _w17_html import Mail, Platform
from _w17_kinds import P, S, btn, facts, jobs, maybe, feedback_text, choose_oc, rejection_blocks, heading


# ------------------------------------------------------------------ job boards

def board_ack(rng, ctx, p):
    core = rng.choice([
        "Your application was sent to {coname}.", "Application submitted! {coname} has received your CV for {role}.",
        "You applied to {role} at {coname}. The employer now has your profile and answers.",
        "Success — your application for {role} ({city}) is on its way to {coname}.",
        "{coname} received your application through {brand}.",
    ]).format(**ctx)
    bl = [("p", core), facts(rng, ctx),
          ("p", rng.choice(["Employers typically respond within 2 weeks.", "We'll let you know if the employer views your application.",
                            "Tip: applicants who follow up politely after a week hear back more often.", "Track all your applications in My Jobs."]))]
    if rng.random() < 0.5:
        bl += [("p", "Similar jobs you may like"), jobs(rng, p, 3)]
    bl.append(btn(rng, p, ["View my applications", "My Jobs", "Track application"], "myjobs"))
    return Mail(S(rng, ["Application submitted: {role} at {coname}", "Your application was sent to {coname}", "✅ You applied to {coname}",
                        "{first}, your application to {coname} is in"], ctx), heading="", blocks=bl, labels=["application_ack"])


def board_reject(rng, ctx, p):
    oc = choose_oc(rng, 0.35)
    lead = rng.choice([
        "An update on your application to {coname} for {role}:", "{coname} has updated the status of your application.",
        "Message from {coname} regarding {role}:", "Your application status changed: {role} at {coname}",
    ]).format(**ctx)
    bl = [("p", lead)] + [("note", rng.choice(["Message from the employer", ctx["coname"], "Employer's note"]),
                           " ".join(b[1] for b in rejection_blocks(rng, ctx, oc)))]
    bl += [("p", "Keep going — here are jobs that match your profile:"), jobs(rng, p, 3)]
    return Mail(S(rng, ["Update from {coname}", "Your application status changed", "{coname}: application update", "News about your {role} application"], ctx),
                blocks=bl, labels=["rejection"], oc=oc)


def board_invite(rng, ctx, p):
    ctx2 = dict(ctx, step=P(rng, T.STEP_KIND, ctx))
    msg = rng.choice([
        "Hi {first}, thanks for applying for {role}. We'd like to invite you to {step}. Could you book a slot using the link?",
        "Hello {first} — {coname} here. Your profile looks like a great fit and we'd like to set up {step}. When works for you this week?",
        "Thanks for your application! The next step is {step}. Please reply with your availability or use the scheduling link.",
    ]).format(**ctx2)
    bl = [("p", "{rec} from {coname} sent you a message about {role}.".format(**ctx)), ("note", ctx["rec"], msg),
          btn(rng, p, ["Reply", "View message", "Respond to {}".format(ctx["coname"])], "msg")]
    return Mail(S(rng, ["New message from {coname}", "{coname} wants to interview you", "📩 {rec} sent you a message", "Interview request: {role}"], ctx),
                blocks=bl, labels=["interview_invite"])


def board_viewed_app(rng, ctx, p):
    bl = [("p", rng.choice(["{coname} viewed your application for {role}.", "Good sign! The employer opened your application.",
                             "Your application to {coname} was viewed 2 times."]).format(**ctx)),
          ("p", "Employers often take a few days after viewing to reach a decision."), btn(rng, p, ["See details"], "app")]
    return Mail(S(rng, ["{coname} viewed your application", "Your application was viewed 👀"], ctx), blocks=bl, labels=[])


# ------------------------------------------------------------------ scheduling tool

def cal_invite(rng, ctx, p):
    ev = rng.choice(["{role} – Recruiter Screen", "Interview: {role}", "{coname} · Technical Interview", "Chat with {rec} ({coname})",
                     "Final Interview – {role}"]).format(**ctx)
    bl = [("p", rng.choice(["{rec} has invited you to book a meeting: {ev}.", "You've been invited to schedule {ev} with {coname}.",
                             "{rec} from {coname} would like to interview you. Pick a time for: {ev}."]).format(ev=ev, **ctx)),
          ("facts", [("Event", ev), ("Duration", rng.choice(["30 min", "45 min", "60 min"])), ("Location", rng.choice(["Google Meet", "Zoom", "Phone call", ctx["city"]]))]),
          btn(rng, p, ["Select a time", "Book now", "View availability"], "book")]
    bl += maybe(rng, 0.5, ["Times are shown in your local time zone.", "This link is personal to you — please don't forward it.", "Book within 3 days to secure a slot."], ctx)
    return Mail(S(rng, ["Invitation to schedule: {ev}", "{rec} invited you to book a time", "Please schedule: {ev}"], dict(ctx, ev=ev)), blocks=bl,
                labels=["interview_invite"])


def cal_resched(rng, ctx, p):
    bl = [("p", rng.choice(["{rec} asked to reschedule your interview on {date}.", "Your meeting with {rec} was cancelled by the host, who asked you to pick a new time.",
                             "{rec} needs to move your {role} interview. Please choose another slot."]).format(**ctx)),
          ("p", rng.choice(["Reason given: \"Clash with a team offsite, sorry!\"", "Host's note: \"Apologies — something urgent came up.\"", ""])) ,
          btn(rng, p, ["Pick a new time", "Reschedule"], "resched")]
    bl = [b for b in bl if b[1]]
    return Mail(S(rng, ["Action required: reschedule with {rec}", "Reschedule request: {role} interview", "{rec} wants to find a new time"], ctx),
                blocks=bl, labels=["interview_invite"])


def cal_confirm(rng, ctx, p):
    bl = [("p", rng.choice(["Confirmed: {role} interview with {rec}.", "You're scheduled with {rec} on {date} at {time}.",
                             "Your booking is confirmed. A calendar invitation has been sent to {email}."]).format(**ctx)),
          ("facts", [("When", f"{ctx['date']} · {ctx['time']}"), ("Who", ctx["rec"]), ("Where", rng.choice(["Zoom", "Google Meet", "Phone"]))]),
          btn(rng, p, ["Add to calendar", "Reschedule or cancel"], "manage")]
    return Mail(S(rng, ["Confirmed: {role} interview – {date}", "New event: {rec} and {first} {last}", "Booking confirmed with {rec}"], ctx), blocks=bl)


def cal_remind(rng, ctx, p):
    bl = [("p", rng.choice(["Reminder: your event with {rec} starts in 1 hour.", "Upcoming: {role} interview tomorrow at {time}.",
                             "Just a reminder of your booking on {date}."]).format(**ctx)),
          btn(rng, p, ["Join meeting", "View event"], "join")]
    return Mail(S(rng, ["Reminder: {role} interview in 1 hour", "Tomorrow: interview with {rec}", "Upcoming event: {date}"], ctx), blocks=bl)


def cal_cancel_you(rng, ctx, p):
    bl = [("p", rng.choice(["You cancelled your event with {rec}.", "Your booking for {date} has been cancelled at your request."]).format(**ctx)),
          ("p", "The host has been notified."), btn(rng, p, ["Book again"], "book")]
    return Mail(S(rng, ["Cancelled: interview with {rec}", "Cancellation confirmed"], ctx), blocks=bl)


def cal_cancel_filled(rng, ctx, p):
    oc = [rng.choice(["role_filled", "role_cancelled", "budget_freeze"])]
    note = " ".join([P(rng, T.REASON[oc[0]], ctx), rng.choice(["So we won't be going ahead with the interview or your application.",
                                                              "I'm sorry to say that ends the process for you on this role.",
                                                              "We're closing out all remaining candidates, including you."])])
    bl = [("p", "{rec} cancelled your event on {date} at {time}.".format(**ctx)), ("note", "Message from " + ctx["rec"], note)]
    return Mail(S(rng, ["Cancelled: {role} interview", "Event cancelled by {rec}"], ctx), blocks=bl, labels=["rejection"], oc=oc)


# ------------------------------------------------------------------ assessment platforms

def probe_reject(rng, ctx, p, fb: bool):
    bl = [("p", rng.choice(["{coname} has reviewed your assessment results for {role}.", "Your results for the {coname} challenge have been reviewed by the hiring team."]).format(**ctx))]
    bl.append(("p", rng.choice(["They've decided not to move forward with your application.", "Unfortunately, they will not be progressing you to the next round.",
                                "The team has chosen to continue with other candidates."])))
    labels, topics = ["rejection"], []
    if fb:
        t = rng.choice(["coding", "coding", "technical_depth", "communication"])
        sent = {"coding": ["Two of the four tasks didn't pass the hidden test cases, mainly on edge inputs.", "Your solutions were correct but timed out on the larger inputs.",
                           "The reviewer noted that the code lacked tests and was hard to follow."],
                "technical_depth": ["The written answers on database internals were too shallow for the level.", "Your explanation of the complexity trade-offs was incomplete."],
                "communication": ["Your recorded answers were hard to follow and ran over time.", "The written explanation didn't make your approach clear."]}[t]
        bl.append(("note", "Reviewer comments", rng.choice(sent)))
        labels, topics = ["rejection", "feedback"], [t]
    bl += maybe(rng, 0.6, ["Thanks for the effort you put into the challenge.", "You can keep practising with our free problem sets."], ctx)
    return Mail(S(rng, ["Update on your {coname} assessment", "{coname}: assessment outcome", "Your challenge results"], ctx), blocks=bl, labels=labels, topics=topics)


def probe_practice(rng, ctx, p):
    bl = [("p", rng.choice(["New practice problems are live this week.", "Sharpen up before your next interview: 5 new challenges.", "Weekly practice digest"])),
          ("list", rng.sample(["Two-pointer warm-up", "Design a rate limiter", "SQL window functions", "Graph traversal under time pressure",
                               "Mock interview: behavioural questions", "Debugging a flaky test"], 3)),
          btn(rng, p, ["Start practising"], "practice")]
    return Mail(S(rng, ["Practice makes perfect 💡", "This week's interview practice", "Get ready for your next technical interview"], ctx), blocks=bl)


# ------------------------------------------------------------------ e-sign

def sign_doc(rng, ctx, p, kind: str):
    docname = {"offer": rng.choice(["Offer Letter – {role}", "{coname} Offer of Employment", "Employment Offer_{last}", "Offer_{role}_{req}"]),
               "onboard": rng.choice(["New Hire Packet", "Onboarding Forms – {coname}", "Direct Deposit & Tax Forms", "Employee Handbook Acknowledgement"]),
               "nda": rng.choice(["Candidate NDA – {coname}", "Confidentiality Agreement (Interview)"])}[kind].format(**ctx)
    lead = rng.choice(["{rec} sent you a document to review and sign.", "{coname} has sent you \"{doc}\" for signature.",
                       "Please review and sign: {doc}", "You have a new document waiting from {rec}."]).format(doc=docname, **ctx)
    labels = []
    if kind == "offer":
        note = " ".join([P(rng, T.OFFER_CORE, ctx), P(rng, T.OFFER_DETAIL, ctx)])
        labels = ["offer"]
    elif kind == "onboard":
        note = P(rng, T.ONBOARD_CORE, ctx)
    else:
        note = rng.choice(["Ahead of your onsite on {date}, please sign the attached confidentiality agreement.",
                           "Please sign the NDA so we can share the confidential dataset for the case study you're preparing."]).format(**ctx)
    bl = [("p", lead), ("note", "Message from " + ctx["rec"], note), btn(rng, p, ["REVIEW DOCUMENT", "Review and sign", "Open document"], "sign")]
    bl += maybe(rng, 0.5, ["This link expires in 14 days.", "Signing takes about 2 minutes on any device."], ctx)
    return Mail(S(rng, ["Please sign: {doc}", "{rec} sent you {doc}", "Complete with InkPact: {doc}", "Action required: {doc}"], dict(ctx, doc=docname)),
                blocks=bl, labels=labels)


def sign_completed(rng, ctx, p):
    bl = [("p", P(rng, T.COUNTERSIGNED, ctx)), btn(rng, p, ["View completed document", "Download PDF"], "done")]
    bl += maybe(rng, 0.5, ["All signers have completed the envelope.", "A copy has also been sent to {rec}."], ctx)
    return Mail(S(rng, ["Completed: Offer Letter – {role}", "Document completed", "You've signed: {coname} Offer of Employment"], ctx), blocks=bl)


# ------------------------------------------------------------------ non-job portals (company null)
NONJOB = [
    ("Admissions decision – MSc Data Science", "Thank you for applying to the MSc in Data Science for the 2026/27 intake. After careful review, the admissions committee is unable to offer you a place on the programme.", "View decision letter", "Northbridge University"),
    ("Your graduate application", "We regret to inform you that your application for admission to the PhD programme has not been successful this year.", "Applicant portal", "Lakeshore College"),
    ("Grant application outcome", "The panel has reviewed your proposal for the Early Ideas Fund. We're sorry to tell you that it was not selected for funding in this round.", "See panel comments", "City Arts Foundation"),
    ("Your rental application", "Thank you for applying for the flat at 14 Wharf Road. The landlord has decided to proceed with another applicant.", "Browse more homes", "HomeFinder Lettings"),
    ("Talk submission: decision", "Thank you for submitting your talk to DevHarbour 2026. Unfortunately we were unable to include it in this year's programme.", "View submission", "DevHarbour Conference"),
    ("Update on your loan application", "We've reviewed your personal loan application and we're unable to approve it at this time.", "Learn about your options", "Clearwater Bank"),
    ("Membership application", "The committee of the Riverside Rowing Club has considered your membership application and is unable to accept new members this season.", "Contact the club", "Riverside Rowing Club"),
    ("Scholarship results", "Thank you for applying for the Meridian Travel Scholarship. We received over 900 applications and yours was not selected.", "Read the FAQ", "Meridian Trust"),
    ("Offer of a place – BSc Economics", "Congratulations! We are pleased to make you an offer of a place on BSc Economics starting in September.", "Accept your place", "Lakeshore College"),
    ("Your tenancy offer", "Good news: the landlord has accepted your offer on 3 Mill Lane. Please pay the holding deposit within 48 hours.", "Pay deposit", "HomeFinder Lettings"),
    ("Visa application update", "Your visa application has been received and is being processed. Current processing time is 15 working days.", "Track application", "UK Visas portal"),
    ("Paper decision – Workshop on Applied NLP", "We regret to inform you that your paper was not accepted. Reviews are attached below.", "Read reviews", "Applied NLP Workshop"),
    ("Volunteer application", "Thanks for applying to volunteer at the city marathon. All volunteer places have now been filled, so we can't confirm a role for you.", "Join the waitlist", "City Marathon Volunteers"),
    ("Credit card application", "Unfortunately we can't offer you a credit card at this time. This decision was based on information from a credit reference agency.", "Why was I declined?", "Clearwater Bank"),
    ("Residency application – artist studio", "The selection panel has now met and regrets that it cannot offer you a studio residency this year.", "Other opportunities", "Harbourside Studios"),
    ("Your mortgage in principle", "Good news — we've approved your agreement in principle. This is not a mortgage offer.", "Next steps", "Clearwater Bank"),
]
NONJOB_ORG = ["Northbridge University", "City Arts Foundation", "HomeFinder Lettings", "DevHarbour Conference", "Clearwater Bank", "Riverside Rowing Club",
              "Meridian Trust", "Lakeshore College", "UK Visas portal", "Harbourside Studios"]


def nonjob(rng, ctx, p):
    subj, core, b, org = rng.choice(NONJOB)
    ctx["org"] = org
    bl = [("p", core)] + maybe(rng, 0.6, ["We appreciate the time you put into your application.", "Please note that we cannot enter into correspondence about individual decisions.",
                                         "You are welcome to apply again in a future round.", "If you have questions, please see our help pages."], ctx)
    bl.append(btn(rng, p, [b], "portal"))
    return Mail(S(rng, [subj, subj + " ({})".format(rng.randint(10000, 99999)), "Re: " + subj], ctx), heading=rng.choice(["", "Decision", subj]), blocks=bl)


# ------------------------------------------------------------------ offer scams
LURES = [
    "Congratulations! You have been selected for the position of Remote Data Entry Clerk at $45/hour. To finalise your onboarding, please send a copy of your ID and your bank details so we can ship your equipment cheque.",
    "Following your online profile review, our HR department is pleased to offer you a Work From Home Assistant role. No interview required. Reply with your full name, address and phone number to receive your contract.",
    "JOB OFFER LETTER: You are hereby offered the role of Package Handling Agent. Salary: $3,800/month. Kindly purchase the starter kit ($89) using the link below to activate your employment.",
    "Dear applicant, your CV was shortlisted by our client. You are hired as Virtual Personal Assistant. Download the attached offer (Offer_Letter.html) and log in with your email password to view it.",
    "Your employment has been approved! Start earning today with our Amazon-style product review tasks. Pay a small deposit to unlock your first task bundle.",
    "We are pleased to offer you the role of Mystery Shopper. You will receive a cheque for $2,450; deposit it, keep $300 as salary and wire the rest to our vendor.",
]


def lure(rng, ctx, p):
    bl = [("p", rng.choice(LURES))] + maybe(rng, 0.6, ["Respond within 24 hours or the position will be given to another candidate.",
                                                      "This offer is strictly confidential.", "Contact our HR manager on WhatsApp: +1 555 0199."], ctx)
    bl.append(btn(rng, p, ["ACCEPT OFFER", "Claim your position", "Download offer letter", "Verify identity"], "x"))
    return Mail(S(rng, ["Job Offer Confirmation", "URGENT: your employment offer", "Congratulations – You're Hired!!", "Re: Offer Letter (Action Required)",
                        "Offer of Employment – Remote Position", "🎉 You got the job"], ctx), heading=rng.choice(["OFFER LETTER", "Congratulations", ""]), blocks=bl)


# ------------------------------------------------------------------ auto-replies and bounces

def autoreply(rng, ctx, p):
    if rng.random() < 0.65:
        body = rng.choice([
            "Thank you for your email. I am out of the office until {date} with limited access to email.",
            "I'm currently on annual leave and will return on {date}.",
            "Thanks for your message. I'm away at a hiring event this week and will reply as soon as I can.",
        ]).format(**ctx)
        bl = [("p", body), ("p", rng.choice(["For urgent recruitment queries please contact talent@{codomain}.", "If your message is about an interview, please contact my colleague {rec2}.",
                                              "Please note your email will not be forwarded."]).format(**ctx))]
        return Mail(S(rng, ["Automatic reply: {role} application", "Out of Office: Re: {role}", "Automatic reply: Feedback request", "Abwesenheitsnotiz: {role}"], ctx),
                    blocks=bl, greet=False, signoff=True), ctx["coname"]
    bl = [("p", "Your message couldn't be delivered to {addr} because the address wasn't found or is unable to receive mail.".format(addr="jobs@" + ctx["codomain"])),
          ("p", "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"),
          ("p", "Original subject: Application – {role}".format(**ctx))]
    return Mail(S(rng, ["Undeliverable: Application – {role}", "Delivery Status Notification (Failure)", "Mail delivery failed: returning message to sender"], ctx),
                blocks=bl, greet=False, signoff=False), None
