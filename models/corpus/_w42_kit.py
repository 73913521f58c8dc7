"""Writer 42: shared world (people, employers, vendors) and mail plumbing (quotes, HTML, typos)."""

from __future__ import annotations

import html as _html
import re

# ---------------------------------------------------------------- employers by region
# (name, region, domain, sector)
COMPANIES = [
    ("Brenner Logistik", "DE", "brenner-logistik.de", "log"),
    ("Kessler & Vogt Maschinenbau", "DE", "kessler-vogt.de", "ind"),
    ("Nordlicht Energie", "DE", "nordlicht-energie.de", "energy"),
    ("Hofmann Medizintechnik", "DE", "hofmann-medtech.de", "health"),
    ("Seewald Versicherung", "DE", "seewald-versicherung.de", "fin"),
    ("Quellwerk Software", "DE", "quellwerk.io", "tech"),
    ("Stadtwerke Ahrenfeld", "DE", "sw-ahrenfeld.de", "public"),
    ("Lindenhof Kliniken", "DE", "lindenhof-kliniken.de", "health"),
    ("Pfeifer Bau", "DE", "pfeifer-bau.de", "ind"),
    ("Donauwerk Stahl", "AT", "donauwerk.at", "ind"),
    ("Alpenblick Hotels", "AT", "alpenblick-hotels.at", "hosp"),
    ("Grazer Datenhaus", "AT", "datenhaus.at", "tech"),
    ("Rheintal Präzision", "CH", "rheintal-praezision.ch", "ind"),
    ("Limmat Treuhand", "CH", "limmat-treuhand.ch", "fin"),
    ("Aareon Pharma", "CH", "aareon-pharma.ch", "health"),
    ("Maison Delorme", "FR", "maison-delorme.fr", "retail"),
    ("Groupe Vernier", "FR", "groupe-vernier.fr", "ind"),
    ("Lumière Santé", "FR", "lumiere-sante.fr", "health"),
    ("Carbonne Énergies", "FR", "carbonne-energies.fr", "energy"),
    ("Océlia", "FR", "ocelia.io", "tech"),
    ("Transports Garnier", "FR", "transports-garnier.fr", "log"),
    ("Mutuelle Saint-Clair", "FR", "mutuelle-stclair.fr", "fin"),
    ("Meuse Logistique", "BE", "meuselogistique.be", "log"),
    ("Walbrix", "BE", "walbrix.be", "tech"),
    ("Services Boréal", "QC", "servicesboreal.ca", "public"),
    ("Groupe Laurentides Techno", "QC", "laurentidestechno.ca", "tech"),
    ("Fromagerie Saint-Amable", "QC", "fromageriestamable.ca", "retail"),
    ("Grupo Almenara", "ES", "grupoalmenara.es", "hosp"),
    ("Talleres Ibarra", "ES", "talleresibarra.es", "ind"),
    ("Clínica Sorolla", "ES", "clinicasorolla.es", "health"),
    ("Navarra Renovables", "ES", "navarrarenovables.es", "energy"),
    ("Pagora", "ES", "pagora.io", "tech"),
    ("Aceros del Bajío", "MX", "acerosdelbajio.com.mx", "ind"),
    ("Tlaloc Software", "MX", "tlaloc.mx", "tech"),
    ("Grupo Cenote", "MX", "grupocenote.mx", "retail"),
    ("Pampa Agro", "AR", "pampaagro.com.ar", "ind"),
    ("Mate Digital", "AR", "matedigital.com.ar", "tech"),
    ("Andina Pagos", "CO", "andinapagos.co", "fin"),
    ("Café Quindío Exportaciones", "CO", "cafequindio.co", "retail"),
    ("Viña Los Quillayes", "CL", "quillayes.cl", "retail"),
    ("Austral Minería", "CL", "australmineria.cl", "ind"),
]
REGION_LANG = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "QC": "fr",
               "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es"}


def companies(lang=None, region=None):
    out = []
    for c in COMPANIES:
        if region and c[1] != region:
            continue
        if lang and REGION_LANG[c[1]] != lang:
            continue
        out.append({"name": c[0], "region": c[1], "domain": c[2], "sector": c[3]})
    return out


# ---------------------------------------------------------------- people
FIRST = {
    "de": [("Anna", "f"), ("Jonas", "m"), ("Miriam", "f"), ("Lukas", "m"), ("Sophie", "f"), ("Tobias", "m"),
           ("Lea", "f"), ("Felix", "m"), ("Katrin", "f"), ("Matthias", "m"), ("Aylin", "f"), ("Deniz", "m"),
           ("Johanna", "f"), ("Stefan", "m"), ("Nele", "f"), ("Florian", "m"), ("Ursula", "f"), ("Reto", "m"),
           ("Corinne", "f"), ("Wolfgang", "m"), ("Jana", "f"), ("Yusuf", "m")],
    "fr": [("Camille", "f"), ("Julien", "m"), ("Élodie", "f"), ("Mathieu", "m"), ("Inès", "f"), ("Thomas", "m"),
           ("Léa", "f"), ("Antoine", "m"), ("Sarah", "f"), ("Karim", "m"), ("Chloé", "f"), ("Guillaume", "m"),
           ("Manon", "f"), ("Olivier", "m"), ("Geneviève", "f"), ("Étienne", "m"), ("Marie-Ève", "f"), ("Louis", "m")],
    "es": [("Lucía", "f"), ("Javier", "m"), ("Marta", "f"), ("Diego", "m"), ("Carmen", "f"), ("Alejandro", "m"),
           ("Valentina", "f"), ("Santiago", "m"), ("Paula", "f"), ("Andrés", "m"), ("Camila", "f"), ("Mateo", "m"),
           ("Ximena", "f"), ("Rodrigo", "m"), ("Florencia", "f"), ("Ignacio", "m"), ("Daniela", "f"), ("Juan Pablo", "m")],
    "en": [("Emma", "f"), ("Daniel", "m"), ("Olivia", "f"), ("Ben", "m"), ("Hannah", "f"), ("Sam", "x")],
}
LAST = {
    "de": ["Müller", "Schneider", "Becker", "Wagner", "Hoffmann", "Krause", "Yilmaz", "Huber", "Gruber", "Keller",
           "Brunner", "Lehmann", "Schulte", "Pohl", "Zimmermann", "Baumgartner", "Nowak", "Fischer", "Seidel", "Hartmann"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Benali", "Fontaine", "Roussel", "Tremblay",
           "Gagnon", "Lambert", "Peeters", "Mercier", "Fournier", "Chevalier", "Bouchard", "Leroy"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres", "Ramírez", "Herrera",
           "Castillo", "Morales", "Gutiérrez", "Rojas", "Vargas", "Pérez", "Ortega", "Muñoz", "Salazar", "Acosta"],
}
LAST["en"] = LAST["de"][:6] + LAST["fr"][:6] + LAST["es"][:6]


def ascii_fold(s: str) -> str:
    pairs = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ç": "c",
             "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "á": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "'": "", "-": ""}
    s = s.lower()
    return "".join(pairs.get(ch, ch) for ch in s).replace(" ", "").replace("&", "")


def person(rng, lang):
    first, g = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    return {"first": first, "last": last, "g": g, "full": f"{first} {last}"}


def cand_addr(rng, p):
    f, l = ascii_fold(p["first"]), ascii_fold(p["last"])
    user = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}"])
    dom = rng.choice(["gmail.com", "gmx.de", "web.de", "posteo.de", "outlook.com", "orange.fr", "free.fr",
                      "laposte.net", "hotmail.es", "yahoo.com.mx", "gmail.com", "proton.me", "bluewin.ch",
                      "gmx.at", "videotron.ca", "icloud.com"])
    return f"{user}@{dom}"


def staff_addr(rng, p, domain):
    f, l = ascii_fold(p["first"]), ascii_fold(p["last"])
    return rng.choice([f"{f}.{l}@{domain}", f"{f[0]}.{l}@{domain}", f"{l}@{domain}", f"{f}@{domain}"])


# ---------------------------------------------------------------- vendors (localised applicant systems)
VENDORS = {
    "bewerbo": {"name": "Bewerbo", "relay": "mail.bewerbo.de", "langs": ["de", "en"], "reg": "f",
                "portal": {"de": "Bewerber*innen-Cockpit", "en": "candidate cockpit"}, "ref": "BW-{n}", "html": 0.55},
    "kompass": {"name": "KarriereKompass", "relay": "noreply.karrierekompass.at", "langs": ["de"], "reg": "f",
                "portal": {"de": "Kandidat:innenportal"}, "ref": "KK/{y}/{n}", "html": 0.5},
    "stellwerk": {"name": "Stellwerk HR", "relay": "stellwerk-hr.ch", "langs": ["de", "fr", "en"], "reg": "f",
                  "portal": {"de": "Bewerbungskonto", "fr": "espace candidat", "en": "applicant account"},
                  "ref": "SW-{n}", "html": 0.4},
    "personalwerk": {"name": "Personalwerk Cloud", "relay": "bewerbung.personalwerk.cloud", "langs": ["de", "en"],
                     "reg": "i", "portal": {"de": "Jobportal", "en": "job portal"}, "ref": "PW{n}", "html": 0.6},
    "recrutiplus": {"name": "RecrutiPlus", "relay": "notifications.recrutiplus.fr", "langs": ["fr", "en"], "reg": "f",
                    "portal": {"fr": "espace candidat", "en": "candidate area"}, "ref": "RP-{n}", "html": 0.6},
    "candidatis": {"name": "Candidatis", "relay": "mailer.candidatis.eu", "langs": ["fr", "es", "en"], "reg": "f",
                   "portal": {"fr": "compte Candidatis", "es": "cuenta Candidatis", "en": "Candidatis account"},
                   "ref": "CAN{n}", "html": 0.5},
    "postulez": {"name": "Postulez.io", "relay": "postulez.io", "langs": ["fr"], "reg": "i",
                 "portal": {"fr": "tableau de bord"}, "ref": "PZ-{n}", "html": 0.5},
    "embauchia": {"name": "Embauchia", "relay": "rh.embauchia.com", "langs": ["fr", "en"], "reg": "f",
                  "portal": {"fr": "portail candidats", "en": "applicant portal"}, "ref": "EMB-{y}-{n}", "html": 0.45},
    "talentonube": {"name": "TalentoNube", "relay": "talentonube.es", "langs": ["es", "en"], "reg": "f",
                    "portal": {"es": "área de candidatos", "en": "candidate area"}, "ref": "TN-{n}", "html": 0.55},
    "selektia": {"name": "Selektia", "relay": "avisos.selektia.com", "langs": ["es"], "reg": "f",
                 "portal": {"es": "portal de postulantes"}, "ref": "SEL{n}", "html": 0.5},
    "reclutaya": {"name": "Reclutaya", "relay": "no-reply.reclutaya.mx", "langs": ["es", "en"], "reg": "i",
                  "portal": {"es": "perfil de Reclutaya", "en": "Reclutaya profile"}, "ref": "RY-{n}", "html": 0.55},
    "hirebridge": {"name": "HireBridge Europe", "relay": "eu.hirebridge-mail.com", "langs": ["en", "de", "fr", "es"],
                   "reg": "f", "portal": {"en": "candidate portal", "de": "Bewerbungsportal", "fr": "portail",
                                          "es": "portal"}, "ref": "HB-{n}", "html": 0.5},
}


def make_ref(rng, vendor):
    return VENDORS[vendor]["ref"].format(n=rng.randint(1000, 99999), y=rng.choice([2025, 2026]))


# ---------------------------------------------------------------- dates
DAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def date_str(rng, lang, region=None):
    d, m = rng.randint(1, 28), rng.randint(0, 11)
    wd = rng.choice(DAYS[lang])
    mon = MONTHS[lang][m]
    if lang == "de" and region == "AT" and m == 0:
        mon = "Jänner"
    if lang == "de":
        return rng.choice([f"{wd}, {d}. {mon}", f"{wd}, den {d:02d}.{m + 1:02d}.", f"{d}.{m + 1:02d}.2026"])
    if lang == "fr":
        return rng.choice([f"{wd} {d} {mon}", f"{d} {mon}", f"{d:02d}/{m + 1:02d}/2026"])
    if lang == "es":
        return rng.choice([f"{wd} {d} de {mon}", f"{d} de {mon}", f"{d}/{m + 1}/2026"])
    return rng.choice([f"{wd}, {d} {mon}", f"{wd} {mon} {d}", f"{d} {mon} 2026"])


def time_str(rng, lang):
    h, mi = rng.choice([8, 9, 10, 11, 13, 14, 15, 16, 17]), rng.choice([0, 0, 15, 30, 30, 45])
    if lang == "de":
        return rng.choice([f"{h}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr"])
    if lang == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h} h {mi:02d}"]) if mi else rng.choice([f"{h}h", f"{h} h"])
    if lang == "es":
        return rng.choice([f"{h}:{mi:02d} h", f"las {h}:{mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"])


def header_date(rng, lang):
    d, m, h, mi = rng.randint(1, 28), rng.randint(0, 11), rng.randint(7, 21), rng.randint(0, 59)
    if lang == "de":
        return f"{d:02d}.{m + 1:02d}.2026 um {h:02d}:{mi:02d}"
    if lang == "fr":
        return f"{rng.choice(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.'])} {d} {MONTHS['fr'][m] if len(MONTHS['fr'][m]) <= 4 else MONTHS['fr'][m][:4] + '.'} 2026 à {h:02d}:{mi:02d}"
    if lang == "es":
        return f"{rng.choice(['lun', 'mar', 'mié', 'jue', 'vie'])}, {d} {MONTHS['es'][m][:3]} 2026 a las {h}:{mi:02d}"
    return f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {d} {MONTHS['en'][m][:3]} 2026 at {h:02d}:{mi:02d}"


# ---------------------------------------------------------------- quoting
def quote_block(rng, lang, who, addr, text, style=None):
    style = style or rng.choice(["gt", "gt", "outlook"])
    if style == "gt":
        intro = {
            "de": f"Am {header_date(rng, 'de')} schrieb {who} <{addr}>:",
            "fr": f"Le {header_date(rng, 'fr')}, {who} <{addr}> a écrit :",
            "es": f"El {header_date(rng, 'es')}, {who} (<{addr}>) escribió:",
            "en": f"On {header_date(rng, 'en')}, {who} <{addr}> wrote:",
        }[lang]
        return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.strip().split("\n"))
    head = {
        "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "Betreff"),
        "fr": ("-----Message d'origine-----", "De", "Envoyé", "Objet"),
        "es": ("-----Mensaje original-----", "De", "Enviado el", "Asunto"),
        "en": ("-----Original Message-----", "From", "Sent", "Subject"),
    }[lang]
    return (f"{head[0]}\n{head[1]}: {who} <{addr}>\n{head[2]}: {header_date(rng, lang)}\n"
            f"{head[3]}: {{SUBJ}}\n\n{text.strip()}")


def forward_block(rng, lang, who, addr, subj, text):
    head = {
        "de": "---------- Weitergeleitete Nachricht ----------\nVon: {w} <{a}>\nDatum: {d}\nBetreff: {s}",
        "fr": "---------- Message transféré ---------\nDe : {w} <{a}>\nDate : {d}\nObjet : {s}",
        "es": "---------- Mensaje reenviado ---------\nDe: {w} <{a}>\nFecha: {d}\nAsunto: {s}",
        "en": "---------- Forwarded message ---------\nFrom: {w} <{a}>\nDate: {d}\nSubject: {s}",
    }[lang]
    return head.format(w=who, a=addr, d=header_date(rng, lang), s=subj) + "\n\n" + text.strip()


# ---------------------------------------------------------------- typos for hurried humans
def typo(rng, text, p=0.5):
    if rng.random() > p:
        return text
    ws = text.split(" ")
    for _ in range(rng.randint(1, 2)):
        idx = [i for i, w in enumerate(ws) if len(w) > 5 and w.isalpha()]
        if not idx:
            break
        i = rng.choice(idx)
        w = ws[i]
        k = rng.randint(1, len(w) - 3)
        mode = rng.random()
        if mode < 0.4:
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif mode < 0.7:
            w = w[:k] + w[k + 1:]
        else:
            w = w[:k] + w[k] + w[k:]
        ws[i] = w
    return " ".join(ws)


# ---------------------------------------------------------------- regional touches
def regionalise(text, region):
    if region == "CH":
        text = text.replace("ß", "ss")
    if region == "QC":
        for a, b in [("entretien", "entrevue"), ("Entretien", "Entrevue"), ("e-mail", "courriel"),
                     ("mail ", "courriel "), ("week-end", "fin de semaine")]:
            text = text.replace(a, b)
    if region in ("MX", "AR", "CO", "CL"):
        for a, b in [("candidatura", "postulación"), ("Candidatura", "Postulación"), ("currículum", "CV"),
                     ("ordenador", "computadora"), ("móvil", "celular")]:
            text = text.replace(a, b)
        if region == "CO":
            text = text.replace("currículum", "hoja de vida")
        if region in ("MX", "CO", "CL"):
            text = text.replace("puesto", "vacante") if region == "MX" else text.replace("puesto", "cargo")
    return text


# ---------------------------------------------------------------- HTML
def to_html(rng, paras, brand, accent=None, button=None, footer_lines=(), preheader=None, lang="de"):
    accent = accent or rng.choice(["#1f4e79", "#0b6e4f", "#7a1f3d", "#243447", "#c0392b", "#2e5eaa", "#4b3f72"])
    ps = []
    for p in paras:
        esc = _html.escape(p).replace("\n", "<br>\n")
        ps.append(f'<p style="margin:0 0 14px 0;font-size:15px;line-height:1.5">{esc}</p>')
    btn = ""
    if button:
        label, url = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{accent}" '
               f'style="border-radius:4px;padding:10px 22px"><a href="{url}" style="color:#ffffff;'
               f'text-decoration:none;font-weight:bold">{_html.escape(label)}</a></td></tr></table>')
    foot = "<br>\n".join(_html.escape(x) for x in footer_lines)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{_html.escape(preheader)}</div>'
           if preheader else "")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{_html.escape(brand)}</title></head>\n'
            f'<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">{pre}\n'
            f'<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">\n'
            f'<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">\n'
            f'<tr><td style="background:{accent};color:#fff;font-size:18px;font-weight:bold">{_html.escape(brand)}</td></tr>\n'
            f'<tr><td>\n' + "\n".join(ps) + f"\n{btn}\n</td></tr>\n"
            f'<tr><td style="font-size:11px;color:#6b7280;border-top:1px solid #e5e7eb">{foot}</td></tr>\n'
            f"</table></td></tr></table></body></html>")


# ---------------------------------------------------------------- records
def rec(family, n, *, folder="INBOX", lang, from_name, from_addr, to_addr, subject, body_text,
        body_html=None, labels=(), company=None, topics=(), outside=()):
    labels = sorted(set(labels))
    return {
        "id": f"{family}-{n}", "family": family, "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": labels, "company": company,
        "topics": sorted(set(topics)) if "feedback" in labels else [],
        "outside_control": sorted(set(outside)) if "rejection" in labels else [],
    }


def squeeze(text):
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def fr_elide(text):
    """'le poste de Ingénieur' -> 'le poste d'Ingénieur' (what a careful French writer would type)."""
    return re.sub(r"\b([dD])e ([AEIOUÉÈaeiouéè][a-zé])", r"\1'\2", re.sub(r"\bque ([AEIOUÉaeioué][a-z])", r"qu'\1", text))


def gender_fit(options, g):
    """Drop salutations whose gendered form does not match the addressee."""
    bad = {"f": ("Herr ", "Monsieur ", "Estimado ", "Sr. ", "Mr "), "m": ("Frau ", "Madame ", "Estimada ", "Sra. ", "Ms ")}
    out = [o for o in options if not any(b in o for b in bad.get(g, ()))]
    if g == "x":
        out = [o for o in options if not any(b in o for b in bad["f"] + bad["m"])]
    return out or options


def outlook_html(text):
    """Plain text as Outlook renders it (MsoNormal paragraphs), for mail typed by a person in a desktop client."""
    blocks = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            blocks.append(f'<p class="MsoNormal" style="margin-left:.5in;color:#555">{_html.escape(line.lstrip("> ")) or "&nbsp;"}</p>')
        else:
            blocks.append(f'<p class="MsoNormal">{_html.escape(line) or "<o:p>&nbsp;</o:p>"}</p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>'
            '<body lang="DE" link="#0563C1"><div class="WordSection1">\n' + "\n".join(blocks) + "\n</div></body></html>")


def weighted_pick(rng, items):
    """One key of ``items`` ((key, weight) pairs), drawn in proportion to its weight."""
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for key, w in items:
        x -= w
        if x <= 0:
            return key
    return items[0][0]
