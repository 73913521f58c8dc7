"""Writer 39: Dutch fragments (B = Netherlands, VL = Flanders overrides)."""
from _w39_kit import lines

B = {
    "roles": lines("""
        medewerker klantenservice
        backend developer
        orderpicker
        wijkverpleegkundige
        financieel administratief medewerker
        projectleider bouw
        docent Nederlands
        data-analist
        monteur installatietechniek
        marketingmedewerker
    """),
    "hi_f": lines("""
        Beste {n},
        Geachte mevrouw {N},
        Geachte heer {N},
        Beste kandidaat,
        Hallo {n},
    """),
    "hi_c": lines("""
        Hoi {n},
        Hey {n}!
        Hallo {n},
        Hoi,
    """),
    "bye_f": lines("""
        Met vriendelijke groet,
        Met vriendelijke groeten,
        Hartelijke groet,
        Vriendelijke groet,
    """),
    "bye_c": lines("""
        Groetjes,
        Groet,
        Gr.
        Fijne dag nog!
    """),
    "thanks_app": lines("""
        Bedankt voor je sollicitatie op de functie van {role} bij {co}.
        Hartelijk dank voor uw interesse in de vacature {role}.
        We hebben je brief en cv voor de rol van {role} met interesse gelezen.
    """),
    "thanks_int": lines("""
        Dank je wel voor het fijne gesprek van {date}.
        Nogmaals bedankt dat je bij ons langs bent gekomen voor een kennismaking.
        Bedankt voor uw tijd tijdens het tweede gesprek.
    """),
    "ack": lines("""
        Hierbij bevestigen wij de ontvangst van je sollicitatie voor de functie {role}.
        Je sollicitatie is goed bij ons binnengekomen.
        Wij hebben uw sollicitatie in goede orde ontvangen.
        Leuk dat je hebt gesolliciteerd, we hebben je cv ontvangen!
    """),
    "ack_next": lines("""
        We nemen binnen twee weken contact met je op over het vervolg.
        De selectiecommissie bekijkt alle reacties na het sluiten van de vacature.
        Via je account kun je de status van je sollicitatie volgen.
    """),
    "rej": lines("""
        Na zorgvuldige afweging hebben we besloten je niet uit te nodigen voor een gesprek.
        Helaas moeten wij u mededelen dat wij uw sollicitatie niet verder in behandeling nemen.
        We hebben besloten verder te gaan met andere kandidaten.
        We hebben uiteindelijk voor iemand anders gekozen.
        Je bent helaas niet door naar de volgende ronde.
    """),
    "rej_soft": lines("""
        We vonden je echt een sterke kandidaat, maar de keuze is op iemand anders gevallen.
        Het was een lastige beslissing en deze keer gaan we helaas niet met je verder.
        Je hebt een mooi profiel, toch hebben we gekozen voor een andere kandidaat.
    """),
    "rej_line": lines("""
        Helaas gaan we voor deze functie niet met je verder, bedankt voor je tijd.
        Het wordt hem deze keer niet, sorry!
    """),
    "rsn": {
        "role_filled": lines("""
            De vacature is inmiddels vervuld.
            We hebben de functie intern kunnen invullen.
        """),
        "budget_freeze": lines("""
            Door een vacaturestop die het management heeft ingesteld, zetten we de werving voorlopig stop.
            Het budget voor deze functie is geschrapt voor dit jaar.
        """),
        "closer_fit": lines("""
            We hebben gekozen voor een kandidaat wiens ervaring beter aansluit bij het functieprofiel.
            Een andere kandidaat paste net wat beter bij wat we zoeken.
        """),
        "level_mismatch": lines("""
            Voor deze rol zoeken we iemand met meer senioriteit.
            Deze functie is eigenlijk bedoeld voor een starter, en je ervaring gaat daar ver bovenuit.
        """),
        "role_cancelled": lines("""
            De vacature is door een reorganisatie komen te vervallen.
            We hebben besloten de functie niet meer in te vullen.
        """),
    },
    "keep": lines("""
        Wij bewaren je gegevens nog vier weken, tenzij je toestemming geeft voor langer.
        We wensen je veel succes met je verdere zoektocht.
        Mocht er in de toekomst iets passends vrijkomen, dan laten we het je weten.
    """),
    "nofb": lines("""
        We hebben veel sterke reacties ontvangen.
        Vanwege het grote aantal sollicitaties kunnen wij helaas geen persoonlijke toelichting geven.
    """),
    "fb_intro": lines("""
        Je vroeg om feedback, dus hier een paar punten van de commissie:
        Ter toelichting op ons besluit:
        Wat we van het gesprek hebben meegenomen:
    """),
    "fb": {
        "coding": lines("""
            De programmeeropdracht werkte, maar de code was lastig te lezen en er ontbraken tests.
        """),
        "system_design": lines("""
            Bij de ontwerpvraag bleef de uitwerking hangen op één server; schaalbaarheid kwam niet aan bod.
        """),
        "technical_depth": lines("""
            Op de vragen over installatienormen en NEN-regels bleef je antwoord vrij algemeen.
            We misten diepgang bij de vragen over Excel en rapportages.
        """),
        "communication": lines("""
            Je antwoorden waren soms wat lang en niet altijd to the point.
        """),
        "experience_level": lines("""
            Je mist nog ervaring met leidinggeven aan een team.
            De ervaring in de zorg is voor deze functie net te beperkt.
        """),
        "behavioural": lines("""
            Bij de STAR-vragen bleven je voorbeelden wat vaag over je eigen rol.
        """),
        "composure": lines("""
            Je kwam tijdens de presentatie wat gespannen over, waardoor de kern niet goed overkwam.
        """),
        "questions_to_ask": lines("""
            Je had zelf weinig vragen over de functie of het team.
        """),
        "cv_positioning": lines("""
            In je cv komt je projectervaring niet goed naar voren.
        """),
        "collaboration": lines("""
            In de groepsopdracht nam je weinig ruimte voor de inbreng van anderen.
        """),
    },
    "praise": lines("""
        Je presentatie was duidelijk en goed voorbereid.
        Je enthousiasme viel bij iedereen op.
    """),
    "inv": {
        "phone": lines("""
            Graag plannen we een kort telefonisch kennismakingsgesprek van een kwartiertje.
        """),
        "tech": lines("""
            We nodigen je graag uit voor een technisch gesprek met twee collega's uit het team.
        """),
        "assess": lines("""
            De volgende stap is een online assessment (capaciteitentest), die je binnen vijf dagen kunt maken.
            We sturen je een kleine thuisopdracht; die bespreken we daarna samen.
        """),
        "onsite": lines("""
            Graag nodigen wij u uit voor een sollicitatiegesprek op ons kantoor aan de {place}.
        """),
        "final": lines("""
            Je bent door naar de laatste ronde: een gesprek met de directie.
        """),
        "chat": lines("""
            Onze teamleider wil graag even koffie met je drinken om kennis te maken.
        """),
    },
    "inv_log": lines("""
        Schikt {date} om {time} uur?
        Het gesprek duurt ongeveer een uur en vindt plaats via Teams.
        Het adres is {place}; je kunt parkeren achter het pand.
    """),
    "inv_sched": lines("""
        Kies zelf een moment dat je uitkomt via deze link: {link}
    """),
    "inv_ask": lines("""
        Laat je even weten of dit past?
        Wilt u de afspraak per mail bevestigen?
    """),
    "offer": lines("""
        Met veel plezier bieden wij je de functie van {role} aan.
        We willen je heel graag aannemen en doen je hierbij een aanbod.
        Goed nieuws: je bent onze nummer één en we willen je graag in het team!
    """),
    "offer_det": lines("""
        Het salaris bedraagt {sal} euro bruto per maand op basis van 36 uur, exclusief vakantiegeld.
        In de bijlage vind je het arbeidsvoorwaardenvoorstel, met startdatum {start}.
    """),
    "offer_dl": lines("""
        We horen graag uiterlijk {dl} of je akkoord gaat.
    """),
    "other_role": lines("""
        Wel denken we dat je goed zou passen in een andere vacature ({role2}). Zullen we daarvoor volgende week een gesprek inplannen?
    """),
    "subj": {
        "ack": lines("""
            Ontvangstbevestiging sollicitatie
            Je sollicitatie bij {co}
            Bedankt voor je sollicitatie - {role}
        """),
        "rej": lines("""
            Uw sollicitatie {role}
            Terugkoppeling sollicitatie
            Re: gesprek
            Sollicitatie {co}
        """),
        "inv": lines("""
            Uitnodiging sollicitatiegesprek
            Kennismaking {co}
            Volgende stap - {role}
        """),
        "offer": lines("""
            Aanbod {role}
            Arbeidsvoorwaarden {co}
        """),
    },
    "alert": lines("""
        Er zijn {k} nieuwe vacatures die passen bij je zoekopdracht "{q}".
        Nieuwe vacatures bij jou in de buurt:
    """),
    "alert_end": lines("""
        Solliciteer direct via je profiel.
        Afmelden voor deze e-mails kan via je instellingen.
    """),
    "news": lines("""
        Sollicitatiegesprek via video? Zo maak je een goede indruk
        Afgewezen na je gesprek: zo vraag je om feedback
    """),
    "housing": lines("""
        Bedankt voor je reactie op de woning aan de {street}. De woning is helaas toegewezen aan een andere woningzoekende.
        Je staat op plaats 48 van de lijst, daarom kom je niet in aanmerking voor deze bezichtiging.
    """),
    "uni": lines("""
        Helaas moeten wij je meedelen dat je niet bent toegelaten tot de masteropleiding Bestuurskunde.
        Je aanvraag voor de beurs is afgewezen omdat niet aan de voorwaarden is voldaan.
    """),
    "webinar": lines("""
        Doe mee met ons gratis webinar 'Solliciteren in 2026', {date} om {time} uur.
        Je bent uitgenodigd voor de workshop LinkedIn-profiel van het UWV-werkplein.
    """),
    "ooo": lines("""
        Ik ben afwezig tot en met {dl} en lees mijn mail niet. Voor dringende zaken kun je terecht bij {me2}.
        Bedankt voor je bericht. Ik ben met vakantie en reageer na mijn terugkomst.
    """),
    "reminder": lines("""
        Herinnering: je gesprek staat gepland op {date} om {time} uur. Meld je bij de receptie.
        Even een reminder voor morgen {time}, we zien je dan!
    """),
    "profile": lines("""
        Je profiel is nog niet compleet. Voeg je werkervaring toe, dan vinden recruiters je sneller.
    """),
    "status": lines("""
        Je sollicitatie voor {role} is nog in behandeling. We laten het je weten zodra er nieuws is.
        Het duurt wat langer dan gepland; er is nog geen besluit genomen.
    """),
    "panel": lines("""
        Hoi {n}, wil jij donderdag aanschuiven bij de sollicitatiegesprekken voor de nieuwe stagiair? Het zijn er drie, vanaf 13:00.
    """),
    "scam": lines("""
        Gefeliciteerd! U bent geselecteerd voor een thuiswerkbaan van 450 euro per dag. Om uw account te activeren betaalt u eenmalig 75 euro administratiekosten.
    """),
    "closed": lines("""
        Hoi {n}, ik had je benaderd voor een rol als {role} bij een klant, maar die hebben de vacature gesloten voordat ik je had voorgesteld. Ik houd je op de hoogte van nieuwe dingen!
    """),
    "s_fbreq": lines("""
        Bedankt voor het laten weten. Zou ik wat feedback mogen ontvangen over mijn gesprek? Ik wil graag leren wat ik beter kan doen.
        Jammer om te horen. Kunt u toelichten wat de doorslag gaf om niet met mij verder te gaan?
    """),
    "s_thanks": lines("""
        Bedankt voor het prettige gesprek vandaag, ik heb er een goed gevoel aan overgehouden.
    """),
    "s_withdraw": lines("""
        Hierbij trek ik mijn sollicitatie voor de functie {role} in; ik heb inmiddels een andere baan aangenomen.
    """),
    "s_follow": lines("""
        Ik was benieuwd of er al nieuws is over de vacature {role}. Mijn gesprek was op {date}.
    """),
    "s_accept": lines("""
        Wat leuk! Ik neem het aanbod graag aan. Ik stuur het getekende contract deze week terug.
    """),
    "s_decline": lines("""
        Hartelijk dank voor het aanbod. Na lang nadenken heb ik besloten het niet aan te nemen.
    """),
    "s_sched": lines("""
        {date} om {time} komt mij goed uit, tot dan!
        Dat tijdstip lukt mij helaas niet, kan het ook in de middag?
    """),
}

VL = dict(B)
VL.update({
    "hi_f": lines("""
        Beste {n},
        Geachte mevrouw, geachte heer,
        Dag {n},
    """),
    "hi_c": lines("""
        Dag {n}!
        Hallo {n},
    """),
    "bye_f": lines("""
        Met vriendelijke groeten,
        Vriendelijke groeten,
        Hoogachtend,
    """),
    "bye_c": lines("""
        Groetjes,
        Tot binnenkort!
        Mvg,
    """),
    "thanks_app": lines("""
        Bedankt voor je kandidatuur voor de functie van {role}.
        Wij danken u voor uw interesse in {co} en uw kandidatuur als {role}.
    """),
    "ack": lines("""
        We hebben je kandidatuur goed ontvangen.
        Uw kandidatuur voor de functie {role} werd correct geregistreerd.
    """),
    "rej": lines("""
        Na grondige evaluatie werd beslist om uw kandidatuur niet te weerhouden.
        We hebben beslist om niet verder te gaan met je kandidatuur.
        We gaan verder met een andere kandidaat.
    """),
    "rej_line": lines("""
        Voor deze job gaan we niet verder, maar merci voor je tijd!
    """),
    "inv": dict(B["inv"], **{
        "onsite": lines("""Graag nodigen we je uit voor een gesprek op onze vestiging in {place}."""),
        "assess": lines("""Als volgende stap vragen we je om een online test af te leggen via ons selectieplatform."""),
    }),
    "keep": lines("""
        Met jouw toestemming houden we je cv bij in onze werfreserve.
        We wensen je veel succes in je verdere loopbaan.
    """),
    "s_fbreq": lines("""
        Merci om mij op de hoogte te brengen. Zou het mogelijk zijn wat feedback te krijgen over mijn gesprek? Dat zou mij echt helpen.
    """),
    "scam": lines("""
        Proficiat! U werd geselecteerd voor een job als online assistent, 3.200 euro per maand. Om het dossier te openen stort u 49 euro op onderstaand rekeningnummer.
    """),
})
