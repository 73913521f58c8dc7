"""Writer w20: placement consultancies, Gulf manpower agencies and staffing firms writing to
candidates about their clients' openings: approaches with a JD, CTC questions, profile
submissions, client shortlists and trade tests, relayed rejections and feedback, offers, visas."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w20_bank as B  # noqa: E402
import _w20_kinds as K  # noqa: E402
import _w20_say as S  # noqa: E402
import _w20_wrap as W  # noqa: E402
from _w20_bank import join, maybe, pick  # noqa: E402

FAMILY_PREFIX = "w20agency"


def submitted(rng: random.Random, w: K.World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Thank you for sharing your CV. I have submitted your profile to {c} for the {r} position.",
                           "This is to confirm that your application for {r} has been forwarded to our client {c}.",
                           "We have received your resume and your candidature for {r} has been registered with us for {c}.",
                           "Your profile has been received and uploaded against the {r} requirement ({q})."], **kw),
                pick(rng, ["The client usually takes 5-7 working days to review profiles. I will update you as soon as I hear back.",
                           "Please do not apply directly to the client for the same position, to avoid duplication.",
                           "Kindly keep your phone reachable; the client HR may call you directly.",
                           "I will keep you posted on the next steps."]))
    return K.core(["application_ack"], pick(rng, ["Profile submitted - {r} - {c}", "Re: Updated CV - {r}", "Application received | {r}",
                                                  "Confirmation: CV forwarded to {c}"], **kw), body, w.employer.name)


def client_shortlist(rng: random.Random, w: K.World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Good news! Your profile has been shortlisted by {c} for the {r} role.",
                           "Congratulations, the client has shortlisted your profile.",
                           "{c} liked your profile and would like to take it forward."], **kw),
                pick(rng, ["The first round (technical) is scheduled on {d} at {t} over Teams. Please confirm your availability.",
                           "They would like to do a telephonic round on {d}; let me know a suitable time between 11 AM and 5 PM.",
                           "Kindly attend the face-to-face interview at their {ct} office on {d} at {t}. Carry two copies of your CV.",
                           "The client has sent an online test link; please complete it by {d}."], **kw),
                maybe(rng, 0.5, ["Please prepare well on the skills mentioned in the JD.", "Do call me after the interview and share how it went.",
                                 "Kindly do not negotiate salary directly with the client; route it through us."]))
    return K.core(["interview_invite"], pick(rng, ["Shortlisted: {r} - {c}", "Interview with {c} on {d}", "Re: Profile submitted - {r} - {c}",
                                                   "Client interview scheduled | {r}"], **kw), body, w.employer.name)


def client_reject(rng: random.Random, w: K.World) -> dict:
    kw = w.kw(rng)
    oc = []
    reason = ""
    if rng.random() < 0.5:
        k = rng.choice(sorted(S.OC))
        oc, reason = [k], pick(rng, S.OC[k], **kw)
    body = join(pick(rng, ["I got feedback from {c} regarding your profile. Unfortunately they are not moving ahead with your candidature.",
                           "Sorry to inform you that the client has rejected your profile for {r}.",
                           "The client has decided not to proceed after the second round.",
                           "I'm afraid {c} has not shortlisted your profile this time."], **kw),
                reason, pick(rng, ["I will keep you posted on other suitable openings.", "Don't lose heart; I will share your CV for other requirements.",
                                   "Please keep sharing any suitable openings you come across.", ""]))
    return K.core(["rejection"], pick(rng, ["Update: {r} - {c}", "Re: Interview with {c} on {d}", "Profile status - {c}", "Client feedback - {r}"], **kw),
                  body, w.employer.name, oc=oc)


def client_fb(rng: random.Random, w: K.World) -> dict:
    kw = w.kw(rng)
    fb, topics = S.feedback_block(rng)
    fb = fb.replace("the panel", "the client panel") if rng.random() < 0.5 else fb
    body = join(pick(rng, ["The client has shared feedback after your interview. They will not be moving forward.",
                           "Sorry, not good news. {c} has rejected the profile after the technical round.",
                           "I spoke with the client's HR today. Unfortunately it is a no from their side."], **kw), fb,
                maybe(rng, 0.5, "I will share your CV for other openings that suit you better."))
    return K.core(["rejection", "feedback"], pick(rng, ["Feedback from {c} - {r}", "Re: Interview with {c} on {d}", "Interview outcome | {c}"], **kw),
                  body, w.employer.name, topics=topics)


def trade_test(rng: random.Random, w: K.World) -> dict:
    kw = w.kw(rng)
    body = join(pick(rng, ["Your CV has been selected by our client {c} ({ct}). You are requested to appear for the trade test and interview on {d} at our Kochi office.",
                           "{c} is conducting final interviews for {r} in Manila on {d}. Your name is on the shortlist; kindly report by {t}.",
                           "Client interview for {r} with {c} will be held via video call on {d}. Please keep your passport copy ready."], **kw),
                pick(rng, ["Bring original passport, experience certificates and tools if any.",
                           "No service charge is collected before the visa is stamped.",
                           "Kindly confirm your attendance by SMS or reply mail."]))
    return K.core(["interview_invite"], pick(rng, ["Client interview - {c} - {r}", "Trade test call letter | {d}", "Shortlisted for Gulf interview - {r}"], **kw),
                  body, w.employer.name)


for _name, _fn in {"submitted": submitted, "client_shortlist": client_shortlist, "client_reject": client_reject,
                   "client_fb": client_fb, "trade_test": trade_test}.items():
    K.ALL[_name] = _fn

SPEC = [
    ("w20agency-consult", "agency", ["IN"], dict(approach=8, ctc_request=5, cand_form=3, role_closed=2, submitted=3, client_shortlist=4,
                                                 invite=2, resched=1, client_reject=3, rejection=2, client_fb=3, rej_fb=1, fb_reply=1,
                                                 offer=3, status=3, reminder=2, cant_share=1, withdrawal_ack=1)),
    ("w20agency-gulfmanpower", "agency", ["GULF", "PH", "IN"], dict(approach=6, ctc_request=2, submitted=3, trade_test=4, invite=2,
                                                                   client_reject=3, rejection=2, client_fb=2, offer=4, visa_medical=5,
                                                                   reminder=2, status=2, role_closed=1, cancel_filled=1, cand_form=1)),
    ("w20agency-staffing", "agency", ["SGMY", "EE", "EA"], dict(approach=5, submitted=2, client_shortlist=3, invite=2, client_reject=3,
                                                               rejection=2, client_fb=2, rej_fb=1, offer=2, status=3, ctc_request=2,
                                                               reminder=2, role_closed=1, withdrawal_ack=1, cant_share=1, cancel_filled=1,
                                                               resched=1, fb_reply=1)),
    ("w20agency-africa", "agency", ["AF"], dict(approach=4, submitted=2, client_shortlist=3, invite=2, client_reject=2, rejection=2,
                                                client_fb=3, offer=2, status=2, ctc_request=2, reminder=2, role_closed=1, cant_share=1,
                                                cand_form=1, withdrawal_ack=1)),
]


def generate(rng: random.Random) -> Iterable[dict]:
    return W.run_families(rng, FAMILY_PREFIX, SPEC)
