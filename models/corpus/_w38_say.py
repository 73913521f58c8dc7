"""What w38's messages say: the sentence banks for each kind of message, and the kind builders.

Every builder takes (rng, ctx) and returns a dict with subject, paras (new text only), labels,
topics and oc. Wrappers (greeting, signature, footer, quoting, HTML) live in the generators, and are
shared between labelled and unlabelled kinds so only the meaning decides the label.
"""

from __future__ import annotations

import random

from _w38_kit import choose, pick

# ---------------------------------------------------------------- acknowledgements
ACK_OPEN = [
    "Thank you for applying for the {role} position ({ref}) with {org}.",
    "This email confirms that your application for {role} was received on {date}.",
    "We have received your application for {role}, {ref}.",
    "Your application for the role of {role} has been successfully lodged.",
    "Thanks for putting your hand up for the {role} role at {org} - your application has landed with us.",
    "Your submission for {ref} ({role}) is now in our system.",
    "We acknowledge receipt of your application for the {role} competition.",
    "Thank you for your interest in {org}. Your application for {role} has been submitted.",
    "Your application package for {role} was received and is complete.",
    "Just a quick note to let you know we got your application for {role}.",
    "Application received: {role}. Reference {ref}.",
    "[au,nz] Thank you for submitting your application and statement addressing the selection criteria for {role}.",
    "[us] Your application for {ref} ({role}) was received. Your responses to the occupational questionnaire will be reviewed once the announcement closes.",
    "[us] Thank you for applying to {org}! We received your application for {role} and a recruiter will review it shortly.",
    "[ca] Your application to selection process {ref} has been received. Thank you for your interest in the federal public service.",
    "[ca] We confirm receipt of your application for the {role} posting. Please note that communication for this process will be sent by email.",
    "[ie] The Recruitment Unit acknowledges receipt of your application form for {role} ({ref}).",
    "[ie] Thank you for your application for the {role} competition. This email is an acknowledgement only.",
    "[au] Your application for {role} has been submitted through the I Work For portal. Your reference number is {n}.",
    "[nz] Kia ora, thanks for applying for {role}. We've received your CV and cover letter.",
    "Hi there - thanks for sending your resume through for {role}. It's landed safely with our team.",
    "This is an automated message to confirm your application for {role} at {org} arrived on {date}.",
    "We've received the application you submitted on {date} for {role} and it has been assigned reference {n}.",
    "Thanks for your application - this note just confirms it came through properly for the {role} vacancy.",
    "Your application for {role} is in. Thanks for taking the time to apply.",
]
ACK_NEXT = [
    "Applications close on {date}, after which a panel will assess all applicants against the selection criteria.",
    "Once the announcement closes, HR will review your responses to the assessment questionnaire and supporting documents to determine your eligibility.",
    "The hiring team will review applications over the coming weeks. If you are shortlisted, we will be in touch by phone or email.",
    "Shortlisting is expected to take place in the week of {date}.",
    "Because of the number of applications we receive, we may only be able to contact those selected for the next stage.",
    "You can track the progress of your application at any time by signing in to {portal}.",
    "Please keep your contact details current in your candidate profile so we can reach you.",
    "If your application progresses, a member of the panel will contact you to arrange next steps.",
    "We aim to let every applicant know the outcome within six weeks of the closing date.",
    "A screening process will be carried out on the basis of the information you supplied.",
    "No further action is required from you at this stage.",
    "We'll be in touch either way once the team has had a look.",
    "[us] If you claimed veterans' preference, please make sure your DD-214 is attached.",
    "[us] You will receive a Notice of Results by email once the eligibility review is finished.",
    "[ca] Candidates may be assessed using a written exam, an interview and reference checks.",
    "[au,nz] Please ensure your referees are aware they may be contacted.",
    "[ie] Candidates should note that shortlisting may be carried out on the basis of information supplied in the application form.",
    "Our recruiters read every application, so it can take a couple of weeks to hear back.",
    "In the meantime, feel free to learn more about our teams on our website.",
    "Please quote the reference number in any correspondence.",
    "This mailbox is not monitored; contact the recruitment team if you have questions.",
]

# ---------------------------------------------------------------- invitations
INV_TYPES = [
    ("phone", ["a phone screen", "a 20-minute phone conversation", "a brief telephone interview", "an initial phone chat"]),
    ("panel", ["a panel interview", "an interview with the selection panel", "a structured interview before a board",
               "a competency-based interview"]),
    ("video", ["a video interview on Teams", "an interview via Zoom", "a recorded video interview",
               "a Webex interview"]),
    ("test", ["an online assessment", "a written exercise", "a timed work sample test", "a second language evaluation (reading and writing)",
              "a technical assessment", "a written examination"]),
    ("site", ["an onsite interview and site tour", "a working interview", "a trial shift",
              "a teaching demonstration lesson", "an assessment day at our office", "a half-day site visit and interview"]),
    ("chat", ["a quick chat with the hiring manager", "a coffee and a chat with the team lead", "a call with our CTO",
              "an informal catch-up with the team", "a half-hour call with our head of engineering"]),
]
INV_OPEN = [
    "Following a review of applications, I am pleased to invite you to {what} for the {role} position.",
    "Congratulations - you have been shortlisted for {role} and we'd like you to attend {what}.",
    "The panel would like to invite you to {what} for {role} ({ref}).",
    "We'd love to set up {what} to talk through the {role} role with you.",
    "You have been selected to move forward in the process for {role}. The next step is {what}.",
    "Your application for {role} has been successful at the shortlisting stage and you are invited to {what}.",
    "I'd like to invite you to {what} about the {role} opening.",
    "Thanks for your patience. We've reviewed your application for {role} and would like to schedule {what}.",
    "You have been referred to the selecting official and they have asked to schedule {what} with you.",
    "Following the screening stage of {ref}, you are invited to {what}.",
    "Good news: the panel has shortlisted you for {role}, and the next step is {what}.",
    "We enjoyed reading your application for {role} and would like to move you forward to {what}.",
    "Your name came up top of the pile for {role} - are you up for {what}?",
    "[ie] I am pleased to inform you that you have been shortlisted for the next stage of the {role} competition, which is {what}.",
    "[au] Thank you for your application for {role}. You have been shortlisted and are invited to {what}.",
    "[us] Congratulations, you have been selected for {what} for the {role} vacancy under {ref}.",
    "[ca] You are invited to the next phase of selection process {ref}: {what}.",
    "[nz] Kia ora - the panel would love to meet you for {what} about the {role} role.",
    "The hiring manager reviewed your resume and asked me to set up {what}.",
]
INV_WHEN = [
    "The interview will be held on {date} at {time} and should take about 45 minutes.",
    "We have {date} and the following Thursday available; please use the link below to choose a time that suits.",
    "Please book a slot using this link: https://book.example/{n} - slots are available until {date}.",
    "Could you let me know your availability for {date}? Mornings work best for the panel.",
    "Proposed time: {date}, {time}. If that doesn't work, reply with two or three alternatives.",
    "We're looking at {date} around {time} - does that work your end?",
    "Please reply by {date} to confirm your attendance.",
    "Pick whichever time works for you here: https://cal.example/{n}",
    "The panel is sitting on {date} between 9 and 4; let me know which hour suits and I'll lock it in.",
    "Can you do {date} at {time}? It'll run for roughly an hour.",
    "[au,nz] Interviews will be held in the week commencing {date}. Please phone me on the number below to book a time.",
    "[us] Please select an interview time through the scheduling link no later than {date}.",
    "[ie] Interviews for this competition will take place on {date}. Your time is {time}; please arrive 15 minutes early.",
    "[ca] The interview will be conducted in the official language of your choice on {date} at {time}.",
]
INV_LINK = [
    "The assessment link will stay open until 11:59 pm on {date}. It takes around 60 minutes.",
    "Please complete it by {date} using the link below: https://assess.example/{n}",
    "You'll have 72 hours from opening the link to finish; the deadline is {date}.",
    "Record your answers any time before {date}. There are five questions and you get two takes on each.",
    "The test is unsupervised and should take about 40 minutes. Please finish before {time} on {date}.",
]
INV_PREP = [
    "The panel will be {p1} (chair), {p2} and an independent member.",
    "You'll meet {p1}, who manages the team, and {p2} from our engineering group.",
    "Please bring photo ID and originals of your qualifications.",
    "Questions will be based on the key selection criteria in the position description.",
    "You may be asked to deliver a short presentation; the topic will be provided 30 minutes beforehand.",
    "If you require any adjustments for the interview, please let us know and we will do our best to accommodate you.",
    "Dress is casual - no need for a suit.",
    "Parking is available in the visitor car park off the main entrance; please report to reception.",
    "Accommodations are available upon request under the Rehabilitation Act.",
    "[ca] Please note this position is bilingual imperative (BBB/BBB) and the evaluation will be conducted by the Public Service Commission.",
    "[us] Reasonable accommodations are available upon request; contact the HR office listed in the announcement.",
    "[au] As this is a FIFO role, interviews for shortlisted candidates are run by video.",
    "[au,nz] Referee checks will be conducted for the recommended candidate after interview.",
    "[ie] Please bring your passport or driving licence, and evidence of your qualifications, to the interview.",
    "[nz] Whānau are welcome to join you at the interview if that would help you feel comfortable.",
    "It's a conversation more than a test - we want to hear how you think.",
    "Expect a mix of behavioural and technical questions, and time for your own questions at the end.",
    "There will be a short written task at the start of the session.",
    "Let me know if you'd prefer to do this by phone instead of video.",
]
RESCHED = [
    "Unfortunately {p1} has been called away, so we need to move your interview for {role}. Would {date} at {time} work instead?",
    "We need to reschedule your {role} interview originally set for {date2}. A new invitation is attached for {date}, {time}.",
    "Apologies for the shuffle - the panel chair is unwell. Can we push your interview to {date} at {time}? Let me know if that's a problem.",
    "Due to a clash in the board room, your interview has been moved to {date}, {time}. Please confirm you can still attend.",
]

# ---------------------------------------------------------------- rejections
REJ_OPEN = [
    "Thank you for your interest in the {role} position and for the time you invested in your application.",
    "Thank you for applying for {role} with {org}.",
    "I'm writing about your application for {role} ({ref}).",
    "Thanks again for coming in to meet the panel for {role}.",
    "I appreciate you taking the time to interview with us for the {role} role.",
    "Thank you for participating in the selection process for {ref}.",
    "Following the assessment of applications for {role}, I am writing to let you know the outcome.",
    "We have now completed the selection process for the {role} vacancy.",
    "",
]
REJ_CORE = [
    "Unfortunately you have been unsuccessful on this occasion.",
    "I regret to advise that your application has not been successful.",
    "After careful consideration, we have decided not to move forward with your application.",
    "Your application was reviewed and you were not among the best qualified candidates referred to the selecting official.",
    "You were found eligible but were not referred for further consideration.",
    "The panel has decided not to progress your application to the next stage.",
    "We won't be taking your application further this time.",
    "We've made the call to go with another applicant.",
    "Unfortunately we will not be offering you the position.",
    "You have not been placed in the pool for this process.",
    "Regrettably, on the basis of the shortlisting exercise you will not be called forward to interview.",
    "I'm sorry to say we've decided not to proceed with your candidacy.",
    "The hiring manager has chosen not to progress your application beyond this stage.",
    "The team has decided to move ahead with other candidates for this role.",
    "You did not achieve the pass mark in the written assessment and your application will not proceed further.",
    "After a lot of back and forth, we're going to pass this time.",
    "[us] Based on your responses you were rated eligible, however you were not among the best qualified and were not referred to the hiring manager.",
    "[us] The selecting official has reviewed the certificate of eligibles and you were not selected.",
    "[ca] We regret to inform you that you were not successful at the interview stage and will not be considered further in this process.",
    "[ca] You did not meet the essential qualification of the bilingual imperative position and your candidacy will not be pursued.",
    "[au,nz] The panel has assessed your application against the selection criteria and you have not been shortlisted for interview.",
    "[au] You have not been recommended for appointment to the position, nor placed in the merit pool.",
    "[ie] I regret to inform you that, following the interview, you have not been placed on the panel for this competition.",
    "[ie] Unfortunately your application was not successful at the shortlisting stage of this campaign.",
    "[nz] Unfortunately we won't be progressing your application any further.",
    "It's not the news you were hoping for, I know - we won't be offering you the role.",
    "We've decided to go in a different direction for this position.",
    "This time the answer is no, but please don't take it as a reflection of your ability.",
    "You were a close second, but the role is going to someone else.",
    "We will not be moving forward with your application at this time.",
]
REJ_OC = {
    "role_filled": [
        "The position has now been filled.",
        "[us] The selecting official has chosen a preference-eligible veteran and the vacancy is now filled.",
        "The role has been filled by an internal applicant.",
        "We have appointed a candidate and the role is no longer open.",
        "[au,nz,ca,ie] A selection has been made from the existing merit pool.",
        "[us] A candidate with veterans' preference was selected for this announcement.",
        "We've already accepted an offer from another applicant.",
        "[au,nz,ie] The vacancy was filled by someone already in the branch on higher duties.",
    ],
    "budget_freeze": [
        "Following a review of our staffing budget, the department has placed a freeze on new appointments.",
        "Funding for the position was not renewed in this year's budget.",
        "A hiring freeze has been announced across the agency and all open recruitment is paused.",
        "The grant that supported this role has not been extended, so we cannot proceed with any appointment.",
        "Budget cuts handed down this month mean we can't make any new hires this quarter.",
        "[au,nz] The position is affected by the government's recruitment pause and will not be filled at this time.",
    ],
    "closer_fit": [
        "We have selected a candidate whose experience more closely matches the requirements of the role.",
        "Another applicant's background aligned more directly with what the team needs right now.",
        "[state] The panel recommended a candidate with more specific experience in the local government context.",
        "We went with someone whose skills map more closely onto our current projects.",
        "The successful applicant had direct experience with the systems we use, which tipped the balance.",
    ],
    "level_mismatch": [
        "We are looking for someone at a more senior level for this particular role.",
        "On reflection the team needs someone with more leadership experience than the level you applied at.",
        "Your experience is well above the level of this position, which is pitched at early career.",
        "[au] The role has been scoped at EL2 level and we need a candidate with that depth of management experience.",
        "We need someone more senior than we first thought - a staff-level engineer rather than mid-level.",
        "Honestly we think you'd be under-challenged at this grade.",
    ],
    "role_cancelled": [
        "The position has been cancelled following a restructure of the branch.",
        "The announcement has been cancelled and no selection will be made.",
        "The team's priorities changed and the role will no longer go ahead.",
        "This recruitment has been withdrawn due to an organisational review.",
        "The funding body has asked us to put the project on hold, so the role no longer exists.",
        "[us] The vacancy announcement was cancelled by the hiring office and will not be re-posted.",
    ],
}
REJ_POST = [
    "Unfortunately we are unable to progress your application.",
    "I'm sorry to let you know that we will not be making an appointment from this process.",
    "Regrettably the process has been closed without an appointment.",
    "We won't be able to take your application any further.",
    "I'm afraid there is no longer a position to offer.",
]
REJ_NOFB = [
    "We received a high number of applications from very capable people.",
    "The standard of applicants was very high and the decision was a difficult one.",
    "We had {m} applications for this one, which made shortlisting tough.",
    "It was a really competitive field.",
    "Please know that this was not an easy decision.",
    "Competition for this vacancy was strong.",
    "I know this isn't what you wanted to hear.",
    "[au,nz] The merit selection process was highly competitive.",
    "[us] A large number of well-qualified applicants applied under this announcement.",
    "",
    "",
    "",
]
REJ_CLOSE = [
    "We encourage you to apply for future vacancies that match your skills.",
    "Your details will be kept on file for twelve months and we may contact you if a suitable role comes up.",
    "We wish you every success in your job search.",
    "Please keep an eye on our careers page for other opportunities.",
    "Thank you again for your interest in working with us.",
    "All the best with what comes next.",
    "We hope you will consider us again in the future.",
    "[ca] You may ask for an informal discussion with the assessment board within five days of this notice.",
    "[ie] Should you wish to seek a review of this decision, please refer to the Code of Practice.",
    "[us] You can view your full Notice of Results in your account.",
    "Feel free to stay in touch - things change quickly here.",
    "Thanks again for the effort you put in.",
    "Don't be a stranger - we post new roles most months.",
    "We'd be happy to hear from you again for future openings.",
    "Best of luck with your search, and thanks for thinking of us.",
    "[us] Please continue to check the job board for announcements that match your qualifications.",
    "[au,nz] Thank you for your interest in working in the public sector.",
    "",
]

# ---------------------------------------------------------------- feedback
FB_INTRO = [
    "The panel's comments are below.",
    "A few notes from the panel that may help you next time:",
    "In terms of feedback,",
    "To give you something useful:",
    "The panel noted the following.",
    "Some honest feedback, since you asked:",
    "From the assessment report:",
    "I've summarised the panel's comments for you.",
    "Since you did well enough to reach the final two, I wanted to give you a proper debrief.",
    "Here is what came out of our scoring:",
    "For what it's worth,",
    "Areas the panel identified for development:",
]
FB_PRAISE = [
    "You came across as warm and well prepared.",
    "[fed,state] Your knowledge of the policy area was clearly strong.",
    "[health] Your clinical knowledge was excellent and the panel enjoyed meeting you.",
    "Your subject knowledge was solid.",
    "Your technical exercise was one of the better ones we saw.",
    "Your enthusiasm for the community came through clearly.",
    "The panel rated your written application highly.",
    "Everyone liked you, genuinely.",
    "Your values and motivation were clear.",
    "Your presentation was engaging and well timed.",
    "",
    "",
]
FB_WEAK = {
    "coding": [
        "the coding exercise was left incomplete and several of the test cases failed",
        "your solution to the take-home worked but the code was hard to follow and had no tests",
        "in the pair-programming segment you struggled to get a working version within the time",
        "the SQL task showed some gaps - the joins returned duplicate rows",
        "your Python script got the right answer, but it would not have coped with the full data set",
        "the live coding part was a bit rocky, and you didn't test edge cases before calling it done",
        "the panel expected cleaner, more idiomatic code in the work sample",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the service would scale beyond one region",
        "the architecture discussion stayed at a high level; trade-offs around data storage and failover were not explored",
        "when we talked through the integration design, the panel felt the approach would not hold up under load",
        "your design for the case management system did not address how the components would talk to each other",
        "we were hoping you'd talk through caching, queues and what happens when a dependency goes down",
        "the whiteboard session didn't get far past the happy path of the architecture",
    ],
    "technical_depth": [
        "when the panel probed further into your specialist area, the answers became fairly general",
        "[health] the panel wanted more depth on the clinical governance framework",
        "[bank] your answers on the AML rules engine stayed at a surface level",
        "[energy] we were looking for a deeper understanding of protection schemes than came through",
        "your technical answers were correct but didn't go much below the surface",
        "we were hoping for more detail on the tools and methods you'd actually used",
        "[fed,state] your grasp of the underlying legislation seemed a little shallow for this level",
        "[mining] the follow-up questions on ore body modelling exposed some gaps",
        "[startup,bank] the panel felt your understanding of Kubernetes networking was not yet where the role needs it",
    ],
    "behavioural": [
        "your responses to the selection criteria lacked specific examples",
        "the STAR examples you gave did not show clearly what your own actions were",
        "when asked about a time you managed conflict, the example was quite thin",
        "the situational questions were answered in general terms rather than from real experience",
        "[au,nz,ie] your claims against the key selection criteria described duties rather than achievements",
        "[us,ca] your examples didn't show the result of what you did, which is what the scoring guide looks for",
        "it wasn't always clear what you personally did versus what the team did",
    ],
    "communication": [
        "some answers ran long and the key point got lost",
        "the panel found it hard to follow the structure of your presentation",
        "your written exercise would have benefited from a clearer, plainer style",
        "at times it was difficult to tell what your main message was",
        "you tended to use a lot of jargon, which made the answers harder for the non-specialist on the panel",
        "the briefing note was too long and buried the recommendation",
    ],
    "questions_to_ask": [
        "you didn't have any questions for the panel at the end, which was noted",
        "the panel would have liked to see more curiosity about the role and the team",
        "when invited to ask questions you said you had none",
        "your questions at the end were about leave and hours rather than the work",
    ],
    "composure": [
        "you seemed quite nervous, particularly during the presentation",
        "under time pressure in the scenario exercise you lost your way a little",
        "the panel felt you were rattled by the follow-up questions",
        "you looked flustered when the video link dropped and didn't really recover",
        "you rushed the presentation and seemed anxious throughout",
    ],
    "experience_level": [
        "the panel wanted more depth on stakeholder management at a senior level",
        "you have less hands-on experience leading a team than the role requires",
        "[mining,energy] your background in FIFO site operations is still fairly limited",
        "the role calls for a few more years at this level than you have so far",
        "the role needs more years in a regulatory environment than you currently have",
        "[health] we'd want to see a couple more years in a frontline clinical role first",
        "you haven't yet managed budgets of the size this position carries",
    ],
    "collaboration": [
        "we didn't get a strong sense of how you work with other teams",
        "your examples focused on your individual work rather than working with colleagues",
        "the panel had some concerns about how you would share work across the branch",
        "your answer on handling a disagreement with a colleague came across as quite one-sided",
        "we'd like to have heard more about how you bring others along, especially other departments",
    ],
    "cv_positioning": [
        "your resume did not make your project management experience easy to find",
        "the application didn't connect your experience to the selection criteria clearly",
        "your CV undersold the data work you described at interview",
        "the cover letter was generic and didn't speak to this agency",
        "your two-page pitch focused on duties and didn't highlight outcomes",
        "your portfolio didn't include the kind of public-facing work we asked for",
    ],
}
FB_JOIN = ["However, {w}.", "That said, {w}.", "One area to work on: {w}.", "The main gap: {w}.",
           "Also, {w}.", "The panel also noted that {w}.", "Where you lost marks: {w}.", "If anything, {w}.",
           "In comparison with the preferred candidate, {w}.", "The feedback was that {w}."]


def feedback_paras(rng: random.Random, ctx: dict, n_topics: int | None = None) -> tuple[list[str], list[str]]:
    n = n_topics if n_topics is not None else rng.choice([1, 1, 2, 2, 3])
    pool = sorted(FB_WEAK)
    if ctx.get("sector") not in ("startup", "bank", "uni", "energy", "fed"):
        pool = [t for t in pool if t not in ("coding", "system_design")]  # no code interviews for nurses
    topics = rng.sample(pool, n)
    lines = [pick(rng, FB_INTRO, ctx), pick(rng, FB_PRAISE, ctx)]
    bullets = rng.random() < 0.3
    for t in topics:
        w = choose(rng, FB_WEAK[t], ctx)
        if bullets:
            lines.append(rng.choice(["- ", "* ", "• "])[:2] + w[0].upper() + w[1:])
        else:
            joins = [j for j in FB_JOIN if not any(j.split("{")[0] and l.startswith(j.split("{")[0]) for l in lines)]
            lines.append(rng.choice(joins or FB_JOIN).format(w=w))
    lines = [l for l in lines if l]
    for i in range(1, len(lines)):
        if lines[i - 1].endswith(","):  # "For what it's worth, the panel..."
            lines[i] = lines[i][0].lower() + lines[i][1:]
    text = "\n".join(lines) if bullets and not lines[0].endswith(",") else " ".join(lines)
    return [text], topics


# ---------------------------------------------------------------- offers
OFFER_OPEN = [
    "I am delighted to offer you the position of {role} with {org}.",
    "On behalf of the panel, I'm pleased to let you know we'd like to offer you the {role} role.",
    "We are pleased to extend a tentative job offer for the position of {role}, {ref}.",
    "Great news - referee checks are back and we'd like to offer you the job.",
    "Following your successful interview, {org} is pleased to make you a conditional offer of employment as {role}.",
    "Congratulations! We'd love you to join us as our {role}.",
    "The Commission is pleased to offer you an indeterminate appointment to the position of {role}.",
    "I'm pleased to confirm the verbal offer I made on the phone this afternoon for {role}.",
    "Good news! The panel has recommended you and the delegate has approved your appointment as {role}.",
    "We'd like you to come on board as {role} - here is the offer in writing.",
    "[ie] I am pleased to inform you that you have been placed first in order of merit and we wish to offer you the post of {role}.",
    "[us,school] The district is pleased to offer you a contract for the {role} position for the coming school year.",
    "Thanks for your patience - we're thrilled to offer you the {role} job.",
]
OFFER_PAY = [
    "[au] The starting salary is {pay} per annum plus 12% superannuation.",
    "[nz] The salary is {pay} per annum plus 3% KiwiSaver employer contribution.",
    "[us] This position is at GS-11, step 1, with locality pay; your salary will be {pay}.",
    "[ca] You will be paid at the first step of the EC-05 scale, {pay} per year.",
    "[ie] You will be appointed at the first point of the salary scale, {pay}, in line with Department of Finance guidance.",
    "The package is {pay} base, with four weeks of annual leave.",
    "Your salary will be {pay}, step 3 of the scale.",
    "The base salary is {pay} with an annual bonus target of 10%.",
    "We can offer {pay} plus the usual benefits.",
    "Salary: {pay}. Benefits start on day one.",
]
OFFER_TERMS = [
    "[au] The offer is conditional on a satisfactory national police check and Working With Children Check.",
    "[us] This tentative offer is contingent on a favorable background investigation and verification of eligibility.",
    "[ca] The offer is conditional on obtaining Reliability Status security clearance.",
    "[ie] The appointment is subject to satisfactory Garda vetting and a medical assessment.",
    "[nz] The offer is subject to a Ministry of Justice criminal record check.",
    "We propose a start date of {date}, subject to your notice period.",
    "A formal letter of offer and contract are attached for your review.",
    "The position is a fixed-term contract for 24 months with the possibility of extension.",
    "[au,mining,energy] The roster is 8 days on / 6 off, with flights from Perth covered.",
    "We'd also like to offer a $5,000 sign-on bonus.",
    "[startup] You'll get stock options vesting over four years, details in the attached term sheet.",
    "The role is hybrid, three days in the office.",
]
OFFER_ASK = [
    "Please let us know your decision by {date}.",
    "Sign and return the attached offer via the portal within five business days.",
    "Give me a call if you'd like to talk anything through before accepting.",
    "To accept, reply to this email and we will start the pre-employment checks.",
    "The offer is open until {date}; after that we may need to approach another candidate.",
    "Have a think over the weekend and let me know.",
]
PAY = {"us": ["$78,400", "$96,000", "$112,500", "$64,200", "$131,000"],
       "ca": ["$84,115", "$92,400", "$71,500", "$105,000"],
       "au": ["$98,756", "$112,000", "$87,500", "$134,000"],
       "nz": ["$82,000", "$95,500", "$74,000"],
       "ie": ["€46,500", "€58,200", "€39,800", "€71,000"]}

# ---------------------------------------------------------------- neutral status, reminders etc
STATUS_REFERRED = [
    "Your application for {role} ({ref}) has been referred to the selecting official for further consideration.",
    "Your application status has been updated to: Referred to hiring manager.",
    "You have been assessed as eligible and placed on the merit list for {role}. Being on the list does not guarantee an offer.",
    "Your name has been placed in the merit pool for {role}. The pool will remain active for 12 months and may be used to fill similar vacancies.",
    "You met the essential qualifications and your application has been forwarded to the hiring board.",
    "Your application is still under review. We appreciate your patience while the panel completes shortlisting.",
    "We're still working through applications for {role} and expect to be in touch by {date}.",
    "There has been a change in the status of your application. Please sign in to {portal} to view it.",
    "You are in the partially qualified pool for {ref}. Further assessments may be scheduled if additional vacancies arise.",
    "Your application for {role} is progressing and you remain under consideration. We will contact you once the panel has finalised its recommendation.",
]
PROFILE_NUDGE = [
    "Your candidate profile is 60% complete. Adding your work history and referees makes applying faster.",
    "[us] Your USA-style resume is missing required information (hours per week, supervisor). Update it before you apply.",
    "Help recruiters find you: add your skills and a profile photo.",
    "We noticed you haven't logged in for a while. Your saved documents will be deleted on {date} unless you sign in.",
    "You started an application for {role} but haven't submitted it. It will be saved as a draft until {date}.",
    "Please upload your transcripts to complete your profile on {portal}.",
    "Don't forget: applications for {role} close at midnight {date}. Your draft is waiting.",
]
REMINDER = [
    "This is a reminder of your interview for {role} tomorrow, {date} at {time}.",
    "Just confirming your interview is booked for {date}, {time}. See you then.",
    "Your interview for {role} has been confirmed. Details: {date}, {time}.",
    "Reminder: your online assessment for {ref} must be completed by {date}. You have already started it.",
    "Thanks for choosing a time - you're all set for {date} at {time}.",
    "Friendly reminder we'll see you on {date} for the panel. Bring your ID to reception.",
    "We have received your completed assessment for {role}. There is nothing further you need to do at this stage.",
    "Accepted: Interview - {role} ({date}, {time})",
    "Just a note that the room for your interview on {date} has changed to Level 3, Meeting Room B. The time is the same.",
    "Your interview tomorrow will be on Teams rather than in person. Same time, {time}; the link is in the calendar invite you already accepted.",
    "We look forward to seeing you on {date} for your assessment centre. Lunch will be provided.",
    "[ca] This confirms your second language evaluation booking for {date} at {time}.",
]
THANKS_TODAY = [
    "Thanks for your time today and for the good conversation about {role}. The panel is meeting the remaining candidates this week and we'll be in touch.",
    "It was great to meet you this morning. We have a couple more interviews to run and expect to have news by {date}.",
    "Thanks for coming in today - the team enjoyed it. Next steps will come through shortly once we've compared notes.",
    "Thanks for making the drive out to site today. We'll let you know how you went once all the interviews are done.",
    "Cheers for your time on the call this arvo. I'll chase the panel for a decision and get back to you.",
    "Thank you for attending the interview for {ref}. Panel deliberations are under way and all candidates will be advised in writing.",
]
ONBOARD = [
    "[au] Welcome aboard! Now that you've accepted, please complete your new starter forms (tax file number declaration, super choice and bank details) before {date}.",
    "[us] Congratulations on accepting your offer. Your I-9 and direct deposit forms are in the onboarding portal; please finish them before your first day on {date}.",
    "Your security clearance pack has been lodged. Orientation is on {date} at {time}; parking permits will be issued on the day.",
    "[mining,energy] Please book your pre-employment medical and drug and alcohol screen before your site induction on {date}.",
    "Now that your offer is signed, IT will send your login on your first morning. Your buddy will be {p1}.",
    "[ie] Please return the signed contract, your PPS number and bank details to the HR office before {date}.",
    "[ca] Welcome! Please complete your Letter of Offer acceptance steps, your oath or solemn affirmation and your direct deposit form before {date}.",
    "Your start date of {date} is confirmed. Please bring your ID for your building pass on the first morning.",
]
NOFB = [
    "Thank you for your email asking for feedback on your application for {role}. Unfortunately, due to the volume of applications, we are unable to provide individual feedback at the shortlisting stage.",
    "Thanks for reaching out. As a matter of policy we don't provide feedback on interview performance, but I do appreciate you asking.",
    "I'm afraid the panel's notes are confidential and we're not able to share them. We had many strong candidates and it was a close decision.",
    "Thanks for getting in touch. Feedback is only available to candidates who attended an interview, so unfortunately I can't offer any for this process.",
    "I've checked with the panel and they've asked me to let you know the decision came down to very fine margins - there wasn't anything specific they could point to. Sorry I can't give you more.",
    "[us] Under our merit promotion procedures, individual scoring results are not released. Thank you for understanding.",
    "I'd love to help but legal advice is that we don't give interview feedback. Best of luck.",
]
CLOSED_BEFORE = [
    "Hi {cand}, I'd flagged the {role} role with {org} to you last week - just a heads up that the client has filled it before we put anyone forward, so no need to send your CV over.",
    "Quick update on the {role} contract I mentioned: it's been pulled before we submitted anybody. I'll keep you in mind for the next one.",
]
COLD = [
    "Hi {cand}, I lead the public sector practice at {agency}. I came across your profile and have a confidential Director-level search that may interest you. Would you be open to a call next week?",
    "{cand}, we're partnering with a well-known mining house on a number of senior engineering appointments in WA. Open to a no-obligation conversation?",
    "Hello {cand} - I'm working on a retained search for a CFO at a regional health provider. Your background caught my eye. Happy to share more if you're interested.",
    "G'day {cand}, I've got a few contract roles around Canberra for people with your data background, rates around $120 an hour. Worth a chat?",
]
