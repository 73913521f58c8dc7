"""Writer w20: the candidate's own Sent mail in Indian, South-East Asian, African, Eastern
European and East Asian job-seeking English: feedback requests after a rejection (the only
labelled kind here) next to follow-ups, thank-you notes, withdrawals, offer acceptances and
declines, scheduling replies, applications, CTC details and documents."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w20_bank as B  # noqa: E402
import _w20_say as S  # noqa: E402
from _w20_bank import join, maybe, pick  # noqa: E402

FAMILY_PREFIX = "w20sent"

FB_ASK = [
    "Kindly share feedback on my interview so that I can improve.",
    "Could you please let me know the areas where I need to improve?",
    "It would be of great help if you could share the panel's remarks on my performance.",
    "May I know the reason for not selecting my profile, so that I can work on it?",
    "I would be grateful if you could tell me where I lacked in the technical round.",
    "Any pointers on what I could have done better will be highly appreciated.",
    "Can you share what the interviewers felt about my coding round?",
    "Please let me know the feedback, good or bad; I will take it positively.",
    "If possible, could you share the interviewer's comments? It will help me prepare for my next interviews.",
    "I request you to kindly provide the feedback of the panel, as I am keen to know my weak areas.",
    "Would it be possible to get a few minutes of feedback from the hiring manager?",
    "Could you tell me whether it was my experience or my answers in the final round that did not match?",
]
FB_PRE = [
    "Thank you for informing me about the decision regarding the {r} position.",
    "Thanks for the update. Though I am disappointed, I appreciate the opportunity given to me.",
    "I received your mail regarding my candidature for {r}.",
    "Thank you for letting me know. I really enjoyed the discussions with the team.",
    "I understand that I have not been selected for the next round.",
    "Thank you for your time throughout the process.",
    "Sorry to hear that, but thank you for informing me on time.",
    "Thank you for your mail regarding my interview with {c}.",
    "I was sad to read that {c} will not be moving forward with my application, but I respect the decision.",
    "Thank you for the opportunity to interview with {c} for the {r} role.",
    "I got your update about the {r} position at {c}.",
]
FB_POST = ["I would also like to be considered for future openings.", "Looking forward to your response.", "Thanks in advance.",
           "I hope to reapply after some months with better preparation.", ""]


def _people(rng: random.Random, regions: list[str]) -> tuple[B.Candidate, B.Company, str, str, str]:
    comp = B.company(rng, regions)
    cand = B.Candidate(rng, comp.region if comp.region != "GULF" else rng.choice(["IN", "PH"]))
    hr, hf = B.person(rng, comp.region)
    return cand, comp, hr, hf, B.email_of(hr, comp.domain, rng)


def _sign(rng: random.Random, style: str, cand: B.Candidate) -> str:
    ph = B.phone(rng, cand.region)
    if style == "formal":
        return pick(rng, ["Thanking you,\nYours sincerely,\n{n}\nMobile: {p}", "Thanks & Regards,\n{n}\n{p}", "Regards,\n{n}", "With warm regards,\n{n}\nContact: {p}"], n=cand.full, p=ph)
    if style == "brief":
        return pick(rng, ["Thanks\n{f}", "{f}", "Regards\n{n}", "Thank you po,\n{f}", "Rgds,\n{f}\nSent from my Galaxy", "Cheers, {f}"], f=cand.first, n=cand.full)
    return pick(rng, ["Best regards,\n{n}", "Kind regards,\n{n}", "Sincerely,\n{n}", "With best regards,\n{n}\n{p}"], n=cand.full, p=ph)


def sent(rng: random.Random, family: str, n: int, kind: str, style: str, regions: list[str]) -> dict:
    cand, comp, hr, hf, hraddr = _people(rng, regions)
    r = B.role(rng)
    kw = dict(c=comp.name, r=r, d=B.date(rng), t=B.time(rng, comp.tz), hr=hf, q=B.reqno(rng), ct=comp.city, f=cand.first,
              cur=str(rng.choice([3.2, 4.8, 6, 7.5, 9, 11, 14, 18])), exp=str(rng.choice([5, 6.5, 9, 12, 15, 20, 24])),
              np=rng.choice(["30 days", "60 days", "90 days (negotiable)", "immediate", "15 days"]))
    greet = {"formal": ["Respected Sir/Madam,", "Dear Sir/Ma'am,", "Dear {hr},", "Dear {hr} Madam,", "Dear HR Team,"],
             "brief": ["Hi {hr},", "Hello {hr}", "Hi,", "Good day {hr}!", "Dear {hr},"],
             "thread": ["Dear {hr},", "Dear Mr./Ms. {hr},", "Hello {hr},", "Dear Recruitment Team,"]}[style]
    labels: list[str] = []
    quoted = ""
    subj = ""
    if kind == "fbreq":
        labels = ["feedback_request"]
        ask = pick(rng, FB_ASK)
        if style == "brief":
            body = join(pick(rng, ["Noted, thanks for letting me know.", "Ok thank you for the update.", "Thanks for informing.",
                                   "Sad to hear about {c} but ok.", "Thanks for the update on the {c} role."], **kw), ask)
        else:
            body = join(pick(rng, FB_PRE, **kw), ask + " " + maybe(rng, 0.5, ["This is my fourth interview this year and I want to understand my gaps.",
                                                                              "I prepared well for the system design round, so any inputs will help me.",
                                                                              "I am a fresher and your feedback will guide my preparation."]),
                        pick(rng, FB_POST))
        subj = pick(rng, ["Re: Application Status - {r}", "Request for interview feedback", "Feedback on my interview - {r}", "Re: Interview Result - {r}",
                          "Re: Regarding your candidature for {r}", "Kind request: feedback for interview held on {d}"], **kw)
        if style == "thread" or rng.random() < 0.3:
            rej = join(f"Dear {cand.first},", pick(rng, S.REJ_CORE + S.REJ_FORMAL, **kw), pick(rng, S.REJ_CLOSE, **kw), f"Regards,\n{hr}\n{comp.name}")
            quoted = B.quote(rng, hr, hraddr, cand.addr, f"Application Status - {r}", rej)
            if not subj.startswith("Re:"):
                subj = "Re: " + pick(rng, ["Application Status - {r}", "Update on your application with {c}", "Interview Result - {r}"], **kw)
    elif kind == "followup":
        body = pick(rng, ["I attended the technical round for {r} on {d}. May I know the status of my candidature?",
                          "Just following up on my application for {r}. Kindly update me on the next steps.",
                          "It has been two weeks since my final round. Is there any update? I have another offer and need to decide soon.",
                          "Hope you are doing well. Any update on my profile for {r}? Waiting for your positive response."], **kw)
        subj = pick(rng, ["Follow up - {r} interview", "Status of my application - {r}", "Re: Interview Schedule - {r}", "Any update?"], **kw)
    elif kind == "thankyou":
        body = pick(rng, ["Thank you for the opportunity to interview for the {r} role today. I enjoyed learning about the team and the project.",
                          "Thanks a lot for your time today. The discussion on the migration project was very interesting, and I am even more excited about the role.",
                          "I want to thank you and the panel for the interview this morning. Please let me know if any further documents are needed."], **kw)
        subj = pick(rng, ["Thank you - {r} interview", "Thanks for today's discussion", "Re: Interview today"], **kw)
    elif kind == "withdraw":
        body = pick(rng, ["I would like to withdraw my candidature for {r}, as I have accepted another offer. Thank you for considering my profile.",
                          "Due to personal reasons I will not be able to relocate, so I request you to withdraw my application.",
                          "Please excuse me from the upcoming round; I have decided to continue with my current organisation after a counter offer."], **kw)
        subj = pick(rng, ["Withdrawal of application - {r}", "Not interested - {r}", "Re: Interview Schedule - {r}"], **kw)
    elif kind == "accept":
        body = pick(rng, ["I am happy to accept the offer for the position of {r}. Please find attached the signed offer letter. I will be joining on {d}.",
                          "Thank you for the offer. I accept it and have put down my papers today; my last working day is {d}.",
                          "I hereby accept the offer of employment. Kindly let me know the next steps for the joining formalities."], **kw)
        subj = pick(rng, ["Offer acceptance - {r}", "Re: Offer Letter - {r}", "Acceptance of offer", "Re: Letter of Intent - {c}"], **kw)
        if style == "thread":
            quoted = B.quote(rng, hr, hraddr, cand.addr, f"Offer Letter - {r}", join(f"Dear {cand.first},", pick(rng, S.OFFER_CORE, **kw, **S.offer_kw(rng, comp)), f"Regards,\n{hr}"))
    elif kind == "decline":
        body = pick(rng, ["Thank you for the offer for {r}. After much thought, I have decided not to accept it as the CTC does not meet my expectation.",
                          "I regret to inform you that I will not be able to join, as I have received a counter offer from my current employer."], **kw)
        subj = pick(rng, ["Re: Offer Letter - {r}", "Regarding the offer"], **kw)
    elif kind == "schedule":
        body = pick(rng, ["I confirm my availability for the interview on {d} at {t}.", "Thank you for the invite. The slot on {d} works for me.",
                          "Is it possible to move the interview to {d}? I have a client call at the given time.",
                          "I will be on time for the HR round. Should I bring original documents?", "Confirmed. See you on {d}."], **kw)
        subj = pick(rng, ["Re: Interview Schedule - {r}", "Re: Technical round scheduled on {d}", "Re: Virtual Interview via Teams - {d}", "Interview confirmation"], **kw)
        if style == "thread":
            quoted = B.quote(rng, hr, hraddr, cand.addr, subj[4:] if subj.startswith("Re:") else subj, join(f"Dear {cand.first},", pick(rng, S.INV_CORE, **kw), f"Regards,\n{hr}"))
    elif kind == "apply":
        body = join(pick(rng, ["Please find attached my resume for the post of {r}. I have {y} years of experience in the relevant field.",
                               "I came across the opening for {r} on your careers page and would like to apply. My CV is attached for your kind consideration.",
                               "With reference to your advertisement, I wish to apply for the position of {r}."], y=str(rng.randint(1, 12)), **kw),
                    maybe(rng, 0.6, ["Current CTC: {cur} LPA | Expected: {exp} LPA | Notice period: {np}", "I am an immediate joiner.", "I hold a valid Iqama / visit visa and can join at short notice."], **kw))
        subj = pick(rng, ["Application for the post of {r}", "Resume - {r} - {q}", "Job application: {r}", "CV for {r} position"], **kw)
    elif kind == "ctc":
        body = join("Please find my details below:", f"Current CTC: {kw['cur']} LPA\nExpected CTC: {kw['exp']} LPA\nNotice period: {kw['np']}\nCurrent location: {rng.choice(['Pune', 'Chennai', 'Cebu', 'Lagos', 'Dubai'])}",
                    "Updated CV attached.")
        subj = pick(rng, ["Re: Details required - {r}", "Re: Kindly share current and expected CTC", "My details - {r}"], **kw)
    elif kind == "docs":
        body = pick(rng, ["Please find attached the documents requested for BGV: relieving letter, payslips and degree certificate.",
                          "Attached are the scanned copies of my passport and photo for the visa processing.",
                          "I have filled the candidate information form. Kindly check and let me know if anything is missing."])
        subj = pick(rng, ["Re: BGV Initiation - {c}", "Documents for joining", "Re: Visa processing - documents required", "Re: Candidate Information Form"], **kw)
    else:
        raise KeyError(kind)
    text = join(pick(rng, greet, **kw), body, _sign(rng, style, cand), quoted)
    company = comp.name if comp.name in subj + text else None
    return B.record(FAMILY_PREFIX, family, n, folder="Sent", from_name=cand.full, from_addr=cand.addr, to_addr=hraddr if rng.random() < 0.7 else "careers@" + comp.domain,
                    subject=subj, body=text, labels=labels, company=company, html_mode="alt" if rng.random() < 0.12 else "none", rng=rng)


SPEC = [("w20sent-formal", "formal", ["IN", "IN", "GULF"], dict(fbreq=16, followup=5, thankyou=5, withdraw=4, accept=4, schedule=4, apply=5, ctc=3)),
        ("w20sent-brief", "brief", ["PH", "AF", "SGMY", "IN"], dict(fbreq=14, followup=4, thankyou=4, withdraw=4, accept=3, schedule=5, apply=4, ctc=3, decline=2)),
        ("w20sent-thread", "thread", ["EE", "EA", "SGMY"], dict(fbreq=16, thankyou=4, schedule=5, accept=4, withdraw=3, followup=4, docs=3, decline=1))]


def generate(rng: random.Random) -> Iterable[dict]:
    for family, style, regions, counts in SPEC:
        jobs = [k for k, c in counts.items() for _ in range(c)]
        rng.shuffle(jobs)
        for i, kind in enumerate(jobs):
            yield sent(rng, family, i, kind, style, regions)
