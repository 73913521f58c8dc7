"""Spanish fragment bank of writer w16 (Spain, México, Argentina, Colombia, Chile). Same layout as _w16_de."""

GREET_SIE = ["Estimado/a {cname}:", "{c_est} {cname}:", "Buenos días, {cfirst}:", "Hola {cfirst},", "{c_est} candidat{c_oa}:",
             "Apreciado/a {cname},", "Buenas tardes {cname},", "Estimado/a postulante:", "{c_est} {c_sra} {clast}:"]
GREET_DU = ["¡Hola {cfirst}!", "Hola {cfirst}, ¿cómo estás?", "Qué tal {cfirst},", "Buenas {cfirst}!", "Hola {cfirst}, ¿cómo andás?",
            "Hola {cfirst}, ¿qué más?"]
SIGN = ["Saludos cordiales,", "Un saludo,", "Atentamente,", "Cordialmente,", "Quedo atento/a,", "Un abrazo,",
        "Saludos,", "Muchas gracias y saludos,", "Slds,", "Abrazo grande,", "Reciba un cordial saludo,"]
SIGN_ROLE = ["Recursos Humanos", "Talent Acquisition", "Selección de Personal", "Gerente General", "Reclutamiento",
             "Analista de Atracción de Talento", "Head of People", "Dirección de Gestión Humana", "Tech Recruiter"]
FOOTER = [
    "{legal} · {city} · Inscrita en el Registro Mercantil",
    "Este mensaje y sus adjuntos son confidenciales. Si usted no es el destinatario, por favor elimínelo y avise al remitente.",
    "Protección de datos: sus datos serán tratados conforme al RGPD. Puede ejercer sus derechos en privacidad@{dom}",
    "Aviso de privacidad: {portal}/aviso-de-privacidad",
    "Por favor no responda a este correo, fue enviado automáticamente.",
    "Antes de imprimir este correo piense en el medio ambiente.",
    "Para dejar de recibir notificaciones ingrese a {portal}/preferencias",
]

REASONS = {
    "role_filled": ["La vacante ya fue cubierta.", "La posición ya ha sido ocupada por otro candidato.",
                    "cubrimos el puesto la semana pasada con una persona del equipo interno",
                    "Ya se completó la contratación para esta búsqueda."],
    "budget_freeze": ["Por una congelación de contrataciones decidida por la dirección, el proceso queda suspendido.",
                      "Por temas de presupuesto la empresa frenó todas las incorporaciones de este semestre.",
                      "Los recortes presupuestarios nos obligan a pausar esta búsqueda."],
    "closer_fit": ["Hemos seleccionado a un/a candidato/a cuyo perfil se ajusta más a los requisitos del puesto.",
                   "Avanzamos con otra persona con experiencia más cercana a lo que necesita el equipo.",
                   "Nos decantamos por un perfil más alineado con las necesidades actuales."],
    "level_mismatch": ["Buscamos un perfil con más seniority para liderar el equipo.",
                       "Tu perfil es demasiado senior para esta posición junior.",
                       "La posición requiere varios años más de experiencia en gestión."],
    "role_cancelled": ["La vacante fue cancelada por una reestructuración interna.",
                       "El proyecto se dio de baja y la búsqueda quedó cerrada.",
                       "Hemos decidido no abrir finalmente esta posición."],
}
NO_REASON = ["Lamentamos informarle que en esta ocasión no ha sido seleccionado/a para continuar en el proceso.",
             "Tras analizar su candidatura, hemos decidido continuar con otros perfiles.",
             "Te comentamos que no vamos a avanzar con tu postulación.",
             "Lamentablemente su candidatura no ha sido seleccionada.",
             "En esta oportunidad no seguiremos adelante con tu perfil.",
             "Le informamos que el proceso de selección continuará sin su participación."]

TOPICS = {
    "coding": ["En la prueba técnica el código no pasaba varios casos de prueba y faltaba manejo de errores.",
               "Durante el ejercicio de programación en vivo te trabaste bastante en la implementación.",
               "La solución entregada era difícil de leer y no tenía tests."],
    "system_design": ["En la parte de diseño nos hubiera gustado que razonaras más sobre cómo escalaría el servicio con mucho tráfico.",
                      "El diseño de arquitectura quedó muy general, sin hablar de disponibilidad ni de datos."],
    "technical_depth": ["Algunas respuestas técnicas se quedaron en la superficie.", "Esperábamos más profundidad en bases de datos y redes."],
    "behavioural": ["Los ejemplos de situaciones pasadas que compartiste fueron poco concretos.",
                    "Cuando le preguntamos por conflictos en equipos anteriores, las respuestas fueron muy generales."],
    "communication": ["Las respuestas fueron a veces muy largas y costaba seguir la idea principal.",
                      "Le faltó claridad y estructura al presentar el caso."],
    "questions_to_ask": ["Al final no tenías preguntas sobre el equipo ni el producto, y eso nos llamó la atención.",
                         "Nos hubiera gustado ver más curiosidad por el rol de su parte."],
    "composure": ["Se notó bastante el nerviosismo durante el caso práctico.", "Bajo presión te costó mantener la calma."],
    "experience_level": ["Todavía le falta experiencia liderando proyectos de este tamaño.",
                         "Tu experiencia en el sector financiero es aún corta para lo que buscamos."],
    "collaboration": ["En la dinámica grupal participaste poco con el resto del equipo.",
                      "No vimos claro cómo trabajas en colaboración con otras áreas."],
    "cv_positioning": ["Su CV no refleja con claridad sus logros ni su rol en cada proyecto.",
                       "La carta de presentación era genérica y no hablaba del puesto.",
                       "Tu portafolio no mostraba trabajos relacionados con lo que hacemos."],
}
PRAISE = ["Nos gustó mucho su actitud.", "Tenés un perfil muy interesante.", "Valoramos mucho tu experiencia técnica.",
          "La conversación fue muy agradable.", ""]

K = {}
K["ack"] = dict(
    labels=["application_ack"],
    subj=["Hemos recibido tu postulación", "Confirmación de candidatura – {role}", "Gracias por postularte a {co}",
          "Recepción de CV", "Tu candidatura {ref}", "Postulación recibida ✅"],
    parts=[["le confirmamos que hemos recibido su candidatura para el puesto de {role}.", "¡gracias por postularte a {co}! Recibimos tu CV.",
            "acusamos recibo de su hoja de vida para la vacante de {role}.", "tu postulación quedó registrada correctamente."],
           ["Nuestro equipo la revisará y, si su perfil encaja, nos pondremos en contacto.", "Podés seguir el estado en {portal}.",
            "El proceso de selección puede tardar unas semanas.", ""],
           ["", "Número de referencia: {ref}."]],
)
K["rej"] = dict(
    labels=["rejection"],
    subj=["Proceso de selección – {role}", "Tu postulación en {co}", "Respuesta a su candidatura", "RE: Postulación {role}",
          "Actualización de tu proceso", "Candidatura {ref}"],
    parts=[["gracias por su interés en formar parte de {co}.", "gracias por el tiempo dedicado a las entrevistas.",
            "agradecemos tu participación en el proceso de selección para {role}."],
           ["{reason}"],
           ["Guardaremos su CV en nuestra base de datos para futuras vacantes.", "Esta decisión no es un juicio sobre su valía profesional.", "", ""],
           ["Le deseamos mucho éxito en su búsqueda.", "¡Muchos éxitos!", ""]],
)
K["rej_fb"] = dict(
    labels=["rejection", "feedback"],
    subj=K["rej"]["subj"] + ["Devolución de tu entrevista", "Feedback del proceso – {role}"],
    parts=[["gracias por la entrevista del {wd}.", "gracias por hacer la prueba técnica y las entrevistas con el equipo.",
            "te agradecemos por venir a la oficina de {city}."],
           ["Decidimos no avanzar con tu candidatura.", "Lamentablemente no continuaremos con usted en el proceso.",
            "Esta vez no vas a seguir en el proceso."],
           ["{praise}"],
           ["Te compartimos la devolución del equipo: {fb}", "Para que le sirva: {fb}", "{fb}"],
           ["Éxitos.", ""]],
)
K["invite"] = dict(
    labels=["interview_invite"],
    subj=["Invitación a entrevista", "Entrevista – {role}", "Siguiente paso en tu proceso", "Prueba técnica {co}",
          "¿Charlamos?", "Citación a entrevista {ref}", "RE: Postulación {role}"],
    parts=[["su perfil nos ha parecido muy interesante.", "¡nos encantó tu perfil!", "revisamos tu CV y queremos conocerte."],
           ["Le invitamos a una entrevista el {wd} {day} de {month} a las {time} en nuestras oficinas de {city}.",
            "¿Tenés disponibilidad para una llamada de 30 minutos? Podés agendar acá: {link}",
            "El siguiente paso es una prueba técnica en línea (60 min) que debe completar antes del {day2} de {month}: {link}",
            "Te proponemos una videollamada con {pname}, líder del equipo, el {wd} a las {time}. ¿Te queda bien?",
            "Queremos citarte a una entrevista final con la gerencia el {wd} {day} a las {time}."],
           ["Por favor confirme su asistencia.", "Si no le viene bien, indíquenos otra franja horaria.", ""]],
)
K["reschedule"] = dict(
    labels=["interview_invite"],
    subj=["Cambio de fecha de entrevista", "Reprogramación – entrevista {role}"],
    parts=[["tenemos que mover la entrevista del {wd}.", "por un imprevisto del equipo debemos reprogramar nuestra cita."],
           ["¿Le vendría bien el {day2} de {month} a las {time}?", "Elegí un nuevo horario acá: {link}"], ["Disculpe las molestias.", ""]],
)
K["ack_invite"] = dict(
    labels=["application_ack", "interview_invite"],
    subj=["Recibimos tu postulación – siguiente paso", "Candidatura recibida: evaluación en línea"],
    parts=[["hemos recibido su candidatura para {role}.", "recibimos tu CV, ¡gracias!"],
           ["Como primer paso, le invitamos a realizar una evaluación en línea de 40 minutos: {link}",
            "El siguiente paso es una entrevista en video grabada: {link}"],
           ["Mucho éxito.", ""]],
)
K["rej_invite"] = dict(
    labels=["rejection", "interview_invite"],
    subj=["Tu postulación y otra vacante", "Proceso {role} – otra oportunidad"],
    parts=[["para la vacante de {role} avanzamos con otro perfil.", "no seguiremos con su candidatura para {role}."],
           ["Sin embargo, nos gustaría entrevistarte para {role2}: ¿podés el {wd} a las {time}?",
            "No obstante, le invitamos a una entrevista para la posición de {role2}. Agende aquí: {link}"],
           ["Quedamos atentos.", ""]],
)
K["offer"] = dict(
    labels=["offer"],
    subj=["Carta oferta – {role}", "Propuesta laboral", "¡Buenas noticias! 🎉", "Oferta de empleo {co}", "Propuesta económica"],
    parts=[["nos complace ofrecerle el puesto de {role} en {co}.", "¡queremos que te sumes al equipo! Te hacemos llegar nuestra propuesta.",
            "tras el proceso de selección, tenemos el gusto de hacerle una oferta formal."],
           ["Salario bruto anual: {salary_es} €, contrato indefinido, incorporación el {start}",
            "Adjuntamos la carta oferta con un sueldo mensual bruto de $ {salary_es} y prestaciones de ley.",
            "La propuesta incluye un salario de {salary_es} USD anuales y 15 días de vacaciones."],
           ["Le agradeceríamos una respuesta antes del {wd}.", "¡Esperamos tu respuesta!", ""]],
)
K["fb_reply"] = dict(
    labels=["feedback"], reply=True,
    subj=["RE: Solicitud de feedback", "Re: Consulta sobre mi proceso", "RE: Devolución"],
    parts=[["con gusto le comparto la devolución.", "hablé con el equipo y te paso sus comentarios."],
           ["{praise}"], ["{fb}"], ["Espero que te sirva.", "Mucho éxito.", ""]],
    quoted="fbreq",
)
K["fbreq"] = dict(
    labels=["feedback_request"], folder="Sent", reply=True,
    subj=["RE: Proceso de selección – {role}", "Solicitud de feedback", "Re: Tu postulación en {co}"],
    parts=[["gracias por avisarme, aunque claro que me apena.", "muchas gracias por la respuesta."],
           ["¿Sería posible recibir algún comentario sobre los puntos a mejorar?",
            "¿Me podrías contar en qué fallé en la entrevista? Me ayudaría para próximos procesos.",
            "Le agradecería mucho una breve devolución sobre mi candidatura."],
           ["Gracias de antemano.", ""]],
    quoted="rej",
)
K["nofb"] = dict(
    labels=[], reply=True,
    subj=["RE: Solicitud de feedback", "Re: Consulta sobre mi proceso"],
    parts=[["gracias por tu mensaje.", "agradecemos su consulta."],
           ["Por política de la empresa no podemos dar devoluciones individuales.",
            "Hubo muchísimos candidatos muy buenos y no podemos detallar los motivos de la decisión."],
           ["Le deseamos éxito.", ""]],
    quoted="fbreq",
)
K["interim"] = dict(
    labels=[], subj=["Estado de tu postulación", "Su candidatura sigue en revisión"],
    parts=[["queremos contarte que tu postulación sigue en evaluación.", "el proceso está tomando más tiempo del previsto."],
           ["Te escribiremos antes de fin de {month}.", "Gracias por su paciencia."], [""]],
)
K["reminder"] = dict(
    labels=[], subj=["Recordatorio: entrevista mañana", "Confirmación de tu entrevista", "Recordatorio – {wd} {time}"],
    parts=[["le recordamos su entrevista de mañana a las {time}.", "tu entrevista quedó confirmada para el {wd} {day} a las {time}."],
           ["Preséntese en recepción con su identificación.", "El enlace de la videollamada es el mismo de la invitación.", ""], ["¡Nos vemos!", ""]],
)
K["thanks_today"] = dict(
    labels=[], subj=["Gracias por la entrevista de hoy", "Gracias por tu tiempo"],
    parts=[["gracias por la charla de hoy.", "le agradecemos su visita esta mañana."],
           ["Vamos a conversarlo con el equipo y te contamos la semana que viene."], [""]],
)
K["profile"] = dict(
    labels=[], subj=["Completá tu perfil", "Tu postulación está incompleta"],
    parts=[["a tu perfil le faltan algunos datos.", "empezaste una postulación pero no la enviaste."], ["Subí tu CV aquí: {portal}"], [""]],
)
K["alert"] = dict(
    labels=[], company=False,
    subj=["Alerta de empleo: 15 ofertas de {role}", "Nuevas vacantes en {city}", "Empleos recomendados para vos"],
    parts=[["Estas son las nuevas ofertas de tu alerta:", "Encontramos vacantes que coinciden con tu búsqueda:"],
           ["▸ {role} – {co} – {city}\n▸ {role2} – remoto\n▸ Prácticas – varias empresas"], ["Gestionar alertas: {portal}/alertas"]],
)
K["newsletter"] = dict(
    labels=[], company=False,
    subj=["Cómo superar una entrevista de trabajo", "¿Te rechazaron? Qué hacer después", "Newsletter de empleo: negociar tu oferta"],
    parts=[["Este mes hablamos de algo que nos pasa a todos: el rechazo en un proceso de selección.", "Preparar una entrevista no es difícil si sigues estos pasos."],
           ["Pide feedback, revisa tu CV y vuelve a intentarlo.", "Investiga la empresa, prepara ejemplos y practica en voz alta."],
           ["Leer más en el blog.", "Darse de baja"]],
)
K["admission"] = dict(
    labels=[], company=False,
    subj=["Resolución de admisión – Máster", "Resultado de su solicitud de beca"],
    parts=[["lamentamos comunicarle que su solicitud de admisión al Máster en Ingeniería no ha sido aceptada.", "su solicitud de beca no ha resultado favorable."],
           ["La nota de corte fue de 8,2.", ""], ["Secretaría académica"]],
)
K["rental"] = dict(
    labels=[], company=False, subj=["Sobre el departamento en {city}", "Alquiler – respuesta"],
    parts=[["gracias por visitar el piso.", "te escribo por el departamento que viste el sábado."],
           ["El propietario eligió a otros inquilinos.", "Ya se alquiló, lo siento."], ["Inmobiliaria"]],
)
K["kita"] = dict(
    labels=[], company=False, subj=["Comunicado a las familias", "Reunión de apoderados"],
    parts=[["estimadas familias, el colegio estará cerrado el {day} de {month}.", "la reunión de apoderados será el {wd} a las 19 h."], ["Dirección del colegio"]],
)
K["bank"] = dict(
    labels=[], company=False, subj=["Su solicitud de préstamo", "Nuevo extracto disponible"],
    parts=[["hemos revisado su solicitud de préstamo personal.", "tiene un nuevo documento en su banca online."],
           ["En este momento no podemos aprobarla.", ""], ["Su banco"]],
)
K["webinar"] = dict(
    labels=[], company=False, subj=["Invitación: webinar «Cómo conseguir empleo en tech»", "Feria de empleo {city}"],
    parts=[["te invitamos a nuestro webinar gratuito el {wd} a las {time}.", "la feria de empleo de {city} vuelve el {day} de {month}."],
           ["Hablaremos de CV, entrevistas y LinkedIn.", "Más de 50 empresas estarán presentes."], ["Inscripción: {link}"]],
)
K["jobcentre"] = dict(
    labels=[], company=False, subj=["Cita previa SEPE", "Citación – Servicio Público de Empleo", "Turno Oficina de Empleo"],
    parts=[["le comunicamos que tiene cita en su oficina de empleo de {city} el {wd} {day} a las {time}.", "ha sido citado/a para una entrevista de seguimiento de su demanda de empleo."],
           ["La no comparecencia puede conllevar la baja de su demanda.", "Traiga su DNI."], ["Servicio Público de Empleo"]],
)
K["scam"] = dict(
    labels=[], company=False, subj=["Oferta de trabajo desde casa: 2.500 € al mes", "Felicidades, fue seleccionado"],
    parts=[["Su perfil fue seleccionado para trabajar desde casa sin experiencia.", "Gane 200 USD por día respondiendo encuestas."],
           ["Envíe su cédula y datos bancarios por WhatsApp para recibir el contrato."], ["¡Cupos limitados!"]],
)
K["onboarding"] = dict(
    labels=[], subj=["Bienvenido/a a {co}: primeros pasos", "Documentación para tu alta"],
    parts=[["ya firmaste el contrato, ¡bienvenido/a!", "estamos preparando tu incorporación del {start}."],
           ["Necesitamos tu número de la Seguridad Social, cuenta bancaria y copia del DNI.", "Tu portátil estará listo el primer día."], [""]],
)
K["interview_someone"] = dict(
    labels=[], company=False, subj=["¿Podés entrevistar a un candidato el {wd}?", "Panel de entrevistas {role}"],
    parts=[["el {wd} a las {time} entrevistamos a una candidata para el equipo.", "estamos armando el panel para la vacante de {role}."],
           ["¿Podrías hacer la parte técnica? Te paso el CV.", "¿Te sumás como entrevistador?"], ["¡Gracias!", ""]],
)
K["role_closed"] = dict(
    labels=[], subj=["RE: Consulta vacante {role}", "Vacante {role} cerrada"],
    parts=[["gracias por escribirnos.", "gracias por tu interés."],
           ["La vacante se cerró antes de tu consulta y ya no recibimos postulaciones.", "Esa búsqueda ya estaba cubierta, el aviso quedó publicado por error."],
           ["Te invitamos a ver otras ofertas.", ""]],
)
K["autoreply"] = dict(
    labels=[], subj=["Respuesta automática: Postulación {role}", "Fuera de la oficina"],
    parts=[["Estoy fuera de la oficina hasta el {day2} de {month}.", "Estoy de vacaciones con acceso limitado al correo."], ["Para urgencias escriba a {pname}.", ""]],
)
K["bounce"] = dict(
    labels=[], company=False, subj=["No se puede entregar: Postulación {role}", "Mail delivery failed"],
    parts=[["No se pudo entregar su mensaje a seleccion@{dom}.", "La dirección rrhh@{dom} no existe."], ["Error 550 5.1.1"]],
)
K["s_thanks"] = dict(
    labels=[], folder="Sent", subj=["Gracias por la entrevista", "Agradecimiento"],
    parts=[["quería agradecerle por la entrevista de esta mañana.", "¡gracias por la charla de hoy!"], ["Me quedé con muchas ganas de sumarme.", ""], [""]],
)
K["s_withdraw"] = dict(
    labels=[], folder="Sent", subj=["Retiro mi candidatura", "RE: Invitación a entrevista"],
    parts=[["gracias por la invitación.", "agradezco mucho su interés."],
           ["Acepté otra propuesta, así que retiro mi candidatura.", "Por motivos personales prefiero no continuar en el proceso."], ["Saludos y éxitos.", ""]],
)
K["s_accept"] = dict(
    labels=[], folder="Sent", subj=["RE: Carta oferta", "Acepto la propuesta"],
    parts=[["¡muchas gracias por la oferta, la acepto con mucho gusto!", "confirmo que acepto la propuesta."],
           ["Les envío la carta firmada.", "El {start} me viene perfecto para empezar."], [""]],
)
K["s_schedule"] = dict(
    labels=[], folder="Sent", subj=["RE: Invitación a entrevista", "Re: ¿Charlamos?"],
    parts=[["gracias por la invitación.", "¡gracias!"],
           ["Confirmo el {wd} a las {time}.", "El {wd} no puedo, ¿podría ser el {day2} de {month}?"], [""]],
)
K["s_apply"] = dict(
    labels=[], folder="Sent", subj=["Postulación – {role}", "Candidatura espontánea"],
    parts=[["les escribo para postularme al puesto de {role}.", "adjunto mi CV para la vacante publicada."],
           ["Tengo cinco años de experiencia en el área.", ""], ["Quedo a disposición para una entrevista.", ""]],
)
K["personal"] = dict(
    labels=[], company=False, subj=["¿Asado el sábado?", "Fotos", "Re: cumple de la abuela"],
    parts=[["¿Vienes el sábado? Llevo el vino.", "Te paso las fotos del viaje.", "Che, ¿a qué hora es el cumple?"], ["", "Besos"]],
)

# --- alternativas adicionales ---
K["rej"]["parts"][0] += [
    "le escribimos en relación con su candidatura para {role}.", "queríamos contarte cómo terminó el proceso para {role}.",
    "disculpe la demora en responder.", "ya finalizamos el proceso de selección para la posición de {role}.",
    "mil gracias por tu tiempo y buena onda en las entrevistas.",
]
K["rej"]["parts"][2] += ["Sabemos que no es la noticia que esperaba.", "Te invitamos a seguir atento/a a nuestras próximas vacantes."]
K["rej"]["subj"] += ["Resultado del proceso de selección", "Tu candidatura – {role}", "Novedades de tu postulación", "Sobre su postulación"]
K["invite"]["parts"][0] += ["tu perfil le encantó al equipo.", "nos pusimos en contacto para avanzar con su candidatura.",
                            "queremos seguir con vos en el proceso."]
K["invite"]["parts"][1] += [
    "Le invitamos a una entrevista por videollamada (Google Meet) el {wd} {day} de {month} a las {time}.",
    "¿Te parece una charla por Zoom el {wd} a las {time} con la líder técnica?",
    "La siguiente etapa es un caso práctico para resolver en casa y luego presentarlo al equipo.",
    "Le convocamos a un assessment center el {day} de {month} en nuestras oficinas de {city}.",
]
K["invite"]["subj"] += ["Agenda tu entrevista", "Entrevista con el equipo de {co}", "Convocatoria – {role}"]
K["ack"]["parts"][1] += ["Si en tres semanas no tiene noticias nuestras, entienda que su perfil no fue seleccionado.",
                         "Te vamos a escribir por este medio con novedades."]
K["interim"]["parts"][1] += ["Aún estamos entrevistando a otros candidatos.", "Su perfil está siendo revisado por el área solicitante."]
K["offer"]["parts"][0] += ["tal como hablamos por teléfono, le enviamos por escrito nuestra propuesta."]

K["other_reject"] = dict(
    labels=[], company=False,
    subj=["Su propuesta de ponencia", "Resolución de la convocatoria de ayudas", "Solicitud de visado", "Solicitud de socio – club"],
    parts=[["gracias por enviar su propuesta al congreso.", "le informamos del resultado de la convocatoria de ayudas a la investigación.",
            "hemos revisado su solicitud de visado."],
           ["Lamentablemente no ha sido seleccionada para el programa.", "Su solicitud ha sido denegada.",
            "No hay cupos para nuevos socios este año."],
           ["El comité organizador", "Atentamente, la secretaría"]],
)
K["rej"]["parts"][0] += ["lamentablemente debemos cancelar la entrevista prevista para el {wd}."]
