"""w22: German, French and Spanish mail through the same odd channels.

Families: xnetmsg (platform message notifications), xvoice (voicemail transcripts),
xcal (calendar invitations and reminders), xletter (mojibake / hard-wrapped letters) and
xsent (the candidate's feedback requests and replies).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w22_bank import (slug, NET_DOMAINS, NET_PLATFORMS, VOICE_SERVICES, Counter, date_str, html_wrap, make_ctx, mojibake,  # noqa: E402
                       phone, pick, qp_wrap, record, weighted)
from _w22_intl import BYE, HELLO, neg_x, say_x  # noqa: E402

FAMILY_PREFIX = "w22intl"
LANGS = ["de", "fr", "es"]

UI = {
    "de": {"sent": "{n} hat Ihnen eine Nachricht gesendet", "reply": "Antworten", "foot": "Sie erhalten diese E-Mail, weil Sie Nachrichtenbenachrichtigungen aktiviert haben. Abmelden",
           "vm": "Neue Sprachnachricht von {num}", "tr": "Transkript (automatisch erstellt)", "inv": "Einladung", "upd": "Aktualisierte Einladung", "rem": "Erinnerung",
           "when": "Wann", "who": "Teilnehmer"},
    "fr": {"sent": "{n} vous a envoyé un message", "reply": "Répondre", "foot": "Vous recevez cet e-mail car les notifications de messages sont activées. Se désabonner",
           "vm": "Nouveau message vocal de {num}", "tr": "Transcription (automatique)", "inv": "Invitation", "upd": "Invitation mise à jour", "rem": "Rappel",
           "when": "Quand", "who": "Participants"},
    "es": {"sent": "{n} te ha enviado un mensaje", "reply": "Responder", "foot": "Recibes este correo porque tienes activadas las notificaciones de mensajes. Darse de baja",
           "vm": "Nuevo mensaje de voz de {num}", "tr": "Transcripción (automática)", "inv": "Invitación", "upd": "Invitación actualizada", "rem": "Recordatorio",
           "when": "Cuándo", "who": "Invitados"},
}
STAGE = {"de": ["Vorstellungsgespräch", "Telefoninterview", "Fachgespräch", "Zweitgespräch"],
         "fr": ["Entretien", "Entretien téléphonique", "Entretien technique", "Second entretien"],
         "es": ["Entrevista", "Llamada inicial", "Entrevista técnica", "Segunda entrevista"]}


DAYS_X = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"], "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
          "es": ["lunes", "martes", "miércoles", "jueves", "viernes"]}


def _localise(lang: str, ctx: dict, rng: random.Random) -> None:
    """Say the proposed interview time the way the message's language does."""
    day, hour = pick(rng, DAYS_X[lang]), pick(rng, ["9", "10", "11", "14", "15", "16"])
    ctx["when"] = {"de": f"{day} um {hour}:00 Uhr", "fr": f"{day} à {hour}h", "es": f"{day} a las {hour}:00"}[lang]
    ctx["start"] = {"de": "zum 1. März", "fr": "le 1er mars", "es": "el 1 de marzo"}[lang]


def _letter(lang: str, paras: list[str], ctx: dict, rng: random.Random) -> str:
    parts = [pick(rng, HELLO[lang])] + paras + [pick(rng, BYE[lang])]
    return "\n\n".join(parts).format(**ctx)


def _content(lang: str, table, ctx, rng):
    k = weighted(rng, table)
    if k.startswith("n:"):
        paras, comp = neg_x(lang, k[2:], ctx, rng)
        return paras, [], [], [], comp
    paras, labels, topics, oc = say_x(lang, k, ctx, rng)
    return paras, labels, topics, oc, ctx["c"]


def xnetmsg(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    table = [("rej", 5), ("rej_fb", 3), ("inv", 6), ("offer", 2), ("ack", 1), ("n:status", 3), ("n:thanks_today", 2), ("n:nofb", 2),
             ("n:profile_view", 2), ("n:job_alert", 2)]
    for _ in range(24):
        ctx = make_ctx(rng)
        lang = pick(rng, LANGS)
        _localise(lang, ctx, rng)
        p = pick(rng, NET_PLATFORMS)
        paras, labels, topics, oc, comp = _content(lang, table, ctx, rng)
        n = f"{ctx['rf']} {ctx['rl']}"
        head = UI[lang]["sent"].format(n=n)
        if labels or comp:
            msg = _letter(lang, paras, ctx, rng)
            text = f"{head}\n\n{n} · {ctx['c']}\n\n« {msg} »\n\n{UI[lang]['reply']}: https://{NET_DOMAINS[p]}/m/{rng.randrange(10**6, 10**7)}\n\n{p} · {UI[lang]['foot']}"
        else:  # a platform ping, not a message
            msg = head = paras[0]
            n = p
            text = f"{msg}\n\nhttps://{NET_DOMAINS[p]}/me\n\n{p} · {UI[lang]['foot']}"
        html = None
        if rng.random() < 0.35:
            html = html_wrap([head, msg, UI[lang]["reply"]] if n != p else [msg], rng, brand=p, footer=UI[lang]["foot"])
            text = "" if rng.random() < 0.6 else text
        yield record(FAMILY_PREFIX, "xnetmsg", cnt.next("xnetmsg"), lang=lang, from_name=n if n == p else f"{n} via {p}", from_addr=f"noreply@{NET_DOMAINS[p]}",
                     to_addr=ctx["caddr"], subject=head, body_text=text, body_html=html, labels=labels, company=comp, topics=topics, oc=oc)


def xvoice(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    table = [("rej", 4), ("inv", 5), ("offer", 3), ("n:reminder", 3), ("n:thanks_today", 2), ("n:status", 2)]
    for _ in range(17):
        ctx = make_ctx(rng)
        lang = pick(rng, LANGS)
        _localise(lang, ctx, rng)
        svc = pick(rng, VOICE_SERVICES)
        paras, labels, topics, oc, comp = _content(lang, table, ctx, rng)
        intro = {"de": "hallo hier ist {rf} von {c}", "fr": "oui bonjour c'est {rf} de chez {c}", "es": "hola soy {rf} de {c}"}[lang].format(**ctx)
        outro = {"de": "rufen Sie mich gern zurück danke tschüss", "fr": "rappelez-moi quand vous pouvez merci au revoir", "es": "llámame cuando puedas gracias hasta luego"}[lang]
        text = f"{intro} {' '.join(paras).rstrip('.').lower()} {outro}"
        text = text.replace("te escribo", "te llamo")
        num = phone(rng)
        body = f"{UI[lang]['vm'].format(num=num)}\n{date_str(rng)}, 0:{rng.randrange(10, 59)}\n\n{UI[lang]['tr']}:\n\"{text}\"\n\n-- {svc}"
        yield record(FAMILY_PREFIX, "xvoice", cnt.next("xvoice"), lang=lang, from_name=svc, from_addr=f"vm@{svc.lower().replace(' ', '')}.com",
                     to_addr=ctx["caddr"], subject=UI[lang]["vm"].format(num=num), body_text=body, labels=labels, company=comp, topics=topics, oc=oc)


def xcal(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(17):
        ctx = make_ctx(rng)
        lang = pick(rng, LANGS)
        _localise(lang, ctx, rng)
        kind = weighted(rng, [("inv", 6), ("upd", 3), ("rem", 5), ("acc", 3)])
        stage = pick(rng, STAGE[lang])
        title = f"{stage} – {ctx['c']} ({ctx['cf']} {ctx['cl']})"
        dt = f"{rng.randrange(1, 28)}.{rng.randrange(1, 13)}.2026, {ctx['time']}"
        pref = {"inv": UI[lang]["inv"], "upd": UI[lang]["upd"], "rem": UI[lang]["rem"],
                "acc": {"de": "Angenommen", "fr": "Accepté", "es": "Aceptado"}[lang]}[kind]
        labels = ["interview_invite"] if kind in ("inv", "upd") else []
        body = f"{pref}: {title}\n\n{UI[lang]['when']}: {dt}\n{UI[lang]['who']}: {ctx['rf']} {ctx['rl']}, {ctx['cf']} {ctx['cl']}\n\n{ctx['link']}\n\nKalendo"
        if kind == "upd":
            body = {"de": "Dieser Termin wurde geändert (neue Uhrzeit).\n\n", "fr": "Cet événement a été modifié (nouvel horaire).\n\n",
                    "es": "Este evento ha cambiado (nueva hora).\n\n"}[lang] + body
        yield record(FAMILY_PREFIX, "xcal", cnt.next("xcal"), lang=lang, from_name=f"{ctx['rf']} {ctx['rl']}", from_addr=f"{slug(ctx['rf'])}@{ctx['dom']}",
                     to_addr=ctx["caddr"], subject=f"{pref}: {title} @ {dt}", body_text=body, labels=labels, company=ctx["c"])


def xletter(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    table = [("rej", 6), ("rej_fb", 4), ("inv", 3), ("ack", 4), ("offer", 2), ("n:onboard", 2), ("n:nonjob_rej", 3), ("n:nofb", 2), ("n:reminder", 1)]
    for _ in range(22):
        ctx = make_ctx(rng)
        lang = pick(rng, LANGS)
        _localise(lang, ctx, rng)
        paras, labels, topics, oc, comp = _content(lang, table, ctx, rng)
        body = _letter(lang, paras, ctx, rng)
        body = mojibake(body, rng) if rng.random() < 0.6 else qp_wrap(body, rng)
        subj = pick(rng, [f"{ctx['r']} ({ctx['req']})", f"AW: {ctx['r']}", f"RE : {ctx['r']}", f"Su candidatura - {ctx['r']}" if lang == "es" else f"Ihre Bewerbung - {ctx['r']}" if lang == "de" else f"Votre candidature - {ctx['r']}"])
        yield record(FAMILY_PREFIX, "xletter", cnt.next("xletter"), lang=lang, from_name=f"{ctx['rf']} {ctx['rl']}", from_addr=f"{slug(ctx['rf'])}@{ctx['dom']}",
                     to_addr=ctx["caddr"], subject=subj, body_text=body, labels=labels, company=comp, topics=topics, oc=oc)


def xsent(rng: random.Random, cnt: Counter) -> Iterable[dict]:
    for _ in range(16):
        ctx = make_ctx(rng)
        lang = pick(rng, LANGS)
        _localise(lang, ctx, rng)
        if rng.random() < 0.7:
            paras, labels, _, _ = say_x(lang, "fbq", ctx, rng)
        else:
            paras = [{"de": "Danke, der Termin am Donnerstag passt mir gut.", "fr": "Merci, jeudi me convient très bien pour l'entretien.",
                      "es": "Gracias, el jueves me va perfecto para la entrevista."}[lang]]
            labels = []
        new = f"{pick(rng, ['Hallo', 'Hi']) if lang == 'de' else pick(rng, ['Bonjour', 'Merci']) if lang == 'fr' else pick(rng, ['Hola', 'Buenas'])} {ctx['rf']},\n\n{paras[0]}\n\n{ctx['cf']}"
        if labels:
            old, *_ = say_x(lang, "rej", ctx, rng)
            quote = f"\n\n{ {'de': 'Am', 'fr': 'Le', 'es': 'El'}[lang] } {date_str(rng)}, {ctx['rf']} {ctx['rl']} <{slug(ctx['rf'])}@{ctx['dom']}>:\n> " + old[0]
        else:
            old, *_ = say_x(lang, "inv", ctx, rng)
            quote = "\n\n> " + old[0]
        yield record(FAMILY_PREFIX, "xsent", cnt.next("xsent"), folder="Sent", lang=lang, from_name=f"{ctx['cf']} {ctx['cl']}", from_addr=ctx["caddr"],
                     to_addr=f"{slug(ctx['rf'])}@{ctx['dom']}", subject=f"{ {'de': 'AW', 'fr': 'RE', 'es': 'RE'}[lang] }: {ctx['r']}",
                     body_text=new + quote, labels=labels, company=ctx["c"])


def generate(rng: random.Random) -> Iterable[dict]:
    cnt = Counter()
    yield from xnetmsg(rng, cnt)
    yield from xvoice(rng, cnt)
    yield from xcal(rng, cnt)
    yield from xletter(rng, cnt)
    yield from xsent(rng, cnt)
