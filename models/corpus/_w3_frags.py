"""English meaning fragments for the w3 hard-case generators (rejection/feedback side).

Each list holds paraphrases of ONE meaning, written for this project. The look-alike lists reuse the
vocabulary of the positive lists on purpose ("unfortunately", "position", "filled", "feedback") so that
a model has to read the meaning rather than spot a word.
"""

from __future__ import annotations

# ------------------------------------------------------------------ rejection: the decision itself
REJ_CORE = [
    "After careful consideration, we have decided not to move forward with your application for the {role} position.",
    "We've decided to move in a different direction for this role.",
    "We won't be taking your application any further at this point.",
    "Unfortunately this isn't a match right now, so we'll be closing your application for {role}.",
    "We are unable to offer you a position on this occasion.",
    "The hiring team looked at your profile closely, and it will not be progressing to the next stage.",
    "I'm sorry to say we won't be continuing with your candidacy for {role}.",
    "We're going to pass for now.",
    "Having weighed everything up, the panel's decision is not to proceed with you for this opening.",
    "Your application for {role} has not been successful this time.",
    "We've wrapped up the process for {role} and, regrettably, you were not selected.",
    "It's a no from us this time, I'm afraid.",
    "We have decided to close your application for the {role} role.",
    "You won't be moving on to the next round.",
    "I wish I had better news, but we won't be extending the process for you.",
    "We've decided not to progress your candidacy beyond this stage.",
    "The team has made its decision and, I'm sorry to say, it isn't one that includes you for this role.",
    "We will not be inviting you to the next stage of the process.",
]
REJ_SOFT_PRE = [
    "We were genuinely impressed by your background, but",
    "It was a close call, and",
    "You clearly have a lot to offer, however",
    "This wasn't an easy decision for us, but",
    "We really enjoyed getting to know you; even so,",
    "I'll keep this short and honest:",
    "Thank you for the energy you brought to the conversations.",
    "I know you were hoping for a different outcome.",
]
REASON = {
    "closer_fit": [
        "The team has chosen another candidate whose experience lines up more closely with what the role needs.",
        "We've gone with someone whose background maps more directly onto our current priorities.",
        "Another applicant's experience was a closer match for this particular brief.",
        "We have offered the role to a candidate with more directly relevant experience in our domain.",
        "In the end we selected a person whose skills fit the day-to-day of this team more closely.",
        "We found a candidate whose profile was better aligned with the specific requirements.",
        "Someone with hands-on experience in our exact stack came through the process, and we've chosen them.",
        "The final decision went to a candidate whose track record more closely matched the role.",
    ],
    "role_filled": [
        "We have now filled the role.",
        "The position has since been filled.",
        "We've made a hire for this position.",
        "An internal candidate has accepted the role, so the vacancy is no longer open.",
        "The opening was filled earlier this week.",
        "We've appointed someone to the {role} role.",
        "The vacancy has been filled and the advert has come down.",
        "Another candidate has accepted our offer for this position.",
    ],
    "role_cancelled": [
        "The requisition has been closed following a change in team plans.",
        "The role has been cancelled as part of a reorganisation.",
        "We've decided not to hire for this position after all.",
        "The opening has been withdrawn while the team's scope is redefined.",
        "The business has put this role on hold indefinitely and the requisition is now cancelled.",
        "Plans for the {role} position changed and it will not be filled.",
        "The vacancy has been pulled, so we are closing all applications for it.",
        "Following a restructure, this role no longer exists in its advertised form.",
    ],
    "budget_freeze": [
        "A company-wide hiring freeze has just come into effect.",
        "The budget for this headcount has been withdrawn for the rest of the year.",
        "Due to budget constraints we've had to pause hiring for this team.",
        "Funding for the position didn't survive our latest planning round.",
        "We've been asked to freeze all new hires until next financial year.",
        "Our funding round has been delayed, so we can't add headcount right now.",
        "Finance has paused every open requisition, including this one.",
        "Cost-saving measures mean we're not able to hire for this team at present.",
    ],
    "level_mismatch": [
        "We're looking for someone with more senior experience for this particular role.",
        "The team realised it needs a more junior profile than yours for this opening.",
        "The role has been re-scoped to a senior level that sits above your current experience.",
        "On reflection the position needs someone at staff level, which is a step beyond your background.",
        "We felt your experience is more senior than what this position can offer.",
        "We need someone who has already led a team of eight or more, which is a level above your current role.",
        "This opening is now pitched at an entry level, and we worry it would undersell your experience.",
        "We decided to hire at a more senior grade than the one we discussed with you.",
    ],
}
NONFB_FLUFF = [
    "We had a great many strong applicants.",
    "It was a very competitive process.",
    "Due to the volume of applications, we're unable to provide individual feedback.",
    "Company policy doesn't allow us to share detailed interview feedback.",
    "The standard of applications was exceptionally high this round.",
    "We received over 400 applications for this opening.",
    "I'm afraid we aren't able to give personalised feedback at this stage.",
    "Please understand that this reflects the number of candidates rather than any single factor.",
    "Choosing between so many qualified people was genuinely difficult.",
]
REJ_TAIL = [
    "We'll keep your details on file and may contact you about future openings.",
    "We wish you every success in your search.",
    "Please do keep an eye on our careers page for roles that suit you.",
    "Thank you again for the time you invested in the process.",
    "I hope our paths cross again.",
    "Good luck with the rest of your search.",
    "Feel free to apply again in six months if something else catches your eye.",
    "",
]

# ------------------------------------------------------------------ rejection look-alikes
WITHDRAW_CONFIRM = [
    "As requested, we've withdrawn your application for {role}.",
    "Thanks for letting us know you'd like to withdraw; your application has been removed from our process.",
    "Understood - I've taken you out of the process for {role}. Congratulations on the new job!",
    "Your withdrawal has been recorded and the hiring team has been informed.",
    "We're sorry to see you go, but we respect your decision to step back from the {role} process.",
    "Your application has been withdrawn at your request and no further action is needed.",
    "I've let the hiring manager know you've decided not to continue.",
    "No problem at all - I've cancelled your remaining interviews and closed your candidacy as you asked.",
    "This confirms that you withdrew your application for {role} on {date}.",
    "Thanks for the heads-up that you've accepted elsewhere. I've marked your application as withdrawn on our side.",
]
WITHDRAW_TAIL = [
    "If your circumstances change, you're welcome to apply again.",
    "Best of luck in the new role.",
    "We wish you every success.",
    "Your data will be deleted after 6 months unless you ask us to keep it.",
    "",
]
CLOSED_BEFORE_APPLY = [
    "I was going to reach out about the {role} opening at {company}, but it was filled before I could put you forward - sorry about that. Shall I keep you in mind for the next one?",
    "Thanks for asking about the {role} role. Unfortunately it closed last week, before you had a chance to apply, but I'd be happy to flag you for similar openings.",
    "Quick one: the {company} role I mentioned on LinkedIn has been filled already, so there's nothing to apply for. Let's talk about what else is out there.",
    "You saved the job '{role}' at {company}. This posting is no longer accepting applications.",
    "The {role} vacancy you enquired about has been taken down. If you'd like, I can let you know when the team opens another one.",
    "Heads up - before you spend time on a cover letter, the {role} position at {company} was filled internally. I've got two other roles that might interest you.",
    "We noticed you started looking at {role}. Unfortunately that posting expired on {date}; here are similar openings you might like.",
    "Sorry, I got to this too late: the client closed the {role} search yesterday, so I won't be able to submit you. Happy to chat about other options.",
    "You asked me to put you forward for {role}, but the client had already made a hire before I could send your CV over, so nothing has gone to them.",
]
NONJOB_REJECT = [
    ("Your grant application", "Thank you for submitting a proposal to the Open Tools Fund. We regret that your project was not selected for funding in this cycle."),
    ("Decision on your application", "We are unable to offer you a place on the MSc Data Science programme for the coming academic year."),
    ("Talk proposal: decision", "Thank you for proposing a talk. Unfortunately your submission was not accepted for this year's conference programme."),
    ("The flat on Elm Row", "The landlord has chosen another applicant for the flat on Elm Row, so we won't be progressing your tenancy application."),
    ("Re: your pitch", "Thanks for pitching an article to the newsletter. We'll pass on this one, as it doesn't fit our upcoming issues."),
    ("Scholarship outcome", "After careful consideration, the committee has decided not to award you the travel scholarship this year."),
    ("Hackathon team selection", "We had far more applicants than places, and unfortunately your team was not selected for the hackathon."),
    ("Your membership request", "Unfortunately we can't offer you a desk at the co-working space at the moment; our waiting list is full."),
    ("Mentorship programme", "We won't be able to match you with a mentor in this cohort, as we received many more requests than mentors."),
    ("Your loan application", "After reviewing your details, we are unable to approve your personal loan application at this time."),
    ("Volunteer application", "Thank you for applying to volunteer at the festival. All volunteer roles have now been filled."),
    ("Your book proposal", "The editorial board has decided not to take your book proposal forward."),
]
NONJOB_REJECT_TAIL = [
    "We encourage you to apply again in the next round.",
    "Thank you for your interest.",
    "The decision is final and cannot be appealed.",
    "We received a record number of submissions this year.",
    "",
]
UNFORTUNATE_OTHER = [
    ("Payment failed", "Unfortunately your payment for invoice {ref} failed. Please update your card details to avoid interruption to your subscription."),
    ("We couldn't deliver your parcel", "Unfortunately we were unable to deliver your parcel today. You can rearrange delivery online."),
    ("Order cancelled", "Unfortunately your order {ref} has been cancelled because an item is out of stock. A refund is on its way."),
    ("Card declined", "We were unable to process your card for your gym membership. Please try another payment method."),
    ("Your flight has changed", "Unfortunately your flight to {city} has been cancelled. We've rebooked you on the next available departure."),
    ("Event cancelled", "Unfortunately the {city} tech meetup scheduled for {day} has been cancelled due to venue issues."),
    ("Appointment moved", "Unfortunately the dentist is unavailable on {day}; please pick a new appointment time."),
    ("Subscription not renewed", "We regret to inform you that your domain renewal failed and the domain will expire in 7 days."),
    ("Refund request declined", "After reviewing your request, we are unable to offer a refund for this purchase."),
]

# ------------------------------------------------------------------ feedback: weaknesses per topic
TOPIC_WEAK = {
    "coding": [
        "Your solution worked, but it wasn't tested and the edge cases around empty input were missed.",
        "The code reached a working state but was hard to follow, with long functions and unclear names.",
        "You took quite a while to get a first version running in the live coding exercise.",
        "The take-home submission had no tests and the error handling was thin.",
        "In the pairing session the implementation had a couple of off-by-one bugs that went unnoticed.",
        "The reviewers felt your code structure would be difficult to extend.",
        "You started typing before settling on an approach and had to restart twice.",
        "The coding exercise was left unfinished and the complexity analysis was missing.",
    ],
    "system_design": [
        "Your answers on scaling stayed fairly high level.",
        "In the architecture discussion you didn't get into how the data would be partitioned.",
        "The panel wanted more depth on the trade-offs between consistency and availability.",
        "The design you sketched had a single point of failure that only came up when prompted.",
        "You didn't estimate load or storage, so it was hard to judge whether the design would hold up.",
        "The system design round lacked a clear approach to caching and failure handling.",
        "We expected more discussion of how the components would behave under heavy load.",
        "The design session felt more like a list of technologies than a reasoned design.",
    ],
    "technical_depth": [
        "When we dug into networking internals, your understanding seemed fairly surface-level.",
        "The team wanted more depth on how the tools you listed actually work.",
        "Follow-up questions on database indexing exposed some gaps.",
        "Your grasp of the machine learning fundamentals was thinner than the role needs.",
        "You described your projects well, but struggled to explain why things behave the way they do under the hood.",
        "We felt the depth in distributed systems wasn't quite there yet.",
        "Some of your answers about concurrency and locking were imprecise.",
        "The panel felt your security knowledge was broad but not deep.",
    ],
    "behavioural": [
        "Your examples in the behavioural round were quite general and didn't show what you personally did.",
        "The stories you told lacked concrete outcomes.",
        "When asked about a conflict, your answer stayed hypothetical rather than drawing on a real situation.",
        "We'd have liked to hear more specific examples of ownership.",
        "Your answers to the situational questions didn't follow a clear structure.",
        "The values interview felt a little rehearsed and light on real detail.",
        "You found it hard to give an example of a time something went wrong and what you learned.",
        "The leadership examples were about the team rather than your own part in them.",
    ],
    "communication": [
        "Your explanations were sometimes hard to follow.",
        "Answers tended to run long and drift away from the question.",
        "You didn't always check whether the interviewer had understood your point.",
        "When you explained your approach you skipped steps, which made the reasoning hard to track.",
        "The presentation was dense and ran over time.",
        "The panel found it hard to get a concise summary of your thinking.",
        "You could be clearer when explaining technical ideas to non-technical stakeholders.",
        "Thinking out loud would have helped; long silences made it hard to follow your reasoning.",
    ],
    "questions_to_ask": [
        "You didn't ask us many questions.",
        "At the end you had no questions about the team or the role, which the panel read as low interest.",
        "We'd expected some questions about our product and roadmap.",
        "The questions you asked were mostly about perks rather than the work itself.",
        "You didn't use the time at the end to find out about the team.",
        "Asking a few more questions would have shown more curiosity about the role.",
        "It didn't seem like you had looked into the company, and you asked nothing about it.",
        "There was little back-and-forth: you answered well but didn't probe us at all.",
    ],
    "composure": [
        "You came across as quite nervous, especially at the start.",
        "When the questions got harder you seemed to lose your footing.",
        "Under time pressure in the live exercise you got flustered.",
        "You seemed rattled after the first mistake and it affected the rest of the session.",
        "Nerves seemed to get in the way of showing what you know.",
        "When challenged you became a little defensive.",
        "You seemed uncomfortable with silence and rushed your answers.",
        "The pressure of the whiteboard visibly got to you.",
    ],
    "experience_level": [
        "You don't yet have the years of hands-on experience this role requires.",
        "Your experience leading teams is more limited than we need.",
        "We felt you'd benefit from more time running things in production.",
        "You haven't yet worked at the scale this role deals with.",
        "The panel felt you're a couple of years away from the senior bar.",
        "The role calls for more direct people-management experience than you've had so far.",
        "Your background in regulated industries is lighter than we need.",
        "We'd want to see more experience owning projects end to end.",
    ],
    "collaboration": [
        "You tended to take over the pairing session rather than working with your partner.",
        "There were few examples of working across teams.",
        "You didn't pick up on the hints the interviewer offered.",
        "The panel wasn't sure how you'd handle disagreement with colleagues.",
        "In the group exercise you mostly worked on your own.",
        "You dismissed a suggestion from the interviewer a bit quickly.",
        "We didn't get a sense of how you involve others in decisions.",
        "The team felt you'd prefer to work alone, and this role is very collaborative.",
    ],
    "cv_positioning": [
        "Your CV undersells your leadership; the team lead work only came up in conversation.",
        "Your CV reads as a list of tools rather than outcomes.",
        "The portfolio showed final screens but not your process.",
        "Your CV didn't make it clear how your background fits this role.",
        "The resume is long and the most relevant experience is buried on page three.",
        "Your LinkedIn profile and CV tell different stories about your last role.",
        "The cover letter was generic and didn't speak to this role.",
        "Your application didn't highlight the data work that would have made you a strong match.",
    ],
}
PRAISE = [
    "Your coding was clean and well tested.",
    "The panel liked how clearly you explained your reasoning.",
    "Your system design answer was one of the most thorough we saw.",
    "You asked thoughtful questions about how the team works.",
    "You stayed calm and methodical even when the exercise got tricky.",
    "Your behavioural examples were specific and showed real ownership.",
    "The take-home was well structured and easy to review.",
    "You collaborated really well with the interviewer during the pairing session.",
    "Your depth on databases impressed the engineers.",
    "Your portfolio told a clear story about your process.",
]
FB_INTRO = [
    "As promised, here is some feedback from the panel.",
    "You asked for feedback, so here's what the interviewers said.",
    "I spoke with the hiring team and wanted to pass on their notes.",
    "A few notes from your interviews:",
    "Here's the honest summary from the debrief.",
    "I've collected the interviewers' comments for you.",
    "The panel asked me to share some points from their write-ups.",
    "Some feedback that I hope is useful:",
    "I went through the scorecards with the hiring manager; in short:",
]
FB_WEAK_LEAD = [
    "Where it fell short:", "To be candid,", "The main thing to work on:", "On the other side,",
    "One area the panel flagged:", "What held things back:", "If I had to pick one thing,", "",
    "", "",
]
PRAISE_LEAD = ["On the plus side,", "To start with the positives,", "What went well:", "Credit where due:", ""]
PRAISE_ONLY_INTRO = [
    "The scorecards were genuinely positive across the board:",
    "For what it's worth, the interviewers' notes were all strong:",
    "I wanted you to know the panel's assessment was very good:",
    "The feedback itself was positive:",
    "Here's what the interviewers wrote:",
    "The debrief notes were glowing:",
    "In the write-ups, the engineers highlighted a few things:",
    "To give you the panel's view in brief:",
]

# ------------------------------------------------------------------ feedback look-alikes
NO_FEEDBACK_REPLY = [
    "Thanks for asking. I'm afraid we don't share individual interview feedback; it's a company-wide policy.",
    "I understand why you'd want feedback, but our legal team asks us not to share interview notes with candidates.",
    "I've asked the panel for their notes and will come back to you next week.",
    "Good question - let me check with the hiring manager and get back to you.",
    "Unfortunately, given how many people we interviewed, we can't give personalised feedback.",
    "I've passed your request to the hiring manager; they'll reply directly if they can.",
    "Sorry, I don't have anything specific to pass on; the decision was about the overall mix of the team.",
    "We'd like to help, but our process doesn't include feedback at the application stage.",
    "Noted, and thank you for being so gracious about it. I'll see whether the interviewers can share anything.",
]
ENJOYED_MEETING = [
    "The team really enjoyed meeting you yesterday. We're wrapping up the remaining interviews and expect to decide by {day}.",
    "Thanks again for coming in - everyone enjoyed the conversation. We'll be in touch with next steps soon.",
    "Just a note to say it was great to meet you. We have a couple more candidates to see, then we'll get back to you.",
    "It was a pleasure chatting today. I'll collect the panel's views and be in touch early next week.",
    "Lovely to meet you on {day}. No decision yet; I'll update you as soon as I hear anything.",
    "Everyone who met you said they enjoyed it. We're still finishing interviews, so please bear with us.",
    "Great to meet you this afternoon. Expect to hear from us within the week.",
    "Thank you for a really enjoyable interview. We'll share an update once the hiring manager is back from leave.",
]
TIPS_NEWSLETTER = [
    ("7 mistakes that sink system design interviews", "Interviewers tell us the most common weakness is answers on scaling that stay high level. Practise estimating load before you draw a single box."),
    ("Why you didn't hear back (and what to do)", "Recruiters say CVs that read as a list of tools get skipped. Rewrite your bullets around outcomes, and ask for feedback after every rejection."),
    ("Your weekly interview prep", "This week: how to stop nerves derailing a live coding round, and three questions to ask at the end of every interview."),
    ("Feedback Friday: reader CV teardown", "We reviewed a reader's CV and found it undersold their leadership. Here is how we rewrote the summary section."),
    ("Behavioural questions, decoded", "Vague stories are the number one reason candidates fail behavioural rounds. Use a clear structure and name your own contribution."),
    ("Ace the take-home", "The code worked but wasn't tested: the most common feedback on take-home tasks. Here's a checklist before you hit submit."),
    ("Prep for your next technical round", "Hiring managers want depth on trade-offs. Our new course walks through twenty common design questions."),
    ("Career clinic: handling rejection", "Rejected after the final round? Here's a template for asking for feedback politely, plus what to do with the answer."),
    ("Interview office hours recap", "Last week's session covered answers that run too long and how to check the interviewer is following you."),
]
CANDIDATE_SURVEY = [
    "We'd love your feedback on our hiring process. The survey takes three minutes: {link}",
    "How did we do? Please rate your interview experience with us - your answers are anonymous.",
    "Help us improve: tell us what you thought of your recent interviews at {company}.",
    "We're always trying to make our process better for candidates. Would you share your feedback here? {link}",
    "Whatever the outcome, we'd appreciate two minutes of your time on our candidate experience survey.",
    "You recently interviewed with us. We'd value your honest feedback on how it went from your side.",
    "Quick question: on a scale of 1 to 10, how likely are you to recommend our interview process to a friend?",
    "Your opinion matters. Share feedback about the scheduling, the interviewers and the communication you received.",
]
