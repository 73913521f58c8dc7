"""Writer 39: assembling messages from the language banks."""
from __future__ import annotations

import _w39_en
import _w39_it
import _w39_nl
import _w39_nord
import _w39_pl
import _w39_pt
import _w39_kit as K
import _w39_more as M
from _w39_kit import pick, maybe, fill

M.merge([("it", _w39_it.B, []), ("pt", _w39_pt.B, [_w39_pt.BR]), ("nl", _w39_nl.B, [_w39_nl.VL]),
         ("pl", _w39_pl.B, []), ("sv", _w39_nord.SV, []), ("da", _w39_nord.DA, []), ("no", _w39_nord.NO, []),
         ("en", _w39_en.B, [])])
M.merge_fb([("it", [_w39_it.B]), ("pt", [_w39_pt.B, _w39_pt.BR]), ("nl", [_w39_nl.B, _w39_nl.VL]), ("pl", [_w39_pl.B]),
            ("sv", [_w39_nord.SV]), ("da", [_w39_nord.DA]), ("no", [_w39_nord.NO]), ("en", [_w39_en.B])])

LANG_W = [("en", 20), ("it", 11), ("pt", 11), ("nl", 11), ("pl", 11), ("sv", 11), ("da", 10), ("no", 11)]


def choose_lang(rng, allowed=None):
    pool = [(l, w) for l, w in LANG_W if allowed is None or l in allowed]
    tot = sum(w for _, w in pool)
    x = rng.uniform(0, tot)
    for l, w in pool:
        x -= w
        if x <= 0:
            return l
    return pool[-1][0]


def bank(rng, lang):
    """Returns (bank, variant) where variant distinguishes pt-PT/pt-BR and nl-NL/nl-BE."""
    if lang == "it":
        return _w39_it.B, "it"
    if lang == "pt":
        return (_w39_pt.BR, "br") if rng.random() < 0.45 else (_w39_pt.B, "pt")
    if lang == "nl":
        return (_w39_nl.VL, "vl") if rng.random() < 0.4 else (_w39_nl.B, "nl")
    if lang == "pl":
        return _w39_pl.B, "pl"
    if lang == "sv":
        return _w39_nord.SV, "sv"
    if lang == "da":
        return _w39_nord.DA, "da"
    if lang == "no":
        return _w39_nord.NO, "no"
    return _w39_en.B, "en"


PLACES = {
    "it": ["via Emilia Est 214, Modena", "Corso Vercelli 41, Milano", "via dei Mille 8, Bari", "Viale Europa 12, Padova"],
    "pt": ["Rua do Bonjardim 512, Porto", "Av. da Liberdade 190, Lisboa", "Av. Paulista 1100, São Paulo", "Rua da Sofia 33, Coimbra"],
    "nl": ["Keizersgracht 220, Amsterdam", "Stationsplein 4, Zwolle", "Kortrijksesteenweg 88, Gent", "Meir 10, Antwerpen"],
    "pl": ["ul. Piotrkowska 120, Łódź", "ul. Grunwaldzka 42, Gdańsk", "al. Jerozolimskie 65, Warszawa", "ul. Legnicka 17, Wrocław"],
    "sv": ["Kungsgatan 33, Göteborg", "Drottninggatan 7, Uppsala", "Stortorget 2, Malmö"],
    "da": ["Vestergade 18, Aarhus", "Nørrebrogade 45, København", "Algade 9, Aalborg"],
    "no": ["Bryggen 14, Bergen", "Storgata 51, Tromsø", "Kongens gate 3, Trondheim"],
    "en": ["Herengracht 400, Amsterdam", "Rua Augusta 27, Lisbon", "Sveavägen 12, Stockholm", "ul. Prosta 20, Warsaw"],
}
STREETS = {"it": ["Garibaldi 9", "Saragozza 120", "della Spiga 33"], "pt": ["das Flores 14", "de Cedofeita 201", "Augusta 88"],
           "nl": ["Lange Nieuwstraat 3", "Tuinstraat 55", "Oudegracht 140"], "pl": ["Ogrodowej 6", "Kościuszki 31", "Długiej 12"],
           "sv": ["Södra vägen 21", "Linnégatan 8"], "da": ["Jægergårdsgade 40", "Møllevej 3"], "no": ["Thereses gate 7", "Møhlenpris 12"],
           "en": ["Rua do Norte 12", "Vesterbrogade 101", "Sveavägen 44"]}
SAL = {"it": ["31.000", "34.500", "28.000", "42.000"], "pt": ["1.450", "1.800", "2.300", "1.250"],
       "br": ["4.800", "6.200", "3.900", "8.500"], "nl": ["3.350", "3.900", "4.250", "2.950"],
       "vl": ["3.350", "3.900", "4.250", "2.950"], "pl": ["7 800", "9 500", "12 000", "6 400"],
       "sv": ["34 000", "38 500", "42 000", "29 500"], "da": ["36.000", "41.500", "46.000"],
       "no": ["560 000", "625 000", "690 000"], "en": ["EUR 52,000", "EUR 61,000", "SEK 540,000", "DKK 560,000"]}
QUERIES = {"it": ["contabile Bologna", "sviluppatore remoto"], "pt": ["enfermeira Porto", "analista de dados"],
           "nl": ["klantenservice Utrecht", "developer Gent"], "pl": ["księgowa Kraków", "programista zdalnie"],
           "sv": ["lager Göteborg", "utvecklare"], "da": ["bogholder Odense", "udvikler"],
           "no": ["sykepleier Bergen", "utvikler Oslo"], "en": ["product analyst", "backend remote EU"]}
TITLE = {
    "it": ["Responsabile Risorse Umane", "HR Specialist", "Ufficio Personale", "Talent Acquisition"],
    "pt": ["Técnica de Recursos Humanos", "Recrutamento e Seleção", "Diretora de Pessoas"],
    "br": ["Analista de R&S", "Business Partner de RH", "Tech Recruiter"],
    "nl": ["Recruiter", "HR-adviseur", "Teamleider"], "vl": ["HR Business Partner", "Talent Acquisition", "Zaakvoerder"],
    "pl": ["Specjalistka ds. rekrutacji", "HR Business Partner", "Kierownik działu"],
    "sv": ["Rekryterare", "HR-partner", "Enhetschef"], "da": ["HR-konsulent", "Teamleder", "Rekrutteringspartner"],
    "no": ["HR-rådgiver", "Avdelingsleder", "Rekrutterer"], "en": ["Talent Partner", "People Lead", "Hiring Manager"],
}
NOREPLY = {
    "it": "Questa è un'email automatica, si prega di non rispondere.",
    "pt": "Esta mensagem foi gerada automaticamente. Por favor não responda.",
    "br": "Este é um e-mail automático, não é necessário responder.",
    "nl": "Dit is een automatisch gegenereerd bericht; je kunt hier niet op reageren.",
    "vl": "Dit is een automatisch bericht, gelieve hier niet op te antwoorden.",
    "pl": "Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
    "sv": "Detta mejl går inte att svara på.", "da": "Denne mail kan ikke besvares.",
    "no": "Denne e-posten kan ikke besvares.", "en": "This is an automated message, please do not reply.",
}
PRIVACY = {
    "it": "I Suoi dati personali sono trattati ai sensi del Regolamento UE 2016/679 (GDPR).",
    "pt": "Os seus dados pessoais são tratados nos termos do RGPD.",
    "br": "Seus dados são tratados conforme a LGPD (Lei 13.709/2018).",
    "nl": "Wij verwerken je gegevens volgens de AVG. Lees onze privacyverklaring op de website.",
    "vl": "Uw gegevens worden verwerkt conform de GDPR. Meer info in onze privacyverklaring.",
    "pl": "Administratorem Pani danych osobowych jest {co}. Szczegóły w klauzuli informacyjnej RODO.",
    "sv": "Vi behandlar dina personuppgifter enligt GDPR.",
    "da": "Vi behandler dine personoplysninger i overensstemmelse med GDPR.",
    "no": "Vi behandler personopplysningene dine i tråd med personvernregelverket.",
    "en": "We process your personal data in line with the GDPR.",
}
BUTTON = {
    "it": ("Vai alla tua candidatura", "Prenota il colloquio"), "pt": ("Ver candidatura", "Agendar entrevista"),
    "br": ("Acompanhar candidatura", "Escolher horário"), "nl": ("Bekijk je sollicitatie", "Plan je gesprek"),
    "vl": ("Bekijk je kandidatuur", "Kies een moment"), "pl": ("Zobacz aplikację", "Wybierz termin"),
    "sv": ("Till Mina sidor", "Boka tid"), "da": ("Gå til ansøgning", "Book tid"),
    "no": ("Gå til søknaden", "Book tid"), "en": ("View application", "Book a slot"),
}


HI_TO = {  # the candidate writing to a recruiter (gender-neutral)
    "it": ["Gentile {n},", "Buongiorno {n},", "Ciao {n},", "Salve,"], "pt": ["Olá {n},", "Bom dia {n},", "Boa tarde,"],
    "br": ["Olá {n}, tudo bem?", "Oi {n},", "Bom dia!"], "nl": ["Beste {n},", "Hoi {n},", "Goedemiddag {n},"],
    "vl": ["Dag {n},", "Beste {n},"], "pl": ["Dzień dobry,", "Dzień dobry Państwu,", "Cześć {n},"],
    "sv": ["Hej {n},", "Hej!", "Hej igen {n},"], "da": ["Hej {n},", "Kære {n},", "Hej igen,"],
    "no": ["Hei {n},", "Hei!", "Hei igjen {n},"], "en": ["Hi {n},", "Dear {n},", "Hello {n},"],
}
PROFILE_SUBJ = {
    "it": ["Completa il tuo profilo", "Manca poco: aggiorna il profilo"], "pt": ["Complete o seu perfil", "Falta pouco para completar o perfil"],
    "br": ["Complete seu perfil!"], "nl": ["Maak je profiel compleet", "Je profiel mist nog iets"], "vl": ["Vervolledig je profiel"],
    "pl": ["Uzupełnij swój profil", "Twój profil czeka"], "sv": ["Komplettera din profil"], "da": ["Gør din profil færdig"],
    "no": ["Fullfør profilen din"], "en": ["Complete your profile", "Your profile is almost there"],
}
COMP_BR = ["Construtora Itapoã", "Café Serra Azul", "Mandacaru Tecnologia", "Rede Drogaria Ipê", "Transportadora Carioca",
           "Hospital Santa Clara do Sul", "Editora Jabuticaba"]


def company(rng, lang, var):
    if var == "br":
        return pick(rng, COMP_BR)
    return pick(rng, K.COMPANIES[lang])[0]


def sector_role(rng, b):
    return pick(rng, b["roles"])


def slots(rng, lang, var, b, co, role=None):
    me_f, me_l = K.person(rng, lang if lang in K.FIRST else "en")
    cand_f, cand_l = K.ME[lang]
    role = role or pick(rng, b["roles"])
    role2 = pick(rng, [r for r in b["roles"] if r != role])
    o_f, o_l = K.person(rng, lang)
    return {
        "n": cand_f, "N": cand_l, "me": me_f, "meL": me_l, "co": co or "", "role": role, "role2": role2,
        "date": K.day_date(rng, lang), "time": K.clock(rng), "place": pick(rng, PLACES[lang]),
        "link": f"https://{pick(rng, ['cal', 'book', 'meet', 'planner'])}.{pick(rng, ['zenplan', 'slotio', 'kalendo', 'tidsbok'])}.{pick(rng, ['io', 'eu', 'app'])}/{K.slug(me_f)}-{rng.randint(100, 999)}",
        "sal": pick(rng, SAL[var]), "start": K.num_date(rng), "dl": K.num_date(rng),
        "me2": f"{o_f} {o_l}", "street": pick(rng, STREETS[lang]), "nv": (cand_f[:-1] + "o") if lang == "pl" and cand_f.endswith("a") else cand_f, "q": pick(rng, QUERIES[lang]),
        "k": str(rng.randint(3, 27)), "num": str(rng.randint(10000, 99999)),
    }


def S(rng, b, key, sl):
    return fill(pick(rng, b[key]), sl)


def reasons_text(rng, b, sl, oc):
    return " ".join(fill(pick(rng, b["rsn"][r]), sl) for r in oc)


def pick_topics(rng, k=None):
    allt = ["coding", "system_design", "technical_depth", "communication", "experience_level", "behavioural",
            "composure", "questions_to_ask", "cv_positioning", "collaboration"]
    k = k or rng.choice([1, 1, 2, 2, 3])
    return rng.sample(allt, k)


def fb_block(rng, b, sl, topics, bullets=False):
    items = [fill(pick(rng, b["fb"][t]), sl) for t in topics]
    if rng.random() < 0.4:
        items.insert(rng.randrange(len(items) + 1), fill(pick(rng, b["praise"]), sl))
    intro = S(rng, b, "fb_intro", sl)
    if bullets or rng.random() < 0.4:
        return intro + "\n" + "\n".join(f"{pick(rng, ['-', '*', '•'])} {x}" for x in items)
    return intro + " " + " ".join(items)


def core(rng, b, sl, kind, inv_kind=None):
    """The deciding sentences of a message of `kind` -> (paragraphs, labels, topics, oc)."""
    labels, topics, oc = [], [], []
    paras = []
    if kind in ("ack", "ack_inv"):
        paras.append(S(rng, b, "ack", sl) + maybe(rng, 0.7, " " + S(rng, b, "ack_next", sl)))
        labels.append("application_ack")
        if kind == "ack_inv":
            paras[-1] = S(rng, b, "ack", sl)
            paras.append(fill(pick(rng, b["inv"]["assess"]), sl) + " " + S(rng, b, "inv_sched", sl))
            labels.append("interview_invite")
    elif kind.startswith("rej"):
        labels.append("rejection")
        style = rng.random()
        dec = S(rng, b, "rej_soft" if style < 0.3 else ("rej_line" if style < 0.42 else "rej"), sl)
        if rng.random() < 0.45:
            oc = rng.sample(["role_filled", "budget_freeze", "closer_fit", "level_mismatch", "role_cancelled"],
                            rng.choice([1, 1, 1, 2]))
            if "role_filled" in oc and "role_cancelled" in oc:
                oc.remove("role_cancelled")
            rt = reasons_text(rng, b, sl, oc)
            paras.append(dec + " " + rt if rng.random() < 0.6 else rt + " " + dec)
        else:
            paras.append(dec)
        if kind == "rej" and rng.random() < 0.3:
            paras.append(S(rng, b, "nofb", sl))
        if kind == "rej_fb":
            topics = pick_topics(rng)
            paras.append(fb_block(rng, b, sl, topics))
            labels.append("feedback")
        if kind == "rej_inv":
            paras.append(S(rng, b, "other_role", sl))
            labels.append("interview_invite")
    elif kind in ("inv", "inv_fb"):
        ik = inv_kind or rng.choice(["phone", "tech", "assess", "onsite", "final", "chat"])
        p = fill(pick(rng, b["inv"][ik]), sl)
        if ik == "phone":
            p += " " + fill(b["inv_log"][0], sl)
        elif rng.random() < 0.3:
            p += " " + S(rng, b, "inv_sched", sl)
        else:
            p += " " + S(rng, b, "inv_log", sl)
        paras.append(p)
        if kind == "inv_fb":
            topics = pick_topics(rng, 1)
            paras.insert(0, fb_block(rng, b, sl, topics))
            labels.append("feedback")
        paras.append(S(rng, b, "inv_ask", sl))
        labels.append("interview_invite")
    elif kind in ("offer", "offer_fb"):
        paras.append(S(rng, b, "offer", sl))
        paras.append(S(rng, b, "offer_det", sl) + maybe(rng, 0.6, " " + S(rng, b, "offer_dl", sl)))
        labels.append("offer")
        if kind == "offer_fb":
            topics = pick_topics(rng, 1)
            paras.append(fb_block(rng, b, sl, topics))
            labels.append("feedback")
    else:  # a look-alike key straight from the bank
        paras.append(S(rng, b, kind, sl))
    return paras, labels, topics, oc


def opening_for(rng, b, sl, kind):
    if kind in ("ack", "ack_inv", "profile"):
        return ""
    if kind in ("rej_fb", "offer", "offer_fb", "inv_fb") or (kind.startswith("rej") and rng.random() < 0.4):
        return S(rng, b, "thanks_int", sl)
    if kind in ("reminder", "panel", "closed", "status"):
        return ""
    return maybe(rng, 0.7, S(rng, b, "thanks_app", sl))


def subject_for(rng, b, sl, kind, var=None):
    if kind == "profile" and var:
        return pick(rng, PROFILE_SUBJ[var])
    key = {"ack": "ack", "ack_inv": "ack", "rej": "rej", "rej_fb": "rej", "rej_inv": "rej", "inv": "inv",
           "inv_fb": "inv", "offer": "offer", "offer_fb": "offer"}.get(kind)
    if key is None:  # look-alikes reuse hiring-sounding subjects: rej/inv/ack
        key = {"status": "rej", "reminder": "inv", "profile": "ack", "panel": "inv", "closed": "rej"}.get(kind, "rej")
    return fill(pick(rng, b["subj"][key]), sl)


def signature(rng, var, sl, co, human=True):
    title = pick(rng, TITLE[var])
    if not human:
        return f"{title} | {co}" if co else title
    tel = f"+{pick(rng, ['39', '351', '31', '32', '48', '46', '45', '47'])} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    shape = rng.random()
    if shape < 0.4:
        return f"{sl['me']} {sl['meL']}\n{title}\n{co}\n{tel}"
    if shape < 0.7:
        return f"{sl['me']} {sl['meL']} | {title} | {co}"
    return f"{sl['me']}"


# footer variants: each vendor keeps one wording per language (index by vendor number)
PRIVACY_V = {
    "it": [PRIVACY["it"], "Informativa privacy: i dati forniti saranno utilizzati esclusivamente per finalità di selezione del personale.",
           "Per esercitare i diritti di cui agli artt. 15-22 GDPR scrivere a privacy@{dom}."],
    "pt": [PRIVACY["pt"], "Os dados recolhidos destinam-se exclusivamente ao processo de recrutamento e serão conservados durante 12 meses.",
           "Para exercer os seus direitos de acesso e retificação contacte dpo@{dom}."],
    "br": [PRIVACY["br"], "Tratamos seus dados apenas para fins de recrutamento. Dúvidas: privacidade@{dom}.",
           "Você pode pedir a exclusão dos seus dados a qualquer momento no portal."],
    "nl": [PRIVACY["nl"], "Je gegevens worden na afloop van de procedure vier weken bewaard en daarna verwijderd.",
           "Vragen over privacy? Mail naar privacy@{dom}."],
    "vl": [PRIVACY["vl"], "Je gegevens worden enkel gebruikt in het kader van deze selectieprocedure.",
           "Voor vragen over gegevensbescherming: dpo@{dom}."],
    "pl": [PRIVACY["pl"], "Dane przetwarzamy wyłącznie na potrzeby bieżącej rekrutacji, przez okres jej trwania.",
           "W sprawach ochrony danych prosimy o kontakt: iod@{dom}."],
    "sv": [PRIVACY["sv"], "Dina uppgifter sparas under rekryteringen och raderas sex månader efter avslut.",
           "Frågor om dataskydd besvaras av dataskydd@{dom}."],
    "da": [PRIVACY["da"], "Dine oplysninger slettes seks måneder efter, at stillingen er besat.",
           "Spørgsmål om databeskyttelse: dpo@{dom}."],
    "no": [PRIVACY["no"], "Opplysningene dine slettes seks måneder etter at stillingen er besatt.",
           "Spørsmål om personvern kan sendes til personvern@{dom}."],
    "en": [PRIVACY["en"], "Your data is kept for 6 months after the process ends and then deleted.",
           "Questions about your data? Contact privacy@{dom}."],
}
NOREPLY_V = {
    "it": [NOREPLY["it"], "Messaggio generato automaticamente: le risposte a questo indirizzo non vengono lette.", "Non rispondere a questa email."],
    "pt": [NOREPLY["pt"], "Este endereço não recebe respostas.", "Mensagem automática, não responda."],
    "br": [NOREPLY["br"], "Não responda este e-mail, ele é enviado automaticamente.", "E-mail automático."],
    "nl": [NOREPLY["nl"], "Antwoorden op deze e-mail worden niet gelezen.", "Niet beantwoorden a.u.b."],
    "vl": [NOREPLY["vl"], "Antwoorden op dit adres worden niet behandeld.", "Automatisch bericht."],
    "pl": [NOREPLY["pl"], "Odpowiedzi na ten adres nie są czytane.", "To jest wiadomość automatyczna."],
    "sv": [NOREPLY["sv"], "Svar till den här adressen läses inte.", "Automatiskt utskick."],
    "da": [NOREPLY["da"], "Svar til denne adresse bliver ikke læst.", "Automatisk udsendelse."],
    "no": [NOREPLY["no"], "Svar til denne adressen blir ikke lest.", "Automatisk utsendelse."],
    "en": [NOREPLY["en"], "Replies to this address are not monitored.", "Automated email - no reply needed."],
}
