"""w15: the candidate's own Sent mail, replying to the hiring people of gen_w15_voice.

Feedback requests after a no (the quoted no never makes them a rejection), and everything else a
candidate sends: thank-yous, withdrawals, accepting or declining, scheduling, applications, chasers.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

import _w15_compose as C
import _w15_neg as N
import _w15_say as S
import _w15_world as W

FAMILY_PREFIX = "w15sent"
PER_FAMILY = 26

STYLES = {
    "formal": {"greet": ["Dear {me},", "Dear {me} {me_last},", "Good afternoon {me},"],
               "close": ["Kind regards,\n{cand} {cand_last}", "Yours sincerely,\n{cand} {cand_last}",
                         "Best regards,\n{cand} {cand_last}\n{cand_addr}"]},
    "casual": {"greet": ["Hi {me}!", "Hey {me},", "Hi {me},", "{me} -"],
               "close": ["Cheers,\n{cand}", "Thanks!\n{cand}", "{cand}", "Thanks so much\n{cand}"]},
    "phone": {"greet": ["Hi {me}", "Hi", ""],
              "close": ["{cand}\n\nSent from my iPhone", "Sent from my Galaxy", "{cand}\n\nGet Outlook for Android"]},
    "nonnative": {"greet": ["Dear Sir/Madam,", "Respected {me},", "Dear {me} ,", "Hello {me} sir,"],
                  "close": ["Thanking you,\n{cand} {cand_last}", "Regards\n{cand} {cand_last}\nMob: +91 9{n4}{n4b}",
                            "With regards,\n{cand}"]},
}

FR_EXTRA = [
    "I enjoyed meeting the team and I'm still very keen on {co}.",
    "I'd like to keep improving, so anything at all would be helpful.",
    "I understand if you're busy, no pressure.",
    "Thanks again for the opportunity.",
    "",
]


def generate(rng: random.Random) -> Iterable[dict]:
    for style, st in STYLES.items():
        fam = f"{FAMILY_PREFIX}-{style}"
        for n in range(PER_FAMILY):
            c = C.ctx(rng)
            greet = C.fill(rng.choice(st["greet"]), c)
            close = C.fill(rng.choice(st["close"]), c)
            if rng.random() < 0.55:
                kind, labels, mode = "fbreq", ["feedback_request"], "co"
                core = rng.choice(N.FB_REQUEST)
                if rng.random() < 0.5 and not core.startswith("Thank"):
                    core = rng.choice(["Thanks for letting me know.", "Oh that's a shame.", "Thank you for the update.",
                                       "Understood, thanks."]) + " " + core
                core += " " + rng.choice(FR_EXTRA)
                quoted_txt = f"Hi {c['cand']},\n\n" + C.fill(rng.choice(S.NO), c)
                if rng.random() < 0.4:
                    quoted_txt += " " + C.fill(rng.choice(S.NO_FILLER), c)
                quoted_txt += f"\n\n{c['me']}"
                oldsub = C.fill(rng.choice(S.NO_SUBJECTS), c)
                subj = rng.choice(["Re: ", "RE: "]) + oldsub if rng.random() < 0.75 else rng.choice(
                    ["Feedback request", "Feedback on my interview?", f"Re: {c['r']} - feedback", "Quick question"])
                quoted = rng.random() < 0.6
            else:
                kind = rng.choices(list(N.SENT_NEG_WEIGHTS), weights=list(N.SENT_NEG_WEIGHTS.values()))[0]
                subs, lines, mode = N.SENT_NEG[kind]
                labels = []
                core = rng.choice(lines)
                oldsub = C.fill(rng.choice(subs), c)
                subj = oldsub
                quoted = kind in ("accept", "decline", "schedule", "withdraw", "reference_send") and rng.random() < 0.6
                if kind == "schedule":
                    quoted_txt = f"Hi {c['cand']},\n\n" + C.fill(rng.choice(S.INVITE), c) + f"\n\n{c['me']}"
                elif kind in ("accept", "decline"):
                    quoted_txt = f"Hi {c['cand']},\n\n" + C.fill(rng.choice(S.OFFER), c) + f"\n\n{c['me']}"
                elif kind == "reference_send":
                    quoted_txt = f"Hi {c['cand']},\n\n" + C.fill(rng.choice(N.VOICE_NEG['references'][1]), c)
                else:
                    quoted_txt = f"Hi {c['cand']},\n\n" + C.fill(rng.choice(N.VOICE_NEG['still_waiting'][1]), c)
            body = "\n\n".join(x for x in [greet, C.fill(core, c), close] if x)
            if quoted:
                q = W.quote(quoted_txt, f"{c['me']} {c['me_last']} <{c['me'].lower()}@{c['dom']}>", rng)
                body += "\n\n" + q.replace("{subj}", oldsub)
            company = c["co"] if mode == "co" else None
            if kind == "personal_sent":
                to = W.email_of(c["me"], c["me_last"], rng.choice(W.FREEMAIL), rng)
            else:
                to = W.email_of(c["me"], c["me_last"], c["dom"], rng)
            yield C.record(fam, n, folder="Sent", from_name=f"{c['cand']} {c['cand_last']}", from_addr=c["cand_addr"],
                           to_addr=to, subj=subj, body=C.tidy(body), labels=labels, company=company, rng=rng,
                           html_rate=0.15)
