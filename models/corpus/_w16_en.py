"""English fragments of writer w16: English subjects over foreign bodies, the English half of
bilingual corporate mail, and English letters from continental employers (non-native flavour)."""

GREET_SIE = ["Dear {cname},", "Dear Ms/Mr {clast},", "Dear applicant,", "Hello {cfirst},", "Dear {cfirst},", "Good day {cname},"]
GREET_DU = ["Hi {cfirst}!", "Hey {cfirst},", "Hello {cfirst} :)"]
SIGN = ["Kind regards,", "Best regards,", "With kind regards,", "Best wishes,", "Cheers,", "Warm regards from {city},", "BR,"]
SIGN_ROLE = ["HR Manager", "Talent Acquisition Partner", "People & Culture", "Head of Engineering", "Recruiting Lead", "Managing Director"]
FOOTER = ["{legal}, registered office {city}. This e-mail may contain confidential information.",
          "Please do not reply to this automatically generated message.",
          "Information on data protection for applicants: {portal}/privacy",
          "Manage e-mail preferences or unsubscribe: {portal}/settings"]

REASONS = {
    "role_filled": ["The position has meanwhile been filled.", "We have already found someone for this role, internally."],
    "budget_freeze": ["Due to a hiring freeze we are not able to continue with this vacancy.",
                      "Our headcount budget was cut for this year, so the position is on hold."],
    "closer_fit": ["We went with a candidate whose background matches our requirements a bit more closely.",
                   "Another applicant had experience that was nearer to what the team needs right now."],
    "level_mismatch": ["For this role we need somebody with more years in a lead position.",
                       "Honestly your profile is too senior for this junior opening."],
    "role_cancelled": ["The role was cancelled after a reorganisation.", "The project was stopped and we took the vacancy offline."],
}
NO_REASON = ["Unfortunately we have decided not to proceed with your application.",
             "After careful consideration we will continue the process with other applicants.",
             "Sadly we cannot give you a positive answer this time.",
             "We regret to inform you that you were not selected for the next round."]
TOPICS = {
    "coding": ["In the coding task the solution missed tests and some edge cases.", "During live coding you got stuck quite early."],
    "system_design": ["We would have liked you to think more about how the system behaves when the load grows.",
                      "The architecture part stayed vague regarding storage and failover."],
    "technical_depth": ["Some technical answers stayed rather on the surface."],
    "behavioural": ["The examples from your past projects were not very concrete."],
    "communication": ["Some answers were long and it was hard to follow the main point."],
    "questions_to_ask": ["You did not have many questions for us at the end."],
    "composure": ["You seemed very nervous under time pressure."],
    "experience_level": ["You still lack some hands-on experience in leading projects."],
    "collaboration": ["In the group exercise you interacted little with the others."],
    "cv_positioning": ["Your CV did not make clear what you personally were responsible for."],
}
PRAISE = ["We liked your motivation a lot.", "Your technical knowledge is good.", ""]

K = {}
K["ack"] = dict(labels=["application_ack"], subj=["Your application", "Application received"],
                parts=[["thank you for your application as {role}, we have received it.", "we confirm receipt of your application documents."],
                       ["We will review it carefully and come back to you within the next weeks.", "Our team will look at your profile soon."], [""]])
K["rej"] = dict(labels=["rejection"], subj=["Your application", "Update on your application"],
                parts=[["thank you for your interest in {co}.", "thank you for the time you invested in our process."], ["{reason}"],
                       ["We wish you all the best for the future.", ""]])
K["rej_fb"] = dict(labels=["rejection", "feedback"], subj=["Feedback and decision", "Your interview with {co}"],
                   parts=[["thank you for the interview on {wd_en}.", "thanks again for coming to our office in {city}."],
                          ["Unfortunately we will not continue with you.", "In the end we decided for another person."], ["{praise}"],
                          ["Some feedback from the team: {fb}", "{fb}"], ["All the best.", ""]])
K["invite"] = dict(labels=["interview_invite"], subj=["Invitation to interview", "Next step: interview", "Online assessment {co}"],
                   parts=[["we liked your application and would like to meet you.", "your profile is interesting for us."],
                          ["We invite you to an interview on {wd_en}, {day} {month}, at {time} at our office in {city}.",
                           "Please choose a slot for a first video call here: {link}",
                           "As a next step we ask you to complete an online assessment: {link}"],
                          ["Please confirm the appointment.", ""]])
K["reschedule"] = dict(labels=["interview_invite"], subj=["New date for our interview"],
                       parts=[["unfortunately we must move our interview.", "we need to reschedule our call."],
                              ["Would {day2} {month} at {time} work for you?", "Please pick a new time: {link}"], [""]])
K["ack_invite"] = dict(labels=["application_ack", "interview_invite"], subj=["Application received – online test"],
                       parts=[["we have received your application.", "thanks, your application arrived well."],
                              ["As the first step please complete our online assessment: {link}", "Please record a short video interview here: {link}"], [""]])
K["offer"] = dict(labels=["offer"], subj=["Job offer", "Our offer for you", "Contract offer – {role}"],
                  parts=[["we are happy to offer you the position of {role}.", "we would like to make you an offer to join {co}."],
                         ["The annual gross salary is {salary} EUR, start on {start}", "Please find the contract draft attached."],
                         ["Please let us know your decision by {wd_en}.", ""]])
K["interim"] = dict(labels=[], subj=["Status of your application", "Interim notice"],
                    parts=[["your application is still under review.", "the selection takes longer than planned."],
                           ["We will get back to you by the end of {month}.", "Thank you for your patience."], [""]])
K["reminder"] = dict(labels=[], subj=["Reminder: your interview tomorrow", "Interview confirmation"],
                     parts=[["this is a reminder of your interview tomorrow at {time}.", "your appointment is confirmed for {wd_en}, {time}."],
                            ["Please report to the reception.", "The video link is in the calendar invitation.", ""], [""]])
K["profile"] = dict(labels=[], subj=["Complete your candidate profile"],
                    parts=[["your candidate profile is missing some information."], ["Please upload your CV: {portal}"], [""]])
K["onboarding"] = dict(labels=[], subj=["Welcome to {co} – your first day"],
                       parts=[["we are happy you signed the contract!"], ["Please send us your tax ID and bank details before your first day."], [""]])
K["thanks_today"] = dict(labels=[], subj=["Thank you for today"],
                         parts=[["thank you for visiting us today."], ["We will discuss internally and come back to you next week."], [""]])
K["fbreq"] = dict(labels=["feedback_request"], folder="Sent", reply=True, quoted="rej",
                  subj=["Re: Your application", "Request for feedback"],
                  parts=[["thank you for letting me know.", "thanks for the update, even if I am disappointed."],
                         ["Could you tell me what I could improve for future applications?", "Would you be able to share some feedback on my interview?"], [""]])
K["s_accept"] = dict(labels=[], folder="Sent", subj=["Re: Job offer"],
                     parts=[["thank you very much, I am happy to accept the offer!"], ["I will send the signed contract this week."], [""]])

# English subjects over German/French/Spanish bodies
SUBJ = {
    "ack": ["Your application at {co}", "Application received – {role}", "Thank you for applying", "Confirmation of your application {ref}"],
    "rej": ["Your application at {co}", "Update regarding your application", "Application {ref} – decision", "Your candidacy"],
    "rej_fb": ["Your interview – feedback", "Application update and feedback"],
    "invite": ["Interview invitation – {role}", "Next steps in your application", "Invitation: online assessment", "Let's talk!"],
    "reschedule": ["Rescheduling our interview"],
    "ack_invite": ["Application received – next step: online test"],
    "rej_invite": ["Your application – another opportunity"],
    "offer": ["Offer letter – {role}", "Your offer from {co}", "Good news!"],
    "interim": ["Application status update", "Your application is in progress"],
    "reminder": ["Reminder: interview tomorrow", "Interview confirmed"],
    "thanks_today": ["Thanks for today"],
    "profile": ["Complete your profile"],
    "onboarding": ["Welcome on board – next steps"],
    "fbreq": ["Re: Your application at {co}", "Feedback request"],
    "fb_reply": ["Re: Feedback request", "Feedback on your interview"],
    "nofb": ["Re: Feedback request"],
    "s_thanks": ["Thank you for the interview"],
    "s_withdraw": ["Withdrawal of my application"],
    "s_accept": ["Re: Offer letter"],
    "s_schedule": ["Re: Interview invitation"],
    "role_closed": ["Re: Question about the {role} position"],
}
