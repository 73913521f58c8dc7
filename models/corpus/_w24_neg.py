"""Writer w24: the same ATS templates' non-decisions, and look-alike mail from outside hiring."""

from __future__ import annotations

from _w24_say import _lines

# ---- ATS-template non-decisions: (kind, subject options, sentence options); one or two sentences drawn
ATS_NONDECISION = {
    "review": (["Application update: {role}", "Your application status", "Still reviewing: {role}",
                "Update on {role} ({req})"], _lines("""
Your application for {role} is still under review, and we expect to update you within two weeks.
We're still working through applications and haven't made any decisions yet.
Just letting you know your application is in progress; no action is needed from you.
The hiring manager has not yet completed the review of applications for this vacancy.
Your application status: In review. We will contact you once the shortlist has been agreed.
Thank you for your patience. Interviews for this role have been delayed by a week, and we'll be in touch.
We received a very high number of applications, so reviewing them is taking longer than planned.
""")),
    "hold": (["{role}: position on hold", "Update regarding {req}", "Recruitment paused: {role}"], _lines("""
The {role} vacancy has been placed on hold for the time being. Your application remains active and we'll update you when recruitment restarts.
We have temporarily paused this requisition; your application will be kept open and reviewed when it reopens.
The hiring timeline for this role has moved back. We haven't made any decisions and your application is still being considered.
Recruitment for {role} is on hold while the team confirms next year's plans; we will be back in touch either way.
""")),
    "reminder": (["Reminder: complete your assessment", "Action needed: your assessment for {role}",
                  "Don't forget: assessment due {day}", "Your assessment is still open"], _lines("""
This is a reminder that your online assessment for {role} is still incomplete. Please finish it by {day}: {link}
You started the assessment but haven't submitted it yet. It will expire on {day}.
Friendly nudge: the video interview you opened is waiting for your last two answers. The link expires {day}.
Please complete your assessment by Friday so we can continue reviewing your application.
""")),
    "confirmed": (["Interview confirmed: {role}", "Confirmed: {day} at {time}", "Your interview is booked",
                   "Reminder: interview tomorrow"], _lines("""
Your interview for {role} is confirmed for {day} at {time}. You'll receive joining details the day before.
Thanks for choosing a slot. Your interview is booked for {day} at {time} with {first}.
Just a reminder that your interview is tomorrow at {time}. Please bring photo ID.
This is a reminder of your scheduled interview on {day}. If you need to change it, use the link in your original invitation.
Your assessment has been submitted successfully. Thank you, there is nothing more for you to do for now.
""")),
    "withdrawn": (["You withdrew your application", "Application withdrawn: {role}", "Withdrawal confirmed"], _lines("""
You have withdrawn your application for {role}. We're sorry to see you go.
This confirms that your application (ref {req}) was withdrawn at your request.
As requested, we've removed your application from the {role} process. You're welcome to apply again in future.
""")),
    "pool": (["Join our talent community", "Stay in touch with {company}", "Would you like to join our talent pool?"], _lines("""
Would you like us to keep your details in our talent pool for future vacancies? Click here to opt in: {link}
Join our talent community to hear about new roles before they're advertised.
You're receiving this because you opted in to job updates from {company}. Manage your preferences: {link}
""")),
    "gdpr": (["Your data with {company}", "Data retention notice", "Keeping your details: please confirm"], _lines("""
We hold your application data from a previous application. Under our retention policy it will be deleted after 12 months unless you ask us to keep it.
Your candidate profile will be deleted in 30 days. If you want us to keep your details, please log in and confirm.
This is a privacy notice about how we store the personal information you gave us when you applied.
""")),
    "profile": (["Complete your profile", "Your candidate profile is 60% complete", "Update your details"], _lines("""
Your candidate profile is missing your work history. Complete it to apply faster next time: {link}
Please update your profile so we can match you with suitable vacancies.
You haven't logged in for a while. Update your CV to stay visible to our recruiters.
""")),
    "recommend": (["Jobs you may like at {company}", "New roles matching your profile", "{role} and 4 more openings"], _lines("""
Based on your profile, you may be interested in these new vacancies: {role}, Shift Lead, Team Administrator.
Three new roles near you have just been posted. View them: {link}
We thought this opening might interest you: {role}. Apply by {day}.
""")),
    "thanks_today": (["Thank you for coming in", "Thanks for your time today", "Following up on today"], _lines("""
Thanks for your time today, it was great to meet you. We'll be in touch once we've spoken to all candidates.
Thank you for coming in this morning. We're interviewing until Thursday and will update everyone next week.
It was lovely chatting with you earlier. We're still meeting candidates and hope to decide by the end of the month.
""")),
}

CANT_SHARE = _lines("""
Thank you for your email. Unfortunately, due to the volume of applications, we're not able to provide individual feedback.
I'm sorry, but company policy means we can't share interview feedback.
Thanks for reaching out. We had many strong candidates and the decision was very close, but we aren't able to go into detail.
I appreciate you asking. Our process doesn't allow me to share the panel's notes, but I wish you well.
Sadly I can't pass on specific feedback; it was a competitive field and a difficult decision.
""")

ROLE_CLOSED_EARLY = _lines("""
I was going to reach out about the {role} role at {company}, but it has just been closed, so there's nothing to apply for right now. I'll let you know if something similar opens.
Quick heads-up: the {role} position I mentioned last week was filled before we put anyone forward. I'll keep you in mind for the next one.
The {role} vacancy you asked about has closed to new applications. Feel free to set up an alert for future roles.
""")

ONBOARDING = _lines("""
Welcome aboard! Now that you've accepted, please complete your new starter forms before {start}.
Please upload your right-to-work documents and bank details so we can set up payroll ahead of your first day.
Your first-day schedule is attached: arrive at 8:45 and ask for {first} at reception.
Your DBS check has been initiated; you'll receive an email from our screening partner.
Please sign the remaining onboarding documents (uniform size, emergency contact, policy acknowledgements).
""")

INTERNAL_INTERVIEWER = _lines("""
Could you sit on the interview panel for the {role} vacancy on {day}? CVs are attached.
We need a second interviewer for the candidates coming in on {day}. Are you free at {time}?
Please complete your scorecard for the candidate you interviewed yesterday by end of day.
You've been added as an interviewer for three candidates next week; the interview pack is in the shared drive.
""")

SCAM = _lines("""
Congratulations! You have been selected for a remote Data Entry position paying $45/hour. No interview required. Reply with your bank details to receive your equipment cheque.
Dear Candidate, your profile was shortlisted for a work-from-home Package Inspector job. To confirm your offer, pay the $60 registration fee via gift card.
We are pleased to inform you that you have been hired as a Personal Assistant. Please send a copy of your passport and your bank login so we can deposit your first salary.
URGENT job offer: earn £500/day liking posts. Activate your account within 24 hours.
""")

AUTOREPLY = _lines("""
I'm out of the office until {day} with limited access to email. For urgent recruitment queries please contact the team inbox.
Thank you for your message. I'm currently on annual leave and will reply when I'm back on {day}.
This mailbox is not monitored. Please use the candidate portal to contact us.
I am away from my desk this week. Your email has not been forwarded.
""")

BOUNCE = _lines("""
Delivery has failed to these recipients or groups: {addr}. The recipient's mailbox is full and can't accept messages now.
This is the mail system at host mx.{dom}. I'm sorry to have to inform you that your message could not be delivered to one or more recipients.
Your message wasn't delivered to {addr} because the address couldn't be found, or is unable to receive mail.
""")

# ---- newsletters, alerts, platform pings (company null)
DIGEST = [
    ("Career Notes: 7 ways to bounce back from a job rejection", _lines("""
This week: how to handle rejection after a final interview, and what recruiters mean when they say 'we've decided to go with another candidate'.
Reader question: 'I've been rejected four times this month. What am I doing wrong?' Our columnist answers.
Plus: the one follow-up email that can turn a 'no' into future interviews.
""")),
    ("The Shortlist weekly: acing the panel interview", _lines("""
Panel interviews can feel daunting. Here's how to prepare stories for competency questions.
We also look at how to negotiate once you receive an offer of employment.
Join our free webinar on Thursday: 'From application to offer in 30 days'. Save your seat.
""")),
    ("Job alert: 12 new Warehouse jobs near you", _lines("""
New jobs matching 'warehouse supervisor' within 20 miles: Depot Team Leader, Night Shift Supervisor, Goods-In Coordinator.
Easy Apply available on 5 of these jobs. You're receiving this alert because you created it on {day}.
""")),
    ("3 recruiters viewed your profile this week", _lines("""
Your profile appeared in 41 searches. A recruiter at a retail company viewed your profile.
Upgrade to see who's looking and get invited to apply to more jobs.
""")),
    ("You're invited: Healthcare Careers Fair, {day}", _lines("""
Meet over 40 employers from across the region at our free careers fair. Register now to reserve your place.
Bring copies of your CV; on-the-spot interviews with some exhibitors may be possible.
""")),
    ("Workshop invite: Interview skills for career changers", _lines("""
Our next online workshop covers answering behavioural interview questions and dealing with nerves.
Places are limited to 30 participants. Book here: {link}
""")),
    ("Salary guide 2027 is here", _lines("""
Our annual salary survey is out: see how offers in logistics, hospitality and finance have moved this year.
Plus: should you accept a counter-offer? Five recruiters weigh in.
""")),
    ("Hiring trends: why employers are taking longer to decide", _lines("""
Time-to-offer has risen by a week on average. We asked HR leaders why candidates wait so long for a decision.
Many firms now use assessment centres and one-way video interviews earlier in the process.
""")),
]

# ---- rejections and acceptances that are not about a job
NONJOB = [
    ("Your application to the MSc Supply Chain Management", "Admissions Office",
     "Thank you for applying to our MSc programme. We regret that we are unable to offer you a place for the September intake."),
    ("Community Grants Round 4: outcome", "Grants Team",
     "Thank you for your application to the community grants fund. Unfortunately your project has not been selected for funding this round."),
    ("Regional HR Conference: talk proposal", "Programme Committee",
     "Thank you for submitting a talk. The committee received many excellent proposals and we're sorry that yours was not accepted for this year's programme."),
    ("Re: Flat 3, 27 Marlow Road", "Lettings",
     "Thanks for viewing the flat. The landlord has decided to go with another applicant, so the property is no longer available."),
    ("Your loan application", "Lending Decisions",
     "We have carefully reviewed your personal loan application and we are unable to approve it at this time."),
    ("Visitor visa application: decision", "Visa Processing Centre",
     "Your application has been refused. The reasons for this decision are set out in the attached notice."),
    ("Membership application: Riverside Rowing Club", "Club Secretary",
     "Thank you for applying for membership. Unfortunately the club is at capacity and we cannot accept new members this season."),
    ("Volunteer interview invitation: parkrun marshals", "Volunteer Team",
     "We'd love to have you as a marshal! No interview needed, just pick a Saturday on the rota."),
    ("Your credit card application", "Card Services",
     "Thank you for applying. On this occasion we are unable to offer you a credit card."),
    ("Allotment waiting list", "Council Allotments",
     "We're sorry, your application for an allotment plot has not been successful this year. You remain on the waiting list."),
]

PERSONAL = [
    ("dinner sunday?", "Mum", "Are you coming for dinner on Sunday? Your dad's doing a roast. Let me know by Friday x"),
    ("Re: bike", "Tom", "Yeah no worries, keep it till next weekend. Did you hear back about that job yet?"),
    ("Photos from the wedding", "Ana", "Finally uploaded everything! Link's in the album. The one of you at the ceilidh is gold."),
    ("Quiz team tonight", "Sam", "We're short one person for the pub quiz tonight, you in? 8pm at the usual."),
    ("Your order has shipped", "Bramley Books", "Good news, your order is on its way. Track your parcel here."),
    ("Rent for November", "Jess", "Hey, can you transfer your half of the rent before the 1st? Cheers"),
]

# ---- Sent mail
FEEDBACK_REQ = _lines("""
Thank you for letting me know about the {role} role. Would you be able to share any feedback on my interview? It would really help me improve.
I was disappointed to hear I wasn't successful, but I'd be grateful for any feedback on where I could have done better.
Could you possibly pass on any comments from the panel? I'd like to understand what I could strengthen for next time.
Thanks for the update. If the hiring manager has a moment, I'd really value a couple of pointers on my application.
I appreciate you telling me. Is there anything specific in my assessment that held me back?
Would it be possible to get some brief feedback on my presentation and interview?
Thanks for your email. Although I'm disappointed, I'd welcome any feedback you can give so I can learn from the process.
Sorry to hear that, but thanks for letting me know. Was there anything in particular that the panel felt was missing?
I'd be really grateful for five minutes of feedback on my interview if anyone has time.
Could you tell me which areas the panel thought I should work on? Any feedback is welcome.
""")

SENT_OTHER = {
    "thanks": (["Thank you", "Re: Interview today", "Thanks for meeting me"], _lines("""
Thank you for taking the time to meet with me today. I enjoyed learning about the team and I'm very interested in the role.
Just a quick note to say thanks for the interview this morning. Looking forward to hearing from you.
Many thanks for a great conversation yesterday; it made me even keener on the position.
""")),
    "withdraw": (["Withdrawing my application", "Re: {role} interview", "Application for {role}"], _lines("""
I'm writing to withdraw my application for the {role} role, as I have accepted another position. Thank you for your time.
After some thought I've decided to withdraw from the process. I really appreciated the chance to interview.
Please remove me from consideration for {role}; my circumstances have changed.
""")),
    "accept": (["Re: Offer of employment", "Accepting the offer", "Re: Your offer"], _lines("""
I'm delighted to accept the offer for the {role} position. I've signed and returned the contract.
Thank you so much, I'm happy to accept. {start} works for my start date.
I'd like to formally accept your offer. Please let me know what you need from me next.
""")),
    "schedule": (["Re: Interview invitation", "Re: Availability", "Re: Next steps"], _lines("""
Thank you for the invitation. {day} at {time} works well for me.
I'm free on {day} morning or any time after 2pm on Thursday.
Could we move the call to {day}? I have a shift clash at the original time.
""")),
    "apply": (["Application: {role}", "{role} vacancy: application", "CV for {role} ({req})"], _lines("""
Please find attached my CV and cover letter for the {role} position advertised on your website.
I would like to apply for the {role} vacancy. I have attached my CV and would welcome the chance to discuss it.
I'm applying for the {role} role (ref {req}). My CV is attached and I'm available to start at four weeks' notice.
""")),
}

NONJOB_TAIL = _lines("""
You are welcome to apply again in a future round.
We received far more applications than we could accept this year.
If you would like to discuss this decision, please contact us within 28 days.
Your documents will be returned to you by post.
This decision does not affect any other application you may have with us.
We appreciate your interest and hope you will consider us again.
A full explanation of our criteria is available on our website.
""")

PERSONAL += [
    ("Re: Saturday", "Priya", "Can't do Saturday after all, my shift got moved. Sunday brunch instead? How did the interview go btw?"),
    ("school pick up", "Dad", "I can get the kids on Thursday if you have that appointment. Just text me."),
    ("Fwd: gas bill", "Liam", "Forwarding this, looks like they've overcharged us again. Can you ring them?"),
    ("hiking trip", "Mei", "Booked the hut for the long weekend! Bring your own sleeping bag. Offer of a lift still stands."),
    ("Book club - next pick", "Ruth", "We're reading The Lighthouse Keeper next. Meeting at mine on the 12th, I'll do snacks."),
    ("car's ready", "Donnelly Motors", "Hi, your car has passed its service and is ready for collection any time before 5:30."),
    ("Re: reference", "Gareth", "Of course, happy to be a referee. Just give them my mobile. Good luck with it all!"),
    ("gym membership renewal", "FitHub Leisure", "Your annual membership renews on the 1st. No action needed unless you want to cancel."),
]

DIGEST_EXTRA = _lines("""
Also this week: the rise of four-day-week job adverts in retail and logistics.
Podcast: a hiring manager explains what happens after you click 'apply'.
Quick tip: keep a spreadsheet of every application, interview date and outcome.
Poll result: 62% of readers never received feedback after a final interview.
Ask the recruiter: is it OK to chase after two weeks of silence?
New on the blog: how to write a cover letter for a role you're overqualified for.
Event: free CV clinic at the central library every Tuesday.
Story of the week: from 40 rejections to a dream offer in healthcare admin.
""")
