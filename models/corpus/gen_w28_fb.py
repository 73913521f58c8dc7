"""Writer w28: employer mail carrying evaluative feedback in many shapes (scorecards, strengths/areas
lists, hiring-manager paragraphs, panel paraphrases, assessment-centre reports, take-home reviews,
portfolio and presentation critiques, de/fr/es), plus same-skeleton rejections without feedback."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w28_fb as F  # noqa: E402
import _w28_world as W  # noqa: E402

FAMILY_PREFIX = "w28fb"

DIM = {
    "coding": ["Coding", "Hands-on coding", "Implementation", "Code quality"],
    "system_design": ["System design", "Architecture", "Design & scalability"],
    "technical_depth": ["Technical depth", "Domain knowledge", "Technical knowledge"],
    "behavioural": ["Behavioural", "Past experience / examples", "Competency questions"],
    "communication": ["Communication", "Clarity", "Written & verbal communication"],
    "questions_to_ask": ["Curiosity / questions", "Candidate questions", "Interest in the role"],
    "composure": ["Composure", "Handling pressure", "Resilience under challenge"],
    "experience_level": ["Experience", "Seniority / scope", "Leadership experience"],
    "collaboration": ["Collaboration", "Teamwork", "Working with others"],
    "cv_positioning": ["Application & CV", "CV / portfolio", "Written application"],
}
OK_NOTES = ["meets bar", "solid", "strong", "no concerns", "good", "above bar", "clear yes",
            "comfortably met", "fine", "👍"]
LOW_NOTES = ["below bar", "2/4", "1/4", "2/5", "weak", "mixed", "not yet", "concern", "lean no", "2 of 4"]
HIGH_NOTES = ["3/4", "4/4", "4/5", "5/5", "3/4", "meets bar", "strong"]


def _weak_sentences(rng: random.Random, lang: str, pool: list[str] | None, k: int,
                    industry: str | None) -> tuple[list[str], list[str]]:
    return F.weak_lines(rng, lang, k, industry, pool)


SHAPE_PRAISE = {
    "takehome": ["The README was clear and easy to follow.", "Your commit history told a nice story.",
                 "The core logic was correct for all the sample inputs.", "We liked that you kept dependencies minimal.",
                 "The API you designed was intuitive."],
    "presentation": ["The presentation was confident and well paced.", "Your slides were visually clean.",
                     "You kept nicely to time.", "The opening story grabbed the room.", "Your recommendation was commercially sensible."],
    "portfolio": ["Your visual craft is clearly strong.", "The typography work stood out.",
                  "The branding project for the bakery was charming.", "Your illustrations have real personality."],
}


def _leads(rng: random.Random, lang: str, weak: list[str]) -> str:
    leads = list(F.WEAK_LEAD[lang])
    rng.shuffle(leads)
    return " ".join(leads[i % len(leads)].format(w=w) for i, w in enumerate(weak))


def fb_block(rng: random.Random, shape: str, lang: str, weak: list[str], topics: list[str], r: str) -> str:
    bank = SHAPE_PRAISE.get(shape, F.PRAISE[lang])
    praise = rng.sample(bank, k=min(len(bank), rng.randint(1, 2)))
    if shape == "scorecard":
        lines = []
        dims = list(topics) + rng.sample([t for t in DIM if t not in topics], rng.randint(1, 3))
        rng.shuffle(dims)
        for t in dims:
            name = rng.choice(DIM[t])
            if t in topics:
                w = weak[topics.index(t)]
                lines.append(f"{name}: {rng.choice(LOW_NOTES)} — {w}")
            else:
                lines.append(f"{name}: {rng.choice(HIGH_NOTES)}" + (f" — {rng.choice(F.PRAISE_EN).rstrip('.').lower()}" if rng.random() < .4 else ""))
        head = rng.choice(["Pasted from the interview scorecard (lightly edited):", "Scorecard summary:",
                           "Here's what the interviewers recorded:", "Panel ratings, for transparency:",
                           "Our evaluation form, trimmed:"])
        overall = rng.choice(["Overall: no hire", "Overall recommendation: not at this time", "Overall: lean no",
                              "Decision: do not proceed", "Overall: close, but no"])
        return head + "\n\n" + "\n".join(("- " if rng.random() < .5 else "") + ln for ln in lines) + ("\n" + overall if rng.random() < .6 else "")
    if shape == "strengths":
        sh = rng.choice([("Strengths", "Areas to develop"), ("What went well", "Even better if"),
                         ("Positives", "Development areas"), ("+", "–"), ("Strong points", "Things to work on")])
        b = rng.choice(["- ", "* ", "• "])
        return f"{sh[0]}:\n" + "\n".join(b + p for p in praise) + f"\n\n{sh[1]}:\n" + "\n".join(b + F.cap(w) for w in weak)
    if shape == "hmcandid":
        opener = rng.choice(["I'll be straight with you.", "Personally I enjoyed our conversation.",
                             "I went back and forth on this one.", "I wanted to write to you myself rather than send a form letter.",
                             "This was a hard call for me."])
        mid = F.cap(weak[0]) + "." + (" " + _leads(rng, "en", weak[1:]) if weak[1:] else "")
        return f"{opener} {praise[0]} {mid}"
    if shape == "panelsays":
        intro = rng.choice(["The team felt that", "Feedback from the panel was that", "The interviewers' view was that",
                            "Having spoken to everyone you met, the consensus was that", "The hiring team mentioned that"])
        extra = " ".join(rng.choice(["They also noted that {w}.", "Another point raised: {w}.", "And {w}.",
                                     "A second interviewer added that {w}."]).format(w=w) for w in weak[1:])
        return f"{praise[0]} {intro} {weak[0]}. {extra}".strip()
    if shape == "acreport":
        ex = ["Group exercise", "In-tray exercise", "Role play", "Competency interview", "Written analysis",
              "Presentation"]
        rng.shuffle(ex)
        lines = [f"{ex[i]}: {F.cap(w)}." for i, w in enumerate(weak)]
        lines.append(f"{ex[len(weak)]}: {praise[0]}")
        rng.shuffle(lines)
        return rng.choice(["Assessment centre report – summary of assessor observations",
                           "Your assessment day: assessor notes", "Summary of your assessment centre results"]) + \
            "\n\n" + "\n".join(lines)
    if shape == "takehome":
        pre = rng.choice(["Reviewer notes on your take-home:", "Comments from the two engineers who reviewed the exercise:",
                          "Code review summary:", "Notes on the technical task:"])
        items = [f"{rng.choice(['R1', 'R2', 'Reviewer A', 'Reviewer B', '-', '*'])} {F.cap(w)}." for w in weak]
        items.insert(rng.randrange(len(items) + 1), f"{rng.choice(['R1', 'R2', '-', '*'])} {praise[0]}")
        return pre + "\n" + "\n".join(items)
    if shape == "portfolio":
        pre = rng.choice(["A few notes on the portfolio review:", "Our design leads looked through your work and said:",
                          "Portfolio critique, as promised:"])
        return pre + " " + praise[0] + " " + _leads(rng, "en", weak)
    if shape == "presentation":
        pre = rng.choice(["On the presentation itself:", "About your 20-minute presentation:", "On the case presentation:"])
        return pre + " " + praise[0] + " " + _leads(rng, "en", weak)
    # intl paragraph
    return rng.choice(F.FB_INTRO[lang]) + " " + " ".join(praise[:1]) + " " + _leads(rng, lang, weak)


SHAPE_TOPICS = {
    "scorecard": None, "strengths": None, "hmcandid": None, "panelsays": None,
    "acreport": ["behavioural", "communication", "collaboration", "composure", "technical_depth", "experience_level"],
    "takehome": ["coding", "system_design", "technical_depth", "communication"],
    "portfolio": ["cv_positioning", "communication", "behavioural", "experience_level", "collaboration"],
    "presentation": ["communication", "composure", "questions_to_ask", "technical_depth", "behavioural"],
    "intl": None,
}
SHAPE_ROLES = {
    "takehome": ["Backend Engineer", "Frontend Developer", "Data Engineer", "Site Reliability Engineer", "Mobile Developer",
                 "Platform Engineer", "Machine Learning Engineer", "QA Engineer", "Full-Stack Developer", "Senior Python Developer"],
    "portfolio": ["Product Designer", "Brand Designer", "Art Director", "UX Researcher", "Senior UI Designer",
                  "Motion Designer", "Content Designer", "Illustrator"],
}
INDUSTRY = {
    "takehome": ("tech", "games"), "portfolio": ("design", "media", "games", "arts"),
    "acreport": ("finance", "government", "consulting", "logistics", "retail", "energy", "utilities"),
}

SUBJ_REJ = ["Your application – {r}", "Update on your {r} application", "{c}: outcome of your interview",
            "Re: {r} interview", "Outcome and feedback – {r} ({q})", "Following up after your interviews",
            "{r} – decision", "Your interview with {c}", "Feedback & outcome", "RE: Next steps",
            "Application {q}: update", "Thank you for interviewing with {c}"]
SUBJ_NEXT = ["Next steps – {r}", "Feedback from round one + next stage", "{c} – moving forward 🎉",
             "Re: {r} interview", "Your {r} interview: feedback and invitation", "Stage 2 – {r} ({q})"]
SUBJ_DE = ["Ihre Bewerbung als {r}", "Rückmeldung zu Ihrem Vorstellungsgespräch", "AW: Feedback zum Gespräch"]
SUBJ_FR = ["Votre candidature – {r}", "Retour sur votre entretien", "RE: Retour entretien {r}"]
SUBJ_ES = ["Tu candidatura – {r}", "Resultado de tu entrevista", "RE: Feedback entrevista {r}"]

REQ_TEXT = {
    "en": ["Thanks for letting me know about the {r} role. Would you be willing to share any feedback from the interviews? It would really help me prepare for future ones.",
           "Sorry to hear it, but thanks for the update. If there's anything the panel felt I could improve on I'd really appreciate hearing it.",
           "Thank you for the update. Could you tell me which areas I was weakest in?"],
    "de": ["Vielen Dank für Ihre Rückmeldung. Wäre es möglich, ein kurzes Feedback zum Gespräch zu bekommen?"],
    "fr": ["Merci pour votre retour. Serait-il possible d'avoir quelques éléments de feedback sur mon entretien ?"],
    "es": ["Gracias por avisarme. ¿Podríais darme algo de feedback sobre la entrevista para mejorar?"],
}

NOFB_LINES = ["The field was unusually strong and the decision came down to fine margins.",
              "We received a very large number of applications and could only take a few forward.",
              "We had many strong candidates at this stage.",
              "Because of the number of applicants we're unable to give individual feedback at this stage.",
              "I'm sorry I can't be more specific.", ""]


def _roles(lang: str) -> list[str]:
    return {"en": W.ROLES, "de": W.ROLES_DE, "fr": W.ROLES_FR, "es": W.ROLES_ES}[lang]


def one(rng: random.Random, fam: str, n: int, shape: str, mode: str, lang: str = "en") -> dict:
    kinds = INDUSTRY.get(shape)
    if lang != "en":
        tldmap = {"de": ("de", "at", "ch"), "fr": ("fr",), "es": ("es", "mx", "cl")}[lang]
        pool = [c for c in W.COMPANIES if c[2] in tldmap]
        company, _ind, tld = rng.choice(pool)
        _ind = "any" if _ind not in ("finance", "tech", "law", "consulting") else _ind
    else:
        company, _ind, tld = W.employer(rng, kinds)
    r = rng.choice(SHAPE_ROLES.get(shape, []) or _roles(lang)) if lang == "en" else rng.choice(_roles(lang))
    cand, caddr = W.candidate(rng)
    fname, faddr, sig = W.sender(rng, company, tld, lang)
    q = W.req_no(rng)
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    paras: list[str] = []
    if mode == "reply":
        paras.append(rng.choice({"en": ["Thanks for asking, and sorry for the slow reply.", "Of course, happy to.",
                                        "Good question, and thanks for taking it so well.", "Sure. I checked with the panel first."],
                                 "de": ["Gern, hier ein paar Punkte."], "fr": ["Bien sûr, avec plaisir."],
                                 "es": ["Claro, con gusto."]}[lang]))
    if mode in ("rej", "rejonly", "praiseonly"):
        labels.append("rejection")
        paras.append(rng.choice({"en": ["Thank you for interviewing with us for the {r} role.", "Thanks again for the time you gave us over the last few weeks.",
                                        "I wanted to get back to you about {r}.", ""],
                                 "de": ["vielen Dank für Ihr Interesse an der Position {r}."],
                                 "fr": ["merci pour l'intérêt que vous portez au poste de {r}."],
                                 "es": ["gracias por tu interés en el puesto de {r}."]}[lang]).format(r=r))
        paras.append(rng.choice(F.DECISION[lang]).format(r=r))
        if rng.random() < .35 and lang == "en":
            reason = rng.choice(sorted(F.OC_EN) if mode == "rejonly" else ["closer_fit", "level_mismatch", "role_filled"])
            oc.append(reason)
            paras[-1] += " " + rng.choice(F.OC_EN[reason])
    if mode == "next":
        paras.append(rng.choice(["Thanks for the first interview last week.", "Thank you for completing the technical task.",
                                 "Quick update after your first conversation with us.", ""]))
        paras.append(rng.choice(["The team would like to take you forward.", "We'd like to continue with you.",
                                 "Overall it was positive enough to go to the next stage."]))
    if mode in ("rej", "reply", "next"):
        labels.append("feedback")
        k = rng.choice([1, 1, 2, 2, 2, 3]) if shape not in ("scorecard", "strengths", "acreport") else rng.choice([1, 2, 2, 3])
        pool = SHAPE_TOPICS.get(shape)
        weak, topics = _weak_sentences(rng, lang, pool, k, _ind)
        if shape in ("hmcandid", "panelsays", "scorecard") and rng.random() < .5 and lang == "en":
            paras.append(rng.choice(F.FB_INTRO_EN))
        paras.append(fb_block(rng, shape if lang == "en" else "intl", lang, weak, topics, r))
        if mode == "next":
            paras.append(rng.choice(["Please see this as something to prepare for rather than a concern.",
                                     "The next round will dig into this, so it's worth preparing.", ""]))
    if mode == "praiseonly":
        labels.append("feedback")
        paras.append(" ".join(rng.sample(F.PRAISE_EN, 2)) + rng.choice([" It genuinely came down to one other person.",
                                                                        " There was nothing we'd point to as a weakness.", ""]))
    if mode == "rejonly":
        paras.append(rng.choice(NOFB_LINES))
    if mode == "next":
        labels.append("interview_invite")
        paras.append(rng.choice(F.INVITE_NEXT[lang]).format(d="careers." + W.slug(company)[:14] + ".com", k=rng.randint(1000, 99999),
                                                         h=rng.choice(["Engineering", "Product", "Design", "Finance", "Operations"]),
                                                         s=W.a_slot(rng)))
    if mode != "next":
        paras.append(rng.choice(F.CLOSE[lang]))
    body = W.letter(rng, lang, cand, paras, sig, company, tld)
    if mode == "reply":
        body += "\n\n" + W.quote(rng, lang, rng.choice(REQ_TEXT[lang]).format(r=r) + f"\n\n{cand.split()[0]}", cand, caddr)
        subj = rng.choice({"en": ["Re: Feedback on my interview", "RE: {r} – feedback?", "Re: Your application – {r}",
                                  "Re: Interview feedback request"],
                           "de": ["AW: Feedback zum Gespräch"], "fr": ["RE: Retour entretien {r}"],
                           "es": ["RE: Feedback entrevista {r}"]}[lang])
    elif lang == "en":
        subj = rng.choice(SUBJ_NEXT if mode == "next" else SUBJ_REJ)
    else:
        subj = rng.choice({"de": SUBJ_DE, "fr": SUBJ_FR, "es": SUBJ_ES}[lang])
    subj = W.subj_prefix(rng, subj.format(r=r, c=company, q=q))
    return W.record(fam, n, lang=lang, from_name=fname, from_addr=faddr, to_addr=caddr, subject=subj, body=body,
                    labels=labels, company=company, topics=topics, oc=oc, html_mode=W.html_mode(rng, .06, .15),
                    rng=rng, brand=company)


OFFER_OPEN = ["I'm thrilled to offer you the {r} role at {c}.", "We'd like to extend an offer for {r} - congratulations!",
              "Great news: the panel agreed and we're offering you the {r} position.",
              "Following the final round, we're delighted to make you an offer to join as {r}."]
OFFER_TERMS = ["Formal paperwork will follow from HR; headline terms are a salary of {sal} and {hol} days' leave.",
               "The written offer with full terms is attached. We'd love an answer by {dt}.",
               "Salary is {sal}; we're flexible on the start date."]
GROW = ["Since you asked how it went: {p} The one area the panel flagged for your first months is that {w}, and we'll pair you with a mentor on it.",
        "Some feedback to take with you: {p} That said, {w}; your manager will help you build that up.",
        "For transparency, the debrief was very positive. {p} The only reservation was that {w}."]


def offer_fb(rng: random.Random, fam: str, n: int) -> dict:
    company, ind, tld = W.employer(rng)
    r = rng.choice(W.ROLES)
    cand, caddr = W.candidate(rng)
    fname, faddr, sig = W.sender(rng, company, tld)
    weak, topics = F.weak_lines(rng, "en", 1, ind)
    f = dict(r=r, c=company, sal=rng.choice(["£58,000", "€66,500", "$132,000", "£44,000"]), hol=rng.choice([25, 27, 30]),
             dt=W.a_date(rng))
    paras = [rng.choice(OFFER_OPEN).format(**f), rng.choice(OFFER_TERMS).format(**f),
             rng.choice(GROW).format(p=rng.choice(F.PRAISE_EN), w=weak[0]), rng.choice(["We can't wait to work with you.", "Any questions, just call me.", ""])]
    body = W.letter(rng, "en", cand, paras, sig, company, tld)
    subj = rng.choice(["Your offer – {r}", "Offer + a bit of feedback", "Welcome aboard? Offer for {r}", "{c}: offer of employment"]).format(**f)
    return W.record(fam, n, from_name=fname, from_addr=faddr, to_addr=caddr, subject=subj, body=body,
                    labels=["offer", "feedback"], company=company, topics=topics, html_mode=W.html_mode(rng), rng=rng, brand=company)


PLAN = [  # shape, count, mode weights (rej, reply, next, rejonly, praiseonly)
    ("scorecard", 20, (10, 6, 4, 0, 0)),
    ("strengths", 20, (10, 5, 4, 2, 1)),
    ("hmcandid", 22, (10, 5, 3, 3, 1)),
    ("panelsays", 22, (10, 5, 4, 4, 1)),
    ("acreport", 18, (10, 3, 4, 1, 0)),
    ("takehome", 20, (9, 4, 5, 2, 0)),
    ("portfolio", 18, (9, 4, 3, 2, 0)),
    ("presentation", 18, (9, 3, 4, 2, 0)),
]
MODES = ["rej", "reply", "next", "rejonly", "praiseonly"]


def generate(rng: random.Random) -> Iterable[dict]:
    for shape, count, weights in PLAN:
        fam = f"{FAMILY_PREFIX}-{shape}"
        for n in range(1, count + 1):
            mode = rng.choices(MODES, weights=weights)[0]
            yield one(rng, fam, n, shape, mode)
    for n in range(1, 11):
        yield offer_fb(rng, f"{FAMILY_PREFIX}-offerfb", n)
    for lang, count in (("de", 12), ("fr", 11), ("es", 11)):
        fam = f"{FAMILY_PREFIX}-intl{lang}"
        for n in range(1, count + 1):
            mode = rng.choices(["rej", "reply", "next", "rejonly"], weights=(6, 3, 2, 1))[0]
            yield one(rng, fam, n, "intl", mode, lang)
