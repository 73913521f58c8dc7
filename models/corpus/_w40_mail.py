"""Turns a kind (from _w40_say) into a whole message in one of writer 40's sender styles."""

from __future__ import annotations

import random

import _w40_kit as K
import _w40_say as S

REGION_TOUCH = {
    "za": [("Please ", "Kindly "), ("Unfortunately, ", "Unfortunately "), ("We are pleased", "We are happy"),
           ("let us know", "advise us"), ("Thank you for", "Thank you very much for")],
    "sg": [("Please ", "Kindly "), ("We wanted to let you know", "Kindly be informed"), ("let us know", "revert to us"),
           ("Thank you for your patience", "Thank you for your kind patience"), ("Please confirm", "Kindly confirm with us")],
    "ie": [("Just a reminder", "Just a quick reminder"), ("Thanks again", "Thanks a million"),
           ("I'm sorry", "I'm really sorry")],
    "au": [("Thanks again", "Thanks heaps again"), ("organise", "organise"), ("Good news", "Great news"),
           ("in touch", "in touch, mate") if False else ("in touch", "in touch")],
    "ca": [("programme", "program"), ("organisation", "organization"), ("centre", "center"), ("colour", "color")],
    "us": [("programme", "program"), ("organisation", "organization"), ("centre", "center"), ("CV", "resume")],
    "uk": [],
}


SMALL_OPEN = {
    "ie": ["Hope you're keeping well.", "Hope you had a good weekend and didn't get too wet.", "Apologies for the delay getting back to you, it's been manic here with the site move.",
           "I hope all's well with you.", "Sorry this is coming to you a bit later than promised."],
    "au": ["Hope your week's going well.", "Hope you had a good long weekend.", "Thanks for your patience while we worked through everything.",
           "Hope you're well and staying out of the heat.", "Apologies for the slow reply - it's been a busy end of quarter."],
    "za": ["Trust you are well.", "I trust this mail finds you well.", "Hope you are keeping well despite the load-shedding.",
           "Thank you for your patience in this regard.", "Hope your week is going well."],
    "sg": ["Hope this email finds you well.", "Good day to you.", "Thank you for your patience.", "Hope you are doing well.",
           "Sorry for the late reply as we were waiting for the management's confirmation."],
    "ca": ["Hope you're having a good week.", "Hope you're keeping warm out there!", "Thanks for your patience over the last couple of weeks.",
           "I hope you had a great long weekend.", "Sorry for the radio silence - we've been juggling a lot of requisitions."],
    "uk": ["I hope you're well.", "Hope your week is going OK.", "Sorry for the delay in getting back to you.", "Hope you had a good weekend.",
           "Thanks for bearing with us."],
    "us": ["Hope you're doing well.", "Hope your week is off to a good start."],
}
SMALL_CLOSE = {
    "ie": ["Any questions at all, just give me a shout.", "Give me a buzz if you want to chat.", "Talk soon."],
    "au": ["Any questions, just flick me an email.", "Happy to chat if you want to give me a call.", "Have a great weekend."],
    "za": ["Please do not hesitate to contact me should you have any queries.", "Feel free to contact me should you need anything further."],
    "sg": ["Please feel free to contact me if you have any queries.", "Do let me know if you have any questions.", "Thank you and have a nice day."],
    "ca": ["Feel free to reach out with any questions.", "Don't hesitate to reach out if anything comes up.", "Have a great rest of your day!"],
    "uk": ["Do get in touch if you have any questions.", "Any questions, just let me know.", "Have a good weekend."],
    "us": ["Feel free to reach out with any questions."],
}


def regionalise(rng: random.Random, text: str, region: str) -> str:
    for a, b in REGION_TOUCH.get(region, []):
        if a in text and (region in ("ca", "us") or rng.random() < 0.5):
            text = text.replace(a, b, 1 if region not in ("ca", "us") else -1)
    return text


def legal_name_of(c: dict) -> str:
    return K.legal_name(c)


def context(rng: random.Random, region: str | None = None, sector: str | None = None) -> dict:
    c = K.company(rng, region, sector)
    full, addr = K.pick(rng, K.CANDIDATES)
    slug = c["name"].lower().split()[0].replace("'", "").replace(".", "")
    portal = K.pick(rng, [f"https://careers.{c['domain']}/candidate", f"https://{slug}.talentgate-mail.net/portal",
                          f"https://jobs.{c['domain']}/login", f"https://{slug}.careersuite.com/my-applications",
                          f"https://{c['domain']}/careers/profile"])
    return {"c": c, "role": c["role"], "req": K.req_no(rng), "full": full, "first": full.split()[0],
            "cand_addr": addr, "region": c["region"], "portal": portal}


def compose(rng: random.Random, kind: dict, x: dict, style: str) -> dict:
    """style: 'portal' (automated, team sign-off, long footer), 'human' (named HR person),
    'html' (HTML-only system mail), 'outlook' (human HR with HTML alternative)."""
    c, reg = x["c"], x["region"]
    paras = [regionalise(rng, p, reg) for p in kind["paras"] if p]
    auto = style in ("portal", "html")
    if auto:
        from_name = K.pick(rng, [f"{c['name']} Careers", f"{c['name']} Recruitment", f"{c['name']}",
                                 f"{c['name']} Talent Acquisition", f"Careers at {c['name']}", f"{c['name']} HR"])
        from_addr = K.pick(rng, K.ATS_RELAYS + [f"no-reply@{c['domain']}", f"careers-noreply@{c['domain']}",
                                                f"recruitment@{c['domain']}"])
        if rng.random() < 0.12:
            from_name = K.pick(rng, ["Recruitment", "Careers", "Talent Acquisition", "noreply"])
        sign = K.team_signoff(rng, c)
        hr_name = None
    else:
        hr_name = K.person(rng)
        from_name = hr_name if rng.random() < 0.8 else f"{hr_name} ({c['name']})"
        from_addr = K.email_of(hr_name, c["domain"], rng)
        sign = K.hr_signature(rng, c, hr_name, from_addr)
    greeting = K.greet(rng, x["first"], x["full"], reg)
    if auto and rng.random() < 0.35:
        head = K.pick(rng, [f"Requisition: {x['req']} - {x['role']}", f"Job: {x['role']} | Ref {x['req']}",
                            f"{K.cand_ref(rng)}\nPosition: {x['role']}", f"Vacancy: {x['role']} ({c['city']})"])
        paras.insert(0, head)
    if rng.random() < 0.5 and len(paras) >= 2:
        ex = S.extra_line(rng, x, kind["labels"], kind.get("online", False))
        if ex:
            paras.insert(rng.randrange(1, len(paras) + 1), ex)
    if rng.random() < 0.5 and len(paras) >= 2 and "rejection" not in kind["labels"]:
        # a line about the site or business, placed where real mail puts it
        pos = rng.choice([1, len(paras) - 1, len(paras)])
        paras.insert(pos, S.sector_line(rng, x))
    if not auto and rng.random() < 0.25:
        # human HR sometimes runs two paragraphs together
        i = rng.randrange(max(1, len(paras) - 1))
        if i + 1 < len(paras):
            paras[i:i + 2] = [paras[i] + " " + paras[i + 1]]
    if not auto and rng.random() < 0.5:
        paras.insert(0, K.pick(rng, SMALL_OPEN[reg]) if rng.random() < 0.6 else
                     K.pick(rng, SMALL_OPEN[reg]) + " " + paras.pop(0))
    if not auto and rng.random() < 0.4:
        paras.append(K.pick(rng, SMALL_CLOSE[reg]))
    body = greeting + "\n\n" + "\n\n".join(paras)
    btn = kind.get("button")
    if btn and style != "html":
        body += "\n\n" + K.pick(rng, [f"{btn[0]}: {btn[1]}", f"{btn[0]} >> {btn[1]}", f"[{btn[0]}] {btn[1]}", btn[1]])
    body += "\n\n" + K.closing(rng, reg) + "\n" + sign
    foot = K.footer(rng, c, auto=auto, long=0.5 if auto else 0.3).strip("\n")
    if not auto and rng.random() < 0.25:
        foot = ""
    if not auto:
        body = K.typo(rng, body, 0.18)
    subject = K.pick(rng, kind["subjects"])
    seen = " ".join([body, foot, from_name, subject])
    if c["name"] not in seen:
        slug = c["name"].lower().split()[0].replace("'", "").replace(".", "")
        if slug not in from_addr or rng.random() < 0.7:
            body += "\n" + K.pick(rng, [c["name"], legal_name_of(c), f"{c['name']} | {c['city']}"])
    text = body + ("\n\n" + foot if foot else "")
    if not auto and rng.random() < 0.15:
        subject = "RE: " + subject
    html = None
    if style == "html":
        html = K.html_shell(rng, c, body, foot, btn, preheader=subject if rng.random() < 0.5 else "")
        text = ""
    elif style == "outlook" or (style == "portal" and rng.random() < 0.2):
        html = K.html_shell(rng, c, body, foot, btn if style == "portal" else None)
    company = c["name"]
    return dict(from_name=from_name, from_addr=from_addr, to_addr=x["cand_addr"], subject=subject,
                body_text=text, body_html=html, company=company)
