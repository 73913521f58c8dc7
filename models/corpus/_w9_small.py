"""Italian, Dutch and Portuguese word banks for writer w9 (smaller: the core kinds only)."""

from __future__ import annotations

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]


def _fmt_it(d: int, m: int) -> str:
    return f"{d}/{m:02d}/2026" if d % 2 else f"{d} {MESI[m - 1]} 2026"


def _fmt_nl(d: int, m: int) -> str:
    return f"{d}-{m}-2026" if d % 2 else f"{d} {MAANDEN[m - 1]} 2026"


def _fmt_pt(d: int, m: int) -> str:
    return f"{d}/{m:02d}/2026" if d % 2 else f"{d} de {MESES_PT[m - 1]} de 2026"


IT_KINDS = {
    "ack": dict(labels=["application_ack"], subj=["La tua candidatura per {role}", "Conferma di ricezione – {role} (rif. {ref})", "Grazie per esserti candidato in {co}"], body=[
        ["grazie per aver inviato la tua candidatura per la posizione di {role}: ti confermiamo di averla ricevuta.", "abbiamo ricevuto la tua candidatura per la posizione {ref} e ti ringraziamo per l'interesse verso {co}."],
        ["Il nostro team selezione valuterà il tuo profilo e ti ricontatterà entro {days} giorni.", "Puoi seguire lo stato della candidatura nel portale: {link}", "Se il tuo profilo sarà in linea, ti contatteremo per un colloquio conoscitivo."],
        ["", "Questa è una email automatica, ti preghiamo di non rispondere."]]),
    "ack_invite": dict(labels=["application_ack", "interview_invite"], subj=["Candidatura ricevuta – completa il test online"], body=[
        ["abbiamo ricevuto la tua candidatura per {role}, grazie!"],
        ["Come primo passo ti invitiamo a svolgere un test online di circa {dur} minuti, disponibile per {days} giorni: {link}", "Il prossimo step è una prova tecnica sulla nostra piattaforma: {link}"], ["In bocca al lupo!", ""]]),
    "inv_phone": dict(labels=["interview_invite"], subj=["Colloquio telefonico – {role}", "Possiamo sentirci? {role} in {co}"], body=[
        ["il tuo profilo ci ha colpito e vorremmo fissare un primo colloquio telefonico.", "a seguito della tua candidatura, vorremmo invitarti a un breve colloquio conoscitivo."],
        ["Saresti disponibile {wday} {date} alle {time}?", "Puoi prenotare uno slot di {dur} minuti qui: {link}"], ["A presto.", ""]]),
    "inv_tech": dict(labels=["interview_invite"], subj=["Invito al colloquio tecnico", "Secondo colloquio – {role}"], body=[
        ["siamo lieti di comunicarti che hai superato la prima fase.", "il team vorrebbe incontrarti per un colloquio tecnico."],
        ["Si terrà in videochiamata, circa {dur} minuti, con due sviluppatori: domande di architettura e un piccolo esercizio di coding.", "Ti aspettiamo nei nostri uffici di {city} il {date} alle {time} per il colloquio finale."],
        ["Confermi la disponibilità?", "Scegli l'orario qui: {link}"]]),
    "rej": dict(labels=["rejection"], subj=["Esito della tua candidatura", "La tua candidatura per {role}", "Aggiornamento sulla selezione {ref}"], body=[
        ["ti ringraziamo per l'interesse mostrato verso {co} e per il tempo dedicato alla selezione.", "grazie per aver partecipato al processo di selezione per {role}."],
        ["Purtroppo dobbiamo comunicarti che non proseguiremo con la tua candidatura.", "Dopo un'attenta valutazione abbiamo deciso di procedere con altri profili.", "Ci dispiace informarti che la tua candidatura non è stata selezionata."],
        "{REASON}", ["", "Dato l'elevato numero di candidature, non ci è possibile fornire un riscontro individuale."], ["Ti auguriamo il meglio per il tuo futuro professionale.", "Conserveremo il tuo CV per future opportunità, salvo diversa indicazione."]]),
    "rej_fb": dict(labels=["rejection", "feedback"], subj=["Feedback sul tuo colloquio – {role}", "Esito dei colloqui"], body=[
        ["grazie ancora per la disponibilità durante tutto il processo."], ["Abbiamo deciso di non proseguire con un'offerta.", "Purtroppo non andremo avanti con la tua candidatura."], "{FB}", "{REASON}", ["Ti auguriamo il meglio.", "Resto a disposizione per una chiamata."]]),
    "offer": dict(labels=["offer"], subj=["Proposta di assunzione – {role}", "La tua offerta da {co}"], body=[
        ["siamo felici di offrirti la posizione di {role} in {co}.", "a seguito dei colloqui, ho il piacere di confermarti la nostra proposta di assunzione come {role}."],
        ["In allegato trovi la lettera: contratto a tempo indeterminato, RAL di {salary} €, inizio il {start}.", "Le condizioni: CCNL Commercio, RAL {salary} €, data di inizio {start}."], ["Ti chiediamo un riscontro entro il {date}.", "Resto a disposizione per qualsiasi domanda."]]),
    "fb_reply": dict(labels=["feedback"], quote="fbreq", subj=["Feedback"], body=[["grazie per il messaggio, ti condivido volentieri qualche riscontro.", "certo, ho riletto le note del colloquio."], "{FB}", ["Spero ti sia utile.", "In bocca al lupo per la ricerca."]]),
    "fbreq": dict(labels=["feedback_request"], quote="rej", subj=["Richiesta di feedback", "Feedback sul colloquio"], body=[["grazie per la risposta, anche se speravo in un esito diverso."], ["Sarebbe possibile avere un feedback sugli aspetti in cui non ho convinto?", "Potreste indicarmi su cosa dovrei migliorare?"], ["Anche poche righe mi sarebbero utili.", ""]]),
    "sent_thanks": dict(labels=[], subj=["Grazie per il colloquio"], body=[["vi ringrazio per il colloquio di oggi e per avermi presentato il team."], ["Sono ancora più motivato per la posizione di {role}.", "Resto a disposizione per qualsiasi informazione."]]),
    "sent_withdraw": dict(labels=[], subj=["Ritiro della candidatura – {role}"], body=[["vi ringrazio per l'interesse e per i colloqui."], ["Ho accettato un'altra proposta e desidero ritirare la mia candidatura."], ["Buon lavoro.", ""]]),
    "neg_status": dict(labels=[], subj=["Stato della tua candidatura"], body=[["la tua candidatura per {role} è ancora in fase di valutazione."], ["Il processo sta richiedendo più tempo del previsto; non è stata ancora presa una decisione."], ["Grazie per la pazienza."]]),
    "neg_reminder": dict(labels=[], subj=["Promemoria: colloquio del {date}"], body=[["ti ricordiamo il colloquio già fissato per il {date} alle {time}."], ["Il link alla videochiamata è nell'invito del calendario.", "Indirizzo: via Roma {dur}, {city}."]]),
    "neg_onboarding": dict(labels=[], subj=["Benvenuto in {co} – documenti per l'assunzione"], body=[["siamo felici di averti con noi dal {start}!"], ["Per il cedolino ci servono codice fiscale, IBAN e copia del documento d'identità."], ["Il primo giorno ti accoglierà {rec}."]]),
    "neg_jobalert": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Avvisi LavoroOggi", "CercoImpiego"], domains=["lavorooggi.it", "cercoimpiego.it"], local=["avvisi"],
        subj=["6 nuove offerte «{role}» a {city}"], body=[["Nuove offerte per la tua ricerca:"], "• {role} – {co}, {city}\n• {other_role} – {client}, {city}", ["Candidati con un clic!"]]),
    "neg_newsletter": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Carriere Settimanale"], domains=["carriere-news.it"], local=["newsletter"],
        subj=["Scartato dopo il colloquio? Ecco come ripartire", "Colloquio di lavoro: 5 domande trabocchetto"], body=[["Ciao a tutti,"], ["ricevere un «purtroppo non proseguiremo» non è mai piacevole: ecco come trasformare un rifiuto in opportunità.", "hai un colloquio la prossima settimana? Preparati alla domanda sui tuoi punti deboli."], ["Continua a leggere sul blog."]]),
    "neg_nonjob": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Segreteria Studenti", "Agenzia Immobiliare {rec_last}"], domains=["univ-{co_dom}", "immobiliare.it"], local=["segreteria"],
        subj=["Esito domanda di ammissione", "Il suo interesse per l'appartamento"], body=[["la commissione ha valutato la Sua domanda di ammissione alla laurea magistrale.", "La ringraziamo per l'interesse per il bilocale in centro."], ["Siamo spiacenti di comunicarLe che la domanda non è stata accolta.", "Il proprietario ha scelto un altro inquilino."]]),
    "neg_auto": dict(labels=[], greet="none", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec}.{rec_last}"], subj=["Risposta automatica: candidatura {role}"], body=[["Sono fuori ufficio fino al {date} con accesso limitato alla posta."], ["Per urgenze scrivere a hr@{co_dom}."]]),
}

NL_KINDS = {
    "ack": dict(labels=["application_ack"], subj=["Je sollicitatie voor {role}", "Ontvangstbevestiging sollicitatie {ref}", "Bedankt voor je sollicitatie bij {co}"], body=[
        ["bedankt voor je sollicitatie op de functie {role}. Hierbij bevestigen we dat we die in goede orde hebben ontvangen.", "we hebben je sollicitatie voor de vacature {role} ontvangen en danken je voor je interesse in {co}."],
        ["We bekijken je cv zorgvuldig en laten binnen {days} werkdagen van ons horen.", "Je kunt de status van je sollicitatie volgen via {link}"], ["", "Dit is een automatisch bericht; je kunt hier niet op antwoorden."]]),
    "ack_invite": dict(labels=["application_ack", "interview_invite"], subj=["Sollicitatie ontvangen – volgende stap: online assessment"], body=[
        ["we hebben je sollicitatie voor {role} ontvangen, dank je wel!"], ["Als eerste stap nodigen we je uit voor een online assessment van ongeveer {dur} minuten. De link is {days} dagen geldig: {link}"], ["Succes!", ""]]),
    "inv_phone": dict(labels=["interview_invite"], subj=["Kennismakingsgesprek {role}", "Even bellen over {role}?"], body=[
        ["je profiel sprak ons erg aan en we willen graag een eerste telefonisch gesprek inplannen.", "naar aanleiding van je sollicitatie nodigen we je graag uit voor een kennismakingsgesprek."],
        ["Schikt {wday} {date} om {time}?", "Je kunt hier zelf een moment kiezen: {link}"], ["Tot snel!", ""]]),
    "inv_tech": dict(labels=["interview_invite"], subj=["Uitnodiging tweede gesprek", "Technisch interview – {role}"], body=[
        ["goed nieuws: je bent door naar de volgende ronde.", "het team wil je graag uitnodigen voor een technisch gesprek."],
        ["Het gesprek duurt ongeveer {dur} minuten via Teams, met twee developers en een korte programmeeropdracht.", "We verwachten je op ons kantoor in {city} op {date} om {time}."], ["Laat je weten of dat past?", "Kies een tijdstip via {link}"]]),
    "rej": dict(labels=["rejection"], subj=["Je sollicitatie voor {role}", "Terugkoppeling sollicitatie", "Update over je sollicitatie bij {co}"], body=[
        ["bedankt voor je interesse in {co} en de tijd die je in je sollicitatie hebt gestoken.", "hartelijk dank voor je sollicitatie op de functie {role}."],
        ["Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.", "Na zorgvuldige afweging hebben we besloten verder te gaan met andere kandidaten.", "We moeten je helaas laten weten dat we je niet uitnodigen voor een gesprek."],
        "{REASON}", ["", "Vanwege het grote aantal reacties kunnen we geen persoonlijke feedback geven."], ["We wensen je veel succes met je zoektocht.", "Met je toestemming bewaren we je gegevens één jaar in onze talentpool."]]),
    "rej_fb": dict(labels=["rejection", "feedback"], subj=["Feedback op je gesprek – {role}", "Uitslag van de gesprekken"], body=[
        ["nogmaals bedankt voor je tijd tijdens de procedure."], ["We hebben besloten je geen aanbod te doen.", "We gaan helaas niet verder met je."], "{FB}", "{REASON}", ["Veel succes!", "Bel gerust als je het wilt bespreken."]]),
    "offer": dict(labels=["offer"], subj=["Aanbod – {role}", "Je arbeidsvoorwaardenvoorstel van {co}"], body=[
        ["we zijn blij je de functie {role} bij {co} aan te bieden!", "graag bieden we je de functie van {role} aan."],
        ["In de bijlage vind je het voorstel: vast contract, € {salary} bruto per jaar inclusief vakantiegeld, start per {start}.", "Zoals telefonisch besproken: jaarcontract met uitzicht op vast, € {salary} bruto per jaar, ingangsdatum {start}."], ["Laat je uiterlijk {date} weten of je akkoord gaat?", "Vragen? Bel me gerust."]]),
    "fb_reply": dict(labels=["feedback"], quote="fbreq", subj=["Feedback"], body=[["dank voor je bericht, ik geef je graag wat feedback.", "natuurlijk, ik heb de aantekeningen van het panel er nog even bij gepakt."], "{FB}", ["Ik hoop dat je er iets aan hebt.", "Succes met zoeken!"]]),
    "fbreq": dict(labels=["feedback_request"], quote="rej", subj=["Verzoek om feedback", "Feedback op mijn gesprek"], body=[["bedankt voor de terugkoppeling, al had ik op een ander antwoord gehoopt."], ["Zou ik wat feedback kunnen krijgen over waar het aan lag?", "Kunnen jullie aangeven waar ik me nog in kan verbeteren?"], ["Een paar regels zou al heel fijn zijn.", ""]]),
    "sent_thanks": dict(labels=[], subj=["Bedankt voor het gesprek"], body=[["bedankt voor het prettige gesprek van vandaag."], ["Ik ben nog enthousiaster geworden over de functie {role}.", "Laat gerust weten als jullie nog iets van me nodig hebben."]]),
    "sent_withdraw": dict(labels=[], subj=["Intrekken sollicitatie {role}"], body=[["bedankt voor de gesprekken tot nu toe."], ["Ik heb inmiddels een andere baan aangenomen en trek mijn sollicitatie in."], ["Veel succes met het vinden van een goede kandidaat.", ""]]),
    "neg_status": dict(labels=[], subj=["Stand van zaken sollicitatie"], body=[["je sollicitatie voor {role} is nog in behandeling."], ["De procedure loopt wat langer dan gepland; er is nog geen besluit genomen."], ["Bedankt voor je geduld."]]),
    "neg_reminder": dict(labels=[], subj=["Herinnering: gesprek op {date}"], body=[["een herinnering aan je geplande gesprek op {date} om {time}."], ["De Teams-link staat in de agenda-uitnodiging.", "Adres: Keizersgracht {dur}, {city}."]]),
    "neg_onboarding": dict(labels=[], subj=["Welkom bij {co} – documenten voor je eerste werkdag"], body=[["fijn dat je per {start} bij ons begint!"], ["Voor de salarisadministratie hebben we je BSN, IBAN en een kopie van je ID nodig."], ["Op je eerste dag haalt {rec} je op bij de receptie."]]),
    "neg_jobalert": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["VacatureRadar", "Werkzoeker Alerts"], domains=["vacatureradar.nl", "werkzoeker.be"], local=["alerts"],
        subj=["5 nieuwe vacatures voor {role} in {city}"], body=[["Nieuwe vacatures die passen bij je zoekopdracht:"], "• {role} – {co}, {city}\n• {other_role} – {client}, {city}", ["Solliciteer met één klik!"]]),
    "neg_newsletter": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Carrièrebrief"], domains=["carrierebrief.nl"], local=["nieuwsbrief"],
        subj=["Afgewezen? Zo pak je het weer op", "Sollicitatiegesprek: 5 lastige vragen"], body=[["Hoi allemaal,"], ["een afwijzing is nooit leuk, maar wel leerzaam. Deze week: zo vraag je om feedback.", "binnenkort een sollicitatiegesprek? Bereid je voor op de vraag naar je zwakke punten."], ["Lees verder op onze site."]]),
    "neg_nonjob": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Woningcorporatie {city}", "Toelatingen Universiteit"], domains=["woning-{co_dom}", "toelating-uni.nl"], local=["info"],
        subj=["Reactie op uw woningaanvraag", "Besluit toelating masteropleiding"], body=[["bedankt voor uw reactie op de woning aan de {rec_last}straat.", "uw aanvraag voor toelating tot de master is beoordeeld."], ["Helaas is de woning aan een andere kandidaat toegewezen.", "Helaas kunnen wij u niet toelaten tot de opleiding."]]),
    "neg_auto": dict(labels=[], greet="none", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec}.{rec_last}"], subj=["Automatisch antwoord: sollicitatie {role}"], body=[["Ik ben afwezig tot en met {date} en lees mijn e-mail beperkt."], ["Voor dringende zaken kun je mailen naar werken@{co_dom}."]]),
}

PT_KINDS = {
    "ack": dict(labels=["application_ack"], subj=["A sua candidatura para {role}", "Confirmação de receção – {role} (ref. {ref})", "Recebemos sua candidatura!"], body=[
        ["obrigado pela sua candidatura à vaga de {role}. Confirmamos que a recebemos com sucesso.", "recebemos sua candidatura para {role} e agradecemos o interesse na {co}."],
        ["A nossa equipa de recrutamento vai analisar o seu perfil e entrará em contacto dentro de {days} dias.", "Você pode acompanhar o status do processo em: {link}"], ["", "Esta é uma mensagem automática, por favor não responda."]]),
    "ack_invite": dict(labels=["application_ack", "interview_invite"], subj=["Candidatura recebida – próxima etapa: teste online"], body=[
        ["recebemos a sua candidatura para {role}, obrigado!"], ["Como primeira etapa, convidamos você a fazer um teste online de cerca de {dur} minutos, disponível por {days} dias: {link}"], ["Boa sorte!", ""]]),
    "inv_phone": dict(labels=["interview_invite"], subj=["Entrevista por telefone – {role}", "Vamos conversar? {role} na {co}"], body=[
        ["o seu perfil chamou a nossa atenção e gostaríamos de marcar uma primeira conversa telefónica.", "gostamos muito do seu perfil e queremos conhecer você melhor numa conversa rápida."],
        ["Está disponível na {wday}, {date}, às {time}?", "Escolha um horário aqui: {link}"], ["Até breve!", ""]]),
    "inv_tech": dict(labels=["interview_invite"], subj=["Convite para entrevista técnica", "Segunda entrevista – {role}"], body=[
        ["temos o prazer de informar que passou à fase seguinte.", "o time gostaria de convidar você para uma entrevista técnica."],
        ["Será uma videochamada de {dur} minutos com dois engenheiros: perguntas de arquitetura e um pequeno exercício de programação.", "Esperamos por si no nosso escritório de {city} no dia {date} às {time}."], ["Pode confirmar?", "Escolha o horário em {link}"]]),
    "rej": dict(labels=["rejection"], subj=["A sua candidatura para {role}", "Retorno sobre sua candidatura", "Atualização do processo {ref}"], body=[
        ["agradecemos o seu interesse na {co} e o tempo dedicado ao processo.", "obrigado por participar do nosso processo seletivo para {role}."],
        ["Infelizmente, não vamos avançar com a sua candidatura.", "Após análise cuidadosa, decidimos seguir com outros candidatos.", "Lamentamos informar que o seu perfil não foi selecionado nesta fase."],
        "{REASON}", ["", "Devido ao grande número de candidaturas, não conseguimos dar feedback individual."], ["Desejamos muito sucesso na sua carreira.", "Com a sua autorização, manteremos o seu CV na nossa base de talentos."]]),
    "rej_fb": dict(labels=["rejection", "feedback"], subj=["Feedback da sua entrevista – {role}", "Resultado das entrevistas"], body=[
        ["obrigado mais uma vez pela disponibilidade ao longo do processo."], ["Decidimos não avançar com uma proposta.", "Infelizmente não vamos seguir com você."], "{FB}", "{REASON}", ["Desejamos o melhor.", "Se quiser conversar sobre isto, ligue-me."]]),
    "offer": dict(labels=["offer"], subj=["Proposta de emprego – {role}", "Sua proposta da {co}"], body=[
        ["temos o prazer de lhe propor a função de {role} na {co}.", "depois das entrevistas, fico muito feliz em confirmar que queremos você no time como {role}."],
        ["Em anexo segue a proposta: contrato sem termo, {salary} € brutos anuais, início a {start}.", "Como conversamos: CLT, salário de R$ {salary} por ano, início em {start}."], ["Agradecemos uma resposta até {date}.", "Fico à disposição para dúvidas."]]),
    "fb_reply": dict(labels=["feedback"], quote="fbreq", subj=["Feedback"], body=[["obrigado pela mensagem, partilho com gosto algum feedback.", "claro, revi as notas da entrevista."], "{FB}", ["Espero que ajude.", "Boa sorte na procura."]]),
    "fbreq": dict(labels=["feedback_request"], quote="rej", subj=["Pedido de feedback", "Feedback da entrevista"], body=[["obrigado pelo retorno, mesmo não sendo o que eu esperava."], ["Seria possível receber um feedback sobre os pontos em que não correspondi?", "Poderiam indicar em que devo melhorar?"], ["Algumas linhas já ajudariam muito.", ""]]),
    "sent_thanks": dict(labels=[], subj=["Obrigado pela entrevista"], body=[["muito obrigado pela entrevista de hoje e pela apresentação da equipa."], ["Fiquei ainda mais motivado para a vaga de {role}.", "Fico à disposição para o que precisarem."]]),
    "sent_withdraw": dict(labels=[], subj=["Desistência da candidatura – {role}"], body=[["agradeço o interesse e as conversas até aqui."], ["Aceitei outra proposta e gostaria de retirar a minha candidatura."], ["Boa sorte com o recrutamento.", ""]]),
    "neg_status": dict(labels=[], subj=["Estado da sua candidatura"], body=[["a sua candidatura para {role} continua em análise."], ["O processo está a demorar mais do que o previsto e ainda não há decisão."], ["Obrigado pela paciência."]]),
    "neg_reminder": dict(labels=[], subj=["Lembrete: entrevista em {date}"], body=[["lembramos a sua entrevista marcada para {date} às {time}."], ["O link da videochamada está no convite do calendário.", "Morada: Avenida da Liberdade {dur}, {city}."]]),
    "neg_onboarding": dict(labels=[], subj=["Bem-vindo à {co} – documentos para a admissão"], body=[["que bom ter você conosco a partir de {start}!"], ["Para o processamento salarial precisamos do NIF, NISS, IBAN e cópia do cartão de cidadão."], ["No primeiro dia, {rec} vai receber você na receção."]]),
    "neg_jobalert": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Alertas EmpregoJá", "VagasHoje"], domains=["empregoja.pt", "vagashoje.com.br"], local=["alertas"],
        subj=["7 novas vagas de {role} em {city}"], body=[["Novas vagas para a sua pesquisa:"], "• {role} – {co}, {city}\n• {other_role} – {client}, {city}", ["Candidate-se com um clique!"]]),
    "neg_newsletter": dict(labels=[], company=None, greet="none", footer="unsub", html_share=0.6, sender=["Carreira em Foco"], domains=["carreiraemfoco.pt"], local=["newsletter"],
        subj=["Recebeu um não? Veja como seguir em frente", "Entrevista de emprego: 5 perguntas difíceis"], body=[["Olá a todos,"], ["ninguém gosta de ler «infelizmente não vamos avançar». Esta semana: como pedir feedback depois de uma recusa.", "tem uma entrevista marcada? Prepare-se para a pergunta sobre os seus pontos fracos."], ["Leia mais no blog."]]),
    "neg_nonjob": dict(labels=[], company=None, greet="formal", footer="legal", sender=["Serviços Académicos", "Imobiliária {rec_last}"], domains=["univ-{co_dom}", "imobiliaria.pt"], local=["academicos"],
        subj=["Resultado da candidatura ao mestrado", "O seu pedido de arrendamento"], body=[["a sua candidatura ao mestrado foi analisada pelo júri.", "agradecemos o seu interesse no T2 em {city}."], ["Lamentamos informar que não foi admitido.", "O senhorio optou por outro inquilino."]]),
    "neg_auto": dict(labels=[], greet="none", sender=["{rec_full}"], domains=["{co_dom}"], local=["{rec}.{rec_last}"], subj=["Resposta automática: candidatura {role}"], body=[["Estou ausente até {date} com acesso limitado ao e-mail."], ["Para assuntos urgentes contacte rh@{co_dom}."]]),
}


def _common(code: str, kinds: dict, **kw) -> dict:
    b = {"code": code, "cap": True, "formal_share": 1.0, "kinds": kinds}
    b.update(kw)
    return b


IT = _common("it", IT_KINDS, fmt_date=_fmt_it, weekdays=["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    co_stems=["Ulivo", "Vesuvio", "Castellani", "Dolomia", "Brezza", "Lanterna", "Corallo", "Tramonto", "Girasole", "Murano"],
    co_trades=["Assicurazioni", "Energia", "Software", "Meccanica", "Moda", "Logistica"], co_legal=["S.p.A.", "S.r.l."], tlds=[".it", ".it", ".com"],
    first=["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elisa", "Davide"], last=["Rossi", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco", "Conti", "Galli"],
    roles=["Sviluppatore Java", "Data Analyst", "Project Manager", "Ingegnere DevOps", "Controller", "UX Designer"], rec_titles=["HR Specialist", "Talent Acquisition", "Responsabile Risorse Umane"],
    mailhosts=["gmail.com", "libero.it", "virgilio.it"], cities=["Milano", "Torino", "Roma", "Bologna", "Firenze", "Napoli"],
    ats_hosts=["lavora.talentsuite.eu", "apply.hirevia.io"], ats_relays=["talentsuite-mail.eu", "hirevia-notify.io"], dial=["39"],
    greet_formal=["Gentile {cand_full},", "Buongiorno {cand},", "Ciao {cand},", "Gentile candidato/a,"], greet_informal=["Ciao {cand},", "Ciao {cand}!"],
    greet_to_rec_formal=["Gentile {rec_full},", "Buongiorno {rec},", "Spett.le Ufficio Risorse Umane,"], greet_to_rec_informal=["Ciao {rec},"],
    close_formal=["Cordiali saluti,", "Distinti saluti,", "Un cordiale saluto,", "Buona giornata,"], close_informal=["A presto,", "Un saluto,"],
    team_sign=["Il team Risorse Umane di {co}", "{co} – Talent Acquisition", "{rec_full}\nHR"], ats_names=["Lavora con noi – {co}", "{co} Recruiting", "{co} Risorse Umane"],
    legal=["{legal} · Sede legale: {city} · P.IVA IT{salary}{days} · Cap. soc. i.v.", "Informativa privacy ai sensi degli artt. 13-14 del Regolamento UE 2016/679 (GDPR): {link}", "Questo messaggio è riservato; se lo ha ricevuto per errore, La preghiamo di cancellarlo."],
    tel=["Tel.", "Cell."], re=["R:", "Re:", "RE:", "I:"], reply_hdr=["Il giorno {wday} {old_date} alle ore {time} {qname} <{qaddr}> ha scritto:", "Il {old_date} alle {time}, {qname} ha scritto:"],
    outlook=["Da:", "Inviato:", "A:", "Oggetto:"], unsub=["Ricevi questa email perché sei iscritto. Cancella l'iscrizione: {link}", "Disiscriviti | Privacy"],
    reasons={"role_filled": ["La posizione è stata nel frattempo coperta."], "budget_freeze": ["A causa di un blocco delle assunzioni, la posizione è al momento sospesa."],
             "closer_fit": ["Abbiamo scelto un profilo con un'esperienza più aderente alle nostre esigenze."], "level_mismatch": ["Per questo ruolo cerchiamo una figura più senior.", "La posizione è pensata per un profilo junior, non in linea con la tua esperienza."],
             "role_cancelled": ["La posizione è stata cancellata a seguito di una riorganizzazione."]},
    fb_intro=["Ti condivido qualche riscontro del team:", "Per darti un'idea della nostra valutazione:"], fb_outro=["Speriamo che questi spunti ti siano utili."],
    praise=["Il tuo entusiasmo per il prodotto si è visto chiaramente.", "Hai dimostrato buone basi su molti argomenti."],
    topics={"coding": ["Nell'esercizio di coding la soluzione trascurava i casi limite e mancavano i test."], "system_design": ["Nella parte di architettura avremmo voluto vederti ragionare di più su come il servizio avrebbe scalato."],
            "technical_depth": ["Sulle domande tecniche è mancata un po' di profondità, ad esempio sulla concorrenza."], "behavioural": ["Nelle domande comportamentali i tuoi esempi sono rimasti piuttosto generici."],
            "communication": ["A tratti le tue spiegazioni erano difficili da seguire."], "questions_to_ask": ["Alla fine non avevi quasi domande per noi, e questo ci è sembrato poco interesse."],
            "composure": ["Si è notato che la pressione del tempo ti metteva in difficoltà."], "experience_level": ["La tua esperienza su progetti di grandi dimensioni è ancora limitata rispetto ad altri candidati."],
            "collaboration": ["Dai tuoi esempi non era chiaro come prendi decisioni insieme al team."], "cv_positioning": ["Il tuo CV non mette in risalto i progetti più rilevanti per il ruolo."]})

NL = _common("nl", NL_KINDS, fmt_date=_fmt_nl, weekdays=["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    co_stems=["Dijkstra", "Molenwiek", "Zeeland", "Tulpenhof", "Grachtwerk", "Noorderlicht", "Polderkracht", "Vlietstroom", "Duinrand", "Brugwachter"],
    co_trades=["Verzekeringen", "Energie", "Software", "Logistiek", "Zorg", "Techniek"], co_legal=["B.V.", "N.V."], tlds=[".nl", ".nl", ".be", ".com"],
    first=["Sanne", "Daan", "Lotte", "Bram", "Femke", "Thijs", "Eva", "Jeroen", "Noor", "Sem"], last=["de Jong", "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "van Dijk", "Peeters", "Claes"],
    roles=["Java-ontwikkelaar", "Data-analist", "Projectleider", "DevOps-engineer", "Controller", "UX-designer"], rec_titles=["Recruiter", "Corporate Recruiter", "HR-adviseur"],
    mailhosts=["gmail.com", "hotmail.nl", "ziggo.nl", "telenet.be"], cities=["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Gent", "Antwerpen"],
    ats_hosts=["werkenbij.talentsuite.eu", "apply.hirevia.io"], ats_relays=["talentsuite-mail.eu", "hirevia-notify.io"], dial=["31", "32"],
    greet_formal=["Beste {cand},", "Beste {cand_full},", "Hoi {cand},", "Beste kandidaat,"], greet_informal=["Hoi {cand},", "Hey {cand}!"],
    greet_to_rec_formal=["Beste {rec},", "Geachte {rec_full},", "Geachte heer/mevrouw,"], greet_to_rec_informal=["Hoi {rec},"],
    close_formal=["Met vriendelijke groet,", "Vriendelijke groeten,", "Hartelijke groet,", "Met vriendelijke groet,"], close_informal=["Groetjes,", "Groet,"],
    team_sign=["Team Recruitment {co}", "{co} – HR", "{rec_full}\nRecruitment"], ats_names=["Werken bij {co}", "{co} Recruitment", "{co} Vacatures"],
    legal=["{legal} · KvK {salary} · Gevestigd te {city}", "Privacy: wij verwerken je gegevens conform de AVG. Meer informatie: {link}", "Dit bericht is vertrouwelijk. Bent u niet de geadresseerde, verwijder het dan."],
    tel=["T", "M", "Tel."], re=["RE:", "Antw:", "Re:", "Doorst:"], reply_hdr=["Op {wday} {old_date} om {time} schreef {qname} <{qaddr}>:", "Op {old_date} om {time} schreef {qname}:"],
    outlook=["Van:", "Verzonden:", "Aan:", "Onderwerp:"], unsub=["Je ontvangt deze e-mail omdat je je hebt aangemeld. Afmelden: {link}", "Afmelden | Privacy"],
    reasons={"role_filled": ["De functie is inmiddels vervuld."], "budget_freeze": ["Door een vacaturestop kunnen we de functie op dit moment niet invullen."],
             "closer_fit": ["We hebben gekozen voor een kandidaat wiens ervaring beter aansluit bij wat we zoeken."], "level_mismatch": ["Voor deze rol zoeken we iemand met meer senioriteit.", "De functie is bedoeld voor een starter en sluit niet aan bij je ervaringsniveau."],
             "role_cancelled": ["De vacature is na een reorganisatie komen te vervallen."]},
    fb_intro=["Hier wat feedback van het team:", "Om je een beeld te geven van onze afweging:"], fb_outro=["Hopelijk heb je er iets aan."],
    praise=["Je enthousiasme voor ons product was duidelijk merkbaar.", "Je liet op veel onderwerpen een goede basis zien."],
    topics={"coding": ["Bij de programmeeropdracht ontbraken tests en werden randgevallen gemist."], "system_design": ["Bij het ontwerpgedeelte hadden we graag gezien dat je meer nadacht over hoe de dienst zou schalen."],
            "technical_depth": ["Bij de technische vragen miste we soms diepgang, bijvoorbeeld rond concurrency."], "behavioural": ["Bij de gedragsvragen bleven je voorbeelden vrij algemeen."],
            "communication": ["Je uitleg was soms lastig te volgen."], "questions_to_ask": ["Aan het eind had je weinig vragen voor ons, wat overkwam als weinig interesse."],
            "composure": ["Je werd merkbaar zenuwachtig onder tijdsdruk."], "experience_level": ["Je ervaring met grotere projecten is nog beperkt vergeleken met andere kandidaten."],
            "collaboration": ["Uit je voorbeelden werd niet duidelijk hoe je samen met je team beslissingen neemt."], "cv_positioning": ["Je cv laat je meest relevante projecten niet goed zien."]})

PT = _common("pt", PT_KINDS, fmt_date=_fmt_pt, weekdays=["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
    co_stems=["Atlântida", "Alfama", "Ribeira", "Caravela", "Sol Nascente", "Ipê", "Jacarandá", "Cais Novo", "Mondego", "Serra Verde"],
    co_trades=["Seguros", "Energia", "Software", "Logística", "Saúde", "Tecnologia"], co_legal=["Lda.", "S.A.", "Ltda."], tlds=[".pt", ".pt", ".com.br", ".com"],
    first=["Beatriz", "João", "Mariana", "Tiago", "Inês", "Rafael", "Carolina", "Pedro", "Larissa", "Gustavo"], last=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Sousa", "Carvalho"],
    roles=["Desenvolvedor Backend", "Analista de Dados", "Gestor de Projeto", "Engenheiro DevOps", "Controller Financeiro", "Designer UX"], rec_titles=["Talent Acquisition", "Recrutadora", "Técnica de RH"],
    mailhosts=["gmail.com", "sapo.pt", "hotmail.com", "uol.com.br"], cities=["Lisboa", "Porto", "Braga", "Coimbra", "São Paulo", "Rio de Janeiro"],
    ats_hosts=["carreiras.talentsuite.eu", "apply.hirevia.io"], ats_relays=["talentsuite-mail.eu", "hirevia-notify.io"], dial=["351", "55"],
    greet_formal=["Olá {cand},", "Caro(a) {cand_full},", "Bom dia, {cand},", "Prezado(a) {cand_full},"], greet_informal=["Oi {cand},", "Olá {cand}!"],
    greet_to_rec_formal=["Olá {rec},", "Cara {rec_full},", "Prezados,"], greet_to_rec_informal=["Oi {rec},"],
    close_formal=["Com os melhores cumprimentos,", "Atenciosamente,", "Cumprimentos,", "Abraço,"], close_informal=["Abraço,", "Até mais,"],
    team_sign=["Equipa de Recrutamento {co}", "{co} – Recursos Humanos", "{rec_full}\nTalent Acquisition"], ats_names=["Carreiras {co}", "{co} Recrutamento", "Trabalhe na {co}"],
    legal=["{legal} · NIPC {salary} · Sede: {city}", "Proteção de dados: tratamos os seus dados nos termos do RGPD / LGPD. Mais informações: {link}", "Esta mensagem é confidencial. Se a recebeu por engano, por favor elimine-a."],
    tel=["Tel.", "Telm.", "Cel."], re=["RE:", "Re:", "ENC:", "Fwd:"], reply_hdr=["Em {wday}, {old_date} às {time}, {qname} <{qaddr}> escreveu:", "No dia {old_date}, às {time}, {qname} escreveu:"],
    outlook=["De:", "Enviado:", "Para:", "Assunto:"], unsub=["Recebe este e-mail porque se inscreveu. Cancelar subscrição: {link}", "Descadastrar | Privacidade"],
    reasons={"role_filled": ["A vaga entretanto já foi preenchida."], "budget_freeze": ["Devido a um congelamento de contratações, a vaga está suspensa."],
             "closer_fit": ["Optámos por um perfil com experiência mais próxima das nossas necessidades."], "level_mismatch": ["Para esta função procuramos alguém mais sénior.", "A vaga é pensada para um perfil júnior e não corresponde ao seu nível de experiência."],
             "role_cancelled": ["A vaga foi cancelada após uma reestruturação."]},
    fb_intro=["Partilho alguns comentários da equipa:", "Para contextualizar a nossa decisão:"], fb_outro=["Esperamos que ajude."],
    praise=["O seu entusiasmo pelo produto ficou evidente.", "Mostrou boa base em vários temas."],
    topics={"coding": ["No exercício de programação a solução ignorava casos-limite e não tinha testes."], "system_design": ["Na parte de arquitetura gostaríamos que tivesse pensado mais em como o serviço iria escalar."],
            "technical_depth": ["Nas perguntas técnicas faltou alguma profundidade, por exemplo em concorrência."], "behavioural": ["Nas perguntas comportamentais os seus exemplos ficaram bastante genéricos."],
            "communication": ["Por vezes as suas explicações eram difíceis de acompanhar."], "questions_to_ask": ["No fim quase não tinha perguntas para nós, o que passou pouco interesse."],
            "composure": ["Notou-se que a pressão do tempo o deixou nervoso."], "experience_level": ["A sua experiência em projetos de grande dimensão ainda é limitada face a outros candidatos."],
            "collaboration": ["Pelos seus exemplos não ficou claro como toma decisões em equipa."], "cv_positioning": ["O seu CV não destaca os projetos mais relevantes para a função."]})

SMALL_PLAN = [
    ("ats", "ack", 4), ("ats", "ack_invite", 1), ("ats", "rej", 3), ("ats", "neg_status", 2), ("ats", "neg_reminder", 2),
    ("human", "inv_phone", 2), ("human", "inv_tech", 2), ("human", "rej_fb", 2), ("human", "offer", 2), ("human", "fb_reply", 1),
    ("human", "neg_onboarding", 1), ("sent", "fbreq", 2), ("sent", "sent_thanks", 2), ("sent", "sent_withdraw", 1),
    ("other", "neg_jobalert", 2), ("other", "neg_newsletter", 2), ("other", "neg_nonjob", 2), ("other", "neg_auto", 1),
]
