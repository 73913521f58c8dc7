"""Message kinds for writer w20: each builder returns the new text of one employer/agency message
plus its labels, so that every family can wrap the same kinds in its own greeting, signature and
footer (the wrapper never tells the label). Builders take a World describing who writes to whom."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import _w20_bank as B
import _w20_say as S
from _w20_bank import join, maybe, pick


@dataclass
class World:
    comp: B.Company
    cand: B.Candidate
    role: str
    hr: str
    hr_first: str
    client: B.Company | None = None  # hiring client when an agency writes
    agency: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def employer(self) -> B.Company:
        return self.client or self.comp

    def kw(self, rng: random.Random) -> dict[str, str]:
        e = self.employer
        d = dict(c=e.name, r=self.role, d=B.date(rng), t=B.time(rng, e.tz), ct=e.city, f=self.cand.first,
                 q=B.reqno(rng))
        d.update(S.offer_kw(rng, e))
        return d


def _subj(rng: random.Random, base: str) -> str:
    p = rng.random()
    if p < 0.12:
        return "[External] " + base
    if p < 0.2:
        return "RE: " + base
    if p < 0.25:
        return "Re: " + base
    return base


def _client_ref(w: World) -> str:
    return w.employer.name


def _oc(rng: random.Random, p: float) -> tuple[list[str], list[str]]:
    if rng.random() >= p:
        return [], []
    keys = rng.sample(sorted(S.OC), rng.choice([1, 1, 1, 2]))
    if "role_filled" in keys and "role_cancelled" in keys:
        keys.remove("role_cancelled")
    return keys, [pick(rng, S.OC[k]) for k in keys]


def core(labels: list[str], subject: str, body: str, company: str | None, topics=(), oc=(), quoted: str = "",
         tone: str = "") -> dict:
    return {"labels": labels, "subject": subject, "body": body, "company": company, "topics": list(topics),
            "oc": list(oc), "quoted": quoted, "tone": tone}


# ============================================================================ labelled kinds
def ack(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    subj = pick(rng, ["Application Received - {r}", "Thank you for applying to {c}", "Acknowledgement: {r} ({q})",
                      "Your application for {r} | {c}", "We have received your application", "{c} Careers - Application Acknowledgement",
                      "Re: Application for the post of {r}", "Application ID {q} received", "Thank you for your interest in {c} ✅"], **kw)
    body = join(pick(rng, S.ACK_FORMAL if w.extra.get("formal") and rng.random() < 0.6 else S.ACK_CORE, **kw), maybe(rng, 0.5, S.ACK_NEXT, **kw) or pick(rng, S.ACK_NEXT[:2]),
                maybe(rng, 0.3, ["Meanwhile, you can follow {c} on LinkedIn for updates on our culture and openings.",
                                 "Please ensure your mobile number is reachable, as our team may call you for a preliminary discussion.",
                                 "Keep your documents handy in case your profile is shortlisted."], **kw))
    return core(["application_ack"], _subj(rng, subj), body, w.employer.name)


def ack_assess(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    subj = pick(rng, ["Application received - next step: Online Assessment", "{c} | {r} - Aptitude Test Invitation",
                      "Thank you for applying - Complete your assessment", "Your application to {c}: online test link inside"], **kw)
    body = join(pick(rng, S.ACK_CORE, **kw),
                pick(rng, ["As the next step, you are invited to take an online aptitude test consisting of quantitative, logical and verbal sections. Please complete it before {d}.",
                           "The next stage of our process is a 60-minute online coding assessment. Kindly use the link below to start it before {d}.",
                           "Shortlisted applicants are required to complete a psychometric assessment. Your personal link is below and is valid till {d}.",
                           "Please complete the one-way video interview (5 questions, 2 minutes each) before {d} to move forward."], **kw),
                "Assessment link: https://" + rng.choice(["assess", "test", "hire", "campus"]) + "." + w.employer.domain + "/t/" + str(rng.randint(10000, 99999)),
                maybe(rng, 0.6, ["Use a laptop with a working webcam; mobile phones are not supported.",
                                 "The test is proctored. Switching tabs will end the test automatically.",
                                 "In case of technical issues, write to the support address mentioned in the portal."]))
    return core(["application_ack", "interview_invite"], _subj(rng, subj), body, w.employer.name)


def invite(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    subj = pick(rng, ["Interview Schedule - {r} - {c}", "Shortlisted for Technical Round | {r}", "Interview Invitation: {r}",
                      "Virtual Interview via Teams - {d}", "{c}: HR Round on {d}", "Invitation for Final Round - {r}",
                      "Interview call letter - {r} ({q})", "Next steps with {c}", "Technical round scheduled on {d}",
                      "Walk-in Interview | {c} | {d}", "Your interview with {c} 📅"], **kw)
    det = [d.format(**kw) for d in rng.sample(S.INV_DETAILS, rng.choice([0, 1, 2, 2, 3]))]
    link = maybe(rng, 0.4, ["Meeting link: https://teams.microsoft.com/l/meetup-join/19%3a{n}",
                            "Join: https://meet.google.com/{s}", "Zoom ID: {z} | Passcode: {pc}"],
                 n=str(rng.randint(10 ** 8, 10 ** 9)), s="".join(rng.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(10)),
                 z=f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}", pc=str(rng.randint(100000, 999999)))
    body = join(maybe(rng, 0.4, ["Thank you for your interest in the {r} opening.", "Further to your application and our telephonic discussion,",
                                "With reference to your application for {r},", "Hope you are ready for the next step!"], **kw),
                pick(rng, S.INV_FORMAL if w.extra.get("formal") and rng.random() < 0.6 else S.INV_CORE, **kw),
                "\n".join(d for d in det if d), link)
    return core(["interview_invite"], _subj(rng, subj), body, w.employer.name)


def resched(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    subj = pick(rng, ["Rescheduled: Interview for {r}", "Change in interview timing - {r}", "Re: Interview Schedule - {r}",
                      "Updated invitation: Technical discussion ({d})"], **kw)
    body = join(pick(rng, S.RESCHED, **kw), maybe(rng, 0.6, S.INV_DETAILS, **kw),
                maybe(rng, 0.4, "Kindly acknowledge this mail so that we can block the panel."))
    return core(["interview_invite"], subj, body, w.employer.name)


def rejection(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    oc, oc_lines = _oc(rng, 0.45)
    subj = pick(rng, ["Application Status - {r}", "Update on your application with {c}", "Regarding your candidature for {r}",
                      "Your application for {r} ({q})", "Interview Result - {r}", "{c} - Application Update", "Re: {r} - Interview feedback",
                      "Status of your profile", "Thank you for your time, {f}", "Outcome of your interview"], **kw)
    first = pick(rng, S.REJ_SOFT if rng.random() < 0.25 else S.REJ_CORE, **kw)
    if w.extra.get("formal") and rng.random() < 0.7:
        first = pick(rng, S.REJ_FORMAL, **kw)
    parts = [maybe(rng, 0.5, ["Thank you for taking the time to interview with us for the {r} position.",
                              "Thank you for the interest shown in {c} and for attending the interviews.",
                              "We appreciate the effort you put into the assessment.",
                              "This is with reference to your interview held on {d}."], **kw)]
    if oc and rng.random() < 0.5:
        parts += [" ".join(oc_lines), first.replace("We regret", "Hence we regret").replace("Unfortunately", "Therefore")]
    else:
        parts += [first, " ".join(oc_lines)]
    parts.append(pick(rng, S.REJ_CLOSE, **kw))
    return core(["rejection"], _subj(rng, subj), join(*parts), w.employer.name, oc=oc)


def rej_fb(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    oc, oc_lines = _oc(rng, 0.25)
    fb, topics = S.feedback_block(rng, 0 if rng.random() < 0.06 else None)
    subj = pick(rng, ["Interview Feedback - {r}", "Result of your technical round", "Your interview with {c} - outcome and feedback",
                      "Re: Feedback on my interview", "Update: {r} ({q})", "{c} | Interview status"], **kw)
    body = join(maybe(rng, 0.5, ["Thank you for attending the interview for {r} on {d}.", "Thanks for your patience while we completed all rounds."], **kw),
                pick(rng, S.REJ_CORE + S.REJ_SOFT + (S.REJ_FORMAL * 3 if w.extra.get("formal") else []), **kw), " ".join(oc_lines), fb, pick(rng, S.FB_CLOSE),
                maybe(rng, 0.5, S.REJ_CLOSE, **kw))
    return core(["rejection", "feedback"], _subj(rng, subj), body, w.employer.name, topics=topics, oc=oc)


def fb_reply(rng: random.Random, w: World) -> dict:
    """Employer answers the candidate's feedback request with real feedback (quotes the request)."""
    kw = w.kw(rng)
    fb, topics = S.feedback_block(rng)
    req = pick(rng, ["Dear {hr},\n\nThank you for informing me about the decision. Kindly share feedback on my interview so that I can improve in the areas where I lacked.\n\nRegards,\n{n}",
                     "Hi {hr},\n\nI understand I was not selected. Could you please let me know where I fell short in the technical round?\n\nThanks,\n{n}",
                     "Respected Sir/Madam,\n\nIt would be very helpful if you can share the panel's feedback for my interview for the {r} role.\n\nThanking you,\n{n}"],
               hr=w.hr_first, n=w.cand.full, r=w.role)
    body = join(pick(rng, ["Thanks for reaching out and for taking the decision positively.", "Sure, I checked with the panel.",
                           "Apologies for the late reply, I was waiting for the interviewer's inputs.", "Glad to help with this."]),
                fb, pick(rng, S.FB_CLOSE))
    quoted = B.quote(rng, w.cand.full, w.cand.addr, w.hr, "Re: Update on your application", req)
    return core(["feedback"], "Re: " + pick(rng, ["Feedback on my interview", "Request for interview feedback", "Update on your application",
                                                   "Interview result - {r}"], r=w.role), body, w.employer.name, topics=topics, quoted=quoted)


def rej_inv(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    other = B.role(rng)
    while other == w.role:
        other = B.role(rng)
    body = join(pick(rng, ["For the {r} position, the panel has decided to go ahead with another candidate.",
                           "We will not be moving forward with your application for {r}.",
                           "Unfortunately your profile was not shortlisted for the {r} role."], **kw),
                pick(rng, ["However, the team felt your profile suits our {o} opening. We would like to invite you for an interview for that role on {d} at {t}.",
                           "That said, another team is hiring for {o} and would like to speak with you. Kindly share your availability for a discussion this week.",
                           "But we have another requirement for {o} and would like to schedule a technical round with you on {d}."], o=other, **{k: v for k, v in kw.items()}),
                maybe(rng, 0.5, "Please confirm if you are interested so that I can block the panel."))
    return core(["rejection", "interview_invite"], _subj(rng, pick(rng, ["Update on {r} and another opportunity", "Your application - {r} / {o}",
                                                                    "{c}: application update"], o=other, **kw)), body, w.employer.name)


def offer(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    subj = pick(rng, ["Offer Letter - {r}", "Letter of Intent - {c}", "Congratulations! Offer of Employment", "Offer for the position of {r}",
                      "{c} - Job Offer ({q})", "Selection intimation and offer - {r}", "Your offer from {c} 🎉", "Re: Final round - Offer"], **kw)
    body = join(pick(rng, S.OFFER_FORMAL if w.extra.get("formal") and rng.random() < 0.6 else S.OFFER_CORE, **kw), " ".join(pick(rng, S.OFFER_NEXT, **kw) for _ in range(rng.choice([1, 2, 2]))),
                maybe(rng, 0.3, ["Kindly note that the offer is subject to satisfactory background verification and reference checks.",
                                 "This offer is conditional on your medical fitness and the approval of your employment visa.",
                                 "Please keep the details of this offer confidential."]))
    return core(["offer"], _subj(rng, subj), body, w.employer.name)


def cancel_filled(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    oc = rng.choice(["role_filled", "role_cancelled"])
    line = pick(rng, {"role_filled": ["We have to cancel your interview scheduled on {d} as the position has been filled.",
                                      "Your interview for {r} stands cancelled since the client closed the position with another candidate."],
                      "role_cancelled": ["Your interview on {d} is cancelled as the requirement has been put off by the business.",
                                         "We are cancelling the upcoming round because the {r} position has been withdrawn."]}[oc], **kw)
    body = join(line, pick(rng, ["Sorry for the inconvenience caused.", "We will reach out if something similar opens up.",
                                 "Apologies for the late intimation."]))
    return core(["rejection"], _subj(rng, pick(rng, ["Interview cancelled - {r}", "Cancellation of interview", "Update: {r} interview"], **kw)),
                body, w.employer.name, oc=[oc])


# ============================================================================ look-alike negatives
def ctc_request(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    ask = rng.sample(["Current CTC", "Expected CTC", "Notice period (official / negotiable)", "Current location", "Preferred location",
                      "Total experience", "Relevant experience in {r}", "Reason for change", "Any offers in hand", "Date of birth",
                      "PAN number (last 4 digits only)", "Highest qualification with year of passing"], rng.randint(3, 6))
    body = join(pick(rng, ["Kindly share the below details so that we can process your profile further:",
                           "To proceed with your application, please revert with the following:",
                           "Please share your current and expected CTC along with the details below at the earliest.",
                           "Before I forward your profile to the hiring manager, kindly fill in the below:",
                           "Could you please confirm the following details? The client insists on these before the profile submission.",
                           "Need a few details from your end for our internal tracker:",
                           "As a part of the screening, kindly revert with below mentioned details."]),
                "\n".join(f"{i + 1}. {a.format(**kw)}:" for i, a in enumerate(ask)),
                maybe(rng, 0.5, ["Also attach your updated CV in Word format.", "Revert by EOD please.", "Your details will be kept confidential."]))
    return core([], _subj(rng, pick(rng, ["Details required - {r}", "Re: {r} - Profile details", "Kindly share current and expected CTC",
                                          "Candidate details for {c}"], **kw)), body, w.employer.name)


def bgv(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["As part of our joining process, your background verification (BGV) has been initiated through our partner agency.",
                           "Please note that the pre-employment background check has started. You will receive a link from our verification partner.",
                           "Your BGV case has been created. Kindly upload the documents in the portal within 48 hours."]),
                pick(rng, ["Documents required: relieving letters of all previous employers, last 3 months payslips, degree certificates and Aadhaar/PAN copies.",
                           "The agency may contact your previous HR for employment verification. Kindly inform them in advance.",
                           "Address verification will be done physically; please ensure someone is available at home."]),
                maybe(rng, 0.4, "Non-submission may delay your date of joining."))
    return core([], _subj(rng, pick(rng, ["BGV Initiation - {c}", "Background Verification - Action Required", "Pre-employment check | {r}"], **kw)),
                body, w.employer.name)


def cand_form(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Please fill the attached Candidate Information Form (CIF) and send it back along with your updated resume.",
                           "Kindly fill the candidate information form using the link below. This is mandatory for all profiles submitted to the client.",
                           "Request you to complete the Employee Application Form attached and share a scanned copy."]),
                maybe(rng, 0.6, ["Please mention the gaps in education or employment, if any.", "All fields marked * are mandatory.",
                                 "Ensure the names match your PAN card."]))
    return core([], _subj(rng, pick(rng, ["Candidate Information Form", "Action required: fill the CIF - {r}", "Application form - {c}"], **kw)),
                body, w.employer.name)


def docs_after(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Thank you for accepting our offer. Welcome aboard!", "Congratulations once again on accepting the offer for {r}.",
                           "We are glad to have you with us. Thank you for sending the signed offer letter."], **kw),
                pick(rng, ["Please submit the following documents before your joining date: educational certificates, experience letters, passport-size photographs, bank account details and a cancelled cheque.",
                           "Kindly upload your documents on the onboarding portal. Your employee ID will be generated once the documents are verified.",
                           "Your joining date is confirmed as {d}. Please report at the {ct} office at 9:30 AM for induction.",
                           "As a next step, please fill the joining kit (nominee form, PF declaration, emergency contact form) and carry originals on Day 1."], **kw),
                maybe(rng, 0.5, ["Laptop and access card will be handed over on the first day.", "Please bring your relieving letter from the current employer."]))
    return core([], _subj(rng, pick(rng, ["Joining formalities - {c}", "Documents required before joining", "Welcome to {c} - Onboarding",
                                          "Pre-joining documentation | {r}", "Re: Offer acceptance"], **kw)), body, w.employer.name)


def reminder(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["This is a gentle reminder about your interview scheduled tomorrow ({d}) at {t}.",
                           "Just a reminder that your technical round is today at {t}. Please join on time.",
                           "Reminder: your interview with the panel is on {d} at {t} as confirmed earlier.",
                           "Please be reminded of your scheduled HR discussion on {d}.",
                           "Friendly reminder of tomorrow's meeting with our team at {t}. Nothing changes from the invitation you already accepted.",
                           "As confirmed earlier, we will see you on {d}. Kindly carry the documents mentioned in the invite.",
                           "Kindly be on time for your already scheduled interview ({d}, {t}); the panel has a tight schedule."], **kw),
                maybe(rng, 0.5, S.INV_DETAILS, **kw))
    return core([], _subj(rng, pick(rng, ["Reminder: Interview tomorrow", "Gentle Reminder - Interview today at {t}", "Reminder | {r} interview",
                                          "Re: Interview Schedule - {r}"], **kw)), body, w.employer.name)


def confirmed(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Thank you for selecting a slot. Your interview is confirmed for {d} at {t}.",
                           "Noted your confirmation. The panel has been informed and the invite stands as it is.",
                           "Your booking is confirmed. A calendar invite has been sent to your mail ID.",
                           "Received your confirmation, thanks. See you on {d}.",
                           "Thanks for confirming the slot. Nothing further is needed from your side for now.",
                           "Your attendance is confirmed in our system for {d} at {t}.",
                           "We have noted that you will attend on {d}. The security desk has your name."], **kw))
    return core([], _subj(rng, pick(rng, ["Interview Confirmed - {r}", "Re: Interview Schedule - {r}", "Booking confirmation", "Slot confirmed for {d}"], **kw)),
                body, w.employer.name)


def thanks_today(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Thank you for your time today. It was nice speaking with you.", "Thanks for attending the interview today.",
                           "Thank you for coming down to our {ct} office today for the discussion.",
                           "Many thanks for speaking with our team this afternoon.", "Thank you for making time for the call with our manager today.",
                           "It was a pleasure meeting you in person today. Thank you for travelling to our office."], **kw),
                pick(rng, ["The panel will share their inputs and we will revert in a week's time.",
                           "We will get back to you once all the candidates are interviewed.",
                           "I will update you as soon as I hear from the hiring manager.",
                           "Please feel free to reach out if you have any questions in the meantime.",
                           "The decision will be communicated to you by mail, most probably by {d}.",
                           "We will inform you about the result of this stage within ten working days."], **kw))
    return core([], _subj(rng, pick(rng, ["Thank you for your time", "Re: Interview today", "Thanks - {r} discussion"], **kw)), body, w.employer.name)


def status(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Your profile is still under review with the hiring manager. We will update you once we have feedback.",
                           "The process is taking longer than expected due to the year-end. Your application is still active.",
                           "Just to update you, the client has not yet shared feedback on your profile. I am following up.",
                           "We are still in the process of interviewing other candidates. Please bear with us.",
                           "Your candidature is under consideration and we expect to close the process by {d}.",
                           "Kindly note the hiring manager is on leave this week, hence the delay. Your profile is very much in the process.",
                           "The panel is yet to finish the remaining interviews. We will come back to you with the result by next week.",
                           "No decision has been taken yet on the {r} position. I will write to you as soon as there is any movement.",
                           "Your file is with the department head for review. Appreciate your patience.",
                           "Please do not worry, your application has not been closed. We are awaiting approvals from management."], **kw),
                maybe(rng, 0.4, "Thank you for your patience."))
    return core([], _subj(rng, pick(rng, ["Re: Status of my application", "Update on your profile", "Application in process - {r}",
                                          "Re: Follow-up on interview"], **kw)), body, w.employer.name)


def cant_share(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    req = pick(rng, ["Dear Sir/Madam,\n\nKindly share feedback on my interview so that I can improve.\n\nRegards,\n{n}",
                     "Hi,\nCould you let me know why I was not selected? Any feedback would help.\n{n}"], n=w.cand.full)
    body = join(pick(rng, ["Thank you for your mail. As per company policy, we are not able to share detailed interview feedback.",
                           "I understand your request, but we do not share individual feedback with candidates.",
                           "Unfortunately the panel's comments are confidential and cannot be shared.",
                           "We had many strong candidates for this role and the decision was made on overall fit; I'm afraid I cannot share more."]),
                maybe(rng, 0.6, S.REJ_CLOSE, **kw))
    return core([], "Re: " + pick(rng, ["Request for feedback", "Feedback on my interview", "Interview result - {r}"], **kw), body, w.employer.name,
                quoted=B.quote(rng, w.cand.full, w.cand.addr, w.hr, "Request for feedback", req))


def approach(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    exp = f"{rng.randint(2, 12)}-{rng.randint(13, 16)} years"
    body = join(pick(rng, ["We have an urgent requirement for {r} with one of our esteemed clients.",
                           "I came across your profile on a job portal and found it suitable for a {r} opening with {c}.",
                           "We are hiring for {r} for a leading MNC in {ct}."], **kw),
                f"Experience: {exp}\nLocation: {w.employer.city}\nNotice period: Immediate to 30 days\n" + pick(rng, ["Mode: Hybrid", "Mode: Work from office (5 days)", "Mode: Remote", "Shift: Rotational"]),
                pick(rng, ["Please find the JD attached. If interested, kindly revert with your updated CV.",
                           "If you are interested, share your updated resume along with current CTC, expected CTC and notice period.",
                           "Kindly revert with your updated CV at the earliest if this interests you.",
                           "Interested candidates can share their profile on WhatsApp as well."]))
    return core([], _subj(rng, pick(rng, ["Urgent opening: {r} | {ct}", "Job opportunity - {r}", "Immediate joiners - {r}",
                                          "Exciting opportunity with {c}", "{r} - {ct} - Permanent role"], **kw)), body,
                w.employer.name if rng.random() < 0.6 else None)


def role_closed(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Regarding the {r} opening I had shared with you last week, the client has closed it internally, so please ignore my earlier mail.",
                           "Update: the {r} requirement I messaged you about is on hold now. No need to send your CV for this one.",
                           "The position I contacted you about is no longer open. I will reach out if something similar comes up."], **kw))
    return core([], _subj(rng, pick(rng, ["Re: Job opportunity - {r}", "Update on the opening", "Re: Urgent opening: {r}"], **kw)), body, None)


def withdrawal_ack(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Thank you for informing us about your decision to withdraw your application. We respect your choice.",
                           "Noted that you are not interested in proceeding further due to your current offer. All the best!",
                           "We have withdrawn your candidature as requested."]),
                maybe(rng, 0.5, "Please do keep in touch for future opportunities."))
    return core([], "Re: " + pick(rng, ["Withdrawal of application - {r}", "Not interested - {r}", "Interview for {r}"], **kw), body, w.employer.name)


def interviewer_ask(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Could you please take a technical interview for a {r} candidate on {d} at {t}? The CV is attached.",
                           "You have been nominated as an interviewer for the campus drive on {d}. Kindly block your calendar.",
                           "We need one more panelist for the L2 round tomorrow for the {r} opening. Please accept the invite if you are free.",
                           "As discussed in the team meeting, please be the second panelist for the {r} candidates this Friday. Slots: {t} onwards."], **kw),
                maybe(rng, 0.5, "Please fill the interview feedback form in the HRMS after the discussion."))
    return core([], _subj(rng, pick(rng, ["Interview panel request - {r}", "Panelist required: {d}", "Request to take interview"], **kw)), body, None)


def visa_medical(rng: random.Random, w: World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Your medical test appointment has been booked at the approved medical centre on {d} at {t}. Please carry your passport and 4 photographs.",
                           "Your employment visa application has been submitted. Please send a clear scan of your passport (front and back) and a white-background photo.",
                           "Your entry permit has been issued. Kindly check the attached copy and confirm your travel dates.",
                           "The Emirates ID biometrics appointment is scheduled for {d}. Our PRO will accompany you."], **kw),
                maybe(rng, 0.5, ["Fasting for 8 hours is required before the blood test.", "Do not travel until we share the visa copy.",
                                 "Original degree certificates must be attested by the embassy."]))
    return core([], _subj(rng, pick(rng, ["Medical Test Appointment - {c}", "Visa processing - documents required", "Entry permit issued",
                                          "Biometrics appointment | {d}"], **kw)), body, w.employer.name)


LABELLED = {"ack": ack, "ack_assess": ack_assess, "invite": invite, "resched": resched, "rejection": rejection, "rej_fb": rej_fb,
            "fb_reply": fb_reply, "rej_inv": rej_inv, "offer": offer, "cancel_filled": cancel_filled}
NEGATIVE = {"ctc_request": ctc_request, "bgv": bgv, "cand_form": cand_form, "docs_after": docs_after, "reminder": reminder,
            "confirmed": confirmed, "thanks_today": thanks_today, "status": status, "cant_share": cant_share, "approach": approach,
            "role_closed": role_closed, "withdrawal_ack": withdrawal_ack, "interviewer_ask": interviewer_ask, "visa_medical": visa_medical}
ALL = {**LABELLED, **NEGATIVE}
