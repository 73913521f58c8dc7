"""Writer 41, the tenth of the inbox that is not English: employer mail in German, French and Spanish,
from HR systems and from people, with the same mix of decisions and non-decisions."""

from __future__ import annotations

import _w41_kit as K

FAMILY_PREFIX = "w41intl"
R, I, F, A, O = "rejection", "interview_invite", "feedback", "application_ack", "offer"

L = {
    "de": {
        "greet_f": ["Sehr geehrte/r {cand},", "Guten Tag {cand},", "Sehr geehrte Bewerberin, sehr geehrter Bewerber,"],
        "greet_c": ["Hallo {first},", "Hi {first},", "Liebe/r {first},"],
        "rej": [("leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.", []),
                ("nach reiflicher Überlegung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.", []),
                ("die Stelle wurde inzwischen intern besetzt.", ["role_filled"]),
                ("wir haben uns für jemanden entschieden, dessen Erfahrung noch besser zu unseren Anforderungen passt.", ["closer_fit"]),
                ("aufgrund eines Einstellungsstopps können wir die Position derzeit leider nicht besetzen und beenden das Verfahren.", ["budget_freeze", "role_cancelled"]),
                ("wir suchen für diese Rolle doch eher jemanden mit mehr Führungserfahrung, deshalb machen wir nicht weiter.", ["level_mismatch"]),
                ("es wird diesmal leider nichts - wir haben jemand anderen genommen.", [])],
        "fb": [("Im technischen Gespräch fehlte uns bei den Architekturfragen etwas die Tiefe, vor allem beim Thema Skalierung.", ["system_design", "technical_depth"]),
               ("Ihre Programmieraufgabe lief, aber Tests und Fehlerbehandlung waren sehr knapp.", ["coding"]),
               ("Deine Programmieraufgabe lief, aber die Tests waren ziemlich dünn.", ["coding"]),
               ("Die Antworten waren teilweise sehr lang, der rote Faden ging dabei etwas verloren.", ["communication"]),
               ("Bei den Fragen zur Zusammenarbeit im Team hätten wir uns konkretere Beispiele gewünscht.", ["behavioural", "collaboration"])],
        "fb_intro": ["Als kurze Rückmeldung aus dem Team:", "Zur Einordnung:"],
        "inv": ["wir würden Sie gerne zu einem ersten Telefoninterview einladen.", "wir möchten Sie gerne zu einem Vorstellungsgespräch bei uns vor Ort einladen.",
                "als nächsten Schritt laden wir Sie zu einem technischen Interview (ca. 60 Minuten, per Video) ein.",
                "hätten Sie Lust auf ein kurzes Kennenlernen mit {mgr}?", "hättest du Lust auf ein kurzes Kennenlernen mit {mgr}?",
                "wollen wir nächste Woche mal telefonieren? Dann lernst du auch gleich das Team kennen."],
        "inv_logi": ["Bitte wählen Sie über diesen Link einen passenden Termin: {link}", "Passt Ihnen {day} um {time} Uhr?", "Sag mir einfach, wann es dir nächste Woche passt."],
        "ack": ["vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
                "danke für deine Bewerbung - ist angekommen, ich schaue sie mir diese Woche an.",
                "wir haben Ihre Bewerbung erhalten und melden uns, sobald wir sie geprüft haben."],
        "test": ["Im nächsten Schritt bitten wir Sie, unseren Online-Test zu absolvieren (ca. 45 Minuten): {link}"],
        "offer": ["wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können.", "wir möchten dir gerne ein Angebot machen - wir wollen dich im Team!"],
        "offer_logi": ["Den Vertragsentwurf finden Sie im Anhang.", "Gib mir bis {day} Bescheid, ob das passt."],
        "neg": ["Ihre Bewerbung befindet sich weiterhin in Prüfung. Wir melden uns, sobald es Neuigkeiten gibt.",
                "vielen Dank für das nette Gespräch heute. Wir sprechen noch mit weiteren Kandidaten und melden uns danach.",
                "zur Erinnerung: Ihr Termin am {day} um {time} Uhr. Bitte melden Sie sich am Empfang.",
                "aus Datenschutzgründen können wir leider kein individuelles Feedback geben."],
        "after": ["Wir wünschen Ihnen für Ihre weitere Suche alles Gute.", "Viel Erfolg weiterhin!", ""],
        "close_f": "Mit freundlichen Grüßen", "close_c": "Viele Grüße",
        "subj": ["Ihre Bewerbung als {role}", "Ihre Bewerbung bei {comp}", "Rückmeldung", "Einladung", "Kurzes Update", "{role}"],
        "team": "Personalabteilung",
    },
    "fr": {
        "greet_f": ["Madame, Monsieur,", "Bonjour {cand},", "Chère candidate, cher candidat,"],
        "greet_c": ["Bonjour {first},", "Salut {first},", "Hello {first},"],
        "rej": [("nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature.", []),
                ("après mûre réflexion, nous avons retenu un autre profil, plus proche de nos besoins actuels.", ["closer_fit"]),
                ("le poste a été pourvu.", ["role_filled"]),
                ("le recrutement est suspendu suite à un gel budgétaire, et nous clôturons donc le processus.", ["budget_freeze", "role_cancelled"]),
                ("nous cherchons finalement un profil plus senior pour ce poste, nous n'irons donc pas plus loin.", ["level_mismatch"]),
                ("on ne va pas continuer avec toi pour ce poste, désolé.", [])],
        "fb": [("Lors de l'entretien technique, le code fonctionnait mais manquait de tests.", ["coding"]),
               ("Le jury aurait aimé plus de profondeur sur la conception du système et sa montée en charge.", ["system_design"]),
               ("Vos exemples de situations passées restaient assez généraux.", ["behavioural"]),
               ("Votre CV ne met pas assez en avant vos projets les plus pertinents pour ce poste.", ["cv_positioning"])],
        "fb_intro": ["Quelques retours de l'équipe :", "Comme vous nous l'aviez demandé, voici un retour :", "Pour être transparents :"],
        "inv": ["nous souhaiterions vous rencontrer pour un premier entretien téléphonique.", "nous avons le plaisir de vous inviter à un entretien dans nos locaux.",
                "nous aimerions passer à l'étape suivante : un entretien technique d'une heure en visio.", "tu serais dispo pour un café avec {mgr} ?"],
        "inv_logi": ["Merci de choisir un créneau ici : {link}", "Seriez-vous disponible {day} à {time} ?", "Dis-moi ce qui t'arrange la semaine prochaine."],
        "ack": ["nous accusons bonne réception de votre candidature au poste de {role}.", "merci pour ta candidature, bien reçue ! Je la regarde cette semaine.",
                "votre candidature a bien été enregistrée et sera étudiée avec attention."],
        "test": ["Pour la suite, nous vous invitons à passer un test en ligne (environ 40 minutes) : {link}"],
        "offer": ["nous avons le plaisir de vous proposer le poste de {role}.", "bonne nouvelle : on aimerait te faire une offre !"],
        "offer_logi": ["Vous trouverez la proposition d'embauche en pièce jointe.", "Dis-moi d'ici {day} si ça te va."],
        "neg": ["votre candidature est toujours en cours d'examen.", "merci pour notre échange d'aujourd'hui. Nous rencontrons encore d'autres candidats et reviendrons vers vous.",
                "petit rappel : votre entretien a lieu {day} à {time}.", "notre politique interne ne nous permet pas de communiquer de retour détaillé."],
        "after": ["Nous vous souhaitons une bonne continuation.", "Bonne chance pour la suite !", ""],
        "close_f": "Cordialement", "close_c": "À bientôt",
        "subj": ["Votre candidature - {role}", "Candidature {comp}", "Suite à votre candidature", "Entretien", "Petit point", "{role}"],
        "team": "Service RH",
    },
    "es": {
        "greet_f": ["Estimado/a {cand}:", "Hola {cand}:", "Estimada candidata, estimado candidato:"],
        "greet_c": ["Hola {first}:", "¡Hola {first}!", "Buenas {first},"],
        "rej": [("lamentamos comunicarte que hemos decidido seguir adelante con otras candidaturas.", []),
                ("tras valorar todos los perfiles, hemos elegido a una persona cuya experiencia se ajusta más a lo que buscamos.", ["closer_fit"]),
                ("la posición ya ha sido cubierta.", ["role_filled"]),
                ("por un recorte de presupuesto, la vacante se ha cancelado y cerramos el proceso.", ["budget_freeze", "role_cancelled"]),
                ("buscamos un perfil más junior para este puesto, así que no vamos a continuar.", ["level_mismatch"]),
                ("al final no vamos a seguir contigo, lo siento mucho.", [])],
        "fb": [("En la prueba técnica el código funcionaba, pero no cubría los casos límite.", ["coding"]),
               ("Echamos en falta más profundidad técnica en las preguntas sobre bases de datos.", ["technical_depth"]),
               ("Te vimos algo nervioso durante el caso práctico y eso afectó al resultado.", ["composure"]),
               ("No hiciste preguntas al final, y al equipo le habría gustado ver más interés por el puesto.", ["questions_to_ask"])],
        "fb_intro": ["Te comparto algo de feedback del equipo:", "Como nos pediste, aquí va un comentario:", "Para que te sirva:"],
        "inv": ["nos gustaría invitarte a una primera entrevista telefónica.", "queremos invitarte a una entrevista en nuestras oficinas.",
                "el siguiente paso sería una entrevista técnica de una hora por videollamada.", "¿te apetece una charla rápida con {mgr}?"],
        "inv_logi": ["Puedes elegir el horario aquí: {link}", "¿Te viene bien el {day} a las {time}?", "Dime qué días te vienen bien."],
        "ack": ["hemos recibido correctamente tu candidatura para el puesto de {role}.", "¡gracias por tu candidatura! La hemos recibido y la revisaremos pronto.",
                "confirmamos la recepción de tu solicitud."],
        "test": ["Como siguiente paso, te invitamos a realizar una prueba online (unos 40 minutos): {link}"],
        "offer": ["nos complace ofrecerte el puesto de {role}.", "¡queremos que te unas al equipo! Te hacemos una oferta."],
        "offer_logi": ["Adjuntamos la carta de oferta con las condiciones.", "Dinos algo antes del {day}."],
        "neg": ["tu candidatura sigue en proceso de revisión.", "gracias por la entrevista de hoy. Seguimos viendo candidatos y te diremos algo pronto.",
                "te recordamos tu entrevista del {day} a las {time}.", "por política de empresa no podemos dar feedback individual."],
        "after": ["Te deseamos mucha suerte en tu búsqueda.", "¡Mucho éxito!", ""],
        "close_f": "Un cordial saludo", "close_c": "Un abrazo",
        "subj": ["Tu candidatura - {role}", "Proceso de selección {comp}", "Actualización", "Entrevista", "Novedades", "{role}"],
        "team": "Equipo de Selección",
    },
}


DAYS_L = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"], "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
          "es": ["lunes", "martes", "miércoles", "jueves", "viernes"]}
MON_L = {"de": ["März", "April", "Mai", "Juni", "September", "Oktober"], "fr": ["mars", "avril", "mai", "juin", "septembre", "octobre"],
         "es": ["marzo", "abril", "mayo", "junio", "septiembre", "octubre"]}


def local_day(rng, lang):
    d, wd, m = rng.randint(2, 28), rng.choice(DAYS_L[lang]), rng.choice(MON_L[lang])
    return {"de": rng.choice([f"{wd}, den {d}. {m}", f"{wd}", f"am {d}.{rng.randint(3, 10)}."]),
            "fr": rng.choice([f"{wd} {d} {m}", f"{wd} prochain", f"le {d} {m}"]),
            "es": rng.choice([f"{wd} {d} de {m}", f"{wd}", f"{d} de {m}"])}[lang]


FORMAL_M = {"de": ["Ihnen", "Ihre", "Sie ", "Sie?"], "fr": ["vous", "Vous"], "es": []}
CASUAL_M = {"de": [" dir", " dich", "du ", "deine", "Deine", " dein", "Sag ", "Gib "], "fr": [" tu ", " te ", "toi", "ta ", "t'", "Dis-moi", "Salut"], "es": []}


def register_pick(rng, pool, lang, casual):
    bad = FORMAL_M[lang] if casual else CASUAL_M[lang]
    ok = [x for x in pool if not any(m in (x[0] if isinstance(x, tuple) else x) for m in bad)]
    return rng.choice(ok or pool)


def one(rng, n, lang, labs):
    T = L[lang]
    comp = K.company(rng)
    dom = K.domain_of(comp)
    name, to = rng.choice(K.SEEKERS)
    fi, la = K.person(rng)
    mgr = " ".join(K.person(rng))
    c = dict(cand=name, first=name.split()[0], role=rng.choice(K.ROLES), comp=comp, mgr=mgr, day=local_day(rng, lang),
             time=f"{rng.randint(9, 16)}:{rng.choice(['00', '30', '15'])}", link=f"https://{rng.choice(K.ATS_RELAYS)}/{rng.randint(1000, 99999)}")
    casual = rng.random() < 0.45
    greet = K.fill(rng.choice(T["greet_c"] if casual else T["greet_f"]), **c)
    paras, topics, reasons = [], [], []
    def cap(x):
        i = 1 if x[:1] in "¡¿" else 0
        return x[:i] + x[i:i + 1].upper() + x[i + 1:]
    if A in labs:
        paras.append(cap(K.fill(register_pick(rng, T["ack"], lang, casual), **c)))
        if I in labs:
            paras.append(K.fill(T["test"][0], **c))
    if R in labs:
        t, rs = register_pick(rng, T["rej"], lang, casual)
        reasons += rs
        paras.append(cap(t))
        if F in labs:
            bad = FORMAL_M[lang] if casual else CASUAL_M[lang]
            fpool = [x for x in T["fb"] if not any(m in x[0] for m in bad)] or T["fb"]
            fbs = rng.sample(fpool, min(len(fpool), rng.choice([1, 2])))
            for _, tp in fbs:
                topics += tp
            paras.append(rng.choice(T["fb_intro"]) + " " + " ".join(x for x, _ in fbs))
        a = register_pick(rng, T["after"], lang, casual)
        if a:
            paras.append(a)
    if O in labs:
        paras.append(cap(K.fill(register_pick(rng, T["offer"], lang, casual), **c)))
        paras.append(K.fill(register_pick(rng, T["offer_logi"], lang, casual), **c))
    if I in labs and A not in labs and R not in labs:
        paras.append(cap(K.fill(register_pick(rng, T["inv"], lang, casual), **c)))
        paras.append(K.fill(register_pick(rng, T["inv_logi"], lang, casual), **c))
    if not labs:
        paras.append(cap(K.fill(register_pick(rng, T["neg"], lang, casual), **c)))
    close = T["close_c"] if casual else T["close_f"]
    sig = f"{fi}" if casual and rng.random() < 0.5 else f"{fi} {la}\n{rng.choice([T['team'], 'Talent Acquisition', 'Recruiting'])}\n{comp}"
    text = greet + "\n\n" + "\n\n".join(paras) + f"\n\n{close}\n{sig}"
    html = None
    if not casual and rng.random() < 0.4:
        html = K.html_branded(rng, comp, text.split("\n\n"), None, rng.choice(["Diese E-Mail wurde automatisch erstellt.", "Merci de ne pas répondre à cet e-mail.", "Por favor, no respondas a este correo."]))
        if rng.random() < 0.5:
            text = ""
    subj = K.fill(rng.choice(T["subj"]), **c)
    return K.record(FAMILY_PREFIX, lang, n, lang=lang, from_name=f"{fi} {la}" if casual else rng.choice([comp, f"{comp} {T['team']}"]),
                    from_addr=K.addr(fi, la, dom, rng) if casual else f"jobs@{rng.choice([dom, rng.choice(K.ATS_RELAYS)])}",
                    to_addr=to, subject=subj, body_text=text, body_html=html, labels=labs, company=comp, topics=topics, outside=reasons)


PLAN = [((R,), 5), ((R, F), 2), ((I,), 4), ((A,), 3), ((A, I), 1), ((O,), 3), ((), 2)]


def generate(rng):
    n = 0
    for lang in ("de", "fr", "es"):
        for labs, k in PLAN:
            for _ in range(k):
                n += 1
                yield one(rng, n, lang, list(labs))
