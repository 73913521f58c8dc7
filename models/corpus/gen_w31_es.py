"""Writer w31, Spanish: rechazo/oferta/candidatura look-alikes beside real hiring mail (ES/MX/AR)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _w31_core as core  # noqa: E402

FAMILY_PREFIX = "w31es"
LANG = "es"

FIRST = ["Lucía", "Mateo", "Valentina", "Santiago", "Carmen", "Javier", "Ximena", "Diego", "Rocío", "Agustín",
         "Nerea", "Iñaki", "Florencia", "Emiliano", "Guadalupe", "Pablo", "Macarena", "Tomás", "Itziar", "Rodrigo",
         "Daniela", "Joaquín", "Marisol", "Facundo", "Alba", "Hernán", "Renata", "Gonzalo", "Abril", "Ulises"]
LAST = ["García", "Etxeberria", "Fernández", "Sosa", "Quintana", "Morales", "Ibarra", "Villalobos", "Pereyra",
        "Castro", "Herrera", "Domínguez", "Salazar", "Rincón", "Aguirre", "Benítez", "Lozano", "Cabrera",
        "Ortiz", "Medina", "Vallejo", "Zárate", "Olmos", "Ferrer", "Gallardo", "Paredes"]
ROLES = ["Desarrollador/a backend", "Analista de datos", "Técnico/a de soporte", "Ejecutivo comercial",
         "Ingeniera de procesos", "Diseñador/a UX", "Contador/a sénior", "Jefe de almacén", "Product manager",
         "Becario/a de marketing", "Administrativo/a contable", "Desarrollador móvil Android",
         "Especialista en ciberseguridad", "Coordinador/a de logística", "Abogado/a laboralista",
         "Responsable de atención al cliente", "Científico/a de datos"]
CITIES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Ciudad de México",
          "Guadalajara", "Monterrey", "Puebla", "Buenos Aires", "Córdoba", "Rosario", "Mendoza"]
AGENCIES = ["Talento Sur Consultores", "Puente Selección", "Cumbre Headhunting", "Ágora RRHH", "Brújula Talent"]
MY_EMPLOYERS = ["transportesmeridiano.es", "grupoalcor.com.mx", "laboratoriosplata.com.ar"]

_roots = ["Alcor", "Meridiano", "Albufera", "Guadiana", "Sierra Norte", "Cantábrico", "Tajo", "Nopal", "Jacarandá",
          "Popocatépetl", "Pampa", "Paraná", "Aconcagua", "Ceibo", "Ombú", "Mistral", "Olivar", "Brisa", "Faro",
          "Atalaya", "Mirador", "Quetzal"]
_trades = ["Tecnología", "Seguros", "Logística", "Energía", "Alimentos", "Consultores", "Software", "Salud",
           "Construcciones", "Financiera", "Digital", "Farma", "Textil", "Datos"]


def _companies() -> list[tuple[str, str, str]]:
    r = random.Random(31003)
    out = []
    for tld, forms, n in (("es", ["S.L.", "S.A."], 26), ("mx", ["S.A. de C.V.", "S. de R.L."], 16),
                          ("ar", ["S.A.", "S.R.L."], 14)):
        for name, legal in core.make_companies(r, _roots, _trades, forms, n,
                                               fmt=lambda a, b: f"{b} {a}" if len(b) % 2 else f"{a} {b}"):
            out.append((name, legal, tld))
    return out


COMPANIES = _companies()


def extra_ctx(rng: random.Random) -> dict:
    day = rng.randrange(2, 28)
    mon = core.pick(rng, ["marzo", "abril", "mayo", "junio", "septiembre", "octubre", "noviembre"])
    wd = core.pick(rng, ["lunes", "martes", "miércoles", "jueves", "viernes"])
    return {
        "date": f"{wd} {day} de {mon}", "time": f"{rng.randrange(8, 17)}:{core.pick(rng, ['00', '30'])} h",
        "link": core.pick(rng, ["https://empleo.{domain}/agenda/", "https://citas.reclutapp.example/r/",
                                "https://portal.{domain}/candidatos?c="]) + str(rng.randrange(10**5, 10**6)),
        "salary": core.pick(rng, [f"{rng.randrange(28, 60)}.000 € brutos anuales", f"${rng.randrange(35, 90)},000 MXN mensuales",
                                  f"ARS {rng.randrange(900, 3000)}.000 mensuales"]),
        "start": f"{rng.randrange(1, 28)} de {core.pick(rng, ['enero', 'febrero', 'julio', 'septiembre'])}",
        "dur": core.pick(rng, ["30 minutos", "45 minutos", "una hora", "hora y media"]),
    }


WHEN = ["{date}, a las 10:22", "{date} de 2024 a las 17:05", "vie, 3 may 2024 a las 12:40"]
REPLY_PREFIX = ["RE: ", "Re: ", "RV: ", "Rta: "]
EXTERN_TAGS = ["[EXTERNO] ", "[Externo] ", "[EXTERNAL] "]
HTML_BRANDS = ["{co}", "Trabaja en {co}", "Portal de empleo {co}", ""]

GREET = {
    "formal": ["Estimado/a {cfirst} {clast}:", "Estimada {cfirst}:", "Estimado candidato:", "Buenos días, {cfirst}:",
               "Hola {cfirst} {clast},", "Apreciado/a {cfirst}:", "Buen día {cfirst},"],
    "informal": ["¡Hola {cfirst}!", "Hola {cfirst}, ¿cómo va?", "Qué tal, {cfirst}:", "Hola, {cfirst}:", "Che {cfirst},"],
}
SIGN = {
    "formal": ["Atentamente,", "Saludos cordiales,", "Un cordial saludo,", "Quedamos a su disposición.", "Reciba un saludo,",
               "Sin otro particular, saludos."],
    "informal": ["¡Un abrazo!", "Saludos,", "Abrazo grande,", "¡Nos vemos!", "Cualquier cosa me avisás.", "Un saludo,"],
}
HR_SIG = ["{rfirst} {rlast}\nTalent Acquisition | {co}", "{rfirst} {rlast}\nRecursos Humanos\n{legal} – {city}",
          "Lic. {rfirst} {rlast}\nGerente de Capital Humano\n{legal}", "{rfirst}\nSelección – {co}", "{rfirst} {rlast}, RRHH"]
HR_TEAM_NAMES = ["Selección {co}", "RRHH {co}", "Capital Humano {co}"]
ATS_NAMES = ["Empleo {co}", "{co} Talento", "No responder – {co}", "Trabaja con nosotros | {co}"]
ATS_ADDRS = ["noreply@{domain}", "no-responder@empleo.{domain}", "avisos@seleccionhub.example", "talento@{domain}"]
ATS_SIG = ["Equipo de Selección\n{legal}", "Departamento de Personas – {co}", "Capital Humano {co}", ""]
AGENCY_SIG = ["{rfirst} {rlast}\nConsultora sénior – {agency}", "{rfirst} {rlast} | {agency} | {city}"]
CAND_SIG = ["{cfirst} {clast}", "{cfirst}", "{cfirst} {clast}\nTel. +34 600 {ref}", "{cfirst} {clast}\nLinkedIn: /in/{cfirst}-{clast}"]
FOOTERS = [
    "{legal} – CIF B{ref} – {city}",
    "Este correo ha sido generado automáticamente; por favor, no responda.",
    "Sus datos serán tratados conforme al RGPD y la LOPDGDD. Puede ejercer sus derechos escribiendo a privacidad@{domain}.",
    "AVISO DE CONFIDENCIALIDAD: este mensaje es confidencial y está dirigido únicamente a su destinatario.",
    "Aviso de privacidad disponible en {domain}/privacidad.",
    "Antes de imprimir este correo, piense en el medio ambiente.",
]

BANKS = {
    "oc": {
        "role_filled": ["La vacante ya ha sido cubierta.", "El puesto se cubrió finalmente con una promoción interna.",
                        "Otra persona aceptó nuestra propuesta antes de la entrevista final, por lo que la posición ya no está abierta."],
        "budget_freeze": ["Por decisión de la dirección se han congelado las contrataciones este semestre.",
                          "Hubo un recorte presupuestario y la búsqueda quedó en pausa.",
                          "No contamos con presupuesto aprobado para esta incorporación."],
        "closer_fit": ["Elegimos a una candidata cuya experiencia se ajusta más al perfil que buscamos.",
                       "Avanzamos con otra persona con trayectoria más cercana al sector.",
                       "Otro perfil encajaba de forma más directa con las funciones del puesto."],
        "level_mismatch": ["Para este puesto buscamos un perfil con más seniority.",
                           "La posición es de nivel inicial y su experiencia la supera ampliamente.",
                           "Necesitamos a alguien con más años liderando equipos."],
        "role_cancelled": ["La posición fue cancelada tras una reestructuración.",
                           "El proyecto se suspendió y la vacante se dio de baja.",
                           "Decidimos no abrir finalmente esta posición."],
    },
    "praise": ["Valoramos mucho su actitud y su interés.", "Su trayectoria nos pareció muy interesante.",
               "El equipo destacó su buena disposición."],
    "fb": {
        "coding": ["En la prueba técnica el código tenía errores y faltaban pruebas.",
                   "En el ejercicio de programación en vivo la solución quedó a medias."],
        "system_design": ["En el caso de arquitectura nos faltó que razonaras cómo escalaría el servicio con mucho tráfico.",
                          "El diseño propuesto no explicaba cómo se mantendría la consistencia entre servicios."],
        "technical_depth": ["Al profundizar en bases de datos, las respuestas se quedaron en lo superficial.",
                            "Esperábamos un dominio más profundo de las herramientas que figuran en su CV."],
        "behavioural": ["Las respuestas sobre situaciones difíciles carecían de ejemplos concretos.",
                        "Cuando preguntamos por un conflicto con un compañero, la respuesta fue muy general."],
        "communication": ["Sus respuestas fueron a veces largas y costaba seguir la idea principal.",
                          "La presentación del caso habría ganado con una estructura más clara."],
        "questions_to_ask": ["No hizo preguntas sobre el equipo ni sobre el puesto.",
                             "Nos habría gustado ver más curiosidad por nuestros proyectos."],
        "composure": ["Se notó bastante nerviosismo, sobre todo en la parte práctica.",
                      "Ante las preguntas más exigentes pareció perder la calma."],
        "experience_level": ["Todavía le falta experiencia gestionando proyectos de este tamaño.",
                             "Su experiencia profesional es aún corta para las responsabilidades del puesto."],
        "collaboration": ["En la dinámica de grupo dejó poco espacio a los demás.",
                          "No quedó claro cómo trabajaría con otras áreas."],
        "cv_positioning": ["Su CV no destaca la experiencia relevante para este puesto.",
                           "La carta de presentación era genérica y no hablaba de nuestra empresa.",
                           "En el portafolio no se ve cuál fue su aporte concreto en cada proyecto."],
    },
}

_grac = ["gracias por postularse al puesto de {role} y por su interés en {co}.",
         "le agradecemos el tiempo dedicado a las entrevistas.",
         "hemos revisado con atención su candidatura (ref. {ref})."]
_noes = ["Lamentamos comunicarle que no continuaremos con su candidatura.",
         "Tras valorar todos los perfiles, hemos decidido seguir con otra candidata.",
         "En esta ocasión su perfil no ha sido seleccionado.",
         "Lamentablemente no podemos darle una respuesta positiva.",
         "Hemos decidido no avanzar con su proceso."]
_desp = ["Le deseamos mucho éxito en su búsqueda.", "Guardaremos su CV para futuras vacantes.",
         "Le invitamos a seguir nuestras ofertas en el portal de empleo.", None]
_inv = ["Su perfil nos ha parecido muy interesante y queremos conocerle.",
        "Nos gustaría invitarle a una entrevista con el responsable del área.",
        "Le proponemos una primera llamada de {dur}.",
        "Queremos avanzar con una entrevista técnica por videollamada.",
        "Le invitamos a una jornada de prueba en nuestras oficinas de {city}."]
_cita = ["Puede reservar un horario aquí: {link}", "¿Le viene bien el {date} a las {time}?",
         "Indíquenos su disponibilidad para la próxima semana.", "Le enviaremos el enlace de Meet al confirmar."]

KINDS: dict[str, core.Kind] = {
    "ack": {
        "labels": ["application_ack"],
        "subj": ["Hemos recibido tu candidatura", "Confirmación de recepción – {role}", "Candidatura registrada (ref. {ref})",
                 "Gracias por postularte en {co}"],
        "body": [["confirmamos la recepción de su candidatura para el puesto de {role}.",
                  "su postulación a {role} se ha registrado correctamente.",
                  "hemos recibido su CV, ¡gracias por su interés en {co}!"],
                 ["El equipo de selección la revisará y le contactaremos si su perfil encaja.",
                  "Si en 30 días no recibe noticias, entienda que el proceso continuó con otros perfiles.",
                  "Puede consultar el estado en su área de candidato."]],
        "inf": {"body": [["¡recibimos tu postulación para {role}!"], ["La miramos esta semana y te escribimos."]]},
    },
    "ack_invite": {
        "labels": ["application_ack", "interview_invite"],
        "subj": ["Tu candidatura en {co}: siguiente paso", "Postulación recibida – prueba en línea"],
        "body": [["hemos recibido su candidatura para {role}."],
                 ["Como siguiente paso le invitamos a realizar una evaluación en línea ({dur}).",
                  "Le invitamos a grabar una videoentrevista breve como primera etapa del proceso."],
                 ["Acceso: {link} (disponible 5 días)."]],
    },
    "invite": {
        "labels": ["interview_invite"],
        "subj": ["Invitación a entrevista – {role}", "Entrevista en {co}", "¿Agendamos una llamada?", "Segunda entrevista"],
        "body": [(_grac, _inv), _cita, ["Estarán presentes {bfirst} {blast} y yo.", None]],
        "inf": {"body": [["¡nos encantó tu perfil! ¿Te copa una charla con {bfirst} del equipo?",
                          "queremos conocerte, ¿tenés un rato esta semana?"],
                         ["Elegí el horario acá: {link}", "¿Te va el {date} a las {time}?"]]},
    },
    "rej": {
        "labels": ["rejection"],
        "subj": ["Tu candidatura – {role}", "Resultado del proceso de selección", "Respuesta a su postulación en {co}",
                 "Proceso {ref}", "Actualización sobre tu candidatura"],
        "body": [(_grac, _noes, "@OC?"), _desp],
        "inf": {"body": [["gracias por tu tiempo en las entrevistas."],
                         ["Te cuento que finalmente no vamos a seguir con vos para este puesto.",
                          "Esta vez no fue, elegimos a otra persona."], "@OC?", ["¡Mucha suerte!", None]]},
    },
    "rej_oc": {
        "labels": ["rejection"],
        "subj": ["Cancelación de entrevista", "Información sobre su proceso", "Vacante {role}"],
        "body": [(_grac, ["Lamentablemente debemos cerrar su proceso.",
                          "La entrevista del {date} queda cancelada y no podremos continuar."], "@OC"), _desp],
    },
    "rej_fb": {
        "labels": ["rejection", "feedback"],
        "subj": ["Devolución de tu entrevista", "Resultado y comentarios – {role}", "Tu proceso en {co}"],
        "body": [(_grac, _noes), ["Queremos compartirle algunos comentarios:", "Para que le sirva en futuros procesos:"],
                 "@FB", _desp],
        "inf": {"body": [["no vamos a seguir, pero te quiero dar una devolución sincera:"], "@FB", ["¡Éxitos!"]]},
    },
    "rej_invite": {
        "labels": ["rejection", "interview_invite"],
        "subj": ["Tu candidatura y otra vacante", "Puesto de {role}: novedades"],
        "body": [(_grac, ["Para {role} hemos seleccionado a otra persona."]),
                 ["Sin embargo, creemos que encaja en la vacante de {role2} y nos gustaría entrevistarle."], _cita],
    },
    "offer": {
        "labels": ["offer"],
        "subj": ["Oferta de empleo – {role}", "¡Buenas noticias!", "Carta oferta {co}", "Propuesta de incorporación"],
        "body": [["nos complace ofrecerle el puesto de {role} en {co}.",
                  "tras el proceso, queremos proponerle su incorporación a nuestro equipo.",
                  "es un placer comunicarle que ha sido seleccionado/a y le hacemos llegar nuestra oferta."],
                 ["La retribución propuesta es de {salary}, con incorporación el {start}.",
                  "Adjuntamos la carta oferta con las condiciones; le pedimos respuesta antes del {date}."]],
        "inf": {"body": [["¡queremos que te sumes al equipo!"], ["Te ofrecemos {salary}, arrancando el {start}. Te mando la propuesta por escrito."]]},
    },
    "fbreq": {
        "labels": ["feedback_request"], "sender": "cand", "reply_prefix": True,
        "subj": ["Solicitud de comentarios", "Consulta sobre el proceso", "¿Podrían darme una devolución?"],
        "body": [["gracias por avisarme, aunque esperaba otra noticia.", "agradezco su respuesta y el tiempo dedicado."],
                 ["¿Sería posible recibir algún comentario sobre en qué podría mejorar?",
                  "Me ayudaría mucho saber qué faltó en mi perfil o en la entrevista.",
                  "¿Podrían compartirme una breve devolución sobre mi desempeño?"]],
        "quote": "rej",
    },
    "fb_reply": {
        "labels": ["feedback"], "subj": ["Comentarios"],
        "body": [["claro, le comparto lo que comentó el equipo:", "con gusto, estos fueron los puntos principales:"], "@FB",
                 ["Espero que le sea útil.", None]],
        "quote": "fbreq",
    },
    "nofb_reply": {
        "labels": [], "subj": ["Comentarios"],
        "body": [["gracias por escribirnos."],
                 ["Por política de la empresa no podemos dar retroalimentación individual.",
                  "Recibimos muchísimas candidaturas muy buenas y no podemos detallar los motivos."]],
        "quote": "fbreq",
    },
    "status": {
        "labels": [], "subj": ["Tu candidatura sigue en proceso", "Estado de su postulación", "Novedades del proceso {ref}"],
        "body": [["su candidatura sigue en evaluación.", "el proceso para {role} se está alargando más de lo previsto."],
                 ["Le daremos una respuesta antes de fin de mes.", "Gracias por su paciencia."]],
    },
    "reminder": {
        "labels": [], "subj": ["Recordatorio: entrevista el {date}", "Mañana: tu entrevista a las {time}", "Recordatorio de cita – {co}"],
        "body": [["le recordamos su entrevista ya agendada para el {date} a las {time}.",
                  "te recordamos que mañana tenés la entrevista confirmada a las {time}."],
                 ["Preséntese en recepción 10 minutos antes.", "El enlace de la videollamada es el mismo."]],
    },
    "confirmed": {
        "labels": [], "subj": ["Cita confirmada", "Reserva confirmada: {date}"],
        "body": [["ha reservado el {date} a las {time}."], ["Recibirá una invitación de calendario aparte."]],
    },
    "thanks_today": {
        "labels": [], "subj": ["Gracias por venir", "Gracias por la entrevista"],
        "body": [["muchas gracias por la entrevista de hoy, fue un gusto conversar."],
                 ["Lo evaluamos internamente y le escribimos la próxima semana."]],
    },
    "profile": {
        "labels": [], "sender": "ats", "subj": ["Completa tu perfil", "Tu postulación está incompleta"],
        "body": [["a su perfil le faltan datos (CV, estudios).", "su candidatura a {role} no se ha enviado todavía."],
                 ["Complétela aquí: {link}"]],
    },
    "onboarding": {
        "labels": [], "subj": ["¡Bienvenido/a a {co}!", "Tu primer día: {start}", "Documentación para tu alta"],
        "body": [["nos alegra que haya firmado su contrato.", "ya casi es tu primer día."],
                 ["Envíenos su número de la Seguridad Social, IBAN y copia del DNI.",
                  "Para el alta necesitamos CURP, RFC y comprobante de domicilio.", "Mandanos tu CUIL y CBU para la liquidación."]],
    },
    "panel": {
        "labels": [], "company": "none", "sender": "boss", "greet": False, "sign": False,
        "subj": ["¿Me ayudas con las entrevistas?", "Panel de entrevistas – {role}"],
        "body": [["Hola {cfirst},", "{cfirst}, buenas:"],
                 ["el {date} entrevistamos a tres candidatos para {role}. ¿Podrías estar en el panel?",
                  "necesito que hagas la entrevista técnica a una candidata el jueves."],
                 ["¡Gracias!", "Avísame."]],
    },
    "closed_before": {
        "labels": [], "sender": "agency", "subj": ["Vacante en {co} – novedad", "Sobre la posición que hablamos"],
        "body": [["le escribo por la vacante de {role} en {co}."],
                 ["El cliente cubrió el puesto antes de que pudiera presentar su candidatura.",
                  "El cliente congeló la búsqueda y no llegué a enviar su CV."],
                 ["Le aviso si surge algo similar."]],
    },
    "webinar": {
        "labels": [], "sender": "ats", "subj": ["Te invitamos: Open Day {co}", "Webinar: así trabajamos en {co}"],
        "body": [["le invitamos a nuestro webinar del {date} a las 18:00 h.", "ven a conocernos en el Open Day de {city}."],
                 ["Inscripción gratuita: {link}"]],
    },
    "autoreply": {
        "labels": [], "greet": False, "html_ok": False, "subj": ["Respuesta automática: Candidatura", "Fuera de la oficina"],
        "body": [["Estoy fuera de la oficina hasta el {date}, con acceso limitado al correo."],
                 ["Para urgencias escriba a {bfirst} {blast}.", "Responderé a mi regreso."]],
    },
    "withdraw": {
        "labels": [], "sender": "cand", "subj": ["Retiro mi candidatura", "Proceso {role}"],
        "body": [["gracias por la invitación a la entrevista."],
                 ["He aceptado otra propuesta, por lo que retiro mi candidatura.",
                  "Por motivos personales prefiero no continuar en el proceso."],
                 ["Les deseo mucho éxito."]],
    },
    "accept_offer": {
        "labels": [], "sender": "cand", "reply_prefix": True, "subj": ["Oferta de empleo", "Carta oferta"],
        "body": [["acepto con mucho gusto la oferta."], ["Les envío el contrato firmado esta semana."]],
    },
    "sched": {
        "labels": [], "sender": "cand", "reply_prefix": True, "subj": ["Invitación a entrevista"],
        "body": [["gracias por la invitación."], ["El {date} a las {time} me viene perfecto.", "Ese día no puedo; ¿podría ser el {date}?"]],
    },
    "apply_sent": {
        "labels": [], "sender": "cand", "subj": ["Candidatura – {role}", "Postulación espontánea"],
        "body": [["les adjunto mi CV para el puesto de {role}."], ["Quedo a su disposición para una entrevista."]],
    },
    "alquiler": {
        "labels": [], "company": "none",
        "from": [("Inmobiliaria Centro", "alquileres@inmocentro.example", "Departamento de alquileres"),
                 ("{rfirst} {rlast}", "{rfirst}{rlast}@hotmail.com", "{rfirst}")],
        "subj": ["Su solicitud de alquiler", "Piso en calle Mayor – respuesta", "Departamento en {city}"],
        "body": [["gracias por su interés en la vivienda."],
                 ["El propietario ha elegido a otro inquilino.", "Lamentablemente su solicitud ha sido rechazada por falta de garantía."]],
    },
    "prestamo": {
        "labels": [], "company": "none",
        "from": [("Banco Online", "avisos@bancoonline.example", ""), ("Financiera Rápida", "creditos@finrapida.example", "")],
        "subj": ["Resultado de su solicitud de préstamo", "Su crédito personal {ref}"],
        "body": [["hemos evaluado su solicitud de préstamo personal."],
                 ["Lamentamos informarle que no ha sido aprobada.", "En este momento no podemos ofrecerle financiación."]],
    },
    "admision": {
        "labels": [], "company": "none",
        "from": [("Admisiones Universidad de {city}", "admisiones@univ-{city}.example", "Oficina de Admisión"),
                 ("Programa de Becas", "becas@fundacion.example", "Comité de Becas")],
        "subj": ["Resultado de admisión al máster", "Su solicitud de beca", "Convocatoria: resolución"],
        "body": [["el comité ha revisado su solicitud."],
                 ["Lamentamos comunicarle que no ha sido admitido/a en el programa.",
                  "Su solicitud de beca no ha resultado seleccionada.", "Queda en lista de espera en la posición 37."]],
    },
    "festival": {
        "labels": [], "company": "none",
        "from": [("Festival de Cine de {city}", "programacion@festival.example", "Equipo de programación"),
                 ("Congreso Iberoamericano", "ponencias@congreso.example", "Comité científico")],
        "subj": ["Resultado de la convocatoria", "Su propuesta de ponencia"],
        "body": [["gracias por enviar su trabajo."],
                 ["Su cortometraje no ha sido seleccionado para esta edición.", "Su ponencia no ha sido aceptada en el programa."]],
    },
    "ofertas_tienda": {
        "labels": [], "company": "none", "greet": False, "sign": False,
        "from": [("Hogar Max", "ofertas@hogarmax.example", ""), ("Super Ahorro", "promos@superahorro.example", "")],
        "subj": ["Ofertas de la semana", "¡Tu oferta exclusiva te espera!", "Hot Sale: hasta 50 % 🔥"],
        "body": [["Hola {cfirst},", "Querido cliente:"],
                 ["Aprovecha nuestras ofertas en electrodomésticos.", "Tu oferta personalizada: envío gratis desde 30 €."],
                 ["Darse de baja | Aviso legal"]],
    },
    "estafa": {
        "labels": [], "company": "none",
        "from": [("Reclutamiento", "empleos.rapidos@gmail.com", ""), ("RRHH Global", "rrhh.global@outlook.example", "")],
        "subj": ["¡Felicidades! Fue seleccionado", "Oferta: gana 1.500 € desde casa"],
        "body": [["Ha sido seleccionado para trabajar desde casa sin entrevista."],
                 ["Envíe copia de su DNI y datos bancarios para el contrato.", "Pague 30 € de inscripción para recibir el material."]],
    },
    "alertas": {
        "labels": [], "company": "none", "greet": False, "sign": False,
        "from": [("Alertas de empleo Trabajando", "alertas@trabajando.example", ""), ("Bumeran", "alertas@bumeran.example", "")],
        "subj": ["5 nuevas ofertas de {role}", "Alerta de empleo: {city}"],
        "body": [["Nuevas ofertas según tu búsqueda:"], ["• {role} – {co} ({city})\n• {role2} – remoto\n• Auxiliar administrativo"],
                 ["Gestionar alertas | Darse de baja"]],
    },
    "feria": {
        "labels": [], "company": "none",
        "from": [("Feria de Empleo {city}", "info@feriaempleo.example", "Organización"),
                 ("Coaching Rumbo", "talleres@rumbo.example", "Marta, coach")],
        "subj": ["Feria de empleo el {date}", "Taller: cómo superar una entrevista", "Webinar: qué hacer tras un rechazo"],
        "body": [["más de 50 empresas te esperan, entrada libre.", "en el taller preparamos entrevistas y negociación de ofertas."],
                 ["Inscripción: {link}"]],
    },
}

SCALE = 1.25  # records per listed count

FAMILIES = {
    "pyme": {"register": "formal", "sender": "hr", "regions": ["es"], "html": "text", "extern_p": 0.1,
             "kinds": dict(ack=3, invite=5, rej=6, rej_oc=3, rej_fb=4, offer=3, rej_invite=1, status=3, reminder=3,
                           thanks_today=2, onboarding=2, fb_reply=2, nofb_reply=2)},
    "portal": {"register": "formal", "sender": "ats", "regions": ["es", "mx", "ar"], "html": "html",
               "kinds": dict(ack=8, ack_invite=4, invite=3, rej=6, rej_oc=2, status=4, confirmed=4, profile=5, webinar=3,
                             offer=1)},
    "rioplatense": {"register": "mixed", "sender": "hr", "regions": ["ar"], "html": "mixed",
                    "kinds": dict(ack=2, invite=5, rej=5, rej_fb=3, rej_oc=2, offer=3, status=2, reminder=2, onboarding=2,
                                  thanks_today=1, fb_reply=1)},
    "mexico": {"register": "formal", "sender": "hr", "regions": ["mx"], "html": "mixed",
               "kinds": dict(ack=3, invite=4, rej=4, rej_oc=2, rej_fb=2, offer=2, rej_invite=1, autoreply=2, onboarding=1,
                             nofb_reply=1)},
    "consultora": {"register": "formal", "sender": "agency", "regions": ["es", "mx"], "html": "text",
                   "kinds": dict(invite=3, rej=3, rej_oc=2, closed_before=4, offer=1, status=2)},
    "enviados": {"register": "formal", "sender": "cand", "regions": ["es", "mx", "ar"],
                 "kinds": dict(fbreq=12, withdraw=4, accept_offer=3, sched=4, apply_sent=4)},
    "cotidiano": {"register": "formal", "sender": "hr", "regions": ["es", "mx", "ar"], "html": "mixed",
                  "kinds": dict(alquiler=4, prestamo=4, admision=4, festival=4, ofertas_tienda=5, estafa=4, alertas=5,
                                feria=5, panel=5)},
}


def generate(rng: random.Random) -> Iterable[dict]:
    yield from core.run(FAMILY_PREFIX, sys.modules[__name__], rng)
