"""Sentence banks for writer w20: the label-deciding sentences (rejections, reasons, feedback,
invitations, acknowledgements, offers) and the look-alike sentences that must not decide a label,
in the hiring English of South and South-East Asia, the Gulf, West/East Africa, Eastern Europe and
East Asia. Placeholders: {c} company, {r} role, {d} date, {t} time, {ct} city, {f} first name."""

from __future__ import annotations

import random

import _w20_bank as B
from _w20_bank import pick

# ---------------------------------------------------------------- openers shared by every label
OPEN_HUMAN = [
    "Greetings from {c}!", "Greetings of the day!", "Hope you are doing well.", "Hope this mail finds you well.",
    "Warm greetings from Team {c}.", "Trust this mail meets you well.", "Good day!", "Season's greetings from {c}.",
    "I hope you and your family are keeping safe and well.", "Thank you for your continued interest in {c}.",
    "Hope you are having a good week.", "Greetings from the Talent Acquisition team of {c}.",
    "Good morning and compliments of the day.", "Pleasure to connect with you again.",
    "Trust you are doing great.", "Thank you for your patience so far.", "",
]
OPEN_FORMAL = [
    "Thank you very much for your interest in {c}.", "We appreciate your time and interest in our company.",
    "Thank you for applying to the {r} position at {c}.", "We would like to sincerely thank you for your application.",
    "Let me express our gratitude for your interest in joining {c}.", "Thank you for taking part in our recruitment process.",
    "We hope this message finds you in good health.", "First of all, thank you for your time.",
]

# ---------------------------------------------------------------- rejection
REJ_CORE = [
    "We regret to inform you that your profile has not been shortlisted for the {r} position.",
    "After careful review, we will not be able to take your candidature forward for the role of {r}.",
    "We are sorry to inform you that you have not been selected for the further process.",
    "Unfortunately the panel has decided not to proceed with your candidature at this stage.",
    "This is to inform you that you have not cleared the technical round for {r}.",
    "We wish to inform you that your application for {r} has not been successful this time.",
    "We have decided not to move forward with your application for the {r} role.",
    "Regretfully, your candidature has not been considered for the next round.",
    "Post discussion with the hiring manager, we are unable to proceed with your profile.",
    "The interview panel has decided not to offer you the position.",
    "Your profile has been put on hold and will not be processed further for this opening.",
    "We are unable to consider your application further for the {r} vacancy.",
    "I am sorry to share that the team has decided to go ahead with other candidates.",
    "We will not be proceeding further with your application for the {r} opening.",
    "Kindly note that you have not been selected for the {r} role after the final round.",
    "It is with regret that we inform you that we cannot offer you the {r} position.",
    "Please be informed that your application was not successful after the HR round.",
    "After evaluating all the interview rounds, the management decided not to extend an offer to you.",
    "We are not able to proceed with your profile for this requirement.",
    "Your candidature for {r} stands closed from our side.",
    "Unfortunately, you did not qualify in the aptitude test and we cannot move you to the next stage.",
    "We have concluded the selection process and, regrettably, your name is not in the final list.",
    "Sorry {f}, the team has decided to pass on your profile for the {r} opening.",
    "We shall not be progressing your application for the {r} role.",
    "Hence your candidature is not being taken forward at the moment.",
    "The management has reviewed the interview results and your application will not proceed.",
    "This time we are not able to move ahead with you for the {r} role.",
    "We would not be taking your application ahead for the {r} opening.",
]
REJ_SOFT = [
    "We were impressed with your background, however we have decided to proceed with other candidates.",
    "It was a difficult decision as the panel liked speaking with you, but we will not be moving ahead.",
    "Though your profile is good, we will not be able to offer you the position at this time.",
    "You were among the shortlisted few, but in the end we have chosen another candidate.",
]
REJ_CLOSE = [
    "We will keep your CV in our database and contact you if a suitable opening comes up.",
    "We wish you all the very best for your future endeavours.",
    "Please do not be disheartened; we encourage you to apply for future openings with us.",
    "We thank you for the time and effort you have given to our selection process.",
    "Your details will remain in our talent pool for six months.",
    "Wishing you success in your career.",
    "You are welcome to reapply after six months.",
    "We appreciate your interest in {c} and wish you good luck in your job search.",
    "We had a very good response for this opening and the decision was not easy.",
    "Due to the high volume of applications we are unable to share individual feedback.",
    "All the best for your future.",
    "Thank you once again for considering {c} as a potential employer.",
    "We truly value the time you invested in the interviews.",
    "Do keep an eye on our careers page for openings that suit your profile.",
    "May you find the right role soon.",
]
OC = {
    "role_filled": [
        "The position has since been closed as we have filled it with another candidate.",
        "We have already closed this requirement with a candidate who joined last week.",
        "The vacancy has been filled through an internal movement.",
        "The client has closed the position with another profile.",
        "The opening is no longer available as an offer has been accepted by another applicant.",
        "As of today the {r} position stands filled.",
        "The seat for this role has already been taken.",
    ],
    "budget_freeze": [
        "Due to budget constraints, the management has put the hiring for this role on hold.",
        "There is a headcount freeze for the current financial year, so we cannot proceed.",
        "Hiring has been frozen till next quarter due to business reasons.",
        "The approved budget for this position was withdrawn in the latest review.",
        "Owing to cost optimisation measures, new hiring has been paused company-wide.",
        "The budget for this opening is not sanctioned anymore.",
    ],
    "closer_fit": [
        "We have moved ahead with profiles more closely matching the requirement.",
        "Another candidate whose experience is more aligned with the client's needs has been selected.",
        "The panel found a profile with more relevant domain exposure for this particular role.",
        "We have selected a candidate whose skill set is a closer match to the JD.",
        "A candidate with direct experience in the same product line has been finalised.",
        "We preferred a profile which matched the job description more closely.",
    ],
    "level_mismatch": [
        "The hiring manager is looking for a more senior resource for this position.",
        "Your experience is more than what this role requires, and we feel it would not be a right fit at this level.",
        "This is a lead-level opening and the team needs someone with more years in a similar role.",
        "The role has been re-scoped to a junior band which does not match your current level.",
        "The client wants someone with at least 10+ years, which is above your current experience band.",
        "We feel you are overqualified for this particular opening.",
    ],
    "role_cancelled": [
        "The requirement itself has been cancelled by the client.",
        "The project for which we were hiring has been dropped, so the position is withdrawn.",
        "The position has been withdrawn due to internal restructuring.",
        "Management has decided not to fill this role anymore.",
        "The opening has been scrapped after the team merger.",
        "The role no longer exists as the business unit is being closed.",
    ],
}

# ---------------------------------------------------------------- feedback
FB_INTRO = [
    "As requested, please find the feedback shared by the panel:",
    "The panel has shared a few points which may help you:",
    "For your reference, below is the interviewer's feedback:",
    "Sharing the feedback from the technical panel for your improvement:",
    "The hiring manager's remarks were as follows:",
    "Some observations from the interview:",
    "We would like to share some feedback for your future preparation:",
    "Please find the panel remarks below:",
    "Here is what the interviewers noted:",
    "In the spirit of transparency, the panel's comments are given below.",
]
PRAISE = [
    "Your aptitude score was good and your attitude was appreciated.",
    "The panel liked your confidence and your knowledge of the basics.",
    "Your problem-solving approach in the first round was good.",
    "Your communication was clear and the panel enjoyed the discussion.",
    "You were punctual and well prepared for the HR discussion.",
    "Your project explanation was quite good.",
    "The interviewers appreciated your honesty and positive approach.",
    "Your coding round score was among the better ones.",
    "Your knowledge of the domain was noted as a strength.",
]
WEAK = {
    "coding": [
        "In the coding round, the solution did not handle edge cases and a few test cases failed.",
        "The program you wrote was not optimised; time complexity could have been better.",
        "You took a long time to arrive at working code for the array problem.",
        "The logic for the hands-on exercise had bugs which you could not fix within the time.",
        "Your code needs to be cleaner; variable naming and structure were weak.",
        "The live coding showed gaps in writing code without IDE support.",
        "Basic string manipulation in the coding test was not completed.",
    ],
    "system_design": [
        "The HLD discussion did not cover how the system would handle high load.",
        "You could not explain how the architecture would scale to lakhs of concurrent users.",
        "Design concepts like caching, partitioning and queues need more strengthening.",
        "The panel expected more thought on how the services would talk to each other and fail gracefully.",
        "I would have liked to see you reason more about how the service would scale.",
        "The LLD for the parking lot problem missed key components.",
        "Your design answer stayed at the level of boxes and did not discuss trade-offs.",
    ],
    "technical_depth": [
        "Your understanding of core Java concepts like multithreading was at surface level.",
        "Fundamentals of networking and OS need improvement.",
        "Answers on SQL indexing and joins lacked depth.",
        "The panel expected deeper knowledge of the tools mentioned in your CV.",
        "When we went one level deeper into Spring internals, the answers were not convincing.",
        "Your knowledge of accounting standards was not up to the level required.",
        "Concepts of cloud networking, IAM and VPC were not clear.",
    ],
    "behavioural": [
        "In the HR round your answers about past situations were generic, without concrete examples.",
        "Situation-based questions were not answered with specific instances from your work.",
        "The example you gave on handling conflict did not show what you personally did.",
        "For the managerial round, answers could be more structured with real incidents.",
        "When asked about a failure, the story did not have a clear outcome or learning.",
    ],
    "communication": [
        "Communication needs improvement; answers were not structured and went off-track.",
        "The panel found it difficult to follow your explanations at times.",
        "Your answers were lengthy and not to the point.",
        "For a client-facing role, clarity of spoken English needs more polishing.",
        "You may work on explaining your thoughts step by step before jumping to the answer.",
        "The explanations were too brief and the panel had to ask repeatedly to get details.",
    ],
    "questions_to_ask": [
        "When given the opportunity, you did not have any questions about the role or the team.",
        "Showing more curiosity about the project and our clients would have helped.",
        "At the end, asking about the team or the product would have shown more interest.",
        "You did not ask anything about the role, which the manager noticed.",
    ],
    "composure": [
        "You appeared nervous during the technical round and that affected your answers.",
        "Under time pressure in the live exercise you seemed to lose track.",
        "When follow-up questions came, you became anxious and changed your answers.",
        "Please try to stay calm; the panel felt the stress affected your performance.",
        "You seemed to panic when the first approach did not work.",
    ],
    "experience_level": [
        "Your hands-on exposure to production systems is less than what this role requires.",
        "The panel felt your experience in team handling is still limited.",
        "Your practical experience with Kubernetes in a live environment is quite limited.",
        "You have good theory, but real project experience in the domain is lacking.",
        "Exposure to end-to-end implementation cycles was found to be limited.",
    ],
    "collaboration": [
        "In the group discussion you did not give space to other members to speak.",
        "The panel was not convinced about how you work with cross-functional teams.",
        "Your answers suggested that you prefer working alone rather than with the team.",
        "The way you described past disagreements with colleagues was a concern for the manager.",
        "Working with onsite and offshore teams together did not come out clearly.",
    ],
    "cv_positioning": [
        "Your CV does not highlight the impact of your projects; it only lists tasks.",
        "The resume is very lengthy and the relevant skills are hidden in the last page.",
        "Your profile does not clearly show your domain experience, so it was hard to map it to the role.",
        "Please tailor the CV to the role; the current version reads like a generic one.",
        "The portfolio did not show your own contribution clearly.",
        "Your LinkedIn profile and resume show different roles and dates, which created confusion.",
    ],
}
FB_CLOSE = [
    "We hope this helps you in your future interviews.", "Work on these areas and you will do well.",
    "Please take this feedback positively.", "These are only the panel's views, shared for your improvement.",
    "We hope you find this useful.", "",
]


def feedback_block(rng: random.Random, n_topics: int | None = None) -> tuple[str, list[str]]:
    """Intro + optional praise + one to three weaknesses, as bullets or a paragraph."""
    k = n_topics if n_topics is not None else rng.choice([1, 1, 2, 2, 2, 3])
    topics = rng.sample(sorted(WEAK), k) if k else []
    lines = [pick(rng, WEAK[t]) for t in topics]
    if rng.random() < 0.55 or not lines:
        lines.insert(0, pick(rng, PRAISE))
    intro = pick(rng, FB_INTRO)
    if rng.random() < 0.5:
        body = intro + "\n" + "\n".join(rng.choice(["- ", "* ", "- "]) + ln for ln in lines)
    else:
        body = intro + " " + " ".join(lines)
    return body, topics


# ---------------------------------------------------------------- interview invitations
INV_CORE = [
    "You have been shortlisted for the next round. Your technical round is scheduled on {d} at {t}.",
    "We are pleased to inform you that your profile has been shortlisted for the {r} position. We would like to invite you for a virtual interview via Teams on {d} at {t}.",
    "Based on your profile, you are invited to attend a face-to-face interview at our {ct} office on {d}, reporting time {t}.",
    "Congratulations on clearing the first round! The second technical round with the hiring manager is scheduled on {d} at {t}.",
    "Kindly be available for a telephonic interview on {d} between {t}. The panel will call you on your registered number.",
    "Your HR round has been scheduled on {d} at {t}. The meeting link will be shared shortly.",
    "We would like to invite you for the final round with the Director on {d} at {t}.",
    "You are invited to appear for an online aptitude test. The link will remain active till {d}; please complete it in one sitting.",
    "Please find below the details of your technical interview: Date: {d}, Time: {t}, Mode: Google Meet.",
    "As discussed over the call, your managerial round is fixed on {d} at {t}. Kindly confirm your availability.",
    "The hiring manager would like to have a quick discussion with you. Please block 30 minutes on {d} at {t}.",
    "Please use the link below to choose a convenient slot for your first interview round. Slots are open till {d}.",
    "You are requested to complete the online coding assessment (90 minutes) before {d}. The link is personal, do not share it.",
    "Your profile has been selected for a video interview. Please record your answers through the link before {d}.",
    "We invite you to an assessment day at our {ct} office on {d}, which includes a written test, a group discussion and a panel interview.",
    "You are shortlisted for the client interview for {r}. Interview will be on {d} at {t} through Zoom.",
    "We would like to schedule a take-home assignment for you. You will receive it on {d} and will have 48 hours to submit.",
    "Kindly attend the walk-in interview on {d} from {t} at our {ct} office. Mention my name at the reception.",
    "Good news, you have cleared the screening. Please join a 30-minute video call with our Engineering Manager on {d} at {t}.",
    "The team would like to meet you for a second discussion. Could you make it on {d} at {t}? If not, suggest a time that suits you.",
    "We would like to move you to the final stage: a presentation to the panel on {d}. The case brief is attached.",
    "Your profile is shortlisted for the operations round. It will be an in-person discussion at our {ct} branch on {d} at {t}.",
    "Kindly appear for the versant / typing assessment and the initial interview at our {ct} site on {d}, any time from {t}.",
]
INV_DETAILS = [
    "Please carry a hard copy of your updated resume, a government-issued photo ID and two passport-size photographs.",
    "Kindly join 10 minutes before the scheduled time and ensure a stable internet connection with camera on.",
    "Interview duration will be approximately 45 minutes to 1 hour.",
    "Please confirm your availability by replying to this mail.",
    "If the time is not suitable, let us know two alternate slots.",
    "Dress code: Business formals.",
    "Please keep your laptop ready with an IDE installed, as there will be a hands-on exercise.",
    "The panel will include the Delivery Manager and a Senior Architect.",
    "Kindly revert with your confirmation at the earliest.",
    "Do not forget to carry your last three months' payslips.",
    "Venue: {ct} office, 4th floor, Reception B. Landmark: opposite the metro station.",
    "The meeting ID and passcode are given below.",
    "",
]
RESCHED = [
    "Due to the unavailability of the panel, your interview scheduled earlier has been rescheduled to {d} at {t}.",
    "We need to move your technical round to {d} at {t} as the interviewer is travelling. Apologies for the inconvenience.",
    "Your interview has been rescheduled. New date: {d}, time: {t}. Please accept the fresh calendar invite.",
    "As requested by you, we have rescheduled the discussion to {d} at {t}.",
]

# ---------------------------------------------------------------- acknowledgements
ACK_CORE = [
    "Thank you for applying for the position of {r} at {c}. We have received your application successfully.",
    "This is to acknowledge the receipt of your application for {r}.",
    "Your application (reference {q}) has been received and is being reviewed by our recruitment team.",
    "We confirm that we have received your CV for the {r} opening.",
    "Thank you for your interest in {c}. Your application for {r} has been submitted successfully.",
    "We have received your resume and it has been forwarded to the concerned department.",
    "Thanks for sharing your profile for the {r} role; I have received it and will go through it.",
    "Your application for the post of {r} has been registered with us.",
    "Receipt of your application is hereby acknowledged.",
    "Many thanks for your application for {r}; it has reached us safely.",
    "We received your CV today for {r}. Thank you for considering {c}.",
    "Your application has been logged under reference {q}. Please quote this number in future correspondence.",
    "This mail confirms that your documents for the {r} vacancy were received by our HR office.",
]
ACK_NEXT = [
    "If your profile matches the requirement, our team will get in touch with you within 7-10 working days.",
    "Only shortlisted candidates will be contacted.",
    "Please do not reply to this mail; it is system generated.",
    "You can track the status of your application from the candidate portal.",
    "In case you do not hear from us within 30 days, please consider that your profile has not been shortlisted this time.",
    "We will revert once the hiring manager has reviewed your profile.",
    "",
]

# ---------------------------------------------------------------- offers
OFFER_CORE = [
    "We are pleased to offer you the position of {r} at {c} with {pay}. The detailed offer letter is attached.",
    "Further to your interviews, we are happy to inform you that you have been selected for the position of {r}. Please find attached the Letter of Intent.",
    "Congratulations! We are delighted to extend an offer for the role of {r}. The offer letter with the salary break-up is attached for your review.",
    "We are glad to offer you employment as {r}, with {pay}, as detailed in the attached offer.",
    "On behalf of {c}, I am happy to confirm our offer for the {r} position with {pay}.",
    "As discussed on call, we are extending the offer for {r} with {pay}. Kindly sign and return a copy of the offer letter.",
    "Following the final interview, the management has approved your selection for {r}. Your offer letter is attached herewith.",
    "It is our pleasure to offer you the position of {r}. The compensation will be {pay}.",
    "Happy to share that you have cleared all the rounds and we are offering you the {r} role. Proposed package: {pay}.",
]
OFFER_NEXT = [
    "Kindly confirm your acceptance within 3 working days.", "Your expected date of joining is {d}.",
    "Please share your acceptance and the date on which you can join, considering your notice period.",
    "The offer is valid till {d}.", "We look forward to welcoming you to the {c} family.",
    "Please sign the attached copy and send it back to us by {d}.",
    "Joining formalities will be shared after you accept the offer.",
]


def offer_kw(rng: random.Random, comp=None) -> dict[str, str]:
    return {"lpa": str(rng.choice([4.5, 6, 7.2, 8.5, 12, 14.5, 18, 22, 26, 32])),
            "aed": f"{rng.randint(6, 28)},{rng.choice(['000', '500'])}", "php": f"{rng.randint(22, 95)},000",
            "eur": rng.choice(["PLN 16,500", "CZK 85,000", "RON 14,000", "EUR 3,800", "USD 4,200"]),
            "krw": str(rng.randint(42, 95)), "sgd": f"{rng.randint(4, 11)},{rng.choice(['000', '500'])}",
            "pay": B.pay(rng, comp) if comp is not None else "a competitive salary"}


# ---------------------------------------------------------------- sign-offs
SIGNOFF = ["Thanks & Regards,", "Warm Regards,", "Best Regards,", "Regards,", "Thanks and regards,",
           "With best regards,", "Kind regards,", "Yours sincerely,", "Thanks,", "Sincerely,", "Best wishes,",
           "Thanks & Rgds,", "Cheers,", "Respectfully,"]
TITLES = ["HR Executive", "Talent Acquisition Specialist", "Sr. Recruiter", "HR Manager", "Recruitment Lead",
          "Associate - Talent Acquisition", "Human Resources", "HRBP", "People Operations", "Hiring Coordinator",
          "Recruitment Consultant", "Manager - TA", "HR Officer", "Talent Partner"]
DISCLAIMER = [
    "DISCLAIMER: The information contained in this e-mail is confidential and intended only for the use of the addressee. If you are not the intended recipient, please notify the sender and delete it.",
    "This e-mail and any attachments are confidential and may be privileged. Any unauthorised use or disclosure is prohibited.",
    "Please consider the environment before printing this e-mail.",
    "{c} never asks candidates for money at any stage of recruitment. Beware of fraudulent job offers.",
    "This is a system generated mail. Please do not reply to this e-mail address.",
    "Your personal data is processed in accordance with the Personal Data Protection Act (PDPA).",
    "Information about processing your personal data (GDPR) can be found in our recruitment privacy notice.",
    "CONFIDENTIALITY NOTICE: This message is for the designated recipient only.",
    "{c} is an equal opportunity employer.", "Follow us on LinkedIn and Instagram for the latest openings.",
    "Registered office: see our website. CIN available on request.", "Save paper - think before you print.",
    "Any views expressed in this e-mail are those of the individual sender and not necessarily of {c}.",
    "",
]

# ---------------------------------------------------------------- formal non-native register (EE / East Asia)
REJ_FORMAL = [
    "We would like to inform you that, unfortunately, we decided to continue the recruitment process with other candidates.",
    "Please be informed that after the analysis of all applications, your candidacy was not selected for the next stage.",
    "We are sorry to inform that this time we cannot propose you cooperation on the {r} position.",
    "After deep consideration, our company has decided that we will not continue with your application.",
    "Regretfully, we must inform you that the result of the document screening was not successful.",
    "As a result of the final interview, we are sorry to say that we could not reach a positive decision for you.",
    "Unfortunately we have to inform you about negative decision regarding your candidature.",
]
INV_FORMAL = [
    "We are happy to inform you that you passed the document screening. We would like to invite you to the first interview (online) on {d} at {t}.",
    "We kindly invite you to the technical interview with our team leader. Proposed term: {d}, {t}. Please confirm if the term is convenient for you.",
    "Your application passed to the next stage. We would like to ask you to solve the test task and send the solution until {d}.",
    "We would be glad to meet you on the second interview in our {ct} office on {d} at {t}.",
    "In the next step, we ask you to participate in an online coding test. The invitation will come from our testing platform; the deadline is {d}.",
]
ACK_FORMAL = [
    "We confirm the receipt of your application documents for the {r} position.",
    "Your application has been registered in our system. We are grateful for your interest.",
    "We have received your CV and cover letter. Our HR team will analyse it carefully.",
]
OFFER_FORMAL = [
    "We are happy to inform you that our company would like to offer you the position of {r}. The conditions of cooperation are as follows: {pay}, start date {d}.",
    "After the final interview, the management decided to propose you the employment as {r}. Please find attached the offer with the details of the contract.",
    "We have the pleasure to inform you about the positive result of the final interview, and we would like to offer you the {r} position with {pay}.",
]
