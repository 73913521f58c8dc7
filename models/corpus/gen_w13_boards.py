"""w13: job boards, aggregators and hiring-tech vendors (video interviews, e-signature, screening).

Families: application-sent confirmations and status pings from boards, "new message from employer"
teasers (labelled by the quoted employer text when it is included), alert/upsell mail, fake-recruiter
scams, career newsletters, a video-interview vendor and an e-sign / background-screening vendor.
"""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w13brd"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w13_kit")
L = _load("_w13_lines")
C = _load("_w13_compose")

CITIES = ["Austin, TX", "Remote", "Atlanta, GA", "Denver, CO", "Raleigh, NC", "Seattle, WA", "Boston, MA",
          "Nashville, TN", "Salt Lake City, UT", "Pittsburgh, PA", "Kansas City, MO", "Sacramento, CA",
          "Orlando, FL", "Detroit, MI", "Hybrid - New York, NY"]


def _job_card(rng, title, comp):
    pay = rng.choice(["", f"${rng.randint(18, 60)} - ${rng.randint(61, 95)} an hour",
                      f"${rng.randint(55, 120)}K - ${rng.randint(121, 210)}K a year", "Estimated: $72.4K - $91.6K"])
    lines = [title, comp, rng.choice(CITIES)]
    if pay:
        lines.append(pay)
    return "\n".join(lines)


def _board(rng):
    return rng.choice(K.BOARDS)


# --- application confirmations / status from a board -----------------------------------------

def fam_applied(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        kind = rng.choice(["tech", "corp", "retail", "health"])
        comp = K.company(rng, kind)
        title = K.role(rng, kind)
        bname, bdom = _board(rng)
        r = rng.random()
        card = _job_card(rng, title, comp)
        if r < 0.3:
            subj = rng.choice([f"Application submitted to {comp}", f"Your application was sent to {comp}",
                               f"{cand['first']}, your application to {comp} is on its way",
                               f"You applied: {title} at {comp}", f"✅ Applied: {title}"])
            lead = rng.choice([f"Your application was sent to {comp}.", f"Good luck! You applied to {title} at {comp}.",
                               f"We delivered your resume and answers to {comp}.",
                               f"{comp} has received your application through {bname}."])
            more = rng.choice(["Employers usually respond within 2 weeks if they're interested.",
                               "Tip: applying early increases your chances of being seen.",
                               "Track this and your other applications under My Jobs > Applied.",
                               "Keep your phone nearby: some employers reach out by text."])
            labels, co, oc = ["application_ack"], comp, []
            body = K.join(lead, card, more)
        elif r < 0.58:
            subj = rng.choice([f"{comp} viewed your application", f"Your application was viewed 👀",
                               f"An employer looked at your application for {title}",
                               f"Update: {comp} is reviewing applicants"])
            lead = rng.choice([f"{comp} viewed your application for {title}.",
                               f"Heads up: an employer opened your application ({title}, {comp}).",
                               f"{comp} is actively reviewing applicants for {title}. Your application is in the mix."])
            more = rng.choice(["This doesn't guarantee an interview, but it's a good sign.",
                               "Want to stand out? Add a short note to the employer.",
                               f"Upgrade to {bname} Premium to see how you compare with other applicants.", ""])
            labels, co, oc = [], comp, []
            body = K.join(lead, card, more)
        elif r < 0.7:
            subj = rng.choice(["Your application status has changed", f"Application update: {title}",
                               f"Status update from {comp}"])
            lead = rng.choice([f"The status of your application to {comp} changed. Open {bname} to see the update.",
                               f"{comp} updated your application for {title}. See details in the app.",
                               f"There's news about your {title} application. Sign in to view it."])
            labels, co, oc = [], comp, []
            body = K.join(lead, card)
        elif r < 0.92:
            subj = rng.choice([f"Update on your application to {comp}", f"Application update: {title}",
                               f"An update from {comp}", f"{comp} has made a decision"])
            reason = rng.choice([[], [], ["role_filled"], ["closer_fit"], ["role_cancelled"]])
            why = " ".join(rng.choice(L.REASONS[x]) for x in reason)
            lead = rng.choice([f"{comp} has decided not to move forward with your application for {title}.",
                               f"Unfortunately, {comp} chose other candidates for the {title} position.",
                               f"Your application to {title} at {comp} was not selected.",
                               f"{comp} reviewed your application and won't be moving forward at this time."])
            more = rng.choice(["Don't get discouraged: we found similar jobs you might like below.",
                               "Keep going! Here are jobs similar to this one.",
                               "This is part of every search. Check out these new openings.", ""])
            labels, co, oc = ["rejection"], comp, reason
            body = K.join(lead, why, card, more)
        else:
            subj = rng.choice(["Your application is incomplete", f"Finish applying to {comp}",
                               f"You didn't finish applying: {title}"])
            lead = rng.choice([f"You started applying to {title} at {comp} but didn't finish.",
                               f"{comp} is still accepting applications. Complete yours in 2 minutes."])
            labels, co, oc = [], comp, []
            body = K.join(lead, card)
        body = K.join(f"Hi {cand['first']}," if rng.random() < 0.6 else "", body,
                      K.unsubscribe(rng, bname))
        text, html = K.present(rng, body, bname, 0.3, 0.4)
        yield rec.make("applied", from_name=rng.choice([bname, f"{bname} Alerts", f"{bname} Applications"]),
                       from_addr=f"{rng.choice(['noreply', 'alerts', 'applications', 'no-reply'])}@{bdom}",
                       to_addr=cand["addr"], subject=subj, body_text=text, body_html=html,
                       labels=labels, company=co, outside=oc)


# --- "new message from employer" teasers -------------------------------------------------------

def fam_inmail(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        kind = rng.choice(["tech", "corp", "health", "retail"])
        comp = K.company(rng, kind)
        ctx = C.ctx_for(rng, cand, comp, kind)
        rf, rl = K.person(rng)
        bname, bdom = _board(rng)
        r = rng.random()
        topics: list[str] = []
        oc: list[str] = []
        if r < 0.3:
            labels, co = [], comp
            quoted = ""
        elif r < 0.5:
            m = C.invite(rng, ctx, stage=rng.choice(["phone", "any"]))
            labels, co, quoted = m.labels, comp, "\n\n".join(m.paras[:3])
        elif r < 0.63:
            m = C.rejection(rng, ctx, rng.choice([[], [], ["closer_fit"], ["role_filled"], ["level_mismatch"]]),
                            policy=0.2)
            labels, co, oc, quoted = m.labels, comp, m.outside, "\n\n".join(m.paras)
        elif r < 0.84:
            topics = C.pick_topics(rng)
            m = C.rejection(rng, ctx, [], strong=0.0, policy=0.0)
            quoted = "\n\n".join(m.paras[:2] + C.feedback_paras(rng, topics, praise=rng.random() < 0.5))
            labels, co, oc = ["rejection", "feedback"], comp, m.outside
        elif r < 0.92:
            m = C.offer(rng, ctx, hourly=kind == "retail")
            labels, co, quoted = m.labels, comp, "\n\n".join(m.paras)
        else:
            m = C.thanks_today(rng, ctx)
            labels, co, quoted = [], comp, "\n\n".join(m.paras)
        subj = rng.choice([f"New message from {comp}", f"{rf} from {comp} sent you a message",
                           f"You have 1 unread message about {ctx['r']}", f"{comp} replied to your application",
                           f"Message: {ctx['r']} - {comp}"])
        if quoted:
            body = K.join(f"{rf} {rl}, {rng.choice(['Recruiter', 'Hiring Manager', 'HR Coordinator', 'Talent Partner'])} at {comp}",
                          f"Re: {ctx['r']}", f"Hi {cand['first']},\n\n" + quoted + f"\n\n{rf}",
                          rng.choice(["Reply on " + bname, "Reply to this message in the app", "View conversation"]),
                          "Replying by email is not supported.", K.unsubscribe(rng, bname))
        else:
            body = K.join(f"{rf} at {comp} sent you a message about {ctx['r']}.",
                          rng.choice([f"Sign in to {bname} to read and reply.", "Open the app to view this message.",
                                      "Messages expire after 30 days, so reply soon!",
                                      "Employers who get a reply within 24 hours are more likely to continue."]),
                          K.unsubscribe(rng, bname))
        text, html = K.present(rng, body, bname, 0.2, 0.35)
        yield rec.make("inmail", from_name=rng.choice([bname, f"{bname} Messages", f"{rf} via {bname}"]),
                       from_addr=f"{rng.choice(['messages', 'inbox', 'noreply', 'notify'])}@{bdom}",
                       to_addr=cand["addr"], subject=subj, body_text=text, body_html=html,
                       labels=labels, company=co, topics=topics, outside=oc)


# --- alerts, insights, upsells ---------------------------------------------------------------

def fam_alerts(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        bname, bdom = _board(rng)
        kind = rng.choice(["tech", "corp", "health", "retail"])
        title = K.role(rng, kind)
        r = rng.randrange(7)
        if r == 0:
            jobs = [_job_card(rng, K.role(rng, kind), K.company(rng, kind)) for _ in range(rng.randint(3, 6))]
            subj = rng.choice([f"{len(jobs)} new jobs for \"{title}\"", f"Recommended for you: {title} and more",
                               f"Jobs you may be interested in", f"🔥 Hiring now near you: {title}",
                               f"Your daily job alert: {title}"])
            body = K.join(rng.choice(["Based on your profile, we think you'd be a great fit for these roles.",
                                      "New jobs matching your alert:", "Top picks for you this week",
                                      "Employers are actively interviewing for these roles. Apply quickly!"]),
                          *jobs, "See all jobs >")
        elif r == 1:
            k = rng.randint(2, 14)
            subj = rng.choice([f"{k} recruiters viewed your profile", "You appeared in 31 searches this week",
                               f"{cand['first']}, someone at {K.company(rng, kind)} viewed your profile"])
            body = K.join(rng.choice([f"Your profile was viewed {k} times in the past week, including by recruiters "
                                      "in staffing and healthcare.", "See who's looking and what they searched for.",
                                      "Recruiters are noticing you. Keep your profile fresh to stay on their radar."]),
                          f"Try {bname} Premium free for 1 month.")
        elif r == 2:
            subj = rng.choice([f"How much should a {title} earn?", "Salary insights for your next move",
                               f"Are you underpaid? See {title} salaries near you"])
            body = K.join(f"The average salary for {title} in {rng.choice(CITIES)} is ${rng.randint(40, 150)},{rng.randint(100, 999)}.",
                          "Use this data when you negotiate your next offer. Based on 4,512 salaries reported anonymously.",
                          rng.choice(["Compare with your current pay", "Explore salaries by company"]))
        elif r == 3:
            subj = rng.choice(["Your profile is 40% complete", "Complete your profile to get noticed",
                               "Add your skills: recruiters are searching", "Upload a resume to apply faster"])
            body = K.join(rng.choice(["Candidates with a complete profile get up to 3x more messages from employers.",
                                      "You're missing: work history, skills, and a profile photo.",
                                      "Employers can't find you yet. Finish setting up your job seeker profile."]),
                          "Complete profile >")
        elif r == 4:
            subj = rng.choice(["Our resume experts found 7 issues with your resume",
                               "Free resume review: your results are in", "Is your resume getting rejected by bots?",
                               "Get past the ATS: 40% off professional resume writing"])
            body = K.join(rng.choice([
                "We ran your resume through our scanner. Applicant tracking systems may reject it because of formatting "
                "issues and missing keywords.",
                "Tired of rejections? Our certified writers rewrite your resume so it gets you interviews, guaranteed.",
                "Your free critique is ready. Score: 54/100. Recruiters spend 7 seconds on a resume - make them count."]),
                rng.choice(["Upgrade for $89", "See full report", "Claim your discount today"]))
        elif r == 5:
            subj = rng.choice(["You're a top applicant for 5 jobs", "Stand out to hiring managers",
                               "Be the first to apply: new jobs posted an hour ago"])
            body = K.join(f"Premium members are 2x more likely to get an interview for jobs like {title}.",
                          "Start your free trial and get applicant insights, interview prep courses and direct messages "
                          "to recruiters.")
        else:
            subj = rng.choice(["Your weekly job search summary", "Your activity this week",
                               f"{cand['first']}, here's how your job search is going"])
            body = K.join(f"Applications sent: {rng.randint(1, 15)}\nApplications viewed by employers: {rng.randint(0, 5)}\n"
                          f"Saved jobs: {rng.randint(0, 20)}", "Keep up the momentum! Job seekers who apply to 5 or more roles "
                          "a week hear back sooner.")
        body = K.join(f"Hi {cand['first']}," if rng.random() < 0.5 else "", body, K.unsubscribe(rng, bname))
        text, html = K.present(rng, body, bname, 0.35, 0.4)
        yield rec.make("alerts", from_name=rng.choice([bname, f"{bname} Job Alerts", f"{bname} Insights",
                                                       f"The {bname} Team"]),
                       from_addr=f"{rng.choice(['alerts', 'jobs', 'insights', 'hello', 'noreply'])}@{bdom}",
                       to_addr=cand["addr"], subject=subj, body_text=text, body_html=html, labels=[], company=None)


# --- scams ------------------------------------------------------------------------------------

def fam_scam(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        fake = K.company(rng, rng.choice(["corp", "tech", "health"]))
        f, l = K.person(rng)
        pay = rng.choice(["$35/hr", "$42.50 per hour", "$1,200 weekly", "$38/hour plus benefits"])
        subj = rng.choice([f"Offer of Employment - Remote Data Entry Clerk", f"Congratulations! You've been selected",
                           f"{fake} - Job Offer (Remote)", "Your application was successful - Admin Assistant",
                           "Job Offer Letter Attached", "RE: Remote Position Available - Immediate Start"])
        paras = [rng.choice([
            f"Congratulations! After reviewing your resume on {rng.choice(K.BOARDS)[0]}, we are pleased to offer you the "
            f"position of Remote Administrative Assistant with {fake} at {pay}. No interview is required.",
            f"Your profile has been shortlisted and you have been hired as a Work From Home Customer Care Agent for "
            f"{fake}. Pay is {pay}, training is provided.",
            f"I am {f} {l}, HR Manager at {fake}. We reviewed your resume and you have been selected for our "
            f"remote Data Entry position ({pay}).",
        ]), rng.choice([
            "To get started you will receive a check to purchase your home office equipment from our approved vendor. "
            "Please reply with your full name, address, and phone number.",
            "Kindly send a copy of your driver's license and your bank details for direct deposit setup so we can "
            "process your first payment.",
            "Please add our hiring manager on Telegram (@hr_desk_" + str(rng.randint(100, 999)) + ") to complete your "
            "onboarding chat interview today.",
            "A $75 refundable fee is required for your training materials. Payment can be made with gift cards.",
        ]), rng.choice(["This offer expires in 24 hours.", "Respond ASAP as slots are limited.", "God bless.", ""])]
        body = K.join(rng.choice([f"Dear {cand['first']},", "Dear Applicant,", "Hello,", "Attention Candidate,"]),
                      *paras, f"{f} {l}\n{rng.choice(['HR Department', 'Hiring Manager', 'Recruitment Officer'])}\n{fake}")
        text, html = K.present(rng, body, fake, 0.1, 0.1)
        yield rec.make("scam", from_name=rng.choice([f"{f} {l}", f"{fake} HR", f"HR Department"]),
                       from_addr=f"{rng.choice([f.lower() + l.lower(), 'hr.' + K.slug(fake)[:10], 'recruitment' + str(rng.randint(1, 99))])}"
                                 f"@{rng.choice(['gmail.com', 'outlook.com', 'hr-' + K.slug(fake)[:8] + '.work', 'careers-mail.online'])}",
                       to_addr=cand["addr"], subject=subj, body_text=text, body_html=html, labels=[], company=None)


# --- newsletters about job hunting ------------------------------------------------------------

_NEWS = [
    ("Rejected again? How to bounce back", "Getting a 'we've decided to move forward with other candidates' email "
     "stings. This week: three recruiters on what a rejection really means and how to ask for feedback."),
    ("The interview question everyone gets wrong", "Hiring managers told us the 'tell me about a time you failed' "
     "question trips up more candidates than any other. Here's how to structure your answer."),
    ("Should you negotiate a job offer? (Yes.)", "Most employers expect a counteroffer. We break down how to respond "
     "when you receive an offer letter, with scripts you can copy."),
    ("Ghosted after the final round?", "What to do when you interviewed weeks ago and still haven't heard back."),
    ("Your phone screen cheat sheet", "Five questions recruiters ask in a first call, and what they're really "
     "listening for."),
    ("Inside the ATS: why your application disappears", "We asked engineers how applicant tracking systems rank "
     "resumes. The answer may surprise you."),
    ("Video interviews: look good on camera", "Lighting, framing and the two-second pause that makes you sound "
     "confident in one-way interviews."),
    ("How to write a thank-you note after an interview", "Keep it short, specific and send it within 24 hours."),
    ("Feedback after rejection: should you ask?", "Only a third of companies share feedback. Here's a template "
     "that raises your odds."),
    ("Counteroffers, exploding offers and other traps", "A compensation expert explains what to do when an offer "
     "comes with a 48-hour deadline."),
    ("Layoffs this week in tech and retail", "Hiring freezes are spreading: our tracker of companies pausing "
     "recruitment and what it means for applicants."),
    ("The rise of the assessment centre", "Group exercises and case studies are back. How to prepare."),
]


def fam_digest(rng, rec, n):
    brands = ["The Hired Hand", "Career Compass Weekly", "Offer Letter (newsletter)", "The Job Hunt Dispatch",
              "Resume Rx", "Monday Morning Career Brief", "Ladders & Lattices"]
    for _ in range(n):
        cand = K.candidate(rng)
        brand = rng.choice(brands)
        items = rng.sample(_NEWS, rng.randint(1, 4))
        subj = rng.choice([items[0][0], f"{brand}: {items[0][0]}", f"This week: {items[0][0].lower()}",
                           f"{items[0][0]} + {len(items) - 1} more reads" if len(items) > 1 else items[0][0]])
        body = K.join(rng.choice(["In this issue", f"Hi {cand['first']}, here's your weekly read.", "Welcome back!",
                                  f"{brand} | Issue #{rng.randint(12, 240)}"]),
                      *[f"{t}\n{d}\nRead more >" for t, d in items],
                      rng.choice(["Forward this to a friend who's job hunting.", "Sponsored: practice interviews with "
                                  "real hiring managers, 20% off this month.", ""]),
                      K.unsubscribe(rng, brand))
        text, html = K.present(rng, body, brand, 0.4, 0.45)
        yield rec.make("digest", from_name=brand, from_addr=f"{rng.choice(['newsletter', 'editor', 'hello'])}@"
                       f"{K.slug(brand)[:16]}.{rng.choice(['com', 'news', 'substack-mail.com'])}",
                       to_addr=cand["addr"], subject=subj, body_text=text, body_html=html, labels=[], company=None)


# --- video interview vendor ----------------------------------------------------------------

def fam_video(rng, rec, n):
    for _ in range(n):
        cand = K.candidate(rng)
        kind = rng.choice(["tech", "corp", "retail", "health"])
        comp = K.company(rng, kind)
        ctx = C.ctx_for(rng, cand, comp, kind)
        vname, vdom = rng.choice(K.VIDEO)
        r = rng.random()
        if r < 0.42:
            m = C.video_invite(rng, ctx)
        elif r < 0.55:
            m = C.assessment_invite(rng, ctx)
        elif r < 0.65:
            m = C.ack_with_assessment(rng, ctx)
        elif r < 0.82:
            m = C.assessment_nudge(rng, ctx)
        else:
            m = C.assessment_done(rng, ctx)
        body = K.join(K.greet(rng, cand), *m.paras,
                      rng.choice([f"Good luck!\nThe {comp} Recruiting Team", f"Sent on behalf of {comp} by {vname}",
                                  f"{comp} Talent Acquisition"]),
                      rng.choice([f"Having trouble? Visit support.{vdom}", f"{vname} | Privacy | Terms",
                                  f"This email was sent by {vname} on behalf of {comp}. Please do not reply."]))
        text, html = K.present(rng, body, vname, 0.25, 0.4)
        yield rec.make("video", from_name=rng.choice([f"{comp} via {vname}", comp, f"{vname} on behalf of {comp}"]),
                       from_addr=f"{rng.choice(['no-reply', 'invites', 'notifications'])}@{vdom}",
                       to_addr=cand["addr"], subject=m.subject, body_text=text, body_html=html,
                       labels=m.labels, company=m.company)


# --- e-signature and screening vendor ------------------------------------------------------

def fam_esign(rng, rec, n):
    vendors = [("SignPoint", "signpoint.io"), ("DocuQuill", "docuquill.com"), ("ClearCheck Screening", "clearcheck.com"),
               ("VerityBackground", "veritybg.com"), ("InkFlow", "inkflow.net")]
    for _ in range(n):
        cand = K.candidate(rng)
        kind = rng.choice(["tech", "corp", "retail", "health"])
        comp = K.company(rng, kind)
        ctx = C.ctx_for(rng, cand, comp, kind)
        f, l = K.person(rng)
        esign = [v for v in vendors if "Check" not in v[0] and "Background" not in v[0]]
        r = rng.random()
        if r < 0.36:
            vname, vdom = rng.choice(esign)
            doc = rng.choice([f"{comp} Offer Letter - {cand['full']}", f"Offer of Employment: {ctx['r']}",
                              f"{comp} Conditional Offer Letter"])
            subj = rng.choice([f"{f} {l} sent you a document to review and sign", f"Please sign: {doc}",
                               f"Action required: {doc}"])
            note = rng.choice([
                f"Hi {cand['first']}, we're excited to offer you the {ctx['r']} role! Please review and sign your offer "
                f"letter at your convenience. - {f}",
                f"As promised, here is your formal offer for {ctx['r']}. Let me know if you have any questions before "
                "signing.",
                f"Congratulations! {comp} is pleased to offer you employment. Your offer is attached for signature.",
            ])
            body = K.join(f"{f} {l} ({comp}) sent you {doc}", f"Message from sender:\n{note}",
                          "REVIEW DOCUMENT", f"Do not share this email. Powered by {vname}.")
            labels = ["offer"]
        elif r < 0.55:
            vname, vdom = rng.choice(esign)
            doc = rng.choice([f"{comp} Offer Letter - {cand['full']}", f"{comp} New Hire Packet",
                              "Form I-9 and W-4", f"{comp} Employee Handbook Acknowledgement"])
            subj = rng.choice([f"Completed: {doc}", f"You've signed {doc}", f"Please sign: {doc}",
                               f"Reminder: {doc} awaits your signature"])
            if "Offer" in doc and not subj.startswith("Completed") and not subj.startswith("You've"):
                subj = f"Completed: {doc}"
            lines = [f"All parties have completed {doc}. A copy is attached for your records.",
                     f"Your signed copy of {doc} is ready to download."]
            if "Offer" not in doc:  # a nudge about an unsigned offer would restate the offer: keep it out
                lines.append(f"{f} {l} is waiting for you to sign {doc}.")
            body = K.join(rng.choice(lines),
                          f"Powered by {vname}.")
            labels = []
        else:
            vname, vdom = rng.choice([v for v in vendors if v not in esign])
            i = rng.randrange(4)
            subj = [rng.choice([f"{comp} has requested a background check",
                                "Action needed: complete your background check authorization"]),
                    "Your drug test donor pass", "Your background report is complete",
                    "Additional information needed for your screening"][i]
            body = K.join(K.greet(rng, cand), ([
                f"{comp} has asked {vname} to conduct a pre-employment background screening. Please complete your "
                "consent and disclosure forms within 72 hours.",
                f"Please visit a collection site within 48 hours for your pre-employment drug screen for {comp}. "
                "Present the attached donor pass.",
                f"Your background report for {comp} has been completed and delivered to the employer. You can request a "
                "free copy of your report at any time.",
                "We were unable to verify one of your previous employers. Please upload a W-2 or pay stub.",
            ])[i], f"Summary of Your Rights Under the Fair Credit Reporting Act is available at {vdom}/fcra",
                f"{vname} Candidate Support")
            labels = []
        text, html = K.present(rng, body, vname, 0.3, 0.3)
        yield rec.make("esign", from_name=rng.choice([f"{f} {l} via {vname}", vname, f"{comp} via {vname}"]),
                       from_addr=f"{rng.choice(['dse', 'noreply', 'notifications', 'candidate'])}@{vdom}",
                       to_addr=cand["addr"], subject=subj, body_text=text, body_html=html, labels=labels,
                       company=comp)


def generate(rng: random.Random) -> Iterable[dict]:
    rec = K.Recorder(FAMILY_PREFIX)
    yield from fam_applied(rng, rec, 62)
    yield from fam_inmail(rng, rec, 50)
    yield from fam_alerts(rng, rec, 34)
    yield from fam_scam(rng, rec, 14)
    yield from fam_digest(rng, rec, 20)
    yield from fam_video(rng, rec, 30)
    yield from fam_esign(rng, rec, 34)
