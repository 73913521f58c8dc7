"""w43: the rest of a job seeker's inbox. Friends and mentors talking about interviews, the day job
(colleagues, being asked to interview candidates, 1:1 moves, performance notes), non-job rejections,
newsletters and alerts full of hiring words, offer scams, and a referral channel whose acks are real."""

from __future__ import annotations

import random
from typing import Iterable

import _w43_kit as K

FAMILY_PREFIX = "w43life"

FRIEND_NAMES = ["Sam", "Ellie", "Kofi", "Nadia", "Fergus", "Mei", "Raj", "Tash", "Conor", "Bea", "Luis", "Ikram"]
PERSONAL = ["postbox.example", "gmail.example", "fastmail.example", "mailbag.example", "inbox.example"]

FRIEND = [
    "how'd the interview go?? I got a no from {co} yesterday, they said they're going a different way. whatever.",
    "they passed on me after the final, gutted. three rounds for a two line email.",
    "did you hear back from {co} yet? fingers crossed for you.",
    "ok I have an interview thurs and I'm panicking, can I ring you tonight to practise?",
    "got the offer!!! drinks friday, my shout.",
    "not moving ahead, they said. apparently the team picked someone whose background lines up more. classic.",
    "honestly don't take it personally, {co} rejected me twice before they hired me.",
    "saw a {role} role at {co} that screams you, want me to refer you?",
    "they want me back for a third round, is that normal?? what do you even ask in a third round",
    "how many rounds did {co} do with you? they've invited me to a take-home and I'm wondering if it's worth it.",
    "still waiting to hear, it's been two weeks. they said 'still reviewing'. sigh.",
    "just declined the offer from {co}, felt weird saying no to money.",
    "my cousin works at {co}, she says they're on a hiring freeze so don't get your hopes up.",
    "random but are you still job hunting? my team might have something in the spring.",
]
FRIEND_OPEN = ["hey!", "omg", "ok so", "hiya", "", "quick one", "how are you doing?"]
FRIEND_CLOSE = ["x", "xx", "talk later", "", "call me", ":)", "- sent from the bus"]

MENTOR = [
    "rejections at the final stage usually mean you were close. ask them for feedback, politely, and move on.",
    "for the system design round, practise saying your assumptions out loud before you draw anything.",
    "I'd push back on the salary they floated, the band for that level is higher than they're letting on.",
    "don't read too much into a slow reply, most hiring teams are chaotic this time of year.",
    "send me your CV before you apply to {co}, I think the summary undersells you.",
    "good luck tomorrow. remember they're interviewing for someone they want to work with, not a quiz champion.",
    "if they say no, it's information about their team as much as about you.",
    "happy to do a mock interview next week, just book something in my calendar.",
]

DAYJOB = [
    "can you sit on the panel for the SRE candidate {day}? {time}, should be an hour.",
    "need one more interviewer for the {role} loop next week, are you up for it?",
    "could you review the take-home from the candidate we saw Tuesday and leave your scorecard by Friday?",
    "can we move our 1:1 to {day}? I've got a clash with the planning session.",
    "we're going to pass on the vendor proposal, can you let them know gently?",
    "some feedback on your Q1 goals before our review: the migration doc was great, the estimates slipped.",
    "heads up: we made an offer to the {role} candidate and they accepted. they start in three weeks, can you buddy them?",
    "the hiring committee meets {day}, please have your notes on the two finalists in by then.",
    "reminder the all-hands got moved to {time} {day}.",
    "your proposal for the on-call rota didn't get picked for this quarter, sorry. let's revisit in Q3.",
    "can you do a quick phone screen for an intern applicant tomorrow? questions are in the shared doc.",
    "we've got three candidates for the analyst role coming in, could you do the culture chat with one?",
    "you've been nominated for the mentoring scheme! first session is {day}.",
    "thanks for interviewing the designer yesterday, your notes were really useful.",
]

NONJOB = [
    ("Re: 14 Alder Street viewing", "thanks for coming to the viewing. the landlord has gone with another applicant for the flat, sorry. we'll let you know if anything similar comes up.", "letting agent"),
    ("Your talk proposal", "thanks for submitting to {conf}. unfortunately we couldn't fit your talk into this year's programme, we had four times more proposals than slots.", "programme committee"),
    ("Grant application outcome", "we regret that your application to the Small Projects Fund has not been successful this round. feedback from the assessors is attached.", "funding team"),
    ("Rowing club novice squad", "sorry, the novice squad is full for the spring season. we've put you on the waitlist and will be in touch if a seat opens.", "club secretary"),
    ("Your short story submission", "thank you for sending us your story. it's not quite right for us, but we enjoyed reading it.", "the editors"),
    ("Allotment waiting list", "we're not able to offer you a plot this year, you're now 12th on the list.", "allotments officer"),
    ("Hackathon results", "thanks for taking part! your team wasn't shortlisted for the final demo, but the judges loved the idea.", "organisers"),
    ("Mortgage in principle", "we're not able to approve the amount requested at this time. you're welcome to reapply in six months.", "lending team"),
    ("Choir auditions", "thanks for auditioning. we won't be offering you a place in the tenor section this term, but please try again in September.", "music director"),
    ("Your application to the MSc", "after careful consideration the admissions panel is unable to offer you a place on the programme this year.", "admissions"),
    ("Volunteer marshal sign-up", "we've got all the marshals we need for the half-marathon, thanks so much for offering.", "race team"),
    ("Re: sublet", "hey, sorry, we went with someone who can move in earlier. good luck with the search!", "flatmate"),
]
CONFS = ["DevHarbour 2026", "PyNorth", "Data Dock Summit", "FrontEdge Conf", "Lean Ops Day"]

NEWSLETTER = [
    ("The Shortlist: 5 ways to follow up after an interview",
     "this week: how to follow up without being annoying, why 'we're going a different way' rarely means what you think, and a template for asking for feedback after a rejection."),
    ("Hiring Pulse - March",
     "offers are up 4% month on month, time-to-interview is down. read how three founders run their first phone screen."),
    ("Career Notes #88",
     "reader question: 'I got an offer but they want an answer in 48 hours, what do I do?' plus our guide to take-home assignments."),
    ("The Job Hunt Digest",
     "inside: the anatomy of a rejection email, what recruiters mean by 'still reviewing', and ten questions to ask at the end of an interview."),
    ("Interview Club weekly",
     "free webinar thursday: acing the panel interview. save your seat, limited spots."),
]
ALERT = [
    ("12 new jobs matching 'data analyst'", "new roles for you: data analyst at {co1}, senior data analyst at {co2}, analytics engineer at {co3}. apply in one click."),
    ("Your job alert: product designer", "3 new matches this week. {co1} is hiring a product designer (hybrid). {co2}: UX/UI designer, contract."),
    ("Jobs you may be interested in", "based on your profile: backend engineer at {co1}, platform engineer at {co2}. you're one of the first 25 applicants."),
    ("You appeared in 9 searches this week", "recruiters from {co1} and {co2} viewed your profile. upgrade to see who else is interested."),
]
SCAM = [
    ("Job Offer - Remote Data Entry",
     "congratulations! you have been selected for a remote data entry position at $45/hour. no interview needed. reply with your bank details and a copy of your ID to begin onboarding."),
    ("OFFER LETTER - immediate start",
     "dear candidate, we are pleased to offer you the position of Online Assistant. to secure your place please pay the equipment fee of $180 via gift card."),
    ("You've been hired!!",
     "your profile was chosen for a part-time evaluator role, earn $600 a week from home. message our HR manager on WhatsApp to start today."),
    ("Employment confirmation",
     "we hereby confirm your employment with Global Staff Solutions. kindly send your SSN and banking information so payroll can be set up. this offer expires in 24 hours."),
]

REFERRAL_ACK = [
    "your referral came through, it's in front of the hiring team now.",
    "{pm} referred you for the {role} role and we've got your CV. the hiring manager will look at it this week.",
    "thanks for putting your details in via {pm}'s referral link, your application for {role} has arrived.",
    "just confirming we received your application through the referral from {pm}.",
]
REFERRAL_NEG = [
    "{pm} wants to refer you to {co}! finish your profile so we can pass it on: {link}",
    "the {role} role {pm} referred you to is still being reviewed, nothing to report yet.",
    "reminder: your referral link from {pm} expires in 3 days. you haven't applied yet.",
    "{pm} thinks you'd be a great fit at {co}. see open roles here: {link}",
]


def _addr(name, dom):
    return f"{name.lower()}@{dom}"


def gen_friends(rng, n0):
    out = []
    for n in range(70):
        who = K.pick(rng, FRIEND_NAMES)
        region = K.pick(rng, ["us", "uk", "ie", "au", "in", "za", "ca", "nn"])
        co = K.pick(rng, K.EMPLOYERS[region])[0]
        ctx = {"co": co, "role": K.pick(rng, K.ROLES)}
        mentor = K.chance(rng, 0.3)
        if mentor:
            text = K.sentence_case(K.fill(K.pick(rng, MENTOR), ctx))
            greet = K.pick(rng, ["Hi {first},", "{first},", "Hey {first},"])
            sign = K.pick(rng, [f"{who}", f"Best,\n{who}", f"— {who}"])
            subj = K.pick(rng, ["quick thought", "re: tomorrow", "your search", "following up from coffee", "advice"])
        else:
            parts = [K.pick(rng, FRIEND_OPEN), K.fill(K.pick(rng, FRIEND), ctx), K.pick(rng, FRIEND_CLOSE)]
            text = K.phone_mangle(rng, " ".join(p for p in parts if p), heavy=True)
            greet = K.pick(rng, ["", "{first}!", "hey {first}"])
            sign = ""
            subj = K.pick(rng, ["", "ugh", "news", "interview??", "!!!", "hows the hunt", "job stuff"])
        cand = K.pick(rng, K.CANDIDATES)
        greet = greet.replace("{first}", cand[0])
        body = (greet + "\n\n" if greet else "") + text + ("\n\n" + sign if sign else "")
        if not mentor and K.chance(rng, 0.25):
            prior = K.pick(rng, ["had my final today, no idea how it went", "got rejected by another one lol",
                                 "they invited me to an onsite!", "any tips for a panel interview?"])
            hdr = K.when_header(rng, f"{cand[0]} {cand[1]}", cand[2], region in ("us", "ca"))
            body += K.quote_block(rng, hdr, prior, cand[2], subj or "hi")
            subj = "Re: " + (subj or "hi")
        fam = "w43-mentors" if mentor else "w43-friends"
        out.append(K.record(rid=f"{FAMILY_PREFIX}-{'mentor' if mentor else 'friend'}-{n}", family=fam, folder="INBOX",
                            from_name=who, from_addr=_addr(who, K.pick(rng, PERSONAL)), to_addr=cand[2], subject=subj,
                            body=body))
    return out


def gen_dayjob(rng):
    out = []
    for n in range(62):
        region = K.pick(rng, ["us", "uk", "ie", "au", "ca"])
        who = K.pick(rng, K.NAMES[region])
        co, stem = K.pick(rng, K.EMPLOYERS[region])
        cand = K.pick(rng, K.CANDIDATES)
        d = rng.randrange(5)
        ctx = {"day": K.DAYS_LONG[d], "time": K.pick(rng, K.TIMES), "role": K.pick(rng, K.ROLES)}
        text = K.sentence_case(K.fill(K.pick(rng, DAYJOB), ctx))
        if K.chance(rng, 0.4):
            text = K.phone_mangle(rng, text)
        greet = K.pick(rng, [f"Hi {cand[0]},", f"{cand[0]} -", "Hey,", "", f"hey {cand[0].lower()}"])
        sign = K.pick(rng, [who, f"thanks!\n{who}", f"{who}\n{K.pick(rng, ['Engineering Manager', 'Head of Product', 'Talent team', 'Ops'])} | {co}", ""])
        body = (greet + "\n\n" if greet else "") + text + ("\n\n" + sign if sign else "")
        if K.chance(rng, 0.3):
            body += f"\n\nThis email and any attachments are confidential to {co} and intended for the addressee only."
        subj = K.pick(rng, ["interview panel", "quick favour", "1:1", "candidate {day}", "scorecards", "", "fyi",
                            "hiring", "Q1 review", "new starter"]).replace("{day}", ctx["day"])
        work_addr = f"{cand[0].lower()}.{cand[1].lower()}@{stem}{K.TLD[region]}"
        out.append(K.record(rid=f"{FAMILY_PREFIX}-dayjob-{n}", family="w43-day-job", folder="INBOX",
                            from_name=f"{who} {K.pick(rng, K.SURNAMES[region])}", from_addr=f"{who.lower()}@{stem}{K.TLD[region]}",
                            to_addr=work_addr, subject=subj, body=body))
    return out


def _html(title, text, footer, tok):
    return (f"<html><body><table width='600' align='center'><tr><td><h2>{title}</h2>"
            f"<p>{text}</p><p><a href='https://click.mailer.example/u/{tok}'>Read more</a></p>"
            f"<hr><p style='font-size:11px;color:#888'>{footer}</p></td></tr></table></body></html>")


def gen_noise(rng):
    out = []
    n = 0
    for _ in range(30):
        subj, text, who = K.pick(rng, NONJOB)
        cand = K.pick(rng, K.CANDIDATES)
        text = K.sentence_case(K.fill(text, {"conf": K.pick(rng, CONFS)}))
        greet = K.pick(rng, [f"Hi {cand[0]},", f"Dear {cand[0]},", f"Hello {cand[0]},", ""])
        nm = K.pick(rng, K.NAMES[K.pick(rng, ['uk', 'us', 'ie', 'au'])])
        body = (greet + "\n\n" if greet else "") + text + f"\n\n{nm}\n{who}"
        out.append(K.record(rid=f"{FAMILY_PREFIX}-nonjob-{n}", family="w43-inbox-noise", folder="INBOX",
                            from_name=f"{nm} ({who})", from_addr=f"{nm.lower()}@{K.pick(rng, ['harbourlets', 'clubhouse-mail', 'fundsmall', 'pressbox', 'cityreg'])}.example",
                            to_addr=cand[2], subject=subj, body=body))
        n += 1
    for _ in range(40):
        cand = K.pick(rng, K.CANDIDATES)
        r = rng.random()
        cos = [K.pick(rng, K.EMPLOYERS[K.pick(rng, list(K.EMPLOYERS))])[0] for _ in range(3)]
        if r < 0.35:
            subj, text = K.pick(rng, NEWSLETTER)
            sender, addr = K.pick(rng, [("The Shortlist", "hello@theshortlist.example"), ("Career Notes", "notes@careernotes.example"),
                                         ("Interview Club", "team@interviewclub.example")])
        elif r < 0.7:
            subj, text = K.pick(rng, ALERT)
            sender, addr = K.pick(rng, [("JobNest Alerts", "alerts@jobnest.example"), ("Hireboard", "noreply@hireboard.example"),
                                         ("WorkLoop", "jobs@workloop.example")])
        else:
            subj, text = K.pick(rng, SCAM)
            sender, addr = K.pick(rng, [("HR Department", "hr.recruit2026@freemail.example"), ("Talent Team", "onboarding.desk@quickhire-jobs.example"),
                                         ("Mrs. Linda Carter", "linda.carter.hr@mailbox.example")])
        text = K.sentence_case(K.fill(text, {"co1": cos[0], "co2": cos[1], "co3": cos[2]}))
        footer = "You are receiving this because you signed up. Unsubscribe | Manage preferences | 1 Example Way"
        html = None
        if "scam" not in addr and r < 0.7 and K.chance(rng, 0.6):
            html = _html(subj, text, footer, K.token(rng, 9))
            body = "" if K.chance(rng, 0.4) else text + "\n\n" + footer
        else:
            body = (f"Hi {cand[0]},\n\n" if K.chance(rng, 0.5) else "") + text + ("\n\n" + footer if r < 0.7 else "")
        out.append(K.record(rid=f"{FAMILY_PREFIX}-noise-{n}", family="w43-inbox-noise", folder="INBOX",
                            from_name=sender, from_addr=addr, to_addr=cand[2], subject=subj, body=body, html=html))
        n += 1
    return out


def gen_referral(rng):
    out = []
    for n in range(44):
        region = K.pick(rng, ["us", "uk", "ie", "au", "in", "za", "ca", "nn"])
        co, stem = K.pick(rng, K.EMPLOYERS[region])
        cand = K.pick(rng, K.CANDIDATES)
        pm = K.pick(rng, K.NAMES[region])
        me = K.pick(rng, K.NAMES[region])
        ctx = {"pm": pm, "co": co, "role": K.pick(rng, K.ROLES),
               "link": f"https://refer.{stem}{K.TLD[region]}/r/{K.token(rng, 8)}"}
        labelled = K.chance(rng, 0.55)
        text = K.fill(K.pick(rng, REFERRAL_ACK if labelled else REFERRAL_NEG), ctx)
        extra = K.pick(rng, ["", "", "someone from the team will be in touch if it's a match.",
                             "thanks for being interested in {co}.", "you can track it in the portal."])
        text = K.sentence_case(text + (" " + K.fill(extra, ctx) if extra else ""))
        by_person = K.chance(rng, 0.6)
        if by_person:
            body = f"{K.pick(rng, ['Hi', 'Hey', 'Hello'])} {cand[0]},\n\n{text}\n\n{K.pick(rng, ['Thanks,', 'Cheers,', 'Best,'])}\n{me}\n{K.pick(rng, ['Recruiting', 'Talent team', 'People team'])}, {co}"
            from_name, from_addr = f"{me} at {co}", f"{me.lower()}@{stem}{K.TLD[region]}"
        else:
            body = f"Hi {cand[0]},\n\n{text}\n\n— {co} Referrals\nPowered by Refferly"
            from_name, from_addr = f"{co} Referrals", f"referrals@notify.refferly.example"
        subj = K.fill(K.pick(rng, ["your referral", "{pm} referred you", "referral: {role}", "{co} referral",
                                   "update on your referral", "you've been referred!"]), ctx)
        out.append(K.record(rid=f"{FAMILY_PREFIX}-referral-{n}", family="w43-referral-channel", folder="INBOX",
                            from_name=from_name, from_addr=from_addr, to_addr=cand[2], subject=subj, body=body,
                            labels=["application_ack"] if labelled else [], company=co))
    return out


def generate(rng: random.Random) -> Iterable[dict]:
    yield from gen_friends(rng, 0)
    yield from gen_dayjob(rng)
    yield from gen_noise(rng)
    yield from gen_referral(rng)
