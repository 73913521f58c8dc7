"""Writer w24: the deciding sentences (a hundred ways to say the same four things) and their neighbours.

Placeholders: {role} {company} {req} {link} {day} {time} {dur} {area} {first} {start} {salary}.
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip()]


# ---------------------------------------------------------------- rejections without a stated reason
REJECT = _lines("""
After careful consideration, we will not be progressing your application for the {role} role.
Unfortunately, your application for {role} was not selected to move forward.
The hiring team has decided to pursue other applicants for this position.
We regret to let you know that you have not been shortlisted for the {role} vacancy.
We are unable to offer you an interview on this occasion.
Your candidacy for {role} will not move forward at this time.
We have decided not to take your application any further.
On this occasion your application has been unsuccessful.
I'm sorry to say we won't be moving ahead with your application.
We've reviewed your application and, regrettably, will not be proceeding to the next stage with you.
Following your interview, the panel has decided not to offer you the position.
We have chosen not to advance your application for {role} (ref {req}).
Your application did not progress past the initial screening stage.
Sadly, we won't be inviting you to the next round.
We have made the difficult decision not to move forward with your candidacy.
Thank you for interviewing with us; on this occasion we have decided to offer the role to another candidate.
Regrettably we are not in a position to take your application further.
Your application status has been updated to: Not progressing.
At this stage we will not be considering your application further.
Having reviewed all applications, we are sorry to inform you that you have not been successful.
I'm afraid we've decided to go in a different direction for this role.
We will be moving forward with other candidates for the {role} position.
The team won't be taking your application through to interview.
The decision has been made not to proceed with your application beyond the phone screen.
You were not successful at the assessment stage, so we won't be continuing your application.
We are sorry to tell you that you were not chosen for the {role} post.
After reviewing your assessment results, we are unable to progress you to the next step.
Your application for requisition {req} has been declined.
This email confirms that we will not be offering you the role following your final interview.
We appreciate the time you put in, but we'll be passing on your application this time.
We have concluded our review and will not be extending an interview invitation.
Your profile was not selected for further consideration.
We've decided not to proceed, but thank you for the time you gave us.
We won't be progressing you to the assessment centre.
I'm writing with disappointing news: the panel did not recommend you for appointment.
Please accept this email as notice that your application has been closed as unsuccessful.
We have decided that your application will not go forward to the interview stage.
The hiring manager has reviewed your application and decided not to take it further.
On reflection we will not be moving to an offer with you.
We'll pass for now on this one.
The team were impressed by a lot of what you showed us, but we won't be moving forward.
We were genuinely torn, but in the end we have decided not to offer you the job.
It was a close call; however, we will not be continuing with your application.
We have completed the interview stage and unfortunately you have not been selected.
You have not reached the shortlist on this occasion.
The hiring team does not wish to progress your application.
Unfortunately your application hasn't made it through to the next stage.
We'll be closing your application for {role} without moving it forward.
We have selected another applicant for this role.
We're sorry, but we won't be able to offer you a place on the {role} programme.
Your application was carefully read by the team, but it will not be taken forward.
You won't be invited to the second interview, I'm sorry to say.
We have decided to stop the process with you here.
Our recruiters have reviewed your details and will not be arranging an interview.
Regretfully, we must let you know that the outcome of your interview was unsuccessful.
The outcome of your application for {role} is: unsuccessful.
We are not able to take you forward to the trial shift stage.
Please note that you have not been chosen to continue in the selection process.
I wanted to let you know personally that we won't be offering you the role.
We have decided to progress with a smaller group of candidates, and you are not among them.
Your application will not be moving to the hiring manager for review.
We're closing out your application: the team has chosen someone else.
You were unsuccessful in the online test, so we are unable to move you forward.
We've let the other candidates know already and I'm afraid it's a no from us this time.
""")

# ---------------------------------------------------------------- rejections carrying a reason outside the candidate's control
REJECT_REASON = [(s, r) for r, block in {
    "role_filled": """
The {role} position has now been filled, so we will not be progressing your application.
We've closed this requisition because the vacancy has been filled.
An offer has been accepted by another candidate and the role is no longer available.
The post has been filled internally, which means we can't take your application forward.
I'm sorry to let you know we've already appointed someone to this role.
This opening was filled before we were able to move your application along.
Our new {role} has accepted and starts next month, so the vacancy is closed and your application ends here.
The vacancy you applied for (ref {req}) has been filled and is now closed to further candidates.
""",
    "budget_freeze": """
Due to a hiring freeze across the business, we are unable to continue with your application.
Funding for this post has been withdrawn for the current financial year, so we are not able to proceed.
Budget constraints mean we have paused all external recruitment and will not take your application further.
Following a review of headcount, this vacancy will not be filled this year, so we are closing your application.
Due to changes in our budget, we can't move forward with hiring for this role and your application has been closed.
A company-wide recruitment pause means we have to stop the process with you, through no fault of your own.
""",
    "role_cancelled": """
The {role} role has been cancelled after an internal restructure, so we are closing all applications.
We've decided not to recruit for this position after all, and your application will not proceed.
The requisition has been withdrawn by the business, which means we cannot move ahead with your candidacy.
Following a change in priorities, this position is no longer open and your application has been closed.
Your interview on {day} has been cancelled because the position has been withdrawn.
The client has decided not to go ahead with the role, so I'm afraid the process has ended for everyone.
""",
    "closer_fit": """
We have identified candidates whose qualifications more closely match the requirements of the role.
We decided to move forward with an applicant whose background aligns more closely with what the team needs.
Other applicants had experience that was a closer match for this particular post.
We have offered the role to someone whose skill set more closely fits our current needs.
The successful candidate had more direct experience in {area}, which the team needs right now, so we won't be progressing your application.
We felt other candidates were better suited to the specific requirements of this position and will not be taking yours further.
The panel has gone with a candidate who brings more hands-on background in {area}; we won't be moving ahead with you.
""",
    "level_mismatch": """
We're looking for someone with more senior leadership experience for this role, so we won't progress your application.
On reflection the role needs a more senior profile than we first advertised, so we will not be moving forward with you.
We have decided to hire at a more junior level for this vacancy and won't be taking your application further.
The team needs someone at principal level, so we won't be moving forward with your application.
Your experience goes well beyond what this entry-level post offers, so we've decided not to progress your application.
The position has been regraded to a senior band, and so we are not able to continue with your application.
""",
}.items() for s in _lines(block)]

# ---------------------------------------------------------------- invitations to an interview-like step
INVITE = _lines("""
We'd like to invite you to a {dur}-minute phone screen with one of our recruiters.
Please select a time that suits you for a video interview: {link}
You've been shortlisted for interview for the {role} position.
The next step in our process is a short online assessment, which you can start here: {link}
We'd like to learn more about you. Could you let us know your availability for a call this week?
We are pleased to invite you to attend an assessment centre on {day}.
The hiring manager would like to meet you for a {dur}-minute conversation on {day}.
You have been selected for a first-round interview. Book a slot using the link below: {link}
Please complete the recorded video interview within five days: {link}
We would like to arrange a face-to-face interview at our site on {day} at {time}.
Congratulations, you are through to the next stage: a technical interview with the team.
Would you be free for a quick chat with the hiring manager some time on {day}?
We'd love to invite you to a trial shift on {day} so you can meet the team.
Our panel would like to interview you on {day} at {time}. Please confirm whether this works.
Please use this self-scheduling link to choose your interview time: {link}
You are invited to complete our situational judgement test as the next part of the process: {link}
We'd like to move you forward to a second interview with our operations director.
I'm pleased to let you know we would like to invite you to interview.
Your application has progressed and we'd like to set up a telephone interview.
As the next step, we invite you to a paid take-home task; details are attached and you'll have a week.
We're arranging final interviews on {day} and would like you to attend.
Please pick a time on the calendar below for a {dur}-minute call with our talent team: {link}
We would like to invite you for a competency-based interview lasting around {dur} minutes.
Could you let us know when you're free for a video call with the hiring lead?
You have been invited to the online numerical reasoning assessment: {link}
Thanks for your application; we'd like to speak to you about the role. Are you free on {day}?
The team enjoyed your first interview and would like to invite you back to meet the wider department.
We'd like to offer you an interview slot on {day} at {time}; reply to confirm.
I'd like to book you in for an informal chat about the role, ideally this week.
Please attend a group assessment session at our head office on {day} at {time}.
Based on your application, we'd like you to complete a short skills questionnaire ahead of an interview: {link}
You have been moved to the Interview stage. Please book your slot here: {link}
We'd like to see you for a teaching observation and interview on {day}.
Would you be available for a Teams interview on {day}? It will last about {dur} minutes.
Next up is a case study presentation to the hiring panel; we'd like to schedule it for {day}.
Please accept the invitation below to join a {dur}-minute screening call with {first}.
We think your experience could be a great fit and would like to set up a first conversation.
Good news: the hiring manager has asked to interview you. Here are the available slots: {link}
We have reviewed your application and would like you to take part in a one-way video interview: {link}
We'd like to reschedule your interview to {day} at {time}; the new calendar invite is attached.
Apologies for the change: your interview has been moved to {day} at {time}. Please confirm the new time.
You're invited to a virtual assessment day on {day}, which includes a group exercise and an interview.
Could you join us on {day} for a working interview in the kitchen?
We'd like to invite you to the final stage, a meeting with our CEO.
Please complete the coding exercise at the link below; we'll review it before the technical interview: {link}
We'd be glad to have you in for a walk-around of the warehouse and an interview with the depot manager on {day}.
The recruitment panel has shortlisted you and would like to interview you on {day}.
To move forward, please take the personality questionnaire here by {day}: {link}
Our operations director would like to meet you; can you do {day} at {time}?
We'd like you to come and meet the team for a second-stage interview.
Let's set up a call. Grab any free slot here: {link}
You've been invited to interview. Please reply with two or three times that work for you next week.
We would like to invite you to a short phone interview to discuss your application further.
The panel would like you to prepare a 10-minute presentation for your interview on {day}.
Please choose your assessment centre date from the options in the portal: {link}
Thank you for applying. We are now inviting shortlisted candidates to interview, and you are one of them.
It would be great to get you in for a chat; does {day} at {time} work?
We'd like to progress you to a skills test, followed by an interview with the hiring manager.
The hiring team has asked me to arrange a technical discussion with you this week.
Please book a video interview for the {role} role using the link below: {link}
""")

# ---------------------------------------------------------------- acknowledgements of receipt
ACK = _lines("""
We have received your application for the {role} position.
Thank you for submitting your application to {company}.
Your application is complete and has been passed to our recruitment team.
Thanks for applying! We'll be in touch if your experience matches what we're looking for.
This is to confirm that your application for {role} (ref {req}) has been received.
Your application has been successfully submitted.
Thank you for your interest in the {role} vacancy; your application has reached us safely.
We confirm receipt of your CV and cover letter for the {role} role.
Thank you for applying to {company}. Our team will review your application shortly.
We've got your application for {role}, thank you!
Your application for requisition {req} was received on {day}.
Many thanks for your application, which we have now logged.
Thanks for taking the time to apply. Your details are with the hiring team.
Great news: your application for {role} has been submitted.
We received your application and will review it against the role requirements.
This email confirms that you applied for {role} at {company}.
Thank you, your application has been received and is being processed.
Your submission for the {role} post arrived safely.
We acknowledge receipt of your application for the above vacancy.
Thanks for getting in touch about the {role} job; we've added your application to our list.
Your application has been recorded in our system under reference {req}.
Thank you for your application. A member of our team will look at it in the coming days.
You have successfully applied for {role}.
Application received: {role}. No further action is needed from you right now.
Thank you for submitting your CV. We'll be in touch if we'd like to take things further.
We're pleased to confirm that we've received your application.
Thank you for applying through our careers site; your application is now with us.
Your application for the position of {role} has been registered.
This is an automatic confirmation that your application was received.
We have your application! Here's what happens next: our team reads every application personally.
Many thanks for applying for the role of {role}. We have received your documents.
Thank you for completing the application form for {role}.
Just a quick note to say your application has landed with us.
We can confirm your application for {role} has been successfully lodged.
Your application was sent to {company}.
Thank you for your application for {role}. If you are shortlisted we will contact you within two weeks.
Thanks for applying, {first}. We've received everything we need for now.
Your online application (ID {req}) has been submitted to {company}.
Thank you for your recent application; it is now in the queue for review.
We have successfully received your application and supporting documents.
Your details have been received and forwarded to the hiring manager.
We appreciate you applying for {role} and confirm that your application is with us.
Thank you! Your application to {company} is in.
Your application for {role} is now complete. Thank you for your interest.
Your CV has been received for the {role} vacancy at our {area} team.
Thanks for your application. We aim to respond to every applicant within ten working days.
We have logged your interest in the {role} vacancy and received your application.
Receipt confirmed: application for {role}, submitted {day}.
This note confirms we've received the application you sent us.
Thanks for applying to join {company}. We'll review your application and come back to you.
Your application form has come through and is now with the recruitment team.
Thank you for sending your application for the {role} role.
Your application has been received. You can track its progress in your candidate account.
We're writing to let you know your application arrived and is awaiting review.
Thank you for applying for our {role} opening. We have received your details.
We've received your application. Please allow up to three weeks for a response.
Your application has reached the {company} recruitment inbox.
Applied: {role} at {company}. Your application has been delivered to the employer.
Thank you for your application. We review applications as they arrive and may close the vacancy early.
Your application has been received and given the reference {req}. Please quote it in any correspondence.
""")

# ---------------------------------------------------------------- job offers
OFFER = _lines("""
We are pleased to offer you the position of {role} at {company}.
I'm delighted to let you know we would like to offer you the role.
Please find attached your conditional offer of employment for the {role} post.
We'd like you to join us as our new {role}.
Following your interview, we are happy to make you an offer of employment.
On behalf of {company}, I am pleased to confirm our offer for the role of {role}.
Congratulations! We would like to extend an offer for the {role} position.
We are delighted to offer you the post, subject to satisfactory references and checks.
Your offer letter is ready to view and sign in the candidate portal: {link}
It gives me great pleasure to offer you the position of {role}.
The panel was unanimous and we'd love to offer you the job.
I'm pleased to make you a verbal offer, which I'm confirming here in writing.
We would like to offer you a fixed-term contract as {role}.
You have been successful and we are offering you the role of {role}.
We are excited to offer you a place on our team as {role}.
Please accept this email as our formal offer of employment.
Following our call this afternoon, here is our offer for the {role} role in writing.
We'd like to offer you the job, starting on {start} if that suits you.
An offer of employment for {role} has been issued to you. Please review it here: {link}
I'm thrilled to say the team would like to offer you the position.
We're pleased to offer you the role of {role} on a permanent, full-time basis.
This is a conditional offer, subject to a DBS check and two references.
We have approved an offer for you and would like to discuss it by phone.
We would like to offer you the {role} position at a salary of {salary}.
Good news! You've been selected and we'd like to offer you the job.
Attached is your offer pack, including the contract for the {role} role.
We are happy to confirm our offer to you for the post of {role}.
You've got the job! We would like to offer you the position of {role}.
The hiring team has approved your appointment and we are making you an offer.
We'd like to formally offer you employment with {company} as {role}.
I am writing to offer you the role, subject to the conditions below.
After your trial shift, we'd like to offer you a permanent position.
Our offer for the {role} role is attached; it is valid for seven days.
We would like to appoint you to the post of {role}.
Following a successful interview, I'm pleased to offer you the role.
We'd be delighted if you would accept our offer of the {role} job.
I'm writing to extend a job offer for the {role} vacancy.
We have decided to offer you the job and hope you'll say yes.
Please review your offer of employment and confirm acceptance in the portal.
You are being offered the position of {role}, reporting to the {area} lead.
We are happy to offer you a casual contract as {role}, starting {start}.
The committee has agreed to offer you the appointment of {role}.
Our formal offer, with salary of {salary} and a start date of {start}, is below.
It's a yes from us! We'd like to offer you the role.
We're pleased to be able to offer you this opportunity to join {company}.
Congratulations on being our preferred candidate; we are offering you the {role} role.
We would like to offer you the role, with a start date to be agreed.
Your conditional offer for {role} is now available.
We'd like to make you an offer: {role}, {salary}, starting {start}.
We're delighted to confirm that you have been offered the position.
Thank you for your patience; I'm very pleased to offer you the job of {role}.
Please consider this email an offer of employment for the position discussed.
We've put together an offer for you for the {role} role; details below.
Following reference checks, we are now able to confirm our unconditional offer.
The hiring manager would like to offer you the role and has asked me to send the details.
We're keen to have you on board and are offering you the {role} position.
Offer of employment: {role}. Please read the attached and let us know your decision.
We'd love for you to accept our offer to become our next {role}.
I'm happy to confirm that we are offering you the role, on the terms we discussed.
We are offering you a six-month contract as {role} at {salary}.
""")

OFFER_DETAIL = _lines("""
The salary for the role is {salary}, with 25 days' annual leave plus public holidays.
Your proposed start date is {start}.
The offer is conditional on a satisfactory background check and proof of right to work.
Please let us know your decision by the end of next week.
The role is based at our main site, with some flexibility to work from home.
Your contract, benefits summary and pension information are attached.
The offer includes a sign-on bonus payable after three months' service.
To accept, please sign the offer letter electronically through the link.
If you'd like to talk anything through, I'm happy to jump on a call.
""")

# ---------------------------------------------------------------- feedback: weaknesses per topic, said indirectly
WEAK = {
    "coding": _lines("""
In the coding exercise your solution worked, but it was hard to follow and had no tests.
The panel felt your code would need quite a bit of tidying before it was production ready.
Your take-home task missed a couple of edge cases the reviewers expected you to handle.
We'd have liked to see cleaner, more readable code in the practical task.
The live coding round was where you dropped points; the solution stalled halfway.
Your SQL in the technical test returned the wrong totals for two of the questions.
"""),
    "system_design": _lines("""
I'd have liked to see you reason more about how the service would scale beyond a single site.
The architecture discussion stayed at a high level and didn't get into data flow or failure handling.
When asked how the rollout would work across all of our sites, the plan you described lacked structure.
The design exercise didn't consider what happens when traffic spikes.
The interviewers felt the solution you sketched would struggle once volumes grew.
"""),
    "technical_depth": _lines("""
When we went deeper into {area}, the panel felt your knowledge was more surface level.
Your answers on the technical side were correct but didn't go into much depth.
The panel wanted more detail on how you had actually configured the systems you mentioned.
We felt you knew the terminology but struggled to explain how the process works underneath.
Some of your answers on regulatory requirements were a little thin.
Questions about {area} were answered only in general terms.
"""),
    "behavioural": _lines("""
Your examples for the competency questions were quite general and lacked a clear outcome.
The panel would have liked more specific situations, what you did and what resulted.
When asked about a time you handled a conflict, the answer stayed hypothetical.
Some of your STAR answers didn't quite get to the 'result' part.
Your answers to the scenario questions didn't show how you personally had handled similar situations.
"""),
    "communication": _lines("""
At times your answers were long and the key point got lost.
The panel found some of your explanations hard to follow.
Being more concise would have helped; several answers went off on a tangent.
Your presentation was full of good content but it was difficult to follow the thread.
We'd have liked clearer, more structured answers.
"""),
    "questions_to_ask": _lines("""
When we asked whether you had any questions for us, you didn't have any, which the panel noticed.
You didn't ask much about the team or the role, and we'd have liked to see more curiosity.
The panel would have liked you to ask a few more questions about how the department works.
It felt as though you hadn't prepared anything to ask us at the end.
"""),
    "composure": _lines("""
You seemed quite nervous during the panel interview, which made it hard to see your best.
When the role-play got difficult, you appeared flustered and lost your thread.
The timed exercise seemed to unsettle you, and your later answers suffered.
Under a bit of pressure in the case study, your answers became rushed.
"""),
    "experience_level": _lines("""
Compared with the other candidates, your hands-on management experience was more limited.
The panel felt you would need more time leading a team before stepping into this position.
You don't yet have the depth of supervisory experience the role calls for.
Your experience with budgets of this size is still a little light for us.
The panel felt you were not yet ready for a role with this level of responsibility.
"""),
    "collaboration": _lines("""
We didn't get a strong sense of how you work with colleagues in other departments.
In the group exercise you tended to work alone rather than bring others in.
The panel had some doubts about how you would work alongside the wider team.
Your answers focused on your individual results and said little about working with others.
"""),
    "cv_positioning": _lines("""
Your CV undersells the relevant parts of your background; the most relevant roles are hard to spot.
Your application didn't make it clear how your experience maps to this post.
The supporting statement didn't address the essential criteria in the person specification.
It would help to tailor your CV to the role; as it stands it reads quite generic.
Your portfolio didn't include examples close to the work this role involves.
"""),
}

PRAISE = _lines("""
The panel really liked your enthusiasm and your knowledge of our customers.
Your warmth towards the people you'd be serving came across strongly.
Your experience in a busy environment was clearly relevant.
Everyone enjoyed meeting you and appreciated your preparation.
Your technical test score was one of the highest we saw.
Your presentation slides were excellent.
The interviewers liked your energy and your ideas for your first ninety days.
You were clearly well organised, and that came across in your answers.
""")

FEEDBACK_INTRO = _lines("""
The hiring manager asked me to pass on some feedback:
A few notes from the panel that you may find useful:
Here is the feedback from your interview:
Feedback from the assessors:
To help with future applications, the team shared the following:
I've spoken to the interviewers, and this is what they said:
Some feedback, as promised:
Recruiter's note:
Comments from the selection panel:
Feedback summary:
I wanted to give you some honest feedback, as you asked for it:
To be candid about where it fell short:
""")

# ---------------------------------------------------------------- openers and closers shared by every kind
OPENER = _lines("""
Thank you for your interest in {company}.
Thank you for applying for the {role} role.
Thanks for your interest in working with us.
Thank you for your application for the position of {role}.
We appreciate the time you've taken to apply.
Thank you for your interest in the {role} vacancy (ref {req}).
Thanks for applying to {company}.
Thank you for taking the time to interview with us.
Thank you for your continued interest in {company}.
I hope you're keeping well.
Thanks again for your application.
Thank you for the time you have given to our process so far.
""")

CLOSER_NEUTRAL = _lines("""
If you have any questions, please reply to this email.
Feel free to get in touch if anything is unclear.
Please do not hesitate to contact the recruitment team with any questions.
Have a great week.
Thank you again for considering {company}.
""")
CLOSER_FAREWELL = _lines("""
We wish you every success in your career.
Best of luck with your search.
We'll keep your details on file and may contact you about future vacancies.
Please keep an eye on our careers page for other openings.
""")
CLOSER_FORWARD = _lines("""
We look forward to hearing from you.
We look forward to speaking with you.
Speak soon.
""")

GREETING = ["Dear {first},", "Hi {first},", "Hello {first},", "Dear {first} {last},", "{first},",
            "Dear Applicant,", "Hi there,", "Good afternoon {first},", "Dear Mx {last},", "Kia ora {first},",
            "G'day {first},", "Dear Candidate,"]
