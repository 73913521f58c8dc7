"""Shared assembly for writer w25: people writing job mail in German, French, Spanish (and their English).

Each language bank (``_w25_de``, ``_w25_fr``, ``_w25_es``, ``_w25_en``) exposes the same slots; this
module turns a persona + a message kind into one corpus record: greeting, body sentences, sign-off,
signature, optional legal footer, optional quoted history, optional HTML.
"""

from __future__ import annotations

import html
import importlib.util
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(stem: str):
    """Import a sibling helper module by file path (build.py loads generators by path)."""
    if stem in sys.modules:
        return sys.modules[stem]
    spec = importlib.util.spec_from_file_location(stem, HERE / f"{stem}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[stem] = mod
    spec.loader.exec_module(mod)
    return mod


ME_FIRST = ["Lena", "Jonas", "Camille", "Hugo", "Lucía", "Mateo", "Sophie", "Tobias", "Inès", "Diego",
            "Marta", "Julien", "Anja", "Pablo", "Chloé", "Felix", "Valentina", "Nicolas", "Miriam", "Álvaro",
            "Clara", "Yann", "Carla", "Simon", "Noemí", "Lukas", "Élodie", "Bruno", "Sara", "Maxime"]
ME_LAST = ["Berger", "Roux", "Navarro", "Köhler", "Lefebvre", "Ibáñez", "Hofer", "Giraud", "Castillo", "Wyss",
           "Moreau", "Salazar", "Brandt", "Dubois", "Herrera", "Lindner", "Perrin", "Ortega", "Graf", "Vidal"]
MAILHOSTS = ["gmail.com", "gmx.de", "web.de", "outlook.fr", "orange.fr", "hotmail.es", "yahoo.com.mx",
             "bluewin.ch", "gmx.at", "proton.me", "free.fr", "outlook.com", "icloud.com", "telefonica.net"]


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúàèìòùâêîôûäëïöüçñÁÉÍÓÚÀÈÂÊÎÔÛÇÑ", "aeiouaeiouaeiouaeioucnAEIOUAEAEIOUCN")
    return s.translate(table)


def me_identity(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(ME_FIRST), rng.choice(ME_LAST)
    sep = rng.choice([".", "", "_", "."])
    addr = f"{ascii_fold(first).lower()}{sep}{ascii_fold(last).lower()}{rng.choice(['', '', str(rng.randint(7, 99))])}@{rng.choice(MAILHOSTS)}"
    return first, last, addr


def typo(text: str, rng: random.Random, rate: float, lang: str) -> str:
    """Sprinkle human slips: dropped accents, swapped letters, doubled spaces, umlaut spelling."""
    if rate <= 0:
        return text
    words = text.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < rate * 0.5 and lang in ("fr", "es") and any(c in w for c in "áéíóúàèêâôîûç"):
            w = ascii_fold(w)
        elif r < rate * 0.5 and lang == "de" and any(c in w for c in "äöü"):
            w = w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        elif r < rate * 0.65 and len(w) > 5 and w.isalpha():
            i = rng.randint(1, len(w) - 3)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif r < rate * 0.72:
            w = w + " "
        out.append(w)
    return " ".join(out)


def to_html(paragraphs: list[str], rng: random.Random, footer: str = "") -> str:
    style = rng.choice([
        "font-family:Arial,sans-serif;font-size:14px",
        "font-family:Calibri,Helvetica,sans-serif;font-size:11pt;color:#222",
        "font-family:Georgia,serif;font-size:15px",
        "font-family:Verdana;font-size:12px",
    ])
    parts = []
    for p in paragraphs:
        inner = "<br>".join(html.escape(line) for line in p.split("\n"))
        parts.append(rng.choice(["<p>{}</p>", "<div>{}</div>", "<p style=\"margin:0 0 10px\">{}</p>"]).format(inner))
    if footer:
        parts.append(f"<p style=\"font-size:10px;color:#888\">{html.escape(footer)}</p>")
    return f"<html><head><meta charset=\"utf-8\"></head><body><div style=\"{style}\">" + "".join(parts) + "</div></body></html>"


def quote_block(lang: str, rng: random.Random, who: str, addr: str, subject: str, text: str, when: str) -> str:
    """Quoted history under a reply, as different mail clients write it."""
    style = rng.random()
    if style < 0.55:
        head = {
            "de": rng.choice([f"Am {when} schrieb {who} <{addr}>:", f"{who} <{addr}> schrieb am {when}:"]),
            "fr": rng.choice([f"Le {when}, {who} <{addr}> a écrit :", f"Le {when} à 10:{rng.randint(10, 59)}, {who} a écrit :"]),
            "es": rng.choice([f"El {when}, {who} <{addr}> escribió:", f"El {when} a las 9:{rng.randint(10, 59)}, {who} escribió:"]),
            "en": f"On {when}, {who} <{addr}> wrote:",
        }[lang]
        lines = [head] + ["> " + ln if ln else ">" for ln in text.split("\n")]
        return "\n".join(lines)
    keys = {
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    sep = " :" if lang == "fr" else ":"
    head = [rng.choice(["-----Original Message-----", "________________________________", "", "-------- Message d'origine --------" if lang == "fr" else "-----Ursprüngliche Nachricht-----" if lang == "de" else "-----Mensaje original-----" if lang == "es" else "-----Original Message-----"]),
            f"{keys[0]}{sep} {who} <{addr}>", f"{keys[1]}{sep} {when}", f"{keys[2]}{sep} me", f"{keys[3]}{sep} {subject}", ""]
    return "\n".join(h for h in head if h is not None) + "\n" + text


DATES = {
    "de": ["Mo., 3. März 2025 um 14:12", "Di., 8. Apr. 2025 um 09:40", "12.05.2025 11:03", "Fr., 20. Juni 2025 um 16:55",
           "Mittwoch, 17. September 2025 08:21", "Do., 6. Nov. 2025 um 18:02"],
    "fr": ["lun. 3 mars 2025", "mar. 8 avr. 2025 à 09:40", "12/05/2025 11:03", "ven. 20 juin 2025 à 16:55",
           "mercredi 17 septembre 2025 08:21", "jeu. 6 nov. 2025"],
    "es": ["lun, 3 mar 2025", "mar, 8 abr 2025 a las 9:40", "12/05/2025 11:03", "vie, 20 jun 2025",
           "miércoles, 17 de septiembre de 2025 8:21", "jue, 6 nov 2025 18:02"],
    "en": ["Mon, 3 Mar 2025 at 14:12", "Tue, Apr 8, 2025 at 9:40 AM", "12 May 2025 11:03", "Fri, 20 Jun 2025 at 16:55",
           "Wednesday, September 17, 2025 8:21 AM", "Thu, 6 Nov 2025 at 18:02"],
}

REPLY_PREFIX = {"de": ["AW: ", "Re: ", "AW: ", "RE: "], "fr": ["RE : ", "Re: ", "RE: ", "Réf : "],
                "es": ["RE: ", "Re: ", "RV: ", "Re: "], "en": ["Re: ", "RE: ", "Re: "]}
FWD_PREFIX = {"de": "WG: ", "fr": "TR : ", "es": "RV: ", "en": "Fwd: "}


def fill(template: str, ctx: dict) -> str:
    class D(dict):
        def __missing__(self, k):
            return "{" + k + "}"
    return template.format_map(D(ctx))


def record(family: str, n: int, *, folder: str, lang: str, from_name: str, from_addr: str, to_addr: str,
           subject: str, body_text: str, body_html: str | None, labels: list, company: str | None,
           topics: list | None = None, oc: list | None = None) -> dict:
    order = ["rejection", "interview_invite", "feedback", "application_ack", "offer", "feedback_request"]
    labs = [x for x in order if x in set(labels)]
    return {
        "id": f"{family}-{n}", "family": family, "folder": folder, "lang": lang,
        "from_name": from_name, "from_addr": from_addr, "to_addr": to_addr, "subject": subject,
        "body_text": body_text, "body_html": body_html, "labels": labs, "company": company,
        "topics": sorted(set(topics or [])) if "feedback" in labs else [],
        "outside_control": sorted(set(oc or [])) if "rejection" in labs else [],
    }
