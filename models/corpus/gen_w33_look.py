"""w33 look-alikes: newsletters and webinars about interviews and offers, non-job rejections
(flats, universities, loans, conference talks), scams imitating offers, the day job, personal
notes, auto-replies and bounces, in it/nl/pt/pl/sv/da/no and English. None carries a label."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w33_kit as K  # noqa: E402

FAMILY_PREFIX = "w33look"

PLAN = {"newsletter": 24, "webinar": 20, "nonjob": 32, "scam": 18, "dayjob": 21, "autoreply": 17}

SENDERS_NONJOB = {
    "it": ["Immobiliare Casa Serena", "Segreteria Studenti – Ateneo di Verona Nord", "Banca Sile – Ufficio Crediti", "Comitato scientifico ConfDev Italia"],
    "nl": ["Woningstichting Het Anker", "Toelatingen Hogeschool Lindeveld", "LeenDirect Klantenservice", "Programmacommissie DevDagen"],
    "pt": ["Imobiliária Bela Vista", "Serviços Académicos – Universidade do Douro", "Crédito Fácil – Análise", "Comissão do Congresso TechLisboa"],
    "pl": ["Biuro Nieruchomości Kamienica", "Dziekanat – Uniwersytet Nadwiślański", "Bank Orzeł – Kredyty", "Komitet programowy DevKonf"],
    "sv": ["Bostadsbolaget Linden", "Antagningen – Norrviks högskola", "Lånekollen Kundservice", "Programkommittén KodDagarna"],
    "da": ["Boligselskabet Egely", "Optagelse – Vestjysk Universitet", "LånLet Kundeservice", "Programudvalget UdviklerDagen"],
    "no": ["Boligbyggelaget Fjell", "Opptak – Nordvik universitet", "Lånehjelpen Kundeservice", "Programkomiteen KodeKonf"],
    "en": ["Harbour Lettings", "Admissions Office – University of Northmere", "QuickLoan Decisions", "DevSummit Programme Committee"],
}


def _news(rng: random.Random, x: K.Ctx, webinar: bool) -> dict:
    brand = rng.choice([x.plat, x.net, f"{x.net} Carriera" if x.lang == "it" else f"{x.plat} Blog", "Karriere Kompass" if x.lang in ("nl", "da", "no", "sv") else x.plat])
    titles = rng.sample(x.B["news"], rng.randint(2, 4))
    if webinar:
        head = x.pick(rng, "webinar")
        lines = [x.pick(rng, "hi"), head, "• " + "\n• ".join(titles[:2]), K.bye(rng, x) + "\n" + f"{x.p}, career coach"]
        subj = rng.choice(["🎓 ", "📅 ", "", ""]) + head.split(".")[0][:70]
    else:
        lines = [f"{x.ui['news_subj']} · #{rng.randint(12, 240)}"] + [f"{i + 1}. {t}" for i, t in enumerate(titles)]
        if rng.random() < 0.5:
            lines.append(rng.choice(x.B["news"]) + " →")
        subj = rng.choice([titles[0], x.ui["news_subj"], f"{titles[0]} (+{len(titles) - 1})"])
    foot = x.ui["footer"].format(plat=brand) + "\n" + x.ui["unsub"]
    cr = K.Core(lines, [], company=False)
    rec = K.record(x, cr, from_name=brand, from_addr=f"newsletter@{K.ascii_slug(brand)}.{x.B['tld']}", subject=subj,
                   body_text="\n\n".join(lines) + "\n\n" + foot)
    if rng.random() < 0.4:
        rec["body_html"] = K.to_html(lines, x.ui["view"] if not webinar else "Join", "https://" + K.ascii_slug(brand) + ".eu/w", foot, brand)
        if rng.random() < 0.5:
            rec["body_text"] = ""
    return rec


def _nonjob(rng: random.Random, x: K.Ctx) -> dict:
    cr = K.core(rng, x, "nonjob")
    sender = rng.choice(SENDERS_NONJOB[x.lang])
    text = K.letter(rng, x, cr, sign=rng.choice(x.B["bye"]) + "\n" + sender)
    outcome = {"it": "Esito della sua richiesta", "nl": "Uitslag van je aanvraag", "pt": "Resultado do seu pedido", "pl": "Decyzja w sprawie wniosku",
               "sv": "Besked om din ansökan", "da": "Svar på din ansøgning", "no": "Svar på søknaden din", "en": "Decision on your application"}[x.lang]
    subj = rng.choice([x.ui["re"] + " ".join(cr.lines[0].split()[:5]), sender.split("–")[0].strip(), outcome, outcome + f" (n. {rng.randint(100, 9999)})"])
    return K.record(x, cr, from_name=sender, from_addr=f"info@{K.ascii_slug(sender)[:14]}.{x.B['tld']}", subject=subj, body_text=text)


def _scam(rng: random.Random, x: K.Ctx) -> dict:
    cr = K.core(rng, x, "scam")
    s = cr.lines[0]
    extra = rng.choice(["", "+44 7" + str(rng.randint(100000000, 999999999)), "wa.me/" + str(rng.randint(10**10, 10**11)), "bit.ly/" + str(rng.randint(10**5, 10**6))])
    text = ("💰💰 " if rng.random() < 0.4 else "") + s + ("\n\n" + extra if extra else "") + "\n\n" + x.ui["unsub"]
    return K.record(x, cr, from_name=rng.choice(["HR Department", "Recruitment Team", "Global Jobs", x.plat + " Jobs"]),
                    from_addr=f"hr{rng.randint(1, 999)}@{rng.choice(['mail-offerte.top', 'jobsnow.click', 'workhome24.xyz', 'gmail.com'])}",
                    subject=rng.choice([s[:48], s.split("!")[0], "Offer / " + x.r]), body_text=text)


def _dayjob(rng: random.Random, x: K.Ctx) -> dict:
    kind = rng.choice(["work", "work", "personal"])
    cr = K.core(rng, x, kind)
    me_dom = x.cand_addr.split("@")[1] if kind == "personal" else "werkplek.example" if x.lang == "nl" else "intranet-" + x.B["tld"] + ".example"
    text = K.letter(rng, x, cr, greet=rng.random() < 0.6, sign=x.p.split()[0])
    if kind == "work" and rng.random() < 0.4:
        text += "\n\n" + K.quote(x, x.p, rng.choice(x.B["roles"]) + " – CV.pdf", True, "Kandidaat / candidate")
    return K.record(x, cr, from_name=x.p, from_addr=f"{K.ascii_slug(x.p.split()[0])}@{me_dom}",
                    subject=rng.choice([x.r, "giovedì?" if x.lang == "it" else "?", "sabato" if x.lang == "it" else "📸", x.ui["re"] + "planning"]), body_text=text)


def _auto(rng: random.Random, x: K.Ctx) -> dict:
    if rng.random() < 0.35:
        cr = K.Core(["Delivery has failed to these recipients or groups:", f"{K.ascii_slug(x.p.split()[0])}@{x.cdom}",
                     "The recipient's mailbox is full and can't accept messages now."], [], company=False)
        text = "\n\n".join(cr.lines) + "\n\n" + K.quote(x, x.cand, K.letter(rng, x, K.core(rng, x, "sent_apply"), sign=x.cand), True, x.r)
        return K.record(x, cr, from_name="Mail Delivery System", from_addr="MAILER-DAEMON@mx." + x.cdom,
                        subject="Undeliverable: " + x.r, body_text=text)
    cr = K.core(rng, x, "auto")
    text = K.letter(rng, x, cr, greet=False, sign=x.p + "\n" + x.c)
    return K.record(x, cr, from_name=x.p, from_addr=f"{K.ascii_slug(x.p.split()[0])}@{x.cdom}",
                    subject=x.X["auto_s"] + rng.choice([x.r, x.f(x.X["neutral"][0]), "CV"]), body_text=text)


def generate(rng: random.Random) -> Iterable[dict]:
    for fam, count in PLAN.items():
        for n in range(count):
            x = K.Ctx(rng)
            rec = {"newsletter": lambda: _news(rng, x, False), "webinar": lambda: _news(rng, x, True), "nonjob": lambda: _nonjob(rng, x),
                   "scam": lambda: _scam(rng, x), "dayjob": lambda: _dayjob(rng, x), "autoreply": lambda: _auto(rng, x)}[fam]()
            rec["family"] = f"{FAMILY_PREFIX}-{fam}"
            rec["id"] = f"{rec['family']}-{n}"
            yield K.finalize(rec)
