"""Writer 42: localised applicant-tracking systems (12 invented vendors) writing for continental employers."""

from __future__ import annotations

import _w42_compose as C
import _w42_kit as K

FAMILY_PREFIX = "w42ats"

# kind -> weight (per vendor)
KINDS = [("ack", 5), ("ack_test", 2), ("reject", 7), ("reject_fb", 2), ("reject_inv", 1), ("invite", 5),
         ("resched", 1), ("offer", 1.3), ("status", 2.2), ("reminder", 1.8), ("profile", 1), ("withdraw_ack", 0.6),
         ("thanks_today", 0.6), ("offer_fb", 0.25), ("invite_fb", 0.5)]
SUBJ_KIND = {"ack": "ack", "ack_test": "invite", "reject": "reject", "reject_fb": "reject", "reject_inv": "reject",
             "invite": "invite", "resched": "resched", "offer": "offer", "status": "status", "reminder": "reminder",
             "profile": "status", "withdraw_ack": "status", "thanks_today": "status", "offer_fb": "offer", "invite_fb": "fb",
             "nofb": "fb"}
BUTTON = {
    "de": {"ack": "Bewerbung ansehen", "invite": "Termin auswählen", "offer": "Angebot öffnen", "status": "Zum Portal",
           "reject": "Zum Bewerbungskonto", "test": "Test starten"},
    "fr": {"ack": "Voir ma candidature", "invite": "Choisir un créneau", "offer": "Consulter la proposition", "status": "Accéder à mon espace",
           "reject": "Mon espace candidat", "test": "Commencer le test"},
    "es": {"ack": "Ver mi candidatura", "invite": "Elegir horario", "offer": "Ver la oferta", "status": "Ir al portal",
           "reject": "Ir a mi cuenta", "test": "Comenzar la prueba"},
    "en": {"ack": "View application", "invite": "Pick a time", "offer": "Open offer", "status": "Go to portal",
           "reject": "My account", "test": "Start assessment"},
}
N_PER_VENDOR = {"bewerbo": 32, "kompass": 27, "stellwerk": 28, "personalwerk": 28, "recrutiplus": 31, "candidatis": 29,
                "postulez": 24, "embauchia": 27, "talentonube": 31, "selektia": 27, "reclutaya": 27, "hirebridge": 32}
VENDOR_REGIONS = {"kompass": ["AT", "DE"], "stellwerk": ["CH"], "postulez": ["QC"], "selektia": ["CL", "AR", "CO"],
                  "reclutaya": ["MX", "CO"], "talentonube": ["ES"], "recrutiplus": ["FR"], "embauchia": ["FR", "BE"],
                  "candidatis": ["BE", "FR", "ES"], "bewerbo": ["DE"], "personalwerk": ["DE", "AT"]}


def from_name(rng, vkey, v, company, lang, sender):
    c = company["name"]
    opts = [f"{c} Recruiting", f"{c} via {v['name']}", f"{c}", f"{c} | {v['name']}"]
    opts += {"de": [f"Karriere {c}", f"{c} Personalabteilung", f"Bewerbermanagement {c}"],
             "fr": [f"{c} Recrutement", f"RH {c}", f"{c} – Ressources Humaines"],
             "es": [f"{c} Selección", f"RR. HH. {c}", f"Talento {c}"],
             "en": [f"{c} Talent Acquisition", f"{c} Careers"]}[lang]
    if sender and rng.random() < 0.3:
        return f"{sender['full']} ({c})"
    return rng.choice(opts)


def generate(rng):
    for vkey, n in N_PER_VENDOR.items():
        v = K.VENDORS[vkey]
        fam = f"{FAMILY_PREFIX}-{vkey}"
        for i in range(n):
            langs = v["langs"]
            nonen = [x for x in langs if x != "en"] or ["de"]
            lang = "en" if ("en" in langs and rng.random() < 0.4) else rng.choice(nonen)
            clang = nonen[0] if lang == "en" else lang
            regions = VENDOR_REGIONS.get(vkey)
            pool = [c for c in K.companies(lang=clang) if not regions or c["region"] in regions] or K.companies(lang=clang)
            if vkey == "stellwerk" and lang == "fr":
                pool = K.companies(region="CH")
            company = rng.choice(pool)
            region = company["region"]
            kind = K.weighted_pick(rng, KINDS)
            reg = v["reg"]
            cand = K.person(rng, clang if lang != "en" else rng.choice(["de", "fr", "es", "en"]))
            sender = K.person(rng, clang) if rng.random() < 0.55 else None
            ctx = C.make_ctx(rng, lang, company, vendor=vkey)
            ctx["sender"] = sender["full"] if sender else C.TEAM[lang][0]
            paras, labels, topics, outside = C.body_for(rng, lang, kind, ctx, reg, region)
            sig = C.signature(rng, lang, sender, company, ctx, team=sender is None)
            body = C.render(rng, lang, cand, paras, reg, region, sig)
            foot = []
            if rng.random() < 0.62:
                foot.append(C.privacy(rng, lang, company, ctx))
            vl = C.VENDOR_LINES[vkey].get(lang) or C.VENDOR_LINES[vkey][next(iter(C.VENDOR_LINES[vkey]))]
            foot.append(C.fill(rng.choice(vl), ctx))
            if rng.random() < 0.35:
                foot.append(C.fill(rng.choice(C.UNSUB[lang]), ctx))
            text = K.squeeze(body + "\n\n--\n" + "\n".join(foot))
            sk = SUBJ_KIND[kind]
            subj = C.fill(rng.choice(C.BANKS[lang].SUBJ[sk]), ctx)
            if rng.random() < 0.2:
                subj = f"[{v['name']}] " + subj
            elif rng.random() < 0.15 and ctx["ref"] not in subj:
                subj = subj + f" ({ctx['ref']})"
            subj = K.regionalise(subj, region)
            if lang == "fr":
                subj = K.fr_elide(subj)
            html = None
            if rng.random() < v["html"] * 0.75:
                bkey = {"ack": "ack", "ack_test": "test", "invite": "invite", "resched": "invite", "offer": "offer",
                        "offer_fb": "offer", "invite_fb": "invite"}.get(kind, "status" if kind not in ("reject", "reject_fb", "reject_inv") else "reject")
                button = (BUTTON[lang][bkey], ctx["link"]) if rng.random() < 0.7 else None
                paras_h = [p for p in text.split("\n\n--\n")[0].split("\n\n")]
                html = K.to_html(rng, paras_h, company["name"], button=button, footer_lines=foot, lang=lang,
                                 preheader=subj if rng.random() < 0.4 else None)
                if rng.random() < 0.45:
                    text = ""
            fn = from_name(rng, vkey, v, company, lang, sender)
            local = rng.choice(["noreply", "no-reply", "jobs", K.ascii_fold(company["name"])[:14], "notifications", "candidates"])
            yield K.rec(fam, i, lang=lang, from_name=fn, from_addr=f"{local}@{v['relay']}", to_addr=K.cand_addr(rng, cand),
                        subject=subj, body_text=text, body_html=html, labels=labels, company=company["name"],
                        topics=topics, outside=outside)
