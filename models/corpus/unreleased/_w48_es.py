"""w48 Spanish fragments: Latin America (LA) and Spain (ES)."""

import copy

LA = {
    "lang": "es", "variant": "la",
    "S": {
        "fbreq": [
            "¿Me podrían compartir algún feedback sobre mi entrevista?",
            "Me ayudaría mucho saber en qué aspectos puedo mejorar.",
            "Si no es mucha molestia, ¿podrías contarme qué faltó en mi perfil?",
            "Quisiera solicitar amablemente una retroalimentación sobre mi desempeño en el proceso.",
            "¿Hubo algo puntual de la prueba técnica que no estuvo al nivel esperado?",
            "hola! me podrías pasar un feedback cortito? quiero saber qué mejorar",
            "Disculpa que insista, pero ¿habría forma de conocer los comentarios del panel?",
            "¿Tienen alguna recomendación para mis próximas postulaciones?",
            "Me gustaría entender qué pesó en la decisión, para prepararme mejor.",
            "¿Cómo vieron mi presentación del caso en la última etapa?",
            "Cualquier comentario de los entrevistadores me sería de gran ayuda.",
            "¿Sería posible agendar una llamada breve para escuchar la retroalimentación?",
            "¿Cuál fue el principal punto débil de mi entrevista con el equipo técnico?",
        ],
        "rejreply": ["Gracias por avisarme, les deseo mucho éxito con la contratación.",
                     "Entiendo, quedo atento a futuras oportunidades."],
        "thanks": ["Muchas gracias por la entrevista de hoy, me encantó conocer al equipo.",
                   "Quería agradecerte por tu tiempo ayer, la conversación fue muy interesante.",
                   "Gracias por la oportunidad de presentar mi caso al equipo."],
        "chase": ["Quería saber si hay alguna novedad sobre el proceso.", "hola, ¿alguna novedad de la vacante?",
                  "Les escribo para consultar en qué estado se encuentra mi postulación."],
        "withdraw": ["Quisiera retirar mi postulación, ya que acepté otra propuesta.", "Les aviso que no continuaré en el proceso."],
        "accept": ["¡Con mucho gusto acepto la oferta!", "Confirmo que acepto la propuesta para el puesto de {role}."],
        "decline": ["Después de pensarlo mucho, he decidido no aceptar la oferta.", "Lamentablemente voy a declinar la propuesta."],
        "resched": ["¿Sería posible mover la entrevista para {when}?", "Me surgió un imprevisto, ¿podemos cambiar el horario?"],
        "confirm": ["Confirmo mi asistencia a la entrevista del {when}.", "Perfecto, {when} me queda bien."],
        "docs_apply": ["Adjunto mi CV para la vacante de {role}.", "Les envío mi postulación para el puesto de {role}."],
        "docs_req": ["Como me pidieron, adjunto copia de mi título y de mi identificación.", "Aquí van las referencias laborales que solicitaron."],
        "cvadvice": ["¿Tendrías un ratito para revisar mi CV?", "Me gustaría tu opinión honesta sobre mi perfil de LinkedIn."],
        "referral": ["Vi que en {co} buscan un {role}, ¿me podrías referir?", "¿Podrías pasarle mi CV a la persona que lleva la vacante?"],
        "recruiter": ["Gracias por contactarme, me interesa conocer más.", "Agradezco el mensaje, pero por ahora no estoy buscando cambio."],
        "salary": ["¿Me podrías indicar el rango salarial del puesto?", "¿La posición es remota o híbrida?", "¿Cuántas etapas tiene el proceso?"],
        "nonjob": ["¿Sería posible recibir los comentarios de los evaluadores sobre mi proyecto de beca?",
                   "Quisiera saber por qué no fue aceptada mi ponencia en el congreso."],
        "givefb": ["Te comparto mi feedback de la presentación: muy clara, solo faltó resumir los números.",
                   "Sobre el informe: está bien, pero hay que revisar las conclusiones antes de mandarlo al cliente."],
    },
    "S_extra": {"fbreq": ["Respeto totalmente la decisión.", "Sé que están muy ocupados, así que sin apuro.", "Disfruté mucho el proceso."],
                "chase": ["Sigo muy interesado en la posición."], "thanks": ["Quedo atenta a los próximos pasos."]},
    "R": {
        "fb": [
            ("El equipo vio tu código ordenado, pero faltaron pruebas y manejo de errores.", ["coding"]),
            ("En la entrevista de diseño de sistemas la solución quedó muy general.", ["system_design"]),
            ("A tus respuestas de situaciones pasadas les faltaron ejemplos concretos.", ["behavioural"]),
            ("Sentimos que aún te falta experiencia para el nivel del puesto.", ["experience_level"]),
            ("Tus respuestas fueron algo largas y costaba seguir la idea.", ["communication"]),
            ("Se te notó nervioso durante la prueba en vivo.", ["composure"]),
            ("Tu CV no refleja bien los proyectos más relevantes para esta vacante.", ["cv_positioning"]),
            ("Casi todos tus ejemplos eran individuales y no mostraban trabajo en equipo.", ["collaboration"]),
            ("No hiciste preguntas al final, y eso dio la impresión de poco interés.", ["questions_to_ask"]),
            ("El panel valoró mucho tu actitud y tu claridad.", []),
            ("Tus conocimientos de bases de datos no tuvieron la profundidad que buscábamos.", ["technical_depth"]),
            ("El caso estuvo bien estructurado, aunque los supuestos financieros tenían errores.", ["technical_depth"]),
        ],
        "rej": [
            ("Lamentablemente decidimos continuar con otro candidato.", []),
            ("Hemos optado por un perfil que se ajusta más a lo que buscamos.", ["closer_fit"]),
            ("La vacante ya fue cubierta.", ["role_filled"]),
            ("La posición quedó congelada por presupuesto y no seguiremos con el proceso.", ["budget_freeze"]),
            ("Buscamos a alguien con más seniority, por lo que no avanzaremos con tu postulación.", ["level_mismatch"]),
            ("Nos gustó mucho conocerte, pero no vamos a avanzar contigo en esta ocasión.", []),
            ("La posición fue cancelada tras una reorganización.", ["role_cancelled"]),
        ],
        "nofb": ["Por política interna no compartimos retroalimentación individual.",
                 "Debido al volumen de postulantes no podemos dar devoluciones personalizadas.",
                 "Tuvimos muchos candidatos muy buenos y no puedo compartir detalles de la evaluación."],
        "thanksonly": ["¡Gracias por tu mensaje! Se lo paso al equipo.", "Recibido, muchas gracias por tus palabras."],
        "invite": ["Queremos invitarte a la entrevista final con la gerencia.",
                   "¡Pasaste a la siguiente etapa! Elige un horario aquí: https://agenda.ejemplo/cita",
                   "¿Tienes disponibilidad el {when} para conversar con el líder del equipo?",
                   "El siguiente paso es una prueba técnica en línea que te enviaremos hoy."],
        "resinv": ["No hay problema, ¿te parece el {when}?", "Claro, reprogramé la entrevista para el {when}."],
        "offer": ["¡Nos alegra ofrecerte el puesto de {role}!", "Queremos hacerte una oferta formal; te adjunto la carta.",
                  "Con gusto te extendemos una propuesta para sumarte a {co}."],
        "docack": ["Recibimos los documentos, ¡gracias!", "Documentación recibida, todo en orden."],
        "appack": ["Confirmamos la recepción de tu postulación para {role}.", "Hemos recibido tu CV y será revisado por el equipo."],
        "confirmok": ["¡Genial, nos vemos entonces!", "Perfecto, gracias por confirmar."],
        "withdrawok": ["Gracias por avisar, ¡mucho éxito!"],
        "acceptok": ["¡Qué buena noticia! Bienvenida a {co}, RR. HH. te enviará los pasos de ingreso."],
        "declineok": ["Qué pena, pero lo entendemos. ¡Éxitos!"],
        "outreach": ["Vi tu perfil y creo que encajas en una vacante de {role} en {co}.", "Tengo una oportunidad de {role}, ¿conversamos?"],
    },
    "R_extra": ["Cualquier duda, quedo a disposición.", "Gracias por tu interés en {co}.", "Te deseo mucho éxito.", "Saludos."],
    "fb_tail": ["Espero que te sirva para próximos procesos.", "No te desanimes, fue una decisión reñida."],
    "thanks_news": ["Gracias por la respuesta.", "Te agradezco que me avises.", "Me desanima un poco, pero gracias por contarme.",
                    "Gracias por la información sobre la vacante de {role}.", "gracias x avisar"],
    "open_s": ["Espero que estés muy bien.", "¿Cómo estás?", "Buen día."],
    "open_r": ["Gracias por tu mensaje.", "Perdón por la demora.", "Gracias por escribir."],
    "tail_s": ["Desde ya, muchas gracias.", "Gracias por tu tiempo."],
    "subj": {
        "fbreq": ["Feedback sobre mi entrevista", "Solicitud de retroalimentación - {role}", "Consulta sobre el proceso"],
        "rejreply": ["Gracias"], "thanks": ["Gracias por la entrevista", "Agradecimiento"],
        "chase": ["Estado de mi postulación", "Proceso {role}"], "withdraw": ["Retiro de postulación"],
        "accept": ["Aceptación de oferta"], "decline": ["Oferta - {role}"], "resched": ["Reprogramar entrevista"],
        "confirm": ["Confirmación de entrevista"], "docs_apply": ["Postulación - {role}", "CV para {role}"],
        "docs_req": ["Documentos solicitados"], "cvadvice": ["me ayudas con el CV?"], "referral": ["Referido en {co}"],
        "recruiter": ["Oportunidad {role}"], "salary": ["Consulta sobre la vacante"], "nonjob": ["Comentarios de evaluación"],
        "givefb": ["Feedback presentación"],
        "rejmail": ["Resultado del proceso", "Tu postulación en {co}"], "invmail": ["Invitación a entrevista"],
        "offermail": ["Oferta laboral - {co}"], "recmail": ["Oportunidad en {co}"],
    },
    "re": ["RE:", "Re:", "RE:"],
    "greet_f": ["Estimada {n}:", "Estimado {n},", "Buenas tardes, {n}:"],
    "greet_c": ["Hola {n}!", "Hola {n},", "¡Hola, {n}!"],
    "greet_anon": ["Estimados:", "A quien corresponda:"],
    "close_f": ["Saludos cordiales,", "Atentamente,", "Quedo atento,"],
    "close_c": ["Saludos!", "Abrazo,", "Gracias!", "Un saludo,"],
    "phone_sig": ["Enviado desde mi iPhone", "Enviado desde mi Samsung"],
    "sig_extra": ["+52 55 {q} {q}", "+57 31{p} {q}"],
    "titles": ["Reclutadora", "Talent Acquisition", "Gerente de Tecnología", "Analista de RR. HH."],
    "slot": ["martes a las 10:00", "jueves a las 16 h", "lunes a las 9:30"],
    "roles": ["Analista de Datos", "Desarrollador Backend", "Diseñadora UX", "Ejecutivo Comercial", "Contador Senior"],
    "first": ["Valentina", "Santiago", "Camila", "Mateo", "Daniela", "Sebastián", "Lucía", "Andrés", "Mariana", "Felipe"],
    "last": ["González", "Rodríguez", "Hernández", "López", "Martínez", "Pérez", "Castillo", "Vargas", "Rojas", "Torres"],
    "companies": ["Andes Pagos", "Grupo Quetzal", "Pampa Logística", "Nopal Software", "Clínica del Valle", "Cóndor Seguros"],
    "tld": [".com.mx", ".com.co", ".cl", ".com.ar"], "maildom": ["gmail.com", "hotmail.com", "yahoo.com.mx"],
}

ES = copy.deepcopy(LA)
ES["variant"] = "es"
ES["S"]["fbreq"] = [
    "¿Me podríais dar algo de feedback sobre la entrevista?",
    "Os agradecería mucho que me indicarais en qué puedo mejorar.",
    "Perdona que te moleste otra vez, ¿sabes qué es lo que no convenció al equipo?",
    "Me gustaría solicitar, si es posible, una valoración de mi candidatura.",
    "¿Hubo algo concreto en la prueba técnica que no estuviera a la altura?",
    "oye, ¿me puedes pasar algo de feedback? así sé qué mejorar",
    "¿Tendríais algún consejo de cara a futuros procesos?",
    "Agradecería cualquier comentario del tribunal sobre mi exposición.",
    "Quisiera entender qué fue lo decisivo, para preparar mejor las próximas entrevistas.",
    "¿Cómo visteis mi parte del caso práctico?",
    "¿Podríamos hablar cinco minutos por teléfono para que me comentes cómo lo hice?",
]
ES["S"]["chase"] = ["Quería saber si hay novedades sobre el proceso.", "¿Sabéis ya algo de la decisión?"]
ES["S"]["cvadvice"] = ["¿Tienes un rato para echarle un ojo a mi CV?", "Me vendría genial tu opinión sobre mi currículum."]
ES["S"]["referral"] = ["He visto que en {co} buscan un {role}, ¿te importaría recomendarme?"]
ES["R"]["fb"] = [
    ("El equipo vio el código limpio, pero faltaban tests.", ["coding"]),
    ("En la parte de arquitectura la propuesta se quedó corta en escalabilidad.", ["system_design"]),
    ("En las preguntas de competencias faltaron ejemplos concretos.", ["behavioural"]),
    ("Creemos que aún te falta recorrido para un puesto de este nivel.", ["experience_level"]),
    ("Te enrollaste bastante en algunas respuestas y se perdía el hilo.", ["communication"]),
    ("Se notaron los nervios en la prueba en directo.", ["composure"]),
    ("El currículum no pone en valor la experiencia que más encaja con el puesto.", ["cv_positioning"]),
    ("No trajiste preguntas para el equipo, y eso se echó en falta.", ["questions_to_ask"]),
    ("Al tribunal le gustó mucho tu presentación.", []),
    ("Tus conocimientos de Kubernetes no tenían la profundidad que necesitamos.", ["technical_depth"]),
]
ES["R"]["rej"] = [
    ("Lamentablemente hemos decidido seguir con otra candidatura.", []),
    ("El puesto ya se ha cubierto.", ["role_filled"]),
    ("Nos hemos decantado por un perfil más ajustado a los requisitos.", ["closer_fit"]),
    ("El proceso se ha paralizado por congelación presupuestaria.", ["budget_freeze"]),
    ("Buscamos un perfil más junior para este puesto, así que no seguiremos adelante.", ["level_mismatch"]),
    ("Sentimos comunicarte que no continuarás en el proceso.", []),
]
ES["R"]["nofb"] = ["Por política de la empresa no damos feedback individualizado.", "Lo siento, no podemos compartir las valoraciones de la entrevista."]
ES["R"]["invite"] = ["Nos gustaría invitarte a una entrevista final con dirección.", "Has pasado a la siguiente fase: reserva hueco aquí https://agenda.ejemplo/es",
                     "¿Te vendría bien el {when} para charlar con el equipo?"]
ES["R"]["offer"] = ["Nos complace ofrecerte el puesto de {role}.", "Queremos hacerte una oferta; te adjunto las condiciones."]
ES["thanks_news"] = ["Gracias por la respuesta.", "Te agradezco que me lo comuniques.", "Es una pena, pero gracias por avisar."]
ES["open_s"] = ["Espero que estés bien.", "Buenos días.", "¿Qué tal?"]
ES["greet_f"] = ["Estimada {n}:", "Hola {n}:", "Buenos días, {n}:"]
ES["greet_c"] = ["Hola {n}!", "Buenas {n},"]
ES["close_f"] = ["Un saludo,", "Saludos cordiales,", "Atentamente,"]
ES["close_c"] = ["Un abrazo,", "Gracias!", "Saludos"]
ES["phone_sig"] = ["Enviado desde mi iPhone", "Enviado desde mi móvil"]
ES["slot"] = ["martes a las 10:00", "jueves a las 16:30", "lunes a las 9:00"]
ES["first"] = ["Laura", "Javier", "Marta", "Pablo", "Nerea", "Álvaro", "Irene", "Sergio", "Ainhoa", "Jordi"]
ES["last"] = ["García", "Fernández", "Ruiz", "Moreno", "Jiménez", "Navarro", "Sanz", "Iglesias", "Puig", "Etxeberria"]
ES["companies"] = ["Meseta Software", "Levante Energía", "Cantábrico Seguros", "Ibérica Foods", "Triana Labs"]
ES["tld"] = [".es"]
ES["maildom"] = ["gmail.com", "hotmail.es", "yahoo.es"]
ES["sig_extra"] = ["+34 6{p} {p} {p}"]
ES["re"] = ["RE:", "Re:", "RE:", "Re:"]
