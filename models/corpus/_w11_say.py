"""What w11 employers say: sentence banks per message meaning, with the labels each meaning carries.

Every ``say_*`` function takes ``(rng, ctx)`` and returns a dict with ``core`` (list of paragraphs),
``subj`` (subject without reply prefix), ``labels``, ``topics``, ``oc`` and optionally ``tail``
(quoted history appended after the signature) and ``reply`` (True when the subject is a reply).
``ctx`` carries sector, org, role, cand, who (the writer), ref, panel, step, material.
"""

from __future__ import annotations

import importlib
import random
import re


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w11_kit")
pick, fill, maybe = K.pick, K.fill, K.maybe


def f(rng: random.Random, ctx: dict, bank: list[str]) -> str:
    text = pick(rng, bank)
    while text.count("{date}") > 1:  # two different days when a sentence offers a choice
        text = text.replace("{date}", K.date_str(rng), 1)
    return _sent_caps(fill(text, role=ctx["role"], org=ctx["org"], panel=ctx["panel"], step=ctx["step"],
                material=ctx["material"], ref=ctx["ref"], date=K.date_str(rng), time=K.time_str(rng),
                first=ctx["cand"]["first"], test=ctx["test"], link=ctx["link"], short=ctx["short"]))


def _sent_caps(text: str) -> str:
    """Capitalise a sentence that starts with a filled-in slot such as "the panel"."""
    return re.sub(r"([.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def out(core, subj, labels=(), topics=(), oc=(), tail="", reply=False) -> dict:
    return {"core": [c for c in core if c], "subj": subj, "labels": list(labels), "topics": list(topics),
            "oc": list(oc), "tail": tail, "reply": reply}


# ================================================================ acknowledgements
ACK_OPEN = [
    "Thank you for applying for the post of {role} ({ref}). This is to confirm that we have received your application.",
    "We write to acknowledge receipt of your application for {role}.",
    "Your application for {role} at {org} has reached us safely.",
    "Thanks for sending in your application for the {role} role — it's arrived and is logged against vacancy {ref}.",
    "This message confirms that your application (vacancy {ref}, {role}) was submitted successfully on {date}.",
    "Many thanks for your interest in joining {org} as {role}. I can confirm your application is with us.",
    "Just a quick note to say your {material} for the {role} post came through fine.",
    "We have received your application for the above position and would like to thank you for the time you put into it.",
    "Your submission for {role} has been recorded. Reference: {ref}.",
    "Got your application for {role}, thank you! It's in the pile for the panel.",
]
ACK_NEXT = [
    "The closing date is {date}. Shortlisting will take place shortly afterwards and {panel} expects to contact shortlisted candidates within three weeks.",
    "Because of the number of applications we receive, we may not be able to contact every applicant individually; if you have not heard from us within six weeks of the closing date, please assume that you have not been shortlisted on this occasion.",
    "{panel} will review all applications against the essential and desirable criteria in the person specification after the deadline.",
    "You can follow the progress of your application at any time by logging into your candidate account.",
    "Interviews are provisionally planned for the week beginning {date}.",
    "We read every application ourselves, so it may take us a little while to get back to you.",
    "If you need any adjustments during the process, please let us know by replying to this email.",
    "There is nothing further you need to do at this stage.",
    "We aim to let everyone know the outcome of shortlisting by {date}.",
    "Please keep your reference number handy if you get in touch.",
]
ACK_SUBJ = ["Application received: {role}", "Your application – {role} ({ref})", "Thank you for your application",
            "{ref} – acknowledgement of application", "Application confirmation | {short}", "We've got your application",
            "Receipt of application: {role}", "Your application to {short}", "Confirmation: application submitted"]


def say_ack(rng, ctx):
    core = [f(rng, ctx, ACK_OPEN)]
    for _ in range(rng.randint(1, 3)):
        s = f(rng, ctx, ACK_NEXT)
        if s not in core:
            core.append(s)
    return out(core, f(rng, ctx, ACK_SUBJ), ["application_ack"])


ACKINV_MID = [
    "As the next step we invite you to complete {test}. Please use the link below and finish it by {date}: {link}",
    "All applicants who meet the minimum requirements are now invited to sit {test}. You'll find your personal access link here: {link} — it stays open until {date}, {time}.",
    "Before shortlisting, we'd like you to take {test}. It takes about 45 minutes. Start it here when you're ready: {link}",
    "Your application has passed the eligibility screening and you are invited to the next stage, {test}. The test window opens on {date}; your link: {link}",
    "We'd also like to invite you to {test}, which forms part of the assessment for this post. Deadline: {date}. Link: {link}",
]


def say_ack_invite(rng, ctx):
    core = [f(rng, ctx, ACK_OPEN), f(rng, ctx, ACKINV_MID),
            maybe(rng, 0.5, f(rng, ctx, ["If the link does not work, copy it into a different browser.",
                                         "Reasonable adjustments (extra time, screen reader) are available — just ask.",
                                         "Please complete the task on your own and without outside help.",
                                         "Results will be reviewed by {panel} and we'll come back to you after the deadline."]))]
    subj = f(rng, ctx, ["Application received – next step: {test}", "{role}: application received and assessment invitation",
                        "Invitation to assessment – {ref}", "Your application and the next stage", "Action required: {role} test"])
    return out(core, subj, ["application_ack", "interview_invite"])


# ================================================================ invitations
INV_OPEN = [
    "I am pleased to let you know that you have been shortlisted for the post of {role}.",
    "Following shortlisting, {panel} would like to invite you to the next stage for {role}.",
    "Thank you for your application for {role}. We enjoyed reading it and would like to meet you.",
    "Good news: you've made the shortlist for {role}!",
    "We'd love to take your application for {role} further.",
    "On behalf of {panel}, I'd like to invite you to interview for the {role} position at {org}.",
    "Your application really stood out and we would like to invite you to interview.",
    "I'm writing from {org} about the {role} vacancy. We'd like to have you in.",
]
INV_STEP = [
    "The next stage will be {step}, on {date} at {time}.",
    "This will take the form of {step}. We are holding interviews on {date}; your slot is {time}.",
    "It'll be {step} — could you do {date}, {time}? If not, suggest a couple of alternatives.",
    "We are planning {step} and would like to offer you {date} at {time} (UK time).",
    "The format is {step}. Please choose a slot that suits you here: {link}",
    "We're running {step} over the coming fortnight. Pick any free slot from this page: {link}",
    "The stage involves {step}; the panel is free on {date} in the morning or {date} after lunch.",
]
INV_PREP_GEN = [
    "No need to prepare anything in particular — it's a conversation.",
    "We will reimburse reasonable travel costs (standard-class rail) on receipt of tickets.",
    "The interview will be held on Teams; a link will follow once you confirm.",
    "Please bring photo ID and the originals of your qualification certificates.",
    "Let us know if you need any adjustments — step-free access, extra time, a quiet room — and we'll arrange it.",
    "Our building is a short walk from the station; ask at reception for {panel}.",
    "Please reply by {date} to confirm whether you can attend.",
    "You'll meet {panel} and a couple of people from the wider team.",
    "Expect it to last about an hour.",
]
INV_PREP = {
    "academia": ["For the presentation, please speak for no more than 15 minutes on 'Where will your research be in five years, and how would it fit here?'.",
                 "Please prepare a 10-minute teaching session pitched at first-year undergraduates.",
                 "The job talk is open to the whole department; allow ten minutes for questions."],
    "research": ["Please prepare a short talk (15 minutes, no more than 10 slides) on your most recent project.",
                 "The coding exercise uses Python; bring a laptop or use one of ours.",
                 "You'll get a tour of the facility afterwards."],
    "museum": ["Please prepare a ten-minute presentation on an object from our online collection.",
               "Gloves will be provided for the handling exercise."],
    "publishing": ["The editing test takes about an hour and will be done in the office.",
                   "Please come with two ideas for titles you'd like to see on our list."],
    "news": ["Bring three story ideas for our patch.", "The writing test is done under time pressure, just like a real shift."],
    "screen": ["Bring two or three projects you are proud of; we'd rather hear about the process than see polished renders.",
               "The art test brief is attached; it's paid at our standard day rate."],
    "design": ["Bring your portfolio, printed or on a tablet — whatever you're comfortable with.",
               "Please choose two projects and be ready to talk us through your role in each."],
    "ngo": ["The test is open-book; you may use any references you would use at work.",
            "The interview will follow the competency framework published with the vacancy."],
    "sport": ["Bring your boots — the practical session is on the grass.", "Please prepare a short analysis of one of our recent matches."],
    "music": ["The audition repertoire is attached; please prepare the excerpts marked with an asterisk.",
              "A piano accompanist will be provided.", "Warm-up rooms are available from 9.30."],
}
INV_SUBJ = ["Invitation to interview: {role}", "Shortlisted – {role} ({ref})", "{short}: interview invitation",
            "Next steps for your application", "Interview and presentation – {role}", "Would you be free on {date}?",
            "Invitation – {role} – {ref}", "Your application: we'd like to meet you", "Shortlist: {role}"]


def say_invite(rng, ctx):
    core = [f(rng, ctx, INV_OPEN), f(rng, ctx, INV_STEP)]
    pool = INV_PREP_GEN + INV_PREP[ctx["sector"]] * 2
    for s in rng.sample(pool, rng.randint(0, 3)):
        if s not in core:
            core.append(fill(s, date=K.date_str(rng), panel=ctx["panel"]))
    return out(core, f(rng, ctx, INV_SUBJ), ["interview_invite"])


RESCHED = [
    "I'm very sorry, but one of the panel members is now unavailable on the day we agreed. Could we move your interview to {date} at {time} instead?",
    "Due to a strike on the railways we have had to postpone all interviews for {role}. We'd like to offer you a new slot: {date}, {time}.",
    "The job talks have been moved because the lecture theatre is being refurbished. Your new date is {date}, {time} — does that work?",
    "We need to rearrange your interview. Please use this link to choose a new time: {link}",
]


def say_reschedule(rng, ctx):
    core = [f(rng, ctx, RESCHED), f(rng, ctx, ["Apologies for the inconvenience.", "Thank you for your flexibility.",
                                               "Everything else stays the same.", "Sorry for the shuffle!"])]
    return out(core, f(rng, ctx, ["Change of date: {role} interview", "Rescheduling your interview", "New time for your interview",
                                  "Interview moved – {ref}"]), ["interview_invite"], reply=rng.random() < 0.4)


# ================================================================ rejections
REJ_THANKS_PRE = [
    "Thank you for applying for {role} and for the care you put into your {material}.",
    "Thank you for your interest in the {role} post at {org}.",
    "I am writing about your application for {role} ({ref}).",
    "Many thanks for your patience while we completed shortlisting.",
    "Thank you for sending us your {material}.",
]
REJ_THANKS_POST = [
    "Thank you for coming to see us last week, and for your presentation.",
    "Many thanks for your patience while {panel} reached a decision.",
    "Thanks so much for your time over the last few weeks.",
    "Thank you for attending {step}.",
    "Thanks again for making the trip on {date}.",
    "Thank you for the time you gave us during the interviews.",
]
REJ_THANKS = REJ_THANKS_PRE + REJ_THANKS_POST
REJ_CORE_PRE = [
    "I regret to inform you that on this occasion you have not been shortlisted for interview.",
    "After careful consideration, {panel} has decided not to take your application further.",
    "Unfortunately you have not been successful on this occasion.",
    "{panel} will not be progressing your candidacy to the next stage.",
    "We've decided not to move forward with your application.",
    "We have decided to pass on your application for now.",
    "I'm afraid you haven't made it through to the interview stage this time.",
    "Your application was considered carefully, but it has not been selected for the shortlist.",
]
REJ_CORE_POST = [
    "I'm sorry to say that we won't be offering you the position.",
    "We have now completed the selection process and I'm afraid your application was not successful.",
    "I'm afraid it's not good news this time.",
    "It was a close decision, but we will not be offering you the role.",
    "Regrettably, we are unable to offer you an appointment.",
    "I'm sorry to tell you that we won't be inviting you back for the second round.",
    "{panel} met yesterday and decided to offer the post to another candidate.",
    "After a lot of discussion we have decided not to take your candidacy further.",
]
REJ_CORE = REJ_CORE_PRE + REJ_CORE_POST
REJ_SOFT = [
    "We were genuinely impressed by your work, and this was not an easy decision.",
    "The field was very strong — we received more than {n} applications.",
    "Please don't read this as a judgement of your ability; the shortlist was extremely competitive.",
    "I know this is disappointing news after everything you put in.",
    "We appreciate the time and thought you gave to the process.",
    "",
    "",
]
REJ_CLOSE = [
    "We wish you every success in your career.",
    "I hope our paths cross again — do keep an eye on our vacancies page.",
    "Good luck with your search; I'm sure something excellent will come along.",
    "We hope you will consider applying for future posts at {org}.",
    "Thank you again, and all the best for the future.",
    "If another suitable role comes up, we'd be happy to hear from you.",
]
REASONS = {
    "role_filled": [
        "The post has now been filled.",
        "We have offered the position to another candidate, who has accepted.",
        "An appointment has now been made.",
        "We've now hired for this role.",
        "The vacancy was filled by an internal candidate.",
        "The position has been filled, so we're closing the remaining applications.",
    ],
    "budget_freeze": [
        "Since the advert went out, a recruitment freeze has been introduced and the post cannot be funded at present.",
        "Our grant was cut in the latest funding round, so we can no longer support this position.",
        "Following a review of our budget for next year, we are pausing all new appointments.",
        "The latest public funding settlement means we have had to freeze hiring for the rest of the year.",
        "The donor funding that was to cover this post has not been confirmed, so recruitment is on hold.",
    ],
    "closer_fit": [
        "We have appointed a candidate whose work aligns more closely with the team's current priorities.",
        "We decided to move forward with an applicant whose experience more closely matched the essential criteria.",
        "Another candidate's background was a closer match for the particular needs of the team.",
        "In the end we chose someone whose {material} fitted our direction more closely.",
        "We selected candidates whose profiles better matched the specific requirements of the post.",
    ],
    "level_mismatch": [
        "After the interviews we concluded that the post needs someone with several more years of experience.",
        "We have decided to appoint at a more senior level than originally advertised.",
        "On reflection the role needs someone earlier in their career, and we felt you would find it too junior.",
        "We are looking for someone who has already held a senior post of this kind.",
        "The panel felt your experience sits above the grade of this position.",
    ],
    "role_cancelled": [
        "The post has been withdrawn following an internal restructure.",
        "{project} has been cancelled, so the role no longer exists.",
        "{project} has been postponed indefinitely and we will not be making an appointment.",
        "Funding for {project} was not renewed, and the vacancy has been withdrawn.",
        "We have decided not to fill the position after all.",
    ],
}
REJ_SUBJ = ["Your application for {role}", "Outcome of your application – {ref}", "{role}: update on your application",
            "Update from {short}", "Application outcome", "{ref} – {role}", "Regarding your application",
            "Your interview for {role}", "Following up on your audition", "{short} – {role} – decision"]


def _reasons(rng, allow=True):
    if not allow or rng.random() < 0.45:
        return [], []
    k = pick(rng, list(REASONS))
    keys = [k]
    if rng.random() < 0.15:
        k2 = pick(rng, list(REASONS))
        if k2 != k and {k, k2} != {"role_filled", "role_cancelled"}:
            keys.append(k2)
    return keys, [pick(rng, REASONS[x]) for x in keys]


PROJECT = {"academia": "the new degree programme", "research": "the project", "museum": "the exhibition",
           "publishing": "the new imprint", "news": "the new regional edition", "screen": "the production",
           "design": "the project", "ngo": "the programme", "sport": "the academy programme", "music": "the touring season"}


def say_reject(rng, ctx, reasons=True, post=None):
    oc, sents = _reasons(rng, reasons)
    sents = [fill(x, project=PROJECT[ctx["sector"]], material=ctx["material"]) for x in sents]
    sents = [x[:1].upper() + x[1:] for x in sents]
    post = rng.random() < 0.5 if post is None else post
    core = [maybe(rng, 0.8, f(rng, ctx, REJ_THANKS_POST if post else REJ_THANKS_PRE)),
            f(rng, ctx, REJ_CORE_POST if post else REJ_CORE_PRE)]
    core.extend(sents)
    soft = fill(pick(rng, REJ_SOFT), n=str(rng.randint(40, 400)))
    if soft:
        core.insert(rng.randint(1, len(core)), soft)
    core.append(f(rng, ctx, REJ_CLOSE))
    return out(core, f(rng, ctx, REJ_SUBJ), ["rejection"], oc=oc)


RESERVE_REJ = [
    "While you were found suitable for the post, the selected candidate ranked higher, and you will not be appointed to this position. Your name has been placed on the reserve list for twelve months, from which similar posts may be filled.",
    "The panel has recommended another candidate for appointment, so we will not be proceeding with your candidacy for this vacancy. We have, however, added you to our reserve list for the coming year.",
    "I'm afraid we will not be offering you this post. You came a close second, and with your permission we will keep you on our reserve list in case a similar role opens up before {date}.",
]


def say_reserve_reject(rng, ctx):
    core = [maybe(rng, 0.7, f(rng, ctx, REJ_THANKS)), f(rng, ctx, RESERVE_REJ),
            f(rng, ctx, ["Being on the reserve list does not guarantee a future offer.",
                         "Inclusion on the reserve list is not an offer of employment.", "We will contact you if anything suitable arises.",
                         "You do not need to reapply for posts filled from the list."])]
    oc = []  # a ranking or a recommendation is not yet a filled post
    return out(core, f(rng, ctx, ["Outcome: {role} ({ref})", "Selection outcome and reserve list", "Your candidacy – {ref}"]),
               ["rejection"], oc=oc)


CANCEL_ITV = [
    ("I'm sorry to cancel at such short notice, but the post has now been filled and we will not be holding the remaining interviews on {date}.", "role_filled"),
    ("I'm afraid we have to cancel your interview: the post has been withdrawn following a restructure.", "role_cancelled"),
    ("Unfortunately the funding for the project has been pulled and the vacancy is cancelled, so the interview will not go ahead.", "role_cancelled"),
    ("We've had to call off the remaining interviews — the position was filled from an earlier round before your date.", "role_filled"),
]


def say_cancel_filled(rng, ctx):
    s, why = pick(rng, CANCEL_ITV)
    core = [fill(s, date=K.date_str(rng)), f(rng, ctx, ["I do apologise for the inconvenience and for any preparation you had already done.",
                                                           "Thank you for your understanding, and I'm sorry this is not better news.",
                                                           "If you have booked travel, send us the receipts and we'll reimburse you."])]
    return out(core, f(rng, ctx, ["Interview cancelled – {role}", "Cancellation: interview on {date}", "{role} – important update"]),
               ["rejection"], oc=[why], reply=rng.random() < 0.3)


# ================================================================ feedback
WEAK = {
    "coding": [
        "the code you submitted for the exercise worked, but it was hard to follow and came without any tests",
        "in the pairing session you got stuck on the file-parsing part and the solution wasn't finished",
        "your take-home analysis script was more tangled than we'd hoped, with single functions doing three or four jobs",
        "the scripting task suggested some gaps in writing clean, maintainable code",
        "when we walked through your code there were a couple of bugs you didn't spot yourself",
        "the R exercise contained errors in the data-cleaning step that changed the results",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the pipeline would cope once the data grew tenfold",
        "when we asked how you'd structure a cataloguing system for a million records, your answer stayed at the level of single screens",
        "the architecture discussion for the analysis platform never really got to storage, scaling or what happens when a node fails",
        "your plan for the digital collections platform didn't address how the different parts would talk to each other",
        "the design question about the multiplayer back end needed more thought about load and latency",
    ],
    "technical_depth": [
        "when the panel pressed on your methodology, the answers stayed close to what was in the abstract",
        "the statistical side of the proposal felt underdeveloped for a post with this much quantitative work",
        "follow-up questions on conservation chemistry showed some gaps in the underlying science",
        "the technical questions about camera and edit workflow revealed less hands-on depth than we need",
        "we weren't convinced you know the theoretical literature in this area as deeply as the other finalists",
        "some of your answers on acoustics and signal flow were a little vague",
    ],
    "behavioural": [
        "the examples you gave when we asked about handling a difficult colleague were quite general",
        "the competency questions needed specific situations — what you did and what came of it — and several answers stayed hypothetical",
        "your answers to the scenario questions tended to describe what one ought to do rather than what you had actually done",
        "in the competency-based section, a number of your examples lacked a clear outcome",
        "when asked about a time a project went wrong, the story didn't really show what you learned",
    ],
    "communication": [
        "the presentation ran over and the central argument got lost in the detail",
        "the teaching demonstration was pitched well above the level of first-year students",
        "some answers were long, and the panel found it hard to follow the thread",
        "the job talk was dense; the non-specialists in the room struggled to keep up",
        "your writing sample needed tighter editing — the key point only arrived in the last paragraph",
        "the pitch to the commissioning panel could have been much crisper",
    ],
    "questions_to_ask": [
        "when we invited your questions at the end you didn't have any, which left us unsure how interested you were",
        "we were a little surprised you had no questions about the department or its students",
        "asking us something about the work or the team would have shown more curiosity about the role",
        "you didn't ask anything about the club or the squad, which some of the panel noticed",
    ],
    "composure": [
        "you seemed thrown when the chair challenged your reading of the sources",
        "nerves seemed to get the better of you in the second round",
        "under the time pressure of the trial shift, things started to slip",
        "when the projector failed you understandably lost your rhythm, and it did affect the talk",
        "you appeared flustered by the more pointed questions from the external member",
    ],
    "experience_level": [
        "the panel felt you don't yet have enough experience of independent grant writing for a post at this grade",
        "your record of first-author publications is still a little thin for this level",
        "we need someone who has already run a small team, and your experience there is limited so far",
        "you haven't yet managed a budget of the size this production carries",
        "you have less experience of field operations in emergency settings than the role requires",
    ],
    "collaboration": [
        "we didn't get a clear sense of how you work with others in a small team",
        "your answers focused on your own projects and said little about how you'd contribute to shared work in the group",
        "the panel had some doubts about how you'd collaborate with the design and conservation teams",
        "we'd have liked to hear more about working across departments, which is a big part of this job",
    ],
    "cv_positioning": [
        "your {material} didn't make clear how your work connects to the department's priorities",
        "the portfolio leaned heavily on personal pieces and showed little of the client work you talked about",
        "the application didn't speak to the essential criteria directly, which made it hard to score",
        "your CV undersold the curatorial work you described so well at interview",
        "the showreel was too long — your strongest shots only arrived near the end",
        "the cover letter read as if written for a different kind of organisation",
    ],
}
PRAISE = [
    "The panel really enjoyed meeting you and your enthusiasm for the work came through.",
    "Your {material} was excellent, and several of us said so.",
    "Everyone agreed you were a pleasure to talk to.",
    "Your answers on outreach and public engagement were a real highlight.",
    "There was a lot to like in your application.",
    "You clearly know your field, and it showed.",
    "Your ideas for the first year in post were genuinely exciting.",
]
PRAISE_BY_SECTOR = {
    "music": ["Technically you played beautifully in the first round."],
    "publishing": ["The editing test was very clean."],
    "academia": ["Your research is clearly excellent and several of us would love to read the book when it's out."],
    "design": ["Your portfolio was one of the most interesting we saw."],
    "screen": ["Your portfolio was one of the most interesting we saw.", "The art test was lovely work."],
}
FB_INTRO = [
    "Some notes from the panel, in case they are useful:",
    "You asked for feedback, so here is an honest summary.",
    "I've gathered the panel's comments below.",
    "I promised to pass on some feedback, so:",
    "If it helps for future applications, the main points raised were these.",
    "",
]
FB_LINK_PLAIN = ["The main concern was that {w}.", "First, {w}.", "Mainly, {w}.", "The panel noted that {w}.",
                 "The clearest gap was that {w}.", "In short, {w}."]
FB_LINK = ["However, {w}.", "That said, {w}.", "Where you fell short of the successful candidate was that {w}.",
           "The main concern was that {w}.", "The panel also noted that {w}.", "On the other hand, {w}.",
           "One thing to work on: {w}.", "Honestly, {w}.", "The other point raised was that {w}."]


PRE_TOPICS = ["cv_positioning", "experience_level"]
PRAISE_PRE = [
    "Your {material} was well written and clearly argued.",
    "The panel liked the range of your experience.",
    "You came close to the shortlist.",
    "Your enthusiasm for {org} came through clearly.",
]


def feedback_block(rng, ctx, n_topics=None, post=True):
    """Return (paragraph, topics) with praise and one to three weaknesses."""
    pool = list(WEAK) if post else PRE_TOPICS
    techy = ctx["sector"] in ("research", "screen") and any(k in ctx["role"] for k in (
        "Software", "Programmer", "Technical", "Bioinformatician", "Data", "Computational")) or any(
        k in ctx["role"] for k in ("Data Journalist", "Computational", "Music Technology", "Digital Collections"))
    if not techy:
        pool = [t for t in pool if t not in ("coding", "system_design")]
    k = n_topics if n_topics is not None else pick(rng, [1, 1, 2, 2, 2, 3])
    topics = rng.sample(pool, min(k, len(pool))) if k else []
    if k and techy and post and not ({"coding", "system_design"} & set(topics)) and rng.random() < 0.75:
        topics[0] = pick(rng, ["coding", "system_design", "system_design"])
    parts = []
    intro = pick(rng, FB_INTRO)
    if intro:
        parts.append(intro)
    praised = rng.random() < 0.7 or not topics
    if praised:
        parts.append(fill(pick(rng, (PRAISE + PRAISE_BY_SECTOR.get(ctx["sector"], [])) if post else PRAISE_PRE),
                          material=ctx["material"], org=ctx["org"]))
    for i, t in enumerate(topics):
        w = fill(pick(rng, WEAK[t]), material=ctx["material"])
        links = FB_LINK if praised or i else FB_LINK_PLAIN
        parts.append(fill(pick(rng, links), w=w))
    if rng.random() < 0.4:
        parts.append(pick(rng, ["I hope this is helpful.", "None of this is fatal, and I'd encourage you to keep applying.",
                                "These are small margins.", "Happy to talk it through on the phone if you'd like."]))
    return " ".join(parts), topics


def say_reject_feedback(rng, ctx):
    post = rng.random() < 0.8
    base = say_reject(rng, ctx, post=post)
    k = 0 if rng.random() < 0.06 else None
    para, topics = feedback_block(rng, ctx, k, post)
    base["core"].insert(len(base["core"]) - 1, para)
    base["labels"] = ["rejection", "feedback"]
    base["topics"] = topics
    return base


FB_REQ_QUOTED = [
    "Thank you for letting me know. I was of course disappointed, but I'd be very grateful for any feedback on my application or interview — it would help me a great deal with future applications.",
    "Many thanks for your email. Would it be possible to receive a few words of feedback on my presentation and interview?",
    "Thanks for the update. If anyone on the panel has a moment, I'd really value knowing where I could have been stronger.",
]


def say_feedback_reply(rng, ctx):
    para, topics = feedback_block(rng, ctx, pick(rng, [1, 2, 2, 3]))
    opener = f(rng, ctx, ["Thank you for asking, and apologies for the delay in getting back to you.",
                          "Of course — I've spoken to the rest of {panel}.", "Sorry it has taken me a while to reply.",
                          "Happy to help, {first}.", "Thanks for your gracious email."])
    c = ctx["cand"]
    tail = K.quote_gmail(rng, c["full"], c["addr"], pick(rng, FB_REQ_QUOTED) + "\n\nBest wishes,\n" + c["first"])
    return out([opener, para], f(rng, ctx, ["Feedback – {role}", "{role} feedback", "Your request for feedback", "{role}"]),
               ["feedback"], topics=topics, tail=tail, reply=True)


REJ_INV = [
    "Although we won't be taking your application for {role} further, the panel thought you'd be a strong fit for the {role2} post we are advertising now, and we'd like to invite you to interview for that instead on {date}.",
    "You weren't shortlisted for {role}, I'm afraid — but {panel} asked me to invite you to interview for {role2}, which closes next week. Could you do {date} at {time}?",
    "We have decided not to proceed with your application for {role}. We would, however, very much like to talk to you about {role2}. Please book a slot for a first conversation here: {link}",
]


def say_reject_other_invite(rng, ctx):
    role2 = pick(rng, [r for r in K.ROLES[ctx["sector"]] if r != ctx["role"]])
    core = [maybe(rng, 0.6, f(rng, ctx, REJ_THANKS)), fill(f(rng, ctx, REJ_INV), role2=role2),
            f(rng, ctx, ["Let me know if you're interested.", "No need to send a new application.", "I hope you'll say yes!"])]
    return out(core, f(rng, ctx, ["Your application – and another role", "{role} – and an invitation", "Update and interview invitation"]),
               ["rejection", "interview_invite"])


# ================================================================ offers
OFFER_CORE = [
    "I am delighted to offer you the post of {role} at {org}.",
    "Following your interview, I'm very pleased to say that {panel} would like to offer you the position of {role}.",
    "We'd love you to join us as {role} — this email is our formal offer.",
    "It gives me great pleasure to offer you appointment to the position of {role} ({ref}).",
    "Congratulations — we'd like to offer you the {role} role!",
    "Further to our phone call this afternoon, I'm writing to confirm our offer of the {role} position.",
    "You have been selected for the post of {role}, and I am pleased to extend an offer of a fixed-term appointment.",
]
OFFER_TERMS = [
    "The appointment is fixed-term for {m} months, starting on {date}, at Grade {g}, spine point {sp}.",
    "The starting salary will be £{sal} per annum, and the contract is permanent, subject to a six-month probation period.",
    "The offer is for a {m}-month contract, with the possibility of extension subject to funding.",
    "The contract is for the full season, at the union minimum rate plus 10%.",
    "Your net base salary will be US${usd} per annum, plus post adjustment, for an initial appointment of one year.",
    "The day rate is £{dr}, for {m} weeks of pre-production and shoot.",
    "The offer is conditional on satisfactory references and proof of your right to work.",
]
OFFER_NEXT = [
    "Please let me know by {date} whether you accept.",
    "Could you confirm your acceptance by replying to this email?",
    "A formal contract will follow from HR once you've accepted.",
    "Do call me if you'd like to talk anything through before deciding.",
    "We're all really looking forward to working with you.",
    "The written statement of terms is attached; please sign and return it within ten working days.",
]


def say_offer(rng, ctx):
    terms = fill(pick(rng, OFFER_TERMS), m=str(pick(rng, [6, 12, 18, 24, 36])), g=str(rng.randint(5, 8)), sp=str(rng.randint(20, 44)),
                 sal=f"{rng.randint(24, 58)},{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}", usd=f"{rng.randint(58, 96)},{rng.randint(100, 999)}",
                 dr=str(rng.randint(180, 420)), date=K.date_str(rng))
    core = [f(rng, ctx, OFFER_CORE), maybe(rng, 0.8, terms), f(rng, ctx, OFFER_NEXT)]
    if rng.random() < 0.3:
        core.append(f(rng, ctx, OFFER_NEXT))
    subj = f(rng, ctx, ["Offer of appointment – {role}", "Offer: {role}", "Good news from {short}", "{ref}: offer of employment",
                        "Job offer 🎉", "Your offer – {role}", "Conditional offer of employment"])
    return out(core, subj, ["offer"])


ROSTER_OFFER = [
    "You were placed on our roster after the {role} recruitment last year. A similar post has now become available, and I am pleased to offer it to you from the roster, without a further competitive process.",
]


def say_roster_offer(rng, ctx):
    core = [f(rng, ctx, ROSTER_OFFER), f(rng, ctx, OFFER_TERMS[4:5] + OFFER_TERMS[2:3]).replace("{usd}", str(rng.randint(60, 90)) + ",000")
            .replace("{m}", "12"), f(rng, ctx, OFFER_NEXT)]
    return out(core, f(rng, ctx, ["Offer of appointment from roster – {ref}", "Selection from roster: {role}"]), ["offer"])


# ================================================================ employer-side negatives
def say_status(rng, ctx):
    core = [f(rng, ctx, [
        "Just a note to say that your application for {role} is still under consideration. {panel} is meeting on {date}.",
        "We haven't forgotten you! Shortlisting for {role} is taking longer than planned because of the number of applications.",
        "Your application status has changed to: Under review.",
        "I wanted to update you: we're still interviewing for {role} and hope to reach a decision by {date}.",
        "The selection process for {ref} is ongoing. We will be in touch with all candidates once it is complete.",
        "Thank you for your patience. {panel} is still reviewing applications and no decisions have been made yet.",
        "You have been recommended by the assessment panel and your candidacy is now with the Central Review Body. Selection for this post is ongoing; no action is required from you.",
    ]), maybe(rng, 0.5, f(rng, ctx, ["We'll be in touch as soon as we can.", "Apologies for the wait.", "No action needed."]))]
    return out(core, f(rng, ctx, ["Update on {role}", "Application status update", "{ref}: status", "A quick update"]))


def say_reminder(rng, ctx):
    core = [f(rng, ctx, [
        "A reminder that your interview for {role} is tomorrow, {date}, at {time}.",
        "This is a courtesy reminder of your scheduled appointment: {step}, {date} {time}.",
        "Looking forward to seeing you on {date}! A few practical details for the day:",
        "Just confirming that we have you down for {time} on {date}. Your booking is complete.",
        "Your interview slot has been booked: {date} at {time}. You can add it to your calendar from the portal.",
        "Thanks for picking a slot — your interview is confirmed for {date}, {time}.",
    ]), f(rng, ctx, ["Please arrive ten minutes early and sign in at the main reception.",
                     "Parking is limited; the number 12 bus stops outside.", "The Teams link is unchanged.",
                     "If anything changes on your side, let us know as soon as possible.",
                     "Lunch will be provided with the students.", "Warm-up rooms are available from 9.30."])]
    return out(core, f(rng, ctx, ["Reminder: interview tomorrow", "Your interview on {date}", "Interview confirmed – {role}",
                                  "Booking confirmation", "Practical information for {date}", "Reminder – {ref}"]), reply=rng.random() < 0.3)


def say_thanks_today(rng, ctx):
    core = [f(rng, ctx, ["Thank you for coming in today — it was lovely to meet you.",
                         "Thanks for your time this afternoon, and for a really engaging talk.",
                         "Many thanks for making the journey to see us today.",
                         "Thanks for today! The students enjoyed your session."]),
            f(rng, ctx, ["We are seeing the remaining candidates this week and hope to be in touch by {date}.",
                         "{panel} will meet on {date} to make a decision.", "We'll get back to you as soon as we can.",
                         "Do send over the travel receipts when you have a minute."])]
    return out(core, f(rng, ctx, ["Thank you for today", "Today", "Thanks for coming in", "Your visit"]))


def say_incomplete(rng, ctx):
    core = [f(rng, ctx, ["You started an application for {role} but haven't submitted it yet. The vacancy closes on {date}.",
                         "Your candidate profile is 60% complete. Add your education and referees to finish it.",
                         "Your draft application for {ref} will be deleted in 7 days if it is not submitted.",
                         "We noticed your profile is missing a personal statement. Complete your profile to apply faster next time."]),
            f(rng, ctx, ["Continue here: {link}", "Log in to continue: {link}", "Finish your application"])]
    return out(core, f(rng, ctx, ["Complete your application", "Reminder: unsubmitted application", "Your profile is nearly there",
                                  "Don't forget to submit"]))


def say_onboarding(rng, ctx):
    core = [f(rng, ctx, ["Welcome to {org}! Now that you've accepted, here is the paperwork we need before your start date.",
                         "Thanks for returning your signed contract. A few forms to complete before {date}:",
                         "Great to have you on board. Your IT account will be set up for {date}; please complete the pre-employment checks below.",
                         "Following your acceptance of the {role} post, please complete your new-starter form and right-to-work check."]),
            f(rng, ctx, ["Bank details and emergency contacts: {link}", "Bring your passport on your first day for the right-to-work check.",
                         "Your induction is on {date} at {time}.", "Your staff card photo can be uploaded via the portal."])]
    return out(core, f(rng, ctx, ["Welcome – before you start", "New starter paperwork", "Pre-employment checks",
                                  "Your first day at {short}"]))


def say_cant_share(rng, ctx):
    core = [f(rng, ctx, ["Thank you for your email. I'm sorry, but because of the number of applications we are unable to provide individual feedback at the shortlisting stage.",
                         "I'm afraid our policy doesn't allow us to share the panel's notes or individual feedback.",
                         "Sorry — we had a very strong field and, with so many candidates, we simply can't give feedback to everyone.",
                         "We do not provide feedback to candidates who were not invited to interview. I appreciate that's frustrating."]),
            f(rng, ctx, ["I wish you the very best with your search.", "Thank you for understanding.", "Good luck with other applications."])]
    c = ctx["cand"]
    tail = K.quote_gmail(rng, c["full"], c["addr"], pick(rng, FB_REQ_QUOTED))
    return out(core, f(rng, ctx, ["Feedback request – {role}", "{role}", "Your email"]), tail=tail, reply=True)


def say_references(rng, ctx):
    core = [f(rng, ctx, ["Before {panel} meets, we are collecting references for all shortlisted candidates. Could you confirm your referees' current email addresses?",
                         "As part of our process we'd like to contact your referees now. Are you happy for us to do so?",
                         "Please ask your referees to upload their letters to the portal by {date}."]),
            f(rng, ctx, ["This is routine and not an indication of the outcome.", "Thank you.", "Many thanks for your help."])]
    return out(core, f(rng, ctx, ["References – {role}", "Referee details", "Reference letters: {ref}"]))


def say_closed_early(rng, ctx):
    core = [f(rng, ctx, ["You registered interest in the {role} post. I'm sorry to say it has been withdrawn before the advert went live, so applications will not open.",
                         "The {role} vacancy you were looking at has now closed to new applications; it was filled through internal redeployment before the advert went public.",
                         "Just a heads up: the {role} post you asked about has been closed before the advert was published, so there is nothing to apply for at the moment."]),
            f(rng, ctx, ["I'll let you know if anything similar comes up.", "Sign up to alerts to hear about new posts.", "Sorry about that!"])]
    return out(core, f(rng, ctx, ["{role} – vacancy closed", "Update on the {role} post", "Vacancy withdrawn"]))


NEG_EMPLOYER = [say_status, say_reminder, say_thanks_today, say_incomplete, say_onboarding, say_cant_share, say_references,
                say_closed_early]


# ================================================================ more ways of saying the same things
ACK_OPEN += [
    "Thank you — your application for {role} is safely in our system.",
    "This is an automatic confirmation that we have your application for {role} ({ref}).",
    "We are writing to let you know that your application for the {role} vacancy arrived before the deadline.",
    "Your application has been logged under reference {ref}. Thank you for applying to {org}.",
    "I just wanted to let you know personally that your application for {role} reached me.",
    "Thanks for putting yourself forward for {role}. Your papers are with us.",
    "A quick confirmation: we received your {material} for {role} today.",
    "Thank you for your application to {org}. It has been received and will be considered by {panel}.",
    "Your application for {role} was successfully submitted. A copy is available in your account.",
    "Hello from {org}! We've received your application for {role} and wanted to say thanks.",
]
ACK_NEXT += [
    "Longlisting takes place in the fortnight after the deadline; the panel then draws up a shortlist.",
    "We are a small team, so please bear with us.",
    "References will only be taken up for shortlisted candidates.",
    "You will hear from us whatever the outcome.",
    "Please check your junk folder over the coming weeks in case our emails end up there.",
    "Should your circumstances change, you can withdraw your application from your account at any time.",
    "Applications are assessed anonymously at the first stage.",
    "We expect to hold interviews in early {date}.".replace("early {date}", "the week of {date}"),
]
INV_OPEN += [
    "I'm delighted to say that {panel} would like to see you for interview.",
    "We've finished shortlisting for {role} and you are on the list.",
    "I'm pleased to invite you to the final stage of selection for {role}.",
    "Thank you for your patience. The panel met this week and would like to invite you in.",
    "Having read your {material}, we'd like to talk to you about the {role} role.",
    "Congratulations on being shortlisted for {role} ({ref}).",
    "You've been selected for the next round of the {role} recruitment.",
    "Would you have time for a conversation about the {role} role in the next couple of weeks?",
    "I'd like to invite you to take part in the next stage of the recruitment process for {role}.",
    "Your application made it through the first sift and we'd like to meet you.",
]
INV_STEP += [
    "We'd like to invite you to {step}. Would {date}, {time} suit you?",
    "The next step is {step}. We've pencilled you in for {date} at {time}; please confirm or propose another time.",
    "Please book yourself into one of the available slots for {step} here: {link}",
    "It will be {step}, held in person on {date}. Arrival time: {time}.",
    "We'd like you to come in for {step} — we have {date} or {date} available.",
    "Could you let me know your availability for {step} during the week of {date}?",
]
REJ_CORE_PRE += [
    "I'm sorry to let you know that you have not been selected for interview.",
    "Unfortunately we will not be inviting you to the next stage of the process.",
    "We have reviewed your application carefully and regret that we are not able to progress it.",
    "Sadly, your application has not been shortlisted this time.",
    "We've decided not to take you forward to interview.",
    "Your application wasn't selected for the shortlist, I'm afraid.",
]
REJ_CORE_POST += [
    "I'm afraid we've decided to go with another candidate.",
    "After much deliberation, the panel has decided not to offer you the appointment.",
    "I'm sorry — you were not selected for the post.",
    "Unfortunately the panel did not recommend you for appointment.",
    "It's a no from us this time, I'm sorry to say.",
    "We won't be taking things further on this occasion.",
]
REJ_CLOSE += [
    "Thank you once more for your interest in working with us.",
    "Please keep in touch — we advertise similar posts every year.",
    "With thanks and every good wish.",
    "I'm sorry not to be writing with better news.",
    "We hope you'll stay on our mailing list for future opportunities.",
]
OFFER_CORE += [
    "I'm very pleased to tell you that the panel has recommended you for appointment, and I would like to offer you the post of {role}.",
    "We were so impressed by you and would like you to take the {role} job.",
    "Following the audition and trial period, the orchestra would like to offer you the position.",
    "I'm writing with good news: we'd like to offer you the {role} position on the terms below.",
    "Subject to the usual checks, we are pleased to offer you the post of {role}.",
]
OFFER_NEXT += [
    "Please don't hesitate to ask if you have questions about relocation support.",
    "You'll receive an offer pack from HR with the pension and benefits details.",
    "We'd love to have you with us for the start of term.",
]
