"""Writer 42: Spanish fragments (usted / start-up tú; Spain, Mexico, Argentina, Colombia, Chile)."""

LANG = "es"


def greet(rng, p, reg, region=None):
    if reg == "i":
        return rng.choice([f"Hola {p['first']},", f"¡Hola {p['first']}!", f"Qué tal {p['first']},",
                           f"Buenas {p['first']},"])
    opts = [f"Estimado/a {p['full']}:", f"Hola {p['first']}:", f"Buenos días, {p['first']}:"]
    if p["g"] == "f":
        opts += [f"Estimada {p['first']}:", f"Estimada Sra. {p['last']}:"]
    elif p["g"] == "m":
        opts += [f"Estimado {p['first']}:", f"Estimado Sr. {p['last']}:"]
    if region == "CO":
        opts.append(f"Cordial saludo, {p['first']}:")
    return rng.choice(opts)


def close(rng, reg, region=None):
    if reg == "i":
        return rng.choice(["¡Un abrazo!", "Saludos,", "Un saludo,", "Abrazo grande," if region == "AR" else "¡Nos vemos!"])
    if region == "MX":
        return rng.choice(["Saludos cordiales,", "Atentamente,", "Quedo a sus órdenes,"])
    if region == "CO":
        return rng.choice(["Cordialmente,", "Atentamente,"])
    return rng.choice(["Un cordial saludo,", "Atentamente,", "Saludos cordiales,", "Reciba un cordial saludo,"])


S = {
    "thanks_apply": [
        "le agradecemos el interés mostrado en {company} y su candidatura para el puesto de {role}.",
        "gracias por participar en nuestro proceso de selección para {role}.",
        "queremos agradecerle el tiempo dedicado a su candidatura.",
        "muchas gracias por su interés en formar parte de {company}.",
    ],
    "thanks_apply_i": ["¡gracias por postularte como {role}!", "gracias por tu interés en {company} y por tu tiempo.",
                       "te agradecemos mucho que hayas pensado en nosotros."],
    "ack": [
        "le confirmamos que hemos recibido correctamente su candidatura para el puesto de {role} (ref. {ref}).",
        "su currículum ha sido registrado en nuestro sistema con fecha {date}.",
        "este es un mensaje automático para confirmarle la recepción de su candidatura.",
        "hemos recibido su solicitud y ya está en manos del equipo de Recursos Humanos.",
        "acusamos recibo de su candidatura a la oferta «{role}».",
    ],
    "ack_i": ["¡tu candidatura para {role} nos ha llegado!", "te confirmamos que recibimos tu CV.",
              "solo queríamos avisarte de que tu postulación está registrada."],
    "ack_next": [
        "Nuestro equipo revisará su perfil y, si encaja con lo que buscamos, nos pondremos en contacto en un plazo de {weeks} semanas.",
        "Puede consultar el estado de su candidatura en el {portal}.",
        "Debido al alto volumen de solicitudes, el proceso puede demorarse algunas semanas.",
        "Si su perfil resulta seleccionado, le contactaremos por teléfono o correo electrónico.",
    ],
    "ack_next_i": ["Te escribimos en unas {weeks} semanas como mucho.", "Puedes ver en qué punto está todo en tu {portal}."],
    "reject": [
        "lamentamos comunicarle que en esta ocasión no continuaremos con su candidatura.",
        "tras analizar detenidamente su perfil, hemos decidido avanzar con otros perfiles.",
        "sentimos informarle de que su candidatura no ha sido seleccionada para las siguientes fases.",
        "después de valorar todas las candidaturas, hemos optado por otro candidato para el puesto de {role}.",
        "lamentablemente no podremos seguir adelante con su proceso.",
        "le informamos de que el proceso ha concluido y no ha resultado seleccionado/a.",
        "hemos decidido continuar con perfiles que se ajustan más a este momento del equipo.",
        "en esta oportunidad no avanzaremos con su postulación.",
    ],
    "reject_i": ["lamentablemente no vamos a seguir contigo en este proceso.", "te escribimos para decirte que esta vez no ha salido.",
                 "hemos decidido seguir con otra persona para el puesto, lo sentimos mucho."],
    "reject_stop": ["lamentamos informarle de que el proceso para el puesto de {role} se cierra sin contratación.",
                    "sentimos comunicarle que no podremos continuar con su candidatura."],
    "reject_stop_i": ["te escribimos con una mala noticia que no tiene nada que ver contigo: cerramos el proceso."],
    "reason": {
        "role_filled": ["La vacante ya ha sido cubierta.", "El puesto se ha cubierto con una promoción interna.",
                        "Ya hemos incorporado a una persona en esta posición."],
        "budget_freeze": ["Por restricciones presupuestarias, la contratación queda congelada hasta nuevo aviso.",
                          "La empresa ha decidido congelar las nuevas contrataciones este trimestre."],
        "closer_fit": ["Hemos seleccionado a una persona cuya experiencia se ajusta más a los requisitos del puesto.",
                       "Otros candidatos presentaban una trayectoria más alineada con lo que buscamos."],
        "level_mismatch": ["Para esta posición buscamos un perfil con más años de experiencia en gestión.",
                           "El puesto es de nivel inicial y su experiencia supera lo que podemos ofrecer."],
        "role_cancelled": ["El proceso de selección se ha cancelado por una reorganización interna.",
                           "La posición ha quedado sin efecto.", "Finalmente no se abrirá la vacante."],
    },
    "reject_soft": ["No ha sido una decisión fácil, dado el nivel de los candidatos.", "Hemos recibido un número muy elevado de candidaturas.",
                    "Esta decisión no refleja una valoración negativa de su trayectoria."],
    "pool": ["Conservaremos su currículum en nuestra base de datos para futuras oportunidades, salvo que nos indique lo contrario.",
             "Le animamos a seguir atento/a a nuestras ofertas publicadas.",
             "Sus datos se conservarán durante un máximo de 12 meses conforme a la normativa de protección de datos."],
    "pool_i": ["¡Échale un ojo a nuestras ofertas de vez en cuando!", "Guardamos tu perfil para futuras búsquedas."],
    "wish": ["Le deseamos mucho éxito en su búsqueda profesional.", "Le deseamos lo mejor en sus próximos proyectos."],
    "wish_i": ["¡Mucha suerte en lo que viene!", "Te deseamos lo mejor."],
    "no_fb_policy": ["Debido al volumen de candidaturas, no nos es posible ofrecer una valoración individual.",
                     "Por política interna, no compartimos los motivos concretos de cada decisión."],
    "fb_intro": ["Como nos pidió, le compartimos algunos comentarios del comité:", "Queremos darle una breve retroalimentación de la entrevista.",
                 "Para que le sea útil, estas son las observaciones del equipo:"],
    "fb_intro_i": ["Te dejamos algo de feedback, con total sinceridad:", "Para que te sirva, esto es lo que vimos:"],
    "fb_praise": ["Valoramos mucho su experiencia en {field} y su actitud.", "El equipo destacó su cercanía y su motivación.",
                  "Su conocimiento del sector quedó claro durante la conversación."],
    "fb": {
        "coding": ["En la prueba técnica el código funcionaba, pero faltaban pruebas y la estructura era difícil de seguir.",
                   "No llegó a terminar el ejercicio de programación en el tiempo previsto."],
        "system_design": ["En la parte de diseño de sistemas echamos en falta cómo escalaría la solución."],
        "technical_depth": ["Al profundizar en aspectos técnicos, las respuestas se quedaron algo en la superficie.",
                            "Notamos poca profundidad en normativa fiscal, que es clave para el puesto."],
        "behavioural": ["En las preguntas sobre situaciones pasadas faltaron ejemplos concretos y resultados.",
                        "Sus respuestas sobre gestión de conflictos fueron demasiado generales."],
        "communication": ["La presentación del caso careció de una estructura clara.", "Algunas respuestas fueron muy extensas y se perdía la idea principal."],
        "questions_to_ask": ["Al final de la entrevista no tuvo preguntas sobre el puesto ni el equipo."],
        "composure": ["Se le notó nervioso/a durante la dinámica de grupo, y eso afectó a su desempeño.",
                      "La presión del caso práctico le hizo perder el hilo en varias ocasiones."],
        "experience_level": ["Su experiencia liderando equipos todavía es limitada para este nivel."],
        "collaboration": ["En la dinámica grupal participó poco en la construcción de la solución común."],
        "cv_positioning": ["Su currículum no refleja con claridad sus logros en los proyectos mencionados.",
                           "La carta de presentación era muy genérica y poco adaptada al puesto."],
    },
    "fb_i": {
        "coding": ["En el live coding tu solución funcionaba, pero sin tests y bastante desordenada."],
        "system_design": ["En diseño de sistemas te fuiste directo a los detalles sin plantear la arquitectura."],
        "technical_depth": ["Cuando profundizamos en bases de datos, te quedaste un poco corto."],
        "behavioural": ["Nos faltaron ejemplos concretos de situaciones que hayas vivido."],
        "communication": ["A veces tus explicaciones saltaban de un tema a otro."],
        "questions_to_ask": ["Casi no nos hiciste preguntas al final, y eso nos llamó la atención."],
        "composure": ["Te vimos bastante nervioso en el ejercicio en vivo."],
        "experience_level": ["Para este rol te falta todavía algo de experiencia en producción."],
        "collaboration": ["En el pair programming hablaste poco con tu compañero."],
        "cv_positioning": ["Tu CV no muestra bien lo que hiciste en cada proyecto."],
    },
    "fb_general": ["En conjunto, su entrevista fue correcta, pero no lo suficiente para la fase final.",
                   "El comité valoró su participación como adecuada, aunque sin destacar frente a otros perfiles."],
    "inv_intro": ["su perfil nos ha parecido muy interesante y nos gustaría conocerle.",
                  "nos complace invitarle a una entrevista para el puesto de {role}.",
                  "tras revisar su candidatura, queremos avanzar con usted a la siguiente fase.",
                  "nos gustaría conversar con usted sobre la posición de {role}."],
    "inv_intro_i": ["¡nos encantaría conocerte!", "tu perfil nos gustó mucho y queremos pasar a la siguiente fase."],
    "inv_mode": {
        "phone": ["Le proponemos una primera entrevista telefónica de unos {dur} minutos el {date} a {time}.",
                  "Una persona de nuestro equipo le llamará para una breve conversación telefónica."],
        "video": ["La entrevista será por videollamada (Google Meet); le enviaremos el enlace al confirmar.",
                  "Proponemos una entrevista virtual de {dur} minutos con la jefatura del área."],
        "onsite": ["La entrevista será presencial en nuestras oficinas de {place}, {date} a {time}.",
                   "Nos gustaría recibirle en {place} para que conozca al equipo."],
        "ac": ["Le invitamos a participar en un assessment center el {date} en {place}.",
               "La jornada incluye una dinámica de grupo, un caso práctico y una entrevista individual."],
        "probe": ["Le proponemos una jornada de prueba con el equipo para conocernos mejor."],
        "test": ["El siguiente paso es una prueba en línea de aproximadamente {dur} minutos: {link}",
                 "Le pedimos que complete las pruebas psicotécnicas online antes del {date}: {link}"],
    },
    "inv_mode_i": {
        "phone": ["¿Hacemos una llamada de {dur} minutos para conocernos?"],
        "video": ["Te proponemos una videollamada de {dur} minutos con nuestra CTO."],
        "onsite": ["¿Te vienes a la oficina de {place} el {date} a {time}?"],
        "probe": ["¿Te animas a pasar un día de prueba con el equipo?"],
        "test": ["Lo siguiente es un pequeño reto técnico para hacer en casa: {link}"],
        "ac": ["Haremos una mañana con varias charlas cortas y un ejercicio en equipo."],
    },
    "inv_sched": ["Puede elegir el horario que mejor le convenga en este enlace: {link}",
                  "Le agradecemos que nos confirme su asistencia respondiendo a este correo.",
                  "Si no le viene bien, indíquenos otras franjas disponibles.",
                  "Le rogamos traer su documento de identidad."],
    "inv_sched_i": ["Elige el hueco que mejor te venga: {link}", "¡Avísanos si te cuadra!"],
    "inv_other": ["No obstante, su perfil encaja muy bien con otra vacante, {role2}, y nos gustaría invitarle a una entrevista para ella.",
                  "Por otro lado, queremos proponerle una entrevista para el puesto de {role2}, que creemos que se ajusta mejor."],
    "inv_other_i": ["Eso sí, para {role2} nos encantaría hacerte una entrevista."],
    "resched": ["por un imprevisto necesitamos cambiar la fecha de su entrevista. ¿Le vendría bien el {date} a {time}?",
                "debemos reprogramar la entrevista prevista; le proponemos el {date} a {time}."],
    "offer": ["nos complace ofrecerle el puesto de {role} en {company}.", "adjuntamos nuestra carta oferta para la posición de {role}.",
              "tras el proceso de selección, queremos hacerle una oferta formal de empleo.",
              "es un placer comunicarle que ha sido seleccionado/a y queremos ofrecerle incorporarse como {role}."],
    "offer_i": ["¡queremos que te unas al equipo! Te hacemos oficialmente la oferta como {role}."],
    "offer_detail": ["La retribución bruta anual sería de {salary}, con incorporación el {start}.",
                     "Se trata de un contrato indefinido a jornada completa con periodo de prueba de seis meses.",
                     "En el documento adjunto encontrará el detalle de salario, beneficios y horario."],
    "offer_deadline": ["Le agradeceríamos su respuesta antes del {date}.", "Por favor, devuélvanos la carta firmada antes del {date}."],
    "status": ["Su candidatura sigue en proceso de revisión.", "El proceso de selección continúa abierto; le informaremos en cuanto haya novedades.",
               "El estado de su candidatura ha cambiado a «En evaluación»."],
    "reminder": ["le recordamos su entrevista programada para el {date} a {time}.", "este es un recordatorio automático de su cita del {date} a {time}."],
    "thanks_today": ["gracias por la conversación de hoy, fue un gusto conocerle.", "gracias por acercarse hoy a nuestras oficinas."],
    "thanks_today_next": ["Seguimos entrevistando a otros candidatos y le escribiremos pronto.", "Le daremos una respuesta la próxima semana."],
    "profile": ["su perfil de candidato está incompleto: por favor, adjunte su CV para completar la inscripción.",
                "faltan algunos datos en su solicitud (disponibilidad y expectativa salarial)."],
    "withdraw_ack": ["hemos recibido su mensaje y hemos retirado su candidatura del proceso.",
                     "tomamos nota de su decisión de retirarse del proceso. Gracias por avisarnos."],
    "contact": ["Quedamos a su disposición para cualquier consulta.", "Para cualquier duda, puede escribir a {sender}."],
    "fields": ["logística", "banca", "retail", "energía", "salud"],
}

PRIVACY = [
    "Protección de datos: de conformidad con el RGPD y la LOPDGDD, {company} tratará sus datos con la finalidad de gestionar procesos de selección. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a privacidad@{domain}.",
    "Este mensaje se ha generado automáticamente; por favor, no responda a este correo. Aviso de privacidad disponible en {url}/aviso-de-privacidad.",
    "La información contenida en este correo es confidencial y está dirigida únicamente a su destinatario. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.",
    "{company} · {city} · Política de privacidad: {url}/privacidad",
]
CITIES = {"ES": ["Madrid", "Valencia", "Bilbao", "Sevilla", "Zaragoza", "Pamplona"], "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Querétaro"],
          "AR": ["Buenos Aires", "Córdoba", "Rosario"], "CO": ["Bogotá", "Medellín", "Cali"], "CL": ["Santiago", "Valparaíso", "Concepción"]}

SUBJ = {
    "ack": ["Acuse de recibo de su candidatura", "Hemos recibido su candidatura – {role}", "Confirmación de postulación ref. {ref}",
            "Gracias por postularse en {company}", "Su solicitud ha sido registrada"],
    "reject": ["Su candidatura para {role}", "Actualización sobre su proceso de selección", "Respuesta a su candidatura – {ref}",
               "{company} – proceso de selección", "Proceso {role}", "Resultado del proceso de selección"],
    "invite": ["Invitación a entrevista – {role}", "Siguiente paso en el proceso de selección", "Entrevista con {company}",
               "Convocatoria: prueba en línea ({ref})", "Invitación a assessment center"],
    "offer": ["Carta oferta – {role}", "Oferta de empleo {company}", "Propuesta de incorporación", "Tu oferta para {role}"],
    "fb": ["Retroalimentación de su entrevista", "Comentarios sobre su proceso", "Feedback – {role}"],
    "status": ["Estado de su candidatura", "Su candidatura sigue en proceso", "Novedades sobre su postulación {ref}"],
    "reminder": ["Recordatorio: entrevista el {date}", "Recordatorio de cita", "Mañana: su entrevista en {company}"],
    "resched": ["Cambio de fecha de su entrevista", "Reprogramación de entrevista", "Nueva fecha para la entrevista"],
}
ROLES = ["Analista de datos", "Ingeniero/a de procesos", "Técnico/a de mantenimiento", "Responsable de compras",
         "Desarrollador/a backend", "Ejecutivo/a comercial", "Coordinador/a de logística", "Contador/a senior",
         "Auxiliar administrativo/a", "Enfermero/a de quirófano", "Jefe/a de proyecto", "Diseñador/a UX",
         "Asesor/a de atención al cliente", "Analista de riesgos", "Enólogo/a asistente"]

PRIVACY_BITS = [
    "De conformidad con el RGPD y la LOPDGDD, {company} tratará sus datos con la finalidad de gestionar procesos de selección.",
    "Puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a privacidad@{domain}.",
    "Este mensaje se ha generado automáticamente; por favor, no responda a este correo.",
    "Aviso de privacidad disponible en {url}/aviso-de-privacidad.",
    "La información contenida en este correo es confidencial y está dirigida únicamente a su destinatario.",
    "Si lo ha recibido por error, notifíquelo al remitente y elimínelo.",
    "Sus datos no se cederán a terceros salvo obligación legal.",
    "Puede presentar una reclamación ante la autoridad de control competente.",
    "{company} · {city} · Política de privacidad: {url}/privacidad",
    "Conservaremos su información durante un máximo de doce meses.",
]

S["wish"] += ["Esperamos que encuentre pronto el puesto que busca.", "¡Mucho ánimo y éxito en lo que venga!", "Le deseamos lo mejor a nivel personal y profesional."]
S["contact"] += ["Puede responder directamente a este correo si tiene dudas.", "Nuestro horario de atención es de lunes a viernes, de 9 a 17 h."]
S["thanks_apply"] += ["le agradecemos la confianza depositada en nosotros.", "gracias por el interés en nuestras oportunidades laborales."]
S["reject"] += ["su perfil no se ajusta del todo a lo que buscamos en este momento.", "tras consultarlo con el equipo, hemos tomado otra decisión.",
                "no seguirá avanzando en este proceso de selección."]
S["status"] += ["Necesitamos algo más de tiempo para tomar una decisión.", "El comité de selección se reunirá en dos semanas."]
S["inv_sched"] += ["Recibirá una invitación de calendario con todos los detalles.", "Dispone de aparcamiento para visitas en nuestras instalaciones."]
S["ack_next"] += ["No es necesario que vuelva a enviar su documentación.", "No tiene que hacer nada más por ahora."]

S["status_i"] = ["Todavía estamos terminando las entrevistas, danos unos días más.", "Tu candidatura sigue con el equipo, ¡no nos olvidamos de ti!"]
S["reminder_i"] = ["te recordamos que nos vemos el {date} a {time}."]
S["thanks_today_i"] = ["¡gracias por la charla de hoy, nos encantó!"]
S["thanks_today_next_i"] = ["Hablamos con un par de personas más y te escribimos.", "La semana que viene te decimos algo."]
S["profile_i"] = ["falta tu CV en el perfil, ¿lo subes para que podamos avanzar?"]
S["withdraw_ack_i"] = ["qué pena que te retires del proceso, ¡gracias por avisarnos!"]
S["resched_i"] = ["perdona, tenemos que mover la entrevista. ¿Te va bien el {date} a {time}?"]
S["offer_deadline_i"] = ["¡Dinos antes del {date} si te sumas!", "Si tienes dudas sobre la oferta, escríbenos."]
S["offer_detail_i"] = ["Salario: {salary}, incorporación el {start}.", "Todos los detalles (salario, remoto, vacaciones) van en el adjunto."]

S["ack"] += ["le confirmamos que {company} ha recibido su candidatura para {role}.",
             "su solicitud en línea se ha enviado correctamente y ya está asignada a nuestro equipo de selección.",
             "su documentación ha llegado y ha quedado registrada con la referencia {ref}.",
             "la candidatura que nos envió el {date} está completa."]
S["reject"] += ["tras revisar todas las candidaturas, no podemos seguir adelante con la suya.",
                "después de las entrevistas, lamentablemente no podemos hacerle una oferta.",
                "hemos leído su candidatura con interés, pero no le convocaremos a entrevista.",
                "su candidatura no continuará en este proceso de selección."]
S["reject_soft"] += ["La selección ha estado muy reñida.", "Valoramos mucho su implicación durante todo el proceso."]
S["pool"] += ["Si no desea que conservemos su currículum, basta con indicárnoslo por correo.",
              "Quizá alguna de nuestras próximas vacantes encaje mejor; nos encantará volver a saber de usted."]
S["inv_intro"] += ["tras revisar su documentación, nos gustaría invitarle a una entrevista.",
                   "ha quedado preseleccionado/a para el puesto de {role}.", "el responsable del área quiere conocerle personalmente."]
S["inv_mode"]["phone"] += ["Primero nos gustaría hablar por teléfono, por ejemplo el {date} entre las 10 y las 12."]
S["inv_mode"]["video"] += ["La entrevista por video con dos personas del equipo está prevista para el {date} a {time}."]
S["inv_mode"]["onsite"] += ["Le invitamos a una entrevista con la dirección el {date} a {time} en {place}."]
S["inv_mode"]["test"] += ["Antes de conocerle, le pedimos que resuelva un breve caso práctico en línea: {link}"]
S["offer"] += ["estamos encantados de comunicarle que queremos ofrecerle el puesto de {role}.",
               "nos encantaría contar con usted en el equipo y le ofrecemos el puesto de {role}."]
S["fb"]["coding"] += ["Su código en la prueba técnica funcionaba, pero era difícil de mantener y no gestionaba errores."]
S["fb"]["behavioural"] += ["Ante la pregunta sobre un proyecto fallido, su respuesta fue muy vaga."]
S["fb"]["communication"] += ["Le costó explicar de forma sencilla temas complejos."]
S["fb"]["experience_level"] += ["Todavía le falta experiencia en la gestión de presupuestos."]
S["fb_praise"] += ["Su apertura gustó mucho al equipo.", "Su caso práctico estaba muy bien preparado."]
