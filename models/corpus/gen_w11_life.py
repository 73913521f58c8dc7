"""w11 writer: the rest of an academic / creative inbox that looks like hiring mail but mostly is not:
journal decisions, funding outcomes, festival and residency calls, conference mail, job boards and
newsletters, auto-replies, bounces, scams, duties at the current job, admissions and personal mail.
A job board's "your application was sent to X" is the only labelled meaning here (application_ack)."""

from __future__ import annotations

import importlib
import random
from typing import Iterable

FAMILY_PREFIX = "w11life"


def _load(name: str):
    """The helper module ``name`` of this folder (``build.py`` puts the folder on ``sys.path``)."""
    return importlib.import_module(name)


K = _load("_w11_kit")
S = _load("_w11_say")
pick, maybe = K.pick, K.maybe

JOURNALS = ["Journal of Coastal Archaeology", "Textile History Review", "Computational Linguistics Letters",
            "Annals of Soil Biology", "Museum Practice Quarterly", "Journal of Migration and Memory",
            "Frontiers in Glacier Dynamics", "Screen Studies Today", "Review of Urban Ecology", "Early Music Research"]
FUNDERS = ["the Halberd Foundation", "the National Research Council", "the Cultural Heritage Fund", "the Wexford Trust",
           "the European Humanities Programme", "the Arts Development Fund", "the Marine Futures Fund"]
FESTIVALS = ["Saltmarsh Short Film Festival", "Open Studio Residency at Penrhos", "Larchfield Poetry Prize",
             "Caldermouth Documentary Week", "Brightwater Game Jam Showcase", "Glenbarrow Sculpture Trail",
             "Northern Light Print Biennale", "Juniper Bay Writers' Retreat"]
CONFS = ["the Digital Heritage Symposium", "ICMS 2027", "the Annual Meeting of the Society for Public History",
         "GameCraft Summit", "the Nordic Design Research Conference", "the Soil Science Congress", "EuroLing 2027"]
BOARDS = ["UniJobs Weekly", "ArtsHire", "ResearchPost", "The Museum Jobs Board", "ImpactCareers", "StudioCall Jobs"]


def _person():
    return None


def rec(rng, fam, n, from_name, from_addr, to, subj, paras, labels=(), company=None, html=None):
    html = html or pick(rng, ["text", "text", "text", "both", "only"])
    return K.record(FAMILY_PREFIX, fam, n, folder="INBOX", from_name=from_name, from_addr=from_addr, to_addr=to,
                    subject=subj, paras=paras, labels=labels, company=company, html=html, rng=rng,
                    brand=from_name if html != "text" else "")


# ---------------------------------------------------------------- journal
REVIEWER = [
    "Reviewer 1: The argument in section 3 is underdeveloped and the sample is too small to support the conclusions.",
    "Reviewer 2: The authors do not engage with the recent literature on this question; the methods section lacks detail.",
    "Reviewer 1 found the paper clearly written but felt the contribution was incremental.",
    "The reviewers agreed that the data are interesting, but the framing needs substantial rethinking.",
    "Reviewer 3 raised concerns about the statistical analysis, in particular the handling of missing values.",
]


def journal(rng, n):
    ed_f, ed_l = K.person(rng)
    j = pick(rng, JOURNALS)
    c = K.candidate(rng)
    ms = f"{K.slug(j)[:4].upper()}-2026-{rng.randint(1000, 9999)}"
    kind = rng.randrange(5)
    if kind == 0:
        subj = pick(rng, [f"Decision on Manuscript ID {ms}", f"{j} – decision on your submission", f"Manuscript {ms}: Reject"])
        body = [f"Dear Dr {c['last']},", pick(rng, [
            f"Thank you for submitting your manuscript \"{pick(rng, ['Weaving and Wages', 'Tidal Memory', 'Syntax at Scale', 'Roots Under Pressure'])}\" to {j}. I regret to inform you that we are unable to accept it for publication.",
            f"I am writing to let you know that, after peer review, your manuscript {ms} has been declined.",
            f"Unfortunately the editorial board has decided not to proceed with your submission ({ms})."]),
            " ".join(rng.sample(REVIEWER, 2)),
            pick(rng, ["We hope you will find the comments useful and consider submitting future work to the journal.",
                       "I am sorry not to have better news.", "The full reports are available in your author centre."]),
            f"Yours sincerely,\n{ed_f} {ed_l}\nEditor-in-Chief, {j}"]
    elif kind == 1:
        subj = f"Invitation to review for {j}"
        body = [f"Dear {c['full']},", f"Given your expertise, I would like to invite you to review the manuscript \"{pick(rng, ['Colour and Commerce in the 1890s', 'Subglacial Hydrology Revisited', 'Archive as Interface'])}\" submitted to {j}.",
                "Please let me know within 5 days whether you are able to accept. The review would be due within 21 days.",
                f"Agree: https://review.{K.slug(j)[:10]}.org/agree?ms={ms}\nDecline: https://review.{K.slug(j)[:10]}.org/decline?ms={ms}",
                f"With thanks,\n{ed_f} {ed_l}\nHandling Editor"]
    elif kind == 2:
        subj = f"{j}: your manuscript has been accepted"
        body = [f"Dear Dr {c['last']},", f"I am pleased to inform you that your manuscript {ms} has been accepted for publication in {j}.",
                "Congratulations! The production team will be in touch about proofs.", f"Best wishes,\n{ed_f} {ed_l}"]
    elif kind == 3:
        subj = f"Major revisions requested – {ms}"
        body = [f"Dear {c['first']} {c['last']},", "The reviewers see merit in your paper but request major revisions before it can be reconsidered.",
                " ".join(rng.sample(REVIEWER, 2)), "Please submit your revised manuscript within 60 days.", f"Kind regards,\n{ed_f} {ed_l}"]
    else:
        subj = pick(rng, [f"Call for papers: special issue of {j}", f"{j} – new issue out now", f"Submit to {j}: themed issue on repair"])
        body = ["Dear colleague,", f"{j} invites submissions for a special issue on '{pick(rng, ['Rejection and Refusal in the Archive', 'Work, Labour and Interviews', 'Offers, Gifts and Exchange'])}'.",
                f"Abstracts of 300 words are due by {K.date_str(rng)}. Full papers will undergo double-blind review.", "Unsubscribe from editorial announcements"]
    return rec(rng, "journal", n, pick(rng, [j, f"{ed_f} {ed_l}", f"{j} Editorial Office"]),
               pick(rng, [f"onbehalfof@manuscriptflow.net", f"editorial@{K.slug(j)[:14]}.org"]), c["addr"], subj, body)


# ---------------------------------------------------------------- funder
def funder(rng, n):
    fu = pick(rng, FUNDERS)
    c = K.candidate(rng)
    kind = rng.randrange(4)
    app = f"{pick(rng, ['AH', 'NE', 'CF', 'MF'])}/{rng.randint(100000, 999999)}/1"
    if kind == 0:
        subj = pick(rng, [f"Outcome of your application {app}", "Funding decision", f"{fu.replace('the ', '').title()} – grant outcome"])
        body = [f"Dear {c['first']} {c['last']},", pick(rng, [
            f"I am sorry to tell you that your proposal {app} has not been recommended for funding in this round.",
            "The panel met on " + K.date_str(rng) + ". Regrettably, your application was not among those selected for an award.",
            "Thank you for applying to the Early Career Fellowship scheme. Competition was exceptionally strong and we are unable to fund your proposal."]),
            maybe(rng, 0.7, pick(rng, ["The panel felt the methodology was ambitious but insufficiently costed, and the pathway to impact was unclear.",
                                       "Assessors praised the originality of the project but were not convinced by the feasibility of the timeline.",
                                       "Panel comments: strong track record; the case for public engagement needs strengthening."])),
            "The success rate in this round was " + str(rng.randint(8, 22)) + "%.", f"Grants Team\n{fu[4:].title() if fu.startswith('the ') else fu}"]
    elif kind == 1:
        subj = f"Application received – {app}"
        body = [f"Dear {c['first']},", f"Thank you for submitting your funding application to {fu}. Your reference is {app}.",
                "Applications are assessed by an expert panel; decisions are communicated within 16 weeks.", "Grants Office"]
    elif kind == 2:
        subj = "Congratulations – award letter"
        body = [f"Dear {c['first']},", f"I am delighted to inform you that {fu} has agreed to award a grant of £{rng.randint(20, 300)},000 to your project.",
                "Your award letter and terms and conditions are attached. Please accept the award online within 30 days.", "With warm congratulations,\nHead of Programmes"]
    else:
        subj = pick(rng, ["Invitation to join our peer review college", "Could you assess a proposal?"])
        body = [f"Dear Dr {c['last']},", f"{fu.capitalize()} would like to invite you to act as an expert reviewer for a proposal in your field.",
                "The review is short (about two hours) and an honorarium of £100 is offered.", "Let us know by replying yes or no."]
    return rec(rng, "funder", n, fu.replace("the ", "").title(), f"grants@{K.slug(fu)[:14]}.org", c["addr"], subj, body)


# ---------------------------------------------------------------- festival / residency / open call
def festival(rng, n):
    fe = pick(rng, FESTIVALS)
    c = K.candidate(rng)
    kind = rng.randrange(4)
    if kind <= 1:
        subj = pick(rng, [f"{fe}: your submission", "Selection results", f"Thank you for submitting to {fe}", "Re: Entry #" + str(rng.randint(100, 9999))])
        body = [pick(rng, [f"Dear {c['first']},", "Dear filmmaker,", "Dear artist,", f"Hi {c['first']},"]), pick(rng, [
            f"Thank you for submitting your work to {fe}. We received over {rng.randint(400, 3000)} entries this year and regret that yours was not selected.",
            "After much deliberation, our programmers have finalised the line-up, and we are sorry to say your film is not part of it.",
            f"We were unable to offer you a place on the {fe} this year. This is not a reflection on the quality of your practice.",
            "Unfortunately your proposal was not shortlisted for the residency."]),
            maybe(rng, 0.5, pick(rng, ["The jury found the piece visually striking but felt the second half lost momentum.",
                                       "Selectors noted a strong concept but would have liked a clearer statement of intent.", ""])),
            pick(rng, ["We hope to see your next project.", "Please do apply again next year.", "Festival passes are available at 30% off for all entrants."]),
            pick(rng, ["The Programming Team", "Selection Committee", f"Team {fe.split()[0]}"])]
    elif kind == 2:
        subj = pick(rng, [f"Open call: {fe} 2027", "Deadline extended – apply now!", f"Applications open for {fe}"])
        body = ["Hello!", f"The {fe} is now open for applications. We're looking for artists, writers and makers at any career stage.",
                f"Deadline: {K.date_str(rng)}. No entry fee for under-25s.", "Apply here: https://" + K.slug(fe)[:14] + ".org/apply",
                "You are receiving this because you subscribed to our mailing list. Unsubscribe."]
    else:
        subj = "Congratulations – you're on the shortlist!"
        body = [f"Dear {c['first']},", f"Your entry has been shortlisted for the {fe} award. The winner will be announced at the ceremony on {K.date_str(rng)}.",
                "We'd love you to attend; two tickets are reserved in your name.", "Warmly,\nThe Prize Team"]
    return rec(rng, "festival", n, fe, f"{pick(rng, ['submissions', 'hello', 'info', 'programme'])}@{K.slug(fe)[:16]}.org", c["addr"], subj, body)


# ---------------------------------------------------------------- conference
def conference(rng, n):
    co = pick(rng, CONFS)
    c = K.candidate(rng)
    ch_f, ch_l = K.person(rng)
    kind = rng.randrange(5)
    sub = rng.randint(10, 400)
    if kind == 0:
        subj = pick(rng, [f"{co.replace('the ', '').title()}: notification for submission #{sub}", f"Your abstract #{sub} – decision"])
        body = [f"Dear {c['first']} {c['last']},", pick(rng, [
            f"We regret to inform you that your submission #{sub} was not accepted for presentation at {co}.",
            f"The programme committee received {rng.randint(200, 900)} abstracts and, unfortunately, could only accept a fraction. Your paper was not selected."]),
            maybe(rng, 0.6, "Reviews:\n- Relevant topic, but the abstract does not describe results.\n- Methodology unclear."),
            "We hope you will still join us as a delegate.", f"{ch_f} {ch_l}, Programme Chair"]
    elif kind == 1:
        subj = pick(rng, [f"Invitation to speak at {co.replace('the ', '')}", "Keynote invitation", "Would you join our panel?"])
        body = [f"Dear Dr {c['last']},", f"On behalf of the organising committee, I'd like to invite you to give an invited talk at {co} on {K.date_str(rng)}.",
                "We can cover travel and two nights' accommodation.", "Please let me know if you're interested.", f"Best,\n{ch_f} {ch_l}"]
    elif kind == 2:
        subj = pick(rng, [f"Call for papers – {co.replace('the ', '')}", "CfP: deadline in two weeks"])
        body = ["Dear colleagues,", f"Submissions are now open for {co}. We welcome papers, posters and workshop proposals.",
                f"Abstract deadline: {K.date_str(rng)}. Notification of acceptance: {K.date_str(rng)}.", "Please circulate widely."]
    elif kind == 3:
        subj = f"Registration confirmed – {co.replace('the ', '')}"
        body = [f"Dear {c['first']},", "Thank you for registering. Your delegate badge will be available at the registration desk.",
                f"Order number: {rng.randint(100000, 999999)}", "See you there!"]
    else:
        subj = f"Accepted: your paper #{sub}"
        body = [f"Dear {c['first']} {c['last']},", f"Congratulations! Your paper has been accepted as an oral presentation at {co}.",
                "Please upload the camera-ready version by the deadline.", f"{ch_f} {ch_l}"]
    return rec(rng, "conference", n, pick(rng, [co.replace("the ", "").title(), f"{ch_f} {ch_l}", "Programme Committee"]),
               pick(rng, ["noreply@confsubmit.org", f"chairs@{K.slug(co)[:12]}.org"]), c["addr"], subj, body)


# ---------------------------------------------------------------- job boards and newsletters
ARTICLES = ["How to survive the job talk (and enjoy the questions)", "Five things search committees wish you knew",
            "Rejected again? What a decade of 'no' taught me about academic hiring",
            "Reading between the lines of a rejection letter", "Negotiating your first lectureship offer",
            "Portfolio reviews: what art directors actually look at", "The teaching demo, demystified",
            "When the offer is fixed-term: questions to ask before you sign", "Why we stopped asking for cover letters",
            "What a UN written test looks like", "Interview invitation etiquette for freelancers"]


def digest(rng, n):
    c = K.candidate(rng)
    b = pick(rng, BOARDS)
    kind = rng.randrange(7)
    labels, company = (), None
    if kind == 0:
        k = rng.randint(3, 25)
        roles = rng.sample([r for sec in K.SECTORS for r in K.ROLES[sec]], 4)
        subj = pick(rng, [f"{k} new jobs matching your alert", f"New: {roles[0]} and {k - 1} more", f"Your weekly {b} alert"])
        body = [f"Hi {c['first']},", f"Here are the latest vacancies matching '{pick(rng, ['lecturer', 'curator', 'research software', 'editor', 'producer'])}':"] + [
            f"• {r} — {K.org_for(rng, pick(rng, K.SECTORS))} — closes {K.date_str(rng)}" for r in roles] + [
            "Apply now before these close!", f"Manage alerts | Unsubscribe | {b}"]
    elif kind == 1:
        arts = rng.sample(ARTICLES, 3)
        subj = pick(rng, [f"This week: {arts[0]}", f"{b} Careers Digest", f"Newsletter: {arts[0]}"])
        body = ["This week in the newsletter:"] + [f"{a}\nRead more →" for a in arts] + ["Forwarded by a friend? Subscribe here.", "Unsubscribe"]
    elif kind == 2:
        subj = pick(rng, ["Someone viewed your profile", "Your profile appeared in 9 searches", "A search committee member viewed your profile"])
        body = [f"Hi {c['first']},", "Your researcher profile was viewed " + str(rng.randint(2, 30)) + " times this week, including by someone at " + K.org_for(rng, "academia") + ".",
                "Upgrade to see who's looking.", "Turn off these notifications in settings."]
    elif kind == 3:
        subj = pick(rng, ["Webinar: acing the academic interview", "Join our free workshop: portfolio reviews",
                          "You're invited: Careers in International Organisations info session", "Careers fair – book your place"])
        body = [f"Dear {c['first']},", pick(rng, [
            "We'd like to invite you to a free online workshop on preparing for interviews and presentations.",
            "Join recruiters from twelve museums and galleries at our careers fair on " + K.date_str(rng) + ".",
            "Register now for a live Q&A with hiring managers from international NGOs."]), "Places are limited. Register: https://events." + K.slug(b) + ".com",
                "See you there!"]
    elif kind == 4:
        org = K.org_for(rng, pick(rng, K.SECTORS))
        role = pick(rng, K.ROLES[pick(rng, K.SECTORS)])
        subj = pick(rng, [f"Your application was sent to {org}", f"Application submitted: {role}", f"You applied to {role} at {org}"])
        body = [f"Hi {c['first']},", pick(rng, [f"Your application for {role} has been sent to {org}.",
                                              f"Good news — {org} has received your application for {role} through {b}.",
                                              f"We've passed your CV and cover letter to {org} for the {role} vacancy."]),
                "Track the status in My Applications.", f"The {b.replace('The ', '')} team"]
        labels, company = ("application_ack",), org
    elif kind == 5:
        subj = pick(rng, ["Complete your profile to get noticed", "Your CV is 70% complete", "Add your publications"])
        body = [f"Hi {c['first']},", "Employers are 3x more likely to contact candidates with a complete profile.",
                "Add your teaching experience and a profile photo.", "Finish now →"]
    else:
        subj = pick(rng, ["Alumni news: spring edition", "From the Careers Service: your alumni update"])
        body = ["Dear alumni,", f"This term: alumni who landed jobs in {pick(rng, ['museums', 'games', 'publishing', 'the UN'])} share their stories; how to handle rejection; offers and negotiation clinics.",
                "Book a one-to-one with a careers adviser.", "You are receiving this as a graduate. Unsubscribe."]
    frm = (b, f"noreply@{K.slug(b)}.com") if kind != 6 else ("Alumni Relations", "alumni@" + K.domain_for(K.org_for(rng, "academia")))
    return rec(rng, "boards", n, frm[0], frm[1], c["addr"], subj, body, labels, company)


# ---------------------------------------------------------------- misc inbox
def misc(rng, n):
    c = K.candidate(rng)
    kind = rng.randrange(9)
    f_, l_ = K.person(rng)
    org = K.org_for(rng, pick(rng, ["academia", "research", "museum", "ngo"]))
    dom = K.domain_for(org)
    if kind == 0:
        subj = pick(rng, ["Automatic reply: Application – " + pick(rng, K.ROLES["academia"]), "Out of Office: Re: interview",
                          "Automatic reply: Your application"])
        body = [pick(rng, [f"I am on research leave until {K.date_str(rng)} with limited access to email.",
                           "Thank you for your email. I am away at fieldwork and will reply on my return.",
                           "I'm out of the office. For recruitment queries please contact the school office."]),
                f"{f_} {l_}"]
        return rec(rng, "misc", n, f"{f_} {l_}", f"{f_}.{l_}@{dom}".lower(), c["addr"], subj, body, html="text")
    if kind == 1:
        subj = "Undeliverable: Application for " + pick(rng, K.ROLES["museum"])
        body = ["Delivery has failed to these recipients or groups:", f"recruitment@{dom}",
                "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
                "Diagnostic information for administrators:\n550 5.1.1 User unknown"]
        return rec(rng, "misc", n, "Mail Delivery System", "MAILER-DAEMON@mx." + K.slug(c["addr"].split("@")[1]) + ".net", c["addr"], subj, body, html="text")
    if kind == 2:
        subj = pick(rng, ["Offer letter – Remote Research Assistant", "URGENT: Job offer from the Foundation", "Congratulations! You are selected"])
        body = [pick(rng, ["Dear Candidate,", "Dear Beneficiary,", "Hello"]), pick(rng, [
            "After reviewing your CV on a job portal, you have been selected for a remote research assistant position paying $850 weekly. No interview needed.",
            "You have been shortlisted and approved for a UN Humanitarian Programme post. To process your contract, pay the visa processing fee of $390 via gift cards.",
            "We offer you data-entry job for our museum catalogue project. Send your bank details and a copy of your ID to start today."]),
            "Reply urgently to secure your place.", pick(rng, ["Mr. John Peters, HR Dept", "Recruitment Officer", "Dr. Mary Klein"])]
        return rec(rng, "misc", n, pick(rng, ["Foundation HR", "UN Careers Department", "Hiring Manager"]),
                   pick(rng, ["hr.department2026@gmail.com", "careers@un-jobs-office.top", "recruit@museum-work.click"]), c["addr"], subj, body, html="text")
    if kind == 3:
        # the user's current employer: asked to sit on a panel or shortlist for someone else
        subj = pick(rng, ["Interview panel – can you help?", "Shortlisting for the technician post", "Job talks next week – please attend",
                          "Re: panel for Lecturer in " + pick(rng, ["Sociology", "Music", "History"])])
        body = [f"Hi {c['first']},", pick(rng, [
            f"Would you be willing to sit on the interview panel for the new {pick(rng, K.ROLES['research'])} on {K.date_str(rng)}? It's a morning, 9 till 1.",
            "We have 28 applications for the lab technician post. Could you score them against the criteria by Friday? The spreadsheet is on the shared drive.",
            "The department is hosting job talks from three shortlisted candidates next week. Please come along and fill in the feedback form afterwards.",
            "Could you interview the two shortlisted PhD applicants with me on Thursday? I'll send the questions."]),
                f"Thanks,\n{f_}"]
        return rec(rng, "misc", n, f"{f_} {l_}", f"{f_}.{l_}@{dom}".lower(), c["addr"], subj, body, html="text")
    if kind == 4:
        subj = pick(rng, ["Your application for the MA in Curating", "Admission decision – PhD programme", "Graduate admissions outcome"])
        body = [f"Dear {c['first']},", pick(rng, [
            f"Thank you for applying to the postgraduate programme at {pick(rng, K.ORGS['academia'])}. We regret that we are unable to offer you a place.",
            "The admissions committee has reviewed your application and is unable to make you an offer of admission for the coming year.",
            "We received many excellent applications for a small number of studentships, and I'm afraid yours was not successful."]),
                "We wish you well in your studies.", "Graduate Admissions Office"]
        return rec(rng, "misc", n, "Graduate Admissions", "admissions@" + K.domain_for(K.org_for(rng, "academia")), c["addr"], subj, body)
    if kind == 5:
        subj = pick(rng, ["Re: the flat on Larch Street", "Your rental application", "Studio space – waiting list", "Allotment application"])
        body = [f"Hi {c['first']},", pick(rng, [
            "Thanks for viewing the flat. Unfortunately the landlord has gone with another applicant.",
            "I'm sorry, but your application for the artist studio was unsuccessful this time; we've added you to the waiting list.",
            "The membership committee met last night and won't be able to offer you a place in the choir this season."]),
                f"All the best,\n{f_}"]
        return rec(rng, "misc", n, f"{f_} {l_}", f"{f_.lower()}@{pick(rng, ['lettingsnorth.co.uk', 'gmail.com', 'studiospaces.org'])}", c["addr"], subj, body, html="text")
    if kind == 6:
        subj = pick(rng, ["drinks friday?", "Re: your talk!!", "congrats on the paper", "book club", "Re: moving house"])
        body = [pick(rng, [f"{c['first']}!", f"Hey {c['first']},", "hi"]), pick(rng, [
            "Loved your talk yesterday — the bit about rejected patents was brilliant. Drinks on Friday to celebrate?",
            "Did you hear back from that museum job yet? Fingers crossed. Anyway, are you coming to Mira's on Saturday?",
            "Mum says thanks for the flowers. Call her when you're done with interview season x",
            "Just read your paper — congratulations! Let me know when you're next in town."]), f_]
        return rec(rng, "misc", n, f_, f"{f_.lower()}{rng.randint(1, 99)}@gmail.com", c["addr"], subj, body, html="text")
    if kind == 7:
        subj = pick(rng, ["Visa application update", "Decision on your visa application", "Club membership application"])
        body = [f"Dear {c['first']} {c['last']},", pick(rng, [
            "We regret to inform you that your application for a visitor visa has been refused. The reasons are set out in the attached notice.",
            "Your application for membership of the Rowing Club has not been approved at this time owing to a full squad list."]),
                "You may request a review within 28 days."]
        visa = "visa" in body[1]
        return rec(rng, "misc", n, "Visa Services" if visa else "Membership Secretary",
                   "no-reply@" + ("visaservices.gov.example" if visa else "rowingclub.org"), c["addr"],
                   pick(rng, ["Visa application update", "Decision on your visa application"]) if visa else "Club membership application", body)
    subj = pick(rng, ["Your staff rota for next month", "Lab induction – new starters", "Reminder: submit your timesheet",
                      "Marking deadline", "Room booking confirmed"])
    body = [f"Dear {c['first']},", pick(rng, ["The rota for the visitor services team is now on the intranet.",
                                            "All new starters in the imaging facility must complete the safety induction by Friday.",
                                            "Exam scripts need to be marked and uploaded by the 14th.",
                                            "Your booking of Seminar Room 3 is confirmed."]), f"{f_} {l_}"]
    return rec(rng, "misc", n, f"{f_} {l_}", f"{f_}.{l_}@{dom}".lower(), c["addr"], subj, body)


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, fn, count in [("journal", journal, 22), ("funder", funder, 15), ("festival", festival, 17),
                           ("conference", conference, 15), ("boards", digest, 40), ("misc", misc, 45)]:
        for i in range(count):
            yield fn(rng, i)
