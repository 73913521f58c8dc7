"""Writer w28 fragment banks: evaluative feedback by topic (weaknesses phrased indirectly),
praise that is not a topic, decisions, outside-control reasons, next-round invitations, in
en/de/fr/es. {r} = role, {c} = company."""

from __future__ import annotations

import random

WEAK_EN: dict[str, list[str]] = {
    "coding": [
        "the code you wrote in the pairing session worked for the happy path but fell over on empty input, and the tests never caught it",
        "your solution to the second exercise was quite hard to follow; variable names and structure made it difficult to see the intent",
        "the live exercise took a long time to reach a running version, and several off-by-one slips needed hints",
        "we expected cleaner decomposition in the take-home: most of the logic sat in one 300-line function",
        "error handling in the submission was thin, and there were no tests around the parsing code",
        "when refactoring the sample you introduced a regression and didn't notice until the interviewer pointed it out",
        "the implementation was brute force and you didn't spot the quadratic loop even when asked about larger inputs",
        "hands-on programming came across as rusty, which matters for a role that is mostly writing code",
        "the panel felt the SQL you wrote would not have returned the right rows once duplicates were involved",
        "we'd have liked to see you write a few tests before declaring the function done",
        "the code review exercise: you caught the style nits but missed the concurrency bug that was the point of it",
        "your fluency in the language we use day to day wasn't quite where we need it",
    ],
    "system_design": [
        "I'd have liked to see you reason more about how the service would behave at ten times the load",
        "the architecture discussion stayed at the box-and-arrow level; caching, queues and failure modes barely came up",
        "when the interviewer introduced a second region, the design didn't really adapt",
        "you jumped to a database choice before clarifying read and write patterns",
        "the design round felt thin on trade-offs: we heard one approach and not why it beat the alternatives",
        "there was little discussion of how data would be partitioned once a single node wasn't enough",
        "the end-to-end picture of the pipeline was missing, in particular what happens when a downstream step is slow",
        "scaling and resilience were the weaker part of the whiteboard session",
        "we didn't get a clear sense of how you'd structure the components or where the boundaries between services would sit",
        "the proposed design had a single point of failure that stayed in place through the whole discussion",
    ],
    "technical_depth": [
        "when we went a level deeper on the tools listed on your CV, the answers stayed fairly general",
        "your understanding of how the framework works under the hood seemed limited once we moved past the basics",
        "the follow-up questions on indexing and query plans exposed some gaps",
        "on statistics, the answers about sampling bias and significance were a bit shaky",
        "the team wanted more depth on the networking fundamentals, DNS and TLS in particular",
        "you described the migration well but couldn't explain why the approach you chose was safe",
        "knowledge of current accounting standards was not as deep as the role requires",
        "specialist knowledge in pharmacovigilance came across as textbook rather than applied",
        "the panel found your grasp of memory management in embedded C a little superficial",
        "several answers on security fundamentals were correct but didn't show real understanding of why",
        "when pressed on model evaluation you struggled to go beyond accuracy as a metric",
    ],
    "behavioural": [
        "your answers about past projects lacked specifics about your own role in them",
        "the examples you gave often described what the team did rather than what you did",
        "when asked about a time something went wrong, the story didn't get to what you learned from it",
        "we struggled to get concrete examples; many answers were hypothetical ('I would...') rather than drawn from experience",
        "the conflict question got a fairly generic answer without a real situation behind it",
        "the stories were long on background and short on outcome",
        "you didn't really give us an example of handling a difficult stakeholder, which is a daily part of this job",
        "several competency answers ran out of time before reaching the result",
        "we'd have liked more evidence of you taking ownership when a project went sideways",
    ],
    "communication": [
        "some answers were hard to follow; it took a while to get to the point",
        "explaining technical ideas to the non-technical panellist was the weaker area",
        "you tended to talk at length without checking whether the interviewer was following",
        "the written summary you sent after the case was long and lacked a clear recommendation",
        "at times it was difficult to understand your reasoning because you didn't think out loud",
        "the presentation slides were dense and the key message got lost",
        "answers were often very brief, and we had to pull the detail out of you",
        "we found it hard to follow the structure of your explanation of the case study",
        "clarity with the client-facing role-play was below what we'd need",
    ],
    "questions_to_ask": [
        "you didn't have any questions for us at the end, which the panel read as limited interest",
        "the questions you asked were mostly about perks rather than the team or the work",
        "we'd have liked you to ask more about the product and the problems we're trying to solve",
        "when given the chance to ask about the role, you didn't really take it",
        "it would have helped to show more curiosity about the business, for example through your own questions",
        "the few questions you asked were ones answered on our careers page",
    ],
    "composure": [
        "you seemed rattled when the interviewer challenged your estimate",
        "nerves seemed to get the better of you in the technical part, and it affected your answers",
        "when the live exercise went off track it was hard for you to regroup",
        "under time pressure in the case study your approach became quite scattered",
        "the panel noticed you became defensive when questioned on your assumptions",
        "the stress interview portion clearly threw you, and you didn't recover your footing",
        "when the data in the exercise changed mid-way you appeared flustered",
        "you seemed to lose confidence after the first question didn't go well",
    ],
    "experience_level": [
        "we'd want to see more years leading teams for this position",
        "your hands-on experience with large enterprise clients is still a bit limited",
        "we felt you'd benefit from another year or two in a hands-on role before taking on people management",
        "your exposure to regulated environments is lighter than this job needs",
        "you haven't yet owned a budget of the size this role carries",
        "the breadth of your commercial experience is not quite there yet",
        "we need someone who has run a ward independently, and that's not yet in your background",
        "you're earlier in your career than the scope of the role really suits",
    ],
    "collaboration": [
        "we'd have liked you to push back more on requirements when working with the product manager in the exercise",
        "in the group exercise you worked largely on your own and didn't bring others into the discussion",
        "we didn't hear much about how you work with designers or how you resolve disagreements with peers",
        "the pair session felt one-way: you didn't take on the interviewer's suggestions",
        "in the team task you tended to dominate and others found it hard to contribute",
        "there was little sign of how you'd build relationships across departments",
        "when the other candidate disagreed in the group case, you didn't engage with their idea",
        "cross-functional working, which is most of this job, came through less strongly",
    ],
    "cv_positioning": [
        "the CV undersold the migration project you talked about so well in person",
        "your CV reads as a list of duties; it's hard to see outcomes or impact from it",
        "the portfolio led with older visual work and hid your strongest product case studies at the end",
        "your application didn't make clear how your background connects to this role",
        "the cover letter was generic and could have been sent to any company",
        "the portfolio shows final screens but very little of the process behind them",
        "the CV is long and the most relevant experience is buried on page three",
        "from your application alone it was hard to tell which projects you led and which you supported",
    ],
}

PRAISE_EN = [
    "Your enthusiasm for the product came through clearly.",
    "The panel liked your structured approach to the case.",
    "Everyone enjoyed your energy and curiosity.",
    "Your coding was clean and well tested.",
    "You built a great rapport with the team.",
    "Your domain knowledge is clearly strong.",
    "The take-home was well documented, which we appreciated.",
    "Your portfolio has some genuinely lovely visual work.",
    "Your answers on stakeholder management were strong.",
    "The presentation was confident and well paced.",
    "You clearly prepared well and knew our business.",
    "We were impressed with how quickly you picked up the problem.",
    "Your examples of mentoring juniors were really good.",
    "Technically you were solid throughout.",
    "You communicated clearly and calmly.",
    "The interviewers appreciated how candid you were about past mistakes.",
    "Your questions about our roadmap were sharp.",
    "You handled the curveball question in the second round very well.",
    "Your references to our recent product launch showed real interest.",
    "The team liked how you collaborated with the interviewer in the pairing exercise.",
]

DECISION_EN = [
    "After a lot of discussion we've decided not to move forward with your application for the {r} role.",
    "I'm sorry to say we won't be progressing your application to the next stage.",
    "Unfortunately we've decided to offer the {r} position to another candidate.",
    "We won't be taking your application for {r} any further.",
    "I'm afraid it's a no from us this time.",
    "The panel has decided not to proceed with your candidacy.",
    "We've concluded the process for {r} and, regretfully, you were not successful on this occasion.",
    "I wanted to let you know personally that we won't be making you an offer.",
    "We have chosen to continue with other applicants whose profiles fit the current needs more closely.",
    "It's not the news you were hoping for: we're not able to take you forward for {r}.",
    "Sadly the outcome of the final round was not in your favour.",
    "This time we've decided to go a different way.",
    "I'm writing with the outcome of the final interviews, and unfortunately it isn't an offer.",
    "We've now made our decision on the {r} vacancy and I'm afraid we won't be taking you forward.",
    "Regrettably, the panel did not recommend progressing your application.",
    "We're not going to move ahead with your candidacy for {r}.",
    "You came close, but we've offered the job to someone else.",
    "On balance the panel decided against progressing to an offer.",
    "I'm sorry to tell you that your application for {r} has been unsuccessful.",
    "We won't be inviting you to the next stage.",
]

OC_EN: dict[str, list[str]] = {
    "role_filled": ["The position has now been filled.", "We've since filled the role internally.",
                    "An offer has been accepted by another candidate, so the role is no longer open.",
                    "The vacancy was filled earlier this week."],
    "budget_freeze": ["Headcount for the team has been frozen until next year.",
                      "Budget for the position was pulled in this quarter's review.",
                      "We've been asked to pause all new hiring while we reassess our finances.",
                      "A hiring freeze came into effect on Monday, which affects this role."],
    "closer_fit": ["We went with someone whose experience matched the brief a little more closely.",
                   "Another applicant had a background that lined up more directly with what the team needs right now.",
                   "We chose a candidate with more direct experience in our sector.",
                   "The successful candidate's skills overlapped more with the immediate project."],
    "level_mismatch": ["In the end we realised we need someone more senior for this one.",
                       "We've decided the role should be hired at a more junior level.",
                       "The team concluded that the position calls for a principal-level hire.",
                       "Your experience is above the level we're hiring for at the moment."],
    "role_cancelled": ["The role itself has been withdrawn after a reorganisation.",
                       "We've decided not to fill the position at all this year.",
                       "The project behind this vacancy has been cancelled.",
                       "Following a restructure, the opening no longer exists."],
}

FB_INTRO_EN = [
    "I promised to share some feedback, so here it is.",
    "I've collected the panel's notes and wanted to pass on the main points.",
    "The team asked me to give you some honest feedback, which I hope is useful.",
    "Here's a summary of what the interviewers said.",
    "Some thoughts from the hiring manager below, in their own words where possible.",
    "I know feedback is the part of the process people most often don't get, so here is ours.",
    "To be transparent about how we reached the decision:",
    "Thanks for asking about feedback. I went back through the scorecards.",
    "You asked what you could do differently, and it's a fair question.",
    "I'll be direct, because I think that's the most useful thing I can do.",
    "The interviewers wrote up their notes, and I've pulled out the parts that matter most.",
    "For what it's worth, here is how the panel saw it.",
    "I'd rather you hear the reasoning than get a form letter, so:",
    "Below is a short version of the debrief.",
    "A few points came up consistently in the debrief.",
]

INVITE_NEXT_EN = [
    "We'd like to invite you to the final stage: a 90-minute onsite with the team. Could you send me a few times that work next week?",
    "Good news: we'd like to move you forward to the technical interview. Please pick a slot here: https://{d}/schedule/{k}",
    "The next step is a conversation with our Head of {h}. Are you free on {s}?",
    "We'd love to see you at the next round, a case-study session of about an hour. I'll send a calendar invitation once you confirm availability.",
    "We'd like you to come in for a second interview on {s}. Does that suit?",
    "Please book a 45-minute panel interview using the link below: https://{d}/book/{k}",
]

CLOSE_EN = [
    "I hope this is useful, and I'd be glad to hear from you again in future.",
    "Please don't be discouraged; it was a close call.",
    "Thank you again for the time you put into the process.",
    "Do keep an eye on our careers page: we'd be happy to see you apply again.",
    "Good luck with your search.",
    "If you'd like to talk any of this through, just reply.",
    "We wish you every success.",
    "Thanks for being so engaged throughout.",
    "I'm sure the right role isn't far away.",
    "Wishing you the best with whatever comes next.",
    "I really hope our paths cross again.",
    "",
]

# ---------------- de / fr / es ----------------
WEAK_DE: dict[str, list[str]] = {
    "coding": ["beim Live-Coding hat die Lösung leere Eingaben nicht abgefangen und es fehlten Tests",
               "der Code in der Probeaufgabe war schwer lesbar und kaum strukturiert"],
    "system_design": ["bei der Architekturfrage fehlten uns Überlegungen zur Skalierung und zum Ausfallverhalten",
                      "das Systemdesign blieb recht oberflächlich, Abwägungen zwischen Alternativen kamen kaum vor"],
    "technical_depth": ["bei den Nachfragen zu Datenbanken und Indizes blieben die Antworten eher allgemein",
                        "das Fachwissen im Bereich HGB/IFRS war nicht so tief, wie wir es für die Stelle brauchen"],
    "behavioural": ["bei den Fragen zu früheren Projekten wurde nicht klar, was Ihr eigener Beitrag war",
                    "Ihre Beispiele blieben häufig hypothetisch statt aus echter Erfahrung zu kommen"],
    "communication": ["Ihre Antworten waren teilweise sehr ausschweifend und schwer nachzuvollziehen",
                      "die Präsentation war inhaltlich gut, aber die Kernaussage ging unter"],
    "questions_to_ask": ["am Ende hatten Sie keine eigenen Fragen an uns, das hat das Team etwas überrascht"],
    "composure": ["als die Aufgabe schiefging, wirkten Sie spürbar verunsichert",
                  "unter Zeitdruck im Fallbeispiel ging die Struktur verloren"],
    "experience_level": ["uns fehlt noch Erfahrung in der disziplinarischen Führung eines Teams",
                         "für diese Position bräuchten wir mehr Berufserfahrung im Projektgeschäft"],
    "collaboration": ["in der Gruppenübung haben Sie wenig auf die Ideen der anderen reagiert",
                      "wir hätten gern mehr darüber gehört, wie Sie mit anderen Abteilungen zusammenarbeiten"],
    "cv_positioning": ["Ihr Lebenslauf hat Ihre Projekterfahrung deutlich unter Wert verkauft",
                       "das Anschreiben war sehr allgemein gehalten und nicht auf uns zugeschnitten"],
}
WEAK_FR: dict[str, list[str]] = {
    "coding": ["le code produit pendant l'exercice ne gérait pas les cas limites et n'était pas testé",
               "la solution de l'exercice technique était difficile à relire"],
    "system_design": ["sur la partie architecture, la montée en charge et la tolérance aux pannes ont peu été abordées",
                      "la conception proposée manquait d'arbitrages explicites"],
    "technical_depth": ["quand nous sommes allés plus loin sur les bases de données, les réponses sont restées assez générales",
                        "vos connaissances en fiscalité des entreprises nous ont paru un peu légères pour le poste"],
    "behavioural": ["dans vos exemples, on distinguait mal votre rôle personnel de celui de l'équipe",
                    "les situations décrites restaient souvent théoriques"],
    "communication": ["certaines réponses étaient longues et il était difficile d'en saisir l'idée principale",
                      "la restitution écrite du cas manquait de clarté"],
    "questions_to_ask": ["vous n'avez pas posé de questions sur l'équipe ni sur le produit en fin d'entretien"],
    "composure": ["lorsque le jury a contesté votre chiffrage, vous avez semblé déstabilisé(e)",
                  "le stress a visiblement pesé sur la seconde partie de l'entretien"],
    "experience_level": ["il vous manque encore une expérience de management d'équipe pour ce poste",
                         "votre expérience en grands comptes reste un peu courte"],
    "collaboration": ["lors de l'exercice collectif, vous avez peu sollicité les autres participants",
                      "nous aurions aimé entendre comment vous travaillez avec les équipes produit"],
    "cv_positioning": ["votre CV ne met pas assez en valeur le projet de migration dont vous avez parlé",
                       "votre portfolio montre le résultat final mais peu la démarche"],
}
WEAK_ES: dict[str, list[str]] = {
    "coding": ["en la prueba técnica el código no contemplaba casos límite y no incluía pruebas",
               "la solución del ejercicio era difícil de leer y poco estructurada"],
    "system_design": ["en la parte de diseño de sistemas faltó hablar de escalabilidad y de qué pasa cuando algo falla",
                      "la arquitectura propuesta se quedó en un nivel muy general"],
    "technical_depth": ["al profundizar en bases de datos, las respuestas se quedaron en lo básico",
                        "el conocimiento de normativa laboral no era tan profundo como necesitamos"],
    "behavioural": ["en los ejemplos de proyectos anteriores no quedaba claro cuál había sido tu papel",
                    "las respuestas sobre situaciones difíciles fueron bastante genéricas"],
    "communication": ["algunas respuestas se alargaban y costaba seguir el hilo",
                      "la presentación tenía demasiada información y el mensaje principal se perdía"],
    "questions_to_ask": ["al final no hiciste preguntas sobre el equipo ni sobre el puesto"],
    "composure": ["cuando el entrevistador cuestionó tu estimación, te vimos algo nervioso/a",
                  "con la presión del tiempo el caso práctico perdió estructura"],
    "experience_level": ["buscamos más años de experiencia liderando equipos",
                         "todavía te falta experiencia con clientes internacionales para este puesto"],
    "collaboration": ["en la dinámica de grupo trabajaste bastante por tu cuenta",
                      "nos habría gustado saber más de cómo colaboras con otros departamentos"],
    "cv_positioning": ["tu CV no refleja bien el proyecto de migración del que nos hablaste",
                       "la carta de presentación era muy genérica"],
}
WEAK = {"en": WEAK_EN, "de": WEAK_DE, "fr": WEAK_FR, "es": WEAK_ES}

PRAISE = {
    "en": PRAISE_EN,
    "de": ["Ihre Motivation war deutlich spürbar.", "Fachlich hat uns vieles überzeugt.",
           "Das Team fand das Gespräch sehr angenehm.", "Ihre Präsentation war gut vorbereitet."],
    "fr": ["Votre motivation était évidente.", "Le jury a apprécié votre préparation.",
           "Votre parcours est très intéressant.", "L'échange a été très agréable."],
    "es": ["Tu motivación se notó desde el principio.", "Al equipo le gustó mucho tu preparación.",
           "Tu trayectoria es muy interesante.", "La conversación fue muy agradable."],
}
DECISION = {
    "en": DECISION_EN,
    "de": ["Leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
           "Wir müssen Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.",
           "Nach reiflicher Überlegung können wir Ihnen leider keine Zusage geben."],
    "fr": ["Nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature.",
           "Après réflexion, nous avons retenu un autre profil.",
           "Malheureusement, votre candidature n'a pas été retenue pour la suite du processus."],
    "es": ["Lamentamos comunicarte que no continuaremos con tu candidatura.",
           "Tras valorarlo con calma, hemos decidido seguir con otra persona.",
           "Por desgracia, no vas a pasar a la siguiente fase del proceso."],
}
FB_INTRO = {
    "en": FB_INTRO_EN,
    "de": ["Gern gebe ich Ihnen ein kurzes Feedback aus dem Gespräch:", "Wie versprochen hier unser Feedback:",
           "Das Team hat mir folgende Punkte mitgegeben:"],
    "fr": ["Comme promis, voici quelques retours du jury :", "Voici un retour sur votre entretien :",
           "Pour être transparents, voici ce qui a pesé dans la décision :"],
    "es": ["Como te prometí, te paso algunos comentarios del equipo:", "Te comparto la valoración de la entrevista:",
           "Para ser transparentes, esto es lo que pesó en la decisión:"],
}
WEAK_LEAD = {
    "en": ["However, {w}.", "The main gap: {w}.", "Where it fell short: {w}.", "On the other hand, {w}.",
           "What held you back was that {w}.", "One thing to work on: {w}.", "Honestly, {w}."],
    "de": ["Allerdings: {w}.", "Verbesserungspotenzial sehen wir hier: {w}.", "Was uns gefehlt hat: {w}."],
    "fr": ["En revanche, {w}.", "Point d'amélioration : {w}.", "Ce qui a manqué : {w}."],
    "es": ["Sin embargo, {w}.", "Como punto de mejora: {w}.", "Lo que echamos en falta: {w}."],
}
CLOSE = {
    "en": CLOSE_EN,
    "de": ["Wir wünschen Ihnen für Ihre weitere Suche alles Gute.", "Vielen Dank nochmals für Ihre Zeit.", ""],
    "fr": ["Nous vous souhaitons une belle suite dans vos recherches.", "Merci encore pour votre temps.", ""],
    "es": ["Te deseamos mucha suerte en tu búsqueda.", "Gracias de nuevo por tu tiempo.", ""],
}
INVITE_NEXT = {
    "en": INVITE_NEXT_EN,
    "de": ["Trotzdem möchten wir Sie gern zur zweiten Runde einladen – passt Ihnen {s}?",
           "Wir laden Sie herzlich zum Fachgespräch mit dem Team ein. Bitte wählen Sie einen Termin: https://{d}/termin/{k}"],
    "fr": ["Nous souhaitons néanmoins vous inviter au second entretien. Seriez-vous disponible {s} ?",
           "Nous vous proposons de passer à l'étape suivante : un entretien avec le manager. Réservez un créneau ici : https://{d}/rdv/{k}"],
    "es": ["Aun así, nos gustaría invitarte a la siguiente entrevista. ¿Te viene bien el {s}?",
           "Queremos que pases a la fase final: una entrevista con la directora del área. Elige hueco aquí: https://{d}/agenda/{k}"],
}


# phrases that only make sense in one industry: used only for employers of that industry
SPECIFIC = {"ward": ("health",), "accounting": ("finance",), "pharmacovigilance": ("pharma", "health"),
            "embedded C": ("engineering", "tech"), "regulated environments": ("finance", "pharma", "health", "energy"),
            "SQL": ("tech", "finance", "consulting", "games"), "framework": ("tech", "games"),
            "networking fundamentals": ("tech",), "HGB/IFRS": ("finance",), "fiscalité": ("finance", "law", "consulting"),
            "normativa laboral": ("law", "consulting"), "indexing": ("tech", "games", "finance"),
            "concurrency": ("tech", "games", "engineering")}


def fits(phrase: str, industry: str | None) -> bool:
    for key, inds in SPECIFIC.items():
        if key in phrase and industry not in inds:
            return False
    return True


def pick_weak(rng: random.Random, lang: str, topic: str, industry: str | None) -> str:
    opts = [p for p in WEAK[lang][topic] if fits(p, industry)] or [p for p in WEAK[lang][topic] if fits(p, None)] or WEAK[lang][topic]
    return rng.choice(opts)


def weak_lines(rng: random.Random, lang: str, k: int, industry: str | None = None,
               pool: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Pick k distinct topics; return (weakness phrases, topic names)."""
    topics = rng.sample(pool or sorted(WEAK[lang]), k)
    return [pick_weak(rng, lang, t, industry) for t in topics], topics


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]
