"""Mail from the same hiring voices that decides nothing, plus the candidate's own Sent mail.

Each entry of VOICE_NEG: kind -> (subjects, sentences, company_mode).  company_mode: "co" the employer
writing, "null" no employer (current job, networking, personal).
"""

from __future__ import annotations

VOICE_NEG: dict[str, tuple[list[str], list[str], str]] = {
    "thanks_today": (["Thanks for today", "Re: today", "Great to meet you", "{r} - thanks", "today :)"], [
        "Thanks for coming in today, it was really good to put a face to the name.",
        "Just wanted to say thanks for your time this afternoon. We're seeing two more people this week and will be in touch after that.",
        "Lovely to meet you earlier! The team are doing the rest of the interviews tomorrow so it'll be next week before I know anything.",
        "Cheers for making the trip in. I'll gather everyone's thoughts and come back to you by Friday-ish.",
        "Thanks for your time on the call today, I've passed my notes to {other}.",
    ], "co"),
    "running_late": (["running late", "5 mins", "Re: call at {time}", "sorry!!", "late"], [
        "Running 10 mins late for our call, so sorry — previous meeting overran.",
        "Stuck on the train, will dial in at quarter past if that's ok.",
        "Just a heads up I'm a few minutes behind, grab a coffee and I'll be right with you.",
        "Apologies, the Zoom is being weird. Same link, give me two minutes.",
        "Reception says you're here — I'll be down in 5, sorry for the wait!",
    ], "co"),
    "confirmed": (["Re: interview slot", "Confirmed: {day} {time}", "Re: availability", "see you {day}"], [
        "Perfect, that's locked in for {day} at {time}. See you then.",
        "Great, {day} {time} it is. I've put it in the diary.",
        "Brilliant, you're booked in. Nothing else to do till the day.",
        "Noted, we'll see you {day}. Thanks for confirming so quickly.",
        "Lovely, your slot is confirmed — the invite should have popped into your calendar.",
    ], "co"),
    "reminder": (["Reminder: {day}", "Tomorrow", "Re: your interview tomorrow", "Quick reminder"], [
        "Just a reminder that we're seeing you tomorrow at {time}. Ask for me at the front desk.",
        "Friendly nudge that your call with {other} is still on for {day}.",
        "Looking forward to tomorrow! Same Teams link as before.",
        "Reminder about our chat at {time} — I'll ring your mobile.",
    ], "co"),
    "salary_q": (["Quick question", "Re: {r}", "salary", "before we go further"], [
        "Before we go any further, can I ask what salary you're looking for?",
        "What are your current package and notice period? Just need it for the form.",
        "Could you give me a ballpark on expectations so I can check we're in the same range?",
        "Quick one — are you on a day rate or salaried at the moment, and what would you need to move?",
    ], "co"),
    "references": (["References", "Re: next bits", "referees please", "Reference details"], [
        "Could you send me details for two referees, ideally including your current manager?",
        "We're at the stage of taking references — who's best to contact?",
        "Can you ping over a couple of references when you get a sec? No rush, end of week is fine.",
        "I'll need two professional references. Please let them know we'll be in touch.",
    ], "co"),
    "background": (["Background check", "Screening", "Re: checks", "Pre-employment screening"], [
        "You'll get an email from our screening partner for the background check — it needs filling in within five days.",
        "Our vetting provider will be in touch about the DBS check, please keep an eye on your spam folder.",
        "We've started the standard employment verification; they may call your previous employers.",
        "The compliance team need a copy of your passport and proof of address for the checks.",
    ], "co"),
    "still_waiting": (["Re: any news?", "update", "Re: {r}", "still waiting"], [
        "Still waiting on the hiring manager, sorry. She's been travelling all week.",
        "No news yet I'm afraid, your application is still under review.",
        "Nothing to report, they've not finished the shortlisting. I'll chase again Monday.",
        "We're still interviewing so it'll be another week or so. Sorry to keep you hanging.",
        "I haven't forgotten you! Decision's been pushed to the end of the month.",
    ], "co"),
    "onboarding": (["Welcome aboard!", "Your first day", "New starter forms", "Before you start"], [
        "So glad you said yes! Attached are the new starter forms and the bank details sheet.",
        "Ahead of your first day, please complete the induction module and send a photo for your pass.",
        "Your laptop is ordered and should arrive at your home address on Friday.",
        "Here's the plan for week one — day one is mostly IT setup and lunch with the team.",
        "Payroll need your P45 and tax number before the end of the month.",
    ], "co"),
    "closed_before": (["Re: {r} ad", "Re: question about the role", "Re: vacancy"], [
        "Thanks for getting in touch — just so you don't waste time writing an application, the {r} job closed yesterday.",
        "Sorry, that advert should have come down last week. We're not taking applications for it any more.",
        "Before you send anything over: the role's been put on hold, so hang tight for now.",
        "Appreciate the interest! That one's actually already closed, but I'll shout when something else comes up.",
    ], "co"),
    "withdraw_ack": (["Re: withdrawing", "Re: my application", "Re: {r}"], [
        "Totally understand, thanks for letting me know you're withdrawing. Best of luck in the new job.",
        "Sorry to lose you from the process but congrats on the other offer!",
        "No problem at all, I've taken you out of the running as you asked.",
    ], "co"),
    "decline_ack": (["Re: offer", "Re: decision", "Re: {r} offer"], [
        "Sorry to hear you won't be joining us, but thank you for being upfront.",
        "Shame you've turned us down — the door's open if things change.",
        "Understood, thanks for letting us know about your decision. All the best.",
    ], "co"),
    "cant_share": (["Re: feedback", "Re: Feedback request", "Re: {r} - feedback?"], [
        "Thanks for asking. Unfortunately we don't give individual feedback as a matter of policy.",
        "I'm afraid I can't share details of the panel's discussion, but we had many strong candidates.",
        "Honestly there's not much to tell — it was very close and just didn't go your way.",
        "Our legal team don't let us give interview feedback in writing, sorry.",
    ], "co"),
    "sourcing": (["Opportunity", "Saw your profile", "Quick question", "{r} - interested?", "Open to a chat?"], [
        "Saw your profile and thought you'd be a great fit for a {r} role I'm working on. Open to a quick chat?",
        "Not sure if you're looking, but a client of mine is after a {r}. Interested in hearing more?",
        "Came across your work and I'd love to tell you about what we're building. No pressure at all.",
        "I've got a role that looks right up your street. Mind if I give you a ring this week?",
        "Are you open to new opportunities at the moment? Salary's strong and it's mostly remote.",
    ], "co"),
    "referral": (["Put your name forward", "referral", "Job at {co}", "thought of you"], [
        "I've put your name forward for the {r} job here, hope that's ok! You should get an email from our recruiter.",
        "Mate, there's a role on my team you'd be perfect for. Want me to refer you?",
        "Dropped your CV to our head of ops as promised. No idea what'll happen but fingers crossed.",
    ], "co"),
    "coffee": (["Coffee?", "Nice to meet you at the meetup", "catch up", "intro"], [
        "Great meeting you at the meetup last night. Fancy a coffee sometime next week? No agenda, just nice to connect.",
        "Happy to do a quick virtual coffee if you want to pick my brain about breaking into product.",
        "{other} mentioned you're thinking about a career change — happy to share how I did it over lunch.",
    ], "null"),
    "internal": (["Can you interview someone?", "Panel for Thursday", "Interview panel - {r}", "favour"], [
        "Could you sit on the interview panel for a {r} candidate on {day}? You'd cover the technical questions.",
        "We're hiring a new {r} and I'd love you to do the culture chat with the final two.",
        "Can you run the pairing exercise with a candidate at {time}? Scorecard template is in the drive.",
        "You're down to interview three grad applicants next week, hope that's alright!",
    ], "null"),
    "workmail": (["rota", "Re: handover", "Lunch friday?", "Q3 numbers", "Re: leaving drinks"], [
        "Can you swap your Saturday shift with Jess? She's got a wedding.",
        "Handover notes attached, shout if anything's missing before I go on leave.",
        "Reminder the team lunch is Friday at 1, booked under my name.",
        "Can you double-check the Q3 figures before they go to the board?",
        "Leaving drinks for Sam on Thursday, all welcome!",
    ], "null"),
    "personal": (["Sunday?", "Re: photos", "mum's birthday", "flat"], [
        "Are we still on for Sunday lunch? I'll bring dessert.",
        "Here are the photos from the wedding, sorry it took forever.",
        "Don't forget to sign mum's card, it's on the kitchen table.",
        "Landlord's coming round Tuesday to look at the boiler.",
        "How did the interview go?? Tell me everything!",
    ], "null"),
}

VOICE_NEG_WEIGHTS = {
    "thanks_today": 5, "running_late": 4, "confirmed": 4, "reminder": 3, "salary_q": 3, "references": 3,
    "background": 2, "still_waiting": 4, "onboarding": 3, "closed_before": 2, "withdraw_ack": 2,
    "decline_ack": 1, "cant_share": 3, "sourcing": 4, "referral": 2, "coffee": 2, "internal": 3,
    "workmail": 2, "personal": 2,
}

# ---- Sent folder ---------------------------------------------------------------------------
FB_REQUEST = [
    "Thanks for letting me know. I was wondering if you could share any feedback on my interview — it'd really help for future applications.",
    "Disappointed of course, but I'd be grateful for any pointers on where I fell short.",
    "Would it be possible to get a few notes on what I could have done better in the technical round?",
    "Thanks for the update. If you have five minutes at some point, I'd love to hear what swung it.",
    "Totally understand. Is there anything in my CV or the interview you'd suggest I work on?",
    "Bit gutted but thanks for telling me straight. Any feedback going? Even a line or two would help.",
    "Appreciate you letting me know personally. Could you tell me which areas the panel had doubts about?",
    "Thank you for your mail. Kindly share feedback on my performance so I can improve.",
    "No worries at all. I'd really value any honest feedback from the team, good or bad.",
    "Would you be open to a short call so I can understand why I wasn't successful?",
    "Is there any chance of feedback on the take-home? I put a lot into it and I'm curious how it landed.",
    "Thanks for coming back to me. What would have made the difference, in your view?",
]

SENT_NEG: dict[str, tuple[list[str], list[str], str]] = {
    "thankyou": (["Thank you", "Re: today", "Thanks for your time", "Great to meet you"], [
        "Thanks so much for your time today, I really enjoyed hearing about the team's plans.",
        "Just a quick note to say thank you for the interview this morning. Looking forward to hearing from you.",
        "Thanks for showing me round the site, it was great to see everything in person.",
        "Really appreciated the conversation today, especially the bit about how you run the on-call rota.",
    ], "co"),
    "withdraw": (["Withdrawing my application", "Re: {r}", "Update from me"], [
        "I've accepted another offer, so I'd like to withdraw from the process. Thank you for your time.",
        "After a lot of thought I've decided to withdraw my application — the commute just wouldn't work.",
        "Sorry to do this, but I'm going to step out of the process for personal reasons.",
    ], "co"),
    "accept": (["Re: Offer", "Accepting the offer!", "Re: {r} offer"], [
        "I'm delighted to accept! Signed contract attached.",
        "Yes! I'd love to join. Happy with the start date you suggested.",
        "Thank you, I'm pleased to accept the offer. Let me know what you need from me next.",
    ], "co"),
    "decline": (["Re: Offer", "Re: {r}", "Decision"], [
        "Thank you so much for the offer. After a lot of thought I've decided to decline — it was a really hard call.",
        "I'm going to say no to the offer, as I've decided to stay where I am. Thanks for everything.",
    ], "co"),
    "schedule": (["Re: interview", "Re: availability", "Re: {day}"], [
        "{day} at {time} works for me, see you then.",
        "Could we do {time} instead? I'm in the office until then.",
        "Either Tuesday or Thursday afternoon is fine for me.",
        "Thanks, I've booked the 2pm slot.",
        "I'll be there! Do I need to bring anything?",
    ], "co"),
    "apply": (["Application - {r}", "{r} role", "CV attached", "Enquiry re {r}"], [
        "Please find attached my CV and cover letter for the {r} position advertised on your website.",
        "I'm writing to apply for the {r} job. I've got four years in similar roles and I'm keen to hear more.",
        "Hi, I saw the {r} ad on your Instagram and wanted to send my CV over directly.",
    ], "co"),
    "chase": (["Any update?", "Re: {r}", "Following up"], [
        "Just checking in on my application for {r} — any news yet?",
        "Hope you're well. Wondering whether there's a timeline for a decision?",
        "Following up on last week's interview. Happy to provide anything else you need.",
    ], "co"),
    "reference_send": (["Re: References", "Referee details"], [
        "Here are my referees: my current manager and my old team lead, contact details below.",
        "References attached. Both have said they're happy to be contacted.",
    ], "co"),
    "personal_sent": (["Re: Sunday?", "Re: flat", "drinks"], [
        "Yes to Sunday, I'll bring wine.", "Had the interview! Think it went ok, will tell you later.",
        "Can you feed the cat Thursday? I've got a final round in Leeds.",
    ], "null"),
}

SENT_NEG_WEIGHTS = {"thankyou": 5, "withdraw": 4, "accept": 3, "decline": 2, "schedule": 5, "apply": 4,
                    "chase": 4, "reference_send": 2, "personal_sent": 2}
