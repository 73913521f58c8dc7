"""Writer w21, European offices of large employers writing in German or French.

What: the same loop stages (ack, scheduling, committee outcome, feedback, offer, reminders) from
coordinators and recruiters in Berlin, Munich, Zurich and Paris offices. When: loaded by build.py.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

import _w21_say as S
from _w21_bank import EU_COMPANIES, Counter, Ctx, decorate_subject, footer, join, maybe, pick, to_html

FAMILY_PREFIX = "w21eu"

DE_WEAK = {
    "system_design": ["beim Systemdesign hätten wir uns mehr Überlegungen zur Skalierung und zu Ausfallszenarien gewünscht",
                      "im Architekturgespräch blieb offen, wie der Dienst unter hoher Last reagieren würde"],
    "coding": ["die Programmieraufgabe wurde nicht vollständig gelöst, und einige Randfälle fehlten",
               "im Live-Coding hat es recht lange gedauert, bis eine lauffähige Lösung stand"],
    "communication": ["Ihre Erklärungen waren teilweise schwer nachzuvollziehen; lautes Mitdenken hätte geholfen",
                      "die Antworten waren oft sehr ausführlich, der Kern ging dabei manchmal verloren"],
    "experience_level": ["für die Seniorität der Stelle fehlt aus Sicht des Teams noch etwas Führungserfahrung"],
    "behavioural": ["bei den Fragen zu früheren Projekten blieb Ihr eigener Beitrag oft unklar"],
    "technical_depth": ["bei Detailfragen zu Datenbanken und Nebenläufigkeit wurden die Antworten unsicher"],
}
FR_WEAK = {
    "system_design": ["l'entretien de conception aurait mérité davantage de réflexion sur la montée en charge",
                      "la discussion d'architecture est restée générale, sans aborder les cas de panne"],
    "coding": ["l'exercice de code n'a pas été terminé et plusieurs cas limites n'étaient pas traités"],
    "communication": ["il était parfois difficile de suivre votre raisonnement, faute de l'expliquer à voix haute"],
    "questions_to_ask": ["vous avez posé peu de questions à l'équipe, ce qui a laissé un doute sur votre intérêt"],
    "composure": ["la pression du temps a semblé vous déstabiliser lors du deuxième entretien"],
    "technical_depth": ["les questions d'approfondissement sur vos projets ont révélé quelques lacunes"],
}


def _de(rng: random.Random, ctx: Ctx) -> tuple[str, str, list[str], list[str], list[str]]:
    g = rng.choice([f"Hallo {ctx.cand_first},", f"Hallo {ctx.cand},", f"Guten Tag {ctx.cand_first},", f"Hi {ctx.cand_first},", f"Guten Tag {ctx.cand},"])
    end = join(rng.choice(["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "Liebe Grüße"]), ctx.rec, maybe(rng, 0.6, f"Talent Acquisition | {ctx.co}"))
    kind = rng.choices(["ack", "loop", "rej", "rej_fb", "offer", "agenda", "review", "resched"], [5, 6, 6, 4, 3, 3, 3, 3])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    if kind == "ack":
        labels = ["application_ack"]
        subj = pick(rng, f"Ihre Bewerbung als {ctx.role}", "Eingangsbestätigung Ihrer Bewerbung", f"Danke für Ihre Bewerbung bei {ctx.co}")
        body = join(g, f"vielen Dank für Ihre Bewerbung als {ctx.role} (Ref. {ctx.req}). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
                    "Wir melden uns, sobald das Team Ihre Unterlagen gesichtet hat.", end)
    elif kind == "loop":
        labels = ["interview_invite"]
        subj = pick(rng, "Einladung zu den finalen Interviews", f"Nächste Schritte - {ctx.role}", "Terminfindung: virtuelles Onsite")
        body = join(g, f"das Team war vom ersten Gespräch überzeugt und möchte Sie gern zu den finalen Interviews einladen: {rng.randint(3, 5)} Gespräche à 45 Minuten per {S.video_tool(rng)}.",
                    "Könnten Sie mir bitte drei bis vier Zeitfenster in den nächsten zwei Wochen nennen?", end)
    elif kind == "resched":
        labels = ["interview_invite"]
        subj = pick(rng, "Verschiebung Ihres Interviews", "Neuer Termin für Ihr Gespräch")
        body = join(g, f"leider muss einer unserer Interviewer kurzfristig absagen. Würde Ihnen stattdessen {rng.choice(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'])}, der {rng.randint(2, 28)}., um {rng.randint(9, 17)}:{rng.choice(['00', '30'])} Uhr passen?", end)
    elif kind in ("rej", "rej_fb"):
        labels = ["rejection"]
        subj = pick(rng, f"Ihre Bewerbung als {ctx.role}", "Rückmeldung zu Ihren Interviews", f"Update {ctx.co}")
        core = pick(rng, "nach sorgfältiger Abwägung hat sich das Hiring-Komitee leider gegen eine Fortsetzung des Prozesses entschieden.",
                    "leider können wir Ihnen kein Angebot machen.", "wir haben uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen.")
        reason = ""
        if rng.random() < 0.4:
            r = rng.choice(["role_filled", "budget_freeze", "closer_fit"])
            oc = [r]
            reason = {"role_filled": "Die Stelle wurde inzwischen besetzt.",
                      "budget_freeze": "Hintergrund ist ein unternehmensweiter Einstellungsstopp.",
                      "closer_fit": "Ein anderes Profil passte noch genauer zu den Anforderungen des Teams."}[r]
        fb = ""
        if kind == "rej_fb":
            labels.append("feedback")
            topics = rng.sample(list(DE_WEAK), rng.choice([1, 2]))
            fb = "Zum Feedback aus dem Debrief: " + "; ".join(rng.choice(DE_WEAK[t]) for t in topics) + "."
            if rng.random() < 0.5:
                fb = "Ihr Fachwissen hat das Team beeindruckt. " + fb
        body = join(g, pick(rng, "vielen Dank für Ihre Zeit und die Gespräche mit unserem Team.", "danke für Ihre Geduld."), core, reason, fb,
                    maybe(rng, 0.4, "Eine erneute Bewerbung ist nach zwölf Monaten möglich."), end)
    elif kind == "offer":
        labels = ["offer"]
        subj = pick(rng, "Ihr Vertragsangebot", f"Angebot: {ctx.role}", "Gute Nachrichten!")
        body = join(g, f"ich freue mich sehr, Ihnen im Namen von {ctx.co} ein Angebot für die Position {ctx.role} zu machen.",
                    f"Jahresgehalt: {rng.randrange(70, 140, 5)}.000 € brutto, dazu {rng.choice(['RSUs über vier Jahre', 'ein variabler Bonus von 10 %', 'virtuelle Anteile'])}.",
                    f"Wir würden uns über eine Rückmeldung bis zum {rng.randint(2, 28)}. {rng.choice(['März', 'April', 'Mai', 'Juni', 'September', 'Oktober'])} freuen.", end)
    elif kind == "agenda":
        subj = pick(rng, "Ihr Ablauf für morgen", "Erinnerung: Interviews morgen")
        body = join(g, "anbei der Ablauf Ihrer bereits vereinbarten Interviews morgen:", S.agenda(rng, ctx), "Die Links finden Sie in den Kalendereinladungen.", end)
    else:
        subj = pick(rng, "Stand Ihrer Bewerbung", "Kurzes Update")
        body = join(g, "Ihre Unterlagen liegen noch beim Hiring-Komitee. Wir melden uns voraussichtlich nächste Woche.", end)
    return subj, body, labels, topics, oc


def _fr(rng: random.Random, ctx: Ctx) -> tuple[str, str, list[str], list[str], list[str]]:
    g = rng.choice([f"Bonjour {ctx.cand_first},", f"Bonjour {ctx.cand_first},", f"Bonjour {ctx.cand},", "Madame, Monsieur,"])
    end = join(rng.choice(["Bien cordialement,", "Cordialement,", "Belle journée,", "Bien à vous,"]), ctx.rec, maybe(rng, 0.6, f"Talent Acquisition - {ctx.co}"))
    kind = rng.choices(["ack", "loop", "rej", "rej_fb", "offer", "agenda", "review"], [5, 6, 6, 4, 3, 3, 3])[0]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    if kind == "ack":
        labels = ["application_ack"]
        subj = pick(rng, f"Votre candidature - {ctx.role}", "Accusé de réception de votre candidature", f"Merci pour votre candidature chez {ctx.co}")
        body = join(g, f"Nous vous remercions pour votre candidature au poste de {ctx.role} (réf. {ctx.req}). Elle a bien été reçue.",
                    "Notre équipe reviendra vers vous après étude de votre dossier.", end)
    elif kind == "loop":
        labels = ["interview_invite"]
        subj = pick(rng, "Invitation aux entretiens finaux", f"Prochaine étape - {ctx.role}", "Organisation de vos entretiens")
        body = join(g, f"Suite à votre échange avec {ctx.hm}, nous souhaitons vous inviter à une série de {rng.randint(3, 5)} entretiens en visio.",
                    "Pourriez-vous m'indiquer trois ou quatre créneaux sur les deux prochaines semaines ?", end)
    elif kind in ("rej", "rej_fb"):
        labels = ["rejection"]
        subj = pick(rng, f"Votre candidature - {ctx.role}", "Retour sur vos entretiens", f"{ctx.co} - suite de votre candidature")
        core = pick(rng, "Après réflexion, le comité de recrutement a décidé de ne pas donner suite à votre candidature.",
                    "Nous ne sommes malheureusement pas en mesure de vous faire une offre.",
                    "Nous avons choisi de poursuivre avec d'autres profils.")
        reason = ""
        if rng.random() < 0.4:
            r = rng.choice(["role_filled", "level_mismatch", "role_cancelled"])
            oc = [r]
            reason = {"role_filled": "Le poste a entre-temps été pourvu.",
                      "level_mismatch": "L'équipe recherche finalement un profil plus senior.",
                      "role_cancelled": "Le poste a été supprimé suite à une réorganisation."}[r]
        fb = ""
        if kind == "rej_fb":
            labels.append("feedback")
            topics = rng.sample(list(FR_WEAK), rng.choice([1, 2]))
            fb = "Quelques retours du jury : " + " ; ".join(rng.choice(FR_WEAK[t]) for t in topics) + "."
        body = join(g, "Merci pour le temps consacré à nos entretiens.", core, reason, fb, end)
    elif kind == "offer":
        labels = ["offer"]
        subj = pick(rng, "Proposition d'embauche", f"Offre - {ctx.role}", "Bonne nouvelle !")
        body = join(g, f"J'ai le plaisir de vous proposer le poste de {ctx.role} chez {ctx.co}.",
                    f"Rémunération fixe : {rng.randrange(55, 120, 5)} 000 € bruts annuels, plus {rng.choice(['une prime de 10 %', 'des actions gratuites', 'un bonus de signature'])}.",
                    f"Merci de nous faire part de votre décision avant le {rng.randint(2, 28)} {rng.choice(['mars', 'avril', 'mai', 'juin', 'octobre'])}.", end)
    elif kind == "agenda":
        subj = pick(rng, "Votre programme de demain", "Rappel : vos entretiens de demain")
        body = join(g, "Voici le programme de vos entretiens déjà planifiés pour demain :", S.agenda(rng, ctx), "Les liens se trouvent dans les invitations.", end)
    else:
        subj = pick(rng, "Point sur votre candidature", "Votre dossier est en cours d'étude")
        body = join(g, "Votre candidature est toujours en cours d'étude par l'équipe. Nous revenons vers vous dès que possible.", end)
    return subj, body, labels, topics, oc


def generate(rng: random.Random) -> Iterable[dict]:
    C = Counter(FAMILY_PREFIX)
    for lang, fam, n in (("de", "dach", 26), ("fr", "paris", 20)):
        for _ in range(n):
            ctx = Ctx(rng, company=rng.choice(EU_COMPANIES) if rng.random() < 0.6 else None)
            subj, body, labels, topics, oc = (_de if lang == "de" else _fr)(rng, ctx)
            body = join(body, footer(rng, ctx.co, ctx.dom) if rng.random() < 0.3 else "")
            html_mode = rng.random()
            yield C.rec(fam, lang=lang, from_name=rng.choice([ctx.rec, f"{ctx.co} Recruiting", f"{ctx.rec} ({ctx.short})"]),
                        from_addr=rng.choice([ctx.rec_addr, f"jobs@{ctx.relay}"]), to_addr=ctx.cand_addr,
                        subject=decorate_subject(rng, subj), body_text="" if html_mode < 0.15 else body,
                        body_html=to_html(rng, body, ctx.co) if html_mode < 0.3 else None,
                        labels=labels, company=ctx.co, topics=topics, outside_control=oc)
