"""w33 assembly kit: loads the per-language banks and builds message cores and channel shells.

Cores return the new text of a message with its labels; shells wrap a core in the chrome of a
channel (network notification, job board, recruiter's phone, scheduling tool, ...). Only the
``rng`` passed in is used, so output is deterministic.
"""

from __future__ import annotations

import importlib
import random
import re
import unicodedata




LANGS = ["it", "nl", "pt", "pl", "sv", "da", "no", "en"]
WEIGHTS = [15, 14, 14, 12, 10, 8, 8, 19]
BANK = {lg: importlib.import_module(f"_w33_{lg}").B for lg in LANGS}

# sentence slots that the banks do not carry: one small table per language
EXTRA = {
    "it": {"rejinv": "Il tuo profilo però ci sembra adatto a un'altra posizione aperta, {r2}: ti andrebbe di fare un colloquio per quella?",
           "cancel": "Il colloquio previsto per {d} è annullato.", "resched": "dobbiamo spostare il colloquio previsto per {d}: scegli un nuovo orario qui {link}",
           "neutral": ["La tua candidatura per {r}", "{c} | {r}", "Aggiornamento: {r}", "Selezione {r} (rif. {ref})", "{r} presso {c}"],
           "inv_s": ["Invito a colloquio – {r}", "Colloquio con {c}", "Prossimo step: {r}"], "offer_s": ["Proposta di assunzione – {r}", "La nostra offerta 🎉"],
           "fb_s": ["Feedback colloquio", "Riscontro sulla selezione {r}"], "auto_s": "Risposta automatica: ", "other": "un'altra posizione"},
    "nl": {"rejinv": "Wel denken we dat je goed past bij een andere vacature, {r2}: zou je daarvoor een gesprek willen voeren?",
           "cancel": "Het gesprek op {d} gaat niet door.", "resched": "we moeten je gesprek van {d} verzetten: kies hier een nieuw moment {link}",
           "neutral": ["Je sollicitatie voor {r}", "{c} | {r}", "Update: {r}", "Vacature {r} (ref. {ref})", "{r} bij {c}"],
           "inv_s": ["Uitnodiging gesprek – {r}", "Gesprek bij {c}", "Volgende stap: {r}"], "offer_s": ["Aanbod – {r}", "Ons aanbod 🎉"],
           "fb_s": ["Feedback gesprek", "Terugkoppeling sollicitatie {r}"], "auto_s": "Automatisch antwoord: ", "other": "een andere functie"},
    "pt": {"rejinv": "No entanto, o seu perfil encaixa noutra vaga aberta, {r2}: gostaria de fazer uma entrevista para essa?",
           "cancel": "A entrevista marcada para {d} foi cancelada.", "resched": "precisamos remarcar a entrevista de {d}: escolha um novo horário aqui {link}",
           "neutral": ["A sua candidatura para {r}", "{c} | {r}", "Atualização: {r}", "Processo {r} (ref. {ref})", "{r} na {c}"],
           "inv_s": ["Convite para entrevista – {r}", "Entrevista com a {c}", "Próxima etapa: {r}"], "offer_s": ["Proposta de contratação – {r}", "A nossa proposta 🎉"],
           "fb_s": ["Feedback da entrevista", "Retorno sobre o processo {r}"], "auto_s": "Resposta automática: ", "other": "outra vaga"},
    "pl": {"rejinv": "Twój profil pasuje jednak do innej otwartej roli, {r2} – czy chcesz porozmawiać o niej na rozmowie?",
           "cancel": "Rozmowa zaplanowana {d} zostaje odwołana.", "resched": "musimy przełożyć rozmowę z {d}: wybierz nowy termin tutaj {link}",
           "neutral": ["Twoja aplikacja na stanowisko {r}", "{c} | {r}", "Aktualizacja: {r}", "Rekrutacja {r} (nr ref. {ref})", "{r} w {c}"],
           "inv_s": ["Zaproszenie na rozmowę – {r}", "Rozmowa w {c}", "Kolejny etap: {r}"], "offer_s": ["Oferta zatrudnienia – {r}", "Nasza oferta 🎉"],
           "fb_s": ["Feedback po rozmowie", "Informacja zwrotna – {r}"], "auto_s": "Automatyczna odpowiedź: ", "other": "inna rola"},
    "sv": {"rejinv": "Däremot tror vi att du passar för en annan tjänst, {r2}: vill du komma på en intervju för den?",
           "cancel": "Intervjun {d} är inställd.", "resched": "vi behöver flytta intervjun {d}: välj en ny tid här {link}",
           "neutral": ["Din ansökan till {r}", "{c} | {r}", "Uppdatering: {r}", "Rekrytering {r} (ref. {ref})", "{r} hos {c}"],
           "inv_s": ["Inbjudan till intervju – {r}", "Intervju hos {c}", "Nästa steg: {r}"], "offer_s": ["Erbjudande – {r}", "Vårt erbjudande 🎉"],
           "fb_s": ["Återkoppling intervju", "Feedback – {r}"], "auto_s": "Autosvar: ", "other": "en annan tjänst"},
    "da": {"rejinv": "Til gengæld tror vi, du passer til en anden stilling, {r2}: vil du komme til en samtale om den?",
           "cancel": "Samtalen {d} er aflyst.", "resched": "vi bliver nødt til at flytte samtalen {d}: vælg en ny tid her {link}",
           "neutral": ["Din ansøgning til {r}", "{c} | {r}", "Opdatering: {r}", "Rekruttering {r} (ref. {ref})", "{r} hos {c}"],
           "inv_s": ["Invitation til samtale – {r}", "Samtale hos {c}", "Næste skridt: {r}"], "offer_s": ["Jobtilbud – {r}", "Vores tilbud 🎉"],
           "fb_s": ["Feedback på samtalen", "Tilbagemelding – {r}"], "auto_s": "Autosvar: ", "other": "en anden stilling"},
    "no": {"rejinv": "Vi tror likevel du passer til en annen stilling, {r2}: vil du komme på et intervju for den?",
           "cancel": "Intervjuet {d} er avlyst.", "resched": "vi må flytte intervjuet {d}: velg en ny tid her {link}",
           "neutral": ["Søknaden din på {r}", "{c} | {r}", "Oppdatering: {r}", "Rekruttering {r} (ref. {ref})", "{r} hos {c}"],
           "inv_s": ["Invitasjon til intervju – {r}", "Intervju hos {c}", "Neste steg: {r}"], "offer_s": ["Jobbtilbud – {r}", "Tilbudet vårt 🎉"],
           "fb_s": ["Tilbakemelding på intervjuet", "Feedback – {r}"], "auto_s": "Autosvar: ", "other": "en annen stilling"},
    "en": {"rejinv": "That said, we think you'd suit another opening, {r2}: would you like to interview for that one?",
           "cancel": "Your interview on {d} has been cancelled.", "resched": "we need to move your interview on {d}: please pick a new slot here {link}",
           "neutral": ["Your application for {r}", "{c} | {r}", "Update: {r}", "{r} (ref. {ref})", "{r} at {c}"],
           "inv_s": ["Interview invitation – {r}", "Interview with {c}", "Next step: {r}"], "offer_s": ["Offer – {r}", "Your offer 🎉"],
           "fb_s": ["Interview feedback", "Feedback on {r}"], "auto_s": "Automatic reply: ", "other": "another role"},
}

RELAYS = ["mail.talentrelay.eu", "notify.hirepath.io", "jobs.recrutaflow.net", "ats-mail.selectio.eu", "candidates.workbench-hr.com", "noreply.jobfunnel.app"]
SCHED = ["Agendly", "SlotPick", "MeetMoment", "Calendra"]
TESTS = ["SkillCheck", "VidScreen", "TestaPro", "CodeBench", "Pitchcam"]
AGENCIES = {"it": ["TalentiPiù Recruiting", "Selezione Adriatica", "HR Ponte"], "nl": ["Flexwerk Partners", "Zoekwerk Recruitment", "De Talentbrug"],
            "pt": ["Recrutar Já", "Ponte Talentos", "Garimpo RH"], "pl": ["HR Most", "Talent Kraków", "Rekrutacja Plus"],
            "sv": ["Rekryteringsbyrån Norr", "Talangporten", "Bemanna Mera"], "da": ["Rekrutteringshuset", "TalentBroen", "Jobmægleren"],
            "no": ["Rekrutteringshuset Vest", "Talentbyrået", "Hodejeger Nord"], "en": ["Nordic Talent Partners", "Bridgewell Search", "Fieldhouse Recruitment"]}


def ascii_slug(s: str, sep: str = "") -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", sep, s).strip(sep)


class Ctx:
    """Everything a message is about: language, people, employer, role, times."""

    def __init__(self, rng: random.Random, lang: str | None = None):
        self.lang = lang or rng.choices(LANGS, WEIGHTS)[0]
        b = self.B = BANK[self.lang]
        self.X = EXTRA[self.lang]
        self.ui = b["ui"]
        # cross-border employers now and then: a Dutch platform may forward an English-named firm
        pool = b["companies"] if rng.random() < 0.85 else BANK[rng.choice(LANGS)]["companies"]
        self.n = rng.choice(b["first"])
        self.cand = f"{self.n} {rng.choice(b['last'])}"
        self.cand_addr = rng.choice(["{f}.{l}@gmail.com", "{f}{l}@outlook.com", "{f}_{l}{y}@proton.me", "{i}{l}@{isp}"]).format(
            f=ascii_slug(self.cand.split()[0]), l=ascii_slug(self.cand.split(" ", 1)[1]), y=rng.randint(80, 99), i=ascii_slug(self.n)[0],
            isp=rng.choice(["libero.it", "ziggo.nl", "sapo.pt", "wp.pl", "telia.com", "mail.dk", "online.no", "icloud.com"]))
        self.c = rng.choice(pool)
        self.cdom = ascii_slug(self.c, "-").split("-")[0] + ascii_slug(self.c).replace(ascii_slug(self.c, "-").split("-")[0], "")[:6] + "." + b["tld"]
        self.r = rng.choice(b["roles"])
        self.r2 = rng.choice([x for x in b["roles"] if x != self.r])
        self.p = f"{rng.choice(b['first'])} {rng.choice(b['last'])}"
        self.d = rng.choice(b["days"])
        self.date = rng.choice(b["dates"])
        self.sal = rng.choice(b["salary"])
        self.start = rng.choice(b["start"])
        self.k = rng.randint(3, 41)
        self.plat = rng.choice(b["boards"])
        self.net = b["net"]
        self.t = rng.choice(b["news"])
        self.ref = f"{rng.choice(['REQ', 'R', 'JOB', ''])}{rng.randint(1000, 99999)}"
        self.link = rng.choice(["https://{s}.app/b/{h}", "https://go.{s}.eu/{h}", "https://{s}.io/i/{h}"]).format(
            s=ascii_slug(rng.choice(SCHED + TESTS)), h="".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)))
        self.agency = rng.choice(AGENCIES[self.lang])

    def f(self, s: str) -> str:
        return s.format(n=self.n, c=self.c, r=self.r, r2=self.r2, p=self.p, d=self.d, link=self.link, sal=self.sal, start=self.start,
                        k=self.k, plat=self.plat, t=self.t, ref=self.ref, date=self.date)

    def pick(self, rng: random.Random, key: str) -> str:
        return self.f(rng.choice(self.B[key]))


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def low(s: str) -> str:
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


class Core:
    """New text of a message plus its labels."""

    def __init__(self, lines: list[str], labels: list[str], topics=None, oc=None, company: bool = True, subj: str = "neutral"):
        self.lines, self.labels = lines, labels
        self.topics, self.oc = list(topics or []), list(oc or [])
        self.company, self.subj = company, subj


def feedback_lines(rng: random.Random, x: Ctx, k_min: int = 1, k_max: int = 3, praise_only: bool = False):
    out, topics = [], []
    if praise_only or rng.random() < 0.5:
        out.append(x.pick(rng, "praise"))
    if not praise_only:
        for t in rng.sample(sorted(x.B["fb"]), rng.randint(k_min, k_max)):
            topics.append(t)
            out.append(rng.choice(x.B["fb_wrap"]).format(x=rng.choice(x.B["fb"][t])))
    return out, topics


def reason_lines(rng: random.Random, x: Ctx, p: float = 0.45):
    if rng.random() > p:
        return [], []
    rs = [rng.choice(sorted(x.B["oc"]))]
    # a second reason only where the two can both be true
    pairs = {"closer_fit": "level_mismatch", "level_mismatch": "closer_fit", "budget_freeze": "role_cancelled", "role_cancelled": "budget_freeze"}
    if rng.random() < 0.15 and rs[0] in pairs:
        rs.append(pairs[rs[0]])
    return [rng.choice(x.B["oc_wrap"]).format(x=rng.choice(x.B["oc"][r])) for r in rs], rs


def core(rng: random.Random, x: Ctx, kind: str, phone: bool = False) -> Core:
    """Build the decisive text of one message kind (see the plans in the gen_w33_* modules)."""
    P = lambda k: x.pick(rng, k)  # noqa: E731
    if kind == "rej":
        lines = [P("rej_phone")] if phone else [cap(P("thanks")), cap(P("rej"))]
        rl, rs = reason_lines(rng, x)
        lines += rl
        if rng.random() < 0.35:
            lines.append(P("many"))
        if rng.random() < 0.4:
            lines.append(P("keep"))
        return Core(lines, ["rejection"], oc=rs)
    if kind == "rejfb":
        lines = [P("rej_phone")] if phone else [cap(P("thanks")), cap(P("rej"))]
        rl, rs = reason_lines(rng, x, 0.3)
        fl, tp = feedback_lines(rng, x, praise_only=rng.random() < 0.06)
        if rng.random() < 0.5:
            lines += [P("fb_open")]
        lines += fl + rl
        if rng.random() < 0.3:
            lines.append(P("keep"))
        return Core(lines, ["rejection", "feedback"], topics=tp, oc=rs, subj="fb_s" if rng.random() < 0.2 else "neutral")
    if kind == "inv":
        if phone:
            return Core([P("inv_phone")], ["interview_invite"])
        lines = [cap(P("thanks"))] if rng.random() < 0.5 else []
        lines += [cap(P("inv")), P("inv_when")]
        return Core(lines, ["interview_invite"], subj="inv_s" if rng.random() < 0.5 else "neutral")
    if kind == "test":
        return Core([cap(P("test")), x.link], ["interview_invite"], subj="neutral")
    if kind == "ack":
        return Core([cap(P("ack")), P("ack_next")], ["application_ack"])
    if kind == "ackinv":
        return Core([cap(P("ack")), cap(P("test")), x.link], ["application_ack", "interview_invite"])
    if kind == "rejinv":
        lines = [cap(P("thanks")), cap(P("rej")), x.f(x.X["rejinv"]), P("inv_when")]
        return Core(lines, ["rejection", "interview_invite"])
    if kind == "offer":
        if phone:
            return Core([P("offer_phone")], ["offer"])
        lines = [cap(P("offer")), P("offer_det")]
        if rng.random() < 0.5:
            lines.append(P("offer_det"))
        return Core(list(dict.fromkeys(lines)), ["offer"], subj="offer_s" if rng.random() < 0.4 else "neutral")
    if kind == "fbreq":
        a, b = x.B["fbreq"][0], rng.choice(x.B["fbreq"][1:])
        lines = ([cap(x.f(a))] if rng.random() < 0.7 else []) + [cap(x.f(b))]
        return Core(lines, ["feedback_request"])
    if kind == "fbreply":
        fl, tp = feedback_lines(rng, x, 1, 3)
        return Core([P("fb_open")] + fl, ["feedback"], topics=tp, subj="fb_s")
    if kind == "cancel_filled":
        rs = rng.choice(["role_filled", "role_cancelled"])
        return Core([x.f(x.X["cancel"]), rng.choice(x.B["oc_wrap"]).format(x=rng.choice(x.B["oc"][rs]))], ["rejection"], oc=[rs])
    if kind == "resched":
        return Core([cap(x.f(x.X["resched"]))], ["interview_invite"])
    # ---- no label ----
    simple = {"reminder": True, "thanks_today": True, "status": True, "onboard": True, "nofb": True, "closed": None, "pitch": None,
              "sent_thanks": True, "sent_withdraw": True, "sent_accept": True, "sent_sched": True, "sent_apply": True}
    if kind in simple:
        s = P(kind)
        comp = simple[kind] if simple[kind] is not None else ("{c}" in s or x.c in s)
        lines = [s if phone else cap(s)]
        if kind == "nofb":
            lines = [cap(P("thanks")), s] if rng.random() < 0.5 else [s]
            if rng.random() < 0.5:
                lines.append(P("many"))
        if kind == "status" and rng.random() < 0.4:
            lines.append(P("ack_next"))
        return Core(lines, [], company=bool(comp))
    if kind in ("nonjob", "personal", "work", "scam", "auto"):
        s = P(kind)
        lines = [cap(s)]
        if kind == "nonjob" and rng.random() < 0.5 and s != x.f(x.B["nonjob"][2]):
            lines.append(P("many"))
        return Core(lines, [], company=False)
    raise ValueError(kind)


# ------------------------------------------------------------------ shells

def sig(rng: random.Random, x: Ctx, who: str, org: str | None, title: bool = True) -> str:
    parts = [who]
    if org and title:
        parts.append(rng.choice(["Talent Acquisition", "Recruiter", "Senior Consultant", "HR", "People & Culture", "Executive Search"]) + f" | {org}")
    elif org:
        parts.append(org)
    if rng.random() < 0.4:
        parts.append(f"+{rng.choice([39, 31, 351, 55, 48, 46, 45, 47, 44])} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    return "\n".join(parts)


def quote(x: Ctx, who: str, text: str, outlook: bool = False, subj: str = "") -> str:
    if outlook:
        head = {"it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "pt": ("De", "Enviada", "Para", "Assunto"),
                "pl": ("Od", "Wysłano", "Do", "Temat"), "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
                "no": ("Fra", "Sendt", "Til", "Emne"), "en": ("From", "Sent", "To", "Subject")}[x.lang]
        return (f"-----Original Message-----\n{head[0]}: {who}\n{head[1]}: {x.date}\n{head[2]}: {x.cand}\n{head[3]}: {subj}\n\n{text}")
    return x.ui["wrote"].format(date=x.date, p=who) + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def to_html(lines: list[str], button: str | None = None, link: str | None = None, footer: str = "", brand: str = "") -> str:
    body = "".join(f"<p style=\"margin:0 0 12px\">{ln.replace(chr(10), '<br>')}</p>" for ln in lines if ln)
    btn = (f"<table role=\"presentation\"><tr><td style=\"background:#1a5fb4;border-radius:4px;padding:10px 18px\">"
           f"<a href=\"{link}\" style=\"color:#fff;text-decoration:none\">{button}</a></td></tr></table>") if button else ""
    head = f"<div style=\"font-weight:bold;font-size:18px;padding:12px 0\">{brand}</div>" if brand else ""
    foot = f"<p style=\"color:#888;font-size:11px\">{footer.replace(chr(10), '<br>')}</p>" if footer else ""
    return f"<html><body style=\"font-family:Arial,sans-serif\">{head}<div>{body}{btn}</div>{foot}</body></html>"


def subject_for(rng: random.Random, x: Ctx, cr: Core) -> str:
    key = cr.subj if cr.subj in x.X else "neutral"
    return x.f(rng.choice(x.X[key]))


def finalize(rec: dict) -> dict:
    """Drop the employer when a reader could not tell it from the message (agency mail naming no client)."""
    comp = rec.get("company")
    if comp:
        seen = " ".join([rec["subject"], rec["body_text"], rec.get("body_html") or "", rec["from_name"]])
        if comp not in seen:
            rec["company"] = None
    return rec


def bye(rng: random.Random, x: Ctx) -> str:
    b = rng.choice(x.B["bye"])
    return b if b[-1] in "!.?" else b + rng.choice([",", ""])


def record(x: Ctx, cr: Core, *, folder: str = "INBOX", from_name: str, from_addr: str, subject: str, body_text: str,
           body_html: str | None = None, to_addr: str | None = None, company_override=...) -> dict:
    comp = x.c if cr.company else None
    if company_override is not ...:
        comp = company_override
    return {"folder": folder, "lang": x.lang, "from_name": from_name, "from_addr": from_addr,
            "to_addr": to_addr if to_addr is not None else x.cand_addr, "subject": subject, "body_text": body_text,
            "body_html": body_html, "labels": list(cr.labels), "company": comp,
            "topics": list(cr.topics) if "feedback" in cr.labels else [],
            "outside_control": list(cr.oc) if "rejection" in cr.labels else []}


def letter(rng: random.Random, x: Ctx, cr: Core, greet: bool = True, sign: str = "", joiner: str = "\n\n") -> str:
    parts = []
    if greet:
        parts.append(x.pick(rng, "hi"))
    body = cr.lines
    if rng.random() < 0.4 and len(body) > 1:
        parts.append(" ".join(body[:2]))
        parts += body[2:]
    else:
        parts += body
    if sign:
        parts.append(sign)
    return joiner.join(p for p in parts if p)
