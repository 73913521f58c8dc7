"""w25 Spanish bank: pymes, jefes de equipo, RRHH and consultoras in Spain, Mexico, Argentina, Colombia, Chile."""

import re as _re

LANG = "es"

COMPANIES = {
    "es": [
        ("Talleres Iturbe", "talleres-iturbe.es", "Bilbao"), ("Panadería La Espiga de Oro", "espigadeoro.es", "Valladolid"),
        ("Conservas Arousa", "conservasarousa.es", "Vilagarcía"), ("Estudio Albahaca", "estudioalbahaca.com", "Valencia"),
        ("Gestoría Montalbán", "gestoriamontalban.es", "Zaragoza"), ("Olivares del Sur", "olivaresdelsur.es", "Jaén"),
        ("Clínica Veterinaria Dulcinea", "vetdulcinea.es", "Toledo"), ("Brisa Software", "brisasoftware.es", "Málaga"),
        ("Hostal Miramar", "hostalmiramar.es", "Cádiz"), ("Bodegas Peñalba", "bodegaspenalba.es", "Logroño"),
        ("Cerámicas Vilanova", "ceramicasvilanova.cat", "Castellón"), ("Ingeniería Tramontana", "tramontana-ing.es", "Barcelona"),
        ("Librería El Faro", "libreriaelfaro.es", "Santander"), ("Transportes Urquijo", "urquijo-transportes.es", "Vitoria"),
        ("Farmacia Alameda", "farmaciaalameda.es", "Sevilla"), ("Nube Clara Analytics", "nubeclara.io", "Madrid"),
        ("Carpintería Lozano", "carpinterialozano.es", "Murcia"), ("Academia Cervantes Idiomas", "academiacervantes.es", "Salamanca"),
    ],
    "mx": [
        ("Tortillería La Güera", "laguera.mx", "Puebla"), ("Grupo Ocelote Logística", "ocelote.com.mx", "Monterrey"),
        ("Despacho Contable Ruvalcaba", "ruvalcaba-contadores.mx", "Guadalajara"), ("Café Tlaloc", "cafetlaloc.mx", "Ciudad de México"),
        ("Maquiladora del Norte", "maqnorte.com.mx", "Chihuahua"), ("Agave Digital", "agavedigital.mx", "Querétaro"),
        ("Hotel Casa Jacaranda", "casajacaranda.mx", "Oaxaca"), ("Farmacias del Bajío", "farmabajio.mx", "León"),
        ("Constructora Itzel", "constructoraitzel.mx", "Mérida"), ("Artesanías Xochitl", "xochitl-arte.mx", "San Miguel de Allende"),
    ],
    "ar": [
        ("Estudio Contable Bianchi", "bianchicontable.com.ar", "Rosario"), ("Panadería Los Alfajores", "losalfajores.com.ar", "Córdoba"),
        ("Pampa Devs", "pampadevs.com.ar", "Buenos Aires"), ("Bodega Cuyana", "bodegacuyana.com.ar", "Mendoza"),
        ("Librería Borges", "libreriaborges.com.ar", "La Plata"), ("Metalúrgica Fangio", "fangio-metal.com.ar", "Mar del Plata"),
        ("Yerbatera Misionera", "yerbamisionera.com.ar", "Posadas"), ("Patagonia Turismo Austral", "patagoniaaustral.com.ar", "Bariloche"),
    ],
    "co": [
        ("Café Cordillera", "cafecordillera.co", "Medellín"), ("Flores de la Sabana", "floressabana.co", "Bogotá"),
        ("Textiles Valle", "textilesvalle.co", "Cali"), ("Andes Fintech", "andesfintech.cl", "Santiago"),
        ("Viña Los Maitenes", "losmaitenes.cl", "Valparaíso"), ("Pesquera Chiloé", "pesquerachiloe.cl", "Puerto Montt"),
        ("Clínica San Rafael", "clinicasanrafael.co", "Barranquilla"), ("Minera Atacama Servicios", "atacamaservicios.cl", "Antofagasta"),
    ],
}

AGENCIES = [("Consultora Horizonte Talento", "horizontetalento.es"), ("Selecta RH", "selectarh.mx"),
            ("Buscadores Patagónicos", "buscadorespatagonicos.com.ar"), ("Talento Andino", "talentoandino.co"),
            ("Headhunters Ibéricos", "hh-ibericos.es"), ("Reclutamiento Puente", "reclutamientopuente.mx")]
ANON_CLIENT = ["mi cliente", "nuestro cliente", "la empresa", "la compañía cliente"]
AGENCY_TITLES = ["Consultora de selección", "Reclutador Senior", "Headhunter", "Socia directora", "Técnico de selección"]

ROLES = ["desarrollador backend", "administrativa contable", "técnico de mantenimiento", "community manager", "panadero",
         "enfermera", "jefa de proyecto", "comercial", "analista de datos", "recepcionista", "diseñador gráfico",
         "jefe de obra", "abogada laboralista", "auxiliar de farmacia", "becario de marketing", "responsable de almacén",
         "desarrolladora frontend", "dependienta", "administrador de sistemas", "camarero", "ingeniera de calidad",
         "asesor de clientes", "diseñadora UX", "chofer de reparto"]
FIRST = ["Mercedes", "Jorge", "Pilar", "Alejandro", "Rocío", "Fernando", "Ana Belén", "Javier", "Guadalupe", "Rodrigo",
         "Florencia", "Martín", "Ximena", "Santiago", "Lorena", "Ignacio", "Camila", "Raúl", "Itziar", "Gonzalo",
         "Mariana", "Esteban", "Nerea", "Federico", "Paola"]
LAST = ["García", "Fernández", "López", "Martínez", "Rodríguez", "Sánchez", "Pérez", "Gómez", "Echeverría", "Aguirre",
        "Villalobos", "Quiroga", "Montes", "Cabrera", "Medina", "Rojas", "Fuentes", "Domínguez", "Iglesias", "Ramos"]
DAYS = ["el lunes 14", "el martes que viene", "el jueves 9 de octubre", "el viernes por la mañana", "el miércoles 3",
        "la próxima semana", "el lunes 22", "el jueves", "el martes 18 de marzo", "el miércoles por la tarde"]
SALARIES = ["28.000 € brutos anuales", "1.950 € brutos en 14 pagas", "$32,000 MXN mensuales", "ARS 1.850.000 mensuales",
            "34.000 € fijos + variable", "COP 6.500.000 al mes", "CLP 1.900.000 líquidos"]
STARTS = ["1 de septiembre", "principios de octubre", "lunes 7 de enero", "lo antes posible", "15 de noviembre", "el mes que viene"]
PHONES = ["Tel. 944 23 18 07", "+34 612 48 93 70", "+52 55 4123 8890", "+54 9 11 5532-1180", "+57 310 555 2201",
          "Móvil 678 21 44 09"]
HR_DISPLAY = ["Selección {co}", "RRHH {co}", "{co} - Recursos Humanos", "Empleo {co}", "Talento {co}"]
HR_LOCAL = ["rrhh", "seleccion", "empleo", "talento", "trabajaconnosotros"]

GREET = {
    "formal": ["Estimado/a {name}:", "Buenos días, {name}:", "Estimada Sra. {last}:", "Estimado Sr. {last}:",
               "Buenas tardes,", "Apreciado/a candidato/a:", "Hola {name}, buenos días:", "Estimado/a {name} {last},"],
    "informal": ["Hola {name}!", "¡Hola {name}!", "Buenas {name},", "Qué tal {name}?", "Hola {name}, ¿cómo estás?",
                 "{name}:", "Hola, {name} 👋"],
}
SIGNOFF = {
    "formal": ["Atentamente,", "Un cordial saludo,", "Saludos cordiales,", "Reciba un cordial saludo,", "Quedamos a sus órdenes,",
               "Sin otro particular, le saluda atentamente,", "Saludos,"],
    "informal": ["Un abrazo,", "Saludos!", "Un saludo", "Abrazo grande,", "¡Nos vemos!", "Besos", "Chau, saludos", "Cuídate!"],
}
FOOTERS = [
    "{co} – CIF B-48{num}2290 – Inscrita en el Registro Mercantil de {city}",
    "Este mensaje y sus adjuntos son confidenciales. Si usted no es el destinatario, le rogamos lo comunique al remitente y lo elimine.",
    "De acuerdo con el RGPD y la LOPDGDD, sus datos serán tratados por {co} con la finalidad de gestionar procesos de selección. Puede ejercer sus derechos en rgpd@{dom}.",
    "Aviso de privacidad: consulte nuestro aviso integral en www.{dom}/privacidad",
    "Antes de imprimir este correo, piense en el medio ambiente.",
    "{co} S.A. de C.V. – RFC XAX0{num}0101",
]

S = {
    "thanks_apply": [
        "Le agradecemos su interés en el puesto de {role} en {co}.",
        "Gracias por venir a la prueba del sábado, al equipo le caíste muy bien.",
        "Le escribo tras la entrevista de la semana pasada.",
        "Gracias por postularte como {role}, de verdad.",
        "Hemos revisado con atención su candidatura al puesto de {role}{ref}.",
        "Te escribo como quedamos por lo del puesto de {role}.",
        "Muchas gracias por su visita y por la conversación tan agradable.",
        "Gracias por tu paciencia durante el proceso, que se alargó más de la cuenta.",
        "Antes que nada, gracias por el tiempo que le dedicó a nuestro proceso.",
    ],
    "rej_soft": [
        "Lamentablemente, hemos decidido seguir adelante con otra candidatura.",
        "Tras valorar todos los perfiles, hemos optado por no continuar con su candidatura.",
        "Me sabe muy mal, pero esta vez no va a poder ser.",
        "Nos costó mucho decidir, pero finalmente elegimos a otra persona.",
        "Su perfil nos gustó mucho; aun así, no podremos ofrecerle el puesto.",
        "Lo siento mucho, decidimos avanzar con otro candidato.",
        "Después de la segunda entrevista, decidimos no avanzar con tu proceso.",
        "Lamentamos comunicarle que su candidatura no ha sido seleccionada.",
        "Te cuento que al final no quedaste seleccionado, aunque estuvo muy parejo.",
        "Por esta vez no vamos a continuar con usted en el proceso.",
    ],
    "rej_blunt": [
        "No seguimos con tu candidatura.",
        "No ha sido seleccionado.",
        "Al final no.",
        "Descartamos su candidatura.",
        "No va a ser posible, lo siento.",
        "No encajas con lo que buscamos.",
    ],
    "no_fb": [
        "Por el volumen de candidaturas no podemos dar una valoración individual.",
        "Hemos recibido muchísimas candidaturas muy buenas.",
        "La decisión estuvo muy reñida entre varios perfiles excelentes.",
        "Por política interna no compartimos los motivos de la decisión.",
    ],
    "luck": [
        "Le deseamos mucho éxito en su búsqueda.",
        "Mucha suerte, seguro que encuentras algo pronto.",
        "Suerte en lo que venga.",
        "Le deseamos lo mejor en su carrera profesional.",
        "Te deseo lo mejor, de verdad.",
    ],
    "pool": [
        "Si le parece bien, conservaremos su CV para futuros procesos.",
        "Si sale otra vacante, te aviso.",
        "No dude en consultar nuestra web de empleo más adelante.",
        "Guardamos tu CV en nuestra base de datos.",
    ],
    "fb_intro": [
        "Para que le sea útil, le comparto lo que comentó el equipo:",
        "Con toda sinceridad, algunos comentarios:",
        "Para explicar la decisión:",
        "Por si te sirve para la próxima:",
        "Estas fueron nuestras impresiones de la entrevista.",
        "En concreto,",
    ],
    "praise": [
        "Su actitud y su simpatía gustaron a todos.",
        "Tu trayectoria es interesante y te presentaste muy bien.",
        "La prueba práctica estaba prolija.",
        "Se notó que conocía bien nuestra empresa.",
        "Al equipo le caíste genial.",
    ],
    "inv_open": [
        "Su candidatura nos ha parecido muy interesante.",
        "¡Tu perfil nos encantó!",
        "Buenas noticias: nos gustaría conocerle.",
        "Tras revisar su CV, queremos avanzar con usted en el proceso.",
        "Gracias por la llamada de ayer, fue muy positiva.",
        "Le pasé tu CV a la jefa de tienda y quiere platicar contigo.",
    ],
    "inv_step": {
        "entrevista": ["Le proponemos una entrevista en nuestras oficinas de {city}.",
                       "¿Podés venir a una entrevista al taller?"],
        "video": ["Le propongo una primera videollamada por Meet de unos 45 minutos.",
                  "¿Hacemos una videollamada de media hora con nuestro CTO?"],
        "prueba": ["Nos gustaría invitarte a un día de prueba en el obrador (remunerado, claro).",
                   "Le proponemos una jornada de prueba con el equipo para ver cómo se siente."],
        "tecnica": ["El siguiente paso sería una prueba técnica con dos personas del equipo de desarrollo.",
                    "Le invitamos a realizar una prueba técnica en línea y después comentarla juntos."],
        "caso": ["Le enviaremos un caso práctico para preparar y presentarnos en la entrevista.",
                 "Te mandamos un pequeño ejercicio para hacer en casa y luego lo vemos juntos."],
        "llamada": ["¿Podríamos agendar una llamada breve para conocernos?",
                    "¿Te va una llamadita de 20 minutos esta semana?"],
        "final": ["Nuestra directora quiere conocerle en una última entrevista.",
                  "Queda una última charla con el dueño, muy informal."],
    },
    "inv_when": [
        "¿Le vendría bien {day} a las {time}? Si no, {day2} a las {time2}.",
        "Podés elegir horario directamente acá: {link}",
        "Te propongo {day} a las {time}, ¿te cuadra?",
        "Tenemos hueco {day} o {day2} a partir de las {time2}.",
        "El enlace de la videollamada: {link}",
        "La entrevista será en la calle Mayor {num}, {city}. Pregunte en recepción.",
    ],
    "inv_confirm": [
        "Le agradecería que me confirmara su asistencia.",
        "Avísame si te viene bien.",
        "Quedamos atentos a su confirmación.",
        "Traiga por favor su DNI.",
        "Cualquier duda, me escribes.",
    ],
    "reschedule": [
        "Lamento tener que mover la entrevista prevista {day}, me ha surgido un imprevisto.",
        "Tenemos que reprogramar la entrevista porque la directora está de viaje; la entrevista sigue en pie, solo cambia la fecha.",
        "Cambio de planes: tenemos que mover tu videollamada, ¡perdón por el lío!",
    ],
    "rejinv_bridge": [
        "Para el puesto de {role} hemos elegido otro perfil. Sin embargo, acaba de abrirse una vacante de {role2} que encaja muy bien con usted.",
        "Para {role} no quedaste, pero nos gustaría hablar contigo de un puesto de {role2} que te va mejor.",
        "No será para {role}, pero queremos entrevistarle para otra posición.",
    ],
    "ack_core": [
        "Le confirmamos que hemos recibido su candidatura al puesto de {role}.",
        "¡Gracias por tu CV, lo recibimos!",
        "Su currículum y carta de presentación han llegado correctamente{ref}.",
        "Le confirmo la recepción de su candidatura.",
        "Recibí tu CV, se lo paso al encargado.",
        "Hemos recibido su solicitud y le agradecemos su interés en {co}.",
    ],
    "ack_next": [
        "Nos pondremos en contacto con usted en un plazo de tres semanas.",
        "Te digo algo antes del viernes de la semana que viene.",
        "Si no recibe respuesta en un mes, entienda que su candidatura no ha sido seleccionada.",
        "Estamos revisando todas las candidaturas y le contestaremos pronto.",
    ],
    "ackinv_step": [
        "Como siguiente paso, le invitamos a completar una prueba en línea de unos 30 minutos: {link}",
        "Ya podés reservar un horario para una primera llamada acá: {link}",
        "Queremos proponerle directamente una entrevista por video; elija horario aquí: {link}",
    ],
    "offer_core": [
        "Tenemos el placer de ofrecerle el puesto de {role}.",
        "Te lo digo rápido: ¡queremos que te sumes al equipo! Esta es nuestra propuesta para el puesto de {role}.",
        "Tras las entrevistas, le hacemos llegar nuestra oferta formal.",
        "Adjunto encontrará nuestra propuesta de contratación para el puesto de {role}.",
        "Como te dije por teléfono, te lo confirmo por escrito: el puesto es tuyo si lo quieres.",
    ],
    "offer_detail": [
        "Salario: {salary}, incorporación el {start}, contrato indefinido.",
        "Le ofrecemos {salary} con incorporación {start}.",
        "Condiciones: {salary}, periodo de prueba de seis meses, inicio {start}.",
        "El sueldo sería de {salary} y nos encantaría que empezaras el {start}.",
    ],
    "offer_deadline": [
        "Le agradeceríamos una respuesta antes de {deadline}.",
        "Piénsalo con calma y dime algo antes de {deadline}.",
        "Quedo a su disposición para cualquier duda sobre el contrato.",
        "Si está de acuerdo, devuélvanos el documento firmado.",
    ],
    "fbreply_open": [
        "Gracias por su mensaje; con gusto le comparto una valoración.",
        "Claro, te cuento qué pasó.",
        "He repasado mis notas de la entrevista para contestarle.",
        "Con gusto, esto es lo que comentó el equipo.",
    ],
    "fbreply_close": [
        "Espero que le sirva.",
        "¡Ánimo, que ya llegará!",
        "Mucho éxito en sus próximos procesos.",
        "Gracias de nuevo por su interés.",
    ],
}

REASON = {
    "role_filled": ["La vacante ya se ha cubierto internamente.", "El puesto ya está cubierto.",
                    "Una excompañera vuelve a la empresa y ocupa el puesto."],
    "budget_freeze": ["Por la caída de pedidos, hemos congelado las contrataciones.",
                      "Se ha retirado el presupuesto para esta posición.", "La dirección paró todas las incorporaciones de este año."],
    "closer_fit": ["Elegimos a una persona cuya experiencia se ajusta más a lo que necesitamos.",
                   "Otro candidato ya maneja nuestro programa de gestión.",
                   "La persona elegida conoce muy bien nuestro sector."],
    "level_mismatch": ["Finalmente buscamos un perfil más senior.", "Su perfil está sobrecualificado para el puesto.",
                       "El puesto requiere más años de experiencia liderando equipos."],
    "role_cancelled": ["El puesto se ha eliminado tras una reorganización.", "El proyecto se canceló y la búsqueda también.",
                       "Hemos decidido cerrar la vacante."],
}

WEAK = {
    "coding": ["En el ejercicio de programación, la solución funcionaba pero era difícil de leer y no tenía tests.",
               "En el live coding te costó avanzar sin ayuda.",
               "El código entregado fallaba en casos bastante básicos."],
    "system_design": ["Cuando hablamos de cómo aguantaría la aplicación diez veces más usuarios, la respuesta quedó en el aire.",
                      "Al diagrama de arquitectura le faltaba pensar en la carga y en las caídas.",
                      "Nos hubiera gustado escucharte más sobre cómo se comunican las piezas del sistema."],
    "technical_depth": ["En las preguntas de fondo (bases de datos, redes) las respuestas se quedaron en la superficie.",
                        "Cuando profundizamos, muchas veces faltaba el porqué.",
                        "Los conocimientos de contabilidad de costes nos parecieron algo justos para el puesto."],
    "behavioural": ["Cuando te pedimos contar una situación difícil, el ejemplo fue muy vago.",
                    "Sus ejemplos de experiencias pasadas no dejaban ver qué hizo usted personalmente."],
    "communication": ["Las respuestas a veces eran muy largas y se perdía el hilo.",
                      "Le costó explicar de forma sencilla temas complejos.",
                      "Hablabas muy rápido y a ratos costaba seguirte."],
    "questions_to_ask": ["Al final no tenía ninguna pregunta para nosotros, y eso llamó la atención.",
                         "Nos hubiera gustado que preguntaras algo sobre el puesto o el equipo."],
    "composure": ["Se notaron mucho los nervios, y bajo presión se bloqueó.",
                  "Cuando la prueba se complicó, te vimos bastante desconcentrado."],
    "experience_level": ["Le falta todavía experiencia de campo, sobre todo de trato con clientes.",
                         "Para las responsabilidades del puesto, tu experiencia se queda un poco corta."],
    "collaboration": ["En la dinámica de grupo dejó poco espacio a los demás.",
                      "Nos dio la impresión de que prefieres trabajar solo, y aquí todo va en pareja."],
    "cv_positioning": ["Tu CV no dejaba claro qué hiciste en tus últimos trabajos.",
                       "La carta de presentación era muy genérica, sin relación con nuestra oferta.",
                       "El portafolio era difícil de recorrer y los mejores proyectos estaban al final."],
}

SUBJ = {
    "rej": ["Su candidatura – {role}", "Respuesta a su candidatura", "Tu candidatura en {co}", "Candidatura {role}{ref}",
            "Tras la entrevista", "RE: Candidatura al puesto de {role}", "Nuestra decisión", "{co} – proceso de selección",
            "Día de prueba"],
    "inv": ["Invitación a entrevista", "Propuesta de entrevista", "Entrevista – {role}", "¿Nos conocemos? 🙂",
            "RE: Candidatura {role}", "Siguiente paso", "{co}: entrevista{ref}", "¿Una llamada?", "Prueba técnica"],
    "resched": ["Cambio de fecha de la entrevista", "RE: Entrevista – nueva fecha", "Reprogramación"],
    "ack": ["Acuse de recibo", "Hemos recibido su candidatura", "RE: Candidatura {role}", "Candidatura recibida",
            "¡Gracias por postularte!", "Confirmación de recepción{ref}"],
    "offer": ["Oferta de empleo", "Propuesta de contratación – {role}", "¡Buenas noticias! 🎉", "Tu contrato",
              "Oferta – {co}", "RE: Segunda entrevista", "Propuesta"],
    "fbreq": ["Solicitud de retroalimentación", "Sobre mi entrevista", "Consulta tras su respuesta", "Una pregunta"],
}

SENT = {
    "fbreq_open": ["Gracias por su respuesta, aunque claro que me da pena.", "Gracias por avisarme con sinceridad.",
                   "Qué lástima que no saliera, gracias igualmente por contestar tan rápido.",
                   "He recibido su mensaje y respeto la decisión."],
    "fbreq_ask": ["¿Sería posible que me comentara brevemente qué marcó la diferencia? Me ayudaría mucho.",
                  "¿Tendría unos minutos para decirme qué podría haber hecho mejor en la entrevista?",
                  "¿Me podrías contar qué faltó? Quiero mejorar para la próxima.",
                  "¿Podría indicarme en qué aspectos de mi perfil o de la prueba debería trabajar?"],
    "fbreq_close": ["Muchas gracias de antemano.", "Gracias y mucha suerte al equipo.", "Cualquier comentario, aunque sea breve, me sirve.",
                    "¡Mil gracias!"],
}

NEG = [
    ("INBOX", "co", "person", "Estado de su candidatura",
     "<G>\n\nLe informamos de que el proceso para el puesto de {role} sigue abierto. Hemos recibido muchas candidaturas y le daremos respuesta antes de fin de mes.\n\nGracias por su paciencia.\n\n<SIG>"),
    ("INBOX", "co", "person", "RE: ¿Novedades?",
     "<G>\n\nPerdón por no contestar, el jefe está de vacaciones. Tu CV sigue con nosotros, no hay nada decidido. ¡Te escribo pronto!\n\n<SIG>"),
    ("INBOX", "co", "person", "Recordatorio: entrevista {day}",
     "<G>\n\nLe recuerdo que nos vemos, como acordamos, {day} a las {time} en nuestras oficinas de {city}. Hay parking en la esquina.\n\n<SIG>"),
    ("INBOX", "co", "person", "Mañana a las {time}",
     "<G>\n\nSolo para confirmar lo de mañana, el enlace es el mismo de la invitación. ¡Hasta mañana!\n\n<SIG>"),
    ("INBOX", "co", "person", "Gracias por la entrevista",
     "<G>\n\nGracias por venir hoy, fue una charla muy interesante. Esta semana vemos a dos personas más y después le contamos.\n\n<SIG>"),
    ("INBOX", "co", "person", "Confirmación de cita",
     "<G>\n\nPerfecto, apuntado para {day} a las {time}. Nos vemos.\n\n<SIG>"),
    ("INBOX", "co", "person", "¡Bienvenida! Documentación para tu alta",
     "<G>\n\n¡Qué alegría que aceptaras! Para darte de alta en la Seguridad Social nos falta tu número de afiliación, el IBAN y una copia del DNI. Te adjunto la ficha.\n\n<SIG>"),
    ("INBOX", "co", "person", "Tu primer día",
     "<G>\n\nTe esperamos el {start} a las 9 en recepción. Allí tendrás tu portátil y la tarjeta de acceso.\n\n<SIG>"),
    ("INBOX", None, "person", "Cuadrante de turnos",
     "<G>\n\nOs paso el cuadrante de la semana. Ojo, el sábado falta alguien en el turno de tarde, ¿quién puede cubrirlo?\n\n<SIG>"),
    ("INBOX", None, "person", "¿Me ayudas con una entrevista?",
     "<G>\n\nEl {day} a las {time} viene un candidato para el puesto de almacén. ¿Podrías estar en la entrevista y hacerle un par de preguntas técnicas? Te mando su CV.\n\n<SIG>"),
    ("INBOX", None, "person", "Su solicitud de alquiler – piso en calle Real",
     "<G>\n\nGracias por su interés. Lamentablemente, el propietario ha elegido a otro inquilino. Suerte con la búsqueda.\n\nInmobiliaria Centro"),
    ("INBOX", None, "Admisiones Posgrado|admisiones@posgrado-univ.es", "Resolución de admisión al máster",
     "Estimado/a estudiante:\n\nLamentamos comunicarle que su solicitud de admisión al Máster no ha sido aceptada por la comisión académica.\n\nServicio de Admisiones"),
    ("INBOX", None, "SEPE|no-responder@sepe-notificaciones.es", "Citación para entrevista de orientación",
     "Le comunicamos que debe presentarse en su oficina de empleo de {city} {day} a las {time} para una entrevista con su tutor/a de empleo. La no comparecencia puede conllevar la baja en la demanda.\n\nServicio Público de Empleo Estatal"),
    ("INBOX", None, "Bolsa de Trabajo Municipal|empleo@ayto-bolsa.mx", "Vacante sugerida",
     "Buen día,\n\nLe compartimos la vacante de {role} en {co}. Si le interesa, envíe su CV directamente a la empresa.\n\nBolsa de Trabajo"),
    ("INBOX", None, "Banco Litoral|creditos@bancolitoral-info.com", "Su solicitud de crédito",
     "Estimado cliente:\n\nTras estudiar su solicitud, no podemos concederle el préstamo personal solicitado.\n\nAtentamente, Banco Litoral"),
    ("INBOX", None, "Convocatoria Becas Cultura|becas@cultura-convoca.es", "Resolución de la convocatoria",
     "Le informamos de que su proyecto no ha resultado beneficiario de la beca en esta edición.\n\nLa comisión evaluadora"),
    ("INBOX", None, "Empleo al Día|boletin@empleoaldia.com", "¿Te rechazaron tras la entrevista? Lee esto",
     "Esta semana: cómo reponerse de un rechazo, las preguntas trampa de la entrevista y cómo negociar una oferta.\n\nLeer más →\n\nDarse de baja"),
    ("INBOX", None, "Alertas de Empleo|alertas@empleos-portal.com", "9 ofertas nuevas: {role}",
     "Nuevas ofertas para tu búsqueda:\n\n• {role} – {co} – {city}\n• {role2} – temporal\n• {role} – indefinido\n\nInscríbete ya. Gestionar alertas."),
    ("INBOX", None, "LinkedIn|messages-noreply@linkedin.example", "Tu perfil tuvo 12 visualizaciones",
     "Reclutadores de {co} y otras empresas vieron tu perfil. Completa tu perfil para aparecer en más búsquedas.\n\nCancelar suscripción"),
    ("INBOX", "co", "{co}|eventos@{dom}", "Te invitamos a nuestra feria de empleo",
     "Hola,\n\nEl {day} abrimos las puertas: visita a la planta, charlas con el equipo y revisión de CV. Inscripción gratuita.\n\n¡Te esperamos!"),
    ("INBOX", None, "Cámara de Comercio|formacion@camara-info.es", "Webinar: cómo brillar en una entrevista",
     "Le invitamos al webinar gratuito {day}: preparar respuestas, hablar de salario y gestionar un rechazo.\n\nInscribirme"),
    ("INBOX", None, "Departamento RRHH|rrhh.contrataciones24@gmail.com", "¡Felicidades! Ha sido contratado",
     "Su perfil ha sido seleccionado para trabajar desde casa ganando 300 € diarios, sin entrevista. Envíe su DNI y datos bancarios para recibir el contrato.\n\nDepartamento RRHH"),
    ("INBOX", None, "agency", "La vacante ya se cubrió",
     "<G>\n\nTe comenté la semana pasada lo del puesto de {role} en {city}. Antes de que enviáramos tu CV, el cliente lo cubrió internamente. Te aviso en cuanto tenga otra cosa.\n\n<SIG>"),
    ("INBOX", None, "agency", "Oportunidad {role}",
     "<G>\n\nVi su perfil y creo que encaja en una posición de un cliente nuestro en {city}. ¿Le interesaría que lo platicáramos?\n\n<SIG>"),
    ("INBOX", "co", "person", "RE: Solicitud de retroalimentación",
     "<G>\n\nEntiendo su petición, pero por política de la empresa no damos valoraciones individuales. Gracias por su comprensión.\n\n<SIG>"),
    ("INBOX", None, "Mail Delivery Subsystem|mailer-daemon@googlemail.com", "No se ha podido entregar: Candidatura {role}",
     "No se ha encontrado la dirección seleccion@{dom}.\n\n550 5.1.1 The email account that you tried to reach does not exist."),
    ("INBOX", "co", "person", "Respuesta automática: Candidatura",
     "Gracias por su correo. Estaré fuera de la oficina hasta {day}. Para temas urgentes, escriba a rrhh@{dom}."),
    ("INBOX", None, "person", "¿Cañas el viernes?",
     "¡Hola <ME>!\n\nEl viernes quedamos para unas cañas en el bar de siempre, ¿te apuntas? Y cuéntame cómo va la búsqueda.\n\nUn abrazo, {sfirst}"),
    ("Sent", "co", "", "Gracias por la entrevista",
     "<GS>\n\nGracias por la conversación de hoy. El puesto de {role} me motiva todavía más y quedo atento/a a sus noticias.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Retiro mi candidatura",
     "<GS>\n\nLe escribo para retirar mi candidatura al puesto de {role}: he aceptado otra propuesta. Gracias por su tiempo.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "RE: Oferta de empleo",
     "<GS>\n\n¡Acepto encantado/a la oferta! Le devuelvo el contrato firmado esta semana.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "RE: Invitación a entrevista",
     "<GS>\n\nGracias por la invitación. {day} a las {time} me va perfecto.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Candidatura – {role}",
     "<GS>\n\nLes hago llegar mi candidatura para el puesto de {role}. Adjunto mi CV y carta de presentación.\n\n<SO>\n<ME>"),
    ("Sent", "co", "", "Seguimiento candidatura {role}",
     "<GS>\n\nMe postulé hace tres semanas al puesto de {role} y quería preguntar si hay novedades.\n\n<SO>\n<ME>"),
    ("Sent", None, "", "Visita al piso",
     "Hola,\n\nMe interesa el piso y me gustaría visitarlo. ¿Le va bien {day}?\n\n<SO>\n<ME>"),
]

WRONG = {
    "formal": _re.compile(r"\b(tú|tu|tus|te|ti|contigo|Te|Tu|Tus|caíste|Podés|podés|cuadra|Avísame|Piénsalo|dime|quedaste|postularte|encajas|preguntaras|empezaras|prefieres|Hablabas|Gracias por postularte|hiciste|te vimos|llamadita|me escribes|cuéntame)\b"),
    "informal": _re.compile(r"\b(usted|Usted|le|Le|su|Su|sus|Sus|conocerle|entrevistarle|ofrecerle|contestarle|Traiga|Reciba|dude|elija|Pregunte|devuélvanos|esté)\b"),
}

NEG_EXTRA = ["Si tiene dudas, me localiza mejor por las mañanas.", "Perdón por la demora, estamos a tope.",
             "¡Saludos también de {sfirst}!", "Aquí en {city} no para de llover, pero bueno.", "A partir de {day} estaré fuera una semana.",
             "Un apunte: en otoño nos mudamos de oficina.", "Cambió mi extensión, va abajo.", "Gracias por la paciencia, de verdad."]
SYS_TAIL = ["Expediente: #", "N.º de demandante: #", "Por favor, no responda a este mensaje automático. (Ref. #)",
            "Su referencia: #", "Recibe este correo porque está suscrito. ID #", "Emitido {day} · n.º #"]

S["small_talk"] = ["Espero que haya pasado un buen fin de semana.", "Perdona la tardanza, esto ha sido una locura.", "Espero que se encuentre bien.",
                   "Disculpe la demora, estamos en plena temporada.", "Le escribo entre dos reuniones con clientes.",
                   "Después de una semana de feria muy intensa, por fin me siento a escribirle."]
S["ps"] = ["PD: Hay estacionamiento en la parte de atrás.", "P.D. ¡Saludos de todo el equipo!", "PD: También puede contestarme por WhatsApp al número de abajo.",
           "Enviado desde mi iPhone", "PD: Perdone las erratas, escrito desde el celular."]
S["thanks_apply"] += ["Gracias por pasarte por la tienda el otro día.", "Nos tomamos nuestro tiempo, pero ya tenemos una decisión.",
                      "Usted nos escribió hace unas semanas.", "Gracias otra vez por su paciencia; el proceso se alargó más de lo previsto."]
S["rej_soft"] += ["Al final elegimos a una persona que ya hacía extras con nosotros.", "Tengo que decirte que nos quedamos con otra persona.",
                  "A pesar de su trayectoria tan interesante, esta vez no podremos trabajar juntos.", "No alcanzó, vamos por otro camino.",
                  "Hemos decidido cubrir el puesto con otra persona."]
S["luck"] += ["¡Ánimo y hasta pronto!", "Cruzo los dedos por tus próximas postulaciones.", "Que le vaya muy bien.",
              "Ojalá encuentre pronto el puesto que busca."]
S["inv_open"] += ["Su CV nos ha causado muy buena impresión.", "¡Tu candidatura nos llamó la atención!", "En resumen: queremos seguir con usted.",
                  "Su carta nos dejó con ganas de saber más."]
S["inv_when"] += ["Tengo huecos de martes a jueves por la mañana la semana que viene, ¿qué le viene mejor?",
                  "¿Qué tal {day}? La hora la eliges tú.", "Calcule una hora aproximadamente; después le enseñamos el taller."]
S["ack_core"] += ["Su candidatura me ha llegado, ¡gracias!", "Gracias por tu correo, la documentación está completa.",
                  "Hemos recibido su candidatura y la pasamos al departamento correspondiente."]
S["offer_core"] += ["El equipo lo tiene claro: queremos que se incorpore con nosotros.", "¡Qué alegría mandarte hoy nuestra oferta!"]
S["rej_blunt"] += ["Nos quedamos con otra persona.", "Es un no, lo siento."]
