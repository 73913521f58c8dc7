"""Assembly for w15: context (who/where/what), voice shells and record building.

The deciding sentences are placed first, in the middle of small talk, or at the very end, so a
reader (and the model) has to find them; everything around them is shared by every label.
"""

from __future__ import annotations

import random
import re

import _w15_world as W
from _w15_voices import TITLES, VOICES

NEUTRAL = [
    "Thanks again for your time.",
    "I've copied {other} in so she's in the loop.",
    "Hope the rest of your week is a calm one.",
    "We're all a bit stretched at the moment with year-end.",
    "Sorry if this lands at a weird hour, I'm working odd times this week.",
    "{other} says hi, by the way.",
    "I'm out Thursday and Friday, so {other} can pick up anything urgent.",
    "We've been trying to sort all our hiring before the summer.",
    "I know you've been waiting, so I didn't want to sit on this.",
    "Appreciate you being so flexible with all the back and forth.",
    "Apologies for the delay — the whole team was at an offsite.",
    "As you know, we're a small team, so everyone had a say.",
    "Just picking this up now after a mad morning.",
    "It's been a week of fire drills here, literally and figuratively.",
    "I'm writing this on the train so apologies for any typos.",
    "We've had a lot on with the new site opening.",
    "Sorry, my inbox has been a disaster this week.",
    "Hope you're keeping well.",
    "I did say I'd come back to you by today, so here I am.",
    "Thanks for bearing with us while we sorted things internally.",
    "",
]

AGENCIES = ["Brightpath Talent", "Tallis & Crewe Recruitment", "Nova Search", "Keystone People", "Harbour Hire",
            "Redline Staffing", "Blue Quay Recruitment", "Peak Talent Partners", "Sprout Recruitment", "Axis Search Group"]


def ctx(rng: random.Random) -> dict:
    co = rng.choice(W.COMPANIES)
    me_f, me_l = W.person(rng)
    cand = W.candidate(rng)
    other = rng.choice(W.FIRST)
    r = rng.choice(W.ROLES)
    r2 = rng.choice([x for x in W.ROLES if x != r])
    dom = W.company_domain(co, rng)
    return {
        "coobj": co, "co": co["name"], "dom": dom, "r": r, "r2": r2, "me": me_f, "me_last": me_l,
        "me_init": me_f[0], "cand": cand["first"], "cand_last": cand["last"], "cand_addr": cand["addr"],
        "other": other, "day": rng.choice(W.DAYS), "time": rng.choice(W.TIMES), "title": rng.choice(TITLES),
        "req": f"{rng.choice(['R', 'REQ-', 'JR', '#', ''])}{rng.randint(1000, 99999)}",
        "link": rng.choice(["https://calendly.com/{s}/30min", "https://cal.com/{s}/interview",
                            "https://{d}/book/{n}", "https://outlook.office365.com/owa/calendar/{s}@{d}/bookings/",
                            "https://meet.{d}/slot?c={n}", "https://savvycal.com/{s}/chat"]).format(
            s=me_f.lower() + rng.choice(["", "-" + co["short"], str(rng.randint(1, 9))]), d=dom, n=rng.randint(10000, 99999)),
        "sal": rng.choice(["£38,000", "£52k", "$118,000", "$92k", "AUD 105,000", "CAD 84,000", "S$6,800 a month",
                           "₦850,000 monthly", "₹18 LPA", "€61,000", "£14.50 an hour", "$71,500", "£46,500"]),
        "n3": rng.randint(200, 989), "n3b": rng.randint(200, 999), "n4": rng.randint(1000, 9999),
        "n4b": rng.randint(1000, 9999),
    }


_MET = re.compile(r"\b(com|came|coming|met|meet|meeting|call|chat|chatting|interview|popping|trip|invitation|"
                  r"interaction|story|talk|office|rounds|delay|late|slow|waiting|radio|mix-up|reply|answer|update|"
                  r"status|circling|noted|hopping|phone|application|candidate|cover|engagement|evaluation|"
                  r"reference|profile|telephonically|given us|patience)\w*", re.I)
_HIRING = re.compile(r"hir|team|join|applic|role|candida|selection", re.I)


_ST_PERIOD = ["weekend", "week", "Monday", "bank holiday", "half-term", "holiday", "move", "trip to see family",
              "first week back", "birthday", "long weekend", "few days off"]
_ST_WENT = ["was a good one", "went well", "was restful", "wasn't too hectic", "treated you kindly", "went smoothly",
            "was everything you hoped", "gave you a bit of a breather", "was fun", "wasn't a washout"]
_ST_SORRY = ["Sorry for the slow reply", "Apologies for the wait", "Sorry this has dragged on", "Sorry for going quiet",
             "Apologies for the late response", "Sorry it's taken me a while", "Forgive the delay",
             "Sorry for leaving you hanging", "Apologies for the radio silence"]
_ST_WHY = ["we've had half the office off with a cold", "it's been budget season", "I was at a conference in {city}",
           "we've been short-staffed", "the hiring manager was on leave", "the quarter-end crept up on us",
           "we've been moving offices", "I've been juggling three projects", "our systems were down for a couple of days",
           "I had jury duty", "I've been covering two jobs", "we had an audit"]
_ST_CITY = ["Leeds", "Lagos", "Pune", "Calgary", "Brisbane", "Penang", "Cork", "Austin", "Manchester", "Auckland"]
_ST_LOCAL = ["It's {wx} here today", "We've got {wx} again", "Bit of {wx} outside my window", "Proper {wx} this morning"]
_ST_WX = ["sunshine", "grey drizzle", "a heatwave", "fog", "sideways rain", "snow", "thunderstorms", "wind", "humidity"]
_ST_REMARK = ["so I'm hiding indoors", "which has everyone in a good mood", "so apologies if I sound grumpy",
              "and the coffee machine is broken", "which feels about right for a Monday", "so I'm glad to be at my desk",
              "but the team lunch went ahead anyway", "and I've already had three coffees"]


def smalltalk(rng: random.Random, pre: bool = False) -> str:
    """Compose one line of small talk from slots, so the chatter around the deciding sentence varies."""
    k = rng.randrange(3)
    if k == 0:
        return f"Hope your {rng.choice(_ST_PERIOD)} {rng.choice(_ST_WENT)}."
    if k == 1 and not pre:
        return f"{rng.choice(_ST_SORRY)}, {rng.choice(_ST_WHY).format(city=rng.choice(_ST_CITY))}."
    return f"{rng.choice(_ST_LOCAL).format(wx=rng.choice(_ST_WX))}, {rng.choice(_ST_REMARK)}."


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, c: dict) -> str:
    return text.format_map(_Safe(c))


_SYN = {
    "really": ["really", "genuinely", "truly", "honestly", "really"],
    "great": ["great", "brilliant", "lovely", "fab", "great"],
    "quick": ["quick", "short", "brief", "quick"],
    "sorry": ["sorry", "so sorry", "sorry", "really sorry"],
    "Sorry": ["Sorry", "So sorry", "Sorry", "Apologies"],
    "thanks": ["thanks", "thank you", "thanks", "many thanks"],
    "Thanks": ["Thanks", "Thank you", "Many thanks", "Cheers"],
    "chat": ["chat", "chat", "natter", "conversation"],
    "week": ["week", "week"],
    "job": ["job", "role", "position", "job"],
    "role": ["role", "job", "position", "role"],
    "Unfortunately": ["Unfortunately", "Sadly", "Regrettably", "Unfortunately", "I'm afraid"],
    "unfortunately": ["unfortunately", "sadly", "I'm afraid", "unfortunately"],
    "I'm afraid": ["I'm afraid", "sadly", "I'm sorry to say", "I'm afraid"],
    "hope": ["hope", "hope", "trust"],
    "love": ["love", "like", "be keen", "love"],
    "next week": ["next week", "in the next few days", "early next week", "next week"],
    "very": ["very", "super", "incredibly", "very"],
}
_SYN_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _SYN), key=len, reverse=True)) + r")\b")
_LEAD = ["So, ", "Anyway, ", "Right — ", "OK so ", "Look, ", "Honestly, ", "Just so you know, ", "To be clear, ",
         "In short, ", "Bottom line: ", "All that to say, ", "Basically, "]


def vary(sent: str, rng: random.Random, lead: float = 0.15) -> str:
    """Light, meaning-preserving rewording so repeated bank sentences do not repeat verbatim."""
    def sub(m: re.Match) -> str:
        w = m.group(1)
        if w == "love" and not re.search(r"love (you|to)", sent):
            return w
        return rng.choice(_SYN[w]) if rng.random() < 0.5 else w
    out = _SYN_RE.sub(sub, sent)
    if out and rng.random() < lead and out[0].isupper() and not out.startswith(("I ", "I'", "{")):
        out = rng.choice(_LEAD) + out[0].lower() + out[1:]
    return out


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def shell(voice: str, core: list[str], c: dict, rng: random.Random, extra: list[str] | None = None,
          where: str | None = None, footer: bool | None = None, mobile: bool | None = None,
          pre: bool = False, plain: bool = False, extra_after: bool = False) -> str:
    """Wrap deciding sentences `core` in a voice; `where` = first/middle/end places them."""
    v = VOICES[voice]
    short = v.get("short", False)
    where = where or rng.choice(["first", "middle", "middle", "end"])
    greet = fill(rng.choice(v["greet"]), c)
    pool = v["chat"]
    if pre or plain:  # nobody has met yet / not hiring mail: drop small talk that assumes an interview
        pool = [x for x in pool if not _MET.search(x)] or [""]
    if plain:
        pool = [x for x in pool if "{" not in x and not _HIRING.search(x)] or [""]
    chat = [fill(rng.choice(pool), c)]
    if not plain and rng.random() < (0.2 if short else 0.5):
        chat = [smalltalk(rng, pre)] + (chat if rng.random() < 0.4 else [])
    if not short and rng.random() < 0.5:
        chat.append(fill(rng.choice(NEUTRAL), c))
    core = [vary(fill(s, c), rng, 0.15 if i == 0 else 0.0) for i, s in enumerate(core) if s]
    extra = [vary(fill(s, c), rng, 0.0) for s in (extra or []) if s]
    chat = [vary(x, rng, 0.0) for x in chat]
    if voice not in ("terse", "clumsy"):
        core = [x[:1].upper() + x[1:] for x in core]
    close = fill(rng.choice(v["close"]), c)
    if short and rng.random() < 0.5:
        chat = []
    if where == "first":
        paras = [" ".join(core)] + ([" ".join(chat + extra)] if chat or extra else [])
    elif where == "middle":
        joined = chat + core
        paras = [" ".join(joined)] + ([" ".join(extra)] if extra else [])
        if rng.random() < 0.4 and extra:
            paras = [" ".join(chat)] if chat else []
            paras += [" ".join(core + extra)]
    elif extra_after:  # logistics follow the invitation/offer they belong to
        lead = chat or [fill(rng.choice(NEUTRAL[:-1]), c)]
        paras = [" ".join(lead), " ".join(core + extra)]
    else:
        lead = chat + extra
        if not lead:
            lead = [fill(rng.choice(NEUTRAL[:-1]), c)]
        paras = [" ".join(lead), " ".join(core)]
    sign = fill(rng.choice(v["sign"]), c)
    parts = ([greet] if greet else []) + paras
    body = "\n\n".join(p for p in parts if p)
    if close.endswith(",") and sign.split("\n")[0].endswith(","):
        close = ""  # the signature already carries its own sign-off
    if close:
        body += "\n\n" + close + ("\n" if close.endswith(",") else "\n\n") + sign
    else:
        body += "\n\n" + sign
    if mobile or (mobile is None and rng.random() < 0.12):
        body += "\n\n" + rng.choice(W.MOBILE)
    if footer or (footer is None and rng.random() < 0.25):
        body += "\n\n--\n" + W.footer(c["co"], rng, c["coobj"]["tld"])
    return tidy(body)


def subject(base: str, c: dict, rng: random.Random) -> str:
    s = fill(base, c)
    x = rng.random()
    if x < 0.08 and not s.lower().startswith("re"):
        s = rng.choice(["RE: ", "Re: ", "AW: ", "Fwd: ", "FW: "]) + s
    elif x < 0.13:
        s = "[External] " + s
    elif x < 0.17:
        s = s + rng.choice([" 🙂", " 🎉", " 👋", " ☕", " 🙏"])
    elif x < 0.22:
        s = s.lower()
    return s


def sender(c: dict, rng: random.Random, voice: str) -> tuple[str, str]:
    me, last, co = c["me"], c["me_last"], c["coobj"]
    x = rng.random()
    if voice == "founder" and x < 0.4:
        return f"{me} {last}", W.email_of(me, last, rng.choice(W.FREEMAIL), rng)
    if x < 0.55:
        return f"{me} {last}", W.email_of(me, last, c["dom"], rng)
    if x < 0.68:
        return f"{me} at {co['name'].split()[0]}", W.email_of(me, last, c["dom"], rng)
    if x < 0.78:
        return me, W.email_of(me, last, c["dom"], rng)
    if x < 0.86:
        return rng.choice([f"{co['name']} Recruiting", f"Jobs at {co['name']}", f"{co['name']} Careers",
                           f"{co['name']} HR"]), rng.choice(["careers", "jobs", "hr", "recruitment", "people"]) + "@" + c["dom"]
    if x < 0.93:
        return f"{last}, {me}", W.email_of(me, last, c["dom"], rng)
    return "", W.email_of(me, last, c["dom"], rng)


def record(fam: str, n: int, *, folder: str, from_name: str, from_addr: str, to_addr: str, subj: str,
           body: str, labels: list[str], company: str | None, topics: list[str] | None = None,
           oc: list[str] | None = None, rng: random.Random, html_rate: float = 0.22) -> dict:
    text, html = body, None
    x = rng.random()
    if x < html_rate * 0.45:
        text, html = "", W.to_html(body, rng)
    elif x < html_rate:
        html = W.to_html(body, rng)
    order = ["rejection", "interview_invite", "feedback", "application_ack", "offer", "feedback_request"]
    return {
        "id": f"{fam}-{n}", "family": fam, "folder": folder, "lang": "en", "from_name": from_name,
        "from_addr": from_addr, "to_addr": to_addr, "subject": subj, "body_text": text, "body_html": html,
        "labels": [l for l in order if l in labels], "company": company,
        "topics": sorted(set(topics or [])) if "feedback" in labels else [],
        "outside_control": sorted(set(oc or [])) if "rejection" in labels else [],
    }
