"""w45: turn a message kind + scenario into subject, paragraphs and labels (language-agnostic)."""

from __future__ import annotations

import random

import _w45_de
import _w45_en
import _w45_es
import _w45_fr
from _w45_world import fill

LANG = {"en": _w45_en, "de": _w45_de, "fr": _w45_fr, "es": _w45_es}

REJ_SUBJ = {
    "en": ["Your application for {role}", "Update on your application – {company}", "{company}: {role} ({req})",
           "Regarding your candidacy", "Your {company} application", "{role} – an update", "Following up on your interviews",
           "Re: {role}", "An update from {company}"],
    "de": ["Ihre Bewerbung als {role}", "Rückmeldung zu Ihrer Bewerbung", "{company}: Ihre Bewerbung ({req})", "Ihre Bewerbung bei {company}"],
    "fr": ["Votre candidature au poste de {role}", "Suite de votre candidature – {company}", "Réponse à votre candidature ({req})"],
    "es": ["Tu candidatura para {role}", "Novedades sobre tu proceso en {company}", "Respuesta a tu candidatura ({req})"],
}
FB_SUBJ = {
    "en": ["Feedback from your interviews", "Re: Feedback request – {role}", "Some notes from the panel", "Re: {role} – feedback"],
    "de": ["Feedback zu Ihrem Gespräch", "AW: Bitte um Feedback – {role}"],
    "fr": ["Retour sur votre entretien", "RE: Demande de retour – {role}"],
    "es": ["Feedback de tu entrevista", "RE: Solicitud de feedback – {role}"],
}
ADV_SUBJ = {
    "en": ["Next round + some feedback", "Good news about your {role} interview", "Final round invitation – {role}"],
    "de": ["Einladung zur nächsten Runde – {role}", "Gute Nachrichten zu Ihrem Gespräch"],
    "fr": ["Prochaine étape et retours – {role}", "Bonne nouvelle pour votre candidature"],
    "es": ["Siguiente fase y feedback – {role}", "Buenas noticias sobre tu entrevista"],
}

TOPIC_LIST = ["coding", "system_design", "technical_depth", "behavioural", "communication", "questions_to_ask",
              "composure", "experience_level", "collaboration", "cv_positioning"]
TECH_TOPICS = {"coding", "system_design", "technical_depth"}
REASON_LIST = ["closer_fit", "role_filled", "budget_freeze", "level_mismatch", "role_cancelled"]


import re as _re


def an(s: str) -> str:
    """English article before a vowel: 'a onsite' -> 'an onsite'."""
    return _re.sub(r"\b([Aa]) (?=(?:[aei]|o(?!ne)|un[^i])[\w-])", lambda m: m.group(1) + "n ", s)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def set_step(ctx: dict, rng: random.Random, lang: str, groups) -> None:
    L = LANG[lang]
    g = rng.choice(list(groups))
    ctx["stepgroup"] = g
    steps = L.STEPS[g]
    if not ctx.get("techy"):
        steps = [x for x in steps if not any(w in x for w in ("coding", "engineer", "pairing", "code", "technique"))] or steps
    ctx["step"] = rng.choice(steps)
    plats = L.PLATFORMS
    if g == "phone":
        plats = [x for x in plats if x.lower().startswith(("the phone", "telefon", "téléphone", "teléfono"))] or plats
    else:
        plats = [x for x in plats if not x.lower().startswith(("the phone", "telefon", "téléphone", "teléfono"))] or plats
    ctx["platform"] = rng.choice(plats)


def _pick_topics(rng: random.Random, lang: str, techy: bool = True) -> list[str]:
    n = 1 if rng.random() < 0.6 else 2
    pool = TOPIC_LIST if techy else [t for t in TOPIC_LIST if t not in ("coding", "system_design")]
    return rng.sample(pool, n)


def _merge(rng: random.Random, sentences: list[str], p: float = 0.45) -> list[str]:
    """Join neighbouring sentences into paragraphs so the deciding line moves around."""
    out: list[str] = []
    for s in sentences:
        if not s:
            continue
        if out and rng.random() < p and "\n" not in s and "\n" not in out[-1]:
            out[-1] = out[-1] + " " + s
        else:
            out.append(s)
    return out


def build(kind: str, lang: str, ctx: dict, rng: random.Random) -> dict:
    """Return {subj, greet, paras, cta, close, sig, labels, topics, oc}."""
    L = LANG[lang]
    labels: list[str] = []
    topics: list[str] = []
    oc: list[str] = []
    cta = None
    sents: list[str] = []
    if "step" not in ctx:
        set_step(ctx, rng, lang, ["video", "phone", "tech", "onsite"])
    openers = L.OPEN
    if kind in ("ack", "ack_assess", "invite"):
        openers = [o for o in openers if not any(w in o for w in ("patience", "Geduld", "paciencia", "week is going"))]
    opener = rng.choice(openers)

    if kind in L.KINDS:
        spec = L.KINDS[kind]
        if "steps" in spec:
            set_step(ctx, rng, lang, spec["steps"])
        li = rng.randrange(len(spec["lead"]))
        lead = spec["lead"][li]
        subj = spec["subj"][rng.choice(spec["subj_for"][li])] if "subj_for" in spec else rng.choice(spec["subj"])
        more = list(spec.get("more", []))
        if "more_for" in spec:
            more = [more[i] for i in spec["more_for"][li]]
        if ctx.get("stepgroup") in ("assess", "onsite"):
            more = [m for m in more if "{platform}" not in m and "conversation" not in m and "Gespräch dauert" not in m
                    and "échange durera" not in m and "conversación durará" not in m and "audio" not in m]
        rng.shuffle(more)
        k = rng.randint(1, min(3, len(more))) if more else 0
        if kind == "ack_assess":
            core = [lead, rng.choice(spec["inv"])]
        else:
            core = [lead]
        if rng.random() < 0.35 and opener and kind in ("ack", "invite", "status", "offer", "ack_assess"):
            sents = [opener] + core + more[:k]
        elif rng.random() < 0.3 and k:
            # a context sentence before the deciding one
            sents = [more[0]] + core + more[1:k] if kind not in ("ack_assess",) else core + more[:k]
        else:
            sents = core + more[:k]
        if spec.get("cta"):
            opts = [spec["cta"][i] for i in spec["cta_for"][li]] if "cta_for" in spec else spec["cta"]
            cta = rng.choice(opts) if opts else None
        labels = list(spec["labels"])
    elif kind in ("reject", "reject_fb", "reject_other"):
        stage = "int" if kind == "reject_fb" or rng.random() < 0.45 else "app"
        if kind == "reject_fb" and rng.random() < 0.2:
            stage = "app"
        subj = rng.choice(REJ_SUBJ[lang])
        op = rng.choice(L.REJ_OPEN_INT if stage == "int" else L.REJ_OPEN_APP)
        r = rng.random()
        if r < 0.2:
            dec = rng.choice(L.REJ_SOFT)
        else:
            dec = rng.choice(L.REJ_INT if stage == "int" else L.REJ_APP)
        if lang == "de" and stage == "int" and dec.startswith("nach reiflicher"):
            pass
        body = [op, dec] if rng.random() < 0.8 else [dec]
        if kind != "reject_fb" and rng.random() < 0.4 or kind == "reject_fb" and rng.random() < 0.15:
            code = rng.choice(REASON_LIST)
            oc.append(code)
            reason = rng.choice(L.REASONS[code])
            if rng.random() < 0.5:
                body.append(reason)
            else:
                body.insert(len(body) - 1, reason) if len(body) > 1 and rng.random() < 0.4 else body.append(reason)
        if kind == "reject_fb":
            topics = _pick_topics(rng, lang, ctx.get('techy', True))
            fb = [rng.choice(L.FB_INTRO)]
            if rng.random() < 0.6:
                fb.append(rng.choice(L.FB_POS))
            fb += [rng.choice(L.FB_TOPIC[t]) for t in topics]
            body += fb
            labels = ["rejection", "feedback"]
        else:
            if rng.random() < 0.35:
                body.append(rng.choice(L.NOFB))
            labels = ["rejection"]
        if kind == "reject_other":
            set_step(ctx, rng, lang, ["phone", "video", "chat"] if lang == "en" else ["phone", "video"])
            body.append(rng.choice(L.OTHER_ROLE))
            labels.append("interview_invite")
        body.append(rng.choice(L.REJ_CLOSE))
        sents = body
    elif kind == "fb_adv":
        set_step(ctx, rng, lang, ["final", "onsite", "tech"])
        subj = rng.choice(ADV_SUBJ[lang])
        topics = _pick_topics(rng, lang, ctx.get('techy', True))[:1]
        sents = [rng.choice(L.FB_ADV_LEAD), rng.choice(L.FB_ADV_INTRO)]
        sents += [rng.choice(L.FB_TOPIC[t]) for t in topics]
        if lang == "en":
            sents.append(rng.choice(["Please pick a slot for the {step} using the link below.",
                                     "Could you let me know your availability for the {step} next week?",
                                     "I'll send a few time options for the {step} shortly — do let me know what works."]))
        else:
            sents.append({"de": "Bitte wählen Sie über den Link einen Termin.",
                          "fr": "Merci de choisir un créneau via le lien ci-dessous.",
                          "es": "Elige un horario desde el enlace de abajo."}[lang])
        cta = None
        labels = ["interview_invite", "feedback"]
    elif kind == "fb_reply":
        subj = rng.choice(FB_SUBJ[lang])
        topics = _pick_topics(rng, lang, ctx.get('techy', True))
        sents = [rng.choice(L.FB_REPLY_LEAD)]
        if rng.random() < 0.6:
            sents.append(rng.choice(L.FB_POS))
        sents += [rng.choice(L.FB_TOPIC[t]) for t in topics]
        sents.append(rng.choice(L.FB_REPLY_END))
        labels = ["feedback"]
    else:
        raise KeyError(kind)

    sents = [fill(s, ctx) for s in sents if s]
    if lang == "en":
        sents = [an(s) for s in sents]
    if lang == "de":
        sents = sents[:1] + [cap(s) for s in sents[1:]]
    else:
        sents = [cap(s) for s in sents]
    paras = _merge(rng, sents)
    return {
        "subj": an(fill(subj, ctx)) if lang == "en" else fill(subj, ctx),
        "greet": fill(rng.choice(L.GREET), ctx),
        "paras": paras,
        "cta": fill(cta, ctx) if cta else None,
        "close": rng.choice(L.CLOSE),
        "sig": fill(rng.choice(L.TEAMSIG), ctx),
        "labels": labels,
        "topics": topics if "feedback" in labels else [],
        "oc": oc if "rejection" in labels else [],
    }


def sent_msg(kind: str, lang: str, ctx: dict, rng: random.Random, prior_subj: str) -> dict:
    L = LANG[lang]
    spec = L.SENT[kind]
    c = dict(ctx)
    c["subj"] = prior_subj
    return {"subj": fill(rng.choice(spec["subj"]), c), "body": fill(rng.choice(spec["body"]), c),
            "labels": list(spec["labels"])}
