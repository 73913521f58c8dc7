"""Sentence banks for writer w10's unlabelled mail: look-alikes that carry job words but none of the labels.

Same return shape as _w10_text.say_*; ``labels`` is always empty here.
"""

from __future__ import annotations

import random

from _w10_shell import fill, pick
from _w10_text import _join, _out


def say_sched_ok(rng: random.Random, ctx: dict) -> dict:
    """Candidate (or recruiter) confirming a slot already offered."""
    body = pick(rng, [
        "Sounds good, see you then!", "{day} at {time} works perfectly for me. Thanks!",
        "Great, I've accepted the calendar invite.", "Perfect, I'll be there. Looking forward to it.",
        "Confirmed, thanks {rec}. Talk {day}.", "That works. Is there anything I should prepare?",
        "Thanks, booked. Speak soon.", "Yes, {short} is fine. I'll join from my laptop.",
        "Lovely, see you on {day}.", "Got it, thank you. I'll look out for the link.",
        "Works for me 👍", "Thank you! Just to confirm, it's {time} UK time?",
        "Brilliant, thanks. I'll dial in a few minutes early.",
        "Perfect. I've blocked the time out.",
        'Thanks for arranging this. See you {short}.',
        'Excellent, confirmed on my side too.',
        'Noted, thank you. {time} on {day} works.',
        "Cool, I'll be there.",
    ])
    return _out("Interview", fill(body, ctx))


def say_reminder(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Just a reminder that your interview with {hm} is tomorrow at {time}. The link is in the original invite.",
        "Looking forward to speaking {day}! Reminder: we're meeting at {time} on Teams.",
        "A quick note ahead of your onsite on {date}: please bring photo ID for reception.",
        "Friendly reminder of your scheduled call with us today at {time}.",
        "Your interview is confirmed for {short}, {time}. No action needed.",
        "Ahead of tomorrow, here's the parking info for our building. See you at {time}.",
        "This is an automatic reminder: you have an interview with {co} in 24 hours.",
        "Just checking the Zoom link works for you for our {day} chat. Same time as agreed.",
        "Quick reminder of tomorrow's session with {hm}. Dial-in details are unchanged.",
        'See you {day} at {time}! The address is in the confirmation email.',
        'Reminder: your scheduled video interview starts at {time} today. Please test your camera beforehand.',
    ])
    return _out(pick(rng, ["Reminder: interview tomorrow", "Your interview on {day}", "See you {day}",
                           "Interview reminder - {role}", "Tomorrow's call"]), fill(body, ctx))


def say_thanks_today(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Thanks for your time today, it was great to chat. We'll be in touch once the panel has met.",
        "Thank you for coming in this afternoon. We'll gather everyone's thoughts and update you by end of next week.",
        "Really appreciated the conversation earlier. I'll share my notes with the team.",
        "Thanks for spending the morning with us. Expect to hear back within a few days.",
        "Great to meet you today! We're finishing interviews this week and will follow up after.",
        "Thanks for joining us this morning. The team enjoyed the conversation; we'll be in touch soon.",
        "Appreciate you making the time today. I'll come back to you once everyone has had a chance to feed back.",
        'Just a note to say thanks for the session earlier. No action needed from you for now.',
    ])
    return _out(pick(rng, ["Thanks for today", "Today's interview", "Following our call", "{role}"]), fill(body, ctx))


def say_status(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Your application for {role} is still under review. We'll contact you as soon as there's news.",
        "Just a quick note that we haven't forgotten you: the hiring team is still reviewing applications.",
        "We're taking a little longer than planned to review candidates for {role}. Thanks for your patience.",
        "No decision yet on {role}; the hiring manager is travelling this week.",
        "Status: In review. No action is required from you at this time.",
        "The process for {role} is ongoing, and I expect to have an update by {day}.",
        "Your application has moved to the review stage.",
        "Thanks for checking in. There's no update just yet; we're still interviewing other candidates.",
        "We've had a lot of interest in {role}, so reviews are taking a bit longer than usual.",
        "I'm still waiting on the panel's notes; I'll chase them today.",
        'Your application remains active and under consideration.',
    ])
    return _out(pick(rng, ["Application status update", "Still reviewing", "{role}: where things stand",
                           "Update on {req}"]), fill(body, ctx))


def say_portal_update(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "There has been an update to your application. Please log in to your candidate portal to view it.",
        "You have a new message in your candidate account. Sign in to read it.",
        "The status of one of your applications has changed. Log in to see the details.",
        "A document has been shared with you in the careers portal.",
        "New activity on your application for {role}. View it in your dashboard.",
    ])
    return _out(pick(rng, ["Update on your application", "You have a new message", "Application activity",
                           "Something changed on your application"]), fill(body, ctx))


def say_complete_profile(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Your candidate profile is only 60% complete. Add your work history to stand out to recruiters.",
        "You started an application for {role} but didn't submit it. Pick up where you left off.",
        "Recruiters are more likely to contact candidates with a photo and skills listed. Complete your profile now.",
        "Don't forget to upload your CV so we can match you to new roles.",
        "Your draft application expires in 3 days.",
    ])
    return _out(pick(rng, ["Complete your profile", "Finish your application", "You're almost there",
                           "Your draft application"]), fill(body, ctx))


def say_assessment_reminder(rng: random.Random, ctx: dict) -> dict:
    subj, body = pick(rng, [
        ("Reminder: finish your assessment", "You started your assessment but haven't submitted it yet. It closes on {date}."),
        ("Your assessment expires soon", "Reminder: your in-progress coding test will expire in 24 hours. Resume where you left off."),
        ("Assessment in progress", "We noticed you paused your assessment. Your progress has been saved, so you can continue any time before {day}."),
        ("Almost done: one section left", "Only one section of your assessment remains. Finish it before {day} to be considered."),
        ("Assessment submitted", "Thanks for completing the assessment! Your results have been sent to the hiring team."),
        ("We received your test", "Your answers to the {role} skills test were submitted successfully. There's nothing more to do for now."),
    ])
    return _out(subj, fill(body, ctx))


def say_role_closed_prior(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Following up on my message from last month: the {role} search I mentioned has closed, so no need to send your CV. I'll ping you when something similar comes up.",
        "Quick one: the client has paused the role I reached out about, before we got to submitting anyone. Sorry to get your hopes up.",
        "Ignore my earlier note about the {role} opening; it's been filled internally. Happy to stay in touch.",
        "The position I contacted you about is no longer open. Let me know if you'd like me to keep you in mind.",
    ])
    return _out(pick(rng, ["Re: {role} opportunity", "Update on the role I mentioned", "{role} - closed"]), fill(body, ctx))


def say_withdraw(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "I wanted to let you know that I've accepted another offer, so I'd like to withdraw my application for {role}. Thank you for your time.",
        "After some thought I've decided to withdraw from the process. It's not the right moment for me to move.",
        "Please withdraw my application. I've decided to stay in my current position.",
        "Thanks so much for the invitation, but I'm going to step back from the process for personal reasons.",
        "I've had a change in circumstances and need to pull out of the interviews. Apologies for the short notice.",
    ])
    return _out(pick(rng, ["Withdrawing my application", "{role} - withdrawal", "Re: next steps"]), fill(body, ctx))


def say_accept_offer(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "I'm delighted to accept the offer! Signed contract attached.",
        "Thank you, I'm happy to accept. Looking forward to starting on {date}.",
        "Yes! I accept. Please let me know what you need from me next.",
        "I've signed and returned the letter through the portal. Very excited to join.",
    ])
    return _out(pick(rng, ["Offer acceptance", "Re: Offer", "Accepted!"]), fill(body, ctx))


def say_thank_you_note(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Thank you for the conversation today. I enjoyed hearing about the {team} roadmap and I'm even more excited about the role.",
        "Thanks again for your time this morning. Our chat about migration strategy stuck with me.",
        "I wanted to say thank you to you and the panel. It was a great afternoon.",
        "Thanks for the interview. Let me know if you need anything else from me, such as references.",
    ])
    return _out(pick(rng, ["Thank you", "Thanks for today", "Following up on our interview"]), fill(body, ctx))


def say_applied(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Please find attached my CV and cover letter for the {role} position ({req}). I'd welcome the chance to discuss it.",
        "I'm applying for the {role} role advertised on your site. My CV is attached.",
        "I saw the {role} opening and think my background in {team} would be a good match. CV attached, thanks for considering it.",
        "Following our chat at the meetup, here's my CV for the {role} vacancy.",
    ])
    return _out(pick(rng, ["Application: {role}", "{role} ({req})", "CV - {first} {last}"]), fill(body, ctx))


def say_onboarding(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Welcome aboard! Before your first day, please complete your tax forms and upload your ID in the onboarding portal.",
        "Now that you've accepted, we need your bank details and emergency contact by {date}.",
        "Your laptop will be shipped next week. Please confirm your delivery address.",
        "Your background check has been started; you'll receive a separate email from our screening partner.",
        "Day one agenda attached. You'll meet your buddy at 9:30 in reception.",
    ])
    return _out(pick(rng, ["Your first day at {co}", "Onboarding: action needed", "Before you start",
                           "Welcome to {co}!"]), fill(body, ctx))


def say_scam(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Congratulations! You have been selected for a remote data entry job paying $45/hour. No interview needed. Reply with your bank details to receive your equipment cheque.",
        "Your CV was shortlisted for a work-from-home position. Earn 800 USD daily. Contact our HR on WhatsApp to claim your offer letter.",
        "OFFER LETTER: You are hired as a package handling assistant. Send the 150 EUR registration fee to activate your contract.",
        "We reviewed your profile online and are pleased to offer you a part-time role. Just buy the gift cards listed and we will reimburse you.",
    ])
    return _out(pick(rng, ["JOB OFFER!!! Immediate start", "Congratulations, you're hired", "Offer letter - urgent",
                           "Remote job offer for you"]), body)


def say_interview_someone(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Could you be the second interviewer for a {role} candidate on {day} at {time}? The CV is in the hiring folder.",
        "You've been added to the interview panel for our {role} opening. Please submit your scorecard within 24 hours of the session.",
        "Can you run the system design round for a candidate on {short}? I'll send the calendar hold.",
        "We need a shadow for the {team} interview loop next week. Would you be up for it?",
        "Reminder to leave feedback on yesterday's candidate in the hiring tool.",
    ])
    return _out(pick(rng, ["Interview panel - {role}", "Can you interview on {day}?", "Interviewer needed",
                           "Scorecard due"]), fill(body, ctx))


def say_personal(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "Are we still on for dinner on {day}? I can book the Thai place.",
        "Here are the photos from the weekend, finally!",
        "Can you send me the slides from Tuesday's meeting? I need them for the client call.",
        "Reminder that the team offsite moved to {date}.",
        "Mum says happy birthday and asks if you got the parcel.",
        "The landlord is coming to fix the boiler at {time}; can you be home?",
        "Quick question about the quarterly report numbers: which sheet is the final one?",
        "Loved your talk at the meetup. Want to grab coffee next week?",
        "Just saw this and thought of you. How's the job hunt going?",
        "Invoice #{req} attached. Payment due in 30 days.",
    ])
    return _out(pick(rng, ["Hey", "Quick question", "Dinner?", "Photos", "Re: slides", "FYI", "Thursday"]), fill(body, ctx))


NONJOB = [
    ("Your application to the MSc Data Science programme",
     "Thank you for applying to the MSc programme. After careful review, the admissions committee is unable to offer you a place for the coming year."),
    ("Grant application outcome",
     "We regret to inform you that your proposal was not selected for funding in this round. Competition was exceptionally strong."),
    ("Your talk submission",
     "Thanks for submitting a talk to our conference. Unfortunately we couldn't fit your proposal into the programme this year."),
    ("Re: the flat on Elm Street",
     "Thanks for viewing the flat. The landlord has decided to go with another tenant, sorry."),
    ("Your loan application",
     "We have reviewed your application and are unable to approve the loan at this time."),
    ("Visa application decision",
     "Your application for a visitor visa has been refused. The reasons are set out in the attached letter."),
    ("Membership application",
     "Thank you for your interest in joining the rowing club. Unfortunately our membership is full this season and we cannot accept you right now."),
    ("Your article submission",
     "Thank you for your submission. After review, the editors have decided not to publish it."),
    ("Scholarship decision",
     "We appreciate your application for the scholarship. We are sorry to say you have not been selected."),
    ("Credit card application",
     "Unfortunately we're unable to offer you a credit card based on the information provided."),
    ("Volunteer application",
     "Thanks for applying to volunteer at the festival. All our volunteer places are now filled, so we won't be able to take you on this year."),
    ("Hackathon team application",
     "We received many strong applications and, unfortunately, your team was not selected for the final."),
]


def say_nonjob_reject(rng: random.Random, ctx: dict) -> dict:
    subj, body = pick(rng, NONJOB)
    extra = pick(rng, ["We wish you every success.", "You may reapply next year.", "",
                       "Please don't reply to this message."])
    return _out(subj, _join(rng, [body, extra], ctx))


NEWS_TITLES = [
    "How to bounce back from a rejection after the final round",
    "7 interview questions hiring managers love (and how to answer)",
    "Should you negotiate your job offer? Our salary survey says yes",
    "Why recruiters ghost, and what to do about it",
    "The anatomy of a great system design interview",
    "Asking for feedback after a rejection: a template",
    "Offer accepted? 5 things to do before your first day",
    "What we learned reviewing 10,000 application acknowledgements",
    "Interview invitations are up 12% this quarter",
    "Rejected again? Three founders on their worst job hunts",
    "Behavioural interviews: the STAR method, revisited",
    "Take-home assessments: fair or free labour?",
]


def say_newsletter(rng: random.Random, ctx: dict) -> dict:
    titles = rng.sample(NEWS_TITLES, 3)
    intro = pick(rng, ["This week in careers:", "Your weekly reading list:", "Top stories for job seekers:",
                       "In this issue:", "Fresh from the blog:"])
    return _out(pick(rng, ["Career Weekly #{n}", "The Job Hunt Digest", "{t0}", "Your Sunday careers read",
                           "Hiring Trends newsletter"]).replace("{t0}", titles[0]).replace("{n}", str(rng.randint(12, 240))),
                intro + "\n\n" + "\n".join("• " + t for t in titles))


def say_job_alert(rng: random.Random, ctx: dict) -> dict:
    n = rng.randint(3, 25)
    body = pick(rng, [
        f"{n} new jobs match your search '{{role}}'. Top pick: {{role}} at {{co}}, remote.",
        "New roles you might like: {role} at {co}, {role2} at another company. Apply in one click.",
        f"You're a top applicant for {n} jobs this week. See which ones.",
        "Based on your profile, we think you'd be a great fit for {role} roles in your area.",
        "Jobs similar to ones you viewed: {role2}, {role}. Be one of the first 10 applicants.",
    ])
    return _out(pick(rng, ["New jobs for you", f"{n} new {{role}} jobs", "Your job alert", "Jobs you may be interested in",
                           "🔔 New matches"]), fill(body, ctx))


def say_profile_view(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "A recruiter from {co} viewed your profile.",
        f"Your profile appeared in {rng.randint(5, 90)} searches this week.",
        "Someone at {co} looked at your CV. Upgrade to see who.",
        "You have 3 new profile views, including a hiring manager.",
    ])
    return _out(pick(rng, ["Who's viewing your profile", "You appeared in searches", "New profile views"]), fill(body, ctx))


def say_webinar(rng: random.Random, ctx: dict) -> dict:
    subj, body = pick(rng, [
        ("You're invited: careers webinar", "Join our free webinar 'Acing the technical interview' on {day} at {time}. Register to save your seat."),
        ("Meet the team: virtual careers evening", "You're invited to {co}'s virtual careers evening. Meet our engineers and learn how we hire."),
        ("Career fair invitation", "Come to the Autumn Tech Career Fair on {date}: 60 employers, CV clinics and free coffee."),
        ("Free workshop: CVs that get read", "Workshop: writing a CV that gets past the screen. Spots are limited, RSVP today."),
        ("Save the date: graduate open day", "Our open day for graduates is on {date}. Registration is open now."),
        ("Live Q&A: negotiating your offer", "Invitation: 'Negotiating your offer' live Q&A with two hiring managers, {day} at {time}."),
        ("Interview prep bootcamp", "Our two-evening interview prep bootcamp starts {day}. Mock interviews with volunteers from the industry included."),
    ])
    return _out(subj, fill(body, ctx))


def say_ooo(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "I'm out of the office until {date} with limited access to email. For urgent recruiting matters please contact careers@{dom}.",
        "Thanks for your email. I'm on annual leave and will reply when I'm back on {day}.",
        "Automatic reply: I am currently travelling. Your message has been received.",
        "I'm on parental leave. Please write to my colleague {hm} in the meantime.",
        "This mailbox is not monitored. For questions about your application please use the candidate portal.",
        "Hello, I'm away at a hiring event until {day} and will have patchy email. I'll get back to you as soon as I can.",
        "Thanks for getting in touch. I'm off sick today; replies may be delayed.",
        'I no longer work at {co}. Please contact careers@{dom} for recruitment queries.',
        'Out of office until {date}. For anything urgent, call reception.',
        "Thank you for your message. I'm working reduced hours this week and will respond within three working days.",
        "Automatic reply: I'm at a conference with limited connectivity. Back {day}.",
    ])
    return _out("Automatic reply: {orig}", fill(body, ctx))


def say_bounce(rng: random.Random, ctx: dict) -> dict:
    body = pick(rng, [
        "This is the mail system at host mx{n}.{dom}.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<{raddr}>: host mx{n}.{dom} said: 550 5.1.1 User unknown",
        "Delivery has failed to these recipients or groups:\n\n{raddr}\nThe email address you entered couldn't be found.",
        "Address not found\n\nYour message wasn't delivered to {raddr} because the address couldn't be found, or is unable to receive mail.",
        "Mail delivery failed: returning message to sender\n\nA message that you sent could not be delivered. The mailbox is full.",
    ])
    return _out(pick(rng, ["Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)",
                           "Undeliverable: {orig}", "Mail delivery failed"]),
                fill(body.replace("{n}", str(rng.randint(1, 9))), ctx))
