"""Writer 39: English written to or by people in Italy, Portugal/Brazil, the Low Countries, Poland, Scandinavia."""
from _w39_kit import lines

B = {
    "roles": lines("""
        backend engineer
        warehouse team lead
        UX designer
        finance controller
        QA engineer
        account manager (Nordics)
        registered nurse
        product analyst
        site reliability engineer
        marketing coordinator
    """),
    "hi_f": lines("""
        Dear {n},
        Hi {n},
        Dear {n} {N},
        Hello {n},
    """),
    "hi_c": lines("""
        Hey {n},
        Hi {n}!
        Hi there,
    """),
    "bye_f": lines("""
        Kind regards,
        Best regards,
        With kind regards,
        Warm regards,
    """),
    "bye_c": lines("""
        Cheers,
        Best,
        Thanks!
        All the best,
    """),
    "thanks_app": lines("""
        Thank you for applying for the {role} position at {co}.
        Thanks a lot for your interest in joining {co} as {role}.
        We have now reviewed the applications for our {role} opening.
    """),
    "thanks_int": lines("""
        Thank you again for meeting us on {date}.
        It was really nice talking to you last week, thanks for making the time.
        Thanks for coming to the office and meeting the team.
    """),
    "ack": lines("""
        We confirm that we have received your application for {role}.
        Your application has been registered in our system.
        Thanks, your CV reached us safely!
        This is to let you know that your application arrived.
    """),
    "ack_next": lines("""
        Our team will review it and get back to you within two weeks if your profile matches.
        You can follow the status in your candidate account.
        Please note we review applications after the closing date.
    """),
    "rej": lines("""
        After careful consideration we have decided to move forward with other candidates.
        Unfortunately we will not be taking your application further.
        I'm sorry to say we decided to go with another candidate.
        We have decided not to proceed with your application at this stage.
        in the end we went with someone else.
    """),
    "rej_soft": lines("""
        We really enjoyed meeting you, but the final decision went to another candidate.
        It was a close call and this time it won't be you, I'm afraid.
        You have a great background, but we have chosen a different profile.
    """),
    "rej_line": lines("""
        We won't be moving ahead with you for this one, thanks for your time.
        Not this time, sorry - thanks for applying.
    """),
    "rsn": {
        "role_filled": lines("""
            The position has now been filled.
            We have already hired someone for the role.
        """),
        "budget_freeze": lines("""
            Due to a hiring freeze announced by the board, the search has been put on hold.
            The budget for this headcount has been withdrawn for this year.
        """),
        "closer_fit": lines("""
            We chose a candidate whose experience more closely matched the role.
        """),
        "level_mismatch": lines("""
            For this role we need someone more senior.
            The role is pitched at a more junior level than your experience.
        """),
        "role_cancelled": lines("""
            The role has been cancelled following a reorganisation.
        """),
    },
    "keep": lines("""
        We wish you all the best with your job search.
        With your permission we will keep your CV on file for six months.
    """),
    "nofb": lines("""
        We received a very high number of strong applications.
        Unfortunately we are unable to give individual feedback.
    """),
    "fb_intro": lines("""
        As you asked, here are a few notes from the panel:
        Some feedback that may help:
    """),
    "fb": {
        "coding": lines("""The coding exercise worked but had no tests and the structure was hard to follow."""),
        "system_design": lines("""In the design round we missed a discussion of scaling and failure modes."""),
        "technical_depth": lines("""On the questions about IFRS and consolidation your answers stayed quite high-level."""),
        "communication": lines("""Your answers were sometimes long and not very structured."""),
        "experience_level": lines("""We felt you don't yet have enough experience managing people."""),
        "behavioural": lines("""Your examples in the behavioural part were vague about your own contribution."""),
        "composure": lines("""You seemed quite nervous in the presentation and it affected the Q&A."""),
        "questions_to_ask": lines("""You didn't have any questions for us at the end."""),
        "cv_positioning": lines("""Your CV doesn't really show the work that is most relevant to this role."""),
        "collaboration": lines("""In the group exercise you didn't involve the others much."""),
    },
    "praise": lines("""Your presentation was clear and well prepared."""),
    "inv": {
        "phone": lines("""We'd like to set up a short phone call of about 20 minutes."""),
        "tech": lines("""We would like to invite you to a technical interview with two of our engineers."""),
        "assess": lines("""The next step is an online assessment which you can complete within five days.
            We'd like you to do a short take-home task, which we'll then discuss together."""),
        "onsite": lines("""We'd love to meet you in person at our office in {place}."""),
        "final": lines("""You have made it to the final round: a conversation with our managing director."""),
        "chat": lines("""Our team lead would like a quick informal chat with you."""),
    },
    "inv_log": lines("""
        Would {date} at {time} (CET) work?
        It will be on Teams and take about an hour.
        The address is {place}; ask for me at reception.
    """),
    "inv_sched": lines("""Please pick a slot that suits you here: {link}"""),
    "inv_ask": lines("""
        Let me know if that works.
        Please confirm by replying to this email.
    """),
    "offer": lines("""
        We are delighted to offer you the position of {role} at {co}.
        We would love to have you on the team and are happy to make you an offer.
    """),
    "offer_det": lines("""
        The gross salary is {sal} per year, permanent contract, starting {start}.
        Please find the contract attached.
    """),
    "offer_dl": lines("""We'd appreciate your answer by {dl}."""),
    "other_role": lines("""
        That said, we think you'd be a great fit for another opening ({role2}). Could we set up an interview for that next week?
    """),
    "subj": {
        "ack": lines("""
            Application received - {role}
            Thank you for your application
            Your application to {co}
        """),
        "rej": lines("""
            Your application for {role}
            Update on your application
            Re: interview
        """),
        "inv": lines("""
            Interview invitation - {role}
            Next steps with {co}
        """),
        "offer": lines("""
            Offer of employment
            Job offer - {role}
        """),
    },
    "alert": lines("""
        {k} new jobs match your alert "{q}".
        New roles in Amsterdam, Lisbon and remote this week:
    """),
    "alert_end": lines("""
        Manage your alerts or unsubscribe in settings.
    """),
    "news": lines("""
        How to ace a video interview with a Nordic employer
        Rejected after the final round? How to ask for feedback
    """),
    "housing": lines("""
        Thanks for your interest in the studio on {street}. The landlord has chosen another tenant.
    """),
    "uni": lines("""
        We regret to inform you that you have not been admitted to the MSc Supply Chain Management programme.
    """),
    "webinar": lines("""
        Join our free webinar "Interviewing in Europe as an expat" on {date} at {time}.
    """),
    "ooo": lines("""
        I'm out of office until {dl} with limited access to email. For urgent matters please contact {me2}.
    """),
    "reminder": lines("""
        Reminder: your interview is scheduled for {date} at {time}. See you then!
    """),
    "profile": lines("""
        Your profile is only 40% complete. Add your experience so employers can find you.
    """),
    "status": lines("""
        Your application for {role} is still under review. We'll be in touch as soon as we have news.
    """),
    "panel": lines("""
        Hi {n}, could you join the interview panel for the junior analyst candidates on Thursday morning? Three interviews, 45 minutes each.
    """),
    "scam": lines("""
        Congratulations! You have been selected for a remote data-entry position, EUR 3,800/month. To activate your contract please pay a EUR 85 onboarding fee by gift card.
    """),
    "closed": lines("""
        Hi {n}, I reached out about a {role} role with one of my clients, but they closed the search before I could put you forward. Let's keep in touch!
    """),
    "s_fbreq": lines("""
        Thanks for letting me know. Would you be able to share any feedback on my interview? I'd really like to understand where I could improve.
        Disappointing, but I understand. If possible, could you tell me what made the difference in the end?
    """),
    "s_thanks": lines("""
        Thank you for the conversation today, I really enjoyed learning about the team.
    """),
    "s_withdraw": lines("""
        I'd like to withdraw my application for the {role} role, as I have accepted another offer.
    """),
    "s_follow": lines("""
        I wanted to check whether there is any news on the {role} position. I interviewed on {date}.
    """),
    "s_accept": lines("""
        I'm very happy to accept the offer! I'll send the signed contract back tomorrow.
    """),
    "s_decline": lines("""
        Thank you so much for the offer, but after a lot of thought I've decided to decline.
    """),
    "s_sched": lines("""
        {date} at {time} works perfectly, see you then.
        That time doesn't work for me unfortunately, could we do the afternoon?
    """),
}
