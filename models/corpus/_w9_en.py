"""English word bank for writer w9: mail from and to international companies (global ATS, EU offices)."""

from __future__ import annotations

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def fmt_date(d: int, m: int) -> str:
    return f"{d} {MONTHS[m - 1]} 2026" if d % 2 else f"{MONTHS[m - 1][:3]} {d}, 2026"


KINDS = {
    "ack": dict(labels=["application_ack"], subj=["Your application for {role}", "Application received – {role} ({ref})", "Thank you for applying to {co}", "We've got your application", "{co} | Application confirmation"], body=[
        ["thank you for applying for the {role} position at {co}. This note confirms that your application has reached us.",
         "we have received your application for {role} and appreciate your interest in joining {co}.",
         "this is to confirm receipt of your application (requisition {ref}).",
         "thanks for your interest in {co}! Your application for {role} in our {city} office is now in our system."],
        ["Our talent team reviews every application personally and will be in touch within {days} business days.",
         "If your profile matches what the hiring team is looking for, a recruiter will contact you about next steps.",
         "You can follow the status of your application in the candidate portal at any time: {link}",
         "Because we recruit across several countries, reviews can take a little longer; thank you for your patience."],
        ["", "Please do not reply to this automated message.", "Have a great day."]]),
    "ack_casual": dict(labels=["application_ack"], formal=False, subj=["Got it – thanks for applying 🙌", "Thanks {cand}!"], body=[
        ["quick note to say your application for {role} landed safely in our inbox.", "thanks for applying to {co}! We've received your CV."],
        ["Someone from the team will read it properly and get back to you within {days} days.", "You'll hear from us either way – we don't ghost people."], ["Cheers!", ""]]),
    "ack_invite": dict(labels=["application_ack", "interview_invite"], subj=["Next step for your {role} application: online assessment", "Application received + assessment invitation", "{co}: please complete your coding challenge"], body=[
        ["thank you for your application for {role}; we've received it.", "we confirm receipt of your application (ref. {ref})."],
        ["As a first step in our process, we'd like to invite you to an online assessment of around {dur} minutes. The link stays open for {days} days: {link}",
         "The next stage is a short technical challenge on our assessment platform: {link}",
         "We'd like you to complete a brief aptitude test, available here: {link}"],
        ["Please find a quiet spot before you begin.", "Once you finish, we'll be in touch about next steps.", ""]]),
    "inv_phone": dict(labels=["interview_invite"], subj=["Quick chat about {role}?", "Phone screen – {role} at {co}", "Your application: first conversation"], body=[
        ["your background caught our eye and we'd love to set up an initial phone screen.", "having read your CV, I'd like to propose a short introductory call.", "thanks for applying – I'd like to talk through the role with you."],
        ["Would {wday}, {date} at {time} CET work for you?", "You can book a {dur}-minute slot directly here: {link}", "Could you send me a few windows that suit you next week?"],
        ["", "We'll mainly talk about your experience and what you're looking for.", "Looking forward to speaking."]]),
    "inv_tech": dict(labels=["interview_invite"], subj=["Invitation: technical interview", "Second round – {role}", "Next stage at {co}: meet the team"], body=[
        ["I'm pleased to let you know you've progressed to the next stage.", "following our first conversation, the team would like to invite you to a technical interview."],
        ["It's a {dur}-minute video call with two engineers from our Berlin and Lisbon teams: some architecture questions and a short live coding exercise.", "We'll do a deep dive into one of your past projects, followed by a design exercise."],
        ["How does {date} at {time} (Central European Time) sound?", "Please pick a time that suits you here: {link}"]]),
    "inv_onsite": dict(labels=["interview_invite"], subj=["Invitation to interview in {city}", "Onsite interview on {date}", "Final interview – {role}"], body=[
        ["we'd like to meet you in person at our {city} office.", "we're delighted to invite you to a final interview with the leadership team."],
        ["We've reserved {wday}, {date} at {time}; {rec_full} will meet you at reception.", "We'd expect you on {date} at {time}; please allow around two hours."],
        ["We'll cover your travel costs in line with our policy.", "Please bring photo ID for building access.", ""]]),
    "inv_task": dict(labels=["interview_invite"], subj=["Take-home exercise – {role}", "Your case study"], body=[
        ["as the next step, we'd like you to work on a short take-home exercise.", "the next stage of our process is a case study you can complete at home within {days} days."],
        ["You'll find the brief here: {link}. Please don't spend more than three hours on it.", "Afterwards you'll walk us through your solution in a {dur}-minute call."], ["Reach out if anything is unclear.", ""]]),
    "inv_resched": dict(labels=["interview_invite"], subj=["Rescheduling our interview", "New time for your interview"], body=[
        ["I'm so sorry, but I need to move our interview from {old_date}: the hiring manager has had something urgent come up.", "due to a scheduling conflict we need to move your interview."],
        ["Would {date} at {time} work instead?", "You can choose a new slot here: {link}"], ["Thanks for your flexibility.", "Apologies for the inconvenience."]]),
    "inv_casual": dict(labels=["interview_invite"], formal=False, subj=["Fancy a chat? ☕", "Next step with {co}"], body=[
        ["we really like your profile and would love to meet you!", "thanks for applying – we'd love to have a chat."],
        ["Grab a {dur}-minute slot with our CTO here: {link}", "Are you free on {wday} at {time} for a video call with {rec}?"], ["Speak soon!", ""]]),
    "rej": dict(labels=["rejection"], subj=["Your application for {role}", "Update on your application", "Your application at {co}", "{role} – {ref}"], body=[
        ["thank you for your interest in {co} and for the time you invested in your application.", "thanks again for speaking with us about the {role} role.", "we have carefully reviewed your application."],
        ["Unfortunately, we won't be moving forward with your application.",
         "After careful consideration, we have decided to proceed with other candidates.",
         "We regret to inform you that your application was not successful on this occasion.",
         "While we were impressed with your background, we're unable to offer you the position."],
        "{REASON}",
        ["", "Due to the high volume of applications, we're unable to provide individual feedback.", "We received many strong applications and the decision was not an easy one.", "This decision is not a reflection on your abilities."],
        ["We wish you every success in your job search.", "With your permission, we'll keep your CV on file for future roles.", "In line with GDPR, your data will be deleted after six months."]]),
    "rej_short": dict(labels=["rejection"], subj=["{role}", "RE: Application {role}", "Quick update"], body=[
        ["thanks for applying, but we'll pass this time.", "we've gone with another candidate, sorry.", "we won't be taking your application further."], "{REASON}", ["Best of luck.", "All the best.", ""]]),
    "rej_casual": dict(labels=["rejection"], formal=False, subj=["News on your application", "Your application at {co}"], body=[
        ["thanks so much for the time you spent with us.", "sorry it took us a while to get back to you."],
        ["We've decided to go with someone else.", "We won't be moving ahead with you for this one, unfortunately.", "It was close, but it didn't work out this time."],
        "{REASON}", ["Best of luck out there!", "Let's stay in touch."]]),
    "rej_fb": dict(labels=["rejection", "feedback"], subj=["Feedback on your interview – {role}", "Your process at {co}: decision and feedback", "Outcome of your interviews"], body=[
        ["thank you again for your time throughout the process.", "thanks for the conversations over the last few weeks."],
        ["We've decided not to extend an offer.", "We won't be continuing the process with you.", "The panel's decision wasn't in your favour, and I'm genuinely sorry."],
        "{FB}", "{REASON}", ["We wish you all the best.", "Happy to jump on a call if you'd like to discuss.", "I hope our paths cross again."]]),
    "rej_inv": dict(labels=["rejection", "interview_invite"], subj=["Your application – another opportunity", "{role}: our answer and a suggestion"], body=[
        ["for the {role} role, we've chosen another candidate.", "we won't be progressing your application for {role}."],
        "{REASON}",
        ["That said, your profile looks like a great match for our {other_role} opening. Would you be up for an interview? Book here: {link}", "We'd like to interview you for {other_role} instead: would {date} at {time} work?"], ["Looking forward to hearing from you.", ""]]),
    "offer": dict(labels=["offer"], subj=["Offer of employment – {role}", "Your offer from {co}", "Offer letter"], body=[
        ["we are delighted to offer you the position of {role} at {co}.", "following the interviews, I'm thrilled to confirm that we'd like you to join us as {role}."],
        ["Please find your offer letter attached: permanent contract, gross annual salary of EUR {salary}, start date {start}, based in {city}.", "As discussed on the phone: permanent role, EUR {salary} gross per year, relocation support to {city}, starting {start}."],
        ["We'd appreciate your answer by {date}.", "Let me know if you have any questions."]]),
    "fb_reply": dict(labels=["feedback"], quote="fbreq", subj=["Feedback"], body=[
        ["thanks for your message – happy to share some feedback.", "of course; I went back through the panel's notes."], "{FB}", ["I hope this helps.", "Best of luck with your search."]]),
    "fbreq": dict(labels=["feedback_request"], quote="rej", subj=["Feedback"], body=[
        ["thank you for letting me know, even if it isn't the news I was hoping for.", "thanks for the update."],
        ["Would it be possible to get some feedback on where I fell short?", "Could you tell me what was missing for me to move forward?", "I'd really value knowing which areas I should work on."],
        ["Even a couple of lines would help a lot.", "A short call would be fine too.", ""]]),
    "sent_thanks": dict(labels=[], subj=["Thank you for today", "Following up on our interview"], body=[
        ["thank you for the interview this morning and for telling me more about the team.", "thanks for the time you gave me today."],
        ["Our conversation made me even more excited about the {role} role.", "Please let me know if you need anything else from me."]]),
    "sent_withdraw": dict(labels=[], subj=["Withdrawing my application – {role}", "Application {ref}"], body=[
        ["thank you for your interest and our conversations so far.", "thanks for the invitation to the next round."],
        ["I have accepted another offer and would like to withdraw my application.", "For personal reasons I'd like to withdraw from the process."], ["I wish you the best in finding the right person.", ""]]),
    "sent_accept": dict(labels=[], quote="offer", subj=["RE: Offer of employment – {role}", "Accepting the offer"], body=[
        ["thank you so much – I'm happy to accept the offer for {role}.", "I'm pleased to confirm that I accept your offer."],
        ["I'll return the signed contract this week.", "See you on {start}."]]),
    "sent_sched": dict(labels=[], quote="inv_onsite", subj=["RE: Invitation to interview", "Confirming interview on {date}"], body=[
        ["I confirm I'll be there on {date} at {time}.", "the proposed time works perfectly for me."], ["See you then.", "Best regards.", ""]]),
    "sent_apply": dict(labels=[], subj=["Application for {role}", "Speculative application", "CV – ref. {ref}"], body=[
        ["I came across your opening for {role} and would like to apply.", "please find attached my CV for the {role} position."],
        ["I've spent five years working in international teams across Europe.", "My cover letter is attached as well."], ["I look forward to hearing from you.", ""]]),
    "neg_status": dict(labels=[], subj=["Status of your application", "Your application is still under review"], body=[
        ["we wanted to let you know your application for {role} is still under review.", "you may be wondering where things stand."],
        ["The process is taking longer than planned and no decision has been made yet.", "The hiring team is still reviewing applications across our European offices."], ["Thanks for your patience.", "We'll be in touch as soon as we know more."]]),
    "neg_profile": dict(labels=[], subj=["Complete your candidate profile", "Reminder: your profile is incomplete"], body=[
        ["your profile on the {co} careers site is missing some information.", "a few details are still missing from your profile."],
        ["Add your salary expectations and notice period here: {link}", "Upload your work permit details so we can match you to roles in other countries: {link}"]]),
    "neg_reminder": dict(labels=[], subj=["Reminder: your interview on {date}", "Tomorrow at {time}: your interview"], body=[
        ["this is a reminder of your interview scheduled for {date} at {time}.", "just a quick reminder about our call tomorrow at {time}."],
        ["The video link is in your calendar invitation.", "Address: {dur} Harbour Street, {city}."], ["If you can no longer make it, please let us know.", ""]]),
    "neg_thanks_today": dict(labels=[], subj=["Thanks for today", "Our conversation"], body=[
        ["thanks for your time today and the open conversation.", "thank you for coming in this morning."],
        ["We'll discuss internally and get back to you by the end of next week.", "Feel free to send me your travel receipts for reimbursement."]]),
    "neg_onboarding": dict(labels=[], subj=["Welcome to {co} – documents for your first day", "Onboarding: outstanding documents"], body=[
        ["we're so glad you'll be joining us on {start}!", "welcome aboard!"],
        ["For payroll we still need your tax ID, social security number and bank details.", "Please complete the attached new-starter form and upload a copy of your passport for the right-to-work check."],
        ["Your laptop will be ready on day one.", "{rec} will meet you at reception on your first day."]]),
    "neg_closed": dict(labels=[], company="client", subj=["The {client} role has been filled", "Update on the opportunity"], body=[
        ["I reached out last week about a {role} role with my client {client}.", "thanks for your interest in the position I mentioned."],
        ["The client has just told me they filled it before I could even submit your profile.", "The client paused the search before your details were sent over."], ["I'll be in touch when something else comes up.", ""]]),
    "neg_jobalert": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["EuroJobs Alerts", "Relocate.work", "TechRoles Europe"], domains=["eurojobs-alerts.com", "relocate.work", "techroles.eu"], local=["alerts"],
        subj=["7 new {role} jobs in {city}", "Your daily job alert", "Companies hiring now: {role}"], body=[
        ["New jobs matching your search:", "These might interest you:"],
        "• {role} – {co}, {city}\n• {other_role} – {client}, {city} (visa sponsorship)\n• {role} – {agency}, remote (EU)",
        ["Apply in one click!", "Tip: a complete profile gets more interview invitations."]]),
    "neg_profileview": dict(labels=[], company=None, greet="informal", footer="unsub", html_share=0.7, sender=["LinkUp", "ProNet"], domains=["linkup.com", "pronet.io"],
        subj=["Your profile was viewed 9 times", "A recruiter from {co} viewed your profile"], body=[
        ["This week your profile was viewed by people including a recruiter from {co}.", "Someone in HR looked at your profile."], ["Go Premium to see who.", "Update your profile to get more invitations."]]),
    "neg_newsletter": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["The Career Brief", "Expat Careers Weekly", "Hiring Insider"], domains=["careerbrief.news", "expatcareers.eu", "hiringinsider.com"], local=["newsletter"],
        subj=["Rejected? Here's what to do next", "6 interview questions that trip people up", "Got an offer? Negotiate like a pro", "How to ask for feedback after a rejection"], body=[
        ["Hi everyone,", "Dear readers,"],
        ["nobody enjoys a \"we regret to inform you\" email. This week: how to turn a rejection into momentum.", "invited to an interview abroad? Here's how to handle questions about relocation and your weaknesses.", "before you sign an offer from a foreign employer, check the probation period, the notice period and how your pension transfers."],
        ["Also inside: a recruiter explains why she rarely gives feedback.", "Read more on the blog."]]),
    "neg_event": dict(labels=[], company=None, greet="formal", footer="unsub", html_share=0.5, sender=["Global Careers Fair", "University Careers Service", "TalentCampus Webinars"], domains=["globalcareersfair.eu", "talentcampus.io", "careers-uni.org"],
        subj=["Invitation: careers fair on {date}", "Webinar: nail your next interview", "CV workshop – register now"], body=[
        ["join us at our careers fair on {date} in {city}, with 70+ employers including {co}.", "our free webinar on {date} at {time} will show you how to shine in interviews.", "on {date} we're running a CV review workshop; places are limited."],
        ["Register: {link}", "Save your seat: {link}"]]),
    "neg_wohnung": dict(labels=[], company=None, greet="formal", sign=["Kind regards,\n{rec_last} Lettings"], sender=["{rec_last} Lettings", "{city} Apartments"], domains=["lettings-{co_dom}", "apartments.eu"], local=["lettings"],
        subj=["Your application for the flat", "Re: viewing on Saturday"], body=[
        ["thank you for your application for the two-bedroom flat.", "thanks for coming to the viewing on Saturday."],
        ["The landlord has decided to go with other tenants.", "The property has now been let, so we can't take your application forward."], ["Good luck with your search.", ""]]),
    "neg_uni": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Admissions Office", "Graduate School Admissions"], domains=["univ-{co_dom}", "admissions.ac.uk"], local=["admissions"],
        subj=["Decision on your application to the MSc", "Your admission decision"], body=[
        ["the admissions committee has reviewed your application to the MSc programme.", "thank you for applying to our programme."],
        ["We regret that we are unable to offer you a place this year.", "Unfortunately your application has been unsuccessful."], ["You may appeal within 30 days.", ""]]),
    "neg_kredit": dict(labels=[], company=None, greet="formal", footer="legal", sender=["{agency} Bank", "Visa Application Centre"], domains=["bank-{co_dom}", "visa-centre.eu"], local=["service"],
        subj=["Your loan application", "Decision on your visa application"], body=[
        ["we have reviewed your application.", "following the assessment of your application,"],
        ["we are unable to approve it at this time.", "it has been refused."], ["You can reapply in six months.", ""]]),
    "neg_conf": dict(labels=[], company=None, greet="informal", sender=["{city}Conf Programme Committee", "Grants Committee"], domains=["conf-{co_dom}", "cfp-mail.org"], local=["cfp"],
        subj=["Your talk proposal", "CFP result", "Travel grant application"], body=[
        ["thanks for submitting \"Scaling without tears\".", "thank you for applying for a travel grant."],
        ["We couldn't fit it into this year's programme – we had over 500 submissions.", "The committee hasn't selected your application this time."], ["We hope to see you in the audience!", ""]]),
    "neg_scam": dict(labels=[], company=None, greet="formal", html_share=0.4, sender=["HR Dept International", "Global Hiring Desk"], domains=["gmail.com", "outlook.com"], local=["hr.desk{dur}"],
        subj=["JOB OFFER: EUR 4,000/month from home", "Congratulations, you have been selected!"], body=[
        ["Your profile was selected for a remote payment agent position, no interview needed.", "Congratulations! You got the job as a product tester."],
        ["Send us a copy of your passport and bank details to activate your contract.", "A processing fee of EUR 60 must be paid before you start.", "Contact us on WhatsApp at {phone}."]]),
    "neg_interviewer": dict(labels=[], company=None, greet="informal", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec}.{rec_last}"], sign=["Thanks!\n{rec}", "Cheers, {rec}"],
        subj=["Could you run an interview?", "Interviewer needed on {date}"], body=[
        ["we have a candidate coming in for {role} on {date} at {time}.", "we're still short one person on the {role} interview panel."],
        ["Could you take the technical part? I'll send over the CV.", "Could you assess the case study? The scorecard is in Teams."]]),
    "neg_auto": dict(labels=[], greet="none", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec}.{rec_last}"],
        subj=["Automatic reply: Application {role}", "Out of office: RE: interview"], body=[
        ["I'm out of the office until {date} with limited access to email.", "I'm on annual leave and will be back on {date}."],
        ["For urgent matters please contact talent@{co_dom}.", "Your message will not be forwarded."]]),
    "neg_bounce": dict(labels=[], company=None, greet="none", sender=["Mail Delivery Subsystem"], domains=["mx.{co_dom}", "googlemail.com"], local=["mailer-daemon"],
        subj=["Undeliverable: Application {role}", "Delivery Status Notification (Failure)"], body=[
        ["Your message couldn't be delivered.", "Delivery to the following recipients failed:"], "    careers@{co_dom}\n    550 5.1.1 User unknown", ["Subject: Application {role}", ""]]),
    "neg_personal": dict(labels=[], company=None, greet="informal", sender=["{rec_full}", "{rec}"], domains=["gmail.com", "hotmail.com", "icloud.com"], local=["{rec}.{rec_last}"], sign=["x {rec}", "Cheers\n{rec}"],
        subj=["Saturday?", "Photos", "Re: the move"], body=[
        ["fancy a coffee on Saturday in {city}?", "here are the photos from the hike.", "thanks again for helping with the move!"],
        ["By the way, how are the interviews going? Fingers crossed for Tuesday.", "Let me know.", "Bring something for the barbecue."]]),
}

BANK = {
    "code": "en", "cap": True, "formal_share": 0.85, "fmt_date": fmt_date,
    "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "co_stems": ["Nordvik", "Kestrel", "Bluefjord", "Atlas Meridian", "Corvina", "Helix Harbour", "Lumora", "Vantablue", "Orbisca", "Brightmoor", "Tidewell", "Polaris Crane", "Quillon", "Ferrovia", "Solenne", "Ambergate", "Kaleida", "Northstack", "Zephyra", "Veltris", "Coralline", "Ironleaf", "Mosaiq", "Pinnacle Rhine", "Skylark", "Eurobridge", "Marlowe", "Halcyon", "Trevi", "Baltica"],
    "co_trades": ["Maritime", "Biotech", "Payments", "Logistics", "Robotics", "Energy", "Analytics", "Health", "Mobility", "Games", "Labs", "Capital"],
    "co_legal": ["B.V.", "GmbH", "SAS", "S.L.", "Ltd", "AB", "S.p.A.", "Lda."],
    "tlds": [".com", ".io", ".eu", ".com", ".tech"],
    "first": ["Anna", "Lukas", "Sofia", "Mateo", "Emma", "Noah", "Chiara", "Lars", "Ines", "Pieter", "Zofia", "Tomás", "Aylin", "Mikkel", "Clara", "Rui", "Hanna", "Dario", "Leila", "Olga", "Ethan", "Priya", "Jan", "Marta"],
    "last": ["Jansen", "Rossi", "Novak", "Lindqvist", "Costa", "Schmidt", "Dupont", "Kowalczyk", "O'Brien", "Andersen", "Silva", "Horvat", "Moreau", "Nielsen", "Ferreira", "De Vries", "Popescu", "Bianchi", "Weber", "Patel", "Murphy", "Kaya"],
    "roles": ["Senior Backend Engineer", "Data Engineer", "Product Designer", "Site Reliability Engineer", "Engineering Manager", "Machine Learning Engineer", "Customer Success Manager (DACH)", "Finance Analyst", "iOS Developer", "Technical Program Manager", "Security Engineer", "Frontend Engineer (React)"],
    "rec_titles": ["Talent Acquisition Partner", "Technical Recruiter", "People Partner EMEA", "Senior Recruiter", "Engineering Manager", "Head of Talent"],
    "mailhosts": ["gmail.com", "outlook.com", "proton.me", "icloud.com", "gmx.net"],
    "cities": ["Amsterdam", "Berlin", "Lisbon", "Barcelona", "Dublin", "Paris", "Milan", "Stockholm", "Warsaw", "Vienna", "Zurich", "Copenhagen"],
    "ats_hosts": ["jobs.talentsuite.eu", "careers.hirevia.io", "apply.worktrail.com"],
    "ats_relays": ["talentsuite-mail.eu", "hirevia-notify.io", "worktrail-mail.com"],
    "dial": ["31", "49", "351", "34", "353", "33"],
    "greet_formal": ["Dear {cand},", "Hi {cand},", "Dear {cand_full},", "Hello {cand},", "Dear candidate,"],
    "greet_informal": ["Hey {cand},", "Hi {cand}!", "Hi there,"],
    "greet_to_rec_formal": ["Dear {rec},", "Hi {rec},", "Dear {rec_full},", "Dear Hiring Team,"],
    "greet_to_rec_informal": ["Hi {rec},", "Hey {rec},"],
    "close_formal": ["Kind regards,", "Best regards,", "Best,", "Warm regards,", "Many thanks,"],
    "close_informal": ["Cheers,", "Best,", "Talk soon,"],
    "team_sign": ["The {co} Talent Team", "{co} Recruiting", "{rec_full}\nTalent Acquisition EMEA", "People Team, {co}"],
    "ats_names": ["{co} Careers", "{co} Recruiting", "Careers at {co}", "{co} Talent Acquisition", "{co} (via careers portal)", "no-reply {co}"],
    "legal": ["{legal} · Registered office: {city} · Company no. {salary}",
              "{legal} · Sitz der Gesellschaft: {city} · Handelsregister HRB {days}{dur} · Geschäftsführer: {rec_full}",
              "Datenschutz / Privacy: we process applicant data under Art. 6(1)(b) GDPR. Plus d'informations / more information: {link}",
              "Ce message est confidentiel. This e-mail is confidential; if you received it in error, please delete it.",
              "{legal} – KvK {salary} – Statutair gevestigd te {city}",
              "Aviso legal: este correo es confidencial. This message is intended only for the addressee."],
    "tel": ["T", "Mobile:", "Tel:", "M:"],
    "re": ["Re:", "RE:", "AW:", "Fwd:", "[External] RE:"],
    "reply_hdr": ["On {wday}, {old_date} at {time}, {qname} <{qaddr}> wrote:", "On {old_date}, at {time}, {qname} wrote:"],
    "outlook": ["From:", "Sent:", "To:", "Subject:"],
    "unsub": ["You're receiving this email because you signed up. Unsubscribe: {link}", "Unsubscribe | Privacy policy | Manage preferences", "Don't want these alerts? Unsubscribe here."],
    "reasons": {
        "role_filled": ["The position has since been filled.", "We've now filled the role internally.", "Another candidate has already accepted our offer."],
        "budget_freeze": ["Due to a company-wide hiring freeze, we're unable to open this role for now.", "Next year's headcount budget has been cut and the search is on hold.", "The current economic climate means all hiring is paused until further notice."],
        "closer_fit": ["We've chosen a candidate whose experience more closely matches our needs.", "Another applicant's background was closer to the requirements of the role.", "We went with someone whose experience aligns more directly with the team's day-to-day work."],
        "level_mismatch": ["We're looking for someone more senior, with proven people-management experience.", "The role is aimed at a more junior profile and wouldn't match your level of experience.", "We need someone with more years in a similar role for this position."],
        "role_cancelled": ["The role has been removed following a reorganisation.", "The project we were hiring for has been cancelled, so the position no longer exists.", "We've decided not to go ahead with this hire after all."],
    },
    "fb_intro": ["Here's some feedback from the panel in case it's useful:", "To give you some context on the decision:", "A few notes from the interviewers:"],
    "fb_outro": ["We hope this is helpful.", "These are of course only impressions from a few hours together."],
    "praise": ["Your enthusiasm for the product really came through and the conversation was a pleasure.", "You showed a solid foundation in many areas.", "We appreciated your openness and curiosity."],
    "topics": {
        "coding": ["In the coding exercise, the solution missed edge cases and had no tests.", "During the live coding it took quite a while to get to a working version.", "The code worked but was hard to read and not well structured."],
        "system_design": ["In the architecture part we'd have liked you to reason more about how the service would scale.", "Questions around storage and failure handling were left largely open in your design.", "Your design stayed very single-server; caching and partitioning never came up."],
        "technical_depth": ["On the technical questions we felt some depth was missing, for example around concurrency.", "When we dug into the technologies on your CV, the answers stayed fairly surface-level."],
        "behavioural": ["On the behavioural questions, your examples stayed quite general.", "We missed concrete examples of difficult situations you've handled.", "Your answers to the situational questions would have benefited from more structure: context, action, result."],
        "communication": ["At times your explanations were hard to follow; a bit more structure would have helped.", "The panel sometimes struggled to follow your line of reasoning.", "Your answers tended to be long before getting to the point."],
        "questions_to_ask": ["You had very few questions for us at the end, which came across as limited interest.", "We'd have liked to see you ask more about the team and how we work."],
        "composure": ["It was noticeable that time pressure made you nervous, and that affected your answers.", "When the questions became more challenging, you seemed to lose your footing."],
        "experience_level": ["Compared with other candidates, your experience on large-scale projects is still limited.", "We feel you'd need a bit more hands-on experience for the responsibilities of this role."],
        "collaboration": ["It wasn't clear from your examples how you make decisions together with your team.", "In the pairing exercise you rarely built on your partner's suggestions."],
        "cv_positioning": ["Your CV doesn't highlight your most relevant projects; a lot of what you told us wasn't on it.", "Your cover letter and CV were quite generic and not tailored to the role."],
    },
    "agency_intro": ["I'm reaching out on behalf of my client {co}, who are hiring a {role}.", "I'm running the {role} search for {co}.", "as promised, I'm following up on your application with my client {co}."],
    "kinds": KINDS,
}

# more ways to say the same things
_T = BANK["topics"]
_T["coding"] += ["Your approach was sound in principle, but the implementation stayed fragile and tests only came up when we asked.", "The team would have liked a more methodical way of working through the exercise: small steps, clear names, a few tests."]
_T["system_design"] += ["We'd have loved to hear how your design would hold up if traffic grew a thousandfold; that part barely came up.", "How the components talk to each other, and what happens when one fails, remained fuzzy in your proposal."]
_T["technical_depth"] += ["As soon as we went one level deeper, for instance into how the database works under the hood, the answers thinned out.", "You knew the concepts well, the mechanics behind them less so."]
_T["behavioural"] += ["When we asked for a specific situation, the answer tended to stay general, and your own contribution didn't come through.", "It was hard for us to tell what you personally did when your projects hit rough patches."]
_T["communication"] += ["Your case presentation had good content but was hard to follow for someone without context.", "Shorter, crisper answers would have helped; the key points got lost in detail."]
_T["questions_to_ask"] += ["When we opened the floor for your questions there were very few, and we'd have liked to talk about the team.", "We missed questions about the role or the team's culture."]
_T["composure"] += ["In the second half of the interview you seemed very tense, and it showed in your answers.", "Whenever something didn't work first time, you seemed to lose the thread."]
_T["experience_level"] += ["The role needs a level of autonomy your track record doesn't yet demonstrate.", "Your previous roles were fairly short, so we haven't seen you through a full product cycle."]
_T["collaboration"] += ["Your examples were mostly about working alone; we're unsure how you handle disagreement in a team.", "In the group exercise you interacted very little with the others."]
_T["cv_positioning"] += ["Your CV lists duties but doesn't show what you actually achieved.", "From your application it wasn't clear why you in particular fit this role."]
_K = BANK["kinds"]
_K["fbreq"]["subj"] = ["Feedback request", "Feedback on my interview", "Your decision – {role}", "Quick question"]
_K["rej"]["body"][0] += ["thank you for taking the time to meet our team.", "I'm writing about your application for the {role} role."]
_K["rej"]["body"][1] += ["We've decided not to take your application further.", "Unfortunately we can't give you good news this time."]
_K["ack"]["body"][0] += ["your online application has been successfully submitted and logged in our system.", "just confirming that your CV for {role} is with us."]
BANK["close_formal"] += ["Regards,", "All the best,", "Thanks,", "With best wishes,", "Sincerely,"]
BANK["greet_formal"] += ["Good morning {cand},", "Hello {cand_full},", "Hi {cand} –"]
BANK["rec_titles"] += ["Recruitment Coordinator", "Talent Partner (DACH & Nordics)", "Director of Engineering"]
BANK["ats_hosts"] += ["boards.hireloop.com", "jobs.lever-like.co", "apply.smartteam.eu"]
BANK["team_sign"] += ["Global Talent Acquisition | {co}", "The Recruiting Team"]
BANK["kinds"]["neg_withdraw_ack"] = dict(labels=[], subj=["RE: Withdrawing my application – {role}", "Your decision"], body=[
    ["thanks for letting us know so openly; we're sorry to see you withdraw.", "we've noted that you'd prefer not to continue with the process."],
    ["We completely respect that and wish you a great start in your new role.", "If you ever change your mind, our door is open."], ["We'll delete your data as requested.", ""]])
BANK["kinds"]["neg_club"] = dict(labels=[], company=None, greet="formal", sender=["Research Grants Office", "Rowing Club Membership", "Co-working Membership Team"], domains=["grants-office.eu", "rowingclub.org", "cowork-hub.eu"], local=["grants", "membership"],
    subj=["Outcome of your grant application", "Your membership application", "Desk application"], body=[
    ["the panel has reviewed the applications for this funding round.", "thank you for applying to join the club.", "thanks for applying for a dedicated desk."],
    ["We're sorry to tell you that your proposal was not funded.", "Unfortunately we're at capacity and can't accept new members this season.", "We don't have any desks available right now."], ["You're welcome to apply again next year.", ""]])
