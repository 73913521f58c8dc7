"""w49: Brazilian Portuguese, Latin American Spanish, African/Maghreb French, Indonesian and Malay hiring mail,
their look-alikes, and Hindi-English recruiter notes written in Latin script."""

from __future__ import annotations

import _w49_es as ES
import _w49_fr as FR
import _w49_idms as IM
import _w49_pt as PT
from _w49_common import Counter, cand_addr, chance, html_shell, person, pick, record, ref_no, roughen
from _w49_run import VENDORS, employer_family
from _w49_world import fmt_date

FAMILY_PREFIX = "w49"

EMPLOYER_FAMILIES = [
    # family, F, region, roles, n, style
    ("br-rh-humano", PT.F, PT.REGION, PT.ROLES, 38, dict(sig="person", open_p=0.7, close_p=0.8, footer_p=0.4, rough=1,
                                                         quote_p=0.35)),
    ("br-ats-vagahub", PT.F, PT.REGION, PT.ROLES, 36, dict(sig="team", vendor=VENDORS[7], open_p=0.85, close_p=0.6,
                                                           footer_p=0.8, html_p=0.6, html_only_p=0.6)),
    ("latam-seleccion-personal", ES.F, ES.REGION, ES.ROLES, 40, dict(sig="person", open_p=0.75, close_p=0.8, footer_p=0.4,
                                                                     rough=1, quote_p=0.35)),
    ("latam-ats-talentia", ES.F, ES.REGION, ES.ROLES, 36, dict(sig="team", vendor=VENDORS[8], open_p=0.85, close_p=0.6,
                                                               footer_p=0.8, html_p=0.55, html_only_p=0.6)),
    ("afrique-drh-courrier", FR.F, FR.REGION, FR.ROLES, 34, dict(sig="person", open_p=0.85, close_p=0.85, footer_p=0.5,
                                                                 rough=0, quote_p=0.3)),
    ("maghreb-cabinet-recrutement", FR.F, FR.REGION, FR.ROLES, 30, dict(sig="team", vendor=VENDORS[6], open_p=0.8,
                                                                        close_p=0.7, footer_p=0.7, html_p=0.4,
                                                                        html_only_p=0.5)),
    ("id-hrd-rekrutmen", IM.F_ID, IM.REGION_ID, IM.ROLES_ID, 40, dict(sig="person", open_p=0.75, close_p=0.7, footer_p=0.4,
                                                                      rough=1, html_p=0.2, html_only_p=0.4)),
    ("my-sumber-manusia", IM.F_MS, IM.REGION_MS, IM.ROLES_MS, 34, dict(sig="team", open_p=0.85, close_p=0.8,
                                                                       footer_p=0.6, html_p=0.3, html_only_p=0.4)),
]

# ------------------------------------------------------------------ look-alikes per language
LOOK = {
    "pt": dict(
        region=PT.REGION, F=PT.F,
        items=[
            ("alert", "Vagas de {q} em {city}", "Olá {first}, encontramos {n} novas vagas de {q} para você:\n\n{jobs}\n\n"
             "Gerencie seus alertas nas configurações.", "Alertas VagaCerta", "alertas@vagacerta.com.br"),
            ("alert", "{n} vagas combinam com seu perfil", "Oi {first}! Separamos vagas que combinam com você:\n\n{jobs}\n\n"
             "Candidate-se em 1 clique.", "EmpregoJá", "noreply@empregoja.com.br"),
            ("scam", "PARABÉNS: você foi contratado(a)!", "Olá {first}, seu currículo foi aprovado para trabalhar em casa "
             "avaliando produtos, ganhando até R$ 450 por dia. Para liberar sua vaga, pague a taxa de cadastro de R$ 89,90 "
             "via PIX para a chave {phone}.", "Recrutamento Online", "rh.contratacao.urgente@gmail.com"),
            ("scam", "Vaga no exterior - Portugal", "Prezado(a), você foi selecionado(a) para trabalhar em Portugal com "
             "visto garantido. Envie R$ 1.200 para despesas de documentação até amanhã.", "Agência Europa Trabalho",
             "europa.trabalho.vagas@outlook.com"),
            ("gov", "Concurso público - resultado preliminar", "Prezado(a) candidato(a), o resultado preliminar da prova "
             "objetiva do concurso para {q} foi publicado no Diário Oficial. Você obteve {m} pontos e {st}. Prazo para "
             "recurso: {date}.", "Banca Organizadora Instituto Cerrado", "concursos@institutocerrado.org.br"),
            ("admission", "Resultado do processo seletivo de bolsas", "Olá {first}, informamos que você não foi contemplado(a) "
             "com a bolsa de estudos do Programa Futuro nesta edição. Agradecemos a participação.",
             "Programa Futuro Bolsas", "bolsas@programafuturo.org.br"),
            ("admission", "Vestibular - resultado", "Parabéns, {first}! Você foi aprovado(a) no vestibular para o curso de "
             "Administração. Faça sua matrícula até {date}.", "Centro Universitário Vale Verde", "vestibular@valeverde.edu.br"),
            ("loan", "Sua solicitação de crédito", "Olá {first}, após análise, sua solicitação de empréstimo pessoal não foi "
             "aprovada neste momento. Tente novamente em 90 dias.", "Banco Ipê Amarelo", "noreply@bancoipe.com.br"),
            ("news", "Como responder 'qual seu maior defeito?'", "Nesta edição: 5 erros que reprovam na entrevista, como "
             "lidar com um 'não' do recrutador e o que escrever no LinkedIn. Boa leitura, {first}!",
             "Carreira em Foco", "news@carreiraemfoco.com.br"),
            ("fair", "Feirão de empregos em {city}", "Participe do Feirão de Empregos no dia {date}: mais de 3 mil vagas. "
             "Leve seu currículo e documento com foto.", "Feirão Emprega Mais", "eventos@empregamais.org.br"),
            ("auto", "Resposta automática: Currículo", "Estou fora do escritório até {date}. Para assuntos urgentes, "
             "procure o RH pelo telefone {phone}.", "{sname}", "{saddr}"),
        ]),
    "es": dict(
        region=ES.REGION, F=ES.F,
        items=[
            ("alert", "Nuevas vacantes de {q} en {city}", "Hola {first}, encontramos {n} ofertas nuevas de {q}:\n\n{jobs}\n\n"
             "Administra tus alertas desde tu cuenta.", "EmpleoYa Alertas", "alertas@empleoya.com.mx"),
            ("alert", "Ofertas recomendadas para ti", "{first}, estas vacantes coinciden con tu perfil:\n\n{jobs}\n\n"
             "Postula antes de que cierren.", "Trabajando Andes", "no-reply@trabajandoandes.cl"),
            ("scam", "¡FELICIDADES! Vacante aprobada", "Estimado/a {first}: fue seleccionado/a para trabajar desde casa con "
             "sueldo de USD 900. Para activar su contrato deposite $1,500 MXN por concepto de capacitación al número "
             "{phone}.", "Reclutamiento Express", "reclutamiento.express.mx@gmail.com"),
            ("scam", "Oferta de empleo en Canadá", "Usted ha sido aprobado para trabajar en Canadá con visa. Solo debe "
             "pagar USD 300 de trámites migratorios antes del viernes.", "Canadá Trabajo Latam", "visas.canada.latam@outlook.com"),
            ("gov", "Convocatoria pública - resultados", "Se informa a los aspirantes del concurso de méritos para {q} que "
             "los resultados de la prueba escrita se publicaron en el portal. Usted obtuvo {m} puntos y {st2}.",
             "Comisión Nacional del Servicio Civil", "notificaciones@servicio-civil.gov.co"),
            ("admission", "Resultado de beca", "Hola {first}, lamentamos informarte que tu solicitud de beca de maestría no "
             "fue seleccionada en esta convocatoria.", "Fundación Becas Andinas", "becas@becasandinas.org"),
            ("admission", "Admisión - Maestría en Finanzas", "Felicidades {first}, fuiste admitido/a al programa. Realiza tu "
             "inscripción antes del {date}.", "Universidad del Pacífico Norte", "admisiones@upn.edu.pe"),
            ("loan", "Respuesta a tu solicitud de crédito", "Tu solicitud de tarjeta de crédito no fue aprobada por el momento. "
             "Podrás volver a intentarlo en 3 meses.", "Banco Cordillera", "avisos@bancocordillera.cl"),
            ("news", "Cómo superar el rechazo laboral", "En este boletín: qué hacer cuando te dicen que no, preguntas "
             "típicas de entrevista y cómo negociar tu sueldo. ¡Éxitos, {first}!", "Boletín Carrera Latina",
             "boletin@carreralatina.com"),
            ("fair", "Feria de empleo {city}", "Te invitamos a la Feria de Empleo el {date} con más de 80 empresas. "
             "Entrada libre, lleva tu CV.", "Feria Empleo Joven", "eventos@empleojoven.org"),
            ("auto", "Respuesta automática: Postulación", "Estoy fuera de la oficina hasta el {date}. Para temas urgentes "
             "escribe a seleccion@{dom}.", "{sname}", "{saddr}"),
        ]),
    "fr": dict(
        region=FR.REGION, F=FR.F,
        items=[
            ("alert", "Nouvelles offres : {q} à {city}", "Bonjour {first}, {n} nouvelles offres correspondent à votre "
             "recherche :\n\n{jobs}\n\nGérez vos alertes dans votre espace.", "EmploiAfrique Alertes", "alertes@emploiafrique.net"),
            ("scam", "Félicitations : recrutement validé", "Cher(e) {first}, vous êtes retenu(e) pour un poste au Canada avec "
             "visa. Veuillez verser 150 000 FCFA de frais de dossier par mobile money au {phone}.",
             "Cabinet International Emploi", "cabinet.int.emploi@gmail.com"),
            ("gov", "Concours de la fonction publique - résultats", "Les résultats du concours direct de recrutement de {q} "
             "sont disponibles. Vous avez obtenu {m} points : {st3}.", "Ministère de la Fonction Publique",
             "concours@fonctionpublique.gouv.sn"),
            ("admission", "Décision d'admission", "Nous avons le regret de vous informer que votre candidature au Master en "
             "finance n'a pas été retenue.", "Institut Supérieur de Management de Dakar", "admissions@ism-dakar.sn"),
            ("loan", "Votre demande de visa", "Votre demande de visa a été refusée. Les motifs figurent dans la lettre "
             "de refus jointe.", "Centre de demande de visa", "noreply@visa-centre.info"),
            ("news", "Réussir son entretien d'embauche", "Au sommaire : préparer un entretien, rebondir après un refus, "
             "rédiger une lettre de motivation. Bonne lecture {first} !", "Carrières Mag", "lettre@carrieresmag.com"),
            ("fair", "Forum de l'emploi à {city}", "Le Forum de l'emploi se tiendra le {date}. Plus de 50 entreprises "
             "recrutent. Entrée gratuite.", "Forum Emploi Jeunes", "forum@emploijeunes.org"),
            ("auto", "Réponse automatique", "Je suis absent(e) jusqu'au {date}. Pour toute urgence, contactez rh@{dom}.",
             "{sname}", "{saddr}"),
        ]),
    "id": dict(
        region=IM.REGION_ID, F=IM.F_ID,
        items=[
            ("alert", "Lowongan {q} terbaru di {city}", "Hai {first}, ada {n} lowongan baru untuk Anda:\n\n{jobs}\n\n"
             "Atur notifikasi di akun Anda.", "LokerKita", "notifikasi@lokerkita.id"),
            ("scam", "SELAMAT! Anda diterima kerja", "Yth. {first}, Anda lolos seleksi tanpa tes. Silakan transfer biaya "
             "seragam dan pelatihan Rp 750.000 ke rekening yang kami kirim via WhatsApp {phone}.", "HRD Rekrutmen Pusat",
             "hrd.rekrutmen.pusat@gmail.com"),
            ("gov", "Pengumuman hasil seleksi CPNS", "Hasil Seleksi Kompetensi Dasar telah diumumkan. Nilai Anda {m}, "
             "status: {st4}.", "Panitia Seleksi Nasional", "info@panselnas.go.id"),
            ("admission", "Hasil seleksi beasiswa", "Mohon maaf, Anda belum lolos seleksi beasiswa tahun ini.",
             "Lembaga Beasiswa Nusantara", "beasiswa@lbn.or.id"),
            ("news", "Tips lolos interview kerja", "Edisi minggu ini: cara menjawab pertanyaan HRD, tips setelah ditolak, "
             "dan contoh CV ATS-friendly.", "Karier Kita Newsletter", "newsletter@karierkita.id"),
            ("auto", "Balasan otomatis", "Saya sedang cuti hingga {date}. Untuk keperluan mendesak hubungi hrd@{dom}.",
             "{sname}", "{saddr}"),
        ]),
    "ms": dict(
        region=IM.REGION_MS, F=IM.F_MS,
        items=[
            ("alert", "Jawatan kosong {q} di {city}", "Hai {first}, terdapat {n} jawatan baharu untuk anda:\n\n{jobs}",
             "KerjaKini", "makluman@kerjakini.my"),
            ("scam", "Tahniah! Tawaran kerja", "Anda terpilih bekerja dari rumah dengan gaji RM 5,000. Sila bayar yuran "
             "pendaftaran RM 250 ke akaun ejen kami.", "Agensi Kerjaya Global", "agensi.kerjaya.global@gmail.com"),
            ("gov", "Keputusan peperiksaan", "Keputusan Peperiksaan Pengambilan Perkhidmatan Awam telah diumumkan. "
             "Markah anda: {m}. Status: {st5}.", "Lembaga Pengambilan Awam", "makluman@lpa.gov.my"),
            ("admission", "Keputusan permohonan biasiswa", "Dukacita dimaklumkan permohonan biasiswa anda tidak berjaya.",
             "Yayasan Biasiswa Cemerlang", "biasiswa@ybc.org.my"),
            ("auto", "Balasan automatik", "Saya bercuti sehingga {date}. Untuk urusan segera sila hubungi hr@{dom}.",
             "{sname}", "{saddr}"),
        ]),
}

LOOK_N = {"pt": 34, "es": 36, "fr": 26, "id": 18, "ms": 14}


def lookalike(rng, ctr, lang):
    L = LOOK[lang]
    R, Fl = L["region"], L["F"]
    kind, subj, body, fname, faddr = pick(rng, L["items"])
    p = person(rng, R["names"])
    s = person(rng, R["names"])
    emp = pick(rng, R["employers"])
    roles = [r for r in sum([list(v) for v in {"pt": PT.ROLES, "es": ES.ROLES, "fr": FR.ROLES, "id": IM.ROLES_ID,
                                                 "ms": IM.ROLES_MS}[lang].values()], [])]
    jobs = "\n".join(pick(rng, ["- {r} | {e} | {c}", "* {r} - {e} ({c})", "{r}\n{e} - {c}"]).format(
        r=pick(rng, roles), e=pick(rng, R["employers"])[0], c=pick(rng, R["cities"])) for _ in range(rng.randrange(3, 6)))
    ctx = dict(first=p["first"], q=pick(rng, roles), city=pick(rng, R["cities"]), n=rng.randrange(3, 30), jobs=jobs,
               phone=R["phone"](rng), m=rng.randrange(40, 95), date=fmt_date(rng, lang, Fl["months"], Fl["weekdays"]),
               st=pick(rng, ["está classificado(a)", "não atingiu a nota de corte"]),
               st2=pick(rng, ["continúa en el concurso", "no superó el puntaje mínimo"]),
               st3=pick(rng, ["admis(e)", "non admis(e)"]), st4=pick(rng, ["LULUS", "TIDAK LULUS"]),
               st5=pick(rng, ["LAYAK", "TIDAK LAYAK"]), sname=s["full"], dom=emp[1],
               saddr=f"{s['first'].split()[0].lower()}@{emp[1]}")
    subj, body = subj.format(**ctx), body.format(**ctx)
    fname, faddr = fname.format(**ctx), faddr.format(**ctx)
    greet = pick(rng, Fl["greet"]).format(first=p["first"], full=p["full"], last=p["last"])
    if kind not in ("alert", "news", "auto") and chance(rng, 0.4) and not body.startswith(("Olá", "Hola", "Bonjour", "Hai")):
        body = greet + "\n\n" + body
    if chance(rng, 0.25):
        body = roughen(rng, body, 1)
    company = emp[0] if kind == "auto" else None
    html = None
    if kind in ("alert", "news") and chance(rng, 0.4):
        html = html_shell(rng, body.split("\n\n"), fname)
        if chance(rng, 0.5):
            body = ""
    return record(ctr, f"{lang}-lookalikes", lang, fname, faddr, cand_addr(rng, p), subj, body, [], company, body_html=html)


# ------------------------------------------------------------------ Hindi-English recruiter notes (lang en)
HINGLISH = {
    "rej": (["rejection"], ["Hi {first}, aapka profile client ne reject kar diya hai for {role}. Better luck next time, "
                            "aur openings aayengi to bataunga.",
                            "{first} ji, interview feedback aaya hai - unfortunately they are not moving ahead with you.",
                            "Sorry yaar, {company} wale kisi aur candidate ke saath ja rahe hain. Position closed ho gayi.",
                            "Hello {first}, HR ne bola ki aapka selection nahi hua for {role}. Don't be upset, aage dekhte hain."]),
    "inv": (["interview_invite"], ["Hi {first}, aapka interview schedule ho gaya hai {date} ko {time} baje, {venue}. "
                                   "Please confirm kar dena.",
                                   "{first}, client ne aapka CV shortlist kiya hai! Technical round ke liye kal available "
                                   "ho kya? Teams link bhej dunga.",
                                   "Hello {first}, {company} ka online test link ye raha {link}. Aaj raat tak complete kar "
                                   "lena please."]),
    "offer": (["offer"], ["Congratulations {first}!! {company} ne aapko offer diya hai, {salary}. Offer letter kal tak "
                          "mail pe aa jayega.",
                          "{first} ji, good news - selection ho gaya hai. Joining date {start} rakhi hai, confirm karo."]),
    "ack": (["application_ack"], ["Hi {first}, aapka resume mil gaya for {role}. Main client ko forward kar raha hoon.",
                                  "CV received {first}, thanks. Ek do din mein update deta hoon."]),
    "fb": (["rejection", "feedback"], ["{first}, client ka feedback: communication thoda weak tha aur answers structured nahi "
                                       "the. Isliye is baar nahi hua.",
                                       "Feedback aaya hai - technical concepts mein depth kam thi, especially SQL. Unfortunately "
                                       "they are not proceeding."]),
    "neg": ([], ["Hi {first}, kal ka interview yaad hai na? {time} baje, late mat hona.",
                 "{first}, aapka profile abhi bhi review mein hai, client ne koi update nahi diya.",
                 "Bhai documents bhej do - PAN, Aadhaar, last 3 payslips - joining ke liye chahiye.",
                 "Hi {first}, naukri portal pe profile update kar lo, recruiters zyada dekhte hain.",
                 "Ek opening thi {role} ki but woh close ho gayi before I could share your CV. Next time."]),
}
HINGLISH_FB_TOPICS = [["communication", "behavioural"], ["technical_depth"]]


def hinglish(rng, ctr):
    from _w49_en import F as EN
    from _w49_world import make_ctx
    key = pick(rng, ["rej", "rej", "inv", "inv", "offer", "ack", "fb", "neg", "neg", "neg", "neg"])
    labels, lines = HINGLISH[key]
    idx = rng.randrange(len(lines))
    ctx = make_ctx(rng, "in", EN)
    body = lines[idx].format(**ctx)
    if chance(rng, 0.4):
        body = roughen(rng, body, 2)
    body += "\n\n" + pick(rng, [ctx["sname"] + "\n" + ctx["phone"], "Thanks\n" + ctx["sfirst"], "Regards,\n" + ctx["sname"] +
                                "\nSkyline Talent Solutions"])
    topics = HINGLISH_FB_TOPICS[idx] if key == "fb" else []
    outside = ["role_filled"] if (key == "rej" and idx == 2) else []
    subj = pick(rng, ["Update", "{role} - {company}", "re: profile", "Interview", "fwd: {role}", "Hi"]).format(**ctx)
    company = None if (key == "neg" and idx == 3) else ctx["company"]
    return record(ctr, "hinglish-recruiter-notes", "en", ctx["sname"], f"{ctx['sfirst'].lower()}.hr{rng.randrange(10, 99)}"
                  "@gmail.com", ctx["cand_addr"], subj, body, labels, company, topics, outside)


def generate(rng):
    ctr = Counter()
    for fam, F, region, roles, n, style in EMPLOYER_FAMILIES:
        yield from employer_family(rng, ctr, fam, F, [region], n, style, roles=roles)
    for lang, n in LOOK_N.items():
        for _ in range(n):
            yield lookalike(rng, ctr, lang)
    for _ in range(26):
        yield hinglish(rng, ctr)
