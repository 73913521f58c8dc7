"""w45: mail not about one employer: job alerts listing several employers, vendor marketing, newsletters."""

from __future__ import annotations

import html
import random

from _w45_world import ROLES, company_pool, token

CITIES = {"en": ["Manchester", "Austin, TX", "Toronto", "Dublin", "Remote (UK)", "Leeds", "Denver, CO", "Bristol", "Remote – US"],
          "de": ["Hamburg", "München", "Wien", "Zürich", "Köln", "Remote (DACH)", "Leipzig"],
          "fr": ["Lyon", "Paris", "Nantes", "Bruxelles", "Télétravail", "Bordeaux", "Montréal"],
          "es": ["Madrid", "Barcelona", "Valencia", "Ciudad de México", "Bilbao", "Remoto", "Sevilla"]}
PAY = {"en": ["£42,000 – £50,000", "$95k–$120k", "Competitive", "£380/day", "$38/hr", ""],
       "de": ["55.000 – 65.000 € p.a.", "nach Vereinbarung", "ab 48.000 €", ""],
       "fr": ["38 – 45 k€ brut/an", "selon profil", "50 k€", ""],
       "es": ["32.000 – 38.000 € brutos/año", "según valía", "45.000 €", ""]}

ALERT = {
    "en": {"subj": ["{n} new jobs for \"{q}\"", "Your daily job alert: {q}", "New matches near {city}", "Jobs you might like this week",
                    "{q}: {n} new roles, including one at {c1}"],
           "intro": ["Here are the newest jobs matching your saved search \"{q}\".", "We found {n} new jobs that match your alert.",
                     "Fresh this week — roles picked from your saved searches."],
           "outro": ["Edit this alert · Pause alerts · Unsubscribe", "You're receiving this because you created a job alert on {vendor}."],
           "posted": ["Posted today", "2 days ago", "Easy apply", "Actively hiring", "New"]},
    "de": {"subj": ["{n} neue Jobs für „{q}“", "Ihr Job-Alarm: {q}", "Neue Stellen in {city}"],
           "intro": ["Hier sind die neuesten Stellen zu Ihrem Suchauftrag „{q}“.", "Wir haben {n} neue passende Jobs für Sie gefunden."],
           "outro": ["Suchauftrag bearbeiten · Abmelden", "Sie erhalten diese E-Mail, weil Sie einen Job-Alarm bei {vendor} eingerichtet haben."],
           "posted": ["Heute veröffentlicht", "vor 3 Tagen", "Neu"]},
    "fr": {"subj": ["{n} nouvelles offres pour « {q} »", "Votre alerte emploi : {q}", "Nouvelles offres à {city}"],
           "intro": ["Voici les dernières offres correspondant à votre alerte « {q} ».", "{n} nouvelles offres correspondent à votre recherche."],
           "outro": ["Modifier l'alerte · Se désabonner", "Vous recevez cet e-mail car vous avez créé une alerte sur {vendor}."],
           "posted": ["Publiée aujourd'hui", "il y a 2 jours", "Nouveau"]},
    "es": {"subj": ["{n} ofertas nuevas para «{q}»", "Tu alerta de empleo: {q}", "Nuevas ofertas en {city}"],
           "intro": ["Estas son las ofertas más recientes para tu alerta «{q}».", "Hemos encontrado {n} ofertas nuevas que encajan contigo."],
           "outro": ["Editar alerta · Darse de baja", "Recibes este correo porque creaste una alerta en {vendor}."],
           "posted": ["Publicada hoy", "hace 2 días", "Nueva"]},
}
ALERT_SITES = [("Jobtrail", "alerts.jobtrail.co"), ("Hirebeam Jobs", "jobs.hirebeam.io"), ("Talentloop Match", "match.talentloop-mail.com"),
               ("Stellenfinder24", "stellenfinder24.de"), ("EmploiCible", "emploicible.fr"), ("TrabajoYa", "trabajoya.es")]

MARKETING = [
    ("Track every application in one place", "Talentloop", "hello@talentloop-mail.com",
     "Hi {first},\n\nJuggling applications across a dozen careers sites? The new Talentloop candidate app pulls every application, interview and message into one timeline — whichever employer uses Talentloop.\n\nWhat's new:\n• One login for all employers on Talentloop\n• Interview reminders on your phone\n• Upload your CV once, reuse it everywhere\n\nDownload the app: https://talentloop-mail.com/app/{tok}\n\nThe Talentloop team"),
    ("Free workshop: how to ace the technical interview", "Hirebeam Academy", "academy@mail.hirebeam.io",
     "Join our free live workshop on {date}: two senior engineers walk through a mock technical interview and answer your questions. This is a learning session — not an interview with any employer.\n\nReserve your seat: https://mail.hirebeam.io/events/{tok}\n\nHirebeam Academy · Unsubscribe"),
    ("Your {month} candidate newsletter", "PeopleHarbor", "news@notify.peopleharbor.com",
     "In this issue:\n1. Salary negotiation: what to say when the offer comes in\n2. Five questions to ask at the end of an interview\n3. Why you might not hear back (and what to do about it)\n\nRead online: https://notify.peopleharbor.com/n/{tok}\n\nYou're subscribed to PeopleHarbor career tips. Unsubscribe anytime."),
    ("Scheduling interviews just got easier", "Slotwise", "news@slotwise.app",
     "Slotwise now syncs with more calendar apps, so when an employer sends you a booking link you'll only see times you're actually free.\n\nNothing to set up — just connect your calendar the next time you book.\n\nSlotwise · Terms · Privacy"),
    ("Is your CV getting past the robots?", "Jobtrail", "tips@alerts.jobtrail.co",
     "Hi {first},\n\nApplicant tracking systems read your CV before people do. Our free CV check scores your document against the jobs you've saved and shows which keywords you're missing.\n\nCheck my CV: https://alerts.jobtrail.co/cv/{tok}\n\nHappy hunting,\nJobtrail"),
    ("Know your rights during a background check", "Verifact Screening", "info@verifact-screening.com",
     "Our candidate guide explains what employers can and can't check, how long screening takes and how to dispute an error.\n\nRead the guide: https://verifact-screening.com/guide\n\nThis message is informational and not related to any active screening."),
]
NEWS_EU = [
    ("de", "Bewerbungstipps im {month}: So gelingt das Vorstellungsgespräch", "Karriere-Kompass", "newsletter@karriere-kompass.de",
     "Hallo {first},\n\nin dieser Ausgabe: die häufigsten Fragen im Vorstellungsgespräch, Gehaltsverhandlung für Einsteiger und wie Sie nach einer Absage am besten nachfragen.\n\nJetzt lesen: https://karriere-kompass.de/n/{tok}\n\nAbmelden · Impressum"),
    ("fr", "La lettre de l'emploi – {month}", "EmploiCible", "lettre@emploicible.fr",
     "Bonjour {first},\n\nAu sommaire : préparer un entretien vidéo, négocier son salaire et relancer un recruteur sans être insistant.\n\nLire la lettre : https://emploicible.fr/l/{tok}\n\nSe désabonner"),
    ("es", "Consejos de empleo de {month}", "TrabajoYa", "boletin@trabajoya.es",
     "Hola {first}:\n\nEste mes: cómo preparar una entrevista por vídeo, qué preguntar al final y cómo pedir feedback tras un proceso.\n\nLeer el boletín: https://trabajoya.es/b/{tok}\n\nDarse de baja"),
]
MONTHS = {"en": ["March", "June", "September", "November"], "de": ["März", "Juni", "September"],
          "fr": ["mars", "juin", "septembre"], "es": ["marzo", "junio", "septiembre"]}


def job_alert(rng: random.Random, lang: str, first: str) -> dict:
    A = ALERT[lang]
    site, dom = rng.choice(ALERT_SITES[:3] if lang == "en" else ALERT_SITES[3:] + ALERT_SITES[:1])
    q = rng.choice(ROLES[lang]).split(" (")[0].split(" H/F")[0]
    n = rng.randint(3, 7)
    pool = company_pool(lang) + (company_pool("en") if lang != "en" and rng.random() < 0.3 else [])
    comps = rng.sample(pool, n)
    city = rng.choice(CITIES[lang])
    jobs = []
    for cname, _ in comps:
        jobs.append((rng.choice(ROLES[lang]), cname, rng.choice(CITIES[lang]), rng.choice(PAY[lang]), rng.choice(A["posted"]),
                     f"https://{dom}/j/{token(rng, 9)}"))
    fmt = dict(n=n, q=q, city=city, c1=comps[0][0], vendor=site)
    subj = rng.choice(A["subj"]).format(**fmt)
    intro = rng.choice(A["intro"]).format(**fmt)
    outro = rng.choice(A["outro"]).format(**fmt)
    html_only = rng.random() < 0.5
    lines = [intro, ""]
    for r, c, ci, p, po, url in jobs:
        lines.append(f"{r}\n{c} · {ci}" + (f" · {p}" if p else "") + f"\n{po}\n{url}\n")
    lines.append(outro)
    text = "\n".join(lines)
    cards = "".join(
        f'<tr><td style="padding:14px 20px;border-bottom:1px solid #e5e7eb;font-family:Arial,sans-serif;">'
        f'<a href="{url}" style="font-size:16px;font-weight:bold;color:#1d4ed8;text-decoration:none;">{html.escape(r)}</a><br>'
        f'<span style="font-size:14px;color:#374151;">{html.escape(c)} &middot; {html.escape(ci)}</span>'
        + (f'<br><span style="font-size:13px;color:#059669;">{html.escape(p)}</span>' if p else "")
        + f'<br><span style="font-size:12px;color:#9ca3af;">{html.escape(po)}</span></td></tr>'
        for r, c, ci, p, po, url in jobs)
    body_html = (f'<html><body style="margin:0;background:#eef2f7;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
                 f'<tr><td align="center" style="padding:20px;"><table role="presentation" width="600" style="background:#fff;">'
                 f'<tr><td style="padding:20px;font-family:Arial,sans-serif;font-size:22px;font-weight:bold;">{html.escape(site)}</td></tr>'
                 f'<tr><td style="padding:0 20px 10px 20px;font-family:Arial,sans-serif;font-size:15px;">{html.escape(intro)}</td></tr>'
                 f'{cards}<tr><td style="padding:16px 20px;font-family:Arial,sans-serif;font-size:11px;color:#9ca3af;">'
                 f'{html.escape(outro)}</td></tr></table></td></tr></table></body></html>')
    return {"subj": subj, "from_name": site, "from_addr": f"alerts@{dom}", "body_text": "" if html_only else text,
            "body_html": body_html if (html_only or rng.random() < 0.5) else None}


def marketing(rng: random.Random, first: str, date: str) -> dict:
    subj, name, addr, body = rng.choice(MARKETING)
    m = rng.choice(MONTHS["en"])
    return {"subj": subj.format(month=m), "from_name": name, "from_addr": addr, "lang": "en",
            "body_text": body.format(first=first, tok=token(rng), date=date, month=m), "body_html": None}


def newsletter_eu(rng: random.Random, lang: str, first: str) -> dict:
    opts = [x for x in NEWS_EU if x[0] == lang]
    _, subj, name, addr, body = rng.choice(opts)
    m = rng.choice(MONTHS[lang])
    return {"subj": subj.format(month=m), "from_name": name, "from_addr": addr, "lang": lang,
            "body_text": body.format(first=first, tok=token(rng), month=m), "body_html": None}
