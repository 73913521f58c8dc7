"""Phrase banks for writer w36: feedback weaknesses, outside-control reasons, shared openers/closers."""

from __future__ import annotations

import random

# Weaknesses as an executive-search partner would relay them from a client's panel.
EXEC_WEAK = {
    "experience_level": [
        "the panel felt you were light on P&L ownership at the scale they run",
        "they kept coming back to the fact that you have not yet held a full plc board seat",
        "the Chair's view was that your remit to date has been a division rather than a group",
        "there was a worry that you have only ever run a business in growth, never through a downturn",
        "two of the NEDs felt a turnaround of this size would be a first for you, and they were nervous about that",
        "your exposure to a regulated environment was thinner than they had hoped",
    ],
    "communication": [
        "some of your answers ran long and the key point got lost",
        "the Chair said she occasionally struggled to pin down what your own view actually was",
        "your presentation to the committee was dense; they wanted three messages and got twelve",
        "the feedback was that you were clearer in writing than in the room",
        "they would have liked crisper, more board-level answers rather than the operational detail",
    ],
    "behavioural": [
        "your examples of leading through a restructuring felt generic and rather light on what you personally did",
        "when asked about a failure, the story you chose did not really land",
        "the stakeholder examples leaned heavily on 'we' and the panel struggled to see your contribution",
        "they wanted a sharper account of a time you had to take an unpopular decision",
    ],
    "composure": [
        "when the Senior Independent Director pressed on the covenant question you seemed unsettled",
        "the panel noticed you became quite defensive under the harder questioning on the last restatement",
        "nerves seemed to get the better of you in the first twenty minutes",
    ],
    "questions_to_ask": [
        "you asked very few questions about the board's agenda, which surprised them at this level",
        "they expected you to probe the strategy and the funding position more than you did",
        "there was little curiosity about the shareholder base, and the Chair picked up on that",
    ],
    "collaboration": [
        "there was a concern about how you would partner with a CEO who has strong views of her own",
        "one or two came away feeling you would prefer to run things alone than share the stage",
        "they were not fully convinced you would bring the executive team with you rather than past you",
    ],
    "cv_positioning": [
        "frankly, your written submission undersold the turnaround you led; it read as operational rather than strategic",
        "your CV positions you as a finance technician more than a business partner, and that coloured the first read",
        "the supporting statement did not connect your background to their priorities as clearly as it could",
    ],
    "technical_depth": [
        "on IFRS 17 the committee wanted more depth than came through",
        "your grasp of the regulatory capital side was not as deep as the Risk Committee needed",
        "when the discussion turned to cyber resilience the depth was not quite there",
        "they felt the treasury and hedging detail was lighter than they would need from day one",
    ],
    "system_design": [
        "in the architecture session they would have liked you to reason more about how the platform scales beyond one region",
        "the technology panel felt the target-state design you sketched skirted the data and integration questions",
    ],
}

# Weaknesses as an agency recruiter, end client or marketplace client would phrase them.
CONTRACT_WEAK = {
    "technical_depth": [
        "your rate was fine but the hands-on depth in {skill} just wasn't there",
        "they felt you knew {skill} at a conceptual level more than a keyboard level",
        "when they went a layer down on {skill} the answers got a bit vague",
        "the lead engineer wanted someone who has been deep in the weeds of {skill}, and it didn't quite come across",
    ],
    "coding": [
        "the pairing exercise went slowly and the tests were an afterthought",
        "the take-home worked but the code was hard to follow and had no tests",
        "they said the live coding session stalled on the parsing part",
        "the pull request you walked through had some structure issues they picked up on",
    ],
    "system_design": [
        "the design chat didn't really cover how it would scale or fail over",
        "they'd have liked you to reason more about how the pipeline copes when volumes triple",
        "on the whiteboard section you went straight to tools without talking through the trade-offs",
    ],
    "communication": [
        "the client found some answers a bit rambling",
        "they said it was hard to follow your explanation of the migration approach",
        "the stakeholder-facing side matters here and they felt you were a bit too technical for the business users",
    ],
    "composure": [
        "you seemed a bit rattled when the architect challenged the estimate",
        "they picked up that you got flustered when the screen share failed",
    ],
    "questions_to_ask": [
        "you didn't ask anything about the team or the deliverables, which they read as low interest",
        "there were no questions back about the SOW scope, which the client found odd",
    ],
    "collaboration": [
        "they want someone who'll slot into the squad and there was a feeling you'd rather work solo",
        "a couple of comments about previous clients came across as a bit negative about the teams you worked with",
    ],
    "experience_level": [
        "they felt one implementation wasn't enough for a lead role on this",
        "they wanted more time on large programmes than your CV shows",
        "you've done a lot of greenfield but they needed someone who has run a big legacy cutover",
    ],
    "cv_positioning": [
        "your CV lists tools but doesn't say what you actually delivered at each client",
        "the profile on your CV reads like a permanent dev's, not someone who parachutes in and delivers",
        "your proposal was generic and didn't speak to their brief",
    ],
    "behavioural": [
        "the scenario questions about handling a difficult stakeholder got fairly thin answers",
        "they asked about a time a delivery went wrong and the example didn't convince them",
    ],
}

EXEC_PRAISE = [
    "Everyone agreed you were impressive on strategy.", "The Chair enjoyed the conversation enormously.",
    "Your commercial instincts came through strongly.", "They liked your candour and warmth.",
    "Your track record on M&A integration was noted as a real strength.",
    "The CEO described you as an excellent cultural fit.",
]
CONTRACT_PRAISE = [
    "They liked you as a person.", "Your background on paper was spot on.", "Comms were good.",
    "They said you'd be easy to work with.", "Your availability was a plus.", "They rated your energy.",
]

EXEC_REASON = {
    "role_filled": [
        "the client has decided to proceed with an internal appointment",
        "the board has appointed from within, promoting the current deputy",
        "the role has now been filled and an announcement will follow shortly",
        "the Nominations Committee has agreed terms with another candidate, who has accepted",
    ],
    "budget_freeze": [
        "the board has paused the search pending the half-year results",
        "following the profit warning, all senior hiring has been frozen until further notice",
        "the shareholders have asked for a cost review before any new executive appointments",
    ],
    "closer_fit": [
        "they have chosen to move forward with a candidate whose sector background is a closer match",
        "another finalist had directly comparable regulated-utility experience, and that tipped it",
        "the board went with someone who has already taken a business through an IPO, which sits closer to their plans",
    ],
    "level_mismatch": [
        "having reflected, they want a sitting CFO of a listed company rather than a first-time appointment",
        "they have decided to pitch the role at a more senior level than originally briefed",
        "the scope has been reduced and the client now feels it is too junior a role for someone of your standing",
    ],
    "role_cancelled": [
        "the merger announced this week means the position will no longer exist in its current form",
        "the client has folded the role into the COO's remit and will not be appointing",
        "the search has been withdrawn following the change of ownership",
    ],
}

CONTRACT_REASON = {
    "role_filled": [
        "the client has gone with another contractor",
        "they've filled it with someone who could start Monday",
        "the role's been filled through another supplier",
        "they offered it to the other candidate yesterday and he accepted",
    ],
    "budget_freeze": [
        "the budget for the workstream has been pulled",
        "finance has put a freeze on all contractor spend until the new year",
        "they lost the funding for phase two so nothing is being signed",
    ],
    "role_cancelled": [
        "the project has been cancelled",
        "they've decided to give the work to a cheaper offshore team",
        "the programme has been paused indefinitely after the steering committee",
        "they're going to do it with permanent staff instead of contractors",
    ],
    "closer_fit": [
        "they went with someone who has done the exact same migration at a competitor",
        "another contractor had the specific insurance-domain background they were after",
        "they picked someone who had worked with their current vendor before",
    ],
    "level_mismatch": [
        "they've decided they need someone more junior for the hands-on bit, so it's been re-scoped at a lower rate",
        "they want a genuine lead with a decade in the role and feel your profile is a step below",
        "they want an architect rather than a hands-on engineer now, so it's a different level altogether",
    ],
}

OPEN_WARM = [
    "I hope the week has been kind to you.", "I hope you had a restful weekend.", "Thank you for your patience.",
    "I hope this finds you well.", "Apologies for the slight delay in coming back to you.",
    "Thanks for picking up my call earlier.", "I trust the summer is treating you well.",
    "A quick note following our conversation.", "I wanted to get this to you before the weekend.",
    "I hope things are calmer on your side.", "Sorry this has taken a little longer than I promised.",
    "",
]
CLOSE_WARM = [
    "Do call me if it would be easier to talk this through.", "Happy to speak whenever suits.",
    "As ever, all of this is in confidence.", "I'll be at my desk most of tomorrow if you want to chat.",
    "Let me know if anything here is unclear.", "Thank you again for your time and openness.",
    "Please keep this between us for now.", "Speak soon.", "Any questions, shout.",
    "My mobile is below if that's easier.", "",
]
