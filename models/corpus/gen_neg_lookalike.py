"""INBOX negatives that look like job mail to a word-spotter: career newsletters, job alerts, profile pings,
webinars, reminders of interviews already booked, post-interview thank-yous, "still under review" pings,
profile nags and recruiters closing a role before any application. Every record carries no label.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
import negsent_kit as K  # noqa: E402

FAMILY_PREFIX = "neg"
P, M = K.pick, K.maybe


# ---------------------------------------------------------------- career newsletters / blog digests
NEWS_BRANDS = ["The Offer Letter", "Career Compass Weekly", "Hired & Inspired", "The Job Hunt Digest",
               "Ladder Notes", "Second Round", "Pivot Point Careers", "The Candidate Brief", "Hustle Less",
               "Open Roles Review", "Tech Careers Memo", "The Sunday Résumé"]
NEWS_SUBJECTS = [
    "How to bounce back from a rejection (without doom-scrolling job boards)",
    "10 interview questions you should be ready for in {year}",
    "Rejected again? Here's what recruiters wish you knew",
    "The offer negotiation script that got readers 12% more",
    "Your application is probably fine. Your follow-up isn't.",
    "Why 'we've decided to move forward with other candidates' isn't personal",
    "Interview invite? Do these 5 things in the first hour",
    "This week: ghosting, take-home tests and the feedback you never got",
    "Should you ask for feedback after a rejection? We asked 40 hiring managers",
    "The anatomy of a great thank-you note after an interview",
    "Issue #{n}: system design interviews, decoded",
    "From 80 applications to 1 offer: a reader's story",
    "What to say when they ask 'why are you leaving?'",
    "Behavioural interviews: the STAR method is not enough",
    "{brand} #{n} — rejection emails, translated",
    "Counter-offers, exploding offers and other traps",
    "Application tracking systems: myths vs. reality",
    "The 3 questions to ask at the end of every interview",
]
NEWS_INTROS = [
    "Hi there,\n\nThis week's issue is all about the part of job hunting nobody posts about on LinkedIn.",
    "Hello {first},\n\nWelcome back to {brand}. We had a record number of reader questions this month, so let's dig in.",
    "Good morning!\n\nIf you only read one thing this week, make it the first piece below.",
    "Hey {first} —\n\nQuick one today. Three links, one tip, and a reader question.",
    "Dear reader,\n\nRejection stings. Interviews are exhausting. Offers are confusing. This newsletter exists for all three.",
    "Hi friend,\n\nA lot of you wrote in after last issue, so we're following up on the same theme.",
    "Morning {first},\n\nGrab a coffee: this issue is a long one.",
    "Welcome to issue #{n} of {brand}.",
]
NEWS_ITEMS = [
    "Bouncing back after a 'no': a hiring manager explains why a rejection email is usually a statement about timing, not about you.",
    "The interview questions that trip up experienced engineers, and how to answer without rehearsed clichés.",
    "Reader story: after her fifth rejection, Dana asked for feedback. Here's what she learned and how she phrased it.",
    "How to read an offer letter: base, bonus, equity, notice periods and the clauses people skip.",
    "Take-home assignments: when to push back on a 10-hour task and how to say it politely.",
    "Ghosted after the final round? A simple follow-up template (and when to stop following up).",
    "Why your application gets an automatic acknowledgement and then silence: an ATS explainer.",
    "Salary bands are going public in more countries. What that means for your next offer.",
    "Five phrasings recruiters use for 'we're not moving forward', and what each actually means.",
    "Mock interview clinic: we recorded three candidates and annotated where they lost the panel.",
    "Thank-you notes after interviews: do they matter? The data says a little, the manners say a lot.",
    "How to prepare for a phone screen in 30 minutes when the invite lands the night before.",
    "Portfolio reviews for designers: what reviewers look at in the first ninety seconds.",
    "Negotiating remote days after the offer is on the table.",
    "When a recruiter asks for your current salary: three honest ways to answer.",
    "Career changers: how to frame a bootcamp so it reads as experience, not as a gap.",
    "The hidden job market is mostly referrals. Here's a polite way to ask for one.",
    "Rejection fatigue is real. A psychologist on protecting your energy during a long search.",
]
NEWS_TIPS = [
    "Tip of the week: keep a simple spreadsheet of every application, the date, and the last reply.",
    "Quick tip: before any interview, write down three stories that show how you handle conflict.",
    "This week's tip: after a rejection, wait a day before replying. Then reply briefly and kindly.",
    "Tip: an offer is negotiable until you sign it. Ask for the full package in writing.",
    "Tip: if an interview invite has no agenda, it's fine to ask who you'll meet and for how long.",
    "Reader tip (thanks, Marco!): block 15 minutes after every interview to write notes while they're fresh.",
]
NEWS_QA = [
    "Reader question: 'I got an interview invitation for a role I'm not sure about. Should I go anyway?' Short answer: yes, as practice — but be honest with yourself about why.",
    "Q: 'Is it rude to ask why I was rejected?' A: No. Keep it short, thank them, and accept that some companies won't share.",
    "Q: 'They made me an offer but I'm still interviewing elsewhere.' A: Tell the others. Deadlines move more often than you think.",
    "Q: 'My application has said under review for six weeks.' A: That status rarely means anything. Follow up once, then move on.",
]


def career_newsletter(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    brand = P(rng, NEWS_BRANDS)
    vals = dict(brand=brand, first=c["first"], n=rng.randint(12, 340), year=P(rng, [2025, 2026]))
    subj = P(rng, NEWS_SUBJECTS).format(**vals)
    items = K.some(rng, NEWS_ITEMS, 2, 5)
    paras = [P(rng, NEWS_INTROS).format(**vals)]
    style = rng.randrange(3)
    if style == 0:
        paras += [f"{i + 1}. {t}" for i, t in enumerate(items)]
    elif style == 1:
        paras.append("In this issue:\n" + "\n".join("- " + t.split(":")[0].split(".")[0] for t in items))
        paras += items
    else:
        paras += [t + P(rng, [" Read more →", " (6 min read)", " [Read]", "", " → continue reading"]) for t in items]
    if M(rng, 0.6):
        paras.append(P(rng, NEWS_TIPS))
    if M(rng, 0.4):
        paras.append(P(rng, NEWS_QA))
    paras.append(P(rng, ["See you next week,\nThe {brand} team", "Until next time — keep going.\n{brand}",
                         "Good luck out there,\nSam from {brand}", "Forward this to a friend who's job hunting.",
                         "Thanks for reading!"]).format(brand=brand))
    foot = K.footer(rng, brand, c["addr"])
    html_only = M(rng, 0.55)
    html = K.to_html(rng, paras + [foot], brand, P(rng, ["Read the full issue", "Open in browser", None]))
    dom = K.slug(brand) + P(rng, [".substack.com", ".news", ".beehiiv.com", ".co"])
    return K.rec(FAMILY_PREFIX, "career_newsletter", n, from_name=brand, from_addr=f"hello@{dom}",
                 to_addr=c["addr"], subject=subj, body_text="" if html_only else K.join(*paras, foot),
                 body_html=html if html_only or M(rng, 0.5) else None)


# ---------------------------------------------------------------- job alerts (English)
BOARDS = [("JobRadar", "alerts@jobradar.io"), ("WorkHive", "no-reply@workhive.com"),
          ("Careerpath Jobs", "jobs@careerpath-mail.com"), ("Linkwise", "jobs-noreply@linkwise.com"),
          ("TalentScout Alerts", "alert@talentscout.net"), ("Remotely Hired", "digest@remotelyhired.co"),
          ("Glassview", "noreply@glassview.com"), ("HireLoop", "match@hireloop.ai"),
          ("Otta-like Weekly", "weekly@rolesweekly.com"), ("Indeedly", "alert@indeedly.com")]
ALERT_SUBJ = [
    "New jobs matching \"{role}\" in {city}",
    "{k} new {role} jobs for you",
    "{role} at {co} and {k2} more jobs",
    "Your job alert: {role} — {city}",
    "{first}, {co} is hiring a {role}",
    "Apply now: {role} roles closing soon",
    "Jobs you may be interested in",
    "Interview-ready? {k} {role} openings posted today",
    "Be an early applicant: {role} at {co}",
    "Your daily job alert for \"{role}\"",
    "{k} companies are hiring for {role}",
    "Recommended for you: {role} ({city})",
    "Top applicant job: {role} at {co}",
    "Weekly roundup: {k} jobs that match your profile",
]
ALERT_INTRO = [
    "Hi {first},\n\nHere are the latest jobs matching your alert \"{role}\".",
    "We found {k} new jobs that match your search.",
    "Based on your profile and recent activity, these roles might be a fit.",
    "{first}, new roles were posted in the last 24 hours for your saved search.",
    "Good news: companies in {city} are hiring for positions like yours.",
    "Your saved search \"{role}, {city}\" has new results.",
    "These jobs were picked for you. Apply early — early applicants get more interview requests.",
    "Hi {first}, here's your weekly job digest.",
]
ALERT_TAGS = ["Easy apply", "Actively recruiting", "Be an early applicant", "Promoted", "New", "Remote",
              "Hybrid", "3 connections work here", "Salary listed", "Posted 2 days ago", "Posted today",
              "Over 100 applicants", "Responds within a week", "Interviews by video"]
ALERT_OUTRO = [
    "See all jobs", "Not the right jobs? Edit your alert to get better matches.",
    "Tip: candidates who complete their profile get 3x more interview requests.",
    "You're receiving this alert because you created a job alert on {board}. Manage alerts | Unsubscribe",
    "Set alert frequency: daily · weekly · off",
    "Jobs are ranked by relevance to your profile. Salary estimates are approximate.",
    "Application tips: tailor your CV to each role and keep your cover letter under a page.",
]


def _job_line(rng: random.Random) -> str:
    co, role, city = P(rng, K.COMPANIES), P(rng, K.ROLES), P(rng, K.CITIES)
    pay = P(rng, ["", f" · £{rng.randint(35, 95)}k–£{rng.randint(96, 140)}k", f" · ${rng.randint(80, 160)}K-${rng.randint(161, 230)}K",
                  f" · €{rng.randint(45, 90)}.000 - €{rng.randint(91, 120)}.000", " · Competitive"])
    tag = P(rng, ALERT_TAGS)
    return P(rng, [f"{role}\n{co} · {city}{pay}\n{tag}", f"- {role} — {co} ({city}){pay}",
                   f"• {co}: {role}, {city}. {tag}", f"{role} | {co} | {city}{pay} | {tag}"])


def job_alert(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    board, addr = P(rng, BOARDS)
    role, city, co = P(rng, K.ROLES), P(rng, K.CITIES), P(rng, K.COMPANIES)
    vals = dict(role=role, city=city, co=co, k=rng.randint(3, 48), k2=rng.randint(2, 30), first=c["first"], board=board)
    subj = P(rng, ALERT_SUBJ).format(**vals)
    jobs = [_job_line(rng) for _ in range(rng.randint(2, 6))]
    paras = [P(rng, ALERT_INTRO).format(**vals)] + jobs + [P(rng, ALERT_OUTRO).format(**vals),
                                                         K.footer(rng, board, c["addr"])]
    html_only = M(rng, 0.5)
    html = K.to_html(rng, paras, board, P(rng, ["View jobs", "See all matches", "Apply now"]))
    return K.rec(FAMILY_PREFIX, "job_alert", n, from_name=board, from_addr=addr, to_addr=c["addr"],
                 subject=subj, body_text="" if html_only else K.join(*paras), body_html=html if html_only else None)


# ---------------------------------------------------------------- job alerts (de / fr / es)
INTL_ALERT = {
    "de": dict(board=[("StellenBlitz", "agent@stellenblitz.de"), ("Jobwerk", "service@jobwerk.de")],
               subj=["{k} neue Jobs für „{role}“ in {city}", "Ihr Jobagent: neue Stellen als {role}",
                     "{co} sucht: {role}", "Passende Stellenangebote für Sie", "Neue Jobs – jetzt bewerben!"],
               intro=["Hallo {first},\n\nIhr Jobagent hat neue Stellenangebote gefunden, die zu Ihrer Suche passen.",
                      "Guten Tag,\n\nhier sind die neuesten Angebote zu Ihrem Suchauftrag „{role}“.",
                      "Hallo {first}, diese Stellen wurden in den letzten 24 Stunden veröffentlicht."],
               outro=["Alle Treffer anzeigen", "Jobagent bearbeiten oder abbestellen: Einstellungen in Ihrem Konto.",
                      "Tipp: Mit vollständigem Profil erhalten Sie mehr Einladungen zum Vorstellungsgespräch.",
                      "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden"],
               roles=K.ROLES_DE),
    "fr": dict(board=[("EmploiFlash", "alertes@emploiflash.fr"), ("Cadres&Co", "offres@cadresco.fr")],
               subj=["{k} nouvelles offres : {role} à {city}", "Votre alerte emploi « {role} »",
                     "{co} recrute : {role}", "Offres d'emploi recommandées pour vous", "Postulez avant les autres"],
               intro=["Bonjour {first},\n\nVoici les nouvelles offres correspondant à votre alerte.",
                      "Bonjour,\n\nDe nouvelles annonces ont été publiées pour votre recherche « {role} ».",
                      "{first}, ces offres pourraient vous intéresser."],
               outro=["Voir toutes les offres", "Modifier ou supprimer mon alerte",
                      "Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner",
                      "Conseil : un profil complet augmente vos chances d'être contacté pour un entretien."],
               roles=K.ROLES_FR),
    "es": dict(board=[("EmpleoYa", "alertas@empleoya.es"), ("TrabajoNet", "avisos@trabajonet.es")],
               subj=["{k} nuevas ofertas de {role} en {city}", "Tu alerta de empleo: {role}",
                     "{co} busca {role}", "Ofertas recomendadas para ti", "Nuevas vacantes que encajan contigo"],
               intro=["Hola {first}:\n\nHemos encontrado nuevas ofertas que coinciden con tu alerta.",
                      "Hola,\n\nEstas vacantes se publicaron en las últimas 24 horas para tu búsqueda «{role}».",
                      "{first}, estas empresas están contratando perfiles como el tuyo."],
               outro=["Ver todas las ofertas", "Gestionar alertas | Darse de baja",
                      "Recibes este correo porque creaste una alerta de empleo.",
                      "Consejo: completa tu perfil para recibir más invitaciones a entrevistas."],
               roles=K.ROLES_ES),
}


def job_alert_intl(rng: random.Random, n: int) -> dict:
    lang = P(rng, ["de", "de", "fr", "es"])
    d = INTL_ALERT[lang]
    c = K.candidate(rng)
    board, addr = P(rng, d["board"])
    role = P(rng, d["roles"])
    vals = dict(role=role, city=P(rng, K.CITIES), co=P(rng, K.COMPANIES), k=rng.randint(2, 40), first=c["first"])
    jobs = []
    for _ in range(rng.randint(2, 5)):
        r2, co2, ci2 = P(rng, d["roles"]), P(rng, K.COMPANIES), P(rng, K.CITIES)
        jobs.append(P(rng, [f"{r2}\n{co2} – {ci2}", f"• {r2} · {co2} · {ci2}", f"{co2}: {r2} ({ci2})"]))
    paras = [P(rng, d["intro"]).format(**vals)] + jobs + K.some(rng, d["outro"], 1, 2)
    html_only = M(rng, 0.5)
    return K.rec(FAMILY_PREFIX, "job_alert_intl", n, lang=lang, from_name=board, from_addr=addr, to_addr=c["addr"],
                 subject=P(rng, d["subj"]).format(**vals), body_text="" if html_only else K.join(*paras),
                 body_html=K.to_html(rng, paras, board) if html_only else None)


# ---------------------------------------------------------------- profile views / recruiter pings
PING_SUBJ = [
    "A recruiter viewed your profile", "{k} people viewed your profile this week",
    "{first}, you appeared in {k} searches", "Someone from {co} looked at your profile",
    "You're getting noticed", "Your profile is trending among recruiters",
    "New: recruiters are searching for {role}s like you", "{name2} viewed your profile",
    "See who's been looking at your profile", "Your weekly profile stats",
]
PING_BODY = [
    "{name2}, {title2} at {co}, viewed your profile.",
    "A recruiter at {co} viewed your profile yesterday.",
    "Your profile was viewed {k} times in the past 7 days, up {p}% from last week.",
    "You appeared in {k} recruiter searches this week. Top search keyword: \"{role}\".",
    "Recruiters from {co} and {k2} other companies looked at your profile.",
    "People at companies like {co} are taking notice of your experience.",
    "{name2} from {co} checked out your profile. Curious who else did?",
]
PING_NUDGE = [
    "Upgrade to Premium to see everyone who viewed your profile.",
    "Profiles with a photo get up to 14x more views. Add yours.",
    "Let recruiters know you're open to work — it only takes a minute.",
    "Tip: a headline that names your target role helps you show up in more searches.",
    "Message them directly with a free InMail credit.",
    "Keep your experience section up to date to appear in more recruiter searches.",
    "Want more visibility? Share a post about what you're working on.",
    "",
]


def profile_ping(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    board, addr = P(rng, BOARDS)
    f2, l2 = K.person(rng)
    vals = dict(first=c["first"], co=P(rng, K.COMPANIES), k=rng.randint(2, 60), k2=rng.randint(2, 9), p=rng.randint(5, 210),
                name2=f"{f2} {l2}", title2=P(rng, ["Technical Recruiter", "Talent Partner", "Head of People",
                                                    "Sourcer", "Engineering Manager", "Founder"]),
                role=P(rng, K.ROLES))
    greet = P(rng, ["Hi {first},", "{first},", "Hello {first}", ""]).format(**vals)
    body = K.join(greet, *[b.format(**vals) for b in K.some(rng, PING_BODY, 1, 2)],
                  P(rng, PING_NUDGE), P(rng, ["View profile views", "See all viewers", "View insights"]),
                  K.footer(rng, board, c["addr"]))
    html_only = M(rng, 0.4)
    return K.rec(FAMILY_PREFIX, "profile_ping", n, from_name=board, from_addr=addr, to_addr=c["addr"],
                 subject=P(rng, PING_SUBJ).format(**vals), body_text="" if html_only else body,
                 body_html=K.to_html(rng, body.split("\n\n"), board) if html_only else None)


# ---------------------------------------------------------------- webinars and workshops
WEB_HOSTS = ["Code Career Collective", "Women in Product Network", "DevJobs Academy", "Alumni Career Services",
             "The Interview Lab", "City Tech Meetup", "Bootcamp Alumni Hub", "Careers Office, University of Leeds",
             "Design Guild", "Data Folks Community"]
WEB_SUBJ = [
    "Join our interview-skills workshop on {date}", "You're invited: Mastering the technical interview (free webinar)",
    "Last chance to register: Negotiating your job offer", "Workshop: turning rejections into a plan",
    "Live session: how hiring managers read your application", "Invitation: mock interview evening, {date}",
    "Webinar tomorrow — Ace the behavioural interview", "Reserve your seat: CV clinic + Q&A",
    "[Event] Salary negotiation masterclass", "Free workshop: prepare for your next interview",
    "You're invited to our careers fair on {date}", "Reminder: 'Life after rejection' panel starts in 1 hour",
]
WEB_CORE = [
    "We'd love for you to join our free interview-skills workshop on {date} at {time} {tz}. You'll practise answering common questions in small groups and get live feedback from experienced interviewers.",
    "Join {speaker}, a former hiring manager at {co}, for a 45-minute webinar on what actually happens after you hit 'apply'.",
    "This month's session covers the technical interview: whiteboard nerves, thinking aloud, and what to do when you're stuck.",
    "Our panel of recruiters will walk through real (anonymised) rejection emails and explain what each one really means.",
    "Bring your CV! Volunteers from local companies will review it one-on-one for fifteen minutes each.",
    "Learn how to evaluate and negotiate a job offer: salary, equity, benefits and start dates. Q&A at the end.",
    "Practise a mock interview with a peer and leave with a personal checklist for your next real one.",
    "Spaces are limited to 30 attendees so everyone gets time to practise. Registration closes {date}.",
    "The session is online (Zoom link sent after registration) and will be recorded for registrants.",
    "Whether you've just been rejected or you're preparing for a final round, this workshop is for you.",
    "Agenda: 1) how screening works, 2) structuring your answers, 3) questions to ask the interviewer, 4) open Q&A.",
    "Hosted at our {city} office — pizza and drinks provided. Doors open at {time}.",
]
WEB_CTA = ["Register now", "Save my seat", "RSVP here", "Add to calendar", "Sign up (free)", "Book your place"]


def webinar_invite(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    host = P(rng, WEB_HOSTS)
    f2, l2 = K.person(rng)
    vals = dict(date=K.a_date(rng), time=K.a_time(rng), tz=K.tz(rng), speaker=f"{f2} {l2}", co=P(rng, K.COMPANIES),
                city=P(rng, K.CITIES))
    greet = P(rng, ["Hi {first},", "Dear {first},", "Hello!", "Hi all,", "Dear community member,"]).format(first=c["first"])
    paras = [greet] + [x.format(**vals) for x in K.some(rng, WEB_CORE, 2, 4)] + [P(rng, WEB_CTA)]
    paras.append(P(rng, ["See you there!\n{host}", "Best,\nThe {host} team", "Cheers,\n{f}\non behalf of {host}",
                         "Warmly,\n{host} Events"]).format(host=host, f=f2))
    paras.append(K.footer(rng, host, c["addr"]))
    html_only = M(rng, 0.35)
    return K.rec(FAMILY_PREFIX, "webinar_invite", n, from_name=host, from_addr=f"events@{K.slug(host)[:14]}.org",
                 to_addr=c["addr"], subject=P(rng, WEB_SUBJ).format(**vals),
                 body_text="" if html_only else K.join(*paras),
                 body_html=K.to_html(rng, paras, host, P(rng, WEB_CTA)) if html_only else None)


# ---------------------------------------------------------------- reminders of interviews already scheduled
REM_SUBJ = [
    "Reminder: your interview tomorrow at {time}", "Reminder: {role} interview with {co} on {date}",
    "Invitation: Interview – {c_name} / {co} @ {date} {time} ({tz})", "Updated invitation: {co} final round",
    "Tomorrow: your call with {int_name}", "See you tomorrow!", "Your interview is in 1 hour",
    "Upcoming: technical interview ({co})", "Event reminder: {co} <> {c_first}", "Accepted: {co} interview",
    "Logistics for your onsite on {date}", "Directions and parking for {date}",
    "Re: Interview confirmation", "Quick reminder about {date}",
]
REM_CORE = [
    "Just a friendly reminder that your interview with {int_name} is scheduled for {date} at {time} {tz}.",
    "This is a reminder of your upcoming interview for the {role} position on {date} at {time}.",
    "Looking forward to speaking with you tomorrow at {time}. The video link is in the calendar invite you accepted.",
    "Your session with {int_name} ({int_title}) starts at {time}. Please join a few minutes early to test your audio.",
    "As confirmed last week, you'll be meeting the team at our {city} office on {date}. Please ask for me at reception.",
    "Quick note before tomorrow: the round will last about 60 minutes and you'll need a laptop with a working editor.",
    "Confirming we're all set for {date} at {time}. Nothing to prepare beyond what we discussed.",
    "A reminder that your already-scheduled onsite is {date}. Lunch will be with two engineers from the team.",
    "Thanks for booking a slot. Your interview is confirmed for {date}, {time} ({tz}).",
    "Your interview is coming up in 24 hours. If anything has changed, use the link in your confirmation email.",
    "We'll see you on {date}. Bring a photo ID for the building's visitor desk.",
]
REM_EXTRA = [
    "Joining link: https://meet.{dom}/{code}", "Zoom: https://zoom.us/j/{num}  Passcode: {pc}",
    "Location: {city} office, 4th floor", "Duration: {dur} minutes",
    "Dial-in: {phone}", "Interviewers: {int_name}, {int2}",
    "If you need any adjustments for the interview, just reply to this email.",
    "Parking is available behind the building; visitor spaces are marked in green.",
]
CAL_TAIL = [
    "Going? Yes - Maybe - No    more options »",
    "Invitation from Google Calendar\nYou are receiving this email because you are an attendee of the event.",
    "Reply for {c_addr}\nView all guest info",
    "Join with Google Meet\nmeet.google.com/{code}",
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: {num}",
    "This event has been updated: time changed.",
]


def interview_reminder(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    f2, l2 = K.person(rng)
    f3, l3 = K.person(rng)
    vals = dict(time=K.a_time(rng), tz=K.tz(rng), date=K.a_date(rng), co=co, role=P(rng, K.ROLES),
                int_name=f"{f2} {l2}", int2=f"{f3} {l3}", int_title=P(rng, ["Engineering Lead", "Head of Design", "VP Product", "Team Lead", "Hiring Manager"]),
                city=P(rng, K.CITIES), dom=K.domain_of(co), code="-".join(K.slug(P(rng, K.FIRST))[:3] for _ in range(3)),
                num=rng.randint(100000000, 999999999), pc=rng.randint(1000, 9999), dur=P(rng, [30, 45, 60, 90]),
                phone=K.phone(rng), c_name=c["name"], c_first=c["first"], c_addr=c["addr"])
    subj = P(rng, REM_SUBJ).format(**vals)
    calendar = M(rng, 0.3)
    rf, rl = K.person(rng)
    if calendar:
        body = K.join(f"{vals['role']} interview – {co}", f"When\n{vals['date']} ⋅ {vals['time']} ({vals['tz']})",
                      f"Guests\n{rf} {rl} - organiser\n{c['addr']}", P(rng, REM_CORE).format(**vals),
                      *[x.format(**vals) for x in K.some(rng, CAL_TAIL, 1, 3)])
        fname, faddr = P(rng, ["Google Calendar", f"{rf} {rl}"]), K.work_addr(rng, rf, rl, co)
        subj = P(rng, ["Invitation: {co} interview @ {date} {time}", "Updated invitation: {role} interview",
                       "Reminder: {co} — {role} interview @ {time}", subj]).format(**vals)
    else:
        body = K.join(P(rng, ["Hi {c_first},", "Hello {c_first},", "Dear {c_name},", "Hey {c_first}!"]).format(**vals),
                      *[x.format(**vals) for x in K.some(rng, REM_CORE, 1, 2)],
                      *[x.format(**vals) for x in K.some(rng, REM_EXTRA, 0, 3)],
                      P(rng, ["Good luck!", "See you then.", "Talk soon,", "Best regards,", "Best of luck tomorrow!", "Thanks,"]),
                      K.work_signature(rng, f"{rf} {rl}", P(rng, ["Recruiter", "Talent Acquisition Partner", "Recruiting Coordinator", "People Operations"]), co))
        fname, faddr = f"{rf} {rl}", K.work_addr(rng, rf, rl, co)
    return K.rec(FAMILY_PREFIX, "interview_reminder", n, from_name=fname, from_addr=faddr, to_addr=c["addr"],
                 subject=subj, body_text=body, company=co)


REM_INTL = {
    "de": (["Erinnerung: Ihr Vorstellungsgespräch am {date}", "Morgen: Gespräch mit {int_name}", "Bestätigung Ihres Termins bei {co}"],
           ["Hallo {c_first},", "Guten Tag {c_name},", "Liebe/r {c_first},"],
           ["wir möchten Sie an Ihr Vorstellungsgespräch am {date} um {time} erinnern.",
            "kurze Erinnerung: Unser vereinbartes Gespräch findet morgen um {time} per Teams statt.",
            "wie besprochen sehen wir uns am {date} in unserem Büro in {city}. Bitte melden Sie sich am Empfang."],
           ["Wir freuen uns auf das Gespräch.", "Bis morgen!", "Viele Grüße", "Mit freundlichen Grüßen"]),
    "fr": (["Rappel : votre entretien du {date}", "Demain : échange avec {int_name}", "Confirmation de votre rendez-vous chez {co}"],
           ["Bonjour {c_first},", "Bonjour {c_name},", "Madame, Monsieur,"],
           ["nous vous rappelons votre entretien prévu {date} à {time}.",
            "petit rappel : notre rendez-vous est bien maintenu demain à {time} en visio.",
            "comme convenu, nous vous attendons {date} dans nos locaux de {city}."],
           ["À demain !", "Bien cordialement,", "Au plaisir d'échanger avec vous.", "Belle journée,"]),
    "es": (["Recordatorio: tu entrevista del {date}", "Mañana: llamada con {int_name}", "Confirmación de tu cita con {co}"],
           ["Hola {c_first}:", "Buenos días, {c_first}:", "Estimado/a {c_name}:"],
           ["te recordamos que tu entrevista está programada para {date} a las {time}.",
            "un recordatorio rápido: nuestra videollamada sigue en pie mañana a las {time}.",
            "como acordamos, te esperamos {date} en nuestra oficina de {city}."],
           ["¡Nos vemos pronto!", "Un saludo,", "Saludos cordiales,", "¡Mucha suerte!"]),
}


def interview_reminder_intl(rng: random.Random, n: int) -> dict:
    lang = P(rng, ["de", "fr", "es"])
    subj, greet, core, close = REM_INTL[lang]
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    f2, l2 = K.person(rng)
    vals = dict(date=K.a_date(rng, lang), time=K.a_time(rng, lang), co=co, city=P(rng, K.CITIES),
                int_name=f"{f2} {l2}", c_first=c["first"], c_name=c["name"])
    body = K.join(P(rng, greet).format(**vals), P(rng, core).format(**vals),
                  P(rng, ["Link: https://teams.microsoft.com/l/meetup-join/{n}", "Adresse : {city}, 3e étage",
                          "", "Ort: {city}, Empfang EG"]).format(n=rng.randint(10**6, 10**7), city=vals["city"]) if M(rng, 0.4) else "",
                  P(rng, close), K.work_signature(rng, f"{f2} {l2}", P(rng, ["Recruiting", "HR Business Partner", "Talent Acquisition"]), co))
    return K.rec(FAMILY_PREFIX, "interview_reminder_intl", n, lang=lang, from_name=f"{f2} {l2}",
                 from_addr=K.work_addr(rng, f2, l2, co), to_addr=c["addr"], subject=P(rng, subj).format(**vals),
                 body_text=body, company=co)


# ---------------------------------------------------------------- "thanks for your time today"
THX_SUBJ = ["Thanks for today", "Great speaking with you", "Thank you for your time", "Following up on our conversation",
            "Re: {role} interview", "Nice to meet you", "Today's chat", "Thanks, {c_first}!", "Our call this morning",
            "Thank you for coming in", "Re: {co} – conversation today"]
THX_CORE = [
    "Thank you for taking the time to speak with me today. I really enjoyed learning more about your background.",
    "Thanks so much for coming in this afternoon — the team enjoyed meeting you.",
    "It was great chatting earlier. Thanks for being so open about what you're looking for in your next role.",
    "Just wanted to say thanks for your time today. I know these conversations take energy, especially back to back.",
    "Really appreciated your questions at the end of the call; they showed you'd done your homework.",
    "Thanks for the lively discussion this morning. I've shared my notes with the rest of the panel.",
    "Many thanks for the time you spent with us on {date}. Everyone appreciated your thoughtfulness.",
    "Thank you for your patience with our video glitches today — it was still a good conversation.",
    "I enjoyed our walk through your portfolio. Thanks for preparing it so carefully.",
    "Cheers for jumping on the call at short notice.",
]
THX_NEXT = [
    "We're meeting other candidates this week and will be in touch once we've finished.",
    "I'll get back to you with next steps as soon as I've caught up with the hiring manager.",
    "We should have an update for you by the end of next week.",
    "No decision yet — we'll be in touch either way.",
    "The team will debrief on {date} and I'll follow up after that.",
    "In the meantime, feel free to reach out if any questions come up.",
    "As mentioned, here's the link to our engineering blog if you'd like to read more about how we work.",
    "Please send over the expense receipt for your train ticket and we'll reimburse it.",
]


def thanks_after_interview(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    f2, l2 = K.person(rng)
    vals = dict(role=P(rng, K.ROLES), co=co, c_first=c["first"], date=K.a_date(rng))
    title = P(rng, ["Recruiter", "Hiring Manager", "Engineering Manager", "Director of Design", "Talent Partner", "CTO", "Team Lead"])
    body = K.join(P(rng, ["Hi {c_first},", "Hello {c_first},", "{c_first},", "Dear {c_first},"]).format(**vals),
                  P(rng, THX_CORE).format(**vals), *[x.format(**vals) for x in K.some(rng, THX_NEXT, 1, 2)],
                  P(rng, ["Best,", "Warm regards,", "Thanks again,", "Speak soon,", "All the best,", "Cheers,"]),
                  K.work_signature(rng, f"{f2} {l2}", title, co), K.legal(rng) if M(rng, 0.25) else "")
    return K.rec(FAMILY_PREFIX, "thanks_after_interview", n, from_name=f"{f2} {l2}",
                 from_addr=K.work_addr(rng, f2, l2, co), to_addr=c["addr"], subject=P(rng, THX_SUBJ).format(**vals),
                 body_text=body, company=co)


# ---------------------------------------------------------------- "still under review" status pings
STAT_SUBJ = ["Update on your application to {co}", "Your application status", "Application update: {role}",
             "{co}: where things stand", "Checking in on your application", "Status: In review",
             "We haven't forgotten about you", "Your {co} application – still in progress",
             "Re: Application for {role}", "An update from {co} Careers"]
STAT_CORE = [
    "Your application for {role} is still under review. We'll be in touch as soon as there's news.",
    "We wanted to let you know that we're still reviewing applications for the {role} role. Thank you for your patience.",
    "Hiring for this position is taking a little longer than planned. Your application remains active.",
    "The hiring team hasn't finished reviewing candidates yet, so no decision has been made on your application.",
    "Quick status update: your profile is with the hiring manager, who is reviewing it this week.",
    "Just a note that the role is still open and your application is in our review queue.",
    "We're experiencing a high volume of applications and are working through them as quickly as we can.",
    "Your application status has changed to: In review.",
    "We're sorry for the wait. Interviews for this role have been delayed because of the holidays.",
    "No action is needed from you right now. You'll hear from us once the review is complete.",
    "The team is still shortlisting. Expect to hear from us within the next two to three weeks.",
]
STAT_EXTRA = [
    "You can check the status of your application at any time in the candidate portal.",
    "Application ID: {aid}", "Role: {role} ({city})",
    "In the meantime, take a look at our careers blog to learn more about life at {co}.",
    "Please do not reply to this email; this mailbox is not monitored.",
]


def status_pending(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    vals = dict(co=co, role=P(rng, K.ROLES), city=P(rng, K.CITIES), aid=f"{P(rng, ['R', 'JR', 'REQ-', ''])}{rng.randint(10000, 999999)}")
    ats = M(rng, 0.6)
    if ats:
        fname = P(rng, [f"{co} Careers", f"{co} Recruiting", f"{co} Hiring Team", co])
        faddr = P(rng, ["no-reply@hire.lever-mail.io", "notifications@greenhouse-mail.io", f"careers@{K.domain_of(co)}",
                        f"do-not-reply@{K.slug(co)}.myworkdayjobs.com", "noreply@smartrecruiters-mail.com"])
        sig = P(rng, ["{co} Talent Acquisition", "The {co} Recruiting Team", "Best regards,\n{co} People Team", "— {co}"]).format(co=co)
    else:
        f2, l2 = K.person(rng)
        fname, faddr = f"{f2} {l2}", K.work_addr(rng, f2, l2, co)
        sig = K.work_signature(rng, fname, "Recruiter", co)
    body = K.join(P(rng, ["Hi {f},", "Dear {f},", "Hello {full},", "Dear Candidate,"]).format(f=c["first"], full=c["name"]),
                  *[x.format(**vals) for x in K.some(rng, STAT_CORE, 1, 2)],
                  *[x.format(**vals) for x in K.some(rng, STAT_EXTRA, 0, 2)],
                  P(rng, ["Thank you for your interest in {co}.", "Thanks for your patience.", "Kind regards,", ""]).format(co=co), sig)
    return K.rec(FAMILY_PREFIX, "status_pending", n, from_name=fname, from_addr=faddr, to_addr=c["addr"],
                 subject=P(rng, STAT_SUBJ).format(**vals), body_text=body, company=co)


# ---------------------------------------------------------------- complete-your-profile nags
NAG_SUBJ = ["Complete your profile to get noticed", "{first}, your profile is {p}% complete",
            "You're one step away from applying", "Finish your application to {co}", "Don't forget to upload your CV",
            "Action needed: complete your candidate profile", "Your draft application expires in 3 days",
            "Add your skills to unlock job matches", "Still interested in {role}? Pick up where you left off"]
NAG_CORE = [
    "Your profile is {p}% complete. Candidates with a complete profile are 3x more likely to hear back.",
    "You started an application for {role} at {co} but didn't submit it. Your draft is saved.",
    "Add your work history and skills so employers can find you.",
    "Upload your CV to apply to jobs in one click.",
    "It looks like you haven't verified your email address yet. Verify now to receive job matches.",
    "We noticed your profile is missing a headline and a photo.",
    "Tell us your preferred locations and salary so we can send better matches.",
    "Your application to {co} is incomplete: the questionnaire section still needs answers.",
    "Answer three short screening questions to finish your application.",
    "Your candidate account will be deactivated after 12 months without activity unless you log in.",
]


def complete_profile(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co = P(rng, K.COMPANIES)
    board, addr = P(rng, BOARDS + [(f"{co} Careers", f"careers@{K.domain_of(co)}")] * 2)
    employer = co if board.startswith(co) else None
    vals = dict(first=c["first"], p=rng.randint(25, 85), co=co, role=P(rng, K.ROLES))
    body = K.join(P(rng, ["Hi {first},", "Hello {first}!", "Hey there,", ""]).format(**vals),
                  *[x.format(**vals) for x in K.some(rng, NAG_CORE, 1, 3)],
                  P(rng, ["Complete profile", "Continue application", "Finish now", "Update my profile", "Log in"]),
                  K.footer(rng, board, c["addr"]))
    html_only = M(rng, 0.3)
    return K.rec(FAMILY_PREFIX, "complete_profile", n, from_name=board, from_addr=addr, to_addr=c["addr"],
                 subject=P(rng, NAG_SUBJ).format(**vals), body_text="" if html_only else body,
                 body_html=K.to_html(rng, body.split("\n\n"), board) if html_only else None, company=employer)


# ---------------------------------------------------------------- recruiter: role closed before any application
CLOSE_SUBJ = ["Re: {role} opportunity", "Quick update on the {role} role", "{role} at {co} — update",
              "Sorry, that role is gone", "Re: Following up", "Update re: the position I mentioned",
              "Re: Exploring a move?", "Change of plans on {co}"]
CLOSE_CORE = [
    "I reached out last week about a {role} opening at my client {co}. Unfortunately, they've just put the search on hold, so there's nothing to move forward with for now.",
    "Before you spend time on an application: the {role} role I mentioned was filled internally this morning. Apologies for the false start.",
    "Bad timing on my side — the client has closed the {role} brief before we got as far as submitting anyone.",
    "The position I told you about is no longer open. We hadn't put your details forward yet, so nothing changes on your side.",
    "Thanks for getting back to me. I'm afraid {co} paused the hiring round for the {role} team last night.",
    "Just letting you know that the role we discussed on the phone has been withdrawn by the client due to a reorg.",
    "I know we'd only just started chatting about {co}, but they've decided not to recruit for this role after all.",
    "The {role} vacancy I messaged you about closed before I could share your profile.",
]
CLOSE_NEXT = [
    "I'd still love to keep in touch — could we have a short call next week about what you're looking for?",
    "I've got a couple of similar roles coming up in {city}; shall I send them over?",
    "Mind if I keep your CV on file for future opportunities?",
    "If you're open to it, I'll reach out as soon as something comparable comes up.",
    "Sorry again for the noise. Let's stay connected.",
    "Happy to introduce you to a few other hiring managers in the meantime.",
]
AGENCIES = ["Bridgepoint Talent", "Northstar Search", "Keystone Recruitment", "Harbour Tech Talent", "Pinnacle People",
            "Elevate Search Partners", "Mosaic Recruiting", "Cedar & Vine Talent"]


def role_closed_recruiter(rng: random.Random, n: int) -> dict:
    c = K.candidate(rng)
    co, agency = P(rng, K.COMPANIES), P(rng, AGENCIES)
    f2, l2 = K.person(rng)
    vals = dict(role=P(rng, K.ROLES), co=co, city=P(rng, K.CITIES))
    body = K.join(P(rng, ["Hi {f},", "Hey {f},", "Hello {f},", "{f} —"]).format(f=c["first"]),
                  P(rng, CLOSE_CORE).format(**vals), *[x.format(**vals) for x in K.some(rng, CLOSE_NEXT, 1, 2)],
                  P(rng, ["Best,", "Speak soon,", "Cheers,", "Kind regards,"]),
                  K.work_signature(rng, f"{f2} {l2}", P(rng, ["Senior Consultant", "Principal Recruiter", "Tech Recruiter", "Director"]), agency))
    return K.rec(FAMILY_PREFIX, "role_closed_recruiter", n, from_name=f"{f2} {l2}",
                 from_addr=K.work_addr(rng, f2, l2, agency), to_addr=c["addr"],
                 subject=P(rng, CLOSE_SUBJ).format(**vals), body_text=body, company=co)


PLAN = [(career_newsletter, 65), (job_alert, 95), (job_alert_intl, 40), (profile_ping, 55), (webinar_invite, 55),
        (interview_reminder, 75), (interview_reminder_intl, 22), (thanks_after_interview, 55), (status_pending, 55),
        (complete_profile, 45), (role_closed_recruiter, 45)]


def generate(rng: random.Random) -> Iterator[dict]:
    for fn, count in PLAN:
        for i in range(count):
            yield fn(rng, i)
