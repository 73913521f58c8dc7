"""w7 Sent-folder mail written by candidates: feedback requests after a rejection (the label
`feedback_request`) and the everyday rest - thank-you notes, withdrawals, accepting or declining
offers, scheduling replies, applications, chasers, notes to referees - in three voices."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w7snt"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w7_kit")
L = _load("_w7_lines")

VOICES = {
    "formal": {
        "greet": ["Dear {sfirst},", "Dear {sfirst} {slast},", "Dear Ms {slast},", "Dear Mr {slast},", "Dear Recruitment Team,", "Dear Sir/Madam,"],
        "close": ["Kind regards,", "Yours sincerely,", "With thanks,", "Best wishes,", "Many thanks,"],
        "sig": ["{full}", "{full}\n{phone}", "{full}\nRGN, BSc (Hons)", "{first} {last}"],
    },
    "casual": {
        "greet": ["Hi {sfirst},", "Hi {sfirst}", "Hey {sfirst},", "Hello {sfirst},", "{sfirst} -", "Morning {sfirst},"],
        "close": ["Thanks,", "Cheers,", "Thanks again,", "Best,", "Ta,", "All the best,"],
        "sig": ["{first}", "{first}\n\nSent from my phone", "{first} x", "{first} {last[0]}."],
    },
    "india": {
        "greet": ["Respected Sir/Madam,", "Dear Sir,", "Dear Ma'am,", "Dear {sfirst} Sir,", "Hello {sfirst},", "Good evening Sir,"],
        "close": ["Thanks & Regards,", "Thanking you,", "Regards,", "Warm regards,", "Yours faithfully,"],
        "sig": ["{full}\nMob: {phone}", "{full}", "{full}\n{phone}\nB.Com, MBA (Finance)"],
    },
}

FBR_OPEN = {
    "formal": ["Thank you for letting me know the outcome of my interview for the {role} post.",
               "Thank you for your email informing me that I was not successful on this occasion.",
               "I was disappointed to learn that I have not been appointed, but I appreciate you letting me know promptly.",
               "Many thanks for your letter regarding my application for {role}.",
               "Thank you for taking the time to tell me about the panel's decision.",
               "I have received your email confirming that my application for {role} ({ref}) was unsuccessful."],
    "casual": ["Thanks for letting me know, even though it wasn't the news I'd hoped for.",
               "Thanks for the email - shame, but I understand.",
               "Ah, that's a pity, but thanks for being straight with me.",
               "Sorry it didn't work out this time, and thanks for getting back to me so quickly.",
               "Bit gutted, not going to lie, but thanks for telling me."],
    "india": ["Thank you for informing me about the result of the interview for {role}.",
              "I have gone through your mail regarding the non-selection for the post of {role}.",
              "I respect the decision of the panel and thank you for the opportunity.",
              "Thank you for your mail dated {date} regarding my candidature."],
}
FBR_ASK = {
    "formal": ["Would it be possible to receive some feedback on my interview?",
               "I would be very grateful for any feedback the panel is able to share.",
               "Could you let me know whether there were particular areas where I fell short of the person specification?",
               "If the panel has a moment, I would value any comments on how I could strengthen my application.",
               "Might it be possible to arrange a brief call to discuss the panel's feedback?",
               "I wonder whether you could share the panel's view of my presentation and answers."],
    "casual": ["Any chance of some feedback?", "Would you mind passing on any feedback from the manager?",
               "Is there anything you could tell me about what I could've done better?",
               "If you've got a minute, I'd love to know where I lost out.",
               "Could you ask the panel if they've got any pointers for me?"],
    "india": ["Kindly share the feedback of my interview so that I can improve.",
              "I request you to kindly let me know the areas where I need to improve.",
              "It will be very helpful if you can share the interview panel's remarks.",
              "Kindly guide me on where I lacked so I can prepare better."],
}
FBR_WHY = {
    "formal": ["I am keen to learn from the experience before my next application.",
               "It would help me to prepare for future interviews.",
               "In particular, I would welcome any thoughts on my answers to the scenario questions.",
               "I am especially interested in how my experience compared with what you were looking for.",
               ""],
    "casual": ["It'd really help for the next one.", "Especially the practical bit - I wasn't sure how that went.",
               "No worries if not!", ""],
    "india": ["This will help me in my future interviews.", "I am eager to improve myself.", ""],
}
FBR_END = {
    "formal": ["Thank you again for considering my application.", "I hope to have the opportunity to apply again in future.",
               "I enjoyed meeting the team and learning about the service.", ""],
    "casual": ["Thanks again for everything.", "Hope to cross paths again.", ""],
    "india": ["Thanking you in anticipation.", "Hoping for a positive response.", ""],
}

REJ_QUOTES = [
    "Thank you for attending interview. Unfortunately, on this occasion you have not been successful. We wish you well in your future career.",
    "We regret to inform you that we will not be progressing your application for {role} further.",
    "Thanks for coming in. I'm sorry to say we've gone with another candidate this time.",
    "Kindly note that you have not been selected for the post of {role}. We thank you for your interest.",
    "After careful consideration the panel have decided not to offer you the post. Best wishes for the future.",
]
INVITE_QUOTES = [
    "We would like to invite you to interview for {role} on {date} at {time}. Please confirm you can attend.",
    "Are you free for a quick call on {date} at {time} about the {role} job?",
    "You have been shortlisted for {role}. Please choose an interview slot.",
]
OFFER_QUOTES = [
    "I am delighted to offer you the post of {role}, subject to satisfactory references.",
    "We'd love you to join us as {role}. Please let me know if you'd like to accept.",
]
FB_QUOTES = [
    "The panel felt your examples were a little general and would have liked more detail on what you did personally.",
    "Your answers were strong on knowledge but the presentation overran. Hope that helps.",
]

OTHER = {
    "thanks": ["Thank you for the opportunity to interview for the {role} post today. I enjoyed meeting the panel and learning more about the team.",
               "Just a quick note to say thanks for showing me round this morning - it was great to see the ward.",
               "Thank you for your time yesterday. I came away even more enthusiastic about the role.",
               "Thank you very much for the interview today. I look forward to hearing from you."],
    "withdraw": ["I am writing to withdraw my application for the {role} post, as I have accepted another position.",
                 "Sorry to do this, but I need to pull out of the interview on {date} - I've been offered something closer to home.",
                 "[in] Please withdraw my candidature for {role}. I have decided to continue with my current organisation.",
                 "After a lot of thought I've decided to withdraw from the process. Thank you for your time and for considering me."],
    "accept": ["I am delighted to accept your offer for the {role} post and look forward to starting on {start}.",
               "Yes please! Very happy to accept. What do you need from me next?",
               "I am pleased to confirm my acceptance of the offer. I will hand in my notice tomorrow.",
               "[in] I accept the offer with gratitude. Kindly let me know the joining formalities."],
    "decline": ["Thank you very much for the offer. After careful consideration I have decided to decline, as the hours don't fit with my childcare.",
                "I'm really grateful for the offer, but I've decided to accept a role elsewhere."],
    "schedule": ["Thank you for the invitation. I can confirm I will attend on {date} at {time}.",
                 "{date} at {time} works for me - see you then.",
                 "Unfortunately I'm on shift that day. Would the following morning be possible instead?",
                 "Thank you, I have booked the 10:30 slot. Is there parking on site?",
                 "[in] I will be present on the given date and time. Thank you."],
    "apply": ["Please find attached my CV and covering letter for the {role} vacancy ({ref}).",
              "I would like to apply for the {role} position advertised on your website. My CV is attached.",
              "[shop] I saw your sign in the window for a {role} and wanted to send my CV. I'm available weekends and evenings.",
              "[in] Respected Sir, I wish to apply for the post of {role}. My resume is attached for your kind perusal."],
    "chase": ["I applied for the {role} post three weeks ago and wondered whether there was any update on shortlisting.",
              "Just checking in on the {role} vacancy - has a decision been made on interviews yet?",
              "Could you kindly update me on the status of my application?"],
    "referee": ["I hope you're well! I've applied for a {role} post at {company} and have put you down as a referee - hope that's OK.",
                "Just a heads-up that {company} may contact you for a reference this week. Thank you so much for agreeing."],
    "thanks_fb": ["Thank you for taking the time to send such detailed feedback. It's really useful and I'll work on it.",
                  "Thanks so much for the feedback, that makes sense. I'll practise my examples before the next one."],
}
FBR_OPEN["formal"] += ["I appreciate you informing me of the decision regarding the {role} vacancy.",
                       "Thank you for your call earlier and for following it up in writing.",
                       "Although I was naturally disappointed by the outcome, I enjoyed the interview day very much.",
                       "Thank you for your courteous letter about the {role} appointment."]
FBR_OPEN["casual"] += ["Thanks for the heads-up about the job.", "Oh well - thanks for letting me know!",
                       "Appreciate you getting back to me, even if it's a no.", "Thanks for the call earlier, I've had time to digest it now.",
                       "That's a shame but totally get it.", "Thanks for the update about the {role} job."]
FBR_OPEN["india"] += ["Greetings. I received the mail regarding the result of the selection process.",
                      "I am writing with reference to the interview held on {date} for the post of {role}.",
                      "With due respect, I accept the decision of the selection committee."]
FBR_ASK["formal"] += ["I would welcome any constructive comments you are able to give.",
                      "Would the chair of the panel be willing to give me some brief feedback?",
                      "I would appreciate knowing which parts of my interview scored less well."]
FBR_ASK["casual"] += ["Did they say anything about why?", "Any feedback at all would be brilliant.",
                      "Was it something I said or just someone with more experience?", "Could you share what the panel thought?",
                      "What could I have done differently?"]
FBR_ASK["india"] += ["May I request the feedback on my performance in the technical and HR rounds?",
                     "Please let me know the reasons for non-selection, if possible.",
                     "Kindly revert with your valuable feedback."]
OTHER["thanks"] += ["Thanks again for meeting me on {date}. It was really helpful to hear how the team works.",
                    "Just wanted to say thank you for a very enjoyable interview."]
OTHER["schedule"] += ["Thanks {sfirst}, could we make it half an hour later? I finish my night shift at 8.",
                      "Sorry, I've only just seen this. Is the {date} slot still available?",
                      "Brilliant, I'll be there. Do I need to bring anything apart from ID?"]
OTHER["chase"] += ["Sorry to bother you - I haven't heard anything about the {role} job and wanted to check my application arrived.",
                   "Is there any news on the {role} post? I have another interview next week so it would help to know."]
OTHER["apply"] += ["Hello, I'd like to be considered for any {role} vacancies you have. I have five years' experience and a clean licence.",
                   "Further to our phone conversation, please find my CV attached for the {role} role."]

OTHER["thanks"] += ["Thanks for having me in today. Meeting the residents made me even keener on the job.",
                    "I wanted to thank you and the panel for a really friendly interview this afternoon.",
                    "Cheers for today - the kitchen looked like a great place to work."]
OTHER["withdraw"] += ["I'm afraid I'll have to withdraw from the {role} process; my circumstances have changed and I can't relocate after all.",
                      "Thanks so much for the invite, but I've decided to stay where I am for now, so please take me out of the running."]
OTHER["accept"] += ["Thank you so much - I'd love to accept! I can start on {start} as discussed.",
                    "I'm writing to formally accept the post of {role}. I've attached my signed contract."]
OTHER["schedule"] += ["Could we do it by phone instead? I'm on a placement two hours away that week.",
                      "That's perfect, thank you. I've put it in my diary.",
                      "Would it be possible to move my slot to the afternoon? I'm on an early that day."]
OTHER["apply"] += ["Please accept my application for the {role} post. My supporting statement addresses each of the essential criteria.",
                   "I'm interested in the {role} job you posted on Facebook. Is it still available?"]
OTHER["chase"] += ["Hi, just wondering if the interviews for {role} have happened yet? I'm still very interested."]

SUBJ = {
    "fbr": ["Re: Your application for {role}", "Feedback request - {role}", "Re: Interview outcome", "Request for feedback",
            "RE: {role} ({ref})", "Re: Application outcome", "Feedback please?", "Interview feedback - {full}", "Re: Update from {company}"],
    "thanks": ["Thank you", "Thank you - {role} interview", "Re: Interview - {role}", "Thanks for today"],
    "withdraw": ["Withdrawal of application - {role}", "Re: Invitation to interview - {role}", "Withdrawing"],
    "accept": ["Re: Offer of employment - {role}", "Acceptance of offer", "Re: Good news!"],
    "decline": ["Re: Offer of employment - {role}", "Re: Your offer from {company}"],
    "schedule": ["Re: Invitation to interview - {role}", "Re: Interview - {role}", "Re: Quick chat?", "RE: Shortlisted: {role}"],
    "apply": ["Application - {role}", "{role} ({ref}) - {full}", "CV for {role} vacancy", "Application for the post of {role}"],
    "chase": ["Application status - {role}", "Following up", "Re: Application received - {role}"],
    "referee": ["Reference", "Quick favour - reference", "Heads up: reference request"],
    "thanks_fb": ["Re: Interview feedback", "Re: Feedback", "RE: {role} - feedback"],
}
QUOTE_FOR = {"fbr": REJ_QUOTES, "schedule": INVITE_QUOTES, "withdraw": INVITE_QUOTES, "accept": OFFER_QUOTES,
             "decline": OFFER_QUOTES, "thanks_fb": FB_QUOTES, "chase": []}


def message(rng: random.Random, voice: str, kind: str, n: int, fam: str) -> dict:
    v = VOICES[voice]
    cand = K.Candidate(rng)
    sectors = None if voice != "india" else None
    pool = [e for e in K.EMPLOYERS if (voice == "india") == (e.cc == "in")] if voice == "india" else K.EMPLOYERS
    emp = rng.choice(pool) if sectors is None else K.employer(rng, sectors)
    sf, sl = K.person(rng)
    s = {"first": cand.first, "last": cand.last, "full": cand.full, "phone": cand.phone, "sfirst": sf, "slast": sl, "sector": emp.sector,
         "role": K.role_for(rng, emp), "ref": K.a_ref(rng, emp.sector), "company": emp.short, "cc": emp.cc,
         "date": K.a_date(rng, emp.cc), "time": K.a_time(rng), "start": K.a_date(rng, emp.cc)}
    labels: list[str] = []
    if kind == "fbr":
        labels = ["feedback_request"]
        parts = [K.pick(rng, FBR_OPEN[voice], s), K.pick(rng, FBR_ASK[voice], s), K.pick(rng, FBR_WHY[voice], s)]
        main = [K.para(*parts) if rng.random() < .6 else "\n\n".join(p for p in parts if p), K.pick(rng, FBR_END[voice], s)]
    else:
        main = [K.pick(rng, OTHER[kind], s)]
        if kind in ("thanks", "accept") and rng.random() < .4:
            main.append(rng.choice(["Please let me know if you need anything further from me.", "I look forward to hearing from you.",
                                    "Have a lovely weekend.", "My referees' details are on the application form."]))
    greet = K.pick(rng, v["greet"], s) if kind != "referee" else f"Hi {sf},"
    text = K.body(greet, *main, f"{rng.choice(v['close'])}\n{K.fill(rng.choice(v['sig']), s)}")
    to_addr = rng.choice([f"{sf.lower()}.{sl.lower().replace(' ', '').replace(chr(39), '')}@{emp.domain}", f"recruitment@{emp.domain}",
                          f"hr@{emp.domain}", f"careers@{emp.domain}"])
    if kind == "referee":
        to_addr = K.personal_addr(rng, sf, sl)
    subj = K.pick(rng, SUBJ[kind], s)
    qbank = QUOTE_FOR.get(kind)
    if qbank and rng.random() < .65:
        if not subj.lower().startswith("re"):
            subj = "Re: " + subj
        text += "\n" + K.quoted(rng, K.fill(rng.choice(qbank), s), f"{sf} {sl}", to_addr, subj[4:], cand.full, cand.addr) + "\n"
    return K.record(FAMILY_PREFIX, fam, n, folder="Sent", from_name=cand.full if rng.random() < .8 else "", from_addr=cand.addr,
                    to_addr=to_addr, subject=subj, text=text, labels=labels, company=emp.short if kind != "referee" or rng.random() < .7 else None)


KIND_W = {"fbr": 10.0, "thanks": 3.2, "withdraw": 2.2, "accept": 2.6, "decline": 1.0, "schedule": 3.0, "apply": 2.6,
          "chase": 2.0, "referee": 1.0, "thanks_fb": 1.0}
PLAN = [("w7snt-formal", "formal", 52), ("w7snt-casual", "casual", 48), ("w7snt-india", "india", 44)]


def generate(rng: random.Random) -> Iterable[dict]:
    kinds = list(KIND_W)
    for fam, voice, count in PLAN:
        for n in range(1, count + 1):
            kind = rng.choices(kinds, [KIND_W[k] for k in kinds])[0]
            yield message(rng, voice, kind, n, fam)
