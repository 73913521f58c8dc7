"""Writer 39: look-alikes with no label: job alerts, newsletters, housing/university refusals, webinars,
auto-replies and delivery failures, fake offers."""
from __future__ import annotations

import _w39_compose as C
import _w39_kit as K
import _w39_more as M
from _w39_kit import pick, maybe, fill, weighted

FAMILY_PREFIX = "w39nz"

BOARDS = {"it": ["Lavoroggi", "CercoImpiego.it"], "pt": ["EmpregoJá", "VagaCerta"], "nl": ["Vacaturekompas", "Werkzoeker.be"],
          "pl": ["PracaTeraz", "Ogłoszenia Kariera"], "sv": ["Jobbtorget Norr"], "da": ["Jobhavnen"], "no": ["Stillingsbørsen"],
          "en": ["JobRadar Europe", "ExpatWork"]}
CITIES = {"it": ["Bologna", "Torino", "Bari", "remoto"], "pt": ["Porto", "Braga", "Recife", "Campinas"],
          "nl": ["Utrecht", "Gent", "Leuven", "Eindhoven"], "pl": ["Kraków", "Poznań", "zdalnie", "Lublin"],
          "sv": ["Umeå", "Göteborg", "Örebro"], "da": ["Odense", "Aarhus", "Esbjerg"], "no": ["Bergen", "Stavanger", "Bodø"],
          "en": ["Amsterdam", "Lisbon", "Copenhagen", "Remote (EU)"]}
UNSUB = {"it": "Annulla iscrizione", "pt": "Cancelar subscrição", "nl": "Uitschrijven", "pl": "Wypisz się",
         "sv": "Avregistrera", "da": "Afmeld", "no": "Meld av", "en": "Unsubscribe"}
TEASER = {
    "it": ["Leggi l'articolo completo sul nostro blog.", "Il consiglio della settimana: prepara tre domande da fare al selezionatore.",
           "Frasi come \"abbiamo deciso di proseguire con altri candidati\" non sono la fine: ecco cosa fare dopo."],
    "pt": ["Leia o artigo completo no nosso site.", "Dica da semana: prepare três perguntas para o recrutador.",
           "Frases como \"decidimos avançar com outros candidatos\" não são o fim do mundo."],
    "nl": ["Lees het hele artikel op onze site.", "Tip van de week: bereid drie vragen voor aan de recruiter.",
           "Een zin als \"we hebben gekozen voor een andere kandidaat\" hoeft niet het einde te zijn."],
    "pl": ["Przeczytaj cały artykuł na blogu.", "Porada tygodnia: przygotuj trzy pytania do rekrutera.",
           "Zdanie \"zdecydowaliśmy się na innego kandydata\" to nie koniec świata."],
    "sv": ["Läs hela artikeln på vår sajt.", "Veckans tips: förbered tre frågor till rekryteraren."],
    "da": ["Læs hele artiklen på vores side.", "Ugens tip: forbered tre spørgsmål til rekrutteringen."],
    "no": ["Les hele saken på nettsiden vår.", "Ukens tips: forbered tre spørsmål til intervjuet."],
    "en": ["Read the full article on our blog.", "Tip of the week: prepare three questions for the interviewer.",
           "\"We've decided to move forward with other candidates\" is not the end: here's what to do next."],
}
BOUNCE = {
    "it": ("Recapito non riuscito", "Impossibile recapitare il messaggio a {to}. L'indirizzo non esiste o non accetta posta."),
    "pt": ("Não foi possível entregar", "A sua mensagem não pôde ser entregue a {to}. O endereço não foi encontrado."),
    "nl": ("Bezorging mislukt", "Je bericht kon niet worden bezorgd bij {to}. Het adres bestaat niet."),
    "pl": ("Wiadomość niedostarczona", "Nie udało się dostarczyć wiadomości do {to}. Skrzynka odbiorcy nie istnieje."),
    "sv": ("Det gick inte att leverera", "Meddelandet kunde inte levereras till {to}. Adressen hittades inte."),
    "da": ("Levering mislykkedes", "Beskeden kunne ikke leveres til {to}. Adressen findes ikke."),
    "no": ("Levering mislyktes", "Meldingen kunne ikke leveres til {to}. Adressen finnes ikke."),
    "en": ("Delivery Status Notification (Failure)", "Your message wasn't delivered to {to} because the address couldn't be found."),
}
AUTO = {"it": "Risposta automatica:", "pt": "Resposta automática:", "nl": "Automatisch antwoord:", "pl": "Odpowiedź automatyczna:",
        "sv": "Automatiskt svar:", "da": "Automatisk svar:", "no": "Automatisk svar:", "en": "Automatic reply:"}
LIFE = {  # (sender, subject) for housing and admission refusals
    "it": {"housing": [("Immobiliare Ponente", "Appartamento via Garibaldi - esito"), ("Affitti Studenti Bologna", "La tua richiesta stanza")],
           "uni": [("Segreteria Studenti", "Esito domanda di ammissione"), ("Ufficio Borse di Studio", "Graduatoria definitiva borse 2026/27")]},
    "pt": {"housing": [("Imobiliária Atlântico", "Visita ao T2 - resposta"), ("Quartos Coimbra", "O seu pedido de quarto")],
           "uni": [("Serviços Académicos", "Resultado da candidatura - 1.ª fase"), ("Secretaria de Pós-Graduação", "Resultado do processo seletivo")]},
    "nl": {"housing": [("Huurpunt", "Reactie op woning"), ("Woonnet Regio", "Uitslag toewijzing")],
           "uni": [("Studentenadministratie", "Besluit toelating master"), ("Dienst Studiefinanciering", "Besluit beursaanvraag")]},
    "pl": {"housing": [("Domy Mieszkania", "Mieszkanie - odpowiedź"), ("Akademik Pod Lipami", "Wniosek o miejsce w akademiku")],
           "uni": [("Dziekanat", "Wyniki rekrutacji na studia"), ("Biuro Stypendialne", "Decyzja w sprawie stypendium")]},
    "sv": {"housing": [("Bostadsbolaget", "Angående din intresseanmälan")], "uni": [("Antagningen", "Antagningsbesked HT 2026")]},
    "da": {"housing": [("Boligselskabet Fjordhus", "Din interesse for lejligheden")], "uni": [("Optagelsen", "Svar på ansøgning om optagelse")]},
    "no": {"housing": [("Studentbolig Vest", "Svar på boligsøknad")], "uni": [("Opptakskontoret", "Svar på søknad om opptak")]},
    "en": {"housing": [("Lisbon Flats Co.", "Studio viewing - update"), ("Amsterdam Rooms", "Your room application")],
           "uni": [("Admissions Office", "Your application decision"), ("Graduate School Admissions", "MSc admission outcome")]},
}
KINDS = [("alert", 26), ("news", 16), ("housing", 10), ("uni", 10), ("webinar", 14), ("ooo", 14), ("bounce", 10), ("scam", 12)]


def generate(rng):
    cnt = K.Counter(FAMILY_PREFIX)
    for _ in range(165):
        lang = C.choose_lang(rng)
        b, var = C.bank(rng, lang)
        co = C.company(rng, lang, var)
        sl = C.slots(rng, lang, var, b, co)
        kind = weighted(rng, KINDS)
        html = None
        company = None
        board = pick(rng, BOARDS[lang])
        if kind == "alert":
            jobs = []
            n_j = rng.randint(3, 6)
            roles = rng.sample(b["roles"], n_j)
            comps = rng.sample([c for c, _ in K.COMPANIES[lang]], n_j)
            for r_, c2 in zip(roles, comps):
                line = f"{r_.capitalize()} – {c2} – {pick(rng, CITIES[lang])}"
                if rng.random() < 0.4:
                    line += f" ({pick(rng, ['2 d', '5 d', '1 h', 'nuovo', 'new', 'ny', 'nieuw', 'nowa'])})"
                jobs.append(line)
            paras = [C.S(rng, b, "alert", sl), "\n".join(jobs), C.S(rng, b, "alert_end", sl), UNSUB[lang]]
            subj = pick(rng, [f"{sl['k']} × {sl['q']}", f"{board}: {jobs[0].split(' – ')[0]}", f"Jobs: {sl['q']}"])
            fam, frm, addr = "alerts", board, f"alert@{K.slug(board)}.{K.DOMAIN_TLD[lang]}"
            if rng.random() < 0.6:
                html = K.to_html(rng, paras[:-1], board, "#0a7d5a", (C.BUTTON[var][0].split()[0] + " ›", f"https://{K.slug(board)}.com/jobs"), [UNSUB[lang]], preheader=jobs[0])
                if rng.random() < 0.5:
                    paras = []
        elif kind == "news":
            heads = rng.sample(b["news"], min(2, len(b["news"])))
            paras = [f"{board} · Newsletter"] + [f"{h}\n{pick(rng, TEASER[lang])}" for h in heads] + [UNSUB[lang]]
            subj = heads[0]
            fam, frm, addr = "news", f"{board} Magazine", f"news@{K.slug(board)}.{K.DOMAIN_TLD[lang]}"
            if rng.random() < 0.5:
                html = K.to_html(rng, paras[1:-1], f"{board} Newsletter", "#b03a2e", None, [UNSUB[lang], f"© {board} 2026"], preheader=heads[-1])
                if rng.random() < 0.6:
                    paras = []
        elif kind in ("housing", "uni"):
            paras = [C.S(rng, b, "hi_f", sl), C.S(rng, b, kind, sl), C.S(rng, b, "bye_f", sl)]
            sender, subj = pick(rng, LIFE[lang][kind])
            paras[-1] += "\n" + sender
            if rng.random() < 0.4:
                subj = "Re: " + subj
            fam, frm, addr = "life", sender, f"info@{K.slug(sender)}.{K.DOMAIN_TLD[lang]}"
        elif kind == "webinar":
            paras = [C.S(rng, b, "hi_c", sl), C.S(rng, b, "webinar", sl), maybe(rng, 0.6, pick(rng, TEASER[lang])), C.S(rng, b, "bye_c", sl) + "\n" + board, UNSUB[lang]]
            subj = pick(rng, ["Webinar", "Workshop", "Invito / invite", sl["date"]]) + ": " + pick(rng, b["news"])[:40]
            fam, frm, addr = "events", f"{board} Academy", f"events@{K.slug(board)}.{K.DOMAIN_TLD[lang]}"
            if rng.random() < 0.4:
                html = K.to_html(rng, [p for p in paras[:-1] if p], board, "#5b2c6f", (C.BUTTON[var][1], sl["link"]), [UNSUB[lang]])
        elif kind == "ooo":
            orig = fill(pick(rng, b["subj"]["rej"] + b["subj"]["inv"]), sl)
            o = M.OOO[lang]
            osl = dict(sl, dom=K.co_domain(co, lang))
            if rng.random() < 0.3:
                first = C.S(rng, b, "ooo", sl)
            else:
                first = fill(pick(rng, o["away"]), osl) + " " + " ".join(fill(x, osl) for x in rng.sample(o["alt"], rng.randint(1, 2)))
            paras = [first, f"{sl['me']} {sl['meL']}" + maybe(rng, 0.6, "\n" + pick(rng, C.TITLE[var])) + f"\n{co}"]
            subj = f"{AUTO[lang]} {orig}"
            fam, frm, addr = "auto", f"{sl['me']} {sl['meL']}", f"{K.slug(sl['me'])}@{K.co_domain(co, lang)}"
            company = co
        elif kind == "bounce":
            head, msg = BOUNCE[lang]
            to = f"{K.slug(sl['me'])}.{K.slug(sl['meL'])}@{K.co_domain(co, lang)}"
            orig = K.join([fill(pick(rng, C.HI_TO[var]), dict(sl, n=sl["me"])), C.S(rng, b, pick(rng, ["s_fbreq", "s_follow", "s_thanks"]), sl),
                           C.S(rng, b, "bye_f", sl) + "\n" + " ".join(K.ME[lang])])
            paras = [msg.format(to=to), "Remote server returned '550 5.1.1 User unknown'", K.FWD[lang].replace("-", "").strip() + ":\n" + orig]
            subj = f"{head}: " + fill(pick(rng, b["subj"]["rej"]), sl)
            fam, frm, addr = "auto", "Mail Delivery Subsystem", f"mailer-daemon@{K.ME_ADDR[lang].split('@')[1]}"
        else:  # scam
            sc = M.SCAM[lang]
            ssl = dict(sl, fee=str(rng.choice([39, 49, 60, 75, 85, 97, 120, 150, 399])))
            if rng.random() < 0.3:
                mid = C.S(rng, b, "scam", sl)
            else:
                bits = [pick(rng, sc["hook"]), fill(pick(rng, sc["pay"]), ssl)] + rng.sample(sc["push"], rng.randint(1, 2))
                if rng.random() < 0.4:
                    bits.insert(1, fill(pick(rng, b["offer_det"]), sl).split(",")[0] + ".")
                mid = " ".join(fill(x, ssl) for x in bits) if rng.random() < 0.5 else "\n\n".join(fill(x, ssl) for x in bits)
            paras = [pick(rng, ["", C.S(rng, b, "hi_f", sl), "Hi!", "Dear Candidate,"]), mid,
                     pick(rng, [f"{K.person(rng, lang)[0]} - HR Manager", "Recruitment Department", f"{K.person(rng, lang)[0]} {K.person(rng, lang)[1]}\nHR Global Solutions Ltd", "Team HR"])]
            subj = pick(rng, [fill(pick(rng, b["subj"]["offer"]), sl), "!!! " + fill(pick(rng, b["subj"]["offer"]), sl).upper(), "Job offer / " + sl["role"]])
            fam, frm, addr = "scam", pick(rng, ["HR Department", "Recruitment Global", f"{co} HR"]), f"hr.{rng.randint(100, 999)}@{pick(rng, ['gmail.com', 'outlook.com', 'mail.ru', 'proton.me'])}"
        text = K.join(paras) if paras else ""
        if not text and not html:
            text = K.join([C.S(rng, b, "alert", sl), UNSUB[lang]])
        yield cnt.rec(fam, lang=lang, from_name=frm, from_addr=addr, to_addr=K.ME_ADDR[lang], subject=subj,
                      text=text, html=html, labels=[], company=company)
