"""Writer w28: what is NOT feedback (and mostly not any label): rejections without evaluative content,
"we can't share feedback", praise-only thank-yous with no decision, mentors' tips and the candidate's
self-reflection, surveys and 360 reminders, newsletters about feedback, non-job rejections with
reviewer comments, platform pings, current-employer mail, scams, onboarding, auto-replies, bounces."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w28_fb as F  # noqa: E402
import _w28_world as W  # noqa: E402

FAMILY_PREFIX = "w28look"


def _emp(rng: random.Random, kinds=None):
    company, _i, tld = W.employer(rng, kinds)
    return company, tld, rng.choice(W.ROLES)


# ---------------------------------------------------------------- rejections with no feedback
MS_OPEN = ["Thank you for taking the time to interview for the {r} position.",
           "Thanks for your patience while we worked through the {r} process.",
           "We appreciate your interest in {c} and the effort you put into your application.",
           "Thank you for applying for {r} ({q}).", "I hope your week is going well.",
           "Many thanks for meeting the team last week."]
MS_DECIDE = ["We had many strong candidates, and after careful consideration we have decided to move forward with others.",
             "Competition for this role was fierce, and on this occasion we will not be taking your application further.",
             "We received an exceptional number of applications and, unfortunately, yours has not been shortlisted.",
             "While your background is interesting, we've decided to pursue other candidates for this position.",
             "It was a genuinely difficult decision, but we're going to pass this time.",
             "After reviewing all interviews, the team has decided not to proceed with your candidacy.",
             "We've decided to progress with a small number of applicants whose profiles we'll explore further. You are not among them this time.",
             "Unfortunately we will not be moving forward.",
             "We were impressed, but we won't be offering you the role.",
             "We've reviewed your application carefully and have decided not to invite you to interview.",
             "Your application has not been successful on this occasion.",
             "We have now completed the selection process and will not be proceeding with your application.",
             "The hiring manager has decided to focus on other profiles for this role.",
             "After comparing all finalists, we have chosen another candidate."]
MS_NOFB = ["Due to the volume of applications, we are unable to provide individual feedback.",
           "Please understand that we cannot give detailed reasons for our decisions.",
           "We know this is disappointing, and we thank you for your understanding.",
           "This decision is final for this vacancy.", "", "", ""]
MS_KEEP = ["We'll keep your details on file for 12 months, with your consent.",
           "You're welcome to apply for other roles at {c} in the future.",
           "Feel free to follow us on LinkedIn for new openings.", "", ""]


def manystrong(rng, fam, n):
    c, tld, r = _emp(rng)
    cand, caddr = W.candidate(rng)
    fn, fa, sig = W.sender(rng, c, tld)
    q = W.req_no(rng)
    oc = []
    paras = [rng.choice(MS_OPEN), rng.choice(MS_DECIDE)]
    if rng.random() < .5:
        reason = rng.choice(sorted(F.OC_EN))
        oc.append(reason)
        if reason in ("role_cancelled", "budget_freeze"):  # nobody else gets the job: no "other candidates" line
            paras[1] = rng.choice(F.OC_EN[reason]) + " " + rng.choice(
                ["This means we won't be taking your application any further.", "We therefore have to close your application.",
                 "I'm sorry that this ends the process for you."])
        else:
            paras.insert(rng.choice([1, 2]), rng.choice(F.OC_EN[reason]))
    if rng.random() < .2:  # an interview already booked is called off because the role went away
        reason = rng.choice(["role_filled", "role_cancelled", "budget_freeze"])
        oc = [reason]
        paras = [rng.choice(["I'm sorry to be writing with this ahead of your interview on {s}.",
                             "I need to cancel the interview we had arranged for {s}, and I'm sorry for the short notice."]),
                 {"role_filled": "The position has been filled, so we won't be going ahead with the interview.",
                  "role_cancelled": "The vacancy has been withdrawn following a change of plans in the department, so the process is closed.",
                  "budget_freeze": "Funding for the post has been frozen, which means we have to stop the process and won't be taking your application forward."}[reason]]
    paras += [rng.choice(MS_NOFB), rng.choice(MS_KEEP), rng.choice(F.CLOSE_EN)]
    paras = [p.format(r=r, c=c, q=q, s=W.a_slot(rng)) for p in paras]
    body = W.letter(rng, "en", cand, paras, sig, c, tld, greeting=rng.random() < .9)
    subj = rng.choice(["Your application for {r} at {c}", "Update regarding {q}", "{c} | {r}", "Re: {r}",
                       "Regarding your application", "An update from {c}", "Thank you for your interest in {c}",
                       "Interview outcome"]).format(r=r, c=c, q=q)
    if rng.random() < .15:  # one-liner, no reason given
        oc = []
        body = rng.choice(["Hi {n}, thanks for coming in. We're going to pass on this one, sorry. {s}",
                           "{n} - quick note: we've gone with another candidate for {r}. Appreciate your time.\n\n{s}"]).format(
            n=cand.split()[0], s=sig.split("\n")[0], r=r)
    return W.record(fam, n, from_name=fn, from_addr=fa, to_addr=caddr, subject=W.subj_prefix(rng, subj), body=body,
                    labels=["rejection"], company=c, oc=oc, html_mode=W.html_mode(rng), rng=rng, brand=c)


# ---------------------------------------------------------------- can't share feedback (reply)
CS_LINES = ["I completely understand why you'd want feedback. Unfortunately our policy is not to share interview notes or individual feedback.",
            "Thanks for your message. I'm afraid I'm not able to pass on detailed feedback from the panel; it's a company-wide rule.",
            "I asked the hiring manager, but we don't provide feedback at the application stage, sorry.",
            "Sadly our legal team has asked us not to share written feedback with candidates.",
            "I wish I could give you more. Honestly there was nothing specific; it simply came down to a very competitive shortlist.",
            "We had many strong candidates and the final decision was made on fine margins, so there isn't a specific point I can give you.",
            "Given the number of people we interviewed, we can't go into individual feedback, but I appreciate you asking."]
CS_END = ["I hope you understand, and I wish you the best of luck.", "Thanks for being so gracious about it.",
          "Do keep applying; we'd be glad to see your name again.", ""]


def cantshare(rng, fam, n):
    c, tld, r = _emp(rng)
    cand, caddr = W.candidate(rng)
    fn, fa, sig = W.sender(rng, c, tld)
    body = W.letter(rng, "en", cand, [rng.choice(CS_LINES), rng.choice(CS_END)], sig, c, tld)
    asked = rng.choice(["Thanks for letting me know. Could you share any feedback on my interview for {r}? It would help a lot.",
                        "Hi, I was disappointed to hear the news. Is there anything the team felt I should work on?",
                        "Appreciate the update. If possible I'd love a couple of pointers on where I fell short."]).format(r=r)
    body += "\n\n" + W.quote(rng, "en", asked + f"\n\nThanks,\n{cand.split()[0]}", cand, caddr)
    subj = rng.choice(["Re: Feedback request", "RE: {r} – feedback", "Re: Your application – {r}", "Re: Interview feedback?"]).format(r=r)
    return W.record(fam, n, from_name=fn, from_addr=fa, to_addr=caddr, subject=subj, body=body, labels=[], company=c,
                    html_mode=W.html_mode(rng, .03, .1), rng=rng)


# ---------------------------------------------------------------- praise-only thank-you, no decision
PT = ["Thanks so much for your time today - the team really enjoyed meeting you.",
      "Just a quick note to say thank you for coming in this morning. Everyone said it was a lovely conversation.",
      "Thank you for the great chat earlier!", "Thanks for taking the time to speak with us today; it was a pleasure.",
      "Really appreciated you making the trip in for the interview."]
PT2 = ["We're still meeting a few other candidates and will be in touch by the end of next week.",
       "We'll collect everyone's thoughts and get back to you with next steps in a few days.",
       "I'll be in touch once the panel has met.", "No decision yet - we hope to update you by {d}.",
       "Please send over your travel receipts and we'll reimburse them."]


def praisethanks(rng, fam, n):
    c, tld, r = _emp(rng)
    cand, caddr = W.candidate(rng)
    fn, fa, sig = W.sender(rng, c, tld)
    body = W.letter(rng, "en", cand, [rng.choice(PT), rng.choice(PT2).format(d=W.a_date(rng))], sig, c, tld)
    subj = rng.choice(["Thank you!", "Thanks for today", "Re: {r} interview", "Great to meet you", "Today's interview"]).format(r=r)
    return W.record(fam, n, from_name=fn, from_addr=fa, to_addr=caddr, subject=subj, body=body, labels=[], company=c,
                    html_mode=W.html_mode(rng, .03, .1), rng=rng)


# ---------------------------------------------------------------- mentors / self-reflection
TIPS = ["For the system design round, practise talking through how you'd scale a service before you draw anything.",
        "Use the STAR structure for behavioural questions, and make sure you say 'I', not 'we'.",
        "Always prepare three questions for the end; interviewers notice when you have none.",
        "If you get nervous, slow down and narrate your thinking. Silence is what worries interviewers.",
        "Your CV should lead with outcomes, not duties. Put the migration project at the top.",
        "Do a couple of timed coding exercises a day this week, and write tests first.",
        "When they challenge your estimate, it's a test of how you handle pushback, not of the number."]


SELF_NOTES = ["I rambled on the 'tell me about yourself' question, way too long.",
              "Froze a bit when they pushed back on my estimate for the migration.",
              "The system design part went OK until they asked about a second region - I had nothing.",
              "Forgot to ask any questions at the end. Kicking myself.",
              "My STAR stories kept drifting into 'we' rather than what I did.",
              "Coding round: got a working answer but never wrote a single test.",
              "I think I oversold the team lead bit; they clearly wanted more years managing people.",
              "Felt good about the culture chat, they laughed at my joke about on-call.",
              "The case study slides were too dense, I could see them glazing over.",
              "Didn't really explain how I work with product - they asked twice.",
              "My CV barely mentions the payments project and that's what they cared about.",
              "Honestly felt strong on the SQL questions for once."]


def mentor(rng, fam, n):
    cand, caddr = W.candidate(rng)
    m = W.Person(rng)
    if rng.random() < .5:  # mentor's tips, inbox
        tips = rng.sample(TIPS, rng.randint(2, 4))
        paras = [rng.choice(["Good luck for Thursday! A few things from our call:", "As promised, my notes before your interviews:",
                             "Some thoughts after our mock interview:"]), "\n".join("- " + t for t in tips),
                 rng.choice(["You've got this.", "Let me know how it goes.", "Happy to do another mock next week."])]
        body = W.letter(rng, "en", cand, paras, m.first, None)
        return W.record(fam, n, from_name=m.name, from_addr=m.addr, to_addr=caddr,
                        subject=rng.choice(["Interview prep notes", "Tips for Thursday", "Re: mock interview", "notes from today"]),
                        body=body, labels=[], company=None, rng=rng)
    c, tld, r = _emp(rng)
    notes = rng.sample(SELF_NOTES, rng.randint(2, 3))
    refl = rng.choice(["Quick debrief from the {c} interview, mostly so I remember:", "Reflecting on yesterday's {c} loop:",
                       "Notes to self (and you) after the {c} final round:"]).format(c=c)
    lines = [f"- {x}" for x in notes]
    body = W.letter(rng, "en", m.name, [refl, "\n".join(lines),
                                         rng.choice(["Haven't heard back yet. Could we go over this on Friday?",
                                                     "Any advice on how to practise the second point?", "Not sure how it went overall."])],
                    cand.split()[0], None)
    return W.record(fam, n, folder="Sent", from_name=cand, from_addr=caddr, to_addr=m.addr,
                    subject=rng.choice(["Debrief: {c}", "How the interview went", "Re: Tips for Thursday", "thoughts after {c}"]).format(c=c),
                    body=body, labels=[], company=None, rng=rng)


# ---------------------------------------------------------------- surveys, 360s, customer feedback
SURVEYS = [
    ("How was your interview experience with {c}?", "We'd love your feedback on our hiring process. The survey takes 2 minutes and is anonymous: https://survey.{d}/cx/{k}\n\nYour answers don't affect your application in any way."),
    ("Rate your recent order", "Thanks for shopping with {c}! How did we do? Leave a review and get 10% off your next order.\n\n★★★★★\n\nhttps://{d}/review/{k}"),
    ("Reminder: 360 feedback for your colleagues is due Friday", "You have 3 outstanding peer reviews in the performance cycle. Please give feedback on strengths and development areas for: {p1}, {p2}.\n\nLog in to the HR portal to complete them."),
    ("Your feedback matters 💬", "Tell us about your stay at {c}. Was the room clean? Was check-in quick? Click below to share feedback."),
    ("Mid-year review: self-assessment open", "The self-assessment form for the mid-year check-in is now open. Reflect on your goals, areas to develop and the support you need."),
    ("Candidate survey – {c}", "You recently interviewed with us. Whatever the outcome, please tell us how clear, fair and respectful the process felt: https://{d}/s/{k}"),
    ("We want to hear from you", "As a member of the {c} community, your feedback on our new app helps us improve. Take our 5-question survey."),
    ("Feedback requested: {p1}'s probation review", "{p1} has nominated you to give feedback for their probation review. Please complete by {dt}."),
]


def surveys(rng, fam, n):
    c, tld, _r = _emp(rng)
    cand, caddr = W.candidate(rng)
    subj, text = rng.choice(SURVEYS)
    p1, p2 = W.Person(rng).name, W.Person(rng).name
    fill = dict(c=c, d=f"{W.slug(c)[:16]}.{tld}", k=rng.randint(10000, 99999), p1=p1, p2=p2, dt=W.a_date(rng))
    work = "360" in subj or "review" in subj.lower() and "probation" in subj or "Mid-year" in subj
    body = W.letter(rng, "en", cand, [text.format(**fill), rng.choice(["Thank you!", "Thanks for your help.", ""])],
                    rng.choice([f"The {c} team", "People Operations", "Customer Experience"]), c, tld)
    return W.record(fam, n, from_name=rng.choice([f"{c}", f"{c} Surveys", "People Ops", "no-reply"]),
                    from_addr=f"no-reply@{W.slug(c)[:16]}.{tld}", to_addr=caddr, subject=subj.format(**fill), body=body,
                    labels=[], company=None, html_mode=W.html_mode(rng, .25, .3), rng=rng, brand=c)


# ---------------------------------------------------------------- digests about feedback/rejection
DIGEST_ITEMS = [
    "Why most companies won't give you interview feedback (and how to ask anyway)",
    "The 5 system design mistakes that sink senior candidates",
    "Rejected after the final round? Here's what hiring managers wish you knew",
    "How to answer 'tell me about a time you failed'",
    "Salary negotiation: what to say when you get the offer",
    "We asked 40 recruiters what 'we went with a closer fit' really means",
    "Template: a polite email to request feedback after a rejection",
    "Interview nerves: a psychologist's three-minute routine",
    "Is your CV underselling you? A before-and-after teardown",
    "Reader question: should I accept a verbal offer before the written one?",
    "Take-home tests: how much time is too much?",
    "Hiring freezes explained: what to do when the role disappears",
]


def digest(rng, fam, n):
    cand, caddr = W.candidate(rng)
    pub = rng.choice(["The Candidate Letter", "Offer Desk Weekly", "Career Compass", "Interview Club", "Hired & Hopeful",
                      "The Job Hunt Digest", "Second Round", "Notes from the Hiring Side"])
    items = rng.sample(DIGEST_ITEMS, rng.randint(3, 5))
    lead = rng.choice(["This week: feedback, and why it's so rare.", "Hello, job hunters!", "In this issue:",
                       "Happy Sunday. A packed edition today.", "Welcome to issue #{k}.".format(k=rng.randint(20, 300))])
    lines = "\n\n".join(f"{i+1}. {t}\n{rng.choice(['Read more →', '6 min read', 'Listen (24 min)', 'https://read.' + W.slug(pub) + '.com/p/' + str(rng.randint(100, 999))])}"
                        for i, t in enumerate(items))
    body = f"{lead}\n\n{lines}\n\n—\nYou're receiving {pub} because you subscribed. Unsubscribe: https://{W.slug(pub)}.com/unsub"
    return W.record(fam, n, from_name=pub, from_addr=f"hello@{W.slug(pub)}.com", to_addr=caddr,
                    subject=rng.choice(items) if rng.random() < .6 else f"{pub}: {rng.choice(['issue', 'edition', 'No.'])} {rng.randint(10, 250)}",
                    body=body, labels=[], company=None, html_mode=W.html_mode(rng, .35, .35), rng=rng, brand=pub)


# ---------------------------------------------------------------- non-job rejections with reviewer comments
NONJOB = [
    ("Decision on your submission #{k}", "Programme Committee, {ev}",
     "Thank you for submitting your talk proposal to {ev}. Unfortunately it was not accepted this year. Reviewer comments: the abstract was clear, but the reviewers felt the talk lacked depth on evaluation and overlapped with last year's keynote.",
     "cfp.{ev}"),
    ("Your grant application – outcome", "Research Funding Office",
     "We regret that your application to the Early Career Fund was unsuccessful. Panel feedback: strong track record; the methodology section did not explain how the sample would be recruited.",
     "funding.northfield.ac.uk"),
    ("Application for MSc Data Science", "Admissions Office",
     "After careful review we are unable to offer you a place on the programme. The committee noted that your personal statement did not clearly connect your background to the course.",
     "admissions.northfield.ac.uk"),
    ("Flat viewing – 14 Ashby Road", "Lettings Team",
     "Thank you for viewing the property. The landlord has decided to go with another applicant. Good luck with your search.",
     "lettings-hub.co.uk"),
    ("Your loan application", "Customer Lending",
     "We're sorry, but we can't approve your personal loan application at this time. This decision was based on information from credit reference agencies.",
     "mybank-secure.com"),
    ("Membership application", "Membership Secretary",
     "The committee reviewed your application to join the club. Regrettably we are at capacity and cannot accept new members this season.",
     "riverside-club.org"),
    ("Manuscript decision", "Editorial Office",
     "We will not be able to publish your manuscript. Reviewer 2 felt the discussion section overstated the results and the writing could be tightened.",
     "journal-office.org"),
    ("Visa appointment – update", "Visa Application Centre",
     "Your request for an earlier appointment could not be accommodated. Please attend on the originally scheduled date.",
     "vac-appointments.info"),
    ("Open mic – thanks for auditioning", "Bookings",
     "Thanks for your audition tape. We won't be booking you for the autumn season; the panel felt the set needed stronger transitions between songs.",
     "thebluelantern.co.uk"),
    ("Hackathon team application", "Organisers",
     "Unfortunately your team was not selected for the finals. Judges' notes: great idea, but the demo didn't work end to end.",
     "hackweek.dev"),
]


def nonjob(rng, fam, n):
    cand, caddr = W.candidate(rng)
    subj, who, text, dom = rng.choice(NONJOB)
    ev = rng.choice(["DataConf 2026", "PyNorth", "UX Lisbon", "Frontend Fjord", "CloudSummit Berlin"])
    org = dom.format(ev=W.slug(ev) + ".org")
    body = W.letter(rng, "en", cand, [text.format(ev=ev), rng.choice(["We wish you well.", "Thank you for your interest.", ""])],
                    who.format(ev=ev), None, greeting=rng.random() < .8)
    return W.record(fam, n, from_name=who.format(ev=ev), from_addr=f"noreply@{org}", to_addr=caddr,
                    subject=subj.format(k=rng.randint(100, 999)), body=body, labels=[], company=None,
                    html_mode=W.html_mode(rng, .1, .2), rng=rng)


# ---------------------------------------------------------------- platform pings
def pings(rng, fam, n):
    c, tld, r = _emp(rng)
    cand, caddr = W.candidate(rng)
    board = rng.choice(["JobNest", "CareerLoop", "WorkRadar", "Hireboard", "TalentDock"])
    k = rng.randrange(8)
    if k == 0:
        roles = rng.sample(W.ROLES, 4)
        subj = f"{rng.randint(3, 40)} new jobs for '{rng.choice(roles)}'"
        body = "New jobs matching your alert:\n\n" + "\n".join(f"{x} – {W.employer(rng)[0]} – {rng.choice(['Remote', 'London', 'Berlin', 'Hybrid', 'Madrid'])}" for x in roles) + "\n\nView all jobs"
        frm = board
    elif k == 1:
        subj = rng.choice(["Someone from {c} viewed your profile", "You appeared in 12 searches this week", "A recruiter looked at your CV"]).format(c=c)
        body = f"Good news! Your profile is getting noticed. A recruiter at {c} viewed your profile. Upgrade to see who else."
        frm = board
    elif k == 2:
        subj = "Your profile is 60% complete"
        body = "Profiles with a photo and skills get 3x more recruiter messages. Complete your profile: add work history, skills and a headline."
        frm = board
    elif k == 3:
        subj = f"Application status: {r}"
        body = rng.choice([f"Your application for {r} at {c} is still under review. We'll be in touch when there's an update.",
                           f"Status update: In review. The hiring team at {c} has not made a decision yet."])
        frm = f"{c} Careers"
    elif k == 4:
        subj = rng.choice(["Reminder: your interview tomorrow", "Interview confirmed – {r}", "Calendar: Interview with {c}"]).format(r=r, c=c)
        body = W.letter(rng, "en", cand, [f"This is a reminder of your interview for {r}, already booked for {W.a_slot(rng)}.",
                                           rng.choice(["Reply to this email if you need to change it.", "The video link is in your calendar invitation.",
                                                       "Please bring photo ID to reception."])], f"{c} Recruiting", c, tld)
        frm = f"{c} Recruiting"
    elif k == 5:
        subj = "Reminder: finish your online assessment"
        body = W.letter(rng, "en", cand, [f"You started the {c} online assessment but haven't finished it yet. You have 48 hours left to complete it.",
                                           "Your progress has been saved."], f"{c} Talent", c, tld)
        frm = f"{c} Talent"
    elif k == 6:
        subj = rng.choice(["Webinar: acing the feedback conversation", "You're invited: Careers Fair 2026", "Workshop: mock interviews with recruiters"])
        body = f"Join {board} live on {W.a_slot(rng)} for a free session with hiring managers. Learn how to handle interview questions and how to ask for feedback. Register now – places are limited."
        frm = board
    else:
        subj = "Assessment submitted ✔"
        body = f"Thanks, we've received your completed assessment for {r} at {c}. No further action is needed right now."
        frm = f"{c} via {board}"
    return W.record(fam, n, from_name=frm, from_addr=f"notifications@{W.slug(board)}.com", to_addr=caddr, subject=subj,
                    body=body, labels=[], company=c if k in (3, 4, 5, 7) else None,
                    html_mode=W.html_mode(rng, .3, .35), rng=rng, brand=board)


# ---------------------------------------------------------------- current employer
def workplace(rng, fam, n):
    c, tld, r = _emp(rng)
    cand, caddr = W.candidate(rng)
    boss = W.Person(rng, c, tld)
    k = rng.randrange(5)
    other = W.Person(rng).name
    texts = [
        [f"Could you interview a candidate for the {r} opening on {W.a_slot(rng)}? You'd be covering the technical part; scorecard template attached.",
         "Please submit your feedback in the system within 24 hours."],
        [f"Thanks for your work on the release. One piece of feedback from the retro: the handover notes could be clearer for the support team.",
         "Nothing major, let's chat in our 1:1."],
        ["Rota for next month is attached. Please swap shifts through the app, not by email.", "Thanks all."],
        [f"Reminder that your annual review is on {W.a_slot(rng)}. Please fill in the self-assessment beforehand.",
         "We'll talk about goals and development areas."],
        [f"{other} is joining the team on Monday. Could you be their onboarding buddy for the first two weeks?",
         "Let me know if that works."],
    ]
    body = W.letter(rng, "en", cand, texts[k], boss.first, None)
    subj = ["Interview panel request: {r}", "Quick feedback from the retro", "Rota – next month", "Your annual review", "Buddy for the new starter"][k].format(r=r)
    caddr_work = f"{W.slug(cand.split()[0])}.{W.slug(cand.split()[1])}@{W.slug(c)[:16]}.{tld}"
    return W.record(fam, n, from_name=boss.name, from_addr=boss.addr, to_addr=caddr_work, subject=subj, body=body,
                    labels=[], company=None, html_mode=W.html_mode(rng, .05, .2), rng=rng)


# ---------------------------------------------------------------- misc
def misc(rng, fam, n):
    c, tld, r = _emp(rng)
    cand, caddr = W.candidate(rng)
    k = rng.randrange(7)
    company = None
    if k == 0:
        fn, fa = "HR Dept", f"hr.{rng.randint(10, 99)}@{rng.choice(['gmail.com', 'outlook.com'])}"
        subj = rng.choice(["Job Offer Letter – Remote Data Entry", "CONGRATULATIONS!!! You have been selected", "Offer of employment (urgent)"])
        body = rng.choice([
            "Dear Applicant,\n\nYou have been selected for a remote position paying ${pay}/hour. No interview required. To proceed, purchase the equipment from our approved vendor and send the receipt. Reply with your bank details to receive your first payment.\n\nHR Manager",
            "Hello,\n\nYour CV was found on a job site and we are pleased to OFFER you the post of Payment Agent (part time, {pay}0 EUR weekly). Kindly send copy of passport and we will process contract today.\n\nRegards\nRecruitment Dept",
            "Congratulations {n}!! After reviewing your profile our company decided to hire you for Online Assistant. Salary ${pay}00/month. Contact our manager on WhatsApp to receive the offer letter and starter kit fee details.",
            "Dear {n},\nWe extend you a job offer as Mystery Shopper. You will receive a cheque of $2,{pay}0, deposit it and wire the balance to our agent. This is a legit opportunity.",
        ]).format(pay=rng.randint(25, 95), n=cand.split()[0])
    elif k == 1:
        fn, fa, sig = W.sender(rng, c, tld)
        company = c
        subj = rng.choice(["Welcome to {c}! Your first-day paperwork", "Action needed: right-to-work documents", "Your start date and equipment"]).format(c=c)
        body = W.letter(rng, "en", cand, ["We're delighted you've accepted and can't wait to have you on board.",
                                          "Before your first day, please complete the new-starter form, upload your ID and bank details in the portal, and choose your laptop.",
                                          "Your manager will send your first-week schedule."], sig, c, tld)
    elif k == 2:
        p = W.Person(rng, rng.choice(W.AGENCIES)[0])
        fn, fa = p.name, p.addr
        subj = f"Re: {r} role"
        body = W.letter(rng, "en", cand, [f"Sorry {cand.split()[0]}, the {r} role I mentioned last week has been put on hold by the client before we got as far as submitting anyone.",
                                          "I'll let you know if anything similar comes up."], p.first, None)
    elif k == 3:
        p = W.Person(rng, c, tld)
        fn, fa = p.name, p.addr
        subj = f"Automatic reply: {r} interview"
        body = rng.choice([f"I'm out of the office until {W.a_date(rng)} with limited access to email. For urgent recruiting questions contact careers@{W.slug(c)[:16]}.{tld}.",
                           "Thanks for your email. I'm on parental leave and will reply when I'm back."])
    elif k == 4:
        fn, fa = "Mail Delivery Subsystem", "mailer-daemon@googlemail.com"
        subj = "Delivery Status Notification (Failure)"
        body = f"Address not found\n\nYour message wasn't delivered to recruiting@{W.slug(c)[:14]}.{tld} because the address couldn't be found.\n\nThe response was: 550 5.1.1 The email account that you tried to reach does not exist."
    elif k == 5:
        p = W.Person(rng)
        fn, fa = p.name, p.addr
        subj = rng.choice(["dinner saturday?", "photos from the wedding", "Re: the bike", "mum's birthday"])
        body = rng.choice(["Are you still up for dinner on Saturday? We could try the new place near the station.",
                           "Here are the photos! Some great ones of you and Sam dancing.",
                           "Yes, still have it - £80 and it's yours. Tyres are new."]) + f"\n\n{p.first}"
    else:
        p = W.Person(rng)
        fn, fa = p.name, p.addr
        subj = "Re: how did the interview go?"
        body = W.letter(rng, "en", cand, ["Sorry to hear you didn't get it. Their loss honestly.",
                                          "Fancy a drink this week to take your mind off it?"], p.first, None)
        body += "\n\n" + W.quote(rng, "en", f"Didn't get the {c} job. Gutted.", cand, caddr)
    return W.record(fam, n, from_name=fn, from_addr=fa, to_addr=caddr, subject=subj, body=body, labels=[], company=company,
                    html_mode=W.html_mode(rng, .05, .1), rng=rng)


INTL_NEG = {
    "de": [("AW: Bitte um Feedback", "vielen Dank für Ihre Nachricht. Leider dürfen wir aus Datenschutzgründen kein individuelles Feedback zu Vorstellungsgesprächen geben. Wir bitten um Ihr Verständnis."),
           ("Danke für das Gespräch", "vielen Dank, dass Sie sich heute die Zeit genommen haben. Wir sprechen noch mit weiteren Kandidaten und melden uns bis Ende nächster Woche."),
           ("Status Ihrer Bewerbung", "Ihre Bewerbung befindet sich weiterhin in Prüfung. Sobald es Neuigkeiten gibt, melden wir uns."),
           ("Wie war Ihr Bewerbungsprozess?", "wir möchten unseren Bewerbungsprozess verbessern. Die Umfrage dauert zwei Minuten und ist anonym."),
           ("Erinnerung: Ihr Termin morgen", "wir möchten Sie an Ihr bereits vereinbartes Gespräch morgen um 10:00 Uhr erinnern.")],
    "fr": [("RE: Demande de retour", "merci pour votre message. Malheureusement, notre politique interne ne nous permet pas de communiquer de retours individuels après les entretiens."),
           ("Merci pour cet échange", "merci d'avoir pris le temps d'échanger avec nous aujourd'hui. Nous rencontrons encore d'autres candidats et reviendrons vers vous très vite."),
           ("Votre candidature est en cours d'étude", "votre candidature est toujours en cours d'examen par l'équipe. Nous vous tiendrons informé(e)."),
           ("Votre avis nous intéresse", "aidez-nous à améliorer notre processus de recrutement en répondant à ce court questionnaire."),
           ("Rappel : entretien demain", "petit rappel de votre entretien prévu demain à 14h, dans nos locaux.")],
    "es": [("RE: Feedback entrevista", "gracias por escribirnos. Por política de la empresa no podemos compartir valoraciones individuales de las entrevistas. Esperamos que lo entiendas."),
           ("Gracias por tu tiempo", "muchas gracias por venir hoy. Seguimos entrevistando a otras personas y te diremos algo la semana que viene."),
           ("Estado de tu candidatura", "tu candidatura sigue en revisión. Te avisaremos en cuanto haya novedades."),
           ("¿Qué tal fue tu proceso?", "queremos mejorar nuestro proceso de selección. Responde a esta breve encuesta anónima."),
           ("Recordatorio: entrevista mañana", "te recordamos la entrevista que ya tienes agendada para mañana a las 11:00.")],
}


def intlneg(rng, fam, n):
    lang = rng.choice(["de", "fr", "es"])
    tlds = {"de": ("de", "at", "ch"), "fr": ("fr",), "es": ("es", "mx", "cl")}[lang]
    c, _i, tld = rng.choice([x for x in W.COMPANIES if x[2] in tlds])
    cand, caddr = W.candidate(rng)
    fn, fa, sig = W.sender(rng, c, tld, lang)
    subj, text = rng.choice(INTL_NEG[lang])
    body = W.letter(rng, lang, cand, [text, rng.choice(F.CLOSE[lang])], sig, c, tld)
    company = None if "?" in subj or "avis" in subj else c
    return W.record(fam, n, lang=lang, from_name=fn, from_addr=fa, to_addr=caddr, subject=subj, body=body, labels=[],
                    company=company, html_mode=W.html_mode(rng, .1, .2), rng=rng, brand=c)


PLAN = [("intlneg", intlneg, 30), ("manystrong", manystrong, 46), ("cantshare", cantshare, 28), ("praisethanks", praisethanks, 24),
        ("mentor", mentor, 30), ("surveys", surveys, 32), ("digest", digest, 36), ("nonjob", nonjob, 34),
        ("pings", pings, 46), ("workplace", workplace, 32), ("misc", misc, 50)]


def generate(rng: random.Random) -> Iterable[dict]:
    for name, fn, count in PLAN:
        fam = f"{FAMILY_PREFIX}-{name}"
        for n in range(1, count + 1):
            yield fn(rng, fam, n)
