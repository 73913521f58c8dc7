"""Writer 42: look-alikes in de/fr/es/en that carry hiring words but no hiring decision."""

from __future__ import annotations

import _w42_compose as C
import _w42_kit as K
import _w42_lookbank as LB

FAMILY_PREFIX = "w42look"

ALERT_TITLES = {"de": ["Projektleiter*in", "Sachbearbeiter:in Einkauf", "Data Engineer (m/w/d)", "Werkstudent Vertrieb", "Teamleitung Lager", "Controller (w/m/d)"],
                "fr": ["Chef de projet H/F", "Comptable", "Développeur Java (F/H)", "Assistant RH", "Responsable d'exploitation"],
                "es": ["Analista contable", "Jefe de almacén", "Desarrollador Java", "Auxiliar administrativo", "Ingeniero de calidad"],
                "en": ["Data Analyst", "Product Manager", "DevOps Engineer", "Customer Success Manager"]}
QUERIES = {"de": ["Controlling", "Projektleitung", "Python", "Logistik"], "fr": ["contrôle de gestion", "logistique", "développeur"],
           "es": ["administración", "logística", "datos"], "en": ["data", "product", "python"]}
REGION_OF = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "QC"], "es": ["ES", "MX", "AR", "CO", "CL"], "en": ["DE", "FR", "ES"]}


def city(rng, lang):
    reg = rng.choice(REGION_OF[lang])
    cl = K.REGION_LANG[reg]
    return rng.choice(C.BANKS[cl].CITIES[reg]), reg


def anyco(rng, lang):
    cl = lang if lang != "en" else rng.choice(["de", "fr", "es"])
    return rng.choice(K.companies(lang=cl))


def job_alert(rng, lang):
    A = LB.ALERT[lang]
    brand = rng.choice(A["brand"])
    c, reg = city(rng, lang)
    q = rng.choice(QUERIES[lang])
    n = rng.randint(3, 7)
    items = []
    for _ in range(n):
        co = anyco(rng, lang)["name"]
        items.append(rng.choice(A["item"]).format(title=rng.choice(ALERT_TITLES[lang]), co=co, city=city(rng, lang)[0],
                                                  sal=f"{rng.randint(35, 80)}k", d=rng.randint(1, 9)))
    url = f"https://www.{K.ascii_fold(brand.split()[-1])}.com/alerts"
    op = rng.choice(A["open"]).format(n=n, q=q, city=c)
    tails = [t.format(url=url) for t in rng.sample(A["tail"], 2)]
    text = op + "\n\n" + "\n".join(items) + "\n\n" + "\n".join(tails) + "\n"
    subj = rng.choice(A["subj"]).format(n=n, n2=n - 1, q=q, city=c, title=rng.choice(ALERT_TITLES[lang]))
    html = None
    if rng.random() < 0.6:
        html = K.to_html(rng, [op] + items, brand, button=(tails[0][:30], url), footer_lines=tails[1:], lang=lang)
        if rng.random() < 0.6:
            text = ""
    return dict(from_name=brand, from_addr=f"alerts@{K.ascii_fold(brand.split()[-1])}.com", subject=subj, body_text=text,
                body_html=html, company=None)


def housing(rng, lang):
    H = LB.HOUSING[lang]
    p = K.person(rng, lang if lang != "en" else "de")
    name = K.person(rng, lang if lang != "en" else "de")["last"]
    street = rng.choice(LB.STREETS[lang])
    ctx = C.Ctx(street=street, m2=rng.randint(38, 110), date=K.date_str(rng, lang))
    B = C.BANKS[lang]
    op = C.fill(rng.choice(H["open"]), ctx)
    text = (B.greet(rng, p, "f") + "\n\n" + (op if lang == "de" else C.cap(op)) + " " + rng.choice(H["dec"]) + "\n\n" +
            rng.choice(H["tail"]) + "\n\n" + B.close(rng, "f") + "\n" + rng.choice(H["from"]).format(name=name) + "\n")
    return dict(from_name=rng.choice(H["from"]).format(name=name), from_addr=f"vermietung@{K.ascii_fold(name)}-immo.com",
                subject=C.fill(rng.choice(H["subj"]), ctx), body_text=text, body_html=None, company=None)


def edu(rng, lang):
    E = LB.EDU[lang]
    c, reg = city(rng, lang)
    p = K.person(rng, lang if lang != "en" else "fr")
    ctx = C.Ctx(city=c, prog=rng.choice(LB.PROGS[lang]), date=K.date_str(rng, lang))
    who = C.fill(rng.choice(E["who"]), ctx)
    core = C.fill(rng.choice(E["neg"] if rng.random() < 0.75 else E["pos"]), ctx)
    mids = " ".join(C.fill(x, ctx) for x in rng.sample(E["mid"], 2))
    B = C.BANKS[lang]
    text = B.greet(rng, p, "f") + "\n\n" + (core if lang == "de" else C.cap(core)) + " " + mids + "\n\n" + B.close(rng, "f") + "\n" + who + "\n"
    return dict(from_name=who, from_addr=f"noreply@uni-{K.ascii_fold(c)}.edu", subject=C.fill(rng.choice(E["subj"]), ctx),
                body_text=text, body_html=None, company=None)


def autoreply(rng, lang):
    co = anyco(rng, lang)
    p = K.person(rng, K.REGION_LANG[co["region"]])
    other = K.person(rng, K.REGION_LANG[co["region"]])
    pre = rng.choice({"de": ["", "Guten Tag,\n\n", "Hallo,\n\n", "*** Automatische Antwort ***\n\n"],
                      "fr": ["", "Bonjour,\n\n", "[Message automatique]\n\n"], "es": ["", "Hola,\n\n", "[Respuesta automática]\n\n"],
                      "en": ["", "Hello,\n\n"]}[lang])
    body = pre + rng.choice(LB.AUTO[lang]).format(date=K.date_str(rng, lang), other=f"{other['full']} ({K.staff_addr(rng, other, co['domain'])})",
                                            domain=co["domain"])
    sig = f"\n\n{p['full']}\n{rng.choice(C.HR_TITLES[lang])}\n{co['name']}\n"
    orig = rng.choice({"de": ["Bewerbung als Controller", "Nachfrage zu meiner Bewerbung", "Unterlagen"],
                       "fr": ["Candidature – Comptable", "Relance candidature"], "es": ["Candidatura – Analista", "Consulta sobre mi postulación"],
                       "en": ["Application – Data Analyst", "Following up"]}[lang])
    return dict(from_name=p["full"], from_addr=K.staff_addr(rng, p, co["domain"]), subject=LB.AUTO_SUBJ[lang] + orig,
                body_text=body + sig, body_html=None, company=co["name"])


def bounce(rng, lang):
    co = anyco(rng, lang)
    p = K.person(rng, K.REGION_LANG[co["region"]])
    pre, tmpl = LB.BOUNCE[lang]
    s = rng.choice({"de": ["Bewerbung als Projektleiterin", "Meine Unterlagen"], "fr": ["Candidature spontanée", "Candidature – Chef de projet"],
                    "es": ["Postulación Analista", "Envío de CV"], "en": ["Application", "CV attached"]}[lang])
    text = tmpl.format(s=s, date=K.header_date(rng, lang), addr=K.staff_addr(rng, p, co["domain"]))
    return dict(from_name=rng.choice(["Mail Delivery System", "Microsoft Outlook", "MAILER-DAEMON"]),
                from_addr=rng.choice(["mailer-daemon@googlemail.com", "postmaster@outlook.com", "MAILER-DAEMON@mx.gmx.net"]),
                subject=pre + s, body_text=text + "\n", body_html=None, company=None)


def event(rng, lang):
    E = LB.EVENT[lang]
    co = anyco(rng, lang)
    c, _ = city(rng, lang)
    k = rng.choice(E["kind"]).format(co=co["name"], city=c)
    url = f"https://events.{co['domain']}/{rng.randint(100, 999)}"
    coach = any(w in k for w in ("Bewerbungstraining", "Atelier", "Taller", "Curso", "Masterclass"))
    p = K.person(rng, lang if lang != "en" else "de")
    B = C.BANKS[lang]
    det = [x for x in E["detail"] if (("€" in x or "EUR" in x) == coach) or ("{date}" in x)]
    parts = [rng.choice(E["open"]), k, " ".join(x.format(date=K.date_str(rng, lang), time=K.time_str(rng, lang)) for x in rng.sample(det, min(2, len(det)))),
             rng.choice(E["cta"]).format(url=url)]
    text = B.greet(rng, p, rng.choice(["f", "i"])) + "\n\n" + "\n\n".join(parts) + "\n\n" + B.close(rng, "f") + "\n" + (
        "Employer Branding | " + co["name"] if not coach else rng.choice(["KarriereCoach Akademie", "Bewerbungsprofi GmbH", "CoachEmploi", "Academia Empleo+"])) + "\n"
    html = None
    if rng.random() < 0.5:
        html = K.to_html(rng, parts[:3], co["name"] if not coach else "Career Coaching", button=(parts[3].split(":")[0], url), lang=lang)
        if rng.random() < 0.5:
            text = ""
    return dict(from_name=(co["name"] + " " + {"de": "Karriere", "fr": "Carrières", "es": "Empleo", "en": "Careers"}[lang]) if not coach
                else {"de": "Bewerbungsprofi Akademie", "fr": "CoachEmploi", "es": "Academia Empleo+", "en": "Career Coaching"}[lang], from_addr=f"events@{co['domain']}",
                subject=rng.choice(E["subj"]).format(k=k[:60]), body_text=text, body_html=html, company=None if coach else co["name"])


def appt(rng, lang):
    co = anyco(rng, lang)
    c, _ = city(rng, lang)
    t = rng.choice(LB.APPT[lang])
    text = t.format(city=c, date=K.date_str(rng, lang), time=K.time_str(rng, lang), last=K.person(rng, lang if lang != "en" else "de")["last"], co=co["name"])
    job = co["name"] in text
    foot = {"de": "Diese Nachricht wurde automatisch versendet.", "fr": "Ce message est envoyé automatiquement.",
            "es": "Este mensaje se envía automáticamente.", "en": "This message was sent automatically."}[lang]
    subj = {"de": ["Terminerinnerung", "Ihr Termin am {d}", "Bestätigung Ihres Termins"], "fr": ["Rappel de rendez-vous", "Votre rendez-vous du {d}"],
            "es": ["Recordatorio de cita", "Su cita del {d}"], "en": ["Appointment reminder", "Your appointment on {d}"]}[lang]
    return dict(from_name=co["name"] if job else rng.choice(["Terminservice", "Doctolib", "Rendez-vous", "Citas", "Booking"]),
                from_addr=f"termine@{co['domain']}" if job else "no-reply@termine-online.eu", subject=rng.choice(subj).format(d=K.date_str(rng, lang)),
                body_text=text + "\n\n" + foot + "\n", body_html=None, company=co["name"] if job else None)


def panel(rng, lang):
    co = anyco(rng, lang)
    me = K.person(rng, K.REGION_LANG[co["region"]])
    s = K.person(rng, K.REGION_LANG[co["region"]])
    while s["first"] == me["first"]:
        s = K.person(rng, K.REGION_LANG[co["region"]])
    P = LB.PANEL_SLOTS[lang]
    f = dict(first=me["first"], date=K.date_str(rng, lang), time=K.time_str(rng, lang))
    mid = [rng.choice(P["ask"]).format(**f)]
    order = rng.sample(["ctx", "log", "log2"], rng.choice([2, 3]))
    logs = rng.sample(P["log"], 2)
    for o in order:
        mid.append(rng.choice(P["ctx"]) if o == "ctx" else logs[0] if o == "log" else logs[1])
    sep = rng.choice([" ", "\n\n"])
    text = rng.choice(P["hi"]).format(**f) + "\n\n" + sep.join(mid) + "\n\n" + rng.choice(P["bye"]) + "\n" + (s["full"] if rng.random() < 0.6 else s["first"])
    subj = {"de": ["Interviewpanel", "Kannst du beim Interview unterstützen?", "Bitte um Unterstützung – Auswahlgespräche"],
            "fr": ["Jury d'entretien", "Dispo pour un entretien ?"], "es": ["Panel de entrevistas", "¿Me apoyas en una entrevista?"],
            "en": ["Interview panel", "Can you join an interview?"]}[lang]
    return dict(from_name=s["full"], from_addr=K.staff_addr(rng, s, co["domain"]), subject=rng.choice(subj), body_text=K.typo(rng, text, 0.3) + "\n",
                body_html=None, company=co["name"], to=K.staff_addr(rng, me, co["domain"]))


def scam(rng, lang):
    co2 = rng.choice(LB.SCAM_CO)
    P = LB.SCAM_SLOTS[lang]
    parts = [C.cap(rng.choice(P["hook"])) if lang != "de" else rng.choice(P["hook"])]
    parts += rng.sample(P["pay"], 1) + rng.sample(P["ask"], rng.choice([1, 2]))
    if rng.random() < 0.5:
        parts[1:] = rng.sample(parts[1:], len(parts) - 1)
    text = (rng.choice(P["hi"]) + "\n\n" + rng.choice([" ", "\n"]).join(parts) + "\n\n" +
            rng.choice(P["sign"])).format(co2=co2, n=rng.randint(100000, 999999))
    return dict(from_name=co2, from_addr=f"hr.{rng.randint(10, 99)}@{rng.choice(['gmail.com', 'outlook.com', 'mail.ru', 'yahoo.com'])}",
                subject=rng.choice(LB.SCAM_SUBJ[lang]), body_text=text + "\n", body_html=None, company=None)


def news(rng, lang):
    co = anyco(rng, lang)
    c = rng.choice(C.BANKS[K.REGION_LANG[co["region"]]].CITIES[co["region"]])
    t = rng.choice(LB.NEWS[lang]).format(co=co["name"], city=c)
    jobs = "\n".join("→ " + x for x in rng.sample(ALERT_TITLES[lang], 3))
    unsub = C.fill(rng.choice(C.UNSUB[lang]), C.Ctx(url=f"https://jobs.{co['domain']}"))
    text = t + "\n\n" + jobs + "\n\n" + unsub + "\n"
    html = K.to_html(rng, [t, jobs], co["name"], footer_lines=[unsub], lang=lang) if rng.random() < 0.7 else None
    if html and rng.random() < 0.6:
        text = ""
    subj = {"de": "Karriere-Newsletter {co}", "fr": "Newsletter carrières – {co}", "es": "Boletín de talento – {co}", "en": "{co} talent newsletter"}[lang]
    return dict(from_name=co["name"], from_addr=f"newsletter@{co['domain']}", subject=subj.format(co=co["name"]), body_text=text,
                body_html=html, company=co["name"])


FAMILIES = {
    "boards": [job_alert, job_alert, news],
    "private": [housing, edu, appt],
    "mailer": [autoreply, bounce],
    "events": [event],
    "office": [panel],
    "scam": [scam],
}
PLAN = {"boards": {"de": 13, "fr": 12, "es": 12, "en": 10}, "private": {"de": 17, "fr": 15, "es": 15, "en": 10},
        "mailer": {"de": 13, "fr": 11, "es": 11, "en": 9}, "events": {"de": 10, "fr": 9, "es": 9, "en": 6},
        "office": {"de": 6, "fr": 5, "es": 5, "en": 5}, "scam": {"de": 5, "fr": 5, "es": 5, "en": 4}}


def generate(rng):
    for fam_key, per_lang in PLAN.items():
        fam = f"{FAMILY_PREFIX}-{fam_key}"
        n = 0
        for lang, cnt in per_lang.items():
            for _ in range(cnt):
                fn = rng.choice(FAMILIES[fam_key])
                d = fn(rng, lang)
                me = K.person(rng, lang if lang != "en" else "de")
                to = d.pop("to", None) or K.cand_addr(rng, me)
                yield K.rec(fam, n, lang=lang, from_name=d["from_name"], from_addr=d["from_addr"], to_addr=to, subject=d["subject"],
                            body_text=K.fr_elide(d["body_text"]) if lang == "fr" else d["body_text"], body_html=d["body_html"],
                            labels=[], company=d["company"])
                n += 1
