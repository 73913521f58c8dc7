"""Writer 39: people, not systems: hiring managers on phones, agency recruiters, start-ups, family firms."""
from __future__ import annotations

import _w39_compose as C
import _w39_kit as K
from _w39_kit import pick, maybe, fill, weighted

FAMILY_PREFIX = "w39ppl"

MOBILE = {"it": ["Inviato da iPhone", "Inviato dal mio smartphone Samsung"], "pt": ["Enviado do meu iPhone"],
          "br": ["Enviado do meu iPhone", "Enviado do meu celular"], "nl": ["Verzonden vanaf mijn iPhone"],
          "vl": ["Verzonden vanaf mijn iPhone", "Verstuurd vanaf mijn gsm"], "pl": ["Wysłane z iPhone'a", "Wysłane z mojego telefonu"],
          "sv": ["Skickat från min iPhone"], "da": ["Sendt fra min iPhone"], "no": ["Sendt fra min iPhone"],
          "en": ["Sent from my iPhone", "Sent from Outlook for Android"]}
AGENCY = {  # agency intros: (client named, client unnamed)
    "it": ("ho appena sentito {co}.", "ho appena sentito il cliente per cui ti avevo proposto."),
    "pt": ("acabei de falar com a {co}.", "acabei de falar com o cliente a quem apresentei o teu CV."),
    "br": ("acabei de falar com o pessoal da {co}.", "acabei de ter retorno do cliente."),
    "nl": ("ik heb net {co} gesproken.", "ik heb net terugkoppeling gekregen van de klant."),
    "vl": ("ik had daarnet {co} aan de lijn.", "ik had daarnet de klant aan de lijn."),
    "pl": ("właśnie rozmawiałem z {co}.", "właśnie dostałem odpowiedź od klienta."),
    "sv": ("jag har precis pratat med {co}.", "jag har precis fått besked från kunden."),
    "da": ("jeg har lige talt med {co}.", "jeg har lige fået svar fra kunden."),
    "no": ("jeg har akkurat snakket med {co}.", "jeg har akkurat fått svar fra kunden."),
    "en": ("I've just spoken to {co}.", "I've just heard back from the client."),
}
AGENCIES = ["Brug Recruitment", "Nordvik Staffing", "TalentoSul", "Werving & Co", "Kadra Partners", "Fyrtårn Rekrytering",
            "Ponte Risorse", "Scout Bemanning"]
CLIENT_WORD = {"it": "il cliente", "pt": "o cliente", "br": "o cliente", "nl": "de klant", "vl": "de klant",
               "pl": "klient", "sv": "kunden", "da": "kunden", "no": "kunden", "en": "the client"}
STYLES = {
    "phone": [("rej", 20), ("rej_fb", 11), ("inv", 18), ("offer", 9), ("rej_inv", 4), ("inv_fb", 3), ("panel", 10),
              ("reminder", 6), ("status", 8), ("thanks", 8)],
    "agency": [("rej", 18), ("rej_fb", 13), ("inv", 20), ("offer", 8), ("offer_fb", 2), ("rej_inv", 4),
               ("closed", 16), ("status", 12), ("reminder", 6)],
    "startup": [("rej", 18), ("rej_fb", 10), ("inv", 19), ("offer", 9), ("rej_inv", 5), ("inv_fb", 5),
                ("status", 12), ("thanks", 10), ("reminder", 8), ("profile", 2)],
    "family": [("rej", 20), ("rej_fb", 9), ("rej_inv", 3), ("inv", 18), ("offer", 11), ("ack", 8), ("offer_fb", 2), ("status", 16),
               ("thanks", 10), ("reminder", 6)],
}
THANKS_ONLY = {  # "thanks for your time today" and nothing decided
    "it": ["Grazie per la chiacchierata di oggi! Ne parlo con i soci e ti faccio sapere entro la settimana prossima.",
           "Ti ringrazio per il colloquio di stamattina. Stiamo ancora incontrando altri candidati, ci risentiamo presto."],
    "pt": ["Obrigado pela conversa de hoje! Vou falar com a equipa e dou-lhe notícias na próxima semana."],
    "br": ["Valeu pela conversa hoje! Vou alinhar com o time e te dou um retorno até sexta."],
    "nl": ["Bedankt voor het gesprek van vandaag! We spreken nog twee kandidaten en laten je volgende week iets weten."],
    "vl": ["Merci voor het gesprek vandaag. We bekijken alles nog intern en laten snel iets weten."],
    "pl": ["Dzięki za dzisiejszą rozmowę! Omówię wszystko z zespołem i odezwę się w przyszłym tygodniu."],
    "sv": ["Tack för idag! Vi träffar några fler kandidater och återkommer nästa vecka."],
    "da": ["Tak for i dag! Vi har et par samtaler mere og vender tilbage i næste uge."],
    "no": ["Takk for praten i dag! Vi har noen intervjuer til og gir deg beskjed neste uke."],
    "en": ["Thanks for your time today! We're seeing a couple more people and will come back to you next week.",
           "Great to chat earlier. I'll sync with the team and get back to you by Friday."],
}


def generate(rng):
    cnt = K.Counter(FAMILY_PREFIX)
    for style, kinds in STYLES.items():
        for _ in range(rng.randint(52, 58)):
            lang = C.choose_lang(rng)
            b, var = C.bank(rng, lang)
            co = C.company(rng, lang, var)
            company = co
            agency = None
            if style == "agency":
                agency = pick(rng, AGENCIES)
                if rng.random() < 0.4:
                    company = None
            sl = C.slots(rng, lang, var, b, co if company else CLIENT_WORD[var])
            kind = weighted(rng, kinds)
            if kind == "thanks":
                paras, labels, topics, oc = [pick(rng, THANKS_ONLY[var])], [], [], []
            else:
                paras, labels, topics, oc = C.core(rng, b, sl, kind)
            if kind == "panel":
                # the user's own employer asks them to interview others: company is their employer, not a lead
                company = None
            casual = style in ("phone", "startup") or (style == "agency" and rng.random() < 0.6)
            hi = C.S(rng, b, "hi_c" if casual else "hi_f", sl)
            bye = C.S(rng, b, "bye_c" if casual else "bye_f", sl)
            opening = C.opening_for(rng, b, sl, kind) if kind not in ("thanks", "panel") else ""
            if style == "agency" and kind not in ("closed",):
                ag = AGENCY[var][0 if company else 1]
                opening = fill(ag, sl)
                if lang != "en" or rng.random() < 0.5:
                    opening = opening[0].upper() + opening[1:]
            body = ([opening] if opening else []) + paras
            if style == "family" and kind.startswith("rej") and rng.random() < 0.5:
                # decision buried after talk about the firm
                body.insert(1 if opening else 0, fill(pick(rng, FAMILY_TALK[var if var in FAMILY_TALK else lang]), sl))
            if style == "phone":
                body = [K.phone_style(rng, p, lang) for p in body]
                if rng.random() < 0.5:  # one block, no paragraphs
                    body = [" ".join(body)]
            sig = C.signature(rng, var, sl, (agency if agency else co), human=True)
            if style == "phone":
                sig = sl["me"] + maybe(rng, 0.8, "\n\n" + pick(rng, MOBILE[var]))
            elif agency:
                sig = f"{sl['me']} {sl['meL']}\n{pick(rng, ['Senior Consultant', 'Recruitment Consultant', 'Partner'])} | {agency}"
            parts = ([] if kind in ("panel", "closed") else [hi]) + body + [bye + "\n" + sig]
            text = K.join(parts)
            subj = C.subject_for(rng, b, sl, kind, var)
            if kind == "thanks":
                subj = pick(rng, [fill(pick(rng, b["subj"]["inv"]), sl), "Re: " + fill(pick(rng, b["subj"]["inv"]), sl), sl["role"]])
            if style == "agency" and rng.random() < 0.5:
                subj = f"{sl['role']}" + maybe(rng, 0.5, f" @ {co}" if company else "")
            if agency:
                from_addr = f"{K.slug(sl['me'])}@{K.slug(agency)[:12]}.{K.DOMAIN_TLD[lang]}"
            elif style == "startup":
                from_addr = f"{K.slug(sl['me'])}@{K.slug(co)[:12]}.{pick(rng, ['io', 'co', 'app', K.DOMAIN_TLD[lang]])}"
            else:
                from_addr = f"{K.slug(sl['me'])}.{K.slug(sl['meL'])}@{K.co_domain(co, lang)}"
            if kind == "panel":
                from_addr = f"{K.slug(sl['me'])}@{K.slug(co)[:12]}-intern.{K.DOMAIN_TLD[lang]}"
            # reply over the candidate's earlier message
            if rng.random() < 0.4 and kind not in ("panel", "profile", "closed"):
                qkey = "s_fbreq" if kind == "rej_fb" and rng.random() < 0.6 else pick(rng, ["s_follow", "s_thanks", "s_sched"])
                qtxt = K.join([fill(pick(rng, C.HI_TO[var]), dict(sl, n=sl["me"])), C.S(rng, b, qkey, sl), C.S(rng, b, "bye_f", sl) + "\n" + K.ME[lang][0]])
                text += K.quote(rng, lang, " ".join(K.ME[lang]), K.ME_ADDR[lang], subj, qtxt, to=from_addr)
                subj = "Re: " + subj if not subj.startswith("Re:") else subj
            html = None
            if style in ("startup", "agency") and rng.random() < 0.2:
                html = K.simple_html(text.split("\n\n"))
            yield cnt.rec(style, lang=lang, from_name=f"{sl['me']} {sl['meL']}", from_addr=from_addr,
                          to_addr=K.ME_ADDR[lang], subject=subj, text=text, html=html, labels=labels,
                          company=company, topics=topics, oc=oc)


FAMILY_TALK = {
    "it": ["Come sa, siamo un'azienda di famiglia da tre generazioni e ogni inserimento per noi è una scelta importante, ci abbiamo pensato a lungo.",
           "Mio padre ed io abbiamo riletto tutti i curriculum insieme, e abbiamo incontrato persone davvero valide."],
    "pt": ["Como sabe, somos uma empresa familiar e cada contratação é pensada com muito cuidado."],
    "br": ["Como você sabe, somos uma empresa familiar e cada contratação aqui é decidida com calma."],
    "nl": ["Zoals je weet zijn we een familiebedrijf en nemen we elke aanstelling heel serieus; we hebben er lang over gepraat."],
    "vl": ["Als familiebedrijf nemen we zo'n beslissing nooit licht, mijn broer en ik hebben alles goed overlopen."],
    "pl": ["Jak Pani wie, jesteśmy firmą rodzinną i każda decyzja o zatrudnieniu jest dla nas bardzo ważna."],
    "sv": ["Som du vet är vi ett familjeföretag och varje anställning är ett stort beslut för oss."],
    "da": ["Som du ved, er vi en familievirksomhed, og hver ansættelse er en stor beslutning for os."],
    "no": ["Som du vet er vi et familieeid selskap, og hver ansettelse er en stor avgjørelse for oss."],
    "en": ["As you know we're a family business, and every hire is a big decision for us - we talked about it at length."],
}
