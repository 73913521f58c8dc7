"""Writer 42: English fragments used by the continental employers' international HR teams."""

LANG = "en"


def greet(rng, p, reg, region=None):
    if reg == "i":
        return rng.choice([f"Hi {p['first']},", f"Hey {p['first']},", f"Hi {p['first']}!"])
    return rng.choice([f"Dear {p['full']},", f"Dear {p['first']},", f"Hello {p['first']},", "Dear Applicant,",
                       f"Dear {'Ms' if p['g'] == 'f' else 'Mr' if p['g'] == 'm' else ''} {p['last']},".replace("Dear  ", "Dear ")])


def close(rng, reg, region=None):
    if reg == "i":
        return rng.choice(["Cheers,", "Best,", "Talk soon,", "All the best,"])
    return rng.choice(["Kind regards,", "Best regards,", "Yours sincerely,", "With kind regards,", "Sincerely,"])


S = {
    "thanks_apply": ["thank you for applying for the {role} position at {company}.", "thank you for your interest in joining {company}.",
                     "many thanks for the time you put into your application.", "thank you for taking part in our selection process for {role}."],
    "thanks_apply_i": ["thanks a lot for applying for {role}!", "thanks for your interest in {company}."],
    "ack": ["we confirm receipt of your application for {role} (reference {ref}).", "your application has been received and forwarded to the hiring team.",
            "this automated message confirms that we have received your CV and cover letter.", "we have successfully received your application submitted on {date}."],
    "ack_i": ["your application for {role} just landed with us.", "quick note to say we got your application, thanks!"],
    "ack_next": ["We review every application carefully and aim to get back to you within {weeks} weeks.", "You can track the status of your application in the {portal}.",
                 "If your profile matches the requirements, a member of our HR team will contact you."],
    "ack_next_i": ["We'll get back to you within {weeks} weeks.", "You can check where things stand in your {portal}."],
    "reject": ["after careful consideration, we regret to inform you that we will not be moving forward with your application.",
               "unfortunately we have decided to continue the process with other candidates.", "we are sorry to let you know that your application was not successful on this occasion.",
               "following the interviews, we have decided to offer the position to another candidate.", "we will not be able to offer you the {role} role.",
               "we have decided not to progress your application further."],
    "reject_i": ["unfortunately we won't be moving forward with you for this role.", "we've decided to go with someone else, sorry to bring bad news."],
    "reject_stop": ["we regret to inform you that the recruitment for {role} has been closed without an appointment.",
                    "unfortunately we will not be able to take your application further."],
    "reject_stop_i": ["bad news, and nothing to do with you: we're closing this search."],
    "reason": {
        "role_filled": ["The position has since been filled.", "We have filled the vacancy internally."],
        "budget_freeze": ["Due to a company-wide hiring freeze, the position cannot be filled at present.", "The budget for this role has been frozen."],
        "closer_fit": ["We selected a candidate whose experience more closely matches the requirements.", "Another applicant's background was a closer match to the role."],
        "level_mismatch": ["For this role we are looking for someone with more senior leadership experience.", "The role is aimed at a more junior profile than yours."],
        "role_cancelled": ["The position has been withdrawn following an internal restructuring.", "The vacancy has been cancelled."],
    },
    "reject_soft": ["This was not an easy decision given the quality of applications.", "We received a very large number of applications."],
    "pool": ["With your consent we will keep your details in our talent pool for six months.", "We encourage you to apply again for future openings."],
    "pool_i": ["Keep an eye on our jobs page!"],
    "wish": ["We wish you every success in your job search.", "We wish you all the best for the future."],
    "wish_i": ["Best of luck with everything!"],
    "no_fb_policy": ["Due to the number of applications, we are unable to provide individual feedback.",
                     "As a matter of policy we do not share the reasons behind individual decisions."],
    "fb_intro": ["As requested, here is some feedback from the panel:", "We wanted to share a few observations from your interview."],
    "fb_intro_i": ["Some honest feedback, in case it helps:"],
    "fb_praise": ["The panel appreciated your experience in {field}.", "Your motivation came across very clearly."],
    "fb": {
        "coding": ["In the coding exercise your solution lacked tests and was hard to follow in places."],
        "system_design": ["In the system design section we missed a discussion of scaling and failure modes."],
        "technical_depth": ["When we went deeper on technical questions, the answers stayed fairly high level."],
        "behavioural": ["Your answers to the situational questions lacked concrete examples."],
        "communication": ["Your answers were sometimes long and the key point got lost."],
        "questions_to_ask": ["You had very few questions for us at the end."],
        "composure": ["You seemed quite nervous under time pressure during the case study."],
        "experience_level": ["Your people-management experience is not yet at the level this role requires."],
        "collaboration": ["In the group exercise you involved the other participants very little."],
        "cv_positioning": ["Your CV did not make clear what you personally contributed to the projects listed."],
    },
    "fb_i": {
        "coding": ["In the live coding your code worked but skipped edge cases and tests."],
        "system_design": ["On system design you jumped into details before setting out the big picture."],
        "technical_depth": ["When we dug into databases the answers stayed a bit shallow."],
        "behavioural": ["We'd have liked more concrete stories from past roles."],
        "communication": ["Your explanations jumped around a bit."],
        "questions_to_ask": ["You hardly had any questions for us, which surprised the team."],
        "composure": ["You seemed pretty nervous in the pairing session."],
        "experience_level": ["You're still a bit light on production experience for this role."],
        "collaboration": ["During pairing you didn't really talk things through with your partner."],
        "cv_positioning": ["Your CV undersells you; the projects are barely described."],
    },
    "fb_general": ["Overall your interview was solid but not quite strong enough for the final stage."],
    "inv_intro": ["we were impressed by your application and would like to invite you to an interview.", "we are pleased to invite you to the next stage of our selection process.",
                  "we would like to get to know you better."],
    "inv_intro_i": ["we'd love to meet you!", "good news, we'd like to move you to the next step."],
    "inv_mode": {
        "phone": ["We suggest a {dur}-minute phone call on {date} at {time}."],
        "video": ["The interview will take place via Microsoft Teams and last about {dur} minutes."],
        "onsite": ["The interview will be held at our {place} office on {date} at {time}."],
        "ac": ["You are invited to our one-day assessment centre on {date} in {place}."],
        "probe": ["We would like to invite you to a trial day with the team."],
        "test": ["As the next step, please complete our online assessment (about {dur} minutes): {link}"],
    },
    "inv_mode_i": {
        "phone": ["Up for a quick {dur}-minute call?"], "video": ["Let's do a {dur}-minute video call with our CTO."],
        "onsite": ["Come by our {place} office on {date} at {time}?"], "probe": ["Fancy spending a day with the team?"],
        "test": ["Next up is a small take-home task: {link}"], "ac": ["We'll do a morning of short conversations and a team exercise."],
    },
    "inv_sched": ["Please choose a suitable slot here: {link}", "Kindly confirm your availability by replying to this email."],
    "inv_sched_i": ["Grab a slot here: {link}", "Let us know what works!"],
    "inv_other": ["However, we think your profile would be a great fit for our {role2} opening and would like to invite you to an interview for it."],
    "inv_other_i": ["That said, we'd really like to talk to you about {role2}."],
    "resched": ["unfortunately we need to move your interview. Would {date} at {time} work for you instead?"],
    "offer": ["we are delighted to offer you the position of {role} at {company}.", "please find attached our offer letter for the {role} position.",
              "following our conversations, we would like to make you a formal offer of employment."],
    "offer_i": ["we'd love to have you on the team, so here's our official offer for {role}!"],
    "offer_detail": ["The annual gross salary is {salary}, with a start date of {start}.", "It is a permanent, full-time contract with a six-month probation period."],
    "offer_deadline": ["We would appreciate your reply by {date}.", "Please return the signed contract by {date}."],
    "status": ["Your application is still under review.", "Our selection process is still ongoing; we will be in touch as soon as possible."],
    "reminder": ["this is a reminder of your interview on {date} at {time}.", "a quick automated reminder of your appointment on {date} at {time}."],
    "thanks_today": ["thank you for your time today, it was a pleasure to meet you.", "thanks for coming in today."],
    "thanks_today_next": ["We are meeting a few more candidates and will be in touch soon.", "You will hear from us by the end of next week."],
    "profile": ["your candidate profile is incomplete. Please upload your CV so we can process your application."],
    "withdraw_ack": ["we have received your message and withdrawn your application as requested."],
    "contact": ["If you have any questions, please do not hesitate to contact us.", "For any questions, please contact {sender}."],
    "fields": ["logistics", "healthcare", "energy", "retail", "finance"],
}

PRIVACY = [
    "Privacy notice: we process your personal data in accordance with the GDPR for recruitment purposes only. See {url}/privacy for details.",
    "This is an automatically generated email. Please do not reply. {company}, {city}.",
    "This email and any attachments are confidential and intended solely for the addressee.",
]
CITIES = {}

SUBJ = {
    "ack": ["Application received – {role}", "Thank you for your application", "Your application to {company} ({ref})"],
    "reject": ["Your application for {role}", "Update on your application", "{company} – application {ref}", "Regarding your application"],
    "invite": ["Interview invitation – {role}", "Next step in your application", "Online assessment – {company}", "Let's talk – {role}"],
    "offer": ["Offer of employment – {role}", "Your offer from {company}", "Offer letter"],
    "fb": ["Feedback on your interview", "Interview feedback – {role}"],
    "status": ["Application status update", "Your application is still being reviewed"],
    "reminder": ["Reminder: interview on {date}", "Your appointment tomorrow"],
    "resched": ["Interview rescheduled", "New time for your interview"],
}
ROLES = ["Backend Engineer", "Supply Chain Analyst", "Product Designer", "Account Manager DACH", "Financial Controller",
         "Quality Engineer", "Data Scientist", "HR Business Partner", "Project Manager (international)", "Sales Engineer LATAM",
         "Site Reliability Engineer", "Marketing Manager France", "Process Engineer"]

PRIVACY_BITS = [
    "We process your personal data in accordance with the GDPR for recruitment purposes only.",
    "See {url}/privacy for details.", "This is an automatically generated email. Please do not reply.",
    "This email and any attachments are confidential and intended solely for the addressee.",
    "Your data will be deleted six months after the end of the process.", "{company}, {city}.",
    "You can contact our data protection officer at privacy@{domain}.",
]

# ---- more ways of saying the same things (international HR teams write English in many registers)
S["thanks_apply"] += ["thank you for considering {company} as your next employer.", "we appreciate your interest in the {role} opening.",
                      "thanks for the effort you put into your application and the interviews.", "first of all, thank you for applying.",
                      "we'd like to thank you for your application and the conversations we had."]
S["ack"] += ["we're writing to let you know your application for {role} has arrived safely.", "your documents for the {role} vacancy (ref. {ref}) are complete.",
             "thank you, your application is now in our system and visible to the recruiting team.", "this is to acknowledge receipt of your application for the post of {role}."]
S["ack_next"] += ["Please allow a few weeks for our review.", "Our recruiters look at every application personally.",
                  "We will contact you by email once the hiring manager has reviewed your profile.", "There is no need to resend your documents."]
S["reject"] += ["we regret that we cannot offer you a position at this time.", "we have now completed the interviews and, unfortunately, you have not been selected.",
                "after reviewing all applications, we will not be inviting you to the next stage.", "sadly, the panel decided not to move forward with your candidacy.",
                "your application has not been shortlisted.", "I'm afraid we have decided to proceed with a different applicant."]
S["reject_soft"] += ["We know this is disappointing news.", "Please do not see this as a judgement of your abilities.", "The competition for this role was very strong."]
S["pool"] += ["We would be happy to hear from you again in the future.", "Please keep an eye on our careers page for future vacancies.",
              "Your profile will remain in our database for twelve months unless you ask us to delete it."]
S["wish"] += ["Good luck with your next steps.", "We hope our paths cross again.", "All the best in your career.", "Thank you again, and good luck."]
S["inv_intro"] += ["thank you for your application; we'd like to invite you for a conversation.", "the hiring team would like to meet you.",
                   "we have reviewed your profile and would love to hear more about your experience.", "you have been shortlisted for the {role} role and we'd like to arrange an interview."]
S["inv_sched"] += ["Reply to this email with two or three time slots that work for you.", "If the proposed time doesn't suit you, just let us know.",
                   "You will find the video link in the calendar invitation.", "Please bring a photo ID to the reception desk."]
S["offer"] += ["I'm very happy to confirm that we would like you to join us as {role}.", "congratulations! We'd like to offer you the {role} position.",
               "on behalf of the management team, I am pleased to make you an offer for the role of {role}."]
S["offer_detail"] += ["You would report to the Head of Operations and work from our {place} office with two home-office days a week.",
                      "The package includes 30 days of annual leave, a pension plan and a public transport pass."]
S["offer_deadline"] += ["We'd be grateful for your decision within a week.", "Do reach out if you'd like to discuss any part of the offer."]
S["status"] += ["We have not forgotten you: reviews are taking longer than planned.", "The hiring manager is still meeting candidates.",
                "We expect to make decisions in the next two weeks.", "Thank you for your patience while we complete the process."]
S["contact"] += ["Feel free to reply to this email if anything is unclear.", "We're happy to answer any questions.", "Questions? Just get in touch with {sender}."]
S["thanks_today_next"] += ["We'll come back to you once the panel has met.", "Expect to hear from us within a week."]
S["reason"]["role_filled"] += ["The vacancy has now been filled."]
S["reason"]["closer_fit"] += ["We chose a candidate whose profile aligns more closely with what the team needs right now."]
S["reason"]["level_mismatch"] += ["We realised the team needs someone at a more senior level."]
S["reason"]["role_cancelled"] += ["The role is no longer open after a change in priorities."]
S["fb_intro"] += ["Here are a few points the interviewers noted:", "To help you in future applications, some feedback:"]
S["fb_praise"] += ["Your enthusiasm for the role was obvious.", "The team liked your hands-on approach."]
S["fb"]["coding"] += ["The take-home worked, but the code structure made it hard to extend."]
S["fb"]["communication"] += ["Some of your explanations were hard to follow without more structure."]
S["fb"]["behavioural"] += ["The examples you gave were quite general and didn't show your own role clearly."]
S["fb"]["experience_level"] += ["Compared with other finalists, your experience with large budgets was limited."]
S["fb"]["technical_depth"] += ["Your knowledge of IFRS consolidation didn't go as deep as the role requires."]
S["fb"]["cv_positioning"] += ["Your CV read as a list of duties rather than achievements."]
S["fb"]["composure"] += ["Under pressure in the role-play you lost your train of thought."]
S["fb"]["collaboration"] += ["In the group task you worked mostly alone rather than with the team."]
S["fb"]["questions_to_ask"] += ["We were surprised you didn't ask anything about the team or the role."]
S["fb"]["system_design"] += ["Your architecture proposal did not address data consistency."]
PRIVACY_BITS += ["We only use your data to assess your suitability for the role.", "You may withdraw your consent at any time.",
                 "Replies to this address are not monitored.", "Registered office: {city}.", "To update your preferences, log in to your account."]

S["status_i"] = ["We're still wrapping up interviews, give us a few more days.", "Quick sign of life: your application is still with the team."]
S["reminder_i"] = ["quick reminder, we're meeting on {date} at {time}!"]
S["thanks_today_i"] = ["thanks for the great chat today!"]
S["thanks_today_next_i"] = ["We're talking to one or two more people and will get back to you.", "You'll hear from us next week."]
S["profile_i"] = ["your CV is missing from your profile, could you upload it so we can move forward?"]
S["withdraw_ack_i"] = ["sad to see you withdraw, but thanks for letting us know!"]
S["resched_i"] = ["sorry, we need to move our interview. Would {date} at {time} work?"]
S["offer_deadline_i"] = ["Let us know by {date} if you're in!", "Any questions about the offer, just shout."]
S["offer_detail_i"] = ["Salary: {salary}, start date {start}.", "All the details (salary, remote days, holidays) are in the attachment."]
