"""Writer 39: second round of fragments, merged into the language banks, plus pieces for look-alikes."""
from _w39_kit import lines

MORE = {
    "it": {
        "ack": lines("""
            Con la presente confermiamo l'avvenuta ricezione della documentazione inviata per la selezione {role}.
            Grazie per esserti candidata: il tuo profilo è ora nel nostro archivio selezioni.
        """),
        "ack_next": lines("""
            Solo i profili ritenuti idonei saranno contattati; in assenza di riscontro entro 30 giorni la selezione è da considerarsi chiusa per Lei.
            Ti chiediamo di non inviare di nuovo il CV per la stessa posizione.
        """),
        "rej": lines("""
            Le comunichiamo che per questa posizione abbiamo orientato la scelta su un altro profilo.
            Al termine del percorso di selezione, la Sua candidatura non è risultata tra quelle prescelte.
        """),
        "keep": lines("""
            Restiamo a disposizione per eventuali chiarimenti e Le auguriamo buona fortuna.
            Se lo desidera, può candidarsi alle altre offerte pubblicate sul nostro sito.
        """),
        "reminder": lines("""
            Ti ricordiamo che il colloquio di {date} è confermato. In caso di imprevisti avvisaci almeno 24 ore prima.
            Ci vediamo {date} alle {time}! Ricorda di portare il CV stampato e un documento.
        """),
        "status": lines("""
            Stiamo ancora completando i colloqui per il ruolo di {role}. Le daremo un riscontro entro fine mese.
            La tua candidatura è stata presa in carico dal responsabile di reparto, che la sta valutando.
        """),
        "inv_log": lines("""
            Il colloquio sarà in presenza e durerà circa 45 minuti; all'ingresso chieda della signora {me2}.
            Se preferisce possiamo fare anche una videochiamata su Google Meet.
        """),
        "thanks_app": lines("""
            La ringraziamo per il tempo dedicato alla compilazione del questionario di candidatura.
        """),
        "profile": lines("""
            Mancano ancora titolo di studio e lingue nel tuo profilo: aggiungili in due minuti.
        """),
    },
    "pt": {
        "ack": lines("""
            Acusamos a receção do seu currículo e da carta de motivação.
            Obrigado pela sua candidatura! Ficou registada com o número {num}.
        """),
        "ack_next": lines("""
            Caso não seja contactada no prazo de 30 dias, considere que a sua candidatura não foi selecionada.
            Não é necessário reenviar documentos.
        """),
        "rej": lines("""
            Informamos que, nesta fase, o seu perfil não será considerado para a função.
            Terminado o processo, a escolha recaiu noutra pessoa.
        """),
        "keep": lines("""
            Convidamo-la a acompanhar as nossas ofertas no site.
            Agradecemos mais uma vez a confiança.
        """),
        "reminder": lines("""
            A sua entrevista de {date} mantém-se. Se não puder comparecer, avise-nos com 24 horas de antecedência.
            Até {date}! Não se esqueça de trazer o CV impresso.
        """),
        "status": lines("""
            Ainda estamos a realizar entrevistas para a função de {role}. Contamos dar uma resposta até ao fim do mês.
            O seu processo foi encaminhado para a chefia da área, que está a analisar os perfis.
        """),
        "inv_log": lines("""
            A entrevista é presencial e dura cerca de 40 minutos; na receção pergunte por {me2}.
        """),
        "profile": lines("""
            Falta a sua formação académica no perfil. Adicione-a em dois minutos.
        """),
    },
    "nl": {
        "ack": lines("""
            Bedankt! Je sollicitatie staat geregistreerd onder nummer {num}.
            Hierbij laten we je weten dat je cv en motivatie zijn aangekomen.
        """),
        "ack_next": lines("""
            Heb je binnen drie weken niets gehoord, dan ben je helaas niet geselecteerd.
            Je hoeft je documenten niet opnieuw te sturen.
        """),
        "rej": lines("""
            We hebben je profiel goed bekeken, maar je sluit op dit moment onvoldoende aan bij wat we zoeken.
            Na de eerste selectieronde vallen we helaas niet op jouw kandidatuur terug.
        """),
        "keep": lines("""
            Houd onze vacaturepagina vooral in de gaten.
            Nogmaals dank voor je interesse in onze organisatie.
        """),
        "reminder": lines("""
            Je afspraak van {date} staat nog steeds. Kun je onverhoopt niet, laat het ons dan 24 uur van tevoren weten.
            Tot {date}! Neem een geldig identiteitsbewijs mee.
        """),
        "status": lines("""
            We zijn nog bezig met de gesprekken voor {role}. Uiterlijk eind van de maand hoor je van ons.
            Je sollicitatie ligt nu bij de leidinggevende van de afdeling.
        """),
        "inv_log": lines("""
            Het gesprek is op locatie en duurt zo'n drie kwartier; vraag bij de balie naar {me2}.
        """),
        "profile": lines("""
            Je hebt nog geen opleiding ingevuld. Dat is zo gepiept!
        """),
    },
    "pl": {
        "ack": lines("""
            Dziękujemy! Twoje zgłoszenie otrzymało numer {num}.
            Informujemy, że CV oraz list motywacyjny zostały przyjęte.
        """),
        "ack_next": lines("""
            Jeśli w ciągu 30 dni nie otrzyma Pani informacji, prosimy uznać, że zgłoszenie nie zostało wybrane.
            Nie ma potrzeby ponownego przesyłania dokumentów.
        """),
        "rej": lines("""
            Po zakończeniu pierwszego etapu Pani zgłoszenie nie zostało wybrane.
            Informujemy, że w tym procesie postawiliśmy na inną kandydaturę.
        """),
        "keep": lines("""
            Zachęcamy do śledzenia naszych ogłoszeń na stronie kariery.
            Jeszcze raz dziękujemy za zaufanie.
        """),
        "reminder": lines("""
            Potwierdzamy, że rozmowa {date} jest aktualna. W razie zmiany planów prosimy o informację dzień wcześniej.
            Do zobaczenia {date}! Prosimy o zabranie wydrukowanego CV.
        """),
        "status": lines("""
            Wciąż prowadzimy rozmowy na stanowisko {role}. Odpowiedź przekażemy do końca miesiąca.
            Pani zgłoszenie trafiło do kierownika działu, który je analizuje.
        """),
        "inv_log": lines("""
            Spotkanie odbędzie się stacjonarnie i potrwa ok. 45 minut; w recepcji proszę zapytać o {me2}.
        """),
        "profile": lines("""
            Brakuje informacji o wykształceniu. Uzupełnienie zajmie dwie minuty.
        """),
    },
    "sv": {
        "ack": lines("""
            Tack! Din ansökan har registrerats med nummer {num}.
            Vi har tagit emot ditt CV och personliga brev.
        """),
        "rej": lines("""
            Vi har läst din ansökan noga, men valt att inte kalla dig till intervju.
        """),
        "reminder": lines("""
            Din intervju {date} står kvar. Meddela oss senast dagen innan om du får förhinder.
        """),
        "status": lines("""
            Vi håller fortfarande på med intervjuer för {role} och räknar med besked i slutet av månaden.
        """),
        "keep": lines("""
            Håll gärna utkik efter nya tjänster på vår karriärsida.
        """),
    },
    "da": {
        "ack": lines("""
            Tak! Din ansøgning er registreret med nummer {num}.
        """),
        "rej": lines("""
            Vi har læst din ansøgning grundigt, men har valgt ikke at indkalde dig til samtale.
        """),
        "reminder": lines("""
            Din samtale {date} er stadig aktuel. Giv os besked senest dagen før, hvis du bliver forhindret.
        """),
        "status": lines("""
            Vi er stadig i gang med samtaler til stillingen som {role} og forventer at give svar i slutningen af måneden.
        """),
        "keep": lines("""
            Hold gerne øje med nye stillinger på vores hjemmeside.
        """),
    },
    "no": {
        "ack": lines("""
            Takk! Søknaden din er registrert med nummer {num}.
        """),
        "rej": lines("""
            Vi har lest søknaden din grundig, men har valgt å ikke kalle deg inn til intervju.
        """),
        "reminder": lines("""
            Intervjuet ditt {date} står ved lag. Gi beskjed senest dagen før dersom du får forfall.
        """),
        "status": lines("""
            Vi holder fortsatt på med intervjuer til stillingen som {role} og regner med å gi svar i slutten av måneden.
        """),
        "keep": lines("""
            Følg gjerne med på ledige stillinger på nettsiden vår.
        """),
    },
    "en": {
        "ack": lines("""
            Thank you! Your application is logged under number {num}.
            Just a quick note to say your CV and cover letter have arrived.
        """),
        "ack_next": lines("""
            If you haven't heard from us within 30 days, please assume your application hasn't been taken forward.
        """),
        "rej": lines("""
            We've read your application carefully but won't be inviting you to interview.
            Following the first review, your application has not been selected.
        """),
        "reminder": lines("""
            Your interview on {date} is still on. If anything changes, let us know 24 hours ahead.
            See you on {date}! Please bring photo ID for building security.
        """),
        "status": lines("""
            We're still interviewing for {role} and expect to make a decision by the end of the month.
            Your application has been passed to the hiring manager, who is reviewing it now.
        """),
        "keep": lines("""
            Do keep an eye on our careers page for future roles.
        """),
    },
}

# look-alike pieces: fake offers and auto-replies
SCAM = {
    "it": {"hook": ["Congratulazioni, il tuo profilo è stato scelto tra 300 candidati!", "Gentile utente, abbiamo una proposta di lavoro da casa per te.", "Ciao! Cerchiamo subito 5 persone per valutazioni prodotti online."],
           "pay": ["Per attivare il contratto serve un versamento di {fee} euro per il kit di formazione.", "Inviaci una foto del documento e i dati della carta per la verifica dello stipendio.", "Prima di iniziare va acquistata la licenza software ({fee} euro), rimborsata con il primo stipendio."],
           "push": ["I posti sono limitati, rispondi entro oggi.", "Scrivici su WhatsApp al +39 351 {k}{k}{k} per iniziare subito.", "Nessun colloquio necessario!"]},
    "pt": {"hook": ["Parabéns, o seu perfil foi escolhido entre centenas!", "Olá! Temos uma vaga de trabalho remoto para si, sem entrevista.", "Procuramos pessoas para avaliar produtos online, ganhe em casa!"],
           "pay": ["Para confirmar a vaga, pague a taxa de inscrição de {fee}€.", "Envie foto do documento e dados do cartão para validar o pagamento.", "É necessário comprar o kit de formação ({fee}€), devolvido no primeiro salário."],
           "push": ["Vagas limitadas, responda hoje.", "Fale connosco no Telegram @vagas_{k}.", "Início imediato!"]},
    "nl": {"hook": ["Gefeliciteerd, uw profiel is uit honderden kandidaten gekozen!", "Hallo! Wij hebben een thuiswerkbaan voor u, zonder sollicitatiegesprek.", "Wij zoeken direct mensen om producten online te beoordelen."],
           "pay": ["Om uw account te activeren betaalt u eenmalig {fee} euro administratiekosten.", "Stuur een foto van uw ID en uw bankgegevens ter verificatie.", "U koopt eerst het startpakket ({fee} euro), dat bij uw eerste salaris wordt terugbetaald."],
           "push": ["Beperkt aantal plekken, reageer vandaag nog.", "App ons op +31 6 {k}{k}{num}.", "Geen ervaring nodig!"]},
    "pl": {"hook": ["Gratulacje, Pani profil został wybrany spośród setek kandydatów!", "Dzień dobry! Mamy dla Pani pracę zdalną bez rozmowy kwalifikacyjnej.", "Szukamy osób do oceniania produktów online, zarabiaj z domu!"],
           "pay": ["Aby aktywować umowę, prosimy o opłatę szkoleniową {fee} zł.", "Prosimy o zdjęcie dowodu osobistego i dane karty do weryfikacji.", "Najpierw trzeba kupić pakiet startowy ({fee} zł), zwracany z pierwszą wypłatą."],
           "push": ["Liczba miejsc ograniczona, odpowiedz dziś.", "Napisz na WhatsApp: +48 {k}{k}{k} {k}{num}.", "Start od zaraz!"]},
    "sv": {"hook": ["Grattis, din profil har valts ut bland hundratals sökande!", "Hej! Vi har ett distansjobb åt dig, ingen intervju behövs."],
           "pay": ["För att aktivera kontraktet betalar du en avgift på {fee} kr via Swish.", "Skicka en bild på ditt ID och dina kortuppgifter för verifiering."],
           "push": ["Begränsat antal platser, svara idag.", "Kontakta oss på WhatsApp +46 7{k}{k}{num}."]},
    "da": {"hook": ["Tillykke, din profil er udvalgt blandt hundredvis af ansøgere!", "Hej! Vi har et hjemmearbejde til dig, ingen samtale nødvendig."],
           "pay": ["Betal et gebyr på {fee} kr. via MobilePay for at aktivere kontrakten.", "Send et billede af dit pas og dine kortoplysninger til verifikation."],
           "push": ["Begrænset antal pladser, svar i dag.", "Skriv til os på WhatsApp +45 {k}{k}{num}."]},
    "no": {"hook": ["Gratulerer, profilen din er valgt ut blant hundrevis av søkere!", "Hei! Vi har en hjemmekontorjobb til deg, uten intervju."],
           "pay": ["Betal et gebyr på {fee} kr med Vipps for å aktivere kontrakten.", "Send bilde av pass og kortopplysninger for verifisering."],
           "push": ["Begrenset antall plasser, svar i dag.", "Kontakt oss på WhatsApp +47 {k}{k}{num}."]},
    "en": {"hook": ["Congratulations, your profile was selected from over 300 applicants!", "Hello! We have a remote position for you, no interview required.", "We urgently need people to rate products online from home."],
           "pay": ["To activate your contract please pay a {fee} EUR onboarding fee by gift card.", "Send a photo of your passport and your card details for payroll verification.", "You first need to buy the equipment package ({fee} EUR), refunded with your first salary."],
           "push": ["Places are limited, reply today.", "Message our HR on Telegram @hr_desk_{k}.", "Start immediately!"]},
}
OOO = {
    "it": {"away": ["Sono fuori sede fino al {dl}.", "Grazie per il messaggio, sono in congedo fino al {dl}.", "Sono in trasferta questa settimana e leggo la posta a fatica."],
           "alt": ["Per le selezioni in corso può scrivere a selezione@{dom}.", "Per urgenze contatti {me2}.", "Risponderò al mio rientro."]},
    "pt": {"away": ["Estou fora do escritório até {dl}.", "Obrigada pelo contacto, estou de licença até {dl}.", "Estou em formação esta semana, com acesso limitado ao email."],
           "alt": ["Para processos de recrutamento escreva para recrutamento@{dom}.", "Em caso de urgência contacte {me2}.", "Responderei no meu regresso."]},
    "nl": {"away": ["Ik ben afwezig tot en met {dl}.", "Bedankt voor je mail, ik ben met verlof tot {dl}.", "Ik zit deze week op een beurs en lees beperkt mail."],
           "alt": ["Voor lopende sollicitaties kun je mailen naar werving@{dom}.", "Bij spoed: {me2}.", "Ik reageer na mijn terugkomst."]},
    "pl": {"away": ["Jestem poza biurem do {dl}.", "Dziękuję za wiadomość, przebywam na urlopie do {dl}.", "W tym tygodniu jestem na szkoleniu, odpowiadam z opóźnieniem."],
           "alt": ["W sprawach rekrutacji proszę pisać na rekrutacja@{dom}.", "W pilnych sprawach: {me2}.", "Odpowiem po powrocie."]},
    "sv": {"away": ["Jag är ledig till och med {dl}.", "Tack för ditt mejl, jag är föräldraledig till {dl}."],
           "alt": ["Rekryteringsfrågor kan skickas till jobb@{dom}.", "Vid brådskande ärenden: {me2}."]},
    "da": {"away": ["Jeg er væk fra kontoret til og med {dl}.", "Tak for din mail, jeg er på barsel til {dl}."],
           "alt": ["Spørgsmål om rekruttering kan sendes til job@{dom}.", "Ved hastende sager: {me2}."]},
    "no": {"away": ["Jeg er borte fra kontoret til og med {dl}.", "Takk for e-posten, jeg er i permisjon til {dl}."],
           "alt": ["Spørsmål om rekruttering kan sendes til jobb@{dom}.", "Ved hastesaker: {me2}."]},
    "en": {"away": ["I'm out of the office until {dl}.", "Thanks for your email, I'm on leave until {dl}.", "I'm at a trade fair this week with patchy email."],
           "alt": ["For recruitment questions please write to careers@{dom}.", "For anything urgent, contact {me2}.", "I'll reply when I'm back."]},
}


_DONE = []


def merge(bank_mod_pairs):
    """Add the second-round fragments; a regional variant only gets keys it did not override."""
    if _DONE:
        return
    _DONE.append(1)
    for table in (MORE, MORE2, MORE3):
        for lang, base, variants in bank_mod_pairs:
            add = table.get(lang, {})
            originals = {k: base[k] for k in add}
            for key, extra in add.items():
                base[key] = list(base[key]) + extra
            for v in variants:
                for key in add:
                    if v[key] is originals[key]:
                        v[key] = base[key]


# third round: more ways to say the deciding things
MORE2 = {
    "it": {
        "thanks_int": lines("""
            grazie per essere passata da noi mercoledì, e scusa per l'attesa in reception.
            La ringrazio per la disponibilità dimostrata in tutte le fasi della selezione.
        """),
        "rej": lines("""
            Dopo averne parlato con la direzione, abbiamo preferito un profilo diverso dal Suo.
            ti scrivo per dirti che purtroppo non sei stata scelta.
            La Sua candidatura, pur apprezzabile, non proseguirà oltre questa fase.
        """),
        "offer": lines("""
            Ho il piacere di comunicarLe che la direzione ha approvato la Sua assunzione come {role}.
            Volevo dirtelo io prima che arrivi la lettera: ti offriamo il posto!
        """),
        "inv_ask": lines("""
            Se l'orario non Le va bene, ci indichi due alternative nella settimana.
            Rispondimi pure anche solo con un ok.
        """),
        "fb_intro": lines("""
            Ti scrivo anche due righe sincere, perché credo possano servirti:
        """),
        "hi_f": lines("""
            Cara Francesca,
            Spett.le candidata,
        """),
        "bye_f": lines("""
            Resto a disposizione e La saluto cordialmente.
            Grazie ancora e buon lavoro,
        """),
    },
    "pt": {
        "thanks_int": lines("""
            obrigada por ter vindo às nossas instalações e pela paciência com os atrasos.
            agradeço a disponibilidade ao longo de todas as fases do processo.
        """),
        "rej": lines("""
            Depois de conversarmos com a direção, optámos por um perfil diferente.
            escrevo-lhe para dizer que, infelizmente, não foi a pessoa escolhida.
        """),
        "offer": lines("""
            Tenho o gosto de lhe dizer que a administração aprovou a sua contratação como {role}.
            Queria ser eu a dar-lhe a notícia antes da carta: a vaga é sua!
        """),
        "inv_ask": lines("""
            Se a hora não lhe der jeito, indique-nos duas alternativas nessa semana.
        """),
        "bye_f": lines("""
            Com estima,
            Votos de um bom dia,
        """),
    },
    "nl": {
        "thanks_int": lines("""
            dank je voor je komst woensdag, en sorry dat je even moest wachten bij de receptie.
            bedankt voor je inzet tijdens de hele procedure.
        """),
        "rej": lines("""
            Na overleg met de directie hebben we gekozen voor een ander profiel.
            ik moet je helaas laten weten dat de keuze niet op jou is gevallen.
        """),
        "offer": lines("""
            Ik mag je laten weten dat de directie akkoord is met je aanstelling als {role}.
            Ik wilde het je zelf vertellen voordat de brief komt: de baan is van jou!
        """),
        "inv_ask": lines("""
            Past dit niet, geef dan twee alternatieven door in dezelfde week.
            Een kort 'ok' is genoeg als antwoord.
        """),
        "bye_f": lines("""
            Met hartelijke groet,
            Hartelijke groeten,
        """),
    },
    "pl": {
        "thanks_int": lines("""
            dziękuję za przyjazd do biura i cierpliwość, gdy trzeba było chwilę poczekać.
            dziękujemy za zaangażowanie na wszystkich etapach procesu.
        """),
        "rej": lines("""
            Po konsultacji z zarządem wybraliśmy inny profil.
            piszę, żeby przekazać, że niestety nie zostałaś wybrana.
        """),
        "offer": lines("""
            Mam przyjemność poinformować, że zarząd zatwierdził Pani zatrudnienie na stanowisku {role}.
            Chciałam przekazać to osobiście, zanim przyjdzie oficjalny list: stanowisko jest Twoje!
        """),
        "inv_ask": lines("""
            Jeśli termin nie pasuje, prosimy o wskazanie dwóch innych w tym samym tygodniu.
        """),
        "bye_f": lines("""
            Serdecznie pozdrawiam,
            Z pozdrowieniami,
        """),
    },
    "sv": {
        "thanks_int": lines("""
            tack för att du kom in till oss i onsdags och förlåt för väntan i receptionen.
        """),
        "rej": lines("""
            Efter samråd med ledningsgruppen har vi valt en annan profil.
            jag skriver för att berätta att det tyvärr inte blev du.
        """),
        "offer": lines("""
            Jag är glad att kunna meddela att ledningen har godkänt din anställning som {role}.
            Jag ville säga det själv innan avtalet kommer: jobbet är ditt!
        """),
        "inv_ask": lines("""
            Passar inte tiden, föreslå gärna två andra samma vecka.
        """),
    },
    "da": {
        "thanks_int": lines("""
            tak fordi du kom forbi i onsdags, og undskyld ventetiden i receptionen.
        """),
        "rej": lines("""
            Efter en drøftelse med ledelsen har vi valgt en anden profil.
            jeg skriver for at fortælle, at det desværre ikke blev dig.
        """),
        "offer": lines("""
            Jeg er glad for at kunne fortælle, at ledelsen har godkendt din ansættelse som {role}.
            Jeg ville selv sige det, før kontrakten kommer: jobbet er dit!
        """),
        "inv_ask": lines("""
            Passer tidspunktet ikke, så foreslå gerne to andre i samme uge.
        """),
    },
    "no": {
        "thanks_int": lines("""
            takk for at du kom innom på onsdag, og beklager ventetiden i resepsjonen.
        """),
        "rej": lines("""
            Etter en prat med ledergruppen har vi valgt en annen profil.
            jeg skriver for å si at det dessverre ikke ble deg.
        """),
        "offer": lines("""
            Jeg er glad for å kunne si at ledelsen har godkjent ansettelsen din som {role}.
            Jeg ville si det selv før avtalen kommer: jobben er din!
        """),
        "inv_ask": lines("""
            Passer ikke tidspunktet, foreslå gjerne to andre samme uke.
        """),
    },
    "en": {
        "thanks_int": lines("""
            thanks for coming in on Wednesday, and sorry about the wait at reception.
            thank you for your patience through what turned out to be a long process.
        """),
        "rej": lines("""
            After discussing it with the leadership team, we've gone with a different profile.
            I'm writing to let you know that, sadly, we won't be offering you the role.
        """),
        "offer": lines("""
            I'm pleased to tell you that the leadership team has approved your hire as {role}.
            I wanted to tell you myself before the paperwork arrives: the job is yours!
        """),
        "inv_ask": lines("""
            If the time doesn't suit, suggest two alternatives that week.
        """),
    },
}


MORE3 = {
    "it": {
        "news": lines("""
            Stipendi 2026: quanto guadagna davvero un magazziniere in Emilia
            Il recruiter non risponde? Quanto aspettare prima di scrivere
            Offerta di lavoro: come negoziare senza bruciarsi
        """),
        "housing": lines("""
            Grazie per aver visitato il bilocale di via {street}. Purtroppo la proprietà ha accettato un'altra proposta prima della Sua. Le segnaleremo nuovi immobili simili.
            Ci dispiace, ma la Sua richiesta per l'alloggio universitario non rientra tra quelle accolte per mancanza di posti.
        """),
        "uni": lines("""
            Il Suo progetto per il bando "Giovani Idee 2026" non è stato ammesso al finanziamento. Le schede di valutazione sono consultabili nell'area riservata.
            La Sua proposta di intervento al convegno nazionale non è stata selezionata dal comitato scientifico.
        """),
        "panel": lines("""
            Francesca, ciao! Lunedì abbiamo tre colloqui per il posto da magazziniere e Gianni è in ferie. Faresti tu la parte tecnica? Ti mando le domande stasera.
            Buongiorno, La informiamo che è stata individuata come componente della commissione interna per la selezione di due addetti contabili. Il calendario dei colloqui è in allegato.
        """),
    },
    "pt": {
        "news": lines("""
            Salários 2026: quanto ganha um programador no Porto
            O recrutador não responde? Quanto tempo esperar
            Proposta de emprego: como negociar sem perder a vaga
        """),
        "housing": lines("""
            Obrigado pela visita ao T1 na Rua {street}. Infelizmente o proprietário aceitou outra proposta. Enviaremos novos imóveis semelhantes.
            Lamentamos, mas o seu pedido de alojamento na residência universitária não foi aceite por falta de vagas.
        """),
        "uni": lines("""
            O seu projeto à bolsa "Jovens Empreendedores 2026" não foi selecionado para financiamento.
            A sua proposta de comunicação ao congresso não foi aceite pela comissão científica.
        """),
        "panel": lines("""
            Leonor, bom dia! Precisamos de alguém da tua equipa no júri das entrevistas dos estagiários na terça. Consegues estar das 10h às 12h?
        """),
    },
    "nl": {
        "news": lines("""
            Salarischeck 2026: wat verdien je als orderpicker?
            Recruiter reageert niet? Zo lang moet je wachten
            Een baanaanbod onderhandelen zonder het te verspelen
        """),
        "housing": lines("""
            Bedankt voor je bezichtiging van het appartement aan de {street}. De verhuurder heeft voor een andere huurder gekozen. We houden je op de hoogte van vergelijkbare woningen.
            Je aanvraag voor een studentenkamer is helaas niet gehonoreerd wegens gebrek aan plaatsen.
        """),
        "uni": lines("""
            Je projectvoorstel voor de subsidieronde 'Jong Talent 2026' is niet gehonoreerd.
            Je abstract voor het congres is door de programmacommissie niet geselecteerd.
        """),
        "panel": lines("""
            Maarten, wil jij volgende week bij de gesprekken voor de nieuwe collega op de planning zitten? Ik stuur je de cv's en het beoordelingsformulier.
        """),
    },
    "pl": {
        "news": lines("""
            Zarobki 2026: ile naprawdę zarabia księgowa w Krakowie
            Rekruter milczy? Ile czekać na odpowiedź
            Jak negocjować ofertę pracy i jej nie stracić
        """),
        "housing": lines("""
            Dziękujemy za obejrzenie mieszkania przy ul. {street}. Niestety właściciel przyjął inną ofertę. Prześlemy podobne propozycje.
            Wniosek o miejsce w domu studenckim nie został rozpatrzony pozytywnie z powodu braku miejsc.
        """),
        "uni": lines("""
            Pani projekt w konkursie grantowym "Młode Talenty 2026" nie otrzymał finansowania.
            Zgłoszony referat nie został przyjęty przez komitet programowy konferencji.
        """),
        "panel": lines("""
            Karolina, w środę rekrutujemy dwie osoby do działu płac. Mogłabyś poprowadzić część merytoryczną rozmów? Wyślę Ci pytania.
        """),
    },
    "sv": {
        "news": lines("""
            Lönekollen 2026: vad tjänar en systemutvecklare i Umeå?
            Rekryteraren svarar inte? Så länge ska du vänta
        """),
        "housing": lines("""
            Tack för att du var på visningen på {street}. Hyresvärden har valt en annan hyresgäst.
        """),
        "uni": lines("""
            Din ansökan om forskningsmedel har tyvärr inte beviljats i årets utlysning.
        """),
        "panel": lines("""
            Jonatan, skulle du kunna vara med och intervjua kandidaterna till supporten nästa vecka? Jag skickar CV:n i kväll.
        """),
    },
    "da": {
        "news": lines("""
            Lønstatistik 2026: hvad tjener en bogholder i Odense?
            Svarer rekruttereren ikke? Så længe skal du vente
        """),
        "housing": lines("""
            Tak fordi du var til fremvisning på {street}. Udlejer har valgt en anden lejer.
        """),
        "uni": lines("""
            Din ansøgning om legat er desværre ikke imødekommet i denne runde.
        """),
        "panel": lines("""
            Nikolaj, vil du sidde med til jobsamtalerne for den nye bogholder på tirsdag? Jeg sender ansøgningerne i aften.
        """),
    },
    "no": {
        "news": lines("""
            Lønnsguiden 2026: hva tjener en sykepleier i Bergen?
            Svarer ikke rekruttereren? Så lenge bør du vente
        """),
        "housing": lines("""
            Takk for at du kom på visning i {street}. Utleier har valgt en annen leietaker.
        """),
        "uni": lines("""
            Søknaden din om stipend er dessverre ikke innvilget i årets tildeling.
        """),
        "panel": lines("""
            Synnøve, kan du være med på intervjuene av de nye sommervikarene neste uke? Jeg sender søknadene i kveld.
        """),
    },
    "en": {
        "news": lines("""
            Salary check 2026: what developers really earn in Lisbon
            Recruiter gone quiet? How long to wait before chasing
            Negotiating an offer without losing it
        """),
        "housing": lines("""
            Thanks for viewing the flat at {street}. Unfortunately the owner accepted another offer first.
            Your application for student housing was unsuccessful this round due to limited rooms.
        """),
        "uni": lines("""
            Your grant application to the Young Innovators Fund was not selected for funding this year.
            Your abstract was not accepted for presentation at the conference.
        """),
        "panel": lines("""
            Alex - could you cover the technical interview for the data intern candidates on Tuesday? Questions are in the shared folder.
            We'd like you to join the hiring panel for your team's new analyst. Please block Wednesday 13:00-16:00 in your calendar.
        """),
    },
}


FB_MORE = {
    "it": {"coding": ["Il codice consegnato era difficile da leggere: nomi poco chiari e funzioni molto lunghe."],
           "system_design": ["Quando abbiamo chiesto come far crescere il sistema, la risposta è rimasta vaga."],
           "technical_depth": ["Sulle domande di dettaglio (bilancio consolidato, ratei e risconti) ci aspettavamo più sicurezza."],
           "communication": ["In alcuni passaggi è stato difficile seguire il filo del discorso."],
           "experience_level": ["Per ora il Suo percorso è più adatto a un ruolo operativo che di coordinamento."],
           "behavioural": ["Quando abbiamo chiesto di un conflitto con un collega, la risposta è rimasta sul generico."],
           "cv_positioning": ["Dal curriculum non emergeva la Sua esperienza con i clienti esteri, che ci ha raccontato solo a voce."],
           "collaboration": ["Ci è sembrato che preferisca lavorare in autonomia più che in squadra."]},
    "pt": {"coding": ["O código entregue era difícil de ler, com funções muito longas."],
           "system_design": ["Quando perguntámos como escalar a solução, a resposta ficou vaga."],
           "technical_depth": ["Nas perguntas de detalhe sobre normas ISO esperávamos mais segurança."],
           "communication": ["Em alguns momentos foi difícil acompanhar o raciocínio."],
           "experience_level": ["Para já, o seu percurso adequa-se mais a uma função operacional do que de coordenação."],
           "cv_positioning": ["O currículo não mostra a experiência com clientes internacionais de que nos falou."],
           "behavioural": ["Quando pedimos um exemplo de conflito com um colega, a resposta ficou muito genérica."]},
    "nl": {"coding": ["De opgeleverde code was lastig te volgen, met lange functies en onduidelijke namen."],
           "system_design": ["Op de vraag hoe het systeem moet groeien bleef je antwoord vaag."],
           "technical_depth": ["Bij de detailvragen over de Arbowet hadden we meer zekerheid verwacht."],
           "communication": ["Soms was het lastig je gedachtegang te volgen."],
           "experience_level": ["Voorlopig past je ervaring beter bij een uitvoerende dan bij een coördinerende rol."],
           "cv_positioning": ["Je cv laat je ervaring met internationale klanten niet zien, terwijl je daar in het gesprek veel over vertelde."],
           "composure": ["Bij de rollenspelopdracht raakte je zichtbaar van slag toen de acteur tegengas gaf."]},
    "pl": {"coding": ["Przesłany kod był trudny do czytania: długie funkcje i niejasne nazwy."],
           "system_design": ["Na pytanie, jak system ma rosnąć, odpowiedź była dość ogólnikowa."],
           "technical_depth": ["Przy szczegółowych pytaniach o JPK i rozliczenia VAT oczekiwaliśmy większej pewności."],
           "communication": ["Momentami trudno było nadążyć za tokiem myślenia."],
           "experience_level": ["Na ten moment Pani doświadczenie lepiej pasuje do roli wykonawczej niż koordynującej."],
           "cv_positioning": ["W CV nie widać doświadczenia z klientami zagranicznymi, o którym Pani opowiadała."],
           "composure": ["Przy trudniejszych pytaniach było widać, że stres przejmuje kontrolę."]},
    "en": {"coding": ["The submitted code was hard to read: long functions and unclear names."],
           "system_design": ["When we asked how the system would grow, the answer stayed vague."],
           "technical_depth": ["On the detailed questions about cold-chain compliance we expected more confidence."],
           "communication": ["At times it was hard to follow your line of reasoning."],
           "experience_level": ["For now your background fits an individual-contributor role better than a lead role."],
           "cv_positioning": ["Your CV undersells the international client work you described in the interview."],
           "composure": ["When the panel pushed back, you seemed to lose your footing."]},
    "sv": {"communication": ["Ibland var det svårt att följa ditt resonemang."],
           "experience_level": ["Just nu passar din bakgrund bättre för en specialistroll än en chefsroll."],
           "cv_positioning": ["Ditt CV undersäljer erfarenheten av internationella kunder som du berättade om."]},
    "da": {"communication": ["Nogle gange var det svært at følge din tankegang."],
           "experience_level": ["Lige nu passer din baggrund bedre til en specialistrolle end en lederrolle."],
           "coding": ["Koden var svær at læse med lange funktioner og uklare navne."]},
    "no": {"communication": ["Noen ganger var det vanskelig å følge resonnementet ditt."],
           "experience_level": ["Akkurat nå passer bakgrunnen din bedre til en fagrolle enn en lederrolle."],
           "coding": ["Koden var vanskelig å lese, med lange funksjoner og uklare navn."]},
}


def merge_fb(lang_banks):
    if len(_DONE) > 1:
        return
    _DONE.append(2)
    for lang, banks in lang_banks:
        seen = set()
        for b in banks:
            if id(b["fb"]) in seen:
                continue
            seen.add(id(b["fb"]))
            for topic, extra in FB_MORE.get(lang, {}).items():
                b["fb"][topic] = list(b["fb"][topic]) + extra
