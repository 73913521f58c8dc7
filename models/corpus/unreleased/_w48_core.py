"""w48 shared machinery: quote headers, dates, typing noise, message assembly.

A bank (one per language variant, in _w48_<lang>.py) is a dict of fragment lists; see _w48_en.py
for the keys.  Labels come only from the deciding sentence's kind, never from the frame.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- dates per language
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "ms": "Isnin Selasa Rabu Khamis Jumaat Sabtu Ahad",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
}


def date_parts(rng, lang):
    months = MONTHS[lang].split()
    days = DAYS[lang].split()
    m = rng.randrange(12)
    d = rng.randint(1, 28)
    wd = days[rng.randrange(5)]
    y = rng.choice([2024, 2025, 2025, 2026])
    hh = rng.randint(8, 19)
    mm = rng.choice(["00", "05", "12", "17", "23", "30", "34", "41", "48", "52", "58"])
    return dict(m=m, mon=months[m], d=d, wd=wd, y=y, hh=hh, mm=mm,
                ampm=f"{(hh - 1) % 12 + 1}:{mm} {'AM' if hh < 12 else 'PM'}")


def quote_header(rng, lang, variant, name, addr, to_name, to_addr, subject):
    """Return (header_text, prefix) for a quoted message in the mail-client style of the language."""
    p = date_parts(rng, lang)
    ds = f"{p['d']:02d}/{p['m'] + 1:02d}/{p['y']}"
    t = f"{p['hh']:02d}:{p['mm']}"
    outlook = rng.random() < 0.28
    if outlook:
        lab = {
            "en": ("From", "Sent", "To", "Subject"),
            "pt": ("De", "Enviado", "Para", "Assunto"),
            "es": ("De", "Enviado el", "Para", "Asunto"),
            "fr": ("De :", "Envoyé :", "À :", "Objet :"),
            "de": ("Von", "Gesendet", "An", "Betreff"),
            "it": ("Da", "Inviato", "A", "Oggetto"),
            "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
            "id": ("Dari", "Dikirim", "Kepada", "Subjek"),
            "ms": ("Daripada", "Dihantar", "Kepada", "Subjek"),
            "pl": ("Od", "Wysłano", "Do", "Temat"),
            "sv": ("Från", "Skickat", "Till", "Ämne"),
        }[lang]
        def lb(x):
            return x if x.endswith(":") else x + ":"
        if lang == "en":
            when = f"{p['wd']}, {p['mon']} {p['d']}, {p['y']} {p['ampm']}" if variant == "us" else f"{p['d']} {p['mon']} {p['y']} {t}"
        elif lang == "de":
            when = f"{p['wd']}, {p['d']}. {p['mon']} {p['y']} {t}"
        else:
            when = f"{p['wd']}, {p['d']} {p['mon']} {p['y']} {t}"
        sep = rng.choice(["-----Original Message-----\n", "________________________________\n", "", ""])
        if lang != "en" and sep.startswith("-----Original"):
            sep = {"de": "-----Ursprüngliche Nachricht-----\n", "fr": "-----Message d'origine-----\n",
                   "es": "-----Mensaje original-----\n", "pt": "-----Mensagem original-----\n",
                   "it": "-----Messaggio originale-----\n", "nl": "-----Oorspronkelijk bericht-----\n",
                   "pl": "-----Oryginalna wiadomość-----\n", "sv": "-----Ursprungligt meddelande-----\n",
                   }.get(lang, "________________________________\n")
        hdr = (f"{sep}{lb(lab[0])} {name} <{addr}>\n{lb(lab[1])} {when}\n"
               f"{lb(lab[2])} {to_name + ' <' + to_addr + '>' if to_name else to_addr}\n{lb(lab[3])} {subject}\n")
        return hdr, ""
    if lang == "en":
        hdr = rng.choice([
            f"On {p['wd'][:3]}, {p['mon'][:3]} {p['d']}, {p['y']} at {p['ampm']} {name} <{addr}> wrote:",
            f"On {p['d']} {p['mon']} {p['y']}, at {t}, {name} <{addr}> wrote:",
            f"On {ds} {t}, {name} wrote:",
            f"On {p['wd']}, {p['d']} {p['mon']} {p['y']}, {name} <{addr}> wrote:",
        ])
    elif lang == "pt":
        hdr = rng.choice([
            f"Em {p['wd'][:3]}., {p['d']} de {p['mon'][:3]}. de {p['y']} às {t}, {name} <{addr}> escreveu:",
            f"Em {ds} {t}, {name} escreveu:",
            f"{name} <{addr}> escreveu no dia {p['d']} de {p['mon']} de {p['y']} à(s) {t}:" if variant == "pt" else
            f"Em {p['wd']}, {p['d']} de {p['mon']} de {p['y']}, {name} <{addr}> escreveu:",
        ])
    elif lang == "es":
        hdr = rng.choice([
            f"El {p['wd'][:3]}, {p['d']} {p['mon'][:3]} {p['y']} a las {t}, {name} (<{addr}>) escribió:",
            f"El {p['wd']}, {p['d']} de {p['mon']} de {p['y']}, {name} <{addr}> escribió:",
            f"El {ds}, a las {t}, {name} escribió:",
        ])
    elif lang == "fr":
        hdr = rng.choice([
            f"Le {p['wd'][:3]}. {p['d']} {p['mon']} {p['y']} à {t}, {name} <{addr}> a écrit :",
            f"Le {ds} à {t}, {name} a écrit :",
            f"Le {p['wd']} {p['d']} {p['mon']} {p['y']}, {name} <{addr}> a écrit :",
        ])
    elif lang == "de":
        hdr = rng.choice([
            f"Am {p['wd'][:2]}., {p['d']}. {p['mon']} {p['y']} um {t} Uhr schrieb {name} <{addr}>:",
            f"Am {p['d']:02d}.{p['m'] + 1:02d}.{p['y']} um {t} schrieb {name}:",
            f"{name} <{addr}> schrieb am {p['wd']}, {p['d']}. {p['mon']} {p['y']} {t}:",
        ])
    elif lang == "it":
        hdr = rng.choice([
            f"Il giorno {p['wd'][:3]} {p['d']} {p['mon'][:3]} {p['y']} alle ore {t} {name} <{addr}> ha scritto:",
            f"Il {ds} {t}, {name} ha scritto:",
            f"In data {p['d']} {p['mon']} {p['y']}, {name} <{addr}> ha scritto:",
        ])
    elif lang == "nl":
        hdr = rng.choice([
            f"Op {p['wd'][:2]} {p['d']} {p['mon']} {p['y']} om {t} schreef {name} <{addr}>:",
            f"Op {p['d']}-{p['m'] + 1}-{p['y']} {t} schreef {name}:",
            f"{name} <{addr}> schreef op {p['wd']} {p['d']} {p['mon']} {p['y']}:",
        ])
    elif lang in ("id", "ms"):
        hdr = rng.choice([
            f"Pada {p['wd']}, {p['d']} {p['mon']} {p['y']} pukul {t}, {name} <{addr}> menulis:",
            f"Pada {p['wd'][:3]}, {p['d']} {p['mon'][:3]} {p['y']} {t} {name} <{addr}> menulis:",
            f"Pada {ds} {t}, {name} menulis:",
        ])
    elif lang == "pl":
        hdr = rng.choice([
            f"W dniu {p['d']} {p['mon']} {p['y']} {t} {name} <{addr}> napisał(a):",
            f"{p['wd'][:3]}., {p['d']} {p['mon'][:3]} {p['y']} o {t} {name} <{addr}> napisał(a):",
            f"Dnia {p['d']:02d}.{p['m'] + 1:02d}.{p['y']} o {t}, {name} pisze:",
        ])
    elif lang == "sv":
        hdr = rng.choice([
            f"Den {p['wd'][:3]} {p['d']} {p['mon'][:3]}. {p['y']} kl. {t} skrev {name} <{addr}>:",
            f"{name} <{addr}> skrev {p['y']}-{p['m'] + 1:02d}-{p['d']:02d} {t}:",
            f"Den {p['d']} {p['mon']} {p['y']} {t} skrev {name}:",
        ])
    else:
        raise ValueError(lang)
    return hdr + "\n", "> "


def quote_block(rng, lang, variant, name, addr, to_name, to_addr, subject, text):
    hdr, prefix = quote_header(rng, lang, variant, name, addr, to_name, to_addr, subject)
    if prefix:
        lines = []
        for ln in text.rstrip("\n").split("\n"):
            if ln.startswith(">"):
                lines.append(">" + ln)
            else:
                lines.append(("> " + ln) if ln else ">")
        return hdr + "\n".join(lines) + "\n"
    return hdr + "\n" + text.rstrip("\n") + "\n"


# ---------------------------------------------------------------- noise
def fill(text, ctx):
    return text.format_map(ctx)


def typo(text, rng, n=1):
    words = text.split(" ")
    for _ in range(n):
        idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if not idx:
            break
        i = rng.choice(idx)
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        kind = rng.random()
        if kind < 0.5:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind < 0.8:
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def phone(text, rng):
    """Lower-case, lighter punctuation, the way people type on a phone."""
    t = text
    if rng.random() < 0.6:
        t = t[:1].lower() + t[1:]
        t = re.sub(r"([.!?] )([A-ZÀ-Ý])", lambda m: m.group(1) + m.group(2).lower(), t)
    if rng.random() < 0.5:
        t = re.sub(r"\.(\s|$)", r"\1", t)
    if rng.random() < 0.3:
        t = t.replace("  ", " ")
    return t


def pick(rng, items, used=None):
    """Choose an item, preferring ones not used yet in this generator run."""
    if used is None:
        return rng.choice(items)
    fresh = [i for i in range(len(items)) if (id(items), i) not in used]
    if not fresh:
        for i in range(len(items)):
            used.discard((id(items), i))
        fresh = list(range(len(items)))
    i = rng.choice(fresh)
    used.add((id(items), i))
    return items[i]


def slug(s):
    s = s.lower()
    for a, b in (("ã", "a"), ("á", "a"), ("à", "a"), ("â", "a"), ("é", "e"), ("ê", "e"), ("è", "e"),
                 ("í", "i"), ("ó", "o"), ("ô", "o"), ("õ", "o"), ("ú", "u"), ("ç", "c"), ("ñ", "n"),
                 ("ü", "u"), ("ö", "o"), ("ä", "a"), ("ø", "o"), ("å", "a"), ("ł", "l"), ("ś", "s"),
                 ("ż", "z"), ("ź", "z"), ("ć", "c"), ("ń", "n"), ("ę", "e"), ("ą", "a"), ("ß", "ss"),
                 ("ï", "i"), ("î", "i"), ("ë", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "", s)
