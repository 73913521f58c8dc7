"""w45: Spanish fragments (written fresh for this corpus)."""

STEPS = {
    "phone": ["primera llamada telefónica", "breve entrevista telefónica"],
    "video": ["videoentrevista", "entrevista por Teams con la responsable del área", "primera entrevista online"],
    "tech": ["entrevista técnica", "prueba técnica en directo con el equipo", "prueba de caso práctico"],
    "onsite": ["entrevista presencial en nuestras oficinas", "entrevista presencial"],
    "final": ["entrevista final con la dirección", "última entrevista"],
    "assess": ["prueba online", "prueba de aptitudes", "prueba práctica para hacer en casa"],
    "chat": ["charla informal con el responsable del equipo"],
}
PLATFORMS = ["Teams", "Zoom", "Google Meet", "teléfono"]
GREET = ["Hola {first}:", "Estimado/a {first} {last}:", "Hola, {first}:", "Buenos días, {first}:", "Estimado/a candidato/a:"]
CLOSE = ["Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,"]
TEAMSIG = ["Equipo de Selección de {company}", "{recruiter}\nTalent Acquisition | {company}", "Departamento de Personas\n{company}",
           "{recruiter}\nTécnico/a de Selección – {company}"]
OPEN = ["Gracias por tu interés en {company}.", "", "Gracias por tu paciencia durante estas semanas."]

KINDS = {
    "ack": {
        "subj": ["Hemos recibido tu candidatura – {role}", "Tu candidatura en {company}", "¡Gracias por inscribirte!",
                 "Confirmación de candidatura: {role} (ref. {req})"],
        "lead": ["Te confirmamos que hemos recibido tu candidatura para el puesto de {role}.",
                 "Gracias por inscribirte en nuestra oferta de {role}; tu CV ya está en manos del equipo de selección.",
                 "Tu candidatura (referencia {req}) quedó registrada correctamente el {date0}."],
        "more": ["Revisaremos tu perfil con atención y, si encaja con lo que buscamos, nos pondremos en contacto contigo.",
                 "Puedes consultar el estado de tu proceso en tu área de candidato.",
                 "Este mensaje se ha generado automáticamente; por favor, no respondas."],
        "cta": ["Ir a mi área de candidato", "Ver estado"],
        "labels": ["application_ack"],
    },
    "ack_assess": {
        "subj": ["Tu candidatura y el siguiente paso – {role}", "Candidatura recibida: completa la prueba online"],
        "lead": ["Hemos recibido tu candidatura para {role}.", "Tu candidatura para el puesto de {role} está registrada."],
        "inv": ["Como siguiente paso, te invitamos a realizar una {step} antes del {deadline} desde el enlace de abajo.",
                "La primera fase del proceso es una {step} de unos {dur} minutos que puedes hacer cuando te venga bien."],
        "steps": ["assess"],
        "cta": ["Empezar la prueba"],
        "labels": ["application_ack", "interview_invite"],
    },
    "invite": {
        "subj": ["Invitación a entrevista – {role}", "Siguiente paso en tu proceso con {company}", "Agenda tu {step}",
                 "{company}: queremos conocerte"],
        "lead": ["Tu perfil nos ha encajado y nos gustaría invitarte a una {step} para el puesto de {role}.",
                 "Nos encantaría conocerte en una {step} con {interviewer}.",
                 "Elige el horario que mejor te venga para tu {step} a través del siguiente enlace.",
                 "¿Tendrías disponibilidad la semana que viene para una {step} de unos {dur} minutos?"],
        "more": ["La conversación durará unos {dur} minutos y será por {platform}.",
                 "Hay huecos disponibles entre el {date} y el {date2}.",
                 "Si ninguna opción te encaja, responde a este correo y buscamos otra."],
        "steps": ["phone", "video", "tech", "onsite", "final", "assess"],
        "cta": ["Elegir horario", "Reservar"],
        "labels": ["interview_invite"],
    },
    "reschedule": {
        "subj": ["Cambio de fecha de tu entrevista – {role}", "Necesitamos reprogramar tu entrevista"],
        "lead": ["A {interviewer} le ha surgido un imprevisto y tenemos que mover tu {step} del {date}. ¿Puedes elegir un nuevo horario?",
                 "¿Te vendría bien pasar nuestra {step} del {date} al {date2} a las {time2}?"],
        "more": ["Disculpa las molestias.", "El formato se mantiene igual."],
        "steps": ["video", "tech", "onsite", "final"],
        "cta": ["Elegir nuevo horario"],
        "labels": ["interview_invite"],
    },
    "offer": {
        "subj": ["Tu oferta de {company}", "Propuesta de contratación: {role}", "¡Enhorabuena, {first}!"],
        "lead": ["Nos complace ofrecerte el puesto de {role} en {company}.",
                 "Tal como hablamos por teléfono, te confirmo por escrito nuestra oferta para el puesto de {role}.",
                 "Queremos hacerte una oferta formal para que te incorpores a {company} como {role}."],
        "more": ["En el documento adjunto encontrarás la retribución, las condiciones y la fecha de incorporación prevista, el {start}.",
                 "Te pedimos que firmes la oferta electrónicamente antes del {deadline}.",
                 "Si tienes cualquier duda sobre las condiciones, llámame sin problema."],
        "cta": ["Revisar y firmar la oferta", "Ver oferta"],
        "labels": ["offer"],
    },
    "status": {
        "subj": ["Actualización de tu candidatura – {role}", "El estado de tu candidatura ha cambiado"],
        "lead": ["Queríamos contarte que tu candidatura para {role} sigue en revisión.",
                 "El estado de tu candidatura ha cambiado a: «En valoración por el área».",
                 "El proceso de {role} está llevando algo más de tiempo del previsto; esperamos darte noticias antes del {date}."],
        "more": ["No tienes que hacer nada por ahora.", "Gracias por tu paciencia."],
        "cta": ["Ver estado"],
        "labels": [],
    },
    "reminder": {
        "subj": ["Recordatorio: tu entrevista es mañana a las {time}", "Recordatorio – entrevista con {company}"],
        "lead": ["Te recordamos tu {step} del {date} a las {time}.", "Solo un recordatorio: tu {step} con {interviewer} es el {date} a las {time}."],
        "more": ["Tienes el enlace de conexión más abajo.", "Conéctate unos minutos antes para comprobar el audio."],
        "steps": ["video", "tech", "onsite"],
        "cta": ["Unirse a la reunión"],
        "labels": [],
    },
    "confirm": {
        "subj": ["Cita confirmada: {step}", "Confirmación – {date}, {time}"],
        "lead": ["Tu {step} queda confirmada para el {date} a las {time}.", "Gracias por elegir horario: nos vemos el {date} a las {time}."],
        "more": ["Adjuntamos la invitación de calendario.", "Puedes cambiar la cita desde el enlace de abajo."],
        "steps": ["phone", "video", "onsite"],
        "cta": ["Gestionar cita"],
        "labels": [],
    },
    "thanks": {
        "subj": ["Gracias por tu tiempo hoy", "Gracias por la entrevista"],
        "lead": ["Muchas gracias por dedicarnos tu tiempo hoy para hablar del puesto de {role}.",
                 "Gracias por la conversación de esta mañana con {interviewer}."],
        "more": ["Vamos a comentar las impresiones internamente y te escribimos antes de que acabe la semana que viene.",
                 "Si te surge alguna pregunta, escríbeme."],
        "labels": [],
    },
    "assess_rem": {
        "subj": ["Recordatorio: tu prueba caduca pronto", "Tienes una {step} pendiente"],
        "lead": ["Tu {step} para el puesto de {role} sigue disponible hasta el {deadline}.",
                 "Empezaste la {step} pero aún no la has terminado."],
        "more": ["Pasada esa fecha no podremos reactivar el enlace."],
        "steps": ["assess"],
        "cta": ["Continuar la prueba"],
        "labels": [],
    },
    "travel": {
        "subj": ["Cómo llegar a tu entrevista del {date}", "Información práctica para tu visita a {company}"],
        "lead": ["Para tu entrevista presencial del {date}, te dejamos la información práctica.",
                 "Te hemos reservado una plaza de aparcamiento para visitas el día de la entrevista."],
        "more": ["Pregunta en recepción por {interviewer}; trae tu DNI o pasaporte.",
                 "Te reembolsaremos el desplazamiento presentando los tickets."],
        "labels": [],
    },
    "onboard": {
        "subj": ["¡Bienvenido/a a {company}! Documentación para tu incorporación", "Preparando tu primer día"],
        "lead": ["¡Qué alegría que hayas aceptado nuestra oferta! Para tenerlo todo listo el {start}, necesitamos algunos documentos.",
                 "Por favor, sube al portal de incorporación tu número de la Seguridad Social, tu IBAN y una copia del DNI antes del {deadline}."],
        "more": ["El primer día te entregaremos el portátil.", "{interviewer} te recibirá en recepción a las 9:00."],
        "cta": ["Ir al portal de incorporación"],
        "labels": [],
    },
    "bgcheck": {
        "subj": ["{company}: verificación de referencias", "Tu verificación previa a la contratación ha finalizado"],
        "lead": ["Por encargo de {company}, vamos a verificar tus títulos y referencias laborales como parte de tu incorporación.",
                 "Hemos terminado la verificación de tus datos para {company}."],
        "more": ["Necesitamos tu consentimiento a través del enlace seguro.", "Puedes ejercer tus derechos de acceso en cualquier momento."],
        "cta": ["Dar consentimiento"],
        "subj_for": {0: [0], 1: [1]}, "more_for": {0: [0, 1], 1: [1]}, "cta_for": {0: [0], 1: []},
        "labels": [],
    },
    "profile": {
        "subj": ["Restablece tu contraseña", "Completa tu perfil de candidato"],
        "lead": ["Hemos recibido una solicitud para restablecer la contraseña de tu área de candidato en {company}.",
                 "Tu perfil de candidato está incompleto: añade tu CV para que nuestro equipo pueda encontrarte."],
        "more": ["Si no has sido tú, ignora este mensaje.", "El enlace caduca en 24 horas."],
        "cta": ["Restablecer contraseña", "Completar perfil"],
        "subj_for": {0: [0], 1: [1]}, "more_for": {0: [0, 1], 1: []}, "cta_for": {0: [0], 1: [1]},
        "labels": [],
    },
    "reqclosed": {
        "subj": ["La oferta que guardaste ya no está disponible", "{role}: oferta cerrada"],
        "lead": ["La oferta de {role} en {company} que guardaste ya no admite inscripciones.",
                 "Seguías la oferta de {role}. La empresa ha cerrado el proceso."],
        "more": ["Te mostramos ofertas parecidas en tu cuenta.", "No te habías inscrito en esta oferta."],
        "cta": ["Ver ofertas parecidas"],
        "labels": [],
    },
    "community": {
        "subj": ["Bienvenido/a a la comunidad de talento de {company}", "Suscripción confirmada"],
        "lead": ["¡Gracias por unirte a nuestra comunidad de talento! Te avisaremos de las ofertas que encajen con tus intereses.",
                 "Ya estás suscrito/a a las alertas de empleo de {company}."],
        "more": ["Unirte a la comunidad no equivale a presentar una candidatura.", "Puedes darte de baja cuando quieras."],
        "cta": ["Gestionar preferencias"],
        "labels": [],
    },
    "survey": {
        "subj": ["¿Qué tal tu experiencia en nuestro proceso de selección?", "Tu opinión nos ayuda"],
        "lead": ["Hace poco participaste en un proceso de selección con nosotros. ¿Cómo lo viviste?",
                 "Ayúdanos a mejorar la experiencia de candidato en {company} con esta breve encuesta."],
        "more": ["La encuesta es anónima y no influye en tu candidatura."],
        "cta": ["Responder la encuesta"],
        "labels": [],
    },
    "hold": {
        "subj": ["Tu candidatura: proceso en pausa"],
        "lead": ["El proceso para {role} está en pausa temporalmente mientras se cierra el presupuesto. Tu candidatura sigue activa."],
        "more": ["Te escribiremos en cuanto se retome."],
        "labels": [],
    },
    "esign_done": {
        "subj": ["Documento completado: oferta de {company}"],
        "lead": ["Todas las partes han firmado el documento «Carta de oferta – {role}». Adjuntamos una copia."],
        "more": ["Guarda este correo."],
        "cta": ["Descargar documento"],
        "labels": [],
    },
    "esign_docs": {
        "subj": ["Firma pendiente: documentos de incorporación de {company}"],
        "lead": ["{company} te ha enviado documentos para firmar: acuerdo de confidencialidad y política de uso de equipos."],
        "more": ["El sobre caduca en 14 días."],
        "cta": ["Revisar documentos"],
        "labels": [],
    },
}

REJ_OPEN_APP = ["Gracias por presentar tu candidatura al puesto de {role}.", "Te agradecemos el interés mostrado en {company}."]
REJ_OPEN_INT = ["Gracias de nuevo por el tiempo que dedicaste a las entrevistas.", "Gracias por la entrevista con {interviewer}."]
REJ_APP = ["Tras revisar tu perfil, lamentamos comunicarte que no vamos a continuar con tu candidatura.",
           "En esta ocasión no has sido seleccionado/a para la siguiente fase.",
           "Hemos decidido seguir adelante con otros candidatos."]
REJ_INT = ["Finalmente hemos optado por otra persona para el puesto.", "Lamentablemente no podemos ofrecerte el puesto.",
           "Tras la última ronda, hemos decidido continuar con otro/a finalista."]
REJ_SOFT = ["Tu perfil nos gustó mucho, pero al final nos hemos decantado por otra opción.",
            "Ha sido una decisión muy ajustada, pero no seguiremos adelante contigo esta vez."]
REASONS = {
    "closer_fit": ["Hemos elegido un perfil cuya experiencia se ajusta más a las necesidades del puesto."],
    "role_filled": ["La vacante ya ha sido cubierta.", "El puesto se ha cubierto con una promoción interna."],
    "budget_freeze": ["Debido a una congelación de contrataciones, no podemos seguir con este proceso."],
    "level_mismatch": ["Para esta posición buscamos un perfil con más experiencia en puestos sénior."],
    "role_cancelled": ["Tras una reorganización interna, el puesto ha quedado cancelado."],
}
NOFB = ["Debido al elevado número de candidaturas, no podemos dar feedback individual.",
        "Hemos recibido muchas candidaturas de gran nivel."]
FB_INTRO = ["Te comparto algunos comentarios del equipo:", "Para que tengas contexto sobre la decisión:"]
FB_POS = ["Tu motivación quedó muy clara.", "Tu experiencia en el sector es muy interesante."]
FB_TOPIC = {
    "coding": ["En el ejercicio de programación faltaron pruebas y algunos casos límite."],
    "system_design": ["En la parte de diseño de sistemas, las respuestas se quedaron en un nivel muy general."],
    "technical_depth": ["Al profundizar en los detalles técnicos de tus proyectos, echamos en falta más profundidad."],
    "behavioural": ["En las preguntas de comportamiento faltaron ejemplos concretos con resultados."],
    "communication": ["A veces costaba seguir tus explicaciones; conviene estructurarlas mejor."],
    "questions_to_ask": ["Hiciste pocas preguntas sobre el equipo y el puesto."],
    "composure": ["Se te notó bastante nervioso/a durante la presentación."],
    "experience_level": ["Tu experiencia gestionando equipos todavía es algo limitada para este puesto."],
    "collaboration": ["En la dinámica de grupo apenas construiste sobre las ideas de los demás."],
    "cv_positioning": ["Tu CV no dejaba claro cómo tu experiencia encaja con este puesto."],
}
OTHER_ROLE = ["Eso sí, nos gustaría invitarte a una entrevista para nuestra vacante de {role2}. ¿Tienes hueco la semana que viene?",
              "Creemos que encajarías muy bien en el puesto de {role2} y nos gustaría organizar una {step} para hablarlo."]
REJ_CLOSE = ["Te deseamos mucha suerte en tu búsqueda.", "Guardaremos tu CV para futuros procesos, si nos das tu permiso."]
FB_ADV_LEAD = ["¡Buenas noticias! El equipo quiere verte en la entrevista final.", "Nos gustaría invitarte a la siguiente fase."]
FB_ADV_INTRO = ["Para que te prepares, te paso el feedback de la primera ronda:", "El feedback fue positivo en general; un punto a mejorar:"]
FB_REPLY_LEAD = ["Gracias por escribirme. He hablado con la responsable del área y te paso su feedback."]
FB_REPLY_END = ["Espero que te sirva. ¡Mucha suerte!"]
SENT = {
    "feedback_request": {
        "subj": ["RE: {subj}", "Solicitud de feedback – {role}"],
        "body": ["Hola {rfirst}:\n\nGracias por avisarme. ¿Podrías darme algo de feedback sobre la entrevista? Me ayudaría mucho para próximos procesos.",
                 "Buenos días:\n\nGracias por la respuesta. ¿Sería posible saber en qué aspectos podría mejorar?"],
        "labels": ["feedback_request"],
    },
}
