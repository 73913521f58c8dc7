"""Writer w28: the rest of the pipeline in the same skeletons as the feedback mail: application
acknowledgements (some with an assessment invitation), interview invitations (some after a rejection
for another role), offers, and de/fr/es versions."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w28_fb as F  # noqa: E402
import _w28_world as W  # noqa: E402

FAMILY_PREFIX = "w28pipe"

ACK = ["Thank you for applying for the {r} position at {c}. This is to confirm we've received your application.",
       "We've got your application for {r} – thanks!", "Your application ({q}) has been successfully submitted.",
       "Thanks for your interest in {c}. Your CV for {r} arrived safely and is now with the hiring team.",
       "Just confirming I've received your application and cover letter for {r}.",
       "Application received: {r}. A member of our team will review it shortly.",
       "This is an automated message to let you know we have your application for {r} (ref. {q}).",
       "Thank you – your application for {r} is in! Our recruiters read every one.",
       "We confirm receipt of your application for the role of {r}.",
       "Good to hear from you. I've passed your CV for {r} to the hiring manager and will come back to you soon."]
ACK2 = ["If your profile matches, we'll contact you within two weeks.", "Due to volume, we may not reply to every applicant individually.",
        "You can track your status in the candidate portal.", "There's nothing else you need to do for now.",
        "We aim to review applications within 10 working days.", ""]
ASSESS = ["As the next step, please complete our online assessment within five days: https://assess.{d}/t/{k}",
          "We'd like you to complete a short video interview (three questions, around 15 minutes): https://{d}/video/{k}",
          "Please complete the numerical reasoning test at the link below before {dt}: https://tests.{d}/{k}",
          "Our process starts with a 60-minute coding exercise; you can take it any time this week here: https://{d}/code/{k}"]

INV = ["We'd like to invite you to a {kind} for the {r} role.", "The team would love to speak with you. Are you available for a {kind}?",
       "Great news – we'd like to move you to a {kind}.", "I'd like to set up a {kind} with you about {r}.",
       "Would you be free for a {kind} on {s}?", "We'd like you to come in for a {kind}.",
       "Your application stood out and we'd like to arrange a {kind}.",
       "Following your CV review, the hiring manager asked me to book a {kind} with you.",
       "We're pleased to invite you to the next stage of the process: a {kind}.",
       "I'd love to get a {kind} in the diary so we can tell you more about {r}."]
KINDS = ["30-minute phone screen", "technical interview", "video call with the hiring manager", "final-round onsite",
         "quick chat with our Head of Product", "panel interview", "case-study interview", "pairing session",
         "second interview", "informal coffee chat with the team"]
INV2 = ["Please pick a time that suits you: https://{d}/schedule/{k}", "Could you send me two or three slots that work next week?",
        "It'll be on video; the link will follow in a calendar invitation.", "The interview will be held at our office; directions attached.",
        "Let me know if {s} works, otherwise suggest another time."]
OTHER_ROLE = ["While we won't be progressing your application for {r}, the team thought you'd be a strong fit for our {r2} opening.",
              "We've decided not to move forward for {r}; however, {p} on the {r2} team would like to speak with you.",
              "Unfortunately {r} went to another candidate, but we have an opening for {r2} and would like to invite you to interview for it."]

OFFER = ["I'm delighted to offer you the position of {r} at {c}!", "We'd like to extend an offer for the {r} role.",
         "Following your final interview, we are pleased to make you a conditional offer of employment as {r}.",
         "Congratulations – the team was unanimous and we want you to join us as {r}.",
         "As discussed on the phone, here's our offer in writing for the {r} position."]
OFFER2 = ["The base salary is {sal} per year, with {hol} days' holiday and a pension contribution of {pen}%.",
          "The full offer letter is attached; the key terms are a salary of {sal} and a start date of {dt}.",
          "Please review the attached contract and let us know by {dt} whether you'd like to accept.",
          "Salary: {sal}. Start date: flexible, ideally {dt}."]
OFFER3 = ["Happy to set up a call if you have questions about the package.", "We really hope you'll say yes!",
          "Please don't hesitate to ask if anything is unclear.", ""]


def _fill(rng, c, tld, r):
    return dict(c=c, r=r, q=W.req_no(rng), d=f"{W.slug(c)[:16]}.{tld}", k=rng.randint(1000, 99999), s=W.a_slot(rng),
                dt=W.a_date(rng), r2=rng.choice(W.ROLES), p=W.Person(rng).first, kind=rng.choice(KINDS),
                sal=rng.choice(["£48,000", "€62,000", "$115,000", "£36,500", "€54.000", "£71,000"]),
                hol=rng.choice([25, 28, 30]), pen=rng.choice([5, 6, 8]))


def pipe_en(rng, fam, n, kind):
    c, _i, tld = W.employer(rng)
    r = rng.choice(W.ROLES)
    cand, caddr = W.candidate(rng)
    fn, fa, sig = W.sender(rng, c, tld)
    f = _fill(rng, c, tld, r)
    labels: list[str] = []
    if kind == "ack":
        labels = ["application_ack"]
        paras = [rng.choice(ACK), rng.choice(ACK2)]
        if rng.random() < .2:
            labels.append("interview_invite")
            paras[1] = rng.choice(ASSESS)
        subj = rng.choice(["Application received – {r}", "Thanks for applying to {c}", "We've received your application ({q})",
                           "Your application: {r}", "{c}: application confirmation", "Re: {r} application"])
    elif kind == "invite":
        labels = ["interview_invite"]
        paras = [rng.choice(["Thanks for applying for {r}.", "Thanks for your patience while we reviewed applications.", ""]),
                 rng.choice(INV), rng.choice(INV2)]
        if rng.random() < .2:
            labels.append("rejection")
            paras[1] = rng.choice(OTHER_ROLE)
            f["kind"] = "conversation"
        subj = rng.choice(["Interview invitation – {r}", "Next steps for {r}", "Let's talk! ({c})", "{r} – {kind}",
                           "Re: Your application for {r}", "Invitation: interview with {c}", "Scheduling your interview 📅"])
    else:
        labels = ["offer"]
        paras = [rng.choice(OFFER), rng.choice(OFFER2), rng.choice(OFFER3)]
        subj = rng.choice(["Offer of employment – {r}", "Your offer from {c} 🎉", "Great news!", "Re: {r} – offer", "{c} offer letter"])
    body = W.letter(rng, "en", cand, [p.format(**f) for p in paras], sig, c, tld)
    return W.record(fam, n, from_name=fn, from_addr=fa, to_addr=caddr, subject=W.subj_prefix(rng, subj.format(**f)),
                    body=body, labels=labels, company=c, html_mode=W.html_mode(rng, .12, .2), rng=rng, brand=c)


def board_ack(rng, fam, n):
    c, _i, tld = W.employer(rng)
    r = rng.choice(W.ROLES)
    cand, caddr = W.candidate(rng)
    board = rng.choice(["JobNest", "CareerLoop", "WorkRadar", "Hireboard", "TalentDock"])
    body = rng.choice(["Your application was sent to {c}.\n\n{r}\n{c} · {loc}\n\nGood luck! You can see the status of your applications in My Jobs.",
                       "Application submitted ✔\n\nYou applied for {r} at {c} ({loc}). The employer will contact you directly if they'd like to move forward."]).format(
        c=c, r=r, loc=rng.choice(["Remote", "Leeds", "Munich", "Dublin", "Toronto", "Hybrid – Paris"]))
    body += f"\n\n{board} · Manage email settings"
    return W.record(fam, n, from_name=board, from_addr=f"jobs-noreply@{W.slug(board)}.com", to_addr=caddr,
                    subject=rng.choice(["Your application was sent to {c}", "{cand}, your application to {c} was submitted"]).format(c=c, cand=cand.split()[0]),
                    body=body, labels=["application_ack"], company=c, html_mode=W.html_mode(rng, .3, .4), rng=rng, brand=board)


INTL = {
    "de": {"ack": ["vielen Dank für Ihre Bewerbung als {r}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
                   "Ihre Bewerbung ist bei uns eingegangen. Wir melden uns in den nächsten zwei Wochen."],
           "invite": ["wir möchten Sie gern zu einem Vorstellungsgespräch für die Position {r} einladen. Passt Ihnen {s}?",
                      "wir laden Sie herzlich zu einem ersten Telefoninterview ein. Bitte wählen Sie einen Termin: https://{d}/termin/{k}"],
           "offer": ["wir freuen uns, Ihnen die Stelle als {r} anbieten zu können. Den Vertragsentwurf finden Sie im Anhang."],
           "rej": ["leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Wir bitten um Verständnis, dass wir kein individuelles Feedback geben können."],
           "subj": {"ack": "Eingangsbestätigung – {r}", "invite": "Einladung zum Vorstellungsgespräch", "offer": "Vertragsangebot {r}", "rej": "Ihre Bewerbung bei {c}"}},
    "fr": {"ack": ["nous accusons bonne réception de votre candidature au poste de {r}.",
                   "merci pour votre candidature ! Notre équipe l'étudie et reviendra vers vous rapidement."],
           "invite": ["nous souhaiterions vous rencontrer pour un entretien concernant le poste de {r}. Êtes-vous disponible {s} ?",
                      "votre profil a retenu notre attention. Nous vous proposons un premier échange téléphonique : https://{d}/rdv/{k}"],
           "offer": ["nous avons le plaisir de vous proposer le poste de {r}. Vous trouverez la promesse d'embauche en pièce jointe."],
           "rej": ["après étude de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Nous avons reçu de nombreuses candidatures de qualité."],
           "subj": {"ack": "Accusé de réception – {r}", "invite": "Invitation à un entretien", "offer": "Proposition d'embauche", "rej": "Votre candidature chez {c}"}},
    "es": {"ack": ["hemos recibido correctamente tu candidatura para el puesto de {r}. ¡Gracias!",
                   "gracias por inscribirte en nuestra oferta. Revisaremos tu perfil en los próximos días."],
           "invite": ["nos gustaría conocerte en una entrevista para el puesto de {r}. ¿Te viene bien el {s}?",
                      "queremos invitarte a una primera llamada con el equipo. Reserva aquí: https://{d}/agenda/{k}"],
           "offer": ["nos alegra ofrecerte el puesto de {r}. Te adjuntamos la carta de oferta con las condiciones."],
           "rej": ["tras revisar tu candidatura, hemos decidido no continuar contigo en este proceso. Hemos recibido muchas candidaturas muy buenas."],
           "subj": {"ack": "Candidatura recibida – {r}", "invite": "Invitación a entrevista", "offer": "Oferta de empleo – {c}", "rej": "Tu candidatura en {c}"}},
}
LAB = {"ack": ["application_ack"], "invite": ["interview_invite"], "offer": ["offer"], "rej": ["rejection"]}


def pipe_intl(rng, fam, n, lang):
    tlds = {"de": ("de", "at", "ch"), "fr": ("fr",), "es": ("es", "mx", "cl")}[lang]
    c, _i, tld = rng.choice([x for x in W.COMPANIES if x[2] in tlds])
    r = rng.choice({"de": W.ROLES_DE, "fr": W.ROLES_FR, "es": W.ROLES_ES}[lang])
    cand, caddr = W.candidate(rng)
    fn, fa, sig = W.sender(rng, c, tld, lang)
    kind = rng.choices(["ack", "invite", "offer", "rej"], weights=(4, 4, 2, 3))[0]
    f = _fill(rng, c, tld, r)
    body = W.letter(rng, lang, cand, [rng.choice(INTL[lang][kind]).format(**f), rng.choice(F.CLOSE[lang])], sig, c, tld)
    return W.record(fam, n, lang=lang, from_name=fn, from_addr=fa, to_addr=caddr,
                    subject=INTL[lang]["subj"][kind].format(**f), body=body, labels=LAB[kind], company=c,
                    html_mode=W.html_mode(rng, .1, .2), rng=rng, brand=c)


def generate(rng: random.Random) -> Iterable[dict]:
    for kind, count in (("ack", 46), ("invite", 62), ("offer", 42)):
        fam = f"{FAMILY_PREFIX}-{kind}"
        for n in range(1, count + 1):
            yield pipe_en(rng, fam, n, kind)
    for n in range(1, 19):
        yield board_ack(rng, f"{FAMILY_PREFIX}-board", n)
    for lang, count in (("de", 14), ("fr", 12), ("es", 12)):
        for n in range(1, count + 1):
            yield pipe_intl(rng, f"{FAMILY_PREFIX}-{lang}", n, lang)
