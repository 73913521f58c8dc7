"""w48 Dutch, Polish, Swedish, Indonesian and Malay fragments."""

import copy


def kinds(fbreq, rejreply, thanks, chase, withdraw, accept, decline, resched, confirm, docs_apply, docs_req,
          cvadvice, referral, recruiter, salary, nonjob, givefb):
    return dict(fbreq=fbreq, rejreply=rejreply, thanks=thanks, chase=chase, withdraw=withdraw, accept=accept,
                decline=decline, resched=resched, confirm=confirm, docs_apply=docs_apply, docs_req=docs_req,
                cvadvice=cvadvice, referral=referral, recruiter=recruiter, salary=salary, nonjob=nonjob, givefb=givefb)


def subj(fb, th, ch, other, rej, inv, off, rec):
    d = {k: [other] for k in ("rejreply", "withdraw", "accept", "decline", "resched", "confirm", "docs_apply", "docs_req",
                              "cvadvice", "referral", "recruiter", "salary", "nonjob", "givefb")}
    d.update(fbreq=fb, thanks=th, chase=ch, rejmail=rej, invmail=inv, offermail=off, recmail=rec)
    return d


NL = {
    "lang": "nl", "variant": "nl",
    "S": kinds(
        ["Zou u mij wat feedback kunnen geven over het gesprek?", "Ik hoor graag waar ik mezelf nog kan verbeteren.",
         "Kun je me vertellen wat er ontbrak aan mijn sollicitatie?", "Sorry dat ik nog eens mail, maar is er feedback uit de technische ronde?",
         "Was er een specifiek onderdeel van de opdracht dat niet goed genoeg was?", "Heeft u tips voor mijn volgende sollicitaties?",
         "hoi, heb je misschien even wat feedback voor me?", "Ik zou graag begrijpen wat de doorslag heeft gegeven.",
         "Hoe is mijn presentatie van de case ontvangen?", "Elke opmerking van de commissie zou me enorm helpen."],
        ["Bedankt voor het laten weten, veel succes met de invulling.", "Jammer, maar ik begrijp het."],
        ["Bedankt voor het fijne gesprek vandaag.", "Ik wil je nog bedanken voor je tijd gisteren."],
        ["Is er al nieuws over de vacature {role}?", "hoi, al iets bekend?", "Ik wilde even informeren naar de stand van zaken."],
        ["Ik trek mijn sollicitatie in, omdat ik een ander aanbod heb aangenomen."],
        ["Ik neem het aanbod graag aan!", "Hierbij bevestig ik dat ik het aanbod voor {role} accepteer."],
        ["Na lang nadenken heb ik besloten het aanbod niet aan te nemen."],
        ["Zou het gesprek verplaatst kunnen worden naar {when}?"], ["Ik bevestig het gesprek op {when}.", "Top, {when} past mij goed."],
        ["Bijgaand mijn cv voor de functie {role}."], ["Zoals gevraagd stuur ik mijn diploma en een kopie van mijn ID mee."],
        ["Heb je tijd om even naar mijn cv te kijken?"], ["Ik zag dat {co} een {role} zoekt, wil je me aanbevelen?"],
        ["Dank voor je bericht, ik sta open voor een gesprek.", "Bedankt, maar ik zoek op dit moment niets nieuws."],
        ["Wat is de salarisrange voor deze functie?", "Hoeveel rondes zijn er nog?"],
        ["Zou ik de beoordelingen van mijn subsidieaanvraag kunnen ontvangen?"],
        ["Mijn feedback op je presentatie: helder verhaal, alleen de cijfers mogen compacter."]),
    "S_extra": {"fbreq": ["Ik respecteer de beslissing uiteraard.", "Geen haast hoor."]},
    "R": {
        "fb": [("Je code was netjes, maar er ontbraken tests.", ["coding"]),
               ("Bij het systeemontwerp bleef je oplossing te globaal.", ["system_design"]),
               ("Bij de gedragsvragen misten we concrete voorbeelden.", ["behavioural"]),
               ("We vonden dat je nog te weinig ervaring hebt voor dit niveau.", ["experience_level"]),
               ("Je antwoorden waren soms lastig te volgen.", ["communication"]),
               ("Je leek erg zenuwachtig tijdens de live-opdracht.", ["composure"]),
               ("Je cv laat je meest relevante projecten niet goed zien.", ["cv_positioning"]),
               ("Je had aan het eind geen vragen, dat viel op.", ["questions_to_ask"]),
               ("Het team was erg te spreken over je enthousiasme.", [])],
        "rej": [("Helaas hebben we gekozen voor een andere kandidaat.", []),
                ("We zijn verder gegaan met iemand wiens ervaring beter aansluit.", ["closer_fit"]),
                ("De vacature is inmiddels vervuld.", ["role_filled"]),
                ("Door een vacaturestop kunnen we het proces niet voortzetten.", ["budget_freeze"]),
                ("We zoeken toch iemand met meer senioriteit.", ["level_mismatch"])],
        "nofb": ["Volgens ons beleid geven we geen individuele feedback.", "Helaas kunnen we de notities van het gesprek niet delen."],
        "thanksonly": ["Dank voor je bericht, ik heb het doorgestuurd naar het team."],
        "invite": ["We nodigen je graag uit voor een tweede gesprek.", "Heb je {when} tijd voor een gesprek met de manager?",
                   "Plan hier je technische interview in: https://agenda.voorbeeld/nl"],
        "resinv": ["Geen probleem, past {when}?"],
        "offer": ["We bieden je graag de functie van {role} aan.", "In de bijlage vind je ons arbeidsvoorwaardenvoorstel."],
        "docack": ["Documenten ontvangen, dank je."], "appack": ["Hierbij bevestigen we de ontvangst van je sollicitatie voor {role}."],
        "confirmok": ["Top, tot dan!"], "withdrawok": ["Dank voor het laten weten, succes!"],
        "acceptok": ["Welkom bij {co}! HR stuurt je de onboardingdocumenten."], "declineok": ["Jammer, maar begrijpelijk. Succes!"],
        "outreach": ["Je profiel past goed bij een functie als {role} bij {co}."],
    },
    "R_extra": ["Laat het gerust weten als je vragen hebt.", "Bedankt voor je interesse in {co}.", "Veel succes."],
    "fb_tail": ["Ik hoop dat je hier iets aan hebt."],
    "thanks_news": ["Bedankt voor je reactie.", "Dank voor het laten weten.", "Jammer, maar bedankt voor het bericht."],
    "open_s": ["Ik hoop dat alles goed gaat.", "Goedemorgen!"], "open_r": ["Dank voor je bericht.", "Sorry voor de late reactie."],
    "tail_s": ["Alvast bedankt."],
    "subj": subj(["Feedback op mijn gesprek", "Verzoek om feedback"], ["Bedankt voor het gesprek"], ["Stand van zaken sollicitatie"],
                 "Sollicitatie {role}", ["Je sollicitatie bij {co}"], ["Uitnodiging gesprek"], ["Aanbod {co}"], ["Vacature {role}"]),
    "re": ["Re:", "RE:", "Antw:"],
    "greet_f": ["Beste {n},", "Geachte {n},"], "greet_c": ["Hoi {n},", "Hi {n},"], "greet_anon": ["Geachte heer/mevrouw,"],
    "close_f": ["Met vriendelijke groet,", "Vriendelijke groet,"], "close_c": ["Groetjes,", "Groet,", "Dank!"],
    "phone_sig": ["Verstuurd vanaf mijn iPhone"], "sig_extra": ["06-{q}{p}"],
    "titles": ["Recruiter", "Teamlead", "HR-adviseur"], "slot": ["dinsdag om 10.00 uur", "donderdag om 14.30 uur"],
    "roles": ["Data-analist", "Backend-developer", "Projectleider", "Controller"],
    "first": ["Sanne", "Daan", "Lotte", "Bram", "Eva", "Joris", "Femke", "Ruben"],
    "last": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Peeters", "Mulder", "de Boer"],
    "companies": ["Polder Data", "Grachtwerk", "Zeeland Energie", "Maas Logistiek", "Tulp Fintech"],
    "tld": [".nl", ".be"], "maildom": ["gmail.com", "ziggo.nl", "hotmail.com"],
}

PL = {
    "lang": "pl", "variant": "pl",
    "S": kinds(
        ["Czy byłaby możliwość otrzymania informacji zwrotnej po rozmowie?", "Chętnie dowiem się, nad czym powinienem popracować.",
         "Czy mogłaby Pani powiedzieć, czego zabrakło w mojej kandydaturze?", "Przepraszam, że piszę ponownie, ale czy jest jakiś feedback z etapu technicznego?",
         "Czy był konkretny element zadania, który nie spełnił oczekiwań?", "Czy ma Pan jakieś wskazówki na przyszłe rekrutacje?",
         "hej, dasz radę podesłać krótki feedback? chcę wiedzieć co poprawić", "Chciałabym zrozumieć, co przesądziło o decyzji.",
         "Jak oceniono moją prezentację case study?", "Każdy komentarz rekruterów bardzo by mi pomógł."],
        ["Dziękuję za informację i powodzenia w rekrutacji.", "Rozumiem, pozostaję otwarty na przyszłe oferty."],
        ["Dziękuję za miłą rozmowę dzisiaj.", "Chciałem podziękować za poświęcony mi wczoraj czas."],
        ["Czy są już jakieś informacje w sprawie stanowiska {role}?", "hej, coś już wiadomo?"],
        ["Chciałbym wycofać swoją kandydaturę, ponieważ przyjąłem inną ofertę."],
        ["Z przyjemnością przyjmuję ofertę!", "Potwierdzam przyjęcie oferty na stanowisko {role}."],
        ["Po namyśle postanowiłam nie przyjmować oferty."],
        ["Czy możemy przełożyć rozmowę na {when}?"], ["Potwierdzam spotkanie {when}.", "Pasuje, {when} będzie ok."],
        ["W załączniku przesyłam CV na stanowisko {role}."], ["Zgodnie z prośbą przesyłam skan dyplomu i świadectwa pracy."],
        ["Masz chwilę, żeby rzucić okiem na moje CV?"], ["Widziałem, że {co} szuka osoby na stanowisko {role}, poleciłbyś mnie?"],
        ["Dziękuję za wiadomość, chętnie porozmawiam.", "Dziękuję, ale obecnie nie szukam pracy."],
        ["Jakie są widełki wynagrodzenia?", "Ile etapów zostało do końca procesu?"],
        ["Czy mogłabym otrzymać recenzje mojego wniosku grantowego?"],
        ["Mój feedback do Twojej prezentacji: bardzo dobra, tylko wnioski do skrócenia."]),
    "S_extra": {"fbreq": ["Oczywiście szanuję decyzję.", "Wiem, że macie dużo pracy."]},
    "R": {
        "fb": [("Kod był czytelny, ale zabrakło testów.", ["coding"]),
               ("Przy projektowaniu systemu rozwiązanie było zbyt ogólne.", ["system_design"]),
               ("W pytaniach behawioralnych brakowało konkretnych przykładów.", ["behavioural"]),
               ("Uznaliśmy, że brakuje Panu doświadczenia na tym poziomie.", ["experience_level"]),
               ("Odpowiedzi były czasem chaotyczne.", ["communication"]),
               ("Był Pan bardzo zdenerwowany podczas zadania na żywo.", ["composure"]),
               ("CV nie pokazuje najważniejszych projektów.", ["cv_positioning"]),
               ("Zespół bardzo docenił Pana zaangażowanie.", [])],
        "rej": [("Niestety zdecydowaliśmy się na innego kandydata.", []),
                ("Wybraliśmy osobę, której doświadczenie lepiej odpowiada wymaganiom.", ["closer_fit"]),
                ("Stanowisko zostało już obsadzone.", ["role_filled"]),
                ("Rekrutacja została wstrzymana z powodów budżetowych.", ["budget_freeze"]),
                ("Szukamy jednak osoby bardziej doświadczonej.", ["level_mismatch"])],
        "nofb": ["Zgodnie z polityką firmy nie udzielamy indywidualnej informacji zwrotnej.", "Niestety nie możemy udostępnić notatek z rozmowy."],
        "thanksonly": ["Dziękuję za wiadomość, przekazałam ją zespołowi."],
        "invite": ["Zapraszamy na drugi etap rozmów.", "Czy ma Pan czas {when} na rozmowę z kierownikiem?", "Prosimy o wybranie terminu rozmowy technicznej: https://kalendarz.przyklad/pl"],
        "resinv": ["Nie ma problemu, czy pasuje {when}?"],
        "offer": ["Z przyjemnością przedstawiamy ofertę na stanowisko {role}.", "W załączniku przesyłamy naszą ofertę zatrudnienia."],
        "docack": ["Dokumenty dotarły, dziękuję."], "appack": ["Potwierdzamy otrzymanie Pana aplikacji na stanowisko {role}."],
        "confirmok": ["Świetnie, do zobaczenia!"], "withdrawok": ["Dziękujemy za informację, powodzenia!"],
        "acceptok": ["Witamy w {co}! Dział HR prześle dokumenty do onboardingu."], "declineok": ["Szkoda, ale rozumiemy. Powodzenia!"],
        "outreach": ["Pana profil pasuje do stanowiska {role} w {co}."],
    },
    "R_extra": ["W razie pytań jestem do dyspozycji.", "Dziękujemy za zainteresowanie {co}.", "Powodzenia."],
    "fb_tail": ["Mam nadzieję, że to pomoże."],
    "thanks_news": ["Dziękuję za odpowiedź.", "Dziękuję za informację.", "Szkoda, ale dziękuję za wiadomość."],
    "open_s": ["Mam nadzieję, że wszystko u Pani w porządku.", "Dzień dobry!"], "open_r": ["Dziękuję za wiadomość.", "Przepraszam za zwłokę."],
    "tail_s": ["Z góry dziękuję."],
    "subj": subj(["Prośba o feedback", "Informacja zwrotna - rozmowa"], ["Podziękowanie za rozmowę"], ["Status rekrutacji"],
                 "Rekrutacja {role}", ["Twoja aplikacja w {co}"], ["Zaproszenie na rozmowę"], ["Oferta {co}"], ["Stanowisko {role}"]),
    "re": ["Odp:", "Re:", "ODP:"],
    "greet_f": ["Szanowna Pani {n},", "Dzień dobry {n},"], "greet_c": ["Cześć {n},", "Hej {n},"], "greet_anon": ["Szanowni Państwo,"],
    "close_f": ["Z poważaniem,", "Pozdrawiam serdecznie,"], "close_c": ["Pozdrawiam,", "Dzięki!"],
    "phone_sig": ["Wysłane z iPhone'a"], "sig_extra": ["tel. 600 {p} {p}"],
    "titles": ["Specjalistka ds. rekrutacji", "Team Leader", "HR Business Partner"], "slot": ["we wtorek o 10:00", "w czwartek o 14:30"],
    "roles": ["Analityk danych", "Programista Java", "Kierownik projektu", "Księgowa"],
    "first": ["Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Michał", "Agnieszka", "Paweł"],
    "last": ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański"],
    "companies": ["Wisła Software", "Bałtyk Logistics", "Tatry Energia", "Mazowsze Finanse", "Kraków Data Lab"],
    "tld": [".pl"], "maildom": ["gmail.com", "wp.pl", "onet.pl"],
}

SV = {
    "lang": "sv", "variant": "sv",
    "S": kinds(
        ["Skulle det vara möjligt att få lite feedback på intervjun?", "Jag skulle gärna vilja veta vad jag kan förbättra.",
         "Kan du berätta vad som saknades i min ansökan?", "Ursäkta att jag hör av mig igen, men finns det någon återkoppling från teknikintervjun?",
         "Var det någon särskild del av caset som inte höll måttet?", "Har ni några tips inför mina kommande ansökningar?",
         "hej! har du lite feedback till mig? vill veta vad jag ska jobba på", "Jag skulle vilja förstå vad som avgjorde.",
         "Hur togs min presentation emot av panelen?", "Alla kommentarer från intervjuarna vore till stor hjälp."],
        ["Tack för beskedet och lycka till med rekryteringen.", "Jag förstår, hör gärna av er framöver."],
        ["Tack för ett trevligt samtal idag.", "Jag ville tacka för att du tog dig tid igår."],
        ["Finns det några nyheter om tjänsten som {role}?", "hej, vet ni något än?"],
        ["Jag drar tillbaka min ansökan eftersom jag har tackat ja till ett annat erbjudande."],
        ["Jag tackar gärna ja till erbjudandet!", "Härmed accepterar jag erbjudandet för tjänsten som {role}."],
        ["Efter mycket funderande tackar jag tyvärr nej till erbjudandet."],
        ["Går det att flytta intervjun till {when}?"], ["Jag bekräftar intervjun {when}.", "Perfekt, {when} funkar."],
        ["Bifogar mitt CV för tjänsten som {role}."], ["Som efterfrågat bifogar jag mina betyg och en kopia på mitt pass."],
        ["Har du tid att kika på mitt CV?"], ["Jag såg att {co} söker en {role}, skulle du kunna rekommendera mig?"],
        ["Tack för meddelandet, jag är öppen för ett samtal.", "Tack, men jag söker inte nytt just nu."],
        ["Vilket löneintervall gäller för tjänsten?", "Hur många steg är kvar i processen?"],
        ["Skulle jag kunna få bedömarnas kommentarer på min forskningsansökan?"],
        ["Här är min feedback på din presentation: tydlig, men siffrorna kan kortas."]),
    "S_extra": {"fbreq": ["Jag respekterar förstås beslutet.", "Ingen brådska."]},
    "R": {
        "fb": [("Koden var tydlig men det saknades tester.", ["coding"]),
               ("I systemdesignen blev lösningen för övergripande.", ["system_design"]),
               ("Vi saknade konkreta exempel i de beteendebaserade frågorna.", ["behavioural"]),
               ("Vi bedömde att du behöver mer erfarenhet för den här nivån.", ["experience_level"]),
               ("Svaren var ibland svåra att följa.", ["communication"]),
               ("Du verkade nervös under livekodningen.", ["composure"]),
               ("Ditt CV lyfter inte fram dina mest relevanta projekt.", ["cv_positioning"]),
               ("Panelen uppskattade verkligen ditt engagemang.", [])],
        "rej": [("Tyvärr har vi valt att gå vidare med en annan kandidat.", []),
                ("Vi har valt en kandidat vars erfarenhet bättre matchar rollen.", ["closer_fit"]),
                ("Tjänsten är nu tillsatt.", ["role_filled"]),
                ("Rekryteringen är pausad på grund av budgetläget.", ["budget_freeze"]),
                ("Vi söker någon med mer senioritet.", ["level_mismatch"])],
        "nofb": ["Enligt vår policy ger vi tyvärr ingen individuell återkoppling.", "Vi kan tyvärr inte dela intervjuanteckningarna."],
        "thanksonly": ["Tack för ditt meddelande, jag har skickat det vidare till teamet."],
        "invite": ["Vi vill gärna bjuda in dig till en andra intervju.", "Har du tid {when} för ett samtal med chefen?", "Boka din teknikintervju här: https://kalender.exempel/se"],
        "resinv": ["Inga problem, passar {when}?"],
        "offer": ["Vi vill gärna erbjuda dig tjänsten som {role}.", "Bifogat finns vårt anställningserbjudande."],
        "docack": ["Dokumenten har kommit in, tack."], "appack": ["Vi bekräftar att vi har tagit emot din ansökan till tjänsten som {role}."],
        "confirmok": ["Toppen, vi ses då!"], "withdrawok": ["Tack för att du meddelar oss, lycka till!"],
        "acceptok": ["Välkommen till {co}! HR skickar introduktionsmaterialet."], "declineok": ["Synd, men vi förstår. Lycka till!"],
        "outreach": ["Din profil passar bra för en roll som {role} hos {co}."],
    },
    "R_extra": ["Hör av dig om du har frågor.", "Tack för ditt intresse för {co}.", "Lycka till framöver."],
    "fb_tail": ["Hoppas det är till hjälp."],
    "thanks_news": ["Tack för svaret.", "Tack för beskedet.", "Tråkigt, men tack för att du hörde av dig."],
    "open_s": ["Hoppas allt är bra.", "God morgon!"], "open_r": ["Tack för ditt mejl.", "Förlåt för sent svar."],
    "tail_s": ["Tack på förhand."],
    "subj": subj(["Feedback på intervjun", "Förfrågan om återkoppling"], ["Tack för intervjun"], ["Status för min ansökan"],
                 "Ansökan {role}", ["Din ansökan hos {co}"], ["Inbjudan till intervju"], ["Erbjudande från {co}"], ["Tjänst som {role}"]),
    "re": ["Sv:", "SV:", "Re:"],
    "greet_f": ["Hej {n},", "Bästa {n},"], "greet_c": ["Hej {n}!", "Hejsan {n},"], "greet_anon": ["Hej,"],
    "close_f": ["Med vänliga hälsningar,", "Vänliga hälsningar,"], "close_c": ["Hälsningar,", "Mvh", "Tack!"],
    "phone_sig": ["Skickat från min iPhone"], "sig_extra": ["070-{p} {q}"],
    "titles": ["Rekryterare", "Teamchef", "HR-partner"], "slot": ["tisdag kl. 10", "torsdag kl. 14.30"],
    "roles": ["Dataanalytiker", "Backendutvecklare", "Projektledare", "Controller"],
    "first": ["Elin", "Oskar", "Maja", "Erik", "Linnea", "Johan", "Ebba", "Viktor"],
    "last": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Berg", "Holm", "Eriksson"],
    "companies": ["Fjällsoft", "Norrsken Energi", "Skärgård Logistik", "Vasa Fintech", "Göta Data"],
    "tld": [".se"], "maildom": ["gmail.com", "telia.com", "outlook.com"],
}

ID = {
    "lang": "id", "variant": "id",
    "S": kinds(
        ["Apakah saya boleh meminta feedback mengenai wawancara saya?", "Saya ingin tahu bagian mana yang perlu saya tingkatkan.",
         "Mohon kiranya Bapak/Ibu dapat menyampaikan alasan lamaran saya tidak lolos.", "Maaf mengganggu lagi, apakah ada masukan dari sesi teknis?",
         "Apakah ada bagian tertentu dari tes yang kurang memenuhi standar?", "Ada saran untuk lamaran saya berikutnya?",
         "halo kak, boleh minta feedback singkat? biar aku tau apa yg harus diperbaiki", "Saya ingin memahami apa yang menjadi pertimbangan utama.",
         "Bagaimana penilaian tim terhadap presentasi studi kasus saya?", "Masukan sekecil apa pun akan sangat membantu saya."],
        ["Terima kasih atas informasinya, semoga sukses dengan rekrutmennya.", "Saya mengerti, semoga ada kesempatan lain."],
        ["Terima kasih atas waktunya untuk wawancara hari ini.", "Saya ingin berterima kasih atas kesempatan wawancara kemarin."],
        ["Apakah sudah ada kabar mengenai posisi {role}?", "halo kak, ada update?"],
        ["Dengan ini saya mengundurkan diri dari proses seleksi karena sudah menerima tawaran lain."],
        ["Dengan senang hati saya menerima tawaran ini!", "Saya konfirmasi menerima tawaran untuk posisi {role}."],
        ["Setelah mempertimbangkan, saya memutuskan untuk menolak tawaran ini."],
        ["Apakah wawancaranya bisa dijadwal ulang ke {when}?"], ["Saya konfirmasi hadir wawancara {when}.", "Siap, {when} bisa."],
        ["Terlampir CV saya untuk posisi {role}."], ["Sesuai permintaan, terlampir ijazah dan KTP saya."],
        ["Kamu ada waktu untuk lihat CV aku?"], ["Aku lihat {co} buka lowongan {role}, bisa referensikan aku?"],
        ["Terima kasih sudah menghubungi, saya tertarik untuk ngobrol.", "Terima kasih, tapi saat ini saya belum mencari pekerjaan baru."],
        ["Boleh tahu kisaran gaji untuk posisi ini?", "Masih ada berapa tahap lagi?"],
        ["Apakah saya bisa mendapatkan catatan reviewer untuk proposal beasiswa saya?"],
        ["Masukan saya untuk presentasimu: sudah jelas, tapi bagian angkanya bisa diringkas."]),
    "S_extra": {"fbreq": ["Saya menghormati keputusan tersebut.", "Tidak perlu buru-buru."]},
    "R": {
        "fb": [("Kode Anda rapi, tetapi tidak ada unit test.", ["coding"]),
               ("Pada sesi desain sistem, solusinya masih terlalu umum.", ["system_design"]),
               ("Jawaban pertanyaan perilaku kurang contoh konkret.", ["behavioural"]),
               ("Kami menilai pengalaman Anda belum cukup untuk level ini.", ["experience_level"]),
               ("Jawaban Anda kadang sulit diikuti.", ["communication"]),
               ("Anda terlihat gugup saat live coding.", ["composure"]),
               ("CV Anda belum menonjolkan proyek yang paling relevan.", ["cv_positioning"]),
               ("Tim sangat terkesan dengan antusiasme Anda.", [])],
        "rej": [("Mohon maaf, kami memutuskan untuk melanjutkan dengan kandidat lain.", []),
                ("Kami memilih kandidat yang pengalamannya lebih sesuai.", ["closer_fit"]),
                ("Posisi tersebut sudah terisi.", ["role_filled"]),
                ("Rekrutmen dihentikan sementara karena anggaran.", ["budget_freeze"]),
                ("Kami mencari kandidat yang lebih senior.", ["level_mismatch"])],
        "nofb": ["Sesuai kebijakan perusahaan, kami tidak dapat memberikan feedback individual.", "Mohon maaf, catatan pewawancara tidak dapat kami bagikan."],
        "thanksonly": ["Terima kasih atas pesannya, sudah saya teruskan ke tim."],
        "invite": ["Kami ingin mengundang Anda ke wawancara tahap berikutnya.", "Apakah Anda bersedia {when} untuk wawancara dengan user?",
                   "Silakan pilih jadwal tes teknis melalui tautan ini: https://jadwal.contoh/id"],
        "resinv": ["Tidak masalah, bagaimana kalau {when}?"],
        "offer": ["Dengan senang hati kami menawarkan posisi {role} kepada Anda.", "Terlampir surat penawaran kerja dari kami."],
        "docack": ["Dokumen sudah kami terima, terima kasih."], "appack": ["Kami konfirmasi lamaran Anda untuk posisi {role} sudah kami terima."],
        "confirmok": ["Baik, sampai jumpa!"], "withdrawok": ["Terima kasih infonya, sukses selalu!"],
        "acceptok": ["Selamat bergabung di {co}! Tim HR akan mengirimkan dokumen onboarding."], "declineok": ["Sayang sekali, tapi kami mengerti. Sukses!"],
        "outreach": ["Profil Anda cocok untuk posisi {role} di {co}."],
    },
    "R_extra": ["Jika ada pertanyaan, silakan hubungi saya.", "Terima kasih atas minat Anda pada {co}.", "Semoga sukses."],
    "fb_tail": ["Semoga bermanfaat."],
    "thanks_news": ["Terima kasih atas kabarnya.", "Terima kasih sudah memberi tahu.", "Sayang sekali, tapi terima kasih atas informasinya."],
    "open_s": ["Semoga Bapak/Ibu dalam keadaan sehat.", "Selamat pagi."], "open_r": ["Terima kasih atas emailnya.", "Mohon maaf atas keterlambatan balasan."],
    "tail_s": ["Terima kasih sebelumnya."],
    "subj": subj(["Permohonan feedback wawancara", "Feedback lamaran {role}"], ["Terima kasih atas wawancara"], ["Status lamaran"],
                 "Lamaran {role}", ["Lamaran Anda di {co}"], ["Undangan wawancara"], ["Penawaran kerja {co}"], ["Posisi {role}"]),
    "re": ["Balas:", "Re:", "RE:"],
    "greet_f": ["Yth. Ibu {n},", "Dengan hormat, Bapak {n},", "Selamat siang {n},"], "greet_c": ["Halo {n},", "Hai kak {n},"],
    "greet_anon": ["Dengan hormat,", "Yth. Tim HRD,"],
    "close_f": ["Hormat saya,", "Salam,", "Terima kasih,"], "close_c": ["Makasih!", "Salam,"],
    "phone_sig": ["Dikirim dari iPhone saya"], "sig_extra": ["HP: 0812-{q}-{q}"],
    "titles": ["Rekruter", "HR Manager", "Talent Acquisition"], "slot": ["Selasa pukul 10.00 WIB", "Kamis pukul 14.00 WIB"],
    "roles": ["Data Analyst", "Backend Developer", "Staf Keuangan", "Product Manager"],
    "first": ["Putri", "Andi", "Dewi", "Rizky", "Ayu", "Budi", "Sari", "Fajar"],
    "last": ["Wijaya", "Saputra", "Lestari", "Pratama", "Hidayat", "Kusuma", "Nugroho", "Siregar"],
    "companies": ["Nusantara Digital", "Bank Merapi", "Garuda Logistik", "Kopi Kita Group", "Rinjani Teknologi"],
    "tld": [".co.id"], "maildom": ["gmail.com", "yahoo.co.id"],
}

MS = copy.deepcopy(ID)
MS["lang"] = "ms"
MS["variant"] = "ms"
MS["S"]["fbreq"] = [
    "Boleh saya minta maklum balas tentang temu duga saya?", "Saya ingin tahu bahagian mana yang perlu saya perbaiki.",
    "Mohon pihak tuan/puan maklumkan sebab permohonan saya tidak berjaya.", "Maaf mengganggu lagi, ada tak maklum balas daripada sesi teknikal?",
    "Adakah bahagian tertentu dalam ujian yang tidak mencapai tahap?", "Ada apa-apa nasihat untuk permohonan saya akan datang?",
    "hi, boleh share feedback sikit? nak tahu apa perlu improve", "Saya ingin faham apa yang menjadi faktor utama keputusan.",
    "Sebarang komen daripada panel amat saya hargai.",
]
MS["S"]["thanks"] = ["Terima kasih atas masa tuan/puan untuk temu duga hari ini.", "Saya ingin mengucapkan terima kasih atas temu duga semalam."]
MS["S"]["chase"] = ["Adakah terdapat sebarang perkembangan mengenai jawatan {role}?", "hi, ada update tak?"]
MS["S"]["withdraw"] = ["Saya ingin menarik diri daripada proses pengambilan kerana telah menerima tawaran lain."]
MS["S"]["accept"] = ["Saya dengan sukacitanya menerima tawaran ini.", "Saya mengesahkan penerimaan tawaran untuk jawatan {role}."]
MS["S"]["decline"] = ["Selepas berfikir panjang, saya terpaksa menolak tawaran ini."]
MS["S"]["resched"] = ["Bolehkah temu duga dijadualkan semula ke {when}?"]
MS["S"]["confirm"] = ["Saya mengesahkan kehadiran temu duga {when}.", "Baik, {when} boleh."]
MS["S"]["docs_apply"] = ["Bersama ini saya lampirkan resume untuk jawatan {role}."]
MS["S"]["docs_req"] = ["Seperti yang diminta, saya lampirkan salinan sijil dan kad pengenalan."]
MS["S"]["cvadvice"] = ["Awak ada masa nak tengok resume saya?"]
MS["S"]["referral"] = ["Saya nampak {co} ada kekosongan {role}, boleh tolong rekomen saya?"]
MS["S"]["recruiter"] = ["Terima kasih kerana menghubungi, saya berminat untuk berbincang.", "Terima kasih, tetapi buat masa ini saya tidak mencari kerja baharu."]
MS["S"]["salary"] = ["Boleh saya tahu julat gaji untuk jawatan ini?", "Berapa peringkat lagi yang tinggal?"]
MS["S"]["nonjob"] = ["Bolehkah saya mendapatkan komen penilai untuk permohonan biasiswa saya?"]
MS["S"]["givefb"] = ["Maklum balas saya untuk pembentangan awak: jelas, cuma bahagian angka boleh diringkaskan."]
MS["S"]["rejreply"] = ["Terima kasih atas makluman, semoga berjaya dengan pengambilan ini."]
MS["S_extra"] = {"fbreq": ["Saya menghormati keputusan tersebut.", "Tak perlu tergesa-gesa."]}
MS["R"] = {
    "fb": [("Kod anda kemas, tetapi tiada ujian unit.", ["coding"]),
           ("Dalam sesi reka bentuk sistem, penyelesaian anda terlalu umum.", ["system_design"]),
           ("Jawapan soalan tingkah laku kurang contoh yang jelas.", ["behavioural"]),
           ("Kami dapati pengalaman anda belum mencukupi untuk tahap ini.", ["experience_level"]),
           ("Jawapan anda kadang-kadang sukar difahami.", ["communication"]),
           ("Anda kelihatan gementar semasa ujian secara langsung.", ["composure"]),
           ("Resume anda tidak menonjolkan projek yang paling berkaitan.", ["cv_positioning"]),
           ("Panel sangat menghargai semangat anda.", [])],
    "rej": [("Dukacita dimaklumkan bahawa kami telah memilih calon lain.", []),
            ("Kami memilih calon yang pengalamannya lebih sepadan.", ["closer_fit"]),
            ("Jawatan tersebut telah diisi.", ["role_filled"]),
            ("Pengambilan dibekukan buat sementara kerana bajet.", ["budget_freeze"]),
            ("Kami mencari calon yang lebih senior.", ["level_mismatch"])],
    "nofb": ["Mengikut polisi syarikat, kami tidak dapat memberikan maklum balas individu.", "Maaf, nota penemu duga tidak boleh dikongsi."],
    "thanksonly": ["Terima kasih atas mesej anda, saya sudah panjangkan kepada pasukan."],
    "invite": ["Kami ingin menjemput anda ke temu duga peringkat seterusnya.", "Adakah anda lapang {when} untuk temu duga dengan pengurus?",
               "Sila pilih slot ujian teknikal di pautan ini: https://jadual.contoh/my"],
    "resinv": ["Tiada masalah, bagaimana dengan {when}?"],
    "offer": ["Sukacita kami menawarkan jawatan {role} kepada anda.", "Dilampirkan surat tawaran kerja kami."],
    "docack": ["Dokumen telah diterima, terima kasih."], "appack": ["Kami mengesahkan permohonan anda untuk jawatan {role} telah diterima."],
    "confirmok": ["Baik, jumpa nanti!"], "withdrawok": ["Terima kasih atas makluman, semoga berjaya!"],
    "acceptok": ["Selamat datang ke {co}! Pihak HR akan menghantar dokumen kemasukan."], "declineok": ["Sayang sekali, tetapi kami faham. Semoga berjaya!"],
    "outreach": ["Profil anda sesuai untuk jawatan {role} di {co}."],
}
MS["R_extra"] = ["Jika ada pertanyaan, sila hubungi saya.", "Terima kasih atas minat anda terhadap {co}.", "Semoga berjaya."]
MS["fb_tail"] = ["Harap ini membantu."]
MS["thanks_news"] = ["Terima kasih atas makluman.", "Terima kasih kerana memaklumkan.", "Sedih sikit, tapi terima kasih atas maklumat."]
MS["open_s"] = ["Semoga tuan/puan sihat sejahtera.", "Selamat pagi."]
MS["open_r"] = ["Terima kasih atas emel anda.", "Maaf atas kelewatan membalas."]
MS["tail_s"] = ["Terima kasih."]
MS["subj"] = subj(["Permohonan maklum balas temu duga", "Maklum balas permohonan {role}"], ["Terima kasih atas temu duga"],
                  ["Status permohonan"], "Permohonan {role}", ["Permohonan anda di {co}"], ["Jemputan temu duga"],
                  ["Tawaran kerja {co}"], ["Jawatan {role}"])
MS["greet_f"] = ["Tuan/Puan {n},", "Salam sejahtera {n},", "Selamat petang {n},"]
MS["greet_c"] = ["Hai {n},", "Hi {n},"]
MS["greet_anon"] = ["Tuan/Puan,", "Salam sejahtera,"]
MS["close_f"] = ["Sekian, terima kasih.", "Yang benar,", "Salam hormat,"]
MS["phone_sig"] = ["Dihantar dari iPhone saya"]
MS["sig_extra"] = ["Tel: 012-{p} {q}"]
MS["slot"] = ["Selasa jam 10 pagi", "Khamis jam 3 petang"]
MS["roles"] = ["Penganalisis Data", "Jurutera Perisian", "Eksekutif Kewangan", "Pengurus Produk"]
MS["first"] = ["Nur Aisyah", "Muhammad Hafiz", "Siti Nurhaliza", "Amirul", "Farah", "Syafiq", "Aina", "Hakim"]
MS["last"] = ["Abdullah", "Ismail", "Rahman", "Hassan", "Yusof", "Omar", "Zainal", "Ahmad"]
MS["companies"] = ["Petaling Tech", "Kinabalu Logistik", "Selangor Digital", "Bank Melaka Baru", "Langkawi Travel"]
MS["tld"] = [".com.my"]
MS["maildom"] = ["gmail.com", "yahoo.com.my"]
MS["titles"] = ["Eksekutif Sumber Manusia", "Pengurus Pengambilan", "Perekrut"]
