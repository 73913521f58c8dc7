"""Writer w27: assembly of long formal English letters (inbox) and the candidate's formal Sent mail.

`letter(rng, fam, kind)` returns one record (without id) for a family config and a message kind.
The deciding sentences sit among policy paragraphs that every kind shares, so only meaning decides the label.
"""

from __future__ import annotations

import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _w27_en as E  # noqa: E402
import _w27_neg as N  # noqa: E402
import _w27_world as W  # noqa: E402
from _w27_en import para  # noqa: E402

pick = W.pick

# kind -> (labels, subject key)
POS_KINDS = {
    "ack": (["application_ack"], "ack"),
    "ack_inv": (["application_ack", "interview_invite"], "ack"),
    "invite": (["interview_invite"], "invite"),
    "inv_online": (["interview_invite"], "invite"),
    "reschedule": (["interview_invite"], "invite"),
    "reject_sl": (["rejection"], "reject"),
    "reject_int": (["rejection"], "reject"),
    "reject_reason": (["rejection"], "reject"),
    "rej_fb": (["rejection", "feedback"], "reject"),
    "rej_inv": (["rejection", "interview_invite"], "reject"),
    "feedback": (["feedback"], "feedback"),
    "offer": (["offer"], "offer"),
}
# quick labels for sent kinds
SENT_KINDS = {"fbreq": ["feedback_request"], "s_withdraw": [], "s_accept": [], "s_confirm": [], "s_apply": [],
              "s_thanks": [], "s_decline": [], "s_refreply": []}

PANEL_ROLES = ["Head of Service", "Service Manager", "HR Business Partner", "Clinical Lead", "Deputy Director",
               "Senior Lecturer", "Partner", "Team Leader", "lay member", "Programme Director"]
VENUES = ["Meeting Room 3, Civic Centre", "the Education Centre, Level 2", "our offices at 1 Cathedral Walk",
          "the Boardroom, Trust Headquarters", "Room G.14, Registry Building", "our Dublin office, Merrion Square",
          "Level 12, 200 Collins Street", "the Innovation Hub, Riverside Business Park", "Conference Room B, 150 King Street West",
          "the Sir Thomas Building, ground floor"]
SALARY = {"uk": ["£34,581", "£38,250", "£42,618", "£29,970", "£51,300", "£47,810"],
          "ie": ["€46,500", "€52,300", "€39,800", "€61,250"],
          "au": ["$98,462", "$87,300", "$112,540", "$76,900"],
          "us": ["$68,400", "$74,250", "$91,000", "$59,880"],
          "ca": ["$72,310", "$84,900", "$96,420", "$63,150"]}
GRADES = ["Band 6", "Grade 7", "Higher Executive Officer", "Grade 8, spine point 34", "Level 5", "Scale 6",
          "Associate level 2", "Clerical Officer", "APS 6", "PM-04", "Analyst level"]


def context(rng: random.Random, fam: dict) -> dict:
    org = W.make_org(rng, fam["sector"], fam.get("tld"))
    sec = W.SECTORS[fam["sector"]]
    tech = rng.random() < 0.35
    role = pick(rng, sec["tech_posts"] if tech else sec["posts"])
    role2 = pick(rng, [p for p in sec["posts"] if p != role])
    ds = "us" if fam["loc"] in ("us", "ca") else "uk"
    cand = W.candidate(rng)
    officer = W.person(rng)
    n_panel = rng.randint(2, 3)
    panel_names = ", ".join(f"{W.person(rng)} ({pick(rng, PANEL_ROLES)})" for _ in range(n_panel))
    org2 = W.make_org(rng, pick(rng, list(W.SECTORS)))
    ctx = {
        "org": org["name"], "short": org["short"], "domain": org["domain"], "role": role, "role2": role2,
        "ref": W.ref_no(rng, fam["sector"]), "ref2": W.ref_no(rng, fam["sector"]),
        "d1": W.date_str(rng, ds), "d2": W.date_str(rng, ds), "d3": W.date_str(rng, ds), "t1": W.time_str(rng, ds),
        "venue": pick(rng, VENUES), "officer": officer, "otitle": pick(rng, E.TITLES), "dept": pick(rng, sec["dept"]),
        "team": pick(rng, E.TEAMS), "panel": panel_names, "panelchair": W.person(rng),
        "topic": pick(rng, E.TOPICS_PRES), "salary": pick(rng, SALARY[fam["loc"]]), "grade": pick(rng, GRADES),
        "candno": f"{rng.randint(100000, 999999)}", "otherperson": f"{pick(rng, W.CAND_FIRST)} {pick(rng, W.CAND_LAST)}",
        "fund": pick(rng, N.FUNDS), "contract": pick(rng, N.CONTRACTS), "subject": pick(rng, N.SUBJECTS),
        "num": f"{rng.randint(100000, 1199999)}", "num2": str(rng.randint(3, 40)), "addr": pick(rng, E.ADDR),
        "org2": org2["name"], "month": pick(rng, W.MONTHS),
        "cfirst": cand["first"], "clast": cand["last"], "ctitle": cand["title"], "caddr": cand["addr"],
        "phone": pick(rng, ["01632 960", "0161 496 0", "(02) 5550 ", "555-01", "01 555 0", "(613) 555-0"]) + f"{rng.randint(100, 999)}",
        "tech": tech,
    }
    return ctx


def greeting(rng: random.Random, c: dict, fam: dict) -> str:
    opts = [f"Dear {c['ctitle']} {c['clast']},", f"Dear {c['cfirst']},", f"Dear {c['cfirst']} {c['clast']},",
            "Dear Candidate,", "Dear Applicant,"]
    if fam["loc"] in ("us", "ca"):
        opts += [f"Dear {c['ctitle']}. {c['clast']}:", f"Dear {c['cfirst']}:"]
    return pick(rng, opts)


ON_SITE = {"invite", "reschedule", "ack_inv", "booked", "offer", "refs_after", "rej_inv", "update", "inv_online"}


def boiler(rng: random.Random, lo: int, hi: int, kind: str = "") -> list[str]:
    pool = E.BOILER_PROCESS if kind in ON_SITE else [b for b in E.BOILER_PROCESS if not b[0].startswith("Please bring with you")]
    banks = rng.sample(pool, k=min(len(pool), rng.randint(lo, hi)))
    out = []
    for b in banks:
        out.append(" ".join(rng.sample(b, k=rng.randint(2, min(4, len(b))))))
    if rng.random() < 0.7:
        b = pick(rng, E.BOILER_ANY[:2])
        out.append(" ".join(rng.sample(b, k=rng.randint(1, 2))))
    return out


def signature(rng: random.Random, c: dict, fam: dict) -> str:
    lines = [pick(rng, E.SIGN_OFF), ""]
    style = rng.random()
    if style < 0.6:
        lines += [c["officer"], c["otitle"], c["dept"], c["org"]]
        if rng.random() < 0.6:
            lines.append(f"Tel: {c['phone']}")
        if rng.random() < 0.4:
            lines.append(c["addr"])
    elif style < 0.8:
        lines += [f"{c['dept']}", c["org"]]
    else:
        lines += [f"{c['officer']} | {c['otitle']} | {c['org']}"]
    return "\n".join(lines)


def footer(rng: random.Random, c: dict) -> str:
    parts = rng.sample(E.FOOTERS, k=rng.randint(0, 2))
    if rng.random() < 0.5:
        parts.append(" ".join(rng.sample(E.BOILER_ANY[2], k=rng.randint(1, 2))))
    if not parts:
        return ""
    return pick(rng, ["-- \n", "______________________________\n", "\n"]) + "\n".join(W.fill(p, c) for p in parts)


def criteria_block(rng: random.Random, c: dict, topics: list[str], n_praise: int) -> str:
    crit = rng.sample(E.CRITERIA, k=len(topics) + n_praise)
    items = [(t, None) for t in topics] + [(None, p) for p in rng.sample(E.PRAISE, k=n_praise)]
    rng.shuffle(items)
    lines = []
    layout = rng.randrange(3)
    for (t, pr), cr in zip(items, crit):
        comment = pick(rng, E.WEAK[t]) if t else pr
        score = pick(rng, E.SCORES[:2] + ["Met", "5 of 7", "6/10", "B"]) if pr else pick(rng, E.SCORES[1:])
        if layout == 0:
            lines.append(f"{cr} – score {score}\n{comment}")
        elif layout == 1:
            lines.append(f"* {cr}: {comment}")
        else:
            lines.append(comment)
    if layout == 2:
        return " ".join(lines)
    return "\n\n".join(lines)


def pick_topics(rng: random.Random, c: dict, stage: str) -> list[str]:
    if stage == "shortlist":
        pool = ["cv_positioning", "experience_level", "technical_depth"]
        k = rng.choice([1, 1, 2])
    else:
        pool = ["technical_depth", "behavioural", "communication", "questions_to_ask", "composure",
                "experience_level", "collaboration", "cv_positioning"]
        if c["tech"]:
            pool += ["coding", "system_design", "coding", "system_design", "system_design", "coding"]
        k = rng.choice([1, 1, 2, 2, 3])
    out: list[str] = []
    while len(out) < k:
        t = pick(rng, pool)
        if t not in out:
            out.append(t)
    return out


def core(rng: random.Random, kind: str, c: dict) -> tuple[list[str], list[str], list[str]]:
    """Return (paragraphs, topics, outside_control) for a positive kind."""
    ps: list[str] = []
    topics: list[str] = []
    reasons: list[str] = []
    if kind in ("ack", "ack_inv"):
        ps.append(para(rng, E.ACK_CORE, E.ACK_TIMELINE))
        if kind == "ack_inv":
            ps.append(para(rng, E.INV_CORE_ONLINE, ["The assessment takes about forty minutes and must be completed in one sitting.",
                                                       "Full instructions, including practice questions, are available through the link.",
                                                       "Candidates who reach the required standard will then be invited to a panel interview.",
                                                       "You can complete it on any computer with a stable internet connection."]))
        else:
            nh = pick(rng, E.ACK_NOHEAR)
            if nh:
                ps.append(nh)
    elif kind in ("invite", "inv_online", "reschedule"):
        if kind == "inv_online":
            ps.append(pick(rng, E.INV_CORE_ONLINE))
        elif kind == "reschedule":
            ps.append(pick(rng, ["Unfortunately the chair of the panel is no longer available on the date we originally gave you, so we would like to invite you to interview on {d2} at {t1} instead.",
                                 "I am writing to rearrange your interview: because of a clash with a board meeting, the panel now proposes {d2} at {t1}, at {venue}.",
                                 "We need to move your interview. Could you attend on {d2} at {t1} instead? The venue and format are unchanged."]))
        else:
            ps.append(para(rng, E.INV_CORE, E.INV_LOGISTICS))
            ps.append(" ".join(rng.sample(E.INV_FORMAT, k=rng.randint(1, 3))))
        ps.append(pick(rng, E.INV_CONFIRM))
    elif kind in ("reject_sl", "reject_int", "reject_reason", "rej_fb", "rej_inv"):
        stage = "shortlist" if kind in ("reject_sl", "rej_inv") or (kind == "rej_fb" and rng.random() < 0.3) else "interview"
        if kind == "reject_reason":
            stage = pick(rng, ["shortlist", "interview", "cancelled"])
        if stage == "cancelled":
            r = pick(rng, ["role_filled", "role_cancelled", "budget_freeze"])
            reasons.append(r)
            ps.append(pick(rng, ["I am sorry to let you know that the interview arranged for {d1} will no longer take place.",
                                 "I regret to tell you that we have had to cancel the interviews planned for {d1}, including yours.",
                                 "I must let you know that your forthcoming interview has been cancelled."])
                      + " " + pick(rng, E.REASON[r]) + " " + pick(rng, ["We will therefore not be taking your application any further.",
                                                                     "Your application will not be progressed.",
                                                                     "I apologise for any inconvenience this may cause."]))
        else:
            ps.append(pick(rng, E.REJ_SHORTLIST if stage == "shortlist" else E.REJ_INTERVIEW))
            want_reason = kind == "reject_reason" or rng.random() < 0.3
            if want_reason:
                r = pick(rng, list(E.REASON)) if kind == "reject_reason" else pick(rng, ["closer_fit", "closer_fit", "role_filled", "level_mismatch"])
                reasons.append(r)
                ps[-1] += " " + pick(rng, E.REASON[r])
            else:
                nf = pick(rng, E.REJ_NO_FEEDBACK)
                if nf:
                    ps[-1] += " " + nf
        if kind == "rej_fb":
            topics = pick_topics(rng, c, stage)
            if rng.random() < 0.06:
                topics = []
            n_praise = rng.choice([0, 1, 1, 2]) if topics else 2
            ps.append(pick(rng, E.FB_INTRO))
            ps.append(criteria_block(rng, c, topics, n_praise))
            cl = pick(rng, E.FB_CLOSE)
            if cl:
                ps.append(cl)
        elif kind == "rej_inv":
            ps.append(pick(rng, ["However, the panel felt that your experience would be well suited to the post of {role2} (reference {ref2}), and I would like to invite you to interview for that post on {d2} at {t1}.",
                                 "The panel did, however, ask me to invite you to interview for a related vacancy, {role2}, for which interviews are being held on {d2}.",
                                 "That said, we are currently recruiting to {role2} ({ref2}) and would be pleased to invite you to an interview for that role; please let me know if you would like to be considered and I will send you a slot for {d2}."]))
        else:
            ps.append(" ".join(s for s in [pick(rng, E.FEEDBACK_OFFER_LINE), pick(rng, E.REJ_FUTURE)] if s))
    elif kind == "feedback":
        topics = pick_topics(rng, c, pick(rng, ["interview", "interview", "shortlist"]))
        ps.append(pick(rng, ["Thank you for your email of {d1} asking for feedback on your recent interview.",
                             "Further to your request, I have now obtained feedback from the panel.",
                             "I am sorry for the delay in responding to your request for feedback.",
                             "Thank you for asking for feedback, which we are always happy to provide to interviewed candidates."])
                  + " " + pick(rng, E.FB_INTRO))
        ps.append(criteria_block(rng, c, topics, rng.choice([0, 1, 2])))
        ps.append(pick(rng, E.FB_CLOSE[:4]))
    elif kind == "offer":
        ps.append(para(rng, E.OFFER_CORE, E.OFFER_TERMS))
        ps.append(pick(rng, E.OFFER_CHECKS))
        ps.append(pick(rng, E.OFFER_REPLY))
    return ps, topics, reasons


CLOSE_LINE = [
    "If you have any questions, please contact {officer} on {phone}.",
    "Should you have any queries, please reply to this email quoting reference {ref}.",
    "Please do not hesitate to contact the {dept} if you require any further information.",
    "Thank you again for your interest in {org}.",
    "",
]

ROLE_FOR = {
    "payroll": [("Payroll Officer", "Payroll Services"), ("Pensions Administrator", "Pensions and Payroll"), ("HR Operations Adviser", "HR Operations")],
    "admission": [("Admissions Officer", "Postgraduate Admissions"), ("Admissions Tutor", "School Office")],
    "grant": [("Grants Officer", "Grants and Programmes"), ("Procurement Officer", "Commercial Services")],
    "civic": [("Revenues Officer", "Revenues and Benefits"), ("Development Management Officer", "Planning Services")],
}
NONRECRUIT = {"panel", "payroll", "grant", "civic", "admission", "referee"}
SECTOR_FOR = {"admission": "uni", "civic": "council", "grant": "charity"}
RECRUIT_NEG = {"update", "booked", "thanks_today", "refs_after", "dbs", "cantshare", "withdraw_ack", "closed"}


def sender(rng: random.Random, c: dict, fam: dict, kind: str) -> tuple[str, str]:
    dom = c["domain"]
    if kind == "payroll":
        return pick(rng, ["Payroll Services", "HR Operations", "People Services", "Pensions and Payroll"]), f"{pick(rng, ['payroll', 'hr.operations', 'people', 'pensions'])}@{dom}"
    if kind in ("panel", "admission", "grant", "civic", "referee"):
        tag = {"admission": "admissions", "grant": "grants", "civic": "revenues", "referee": "references"}.get(kind)
        if tag and rng.random() < 0.6:
            return f"{c['short']} {tag.capitalize()}", f"{tag}@{dom}"
        return c["officer"], f"{W.slug(c['officer'].split()[0])}.{W.slug(c['officer'].split()[-1])}@{dom}"
    opts = [
        (f"{c['short']} Recruitment", f"recruitment@{dom}"),
        (c["officer"], f"{W.slug(c['officer'].split()[0])}.{W.slug(c['officer'].split()[-1])}@{dom}"),
        (f"{c['dept']} – {c['short']}", f"no-reply@{dom}"),
        (f"Jobs at {c['short']}", f"jobs@{dom}"),
        (c["org"], f"donotreply@{pick(rng, ['careers.', 'jobs.', 'recruit.', ''])}{dom}"),
        (f"{c['short']} HR", f"hr@{dom}"),
    ]
    return pick(rng, opts)


def quote_block(rng: random.Random, who: str, addr: str, when: str, subject: str, text: str, to: str) -> str:
    if rng.random() < 0.5:
        head = f"On {when}, {who} <{addr}> wrote:"
        return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    head = f"From: {who} <{addr}>\nSent: {when}\nTo: {to}\nSubject: {subject}"
    return pick(rng, ["-----Original Message-----\n", "________________________________\n", ""]) + head + "\n\n" + text


FB_REQUEST = [
    ["Thank you for your letter of {d1} informing me of the outcome of my application for the post of {role} (reference {ref}).",
     "Thank you for letting me know the outcome of my interview for {role} on {d1}.",
     "I was disappointed to learn that I was unsuccessful in my application for {role}, but I am grateful for the prompt notification.",
     "I recently received your letter advising that I had not been shortlisted for {role} ({ref})."],
    ["In line with your feedback policy, I would be grateful for any feedback the panel is able to share on my application and interview.",
     "I would very much appreciate feedback on my performance, and in particular on how I scored against each of the criteria.",
     "Would it be possible to receive some feedback on my application, so that I can strengthen future submissions?",
     "I should be grateful if you could let me have the panel's comments on where my application fell short.",
     "If the panel's scores are available, I would welcome the opportunity to understand which areas I should develop."],
    ["I remain very interested in working for {org} and hope to apply again in the future.",
     "I would be happy to receive this in writing or by a short telephone call, whichever is more convenient.",
     "I understand that the panel is busy and appreciate any time you can give to this request.",
     "Thank you in advance for your help."],
]


def cand_sig(rng: random.Random, c: dict) -> str:
    return pick(rng, [f"Yours sincerely,\n\n{c['cfirst']} {c['clast']}", f"Kind regards,\n{c['cfirst']} {c['clast']}",
                      f"Best regards,\n\n{c['cfirst']} {c['clast']}\n{c['caddr']}", f"With thanks,\n{c['cfirst']}",
                      f"Yours faithfully,\n{c['ctitle']} {c['cfirst']} {c['clast']}"])


def letter_body(rng: random.Random, fam: dict, kind: str, c: dict) -> tuple[str, list[str], list[str]]:
    """The new text of an inbox letter."""
    parts: list[str] = []
    if rng.random() < fam.get("header", 0.3):
        hdr = [f"Our ref: {c['ref']}/{c['officer'][0]}{c['officer'].split()[-1][0]}", f"Date: {c['d1']}"]
        if rng.random() < 0.5:
            hdr.append("PRIVATE AND CONFIDENTIAL")
        if rng.random() < 0.4:
            hdr.append(f"{c['ctitle']} {c['cfirst']} {c['clast']}\nBy email: {c['caddr']}")
        parts.append("\n".join(hdr))
    topics: list[str] = []
    reasons: list[str] = []
    if kind in POS_KINDS:
        parts.append(greeting(rng, c, fam))
        if kind != "feedback":
            parts.append(pick(rng, E.OPEN_NEUTRAL))
        ps, topics, reasons = core(rng, kind, c)
        parts += ps
        lo, hi = fam.get("boiler", (2, 5))
        parts += boiler(rng, lo, hi, kind)
    else:
        spec = N.NEG[kind]
        parts.append(greeting(rng, c, fam) if kind not in ("alert", "newsletter", "scam") else pick(rng, ["Dear Subscriber,", "Hello,", "Dear Member,", "Dear Applicant,", ""]))
        if kind in RECRUIT_NEG and kind != "closed" and rng.random() < 0.6:
            parts.append(pick(rng, E.OPEN_NEUTRAL))
        body = [pick(rng, b) for b in spec["banks"]]
        if kind in ("alert",):
            parts.append("\n".join(b for b in body if b))
        else:
            parts.append(" ".join(b for b in body[:2] if b))
            if body[2:]:
                rest = " ".join(b for b in body[2:] if b)
                if rest:
                    parts.append(rest)
        if kind in NONRECRUIT:
            if rng.random() < 0.7:
                parts.append(" ".join(rng.sample(E.BOILER_ANY[1], k=rng.randint(1, 2))))
        elif kind not in ("alert", "scam", "newsletter"):
            lo, hi = fam.get("boiler", (2, 5))
            parts += boiler(rng, max(0, lo - 1), hi, kind)
    cl = pick(rng, CLOSE_LINE)
    if cl and kind not in ("alert", "newsletter", "scam"):
        parts.append(cl)
    if kind in ("alert", "newsletter"):
        parts.append(pick(rng, ["The Editorial Team", "Careers Service", "Member Services", "The Alerts Team"]))
    elif kind == "scam":
        parts.append(f"HR Department\n{pick(rng, ['Global Staffing Solutions Ltd', 'Premier Remote Careers', 'Apex Talent Worldwide'])}")
    else:
        parts.append(signature(rng, c, fam))
    f = footer(rng, c)
    if f:
        parts.append(f)
    text = "\n\n".join(p for p in parts if p)
    return W.fill(text, c), topics, reasons


def inbox_record(rng: random.Random, fam: dict, kind: str) -> dict:
    if kind in SECTOR_FOR and fam["sector"] != SECTOR_FOR[kind]:
        fam = dict(fam, sector=SECTOR_FOR[kind], tld=None)
    c = context(rng, fam)
    if kind in ROLE_FOR:
        c["otitle"], c["dept"] = pick(rng, ROLE_FOR[kind])
    text, topics, reasons = letter_body(rng, fam, kind, c)
    labels = list(POS_KINDS[kind][0]) if kind in POS_KINDS else []
    skey = POS_KINDS[kind][1] if kind in POS_KINDS else kind
    if kind in POS_KINDS and rng.random() < 0.45:
        subject = pick(rng, N.SUBJ_NEUTRAL)
    else:
        subject = pick(rng, N.SUBJ_KIND.get(skey, N.SUBJ_NEUTRAL))
    subject = W.fill(subject, c)
    if rng.random() < 0.05:
        subject = pick(rng, ["📄 ", "✉️ ", "🔔 "]) + subject
    from_name, from_addr = sender(rng, c, fam, kind)
    company: str | None = c["org"]
    if kind in N.NEG and N.NEG[kind]["company"] is None:
        company = None
    if kind == "event" and rng.random() < 0.5:
        company = None
        from_name, from_addr = pick(rng, [("Public Sector Careers Network", "events@publiccareersnetwork.org"),
                                          ("Graduate Careers Service", "careers@graduatehub.ac.uk")]), ""
        from_name, from_addr = from_name
    if kind in ("alert",):
        from_name, from_addr = pick(rng, [("Public Jobs Alerts", "alerts@publicjobsboard.org"), ("Charity Vacancies Weekly", "noreply@charityvacancies.org"),
                                          ("Academic Posts", "alerts@academicposts.net"), ("Law Careers Digest", "digest@lawcareersdigest.com")])
    if kind == "newsletter":
        from_name, from_addr = pick(rng, [("Institute of Public Administration", "members@ipa-news.org"), ("Chartered Institute Bulletin", "bulletin@cibmail.org"),
                                          ("Society of Legal Professionals", "news@slp-members.org"), ("Health Managers' Forum", "newsletter@hmforum.org")])
    if kind == "scam":
        from_name, from_addr = pick(rng, [("HR Department", f"hr.offers{rng.randint(10, 99)}@gmail.com"), ("Recruitment Desk", "careers@global-staff-solutions.net"),
                                          (f"{c['org']} HR", f"hr-{W.slug(c['short'])[:8]}@outlook.com")])
    # quoted history: replies quote the candidate's earlier mail
    if kind in ("feedback", "cantshare") or (kind in ("withdraw_ack", "closed") and rng.random() < 0.5):
        if kind in ("feedback", "cantshare"):
            req = "\n\n".join(pick(rng, b) for b in FB_REQUEST)
        elif kind == "withdraw_ack":
            req = pick(rng, ["I am writing to withdraw my application for {role}, as I have accepted another position.",
                             "Please withdraw my application for {role} ({ref}); my circumstances have changed."])
        else:
            req = pick(rng, ["Could you tell me whether the {role} post is still open? I could not find the application link.",
                             "I would like to apply for {role}; is it still possible to do so?"])
        req = W.fill(req + "\n\n" + cand_sig(rng, c), c)
        text += "\n\n" + quote_block(rng, f"{c['cfirst']} {c['clast']}", c["caddr"], c["d1"], "Request for feedback" if kind in ("feedback", "cantshare") else subject,
                                     req, from_addr)
        if not subject.lower().startswith("re"):
            subject = "RE: " + subject
    elif kind in ("booked", "update") and rng.random() < 0.3:
        inv = W.fill(para(rng, E.INV_CORE, E.INV_LOGISTICS), c)
        text += "\n\n" + quote_block(rng, from_name, from_addr, c["d1"], subject, inv, c["caddr"])
    if fam["loc"] in ("us", "ca"):
        text = W.americanise(text)
        subject = W.americanise(subject)
    body_html = None
    r = rng.random()
    if r < fam.get("html_only", 0.1):
        body_html, text = W.text_to_html(text, rng, c["org"]), ""
    elif r < fam.get("html_only", 0.1) + 0.15:
        body_html = W.text_to_html(text, rng, c["org"])
    return {
        "family": fam["name"], "folder": "INBOX", "lang": "en", "from_name": from_name, "from_addr": from_addr,
        "to_addr": c["caddr"], "subject": subject, "body_text": text, "body_html": body_html, "labels": labels,
        "company": company, "topics": topics, "outside_control": reasons,
    }


def special_record(rng: random.Random, fam: dict, kind: str) -> dict:
    """Auto-replies and bounces around formal recruitment mail (no label)."""
    c = context(rng, fam)
    if kind == "autoreply":
        orig = W.fill(pick(rng, N.SUBJ_NEUTRAL), c)
        text = W.fill(pick(rng, [
            "Thank you for your email. I am currently out of the office until {d2} with limited access to email. For recruitment enquiries, please contact the {dept} on {phone}.",
            "I am on annual leave and will return on {d2}. Your message has not been forwarded. If your query concerns an interview this week, please contact {panelchair}.",
            "This is an automatic acknowledgement that your email to the {dept} has been received. We aim to respond to enquiries within five working days. Please note that this mailbox cannot accept applications; all applications must be made online.",
        ]), c) + "\n\n" + signature(rng, c, fam)
        rec_from = (c["officer"], f"{W.slug(c['officer'].split()[0])}@{c['domain']}")
        subject = pick(rng, ["Automatic reply: ", "Out of Office: ", "Auto: "]) + orig
    else:
        orig = W.fill(pick(rng, ["Application for the post of {role} ({ref})", "Request for feedback – {ref}", "Acceptance of offer – {role}"]), c)
        body = W.fill("\n\n".join([f"Dear Sir or Madam,", pick(rng, FB_REQUEST[1]) if "feedback" in orig else "Please find attached my application for the above post.", cand_sig(rng, c)]), c)
        text = ("Delivery has failed to these recipients or groups:\n\n" + f"recruitment@{c['domain'].replace('.', '-old.', 1)}\n"
                "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\n"
                "Diagnostic information for administrators:\nRemote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
                f"Original message headers:\nSubject: {orig}\n\n" + body)
        rec_from = ("Mail Delivery System", "postmaster@outlook.com")
        subject = "Undeliverable: " + orig
    if fam["loc"] in ("us", "ca"):
        text = W.americanise(text)
    return {"family": fam["name"], "folder": "INBOX", "lang": "en", "from_name": rec_from[0], "from_addr": rec_from[1],
            "to_addr": c["caddr"], "subject": subject, "body_text": text, "body_html": None, "labels": [],
            "company": None, "topics": [], "outside_control": []}


# ---------------------------------------------------------------- the candidate's Sent mail
def sent_record(rng: random.Random, fam: dict, kind: str) -> dict:
    c = context(rng, fam)
    to_name, to_addr = sender(rng, c, fam, "x")
    if to_addr.startswith(("no-reply", "donotreply")):
        to_addr = f"recruitment@{c['domain']}"
    greet = pick(rng, [f"Dear {c['officer']},", "Dear Sir or Madam,", f"Dear {c['officer'].split()[0]},", "Dear Recruitment Team,",
                       f"Dear {pick(rng, ['Ms', 'Mr', 'Dr'])} {c['officer'].split()[-1]},"])
    quoted_kind = None
    labels: list[str] = []
    if kind == "fbreq":
        labels = ["feedback_request"]
        body = "\n\n".join(pick(rng, b) for b in FB_REQUEST)
        subj = pick(rng, ["Request for feedback – {role} ({ref})", "Re: Outcome of your application", "RE: {ref} – feedback",
                          "Feedback request: {role}", "Re: Your application for {role}"])
        quoted_kind = pick(rng, ["reject_sl", "reject_int", "reject_int", None])
    elif kind == "s_withdraw":
        body = para(rng, ["I am writing to withdraw my application for the post of {role} (reference {ref}).",
                          "Please accept this email as formal notice that I wish to withdraw from the selection process for {role}.",
                          "I regret that I must withdraw my application for {role} with immediate effect."],
                    ["I have recently accepted a position elsewhere.", "My personal circumstances have changed and I am no longer able to relocate.",
                     "Having reflected on the role, I do not feel it is the right step for me at this time."],
                    ["I am grateful for the panel's time and hope to have the opportunity to apply to {org} again.", "I apologise for any inconvenience."])
        subj = pick(rng, ["Withdrawal of application – {ref}", "Re: Invitation to interview – {role}", "Withdrawal: {role}"])
        quoted_kind = pick(rng, ["invite", None])
    elif kind == "s_accept":
        body = para(rng, ["Thank you for your letter of {d1} offering me the post of {role}.",
                          "I am delighted to accept the conditional offer of appointment as {role}.",
                          "Further to our telephone conversation, I am writing to confirm my acceptance of your offer."],
                    ["I confirm my acceptance and have returned the signed statement of terms.", "I am pleased to accept and look forward to joining the team.",
                     "I accept the offer on the terms set out in your letter."],
                    ["I have already contacted my referees, and I will upload my identity documents this week.",
                     "I will need to give one month's notice to my current employer, so a start date of {d3} would suit me.",
                     "Please let me know what you need from me to complete the pre-employment checks."])
        subj = pick(rng, ["Re: Conditional offer of employment", "Acceptance of offer – {role}", "RE: Offer of appointment – {role}"])
        quoted_kind = pick(rng, ["offer", None])
    elif kind == "s_decline":
        body = para(rng, ["Thank you very much for offering me the post of {role}.", "I am grateful for your offer of appointment dated {d1}."],
                    ["After careful thought, I have decided to decline the offer, as I have accepted a role closer to home.",
                     "I regret that I must decline, since the salary would not allow me to relocate."],
                    ["I enjoyed meeting the panel and hope our paths cross again.", "Thank you for your understanding."])
        subj = pick(rng, ["Re: Offer of appointment – {role}", "Offer – {ref}"])
        quoted_kind = pick(rng, ["offer", None])
    elif kind == "s_confirm":
        body = para(rng, ["Thank you for your email inviting me to interview for {role}.", "Thank you for shortlisting me for the post of {role}."],
                    ["I am pleased to confirm that I will attend on {d2} at {t1}.", "I confirm that I can attend the interview as arranged.",
                     "Unfortunately I am unable to attend on {d2}; would {d3} be possible instead?"],
                    ["I will bring the documents requested.", "Please could you let me know whether parking is available on site?",
                     "I do not require any adjustments.", ""])
        subj = pick(rng, ["Re: Invitation to interview – {role}", "RE: Interview invitation: {ref}", "Interview attendance – {ref}"])
        quoted_kind = pick(rng, ["invite", "invite", None])
    elif kind == "s_apply":
        body = para(rng, ["Please find attached my application form and supporting statement for the post of {role} (reference {ref}).",
                          "I wish to apply for the vacancy of {role}, as advertised on your website.",
                          "I enclose my CV and a covering letter in support of my application for {role}."],
                    ["I have five years' experience in a similar role and believe I meet each of the essential criteria.",
                     "In my current post I manage a caseload of complex enquiries and lead a small team.",
                     "My recent qualification in the field has prepared me well for this position."],
                    ["I would welcome the opportunity to discuss my application at interview.", "Thank you for considering my application."])
        subj = pick(rng, ["Application: {role} ({ref})", "{ref} – application", "Application for the post of {role}"])
    elif kind == "s_thanks":
        body = para(rng, ["Thank you for the opportunity to interview for {role} today.", "I wanted to thank the panel for their time on {d1}."],
                    ["I very much enjoyed learning about the team's priorities for the coming year.",
                     "Our discussion confirmed my enthusiasm for the post."],
                    ["I look forward to hearing from you.", "Please pass on my thanks to the other panel members."])
        subj = pick(rng, ["Thank you – {role}", "Re: Interview on {d1}", "Thank you for today"])
    else:  # s_refreply
        body = para(rng, ["Please find attached the completed reference for {otherperson}.", "Thank you for your request for a reference for {otherperson}."],
                    ["I was their line manager for three years and am happy to recommend them without reservation.",
                     "I can confirm their dates of employment and that there were no disciplinary matters."],
                    ["Please contact me if you need anything further."])
        subj = pick(rng, ["Re: Reference request: {otherperson}", "Reference – {otherperson}"])
        c["org_for_company"] = None
    text = W.fill(greet + "\n\n" + body + "\n\n" + cand_sig(rng, c), c)
    subject = W.fill(subj, c)
    if quoted_kind:
        qtext, _, _ = letter_body(rng, fam, quoted_kind, c) if quoted_kind in POS_KINDS else (W.fill(pick(rng, E.REJ_INTERVIEW), c), [], [])
        text += "\n\n" + quote_block(rng, to_name, to_addr, c["d1"], subject.replace("Re: ", "").replace("RE: ", ""), qtext, c["caddr"])
    if fam["loc"] in ("us", "ca"):
        text = W.americanise(text)
        subject = W.americanise(subject)
    company = None if kind == "s_refreply" else c["org"]
    return {"family": fam["name"], "folder": "Sent", "lang": "en", "from_name": f"{c['cfirst']} {c['clast']}", "from_addr": c["caddr"],
            "to_addr": to_addr, "subject": subject, "body_text": text, "body_html": None, "labels": labels, "company": company,
            "topics": [], "outside_control": []}
