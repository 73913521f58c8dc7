"""w32 (early careers): employer mail about graduate schemes, internships and apprenticeships.

Families are sender voices (graduate-recruitment teams, bank campus recruiters, consultancies,
start-up founders, public-sector fast streams, NGOs, campus placement cells, AU/ZA/IE employers,
HTML portals, recruiters replying in threads); each voice sends labelled and unlabelled mail.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _w32_compose import Voice, run_family  # noqa: E402

FAMILY_PREFIX = "w32grad"

FOOT_LEGAL = [
    "",
    "{co} is an equal opportunity employer. We welcome applications from all backgrounds.",
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it and notify the sender.",
    "Registered office: 1 Wharf Street, {city}. Registered in England and Wales no. 0{num}.",
    "To stop receiving recruitment updates, unsubscribe in your candidate account settings.",
    "Please do not reply to this automated message; this mailbox is not monitored.",
]


def _mix(rng: random.Random, scale: float = 1.0, extra: dict | None = None) -> list[tuple[str, int]]:
    base = {"ack": 5, "ack_inv": 1, "inv_test": 2, "inv_video": 2, "inv_ac": 2, "inv_chat": 1, "inv_resched": 0,
            "rej": 2, "rej_nofb": 1, "rej_oc": 2, "rej_fb": 3, "rej_inv": 1, "offer": 3,
            "status": 2, "complete": 1, "booked": 2, "submitted": 1, "thanks_today": 2, "closed_before": 1,
            "onboarding": 2, "insight": 2, "interview_someone": 1}
    for k, v in (extra or {}).items():
        base[k] = v
    return [(k, max(0, round(v * scale))) for k, v in base.items()]


def generate(rng: random.Random) -> Iterable[dict]:
    voices = [
        (Voice("w32grad-gradteam", sectors=["consulting", "banking", "engineering", "retail"],
               greet=["Dear {first},", "Dear {first}", "Hello {first},"],
               sign=["Kind regards,\n\nThe Graduate Recruitment Team\n{co}", "Best wishes,\nEarly Careers Team", "Yours sincerely,\n\n{co} Graduate Recruitment"],
               footer=FOOT_LEGAL, html=0.3, html_only=0.3, subj_pre=["", "", "[{co}] "]), 1.1, {}),
        (Voice("w32grad-bankdesk", sectors=["banking"], sender="person",
               greet=["Hi {first},", "{first},", "Hi {first} -"],
               sign=["Thanks,\n{sender}\nCampus Recruiting | {co}", "Best,\n{sender}\nAnalyst & Associate Recruiting, {city}", "Regards,\n{sender}"],
               footer=["", "This message is for the named recipient only and may contain privileged information. {co} does not accept liability for transmission errors.", "Confidentiality notice: if you are not the intended recipient, do not read, copy or forward this message."],
               subj_pre=["", "", "[External] "]), 1.0, {"inv_ac": 4, "inv_test": 1, "offer": 4}),
        (Voice("w32grad-consult", sectors=["consulting"], sender="person",
               greet=["Dear {first},", "Hi {first},", "Good afternoon {first},"],
               sign=["Warm regards,\n{sender}\nRecruiting Coordinator, {co}", "All the best,\n{sender}", "Kind regards\n{sender} | Graduate Recruitment | {co} {city}"],
               footer=["", "", "{co} - Strategy, Operations, People"]), 1.0, {"rej_fb": 4, "inv_ac": 3}),
        (Voice("w32grad-startup", sectors=["tech", "media"], sender="founder", short=True,
               greet=["Hey {first}!", "Hi {first},", "Hey {first},", "{first} -"],
               sign=["Cheers,\n{sender}", "Thanks!\n{sender}\nCo-founder, {co}", "-- {sender}", "Best,\n{sender}\n(sent from my phone)"],
               footer=["", "", "{co} | we're hiring! | {city}"]), 0.9, {"inv_chat": 5, "inv_test": 1, "inv_ac": 0, "inv_video": 0, "insight": 0, "submitted": 0, "complete": 0, "rej_oc": 2}),
        (Voice("w32grad-faststream", sectors=["public"], sender="team",
               greet=["Dear {first},", "Dear Applicant,", "Dear {first}"],
               sign=["Yours sincerely,\nResourcing Team", "Kind regards,\nEarly Talent Recruitment\n{co}", "Fast Track Recruitment Team"],
               footer=["This is an automated notification from the public sector recruitment service. Please do not reply.", "Official - Sensitive: Personal", "", "Privacy notice: we process your data in line with our recruitment privacy policy, available on the portal."],
               html=0.2, html_only=0.3), 1.0, {"inv_test": 4, "rej_oc": 2}),
        (Voice("w32grad-ngo", sectors=["ngo"], sender="person",
               greet=["Dear {first},", "Hi {first},", "Hello {first}, I hope you're well."],
               sign=["With warm wishes,\n{sender}\nPeople & Culture, {co}", "Thanks so much,\n{sender}", "In solidarity,\n{sender}\nVolunteer & Intern Coordinator"],
               footer=["", "{co} is a registered charity (no. 1{num}).", "Printing this email? Please think of the planet."]), 0.9, {"offer": 2, "rej_oc": 3}),
        (Voice("w32grad-placement", sectors=["asia"], sender="team",
               greet=["Dear Candidate,", "Dear {first},", "Dear Mr/Ms {first},", "Greetings of the day {first},"],
               sign=["Thanks & Regards,\nCampus Hiring Team\n{co}", "Regards,\nTalent Acquisition (University Relations)\n{co}", "Best regards,\n{sender}\nHR - Campus Relations"],
               footer=["", "DISCLAIMER: {co} never asks candidates for money at any stage of recruitment.", "This is a system generated mail. Kindly do not reply."],
               html=0.3, html_only=0.2), 1.0, {"inv_test": 3, "offer": 3}),
        (Voice("w32grad-southern", sectors=["southern", "engineering"], sender="person",
               greet=["Hi {first},", "G'day {first},", "Dear {first},", "Hi there {first},"],
               sign=["Cheers,\n{sender}\nGraduate & Apprenticeship Programs | {co}", "Kind regards\n{sender}", "Thanks,\n{sender}\nEarly Careers Partner"],
               footer=["", "We acknowledge the Traditional Custodians of the land on which we work.", "{co} (Pty) Ltd. This e-mail is subject to our e-mail disclaimer."]), 1.0, {}),
        (Voice("w32grad-portalhtml", sectors=["retail", "banking", "engineering", "tech", "media"], sender="team",
               greet=["Hi {first},", "Dear {first},", "Hello,"],
               sign=["The {co} Early Careers Team", "Team {co}", "Best,\n{co} Talent"],
               footer=["You are receiving this because you applied through our careers site. Manage preferences | Unsubscribe", "\u00a9 {co}. All rights reserved. Privacy Policy"],
               html=0.95, html_only=0.65), 1.0, {}),
        (Voice("w32grad-thread", sectors=["consulting", "tech", "retail", "southern", "media"], sender="person",
               greet=["Hi {first},", "Hi {first}, thanks for your email.", "Dear {first},"],
               sign=["Best,\n{sender}", "Kind regards,\n{sender}\nEmerging Talent | {co}", "Thanks\n{sender}"],
               footer=["", ""]), 0.9, {"status": 3, "closed_before": 2}),
    ]
    for voice, scale, extra in voices:
        q = 0.6 if voice.fam.endswith("thread") else 0.08
        yield from run_family(rng, voice, _mix(rng, scale, extra), quote_prob=q)
