"""English application acknowledgements, job offers and feedback-only messages (replies to a feedback
request, or notes passed on mid-process), wrapped in the shared ``w2-*`` shells. Run through build.py."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

from _w2_feedback import WEAK_CASUAL, feedback_block  # noqa: E402
from _w2_kit import SHELLS, new_ctx, pick, record, some, wrap  # noqa: E402

FAMILY_PREFIX = "w2ao"

ACK = [
    "Thank you for applying for the {role} position at {co}. We've received your application.",
    "This email confirms that we have received your application for {role}.",
    "Your application has been submitted successfully.",
    "We've got your application for {role}, and it's now with our recruitment team.",
    "Thanks for your interest in {co}! Your application for {role} ({job_id}) has reached us.",
    "We're writing to let you know your application arrived safely.",
    "Thank you for your application, which we received on {date}.",
    "Many thanks for sending us your CV for the {role} vacancy.",
    "Application received: {role}, {city}.",
    "Good news: your application is in!",
    "We acknowledge receipt of your application for the role of {role}.",
    "Thanks for applying! This is a quick note to confirm we have your application.",
    "Your documents for the {role} position have been received.",
    "We're pleased to confirm receipt of your application to join {co} as {role}.",
]
ACK_CASUAL = [
    "Got your CV, thanks for sending it over!", "thanks — received your application, will take a look this week.",
    "Just confirming your application came through.", "Thanks for applying! I've got your details.",
    "Cheers for the CV, it's landed safely.", "Received, thank you! I'll pass it on to {hmfirst}.",
    "Thanks {first}, application received.", "We've got your application — thanks for thinking of us.",
]
ACK_NEXT = [
    "Our team will review your profile and get back to you within two weeks if there's a match.",
    "If your experience matches what we're looking for, a recruiter will contact you to discuss next steps.",
    "We read every application ourselves, so please allow ten working days for a response.",
    "Because of high volumes, we may only be able to contact shortlisted candidates.",
    "You can track the status of your application in your candidate account.",
    "We'll be in touch as soon as we've had a chance to look at it properly.",
    "The hiring team reviews applications on a rolling basis.",
    "If you haven't heard from us within three weeks, please assume we won't be taking it further this time.",
    "In the meantime, feel free to read more about life at {co} on our blog.",
    "I'll pass it to the hiring manager and come back to you by the end of next week.",
    "Please don't send your application again; duplicates slow the process down.",
    "No further action is needed from you at this stage.",
]
ACK_CASUAL_NEXT = ["Will come back to you once the team has had a look.", "should hear from me within a week or so.",
                   "I'll shout when I know more.", "Expect an update in the next couple of weeks.", ""]
ACK_SUBJ = ["Thank you for your application", "Application received", "We've received your application", "Your application to {co}",
            "Thanks for applying to {co}", "Confirmation: {role}", "Application confirmation – {role}", "Re: CV", "Received: your application"]

OFFER = [
    "I'm delighted to offer you the position of {role} at {co}.",
    "We are pleased to extend an offer of employment for the {role} role.",
    "The team loved meeting you, and we'd like to make you an offer!",
    "Following your interviews, we would like to offer you the role.",
    "It's my pleasure to confirm our verbal offer in writing.",
    "On behalf of {co}, I'm happy to present you with an offer to join us as {role}.",
    "We would like to welcome you to the team as our new {role}.",
    "I'm thrilled to tell you the panel was unanimous: we want you on board as {role}.",
    "Please find attached your formal offer letter for the {role} position.",
    "After a great set of interviews, we're pleased to offer you a place on the {role} team.",
    "We're excited to offer you the job — congratulations!",
]
OFFER_CASUAL = [
    "We want you! Offer's coming your way for {role}.", "Great news — we'd love to offer you the job.",
    "Congrats, the team said yes! Formal offer to follow but wanted you to hear it from me first.",
    "so... we'd like to make you an offer :)", "Delighted to say we're offering you the role.",
    "Everyone was unanimous — we'd like you to join us. Offer attached.",
]
OFFER_DETAIL = [
    "The base salary is {salary} per year, with {bonus}.",
    "We're proposing a start date of {start}, though we can be flexible.",
    "The package includes 28 days of holiday, private health cover and a 6% pension contribution.",
    "You'll also receive {equity} share options vesting over four years.",
    "The contract is permanent and full-time, with a six-month probation period.",
    "Please review the attached documents and sign by {deadline}.",
    "The offer is valid until {deadline}.",
    "I'd be happy to get on a call to walk you through the details.",
    "You'll report to {hm}, who is really looking forward to working with you.",
    "Let me know if you have any questions about the compensation or benefits.",
    "The offer is subject to satisfactory references and a right-to-work check.",
]
OFFER_SUBJ = ["Offer of employment – {role}", "Your offer from {co}", "Good news!", "Offer letter", "Welcome to {co}?",
              "{role} offer", "Congratulations, {first}", "Job offer"]

FB_REQ_PRIOR = [
    ("Re: Your application for {role}", "Hi {sfirst},\n\nThanks for letting me know. Would you be able to share any feedback on my interviews? It would help a lot.\n\nBest,\n{first}"),
    ("Feedback?", "Hello {sfirst}, sorry to hear that, but I appreciate the quick answer. If the panel has any feedback I'd really value it. Thanks, {first}"),
    ("Re: Update", "Dear {sfirst},\n\nThank you for the update. Is there anything specific I could work on for future applications?\n\nKind regards,\n{cand}"),
    ("Re: {role}", "hi {sfirst} – understood, thanks. any pointers on what I could have done better? {first}"),
]
FB_OPEN = [
    "Thanks for asking for feedback — happy to share what the panel said.",
    "As promised, here is some feedback from your interviews.",
    "Of course, and thank you for taking the news so graciously.",
    "I went back to the interviewers and collected their notes for you.",
    "I appreciate you reaching out. Here are the main points from the debrief.",
    "Sorry for the slow reply; I wanted to get proper input from the team first.",
    "You asked for feedback on your application for {role}, so here's an honest summary.",
    "Good on you for asking. Here's what came up.",
    "Happy to help. I've summarised the interviewers' comments below.",
    "Thanks for your patience. The panel's feedback is below.",
]
FB_MID_OPEN = [
    "While we finish the remaining interviews, I wanted to pass on some notes from your technical round.",
    "The panel asked me to share their comments from Tuesday's session with you, whatever the outcome.",
    "Before the final decision, here is some feedback from your case study presentation.",
    "We share written feedback with every candidate after the take-home review, so here is yours.",
    "Some feedback from the hiring manager on your first interview, as we promised.",
]
FB_MID_CLOSE = ["We'll come back to you with a decision by Friday.", "A decision should follow early next week.",
                "We're still speaking to a couple of other people and will update you soon.", "No decision yet; I'll be in touch."]
FB_CLOSE = ["I hope this is useful, and good luck with your search.", "Hope that helps — you're closer than you think.",
            "Don't be discouraged; these are all very fixable.", "Happy to chat if you want to go through any of it.",
            "All the best, and do apply again in future.", "Thanks again for your time with us."]
FB_SUBJ = ["Re: Feedback", "Feedback from your interview", "Your feedback", "Interview feedback – {role}", "Notes from the panel",
           "Re: Your application for {role}", "Some feedback"]

SHELL_ACK = {"w2-ats-relay": 6, "w2-corp-portal": 4, "w2-founder-note": 1, "w2-agency-recruiter": 2, "w2-hm-direct": 1,
             "w2-formal-letter": 1, "w2-thread-reply": 1, "w2-outlook-chain": 1, "w2-forwarded": 0, "w2-phone-terse": 1}
SHELL_OFFER = {"w2-ats-relay": 1, "w2-corp-portal": 2, "w2-founder-note": 2, "w2-agency-recruiter": 2, "w2-hm-direct": 2,
               "w2-formal-letter": 2, "w2-thread-reply": 2, "w2-outlook-chain": 1, "w2-forwarded": 1, "w2-phone-terse": 1}
SHELL_FB = {"w2-ats-relay": 0, "w2-corp-portal": 1, "w2-founder-note": 1, "w2-agency-recruiter": 2, "w2-hm-direct": 2,
            "w2-formal-letter": 1, "w2-thread-reply": 4, "w2-outlook-chain": 2, "w2-forwarded": 1, "w2-phone-terse": 1}


def ack(rng: random.Random) -> dict:
    formal = [pick(rng, ACK)] + some(rng, ACK_NEXT, 1, 2)
    if rng.random() < 0.4:
        formal.append(pick(rng, ["Thank you again for your interest in {co}.", "Best of luck!", "We appreciate the time you took to apply.",
                                 "Thanks for considering a career with us."]))
    casual = [pick(rng, ACK_CASUAL)]
    nx = pick(rng, ACK_CASUAL_NEXT)
    if nx:
        casual.append(nx)
    return {"formal": formal, "casual": casual, "gist": "Confirming they've received your application.",
            "subjects": ACK_SUBJ, "labels": ["application_ack"], "topics": [], "outside_control": []}


def offer(rng: random.Random) -> dict:
    formal = [pick(rng, OFFER)] + some(rng, OFFER_DETAIL, 2, 4)
    formal.append(pick(rng, ["Congratulations, and we hope you'll say yes.", "We're all very excited.", "Welcome aboard (we hope!).",
                             "Looking forward to hearing your decision.", "Please reply to confirm whether you accept."]))
    casual = [pick(rng, OFFER_CASUAL), pick(rng, OFFER_DETAIL)]
    return {"formal": formal, "casual": casual, "gist": "Congratulations — {co} is making you an offer!",
            "subjects": OFFER_SUBJ, "labels": ["offer"], "topics": [], "outside_control": []}


def feedback_only(rng: random.Random, mid: bool) -> dict:
    sents, topics = feedback_block(rng, n_topics=(1, 3))
    if mid:
        formal = [pick(rng, FB_MID_OPEN), " ".join(sents), pick(rng, FB_MID_CLOSE)]
    else:
        body = "\n".join("- " + s for s in sents) if rng.random() < 0.4 else " ".join(sents)
        formal = [pick(rng, FB_OPEN), body, pick(rng, FB_CLOSE)]
    csents = [pick(rng, WEAK_CASUAL[t]) for t in topics]
    casual = [pick(rng, ["Sure thing — here's the honest version.", "Happy to share!", "Asked the team, here's what they said.",
                         "notes from the panel, quickly:", "Course!"]) + " " + " ".join(csents),
              pick(rng, ["Hope it helps.", "You'll nail the next one.", "Good luck!", ""])]
    casual = [c for c in casual if c]
    c = {"formal": formal, "casual": casual, "gist": "The feedback you asked for is below.", "subjects": FB_SUBJ,
         "labels": ["feedback"], "topics": topics, "outside_control": []}
    if not mid:
        c["prior"] = pick(rng, FB_REQ_PRIOR)
    return c


def _shells(weights: dict) -> list[str]:
    return [s for s in SHELLS for _ in range(weights.get(s, 0))]


def generate(rng: random.Random) -> Iterator[dict]:
    counters: dict[str, int] = {}
    plan = [("ack", 95, _shells(SHELL_ACK)), ("offer", 42, _shells(SHELL_OFFER)), ("fb", 35, _shells(SHELL_FB))]
    for kind, count, shells in plan:
        for i in range(count):
            shell = pick(rng, shells)
            ctx = new_ctx(rng)
            if kind == "ack":
                c = ack(rng)
            elif kind == "offer":
                c = offer(rng)
            else:
                mid = i < 10
                if not mid and shell in ("w2-corp-portal", "w2-phone-terse") and rng.random() < 0.5:
                    shell = "w2-thread-reply"
                c = feedback_only(rng, mid)
            w = wrap(rng, ctx, c, shell)
            n = counters[shell] = counters.get(shell, 0) + 1
            yield record(ctx, shell, FAMILY_PREFIX, n, labels=c["labels"], topics=c["topics"],
                         outside_control=c["outside_control"], **w)
