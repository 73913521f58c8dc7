"""Writer w26: the same terse mail in German, French and Spanish -- managers on phones, small-firm HR,
one-line ATS notes, and the candidate's own short Sent mail."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _w26_intl as I  # noqa: E402
import _w26_kit as K  # noqa: E402
import _w26_world as W  # noqa: E402
from _w26_say import fill  # noqa: E402

FAMILY_PREFIX = "w26intl"

WEIGHTS = {"rejection": 4, "rejection_reason": 2, "rejection_feedback": 3, "invite": 7, "ack": 5, "offer": 4,
           "fbreq": 3, "neg": 16}
DEVICE = {"de": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
          "fr": ["Envoyé de mon iPhone", "Envoyé depuis mon mobile"],
          "es": ["Enviado desde mi iPhone", "Enviado desde mi móvil"]}
ATS_NAMES = {"de": ["{co} Karriere", "{co} Personalabteilung", "Bewerbermanagement {co}"],
             "fr": ["{co} Recrutement", "Carrières {co}", "{co} RH"],
             "es": ["{co} Empleo", "Talento {co}", "RR. HH. {co}"]}
ATS_FOOT = {"de": "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.",
            "fr": "Merci de ne pas répondre à ce message automatique.",
            "es": "Por favor, no respondas a este correo automático."}


def one_message(rng: random.Random, lang: str, family: str, n: int) -> dict:
    ctx = K.make_ctx(rng, lang)
    intent = K.pick_weighted(rng, WEIGHTS)
    said = I.intl(rng, ctx, lang, intent)
    b = I.BANK[lang]
    folder = "Sent" if intent == "fbreq" else "INBOX"
    company: str | None = ctx["co"]
    if said.get("personal"):
        company = None
    voice = rng.choice(["phone", "phone", "ats", "plain"]) if folder == "INBOX" and not said.get("personal") else "human"
    if intent == "fbreq":
        hello = {"de": "Hallo {sender_first},", "fr": "Bonjour {sender_first},", "es": "Hola {sender_first}:"}[lang]
        parts = ([fill(hello, ctx)] if rng.random() < 0.7 else []) + [" ".join(said["lines"]), ctx["first"]]
        body = "\n\n".join(parts)
        subj = ("AW: " if lang == "de" else "RE: ") + fill(rng.choice(b["subj_rej"]), ctx).replace("AW: ", "").replace("RE: ", "")
        return K.record(family, n, folder="Sent", lang=lang, from_name=f"{ctx['first']} {ctx['cand_last']}",
                        from_addr=ctx["cand_addr"], to_addr=W.work_addr(rng, ctx["sender_first"], ctx["sender_last"],
                                                                        ctx["dom"]),
                        subject=subj, body_text=body, said=said, company=company)
    greet = fill(rng.choice(b["hi"]), ctx)
    core = " ".join(said["lines"])
    html = None
    if voice == "ats":
        fname = fill(rng.choice(ATS_NAMES[lang]), ctx)
        faddr = rng.choice(["noreply@", "jobs@", "bewerbung@" if lang == "de" else "rh@"]) + ctx["dom"]
        text = "\n\n".join([greet, core, ctx["co"]]) + "\n\n--\n" + ATS_FOOT[lang]
        if rng.random() < 0.3:
            html = K.to_html(rng, [greet, core, ctx["co"]], ATS_FOOT[lang])
            if rng.random() < 0.5:
                text = ""
    else:
        fname = f"{ctx['sender_first']} {ctx['sender_last']}" if rng.random() < 0.7 else ctx["sender_first"]
        if said.get("personal"):
            faddr = W.personal_addr(rng, ctx["sender_first"], ctx["sender_last"])
        else:
            faddr = W.work_addr(rng, ctx["sender_first"], ctx["sender_last"], ctx["dom"])
        closes = [c for c in b["close"] if c not in core]
        tail = fill(rng.choice(closes), ctx) + "\n" + ctx["sender_first"]
        parts = ([greet] if rng.random() < 0.7 else []) + [core, tail]
        if voice == "phone":
            parts.append(rng.choice(DEVICE[lang]))
        elif not said.get("personal") and rng.random() < 0.6:
            parts.append(f"{ctx['sender_first']} {ctx['sender_last']}\n{ctx['co']}")
        text = "\n\n".join(parts)
    subj = fill(rng.choice(said["subjects"]), ctx)
    if said.get("personal"):  # a friend or a landlord/bank, not the employer's thread
        subj = rng.choice(["!!", "hey", "Info", "—", "😊", {"de": "Bescheid", "fr": "Votre dossier",
                                                           "es": "Tu solicitud"}[lang]])
        if any(m in core for m in ("Mietantrag", "location", "préstamo")):
            fname = {"de": "Hausverwaltung Kramer", "fr": "Agence Immo Sud", "es": "Banco Meridiano"}[lang]
            faddr = "noreply@" + W.slug(fname) + {"de": ".de", "fr": ".fr", "es": ".es"}[lang]
            text = core
    return K.record(family, n, lang=lang, from_name=fname, from_addr=faddr, to_addr=ctx["cand_addr"], subject=subj,
                    body_text=text, body_html=html, said=said, company=company)


def generate(rng: random.Random) -> Iterable[dict]:
    for lang, count in (("de", 48), ("fr", 44), ("es", 44)):
        for i in range(count):
            yield one_message(rng, lang, f"{FAMILY_PREFIX}-{lang}", i)
