"""Writer w30: the stock words without a decision. Mail full of "unfortunately", "interview",
"offer", "application", "feedback", "rejected" that decides nothing about the user's job search.
All no label; company null (none of it is about an employer the user applied to).
"""

from __future__ import annotations

import random
from typing import Iterable

FAMILY_PREFIX = "w30look"

import _w30_kit as K
import _w30_rec as R
W = K.W

# each entry: (sender name, sender addr, subjects, body sentences as slots: list of lists)
SERVICE = [
    ("{shop} Customer Care", "help@{sdom}", ["Re: your complaint #{num}", "Your feedback matters to us", "Update on case {num}"],
     [["Unfortunately the jacket you returned was outside the 30-day window, so we've rejected the refund request.",
       "Unfortunately your return has been rejected because the tags were removed.",
       "We've reviewed your application for a price match and, unfortunately, the item was a different model."],
      ["As a goodwill gesture, here's an offer of 15% off your next order.", "We'd love your feedback on how we handled this.",
       "If you'd like to appeal, reply with your order number and photos."]]),
    ("{ins} Claims", "claims@{idom}", ["Your claim {num}", "Claim decision", "Re: windscreen claim"],
     [["Unfortunately your claim has been declined because the damage happened before the policy start date.",
       "After reviewing the assessor's interview notes, your claim is approved in part.",
       "We need to interview you by phone about the incident before we can settle the claim."],
      ["You can ask for a review within 28 days.", "Our offer of settlement is set out in the attached letter.",
       "Please tell us about your experience in a short feedback survey."]]),
    ("Revenue Online Service", "noreply@ros-notices.gov", ["Your tax return", "Application for refund: outcome", "Action required: PAYE"],
     [["Your application for a tax credit has been rejected as the supporting documents were missing.",
       "Unfortunately we could not process your return because the employer number was not recognised.",
       "Your repayment application has been processed. No further action is needed."],
      ["Log in to view the letter in your secure inbox.", "Do not reply to this email; it is not monitored."]]),
    ("{shop}", "offers@{sdom}", ["Exclusive offer just for you, {fn}", "Last chance: our biggest offer", "We've got an offer you can't refuse 🛍️"],
     [["Our winter offer ends Sunday: 30% off outdoor gear.", "Members get first pick of this week's offers.",
       "Unfortunately the item on your wishlist sold out, but here's a similar one."],
      ["Tell us what you think and get entered into a prize draw.", "Unsubscribe | Preferences"]]),
    ("{bank} Lending", "noreply@{bdom}", ["Your loan application", "Credit card application update", "Mortgage in principle"],
     [["We're sorry, your application for a personal loan has not been approved at this time.",
       "Unfortunately we are unable to offer you the credit limit you asked for.",
       "Good news, your mortgage approval in principle is ready to download."],
      ["This decision was based on your credit file. You can request a copy free of charge.",
       "You can reapply after three months."]]),
]
HOME = [
    ("{me} {mel}", "{mel_l}.lettings@gmail.com", ["Re: flat viewing", "The apartment on {street}", "Rental application"],
     [["Unfortunately the landlord has gone with another applicant for the flat on {street}.",
       "Thanks for your rental application. I've passed it to the owner, who'll decide by Friday.",
       "Can you come for a second viewing on {day}? The owner wants to meet both shortlisted tenants."],
      ["Your references were great, for what it's worth.", "Sorry for the bad news, there's a lot of demand right now.", ""]]),
    ("{school} Office", "office@{school_l}.ie", ["Enrolment application: {kid}", "Parent-teacher meeting", "School tour"],
     [["Unfortunately we are oversubscribed for junior infants and {kid}'s application was not successful this year.",
       "Parent-teacher interviews are on {day}; please book a 10-minute slot with Ms {mel}.",
       "{kid} has been offered a place in the after-school club starting {day}."],
      ["Please give us your feedback on the new homework policy.", "The office is open 8:30 to 2:30."]]),
    ("{club} Membership Secretary", "secretary@{club_l}.org", ["Membership application", "Trials on {day}", "Club news"],
     [["I'm afraid the committee has rejected new membership applications until the waiting list clears.",
       "Trials for the senior squad are on {day} at {time}. Come along, everyone's welcome to try.",
       "Your membership has been renewed; the early-bird offer saved you €20."],
      ["Feedback from the coaches will go up on the noticeboard.", "Subs are due by the end of the month."]]),
    ("{me} {mel}", "{me_l}{num2}@gmail.com", ["Babysitting Saturday?", "Re: the allotment", "Wedding stuff"],
     [["Unfortunately I can't make Saturday after all. Could we swap to Sunday?",
       "Our allotment application got rejected again, can you believe it? Waiting list is four years now.",
       "Any feedback on the seating plan before I send it to Mam?"],
      ["Offer still stands on the lawnmower if you want it.", "Talk later x"]]),
]
WORK = [
    ("{me} {mel}", "{me_l}@{workdom}", ["Can you sit in on an interview Thursday?", "Interview panel for the grad role", "Panel help?"],
     [["We're interviewing for a junior analyst next week. Could you be on the panel with me on {day} at {time}?",
       "Would you mind running the technical interview for a candidate on {day}? I'll send the CV over.",
       "Need a second interviewer for the backend hire; you'd just need to cover the coding part."],
      ["I'll share the scorecard template beforehand.", "Please have your feedback in the system by end of day.",
       "The candidate is coming from {co2}, so go easy on them 😄"]]),
    ("{me} {mel}", "{me_l}@{workdom}", ["Re: PR #{num}", "Feedback on the Q3 deck", "Design review notes"],
     [["Unfortunately the build is failing on your branch, the migration test times out.",
       "Some feedback on your deck: slide 4 buries the main point and the numbers need a source.",
       "I rejected the pull request for now, just because the schema change needs sign-off from data."],
      ["Happy to pair on it after lunch.", "Otherwise looks great, nice work.", "No rush, Monday is fine."]]),
    ("People Team", "people@{workdom}", ["Annual review window opens {day}", "360 feedback requests", "Rota for December"],
     [["The annual review window opens on {day}. Please write your self-assessment and request feedback from three peers.",
       "You've been asked to give feedback on {me}. The form takes about ten minutes.",
       "The on-call rota for December is attached. Unfortunately we couldn't accommodate every leave request."],
      ["Questions to the People team channel.", "Thanks all."]]),
    ("{me} {mel}", "{me_l}@{workdom}", ["Offer accepted for the ops role!", "New starter next week", "Hiring update"],
     [["Great news, the candidate we interviewed for the ops role accepted our offer this morning.",
       "We've made an offer to the second designer. Fingers crossed.",
       "Unfortunately our preferred person for the support role turned us down, so we're back to the shortlist."],
      ["Thanks to everyone who did interviews.", "Can someone sort a desk for them?"]]),
]
MEDIA = [
    ("The Hiring Hour Podcast", "hello@hiringhour.fm", ["Ep. {num}: How to bounce back from rejection", "New episode: nailing the final interview",
                                                         "Ep. {num}: negotiating your offer"],
     [["This week we talk to a recruiter about what really happens after the final interview, and why rejection emails are so vague.",
       "Our guest was rejected 40 times before landing her dream job. She shares what the feedback taught her.",
       "Should you ever accept the first offer? Our panel disagrees loudly."],
      ["Listen wherever you get your podcasts.", "Reply and tell us your worst interview story."]]),
    ("Career Notes", "digest@careernotes.blog", ["This week: 5 interview questions to prepare for", "Why you got rejected (and what to do next)",
                                                 "Reading an offer letter line by line"],
     [["In this week's digest: why 'we've decided to pursue other candidates' rarely means what you think.",
       "Our most-read post: how to ask for feedback after an interview without sounding desperate.",
       "Plus: a hiring manager explains how she compares offers and counter-offers."],
      ["You're receiving this because you subscribed at careernotes.blog. Unsubscribe.", "Forward to a friend who's job hunting."]]),
    ("{org} Events", "events@{orgdom}", ["You're invited: Careers Fair {city}", "Webinar: acing the video interview",
                                         "Workshop seats left: CVs that get interviews"],
     [["Join 60 employers at our careers fair in {city} on {day}. Bring your CV; many are interviewing on the spot.",
       "Our free webinar on {day} covers video interview technique, with live feedback on volunteers' answers.",
       "There are 12 seats left at Saturday's CV workshop. Book now to secure your place."],
      ["Registration closes {day}.", "Can't make it? We'll send the recording."]]),
    ("Careers Service", "careers@alumni.{uni}.ac.uk", ["Mock interviews for alumni", "Jobs bulletin: week {num2}", "Mentoring scheme applications open"],
     [["Alumni can book a free mock interview with a careers adviser. Slots are released every Monday.",
       "This week's bulletin lists 40 graduate roles, including several with interviews in January.",
       "Applications for the alumni mentoring scheme are open until {day}. Mentors will give feedback on your CV."],
      ["Unsubscribe from alumni mailings here.", "Best of luck with the search!"]]),
]
PALS = [
    ("{me}", "{me_l}{num2}@gmail.com", ["ugh", "well that's that", "rejected again lol", "need a pint"],
     [["So I got the email from the bank today. Unfortunately they've gone with someone else. Third final round this year.",
       "They rejected me after FIVE interviews. Didn't even give me feedback. I'm done.",
       "Update: got an offer from the place in Leeds but it's way less money than I'm on now. What would you do?"],
      ["Anyway, how's your search going?", "Pub Friday? I need to complain at someone in person.", "Sorry for the rant x"]]),
    ("{me} {mel}", "{me_l}.{mel_l}@outlook.com", ["Re: advice?", "thoughts after our coffee", "your CV"],
     [["Good to catch up. On the interviews: prepare two solid stories about failure, they always ask.",
       "I had a look at your CV. Unfortunately it's too long, cut it to two pages and lead with the results.",
       "Don't take rejections personally. I applied to sixty places before my last job, and every offer came from a referral."],
      ["Happy to do a mock interview if it helps.", "Shout if you want me to look again.", "You'll get there."]]),
    ("Mam", "{mel_l}.home@eircom.net", ["Any news?", "Sunday dinner", "Saw this and thought of you"],
     [["Any word on the job? Your father keeps asking if you've had the interview yet.",
       "Aunt Bernie says her neighbour's lad got rejected from the same place twice and then they offered him a job. Keep going.",
       "There's an article in the paper about interview tips, I'll keep it for you."],
      ["Love you, Mam x", "Ring me when you can."]]),
]
NONJOB = [
    ("Admissions Office, {uni_t}", "admissions@{uni}.ac.uk", ["Your application to {uni_t}", "Decision on your application"],
     [["Unfortunately we are unable to offer you a place on the MSc in Data Science this year.",
       "We regret that your application for postgraduate study was not successful.",
       "We're pleased to offer you a conditional place on the part-time MA, starting in September."],
      ["Competition was very strong.", "Details of the appeals process are on our website."]]),
    ("{org} Grants", "grants@{orgdom}", ["Outcome: community grant round {num}", "Your funding application"],
     [["Thank you for applying. Unfortunately your project was not selected for funding in this round.",
       "The panel's feedback on your proposal is attached; the budget section needed more detail.",
       "We're delighted to offer your group a grant of €2,000 for the garden project."],
      ["The next round opens in March.", "Questions to the grants team."]]),
    ("{conf} Programme Committee", "cfp@{confdom}", ["{conf} talk proposal: decision", "Your CFP submission"],
     [["We're sorry to say your talk proposal was not accepted for {conf} this year.",
       "Reviewers' feedback: the abstract was interesting but too close to last year's keynote.",
       "Your talk has been accepted! Speaker details follow."],
      ["Over 400 proposals for 30 slots.", "We hope to see you there as an attendee."]]),
    ("Immigration Service Delivery", "noreply@visas-notify.gov", ["Visa application {num}", "Appointment for biometrics"],
     [["Your visitor visa application has been refused. The reasons are set out in the attached letter.",
       "Please attend an interview at the visa office on {day} at {time} with your original documents.",
       "Your application has been received and is being processed."],
      ["Do not reply to this email.", "You may apply for an administrative review."]]),
]
SCAM = [
    ("HR Department", "hr.dept{num2}@{scamdom}", ["JOB OFFER: Remote assistant $900/week", "Congratulations! You have been selected",
                                                    "Offer letter - Data Entry"],
     [["Congratulations, you have been selected for a remote data entry position. No interview required.",
       "Your profile matched our requirement. We offer $45/hour for part-time package reshipping from home.",
       "We are pleased to offer you employment as a Personal Assistant. Kindly send your bank details to process salary advance."],
      ["Reply with your full name, address and phone number to start immediately.",
       "You will receive a cheque for equipment; deposit it and send the balance to our vendor.",
       "This offer expires in 24 hours."]]),
    ("Recruitment Team", "careers@{scamdom}", ["Interview via Telegram", "Your application for Online Evaluator"],
     [["Your interview will be held via text chat on Telegram. Add our manager to begin.",
       "We have reviewed your resume from a job site. Earn $300 per day liking videos. No experience."],
      ["Training fee of $50 is refundable after the first week.", "Do not share this offer with others."]]),
]

FAMS = {"service": (SERVICE, 26), "home": (HOME, 24), "work": (WORK, 28), "media": (MEDIA, 25),
        "pals": (PALS, 27), "nonjob": (NONJOB, 32), "scam": (SCAM, 16)}

SHOPS = ["Trailhead Outfitters", "Brightside Home", "Kettle & Crumb", "Voltbox Electronics", "Linen Lane", "PetPal"]
INSURERS = ["Harbourline Insurance", "Greenshield", "Keystone Mutual", "Southern Cross Cover"]
BANKS = ["Fernbank", "Midland Mutual", "Clearwater Credit Union", "Tasman Bank"]
SCHOOLS = ["St Brigid's NS", "Scoil Mhuire", "Hillcrest Primary", "Oakfield Public School"]
CLUBS = ["Riverside Rowing Club", "Ballymore GAA", "Northside Climbing Club", "Bayside Tennis Club", "Kookaburra Cricket Club"]
ORGS = ["Community Foundation", "Arts Council West", "TechWomen Network", "Young Founders Trust", "Jobs Plus Centre"]
CONFS = ["PyCon Éire", "DataFest North", "FrontEnd Down Under", "DevOpsDays Halifax", "Product Camp"]
UNIS = ["northmoor", "lakeland", "kingsbridge", "westvale"]
STREETS = ["Mary Street", "Harbour Road", "Clyde Lane", "Princes Parade", "Elgin Avenue"]
KIDS = ["Oisín", "Ruby", "Finn", "Ava", "Seán"]


def _slots(rng: random.Random, c) -> dict:
    shop, ins, bank = rng.choice(SHOPS), rng.choice(INSURERS), rng.choice(BANKS)
    school, club, org = rng.choice(SCHOOLS), rng.choice(CLUBS), rng.choice(ORGS)
    conf, uni = rng.choice(CONFS), rng.choice(UNIS)
    squash = lambda s: "".join(ch for ch in s.lower() if ch.isalnum())  # noqa: E731
    return {
        "shop": shop, "sdom": squash(shop) + ".com", "ins": ins, "idom": squash(ins) + ".ie",
        "bank": bank, "bdom": squash(bank) + ".com", "school": school, "school_l": squash(school),
        "club": club, "club_l": squash(club), "org": org, "orgdom": squash(org) + ".org", "conf": conf,
        "confdom": squash(conf) + ".org", "uni": uni, "uni_t": f"University of {uni.title()}",
        "street": rng.choice(STREETS), "kid": rng.choice(KIDS), "num": str(rng.randint(100, 99999)),
        "num2": str(rng.randint(1, 99)), "me_l": c.me.lower(), "mel_l": c.mel.lower(), "mel": c.mel,
        "workdom": rng.choice(["corrib-systems.ie", "ourco.com.au", "lakeshore-data.ca", "pennant.co.uk"]),
        "co2": W.company(rng), "scamdom": rng.choice(["gmail.com", "workfromhome-hr.top", "globalstaffing-inc.xyz", "outlook.com"]),
    }


def _fill(c, text: str, sl: dict) -> str:
    for k, v in sl.items():
        text = text.replace("{" + k + "}", v)
    return c.f(text) if text else text


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (bank, count) in FAMS.items():
        f = R.Family(FAMILY_PREFIX, fam)
        for _ in range(count):
            c = K.Ctx(rng, rng.choice(["casual", "uk", "ie", "au", "ca", "stiff"]))
            name, addr, subjects, parts = rng.choice(bank)
            sl = _slots(rng, c)
            lines = [_fill(c, rng.choice(p), sl) for p in parts if rng.random() < 0.85 or p is parts[0]]
            lines = [x for x in lines if x]
            if rng.random() < 0.3:
                lines.insert(0, c.f(rng.choice(["Hope you're well.", "Quick note.", "Hope all is good with you.", "Just a short one.", "Hi again!"])))
            greet = W.greet(rng, c.reg, c.fn, c.ln) if fam in ("home", "pals", "work") or rng.random() < 0.6 else ""
            paras = ([greet] if greet else []) + lines
            if fam in ("pals", "home", "work"):
                paras.append(rng.choice(["x", c.me, f"{rng.choice(W.SIGNOFF[c.reg])}\n{c.me}", f"{c.me}\n\n{rng.choice(W.MOBILE)}"]))
            else:
                paras.append(rng.choice(["Unsubscribe", "Manage preferences", "© 2026 All rights reserved", "Please do not reply to this automated message.",
                                         "This email and any attachments are confidential. If you got it in error, please delete it.",
                                         "Please consider the environment before printing this email.", "Update your mailing preferences here."]))
            body = "\n\n".join(paras)
            subj = _fill(c, rng.choice(subjects), sl)
            if fam in ("pals", "work") and rng.random() < 0.25:
                body += "\n\n" + W.quote(rng, c.f(rng.choice(["Any thoughts? {fn}", "Hi, did you see my last message?\n\n{fn}", "Thanks! x"])),
                                           f"{c.fn} {c.ln}", c.cand_addr, to=_fill(c, name, _slots(rng, c)))
                subj = "Re: " + subj
            html, only = None, False
            r = rng.random()
            if fam in ("service", "media", "scam", "nonjob"):
                if r < 0.25:
                    html, only = W.to_html(body, rng), True
                elif r < 0.5:
                    html = W.to_html(body, rng)
            nm = _fill(c, name, sl)
            yield f.record(folder="INBOX", from_name=nm, from_addr=_fill(c, addr, sl).lower(), to_addr=c.cand_addr,
                           subject=W.subj_wrap(rng, subj, 0.1), body=body, labels=[], company=None,
                           html=html, html_only=only)
