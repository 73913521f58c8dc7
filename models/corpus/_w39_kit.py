"""Writer 39: shared helpers (names, employers, dates, quoting, HTML, typing noise, record builder)."""

from __future__ import annotations

import html as _html
import re
import unicodedata

LANGS = ["it", "pt", "nl", "pl", "sv", "da", "no"]


def lines(block: str) -> list[str]:
    """One fragment per non-empty line; '/' at line start is kept literally."""
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip()]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def maybe(rng, p, text, alt=""):
    return text if rng.random() < p else alt


class Fill(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(text: str, slots: dict) -> str:
    out = text
    for _ in range(3):  # slots may hold slots
        new = out.format_map(Fill(slots))
        if new == out:
            break
        out = new
    return out


# ---------------------------------------------------------------- people
FIRST = {
    "it": lines("""Giulia Marco Chiara Lorenzo Federica Matteo Silvia Davide Elisa Tommaso Ilaria Stefano
        Beatrice Riccardo Valentina Alessio Martina Pietro Serena Nicola""".replace(" ", "\n")),
    "pt": lines("""Inês João Mariana Rui Beatriz Tiago Carolina Duarte Catarina Gonçalo Larissa Thiago
        Camila Rafael Juliana Bruno Fernanda Gustavo Patrícia Vinícius""".replace(" ", "\n")),
    "nl": lines("""Sanne Joris Femke Bram Lotte Wout Eline Thijs Anouk Pieter Lien Jelle Marieke Stijn
        Noor Daan Ilse Koen Fien Ruben""".replace(" ", "\n")),
    "pl": lines("""Agnieszka Tomasz Magdalena Paweł Katarzyna Michał Joanna Krzysztof Aleksandra Łukasz
        Natalia Bartosz Monika Grzegorz Zuzanna Piotr Ewa Marcin Dominika Jakub""".replace(" ", "\n")),
    "sv": lines("""Elin Johan Maja Oskar Sara Erik Linnea Viktor Ebba Anton Klara Henrik Frida Gustav
        Ida Emil Matilda Axel Hanna Olof""".replace(" ", "\n")),
    "da": lines("""Mette Rasmus Camilla Mads Signe Frederik Louise Jonas Ditte Anders Sofie Kasper Line
        Mikkel Trine Søren Astrid Christian Julie Morten""".replace(" ", "\n")),
    "no": lines("""Ingrid Sindre Kari Håkon Marte Eirik Silje Tor Hilde Magnus Ragnhild Øyvind Tuva
        Espen Guro Vegard Solveig Jørgen Line Kristoffer""".replace(" ", "\n")),
}
FIRST["en"] = lines("""Hannah Owen Priya Callum Rosa Daniel Aoife Sam Leah Tom Nadia Ben Claire Ravi
    Megan Luke Yasmin Joe Ella Marcus""".replace(" ", "\n"))
LAST = {
    "it": lines("Ferraro Bianchi Colombo Mancini Galli Rinaldi Moretti Fontana Barbieri Lombardi Caruso Testa Marchetti Sala".replace(" ", "\n")),
    "pt": lines("Ferreira Carvalho Almeida Sousa Ribeiro Pereira Moreira Nogueira Teixeira Barbosa Cardoso Rocha Azevedo Lima".replace(" ", "\n")),
    "nl": lines("Jansen Peeters Bakker Willems Visser Claes Smit Maes Mulder Janssens Vermeulen Dekker Goossens Bosman".replace(" ", "\n")),
    "pl": lines("Nowak Kowalska Wiśniewski Wójcik Kamińska Lewandowski Zielińska Szymański Dąbrowska Kozłowski Mazur Krawczyk Piątek Sikora".replace(" ", "\n")),
    "sv": lines("Lindqvist Berg Holm Sjöberg Nyström Eklund Dahl Lundgren Åberg Forsberg Hedlund Sandberg Wallin Ström".replace(" ", "\n")),
    "da": lines("Nielsen Jensen Kjær Thomsen Mortensen Damgaard Lund Holst Bech Skov Frandsen Winther Dahl Krogh".replace(" ", "\n")),
    "no": lines("Haugen Bakken Solberg Lie Moen Strand Eide Berge Aas Dahl Brekke Hovland Myhre Sæther".replace(" ", "\n")),
    "en": lines("Walsh Patel Hughes Murray Byrne Clarke Shah Doyle Grant Kelly Fraser Hale Osei Lynch".replace(" ", "\n")),
}
ME = {  # the candidate (the mailbox owner) per language
    "it": ("Francesca", "Deledda"), "pt": ("Leonor", "Matos"), "nl": ("Maarten", "Hoekstra"),
    "pl": ("Karolina", "Wrona"), "sv": ("Jonatan", "Ekström"), "da": ("Nikolaj", "Brandt"),
    "no": ("Synnøve", "Rustad"), "en": ("Alex", "Kerrigan"),
}
ME_ADDR = {
    "it": "francesca.deledda@libero.it", "pt": "leonor.matos@sapo.pt", "nl": "m.hoekstra@ziggo.nl",
    "pl": "karolina.wrona@wp.pl", "sv": "jonatan.ekstrom@telia.com", "da": "nikolaj.brandt@mail.dk",
    "no": "synnove.rustad@online.no", "en": "alex.kerrigan@fastmail.com",
}


def person(rng, lang):
    return pick(rng, FIRST[lang]), pick(rng, LAST[lang])


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("å", "a")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(s).lower())


# ---------------------------------------------------------------- employers
# (name, sector) ; sector steers role choice
COMPANIES = {
    "it": [("Officine Bertolazzi", "ind"), ("Lattanzi Logistica", "log"), ("Vetreria Cosmai", "ind"),
           ("Studio Pagnotta Architetti", "off"), ("Nuvolari Software", "tech"), ("Caseificio Valtorta", "food"),
           ("Farmacie Riunite Gallo", "health"), ("Tessitura Ronchetti", "ind"), ("Bitorto Digital", "tech"),
           ("Gruppo Assicurativo Serravalle", "fin"), ("Cantine Morsiani", "food"), ("Ottica Venturelli", "retail")],
    "pt": [("Conservas Ribamar", "food"), ("Tecelagem do Ave", "ind"), ("Quintal Digital", "tech"),
           ("Grupo Mirandela Saúde", "health"), ("Azulejaria Bessa", "ind"), ("Farol Seguros", "fin"),
           ("Cooperativa Vale Verde", "food"), ("Nuvem Parda Tecnologia", "tech"), ("Transportes Serrado", "log"),
           ("Construtora Itapoã", "ind"), ("Padaria Estrela do Norte", "food"), ("Livraria Alfarrábio", "retail")],
    "nl": [("Drukkerij Van Vliet", "ind"), ("Kaasmakerij De Hoeve", "food"), ("Tegelhuys", "retail"),
           ("Brouwerij Scheldezicht", "food"), ("Polderlicht Energie", "ind"), ("Vanderstraeten Transport", "log"),
           ("Kleurrijk Onderwijs", "edu"), ("Dijkstra & Mol Advocaten", "off"), ("Stroomlijn Software", "tech"),
           ("Zorggroep Lindeheuvel", "health"), ("Fietsfabriek Raas", "ind"), ("Boekhandel Het Anker", "retail")],
    "pl": [("Zakłady Mięsne Sobczak", "food"), ("Wisłoka Software", "tech"), ("Meble Jodłowa", "ind"),
           ("Biuro Rachunkowe Pietrzak", "off"), ("Szpitalna Apteka Zdrowie", "health"), ("Trans-Odra", "log"),
           ("Piekarnia Złoty Kłos", "food"), ("Kodowisko", "tech"), ("Drukarnia Kujawska", "ind"),
           ("Ubezpieczenia Bursztyn", "fin"), ("Hurtownia Mazurek", "retail"), ("Browar Czarny Staw", "food")],
    "sv": [("Hälsinge Trä", "ind"), ("Norrsken Analys", "tech"), ("Bagarstugan i Lund", "food"),
           ("Vågbrytaren Logistik", "log"), ("Kvarnby Bygg", "ind"), ("Sjöfolket Försäkring", "fin"),
           ("Lingonrot Spel", "tech"), ("Fyrbåkens Vårdcentral", "health"), ("Ekorrens Förskola", "edu"),
           ("Granlunds Järn", "retail")],
    "da": [("Havtorn Møbler", "ind"), ("Skovsgaard Mejeri", "food"), ("Fjordlys Software", "tech"),
           ("Kobbel Revision", "off"), ("Vesterhavets Fragt", "log"), ("Lynge Tandklinik", "health"),
           ("Rugbrødsfabrikken", "food"), ("Nordtrykk Grafisk", "ind"), ("Mågevej Apps", "tech"),
           ("Bølgen Forsikring", "fin")],
    "no": [("Fjellnær Sagbruk", "ind"), ("Nordlys Data", "tech"), ("Rognan Fisk", "food"),
           ("Kystverft Hardanger", "ind"), ("Tindefjell Regnskap", "off"), ("Sjøsprøyt Reiser", "log"),
           ("Lavvo Helse", "health"), ("Multebær Bakeri", "food"), ("Isbre Systemer", "tech"),
           ("Granheim Eiendom", "fin")],
    "en": [("Larkspur Robotics", "tech"), ("Halberd & Finch", "off"), ("Copperline Freight", "log"),
           ("Saltmarsh Studios", "tech"), ("Bellweather Foods", "food"), ("Kestrel Health", "health"),
           ("Tidewater Analytics", "tech"), ("Oakhurst Engineering", "ind"), ("Marigold Retail", "retail"),
           ("Quillon Insurance", "fin")],
}
# public bodies, hospitals, schools (name, short)
PUBLIC = {
    "it": ["Comune di Castelmarino", "Azienda Ospedaliera San Lupo", "Istituto Comprensivo Rodari di Pieve", "Provincia di Valdosco"],
    "pt": ["Câmara Municipal de Vila Serrana", "Hospital Distrital de Almourol", "Agrupamento de Escolas do Sabugal Novo", "Junta de Freguesia de Alvalade Velha"],
    "nl": ["Gemeente Westerdiep", "Stad Oudenburg-Leie", "Ziekenhuis Rijnoever", "Scholengroep Kempenland"],
    "pl": ["Urząd Miasta Nowa Wierzbica", "Szpital Powiatowy w Lipinach", "Zespół Szkół nr 3 w Borkowie", "Starostwo Powiatowe w Grabinie"],
    "sv": ["Storviks kommun", "Region Västerslätt", "Bäckadals gymnasium", "Sjukhuset i Norrhamn"],
    "da": ["Egeskov Kommune", "Region Vestkyst", "Hvidbjerg Skole", "Fjordby Sygehus"],
    "no": ["Breivik kommune", "Helse Nordvest Sykehus", "Solbakken videregående skole", "Vestfjord fylkeskommune"],
    "en": ["Kildare Valley County Council", "St Brendan's Hospital Group", "Northmoor Academy Trust", "Harbourside Borough Council"],
}
DOMAIN_TLD = {"it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "sv": "se", "da": "dk", "no": "no", "en": "com"}


def co_domain(name: str, lang: str) -> str:
    words = [w for w in re.split(r"\s+", ascii_fold(name).lower()) if w not in ("&", "di", "do", "de", "i", "van", "het", "&")]
    base = "".join(re.sub(r"[^a-z0-9]", "", w) for w in words[:2]) or "firma"
    return f"{base}.{DOMAIN_TLD[lang]}"


# ---------------------------------------------------------------- dates
DAYS = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    "pl": ["poniedziałek", "wtorek", "środę", "czwartek", "piątek"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
}
MONTHS = {
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "novembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "setembro", "outubro", "novembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "september", "oktober", "november"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "września", "października", "listopada"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "september", "oktober", "november"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "september", "oktober", "november"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "september", "oktober", "november"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"],
}


def day_date(rng, lang):
    d, m, wd = rng.randint(2, 28), pick(rng, MONTHS[lang]), pick(rng, DAYS[lang])
    if lang == "en":
        return f"{wd} {d} {m}"
    if lang == "pt":
        return f"{wd}, {d} de {m}"
    if lang in ("sv", "da", "no", "nl", "it", "pl"):
        sep = " den " if lang in ("sv", "da") and rng.random() < 0.5 else " "
        return f"{wd}{sep}{d}{'.' if lang in ('da', 'no') else ''} {m}"
    return f"{wd} {d} {m}"


def clock(rng):
    return f"{rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16])}:{rng.choice(['00', '00', '15', '30', '30', '45'])}"


def num_date(rng):
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.202{rng.choice([5, 6])}"


# ---------------------------------------------------------------- noise
def typo(rng, text: str, rate: float = 0.02) -> str:
    """Hasty typing: swapped letters, a dropped letter, lost capitals."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and rng.random() < rate:
            j = rng.randrange(1, len(w) - 2)
            op = rng.random()
            if op < 0.5:
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif op < 0.8:
                w = w[:j] + w[j + 1:]
            else:
                w = w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


def phone_style(rng, text: str, lang: str) -> str:
    t = typo(rng, text, 0.03)
    if rng.random() < 0.6 and lang != "en":
        t = ascii_fold(t)
    if rng.random() < 0.3:
        t = t.replace(". ", ".. ", 1)
    return t


# ---------------------------------------------------------------- quoting
QUOTE_HEAD = {
    "it": ["Il giorno {date} alle ore {time} {who} <{addr}> ha scritto:", "Il {date} {who} ha scritto:"],
    "pt": ["Em {date}, às {time}, {who} <{addr}> escreveu:", "No dia {date}, {who} escreveu:"],
    "nl": ["Op {date} om {time} schreef {who} <{addr}>:", "{who} schreef op {date}:"],
    "pl": ["W dniu {date} o {time} {who} <{addr}> napisał(a):", "{date} {who} napisał(a):"],
    "sv": ["Den {date} kl. {time} skrev {who} <{addr}>:", "{who} skrev {date}:"],
    "da": ["Den {date} kl. {time} skrev {who} <{addr}>:", "{who} skrev d. {date}:"],
    "no": ["{date} kl. {time} skrev {who} <{addr}>:", "Den {date} skrev {who}:"],
    "en": ["On {date} at {time}, {who} <{addr}> wrote:", "On {date}, {who} wrote:"],
}
ORIG_MSG = {
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
    "pt": ("-----Mensagem original-----", "De", "Enviada", "Para", "Assunto"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("-----Wiadomość oryginalna-----", "Od", "Wysłano", "Do", "Temat"),
    "sv": ("-----Ursprungligt meddelande-----", "Från", "Skickat", "Till", "Ämne"),
    "da": ("-----Oprindelig meddelelse-----", "Fra", "Sendt", "Til", "Emne"),
    "no": ("-----Opprinnelig melding-----", "Fra", "Sendt", "Til", "Emne"),
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
}
FWD = {
    "it": "---------- Messaggio inoltrato ---------", "pt": "---------- Mensagem encaminhada ---------",
    "nl": "---------- Doorgestuurd bericht ---------", "pl": "---------- Przekazana wiadomość ---------",
    "sv": "---------- Vidarebefordrat meddelande ---------", "da": "---------- Videresendt besked ---------",
    "no": "---------- Videresendt melding ---------", "en": "---------- Forwarded message ---------",
}


def quote(rng, lang, who, addr, subject, text, to=None):
    date = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026" if lang != "en" else f"{pick(rng, DAYS['en'])[:3]}, {rng.randint(1, 28)} {pick(rng, MONTHS['en'])[:3]} 2026"
    if rng.random() < 0.3:
        h = ORIG_MSG[lang]
        return (f"\n\n{h[0]}\n{h[1]}: {who} <{addr}>\n{h[2]}: {date} {clock(rng)}\n{h[3]}: {to or ME_ADDR[lang]}\n"
                f"{h[4]}: {subject}\n\n{text}")
    head = pick(rng, QUOTE_HEAD[lang]).format(date=date, time=clock(rng), who=who, addr=addr)
    q = "\n".join("> " + ln if ln else ">" for ln in text.splitlines())
    return f"\n\n{head}\n{q}"


def forward_block(rng, lang, who, addr, subject, text):
    h = ORIG_MSG[lang]
    return (f"\n\n{FWD[lang]}\n{h[1]}: {who} <{addr}>\n{h[4]}: {subject}\n{h[3]}: {ME_ADDR[lang]}\n\n{text}")


# ---------------------------------------------------------------- HTML
def to_html(rng, paras: list[str], brand: str, color: str, button: tuple | None = None,
            footer: list[str] | None = None, preheader: str = "") -> str:
    esc = _html.escape
    style = rng.random()
    body = []
    for p in paras:
        p2 = esc(p).replace("\n", "<br>\n")
        body.append(f'<p style="margin:0 0 14px 0;font-size:15px;line-height:22px">{p2}</p>')
    if button:
        label, url = button
        body.append(f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{color}" '
                    f'style="border-radius:4px;padding:10px 22px"><a href="{esc(url)}" style="color:#ffffff;'
                    f'text-decoration:none;font-weight:bold">{esc(label)}</a></td></tr></table>')
    foot = ""
    if footer:
        foot = "".join(f'<p style="font-size:11px;color:#888888;margin:4px 0">{esc(f)}</p>' for f in footer)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{esc(preheader)}</div>' if preheader else "")
    if style < 0.5:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(brand)}</title></head>'
                f'<body style="margin:0;background:#f3f3f1">{pre}<table width="100%" cellpadding="0" cellspacing="0">'
                f'<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
                f'<tr><td style="background:{color};padding:16px 24px;color:#fff;font-family:Arial,sans-serif;'
                f'font-size:18px">{esc(brand)}</td></tr><tr><td style="padding:24px;font-family:Arial,sans-serif">'
                + "".join(body) + f'</td></tr><tr><td style="padding:12px 24px;border-top:1px solid #e5e5e5">{foot}'
                f'</td></tr></table></td></tr></table></body></html>')
    return (f'<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">{pre}'
            f'<div style="max-width:580px;margin:0 auto"><h2 style="color:{color};font-weight:normal">{esc(brand)}</h2>'
            + "".join(body) + f'<hr style="border:none;border-top:1px solid #ddd">{foot}</div></body></html>')


def simple_html(paras: list[str]) -> str:
    """What a mail client produces for a typed message."""
    return "<div dir=\"ltr\">" + "".join(f"<div>{_html.escape(p).replace(chr(10), '<br>')}</div><div><br></div>"
                                        for p in paras) + "</div>"


# ---------------------------------------------------------------- records
class Counter:
    def __init__(self, prefix):
        self.prefix = prefix
        self.n = {}

    def rec(self, fam, *, folder="INBOX", lang, from_name, from_addr, to_addr, subject, text, html=None,
            labels=(), company=None, topics=(), oc=()):
        self.n[fam] = self.n.get(fam, 0) + 1
        labels = sorted(set(labels))
        return {
            "id": f"{self.prefix}-{fam}-{self.n[fam]}",
            "family": f"{self.prefix}-{fam}",
            "folder": folder, "lang": lang,
            "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr,
            "subject": subject, "body_text": text, "body_html": html,
            "labels": labels, "company": company,
            "topics": sorted(set(topics)) if "feedback" in labels else [],
            "outside_control": sorted(set(oc)) if "rejection" in labels else [],
        }


def join(parts) -> str:
    out = "\n\n".join(p.strip("\n") for p in parts if p and p.strip())
    return re.sub(r"\n{3,}", "\n\n", out)


def weighted(rng, items):
    """One key of ``items`` ((key, weight) pairs), drawn in proportion to its weight."""
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]
