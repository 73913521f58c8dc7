"""What corporate HR mail says, in many small interchangeable parts (writer 40).

Each kind function takes (rng, x) where x is a context dict (company c, role, req, first, region,
portal, ...) and returns a dict: subjects, paras (list of paragraphs), labels, topics, oc,
button (label, url) or None.
"""

from __future__ import annotations

import random

import _w40_kit as K


def P(rng, *opts):
    return K.pick(rng, opts)


# ----------------------------------------------------------------- shared bits

def thanks_applying(rng, x):
    r, c = x["role"], x["c"]["name"]
    return P(rng,
             f"Thank you for applying for the {r} position at {c}.",
             f"Thank you for your interest in the role of {r} ({x['req']}).",
             f"Many thanks for submitting an application for {r} with {c}.",
             f"We appreciate you taking the time to apply for our {r} vacancy.",
             f"Thank you for your recent application to {c} for the post of {r}.",
             f"Thanks again for your application for {r}, reference {x['req']}.",
             f"Thank you for the interest you have shown in {c} and in the {r} opportunity.",
             f"We are writing in connection with your application for {r} (requisition {x['req']}).",
             f"I'm contacting you about the {r} vacancy you applied for last month.",
             f"Thank you for putting yourself forward for {r} in our {x['c']['city']} team.",
             f"We have now finished reviewing applications for {r} and I wanted to update you personally.",
             f"Your interest in joining {c} as {r} is much appreciated.",
             f"Thank you for the time you invested in applying for {r}.",
             f"Re: {r}, {x['req']}. Thank you for applying.")


def portal_line(rng, x):
    return P(rng,
             f"You can track the status of your application at any time by logging in to the candidate portal: {x['portal']}",
             f"Your candidate dashboard ({x['portal']}) shows the latest status of every application you have made.",
             f"To view or update your details, sign in at {x['portal']} using the email address you applied with.",
             f"Log in to {x['portal']} to see where your application is up to.",
             "Your application status is available in the Careers section under 'My Applications'.",
             f"Your account: {x['portal']} (username: your email address).")


def keep_on_file(rng, x):
    return P(rng,
             "With your permission we will keep your details on file for future opportunities.",
             "We would encourage you to keep an eye on our careers site, as new roles are posted every week.",
             f"Please do consider applying for other roles at {x['c']['name']} that match your experience.",
             "Your profile will remain in our talent pool for twelve months unless you ask us to remove it.",
             "You may wish to set up job alerts so you hear about similar vacancies as soon as they are advertised.",
             "We hope you will not be discouraged from applying to us again in future.",
             "Our graduate and experienced-hire campaigns open again in the new year, and you would be very welcome to apply.",
             f"Follow {x['c']['name']} on LinkedIn to hear about new openings first.",
             "If a similar role comes up, a member of the team may contact you directly.",
             "", "")


def wish_well(rng, x):
    return P(rng,
             "We wish you every success in your job search.",
             "Best of luck with your future career.",
             "We wish you all the best in your search and in your future endeavours.",
             "Thank you again for your interest, and good luck with your next steps.",
             "We appreciate the time and effort you put into your application.",
             "All the best for the future.",
             "Thank you for considering a career with us.",
             "We hope you find the right role soon.",
             f"Thanks again for thinking of {x['c']['name']}.",
             "Kind thanks once more for your time and interest.",
             "Wishing you the very best with whatever comes next.",
             "Good luck, and thank you for the effort you put in.")


def many_apps(rng, x):
    return P(rng,
             "We received a very high number of applications for this role.",
             "The response to this vacancy was exceptional, and competition was strong.",
             f"We had over {rng.randrange(120, 900)} applications for this position.",
             "As you can imagine, the standard of applicants was very high.",
             "Selecting from such a strong field was not easy.",
             "The shortlist was very competitive this time.",
             "This was one of our most popular campaigns of the year.",
             "", "")


OC_LINES = {
    "closer_fit": [
        "we have decided to progress with candidates whose experience more closely matches the requirements of the role",
        "other applicants demonstrated a closer match to the essential criteria",
        "we have identified candidates whose background aligns more closely with what the team needs right now",
        "we are moving forward with applicants who have more direct experience in this area",
        "the panel has chosen to proceed with a candidate whose skill set is a closer fit to the brief",
    ],
    "level_mismatch": [
        "we are looking for someone with more senior experience for this particular position",
        "on reflection the role sits at a more junior level than your background, and we don't think it would be the right step for you",
        "the hiring manager is seeking a candidate with significantly more years in a leadership role",
        "the position requires a level of seniority beyond what we saw in your application",
        "the vacancy has been re-graded as an entry-level post, which does not match your experience",
    ],
    "role_filled": [
        "the position has now been filled",
        "we have appointed to this role",
        "the vacancy has been filled by an internal candidate",
        "we have offered the role to another applicant, who has accepted",
        "this post has since been filled",
    ],
    "budget_freeze": [
        "a company-wide recruitment freeze means we are unable to continue with this vacancy",
        "due to budget constraints this year the role will not be filled and we are closing all applications",
        "following a review of headcount, hiring for this position has been paused indefinitely and we are closing the process",
        "as a result of a freeze on non-essential hiring we will not be proceeding with any applications for this role",
    ],
    "role_cancelled": [
        "the business has decided not to proceed with this role, and the vacancy has been withdrawn",
        "following an internal restructure, the position will no longer be going ahead",
        "the requisition has been cancelled and we are therefore closing your application",
        "the role has been put on hold indefinitely and we have taken the decision to close the recruitment campaign",
    ],
}


def oc_sentence(rng, x, reason):
    base = K.pick(rng, OC_LINES[reason])
    lead = P(rng, "Unfortunately, ", "Regrettably, ", "I'm sorry to tell you that ", "On this occasion ",
             "After careful consideration, ", "We must let you know that ", "Please be advised that ")
    s = lead + base + "."
    if reason in ("closer_fit", "level_mismatch"):
        s += P(rng, " We will therefore not be taking your application further.",
               " As a result we won't be moving your application to the next stage.",
               " This means we will not be proceeding with your application.",
               " Your application will not progress further.", "")
    elif reason in ("budget_freeze", "role_cancelled"):
        s += P(rng, " This means your application will not go any further.",
               " We are sorry that this brings the process to an end for you.",
               " We will not be in a position to offer interviews.", "")
    else:
        s += P(rng, " We are therefore closing your application.", " Your application has been closed.",
               " As such we won't be taking things further.", "")
    return s


def plain_reject(rng, x):
    return P(rng,
             "Unfortunately, we will not be progressing your application any further.",
             "After careful consideration, we regret to inform you that you have not been shortlisted for the next stage.",
             "I'm sorry to let you know that on this occasion your application has been unsuccessful.",
             "Having reviewed your application against the selection criteria, we have decided not to take it forward.",
             "We have now completed shortlisting and, regrettably, your application was not successful.",
             "The hiring team has reviewed your profile and will not be moving forward with your candidacy.",
             "I'm afraid we won't be offering you the position.",
             "Following the interviews, the panel decided not to offer you the role.",
             "We have decided to pursue other candidates for this vacancy.",
             "Your application did not progress past the screening stage this time.",
             "It was a close decision, but we will not be proceeding with your application.",
             "Although we were impressed with your background, we've decided to go in a different direction.",
             "Regrettably, we are unable to offer you a place on the assessment day.",
             "After reviewing your assessment results, we won't be inviting you to the next stage of the process.",
             "We have decided that your application will not be progressed at this time.",
             "I'm sorry to say the panel will not be taking you through to the next round.",
             "You have not been selected for interview on this occasion.",
             "We have concluded our review and your application will not move forward.",
             "On balance, the hiring manager has decided not to make you an offer.",
             "The business has decided to progress other applicants ahead of you, so your application has now been closed.",
             "Your application has been unsuccessful at the shortlisting stage.",
             "We are not in a position to take your application further.")


# ----------------------------------------------------------------- feedback bank (weaknesses -> topic)

FB = {
    "technical_depth": [
        "the panel felt your understanding of {tech} was not yet at the depth the role needs",
        "when we probed on {tech}, your answers stayed fairly high level",
        "we were looking for more hands-on detail on {tech} than you were able to give",
        "your technical answers on {tech} lacked depth in places",
    ],
    "behavioural": [
        "your competency answers would have been stronger with specific examples using the STAR structure",
        "several of your examples described what the team did rather than your own actions and results",
        "the behavioural questions were answered in general terms rather than with concrete situations",
        "your answer to the question about handling conflict didn't give a clear outcome",
    ],
    "communication": [
        "some answers were long and it was hard to follow the main point",
        "your presentation ran over time and the key message got lost",
        "the panel would have liked clearer, more concise responses",
        "your written exercise needed a clearer structure for a non-technical reader",
    ],
    "questions_to_ask": [
        "you didn't have any questions for the panel at the end, which they noted",
        "the questions you asked at the end were about logistics rather than the role itself",
        "we'd encourage you to prepare a few questions about the business next time",
    ],
    "composure": [
        "you seemed quite nervous during the presentation and lost your thread once or twice",
        "under follow-up questioning you appeared less confident",
        "the time pressure in the case exercise seemed to unsettle you",
    ],
    "experience_level": [
        "your experience of {area} is still limited compared with other candidates",
        "the panel felt you would need more time in a {area} environment before stepping into this role",
        "you have not yet managed a team of the size this position carries",
    ],
    "collaboration": [
        "in the group exercise you worked mostly on your own rather than bringing others in",
        "assessors noted you spoke over other participants in the group task",
        "we didn't see much evidence of working across teams in your examples",
    ],
    "cv_positioning": [
        "your CV didn't make your supervisory experience clear, and it only came out at interview",
        "your application form did not address the essential criteria directly",
        "the CV reads as a list of duties rather than achievements, which made shortlisting harder",
        "your cover letter was generic and didn't explain why this role at {company}",
    ],
    "coding": [
        "the SQL exercise contained errors in the joins and returned the wrong totals",
        "your Excel modelling task had formula mistakes that affected the final figures",
        "the scripting task was incomplete and some of the code did not run",
    ],
    "system_design": [
        "your proposed design for the control system didn't address redundancy or failure modes",
        "the architecture case study lacked consideration of how the solution would scale across sites",
    ],
}

TECH = {"manufacturing": ["lean tools", "root cause analysis", "PLC fault-finding", "OEE reporting"],
        "energy": ["reservoir modelling", "permit-to-work systems", "commercial contract terms"],
        "pharma": ["GMP validation", "deviation and CAPA handling", "HPLC method transfer"],
        "insurance": ["claims reserving", "Solvency II reporting", "underwriting guidelines"],
        "logistics": ["WMS configuration", "customs procedures", "route optimisation"],
        "utilities": ["network load planning", "asset data standards", "regulatory returns"],
        "defence": ["requirements traceability", "DO-178C", "configuration control"],
        "retail": ["range planning", "open-to-buy", "markdown analysis"],
        "health": ["clinical governance", "patient flow systems", "HSE/NHS procurement rules"]}

AREA = {"manufacturing": "high-volume production", "energy": "offshore operations", "pharma": "GMP",
        "insurance": "regulated financial services", "logistics": "multi-site distribution",
        "utilities": "regulated utility", "defence": "security-cleared programme", "retail": "head-office buying",
        "health": "acute hospital"}

PRAISE = [
    "The panel enjoyed meeting you and liked your enthusiasm for the role.",
    "Your knowledge of the sector came across well.",
    "You clearly prepared thoroughly, and your motivation for joining us was obvious.",
    "Your presentation was well organised and you handled the technical questions confidently.",
    "Interviewers commented positively on your practical experience.",
    "Your psychometric results were strong.",
]


def feedback_parts(rng, x, n=None):
    sec = x["c"]["sector"]
    techy = any(w in x["role"] for w in ("Analyst", "Engineer", "Data", "Planner", "Controls"))
    pool = [t for t in FB if techy or t not in ("coding", "system_design")]
    n = n or rng.choice([1, 1, 2, 2, 3])
    topics = rng.sample(pool, n)
    sents = []
    for t in topics:
        s = K.pick(rng, FB[t]).format(tech=K.pick(rng, TECH[sec]), area=AREA[sec], company=x["c"]["name"])
        sents.append(s)
    return topics, sents


def feedback_para(rng, x, n=None):
    topics, sents = feedback_parts(rng, x, n)
    praise = P(rng, *PRAISE) if rng.random() < 0.6 else ""
    style = rng.randrange(4)
    if style == 0:
        body = P(rng, "In terms of feedback, ", "By way of feedback, ", "The panel's feedback was that ",
                 "To give you some feedback: ") + "; ".join(sents) + "."
    elif style == 1:
        body = P(rng, "Areas to develop:", "Feedback from the interview panel:", "Development points:",
                 "Where you could strengthen your application:") + "\n" + "\n".join("- " + s[0].upper() + s[1:] for s in sents)
    elif style == 2:
        body = " ".join(s[0].upper() + s[1:] + "." for s in sents)
        body = P(rng, "I spoke to the hiring manager, who shared the following. ", "Some honest feedback, which I hope helps: ",
                 "The assessors made a few observations. ", "") + body
    else:
        body = (P(rng, "The main reason for the decision was that ", "What held you back was that ",
                  "The deciding factor was that ") + sents[0] + "." +
                ("" if len(sents) == 1 else " " + P(rng, "They also noted that ", "In addition, ", "Also, ") + " and ".join(sents[1:]) + "."))
    if praise:
        body = (praise + " " + body) if rng.random() < 0.6 else (body + "\n\n" + praise)
    return topics, body


# ----------------------------------------------------------------- kinds: positive

def k_ack(rng, x):
    c, r = x["c"], x["role"]
    subj = [f"Application received: {r}", f"Thank you for your application - {c['name']}",
            f"{c['name']} | We've received your application ({x['req']})", f"Your application for {r}",
            f"Confirmation of application - {r} - {x['req']}", f"Application acknowledgement: {x['req']} {r}",
            f"Thanks for applying to {c['name']}", f"We have your application, {x['first']}"]
    first = P(rng,
              f"This email confirms that we have received your application for {r}.",
              f"Thank you for applying for {r}. Your application has been successfully submitted.",
              f"We're pleased to confirm receipt of your application for the {r} role (ref. {x['req']}).",
              f"Your application for {r} at {c['name']} has reached us safely.",
              f"Thanks for your application - it's now with our {K.pick(rng, K.TEAM_NAMES)}.",
              f"We acknowledge receipt of your application for the post of {r}.",
              f"Good news: your application for {r} was submitted on {K.date_str(rng, c['region'])} and is now logged on our system.",
              f"Application complete! {c['name']} has received everything we need for {r}.",
              f"Hello from the {c['name']} recruitment team - we've got your application for {r}, thanks.",
              f"Your CV and application form for {r} ({x['req']}) have been received by our HR department.",
              f"Thanks for applying - we can confirm {r} is now listed under 'Submitted' in your account.")
    nxt = P(rng,
            "Our recruitment team will review your details against the requirements of the role. If you are shortlisted, we will contact you to discuss next steps.",
            f"Shortlisting will take place after the closing date of {K.date_str(rng, c['region'])}. Only shortlisted applicants will be contacted.",
            "We aim to review all applications within 10 working days. We will update you by email either way.",
            "The hiring manager will review applications once the advert closes. Please allow up to three weeks.",
            "Due to the volume of applications we receive, it may take some time for us to respond.",
            "If your skills and experience match what we are looking for, a member of the team will be in touch.",
            "What happens next? Our team reviews every application personally; if you progress, you'll be invited to a short telephone screen.",
            "Please note that we may close the advert early if we receive a high volume of suitable applications.",
            "Our process usually includes a phone screen, online assessment and a final interview; we'll explain each step if you progress.",
            "If you haven't heard from us within four weeks of the closing date, please assume you have not been shortlisted on this occasion.",
            "The recruiting manager will be in touch if your experience is a match.")
    paras = [first, nxt]
    if rng.random() < 0.6:
        paras.append(portal_line(rng, x))
    if rng.random() < 0.3:
        paras.append(P(rng, "In the meantime, you can learn more about life at " + c["name"] + " on our careers blog.",
                       "If you need any adjustments during the process, reply to your recruiter or mention it in your portal.",
                       "Please make sure our emails don't end up in your junk folder."))
    return dict(subjects=subj, paras=paras, labels=["application_ack"], topics=[], oc=[], button=None)


def k_ack_test(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    test = P(rng, "an online numerical and verbal reasoning assessment", "a situational judgement test",
             "an online personality and ability questionnaire", "a short online skills assessment",
             "a strengths-based online assessment", "a 30-minute mechanical reasoning test",
             "an online Excel skills assessment", "a gamified cognitive assessment")
    subj = [f"Application received - next step: online assessment ({r})", f"{c['name']}: your application and assessment invitation",
            f"Next steps for your {r} application", f"Action required: complete your assessment - {x['req']}"]
    paras = [P(rng, f"Thank you for applying for {r}; we have received your application.",
               f"We confirm receipt of your application for {r} ({x['req']}).",
               f"Thanks for your application to {c['name']} - it has been received.") ,
             P(rng, f"As the next stage of our process, we invite you to complete {test}.",
               f"The next step is {test}, which every applicant for this role is asked to complete.",
               f"We would now like you to take {test}.") + " " +
             P(rng, f"Please complete it {K.deadline(rng, reg)}.", f"The link will expire {K.deadline(rng, reg)}.",
               f"It takes about {rng.choice([20, 25, 30, 40, 45])} minutes and must be finished {K.deadline(rng, reg)}."),
             P(rng, "Find a quiet place with a stable internet connection before you start.",
               "Practice questions are available on the assessment provider's site.",
               "If you require reasonable adjustments, please contact us before starting.",
               "You can only attempt the assessment once.")]
    return dict(subjects=subj, paras=paras, labels=["application_ack", "interview_invite"], topics=[], oc=[], online=True,
                button=(P(rng, "Start assessment", "Begin now", "Take the test"), f"https://assess.{c['domain']}/t/{rng.randrange(10**6, 10**7)}"))


def k_inv_screen(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = [f"Telephone screening - {r}", f"Invitation to a screening call: {r}", f"{c['name']} - let's have a chat about {r}",
            f"Next step: phone interview ({x['req']})", f"Your application for {r}: screening call"]
    paras = [P(rng, f"Thank you for your application for {r}. We were pleased to read it and would like to invite you to a short telephone screening call.",
               f"Following a review of your application, I'd like to set up an initial phone conversation about the {r} role.",
               f"Good news - the hiring team would like to move you forward to a screening call for {r}.",
               f"We'd like to invite you to a {rng.choice([15, 20, 30])}-minute call with one of our recruiters to talk through your experience and the {r} position."),
             P(rng, f"Please choose a time that suits you using this link: https://book.{c['domain']}/s/{rng.randrange(10**5, 10**6)}",
               f"Could you let me know your availability on {K.date_str(rng, reg)} or {K.date_str(rng, reg)}?",
               f"Are you free on {K.date_str(rng, reg)} at {K.time_str(rng, reg)}? If not, suggest two or three alternatives.",
               "Please reply with a few times that work for you over the coming week."),
             P(rng, "The call will cover your background, your salary expectations and your notice period.",
               "It's an informal conversation - no need to prepare anything in particular.",
               "We'll ring you on the mobile number in your application.",
               "Please have your right-to-work details to hand.", "")]
    return dict(subjects=subj, paras=[p for p in paras if p], labels=["interview_invite"], topics=[], oc=[], button=None)


def k_inv_psych(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = [f"Online assessment invitation - {r}", f"Action required: psychometric assessment ({x['req']})",
            f"{c['name']} recruitment: complete your ability tests", f"Stage 2 - online testing for {r}"]
    paras = [P(rng, f"We are pleased to inform you that your application for {r} has progressed to the online assessment stage.",
               f"Congratulations - you have been shortlisted for the next stage of our selection process for {r}.",
               f"Following our initial review, we'd like to invite you to complete psychometric assessments for the {r} role."),
             P(rng, "The assessments include numerical reasoning, verbal reasoning and a work-style questionnaire.",
               "You will complete a logical reasoning test followed by a situational judgement questionnaire.",
               "There are two timed tests (about 18 minutes each) and an untimed personality questionnaire.",
               "The assessment measures your problem-solving ability and how you approach typical workplace situations."),
             P(rng, f"Please complete all parts {K.deadline(rng, reg)}.", f"Your link remains active until {K.date_str(rng, reg)}.",
               f"Completion is required {K.deadline(rng, reg)}; incomplete assessments cannot be considered.")]
    return dict(subjects=subj, paras=paras, labels=["interview_invite"], topics=[], oc=[], online=True,
                button=(P(rng, "Go to my assessments", "Launch assessment", "Start now"), f"https://{c['domain']}/assess?c={rng.randrange(10**7, 10**8)}"))


def k_inv_video(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = [f"Video interview invitation: {r}", f"Record your video interview - {c['name']}", f"Next step - one-way video interview ({x['req']})",
            f"You're invited: digital interview for {r}"]
    paras = [P(rng, f"Thank you for your interest in {r}. We'd like to invite you to complete a recorded video interview.",
               f"Your application for {r} has been successful at the screening stage and we'd now like to see you on video.",
               f"We're delighted to invite you to the next stage: a pre-recorded digital interview for {r}."),
             P(rng, f"You'll be asked {rng.choice([4, 5, 6])} questions and will have {rng.choice([1, 2, 3])} minutes to answer each after 30 seconds' thinking time.",
               "The questions appear on screen one at a time and you can do a practice question first.",
               "There is no live interviewer: you record your answers whenever suits you before the deadline."),
             P(rng, f"Please complete it {K.deadline(rng, reg)}.", f"The invitation expires on {K.date_str(rng, reg)}.",
               f"Kindly finish the recording {K.deadline(rng, reg)}.")]
    return dict(subjects=subj, paras=paras, labels=["interview_invite"], topics=[], oc=[], online=True,
                button=(P(rng, "Start video interview", "Record my interview", "Open invitation"), f"https://video.{c['domain']}/i/{rng.randrange(10**6, 10**7)}"))


SITE = {
    "manufacturing": lambda r: K.pick(r, ["plant", "site", "factory", "manufacturing site"]),
    "energy": lambda r: K.pick(r, ["office", "operations base", "site", "head office"]),
    "pharma": lambda r: K.pick(r, ["campus", "site", "facility"]),
    "insurance": lambda r: K.pick(r, ["office", "head office", "hub"]),
    "logistics": lambda r: K.pick(r, ["distribution centre", "depot", "head office", "office"]),
    "utilities": lambda r: K.pick(r, ["operations centre", "head office", "training centre"]),
    "defence": lambda r: K.pick(r, ["site", "engineering centre", "facility"]),
    "retail": lambda r: K.pick(r, ["head office", "support centre", "office"]),
    "health": lambda r: K.pick(r, ["hospital", "education centre", "main campus"]),
}


def k_inv_day(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = [f"Invitation to assessment centre - {r}", f"Assessment day: {K.date_str(rng, reg)}", f"{c['name']} assessment centre invitation",
            f"Congratulations - final stage for {r}", f"Invitation: assessment day at our {c['city']} site"]
    parts = P(rng, "a group exercise, a written case study and a competency-based interview",
              "a site tour, a presentation and a panel interview",
              "an in-tray exercise, a role-play and an interview with the hiring manager",
              "a technical test, a group discussion and a one-to-one interview")
    paras = [P(rng, f"We are delighted to invite you to attend our assessment day for the {r} position.",
               f"Following your video interview, we would like to invite you to an assessment centre for {r}.",
               f"Well done on reaching the final stage of our process for {r}. We'd like you to join us for an assessment day."),
             f"The day will take place on {K.date_str(rng, reg)} from {K.time_str(rng, reg)} at our {c['city']} "
             + SITE[c["sector"]](rng) + f" and will include {parts}.",
             P(rng, "Please confirm your attendance by replying to this email within 48 hours.",
               "Please click below to confirm your place.", "Kindly confirm whether you can attend.",
               "Reply to confirm, and let us know about any accessibility requirements."),
             P(rng, "Bring photo ID and proof of your right to work.", "Reasonable travel expenses will be reimbursed.",
               "Parking is available on site; please report to main reception.",
               f"Details of the presentation topic will be sent {rng.choice(['a week', 'five days', 'three days'])} before.", "")]
    return dict(subjects=subj, paras=[p for p in paras if p], labels=["interview_invite"], topics=[], oc=[], button=None)


def k_inv_panel(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    mode = P(rng, "on Microsoft Teams", "in person", "via Zoom", "at our offices", "by video call (Webex)")
    subj = [f"Interview invitation - {r} - {x['req']}", f"Panel interview: {r}", f"Invitation to interview: {r}",
            f"Your interview with {c['name']}", f"Second interview - {r}"]
    paras = [P(rng, f"I am pleased to invite you to a panel interview for the position of {r}.",
               f"The hiring manager would like to meet you for a formal interview for {r}.",
               f"Thank you for completing the earlier stages - we'd now like to invite you to interview for {r}.",
               f"We'd like to take your application for {r} to the next step: an interview with the panel."),
             f"Date: {K.date_str(rng, reg)}\nTime: {K.time_str(rng, reg)}\nFormat: {mode}\n" +
             P(rng, f"Panel: {K.person(rng)} (Hiring Manager), {K.person(rng)} (HR)",
               f"Interviewers: {K.person(rng)}, {K.person(rng)} and {K.person(rng)}",
               f"Duration: {rng.choice([45, 60, 75, 90])} minutes"),
             P(rng, "The interview will be competency-based; you may find it helpful to review the job description and person specification.",
               "You'll be asked to give a ten-minute presentation on your approach to the first 90 days in the role.",
               "Expect a mix of technical and behavioural questions.",
               "There will be a short technical exercise at the start of the interview."),
             P(rng, "Please confirm your attendance or propose another time.", "If this slot doesn't suit, let me know and I'll find another.",
               "Kindly reply to confirm.", "Please accept the calendar invitation to confirm.")]
    return dict(subjects=subj, paras=paras, labels=["interview_invite"], topics=[], oc=[], button=None)


def k_inv_resched(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = [f"Change of interview time - {r}", f"Rescheduled: your interview for {r}", f"New date for your interview - {c['name']}",
            f"Re: Interview for {r} - new time needed"]
    paras = [P(rng, "Unfortunately one of the panel members is no longer available for your interview, and we need to move it.",
               f"Apologies, but the hiring manager has been called away and we need to reschedule your {r} interview.",
               "Due to an operational issue at the site we have had to rearrange the interview."),
             P(rng, f"Could you do {K.date_str(rng, reg)} at {K.time_str(rng, reg)} instead?",
               f"The new proposed time is {K.date_str(rng, reg)}, {K.time_str(rng, reg)}. Please let me know if that works.",
               f"Please select a new slot using this link: https://book.{c['domain']}/r/{rng.randrange(10**5, 10**6)}",
               f"We can offer {K.date_str(rng, reg)} at {K.time_str(rng, reg)} or {K.date_str(rng, reg)} at {K.time_str(rng, reg)}."),
             P(rng, "Sorry for any inconvenience this causes.", "We apologise for the short notice.", "Thanks for your flexibility.")]
    return dict(subjects=subj, paras=paras, labels=["interview_invite"], topics=[], oc=[], button=None)


def _reject_frame(rng, x, decision, extra=None):
    paras = [thanks_applying(rng, x)]
    m = many_apps(rng, x)
    if m and rng.random() < 0.6:
        paras[0] += " " + m
    paras.append(decision)
    if extra:
        paras.append(extra)
    k = keep_on_file(rng, x)
    if k:
        paras.append(k)
    paras.append(wish_well(rng, x))
    return paras


def reject_subjects(rng, x):
    r, c = x["role"], x["c"]["name"]
    return [f"Your application for {r}", f"Update on your application - {x['req']}", f"{c}: application update",
            f"{r} - outcome of your application", f"RE: {r} ({x['req']})", f"Application status: {r}",
            f"Regarding your application to {c}", f"Outcome - {r}", f"{c} recruitment - {r}"]


def k_reject(rng, x):
    roll = rng.random()
    oc = []
    if roll < 0.45:
        dec = plain_reject(rng, x)
    else:
        reason = rng.choice(["closer_fit", "closer_fit", "level_mismatch", "role_filled", "budget_freeze", "role_cancelled"])
        oc = [reason]
        dec = oc_sentence(rng, x, reason)
        if reason in ("closer_fit", "role_filled") and rng.random() < 0.25:
            r2 = rng.choice([r for r in ("closer_fit", "role_filled") if r != reason])
            s2 = K.pick(rng, OC_LINES[r2])
            dec += " " + P(rng, "In addition, ", "Also, ", "We should add that ") + s2 + "."
            oc.append(r2)
    if rng.random() < 0.25:
        dec += " " + P(rng, "Please note that we are unable to provide individual feedback at this stage.",
                       "Owing to the volume of applications we cannot offer feedback to every applicant.",
                       "We are not able to give detailed feedback on applications that do not reach interview.")
    return dict(subjects=reject_subjects(rng, x), paras=_reject_frame(rng, x, dec), labels=["rejection"], topics=[], oc=oc, button=None)


def k_reject_hold(rng, x):
    reason = rng.choice(["budget_freeze", "role_cancelled"])
    if reason == "budget_freeze":
        dec = P(rng,
                "I wanted to let you know that, following the half-year review, the business has placed a freeze on recruitment. The role has been put on hold and we are closing the process for all candidates.",
                "We've been told this week that the budget for this post has been withdrawn for the rest of the financial year, so we won't be able to continue with your application.",
                "Regrettably, due to cost-saving measures across the group, this position has been frozen and will not be filled. We have therefore closed your application; we will keep your details on file should the role reopen.")
    else:
        dec = P(rng,
                "The role has been put on hold while the department is restructured, and I'm afraid that means we're ending the recruitment process. We will keep your details in case it comes back.",
                "After your interview, the division decided not to go ahead with this position at all. I'm sorry to bring the process to a close.",
                "The vacancy has been withdrawn as the work is being absorbed into an existing team. This means we are unable to progress your application further.")
    return dict(subjects=reject_subjects(rng, x) + [f"Position on hold - {x['role']}", "Update: recruitment paused"],
                paras=_reject_frame(rng, x, dec), labels=["rejection"], topics=[], oc=[reason], button=None)


def k_reject_fb(rng, x):
    topics, fbp = feedback_para(rng, x)
    oc = []
    if rng.random() < 0.3:
        oc = ["closer_fit"]
        dec = oc_sentence(rng, x, "closer_fit")
    else:
        dec = P(rng, "After a lot of discussion, the panel has decided not to offer you the role.",
                "I'm sorry to say we won't be progressing you to the final stage.",
                "Unfortunately you were not successful at the assessment centre on this occasion.",
                "The hiring manager has decided to move forward with another candidate.",
                "Regrettably, we will not be offering you the position.")
    paras = [thanks_applying(rng, x).replace("applying", "interviewing") if rng.random() < 0.5 else
             P(rng, f"Thank you for attending the interview for {x['role']}.", f"Thanks for coming in to meet the team about {x['role']}.",
               "Thank you for the time you put into the assessment day."), dec, fbp,
             P(rng, "I hope this is useful for future applications.", "We hope this feedback helps you going forward.",
               "Please don't hesitate to apply for future roles with us.", "Good luck with your search.")]
    return dict(subjects=reject_subjects(rng, x) + [f"Interview outcome and feedback - {x['role']}"], paras=paras,
                labels=["rejection", "feedback"], topics=topics, oc=oc, button=None)


def k_reject_other(rng, x):
    c, reg = x["c"], x["c"]["region"]
    other = K.pick(rng, [r for r in K.ROLES[c["sector"]] if r != x["role"]])
    dec = P(rng, f"We won't be taking your application for {x['role']} further.",
            f"On this occasion we have decided not to progress you for {x['role']}.",
            f"The {x['role']} role has gone to a candidate with more direct experience.")
    oc = ["closer_fit"] if "more direct experience" in dec else []
    inv = P(rng, f"However, the hiring team for our {other} vacancy was impressed by your profile and would like to invite you to a screening call for that role. Are you free on {K.date_str(rng, reg)}?",
            f"That said, we think you could be a strong fit for {other}, and we'd like to invite you to interview for it. Please book a slot here: https://book.{c['domain']}/x/{rng.randrange(10**5, 10**6)}",
            f"We do have an opening for {other} and would like to put you forward for an interview. If you're interested, reply with your availability next week.")
    paras = [thanks_applying(rng, x), dec, inv, P(rng, "We look forward to hearing from you.", "Let me know what you think.", "Hope to speak soon.")]
    return dict(subjects=[f"Your application - {x['role']} / {other}", f"{c['name']}: another opportunity", f"Update on {x['role']} and a new role"],
                paras=paras, labels=["rejection", "interview_invite"], topics=[], oc=oc, button=None)


def k_offer(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    cur = {"uk": "£", "ie": "€", "au": "A$", "za": "R", "sg": "S$", "ca": "C$", "us": "$"}[reg]
    sal = rng.randrange(32, 95) * 1000 if reg != "za" else rng.randrange(380, 1200) * 1000
    subj = [f"Offer of employment - {r}", f"Conditional offer: {r}", f"{c['name']} - your offer", f"Congratulations! Offer for {r}",
            f"Letter of offer - {x['req']}", f"Provisional offer of employment"]
    paras = [P(rng, f"I'm delighted to offer you the position of {r} at {c['name']}.",
               f"Following your recent interview, we are pleased to make you a conditional offer of employment as {r}.",
               f"Congratulations - the panel would like to offer you the role of {r}.",
               f"On behalf of {c['name']}, I am pleased to confirm our verbal offer of the {r} position."),
             P(rng, f"The starting salary is {cur}{sal:,} per annum, plus {rng.choice(['a 10% bonus opportunity', 'pension contributions of 8%', 'a car allowance', 'superannuation', 'medical aid contribution'])}.",
               f"Your package includes a base salary of {cur}{sal:,} and {rng.choice([23, 25, 28, 30])} days' annual leave.",
               f"Salary: {cur}{sal:,} p.a. | Location: {c['city']} | Start date: to be agreed"),
             P(rng, "This offer is conditional on satisfactory references, a background check and proof of your right to work.",
               "The offer is subject to a pre-employment medical and security vetting.",
               "Please note the offer is conditional on two satisfactory references and verification of your qualifications.",
               "Your formal contract will follow once pre-employment checks are complete."),
             P(rng, f"Please let us know whether you accept {K.deadline(rng, reg)}.",
               "Please sign and return the attached letter to confirm your acceptance.",
               "Accept your offer through the candidate portal.", "I'd be happy to talk through any questions.")]
    return dict(subjects=subj, paras=paras, labels=["offer"], topics=[], oc=[], button=None)


def k_offer_fb(rng, x):
    d = k_offer(rng, x)
    topics, sents = feedback_parts(rng, x, 1)
    fb = P(rng, "The panel was very positive, though they mentioned that ", "One note from the interviewers: ",
           "As part of your development plan, the hiring manager noted that ") + sents[0] + "."
    fb += P(rng, " We'll support you with that during your first months.", " This will be built into your induction.", "")
    d["paras"].insert(2, fb)
    d["labels"] = ["offer", "feedback"]
    d["topics"] = topics
    return d


def k_fb_progress(rng, x):
    c, reg = x["c"], x["c"]["region"]
    topics, fbp = feedback_parts(rng, x, rng.choice([1, 2]))
    fb = P(rng, "The panel asked me to pass on some feedback ahead of the final stage: ", "A few points from the first interview to work on: ",
           "Before your next interview, the hiring manager wanted you to know that ") + "; ".join(fbp) + "."
    paras = [P(rng, f"Thank you for your first interview for {x['role']}. I'm pleased to say you've been put through to the final round.",
               f"Good news - you have been successful at the first stage for {x['role']}, and we'd like to invite you to a final interview."),
             P(rng, f"It will be on {K.date_str(rng, reg)} at {K.time_str(rng, reg)} with the site director.",
               f"Please book a time for the final interview here: https://book.{c['domain']}/f/{rng.randrange(10**5, 10**6)}"),
             fb, P(rng, "Best of luck!", "Looking forward to seeing you again.", "Please confirm your availability.")]
    return dict(subjects=[f"Final interview - {x['role']}", f"Next stage and feedback - {x['role']}", f"{c['name']}: you're through to the final round"],
                paras=paras, labels=["interview_invite", "feedback"], topics=topics, oc=[], button=None)


# ----------------------------------------------------------------- kinds: negatives from the same senders

def n_review(rng, x):
    c, r = x["c"], x["role"]
    subj = [f"Application status update: {r}", f"Your application is under review", f"{c['name']} - status of your application",
            f"Update: {x['req']}", "We're still reviewing applications"]
    paras = [P(rng, f"We wanted to let you know that your application for {r} is still under review.",
               f"Your application for {r} remains active and is currently being assessed by the hiring team.",
               "Just a quick update: we haven't forgotten about you. The hiring manager is still reviewing applications.",
               f"The status of your application for {r} has changed to: In review."),
             P(rng, "We expect to be in touch within the next two weeks.", "We'll contact you as soon as a decision has been made.",
               "Thank you for your patience while we complete shortlisting.", "No action is needed from you at this stage.",
               "Shortlisting has taken longer than planned because of the number of applications.",
               "The recruiting manager hopes to finalise the shortlist by the end of the month.",
               "We appreciate that waiting can be frustrating, and we'll update you again either way.")]
    if rng.random() < 0.5:
        paras.append(portal_line(rng, x))
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[], button=None)


def n_profile(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = ["Action needed: complete your candidate profile", f"Your application for {r} is incomplete",
            f"Reminder: finish your {c['name']} application", "You haven't submitted your application yet", "Complete your profile to apply"]
    paras = [P(rng, f"You started an application for {r} but it has not yet been submitted.",
               "Your candidate profile is missing some required information.",
               f"We noticed you began applying for {r} on our careers site. Your draft has been saved.",
               "To be considered for roles, candidates must complete their profile, including work history and right-to-work questions."),
             P(rng, f"Please log in and submit it {K.deadline(rng, reg)}; incomplete applications are not reviewed.",
               "Missing sections: Employment history, Equal opportunities monitoring, Declaration.",
               "Please upload your CV and complete the screening questions.",
               f"The vacancy closes on {K.date_str(rng, reg)}.")]
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[],
                button=(P(rng, "Complete my application", "Finish profile", "Continue application"), x["portal"]))


def n_reminder(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = [f"Reminder: your interview tomorrow - {r}", f"Interview reminder - {K.date_str(rng, reg)}", f"Reminder of your upcoming assessment day",
            f"See you soon - {c['name']} interview", f"Reminder: video interview {r}"]
    paras = [P(rng, f"This is a friendly reminder of your interview for {r} on {K.date_str(rng, reg)} at {K.time_str(rng, reg)}.",
               f"Just a reminder that you're booked in for the assessment day at our {c['city']} site tomorrow.",
               f"We look forward to seeing you for your scheduled interview for {r}.",
               f"Your interview is confirmed for {K.date_str(rng, reg)}, {K.time_str(rng, reg)}, as arranged."),
             P(rng, "Please arrive 10 minutes early and ask for the recruitment team at reception.",
               "The Teams link is in the calendar invitation we sent previously.", "Remember to bring photo ID.",
               "If you need to cancel, please let us know as soon as possible.", "Dress code is business casual.",
               "Parking is in the visitor car park behind building B.")]
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[], button=None)


def n_thanks_today(rng, x):
    c, r = x["c"], x["role"]
    subj = ["Thank you for your time today", f"Thanks for interviewing with {c['name']}", f"Today's interview - {r}",
            "Following up on today", f"RE: Interview - {r}"]
    paras = [P(rng, f"Thank you for taking the time to meet with us today regarding the {r} role.",
               "Thanks again for coming in this morning - it was good to meet you.",
               "Many thanks for your time on the call this afternoon.",
               f"Thank you for attending the assessment day for {r}."),
             P(rng, "The panel is meeting other candidates this week and we expect to come back to you by the end of next week.",
               "We're completing the remaining interviews and will be in touch with an outcome shortly.",
               "I'll let you know the outcome as soon as the hiring manager has made a decision.",
               "If you have any further questions in the meantime, just drop me a line.",
               "We'll be in touch once all candidates have been seen.")]
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[], button=None)


def n_delay(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = [f"Update on {r} - short delay", "Recruitment timeline update", f"{c['name']}: brief pause in the process",
            f"Position on hold - {r}", "Update on next steps"]
    paras = [P(rng, f"I wanted to give you an update on the {r} recruitment. The role has been put on hold for a few weeks while the budget is signed off for next quarter.",
               "The hiring manager is on leave until the end of the month, so we've paused interviews until then.",
               f"We've had to delay the next stage for {r} because of a site audit, but the role is still open and your application remains active.",
               "Our interview schedule has slipped by around two weeks due to a change in the panel."),
             P(rng, f"We expect to resume around {K.date_str(rng, reg)} and will contact you then to arrange the next stage.",
               "Your application is still very much under consideration.",
               "Nothing is needed from you; we'll be back in touch as soon as we can.",
               "Apologies for the wait, and thank you for bearing with us.")]
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[], button=None)


def n_onboard(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = [f"Welcome to {c['name']} - next steps", "Your onboarding documents", "Action required: new starter forms",
            f"Starting on {K.date_str(rng, reg)} - what to expect", "Pre-employment paperwork"]
    paras = [P(rng, f"Thank you for accepting our offer for {r}. We're delighted you're joining us.",
               "Now that you have accepted your offer, there are a few things we need from you before your first day.",
               f"Welcome aboard! Your start date of {K.date_str(rng, reg)} is confirmed.",
               "Congratulations again on your new role. This email explains how to complete your onboarding."),
             P(rng, "Please complete the new starter form, bank details and tax declaration in the onboarding portal.",
               "You'll need to upload your passport, proof of address and your P45." if reg == "uk" else
               "You'll need to upload your ID, proof of address and tax number.",
               "Our payroll team needs your bank details and emergency contact by the end of the week.",
               "Please sign your contract and the IT acceptable use policy electronically."),
             P(rng, "Your manager will send you an induction timetable.", "On day one, report to reception at 8:30.",
               "Your laptop will be ready for collection on your first morning.", "")]
    return dict(subjects=subj, paras=[p for p in paras if p], labels=[], topics=[], oc=[],
                button=(P(rng, "Start onboarding", "Go to onboarding portal"), f"https://onboard.{c['domain']}/welcome") if rng.random() < 0.5 else None)


def n_bgcheck(rng, x):
    c, r, reg = x["c"], x["role"], x["c"]["region"]
    subj = ["Background screening - action required", "Pre-employment checks: please complete", f"Reference and background check - {r}",
            "Your screening pack", "Security vetting forms"]
    paras = [P(rng, f"As part of our standard pre-employment process for {r}, we use an external provider to complete background checks.",
               "Our screening partner will contact you shortly to verify your employment history, education and criminal record.",
               "Please complete the enclosed security vetting questionnaire so that we can begin the clearance process.",
               "We now need to carry out reference checks. Please provide contact details for two referees, one of whom should be your current or most recent manager."),
             P(rng, f"Please complete the forms {K.deadline(rng, reg)}.", "Delays in returning the forms may hold up the process.",
               "All information is handled confidentially.", "You will receive a separate email with your secure login."),
             P(rng, "These checks are carried out for all shortlisted applicants and do not indicate a decision.",
               "Please note this is part of our process and does not form an offer of employment.", "")]
    return dict(subjects=subj, paras=[p for p in paras if p], labels=[], topics=[], oc=[], button=None)


def n_withdrawn(rng, x):
    c, r = x["c"], x["role"]
    subj = [f"Application withdrawn: {r}", "Confirmation of withdrawal", f"We've withdrawn your application ({x['req']})"]
    paras = [P(rng, f"As requested, your application for {r} has been withdrawn.",
               f"This confirms that you have withdrawn from the recruitment process for {r}.",
               "We've received your request and your application has now been withdrawn."),
             P(rng, "Thanks for letting us know, and we hope to see your name again in future.",
               "Your profile remains active, so you can apply for other roles at any time.",
               "If this was a mistake, please contact the recruitment team.")]
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[], button=None)


def n_no_feedback(rng, x):
    subj = [f"RE: Feedback request - {x['role']}", "Re: feedback", f"RE: {x['role']} - feedback"]
    paras = [P(rng, "Thank you for your email asking for feedback.", "Thanks for getting in touch about feedback.",
               "I appreciate you reaching out for feedback."),
             P(rng, "Unfortunately, company policy means we are unable to provide individual feedback to applicants who were not interviewed.",
               "Due to the number of applications we received, we aren't in a position to give personalised feedback.",
               "I'm afraid we don't share assessment-centre scores or panel notes with candidates."),
             P(rng, "I'm sorry I can't be more helpful.", "Thank you for understanding.", "Wishing you well.")]
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[], button=None)


def n_test_done(rng, x):
    subj = ["Assessment completed", f"We've received your assessment - {x['role']}", "Thank you for completing your video interview"]
    paras = [P(rng, "Thank you for completing the online assessment. Your responses have been recorded.",
               "Your video interview has been submitted successfully.",
               "This is to confirm that your situational judgement test was completed."),
             P(rng, "The recruitment team will review results once all candidates have finished, and we'll update you then.",
               "You don't need to do anything else for now.", "Results are not shared directly with candidates.")]
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[], button=None)


def n_survey(rng, x):
    c = x["c"]
    subj = [f"How was your experience applying to {c['name']}?", "Tell us about your candidate experience", "2-minute survey"]
    paras = [P(rng, f"You recently took part in our recruitment process for {x['role']}. We'd love to hear how it went.",
               "We are always trying to improve the way we recruit, and your views really matter."),
             P(rng, "The survey is anonymous and takes about two minutes.", "Your answers will not affect any current or future application.")]
    return dict(subjects=subj, paras=paras, labels=[], topics=[], oc=[],
                button=("Take the survey", f"https://survey.{c['domain']}/cx/{rng.randrange(10**5, 10**6)}"))


POSITIVE = [(k_ack, 11), (k_ack_test, 4), (k_inv_screen, 6), (k_inv_psych, 5), (k_inv_video, 4), (k_inv_day, 4),
            (k_inv_panel, 6), (k_inv_resched, 3), (k_reject, 16), (k_reject_hold, 4), (k_reject_fb, 6),
            (k_reject_other, 3), (k_offer, 6), (k_offer_fb, 1), (k_fb_progress, 2)]
NEGATIVE = [(n_review, 5), (n_profile, 4), (n_reminder, 5), (n_thanks_today, 4), (n_delay, 4), (n_onboard, 4),
            (n_bgcheck, 4), (n_withdrawn, 2), (n_no_feedback, 2), (n_test_done, 2), (n_survey, 2)]


def choose(rng, table):
    total = sum(w for _, w in table)
    r = rng.random() * total
    for f, w in table:
        r -= w
        if r < 0:
            return f
    return table[-1][0]


# ----------------------------------------------------------------- sector colour (inserted around the decision)

SECTOR_LINES = {
    "manufacturing": [
        "The role is based on our {city} site, which runs a three-shift pattern across two production halls.",
        "Our plant has just commissioned a new extrusion line, and the team is growing as volumes ramp up.",
        "Safety is our first priority on site: all visitors complete a short induction at the gatehouse.",
        "The successful candidate will report to the Operations Manager and support the night-shift leads.",
        "We are an ISO 9001 and ISO 14001 accredited manufacturer supplying the automotive and agricultural sectors.",
        "Our continuous-improvement programme has reduced scrap by a third over the last two years.",
    ],
    "energy": [
        "The position is rotational (two weeks on, two weeks off) with flights from {city} covered.",
        "Successful applicants must hold or be willing to obtain offshore survival certification.",
        "Our portfolio includes onshore wind, gas processing and a growing battery-storage business.",
        "The commercial team sits within our trading hub and works closely with asset managers in the field.",
        "Candidates will need a full driving licence as the role covers several remote sites.",
        "We are midway through a major turnaround programme at the {city} facility.",
    ],
    "pharma": [
        "The position sits within our sterile manufacturing unit, which operates under EU and FDA GMP.",
        "Our {city} campus employs around 900 people across development, manufacturing and QC.",
        "Gowning training is provided for anyone who will enter Grade B areas.",
        "The QC laboratory supports release testing for more than forty commercial products.",
        "We are preparing for a regulatory inspection next quarter, so the team is busy but well supported.",
        "Shift allowance applies to roles on the continental rota.",
    ],
    "insurance": [
        "The role sits within our Commercial Lines division and supports brokers across the region.",
        "All customer-facing roles are subject to regulatory fitness and propriety checks.",
        "We operate a hybrid model: three days a week in the {city} office, two from home.",
        "Our claims team handles motor, property and liability claims for more than a million policyholders.",
        "Study support is available for professional qualifications such as the Chartered Insurance Institute exams.",
        "The pricing function is moving its models to a new platform this year.",
    ],
    "logistics": [
        "The depot operates 24/7 and handles chilled and ambient freight for national retail customers.",
        "Our {city} distribution centre dispatches around 4,000 pallets a day.",
        "The role involves liaising with hauliers, customs brokers and the customer service desk.",
        "Some weekend and early-morning work is required during peak season.",
        "We are rolling out a new transport management system across the network.",
        "A forklift licence would be an advantage but is not essential.",
    ],
    "utilities": [
        "The team is responsible for the water and wastewater network serving more than a million customers.",
        "The role includes a share of the standby rota, paid at the standard allowance.",
        "Our regulatory business plan commits us to major investment in network resilience over five years.",
        "You will be based at our {city} operations centre with occasional visits to treatment works.",
        "Field roles come with a company van and all required PPE.",
        "We are replacing thousands of legacy meters with smart devices across the region.",
    ],
    "defence": [
        "Because of the nature of our work, candidates must be eligible for national security vetting.",
        "The programme is at the verification stage, with trials planned at the {city} range.",
        "Applicants must be sole nationals of the country of employment, in line with programme requirements.",
        "The role involves work on classified systems and cannot be performed remotely.",
        "Our engineering teams support naval, land and air platforms for government customers.",
        "Export-control regulations apply to the technical information discussed at interview.",
    ],
    "retail": [
        "The role is based at our head office in {city}, with regular visits to stores and suppliers.",
        "Our buying teams work a season ahead, so autumn is our busiest time for range reviews.",
        "Colleagues receive a generous staff discount across all our brands.",
        "The category team looks after a turnover of several hundred million across food and home.",
        "We are investing heavily in our online business, which now accounts for a quarter of sales.",
        "You'll work alongside the merchandising, supply chain and marketing teams.",
    ],
    "health": [
        "The post is based in our acute hospital in {city} and covers the surgical and medical directorates.",
        "All appointments are subject to satisfactory Garda/police vetting and occupational health clearance.",
        "The unit is moving to a new electronic patient record system in the spring.",
        "Applicants must hold current registration with the relevant professional body.",
        "Our hospital group serves a population of about half a million people across three sites.",
        "Flexible rostering options are available for this role.",
    ],
}


def sector_line(rng, x):
    return K.pick(rng, SECTOR_LINES[x["c"]["sector"]]).format(city=x["c"]["city"])


INVITE_EXTRA = [
    "If you have a disability or condition that means you need adjustments for any part of this stage, tell us and we'll arrange them.",
    "Interviews are scored against the competencies listed in the role profile, so it's worth having a read beforehand.",
    "You're welcome to bring notes, but please don't read from a script.",
    "We'll reimburse reasonable travel costs on production of receipts.",
    "The hiring manager for this role is {mgr}, who leads the {dept} function.",
    "For security reasons, visitors must be pre-registered; we'll send your name to the gatehouse the day before.",
    "Please bring original identity documents so we can complete the right-to-work check on the day.",
    "If you're joining remotely, test your camera and microphone in advance; the link will open five minutes before the start.",
    "We run the same questions for every candidate at this stage to keep the process fair.",
    "Expect the whole session to take around {mins} minutes, including time for your questions.",
    "There's no dress code, but most candidates opt for business casual.",
    "You'll meet {mgr} and a colleague from the wider {dept} team.",
]

OFFER_EXTRA = [
    "The role attracts a relocation package of up to {amt} subject to our relocation policy.",
    "You will be enrolled in the group pension scheme after your first month.",
    "The working week is 37.5 hours, Monday to Friday, with flexible start and finish times.",
    "Our employee assistance programme and private health cover start from day one.",
    "Your line manager will be {mgr}, who is looking forward to working with you.",
    "Annual salary reviews take place each April.",
    "A company vehicle and fuel card come with the role as it covers several sites.",
    "We'd like to agree a start date that fits your notice period.",
    "The offer remains open for seven calendar days.",
    "There is a six-month probation period, during which the notice period is one week.",
]

REJECT_EXTRA = [
    "We know how much effort goes into an application and we're grateful for yours.",
    "Please don't take this as a reflection of your abilities; the field was unusually strong.",
    "You can view this update in your candidate account as well.",
    "Your documents will be securely deleted in line with our retention policy.",
    "",
]

DEPTS = ["Operations", "Engineering", "Quality", "Finance", "Supply Chain", "Commercial", "Asset Management", "Clinical Services",
         "Customer Operations", "Technical Services"]


ONLINE_EXTRA = [
    "If you have a disability or condition that means you need adjustments for any part of this stage, tell us and we'll arrange them.",
    "Everyone applying for this role completes the same stage, which helps us keep the process fair.",
    "Results are reviewed by the recruitment team alongside your application, not in isolation.",
    "Technical problems? Contact the provider's helpdesk via the link at the bottom of the assessment page.",
    "We recommend using Chrome or Edge on a laptop rather than a phone.",
    "",
]


def extra_line(rng, x, labels, online=False):
    if online:
        return K.pick(rng, ONLINE_EXTRA)
    if "offer" in labels:
        pool = OFFER_EXTRA
    elif "interview_invite" in labels:
        pool = INVITE_EXTRA
    elif "rejection" in labels:
        pool = REJECT_EXTRA
    else:
        return ""
    cur = {"uk": "£", "ie": "€", "au": "A$", "za": "R", "sg": "S$", "ca": "C$", "us": "$"}[x["region"]]
    return K.pick(rng, pool).format(mgr=K.person(rng), dept=K.pick(rng, DEPTS), mins=rng.choice([45, 60, 90, 120]),
                                    amt=f"{cur}{rng.choice([3, 5, 8, 10])},000")
