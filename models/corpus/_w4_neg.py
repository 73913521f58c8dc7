"""Writer w4 English look-alike negatives: mail that smells of job search but carries no label.

Each kind maps to a list of bodies (paragraph lists) with {role} {org} {ref} {when} {link} {first}
placeholders, and a list of subjects. Written for writer w4 only.
"""

from __future__ import annotations

NEG = {
    "account": ([
        ["Welcome to the {org} careers portal. Your candidate account has been created with this e-mail address.", "You can now save jobs, upload your CV and set up job alerts. Sign in here: {link}"],
        ["Your candidate profile is ready.", "To finish setting it up, please verify your e-mail address within 48 hours using the link below.\n{link}"],
        ["Thank you for registering on our recruitment site. Your username is your e-mail address.", "For your security, we never send passwords by e-mail."],
        ["An account was created for you on the {org} Job Portal.", "If you did not create this account, please ignore this e-mail and it will be removed after 30 days."],
        ["Your registration is complete. From now on you can track your applications in one place.", "Tip: complete your profile to be found by our recruiters."],
        ["Greetings! You have successfully registered on our portal. Kindly complete all mandatory sections of your profile to apply."],
    ], ["Welcome to {org} Careers", "Verify your e-mail address", "Your candidate account", "Registration confirmation", "Account created"]),
    "password": ([
        ["We received a request to reset the password for your candidate account.", "Click the link below to choose a new password. The link is valid for 60 minutes.\n{link}", "If you did not request this, you can ignore this message."],
        ["Your one-time verification code is {ref}. It expires in 10 minutes.", "Never share this code with anyone, including our staff."],
        ["The password of your {org} careers account was changed successfully.", "If this was not you, contact the support desk immediately."],
        ["Too many unsuccessful login attempts. Your account has been locked for 30 minutes for security reasons."],
        ["Please use the following link to activate a new password for the recruitment system: {link}"],
        ["Your sign-in details were updated. For your protection, we signed you out of all devices."],
    ], ["Password reset request", "Your verification code", "Security notice", "Account locked", "Password changed"]),
    "profile": ([
        ["Your candidate profile was updated on {when}.", "Changed sections: Work experience, Languages."],
        ["We noticed your profile is only 60% complete. Candidates with a complete profile are three times more likely to be found by recruiters.", "Complete your profile: {link}"],
        ["Your CV has been parsed successfully. Please review the extracted information and correct anything that is wrong."],
        ["Your privacy consent expires in 14 days. To keep your profile in our talent pool, renew your consent here: {link}", "If you do nothing, your data will be deleted in line with our retention policy."],
        ["You started an application for {role} but did not submit it. Your draft will be saved for 7 more days.", "Continue where you left off: {link}"],
        ["Reminder: your application is incomplete. Kindly upload the pending documents (PAN card, last 3 months payslips) to move forward."],
    ], ["Profile updated", "Complete your profile", "Action needed: your data", "Your application is not yet submitted", "Reminder"]),
    "alert": ([
        ["New jobs matching your search 'data engineer – remote':", "• {role} – {org} – Hybrid\n• Platform Engineer – Lisbon\n• Analytics Engineer – Dublin", "Manage your alerts: {link}"],
        ["5 new positions were published that fit your preferences.", "Senior {role} | Permanent | Closing date: 30 days from today\nGraduate programme 2027 | Various locations"],
        ["Jobs you may be interested in, based on your recent applications.", "Apply before the closing date to be considered."],
        ["Your weekly vacancy bulletin from {org}. This week: 14 new roles in technology, 6 in operations, 3 in clinical research."],
        ["Hello {first}, we found 3 jobs for you today. {role} and 2 more.", "Unsubscribe from job alerts: {link}"],
        ["A job matching your saved search has been posted: {role} ({ref}). Applications close soon."],
    ], ["New jobs for you", "Job alert: {role}", "Weekly vacancies", "Jobs matching your profile", "{org} vacancy bulletin"]),
    "newsletter": ([
        ["Welcome to the {org} Talent Community newsletter!", "This month: meet our engineering team in Porto, read how we moved our payment platform to the cloud, and discover our new parental leave policy."],
        ["Life at {org}: stories from our people.", "From graduate to team lead in four years – read Kavitha's story.", "We are hiring in 12 countries. Browse open roles: {link}"],
        ["Thank you for joining our talent network. We will share news, events and opportunities with you from time to time."],
        ["Our Employer Branding team has prepared the quarterly update: awards, new offices and what is coming in next year's graduate intake."],
        ["In this edition: tips for writing a strong cover letter, preparing for competency-based interviews and our upcoming open day."],
        ["You are receiving this because you are part of our candidate community. Update your preferences or unsubscribe here: {link}"],
    ], ["News from {org}", "Talent Community Update", "Life at {org}", "Your monthly careers newsletter", "Inside {org}"]),
    "event": ([
        ["You are invited to our virtual careers fair on {when}.", "Meet recruiters and engineers from our technology division and learn about our open roles. Register: {link}"],
        ["Join our webinar 'How we hire engineers' on {when}. Places are limited, so register early."],
        ["We are hosting an open evening at our campus on {when}. Drinks and snacks provided!", "RSVP: {link}"],
        ["Invitation: Women in Tech breakfast, {when}, hosted by {org}."],
        ["Our hackathon registration is open. Teams of up to four people, prizes for the best three solutions."],
        ["Please join us for the graduate information session on {when}. No application is needed to attend."],
    ], ["You're invited: careers event", "Webinar invitation", "Open evening at {org}", "Join us on {when}", "Hackathon registration open"]),
    "review": ([
        ["Your application for {role} is currently under review.", "We will contact you once a decision has been made."],
        ["Status update: your application has moved to 'In review by hiring manager'."],
        ["We wanted to let you know that we have not forgotten you. Shortlisting for {role} is still in progress and is taking longer than expected."],
        ["Thank you for your patience. The hiring team is still reviewing applications for {ref}; we expect to have an update within two weeks."],
        ["Your profile is still under consideration with the client. Will update you as soon as I hear back."],
        ["Application status: In progress. No action is required from your side at this moment."],
    ], ["Application status update", "Update on {ref}", "Your application", "Status: In review", "Still in progress"]),
    "onboard": ([
        ["Welcome aboard! As part of your onboarding, please complete the background verification form by Friday.", "Our screening partner will contact your previous employers."],
        ["Thank you for accepting our offer. Please upload your bank details, tax ID and a copy of your passport to the new-starter portal."],
        ["Your pre-employment checks are complete and your start date of {when} is confirmed.", "Please report to reception at 9:00 with your ID."],
        ["To set up your laptop and accounts, IT needs your preferred username and shirt size for the welcome kit."],
        ["Your Disclosure and Barring Service (DBS) check has been initiated. You will receive a separate e-mail from the screening provider."],
        ["Kindly submit the relieving letter from your previous employer and the signed joining form on the date of joining."],
    ], ["Next steps before your first day", "Background verification", "New starter information", "Your first day at {org}", "Joining formalities"]),
    "reminder": ([
        ["This is a reminder of your interview for {role} tomorrow, {when}.", "Location: Building B, 3rd floor. Please bring photo ID."],
        ["Just a reminder that your video interview is scheduled for {when}. Join the meeting from the calendar invite a few minutes early."],
        ["Thank you for your time today. It was great speaking with you about {role}.", "We will come back to you once we have met all candidates."],
        ["Many thanks for coming in yesterday and meeting the team. We will be in touch next week."],
        ["Gentle reminder: your interview is tomorrow. Kindly be on time and carry a hard copy of your resume."],
        ["Thank you for completing the online assessment. Your results have been submitted to the hiring team."],
    ], ["Reminder: interview tomorrow", "Your interview on {when}", "Thank you for your time", "Following up", "Reminder"]),
    "panel": ([
        ["Hi {first}, could you sit on the interview panel for the {role} hire next week? We need one more engineer for the technical round.", "The candidate pack and scoring sheet are on the shared drive."],
        ["You have been added as an interviewer for candidate #{ref}. Please submit your scorecard within 24 hours of the interview."],
        ["Reminder: interviewer training is mandatory before you can join a selection panel. The next session is on {when}."],
        ["Could you please interview a candidate for the data team on {when}? It's the second round, 45 minutes, system design."],
        ["Your feedback for the candidate you interviewed on Tuesday is overdue. Please complete it in the portal."],
        ["We're running an assessment centre for graduates on {when} and need assessors. Would you be able to help for half a day?"],
    ], ["Interview panel request", "Can you interview?", "Interviewer needed", "Scorecard overdue", "Assessors needed"]),
    "recruiter": ([
        ["Hi {first}, I came across your profile and thought of a role we have been working on. Unfortunately the client has just closed it, but I would like to keep in touch for similar openings."],
        ["Greetings! We have multiple openings for Java and cloud profiles with our MNC client. Kindly share your updated CV, current CTC, expected CTC and notice period."],
        ["I'm reaching out because I recruit for technology roles in financial services. Would you be open to a short conversation about the market?"],
        ["Dear Candidate, urgent requirement for SAP consultants, immediate joiners preferred. Please ignore if not interested."],
        ["Hope you are well. Are you currently open to new opportunities? I have a few permanent roles in Berlin and remote."],
        ["We are building a pipeline of candidates for roles opening next year. Would you like to be added to our list?"],
    ], ["Opportunity", "Urgent requirement", "Quick question", "Exciting role in fintech", "Job opening – immediate joiners"]),
    "survey": ([
        ["How was your experience applying to {org}? Please take two minutes to complete our candidate survey: {link}"],
        ["We value your opinion. Tell us about your interview experience so we can improve our process."],
        ["Thank you for using our careers site. Rate your experience from 1 to 5."],
        ["Your feedback matters! Answer five short questions about our recruitment process and help future applicants."],
        ["We are reviewing how we communicate with candidates. Would you share your thoughts in a short anonymous survey?"],
        ["Please rate the recruiter who supported you during the process."],
    ], ["Tell us about your experience", "Candidate survey", "2 minutes of your time?", "We value your feedback", "How did we do?"]),
    "withdrawn": ([
        ["We confirm that your application for {role} has been withdrawn at your request.", "You can apply again for other roles at any time."],
        ["As requested, we have removed your application ({ref}) from the process. We wish you well."],
        ["Your request to withdraw from the recruitment process has been processed."],
        ["Noted that you are no longer interested in the position. I have updated the same in our system."],
        ["Thank you for letting us know that you have accepted another offer. Your application is now closed."],
        ["Your candidate account and all related data have been deleted as requested."],
    ], ["Application withdrawn", "Confirmation of withdrawal", "Your request", "Application closed", "Data deletion confirmed"]),
}

NONJOB = {
    "scholarship": ([
        "Thank you for applying to the {org} Graduate Scholarship. We received many excellent applications and regret to inform you that your application was not successful this year.",
        "After careful review by the committee, we are unable to award you the research bursary on this occasion.",
        "We regret to inform you that your application for the travel grant has not been approved.",
    ], ["Scholarship decision", "Outcome of your bursary application", "Grant application result"]),
    "admission": ([
        "Thank you for your application to the MSc in Data Science. After careful consideration, we are unable to offer you a place on the programme.",
        "We regret that we cannot offer you admission to the doctoral programme for the coming academic year.",
        "Your application for the executive MBA has been reviewed. Unfortunately you have not been admitted this year.",
    ], ["Admission decision", "Your application to study with us", "Programme application outcome"]),
    "visa": ([
        "Your application for a residence permit has been refused because the required documents were not submitted in time.",
        "We regret to inform you that your visa application has been rejected. The reasons are stated in the attached letter.",
        "The appointment request for your visa interview could not be processed. Please book a new appointment.",
    ], ["Visa application status", "Decision on your application", "Residence permit"]),
    "tender": ([
        "Thank you for submitting a bid for tender {ref}. We regret to inform you that your bid was not successful. The contract has been awarded to another supplier.",
        "Your company has not been shortlisted for the framework agreement. The evaluation summary is available in the procurement portal.",
        "The evaluation of proposals for the consultancy services is complete. Unfortunately your proposal did not achieve the minimum score.",
    ], ["Tender outcome", "Procurement notice {ref}", "Result of evaluation"]),
    "housing": ([
        "Thank you for your interest in the flat on Calle Mayor. The landlord has decided to proceed with another tenant.",
        "We regret to inform you that your application for student accommodation has not been successful.",
        "Unfortunately your rental application was not approved. The deposit has been refunded.",
    ], ["Your rental application", "Accommodation update", "Apartment viewing"]),
    "talk": ([
        "Thank you for submitting your talk proposal. The programme committee received over 400 submissions and unfortunately we could not accept yours.",
        "We regret that your paper was not accepted for the workshop. Reviews are attached below.",
        "Your speaker application for the summit has not been selected this year.",
    ], ["Your CFP submission", "Paper decision", "Speaker application"]),
}

SCAM = [
    ["Congratulations!!! You have been selected for a remote data entry job with {org}.", "You are offered a home-based position as payment processing agent.",
     "Job Offer Letter – we are pleased to offer you the position of Online Assistant.", "I am HR manager of a big international company and we have a part-time job for you.",
     "URGENT: Your offer letter is ready.", "Your resume was found on a job board and you are shortlisted for a work-from-home role, no interview needed."],
    ["Salary USD 4,500 per month, flexible hours.", "You will receive funds to your account and forward them, commission 10%.", "Earn 300-800 per day by liking videos.",
     "Weekly pay by crypto or bank transfer.", "Only 2 hours a day from your phone."],
    ["To start, please pay the registration fee of USD 150 for your training kit via gift card.", "Kindly send a copy of your passport and bank login details to complete the HR process.",
     "Reply on WhatsApp to receive your first task.", "Confirm within 24 hours by paying the refundable visa processing fee.", "Send your card number for salary set-up."],
]
SCAM_SUBJ = ["Job Offer!!!", "Congratulations you are selected", "Offer Letter – urgent", "Work from home opportunity", "Part time job offer"]

OOO = {
    "en": [["I am out of the office until {when} with limited access to e-mail.", "Thank you for your message. I am currently on annual leave.",
            "Automatic reply: I am travelling this week.", "I'm on parental leave until further notice.", "I am attending a conference and will be back on {when}.",
            "Please note I am away from my desk, returning {when}.", "Thanks for reaching out – I'm currently off sick."],
           ["Your e-mail will not be forwarded.", "I will respond as soon as possible on my return.", "Messages received during my absence will be read when I'm back.",
            "I will have intermittent access to my inbox.", ""],
           ["For urgent recruitment matters please contact the careers team.", "For candidate queries please write to the recruitment mailbox.",
            "If your question concerns an open vacancy, my colleague in the resourcing team can help.", "For anything urgent, please call the switchboard.", ""]],
    "de": [["Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {when} nicht im Büro.", "Ich befinde mich im Urlaub.", "Ich bin derzeit auf Dienstreise.",
            "Ich bin bis {when} in Elternzeit."],
           ["Ihre E-Mail wird nicht weitergeleitet.", "Ich habe nur eingeschränkten Zugriff auf meine E-Mails.", "Nach meiner Rückkehr melde ich mich bei Ihnen.", ""],
           ["In dringenden Fällen wenden Sie sich bitte an das Personalteam.", "Bei Fragen zu Bewerbungen schreiben Sie bitte an das Recruiting-Postfach.", ""]],
    "fr": [["Je suis absent(e) du bureau jusqu'au {when}.", "Merci pour votre message. Je suis actuellement en congés.", "Je suis en déplacement cette semaine.",
            "Je suis en formation jusqu'au {when}."],
           ["Je vous répondrai dès mon retour.", "Votre message ne sera pas transféré.", "Mon accès à la messagerie est limité.", ""],
           ["Pour toute demande urgente, merci de contacter le service RH.", "Pour les candidatures, écrivez à l'équipe recrutement.", ""]],
    "es": [["Gracias por su mensaje. Estaré fuera de la oficina hasta {when}.", "Me encuentro de vacaciones.", "Estoy de viaje por trabajo esta semana.",
            "Estaré de baja hasta {when}."],
           ["Tendré acceso limitado al correo.", "Responderé a mi regreso.", "Su mensaje no será reenviado.", ""],
           ["Para asuntos urgentes de selección, escriba al equipo de personas.", "Si su consulta es sobre una vacante, contacte con Recursos Humanos.", ""]],
}
OOO_SUBJ = {"en": ["Automatic reply: {s}", "Out of Office: {s}", "Auto: {s}"], "de": ["Abwesenheitsnotiz: {s}", "Automatische Antwort: {s}"],
            "fr": ["Réponse automatique : {s}", "Absence : {s}"], "es": ["Respuesta automática: {s}", "Fuera de la oficina: {s}"]}

# internal mail asking the user to interview someone else: ask + detail + logistics
PANEL_ASK = [
    "could you sit on the interview panel for the {role} hire next week?", "would you be able to interview a candidate for the data team on {when}?",
    "we need a second interviewer for a {role} candidate – are you free {when}?", "can I borrow an hour of your time for a technical interview?",
    "HR has asked me to find someone from our team for the final round panel.", "you've been nominated as the technical assessor for the graduate assessment centre.",
    "are you up for running the system design round with a candidate on {when}?", "could you cover my interview slot on {when}? Something came up.",
]
PANEL_DETAIL = [
    "It's the second round, 45 minutes.", "The candidate is applying for a senior role in payments.", "The CV and the question bank are in the shared folder.",
    "You'd be paired with someone from HR who will lead the competency questions.", "It's mostly live coding, nothing fancy.", "",
]
PANEL_LOGISTICS = [
    "Please submit your scorecard within 24 hours.", "Let me know by tomorrow so I can update the invite.", "Interviewer training is a prerequisite, I believe you did it last year.",
    "Room 4.12 is booked, or we can do it on Teams.", "Thanks a lot, I owe you a coffee.", "",
]
NONJOB_PRE = ["", "Reference: {ref}.", "Thank you for your patience while we completed the review.", "We appreciate the time you spent on your application.",
              "This message concerns the application you submitted earlier this year."]
NONJOB_POST = ["", "We wish you every success in your future endeavours.", "You may reapply in the next cycle.", "This decision is final and cannot be appealed.",
               "Kindly revert in case of any queries.", "Feedback from the reviewers is available on request.", "The next call for applications opens in spring."]
