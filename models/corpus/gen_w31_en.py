"""Writer w31, English: the same DACH/French/Spanish-speaking employers writing in English."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w31_core as core  # noqa: E402

FAMILY_PREFIX = "w31en"
LANG = "en"

FIRST = ["Jana", "Thibault", "Lucía", "Reto", "Camille", "Mateo", "Selin", "Marie-Ève", "Agustín", "Leonie",
         "Karim", "Ximena", "Florian", "Inès", "Iñaki", "Ursina", "Yanis", "Florencia"]
LAST = ["Brandstätter", "Lefèvre", "Etxeberria", "Zimmerli", "Tremblay", "Pereyra", "Yilmaz", "Vandenberghe",
        "Salazar", "Hölzl", "Haddad", "Ibarra", "Gruber", "Moreau", "Quintana"]
ROLES = ["Senior Backend Engineer", "Data Analyst", "Product Designer", "Site Reliability Engineer",
         "Finance Business Partner", "Technical Account Manager", "Machine Learning Engineer", "QA Lead",
         "Supply Chain Analyst", "Engineering Manager"]
CITIES = ["Berlin", "Vienna", "Zurich", "Geneva", "Paris", "Brussels", "Montreal", "Barcelona", "Madrid",
          "Mexico City", "Buenos Aires", "Munich"]
AGENCIES = ["Crossborder Talent", "Bridgewell Search", "Polyglot Recruiting"]
MY_EMPLOYERS = ["northquay-systems.com", "fernwerk-logistik.de"]


def _companies() -> list[tuple[str, str, str]]:
    r = random.Random(31004)
    roots = ["Isarwerk", "Limmat", "Orvalle", "Meridiano", "Boréal", "Aconcagua", "Sonnberg", "Léman", "Quetzal",
             "Hafenkant", "Ardenne", "Ceibo", "Gotthard", "Armor"]
    trades = ["Labs", "Robotics", "Payments", "Health", "Mobility", "Analytics", "Cloud", "Energy"]
    out = []
    for tld, forms in (("de", ["GmbH"]), ("ch", ["AG"]), ("fr", ["SAS"]), ("es", ["S.L."]), ("io", ["Ltd"])):
        for name, legal in core.make_companies(r, roots, trades, forms, 8):
            out.append((name, legal, tld))
    return out


COMPANIES = _companies()


def extra_ctx(rng: random.Random) -> dict:
    return {
        "date": f"{core.pick(rng, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} {rng.randrange(2, 28)} "
                f"{core.pick(rng, ['March', 'May', 'June', 'October', 'November'])}",
        "time": f"{rng.randrange(9, 17)}:{core.pick(rng, ['00', '30'])} CET",
        "link": core.pick(rng, ["https://careers.{domain}/slots/", "https://book.interviewdesk.example/"]) + str(rng.randrange(10**5, 10**6)),
        "salary": core.pick(rng, [f"EUR {rng.randrange(60, 110)},000", f"CHF {rng.randrange(100, 150)},000"]),
        "start": f"{rng.randrange(1, 28)} {core.pick(rng, ['January', 'April', 'September'])}",
        "dur": core.pick(rng, ["30 minutes", "45 minutes", "an hour"]),
    }


WHEN = ["{date} at 09:41", "{date} 2024, 15:20"]
REPLY_PREFIX = ["Re: ", "RE: ", "AW: ", "RE : "]
EXTERN_TAGS = ["[External] ", "[EXTERNAL] ", "[Extern] "]
HTML_BRANDS = ["{co}", "{co} Careers", ""]
GREET = {"formal": ["Dear {cfirst} {clast},", "Dear {cfirst},", "Hello {cfirst},", "Good morning {cfirst},"],
         "informal": ["Hi {cfirst}!", "Hey {cfirst},", "Hi {cfirst},"]}
SIGN = {"formal": ["Kind regards,", "Best regards,", "With kind regards,", "Yours sincerely,", "Many thanks,"],
        "informal": ["Cheers,", "Best,", "Talk soon,", "Thanks!"]}
HR_SIG = ["{rfirst} {rlast}\nPeople & Culture | {co}\n{city}", "{rfirst} {rlast}\nTalent Partner, {legal}", "{rfirst}"]
HR_TEAM_NAMES = ["{co} Recruiting", "{co} People Team"]
ATS_NAMES = ["{co} Careers", "{co} Hiring", "no-reply {co}"]
ATS_ADDRS = ["no-reply@{domain}", "careers@{domain}", "notifications@hirestream.example"]
ATS_SIG = ["The {co} Talent Team", "{co} Recruiting", ""]
AGENCY_SIG = ["{rfirst} {rlast}\nPrincipal Consultant, {agency}"]
CAND_SIG = ["{cfirst} {clast}", "{cfirst}"]
FOOTERS = ["{legal}, registered office {city}. This e-mail may contain confidential information.",
           "This is an automated message; replies are not monitored.",
           "We process applicant data in line with the GDPR. See our privacy notice on {domain}."]

BANKS = {
    "oc": {"role_filled": ["The position has since been filled.", "We filled the role internally last week."],
           "budget_freeze": ["A company-wide hiring freeze means we cannot move forward with any new hires this quarter."],
           "closer_fit": ["We went with someone whose background maps more directly onto this team's domain.",
                          "Another applicant's experience lined up more closely with what we need."],
           "level_mismatch": ["The team has decided it needs someone at a more senior level.",
                              "On reflection the role sits at a more junior level than your experience."],
           "role_cancelled": ["The headcount was withdrawn after a reorganisation.", "We have decided not to open this role after all."]},
    "praise": ["The panel enjoyed talking to you.", "Your product sense came through clearly."],
    "fb": {"coding": ["The take-home worked but was hard to follow and had no tests."],
           "system_design": ["In the design session we'd have liked more reasoning about how the service behaves under heavy load."],
           "technical_depth": ["When we dug into the details of your last project, the answers stayed quite high level."],
           "behavioural": ["Your examples in the behavioural round lacked specifics about what you personally did."],
           "communication": ["Some answers ran long and the main point got lost."],
           "questions_to_ask": ["You had very few questions for us, which left the panel unsure about your interest."],
           "composure": ["You seemed thrown when the interviewer pushed back, and struggled to recover."],
           "experience_level": ["You don't yet have the hands-on experience of running teams this role needs."],
           "collaboration": ["It wasn't clear how you'd work with product and design day to day."],
           "cv_positioning": ["Your CV undersells the relevant work; the parts that matter for this role are buried."]},
}

KINDS: dict[str, core.Kind] = {
    "ack": {"labels": ["application_ack"],
            "subj": ["Thanks for applying to {co}", "Application received: {role}", "We got your application ({ref})"],
            "body": [["thank you for applying for the {role} position; your application has reached us.",
                      "this is to confirm we have received your application for {role}."],
                     ["Our team reviews every application and will get back to you within three weeks.",
                      "You can follow its status in the candidate portal."]]},
    "invite": {"labels": ["interview_invite"],
               "subj": ["Interview invitation – {role}", "Next step with {co}", "Can we set up a call?"],
               "body": [["thanks for your application, we'd love to talk to you.",
                         "we'd like to invite you to a first conversation with the hiring manager."],
                        ["Please pick a slot here: {link}", "Would {date} at {time} work for you?"]]},
    "rej": {"labels": ["rejection"],
            "subj": ["Your application for {role}", "Update on your application", "{co} – our decision"],
            "body": [(["thank you for your interest in {co} and for the time you invested."],
                      ["Unfortunately we won't be taking your application further.",
                       "After careful consideration we have decided to move forward with another candidate.",
                       "I'm sorry to let you know it's a no from us this time."], "@OC?"),
                     ["We wish you all the best.", "We'll keep your details on file for future openings.", None]]},
    "rej_fb": {"labels": ["rejection", "feedback"], "subj": ["Your interview at {co}: decision and feedback"],
               "body": [["thank you for interviewing with us. We won't be moving forward, but here is some feedback:"], "@FB",
                        ["Best of luck with your search."]]},
    "offer": {"labels": ["offer"], "subj": ["Offer – {role}", "We'd love you to join {co}"],
              "body": [["I'm delighted to offer you the role of {role}.", "we'd like to extend an offer for the {role} position."],
                       ["The base salary is {salary}, starting {start}; the written offer is attached."]]},
    "fbreq": {"labels": ["feedback_request"], "sender": "cand", "reply_prefix": True, "subj": ["Feedback on my interview"],
              "body": [["thanks for letting me know."],
                       ["Would you be able to share any feedback on where I fell short?",
                        "If you have a moment, I'd really value a few pointers on what to improve."]],
              "quote": "rej"},
    "status": {"labels": [], "subj": ["Your application is still under review"],
               "body": [["your application for {role} is still being reviewed."], ["We expect to update you by the end of the month."]]},
    "reminder": {"labels": [], "subj": ["Reminder: interview on {date}"],
                 "body": [["a quick reminder of your interview scheduled for {date} at {time}."], ["The video link is unchanged."]]},
    "onboarding": {"labels": [], "subj": ["Welcome aboard – documents for your first day"],
                   "body": [["we're thrilled you signed your contract."], ["Please upload your ID, tax number and bank details before {start}."]]},
    "panel": {"labels": [], "company": "none", "sender": "boss", "greet": False, "sign": False,
              "subj": ["Could you join an interview panel?"],
              "body": [["Hi {cfirst},"], ["we're interviewing for a {role} on {date}. Could you run the technical part?"], ["Thanks!"]]},
    "withdraw": {"labels": [], "sender": "cand", "subj": ["Withdrawing my application – {role}"],
                 "body": [["thank you for the invitation."], ["I have accepted another offer and would like to withdraw from the process."]]},
    "nofb_reply": {"labels": [], "subj": ["Feedback"],
                   "body": [["thanks for your message."], ["I'm afraid our policy doesn't allow us to share individual feedback."]],
                   "quote": "fbreq"},
    "alert": {"labels": [], "company": "none", "greet": False, "sign": False,
              "from": [("EuroTechJobs Alerts", "alerts@eurotechjobs.example", "")],
              "subj": ["New jobs matching '{role}'"],
              "body": [["Jobs you may like:"], ["- {role} at {co} ({city})\n- {role2}, remote"], ["Unsubscribe"]]},
    "scam": {"labels": [], "company": "none", "from": [("HR Recruitment", "offer.letter2024@gmail.com", "")],
             "subj": ["Congratulations! Job offer approved"],
             "body": [["You have been selected for a remote data entry job without interview."],
                      ["Send a copy of your passport and bank details to receive your contract."]]},
}

SCALE = 1.5  # records per listed count

FAMILIES = {
    "expat": {"register": "mixed", "sender": "hr", "regions": ["de", "ch", "fr", "es", "io"], "html": "mixed",
              "kinds": dict(ack=5, invite=9, rej=9, rej_fb=6, offer=5, status=4, reminder=4, onboarding=4,
                            nofb_reply=2)},
    "intlats": {"register": "formal", "sender": "ats", "regions": ["de", "ch", "fr", "es", "io"], "html": "html",
                "kinds": dict(ack=9, invite=4, rej=8, status=4, reminder=3)},
    "outbox": {"register": "formal", "sender": "cand", "regions": ["de", "ch", "fr", "es", "io"],
               "kinds": dict(fbreq=8, withdraw=4)},
    "misc": {"register": "formal", "sender": "hr", "regions": ["de", "ch", "fr", "es", "io"], "html": "mixed",
             "kinds": dict(alert=5, scam=4, panel=5)},
}


def generate(rng: random.Random) -> Iterable[dict]:
    yield from core.run(FAMILY_PREFIX, sys.modules[__name__], rng)
