"""Spanish word bank for writer w9 (portales de empleo, consultoras, candidatos, correo variado)."""

from __future__ import annotations

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def fmt_date(d: int, m: int) -> str:
    return f"{d}/{m}/2026" if d % 3 else f"{d} de {MESES[m - 1]} de 2026"


KINDS = {
    "ack": dict(labels=["application_ack"], subj=["Hemos recibido tu candidatura – {role}", "Confirmación de recepción: {role} (ref. {ref})", "Gracias por tu interés en {co}", "Tu candidatura para {role}", "Candidatura recibida"], body=[
        ["gracias por presentar tu candidatura para el puesto de {role}. Te confirmamos que la hemos recibido correctamente.",
         "hemos recibido tu solicitud para la vacante «{role}» y te agradecemos el interés mostrado en {co}.",
         "te confirmamos que hemos recibido tu candidatura para el proceso {ref}.",
         "¡gracias por querer formar parte de {co}! Tu CV ya está en nuestro sistema."],
        ["Nuestro equipo de selección revisará tu perfil y se pondrá en contacto contigo si encaja con lo que buscamos.",
         "Si en un plazo de {days} días no tienes noticias nuestras, entiende que tu perfil no ha sido seleccionado en esta ocasión.",
         "Puedes consultar el estado de tu proceso en cualquier momento desde el portal: {link}",
         "Analizaremos tu perfil con detenimiento y te informaremos de los siguientes pasos."],
        ["", "Este es un mensaje automático, por favor no respondas.", "Te deseamos un buen día."]]),
    "ack_tu": dict(labels=["application_ack"], formal=False, subj=["¡Candidatura recibida! 🙌", "Gracias, {cand}"], body=[
        ["¡gracias por aplicar a {co}! Tu candidatura para {role} ha llegado bien.", "solo para confirmarte que tenemos tu candidatura."],
        ["La vamos a leer con calma y te escribimos en menos de {days} días.", "Alguien del equipo te contestará pronto, sea cual sea la respuesta."], ["¡Un abrazo!", ""]]),
    "ack_invite": dict(labels=["application_ack", "interview_invite"], subj=["Tu candidatura – siguiente paso: prueba online", "Candidatura recibida e invitación a la evaluación", "{co}: completa tu prueba técnica"], body=[
        ["hemos recibido tu candidatura para {role}, ¡gracias!", "te confirmamos que tu solicitud (ref. {ref}) está registrada."],
        ["Como primer paso del proceso te invitamos a realizar una prueba online de unos {dur} minutos. Tienes {days} días para completarla: {link}",
         "El siguiente paso es un reto técnico en nuestra plataforma: {link}",
         "Te proponemos un test de aptitudes online; accede desde aquí: {link}"],
        ["Busca un lugar tranquilo antes de empezar.", "Cuando termines, te contaremos cómo seguimos.", ""]]),
    "inv_phone": dict(labels=["interview_invite"], subj=["¿Hablamos? – {role}", "Entrevista telefónica para {role}", "Tu candidatura en {co}: primera conversación"], body=[
        ["tu perfil nos ha parecido muy interesante y nos gustaría conocerte en una primera llamada.", "tras revisar tu CV, me gustaría proponerte una breve conversación telefónica.", "gracias por tu candidatura; querríamos charlar contigo sobre el puesto."],
        ["¿Te vendría bien el {wday} {date} a las {time}?", "Puedes reservar directamente un hueco de {dur} minutos aquí: {link}", "¿Me indicas tu disponibilidad para la semana que viene?"],
        ["", "Hablaremos sobre tu trayectoria y tus motivaciones.", "Un saludo y hasta pronto."]]),
    "inv_tech": dict(labels=["interview_invite"], subj=["Invitación a entrevista técnica", "Segunda entrevista – {role}", "Siguiente fase del proceso en {co}"], body=[
        ["nos alegra comunicarte que has pasado a la siguiente fase del proceso.", "después de nuestra primera conversación, el equipo quiere conocerte en una entrevista técnica."],
        ["Será una videollamada de {dur} minutos con dos personas del equipo de ingeniería: preguntas de arquitectura y un pequeño ejercicio de código en vivo.", "Repasaremos en profundidad tus proyectos y haremos un caso práctico de diseño."],
        ["Te proponemos el {date} a las {time}. ¿Nos confirmas?", "Elige el horario que mejor te venga en este enlace: {link}"]]),
    "inv_onsite": dict(labels=["interview_invite"], subj=["Convocatoria de entrevista", "Entrevista presencial el {date}", "Entrevista final – {role}"], body=[
        ["nos gustaría conocerte en persona en nuestras oficinas de {city}.", "tenemos el placer de invitarte a la entrevista final con dirección."],
        ["Te esperamos el {wday} {date} a las {time}; te atenderá {rec_full}.", "Te esperamos el {date} a las {time}; calcula unas dos horas."],
        ["Te reembolsaremos los gastos de desplazamiento.", "Trae tu DNI para acceder al edificio.", ""]]),
    "inv_task": dict(labels=["interview_invite"], subj=["Caso práctico – {role}", "Tu prueba técnica para casa"], body=[
        ["para continuar con el proceso te proponemos un caso práctico.", "el siguiente paso es una prueba técnica que puedes hacer desde casa en {days} días."],
        ["El enunciado está aquí: {link}. Dedícale unas tres horas.", "Después nos presentarás tu solución en una llamada de {dur} minutos."], ["Escríbeme con cualquier duda.", ""]]),
    "inv_resched": dict(labels=["interview_invite"], subj=["Cambio de fecha de tu entrevista", "Nueva fecha para la entrevista"], body=[
        ["lo siento mucho, pero tengo que mover nuestra entrevista del {old_date}: al responsable le ha surgido un imprevisto.", "por motivos de agenda necesitamos aplazar tu entrevista."],
        ["¿Te iría bien el {date} a las {time}?", "Puedes elegir nueva hora aquí: {link}"], ["Gracias por tu flexibilidad.", "Disculpa las molestias."]]),
    "inv_tu": dict(labels=["interview_invite"], formal=False, subj=["¿Tomamos un café (virtual)? ☕", "Siguiente paso en {co}"], body=[
        ["¡nos encanta tu perfil y queremos conocerte!", "gracias por aplicar, nos gustaría charlar contigo."],
        ["Reserva un hueco de {dur} minutos con nuestra CTO aquí: {link}", "¿Puedes el {wday} a las {time} por videollamada con {rec}?"], ["¡Hasta pronto!", ""]]),
    "rej": dict(labels=["rejection"], subj=["Tu candidatura para {role}", "Respuesta a tu candidatura", "Actualización sobre tu proceso en {co}", "Proceso de selección {ref}"], body=[
        ["gracias por tu interés en {co} y por el tiempo dedicado al proceso.", "te agradecemos sinceramente tu participación en el proceso de {role}.", "hemos revisado tu candidatura con atención."],
        ["Lamentamos comunicarte que en esta ocasión no vamos a continuar con tu candidatura.",
         "Tras valorarlo detenidamente, hemos decidido seguir adelante con otros perfiles.",
         "Sentimos informarte de que tu candidatura no ha sido seleccionada.",
         "Aunque tu perfil tiene muchos puntos fuertes, no podemos ofrecerte el puesto."],
        "{REASON}",
        ["", "Debido al gran volumen de candidaturas, no nos es posible dar feedback individual.", "Hemos recibido muchísimas candidaturas de gran nivel y la decisión ha sido complicada.", "Esta decisión no pone en duda tu valía profesional."],
        ["Te deseamos mucho éxito en tu búsqueda.", "Si nos das tu consentimiento, conservaremos tu CV para futuras vacantes.", "De acuerdo con el RGPD, tus datos se conservarán durante un año."]]),
    "rej_short": dict(labels=["rejection"], subj=["{role}", "RE: Candidatura {role}", "Respuesta rápida"], body=[
        ["gracias por tu candidatura, pero no vamos a seguir adelante.", "hemos optado por otro perfil, lo siento.", "tu candidatura no ha sido seleccionada."], "{REASON}", ["Suerte.", "Mucho ánimo.", ""]]),
    "rej_tu": dict(labels=["rejection"], formal=False, subj=["Novedades sobre tu candidatura", "Tu proceso en {co}"], body=[
        ["mil gracias por el tiempo que nos has dedicado.", "perdona la tardanza en responder."],
        ["Al final hemos elegido a otra persona.", "No vamos a seguir contigo en el proceso, por desgracia.", "Ha estado muy reñido, pero esta vez no ha podido ser."],
        "{REASON}", ["¡Mucha suerte!", "Seguimos en contacto."]]),
    "rej_fb": dict(labels=["rejection", "feedback"], subj=["Feedback de tu entrevista – {role}", "Tu proceso en {co}: decisión y comentarios", "Resultado de las entrevistas"], body=[
        ["gracias de nuevo por tu disponibilidad durante todo el proceso.", "gracias por las conversaciones de estas semanas."],
        ["Hemos decidido no hacerte una oferta.", "No vamos a continuar el proceso contigo.", "La decisión del equipo no ha sido favorable, y lo siento de verdad."],
        "{FB}", "{REASON}", ["Te deseamos lo mejor.", "Si quieres comentarlo, llámame sin problema.", "Ojalá coincidamos más adelante."]]),
    "rej_inv": dict(labels=["rejection", "interview_invite"], subj=["Tu candidatura – otra oportunidad", "{role}: respuesta y una propuesta"], body=[
        ["para el puesto de {role} hemos elegido a otra persona.", "no podemos seguir con tu candidatura para {role}."],
        "{REASON}",
        ["Sin embargo, tu perfil encajaría muy bien en nuestra vacante de {other_role}. ¿Te animas a una entrevista? Reserva aquí: {link}", "Nos gustaría entrevistarte para {other_role}: ¿te va bien el {date} a las {time}?"], ["Quedo atenta a tu respuesta.", ""]]),
    "offer": dict(labels=["offer"], subj=["Oferta de empleo – {role}", "Tu oferta en {co}", "Carta oferta"], body=[
        ["nos complace ofrecerte el puesto de {role} en {co}.", "tras el proceso, estoy encantada de confirmarte que queremos que te incorpores como {role}."],
        ["Adjuntamos la carta oferta: contrato indefinido, {salary} € brutos anuales y fecha de incorporación el {start}.", "Como hablamos por teléfono: indefinido, {salary} € brutos al año en 14 pagas, incorporación el {start}."],
        ["Te agradeceríamos una respuesta antes del {date}.", "Quedo a tu disposición para cualquier duda."]]),
    "fb_reply": dict(labels=["feedback"], quote="fbreq", subj=["Feedback"], body=[
        ["gracias por tu mensaje, te comparto con gusto algunos comentarios.", "claro, he revisado las notas del equipo entrevistador."], "{FB}", ["Espero que te sirva.", "Mucho ánimo con la búsqueda."]]),
    "fbreq": dict(labels=["feedback_request"], quote="rej", subj=["Feedback"], body=[
        ["gracias por la respuesta, aunque no es la que esperaba.", "os agradezco que me hayáis informado."],
        ["¿Sería posible recibir algo de feedback sobre los puntos en los que fallé?", "¿Podríais decirme qué me faltó para pasar a la siguiente fase?", "Me ayudaría mucho saber en qué aspectos debería mejorar."],
        ["Con un par de líneas me basta.", "Si preferís, una llamada corta también me vale.", ""]]),
    "sent_thanks": dict(labels=[], subj=["Gracias por la entrevista", "Tras nuestra conversación de hoy"], body=[
        ["muchas gracias por la entrevista de esta mañana y por contarme cómo trabaja el equipo.", "gracias por el tiempo que me dedicasteis hoy."],
        ["La conversación me ha motivado todavía más para el puesto de {role}.", "Quedo a vuestra disposición para lo que necesitéis."]]),
    "sent_withdraw": dict(labels=[], subj=["Retiro mi candidatura – {role}", "Candidatura {ref}"], body=[
        ["os agradezco el interés y las conversaciones que hemos tenido.", "gracias por invitarme a la siguiente entrevista."],
        ["He aceptado otra oferta, así que prefiero retirar mi candidatura.", "Por motivos personales, retiro mi candidatura del proceso."], ["Os deseo suerte con la selección.", ""]]),
    "sent_accept": dict(labels=[], quote="offer", subj=["RE: Oferta de empleo – {role}", "Acepto la oferta"], body=[
        ["¡muchas gracias! Acepto encantada la oferta para el puesto de {role}.", "os confirmo que acepto la oferta."],
        ["Os envío el contrato firmado esta semana.", "Nos vemos el {start}."]]),
    "sent_sched": dict(labels=[], quote="inv_onsite", subj=["RE: Convocatoria de entrevista", "Confirmo la entrevista del {date}"], body=[
        ["os confirmo mi asistencia el {date} a las {time}.", "la hora propuesta me viene perfecta."], ["¡Hasta entonces!", "Un saludo.", ""]]),
    "sent_apply": dict(labels=[], subj=["Candidatura para {role}", "Candidatura espontánea", "CV – ref. {ref}"], body=[
        ["he visto vuestra oferta de {role} y me gustaría presentar mi candidatura.", "adjunto mi currículum para el puesto de {role}."],
        ["Llevo cinco años trabajando en entornos similares.", "También adjunto carta de presentación."], ["Quedo a la espera de vuestras noticias.", ""]]),
    "neg_status": dict(labels=[], subj=["Estado de tu candidatura", "Tu candidatura sigue en revisión"], body=[
        ["queremos informarte de que tu candidatura para {role} sigue en proceso de revisión.", "seguramente estés esperando noticias nuestras."],
        ["El proceso se está alargando más de lo previsto y aún no hay una decisión.", "El equipo todavía está revisando perfiles."], ["Gracias por tu paciencia.", "Te escribiremos en cuanto sepamos algo."]]),
    "neg_profile": dict(labels=[], subj=["Completa tu perfil de candidato", "Recordatorio: perfil incompleto"], body=[
        ["tu perfil en el portal de empleo de {co} está incompleto.", "faltan algunos datos en tu perfil."],
        ["Añade tu expectativa salarial y disponibilidad aquí: {link}", "Sube tus titulaciones para que podamos recomendarte ofertas: {link}"]]),
    "neg_reminder": dict(labels=[], subj=["Recordatorio: entrevista el {date}", "Mañana a las {time}: tu entrevista"], body=[
        ["te recordamos tu entrevista programada para el {date} a las {time}.", "un recordatorio rápido de nuestra cita de mañana a las {time}."],
        ["El enlace a la videollamada está en la invitación del calendario.", "Dirección: calle Mayor {dur}, {city}."], ["Si no puedes asistir, avísanos.", ""]]),
    "neg_thanks_today": dict(labels=[], subj=["Gracias por hoy", "Nuestra conversación"], body=[
        ["gracias por tu tiempo hoy y por la charla tan abierta.", "gracias por acercarte a nuestra oficina esta mañana."],
        ["Lo comentamos internamente y te decimos algo antes de que acabe la semana que viene.", "Puedes enviarme los tickets del viaje para el reembolso."]]),
    "neg_onboarding": dict(labels=[], subj=["Bienvenida a {co} – documentación para tu incorporación", "Incorporación: documentos pendientes"], body=[
        ["¡qué alegría tenerte con nosotros a partir del {start}!", "¡bienvenido al equipo!"],
        ["Necesitamos tu número de la Seguridad Social, IBAN y copia del DNI para el alta.", "Rellena el formulario de alta adjunto para preparar tu nómina."],
        ["Tu portátil estará listo el primer día.", "{rec} te recibirá en recepción el primer día."]]),
    "neg_closed": dict(labels=[], company="client", subj=["La vacante en {client} ya está cubierta", "Novedades sobre la oportunidad"], body=[
        ["te escribí la semana pasada por un puesto de {role} en mi cliente {client}.", "gracias por tu interés en la posición que te comenté."],
        ["El cliente me dice que la han cubierto antes de que pudiera presentar tu perfil.", "El cliente ha congelado la búsqueda antes de recibir candidaturas."], ["Te aviso en cuanto tenga algo nuevo.", ""]]),
    "neg_jobalert": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Alertas EmpleoYa", "TrabajoHoy", "InfoTalento"], domains=["empleoya.es", "trabajohoy.com", "infotalento.es"], local=["alertas"],
        subj=["9 ofertas nuevas de «{role}» en {city}", "Tu alerta de empleo diaria", "Estas empresas buscan {role}"], body=[
        ["Nuevas ofertas que encajan con tu búsqueda:", "Te pueden interesar:"],
        "• {role} – {co}, {city}\n• {other_role} – {client}, {city}\n• {role} – {agency}, remoto",
        ["¡Inscríbete con un clic!", "Consejo: con el perfil completo recibirás más entrevistas."]]),
    "neg_profileview": dict(labels=[], company=None, greet="informal", footer="unsub", html_share=0.7, sender=["RedProfesional", "ContactosPro"], domains=["redprofesional.es", "contactospro.com"],
        subj=["Tu perfil ha recibido 5 visitas", "Una reclutadora de {co} ha visto tu perfil"], body=[
        ["Esta semana han visto tu perfil, entre otros, una reclutadora de {co}.", "Alguien de Recursos Humanos ha mirado tu perfil."], ["Hazte Premium para saber quién.", "Actualiza tu perfil para recibir más invitaciones."]]),
    "neg_newsletter": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Boletín Carrera", "El Blog del Candidato", "RRHH Semanal"], domains=["boletincarrera.es", "blogcandidato.es", "rrhhsemanal.com"], local=["boletin"],
        subj=["Te han rechazado: ¿y ahora qué?", "Entrevista de trabajo: 6 preguntas trampa", "¿Has recibido una oferta? Negocia bien", "Cómo pedir feedback tras un rechazo"], body=[
        ["Hola, comunidad:", "Queridos lectores:"],
        ["un «lamentamos comunicarte» nunca sienta bien. Esta semana te contamos cómo convertir un rechazo en impulso.", "¿te han convocado a una entrevista? Prepárate para la pregunta sobre tus debilidades.", "antes de firmar una oferta, revisa el periodo de prueba y la cláusula de no competencia."],
        ["Además: entrevistamos a una directora de RR. HH.", "Sigue leyendo en el blog."]]),
    "neg_event": dict(labels=[], company=None, greet="formal", footer="unsub", html_share=0.5, sender=["Feria de Empleo {city}", "Servicio de Empleo Universitario", "Webinars TalentCampus"], domains=["feriaempleo.es", "talentcampus.es", "empleo-uni.es"],
        subj=["Invitación: feria de empleo el {date}", "Webinar: cómo brillar en tu entrevista", "Taller de CV – inscríbete"], body=[
        ["te invitamos a nuestra feria de empleo del {date} en {city}, con más de 50 empresas como {co}.", "en nuestro webinar gratuito del {date} a las {time} aprenderás a convencer en una entrevista.", "el {date} organizamos un taller de revisión de CV; plazas limitadas."],
        ["Inscripción: {link}", "Reserva tu plaza: {link}"]]),
    "neg_wohnung": dict(labels=[], company=None, greet="formal", sign=["Un saludo,\nInmobiliaria {rec_last}"], sender=["Inmobiliaria {rec_last}", "Alquileres {city}"], domains=["inmo-{co_dom}", "alquileres.es"], local=["alquiler"],
        subj=["Tu solicitud para el piso de la calle {rec_last}", "Respuesta sobre el alquiler"], body=[
        ["gracias por enviarnos la documentación para el piso de dos habitaciones.", "gracias por venir a ver el piso el sábado."],
        ["El propietario ha elegido a otros inquilinos.", "El piso ya está alquilado, así que no podemos seguir con tu solicitud."], ["Suerte con la búsqueda.", ""]]),
    "neg_uni": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Servicio de Admisiones", "Secretaría del Máster"], domains=["univ-{co_dom}", "admisiones-uni.es"], local=["admisiones"],
        subj=["Resolución de admisión al máster", "Resultado de tu preinscripción"], body=[
        ["la comisión académica ha revisado tu solicitud de admisión al Máster.", "te agradecemos tu interés en nuestro programa."],
        ["Lamentamos comunicarte que no has sido admitido/a en esta convocatoria.", "Tu solicitud no ha obtenido plaza."], ["Puedes presentar recurso en el plazo de un mes.", ""]]),
    "neg_kredit": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Banco {agency}", "Tu gestor – Caja {rec_last}"], domains=["banco-{co_dom}", "caja-servicios.es"], local=["gestor"],
        subj=["Tu solicitud de préstamo", "Respuesta a su solicitud de hipoteca"], body=[
        ["hemos estudiado tu solicitud de préstamo personal.", "tras analizar su solicitud de financiación,"],
        ["lamentamos no poder concedértelo en este momento.", "el comité de riesgos ha resuelto denegarla."], ["Tu gestor te puede proponer alternativas.", ""]]),
    "neg_conf": dict(labels=[], company=None, greet="informal", sender=["Comité de programa {city}Tech"], domains=["conf-{co_dom}", "cfp-mail.org"], local=["cfp"],
        subj=["Tu propuesta de charla", "CFP: resultado"], body=[
        ["gracias por enviar «Microservicios sin lágrimas».", "gracias por proponer una charla."],
        ["Este año no podemos incluirla en el programa; recibimos más de 250 propuestas.", "El comité no ha seleccionado tu propuesta."], ["¡Esperamos verte entre el público!", ""]]),
    "neg_scam": dict(labels=[], company=None, greet="formal", html_share=0.4, sender=["RRHH Internacional", "Selección Rápida"], domains=["gmail.com", "hotmail.com"], local=["rrhh.seleccion{dur}"],
        subj=["OFERTA: 3.000 € al mes desde casa", "¡Enhorabuena, ha sido seleccionado!"], body=[
        ["Su perfil ha sido elegido para un puesto de agente de pagos, sin entrevista.", "¡Felicidades! Ha conseguido el trabajo de evaluador de productos."],
        ["Envíenos copia del DNI y datos bancarios para activar el contrato.", "Debe abonar 45 € de gastos de gestión antes de empezar.", "Escríbanos por WhatsApp al {phone}."]]),
    "neg_interviewer": dict(labels=[], company=None, greet="informal", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec_last}"], sign=["¡Gracias!\n{rec}", "Un abrazo, {rec}"],
        subj=["¿Puedes hacer una entrevista?", "Necesito entrevistador para el {date}"], body=[
        ["el {date} a las {time} viene una candidata para {role}.", "nos falta alguien en el panel de entrevistas de {role}."],
        ["¿Podrías llevar la parte técnica? Te paso el CV.", "¿Puedes evaluar el caso práctico? La plantilla está en Teams."]]),
    "neg_auto": dict(labels=[], greet="none", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec_last}"],
        subj=["Respuesta automática: Candidatura {role}", "Fuera de la oficina: RE: entrevista"], body=[
        ["Estoy fuera de la oficina hasta el {date} con acceso limitado al correo.", "Estoy de vacaciones; vuelvo el {date}."],
        ["Para temas urgentes escribe a seleccion@{co_dom}.", "Tu mensaje no será reenviado."]]),
    "neg_bounce": dict(labels=[], company=None, greet="none", sender=["Mail Delivery Subsystem"], domains=["mx.{co_dom}", "telefonica.net"], local=["mailer-daemon"],
        subj=["No se puede entregar: Candidatura {role}", "Error en la entrega del mensaje"], body=[
        ["No se ha podido entregar tu mensaje.", "Error al entregar a los siguientes destinatarios:"], "    rrhh@{co_dom}\n    550 5.1.1 Usuario desconocido", ["Asunto: Candidatura {role}", ""]]),
    "neg_personal": dict(labels=[], company=None, greet="informal", sender=["{rec_full}", "{rec}"], domains=["gmail.com", "hotmail.es", "yahoo.es"], local=["{rec}.{rec_last}"], sign=["Besos, {rec}", "Un abrazo\n{rec}"],
        subj=["¿El sábado?", "Fotos", "Re: mudanza"], body=[
        ["¿te apetece un café el sábado en {city}?", "te paso las fotos de la excursión.", "¡gracias otra vez por ayudarme con la mudanza!"],
        ["Por cierto, ¿cómo van las entrevistas? Crucemos los dedos para el martes.", "Ya me dices.", "Trae algo para picar."]]),
}

BANK = {
    "code": "es", "cap": True, "formal_share": 1.0, "fmt_date": fmt_date,
    "weekdays": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "co_stems": ["Olivar", "Brisa Norte", "Casa Albéniz", "Sierra Azul", "Mirador", "Tramontana", "Alhambra", "Nube Verde", "Cerezo", "Puerto Lumbre", "Arenal", "Faro Sur", "Castañar", "Guadalupe", "Lince", "Aldaba", "Miramar", "Ébano", "Lucero", "Alcázar", "Quetzal", "Pampa"],
    "co_trades": ["Seguros", "Energía", "Software", "Logística", "Salud", "Consultores", "Digital", "Banca", "Alimentación", "Telecom"],
    "co_legal": ["S.L.", "S.A.", "S.L.U.", "S.A. de C.V."],
    "tlds": [".es", ".es", ".com", ".mx", ".com.ar"],
    "first": ["Lucía", "Javier", "María", "Alejandro", "Carmen", "Pablo", "Sofía", "Diego", "Marta", "Sergio", "Elena", "Andrés", "Valentina", "Raúl", "Nuria", "Mateo", "Ainhoa", "Iker", "Paula", "Gonzalo"],
    "last": ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Castillo", "Ortega"],
    "roles": ["Desarrollador/a Backend", "Ingeniera de Datos", "Jefe de Proyecto", "Analista Financiero", "Técnico de Sistemas", "Diseñador UX/UI", "Product Manager", "Responsable de Compras", "Desarrolladora Android", "Consultor SAP", "Becario/a de Marketing", "Ingeniero DevOps"],
    "rec_titles": ["Técnica de Selección", "Talent Acquisition Specialist", "Responsable de RR. HH.", "Consultor Senior", "Director de Tecnología", "HR Business Partner"],
    "mailhosts": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "icloud.com"],
    "cities": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Ciudad de México", "Buenos Aires", "Bogotá", "Santiago de Chile", "A Coruña"],
    "ats_hosts": ["empleo.talentsuite.eu", "candidatos.seleccionat.es", "apply.hirevia.io"],
    "ats_relays": ["seleccionat-mail.es", "talentsuite-mail.eu", "hirevia-notify.io"],
    "dial": ["34", "34", "52", "54"],
    "greet_formal": ["Hola {cand},", "Estimado/a {cand_full}:", "Buenos días, {cand}:", "Hola, {cand_full}:", "Estimada candidata, estimado candidato:", "Hola:"],
    "greet_informal": ["¡Hola {cand}!", "Hola {cand},", "Buenas, {cand}:", "¡Hey {cand}!"],
    "greet_to_rec_formal": ["Hola {rec},", "Estimado/a {rec_full}:", "Buenos días:", "Buenas tardes, {rec}:"],
    "greet_to_rec_informal": ["Hola {rec},", "¡Hola {rec}!", "Buenas, {rec}:"],
    "close_formal": ["Un saludo,", "Saludos cordiales,", "Atentamente,", "Un cordial saludo,", "Recibe un saludo,"],
    "close_informal": ["¡Un abrazo!", "Saludos,", "¡Hasta pronto!", "Un saludo,"],
    "team_sign": ["El equipo de Talento de {co}", "{co} – Recursos Humanos", "{rec_full}\nTalent Acquisition", "Equipo de Selección"],
    "ats_names": ["Empleo {co}", "{co} Talento", "Trabaja en {co}", "{co} Selección", "{co} (vía portal de empleo)"],
    "legal": ["{legal} · CIF B{salary}{days} · Inscrita en el Registro Mercantil de {city}",
              "Protección de datos: de acuerdo con el RGPD y la LOPDGDD, puedes ejercer tus derechos de acceso, rectificación y supresión en {link}",
              "Este mensaje es confidencial. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.",
              "Antes de imprimir este correo, piensa en el medio ambiente."],
    "tel": ["Tel.", "Móvil:", "T.", "Teléfono:"],
    "re": ["RE:", "Re:", "RV:", "Rta:"],
    "reply_hdr": ["El {wday}, {old_date} a las {time}, {qname} (<{qaddr}>) escribió:", "El {old_date}, a las {time}, {qname} <{qaddr}> escribió:"],
    "outlook": ["De:", "Enviado:", "Para:", "Asunto:"],
    "unsub": ["Recibes este correo porque te suscribiste. Darte de baja: {link}", "Cancelar suscripción | Aviso legal | Privacidad", "No quiero recibir más alertas."],
    "reasons": {
        "role_filled": ["La vacante ya ha sido cubierta.", "Finalmente hemos cubierto el puesto con una promoción interna.", "Otra persona ha aceptado ya nuestra oferta."],
        "budget_freeze": ["Debido a una congelación de contrataciones, no podemos abrir este puesto por ahora.", "Se ha recortado el presupuesto del próximo año y el proceso queda en pausa.", "La situación económica nos obliga a paralizar todas las incorporaciones."],
        "closer_fit": ["Hemos optado por un perfil cuya experiencia se ajusta más a lo que necesitamos.", "Otra candidata tenía una trayectoria más cercana a los requisitos del puesto.", "Elegimos a alguien con experiencia más alineada con el día a día del equipo."],
        "level_mismatch": ["Buscamos un perfil más senior, con experiencia liderando equipos.", "El puesto está pensado para un perfil junior y no encajaría con tu nivel de experiencia.", "Necesitamos a alguien con más años de experiencia para este rol."],
        "role_cancelled": ["El puesto se ha eliminado tras una reorganización.", "El proyecto para el que buscábamos a alguien se ha cancelado, así que la vacante desaparece.", "Finalmente se ha decidido no cubrir la posición."],
    },
    "fb_intro": ["Te comparto algunos comentarios del equipo por si te son útiles:", "Para que entiendas nuestra decisión:", "Algunos apuntes de las entrevistas:"],
    "fb_outro": ["Esperamos que estos comentarios te ayuden.", "Son solo impresiones de unas pocas horas."],
    "praise": ["Se notaba tu entusiasmo por el producto y la conversación fue muy agradable.", "Mostraste buena base en muchos temas.", "Nos gustó mucho tu actitud abierta y tu curiosidad."],
    "topics": {
        "coding": ["En el ejercicio de código, la solución no cubría los casos límite y faltaban tests.", "En el live coding te costó bastante llegar a una versión que funcionara.", "El código funcionaba, pero era difícil de leer y poco estructurado."],
        "system_design": ["En la parte de arquitectura nos habría gustado que pensaras más en cómo escalaría el servicio.", "Quedaron sin resolver cuestiones de persistencia y tolerancia a fallos en tu diseño.", "Tu propuesta era muy de «un solo servidor»; no hablaste de caché ni de particionado."],
        "technical_depth": ["En las preguntas técnicas faltó profundidad, por ejemplo en concurrencia.", "Cuando profundizamos en las tecnologías de tu CV, las respuestas se quedaron en la superficie."],
        "behavioural": ["En las preguntas de comportamiento tus ejemplos fueron bastante genéricos.", "Echamos en falta ejemplos concretos de situaciones difíciles que hayas gestionado.", "Tus respuestas a las preguntas situacionales habrían ganado con más estructura: contexto, acción, resultado."],
        "communication": ["A veces costaba seguir tus explicaciones; un poco más de orden habría ayudado.", "El panel tuvo dificultades para seguir tu razonamiento en algunos momentos.", "Tus respuestas eran largas y tardabas en ir al grano."],
        "questions_to_ask": ["Al final apenas tenías preguntas para nosotros, y eso transmitió poco interés.", "Nos habría gustado que quisieras saber más sobre el equipo y cómo trabajamos."],
        "composure": ["Se notó que la presión del tiempo te ponía nervioso y eso afectó a tus respuestas.", "Ante las preguntas más críticas pareciste perder un poco la calma."],
        "experience_level": ["Comparada con otros candidatos, tu experiencia en proyectos grandes es todavía limitada.", "Creemos que aún te falta algo de experiencia práctica para las responsabilidades del puesto."],
        "collaboration": ["No quedó claro en tus ejemplos cómo tomas decisiones en equipo.", "En el ejercicio en pareja apenas incorporaste las propuestas de tu compañero."],
        "cv_positioning": ["Tu CV no destaca tus proyectos más relevantes; mucho de lo que contaste no aparecía.", "La carta y el CV eran muy genéricos y poco adaptados al puesto."],
    },
    "agency_intro": ["te escribo de parte de mi cliente {co}, que busca un perfil de {role}.", "llevo el proceso de {role} para {co}.", "como te comenté, te escribo sobre tu candidatura en mi cliente {co}."],
    "kinds": KINDS,
}

# más formas de decir lo mismo
_T = BANK["topics"]
_T["coding"] += ["El enfoque era correcto, pero la implementación quedó frágil y solo hablaste de tests cuando te lo preguntamos.", "Al equipo le habría gustado un proceso más ordenado durante el ejercicio: pasos pequeños, nombres claros y algún test."]
_T["system_design"] += ["Nos quedamos con ganas de saber cómo aguantaría tu diseño si los usuarios se multiplicaran por mil; apenas lo trataste.", "Cómo se comunican los componentes y qué pasa si uno cae quedó bastante difuso en tu propuesta."]
_T["technical_depth"] += ["En cuanto bajamos un nivel, por ejemplo a cómo funciona la base de datos por dentro, las respuestas se quedaron cortas.", "Conocías bien los conceptos, pero no tanto los mecanismos que hay detrás."]
_T["behavioural"] += ["Cuando pedíamos una situación concreta, la respuesta era general y no se veía tu aportación personal.", "Nos costó entender qué hiciste tú exactamente en los momentos complicados de tus proyectos."]
_T["communication"] += ["La presentación del caso tenía buen contenido, pero era difícil de seguir para alguien sin contexto.", "Respuestas más breves y claras habrían ayudado: lo importante se perdía entre detalles."]
_T["questions_to_ask"] += ["Cuando te dimos espacio para preguntar, apenas hubo preguntas, y nos habría gustado hablar del equipo.", "Echamos de menos preguntas sobre el puesto o la cultura del equipo."]
_T["composure"] += ["En la segunda mitad de la entrevista te vimos muy tenso, y eso se notó en tus respuestas.", "En cuanto algo no salía a la primera, perdías el hilo."]
_T["experience_level"] += ["El puesto exige una autonomía que tu trayectoria todavía no permite demostrar.", "Tus experiencias han sido bastante cortas y nos falta verte en un ciclo de producto completo."]
_T["collaboration"] += ["Tus ejemplos hablaban sobre todo de trabajo individual; no sabemos bien cómo gestionas los desacuerdos en equipo.", "En la dinámica de grupo apenas interactuaste con el resto."]
_T["cv_positioning"] += ["Tu CV enumera tareas pero no deja ver tus logros concretos.", "Con tu candidatura no queda claro por qué encajas en este puesto en particular."]
_K = BANK["kinds"]
_K["fbreq"]["subj"] = ["Solicitud de feedback", "Feedback sobre mi entrevista", "Tu respuesta – {role}", "Una pregunta"]
_K["rej"]["body"][0] += ["gracias por dedicar tiempo a conocer a nuestro equipo.", "te escribimos en relación con tu candidatura para {role}."]
_K["rej"]["body"][1] += ["Hemos decidido no seguir adelante con tu candidatura.", "Por desgracia, no podemos darte una respuesta positiva."]
_K["ack"]["body"][0] += ["tu solicitud online se ha registrado correctamente en nuestro sistema.", "te confirmamos que tu CV para {role} ya está con nosotros."]
BANK["close_formal"] += ["Muchas gracias y un saludo,", "Quedamos a tu disposición,", "Saludos,", "Un fuerte saludo,"]
BANK["greet_formal"] += ["Buenas tardes, {cand}:", "Hola de nuevo, {cand}:", "Querida/o {cand}:"]
BANK["kinds"]["rej"]["body"][0] += ["queremos agradecerte el interés que has mostrado en nuestra compañía."]
BANK["ats_hosts"] += ["empleo.bizneo-like.com", "trabajo.factorial-like.es"]
BANK["kinds"]["neg_withdraw_ack"] = dict(labels=[], subj=["RE: Retiro mi candidatura – {role}", "Tu decisión"], body=[
    ["gracias por avisarnos con tanta claridad; es una pena que retires tu candidatura.", "tomamos nota de que prefieres no continuar en el proceso."],
    ["Lo respetamos totalmente y te deseamos lo mejor en tu nuevo trabajo.", "Si cambias de opinión, aquí estaremos."], ["Borraremos tus datos como nos pides.", ""]])
BANK["kinds"]["neg_club"] = dict(labels=[], company=None, greet="formal", sender=["Fundación Becas Futuro", "Consulado General – Visados", "Club de Pádel {city}"], domains=["becasfuturo.org", "visados-consulado.es", "padelclub.es"], local=["becas", "visados"],
    subj=["Resolución de la convocatoria de becas", "Su solicitud de visado", "Tu solicitud de socio"], body=[
    ["la comisión ha resuelto la convocatoria de becas de este año.", "su solicitud de visado ha sido estudiada.", "gracias por querer hacerte socio del club."],
    ["Lamentamos comunicarte que tu solicitud no ha resultado beneficiaria.", "Lamentamos informarle de que ha sido denegada.", "Ahora mismo no admitimos nuevos socios; te apuntamos en lista de espera."], ["Un saludo.", ""]])
