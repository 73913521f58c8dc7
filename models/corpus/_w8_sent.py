"""Candidate-side (Sent folder) sentences for writer w8: feedback requests, chasers, thank-yous,
withdrawals, acceptances, negotiations, scheduling replies and applications."""

from __future__ import annotations

FBREQ_OPEN = [
    "Thanks for letting me know, even if it's not the news I wanted.",
    "Thanks for the update - disappointing but I appreciate you telling me quickly.",
    "That's a shame, but thanks for being straight with me.",
    "Thank you for getting back to me about the {role} role.",
    "ah that's a pity. thanks for letting me know though",
    "I understand, and thank you for the time everyone put into the process.",
    "Bummer! Thanks for the heads up anyway.",
    "Sorry to hear that, I'd really enjoyed meeting the team.",
    "Many thanks for informing me about the decision.",
    "Thanks {hm}, I appreciate the personal note rather than an automated email.",
]
FBREQ_ASK = [
    "Would you be able to share any feedback on where I could have done better?",
    "Is there any feedback you could pass on from the panel?",
    "any chance you could find out what tipped it? even a couple of lines would help",
    "If it's possible, I'd be really grateful for some feedback on my interviews.",
    "Could you ask {hm} whether there was anything in particular that held me back?",
    "I'd love to know what I could improve before my next round of interviews elsewhere.",
    "Would it be possible to get a bit of feedback? Nothing formal, just the main points.",
    "Do you know if they gave any reasons or pointers I could work on?",
    "May I kindly request some feedback regarding my performance?",
    "Could you let me know which part of the process didn't go well for me?",
    "Is there anything you can tell me about how I came across in the final?",
    "If you have 5 minutes at some point I'd value a quick call to hear the feedback.",
]
FBREQ_DETAIL = [
    "In particular I'm curious whether it was the technical exercise or the experience side.",
    "I felt the system design part was shaky, so any comments on that would be especially useful.",
    "I'm trying to work out if my CV is positioning me wrong for these roles.",
    "I wasn't sure whether my answers in the behavioural round were too long.",
    "Specifically, was it the take-home or the live session?",
    "Even a note on whether I was close would help me calibrate.",
    "",
    "",
]
FBREQ_CLOSE = [
    "No worries if that's not possible.",
    "Totally understand if company policy doesn't allow it.",
    "Thanks again and hope to cross paths in future.",
    "Really appreciate it.",
    "Thanks in advance!",
    "I'd like to stay in touch for future openings too.",
    "",
]
CHASE_FBREQ = [
    "Just following up on my note from a couple of weeks ago - did you manage to get any feedback from {co} on my interview?",
    "Hi again, sorry to chase. Any luck getting the feedback from the hiring manager after they turned me down?",
    "bumping this - any feedback from {co} on why they passed? no stress if not",
    "Hope you're well. I never heard back about feedback on the {role} rejection - is that still something you could get?",
]
THANKS_AFTER = [
    "Thanks so much for your time today, I really enjoyed the conversation about the team's roadmap.",
    "Just wanted to say thank you for meeting with me this afternoon. The data migration problem sounds like fun.",
    "thanks for the chat earlier! really enjoyed it, looking forward to hearing next steps",
    "Thank you for the interview yesterday. It was great to meet {hm} and learn more about the {role} role.",
    "Thank you for the warm welcome at the office today.",
]
WITHDRAW = [
    "I wanted to let you know that I've accepted another offer, so I'd like to withdraw from the {role} process.",
    "After a lot of thought I've decided to withdraw my application - the commute would be too much for my family.",
    "sorry to do this but i'm going to pull out of the {co} process, accepted something else yesterday",
    "Please withdraw my application for the {role} role. I've decided to stay with my current employer.",
    "I'm afraid I need to step back from the process, the timing just isn't right for me.",
]
ACCEPT = [
    "I'm delighted to accept the offer for the {role} position! Signed contract attached.",
    "YES! happy to accept. when do you need the signed copy by?",
    "Thank you - I'm pleased to formally accept and look forward to starting on {start}.",
    "Just confirming I accept the offer. Thanks for all your help getting here.",
]
DECLINE_OFFER = [
    "Thank you very much for the offer. After careful consideration I've decided to decline it, as I've accepted a role closer to home.",
    "I really appreciate the offer but I'm going to turn it down - the package doesn't quite work for me right now.",
]
NEGOTIATE = [
    "Thanks for the offer, I'm really excited about it. Would there be any flexibility on the base? I was hoping for something closer to {salary}.",
    "Before I sign - is the start date movable? My notice period is 3 months.",
    "Could we talk about the bonus structure? I'd be happy to accept if we can get the base a bit higher.",
    "thanks! is there room to move on salary at all? i'm at {salary} currently so it'd be a sideways step",
]
SCHEDULE = [
    "{day} at {time} works for me, thanks!",
    "Could we do {day2} instead? I'm travelling on {day}.",
    "Booked a slot for {day} {time} through the link. See you then.",
    "Thanks for the invite - I'm free any afternoon next week except {day}.",
    "perfect, {day} {time} is fine. teams or zoom?",
    "Confirming I'll be there on {day} at {time}.",
]
APPLY = [
    "Please find attached my CV for the {role} role advertised on your website.",
    "I'd like to apply for the {role} position (ref {req}). My CV and a short cover letter are attached.",
    "Hi, saw the {role} job on LinkedIn and wanted to send my CV directly. I've got 6 years in similar roles.",
    "sending my cv as discussed on the phone - let me know if you need anything else",
]
STATUS_CHASE = [
    "Just checking in on the {role} application - is there any update on timings?",
    "Hope all's well. Any news from {co} after Thursday?",
    "sorry to chase, any word from them yet?",
    "I wanted to follow up on my application from three weeks ago. Is the role still open?",
]
REPLY_REJ_NOASK = [
    "Thanks for letting me know, and thanks for all your help along the way. Keep me in mind for anything else!",
    "Understood, thanks for the update. All the best.",
    "ok, thanks for telling me. shame but that's how it goes",
    "Thank you for your message. I wish the team all the best with the new hire.",
]
REPLY_PITCH = [
    "Thanks for thinking of me but I'm not looking to move at the moment.",
    "Sounds interesting - could you send over the spec and salary range?",
    "happy to chat, i'm free after 5 most days",
]
SENT_BYE = ["Best,", "Thanks,", "Kind regards,", "Cheers,", "Many thanks,", "Best regards,", "thanks", "Warm wishes,", ""]
SENT_HI = ["Hi {rec},", "Hello {rec},", "Dear {rec},", "{rec} -", "Hey {rec},", "hi {rec}", "", "Dear Hiring Team,"]
