"""w45: render composed messages as vendor mail (plain text, HTML-only layout tables, multipart)."""

from __future__ import annotations

import html
import random

from _w45_compose import cap
from _w45_world import fill, token

FOOT = {
    "en": [
        "This email was sent by {vendor} on behalf of {company}. {vendor} processes your personal data as a processor for {company}, which remains the controller. To learn how your information is handled, read the {company} candidate privacy notice at https://{cdom}/privacy.\nYou received this message because you have a candidate account or an active application. Manage email preferences: {link2}\n© 2025 {vendor} Inc. · 410 Harbour Row, Suite 900 · Portland, OR 97209",
        "Please do not reply to this message; replies to this address are not monitored.\n{company} is an equal opportunity employer. All qualified applicants receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status. If you need a reasonable adjustment at any stage, contact accessibility@{cdom}.\nPowered by {vendor}",
        "CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient and may contain confidential information. If you received it in error, please notify the sender and delete it.\nUnsubscribe · Privacy · Help Centre\n{vendor} — candidate communications for {company}",
        "Sent via {vendor} · Terms · Privacy · Unsubscribe from non-essential emails",
        "You are receiving this because you interacted with the {company} careers site.\n{vendor} Ltd, 3rd Floor, 22 Wharf Lane, Leeds LS1 4QT, United Kingdom. Registered in England and Wales no. 09876543.\nView our privacy policy · Report abuse",
    ],
    "de": [
        "Diese Nachricht wurde automatisch über {vendor} im Auftrag von {company} versendet. Bitte antworten Sie nicht auf diese E-Mail.\nInformationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie unter https://{cdom}/datenschutz. Ihre Bewerbungsdaten werden spätestens sechs Monate nach Abschluss des Verfahrens gelöscht.\n{company} · Registergericht: Amtsgericht · HRB 48213 · Geschäftsführung: siehe Impressum",
        "Sie erhalten diese E-Mail, weil Sie ein Bewerberkonto bei {company} angelegt haben.\nImpressum · Datenschutz · E-Mail-Einstellungen\nTechnischer Dienstleister: {vendor} GmbH",
    ],
    "fr": [
        "Ce message vous a été envoyé automatiquement par {vendor} pour le compte de {company}. Merci de ne pas y répondre.\nConformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données, que vous pouvez exercer auprès de dpo@{cdom}. Vos données sont conservées deux ans après le dernier contact.\nSe désabonner · Politique de confidentialité",
        "{company} s'engage en faveur de la diversité et de l'inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.\nPropulsé par {vendor} · Mentions légales",
    ],
    "es": [
        "Este mensaje ha sido enviado automáticamente por {vendor} en nombre de {company}. Por favor, no respondas a este correo.\nEn cumplimiento del RGPD y la LOPDGDD, te informamos de que tus datos serán tratados por {company} con la finalidad de gestionar sus procesos de selección. Puedes ejercer tus derechos de acceso, rectificación, supresión y oposición escribiendo a privacidad@{cdom}.\nDarse de baja · Política de privacidad",
        "{company} es una empresa comprometida con la igualdad de oportunidades.\nTecnología de {vendor} · Aviso legal · Cookies",
    ],
}

LBL = {
    "en": {"position": "Position", "ref": "Reference", "when": "When", "where": "Where", "host": "Host",
           "dur": "Duration", "event": "Event", "company": "Company", "status": "Status"},
    "de": {"position": "Stelle", "ref": "Kennziffer", "when": "Wann", "where": "Wo", "host": "Gastgeber:in",
           "dur": "Dauer", "event": "Termin", "company": "Unternehmen", "status": "Status"},
    "fr": {"position": "Poste", "ref": "Référence", "when": "Quand", "where": "Où", "host": "Organisateur",
           "dur": "Durée", "event": "Rendez-vous", "company": "Entreprise", "status": "Statut"},
    "es": {"position": "Puesto", "ref": "Referencia", "when": "Cuándo", "where": "Dónde", "host": "Anfitrión",
           "dur": "Duración", "event": "Cita", "company": "Empresa", "status": "Estado"},
}


def footer(lang: str, ctx: dict, rng: random.Random) -> str:
    return fill(rng.choice(FOOT[lang]), ctx)


def _greet_body(msg: dict, use_greet: bool) -> list[str]:
    paras = list(msg["paras"])
    if not use_greet and paras:
        paras[0] = cap(paras[0])
    return ([msg["greet"]] if use_greet else []) + paras


# ------------------------------------------------------------------ plain text ATS
def plain_ats(msg: dict, ctx: dict, rng: random.Random, lang: str, header: bool = True) -> str:
    parts: list[str] = []
    if header and rng.random() < 0.4:
        parts.append(rng.choice([f"{ctx['company']} | Careers", f"{ctx['company'].upper()}", f"— {ctx['company']} —",
                                 f"{ctx['company']} · {LBL[lang]['position']}: {ctx['role']}"]))
    parts += _greet_body(msg, rng.random() < 0.9)
    if msg["cta"]:
        parts.append(rng.choice([f"{msg['cta']}: {ctx['link']}", f"{msg['cta']} → {ctx['link']}",
                                 f"[{msg['cta']}]\n{ctx['link']}", f">> {msg['cta']}\n   {ctx['link']}"]))
    parts.append(msg["close"] + "\n" + msg["sig"])
    sep = rng.choice(["--", "_" * 40, "-" * 60, "", "* * *"])
    parts.append((sep + "\n" if sep else "") + footer(lang, ctx, rng))
    return "\n\n".join(parts)


# ------------------------------------------------------------------ HTML layout tables
BRAND = ["#1d4ed8", "#0f766e", "#7c3aed", "#b91c1c", "#0b3954", "#334155", "#c2410c", "#166534"]


def _p(text: str) -> str:
    return "<br>".join(html.escape(t) for t in text.split("\n"))


def html_tables(msg: dict, ctx: dict, rng: random.Random, lang: str, variant: str, details: list | None = None,
                preheader: str | None = None, foot_text: str | None = None, greet: bool | None = None) -> str:
    color = rng.choice(BRAND)
    esc = html.escape
    pre = preheader if preheader is not None else (msg["paras"][0][:90] if msg["paras"] else "")
    rows = []
    body_ps = "".join(
        f'<p style="margin:0 0 16px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1f2937;">{_p(t)}</p>'
        for t in _greet_body(msg, (rng.random() < 0.9) if greet is None else greet) if t)
    if variant == "bar":
        rows.append(f'<tr><td style="background:{color};padding:18px 28px;font-family:Arial,sans-serif;font-size:20px;'
                    f'font-weight:bold;color:#ffffff;">{esc(ctx["company"])}</td></tr>')
    elif variant == "logo":
        rows.append(f'<tr><td align="center" style="padding:24px 0 8px 0;"><img src="https://cdn.{ctx["vdom"] or ctx["cdom"]}/'
                    f'logos/{ctx["cslug"]}.png" width="140" alt="{esc(ctx["company"])}" style="display:block;border:0;"></td></tr>'
                    f'<tr><td style="border-top:3px solid {color};font-size:0;line-height:0;">&nbsp;</td></tr>')
    else:  # "card"
        rows.append(f'<tr><td style="padding:20px 28px 0 28px;font-family:Georgia,serif;font-size:13px;color:#6b7280;'
                    f'text-transform:uppercase;letter-spacing:1px;">{esc(ctx["company"])} &middot; {esc(LBL[lang]["position"])}: '
                    f'{esc(ctx["role"])}</td></tr>')
    rows.append(f'<tr><td style="padding:24px 28px 8px 28px;">{body_ps}</td></tr>')
    if details:
        drows = "".join(f'<tr><td style="padding:4px 12px 4px 0;font-family:Arial,sans-serif;font-size:13px;color:#6b7280;'
                        f'width:120px;">{esc(k)}</td><td style="padding:4px 0;font-family:Arial,sans-serif;font-size:14px;'
                        f'color:#111827;">{esc(v)}</td></tr>' for k, v in details)
        rows.append(f'<tr><td style="padding:0 28px 16px 28px;"><table role="presentation" cellpadding="0" cellspacing="0" '
                    f'border="0" style="background:#f9fafb;border:1px solid #e5e7eb;width:100%;">{drows}</table></td></tr>')
    if msg["cta"]:
        rows.append(f'<tr><td align="left" style="padding:8px 28px 24px 28px;"><table role="presentation" cellpadding="0" '
                    f'cellspacing="0" border="0"><tr><td bgcolor="{color}" style="border-radius:6px;">'
                    f'<a href="{esc(ctx["link"])}" target="_blank" style="display:inline-block;padding:12px 26px;'
                    f'font-family:Arial,sans-serif;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">'
                    f'{esc(msg["cta"])}</a></td></tr></table></td></tr>')
    closing = "\n".join(x for x in (msg["close"], msg["sig"]) if x)
    if closing:
        rows.append(f'<tr><td style="padding:0 28px 24px 28px;font-family:Arial,sans-serif;font-size:15px;color:#1f2937;">'
                    f'{_p(closing)}</td></tr>')
    foot = foot_text if foot_text is not None else footer(lang, ctx, rng)
    foot_html = "".join(f'<p style="margin:0 0 8px 0;">{esc(line)}</p>' for line in foot.split("\n"))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f'<title>{esc(msg["subj"])}</title></head><body style="margin:0;padding:0;background:#f3f4f6;">'
        f'<div style="display:none;max-height:0;overflow:hidden;opacity:0;">{esc(pre)}&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;">'
        '<tr><td align="center" style="padding:24px 8px;">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;'
        f'max-width:600px;width:100%;">{"".join(rows)}</table>'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%;">'
        '<tr><td style="padding:16px 28px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#9ca3af;">'
        f'{foot_html}</td></tr></table></td></tr></table></body></html>'
    )


def text_from_parts(msg: dict, ctx: dict, rng: random.Random, lang: str, details: list | None = None) -> str:
    parts = _greet_body(msg, True)
    if details:
        parts.append("\n".join(f"{k}: {v}" for k, v in details))
    if msg["cta"]:
        parts.append(f"{msg['cta']}: {ctx['link']}")
    parts.append(msg["close"] + "\n" + msg["sig"])
    parts.append(footer(lang, ctx, rng))
    return "\n\n".join(parts)


# ------------------------------------------------------------------ quoted history
QHEAD = {
    "en": ["On {d}, {n} <{a}> wrote:", "On {d} at {t}, {n} wrote:", "-----Original Message-----\nFrom: {n} <{a}>\nSent: {d}\nSubject: {s}"],
    "de": ["Am {d} um {t} schrieb {n} <{a}>:", "-----Ursprüngliche Nachricht-----\nVon: {n} <{a}>\nGesendet: {d}\nBetreff: {s}"],
    "fr": ["Le {d} à {t}, {n} <{a}> a écrit :", "-------- Message d'origine --------\nDe : {n} <{a}>\nDate : {d}\nObjet : {s}"],
    "es": ["El {d}, a las {t}, {n} <{a}> escribió:", "-----Mensaje original-----\nDe: {n} <{a}>\nEnviado: {d}\nAsunto: {s}"],
}


def quote(lang: str, rng: random.Random, name: str, addr: str, date: str, time_: str, subj: str, text: str) -> str:
    head = rng.choice(QHEAD[lang]).format(d=date, t=time_, n=name, a=addr, s=subj)
    if head.startswith("-----") or head.startswith("--------"):
        return head + "\n\n" + text
    return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def msgid(rng: random.Random) -> str:
    return token(rng, 8)
