"""Writer 42: assembles employer mail from the per-language fragment banks."""

from __future__ import annotations

import _w42_de
import _w42_en
import _w42_es
import _w42_fr
import _w42_kit as K

BANKS = {"de": _w42_de, "fr": _w42_fr, "es": _w42_es, "en": _w42_en}
TOPICS = ["coding", "system_design", "technical_depth", "behavioural", "communication", "questions_to_ask",
          "composure", "experience_level", "collaboration", "cv_positioning"]
TECH_TOPICS = {"coding", "system_design", "technical_depth"}

# vendor wording: a line each vendor adds (header or footer) per language
VENDOR_LINES = {
    "bewerbo": {"de": ["Diese Nachricht wurde über Bewerbo im Auftrag von {company} versendet.",
                       "Ihr Bewerbo-Team – fair recruiting für Bewerber*innen"],
                "en": ["Sent via Bewerbo on behalf of {company}."]},
    "kompass": {"de": ["KarriereKompass · Ihr Weg zu {company}", "Benachrichtigung aus dem Kandidat:innenportal von {company}"]},
    "stellwerk": {"de": ["Stellwerk HR – Bewerbermanagement für Schweizer KMU", "Automatisch generiert durch Stellwerk HR"],
                  "fr": ["Stellwerk HR – gestion des candidatures pour PME suisses"], "en": ["Stellwerk HR – applicant management"]},
    "personalwerk": {"de": ["Powered by Personalwerk Cloud", "Du bekommst diese Mail, weil du dich über Personalwerk beworben hast."],
                     "en": ["Powered by Personalwerk Cloud"]},
    "recrutiplus": {"fr": ["Envoyé par RecrutiPlus pour le compte de {company}", "RecrutiPlus – le recrutement simplifié"],
                    "en": ["Sent by RecrutiPlus on behalf of {company}"]},
    "candidatis": {"fr": ["Candidatis · Plateforme de recrutement", "Message transmis par Candidatis"],
                   "es": ["Candidatis · Plataforma de selección", "Mensaje enviado por Candidatis"], "en": ["Candidatis · Recruiting platform"]},
    "postulez": {"fr": ["Postulez.io – fait avec ♥ à Montréal", "Tu reçois ce courriel parce que tu as postulé via Postulez.io."]},
    "embauchia": {"fr": ["Embauchia – solution SIRH", "Message généré par la plateforme Embauchia"], "en": ["Embauchia HR suite"]},
    "talentonube": {"es": ["Enviado a través de TalentoNube", "TalentoNube · Software de selección"], "en": ["Sent through TalentoNube"]},
    "selektia": {"es": ["Selektia – gestión de postulaciones", "Este aviso fue emitido por Selektia en nombre de {company}"]},
    "reclutaya": {"es": ["Reclutaya 🚀 contratar nunca fue tan fácil", "Recibes este correo porque te postulaste con Reclutaya."],
                  "en": ["Reclutaya – hiring made simple"]},
    "hirebridge": {"en": ["HireBridge Europe · Applicant tracking", "You are receiving this because you applied via HireBridge."],
                   "de": ["HireBridge Europe · Bewerbermanagement"], "fr": ["HireBridge Europe · suivi des candidatures"],
                   "es": ["HireBridge Europe · gestión de candidaturas"]},
}
UNSUB = {"de": ["E-Mail-Benachrichtigungen abbestellen: {url}/abmelden", "Benachrichtigungen verwalten"],
         "fr": ["Se désabonner des notifications : {url}/desinscription", "Gérer mes préférences"],
         "es": ["Darse de baja de estas notificaciones: {url}/baja", "Gestionar preferencias"],
         "en": ["Unsubscribe from these notifications: {url}/unsubscribe", "Manage preferences"]}
HR_TITLES = {
    "de": ["Talent Acquisition", "Recruiterin", "Personalreferent", "HR Business Partnerin", "Leitung Personal", "People & Culture"],
    "fr": ["Chargée de recrutement", "Responsable RH", "Talent Acquisition Partner", "Responsable du recrutement", "Gestionnaire RH"],
    "es": ["Responsable de Selección", "Técnica de RR. HH.", "Talent Acquisition", "Gerente de Recursos Humanos", "Analista de Reclutamiento"],
    "en": ["Talent Acquisition Partner", "Recruiter", "HR Manager", "People Partner"],
}
TEAM = {"de": ["Ihr Recruiting-Team", "Das Team Personal", "Ihr HR-Team", "Team Talent Acquisition", "Die Personalabteilung"],
        "fr": ["L'équipe Recrutement", "Le service des Ressources Humaines", "La Direction des Ressources Humaines", "L'équipe Talents"],
        "es": ["El equipo de Selección", "Departamento de Recursos Humanos", "Equipo de Talento", "Área de Personas"],
        "en": ["The Recruiting Team", "Talent Acquisition", "The HR Team", "People Team"]}


ONSITE_WORDS = ("Park", "parking", "aparcamiento", "Lichtbildausweis", "pièce d'identité", "documento de identidad", "photo ID")


class Ctx(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(t, ctx):
    return t.format_map(ctx)


def cap(s):
    if not s:
        return s
    if s[0] in "¡¿" and len(s) > 1:
        return s[0] + s[1].upper() + s[2:]
    return s[:1].upper() + s[1:]


def pick(rng, L, key, reg):
    S = BANKS[L].S
    if reg == "i" and key + "_i" in S:
        return rng.choice(S[key + "_i"])
    return rng.choice(S[key])


def make_ctx(rng, lang, company, role=None, vendor=None):
    B = BANKS[lang]
    region = company["region"]
    city_pool = BANKS[K.REGION_LANG[region]].CITIES.get(region) or ["Berlin"]
    roles = B.ROLES
    r = role or rng.choice(roles)
    r2 = rng.choice([x for x in roles if x != r])
    url = "https://karriere." + company["domain"] if lang == "de" else "https://jobs." + company["domain"]
    salary = {"de": f"{rng.randint(42, 88)}.000 €", "fr": f"{rng.randint(34, 62)} 000 € bruts",
              "es": f"{rng.randint(24, 52)}.000 €", "en": f"EUR {rng.randint(45, 90)},000"}[lang]
    if region == "CH":
        salary = f"CHF {rng.randint(85, 140)}'000" if lang != "fr" else f"{rng.randint(85, 140)} 000 CHF"
    if region == "QC":
        salary = f"{rng.randint(55, 95)} 000 $"
    if region in ("MX", "AR", "CO", "CL"):
        salary = {"MX": f"$ {rng.randint(28, 75)},000 MXN mensuales", "AR": f"$ {rng.randint(900, 2500)}.000 brutos mensuales",
                  "CO": f"$ {rng.randint(4, 14)}.500.000 COP mensuales", "CL": f"$ {rng.randint(1, 4)}.{rng.randint(100, 900)}.000 líquidos"}[region]
    ctx = Ctx(company=company["name"], role=r, role2=r2, ref=K.make_ref(rng, vendor) if vendor else f"{rng.randint(100, 9999)}/{rng.choice(['26', '2026', 'HR'])}",
              date=K.date_str(rng, lang, region), time=K.time_str(rng, lang), dur=rng.choice([20, 30, 30, 45, 60, 90]),
              place=rng.choice(city_pool), weeks=rng.choice([2, 3, 4]), salary=salary, start=K.date_str(rng, lang, region),
              link=f"https://{(K.VENDORS[vendor]['relay'] if vendor else company['domain'])}/{rng.choice(['s', 't', 'c', 'r'])}/{rng.randint(10000, 999999):x}",
              url=url, domain=company["domain"], city=rng.choice(city_pool),
              hrb=str(rng.randint(10000, 99999)), field=rng.choice(B.S["fields"]))
    if vendor:
        ctx["portal"] = K.VENDORS[vendor]["portal"].get(lang, "portal")
    else:
        ctx["portal"] = {"de": "Bewerberportal", "fr": "espace candidat", "es": "portal de candidatos", "en": "candidate portal"}[lang]
    return ctx


def feedback_lines(rng, L, reg, k=None, general_ok=True):
    """Return (lines, topics)."""
    S = BANKS[L].S
    bank = S["fb_i"] if reg == "i" else S["fb"]
    if general_ok and reg != "i" and rng.random() < 0.15:
        return [rng.choice(S["fb_general"])], []
    k = k or rng.choice([1, 1, 2, 2, 3])
    tops = rng.sample(TOPICS, k)
    lines = [rng.choice(bank[t]) for t in tops]
    return lines, tops


def body_for(rng, L, kind, ctx, reg="f", region=None):
    """Paragraph list (without greeting/closing), labels, topics, outside."""
    S = BANKS[L].S
    P = lambda key: fill(pick(rng, L, key, reg), ctx)  # noqa: E731
    paras, labels, topics, outside = [], set(), [], []
    if kind in ("ack", "ack_test"):
        first = [P("thanks_apply"), P("ack")] if rng.random() < 0.5 else [P("ack")]
        paras.append(" ".join(cap(x) if i else x for i, x in enumerate(first)))
        nxt = rng.sample(S["ack_next_i" if reg == "i" and "ack_next_i" in S else "ack_next"], rng.choice([1, 1, 2]))
        paras.append(" ".join(fill(x, ctx) for x in nxt))
        labels.add("application_ack")
        if kind == "ack_test":
            paras.append(fill(rng.choice((S["inv_mode_i"] if reg == "i" else S["inv_mode"])["test"]), ctx))
            labels.add("interview_invite")
    elif kind in ("reject", "reject_fb", "reject_inv"):
        opener = P("thanks_apply") if rng.random() < 0.7 else None
        reasons = []
        rs = []
        if rng.random() < 0.45:
            rs = rng.sample([x for x in S["reason"] if not ((kind == "reject_fb" and x in ("role_cancelled", "budget_freeze"))
                                                            or (kind == "reject_inv" and x == "budget_freeze"))],
                            rng.choice([1, 1, 1, 2]))
            stop = {"role_cancelled", "budget_freeze"}
            if set(rs) & stop and len(rs) > 1:
                rs = [rs[0]]
        dec = P("reject_stop") if set(rs) & {"role_cancelled", "budget_freeze"} else P("reject")
        if rs:
            for rkey in rs:
                reasons.append(fill(rng.choice(S["reason"][rkey]), ctx))
                outside.append(rkey)
        if opener:
            paras.append(opener + " " + cap(dec) + (" " + " ".join(reasons) if reasons and rng.random() < 0.5 else ""))
        else:
            paras.append(dec + (" " + " ".join(reasons) if reasons and rng.random() < 0.5 else ""))
        if reasons and reasons[0] not in paras[-1]:
            paras.append(" ".join(reasons))
        if rng.random() < 0.45 and reg != "i" and not set(rs) & {"role_cancelled", "budget_freeze"}:
            paras.append(rng.choice(S["reject_soft"]))
        labels.add("rejection")
        if kind == "reject_fb":
            lines, topics = feedback_lines(rng, L, reg)
            intro = pick(rng, L, "fb_intro", reg)
            praise = [fill(rng.choice(S["fb_praise"]), ctx)] if rng.random() < 0.5 and reg != "i" else []
            if rng.random() < 0.4:
                paras.append(intro + "\n" + "\n".join("- " + x for x in praise + lines))
            else:
                paras.append(" ".join([intro] + praise + lines))
            labels.add("feedback")
        elif kind == "reject_inv":
            paras.append(P("inv_other") + " " + P("inv_sched"))
            labels.add("interview_invite")
        elif rng.random() < 0.25 and reg != "i" and not reasons:
            paras.append(rng.choice(S["no_fb_policy"]))
        tail = []
        if rng.random() < 0.5 and kind != "reject_inv":
            tail.append(P("pool"))
        tail.append(P("wish"))
        paras.append(" ".join(tail))
    elif kind in ("invite", "invite_fb"):
        mode = ctx.get("mode") or rng.choice(["phone", "video", "video", "onsite", "onsite", "ac", "probe", "test"])
        if kind == "invite_fb":
            lines, topics = feedback_lines(rng, L, reg, k=rng.choice([1, 1, 2]), general_ok=False)
            praise = fill(rng.choice(S["fb_praise"]), ctx) if reg != "i" else ""
            glue = {"de": "Ein Punkt, an dem Sie bis zum nächsten Gespräch noch arbeiten könnten:",
                    "fr": "Un point à travailler d'ici le prochain entretien :", "es": "Un aspecto a reforzar para la siguiente fase:",
                    "en": "One area to work on before the next round:"}[L]
            paras.append(P("inv_intro"))
            paras.append(" ".join(x for x in [praise, glue] + lines if x))
            labels.add("feedback")
        else:
            paras.append((P("thanks_apply") + " " + cap(P("inv_intro"))) if rng.random() < 0.4 else P("inv_intro"))
        modes = S["inv_mode_i"] if reg == "i" else S["inv_mode"]
        sched = P("inv_sched")
        if mode == "test":
            sched = ""
        elif mode in ("phone", "video"):
            for _ in range(6):
                if not any(w in sched for w in ONSITE_WORDS):
                    break
                sched = P("inv_sched")
            if any(w in sched for w in ONSITE_WORDS):
                sched = ""
        paras.append((fill(rng.choice(modes[mode]), ctx) + " " + sched).strip())
        labels.add("interview_invite")
    elif kind == "resched":
        paras.append(P("resched"))
        paras.append(P("inv_sched"))
        labels.add("interview_invite")
    elif kind in ("offer", "offer_fb"):
        paras.append(P("offer"))
        det = rng.sample(S["offer_detail_i" if reg == "i" else "offer_detail"], 1 if reg == "i" else rng.choice([1, 2]))
        paras.append(" ".join(fill(x, ctx) for x in det))
        if kind == "offer_fb":
            glue = {"de": "Aus den Gesprächen nehmen wir übrigens mit, dass Sie sich in einem Bereich noch entwickeln können:",
                    "fr": "Les entretiens ont aussi fait ressortir un axe de progression :",
                    "es": "De las entrevistas también salió un área de mejora que trabajaremos juntos:",
                    "en": "The interviews also surfaced one development area we'd support you on:"}[L]
            lines, topics = feedback_lines(rng, L, "f", k=1, general_ok=False)
            paras.append(glue + " " + lines[0])
            labels.add("feedback")
        paras.append(P("offer_deadline"))
        labels.add("offer")
    elif kind == "status":
        paras.append(P("thanks_apply") + " " + " ".join(rng.sample(S["status_i" if reg == "i" else "status"], rng.choice([1, 2]))))
    elif kind == "reminder":
        paras.append(P("reminder"))
        if reg != "i":
            paras.append(fill(rng.choice(S["inv_sched"][-1:] + S["contact"]), ctx))
    elif kind == "thanks_today":
        paras.append(P("thanks_today") + " " + P("thanks_today_next"))
    elif kind == "profile":
        paras.append(P("profile"))
        if reg != "i":
            paras.append(fill(rng.choice(S["ack_next"][-2:-1] + S["contact"]), ctx))
    elif kind == "withdraw_ack":
        paras.append(P("withdraw_ack"))
        paras.append(P("wish"))
    elif kind == "nofb":
        paras.append({"de": "danke für Ihre Nachricht und Ihr Interesse an einer Rückmeldung.",
                      "fr": "merci pour votre message et votre demande de retour.",
                      "es": "gracias por su mensaje y por su interés en recibir comentarios.",
                      "en": "thank you for your message and for asking for feedback."}[L] + " " + rng.choice(S["no_fb_policy"]))
        paras.append(P("wish"))
    else:
        raise ValueError(kind)
    if rng.random() < 0.35 and reg != "i":
        paras.append(fill(rng.choice(S["contact"]), ctx))
    return paras, labels, topics, outside


def render(rng, L, p, paras, reg, region, signature):
    B = BANKS[L]
    lines = [B.greet(rng, p, reg, region), ""]
    for i, para in enumerate(paras):
        if i == 0 and L == "de" and rng.random() < 0.85:
            lines.append(para)
        else:
            lines.append(cap(para))
        lines.append("")
    lines.append(B.close(rng, reg, region))
    lines.append(signature)
    out = K.regionalise("\n".join(lines), region)
    return K.fr_elide(out) if L == "fr" else out


def signature(rng, L, sender, company, ctx, team=False, phone=True):
    out = []
    if team or sender is None:
        out.append(rng.choice(TEAM[L]) + (" " + {"de": "von", "fr": "de", "es": "de", "en": "at"}[L] + " " + company["name"]
                                           if rng.random() < 0.6 else ""))
        if rng.random() < 0.4:
            out.append(company["name"])
    else:
        out.append(sender["full"])
        title = rng.choice(HR_TITLES[L])
        if sender.get("g") == "m":
            title = title.replace("Recruiterin", "Recruiter").replace("Partnerin", "Partner").replace("Chargée", "Chargé").replace("Técnica", "Técnico")
        if rng.random() < 0.6:
            out.append(title + " | " + company["name"])
        else:
            out.append(title)
            out.append(company["name"])
        if phone and rng.random() < 0.6:
            cc = {"DE": "+49", "AT": "+43", "CH": "+41", "FR": "+33", "BE": "+32", "QC": "+1", "ES": "+34", "MX": "+52",
                  "AR": "+54", "CO": "+57", "CL": "+56"}[company["region"]]
            out.append(f"Tel. {cc} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    return "\n".join(out)


def privacy(rng, L, company, ctx):
    B = BANKS[L]
    c2 = K.REGION_LANG[company["region"]]
    city = rng.choice(BANKS[c2].CITIES.get(company["region"]) or ["Berlin"])
    c = Ctx(ctx, city=city, boss=K.person(rng, c2)["full"])
    if rng.random() < 0.3:
        return fill(rng.choice(B.PRIVACY), c)
    bits = B.PRIVACY_BITS
    idx = sorted(rng.sample(range(len(bits)), rng.choice([2, 2, 3, 4])))
    lead = {"de": ["Datenschutzhinweis: ", "Hinweis: ", "", ""], "fr": ["Protection des données : ", "", ""],
            "es": ["Protección de datos: ", "", ""], "en": ["Privacy notice: ", ""]}[L]
    sep = rng.choice([" ", "\n"])
    return rng.choice(lead) + sep.join(fill(bits[i], c) for i in idx)
