"""Writer 39: whole messages written one by one (no templates)."""
from __future__ import annotations

import _w39_kit as K

FAMILY_PREFIX = "w39hd"

R, I, F, A, O, Q = "rejection", "interview_invite", "feedback", "application_ack", "offer", "feedback_request"

# (family, folder, lang, from_name, from_addr, subject, body, labels, company, topics, outside_control)
MSGS = [
    ("people", "INBOX", "it", "Roberta Fanti", "roberta@vetreriacosmai.it", "ci sentiamo?",
     """Ciao Francesca,
scusa il ritardo, settimana infernale in fornace.
Il tuo cv l'ha visto anche mio fratello e ci piacerebbe conoscerti: passi giovedì verso le 17 in vetreria? Via delle Fornaci 3, chiedi di me al banco.
Se non riesci dimmi tu un altro giorno.
Roberta
Vetreria Cosmai""", [I], "Vetreria Cosmai", [], []),
    ("people", "INBOX", "it", "Paolo Rinaldi", "p.rinaldi@nuvolarisoftware.it", "R: colloquio tecnico",
     """Ciao Francesca,

ti rispondo io al posto di Elisa che è in ferie. Allora, sul colloquio di martedì: il team ha apprezzato la parte su SQL, molto solida. Invece sull'esercizio di progettazione ci aspettavamo che ragionassi di più su cosa succede quando il traffico raddoppia, e la parte di test è stata un po' frettolosa.

Detto questo, per il ruolo di backend abbiamo deciso di proseguire con un altro candidato che aveva già lavorato con sistemi di pagamento.

Mi dispiace, spero che questi spunti ti siano utili.
Paolo

Il giorno 3 mar 2026, alle ore 09:12, Francesca Deledda <francesca.deledda@libero.it> ha scritto:
> Buongiorno Elisa, volevo sapere se ci sono novità dopo il colloquio tecnico. Grazie, Francesca""",
     [R, F], "Nuvolari Software", ["system_design", "coding"], ["closer_fit"]),
    ("system", "INBOX", "it", "Comune di Castelmarino - Ufficio Personale", "protocollo@comune.castelmarino.it",
     "Avviso di mobilità esterna n. 4/2026 - convocazione prova orale",
     """Si comunica che la S.V. è ammessa alla prova orale della procedura in oggetto, che si terrà il giorno 12 maggio 2026 alle ore 9:30 presso la Sala Consiliare, Piazza Municipio 1.
La mancata presentazione sarà considerata rinuncia alla procedura.
Il candidato dovrà presentarsi munito di documento di riconoscimento in corso di validità.

Il Responsabile del Servizio Personale
Dott. Aldo Venturini""", [I], "Comune di Castelmarino", [], []),
    ("people", "INBOX", "it", "Marta Sala", "marta.sala@gruppo-serravalle.it", "Panel colloqui stagisti",
     """Ciao Francesca,
come anticipato da Luca, ti abbiamo inserita nella commissione per i colloqui degli stagisti dell'ufficio sinistri: mercoledì 14 e giovedì 15, dalle 10 alle 12. Ti mando in allegato i CV e la griglia di valutazione da compilare per ogni candidato.
Grazie mille per la disponibilità!
Marta - HR Serravalle""", [], None, [], []),
    ("system", "INBOX", "it", "Università di Valdosco - Segreteria", "segreteria@unival.it", "Esito domanda di ammissione",
     """Gentile candidata,
La informiamo che, a seguito della valutazione dei titoli, la Sua domanda di ammissione al corso di laurea magistrale in Economia Circolare non è stata accolta: il punteggio ottenuto (54/100) è inferiore alla soglia minima.
Può presentare una nuova domanda nella finestra di settembre.
Segreteria Studenti""", [], None, [], []),
    ("people", "INBOX", "pt", "Rita Nogueira", "rita.nogueira@conservasribamar.pt", "a vaga de qualidade",
     """Bom dia Leonor,

Espero que esteja bem. Queria dar-lhe notícias sobre o processo de engenheira de qualidade. Foram semanas complicadas aqui na fábrica com a auditoria, por isso peço desculpa pela demora.

A administração decidiu congelar todas as contratações até ao fim do ano, e por isso o processo foi encerrado sem ninguém ser contratado. Não tem nada a ver com o seu perfil, de que gostámos bastante.

Se a situação mudar em 2027 volto a contactá-la, prometo.

Cumprimentos,
Rita Nogueira
Conservas Ribamar, Matosinhos""", [R], "Conservas Ribamar", [], ["budget_freeze"]),
    ("people", "INBOX", "pt", "Thiago Lima", "thiago@mandacaru.tech", "bora marcar?",
     """Oi Leonor, tudo bem?
Curti demais seu portfólio, principalmente o app de feira. Queria marcar uma call de 30 min com você e com a Camila (nossa head de produto) essa semana. Quinta 15h ou sexta 10h funciona?
Abs
Thiago - Mandacaru""", [I], "Mandacaru Tecnologia", [], []),
    ("people", "INBOX", "pt", "Patrícia Rocha", "patricia.rocha@farolseguros.pt", "Proposta + alguns comentários",
     """Olá Leonor,

Tenho o prazer de lhe confirmar que gostaríamos de a contratar como gestora de conta, nas condições que falámos ao telefone (1.950€ brutos x 14, seguro de saúde, início a 2 de março). A carta formal segue amanhã pelos RH.

Como me pediu uma opinião sincera sobre as entrevistas: na apresentação do caso ficou evidente algum nervosismo no início, e acho que vale a pena trabalhar isso, porque vai apresentar muito a clientes. Nada que nos tenha feito hesitar.

Um abraço e parabéns!
Patrícia""", [O, F], "Farol Seguros", ["composure"], []),
    ("system", "INBOX", "pt", "Portal do Candidato", "nao-responder@recrutamento-grupomirandela.pt",
     "Candidatura submetida com sucesso - Ref. ENF-2026-118",
     """Exma. Sra. Leonor Matos,

A sua candidatura à oferta ENF-2026-118 (Enfermeira/o - Serviço de Medicina Interna) foi submetida com sucesso em 14/01/2026 às 22:41.

Para a próxima fase, pedimos que realize a prova de conhecimentos online disponível na sua área de candidato até 21/01/2026. A prova tem a duração de 40 minutos.

Grupo Mirandela Saúde - Recursos Humanos
Este email foi enviado automaticamente.""", [A, I], "Grupo Mirandela Saúde", [], []),
    ("people", "INBOX", "nl", "Joris Visser", "joris@stroomlijn.nl", "even bijpraten",
     """Hoi Maarten,

Dank voor je geduld. Eerlijk gezegd hebben we voor de rol van backend developer gekozen voor iemand met wat meer jaren ervaring, omdat hij vanaf dag één de architectuur moet trekken.

Maar: we starten in april een tweede team en daar zoeken we juist iemand met jouw profiel (medior, veel Python). Zin om daar volgende week een gesprek over te hebben met Lotte? Ze kan dinsdag of woensdagmiddag.

Groet,
Joris""", [R, I], "Stroomlijn Software", [], ["level_mismatch"]),
    ("people", "INBOX", "nl", "Femke Dekker", "f.dekker@zorggroeplindeheuvel.nl", "RE: Sollicitatie wijkverpleegkundige",
     """Beste Maarten,

Zoals je in het gesprek al aanvoelde: we gaan niet met je verder. Je vroeg om een toelichting, dus bij dezen.

- Je kennis van wondzorg is goed, daar was de commissie positief over.
- Bij de vragen over samenwerken met huisartsen bleef je heel algemeen; we misten concrete voorbeelden uit je eigen praktijk.
- Je had geen vragen over het team of de wijk, terwijl dat voor ons wel belangrijk is.

Ik hoop dat je hier iets aan hebt. Succes!

Femke Dekker
Teamleider wijkzorg

-----Oorspronkelijk bericht-----
Van: Maarten Hoekstra <m.hoekstra@ziggo.nl>
Verzonden: dinsdag 10 februari 2026 08:14
Aan: Femke Dekker
Onderwerp: Sollicitatie wijkverpleegkundige

Beste Femke, zou je mij kunnen vertellen waarom ik niet door ben? Alvast bedankt, Maarten""",
     [R, F], "Zorggroep Lindeheuvel", ["behavioural", "questions_to_ask"], []),
    ("people", "INBOX", "nl", "Stad Oudenburg-Leie", "selectie@oudenburg-leie.be", "Uw deelname aan de selectieproef",
     """Geachte heer Hoekstra,

Wij danken u voor uw deelname aan de schriftelijke proef voor de functie van administratief medewerker (C1).

Uw resultaat bedraagt 48/100. Om geslaagd te zijn diende u minstens 60/100 te behalen, waardoor u niet wordt uitgenodigd voor het mondeling gedeelte. Vooral het onderdeel over het decreet lokaal bestuur was onvoldoende.

Met vriendelijke groeten,
Dienst Personeel & Organisatie""", [R, F], "Stad Oudenburg-Leie", ["technical_depth"], []),
    ("people", "INBOX", "nl", "Bram Claes", "bram.claes@kempenland-scholen.be", "interim Nederlands",
     """Dag Maarten,
Kan je morgen om 16u even langskomen op de campus in Geel voor een gesprek over de interim Nederlands (3de graad, tot de paasvakantie)? Ik weet dat het kort dag is, maar de collega valt maandag al uit.
Laat je iets weten via sms? 0478 12 34 56
Bram Claes, directeur""", [I], "Scholengroep Kempenland", [], []),
    ("system", "INBOX", "nl", "Vacaturekompas", "no-reply@vacaturekompas.nl", "3 werkgevers bekeken je profiel",
     """Hoi Maarten,

Goed nieuws! Deze week bekeken 3 werkgevers je profiel, waaronder Drukkerij Van Vliet. Werkgevers nodigen vaker kandidaten uit met een complete cv-upload.

Upload je cv
Bekijk wie je profiel bekeek

Je ontvangt deze mail omdat je een account hebt bij Vacaturekompas. Uitschrijven""", [], None, [], []),
    ("people", "INBOX", "pl", "Tomasz Krawczyk", "t.krawczyk@kodowisko.pl", "Re: zadanie rekrutacyjne",
     """Cześć Karolina,

dzięki za przesłanie zadania, przejrzeliśmy je z zespołem. Kod jest czytelny, podobało nam się podejście do walidacji. Brakowało nam za to testów jednostkowych, a przy większych danych endpoint z raportem zaczyna się dławić – na rozmowie chętnie o tym pogadamy.

Zapraszamy Cię na rozmowę techniczną w piątek o 11:00 (Google Meet, link wyślę w kalendarzu). Pasuje?

Tomek""", [F, I], "Kodowisko", ["coding"], []),
    ("people", "INBOX", "pl", "Ewa Mazur", "ewa.mazur@szpital-lipiny.pl", "odp: rekrutacja pielęgniarka",
     """Pani Karolino,
dyrekcja podjęła decyzję, że stanowisko pielęgniarki oddziałowej obejmie osoba z naszego zespołu, która od lat pracuje na tym oddziale. Dlatego nie będziemy kontynuować rekrutacji zewnętrznej.
Dziękuję za przyjazd na rozmowę i za cierpliwość.
Z poważaniem
Ewa Mazur
Dział Kadr""", [R], "Szpital Powiatowy w Lipinach", [], ["role_filled"]),
    ("system", "INBOX", "pl", "PracaTeraz", "powiadomienia@pracateraz.pl", "Twoja aplikacja została wyświetlona",
     """Cześć Karolina!

Pracodawca Meble Jodłowa wyświetlił Twoją aplikację na stanowisko Księgowa. To dobry moment, aby uzupełnić profil o certyfikaty.

Zobacz status aplikacji
Zespół PracaTeraz

Nie chcesz otrzymywać takich wiadomości? Zmień ustawienia powiadomień.""", [], None, [], []),
    ("people", "INBOX", "pl", "Grzegorz Sobczak", "g.sobczak@zm-sobczak.pl", "oferta",
     """Pani Karolino, tak jak rozmawialiśmy przez telefon, potwierdzam: chcemy Panią zatrudnić na stanowisku specjalistki ds. kadr i płac od 1 kwietnia, 8200 zł brutto, umowa na okres próbny 3 miesiące a potem na czas nieokreślony. Proszę o potwierdzenie mailem, wtedy kadry przygotują umowę.
Pozdrawiam
G. Sobczak
Wysłane z telefonu""", [O], "Zakłady Mięsne Sobczak", [], []),
    ("people", "INBOX", "sv", "Erik Sjöberg", "erik@lingonrot.se", "Re: Systemutvecklare",
     """Hej Jonatan!

Tack för hemuppgiften, den var riktigt snygg. Vi vill gärna ta nästa steg: en halvdag hos oss på kontoret i Malmö där du parprogrammerar med två i teamet och träffar vår CTO. Funkar tisdag 18/3 från kl 9?

/Erik""", [I], "Lingonrot Spel", [], []),
    ("people", "INBOX", "sv", "Maja Holm", "maja.holm@storvik.se", "Besked - undersköterska hemtjänst",
     """Hej Jonatan,

Tack för intervjun i torsdags och för att du tog dig tid att komma hit.

Vi har nu gått igenom alla intervjuer. Som du kanske vet har kommunen infört ett tillfälligt anställningsstopp inom äldreomsorgen från 1 mars, och det gör att vi tyvärr inte kan tillsätta tjänsten just nu. Rekryteringen avslutas därför utan att någon anställs.

Jag hör gärna av mig om läget ändras.

Vänliga hälsningar
Maja Holm
Enhetschef hemtjänst, Storviks kommun""", [R], "Storviks kommun", [], ["budget_freeze"]),
    ("system", "INBOX", "sv", "Bäckadals gymnasium", "rektor@backadal.se", "Intervjupanel torsdag",
     """Hej Jonatan,
tack för att du ställer upp i intervjupanelen för de nya mattelärarna på torsdag. Vi börjar 13.15 i konferensrummet. Frågebatteriet ligger i Teams-kanalen.
/Anna, rektor""", [], None, [], []),
    ("system", "INBOX", "sv", "Bostadsförmedlingen Norrhamn", "noreply@bostad-norrhamn.se", "Ditt intresse för objekt 4-1187",
     """Hej!

Tack för din intresseanmälan. Lägenheten på Tallvägen 12 har nu erbjudits till en sökande med längre kötid. Du har tyvärr inte fått ett erbjudande denna gång.

Fortsätt söka på bostad-norrhamn.se.
Bostadsförmedlingen""", [], None, [], []),
    ("people", "INBOX", "da", "Louise Holst", "louise@fjordlys.dk", "Samtale",
     """Hej Nikolaj

Tak for en rigtig god samtale i går - vi var alle tre enige om, at du skal videre. Anden samtale bliver med vores CTO og en case, du får 20 minutter til at forberede dig på stedet. Passer onsdag d. 22. kl. 10?

Mvh
Louise""", [I], "Fjordlys Software", [], []),
    ("people", "INBOX", "da", "Kasper Bech", "kasper.bech@kobbelrevision.dk", "Tilbagemelding",
     """Hej Nikolaj,

Du bad om en uddybning efter vores afslag, og det vil jeg gerne give.

Vi var meget glade for din faglighed på moms. Det, der trak ned, var mest, at du i casen forklarede dine beregninger ret uklart, så partneren havde svært ved at følge med, og at vi oplevede dig noget presset, da partneren stillede opfølgende spørgsmål. Begge dele er noget, man lærer, så jeg ville ikke lade det slå mig ud.

Bedste hilsner
Kasper Bech
Partner, Kobbel Revision""", [R, F], "Kobbel Revision", ["composure", "communication"], []),
    ("system", "INBOX", "da", "Jobhavnen", "jobagent@jobhavnen.dk", "Nyt job: Bogholder hos Skovsgaard Mejeri",
     """Hej Nikolaj

Din jobagent "bogholder Odense" har fundet 1 nyt job:

Bogholder (37 t.) - Skovsgaard Mejeri - Odense SV
Ansøgningsfrist: 28. februar

Se jobbet og søg

Du modtager denne mail, fordi du har oprettet en jobagent. Afmeld""", [], None, [], []),
    ("people", "INBOX", "no", "Håkon Strand", "hakon@isbre.no", "SV: søknad systemutvikler",
     """Hei Synnøve,

beklager at det har tatt tid. Vi har bestemt oss for å gå for en annen kandidat denne gangen, en som allerede har jobbet med Kotlin i flere år.

Men jeg sier det rett ut: du var nummer to, og vi har en stilling i plattformteamet som lyses ut om et par uker. Har du lyst å ta en prat om den allerede nå, f.eks. over en kaffe på fredag?

Håkon
Isbre Systemer""", [R, I], "Isbre Systemer", [], ["closer_fit"]),
    ("system", "INBOX", "no", "Jobbnorge", "noreply@jobbnorge.no", "Søknaden din er mottatt",
     """Hei Synnøve Rustad,

Vi bekrefter at søknaden din på stillingen Sykepleier 80 % natt, Helse Nordvest Sykehus, er mottatt.

Søknadsfrist: 15.03.2026. Søkerlisten blir offentlig etter fristen.

Med vennlig hilsen
Helse Nordvest Sykehus""", [A], "Helse Nordvest Sykehus", [], []),
    ("people", "INBOX", "no", "Ragnhild Eide", "ragnhild.eide@granheim.no", "tilbud",
     """Hei Synnøve!

Takk for sist. Vi vil veldig gjerne ha deg som regnskapsmedarbeider hos oss. Lønn 590 000, fast stilling, oppstart etter avtale - jeg sender avtalen på e-post i morgen så du kan se på detaljene.

Gleder meg til å høre fra deg!
Ragnhild
Granheim Eiendom""", [O], "Granheim Eiendom", [], []),
    ("people", "INBOX", "en", "Sofie Winther", "sofie.winther@bolgen.dk", "Your interview at Bølgen",
     """Hi Alex,

Thanks so much for coming in on Thursday and for the thoughtful questions you asked.

I'm sorry to tell you that we won't be offering you the claims analyst position. The panel felt that the SQL exercise showed gaps in joins and window functions, which are central to the day-to-day work here. Your stakeholder examples, on the other hand, were excellent.

If you keep building on the technical side, I'd really encourage you to apply again.

Best wishes,
Sofie Winther
People & Culture, Bølgen Forsikring""", [R, F], "Bølgen Forsikring", ["technical_depth", "coding"], []),
    ("people", "INBOX", "en", "Pieter Maes", "pieter@brouwerijscheldezicht.be", "brewhouse ops role",
     """hi alex
short one from my phone - we filled the brewhouse ops role internally last week, so I have to stop the process with you. sorry for the late notice!! if you are ever in Ghent come say hi
Pieter""", [R], "Brouwerij Scheldezicht", [], ["role_filled"]),
    ("system", "INBOX", "en", "Copperline Freight Careers", "careers@copperlinefreight.com",
     "Interview confirmed: Friday 14 March 10:00",
     """Hi Alex,

This is a confirmation of your interview with Copperline Freight.

When: Friday 14 March, 10:00-11:00 CET
Where: Microsoft Teams (link below)
Interviewers: Hannah Grant, Operations Director

Join the meeting
Need to change? Reply to this email at least 24 hours in advance.

Copperline Freight Talent Team""", [], "Copperline Freight", [], []),
    ("people", "INBOX", "en", "Yasmin Osei", "yasmin@tidewater-analytics.com", "Quick update",
     """Hey Alex,

Quick update so you're not left hanging: the team is still interviewing this week and we'll have a decision early next week. You're definitely still in the mix.

Yasmin""", [], "Tidewater Analytics", [], []),
    ("system", "INBOX", "en", "Kestrel Health Recruitment", "noreply@kestrel-health.jobs", "We've received your application",
     """Dear Alex,

Thank you for applying for Registered Nurse - Cardiology (Ref KH-2291). We have received your application and supporting documents.

Shortlisting will take place after the closing date of 20 April. Due to the volume of applications we are unable to contact every applicant; if you have not heard from us within four weeks, please assume you have not been shortlisted on this occasion.

Kestrel Health Recruitment""", [A], "Kestrel Health", [], []),
    ("people", "INBOX", "en", "Dario Lombardi", "d.lombardi@ponterisorse.it", "Role in Bologna",
     """Hi Alex,

I'm a recruiter with Ponte Risorse in Milan. I came across your profile and have a client, a packaging machinery maker near Bologna, looking for a QA engineer who speaks English and some Italian. Would you be open to a 15-minute call to hear more? No pressure at all.

Best,
Dario""", [], None, [], []),
    ("people", "INBOX", "en", "Callum Hughes", "callum@saltmarsh-studios.com", "Offer details",
     """Hi Alex,

As promised on the phone - we'd love you to join Saltmarsh as a Level Designer. Headline numbers: EUR 58,000, 28 days holiday, hybrid from our Lisbon studio, start date 1 June (flexible).

I've attached the formal offer letter. Take a few days and let me know if you have any questions.

Callum""", [O], "Saltmarsh Studios", [], []),
    ("people", "INBOX", "en", "Nadia Patel", "nadia.patel@oakhurst-eng.com", "Interview panel - graduate intake",
     """Hi Alex,

Would you be able to sit on one of the interview panels for the graduate engineer intake on 3 April? Each panel sees four candidates; we'll brief you the day before. Let me know by Friday.

Thanks,
Nadia
Oakhurst Engineering - Early Careers""", [], None, [], []),
    ("people", "INBOX", "en", "Ella Kelly", "ella@larkspur-robotics.com", "Following up",
     """Hi Alex,

Thanks for your patience - I know it has been a while since the onsite.

I wanted to let you know we've paused hiring for the robotics software role. The funding round we were counting on has slipped to Q3, so we can't make any hires until then. It's genuinely not a reflection on you; the team really liked you.

I'll reach out if things restart.

Ella""", [R], "Larkspur Robotics", [], ["budget_freeze"]),
    # ----- Sent, written by hand
    ("sent", "Sent", "it", "Francesca Deledda", "francesca.deledda@libero.it", "R: Esito selezione",
     """Gentile dott.ssa Fontana,

grazie per la comunicazione, anche se ovviamente speravo in un esito diverso. Le chiederei, se non è troppo disturbo, due righe su cosa non ha convinto la commissione nel colloquio: sto facendo diverse selezioni e mi sarebbe molto utile.

Cordiali saluti
Francesca Deledda""", [Q], "Farmacie Riunite Gallo", [], []),
    ("sent", "Sent", "pt", "Leonor Matos", "leonor.matos@sapo.pt", "Re: Convite para entrevista",
     """Bom dia Duarte,

Muito obrigada pelo convite! Confirmo a entrevista de quinta-feira às 14h30 na Rua do Bonjardim. Levo o portefólio impresso.

Cumprimentos,
Leonor""", [], "Tecelagem do Ave", [], []),
    ("sent", "Sent", "nl", "Maarten Hoekstra", "m.hoekstra@ziggo.nl", "Terugtrekken sollicitatie",
     """Beste Anouk,

Vervelend om te melden, maar ik trek mijn sollicitatie voor de functie van data-analist in. Ik heb gisteren een aanbod van een andere werkgever geaccepteerd. Bedankt voor de prettige gesprekken tot nu toe.

Met vriendelijke groet,
Maarten Hoekstra""", [], "Polderlicht Energie", [], []),
    ("sent", "Sent", "pl", "Karolina Wrona", "karolina.wrona@wp.pl", "Re: Informacja o wyniku rekrutacji",
     """Dzień dobry,

dziękuję za informację. Czy byłaby możliwość otrzymania krótkiej informacji zwrotnej, co zadecydowało o wyborze innej osoby? Zależy mi na tym, żeby lepiej przygotować się do kolejnych rozmów.

Z poważaniem
Karolina Wrona

W dniu 12.02.2026 o 15:02 Biuro Rachunkowe Pietrzak <rekrutacja@brpietrzak.pl> napisał(a):
> Szanowna Pani,
> dziękujemy za udział w rekrutacji. Niestety, zdecydowaliśmy się na innego kandydata.
> Z poważaniem, Zespół HR""", [Q], "Biuro Rachunkowe Pietrzak", [], []),
    ("sent", "Sent", "sv", "Jonatan Ekström", "jonatan.ekstrom@telia.com", "Sv: Erbjudande om anställning",
     """Hej Klara,

Tack för erbjudandet och för en bra process! Innan jag svarar: skulle det gå att diskutera lönen något? Jag hade tänkt mig runt 41 000 kr med tanke på jourerna.

Hälsningar
Jonatan""", [], "Kvarnby Bygg", [], []),
    ("sent", "Sent", "da", "Nikolaj Brandt", "nikolaj.brandt@mail.dk", "Sv: Vedr. din ansøgning",
     """Hej Mette,

Tak for svaret, selvom det selvfølgelig var ærgerligt. Jeg ville sætte stor pris på, hvis du havde tid til en kort snak om, hvad der kunne have gjort min ansøgning stærkere - 10 minutter i telefonen er rigeligt.

Venlig hilsen
Nikolaj""", [Q], "Havtorn Møbler", [], []),
    ("sent", "Sent", "no", "Synnøve Rustad", "synnove.rustad@online.no", "Oppfølging etter intervju",
     """Hei Tor,

Takk igjen for intervjuet forrige tirsdag. Jeg ville bare høre om dere har en tidsplan for når dere tar en avgjørelse? Jeg har et annet tilbud jeg må svare på innen fredag.

Vennlig hilsen
Synnøve Rustad""", [], "Tindefjell Regnskap", [], []),
    ("sent", "Sent", "en", "Alex Kerrigan", "alex.kerrigan@fastmail.com", "Re: Your application for product analyst",
     """Hi Leah,

Thanks for letting me know, and for being so quick about it. Would you be willing to share a couple of points on where my case study fell short? I'd really value the feedback as I keep interviewing.

Best,
Alex

On Tue, 3 Mar 2026, Leah Fraser <leah@tidewater-analytics.com> wrote:
> Hi Alex, thank you for the time you put into the case study. After a lot of discussion we've decided not to move forward. Best, Leah""",
     [Q], "Tidewater Analytics", [], []),
    ("sent", "Sent", "en", "Alex Kerrigan", "alex.kerrigan@fastmail.com", "Re: Offer details",
     """Hi Callum,

Thank you - I'm thrilled. I've signed the offer letter and attached it here. See you on 1 June!

Alex""", [], "Saltmarsh Studios", [], []),
    ("sent", "Sent", "pt", "Leonor Matos", "leonor.matos@sapo.pt", "Re: Processo de recrutamento - analista de dados",
     """Olá Beatriz,

Obrigada pela resposta. Fiquei um bocadinho triste mas percebo. Posso pedir-lhe um feedback sobre o teste técnico? Queria mesmo saber onde falhei, sobretudo na parte de SQL.

Beijinhos
Leonor""", [Q], "Quintal Digital", [], []),

    ("people", "INBOX", "en", "Marcin Piątek", "marcin.piatek@wislokasoftware.pl", "Your recruitment process",
     """Hello Alex,

I am writing to you regarding recruitment for QA Engineer position in our Rzeszów office. First I want to say thank you for all the time you gave to us, three meetings is a lot.

We had internal discussion this week with team leaders and with our CEO. There were two very good candidates in the final and it was not easy choice.

Finally we decided to make offer to the other candidate, who has more experience with automotive testing, this is our main client area. I am sorry for this information.

We will be happy to stay in contact on LinkedIn.

Best regards
Marcin Piątek
Head of QA, Wisłoka Software""", [R], "Wisłoka Software", [], ["closer_fit"]),
    ("people", "INBOX", "en", "Lotte Janssens", "lotte@wervingenco.be", "Fwd: feedback client",
     """Hi Alex,

See below what the client sent me after Tuesday - not the news we hoped for, sorry. Their points are fair though, and I think the one about your CV is easy to fix; happy to look at it together next week.

Lotte

---------- Forwarded message ---------
From: Wout Maes <wout.maes@vanderstraeten-transport.be>
Subject: RE: kandidaat Alex Kerrigan

Hi Lotte, we won't continue with Alex. Nice guy, but in the interview it became clear he has never planned routes for more than 20 trucks, and his CV made it look like much more. Please send us other profiles. Wout""",
     [R, F], "Vanderstraeten Transport", ["experience_level", "cv_positioning"], []),
    ("system", "INBOX", "no", "Breivik kommune", "postmottak@breivik.kommune.no", "Foreløpig svar på søknad - saksnr. 26/1187",
     """Hei,

Vi viser til søknaden din på stillingen som rådgiver kommunikasjon.

Dette er et foreløpig svar. På grunn av mange søkere vil behandlingen ta lengre tid enn forventet, og vi regner med å være ferdig med intervjuene i løpet av uke 16.

Med hilsen
Personalavdelingen, Breivik kommune""", [], "Breivik kommune", [], []),
    ("system", "INBOX", "sv", "Region Västerslätt", "rekrytering@vasterslatt.se", "Rekryteringen är avslutad - Dataanalytiker, ref. RV-2026-044",
     """Hej,

Tack för ditt intresse för tjänsten som dataanalytiker hos Region Västerslätt.

Rekryteringen är nu avslutad och tjänsten har tillsatts. Vi vill tacka dig för att du sökt och önskar dig lycka till framöver.

Detta meddelande skickas till samtliga sökande som inte har gått vidare till intervju.

Region Västerslätt""", [R], "Region Västerslätt", [], ["role_filled"]),
    ("system", "INBOX", "da", "Fjordby Sygehus", "job@fjordbysygehus.dk", "Afslag på ansøgning",
     """Kære Nikolaj Brandt

Tak for din ansøgning til stillingen som social- og sundhedsassistent på ortopædkirurgisk afsnit.

Vi har modtaget 64 ansøgninger, og ansættelsesudvalget har nu udvalgt de kandidater, der skal til samtale. Vi må desværre meddele, at du ikke er blandt dem.

Vi takker for din interesse for Fjordby Sygehus.

Med venlig hilsen
Afdelingssygeplejerske Trine Krogh""", [R], "Fjordby Sygehus", [], []),
    ("system", "INBOX", "pl", "Kodowisko Careers", "kariera@kodowisko.pl", "Dzień otwarty w Kodowisku - zapraszamy!",
     """Cześć Karolina!

W sobotę 14 marca otwieramy drzwi naszego biura w Rzeszowie. Będą krótkie prezentacje zespołów, mini-warsztaty z testowania i pizza. Możesz też przynieść CV i porozmawiać z naszymi rekruterkami.

Zapisz się przez formularz na stronie - liczba miejsc ograniczona.

Do zobaczenia!
Zespół Kodowisko""", [], None, [], []),
    ("system", "INBOX", "pt", "Portal de Vagas Rede Drogaria Ipê", "vagas@redeipe.com.br", "Você avançou para a próxima etapa!",
     """Oi Leonor!

Boas notícias: você foi aprovada na triagem de currículos para a vaga de Analista de RH.

A próxima etapa é um teste de perfil comportamental e um teste de lógica, que você faz online pelo link abaixo. O prazo é de 3 dias corridos.

Fazer os testes

Boa sorte!
Time de Gente & Gestão | Rede Drogaria Ipê""", [I], "Rede Drogaria Ipê", [], []),
    ("system", "INBOX", "it", "Career Day Valdosco", "eventi@careerday-valdosco.it", "Sei invitata al Career Day 2026",
     """Ciao Francesca,

il 9 aprile torna il Career Day dell'Università di Valdosco: più di 40 aziende, colloqui conoscitivi di 10 minuti allo stand e revisione gratuita del CV.

Registrati entro il 2 aprile per prenotare gli incontri con le aziende che ti interessano.

Lo staff del Career Day
Per non ricevere più queste email clicca qui""", [], None, [], []),
    ("people", "INBOX", "nl", "Eline Willems", "eline@tegelhuys.nl", "Uitnodiging: Kennismaking Tegelhuys",
     """Uitnodiging: Kennismaking Tegelhuys - Maarten Hoekstra
Wanneer: donderdag 6 maart 2026 14:00-14:45 (CET)
Waar: Microsoft Teams-vergadering
Organisator: Eline Willems

Hoi Maarten, zoals telefonisch besproken hierbij de uitnodiging voor een eerste kennismaking over de rol van marketingmedewerker. Je spreekt met mij en met onze commercieel directeur.

Deelnemen aan Microsoft Teams-vergadering
Vergadering-id: 381 552 907 114""", [I], "Tegelhuys", [], []),
    ("system", "INBOX", "en", "Google Calendar", "calendar-notification@google.com", "Accepted: Interview - Alex Kerrigan / Kestrel Health @ Thu 12 Mar 10:00",
     """Hannah Walsh has accepted this invitation.

Interview - Alex Kerrigan / Kestrel Health
When: Thursday 12 March 2026 10:00 - 11:00 (Central European Time)
Who: alex.kerrigan@fastmail.com - organiser, hannah.walsh@kestrel-health.com

Invitation from Google Calendar""", [], "Kestrel Health", [], []),
    ("people", "INBOX", "en", "Ingrid Berge", "ingrid@nordlysdata.no", "Heads up: fake offers in our name",
     """Hi Alex,

Heads up: someone is sending fake job offers in Nordlys Data's name from a gmail address, asking candidates to pay for "equipment". That is not us - we never ask for money. If you got one, please forward it to security@nordlysdata.no.

Your application for the SRE role is still with the hiring team; you'll hear from me next week either way.

Ingrid
Talent, Nordlys Data""", [], "Nordlys Data", [], []),
    ("people", "INBOX", "it", "Stefano Galli", "stefano.galli@cantinemorsiani.it", "Re: disponibilità",
     """Buongiorno Francesca,
ho parlato con mio padre e siamo d'accordo: la vorremmo con noi in amministrazione dalla vendemmia, quindi dal 1 settembre. Partiremmo con un tempo determinato di un anno, 1.650 netti al mese, poi vediamo insieme. Se le va bene passi in cantina venerdì per firmare.
Cordiali saluti
Stefano Galli
Cantine Morsiani""", [O], "Cantine Morsiani", [], []),
    ("sent", "Sent", "sv", "Jonatan Ekström", "jonatan.ekstrom@telia.com", "Sv: Besked om tjänsten som systemutvecklare",
     """Hej Oskar,

Tråkigt att höra, men tack för att du hörde av dig så snabbt. Om du har tid skulle jag uppskatta ett par rader om hur ni tyckte att kodtestet gick - det vore värdefullt inför nästa process.

Vänliga hälsningar
Jonatan

Den 4 mars 2026 kl. 16:02 skrev Oskar Berg <oskar.berg@norrskenanalys.se>:
> Hej Jonatan, tack för din tid. Vi har valt att gå vidare med en annan kandidat. Vänliga hälsningar, Oskar""",
     [Q], "Norrsken Analys", [], []),
    ("sent", "Sent", "pl", "Karolina Wrona", "karolina.wrona@wp.pl", "Re: Oferta pracy - księgowa",
     """Dzień dobry Panie Grzegorzu,

bardzo dziękuję za ofertę i miłą atmosferę podczas rozmów. Po długim namyśle zdecydowałam się jednak pozostać u obecnego pracodawcy, który złożył mi kontrpropozycję.

Życzę powodzenia w dalszej rekrutacji.

Z poważaniem
Karolina Wrona""", [], "Hurtownia Mazurek", [], []),
]


def generate(rng):
    cnt = K.Counter(FAMILY_PREFIX)
    for fam, folder, lang, fn, fa, subj, body, labels, co, topics, oc in MSGS:
        to = K.ME_ADDR[lang] if folder == "INBOX" else f"{K.slug(co or 'hr')[:12]}@{K.co_domain(co or 'hr', lang)}"
        html = None
        if fam == "system" and rng.random() < 0.5:
            html = K.to_html(rng, body.split("\n\n"), co or fn, "#2d6a4f", None, [])
            if rng.random() < 0.3:
                body = ""
        yield cnt.rec(fam, folder=folder, lang=lang, from_name=fn, from_addr=fa, to_addr=to, subject=subj,
                      text=body, html=html, labels=labels, company=co, topics=topics, oc=oc)
