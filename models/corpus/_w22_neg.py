"""English look-alike content with no label for w22 messages.

What: ``neg(kind, ctx, rng)`` returns (paragraphs, company) for mail that smells of job-search
decisions but decides nothing: status pings, reminders of booked interviews, non-job rejections,
scams, onboarding, platform pings, newsletters ABOUT rejection/interviews/offers...
When: called by the w22 channel wrappers next to ``_w22_say.say`` so both share one surface.
"""

from __future__ import annotations

import random

from _w22_bank import pick

KINDS_JOBBY = ["status", "thanks_today", "reminder", "closed_before", "nofb", "onboard", "confirmed",
               "assessment_done", "withdraw_ack", "interview_someone", "scam"]
KINDS_OTHER = ["nonjob_rej", "webinar", "autoreply", "personal", "delivery", "newsletter"]
KINDS_PING = ["profile_view", "searches", "job_alert", "read_receipt", "complete_profile"]

T = {
    "status": [
        "Just a quick note that your application for {r} is still under review - nothing to do on your side yet.",
        "No decision yet on {r}, the hiring manager is away until Monday. I'll update you after that.",
        "Your application status: In review. We'll let you know when anything changes.",
        "Sorry for the silence! We're still working through applications for {r} and haven't shortlisted yet.",
        "Still waiting on the team to finish the second round with other candidates - hang tight.",
    ],
    "thanks_today": [
        "Thanks for your time today, it was great to talk. We'll be in touch about next steps within the week.",
        "Thank you for coming in this morning! The team enjoyed meeting you. We're finishing interviews on Friday and will update you after.",
        "Great speaking earlier. I'll collect the panel's notes and get back to you soon.",
        "Thanks again for the chat about {r} - give us a few days to compare notes.",
    ],
    "reminder": [
        "Reminder: your interview with {c} is tomorrow at {time}. The video link is in your original invitation.",
        "Just a reminder that we're meeting {when}. See you then!",
        "This is an automatic reminder for your scheduled interview ({r}) starting in 1 hour.",
        "Friendly reminder - parking is free in the visitor bays for your interview tomorrow. Ask for {rf} at reception.",
    ],
    "closed_before": [
        "I messaged you last week about a {r} opening at {c}. They've since put it on hold, so no need to send me your CV after all.",
        "Heads up: the {r} role I mentioned has closed before we got to the application stage. I'll reach out if something similar appears.",
        "Update on the role I flagged: the client filled it before I could put anyone forward, so it's off the table.",
    ],
    "nofb": [
        "Thanks for getting back to us. Unfortunately, company policy means we can't share feedback on individual applications.",
        "I'm sorry - we don't give individual feedback at this stage because of the number of applicants.",
        "Thank you for asking. We had a very strong group of candidates, and I'm afraid I can't go into detail on the decision.",
        "I appreciate the question, but our legal team asks us not to share interview notes.",
    ],
    "onboard": [
        "Welcome aboard! Before your first day please complete the right-to-work check and upload your bank details in the portal.",
        "Ahead of your start on the 1st: laptop pickup is at 9:00 on the ground floor. Please bring photo ID.",
        "Your signed contract has been received - thanks! Next, IT will email your login details.",
        "Please fill in the new-starter form (emergency contact, tax code, uniform size) by Friday.",
    ],
    "confirmed": [
        "Your interview is confirmed: {when}. You'll get the meeting link the day before.",
        "Thanks for choosing a slot - you're booked in for {when} with {rf}.",
        "Booking confirmed. {r} interview, {when}, 45 minutes.",
    ],
    "assessment_done": [
        "Thank you, your online assessment has been submitted. No further action is needed.",
        "We've received your completed video interview. The recruiting team will review it.",
        "Your coding test was submitted at 21:14. You can close this window.",
    ],
    "withdraw_ack": [
        "Thanks for letting us know you're withdrawing from the {r} process. We've closed your application as requested.",
        "Understood, and congratulations on the other role! I've marked your application as withdrawn.",
    ],
    "interview_someone": [
        "Could you sit on the panel for the backend candidate on Thursday at 14:00? Scorecard is in the folder.",
        "We've got three candidates for the analyst role next week and I'd like you to run the technical interview for one of them.",
        "Are you free to interview a graduate applicant tomorrow morning? Just the culture-fit half hour.",
        "Reminder that you're interviewing {rf} {rl} for the ops role at 11. Please submit feedback in the hiring tool afterwards.",
    ],
    "scam": [
        "Congratulations! You have been selected for a remote Data Entry position at $45/hr. Send your bank details and a copy of your ID to start immediately.",
        "You got the job!!! Work from home 2 hours a day, earn £900 weekly. Reply with your WhatsApp number to receive the offer letter.",
        "URGENT: your offer expires today. To activate your employment, purchase the starter equipment kit ($260) from our vendor.",
        "Dear applicant, HR Department selected your CV. Please pay the processing fee for your work visa so we can send your contract.",
    ],
    "nonjob_rej": [
        "We regret to inform you that your application for admission to the MSc Data Science programme has not been successful.",
        "Unfortunately your grant proposal was not selected for funding in this round.",
        "Thank you for submitting a talk to the conference. The programme committee was not able to accept it this year.",
        "The landlord has decided to go with another applicant for the flat on Elm Road. Your holding deposit will be refunded.",
        "Your loan application has been declined. This decision was based on information from a credit reference agency.",
        "We are unable to approve your visa extension request at this time. You can find the appeal process below.",
        "Thanks for your interest in joining the rowing club. Membership is full for this season and we can't offer you a place.",
        "Your submission to the short story prize was not shortlisted. We received over 2,000 entries.",
        "Sorry, the allotment committee has not approved your request for a plot this year.",
    ],
    "webinar": [
        "Join our free webinar on Thursday: 'How to ace the technical interview' with three hiring managers. Register here: {link}",
        "You're invited to the Careers Fair at the Riverside Centre, 12 March. Meet 60+ employers and get your CV reviewed.",
        "Workshop invitation: Salary negotiation for women in tech. Seats are limited - save your spot.",
        "Live Q&A tonight: recruiters answer your questions about rejection, ghosting and feedback.",
    ],
    "autoreply": [
        "I'm out of the office until Monday with limited access to email. For urgent recruitment questions please contact the team inbox.",
        "Thank you for your email. I'm currently on parental leave. Your message will not be forwarded.",
        "Automatic reply: I am travelling this week and will respond when I'm back.",
    ],
    "personal": [
        "Are we still on for dinner Saturday? I can bring dessert.",
        "Mum says call her when you're free, it's about the holiday.",
        "Here are the photos from the hike! The one on the ridge is great.",
        "Can you return the drill this week? Need it for the shelves.",
        "Good luck with everything this week, you'll be great. Pint on Friday?",
    ],
    "delivery": [
        "Your parcel will be delivered today between 13:00 and 15:00. Reply 1 to reschedule.",
        "We tried to deliver your package but nobody was home. Collect it from the post office after 4pm.",
    ],
    "newsletter": [
        "This week: 7 ways to bounce back from a job rejection, what recruiters really mean by 'not a fit', and how to ask for feedback without sounding needy.",
        "In today's digest: Ask a hiring manager - 'I got three offers, how do I choose?'; the rise of the one-way video interview; and our salary survey results.",
        "Top stories: Why interview loops are getting longer. Reader question: they rejected me after five rounds, should I ask why? Plus: negotiating your first offer letter.",
        "New on the blog: 'We regret to inform you' - decoding rejection emails line by line.",
    ],
}

PING = {
    "profile_view": [
        "{who} viewed your profile.", "3 people from {c} looked at your profile this week.",
        "A recruiter at {c} viewed your profile. See who else is looking.", "Your profile got 14 views in the last 7 days.",
    ],
    "searches": [
        "You appeared in 12 searches this week.", "You showed up in 31 recruiter searches, including for {r}.",
        "Your profile appeared in search results 8 times. Add skills to appear in more.",
    ],
    "job_alert": [
        "New jobs match your alert '{r}': {c} - {r} (Remote), {c2} - Senior {r}, and 6 more.",
        "8 new {r} jobs near you. {c} is actively hiring.", "Jobs you may be interested in: {r} at {c}. Be an early applicant.",
    ],
    "read_receipt": [
        "{who} read your message.", "Your message to {who} was seen.", "Read receipt: your message 'Following up on my application' was opened.",
    ],
    "complete_profile": [
        "Your profile is 60% complete. Add your work history to get noticed by recruiters.",
        "Finish setting up your profile - candidates with a photo get 3x more views.",
        "Don't forget to upload your CV so employers can find you.",
    ],
}

# who these kinds are about: an employer, or nobody
ABOUT_EMPLOYER = {"status", "thanks_today", "reminder", "closed_before", "nofb", "onboard", "confirmed",
                  "assessment_done", "withdraw_ack"}


def neg(kind: str, ctx: dict, rng: random.Random) -> tuple[list[str], str | None]:
    """Return (paragraphs, company) for a no-label message of ``kind``."""
    if kind in PING:
        text = pick(rng, PING[kind])
        comp = None
    else:
        text = pick(rng, T[kind])
        comp = ctx["c"] if kind in ABOUT_EMPLOYER else None
        if kind == "closed_before" and "{c}" not in text:
            comp = None  # the recruiter never named the employer
    try:
        text = text.format(**ctx)
    except (KeyError, IndexError):
        pass
    return [text], comp


T["status"].extend(["We're aiming to make shortlisting decisions by the end of the month. Thanks for bearing with us.",
                    "Your application for {r} has moved to 'in review'. There's nothing you need to do."])
T["thanks_today"].extend(["Lovely to meet you on the call just now. I'll feed back to the team and come back to you by Thursday."])
T["reminder"].extend(["Your interview with {c} starts in 15 minutes. Join here: {link}", "Tomorrow's interview: please arrive 10 minutes early and bring ID."])
T["nonjob_rej"].extend(["Your application to volunteer at the marathon has not been successful this year - we had more volunteers than places.",
                        "Unfortunately the co-working space has no desks available, so we can't accept your membership request.",
                        "The editors have decided not to publish your article. We appreciate you thinking of us."])
T["personal"].extend(["Happy birthday!! Hope the new job hunt is going okay, thinking of you.", "Book club moved to Thursday - we're reading the one about the lighthouse."])
T["onboard"].extend(["Congratulations again on joining! Here's your first-week schedule and the link to set up your payroll account."])
T["interview_someone"].extend(["Hiring update: you're on the loop for the designer candidate on Wednesday. Focus on collaboration questions, please."])
T["webinar"].extend(["Last chance to register: 'From rejection to offer' - a free evening workshop for job seekers."])
