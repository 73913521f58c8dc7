"""w22: voicemail-to-email transcripts and SMS-to-email gateway mail.

Families: voicemail (a machine transcript of a phone message, loose spoken register, sometimes
with recognition errors) and sms (a text message forwarded by a gateway; very short). Both carry
offers, invitations and rejections as well as parcel calls, reminders of booked interviews,
one-time codes and personal texts.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w22_bank import (SMS_GATEWAYS, VOICE_SERVICES, Counter, date_str, html_wrap, make_ctx, phone, pick,  # noqa: E402
                       record, weighted)
from _w22_say import say  # noqa: E402

FAMILY_PREFIX = "w22voice"

VM_NEG = {
    "delivery": ["hi this is the driver from the courier I've got a parcel for you but there's no answer at the door I'll leave it with number twelve",
                 "hello it's about your furniture delivery tomorrow we'll be there between eight and twelve call us if that's a problem"],
    "dentist": ["hi this is the dental practice calling to remind you of your check-up on Thursday at ten please call if you need to change it"],
    "reminder": ["hi {cf} it's {rf} from {c} just a reminder that your interview is tomorrow at {time} um reception is on the second floor see you then",
                 "hey it's {rf} just confirming we're still on for {when} for the interview no need to call back"],
    "thanks_today": ["hi {cf} it's {rf} from {c} just wanted to say thanks for coming in today the team really enjoyed it we'll be in touch next week about next steps",
                     "hey {cf} {rf} here thanks for your time this afternoon I'll get feedback from the panel and call you by Friday"],
    "status": ["hi {cf} it's {rf} at {c} just a quick update there's no decision yet on the {r} role the manager's been off sick so it'll be next week sorry for the wait"],
    "personal": ["hey it's me call me back when you get this it's about Saturday", "hi love it's mum nothing urgent just ring when you can",
                 "yo it's {rf} are you coming to the five-a-side tonight"],
    "robo": ["this is an important message about your vehicle warranty press one to speak to an agent",
             "hello we are calling about the accident you had recently you may be entitled to compensation"],
    "nofb": ["hi {cf} it's {rf} from {c} returning your call about feedback um unfortunately we're not able to give individual feedback on the {r} applications sorry about that take care"],
    "colleague": ["hi it's {rf} from the office could you cover the interview for the graduate candidate at eleven tomorrow I'm stuck at the client site thanks",
                  "hey it's {rf} can you sit in on the second round for the support engineer on Thursday cheers"],
    "agency_pitch_closed": ["hi {cf} it's {rf} from {ag} I left you a message last week about a contract role um it's actually been pulled by the client so ignore that one I'll be in touch when something else comes up"],
}
NEG_COMPANY = {"reminder", "thanks_today", "status", "nofb"}

VM_TABLE = [("rej", 5), ("rej_oc", 2), ("rej_fb", 6), ("inv", 8), ("offer", 9), ("ack", 4), ("rej_inv", 2),
            ("n:delivery", 4), ("n:dentist", 3), ("n:reminder", 6), ("n:thanks_today", 6), ("n:status", 4),
            ("n:personal", 4), ("n:robo", 3), ("n:nofb", 3), ("n:colleague", 3), ("n:agency_pitch_closed", 2)]

MISHEAR = [("interview", "inner view"), ("application", "applic asian"), ("offer", "off her"), ("role", "roll"),
           ("feedback", "feed back"), ("position", "posit ion"), ("team", "teem"), ("um ", "")]


def _noisy(text: str, rng: random.Random) -> str:
    if rng.random() < 0.35:
        a, b = pick(rng, MISHEAR)
        text = text.replace(a, b, 1)
    if rng.random() < 0.25:
        words = text.split(" ")
        i = rng.randrange(3, max(4, len(words) - 2))
        words.insert(i, pick(rng, ["[inaudible]", "[unintelligible]", "(...)", "uh"]))
        text = " ".join(words)
    if rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.4:
        text = text.replace(" um ", ", um, ").replace(" thanks ", ". Thanks, ") + "."
    return text


def voicemail(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(76):
        ctx = make_ctx(rng)
        ctx["ag"] = pick(rng, ["Kite Recruitment", "Northbridge Search", "Talentforge"])
        svc = pick(rng, VOICE_SERVICES)
        intent = weighted(rng, VM_TABLE)
        if intent.startswith("n:"):
            kind = intent[2:]
            text = pick(rng, VM_NEG[kind]).format(**ctx)
            labels, topics, oc = [], [], []
            comp = ctx["c"] if kind in NEG_COMPANY and ctx["c"] in text else None
        else:
            paras, labels, topics, oc = say(intent, ctx, rng, spoken=True)
            text = paras[0]
            comp = ctx["c"]
        text = _noisy(text, rng)
        num = phone(rng)
        known = rng.random() < 0.4
        caller = f"{ctx['rf']} {ctx['rl']}" if known and comp else (pick(rng, ["Unknown", "Withheld", num]))
        secs = rng.randrange(9, 95)
        layout = rng.randrange(3)
        listen = f"https://voice.{svc.lower().replace(' ', '')}.com/vm/{rng.randrange(10**7, 10**8)}"
        if layout == 0:
            body = (f"New voicemail from {caller}\nNumber: {num}\nReceived: {date_str(rng)}, {rng.randrange(8, 19)}:{rng.randrange(10, 60)}\n"
                    f"Length: 0:{secs:02d}\n\nTranscript:\n\"{text}\"\n\nListen to the message: {listen}\n\n"
                    f"{svc} - transcripts are generated automatically and may contain mistakes.")
        elif layout == 1:
            body = (f"You received a {secs}-second voice message from {num}.\n\n{text}\n\n"
                    f"(Transcription confidence: {pick(rng, ['high', 'medium', 'low'])})\n\nThe audio file is attached (voicemail.wav).\n-- \n{svc} Visual Voicemail")
        else:
            body = (f"VOICEMAIL  |  {num}  |  {secs}s\n----------------------------------------\n{text}\n----------------------------------------\n"
                    f"Reply by calling back. Manage voicemail settings at {listen.rsplit('/', 2)[0]}")
        subject = pick(rng, [f"New voicemail from {num}", f"Voicemail from {caller} ({secs}s)", f"Voice Message from {num}",
                             f"[{svc}] New message - {caller}", f"Missed call and voicemail: {num}"])
        html = None
        if rng.random() < 0.15:
            html = html_wrap([f"New voicemail from {num}", text, "Play message"], rng, brand=svc)
            body = ""
        yield record(FAMILY_PREFIX, "voicemail", cnt.next("voicemail"), from_name=pick(rng, [svc, f"{svc} Voicemail", "Voicemail"]),
                     from_addr=f"voicemail@{svc.lower().replace(' ', '')}.com", to_addr=ctx["caddr"], subject=subject, body_text=body,
                     body_html=html, labels=labels, company=comp, topics=topics, oc=oc)


SMS = {
    "rej": ["Hi {cf}, {rf} from {c}. Sorry, we've gone with another candidate for {r}. Thanks for your time!",
            "{c}: Thank you for applying. Unfortunately we will not be progressing your application. Reply STOP to opt out",
            "hey {cf} it's {rf} - bad news, they passed on you for {r}. will call tmrw",
            "{c} Recruitment: Your application for {r} was unsuccessful on this occasion. Full details by email."],
    "rej_oc": ["Hi {cf}, {rf} @ {c}. The {r} role has been filled so we're closing your application. Sorry & good luck",
               "{c}: The {r} vacancy has been withdrawn and all applications are closed. Thank you for your interest.",
               "{rf} here - budget got frozen on the {r} role, so it's a no for now sorry"],
    "inv": ["Hi {cf}, {rf} from {c}. Loved your CV - can you do a quick call {when}? Reply Y/N",
            "{c}: You're invited to interview for {r}. Book a time: {link}",
            "Hi {cf}! {c} would like to see you for a 2nd interview. What days work next week?",
            "{c} Careers: please complete your online assessment for {r} within 5 days {link}",
            "{rf} ({c}): we need to move your interview - could you do {when} instead?"],
    "offer": ["{cf}!! {rf} here - they want to offer you the {r} job 🎉 call me when you can",
              "{c}: Congratulations, we'd like to offer you the position of {r}. Your offer letter has been emailed.",
              "Hi {cf}, {rf} at {c}. Offer coming your way for {r} - {sal}. Check your inbox!"],
    "ack": ["{c}: We've received your application for {r}. Thanks for applying! Msg&data rates may apply.",
            "Thanks for applying to {c} ({req}). We'll be in touch. Reply STOP to unsubscribe"],
    "ack_inv": ["{c}: Application received for {r}! Next step: a 20-min online test {link}"],
}
SMS_NEG = {
    "reminder": ["Reminder: interview at {c} tomorrow {time}. Reply C to confirm", "{c}: your interview is today at {time}. Good luck!"],
    "otp": ["Your verification code is {code}. It expires in 10 minutes.", "{code} is your login code. Don't share it with anyone."],
    "delivery": ["Your parcel will arrive today between 13:00-15:00. Track: https://trk.example-parcel.com/{code}"],
    "personal": ["running 10 min late x", "did you hear back from the job yet??", "call mum pls", "pub at 7?"],
    "status": ["{c}: No update yet on your {r} application - we'll text you when there is.", "{c}: Your application is under review."],
    "confirmed": ["{c}: Your interview is booked for {when}. Details by email.", "Thanks - you're confirmed for {when} with {rf}."],
    "scam": ["CONGRATS you were selected for an online job earning $300/day! Contact HR on WhatsApp +1 555 0100",
             "Hello, I am recruiter from Amazon-jobs. Part time work 1h/day, salary 800/week. Reply YES"],
    "thanks_today": ["Thanks for coming in today {cf}! We'll be in touch next week - {rf}"],
}
SMS_NEG_COMPANY = {"reminder", "status", "confirmed", "thanks_today"}
SMS_TABLE = [("rej", 5), ("rej_oc", 2), ("inv", 8), ("offer", 4), ("ack", 8), ("ack_inv", 3),
             ("n:reminder", 6), ("n:otp", 4), ("n:delivery", 3), ("n:personal", 5), ("n:status", 4), ("n:confirmed", 4),
             ("n:scam", 3), ("n:thanks_today", 2)]
OC_OF_SMS = {"filled": "role_filled", "withdrawn": "role_cancelled", "budget": "budget_freeze"}


def sms(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(58):
        ctx = make_ctx(rng)
        ctx["code"] = str(rng.randrange(100000, 999999))
        gw = pick(rng, SMS_GATEWAYS)
        intent = weighted(rng, SMS_TABLE)
        oc: list[str] = []
        if intent.startswith("n:"):
            kind = intent[2:]
            text = pick(rng, SMS_NEG[kind]).format(**ctx)
            labels = []
            comp = ctx["c"] if kind in SMS_NEG_COMPANY and ctx["c"] in text else None
        else:
            text = pick(rng, SMS[intent]).format(**ctx)
            labels = {"rej_oc": ["rejection"], "rej": ["rejection"], "inv": ["interview_invite"], "offer": ["offer"],
                      "ack": ["application_ack"], "ack_inv": ["application_ack", "interview_invite"]}[intent]
            comp = ctx["c"]
            for key, reason in OC_OF_SMS.items():
                if intent == "rej_oc" and key in text:
                    oc = [reason]
        num = phone(rng) if rng.random() < 0.7 else pick(rng, ["CAREERS", "Recruit", "InfoSMS", "70707"])
        layout = rng.randrange(3)
        if layout == 0:
            body = f"From: {num}\nTo: your mobile\nReceived: {date_str(rng)} {rng.randrange(7, 22)}:{rng.randrange(10, 60)}\n\n{text}\n\n--\nReply to this email to answer by SMS. {gw}"
        elif layout == 1:
            body = f"{text}\n\n[SMS forwarded by {gw} from {num}]"
        else:
            body = f"Text message\n{num}:\n{text}"
        subject = pick(rng, [f"SMS from {num}", f"New text message from {num}", f"[{gw}] {text[:40]}", f"Fwd: SMS {num}", "Text message received"])
        yield record(FAMILY_PREFIX, "sms", cnt.next("sms"), from_name=pick(rng, [gw, f"{num} via {gw}", "SMS Gateway"]),
                     from_addr=pick(rng, [f"sms@{gw.lower().replace(' ', '')}.net", f"{num.replace(' ', '').replace('+', '').replace('(', '').replace(')', '').replace('-', '')}@sms.{gw.lower().replace(' ', '')}.net"]),
                     to_addr=ctx["caddr"], subject=subject, body_text=body, labels=labels, company=comp, oc=oc)


def generate(rng: random.Random) -> Iterable[dict]:
    cnt = Counter()
    yield from voicemail(rng, cnt)
    yield from sms(rng, cnt)
