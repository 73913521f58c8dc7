"""Writer w37: frontline and hourly hiring mail from employers (managers on phones, franchisees,
care homes, hotels, warehouses, seasonal sites, chain portals, staffing apps, councils, call
centres, temp agencies, reply threads). Labels per /work/shared/spec/labels.md.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w37_compose as C  # noqa: E402
import _w37_kit as K  # noqa: E402
import _w37_say as S  # noqa: E402

FAMILY_PREFIX = "w37shifts"

# family -> (count, sectors, style)
FAMILIES: dict[str, tuple[int, list[str] | None, str]] = {
    "managerphone": (85, ["retail", "hospitality", "fastfood"], "phone"),
    "franchise": (50, ["fastfood", "hospitality"], "letter"),
    "carehome": (55, ["care"], "letter"),
    "hotelhr": (50, ["hotel", "hospitality"], "hr"),
    "warehouse": (50, ["warehouse", "driving"], "phone"),
    "seasonal": (50, ["festival", "leisure"], "hr"),
    "chainportal": (70, ["retail", "fastfood", "warehouse"], "portal"),
    "shiftapp": (55, None, "app"),
    "council": (45, ["council"], "formal"),
    "callcentre": (45, ["callcentre"], "hr"),
    "tempagency": (50, ["warehouse", "cleaning", "security", "driving", "hospitality"], "agency"),
    "cleansec": (40, ["cleaning", "security"], "phone"),
}

AGENCIES = [("Temps4U", "temps4u.co.uk"), ("FlexForce Staffing", "flexforce.com"), ("Pronto Recruitment", "pronto-rec.co.uk"),
            ("ShiftReady", "shiftready.ie"), ("Blue Collar Connect", "bcconnect.com.au"), ("Anchor Staffing", "anchorstaff.co.uk"),
            ("Hands On Recruitment", "handsonrec.co.uk"), ("Peak Temps", "peaktemps.com")]
APPS = [("Shiftly", "shiftlyapp.com"), ("CrewBoard", "crewboard.io"), ("HourlyHire", "hourlyhire.net"),
        ("QuickHire HQ", "quickhirehq.com"), ("GigLine", "gigline.app"), ("StaffSwipe", "staffswipe.com")]

FOOTERS = {
    "portal": ["You are receiving this email because you applied for a role at {co}. Please do not reply to this message; this inbox is not monitored.",
               "{co} is an equal opportunities employer. We welcome applications from all sections of the community.",
               "This message was sent by {co} Careers. Manage your email preferences | Privacy notice"],
    "app": ["You're getting this because you have an account with {app}. Unsubscribe from job emails | Help centre",
            "{app} Ltd, 4th Floor, 22 Tanner Street. Don't want these emails? Update your notification settings in the app."],
    "formal": ["This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. {co} may monitor email traffic.",
               "Please consider the environment before printing this email."],
    "agency": ["{agency} is acting as an employment business in relation to this vacancy.",
               "{agency} | Registered in England 0{num} | Part of the Hands Together group"],
}

CARE_EXTRA = ["All offers are subject to an enhanced DBS check and two satisfactory references.",
              "You'll need to complete the Care Certificate in your first 12 weeks - we pay for this.",
              "Mileage is paid at 30p a mile between calls."]
WH_EXTRA = ["Safety boots and hi-vis are provided.", "Shifts are 6-2, 2-10 or 10-6 on a rotating pattern.",
            "There's a free shuttle bus from the town centre.", "Overtime is paid at time and a half after 40 hours."]


def _sender(rng: random.Random, style: str, co: tuple[str, str, str], ctx: dict) -> tuple[str, str, str | None]:
    """Return display name, address, agency/app name (for footers)."""
    first, last = ctx["mgr"].split(" ", 1) if " " in ctx["mgr"] else (ctx["mgr"], "")
    dom = co[2]
    if style == "phone":
        if rng.random() < 0.45:
            return ctx["mgr"], f"{first.lower()}{last[:1].lower()}{rng.randrange(1, 99)}@{K.pick(rng, K.GMAILS)}", None
        return ctx["mgr"], f"{K.slug(ctx['town'])}.store@{dom}", None
    if style == "letter":
        return K.pick(rng, [ctx["mgr"], f"{co[0]}", f"{ctx['mgr']} - {co[0]}"]), f"{first.lower()}@{dom}", None
    if style == "hr":
        return K.pick(rng, [f"{co[0]} Recruitment", f"{co[0]} People Team", ctx["mgr"], f"Jobs at {co[0]}"]), \
            K.pick(rng, [f"recruitment@{dom}", f"jobs@{dom}", f"{first.lower()}.{last.lower().replace(chr(39), '')}@{dom}"]), None
    if style == "portal":
        return K.pick(rng, [f"{co[0]} Careers", f"{co[0]}", "Careers", f"Jobs at {co[0]}"]), \
            K.pick(rng, [f"no-reply@{K.pick(rng, K.RELAYS)}", f"careers-noreply@{dom}", f"donotreply@{K.slug(co[0])}.{K.pick(rng, K.RELAYS)}"]), None
    if style == "app":
        app = K.pick(rng, APPS)
        return K.pick(rng, [app[0], f"{app[0]} Jobs", f"{co[0]} via {app[0]}"]), f"notifications@{app[1]}", app[0]
    if style == "formal":
        return K.pick(rng, [f"{co[0]} Recruitment", "HR Recruitment Team", f"{co[0]}"]), f"recruitment@{dom}", None
    ag = K.pick(rng, AGENCIES)
    return K.pick(rng, [ctx["mgr"], f"{ctx['mgr']} | {ag[0]}", ag[0]]), f"{first.lower()}@{ag[1]}", ag[0]


def _agency_body(rng: random.Random, kind: str, ctx: dict, named: bool) -> tuple[list[str], list[str], list[str], list[str], str]:
    """Agency voice: the client is named or described; company follows the team decisions."""
    client = ctx["co"] if named else K.pick(rng, ["a big distribution centre near the M6", "one of our clients",
                                                 "a hotel group in town", "a food factory on the industrial estate",
                                                 "a national retailer"])
    paras, labels, topics, outside = [], [], [], []
    key = "neg"
    if kind == "invite":
        key = "invite"
        labels = ["interview_invite"]
        paras.append(C.fill(rng, K.pick(rng, [
            f"Good news, {client} would like to meet you {{slot}} for the {{role}} role. Can you confirm you can make it?",
            f"{client} liked your CV and want you in for a 2-hour paid trial on {{slot}}. Steel toe caps needed.",
            f"I've put you forward to {client} and they'd like a phone interview - are you free {{slot}}?",
            f"{client} are running an induction-style assessment on {{date}} for new pickers, I'd like to book you on. Yes/no?",
        ]), ctx))
    elif kind in ("rej", "rej_reason", "rej_fb"):
        key = "rej"
        labels = ["rejection"]
        paras.append(C.fill(rng, K.pick(rng, [
            f"I've heard back from {client} and unfortunately they won't be taking you on for the {{role}} role.",
            f"Sorry, {client} have decided to go with another candidate.",
            f"Bad news I'm afraid - {client} said no after the trial.",
            f"{client} have come back and it's a no this time.",
        ]), ctx))
        if kind == "rej_reason":
            r = K.pick(rng, C.REASONS)
            outside.append(r)
            said = C.fill(rng, K.pick(rng, S.REASON[r]), ctx)
            for a, b in (("We're", "They're"), ("we're", "they're"), ("We've", "They've"), ("we've", "they've"),
                         ("We ", "They "), ("we ", "they "), ("Our ", "Their "), ("our ", "their ")):
                said = said.replace(a, b)
            paras.append(said)
        if kind == "rej_fb":
            labels.append("feedback")
            t = K.pick(rng, C.TOPIC_KEYS)
            topics.append(t)
            paras.append(f"Their feedback was that {S.weak_for(rng, t, ctx['sector']).replace('we ', 'they ').replace('We ', 'They ').replace(' us ', ' them ')}.")
        paras.append(K.pick(rng, ["I'll keep looking for you though.", "Got a couple of other bits coming in next week, will call you.",
                                  "Don't worry, plenty more out there.", ""]))
    elif kind == "offer":
        key = "offer"
        labels = ["offer"]
        paras.append(C.fill(rng, K.pick(rng, [
            f"{client} would like to offer you the {{role}} assignment at {{pay}}/hr starting {{date}}. Ongoing, {{hours}}.",
            f"Great news - {client} want you to start {{date}}! {{pay}} an hour, days, Monday to Friday. Shall I confirm?",
            f"You've got it: {client} would like to take you on as {{role}}, {{pay}} per hour (weekly pay), first shift {{date}}.",
        ]), ctx))
    else:
        paras.append(C.fill(rng, K.pick(rng, [
            "Please remember to submit your timesheet by 10am Monday or your pay will be delayed.",
            "Hi, are you still available for work? We've got loads of warehouse shifts coming up and I want to keep you on my books.",
            "Quick one - can you send a copy of your forklift licence and your updated availability?",
            "Your payslip for week 32 is now available in the portal.",
            f"{client} have extended your assignment for another 4 weeks, same hours and rate.",
            "Rates for Christmas temp work: £12.50 days, £14.10 nights. Let me know if you want me to put you forward.",
            "We have a new app for booking shifts - download it and log in with your email.",
            f"Reminder you're at {client} tomorrow {{slot}}, report to the gatehouse.",
        ]), ctx))
    return paras, labels, topics, outside, key


def _one(rng: random.Random, fam: str, n: int, sectors, style: str) -> dict:
    co = K.employer(rng, sectors)
    cf, cl, caddr = K.candidate(rng)
    mf, ml = K.person(rng)
    ctx = C.context(rng, co, cf, f"{mf} {ml}" if style != "phone" or rng.random() < 0.4 else mf)
    kind = C.choose_kind(rng, C.CORE_WEIGHTS)
    name, addr, extra = _sender(rng, style, co, ctx)
    company: str | None = co[0]
    if style == "agency":
        named = rng.random() < 0.6
        if kind in ("rej_invite", "ack_invite", "ack"):
            kind = "invite"
        paras, labels, topics, outside, key = _agency_body(rng, kind, ctx, named)
        company = co[0] if named else None
    else:
        d = C.decide(rng, kind, ctx)
        paras, labels, topics, outside, key = d["paras"], d["labels"], d["topics"], d["outside"], d["subj_key"]
    if fam == "carehome" and rng.random() < 0.4 and ("offer" in labels or "interview_invite" in labels or not labels):
        paras.append(K.pick(rng, CARE_EXTRA))
    if fam == "warehouse" and rng.random() < 0.4:
        paras.append(K.pick(rng, WH_EXTRA))
    paras = [p for p in paras if p]
    hello = C.fill(rng, K.pick(rng, S.HELLO), ctx)
    bye_ctx = dict(ctx)
    if style == "agency":
        bye_ctx.update(co=extra or "", title=K.pick(rng, ["Recruitment Consultant", "Branch Manager", "Resourcer", "Account Manager"]))
    bye = C.fill(rng, K.pick(rng, S.BYE), bye_ctx)
    if style in ("portal", "app"):
        hello = K.pick(rng, [f"Hi {cf},", f"Dear {cf} {cl},", f"Hello {cf}", "Hi there,"])
        bye = K.pick(rng, [f"The {co[0]} Recruitment Team", f"Thanks,\n{co[0]} Careers", "Good luck!\nTeam " + (extra or co[0]),
                           f"Kind regards\nResourcing | {co[0]}"])
    if style == "phone" and rng.random() < 0.5:
        body = " ".join(([hello] if hello else []) + paras) + "\n\n" + bye.split("\n")[0] + "\n" + K.pick(rng, K.PHONE_SIGS)
        if rng.random() < 0.4:
            body = body.lower() if rng.random() < 0.5 else body.replace(". ", ".. ").replace("'", "")
    else:
        body = (hello + "\n\n" if hello else "") + "\n\n".join(paras) + "\n\n" + bye
    if style == "agency" and company is None:
        ctx["co"] = extra or "us"
    subject = C.subject_for(rng, key, ctx)
    if style == "agency" and key == "neg":
        subject = K.pick(rng, ["Timesheets", "Quick one", "Work this week?", "Update", "Shifts", "Re: availability", "Hi from " + (extra or "us")])
    if style != "agency" and co[0] not in body + subject + name:
        body += "\n" + K.pick(rng, [co[0], f"{co[0]}, {ctx['town']}", f"{co[0]} - {ctx['town']} branch"])
    if style == "agency" and co[0] not in body:
        company = None
    foot_key = style if style in FOOTERS else None
    footer = ""
    if foot_key and rng.random() < 0.8:
        footer = K.pick(rng, FOOTERS[foot_key]).format(co=co[0], app=extra or "", agency=extra or "", num=rng.randrange(1000000, 9999999))
        body += "\n\n--\n" + footer
    if style == "portal" and rng.random() < 0.5:
        subject = f"{subject} [{ctx['ref']}]"
    if style == "app" and rng.random() < 0.3:
        subject = K.pick(rng, ["🔔 ", "✅ ", "👋 ", "📅 "]) + subject
    html = None
    if style in ("portal", "app") and rng.random() < 0.55:
        html = K.html_wrap(rng, body.split("\n--\n")[0], extra or co[0], footer)
        if rng.random() < 0.6:
            body = ""
    elif style in ("hr", "formal") and rng.random() < 0.15:
        html = K.html_wrap(rng, body, co[0], footer)
    return K.record(FAMILY_PREFIX, fam, n, from_name=name, from_addr=addr, to_addr=caddr, subject=subject,
                    body_text=body, body_html=html, labels=labels, company=company, topics=topics, outside=outside)


# ---------------- reply threads: new text decides, quoted history does not -----------------
def _threads(rng: random.Random, n_total: int) -> Iterable[dict]:
    fam = "replythread"
    for n in range(n_total):
        co = K.employer(rng)
        cf, cl, caddr = K.candidate(rng)
        mf, ml = K.person(rng)
        ctx = C.context(rng, co, cf, f"{mf} {ml}")
        mgr_addr = f"{mf.lower()}.{ml.lower().replace(chr(39), '')}@{co[2]}"
        which = rng.randrange(6)
        labels, topics, outside = [], [], []
        if which in (0, 1):  # manager gives feedback over the candidate's request
            asked = C.fill(rng, K.pick(rng, [
                "Hi {mgr}, thanks for letting me know about the {role} job. Would you mind telling me what I could have done better at the trial? Thanks, {name}",
                "Hello, sorry to bother you. Is there any feedback from my interview on {date}? I'd really like to improve. {name}",
                "Hi, gutted not to get it! Any pointers for next time? Cheers {name}",
            ]), ctx)
            t = rng.sample(C.TOPIC_KEYS, rng.choice([1, 1, 2]))
            topics = t
            labels = ["feedback"]
            new = C.fill(rng, K.pick(rng, ["Hi {name}, of course.", "No problem {name}.", "Hi {name}, fair question.", "Sure -"]), ctx)
            joined = " Also, ".join(w + "." for w in (S.weak_for(rng, x, co[1]) for x in t))
            new += " " + joined[0].upper() + joined[1:]
            new += " " + S.praise_for(rng, co[1]) + " " + K.pick(rng, ["Hope that helps.", "Good luck!", "Don't give up.", ""])
            subj = f"Re: {ctx['role']} - feedback"
        elif which == 2:  # can't share feedback: no label
            asked = C.fill(rng, "Hi, could I get some feedback on why I didn't get the {role} role? Thanks {name}", ctx)
            new = C.fill(rng, K.pick(rng, C.NEG["nofb"]), ctx)
            subj = f"Re: {ctx['role']} application"
        elif which == 3:  # negative reply quoting an old invitation
            asked = C.fill(rng, K.pick(rng, S.INVITE), ctx)
            new = C.fill(rng, K.pick(rng, ["Yep that's fine, see you then.", "Just checking you got my message about parking?",
                                           "Sorry, can we make it half an hour later? Got a delivery coming. Same day though.",
                                           "Forgot to say, wear black.", "Thanks for confirming {name}."]), ctx)
            subj = "Re: " + C.fill(rng, K.pick(rng, C.SUBJ["invite"]), ctx).replace("Re: ", "")
            if "half an hour later" in new:
                labels = ["interview_invite"]  # employer reschedules an invited interview
        elif which == 4:  # rejection after the candidate chased, quoting the chase
            asked = C.fill(rng, "Hi {mgr}, just wondering if there's any news on the {role} job? Thanks, {name}", ctx)
            kind = K.pick(rng, ["rej", "rej_reason"])
            d = C.decide(rng, kind, ctx)
            labels, outside = d["labels"], d["outside"]
            new = C.fill(rng, K.pick(rng, ["Hi {name}. ", "Hi {name}, thanks for chasing. ", "{name} - "]), ctx) + " ".join(d["paras"])
            subj = f"Re: {ctx['role']} job"
        else:  # offer in a reply to a thank-you
            asked = C.fill(rng, "Thanks for having me on the trial today, I really enjoyed it! {name}", ctx)
            if rng.random() < 0.5:
                labels = ["offer"]
                new = C.fill(rng, K.pick(rng, S.OFFER) + " " + K.pick(rng, S.OFFER_NEXT), ctx)
            else:
                new = C.fill(rng, "You're welcome, you did well. We've got two more trials this week then I'll let you know.", ctx)
            subj = "Re: trial shift today"
        if which == 3:  # the quoted text is the manager's own earlier invitation
            q = K.quote(rng, f"{mf} {ml}", mgr_addr, caddr, subj.replace("Re: ", ""), asked)
        else:
            q = K.quote(rng, f"{cf} {cl}", caddr, mgr_addr, subj.replace("Re: ", ""), asked)
        body = new + "\n\n" + K.pick(rng, [mf, f"{mf}\n{ctx['title']}", f"{mf} {ml}\n{co[0]}", f"{mf} x"]) + "\n\n" + q
        yield K.record(FAMILY_PREFIX, fam, n, from_name=f"{mf} {ml}", from_addr=mgr_addr, to_addr=caddr, subject=subj,
                       body_text=body, labels=labels, company=co[0], topics=topics, outside=outside)


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, (count, sectors, style) in FAMILIES.items():
        for n in range(count):
            yield _one(rng, fam, n, sectors, style)
    yield from _threads(rng, 45)
