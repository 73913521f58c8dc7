"""Writer 42: the candidate's own Sent mail to continental employers (de/fr/es/en)."""

from __future__ import annotations

import _w42_cand as CV
import _w42_compose as C
import _w42_kit as K

FAMILY_PREFIX = "w42sent"

KINDS = [("fb_req", 36), ("thanks_int", 11), ("withdraw", 10), ("follow", 9), ("accept", 6), ("decline", 6),
         ("confirm", 7), ("resched_req", 4), ("apply", 5), ("thanks_fb", 4), ("thanks_rej", 6)]
QUOTED = {"fb_req": "reject", "thanks_rej": "reject", "accept": "offer", "decline": "offer", "confirm": "invite",
          "resched_req": "invite", "thanks_fb": "reject_fb", "follow": "ack", "withdraw": "invite", "thanks_int": None, "apply": None}
THANKS_REJ = {
    "de": ["danke für die schnelle Rückmeldung, auch wenn sie nicht positiv ausfällt. Ich wünsche Ihnen und dem Team alles Gute.",
           "vielen Dank für die Info. Schade, aber so ist es eben – vielleicht ergibt sich ja später einmal etwas."],
    "fr": ["merci pour votre réponse rapide. Je vous souhaite une bonne continuation ainsi qu'à toute l'équipe.",
           "bien reçu, merci de m'avoir tenu·e informé·e. Au plaisir de recroiser votre route."],
    "es": ["gracias por la respuesta, aunque no sea la que esperaba. Les deseo mucho éxito con la incorporación.",
           "entendido, muchas gracias por avisarme. Quedo atento/a a futuras oportunidades."],
    "en": ["thanks for letting me know. Best of luck with the new hire.", "understood, thank you for the update and all the best."],
}
MOBILE = {"de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi móvil", "en": "Sent from my phone"}


def generate(rng):
    plan = [("de", 32), ("fr", 28), ("es", 28), ("en", 28)]
    for lang, n in plan:
        fam = f"{FAMILY_PREFIX}-{lang}"
        B = CV.C[lang]
        for i in range(n):
            kind = K.weighted_pick(rng, KINDS)
            clang = lang if lang != "en" else rng.choice(["de", "fr", "es"])
            company = rng.choice(K.companies(lang=clang))
            region = company["region"]
            me = K.person(rng, clang)
            hr = K.person(rng, clang)
            informal = rng.random() < 0.18
            reg = "i" if informal else "f"
            ctx = C.make_ctx(rng, lang, company)
            ctx.update(hr_first=hr["first"], hr_last=hr["last"], hr_full=hr["full"])
            hi_key = "hi_i" if informal else "hi_f"
            hi = C.fill(rng.choice(K.gender_fit(B[hi_key], hr["g"])), ctx)
            if kind == "thanks_rej":
                core = rng.choice(THANKS_REJ[lang])
            else:
                key = kind + "_i" if informal and (kind + "_i") in B else kind
                core = C.fill(rng.choice(B[key]), ctx)
            if lang != "de" or rng.random() < 0.2:
                core = C.cap(core)
            extra = ""
            if kind == "fb_req" and rng.random() < 0.4:
                extra = {"de": "Ich weiß, dass das zusätzlicher Aufwand ist, und wäre Ihnen umso dankbarer.",
                         "fr": "Je sais que votre temps est précieux et vous remercie par avance.",
                         "es": "Sé que su tiempo es limitado y se lo agradezco de antemano.",
                         "en": "I know your time is limited, so thank you in advance."}[lang]
            bye = rng.choice(B["bye_i" if informal else "bye"])
            sig = me["full"] if rng.random() < 0.7 else me["first"]
            if rng.random() < 0.3:
                sig += f"\n+{rng.choice([49, 43, 41, 33, 32, 34, 52, 54, 57, 56, 1])} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}"
            text = f"{hi}\n\n{core}" + (f" {extra}" if extra else "") + f"\n\n{bye}\n{sig}\n"
            text = K.typo(rng, text, p=0.25)
            if rng.random() < 0.12:
                text += f"\n{MOBILE[lang]}\n"
            qkind = QUOTED[kind]
            subj_kind = kind if kind in B["subj"] else None
            subject = C.fill(rng.choice(B["subj"][subj_kind]), ctx) if subj_kind else ""
            hr_addr = K.staff_addr(rng, hr, company["domain"])
            to_addr = hr_addr
            if qkind and rng.random() < 0.8:
                qp, _, _, _ = C.body_for(rng, lang, qkind, ctx, "f", region)
                qsig = C.signature(rng, lang, hr, company, ctx)
                qtext = C.render(rng, lang, me, qp, "f", region, qsig)
                osubj = C.fill(rng.choice(C.BANKS[lang].SUBJ[{"reject_fb": "reject"}.get(qkind, qkind)]), ctx)
                q = K.quote_block(rng, lang, hr["full"], hr_addr, qtext).replace("{SUBJ}", osubj)
                text = text + "\n" + q + "\n"
                subject = rng.choice(CV.RE[lang]) + osubj
            if not subject:
                subject = {"de": "Gespräch", "fr": "Entretien", "es": "Entrevista", "en": "Interview"}[lang]
            if lang == "fr":
                text, subject = K.fr_elide(text), K.fr_elide(subject)
            labels = ["feedback_request"] if kind == "fb_req" else []
            yield K.rec(fam, i, folder="Sent", lang=lang, from_name=me["full"], from_addr=K.cand_addr(rng, me),
                        to_addr=to_addr, subject=K.regionalise(subject, region), body_text=K.regionalise(text, region),
                        labels=labels, company=company["name"])
