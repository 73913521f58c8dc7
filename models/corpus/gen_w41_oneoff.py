"""Writer 41, whole messages written once by hand: the odd ones a week of real mail always has."""

from __future__ import annotations

import _w41_kit as K

FAMILY_PREFIX = "w41one"
R, I, F, A, O = "rejection", "interview_invite", "feedback", "application_ack", "offer"

# (subject, body, labels, topics, reasons)
MSGS = [
    ("quick q", "{first} - loved the take-home. Can you come in Thursday and meet Priya and Tom? Whole thing is 2 hrs, lunch on us.\n\n{me}", [I], [], []),
    ("Re: Design Lead", "Hi {first}, we're going to hold off on this hire until after our funding round closes, which realistically means the role is gone for this year. Really sorry - you were the person I wanted.\n\n{me}", [R], [], ["budget_freeze", "role_cancelled"]),
    ("thoughts after Tuesday", "Hi {first},\n\nI've been going back and forth on this all week, which tells you how close it was. In the end we've asked Mina to join us; she's run a platform team before and that tipped it.\n\nYour whiteboard session was genuinely great. Where you lost a bit of ground was the conversation about on-call - you talked about the tooling but not about how you'd get the team to own it, and for a lead that's most of the job.\n\nI'm sure you'll land somewhere good soon. If it doesn't work out in six months, write to me.\n\n{me}", [R, F], ["collaboration", "experience_level"], ["closer_fit"]),
    ("{comp} x {first}", "Hey {first}!\n\nSo we talked as a team last night and we want to make it official: we'd love you to join {comp} as our first designer. I'll send the numbers in writing tomorrow morning - short version is {sal} and 0.4% equity.\n\nAlso, the thing everyone kept bringing up was the way you pushed back on our onboarding flow in the interview. That's exactly what we need.\n\n{me}", [O, F], [], []),
    ("Re: Re: interview", "Yes that works, see you at 10. Bring a laptop if you can.\n\n{me}\n\nOn Mon, {first} wrote:\n> Hi {me}, Wednesday morning would be great if that still works for you?\n>\n> On Fri, {me} wrote:\n>> Could you do Wednesday or Thursday for the pairing session?", [], [], []),
    ("your interview notes", "Hi {first},\n\nI'm the interviewer from Monday's technical round. I know the recruiter has already been in touch about the outcome, and I asked if I could send you my notes directly, because you asked good questions and deserve a real answer.\n\n- Problem solving: strong. You found the O(n) approach quickly.\n- Code: readable, but you never ran it against the example input, and there was an off-by-one in the loop that would have failed two of the tests.\n- Communication: you went quiet for long stretches; talk me through what you're thinking, even when you're stuck.\n\nHope that helps. Good luck out there.\n\n{me}", [F], ["coding", "communication"], []),
    ("Following up on your application", "Dear {first},\n\nThank you for your application for the position of {role}. I am writing to let you know that the closing date has now been extended to the end of the month because of the holiday period. Shortlisting will take place in the week after, and we will contact all applicants then.\n\nYours sincerely,\n{me}\nHR Officer", [], [], []),
    ("One more round?", "Hi {first},\n\nThe team couldn't decide between you and one other person after the final, which is a nice problem to have but annoying for you. Would you be willing to do one more 45-minute conversation, this time with our CTO? She's free {day}.\n\nSorry for the extra step.\n\n{me}", [I], [], []),
    ("Application received - and a small test", "Hi {first},\n\nThanks for applying to join us as {role}! A real human here (me). We got your CV and cover letter.\n\nBecause we get a lot of applications, we ask everyone to spend about an hour on a short written exercise before the first call. Instructions are here: {link}. There's no deadline, but we'll start calls next week.\n\nThanks,\n{me}", [A, I], [], []),
    ("Re: Data Analyst", "Got your CV, thanks {first}. We're not hiring for that team any more though - the role was closed last month before it went live. Sorry if the ad is still up somewhere.\n\n{me}", [], [], []),
    ("Decision", "{first},\n\nWe're going with someone else. Thanks for your time.\n\n{me}", [R], [], []),
    ("following up from Friday", "Hi {first},\n\nFirst, thank you for being so open in Friday's interview about the gap in your CV - that isn't easy, and it didn't count against you at all.\n\nI'll be honest about what did: for this role we need someone who has taken a product from zero to launch, and every example you gave was about improving something that already existed. That's valuable, just not what this particular team needs.\n\nSo we won't be offering you the role. But my colleague {mgr} runs our growth team, which is almost entirely that kind of optimisation work. I showed her your notes and she'd like to interview you next week if you're open to it. Shall I connect you?\n\nBest,\n{me}", [R, F, I], ["experience_level"], []),
    ("🎉", "we want you!!! offer letter coming from HR tomorrow but i couldn't wait. call me?\n\n{me}", [O], [], []),
    ("Re: Interview feedback", "Hi {first},\n\nThanks for asking. I checked with the panel, and honestly they didn't have much to add beyond the fact that the other candidate had already done the same migration at a bigger company. So I'm afraid I don't have anything more specific to pass on.\n\nBest,\n{me}\n\nOn {pday}, {first} wrote:\n> Would you be able to share any feedback on my interviews?", [], [], []),
    ("Your visit on Thursday", "Dear {first},\n\nThank you for accepting our invitation. Please find attached a map and the schedule for Thursday. You will meet three members of the department, and there will be a short presentation (10 minutes) on a topic of your choice.\n\nKind regards,\n{me}", [], [], []),
    ("Role update", "Hi {first},\n\nI wanted to let you know personally: the {role} position has been cancelled following a restructure of the department. I'm so sorry, especially after you'd already done two rounds with us. I've kept your details, and I'll call you directly if anything similar comes up.\n\n{me}", [R], [], ["role_cancelled"]),
    ("Re: Re: Availability", "Great - confirming Tuesday 11:00 with Jonas. You'll get a Teams link from him.\n\n{me}\n\n> Tuesday 11:00 works best for me. Thanks!\n> {first}", [], [], []),
    ("our chat", "Hi {first},\n\nReally enjoyed our chat yesterday, thanks for making the time at such short notice. I've shared my notes with the hiring manager and she'll look at them over the weekend. You'll hear from one of us early next week either way.\n\n{me}", [], [], []),
    ("Good news!", "Dear {first},\n\nFollowing your assessment centre last week, I'm pleased to tell you that you have been successful and we would like to offer you a place on our 2026 graduate programme, starting in September. The assessors particularly noted your group exercise, where you brought quieter members of the group into the discussion.\n\nYour offer pack, including salary and relocation details, will follow by post.\n\nCongratulations,\n{me}\nEarly Careers Team", [O, F], [], []),
    ("Your application", "Dear {first},\n\nThank you for your patience during what has been a lengthy process. We have now completed the final interviews and, having compared the candidates against the person specification, the panel has decided to offer the post to another applicant.\n\nWe are sorry to disappoint you on this occasion.\n\nYours sincerely,\n{me}", [R], [], []),
    ("Re: {role}", "lol no worries, the role's still open. when can you talk? free most afternoons\n\n{me}\n\n> sorry for the slow reply, had a crazy week - is the {role} role still open?", [I], [], []),
    ("FW: feedback for {first}", "{first}, passing on the note from {comp}'s hiring manager word for word, as promised:\n\n\"Strong candidate on paper and clearly smart. In the case study they jumped to a solution before asking any questions about the customer, and when we challenged the numbers they got flustered. Not the right fit for this one, but I'd be happy to see them again in a year.\"\n\nSo - a no, but not a closed door. Let's debrief tomorrow.\n\n{me}", [R, F], ["composure", "questions_to_ask"], []),
    ("Welcome to the team!", "Hi {first},\n\nSo glad you said yes! Your laptop will arrive on Friday. On day one, come to reception at 9:30 and ask for me. We'll start with coffee and a tour.\n\nSee you soon,\n{me}", [], [], []),
    ("Next steps", "Hi {first}, thanks for applying. We're a tiny team so I'll skip the formalities: could you do a 20-min video call this week? Grab any slot here {link}\n\n{me}, founder", [I], [], []),
    ("Quick note", "Hey {first}, we'd love to keep you in the running, but the hiring manager's just gone on paternity leave and everything is paused for three weeks. No action needed, just didn't want you left wondering.\n\n{me}", [], [], []),
    ("Re: Application for {role}", "Hi {first},\n\nThank you, your application is with us. Just so you know, we've decided to hire for a more senior profile for this one after all, so we won't be taking your application further for this role - but I'd like to keep your CV for the mid-level opening we expect in the spring.\n\n{me}", [A, R], [], ["level_mismatch"]),
    ("Your written offer", "Hi {first},\n\nAs discussed on the phone, here is our offer in writing: {role}, {sal}, 28 days of holiday, hybrid (two days in the office). The panel loved your pairing session - you were the only candidate who wrote tests before being asked.\n\nLet me know if you have any questions.\n\n{me}", [O, F], [], []),
]


def generate(rng):
    n = 0
    for rep in range(1):
        for subj, body, labs, topics, reasons in MSGS:
            if rep == 1 and rng.random() < 0.45:
                continue
            n += 1
            comp = K.company(rng)
            dom = K.domain_of(comp)
            name, to = rng.choice(K.SEEKERS)
            fi, la = K.person(rng)
            c = dict(first=name.split()[0], me=fi, comp=comp, role=rng.choice(K.ROLES), day=K.date_phrase(rng), pday=K.past_day(rng),
                     mgr=" ".join(K.person(rng)), link=f"https://cal.{dom}/{rng.randint(100, 9999)}",
                     sal=rng.choice(["£70k", "€64,000", "$140k", "£55,000"]))
            text = K.fill(body, **c)
            if rep == 1:  # the second telling is typed in a hurry, with a different signature
                text = K.typo(rng, text, 0.05).replace("\n\n" + fi, "\n\n" + rng.choice([f"{fi} {la}", f"- {fi.lower()}", f"{fi}\n{comp}"]), 1)
            sig_comp = "fw:" not in subj.lower()
            if sig_comp and rng.random() < 0.6:
                text += f"\n{comp}"
            company = comp
            if "FW:" in subj:
                company = comp
            if "FW:" in subj:
                dom = rng.choice(["keelrecruitment.com", "brightpathtalent.io", "northstarsearch.com"])
            yield K.record(FAMILY_PREFIX, "hand" if rep == 0 else "hand2", n, from_name=f"{fi} {la}",
                           from_addr=K.addr(fi, la, dom, rng), to_addr=to, subject=K.fill(subj, **c), body_text=text,
                           labels=labs, company=company, topics=topics, outside=reasons)
