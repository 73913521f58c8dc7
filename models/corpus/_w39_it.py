"""Writer 39: Italian fragments."""
from _w39_kit import lines

B = {
    "roles": lines("""
        impiegata amministrativa
        sviluppatore backend
        magazziniere con patentino
        responsabile qualità
        addetta alle vendite
        tecnico manutentore
        project manager junior
        contabile
        grafica pubblicitaria
        data analyst
        infermiere di reparto
        insegnante di sostegno
    """),
    "hi_f": lines("""
        Gentile {n},
        Gentile candidata,
        Egregia Dott.ssa {N},
        Buongiorno {n},
        Gentile {n} {N},
    """),
    "hi_c": lines("""
        Ciao {n},
        Ciao {n}!
        Buongiorno {n}!
        Ciao,
    """),
    "bye_f": lines("""
        Cordiali saluti,
        Distinti saluti,
        Un cordiale saluto,
        Cordialmente,
        Le porgiamo i nostri più cordiali saluti.
    """),
    "bye_c": lines("""
        A presto,
        Un saluto,
        Buona giornata!
        Ciao e grazie,
        Un abbraccio,
    """),
    "thanks_app": lines("""
        La ringraziamo per l'interesse dimostrato nei confronti di {co} e per aver inviato la Sua candidatura per la posizione di {role}.
        grazie per aver pensato a noi per il ruolo di {role}.
        Le scriviamo in merito alla Sua candidatura come {role}.
        abbiamo letto con attenzione il Suo curriculum per la posizione di {role}.
    """),
    "thanks_int": lines("""
        grazie ancora per il tempo che ci ha dedicato durante il colloquio di {date}.
        è stato un piacere conoscerLa nei giorni scorsi e parlare del ruolo di {role}.
        volevo ringraziarti per la chiacchierata della settimana scorsa, ci ha fatto piacere conoscerti.
        ti ringrazio per essere venuta in sede a conoscere il team.
    """),
    "ack": lines("""
        Le confermiamo di aver ricevuto la Sua candidatura per la posizione di {role}.
        La Sua candidatura è stata registrata correttamente nel nostro sistema.
        abbiamo ricevuto il tuo CV per la posizione di {role}, grazie!
        Ti confermiamo che la candidatura per {role} ci è arrivata.
        La presente per confermarLe la ricezione del Suo curriculum vitae.
    """),
    "ack_next": lines("""
        Il nostro team HR valuterà il Suo profilo nelle prossime settimane.
        Se il Suo profilo risulterà in linea con le nostre esigenze, verrà ricontattata per un primo colloquio.
        Nel frattempo può seguire lo stato della candidatura dalla Sua area personale.
        Ci vorranno circa due o tre settimane per esaminare tutte le candidature.
        Ti faremo sapere qualcosa appena possibile.
    """),
    "rej": lines("""
        Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati.
        Purtroppo non potremo dare seguito alla Sua candidatura.
        Ci dispiace comunicarLe che la Sua candidatura non è stata selezionata per le fasi successive.
        Abbiamo scelto di non procedere con il Suo profilo per questa posizione.
        alla fine abbiamo deciso di andare avanti con un'altra persona.
        Con rammarico Le comunichiamo che la selezione si è conclusa con esito negativo per Lei.
    """),
    "rej_soft": lines("""
        Il Suo profilo ci ha colpito molto, ma alla fine abbiamo dovuto fare una scelta diversa.
        È stata una decisione difficile, e purtroppo questa volta non possiamo offrirLe la posizione.
        ci sei piaciuta davvero, però abbiamo scelto un altro candidato.
        Non è una bocciatura del Suo valore, ma per questo ruolo non andremo avanti insieme.
    """),
    "rej_line": lines("""
        Purtroppo per questa posizione non andiamo avanti, grazie comunque.
        Niente da fare per il ruolo di {role}, mi spiace.
        Abbiamo chiuso con un altro profilo, ti ringrazio molto.
    """),
    "rsn": {
        "role_filled": lines("""
            La posizione è stata nel frattempo coperta.
            Abbiamo già inserito una persona in questo ruolo.
            il posto è stato assegnato la settimana scorsa.
        """),
        "budget_freeze": lines("""
            A causa di un blocco delle assunzioni deciso dalla direzione, la ricerca è stata sospesa.
            Il budget per il personale di quest'anno è stato congelato e non possiamo procedere.
        """),
        "closer_fit": lines("""
            Abbiamo individuato un candidato la cui esperienza è più vicina alle esigenze del ruolo.
            Un altro profilo corrispondeva in modo più preciso a ciò che cercavamo.
        """),
        "level_mismatch": lines("""
            Per questo ruolo cerchiamo una figura con più anni di esperienza in posizione senior.
            Il ruolo richiede un profilo più junior rispetto al Suo percorso.
        """),
        "role_cancelled": lines("""
            La posizione è stata annullata a seguito di una riorganizzazione interna.
            Il progetto per cui cercavamo la figura è stato cancellato, quindi la selezione è chiusa.
        """),
    },
    "keep": lines("""
        Conserveremo il Suo CV nel nostro database per eventuali future opportunità.
        Le auguriamo il meglio per il Suo percorso professionale.
        Ti terremo presente se si apre qualcosa in futuro.
        Le facciamo i migliori auguri per la Sua ricerca.
    """),
    "nofb": lines("""
        Abbiamo ricevuto moltissime candidature di ottimo livello.
        Per policy aziendale non siamo in grado di fornire un riscontro individuale.
        La selezione è stata molto combattuta.
    """),
    "fb_intro": lines("""
        Come mi avevi chiesto, ti lascio qualche commento dalla commissione:
        Per darti un riscontro utile:
        Qualche nota dal colloquio, spero ti serva:
        Le condivido alcune osservazioni emerse durante la valutazione.
    """),
    "fb": {
        "coding": lines("""
            Nell'esercizio di programmazione il codice funzionava, ma mancavano test e gestione degli errori.
            la prova pratica era incompleta, soprattutto la parte di refactoring.
        """),
        "system_design": lines("""
            Nella parte di architettura avremmo voluto vedere più ragionamento su scalabilità e carichi.
            il disegno del sistema è rimasto un po' superficiale, senza parlare di code o cache.
        """),
        "technical_depth": lines("""
            Su alcuni argomenti tecnici, come le normative HACCP, le risposte sono rimaste generiche.
            la commissione ha notato poca profondità sugli strumenti di controllo qualità.
        """),
        "communication": lines("""
            A volte le risposte erano lunghe e poco strutturate, e il messaggio si perdeva.
            Sarebbe stato utile spiegare i passaggi in modo più chiaro e sintetico.
        """),
        "experience_level": lines("""
            Ci è sembrato che ti manchi ancora esperienza nella gestione diretta di un team.
            L'esperienza nel settore alimentare è risultata inferiore a quanto richiesto.
        """),
        "behavioural": lines("""
            Negli esempi di situazioni passate mancavano dettagli concreti su cosa avevi fatto tu.
        """),
        "composure": lines("""
            Durante la presentazione ti abbiamo visto molto in tensione, e questo ha penalizzato le risposte.
        """),
        "questions_to_ask": lines("""
            Alla fine non hai fatto domande sul ruolo, e per noi è un segnale di scarso interesse.
        """),
        "cv_positioning": lines("""
            Il CV non mette in evidenza i progetti più rilevanti per questa posizione.
            Il portfolio era bello, ma poco orientato al tipo di lavoro che facciamo noi.
        """),
        "collaboration": lines("""
            Nella prova di gruppo hai lavorato molto da sola, coinvolgendo poco gli altri.
        """),
    },
    "praise": lines("""
        La tua preparazione sulla contabilità è stata apprezzata da tutti.
        Il caso pratico era ben strutturato.
        Abbiamo apprezzato molto la tua energia.
    """),
    "inv": {
        "phone": lines("""
            Vorremmo fissare con Lei un breve colloquio telefonico conoscitivo di circa 20 minuti.
            ti andrebbe di fare una telefonata veloce per conoscerci?
        """),
        "tech": lines("""
            Saremmo lieti di invitarLa a un colloquio tecnico con il responsabile del reparto.
            Il prossimo step è un colloquio tecnico con due sviluppatori del team.
        """),
        "assess": lines("""
            Il prossimo passo della selezione è un test online di logica e inglese, da completare entro 5 giorni.
            Ti chiediamo di svolgere una breve prova pratica a casa, poi ne parliamo insieme.
        """),
        "onsite": lines("""
            La invitiamo a un colloquio di persona presso la nostra sede di {place}.
            Ci farebbe piacere conoscerti in ufficio, passeresti da noi?
        """),
        "final": lines("""
            Siamo lieti di informarLa che è stata selezionata per il colloquio finale con la direzione.
        """),
        "chat": lines("""
            Il titolare vorrebbe fare due chiacchiere con te prima di decidere.
        """),
    },
    "inv_log": lines("""
        Proponiamo {date} alle ore {time}.
        Avremmo disponibilità {date} alle {time} oppure il giorno successivo in mattinata.
        Il colloquio si terrà su Teams, il link arriverà il giorno prima.
        L'indirizzo è {place}, citofono "Amministrazione".
        Durata prevista: circa un'ora.
    """),
    "inv_sched": lines("""
        Può scegliere lo slot che preferisce da questo link: {link}
        Prenota direttamente l'orario che ti è più comodo qui: {link}
    """),
    "inv_ask": lines("""
        Ci conferma la Sua disponibilità?
        Fammi sapere se ti va bene, altrimenti troviamo un altro momento.
        La preghiamo di rispondere a questa email per confermare.
    """),
    "offer": lines("""
        Siamo molto lieti di offrirLe la posizione di {role} presso {co}.
        Abbiamo il piacere di proporLe un contratto a tempo indeterminato come {role}.
        ti confermo che vorremmo averti nel team: l'offerta è tua!
        A seguito dei colloqui, desideriamo formalizzare la nostra proposta di assunzione.
    """),
    "offer_det": lines("""
        La retribuzione annua lorda proposta è di {sal} euro, CCNL Commercio, con inizio il {start}.
        In allegato trova la lettera di offerta con tutti i dettagli economici.
        Partiremmo con un contratto di sei mesi e poi trasformazione, come ne avevamo parlato.
    """),
    "offer_dl": lines("""
        Le chiediamo di restituire la lettera firmata entro {dl}.
        Facci sapere entro venerdì se accetti.
    """),
    "other_role": lines("""
        Detto questo, il Suo profilo ci sembra molto adatto a un'altra posizione aperta ({role2}): le andrebbe di parlarne in un colloquio la prossima settimana?
        Però abbiamo aperto da poco una posizione di {role2} e vorrei proporti un colloquio per quella.
    """),
    "subj": {
        "ack": lines("""
            Conferma ricezione candidatura
            La tua candidatura per {role}
            Candidatura ricevuta - {co}
            Grazie per la candidatura!
        """),
        "rej": lines("""
            Esito selezione {role}
            Aggiornamento sulla Sua candidatura
            {co} - posizione {role}
            Re: colloquio
            Candidatura {role} - riscontro
        """),
        "inv": lines("""
            Invito a colloquio - {role}
            Colloquio {co}
            Prossimo step selezione
            Disponibilità per un incontro?
        """),
        "offer": lines("""
            Proposta di assunzione
            Lettera di offerta - {role}
            Buone notizie da {co}
        """),
    },
    # ----- look-alikes
    "alert": lines("""
        Ecco le nuove offerte di lavoro che corrispondono alla tua ricerca "{q}":
        Abbiamo trovato {k} nuovi annunci per te questa settimana.
    """),
    "alert_end": lines("""
        Candidati in un clic dal tuo profilo.
        Non vuoi più ricevere questi avvisi? Modifica le preferenze.
    """),
    "news": lines("""
        Come prepararsi al colloquio di lavoro: i 7 errori da evitare
        Colloquio andato male? Ecco come trasformare un rifiuto in un'opportunità
        Le domande più frequenti ai colloqui nel 2026 e come rispondere
    """),
    "housing": lines("""
        La ringraziamo per l'interesse per l'appartamento in via {street}. Il proprietario ha scelto un altro inquilino, quindi la Sua richiesta non è stata accolta.
        Purtroppo la stanza è già stata assegnata a un altro studente. Le auguriamo buona fortuna nella ricerca.
    """),
    "uni": lines("""
        Siamo spiacenti di comunicarLe che la Sua domanda di ammissione al Master in Gestione delle Risorse Umane non è stata accolta per l'anno accademico 2026/27.
        La graduatoria per la borsa di studio è stata pubblicata: la Sua domanda risulta non ammessa per mancanza dei requisiti di reddito.
    """),
    "webinar": lines("""
        Ti invitiamo al webinar gratuito "Colloqui di lavoro online: come farsi notare", {date} alle {time}.
        Partecipa al workshop sul CV europeo organizzato dal Centro per l'Impiego, iscrizioni aperte fino a {dl}.
    """),
    "ooo": lines("""
        Sono fuori ufficio fino al {dl} con accesso limitato alla posta. Per urgenze contattare {me2}.
        Grazie per la mail. Sono in ferie e rientrerò il {dl}.
    """),
    "reminder": lines("""
        Le ricordiamo il colloquio già fissato per {date} alle {time} presso {place}. Porti con sé un documento d'identità.
        Promemoria: domani alle {time} hai il colloquio con {me2}. Il link Teams è lo stesso della mail di conferma.
    """),
    "profile": lines("""
        Il tuo profilo è completo solo al 60%. Aggiungi le tue esperienze per farti trovare dalle aziende.
        Completa il profilo: i candidati con foto e competenze ricevono il triplo delle visualizzazioni.
    """),
    "status": lines("""
        La Sua candidatura per {role} è ancora in fase di valutazione. La contatteremo non appena avremo novità.
        Volevamo solo aggiornarLa: la selezione sta richiedendo più tempo del previsto. Nessuna decisione è stata ancora presa.
    """),
    "panel": lines("""
        ciao {n}, la prossima settimana facciamo i colloqui per il nuovo junior in amministrazione. Ti andrebbe di stare in commissione con me giovedì mattina? Sono tre candidati, mezz'ora ciascuno.
        Ti giro i CV dei candidati per le selezioni di martedì: ci serve una persona del tuo ufficio come intervistatrice. Riesci?
    """),
    "scam": lines("""
        Congratulazioni! Sei stata selezionata per lavorare da casa come operatrice dati, 2.500 euro al mese. Per attivare il contratto è richiesto un versamento di 89 euro per il kit di formazione.
        OFFERTA DI LAVORO IMMEDIATA: guadagna fino a 300 euro al giorno. Invia copia del documento e i dati della carta per la verifica.
    """),
    "closed": lines("""
        ciao {n}, ti avevo scritto per la posizione di {role} da un mio cliente ma ti aggiorno che il cliente ha chiuso la ricerca prima ancora che ti presentassi. Se ti va restiamo in contatto per altre cose.
    """),
    # ----- Sent
    "s_fbreq": lines("""
        Grazie per avermi comunicato l'esito. Mi farebbe molto piacere ricevere un breve riscontro sul mio colloquio, per capire dove posso migliorare.
        Capisco la decisione. Se possibile, potreste dirmi quali aspetti del mio profilo o del colloquio vi hanno convinto meno?
        Peccato! Ti posso chiedere un feedback sincero? Mi aiuterebbe per i prossimi colloqui.
    """),
    "s_thanks": lines("""
        Volevo ringraziarvi per il colloquio di oggi, è stato molto interessante conoscere il team e il progetto.
        Grazie ancora per il tempo dedicatomi, resto a disposizione per qualsiasi informazione.
    """),
    "s_withdraw": lines("""
        Vi scrivo per ritirare la mia candidatura per la posizione di {role}: ho accettato un'altra proposta.
        Purtroppo devo ritirarmi dalla selezione per motivi personali. Mi scuso per il disturbo.
    """),
    "s_follow": lines("""
        Volevo sapere se ci sono novità sulla mia candidatura per {role}, inviata circa tre settimane fa.
        Scusate se disturbo, ci sono aggiornamenti dopo il colloquio di {date}?
    """),
    "s_accept": lines("""
        Sono felicissima di accettare la vostra proposta! Vi rimando la lettera firmata entro domani.
        Accetto con piacere l'offerta per il ruolo di {role}. Quando possiamo sentirci per i dettagli dell'inserimento?
    """),
    "s_decline": lines("""
        Vi ringrazio molto per l'offerta, ma dopo averci pensato a lungo ho deciso di non accettarla.
    """),
    "s_sched": lines("""
        {date} alle {time} va benissimo, ci sarò. Grazie!
        Purtroppo a quell'ora sono al lavoro, sarebbe possibile spostare al pomeriggio?
    """),
}
