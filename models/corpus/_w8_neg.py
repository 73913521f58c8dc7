"""Look-alike messages for writer w8 that carry no label: pitches, pings, reminders, non-job
rejections, newsletters, auto-replies, scams, onboarding, ordinary work and personal mail.

Each entry is (subject, body-lines); the generators add greetings, signatures and footers that
are shared with labelled mail, so only the meaning separates them.
"""

from __future__ import annotations

# Recruiter-side look-alikes about a specific employer: (subject, lines). {co} is the employer.
EMPLOYER_LOOKALIKE = {
    "pitch": [
        ("{role} at {co}?", ["I lead recruiting at {co} and came across your profile. We're hiring a {role} and I'd love to tell you more - interested?"]),
        ("hello from {co}", ["Not sure if you're open to a move, but we're growing the team and your background in similar work caught my eye. No application needed - just reply if you'd like to hear more."]),
        ("A|Opportunity at {co} - {role}", [
            "Came across your profile and thought you'd be a great fit for a {role} role I'm working on with {co}.",
            "It's hybrid, {salary}, small team, interesting problems. Would you be open to a chat about it?"]),
        ("A|{role} | {co} | confidential search", [
            "I'm exclusively retained by {co} on a {role} hire and your background jumped out.",
            "Not sure if you're looking at the moment but worth 10 minutes? No pressure either way."]),
        ("A|quick q", ["are you open to new roles? got something at {co} that looks very you. {salary}, remote first."]),
        ("A|Your experience + {co}", [
            "I know you probably get a lot of these, so I'll be brief: {co} are building out their platform team and I think your experience would be valued there.",
            "If you're curious, reply and I'll send the spec."]),
    ],
    "closed_before": [
        ("Re: is the {role} role still open?", [
            "You asked whether the {role} role is still open - sadly we closed it last week, before your message came in, so there's nothing to apply for right now.",
            "I'll keep your details for the next opening in the team."]),
        ("{role} opening", ["heads up, the {role} ad you saw on our careers page is out of date, we hired for it in the spring. sorry for the confusion!"]),
        ("A|Re: {role} at {co}", [
            "Annoyingly the {role} role I messaged you about on Monday has been filled already - they moved faster than expected.",
            "Sorry to get your hopes up before you'd even applied. I'll keep an eye out for similar."]),
        ("A|update on the {co} role", [
            "Just a heads up that {co} have put the {role} search on hold before we got your CV across, so nothing to submit for now.",
            "I'll let you know if it reopens."]),
        ("A|{co} - no longer live", ["the {co} position i mentioned is closed, they hired internally before i could send anyone. will come back with others"]),
    ],
    "checkin": [
        ("Checking in", ["Just checking in - how's the search going? Anything I can help with?"]),
        ("catch up?", ["Haven't heard from you in a while, are you still looking or have you landed somewhere?",
                       "Either way would be good to catch up."]),
        ("Still looking?", ["Are you still on the market? I've got a few clients asking for people with your profile."]),
        ("New year, new role?", ["Hope you had a good break. Thought I'd check in and see whether a move is on the cards this year."]),
    ],
    "pending": [
        ("Re: {co} update", [
            "No news yet I'm afraid - {co} are still interviewing a couple of people and should decide by end of next week.",
            "Your application is very much still live, I'll let you know the second I hear."]),
        ("{role} - status", ["Your application is still under review with the hiring team. Thanks for bearing with us."]),
        ("Re: any news?", ["not yet sorry!! {hm} is on holiday till monday, they'll look at everything when back"]),
        ("Quick update", ["Just so you're not left hanging - they're still deciding between the shortlist, all positive so far."]),
    ],
    "reminder": [
        ("Reminder: your interview tomorrow", [
            "Just a reminder that you're seeing {hm} at {co} tomorrow at {time}. Address is in the calendar invite.",
            "Bring ID for reception. Good luck!"]),
        ("tmrw", ["all set for tomorrow? {time} with {hm}, teams link is in the invite. call me after!"]),
        ("Your interview on {day}", ["Friendly reminder of your scheduled interview on {day} at {time}. Nothing for you to do, see you then."]),
        ("Prep notes for {day}", [
            "Ahead of your interview on {day} (already in the diary) here are a few notes on the panel.",
            "{hm} runs the data team and likes concrete examples. Dress code is casual."]),
    ],
    "thanks_today": [
        ("Thanks for today", ["Thanks for your time today, it was really good to meet you. We'll be in touch once we've seen the other candidates."]),
        ("Great to chat", ["great to chat earlier! the team will catch up on friday and i'll let you know next steps after that"]),
        ("Re: interview", ["Thank you for coming in this morning. We're finishing the remaining interviews this week and will get back to you."]),
        ("A|how did it go?", ["How do you feel it went with {co} today? They haven't fed back yet but I'll chase tomorrow."]),
    ],
    "withdraw_ack": [
        ("Re: withdrawal", ["Thanks for letting us know, and congratulations on the new job. I've closed your application on our side - do stay in touch."]),
        ("A|Re: withdrawing", ["No problem at all, thanks for letting me know. I'll tell {co} you've decided to withdraw. Best of luck with the new job!"]),
        ("Re: {role} application", ["Totally understand, I've withdrawn your application from the {co} process as requested."]),
    ],
    "onboarding": [
        ("Welcome aboard - first day info", [
            "So glad you accepted! Your first day is {start}, please arrive at 9:15 and ask for {hm}.",
            "Before then please complete the new starter form and upload your right-to-work documents."]),
        ("Your equipment", ["Your laptop will be shipped to your home address next week. Let us know which keyboard layout you prefer."]),
        ("Pre-employment checks", ["Now that you've signed, our screening partner will contact you for references and a background check."]),
        ("Payroll details", ["Please fill in the attached bank details form so we can set you up on payroll before your start date."]),
    ],
    "referral": [
        ("referred you!", ["hey! i put your name in for the {role} role at {co}, you should get an email from their recruiter soon. fingers crossed"]),
        ("Referral for {co}", ["I submitted a referral for you through our internal system. No guarantees but it usually gets looked at faster."]),
    ],
}

# No specific employer: (subject, lines)
GENERIC_LOOKALIKE = {
    "coffee": [
        ("Coffee?", ["Would love to grab a coffee sometime and hear what you're up to - no agenda, just keen to stay in touch with people in the data space."]),
        ("Intro", ["Our mutual friend Ana suggested we connect. I run a small meetup for platform engineers, fancy a virtual coffee next week to swap notes?"]),
        ("networking chat", ["I'm building my network in the Berlin tech scene and would appreciate 20 minutes of your time to hear about your career path. Totally informal."]),
    ],
    "interview_someone": [
        ("Can you cover an interview Thursday?", [
            "We've got a backend candidate coming in Thursday at 2 and I need one more interviewer for the coding round.",
            "Could you take it? Scorecard template is in the hiring folder."]),
        ("Interview panel rota", ["You're on the interview panel for the graduate intake next week. Please review the CVs before Tuesday."]),
        ("pls interview this guy", ["can you do a 30 min culture chat with the PM candidate tomorrow? you'd be great for it"]),
    ],
    "salary_survey": [
        ("Salary survey 2026 - 5 minutes of your time?", [
            "We're compiling our annual tech salary guide and would love your input. It's anonymous and takes about 5 minutes.",
            "Everyone who completes it gets the full report free."]),
        ("What are you earning?", ["Quick anonymous poll for our engineering salary benchmark. Three questions, promise."]),
    ],
    "newsletter": [
        ("This week: how to bounce back from rejection", [
            "In this issue: why rejection emails say so little, three recruiters on what 'we've decided to move forward with other candidates' really means, and how to ask for feedback without sounding bitter.",
            "Plus: the best interview questions to ask at the end, and a reader's story about turning down an offer."]),
        ("The Hiring Digest #112", [
            "Top stories: Offer letters are getting longer. Is the take-home test dead? Why final rounds keep getting cancelled.",
            "Our take: candidates deserve real feedback. Read more on the blog."]),
        ("5 signs your interview went well", ["From the blog: the interviewer ran over time, they talked about start dates, they introduced you to the team... read the full list."]),
        ("Recruiter Roundup: offers, counter-offers and ghosting", [
            "This month our columnist answers: should you accept a counter-offer? What do you do when the hiring manager ghosts you after the final interview?"]),
    ],
    "job_alert": [
        ("12 new jobs for 'data engineer' in London", ["Senior Data Engineer - {co} - London (hybrid)", "Data Engineer II - Quillbyte - Remote UK", "Analytics Engineer - Tessaro - London", "View all jobs"]),
        ("Jobs you might like", ["Based on your profile: {role} at {co}, {role2} at Stackwise. Apply in one click."]),
        ("New match: {role}", ["A new role matching your saved search has been posted. Salary {salary}. Closing soon!"]),
    ],
    "profile": [
        ("3 recruiters viewed your profile", ["Your profile appeared in 41 searches this week. See who's looking."]),
        ("Complete your profile to get noticed", ["Profiles with a photo and skills get 5x more views from recruiters. It only takes 2 minutes."]),
        ("Your CV is 70% complete", ["Add your work history to start applying faster."]),
    ],
    "webinar": [
        ("You're invited: Cracking the System Design Interview (live webinar)", [
            "Join our free webinar on {day} at 6pm with two ex-FAANG engineers. Register now - spaces are limited."]),
        ("Careers fair next week", ["Meet 60+ employers at the Autumn Tech Careers Fair. Bring your CV and come along, entry is free."]),
        ("Workshop invite: mock interviews", ["Our career coaching team is running mock interview workshops this month. Book your seat."]),
    ],
    "nonjob_reject": [
        ("Your application to the MSc programme", ["Thank you for applying. Following careful review, the admissions committee is unable to offer you a place this year."]),
        ("Grant application outcome", ["We regret to inform you that your proposal was not selected for funding in this round. We received 214 applications."]),
        ("Talk submission - PyCon", ["Thanks for submitting your talk. Unfortunately we could not fit it into this year's programme."]),
        ("Flat viewing", ["Sorry, the landlord has decided to go with another applicant for the flat on Elm Road."]),
        ("Loan decision", ["We're unable to approve your personal loan application at this time."]),
        ("Membership application", ["The committee has reviewed your application to join the rowing club and is unable to accept new members this season."]),
        ("Visa appointment", ["Your visa application has been refused. The reasons are listed in the attached letter."]),
        ("Your article submission", ["Thanks for pitching us. We're going to pass on this piece, but feel free to send other ideas."]),
        ("Re: volunteer application", ["unfortunately we have all the volunteers we need for the marathon this year, thanks though!"]),
    ],
    "scam": [
        ("CONGRATULATIONS! Job Offer - Remote Data Entry $45/hr", [
            "You have been selected for a remote position. No interview needed. To start, purchase the equipment via the check we will send you and reply with your bank details."]),
        ("Offer of Employment (urgent response)", ["We offer you the position of {role} (remote). Kindly send a processing fee of {salary} to confirm your slot."]),
        ("Work from home opportunity", ["Earn 500 USD daily liking videos. Contact our HR on Telegram to receive your offer letter today!!"]),
    ],
    "autoreply": [
        ("Automatic reply: {role} application", ["I am out of the office until Monday with limited access to email. For urgent matters contact recruiting@ the usual address."]),
        ("Out of office", ["Thanks for your email. I'm on annual leave returning on the 14th."]),
        ("Undeliverable: Re: Thank you", ["Delivery has failed to these recipients or groups: the email address you entered couldn't be found."]),
        ("Mail delivery failed: returning message to sender", ["This message was created automatically by mail delivery software. A message that you sent could not be delivered."]),
        ("Abwesenheitsnotiz", ["Ich bin bis zum 3. nicht im Büro. I am out of office until the 3rd."]),
    ],
    "personal": [
        ("dinner saturday?", ["are you guys free saturday? thinking of doing a curry at ours around 7"]),
        ("Re: flat bills", ["I've paid the electric, you owe me 38.50 whenever"]),
        ("photos from the wedding", ["finally got round to uploading them, link below. you look great in the ceilidh ones"]),
        ("Re: Q3 planning deck", ["Thanks - can you add the migration timeline to slide 6 before tomorrow's review?"]),
        ("standup moved", ["standup is 10:15 today instead of 9:45, the product sync overran"]),
        ("Re: PR #482", ["Left a few comments, mostly nits. Happy to approve once the tests pass."]),
        ("mum's birthday", ["did you get her a card yet? I can add your name to mine"]),
        ("football tonight", ["we're a player short, you in? 8pm usual pitch"]),
        ("Re: invoice 2231", ["Payment went out this morning, should land in 2-3 working days."]),
    ],
}

EMPLOYER_LOOKALIKE["pending"] += [
    ("Re: {role}", ["We're still working through applications for {role} - you haven't been forgotten! Should have news within a fortnight."]),
    ("A|{co} - still waiting", ["{co} have gone a bit quiet, which is normal for them at quarter end. I'm chasing and will update you Friday latest."]),
    ("timeline", ["fyi we've pushed decisions back a week because {hm} is at a conference. nothing to worry about"]),
]
EMPLOYER_LOOKALIKE["reminder"] += [
    ("Directions for {day}", ["Looking forward to seeing you {day} at {time} as arranged. We're on the 4th floor, take the lift on the left."]),
    ("A|good luck tomorrow!", ["Good luck tomorrow at {co}! Remember to ask about the roadmap, {hm} loves that. Ring me after."]),
]
EMPLOYER_LOOKALIKE["thanks_today"] += [
    ("Thank you", ["Thanks for coming in today {me}, really enjoyed the conversation. We'll wrap up the other interviews this week."]),
    ("A|debrief?", ["Hope today went well with {co}! Give me a call when you're out so we can debrief before they ring me."]),
]
EMPLOYER_LOOKALIKE["onboarding"] += [
    ("Your buddy for week one", ["Welcome to {co}! I'll be your onboarding buddy - see you on {start}. Lunch is on us the first day."]),
    ("Contract countersigned", ["Great to have your signed contract back - attached is the countersigned copy for your records. IT will reach out about accounts."]),
]
GENERIC_LOOKALIKE["newsletter"] += [
    ("Why 'we'll keep your CV on file' rarely means anything", ["Our latest long read looks at the phrases recruiters use when they turn people down, and which ones deserve a follow-up."]),
    ("Interview season survival kit", ["Inside: a checklist for the night before your onsite, how to negotiate an offer in writing, and what to do if you're rejected after the final."]),
]
GENERIC_LOOKALIKE["personal"] += [
    ("Re: bike", ["yeah you can borrow it sunday, lock's in the shed"]),
    ("quiz night", ["team name ideas pls, last time we came 9th out of 10"]),
    ("Re: budget sign-off", ["Finance approved the Q4 tooling spend, go ahead with the licences."]),
]
GENERIC_LOOKALIKE["interview_someone"] += [
    ("Hiring loop for the SRE role", ["Hey, you've been added to the interview loop for the SRE candidate on {day}. You're on the incident-response scenario - notes in the doc."]),
]
GENERIC_LOOKALIKE["coffee"] += [
    ("alumni coffee", ["Saw you're also a Leeds grad! I mentor a few people moving into product, happy to grab a coffee if you ever want to chat careers. No strings."]),
]
