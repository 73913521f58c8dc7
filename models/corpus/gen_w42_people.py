"""Writer 42: people, not systems - corporate HR staff writing by hand, start-up founders (du/tu/tú),
and agency recruiters writing about their clients."""

from __future__ import annotations

import _w42_cand as CV
import _w42_compose as C
import _w42_kit as K

FAMILY_PREFIX = "w42ppl"

HR_KINDS = [("reject", 27), ("reject_fb", 10), ("reject_inv", 3), ("invite", 16), ("invite_fb", 3), ("resched", 3),
            ("offer", 8), ("offer_fb", 1), ("ack", 4), ("ack_test", 2), ("thanks_today", 6), ("nofb", 6), ("reminder", 3),
            ("withdraw_ack", 3), ("status", 5)]
STARTUPS = ["Quellwerk Software", "Grazer Datenhaus", "Océlia", "Walbrix", "Groupe Laurentides Techno", "Pagora",
            "Tlaloc Software", "Mate Digital", "Andina Pagos"]
FOUNDER_TITLES = {"de": ["Co-Founder & CTO", "Gründerin", "Head of Engineering", "CEO"], "fr": ["Co-fondatrice", "CTO & co-fondateur", "Head of Talent"],
                  "es": ["Cofundadora", "CTO y cofundador", "Head of People"], "en": ["Co-founder", "CTO", "Head of People"]}


def hr_mail(rng, fam, i, lang, company, reg, startup=False):
    region = company["region"]
    clang = K.REGION_LANG[region]
    kind = K.weighted_pick(rng, HR_KINDS)
    if startup and kind in ("withdraw_ack", "reminder", "nofb"):
        kind = "reject"
    cand = K.person(rng, clang if lang != "en" else rng.choice(["de", "fr", "es", "en"]))
    sender = K.person(rng, clang)
    ctx = C.make_ctx(rng, lang, company)
    ctx["sender"] = sender["full"]
    paras, labels, topics, outside = C.body_for(rng, lang, kind, ctx, reg, region)
    if startup:
        sig = sender["first"] + ("\n" + rng.choice(FOUNDER_TITLES[lang]) + " @ " + company["name"] if rng.random() < 0.7 else "")
    else:
        sig = C.signature(rng, lang, sender, company, ctx)
    body = C.render(rng, lang, cand, paras, reg, region, sig)
    if startup:
        body = K.typo(rng, body, p=0.55)
    subj = C.fill(rng.choice(C.BANKS[lang].SUBJ[{"reject_fb": "reject", "reject_inv": "reject", "ack_test": "ack",
                                                   "invite_fb": "fb", "offer_fb": "offer", "thanks_today": "status",
                                                   "nofb": "fb", "withdraw_ack": "status"}.get(kind, kind)]), ctx)
    if startup and rng.random() < 0.5:
        subj = rng.choice({"de": ["Kurzes Update", "Dein Gespräch mit uns", "{company} x {first}", "Nächste Schritte"],
                           "fr": ["Petit point", "Ton entretien chez nous", "{company} x {first}", "La suite"],
                           "es": ["Novedades", "Tu proceso con nosotros", "{company} x {first}", "Próximos pasos"],
                           "en": ["Quick update", "Next steps", "{company} x {first}"]}[lang]).format(company=company["name"], first=cand["first"])
    # reply over the candidate's earlier mail
    B = CV.C[lang]
    prior = {"nofb": "fb_req", "reject_fb": "fb_req", "invite": "apply", "reject": "follow", "offer": "thanks_int",
             "withdraw_ack": "withdraw", "resched": "confirm", "status": "follow"}.get(kind)
    me_addr = K.cand_addr(rng, cand)
    if prior and rng.random() < (0.8 if kind in ("nofb", "withdraw_ack") else 0.3):
        # a feedback reply answers the candidate's request; the request sits in quoted history only
        if kind == "reject_fb" and prior == "fb_req":
            # the decision was already sent; this reply only carries feedback
            fl, topics = C.feedback_lines(rng, lang, reg)
            intro = C.pick(rng, lang, "fb_intro", reg)
            lead = {"de": "gern komme ich Ihrer Bitte nach.", "fr": "bien volontiers, voici quelques éléments.",
                    "es": "con gusto le comparto lo que comentó el equipo.", "en": "happy to share some thoughts."}[lang]
            if reg == "i":
                lead = {"de": "klar, gern!", "fr": "bien sûr !", "es": "¡claro que sí!", "en": "sure thing!"}[lang]
            paras = [lead, intro + " " + " ".join(fl), C.pick(rng, lang, "wish", reg)]
            labels, outside = {"feedback"}, []
            body = C.render(rng, lang, cand, paras, reg, region, sig)
        hr_ctx = C.Ctx(ctx, hr_first=sender["first"], hr_last=sender["last"], hr_full=sender["full"])
        ckey = prior + ("_i" if reg == "i" and prior + "_i" in B else "")
        ctext = (C.fill(rng.choice(K.gender_fit(B["hi_i" if reg == "i" else "hi_f"], sender["g"])), hr_ctx) + "\n\n" +
                 C.cap(C.fill(rng.choice(B[ckey]), hr_ctx)) + "\n\n" + rng.choice(B["bye"]) + "\n" + cand["full"])
        q = K.quote_block(rng, lang, cand["full"], me_addr, ctext)
        osubj = C.fill(rng.choice(B["subj"].get(prior, ["Bewerbung"])), ctx)
        body = body + "\n\n" + q.replace("{SUBJ}", osubj)
        subj = rng.choice(CV.RE[lang]) + osubj
    if lang == "fr":
        subj = K.fr_elide(subj)
        body = K.fr_elide(body)
    fn = sender["full"] if rng.random() < 0.8 else f"{sender['full']} | {company['name']}"
    body = K.squeeze(body)
    html = K.outlook_html(body) if (not startup and rng.random() < 0.3) else None
    return K.rec(fam, i, lang=lang, from_name=fn, from_addr=K.staff_addr(rng, sender, company["domain"]), to_addr=me_addr,
                 subject=K.regionalise(subj, region), body_text=body, body_html=html, labels=labels, company=company["name"],
                 topics=topics, outside=outside)


# ------------------------------------------------------------------ agency recruiters
AGENCIES = {
    "de": [("Personalberatung Falkenstein", "falkenstein-personal.de"), ("Brücke Personaldienste", "bruecke-personal.de"),
           ("Hansen & Roth Executive", "hansenroth.com")],
    "fr": [("Cabinet Mérignac Conseil", "merignac-conseil.fr"), ("Recrut'Ouest", "recrutouest.fr"), ("Talents Boréaux", "talentsboreaux.ca")],
    "es": [("Talentos Andes Consultores", "talentosandes.cl"), ("Grupo Búsqueda Ejecutiva", "gbe.com.mx"), ("Selección Cantábrica", "seleccioncantabrica.es")],
}
AG = {
    "de": {
        "hi": ["Hallo {first},", "Guten Tag Frau {last}," if True else "", "Hi {first},", "Guten Morgen {first},"],
        "reject": ["ich habe heute Rückmeldung von {client} bekommen – leider haben sie sich für einen anderen Kandidaten entschieden.",
                   "{client} hat sich gemeldet: Sie haben sich für jemanden aus der Endrunde entschieden, für Sie wird es daher leider keine weitere Runde geben.",
                   "schlechte Nachrichten aus dem Hause {client}: Die Entscheidung ist gegen Sie gefallen.",
                   "kurzes Update: Mein Kunde geht nach den Zweitgesprächen mit einer anderen Bewerberin weiter. Tut mir echt leid.",
                   "leider keine guten Nachrichten vom Kunden, die Stelle bekommt jemand anderes."],
        "reject_anon": ["mein Mandant aus der Medizintechnik hat sich gegen eine Einladung entschieden.",
                        "der Kunde (Sie wissen schon, der Maschinenbauer aus OWL) möchte Ihr Profil nicht weiterverfolgen."],
        "fb": ["Das Feedback war, dass ihnen im Gespräch die konkreten Zahlen zu Ihren Projekten gefehlt haben.",
               "Was ich mitnehmen konnte: Fachlich top, aber bei der Frage nach Teamkonflikten blieb es zu vage.",
               "Sie fanden, dass Ihr CV die Führungserfahrung nicht deutlich genug zeigt."],
        "fb_topics": [["cv_positioning"], ["behavioural"], ["cv_positioning", "experience_level"]],
        "invite": ["gute Nachrichten: {client} möchte Sie kennenlernen! Vorschlag wäre {date} um {time}, per Teams.",
                   "{client} lädt Sie zum Zweitgespräch vor Ort ein, diesmal mit dem Bereichsleiter. Können Sie {date} nachmittags?",
                   "der Kunde hat Ihr Profil gelesen und würde gern ein Erstgespräch führen. Passt Ihnen {date} vormittags?"],
        "offer": ["{client} möchte Ihnen ein Angebot machen! {salary} fix plus Bonus, Start {start}. Der Vertrag kommt direkt von dort, ich wollte es Ihnen aber vorab persönlich sagen."],
        "closed": ["ich habe eine Anfrage für eine Interim-Rolle im Einkauf reinbekommen, sechs Monate, Raum Stuttgart. Wäre das grundsätzlich etwas für Sie?",
                   "die Position bei meinem Kunden, über die wir letzte Woche gesprochen hatten, ist leider schon besetzt, bevor ich Sie vorstellen konnte. Ich melde mich, sobald etwas Ähnliches reinkommt.",
                   "ich habe eine spannende Rolle als Teamleitung Logistik im Raum Hannover – hätten Sie Interesse an einem kurzen Austausch?"],
        "pending": ["noch keine Neuigkeiten vom Kunden, die sind gerade in der Budgetplanung. Ich hake Ende der Woche nach.",
                    "kurzer Zwischenstand: Der Kunde führt diese Woche noch zwei Gespräche, danach wird entschieden.",
                    "der Personalleiter ist noch im Urlaub, deshalb verzögert sich die Rückmeldung etwas."],
        "bye": ["Viele Grüße", "Beste Grüße", "Herzliche Grüße"],
        "subj": ["Update {client}", "Rückmeldung Kunde", "Kurze Info", "Ihre Kandidatur", "Position Teamleitung"],
    },
    "fr": {
        "hi": ["Bonjour {first},", "Hello {first},", "Bonjour Madame {last},", "Bonjour Monsieur {last},"],
        "reject": ["j'ai eu le retour de {client} : ils ont choisi de poursuivre avec un autre candidat.",
                   "petit point suite à votre entretien chez {client} : malheureusement, ils ne donnent pas suite."],
        "reject_anon": ["mon client du secteur bancaire a décidé de ne pas retenir votre candidature."],
        "fb": ["D'après eux, vos réponses techniques manquaient un peu de profondeur sur la partie réseau.",
               "Le manager a trouvé que vous posiez peu de questions sur le poste.",
               "Ils ont trouvé l'entretien un peu confus, avec des réponses trop longues."],
        "fb_topics": [["technical_depth"], ["questions_to_ask"], ["communication"]],
        "invite": ["bonne nouvelle : {client} souhaite vous rencontrer ! Seriez-vous disponible {date} à {time} ?",
                   "le client a retenu votre profil pour un premier entretien en visio. Quels sont vos créneaux la semaine prochaine ?"],
        "offer": ["{client} vous fait une proposition ! {salary}, démarrage le {start}. Vous recevrez la promesse d'embauche par mail d'ici demain."],
        "closed": ["le poste chez mon client dont nous avions parlé a été pourvu avant que je puisse présenter votre dossier, désolé. Je garde votre profil en tête.",
                   "je me permets de vous contacter pour une opportunité de responsable qualité à Lyon. Seriez-vous ouvert·e à un échange ?"],
        "pending": ["pas encore de retour du client, ils sont en plein séminaire. Je relance vendredi."],
        "bye": ["Belle journée,", "Cordialement,", "À bientôt,"],
        "subj": ["Retour {client}", "Point candidature", "Votre candidature – suite", "Opportunité"],
    },
    "es": {
        "hi": ["Hola {first},", "Buenos días, {first}:", "Estimada {first}:", "¿Qué tal, {first}?"],
        "reject": ["te escribo porque {client} me confirmó que seguirán con otro candidato.",
                   "me llegó la respuesta de {client} y lamentablemente no avanzan con tu perfil."],
        "reject_anon": ["mi cliente del sector retail ha decidido no seguir con tu candidatura."],
        "fb": ["Me comentaron que en el caso práctico se te notó muy nervioso/a y perdiste el hilo.",
               "Según el gerente, faltaron ejemplos concretos de cómo resolviste problemas con tu equipo.",
               "Dicen que tu experiencia en manejo de equipos todavía es corta para el nivel que buscan."],
        "fb_topics": [["composure"], ["behavioural", "collaboration"], ["experience_level"]],
        "invite": ["¡buenas noticias! {client} quiere entrevistarte. ¿Te viene bien {date} a {time}?",
                   "el cliente vio tu CV y quiere una primera llamada. ¿Qué horarios tienes esta semana?"],
        "offer": ["¡{client} te quiere hacer una oferta! {salary}, incorporación el {start}. La carta oferta te llega directamente de ellos."],
        "closed": ["la vacante de mi cliente de la que hablamos ya se cubrió antes de que pudiera presentarte, lo siento. Te tengo en cuenta para la próxima.",
                   "estoy buscando un/a jefe/a de logística para una empresa en Querétaro, ¿te interesaría platicar?"],
        "pending": ["todavía no tengo respuesta del cliente, están cerrando presupuesto. Te escribo el viernes."],
        "bye": ["Saludos,", "Un abrazo,", "Quedo atento,"],
        "subj": ["Novedades {client}", "Tu proceso", "Actualización", "Oportunidad"],
    },
}

AG_EXTRA = {
    "de": ["Ich weiß, das ist ärgerlich, gerade nach drei Runden.", "Lassen Sie uns gern nächste Woche telefonieren, ich habe noch zwei andere Mandate im Kopf.",
           "Ich bleibe dran und melde mich, sobald ich mehr weiß.", "Bei Fragen erreichen Sie mich jederzeit mobil.",
           "Danke nochmal für Ihre Geduld in dem Prozess.", "Wie gesagt: Das war knapp.", "Ich schicke Ihnen gleich noch die Unterlagen weiter."],
    "fr": ["Je sais que c'est frustrant après trois tours d'entretiens.", "On peut s'appeler la semaine prochaine, j'ai d'autres postes en tête.",
           "Je reviens vers vous dès que j'en sais plus.", "Merci encore pour votre patience.", "Joignable sur mon portable si besoin."],
    "es": ["Sé que es frustrante después de tantas entrevistas.", "Si quieres hablamos la semana que viene, tengo otras búsquedas abiertas.",
           "Te aviso en cuanto sepa algo más.", "Gracias otra vez por la paciencia.", "Cualquier cosa, escríbeme por WhatsApp."],
}


def agency_mail(rng, fam, i, lang):
    name, dom = rng.choice(AGENCIES[lang])
    A = AG[lang]
    client = rng.choice(K.companies(lang=lang))
    cand = K.person(rng, lang)
    rec_p = K.person(rng, lang)
    ctx = C.make_ctx(rng, lang, client)
    ctx.update(client=client["name"], first=cand["first"], last=cand["last"])
    kind = K.weighted_pick(rng, [("reject", 6), ("reject_anon", 2), ("reject_fb", 4), ("invite", 6), ("offer", 2), ("closed", 4), ("pending", 3)])
    labels, topics, company = set(), [], client["name"]
    if kind in ("reject", "reject_fb"):
        core = C.fill(rng.choice(A["reject"]), ctx)
        labels.add("rejection")
        if kind == "reject_fb":
            j = rng.randrange(len(A["fb"]))
            core += " " + A["fb"][j]
            topics = A["fb_topics"][j]
            labels.add("feedback")
    elif kind == "reject_anon":
        core = rng.choice(A["reject_anon"])
        labels.add("rejection")
        company = None
    elif kind == "invite":
        core = C.fill(rng.choice(A["invite"]), ctx)
        labels.add("interview_invite")
    elif kind == "offer":
        core = C.fill(rng.choice(A["offer"]), ctx)
        labels.add("offer")
    elif kind == "closed":
        core = rng.choice(A["closed"])
        company = None
    else:
        core = rng.choice(A["pending"])
        company = None
    if company and company not in core:
        company = None  # the client is not named in this mail
    hi = C.fill(rng.choice(K.gender_fit(A["hi"], cand["g"])), ctx)
    sig = f"{rec_p['full']}\n{name}" + (f"\n{rng.choice(['Senior Consultant', 'Associate Partner', 'Recruiting Consultant'])}" if rng.random() < 0.5 else "")
    ex = rng.sample(AG_EXTRA[lang], rng.choice([0, 1, 1, 2]))
    if kind == "reject_fb":
        ex = [e for e in ex if "knapp" not in e]
    body = core + (rng.choice([" ", "\n\n"]) + " ".join(ex) if ex else "")
    text = f"{hi}\n\n{body}\n\n{rng.choice(A['bye'])}\n{sig}\n"
    text = K.typo(rng, text, p=0.4)
    if lang == "fr":
        text = K.fr_elide(text)
    subj = C.fill(rng.choice(A["subj"]), ctx)
    if company is None and client["name"] in subj:
        subj = A["subj"][-1]
    return K.rec(fam, i, lang=lang, from_name=f"{rec_p['full']} ({name})" if rng.random() < 0.5 else rec_p["full"],
                 from_addr=K.staff_addr(rng, rec_p, dom), to_addr=K.cand_addr(rng, cand), subject=subj,
                 body_text=K.regionalise(text, client["region"]), labels=labels, company=company, topics=topics)


def generate(rng):
    for lang, n in [("de", 32), ("fr", 30), ("es", 30), ("en", 34)]:
        fam = f"{FAMILY_PREFIX}-hr{lang}"
        for i in range(n):
            clang = lang if lang != "en" else rng.choice(["de", "fr", "es"])
            company = rng.choice([c for c in K.companies(lang=clang) if c["name"] not in STARTUPS])
            yield hr_mail(rng, fam, i, lang, company, "f")
    for lang, n in [("de", 16), ("fr", 14), ("es", 14), ("en", 16)]:
        fam = f"{FAMILY_PREFIX}-startup{lang}"
        for i in range(n):
            pool = [c for c in K.companies() if c["name"] in STARTUPS and (lang == "en" or K.REGION_LANG[c["region"]] == lang)]
            yield hr_mail(rng, fam, i, lang, rng.choice(pool), "i", startup=True)
    for lang, n in [("de", 18), ("fr", 16), ("es", 16)]:
        fam = f"{FAMILY_PREFIX}-agency{lang}"
        for i in range(n):
            yield agency_mail(rng, fam, i, lang)
