"""Writer w17: invented recruiting platforms and their template habits."""

from __future__ import annotations

from _w17_html import Platform

EEO = [
    ["{co} is an equal opportunity employer. We celebrate diversity and do not discriminate on the basis of race, religion, colour, national origin, gender, sexual orientation, age, marital status, veteran status or disability status.",
     "{co} is proud to be an equal opportunity workplace. All qualified applicants receive consideration regardless of background, identity or disability.",
     "Equal opportunities: {co} welcomes applications from everyone and makes hiring decisions on merit alone.",
     "We are an Equal Opportunity / Affirmative Action employer. Accommodations are available on request for candidates taking part in all aspects of the selection process."],
    ["We are committed to an inclusive recruitment process. If you need reasonable adjustments at any stage, let us know.",
     "Need an adjustment to take part fully in our process? Tell your recruiter and we'll make it happen.",
     "Accessibility support is available for every stage of our hiring process."],
    ["Applicants are considered for employment without regard to any characteristic protected by applicable law.",
     "Employment decisions are made without regard to protected characteristics under applicable law.",
     "We consider qualified applicants with arrest and conviction records in line with local fair-chance laws."],
]
DNR = [
    ["Please do not reply to this email; this mailbox is not monitored.", "Please don't reply — this inbox isn't monitored.", "This is a send-only address."],
    ["This is an automated message — replies to this address are not read.", "Automated notification. Replies will not reach a person.", "Sent automatically; please do not reply."],
    ["Do not reply. Questions? Visit our Candidate Help Centre.", "Questions? Our Candidate Help Centre has answers — replies here aren't read.", "For help, visit the FAQ on our careers site."],
    ["Replies to this message go to an unattended inbox.", "This message was sent from an unattended mailbox.", "Responses to this email are not monitored."],
]

PLATFORMS: dict[str, Platform] = {}


def _add(p: Platform) -> None:
    PLATFORMS[p.key] = p


_add(Platform(
    key="hirelane", brand="Hirelane", relay="hirelane-mail.com", track="links.hirelane-mail.com",
    senders=["{co} Recruiting", "{co} Recruiting", "Careers at {co}"],
    addrs=["no-reply@hirelane-mail.com", "{coslug}@jobs.hirelane-mail.com"],
    greetings=["Hi {first},", "Hi {first}!", "Hello {first},"],
    signoffs=["Best,\nThe {co} Recruiting Team", "Thanks,\n{co} Recruiting", "Warmly,\nThe {co} Recruiting Team"],
    footers=[DNR[0], ["Powered by Hirelane · Privacy · Terms", "Hirelane · Privacy Policy · Terms of Service", "Sent via Hirelane"], ["© 2026 {co}. All rights reserved.", "© {co} 2026", "{co}, all rights reserved."]],
    skeletons=["table", "card"], ents=["num", "plain", "curly"],
    textmodes={"none": 5, "full": 3, "short": 2}, accent="#0b5cad"))
_add(Platform(
    key="talentloom", brand="Talentloom", relay="talentloom.email", track="t.talentloom.email",
    senders=["{rec} ({co})", "{rec} at {co}", "{co} via Talentloom"],
    addrs=["{recslug}@talentloom.email", "reply+{tok}@talentloom.email"],
    greetings=["Dear {first},", "Dear {first} {last},"],
    signoffs=["Kind regards,\n{rec}\nTalent Acquisition | {co}", "Best regards,\n{rec}\n{co}"],
    footers=["Reply to this email to reach {rec} directly.", "Talentloom — candidate communications on behalf of {co}.", EEO[0]],
    skeletons=["nested", "table"], ents=["named", "plain"],
    textmodes={"none": 4, "full": 4, "sloppy": 2}, accent="#6b3fa0"))
_add(Platform(
    key="recrutio", brand="Recrutio", relay="recrutio.app", track="go.recrutio.app",
    senders=["Recrutio", "Recrutio Notifications", "no-reply"],
    addrs=["notifications@recrutio.app", "no-reply@recrutio.app"],
    greetings=["Hello {first},", "{first},", "Hi there,"],
    signoffs=["— the hiring team", "Regards,\nHiring Team", ""],
    footers=["Sent via Recrutio on behalf of the employer listed above.", DNR[1], "Manage notification settings · Unsubscribe from updates", "Recrutio Ltd, 21 Cable Street, London E1, UK"],
    skeletons=["card", "plainish", "mjml"], ents=["curly", "plain", "hexent"],
    textmodes={"none": 6, "short": 2, "stub": 1, "full": 1}, accent="#e0533d", hide_co_body=True, co_footer=True, header_co=False))
_add(Platform(
    key="quorrahire", brand="Quorra Hire", relay="mail.quorrahire.com", track="click.quorrahire.com",
    senders=["{co} Talent Acquisition", "{co} Careers"],
    addrs=["careers@{codomain}", "talent@{codomain}"],
    greetings=["Dear {first},", "Dear Candidate,", "Dear {first} {last}"],
    signoffs=["Sincerely,\n{co} Talent Acquisition", "Yours sincerely,\nHuman Resources, {co}"],
    footers=["CONFIDENTIALITY NOTICE: This email and any attachments are intended solely for the addressee and may contain confidential information. If you received it in error, please delete it and notify the sender.",
             EEO[2], "Candidate Privacy Statement | Accessibility | Cookie preferences", DNR[2]],
    skeletons=["mso", "table"], ents=["nbsp", "named", "plain"],
    textmodes={"none": 3, "full": 5, "sloppy": 2}, accent="#00485e", font="Georgia, serif"))
_add(Platform(
    key="applyflow", brand="Applyflow", relay="applyflow.io", track="e.applyflow.io",
    senders=["{co}", "{co} Hiring", "Team {co}"],
    addrs=["hello@{codomain}", "jobs@{codomain}", "hiring@applyflow.io"],
    greetings=["Hey {first} 👋", "Hi {first},", "Hey {first},"],
    signoffs=["Cheers,\nthe {co} crew", "Talk soon,\n{rec} & the {co} team", "🙌 Team {co}"],
    footers=["Built with Applyflow", "You're getting this because you applied to a role at {co}.", "Unsubscribe from talent updates"],
    skeletons=["card", "mjml"], ents=["curly", "plain"],
    textmodes={"none": 5, "short": 3, "full": 2}, accent="#ff5a5f"))
_add(Platform(
    key="crewbase", brand="Crewbase", relay="crewbase-notify.com", track="trk.crewbase-notify.com",
    senders=["Crewbase for {co}", "{co} (via Crewbase)", "Crewbase"],
    addrs=["noreply@crewbase-notify.com"],
    greetings=["Hi {first},", "Good afternoon {first},", "Hello,"],
    signoffs=["Thank you,\n{co} People Team", "The {co} People Team"],
    footers=["Download the Crewbase app to track your applications on the go: App Store · Google Play",
             "Crewbase Inc. · 500 Mission Lane, Suite 300 · San Francisco, CA", DNR[3],
             "Manage preferences | Unsubscribe"],
    skeletons=["nested", "card"], ents=["num", "hexent"],
    textmodes={"none": 5, "full": 2, "stub": 1, "short": 2}, accent="#1a8f5a", co_footer=True,
    app_promo="📱 Never miss an update — get the Crewbase app."))
_add(Platform(
    key="headwater", brand="Headwater ATS", relay="headwater-ats.net", track="hw.headwater-ats.net",
    senders=["{co} Human Resources", "HR {co}", "{co} Recruitment"],
    addrs=["recruitment@{codomain}", "hr-noreply@{codomain}"],
    greetings=["Dear {first},", "Dear Mr/Ms {last},", "Dear Applicant,"],
    signoffs=["Kind regards\nRecruitment Team\n{co}", "Regards,\nHR Department\n{co}"],
    footers=["This email was generated by our recruitment system (Headwater). Please do not respond to this address.",
             "Registered office: {co}, Unit 4, Riverside Business Park. Registered in England and Wales.",
             "Data protection: we process your personal data in line with our candidate privacy notice."],
    skeletons=["mso", "plainish"], ents=["plain", "named"],
    textmodes={"none": 2, "full": 6, "sloppy": 2}, accent="#333366", font="Verdana, sans-serif"))
_add(Platform(
    key="kandidly", brand="Kandidly", relay="kandidly.co", track="l.kandidly.co",
    senders=["{rec} | {co}", "{co} Talent"],
    addrs=["{recslug}@{codomain}", "talent@{codomain}"],
    greetings=["Hi {first},", "Hello {first},", "{first} —"],
    signoffs=["Best,\n{rec}\n{rectitle}, {co}", "Speak soon,\n{rec}", "Many thanks,\n{rec}\n{co}"],
    footers=["Sent with Kandidly", "{co} · Privacy notice for candidates", "You can ask us to delete your data at any time."],
    skeletons=["plainish", "card", "table"], ents=["plain", "curly", "num"],
    textmodes={"none": 3, "full": 5, "short": 2}, accent="#2d6cdf"))
_add(Platform(
    key="jobfolio", brand="Jobfolio", relay="jobfolio-mail.com", track="u.jobfolio-mail.com",
    senders=["Jobfolio", "Jobfolio Applications"],
    addrs=["applications@jobfolio-mail.com", "no-reply@jobfolio-mail.com"],
    greetings=["Hi {first},", "Hello {first},"],
    signoffs=["The Jobfolio team", "— Jobfolio"],
    footers=["Jobfolio connects candidates with employers. Employers are responsible for their hiring decisions.",
             "Unsubscribe · Notification settings · Help", "Jobfolio BV, Keizersgracht 100, Amsterdam"],
    skeletons=["table", "mjml"], ents=["num", "plain"],
    textmodes={"none": 5, "full": 3, "short": 2}, accent="#f28c28"))
_add(Platform(
    key="rosterly", brand="Rosterly", relay="rosterly.jobs", track="mail.rosterly.jobs",
    senders=["{co} Hiring Team", "{co} Jobs"],
    addrs=["no-reply@rosterly.jobs", "{coslug}-hiring@rosterly.jobs"],
    greetings=["Hi {first},", "Dear {first},"],
    signoffs=["All the best,\nThe {co} Hiring Team", "Regards,\n{co}"],
    footers=["Your privacy matters: read how {co} uses candidate data.", "Rosterly — hiring for shift-based and frontline teams.", DNR[0], "Manage email preferences"],
    skeletons=["table", "nested", "plainish"], ents=["plain", "named", "nbsp"],
    textmodes={"none": 5, "full": 2, "sloppy": 2, "stub": 1}, accent="#c2185b"))
# ----- specialised vendors
_add(Platform(
    key="calendra", brand="Calendra", relay="calendra.app", track="book.calendra.app",
    senders=["{rec} via Calendra", "{co} (Calendra)", "Calendra"],
    addrs=["notifications@calendra.app", "invites@calendra.app"],
    greetings=["Hi {first},", "Hello {first},", ""],
    signoffs=["", "— sent by Calendra on behalf of {rec}", "{rec}\n{co}"],
    footers=["Calendra · Scheduling made simple", "Need to change something? Use the links in this email.", "Add to Google Calendar · Outlook · iCal"],
    skeletons=["card", "table"], ents=["num", "plain"],
    textmodes={"none": 4, "full": 3, "short": 3}, accent="#0069ff"))
_add(Platform(
    key="codeprobe", brand="CodeProbe", relay="codeprobe.dev", track="x.codeprobe.dev",
    senders=["{co} via CodeProbe", "CodeProbe", "CodeProbe Assessments"],
    addrs=["assessments@codeprobe.dev", "no-reply@codeprobe.dev"],
    greetings=["Hi {first},", "Hello {first},", "Dear {first},"],
    signoffs=["Good luck!\nThe CodeProbe team", "Regards,\n{co} Engineering Hiring", "Best,\n{rec}"],
    footers=["CodeProbe does not make hiring decisions; results are shared with the employer.", "Technical issues? Contact support@codeprobe.dev", "Unsubscribe from practice emails"],
    skeletons=["card", "nested"], ents=["plain", "curly", "num"],
    textmodes={"none": 4, "full": 4, "short": 2}, accent="#10a37f", font="Menlo, Consolas, monospace"))
_add(Platform(
    key="vidscreen", brand="VidScreen", relay="vidscreen.io", track="go.vidscreen.io",
    senders=["{co} Video Interview", "VidScreen", "{co}"],
    addrs=["invite@vidscreen.io", "no-reply@vidscreen.io"],
    greetings=["Hi {first},", "Dear {first},"],
    signoffs=["Best of luck,\n{co} Recruitment", "The VidScreen team on behalf of {co}"],
    footers=["VidScreen stores your recordings only for as long as the employer requires.", "Test your camera and microphone at vidscreen.io/check", DNR[1]],
    skeletons=["table", "card"], ents=["named", "plain"],
    textmodes={"none": 6, "full": 3, "stub": 1}, accent="#7b2cbf"))
_add(Platform(
    key="inkpact", brand="InkPact", relay="inkpact-sign.com", track="sign.inkpact-sign.com",
    senders=["{rec} via InkPact", "{co} via InkPact", "InkPact"],
    addrs=["dse@inkpact-sign.com", "docs@inkpact-sign.com"],
    greetings=["{first} {last},", "Hello {first} {last},", "Hi {first},"],
    signoffs=["", "Powered by InkPact"],
    footers=["Do not share this email: it contains a secure link to sign. If you need to change who signs, visit the InkPact help centre.",
             "This message was sent to you by {rec} who is using the InkPact electronic signature service.",
             "Report this email or read more about our security practices."],
    skeletons=["table", "nested"], ents=["plain", "num", "nbsp"],
    textmodes={"none": 5, "full": 4, "short": 1}, accent="#ffb400", hide_co_body=False))
_add(Platform(
    key="brightpath", brand="Brightpath Careers", relay="brightpath-careers.com", track="r.brightpath-careers.com",
    senders=["Brightpath Careers", "Brightpath", "Brightpath Job Alerts"],
    addrs=["alerts@brightpath-careers.com", "applications@brightpath-careers.com", "messages@brightpath-careers.com"],
    greetings=["Hi {first},", "{first},", ""],
    signoffs=["Happy job hunting!\nBrightpath Careers", "— Brightpath", ""],
    footers=["You are receiving this because you have an account on Brightpath Careers.", "Unsubscribe | Manage alerts | Privacy",
             "Brightpath Careers Ltd, 3 Harbour Walk, Dublin 2", "Get the Brightpath app 📲"],
    skeletons=["table", "nested"], ents=["num", "plain", "hexent"],
    textmodes={"none": 5, "full": 3, "short": 2}, accent="#0a66c2"))
_add(Platform(
    key="gigboard", brand="Gigboard", relay="gigboard.work", track="gb.gigboard.work",
    senders=["Gigboard", "Gigboard Messages", "{co} on Gigboard"],
    addrs=["noreply@gigboard.work", "inbox@gigboard.work"],
    greetings=["Hey {first},", "Hi {first}!", ""],
    signoffs=["Team Gigboard", ""],
    footers=["Gigboard · Jobs that fit your life", "Turn off these emails", "Sent to {email}"],
    skeletons=["mjml", "plainish"], ents=["curly", "plain"],
    textmodes={"none": 6, "short": 3, "stub": 1}, accent="#00a884"))
_add(Platform(
    key="eventhive", brand="Eventhive", relay="eventhive.events", track="ev.eventhive.events",
    senders=["{co} Early Careers", "{co} Talent Community", "{co} Events"],
    addrs=["events@eventhive.events", "community@{codomain}"],
    greetings=["Hi {first},", "Dear {first},", "Hello future colleague,"],
    signoffs=["See you there!\n{co} Talent Community", "The {co} Early Careers Team"],
    footers=["You joined the {co} Talent Community. Unsubscribe or update your interests at any time.", "Event hosted on Eventhive.", "Privacy notice"],
    skeletons=["table", "card"], ents=["num", "named", "plain"],
    textmodes={"none": 5, "full": 3, "short": 2}, accent="#d6336c"))
