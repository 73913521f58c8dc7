"""w34 assembly: turns the fragment banks into complete mail records.

`run(rng, prefix, plan)` is what each gen_w34_*.py calls: a plan is a list of
(family, style, countries, {kind: count}). Styles decide greetings, signatures, sender
names, quoting and HTML; kinds decide what the new text says and therefore the labels.
"""

from __future__ import annotations

import html as _html
import random
from typing import Iterable

import _w34_neg as N
import _w34_say as S
import _w34_world as W
from _w34_world import pick

ATS_RELAY = ["no-reply@bewerbung-cloud.eu", "notifications@talentflux.fr", "noreply@rekrutacja-system.pl",
             "jobs-noreply@hirebridge.eu", "donotreply@personio-mail.net", "no-reply@candidatura-web.it",
             "noreply@solliciteer.nl", "mailer@rekryteringsportal.se", "notificacoes@recrutamento.pt",
             "no-reply@seleccion-online.es"]
TOOLS = ["Codility", "TestGorilla", "HackerRank", "Cut-e", "SHL", "Pymetrics", "eSkill", "Aon"]
AGENCIES = [("Brenner Personalberatung", "brenner-pb.de", "de"), ("Cabinet Lemaire Recrutement", "lemaire-rh.fr", "fr"),
            ("Talentia Selezione", "talentia-sel.it", "it"), ("Hunt & Dijk Executive Search", "huntdijk.nl", "nl"),
            ("Praca+ Agencja Doradztwa", "pracaplus.pl", "pl"), ("Nordrekrytering", "nordrekrytering.se", "nord"),
            ("Selección Íbera", "seleccion-ibera.es", "es"), ("Lusotalento", "lusotalento.pt", "pt"),
            ("Alpha Tech Staffing DACH", "alphatech-staffing.de", "de"), ("Kopf & Kragen Headhunting", "kopfkragen.at", "de")]

LOCAL = {
    "rej": {"de": "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerbung entschieden haben.",
            "fr": "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
            "es": "Lamentamos comunicarle que no continuaremos con su candidatura.",
            "it": "Siamo spiacenti di comunicarLe che la Sua candidatura non è stata selezionata.",
            "nl": "Helaas moeten wij u laten weten dat wij niet verder gaan met uw sollicitatie.",
            "pl": "Niestety, tym razem nie będziemy kontynuować procesu z Pani/Pana kandydaturą.",
            "nord": "Tyvärr har vi valt att gå vidare med en annan kandidat.",
            "pt": "Lamentamos informar que a sua candidatura não foi selecionada."},
    "inv": {"de": "Gerne möchten wir Sie zu einem persönlichen Gespräch einladen.",
            "fr": "Nous souhaitons vous inviter à un entretien.",
            "es": "Nos gustaría invitarle a una entrevista.",
            "it": "Saremmo lieti di invitarLa a un colloquio conoscitivo.",
            "nl": "Graag nodigen wij u uit voor een kennismakingsgesprek.",
            "pl": "Chcielibyśmy zaprosić Panią/Pana na rozmowę.",
            "nord": "Vi vill gärna bjuda in dig till en intervju.",
            "pt": "Gostaríamos de o/a convidar para uma entrevista."},
    "ack": {"de": "Hiermit bestätigen wir den Eingang Ihrer Bewerbung.",
            "fr": "Nous accusons bonne réception de votre candidature.",
            "es": "Le confirmamos la recepción de su candidatura.",
            "it": "Confermiamo la ricezione della Sua candidatura.",
            "nl": "Hierbij bevestigen wij de ontvangst van uw sollicitatie.",
            "pl": "Potwierdzamy otrzymanie Pani/Pana aplikacji.",
            "nord": "Vi bekräftar att vi har tagit emot din ansökan.",
            "pt": "Confirmamos a receção da sua candidatura."},
    "status": {"de": "Ihre Bewerbung befindet sich noch in Bearbeitung.",
               "fr": "Votre candidature est toujours en cours d'étude.",
               "es": "Su candidatura sigue en proceso de evaluación.",
               "it": "La Sua candidatura è ancora in fase di valutazione.",
               "nl": "Uw sollicitatie is nog in behandeling.",
               "pl": "Pani/Pana aplikacja jest nadal w trakcie weryfikacji.",
               "nord": "Din ansökan behandlas fortfarande.",
               "pt": "A sua candidatura continua em análise."},
}
VERSION_LINE = {"de": "--- Deutsche Version ---", "fr": "--- Version française ---", "es": "--- Versión en español ---",
                "it": "--- Versione italiana ---", "nl": "--- Nederlandse versie ---", "pl": "--- Wersja polska ---",
                "nord": "--- Svensk version ---", "pt": "--- Versão portuguesa ---"}


SUBJ_LANG = {"Bewerbung": "de", "Einladung": "de", "Eingangsbest": "de", "Erinnerung": "de", "Terminbest": "de",
             "Vertragsangebot": "de", "Absage": "de", "Personalfrage": "de", "Zwischennachricht": "de",
             "Terminverschiebung": "de", "réponse": "fr", "entretien": "fr", "Accusé": "fr", "Rappel": "fr",
             "rendez-vous": "fr", "Proposition": "fr", "Point de": "fr", "Merci": "fr", "Aplicación": "es",
             "Acuse": "es", "Oferta": "es", "Invito": "it", "Conferma": "it", "Proposta": "it", "Promemoria": "it",
             "Grazie": "it", "Benvenuto": "it", "Sollicitatie": "nl", "Uitnodiging": "nl", "Bevestiging": "nl",
             "Herinnering": "nl", "Aanbod": "nl", "Zaproszenie": "pl", "Potwierdzenie": "pl", "Inbjudan": "nord",
             "Tack": "nord", "Candidatura": "it"}
REPLY_PREFIX = {"de": ["AW: ", "Re: ", "RE: "], "nord": ["SV: ", "Re: ", "VS: "], "pl": ["Odp: ", "RE: ", "Re: "],
                "it": ["R: ", "Re: ", "RE: "], "fr": ["RE : ", "Re: ", "TR : "], "es": ["RE: ", "Re: "],
                "nl": ["Re: ", "RE: ", "Antw: "], "pt": ["Re: ", "RE: ", "RES: "]}


def psubj(rng: random.Random, bank: list[str], country: str) -> str:
    """A subject from the bank whose local-language words (if any) fit the sender's country."""
    for _ in range(20):
        s = pick(rng, bank)
        langs = {v for k, v in SUBJ_LANG.items() if k in s}
        if not langs or country in langs or (country in ("es", "pt") and "Candidatura" in s):
            return s
    return "Your application"


def cap(s: str) -> str:
    s = s.strip()
    return s[:1].upper() + s[1:] if s else s


class Ctx(dict):
    """Everything a message may mention; missing keys are generated on demand."""

    def __init__(self, rng: random.Random, country: str) -> None:
        super().__init__()
        self.rng = rng
        co = W.Co(rng, country)
        self.co = co
        self.country = country
        self.snd = W.Person(rng, country)
        self.boss = W.Person(rng, country)
        self.cand = W.Cand(rng)
        self.update(co=co.name, city=co.city, role=pick(rng, W.ROLES), dept=pick(rng, S.DEPTS),
                    boss=self.boss.full, btitle=pick(rng, W.TITLES[country]), cand=self.cand.full,
                    street=f"{pick(rng, ['Industriestraße', 'Via Roma', 'Rue du Lac', 'Calle Mayor', 'Keizersgracht', 'ul. Polna', 'Storgatan', 'Rua Augusta'])} {rng.randint(2, 120)}",
                    phone=f"+{pick(rng, ['49', '33', '34', '39', '31', '48', '46', '47', '45', '351', '43', '41'])} {rng.randint(100, 999)} {rng.randint(100000, 9999999)}",
                    tool=pick(rng, TOOLS), coach=f"{pick(rng, W.FIRST[country])} {pick(rng, W.LAST[country])}",
                    other=f"{pick(rng, W.FIRST[country])} {pick(rng, W.LAST[country])}", last=self.snd.last,
                    n=rng.randint(3, 48))
        self["ref"] = pick(rng, [f"Ref. {rng.randint(1000, 9999)}", f"JR-{rng.randint(10000, 99999)}",
                                 f"{co.country.upper()}-{rng.randint(100, 999)}/2026", f"Nr. {rng.randint(100, 999)}",
                                 f"REQ{rng.randint(1000, 9999)}", f"Kennziffer {rng.randint(1000, 9999)}"])

    def __missing__(self, key: str) -> str:
        rng, c = self.rng, self.country
        if key in ("slot", "slot2"):
            return W.slot(rng, c)
        if key == "date":
            return W.date(rng, c)
        if key == "time":
            return W.time(rng, c)
        if key == "link":
            return pick(rng, [f"https://{self.co.domain}/karriere/termin/{rng.randint(10**5, 10**6)}",
                              f"https://calendly.com/{self.snd.last.lower().replace(' ', '')}-{self.co.tld}/interview",
                              f"https://outlook.office365.com/book/Recruiting{rng.randint(10, 99)}@{self.co.domain}/",
                              f"https://test.{pick(rng, TOOLS).lower()}.com/invite/{rng.randint(10**6, 10**7)}",
                              f"https://www.{self.co.domain}/jobs/slot?id={rng.randint(1000, 9999)}"])
        return "{" + key + "}"


def fill(c: Ctx, tmpl: str) -> str:
    out = tmpl
    for _ in range(3):
        if "{" not in out:
            break
        out = out.format_map(c) if "{" in out else out
    return out


def fmt(c: Ctx, tmpl: str) -> str:
    return tmpl.format_map(c)


# ------------------------------------------------------------------ cores: what the new text says
def core(rng: random.Random, kind: str, c: Ctx) -> tuple[str, list[str], list[str], list[str], list[str], str | None]:
    """Return subject, paragraphs, labels, topics, outside_control and the local-language kind."""
    P: list[str] = []
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    loc = None
    thanks = fmt(c, pick(rng, S.THANKS_APP))
    if kind in ("rej", "rej_oc", "rej_fb"):
        subj = psubj(rng, S.REJ_SUBJ, c.country)
        op = pick(rng, S.REJ_OPEN)
        dec = pick(rng, S.REJ_DECIDE)
        first = f"{op} {dec}." if not op.endswith((",", ":")) or True else ""
        first = cap(first)
        if thanks and rng.random() < 0.75:
            P.append(cap(thanks))
        P.append(first)
        labels.append("rejection")
        loc = "rej"
        if kind == "rej_oc" or (kind == "rej_fb" and rng.random() < 0.2):
            keys = list(pick(rng, [("closer_fit", "level_mismatch"), ("role_filled", "closer_fit"),
                                   ("budget_freeze", "role_cancelled")])) if rng.random() < 0.15 else [pick(rng, list(S.OUTSIDE))]
            if set(keys) & {"budget_freeze", "role_cancelled"}:
                dec = pick(rng, [d for d in S.REJ_DECIDE if not any(w in d for w in ("other", "chosen", "decided for", "decision was"))])
                P[-1] = cap(f"{op} {dec}.")
            for k in keys:
                oc.append(k)
                P.append(cap(pick(rng, S.OUTSIDE_LEAD).format(r=pick(rng, S.OUTSIDE[k]))))
        if kind == "rej_fb":
            labels.append("feedback")
            fb = [fmt(c, pick(rng, S.FB_INTRO))]
            pr = pick(rng, S.FB_PRAISE)
            if pr:
                fb.append(pr)
            n = 1 if rng.random() < 0.45 else (2 if rng.random() < 0.8 else 3)
            if rng.random() < 0.05:
                n = 0  # praise-only, rare
                fb.append("Really, there was no big weak point; the other candidate simply had a small advantage.")
            for k in rng.sample(list(S.FB_WEAK), n):
                topics.append(k)
                fb.append(cap(pick(rng, S.FB_WEAK_LEAD).format(w=pick(rng, S.FB_WEAK[k]))))
            cl = pick(rng, S.FB_CLOSE)
            if cl:
                fb.append(cl)
            P.append(" ".join(fb) if rng.random() < 0.5 else "\n".join(fb))
        else:
            soft = pick(rng, S.REJ_SOFT)
            if soft:
                P.append(soft)
        keep = pick(rng, S.REJ_KEEP)
        P.append(" ".join(x for x in (keep, pick(rng, S.REJ_WISH)) if x))
    elif kind == "fb_reply":
        subj = "Re: " + pick(rng, ["Request for feedback", "Feedback to my interview?", f"Your application as {c['role']}",
                                   "Question about the decision", f"Bewerbung {c['role']}"])
        labels.append("feedback")
        P.append(pick(rng, ["thank you for your message and your interest in a feedback, this is a good attitude.",
                            "of course, I am happy to give you some feedback.",
                            "I have asked the colleagues and I can give you some points.",
                            "sorry for the late answer, I wanted first to speak with the interviewers.",
                            "thanks for asking, not many candidates do it."]))
        P[-1] = cap(P[-1])
        fb = []
        pr = pick(rng, S.FB_PRAISE)
        if pr:
            fb.append(pr)
        for k in rng.sample(list(S.FB_WEAK), 1 if rng.random() < 0.4 else 2):
            topics.append(k)
            fb.append(cap(pick(rng, S.FB_WEAK_LEAD).format(w=pick(rng, S.FB_WEAK[k]))))
        P.append(" ".join(fb))
        P.append(pick(rng, S.FB_CLOSE) or "All the best.")
    elif kind == "rej_inv":
        subj = pick(rng, ["Your application – another proposal", f"{c['role']} / other position", "Re: Your candidature",
                          "Another opportunity at {co}", "Your application and a new idea"])
        other = pick(rng, W.ROLES)
        labels += ["rejection", "interview_invite"]
        P.append(cap(thanks) if thanks else "Thank you for your application.")
        P.append(cap(f"{pick(rng, ['for the position of', 'regarding the job as', 'concerning the role'])} {c['role']} "
                     f"{pick(rng, ['we have decided for another candidate', 'we will not continue with your candidature', 'the choice fell on another person'])}."))
        P.append(fmt(c, pick(rng, [
            f"But your profile interested us for another opening: {other}. We would like to invite you to a talk about this position, would {{slot}} be possible?",
            f"However, {{boss}} saw your CV and thinks you could fit in our team for the role of {other}. Can we make a first call on {{slot}}?",
            f"At the same time we have a new position as {other}, and we would be happy to invite you for an interview. Please choose a slot here: {{link}}",
        ])))
    elif kind == "cancel":
        subj = pick(rng, ["Cancellation of the interview", "Re: Interview on {date}", "Absage des Termins",
                          "Our appointment – unfortunately cancelled"])
        labels.append("rejection")
        k = pick(rng, ["role_filled", "role_filled", "role_cancelled", "budget_freeze"])
        oc.append(k)
        reason = {"role_filled": "the position has been filled in the meantime",
                  "role_cancelled": "the position was cancelled by the management",
                  "budget_freeze": "the headquarters has frozen the budget for the position"}[k]
        P.append(cap(fmt(c, pick(rng, [
            f"I must unfortunately cancel our interview planned for {{slot}}, because {reason}.",
            f"with regret I inform you that the appointment of {{date}} cannot take place: {reason}, and so we stop the process.",
            f"I am sorry for the short notice, but we have to cancel the talk. {cap(reason)} and we cannot continue with the candidates.",
        ]))))
        P.append(pick(rng, S.REJ_WISH))
    elif kind in ("inv", "inv_task", "inv_resched"):
        labels.append("interview_invite")
        loc = "inv"
        if kind == "inv":
            subj = psubj(rng, S.INV_SUBJ, c.country)
            if thanks and rng.random() < 0.5:
                P.append(cap(thanks))
            op = pick(rng, S.INV_OPEN)
            P.append(cap(fmt(c, f"{op} {pick(rng, S.INV_ASK)}.")))
            P.append(fmt(c, pick(rng, S.INV_WHEN)))
            d = pick(rng, S.INV_DETAIL)
            if d:
                P.append(fmt(c, d))
        elif kind == "inv_task":
            subj = psubj(rng, S.TASK_SUBJ, c.country)
            P.append(cap(thanks) if thanks else "Thank you for your application.")
            P.append(fmt(c, pick(rng, S.INV_TASK)))
        else:
            subj = psubj(rng, S.RESCHED_SUBJ, c.country)
            P.append(fmt(c, pick(rng, S.INV_RESCHED)))
            P.append(pick(rng, ["Sorry for the inconvenience.", "I apologise for this change.", "Thank you for your flexibility.", ""]))
        P.append(fmt(c, pick(rng, S.DISPOSAL)))
    elif kind in ("ack", "ack_task"):
        subj = psubj(rng, S.ACK_SUBJ, c.country)
        labels.append("application_ack")
        loc = "ack"
        P.append(cap(fmt(c, pick(rng, S.ACK_CORE))))
        if kind == "ack_task":
            labels.append("interview_invite")
            P.append(fmt(c, pick(rng, S.ACK_TASK)))
        else:
            nx = pick(rng, S.ACK_NEXT)
            if nx:
                P.append(fmt(c, nx))
        if rng.random() < 0.3:
            P.append(pick(rng, ["Please do not reply to this automatic message.", "This mail was generated automatically.",
                                "Please use always the reference number in your correspondence."]))
    elif kind == "offer":
        subj = psubj(rng, S.OFFER_SUBJ, c.country)
        labels.append("offer")
        if rng.random() < 0.4:
            P.append(pick(rng, ["thank you again for the good talks of the last weeks.", "I hope you had a good weekend.",
                                "I have very good news for you."]))
            P[-1] = cap(P[-1])
        P.append(cap(fmt(c, pick(rng, S.OFFER_CORE))))
        terms = rng.sample(S.OFFER_TERMS, rng.randint(1, 3))
        P.append(" ".join(fmt(c, t).replace("{salary}", pick(rng, S.SALARY)) for t in terms)
                 .replace("{salary}", pick(rng, S.SALARY)).replace("{n_pay}", pick(rng, ["12", "13", "14"])))
        P.append(fmt(c, pick(rng, S.OFFER_ASK)))
    # ---------------------------------------------------------- employer mail without a label
    elif kind == "status":
        subj = psubj(rng, N.STATUS_SUBJ, c.country)
        loc = "status"
        P.append(cap(fmt(c, pick(rng, N.STATUS))))
        P.append(fmt(c, pick(rng, S.DISPOSAL)) or "Thank you for your patience.")
    elif kind == "remind":
        subj = psubj(rng, N.REMIND_SUBJ, c.country)
        P.append(cap(fmt(c, pick(rng, N.REMIND))))
    elif kind == "confirm":
        subj = psubj(rng, N.CONFIRM_SUBJ, c.country)
        P.append(cap(fmt(c, pick(rng, N.CONFIRM))))
    elif kind == "thanks_today":
        subj = psubj(rng, N.THANKS_SUBJ, c.country)
        P.append(cap(fmt(c, pick(rng, N.THANKS_TODAY))))
    elif kind == "profile":
        subj = psubj(rng, N.PROFILE_SUBJ, c.country)
        P.append(cap(fmt(c, pick(rng, N.PROFILE))))
    elif kind == "cant_share":
        subj = "Re: " + pick(rng, ["Request for feedback", "Feedback to my interview?", "Question about the decision"])
        P.append(cap(fmt(c, pick(rng, N.CANT_SHARE))))
    elif kind == "onboard":
        subj = psubj(rng, N.ONBOARD_SUBJ, c.country)
        P.append(cap(fmt(c, pick(rng, N.ONBOARD))))
    elif kind == "event":
        subj = psubj(rng, N.EVENT_SUBJ, c.country)
        P.append(cap(fmt(c, pick(rng, N.EVENT))))
    elif kind == "closed_before":
        c["client"] = c.co.name
        subj = pick(rng, N.CLOSED_SUBJ)
        P.append(cap(fmt(c, pick(rng, N.CLOSED_BEFORE))))
    elif kind == "withdraw_ack":
        subj = "Re: " + pick(rng, ["Withdrawal of my application", f"Application {c['role']}", "My candidature"])
        P.append(cap(fmt(c, pick(rng, N.WITHDRAW_ACK))))
    else:
        raise ValueError(kind)
    return fmt(c, subj), [p for p in P if p], labels, topics, oc, loc


# what the employer's mail replies to (quoted history; never decides the label)
def prior(rng: random.Random, kind: str, c: Ctx) -> tuple[str, str] | None:
    if kind in ("fb_reply", "cant_share"):
        return "Request for feedback", fmt(c, pick(rng, N.FBREQ))
    if kind == "confirm":
        return "Re: Invitation to a personal talk", fmt(c, pick(rng, N.SENT_SCHED))
    if kind in ("rej", "rej_oc", "rej_fb", "status"):
        return f"Application {c['role']}", fmt(c, pick(rng, N.SENT_STATUS + N.SENT_THANKS))
    if kind in ("inv", "ack", "inv_task"):
        return f"Application {c['role']}", fmt(c, pick(rng, N.SENT_APPLY))
    if kind == "withdraw_ack":
        return "Withdrawal of my application", fmt(c, pick(rng, N.SENT_WITHDRAW))
    if kind in ("remind", "thanks_today"):
        inv = f"{cap(pick(rng, S.INV_OPEN) + ' ' + pick(rng, S.INV_ASK))}. {pick(rng, S.INV_WHEN)}"
        return "Invitation to a personal talk", fmt(c, inv)
    return None


# ------------------------------------------------------------------ shell: greeting, signature, sender
def greeting(rng: random.Random, c: Ctx, style: str) -> str:
    cand = c.cand
    mr = "Ms." if cand.female else "Mr."
    if style in ("founder", "lead") and rng.random() < 0.7:
        return pick(rng, [f"Hi {cand.first},", f"Hello {cand.first},", f"Dear {cand.first},", f"Hey {cand.first}!",
                          f"{pick(rng, W.GREET_LOCAL[c.country])} {cand.first},"])
    if style == "ats" and rng.random() < 0.5:
        return pick(rng, [f"Dear {cand.first} {cand.last},", "Dear candidate,", "Dear applicant,",
                          f"Hello {cand.first},", "Dear Sir or Madam,"])
    opts = [f"Dear {mr} {cand.last},", f"Dear {mr}{cand.last},", f"Dear {cand.first} {cand.last},",
            f"Good morning {mr} {cand.last},", f"Hello {mr} {cand.last},", f"Dear {cand.first},",
            "Dear Sir or Madam,", f"Dear {'Madam' if cand.female else 'Sir'},",
            f"{pick(rng, W.GREET_LOCAL[c.country])} {mr} {cand.last},", f"Dear {'Mrs.' if cand.female else 'Mister'} {cand.last}"]
    if c.country == "de":
        opts.append(f"Dear {'Frau' if cand.female else 'Herr'} {cand.last},")
    if c.country == "fr":
        opts += [f"Dear {'Madame' if cand.female else 'Monsieur'},", "Madam, Sir,"]
    if c.country == "it":
        opts.append(f"Gentile {cand.first} {cand.last},")
    if c.country == "pl":
        opts.append(f"Dear {'Mrs' if cand.female else 'Mr'} {cand.first},")
    return pick(rng, opts)


def closing(rng: random.Random, c: Ctx, style: str) -> str:
    if rng.random() < 0.35:
        return pick(rng, W.CLOSE_LOCAL[c.country])
    cl = pick(rng, W.CLOSE_EN).format(city=c.co.city)
    if style == "founder" and rng.random() < 0.4:
        cl = pick(rng, ["Cheers", "Ciao", "Best", "Talk soon", "Greetings"])
    return cl


def signature(rng: random.Random, c: Ctx, style: str, name: str) -> str:
    co = c.co
    title = pick(rng, W.TITLES[c.country])
    if style == "founder":
        title = pick(rng, ["Founder & CEO", "Co-founder", "Geschäftsführer / CEO", "Fondateur", "Socio fundador", "CEO"])
    if style == "lead":
        title = pick(rng, ["Head of Engineering", "Teamleiter IT", "Responsable technique", "Team Lead Backend",
                           "Head of Finance", "Leiter Vertrieb", "Direttore Operativo"])
    lines = [name]
    if rng.random() < 0.85:
        lines.append(title)
    if rng.random() < 0.8:
        lines.append(co.legal)
    if rng.random() < 0.5:
        lines.append(f"{c['street']} | {co.city}")
    if rng.random() < 0.5:
        lines.append(f"Tel. {c['phone']}")
    if rng.random() < 0.3:
        lines.append(f"www.{co.domain}")
    return "\n".join(lines)


def sender(rng: random.Random, c: Ctx, style: str) -> tuple[str, str, str]:
    """display name, address, the name signing the mail."""
    co, p = c.co, c.snd
    if style == "ats":
        disp = pick(rng, [f"{co.name} Careers", f"Jobs at {co.name}", f"{co.name} Recruiting", f"{co.name} – Karriere",
                          f"{co.name} (via Bewerbermanagement)", f"{co.name} Recrutement", co.name])
        return disp, pick(rng, ATS_RELAY + [f"noreply@{co.domain}", f"jobs@{co.domain}"]), pick(rng, [
            f"Your {co.name} recruiting team", f"HR Department\n{co.legal}", f"The team of {co.name}",
            f"{p.full}\nRecruiting", f"Human Resources {co.name}"])
    if style in ("hr", "thread") and rng.random() < 0.25:
        box = pick(rng, ["hr", "jobs", "karriere", "recrutement", "rrhh", "personale", "vacatures", "rekrutacja", "rekrytering", "rh", "bewerbung"])
        disp = pick(rng, [f"HR {co.name}", f"{co.name} Personalabteilung", f"Recruiting {co.name}", f"{co.name} Human Resources",
                          f"Ufficio Personale {co.name}", f"{co.name} RRHH"])
        return disp, f"{box}@{co.domain}", f"{p.full}\n{pick(rng, W.TITLES[c.country])}"
    disp = pick(rng, [p.full, p.full, f"{p.last}, {p.first}", f"{p.full} | {co.name}", f"{p.first} {p.last} ({co.name})"])
    return disp, p.addr(co.domain, rng), p.full


def decorate_subject(rng: random.Random, subj: str, c: Ctx, reply: bool) -> str:
    if reply and not subj.lower().startswith(("re:", "aw:")):
        subj = pick(rng, REPLY_PREFIX.get(c.country, ["Re: "])) + subj
    r = rng.random()
    if r < 0.08:
        subj = "[External] " + subj
    elif r < 0.13:
        subj = "[EXTERN] " + subj
    elif r < 0.18:
        subj = f"{subj} – {c['ref']}"
    elif r < 0.22:
        subj = f"{subj} {pick(rng, ['🙂', '✅', '📅', '👋'])}"
    return subj


def to_html(paras: list[str], rng: random.Random, brand: str) -> str:
    body = "".join(f"<p>{_html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in paras)
    head = ""
    if rng.random() < 0.6:
        head = (f"<table width=\"100%\" style=\"background:#{rng.randint(0, 0xFFFFFF):06x}\"><tr><td style=\"padding:12px;"
                f"color:#fff;font-size:18px\">{_html.escape(brand)}</td></tr></table>\n")
    return (f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">\n{head}"
            f"<div style=\"max-width:600px\">\n{body}</div></body></html>")


def employer_mail(rng: random.Random, kind: str, country: str, style: str) -> dict:
    c = Ctx(rng, country)
    subj, paras, labels, topics, oc, loc = core(rng, kind, c)
    disp, addr, signer = sender(rng, c, style)
    company: str | None = c.co.name
    if style == "agency":
        ag, agdom, agc = pick(rng, AGENCIES)
        disp = pick(rng, [c.snd.full, f"{c.snd.full} | {ag}", ag])
        addr = c.snd.addr(agdom, rng)
        named = rng.random() < 0.75 or kind == "closed_before"
        client = f"our client {c.co.name}" if named else pick(rng, [
            "our client, a well-known industrial company", "our client (a software house in the region)", "the client company"])
        company = c.co.name if named else None
        paras = [p.replace(c.co.name, c.co.name if named else "our client") for p in paras]
        if kind != "closed_before":
            paras.insert(0, cap(pick(rng, [f"I come back to you regarding the position of {c['role']} at {client}.",
                                         f"as your consultant for the position at {client}, I have news for you.",
                                         f"I had today the feedback call with {client}."])))
        signer = f"{c.snd.full}\n{pick(rng, ['Senior Consultant', 'Personalberaterin', 'Consultant', 'Partner'])}\n{ag}"
        subj = subj.replace(c.co.name, c.co.name if named else "client")
    parts = [greeting(rng, c, style)]
    if style == "founder" and rng.random() < 0.5:
        paras = [" ".join(paras)]
    parts += [cap(p) for p in paras]
    if style == "bilingual" and loc and rng.random() < 0.85:
        parts.append(VERSION_LINE[country] + "\n" + LOCAL[loc][country])
    parts.append(closing(rng, c, style) + ("," if rng.random() < 0.4 else ""))
    body = "\n\n".join(parts[:-1]) + "\n\n" + parts[-1] + "\n" + signer
    if style not in ("founder", "agency") and rng.random() < 0.6:
        body += "\n\n" + ("-- \n" if rng.random() < 0.3 else "") + W.footer(rng, c.co, c.boss)
    if style in ("hr", "ats", "bilingual") and rng.random() < 0.2 and kind in ("rej", "ack", "status", "profile"):
        body += "\n\nThis is an automatically generated message. Please do not answer to this e-mail."
    pr = prior(rng, kind, c) if (style == "thread" or rng.random() < 0.2) else None
    if kind in ("fb_reply", "cant_share", "confirm", "withdraw_ack"):
        pr = pr or prior(rng, kind, c)
    reply = pr is not None or kind in ("fb_reply", "cant_share")
    if pr:
        psubj, pbody = pr
        qg = pick(rng, [f"Dear {'Ms.' if c.snd.female else 'Mr.'} {c.snd.last},", f"Dear {c.snd.first},", "Dear Sir or Madam,",
                        f"Hello {c.snd.first},", f"Good morning {'Ms.' if c.snd.female else 'Mr.'} {c.snd.last},"])
        qbody = f"{qg}\n\n{pbody}\n\n{pick(rng, ['Best regards', 'Kind regards', 'Thank you and best regards'])}\n{c.cand.full}"
        body += W.quote(rng, country, c.cand.full, c.cand.addr, addr, psubj, qbody)
        subj = "Re: " + psubj if rng.random() < 0.5 and kind not in ("inv", "ack") else subj
    subj = decorate_subject(rng, subj, c, reply)
    body_html = None
    text = body
    hp = {"ats": 0.6, "bilingual": 0.3}.get(style, 0.08)
    if rng.random() < hp:
        body_html = to_html(body.split("\n\n"), rng, c.co.name)
        if style == "ats" and rng.random() < 0.55:
            text = ""
    return dict(folder="INBOX", lang="en", from_name=disp, from_addr=addr, to_addr=c.cand.addr, subject=subj,
                body_text=text, body_html=body_html, labels=labels, company=company, topics=topics, outside_control=oc)


# ------------------------------------------------------------------ the candidate's Sent mail
def sent_mail(rng: random.Random, kind: str, country: str, style: str) -> dict:
    c = Ctx(rng, country)
    p = c.snd
    mr = "Ms." if p.female else "Mr."
    greet = pick(rng, [f"Dear {mr} {p.last},", f"Dear {p.first},", f"Hello {p.first},", f"Dear {p.full},",
                       "Dear Sir or Madam,", f"Good morning {mr} {p.last},", f"Hi {p.first},"])
    labels: list[str] = []
    quoted = None
    if kind == "fbreq":
        labels = ["feedback_request"]
        txt = fmt(c, pick(rng, N.FBREQ))
        q = Ctx(rng, country)
        q.update(role=c["role"], co=c["co"])
        qs, qp, *_ = core(rng, pick(rng, ["rej", "rej", "rej_oc"]), c)
        quoted = (qs, "\n\n".join([greeting(rng, c, "hr")] + qp + [pick(rng, W.CLOSE_EN).format(city=c.co.city), p.full]))
        subj = pick(rng, N.FBREQ_SUBJ).format(orig=qs)
    elif kind == "sched":
        txt = fmt(c, pick(rng, N.SENT_SCHED))
        qs, qp, *_ = core(rng, "inv", c)
        quoted = (qs, "\n\n".join([greeting(rng, c, "hr")] + qp + [pick(rng, W.CLOSE_EN).format(city=c.co.city), p.full]))
        subj = "Re: " + qs
    elif kind == "accept":
        txt = fmt(c, pick(rng, N.SENT_ACCEPT))
        qs, qp, *_ = core(rng, "offer", c)
        quoted = (qs, "\n\n".join([greeting(rng, c, "hr")] + qp + [p.full]))
        subj = "Re: " + qs
    elif kind == "thanks":
        txt = fmt(c, pick(rng, N.SENT_THANKS))
        subj = pick(rng, ["Thank you for the interview", "Our talk today", f"Interview {c['role']} – thank you", "Thanks!"])
    elif kind == "withdraw":
        txt = fmt(c, pick(rng, N.SENT_WITHDRAW))
        subj = pick(rng, ["Withdrawal of my application", f"Application {c['role']} – withdrawal", "My candidature"])
    elif kind == "apply":
        txt = fmt(c, pick(rng, N.SENT_APPLY))
        subj = pick(rng, [f"Application as {c['role']}", f"Application – {c['role']} ({c['ref']})", f"Bewerbung als {c['role']}",
                          f"Candidature spontanée", f"My application for {c['role']}"])
    elif kind == "askstatus":
        txt = fmt(c, pick(rng, N.SENT_STATUS))
        subj = pick(rng, [f"Application {c['role']} – status?", "Question about my application", "Any news?"])
    else:
        raise ValueError(kind)
    close = pick(rng, ["Best regards", "Kind regards", "Many thanks and best regards", "With kind regards", "Greetings",
                       "Thank you in advance", "Mit freundlichen Grüßen", "Cordialement", "Saludos"])
    body = f"{greet}\n\n{txt}\n\n{close},\n{c.cand.full}"
    if rng.random() < 0.3:
        body += f"\n{pick(rng, ['Mob. ', 'Tel: ', '+'])}{rng.randint(100, 999)} {rng.randint(1000000, 9999999)}"
    if rng.random() < 0.15:
        body += "\n\nSent from my phone"
    addr = p.addr(c.co.domain, rng)
    if quoted:
        body += W.quote(rng, country, p.full, addr, c.cand.addr, quoted[0], quoted[1])
    subj = decorate_subject(rng, subj, c, False) if rng.random() < 0.3 else subj
    return dict(folder="Sent", lang="en", from_name=c.cand.full, from_addr=c.cand.addr, to_addr=addr, subject=subj,
                body_text=body, body_html=None, labels=labels, company=c.co.name, topics=[], outside_control=[])


# ------------------------------------------------------------------ mail not about an employer
def other_mail(rng: random.Random, kind: str, country: str) -> dict:
    c = Ctx(rng, country)
    cand = c.cand
    greet = pick(rng, [f"Dear {cand.first},", f"Hello {cand.first},", "Dear Sir or Madam,", f"Hi {cand.first}!",
                       f"Dear {'Ms.' if cand.female else 'Mr.'} {cand.last},", "Hello,"])
    company = None
    html = None
    if kind == "news":
        subj, lines = pick(rng, N.NEWS)
        disp, addr = pick(rng, [("KarriereKompass", "newsletter@karrierekompass.de"), ("JobMag Europe", "news@jobmag.eu"),
                                ("Le Mag Carrière", "lettre@lemagcarriere.fr"), ("Tech Careers Weekly", "digest@techcareers-weekly.eu"),
                                ("Talentblog", "noreply@talentblog.nl")])
        body = "\n\n".join([greet] + [fmt(c, x) for x in lines] + [
            f"Read more: https://{addr.split('@')[1]}/{rng.randint(100, 999)}",
            pick(rng, ["You receive this newsletter because you subscribed on our website. Unsubscribe here.",
                       "To unsubscribe click here. / Abmelden.", "Se désinscrire | Unsubscribe"])])
    elif kind == "alert":
        subj = fmt(c, pick(rng, N.ALERT_HEAD).replace("{kw}", pick(rng, N.ALERT_KW)))
        disp, addr = pick(rng, [("StepJobs Alerts", "alerts@stepjobs.eu"), ("Indeed-like JobMail", "jobs@jobmail-europa.com"),
                                ("Pracuj Alerty", "alerty@pracuj-teraz.pl"), ("InfoLavoro", "avvisi@infolavoro.it"),
                                ("Jobbnytt", "bevakning@jobbnytt.se")])
        rows = []
        for _ in range(rng.randint(3, 6)):
            co = W.Co(rng)
            rows.append(f"• {pick(rng, W.ROLES)} – {co.name} – {co.city}")
        body = "\n\n".join([greet, "these new offers match your search:", "\n".join(rows),
                            "See all offers: https://www." + addr.split("@")[1] + "/search",
                            "You can change the frequency of the alerts or unsubscribe in your account."])
        if rng.random() < 0.4:
            html = to_html(body.split("\n\n"), rng, disp)
            if rng.random() < 0.5:
                body = ""
    elif kind == "views":
        subj = pick(rng, ["Who has seen your profile?", "{n} recruiters viewed your profile", "Your weekly profile statistics"]).format(n=c["n"])
        disp, addr = pick(rng, [("Xing-like Network", "noreply@bizcontacts.eu"), ("CareerLink", "notifications@careerlink.eu"),
                                ("Werkzoeken Profiel", "info@werkzoeken-profiel.nl")])
        body = "\n\n".join([greet, fmt(c, pick(rng, N.VIEWS).replace("{industry}", pick(rng, ["automotive", "IT", "finance", "logistics"]))),
                            "Unsubscribe from these notifications in your settings."])
    elif kind == "webinar":
        subj, txt = pick(rng, N.WEBINAR)
        subj = fmt(c, subj)
        disp, addr = pick(rng, [("Career Coaching Europe", "events@careercoaching.eu"), ("IHK Events", "veranstaltungen@ihk-events.de"),
                                ("Salon de l'emploi", "info@salon-emploi.fr"), ("Expat Centre", "events@expatcentre.nl")])
        body = "\n\n".join([greet, fmt(c, txt), pick(rng, ["We look forward to see you!", "Places are limited.", "Free of charge."]),
                            "Unsubscribe | Privacy policy"])
    elif kind == "nonjob":
        subj, disp, txt = pick(rng, N.NONJOB)
        subj = fmt(c, subj)
        disp = fmt(c, disp)
        dom = {"Admissions Office": "uni-rheinufer.de", "Research Foundation": "fondation-recherche.fr",
               "Programme Committee": "eurodataconf.org", "Customer Service": "bankhaus-nord.de", "Consulate": "consulate-services.eu",
               "Club secretary": "club-nautico-vigo.es", "Kita administration": "kita-sonnenschein.de",
               "Private seller": pick(rng, W.CAND_MAIL), "Festival team": "festival-zomer.nl"}.get(disp, "hausverwaltung-mueller.de")
        addr = f"{pick(rng, ['info', 'office', 'noreply', 'admission', 'service', 'contact'])}@{dom}"
        body = "\n\n".join([greet, cap(fmt(c, txt)), pick(rng, W.CLOSE_EN).format(city=c.co.city) + "\n" + disp])
    elif kind == "scam":
        subj, txt = pick(rng, N.SCAM)
        disp = pick(rng, ["HR Department", "Global Recruitment Europe", "Mrs. Helen Carter", "Euro Jobs Agency", "Recruitment Team"])
        addr = f"{pick(rng, ['hr.dept', 'jobs.offer', 'recruit'])}{rng.randint(10, 999)}@{pick(rng, ['gmail.com', 'outlook.com', 'mail.ru', 'euro-jobs-now.top'])}"
        body = "\n\n".join([pick(rng, ["Dear candidate,", greet]), fmt(c, txt), "Best regards\n" + disp])
    elif kind == "current":
        subj, txt = pick(rng, N.CURRENT)
        subj = fmt(c, subj)
        col = W.Person(rng, country)
        disp, addr = col.full, col.addr(f"{pick(rng, ['firma-intern', 'mycorp', 'werk'])}.{c.co.tld}", rng)
        body = "\n\n".join([f"{pick(rng, ['Hi', 'Hello', 'Dear'])} {cand.first},", fmt(c, txt),
                            pick(rng, ["Thanks!", "Thank you and greetings", "Danke!", "Merci"]) + "\n" + col.first])
    elif kind == "ooo":
        subj = pick(rng, ["Automatic reply: ", "Abwesenheitsnotiz: ", "Réponse automatique : ", "Risposta automatica: ", "Autosvar: "]) + \
            pick(rng, [f"Application {c['role']}", "Question about my application", "Thank you for the interview"])
        disp, addr = c.snd.full, c.snd.addr(c.co.domain, rng)
        body = fmt(c, pick(rng, N.OOO))
    elif kind == "bounce":
        subj = pick(rng, ["Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)", "Unzustellbar: Application"])
        disp, addr = "Mail Delivery System", f"MAILER-DAEMON@mx.{c.co.domain}"
        body = N.BOUNCE.format(n=rng.randint(1, 9), dom=c.co.domain, rcpt=f"jobs@{c.co.domain}", s=f"Application {c['role']}")
    elif kind == "personal":
        subj, txt = pick(rng, N.PERSONAL)
        fr = W.Person(rng, country)
        disp, addr = fr.first, f"{fr.first.lower().translate(W.ASCII)}{rng.randint(1, 99)}@{pick(rng, W.CAND_MAIL)}"
        body = "\n\n".join([f"{pick(rng, ['Hi', 'Hey', 'Ciao', 'Hallo', 'Hola'])} {cand.first},", fmt(c, txt),
                            pick(rng, ["Hugs", "See you", "Bises", "LG", "Un abrazo", "Groetjes"]) + "\n" + fr.first])
    else:
        raise ValueError(kind)
    return dict(folder="INBOX", lang="en", from_name=disp, from_addr=addr, to_addr=cand.addr, subject=subj,
                body_text=body, body_html=html, labels=[], company=company, topics=[], outside_control=[])


EMPLOYER_KINDS = {"rej", "rej_oc", "rej_fb", "fb_reply", "rej_inv", "cancel", "inv", "inv_task", "inv_resched", "ack",
                  "ack_task", "offer", "status", "remind", "confirm", "thanks_today", "profile", "cant_share", "onboard",
                  "event", "withdraw_ack", "closed_before"}
SENT_KINDS = {"fbreq", "sched", "accept", "thanks", "withdraw", "apply", "askstatus"}


def run(rng: random.Random, prefix: str, plan: list[tuple[str, str, list[str], dict[str, int]]]) -> Iterable[dict]:
    for fam, style, countries, kinds in plan:
        family = f"{prefix}-{fam}"
        n = 0
        order = [k for k, v in kinds.items() for _ in range(v)]
        rng.shuffle(order)
        for kind in order:
            country = pick(rng, countries)
            if kind in EMPLOYER_KINDS:
                rec = employer_mail(rng, kind, country, style)
            elif kind in SENT_KINDS:
                rec = sent_mail(rng, kind, country, style)
            else:
                rec = other_mail(rng, kind, country)
            n += 1
            rec["id"] = f"{family}-{n}"
            rec["family"] = family
            yield rec
