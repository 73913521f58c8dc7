"""Writer 39: Swedish (SV), Danish (DA) and Norwegian bokmål (NO) fragments."""
from _w39_kit import lines

SV = {
    "roles": lines("""
        lagerarbetare
        systemutvecklare
        undersköterska
        ekonomiassistent
        projektledare
        förskollärare
        säljare
        dataanalytiker
        servicetekniker
        kommunikatör
    """),
    "hi_f": lines("""
        Hej {n},
        Hej {n}!
        Hej,
        Bäste {n},
    """),
    "hi_c": lines("""
        Hej {n}!
        Tjena {n},
        Hallå {n},
    """),
    "bye_f": lines("""
        Med vänliga hälsningar,
        Vänliga hälsningar,
        Bästa hälsningar,
    """),
    "bye_c": lines("""
        Hälsningar,
        Mvh
        Ha det gott!
        /{me}
    """),
    "thanks_app": lines("""
        Tack för din ansökan till tjänsten som {role} hos {co}.
        Tack för att du visat intresse för att jobba hos oss som {role}.
        Vi har nu gått igenom ansökningarna till rollen som {role}.
    """),
    "thanks_int": lines("""
        Tack för att du tog dig tid att träffa oss i {date}.
        Tack för ett trevligt samtal förra veckan.
    """),
    "ack": lines("""
        Vi bekräftar att vi har tagit emot din ansökan till tjänsten som {role}.
        Din ansökan har kommit in till oss.
        Tack, vi har fått ditt CV!
    """),
    "ack_next": lines("""
        Vi går igenom ansökningarna löpande och hör av oss om du går vidare.
        Urvalet påbörjas efter sista ansökningsdag.
        Du kan följa din ansökan under Mina sidor.
    """),
    "rej": lines("""
        Efter noggrann genomgång har vi valt att gå vidare med andra kandidater.
        Tyvärr går du inte vidare i rekryteringsprocessen den här gången.
        Vi har beslutat att inte gå vidare med din ansökan.
        vi har valt en annan person för tjänsten.
    """),
    "rej_soft": lines("""
        Vi tyckte mycket om att träffa dig, men till slut föll valet på en annan kandidat.
        Det var ett svårt beslut och den här gången blev det tyvärr inte du.
    """),
    "rej_line": lines("""
        Vi går tyvärr inte vidare med dig på den här tjänsten, tack för din tid.
        Det blev inte du den här gången, sorry!
    """),
    "rsn": {
        "role_filled": lines("""
            Tjänsten är nu tillsatt.
            Vi har redan anställt en person till rollen.
        """),
        "budget_freeze": lines("""
            På grund av ett anställningsstopp har rekryteringen pausats.
            Budgeten för tjänsten har dragits in för i år.
        """),
        "closer_fit": lines("""
            Vi har valt en kandidat vars erfarenhet bättre matchar kraven för rollen.
        """),
        "level_mismatch": lines("""
            Vi söker någon med mer senior erfarenhet för den här rollen.
            Rollen är tänkt för någon i början av karriären.
        """),
        "role_cancelled": lines("""
            Tjänsten har dragits tillbaka efter en omorganisation.
            Rekryteringen har avbrutits och tjänsten kommer inte att tillsättas.
        """),
    },
    "keep": lines("""
        Vi önskar dig lycka till i ditt fortsatta jobbsökande.
        Vi sparar din ansökan i sex månader om något nytt dyker upp.
    """),
    "nofb": lines("""
        Vi fick in många kvalificerade ansökningar.
        Vi har tyvärr inte möjlighet att ge individuell återkoppling.
    """),
    "fb_intro": lines("""
        Du bad om återkoppling, så här är några punkter från panelen:
        Lite feedback från intervjun:
    """),
    "fb": {
        "coding": lines("""Kodtestet löste uppgiften men saknade tester och var svårt att följa."""),
        "system_design": lines("""I designfrågan saknades resonemang om skalning och felhantering."""),
        "technical_depth": lines("""På frågorna om bokslut och moms blev svaren ganska ytliga."""),
        "communication": lines("""Svaren var ibland långa och lite ostrukturerade."""),
        "experience_level": lines("""Vi upplevde att du saknar erfarenhet av att leda team."""),
        "behavioural": lines("""I de situationsbaserade frågorna saknades konkreta exempel på vad du själv gjorde."""),
        "composure": lines("""Du verkade väldigt nervös under presentationen, vilket påverkade svaren."""),
        "questions_to_ask": lines("""Du hade inga egna frågor om rollen i slutet."""),
        "cv_positioning": lines("""CV:t lyfte inte fram de projekt som är mest relevanta för oss."""),
        "collaboration": lines("""I gruppövningen tog du lite hänsyn till de andras idéer."""),
    },
    "praise": lines("""
        Din presentation var tydlig och väl förberedd.
    """),
    "inv": {
        "phone": lines("""Vi skulle vilja boka ett kort telefonsamtal på ca 20 minuter."""),
        "tech": lines("""Vi vill gärna bjuda in dig till en teknisk intervju med två utvecklare."""),
        "assess": lines("""Nästa steg är ett webbaserat logiktest som du gör inom fem dagar.
            Vi skickar ett litet hemuppdrag som vi sedan går igenom tillsammans."""),
        "onsite": lines("""Vi vill gärna träffa dig på vårt kontor på {place}."""),
        "final": lines("""Du är vidare till sista steget: en intervju med vd."""),
        "chat": lines("""Vår teamchef vill gärna ta en fika med dig och prata lite."""),
    },
    "inv_log": lines("""
        Passar det {date} kl. {time}?
        Intervjun sker via Teams och tar ungefär en timme.
        Adressen är {place}, anmäl dig i receptionen.
    """),
    "inv_sched": lines("""Välj en tid som passar dig här: {link}"""),
    "inv_ask": lines("""
        Hör av dig om tiden passar.
        Bekräfta gärna genom att svara på mejlet.
    """),
    "offer": lines("""
        Vi är glada att kunna erbjuda dig tjänsten som {role}.
        Vi vill jättegärna ha med dig i teamet och skickar härmed ett erbjudande.
    """),
    "offer_det": lines("""
        Lönen är {sal} kr i månaden, tillsvidareanställning med sex månaders provanställning, tillträde {start}.
        Anställningsavtalet finns bifogat.
    """),
    "offer_dl": lines("""Vi behöver ditt svar senast {dl}."""),
    "other_role": lines("""
        Däremot tror vi att du skulle passa bra i en annan tjänst vi har öppen ({role2}). Kan vi boka en intervju nästa vecka?
    """),
    "subj": {
        "ack": lines("""
            Tack för din ansökan
            Bekräftelse: {role}
            Din ansökan till {co}
        """),
        "rej": lines("""
            Angående din ansökan
            Besked om tjänsten som {role}
            Re: intervju
        """),
        "inv": lines("""
            Inbjudan till intervju
            Intervju hos {co}
            Nästa steg - {role}
        """),
        "offer": lines("""
            Erbjudande om anställning
            Välkommen till {co}!
        """),
    },
    "alert": lines("""
        {k} nya jobb matchar din bevakning "{q}".
        Nya lediga jobb nära dig:
    """),
    "alert_end": lines("""
        Ändra eller avsluta bevakningen under Mina sidor.
    """),
    "news": lines("""
        Så lyckas du på jobbintervjun via video
        Fick du nej? Så ber du om feedback
    """),
    "housing": lines("""
        Tack för din intresseanmälan för lägenheten på {street}. Lägenheten har erbjudits en annan sökande med längre kötid.
    """),
    "uni": lines("""
        Du har tyvärr inte antagits till masterprogrammet i personalvetenskap höstterminen 2026.
    """),
    "webinar": lines("""
        Välkommen till vårt gratis webbinarium "Lyckas på intervjun", {date} kl. {time}.
        Arbetsförmedlingen bjuder in till CV-workshop, anmäl dig senast {dl}.
    """),
    "ooo": lines("""
        Jag är på semester till och med {dl} och läser inte mejl. Vid brådskande ärenden, kontakta {me2}.
    """),
    "reminder": lines("""
        Påminnelse: din intervju är bokad {date} kl. {time}. Välkommen!
    """),
    "profile": lines("""
        Din profil är bara till hälften ifylld. Lägg till erfarenheter så att arbetsgivare hittar dig.
    """),
    "status": lines("""
        Din ansökan till tjänsten som {role} behandlas fortfarande. Vi återkommer så snart vi kan.
    """),
    "panel": lines("""
        Hej {n}! Kan du sitta med på intervjuerna för den nya praktikanten på torsdag förmiddag? Tre kandidater, 45 min var.
    """),
    "scam": lines("""
        Grattis! Du har blivit utvald för distansarbete, 40 000 kr/mån. För att aktivera kontraktet betalar du en avgift på 495 kr via Swish.
    """),
    "closed": lines("""
        Hej {n}, jag hörde av mig om en roll som {role} hos en kund, men de har stängt rekryteringen innan jag hann presentera dig. Vi hålls i kontakt!
    """),
    "s_fbreq": lines("""
        Tack för beskedet. Skulle jag kunna få lite återkoppling på intervjun? Jag vill gärna veta vad jag kan bli bättre på.
    """),
    "s_thanks": lines("""
        Tack för ett trevligt samtal idag, det var kul att träffa teamet.
    """),
    "s_withdraw": lines("""
        Jag vill dra tillbaka min ansökan till tjänsten som {role}, eftersom jag har tackat ja till ett annat jobb.
    """),
    "s_follow": lines("""
        Jag undrar om det finns något nytt kring tjänsten som {role}? Jag var på intervju i {date}.
    """),
    "s_accept": lines("""
        Jag tackar ja till erbjudandet med glädje! Skickar tillbaka avtalet underskrivet.
    """),
    "s_decline": lines("""
        Tack så mycket för erbjudandet, men efter mycket funderande har jag valt att tacka nej.
    """),
    "s_sched": lines("""
        {date} kl. {time} passar bra, vi ses då!
        Den tiden fungerar tyvärr inte för mig, går det på eftermiddagen?
    """),
}

DA = {
    "roles": lines("""
        lagermedarbejder
        softwareudvikler
        social- og sundhedsassistent
        bogholder
        projektleder
        pædagog
        butiksassistent
        dataanalytiker
        servicetekniker
        kommunikationsmedarbejder
    """),
    "hi_f": lines("""
        Kære {n},
        Hej {n},
        Kære ansøger,
    """),
    "hi_c": lines("""
        Hej {n}!
        Hejsa {n},
    """),
    "bye_f": lines("""
        Med venlig hilsen,
        Venlig hilsen,
        Bedste hilsner,
    """),
    "bye_c": lines("""
        Hilsen
        Mvh.
        Ha' en god dag!
    """),
    "thanks_app": lines("""
        Tak for din ansøgning til stillingen som {role} hos {co}.
        Tak for din interesse for at arbejde hos os som {role}.
    """),
    "thanks_int": lines("""
        Tak for samtalen {date}, det var rart at møde dig.
        Tusind tak for din tid til jobsamtalen i sidste uge.
    """),
    "ack": lines("""
        Vi bekræfter hermed, at vi har modtaget din ansøgning til stillingen som {role}.
        Din ansøgning er modtaget.
        Tak, vi har fået dit CV!
    """),
    "ack_next": lines("""
        Vi forventer at holde samtaler i uge 14 og vender tilbage til alle ansøgere.
        Du hører fra os, når ansøgningsfristen er udløbet.
    """),
    "rej": lines("""
        Efter grundige overvejelser har vi valgt at gå videre med andre kandidater.
        Vi må desværre meddele, at du ikke er udvalgt til samtale.
        Vi har valgt ikke at gå videre med din ansøgning.
        vi har valgt en anden til stillingen.
    """),
    "rej_soft": lines("""
        Vi var glade for at møde dig, men valget faldt på en anden kandidat.
        Det var en svær beslutning, og denne gang blev det desværre ikke dig.
    """),
    "rej_line": lines("""
        Vi går desværre ikke videre med dig til den her stilling, tak for din tid.
    """),
    "rsn": {
        "role_filled": lines("""
            Stillingen er nu besat.
            Vi har allerede ansat en til stillingen.
        """),
        "budget_freeze": lines("""
            På grund af et ansættelsesstop er rekrutteringen sat på pause.
        """),
        "closer_fit": lines("""
            Vi har valgt en kandidat, hvis erfaring matcher stillingens krav tættere.
        """),
        "level_mismatch": lines("""
            Vi søger en profil med mere senior erfaring til rollen.
        """),
        "role_cancelled": lines("""
            Stillingen er blevet nedlagt i forbindelse med en omstrukturering.
        """),
    },
    "keep": lines("""
        Vi ønsker dig held og lykke med jobsøgningen.
        Med dit samtykke gemmer vi din ansøgning i seks måneder.
    """),
    "nofb": lines("""
        Vi modtog rigtig mange kvalificerede ansøgninger.
        Vi har desværre ikke mulighed for at give individuel feedback.
    """),
    "fb_intro": lines("""
        Du spurgte efter feedback, så her er et par punkter fra ansættelsesudvalget:
        Lidt feedback fra samtalen:
    """),
    "fb": {
        "coding": lines("""Kodeopgaven virkede, men manglede tests og var svær at læse."""),
        "system_design": lines("""I designopgaven manglede overvejelser om skalering og fejlhåndtering."""),
        "technical_depth": lines("""Dine svar om moms og årsafslutning var ret overfladiske."""),
        "communication": lines("""Dine svar var nogle gange lange og lidt ustrukturerede."""),
        "experience_level": lines("""Vi vurderede, at du mangler erfaring med personaleledelse."""),
        "behavioural": lines("""Eksemplerne fra tidligere job manglede konkrete resultater."""),
        "composure": lines("""Du virkede meget nervøs under præsentationen."""),
        "questions_to_ask": lines("""Du havde ingen spørgsmål til os til sidst."""),
        "cv_positioning": lines("""Dit CV fremhæver ikke de erfaringer, der er mest relevante for stillingen."""),
        "collaboration": lines("""I gruppeøvelsen inddrog du ikke de andre ret meget."""),
    },
    "praise": lines("""Din case var flot gennemarbejdet."""),
    "inv": {
        "phone": lines("""Vi vil gerne tage en kort telefonsamtale med dig på ca. 20 minutter."""),
        "tech": lines("""Vi vil gerne invitere dig til en teknisk samtale med to af udviklerne."""),
        "assess": lines("""Næste trin er en online personlighedstest og en logiktest, som skal udfyldes inden fem dage."""),
        "onsite": lines("""Vi vil gerne invitere dig til samtale på vores kontor på {place}."""),
        "final": lines("""Du er gået videre til anden samtale med direktionen."""),
        "chat": lines("""Vores teamleder vil gerne lige tage en uformel snak med dig."""),
    },
    "inv_log": lines("""
        Passer det dig {date} kl. {time}?
        Samtalen foregår på Teams og varer ca. en time.
        Adressen er {place}, spørg efter mig i receptionen.
    """),
    "inv_sched": lines("""Book selv et tidspunkt her: {link}"""),
    "inv_ask": lines("""
        Giv mig lige besked, om det passer.
        Bekræft venligst ved at svare på denne mail.
    """),
    "offer": lines("""
        Vi er glade for at kunne tilbyde dig stillingen som {role}.
        Vi vil meget gerne have dig med på holdet og sender hermed et tilbud.
    """),
    "offer_det": lines("""
        Lønnen er {sal} kr. om måneden inkl. pension, med tiltrædelse {start}.
        Kontrakten er vedhæftet.
    """),
    "offer_dl": lines("""Vi skal bruge dit svar senest {dl}."""),
    "other_role": lines("""
        Til gengæld tror vi, at du ville passe godt til en anden stilling ({role2}). Skal vi finde en tid til en samtale om den?
    """),
    "subj": {
        "ack": lines("""
            Tak for din ansøgning
            Kvittering for ansøgning - {role}
        """),
        "rej": lines("""
            Vedr. din ansøgning
            Svar på ansøgning - {role}
            Sv: samtale
        """),
        "inv": lines("""
            Invitation til samtale
            Jobsamtale hos {co}
        """),
        "offer": lines("""
            Tilbud om ansættelse
            Velkommen til {co}
        """),
    },
    "alert": lines("""
        {k} nye job matcher din jobagent "{q}".
    """),
    "alert_end": lines("""
        Du kan ændre din jobagent under Min profil.
    """),
    "news": lines("""
        Sådan forbereder du dig til jobsamtalen
        Fik du et afslag? Sådan beder du om feedback
    """),
    "housing": lines("""
        Tak for din interesse i lejligheden på {street}. Lejligheden er desværre udlejet til en anden.
    """),
    "uni": lines("""
        Vi må desværre meddele, at du ikke er optaget på kandidatuddannelsen i Erhvervsøkonomi.
    """),
    "webinar": lines("""
        Tilmeld dig vores gratis webinar "Den gode jobsamtale" {date} kl. {time}.
        Jobcentret inviterer til workshop om CV og LinkedIn.
    """),
    "ooo": lines("""
        Jeg er på ferie til og med {dl} og læser ikke mails. Kontakt {me2} ved hastende sager.
    """),
    "reminder": lines("""
        Påmindelse: din samtale er {date} kl. {time}. Vi glæder os til at se dig.
    """),
    "profile": lines("""
        Din profil er kun halvt udfyldt. Tilføj erfaring, så virksomheder kan finde dig.
    """),
    "status": lines("""
        Din ansøgning til stillingen som {role} er stadig under behandling.
    """),
    "panel": lines("""
        Hej {n}, kan du være med i ansættelsesudvalget til samtalerne med elev-kandidaterne på torsdag?
    """),
    "scam": lines("""
        Tillykke! Du er udvalgt til hjemmearbejde med 35.000 kr. om måneden. Betal et gebyr på 399 kr. via MobilePay for at aktivere kontrakten.
    """),
    "closed": lines("""
        Hej {n}, jeg skrev om en stilling som {role} hos en kunde, men de lukkede processen, før jeg nåede at sende dit CV. Vi holder kontakten!
    """),
    "s_fbreq": lines("""
        Tak for svaret. Må jeg bede om lidt feedback på samtalen? Jeg vil gerne vide, hvad jeg kan gøre bedre.
    """),
    "s_thanks": lines("""
        Tak for en god samtale i dag, det var spændende at høre om jeres projekter.
    """),
    "s_withdraw": lines("""
        Jeg trækker hermed min ansøgning til stillingen som {role} tilbage, da jeg har takket ja til et andet job.
    """),
    "s_follow": lines("""
        Jeg ville høre, om der er nyt vedrørende stillingen som {role}? Jeg var til samtale {date}.
    """),
    "s_accept": lines("""
        Jeg siger med glæde ja tak til tilbuddet! Kontrakten sender jeg retur i morgen.
    """),
    "s_decline": lines("""
        Mange tak for tilbuddet, men jeg har valgt at takke nej.
    """),
    "s_sched": lines("""
        {date} kl. {time} passer fint, vi ses!
        Det tidspunkt kan jeg desværre ikke, kan vi rykke til eftermiddagen?
    """),
}

NO = {
    "roles": lines("""
        lagermedarbeider
        systemutvikler
        sykepleier
        regnskapsmedarbeider
        prosjektleder
        barnehagelærer
        butikkmedarbeider
        dataanalytiker
        servicetekniker
        rådgiver kommunikasjon
    """),
    "hi_f": lines("""
        Hei {n},
        Hei {n}!
        Hei,
        Kjære {n},
    """),
    "hi_c": lines("""
        Hei {n}!
        Heisann {n},
    """),
    "bye_f": lines("""
        Med vennlig hilsen,
        Vennlig hilsen,
        Beste hilsen,
    """),
    "bye_c": lines("""
        Hilsen
        Mvh
        Ha en fin dag!
    """),
    "thanks_app": lines("""
        Takk for din søknad på stillingen som {role} hos {co}.
        Takk for at du viste interesse for å jobbe hos oss som {role}.
    """),
    "thanks_int": lines("""
        Takk for intervjuet {date}, det var hyggelig å møte deg.
        Tusen takk for at du tok deg tid til samtalen forrige uke.
    """),
    "ack": lines("""
        Vi bekrefter at vi har mottatt søknaden din på stillingen som {role}.
        Søknaden din er registrert.
        Takk, vi har fått CV-en din!
    """),
    "ack_next": lines("""
        Vi går gjennom søknadene etter søknadsfristen og tar kontakt med aktuelle kandidater.
        Du kan følge søknaden din i Jobbnorge-profilen.
    """),
    "rej": lines("""
        Etter en grundig vurdering har vi valgt å gå videre med andre kandidater.
        Vi må dessverre meddele at du ikke er innkalt til intervju.
        Vi har bestemt oss for å ikke gå videre med søknaden din.
        vi har landet på en annen kandidat.
    """),
    "rej_soft": lines("""
        Vi likte deg godt, men valget falt til slutt på en annen kandidat.
        Det var en vanskelig avgjørelse, og denne gangen ble det dessverre ikke deg.
    """),
    "rej_line": lines("""
        Vi går dessverre ikke videre med deg på denne stillingen, takk for tiden.
    """),
    "rsn": {
        "role_filled": lines("""
            Stillingen er nå besatt.
            Vi har allerede ansatt en person i stillingen.
        """),
        "budget_freeze": lines("""
            På grunn av ansettelsesstopp er rekrutteringen satt på vent.
        """),
        "closer_fit": lines("""
            Vi har valgt en kandidat med erfaring som passer enda bedre til stillingens krav.
        """),
        "level_mismatch": lines("""
            Vi ser etter en mer erfaren og senior profil til denne rollen.
        """),
        "role_cancelled": lines("""
            Stillingen er trukket tilbake etter en omorganisering.
        """),
    },
    "keep": lines("""
        Vi ønsker deg lykke til videre i jobbsøkingen.
        Vi tar gjerne kontakt igjen om det dukker opp noe passende.
    """),
    "nofb": lines("""
        Vi fikk mange godt kvalifiserte søkere.
        Vi har dessverre ikke anledning til å gi individuelle tilbakemeldinger.
    """),
    "fb_intro": lines("""
        Du ba om tilbakemelding, så her er noen punkter fra intervjupanelet:
        Litt tilbakemelding fra intervjuet:
    """),
    "fb": {
        "coding": lines("""Kodeoppgaven løste problemet, men manglet tester og var vanskelig å følge."""),
        "system_design": lines("""I designoppgaven savnet vi vurderinger rundt skalering og feilhåndtering."""),
        "technical_depth": lines("""Svarene om avstemming og merverdiavgift ble ganske overfladiske."""),
        "communication": lines("""Svarene var til tider lange og litt ustrukturerte."""),
        "experience_level": lines("""Vi vurderte at du mangler erfaring med personalansvar."""),
        "behavioural": lines("""Eksemplene fra tidligere jobber manglet konkrete resultater."""),
        "composure": lines("""Du virket veldig nervøs under presentasjonen."""),
        "questions_to_ask": lines("""Du hadde ingen spørsmål til oss på slutten."""),
        "cv_positioning": lines("""CV-en løfter ikke fram erfaringen som er mest relevant for stillingen."""),
        "collaboration": lines("""I gruppeoppgaven slapp du i liten grad de andre til."""),
    },
    "praise": lines("""Presentasjonen din var tydelig og godt forberedt."""),
    "inv": {
        "phone": lines("""Vi vil gjerne ta en kort telefonsamtale med deg på ca. 20 minutter."""),
        "tech": lines("""Vi vil gjerne invitere deg til et teknisk intervju med to utviklere."""),
        "assess": lines("""Neste steg er en nettbasert evnetest som må gjennomføres innen fem dager."""),
        "onsite": lines("""Vi vil gjerne invitere deg til intervju på kontoret vårt i {place}."""),
        "final": lines("""Du er videre til andregangsintervju med daglig leder."""),
        "chat": lines("""Teamlederen vår vil gjerne ta en uformell prat med deg."""),
    },
    "inv_log": lines("""
        Passer det {date} kl. {time}?
        Intervjuet skjer på Teams og varer ca. en time.
        Adressen er {place}, meld deg i resepsjonen.
    """),
    "inv_sched": lines("""Velg et tidspunkt som passer deg her: {link}"""),
    "inv_ask": lines("""
        Gi beskjed om tidspunktet passer.
        Bekreft gjerne ved å svare på denne e-posten.
    """),
    "offer": lines("""
        Vi har gleden av å tilby deg stillingen som {role}.
        Vi vil veldig gjerne ha deg med på laget og sender deg herved et tilbud.
    """),
    "offer_det": lines("""
        Lønnen er {sal} kr i året, fast stilling med seks måneders prøvetid, oppstart {start}.
        Arbeidsavtalen ligger vedlagt.
    """),
    "offer_dl": lines("""Vi ber om svar innen {dl}."""),
    "other_role": lines("""
        Samtidig tror vi du vil passe godt i en annen stilling vi har ute ({role2}). Kan vi avtale et intervju om den?
    """),
    "subj": {
        "ack": lines("""
            Takk for søknaden
            Bekreftelse på mottatt søknad - {role}
        """),
        "rej": lines("""
            Angående søknaden din
            Svar på søknad - {role}
            SV: intervju
        """),
        "inv": lines("""
            Invitasjon til intervju
            Intervju hos {co}
        """),
        "offer": lines("""
            Tilbud om stilling
            Velkommen til {co}
        """),
    },
    "alert": lines("""
        {k} nye stillinger matcher søket ditt "{q}".
    """),
    "alert_end": lines("""
        Du kan endre eller stoppe varslene under Min side.
    """),
    "news": lines("""
        Slik forbereder du deg til jobbintervjuet
        Fikk du avslag? Slik ber du om tilbakemelding
    """),
    "housing": lines("""
        Takk for interessen for leiligheten i {street}. Utleier har valgt en annen leietaker.
    """),
    "uni": lines("""
        Du har dessverre ikke fått tilbud om studieplass på masterprogrammet i organisasjon og ledelse.
    """),
    "webinar": lines("""
        Meld deg på vårt gratis webinar "Lykkes på jobbintervju", {date} kl. {time}.
        NAV inviterer til CV-kurs, påmelding innen {dl}.
    """),
    "ooo": lines("""
        Jeg er på ferie til og med {dl} og leser ikke e-post. Ved hastesaker, kontakt {me2}.
    """),
    "reminder": lines("""
        Påminnelse: intervjuet ditt er {date} kl. {time}. Velkommen!
    """),
    "profile": lines("""
        Profilen din er bare halvveis utfylt. Legg til erfaring så arbeidsgivere finner deg.
    """),
    "status": lines("""
        Søknaden din på stillingen som {role} er fortsatt under behandling.
    """),
    "panel": lines("""
        Hei {n}! Kan du sitte i intervjupanelet for lærlingene på torsdag formiddag? Tre kandidater.
    """),
    "scam": lines("""
        Gratulerer! Du er valgt ut til hjemmekontorjobb med 45 000 kr i måneden. Betal et gebyr på 450 kr med Vipps for å aktivere kontrakten.
    """),
    "closed": lines("""
        Hei {n}, jeg skrev om en rolle som {role} hos en kunde, men de stengte prosessen før jeg fikk sendt CV-en din. Vi holder kontakten!
    """),
    "s_fbreq": lines("""
        Takk for beskjed. Kunne jeg fått en kort tilbakemelding på intervjuet? Jeg vil gjerne vite hva jeg kan bli bedre på.
    """),
    "s_thanks": lines("""
        Takk for en fin samtale i dag, det var interessant å høre mer om teamet.
    """),
    "s_withdraw": lines("""
        Jeg trekker herved søknaden min på stillingen som {role}, siden jeg har takket ja til en annen jobb.
    """),
    "s_follow": lines("""
        Jeg lurte på om det er noe nytt om stillingen som {role}? Jeg var på intervju {date}.
    """),
    "s_accept": lines("""
        Jeg takker med glede ja til tilbudet! Sender signert avtale i morgen.
    """),
    "s_decline": lines("""
        Tusen takk for tilbudet, men jeg har valgt å takke nei.
    """),
    "s_sched": lines("""
        {date} kl. {time} passer fint, sees!
        Det tidspunktet passer dessverre ikke, går det an på ettermiddagen?
    """),
}
