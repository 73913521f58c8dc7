"""Writer 39: municipalities, hospitals, schools and other public bodies: formal letters, the decision buried."""
from __future__ import annotations

import _w39_compose as C
import _w39_kit as K
from _w39_kit import pick, maybe, fill, weighted

FAMILY_PREFIX = "w39pub"

PROC = {  # procedural paragraphs that decide nothing
    "it": ["Con riferimento all'avviso pubblico di selezione per titoli e colloquio, prot. n. {p}, si comunica quanto segue.",
           "La Commissione esaminatrice, nominata con determinazione dirigenziale n. {p}, si è riunita nelle date previste dal bando.",
           "Si ricorda che tutti gli atti della procedura sono consultabili all'Albo Pretorio online dell'Ente."],
    "pt": ["No âmbito do procedimento concursal comum publicado em Diário da República (aviso n.º {p}), informa-se o seguinte.",
           "O júri do procedimento reuniu nos dias previstos e procedeu à avaliação curricular dos candidatos admitidos.",
           "A lista unitária de ordenação final será publicitada na página eletrónica da entidade."],
    "nl": ["Naar aanleiding van uw sollicitatie op vacature {p} informeren wij u als volgt.",
           "De selectiecommissie heeft alle brieven beoordeeld aan de hand van de eisen uit het functieprofiel.",
           "Heeft u vragen over de procedure, dan kunt u contact opnemen met de afdeling P&O."],
    "pl": ["W nawiązaniu do ogłoszenia o naborze na wolne stanowisko urzędnicze (nr ref. {p}) uprzejmie informujemy.",
           "Komisja rekrutacyjna dokonała analizy dokumentów pod kątem spełnienia wymagań formalnych.",
           "Informacja o wyniku naboru zostanie opublikowana w Biuletynie Informacji Publicznej."],
    "sv": ["Vi har nu gått igenom samtliga ansökningar till annons {p}.",
           "Urvalet har gjorts utifrån de kvalifikationer som angavs i annonsen.",
           "Handlingarna i ärendet är allmänna och kan begäras ut enligt offentlighetsprincipen."],
    "da": ["Vi har nu behandlet ansøgningerne til stilling nr. {p}.",
           "Ansættelsesudvalget har vurderet alle ansøgninger ud fra kravene i stillingsopslaget.",
           "Du er velkommen til at kontakte HR, hvis du har spørgsmål til forløbet."],
    "no": ["Vi har nå behandlet søknadene til stilling {p}.",
           "Innstillingsrådet har vurdert alle søkere opp mot kvalifikasjonskravene i utlysningen.",
           "Merk at søkerlisten er offentlig etter offentleglova."],
    "en": ["With reference to vacancy {p}, we write to update you on the recruitment campaign.",
           "The shortlisting panel assessed all applications against the essential criteria in the person specification.",
           "The outcome of this campaign will be recorded in line with our public appointments policy."],
}
GREET = {"it": "Alla cortese attenzione di {n} {N}", "pt": "Exma. Senhora {n} {N}", "br": "Prezada Sra. {n} {N}",
         "nl": "Geachte mevrouw/heer {N},", "vl": "Geachte heer/mevrouw {N},", "pl": "Szanowna Pani {nv},",
         "sv": "Hej {n} {N},", "da": "Kære {n} {N}", "no": "Hei {n},", "en": "Dear {n} {N},"}
KINDS = [("rej", 30), ("rej_fb", 5), ("inv", 18), ("ack", 14), ("offer", 5), ("status", 13), ("reminder", 9),
         ("housing", 3), ("uni", 3)]


def generate(rng):
    cnt = K.Counter(FAMILY_PREFIX)
    for _ in range(92):
        lang = C.choose_lang(rng)
        b, var = C.bank(rng, lang)
        body_name = pick(rng, K.PUBLIC[lang])
        if var == "br":
            body_name = pick(rng, ["Prefeitura de Campo Alegre do Sul", "Hospital Municipal de Santa Luzia"])
        sl = C.slots(rng, lang, var, b, body_name)
        kind = weighted(rng, KINDS)
        paras, labels, topics, oc = C.core(rng, b, sl, kind)
        company = body_name if kind not in ("housing", "uni") else None
        proc = [fill(x, dict(sl, p=f"{rng.randint(10, 999)}/{rng.choice([2025, 2026])}")) for x in PROC[lang]]
        rest = proc[1:]
        rng.shuffle(rest)
        proc = proc[:1] + rest
        # decision in the 3rd paragraph (after two procedural ones), the rest after it
        body = [fill(GREET[var], sl)] + proc[:2] + paras + proc[2:] + [C.S(rng, b, "bye_f", sl)]
        if kind == "ack":
            body = [fill(GREET[var], sl), proc[0]] + paras + [C.S(rng, b, "bye_f", sl)]
        if kind in ("housing", "uni"):
            body = [fill(GREET[var], sl)] + paras + [C.S(rng, b, "bye_f", sl)]
        if kind.startswith("rej") and rng.random() < 0.6:
            body.insert(-1, C.S(rng, b, "keep", sl))
        team = f"{sl['me']} {sl['meL']}\n{pick(rng, C.TITLE[var])}\n{body_name}"
        text = K.join(body + [team])
        subj = C.subject_for(rng, b, sl, kind) if kind not in ("housing", "uni") else pick(rng, [
            f"{body_name}: esito domanda" if lang == "it" else f"{body_name} - {sl['q']}", "Besluit / decision", f"Ref. {rng.randint(1000, 9999)}"])
        if rng.random() < 0.4:
            subj = f"{subj} (prot. {rng.randint(1000, 99999)})" if lang == "it" else f"{subj} - ref. {rng.randint(1000, 99999)}"
        html = None
        if rng.random() < 0.2:
            html = K.to_html(rng, [p for p in body], body_name, "#3d5a80", None, [C.PRIVACY[var].replace("{co}", body_name)])
            if rng.random() < 0.4:
                text = ""
        dom = K.co_domain(body_name, lang)
        yield cnt.rec("letters", lang=lang, from_name=pick(rng, [body_name, f"{sl['me']} {sl['meL']}", f"HR {body_name}"]),
                      from_addr=pick(rng, [f"personale@{dom}", f"rekrytering@{dom}", f"{K.slug(sl['me'])}@{dom}", f"hr@{dom}"]),
                      to_addr=K.ME_ADDR[lang], subject=subj, text=text, html=html, labels=labels, company=company,
                      topics=topics, oc=oc)
