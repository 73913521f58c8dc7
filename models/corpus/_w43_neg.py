"""w43 fragments for employer mail that decides nothing (look-alikes)."""

REMINDER = [
    "just a heads up, we're still on for {time} tomorrow. {pm} will dial in.",
    "quick reminder about your interview {day} at {time}, same link as before: {link}",
    "looking forward to {day}! the address is 14 Cardew Street, ask for me at reception.",
    "all set for {time} {day}. if you're running late just text me.",
    "reminder that your final is {day_long}. {pm} and I will meet you in the lobby.",
    "confirming tomorrow's technical round is still {time}, nothing's changed.",
    "see you {day}! it's the same video room as the first call.",
    "just checking the {time} slot {day} still works for you, it's in the calendar on our side.",
    "your onsite is booked for {day_long}, parking is behind the building if you drive.",
    "friendly nudge: the interview you booked is {day} at {time}. no prep needed beyond what we sent.",
]

THANKS_TODAY = [
    "thanks for your time today, really enjoyed the conversation.",
    "good to meet you this morning. we'll regroup as a team and come back to you by {day_long}.",
    "thanks for coming in! the team had nice things to say, we'll be in touch next week.",
    "appreciate you making the trip in today. decision should land early next week.",
    "thanks for the chat earlier, I've passed my notes to {pm}.",
    "that was a fun hour, thanks. we've got two more people to see, then we'll decide.",
    "thanks for walking us through the portfolio today, more soon.",
]

STILL_REVIEWING = [
    "no news yet I'm afraid, we're still going through the shortlist.",
    "still reviewing, should hear by end of next week.",
    "haven't forgotten you! the team's been slammed, we'll have an update soon.",
    "your application's still with the hiring manager, no decision either way yet.",
    "we're a bit behind on the {role} role, bear with us a few more days.",
    "just so you're not in the dark: still interviewing, nothing decided.",
    "the panel meets {day_long} to go through everyone, I'll come back to you after that.",
    "sorry for the silence. we're still in the middle of it.",
    "quick status: {pm} is still reading through applications, nothing to report yet.",
]

ONBOARDING = [
    "got your signed contract, welcome aboard! laptop ships Monday.",
    "welcome to the team! please fill in the tax and bank form before your first day: {dlink}",
    "your start date is locked in. you'll get a login for the HR system this week.",
    "we've ordered your equipment, which keyboard layout do you want?",
    "excited to have you starting on the 4th. first day starts at 9:30, {pm} will meet you.",
    "thanks for accepting! next is the background check, you'll get a form from our provider.",
    "please bring your passport on day one for the right-to-work check.",
    "your buddy for the first month will be {pm}, they'll reach out before you start.",
]

REFERENCE = [
    "could you send me two referees? we're nearly there.",
    "references are the last step, can you give us a couple of names?",
    "we've spoken to one of your referees, just waiting on the second.",
    "reference checks are underway, hoping to have news by {day_long}.",
]

ROLE_CLOSED_BEFORE = [
    "saw you were interested in the {role} role I posted, but it actually closed yesterday before I could get your details over. sorry!",
    "the {role} ad you spotted is old, that position was filled months ago. I'll keep your name for the next one.",
    "just so you know, the listing you asked about isn't open anymore, it was taken down before applications opened.",
]

WITHDRAW_ACK = [
    "thanks for letting me know you're stepping out of the process. best of luck with the new job!",
    "sorry to lose you, but totally understand. door's open if things change.",
    "no worries at all, I've taken you off the {role} shortlist. congrats on the other offer.",
]

COLD_INHOUSE = [
    "came across your profile and wanted to see if you'd be open to a chat about a {role} role here at {co}.",
    "not sure if you're looking, but we're hiring a {role} and your background caught my eye.",
    "we're growing the team at {co} and I think you'd be a strong match for our {role} opening. any interest?",
    "hope it's ok to reach out cold. we've got a {role} role that seems up your street.",
    "your name came up when I asked around for good {role} people. worth a conversation?",
]

COLD_AGENCY = [
    "I'm working on an exclusive {role} role with a client in {city}, salary up to {salary}. would you be open to hearing more?",
    "are you open to new roles? I've a client, a fast-growing fintech, looking for a {role}. happy to share details.",
    "quick one, I've got three {role} roles live right now, all hybrid. worth a call this week?",
    "I placed someone with a similar background to you last month and my client wants another. interested?",
    "saw your profile and had to reach out, I'm recruiting for a {role} with a well-funded scale-up.",
]

CITIES = {"us": ["Austin", "Denver", "Chicago"], "uk": ["Manchester", "Leeds", "Bristol"], "ie": ["Cork", "Galway", "Dublin"],
          "au": ["Melbourne", "Brisbane", "Perth"], "in": ["Pune", "Hyderabad", "Bengaluru"],
          "za": ["Cape Town", "Joburg", "Durban"], "ca": ["Calgary", "Ottawa", "Halifax"], "nn": ["Lisbon", "Rotterdam", "Warsaw"]}
