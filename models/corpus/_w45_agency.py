"""w45: agency and in-house recruiters writing as people (English)."""

AGENCIES = [("Brightwell Talent Partners", "brightwelltalent.co.uk"), ("Northstar Search", "northstarsearch.com"),
            ("Keel & Compass Recruitment", "keelcompass.com"), ("Fairlight Staffing", "fairlightstaffing.com"),
            ("Ridgeway People", "ridgewaypeople.io"), ("Palisade Technical Recruiting", "palisadetech.com")]

A = {
    "invite": {
        "subj": ["{company} want to meet you!", "Interview request – {role} at {company}", "Good news re {company}",
                 "{company} – next step", "Re: {role} – {company}"],
        "lead": ["Great news — {company} have come back and they'd like to meet you for a {step} for the {role} role.",
                 "{company}'s hiring manager, {interviewer}, liked your CV and wants to do a {step}. Are you free on {date} or {date2}?",
                 "I've just had {company} on the phone: they want to get you in for a {step} next week.",
                 "Your profile went down really well with {company}, and they've asked me to line up a {step} with {interviewer}."],
        "more": ["It'll be about {dur} minutes on {platform}.", "Let me know a couple of times that work and I'll lock it in.",
                 "I'll send over some prep notes on the team before the call.", "They're moving quickly on this one, so the sooner the better."],
        "labels": ["interview_invite"],
    },
    "reject": {
        "subj": ["{company} update", "Re: {role} – {company}", "Feedback from {company}", "News on {company}"],
        "lead": ["I've just heard back from {company}, and unfortunately they've decided not to take your application forward for {role}.",
                 "Sorry to be the bearer of bad news — {company} have gone with another candidate.",
                 "{company} have decided to pass on your profile for this one.",
                 "I'm afraid it's a no from {company} after the {step}."],
        "labels": ["rejection"],
    },
    "offer": {
        "subj": ["OFFER – {company}!", "{company} offer details", "Congratulations!! {company}", "Re: {company} – offer"],
        "lead": ["I'm delighted to say {company} want to offer you the {role} position!",
                 "Putting in writing what I told you on the phone just now: {company} are offering you the {role} role, starting {start}.",
                 "They loved you — {company} have made an offer for the {role} job."],
        "more": ["The base is in line with what we discussed, plus the standard bonus and 25 days' holiday.",
                 "The formal contract will come from their HR team, but they'd like a verbal yes or no by {deadline}.",
                 "Have a think tonight and give me a ring tomorrow morning."],
        "labels": ["offer"],
    },
    "fb_adv": {
        "subj": ["{company} – final round!", "Through to the next stage at {company}"],
        "lead": ["{company} want you back for the {step}!", "You're through to the {step} at {company}."],
        "labels": ["interview_invite", "feedback"],
    },
    "checkin": {
        "subj": ["How did it go?", "Today's interview at {company}", "Quick catch-up re {company}"],
        "lead": ["How did today's interview with {company} go? Give me a call when you're out.",
                 "Hope the {step} at {company} went well this morning! I'll be chasing them for their thoughts tomorrow.",
                 "Just checking in after your session with {interviewer} — keen to hear your impressions."],
        "more": ["No news from their side yet, which is normal at this point.", "Let me know what you thought of the team."],
        "labels": [],
    },
    "status": {
        "subj": ["Still waiting on {company}", "Re: {company} – no news yet", "Update (sort of) on {company}"],
        "lead": ["Just a quick one — still no news from {company}. The hiring manager is on leave until {date}, so I'll chase again then.",
                 "{company} are still working through their shortlist for {role}; they've promised me an answer by {date2}.",
                 "Nothing decided at {company} yet, but you're still very much in the running as far as I know."],
        "labels": [],
    },
    "pre_closed": {
        "subj": ["Re: {role} at {company}", "{company} role – bad timing", "Update on the {company} role"],
        "lead": ["Bad timing, I'm afraid — the {role} role at {company} I mentioned last week was filled before I could send your CV over.",
                 "Annoyingly, {company} closed the {role} vacancy yesterday before we'd even put you forward.",
                 "Quick heads-up: {company} have put the {role} search on ice, so I won't be submitting your profile after all."],
        "more": ["I'll keep you in mind for the next one — I've got two similar briefs coming in this month.",
                 "Sorry to get your hopes up; let's talk about what else is out there."],
        "labels": [],
    },
    "reminder": {
        "subj": ["Tomorrow – {company}", "Reminder: {company} at {time}", "All set for tomorrow?"],
        "lead": ["Just a reminder that you're seeing {company} tomorrow at {time}. Ask for {interviewer} at reception.",
                 "Your {step} with {company} is confirmed for {date} at {time} — the dial-in details are in the calendar invite."],
        "more": ["Good luck! Call me afterwards.", "They're quite informal, so smart-casual is fine.",
                 "Remember to ask about the roadmap — {interviewer} loves talking about it."],
        "labels": [],
    },
}
A_REASON = {
    "closer_fit": "They went with someone who has spent the last few years in almost exactly the same role.",
    "role_filled": "They've filled it with an internal candidate.",
    "budget_freeze": "Their budget for the hire has been frozen until the new financial year.",
    "level_mismatch": "They've realised they need someone more senior than the original brief suggested.",
    "role_cancelled": "They've pulled the role altogether after a restructure.",
}
A_FB_INTRO = ["Here's the feedback I got from {interviewer}:", "I pushed them for feedback, and this is what they said:",
              "For what it's worth, their feedback was:"]
A_FB_ADV = ["They really liked you, but {interviewer} wants to probe one area in the next round:",
            "Feedback so far is good; the one thing they flagged was this:"]
A_CLOSE = ["Chin up — plenty more out there and I'm on it.", "Let's speak tomorrow about next steps.",
           "Sorry, I know you were keen on this one.", "Talk soon."]
A_SIGN = ["{agent}\nSenior Consultant – {desk}\n{agency}\nM: +44 7700 9{n1}", "{agent} | {agency}\nPrincipal Recruiter, {desk}\nDirect: +1 (415) 555-0{n2}",
          "Cheers,\n{agent}\n{agency} — {desk}", "{agent}\nAssociate Director\n{agency} | {adom}"]
DESKS = ["Technology", "Finance & Accounting", "Engineering", "Healthcare", "Marketing", "Operations & Supply Chain"]

# an in-house recruiter's own look-alike: a role closing before anyone applied
INHOUSE_PRE = [
    "The {role} opening we talked about at the careers fair has now been filled internally, so there's nothing to apply for right now — but I'll ping you when something similar comes up.",
    "I wanted to close the loop from our chat last month: the {role} requisition was cancelled before it went live, so I won't be sending the application link after all.",
]
