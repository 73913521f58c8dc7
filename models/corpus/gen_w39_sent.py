"""Writer 39: the candidate's own Sent mail in it/pt/nl/pl/sv/da/no/en."""
from __future__ import annotations

import _w39_compose as C
import _w39_kit as K
from _w39_kit import pick, maybe, fill, weighted

FAMILY_PREFIX = "w39snt"

ACK_REJ = {  # thanks for the news, no request: the minimal pair of a feedback request
    "it": ["Grazie per avermi avvisata, anche se mi dispiace. In bocca al lupo per il progetto!",
           "Ricevuto, grazie per la trasparenza. Spero ci sia occasione di collaborare in futuro."],
    "pt": ["Obrigada por me informarem. Desejo as maiores felicidades à equipa!"],
    "nl": ["Dank voor het laten weten, jammer maar begrijpelijk. Veel succes met de nieuwe collega!"],
    "pl": ["Dziękuję za informację, szkoda, ale rozumiem. Powodzenia w dalszej pracy!"],
    "sv": ["Tack för beskedet, synd men jag förstår. Lycka till framöver!"],
    "da": ["Tak for beskeden, ærgerligt men forståeligt. Held og lykke fremover!"],
    "no": ["Takk for beskjed, synd, men jeg forstår. Lykke til videre!"],
    "en": ["Thanks for letting me know - disappointing, but I appreciate the quick answer. Best of luck with the new hire!"],
}
KINDS = [("s_fbreq", 36), ("ackrej", 8), ("s_thanks", 12), ("s_withdraw", 10), ("s_follow", 12), ("s_accept", 8),
         ("s_decline", 6), ("s_sched", 10)]
QUOTED = {"s_fbreq": "rej", "ackrej": "rej", "s_accept": "offer", "s_decline": "offer", "s_sched": "inv"}


def generate(rng):
    cnt = K.Counter(FAMILY_PREFIX)
    for i in range(112):
        lang = C.choose_lang(rng)
        b, var = C.bank(rng, lang)
        co = C.company(rng, lang, var) if rng.random() < 0.85 else pick(rng, K.PUBLIC[lang])
        sl = C.slots(rng, lang, var, b, co)
        kind = weighted(rng, KINDS)
        rec_f, rec_l = sl["me"], sl["meL"]
        to = f"{K.slug(rec_f)}.{K.slug(rec_l)}@{K.co_domain(co, lang)}"
        line = pick(rng, ACK_REJ[lang]) if kind == "ackrej" else C.S(rng, b, kind, sl)
        if kind == "s_fbreq" and rng.random() < 0.5:
            line = pick(rng, ACK_REJ[lang]).split(". ")[0] + ". " + line if rng.random() < 0.3 else line
        hi = fill(pick(rng, C.HI_TO[var]), dict(sl, n=rec_f))
        me = K.ME[lang]
        bye = C.S(rng, b, "bye_f" if rng.random() < 0.6 else "bye_c", sl)
        sign = me[0] if rng.random() < 0.5 else f"{me[0]} {me[1]}" + maybe(rng, 0.4, f"\n{K.ME_ADDR[lang]}")
        if rng.random() < 0.3:
            line = K.typo(rng, line, 0.04)
        text = K.join([hi, line, bye + "\n" + sign])
        style = "formal" if i % 2 == 0 else "quick"
        subj = fill(pick(rng, b["subj"][QUOTED.get(kind, "inv" if kind in ("s_thanks",) else "ack")]), sl)
        if kind in QUOTED and rng.random() < 0.75:
            qk = QUOTED[kind]
            src = {"rej": "rej", "offer": "offer", "inv": "inv"}[qk]
            qparas, _, _, _ = C.core(rng, b, sl, src)
            qtext = K.join([C.S(rng, b, "hi_f", sl)] + qparas + [C.S(rng, b, "bye_f", sl) + "\n" + f"{rec_f} {rec_l}"])
            text += K.quote(rng, lang, f"{rec_f} {rec_l}", to, subj, qtext)
            subj = pick(rng, ["Re: ", "RE: ", "Sv: " if lang in ("sv", "da", "no") else "R: " if lang == "it" else "Re: "]) + subj
        elif kind in ("s_withdraw", "s_follow", "s_thanks"):
            subj = pick(rng, [subj, sl["role"], f"{sl['role']} - {me[0]} {me[1]}"])
        labels = ["feedback_request"] if kind == "s_fbreq" else []
        html = K.simple_html(text.split("\n\n")) if rng.random() < 0.15 else None
        yield cnt.rec(style, folder="Sent", lang=lang, from_name=f"{me[0]} {me[1]}", from_addr=K.ME_ADDR[lang],
                      to_addr=to, subject=subj, text=text, html=html, labels=labels, company=co)
