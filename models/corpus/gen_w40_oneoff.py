"""Writer 40: whole messages written one at a time, for the hard boundaries of corporate hiring mail.

Family 'letters': formal HR letters and system mail. Family 'notes': people typing to people.
Names of the candidate are filled in from a small list so the same letter can't repeat.
"""

from __future__ import annotations

import random
from typing import Iterable

import _w40_kit as K

FAMILY_PREFIX = "w40one"

# (family, folder, from_name, from_addr, subject, body, labels, company, topics, oc)
LETTERS = [
    ("letters", "INBOX", "Ostrander Power Careers", "no-reply@talentgate-mail.net",
     "Requisition 44871BR - Protection & Control Technologist",
     """Hello {first},

Requisition: 44871BR
Position: Protection & Control Technologist
Location: Hamilton, ON

Your application status has been updated. To see the update, sign in to the Ostrander Power career portal and select "My Applications".

This message was generated automatically. Ostrander Power Inc. will never ask candidates for payment of any kind during the hiring process. If you receive such a request, please report it to fraud@ostranderpower.ca.

Ostrander Power is committed to providing accommodations for persons with disabilities. If you require an accommodation, we will work with you to meet your needs.""",
     [], "Ostrander Power", [], []),
    ("letters", "INBOX", "Ostrander Power Careers", "no-reply@talentgate-mail.net",
     "Requisition 44871BR - Protection & Control Technologist",
     """Hello {first},

Requisition: 44871BR
Position: Protection & Control Technologist

Thank you for your interest in Ostrander Power. After reviewing your qualifications, we have selected other candidates for further consideration. This requisition is now closed to new candidates.

We encourage you to create job alerts on our career site.

This message was generated automatically. Ostrander Power is committed to providing accommodations for persons with disabilities.""",
     ["rejection"], "Ostrander Power", [], []),
    ("letters", "INBOX", "HR Shared Services", "recruitment@stbrigidshg.ie",
     "Clinical Nurse Manager 2 - Competition Ref CNM2/0417",
     """Dear {first},

Competition: Clinical Nurse Manager 2, Surgical Directorate
Reference: CNM2/0417

I refer to your recent interview for the above competition.

I wish to advise you that the interview board has placed you on the panel from which future vacancies will be filled, at position 4. Panels remain in place for 12 months. Please note that placement on a panel is not an offer of employment; should a vacancy arise, you will be contacted.

Should you require any further information please contact the Recruitment Office on 021 482 7710.

Yours sincerely,

Eimear Hartigan
Recruitment Officer
St. Brigid's Hospital Group

This email and any files transmitted with it are confidential and intended solely for the use of the addressee.""",
     [], "St. Brigid's Hospital Group", [], []),
    ("letters", "INBOX", "HR Shared Services", "recruitment@stbrigidshg.ie",
     "Clinical Nurse Manager 2 - Competition Ref CNM2/0417",
     """Dear {first},

Competition: Clinical Nurse Manager 2, Surgical Directorate
Reference: CNM2/0417

I refer to your recent interview for the above competition. I regret to inform you that you were not successful on this occasion. The interview board's marking sheet is available on request under the Freedom of Information Act.

The board noted that your answers under the heading "Management and Delivery of Results" did not provide sufficient evidence of managing a roster or budget, and that your examples of leading change were drawn mainly from your current ward rather than across the service.

I would like to take this opportunity to thank you for your interest in the position.

Yours sincerely,

Eimear Hartigan
Recruitment Officer""",
     ["rejection", "feedback"], "St. Brigid's Hospital Group", ["behavioural", "experience_level"], []),
    ("letters", "INBOX", "Karoo Line Insurance", "careers@karooline.co.za",
     "Claims Assessor (Req 3310) - Regret",
     """Good day {first}

Thank you for your application for the position of Claims Assessor at our Sandton office.

Kindly note that the position has been placed on hold indefinitely due to the restructuring of the Short-Term Claims division, and the recruitment process has been cancelled. We will not be contacting candidates for interviews.

Should the position be re-advertised in future, you are welcome to re-apply.

Regards
Nokuthula Dlamini
Talent Acquisition
Karoo Line Insurance (Pty) Ltd

Karoo Line Insurance is an authorised financial services provider. This email is subject to the disclaimer at www.karooline.co.za/legal. POPIA: your personal information is processed for recruitment purposes only.""",
     ["rejection"], "Karoo Line Insurance", [], ["role_cancelled"]),
    ("letters", "INBOX", "Karoo Line Insurance", "careers@karooline.co.za",
     "Claims Assessor (Req 3310) - update",
     """Good day {first}

Thank you for your application for the position of Claims Assessor.

Kindly note that the position has been placed on hold for approximately three weeks while the division finalises its new structure. Your application remains active and we will contact you regarding interview dates once the hold is lifted.

Apologies for the delay.

Regards
Nokuthula Dlamini
Talent Acquisition
Karoo Line Insurance (Pty) Ltd""",
     [], "Karoo Line Insurance", [], []),
    ("letters", "INBOX", "Merlion Biologics Pte. Ltd.", "hr@merlionbio.sg",
     "Letter of Offer - QA Specialist",
     """Dear {full},

LETTER OF OFFER

We are pleased to offer you employment as QA Specialist with Merlion Biologics Pte. Ltd. on the following terms:

1. Commencement date: to be mutually agreed
2. Basic salary: S$6,200 per month
3. Annual wage supplement: one month, pro-rated
4. Probation: three (3) months
5. Annual leave: 18 days

This offer is subject to satisfactory pre-employment medical examination and verification of your academic certificates.

Kindly sign and return the duplicate copy of this letter by 5 December to signify your acceptance.

Yours faithfully,
Tan Wei Ling
Senior Manager, Human Resources

This email is confidential. If you are not the intended recipient, please notify us and delete it. We handle personal data in accordance with the PDPA.""",
     ["offer"], "Merlion Biologics", [], []),
    ("letters", "INBOX", "Merlion Biologics HR", "hr@merlionbio.sg",
     "Onboarding: documents required before 2 January",
     """Dear {full},

Thank you for returning the signed Letter of Offer. We are pleased to welcome you to Merlion Biologics.

Kindly bring the following on your first day:
- NRIC / work pass
- original academic certificates
- bank account details for salary crediting (form attached)
- CPF declaration form

Your medical examination has been booked at the clinic on 19 December at 9.30am. Please fast for 8 hours beforehand.

Best Regards,
Tan Wei Ling
Senior Manager, Human Resources""",
     [], "Merlion Biologics", [], []),
    ("letters", "INBOX", "Kestrel Defence Systems", "security.vetting@kestreldefence.com.au",
     "AGSVA clearance pack - action required",
     """Hi {first},

As discussed, your offer of employment is conditional on obtaining and maintaining a Baseline security clearance.

Please complete the ePack via the link you will receive from the vetting agency within 10 business days. You'll need 10 years of address history, details of overseas travel and three referees who have known you for at least five years.

This request does not change the status of your offer, which you have already accepted.

Kind regards,
Jarrod Ainsworth
Security & Vetting Officer
Kestrel Defence Systems Pty Ltd

The information contained in this email may be subject to export control regulations. Do not forward.""",
     [], "Kestrel Defence Systems", [], []),
    ("letters", "INBOX", "Laurentide Assurance - Talent", "talent@laurentide-assurance.ca",
     "Your interview on Thursday",
     """Hello {first},

Thank you for confirming your availability. This is a reminder that your interview for the Pricing Analyst position is on Thursday at 1:30 pm (ET) on Microsoft Teams. The link is in the calendar invitation.

The interview will last about an hour with Genevieve Gagnon (Director, Pricing) and Marc-Andre Tremblay (Actuarial Manager).

If you need an accommodation, please let us know.

Best,
Talent Acquisition | Laurentide Assurance""",
     [], "Laurentide Assurance", [], []),
    ("letters", "INBOX", "Laurentide Assurance - Talent", "talent@laurentide-assurance.ca",
     "Pricing Analyst - interview",
     """Hello {first},

Thank you for applying to the Pricing Analyst position. We were impressed by your background and would like to invite you to an interview with Genevieve Gagnon (Director, Pricing) and Marc-Andre Tremblay (Actuarial Manager).

Please choose a one-hour slot next week using the link below:
https://laurentide.hirebridge.io/schedule/88417

If you need an accommodation, please let us know.

Best,
Talent Acquisition | Laurentide Assurance""",
     ["interview_invite"], "Laurentide Assurance", [], []),
    ("letters", "INBOX", "Yarrawonga Health People & Culture", "recruitment@yarrawongahealth.org.au",
     "Application received - Patient Flow Coordinator (Job 2291)",
     """Hi {first},

Thanks for your application for Patient Flow Coordinator (Job 2291).

Please note that your application is not yet complete. To be considered, you must upload responses to the Key Selection Criteria and a current Working with Children Check. Incomplete applications will not progress to shortlisting.

Log in to the careers portal to finish your application before the closing date.

Kind regards,
People & Culture
Yarrawonga Health

We acknowledge the Traditional Custodians of the land on which we work and pay our respects to Elders past and present.""",
     [], "Yarrawonga Health", [], []),
    ("letters", "INBOX", "Yarrawonga Health People & Culture", "recruitment@yarrawongahealth.org.au",
     "Application received - Patient Flow Coordinator (Job 2291)",
     """Hi {first},

Thanks for your application for Patient Flow Coordinator (Job 2291). We confirm that it has been received, along with your Key Selection Criteria response.

Shortlisting will occur after the closing date. The panel aims to contact shortlisted applicants within two weeks.

Kind regards,
People & Culture
Yarrawonga Health

We acknowledge the Traditional Custodians of the land on which we work and pay our respects to Elders past and present.""",
     ["application_ack"], "Yarrawonga Health", [], []),
    ("letters", "INBOX", "Penhallow Retail Group", "donotreply@careersuite-mail.com",
     "Penhallow Head Office - Buying Assistant",
     """Dear {first},

Thank you for completing the Penhallow Values Questionnaire as part of your application for Buying Assistant.

Based on your responses, we will not be moving your application forward to the telephone interview stage. The questionnaire measures how closely your preferences match the ways of working in our buying teams, and your responses suggested you may find sustained time pressure difficult and that you prefer to work alone rather than alongside suppliers and store teams, both of which are central to the role.

We know this may be disappointing.

Penhallow Retail Group plc. Registered in England No. 3318842. Please do not reply to this email.""",
     ["rejection", "feedback"], "Penhallow Retail Group", ["composure", "collaboration"], []),
    ("letters", "INBOX", "Tanjong Pagar Maritime HR", "recruit@tpmaritime.com.sg",
     "Online Assessment - Fleet Coordinator",
     """Dear {first},

Thank you for your application to Tanjong Pagar Maritime Pte. Ltd.

We are pleased to inform you that you have been shortlisted. Kindly complete the online aptitude assessment (approx. 35 minutes) within 5 working days via the link below:

https://tpmaritime.assess-portal.net/c/51177

Please use a laptop or desktop. Mobile devices are not supported.

Thank you.

Regards,
HR Department
Tanjong Pagar Maritime Pte. Ltd.""",
     ["interview_invite"], "Tanjong Pagar Maritime", [], []),
    ("letters", "INBOX", "Highveld Grid Services", "noreply@highveldgrid.co.za",
     "Vacancy HGS/ENG/221 - update",
     """Dear {full}

Vacancy: Network Planning Engineer (HGS/ENG/221)

Please be advised that the closing date for the above vacancy has been extended to 30 November due to a low response. All applications already received remain valid and will be considered. There is no need to re-apply.

Shortlisted candidates will be contacted within 30 days of the new closing date. If you have not heard from us by then, please consider your application unsuccessful.

Highveld Grid Services (Pty) Ltd is an equal opportunity employer committed to employment equity.""",
     [], "Highveld Grid Services", [], []),
    ("letters", "INBOX", "Athabasca Midstream Recruiting", "recruiting@athabascamid.com",
     "Athabasca Midstream - Commercial Analyst",
     """Hi {first},

Thanks again for the time you spent with us on Tuesday. I wanted to reach out personally.

The team was really impressed with your modelling work and your knowledge of tolling agreements. It was a hard call, but they've decided to extend an offer to another candidate who has spent several years on a trading desk, which is the piece of the role that will matter most in the first year.

Happy to jump on a call if you want to talk it through.

All the best,
Tyler Henderson
Senior Recruiter, Athabasca Midstream Corp.
Calgary, AB""",
     ["rejection"], "Athabasca Midstream", [], ["closer_fit"]),
    ("letters", "INBOX", "Fraser Delta Utilities", "careers@fraserdelta.ca",
     "Conditional offer - Metering Technician",
     """Hi {first},

Congratulations! Further to our phone call this morning, I'm pleased to confirm our verbal offer for the Metering Technician position at our Burnaby operations centre.

Starting wage: $41.80/hour, union scale (IBEW Local 258), 40 hours per week, with a full benefits package after three months.

This offer is conditional on a satisfactory criminal record check, a driver's abstract and a pre-access drug and alcohol test. Your formal offer letter will be sent through DocuSign later today.

Welcome to the team!

Brooke Sinclair
HR Advisor | Fraser Delta Utilities Ltd.""",
     ["offer"], "Fraser Delta Utilities", [], []),
    ("letters", "INBOX", "Quillan Therapeutics Talent Acquisition", "ta@quillantx.com",
     "Quillan Therapeutics | Validation Engineer - final round & feedback",
     """Hi {first},

Great news: the team would like to bring you back for the final round for Validation Engineer, an onsite visit in Raleigh with the Director of Quality and two of the engineers. We'll cover travel.

Sharing the hiring manager's notes from round one so you can prepare: she liked your protocol-writing examples, but felt your answers on computer system validation (Part 11, audit trails) were thin, and she'd like to see how you'd handle an FDA auditor's follow-up questions.

Can you send me three dates that work over the next two weeks?

Thanks,
Adaeze Okafor
Talent Acquisition Partner
Quillan Therapeutics, Inc.

Quillan Therapeutics is an Equal Opportunity Employer.""",
     ["interview_invite", "feedback"], "Quillan Therapeutics", ["technical_depth"], []),
]

NOTES = [
    ("notes", "INBOX", "Colm Mulcahy", "colm.mulcahy@carrickmeats.ie",
     "the QA job",
     """Hi {first},

Colm here from Carrick Meats, we met at the open day in Clonmel. Just a quick one - the QA Supervisor role you asked me about is gone internally I'm afraid, it was filled before the ad even went up properly. Sorry about that.

There might be something on the night shift in the new year, I'll keep an eye out.

Colm""",
     [], "Carrick Meats", [], []),
    ("notes", "INBOX", "Colm Mulcahy", "colm.mulcahy@carrickmeats.ie",
     "Re: QA Supervisor application",
     """Hi {first},

Thanks for sending on the application last week and for coming in on Thursday. I'm sorry to say we've gone with someone from our Mitchelstown plant who knows the BRC standard inside out.

Honestly, you interviewed well, and we'd like to keep you in mind for the night shift role when it's approved.

Colm

Colm Mulcahy | Site Quality Manager | Carrick Meats Ltd
Dublin Road, Carrick-on-Suir

> Hi Colm, please find my application attached for the QA Supervisor role. Thanks, {first}""",
     ["rejection"], "Carrick Meats", [], ["closer_fit"]),
    ("notes", "INBOX", "Rhys Pritchard", "rhys.pritchard@pembertonwaters.co.uk",
     "Tuesday",
     """Hi {first},

Great to talk to you earlier. As promised, here are the details for Tuesday - we'll meet at the Hartcliffe treatment works at 10, ask for me at the gatehouse. Wear sensible shoes as we'll walk round the site first.

It'll be me and Heather from the asset team, about an hour, fairly informal. Any questions, give me a ring on 07700 918244.

Cheers,
Rhys""",
     [], "Pemberton Waters", [], []),
    ("notes", "INBOX", "Rhys Pritchard", "rhys.pritchard@pembertonwaters.co.uk",
     "Asset Data Officer - fancy a chat?",
     """Hi {first},

Your CV came through for the Asset Data Officer job and I liked what I saw, especially the GIS work at the council. Would you be up for a visit to the Hartcliffe works for an informal interview next week? Tuesday or Wednesday morning would suit us.

Let me know and I'll send details.

Cheers,
Rhys Pritchard
Asset Information Manager, Pemberton Waters""",
     ["interview_invite"], "Pemberton Waters", [], []),
    ("notes", "INBOX", "Bronwyn Holloway", "bronwyn.h@bellbirdfreight.com.au",
     "thanks!",
     """Hey {first},

Thanks heaps for coming out to the Port Melbourne depot today. The guys enjoyed showing you around. We've got two more people to see on Friday and then I'll give you a bell early next week either way.

Bron""",
     [], "Bellbird Freight", [], []),
    ("notes", "INBOX", "Bronwyn Holloway", "bronwyn.h@bellbirdfreight.com.au",
     "Depot Supervisor",
     """Hey {first},

Tried to call but went to voicemail. Good news - we'd love to have you on board as Depot Supervisor! $92k plus super and the vehicle allowance we talked about. Contract will come from our HR team tomorrow.

Give me a buzz when you get a sec.

Bron
Bellbird Freight | Ops Manager VIC""",
     ["offer"], "Bellbird Freight", [], []),
    ("notes", "INBOX", "Pieter Botha", "pbotha@umvotichem.co.za",
     "Lab Supervisor - feedback as promised",
     """Hi {first}

As promised on the phone, the panel's feedback. They felt your HPLC troubleshooting knowledge was excellent. Where you lost marks: the people-management questions - the answers about handling an underperforming analyst didn't give a clear example of what you actually did, and you didn't ask the panel anything at the end, which they took as lack of interest.

Hope it helps for the next one. Go well.

Pieter""",
     ["feedback"], "Umvoti Chemicals", ["behavioural", "questions_to_ask"], []),
    ("notes", "INBOX", "Pieter Botha", "pbotha@umvotichem.co.za",
     "Re: Lab Supervisor - feedback?",
     """Hi {first}

Sorry, I've asked the panel chair and we don't give out the interview scores - HR policy since last year. Nothing personal.

Go well
Pieter

-----Original Message-----
From: {full}
Sent: 12 November 2026 08:14
To: Pieter Botha
Subject: Lab Supervisor - feedback?

Hi Pieter, thank you for letting me know about the outcome. Would you be able to share any feedback from the panel? Regards""",
     [], "Umvoti Chemicals", [], []),
    ("notes", "INBOX", "Jun Hao Goh", "junhao.goh@serangoonprecision.com",
     "Re: interview",
     """Hi {first}, noted with thanks. Sorry to inform you that the management decided not to proceed with hiring for the Process Engineer post this year, the headcount was frozen last week. Will let you know if it reopens. Thank you for your time!

Jun Hao
Serangoon Precision Pte Ltd

On Mon, 9 Nov 2026 at 10:02, {full} <{addr}> wrote:
> Hi Jun Hao, may I check if there is any update after the second interview? Thank you.""",
     ["rejection"], "Serangoon Precision", [], ["budget_freeze"]),
    ("notes", "INBOX", "Genevieve Tremblay", "gtremblay@elleryhospital.ca",
     "Unit clerk interview",
     """Hi {first},

I'm the manager on 4 West. HR passed me your application for the Health Records Officer posting and I'd like to meet you. Are you free for a 30 min phone call Thursday afternoon? Otherwise Friday morning works too.

Thanks,
Genevieve Tremblay, RN
Patient Care Manager, 4 West
Ellery General Hospital""",
     ["interview_invite"], "Ellery General Hospital", [], []),
    ("notes", "INBOX", "Morag Sutherland", "morag.sutherland@thackeraylife.co.uk",
     "Actuarial Analyst",
     """Hi {first},

Hope you had a good weekend. Just letting you know the hiring manager is still working through the technical tests, so it'll be another week or so before I can come back to you. You're definitely still in the running!

Speak soon,
Morag""",
     [], "Thackeray Life & Pensions", [], []),
    ("notes", "INBOX", "Morag Sutherland", "morag.sutherland@thackeraylife.co.uk",
     "Actuarial Analyst - test results",
     """Hi {first},

Hope you had a good weekend. I've had the technical test results back and unfortunately it's not good news this time - the hiring manager felt the reserving calculation had a few errors in the discounting, and the commentary didn't explain the assumptions clearly enough for a non-actuary. So they won't be taking you to interview.

Really sorry. If you want to talk it through, I'm about all week.

Morag""",
     ["rejection", "feedback"], "Thackeray Life & Pensions", ["coding", "communication"], []),
    ("notes", "Sent", "{full}", "{addr}",
     "Re: Actuarial Analyst - test results",
     """Hi Morag,

Thanks for being straight with me, I appreciate it. Would you be able to ask whether the hiring manager could share which part of the discounting went wrong? I want to make sure I don't repeat it on the next one.

Thanks again,
{first}

On 16 Nov 2026, at 09:41, Morag Sutherland <morag.sutherland@thackeraylife.co.uk> wrote:
> Hi {first},
> I've had the technical test results back and unfortunately it's not good news this time...""",
     ["feedback_request"], "Thackeray Life & Pensions", [], []),
    ("notes", "Sent", "{full}", "{addr}",
     "Re: Depot Supervisor",
     """Bron - that's brilliant news, thank you!! Yes please, I accept. Will look out for the contract tomorrow. Speak soon

{first}""",
     [], "Bellbird Freight", [], []),
    ("notes", "Sent", "{full}", "{addr}",
     "Re: Unit clerk interview",
     """Hi Genevieve,

Thursday afternoon works for me, any time after 1. My cell is 902-555-0148.

Thank you,
{full}""",
     [], "Ellery General Hospital", [], []),
    ("notes", "Sent", "{full}", "{addr}",
     "Feedback on my application",
     """Dear Recruitment Team,

I applied for the Reliability Engineer role (R40177) last month and received an automated email saying I had not been shortlisted. I'd be really grateful for a line or two about why - in particular whether it was my lack of defence-sector experience or something in how I wrote my application.

Many thanks,
{full}""",
     ["feedback_request"], "Northgate Aerosystems", [], []),
    ("notes", "Sent", "{full}", "{addr}",
     "Re: Your application status has been updated",
     """Hi,

I got an email saying my status was updated but when I log in to the portal it just says "Closed". Does that mean I've been unsuccessful, or has the job been pulled? Could someone let me know?

Thanks
{first}""",
     [], "Cobourg Rail Components", [], []),
    ("notes", "INBOX", "Dunmore Haulage Recruitment", "jobs@dunmorehaulage.ie",
     "Transport Planner - we received your CV",
     """Hi {first},

Got your CV for the Transport Planner job, thanks a million. Ger is away at the Ploughing this week so we won't get to look at applications until the week after. Will be in touch then.

Sinead
Dunmore Haulage Ltd, Waterford""",
     ["application_ack"], "Dunmore Haulage", [], []),
    ("notes", "INBOX", "Lindiwe Naidoo", "lindiwe.naidoo@boland-estates-hr.co.za",
     "Your visit to the estate",
     """Hi {first}

Thank you so much for your time yesterday and for making the trip out to Stellenbosch. It was lovely to meet you. I'll be in touch once we've finished seeing the other candidates, probably end of next week.

Kind regards
Lindiwe
Boland Wine Estates""",
     [], "Boland Wine Estates", [], []),
    ("letters", "INBOX", "Brackenfield Mutual Careers", "noreply@careersuite-mail.com",
     "Your Brackenfield Mutual application: Complaints Specialist",
     """Hi {first},

You're nearly there! We noticed you haven't finished your application for Complaints Specialist.

Your progress: 3 of 5 steps complete
- Personal details: done
- CV upload: done
- Work history: done
- Eligibility questions: not started
- Declaration: not started

Applications that aren't submitted by Sunday at midnight can't be considered.

Brackenfield Mutual is a member-owned organisation. Brackenfield Mutual plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA. This inbox is not monitored.""",
     [], "Brackenfield Mutual", [], []),
    ("letters", "INBOX", "Brackenfield Mutual Careers", "noreply@careersuite-mail.com",
     "Your Brackenfield Mutual application: Complaints Specialist",
     """Hi {first},

That's it - your application for Complaints Specialist is in. Thanks for taking the time.

Here's what happens next: a member of our resourcing team reads every application. If yours is a match, we'll invite you to a 20-minute telephone conversation. We'll let you know either way within 15 working days.

Brackenfield Mutual is a member-owned organisation. Brackenfield Mutual plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA. This inbox is not monitored.""",
     ["application_ack"], "Brackenfield Mutual", [], []),
    ("letters", "INBOX", "Northgate Aerosystems Resourcing", "resourcing@northgate-aero.com",
     "Your references - Test and Evaluation Engineer",
     """Dear {first},

Thank you for providing details of your referees. We will contact them this week.

For clarity: reference checks are carried out for all candidates at the final stage and happen before the panel makes its decision. We will be in touch as soon as the process is complete.

Regards,
Ruan Sinclair
Resourcing Advisor
Northgate Aerosystems Ltd

This e-mail and any attachment may contain information subject to the Official Secrets Act. Unauthorised disclosure is an offence.""",
     [], "Northgate Aerosystems", [], []),
    ("letters", "INBOX", "Northgate Aerosystems Resourcing", "resourcing@northgate-aero.com",
     "Test and Evaluation Engineer - outcome",
     """Dear {first},

Thank you for your patience while we completed reference checks.

I am pleased to confirm that the panel has recommended you for appointment, and we would like to offer you the post of Test and Evaluation Engineer at our Warton site, at a salary of GBP 54,500, subject to SC clearance. A formal offer letter and contract will follow by post.

Please confirm by return whether you wish to accept.

Regards,
Ruan Sinclair
Resourcing Advisor
Northgate Aerosystems Ltd""",
     ["offer"], "Northgate Aerosystems", [], []),
    ("letters", "INBOX", "Grantley Healthcare Recruitment", "recruitment@grantleyhealthcare.co.uk",
     "Thank you for attending - Theatre Scheduler",
     """Dear {first},

Thank you for attending interview for the post of Theatre Scheduler today.

The panel will meet on Friday to make a decision and you will be notified of the outcome by email. If you are successful, we will then request references and begin pre-employment checks, including a DBS check.

Please remember to claim your travel expenses using the form attached within 30 days.

Yours sincerely,

Recruitment Team
Grantley Healthcare Ltd""",
     [], "Grantley Healthcare", [], []),
    ("letters", "INBOX", "Coolgardie Resources", "talent@coolgardieres.com.au",
     "Site Operations Coordinator - recruitment on hold",
     """Hi {first},

I'm writing to let everyone shortlisted for the Site Operations Coordinator role know that, following the drop in the nickel price, Coolgardie Resources has put all new hiring on hold until further notice. As a result we've had to close this recruitment and won't be conducting the final interviews.

I know you've put a lot of time into this process and I'm genuinely sorry. We'll keep your details and reach out first if the role is reinstated.

Kind regards,
Tegan Lockhart
Talent Acquisition Lead
Coolgardie Resources Limited | Perth WA""",
     ["rejection"], "Coolgardie Resources", [], ["budget_freeze"]),
    ("letters", "INBOX", "Ashgrove Energy Networks", "careers@ashgroveenergy.com.au",
     "Graduate Program 2027 - Assessment Centre",
     """Hi {first},

Congratulations on your progress in the Ashgrove Energy Networks 2027 Graduate Program! Based on your video interview, we'd love you to join us at one of our virtual assessment centres.

Session options (AEST):
- Tuesday 14 October, 9:00am - 1:00pm
- Thursday 16 October, 1:00pm - 5:00pm

The session includes a group case study, an individual interview and a chat with current graduates. Book your preferred session by Friday using the link below.

Book my session: https://ashgrove.hirebridge.io/ac/2027

Cheers,
Graduate Recruitment Team
Ashgrove Energy Networks""",
     ["interview_invite"], "Ashgrove Energy Networks", [], []),
    ("letters", "INBOX", "Ashgrove Energy Networks", "careers@ashgroveenergy.com.au",
     "Graduate Program 2027 - Assessment Centre",
     """Hi {first},

Thanks for joining us at the virtual assessment centre on Tuesday - we hope you enjoyed hearing from our graduates.

We're now reviewing everyone's results, and we'll let you know the outcome by the end of October. In the meantime, you can catch up on the recording of the Q&A session on the candidate hub.

Cheers,
Graduate Recruitment Team
Ashgrove Energy Networks""",
     [], "Ashgrove Energy Networks", [], []),
    ("letters", "INBOX", "Wexmoor Building Society", "hr@wexmoor.co.uk",
     "Mortgage Underwriter vacancy",
     """Dear {first},

Thank you for your application for the role of Mortgage Underwriter and for attending the interview on Monday.

After careful consideration, the panel felt that while you have a strong grounding in residential lending, the role requires more experience of complex cases such as self-employed and buy-to-let applicants, and for that reason we will not be offering you the position. The panel also suggested that in future interviews you focus your examples on the decisions you personally made rather than on the team's process.

Thank you again for your interest in Wexmoor.

Yours sincerely,
Gillian Henderson
HR Manager
Wexmoor Building Society, Swindon

Wexmoor Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.""",
     ["rejection", "feedback"], "Wexmoor Building Society", ["experience_level", "behavioural"], []),
    ("letters", "INBOX", "Procurement - Midshire Combined Authority", "procurement@midshire-ca.gov.uk",
     "Framework for temporary staffing - Lot 3",
     """Dear Sir/Madam,

Thank you for participating in the procurement for the Temporary Staffing Framework (Lot 3: Industrial and Driving).

We regret to inform you that your organisation has not been appointed to the framework. Your submission scored 61.5%, below the 70% quality threshold required for appointment.

A standstill period of 10 calendar days applies from the date of this letter.

Procurement Team""",
     [], None, [], []),
    ("notes", "INBOX", "Sharmila Pillay", "sharmila.pillay@jurongcoldchain.sg",
     "Re: Interview schedule",
     """Hi {first},

Noted, thank you for confirming. See you on Thursday 2pm at our Tuas office. Kindly bring along your NRIC and certificates for verification.

Thanks & regards,
Sharmila

-----Original Message-----
From: {full}
Sent: Monday, 3 November 2026 10:15 AM
Subject: RE: Interview schedule

Hi Sharmila, Thursday 2pm is fine for me. Thank you!

-----Original Message-----
From: Sharmila Pillay
Subject: Interview schedule

Hi {first}, we would like to invite you for an interview for the Inventory Controller position. Are you available on Thursday 2pm?""",
     [], "Jurong Cold Chain", [], []),
    ("notes", "INBOX", "Sharmila Pillay", "sharmila.pillay@jurongcoldchain.sg",
     "Interview schedule",
     """Hi {first},

Good day. Thank you for your application for Inventory Controller. We would like to invite you for a face-to-face interview at our Tuas office. Are you available this Thursday at 2pm or Friday at 10am?

Kindly let me know your availability.

Thanks & regards,
Sharmila Pillay
HR Executive
Jurong Cold Chain Pte. Ltd.""",
     ["interview_invite"], "Jurong Cold Chain", [], []),
    ("notes", "INBOX", "Declan Fitzgerald", "declan.fitzgerald@kilbarronmed.com",
     "Catch-up",
     """{first},

Good to chat yesterday. As I said, I'm not going to put you forward for the QA Specialist job - honestly I think it would be a step back for you given you've been running audits for five years, and the hiring manager is after someone at graduate-plus level. But there's a QA Lead role going to approval next month that I think is much more you. I'll shout when it's live.

Declan
Talent Partner, Kilbarron Medical Devices""",
     ["rejection"], "Kilbarron Medical Devices", [], ["level_mismatch"]),
    ("notes", "Sent", "{full}", "{addr}",
     "Re: Catch-up",
     """Thanks Declan, that makes sense, and I appreciate the honesty. Definitely keep me posted on the QA Lead role.

{first}""",
     [], "Kilbarron Medical Devices", [], []),
    ("notes", "Sent", "{full}", "{addr}",
     "Re: Mortgage Underwriter vacancy",
     """Dear Gillian,

Thank you for your letter and for the useful comments from the panel. I've taken them on board. Would it be possible to have a short call to go into a little more detail on the examples the panel had in mind? I'd really value it.

Kind regards,
{full}""",
     ["feedback_request"], "Wexmoor Building Society", [], []),
    ("notes", "Sent", "{full}", "{addr}",
     "Site Operations Coordinator",
     """Hi Tegan,

Thanks for letting me know, and for being upfront. Totally understand given the market. If the role comes back please do get in touch, I'd be keen.

Cheers,
{first}""",
     [], "Coolgardie Resources", [], []),
]


def generate(rng: random.Random) -> Iterable[dict]:
    counters = {"letters": 0, "notes": 0}
    for fam, folder, fname, faddr, subj, body, labels, comp, topics, oc in LETTERS + NOTES:
        full, addr = K.pick(rng, K.CANDIDATES)
        first = full.split()[0]
        fill = dict(first=first, full=full, addr=addr)
        text = body.format(**fill)
        n = counters[fam]
        counters[fam] += 1
        if folder == "Sent":
            from_name, from_addr, to_addr = full, addr, faddr.format(**fill)
            hr_guess = {"Thackeray Life & Pensions": "morag.sutherland@thackeraylife.co.uk",
                        "Bellbird Freight": "bronwyn.h@bellbirdfreight.com.au",
                        "Ellery General Hospital": "gtremblay@elleryhospital.ca",
                        "Northgate Aerosystems": "recruitment@northgate-aero.com",
                        "Cobourg Rail Components": "careers@cobourgrail.com",
                        "Kilbarron Medical Devices": "declan.fitzgerald@kilbarronmed.com",
                        "Wexmoor Building Society": "hr@wexmoor.co.uk",
                        "Coolgardie Resources": "talent@coolgardieres.com.au"}
            to_addr = hr_guess.get(comp, to_addr)
        else:
            from_name, from_addr, to_addr = fname, faddr, addr
        yield K.record(FAMILY_PREFIX, fam, n, folder=folder, from_name=from_name, from_addr=from_addr, to_addr=to_addr,
                       subject=subj, body_text=text, body_html=None, labels=labels, company=comp, topics=topics, oc=oc)
