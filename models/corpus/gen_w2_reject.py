"""English rejections (some with evaluative feedback and stated outside-control reasons), written by
an independent writer and wrapped in the shared ``w2-*`` shells. Run through build.py."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).parent))

from _w2_feedback import FB_INTRO, WEAK, WEAK_CASUAL, feedback_block  # noqa: E402
from _w2_kit import SHELLS, new_ctx, pick, record, some, wrap  # noqa: E402

FAMILY_PREFIX = "w2rej"

OPEN_APPLIED = [
    "Thank you for applying for the {role} position at {co}.",
    "Thanks for your interest in {co} and for taking the time to apply for our {role} opening.",
    "We appreciate you considering {co} for the next step in your career.",
    "Thank you for the care you put into your application for {role}.",
    "Many thanks for your recent application to the {role} role.",
    "We're grateful you thought of {co} while looking for your next role.",
    "I'm writing about your application for {role} ({job_id}).",
    "We have now reviewed your application for the {role} role.",
    "Thank you for your patience while we worked through applications for {role}.",
    "Your application for {role} has been carefully considered by the hiring team.",
    "Thanks again for sending us your CV for the {role} vacancy.",
    "I'm following up on the application you submitted for {role} a few weeks ago.",
]
OPEN_INTERVIEWED = [
    "Thank you for taking the time to speak with us about the {role} role.",
    "It was a pleasure meeting you during the interviews for {role}.",
    "Thanks for all the effort you put into the process over the past few weeks.",
    "We really enjoyed getting to know you over the last couple of rounds.",
    "Thank you for coming in to meet the team on {day}.",
    "I appreciate the time you invested in the technical exercise and the conversations that followed.",
    "Thanks for your patience while the panel compared notes after your final round.",
    "I wanted to get back to you personally after your conversations with the team.",
    "Thank you for your time on the calls with {hm} and the engineering team.",
    "Many thanks for joining us for the onsite last week.",
]
DECISION = [
    "After careful consideration, we have decided not to move forward with your application.",
    "Unfortunately, we will not be progressing your application to the next stage.",
    "We've decided to pursue other candidates for this position.",
    "On this occasion we will not be taking your application further.",
    "I'm sorry to say that we won't be offering you the role.",
    "Regrettably, your application has not been successful this time.",
    "We have chosen to continue with other applicants at this point.",
    "The team has decided not to proceed with your candidacy.",
    "We won't be extending an offer for the {role} position.",
    "It's not the news you were hoping for, but we won't be moving ahead with your application.",
    "We are unable to offer you a place in the next round of interviews.",
    "Your application will not be considered further for this vacancy.",
    "We've made the decision to close your application for {role}.",
    "After a lot of discussion, we've concluded that we won't take things further.",
    "I'm afraid we've decided to go in a different direction for this hire.",
    "At this stage we won't be able to take your candidacy forward.",
    "We have decided not to invite you to the next stage of the process.",
    "Following the final interviews, the panel has decided not to offer you the position.",
]
SOFT = [
    "We were genuinely impressed by your background, but in the end we've decided to move forward with someone else.",
    "You were one of our strongest candidates, which made this a hard call — but we've offered the role to another finalist.",
    "The team enjoyed your conversations a great deal; unfortunately we can only hire one person, and this time it won't be you.",
    "This was a difficult decision that came down to very fine margins, and we won't be moving forward with your application.",
    "Everyone who met you spoke highly of you, so I'm sorry to be writing with disappointing news: we've decided not to make you an offer.",
    "Your experience is impressive and we agonised over this, but we're going to pass for now.",
    "I really wish I had better news. You made it close, yet the panel chose another candidate.",
    "We think highly of what you've built, though we've ultimately decided not to proceed.",
    "It was a close call and I hope that's some consolation — we've gone with another candidate.",
    "You should be proud of how far you got; in the end, though, we won't be offering you the role.",
]
CASUAL = [
    "we're going to pass on this one, but thanks for your time.",
    "Going to be straight with you: it's a no from us this time.",
    "We've decided not to move ahead. Appreciate you talking with us.",
    "We went with another candidate — sorry, and thanks for the chat.",
    "Not a fit for us right now, unfortunately.",
    "we won't be moving forward. best of luck with the search.",
    "Sadly we're not going to take this further.",
    "I'm afraid it's a no for the {role} role.",
    "Decided to go another way on this hire, sorry {first}.",
    "We're passing for now — no reflection on you, we just picked someone else.",
    "Quick one: we won't be progressing your application. Thanks for applying though.",
    "Bad news I'm afraid — the team chose someone else.",
    "Gonna pass this time. Thanks a lot for your time though!",
    "unfortunately we won't proceed. thanks again.",
    "Didn't want to leave you hanging: we're not moving forward with you for {role}.",
]
REASON = {
    "role_filled": [
        "The position has now been filled.",
        "We have since filled the role with another candidate.",
        "We've just made a hire for this position, so it is no longer open.",
        "The vacancy has been filled internally.",
        "An offer for this role has been accepted, so we are closing the search.",
        "We offered the role to another finalist, who has accepted.",
        "This role is no longer available as it has been filled.",
        "The team has already hired for this position.",
    ],
    "budget_freeze": [
        "Due to a company-wide hiring freeze, we are pausing recruitment for this role.",
        "Our hiring budget for the year has been cut, and this position can't go ahead for now.",
        "We've had to freeze all new hires until the next financial year.",
        "Following a change in our funding, headcount for this team has been put on hold.",
        "The budget for this hire was pulled at short notice.",
        "Recent cost-cutting means we can't hire for this position for the time being.",
        "We are not able to make any hires this quarter because of a budget freeze.",
    ],
    "closer_fit": [
        "We have decided to move forward with candidates whose experience more closely matches our requirements.",
        "Another applicant's background was a closer match for what the team needs right now.",
        "We've selected a candidate with more direct experience in our domain.",
        "The successful candidate had hands-on experience that aligned more closely with this role.",
        "We received applications from people whose skills more precisely matched the job description.",
        "In the end we went with someone whose profile fit the brief more closely.",
        "Another candidate brought experience with exactly the stack we use.",
        "We chose a candidate whose previous work mapped more directly onto our roadmap.",
        "Other applicants more closely met the specific criteria for this position.",
        "We've prioritised candidates with more relevant experience in regulated industries.",
    ],
    "level_mismatch": [
        "For this opening we are looking for someone with more senior experience.",
        "We're really after a more senior profile to lead the team.",
        "The role needs a more senior engineer than your current experience suggests.",
        "Your background is more senior than this position calls for, and we don't think it would suit you.",
        "We've realised the role is pitched at a more junior level than your experience.",
        "We need someone who has already managed a team of this size.",
        "This position is aimed at candidates with significantly more years in a lead capacity.",
        "Honestly, you'd be overqualified for this one — it's an entry-level seat.",
    ],
    "role_cancelled": [
        "The position has been cancelled following an internal restructuring.",
        "We have decided not to fill this role after all.",
        "The team's priorities have shifted and the opening has been withdrawn.",
        "The vacancy has been closed without a hire due to a change in business needs.",
        "After a reorganisation, the role you applied for no longer exists.",
        "We're no longer recruiting for this position — the project it belonged to has been shelved.",
        "Plans changed on our side and we've taken the role off the board.",
    ],
}
REASON_CASUAL = {
    "role_filled": ["we've filled it already.", "Someone accepted the offer yesterday, so the seat's taken.", "the role's gone, we hired last week."],
    "budget_freeze": ["our budget got frozen so we can't hire anyone right now.", "The money for this role disappeared in the latest budget round.",
                      "we're on a hiring freeze as of this week."],
    "closer_fit": ["we found someone who's done almost exactly this job before.", "Another candidate was just a closer match on experience.",
                   "went with someone whose background lined up more closely with what we need."],
    "level_mismatch": ["we need someone more senior for this one.", "Turns out we need a more junior hire, and you'd be bored.",
                       "it really needs someone with more lead experience."],
    "role_cancelled": ["the role's been cancelled, reorg on our end.", "We've scrapped the position entirely, sorry.",
                       "plans changed and the role doesn't exist any more."],
}
NOFEEDBACK = [
    "Due to the number of applications we receive, we are unable to provide individual feedback.",
    "We received a very high volume of strong applications for this role.",
    "Company policy means we can't share detailed feedback on individual candidates.",
    "We had an exceptional pool of applicants, which made the decision difficult.",
    "Please understand that we aren't able to comment on individual decisions.",
    "We had more than 400 applicants for this position.",
    "Because of the volume, we can't give personal feedback, but we appreciate your interest.",
    "The standard of candidates was very high.",
]
FUTURE = [
    "We'd like to keep your details on file and may reach out if something suitable comes up.",
    "Please do keep an eye on our careers page for future openings.",
    "We encourage you to apply for other roles with us that match your experience.",
    "I hope our paths cross again.",
    "We wish you every success in your job search.",
    "Best of luck with whatever comes next.",
    "You're welcome to reapply in six months if a relevant role opens.",
    "I'd be happy to stay in touch and let you know if anything changes.",
    "Thank you again, and all the best for the future.",
    "We hope you'll consider us again down the line.",
    "Don't hesitate to reach out if you have any questions.",
    "If you'd like to be considered for future roles, no action is needed: your profile stays in our talent pool for 12 months.",
]
CASUAL_CLOSE = ["Good luck out there!", "Thanks again and best of luck.", "Hope something great comes up soon.",
                "Really appreciate the time you gave us.", "Let's stay in touch.", "Sorry it's not better news.",
                "Keep in touch, yeah?", "all the best", ""]
SUBJECTS = [
    "Your application for {role}", "Update on your application", "{role} – application status", "Your {co} application",
    "Regarding the {role} position", "Thank you for your interest in {co}", "Outcome of your interview", "Your interview with {co}",
    "Decision on {role}", "Thanks for applying", "{role}: an update", "About the {role} role", "Following your interview",
]

SHELL_WEIGHTS = {"w2-ats-relay": 4, "w2-corp-portal": 3, "w2-founder-note": 2, "w2-agency-recruiter": 2, "w2-hm-direct": 2,
                 "w2-formal-letter": 2, "w2-thread-reply": 2, "w2-outlook-chain": 1, "w2-forwarded": 1, "w2-phone-terse": 1}


OTHER_PERSON = re.compile(r"someone else|another|other (candidates|applicants)|chose|picked|went with|gone with|finalist", re.I)


def _pool(pool: list[str], reasons: list[str]) -> list[str]:
    """Decision phrasings that don't contradict the reason (no "we hired someone else" when the role was cancelled)."""
    if set(reasons) & {"budget_freeze", "role_cancelled"}:
        return [s for s in pool if not OTHER_PERSON.search(s)] or pool
    return pool


def content(rng: random.Random, with_feedback: bool) -> dict:
    interviewed = with_feedback or rng.random() < 0.45
    reasons: list[str] = []
    if rng.random() < 0.45:
        if rng.random() < 0.85:
            reasons = [pick(rng, sorted(REASON))]
        else:  # only pairs that make sense together
            reasons = list(pick(rng, [("role_filled", "closer_fit"), ("role_cancelled", "budget_freeze"),
                                      ("level_mismatch", "role_filled")]))
    formal: list[str] = []
    opener = pick(rng, OPEN_INTERVIEWED if interviewed else OPEN_APPLIED)
    style = rng.random()
    dec = pick(rng, _pool(SOFT, reasons)) if style < 0.35 else pick(rng, _pool(DECISION, reasons))
    first = opener + " " + dec if rng.random() < 0.5 else opener
    formal.append(first)
    if first == opener:
        formal.append(dec)
    if reasons:
        rs = " ".join(pick(rng, REASON[r]) for r in reasons)
        if rng.random() < 0.5:
            formal[-1] += " " + rs
        else:
            formal.append(rs)
    topics: list[str] = []
    casual_fb: list[str] = []
    if with_feedback:
        sents, topics = feedback_block(rng)
        intro = pick(rng, FB_INTRO)
        if rng.random() < 0.3:
            formal.append(intro + "\n\n" + "\n".join("- " + s for s in sents))
        else:
            formal.append(intro + " " + " ".join(sents))
        # the chatty register names the same weaknesses, so both registers carry the same topics
        casual_fb = [pick(rng, WEAK_CASUAL[t] if rng.random() < 0.7 else WEAK[t]) for t in topics]
    elif rng.random() < 0.4:
        formal.append(pick(rng, NOFEEDBACK))
    formal += some(rng, FUTURE, 1, 2)

    casual: list[str] = []
    c0 = pick(rng, _pool(CASUAL, reasons))
    if rng.random() < 0.4:
        c0 = pick(rng, ["Thanks for chatting with us about {role}. ", "Thanks for applying. ", "Appreciate your patience. ",
                        "Thanks again for coming in. ", ""]) + c0
    if reasons:
        rc = " ".join(pick(rng, REASON_CASUAL[r]) for r in reasons)
        c0 += " " + (rc[:1].upper() + rc[1:] if rng.random() < 0.6 else rc)
    casual.append(c0[:1].upper() + c0[1:] if rng.random() < 0.7 else c0)
    if casual_fb:
        casual.append(pick(rng, ["Some feedback since you asked: ", "If it helps: ", "For what it's worth, ", "Candidly, ", ""]) +
                      " ".join(casual_fb))
    close = pick(rng, CASUAL_CLOSE)
    if close:
        casual.append(close)
    gist = pick(rng, _pool(["Sorry, not good news on {role}.", "Unfortunately they've decided not to proceed.",
                      "It's a no from {co}, I'm afraid.", "They've gone with another candidate.",
                      "Disappointing news from the {co} team, unfortunately.", "I'm sorry — {co} won't be moving forward."], reasons))
    if with_feedback:
        gist += pick(rng, [" They did send some feedback though.", " Their feedback is in the note.", " Some useful feedback below."])
    return {"formal": formal, "casual": casual, "gist": gist, "subjects": SUBJECTS,
            "labels": ["rejection"] + (["feedback"] if with_feedback else []), "topics": topics, "outside_control": reasons}


def generate(rng: random.Random) -> Iterator[dict]:
    shells = [s for s in SHELLS for _ in range(SHELL_WEIGHTS[s])]
    counters: dict[str, int] = {}
    for i in range(175):
        shell = pick(rng, shells)
        ctx = new_ctx(rng)
        c = content(rng, with_feedback=i % 10 < 3)
        w = wrap(rng, ctx, c, shell)
        n = counters[shell] = counters.get(shell, 0) + 1
        yield record(ctx, shell, FAMILY_PREFIX, n, labels=c["labels"], topics=c["topics"],
                     outside_control=c["outside_control"], **w)
