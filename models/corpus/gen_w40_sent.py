"""Writer 40: the candidate's own Sent mail to corporate employers' HR teams.

Families: formal (careful full letters), brief (quick notes, often from a phone), reply (short new
text over the employer's quoted message). Feedback requests after a rejection sit next to thank-yous,
withdrawals, chasers, acceptances, declines and scheduling replies, which carry no label.
"""

from __future__ import annotations

import random
from typing import Iterable

import _w40_kit as K
import _w40_mail as M
import _w40_say as S

FAMILY_PREFIX = "w40sent"


def P(rng, *o):
    return K.pick(rng, o)


def _hr(rng, x):
    name = K.person(rng)
    return name, K.email_of(name, x["c"]["domain"], rng)


# each writer returns (subject, text, labels)

def fb_request(rng, x, hr_first, tone):
    r, c = x["role"], x["c"]["name"]
    if tone == "brief":
        text = P(rng,
                 f"Hi {hr_first}, thanks for letting me know. Disappointed but understand. Would you be able to share any feedback on where I fell short? Would really help.",
                 f"Thanks {hr_first}. Shame it didn't work out this time - any chance of a bit of feedback from the panel? Even a couple of lines would be great.",
                 f"Hi {hr_first} - sorry to hear that. If the hiring manager has a minute, could you pass on what I could have done better? thanks",
                 f"Thank you for the update, sorry it wasn't better news. Is there any feedback you can give me on my assessment results, so I know what to work on? Cheers",
                 f"ok, understood, thanks for telling me {hr_first}. before I close this off, could you ask the panel what let me down? I thought the interview went well so would love to know")
        subj = P(rng, f"Re: {r}", "Feedback?", f"Re: Your application for {r}", "Quick question")
    else:
        opening = P(rng, f"Thank you for letting me know the outcome of my application for {r}.",
                    f"Thank you for your email regarding the {r} position. While I'm naturally disappointed, I appreciate you telling me promptly.",
                    f"Many thanks for the update on {r}. Although it wasn't the news I was hoping for, I'm grateful for the chance to meet the team at {c}.",
                    f"I received your message this morning that I won't be progressing for the {r} role - thank you for taking the time to write.")
        ask = P(rng, "I would be very grateful for any feedback on my interview, in particular on the technical questions and the presentation.",
                "If possible, could you share some feedback on where my application fell short? It would help me a great deal with future applications.",
                "Would it be possible to get some brief feedback from the panel? I'd like to understand which areas I should work on.",
                "Could you tell me whether there was anything specific in my assessment-day performance that counted against me?",
                "If the hiring manager is able to share a few points on how I could improve, I would really appreciate it.",
                "I'd welcome any feedback you are able to give, even informally over a short call.")
        close = P(rng, f"I remain very interested in {c} and hope to apply again.", "Thank you again for your time.",
                  "I understand if that isn't possible.", f"I enjoyed learning about {c} and would like to stay in touch.")
        text = "\n\n".join([P(rng, f"Dear {hr_first},", f"Hi {hr_first},", f"Hello {hr_first},"), opening, ask, close])
        subj = P(rng, f"Feedback request - {r}", f"Re: {r} - outcome", f"Request for feedback: {r} ({x['req']})",
                 f"RE: Update on your application - {x['req']}", "Interview feedback")
    return subj, text, ["feedback_request"]


def letter(rng, hr_first, tone, *groups):
    """Compose the candidate's note from one option per group (empty options drop out)."""
    parts = [o for o in (K.pick(rng, g) for g in groups) if o]
    if tone == "brief":
        hi = P(rng, f"Hi {hr_first}, ", f"Hi {hr_first} - ", f"{hr_first}, ", "Hi, ", f"Hey {hr_first}, ")
        return hi + " ".join(parts)
    hi = P(rng, f"Dear {hr_first},", f"Hi {hr_first},", f"Hello {hr_first},", f"Good morning {hr_first},")
    bye = P(rng, "Kind regards,", "Best wishes,", "Many thanks,", "Regards,", "Thanks again,", "Best,", "All the best,")
    return hi + "\n\n" + "\n\n".join(parts) + "\n\n" + bye


def thanks_after(rng, x, hr_first, tone):
    r, c = x["role"], x["c"]["name"]
    text = letter(rng, hr_first, tone,
                  [f"Thank you for the opportunity to interview for the {r} position today.",
                   "I wanted to thank you and the panel for your time this afternoon.",
                   "Just a quick note to say thanks for today.", "Thanks again for the call earlier.",
                   f"Thank you for showing me around the {x['c']['city']} site this morning."],
                  [f"I particularly enjoyed hearing how the team at {c} is approaching the plant upgrade.",
                   "Our conversation about integrating the two depots confirmed my interest in the role.",
                   "It was great to hear more about the team's priorities for the year ahead.",
                   "Really enjoyed meeting everyone.", "",
                   "The discussion about the new ERP rollout was especially interesting.",
                   "I came away even more enthusiastic about the role."],
                  ["", "I forgot to mention that my notice period is one month, in case that's useful.",
                   "As promised, I've attached the process-mapping example we discussed.",
                   "I've also passed the CSCS card details on to reception as requested."],
                  ["Please let me know if I can provide anything further.", "I look forward to hearing from you.",
                   "Look forward to hearing from you.", "Let me know if you need anything else from me."])
    return P(rng, "Thank you", f"Thank you - {r} interview", f"Re: Interview - {r}", "Thanks for today", "Following up on today's interview"), text, []


def withdraw(rng, x, hr_first, tone):
    r = x["role"]
    text = letter(rng, hr_first, tone,
                  [f"I'm writing to withdraw my application for {r}.", f"Please accept this email as notice that I wish to withdraw from the process for {r} ({x['req']}).",
                   f"I'm afraid I'll have to pull out of the {r} process.", f"I've decided to withdraw from consideration for {r}."],
                  ["I have accepted another offer.", "After a lot of thought I've decided to stay with my current employer, who made a counter-offer.",
                   "The commute to the site would be too much for my family at the moment.", "My circumstances have changed and I can't relocate this year.",
                   "The shift pattern wouldn't work with my childcare arrangements.", "I've been offered a secondment in my current company that I want to take."],
                  ["Thank you for your time and I'm sorry for any inconvenience.", "I appreciate the time you and the team have given me.",
                   "Thanks for everything.", "I hope we might have the chance to work together in future."])
    return P(rng, f"Withdrawal - {r}", f"Withdrawing my application ({x['req']})", f"Re: {r}", "Application withdrawal", f"{r} - withdrawing"), text, []


def chase(rng, x, hr_first, tone):
    r = x["role"]
    text = letter(rng, hr_first, tone,
                  ["I hope you're well.", "", "Hope you had a good weekend.", "Sorry to chase."],
                  [f"I applied for {r} about three weeks ago and wondered whether there was an update on timelines?",
                   f"I wanted to follow up on my interview for {r} on {K.date_str(rng, x['region'])}. Is there any news on the decision?",
                   f"Any update on {r}?", f"My portal still says 'In review' for {r} ({x['req']}). Could you let me know if the role is still open?",
                   f"I completed the online tests for {r} last week - do you know roughly when I might hear about next steps?"],
                  ["", "I've had another offer come in and need to respond by Friday, so it would be good to know where things stand.",
                   "I'm still very keen on the role.", "No rush, just keen to plan around my notice period."],
                  ["Many thanks.", "Thank you.", "Thanks!", "Appreciate any update you can give."])
    return P(rng, f"Following up - {r}", f"{r} - any update?", f"Status of application {x['req']}", "Follow up", "Checking in"), text, []


def accept(rng, x, hr_first, tone):
    r, c = x["role"], x["c"]["name"]
    text = letter(rng, hr_first, tone,
                  ["Thank you very much for the offer.", "Great news, thank you!", "Thanks so much for calling earlier with the news.",
                   "Thank you for the offer letter, which I received this morning."],
                  [f"I am delighted to accept the position of {r} at {c}.", "I'm happy to accept.", f"Confirming I accept the offer for {r}.",
                   "I'm very pleased to formally accept."],
                  ["I've attached the signed letter and will start the onboarding forms this week.",
                   f"I'll give notice on Monday, so a start date of {K.date_str(rng, x['region'])} should work.",
                   "Signed copy to follow tonight.", "Could you let me know what time to arrive on the first day?", ""],
                  ["Really looking forward to it!", "Looking forward to joining the team.", "Thanks again for all your help through the process."])
    return P(rng, f"Re: Offer of employment - {r}", "Acceptance of offer", f"Re: Conditional offer: {r}", "Signed offer letter", "Offer - accepted"), text, []


def decline(rng, x, hr_first, tone):
    r, c = x["role"], x["c"]["name"]
    text = letter(rng, hr_first, tone,
                  [f"Thank you for offering me the role of {r}.", "I really appreciate the offer.", f"Thank you for the offer for {r} and for your patience while I considered it."],
                  ["After careful consideration I have decided to decline, as I've accepted a position closer to home.",
                   "I'm afraid I'm going to turn it down - the package is some way below what I'd need to move.",
                   "Unfortunately I won't be able to accept it.", "I've decided to stay in my current role after they matched the salary.",
                   "On reflection, the relocation isn't something I can do at the moment, so I must decline."],
                  [f"I was very impressed by the team at {c} and hope our paths cross again.", "Sorry to disappoint.",
                   "Thanks so much for all your help.", ""])
    return P(rng, f"Re: {r} offer", "Offer - decision", f"Declining offer - {r}", f"Re: Letter of offer - {r}"), text, []


def schedule(rng, x, hr_first, tone):
    r, reg = x["role"], x["region"]
    text = letter(rng, hr_first, tone,
                  ["Thanks for the invitation.", "Thank you for inviting me to the assessment day.", "Thanks for getting back to me.",
                   "Apologies for the late notice.", "Thanks for the link."],
                  [f"{K.date_str(rng, reg)} at {K.time_str(rng, reg)} works well for me.", "I'm pleased to confirm my attendance.",
                   "Would it be possible to move my interview to the afternoon? I have a shift I can't swap.",
                   "I'm unwell and won't be able to attend tomorrow's interview. Is there any possibility of rescheduling to next week?",
                   f"I've booked the {K.time_str(rng, reg)} slot on {K.date_str(rng, reg)}."],
                  ["Could you confirm whether the interview is in person or on Teams?",
                   f"I will need a parking space as I'm driving from {K.pick(rng, K.REGION_CITY[reg])}.",
                   "Is there anything I should prepare in advance?", "", "Will there be a presentation element?"],
                  ["Thanks.", "Many thanks.", "Sorry for the hassle.", "Thank you."])
    return P(rng, f"Re: Interview invitation - {r}", "Re: Assessment day", "Interview time", f"Re: {r} - panel interview", "Re: Next steps"), text, []


def referees(rng, x, hr_first, tone):
    reg = x["region"]
    text = letter(rng, hr_first, tone,
                  ["As requested, please find my referees below:", "Here are my referee details:", "I've completed the background check forms and uploaded my ID."],
                  [f"1. {K.person(rng)}, Operations Manager (current manager) - {K.phone(rng, reg)}\n2. {K.person(rng)}, former line manager - {K.phone(rng, reg)}",
                   f"{K.person(rng)} (current manager) and {K.person(rng)} (previous employer), contact details in the attached form.", ""],
                  ["Please let me know before you contact my current employer.", "Let me know if anything else is needed.", ""],
                  ["Thanks.", "Kind regards."])
    return P(rng, "Referee details", "Re: Pre-employment checks", "Re: Background screening - action required", "References"), text, []


def thanks_reject(rng, x, hr_first, tone):
    r, c = x["role"], x["c"]["name"]
    text = letter(rng, hr_first, tone,
                  ["Thanks for letting me know.", "Thank you for the update.", "Thank you for your email.", "Thanks for calling me earlier to explain."],
                  ["Disappointed of course, but I understand.", f"I enjoyed meeting the team at {c}.", "", "It was a good process and I learned a lot."],
                  ["I'd be grateful if you kept my CV on file for similar roles.", "I hope something else comes up in future.",
                   "Best of luck with the new hire.", "Please do keep me in mind if the role reopens."],
                  ["All the best.", "Thanks again for your help throughout.", ""])
    return P(rng, f"Re: {r}", f"Re: Outcome - {r}", f"RE: Your application for {r}"), text, []


def question(rng, x, hr_first, tone):
    r = x["role"]
    text = letter(rng, hr_first, tone,
                  [f"Thanks for confirming you've received my application for {r}.", f"Quick question about the {r} role before my interview.",
                   "Thanks for the acknowledgement."],
                  ["Could you tell me whether the role offers any hybrid working?", "Is the salary band on the advert negotiable for someone with chartered status?",
                   "I've noticed a mistake in my employment dates on the form - can I send a corrected CV?",
                   "Would the role require weekend cover?", "Is sponsorship available for the professional exams?"],
                  ["Thanks in advance.", "Many thanks.", ""])
    return P(rng, f"Question - {r}", f"Re: Application received: {r}", "Quick question", f"{r} query"), text, []


WRITERS = [(fb_request, 11), (thanks_after, 3), (withdraw, 3), (chase, 3), (accept, 2), (decline, 2), (schedule, 3),
           (referees, 1), (thanks_reject, 3), (question, 2)]

QUOTE_KIND = {fb_request: S.k_reject, thanks_reject: S.k_reject, accept: S.k_offer, decline: S.k_offer,
              schedule: S.k_inv_panel, referees: S.n_bgcheck, thanks_after: S.n_thanks_today, withdraw: S.n_review,
              chase: S.n_review, question: S.k_ack}

PLAN = {"formal": 40, "brief": 36, "reply": 40}


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, count in PLAN.items():
        for n in range(count):
            x = M.context(rng)
            hr_name, hr_addr = _hr(rng, x)
            hr_first = hr_name.split()[0]
            w = S.choose(rng, WRITERS)
            subj, text, labels = w(rng, x, hr_first, "brief" if fam == "brief" else "formal")
            me = x["full"]
            if fam == "brief":
                sig = P(rng, "", me.split()[0], f"{me.split()[0]}\n\nSent from my iPhone", "Sent from Outlook for Android",
                        f"- {me.split()[0][0]}")
                text = K.typo(rng, text, 0.55) + ("\n\n" + sig if sig else "")
            else:
                text = text + "\n" + me + K.pick(rng, ["", "", f"\n{x['cand_addr']}", f"\nlinkedin.com/in/{me.lower().replace(' ', '-').replace(chr(39), '')}"])
                text = K.typo(rng, text, 0.15)
            if fam == "reply" or (fam == "formal" and rng.random() < 0.2):
                qk = QUOTE_KIND[w](rng, x)
                qbody = "\n\n".join([K.greet(rng, x["first"], me, x["region"])] + qk["paras"] +
                                    [K.closing(rng, x["region"]) + "\n" + hr_name])
                q = K.quote_block(rng, hr_name, hr_addr, K.when_str(rng), qbody)
                osubj = K.pick(rng, qk["subjects"])
                q = q.replace("{SUBJ}", osubj).replace("{TO}", x["cand_addr"])
                text = text + "\n\n" + q
                subj = ("RE: " if rng.random() < 0.5 else "Re: ") + osubj
            yield K.record(FAMILY_PREFIX, fam, n, folder="Sent", from_name=me, from_addr=x["cand_addr"], to_addr=hr_addr,
                           subject=subj, body_text=text, body_html=None, labels=labels, company=x["c"]["name"])
