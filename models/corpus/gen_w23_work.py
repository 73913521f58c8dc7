"""w23 mail from the user's current job and from the careers-content industry.

Current-employer mail (performance feedback, interview panels the user sits on, offer-letter templates
for someone else's hire) and newsletters, podcasts, webinars, job alerts and profile pings full of
"interview", "offer", "rejection" and "feedback" carry no label. Job boards' "your application was
sent to X" is the one real label here (application_ack), written in the same alert voice.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w23_kit as K  # noqa: E402

FAMILY_PREFIX = "w23work"
W = K.Writer(FAMILY_PREFIX)

MYCO = [("Haverly Systems", "haverly.com"), ("Orrin Group", "orringroup.co.uk"), ("Tallis Medical", "tallismed.com"),
        ("Quenby Logistics", "quenby.eu"), ("Sable Forge", "sableforge.io"), ("Atherton Council", "atherton.gov.uk")]


def colleague_neg(rng: random.Random) -> dict:
    """Mail from the user's current employer: no label, company null."""
    me = rng.choice(K.ME)
    co, dom = rng.choice(MYCO)
    fn, ln = K.person(rng)
    cand = " ".join(K.person(rng))
    role = K.role_for(rng.choice(["tech", "bank", "health", "public"]), rng)
    kind = rng.randrange(12)
    if kind == 0:
        subject = rng.choice(["Your mid-year review", "Feedback from your review", "1:1 notes + feedback", "Performance review - summary"])
        lines = [rng.choice([
            "Thanks for the review conversation. As discussed, the feedback from peers is really positive on delivery; the area to work on is communicating trade-offs earlier to stakeholders.",
            "Here's the written feedback from your review. Strengths: ownership, mentoring. Growth area: system design docs need more depth before we start building.",
            "Summary of feedback: you're doing well, and I'd like you to lead the next incident review to build visibility.",
            "As promised, the 360 feedback is attached. Overall very strong; a couple of people mentioned meetings running over."]),
            rng.choice(["Let's pick this up in our next 1:1.", "No action needed before Friday.", "Shout if anything surprises you."])]
    elif kind == 1:
        subject = rng.choice(["Please send your feedback on {c}", "Scorecard due: {c} ({r})", "Reminder: interview feedback outstanding"]).format(c=cand, r=role)
        lines = [f"You interviewed {cand} for the {role} role yesterday. Could you submit your scorecard in the ATS by end of day?",
                 rng.choice(["The debrief is at 4pm.", "We want to make a decision this week.", "Hiring manager is waiting on two more panelists."])]
    elif kind == 2:
        subject = rng.choice(["Interview panel rota - next month", "Can you sit on a panel Thursday?", "Interviewers needed for {r} loop"]).format(r=role)
        lines = [rng.choice([
            f"We need one more interviewer for the {role} panel on {K.date_words(rng)}. Are you free 10-11?",
            "Attached is the interview panel rota for next month. Please swap slots among yourselves if needed.",
            f"Would you be able to run the technical round for a {role} candidate next week? It's a 60-minute pairing session."]),
            "Thanks for helping with hiring!"]
    elif kind == 3:
        subject = rng.choice(["Offer letter template for new hire", "Draft offer - {c}", "Can you check this offer letter?"]).format(c=cand)
        lines = [rng.choice([
            f"Attached is the offer letter template for {cand}, who starts in the {role} team next month. Could you check the job description section?",
            f"We're about to send {cand} an offer for {role}. Are you happy with the start date of {K.date_words(rng)}?",
            "Legal have updated the standard offer letter template; please use the new version from now on."])]
    elif kind == 4:
        subject = rng.choice(["Canteen closure", "Important: building works", "Office closure next week"])
        lines = [rng.choice([
            "We regret to inform staff that the canteen will close permanently at the end of the month.",
            "Unfortunately the third floor will be closed for refurbishment and we are unable to offer alternative desks to everyone.",
            "We regret that the car park will be unavailable on Friday."])]
    elif kind == 5:
        subject = rng.choice(["Your training request", "Conference budget request", "Re: course funding"])
        lines = [rng.choice([
            "Unfortunately your request to attend the conference has been declined this quarter due to budget.",
            "Good news: your application for the leadership course has been approved.",
            "We received your request for training funding; it'll go to the panel on the 14th."])]
    elif kind == 6:
        subject = rng.choice(["Internal vacancy - expression of interest received", "Your internal application", "Secondment application"])
        lines = [rng.choice([
            "Just confirming your expression of interest in the secondment has been logged. No interview needed at this stage.",
            "Thanks for putting yourself forward for the team lead rotation. We'll confirm the rota next week."])]
    elif kind == 7:
        subject = rng.choice(["Rota for December", "On-call rota", "Shift swap approved"])
        lines = ["The rota for next month is attached. Please check your on-call weeks and tell me about conflicts by Friday."]
    elif kind == 8:
        subject = rng.choice(["Exit interview", "Exit interview - {c}", "Can you do the exit interview for {c}?"]).format(c=cand)
        lines = [f"{cand} leaves on Friday. Could you do the exit interview on Thursday afternoon? The template is on the HR drive."]
    elif kind == 9:
        subject = rng.choice(["Candidate rejected - please update the tracker", "Closing the {r} req", "Re: {c} - decision"]).format(r=role, c=cand)
        lines = [rng.choice([
            f"We've decided not to proceed with {cand}. Can you send the rejection email from the ATS and close the loop?",
            f"The {role} req is closed; we made an offer to the second candidate and she accepted.",
            f"Panel consensus on {cand} was no hire. Can you write up the feedback for the recruiter?"])]
    elif kind == 10:
        subject = rng.choice(["Team offsite", "Reminder: all-hands Thursday", "Quick favour"])
        lines = [rng.choice([
            "Can you present the roadmap at the offsite? 15 minutes, no slides needed.",
            "All-hands is moved to Thursday. We'll cover the reorg and the new offer for the staff share scheme."])]
    else:
        subject = rng.choice(["Staff survey: we want your feedback", "Pulse survey closes Friday"])
        lines = ["Please complete the anonymous staff survey. Your feedback goes straight to the leadership team."]
    body = [rng.choice([f"Hi {me[0].split()[0]},", f"{me[0].split()[0]} -", "Hi all,", "Hi team,", f"Hey {me[0].split()[0]}"])] + lines + [
        K.signoff(rng, f"{fn} {ln}", rng.choice(["Engineering Manager", "HR Business Partner", "Head of Operations", "Talent Partner", ""]), co)]
    if rng.random() < 0.3:
        body.append(K.footer(rng, co, dom, corporate=True))
    myaddr = me[0].lower().replace(" ", ".") + "@" + dom
    return W.rec(rng, "colleague", subject=K.subj(rng, subject), body=K.joiner(body), from_name=f"{fn} {ln}",
                 from_addr=f"{fn.lower()}.{ln.lower()}@{dom}", to_addr=myaddr, html_mode=rng.choice(["text"] * 5 + ["both"]))


NEWS_TOPICS = [
    ("5 ways to handle a job offer you're unsure about", "offer"),
    ("How to negotiate salary after the offer", "offer"),
    ("Rejected after the final round? Read this", "rejection"),
    ("Rejection resilience: what hiring managers wish you knew", "rejection"),
    ("The 12 interview questions you'll be asked this year", "interview"),
    ("Ace the interview: the STAR method explained", "interview"),
    ("Why 'we'll keep your CV on file' means nothing", "rejection"),
    ("How to ask for feedback after a rejection (templates inside)", "feedback"),
    ("What to do when an offer is rescinded", "offer"),
    ("Thank-you notes after interviews: still worth it?", "interview"),
    ("System design interviews, demystified", "interview"),
    ("Counter-offers: stay or go?", "offer"),
    ("Ghosted after the application? You're not alone", "application"),
    ("Inside the ATS: what happens to your application", "application"),
    ("Getting useful feedback from interviewers", "feedback"),
]


def news_neg(rng: random.Random) -> dict:
    me = rng.choice(K.ME)
    pub = rng.choice([("The Offer Letter", "theofferletter.substack.com"), ("Career Compass Weekly", "careercompass.news"),
                      ("Hired & Fired", "hiredfired.blog"), ("The Candidate", "thecandidate.email"),
                      ("Interview Club", "interviewclub.io"), ("Next Role Digest", "nextrole.co"),
                      ("Onward Careers", "onwardcareers.org"), ("Monday Job Notes", "mondayjobnotes.com")])
    heads = rng.sample(NEWS_TOPICS, rng.randint(1, 4))
    lead = heads[0][0]
    subject = rng.choice(["{h}", "This week: {h}", "{pub} #{n}: {h}", "📬 {h}", "{h} (+ {k} more reads)"]).format(
        h=lead, pub=pub[0], n=rng.randint(40, 300), k=len(heads) - 1 or 2)
    intro = rng.choice([
        "Welcome back! This week a reader wrote in about an offer she wasn't sure about, so that's where we start.",
        "Three readers told me they got rejection emails on the same day last week. Here's what I told them.",
        "Happy Tuesday. Quick one today - I'm travelling.",
        "This issue is sponsored by a CV review tool. I only recommend things I use.",
        "Hi friends, and welcome to the 1,200 new subscribers who joined after last week's interview piece.",
        "",
    ])
    blurbs = []
    for h, tag in heads:
        blurb = {
            "offer": "Before you say yes, ask for the offer in writing, check the notice period and sleep on it. Most employers expect you to negotiate.",
            "rejection": "\"Unfortunately we will not be moving forward\" stings. But a rejection is data, not a verdict. Ask for feedback, then let it go.",
            "interview": "Prepare three stories, practise them out loud and always have questions ready for the interviewer.",
            "feedback": "Keep the request short and specific: one or two questions, no argument with the decision.",
            "application": "Most applications are read by a person for under a minute. Put the most relevant project first.",
        }[tag]
        blurbs.append(f"{h}\n{blurb}\nRead more: https://{pub[1]}/p/{K.slug(h)[:30]}")
    outro = rng.choice(["Reply to this email - I read everything.", "Forwarded this? Subscribe at https://" + pub[1],
                        "See you next week.", "If this helped, share it with one friend who's job hunting."])
    body = [intro] + blurbs + [outro, f"Unsubscribe: https://{pub[1]}/unsubscribe"]
    return W.rec(rng, "news", subject=subject, body=K.joiner(body), from_name=rng.choice([pub[0], f"{K.person(rng)[0]} from {pub[0]}"]),
                 from_addr=f"hello@{pub[1]}", to_addr=me[1], html_mode=rng.choice(["html_only", "both", "both", "text"]), brand=pub[0])


def event_neg(rng: random.Random) -> dict:
    me = rng.choice(K.ME)
    host, dom = rng.choice([("Career Compass", "careercompass.news"), ("Women in Data Meetup", "widmeetup.org"),
                            ("City Jobs Fair", "cityjobsfair.com"), ("Interview Club", "interviewclub.io"),
                            ("Heronsgate Alumni Careers", "heronsgate.ac.uk"), ("DevRoles Podcast", "devroles.fm"),
                            ("Lodestar Recruitment", "lodestar-recruit.co.uk")])
    title = rng.choice(["Ace the Interview live", "Offer negotiation masterclass", "Bouncing back from rejection",
                        "Mock interviews with hiring managers", "How to read a job offer", "Behind the hiring panel",
                        "Get feedback on your CV in 10 minutes", "Spring Careers Fair", "Salary talk: from offer to signature"])
    kind = rng.randrange(5)
    d, t = K.date_words(rng), K.time_words(rng)
    if kind == 0:
        subject = rng.choice(["You're invited: {x}", "Invitation: {x} (free webinar)", "Save your seat - {x}"]).format(x=title)
        lines = [f"Join us on {d} at {t} for {title}, a free live session with recruiters from three major employers.",
                 "Bring your questions; we'll take as many as we can in the Q&A.", "Register: https://" + dom + "/events/" + K.slug(title)]
    elif kind == 1:
        subject = rng.choice(["Reminder: {x} starts in 1 hour", "Tomorrow: {x}", "Your link for {x}"]).format(x=title)
        lines = [f"You registered for {title}. It starts at {t}. Join link below.", "Can't make it? We'll email the recording."]
    elif kind == 2:
        subject = rng.choice(["New episode: {x}", "🎧 {x}", "Podcast: {x}"]).format(x=title)
        lines = ["This week's guest spent ten years running interview loops and explains what actually gets people an offer.",
                 "Listen on your favourite app."]
    elif kind == 3:
        subject = rng.choice(["Thanks for attending {x}", "Recording + slides: {x}", "We'd love your feedback on {x}"]).format(x=title)
        lines = ["Thanks for joining us. Here are the slides and the recording.",
                 "We'd love your feedback on the session - two quick questions."]
    else:
        subject = rng.choice(["Book a free mock interview", "Practice interview slots open", "Your CV clinic booking"])
        lines = ["Our volunteer coaches are running 30-minute mock interviews next week. Book a slot if you'd like to practise.",
                 "This is a practice session, not a job interview."]
    body = [rng.choice([K.greet(rng, me), "Hi there,", "Hello!"])] + lines + [K.signoff(rng, f"The {host} team"), f"Unsubscribe from event emails: https://{dom}/prefs"]
    return W.rec(rng, "event", subject=subject, body=K.joiner(body), from_name=host, from_addr=rng.choice([f"events@{dom}", f"noreply@{dom}"]),
                 to_addr=me[1], brand=host)


ALERT_TITLES = ["Interview Coordinator", "Offer Manager", "Recruitment Coordinator - Interview Scheduling",
                "Candidate Feedback Analyst", "Offers & Onboarding Specialist", "Rejections Handling Officer",
                "Applications Support Assistant", "Talent Acquisition Partner", "Job Offer Administrator",
                "Senior Backend Engineer", "Data Analyst", "Customer Success Manager", "Product Designer",
                "Warehouse Operative", "Staff Nurse (Band 5)", "Sales Assistant", "Paralegal"]
BOARDS = [("Jobhound", "jobhound.com"), ("WorkNest", "worknest.co.uk"), ("Stellenblick", "stellenblick.de"),
          ("CareerLane", "careerlane.io"), ("Hireling", "hireling.jobs"), ("RoleRadar", "roleradar.com")]


def alert_neg(rng: random.Random) -> dict:
    me = rng.choice(K.ME)
    board, dom = rng.choice(BOARDS)
    kind = rng.randrange(6)
    if kind <= 1:
        jobs = rng.sample(ALERT_TITLES, rng.randint(2, 5))
        emps = rng.sample(K.employers(), len(jobs))
        subject = rng.choice(["{n} new jobs for you", "{j} and more", "New: {j} at {e}", "Your daily job alert"]).format(
            n=len(jobs), j=jobs[0], e=emps[0][0])
        lines = ["Jobs matching your alert:"] + [f"• {j} - {e[0]} - {rng.choice(['Leeds', 'Remote', 'Berlin', 'Dublin', 'Madrid', 'Bristol', 'Hybrid'])}"
                                                for j, e in zip(jobs, emps)]
        lines.append(rng.choice(["Easy apply in one click.", "Be an early applicant.", "Salary shown where available."]))
    elif kind == 2:
        subject = rng.choice(["{n} recruiters viewed your profile", "You appeared in {n} searches this week", "Someone at {e} viewed your profile"]).format(
            n=rng.randint(2, 19), e=rng.choice(K.employers())[0])
        lines = [rng.choice(["Recruiters are looking at profiles like yours. Upgrade to see who viewed you.",
                             "Your profile is getting attention. See which companies are interested with Premium.",
                             "A hiring team in your area looked at your profile. Want to know who?"]),
                 rng.choice(["Profiles with a headline get twice as many views.", "Tip: turn on 'open to work' so recruiters can message you.",
                             f"Your search appearances are up {rng.randint(5, 80)}% on last week.", ""])]
    elif kind == 3:
        subject = rng.choice(["Complete your profile to get more interviews", "Your profile is 60% complete", "Add your skills"])
        lines = [rng.choice(["Candidates with a complete profile get up to 3x more interview requests.",
                             "Employers skip profiles with gaps. A few more details could get you noticed.",
                             f"You're only {rng.randint(2, 5)} steps away from an All-Star profile."]),
                 rng.choice(["Add your work history and a photo.", "Add at least five skills.", "Upload an up-to-date CV.",
                             "Tell employers what kind of role you want next."])]
    elif kind == 4:
        subject = rng.choice(["Your application is still in progress", "You haven't finished applying", "Finish your application to {e}"]).format(e=rng.choice(K.employers())[0])
        lines = [rng.choice(["You started an application but didn't submit it. Pick up where you left off - it's saved for 7 days.",
                             "Your draft application is waiting. Employers often close adverts early, so don't leave it too long.",
                             "Almost there! Just the screening questions left on your application."])]
    else:
        subject = rng.choice(["Update: the employer is still reviewing applications", "Application status: in review", "No news yet? That's normal"])
        lines = ["The employer hasn't made a decision yet. Your application is still under review.",
                 "Most employers respond within two weeks."]
    body = [rng.choice([K.greet(rng, me), "Hi,"])] + lines + [f"{board}", f"Manage alerts: https://{dom}/alerts | Unsubscribe"]
    return W.rec(rng, "alert", subject=subject, body=K.joiner(body), from_name=board, from_addr=rng.choice([f"alerts@{dom}", f"noreply@{dom}"]),
                 to_addr=me[1], html_mode=rng.choice(["html_only", "both", "text"]), brand=board)


def alert_pos(rng: random.Random) -> dict:
    """Job board: 'your application was sent to X' = application_ack, same alert voice."""
    me = rng.choice(K.ME)
    board, dom = rng.choice(BOARDS)
    org, _, sector = rng.choice(K.employers())
    role = rng.choice(ALERT_TITLES[:9] + [K.role_for(sector, rng)] * 4)
    subject = rng.choice(["Your application was sent to {e}", "Application submitted: {r}", "{e} has received your application",
                          "You applied to {r} at {e}"]).format(e=org, r=role)
    lines = [rng.choice([f"Your application for {role} was sent to {org}.",
                         f"Good news - {org} has received your application for {role}.",
                         f"We've delivered your CV and cover note to {org} for the {role} job."]),
             rng.choice(["Track its status under My Applications.", "Employers usually respond within 14 days.",
                         "Tip: complete your profile to stand out."])]
    more = rng.sample(ALERT_TITLES, 2)
    if rng.random() < 0.5:
        lines.append("Similar jobs: " + ", ".join(more))
    body = [rng.choice([K.greet(rng, me), "Hi,"])] + lines + [f"{board}", f"Manage alerts: https://{dom}/alerts | Unsubscribe"]
    return W.rec(rng, "alert", subject=subject, body=K.joiner(body), from_name=board, from_addr=rng.choice([f"alerts@{dom}", f"noreply@{dom}"]),
                 to_addr=me[1], labels=["application_ack"], company=org, html_mode=rng.choice(["html_only", "both", "text"]), brand=board)


def generate(rng: random.Random) -> Iterable[dict]:
    for fn, n in ((colleague_neg, 54), (news_neg, 36), (event_neg, 30), (alert_neg, 36), (alert_pos, 18)):
        for _ in range(n):
            yield fn(rng)
