"""Writer w14's banks for the candidate's own mail (Sent folder) and for mail that only looks job-related.

Placeholders as in ``_w14_lines``; {them} is the person the candidate writes to.
"""

# ---------------------------------------------------------------- Sent folder
FB_REQUEST = [
    "Thanks for letting me know about the decision. Would you be able to share any feedback on my interview? It would really help me prepare for the next one.",
    "I was disappointed to hear the news, but I appreciate the quick reply. Is there anything in particular I could have done better?",
    "Could I ask what tipped the balance? Any pointers on where I fell short would be much appreciated.",
    "I understand the decision. If you have a couple of minutes, I'd be grateful for any comments from the panel on my technical round.",
    "Thank you for the update. I'd welcome any feedback on my application, even a sentence or two.",
    "Sorry to hear that. Was there a particular area where the other candidates were stronger? I'm trying to work out what to focus on.",
    "Would it be possible to get some feedback on the case study? I felt unsure about the financial part and would love to know how it came across.",
    "No worries at all, and thanks for being upfront. If the interviewers left any notes on what I could improve, I'd love to hear them.",
    "Thanks for the call earlier. As mentioned, a few written points on what didn't land would be really helpful.",
    "I'd be really grateful for any feedback about why I wasn't selected, so I can improve for future applications.",
]
THANK_NOTE = [
    "Thank you for taking the time to meet me today. I really enjoyed hearing about the team's plans for next year.",
    "Just a quick note to say thanks for the conversation this morning; it made me even keener on the role.",
    "Thanks so much for your time on {slot}. It was great to meet {hm} as well.",
    "I wanted to thank you and the panel for a friendly and interesting interview.",
    "Many thanks for showing me around the site yesterday.",
    "Thanks for the chat! Looking forward to hearing about next steps.",
]
WITHDRAW = [
    "I've decided to withdraw my application for {role}. I've accepted another offer and didn't want to waste anyone's time.",
    "After a lot of thought, I'd like to step out of the process. The commute would be too much for my family right now.",
    "Please could you withdraw me from consideration for {role}? My circumstances have changed.",
    "I'm sorry to do this so late, but I won't be attending Thursday's interview; I've accepted a position elsewhere.",
    "Thank you for the opportunity, but I'm going to withdraw. The salary range is below what I can accept.",
    "I'd like to pull out of the process for now. It has been a pleasure talking to you all.",
]
ACCEPT_OFFER = [
    "I'm delighted to accept the offer for {role}. The signed letter is attached.",
    "Thank you so much, I'm very happy to accept! Please let me know what you need from me next.",
    "I accept the offer and can start on {slot}, as discussed.",
    "Happy to confirm I'm accepting. Looking forward to joining {co}!",
]
SCHED_REPLY = [
    "{slot} works well for me. Should I use the same video link as last time?",
    "Thanks, I've booked the 14:00 slot on Wednesday through the link.",
    "Unfortunately I'm travelling that day; could we do {slot} instead?",
    "Confirming I'll be there for the assessment centre. Is parking available on site?",
    "Great, see you {slot}. My mobile is below in case anything changes.",
]
APPLICATION_SENT = [
    "Please find attached my CV and cover letter for the {role} position advertised on your website.",
    "I'd like to apply for the {role} vacancy ({req}). My CV is attached.",
    "I'm writing to express my interest in the {role} role. I have four years' experience in a similar position.",
    "{hm_first} suggested I get in touch about the {role} opening. I've attached my CV.",
    "Following our chat at the careers fair, I've attached my application for {role}.",
]

# ---------------------------------------------------------------- non-job rejections
NONJOB_REJ = {
    "grant": (
        "Outcome of your application to the {fund}",
        [
            "Thank you for applying to the {fund}. We received 412 applications for 18 awards.",
            "I'm sorry to tell you that your proposal was not selected for funding in this round.",
            "Reviewers' comments are available in the portal. The next call opens in March.",
        ],
    ),
    "talk": (
        "Your talk proposal for {conf}",
        [
            "Thanks for submitting \"{talk}\" to {conf}.",
            "Unfortunately the programme committee was not able to accept your talk this year; we had five times more proposals than slots.",
            "We'd still love to see you there, and a discount code for speakers who submitted is below.",
        ],
    ),
    "flat": (
        "Re: viewing at {street}",
        [
            "Thanks for coming to see the flat on Saturday.",
            "The landlord has decided to go with another applicant, so I'm afraid it's a no this time.",
            "I'll let you know if anything similar comes up in the area.",
        ],
    ),
    "admission": (
        "Your application to {uni}",
        [
            "Thank you for applying to the MSc programme at {uni}.",
            "After careful review, the admissions committee is unable to offer you a place for the coming academic year.",
            "We wish you every success with your studies.",
        ],
    ),
    "loan": (
        "Update on your loan application",
        [
            "We've reviewed your application for a personal loan.",
            "Unfortunately, we are unable to approve it at this time based on our lending criteria.",
            "You are entitled to request details of the credit reference agency we used.",
        ],
    ),
    "visa": (
        "Decision on your visitor visa application",
        [
            "A decision has been made on your application.",
            "Your application has been refused. The reasons are set out in the attached letter.",
            "You may reapply at any time, providing any additional evidence.",
        ],
    ),
    "club": (
        "Membership application - {club}",
        [
            "Thanks for your interest in joining {club}.",
            "Our membership is full for this season and we are not able to take on new members.",
            "We've added you to the waiting list and will contact you in the spring.",
        ],
    ),
    "journal": (
        "Decision on manuscript {req}",
        [
            "Thank you for submitting your manuscript to the journal.",
            "After review, the editors have decided not to accept it for publication. The reviewers felt the method section needed more detail.",
            "We hope you will consider us for future work.",
        ],
    ),
}
FUNDS = ["Early Career Research Fund", "Small Arts Grant", "Community Innovation Award", "Open Source Sustainability Grant"]
CONFS = ["PyNorth 2026", "DataDays Europe", "FrontEnd Harbour", "UX Cymru", "Small Business Expo"]
TALKS = ["Testing the untestable", "What our pipelines taught us", "Accessible forms in practice", "Postgres at the edge"]
STREETS = ["14 Marlowe Road", "Flat 3, 22 Albion Terrace", "7b Canal Street", "the Harcourt Avenue two-bed"]
UNIS = ["Westmarch University", "the University of Brackley", "Kingsfield Institute of Technology"]
CLUBS = ["Riverside Rowing Club", "the Allotment Society", "Northgate Climbing Wall", "Harbour Chess Club"]

# ---------------------------------------------------------------- newsletters and digests ABOUT hiring
NEWSLETTER_SUBJECTS = [
    "This week: why rejection emails are getting shorter",
    "5 interview questions that trip everyone up",
    "How to negotiate your offer (without burning bridges)",
    "The Career Letter #{n}: handling \"we've decided to move forward with other candidates\"",
    "Weekly digest: offers, interviews and the hiring slowdown",
    "Is the take-home assessment dead?",
    "Reader question: should I ask for feedback after a rejection?",
]
NEWSLETTER_BODY = [
    "Most candidates get more rejections than offers, and that's normal. This week we look at how to read between the lines of a rejection email.",
    "Our reader survey found that 68% of applicants never hear back after applying. Here's what the best employers do instead.",
    "We spoke to three hiring managers about what they really mean by \"we'd like to invite you to interview\".",
    "If an offer letter arrives on a Friday afternoon, do you sign it straight away? Our columnist says no.",
    "Top tip: after a final interview, a short thank-you note is fine, but don't chase every day.",
    "This month's listening: a podcast episode on recovering from interview nerves.",
    "Plus: the companies still hiring, and five that have announced hiring freezes.",
]
JOB_ALERT = [
    "{n} new jobs match your search \"{role}\" near you.",
    "New for you: {role} at {co}, {role2} at {co2}, and 12 more.",
    "Jobs you may be interested in, based on your recent activity.",
    "Apply early: these roles were posted in the last 24 hours.",
]
PROFILE_VIEW = [
    "Your profile was viewed by 7 recruiters this week.",
    "A recruiter in the logistics sector looked at your profile.",
    "You appeared in 23 searches this week. See who's looking.",
    "Someone saved your CV. Upgrade to see who.",
]
ROLE_CLOSED_EARLY = [
    "I was going to tell you about a {role} role with one of my clients, but they've filled it internally before I could send your details over. Sorry! I'll keep you in mind.",
    "Quick update on the {role} opening I mentioned on the phone: it has been closed by the client before we submitted anyone, so there's nothing to apply to for now.",
    "Bad timing, unfortunately: the role I messaged you about last week was pulled before applications opened.",
]
AUTOREPLY = [
    "Thank you for your email. I am out of the office until {slot} with limited access to email. For urgent recruitment matters please contact the team inbox.",
    "I'm currently on annual leave and will reply when I'm back. Your message has not been forwarded.",
    "Thanks for your message! I'm at a careers fair all week and will respond as soon as I can.",
]
BOUNCE = [
    "Delivery has failed to these recipients or groups: {addr}. The email address you entered couldn't be found.",
    "This is the mail system at host mx.{dom}. I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
    "Your message wasn't delivered to {addr} because the address couldn't be found, or is unable to receive mail.",
]
PERSONAL = [
    "Are we still on for Saturday? I'll bring the cake if you bring the candles.",
    "Mum says the car's fixed, you can pick it up whenever.",
    "Photos from the wedding are up! Password is the usual one.",
    "Can you forward me the plumber's number? The kitchen tap is leaking again.",
    "Good luck this week with all the interviews! Fingers crossed for you. Dinner on Friday to celebrate either way?",
    "Did you ever hear back from that job? No pressure, just curious. x",
    "Sorry I missed your call. Rejections are rubbish, but honestly their loss. Pub later?",
    "The book club is doing 'The Remains of the Day' next month.",
]
WORK_MAIL = [
    "Here's the rota for next week. I've swapped your Tuesday for Thursday as you asked.",
    "Reminder that the quarterly all-hands is on Thursday at 3pm in the big meeting room.",
    "Can you review my pull request before lunch? It's the one fixing the invoice export.",
    "Please submit your expenses for October by Friday.",
    "Team drinks for Jo's leaving do are at the Fox and Hound from 6.",
]

# ---------------------------------------------------------------- more alternatives (second pass)
FB_REQUEST += [
    "Thanks for telling me. I'd love to understand what the panel felt was missing, if you're able to say.",
    "Appreciate the update, {them}. Any feedback from the take-home would be gold for me.",
    "Do you have any notes from the interviewers you could pass on? I want to do better next time.",
    "Bit gutted, but thank you. If there's one thing you'd suggest I work on, what would it be?",
    "Could you share the main reasons I wasn't chosen? Constructive criticism welcome.",
]
THANK_NOTE += [
    "Thank you for a great conversation yesterday. I came away even more excited about the work.",
    "Thanks for the tour and the coffee. Please pass my thanks on to {hm} too.",
    "Just wanted to say I really appreciated how welcoming everyone was today.",
]
WITHDRAW += [
    "I've been offered an internal promotion, so I'd like to withdraw from the process. Thank you for your time.",
    "Please remove my application for {role}. I've decided to stay where I am for now.",
]
SCHED_REPLY += [
    "Both options work; let's say the earlier one.",
    "Thanks! Just booked Thursday at 11 via the scheduling link.",
]
APPLICATION_SENT += [
    "Hello, I saw your post about the {role} role and would love to be considered. CV and portfolio link below.",
]
PERSONAL += [
    "Happy birthday!! Hope you get spoiled rotten today.",
    "Your parcel came to ours by mistake, I'll drop it round tomorrow.",
    "Landlord finally replied about the boiler, someone's coming Thursday.",
    "Offer still stands on the spare concert ticket if you want it!",
]
WORK_MAIL += [
    "The client call moved to 4pm. Same link as before.",
    "Can you cover the Saturday shift on the 12th? I'll swap you a Sunday.",
    "New starter joining your team on Monday; please make them feel welcome.",
]
NEWSLETTER_BODY += [
    "Inside: what a \"soft rejection\" really means, and whether to reply to it.",
    "A recruiter explains why offers get rescinded, and how rare it really is.",
    "Our guide to the five stages of a typical interview process, from phone screen to final round.",
]
