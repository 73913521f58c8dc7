"""w35: Latin-American Spanish job mail (Mexico, Argentina with voseo, Colombia, Chile).

What: RR.HH. people, startups, call centres, mines, cooperatives, universities, provincial
administrations, job portals, the candidate's own Sent mail, and look-alikes (job alerts, bolsa de
trabajo courses, rentals, loans, admissions, "trabajo desde casa" scams). When: build.py.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _w35_bits import P, feedback_block, frame  # noqa: E402
from _w35_kit import Writer, pick, run_plan, slug  # noqa: E402

FAMILY_PREFIX = "w35latam"

FIRST = [("Valentina", "f"), ("Camila", "f"), ("Ximena", "f"), ("Guadalupe", "f"), ("Florencia", "f"),
         ("Luciana", "f"), ("Daniela", "f"), ("Paola", "f"), ("Yesenia", "f"), ("Catalina", "f"),
         ("Mariana", "f"), ("Josefina", "f"), ("Lorena", "f"), ("Agustina", "f"), ("Karina", "f"),
         ("Santiago", "m"), ("Matías", "m"), ("Joaquín", "m"), ("Emiliano", "m"), ("Rodrigo", "m"),
         ("Andrés", "m"), ("Julián", "m"), ("Facundo", "m"), ("Ignacio", "m"), ("Mauricio", "m"),
         ("Cristóbal", "m"), ("Leonardo", "m"), ("Héctor", "m"), ("Tomás", "m"), ("Sebastián", "m")]
LAST = ["Zúñiga", "Quispe", "Cárdenas", "Villalobos", "Echeverría", "Ocampo", "Bustamante", "Ramírez",
        "Sepúlveda", "Galindo", "Arriaga", "Montoya", "Pizarro", "Medina", "Aguirre", "Benítez",
        "Carrasco", "Ibarra", "Mendoza", "Rivas", "Salinas", "Toledo", "Valdivia", "Herrera", "Olmos",
        "Sosa", "Ferreyra", "Gutiérrez", "Tapia", "Lozano"]
ROLES = ["Analista de Nómina", "Ejecutivo/a de Atención al Cliente", "Desarrollador/a Backend",
         "Supervisor/a de Turno", "Ingeniero/a de Procesos", "Asistente Contable", "Operador/a de Planta",
         "Coordinador/a de Logística", "Jefe/a de Bodega", "Técnico/a en Mantenimiento",
         "Diseñador/a UX", "Analista de Datos", "Agente Bilingüe", "Geólogo/a de Exploración",
         "Encargado/a de Sucursal", "Auxiliar Administrativo/a", "Trabajador/a Social",
         "Docente de Matemáticas", "Community Manager", "Comprador/a Senior", "Contador/a General",
         "Prevencionista de Riesgos", "Vendedor/a de Piso", "Product Owner", "Auxiliar de Enfermería"]
CO_KIND = ["Cooperativa {n}", "Minera {n}", "Grupo {n}", "Distribuidora {n}", "Contact Center {n}",
           "Laboratorios {n}", "Transportes {n}", "Fundación {n}", "Supermercados {n}", "Constructora {n}",
           "Farmacias {n}", "Viñedos {n}", "Textiles {n}", "Clínica {n}", "Panificadora {n}",
           "Agroindustrias {n}", "Seguros {n}", "Mueblería {n}"]
CO_NAME = ["del Valle", "Andina", "Los Alerces", "Tonalá", "Pampa Sur", "La Esperanza", "Cordillera",
           "Huasteca", "Río Bravo", "Atacama", "Magdalena", "Quillota", "Patagonia", "Santa Fe", "del Bajío",
           "Altiplano", "El Roble", "Cuyo", "Caribe", "Sierra Madre", "Llanquihue", "Paraná", "Mistral",
           "Monteverde", "Tepeyac", "Calchaquí", "Antioquia", "Nahuel", "Maipo", "San Cristóbal"]
STARTUPS = ["Mateína", "Quetzal Pay", "Colibrí Labs", "Yaguareté Data", "Ceibo Tech", "Pehuén Cloud",
            "Cóndor Fintech", "Jacarandá", "Tunal Software", "Guanaco Apps", "Alfajor.io", "Chasqui Logística",
            "Bandoneón Studio", "Tlacuache AI", "Ñandú Commerce", "Arepa Labs", "Huemul Energía", "Totora"]
UNIS = ["Universidad Tecnológica del Norte", "Universidad Autónoma de Occidente", "Universidad Nacional del Litoral Sur",
        "Gobierno Provincial de Mendoza Norte", "Municipalidad de Valle Alto", "Secretaría de Desarrollo de Jalisco Oriente",
        "Instituto Superior Andino", "Gobernación de Boyacá Central"]
CITY = {"mx": ["Monterrey", "Guadalajara", "Puebla", "Querétaro", "CDMX", "Mérida"],
        "ar": ["Córdoba", "Rosario", "Mendoza", "Buenos Aires", "Neuquén", "Tucumán"],
        "co": ["Medellín", "Bogotá", "Cali", "Barranquilla", "Bucaramanga", "Pereira"],
        "cl": ["Antofagasta", "Santiago", "Valparaíso", "Concepción", "Calama", "Temuco"]}
DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
VOS = {True: {"puedes": "podés", "tienes": "tenés", "quieres": "querés", "eres": "sos", "escribe": "escribinos",
              "confirma": "confirmá", "avisa": "avisanos", "elige": "elegí", "sabes": "sabés", "ingresa": "ingresá"},
       False: {"puedes": "puedes", "tienes": "tienes", "quieres": "quieres", "eres": "eres", "escribe": "escríbenos",
               "confirma": "confirma", "avisa": "avísanos", "elige": "elige", "sabes": "sabes", "ingresa": "ingresa"}}
FAM_REGION = {"mx-rrhh": "mx", "ar-startup": "ar", "co-callcenter": "co", "cl-minera": "cl",
              "coop-ong": None, "univ-provincia": None, "sent": None, "sent-celu": None, "portal": None, "vida": None}


def company_for(rng: random.Random, fam: str) -> str:
    if fam == "ar-startup":
        return pick(rng, STARTUPS)
    if fam == "univ-provincia":
        return pick(rng, UNIS)
    if fam == "coop-ong":
        return pick(rng, ["Cooperativa {n}", "Fundación {n}", "ONG Manos {n}", "Caja Popular {n}"]).format(n=pick(rng, CO_NAME))
    if fam == "cl-minera":
        return pick(rng, ["Minera {n}", "Compañía Minera {n}", "Sociedad Contractual Minera {n}", "Constructora {n}", "Transportes {n}"]).format(n=pick(rng, CO_NAME))
    if fam == "co-callcenter":
        return pick(rng, ["Contact Center {n}", "{n} BPO", "Conecta {n}", "Teleservicios {n}", "Seguros {n}"]).format(n=pick(rng, CO_NAME).replace("del ", ""))
    if rng.random() < 0.2:
        return pick(rng, STARTUPS)
    return pick(rng, CO_KIND).format(n=pick(rng, CO_NAME))


def new_ctx(rng: random.Random, fam: str) -> dict:
    region = FAM_REGION.get(fam) or pick(rng, ["mx", "ar", "co", "cl"])
    first, g = pick(rng, FIRST)
    last = pick(rng, LAST)
    rfirst, rg = pick(rng, FIRST)
    rlast = pick(rng, LAST)
    company = company_for(rng, fam)
    cslug = slug(company.split(" ", 1)[-1] if company.split(" ")[0] in ("Cooperativa", "Minera", "Grupo", "Fundación", "Universidad") else company)
    tld = {"mx": "com.mx", "ar": "com.ar", "co": "com.co", "cl": "cl"}[region]
    d = {"lang": "es", "region": region, "first": first, "g": g, "last": last, "cand_full": f"{first} {last}",
         "cand_sign": pick(rng, [first, f"{first} {last}", f"{first} {last}\n{pick(rng, ['Cel.', 'WhatsApp', 'Tel.'])} +{pick(rng, ['52', '54', '57', '56'])} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"]),
         "cand_addr": f"{slug(first)}.{slug(last)}{pick(rng, ['', str(rng.randint(1, 99)), '.cv'])}@{pick(rng, ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.cl'])}",
         "rec": f"{rfirst} {rlast}", "rec_first": rfirst, "rg": rg,
         "company": company, "cslug": cslug, "dom": f"{cslug}.{tld}",
         "role": pick(rng, ROLES), "req": pick(rng, ["", f" (Ref. {rng.randint(1000, 9999)})", f" – Vacante #{rng.randint(100, 999)}", f" [{pick(rng, ['REQ', 'VAC', 'PST'])}-{rng.randint(10000, 99999)}]"]),
         "city": pick(rng, CITY[region]), "day": pick(rng, DAYS), "num": rng.randint(2, 28), "month": pick(rng, MONTHS),
         "hour": f"{rng.randint(8, 17)}:{pick(rng, ['00', '15', '30', '45'])}",
         "link": f"https://{pick(rng, ['agenda', 'citas', 'entrevistas', 'empleos'])}.{cslug}.{tld}/{rng.randint(10000, 99999)}",
         "o": "a" if g == "f" else "o", "ro": "a" if rg == "f" else "o",
         "ref": rng.randint(100000, 999999)}
    d.update(VOS[region == "ar"])
    d["emp_addr"] = f"{pick(rng, ['rrhh', 'seleccion', 'talento', 'reclutamiento', slug(rfirst)])}@{d['dom']}"
    return d


# ---------------------------------------------------------------- feedback and reasons
WEAK = {
    "coding": ["En la prueba técnica el código funcionaba, pero quedó bastante desordenado y sin pruebas.",
               "El ejercicio en vivo se te complicó: te costó llegar a una solución que corriera.",
               "La solución del desafío tenía errores en los casos borde que no alcanzaste a revisar."],
    "system_design": ["Cuando hablamos de cómo escalaría el servicio, nos quedamos con ganas de más: no quedó claro cómo manejarías la carga.",
                      "En la parte de arquitectura faltó pensar en qué pasa cuando el sistema crece o se cae una pieza."],
    "technical_depth": ["Al profundizar en bases de datos las respuestas se quedaron en la superficie.",
                        "El panel sintió que conocés las herramientas de nombre, pero no tanto por dentro.",
                        "Nos faltó ver más dominio técnico en los temas de normativa contable que pide el puesto."],
    "behavioural": ["Cuando te pedimos ejemplos concretos de situaciones difíciles con clientes, las respuestas fueron muy generales.",
                    "En las preguntas sobre experiencias pasadas te faltó contar qué hiciste tú, concretamente, y qué resultado tuvo."],
    "communication": ["A veces las explicaciones se alargaron y costaba seguir la idea principal.",
                      "Sentimos que te costó transmitir tus ideas de forma clara y ordenada, sobre todo al final.",
                      "En la simulación de llamada el tono fue correcto, pero la explicación al cliente quedó confusa."],
    "questions_to_ask": ["Al final no hiciste preguntas sobre el equipo ni el puesto, y eso nos dejó la duda sobre tu interés.",
                         "Nos hubiera gustado que preguntaras más sobre la operación y los desafíos del área."],
    "composure": ["Se notó bastante el nerviosismo, sobre todo cuando la entrevista se puso más exigente.",
                  "Cuando las preguntas apretaron un poco, perdiste la calma y eso afectó tus respuestas."],
    "experience_level": ["Para este puesto buscábamos más años liderando equipos, y tu trayectoria todavía va por otro lado.",
                         "Tu experiencia en turnos rotativos de faena todavía es corta para lo que requiere el cargo."],
    "collaboration": ["En la dinámica grupal te costó dar espacio a los demás y construir sobre sus ideas.",
                      "No quedó claro cómo trabajas con otras áreas cuando hay desacuerdos."],
    "cv_positioning": ["Tu CV no refleja bien lo que nos contaste en la entrevista; los logros quedan escondidos.",
                       "La hoja de vida está muy centrada en tareas y poco en resultados, lo que no ayuda para un cargo así."],
}
PRAISE = ["Nos gustó mucho tu actitud y la buena onda con el equipo.", "Tu experiencia en atención al cliente es muy valiosa.",
          "El panel destacó tu puntualidad y tu preparación.", "Se nota que conocés bien el rubro.",
          "Valoramos mucho tu energía y tus ganas de aprender.", ""]
JOIN = ["Además,", "Por otro lado,", "También,"]
OC = {
    "role_filled": ["la vacante ya fue cubierta por otra persona", "el puesto se cubrió antes de terminar las entrevistas",
                    "ya contratamos a alguien para esta posición"],
    "budget_freeze": ["se congeló el presupuesto de contratación para este semestre", "la empresa suspendió nuevas contrataciones por recorte de presupuesto",
                      "no se aprobó el presupuesto para abrir esta plaza"],
    "closer_fit": ["avanzamos con un perfil que se ajusta más a lo que necesita el área", "elegimos a una persona cuya experiencia encaja de forma más directa con el puesto",
                   "otro candidato tenía una trayectoria más cercana a lo que buscábamos"],
    "level_mismatch": ["buscamos a alguien con un nivel más senior", "el puesto finalmente requiere un perfil más junior que el tuyo",
                       "necesitamos a alguien con más años de experiencia en cargos de jefatura"],
    "role_cancelled": ["la vacante fue cancelada por una reestructuración del área", "la posición se dio de baja y no se va a cubrir por ahora",
                       "el proyecto se suspendió y con él la vacante"],
}


def oc_sentence(rng: random.Random) -> tuple[str, list]:
    r = pick(rng, sorted(OC))
    txt = pick(rng, ["Te contamos que {x}.", "Lamentablemente {x}.", "Por el momento {x}, así que no podremos seguir con tu proceso.",
                     "La razón es simple: {x}."]).format(x=pick(rng, OC[r]))
    return txt, [r]


# ---------------------------------------------------------------- labelled kinds
REJ_OPEN = ["Gracias por postularte a la vacante de {role} en {company} y por el tiempo que le dedicaste al proceso.",
            "Te escribimos de RR.HH. de {company} para darte noticias sobre tu postulación a {role}.",
            "Queríamos agradecerte por participar en el proceso de selección para {role}.",
            "Muchas gracias por tu interés en {company} y por las entrevistas de las últimas semanas.",
            "Te contactamos respecto a tu postulación al puesto de {role}{req}."]
REJ_CORE = ["Después de revisar todos los perfiles, decidimos avanzar con otras personas en esta etapa.",
            "En esta ocasión no vamos a continuar con tu candidatura.",
            "Lamentamos informarte que no fuiste seleccionad{o} para continuar en el proceso.",
            "Tras pensarlo mucho, optamos por otro perfil para la vacante.",
            "Por ahora no seguiremos adelante con tu postulación.",
            "Nos toca decirte que esta vez no se pudo: el equipo eligió a otra persona.",
            "La decisión final no fue a tu favor, y preferimos avisarte de inmediato.",
            "Tu perfil no quedó entre los finalistas de esta búsqueda.",
            "Esta vez no vas a continuar en el proceso, y queríamos decírtelo directamente.",
            "Con pena te cuento que el gerente se quedó con otro candidato.",
            "No resultaste seleccionad{o} para la vacante."]
REJ_MID = ["Fue un proceso muy competido, con más de cien postulaciones.", "Sabemos lo que cuesta preparar una entrevista y lo valoramos.",
           "La decisión no fue fácil para el equipo.", "Se presentaron perfiles muy sólidos.", "", "", ""]
REJ_CLOSE = ["Guardaremos tu CV en nuestra base por si se abre una vacante que encaje con tu perfil.",
             "Te deseamos mucho éxito en tu búsqueda.", "Te invitamos a seguir atent{o} a nuestras próximas vacantes.",
             "Sabemos que no es la respuesta que esperabas; de verdad agradecemos tu interés.", ""]


def k_rej(rng, c):
    oc, reasons = ("", [])
    if rng.random() < 0.45:
        oc, reasons = oc_sentence(rng)
    body = " ".join(x for x in [pick(rng, REJ_OPEN), pick(rng, REJ_MID), pick(rng, REJ_CORE), oc] if x) + "\n\n" + pick(rng, REJ_CLOSE)
    subj = pick(rng, ["Tu postulación a {role}", "Proceso de selección – {role}{req}", "Re: Entrevista {role}",
                      "{company}: actualización de tu proceso", "Resultado proceso {role}", "Respuesta a tu postulación"])
    return P(subj, body.strip(), ["rejection"], c["company"], oc=reasons)


def k_rej_oc(rng, c):
    oc, reasons = oc_sentence(rng)
    body = pick(rng, REJ_OPEN) + " " + oc + "\n\n" + pick(rng, ["No tiene nada que ver con tu desempeño en las entrevistas.",
                                                                 "Queríamos que lo supieras por nosotros y no por el portal.",
                                                                 "Tu perfil nos pareció muy interesante, pero así quedaron las cosas.", ""]) + "\n\n" + pick(rng, REJ_CLOSE)
    return P(pick(rng, ["Novedades sobre la vacante {role}", "Vacante {role}{req}", "Re: Segunda entrevista – {company}"]),
             body.strip(), ["rejection"], c["company"], oc=reasons)


def k_rej_fb(rng, c):
    fb, topics = feedback_block(rng, WEAK, PRAISE, JOIN, 1, 3)
    core = pick(rng, REJ_CORE)
    intro = pick(rng, ["Como nos pediste en la entrevista, te compartimos algunos comentarios del panel:",
                       "Para que te sirva en próximos procesos, te dejamos la devolución del equipo:",
                       "Te pasamos la retro que nos dejó el jefe del área:", "Algunas observaciones del comité:"])
    body = f"{pick(rng, REJ_OPEN)} {core}\n\n{intro} {fb}\n\n{pick(rng, REJ_CLOSE)}"
    return P(pick(rng, ["Resultado de tu entrevista – {role}", "Tu proceso en {company}", "Devolución proceso {role}",
                        "Re: Entrevista técnica {company}"]), body.strip(), ["rejection", "feedback"], c["company"], topics=topics)


def k_fb_reply(rng, c):
    fb, topics = feedback_block(rng, WEAK, PRAISE, JOIN, 1, 2)
    body = pick(rng, ["Gracias por escribirnos y por tomarlo tan bien. Hablé con el equipo y esto es lo que comentaron:",
                      "Claro que sí, te comparto lo que anotó el panel.", "Con gusto te doy una devolución más detallada."]) + " " + fb + "\n\n" + pick(rng, ["Ojalá te sirva.", "Mucho éxito, de verdad.", "Quedamos atentos por si tienes dudas."])
    return P("Re: Solicitud de retroalimentación – {role}", body, ["feedback"], c["company"], topics=topics,
             quoted="Hola {rec_first}, gracias por avisarme la decisión. ¿Me podrían compartir algún comentario sobre mi entrevista para mejorar? Saludos, {first}", quoted_who="cand")


INV_OPEN = ["Nos alegra contarte que tu perfil quedó preseleccionado para la vacante de {role}.",
            "Revisamos tu postulación a {role} y nos gustaría conocerte.",
            "¡Buenas noticias! Pasaste a la siguiente etapa del proceso en {company}.",
            "Te escribimos de RR.HH. de {company}: queremos avanzar contigo en el proceso de {role}.",
            "Tu experiencia nos llamó la atención y el jefe del área quiere conversar contigo.",
            "Quedaste en la terna para {role} 🙌",
            "Gracias por tu interés en la vacante; nos gustaría dar el siguiente paso."]
INV_WHAT = ["Te proponemos una entrevista por Meet el {day} {num} de {month} a las {hour}. ¿Te queda bien?",
            "¿{tienes} disponibilidad el {day} a las {hour} para una videollamada de 30 minutos con la jefatura?",
            "La entrevista sería presencial en nuestras oficinas de {city}, el {day} {num} de {month} a las {hour}. Trae tu cédula.",
            "Para agendar la entrevista, {elige} el horario que más te acomode aquí: {link}",
            "El siguiente paso es una prueba técnica en línea; {tienes} 72 horas para completarla desde este enlace: {link}",
            "Te invitamos a una llamada telefónica breve con {rec} para conocer un poco más tu experiencia. ¿Qué horario te sirve esta semana?",
            "Nos gustaría que vinieras a una jornada de prueba en la sucursal de {city} el {day} {num} de {month} desde las {hour}.",
            "Te citamos a una entrevista grupal (assessment) el {day} {num} de {month} a las {hour} en {city}.",
            "La entrevista final sería con la gerencia general, por Zoom, el {day} a las {hour}. Dura unos 45 minutos.",
            "Te mandamos un caso práctico para resolver en casa; lo conversamos en una entrevista el {day} {num} de {month}."]
INV_CLOSE = ["{confirma} tu asistencia respondiendo este correo.", "Quedamos atentos a tu confirmación.",
             "Si el horario no te funciona, {avisa} y buscamos otro.", "Cualquier duda, {escribe} por este medio."]


def k_inv(rng, c):
    body = f"{pick(rng, INV_OPEN)} {pick(rng, INV_WHAT)}\n\n{pick(rng, INV_CLOSE)}"
    return P(pick(rng, ["Invitación a entrevista – {role}", "Entrevista {company}", "Siguiente etapa: {role}{req}",
                        "¿Agendamos una entrevista? 📅", "Citación entrevista {role}", "Re: Postulación {role}"]), body,
             ["interview_invite"], c["company"])


def k_inv_resched(rng, c):
    body = pick(rng, ["Surgió un imprevisto con la jefa del área y necesitamos mover tu entrevista.",
                      "Te pido mil disculpas, pero tenemos que reprogramar la entrevista del {day}."]) + " " + pick(rng, INV_WHAT)
    return P("Reprogramación entrevista – {role}", body, ["interview_invite"], c["company"])


ACK = ["Recibimos tu postulación para {role}{req}. Nuestro equipo la revisará y, si tu perfil avanza, te contactaremos.",
       "¡Gracias por postularte a {company}! Confirmamos que tu CV llegó bien para la vacante de {role}.",
       "Este correo es para confirmarte que tu postulación a {role} quedó registrada con el folio {ref}.",
       "Hola, acusamos recibo de tu hoja de vida para el cargo de {role}. El proceso puede tardar unas semanas.",
       "Tu postulación a {role} fue recibida correctamente. Si no tienes noticias en 20 días hábiles, el proceso siguió con otros perfiles.",
       "¡Listo! Tu CV ya está con nosotros. Lo va a revisar el equipo de {role} durante esta semana.",
       "Registramos tu postulación a la vacante {role}{req}. Gracias por considerarnos.",
       "Te confirmamos que recibimos tus documentos para el concurso de {role}."]


def k_ack(rng, c):
    return P(pick(rng, ["Confirmación de postulación – {role}", "Recibimos tu postulación", "Postulación recibida #{ref}",
                        "Gracias por postularte a {company}", "Acuse de recibo: {role}"]), pick(rng, ACK), ["application_ack"], c["company"])


def k_ack_inv(rng, c):
    body = pick(rng, ACK) + "\n\n" + pick(rng, ["Como parte del proceso, te pedimos completar una evaluación psicométrica en línea: {link}",
                                                 "Como primer filtro, te invitamos a grabar una videoentrevista corta (3 preguntas) aquí: {link}",
                                                 "El siguiente paso es una prueba de conocimientos; {puedes} rendirla cuando quieras esta semana: {link}"])
    return P("Recibimos tu postulación – siguiente paso", body, ["application_ack", "interview_invite"], c["company"])


def k_rej_inv(rng, c):
    other = pick(rng, ROLES)
    body = (f"Te escribo por tu postulación a {{role}}. Para ese puesto avanzamos con otra persona, pero tu perfil nos encaja muy bien para la vacante de {other} que abrimos la semana pasada. "
            + pick(rng, INV_WHAT))
    return P("Tu postulación y otra vacante en {company}", body, ["rejection", "interview_invite"], c["company"])


OFFER = ["Nos da mucho gusto ofrecerte el puesto de {role} en {company}.",
         "Después de las entrevistas, el equipo decidió: ¡queremos que te sumes como {role}!",
         "Te hacemos llegar la propuesta formal para el cargo de {role}."]
OFFER_DET = ["La oferta contempla un sueldo bruto mensual de ${n} MXN, prestaciones superiores a las de ley y vales de despensa.",
             "La propuesta es de ${n} brutos mensuales, modalidad híbrida, con prepaga para vos y tu familia.",
             "El salario sería de ${n} COP mensuales más auxilio de transporte, con contrato a término indefinido.",
             "La renta líquida sería de ${n} CLP, con sistema de turnos 7x7 y bono de faena.",
             "Adjuntamos la carta oferta con el detalle de sueldo, fecha de ingreso y beneficios."]


def k_offer(rng, c):
    det = pick(rng, OFFER_DET).replace("{n}", f"{rng.randint(12, 95)}.{rng.randint(100, 999)}")
    body = f"{pick(rng, OFFER)} {det}\n\n" + pick(rng, ["Te pedimos que nos respondas antes del {day} {num} de {month}.",
                                                         "Si {tienes} dudas, te llamo cuando quieras.", "Quedamos atentos a tu respuesta."])
    return P(pick(rng, ["Propuesta laboral – {role}", "Carta oferta {company}", "¡Queremos que te sumes! 🎉", "Oferta de empleo – {role}"]),
             body, ["offer"], c["company"])


def k_fbreq(rng, c):
    body = pick(rng, ["Gracias por avisarme la decisión sobre la vacante de {role}. Aunque no se dio, me gustaría mucho saber en qué puedo mejorar. ¿Me podrían compartir algún comentario de la entrevista?",
                      "Entiendo la decisión y agradezco el tiempo. Si no es molestia, ¿{puedes} contarme qué faltó en mi perfil o en la entrevista? Me ayudaría para los próximos procesos.",
                      "Quería pedirles, si es posible, una breve retroalimentación sobre mi participación en el proceso de {role}. Cualquier comentario me sirve."])
    return P(pick(rng, ["Re: Tu postulación a {role}", "Solicitud de retroalimentación", "Re: Resultado proceso {role}", "Consulta sobre mi entrevista"]),
             body, ["feedback_request"], c["company"], folder="Sent",
             quoted="Lamentamos informarte que en esta ocasión no continuaremos con tu postulación a {role}.", quoted_who="emp")


# ---------------------------------------------------------------- negatives, employer side
def n_reminder(rng, c):
    return P("Recordatorio: entrevista mañana – {role}", pick(rng, [
        "Te recordamos tu entrevista agendada para mañana {day} a las {hour} por Meet. El enlace es el mismo que te enviamos.",
        "Solo para recordarte que te esperamos el {day} a las {hour} en {city}. Pregunta por {rec} en recepción.",
        "Mañana es la entrevista que confirmaste. Si llegas tarde, {avisa} al WhatsApp de RR.HH."]), [], c["company"])


def n_thanks(rng, c):
    return P("Gracias por tu tiempo hoy", pick(rng, [
        "Muchas gracias por la conversación de hoy. El equipo se reunirá esta semana y te daremos noticias pronto.",
        "Fue un gusto conocerte hoy. Estamos terminando las entrevistas y te escribiremos en cuanto tengamos una decisión."]), [], c["company"])


def n_review(rng, c):
    return P(pick(rng, ["Estado de tu postulación", "Re: Consulta proceso {role}"]), pick(rng, [
        "Tu postulación sigue en revisión. Apenas el área cierre la terna, te contactamos.",
        "Aún no tenemos novedades: la jefatura sigue revisando perfiles. Gracias por la paciencia.",
        "El proceso de {role} se alargó un poco más de lo previsto. Seguís en carrera; te avisamos cualquier novedad."]), [], c["company"])


def n_cantshare(rng, c):
    return P("Re: Solicitud de retroalimentación", pick(rng, [
        "Gracias por tu mensaje. Por política interna no compartimos comentarios individuales de las entrevistas. Recibimos muchas postulaciones muy buenas.",
        "Te agradezco que lo pidas, pero no estamos autorizados a dar devolución detallada. Fue un proceso con candidatos muy fuertes."]),
        [], c["company"], quoted="¿Me podrían dar algún comentario sobre por qué no avancé? Gracias, {first}", quoted_who="cand")


def n_closed_before(rng, c):
    return P("Re: Consulta vacante {role}", pick(rng, [
        "Gracias por escribir. La vacante que viste ya se cerró antes de que pudieras postular; el aviso quedó publicado por error.",
        "Te cuento que esa búsqueda se dio de baja hace unos días, así que no estamos recibiendo postulaciones."]), [], c["company"])


def n_onboard(rng, c):
    return P("Documentos para tu ingreso – {company}", pick(rng, [
        "¡Bienvenid{o}! Para tu alta en el IMSS necesitamos CURP, RFC, comprobante de domicilio y tu número de cuenta antes del {day}.",
        "Para preparar tu contrato, envíanos certificado de antecedentes, AFP, isapre o Fonasa y una foto tamaño carnet.",
        "Para el ingreso del {day} {num} de {month} traé DNI, CUIL y constancia de alta en la obra social. Te esperamos a las {hour}."]), [], c["company"])


def n_interviewer(rng, c):
    return P("Te sumamos como entrevistador/a", pick(rng, [
        "{first}, ¿nos das una mano el {day} a las {hour}? Necesitamos que entrevistes a dos candidatos para el área de soporte.",
        "Como sos referente del equipo, te agregamos al panel de entrevistas para la vacante de analista. Te llega la invitación al calendario."]),
        [], None, sig="Paula, Gestión Humana", sender=("Gestión Humana (interno)", "gestionhumana@intranet-empresa.com"))


def n_confirmed(rng, c):
    return P("Entrevista confirmada ✔", "Tu entrevista quedó confirmada para el {day} {num} de {month} a las {hour}. No necesitas hacer nada más.",
             [], c["company"])


def n_status(rng, c):
    return P("Actualización en tu postulación", "Hubo un cambio en el estado de tu postulación a {role}. {ingresa} al portal de candidatos para ver el detalle.", [], c["company"])


def n_pool(rng, c):
    return P("Ingresaste a nuestra base de talento", "Tu perfil quedó en nuestro banco de talentos. Cuando se abra una vacante acorde, te contactaremos.", [], c["company"])


def n_headhunter(rng, c):
    return P(pick(rng, ["Oportunidad confidencial", "Propuesta – posición gerencial"]), pick(rng, [
        "Estoy llevando una búsqueda confidencial para una empresa líder del sector. Vi tu perfil y me pareció interesante. ¿Tendrías 15 minutos para conversar?",
        "Te escribo de una consultora de selección: tenemos una posición que podría interesarte. ¿Te interesa que te cuente?"]),
        [], None, sig="{rec}\nSocio/a – Consultora Horizonte Talento", sender=(f"{c['rec']} | Consultora Horizonte Talento", "busquedas@horizontetalento.com"))


def n_autoreply(rng, c):
    return P("Respuesta automática: " + pick(rng, ["Postulación {role}", "Re: Entrevista"]), pick(rng, [
        "Estoy fuera de la oficina hasta el {day} {num} de {month} con acceso limitado al correo. Para temas urgentes, escribir a rrhh@{dom}.",
        "Gracias por tu correo. En este momento estoy de vacaciones; lo responderé a mi regreso."]), [], c["company"], raw=True)


def n_bounce(rng, c):
    return P("Mail delivery failed: returning message to sender", "Este es un mensaje automático del servidor de correo.\n\nNo fue posible entregar su mensaje a:\n\n  " + "postulaciones@{dom}\n  550 5.1.1 Usuario desconocido\n\n------ Mensaje original ------\nAsunto: Postulación {role}",
             [], None, raw=True, sender=("Mail Delivery System", "MAILER-DAEMON@mx.gmail.com"))


# ---------------------------------------------------------------- negatives, portals and life
PORTALS = ["EmpleoYa", "Vacantes Hoy", "ChambaNet", "TrabajoSur", "BuscoPega", "LaburoAR", "Oportunidades Andinas"]


def n_alert(rng, c):
    p = pick(rng, PORTALS)
    jobs = "\n".join(f"• {pick(rng, ROLES)} – {company_for(rng, 'mx-rrhh')} – {pick(rng, CITY[c['region']])}" for _ in range(rng.randint(3, 6)))
    return P(pick(rng, ["{n} nuevas vacantes para ti", "Alerta de empleo: {role}", "Empleos que te pueden interesar en {city}"]).replace("{n}", str(rng.randint(4, 40))),
             f"Hola {{first}}, estas son las vacantes nuevas según tu búsqueda:\n\n{jobs}\n\nVer todas: https://{slug(p)}.com/alertas\n\nDejar de recibir estas alertas: https://{slug(p)}.com/baja",
             [], None, raw=True, sender=(f"{p} Alertas", f"alertas@{slug(p)}.com"))


def n_views(rng, c):
    p = pick(rng, PORTALS)
    return P("{n} empresas vieron tu perfil esta semana 👀".replace("{n}", str(rng.randint(2, 9))),
             f"¡Hola {{first}}! Tu CV está llamando la atención. Una empresa del rubro retail y otra de logística revisaron tu perfil. Mejora tu visibilidad con {p} Premium.\n\n—\nRecibís este correo porque tenés una cuenta en {p}.",
             [], None, raw=True, sender=(p, f"no-reply@{slug(p)}.com"))


def n_complete(rng, c):
    p = pick(rng, PORTALS)
    return P("Tu perfil está al 60%", f"Hola {{first}}, completa tu experiencia laboral y tus referencias para postularte más rápido. Los perfiles completos reciben 3 veces más entrevistas.\n\nCompletar perfil → https://{slug(p)}.com/perfil",
             [], None, raw=True, sender=(p, f"hola@{slug(p)}.com"), html=pick(rng, [None, "only"]))


def n_portal_ack(rng, c):
    p = pick(rng, PORTALS)
    return P("Tu postulación fue enviada a {company}", f"Hola {{first}}, tu CV fue enviado correctamente a {{company}} para la vacante {{role}} en {{city}}. La empresa podrá ver tu perfil desde hoy.\n\nSeguí tus postulaciones en https://{slug(p)}.com/mis-postulaciones",
             ["application_ack"], c["company"], raw=True, sender=(p, f"notificaciones@{slug(p)}.com"))


def n_newsletter(rng, c):
    p = pick(rng, ["Blog Carrera Viva", "Newsletter Talento Latino", "Consejos de Laburo"])
    items = rng.sample(["Cómo responder a un correo de rechazo sin quemar puentes",
                        "Las 7 preguntas más comunes en una entrevista por Meet",
                        "¿Te ofrecieron el puesto? Cómo negociar tu sueldo",
                        "Qué hacer si no te dan retroalimentación después de una entrevista",
                        "Carta de presentación: errores que hacen que descarten tu postulación",
                        "Entrevistas grupales: cómo destacar sin pisar a nadie"], 3)
    return P(pick(rng, ["Esta semana: " + items[0], "Boletín #{ref}: entrevistas, ofertas y rechazos"]),
             f"{p} – edición semanal\n\n" + "\n".join(f"▸ {i}" for i in items) + "\n\nLeer en el navegador · Darse de baja",
             [], None, raw=True, sender=(p, f"boletin@{slug(p)}.com"))


def n_webinar(rng, c):
    return P(pick(rng, ["Te invitamos: taller gratuito de entrevistas", "Feria de Empleo {city} – inscripción abierta", "Webinar: tu CV en 2024"]),
             pick(rng, ["Te invitamos al taller en línea «Preparate para tu próxima entrevista» el {day} a las {hour}. Cupos limitados, inscribite aquí.",
                        "La Feria de Empleo de {city} reúne a más de 60 empresas el {day} {num} de {month}. Llevá tu CV impreso. Entrada libre.",
                        "La Oficina Municipal de Colocación invita a un curso de alfabetización digital para búsqueda de empleo. Inicia el {day}."]),
             [], None, sig="Equipo de Vinculación Laboral", sender=(pick(rng, ["Bolsa de Trabajo Municipal", "Servicio de Empleo " + c["city"], "Coaching de Carrera"]), "eventos@empleo-local.org"))


def n_scam(rng, c):
    a = pick(rng, ["¡Felicidades! Fuiste seleccionad{o} para un trabajo desde casa.", "Estimado candidato: su perfil fue aprobado para el puesto de asistente remoto.",
                   "Hola, tenemos una vacante de digitador/a sin experiencia.", "URGENTE: empresa internacional busca personal para trabajo remoto."])
    b = pick(rng, ["Solo 2 horas al día, ganancias de $500 diarios.", "Sueldo de $2.500 USD mensuales, pago semanal.", "Sin entrevista, inicias mañana mismo.",
                   "Trabajás desde el celular dando likes a productos."])
    d = pick(rng, ["Para activar tu cuenta paga la inscripción de $39 USD.", "Envíe copia de su INE y datos bancarios para el alta.",
                   "Escribe al WhatsApp +1 555 0199 para recibir el kit de bienvenida (costo de envío $25).", "Deposita el seguro de contratación en la cuenta indicada."])
    return P(pick(rng, ["¡FELICIDADES! Fuiste seleccionad{o} 💰", "Trabajo desde casa – gana $2.500 USD al mes", "Oferta de empleo inmediata", "Vacante remota disponible HOY"]),
             f"{a} {b} {d}", [], None, raw=True, sender=(pick(rng, ["Recursos Humanos Internacional", "Depto. Contratación", "Amazon Empleos Remotos"]), f"rrhh.seleccion{rng.randint(10, 99)}@gmail.com"))


def n_rental(rng, c):
    return P(pick(rng, ["Re: Departamento en {city}", "Solicitud de arriendo"]), pick(rng, [
        "Hola {first}, gracias por tu interés en el depto. Lamentablemente el propietario eligió a otros inquilinos con aval. Suerte en la búsqueda.",
        "Le informamos que su solicitud de arriendo no fue aprobada, ya que no cumple con la renta mínima exigida."]), [], None,
        sender=(pick(rng, ["Inmobiliaria Los Pinos", "Corredora Propiedades Sur"]), "contacto@propiedades-sur.cl"))


def n_admission(rng, c):
    return P(pick(rng, ["Resultado de admisión – Maestría", "Resultado convocatoria de becas"]), pick(rng, [
        "Lamentamos informarle que su solicitud de admisión al programa de Maestría no fue aceptada en esta convocatoria.",
        "Tras la evaluación del comité, su postulación a la beca de movilidad no resultó seleccionada. Podrá postular nuevamente el próximo año."]),
        [], None, sig="", sender=("Coordinación de Posgrado", "posgrado@universidad-ejemplo.edu"))


def n_loan(rng, c):
    return P("Tu solicitud de crédito", pick(rng, [
        "Revisamos tu solicitud de crédito personal y por ahora no podemos aprobarla. Puedes volver a intentarlo en 90 días.",
        "Tu solicitud de tarjeta de crédito fue rechazada por no cumplir con la política de riesgo vigente."]), [], None,
        sender=("Banco Popular Andino", "notificaciones@bpandino.com"))


def n_personal(rng, c):
    a = pick(rng, ["Che, ", "Oye, ", "Hola amiga, ", "Qué onda, ", "Hola hijo/a, ", ""])
    b = pick(rng, ["¿venís el sábado al asado? Traé algo para tomar.", "¿cómo te fue en la entrevista?", "te paso las fotos del cumple de la abuela.",
                   "el domingo hay once en la casa de la tía, ¿vienes?", "¿me prestas el cargador que dejé en tu depto?", "ya vi que estás buscando pega, qué bueno."])
    d = pick(rng, ["Mi prima dice que en esa empresa tardan mil en responder, no te preocupes.", "Avisame cualquier cosa.", "Besos!", "Cuídate mucho.",
                   "Y si no sale esa, sale otra, tranqui.", ""])
    return P(pick(rng, ["asado el sábado?", "Re: la entrevista jaja", "fotos del cumple", "once del domingo", "oye", "(sin asunto)"]), (a + b + " " + d).strip(),
             [], None, raw=True, sender=(pick(rng, ["Tía Marta", "Juanchi", "Lupita R.", "Nico", "Pao Medina", "Mamá"]), f"{pick(rng, ['marta.r', 'juanchi88', 'lupita.rdz', 'nico.fz', 'pao.m'])}@gmail.com"))


def n_jobcentre(rng, c):
    return P("Citación Servicio Nacional de Empleo", pick(rng, [
        "Le recordamos su cita de orientación laboral el {day} {num} de {month} a las {hour} en la oficina de {city}. Traiga su documento de identidad.",
        "Su inscripción en la bolsa nacional de empleo fue actualizada. Revise las vacantes sugeridas en su cuenta."]), [], None,
        sender=("Servicio de Empleo", "no-responder@empleo.gob.example"))


# ---------------------------------------------------------------- Sent negatives
def s_thanks(rng, c):
    return P("Gracias por la entrevista", pick(rng, ["Muchas gracias por el tiempo de hoy, {rec_first}. Me quedé con muy buena impresión del equipo y quedo atent{o} a los próximos pasos.",
                                                      "Les agradezco la entrevista de esta mañana. Me encantó conocer más sobre el puesto."]), [], c["company"], folder="Sent")


def s_withdraw(rng, c):
    return P("Re: Proceso {role}", pick(rng, ["Les agradezco mucho, pero acepté otra propuesta y prefiero retirarme del proceso. Ojalá coincidamos más adelante.",
                                             "Quería avisarles que me bajo del proceso por motivos personales. Gracias por la consideración."]), [], c["company"], folder="Sent")


def s_accept(rng, c):
    return P("Re: Propuesta laboral – {role}", pick(rng, ["¡Acepto la propuesta! Muchas gracias. Confirmo ingreso para el {day} {num} de {month}. Les envío firmada la carta oferta.",
                                                         "Con mucho gusto acepto la oferta. Quedo atent{o} a los documentos para el ingreso."]), [], c["company"], folder="Sent",
             quoted="Nos da mucho gusto ofrecerte el puesto de {role}.", quoted_who="emp")


def s_schedule(rng, c):
    return P("Re: Invitación a entrevista – {role}", pick(rng, ["Perfecto, confirmo el {day} a las {hour}. ¡Nos vemos!",
                                                               "Muchas gracias. El {day} no puedo por trabajo, ¿podría ser el jueves a la misma hora?"]), [], c["company"], folder="Sent",
             quoted="Te proponemos una entrevista por Meet el {day} a las {hour}.", quoted_who="emp")


def s_apply(rng, c):
    return P("Postulación – {role}", pick(rng, ["Adjunto mi CV para postular a la vacante de {role} publicada en su página. Tengo 4 años de experiencia en el área y disponibilidad inmediata.",
                                               "Les escribo por el aviso de {role}. Les comparto mi hoja de vida y quedo atent{o} a cualquier información."]), [], c["company"], folder="Sent")


KINDS = {k[2:] if k.startswith("k_") else k: v for k, v in globals().items() if k[:2] in ("k_", "n_", "s_") and callable(v)}


# ---------------------------------------------------------------- families
def _sender(kind: str):
    def f(rng, c):
        if kind == "person":
            return (c["rec"] if rng.random() < 0.6 else f"{c['rec']} - {c['company']}"), f"{slug(c['rec_first'])}.{slug(c['rec'].split()[-1])}@{c['dom']}"
        if kind == "team":
            return pick(rng, [f"RR.HH. {c['company']}", f"Reclutamiento {c['company']}", f"Talento Humano | {c['company']}"]), f"{pick(rng, ['rrhh', 'seleccion', 'talento'])}@{c['dom']}"
        return pick(rng, [f"{c['company']} Empleos", f"{c['company']} (no responder)", c["company"]]), f"no-reply@{pick(rng, ['postulaciones', 'empleos'])}.{c['dom']}"
    return f


def _sig(lines):
    def f(rng, c):
        return pick(rng, lines).format_map(c)
    return f


def _qhead(rng, c, who):
    name = c["cand_full"] if who == "cand" else c["rec"]
    addr = c["cand_addr"] if who == "cand" else c["emp_addr"]
    if rng.random() < 0.3:
        return f"-----Mensaje original-----\nDe: {name} <{addr}>\nEnviado el: {c['day']}, {c['num']} de {c['month']} de 2024 {c['hour']}\nPara: {c['emp_addr'] if who == 'cand' else c['cand_addr']}\nAsunto: {c['role']}"
    return f"El {c['day']}, {c['num']} {c['month'][:3]} 2024 a las {c['hour']}, {name} <{addr}> escribió:"


COMMON_SENT = {"sent_greet": ["Hola {rec_first}:", "Estimad{ro} {rec_first},", "Buen día,", "Hola, ¿cómo están?"],
               "sent_signoff": ["Saludos cordiales,", "Quedo atent{o},", "Muchas gracias,", "Un abrazo,", "Saludos"]}

STYLES = {
    "mx-rrhh": dict(sender=_sender("person"), greet=["Hola {first}:", "Estimad{o} {first}:", "Buen día {first},", "¡Hola {first}! Te saludo de parte de {company}."],
                    signoff=["Quedamos atentos.", "Saludos cordiales,", "Sin más por el momento, quedo a tus órdenes.", "Bonito día,"],
                    sig=_sig(["{rec}\nReclutamiento y Selección | {company}\n{city}, México", "Lic. {rec}\nRecursos Humanos\nTel. 81 {ref}", "{rec_first}\nRR.HH."]),
                    footer=["Este correo y sus anexos son confidenciales. Consulta nuestro Aviso de Privacidad en www.{dom}/privacidad.", "Antes de imprimir este correo, piensa en el medio ambiente 🌱"],
                    html_only=0.08, html_alt=0.15),
    "ar-startup": dict(sender=_sender("person"), greet=["¡Hola {first}!", "Hola {first}, ¿cómo estás?", "{first}, ¿qué tal?", "Buenas, {first}:"],
                       signoff=["Abrazo!", "Saludos,", "Cualquier cosa, escribinos.", "Gracias de nuevo!", "Un saludo grande,"],
                       sig=_sig(["{rec_first} – People @ {company}", "{rec}\nTalent Partner | {company}\n{city}, Argentina", "{rec_first}"]),
                       footer=["{company} · Hecho con ❤️ en {city}", ""], html_only=0.05, html_alt=0.1),
    "co-callcenter": dict(sender=_sender("noreply"), greet=["Cordial saludo, {first}.", "Buenas tardes, {first}:", "Señor(a) {cand_full}:", "Apreciad{o} {first}:"],
                          signoff=["Atentamente,", "Cordialmente,", "Feliz día.", "Agradecemos su atención."],
                          sig=_sig(["Equipo de Gestión Humana\n{company}", "Proceso de Selección\n{company} – {city}", "Gestión del Talento\nLínea de atención: 604 {ref}"]),
                          footer=["AVISO: De acuerdo con la Ley 1581 de 2012, sus datos personales serán tratados conforme a nuestra política de tratamiento de datos.", "Este es un mensaje automático, por favor no lo responda."],
                          footer_p=0.8, html_only=0.3, html_alt=0.3),
    "cl-minera": dict(sender=_sender("team"), greet=["Estimad{o} {first}:", "Hola {first}, junto con saludar,", "Sr(a). {cand_full}:", "Estimad{o} postulante:"],
                      signoff=["Saluda atentamente,", "Atte.,", "Saludos cordiales,", "Se despide atentamente,"],
                      sig=_sig(["{rec}\nAnalista de Reclutamiento\n{company}\nFaena {city}", "Gerencia de Personas\n{company}", "{rec}\nPsicólog{ro} Laboral | {company}"]),
                      footer=["La información contenida en este correo es confidencial y de uso exclusivo del destinatario.", "Seguridad primero: cero daño a las personas."],
                      footer_p=0.7, html_only=0.1, html_alt=0.25),
    "coop-ong": dict(sender=_sender("person"), greet=["Querid{o} {first}:", "Hola {first},", "Hola, {first}. ¡Ojalá estés bien!"],
                     signoff=["Un abrazo solidario,", "Con cariño,", "Saludos,", "Seguimos en contacto."],
                     sig=_sig(["{rec}\nCoordinación de Personas\n{company}", "{rec_first}\n{company} – {city}"]),
                     footer=["Sumate como voluntari@: www.{dom}/voluntariado", ""], html_only=0.05, html_alt=0.1),
    "univ-provincia": dict(sender=_sender("team"), greet=["Estimad{o} {first}:", "Sr./Sra. {cand_full}:", "De nuestra consideración:"],
                           signoff=["Atentamente,", "Saludos cordiales,", "Sin otro particular, saludamos atentamente."],
                           sig=_sig(["Dirección de Recursos Humanos\n{company}", "Comisión de Concursos\n{company}\n{city}", "{rec}\nDepartamento de Personal"]),
                           footer=["Por favor, no responda a este correo; para consultas diríjase a mesa de entradas.", "{company} – Expediente N.º {ref}/2024"],
                           footer_p=0.6, html_only=0.12, html_alt=0.2),
    "sent": dict(sender=_sender("person"), greet=[""], signoff=[""], sig=_sig([""]), footer=[], html_only=0, html_alt=0),
    "sent-celu": dict(sender=_sender("person"), greet=[""], signoff=[""], sig=_sig([""]), footer=[], html_only=0, html_alt=0,
                      sent_greet=["Hola!", "Buenas {rec_first}", "Hola {rec_first} 👋", ""], sent_signoff=["Saludos!", "Gracias!!", "Slds", "Enviado desde mi celular"]),
    "portal": dict(sender=_sender("noreply"), greet=["Hola {first},"], signoff=["Saludos,"], sig=_sig(["El equipo"]), footer=[], html_only=0.3, html_alt=0.3),
    "vida": dict(sender=_sender("person"), greet=["Hola {first}:", "Estimad{o} {first}:", "Buenas,"], signoff=["Saludos,", "Atentamente,", "Abrazo"],
                 sig=_sig(["", "Atención al cliente"]), footer=["Este mensaje fue enviado automáticamente."], html_only=0.15, html_alt=0.2),
}
for _s in STYLES.values():
    for _k, _v in COMMON_SENT.items():
        _s.setdefault(_k, _v)
    _s["quote_head"] = _qhead

FRAMES = {fam: (lambda st: (lambda rng, ctx, piece, w, fam: frame(rng, ctx, piece, w, fam, st)))(st) for fam, st in STYLES.items()}

PLAN = [
    # family, kind, count
    ("mx-rrhh", "rej", 6), ("mx-rrhh", "rej_fb", 4), ("mx-rrhh", "inv", 9), ("mx-rrhh", "ack", 5), ("mx-rrhh", "offer", 5),
    ("mx-rrhh", "ack_inv", 2), ("mx-rrhh", "n_reminder", 4), ("mx-rrhh", "n_thanks", 3), ("mx-rrhh", "n_review", 3),
    ("mx-rrhh", "n_onboard", 3), ("mx-rrhh", "n_cantshare", 2), ("mx-rrhh", "fb_reply", 2), ("mx-rrhh", "n_autoreply", 2),
    ("ar-startup", "rej", 4), ("ar-startup", "rej_oc", 3), ("ar-startup", "rej_fb", 4), ("ar-startup", "inv", 7), ("ar-startup", "inv_resched", 2),
    ("ar-startup", "offer", 4), ("ar-startup", "rej_inv", 2), ("ar-startup", "n_thanks", 3), ("ar-startup", "n_closed_before", 3),
    ("ar-startup", "n_interviewer", 3), ("ar-startup", "n_review", 2), ("ar-startup", "fb_reply", 2),
    ("co-callcenter", "ack", 7), ("co-callcenter", "ack_inv", 3), ("co-callcenter", "inv", 6), ("co-callcenter", "rej", 4),
    ("co-callcenter", "n_status", 4), ("co-callcenter", "n_confirmed", 4), ("co-callcenter", "n_pool", 3), ("co-callcenter", "n_reminder", 3),
    ("co-callcenter", "offer", 2), ("co-callcenter", "rej_oc", 2),
    ("cl-minera", "rej", 4), ("cl-minera", "rej_oc", 4), ("cl-minera", "rej_fb", 3), ("cl-minera", "inv", 5), ("cl-minera", "ack", 4),
    ("cl-minera", "offer", 3), ("cl-minera", "n_onboard", 3), ("cl-minera", "n_reminder", 2), ("cl-minera", "n_cantshare", 2),
    ("cl-minera", "rej_inv", 1), ("cl-minera", "n_headhunter", 3), ("cl-minera", "n_bounce", 2),
    ("coop-ong", "rej", 3), ("coop-ong", "rej_fb", 3), ("coop-ong", "inv", 4), ("coop-ong", "ack", 3), ("coop-ong", "offer", 2),
    ("coop-ong", "n_thanks", 2), ("coop-ong", "n_webinar", 3), ("coop-ong", "fb_reply", 2), ("coop-ong", "n_review", 2),
    ("univ-provincia", "rej", 3), ("univ-provincia", "rej_oc", 3), ("univ-provincia", "inv", 3), ("univ-provincia", "ack", 3),
    ("univ-provincia", "n_admission", 5), ("univ-provincia", "n_status", 3), ("univ-provincia", "n_pool", 2), ("univ-provincia", "rej_inv", 2),
    ("sent", "fbreq", 8), ("sent", "s_thanks", 3), ("sent", "s_withdraw", 3), ("sent", "s_accept", 3), ("sent", "s_schedule", 3), ("sent", "s_apply", 3),
    ("sent-celu", "fbreq", 7), ("sent-celu", "s_thanks", 3), ("sent-celu", "s_withdraw", 2), ("sent-celu", "s_accept", 2), ("sent-celu", "s_schedule", 3), ("sent-celu", "s_apply", 3),
    ("portal", "n_alert", 9), ("portal", "n_views", 5), ("portal", "n_complete", 5), ("portal", "n_portal_ack", 6), ("portal", "n_newsletter", 7),
    ("portal", "n_scam", 5), ("portal", "n_webinar", 3),
    ("vida", "n_rental", 5), ("vida", "n_loan", 4), ("vida", "n_personal", 6), ("vida", "n_jobcentre", 4), ("vida", "n_admission", 2), ("vida", "n_scam", 2),
]


def generate(rng: random.Random) -> Iterable[dict]:
    """Yield the Latin-American Spanish records."""
    kinds = {k.removeprefix("n_").removeprefix("s_"): v for k, v in KINDS.items()}
    kinds.update(KINDS)
    w = Writer(FAMILY_PREFIX, "es")
    yield from run_plan(rng, w, PLAN, FRAMES, kinds, new_ctx)
